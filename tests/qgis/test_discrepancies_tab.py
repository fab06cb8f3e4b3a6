"""The Discrepancies tab, driven with real widgets, layers and a canvas on a planted workspace."""

from __future__ import annotations

import pytest
from qgis.core import NULL, QgsCoordinateReferenceSystem, QgsProject, QgsRuleBasedRenderer, QgsSettings, QgsVectorLayer
from qgis.gui import QgsMessageBar
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest

from clearground.core import schema
from clearground.tests.unit.test_discrepancy import planted_scenario
from clearground.ui.context import DockContext
from clearground.ui.session import RECENT_KEY, WorkspaceSession
from clearground.ui.tabs.discrepancies import Tab
from clearground.workspace import create_workspace
from clearground.workspace.writer import FeatureColumns, write_features

from .panel_helpers import press_and_wait


def _columns(rows, layer_name):
    names = [f for f in schema.layer(layer_name).field_names if any(f in r for r in rows)]
    return FeatureColumns({n: [r.get(n) for r in rows] for n in names}, [r["geometry"] for r in rows])


@pytest.fixture
def tab(provider, qgis_canvas, qgis_new_project, tmp_path):
    sc = planted_scenario()
    ws = create_workspace(tmp_path / "planted.gpkg")
    write_features(ws, {
        "minefield_records": _columns(sc["records"], "minefield_records"),
        "recorded_mines": _columns(sc["mines"], "recorded_mines"),
        "finds": _columns(sc["finds"], "finds"),
        "sectors": _columns(sc["sectors"], "sectors"),
    })
    project = QgsProject.instance()
    settings = QgsSettings("ClearGroundTests", "discrepancies")
    settings.remove(RECENT_KEY)
    session = WorkspaceSession(project, settings)
    qgis_canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:32638"))
    widget = Tab(DockContext(session, qgis_canvas, QgsMessageBar(), project))
    other = QgsVectorLayer("Point?crs=EPSG:4326", "someone else's layer", "memory")
    project.addMapLayer(other)
    session.open(str(ws.path))
    yield widget
    session.close()
    widget.deleteLater()


def _run_and_wait(tab: Tab) -> list:
    """Press 'Run analysis' and wait for the background task to report back."""
    return press_and_wait(tab.run_button, tab.analysed, tab.failed)


def _rows(tab: Tab) -> list[dict]:
    out = []
    for r in range(tab.table.rowCount()):
        out.append({"flag_id": tab.table.item(r, 0).data(Qt.UserRole + 1), "severity": tab.table.item(r, 0).text(),
                    "kind": tab.table.item(r, 1).text(), "district": tab.table.item(r, 3).text(),
                    "status": tab.table.item(r, 4).text()})
    return out


def _click_row(tab: Tab, r: int) -> None:
    rect = tab.table.visualItemRect(tab.table.item(r, 0))
    QTest.mouseClick(tab.table.viewport(), Qt.LeftButton, Qt.NoModifier, rect.center())


