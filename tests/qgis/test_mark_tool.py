"""The Mark sectors tool on a real canvas: click, drag, polygon; one undoable edit; audit on commit."""

from __future__ import annotations

import datetime as dt
import gc

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsVectorLayer,
)
from qgis.gui import QgsMapMouseEvent, QgsMessageBar
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QDate, QEvent, QPoint, Qt

from clearground.ui.mark_form import MarkRequest, MarkSectorsForm
from clearground.ui.mark_tool import MarkSectorsTool
from clearground.workspace import create_workspace
from clearground.workspace.sector_edits import StatusChange

E0, N0 = 612_000, 4_430_000  # Aghdam, UTM 38N
UTM = QgsCoordinateReferenceSystem("EPSG:32638")
TODAY = dt.date(2024, 5, 14)
TOOLS: list[MarkSectorsTool] = []


@pytest.fixture
def workspace_layers(tmp_path, run_alg):
    """A real workspace whose sectors layer holds 4 rows x 8 columns of 25 m sectors of HZ-1."""
    ws = create_workspace(tmp_path / "ws.gpkg")
    hazard = QgsVectorLayer("Polygon?crs=EPSG:32638&field=hazard_id:string", "hz", "memory")
    f = QgsFeature(hazard.fields())
    f["hazard_id"] = "HZ-1"
    ring = f"{E0} {N0}, {E0 + 200} {N0}, {E0 + 200} {N0 + 100}, {E0} {N0 + 100}, {E0} {N0}"
    f.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({ring}))"))
    hazard.dataProvider().addFeatures([f])
    out = run_alg("clearground:generatesectors", {"INPUT": hazard, "CELL_SIZE": 25, "OUTPUT": "memory:"})["OUTPUT"]
    sectors = QgsVectorLayer(ws.uri("sectors"), "sectors", "ogr")
    feats = []
    for g in out.getFeatures():
        h = QgsFeature(sectors.fields())
        h.setGeometry(g.geometry())
        for name in out.fields().names():
            h[name] = g[name]
        feats.append(h)
    assert sectors.dataProvider().addFeatures(feats)[0]
    sectors = QgsVectorLayer(ws.uri("sectors"), "sectors", "ogr")
    audit = QgsVectorLayer(ws.uri("audit_log"), "audit_log", "ogr")
    assert sectors.featureCount() == 32 and audit.isValid()
    # the project owns the layers, so that they are deleted at teardown and not after QGIS has exited
    project = QgsProject.instance()
    project.addMapLayers([sectors, audit], False)
    yield sectors, audit
    project.removeMapLayers([sectors.id(), audit.id()])


class Form:
    """Stands in for the analyst: records what the form was asked and what was highlighted."""

    def __init__(self, tool_ref, change):
        self.tool_ref, self.change, self.requests, self.selected, self.highlighted = tool_ref, change, [], [], []

    def __call__(self, request: MarkRequest):
        tool = self.tool_ref()
        self.requests.append(request)
        self.selected.append(sorted(tool.layer.selectedFeatureIds()))
        self.highlighted.append(tool.highlight.numberOfVertices())
        return self.change


@pytest.fixture
def canvas(qgis_canvas, workspace_layers):
    sectors, _ = workspace_layers
    # show the window (offscreen) so that the canvas lays out its 800 x 600 pixels
    window = qgis_canvas.window()
    window.show()
    QCoreApplication.processEvents()
    assert qgis_canvas.mapSettings().outputSize().width() > 400
    qgis_canvas.setDestinationCrs(UTM)
    qgis_canvas.setLayers([sectors])
    qgis_canvas.setExtent(QgsGeometry.fromWkt(
        f"POLYGON(({E0 - 20} {N0 - 20}, {E0 + 220} {N0 - 20}, {E0 + 220} {N0 + 120}, {E0 - 20} {N0 + 120}, "
        f"{E0 - 20} {N0 - 20}))").boundingBox())
    yield qgis_canvas
    qgis_canvas.unsetMapTool(qgis_canvas.mapTool())
    while TOOLS:  # tools and their rubber bands go while the canvas is alive
        tool = TOOLS.pop()
        tool.cleanup()
        sip.delete(tool)
    gc.collect()
    qgis_canvas.setLayers([])
    window.hide()


