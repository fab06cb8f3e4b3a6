"""Minefield records written as traverses: reference points, bearings and distances -> geometry.

Positions are geodesic on the WGS 84 ellipsoid (pyproj.Geod). A bearing from grid north is turned
into a true azimuth with the meridian convergence of the record's CRS at the point it is taken from;
a magnetic bearing adds the declination. Turning and intermediate points, in file order, close into
the record's perimeter, which is checked (at least 3 vertices, no leg over 5 km, valid) and repaired
only where that is safe. Rows become mine points along the row.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import shapely
from pyproj import Geod
from shapely.geometry import Polygon

from . import angles, ordnance
from .angles import AngleError
from .categories import normalize_category
from .coords import CoordError, epsg_utm, from_wgs84, parse_coord, parsed_to_wgs84, to_wgs84
from .datum import DatumPolicy
from .proj import is_projected
from .text import tr

GEOD = Geod(ellps="WGS84")
#: Consecutive perimeter vertices further apart than this are a recording error.
MAX_LEG_M = 5000.0
#: The most mines one row of a record may hold (rows hold tens to hundreds; a count beyond is a typo).
MAX_ROW_MINES = 10_000
#: Mines of a row are never closer than this (a mine is wider).
MIN_SPACING_M = 0.1
KINDS: tuple[str, ...] = ("reference", "turning", "intermediate", "row", "mine")
PERIMETER_KINDS: tuple[str, ...] = ("turning", "intermediate")
_KIND_ALIASES = {
    "reference": "reference", "ref": "reference", "rp": "reference", "landmark": "reference",
    "reference point": "reference", "ориентир": "reference", "репер": "reference", "istinad": "reference",
    "turning": "turning", "tp": "turning", "turn": "turning", "turning point": "turning", "vertex": "turning",
    "corner": "turning", "поворотная": "turning", "поворотная точка": "turning", "dönüş": "turning",
    "intermediate": "intermediate", "ip": "intermediate", "промежуточная": "intermediate", "aralıq": "intermediate",
    "row": "row", "mine row": "row", "ряд": "row", "ряд мин": "row", "sıra": "row",
    "mine": "mine", "single mine": "mine", "мина": "mine", "mina": "mine",
}
class TraverseError(ValueError):
    """A traverse row that cannot be used; the message says why."""


class PerimeterError(TraverseError):
    """A perimeter that fails a check; ``rule`` names it: ``vertices`` (fewer than 3), ``long_edge``
    (consecutive vertices over MAX_LEG_M apart), ``crossing`` (a ring crossing itself), ``parts``."""

    def __init__(self, message: str, rule: str):
        super().__init__(message)
        self.rule = rule


@dataclass
class Settings:
    """What the algorithm's parameters supply when a row does not."""

    crs: str = "EPSG:4326"
    default_unit: str = "deg"
    declination_deg: float = 0.0
    #: The one datum transformation of the import, per source CRS (core.datum).
    datum: DatumPolicy = field(default_factory=DatumPolicy)


@dataclass
class Row:
    """One traverse row: the mapped texts, its index in the input, its row number and raw text."""

    index: int
    source_row: int
    values: dict[str, str]
    raw: str = ""

    def get(self, key: str) -> str:
        value = self.values.get(key)
        return "" if value is None else str(value).strip()


@dataclass
class Mine:
    lon: float
    lat: float
    mine_no: str
    category: str | None
    model: str
    row_index: int


@dataclass
class RecordResult:
    """One record rebuilt from its rows."""

    record_id: str
    polygon: Polygon | None = None
    mines: list[Mine] = field(default_factory=list)
    points: dict[str, tuple[float, float]] = field(default_factory=dict)
    rejects: list[tuple[int, str]] = field(default_factory=list)  # (row index, reason)
    used: list[int] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    crs: str = "EPSG:4326"
    has_rows: bool = False
    rejected: bool = False


def normalize_kind(text: str) -> str | None:
    """The point kind for a spelling, or None."""
    return _KIND_ALIASES.get(text.strip().lower())


