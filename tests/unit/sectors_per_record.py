"""The per-record sector cutting that core.sectors replaced by its batched version, kept unchanged
as the reference the batched version must match exactly (one polygon at a time, every cell clipped
by GEOS). Test helper, not collected by pytest.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass

import numpy as np
import shapely

from clearground.core.proj import Transformer

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


def utm_epsg(lon: float, lat: float) -> int:
    """The EPSG code of the WGS 84 UTM zone that holds ``lon``, ``lat``."""
    if not (-180.0 <= lon <= 180.0 and -90.0 <= lat <= 90.0):
        raise SectorError(f"({lon}, {lat}) is not a longitude/latitude in degrees.")
    zone = min(int((lon + 180.0) // 6.0) + 1, 60)
    return (32600 if lat >= 0 else 32700) + zone


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
    if geometry is None or shapely.is_empty(geometry):
        return shapely.Polygon()
    if not shapely.is_valid(geometry):
        geometry = shapely.make_valid(geometry)
    parts = [p for p in shapely.get_parts(geometry) if p.geom_type in ("Polygon", "MultiPolygon")]
    parts = [q for p in parts for q in shapely.get_parts(p) if q.area > 0]
    if not parts:
        return shapely.Polygon()
    return parts[0] if len(parts) == 1 else shapely.MultiPolygon(parts)


def longest_edge(geometry) -> tuple[tuple[float, float], float]:
    """The first vertex and the direction (degrees, in [-45, 45)) of the longest exterior edge."""
    best_len, best = -1.0, ((0.0, 0.0), 0.0)
    for part in shapely.get_parts(geometry):
        xy = np.asarray(part.exterior.coords)
        d = np.diff(xy, axis=0)
        lengths = np.hypot(d[:, 0], d[:, 1])
        i = int(np.argmax(lengths))
        if lengths[i] > best_len:
            best_len = float(lengths[i])
            angle = math.degrees(math.atan2(d[i, 1], d[i, 0]))
            angle = (angle + 45.0) % 90.0 - 45.0
            best = ((float(xy[i, 0]), float(xy[i, 1])), angle)
    return best


def generate_sectors(
    geometry,
    parent_id: str,
    cell_size: float = 25.0,
    orientation: str = "grid",
    min_area_fraction: float = DEFAULT_MIN_AREA_FRACTION,
    max_cells: int = MAX_CELLS,
) -> SectorGrid:
    """The sectors of one polygon or multipolygon given in EPSG:4326 (longitude, latitude)."""
    if not cell_size or cell_size <= 0 or not math.isfinite(cell_size):
        raise SectorError(f"the cell size must be a positive number of metres, not {cell_size}.")
    if orientation not in ORIENTATIONS:
        raise SectorError(f"orientation must be one of {', '.join(ORIENTATIONS)}, not {orientation!r}.")
    parent_id = str(parent_id).strip()
    if not parent_id:
        raise SectorError("the parent id is empty.")
    geom = polygonal(geometry)
    if geom.is_empty:
        raise SectorError("the geometry has no polygon area.")
    centre = geom.centroid
    epsg = utm_epsg(centre.x, centre.y)
    to_utm, to_wgs = transformers(epsg)
    local = polygonal(reproject(shapely.segmentize(geom, _DENSIFY_DEG), to_utm))

    if orientation == "grid":
        pivot, angle = (0.0, 0.0), 0.0
    else:  # the edges as drawn, not the short pieces of the densified outline
        pivot, angle = longest_edge(polygonal(reproject(geom, to_utm)))
    # The cells are cut in a frame whose origin is the pivot and whose x axis runs along the grid,
    # snapped to a micrometre so that boundaries lying on grid lines leave no hair-thin pieces.
    frame = polygonal(shapely.set_precision(_to_frame(local, pivot, angle), _PRECISION_M))
    rows, cols, pieces = _clip_cells(frame, cell_size, max_cells)
    pieces, rows, cols, merged = _merge_slivers(pieces, rows, cols, min_area_fraction * cell_size**2)
    rows, cols, pieces, ids = _name(parent_id, rows, cols, pieces)
    areas = shapely.area(pieces)
    cells = reproject(_from_frame(pieces, pivot, angle), to_wgs)
    return SectorGrid(ids, rows, cols, cells, areas, epsg, merged)


def _to_frame(geometries, pivot: tuple[float, float], angle: float):
    """UTM geometries moved so that ``pivot`` is the origin, then turned by ``-angle`` degrees."""
    a = math.radians(-angle)
    cos, sin = math.cos(a), math.sin(a)
    px, py = pivot

    def _apply(coords: np.ndarray) -> np.ndarray:
        dx, dy = coords[:, 0] - px, coords[:, 1] - py
        return np.column_stack([cos * dx - sin * dy, sin * dx + cos * dy])

    return shapely.transform(geometries, _apply)


def _from_frame(geometries, pivot: tuple[float, float], angle: float):
    """The inverse of ``_to_frame``: back to UTM coordinates."""
    a = math.radians(angle)
    cos, sin = math.cos(a), math.sin(a)
    px, py = pivot

    def _apply(coords: np.ndarray) -> np.ndarray:
        x, y = coords[:, 0], coords[:, 1]
        return np.column_stack([px + cos * x - sin * y, py + sin * x + cos * y])

    return shapely.transform(geometries, _apply)


def _clip_cells(frame, size: float, max_cells: int):
    """Every cell of the grid through the origin that overlaps ``frame``, clipped to it."""
    minx, miny, maxx, maxy = frame.bounds
    x0 = math.floor(minx / size) * size
    top = math.ceil(maxy / size) * size
    ncols = max(1, math.ceil((maxx - x0) / size))
    nrows = max(1, math.ceil((top - miny) / size))
    if nrows * ncols > max_cells:
        raise SectorError(
            f"{nrows} x {ncols} cells of {size:g} m would be needed (more than {max_cells:,}); "
            "choose a larger cell size."
        )
    r, c = np.divmod(np.arange(nrows * ncols), ncols)
    boxes = shapely.box(x0 + c * size, top - (r + 1) * size, x0 + (c + 1) * size, top - r * size)
    shapely.prepare(frame)
    inside = shapely.contains_properly(frame, boxes)
    edge = ~inside & shapely.intersects(frame, boxes)
    edge_idx = np.flatnonzero(edge)
    clipped = shapely.intersection(boxes[edge_idx], frame)
    parts, owner = shapely.get_parts(clipped, return_index=True)
    keep = (shapely.get_type_id(parts) == 3) & (shapely.area(parts) > 0)
    parts, owner = parts[keep], edge_idx[owner[keep]]
    inner = np.flatnonzero(inside)
    cell = np.concatenate([inner, owner])
    pieces = np.concatenate([boxes[inner], parts])
    return r[cell], c[cell], pieces


def _merge_slivers(pieces: np.ndarray, rows: np.ndarray, cols: np.ndarray, min_area: float):
    """Merge pieces smaller than ``min_area`` into the neighbour sharing the longest boundary."""
    n = len(pieces)
    pieces = pieces.copy()
    areas = shapely.area(pieces)
    small = np.flatnonzero(areas < min_area)
    if len(small) == 0 or n < 2:
        return pieces, rows, cols, 0
    owner = np.arange(n)

    def find(i: int) -> int:
        while owner[i] != i:
            owner[i] = owner[owner[i]]
            i = owner[i]
        return i

    tree = shapely.STRtree(pieces.copy())
    merged = 0
    for s in small[np.argsort(areas[small], kind="stable")]:
        s = find(int(s))
        if shapely.area(pieces[s]) >= min_area:
            continue
        near = {find(int(j)) for j in tree.query(pieces[s])}
        near.discard(s)
        if not near:
            continue
        cand = np.array(sorted(near))
        shared = shapely.length(shapely.intersection(shapely.boundary(pieces[s]), shapely.boundary(pieces[cand])))
        for k in np.argsort(-shared, kind="stable"):
            if shared[k] <= _SHARED_EDGE_M:
                break
            t = int(cand[k])
            union = shapely.union(pieces[t], pieces[s])
            if union.geom_type != "Polygon":
                continue
            pieces[t] = union
            owner[s] = t
            merged += 1
            break
    alive = np.flatnonzero(owner == np.arange(n))
    return pieces[alive], rows[alive], cols[alive], merged


def _name(parent_id: str, rows: np.ndarray, cols: np.ndarray, pieces: np.ndarray):
    """Order pieces by row, column and decreasing area, and give each its id."""
    areas = shapely.area(pieces)
    order = np.lexsort((-areas, cols, rows))
    rows, cols, pieces = rows[order], cols[order], pieces[order]
    ids = []
    previous, k = None, 1
    for r, c in zip(rows.tolist(), cols.tolist()):
        k = k + 1 if (r, c) == previous else 1
        previous = (r, c)
        ids.append(f"{parent_id}-{r}-{c}" if k == 1 else f"{parent_id}-{r}-{c}.{k}")
    return rows, cols, pieces, ids
