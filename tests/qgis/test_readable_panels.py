"""Panels an analyst can read: whole texts, words instead of codes, boxes that follow what is selected."""

from __future__ import annotations

import pytest
import shapely
from qgis.core import QgsProject, QgsSettings
from qgis.gui import QgsMessageBar
from qgis.PyQt.QtCore import QSettings, Qt
from qgis.PyQt.QtTest import QTest

from clearground.ui.context import DockContext
from clearground.ui.session import WorkspaceSession
from clearground.ui.tabs.records import Tab as RecordsTab
from clearground.ui.tabs.sectors import Tab as SectorsTab
from clearground.workspace import create_workspace
from clearground.workspace.writer import FeatureColumns


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
    })
    return ws


@pytest.fixture
def panels(provider, qgis_canvas, qgis_new_project, workspace, tmp_path):
    project = QgsProject.instance()
    session = WorkspaceSession(project, QgsSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    bar = QgsMessageBar()
    context = DockContext(session, qgis_canvas, bar, project)
    tabs = {"records": RecordsTab(context), "sectors": SectorsTab(context)}
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
