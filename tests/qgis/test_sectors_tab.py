"""The Sectors tab on a real workspace: generate for the selection, follow progress as sectors change."""

from __future__ import annotations

import datetime as dt

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDistanceArea,
    QgsFeature,
    QgsGeometry,
    QgsProject,
    QgsSettings,
    QgsVectorLayer,
)
from qgis.gui import QgsMessageBar
from qgis.PyQt.QtCore import QEventLoop, QSettings, QTimer
from qgis.PyQt.QtTest import QTest

from clearground.ui.context import DockContext
from clearground.ui.mark_tool import MarkSectorsTool
from clearground.ui.session import WorkspaceSession
from clearground.ui.tabs.sectors import COLUMNS, Tab
from clearground.workspace.sector_edits import StatusChange, apply_status_change

E0, N0 = 612_000, 4_430_000  # Aghdam, UTM 38N


def utm_polygon(x0, y0, w, h, angle=0.0) -> QgsGeometry:
    geom = QgsGeometry.fromWkt(
        f"POLYGON(({E0 + x0} {N0 + y0}, {E0 + x0 + w} {N0 + y0}, {E0 + x0 + w} {N0 + y0 + h}, "
        f"{E0 + x0} {N0 + y0 + h}, {E0 + x0} {N0 + y0}))")
    if angle:
        geom.rotate(angle, geom.centroid().asPoint())
    geom.transform(QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:32638"),
                                          QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance()))
    return geom


@pytest.fixture
def tab(qgis_new_project, qgis_canvas, tmp_path):
    project = QgsProject.instance()
    session = WorkspaceSession(project, QgsSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat))
    bar = QgsMessageBar()
    widget = Tab(DockContext(session, qgis_canvas, bar, project))
    session.new(tmp_path / "ws.gpkg")
    records = session.layer("minefield_records")
    rec = QgsFeature(records.fields())
    rec["record_id"], rec["district"] = "MR-1", "Agdam"
    rec.setGeometry(utm_polygon(-50, -50, 1200, 700))
    hazards = session.layer("hazard_areas")
    feats = []
    for hid, district, record, geom in [
        ("HZ-1", "Agdam", None, utm_polygon(0, 0, 400, 300, angle=20)),
        ("HZ-2", None, "MR-1", utm_polygon(600, 0, 350, 250)),  # district from its record
        ("HZ-3", "Fuzuli", None, utm_polygon(0, 2000, 300, 300)),
    ]:
        f = QgsFeature(hazards.fields())
        f["hazard_id"], f["classification"], f["district"], f["record_id"] = hid, "CHA", district, record
        f.setGeometry(geom)
        feats.append(f)
    assert records.dataProvider().addFeatures([rec])[0]
    assert hazards.dataProvider().addFeatures(feats)[0]
    yield widget, session, bar
    if qgis_canvas.mapTool() is not None:
        qgis_canvas.unsetMapTool(qgis_canvas.mapTool())
    session.close()


def ellipsoidal_ha(geom, crs="EPSG:4326") -> float:
    da = QgsDistanceArea()
    da.setSourceCrs(QgsCoordinateReferenceSystem(crs), QgsProject.instance().transformContext())
    da.setEllipsoid("WGS84")
    return da.measureArea(geom) / 10_000


def generate(widget) -> int:
    """Start generating in the background and wait for the task; the number of sectors added."""
    added = []
    widget.generated.connect(added.append)
    task = widget.generate()
    if task is None:
        return 0
    loop = QEventLoop()
    widget.generated.connect(lambda _n: loop.quit())
    QTimer.singleShot(120_000, loop.quit)
    if not added:
        assert widget.progress_bar.isVisibleTo(widget) and widget.cancel_button.isVisibleTo(widget)
        loop.exec()
    assert added, "the generation task did not finish"
    assert not widget.progress_bar.isVisibleTo(widget)
    return added[0]


def settle(widget) -> None:
    """Let the tab notice the layer's signals and run its pending refresh."""
    assert widget._timer.isActive(), "the change did not reach the tab"
    for _ in range(200):
        if not widget._timer.isActive():
            return
        QTest.qWait(50)
    raise AssertionError("the tab did not refresh")


def select(layer, ids, field="hazard_id"):
    layer.selectByIds([f.id() for f in layer.getFeatures() if f[field] in ids])


