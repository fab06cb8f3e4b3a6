"""Panels an analyst can read: whole texts, words instead of codes, boxes that follow what is selected."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import shapely
from qgis.core import QgsProject, QgsSettings
from qgis.gui import QgsMessageBar
from qgis.PyQt.QtCore import QSettings, Qt
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication

from clearground.ui import import_dialog
from clearground.ui.context import DockContext
from clearground.ui.import_dialog import ImportDialog
from clearground.ui.session import WorkspaceSession
from clearground.ui.tabs.discrepancies import Tab as DiscrepanciesTab
from clearground.ui.tabs.records import Tab as RecordsTab
from clearground.ui.tabs.sectors import Tab as SectorsTab
from clearground.workspace import create_workspace
from clearground.workspace.writer import FeatureColumns

DATA = Path(__file__).resolve().parents[1] / "data" / "import"
LONG_MESSAGE = ("Record MR-1 lies 212 m south-west of where its finds are (38 of 40 finds agree within 15 m): "
                "the whole record was drawn from a wrong reference point; move it before planning clearance.")


@pytest.fixture
def workspace(tmp_path):
    """Two records near Aghdam, one with a long district name, and a hazard area of each."""
    ws = create_workspace(tmp_path / "ws.gpkg")
    boxes = [shapely.box(46.90, 40.00, 46.904, 40.003), shapely.box(46.92, 40.00, 46.924, 40.003)]
    ws.append({
        "minefield_records": FeatureColumns({"record_id": ["MR-1", "MR-2"],
                                             "district": ["Zangilan District", "Agdam District"],
                                             "recorded_ap": [12, 3]}, boxes),
        "hazard_areas": FeatureColumns({"hazard_id": ["HZ-1", "HZ-2"], "classification": ["CHA", "SHA"],
                                        "record_id": ["MR-1", "MR-2"]}, boxes),
        "discrepancies": FeatureColumns({
            "flag_id": ["FL-1", "FL-2"], "kind": ["systematic_offset", "missing_mines"], "severity": ["high", "low"],
            "record_id": ["MR-1", "MR-2"], "district": ["Zangilan District", "Agdam District"],
            "message": [LONG_MESSAGE, "2 of 3 recorded mines not found."], "status": ["open", "open"]},
            np.array([(46.902, 40.001), (46.922, 40.001)])),
    })
    return ws


@pytest.fixture
def panels(provider, qgis_canvas, qgis_new_project, workspace, tmp_path):
    project = QgsProject.instance()
    session = WorkspaceSession(project, QgsSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    bar = QgsMessageBar()
    context = DockContext(session, qgis_canvas, bar, project)
    tabs = {"records": RecordsTab(context), "sectors": SectorsTab(context), "discrepancies": DiscrepanciesTab(context)}
    for tab in tabs.values():
        tab.resize(420, 700)  # a dock's width
        tab.show()
    session.open(workspace.path)
    yield session, tabs, bar
    session.close()
    for tab in tabs.values():
        tab.close()
        tab.deleteLater()


def click(table, row: int, column: int = 0) -> None:
    rect = table.visualItemRect(table.item(row, column))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())


def double_click(table, row: int, column: int = 0) -> None:
    """As a hand does it: a click, then the double click (Qt's view needs the press first)."""
    click(table, row, column)
    rect = table.visualItemRect(table.item(row, column))
    QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())


def test_the_for_box_of_the_sectors_tab_follows_what_is_selected(panels):
    session, tabs, _ = panels
    records, sectors = tabs["records"], tabs["sectors"]
    assert sectors.parent_kind.currentData() == "hazard_areas"
    row = next(r for r in range(records.table.rowCount()) if records.table.item(r, 0).text() == "MR-2")
    double_click(records.table, row)  # selects the record (and zooms to it)
    assert session.layer("minefield_records").selectedFeatureCount() == 1
    assert sectors.parent_kind.currentData() == "minefield_records"
    assert sectors.parent_kind.currentText() == "Selected minefield records"

    hazards = session.layer("hazard_areas")
    hazards.selectByIds([next(hazards.getFeatures()).id()])
    assert sectors.parent_kind.currentData() == "hazard_areas"
    hazards.removeSelection()  # the records are still selected: the box goes back to them
    assert sectors.parent_kind.currentData() == "minefield_records"