def category_of(category_text: str, model: str) -> str | None:
    """The device category: the stated one normalised, else the one its model implies (core.ordnance),
    else None (an importer rejects such a mine with ``no_category_reason``).

    Raises TraverseError when a category is stated but not one we know.
    """
    if category_text:
        category = normalize_category(category_text)
        if category is None:
            raise TraverseError(tr("category '{text}' is not a device category ClearGround knows "
                                   "(AP, AT, UXO, AXO, SUBMUNITION, IED, OTHER)").format(text=category_text))
        return category
    return ordnance.category_of_model(model)


def no_category_reason(model: str | None) -> str:
    """Why a mine without a stated category cannot be stored (its model implies none)."""
    if model and str(model).strip():
        return tr("no category, and the model '{model}' is not one whose category ClearGround knows "
                  "(resources/ordnance/models.csv); give the category").format(model=str(model).strip())
    return tr("no category and no model: give the category (AP, AT, UXO, ...) or the model")


def grid_convergence(crs: str, lon: float, lat: float) -> float:
    """Meridian convergence in degrees: the true azimuth of grid north of ``crs`` at a point.

    Computed from the CRS itself (a step north on the grid, projected back, its geodesic azimuth), so
    it holds for any projected CRS; 0 for a geographic CRS.
    """
    if not _projected(crs):
        return 0.0
    return _convergence(crs, round(lon, 4), round(lat, 4))


@lru_cache(maxsize=65536)
def _convergence(crs: str, lon: float, lat: float) -> float:
    """grid_convergence on a 0.0001° lattice (it changes by well under an arc second across a cell)."""
    x, y = from_wgs84(crs, [lon], [lat])
    lon2, lat2 = to_wgs84(crs, [x[0], x[0]], [y[0] - 1.0, y[0] + 1.0])
    azimuth, _, _ = GEOD.inv(lon2[0], lat2[0], lon2[1], lat2[1])
    return float(azimuth)


_PROJECTED: dict[str, bool] = {}


def _projected(crs: str) -> bool:
    if crs not in _PROJECTED:
        try:
            _PROJECTED[crs] = is_projected(crs)
        except Exception:  # noqa: BLE001 - an unknown CRS is not projected
            _PROJECTED[crs] = False
    return _PROJECTED[crs]


def _float(text: str, what: str, minimum: float | None = 0.0) -> float:
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise TraverseError(tr("{what} '{text}' is not a number").format(what=what, text=text)) from None
    if not math.isfinite(value) or (minimum is not None and value < minimum):
        raise TraverseError(tr("{what} '{text}' must be a number of at least {minimum:g}")
                            .format(what=what, text=text, minimum=minimum))
    return value


# -- one record ---------------------------------------------------------------------------------
def compute_record(record_id: str, rows: list[Row], settings: Settings) -> RecordResult:
    """Rebuild one record from its rows (in file order). Pure: no I/O."""
    result = RecordResult(record_id=record_id, crs=settings.crs)
    kinds: dict[int, str] = {}
    by_id: dict[str, Row] = {}
    failed: dict[str, int] = {}  # point id -> index of the row that failed
    for row in rows:
        kind = normalize_kind(row.get("kind"))
        if kind is None:
            reason = (tr("kind is empty (reference, turning, intermediate, row or mine)") if not row.get("kind")
                      else tr("kind '{kind}' is not one of reference, turning, intermediate, row, mine")
                      .format(kind=row.get("kind")))
            _reject(result, row, reason, failed)
            continue
        point_id = row.get("point_id")
        if point_id and point_id in by_id:
            _reject(result, row, tr("point '{point}' appears twice in record '{record}' (rows {first} and {second})")
                    .format(point=point_id, record=record_id, first=by_id[point_id].source_row,
                            second=row.source_row), None)
            continue
        kinds[row.index] = kind
        if point_id:
            by_id[point_id] = row
    result.crs = _record_crs(rows, kinds, settings)
    pending = [row for row in rows if row.index in kinds]
    while pending:
        progress = False
        waiting = []
        for row in pending:
            origin = row.get("from_point")
            if not row.get("coord") and origin and origin not in result.points and origin not in failed:
                if origin in by_id and by_id[origin].index in kinds:
                    waiting.append(row)  # its origin is later in the file: try again next pass
                    continue
            progress = True
            try:
                _place(row, kinds[row.index], result, settings, failed)
            except (TraverseError, AngleError, CoordError) as exc:
                _reject(result, row, str(exc), failed)
        if not progress:
            for row in waiting:
                _reject(result, row, tr("from_point '{point}' is never placed (a loop of from_point references)")
                        .format(point=row.get("from_point")), failed)
            break
        pending = waiting
    _close(result, rows, kinds)
    return result


