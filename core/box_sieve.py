"""A cheap sieve of points before exact point-in-polygon tests: which may lie in one of many boxes."""

from __future__ import annotations

import numpy as np

from .runs import run_positions

#: A sieve that would mark more grid squares than this per point tested is not worth making.
_SQUARES_PER_POINT = 4
#: Points are looked up this many at a time, so that their temporary arrays stay small.
_POINTS_AT_ONCE = 1 << 20


def maybe_in_boxes(xy: np.ndarray, bounds: np.ndarray) -> np.ndarray:
    """Which points (n, 2) may lie in one of the boxes (m, 4: xmin, ymin, xmax, ymax): those in a
    square of a grid that a box reaches. Every point in a box (edges included) is kept; a point
    with a NaN coordinate is not. The squares are as wide as the typical box, so most boxes reach
    a few of them; when the boxes would mark too many, every finite point is kept."""
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    bounds = np.asarray(bounds, dtype=float).reshape(-1, 4)
    finite = np.isfinite(xy).all(axis=1)
    bounds = bounds[np.isfinite(bounds).all(axis=1)]
    if not len(bounds) or not finite.any():
        return np.zeros(len(xy), bool)
    size = float(np.median(np.maximum(bounds[:, 2] - bounds[:, 0], bounds[:, 3] - bounds[:, 1])))
    origin = bounds[:, :2].min(axis=0)
    extent = bounds[:, 2:].max(axis=0) - origin
    cell = max(size, float(extent.max()) / 1e6, 1e-9)  # square keys stay well inside int64
    lo = np.floor((bounds[:, :2] - origin) / cell).astype(np.int64)
    hi = np.floor((bounds[:, 2:] - origin) / cell).astype(np.int64)
    rows = hi[:, 1] - lo[:, 1] + 1
    squares = (hi[:, 0] - lo[:, 0] + 1) * rows
    if squares.sum() > _SQUARES_PER_POINT * max(len(xy), 1):
        return finite
    span = int(hi[:, 1].max()) + 2
    # every square of every box: the columns run by box, each column's rows run from the box's bottom
    box = np.repeat(np.arange(len(bounds)), squares)
    k = run_positions(np.zeros(len(squares), np.int64), squares)  # each square's place in its box
    col = lo[box, 0] + k // rows[box]
    row = lo[box, 1] + k % rows[box]
    marked = np.unique(col * span + row)
    out = np.zeros(len(xy), bool)
    last_col = hi[:, 0].max()
    for start in range(0, len(xy), _POINTS_AT_ONCE):  # a national table's points a block at a time
        idx = start + np.flatnonzero(finite[start:start + _POINTS_AT_ONCE])
        ij = np.floor((xy[idx] - origin) / cell)
        inside = (ij >= 0).all(axis=1) & (ij[:, 0] <= last_col) & (ij[:, 1] <= span - 2)
        idx, ij = idx[inside], ij[inside].astype(np.int64)
        key = ij[:, 0] * span + ij[:, 1]
        at = np.minimum(np.searchsorted(marked, key), len(marked) - 1)
        out[idx[marked[at] == key]] = True
    return out
