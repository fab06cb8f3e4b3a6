"""Where a minefield record really lies: a robust fit of its recorded mines to the finds.

Everything here works in local metres (x east, y north). A record's transform is a similarity about
a pivot point (the record's centroid): ``p' = pivot + scale * R(rotation) (p - pivot) + (dx, dy)``,
with the rotation in degrees clockwise (the way bearings turn). The fit needs no known pairs: it
votes for a rotation and a shift (a Hough transform over the find-to-mine differences), then refines
with iterative closest points and a Tukey-weighted least squares, matching finds to mines one to
one, so unrecorded finds and outliers do not drag it. Row minefields fit their own rows one mine
or one row further just as well: among equally good transforms the one that leaves no recorded
mine unfound in cleared ground wins, then the smallest move (records are right until shown wrong).
A record whose finds already sit on its mines skips the search.

Matching (``match_one_to_one``) pairs nearest first within a distance, each point used once: the
candidate pairs (every distance for a record's few points, a sweep along x for more, a grid of
squares for many) sorted by distance and taken in vectorised rounds; ``augment_matching`` then frees
the mine a greedy pass left without its find.

When the record's traverse is known (the bearings and distances as written), the usual human errors
are tried as well: Soviet mils read as NATO mils (or the reverse), a declination applied with the
wrong sign, or not applied at all.
"""

from __future__ import annotations

import cmath
import csv
import io
import itertools
import json
import math
import re
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator, Sequence

import numpy as np
import shapely
from shapely import STRtree

from .angles import is_soviet_notation, normalize_north, normalize_unit
from .lattice import lattice_steps
from .runs import run_positions

#: Mils in a circle, by unit code.
UNIT_CIRCLE = {"deg": 360.0, "mil6400": 6400.0, "mil6000": 6000.0}
#: Human-error hypotheses tried on a known traverse, in the order they are reported on a tie.
HYPOTHESES: tuple[str, ...] = (
    "as_plotted",
    "mil6000_read_as_mil6400",
    "mil6400_read_as_mil6000",
    "declination_wrong_sign",
    "declination_omitted",
)
#: Fewest one-to-one matches for a fitted transform to be trusted.
MIN_MATCHES = 5
#: The best transform stands only when it beats every other candidate (the record as plotted and
#: the aliases: the best moved by up to ALIAS_STEPS of the layout's own spacing and row gap) by at
#: least this much evidence: finds explained, less finds left unexplained inside the moved
#: footprint, less moved mines put in cleared ground where nothing was found.
ALIAS_MARGIN = 3
ALIAS_STEPS = 2
#: Fewer finds of evidence than this cannot pin a layout down: the record is reported as too_few_finds.
MIN_EVIDENCE = 8
#: A fit whose own residuals predict an error above this (m, rms) at the mines not yet found does
#: not pin them down either (few finds, or finds close together, that fit loosely): too_few_finds.
PLACED_WITHIN_M = 1.5
FITTED, AMBIGUOUS, TOO_FEW_FINDS = "fitted", "ambiguous", "too_few_finds"


# -- the transform ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Similarity:
    """A 2-D similarity about a pivot, in metres; rotation in degrees clockwise."""

    dx: float = 0.0
    dy: float = 0.0
    rotation_deg: float = 0.0
    scale: float = 1.0
    px: float = 0.0
    py: float = 0.0

    def apply(self, xy: np.ndarray) -> np.ndarray:
        """The points ``xy`` (n x 2) moved by this transform."""
        xy = np.asarray(xy, dtype=float).reshape(-1, 2)
        theta = -math.radians(self.rotation_deg)  # counter-clockwise, for the matrix
        c, s = math.cos(theta) * self.scale, math.sin(theta) * self.scale
        x, y = xy[:, 0] - self.px, xy[:, 1] - self.py
        out = np.empty_like(xy)
        out[:, 0] = c * x - s * y + (self.px + self.dx)
        out[:, 1] = s * x + c * y + (self.py + self.dy)
        return out

    def inverse(self) -> Similarity:
        """The transform that undoes this one (about the same pivot)."""
        theta = math.radians(self.rotation_deg)
        k = 1.0 / self.scale
        c, s = math.cos(theta) * k, math.sin(theta) * k
        dx, dy = -(c * self.dx - s * self.dy), -(s * self.dx + c * self.dy)
        return Similarity(dx, dy, -self.rotation_deg, k, self.px, self.py)

    @property
    def shift(self) -> float:
        """Length of the shift of the pivot, metres."""
        return math.hypot(self.dx, self.dy)


def fit_similarity(src: np.ndarray, dst: np.ndarray, weights: np.ndarray | None = None,
                   with_scale: bool = True, pivot: Sequence[float] = (0.0, 0.0)) -> Similarity:
    """The weighted least-squares similarity (or rigid, without scale) taking ``src`` onto ``dst``."""
    src = np.asarray(src, dtype=float).reshape(-1, 2)
    dst = np.asarray(dst, dtype=float).reshape(-1, 2)
    w = np.ones(len(src)) if weights is None else np.asarray(weights, dtype=float)
    return _fit_rows(_pair_rows(src, dst, pivot), w, with_scale, pivot)


def _pair_rows(src: np.ndarray, dst: np.ndarray, pivot: Sequence[float]) -> np.ndarray:
    """The rows xs, ys, xd, yd of point pairs, about the pivot."""
    return np.concatenate((src.T, dst.T)) - np.array([[pivot[0]], [pivot[1]], [pivot[0]], [pivot[1]]])


def _fit_rows(rows: np.ndarray, w: np.ndarray, with_scale: bool, pivot: Sequence[float]) -> Similarity:
    """``fit_similarity`` of pairs given as their rows about the pivot."""
    sw = float(w.sum())
    if rows.shape[1] == 0 or sw <= 0:
        return Similarity(px=pivot[0], py=pivot[1])
    # their weighted means and weighted cross products
    mean = rows @ w / sw
    centred = rows - mean[:, None]
    cov = (centred * w) @ centred.T
    num = complex(cov[0, 2] + cov[1, 3], cov[0, 3] - cov[1, 2])  # sum w conj(cs) cd
    den = cov[0, 0] + cov[1, 1]  # sum w |cs|^2
    ms, md = complex(mean[0], mean[1]), complex(mean[2], mean[3])
    if den <= 1e-12 or abs(num) <= 1e-12:
        a = 1.0 + 0j
    elif with_scale:
        a = num / den
    else:
        a = num / abs(num)
    t = md - a * ms
    return Similarity(t.real, t.imag, -math.degrees(cmath.phase(a)), abs(a) if with_scale else 1.0, pivot[0], pivot[1])


def robust_similarity(src: np.ndarray, dst: np.ndarray, with_scale: bool = True,
                      pivot: Sequence[float] = (0.0, 0.0), max_c: float = 10.0,
                      iterations: int = 30) -> tuple[Similarity, np.ndarray]:
    """Iteratively reweighted least squares with Tukey's biweight: (transform, final weights)."""
    src = np.asarray(src, dtype=float).reshape(-1, 2)
    dst = np.asarray(dst, dtype=float).reshape(-1, 2)
    rows = _pair_rows(src, dst, pivot)
    x, y, xd, yd = rows[0], rows[1], dst[:, 0], dst[:, 1]
    w = np.ones(len(src))
    t = _fit_rows(rows, w, with_scale, pivot)
    for _ in range(iterations):
        # the residuals of the pairs, the sources moved as Similarity.apply moves them
        theta = -math.radians(t.rotation_deg)
        c, s = math.cos(theta) * t.scale, math.sin(theta) * t.scale
        r = np.hypot(c * x - s * y + (t.px + t.dx) - xd, s * x + c * y + (t.py + t.dy) - yd)
        sigma = 1.4826 * _median(r) if len(r) else 0.0
        c = min(max(4.685 * sigma, 0.5), max_c)
        u = r / c
        w_new = np.where(u < 1.0, (1.0 - u ** 2) ** 2, 0.0)
        if w_new.sum() < 2:
            break
        t_new = _fit_rows(rows, w_new, with_scale, pivot)
        done = (abs(t_new.dx - t.dx) + abs(t_new.dy - t.dy) < 1e-4
                and abs(t_new.rotation_deg - t.rotation_deg) < 1e-6 and abs(t_new.scale - t.scale) < 1e-8)
        t, w = t_new, w_new
        if done:
            break
    return t, w


def _median(values: np.ndarray) -> float:
    """The median of a non-empty 1-D array (np.median without its overhead)."""
    n = len(values)
    k = n // 2
    if n % 2:
        return float(np.partition(values, k)[k])
    part = np.partition(values, (k - 1, k))
    return 0.5 * float(part[k - 1] + part[k])


