"""Tally of finds and released land per district and period, vectorised for national scale.

Finds are placed in districts with one prepared-polygon point test per district over the points in
its bounding box (shapely.intersects_xy); a point on the boundary of several districts goes to the
first of them in layer order, so every find is counted exactly once, and finds outside every
district (or without a position) go to the ``unassigned`` row. Counts come from one numpy bincount
over district x period x category.

Hectares of sectors cleared, reduced and cancelled are split between districts by the share of each
sector's area inside each district; areas are ellipsoidal (WGS84), computed in a Lambert azimuthal
equal-area projection centred on the data (equal-area: no UTM scale error).
"""

from __future__ import annotations

import ctypes
import functools
from dataclasses import dataclass, field
from typing import Callable, Iterator, Sequence, Union

import numpy as np
import pyproj
import shapely
from pyproj import CRS

from . import ordnance
from .categories import CATEGORIES, RELEASED_STATUSES, SECTOR_STATUSES, normalize_category
from .distinct import distinct_bytes
from .periods import ALL_LABEL, period_codes, period_label
from .proj import Transformer, call
from .runs import run_positions

UNASSIGNED = "unassigned"
HECTARE_FIELDS: tuple[str, ...] = tuple(f"{status}_ha" for status in RELEASED_STATUSES)
#: The columns of the tally table, in order (SCHEMA.md).
COLUMNS: tuple[str, ...] = ("district", "period") + CATEGORIES + ("total",) + HECTARE_FIELDS
OTHER = CATEGORIES.index("OTHER")
#: The finds' models, or a function that reads them when they are needed.
Models = Union[np.ndarray, Callable[[], np.ndarray], None]
MAX_CELLS = 20_000_000


class TallyInputError(ValueError):
    """Input that the tally cannot use: ``rows`` are the positions of the offending inputs."""

    def __init__(self, message: str, field_name: str, rows: np.ndarray):
        super().__init__(message)
        self.field_name = field_name
        self.rows = np.asarray(rows)


@dataclass
class Tally:
    """The result: ``counts[d, p, c]`` and ``hectares[d, p, s]``; d = len(names) is unassigned."""

    names: list[str]
    period: str
    period_codes: np.ndarray
    counts: np.ndarray
    hectares: np.ndarray
    #: positions (in the finds input) of the finds counted as OTHER for an unknown category
    unmapped: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    #: positions of finds without a position (counted as unassigned)
    no_geometry: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    #: positions of finds left out: no (readable) date while a period or date range was asked
    no_date: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    #: positions of finds left out: dated outside the date range
    out_of_range: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    #: positions of finds whose quantity was empty (counted as 1, the schema default)
    default_quantity: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    #: positions of released sectors left out: no geometry / no date / outside the range
    sectors_no_geometry: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    sectors_no_date: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    sectors_out_of_range: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    #: positions of sectors whose status is none of SECTOR_STATUSES (not counted)
    sectors_unknown_status: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))

    @property
    def period_labels(self) -> list[str]:
        return [period_label(c, self.period) for c in self.period_codes]

    @property
    def total(self) -> int:
        return int(self.counts.sum())

    def rows(self) -> Iterator[dict]:
        """One dict per period and district (layer order, then ``unassigned``), with COLUMNS as keys."""
        labels = self.period_labels
        names = list(self.names) + [UNASSIGNED]
        for p, label in enumerate(labels):
            for d, name in enumerate(names):
                yield self._row(name, label, self.counts[d, p], self.hectares[d, p])

    def district_rows(self) -> Iterator[dict]:
        """One dict per district (and ``unassigned``), summed over all periods."""
        counts = self.counts.sum(axis=1)
        hectares = self.hectares.sum(axis=1)
        label = ALL_LABEL if len(self.period_codes) != 1 else self.period_labels[0]
        for d, name in enumerate(list(self.names) + [UNASSIGNED]):
            yield self._row(name, label, counts[d], hectares[d])

    @staticmethod
    def _row(name: str, label: str, counts: np.ndarray, hectares: np.ndarray) -> dict:
        row = {"district": name, "period": label}
        row.update({cat: int(n) for cat, n in zip(CATEGORIES, counts)})
        row["total"] = int(counts.sum())
        row.update({name: float(ha) for name, ha in zip(HECTARE_FIELDS, hectares)})
        return row


