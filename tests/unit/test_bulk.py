"""core/bulk.py: the cycle collector paused while many objects are made, and as it was afterwards."""

from __future__ import annotations

import gc

import pytest

from clearground.core.bulk import bulk, collector_paused


def test_the_collector_is_paused_inside_and_running_again_after_even_on_an_error():
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("bad row")
    assert gc.isenabled()


def test_a_collector_paused_already_stays_paused():
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_bulk_method_runs_paused_and_returns_its_result():
    class Algorithm:
        @bulk
        def processAlgorithm(self, parameters):  # noqa: N802 - the QGIS method it decorates
            return {"paused": not gc.isenabled(), **parameters}

    assert Algorithm().processAlgorithm({"ROWS": 3}) == {"paused": True, "ROWS": 3}
    assert gc.isenabled()
