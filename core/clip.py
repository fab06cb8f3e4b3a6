"""Square grid cells clipped to polygons: the pieces of every cell that lie inside its polygon.

Most cells that a polygon's boundary passes through are crossed by one stretch of it, which comes
in through one side and goes out through another. The piece is then that stretch closed along the
cell's sides, going round the cell counter-clockwise from where the stretch leaves to where it came
in (the polygon's interior is on the left of its boundary once shells turn counter-clockwise and
holes clockwise). Those pieces are built for all cells of all polygons at once, in numpy. Every
other cell the boundary reaches (crossed more than once, or where a vertex or a crossing lies on or
within ``TOLERANCE`` of a grid line or corner, or a whole ring lies inside the cell) is clipped by
GEOS (shapely.intersection). The crossings are computed with GEOS's own formula and the rings start
where GEOS starts them, so every piece is GEOS's piece, vertex for vertex.

Why not GEOS for every cell: it earns its place. clearground:generatesectors on the benchmark's
10,000 records (``make bench-standins``, bench/RESULTS.md "Library stand-ins"; QGIS 3.22, GEOS 3.11)
takes 3.2 s with these pieces and 5.1 s when shapely.intersection cuts every cell the boundary
reaches: 1.57x in wall time, 1.72x in CPU time, over the 1.5x a stand-in must earn. GEOS changes
its formula between versions: ``crossing_formula`` checks, once, which formula of core.crossings
gives this GEOS's pieces exactly; on a GEOS that none does, GEOS cuts every cell (the same pieces,
at GEOS's speed), so nothing breaks when GEOS changes again.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import numpy as np
import shapely

from .crossings import FORMULAS

#: Vertices and crossings nearer than this (in the grid's units, metres) to a grid line are left to GEOS.
TOLERANCE = 1e-6
BOTTOM, RIGHT, TOP, LEFT = 0, 1, 2, 3  # the sides of a cell, counter-clockwise from the bottom
_POLYGON = 3


def first_of_runs(*keys: np.ndarray) -> np.ndarray:
    """True where any of the (equally long) keys differs from the entry before: each run's first entry."""
    first = np.zeros(len(keys[0]), dtype=bool)
    first[:1] = True
    for key in keys:
        first[1:] |= key[1:] != key[:-1]
    return first


def last_of_runs(*keys: np.ndarray) -> np.ndarray:
    """True where any of the keys differs from the entry after: each run's last entry."""
    last = np.zeros(len(keys[0]), dtype=bool)
    last[-1:] = True
    for key in keys:
        last[:-1] |= key[1:] != key[:-1]
    return last


@dataclass(frozen=True)
class Grids:
    """One grid per polygon: cell (r, c) spans x0 + c*size .. x0 + (c+1)*size and
    top - (r+1)*size .. top - r*size; ``start`` numbers the cells of all grids one after another."""

    x0: np.ndarray
    top: np.ndarray
    nrows: np.ndarray
    ncols: np.ndarray
    size: float

    @property
    def start(self) -> np.ndarray:
        counts = self.nrows * self.ncols
        return np.cumsum(counts) - counts

    def cell(self, k: np.ndarray, r: np.ndarray, c: np.ndarray) -> np.ndarray:
        """The global number of cell (r, c) of grid k; -1 where (r, c) is not in that grid."""
        inside = (r >= 0) & (r < self.nrows[k]) & (c >= 0) & (c < self.ncols[k])
        return np.where(inside, self.start[k] + r * self.ncols[k] + c, -1)

    def x(self, k: np.ndarray, c: np.ndarray) -> np.ndarray:
        """The x of vertical grid line c (the left side of column c)."""
        return self.x0[k] + c * self.size

    def y(self, k: np.ndarray, r: np.ndarray) -> np.ndarray:
        """The y of horizontal grid line r (the top side of row r)."""
        return self.top[k] - r * self.size

    @classmethod
    def over(cls, frames: np.ndarray, size: float) -> Grids:
        """For each polygon, the grid through the origin that covers it with as few cells as can be."""
        bounds = shapely.bounds(frames).reshape(-1, 4)
        x0 = np.floor(bounds[:, 0] / size) * size
        top = np.ceil(bounds[:, 3] / size) * size
        ncols = np.maximum(1, np.ceil((bounds[:, 2] - x0) / size)).astype(np.int64)
        nrows = np.maximum(1, np.ceil((top - bounds[:, 1]) / size)).astype(np.int64)
        return cls(x0, top, nrows, ncols, float(size))

    def take(self, idx: np.ndarray) -> Grids:
        """The grids of the polygons ``idx`` only."""
        return Grids(self.x0[idx], self.top[idx], self.nrows[idx], self.ncols[idx], self.size)