def _select(tab: Tab, combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_run_fills_the_layer_and_ranks_the_list(tab):
    assert _run_and_wait(tab) == ["ok"]
    layer = tab.layer()
    assert layer.featureCount() == 24
    rows = _rows(tab)
    assert len(rows) == 24
    order = {"High": 0, "Medium": 1, "Low": 2}
    assert [order[r["severity"]] for r in rows] == sorted(order[r["severity"]] for r in rows)
    assert rows[0]["flag_id"] == "find_outside_records:UNR-001"  # 50 mines: the biggest high flag
    assert rows[1]["flag_id"] == "systematic_offset:SHF-02"  # 41 m off
    assert rows[-1]["flag_id"] == "type_mismatch:TYP-05:model:PMN2"
    assert "24 of 24" in tab.count_label.text()


def test_flags_layer_is_styled_labelled_and_drawn_on_top(tab):
    assert _run_and_wait(tab) == ["ok"]
    layer = tab.layer()
    renderer = layer.renderer()
    assert isinstance(renderer, QgsRuleBasedRenderer)
    rules = renderer.rootRule().children()
    assert len(rules) == 7 * 3 + 2
    shapes = {r.filterExpression().split("'")[1]: r.symbol().symbolLayer(0).shape() for r in rules[:21]}
    assert len(set(shapes.values())) == 7  # one shape per kind
    colours = {r.symbol().color().name() for r in rules[:21]}
    assert colours == {"#d50000", "#ff8c00", "#ffd600"}
    assert layer.labelsEnabled()
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils

    assert rules[-1].isElse()
    for rule in rules[:-1]:
        assert not QgsExpression(rule.filterExpression()).hasParserError(), rule.filterExpression()
    label = QgsExpression(layer.labeling().settings().fieldName)
    assert not label.hasParserError()
    texts = {}
    for feature in layer.getFeatures():
        context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
        context.setFeature(feature)
        texts[feature["flag_id"]] = label.evaluate(context)
    assert texts["missing_mines:AGD-0012:AP"] == "AGD-0012: 17 missing"
    assert texts["find_outside_records:UNR-001"] == "50 unrecorded"
    assert texts["systematic_offset:SHF-02"] == "SHF-02: 41 m off"
    root = QgsProject.instance().layerTreeRoot()
    assert root.layerOrder()[0] is layer
    links = tab.links_layer
    assert links is not None and links.featureCount() > 100
    assert root.layerOrder()[1] is links


def test_filters_by_kind_district_severity_and_status(tab):
    assert _run_and_wait(tab) == ["ok"]
    _select(tab, tab.kind_combo, "missing_mines")
    assert [r["flag_id"] for r in _rows(tab)] == ["missing_mines:AGD-0012:AP"]
    _select(tab, tab.kind_combo, None)
    _select(tab, tab.district_combo, "Fuzuli")
    assert {r["flag_id"] for r in _rows(tab)} == {
        "systematic_offset:MIL-03", "type_mismatch:TYP-05:AP", "type_mismatch:TYP-05:model:PMN2"}
    _select(tab, tab.severity_combo, "low")
    assert [r["flag_id"] for r in _rows(tab)] == ["type_mismatch:TYP-05:model:PMN2"]
    _select(tab, tab.district_combo, None)
    _select(tab, tab.severity_combo, None)
    _select(tab, tab.status_combo, "acknowledged")
    assert _rows(tab) == []


def test_clicking_a_flag_zooms_selects_and_flashes_it(tab):
    assert _run_and_wait(tab) == ["ok"]
    _select(tab, tab.kind_combo, "post_clearance_find")
    _click_row(tab, 0)
    layer = tab.layer()
    (fid,) = layer.selectedFeatureIds()
    assert layer.getFeature(fid)["flag_id"] == "post_clearance_find:F-PC1"
    from qgis.core import QgsCoordinateTransform

    point = layer.getFeature(fid).geometry().asPoint()
    canvas = tab.context.canvas
    to_canvas = QgsCoordinateTransform(layer.crs(), canvas.mapSettings().destinationCrs(), QgsProject.instance())
    extent = canvas.extent()
    assert extent.contains(to_canvas.transform(point))
    assert min(extent.width(), extent.height()) < 400  # metres (UTM canvas): 300 m around the flag


def test_selecting_flags_on_the_canvas_selects_them_in_the_list(tab):
    assert _run_and_wait(tab) == ["ok"]
    layer = tab.layer()
    wanted = {f.id(): f["flag_id"] for f in layer.getFeatures()
              if f["flag_id"] in ("missing_mines:AGD-0012:AP", "post_clearance_find:F-PC1")}
    layer.selectByIds(list(wanted))
    assert sorted(tab.selected_fids()) == sorted(wanted)
    assert tab.ack_button.isEnabled()


def test_acknowledge_and_resolve_write_layer_and_audit_and_survive_a_new_run(tab):
    assert _run_and_wait(tab) == ["ok"]
    _select(tab, tab.kind_combo, "missing_mines")
    _click_row(tab, 0)
    tab.note_edit.setText("Team 4 to search 50 m downstream")
    QTest.mouseClick(tab.ack_button, Qt.LeftButton)
    layer = tab.layer()
    feature = next(f for f in layer.getFeatures() if f["flag_id"] == "missing_mines:AGD-0012:AP")
    assert (feature["status"], feature["note"]) == ("acknowledged", "Team 4 to search 50 m downstream")
    audit = QgsVectorLayer(f"{tab.context.session.workspace.path}|layername=audit_log", "audit", "ogr")
    entries = {(f["feature_key"], f["field"], None if f["old_value"] == NULL else f["old_value"], f["new_value"])
               for f in audit.getFeatures()}
    assert ("missing_mines:AGD-0012:AP", "status", "open", "acknowledged") in entries
    assert ("missing_mines:AGD-0012:AP", "note", None, "Team 4 to search 50 m downstream") in entries

    # resolving needs a note
    _select(tab, tab.kind_combo, "post_clearance_find")
    _click_row(tab, 0)
    QTest.mouseClick(tab.resolve_button, Qt.LeftButton)
    assert next(f for f in layer.getFeatures() if f["flag_id"] == "post_clearance_find:F-PC1")["status"] == "open"
    tab.note_edit.setText("QM visit done, sector re-cleared")
    QTest.mouseClick(tab.resolve_button, Qt.LeftButton)
    assert next(f for f in layer.getFeatures() if f["flag_id"] == "post_clearance_find:F-PC1")["status"] == "resolved"

    _select(tab, tab.kind_combo, None)
    assert _run_and_wait(tab) == ["ok"]
    again = {f["flag_id"]: f for f in layer.getFeatures()}
    assert len(again) == 24
    assert again["missing_mines:AGD-0012:AP"]["status"] == "acknowledged"
    assert again["missing_mines:AGD-0012:AP"]["note"] == "Team 4 to search 50 m downstream"
    assert again["post_clearance_find:F-PC1"]["status"] == "resolved"
    _select(tab, tab.status_combo, "acknowledged")
    assert [r["flag_id"] for r in _rows(tab)] == ["missing_mines:AGD-0012:AP"]


def test_without_a_workspace_the_run_button_is_off(tab):
    tab.context.session.close()
    assert not tab.run_button.isEnabled()
    assert tab.table.rowCount() == 0
