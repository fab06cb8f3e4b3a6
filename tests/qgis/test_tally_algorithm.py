"""clearground:tallyfinds against QGIS's own algorithms: native:countpointsinpolygon per category and
QgsDistanceArea ellipsoidal areas, on random data and on the real districts."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from osgeo import ogr, osr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsDistanceArea,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)

from clearground.core.categories import CATEGORIES

KNOWN = CATEGORIES[:-1]
TABLE_COLUMNS = ["district", "period", *CATEGORIES, "total", "cleared_ha", "reduced_ha", "cancelled_ha"]


def _write_finds(path, n, seed, bbox=(44.7, 38.3, 50.5, 42.0), dates=True) -> QgsVectorLayer:
    """A field GeoPackage of ``n`` random finds over ``bbox`` (lon/lat)."""
    rng = np.random.default_rng(seed)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    lyr = ds.CreateLayer("finds", srs, ogr.wkbPoint, options=["FID=fid"])
    for name, kind in (("find_id", ogr.OFTString), ("found_date", ogr.OFTDate), ("category", ogr.OFTString),
                       ("quantity", ogr.OFTInteger)):
        lyr.CreateField(ogr.FieldDefn(name, kind))
    spellings = list(KNOWN) + ["OTHER", "apm", "ТМ", "flare", "mortar bomb"]
    lyr.StartTransaction()
    for i in range(n):
        f = ogr.Feature(lyr.GetLayerDefn())
        f["find_id"] = f"F-{i:05d}"
        f["category"] = spellings[int(rng.integers(len(spellings)))]
        f["quantity"] = int(rng.integers(1, 5))
        if dates:
            f["found_date"] = str(np.datetime64("2024-01-01") + int(rng.integers(0, 366)))
        x, y = rng.uniform(bbox[0], bbox[2]), rng.uniform(bbox[1], bbox[3])
        f.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({x!r} {y!r})"))
        lyr.CreateFeature(f)
    lyr.CommitTransaction()
    ds = None
    layer = QgsVectorLayer(f"{path}|layername=finds", "finds", "ogr")
    assert layer.isValid()
    return layer


@pytest.fixture
def districts(qgis_app, districts_path):
    """The 79 real districts, owned by the project (so QGIS, not Python's collector, deletes the layer)."""
    path = districts_path
    layer = QgsVectorLayer(str(path), "districts", "ogr")
    assert layer.isValid() and layer.featureCount() == 79
    QgsProject.instance().addMapLayer(layer, False)
    yield layer
    QgsProject.instance().removeMapLayer(layer.id())


def _table(result) -> list[dict]:
    layer = result["OUTPUT_TABLE"]
    layer = layer if isinstance(layer, QgsVectorLayer) else QgsVectorLayer(layer, "t", "ogr")
    assert layer.fields().names() == TABLE_COLUMNS
    return [dict(zip(TABLE_COLUMNS, f.attributes())) for f in layer.getFeatures()]


def _oracle_counts(run_alg, finds, districts, expression, key, weight="quantity") -> dict:
    """native:countpointsinpolygon on the finds matching ``expression``: {district key: count}."""
    selected = run_alg("native:extractbyexpression", {"INPUT": finds, "EXPRESSION": expression,
                                                      "OUTPUT": "memory:"})["OUTPUT"]
    counted = run_alg("native:countpointsinpolygon", {"POLYGONS": districts, "POINTS": selected,
                                                      "WEIGHT": weight, "FIELD": "NUMPOINTS",
                                                      "OUTPUT": "memory:"})["OUTPUT"]
    return {f[key]: int(f["NUMPOINTS"]) for f in counted.getFeatures()}


def _category_expression(cat: str) -> str:
    aliases = {"AP": ["AP", "apm"], "AT": ["AT", "ТМ"]}
    if cat == "OTHER":
        known = [a for c in KNOWN for a in aliases.get(c, [c])]
        return '"category" NOT IN ({})'.format(", ".join(f"'{a}'" for a in known))
    return '"category" IN ({})'.format(", ".join(f"'{a}'" for a in aliases.get(cat, [cat])))


def test_counts_equal_native_countpointsinpolygon_on_the_real_districts(run_alg, tmp_path, districts):
    finds = _write_finds(tmp_path / "finds.gpkg", 4000, seed=11)
    feedback = QgsProcessingFeedback()
    result = run_alg("clearground:tallyfinds", {
        "FINDS": finds, "DISTRICTS": districts, "DISTRICT_FIELD": "shapeID", "QUANTITY_FIELD": "quantity",
        "OUTPUT_TABLE": "memory:", "OUTPUT_LAYER": "memory:"}, feedback=feedback)
    rows = _table(result)
    assert len(rows) == 80 and rows[-1]["district"] == "unassigned"
    by_id = {r["district"]: r for r in rows}
    for cat in CATEGORIES:
        oracle = _oracle_counts(run_alg, finds, districts, _category_expression(cat), "shapeID")
        assert set(oracle) == set(by_id) - {"unassigned"}
        for district_id, count in oracle.items():
            assert by_id[district_id][cat] == count, (cat, district_id)
    weights = sum(f["quantity"] for f in finds.getFeatures())
    assert sum(r["total"] for r in rows) == weights == result["TOTAL"]
    assert result["UNASSIGNED"] == by_id["unassigned"]["total"] > 0
    assert result["UNMAPPED_CATEGORY"] == sum(1 for f in finds.getFeatures()
                                              if f["category"] in ("flare", "mortar bomb"))
    assert all(r["total"] == sum(r[c] for c in CATEGORIES) for r in rows)


def test_counts_on_random_polygons_in_another_crs(run_alg, tmp_path):
    """Random districts in UTM 38N, finds in WGS84: the tally works in the districts' CRS, like QGIS."""
    from qgis.core import QgsCoordinateTransform

    crs = QgsCoordinateReferenceSystem("EPSG:32638")
    polygons = QgsVectorLayer("Polygon?crs=EPSG:32638&field=code:integer&field=label:string", "p", "memory")
    rng = np.random.default_rng(5)
    # a jittered lattice: neighbours share their (irregular) edges, so the districts do not overlap
    lattice = {(i, j): QgsPointXY(600000 + i * 20000 + rng.uniform(-4000, 4000),
                                  4400000 + j * 20000 + rng.uniform(-4000, 4000))
               for i in range(5) for j in range(4)}
    features = []
    for k in range(12):
        i, j = k % 4, k // 4
        ring = [lattice[(i, j)], lattice[(i + 1, j)], lattice[(i + 1, j + 1)], lattice[(i, j + 1)]]
        f = QgsFeature(polygons.fields())
        f.setAttributes([k, f"D{k % 5}"])
        f.setGeometry(QgsGeometry.fromPolygonXY([ring]))
        features.append(f)
    polygons.dataProvider().addFeatures(features)
    extent = polygons.extent()
    extent.grow(5000)
    bbox = QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance()) \
        .transformBoundingBox(QgsRectangle(extent))
    finds = _write_finds(tmp_path / "f.gpkg", 3000, seed=3,
                         bbox=(bbox.xMinimum(), bbox.yMinimum(), bbox.xMaximum(), bbox.yMaximum()))
    result = run_alg("clearground:tallyfinds", {
        "FINDS": finds, "DISTRICTS": polygons, "DISTRICT_FIELD": "code",
        "OUTPUT_TABLE": "memory:", "OUTPUT_LAYER": "memory:"})
    by_code = {r["district"]: r for r in _table(result)}
    for cat in CATEGORIES:
        oracle = _oracle_counts(run_alg, finds, polygons, _category_expression(cat), "code", weight=None)
        for code, count in oracle.items():
            assert by_code[str(code)][cat] == count, (cat, code)
    assert sum(r["total"] for r in by_code.values()) == 3000
    layer = result["OUTPUT_LAYER"]
    assert layer.crs().authid() == "EPSG:32638" and layer.featureCount() == 12
    assert layer.fields().names()[:2] == ["code", "label"]
    assert sum(f["total"] for f in layer.getFeatures()) == 3000 - by_code["unassigned"]["total"]


