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


def lattice_steps(mines: np.ndarray) -> list[np.ndarray]:
    """The layout's step vectors (metres): the spacing along the rows and, when there are several
    rows, the row gap; [] for fewer than three mines or no repeating layout."""
    mines = np.asarray(mines, dtype=float).reshape(-1, 2)
    if len(mines) < 3:
        return []
    sample = mines if len(mines) <= _SAMPLE else mines[
        np.unique(np.linspace(0, len(mines) - 1, _SAMPLE).round().astype(np.int64))]
    vectors = mines[None, :, :] - sample[:, None, :]  # sample x mines x 2
    length = np.hypot(vectors[..., 0], vectors[..., 1])
    length[length < 1e-6] = np.inf
    first = _typical(vectors, length, np.ones_like(length, dtype=bool))
    if first is None:
        return []
    unit = first / np.hypot(*first)
    sine = np.abs(vectors[..., 0] * unit[1] - vectors[..., 1] * unit[0]) / np.where(np.isfinite(length), length, 1)
    second = _typical(vectors, length, sine >= math.sin(math.radians(_MIN_ANGLE_DEG)))
    return [first] if second is None else [first, second]


def _typical(vectors: np.ndarray, length: np.ndarray, allowed: np.ndarray) -> np.ndarray | None:
    """The median of each sampled mine's nearest allowed neighbour vector, all pointed one way (along
    their principal axis: a step and its reverse are one step)."""
    masked = np.where(allowed, length, np.inf)
    nearest = np.argmin(masked, axis=1)
    rows = np.arange(len(nearest))
    ok = np.isfinite(masked[rows, nearest])
    if ok.sum() < 2:
        return None
    v = vectors[rows[ok], nearest[ok]]
    axis = np.linalg.eigh(v.T @ v)[1][:, -1]
    v = np.where((v @ axis < 0)[:, None], -v, v)
    return np.median(v, axis=0)
