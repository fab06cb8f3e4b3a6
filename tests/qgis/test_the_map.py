"""The map an analyst sees when a workspace opens: district names that agree with the district layer."""

from __future__ import annotations

import pytest
import shapely
from qgis.core import QgsPointXY, QgsProject, QgsRectangle, QgsSettings
from qgis.gui import QgsMessageBar
from qgis.PyQt.QtCore import QSettings
from qgis.PyQt.QtGui import QColor

from clearground.ui.context import DockContext
from clearground.ui.session import WorkspaceSession
from clearground.ui.tabs.sectors import COLUMNS
from clearground.ui.tabs.sectors import Tab as SectorsTab
from clearground.workspace import create_workspace
from clearground.workspace.writer import FeatureColumns

#: Three records near Aghdam (lon, lat of their south-west corner) and how their files name the district.
RECORDS = (("MR-1", 46.90, 40.00, "Aghdam"), ("MR-2", 46.92, 40.00, "Agdam District"),
           ("MR-3", 47.10, 39.60, "Füzuli"))
CELL = 0.0005  # degrees: about 40 m


def _workspace(path):
    ws = create_workspace(path)
    records = [shapely.box(x, y, x + 0.004, y + 0.003) for _, x, y, _ in RECORDS]
    ws.append({"minefield_records": FeatureColumns(
        {"record_id": [r[0] for r in RECORDS], "district": [r[3] for r in RECORDS]}, records)})
    ids, parents, cells = [], [], []
    for record_id, x, y, _ in RECORDS:
        for i in range(4):
            ids.append(f"{record_id}-S{i}")
            parents.append(record_id)
            cells.append(shapely.box(x + i * CELL, y, x + (i + 1) * CELL, y + CELL))
    ws.append({"sectors": FeatureColumns({"sector_id": ids, "parent_id": parents,
                                          "status": ["planned"] * len(ids)}, cells)})
    return ws


@pytest.fixture
def opened(provider, qgis_canvas, qgis_new_project, tmp_path):
    """The workspace opened in an empty project (the shipped districts come with it), and the Sectors tab."""
    ws = _workspace(tmp_path / "ws.gpkg")
    project = QgsProject.instance()
    session = WorkspaceSession(project, QgsSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    bar = QgsMessageBar()
    context = DockContext(session, qgis_canvas, bar, project)
    sectors = SectorsTab(context)
    session.open(ws.path)
    sectors.refresh()
    yield session, sectors, bar
    session.close()


def _column(table, name):
    return [table.item(r, COLUMNS.index(name)).text() for r in range(table.rowCount())]


def test_district_names_of_the_records_are_matched_to_the_district_layer_and_the_tab_says_so(opened):
    session, sectors, _ = opened
    assert sectors.districts_combo.currentLayer().customProperty("clearground/shipped_districts")
    assert sectors.district_field.currentField() == "shapeName"
    sectors.level.setCurrentIndex(sectors.level.findData("district"))
    assert _column(sectors.table, "key") == ["Agdam District", "Fuzuli District", "All"]
    assert _column(sectors.table, "sectors") == ["8", "4", "12"]
    per_record = {row.key: row.district for row in sectors.per_parent}
    assert per_record == {"MR-1": "Agdam District", "MR-2": "Agdam District", "MR-3": "Fuzuli District"}
    note = sectors.names_note.text()
    assert sectors.names_note.isVisibleTo(sectors)
    assert "Aghdam → Agdam District" in note and "Füzuli → Fuzuli District" in note
    assert "Districts of Azerbaijan (geoBoundaries)" in note

    sectors.districts_combo.setLayer(None)  # no district layer: the names as the records write them
    sectors.refresh()
    assert _column(sectors.table, "key") == ["Agdam District", "Aghdam", "Füzuli", "All"]
    assert not sectors.names_note.isVisibleTo(sectors)


@pytest.mark.parametrize("before", ["EPSG:4326", "none", "EPSG:3857"])
def test_a_workspace_opens_in_the_utm_zone_of_its_records_unless_the_project_has_a_projected_crs(
        provider, qgis_canvas, qgis_new_project, tmp_path, before):
    from qgis.core import QgsCoordinateReferenceSystem
    from qgis.PyQt.QtWidgets import QApplication

    from clearground.ui.dock import ClearGroundDock

    ws = _workspace(tmp_path / "ws.gpkg")  # records at 46.9-47.1 E, 39.6-40.0 N: UTM zone 38 north
    project = QgsProject.instance()
    project.setCrs(QgsCoordinateReferenceSystem(before) if before != "none" else QgsCoordinateReferenceSystem())
    session = WorkspaceSession(project, QgsSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    bar = QgsMessageBar()
    dock = ClearGroundDock(DockContext(session, qgis_canvas, bar, project))
    dock.open_workspace(str(ws.path))
    text = bar.currentItem().text()
    if before == "EPSG:3857":  # the analyst's own choice stays
        assert project.crs().authid() == "EPSG:3857" and session.crs_fitted is None
        assert text == "Opened workspace ws.gpkg."
    else:
        assert project.crs().authid() == "EPSG:32638" and session.crs_fitted.authid() == "EPSG:32638"
        assert qgis_canvas.mapSettings().destinationCrs().authid() == "EPSG:32638"
        assert text.startswith("Opened workspace ws.gpkg. The map is now in EPSG:32638 (WGS 84 / UTM zone 38N)")
        # QGIS's own deferred step gives a new project the CRS of its first layer: the workspace's comes back
        project.setCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
        QApplication.processEvents()
        assert project.crs().authid() == "EPSG:32638"
    session.close()
    dock.deleteLater()


def _render(canvas, layers, extent):
    """The map as the canvas draws it (its settings, these layers), 400 x 400 pixels."""
    from qgis.core import QgsMapRendererSequentialJob
    from qgis.PyQt.QtCore import QSize

    settings = canvas.mapSettings()
    settings.setLayers(layers)
    settings.setOutputSize(QSize(400, 400))
    settings.setExtent(_to_map(settings).transformBoundingBox(extent))
    settings.setBackgroundColor(QColor("white"))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    return job.renderedImage(), settings


def _to_map(settings):
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform

    return QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), settings.destinationCrs(),
                                  QgsProject.instance())