_CHECKED = object()  # clip_cells' default: the formula that matches this GEOS
_FORMULA: list = []
_FORMULA_LOCK = threading.Lock()


def crossing_formula():
    """The crossing formula of core.crossings that gives this GEOS's pieces vertex for vertex, found
    once on sample polygons; None when none does, and then GEOS clips every cell."""
    with _FORMULA_LOCK:
        if not _FORMULA:
            samples = _samples()
            found = [f for f in FORMULAS.values() if all(_same_as_geos(frames, size, f) for frames, size in samples)]
            _FORMULA.append(found[0] if found else None)
        return _FORMULA[0]


def _samples() -> list[tuple[np.ndarray, float]]:
    """Polygons with holes and concave outlines, in small and in UTM-sized coordinates, and a cell size."""
    rng = np.random.default_rng(20240601)
    shapes = []
    for cx, cy in ((0.0, 0.0), (612_000.0, 4_430_000.0)):
        for _ in range(12):
            n = int(rng.integers(5, 30))
            angles = np.sort(rng.uniform(0, 2 * np.pi, n))
            radii = rng.uniform(30, 160, n)
            x, y = cx + rng.uniform(-400, 400), cy + rng.uniform(-400, 400)
            shell = shapely.Polygon(np.column_stack([x + radii * np.cos(angles), y + radii * np.sin(angles)]))
            shapes.append(shapely.difference(shapely.make_valid(shell), shapely.Point(x, y).buffer(12.0, 3)))
    frames = shapely.set_precision(np.array(shapes, dtype=object), 1e-6)
    frames = frames[np.isin(shapely.get_type_id(frames), (_POLYGON, 6)) & ~shapely.is_empty(frames)]
    return [(frames, 25.0)]


def _same_as_geos(frames: np.ndarray, size: float, formula) -> bool:
    grids = Grids.over(frames, size)
    mine, geos = clip_cells(frames, grids, formula), clip_cells(frames, grids, None)
    if len(mine[0]) != len(geos[0]) or any(not np.array_equal(a, b) for a, b in zip(mine[:3], geos[:3])):
        return False
    return bool(shapely.equals_exact(mine[3], geos[3], 0).all())


def clip_cells(frames: np.ndarray, grids: Grids, formula=_CHECKED):
    """(polygon, row, column, piece, sides) of every non-empty piece of every cell of every grid.

    A polygon's whole cells come first, in cell order, then its clipped pieces in cell order
    (the pieces of one cell in GEOS's order). ``sides`` tells where the whole cells and the pieces
    built in numpy run along their cell's sides. ``formula``: the crossing formula of
    core.crossings (by default the one this GEOS matches; None: GEOS clips every cell).
    """
    if formula is _CHECKED:
        formula = crossing_formula()
    counts = grids.nrows * grids.ncols
    owner = np.repeat(np.arange(len(frames)), counts)
    rows, cols = np.divmod(np.arange(len(owner)) - np.repeat(grids.start, counts), grids.ncols[owner])
    pieces, simple, lo, hi = _simple_pieces(frames, grids, len(owner), formula)
    rest = np.ones(len(owner), dtype=bool)
    rest[simple] = False
    rest = np.flatnonzero(rest)
    boxes = _boxes(grids, owner[rest], rows[rest], cols[rest])
    shapely.prepare(frames)
    inside = shapely.contains_properly(frames[owner[rest]], boxes)
    edge = rest[~inside]
    edge = edge[shapely.intersects(frames[owner[edge]], boxes[~inside])]
    parts, part_cell = _geos_pieces(frames, grids, owner, rows, cols, edge)
    whole = rest[inside]
    edge_cell = np.concatenate([simple, part_cell])
    order = np.argsort(edge_cell, kind="stable")
    cell = np.concatenate([whole, edge_cell[order]])
    geoms = np.concatenate([boxes[inside], np.concatenate([pieces, parts])[order]])
    unknown = np.full((len(parts), 4, 2), np.nan)
    whole_lo, whole_hi = np.full((len(whole), 4, 2), np.nan), np.full((len(whole), 4, 2), np.nan)
    ends = _sides_lo_hi(grids, owner[whole], rows[whole], cols[whole])
    whole_lo[:, :, 0], whole_hi[:, :, 0] = ends[:, :, 0], ends[:, :, 1]
    lo = np.concatenate([whole_lo, np.concatenate([lo, unknown])[order]])
    hi = np.concatenate([whole_hi, np.concatenate([hi, unknown])[order]])
    known = np.concatenate([np.ones(len(whole), dtype=bool), (np.arange(len(order)) < len(simple))[order]])
    order = np.argsort(owner[cell], kind="stable")
    cell = cell[order]
    return owner[cell], rows[cell], cols[cell], geoms[order], Sides(lo[order], hi[order], known[order])


