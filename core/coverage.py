"""How much of each sector cleared ground covers: polygons and lanes (lines of a given width).

Shared by clearground:marksectors and the field sync's lanes. numpy and shapely only.
"""

from __future__ import annotations

import numpy as np
import shapely

from .sectors import not_degrees, reproject, transformers, utm_epsgs

#: Dissolved cleared ground is cut into tiles of this size (metres) so that each sector is
#: intersected with a few small pieces rather than with one large polygon.
TILE_M = 100.0
_TILE_VERTICES = 256


def not_in_degrees(geoms) -> np.ndarray:
    """Indices of the geometries (None allowed) with a coordinate outside longitude -180..180 and latitude
    -90..90: a layer whose coordinates are not in the CRS it declares (metres read as degrees)."""
    arr = np.empty(len(geoms), dtype=object)
    arr[:] = list(geoms)
    b = shapely.bounds(arr)  # NaN for None and empty geometries: not counted
    with np.errstate(invalid="ignore"):
        bad = (b[:, 0] < -180.0) | (b[:, 2] > 180.0) | (b[:, 1] < -90.0) | (b[:, 3] > 90.0)
    return np.flatnonzero(bad)


def covered_fraction(sectors, cleared: list, lane_width: float) -> np.ndarray:
    """The fraction of each sector's area (EPSG:4326 polygons, None allowed) that cleared ground covers.

    Lines in ``cleared`` are lanes ``lane_width`` metres wide (flat ends). Each sector is measured in
    the UTM zone of its centre. The cleared ground is dissolved first, so overlapping polygons and
    lanes count once, then cut into tiles; the disjoint pieces inside a sector add up to its cover.
    """
    geoms = np.empty(len(sectors), dtype=object)
    geoms[:] = list(sectors)
    result = np.zeros(len(geoms))
    if len(geoms) == 0 or not cleared:
        return result
    usable = np.flatnonzero(~shapely.is_missing(geoms) & ~shapely.is_empty(geoms))
    if len(usable) == 0:
        return result
    centres = shapely.centroid(geoms[usable])
    x, y = shapely.get_x(centres), shapely.get_y(centres)
    zones = utm_epsgs(x, y)
    if (zones == 0).any():
        i = int(np.argmax(zones == 0))
        raise not_degrees(float(x[i]), float(y[i]))
    cleared_arr = np.array(cleared, dtype=object)
    cleared_tree = shapely.STRtree(cleared_arr)
    near_ground = _near(geoms[usable], cleared_tree, lane_width / 2.0 + 1.0)  # the others overlap nothing
    usable, zones = usable[near_ground], zones[near_ground]
    for epsg in np.unique(zones):
        idx = usable[zones == epsg]
        minx, miny, maxx, maxy = shapely.total_bounds(geoms[idx])
        near = cleared_tree.query(shapely.box(minx - 0.01, miny - 0.01, maxx + 0.01, maxy + 0.01))
        if len(near) == 0:
            continue
        to_utm, _ = transformers(int(epsg))
        pieces = _ground_pieces(reproject(cleared_arr[near], to_utm), lane_width)
        if len(pieces) == 0:
            continue
        local = reproject(geoms[idx], to_utm)
        s_idx, g_idx = shapely.STRtree(pieces).query(local, predicate="intersects")
        if len(s_idx) == 0:
            continue
        area = shapely.area(local)
        covered = np.bincount(s_idx, weights=_piece_areas(local, pieces, s_idx, g_idx), minlength=len(idx))
        with np.errstate(divide="ignore", invalid="ignore"):
            result[idx] = np.clip(np.where(area > 0, covered / area, 0.0), 0.0, 1.0)
    return result


def _near(geoms: np.ndarray, tree: shapely.STRtree, margin_m: float) -> np.ndarray:
    """Which geometries (EPSG:4326) have a box that, widened by at least ``margin_m`` metres, meets the
    box of a geometry in ``tree``: only those can overlap it, or a lane drawn within that margin."""
    b = shapely.bounds(geoms)
    lat = np.minimum(np.maximum(np.abs(b[:, 1]), np.abs(b[:, 3])), 89.0)
    dy = margin_m / 110_574.0  # the fewest metres in a degree of latitude (at the equator)
    dx = margin_m / (111_320.0 * np.cos(np.radians(lat)))  # a degree of longitude holds at least this
    boxes = shapely.box(b[:, 0] - dx, b[:, 1] - dy, b[:, 2] + dx, b[:, 3] + dy)
    near = np.zeros(len(geoms), dtype=bool)
    near[tree.query(boxes)[0]] = True
    return near


def _piece_areas(local: np.ndarray, pieces: np.ndarray, s_idx: np.ndarray, g_idx: np.ndarray) -> np.ndarray:
    """The area of each (sector, piece) pair's overlap: a sector inside its piece overlaps it whole."""
    shapely.prepare(pieces)
    inside = shapely.contains_properly(pieces[g_idx], local[s_idx])
    areas = shapely.area(local[s_idx])
    cut = ~inside
    areas[cut] = shapely.area(shapely.intersection(local[s_idx[cut]], pieces[g_idx[cut]]))
    return areas


def _ground_pieces(ground: np.ndarray, lane_width: float) -> np.ndarray:
    """Cleared ground (projected) as disjoint polygons of at most about TILE_M metres."""
    lines = shapely.get_dimensions(ground) == 1
    ground = ground.copy()
    ground[lines] = shapely.buffer(ground[lines], lane_width / 2.0, cap_style="flat", join_style="round")
    ground = shapely.make_valid(ground)
    parts = shapely.get_parts(shapely.get_parts(shapely.union_all(ground)))
    parts = parts[shapely.get_type_id(parts) == 3]
    small = shapely.get_num_coordinates(parts) <= _TILE_VERTICES
    out = [parts[small]]
    for part in parts[~small]:
        x0, y0, x1, y1 = part.bounds
        xs = np.arange(np.floor(x0 / TILE_M) * TILE_M, x1, TILE_M)
        ys = np.arange(np.floor(y0 / TILE_M) * TILE_M, y1, TILE_M)
        gx, gy = np.meshgrid(xs, ys)
        boxes = shapely.box(gx.ravel(), gy.ravel(), gx.ravel() + TILE_M, gy.ravel() + TILE_M)
        shapely.prepare(part)
        boxes = boxes[shapely.intersects(part, boxes)]
        tiles = shapely.get_parts(shapely.intersection(part, boxes))
        out.append(tiles[(shapely.get_type_id(tiles) == 3) & (shapely.area(tiles) > 0)])
    return np.concatenate(out) if out else np.array([], dtype=object)