def make_tool(canvas, workspace_layers, change, bar=None):
    sectors, audit = workspace_layers
    holder = {}
    form = Form(lambda: holder["tool"], change)
    tool = MarkSectorsTool(canvas, sectors, form_factory=form, message_bar=bar, audit_layer=audit, user="tester")
    holder["tool"] = tool
    TOOLS.append(tool)
    canvas.setMapTool(tool)
    return tool, form


def pixel(canvas, x, y) -> QPoint:
    """The canvas pixel of UTM metres (x, y) from the hazard's south-west corner."""
    p = canvas.getCoordinateTransform().transform(QgsPointXY(E0 + x, N0 + y))
    return QPoint(round(p.x()), round(p.y()))


def send(tool, canvas, kind, point, button=Qt.LeftButton, buttons=None, modifiers=Qt.NoModifier):
    types = {"press": QEvent.MouseButtonPress, "move": QEvent.MouseMove, "release": QEvent.MouseButtonRelease}
    if buttons is None:
        buttons = button if kind != "release" else Qt.NoButton
    event = QgsMapMouseEvent(canvas, types[kind], point, button if kind != "move" else Qt.NoButton, buttons, modifiers)
    {"press": tool.canvasPressEvent, "move": tool.canvasMoveEvent, "release": tool.canvasReleaseEvent}[kind](event)


def click(tool, canvas, x, y, button=Qt.LeftButton, modifiers=Qt.NoModifier):
    send(tool, canvas, "press", pixel(canvas, x, y), button, modifiers=modifiers)
    send(tool, canvas, "release", pixel(canvas, x, y), button, modifiers=modifiers)


def values(layer, sector_id):
    return next(f for f in layer.getFeatures() if f["sector_id"] == sector_id)


def audit_rows(audit):
    fresh = QgsVectorLayer(audit.source(), "audit", "ogr")
    return [{n: f[n] for n in fresh.fields().names()} for f in fresh.getFeatures()]


def test_click_marks_one_sector_as_one_undoable_edit_and_commit_writes_the_audit(canvas, workspace_layers):
    sectors, audit = workspace_layers
    change = StatusChange("cleared", TODAY, team="ANAMA-7", method="manual", depth_cm=20)
    tool, form = make_tool(canvas, workspace_layers, change)
    click(tool, canvas, 62.5, 62.5)  # the middle of row 1, column 2
    assert [r.count for r in form.requests] == [1] and form.requests[0].statuses == ["planned"]
    target = values(sectors, "HZ-1-1-2")
    assert form.selected == [[target.id()]] and form.highlighted[0] >= 4  # highlighted while the form was open
    assert sectors.selectedFeatureIds() == [] and tool.highlight.numberOfVertices() == 0
    assert sectors.isEditable() and sectors.undoStack().count() == 1
    f = values(sectors, "HZ-1-1-2")
    assert (f["status"], f["team"], f["method"], f["depth_cm"], f["version"]) == ("cleared", "ANAMA-7", "manual", 20, 2)
    assert f["status_date"] == QDate(2024, 5, 14) and f["updated_by"] == "tester" and f["updated_at"].isValid()
    assert values(sectors, "HZ-1-1-3")["status"] == "planned"
    assert audit_rows(audit) == []  # nothing is written before the edits are saved
    assert sectors.commitChanges()
    rows = audit_rows(audit)
    assert sorted(r["field"] for r in rows) == ["depth_cm", "method", "status", "status_date", "team", "version"]
    assert {r["feature_key"] for r in rows} == {"HZ-1-1-2"} and {r["layer"] for r in rows} == {"sectors"}
    status = next(r for r in rows if r["field"] == "status")
    assert (status["old_value"], status["new_value"]) == ("planned", "cleared")
    assert next(r for r in rows if r["field"] == "status_date")["new_value"] == "2024-05-14"
    assert all(r["ts"].isValid() and r["user_name"] for r in rows)
    saved = QgsVectorLayer(sectors.source(), "check", "ogr")
    assert values(saved, "HZ-1-1-2")["status"] == "cleared" and values(saved, "HZ-1-1-2")["version"] == 2