@dataclass(frozen=True)
class Sides:
    """Where pieces run along the sides of their cell: at most two stretches per side, as (lo, hi)
    along it (x on the bottom and top, y on the right and left; NaN: none). ``known`` is False for
    the pieces GEOS cut, whose stretches are not worked out."""

    lo: np.ndarray  # (pieces, 4 sides, 2)
    hi: np.ndarray
    known: np.ndarray


def _boxes(grids: Grids, k: np.ndarray, r: np.ndarray, c: np.ndarray) -> np.ndarray:
    size = grids.size
    return shapely.box(grids.x0[k] + c * size, grids.top[k] - (r + 1) * size,
                       grids.x0[k] + (c + 1) * size, grids.top[k] - r * size)


def _geos_pieces(frames, grids: Grids, owner, rows, cols, cells: np.ndarray):
    """The polygonal pieces of ``cells`` cut by GEOS, with the cell of each."""
    boxes = _boxes(grids, owner[cells], rows[cells], cols[cells])
    clipped = shapely.intersection(boxes, frames[owner[cells]])
    parts, index = shapely.get_parts(clipped, return_index=True)
    keep = (shapely.get_type_id(parts) == _POLYGON) & (shapely.area(parts) > 0)
    return parts[keep], cells[index[keep]]


@dataclass(frozen=True)
class _Rings:
    """Every ring's vertices (shells counter-clockwise, holes clockwise), without the closing one."""

    xy: np.ndarray
    frame: np.ndarray  # per ring
    start: np.ndarray  # per ring: its first vertex in xy
    length: np.ndarray  # per ring: its number of vertices


def _rings(frames: np.ndarray) -> _Rings:
    parts, part_frame = shapely.get_parts(frames, return_index=True)
    rings, ring_part = shapely.get_rings(parts, return_index=True)
    hole = ~first_of_runs(ring_part)
    xy, ring = shapely.get_coordinates(rings, return_index=True)
    last = last_of_runs(ring)
    xy, ring = xy[~last], ring[~last]  # drop the closing vertex
    length = np.bincount(ring, minlength=len(rings))
    start = np.cumsum(length) - length
    nxt = np.arange(len(ring)) + 1
    nxt[start + length - 1] = start
    rel = xy - xy[start[ring]]  # about the ring's first vertex: small numbers, a reliable sign
    twice_area = np.bincount(ring, rel[:, 0] * rel[nxt, 1] - rel[nxt, 0] * rel[:, 1], minlength=len(rings))
    flip = (twice_area < 0) != hole
    position = np.arange(len(ring)) - start[ring]
    position = np.where(flip[ring], length[ring] - 1 - position, position)
    order = np.empty(len(ring), dtype=np.int64)
    order[start[ring] + position] = np.arange(len(ring))
    return _Rings(xy[order], part_frame[ring_part], start, length)


