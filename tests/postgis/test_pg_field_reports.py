"""Field reports imported into a PostGIS workspace, as into a GeoPackage one: the same rows imported,
rejected and recognised as duplicates; sectors found by position; a second import adds nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
import shapely
from qgis.core import NULL, QgsVectorLayer

from clearground.workspace import postgis as pgw
from clearground.workspace.writer import FeatureColumns

REPORTS = Path(__file__).resolve().parents[1] / "data" / "fieldreports"


@pytest.fixture
def workspace(pg, schema_name, qgis_connection):
    pgw.create_workspace(pg, schema_name)
    name, _, _ = qgis_connection
    ws = pgw.open_connection_workspace(name, schema_name)
    ws.append({"sectors": FeatureColumns({"sector_id": ["S-1"], "parent_id": ["H-1"], "status": ["in_progress"]},
                                         [shapely.box(46.9000, 40.0000, 46.9012, 40.0009)])})
    return ws


def rows(ws, layer_name: str, key: str) -> dict[str, dict]:
    layer = QgsVectorLayer(ws.uri(layer_name), layer_name, "postgres")
    assert layer.isValid()
    return {f[key]: {n: None if f[n] == NULL else f[n] for n in layer.fields().names() if n != "fid"}
            for f in layer.getFeatures()}


def test_finds_into_postgis_and_a_second_import_adds_nothing(run_alg, workspace):
    params = {"INPUT": str(REPORTS / "finds_ru.csv"), "WORKSPACE": workspace.parameter_value(),
              "OUTPUT_FINDS": "memory:", "OUTPUT_REJECTS": "memory:"}
    first = run_alg("clearground:importfinds", params)
    assert (first["ROWS_IMPORTED"], first["DUPLICATES"], first["ROWS_REJECTED"], first["SECTORS_FOUND"]) == \
        (5, 1, 3, 3)
    finds = rows(workspace, "finds", "find_id")
    assert sorted(finds) == ["Н-101", "Н-102", "Н-103", "Н-104", "Н-109"]
    assert (finds["Н-101"]["model"], finds["Н-101"]["sector_id"], finds["Н-104"]["sector_id"]) == ("PMN-2", "S-1",
                                                                                                   None)
    assert finds["Н-101"]["source"] == "finds_ru.csv, row 2"
    second = run_alg("clearground:importfinds", params)
    assert (second["ROWS_IMPORTED"], second["DUPLICATES"]) == (0, 6)
    assert rows(workspace, "finds", "find_id") == finds


def test_a_report_without_ids_twice_into_postgis(run_alg, workspace):
    for expected in ((3, 0), (0, 3)):  # the made ids are the same the second time
        result = run_alg("clearground:importfinds", {
            "INPUT": str(REPORTS / "finds_noid.geojson"), "WORKSPACE": workspace.parameter_value(),
            "OUTPUT_FINDS": "memory:", "OUTPUT_REJECTS": "memory:"})
        assert (result["ROWS_IMPORTED"], result["DUPLICATES"]) == expected
    assert len(rows(workspace, "finds", "find_id")) == 3


def test_hazards_into_postgis_duplicates_and_conflicts(run_alg, workspace, tmp_path):
    params = {"INPUT": str(REPORTS / "hazards_survey.geojson"), "WORKSPACE": workspace.parameter_value(),
              "OUTPUT_HAZARDS": "memory:", "OUTPUT_REJECTS": "memory:"}
    first = run_alg("clearground:importhazards", params)
    assert (first["ROWS_IMPORTED"], first["ROWS_REPAIRED"], first["ROWS_REJECTED"]) == (3, 1, 5)
    hazards = rows(workspace, "hazard_areas", "hazard_id")
    assert {k: v["classification"] for k, v in hazards.items()} == {"ОР-01": "SHA", "ОР-02": "CHA", "ОР-03": "SHA"}
    second = run_alg("clearground:importhazards", params)
    assert (second["ROWS_IMPORTED"], second["DUPLICATES"], second["CONFLICTS"]) == (0, 3, 0)
    assert rows(workspace, "hazard_areas", "hazard_id") == hazards
