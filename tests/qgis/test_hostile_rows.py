"""Files as other people write them: every row imported or rejected with its reason, nothing changed in silence.

The files are written by hand (tests/data/hostile) or, where their point is their bytes (an
encoding, a NUL, a 10 MB cell, two sheets), with Python's own codecs and GDAL, never with
ClearGround's writers.
"""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from osgeo import gdal, ogr, osr
from qgis.core import NULL, QgsProcessingException, QgsVectorLayer

HOSTILE = Path(__file__).resolve().parents[1] / "data" / "hostile"


def _import(run_alg, path, **extra):
    result = run_alg("clearground:importminemap", {"INPUT": str(path), "OUTPUT_RECORDS": "memory:",
                                                   "OUTPUT_MINES": "memory:", "OUTPUT_REJECTS": "memory:", **extra})
    rejects = {f["source_row"]: (f["reason"], f["raw"]) for f in result["OUTPUT_REJECTS"].getFeatures()}
    mines = {f["mine_no"]: f for f in result["OUTPUT_MINES"].getFeatures()}
    assert result["ROWS_IMPORTED"] + result["ROWS_REJECTED"] == result["ROWS_READ"]
    return result, rejects, mines


def test_an_unquoted_decimal_comma_rejects_its_row_instead_of_moving_the_mine(run_alg):
    result, rejects, mines = _import(run_alg, HOSTILE / "decimal_commas.csv")
    assert result["ROWS_READ"] == 4 and sorted(mines) == ["1", "2", "4"]
    reason, raw = rejects[4]
    assert "8 values for 6 columns" in reason and "decimal comma" in reason
    assert raw == "R-RAG,3,AP,PMN-2,40,0125,46,9012"
    record = next(result["OUTPUT_RECORDS"].getFeatures())
    assert record.geometry().boundingBox().xMaximum() < 47  # the outline did not stretch to lon 125


def test_a_header_naming_a_column_twice_is_refused_until_the_mapping_says_which(run_alg):
    with pytest.raises(QgsProcessingException, match=r"2 columns named 'lat' \(lat, lat_2\).*lat=lat_2"):
        _import(run_alg, HOSTILE / "lat_twice.csv")
    result, _, mines = _import(run_alg, HOSTILE / "lat_twice.csv", FIELD_MAPPING="lat=lat_2")
    assert result["MINES"] == 2
    assert round(mines["1"].geometry().asPoint().y(), 4) == 40.02


def test_a_nul_byte_and_a_10_mb_cell_reject_their_rows_and_only_them(run_alg, tmp_path):
    path = tmp_path / "odd.csv"
    big = "x" * 10_000_000
    path.write_bytes(("record_id,mine_no,lat,lon,category,model\n"
                      "N-1,1,40.0123,46.9012,AP,PMN-2\n"
                      "N-1,2,40.0124,46.9013,AP,PMN\x00-2\n"
                      f"N-1,3,40.0125,46.9014,AP,\"{big}\"\n"
                      "N-1,4,40.0126,46.9015,AT,TM-62M\n").encode())
    result, rejects, mines = _import(run_alg, path)
    assert sorted(mines) == ["1", "4"]
    # shown, not cut: a NUL ends a string in GDAL and in some Qt bindings, so the raw text marks it visibly
    assert "NUL character" in rejects[3][0] and rejects[3][1] == "N-1,2,40.0124,46.9013,AP,PMN\u2400-2"
    assert "10,000,000 characters" in rejects[4][0]


def test_utf16_with_a_byte_order_mark_reads_as_text(run_alg, tmp_path):
    path = tmp_path / "utf16.csv"
    path.write_bytes(codecs.BOM_UTF16_LE + "record_id,mine_no,lat,lon,category,model\nU-1,1,40.0123,46.9012,ПМ,ПМН-2\n"
                     .encode("utf-16-le"))
    result, _, mines = _import(run_alg, path)
    # the Cyrillic text read as written (raw), the model in the dictionary's one spelling
    assert result["MINES"] == 1 and "ПМН-2" in mines["1"]["raw"] and mines["1"]["model"] == "PMN-2"