def _simple_pieces(frames: np.ndarray, grids: Grids, ncells: int, formula):
    """The pieces of the cells crossed by one stretch of boundary only, those cells, and the
    (lo, hi) stretches of the pieces along their cell's sides (none without a crossing formula)."""
    if formula is None:
        none = np.zeros((0, 4, 2))
        return np.zeros(0, dtype=object), np.zeros(0, dtype=np.int64), none, none
    rings = _rings(frames)
    complex_mask = np.zeros(ncells, dtype=bool)
    _mark_vertices_near_lines(rings, grids, complex_mask)
    events = _crossings(rings, grids, complex_mask, formula)
    chains = _chains(events, rings, grids, complex_mask)
    count = np.bincount(chains.cell[chains.cell >= 0], minlength=ncells)
    ok = (chains.cell >= 0) & (count[chains.cell] == 1) & ~complex_mask[chains.cell]
    pieces, lo, hi, ok = _build(chains, ok, events, rings, grids)
    return pieces, chains.cell[ok], lo, hi


def _floor_index(value: np.ndarray, origin: np.ndarray, size: float, sign: float) -> np.ndarray:
    return np.floor(sign * (value - origin) / size).astype(np.int64)


def _mark(complex_mask: np.ndarray, grids: Grids, k, r, c) -> None:
    """Mark cells (r, c) of grids k (those inside the grids) as left to GEOS."""
    _mark_cells(complex_mask, grids.cell(k, r, c))


def _mark_cells(complex_mask: np.ndarray, cells: np.ndarray) -> None:
    complex_mask[cells[cells >= 0]] = True


def _near(value, k, grids: Grids, vertical: bool):
    """The nearest grid line to each value, and whether it lies within TOLERANCE of it."""
    origin = grids.x0[k] if vertical else grids.top[k]
    sign = 1.0 if vertical else -1.0
    line = np.rint(sign * (value - origin) / grids.size).astype(np.int64)
    at = grids.x(k, line) if vertical else grids.y(k, line)
    return line, np.abs(value - at) <= TOLERANCE


def _mark_vertices_near_lines(rings: _Rings, grids: Grids, complex_mask: np.ndarray) -> None:
    """Cells touched by a vertex within TOLERANCE of a grid line, or by an edge along one."""
    k = np.repeat(rings.frame, rings.length)
    x, y = rings.xy[:, 0], rings.xy[:, 1]
    c_line, on_c = _near(x, k, grids, vertical=True)
    r_line, on_r = _near(y, k, grids, vertical=False)
    c = _floor_index(x, grids.x0[k], grids.size, 1.0)
    r = _floor_index(y, grids.top[k], grids.size, -1.0)
    near = np.flatnonzero(on_c | on_r)
    for dc in (-1, 0):
        for dr in (-1, 0):
            cc = np.where(on_c[near], c_line[near] + dc, c[near])
            rr = np.where(on_r[near], r_line[near] + dr, r[near])
            _mark(complex_mask, grids, k[near], rr, cc)
    # an edge between two vertices near the same line runs along it: every cell beside it
    nxt = _next(rings)
    for on, line, other, vertical in ((on_c, c_line, r, True), (on_r, r_line, c, False)):
        along = np.flatnonzero(on & on[nxt] & (line == line[nxt]))
        lo = np.minimum(other[along], other[nxt[along]]) - 1
        span = np.maximum(other[along], other[nxt[along]]) + 1 - lo + 1
        seg = np.repeat(along, span)
        step = lo.repeat(span) + np.arange(span.sum()) - np.repeat(np.cumsum(span) - span, span)
        for d in (-1, 0):
            if vertical:
                _mark(complex_mask, grids, k[seg], step, line[seg] + d)
            else:
                _mark(complex_mask, grids, k[seg], line[seg] + d, step)


def _next(rings: _Rings) -> np.ndarray:
    """The index of the vertex after each vertex, round its ring."""
    nxt = np.arange(len(rings.xy)) + 1
    nxt[rings.start + rings.length - 1] = rings.start
    return nxt


@dataclass(frozen=True)
class _Events:
    """Where ring edges cross grid lines, in order along each ring."""

    vertex: np.ndarray  # the edge's first vertex
    t: np.ndarray  # the position along the edge (0..1)
    xy: np.ndarray
    enter: np.ndarray  # the cell the ring goes into
    leave: np.ndarray  # the cell it comes out of
    enter_side: np.ndarray  # the side of ``enter`` it comes in through
    leave_side: np.ndarray  # the side of ``leave`` it goes out through
    ring: np.ndarray