def test_drag_marks_every_sector_the_rectangle_reaches_and_undo_restores_them(canvas, workspace_layers):
    sectors, audit = workspace_layers
    tool, form = make_tool(canvas, workspace_layers, StatusChange("in_progress", TODAY, team="T2"))
    # from the middle of (row 1, col 1) to the middle of (row 2, col 2): four sectors
    send(tool, canvas, "press", pixel(canvas, 37.5, 62.5))
    send(tool, canvas, "move", pixel(canvas, 50, 50), buttons=Qt.LeftButton)
    assert tool.band.numberOfVertices() >= 4  # the rectangle is drawn while dragging
    send(tool, canvas, "move", pixel(canvas, 62.5, 37.5), buttons=Qt.LeftButton)
    send(tool, canvas, "release", pixel(canvas, 62.5, 37.5))
    marked = {f["sector_id"] for f in sectors.getFeatures() if f["status"] == "in_progress"}
    assert marked == {"HZ-1-1-1", "HZ-1-1-2", "HZ-1-2-1", "HZ-1-2-2"}
    assert form.requests[0].count == 4 and sectors.undoStack().count() == 1
    sectors.undoStack().undo()
    assert all(f["status"] == "planned" and f["version"] == 1 and not f["team"] for f in sectors.getFeatures())
    assert sectors.commitChanges()
    assert audit_rows(audit) == []  # undone: nothing to audit


def test_polygon_marks_the_sectors_it_crosses(canvas, workspace_layers):
    sectors, audit = workspace_layers
    tool, form = make_tool(canvas, workspace_layers, StatusChange("reduced", TODAY, method="ts"))
    corners = [(12.5, 87.5), (112.5, 87.5), (12.5, 37.5)]  # a triangle from cell middles
    click(tool, canvas, *corners[0], modifiers=Qt.ShiftModifier)
    click(tool, canvas, *corners[1])
    send(tool, canvas, "move", pixel(canvas, 60, 40))
    assert form.requests == []  # still drawing
    click(tool, canvas, *corners[2])
    click(tool, canvas, 150, 10, button=Qt.RightButton)
    # oracle: QGIS geometry of the same triangle (from the pixels actually clicked)
    to_layer = QgsCoordinateTransform(UTM, sectors.crs(), QgsProject.instance())
    ring = [canvas.getCoordinateTransform().toMapCoordinates(pixel(canvas, *c)) for c in corners]
    triangle = QgsGeometry.fromPolygonXY([ring + [ring[0]]])
    triangle.transform(to_layer)
    expected = {f["sector_id"] for f in sectors.getFeatures()
                if triangle.intersects(f.geometry()) and not triangle.touches(f.geometry())}
    marked = {f["sector_id"] for f in sectors.getFeatures() if f["status"] == "reduced"}
    assert marked == expected and {"HZ-1-0-0", "HZ-1-0-4", "HZ-1-2-0"} <= marked and len(marked) < 32
    assert form.requests[0].count == len(expected) and sectors.undoStack().count() == 1
    assert sectors.commitChanges()
    rows = audit_rows(audit)
    assert len(rows) == 4 * len(expected)  # status, status_date, method, version
    assert {r["feature_key"] for r in rows} == expected


def test_escape_drops_the_polygon_and_a_cancelled_form_changes_nothing(canvas, workspace_layers):
    sectors, _ = workspace_layers
    tool, form = make_tool(canvas, workspace_layers, None)
    click(tool, canvas, 10, 10, modifiers=Qt.ShiftModifier)
    click(tool, canvas, 100, 10)
    from qgis.PyQt.QtGui import QKeyEvent

    tool.keyPressEvent(QKeyEvent(QEvent.KeyPress, Qt.Key_Escape, Qt.NoModifier))
    assert tool.vertices == [] and tool.band.numberOfVertices() == 0
    click(tool, canvas, 150, 10, button=Qt.RightButton)
    assert form.requests == []
    click(tool, canvas, 12.5, 12.5)
    assert len(form.requests) == 1 and sectors.undoStack().count() == 0
    assert not sectors.isModified()