def whole(table, column: int, wrapped: bool = False) -> list[str]:
    """The texts of a column (its header first) that its width cuts; ``wrapped``: the texts whose rows are
    lower than Qt's own measure of their wrapped lines."""
    width = table.columnWidth(column)
    header = table.horizontalHeaderItem(column).text()
    cut = [header] if table.horizontalHeader().fontMetrics().horizontalAdvance(header) > width else []
    metrics = table.fontMetrics()
    for r in range(table.rowCount()):
        text = table.item(r, column).text()
        if wrapped:
            if table.rowHeight(r) < table.sizeHintForRow(r) or not table.wordWrap():
                cut.append(text)
        elif metrics.horizontalAdvance(text) > width:
            cut.append(text)
    return cut


def test_the_records_list_shows_its_headers_districts_and_words_whole(panels):
    _, tabs, _ = panels
    table = tabs["records"].table
    for c in range(table.columnCount()):
        assert whole(table, c) == [], table.horizontalHeaderItem(c).text()
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Record", "District", "AP", "AT", "Mines", "Reliability"]
    assert "in the workspace" in table.horizontalHeaderItem(4).toolTip()
    assert {table.item(r, 1).text() for r in range(table.rowCount())} == {"Zangilan District", "Agdam District"}
    assert {table.item(r, 5).text() for r in range(table.rowCount())} == {"Unknown"}  # not the code "unknown"


def test_a_flag_is_read_whole_in_the_details_under_the_list(panels):
    _, tabs, _ = panels
    tab = tabs["discrepancies"]
    tab.refresh()
    table = tab.table
    kinds = [table.item(r, 1).text() for r in range(table.rowCount())]
    assert "Systematic offset" in kinds
    for c in range(table.columnCount() - 1):  # every column but the message is whole
        assert whole(table, c) == []
    row = kinds.index("Systematic offset")
    assert LONG_MESSAGE in whole(table, table.columnCount() - 1)  # the dock is narrow: the list cuts it...
    click(table, row, 5)
    text = tab.details.text()  # ...the details under it do not
    assert LONG_MESSAGE in text and text.startswith("Systematic offset · Severity: High · Open · MR-1")
    assert tab.details.isVisibleTo(tab) and tab.details.wordWrap()


def test_the_import_preview_gives_the_reason_the_width_and_shows_a_row_whole(qgis_app):
    dialog = ImportDialog()
    dialog.show()
    dialog.set_path(str(DATA / "traverse_messy.csv"))
    mapping = dialog.mapping_table
    fields = {mapping.item(r, 0).text(): mapping.item(r, 0).toolTip() for r in range(mapping.rowCount())}
    assert fields["Record number"] == "In a field mapping: record_id"
    assert fields["Point number"] == "In a field mapping: point_id"
    assert not any(name in fields for name in ("record_id", "point_id", "distance_m"))
    assert dialog.parameters()["FIELD_MAPPING"].startswith("record_id=Record_ID")  # batch keeps the codes

    dialog.preview_tabs.setCurrentIndex(1)
    QApplication.processEvents()  # the errors' table laid out at its width
    table = dialog.rejects_table
    reasons = [table.item(r, 2).text() for r in range(table.rowCount())]
    row = reasons.index("row 6: bearing '12-5O' is not a number")
    assert whole(table, 2, wrapped=True) == [] and whole(table, 0) == [] and whole(table, 1) == []
    assert table.columnWidth(3) == getattr(import_dialog, "RAW_WIDTH", None) < table.columnWidth(2)
    assert max(table.rowHeight(r) for r in range(table.rowCount())) > table.rowHeight(row)  # long reasons wrap
    click(table, row, 2)
    details = dialog.details.toPlainText()
    raw = dialog.result.rejects[row].raw
    assert "Why it was rejected: row 6: bearing '12-5O' is not a number" in details
    assert "Text in the file: " + raw in details and len(raw) > 20
    dialog.close()