def _crossings(rings: _Rings, grids: Grids, complex_mask: np.ndarray, formula) -> _Events:
    ring_of = np.repeat(np.arange(len(rings.length)), rings.length)
    nxt = _next(rings)
    parts = [_line_crossings(rings, grids, ring_of, nxt, complex_mask, vertical, formula)
             for vertical in (True, False)]
    fields = [np.concatenate([p[i] for p in parts]) for i in range(7)]
    vertex, t = fields[0], fields[1]
    order = np.lexsort((t, vertex))
    fields = [f[order] for f in fields]
    return _Events(*fields, ring=ring_of[fields[0]])


def _line_crossings(rings: _Rings, grids: Grids, ring_of, nxt, complex_mask, vertical: bool, formula):
    """Crossings of every edge with the vertical (or horizontal) grid lines strictly between its ends."""
    a, b = (0, 1) if vertical else (1, 0)
    k = rings.frame[ring_of]
    p, q = rings.xy[:, a], rings.xy[nxt, a]  # across the lines
    origin, sign = (grids.x0[k], 1.0) if vertical else (grids.top[k], -1.0)
    wp, wq = sign * (p - origin) / grids.size, sign * (q - origin) / grids.size
    lo = np.floor(np.minimum(wp, wq)).astype(np.int64)
    hi = np.floor(np.maximum(wp, wq)).astype(np.int64) + 1
    span = hi - lo + 1
    edge = np.repeat(np.arange(len(p)), span)
    line = np.repeat(lo, span) + np.arange(span.sum()) - np.repeat(np.cumsum(span) - span, span)
    kk = k[edge]
    at = grids.x(kk, line) if vertical else grids.y(kk, line)
    pe, qe = p[edge], q[edge]
    hit = ((pe < at) & (at < qe)) | ((qe < at) & (at < pe))
    edge, line, kk, at, pe, qe = edge[hit], line[hit], kk[hit], at[hit], pe[hit], qe[hit]
    t = (at - pe) / (qe - pe)
    u0, u1 = rings.xy[edge, b], rings.xy[nxt[edge], b]
    u = u0 + (at - pe) * (u1 - u0) / (qe - pe)  # to find the cell side; GEOS's value below
    if vertical:
        other = _floor_index(u, grids.top[kk], grids.size, -1.0)
        side = (grids.y(kk, other + 1), grids.y(kk, other))
    else:
        other = _floor_index(u, grids.x0[kk], grids.size, 1.0)
        side = (grids.x(kk, other), grids.x(kk, other + 1))
    u = formula(at, side, pe, qe, u0, u1)
    across, near = _near(u, kk, grids, vertical=not vertical)
    forward = qe > pe if vertical else qe < pe  # towards higher column (or row) numbers
    here = np.where(forward, line - 1, line)  # the column (row) it leaves
    there = np.where(forward, line, line - 1)
    corner = np.flatnonzero(near)
    for d1 in (-1, 0):
        for d2 in (-1, 0):
            r_, c_ = (across[corner] + d1, line[corner] + d2) if vertical else (line[corner] + d2, across[corner] + d1)
            _mark(complex_mask, grids, kk[corner], r_, c_)
    if vertical:
        leave, enter = grids.cell(kk, other, here), grids.cell(kk, other, there)
        leave_side = np.where(forward, RIGHT, LEFT)
        enter_side = np.where(forward, LEFT, RIGHT)
        xy = np.column_stack([at, u])
    else:
        leave, enter = grids.cell(kk, here, other), grids.cell(kk, there, other)
        leave_side = np.where(forward, BOTTOM, TOP)
        enter_side = np.where(forward, TOP, BOTTOM)
        xy = np.column_stack([u, at])
    return edge, t, xy, enter, leave, enter_side, leave_side


@dataclass(frozen=True)
class _Chains:
    """Stretches of ring between two consecutive crossings: each lies in one cell."""

    cell: np.ndarray
    first: np.ndarray  # the crossing it starts at (coming in)
    last: np.ndarray  # the crossing it ends at (going out)
    wraps: np.ndarray  # it runs past the end of its ring's vertex list