def assign_points(districts: np.ndarray, x: np.ndarray, y: np.ndarray, grid: int = 128) -> np.ndarray:
    """The index of the district holding each point; -1 outside every district or without position.

    A point on a boundary shared by several districts goes to the first of them. The points are
    bucketed once in a grid x grid index (a linear-time sort), so each district tests only the
    points in the cells under its bounding box.
    """
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    out = np.full(len(x), -1, dtype=np.int64)
    missing = np.isnan(x) | np.isnan(y)
    valid = np.flatnonzero(~missing) if missing.any() else None  # None: every point has a position
    vx, vy = (x, y) if valid is None else (x[valid], y[valid])
    if len(vx) == 0 or len(districts) == 0:
        return out
    x0, x1, y0, y1 = vx.min(), vx.max(), vy.min(), vy.max()
    sx = grid / (x1 - x0) if x1 > x0 else 0.0
    sy = grid / (y1 - y0) if y1 > y0 else 0.0

    def cell(v, v0, scale):
        return np.minimum(((v - v0) * scale).astype(np.int32), grid - 1)  # v >= v0: never below 0

    cells = cell(vy, y0, sy) * grid + cell(vx, x0, sx)
    order = np.argsort(cells.astype(np.int16) if grid <= 181 else cells, kind="stable")
    if valid is not None:
        order = valid[order]
    starts = np.concatenate([[0], np.cumsum(np.bincount(cells, minlength=grid * grid))])
    bounds = shapely.bounds(districts)
    xy_safe = xy_predicates_safe()
    for d, geom in enumerate(districts):
        if geom is None or shapely.is_empty(geom):
            continue
        xmin, ymin, xmax, ymax = bounds[d]
        if xmax < x0 or xmin > x1 or ymax < y0 or ymin > y1:
            continue
        cx0, cx1 = np.clip((np.array([xmin, xmax]) - x0) * sx, 0, grid - 1).astype(np.int64)
        cy0, cy1 = np.clip((np.array([ymin, ymax]) - y0) * sy, 0, grid - 1).astype(np.int64)
        shapely.prepare(geom)
        # the cells wholly inside the district: their points are its own without a test
        cols, rows = np.meshgrid(np.arange(cx0, cx1 + 1), np.arange(cy0, cy1 + 1))
        cols, rows = cols.ravel(), rows.ravel()
        whole, edge = np.zeros(len(cols), bool), np.ones(len(cols), bool)
        if sx and sy:  # and the cells it does not reach, whose points are none of its own
            boxes = shapely.box(x0 + cols / sx, y0 + rows / sy, x0 + (cols + 1) / sx, y0 + (rows + 1) / sy)
            whole = shapely.contains_properly(geom, boxes)
            edge = ~whole & shapely.intersects(geom, boxes)
        inner = _cell_points(order, starts, rows[whole] * grid + cols[whole])
        out[inner[out[inner] < 0]] = d
        candidates = _cell_points(order, starts, rows[edge] * grid + cols[edge])
        candidates = candidates[out[candidates] < 0]
        cx, cy = x[candidates], y[candidates]
        keep = (cx >= xmin) & (cx <= xmax) & (cy >= ymin) & (cy <= ymax)
        candidates, cx, cy = candidates[keep], cx[keep], cy[keep]
        if len(candidates) == 0:
            continue
        if xy_safe:
            inside = shapely.intersects_xy(geom, cx, cy)
        else:
            inside = shapely.intersects(geom, shapely.points(cx, cy))
        out[candidates[inside]] = d
    return out


def _cell_points(order: np.ndarray, starts: np.ndarray, cells: np.ndarray) -> np.ndarray:
    """The points (``order`` holds them cell after cell, ``starts`` where each cell begins) of ``cells``."""
    return order[run_positions(starts[cells], starts[cells + 1] - starts[cells])]


@functools.lru_cache(maxsize=1)
def xy_predicates_safe() -> bool:
    """False when the process already holds another GEOS in its global symbol scope.

    Inside the QGIS application or qgis_process on Linux, QGIS's own GEOS (e.g. 3.11) is global; a
    shapely wheel built for a newer GEOS then runs its newer functions (intersects_xy, ...) from its
    own copy on geometries made by QGIS's copy, and crashes. Python processes and QGIS builds whose
    shapely uses QGIS's GEOS (OSGeo4W, conda) are safe.
    """
    try:
        version_of = ctypes.CDLL(None).GEOSversion
    except (AttributeError, OSError, TypeError):
        return True
    version_of.restype = ctypes.c_char_p
    global_version = version_of().decode("ascii", "replace").split("-")[0]
    return global_version == shapely.geos_version_string


