"""The steps of a row minefield's own layout: the mine spacing along its rows and the gap between rows.

A periodic layout fits its finds equally well after the true transform and after the true
transform moved by one of its own steps; registration (core.offsets) tries those aliases
explicitly. The steps are read from the record's mines: the nearest neighbour of each mine gives
the spacing along the rows, the nearest neighbour off that direction the row gap.
"""

from __future__ import annotations

import math

import numpy as np

#: Mines looked at to read the steps (the layout repeats: a sample tells it).
_SAMPLE = 300
#: A second step must turn at least this far from the first to be a row gap, not the same row.
_MIN_ANGLE_DEG = 30.0
_MIN_SINE_SQUARED = math.sin(math.radians(_MIN_ANGLE_DEG)) ** 2


def lattice_steps(mines: np.ndarray) -> list[np.ndarray]:
    """The layout's step vectors (metres): the spacing along the rows and, when there are several
    rows, the row gap; [] for fewer than three mines or no repeating layout."""
    mines = np.asarray(mines, dtype=float).reshape(-1, 2)
    if len(mines) < 3:
        return []
    sample = mines if len(mines) <= _SAMPLE else mines[
        np.unique(np.linspace(0, len(mines) - 1, _SAMPLE).round().astype(np.int64))]
    dx = mines[None, :, 0] - sample[:, None, 0]  # sample x mines
    dy = mines[None, :, 1] - sample[:, None, 1]
    squared = dx * dx + dy * dy
    squared[squared < 1e-12] = np.inf  # a mine is not its own neighbour
    first = _typical(dx, dy, squared)
    if first is None:
        return []
    unit = first / np.hypot(*first)
    cross = dx * unit[1] - dy * unit[0]  # |cross| / length is the sine of the turn from the first step
    off_row = cross * cross >= _MIN_SINE_SQUARED * squared
    second = _typical(dx, dy, np.where(off_row, squared, np.inf))
    return [first] if second is None else [first, second]


def _typical(dx: np.ndarray, dy: np.ndarray, squared: np.ndarray) -> np.ndarray | None:
    """The median of each sampled mine's nearest neighbour vector (infinite ``squared``: not allowed),
    all pointed one way (along their principal axis: a step and its reverse are one step)."""
    nearest = np.argmin(squared, axis=1)
    rows = np.arange(len(nearest))
    ok = np.isfinite(squared[rows, nearest])
    if ok.sum() < 2:
        return None
    rows, nearest = rows[ok], nearest[ok]
    v = np.column_stack((dx[rows, nearest], dy[rows, nearest]))
    axis = np.linalg.eigh(v.T @ v)[1][:, -1]
    v = np.where((v @ axis < 0)[:, None], -v, v)
    return np.median(v, axis=0)