def _pixel(image, settings, lon, lat) -> QColor:
    p = settings.mapToPixel().transform(_to_map(settings).transform(QgsPointXY(lon, lat)))
    return QColor(image.pixel(round(p.x()), round(p.y())))


def test_sectors_over_a_hazard_keep_the_colours_of_their_legend(provider, qgis_canvas, qgis_new_project, tmp_path):
    from clearground.core import palette

    ws = create_workspace(tmp_path / "ws.gpkg")
    hazard = shapely.box(46.900, 40.000, 46.906, 40.004)
    ws.append({"hazard_areas": FeatureColumns({"hazard_id": ["HZ-1"], "classification": ["CHA"]}, [hazard])})
    statuses = ["cleared", "reduced", "in_progress"]
    ws.append({"sectors": FeatureColumns(
        {"sector_id": [f"S-{s}" for s in statuses], "parent_id": ["HZ-1"] * 3, "status": statuses},
        [shapely.box(46.901 + i * 0.0015, 40.001, 46.902 + i * 0.0015, 40.002) for i in range(3)])})
    project = QgsProject.instance()
    session = WorkspaceSession(project, QgsSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    session.open(ws.path)
    qgis_canvas.setDestinationCrs(project.crs())
    layers = [session.layer("sectors"), session.layer("hazard_areas")]  # as the workspace group draws them
    image, settings = _render(qgis_canvas, layers, QgsRectangle(46.8995, 39.9995, 46.9065, 40.0045))
    for i, status in enumerate(statuses):
        got = _pixel(image, settings, 46.9015 + i * 0.0015, 40.0015)
        want = QColor(palette.SECTOR_STATUS[status][0])
        assert max(abs(got.red() - want.red()), abs(got.green() - want.green()), abs(got.blue() - want.blue())) <= 3, \
            (status, got.name(), want.name())
    inside = _pixel(image, settings, 46.9005, 40.0035)  # hazard ground without a sector: the map shows through
    assert inside.name() == "#ffffff"
    border = [_pixel(image, settings, 46.900 + dx, 40.002) for dx in (-0.00001, 0.0, 0.00001)]
    assert any(c.red() > 200 and c.green() < 80 and c.blue() < 80 for c in border)  # the CHA's red outline
    session.close()


def test_the_choropleth_has_its_own_group_under_the_finds_and_shades_the_period_shown(
        provider, qgis_canvas, qgis_new_project, tmp_path, districts_path):
    import datetime as dt
    import json

    import numpy as np
    from qgis.core import QgsGraduatedSymbolRenderer
    from qgis.PyQt.QtCore import QEventLoop, Qt, QTimer
    from qgis.PyQt.QtTest import QTest

    from clearground.ui.tabs.tally import Tab as TallyTab

    where = {f["properties"]["shapeName"]: shapely.point_on_surface(shapely.geometry.shape(f["geometry"]))
             for f in json.loads(districts_path.read_text(encoding="utf-8"))["features"]}
    # February: 6 in Agdam; March: 4 in Fuzuli, 2 in Zangilan, 1 in Agdam
    finds = [("Agdam District", dt.date(2025, 2, 10))] * 6 + [("Fuzuli District", dt.date(2025, 3, 3))] * 4 + \
        [("Zangilan District", dt.date(2025, 3, 4))] * 2 + [("Agdam District", dt.date(2025, 3, 5))]
    ws = create_workspace(tmp_path / "ws.gpkg")
    ws.append({"finds": FeatureColumns(
        {"find_id": [f"F-{i}" for i in range(len(finds))], "category": ["AP"] * len(finds),
         "found_date": [day for _, day in finds]},
        np.array([(where[name].x, where[name].y) for name, _ in finds]))})
    project = QgsProject.instance()
    session = WorkspaceSession(project, QgsSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    tab = TallyTab(DockContext(session, qgis_canvas, QgsMessageBar(), project))
    session.open(ws.path)
    tab.period_combo.setCurrentIndex(tab.period_combo.findData("month"))
    done = QEventLoop()
    tab.tallied.connect(done.quit)
    tab.failed.connect(lambda _m: done.quit())
    QTimer.singleShot(120_000, done.quit)
    QTest.mouseClick(tab.run_button, Qt.MouseButton.LeftButton)
    done.exec()
    tab.view_combo.setCurrentIndex(tab.view_combo.findData("2025-03"))
    QTest.mouseClick(tab.choropleth_button, Qt.MouseButton.LeftButton)
    layer = tab.choropleth_layer
    assert layer.name() == "Finds per district, 2025-03"

    root = project.layerTreeRoot()
    names = [node.name() for node in root.children()]
    workspace = names.index("ClearGround: ws")
    assert names[workspace + 1] == "ClearGround tally"  # its own group, under the workspace's (the finds on top)
    assert [n.layerId() for n in root.findGroup("ClearGround tally").findLayers()] == [layer.id()]
    assert root.findGroup("ClearGround: ws").findLayer(layer.id()) is None

    totals = {f["district"]: f["total"] for f in layer.getFeatures()}
    assert layer.featureCount() == 79 and sum(f["total"] for f in layer.getFeatures()) == 7  # March's, not all 13
    assert (totals["Fuzuli District"], totals["Zangilan District"], totals["Agdam District"]) == (4, 2, 1)
    renderer = layer.renderer()
    assert isinstance(renderer, QgsGraduatedSymbolRenderer)
    labels = [r.label() for r in renderer.ranges()]
    assert labels == ["No finds", "1", "2", "4"]  # March's non-zero totals; no "0 - 0"
    assert renderer.legendSymbolItems()[0].label() == "No finds"

    tab.view_combo.setCurrentIndex(tab.view_combo.findData("2025-02"))
    QTest.mouseClick(tab.choropleth_button, Qt.MouseButton.LeftButton)  # replaces the first map
    assert [n.layer().name() for n in root.findGroup("ClearGround tally").findLayers()] == \
        ["Finds per district, 2025-02"]
    assert [r.label() for r in tab.choropleth_layer.renderer().ranges()] == ["No finds", "6"]
    session.close()