_BLANK = -2  # the code of an empty category, while category_codes looks for the model's


def category_codes(values: np.ndarray, models: Models = None) -> tuple[np.ndarray, np.ndarray]:
    """Each value's position in CATEGORIES, and a mask of values that map to none (coded OTHER).

    A find whose category is empty takes the category its model implies (core.ordnance), when
    ``models`` are given (or a function that reads them, called only when a category is empty).
    Values and models may be text (None for null) or UTF-8 bytes as the bulk
    reader gives them (b"" for null): each distinct value is looked up once."""
    values = np.asarray(values)
    if values.dtype.kind == "S":
        distinct, inverse = distinct_bytes(values)
        lookup = np.array([_category_code(v.decode("utf-8", "replace")) for v in distinct.tolist()], np.int64)
        codes = lookup[inverse] if len(distinct) else np.zeros(len(values), np.int64)
    else:
        items = values.astype(object).tolist()
        found = {value: _category_code(value) for value in set(items)}
        codes = np.fromiter(map(found.__getitem__, items), dtype=np.int64, count=len(items))
    blank = np.flatnonzero(codes == _BLANK)
    codes[blank] = -1
    if models is not None and len(blank):
        if callable(models):
            models = models()
        implied: dict[object, int] = {}
        for i, model in zip(blank.tolist(), np.asarray(models)[blank].tolist()):
            if isinstance(model, bytes):
                model = model.decode("utf-8", "replace") or None
            if model not in implied:
                code = ordnance.category_of_model(model)
                implied[model] = CATEGORIES.index(code) if code is not None else -1
            codes[i] = implied[model]
    unmapped = codes < 0
    codes[unmapped] = OTHER
    return codes, unmapped


def _category_code(value: object) -> int:
    """A category's position in CATEGORIES; -1 for none, _BLANK for an empty one."""
    code = normalize_category(value)
    if code is not None:
        return CATEGORIES.index(code)
    return _BLANK if value is None or not str(value).strip() else -1


def quantities(values: np.ndarray | None, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Quantities as int64 weights (empty -> 1) and the positions that were empty.

    Raises TallyInputError for negative or fractional quantities.
    """
    if values is None:
        return np.ones(n, dtype=np.int64), np.zeros(0, dtype=np.int64)
    q = np.asarray(values, dtype=np.float64)
    empty = np.isnan(q)
    bad = ~empty & ((q < 0) | (q != np.floor(q)) | ~np.isfinite(q))
    if bad.any():
        raise TallyInputError("quantity must be a whole number, 0 or more", "quantity", np.flatnonzero(bad))
    weights = np.where(empty, 1, q).astype(np.int64)
    return weights, np.flatnonzero(empty)


def equal_area_transformer(crs: str, bounds: Sequence[float]) -> Transformer:
    """A transformer from ``crs`` to a WGS84 Lambert azimuthal equal-area projection centred on ``bounds``."""
    def _make() -> pyproj.Transformer:
        source = CRS.from_user_input(crs)
        to_geographic = pyproj.Transformer.from_crs(source, CRS.from_epsg(4326), always_xy=True)
        lon, lat = to_geographic.transform((bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2)
        target = CRS.from_proj4(f"+proj=laea +lat_0={lat:.6f} +lon_0={lon:.6f} +datum=WGS84 +units=m +no_defs")
        return pyproj.Transformer.from_crs(source, target, always_xy=True)

    return Transformer(call(_make))


def project(geoms: np.ndarray, transformer: Transformer) -> np.ndarray:
    """Geometries transformed by ``transformer`` (None stays None)."""

    def _xy(coords: np.ndarray) -> np.ndarray:
        x, y = transformer.transform(coords[:, 0], coords[:, 1])
        return np.column_stack([x, y])

    out = np.array(geoms, dtype=object, copy=True)
    present = ~shapely.is_missing(out)
    if present.any():
        out[present] = shapely.transform(out[present], _xy)
    return out


def sector_shares(districts: np.ndarray, sectors: np.ndarray, crs: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Split each sector's ellipsoidal area (ha) between the districts it lies in.

    Returns parallel arrays (sector position, district index or -1 for the part outside every
    district, hectares). A sector wholly inside one district gives one pair.
    """
    sectors = np.asarray(sectors, dtype=object)
    empty = np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0)
    present = np.flatnonzero(~shapely.is_missing(sectors) & ~shapely.is_empty(sectors))
    if len(present) == 0:
        return empty
    transformer = equal_area_transformer(crs, shapely.total_bounds(sectors[present]))
    sec = _valid(project(sectors[present], transformer))
    sector_ha = shapely.area(sec) / 10_000.0
    dist = _valid(project(np.asarray(districts, dtype=object), transformer))
    usable = ~shapely.is_missing(dist) & ~shapely.is_empty(dist)
    dist_idx = np.flatnonzero(usable)
    tree = shapely.STRtree(dist[dist_idx])
    s_pos, t_pos = tree.query(sec, predicate="intersects")
    d_pos = dist_idx[t_pos]
    shapely.prepare(dist[dist_idx])
    inside = shapely.contains(dist[d_pos], sec[s_pos])
    share = np.empty(len(s_pos))
    share[inside] = sector_ha[s_pos[inside]]
    cut = ~inside
    if cut.any():
        share[cut] = shapely.area(shapely.intersection(sec[s_pos[cut]], dist[d_pos[cut]])) / 10_000.0
    keep = share > 0
    s_pos, d_pos, share = s_pos[keep], d_pos[keep], share[keep]
    assigned = np.bincount(s_pos, weights=share, minlength=len(sec))
    rest = sector_ha - assigned
    outside = np.flatnonzero(rest > sector_ha * 1e-9)
    s_all = np.concatenate([present[s_pos], present[outside]])
    d_all = np.concatenate([d_pos, np.full(len(outside), -1, dtype=np.int64)])
    ha_all = np.concatenate([share, rest[outside]])
    return s_all, d_all, ha_all