def _finds_in(districts_path, counts: dict[str, int]) -> FeatureColumns:
    """Finds inside the named shipped districts (a point on each district's surface)."""
    import json

    features = json.loads(districts_path.read_text(encoding="utf-8"))["features"]
    where = {f["properties"]["shapeName"]: shapely.point_on_surface(shapely.geometry.shape(f["geometry"]))
             for f in features}
    xy, ids = [], []
    for name, count in counts.items():
        for i in range(count):
            xy.append((where[name].x, where[name].y))
            ids.append(f"F-{name[:3]}-{i}")
    return FeatureColumns({"find_id": ids, "category": ["AP"] * len(ids), "found_date": [None] * len(ids)},
                          np.array(xy))


def test_the_tally_table_is_tall_sorted_by_total_and_hides_the_empty_districts_on_request(
        provider, qgis_canvas, qgis_new_project, tmp_path, districts_path):
    from qgis.PyQt.QtCore import QEventLoop, QTimer

    from clearground.ui.tabs.tally import Tab as TallyTab

    ws = create_workspace(tmp_path / "finds.gpkg")
    ws.append({"finds": _finds_in(districts_path, {"Fuzuli District": 3, "Agdam District": 5,
                                                   "Zangilan District": 1})})
    project = QgsProject.instance()
    session = WorkspaceSession(project, QgsSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    tab = TallyTab(DockContext(session, qgis_canvas, QgsMessageBar(), project))
    tab.resize(420, 1000)  # a dock on a laptop's screen
    tab.show()
    session.open(ws.path)
    done = QEventLoop()
    tab.tallied.connect(done.quit)
    tab.failed.connect(lambda _m: done.quit())
    QTimer.singleShot(120_000, done.quit)
    QTest.mouseClick(tab.run_button, Qt.MouseButton.LeftButton)
    done.exec()
    QApplication.processEvents()
    table = tab.table
    names = [table.item(r, 0).text() for r in range(table.rowCount())]
    totals = [table.item(r, 8).data(Qt.ItemDataRole.UserRole) for r in range(table.rowCount())]
    assert len(names) == 79 + 2
    assert names[:3] == ["Agdam District", "Fuzuli District", "Zangilan District"] and totals[:3] == [5, 3, 1]
    assert names[3:5] == ["Absheron District", "Agdash District"]  # then the empty ones, by name
    assert names[-2:] == ["Unassigned", "Total"] and totals[-1] == 9
    rows_seen = table.viewport().height() // table.rowHeight(0)
    assert rows_seen >= 12, rows_seen
    # ...and the tab still fits a dock on a 1000-pixel screen under QGIS's menus and toolbars (about 260 px)
    assert tab.minimumSizeHint().height() <= 1000 - 260

    QTest.mouseClick(tab.hide_empty, Qt.MouseButton.LeftButton)
    names = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert names == ["Agdam District", "Fuzuli District", "Zangilan District", "Total"]
    assert [r["district"] for r in tab.table_records()] == ["Agdam District", "Fuzuli District",
                                                           "Zangilan District", "Total"]
    session.close()
    tab.close()


@pytest.mark.parametrize("kind", ["other gpkg", "empty gpkg", "csv"])
def test_a_file_that_is_not_a_workspace_is_named_for_what_it_is_with_what_to_do(qgis_canvas, qgis_new_project,
                                                                               tmp_path, kind):
    from osgeo import gdal, ogr

    from clearground.ui.dock import ClearGroundDock

    if kind == "csv":
        path = tmp_path / "minefields.csv"
        path.write_text("record_id,lat,lon\nMR-1,40.0,46.9\n", encoding="utf-8")
        expected = ["minefields.csv is not a GeoPackage: it is a CSV text file, not a workspace.",
                    "import the file into it (Records ▸ Import mine map…)"]
    else:
        path = tmp_path / "roads.gpkg"
        ds = gdal.GetDriverByName("GPKG").Create(str(path), 0, 0, 0, gdal.GDT_Unknown)
        if kind == "other gpkg":
            for name in ("roads", "rivers", "villages", "bridges", "wells", "schools"):
                ds.CreateLayer(name, None, ogr.wkbLineString)
            expected = ["roads.gpkg is a GeoPackage with the layers bridges, rivers, roads, schools and 2 more, "
                        "not a ClearGround workspace.", "Import mine map"]
        else:
            expected = ["roads.gpkg is an empty GeoPackage, not a ClearGround workspace.", "New workspace"]
        ds = None
    project = QgsProject.instance()
    session = WorkspaceSession(project, QgsSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    bar = QgsMessageBar()
    dock = ClearGroundDock(DockContext(session, qgis_canvas, bar, project))
    dock.open_workspace(str(path))
    text = bar.currentItem().text()
    assert all(part in text for part in expected), text
    assert "cg_meta" not in text and "..." not in text and session.workspace is None
    dock.deleteLater()


@pytest.mark.parametrize("algorithm, name, labels, code", [
    ("clearground:tallyfinds", "PERIOD", ["Whole range", "Year", "Quarter", "Month", "Week"], "month"),
    ("clearground:importminemap", "DEFAULT_UNIT", ["Degrees", "NATO mils (6400)", "Soviet mils (6000, 12-50)"],
     "mil6000"),
    ("clearground:generatesectors", "ORIENTATION", ["On the UTM grid", "Along the longest edge"], "longest_edge"),
    ("clearground:marksectors", "STATUS", ["Planned", "In progress", "Cleared", "Reduced (TS)", "Cancelled (NTS)"],
     "in_progress"),
    ("clearground:marksectors", "METHOD", ["Not set", "Manual", "Mechanical", "Mine detection dog",
                                           "Technical survey", "Non-technical survey"], "mdd"),
])
def test_the_algorithm_dialogs_show_words_and_keep_the_codes(provider, monkeypatch, algorithm, name, labels, code):
    import processing.gui.ParametersPanel as ParametersPanel  # noqa: N813 - the module, as Processing names it
    from processing.gui.AlgorithmDialog import AlgorithmDialog
    from processing.gui.BatchAlgorithmDialog import BatchAlgorithmDialog
    from qgis.core import QgsApplication, QgsProcessingContext

    monkeypatch.setattr(ParametersPanel, "iface", None)  # the test's iface is a stand-in without a browser model
    alg = QgsApplication.processingRegistry().createAlgorithmById(algorithm)
    dialog = AlgorithmDialog(alg, False, None)
    wrapper = dialog.mainWidget().wrappers[name]
    combo = wrapper.wrappedWidget()
    assert [combo.itemText(i) for i in range(combo.count())] == labels
    default = alg.parameterDefinition(name).defaultValue()
    assert wrapper.parameterValue() == default  # the default is the code it was
    combo.setCurrentIndex(combo.findData(code))
    assert combo.currentText() in labels and wrapper.parameterValue() == code
    assert f"'{name}':'{code}'" in alg.asPythonCommand({name: wrapper.parameterValue()}, QgsProcessingContext())

    batch = BatchAlgorithmDialog(alg.create(), None).mainWidget()
    cell = batch.wrappers[0][batch.parameter_to_column[name]]
    assert [cell.wrappedWidget().itemText(i) for i in range(cell.wrappedWidget().count())] == labels
    cell.setParameterValue(code, QgsProcessingContext())
    assert cell.parameterValue() == code  # a batch row holds the code
