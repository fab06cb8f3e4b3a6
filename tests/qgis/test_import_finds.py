"""Field reports of finds through processing.run: written by hand the way teams write them
(tests/data/fieldreports), the workbook written here with GDAL's own XLSX driver.

Every row imported, a duplicate or rejected with its row and reason; a second import adds nothing.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import shapely
from osgeo import gdal, ogr
from qgis.core import NULL, QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

from clearground.workspace.locate import open_store
from clearground.workspace.writer import FeatureColumns

REPORTS = Path(__file__).resolve().parents[1] / "data" / "fieldreports"
#: The sector the first finds of finds_ru.csv and finds_noid.geojson lie in (about 100 m x 100 m).
SECTOR = shapely.box(46.9000, 40.0000, 46.9012, 40.0009)


class Log(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, text):  # noqa: N802 - QGIS API
        self.lines.append(text)

    def pushWarning(self, text):  # noqa: N802 - QGIS API
        self.lines.append(text)

    def reportError(self, text, fatal_error=False):  # noqa: N802 - QGIS API
        self.lines.append(text)


def add_sector(workspace: str) -> None:
    open_store(workspace).append({"sectors": FeatureColumns(
        {"sector_id": ["S-1"], "parent_id": ["H-1"], "status": ["in_progress"]}, [SECTOR])})


@pytest.fixture
def workspace(run_alg, tmp_path) -> str:
    path = str(tmp_path / "ws.gpkg")
    run_alg("clearground:createworkspace", {"OUTPUT": path})
    add_sector(path)
    return path


def import_report(run_alg, path, workspace=None, **extra):
    log = Log()
    params = {"INPUT": str(path), "OUTPUT_FINDS": "memory:", "OUTPUT_REJECTS": "memory:", **extra}
    if workspace:
        params["WORKSPACE"] = workspace
    result = run_alg("clearground:importfinds", params, feedback=log)
    rejects = {f["source_row"]: f["reason"] for f in result["OUTPUT_REJECTS"].getFeatures()}
    assert result["ROWS_IMPORTED"] + result["ROWS_REJECTED"] + result["DUPLICATES"] == result["ROWS_READ"]
    assert len(rejects) == result["ROWS_REJECTED"] + result["DUPLICATES"]
    return result, rejects, log.lines


def finds_of(workspace: str) -> dict[str, dict]:
    layer = QgsVectorLayer(f"{workspace}|layername=finds", "finds", "ogr")
    return {f["find_id"]: {n: None if f[n] == NULL else f[n] for n in layer.fields().names()}
            | {"xy": f.geometry().asPoint()} for f in layer.getFeatures()}


def test_a_russian_csv_report_every_row_imported_or_rejected_with_its_reason(run_alg, workspace):
    result, rejects, lines = import_report(run_alg, REPORTS / "finds_ru.csv", workspace)
    assert (result["ROWS_READ"], result["ROWS_IMPORTED"], result["ROWS_REJECTED"], result["DUPLICATES"]) == (9, 5, 3, 1)
    assert "31.02.2022" in rejects[7] and "does not exist" in rejects[7]
    assert "'банка' is not a device category" in rejects[8]
    assert "95.0003 cannot be a latitude" in rejects[9]
    assert rejects[6].startswith("duplicate") and "Н-101" in rejects[6]
    finds = finds_of(workspace)
    assert sorted(finds) == ["Н-101", "Н-102", "Н-103", "Н-104", "Н-109"]
    n101 = finds["Н-101"]
    assert (n101["category"], n101["model"], n101["found_date"].toString("yyyy-MM-dd"), n101["depth_cm"],
            n101["team"]) == ("AP", "PMN-2", "2022-03-12", 10, "Группа 3")
    assert n101["source"] == "finds_ru.csv, row 2" and json.loads(n101["raw"]) == {"Примечание": "у тропы"}
    assert (finds["Н-102"]["category"], finds["Н-102"]["quantity"], finds["Н-102"]["depth_cm"]) == ("AP", 2, 15)
    assert (finds["Н-103"]["category"], finds["Н-103"]["model"]) == ("AT", "ТМ-62")  # MGRS, a TM variant
    assert abs(finds["Н-103"]["xy"].y() - 40.0007) < 1e-5 and abs(finds["Н-103"]["xy"].x() - 46.9009) < 1e-5
    assert abs(finds["Н-104"]["xy"].y() - 40.0100) < 1e-5  # UTM
    assert finds["Н-109"]["found_date"].toString("yyyy-MM-dd") == "2022-04-03"  # 03/04/2022, day first
    # sectors by position: the three inside S-1 take it, the others have none
    assert {k: v["sector_id"] for k, v in finds.items()} == {"Н-101": "S-1", "Н-102": "S-1", "Н-103": "S-1",
                                                            "Н-104": None, "Н-109": None}
    assert result["SECTORS_FOUND"] == 3
    assert any("read day first" in line for line in lines)
    assert any("row 10: '03/04/2022' read day first as 2022-04-03" in line for line in lines)
    assert any("found_date = 'Дата'" in line for line in lines)


def test_importing_the_same_report_again_changes_nothing(run_alg, workspace):
    import_report(run_alg, REPORTS / "finds_ru.csv", workspace)
    before = finds_of(workspace)
    result, rejects, lines = import_report(run_alg, REPORTS / "finds_ru.csv", workspace)
    assert (result["ROWS_IMPORTED"], result["DUPLICATES"], result["ROWS_REJECTED"]) == (0, 6, 3)
    assert finds_of(workspace) == before
    assert result["OUTPUT_FINDS"].featureCount() == 0
    assert "the find id Н-101 is already known" in rejects[2]
    assert any("6 rows are finds already known" in line for line in lines)


def test_a_report_without_ids_gets_stable_ids_and_is_recognised_on_reimport(run_alg, workspace):
    first, rejects, _ = import_report(run_alg, REPORTS / "finds_noid.geojson", workspace)
    assert (first["ROWS_IMPORTED"], rejects) == (3, {})
    ids = sorted(finds_of(workspace))
    assert all(i.startswith("F-") for i in ids) and len(set(ids)) == 3
    assert finds_of(workspace)[ids[0]]["uuid"]
    again, rejects, _ = import_report(run_alg, REPORTS / "finds_noid.geojson", workspace)
    assert (again["ROWS_IMPORTED"], again["DUPLICATES"]) == (0, 3)
    assert sorted(finds_of(workspace)) == ids
    kept = sorted(json.loads(v["raw"])["weather"] if v["raw"] else "" for v in finds_of(workspace).values())
    assert kept == ["", "rain", "rain"]  # an unknown column kept in raw, an empty value not


def test_the_same_find_in_another_report_is_a_duplicate_by_position_date_and_model(run_alg, workspace, tmp_path):
    import_report(run_alg, REPORTS / "finds_ru.csv", workspace)
    other = tmp_path / "weekly.csv"
    other.write_text("id,date,model,lat,lon\nW-9,12/03/2022,PMN-2,40.000305,46.900302\n"
                     "W-10,12/03/2022,PMN-2,40.000330,46.900300\n", encoding="utf-8")
    result, rejects, _ = import_report(run_alg, other, workspace)
    # W-9 is 0.6 m from Н-101 (same date and model): a duplicate; W-10 is 3.3 m away: a find of its own
    assert (result["ROWS_IMPORTED"], result["DUPLICATES"]) == (1, 1)
    assert "Н-101" in rejects[2] and "m away" in rejects[2]
    assert "W-10" in finds_of(workspace) and "W-9" not in finds_of(workspace)


def test_gpx_waypoints_are_the_finds_and_the_track_is_not(run_alg, workspace):
    result, rejects, _ = import_report(run_alg, REPORTS / "finds_waypoints.gpx", workspace)
    assert (result["ROWS_READ"], result["ROWS_IMPORTED"], rejects) == (3, 3, {})
    finds = finds_of(workspace)
    assert {k: (v["category"], v["model"]) for k, v in finds.items()} == {
        "WP-001": ("AP", "PMN-2"), "WP-002": ("AT", "TM-62M"), "WP-003": ("AP", "PMN-2")}
    assert finds["WP-001"]["found_date"].toString("yyyy-MM-dd") == "2022-03-15"
    assert finds["WP-001"]["sector_id"] is None  # 30 m north of S-1


def _gdal_kml_fields() -> set[str]:
    from osgeo import gdal

    dataset = gdal.OpenEx(str(REPORTS / "finds_ops.kml"), gdal.OF_VECTOR)  # kept while its layer is read
    defn = dataset.GetLayer(0).GetLayerDefn()
    return {defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())}


def test_a_kml_with_azerbaijani_fields(run_alg, workspace):
    if "tarix" not in _gdal_kml_fields():  # GDAL 3.13 without LIBKML: refused, not imported without its fields
        with pytest.raises(QgsProcessingException, match="ExtendedData"):
            import_report(run_alg, REPORTS / "finds_ops.kml", workspace)
        assert finds_of(workspace) == {}
        return
    result, rejects, _ = import_report(run_alg, REPORTS / "finds_ops.kml", workspace)
    assert (result["ROWS_IMPORTED"], rejects) == (2, {})
    finds = finds_of(workspace)
    assert (finds["AZ-16-2"]["model"], finds["AZ-16-2"]["quantity"], finds["AZ-16-2"]["team"]) == ("PMN-2", 3,
                                                                                                  "Qrup 5")
    assert finds["AZ-16-1"]["found_date"].toString("yyyy-MM-dd") == "2022-03-16"
    assert finds["AZ-16-1"]["raw"] is None  # GDAL's own KML columns are not the report's


def _workbook(path: Path) -> Path:
    """An operator's workbook: UTM eastings and northings as numbers, dates in several styles."""
    ds = gdal.GetDriverByName("XLSX").Create(str(path), 0, 0, 0, gdal.GDT_Unknown)
    layer = ds.CreateLayer("Finds", None, ogr.wkbNone)
    for name in ("Find No", "Date found", "Device", "Model", "Easting", "Northing", "Qty", "Depth cm", "Team",
                 "Remarks"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    rows = [
        ("X-1", "2022-03-20", "AP", "PMN-2", "662221.9", "4429531.3", "1", "10", "T-4", "near the wall"),
        ("X-2", "20/03/2022", "AT mine", "", "662400", "4429700", "1", "30", "T-4", ""),
        ("X-3", "21.03.2022", "UXO", "", "663100", "4430700", "2", "", "T-4", "mortar"),
        ("X-4", "03/25/2022", "AP", "PMN-2", "663200", "4430800", "1", "", "T-4", ""),
        ("X-5", "21.03.2022", "AP", "TM-62M", "663300", "4430900", "1", "", "T-4", ""),
    ]
    for row in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for i, value in enumerate(row):
            feature.SetField(i, value)
        layer.CreateFeature(feature)
    ds = None
    return path


def test_an_xlsx_with_utm_eastings_and_northings(run_alg, workspace, tmp_path):
    result, rejects, lines = import_report(run_alg, _workbook(tmp_path / "finds.xlsx"), workspace,
                                           CRS="EPSG:32638", FIELD_MAPPING="x=Easting;y=Northing")
    assert (result["ROWS_IMPORTED"], result["ROWS_REJECTED"]) == (3, 2)
    assert "no month 25" in rejects[5] and "2022-03-25" in rejects[5]
    assert "contradicts" in rejects[6] and "TM-62M" in rejects[6]
    finds = finds_of(workspace)
    assert abs(finds["X-1"]["xy"].x() - 46.9004) < 1e-5 and finds["X-1"]["sector_id"] == "S-1"
    assert (finds["X-2"]["category"], finds["X-3"]["quantity"]) == ("AT", 2)
    assert json.loads(finds["X-3"]["raw"]) == {"Remarks": "mortar"}


def test_nothing_is_written_when_the_mapping_names_no_such_column(run_alg, workspace):
    with pytest.raises(Exception, match="no column 'Nomre'"):
        import_report(run_alg, REPORTS / "finds_ru.csv", workspace, FIELD_MAPPING="find_id=Nomre")
    assert finds_of(workspace) == {}


def test_without_a_workspace_the_finds_go_to_the_output_only(run_alg):
    result, rejects, _ = import_report(run_alg, REPORTS / "finds_ru.csv")
    assert result["ROWS_IMPORTED"] == 5 and result["OUTPUT_FINDS"].featureCount() == 5
    assert result["SECTORS_FOUND"] == 0


def test_the_help_states_the_day_first_rule_and_the_parameters(provider):
    from qgis.core import QgsApplication

    alg = QgsApplication.processingRegistry().algorithmById("clearground:importfinds")
    help_text = alg.shortHelpString()
    for word in ("INPUT", "WORKSPACE", "FIELD_MAPPING", "CRS", "OUTPUT_FINDS", "OUTPUT_REJECTS", "DUPLICATES",
                 "DAY FIRST", "waypoints"):
        assert word in help_text
    assert [p.name() for p in alg.parameterDefinitions()][:4] == ["INPUT", "WORKSPACE", "FIELD_MAPPING", "CRS"]


def test_an_output_onto_the_workspace_file_is_refused_and_the_workspace_survives(run_alg, workspace):
    with pytest.raises(Exception, match="workspace"):
        run_alg("clearground:importfinds", {"INPUT": str(REPORTS / "finds_ru.csv"), "WORKSPACE": workspace,
                                            "OUTPUT_FINDS": "memory:", "OUTPUT_REJECTS": workspace})
    assert finds_of(workspace) == {}
    assert QgsVectorLayer(f"{workspace}|layername=sectors", "s", "ogr").featureCount() == 1