def _chains(events: _Events, rings: _Rings, grids: Grids, complex_mask: np.ndarray) -> _Chains:
    n = len(events.ring)
    ring = events.ring
    last_of_ring = last_of_runs(ring)
    head = np.maximum.accumulate(np.where(first_of_runs(ring), np.arange(n), 0))
    following = np.where(last_of_ring, head, np.arange(n) + 1)
    cell = events.enter
    broken = (events.leave[following] != cell) | (cell < 0)  # only near lines: left to GEOS
    _mark_cells(complex_mask, cell[broken])
    _mark_cells(complex_mask, events.leave[following][broken])
    _mark_rings_without_crossings(rings, ring, grids, complex_mask)
    return _Chains(cell, np.arange(n), following, last_of_ring)


def _mark_rings_without_crossings(rings: _Rings, crossing_ring: np.ndarray, grids: Grids,
                                  complex_mask: np.ndarray) -> None:
    """A ring that crosses no grid line lies inside one cell: that cell is left to GEOS."""
    lone = np.setdiff1d(np.arange(len(rings.length)), crossing_ring)
    xy = rings.xy[rings.start[lone]]
    k = rings.frame[lone]
    c = _floor_index(xy[:, 0], grids.x0[k], grids.size, 1.0)
    r = _floor_index(xy[:, 1], grids.top[k], grids.size, -1.0)
    _mark(complex_mask, grids, k, r, c)


def _corner_xy(grids: Grids, k, r, c, corner) -> np.ndarray:
    """Corner ``corner`` of cell (r, c): 0 bottom left, 1 bottom right, 2 top right, 3 top left."""
    right = (corner == 1) | (corner == 2)
    upper = corner >= 2
    x = grids.x(k, c + right)
    y = grids.y(k, r + ~upper)
    return np.column_stack([x, y])


def _along(side: np.ndarray, xy: np.ndarray) -> np.ndarray:
    """Position along a cell side, increasing counter-clockwise round the cell."""
    return np.choose(side, [xy[:, 0], xy[:, 1], -xy[:, 0], -xy[:, 1]])


@dataclass(frozen=True)
class _Arcs:
    """Per piece built in numpy: its cell, where its chain comes in (entry, on side ``s_in``) and goes
    out (exit, on side ``s_out``), and how many cell corners the way back from exit to entry passes."""

    k: np.ndarray
    r: np.ndarray
    c: np.ndarray
    entry: np.ndarray
    exit: np.ndarray
    s_in: np.ndarray
    s_out: np.ndarray
    turns: np.ndarray


def _build(chains: _Chains, ok: np.ndarray, events: _Events, rings: _Rings, grids: Grids):
    """The pieces of the cells crossed by one chain only (clockwise and starting where GEOS starts
    them), where they run along their cell's sides, and which chains gave one."""
    idx = np.flatnonzero(ok)
    first, last = chains.first[idx], chains.last[idx]
    entry, leave = events.xy[first], events.xy[last]
    s_in, s_out = events.enter_side[first], events.leave_side[last]
    turns = (s_in - s_out) % 4
    ahead = _along(s_in, entry) - _along(s_out, leave)
    same_side = turns == 0
    turns[same_side & (ahead < 0)] = 4
    good = ~(same_side & (np.abs(ahead) <= TOLERANCE))
    idx, first, last = idx[good], first[good], last[good]
    cell = chains.cell[idx]
    k = np.searchsorted(grids.start, cell, side="right") - 1
    r, c = np.divmod(cell - grids.start[k], grids.ncols[k])
    arcs = _Arcs(k, r, c, entry[good], leave[good], s_in[good], s_out[good], turns[good])
    ring = events.ring[first]
    v_first = events.vertex[first]
    nv = events.vertex[last] - v_first + np.where(chains.wraps[idx], rings.length[ring], 0)
    polygons = _rings_to_polygons(arcs, ring, v_first, nv, rings, grids)
    keep = shapely.area(polygons) > 0
    made = np.zeros(len(ok), dtype=bool)
    made[idx[keep]] = True
    lo, hi = _arc_sides(arcs, grids)
    return polygons[keep], lo[keep], hi[keep], made


