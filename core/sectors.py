"""Clearance sectors: square cells over a polygon, in metres in its local UTM zone.

The cells are built in the polygon's UTM zone, aligned either to the UTM grid or to the polygon's
longest edge, clipped to the polygon, and returned in EPSG:4326. Pieces smaller than a minimum area
(slivers along the boundary) are merged into the neighbour they share the longest boundary with, so
the sectors of a polygon cover it exactly: no gaps, no overlaps. Ids are ``PARENT-row-col`` (rows
counted from the top of the grid, columns from its left), and the same polygon always gives the
same ids; a cell cut into separate pieces numbers the further pieces ``PARENT-row-col.2``, ``.3``,
... from the largest down.

Many polygons are cut at once (``generate_sectors_batch``): every step is one vectorised call over
all of them (one projection per UTM zone), and each polygon gets exactly the sectors it gets alone.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass
from functools import cached_property
from typing import Sequence

import numpy as np
import shapely

from .clip import BOTTOM, LEFT, RIGHT, TOP, Grids, Sides, clip_cells, first_of_runs
from .proj import Transformer
from .text import tr
from .wkb import polygons_wkb

ORIENTATIONS: tuple[str, ...] = ("grid", "longest_edge")
#: Pieces smaller than this fraction of a full cell are merged into a neighbour.
DEFAULT_MIN_AREA_FRACTION = 0.1
#: A grid larger than this many cells is refused (a typo in the cell size, most of the time).
MAX_CELLS = 4_000_000
_WGS84 = "EPSG:4326"
_SHARED_EDGE_M = 1e-6
#: Longitude/latitude edges are split to about this length (degrees) before projection, so that the
#: clipped boundary follows the parent's edges as drawn in EPSG:4326 to well under a millimetre.
_DENSIFY_DEG = 1e-4
_PRECISION_M = 1e-6
_POLYGON, _MULTIPOLYGON = 3, 6


class SectorError(ValueError):
    """The sectors of a polygon cannot be generated; the message says why."""


@dataclass(frozen=True)
class SectorGrid:
    """The sectors of one parent polygon, ordered by row, column and piece."""

    sector_ids: list[str]
    rows: np.ndarray
    cols: np.ndarray
    geometries: np.ndarray  # shapely Polygons, EPSG:4326 (x = longitude)
    areas_m2: np.ndarray  # planar areas in the UTM zone
    epsg: int  # the UTM zone the cells were built in
    merged_slivers: int

    def __len__(self) -> int:
        return len(self.sector_ids)


@dataclass(frozen=True)
class SectorBatch:
    """The sectors of many parents in flat arrays: parent k owns ``offsets[k]:offsets[k + 1]``.

    ``errors[k]`` says why parent k has no sectors (None when it has some); ``epsg`` and
    ``merged_slivers`` have one entry per parent. The sectors come as 2D WKB (EPSG:4326);
    ``geometries`` makes shapely polygons of them when asked.
    """

    errors: list[SectorError | None]
    offsets: np.ndarray
    sector_ids: list[str]
    rows: np.ndarray
    cols: np.ndarray
    wkb: list[bytes]
    areas_m2: np.ndarray
    epsg: np.ndarray
    merged_slivers: np.ndarray

    def __len__(self) -> int:
        return len(self.errors)

    @cached_property
    def geometries(self) -> np.ndarray:
        """All the sectors as shapely polygons in EPSG:4326."""
        return _from_wkb(self.wkb)

    def grid(self, k: int) -> SectorGrid:
        """The sectors of parent k; raises its SectorError when it has none."""
        if self.errors[k] is not None:
            raise self.errors[k]
        a, b = int(self.offsets[k]), int(self.offsets[k + 1])
        return SectorGrid(self.sector_ids[a:b], self.rows[a:b], self.cols[a:b], _from_wkb(self.wkb[a:b]),
                          self.areas_m2[a:b], int(self.epsg[k]), int(self.merged_slivers[k]))


def _from_wkb(blobs: list[bytes]) -> np.ndarray:
    out = np.empty(len(blobs), dtype=object)
    out[:] = blobs
    return shapely.from_wkb(out)


def utm_epsg(lon: float, lat: float) -> int:
    """The EPSG code of the WGS 84 UTM zone that holds ``lon``, ``lat``."""
    code = int(utm_epsgs(np.array([lon], dtype=float), np.array([lat], dtype=float))[0])
    if code == 0:
        raise not_degrees(lon, lat)
    return code


def utm_epsgs(lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    """``utm_epsg`` of many points at once (int64); 0 where a point is not a longitude/latitude in degrees."""
    lon, lat = np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)
    with np.errstate(invalid="ignore"):
        ok = (lon >= -180.0) & (lon <= 180.0) & (lat >= -90.0) & (lat <= 90.0)
        zone = np.minimum(np.where(ok, (lon + 180.0) // 6.0, 0.0).astype(np.int64) + 1, 60)
    return np.where(ok, np.where(lat >= 0, 32600, 32700) + zone, 0)


def not_degrees(lon: float, lat: float) -> SectorError:
    """The error of a point whose UTM zone cannot be found: it is not in degrees."""
    return SectorError(tr("({lon}, {lat}) is not a longitude/latitude in degrees.").format(lon=lon, lat=lat))


_TRANSFORMERS = threading.local()


def transformers(epsg: int) -> tuple[Transformer, Transformer]:
    """(WGS 84 -> EPSG:epsg, EPSG:epsg -> WGS 84), both in x/y (longitude first) order.

    Building a transformer costs milliseconds, more than cutting a small polygon into cells, so
    they are kept per zone; per thread, as pyproj transformers are not to be shared between threads.
    """
    cache = getattr(_TRANSFORMERS, "pairs", None)
    if cache is None:
        cache = _TRANSFORMERS.pairs = {}
    if epsg not in cache:
        cache[epsg] = (
            Transformer.from_crs(_WGS84, f"EPSG:{epsg}", always_xy=True),
            Transformer.from_crs(f"EPSG:{epsg}", _WGS84, always_xy=True),
        )
    return cache[epsg]


def reproject(geometries, transformer: Transformer):
    """Shapely geometries (one or an array) through a pyproj transformer, in one vectorised call."""

    def _apply(coords: np.ndarray) -> np.ndarray:
        x, y = transformer.transform(coords[:, 0], coords[:, 1])
        return np.column_stack([x, y])

    return shapely.transform(geometries, _apply)


def polygonal(geometry) -> shapely.Geometry:
    """The polygonal part of ``geometry``, made valid; an empty polygon when there is none."""
    return polygonal_many(_objects([geometry]))[0]


def polygonal_many(geometries) -> np.ndarray:
    """``polygonal`` of each geometry of an array, in a few vectorised calls."""
    geoms = _objects(geometries)
    out = np.full(len(geoms), shapely.Polygon(), dtype=object)
    present = np.flatnonzero(~shapely.is_missing(geoms))
    present = present[~shapely.is_empty(geoms[present])]
    if len(present) == 0:
        return out
    valid = geoms[present]
    broken = ~shapely.is_valid(valid)
    valid[broken] = shapely.make_valid(valid[broken])
    parts, owner = shapely.get_parts(valid, return_index=True)
    keep = np.isin(shapely.get_type_id(parts), (_POLYGON, _MULTIPOLYGON))
    polygons, index = shapely.get_parts(parts[keep], return_index=True)
    owner = owner[keep][index]
    keep = shapely.area(polygons) > 0
    polygons, owner = polygons[keep], owner[keep]
    counts = np.bincount(owner, minlength=len(present))
    single = counts[owner] == 1
    out[present[owner[single]]] = polygons[single]
    multi = np.flatnonzero(counts > 1)
    if len(multi):
        rank = np.searchsorted(multi, owner[~single])
        out[present[multi]] = shapely.multipolygons(polygons[~single], indices=rank)
    return out


def generate_sectors(
    geometry,
    parent_id: str,
    cell_size: float = 25.0,
    orientation: str = "grid",
    min_area_fraction: float = DEFAULT_MIN_AREA_FRACTION,
    max_cells: int = MAX_CELLS,
) -> SectorGrid:
    """The sectors of one polygon or multipolygon given in EPSG:4326 (longitude, latitude)."""
    batch = generate_sectors_batch(_objects([geometry]), [parent_id], cell_size, orientation,
                                   min_area_fraction, max_cells)
    return batch.grid(0)


def generate_sectors_batch(
    geometries,
    parent_ids: Sequence,
    cell_size: float = 25.0,
    orientation: str = "grid",
    min_area_fraction: float = DEFAULT_MIN_AREA_FRACTION,
    max_cells: int = MAX_CELLS,
) -> SectorBatch:
    """The sectors of many polygons (EPSG:4326), each exactly as ``generate_sectors`` gives them.

    A parent that cannot be cut (no id, no polygon area, too many cells) gets an error instead of
    sectors; the options are checked first and raise SectorError for the whole batch.
    """
    _check_options(cell_size, orientation)
    parents = [str(p).strip() for p in parent_ids]
    geoms = polygonal_many(geometries)
    empty = shapely.is_empty(geoms).tolist()
    errors: list[SectorError | None] = [
        SectorError(tr("the parent id is empty.")) if not parent
        else SectorError(tr("the geometry has no polygon area.")) if no_area else None
        for parent, no_area in zip(parents, empty)
    ]
    epsg = _zones(geoms, errors)
    frames, pivots, angles = _frames(geoms, epsg, orientation, errors)
    todo = np.array([k for k, e in enumerate(errors) if e is None], dtype=np.int64)
    rec, rows, cols, pieces, sides, too_big = _clip_cells(frames[todo], cell_size, max_cells)
    for k, message in too_big.items():
        errors[todo[k]] = SectorError(message)
    rec = todo[rec]
    pieces, rec, rows, cols, areas, merged = _merge_slivers(pieces, rec, rows, cols, sides,
                                                            min_area_fraction * cell_size**2, len(parents))
    rec, rows, cols, pieces, areas, ids = _name(parents, rec, rows, cols, pieces, areas)
    wkb = _wgs84_wkb(pieces, rec, pivots, angles, epsg)
    offsets = np.concatenate([[0], np.cumsum(np.bincount(rec, minlength=len(parents)))])
    return SectorBatch(errors, offsets, ids, rows, cols, wkb, areas, epsg, merged)


def _objects(values) -> np.ndarray:
    """A 1-D object array of the given geometries (None allowed)."""
    if isinstance(values, np.ndarray) and values.dtype == object and values.ndim == 1:
        return values.copy()
    out = np.empty(len(values), dtype=object)
    out[:] = list(values)
    return out


def _check_options(cell_size: float, orientation: str) -> None:
    if not cell_size or cell_size <= 0 or not math.isfinite(cell_size):
        raise SectorError(tr("the cell size must be a positive number of metres, not {size}.").format(size=cell_size))
    if orientation not in ORIENTATIONS:
        raise SectorError(tr("orientation must be one of {values}, not {value}.").format(
            values=", ".join(ORIENTATIONS), value=repr(orientation)))


def _zones(geoms: np.ndarray, errors: list) -> np.ndarray:
    """The UTM zone (EPSG code) of each parent's centroid; 0 for the parents with an error."""
    epsg = np.zeros(len(geoms), dtype=np.int64)
    todo = np.array([k for k, e in enumerate(errors) if e is None], dtype=np.int64)
    centres = shapely.centroid(geoms[todo])
    x, y = shapely.get_x(centres), shapely.get_y(centres)
    epsg[todo] = utm_epsgs(x, y)
    for i in np.flatnonzero(epsg[todo] == 0):
        errors[int(todo[i])] = not_degrees(float(x[i]), float(y[i]))
    return epsg