def test_taking_a_sector_out_of_cleared_needs_a_reason_which_is_audited(canvas, workspace_layers):
    sectors, audit = workspace_layers
    bar = QgsMessageBar()
    tool, _ = make_tool(canvas, workspace_layers, StatusChange("cleared", TODAY), bar)
    click(tool, canvas, 12.5, 12.5)
    assert sectors.commitChanges()
    tool.form_factory.change = StatusChange("planned", TODAY)
    click(tool, canvas, 12.5, 12.5)
    assert values(sectors, "HZ-1-3-0")["status"] == "cleared"
    assert "reason" in bar.currentItem().text()
    tool.form_factory.change = StatusChange("planned", TODAY, reason="PMN-2 found after release")
    click(tool, canvas, 12.5, 12.5)
    assert values(sectors, "HZ-1-3-0")["status"] == "planned" and values(sectors, "HZ-1-3-0")["version"] == 3
    assert sectors.commitChanges()
    rows = [r for r in audit_rows(audit) if r["new_value"] != "cleared" and r["field"] in ("status", "reason")]
    assert {(r["field"], r["old_value"], r["new_value"]) for r in rows} == {
        ("status", "cleared", "planned"), ("reason", "cleared", "PMN-2 found after release")}


def test_the_form_defaults_to_today_and_asks_a_reason_only_when_leaving_cleared(qgis_app):
    form = MarkSectorsForm(MarkRequest(3, ["cleared", "planned", "planned"]))
    assert form.date.date() == QDate.currentDate() and form.status.currentData() == "cleared"
    assert form.reason.isHidden()
    form.set_status("planned")
    assert not form.reason.isHidden()
    form.team.setText(" MES-3 ")
    form.set_method("mechanical")
    form.depth.setValue(30)
    form.accept()
    assert form.result() != form.DialogCode.Accepted and not form.problem.isHidden()
    form.reason.setPlainText("re-survey ordered")
    form.accept()
    assert form.result() == form.DialogCode.Accepted
    change = form.change()
    assert (change.status, change.team, change.method, change.depth_cm, change.reason) == (
        "planned", "MES-3", "mechanical", 30, "re-survey ordered")
    assert change.status_date == dt.date.today()
    untouched = MarkSectorsForm(MarkRequest(1, ["planned"])).change()
    assert (untouched.team, untouched.method, untouched.depth_cm) == (None, None, None)


def test_the_toolbar_action_activates_the_tool_and_unload_takes_it_away(qgis_iface, qgis_new_project, tmp_path):
    import clearground
    from clearground.ui.mark_tool import current_mark_tool

    canvas = qgis_iface.mapCanvas()
    plugin = clearground.classFactory(qgis_iface)
    plugin.initGui()
    try:
        action = next(a for a in plugin.actions if a.text() == "Mark sectors")
        assert action.isCheckable() and action in plugin.toolbar.actions()
        action.trigger()  # no workspace yet: a note, no tool
        assert not action.isChecked() and not isinstance(canvas.mapTool(), MarkSectorsTool)
        plugin.dock.new_workspace(str(tmp_path / "ws.gpkg"))
        action.trigger()
        tool = canvas.mapTool()
        assert isinstance(tool, MarkSectorsTool) and action.isChecked()
        assert tool.layer is plugin.session.layer("sectors")
        action.trigger()  # unchecking puts the tool away
        assert canvas.mapTool() is not tool and not action.isChecked()
        action.trigger()
        assert canvas.mapTool() is tool
    finally:
        plugin.unload()
    assert canvas.mapTool() is None and current_mark_tool(canvas) is None


def test_any_committed_edit_of_the_sectors_is_audited_once_the_tool_has_seen_the_layer(canvas, workspace_layers):
    sectors, audit = workspace_layers
    make_tool(canvas, workspace_layers, None)
    canvas.unsetMapTool(canvas.mapTool())
    gc.collect()
    # an edit through the attribute table, not through the tool
    fid = values(sectors, "HZ-1-0-1").id()
    assert sectors.startEditing()
    assert sectors.changeAttributeValue(fid, sectors.fields().indexOf("team"), "MES-2")
    assert sectors.commitChanges()
    rows = audit_rows(audit)
    assert [(r["feature_key"], r["field"], r["old_value"], r["new_value"]) for r in rows] == [
        ("HZ-1-0-1", "team", None, "MES-2")]


