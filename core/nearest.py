"""The nearest of many points in a tree of points, for points that come in groups near each other
(a record's mines): exact, and far cheaper than one nearest-neighbour search per point when the
nearest points are far away."""

from __future__ import annotations

import numpy as np
import shapely
from shapely import STRtree

#: A group whose points and candidates would make more distances than this asks the tree instead.
_DISTANCES_AT_ONCE = 1 << 22


def nearest_in_groups(tree: STRtree, tree_xy: np.ndarray, xy: np.ndarray,
                      group: np.ndarray) -> np.ndarray:
    """The index in ``tree`` (a tree of points at ``tree_xy``, in its order) of the point nearest to
    each of ``xy`` (n, 2, finite), or -1 when the tree is empty.

    One point of each group (equal ``group`` values) asks the tree for its nearest point; every
    other point's nearest is no farther than that distance plus the way to it, so the group's
    candidates are the tree's points in the box those bounds make, and the nearest is picked among
    them (on a tie, the first in the tree)."""
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    tree_xy = np.asarray(tree_xy, dtype=float).reshape(-1, 2)
    out = np.full(len(xy), -1, np.int64)
    if not len(xy) or not len(tree_xy):
        return out
    order = np.argsort(group, kind="stable")
    g = np.asarray(group)[order]
    starts = np.flatnonzero(np.r_[True, g[1:] != g[:-1]])
    ends = np.r_[starts[1:], len(g)]
    first = order[starts]
    _, near = tree.query_nearest(shapely.points(xy[first]), all_matches=False)
    member_group = np.repeat(np.arange(len(starts)), ends - starts)
    along = xy[order] - xy[first][member_group]
    reach = np.hypot(*(xy[first] - tree_xy[near]).T)[member_group] + np.hypot(along[:, 0], along[:, 1])
    lo = np.minimum.reduceat(xy[order] - reach[:, None], starts, axis=0)
    hi = np.maximum.reduceat(xy[order] + reach[:, None], starts, axis=0)
    gi, cj = tree.query(shapely.box(lo[:, 0], lo[:, 1], hi[:, 0], hi[:, 1]))
    by_group = np.argsort(gi, kind="stable")
    gi, cj = gi[by_group], cj[by_group]
    bounds = np.searchsorted(gi, np.arange(len(starts) + 1))
    ask_tree = []
    for k in range(len(starts)):
        members = order[starts[k]:ends[k]]
        candidates = np.sort(cj[bounds[k]:bounds[k + 1]])
        if len(candidates) * len(members) > _DISTANCES_AT_ONCE:
            ask_tree.append(members)
            continue
        p, c = xy[members], tree_xy[candidates]
        squared = (p[:, None, 0] - c[None, :, 0]) ** 2 + (p[:, None, 1] - c[None, :, 1]) ** 2
        out[members] = candidates[np.argmin(squared, axis=1)]
    if ask_tree:
        members = np.concatenate(ask_tree)
        qa, qb = tree.query_nearest(shapely.points(xy[members]), all_matches=False)
        out[members[qa]] = qb
    return out