def _frames(geoms: np.ndarray, epsg: np.ndarray, orientation: str, errors: list):
    """Each parent in the frame its cells are cut in, with that frame's pivot and angle.

    The frame's origin is the pivot and its x axis runs along the grid; coordinates are snapped
    to a micrometre so that boundaries lying on grid lines leave no hair-thin pieces.
    """
    n = len(geoms)
    frames = np.full(n, shapely.Polygon(), dtype=object)
    pivots, angles = np.zeros((n, 2)), np.zeros(n)
    idx = np.flatnonzero(epsg > 0)
    local = polygonal_many(_project(shapely.segmentize(geoms[idx], _DENSIFY_DEG), epsg[idx], to_wgs84=False))
    if orientation == "longest_edge":  # the edges as drawn, not the densified outline
        pivots[idx], angles[idx] = _longest_edges(polygonal_many(_project(geoms[idx], epsg[idx], to_wgs84=False)))
        local = _to_frame(local, pivots[idx], angles[idx])
    frames[idx] = polygonal_many(snapped(local))
    for k in np.flatnonzero(shapely.is_empty(frames)).tolist():
        if errors[k] is None:
            errors[k] = SectorError(tr("the geometry has no polygon area."))
    return frames, pivots, angles


def snapped(geometries: np.ndarray, grid: float = _PRECISION_M) -> np.ndarray:
    """Geometries with their coordinates on a ``grid`` (metres): rounded as they are, and rebuilt by
    GEOS (set_precision) only where the rounding leaves one invalid, which is far faster and keeps
    the vertices of every other one as they were."""
    out = shapely.set_precision(geometries, grid, mode="pointwise")
    broken = ~shapely.is_valid(out)
    out[broken] = shapely.set_precision(geometries[broken], grid)
    return out