def _valid(geoms: np.ndarray) -> np.ndarray:
    """Geometries repaired with make_valid where they are invalid (a self-crossing ring, ...)."""
    present = ~shapely.is_missing(geoms)
    invalid = np.zeros(len(geoms), dtype=bool)
    invalid[present] = ~shapely.is_valid(geoms[present])
    if invalid.any():
        geoms = geoms.copy()
        geoms[invalid] = shapely.make_valid(geoms[invalid])
    return geoms


def tally(
    districts: np.ndarray,
    names: Sequence[str],
    x: np.ndarray,
    y: np.ndarray,
    categories: np.ndarray,
    quantity: np.ndarray | None = None,
    dates: np.ndarray | None = None,
    period: str = "none",
    date_from: np.datetime64 | None = None,
    date_to: np.datetime64 | None = None,
    sectors: np.ndarray | None = None,
    sector_status: np.ndarray | None = None,
    sector_dates: np.ndarray | None = None,
    crs: str = "EPSG:4326",
    models: Models = None,
) -> Tally:
    """Tally finds (points x, y in ``crs``) and released sectors per district and period.

    ``dates``/``sector_dates`` are datetime64[D] (NaT when unknown) and needed when ``period`` is
    not 'none' or a date range is given. The date range is inclusive at both ends. ``models``: the
    finds' models, whose category (core.ordnance) stands for an empty category, or a function that
    reads them (called only when some category is empty).
    """
    n_d = len(districts)
    n = len(x)
    dated = period != "none" or date_from is not None or date_to is not None
    if dated and dates is None:
        raise TallyInputError("a period or a date range needs the finds' dates", "date", np.zeros(0))
    codes, unmapped = category_codes(categories, models)
    weights, default_quantity = quantities(quantity, n)
    district = assign_points(districts, x, y)
    no_geometry = np.flatnonzero(np.isnan(np.asarray(x, dtype=float)) | np.isnan(np.asarray(y, dtype=float)))
    district[district < 0] = n_d

    use, no_date, out_of_range = _date_filter(dates, n, dated, date_from, date_to)
    released = None
    if sectors is not None:
        status = np.array([("" if s is None else str(s).strip().lower()) for s in np.asarray(sector_status).tolist()],
                          dtype=object)
        released = np.isin(status, RELEASED_STATUSES)
        if dated and sector_dates is None:
            raise TallyInputError("a period or a date range needs the sectors' dates", "status_date", np.zeros(0))
        s_use, s_no_date, s_out = _date_filter(sector_dates, len(sectors), dated, date_from, date_to)
        s_no_date = s_no_date[released[s_no_date]]
        s_out = s_out[released[s_out]]
        released &= s_use

    period_list = _periods(period, dates, use, sector_dates, released, date_from, date_to)
    n_p = max(len(period_list), 1) if period == "none" else len(period_list)
    if (n_d + 1) * max(n_p, 1) * len(CATEGORIES) > MAX_CELLS:
        raise TallyInputError(
            f"{n_p} periods x {n_d + 1} districts is too large a table; choose a longer period or a shorter date range",
            "period", np.zeros(0))
    counts = np.zeros((n_d + 1, n_p, len(CATEGORIES)), dtype=np.int64)
    hectares = np.zeros((n_d + 1, n_p, len(RELEASED_STATUSES)))
    if n_p and use.any():
        p_index = _period_index(dates[use] if dated else None, period, period_list, use.sum())
        flat = (district[use] * n_p + p_index) * len(CATEGORIES) + codes[use]
        counts = np.bincount(flat, weights=weights[use], minlength=counts.size).round().astype(np.int64)
        counts = counts.reshape(n_d + 1, n_p, len(CATEGORIES))

    result = Tally(list(names), period, period_list if period != "none" else np.zeros(1, dtype=np.int64),
                   counts, hectares, np.flatnonzero(unmapped & use), no_geometry[use[no_geometry]],
                   no_date, out_of_range, default_quantity[use[default_quantity]])
    if sectors is not None:
        sectors = np.asarray(sectors, dtype=object)
        missing = shapely.is_missing(sectors) | shapely.is_empty(sectors)
        result.sectors_no_geometry = np.flatnonzero(missing & released)
        result.sectors_no_date, result.sectors_out_of_range = s_no_date, s_out
        result.sectors_unknown_status = np.flatnonzero(~np.isin(status, SECTOR_STATUSES))
        chosen = np.flatnonzero(released & ~missing)
        if n_p and len(chosen):
            s_pos, d_pos, ha = sector_shares(districts, sectors[chosen], crs)
            s_idx = chosen[s_pos]
            d_pos = np.where(d_pos < 0, n_d, d_pos)
            p_index = _period_index(sector_dates[s_idx] if dated else None, period, period_list, len(s_idx))
            lookup = {name: i for i, name in enumerate(RELEASED_STATUSES)}
            state = np.fromiter((lookup[v] for v in status[s_idx].tolist()), dtype=np.int64, count=len(s_idx))
            flat = (d_pos * n_p + p_index) * len(RELEASED_STATUSES) + state
            result.hectares = np.bincount(flat, weights=ha, minlength=hectares.size).reshape(hectares.shape)
    return result