def test_marking_twice_before_saving_bumps_the_version_once(canvas, workspace_layers):
    sectors, audit = workspace_layers
    tool, _ = make_tool(canvas, workspace_layers, StatusChange("in_progress", TODAY, team="T1", method="manual"))
    click(tool, canvas, 62.5, 62.5)
    tool.form_factory = Form(lambda: tool, StatusChange("cleared", TODAY, team="T1", method="manual"))
    click(tool, canvas, 62.5, 62.5)
    assert values(sectors, "HZ-1-1-2")["version"] == 2  # stored version 1, plus one for this save
    assert sectors.undoStack().count() == 2
    assert sectors.commitChanges()
    saved = QgsVectorLayer(sectors.source(), "check", "ogr")
    assert (values(saved, "HZ-1-1-2")["status"], values(saved, "HZ-1-1-2")["version"]) == ("cleared", 2)
    status = [r for r in audit_rows(audit) if r["field"] == "status"]
    assert [(r["old_value"], r["new_value"]) for r in status] == [("planned", "cleared")]


def test_activating_the_tool_opens_the_edit_session_so_the_first_click_is_one_undoable_edit(
        canvas, workspace_layers):
    sectors, audit = workspace_layers
    assert not sectors.isEditable()
    tool, form = make_tool(canvas, workspace_layers, StatusChange("in_progress", TODAY, team="T3"))
    # editing started on activation, before any click, with nothing in it yet
    assert sectors.isEditable() and not sectors.isModified() and sectors.undoStack().count() == 0
    click(tool, canvas, 62.5, 62.5)
    assert values(sectors, "HZ-1-1-2")["status"] == "in_progress" and sectors.undoStack().count() == 1
    assert sectors.commitChanges(False)  # QGIS's "Save Layer Edits": save and stay in edit mode
    assert {(r["feature_key"], r["field"]) for r in audit_rows(audit)} == {
        ("HZ-1-1-2", "status"), ("HZ-1-1-2", "status_date"), ("HZ-1-1-2", "team"), ("HZ-1-1-2", "version")}
    click(tool, canvas, 87.5, 62.5)
    assert values(sectors, "HZ-1-1-3")["status"] == "in_progress" and sectors.isModified()
    canvas.unsetMapTool(tool)
    # the tool made edits in its session: left open as marking leaves it, the unsaved one kept
    assert sectors.isEditable() and sectors.isModified()
    assert sectors.commitChanges()
    saved = QgsVectorLayer(sectors.source(), "check", "ogr")
    assert [values(saved, s)["status"] for s in ("HZ-1-1-2", "HZ-1-1-3")] == ["in_progress", "in_progress"]


def test_leaving_the_tool_without_an_edit_closes_the_session_it_opened_and_only_that_one(canvas, workspace_layers):
    sectors, _ = workspace_layers
    tool, form = make_tool(canvas, workspace_layers, None)
    assert sectors.isEditable()
    click(tool, canvas, 12.5, 12.5)  # the analyst cancels the form
    assert len(form.requests) == 1 and not sectors.isModified()
    canvas.unsetMapTool(tool)
    assert not sectors.isEditable()  # activating and leaving the tool leaves the layer as it was
    canvas.setMapTool(tool)
    assert sectors.isEditable()
    canvas.unsetMapTool(tool)
    assert not sectors.isEditable()
    # a session the analyst opened stays open
    assert sectors.startEditing()
    canvas.setMapTool(tool)
    canvas.unsetMapTool(tool)
    assert sectors.isEditable()
    assert sectors.rollBack()


def test_a_layer_that_cannot_be_edited_is_named_on_activation_and_a_click_asks_nothing(canvas, workspace_layers):
    sectors, audit = workspace_layers
    bar = QgsMessageBar()
    sectors.setReadOnly(True)
    try:
        tool, form = make_tool(canvas, workspace_layers, StatusChange("cleared", TODAY), bar)
        assert not sectors.isEditable()
        assert bar.currentItem().text() == "The layer sectors cannot be edited."
        bar.clearWidgets()
        click(tool, canvas, 62.5, 62.5)
        assert form.requests == [] and bar.currentItem().text() == "The layer sectors cannot be edited."
        assert not sectors.isEditable() and values(sectors, "HZ-1-1-2")["status"] == "planned"
        canvas.unsetMapTool(tool)
        assert not sectors.isEditable() and audit_rows(audit) == []
    finally:
        sectors.setReadOnly(False)
