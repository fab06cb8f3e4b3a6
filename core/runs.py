"""Runs of consecutive positions in a sorted array, gathered at once."""

from __future__ import annotations

import numpy as np


def run_positions(lo: np.ndarray, count: np.ndarray) -> np.ndarray:
    """The positions ``lo[k], lo[k] + 1, ..., lo[k] + count[k] - 1`` of every run k, run after run."""
    lo, count = np.asarray(lo, dtype=np.int64), np.asarray(count, dtype=np.int64)
    return np.repeat(lo - (np.cumsum(count) - count), count) + np.arange(int(count.sum()))
