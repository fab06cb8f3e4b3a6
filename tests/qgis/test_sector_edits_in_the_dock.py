"""Marking sectors from the dock: the tool's Save and Cancel edits, and who changed what (the audit view)."""

from __future__ import annotations

import datetime as dt

import pytest
import shapely
from qgis.core import QgsPointXY, QgsProject, QgsRectangle, QgsSettings, QgsVectorLayer
from qgis.gui import QgsMapMouseEvent, QgsMessageBar
from qgis.PyQt.QtCore import QCoreApplication, QDate, QEvent, QLocale, QPoint, QSettings, Qt
from qgis.PyQt.QtGui import QContextMenuEvent
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication

from clearground.ui.context import DockContext
from clearground.ui.mark_tool import MarkSectorsTool, release_mark_tool
from clearground.ui.session import WorkspaceSession
from clearground.ui.tabs.sectors import Tab as SectorsTab
from clearground.workspace import create_workspace
from clearground.workspace.sector_edits import StatusChange
from clearground.workspace.writer import FeatureColumns

X0, Y0, CELL = 46.900, 40.000, 0.0005  # lon, lat of the first sector; about 40 m cells
DAY = dt.date(2025, 3, 12)


@pytest.fixture
def opened(provider, qgis_canvas, qgis_new_project, tmp_path):
    """A workspace with record MR-1 and its four sectors, opened; the Sectors tab and the canvas on them."""
    ws = create_workspace(tmp_path / "ws.gpkg")
    ws.append({"minefield_records": FeatureColumns(
        {"record_id": ["MR-1"], "district": ["Agdam District"]}, [shapely.box(X0, Y0, X0 + 4 * CELL, Y0 + CELL)])})
    ws.append({"sectors": FeatureColumns(
        {"sector_id": [f"MR-1-S{i}" for i in range(4)], "parent_id": ["MR-1"] * 4, "status": ["planned"] * 4},
        [shapely.box(X0 + i * CELL, Y0, X0 + (i + 1) * CELL, Y0 + CELL) for i in range(4)])})
    project = QgsProject.instance()
    session = WorkspaceSession(project, QgsSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    bar = QgsMessageBar()
    answers: list[bool] = []
    questions: list[str] = []

    def confirm(question: str) -> bool:
        questions.append(question)
        return answers.pop(0) if answers else False

    tab = SectorsTab(DockContext(session, qgis_canvas, bar, project), confirm=confirm)
    tab.resize(420, 700)
    tab.show()
    session.open(ws.path)
    window = qgis_canvas.window()
    window.show()
    QCoreApplication.processEvents()
    qgis_canvas.setLayers([session.layer("sectors")])
    qgis_canvas.setExtent(QgsRectangle(X0 - CELL, Y0 - CELL, X0 + 5 * CELL, Y0 + 2 * CELL))
    yield session, tab, bar, questions, answers
    release_mark_tool(qgis_canvas)
    layer = session.layer("sectors")
    if layer is not None and layer.isEditable():
        layer.rollBack()
    qgis_canvas.setLayers([])
    session.close()
    tab.close()
    window.hide()


def click_sector(canvas, tool, i: int) -> None:
    """Press and release the left button on the middle of sector i."""
    p = canvas.getCoordinateTransform().transform(QgsPointXY(X0 + (i + 0.5) * CELL, Y0 + 0.5 * CELL))
    pixel = QPoint(round(p.x()), round(p.y()))
    for kind, buttons in ((QEvent.Type.MouseButtonPress, Qt.MouseButton.LeftButton),
                          (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton)):
        event = QgsMapMouseEvent(canvas, kind, pixel, Qt.MouseButton.LeftButton, buttons,
                                 Qt.KeyboardModifier.NoModifier)
        (tool.canvasPressEvent if kind == QEvent.Type.MouseButtonPress else tool.canvasReleaseEvent)(event)


def use_tool(tab, canvas, change: StatusChange) -> MarkSectorsTool:
    QTest.mouseClick(tab.mark_button, Qt.MouseButton.LeftButton)
    tool = canvas.mapTool()
    assert isinstance(tool, MarkSectorsTool)
    tool.form_factory = lambda request: change  # the analyst's answer in the form
    tool.user = "amina.h"
    return tool


def stored(session, sector_id: str) -> dict:
    fresh = QgsVectorLayer(session.workspace.uri("sectors"), "stored", "ogr")
    feature = next(f for f in fresh.getFeatures() if f["sector_id"] == sector_id)
    return {name: feature[name] for name in ("status", "team", "version")}


def test_the_tool_bar_of_the_sectors_tab_saves_and_cancels_the_edits(opened, qgis_canvas):
    session, tab, bar, questions, answers = opened
    layer = session.layer("sectors")
    assert not tab.save_button.isEnabled() and not tab.rollback_button.isEnabled()
    tool = use_tool(tab, qgis_canvas, StatusChange("in_progress", DAY, team="Team 4"))
    click_sector(qgis_canvas, tool, 1)
    assert layer.isModified()
    assert bar.currentItem().text().startswith("1 sector(s) marked “In progress”. Press Save edits")
    assert tab.save_button.isEnabled() and tab.rollback_button.isEnabled()

    QTest.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert not layer.isModified() and stored(session, "MR-1-S1") == {"status": "in_progress", "team": "Team 4",
                                                                   "version": 2}
    assert layer.isEditable()  # the tool is still in use: its next click is again one undoable edit
    assert "1 sector(s) saved" in bar.currentItem().text()
    assert not tab.save_button.isEnabled()

    tool.form_factory = lambda request: StatusChange("cleared", DAY, team="Team 4")
    click_sector(qgis_canvas, tool, 2)
    answers.append(False)  # "drop the changes?" - no
    QTest.mouseClick(tab.rollback_button, Qt.MouseButton.LeftButton)
    assert questions == ["Drop the unsaved changes of 1 sector(s)?"] and layer.isModified()
    answers.append(True)
    QTest.mouseClick(tab.rollback_button, Qt.MouseButton.LeftButton)
    assert not layer.isModified() and layer.isEditable()
    assert next(f for f in layer.getFeatures() if f["sector_id"] == "MR-1-S2")["status"] == "planned"
    assert stored(session, "MR-1-S2")["status"] == "planned"
    assert not tab.rollback_button.isEnabled()

    qgis_canvas.unsetMapTool(tool)  # nothing left unsaved: the session the tool opened is closed again
    assert not layer.isEditable()


def _rows(dialog) -> list[dict]:
    view = dialog.view
    names = [view.horizontalHeaderItem(c).text() for c in range(view.columnCount())]
    return [{names[c]: view.item(r, c).text() for c in range(view.columnCount())} for r in range(view.rowCount())]


def test_the_history_of_a_sector_and_of_a_record_says_who_changed_what_and_when(opened, qgis_canvas):
    session, tab, bar, _, _ = opened
    layer = session.layer("sectors")
    tool = use_tool(tab, qgis_canvas, StatusChange("in_progress", DAY, team="Team 4", method="manual"))
    click_sector(qgis_canvas, tool, 1)
    QTest.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    tool.form_factory = lambda request: StatusChange("cleared", DAY, team="Team 4", method="manual", depth_cm=20)
    click_sector(qgis_canvas, tool, 0)
    QTest.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qgis_canvas.unsetMapTool(tool)

    layer.selectByIds([f.id() for f in layer.getFeatures() if f["sector_id"] == "MR-1-S1"])
    QTest.mouseClick(tab.history_button, Qt.MouseButton.LeftButton)
    dialog = tab.history_dialog
    assert dialog.isVisible() and dialog.windowTitle() == "History of MR-1-S1"
    rows = _rows(dialog)
    changes = {row["Field"]: row["Change"] for row in rows}
    assert changes["Status"] == "Planned → In progress"
    assert changes["Team"] == "(empty) → Team 4"
    assert changes["Method"] == "(empty) → Manual"
    day = QLocale().toString(QDate(2025, 3, 12), QLocale.FormatType.ShortFormat)
    assert changes["Status date"] == "(empty) → " + day and "Version" not in changes
    assert {row["Who"] for row in rows} == {"amina.h"} and {row["Sector or record"] for row in rows} == {"MR-1-S1"}
    assert "status" not in changes and "root" not in {row["Who"] for row in rows}
    assert all(row["When"] for row in rows)

    # per record: right click on its row of the progress table, "History of MR-1…"
    layer.removeSelection()
    tab.refresh()
    row = next(r for r in range(tab.table.rowCount()) if tab.table.item(r, 0).text() == "MR-1")
    position = tab.table.visualItemRect(tab.table.item(row, 0)).center()
    QApplication.sendEvent(tab.table.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, position))
    (action,) = tab.table_menu.actions()
    assert action.text() == "History of MR-1…"
    action.trigger()
    rows = _rows(tab.history_dialog)
    assert {row["Sector or record"] for row in rows} == {"MR-1-S0", "MR-1-S1"}
    assert rows[0]["Sector or record"] == "MR-1-S0"  # newest first
    assert {row["Field"]: row["Change"] for row in rows if row["Sector or record"] == "MR-1-S0"}["Depth (cm)"] \
        == "(empty) → 20"
    tab.history_dialog.close()
