"""The Tally tab, driven through its widgets: run, table, chart, row click, export, copy, choropleth."""

from __future__ import annotations

import csv

import numpy as np
import pytest
from osgeo import ogr, osr
from qgis.core import QgsGraduatedSymbolRenderer, QgsProject, QgsSettings, QgsVectorLayer
from qgis.gui import QgsMessageBar
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication

from clearground.core.categories import CATEGORIES
from clearground.ui.context import DockContext
from clearground.ui.session import RECENT_KEY, WorkspaceSession
from clearground.ui.tabs.tally import Tab

from .panel_helpers import press_and_wait

COLUMNS = ["district", "period", *CATEGORIES, "total", "cleared_ha", "reduced_ha", "cancelled_ha"]


def _finds(path, n=1500, seed=21) -> QgsVectorLayer:
    rng = np.random.default_rng(seed)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    lyr = ds.CreateLayer("finds", srs, ogr.wkbPoint, options=["FID=fid"])
    for name, kind in (("find_id", ogr.OFTString), ("found_date", ogr.OFTDate), ("category", ogr.OFTString),
                       ("quantity", ogr.OFTInteger)):
        lyr.CreateField(ogr.FieldDefn(name, kind))
    lyr.StartTransaction()
    for i in range(n):
        f = ogr.Feature(lyr.GetLayerDefn())
        f["find_id"] = f"F-{i:05d}"
        f["category"] = CATEGORIES[int(rng.integers(len(CATEGORIES)))]
        f["quantity"] = int(rng.integers(1, 4))
        f["found_date"] = str(np.datetime64("2024-01-01") + int(rng.integers(0, 91)))
        f.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({rng.uniform(45.5, 48.5)!r} {rng.uniform(39.3, 41.0)!r})"))
        lyr.CreateFeature(f)
    lyr.CommitTransaction()
    ds = None
    return QgsVectorLayer(f"{path}|layername=finds", "field finds", "ogr")


@pytest.fixture
def tab(provider, qgis_canvas, qgis_new_project, districts_path, tmp_path):
    project = QgsProject.instance()
    settings = QgsSettings("ClearGroundTests", "tally")
    settings.remove(RECENT_KEY)
    session = WorkspaceSession(project, settings)
    path = districts_path
    districts = QgsVectorLayer(str(path), "districts", "ogr")
    finds = _finds(tmp_path / "finds.gpkg")
    project.addMapLayers([districts, finds])
    widget = Tab(DockContext(session, qgis_canvas, QgsMessageBar(), project))
    widget.finds_combo.setLayer(finds)
    widget.districts_combo.setLayer(districts)
    widget.test_layers = {"finds": finds, "districts": districts}
    yield widget
    session.close()
    widget.deleteLater()


def _click_and_wait(tab: Tab) -> list:
    """Press 'Tally' and wait for the background task to report back."""
    return press_and_wait(tab.run_button, tab.tallied, tab.failed)


def _table_numbers(tab: Tab) -> list[dict]:
    header = [tab.table.horizontalHeaderItem(c).text() for c in range(tab.table.columnCount())]
    rows = []
    for r in range(tab.table.rowCount()):
        row = {header[c]: tab.table.item(r, c).data(Qt.UserRole) for c in range(1, len(header))}
        row["name"] = tab.table.item(r, 0).text()
        rows.append(row)
    return rows


def test_defaults_come_from_the_open_workspace(tab, tmp_path):
    tab.context.session.new(str(tmp_path / "w.gpkg"))
    assert tab.finds_combo.currentLayer() is tab.context.session.layer("finds")
    assert tab.sectors_combo.currentLayer() is tab.context.session.layer("sectors")
    assert tab.category_field.currentField() == "category"
    assert tab.quantity_field.currentField() == "quantity"
    assert tab.date_field.currentField() == "found_date"
    assert tab.district_field.currentField() == "shapeName"


def test_tally_table_matches_native_count_and_the_chart_matches_the_table(tab, run_alg):
    tab.district_field.setField("shapeID")
    assert _click_and_wait(tab) == ["ok"]
    rows = _table_numbers(tab)
    assert len(rows) == 79 + 2 and rows[-2]["name"] == "Unassigned" and rows[-1]["name"] == "Total"
    finds, districts = tab.test_layers["finds"], tab.test_layers["districts"]
    counted = run_alg("native:countpointsinpolygon", {"POLYGONS": districts, "POINTS": finds, "WEIGHT": "quantity",
                                                      "FIELD": "NUMPOINTS", "OUTPUT": "memory:"})["OUTPUT"]
    oracle = {f["shapeID"]: int(f["NUMPOINTS"]) for f in counted.getFeatures()}
    for r, (_index, row) in enumerate(tab.shown[:-1]):
        assert rows[r]["Total"] == oracle[row["district"]]
    weights = sum(f["quantity"] for f in finds.getFeatures())
    assert rows[-1]["Total"] == weights
    assert sum(r["Total"] for r in rows[:-1]) == weights
    for cat in CATEGORIES:
        assert rows[-1][cat] == sum(r[cat] for r in rows[:-1])
    bars = tab.chart.bar_totals()
    assert 0 < len(bars) <= 15
    by_name = {row["district"]: row["total"] for _, row in tab.shown}
    for name, length in bars.items():
        assert length == by_name[name]
    assert max(bars.values()) == max(r["total"] for i, r in tab.shown if i < 79)