def _reject(result: RecordResult, row: Row, reason: str, failed: dict[str, int] | None) -> None:
    result.rejects.append((row.index, reason))
    if failed is not None and row.get("point_id"):
        failed.setdefault(row.get("point_id"), row.source_row)


def _record_crs(rows: list[Row], kinds: dict[int, str], settings: Settings) -> str:
    """The CRS whose grid the record's bearings refer to: of its first reference coordinate."""
    ordered = sorted(rows, key=lambda r: (kinds.get(r.index) != "reference", r.index))
    for row in ordered:
        if row.index in kinds and row.get("coord"):
            try:
                parsed = parse_coord(row.get("coord"), row.get("crs") or settings.crs)
            except CoordError:
                continue
            if parsed.crs != "EPSG:4326":
                return parsed.crs
            return row.get("crs") or settings.crs
    for row in rows:
        if row.get("crs"):
            return row.get("crs")
    return settings.crs


def _position(row: Row, result: RecordResult, settings: Settings, failed: dict[str, int]):
    """(lon, lat, true azimuth or None, distance or None) of the point a row names."""
    if row.get("coord"):
        parsed = parse_coord(row.get("coord"), row.get("crs") or result.crs)
        if parsed.crs == "EPSG:4326":
            lon, lat = [parsed.x], [parsed.y]
        else:
            lon, lat = parsed_to_wgs84([parsed], settings.datum)
        if not (math.isfinite(lon[0]) and math.isfinite(lat[0])):
            raise TraverseError(tr("coord '{text}' cannot be projected from {crs}")
                                .format(text=row.get("coord"), crs=parsed.crs))
        if parsed.note:
            result.notes.append(tr("row {row}: {note}").format(row=row.source_row, note=parsed.note))
        return float(lon[0]), float(lat[0])
    origin = row.get("from_point")
    if not origin:
        raise TraverseError(tr("neither coord nor from_point is given"))
    if origin in failed:
        raise TraverseError(tr("from_point '{point}' was rejected (row {row})")
                            .format(point=origin, row=failed[origin]))
    if origin not in result.points:
        raise TraverseError(tr("from_point '{point}' is not a point of record '{record}'")
                            .format(point=origin, record=result.record_id))
    lon0, lat0 = result.points[origin]
    azimuth = _azimuth(row, result, settings, lon0, lat0)
    distance = _float(row.get("distance_m"), tr("distance_m")) if row.get("distance_m") else None
    if distance is None:
        raise TraverseError(tr("distance_m is empty"))
    lon, lat, _ = GEOD.fwd(lon0, lat0, azimuth, distance)
    return float(lon), float(lat)


def _azimuth(row: Row, result: RecordResult, settings: Settings, lon0: float, lat0: float) -> float:
    unit_text = row.get("unit")
    unit = angles.normalize_unit(unit_text, settings.default_unit)
    if unit is None:
        raise TraverseError(tr("unit '{unit}' is not one of deg, mil6400, mil6000").format(unit=unit_text))
    bearing, used_unit = angles.parse_angle(row.get("bearing"), unit, explicit=bool(unit_text))
    if used_unit != unit:
        result.notes.append(tr("row {row}: bearing '{text}' read as Soviet mils (6000 to the circle)")
                            .format(row=row.source_row, text=row.get("bearing")))
    north_text = row.get("north")
    north = angles.normalize_north(north_text, "grid")
    if north is None:
        raise TraverseError(tr("north '{north}' is not one of grid, true, magnetic").format(north=north_text))
    declination = settings.declination_deg
    if row.get("declination_deg"):
        declination = _float(row.get("declination_deg"), tr("declination_deg"), minimum=-180.0)
    convergence = grid_convergence(result.crs, lon0, lat0) if north == "grid" else 0.0
    return angles.true_azimuth(bearing, north, declination, convergence)