def _sector_layer(districts: QgsVectorLayer) -> QgsVectorLayer:
    """Sectors of 100 m to 2 km across district boundaries, with every status."""
    sectors = QgsVectorLayer("Polygon?crs=EPSG:4326&field=sector_id:string&field=status:string"
                             "&field=status_date:date", "sectors", "memory")
    rng = np.random.default_rng(9)
    statuses = ["cleared", "reduced", "cancelled", "planned", "in_progress"]
    boundary = next(districts.getFeatures()).geometry()
    vertices = [v for v in boundary.vertices()]
    features = []
    for i in range(60):
        v = vertices[int(rng.integers(len(vertices)))]
        half = rng.uniform(0.0005, 0.01)
        rect = QgsRectangle(v.x() - half, v.y() - half * 0.8, v.x() + half * 1.3, v.y() + half)
        f = QgsFeature(sectors.fields())
        f.setAttributes([f"S{i}", statuses[i % 5], f"2024-0{1 + i % 6}-15"])
        f.setGeometry(QgsGeometry.fromRect(rect))
        features.append(f)
    sectors.dataProvider().addFeatures(features)
    return sectors


def test_hectares_equal_qgsdistancearea_within_a_hundredth_of_a_percent(run_alg, tmp_path, districts):
    sectors = _sector_layer(districts)
    finds = _write_finds(tmp_path / "f.gpkg", 10, seed=1)
    result = run_alg("clearground:tallyfinds", {
        "FINDS": finds, "DISTRICTS": districts, "DISTRICT_FIELD": "shapeID", "SECTORS": sectors,
        "OUTPUT_TABLE": "memory:", "OUTPUT_LAYER": "memory:"})
    by_id = {r["district"]: r for r in _table(result)}
    da = QgsDistanceArea()
    da.setSourceCrs(QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance().transformContext())
    da.setEllipsoid("WGS84")
    expected = {status: {} for status in ("cleared", "reduced", "cancelled")}
    for district in districts.getFeatures():
        for sector in sectors.getFeatures():
            if sector["status"] not in expected:
                continue
            piece = sector.geometry().intersection(district.geometry())
            if not piece.isEmpty():
                bucket = expected[sector["status"]]
                bucket[district["shapeID"]] = bucket.get(district["shapeID"], 0.0) + da.measureArea(piece) / 1e4
    checked = 0
    for status, per_district in expected.items():
        for district_id, ha in per_district.items():
            if ha > 1e-6:
                assert by_id[district_id][f"{status}_ha"] == pytest.approx(ha, rel=1e-4), (status, district_id)
                checked += 1
    assert checked > 10
    total_ha = sum(da.measureArea(s.geometry()) / 1e4 for s in sectors.getFeatures()
                   if s["status"] in expected)
    assert sum(r[f"{s}_ha"] for r in by_id.values() for s in expected) == pytest.approx(total_ha, rel=1e-4)


