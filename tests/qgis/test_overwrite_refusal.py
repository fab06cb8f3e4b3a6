"""Batch mistakes refused before anything is written: outputs onto the workspace or onto an input."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from qgis.core import (
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)

from clearground.workspace import create_workspace, open_workspace

DATA = Path(__file__).resolve().parents[1] / "data" / "import"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def workspace(run_alg, tmp_path) -> Path:
    """A workspace with two records, their mines and 25 m sectors."""
    ws = create_workspace(tmp_path / "ws.gpkg").path
    run_alg("clearground:importminemap", {"INPUT": str(DATA / "traverse.csv"), "DEFAULT_UNIT": "mil6000",
                                          "WORKSPACE": str(ws), "OUTPUT_RECORDS": "memory:", "OUTPUT_MINES": None,
                                          "OUTPUT_REJECTS": "memory:"})
    run_alg("clearground:generatesectors", {"INPUT": f"{ws}|layername=minefield_records", "CELL_SIZE": 100,
                                            "WORKSPACE": str(ws), "OUTPUT": None})
    assert QgsVectorLayer(f"{ws}|layername=sectors", "s", "ogr").featureCount() > 0
    return ws


def test_rejects_onto_the_workspace_file_are_refused_and_the_workspace_survives(run_alg, workspace):
    before = _digest(workspace)
    with pytest.raises(QgsProcessingException, match="OUTPUT_REJECTS is the workspace file ws.gpkg"):
        run_alg("clearground:importminemap", {"INPUT": str(DATA / "mines_coords.csv"), "WORKSPACE": str(workspace),
                                              "OUTPUT_RECORDS": "memory:", "OUTPUT_REJECTS": str(workspace)})
    assert _digest(workspace) == before
    assert open_workspace(workspace).record_ids() == frozenset({"AG-001", "AG-002"})


@pytest.mark.parametrize("output", [
    "ogr:dbname='{ws}' table=\"sectors\" (geom)",  # the input itself
    "{ws}",  # the whole file the input is in
    "{ws}|layername=sectors",
])
def test_marking_onto_its_own_input_is_refused(run_alg, workspace, output):
    before = _digest(workspace)
    params = {"SECTORS": f"{workspace}|layername=sectors", "CLEARED": f"{workspace}|layername=minefield_records",
              "OUTPUT": output.format(ws=workspace), "OUTPUT_AUDIT": "memory:"}
    with pytest.raises(QgsProcessingException, match="OUTPUT is the (input SECTORS itself|file of the input|work)"):
        run_alg("clearground:marksectors", params)
    assert _digest(workspace) == before


def test_an_output_onto_a_workspace_layer_is_refused_even_from_other_inputs(run_alg, workspace, tmp_path):
    other = create_workspace(tmp_path / "other.gpkg").path
    before = _digest(other)
    with pytest.raises(QgsProcessingException, match="OUTPUT is the layer sectors of the workspace other.gpkg"):
        run_alg("clearground:generatesectors", {"INPUT": f"{workspace}|layername=minefield_records",
                                                "OUTPUT": f"ogr:dbname='{other}' table=\"sectors\" (geom)"})
    assert _digest(other) == before


def test_a_background_run_is_refused_before_it_writes(provider, workspace):
    """QGIS's task runner calls prepareAlgorithm, not checkParameterValues: the refusal is there too."""
    before = _digest(workspace)
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("clearground:importminemap")
    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    params = {"INPUT": str(DATA / "mines_coords.csv"), "OUTPUT_RECORDS": "memory:",
              "OUTPUT_REJECTS": str(workspace), "WORKSPACE": str(workspace)}
    assert not algorithm.prepare(params, context, feedback)
    assert _digest(workspace) == before


def test_new_files_and_temporary_outputs_are_still_written(run_alg, workspace, tmp_path):
    result = run_alg("clearground:marksectors", {
        "SECTORS": f"{workspace}|layername=sectors", "CLEARED": f"{workspace}|layername=minefield_records",
        "OUTPUT": str(tmp_path / "marked.gpkg"), "OUTPUT_AUDIT": "TEMPORARY_OUTPUT"})
    assert QgsVectorLayer(result["OUTPUT"], "m", "ogr").featureCount() > 0