def test_generate_for_the_selection_then_progress_follows_the_edits(tab):
    widget, session, bar = tab
    hazards, sectors = session.layer("hazard_areas"), session.layer("sectors")
    select(hazards, {"HZ-1", "HZ-2", "HZ-3"})
    widget.cell_size.setValue(50)
    widget.orientation.setCurrentIndex(widget.orientation.findData("longest_edge"))
    added = generate(widget)
    assert added > 100 and sectors.featureCount() == added and not sectors.isEditable()
    assert {f["parent_id"] for f in sectors.getFeatures()} == {"HZ-1", "HZ-2", "HZ-3"}

    # a second run leaves parents that already have sectors alone, and says so
    assert widget.generate() is None and sectors.featureCount() == added
    assert "already have sectors" in bar.currentItem().text()

    # progress per hazard: the ellipsoidal area of each hazard, nothing released yet
    rows = {r.key: r for r in widget.per_parent}
    for f in hazards.getFeatures():
        assert rows[f["hazard_id"]].total_ha == pytest.approx(ellipsoidal_ha(f.geometry()), rel=1e-4)
        assert rows[f["hazard_id"]].remaining_pct == pytest.approx(100)
    assert rows["HZ-2"].district == "Agdam District"  # from record MR-1, named as the district layer names it
    assert widget.table.rowCount() == 4  # three hazards and the total
    assert widget.table.item(3, COLUMNS.index("total")).data(0x0100) == pytest.approx(
        sum(r.total_ha for r in rows.values()))

    # mark a third of HZ-1 cleared in the edit buffer: the tab follows without being asked
    hz1 = [f for f in sectors.getFeatures() if f["parent_id"] == "HZ-1"]
    chosen = hz1[: len(hz1) // 3]
    apply_status_change(sectors, [f.id() for f in chosen], StatusChange("cleared", dt.date(2024, 5, 14)))
    settle(widget)
    cleared = sum(ellipsoidal_ha(f.geometry()) for f in chosen)
    rows = {r.key: r for r in widget.per_parent}
    assert rows["HZ-1"].cleared_ha == pytest.approx(cleared, rel=1e-4)
    assert rows["HZ-1"].cleared_pct == pytest.approx(100 * cleared / rows["HZ-1"].total_ha, rel=1e-6)
    assert rows["HZ-2"].cleared_ha == 0

    # per district: Agdam holds HZ-1 and HZ-2, Fuzuli HZ-3
    widget.level.setCurrentIndex(widget.level.findData("district"))
    names = [widget.table.item(r, 0).text() for r in range(widget.table.rowCount())]
    assert names == ["Agdam District", "Fuzuli District", "All"]  # as the district layer names them
    districts = {r.key: r for r in widget.per_district}
    assert districts["Agdam District"].total_ha == pytest.approx(rows["HZ-1"].total_ha + rows["HZ-2"].total_ha)
    assert districts["Agdam District"].cleared_ha == pytest.approx(cleared, rel=1e-4)

    # undo: back to nothing cleared
    sectors.undoStack().undo()
    settle(widget)
    assert all(r.cleared_ha == 0 for r in widget.per_parent)
    sectors.rollBack()


def test_without_a_selection_nothing_is_generated(tab):
    widget, session, bar = tab
    assert widget.generate() is None
    assert "Select" in bar.currentItem().text()
    assert widget.per_parent == [] and widget.table.rowCount() == 0


def test_generate_for_records(tab):
    widget, session, _ = tab
    records = session.layer("minefield_records")
    select(records, {"MR-1"}, "record_id")
    widget.parent_kind.setCurrentIndex(widget.parent_kind.findData("minefield_records"))
    widget.cell_size.setValue(100)
    assert generate(widget) > 80
    (row,) = widget.per_parent
    assert row.key == "MR-1" and row.district == "Agdam District"
    assert row.total_ha == pytest.approx(ellipsoidal_ha(next(records.getFeatures()).geometry()), rel=1e-4)


def test_the_mark_button_puts_the_tool_on_the_canvas_and_closing_the_workspace_clears_the_tab(tab, qgis_canvas):
    widget, session, _ = tab
    widget.mark_button.click()
    tool = qgis_canvas.mapTool()
    assert isinstance(tool, MarkSectorsTool) and tool.layer is session.layer("sectors")
    session.close()
    assert qgis_canvas.mapTool() is not tool and tool.layer is None
    assert widget.per_parent == [] and not widget.mark_button.isEnabled()


def test_sectors_generated_into_an_edit_session_without_edits_are_saved_and_it_stays_open(tab):
    widget, session, _ = tab
    sectors = session.layer("sectors")
    assert sectors.startEditing()
    select(session.layer("hazard_areas"), {"HZ-2"})
    widget.cell_size.setValue(50)
    added = generate(widget)
    assert added > 10 and sectors.featureCount() == added
    assert sectors.isEditable() and not sectors.isModified()
    assert QgsVectorLayer(sectors.source(), "stored", "ogr").featureCount() == added
    assert sectors.rollBack()


def test_sectors_generated_while_the_mark_tool_is_active_are_saved_at_once(tab, qgis_canvas):
    widget, session, _ = tab
    sectors = session.layer("sectors")
    widget.mark_button.click()  # the tool opens the layer's edit session on activation
    tool = qgis_canvas.mapTool()
    assert isinstance(tool, MarkSectorsTool) and sectors.isEditable()
    select(session.layer("hazard_areas"), {"HZ-2"})
    widget.cell_size.setValue(50)
    added = generate(widget)
    assert added > 10 and sectors.featureCount() == added and not sectors.isModified()
    stored = QgsVectorLayer(sectors.source(), "stored", "ogr")
    assert stored.featureCount() == added
    qgis_canvas.unsetMapTool(tool)
    assert not sectors.isEditable()  # the tool made no edit: its session is closed again


def test_a_cancelled_generation_adds_nothing(tab):
    widget, session, bar = tab
    select(session.layer("hazard_areas"), {"HZ-1", "HZ-2", "HZ-3"})
    widget.cell_size.setValue(5)  # tens of thousands of sectors: time to cancel
    added = []
    widget.generated.connect(added.append)
    task = widget.generate()
    assert task is not None and widget.generate() is None  # one generation at a time
    widget.cancel_button.click()
    loop = QEventLoop()
    widget.generated.connect(lambda _n: loop.quit())
    QTimer.singleShot(120_000, loop.quit)
    if not added:
        loop.exec()
    assert added == [0] and not any(True for _ in session.layer("sectors").getFeatures())
    assert "cancelled" in bar.currentItem().text()