def test_periods_date_range_and_the_log(run_alg, tmp_path, districts):
    finds = _write_finds(tmp_path / "f.gpkg", 800, seed=4)
    finds.startEditing()
    blank = [f.id() for f in finds.getFeatures()][:5]
    for fid in blank:
        finds.changeAttributeValue(fid, finds.fields().indexOf("found_date"), None)
    finds.commitChanges()
    feedback = _Recorder()
    result = run_alg("clearground:tallyfinds", {
        "FINDS": finds, "DISTRICTS": districts, "DISTRICT_FIELD": "shapeName", "PERIOD": "month",
        "DATE_FROM": "2024-03-01", "DATE_TO": "2024-05-31",
        "OUTPUT_TABLE": "memory:", "OUTPUT_LAYER": "memory:"}, feedback=feedback)
    rows = _table(result)
    assert sorted({r["period"] for r in rows}) == ["2024-03", "2024-04", "2024-05"]
    assert len(rows) == 3 * 80
    assert [r["district"] for r in rows[:80]].count("Lankaran District") == 2
    in_range = [f for f in finds.getFeatures()
                if f["found_date"] and "2024-03-01" <= f["found_date"].toString("yyyy-MM-dd") <= "2024-05-31"]
    assert sum(r["total"] for r in rows) == result["TOTAL"] == len(in_range)
    assert result["NO_DATE"] == 5 and result["OUT_OF_RANGE"] == 800 - 5 - len(in_range)
    text = "\n".join(feedback.warnings)
    assert "5 finds have no date" in text and "F-00000 (fid 1)" in text
    assert "flare" not in text and "counted as OTHER" in text
    layer = result["OUTPUT_LAYER"]
    assert layer.featureCount() == 79
    assert layer.fields().names()[:5] == ["shapeISO", "shapeName", "shapeID", "shapeGroup", "shapeType"]
    unassigned = sum(r["total"] for r in rows if r["district"] == "unassigned")
    assert sum(f["total"] for f in layer.getFeatures()) == len(in_range) - unassigned


