"""Grid cells clipped to polygons: GEOS's pieces (shapely.intersection of cell and polygon), adding up to
each polygon, on any GEOS. Where this GEOS computes crossings with a formula of core.crossings, the
cells crossed once are built in numpy, vertex for vertex as GEOS builds them; on a GEOS that matches
neither formula, GEOS cuts every cell the boundary reaches (the same pieces, slower)."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from clearground.core import clip, crossings
from clearground.core.clip import Grids, clip_cells
from clearground.core.sectors import polygonal_many

E0, N0 = 612_000.0, 4_430_000.0  # UTM 38N metres, as the frames of grid orientation hold them


def grids(frames: np.ndarray, size: float) -> Grids:
    bounds = shapely.bounds(frames)
    x0 = np.floor(bounds[:, 0] / size) * size
    top = np.ceil(bounds[:, 3] / size) * size
    ncols = np.maximum(1, np.ceil((bounds[:, 2] - x0) / size)).astype(np.int64)
    nrows = np.maximum(1, np.ceil((top - bounds[:, 1]) / size)).astype(np.int64)
    return Grids(x0, top, nrows, ncols, size)


def geos_clip(frames: np.ndarray, g: Grids):
    """The oracle: every cell intersected with its polygon by GEOS, whole cells first."""
    counts = g.nrows * g.ncols
    owner = np.repeat(np.arange(len(frames)), counts)
    r, c = np.divmod(np.arange(len(owner)) - np.repeat(g.start, counts), g.ncols[owner])
    x, y, s = g.x0[owner], g.top[owner], g.size
    boxes = shapely.box(x + c * s, y - (r + 1) * s, x + (c + 1) * s, y - r * s)
    inside = shapely.contains_properly(frames[owner], boxes)
    edge = np.flatnonzero(~inside)
    clipped = shapely.intersection(boxes[edge], frames[owner[edge]])
    parts, index = shapely.get_parts(clipped, return_index=True)
    keep = (shapely.get_type_id(parts) == 3) & (shapely.area(parts) > 0)
    cell = np.concatenate([np.flatnonzero(inside), edge[index[keep]]])
    pieces = np.concatenate([boxes[inside], parts[keep]])
    order = np.argsort(owner[cell], kind="stable")
    return owner[cell][order], r[cell][order], c[cell][order], pieces[order]


def assert_same_as_geos(frames, size: float) -> int:
    frames = np.asarray(frames, dtype=object)
    g = grids(frames, size)
    mine, oracle = clip_cells(frames, g), geos_clip(frames, g)
    for a, b in zip(mine[:3], oracle[:3]):
        np.testing.assert_array_equal(a, b)
    # GEOS's pieces: the same, up to where a ring starts and a last-bit rounding of a crossing
    same = shapely.equals_exact(shapely.normalize(mine[3]), shapely.normalize(oracle[3]), 1e-9)
    assert same.all(), list(zip(shapely.to_wkt(mine[3][~same][:2]), shapely.to_wkt(oracle[3][~same][:2])))
    area = np.bincount(mine[0], weights=shapely.area(mine[3]), minlength=len(frames))
    np.testing.assert_allclose(area, shapely.area(frames), rtol=1e-9)  # no gap, no overlap
    sides = mine[4]
    for i in np.flatnonzero(sides.known)[::7]:  # the stretches along the sides, as the vertices say
        got = {(side, lo, hi) for side in range(4) for lo, hi in zip(sides.lo[i, side], sides.hi[i, side])
               if not np.isnan(lo)}
        assert got == stretches_from_vertices(g, mine[0][i], mine[1][i], mine[2][i], mine[3][i])
    if clip.crossing_formula() is not None:  # most pieces built in numpy, exactly as GEOS builds them
        assert sides.known.mean() > 0.5
        assert shapely.equals_exact(mine[3], oracle[3], 0).all()
    return len(mine[0])


def stretches_from_vertices(g: Grids, k, r, c, piece) -> set:
    """(side, lo, hi) of every edge of the piece lying on a side of its cell (0 bottom, 1 right, 2 top, 3 left)."""
    xmin, xmax, ymin, ymax = g.x(k, c), g.x(k, c + 1), g.y(k, r + 1), g.y(k, r)
    xy = shapely.get_coordinates(piece)
    out = set()
    for (x1, y1), (x2, y2) in zip(xy[:-1], xy[1:]):
        for side, on in enumerate((y1 == y2 == ymin, x1 == x2 == xmax, y1 == y2 == ymax, x1 == x2 == xmin)):
            if on:
                a, b = (x1, x2) if side % 2 == 0 else (y1, y2)
                out.add((side, min(a, b), max(a, b)))
    return out


def star(rng, cx: float, cy: float, radius: float, n: int):
    angles = np.sort(rng.uniform(0, 2 * np.pi, n))
    radii = radius * rng.uniform(0.3, 1.0, n)
    ring = np.column_stack([cx + radii * np.cos(angles), cy + radii * np.sin(angles)])
    return shapely.make_valid(shapely.Polygon(ring))


def snapped(geoms):
    """Valid and on the micrometre grid, as the frames of core.sectors are."""
    frames = polygonal_many(shapely.set_precision(polygonal_many(geoms), 1e-6))
    return list(frames[~shapely.is_empty(frames)])


def shapes(seed: int) -> list:
    rng = np.random.default_rng(seed)
    out = []
    for i in range(48):
        cx, cy = E0 + rng.uniform(-2000, 2000), N0 + rng.uniform(-2000, 2000)
        kind = i % 6
        if kind == 0:  # concave
            out.append(star(rng, cx, cy, rng.uniform(5, 200), int(rng.integers(3, 40))))
        elif kind == 1:  # holes, some inside a single cell
            holes = shapely.union_all([star(rng, cx + rng.uniform(-60, 60), cy + rng.uniform(-60, 60),
                                            rng.uniform(1, 30), 8) for _ in range(4)])
            out.append(shapely.difference(star(rng, cx, cy, 160, 30), holes))
        elif kind == 2:  # multipolygons with tiny parts
            out.append(shapely.union_all([star(rng, cx + rng.uniform(-300, 300), cy + rng.uniform(-300, 300),
                                               rng.uniform(0.5, 60), 12) for _ in range(5)]))
        elif kind == 3:  # thin strips
            line = shapely.LineString([(cx, cy), (cx + rng.uniform(-300, 300), cy + rng.uniform(-300, 300))])
            out.append(shapely.buffer(line, rng.uniform(0.3, 6)))
        elif kind == 4:  # vertices on grid lines, edges along them
            x, y = round(cx / 25) * 25, round(cy / 25) * 25
            pts = np.column_stack([x + np.round(rng.uniform(-100, 100, 10) / 25) * 25, y + rng.uniform(-100, 100, 10)])
            out.append(shapely.union(shapely.convex_hull(shapely.MultiPoint(pts)),
                                     shapely.box(x, y, x + 25 * rng.integers(1, 5), y + 25 * rng.integers(1, 5))))
        else:  # round, many short edges
            out.append(shapely.buffer(shapely.Point(cx, cy), rng.uniform(1, 120), quad_segs=int(rng.integers(2, 16))))
    return snapped(out)


@pytest.mark.parametrize("size", [25.0, 7.3, 100.0])
@pytest.mark.parametrize("seed", [1, 2])
def test_every_piece_is_geos_piece_vertex_for_vertex(seed, size):
    assert assert_same_as_geos(shapes(seed), size) > 100


def test_frames_turned_about_a_vertex_on_the_grid_origin():
    # longest-edge frames: small coordinates, a vertex at (0, 0) and an edge along y = 0
    rng = np.random.default_rng(5)
    frames = []
    for shape in shapes(3):
        xy = shapely.get_coordinates(shapely.get_exterior_ring(shapely.get_parts(shape)[0]))
        angle = np.radians(rng.uniform(-45, 45))
        turn = np.array([[np.cos(angle), np.sin(angle)], [-np.sin(angle), np.cos(angle)]])
        frames.append(shapely.transform(shape, lambda c, xy0=xy[0], t=turn: (c - xy0) @ t.T))
    assert assert_same_as_geos(snapped(frames), 25.0) > 100


def test_cells_crossed_once_are_built_in_numpy_the_rest_by_geos(monkeypatch):
    if clip.crossing_formula() is None:
        pytest.skip(f"GEOS {shapely.geos_version_string} matches neither crossing formula: it cuts every cell")
    calls = []
    geos = clip._geos_pieces
    monkeypatch.setattr(clip, "_geos_pieces", lambda *a: calls.append(len(a[-1])) or geos(*a))
    # a rotated 300 m x 120 m rectangle: no vertex near a grid line, every edge cell crossed once
    rect = shapely.Polygon([(E0 + 3.3, N0 + 1.7), (E0 + 263.1, N0 + 151.7), (E0 + 203.1, N0 + 255.6),
                            (E0 - 56.7, N0 + 105.6)])
    frame = snapped([shapely.segmentize(rect, 9.0)])
    n = assert_same_as_geos(frame, 25.0)
    assert n > 50 and calls == [0]


def test_no_polygons_no_pieces():
    owner, rows, cols, pieces, sides = clip_cells(np.array([], dtype=object), Grids(*(np.zeros(0),) * 2,
                                                  np.zeros(0, np.int64), np.zeros(0, np.int64), 25.0))
    assert len(owner) == len(rows) == len(cols) == len(pieces) == len(sides.known) == 0


def test_without_a_crossing_formula_geos_cuts_every_cell_into_the_same_pieces():
    """What runs on a GEOS that matches neither formula of core.crossings."""
    assert clip.crossing_formula() in (*crossings.FORMULAS.values(), None)
    frames = np.asarray(shapes(4)[:12], dtype=object)
    g = grids(frames, 25.0)
    alone, oracle = clip_cells(frames, g, None), geos_clip(frames, g)
    for a, b in zip(alone[:3], oracle[:3]):
        np.testing.assert_array_equal(a, b)
    assert shapely.equals_exact(alone[3], oracle[3], 0).all()
    assert (alone[4].known == shapely.equals_exact(alone[3], shapely.box(*shapely.bounds(alone[3]).T), 0)).all()
    mine = clip_cells(frames, g)
    assert shapely.equals_exact(shapely.normalize(mine[3]), shapely.normalize(alone[3]), 1e-9).all()


def test_double_double_crossings_are_the_exact_ones_rounded_once():
    from fractions import Fraction

    rng = np.random.default_rng(11)
    scale = np.repeat([1.0, 1e3, 6e5], 200)
    pe, qe = rng.uniform(-1, 0, 600) * scale, rng.uniform(0.001, 1, 600) * scale
    u0, u1 = rng.uniform(-1, 1, 600) * scale + 4.4e6 * (scale > 1e3), rng.uniform(-1, 1, 600) * scale
    at = rng.uniform(0, 1, 600) * (qe - pe) + pe
    got = crossings.double_double(at, None, pe, qe, u0, u1)
    exact = []
    for t, p, q, a, b in zip(*(map(Fraction, v.tolist()) for v in (at, pe, qe, u0, u1))):
        exact.append(float(a + (t - p) * (b - a) / (q - p)))
    assert got.tolist() == exact