def _rings_to_polygons(arcs: _Arcs, ring, v_first, nv, rings: _Rings, grids: Grids) -> np.ndarray:
    """Entry, the chain's vertices, exit, the corners passed, entry: reversed to run clockwise and
    to end at the entry, as GEOS's pieces do."""
    size = 3 + nv + arcs.turns
    piece = np.repeat(np.arange(len(size)), size)
    slot = np.arange(size.sum()) - np.repeat(np.cumsum(size) - size, size)
    xy = np.empty((len(piece), 2))
    i_nv = nv[piece]
    is_entry = (slot == 0) | (slot == size[piece] - 1)
    xy[is_entry] = arcs.entry[piece[is_entry]]
    vert = (slot >= 1) & (slot <= i_nv)
    pv = piece[vert]
    length, start = rings.length[ring[pv]], rings.start[ring[pv]]
    xy[vert] = rings.xy[start + (v_first[pv] - start + slot[vert]) % length]
    out = slot == i_nv + 1
    xy[out] = arcs.exit[piece[out]]
    corner = (slot > i_nv + 1) & ~is_entry
    pc = piece[corner]
    which = (arcs.s_out[pc] + slot[corner] - i_nv[corner] - 1) % 4
    xy[corner] = _corner_xy(grids, arcs.k[pc], arcs.r[pc], arcs.c[pc], which)
    n = size[piece] - 1
    src = np.repeat(np.cumsum(size) - size, size) + np.where(slot < n, n - 1 - slot, n - 1)
    return shapely.polygons(shapely.linearrings(xy[src], indices=piece))


def _sides_lo_hi(grids: Grids, k, r, c):
    """Per cell, the (lo, hi) ends of each side along it, indexed [cell, side, end]."""
    xmin, xmax = grids.x(k, c), grids.x(k, c + 1)
    ymin, ymax = grids.y(k, r + 1), grids.y(k, r)
    return np.stack([np.column_stack([xmin, xmax]), np.column_stack([ymin, ymax]),
                     np.column_stack([xmin, xmax]), np.column_stack([ymin, ymax])], axis=1)


def _arc_sides(arcs: _Arcs, grids: Grids):
    """Where the pieces run along their cell's sides: counter-clockwise from the exit to the entry."""
    n = len(arcs.k)
    ends = _sides_lo_hi(grids, arcs.k, arcs.r, arcs.c)
    lo, hi = np.full((n, 4, 2), np.nan), np.full((n, 4, 2), np.nan)
    at_exit = np.where((arcs.s_out == BOTTOM) | (arcs.s_out == TOP), arcs.exit[:, 0], arcs.exit[:, 1])
    at_entry = np.where((arcs.s_in == BOTTOM) | (arcs.s_in == TOP), arcs.entry[:, 0], arcs.entry[:, 1])
    rows = np.arange(n)
    # counter-clockwise, bottom and right sides run towards their high end, top and left towards their low end
    rising_out = (arcs.s_out == BOTTOM) | (arcs.s_out == RIGHT)
    rising_in = (arcs.s_in == BOTTOM) | (arcs.s_in == RIGHT)
    out_end = np.where(rising_out, ends[rows, arcs.s_out, 1], ends[rows, arcs.s_out, 0])
    in_start = np.where(rising_in, ends[rows, arcs.s_in, 0], ends[rows, arcs.s_in, 1])
    one = arcs.turns == 0
    lo[rows, arcs.s_out, 0] = np.where(one, np.minimum(at_exit, at_entry), np.minimum(at_exit, out_end))
    hi[rows, arcs.s_out, 0] = np.where(one, np.maximum(at_exit, at_entry), np.maximum(at_exit, out_end))
    slot = np.where(arcs.turns == 4, 1, 0)
    tail = ~one
    lo[rows[tail], arcs.s_in[tail], slot[tail]] = np.minimum(at_entry, in_start)[tail]
    hi[rows[tail], arcs.s_in[tail], slot[tail]] = np.maximum(at_entry, in_start)[tail]
    for step in (1, 2, 3):
        full = rows[arcs.turns > step]
        side = (arcs.s_out[full] + step) % 4
        lo[full, side, 0], hi[full, side, 0] = ends[full, side, 0], ends[full, side, 1]
    return lo, hi