def _longest_edges(geoms: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per geometry: the first vertex (x, y) and the direction (degrees, in [-45, 45)) of its longest
    exterior edge (the first such edge, parts taken in order)."""
    pivots, angles = np.zeros((len(geoms), 2)), np.zeros(len(geoms))
    parts, owner = shapely.get_parts(geoms, return_index=True)
    xy, ring = shapely.get_coordinates(shapely.get_exterior_ring(parts), return_index=True)
    d = np.diff(xy, axis=0)
    edge = np.flatnonzero(ring[1:] == ring[:-1])
    if len(edge) == 0:
        return pivots, angles
    lengths = np.hypot(d[edge, 0], d[edge, 1])
    geom = owner[ring[edge]]
    order = np.lexsort((edge, -lengths, geom))
    first = order[first_of_runs(geom[order])]
    for g, e in zip(geom[first].tolist(), edge[first].tolist()):
        angle = math.degrees(math.atan2(d[e, 1], d[e, 0]))
        angles[g] = (angle + 45.0) % 90.0 - 45.0
        pivots[g] = xy[e]
    return pivots, angles


def _rotation(angles: np.ndarray, sign: float) -> tuple[np.ndarray, np.ndarray]:
    """cos and sin of ``sign * angle`` (degrees), one pair per angle."""
    radians = [math.radians(sign * a) for a in angles.tolist()]
    return np.array([math.cos(a) for a in radians]), np.array([math.sin(a) for a in radians])


def _to_frame(geometries: np.ndarray, pivots: np.ndarray, angles: np.ndarray) -> np.ndarray:
    """UTM geometries moved so that their pivot is the origin, then turned by ``-angle`` degrees."""
    cos, sin = _rotation(angles, -1.0)
    coords, k = shapely.get_coordinates(geometries, return_index=True)
    dx, dy = coords[:, 0] - pivots[k, 0], coords[:, 1] - pivots[k, 1]
    turned = np.column_stack([cos[k] * dx - sin[k] * dy, sin[k] * dx + cos[k] * dy])
    return shapely.set_coordinates(_objects(geometries), turned)


def _from_frame(coords: np.ndarray, k: np.ndarray, pivots: np.ndarray, angles: np.ndarray) -> np.ndarray:
    """The inverse of ``_to_frame`` for coordinates, coordinate i with pivot and angle ``k[i]``."""
    cos, sin = _rotation(angles, 1.0)
    x, y = coords[:, 0], coords[:, 1]
    return np.column_stack([pivots[k, 0] + cos[k] * x - sin[k] * y, pivots[k, 1] + sin[k] * x + cos[k] * y])


def _project(geometries: np.ndarray, epsg: np.ndarray, to_wgs84: bool) -> np.ndarray:
    """Geometry i from EPSG:4326 to UTM zone ``epsg[i]`` (or back), one projection call per zone."""
    coords, index = shapely.get_coordinates(geometries, return_index=True)
    return shapely.set_coordinates(_objects(geometries), _project_coords(coords, epsg[index], to_wgs84))


def _project_coords(coords: np.ndarray, zone: np.ndarray, to_wgs84: bool) -> np.ndarray:
    """Coordinate i from EPSG:4326 to UTM zone ``zone[i]`` (or back), one projection call per zone."""
    out = np.empty_like(coords)
    for z in np.unique(zone).tolist():
        at = zone == z
        x, y = transformers(z)[1 if to_wgs84 else 0].transform(coords[at, 0], coords[at, 1])
        out[at, 0], out[at, 1] = x, y
    return out


def _wgs84_wkb(pieces: np.ndarray, rec: np.ndarray, pivots: np.ndarray, angles: np.ndarray,
               epsg: np.ndarray) -> list[bytes]:
    """The WKB of the pieces cut in their parent's frame, back in EPSG:4326 (the grid frame is UTM)."""
    coords, index = shapely.get_coordinates(pieces, return_index=True)
    if angles.any() or pivots.any():
        coords = _from_frame(coords, rec[index], pivots, angles)
    return polygons_wkb(pieces, _project_coords(coords, epsg[rec][index], to_wgs84=True), index)


def _clip_cells(frames: np.ndarray, size: float, max_cells: int):
    """Every cell of each frame's grid through the origin that overlaps the frame, clipped to it.

    Returns (frame, row, column, piece) arrays, a frame's whole cells first then its clipped pieces,
    where the pieces run along their cell's sides, and {frame: why} for the frames that would need
    more than ``max_cells`` cells.
    """
    grids = Grids.over(frames, size)
    nrows, ncols = grids.nrows, grids.ncols
    too_big = {
        k: tr("{rows} x {cols} cells of {size:g} m would be needed (more than {limit:,}); choose a larger "
              "cell size.").format(rows=nrows[k], cols=ncols[k], size=size, limit=max_cells)
        for k in np.flatnonzero(nrows * ncols > max_cells).tolist()
    }
    fit = np.flatnonzero(nrows * ncols <= max_cells)
    rec, rows, cols, pieces, sides = clip_cells(frames[fit], grids.take(fit))
    return fit[rec], rows, cols, pieces, sides, too_big


def _roots(owner: np.ndarray, idx: np.ndarray) -> np.ndarray:
    """The union-find roots of ``idx`` (and the path to them compressed)."""
    roots = owner[idx]
    while True:
        up = owner[roots]
        if np.array_equal(up, roots):
            break
        roots = up
    owner[idx] = roots
    return roots


def _merge_slivers(pieces: np.ndarray, rec: np.ndarray, rows: np.ndarray, cols: np.ndarray, sides: Sides,
                   min_area: float, nrec: int):
    """Merge pieces smaller than ``min_area`` into the neighbour of the same parent sharing the
    longest boundary, smallest first; returns the pieces left, their areas and the merges per parent.

    Each parent's slivers are taken one at a time, in the order of their areas; the k-th sliver of
    every parent is merged in one vectorised round, so that each parent sees the same sequence of
    merges as when it is cut alone.
    """
    merger = _Merger(pieces, rec, rows, cols, sides, nrec)
    areas = merger.areas
    small = np.flatnonzero((areas < min_area) & (np.bincount(rec, minlength=nrec)[rec] >= 2))
    queue = small[np.lexsort((areas[small], rec[small]))]
    rank = np.arange(len(queue)) - np.searchsorted(rec[queue], rec[queue])
    for k in range(int(rank.max()) + 1 if len(rank) else 0):
        slivers = _roots(merger.owner, queue[rank == k])
        merger.merge(slivers[merger.areas[slivers] < min_area])
    alive = np.flatnonzero(merger.owner == np.arange(len(pieces)))
    return (merger.pieces[alive], rec[alive], rows[alive], cols[alive], merger.areas[alive],
            merger.merged)


class _Merger:
    """Pieces being merged: their current geometries, areas, envelopes and boundaries."""

    def __init__(self, pieces: np.ndarray, rec: np.ndarray, rows: np.ndarray, cols: np.ndarray, sides: Sides,
                 nrec: int):
        self.pieces = pieces.copy()
        self.rec, self.rows, self.cols, self.sides = rec, rows, cols, sides
        self.known = sides.known.copy()  # pieces not merged yet, whose stretches along the sides are known
        self.areas = shapely.area(pieces)
        self.bounds = shapely.bounds(pieces).reshape(-1, 4)
        self.owner = np.arange(len(pieces))
        self.merged = np.zeros(nrec, dtype=np.int64)
        self._boundaries = np.full(len(pieces), None, dtype=object)
        self._tree: shapely.STRtree | None = None

    def merge(self, slivers: np.ndarray) -> None:
        """Merge each sliver (at most one per parent) into its best neighbour."""
        if len(slivers) == 0:
            return
        which, near, shared = self._neighbours(slivers)
        order = np.lexsort((near, -shared, which))
        which, near, shared = which[order], near[order], shared[order]
        start = np.flatnonzero(first_of_runs(which))
        start = start[shared[start] > _SHARED_EDGE_M]
        unions = shapely.union(self.pieces[near[start]], self.pieces[slivers[which[start]]])
        target = near[start]
        for n in np.flatnonzero(shapely.get_type_id(unions) != _POLYGON).tolist():
            unions[n], target[n] = self._next_polygon(slivers, which, near, shared, start[n])
        done = np.flatnonzero(target >= 0)
        self._join(slivers[which[start[done]]], target[done], unions[done])

    def _neighbours(self, slivers: np.ndarray):
        """(sliver number, neighbour, shared boundary length) for every neighbour of every sliver
        that may share more than a point with it (same parent, envelopes overlapping)."""
        if self._tree is None:
            self._tree = shapely.STRtree(self.pieces.copy())
        which, near = self._tree.query(self.pieces[slivers])
        same = self.rec[near] == self.rec[slivers[which]]
        which, near = which[same], _roots(self.owner, near[same])
        n = len(self.pieces)
        pairs = np.unique(which * n + near)
        which, near = np.divmod(pairs, n)
        keep = (near != slivers[which]) & self._may_touch_along(slivers[which], near)
        which, near = which[keep], near[keep]
        shared, exact = self._shared_along_sides(slivers[which], near)
        geos = np.flatnonzero(~exact)
        shared[geos] = shapely.length(shapely.intersection(self._boundary(slivers[which[geos]]),
                                                           self._boundary(near[geos])))
        return which, near, shared

    def _shared_along_sides(self, a: np.ndarray, b: np.ndarray):
        """The length of boundary pieces a and b share, as GEOS measures it, where both still have
        known stretches along their cells' sides and share at most two (``exact``); 0 elsewhere.

        Such pieces meet only along the side between their cells, in the overlaps of their stretches,
        which GEOS gives as lines of two points whose lengths it adds up.
        """
        dr, dc = self.rows[b] - self.rows[a], self.cols[b] - self.cols[a]
        adjacent = np.abs(dr) + np.abs(dc) == 1
        side = np.where(dc == 1, RIGHT, np.where(dc == -1, LEFT, np.where(dr == 1, BOTTOM, TOP)))
        opposite = (side + 2) % 4
        lo_a, hi_a = self.sides.lo[a, side], self.sides.hi[a, side]
        lo_b, hi_b = self.sides.lo[b, opposite], self.sides.hi[b, opposite]
        overlap = np.minimum(hi_a[:, :, None], hi_b[:, None, :]) - np.maximum(lo_a[:, :, None], lo_b[:, None, :])
        line = overlap > 0  # NaN (no stretch) is not
        length = np.where(line, np.sqrt(np.where(line, overlap, 0.0) ** 2), 0.0).sum(axis=(1, 2))
        exact = self.known[a] & self.known[b] & (line.sum(axis=(1, 2)) <= 2)
        return np.where(adjacent, length, 0.0), exact

    def _may_touch_along(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """False where the two pieces' envelopes meet in a point or a segment no longer than
        _SHARED_EDGE_M, so that their boundaries cannot share more than that."""
        lo = np.maximum(self.bounds[a, :2], self.bounds[b, :2])
        hi = np.minimum(self.bounds[a, 2:], self.bounds[b, 2:])
        width, height = hi[:, 0] - lo[:, 0], hi[:, 1] - lo[:, 1]
        return ~(((width <= 0) & (height <= _SHARED_EDGE_M)) | ((height <= 0) & (width <= _SHARED_EDGE_M)))

    def _boundary(self, idx: np.ndarray) -> np.ndarray:
        missing = np.unique(idx[shapely.is_missing(self._boundaries[idx])])
        self._boundaries[missing] = shapely.boundary(self.pieces[missing])
        return self._boundaries[idx]

    def _next_polygon(self, slivers, which, near, shared, i: int):
        """The union with the next neighbours, in order, until one is a polygon; (None, -1) if none."""
        sliver, j = slivers[which[i]], i + 1
        while j < len(which) and which[j] == which[i] and shared[j] > _SHARED_EDGE_M:
            union = shapely.union(self.pieces[near[j]], self.pieces[sliver])
            if union.geom_type == "Polygon":
                return union, near[j]
            j += 1
        return None, -1

    def _join(self, slivers: np.ndarray, targets: np.ndarray, unions: np.ndarray) -> None:
        self.pieces[targets] = unions
        self.areas[targets] = shapely.area(unions)
        self.bounds[targets] = shapely.bounds(unions).reshape(-1, 4)
        self._boundaries[targets] = None
        self.known[targets] = False
        self.owner[slivers] = targets
        np.add.at(self.merged, self.rec[slivers], 1)


def _name(parents: list[str], rec: np.ndarray, rows: np.ndarray, cols: np.ndarray, pieces: np.ndarray,
          areas: np.ndarray):
    """Order each parent's pieces by row, column and decreasing area, and give each its id."""
    order = np.lexsort((-areas, cols, rows, rec))
    rec, rows, cols, pieces, areas = rec[order], rows[order], cols[order], pieces[order], areas[order]
    n = len(rec)
    repeat = ~first_of_runs(rec, rows, cols)
    piece = np.arange(n) - np.maximum.accumulate(np.where(repeat, 0, np.arange(n))) + 1
    ids = [f"{parents[p]}-{r}-{c}" if k == 1 else f"{parents[p]}-{r}-{c}.{k}"
           for p, r, c, k in zip(rec.tolist(), rows.tolist(), cols.tolist(), piece.tolist())]
    return rec, rows, cols, pieces, areas, ids