def test_a_cp1251_csv_is_read_as_cyrillic_and_says_so(run_alg, tmp_path):
    path = tmp_path / "cp1251.csv"
    path.write_bytes("запись;номер;широта;долгота;категория;модель\nЗ-1;1;40.0123;46.9012;ПМ;ФП-7\n"
                     .encode("cp1251"))
    from qgis.core import QgsProcessingFeedback

    class Log(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.lines = []

        def pushWarning(self, text):  # noqa: N802 - QGIS API
            self.lines.append(text)

    log = Log()
    result = run_alg("clearground:importminemap", {"INPUT": str(path), "OUTPUT_RECORDS": "memory:",
                                                   "OUTPUT_MINES": "memory:", "OUTPUT_REJECTS": "memory:",
                                                   "FIELD_MAPPING": "record_id=запись;mine_no=номер;lat=широта;"
                                                                    "lon=долгота;category=категория;model=модель"},
                     feedback=log)
    assert [f["model"] for f in result["OUTPUT_MINES"].getFeatures()] == ["ФП-7"]
    assert any("Windows-1251" in line for line in log.lines)


def _cp1251_shapefile(folder: Path) -> Path:
    """A Shapefile whose .dbf is CP1251 with no .cpg and no code page in its header (as old tools write it)."""
    path = folder / "mines.shp"
    shape_encoding = gdal.GetConfigOption("SHAPE_ENCODING")  # QGIS sets it to "" (no recoding) at times
    gdal.SetConfigOption("SHAPE_ENCODING", None)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    ds = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(str(path))
    layer = ds.CreateLayer("mines", srs, ogr.wkbPoint, options=["ENCODING=CP1251"])
    for name in ("record_id", "mine_no", "category", "model"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for i, model in enumerate(("ФП-7", "ПМН-2", "ТМ-62М"), start=1):
        feature = ogr.Feature(layer.GetLayerDefn())
        for name, value in (("record_id", "Ш-1"), ("mine_no", str(i)), ("category", "ПМ" if i < 3 else "ТМ"),
                            ("model", model)):
            feature.SetField(name, value)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT(46.90{i} 40.01)"))
        layer.CreateFeature(feature)
    ds = None
    gdal.SetConfigOption("SHAPE_ENCODING", shape_encoding)
    assert "ФП-7".encode("cp1251") in path.with_suffix(".dbf").read_bytes()
    path.with_suffix(".cpg").unlink(missing_ok=True)
    dbf = bytearray(path.with_suffix(".dbf").read_bytes())
    dbf[29] = 0  # no language driver id
    path.with_suffix(".dbf").write_bytes(bytes(dbf))
    return path


def test_a_cp1251_shapefile_without_cpg_keeps_its_cyrillic(run_alg, tmp_path):
    path = _cp1251_shapefile(tmp_path)
    for extra in ({}, {"ENCODING": "CP1251"}):
        # a file of points only makes its record from them: its id, the raw text and the models read right
        result, rejects, mines = _import(run_alg, path, **extra)
        assert rejects == {} and result["RECORDS"] == 1
        assert next(result["OUTPUT_RECORDS"].getFeatures())["record_id"] == "Ш-1"
        assert [mines[n]["raw"].rsplit("model=", 1)[1] for n in ("1", "2", "3")] == ["ФП-7", "ПМН-2", "ТМ-62М"]
        assert [mines[n]["model"] for n in ("1", "2", "3")] == ["ФП-7", "PMN-2", "TM-62M"]


def test_an_encoding_the_bytes_cannot_decide_is_refused(run_alg, tmp_path):
    path = tmp_path / "latin.csv"
    path.write_bytes("record_id,mine_no,lat,lon,category,model\nC-1,1,40.0123,46.9012,AP,Müller\n".encode("cp1252"))
    with pytest.raises(QgsProcessingException, match="ENCODING"):
        _import(run_alg, path, ENCODING="UTF-8")


def test_every_sheet_of_a_workbook_is_read_and_named(run_alg, tmp_path):
    path = tmp_path / "two sheets.xlsx"
    ds = gdal.GetDriverByName("XLSX").Create(str(path), 0, 0, 0, gdal.GDT_Unknown)
    for sheet, rows in (("North", [("S-1", "1", "40.01", "46.91", "AP"), ("S-1", "2", "40.011", "46.911", "AP"),
                                   ("S-1", "3", "40.012", "46.912", "AT")]),
                        ("South", [("S-2", "1", "40.02", "46.92", "AP"), ("S-2", "2", "40.021", "46.921", "AP"),
                                   ("S-2", "3", "40.022", "46.922", "AP"), ("S-2", "4", "40.023", "46.923", "AT")])):
        layer = ds.CreateLayer(sheet, None, ogr.wkbNone)
        for name in ("record_id", "mine_no", "lat", "lon", "category"):
            layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
        for values in rows:
            feature = ogr.Feature(layer.GetLayerDefn())
            for k, value in enumerate(values):
                feature.SetField(k, value)
            layer.CreateFeature(feature)
    ds = None
    result, rejects, _ = _import(run_alg, path)
    assert (result["ROWS_READ"], result["MINES"], result["RECORDS"]) == (7, 7, 2) and rejects == {}
    assert isinstance(result["OUTPUT_RECORDS"], QgsVectorLayer)


def test_a_cpg_is_honoured_even_when_gdal_is_told_not_to_recode(run_alg, tmp_path):
    path = _cp1251_shapefile(tmp_path)
    path.with_suffix(".cpg").write_text("1251")
    previous = gdal.GetConfigOption("SHAPE_ENCODING")
    gdal.SetConfigOption("SHAPE_ENCODING", "")  # as QGIS sets it for its own reading
    try:
        _, rejects, mines = _import(run_alg, path)
    finally:
        gdal.SetConfigOption("SHAPE_ENCODING", previous)
    assert rejects == {}
    assert [mines[n]["raw"].rsplit("model=", 1)[1] for n in ("1", "2", "3")] == ["ФП-7", "ПМН-2", "ТМ-62М"]


def test_rows_of_one_record_that_disagree_are_named_with_both_rows(run_alg):
    result, rejects, _ = _import(run_alg, HOSTILE / "conflicting_records.csv")
    assert rejects == {} and result["RECORDS"] == 2
    records = {f["record_id"]: f for f in result["OUTPUT_RECORDS"].getFeatures()}
    d1 = records["D-1"]
    assert d1["district"] == "Aghdam"
    assert "district differs between row 2 ('Aghdam') and row 3 ('Fuzuli')" in d1["notes"]
    assert "laid_date differs between row 2 ('1994-05-17') and row 4 ('1993-01-02')" in d1["notes"]
    assert "D-1,2,40.0124,46.9013,AP,PMN-2,Fuzuli" in d1["raw"] and "1993-01-02" in d1["raw"]
    assert "differs" not in (records["D-2"]["notes"] or "") and records["D-2"]["raw"] in (None, NULL)


def test_geometries_off_the_globe_are_rejected_one_by_one(run_alg, tmp_path):
    path = tmp_path / "off.geojson"
    path.write_text("""{"type": "FeatureCollection", "features": [
 {"type": "Feature", "properties": {"record_id": "G-1"}, "geometry": {"type": "Polygon", "coordinates":
   [[[46.90, 40.00], [46.91, 40.00], [46.91, 40.01], [46.90, 40.01], [46.90, 40.00]]]}},
 {"type": "Feature", "properties": {"record_id": "G-2"}, "geometry": {"type": "Polygon", "coordinates":
   [[[190.0, 40.00], [190.01, 40.00], [190.01, 40.01], [190.0, 40.00]]]}},
 {"type": "Feature", "properties": {"record_id": "G-1", "mine_no": "1", "category": "AP"},
  "geometry": {"type": "Point", "coordinates": [46.905, 95.0]}},
 {"type": "Feature", "properties": {"record_id": "G-1", "mine_no": "2", "category": "AP"},
  "geometry": {"type": "Point", "coordinates": [46.905, 40.005]}}]}""", encoding="utf-8")
    result, rejects, mines = _import(run_alg, path)
    assert result["RECORDS"] == 1 and sorted(mines) == ["2"]
    assert "longitude 190" in rejects[2][0] and "latitude 95" in rejects[3][0]
