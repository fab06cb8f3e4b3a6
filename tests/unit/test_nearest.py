"""core/nearest.py: the nearest point of groups of points is the one the tree finds point by point."""

from __future__ import annotations

import numpy as np
import shapely
from shapely import STRtree

import clearground.core.nearest as nearest
from clearground.core.nearest import nearest_in_groups


def _distances(xy, tree_xy, index):
    return np.hypot(*(xy - tree_xy[index]).T)


def _by_tree(tree, xy):
    qa, qb = tree.query_nearest(shapely.points(xy), all_matches=False)
    out = np.full(len(xy), -1)
    out[qa] = qb
    return out


def _clusters(rng, centres, per, spread):
    return np.concatenate([c + rng.normal(0, spread, (per, 2)) for c in centres])


def test_groups_near_and_far_from_the_tree_get_the_nearest_point_at_its_distance():
    rng = np.random.default_rng(3)
    tree_xy = _clusters(rng, rng.uniform(0, 20_000, (60, 2)), 80, 40.0)  # finds in cleared records
    tree = STRtree(shapely.points(tree_xy))
    centres = rng.uniform(-2_000, 22_000, (150, 2))  # records, some far from every find
    xy = _clusters(rng, centres, 30, 60.0)
    group = np.repeat(rng.permutation(150), 30)  # the groups' points come in any order
    shuffle = rng.permutation(len(xy))
    xy, group = xy[shuffle], group[shuffle]
    xy[:5] = tree_xy[:5]  # on a tree point
    found = nearest_in_groups(tree, tree_xy, xy, group)
    expected = _by_tree(tree, xy)
    assert (found >= 0).all()
    assert np.allclose(_distances(xy, tree_xy, found), _distances(xy, tree_xy, expected), rtol=0, atol=1e-9)
    assert (found[:5] == np.arange(5)).all()


def test_on_a_tie_the_first_point_of_the_tree_is_taken():
    tree_xy = np.array([[10.0, 0.0], [-10.0, 0.0], [0.0, 10.0]])
    tree = STRtree(shapely.points(tree_xy))
    xy = np.array([[0.0, 0.0], [0.0, 1.0], [3.0, 0.0]])
    assert nearest_in_groups(tree, tree_xy, xy, np.array([1, 1, 2])).tolist() == [0, 2, 0]


def test_a_group_spread_too_wide_asks_the_tree_and_empty_inputs_give_nothing(monkeypatch):
    rng = np.random.default_rng(8)
    tree_xy = rng.uniform(0, 1_000, (500, 2))
    tree = STRtree(shapely.points(tree_xy))
    xy = rng.uniform(-500, 1_500, (200, 2))
    group = np.zeros(200, int)
    monkeypatch.setattr(nearest, "_DISTANCES_AT_ONCE", 1_000)  # 200 points x hundreds of candidates: too many
    found = nearest_in_groups(tree, tree_xy, xy, group)
    assert np.allclose(_distances(xy, tree_xy, found), _distances(xy, tree_xy, _by_tree(tree, xy)))
    assert nearest_in_groups(tree, tree_xy, np.zeros((0, 2)), np.zeros(0, int)).tolist() == []
    empty = STRtree(shapely.points(np.zeros((0, 2))))
    assert nearest_in_groups(empty, np.zeros((0, 2)), xy[:3], group[:3]).tolist() == [-1, -1, -1]
