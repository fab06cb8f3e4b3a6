"""Survey polygons through processing.run (tests/data/fieldreports/hazards_survey.geojson, written by hand):
Russian and Azerbaijani classifications, geometry repaired or rejected as the mine-map import does,
and a second import that adds nothing and overwrites nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from qgis.core import NULL, QgsProcessingFeedback, QgsVectorLayer

REPORTS = Path(__file__).resolve().parents[1] / "data" / "fieldreports"
SURVEY = REPORTS / "hazards_survey.geojson"


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


@pytest.fixture
def workspace(run_alg, tmp_path) -> str:
    path = str(tmp_path / "ws.gpkg")
    run_alg("clearground:createworkspace", {"OUTPUT": path})
    return path


def import_survey(run_alg, path, workspace=None, **extra):
    log = Log()
    params = {"INPUT": str(path), "OUTPUT_HAZARDS": "memory:", "OUTPUT_REJECTS": "memory:", **extra}
    if workspace:
        params["WORKSPACE"] = workspace
    result = run_alg("clearground:importhazards", params, feedback=log)
    rejects = {f["source_row"]: f["reason"] for f in result["OUTPUT_REJECTS"].getFeatures()}
    assert result["ROWS_IMPORTED"] + result["ROWS_REJECTED"] + result["DUPLICATES"] == result["ROWS_READ"]
    assert len(rejects) == result["ROWS_REJECTED"] + result["DUPLICATES"]
    return result, rejects, log.lines


def hazards_of(workspace: str) -> dict[str, dict]:
    layer = QgsVectorLayer(f"{workspace}|layername=hazard_areas", "hazard_areas", "ogr")
    return {f["hazard_id"]: {n: None if f[n] == NULL else f[n] for n in layer.fields().names()}
            | {"wkt": f.geometry().asWkt(6)} for f in layer.getFeatures()}


def test_a_survey_every_feature_imported_repaired_or_rejected_with_its_reason(run_alg, workspace):
    result, rejects, lines = import_survey(run_alg, SURVEY, workspace)
    assert (result["ROWS_READ"], result["ROWS_IMPORTED"], result["ROWS_REPAIRED"], result["ROWS_REJECTED"]) == \
        (8, 3, 1, 5)
    hazards = hazards_of(workspace)
    assert {k: (v["classification"], v["status"]) for k, v in hazards.items()} == {
        "ОР-01": ("SHA", "open"), "ОР-02": ("CHA", "worked_on"), "ОР-03": ("SHA", "open")}
    assert hazards["ОР-02"]["evidence"] == "найдены ПМН-2, 3 шт." and hazards["ОР-01"]["district"] == "Ağdam"
    assert hazards["ОР-01"]["source"] == "hazards_survey.geojson, row 1"
    assert json.loads(hazards["ОР-01"]["raw"]) == {"съёмщик": "гр. 2"}
    assert "make_valid would make 2 polygons" in rejects[4]  # the bowtie
    assert "'минное поле' is neither SHA" in rejects[5]
    assert "the same polygon as hazard ОР-01" in rejects[6]
    assert "status 'заброшен'" in rejects[7]
    assert "no geometry" in rejects[8]
    assert any("1 repaired through make_valid" in line for line in lines)


def test_importing_the_survey_again_changes_nothing(run_alg, workspace):
    import_survey(run_alg, SURVEY, workspace)
    before = hazards_of(workspace)
    result, rejects, _ = import_survey(run_alg, SURVEY, workspace)
    assert (result["ROWS_IMPORTED"], result["DUPLICATES"], result["CONFLICTS"]) == (0, 3, 0)
    assert hazards_of(workspace) == before
    assert "already known, unchanged" in rejects[1]


def test_a_changed_polygon_or_status_is_a_conflict_not_an_overwrite(run_alg, workspace, tmp_path):
    import_survey(run_alg, SURVEY, workspace)
    before = hazards_of(workspace)
    survey = json.loads(SURVEY.read_text(encoding="utf-8"))
    survey["features"][0]["geometry"]["coordinates"][0][1] = [46.912, 40.0]  # ОР-01 moved a vertex
    survey["features"][1]["properties"]["статус"] = "закрыт"  # ОР-02 closed
    changed = tmp_path / "hazards_week2.geojson"
    changed.write_text(json.dumps(survey, ensure_ascii=False), encoding="utf-8")
    result, rejects, _ = import_survey(run_alg, changed, workspace)
    assert (result["ROWS_IMPORTED"], result["DUPLICATES"], result["CONFLICTS"]) == (0, 1, 2)
    assert "ОР-01 is already known with another polygon" in rejects[1]
    assert "ОР-02 is already known with another status" in rejects[2]
    assert hazards_of(workspace) == before


def test_the_help_names_the_parameters_and_rules(provider):
    from qgis.core import QgsApplication

    alg = QgsApplication.processingRegistry().algorithmById("clearground:importhazards")
    text = alg.shortHelpString()
    for word in ("INPUT", "WORKSPACE", "FIELD_MAPPING", "OUTPUT_HAZARDS", "OUTPUT_REJECTS", "make_valid",
                 "подозреваемый", "şübhəli", "CONFLICTS"):
        assert word in text
