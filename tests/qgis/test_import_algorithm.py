"""clearground:importminemap through processing.run, on files in every format it reads."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from osgeo import gdal
from pyproj import Geod
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsRectangle,
    QgsVectorLayer,
)

from clearground.core import schema

DATA = Path(__file__).resolve().parents[1] / "data" / "import"
ALG = "clearground:importminemap"
GEOD = Geod(ellps="WGS84")

gdal.UseExceptions()


def _run(run_alg, path, **params):
    base = {"INPUT": str(path), "OUTPUT_RECORDS": "TEMPORARY_OUTPUT", "OUTPUT_MINES": "TEMPORARY_OUTPUT",
            "OUTPUT_REJECTS": "TEMPORARY_OUTPUT"}
    base.update(params)
    return run_alg(ALG, base)


def _rows(layer) -> list[dict]:
    names = layer.fields().names()
    return [dict(zip(names, f.attributes()), geometry=QgsGeometry(f.geometry())) for f in layer.getFeatures()]


def _check_accounting(result, input_rows: int) -> None:
    assert result["ROWS_READ"] == input_rows
    assert result["ROWS_IMPORTED"] + result["ROWS_REJECTED"] == input_rows
    rejects = _rows(result["OUTPUT_REJECTS"])
    assert len({r["source_row"] for r in rejects}) == result["ROWS_REJECTED"]
    for r in rejects:
        assert r["reason"].startswith(f"row {r['source_row']}: ")
        assert r["raw"]


def test_traverse_csv(run_alg):
    result = _run(run_alg, DATA / "traverse.csv")
    _check_accounting(result, 15)
    records, mines = result["OUTPUT_RECORDS"], result["OUTPUT_MINES"]
    assert records.fields().names() == list(schema.layer("minefield_records").field_names)
    assert mines.fields().names() == list(schema.layer("recorded_mines").field_names)
    assert result["OUTPUT_REJECTS"].fields().names() == ["source_row", "record_id", "reason", "raw"]
    assert records.crs().authid() == "EPSG:4326" and mines.crs().authid() == "EPSG:4326"
    assert (result["RECORDS"], result["MINES"]) == (2, 38)
    rows = {r["record_id"]: r for r in _rows(records)}
    ag1 = rows["AG-001"]
    assert (ag1["recorded_ap"], ag1["recorded_at"], ag1["record_type"]) == (20, 8, "row")
    assert ag1["laid_date"].toString("yyyy-MM-dd") == "1993-05-12"
    assert ag1["geometry"].isGeosValid()
    # a real perimeter: its geodesic area (pyproj) is that of a field, not of a sliver
    ring = [(p.x(), p.y()) for p in ag1["geometry"].asPolygon()[0]]
    lons, lats = zip(*ring)
    area, _ = GEOD.polygon_area_perimeter(lons, lats)
    assert abs(area) > 1000


def test_messy_traverse_counts_and_reasons(run_alg):
    result = _run(run_alg, DATA / "traverse_messy.csv")
    _check_accounting(result, 38)
    reasons = {r["source_row"]: r["reason"] for r in _rows(result["OUTPUT_REJECTS"])}
    assert reasons[6] == "row 6: bearing '12-5O' is not a number"
    assert "crosses itself" in reasons[20]
    assert result["RECORDS"] == 2


def test_expected_area_layer_and_default_unit_as_text(run_alg):
    area = QgsVectorLayer("Polygon?crs=EPSG:4326", "area", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(46.0, 39.0, 47.5, 40.5)))
    area.dataProvider().addFeatures([feature])
    result = _run(run_alg, DATA / "traverse_messy.csv", EXPECTED_AREA=area, DEFAULT_UNIT="mil6000",
                  DECLINATION=6.0)
    _check_accounting(result, 38)
    assert result["RECORDS"] == 1
    reasons = {r["source_row"]: r["reason"] for r in _rows(result["OUTPUT_REJECTS"])}
    assert "outside the expected area" in reasons[36]


def test_point_table_with_field_mapping(run_alg):
    result = _run(run_alg, DATA / "mines_az.csv", FIELD_MAPPING="record_id=Nömrə;lat=Enlik;lon=Uzunluq")
    _check_accounting(result, 9)
    assert result["MINES"] == 6  # rows 5 (abc), 6 (frog) and 7 (no record) rejected; row 4 is within range
    with pytest.raises(Exception, match="no column 'Breite'"):
        _run(run_alg, DATA / "mines_az.csv", FIELD_MAPPING="lat=Breite")


def test_xlsx_written_with_ogr_gives_the_same_mines_as_its_csv(run_alg, tmp_path):
    xlsx = tmp_path / "mines.xlsx"
    gdal.VectorTranslate(str(xlsx), str(DATA / "mines_coords.csv"), format="XLSX")
    from_csv = _run(run_alg, DATA / "mines_coords.csv")
    from_xlsx = _run(run_alg, xlsx)
    _check_accounting(from_xlsx, 8)
    assert from_xlsx["MINES"] == from_csv["MINES"] == 5
    a = sorted((r["mine_no"], r["geometry"].asPoint().x(), r["geometry"].asPoint().y())
               for r in _rows(from_csv["OUTPUT_MINES"]))
    b = sorted((r["mine_no"], r["geometry"].asPoint().x(), r["geometry"].asPoint().y())
               for r in _rows(from_xlsx["OUTPUT_MINES"]))
    assert [x[0] for x in a] == [x[0] for x in b]
    for (_, x1, y1), (_, x2, y2) in zip(a, b):
        assert GEOD.inv(x1, y1, x2, y2)[2] < 1e-6
    csv_rows = {r["source_row"] for r in _rows(from_csv["OUTPUT_REJECTS"])}
    xlsx_rows = {r["source_row"] for r in _rows(from_xlsx["OUTPUT_REJECTS"])}
    assert csv_rows == xlsx_rows == {7, 8, 9}  # the sheet's row numbers, header in row 1


def _record_rings(result) -> dict[str, list]:
    return {r["record_id"]: r["geometry"].asPolygon()[0] for r in _rows(result["OUTPUT_RECORDS"])}


@pytest.mark.parametrize("fmt, suffix, options", [
    ("GPKG", ".gpkg", {"dstSRS": "EPSG:32638", "reproject": True}),
    ("KML", ".kml", {}),
])
def test_gis_formats_match_the_geojson(run_alg, tmp_path, fmt, suffix, options):
    target = tmp_path / f"records{suffix}"
    gdal.VectorTranslate(str(target), str(DATA / "records.geojson"), format=fmt, **options)
    reference = _run(run_alg, DATA / "records.geojson")
    _check_accounting(reference, 13)
    if fmt == "KML" and not _gdal_reads_kml_fields(target):  # GDAL 3.13 without LIBKML: refused, not emptied
        with pytest.raises(QgsProcessingException, match="keeps its fields in ExtendedData"):
            _run(run_alg, target)
        return
    result = _run(run_alg, target)
    read = result["ROWS_READ"]
    _check_accounting(result, read)
    assert read in (12, 13)  # KML leaves out the feature without a geometry
    ref_rings, rings = _record_rings(reference), _record_rings(result)
    assert set(rings) == set(ref_rings) == {"G-1", "G-4", "G-5"}
    for rid, ring in rings.items():
        for p, q in zip(ring, ref_rings[rid]):
            assert GEOD.inv(p.x(), p.y(), q.x(), q.y())[2] < 0.01


def _gdal_reads_kml_fields(path) -> bool:
    dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR)  # kept: a layer outliving its dataset crashes GDAL
    defn = dataset.GetLayer(0).GetLayerDefn()
    return "record_id" in {defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())}


def test_shapefile_of_perimeters(run_alg, tmp_path):
    target = tmp_path / "perimeters.shp"
    gdal.VectorTranslate(str(target), str(DATA / "records.geojson"), format="ESRI Shapefile",
                         SQLStatement="SELECT * FROM records WHERE OGR_GEOMETRY = 'POLYGON'")
    result = _run(run_alg, target)
    _check_accounting(result, 5)
    assert {r["record_id"] for r in _rows(result["OUTPUT_RECORDS"])} == {"G-1", "G-4"}


def _count(path, table) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        con.close()


def test_import_into_workspace_is_one_transaction(run_alg, tmp_path):
    workspace = tmp_path / "ws.gpkg"
    run_alg("clearground:createworkspace", {"OUTPUT": str(workspace)})
    result = _run(run_alg, DATA / "traverse.csv", WORKSPACE=str(workspace))
    assert (_count(workspace, "minefield_records"), _count(workspace, "recorded_mines")) == (2, 38)
    layer = QgsVectorLayer(f"{workspace}|layername=minefield_records", "r", "ogr")
    assert sorted(f["record_id"] for f in layer.getFeatures()) == ["AG-001", "AG-002"]
    # Again: the records are already there, so every row is rejected and nothing is added.
    again = _run(run_alg, DATA / "traverse.csv", WORKSPACE=str(workspace))
    _check_accounting(again, 15)
    assert again["ROWS_REJECTED"] == 15 and result["ROWS_IMPORTED"] == 15
    assert (_count(workspace, "minefield_records"), _count(workspace, "recorded_mines")) == (2, 38)


def test_a_failure_part_way_leaves_the_workspace_as_it_was(run_alg, tmp_path):
    workspace = tmp_path / "ws.gpkg"
    run_alg("clearground:createworkspace", {"OUTPUT": str(workspace)})
    # The database refuses the second mine numbered "R1-1" (AG-002's), after AG-001's records and
    # mines were written in the same transaction.
    con = sqlite3.connect(workspace)
    con.execute("CREATE UNIQUE INDEX test_unique_mine_no ON recorded_mines(mine_no)")
    con.commit()
    con.close()
    with pytest.raises(Exception, match="left unchanged|unchanged"):
        _run(run_alg, DATA / "traverse.csv", WORKSPACE=str(workspace))
    assert (_count(workspace, "minefield_records"), _count(workspace, "recorded_mines")) == (0, 0)


def test_progress_is_reported(run_alg):
    class Feedback(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.values = []

        def setProgress(self, value):  # noqa: N802
            self.values.append(value)
            super().setProgress(value)

    feedback = Feedback()
    run_alg(ALG, {"INPUT": str(DATA / "traverse.csv"), "OUTPUT_RECORDS": "TEMPORARY_OUTPUT",
                  "OUTPUT_MINES": "TEMPORARY_OUTPUT", "OUTPUT_REJECTS": "TEMPORARY_OUTPUT"}, feedback=feedback)
    assert feedback.values and max(feedback.values) == 100
    assert feedback.values == sorted(feedback.values)