def _place(row: Row, kind: str, result: RecordResult, settings: Settings, failed: dict[str, int]) -> None:
    if kind == "row":
        _place_row(row, result, settings, failed)
        return
    if kind == "reference" and not row.get("coord") and not row.get("from_point"):
        raise TraverseError(tr("a reference point needs coord"))
    lon, lat = _position(row, result, settings, failed)
    if row.get("point_id"):
        result.points[row.get("point_id")] = (lon, lat)
    if kind == "mine":
        model = row.get("model")
        category = category_of(row.get("category"), model)
        result.mines.append(Mine(lon, lat, row.get("point_id"), category, model, row.index))
    result.used.append(row.index)
    result.points.setdefault(f"#{row.index}", (lon, lat))


def _place_row(row: Row, result: RecordResult, settings: Settings, failed: dict[str, int]) -> None:
    """A row of mines from its start, along its bearing, over its length."""
    model = row.get("model")
    category = category_of(row.get("category"), model)
    if row.get("coord"):
        lon0, lat0 = _position(row, result, settings, failed)
    else:
        origin = row.get("from_point")
        if not origin:
            raise TraverseError(tr("a row needs from_point (its start) or coord"))
        if origin in failed:
            raise TraverseError(tr("from_point '{point}' was rejected (row {row})")
                                .format(point=origin, row=failed[origin]))
        if origin not in result.points:
            raise TraverseError(tr("from_point '{point}' is not a point of record '{record}'")
                                .format(point=origin, record=result.record_id))
        lon0, lat0 = result.points[origin]
    azimuth = _azimuth(row, result, settings, lon0, lat0)
    if not row.get("distance_m"):
        raise TraverseError(tr("distance_m (the length of the row) is empty"))
    length = _float(row.get("distance_m"), tr("distance_m"))
    count_text, spacing_text = row.get("count"), row.get("spacing_m")
    count = spacing = None
    if count_text:
        count_value = _float(count_text, tr("count"), minimum=1.0)
        if count_value != int(count_value):
            raise TraverseError(tr("count '{text}' is not a whole number").format(text=count_text))
        count = int(count_value)
    if spacing_text:
        spacing = _float(spacing_text, tr("spacing_m"))
    if count is None and spacing is None:
        raise TraverseError(tr("a row needs count or spacing_m"))
    if count is None:
        if spacing <= 0:
            raise TraverseError(tr("spacing_m must be more than 0 when count is not given"))
        if spacing < MIN_SPACING_M:
            raise TraverseError(tr("spacing_m {spacing:g} is less than {least:g} m: no row lays mines that close"
                                   ).format(spacing=spacing, least=MIN_SPACING_M))
        count = int(math.floor(length / spacing + 1e-9)) + 1
    if count > MAX_ROW_MINES:
        raise TraverseError(tr("a row of {count:,} mines is more than the {most:,} one row of a record can hold: "
                               "check count, spacing_m and distance_m").format(count=count, most=MAX_ROW_MINES))
    if spacing is None:
        spacing = length / (count - 1) if count > 1 else 0.0
    elif spacing is not None and (count - 1) * spacing > length + 0.5:
        result.notes.append(tr("row {row}: {count} mines {spacing:g} m apart need {need:g} m; the row is {length:g} m "
                               "long (placed as written)").format(row=row.source_row, count=count, spacing=spacing,
                                                                  need=(count - 1) * spacing, length=length))
    distances = np.arange(count, dtype=float) * spacing
    lons, lats, _ = GEOD.fwd(np.full(count, lon0), np.full(count, lat0), np.full(count, azimuth), distances)
    base = row.get("point_id") or f"row {row.source_row}"  # stored data: the same in every UI language
    for i, (lon, lat) in enumerate(zip(np.atleast_1d(lons), np.atleast_1d(lats)), start=1):
        result.mines.append(Mine(float(lon), float(lat), f"{base}-{i}", category, model, row.index))
    end_lon, end_lat, _ = GEOD.fwd(lon0, lat0, azimuth, length)
    if row.get("point_id"):
        result.points[row.get("point_id")] = (float(end_lon), float(end_lat))
    result.has_rows = True
    result.used.append(row.index)


