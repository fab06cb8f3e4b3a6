"""A cheap sieve of points before exact point-in-polygon tests: which may lie in one of many boxes,
and which boxes hold each point."""

from __future__ import annotations

import numpy as np

from .runs import run_positions

#: A sieve that would mark more grid squares than this per point tested is not worth making.
_SQUARES_PER_POINT = 4
#: A grid kept for many lookups files each box in at most this many squares on average.
_SQUARES_PER_BOX = 16
#: Points are looked up this many at a time, so that their temporary arrays stay small.
_POINTS_AT_ONCE = 1 << 20
#: Points whose candidate boxes are gathered at a time (each may have several in overlapping ground).
_PAIR_POINTS_AT_ONCE = 1 << 17


class _Layout:
    """Squares as wide as the typical box, from the corner of all the (finite) boxes: where each box
    begins and ends, in squares."""

    def __init__(self, bounds: np.ndarray):
        size = float(np.median(np.maximum(bounds[:, 2] - bounds[:, 0], bounds[:, 3] - bounds[:, 1])))
        self.origin = bounds[:, :2].min(axis=0)
        extent = bounds[:, 2:].max(axis=0) - self.origin
        self.cell = max(size, float(extent.max()) / 1e6, 1e-9)  # square keys stay well inside int64
        self.lo = np.floor((bounds[:, :2] - self.origin) / self.cell).astype(np.int64)
        self.hi = np.floor((bounds[:, 2:] - self.origin) / self.cell).astype(np.int64)
        self.rows = self.hi[:, 1] - self.lo[:, 1] + 1
        self.squares = (self.hi[:, 0] - self.lo[:, 0] + 1) * self.rows
        self.span = int(self.hi[:, 1].max()) + 2
        self.last_col = int(self.hi[:, 0].max())

    def box_squares(self) -> tuple[np.ndarray, np.ndarray]:
        """(box, key of a square it reaches) for every square of every box, box after box."""
        box = np.repeat(np.arange(len(self.squares)), self.squares)
        k = run_positions(np.zeros(len(self.squares), np.int64), self.squares)  # each square's place in its box
        col = self.lo[box, 0] + k // self.rows[box]
        row = self.lo[box, 1] + k % self.rows[box]
        return box, col * self.span + row

    def point_keys(self, xy: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(point, key of its square) for the points (finite) inside the grid."""
        i = np.floor((xy[:, 0] - self.origin[0]) / self.cell)
        j = np.floor((xy[:, 1] - self.origin[1]) / self.cell)
        idx = np.flatnonzero((i >= 0) & (i <= self.last_col) & (j >= 0) & (j <= self.span - 2))  # NaN: False
        return idx, i[idx].astype(np.int64) * self.span + j[idx].astype(np.int64)


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
    grid = _Layout(bounds)
    if grid.squares.sum() > _SQUARES_PER_POINT * max(len(xy), 1):
        return finite
    marked = np.unique(grid.box_squares()[1])
    out = np.zeros(len(xy), bool)
    for start in range(0, len(xy), _POINTS_AT_ONCE):  # a national table's points a block at a time
        idx, key = grid.point_keys(xy[start:start + _POINTS_AT_ONCE])
        at = np.minimum(np.searchsorted(marked, key), len(marked) - 1)
        out[start + idx[marked[at] == key]] = True
    return out


class BoxGrid:
    """Boxes (m, 4: xmin, ymin, xmax, ymax) filed by the squares of a grid they reach, made once to
    find the boxes that hold each of many small sets of points. ``usable`` is False when the boxes
    would fill too many squares (a few huge among many small): then ask a tree instead."""

    def __init__(self, bounds: np.ndarray):
        self.bounds = np.asarray(bounds, dtype=float).reshape(-1, 4)
        finite = np.flatnonzero(np.isfinite(self.bounds).all(axis=1))
        self._grid = _Layout(self.bounds[finite]) if len(finite) else None
        self.usable = self._grid is None or int(self._grid.squares.sum()) <= _SQUARES_PER_BOX * len(finite)
        if self._grid is None or not self.usable:
            self._keys = np.zeros(0, np.int64)
            self._starts = np.zeros(1, np.int64)
            self._boxes = np.zeros(0, np.int64)
            return
        box, key = self._grid.box_squares()
        order = np.argsort(key, kind="stable")  # each square's boxes in their order
        key = key[order]
        first = np.r_[True, key[1:] != key[:-1]]
        self._keys = key[first]
        self._starts = np.r_[np.flatnonzero(first), len(key)]
        self._boxes = finite[box[order]]

    def pairs(self, xy: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(point, box) for every point (n, 2) in a box, edges included, sorted by point then box."""
        if not self.usable:
            raise ValueError("the boxes fill too many squares of the grid")
        xy = np.asarray(xy, dtype=float).reshape(-1, 2)
        if self._grid is None or not len(self._keys) or not len(xy):
            return np.zeros(0, np.int64), np.zeros(0, np.int64)
        found = [self._block_pairs(xy[start:start + _PAIR_POINTS_AT_ONCE], start)
                 for start in range(0, len(xy), _PAIR_POINTS_AT_ONCE)]  # the candidates a block at a time
        return np.concatenate([p for p, _ in found]), np.concatenate([b for _, b in found])

    def _block_pairs(self, xy: np.ndarray, start: int) -> tuple[np.ndarray, np.ndarray]:
        idx, key = self._grid.point_keys(xy)
        at = np.minimum(np.searchsorted(self._keys, key), len(self._keys) - 1)
        hit = self._keys[at] == key
        idx, at = idx[hit], at[hit]
        count = self._starts[at + 1] - self._starts[at]
        point = np.repeat(idx, count)
        box = self._boxes[run_positions(self._starts[at], count)]
        b = self.bounds[box]
        x, y = xy[point, 0], xy[point, 1]
        inside = (b[:, 0] <= x) & (x <= b[:, 2]) & (b[:, 1] <= y) & (y <= b[:, 3])
        return point[inside] + start, box[inside]
