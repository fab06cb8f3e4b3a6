"""core/box_sieve.py: the sieve keeps every point in a box and drops most of the others."""

from __future__ import annotations

import numpy as np
import pytest

from clearground.core import box_sieve
from clearground.core.box_sieve import BoxGrid, maybe_in_boxes


def _in_some_box(xy: np.ndarray, bounds: np.ndarray) -> np.ndarray:
    x, y = xy[:, :1], xy[:, 1:]
    return ((bounds[:, 0] <= x) & (x <= bounds[:, 2]) & (bounds[:, 1] <= y) & (y <= bounds[:, 3])).any(axis=1)


def test_every_point_in_a_box_is_kept_and_far_points_are_dropped():
    rng = np.random.default_rng(7)
    corner = rng.uniform(0, 10_000, (300, 2))
    size = rng.uniform(5, 60, (300, 2))
    bounds = np.column_stack((corner, corner + size))
    xy = rng.uniform(-500, 10_500, (20_000, 2))
    xy[:40] = bounds[:40, 2:]  # on a box's far corner
    xy[40:80] = bounds[40:80, :2]  # on its near corner
    kept = maybe_in_boxes(xy, bounds)
    inside = _in_some_box(xy, bounds)
    assert inside[:80].all()
    assert kept[inside].all()
    assert kept.sum() < 3 * inside.sum()  # the sieve does sieve: few points of the rest stay
    assert not kept[(xy < -200).any(axis=1)].any()


def test_points_without_coordinates_and_inputs_without_boxes():
    bounds = np.array([[0.0, 0.0, 10.0, 10.0]])
    xy = np.array([[5.0, 5.0], [np.nan, 5.0], [50.0, 50.0]])
    assert maybe_in_boxes(xy, bounds).tolist() == [True, False, False]
    assert maybe_in_boxes(xy, np.zeros((0, 4))).tolist() == [False, False, False]
    assert maybe_in_boxes(np.zeros((0, 2)), bounds).tolist() == []


def test_a_huge_box_among_small_ones_keeps_every_point_rather_than_marking_the_world():
    bounds = np.array([[0.0, 0.0, 1.0, 1.0], [2.0, 2.0, 3.0, 3.0], [0.0, 0.0, 1e6, 1e6]])
    xy = np.array([[5e5, 5e5], [2e6, 0.0], [np.inf, 0.0]])
    assert maybe_in_boxes(xy, bounds).tolist() == [True, True, False]


def test_points_looked_up_a_block_at_a_time_give_what_one_block_gives(monkeypatch):
    rng = np.random.default_rng(11)
    corner = rng.uniform(0, 10_000, (300, 2))
    bounds = np.column_stack((corner, corner + rng.uniform(5, 60, (300, 2))))
    xy = rng.uniform(-500, 10_500, (20_000, 2))
    xy[::97] = np.nan
    whole = maybe_in_boxes(xy, bounds)
    monkeypatch.setattr(box_sieve, "_POINTS_AT_ONCE", 777)
    assert (maybe_in_boxes(xy, bounds) == whole).all() and whole.any()


def _pairs_by_hand(xy: np.ndarray, bounds: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    x, y = xy[:, :1], xy[:, 1:]
    inside = (bounds[:, 0] <= x) & (x <= bounds[:, 2]) & (bounds[:, 1] <= y) & (y <= bounds[:, 3])
    return np.nonzero(inside)  # row-major: by point, then box


@pytest.mark.parametrize("at_once", [1 << 17, 333], ids=["one-block", "blocks-of-333"])
def test_the_grid_gives_every_box_that_holds_a_point_edges_included(monkeypatch, at_once):
    """Also when the points' candidate boxes are gathered a block at a time (national tables)."""
    monkeypatch.setattr(box_sieve, "_PAIR_POINTS_AT_ONCE", at_once)
    rng = np.random.default_rng(5)
    corner = rng.uniform(0, 2_000, (400, 2))
    bounds = np.column_stack((corner, corner + rng.uniform(5, 80, (400, 2))))  # many overlap
    bounds[7] = np.nan  # a box that cannot be filed holds nothing
    xy = rng.uniform(-100, 2_100, (5_000, 2))
    xy[:50] = bounds[50:100, 2:]  # on far corners: at the edge of the grid's squares too
    xy[50:60] = np.nan
    grid = BoxGrid(bounds)
    assert grid.usable
    point, box = grid.pairs(xy)
    expected = _pairs_by_hand(xy, bounds)
    assert point.tolist() == expected[0].tolist() and box.tolist() == expected[1].tolist()
    assert len(point) > 500 and 7 not in box.tolist()
    some = grid.pairs(xy[::13])  # small sets one after another, as the analysis asks
    assert some[0].tolist() == _pairs_by_hand(xy[::13], bounds)[0].tolist()


def test_a_grid_of_a_few_huge_boxes_among_small_ones_says_it_is_not_usable():
    bounds = np.array([[0.0, 0.0, 1.0, 1.0], [2.0, 2.0, 3.0, 3.0], [0.0, 0.0, 1e4, 1e4]])
    assert not BoxGrid(bounds).usable
    empty = BoxGrid(np.zeros((0, 4)))
    assert empty.usable and [a.tolist() for a in empty.pairs(np.array([[1.0, 1.0]]))] == [[], []]
