"""Real mine-map files through processing.run: columns recognised by their values, one ordnance
dictionary, ids made where none exist, repairable geometry repaired, everything else rejected with
its reason; and the sectors of a national suspect-area file adding up to each area.

The small files are written by hand (tests/data/realfiles); the workbook and the national file are
written here with GDAL's own drivers, the way other tools write them, never with ClearGround's writers.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
from osgeo import gdal, ogr, osr
from qgis.core import QgsDistanceArea, QgsProcessingFeedback, QgsProject, QgsVectorLayer

REAL = Path(__file__).resolve().parents[1] / "data" / "realfiles"


class Log(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, text):  # noqa: N802 - QGIS API
        self.lines.append(text)

    def pushWarning(self, text):  # noqa: N802 - QGIS API
        self.lines.append(text)


def _import(run_alg, path, **extra):
    log = Log()
    result = run_alg("clearground:importminemap", {"INPUT": str(path), "OUTPUT_RECORDS": "memory:",
                                                   "OUTPUT_MINES": "memory:", "OUTPUT_REJECTS": "memory:", **extra},
                     feedback=log)
    rejects = {f["source_row"]: f["reason"] for f in result["OUTPUT_REJECTS"].getFeatures()}
    assert result["ROWS_IMPORTED"] + result["ROWS_REJECTED"] == result["ROWS_READ"]
    assert (result["ROWS_IMPORTED"] - result["ROWS_REPAIRED"]) + result["ROWS_REPAIRED"] + result["ROWS_REJECTED"] \
        == result["ROWS_READ"]
    assert len(rejects) == result["ROWS_REJECTED"] and all(reason for reason in rejects.values())
    return result, rejects, log.lines


def test_russian_utm_points_import_as_two_records_and_the_log_says_the_mapping(run_alg):
    result, rejects, lines = _import(run_alg, REAL / "miny_38n.geojson")
    assert rejects == {} and result["ROWS_READ"] == 10 and result["RECORDS"] == 2 and result["MINES"] == 10
    mines = list(result["OUTPUT_MINES"].getFeatures())
    assert {(f["category"], f["model"]) for f in mines} == {("AP", "PMN-2"), ("AT", "TM-62M")}
    assert any("record_id = 'запись'" in line and "repeat in runs" in line for line in lines)
    assert any("mine_no = 'номер'" in line for line in lines)
    assert any("'тип' is named like model, but 10 of 10 values are device categories" in line for line in lines)


def _workbook(path: Path) -> Path:
    """Record, Mine No, Type, Model, Latitude, Longitude as an operator's workbook has them (numbers as numbers)."""
    ds = gdal.GetDriverByName("XLSX").Create(str(path), 0, 0, 0, gdal.GDT_Unknown)
    layer = ds.CreateLayer("Sheet1", None, ogr.wkbNone)
    for name, kind in (("Record", ogr.OFTString), ("Mine No", ogr.OFTInteger), ("Type", ogr.OFTString),
                       ("Model", ogr.OFTString), ("Latitude", ogr.OFTReal), ("Longitude", ogr.OFTReal)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    rows = [("F-21", k, ("AP", "APM", "AT")[k % 3], ("PMN-2", "PMN", "TM-62M")[k % 3], 40.0100 + k * 1e-4,
             46.9100 + k * 1e-4) for k in range(1, 7)]
    rows += [("F-22", k, ("AP", "AT")[k % 2], ("PMN-2", "TM-62M")[k % 2], 40.0200 + k * 1e-4, 46.9200 + k * 1e-4)
             for k in range(1, 7)]
    for values in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for k, value in enumerate(values):
            feature.SetField(k, value)
        layer.CreateFeature(feature)
    ds = None
    return path


def test_a_workbooks_type_column_is_the_category_and_its_model_column_the_model(run_alg, tmp_path):
    result, rejects, lines = _import(run_alg, _workbook(tmp_path / "mines.xlsx"))
    assert rejects == {} and result["MINES"] == 12 and result["RECORDS"] == 2
    mines = list(result["OUTPUT_MINES"].getFeatures())
    assert {f["category"] for f in mines} == {"AP", "AT"}
    assert {f["model"] for f in mines} == {"PMN-2", "PMN", "TM-62M"}
    assert all((f["category"] == "AT") == (f["model"] == "TM-62M") for f in mines)
    assert any("category = 'Type'" in line for line in lines) and any("model = 'Model'" in line for line in lines)
    records = {f["record_id"]: f for f in result["OUTPUT_RECORDS"].getFeatures()}
    assert (records["F-21"]["recorded_ap"], records["F-21"]["recorded_at"]) == (4, 2)


def test_misplaced_m_sets_the_reach(run_alg):
    _, rejects, _ = _import(run_alg, REAL / "miny_uk.csv")
    assert "111.2 km" in rejects[7] and "its other reading" in rejects[7]  # a degree of latitude at 49°N
    _, rejects, _ = _import(run_alg, REAL / "miny_uk.csv", MISPLACED_M=200_000)
    assert 7 not in rejects and sorted(rejects) == [6, 9]


# -- a national suspect-area file ----------------------------------------------------------------
def _ring(rng, lon, lat, radius_m, vertices):
    """An irregular (star-shaped) ring around a centre, as areas are digitised."""
    angles = np.sort(rng.uniform(0, 2 * math.pi, vertices))
    radii = radius_m * rng.uniform(0.6, 1.0, vertices)
    dx = radii * np.cos(angles) / (111_320.0 * math.cos(math.radians(lat)))
    dy = radii * np.sin(angles) / 110_574.0
    pts = [(lon + x, lat + y) for x, y in zip(dx, dy)]
    return pts + [pts[0]]


def _wkt(rings):
    return "POLYGON(" + ",".join("(" + ",".join(f"{x:.7f} {y:.7f}" for x, y in r) + ")" for r in rings) + ")"


def _national_file(path: Path, count: int = 3000, seed: int = 2021) -> dict:
    """A GeoPackage shaped like a national suspect-area layer: typeArea and fileId (a map-sheet number
    shared by many polygons), no id; null geometries, bowties, spikes, self-touching rings, duplicates,
    two-vertex slivers and long strips among ordinary irregular areas. Returns what each row is."""
    rng = np.random.default_rng(seed)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("suspect_areas", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("typeArea", ogr.OFTString))
    layer.CreateField(ogr.FieldDefn("fileId", ogr.OFTInteger))
    kinds = rng.choice(["ok", "null", "bowtie", "spike", "touch", "duplicate", "sliver", "strip"], size=count,
                       p=[0.56, 0.28, 0.04, 0.04, 0.03, 0.02, 0.01, 0.02])
    kinds[0] = "ok"
    what: dict[int, str] = {}
    previous = None
    ds.StartTransaction()
    for row, kind in enumerate(kinds, start=1):
        lon, lat = rng.uniform(46.5, 47.2), rng.uniform(39.5, 40.2)
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("typeArea", "CHA" if rng.random() < 0.3 else "SHA")
        feature.SetField("fileId", int(4400 + row // 40))
        d = 0.001
        if kind == "ok":
            wkt = _wkt([_ring(rng, lon, lat, rng.uniform(60, 250), int(rng.integers(6, 30)))])
        elif kind == "bowtie":
            wkt = _wkt([[(lon, lat), (lon + d, lat + d), (lon + d, lat), (lon, lat + d), (lon, lat)]])
        elif kind == "spike":
            wkt = _wkt([[(lon, lat), (lon + d, lat), (lon + d, lat + d / 2), (lon + d, lat + 2 * d),
                         (lon + d, lat + d / 2), (lon, lat + d / 2), (lon, lat)]])
        elif kind == "touch":
            wkt = _wkt([[(lon, lat), (lon + 4 * d, lat), (lon + 4 * d, lat + 4 * d), (lon + 2 * d, lat + 4 * d),
                         (lon + 3 * d, lat + 2 * d), (lon + d, lat + 2 * d), (lon + 2 * d, lat + 4 * d),
                         (lon, lat + 4 * d), (lon, lat)]])
        elif kind == "duplicate":
            wkt = previous
        elif kind == "sliver":
            wkt = _wkt([[(lon, lat), (lon + d, lat), (lon, lat)]])
        elif kind == "strip":  # a long edge: 4.5 km east-west, 80 m wide
            w = 4500 / (111_320.0 * math.cos(math.radians(lat)))
            h = 80 / 110_574.0
            wkt = _wkt([[(lon, lat), (lon + w, lat), (lon + w, lat + h), (lon, lat + h), (lon, lat)]])
        else:
            wkt = None
        if wkt is not None:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        if kind in ("ok", "strip"):
            previous = wkt
        layer.CreateFeature(feature)
        what[row] = kind
    ds.CommitTransaction()
    ds = None
    return what


def test_a_national_suspect_area_file_imports_whole_and_its_sectors_add_up(run_alg, tmp_path):
    path = tmp_path / "suspect_areas.gpkg"
    what = _national_file(path)
    result, rejects, lines = _import(run_alg, path, OUTPUT_RECORDS=str(tmp_path / "records.gpkg"))
    kinds = {k: [r for r, w in what.items() if w == k] for k in set(what.values())}
    assert result["ROWS_READ"] == len(what) == 3000
    # every row named: imported as written, repaired, or rejected with its reason
    assert result["ROWS_REPAIRED"] == len(kinds["spike"]) + len(kinds["touch"])
    assert sorted(rejects) == sorted(kinds["null"] + kinds["bowtie"] + kinds["duplicate"] + kinds["sliver"])
    assert all("no geometry" in rejects[r] for r in kinds["null"])
    assert all("make_valid would make 2 polygons" in rejects[r] for r in kinds["bowtie"])
    assert all("the same polygon as row" in rejects[r] for r in kinds["duplicate"])
    assert all("distinct vertices" in rejects[r] for r in kinds["sliver"])
    assert result["RECORDS"] == len(kinds["ok"]) + len(kinds["strip"]) + result["ROWS_REPAIRED"]
    summary = next(line for line in lines if line.startswith("Geometry checks"))
    assert f"{len(kinds['null']):,} without geometry" in summary
    assert f"{result['ROWS_REPAIRED']:,} repaired through make_valid" in summary
    assert any("had no record_id" in line for line in lines)

    records = QgsVectorLayer(result["OUTPUT_RECORDS"], "records", "ogr")
    ids = [f["record_id"] for f in records.getFeatures()]
    assert len(set(ids)) == len(ids) and all(i.startswith("suspect_areas-") for i in ids)
    notes = {f["record_id"]: f["notes"] for f in records.getFeatures()}
    assert all("repaired through make_valid" in notes[f"suspect_areas-{r}"] for r in kinds["spike"])

    sectors = run_alg("clearground:generatesectors", {"INPUT": result["OUTPUT_RECORDS"], "ID_FIELD": "record_id",
                                                     "CELL_SIZE": 50, "OUTPUT": "memory:"})["OUTPUT"]
    area = QgsDistanceArea()
    area.setSourceCrs(records.crs(), QgsProject.instance().transformContext())
    area.setEllipsoid("WGS84")
    cells: dict[str, float] = {}
    for f in sectors.getFeatures():
        cells[f["parent_id"]] = cells.get(f["parent_id"], 0.0) + area.measureArea(f.geometry())
    worst = 0.0
    for f in records.getFeatures():
        own = area.measureArea(f.geometry())
        worst = max(worst, abs(cells[f["record_id"]] - own) / own)
    assert worst < 1e-4, worst  # every record's cells add up to its area within 0.01 %