def _close(result: RecordResult, rows: list[Row], kinds: dict[int, str]) -> None:
    """Close the perimeter; a failed vertex or perimeter rejects the whole record."""
    rejected = {index for index, _ in result.rejects}
    vertex_rows = [row for row in rows if kinds.get(row.index) in PERIMETER_KINDS]
    lost = [row for row in vertex_rows if row.index in rejected]
    reason = None
    if lost:
        reason = tr("record '{record}' is rejected: its perimeter lacks row {rows} (see that row)").format(
            record=result.record_id, rows=", ".join(str(r.source_row) for r in lost))
    elif vertex_rows:
        coords = [result.points[f"#{row.index}"] for row in vertex_rows]
        try:
            polygon, notes = check_perimeter(coords, [row.source_row for row in vertex_rows])
        except TraverseError as exc:
            reason = tr("record '{record}' is rejected: {reason}").format(record=result.record_id, reason=exc)
        else:
            result.polygon = polygon
            result.notes.extend(notes)
    if reason is not None:
        result.rejected = True
        for row in rows:
            if row.index not in rejected:
                result.rejects.append((row.index, reason))
        result.used.clear()
        result.mines.clear()
        result.polygon = None


# -- perimeters -----------------------------------------------------------------------------------
def check_perimeter(coords: list[tuple[float, float]], labels: list | None = None,
                    crossing_ok: bool = False) -> tuple[Polygon, list[str]]:
    """A valid polygon from perimeter vertices (lon, lat), with notes on what was repaired.

    Repeated consecutive vertices and a repeated closing vertex are dropped (said in the notes); a
    ring that turns the wrong way is kept. Raises PerimeterError for fewer than 3 distinct vertices, a
    leg longer than 5 km, or a ring that crosses itself (which has no safe repair in a traverse);
    with ``crossing_ok`` such a ring is returned as drawn, for core.geocheck to repair.
    """
    labels = list(labels) if labels is not None else list(range(1, len(coords) + 1))
    notes: list[str] = []
    pts, kept = [], []
    for (lon, lat), label in zip(coords, labels):
        if pts and GEOD.inv(pts[-1][0], pts[-1][1], lon, lat)[2] < 0.01:
            notes.append(tr("vertex {label} repeats the one before it and was dropped").format(label=label))
            continue
        pts.append((lon, lat))
        kept.append(label)
    if len(pts) > 1 and GEOD.inv(pts[0][0], pts[0][1], pts[-1][0], pts[-1][1])[2] < 0.01:
        pts.pop()
        kept.pop()
    if len(pts) < 3:
        raise PerimeterError(tr("the perimeter has {n} distinct vertices; at least 3 are needed").format(n=len(pts)),
                             "vertices")
    lons = np.array([p[0] for p in pts])
    lats = np.array([p[1] for p in pts])
    _, _, legs = GEOD.inv(lons, lats, np.roll(lons, -1), np.roll(lats, -1))
    longest = int(np.argmax(legs))
    if legs[longest] > MAX_LEG_M:
        nxt = (longest + 1) % len(pts)
        raise PerimeterError(tr("vertices {a} and {b} are {km:.1f} km apart (more than {limit:g} km): a wrong "
                                "bearing, distance or coordinate").format(a=kept[longest], b=kept[nxt],
                                                                          km=legs[longest] / 1000,
                                                                          limit=MAX_LEG_M / 1000), "long_edge")
    polygon = Polygon(pts)
    if not polygon.is_valid and not crossing_ok:
        reason = shapely.is_valid_reason(polygon)
        repaired = shapely.make_valid(polygon)
        if repaired.geom_type == "Polygon" and abs(repaired.area - polygon.area) <= 1e-9 * max(polygon.area, 1e-12):
            notes.append(tr("perimeter repaired ({reason})").format(reason=reason))
            polygon = repaired
        else:
            raise PerimeterError(tr("the perimeter crosses itself ({reason})").format(reason=reason), "crossing")
    return polygon, notes


