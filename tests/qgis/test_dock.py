"""The dock's workspace chooser: new, open, recent, close, errors in the message bar, styled layers."""

from __future__ import annotations

from pathlib import Path

import pytest
from qgis.core import QgsCategorizedSymbolRenderer, QgsProject, QgsSettings
from qgis.gui import QgsMessageBar
from qgis.PyQt.QtCore import Qt

from clearground.core import palette, schema
from clearground.ui.context import DockContext
from clearground.ui.dock import ClearGroundDock
from clearground.ui.session import RECENT_KEY, WorkspaceSession


@pytest.fixture
def dock(qgis_canvas, qgis_new_project):
    settings = QgsSettings("ClearGroundTests", "dock")
    settings.remove(RECENT_KEY)
    project = QgsProject.instance()
    session = WorkspaceSession(project, settings)
    bar = QgsMessageBar()
    widget = ClearGroundDock(DockContext(session, qgis_canvas, bar, project))
    yield widget
    session.close()
    widget.deleteLater()


def last_message(bar: QgsMessageBar) -> str:
    item = bar.currentItem()
    return item.text() if item is not None else ""


def test_new_workspace_adds_the_styled_layers_in_one_group(dock, tmp_path: Path):
    path = tmp_path / "district.gpkg"
    dock.new_workspace(str(path))
    assert path.exists()
    label = dock.workspace_label.text()
    assert "district.gpkg" in label and f"schema v{schema.SCHEMA_VERSION}" in label
    group = QgsProject.instance().layerTreeRoot().findGroup("ClearGround: district")
    assert group is not None
    layers = {node.layer().customProperty("clearground/layer"): node.layer() for node in group.findLayers()}
    assert set(layers) == set(schema.LAYER_NAMES)
    sectors = layers["sectors"].renderer()
    assert isinstance(sectors, QgsCategorizedSymbolRenderer) and sectors.classAttribute() == "status"
    colours = {c.value(): c.symbol().color().name().upper() for c in sectors.categories() if c.value()}
    assert colours["cleared"] == palette.SECTOR_STATUS["cleared"][0].upper()
    hazards = layers["hazard_areas"].renderer()
    cha = next(c for c in hazards.categories() if c.value() == "CHA")
    outline = cha.symbol().symbolLayer(0)
    assert outline.strokeColor().name().upper() == palette.HAZARD_OUTLINE["CHA"]
    assert outline.brushStyle() == Qt.BrushStyle.NoBrush  # an outline: the sectors over it keep their colours
    finds = layers["finds"].renderer()
    assert {c.value() for c in finds.categories() if c.value()} == set(palette.CATEGORY)
    assert "Created workspace" in last_message(dock.context.message_bar)


def test_open_recent_and_close(dock, tmp_path: Path):
    first, second = tmp_path / "a.gpkg", tmp_path / "b.gpkg"
    dock.new_workspace(str(first))
    dock.new_workspace(str(second))
    assert dock.context.session.recent()[:2] == [str(second), str(first)]
    dock.open_workspace(str(first))
    assert dock.context.session.workspace.path == first
    root = QgsProject.instance().layerTreeRoot()
    assert root.findGroup("ClearGround: b") is None  # the previous workspace's layers went away
    assert dock.context.session.layer("finds") is not None
    dock._fill_menu()
    recent_menu = next(a.menu() for a in dock.menu.actions() if a.menu() is not None)
    assert [a.text() for a in recent_menu.actions()][:2] == [str(first), str(second)]
    dock.close_workspace()
    assert dock.context.session.workspace is None and root.findGroup("ClearGround: a") is None
    assert "No workspace open" in dock.workspace_label.text()
    assert QgsProject.instance().count() == 0


def test_bad_file_shows_an_error_and_keeps_the_open_workspace(dock, tmp_path: Path):
    good = tmp_path / "good.gpkg"
    dock.new_workspace(str(good))
    bogus = tmp_path / "bogus.gpkg"
    bogus.write_text("not a database")
    dock.open_workspace(str(bogus))
    assert "not a GeoPackage" in last_message(dock.context.message_bar)
    assert dock.context.session.workspace.path == good
    assert dock.context.session.layer("sectors") is not None
