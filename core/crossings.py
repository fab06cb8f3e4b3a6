"""Where polygon edges cross a cell side, computed the way GEOS computes segment intersections.

GEOS changed its formula between versions: up to 3.11 ``algorithm::Intersection`` works in doubles,
in homogeneous coordinates about the midpoint of the segments' common envelope; later versions
compute it in double-double arithmetic (``CGAlgorithmsDD``), which gives the exact crossing rounded
once. Both are here, vectorised; core.clip checks which one the GEOS in use matches.

The arguments are in (across, along) coordinates of the cell side: the side lies on ``across ==
at`` from ``along == side[0]`` to ``side[1]``; the edge runs from (pe, u0) to (qe, u1) and crosses
the side's line strictly between its ends. The functions return the ``along`` coordinate.

Part of core/clip.py's stand-in for GEOS's cutting of the cells (1.57x for clearground:generatesectors
at national scale: see core/clip.py); a GEOS that computes its crossings otherwise matches neither
formula, and then GEOS cuts every cell.
"""

from __future__ import annotations

import numpy as np

_SPLIT = 134217729.0  # 2**27 + 1, Dekker's splitting constant for doubles


def midpoint(at, side, pe, qe, u0, u1) -> np.ndarray:
    """GEOS's ``algorithm::Intersection::intersection`` up to GEOS 3.11, in doubles."""
    min_a = np.maximum(np.minimum(pe, qe), at)
    max_a = np.minimum(np.maximum(pe, qe), at)
    min_b = np.maximum(np.minimum(u0, u1), np.minimum(side[0], side[1]))
    max_b = np.minimum(np.maximum(u0, u1), np.maximum(side[0], side[1]))
    mid_a, mid_b = (min_a + max_a) / 2.0, (min_b + max_b) / 2.0
    p1a, p1b, p2a, p2b = at - mid_a, side[0] - mid_b, at - mid_a, side[1] - mid_b
    q1a, q1b, q2a, q2b = pe - mid_a, u0 - mid_b, qe - mid_a, u1 - mid_b
    pa, pb, pw = p1b - p2b, p2a - p1a, p1a * p2b - p2a * p1b
    qa, qb, qw = q1b - q2b, q2a - q1a, q1a * q2b - q2a * q1b
    b = qa * pw - pa * qw
    w = pa * qb - qa * pb
    return b / w + mid_b


def double_double(at, side, pe, qe, u0, u1) -> np.ndarray:
    """The exact crossing ``u0 + (at - pe) * (u1 - u0) / (qe - pe)`` rounded once, as GEOS's
    double-double ``CGAlgorithmsDD::intersection`` gives it (``side`` is not needed)."""
    offset = _sum(at, -pe)
    rise = _sum(u1, -u0)
    run = _sum(qe, -pe)
    hi, lo = _add((u0, np.zeros_like(u0)), _div(_mul(offset, rise), run))
    return hi + lo


def _sum(a, b):
    """a + b as an unevaluated sum (hi, lo), exactly (Knuth's two-sum)."""
    s = a + b
    bb = s - a
    return s, (a - (s - bb)) + (b - bb)


def _fast_sum(a, b):
    s = a + b
    return s, b - (s - a)


def _split(a):
    t = _SPLIT * a
    hi = t - (t - a)
    return hi, a - hi


def _product(a, b):
    """a * b as (hi, lo), exactly (Dekker's two-product, without fused multiply-add)."""
    p = a * b
    a_hi, a_lo = _split(a)
    b_hi, b_lo = _split(b)
    return p, ((a_hi * b_hi - p) + a_hi * b_lo + a_lo * b_hi) + a_lo * b_lo


def _add(x, y):
    s, e = _sum(x[0], y[0])
    t, f = _sum(x[1], y[1])
    s, e = _fast_sum(s, e + t)
    return _fast_sum(s, e + f)


def _mul(x, y):
    p, e = _product(x[0], y[0])
    return _fast_sum(p, e + (x[0] * y[1] + x[1] * y[0]))


def _div(x, y):
    q1 = x[0] / y[0]
    r = _add(x, _neg(_mul((q1, np.zeros_like(q1)), y)))
    q2 = r[0] / y[0]
    r = _add(r, _neg(_mul((q2, np.zeros_like(q2)), y)))
    q3 = r[0] / y[0]
    return _add(_fast_sum(q1, q2), (q3, np.zeros_like(q3)))


def _neg(x):
    return -x[0], -x[1]


FORMULAS = {"midpoint": midpoint, "double-double": double_double}