def test_periods_and_date_range_from_the_widgets(tab):
    tab.period_combo.setCurrentIndex(tab.period_combo.findData("month"))
    tab.from_check.setChecked(True)
    tab.from_date.setDate(tab.from_date.date().fromString("2024-02-01", "yyyy-MM-dd"))
    tab.to_check.setChecked(True)
    tab.to_date.setDate(tab.to_date.date().fromString("2024-03-31", "yyyy-MM-dd"))
    assert _click_and_wait(tab) == ["ok"]
    views = [tab.view_combo.itemData(i) for i in range(tab.view_combo.count())]
    assert views == [None, "2024-02", "2024-03"]
    all_total = _table_numbers(tab)[-1]["Total"]
    month_totals = []
    for i in (1, 2):
        tab.view_combo.setCurrentIndex(i)
        month_totals.append(_table_numbers(tab)[-1]["Total"])
    finds = tab.test_layers["finds"]
    expected = sum(f["quantity"] for f in finds.getFeatures()
                   if "2024-02-01" <= f["found_date"].toString("yyyy-MM-dd") <= "2024-03-31")
    assert all_total == sum(month_totals) == expected


def test_clicking_a_row_selects_and_zooms_to_the_district(tab):
    assert _click_and_wait(tab) == ["ok"]
    districts = tab.test_layers["districts"]
    r = 5
    rect = tab.table.visualItemRect(tab.table.item(r, 0))
    QTest.mouseClick(tab.table.viewport(), Qt.LeftButton, Qt.NoModifier, rect.center())
    fid = tab.district_fids[tab.shown[r][0]]
    assert districts.selectedFeatureIds() == [fid]
    box = districts.getFeature(fid).geometry().boundingBox()
    extent = tab.context.canvas.extent()
    assert extent.contains(box)
    assert extent.width() < box.width() * 3 or extent.height() < box.height() * 3


def test_export_csv_xlsx_and_copy(tab, tmp_path):
    assert _click_and_wait(tab) == ["ok"]
    records = tab.table_records()
    csv_path = tab.export(str(tmp_path / "tally"), "CSV")
    with open(csv_path, newline="", encoding="utf-8") as fh:
        read = list(csv.DictReader(fh))
    assert list(read[0]) == COLUMNS and len(read) == len(records) == 81
    for got, want in zip(read, records):
        assert got["district"] == want["district"] and int(got["total"]) == want["total"]
    assert read[-1]["district"] == "Total" and read[-2]["district"] == "unassigned"
    xlsx_path = tab.export(str(tmp_path / "tally.xlsx"), "XLSX")
    ds = ogr.Open(xlsx_path)
    sheet = ds.GetLayer(0)
    got = [(f["district"], f["AP"], f["total"]) for f in sheet]
    assert got == [(r["district"], r["AP"], r["total"]) for r in records]
    text = tab.copy()
    assert QApplication.clipboard().text() == text
    lines = text.strip().split("\n")
    assert lines[0].split("\t") == COLUMNS and len(lines) == 82


def test_choropleth_in_one_click(tab):
    assert _click_and_wait(tab) == ["ok"]
    QTest.mouseClick(tab.choropleth_button, Qt.LeftButton)
    layer = tab.choropleth_layer
    assert QgsProject.instance().mapLayer(layer.id()) is layer
    assert layer.featureCount() == 79
    renderer = layer.renderer()
    assert isinstance(renderer, QgsGraduatedSymbolRenderer) and renderer.classAttribute() == "total"
    ranges = [r for r in renderer.ranges() if r.label() != "No finds"]
    totals = [f["total"] for f in layer.getFeatures()]
    assert 2 <= len(ranges) <= 5
    assert ranges[0].lowerValue() <= min(totals) and ranges[-1].upperValue() >= max(totals)
    colours = [r.symbol().color().name() for r in ranges]
    assert len(set(colours)) == len(colours)


def test_missing_layers_are_reported(tab):
    tab.finds_combo.setLayer(None)
    outcome = _click_and_wait(tab)
    assert outcome and outcome[0] != "ok"
    assert "finds layer" in tab.context.message_bar.currentItem().text()


def test_the_dock_shows_the_tally_tab(tab):
    from clearground.ui.dock import ClearGroundDock

    dock = ClearGroundDock(tab.context)
    try:
        titles = [dock.tabs.tabText(i) for i in range(dock.tabs.count())]
        assert "Tally" in titles
    finally:
        dock.deleteLater()