# -- one-to-one matching ------------------------------------------------------------------------------
def label_codes(a_labels, b_labels) -> tuple[np.ndarray | None, np.ndarray | None]:
    """Labels (e.g. device categories; None for unknown) as integer codes shared by both sides, -1
    for unknown; (None, None) when either side has none. Integer labels are taken as codes already."""
    if a_labels is None or b_labels is None:
        return None, None
    a, b = np.asarray(a_labels), np.asarray(b_labels)
    if a.dtype.kind in "iu" and b.dtype.kind in "iu":
        return a.astype(np.int64, copy=False), b.astype(np.int64, copy=False)
    codes: dict = {}

    def encode(values: np.ndarray) -> np.ndarray:
        items = values.astype(object).tolist()
        lookup = {}
        for v in set(items):
            if v is None or (isinstance(v, float) and math.isnan(v)):
                lookup[v] = -1
            else:
                lookup[v] = codes.setdefault(v, len(codes))
        return np.fromiter(map(lookup.__getitem__, items), dtype=np.int64, count=len(items))

    return encode(a), encode(b)


def candidate_pairs(a_xy: np.ndarray, b_xy: np.ndarray,
                    max_distance: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every pair (index in a, index in b) no farther apart than ``max_distance``, with its distance;
    NaN points take part in none. Every distance for few points, a sweep along x for more, a grid of
    squares for many."""
    a_xy = np.asarray(a_xy, dtype=float).reshape(-1, 2)
    b_xy = np.asarray(b_xy, dtype=float).reshape(-1, 2)
    if len(a_xy) * len(b_xy) <= _SMALL_LIMIT:  # one record's mines and finds: every pair at once
        dx = a_xy[:, None, 0] - b_xy[None, :, 0]
        dy = a_xy[:, None, 1] - b_xy[None, :, 1]
        ia, ib = np.nonzero(dx * dx + dy * dy <= max_distance * max_distance * (1.0 + 1e-9))  # NaN: never
        return _within(a_xy, b_xy, ia, ib, max_distance)
    if len(a_xy) * len(b_xy) <= _DENSE_LIMIT and np.isfinite(a_xy).all() and np.isfinite(b_xy).all():
        return _within(a_xy, b_xy, *_sweep_pairs(a_xy, b_xy, max_distance), max_distance)  # the common case, lean
    ok_a = np.flatnonzero(np.isfinite(a_xy).all(axis=1))
    ok_b = np.flatnonzero(np.isfinite(b_xy).all(axis=1))
    a, b = a_xy[ok_a], b_xy[ok_b]
    if len(ok_a) * len(ok_b) <= _DENSE_LIMIT:
        parts = [_sweep_pairs(a, b, max_distance)]
    elif len(ok_a) >= len(ok_b):
        parts = _grid_parts(a, b, max_distance)
    else:
        parts = ((ia, ib) for ib, ia in _grid_parts(b, a, max_distance))
    # each part's pairs measured as it comes: a national table's candidates are never all held at once
    columns = [list(column) for column in zip(*(_within(a, b, ia, ib, max_distance) for ia, ib in parts))]
    if not columns:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0)
    ia, ib, d = (_joined(column) for column in columns)
    return (ok_a[ia] if len(ok_a) < len(a_xy) else ia), (ok_b[ib] if len(ok_b) < len(b_xy) else ib), d


def _joined(parts: list[np.ndarray]) -> np.ndarray:
    """The parts as one array, each let go of as soon as it is copied."""
    out = np.concatenate(parts)
    parts.clear()
    return out


def _within(a: np.ndarray, b: np.ndarray, ia: np.ndarray, ib: np.ndarray,
            max_distance: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The pairs (ia, ib) no farther apart than ``max_distance``, with their distances."""
    d = np.hypot(a[ia, 0] - b[ib, 0], a[ia, 1] - b[ib, 1])
    near = d <= max_distance
    return ia[near], ib[near], d[near]


def _sweep_pairs(a: np.ndarray, b: np.ndarray, reach: float) -> tuple[np.ndarray, np.ndarray]:
    """The pairs (index in a, index in b) less than ``reach`` apart in x: every pair within ``reach``
    and some farther. For small inputs: b sorted by x, each point of a looks up its band."""
    order = np.argsort(b[:, 0], kind="stable")
    bx = b[order, 0]
    lo = np.searchsorted(bx, a[:, 0] - reach, side="left")
    count = np.searchsorted(bx, a[:, 0] + reach, side="right") - lo
    total = int(count.sum())
    if not total:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    return np.repeat(np.arange(len(a)), count), order[run_positions(lo, count)]


def _grid_parts(many: np.ndarray, few: np.ndarray, cell: float) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """The pairs (index in many, index in few) in the same or neighbouring squares of side ``cell``,
    one neighbour offset at a time: every pair within ``cell`` and some farther. ``many`` is sorted
    by square; each point of ``few`` looks up its nine squares."""
    cell = max(float(cell), 1e-9)
    origin = np.minimum(many.min(axis=0), few.min(axis=0))
    span = int(np.floor((max(many[:, 1].max(), few[:, 1].max()) - origin[1]) / cell)) + 3

    def key(xy: np.ndarray) -> np.ndarray:
        ij = np.floor((xy - origin) / cell).astype(np.int64) + 1
        return ij[:, 0] * span + ij[:, 1]

    many_key = key(many)
    order = np.argsort(many_key, kind="stable")
    sorted_key = many_key[order]
    del many_key
    few_key = key(few)
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            wanted = few_key + dx * span + dy
            lo = np.searchsorted(sorted_key, wanted, side="left")
            count = np.searchsorted(sorted_key, wanted, side="right") - lo
            hit = np.flatnonzero(count)
            if len(hit):
                count = count[hit]
                yield order[run_positions(lo[hit], count)], np.repeat(hit, count)


def greedy_pairs(ia: np.ndarray, ib: np.ndarray, d: np.ndarray, n_a: int, n_b: int,
                 phases: Sequence[np.ndarray] | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Candidate pairs made one to one, nearest first (ties: lower index in a, then in b).

    ``phases`` (masks over the pairs) are served in turn, each among the points the earlier ones
    left free: one greedy pass over the pairs ordered by their first phase, then as above (a pair in
    no phase is never taken). Each round accepts the pairs that are the nearest of both their points,
    which is the greedy assignment in that order; the last few pairs are settled one by one.
    """
    phase = None
    if phases is not None:
        phase = np.full(len(ia), len(phases), np.int8)
        for k in range(len(phases) - 1, -1, -1):
            phase[np.asarray(phases[k], bool)] = k
        keep = phase < len(phases)
        if not keep.all():
            ia, ib, d, phase = ia[keep], ib[keep], d[keep], phase[keep]
    order = _by_distance(ia, ib, d, n_b)
    if phase is not None and len(phases) > 1 and len(phase) and phase.min() != phase.max():  # (one phase: as it is)
        order = order[np.argsort(phase[order], kind="stable")]
    pa, pb = ia[order], ib[order]
    used_a, used_b = np.zeros(n_a, bool), np.zeros(n_b, bool)
    first_a, first_b = np.zeros(n_a, np.int64), np.zeros(n_b, np.int64)
    out_a, out_b = [np.zeros(0, np.int64)], [np.zeros(0, np.int64)]
    while len(pa) > _LOOP_PAIRS:
        k = np.arange(len(pa))
        first_a[pa[::-1]] = k[::-1]  # the first (nearest) pair of each point
        first_b[pb[::-1]] = k[::-1]
        take = (first_a[pa] == k) & (first_b[pb] == k)
        out_a.append(pa[take])
        out_b.append(pb[take])
        used_a[pa[take]] = True
        used_b[pb[take]] = True
        keep = ~used_a[pa] & ~used_b[pb]
        pa, pb = pa[keep], pb[keep]
        if len(pa) > 0.8 * len(k):  # long chains of near ties: settle them one by one
            break
    taken_a, taken_b = [], []
    for a, b in zip(pa.tolist(), pb.tolist()):
        if not used_a[a] and not used_b[b]:
            used_a[a] = used_b[b] = True
            taken_a.append(a)
            taken_b.append(b)
    out_a.append(np.asarray(taken_a, np.int64))
    out_b.append(np.asarray(taken_b, np.int64))
    return np.concatenate(out_a), np.concatenate(out_b)


def _by_distance(ia: np.ndarray, ib: np.ndarray, d: np.ndarray, n_b: int) -> np.ndarray:
    """The order of the pairs by distance, then index in a, then in b. Few pairs: by distance alone
    when no two are equally far. Many pairs: sorted by (a, b) when they are not already, then stably
    by distance (both cheaper than the three-key sort)."""
    if len(d) < _MANY_PAIRS:
        order = np.argsort(d)
        ranked = d[order]
        if len(d) < 2 or (ranked[1:] > ranked[:-1]).all():  # no ties: the distance alone orders them
            return order
        return np.lexsort((ib, ia, d))
    key = ia * max(n_b, 1) + ib
    if not (key[1:] > key[:-1]).all():
        pre = np.argsort(key, kind="stable")
        return pre[np.argsort(d[pre], kind="stable")]
    return np.argsort(d, kind="stable")


def label_phases(ia: np.ndarray, ib: np.ndarray, a_codes: np.ndarray | None,
                 b_codes: np.ndarray | None) -> list[np.ndarray] | None:
    """The matching phases of labelled pairs: same label first, then pairs with an unknown label."""
    if a_codes is None or b_codes is None:
        return None
    la, lb = a_codes[ia], b_codes[ib]
    return [(la >= 0) & (la == lb), (la < 0) | (lb < 0)]


def match_one_to_one(a_xy: np.ndarray, b_xy: np.ndarray, max_distance: float,
                     a_labels: np.ndarray | None = None,
                     b_labels: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pair points of ``a`` with points of ``b`` one to one, nearest first, within ``max_distance``.

    Returns (index in a, index in b, distance), sorted by the index in a. NaN points never match.
    With labels (e.g. device categories; None or -1 for unknown), points pair with points of the
    same label first; an unknown label then pairs with anything left over. 10^5 against 10^6 points
    takes about a second.
    """
    a_xy = np.asarray(a_xy, dtype=float).reshape(-1, 2)
    b_xy = np.asarray(b_xy, dtype=float).reshape(-1, 2)
    return match_pairs(a_xy, b_xy, candidate_pairs(a_xy, b_xy, max_distance), *label_codes(a_labels, b_labels))


def match_pairs(a_xy: np.ndarray, b_xy: np.ndarray, pairs: tuple[np.ndarray, np.ndarray, np.ndarray],
                ca: np.ndarray | None, cb: np.ndarray | None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``match_one_to_one`` of points (n x 2 floats) whose candidate pairs and label codes are known."""
    pa, pb, d = pairs
    ia, ib = greedy_pairs(pa, pb, d, len(a_xy), len(b_xy), label_phases(pa, pb, ca, cb))
    order = np.argsort(ia, kind="stable")
    ia, ib = ia[order], ib[order]
    return ia, ib, np.hypot(a_xy[ia, 0] - b_xy[ib, 0], a_xy[ia, 1] - b_xy[ib, 1])


def augment_matching(a_xy: np.ndarray, b_xy: np.ndarray, ia: np.ndarray, ib: np.ndarray, max_distance: float,
                     a_labels: np.ndarray | None = None, b_labels: np.ndarray | None = None,
                     depth: int = 6, pairs: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None,
                     ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Grow a one-to-one matching by augmenting paths: a point of ``a`` left out because its only
    candidates were taken gets one when another point can move to a further candidate in reach.

    Greedy nearest-first matching can leave the last mine of a row without a find although every
    mine was found (each find went to its neighbour's mine); this repairs that, keeping every pair
    within ``max_distance``. ``pairs``: the candidate pairs when they are known already (see
    candidate_pairs). Returns (index in a, index in b, distance) like match_one_to_one.
    """
    a_xy = np.asarray(a_xy, dtype=float).reshape(-1, 2)
    b_xy = np.asarray(b_xy, dtype=float).reshape(-1, 2)
    mate_a = np.full(len(a_xy), -1, dtype=np.int64)
    mate_b = np.full(len(b_xy), -1, dtype=np.int64)
    mate_a[ia], mate_b[ib] = ib, ia
    pa, pb, d = candidate_pairs(a_xy, b_xy, max_distance) if pairs is None else pairs
    ca, cb = label_codes(a_labels, b_labels)
    if ca is not None:  # a known label pairs with the same label or an unknown one
        allowed = (ca[pa] < 0) | (cb[pb] < 0) | (ca[pa] == cb[pb])
        if not allowed.all():
            pa, pb, d = pa[allowed], pb[allowed], d[allowed]
        del allowed
    free_a = np.unique(pa[mate_a[pa] < 0])  # free points with a candidate
    free_b = np.flatnonzero((mate_b < 0) & np.isfinite(b_xy).all(axis=1))
    # An augmenting path of at most ``depth`` steps ends at a free point of b no farther than
    # (2 depth - 1) max_distance away: only the free points of a with one that close can gain.
    if len(free_b) and len(free_a):
        near, _ = STRtree(shapely.points(b_xy[free_b])).query(
            shapely.points(a_xy[free_a]), predicate="dwithin", distance=(2 * depth - 1) * max_distance)
        free_a = free_a[np.unique(near)]
    else:
        free_a = free_a[:0]
    if len(free_a):
        order = np.lexsort((pb, d, pa))  # each a's candidates, nearest first
        pa, pb = pa[order], pb[order]
        starts = np.searchsorted(pa, np.arange(len(a_xy) + 1))
        del pa, d

        def reach(a: int) -> list[int]:  # (read where asked: not a Python int for every pair)
            return pb[starts[a]:starts[a + 1]].tolist()

        for a0 in free_a.tolist():
            parent: dict[int, int] = {}
            frontier, seen, end = [a0], {a0}, None
            for _ in range(depth):
                following = []
                for a in frontier:
                    for b in reach(a):
                        if b in parent:
                            continue
                        parent[b] = a
                        if mate_b[b] < 0:
                            end = b
                            break
                        if int(mate_b[b]) not in seen:
                            seen.add(int(mate_b[b]))
                            following.append(int(mate_b[b]))
                    if end is not None:
                        break
                if end is not None or not following:
                    break
                frontier = following
            b = end
            while b is not None:  # flip the path
                a = parent[b]
                previous = int(mate_a[a])
                mate_a[a], mate_b[b] = b, a
                b = previous if a != a0 else None
    ia = np.flatnonzero(mate_a >= 0)
    ib = mate_a[ia]
    return ia, ib, np.hypot(*(a_xy[ia] - b_xy[ib]).T)


_CHUNK = 1_000_000  # mines at a time in sums over a whole table
_SMALL_LIMIT = 12_000  # below this many point pairs every distance at once is faster than a sweep
_DENSE_LIMIT = 300_000  # below this many point pairs a sweep along x is faster than a grid
_LOOP_PAIRS = 64  # fewer candidate pairs than this are settled one by one
_MANY_PAIRS = 50_000  # from this many candidate pairs on, they are sorted in two steps
_WIDER = 0.25  # a record's candidate pairs are found this many tolerances wider, to serve small moves
_MATRIX_CELLS = 2_000_000  # the shifts x pairs of the alias bounds are worked through this many at a time


# -- applying a record's offset ------------------------------------------------------------------------
#: The columns of an OUTPUT_OFFSETS row that give its transform, and those of its runner-up.
TRANSFORM_COLUMNS = ("dx_m", "dy_m", "rotation_deg", "scale")
RUNNER_UP_COLUMNS = tuple(f"runner_up_{name}" for name in TRANSFORM_COLUMNS)


def row_transform(values: Sequence[Any]) -> Similarity | None:
    """The transform of an OUTPUT_OFFSETS row from its dx_m, dy_m, rotation_deg and scale (in that
    order); None unless all four are finite numbers and the scale is positive."""
    try:
        numbers = [float(v) for v in values]
    except (TypeError, ValueError):
        return None
    if len(numbers) != 4 or not all(math.isfinite(v) for v in numbers) or numbers[3] <= 0:
        return None
    return Similarity(*numbers)


def record_pivot(perimeter, mines_lonlat: np.ndarray | None = None) -> tuple[float, float] | None:
    """The point a record's transform turns about: its perimeter's centroid (longitude, latitude), else
    the mean of its mines; None when it has neither."""
    m = np.zeros((0, 2)) if mines_lonlat is None else np.asarray(mines_lonlat, dtype=float).reshape(-1, 2)
    pivots = record_pivots(np.array([perimeter], dtype=object), np.zeros(len(m), np.int64), m[:, 0], m[:, 1])
    return (float(pivots[0, 0]), float(pivots[0, 1])) if np.isfinite(pivots[0]).all() else None


def record_pivots(perimeters: np.ndarray, mine_record: np.ndarray, mines_lon: np.ndarray,
                  mines_lat: np.ndarray) -> np.ndarray:
    """record_pivot for many records at once: ``perimeters`` (None where a record has none), each
    mine's record index (-1: none) and position; NaN where a record has neither."""
    perimeters = np.asarray(perimeters, dtype=object)
    n = len(perimeters)
    out = np.full((n, 2), np.nan)
    has = np.array([g is not None for g in perimeters], dtype=bool)
    has[has] = ~shapely.is_empty(perimeters[has])
    if has.any():
        centroids = shapely.centroid(perimeters[has])
        out[has] = np.column_stack((shapely.get_x(centroids), shapely.get_y(centroids)))
    mine_record = np.asarray(mine_record)
    count = np.zeros(n)
    total = np.zeros((n, 2))
    for start in range(0, len(mine_record), _CHUNK):  # a national table a slice at a time
        rec = mine_record[start:start + _CHUNK].astype(np.int64, copy=False)
        use = rec >= 0
        rec = rec[use]
        count += np.bincount(rec, minlength=n)[:n]
        for k, values in enumerate((mines_lon, mines_lat)):
            total[:, k] += np.bincount(rec, weights=np.asarray(values[start:start + _CHUNK], dtype=float)[use],
                                       minlength=n)[:n]
    mean = total / np.maximum(count, 1)[:, None]
    by_mines = ~has & (count > 0)
    out[by_mines] = mean[by_mines]
    return out


def move_lonlat(geoms: np.ndarray, pivot: Sequence[float], transform: Similarity) -> np.ndarray:
    """Geometries in longitude/latitude moved by ``transform`` (its pivot ignored: it turns about
    ``pivot``), in an azimuthal equidistant projection centred there, so that dx is metres east and dy
    metres north of the pivot, geodesically."""
    from .proj import Transformer

    proj = f"+proj=aeqd +lat_0={pivot[1]:.9f} +lon_0={pivot[0]:.9f} +ellps=WGS84 +units=m +no_defs"
    fwd = Transformer.from_crs("EPSG:4326", proj, always_xy=True)
    inv = Transformer.from_crs(proj, "EPSG:4326", always_xy=True)
    local = Similarity(transform.dx, transform.dy, transform.rotation_deg, transform.scale, 0.0, 0.0)

    def _move(coords: np.ndarray) -> np.ndarray:
        x, y = fwd.transform(coords[:, 0], coords[:, 1])
        moved = local.apply(np.column_stack((x, y)))
        lon, lat = inv.transform(moved[:, 0], moved[:, 1])
        return np.column_stack((lon, lat))

    return shapely.transform(np.asarray(geoms, dtype=object), _move)


# -- registration without known pairs -----------------------------------------------------------------
@dataclass
class OffsetFit:
    """The fitted transform of one record and how well it explains the finds."""

    transform: Similarity
    rms_before: float  # of the matched pairs, at the recorded positions
    rms_after: float  # of the same pairs, after the transform
    matches: int  # one-to-one pairs (inliers) after the transform
    matches_before: int  # one-to-one pairs within the tolerance at the recorded positions
    mean_shift: float  # mean displacement of the record's mines by the transform
    mine_index: np.ndarray = field(repr=False)  # matched pairs (indices into the inputs)
    find_index: np.ndarray = field(repr=False)
    status: str = FITTED  # FITTED, AMBIGUOUS (a candidate explains the evidence about as well)
    confidence: float = 1.0  # 1 - the runner-up's evidence / the best's (0: as good, 1: explains nothing)
    runner_up: Similarity | None = None
    evidence: int = 0
    runner_up_evidence: int | None = None

    def significant(self, tolerance: float) -> bool:
        """True when the transform is decided and explains the finds much better than the record as plotted."""
        return (self.status == FITTED and self.matches >= MIN_MATCHES and self.mean_shift >= tolerance / 2.0
                and (self.rms_after <= 0.5 * self.rms_before or self.matches >= 1.5 * max(self.matches_before, 1)))


@dataclass
class _Candidate:
    transform: Similarity
    ia: np.ndarray
    ib: np.ndarray
    d: np.ndarray
    shift: float
    missed: int = 0  # moved mines in cleared ground with no find
    unexplained: int = 0  # finds of this record's evidence inside the moved footprint that no mine explains

    @property
    def rms(self) -> float:
        return float(np.sqrt(np.mean(self.d ** 2)))

    @property
    def score(self) -> int:
        """The evidence for the transform: finds explained, less the finds it leaves unexplained in its
        footprint and the mines it puts in cleared ground where nothing was found."""
        return len(self.ia) - self.missed - self.unexplained

    def evidence(self, close: float) -> int:
        """The score with a find counted as explained only within ``close`` metres of its mine."""
        return int((self.d <= close).sum()) - self.missed - self.unexplained

    @property
    def key(self) -> bytes:
        """The pairs, to recognise a solution reached again from another start."""
        return self.ia.tobytes() + b"|" + self.ib.tobytes()

    def better_than(self, other: _Candidate | None, slack: float) -> bool:
        """More finds matched (less mines left unfound in cleared ground); or as many, clearly closer;
        or as good, and a smaller move (records are right until shown wrong: a partly found row field
        fits its neighbouring rows just as well)."""
        if other is None:
            return True
        if self.score != other.score:
            return self.score > other.score
        if abs(self.rms - other.rms) > slack:
            return self.rms < other.rms
        return self.shift < other.shift - 1e-6


@dataclass
class _Problem:
    """One record's registration: its mines, the finds around it, and how to judge a transform."""

    mines: np.ndarray
    finds: np.ndarray
    tolerance: float
    labels: tuple
    in_cleared: Callable[[np.ndarray], np.ndarray] | None
    max_shift: float = math.inf
    max_rotation: float = 180.0
    others: np.ndarray | None = None  # finds other records explain as plotted: not this record's evidence
    _matched: dict = field(default_factory=dict, repr=False)
    _wide: tuple = field(default=(), repr=False)  # (mines moved, their pairs within a wider reach)
    _footprint: object = field(default=None, repr=False)  # the mines' hull widened, in their own frame
    _settled: dict = field(default_factory=dict, repr=False)  # pairs met on a converged ICP path: its end
    _steps: list | None = field(default=None, repr=False)
    _seeded: dict = field(default_factory=dict, repr=False)  # start -> (its shift's row, pairs found for all)

    @property
    def steps(self) -> list[np.ndarray]:
        """The steps of the record's own layout (core.lattice), read once."""
        if self._steps is None:
            self._steps = lattice_steps(self.mines)
        return self._steps

    def match(self, t: Similarity):
        """The one-to-one matching of the moved mines to the finds (a transform met again is not
        matched again: the as-plotted start, for one, is asked for several times)."""
        seeded = self._seeded.get(t)
        if seeded is not None:  # its wider pairs are known (shifted_bounds): ICP goes on from them
            if len(seeded) == 2:  # (its row, what shifted_bounds found): picked out once
                j, (moved, shifts, ia, ib, near, ends) = seeded
                part = near[ends[j]:ends[j + 1]]
                seeded = self._seeded[t] = (moved + shifts[j], ia[part], ib[part])
            self._wide = seeded
        if t not in self._matched:
            if len(self._matched) > 64:
                self._matched.clear()
            moved = t.apply(self.mines)
            self._matched[t] = match_pairs(moved, self.finds, self._pairs(moved), *self.labels)
        return self._matched[t]

    def _pairs(self, moved: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The candidate pairs of the moved mines. ICP moves them a little at a time: the pairs are
        picked out of those found within a wider reach for mines no farther than the margin from
        these, and found anew (within the wider reach) when the mines have moved farther."""
        margin = _WIDER * self.tolerance
        # (the margin shrunk a little: rounding cannot lose a pair)
        if not self._wide or ((moved - self._wide[0]) ** 2).sum(axis=1).max() > 0.99 * margin * margin:
            self._wide = (moved, *candidate_pairs(moved, self.finds, self.tolerance + margin)[:2])
        _, wa, wb = self._wide
        d = np.hypot(moved[wa, 0] - self.finds[wb, 0], moved[wa, 1] - self.finds[wb, 1])
        near = d <= self.tolerance
        return wa[near], wb[near], d[near]

    def quick_score(self, t: Similarity) -> int:
        """How many finds a start matches as it is (one matching, no refinement)."""
        return len(self.match(t)[0])

    def shifted_bounds(self, t: Similarity, starts: Sequence[Similarity], within: float | None = None) -> np.ndarray:
        """For each start (``t`` moved by whole steps, as _alias_starts makes them), a bound on the
        finds it can match one to one: the mines and the finds with a partner of a compatible label
        within ``within`` (the tolerance), whichever are fewer. One search for pairs serves every
        start, and gives each its pairs within the wider reach too (_pairs), so that matching it,
        and refining it, needs no search of its own."""
        shifts = _shifts(t, starts)
        if not len(shifts):
            return np.zeros(0, np.int64)
        wide = self.tolerance * (1.0 + _WIDER)
        within = min(self.tolerance if within is None else within, wide)
        moved = t.apply(self.mines)
        reach = wide + float(np.sqrt((shifts * shifts).sum(axis=1).max())) + 1e-6
        ia, ib, _ = candidate_pairs(moved, self.finds, reach)
        ca, cb = self.labels
        if ca is not None and cb is not None and len(ia):  # pairs of two known labels that differ never match
            la, lb = ca[ia], cb[ib]
            keep = (la < 0) | (lb < 0) | (la == lb)
            ia, ib = ia[keep], ib[keep]
        gap = self.finds[ib] - moved[ia]
        gap_squared = (gap * gap).sum(axis=1)
        n, n_m, n_f = len(shifts), len(self.mines), len(self.finds)
        mines_hit = np.zeros(n * n_m, bool)
        finds_hit = np.zeros(n * n_f, bool)
        near_k, near_p = [np.zeros(0, np.int64)], [np.zeros(0, np.int64)]
        rows = max(1, _MATRIX_CELLS // max(len(gap), 1))  # shifts at a time: a large record's matrix stays small
        for lo in range(0, n, rows):
            block = shifts[lo:lo + rows]
            # shifts x pairs: is the pair within reach once shifted? |gap - shift|^2 as
            # |gap|^2 - 2 gap.shift + |shift|^2, one product of matrices (a hair wider: rounding keeps a pair)
            squared = block @ (-2.0 * gap.T)
            squared += gap_squared[None, :]
            squared += (block * block).sum(axis=1)[:, None]
            k, q = np.nonzero(squared <= wide * wide + 1e-6)  # each start's wider pairs, start after start
            near_k.append(k + lo)
            near_p.append(q)
            hit = squared[k, q] <= within * within + 1e-9  # (within is never wider)
            k, q = k[hit] + lo, q[hit]
            mines_hit[k * n_m + ia[q]] = True
            finds_hit[k * n_f + ib[q]] = True
        near_k, near_p = np.concatenate(near_k), np.concatenate(near_p)
        shared = (moved, shifts, ia, ib, near_p, np.searchsorted(near_k, np.arange(n + 1)))
        self._seeded = dict(zip(starts, zip(range(n), itertools.repeat(shared))))  # one leader's at a time
        return np.minimum(mines_hit.reshape(n, n_m).sum(axis=1), finds_hit.reshape(n, n_f).sum(axis=1))

    def closer(self, t: Similarity, rms: float) -> bool:
        """Whether ``t``'s matching has at least three pairs and an rms below ``rms`` (what finish
        would judge first, without the cost of judging the rest)."""
        _, _, d = self.match(t)
        return len(d) >= 3 and float(np.sqrt(np.mean(d ** 2))) < rms

    def finish(self, t: Similarity) -> _Candidate | None:
        """The transform judged: None when it matches too few finds or leaves the bounds looked in."""
        if t.shift > self.max_shift or abs(t.rotation_deg) > self.max_rotation or not 0.8 <= t.scale <= 1.25:
            return None
        moved = t.apply(self.mines)
        ia, ib, d = self.match(t)
        if len(ia) < 3:
            return None
        missed = 0
        if self.in_cleared is not None:
            unmatched = np.ones(len(moved), bool)
            unmatched[ia] = False
            missed = int((np.asarray(self.in_cleared(moved), dtype=bool) & unmatched).sum())
        return _Candidate(t, ia, ib, d, float(np.hypot(*(moved - self.mines).T).mean()), missed,
                          self._unexplained(t, moved, ib))

    def _unexplained(self, t: Similarity, moved: np.ndarray, ib: np.ndarray) -> int:
        """Finds inside the moved mines' footprint (their hull widened by half the tolerance) that no
        mine explains, leaving out those that other records explain. A rigid move keeps the footprint's
        shape: the finds are moved back into the record's frame and tested against its own footprint,
        made once. Only the finds left over within the footprint's box are tested: most fits leave none."""
        left = np.ones(len(self.finds), bool)
        left[ib] = False
        if self.others is not None:
            left &= ~self.others
        if not left.any():
            return 0
        rigid = t.scale == 1.0
        points = t.inverse().apply(self.finds[left]) if rigid else self.finds[left]
        frame = self.mines if rigid else moved
        reach = self.tolerance / 2.0
        points = points[((points >= frame.min(axis=0) - reach) & (points <= frame.max(axis=0) + reach)).all(axis=1)]
        if not len(points):
            return 0
        if not rigid:
            footprint = shapely.buffer(shapely.convex_hull(shapely.multipoints(moved)), reach)
        else:
            if self._footprint is None:
                self._footprint = shapely.buffer(shapely.convex_hull(shapely.multipoints(self.mines)), reach)
                shapely.prepare(self._footprint)
            footprint = self._footprint
        return int(shapely.contains_xy(footprint, points[:, 0], points[:, 1]).sum())

    def icp(self, start: Similarity, iterations: int = 40) -> _Candidate | None:
        """Iterative closest points (rigid): least squares while the pairs change, then robustly."""
        t = start
        pivot = (start.px, start.py)
        previous = None
        ia = ib = None
        visited: list[bytes] = []
        converged = False
        for _ in range(iterations):
            ia, ib, _ = self.match(t)
            if len(ia) < 3:
                return None
            key = np.array(pivot).tobytes() + ia.tobytes() + b"|" + ib.tobytes()
            if key in self._settled:  # a path met before: from here on it goes where that one went
                result = self._settled[key]
                self._settled.update(dict.fromkeys(visited, result))
                return result
            if key == previous:
                converged = True
                break
            previous = key
            visited.append(key)
            t = fit_similarity(self.mines[ia], self.finds[ib], None, False, pivot)
        t, _ = robust_similarity(self.mines[ia], self.finds[ib], False, pivot, max_c=self.tolerance)
        result = self.finish(t)
        if converged:
            self._settled.update(dict.fromkeys(visited, result))
        return result


def register(mines_xy: np.ndarray, finds_xy: np.ndarray, pivot: Sequence[float], tolerance: float = 10.0,
             search_radius: float = 100.0, max_rotation_deg: float = 12.0, with_scale: bool = True,
             mine_labels: np.ndarray | None = None, find_labels: np.ndarray | None = None,
             in_cleared: Callable[[np.ndarray], np.ndarray] | None = None,
             max_finds: int = 400, max_mines: int = 2000,
             elsewhere: np.ndarray | None = None) -> OffsetFit | None:
    """Fit the transform taking a record's mines onto the finds around it; None without enough matches.

    Points must be finite. ``search_radius`` bounds the shift looked for, ``max_rotation_deg`` the
    rotation; ``tolerance`` is how close a find must come to a moved mine to count as its match.
    Labels (device categories) keep an AP find from matching an AT mine. ``in_cleared(xy)`` (which
    points lie in cleared ground) lets a transform that puts mines in cleared ground where nothing
    was found lose against one that does not. A scale other than 1 is kept only when it explains the
    finds clearly better than a rigid move. ``elsewhere`` (a mask over the finds) marks the finds that
    other records explain as plotted: they are no evidence that this record moved.
    """
    mines = np.asarray(mines_xy, dtype=float).reshape(-1, 2)
    finds = np.asarray(finds_xy, dtype=float).reshape(-1, 2)
    if len(mines) < 3 or len(finds) < 3:
        return None
    pivot = (float(pivot[0]), float(pivot[1]))
    labels = label_codes(mine_labels, find_labels)
    problem = _Problem(mines, finds, tolerance, labels, in_cleared, search_radius + tolerance,
                       max_rotation_deg + 1.0)
    slack = max(0.05 * tolerance, 0.25)
    identity = Similarity(px=pivot[0], py=pivot[1])
    evidence = _evidence(problem, identity, elsewhere)
    if elsewhere is not None:
        problem.others = np.asarray(elsewhere, dtype=bool).copy()
        problem.others[problem.match(identity)[1]] = False
    best = _as_plotted(problem, identity, evidence)
    found: list[_Candidate] = []
    searched = best is None
    if searched and evidence >= MIN_MATCHES:  # else no move can be shown by this record's own finds
        best, found = _search(problem, pivot, slack, search_radius, max_rotation_deg, max_finds, max_mines)
    if best is None:
        return None
    if with_scale and len(best.ia) >= 10:
        scaled, _ = robust_similarity(mines[best.ia], finds[best.ib], True, pivot, max_c=tolerance)
        cand = problem.finish(scaled) if problem.closer(scaled, 0.8 * best.rms) else None
        if cand is not None and cand.score >= best.score and cand.rms < 0.8 * best.rms:
            best = cand
    if not searched and (best.missed or best.unexplained) and _alias_threat(problem, best, pivot):
        searched, found = True, [best]  # as plotted, it leaves evidence out that a neighbouring alias explains
    if searched:  # a record that explains its finds as plotted, with no alias near it, stands
        best, runner, close = _against_aliases(problem, best, pivot, identity, slack, found)
    else:
        runner, close = None, tolerance
    ia, ib, d = _inliers(best.ia, best.ib, best.d, tolerance)
    if len(ia) < 3:
        return None
    before = np.hypot(*(mines[ia] - finds[ib]).T)
    matches_before = len(problem.match(identity)[0])
    fit = OffsetFit(best.transform, float(np.sqrt(np.mean(before ** 2))), float(np.sqrt(np.mean(d ** 2))),
                    len(ia), matches_before, best.shift, ia, ib, evidence=best.evidence(close))
    if len(ia) < MIN_MATCHES or fit.evidence < MIN_EVIDENCE or _placement_error(fit, mines, finds) > PLACED_WITHIN_M:
        fit.status, fit.confidence = TOO_FEW_FINDS, 0.0  # as a record without any fit
    elif runner is not None:
        fit.runner_up, fit.runner_up_evidence = runner.transform, runner.evidence(close)
        fit.confidence = float(np.clip(1.0 - fit.runner_up_evidence / max(fit.evidence, 1), 0.0, 1.0))
        if fit.evidence - fit.runner_up_evidence < ALIAS_MARGIN:
            fit.status = AMBIGUOUS
    return fit


def _placement_error(fit: OffsetFit, mines: np.ndarray, finds: np.ndarray) -> float:
    """The rms error (m) the fit's residuals predict at the record's mines it matched no find to:
    its shift known to rms / sqrt(matches), its turn to rms / the spread of the finds about their
    centre, which grows with each mine's distance from that centre."""
    found = finds[fit.find_index]
    centre = found.mean(axis=0)
    spread = float(((found - centre) ** 2).sum())
    rest = np.ones(len(mines), bool)
    rest[fit.mine_index] = False
    if not rest.any():
        return 0.0  # every mine found: none left to place
    if spread <= 0.0:
        return math.inf  # finds in one spot cannot tell the turn
    far = ((fit.transform.apply(mines[rest]) - centre) ** 2).sum(axis=1)
    return fit.rms_after * math.sqrt(1.0 / len(found) + float(far.mean()) / spread)


def _against_aliases(problem: _Problem, best: _Candidate, pivot: tuple[float, float], identity: Similarity,
                     slack: float, found: Sequence[_Candidate] = ()) -> tuple[_Candidate, _Candidate | None, float]:
    """The best transform and its strongest rival, out of the candidates the search refined
    (``found``), the record as plotted, and the best moved by whole steps of the record's own layout
    (a row gap, a mine spacing) or turned a little about its finds, from every leader in turn, each
    refined. They are ranked by their evidence with the finds counted as explained only as close as
    the closest good fit explains them (_ranked): an alias explains as closely as the truth, a wrong
    turn does not. When the record as plotted is about as good as the best (within ALIAS_MARGIN),
    it stands and has no rival: records are right until shown wrong. Returns the best, its rival
    (None when none puts the mines elsewhere) and the distance a find counted within."""
    pool: dict[bytes, _Candidate] = {best.key: best}
    for cand in found:
        pool.setdefault(cand.key, cand)
    plotted = problem.icp(identity)
    if plotted is not None:
        plotted = pool.setdefault(plotted.key, plotted)
    steps = problem.steps
    spans = _spans(problem.mines, steps)
    explored: set[bytes] = set()
    close, ranked = _ranked(pool, problem.tolerance)
    for _ in range(2):  # the aliases of the leaders so far, until no new one leads
        leaders = [c for c in ranked[:_LEADERS] if c.key not in explored
                   and c.evidence(close) >= ranked[0].evidence(close) - ALIAS_MARGIN]
        if not steps or not leaders:
            break
        for leader in leaders:
            explored.add(leader.key)
            centre = problem.finds[leader.ib].mean(axis=0)
            aliases = _alias_starts(leader.transform, steps, pivot, spans)
            starts = aliases + _turns(leader.transform, centre, pivot)
            wanted = leader.evidence(close) - ALIAS_MARGIN  # a start matching fewer cannot come near
            bounds = list(problem.shifted_bounds(leader.transform, aliases, min(problem.tolerance, close + _SETTLE)))
            bounds += [len(problem.finds)] * (len(starts) - len(aliases))
            quick = [problem.quick_score(start) if bound >= wanted else -1 for start, bound in zip(starts, bounds)]
            near = [k for k in sorted(range(len(starts)), key=lambda k: -quick[k])  # stable: small steps first
                    if quick[k] >= wanted]
            refined = near[:_REFINED] + [k for k in near[_REFINED:] if k >= len(aliases)]  # and every turn
            for k in refined:  # the starts that can come near: the most promising aliases, every turn
                cand = problem.icp(starts[k], _ALIAS_ITERATIONS)  # a whole step away: a few iterations settle it
                if cand is not None:
                    pool.setdefault(cand.key, cand)
        close, ranked = _ranked(pool, problem.tolerance)
    best = ranked[0]
    if plotted is not None and plotted.shift < problem.tolerance / 2.0 \
            and plotted.evidence(close) > best.evidence(close) - ALIAS_MARGIN:
        return plotted, None, close  # the record as plotted (refined, hardly moved) stands
    moved = best.transform.apply(problem.mines)
    apart = max(1.5, close / 2.0)  # a rival puts the mines elsewhere, not the same fit again
    runner = next((c for c in ranked[1:]
                   if float(np.hypot(*(c.transform.apply(problem.mines) - moved).T).mean()) > apart), None)
    return best, runner, close


def _alias_threat(problem: _Problem, best: _Candidate, pivot: tuple[float, float]) -> bool:
    """Whether a near alias of ``best`` (up to two steps of its layout) matches more finds as it is
    than ``best`` explains: a quick look before the full comparison (_against_aliases)."""
    # an alias matches at most the finds ``best`` matches and those within its reach that it does not
    left = np.ones(len(problem.finds), bool)
    left[best.ib] = False
    if left.sum() <= 1:
        return False
    steps = problem.steps
    if not steps:
        return False
    starts = _alias_starts(best.transform, steps, pivot, (2, 1))
    reach = problem.tolerance + float(np.hypot(*_shifts(best.transform, starts).T).max())
    near_left = np.unique(candidate_pairs(problem.finds[left], best.transform.apply(problem.mines), reach)[0])
    if len(near_left) <= 1:
        return False
    bounds = problem.shifted_bounds(best.transform, starts)
    return any(problem.quick_score(start) > len(best.ia) + 1
               for start, bound in zip(starts, bounds) if bound > len(best.ia) + 1)


def _ranked(pool: dict[bytes, _Candidate], tolerance: float) -> tuple[float, list[_Candidate]]:
    """The distance within which a find counts as explained (three robust standard deviations of the
    closest fit among those matching nearly as many finds as any, 1 m at least), and the candidates
    ranked by their evidence so counted (then rms, then the smaller move)."""
    most = max(c.score for c in pool.values())
    sigma = min((1.4826 * float(np.median(c.d)) for c in pool.values() if c.score >= 0.75 * most and len(c.d)),
                default=tolerance)
    close = min(max(3.0 * sigma, 1.0), tolerance)
    return close, sorted(pool.values(), key=lambda c: (-c.evidence(close), c.rms, c.shift))


#: The vote's starts refined in the search (the most promising; the record as plotted always).
_SEARCH_STARTS = 4
#: Leading candidates whose aliases are tried, alias starts refined per leader (the most promising;
#: every turn that can come near is refined as well: a turn ties with many aliases on matches) and
#: the iterations of closest points that refine one.
_LEADERS, _REFINED, _ALIAS_ITERATIONS = 2, 10, 4
#: How far (m) a few iterations of closest points move an alias start, at most: a start whose finds
#: lie farther from its mines than the closest fit's distance and this is not refined.
_SETTLE = 2.0
#: Mine spacings an alias goes along a row, at most.
_MAX_ALONG = 4
#: Turns (degrees) tried about the centre of a leading candidate's finds: where rows are dense, a
#: fit turned a few degrees pairs the finds with the neighbouring mines and stays there.
_TURNS = (-6.0, -3.0, 3.0, 6.0)


def _turns(t: Similarity, centre: np.ndarray, pivot: tuple[float, float]) -> list[Similarity]:
    """``t`` followed by each of _TURNS about ``centre``, as transforms about ``pivot``."""
    moved = t.apply(np.array([pivot]))[0] - centre
    out = []
    for turn in _TURNS:
        a = -math.radians(turn)
        c, s = math.cos(a), math.sin(a)
        q = centre + np.array([c * moved[0] - s * moved[1], s * moved[0] + c * moved[1]])
        out.append(Similarity(q[0] - pivot[0], q[1] - pivot[1], t.rotation_deg + turn, t.scale, t.px, t.py))
    return out


def _spans(mines: np.ndarray, steps: list[np.ndarray]) -> tuple[int, int]:
    """How many steps of each kind the aliases go each way: as many as the layout holds along that
    step (a row fits its finds shifted along itself by any number of spacings), at most ALIAS_STEPS
    rows and _MAX_ALONG spacings."""
    out = []
    for k, step in enumerate(steps[:2]):
        length = float(np.hypot(*step))
        along = (mines - mines.mean(axis=0)) @ (step / length)
        count = int(math.ceil((along.max() - along.min()) / length))
        out.append(max(1, min(count, _MAX_ALONG if k == 0 else ALIAS_STEPS)))
    return (out + [0, 0])[0], (out + [0, 0])[1]


def _alias_starts(t: Similarity, steps: list[np.ndarray], pivot: tuple[float, float],
                  spans: tuple[int, int]) -> list[Similarity]:
    """``t`` moved by whole layout steps, up to ``spans`` of each (as ``t`` turns them)."""
    pairs = [(a, b) for a in range(-spans[0], spans[0] + 1)
             for b in (range(-spans[1], spans[1] + 1) if len(steps) > 1 else (0,))]
    pairs = [p for p in sorted(pairs, key=lambda p: (abs(p[0]) + abs(p[1]), p)) if p != (0, 0)]  # nearest first
    if not pairs:
        return []
    counts = np.array(pairs, dtype=float)
    step = counts[:, :1] * steps[0] + (counts[:, 1:] * steps[1] if len(steps) > 1 else 0.0)
    ends = t.apply(np.vstack(([pivot], np.asarray(pivot) + step)))
    moved = ends[1:] - ends[0]
    return [Similarity(t.dx + mx, t.dy + my, t.rotation_deg, t.scale, t.px, t.py)
            for mx, my in moved.tolist()]


def _shifts(t: Similarity, starts: Sequence[Similarity]) -> np.ndarray:
    """How far each start (``t`` moved by whole steps, as _alias_starts makes them) moves the mines."""
    return np.array([(s.dx - t.dx, s.dy - t.dy) for s in starts], dtype=float).reshape(-1, 2)


def _evidence(problem: _Problem, identity: Similarity, elsewhere: np.ndarray | None) -> int:
    """How many finds are this record's evidence: all but those other records explain as plotted
    (``elsewhere``) and this one does not."""
    if elsewhere is None:
        return len(problem.finds)
    theirs = np.asarray(elsewhere, dtype=bool).copy()
    theirs[problem.match(identity)[1]] = False
    return len(problem.finds) - int(theirs.sum())


def _as_plotted(problem: _Problem, identity: Similarity, evidence: int) -> _Candidate | None:
    """The fit near the record as plotted when that already explains the finds (most records): nine
    in ten finds of its evidence match a mine, closely, so no move can explain many more. None
    otherwise (then the full search runs)."""
    if problem.quick_score(identity) < max(MIN_MATCHES, 0.9 * evidence):
        return None
    cand = problem.icp(identity)
    if cand is None or len(cand.ia) < 0.9 * evidence or cand.rms > problem.tolerance / 4.0:
        return None
    if cand.shift >= problem.tolerance / 2.0 or cand.missed > max(ALIAS_MARGIN, 0.2 * len(cand.ia)):
        return None  # it moved, or leaves many mines unfound in cleared ground: a row or a spacing off, maybe
    return cand


def _search(problem: _Problem, pivot: tuple[float, float], slack: float, search_radius: float,
            max_rotation_deg: float, max_finds: int, max_mines: int) -> tuple[_Candidate | None, list[_Candidate]]:
    """Vote for shifts and rotations, refine the best starts, and climb over the layout's own steps:
    the best, and every candidate refined on the way."""
    mines, finds, tolerance, labels = problem.mines, problem.finds, problem.tolerance, problem.labels
    starts = _vote(mines, finds, pivot, tolerance, search_radius, max_rotation_deg, max_finds, max_mines, labels)
    identity = Similarity(px=pivot[0], py=pivot[1])
    # refine the most promising starts only (and the record as plotted, always)
    scored = sorted(starts, key=lambda t: -problem.quick_score(t))[:_SEARCH_STARTS] + [identity]
    best: _Candidate | None = None
    seen: set = set()
    found: list[_Candidate] = []
    for start in scored:
        cand = problem.icp(start)
        if cand is None or cand.key in seen:
            continue
        seen.add(cand.key)
        found.append(cand)
        if cand.better_than(best, slack):
            best = cand
    if best is None:
        return None, found
    # hill-climb over the layout's own steps: a row field also fits one mine further along its rows
    steps = _lattice_steps(mines, pivot)
    improved = True
    while improved:
        improved = False
        for step in steps:
            t = best.transform
            moved = t.apply(np.array([[pivot[0] + step[0], pivot[1] + step[1]]]))[0] - t.apply(np.array([pivot]))[0]
            start = Similarity(t.dx + moved[0], t.dy + moved[1], t.rotation_deg, t.scale, t.px, t.py)
            if problem.quick_score(start) < len(best.ia) - 1:  # cannot do better even refined
                continue
            cand = problem.icp(start)
            if cand is None or cand.key in seen:
                continue
            seen.add(cand.key)
            found.append(cand)
            if cand.better_than(best, slack):
                best, improved = cand, True
    return best, found


def _inliers(ia: np.ndarray, ib: np.ndarray, d: np.ndarray, tolerance: float):
    """Pairs within four robust standard deviations: finds that only happen to lie near a mine (like
    unrecorded ones) neither count as matches nor weigh on the rms."""
    if len(d) == 0:
        return ia, ib, d
    sigma = 1.4826 * float(np.median(d))
    keep = d <= min(tolerance, max(4.0 * sigma, 1.0))
    return ia[keep], ib[keep], d[keep]


def _lattice_steps(mines: np.ndarray, pivot: tuple[float, float], count: int = 2) -> list[np.ndarray]:
    """The vectors from the mine nearest the pivot to its nearest neighbours, both ways."""
    if len(mines) < 2:
        return []
    centre = mines[int(np.argmin(np.hypot(*(mines - pivot).T)))]
    vec = mines - centre
    dist = np.hypot(*vec.T)
    order = np.argsort(dist)[1:count + 1]
    steps = []
    for v in vec[order]:
        steps += [v, -v]
    return steps


def _subsample(n: int, limit: int) -> np.ndarray:
    if n <= limit:
        return np.arange(n)
    return np.unique(np.linspace(0, n - 1, limit).round().astype(np.int64))


def _vote(mines: np.ndarray, finds: np.ndarray, pivot: tuple[float, float], tolerance: float,
          search_radius: float, max_rotation_deg: float, max_finds: int, max_mines: int,
          labels: tuple, keep: int = 6) -> list[Similarity]:
    """The best (rotation, shift) candidates of a Hough vote over find-to-mine differences."""
    im, jf = _subsample(len(mines), max_mines), _subsample(len(finds), max_finds)
    m, f = mines[im], finds[jf]
    # the pairs that can vote: same category, and a rotation about the pivot (which keeps a mine's
    # distance to it) can bring them within the box of shifts looked for
    mx, my = m[:, 0] - pivot[0], m[:, 1] - pivot[1]
    rm_pivot = np.hypot(mx, my)
    rf_pivot = np.hypot(f[:, 0] - pivot[0], f[:, 1] - pivot[1])
    can = np.abs(rf_pivot[:, None] - rm_pivot[None, :]) <= search_radius * math.sqrt(2.0) + 1e-9
    if labels[0] is not None:
        lm, lf = labels[0][im], labels[1][jf]
        can &= (lf[:, None] == lm[None, :]) | (lf < 0)[:, None] | (lm < 0)[None, :]
    pf, pm = np.nonzero(can)
    fx, fy = f[pf, 0], f[pf, 1]
    radius = max(float(rm_pivot.max()), 1.0)
    cell = max(tolerance / 4.0, 0.5)
    step = min(math.degrees(2.0 * cell / radius), 2.0)
    n_rot = int(math.ceil(max_rotation_deg / step)) if max_rotation_deg > 0 else 0
    angles = np.linspace(-max_rotation_deg, max_rotation_deg, 2 * n_rot + 1) if n_rot else np.zeros(1)
    bins = int(math.ceil(2 * search_radius / cell)) + 1
    outside = bins * bins  # the cell of the differences beyond the box
    scored = []
    for angle in angles.tolist():
        # the mines rotated about the pivot (as Similarity.apply does), and every pair's difference
        theta = -math.radians(angle)
        c, s = math.cos(theta), math.sin(theta)
        dx = fx - (c * mx - s * my + pivot[0])[pm]
        dy = fy - (s * mx + c * my + pivot[1])[pm]
        inside = (np.abs(dx) <= search_radius) & (np.abs(dy) <= search_radius)
        key = (np.floor((dx + search_radius) / cell).astype(np.int64) * bins
               + np.floor((dy + search_radius) / cell).astype(np.int64))
        key[~inside] = outside
        grid = np.bincount(key, minlength=outside + 1)[:outside].reshape(bins, bins)
        if not grid.any():
            continue
        box = grid.copy()  # votes in each cell's 3 x 3 neighbourhood
        box[1:, :] += grid[:-1, :]
        box[:-1, :] += grid[1:, :]
        box2 = box.copy()
        box2[:, 1:] += box[:, :-1]
        box2[:, :-1] += box[:, 1:]
        sums = None
        for _ in range(2):  # the two best peaks of this rotation
            k = int(np.argmax(box2))
            count = int(box2.flat[k])
            if count == 0:
                break
            if sums is None:  # the differences summed per cell, for the mean shift of a peak
                sums = [np.bincount(key, weights=v, minlength=outside + 1)[:outside].reshape(bins, bins)
                        for v in (dx, dy)]
            i, j = divmod(k, bins)
            near = (slice(max(i - 1, 0), i + 2), slice(max(j - 1, 0), j + 2))
            scored.append((count, angle, float(sums[0][near].sum()) / count, float(sums[1][near].sum()) / count))
            box2[max(i - 2, 0):i + 3, max(j - 2, 0):j + 3] = 0
    scored.sort(key=lambda s: (-s[0], abs(s[1])))
    out: list[Similarity] = []
    for _, angle, sx, sy in scored:
        if any(abs(o.rotation_deg - angle) <= 2 * step and math.hypot(o.dx - sx, o.dy - sy) <= 2 * cell for o in out):
            continue
        out.append(Similarity(sx, sy, angle, 1.0, pivot[0], pivot[1]))
        if len(out) >= keep:
            break
    return out


# -- human errors on a known traverse -----------------------------------------------------------------
@dataclass(frozen=True)
class Leg:
    """One row of a traverse as written: a point reached by a bearing and a distance, or a row of mines."""

    point_id: str
    kind: str  # reference, turning, intermediate, row, mine
    from_point: str = ""
    bearing: float | None = None  # as written, in ``unit``
    unit: str = "deg"
    north: str = "grid"
    declination: float = 0.0  # degrees east, applied when north is magnetic
    distance: float | None = None
    count: int | None = None
    spacing: float | None = None
    category: str = ""


@dataclass
class HypothesisResult:
    """How well one reading of a traverse puts its mines on the finds."""

    name: str
    matches: int
    rms: float
    positions: np.ndarray = field(repr=False)


def _bearing(leg: Leg, hypothesis: str, declination_deg: float) -> float:
    unit = leg.unit if leg.unit in UNIT_CIRCLE else "deg"
    circle = UNIT_CIRCLE[unit]
    if hypothesis == "mil6000_read_as_mil6400" and unit == "mil6400":
        circle = 6000.0
    elif hypothesis == "mil6400_read_as_mil6000" and unit == "mil6000":
        circle = 6400.0
    angle = float(leg.bearing) * 360.0 / circle
    applied = leg.declination if leg.north == "magnetic" else 0.0
    if hypothesis == "declination_wrong_sign" and applied:
        return angle - applied
    if hypothesis == "declination_omitted" and not applied:
        return angle + applied + declination_deg
    return angle + applied


def traverse_mines(legs: Sequence[Leg], hypothesis: str = "as_plotted",
                   declination_deg: float = 6.0) -> np.ndarray:
    """Mine positions (n x 2, metres from the first reference point) under one reading of the traverse.

    Rows hold ``count`` mines ``spacing`` apart from their start along their bearing (one derived
    from the other and the length when only one is given). Legs from an unknown point are skipped.
    """
    points: dict[str, tuple[float, float]] = {}
    out: list[tuple[float, float]] = []
    for leg in legs:
        if leg.kind == "reference" and not leg.from_point:
            if not points:
                points[leg.point_id] = (0.0, 0.0)
            continue
        if leg.from_point not in points or leg.bearing is None or leg.distance is None:
            continue
        x0, y0 = points[leg.from_point]
        beta = math.radians(_bearing(leg, hypothesis, declination_deg))
        ux, uy = math.sin(beta), math.cos(beta)
        length = float(leg.distance)
        if leg.kind == "row":
            count, spacing = leg.count, leg.spacing
            if count is None and spacing:
                count = int(math.floor(length / spacing + 1e-9)) + 1
            if spacing is None:
                spacing = length / (count - 1) if count and count > 1 else 0.0
            for i in range(int(count or 0)):
                out.append((x0 + ux * i * spacing, y0 + uy * i * spacing))
        elif leg.kind == "mine":
            out.append((x0 + ux * length, y0 + uy * length))
        points[leg.point_id] = (x0 + ux * length, y0 + uy * length)
    return np.array(out, dtype=float).reshape(-1, 2)


def explain(legs: Sequence[Leg], plotted_xy: np.ndarray, finds_xy: np.ndarray, tolerance: float = 10.0,
            declination_deg: float = 6.0) -> list[HypothesisResult]:
    """Every human-error reading of the traverse, best first (most finds matched, then lowest rms).

    The traverse is anchored where the record was plotted: the shift that lays its as-plotted mines
    on ``plotted_xy`` (the recorded mines). Each reading then puts the mines somewhere; it is scored
    against the finds without any further fit.
    """
    plotted = np.asarray(plotted_xy, dtype=float).reshape(-1, 2)
    finds = np.asarray(finds_xy, dtype=float).reshape(-1, 2)
    base = traverse_mines(legs, "as_plotted", declination_deg)
    if len(base) < 3 or len(plotted) < 3:
        return []
    anchor = plotted.mean(axis=0) - base.mean(axis=0)
    for _ in range(5):  # refine on one-to-one pairs: the record may list fewer or more mines
        ia, ib, _ = match_one_to_one(base + anchor, plotted, max(tolerance, 1.0))
        if len(ia) < 3:
            break
        anchor = anchor + (plotted[ib] - (base[ia] + anchor)).mean(axis=0)
    results = []
    for name in HYPOTHESES:
        pos = traverse_mines(legs, name, declination_deg) + anchor
        ia, ib, d = match_one_to_one(pos, finds, tolerance)
        rms = float(np.sqrt(np.mean(d ** 2))) if len(d) else math.inf
        results.append(HypothesisResult(name, len(ia), rms, pos))
    order = {name: i for i, name in enumerate(HYPOTHESES)}
    results.sort(key=lambda r: (-r.matches, r.rms, order[r.name]))
    return results


_TRAVERSE_COLUMNS = {"point_id", "kind", "bearing", "distance_m"}
#: The traverse CSV's columns in the order SCHEMA.md lists them.
TRAVERSE_CSV_COLUMNS: tuple[str, ...] = (
    "record_id", "point_id", "kind", "from_point", "bearing", "unit", "north", "distance_m", "coord", "crs",
    "category", "model", "count", "spacing_m", "declination_deg",
)
_SOVIET_MILS = re.compile(r"^\s*(\d{1,2})\s*-\s*(\d{2})\s*$")


def _number(text: object) -> float | None:
    if text is None:
        return None
    s = str(text).strip()
    if not s:
        return None
    m = _SOVIET_MILS.match(s)
    if m:
        return float(int(m.group(1)) * 100 + int(m.group(2)))
    try:
        return float(s.replace(",", "."))
    except ValueError:
        return None


def _kind(text: str) -> str:
    try:
        from .traverse import normalize_kind
    except ImportError:  # pragma: no cover - the traverse module is optional here
        return text.strip().lower()
    return normalize_kind(text) or text.strip().lower()


def legs_from_rows(rows: Sequence[dict], default_unit: str = "deg", default_declination: float = 0.0) -> list[Leg]:
    """Legs from traverse rows (dicts keyed by the traverse CSV's column names, any case)."""
    legs = []
    for row in rows:
        r = {str(k).strip().lower(): ("" if v is None else str(v).strip()) for k, v in row.items()}
        unit = normalize_unit(r.get("unit", ""), None)
        if unit is None:  # as the importer reads it: Soviet notation without a unit is Soviet mils
            unit = "mil6000" if is_soviet_notation(r.get("bearing")) else default_unit
        decl = _number(r.get("declination_deg"))
        count = _number(r.get("count"))
        legs.append(Leg(
            point_id=r.get("point_id", ""), kind=_kind(r.get("kind", "")), from_point=r.get("from_point", ""),
            bearing=_number(r.get("bearing")), unit=unit, north=normalize_north(r.get("north", ""), "grid") or "grid",
            declination=default_declination if decl is None else decl, distance=_number(r.get("distance_m")),
            count=None if count is None else int(count), spacing=_number(r.get("spacing_m")),
            category=r.get("category", ""),
        ))
    return legs


def parse_traverse(raw: object, default_unit: str = "deg", default_declination: float = 0.0) -> list[Leg] | None:
    """The legs of a record's raw text when it holds a traverse (CSV with a header, or JSON rows).

    None when the text is no traverse (a record entered as coordinates, or free text).
    """
    if raw is None:
        return None
    text = str(raw).strip()
    if not text:
        return None
    rows: list[dict] | None = None
    if text[0] in "[{":
        try:
            data = json.loads(text)
        except ValueError:
            data = None
        if isinstance(data, dict):
            data = data.get("rows") or data.get("traverse")
        if isinstance(data, list) and data and all(isinstance(d, dict) for d in data):
            rows = data
    if rows is None:
        try:
            dialect = csv.Sniffer().sniff(text.splitlines()[0], delimiters=",;\t")
        except csv.Error:
            dialect = csv.excel
        rows = list(csv.DictReader(io.StringIO(text), dialect=dialect))
        if rows and not _TRAVERSE_COLUMNS <= {str(k).strip().lower() for k in rows[0].keys() if k is not None}:
            # rows without a header line: the columns of the traverse CSV, in their documented order
            rows = list(csv.DictReader(io.StringIO(text), fieldnames=list(TRAVERSE_CSV_COLUMNS), dialect=dialect))
    if not rows:
        return None
    header = {str(k).strip().lower() for k in rows[0].keys() if k is not None}
    if not _TRAVERSE_COLUMNS <= header or not all(r.get("kind") for r in rows):
        return None
    legs = legs_from_rows(rows, default_unit, default_declination)
    known = {"reference", "turning", "intermediate", "row", "mine"}
    if any(leg.kind not in known for leg in legs) or not any(leg.kind in ("row", "mine") for leg in legs):
        return None
    return legs
