"""core/runs.py: runs of positions gathered at once."""

from __future__ import annotations

import numpy as np

from clearground.core.runs import run_positions


def test_runs_are_gathered_in_order_and_empty_runs_give_nothing():
    lo, count = np.array([5, 0, 9, 2]), np.array([3, 0, 1, 2])
    assert run_positions(lo, count).tolist() == [5, 6, 7, 9, 2, 3]
    assert run_positions(np.zeros(0, np.int64), np.zeros(0, np.int64)).tolist() == []