def _date_filter(dates, n, dated, date_from, date_to):
    """(use mask, positions without date, positions outside the range) when dates matter."""
    use = np.ones(n, dtype=bool)
    empty = np.zeros(0, dtype=np.int64)
    if not dated:
        return use, empty, empty
    dates = np.asarray(dates).astype("datetime64[D]")
    no_date = np.isnat(dates)
    outside = np.zeros(n, dtype=bool)
    if date_from is not None:
        outside |= ~no_date & (dates < np.datetime64(date_from, "D"))
    if date_to is not None:
        outside |= ~no_date & (dates > np.datetime64(date_to, "D"))
    use &= ~no_date & ~outside
    return use, np.flatnonzero(no_date), np.flatnonzero(outside)


def _periods(period, dates, use, sector_dates, released, date_from, date_to) -> np.ndarray:
    """Every period code from the first to the last date in play (or the range's ends)."""
    if period == "none":
        return np.zeros(1, dtype=np.int64)
    bounds = []
    if dates is not None and use.any():
        d = np.asarray(dates).astype("datetime64[D]")[use]
        bounds += [d.min(), d.max()]
    if sector_dates is not None and released is not None and released.any():
        d = np.asarray(sector_dates).astype("datetime64[D]")[released]
        bounds += [d.min(), d.max()]
    if date_from is not None:
        bounds.append(np.datetime64(date_from, "D"))
    if date_to is not None:
        bounds.append(np.datetime64(date_to, "D"))
    if not bounds:
        return np.zeros(0, dtype=np.int64)
    ends = period_codes(np.array([min(bounds), max(bounds)], dtype="datetime64[D]"), period)
    return np.arange(ends[0], ends[1] + 1, dtype=np.int64)


def _period_index(dates, period, period_list, n) -> np.ndarray:
    if period == "none" or dates is None:
        return np.zeros(n, dtype=np.int64)
    return period_codes(dates, period) - period_list[0]