def perimeter_from_polygon(polygon, label: str = "") -> tuple[Polygon, list[str]]:
    """Check a polygon read from a GIS file (lon/lat) like a traverse perimeter; holes are kept."""
    if polygon.geom_type == "MultiPolygon":
        parts = list(polygon.geoms)
        if len(parts) != 1:
            raise PerimeterError(tr("the perimeter has {n} separate parts; one record is one polygon").format(
                n=len(parts)), "parts")
        polygon = parts[0]
    if polygon.geom_type in ("LineString", "LinearRing"):
        ring = list(polygon.coords)
        checked, notes = check_perimeter([(x, y) for x, y, *_ in ring])
        notes.insert(0, tr("a perimeter line was closed into a polygon"))
        return checked, notes
    if polygon.geom_type != "Polygon":
        raise TraverseError(tr("a {kind} geometry is not a perimeter").format(kind=polygon.geom_type))
    if polygon.is_empty:
        raise TraverseError(tr("the perimeter geometry is empty"))
    shell, notes = check_perimeter([(x, y) for x, y, *_ in polygon.exterior.coords])
    if polygon.interiors:
        candidate = Polygon(shell.exterior.coords, [list(r.coords) for r in polygon.interiors])
        if not candidate.is_valid:
            raise TraverseError(tr("the perimeter's holes make it invalid ({reason})")
                                .format(reason=shapely.is_valid_reason(candidate)))
        shell = candidate
    return shell, notes


def hull_perimeter(lons: np.ndarray, lats: np.ndarray, margin_m: float = 10.0) -> Polygon:
    """A perimeter around points: their convex hull widened by ``margin_m``, computed in metres (UTM)."""
    return hull_perimeters(np.asarray(lons), np.asarray(lats), np.zeros(len(lons), dtype=int), margin_m)[0]


def hull_perimeters(lons: np.ndarray, lats: np.ndarray, groups: np.ndarray, margin_m: float = 10.0) -> list:
    """One perimeter per group of points (``groups``: 0..n-1 per point), vectorised over the groups.

    Each is the convex hull of its points widened by ``margin_m``, computed in the UTM zone of the
    group's mean position and returned in WGS 84.
    """
    groups = np.asarray(groups)
    n = int(groups.max()) + 1 if len(groups) else 0
    count = np.bincount(groups, minlength=n)
    mean_lon = np.bincount(groups, lons, minlength=n) / np.maximum(count, 1)
    mean_lat = np.bincount(groups, lats, minlength=n) / np.maximum(count, 1)
    zone = (np.floor((mean_lon + 180.0) / 6.0).astype(int) % 60) + 1
    code = (zone * 2 + (mean_lat >= 0))[groups]
    out = np.empty(n, dtype=object)
    for value in np.unique(code):
        mask = code == value
        crs = epsg_utm(int(value) // 2, bool(value % 2))
        x, y = from_wgs84(crs, lons[mask], lats[mask])
        members, index = np.unique(groups[mask], return_inverse=True)
        order = np.argsort(index, kind="stable")  # shapely wants the points of a group together
        coords, index = np.column_stack([x, y])[order], index[order]
        # A line through a group's points has their convex hull, and costs one geometry per group
        # (not one per point); a group of one point is a point.
        sizes = np.bincount(index, minlength=len(members))
        single = sizes[index] == 1
        shapes = np.empty(len(members), dtype=object)
        if (~single).any():
            multi_members, multi_index = np.unique(index[~single], return_inverse=True)
            shapes[multi_members] = shapely.linestrings(coords[~single], indices=multi_index)
        if single.any():
            shapes[index[single]] = shapely.points(coords[single])
        hulls = shapely.buffer(shapely.convex_hull(shapes), margin_m, quad_segs=4)

        def back(xy: np.ndarray, crs: str = crs) -> np.ndarray:
            lon, lat = to_wgs84(crs, xy[:, 0], xy[:, 1])
            return np.column_stack([lon, lat])

        out[members] = list(shapely.transform(hulls, back))
    return list(out)