def test_default_district_field_selected_features_and_bad_quantity(run_alg, tmp_path, districts):
    finds = _write_finds(tmp_path / "f.gpkg", 200, seed=8)
    result = run_alg("clearground:tallyfinds", {
        "FINDS": finds, "DISTRICTS": districts, "OUTPUT_TABLE": "memory:", "OUTPUT_LAYER": "memory:"})
    rows = _table(result)
    assert rows[0]["district"] == "Khachmaz District" and sum(r["total"] for r in rows) == 200

    QgsProject.instance().addMapLayer(finds)
    try:
        finds.selectByIds([1, 2, 3])
        selected = run_alg("clearground:tallyfinds", {
            "FINDS": QgsProcessingFeatureSourceDefinition(finds.id(), True), "DISTRICTS": districts,
            "OUTPUT_TABLE": "memory:", "OUTPUT_LAYER": "memory:"}, context=_project_context())
        assert selected["TOTAL"] == 3

        finds.startEditing()
        finds.changeAttributeValue(2, finds.fields().indexOf("quantity"), -3)
        with pytest.raises(QgsProcessingException, match=r"quantity.*F-00001 \(fid 2\)"):
            run_alg("clearground:tallyfinds", {
                "FINDS": finds, "DISTRICTS": districts, "QUANTITY_FIELD": "quantity",
                "OUTPUT_TABLE": "memory:", "OUTPUT_LAYER": "memory:"}, context=_project_context())
        finds.rollBack()
    finally:
        QgsProject.instance().removeMapLayer(finds.id())


