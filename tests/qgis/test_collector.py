"""Python's cycle collector stays on while ClearGround's algorithms run.

QGIS runs an algorithm on a worker thread, next to its own Python code on the main thread, and the
collector is one for the whole process: an algorithm that switched it off (core/bulk.py's @bulk did,
for up to 1.3x; not the 1.5x a stand-in must earn, bench/RESULTS.md "Library stand-ins") switched it
off for everything else QGIS runs meanwhile.
"""

from __future__ import annotations

import gc

import pytest
from qgis.core import QgsProcessingFeedback

from clearground.workspace import create_workspace


class CollectorProbe(QgsProcessingFeedback):
    """Notes, at every progress step the algorithm reports, whether the collector is on."""

    def __init__(self):
        super().__init__()
        self.seen: list[bool] = []

    def setProgress(self, progress):  # noqa: N802 - QGIS API
        self.seen.append(gc.isenabled())
        super().setProgress(progress)


@pytest.fixture
def sample(run_alg, tmp_path_factory):
    path = tmp_path_factory.mktemp("collector") / "sample.gpkg"
    run_alg("clearground:createsample", {"OUTPUT": str(path), "SCALE": 0.2})
    return path


def test_no_algorithm_switches_the_collector_off(run_alg, sample, districts_path, root, tmp_path, monkeypatch):
    calls = []
    for name in ("disable", "freeze", "set_threshold"):
        monkeypatch.setattr(gc, name, lambda *args, name=name: calls.append(name))
    layer = f"{sample}|layername="
    workspace = tmp_path / "import.gpkg"
    create_workspace(workspace)
    runs = {
        "clearground:tallyfinds": {"FINDS": layer + "finds", "DISTRICTS": str(districts_path),
                                   "DISTRICT_FIELD": "shapeName", "OUTPUT_TABLE": "memory:", "OUTPUT_LAYER": "memory:"},
        "clearground:finddiscrepancies": {"RECORDS": layer + "minefield_records",
                                          "RECORDED_MINES": layer + "recorded_mines", "FINDS": layer + "finds",
                                          "SECTORS": layer + "sectors", "OUTPUT": "memory:",
                                          "OUTPUT_OFFSETS": "memory:"},
        "clearground:generatesectors": {"INPUT": layer + "minefield_records", "ID_FIELD": "record_id",
                                        "CELL_SIZE": 25, "OUTPUT": "memory:"},
        "clearground:importminemap": {"INPUT": str(root / "tests" / "data" / "import" / "mines_az.csv"),
                                      "WORKSPACE": str(workspace), "OUTPUT_RECORDS": "memory:",
                                      "OUTPUT_MINES": "memory:", "OUTPUT_REJECTS": "memory:"},
    }
    assert gc.isenabled()
    for alg_id, params in runs.items():
        probe = CollectorProbe()
        run_alg(alg_id, params, feedback=probe)
        assert probe.seen and all(probe.seen), alg_id
        assert gc.isenabled(), alg_id
    assert calls == []