def test_an_empty_category_takes_its_models_category_from_a_field_teams_geopackage(run_alg, tmp_path, districts):
    """A field team's GeoPackage as they fill it in: categories left empty (null, "", spaces) with the
    model written in Russian or Latin, a model nobody lists, no model at all. Read in bulk (the
    category and model as bytes) and feature by feature (all features selected), the same tally:
    each empty category counted under the category of its model, the rest as OTHER and reported."""
    path = tmp_path / "team.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    lyr = ds.CreateLayer("finds", srs, ogr.wkbPoint, options=["FID=fid"])
    for name in ("find_id", "category", "model"):
        lyr.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    rows = [("A1", None, "ПМН-2"), ("A2", "", "TM-62M"), ("A3", "  ", "ТМ-62М"), ("A4", None, "самодельная"),
            ("A5", "", None), ("A6", "AP", "TM-62M"), ("A7", "мина", "ПМН-2"), ("A8", None, "pmn2")]
    for find_id, category, model in rows:
        f = ogr.Feature(lyr.GetLayerDefn())
        f["find_id"] = find_id
        if category is not None:
            f["category"] = category
        if model is not None:
            f["model"] = model
        f.SetGeometry(ogr.CreateGeometryFromWkt("POINT (46.95 40.15)"))
        lyr.CreateFeature(f)
    ds = None
    layer = QgsVectorLayer(f"{path}|layername=finds", "finds", "ogr")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    try:
        layer.selectAll()
        totals = []
        for finds, context in ((layer, None), (QgsProcessingFeatureSourceDefinition(layer.id(), True),
                                               _project_context())):
            result = run_alg("clearground:tallyfinds", {"FINDS": finds, "DISTRICTS": districts,
                                                        "OUTPUT_TABLE": "memory:", "OUTPUT_LAYER": "memory:"},
                             context=context)
            table = _table(result)
            totals.append(({c: sum(r[c] for r in table) for c in CATEGORIES}, result["UNMAPPED_CATEGORY"]))
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    # A1, A8 AP by their model; A2, A3 AT; A6 as written; A4 (unlisted), A5 (no model), A7 (no category)
    expected = dict.fromkeys(CATEGORIES, 0) | {"AP": 3, "AT": 2, "OTHER": 3}
    assert totals == [(expected, 3), (expected, 3)]


def _project_context() -> QgsProcessingContext:
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return context


class _Recorder(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.warnings: list[str] = []

    def pushWarning(self, text):  # noqa: N802 - QGIS API
        self.warnings.append(text)
        super().pushWarning(text)


QGIS_PROCESS = Path("/usr/bin/qgis_process.bin")


@pytest.mark.skipif(not QGIS_PROCESS.exists(), reason="qgis_process.bin is not installed")
def test_qgis_process_runs_tallyfinds_with_a_period(tmp_path, plugin_path, districts, run_alg):
    """In qgis_process QGIS's own GEOS is loaded first: the tally must still run (and give the same rows)."""
    finds = _write_finds(tmp_path / "finds.gpkg", 300, seed=17)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_PLUGINPATH=str(plugin_path),
               QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "profile"),
               PYTHONPATH=os.pathsep.join(p for p in sys.path if p.endswith("site-packages") and ".venv" in p))

    def run(*args):
        proc = subprocess.run([str(QGIS_PROCESS), *args], env=env, capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        return proc

    run("plugins", "enable", "clearground")
    table = tmp_path / "tally.csv"
    params = {"FINDS": str(tmp_path / "finds.gpkg"), "DISTRICTS": districts.source(), "DISTRICT_FIELD": "shapeID",
              "QUANTITY_FIELD": "quantity", "PERIOD": "quarter", "DATE_FROM": "2024-01-01", "DATE_TO": "2024-06-30"}
    proc = run("--json", "run", "clearground:tallyfinds", "--",
               *[f"{k}={v}" for k, v in params.items()], f"OUTPUT_TABLE={table}",
               f"OUTPUT_LAYER={tmp_path / 'districts.gpkg'}")
    result = json.loads(proc.stdout[proc.stdout.index("{"):])["results"]
    with open(table, newline="", encoding="utf-8") as fh:
        batch = list(csv.DictReader(fh))
    assert list(batch[0]) == TABLE_COLUMNS and len(batch) == 2 * 80
    inside = _table(run_alg("clearground:tallyfinds", dict(params, FINDS=finds, DISTRICTS=districts,
                                                           OUTPUT_TABLE="memory:", OUTPUT_LAYER="memory:")))
    assert [(r["district"], r["period"], int(r["total"])) for r in batch] == \
        [(r["district"], r["period"], r["total"]) for r in inside]
    assert int(result["TOTAL"]) == sum(r["total"] for r in inside) > 0

