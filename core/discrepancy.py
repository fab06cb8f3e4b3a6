"""Map versus reality: where the minefield records and the finds disagree.

Input is arrays in EPSG:4326 (longitude, latitude); all the work happens in metres in one transverse
Mercator projection centred on the data (the local UTM projection with its central meridian on the
data), and every distance reported is in metres. The kinds of flag are those of SCHEMA.md:

- ``find_outside_records``: AP/AT finds farther than the perimeter buffer from every record (also
  after a record's offset), grouped into clusters: one flag per cluster, with the count and ids.
- ``missing_mines`` / ``surplus_mines``: recorded versus found counts per category, for records
  cleared to at least ``min_cleared`` percent of their area.
- ``type_mismatch``: categories or models found that the record does not mention.
- ``unmatched_recorded_mine``: a recorded mine (moved by its record's offset when one is
  established) inside cleared ground with no find within the tolerance.
- ``systematic_offset``: a record whose finds fit its mines much better after one transform; the
  usual human errors are tried on its traverse when the record's raw text holds one.
- ``post_clearance_find``: a find dated after its sector was released.

Severity follows risk: what means mines may remain where people think it is safe is high.
"""

from __future__ import annotations

import functools
import math
import operator
import re
from collections.abc import Sequence as SequenceABC
from dataclasses import dataclass, field
from typing import Any, Callable, NamedTuple, Sequence

import numpy as np
import shapely
from pyproj import Geod
from shapely import STRtree

from . import ordnance
from .box_sieve import BoxGrid, maybe_in_boxes
from .categories import MINE_CATEGORIES, RELEASED_STATUSES, normalize_categories, normalize_category
from .distinct import distinct_bytes
from .heap import give_back
from .nearest import nearest_in_groups
from .offsets import (
    AMBIGUOUS,
    FITTED,
    HYPOTHESES,
    MIN_MATCHES,
    TOO_FEW_FINDS,
    Similarity,
    augment_matching,
    candidate_pairs,
    explain,
    greedy_pairs,
    label_codes,
    label_phases,
    parse_traverse,
    record_pivots,
    register,
)
from .proj import Transformer
from .text import tr

SEVERITY_RANK = {"high": 0, "medium": 1, "low": 2}
#: Above this many points, points inside polygons are found from the polygons' side (prepared).
_MANY_POINTS = 50_000
_SLICE = 262_144  # points projected, or mines checked, at a time
_WKB_CHUNK = 65_536  # geometries decoded at a time to see which are empty
#: A find this far (metres) from every record takes no district from the records.
DISTRICT_REACH_M = 10_000.0
#: A recorded mine closer than this to the edge of cleared ground is not called unfound (GPS error).
EDGE_MARGIN_M = 2.0
_GEOD = Geod(ellps="WGS84")


class CancelledError(Exception):
    """The analysis was cancelled by the user."""


# -- inputs --------------------------------------------------------------------------------------
@dataclass
class Records:
    """Minefield records: polygons in EPSG:4326 and their attributes, one entry per record."""

    record_id: Sequence[Any]
    geoms: Sequence[Any]
    district: Sequence[Any] | None = None
    recorded_ap: Sequence[Any] | None = None
    recorded_at: Sequence[Any] | None = None
    mine_models: Sequence[Any] | None = None
    raw: Sequence[Any] | None = None
    row: Sequence[Any] | None = None  # source feature ids, for messages


@dataclass
class RecordedMines:
    """Recorded mine points (lon, lat). Text columns may be numpy UTF-8 bytes (b"" for none)."""

    record_id: Sequence[Any]
    lon: Sequence[float]
    lat: Sequence[float]
    category: Sequence[Any] | None = None
    model: Sequence[Any] | None = None
    mine_no: Sequence[Any] | None = None
    row: Sequence[Any] | None = None


@dataclass
class Finds:
    """Finds (lon, lat) with their attributes."""

    find_id: Sequence[Any]
    lon: Sequence[float]
    lat: Sequence[float]
    category: Sequence[Any] | None = None
    model: Sequence[Any] | None = None
    quantity: Sequence[Any] | None = None
    found_date: Sequence[Any] | None = None
    sector_id: Sequence[Any] | None = None
    row: Sequence[Any] | None = None


@dataclass
class Sectors:
    """Sector polygons in EPSG:4326 (shapely, or their WKB: decoded where used) with their status
    and its date."""

    sector_id: Sequence[Any]
    geoms: Sequence[Any]
    status: Sequence[Any]
    status_date: Sequence[Any] | None = None
    parent_id: Sequence[Any] | None = None
    row: Sequence[Any] | None = None


@dataclass(frozen=True)
class Settings:
    """The parameters of the analysis (metres and percent)."""

    tolerance: float = 10.0
    perimeter_buffer: float = 25.0
    min_cleared: float = 95.0
    search_radius: float = 200.0  # largest offset of a record looked for
    max_rotation_deg: float = 12.0
    declination_deg: float = 6.0  # tried when a traverse's declination may have been omitted
    default_unit: str = "deg"  # unit of traverse bearings written without one


# -- outputs --------------------------------------------------------------------------------------
@dataclass
class Flag:
    """One discrepancy, with the fields of the workspace's discrepancies layer and a position."""

    flag_id: str
    kind: str
    severity: str
    message: str
    lon: float
    lat: float
    record_id: str | None = None
    find_id: str | None = None
    sector_id: str | None = None
    district: str | None = None
    distance_m: float | None = None
    expected: int | None = None
    observed: int | None = None
    status: str = "open"
    note: str | None = None


@dataclass
class OffsetRow:
    """The fitted transform of one record (one row of OUTPUT_OFFSETS)."""

    record_id: str
    dx_m: float
    dy_m: float
    rotation_deg: float
    scale: float
    rms_before_m: float
    rms_after_m: float
    matches: int
    established: bool = False
    hypothesis: str | None = None
    pivot_lon: float = math.nan
    pivot_lat: float = math.nan
    status: str = FITTED  # fitted, ambiguous or too_few_finds
    confidence: float = math.nan  # 1 - the runner-up's evidence / the best's
    runner_up_dx_m: float | None = None
    runner_up_dy_m: float | None = None
    runner_up_rotation_deg: float | None = None
    runner_up_scale: float | None = None


class Link(NamedTuple):
    """A find matched to a recorded mine: the line from the find to where the record put the mine
    (a tuple: a national analysis makes a hundred thousand of them)."""

    find_id: str
    record_id: str
    mine_no: str | None
    find_lon: float
    find_lat: float
    mine_lon: float
    mine_lat: float
    distance_m: float  # find to the mine as recorded


class Links(SequenceABC):
    """The links of an analysis as columns, read as Link rows: a national analysis matches a million
    finds, and a million tuples of Python values would cost ten times the memory of their arrays."""

    def __init__(self, find_id: Sequence[Any] = (), record_id: Sequence[Any] = (), mine_no: Sequence[Any] = (),
                 find_lon: Sequence[float] = (), find_lat: Sequence[float] = (), mine_lon: Sequence[float] = (),
                 mine_lat: Sequence[float] = (), distance_m: Sequence[float] = ()):
        self._ids = (np.asarray(find_id, dtype=object), np.asarray(record_id, dtype=object))
        self._mine_no = np.asarray(mine_no)  # text, or the UTF-8 bytes the bulk reader gives (cleaned when read)
        self._xy = np.column_stack([np.asarray(v, dtype=float).reshape(-1) for v in (
            find_lon, find_lat, mine_lon, mine_lat, distance_m)])

    def __len__(self) -> int:
        return len(self._xy)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if not -len(self) <= index < len(self):
            raise IndexError("link index out of range")
        return next(self._rows(index % len(self), index % len(self) + 1))

    def __iter__(self):
        return self._rows(0, len(self))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SequenceABC) and len(self) == len(other) and all(map(operator.eq, self, other))

    __hash__ = None

    def _rows(self, start: int, stop: int):
        for k in range(start, stop, _SLICE):  # a slice at a time: never a million rows of Python values
            end = min(k + _SLICE, stop)
            numbers = [_clean(v) for v in self._mine_no[k:end].tolist()]
            yield from map(Link, self._ids[0][k:end].tolist(), self._ids[1][k:end].tolist(), numbers,
                           *(self._xy[k:end, c].tolist() for c in range(5)))


@dataclass
class Problem:
    """An input row that could not be used (fully), and why."""

    layer: str
    row: Any
    field: str
    reason: str


@dataclass
class Analysis:
    flags: list[Flag] = field(default_factory=list)
    offsets: list[OffsetRow] = field(default_factory=list)
    links: Links = field(default_factory=Links)
    problems: list[Problem] = field(default_factory=list)


# -- helpers ---------------------------------------------------------------------------------------
_PLAIN_TEXT = {str, type(None)}


def _geometries(values: Sequence[Any]) -> np.ndarray:
    """Geometries (None allowed) as a 1-D object array, without numpy looking into each of them."""
    if isinstance(values, np.ndarray) and values.dtype == object and values.ndim == 1:
        return values
    out = np.empty(len(values), dtype=object)
    for i, value in enumerate(values):
        out[i] = value
    return out


def _obj(values: Sequence[Any] | None, n: int) -> np.ndarray:
    """Values as an object array of stripped str or None."""
    out = np.full(n, None, dtype=object)
    if values is None:
        return out
    items = values.tolist() if isinstance(values, np.ndarray) else list(values)
    if set(map(type, items)) <= _PLAIN_TEXT:  # text as the layers give it: stripped, nothing else to do
        out[:] = [None if v is None else v.strip() or None for v in items]
        return out
    try:
        distinct = set(items)
    except TypeError:  # unhashable values: cleaned one by one
        distinct = None
    if distinct is None or len(distinct) > 0.5 * len(items):
        out[:] = [_clean(v) for v in items]
    else:  # each distinct value cleaned once
        cleaned = {v: _clean(v) for v in distinct}
        out[:] = list(map(cleaned.__getitem__, items))
    return out


class _Text:
    """A text column cleaned as ``_obj`` cleans it, but only where it is read (``column[index]``):
    most of a national mine table's models and numbers are never shown."""

    def __init__(self, values: Sequence[Any] | None, n: int):
        if values is None:
            self.values = np.full(n, None, dtype=object)
        elif isinstance(values, np.ndarray) and values.dtype.kind == "S":
            self.values = values  # UTF-8 bytes, decoded where read
        else:
            self.values = np.asarray(values, dtype=object)

    def __getitem__(self, index):
        picked = self.values[index]
        return _clean(picked) if np.ndim(picked) == 0 else _obj(picked, len(picked))


def _clean(v: Any) -> str | None:
    """A value as stripped text, None for no value (UTF-8 bytes, as the bulk reader gives text, decoded)."""
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return None
    if isinstance(v, bytes):
        v = v.decode("utf-8", "replace")
    return str(v).strip() or None


def _num(values: Sequence[Any] | None, n: int, default: float = math.nan) -> np.ndarray:
    if values is None:
        return np.full(n, default)
    if isinstance(values, np.ndarray) and values.dtype.kind == "f":
        finite = np.isfinite(values)
        if finite.all() and values.dtype == np.float64:
            return values  # read only here: a national table's coordinates are not copied
        return np.where(finite, values, default).astype(float, copy=False)
    out = np.empty(n)
    for i, v in enumerate(values):
        try:
            out[i] = default if v is None else float(v)
        except (TypeError, ValueError):
            out[i] = default
    return out


def _dates(values: Sequence[Any] | None, n: int) -> np.ndarray:
    out = np.full(n, np.datetime64("NaT"), dtype="datetime64[D]")
    if values is None:
        return out
    arr = np.asarray(values)
    if np.issubdtype(arr.dtype, np.datetime64):
        return arr.astype("datetime64[D]")
    for i, v in enumerate(values):
        if v is None or v == "":
            continue
        try:
            out[i] = np.datetime64(str(v)[:10], "D")
        except ValueError:
            pass
    return out


class _Labels:
    """A column of a few distinct labels (None among them) kept as small codes into their names:
    ``labels[index]`` gives the names, as an object array would."""

    def __init__(self, codes: np.ndarray, names: Sequence[Any]):
        self.codes = codes
        self.names = np.empty(len(names), dtype=object)
        self.names[:] = list(names)

    @classmethod
    def coded(cls, values: Sequence[Any] | None, n: int, code: Callable[[str | None], Any]) -> tuple[_Labels, list]:
        """``code`` of each value as _coded gives it (None first among the names), and the positions
        of the values that are given but code to None."""
        if isinstance(values, np.ndarray) and values.dtype.kind == "S":
            labels, inverse, not_known = _coded_bytes(values, code)
        else:
            labels, not_known = _coded(values, n, code)
            labels = list(labels)
            inverse = None
        names: dict[Any, int] = {None: 0}
        index = [names.setdefault(label, len(names)) for label in labels]
        dtype = np.int8 if len(names) < 2**7 else np.int32
        codes = np.asarray(index, dtype=dtype) if inverse is None else np.asarray(index, dtype=dtype)[inverse]
        return cls(codes.reshape(n), list(names)), not_known

    def __len__(self) -> int:
        return len(self.codes)

    def __getitem__(self, index):
        return self.names[self.codes[index]]

    def counts(self, groups: np.ndarray, minlength: int) -> dict[Any, np.ndarray]:
        """Per label present (None left out), how many of each group (``groups[i] >= 0``) carry it."""
        out = {}
        for k, name in enumerate(self.names.tolist()):
            carry = self.codes == k
            if name is not None and carry.any():
                out[name] = np.bincount(groups[carry], minlength=minlength)
        return out


class _Rows:
    """The row numbers of a layer's features (1, 2, ... when not given), read one at a time: only
    the rows with a problem are ever named."""

    def __init__(self, values: Sequence[Any] | None):
        self.values, self.first = values, 1
        if isinstance(values, np.ndarray) and values.dtype.kind in "iu" and values.ndim == 1 and len(values) > 1 \
                and int(values[-1]) - int(values[0]) == len(values) - 1 and bool((values[1:] > values[:-1]).all()):
            self.values, self.first = None, int(values[0])  # 1, 2, ... as a GeoPackage numbers them: not kept

    def __getitem__(self, i: int) -> Any:
        if self.values is None:
            return int(i) + self.first
        value = self.values[i]
        return value.item() if isinstance(value, np.generic) else value


def _coded(values: Sequence[Any] | None, n: int, code: Callable[[str | None], Any]) -> tuple[Sequence, list]:
    """``code`` of each value cleaned as ``_obj`` cleans it (each distinct value coded once), and the
    positions of the values that are given but code to None. UTF-8 bytes (numpy, b"" for none)
    are coded without a python object per row: a national mine table's ids and categories."""
    if isinstance(values, np.ndarray) and values.dtype.kind == "S":
        labels, inverse, not_known = _coded_bytes(values, code)
        lookup = np.empty(len(labels), dtype=object)
        lookup[:] = labels
        return lookup[inverse], not_known
    items = [None] * n if values is None else values.tolist() if isinstance(values, np.ndarray) else list(values)
    try:
        coded = {v: code(_clean(v)) for v in set(items)}
    except TypeError:  # unhashable values: one by one
        codes = [code(_clean(v)) for v in items]
        return codes, [i for i, (v, c) in enumerate(zip(items, codes)) if c is None and _clean(v) is not None]
    codes = list(map(coded.__getitem__, items))
    unknown = {v for v, c in coded.items() if c is None and _clean(v) is not None}
    return codes, [i for i, v in enumerate(items) if v in unknown] if unknown else []


def _coded_bytes(values: np.ndarray, code: Callable[[str | None], Any]) -> tuple[list, np.ndarray, list]:
    """UTF-8 bytes coded as _coded codes them, each distinct value once: the code of each distinct
    value, each row's distinct value, and the rows given a value that codes to None."""
    distinct, inverse = distinct_bytes(values)
    texts = [_clean(v) for v in distinct.tolist()]
    labels = [code(t) for t in texts]
    bad = np.array([c is None and t is not None for c, t in zip(labels, texts)], dtype=bool)
    return labels, inverse, np.flatnonzero(bad[inverse]).tolist() if bad.any() else []


def _keep(arrays: Any, *names: str) -> None:
    """Drop every attribute of ``arrays`` but ``names``."""
    for name in set(vars(arrays)) - set(names):
        delattr(arrays, name)


def _release(*inputs: Any) -> None:
    """Drop every column of the input objects given (None: nothing to drop)."""
    for given in inputs:
        if given is not None:
            for name in given.__dataclass_fields__:
                setattr(given, name, None)


@functools.lru_cache(maxsize=65536)
def _model_key(text: object) -> str:
    """One key per model, whatever its spelling (core.ordnance: ПМН-2 = PMN-2 = PMN 2)."""
    return ordnance.comparison_key(text)


def _split_models(text: object) -> list[str]:
    if text is None:
        return []
    return [p.strip() for p in re.split(r"[,;/\n]", str(text)) if p.strip()]


def _pct_text(pct: float) -> str:
    return f"{math.floor(round(pct, 1)):.0f}"


def _date_text(d: np.datetime64) -> str:
    return str(np.datetime64(d, "D"))


def _extremes(values: np.ndarray, where: np.ndarray) -> np.ndarray:
    """The least and greatest of ``values`` where ``where`` holds (none when it holds nowhere)."""
    if not where.any():
        return np.zeros(0)
    picked = values if where.all() else values[where]
    return np.array([np.min(picked), np.max(picked)])


class _Frame:
    """One transverse Mercator projection centred on the data: metres, nearly true to scale."""

    def __init__(self, lon: np.ndarray, lat: np.ndarray):
        ok = np.isfinite(lon) & np.isfinite(lat)
        lon0 = float((np.nanmin(lon[ok]) + np.nanmax(lon[ok])) / 2.0) if ok.any() else 0.0
        lat0 = float((np.nanmin(lat[ok]) + np.nanmax(lat[ok])) / 2.0) if ok.any() else 0.0
        proj = f"+proj=tmerc +lat_0={lat0:.6f} +lon_0={lon0:.6f} +k=1 +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs"
        self.fwd = Transformer.from_crs("EPSG:4326", proj, always_xy=True)
        self.inv = Transformer.from_crs(proj, "EPSG:4326", always_xy=True)

    def xy(self, lon, lat) -> np.ndarray:
        x, y = self.fwd.transform(np.asarray(lon, dtype=float), np.asarray(lat, dtype=float))
        return np.column_stack((np.atleast_1d(x), np.atleast_1d(y)))

    def xy_where(self, lon: np.ndarray, lat: np.ndarray, where: np.ndarray) -> np.ndarray:
        """``xy`` of the points ``where`` says (NaN elsewhere), a slice at a time: a national table
        is projected without copies of its coordinates."""
        out = np.full((len(lon), 2), np.nan)
        for start in range(0, len(lon), _SLICE):
            part = slice(start, start + _SLICE)
            use = where[part]
            if use.all():
                out[part] = self.xy(lon[part], lat[part])
            elif use.any():
                out[part][use] = self.xy(lon[part][use], lat[part][use])
        return out

    def lonlat(self, xy: np.ndarray) -> np.ndarray:
        xy = np.asarray(xy, dtype=float).reshape(-1, 2)
        lon, lat = self.inv.transform(xy[:, 0], xy[:, 1])
        return np.column_stack((np.atleast_1d(lon), np.atleast_1d(lat)))

    def geoms(self, geoms: np.ndarray) -> np.ndarray:
        def _fwd(coords: np.ndarray) -> np.ndarray:
            return self.xy(coords[:, 0], coords[:, 1])

        return shapely.transform(geoms, _fwd)

    def metres(self, xy_from: np.ndarray, xy_to: np.ndarray) -> np.ndarray:
        """Geodesic distances between points given in the frame."""
        a, b = self.lonlat(xy_from), self.lonlat(xy_to)
        _, _, dist = _GEOD.inv(a[:, 0], a[:, 1], b[:, 0], b[:, 1])
        return np.atleast_1d(dist)


class _Progress:
    def __init__(self, feedback: Any):
        self.feedback = feedback

    def __call__(self, percent: float) -> None:
        if self.feedback is None:
            return
        if hasattr(self.feedback, "isCanceled") and self.feedback.isCanceled():
            raise CancelledError()
        if hasattr(self.feedback, "setProgress"):
            self.feedback.setProgress(percent)


def _components(n: int, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Connected components of n nodes joined by edges (i, j): the smallest node of each component."""
    parent = np.arange(n)
    while True:
        ri, rj = parent[i], parent[j]
        lo, hi = np.minimum(ri, rj), np.maximum(ri, rj)
        changed = lo != hi
        if not changed.any():
            return parent
        np.minimum.at(parent, hi[changed], lo[changed])
        while True:
            jumped = parent[parent]
            if (jumped == parent).all():
                break
            parent = jumped


def _present(geoms: np.ndarray) -> np.ndarray:
    """Which of the geometries (None allowed; shapely or WKB) exist and are not empty."""
    geoms = np.asarray(geoms, dtype=object)
    there = np.array([g is not None for g in geoms.tolist()], dtype=bool)
    given = np.flatnonzero(there)
    for start in range(0, len(given), _WKB_CHUNK):  # WKB decoded a chunk at a time, then let go
        part = given[start:start + _WKB_CHUNK]
        there[part] = ~shapely.is_empty(_shapes(geoms[part]))
    return there


def _shapes(geoms: np.ndarray) -> np.ndarray:
    """Geometries (None allowed) as shapely objects: WKB bytes among them decoded."""
    wkb = np.array([isinstance(g, bytes) for g in geoms.tolist()], dtype=bool)
    if not wkb.any():
        return geoms
    out = geoms.copy()
    out[wkb] = shapely.from_wkb(geoms[wkb])
    return out


def _cleared_percent(area_geom, cleared_tree: STRtree, cleared_geoms: np.ndarray) -> float:
    """The percentage of ``area_geom`` that the cleared sectors cover."""
    area = shapely.area(area_geom)
    if area <= 0:
        return 0.0
    hits = cleared_tree.query(area_geom, predicate="intersects")
    if not len(hits):
        return 0.0
    union = shapely.union_all(cleared_geoms[hits])
    return 100.0 * shapely.area(shapely.intersection(area_geom, union)) / area


def _match_cleared_first(mines: np.ndarray, finds: np.ndarray, tolerance: float, mine_cat: np.ndarray,
                         find_cat: np.ndarray, cleared: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """One-to-one matching of mines to finds, the mines in cleared ground served first (then, within
    each, the same category first), repaired by augmenting paths."""
    pa, pb, d = candidate_pairs(mines, finds, tolerance)
    codes = label_codes(mine_cat, find_cat)
    same, wild = label_phases(pa, pb, *codes)
    allowed = same | wild  # the pairs whose labels may match: the only ones either pass looks at
    if not allowed.all():  # (kept once: a national table's pairs are not copied by each pass)
        pa, pb, d, same, wild = pa[allowed], pb[allowed], d[allowed], same[allowed], wild[allowed]
    del allowed
    in_cleared = cleared[pa]
    phases = [in_cleared & same, in_cleared & wild, ~in_cleared & same, ~in_cleared & wild]
    del same, wild, in_cleared
    ia, ib = greedy_pairs(pa, pb, d, len(mines), len(finds), phases)
    del phases
    ia, ib, _ = augment_matching(mines, finds, ia, ib, tolerance, *codes, pairs=(pa, pb, d))
    return ia, ib


def _nearest(tree: STRtree, points: np.ndarray, max_distance: float) -> tuple[np.ndarray, np.ndarray]:
    """The nearest tree geometry of each point within ``max_distance`` (the first in the tree on a
    tie): (index of the point, index in the tree). The points inside a geometry are settled first,
    which is cheaper than the nearest-neighbour search the others need."""
    qi, qj = tree.query(points, predicate="intersects")
    order = np.lexsort((qj, qi))
    qi, qj = qi[order], qj[order]
    first = np.r_[True, qi[1:] != qi[:-1]] if len(qi) else np.zeros(0, bool)
    inside_i, inside_j = qi[first], qj[first]
    rest = np.setdiff1d(np.arange(len(points)), inside_i)
    ri, rj = tree.query_nearest(points[rest], max_distance=max_distance, all_matches=False)
    return np.concatenate((inside_i, rest[ri])), np.concatenate((inside_j, rj))


def _unique_ids(flags: list[Flag]) -> None:
    """Make flag ids unique (two recorded mines of one record may share a number): #2, #3, ... added."""
    seen: dict[str, int] = {}
    for flag in flags:
        count = seen.get(flag.flag_id, 0) + 1
        seen[flag.flag_id] = count
        if count > 1:
            flag.flag_id = f"{flag.flag_id}#{count}"


def hypothesis_text(name: str) -> str:
    """The human-error hypothesis in words."""
    texts = {
        "as_plotted": tr("the record as plotted"),
        "mil6000_read_as_mil6400": tr("Soviet mils (6000) read as NATO mils (6400)"),
        "mil6400_read_as_mil6000": tr("NATO mils (6400) read as Soviet mils (6000)"),
        "declination_wrong_sign": tr("magnetic declination applied with the wrong sign"),
        "declination_omitted": tr("magnetic declination not applied"),
    }
    return texts.get(name, name)


# -- the inputs, checked and as arrays ---------------------------------------------------------------
class _RecordArrays:
    """The records as arrays; ``valid``: a usable id; ``ok``: a perimeter too."""

    def __init__(self, records: Records, problems: list[Problem]):
        n = self.n = len(records.record_id)
        self.id = _obj(records.record_id, n)
        self.geom = _geometries(records.geoms) if n else np.zeros(0, dtype=object)
        self.district = _obj(records.district, n)
        self.ap, self.at = _num(records.recorded_ap, n), _num(records.recorded_at, n)
        self.models = _obj(records.mine_models, n)
        self.raw = _obj(records.raw, n)
        rows = _Rows(records.row)
        self.ok = _present(self.geom)
        self.valid = np.zeros(n, dtype=bool)
        self.index_of: dict[str, int] = {}
        for i in range(n):
            if self.id[i] is None:
                problems.append(Problem("minefield_records", rows[i], "record_id", tr("no record id")))
                self.ok[i] = False
            elif self.id[i] in self.index_of:
                problems.append(Problem("minefield_records", rows[i], "record_id", tr(
                    "record id {id} appears twice; the first is used").format(id=self.id[i])))
                self.ok[i] = False
            else:
                self.index_of[self.id[i]] = i
                self.valid[i] = True
                if not self.ok[i]:
                    problems.append(Problem("minefield_records", rows[i], "geometry", tr(
                        "record {id} has no perimeter; only its mines are used").format(id=self.id[i])))


class _MineArrays:
    """The recorded mines as arrays; ``rec``: index of their record (-1: not usable)."""

    def __init__(self, mines: RecordedMines | None, records: _RecordArrays, problems: list[Problem]):
        n = self.n = len(mines.record_id) if mines is not None else 0
        self.lon = _num(mines.lon if mines else None, n)
        self.lat = _num(mines.lat if mines else None, n)
        self.model = _Text(mines.model if mines else None, n)
        self.no = _Text(mines.mine_no if mines else None, n)
        self.rows = _Rows(mines.row if mines else None)
        record_id = mines.record_id if mines else None
        category = mines.category if mines else None
        codes = _coded(record_id, n, lambda v: records.index_of.get(v, -1))[0]
        rec = np.asarray(codes, dtype=np.int32).reshape(n)  # a record's index: a national table's worth
        del codes
        cat, not_known = _Labels.coded(category, n, normalize_category)
        placed = np.isfinite(self.lon) & np.isfinite(self.lat)
        usable = (rec >= 0) & placed
        self.rec = np.where(usable, rec, np.int32(-1))
        cat.codes[~usable] = 0  # (None)
        self.cat = cat
        unknown = np.zeros(n, dtype=bool)
        unknown[not_known] = True
        unknown &= usable
        for i in np.flatnonzero((rec < 0) | ~placed | unknown):  # only the rows with a problem
            if rec[i] < 0:
                problems.append(Problem("recorded_mines", self.rows[i], "record_id", tr(
                    "record id {id} is not among the records").format(id=_clean(record_id[i]))))
            elif not placed[i]:
                problems.append(Problem("recorded_mines", self.rows[i], "geometry", tr("no position")))
            else:
                problems.append(Problem("recorded_mines", self.rows[i], "category", tr(
                    "unknown category {value}").format(value=_clean(category[i]))))
        self.use = self.rec >= 0
        order = np.argsort(self.rec, kind="stable").astype(np.int32 if n < 2**31 else np.int64)
        ordered = self.rec[order]
        starts = np.searchsorted(ordered, np.arange(records.n))
        ends = np.searchsorted(ordered, np.arange(records.n), side="right")
        del ordered
        self.order, self.start, self.end = order, starts, ends  # record by record: order[start[i]:end[i]]
        self.of = [order[starts[i]:ends[i]] for i in range(records.n)]  # mines of each record


class _FindArrays:
    """The finds as arrays; ``ok``: a position; ``mine``: an AP or AT mine with a position."""

    def __init__(self, finds: Finds, problems: list[Problem]):
        n = self.n = len(finds.find_id)
        self.id = _obj(finds.find_id, n)
        self.lon, self.lat = _num(finds.lon, n), _num(finds.lat, n)
        self.cat_raw = _obj(finds.category, n)
        self.cat = normalize_categories(self.cat_raw)
        self.model = _obj(finds.model, n)
        blank = [i for i in range(n) if self.cat[i] is None and (self.cat_raw[i] is None or
                                                                 not str(self.cat_raw[i]).strip())]
        implied = {m: ordnance.category_of_model(m) for m in {self.model[i] for i in blank}}
        for i in blank:  # a find with a model and no category: the category its model implies
            self.cat[i] = implied[self.model[i]]
        qty = _num(finds.quantity, n, 1.0)
        self.qty = np.where(np.isfinite(qty) & (qty > 0), qty, 1.0)
        self.date = _dates(finds.found_date, n)
        self.sector = _obj(finds.sector_id, n)
        rows = _Rows(finds.row)
        self.ok = np.isfinite(self.lon) & np.isfinite(self.lat)
        for i in np.flatnonzero(~self.ok):
            problems.append(Problem("finds", rows[i], "geometry",
                                    tr("find {id} has no position").format(id=self.id[i])))
        for i in np.flatnonzero(self.ok & np.array([c is None for c in self.cat], dtype=bool)):
            problems.append(Problem("finds", rows[i], "category", tr(
                "find {id}: unknown category {value}; used only for post-clearance checks").format(
                id=self.id[i], value=self.cat_raw[i] if self.cat_raw[i] is not None else "(empty)")))
        for i in np.flatnonzero(np.array([v is None for v in self.id], dtype=bool)):
            self.id[i] = f"#{rows[i]}"
        self.mine = self.ok & np.isin(self.cat.astype(str), MINE_CATEGORIES)
        self.mine_idx = np.flatnonzero(self.mine)


class _SectorArrays:
    """The sectors as arrays; ``ok``: a geometry."""

    def __init__(self, sectors: Sectors | None, problems: list[Problem]):
        n = self.n = len(sectors.sector_id) if sectors is not None else 0
        self.given = sectors is not None
        self.id = _obj(sectors.sector_id if sectors else None, n)
        self.geom = _geometries(sectors.geoms) if n else np.zeros(0, dtype=object)
        self.status = _obj(sectors.status if sectors else None, n)
        self.date = _dates(sectors.status_date if sectors else None, n)
        self.parent = _obj(sectors.parent_id if sectors else None, n)
        rows = _Rows(sectors.row if sectors else None)
        self.ok = _present(self.geom)
        for i in np.flatnonzero(~self.ok):
            problems.append(Problem("sectors", rows[i], "geometry",
                                    tr("sector {id} has no geometry").format(id=self.id[i])))


class _UnmatchedTexts(NamedTuple):
    """The translated texts of the unmatched-mine flags, and "AP PMN-2" for each category and model met."""

    a_mine: str
    moved: str
    no_find: str
    taken: str
    too_far: str
    whats: dict


class _Run:
    """One analysis: the inputs in metres, what is learnt step by step, and the output."""

    def __init__(self, records: Records, mines: RecordedMines | None, finds: Finds, sectors: Sectors | None,
                 settings: Settings, out: Analysis, release: bool = False):
        self.s = settings
        self.out = out
        self.r = _RecordArrays(records, out.problems)
        self.m = _MineArrays(mines, self.r, out.problems)
        if release:  # each input let go of as soon as it is taken in: its ids and categories are coded now
            _release(records, mines)
        self.f = _FindArrays(finds, out.problems)
        self.sec = _SectorArrays(sectors, out.problems)
        if release:
            _release(finds, sectors)
        self._project()
        self._clearance()
        self.transforms: dict[int, Similarity] = {}

    def _project(self) -> None:
        """Everything into one metric frame centred on the data."""
        r, m, f, sec = self.r, self.m, self.f, self.sec
        lons = [_extremes(f.lon, f.ok), _extremes(m.lon, m.use)]
        lats = [_extremes(f.lat, f.ok), _extremes(m.lat, m.use)]
        if r.ok.any():
            b = shapely.bounds(r.geom[r.ok])
            lons += [b[:, 0], b[:, 2]]
            lats += [b[:, 1], b[:, 3]]
        self.frame = frame = _Frame(np.concatenate(lons), np.concatenate(lats))
        r.g = np.full(r.n, None, dtype=object)
        if r.ok.any():
            r.g[r.ok] = shapely.make_valid(frame.geoms(r.geom[r.ok]))
        m.xy = frame.xy_where(m.lon, m.lat, m.use)
        f.xy = np.full((f.n, 2), np.nan)
        if f.ok.any():
            f.xy[f.ok] = frame.xy(f.lon[f.ok], f.lat[f.ok])
        sec.g = np.full(sec.n, None, dtype=object)
        sec.projected = ~sec.ok  # (those without a geometry have none to project)
        if sec.n:  # the released ones now (cleared ground, post-clearance finds), the others when asked for
            self.sector_geoms(np.flatnonzero(np.isin(sec.status.astype(str), RELEASED_STATUSES)))
        self.find_tree = STRtree(shapely.points(f.xy[f.mine_idx])) if len(f.mine_idx) else None
        # where each record turns about (see offsets.record_pivots)
        r.pivot_ll = record_pivots(np.where(r.ok, r.geom, None), m.rec, m.lon, m.lat)
        r.has_pivot = np.isfinite(r.pivot_ll).all(axis=1)
        r.pivot_xy = np.full((r.n, 2), np.nan)
        if r.has_pivot.any():
            r.pivot_xy[r.has_pivot] = frame.xy(r.pivot_ll[r.has_pivot, 0], r.pivot_ll[r.has_pivot, 1])

    def sector_geoms(self, idx: np.ndarray) -> np.ndarray:
        """The sectors' polygons in the frame (made valid; None without a geometry), projected when
        first asked for."""
        sec = self.sec
        idx = np.asarray(idx, dtype=np.int64)
        todo = np.unique(idx[~sec.projected[idx]])
        if len(todo):
            sec.g[todo] = shapely.make_valid(self.frame.geoms(_shapes(sec.geom[todo])))
            sec.projected[todo] = True
        return sec.g[idx]

    def _clearance(self) -> None:
        """The cleared sectors and the share of each record's area they cover."""
        sec, r = self.sec, self.r
        self.cleared = np.flatnonzero(sec.ok & (sec.status == "cleared")) if sec.n else np.zeros(0, dtype=np.int64)
        self.cleared_geoms = self.sector_geoms(self.cleared)
        self.cleared_tree = STRtree(self.cleared_geoms) if len(self.cleared) else None
        self.cleared_bounds = shapely.bounds(self.cleared_geoms)
        self.cleared_grid = BoxGrid(self.cleared_bounds)
        if self.cleared_grid.usable:
            shapely.prepare(self.cleared_geoms)
        r.cleared_pct = np.full(r.n, math.nan)
        if sec.given:
            r.cleared_pct[:] = 0.0
            ok = np.flatnonzero(r.ok)
            if self.cleared_tree is not None and len(ok):  # only records that touch cleared ground
                touching = np.unique(self.cleared_tree.query(r.g[ok], predicate="intersects")[0])
                for i in ok[touching].tolist():
                    r.cleared_pct[i] = self.cleared_percent(r.g[i])

    def cleared_percent(self, area) -> float:
        return 0.0 if self.cleared_tree is None else _cleared_percent(area, self.cleared_tree, self.cleared_geoms)

    def in_cleared(self, xy: np.ndarray) -> np.ndarray:
        """Which points (metres) lie inside cleared sectors."""
        inside = np.zeros(len(xy), bool)
        inside[self.cleared_pairs(xy)[0]] = True
        return inside

    def cleared_pairs(self, xy: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(point, cleared sector) for every point (metres) inside a cleared sector, sorted by point
        then sector. The sectors whose boxes hold a point are found on a grid of the boxes, then
        test it (prepared). When a few huge sectors among many small ones make the grid useless, of
        many points those no box can hold are sieved out and the rest go into a tree of their own that
        the sectors query; a few find the sectors whose boxes hold them in the sectors' tree."""
        if self.cleared_tree is None or not len(xy):
            return np.zeros(0, np.int64), np.zeros(0, np.int64)
        if self.cleared_grid.usable:
            qp, qs = self.cleared_grid.pairs(xy)
            inside = shapely.contains_xy(self.cleared_geoms[qs], xy[qp, 0], xy[qp, 1])
            return qp[inside], qs[inside]
        sieved = None
        if len(xy) > _MANY_POINTS:  # most points are far from every cleared sector: sieved out first
            sieved = np.flatnonzero(maybe_in_boxes(xy, self.cleared_bounds))
            xy = xy[sieved]
        points = shapely.points(xy)
        if len(xy) > _MANY_POINTS:
            qs, qp = STRtree(points).query(self.cleared_geoms, predicate="contains")
        else:
            qp, qs = self.cleared_tree.query(points)
            sectors = self.cleared_geoms[qs]
            shapely.prepare(sectors)
            inside = shapely.contains(sectors, points[qp])
            qp, qs = qp[inside], qs[inside]
        if sieved is not None:
            qp = sieved[qp]
        order = np.lexsort((qs, qp))
        return qp[order], qs[order]

    # -- systematic offsets ----------------------------------------------------------------------------
    def fit_offsets(self, progress: _Progress) -> None:
        """Fit each record's transform from the finds around it; flag the ones that explain them."""
        r, m, f, s = self.r, self.m, self.f, self.s
        near: dict[int, np.ndarray] = {}
        if self.find_tree is not None and r.n:
            probe = np.full(r.n, None, dtype=object)
            for i in range(r.n):
                if r.ok[i]:
                    probe[i] = r.g[i]
                elif len(m.of[i]):
                    probe[i] = shapely.multipoints(m.xy[m.of[i]])
            have = np.flatnonzero([p is not None for p in probe])
            if len(have):
                qi, qj = self.find_tree.query(probe[have], predicate="dwithin", distance=s.search_radius)
                order = np.argsort(qi, kind="stable")  # each record's finds in one run, in the tree's order
                qi, qj = qi[order], qj[order]
                recs, starts = np.unique(qi, return_index=True)
                for rec, finds in zip(recs.tolist(), np.split(qj, starts[1:])):
                    near[int(have[rec])] = f.mine_idx[finds]
        fitted = [i for i in range(r.n) if r.has_pivot[i] and len(m.of[i]) >= 3
                  and len(near.get(i, ())) >= MIN_MATCHES]  # fewer finds cannot establish a fit
        # the records that explain least of the finds around them as plotted (the moved ones) go
        # first: the finds their moves explain are then no reason to search their neighbours
        elsewhere, plotted_share = self._explained_elsewhere(fitted, near)
        moved_finds = np.zeros(f.n, bool)
        fits = {}
        for k, i in enumerate(sorted(fitted, key=lambda i: (plotted_share[i], i))):
            progress(10 + 45 * k / max(len(fitted), 1))
            fit = register(m.xy[m.of[i]], f.xy[near[i]], r.pivot_xy[i], s.tolerance, s.search_radius,
                           s.max_rotation_deg, mine_labels=m.cat[m.of[i]], find_labels=f.cat[near[i]],
                           in_cleared=self.in_cleared, elsewhere=elsewhere[i] | moved_finds[near[i]])
            if fit is not None and fit.matches >= MIN_MATCHES:
                fits[i] = fit
                if fit.significant(s.tolerance):
                    moved_finds[near[i][fit.find_index]] = True
        # a find is evidence for one record only: the strongest fits (most matches, least moved) claim
        # their finds first; a move that needs finds another record already explains is not believed
        claimed: set[int] = set()
        for i in sorted(fits, key=lambda i: (-fits[i].matches, fits[i].mean_shift, i)):
            mine_finds = set(near[i][fits[i].find_index].tolist())
            if fits[i].significant(s.tolerance) and len(mine_finds & claimed) > 0.5 * len(mine_finds):
                del fits[i]  # its "matches" are another record's finds
                continue
            claimed |= mine_finds
        kept = [i for i in fitted if i in fits]
        if kept:  # where each pivot moves, and the move as a geodesic (east, north metres), all at once
            moves = self._geodesic_moves(kept, [fits[i].transform for i in kept])
            rivals = [i for i in kept if fits[i].runner_up is not None]
            rival_moves = dict(zip(rivals, self._geodesic_moves(rivals, [fits[i].runner_up for i in rivals])))
            for i, move in zip(kept, moves):
                self._offset_result(i, fits[i], near[i], move, rival_moves.get(i))
        for i in range(r.n):  # records with finds around them, but too few to fit
            if i not in fits and r.has_pivot[i] and len(m.of[i]) >= 3 and len(near.get(i, ())):
                self.out.offsets.append(OffsetRow(r.id[i], 0.0, 0.0, 0.0, 1.0, math.nan, math.nan, 0, False, None,
                                                  float(r.pivot_ll[i, 0]), float(r.pivot_ll[i, 1]), TOO_FEW_FINDS,
                                                  0.0))
        if self.cleared_tree is not None:  # a moved record is cleared where its mines really are
            for i, t in self.transforms.items():
                if r.ok[i]:
                    r.cleared_pct[i] = self.cleared_percent(shapely.transform(r.g[i], t.apply))

    def _explained_elsewhere(self, fitted: list[int], near: dict[int, np.ndarray]) -> tuple[dict, dict]:
        """Per record fitted, which finds around it lie within the tolerance of another fitted
        record's mine of a compatible category, as plotted (that record's evidence, not this one's),
        and the share of them within the tolerance of one of its own mines."""
        r, m, f = self.r, self.m, self.f
        if not fitted:
            return {}, {}
        mines = np.concatenate([m.of[i] for i in fitted])
        finds = np.unique(np.concatenate([near[i] for i in fitted]))
        mines_xy, mines_rec = m.xy[mines], m.rec[mines].astype(np.int64)
        ca, cb = label_codes(m.cat[mines], f.cat[finds])
        explained = []  # (find, record), sorted: the finds a block at a time, in order (dense records
        for start in range(0, len(finds), _SLICE):  # make tens of millions of pairs at once otherwise)
            block = finds[start:start + _SLICE]
            pa, pb, _ = candidate_pairs(mines_xy, f.xy[block], self.s.tolerance)
            if ca is not None:
                same = (ca[pa] == cb[start + pb]) | (ca[pa] < 0) | (cb[start + pb] < 0)
                pa, pb = pa[same], pb[same]
            explained.append(np.unique(block[pb] * r.n + mines_rec[pa]))
        explained = np.concatenate(explained) if explained else np.zeros(0, np.int64)
        by_find, records = np.unique(explained // r.n, return_counts=True)
        elsewhere, share = {}, {}
        for i in fitted:
            k = near[i]
            at = np.minimum(np.searchsorted(by_find, k), max(len(by_find) - 1, 0))
            count = np.where(by_find[at] == k, records[at], 0) if len(by_find) else np.zeros(len(k), np.int64)
            at = np.minimum(np.searchsorted(explained, k * r.n + i), max(len(explained) - 1, 0))
            own = explained[at] == k * r.n + i if len(explained) else np.zeros(len(k), bool)
            elsewhere[i] = count - own > 0
            share[i] = float(own.mean())
        return elsewhere, share

    def _geodesic_moves(self, records: list[int], transforms: list[Similarity]) -> list[tuple]:
        """Where each record's pivot moves by its transform: (lon, lat, azimuth, metres, east, north)."""
        if not records:
            return []
        r = self.r
        shifts = np.array([[t.dx, t.dy] for t in transforms])
        moved_ll = self.frame.lonlat(r.pivot_xy[records] + shifts)
        az, _, dist = _GEOD.inv(r.pivot_ll[records, 0], r.pivot_ll[records, 1], moved_ll[:, 0], moved_ll[:, 1])
        return [(float(moved_ll[k, 0]), float(moved_ll[k, 1]), float(az[k]), float(dist[k]),
                 float(dist[k] * math.sin(math.radians(az[k]))), float(dist[k] * math.cos(math.radians(az[k]))))
                for k in range(len(records))]

    def _offset_result(self, i: int, fit, candidates: np.ndarray, move: tuple, rival: tuple | None) -> None:
        """The offsets row of a fitted record, and its flag when the move is established or undecided;
        ``move`` (and ``rival``, the runner-up's) as _geodesic_moves gives them."""
        r, m, f, s = self.r, self.m, self.f, self.s
        t = fit.transform
        lon, lat, az, dist, dx, dy = move
        moved_ll = (lon, lat)
        cause = self._human_error(i, m.xy[m.of[i]], f.xy[candidates])
        if cause is not None and fit.status == AMBIGUOUS:
            fit.status = FITTED  # the record's own traverse, read with the usual error, decides between them
        row = OffsetRow(r.id[i], dx, dy, t.rotation_deg, t.scale, fit.rms_before, fit.rms_after, fit.matches,
                        fit.significant(s.tolerance), None, float(r.pivot_ll[i, 0]), float(r.pivot_ll[i, 1]),
                        fit.status, fit.confidence, *(rival[4:6] if rival is not None else (None, None)))
        if rival is not None:
            row.runner_up_rotation_deg, row.runner_up_scale = fit.runner_up.rotation_deg, fit.runner_up.scale
        row.hypothesis = cause.name if cause is not None else None
        self.out.offsets.append(row)
        if fit.status == AMBIGUOUS and rival is not None:
            # both candidates move it (they differ by a step of its rows): its finds are its own, and
            # the analysis reads them about the best; no correction is written
            if fit.mean_shift >= s.tolerance / 2.0:
                self.transforms[i] = t
            self._ambiguous_flag(i, fit, move, rival, cause)
            return
        if not row.established:
            return
        self.transforms[i] = t
        message = tr(
            "Record {record}: its finds match its mines after moving it {shift:.1f} m towards {bearing:.0f}°, "
            "rotating it {rotation:+.2f}° and scaling it by {scale:.3f}: the error falls from {before:.1f} m to "
            "{after:.1f} m over {matches} mines. Search for its remaining mines where the transform puts them."
        ).format(record=r.id[i], shift=math.hypot(dx, dy), bearing=az % 360.0, rotation=t.rotation_deg,
                 scale=t.scale, before=fit.rms_before, after=fit.rms_after, matches=fit.matches)
        if cause is not None:
            message += " " + self._cause_text(cause)
        severity = "high" if fit.mean_shift > s.perimeter_buffer else "medium"  # mines beyond the perimeter
        self.out.flags.append(Flag(
            f"systematic_offset:{r.id[i]}", "systematic_offset", severity, message,
            float(moved_ll[0]), float(moved_ll[1]), record_id=r.id[i], district=r.district[i],
            distance_m=round(fit.mean_shift, 2), expected=len(m.of[i]), observed=fit.matches,
        ))

    def _ambiguous_flag(self, i: int, fit, move: tuple, rival: tuple, cause=None) -> None:
        """The flag of a record whose finds fit two places about equally: both named, no correction,
        and the uncleared sector whose clearance would tell them apart."""
        r, m = self.r, self.m
        sector = self._deciding_sector(i, fit.transform, fit.runner_up)
        decides = tr("clearing sector {sector} decides").format(sector=sector) if sector else \
            tr("more clearance next to the cleared ground decides")
        message = tr(
            "Record {record}: its finds fit its mines about equally well after moving it {shift:.1f} m towards "
            "{bearing:.0f}° or {rival_shift:.1f} m towards {rival_bearing:.0f}° (its rows repeat; evidence {best} "
            "against {runner}). No correction is made: {decides}."
        ).format(record=r.id[i], shift=move[3], bearing=move[2] % 360.0, rival_shift=rival[3],
                 rival_bearing=rival[2] % 360.0, best=fit.evidence, runner=fit.runner_up_evidence, decides=decides)
        if cause is not None:
            message += " " + self._cause_text(cause)
        self.out.flags.append(Flag(
            f"systematic_offset:{r.id[i]}", "systematic_offset", "low", message, move[0], move[1],
            record_id=r.id[i], district=r.district[i], sector_id=sector, distance_m=round(fit.mean_shift, 2),
            expected=len(m.of[i]), observed=fit.matches,
        ))

    def _deciding_sector(self, i: int, best: Similarity, rival: Similarity) -> str | None:
        """The record's uncleared sector holding the most mines of one candidate and not the other."""
        sec = self.sec
        if not sec.n:
            return None
        if not hasattr(self, "_sectors_of"):
            self._sectors_of: dict[str, list[int]] = {}
            for k in np.flatnonzero(sec.ok & (sec.status != "cleared")).tolist():
                self._sectors_of.setdefault(str(sec.parent[k]), []).append(k)
        own = self._sectors_of.get(str(self.r.id[i]), [])
        if not own:
            return None
        mines = self.m.xy[self.m.of[i]]
        a, b = best.apply(mines), rival.apply(mines)
        geoms = self.sector_geoms(own)
        shapely.prepare(geoms)
        counts = [abs(int(shapely.contains_xy(g, a[:, 0], a[:, 1]).sum()) - int(shapely.contains_xy(g, b[:, 0], b[:, 1])
                                                                                   .sum())) for g in geoms]
        k = int(np.argmax(counts))
        return str(sec.id[own[k]]) if counts[k] > 0 else None

    def _cause_text(self, cause) -> str:
        return tr("Most likely cause: {cause} ({matches} finds within {tolerance:.0f} m, error {rms:.1f} m).").format(
            cause=hypothesis_text(cause.name), matches=cause.matches, tolerance=self.s.tolerance, rms=cause.rms)

    def _human_error(self, i: int, plotted: np.ndarray, finds: np.ndarray):
        """The usual human error that best explains the finds, when the record's traverse is known."""
        legs = parse_traverse(self.r.raw[i], self.s.default_unit) if self.r.raw[i] else None
        if not legs:
            return None
        results = explain(legs, plotted, finds, self.s.tolerance, self.s.declination_deg)
        plotted_result = next((res for res in results if res.name == "as_plotted"), None)
        if results and results[0].name != "as_plotted" and plotted_result is not None \
                and results[0].matches >= max(MIN_MATCHES, plotted_result.matches + 1):
            return results[0]
        return None

    # -- finds and records ---------------------------------------------------------------------------
    def locate(self) -> None:
        """Match finds to the mines where they really are; give each find its record."""
        r, m, f, s = self.r, self.m, self.f, self.s
        m.true, m.xy = m.xy, None  # moved in place: nothing after the fits asks where they were plotted
        for i, t in self.transforms.items():
            m.true[m.of[i]] = t.apply(m.true[m.of[i]])
        foot_geom, foot_rec = [], []
        for i in np.flatnonzero(r.ok):
            foot_geom.append(r.g[i])
            foot_rec.append(i)
            if i in self.transforms:
                foot_geom.append(shapely.transform(r.g[i], self.transforms[i].apply))
                foot_rec.append(i)
        self.foot_geom = np.asarray(foot_geom, dtype=object)
        self.foot_rec = np.asarray(foot_rec, dtype=np.int64)
        self.foot_tree = STRtree(self.foot_geom) if len(self.foot_geom) else None
        # one to one, mines in cleared ground first (a find there is that mine's, not a neighbour's in
        # ground nobody has searched yet), then repaired by augmenting paths
        mine_idx = self._mines_near_finds()
        given = m.lon[mine_idx], m.lat[mine_idx]  # the links' ends, as recorded: no other step asks for them
        m.lon = m.lat = None
        ia, ib = _match_cleared_first(m.true[mine_idx], f.xy[f.mine_idx], s.tolerance, m.cat[mine_idx],
                                      f.cat[f.mine_idx], self.in_cleared(m.true[mine_idx]))
        m.matched = np.zeros(m.n, dtype=bool)
        m.matched[mine_idx[ia]] = True
        f.rec = np.full(f.n, -1, dtype=np.int64)
        if self.foot_tree is not None and f.ok.any():
            ok_idx = np.flatnonzero(f.ok)
            qf, qr = _nearest(self.foot_tree, shapely.points(f.xy[ok_idx]), s.perimeter_buffer)
            f.rec[ok_idx[qf]] = self.foot_rec[qr]
        f.rec[f.mine_idx[ib]] = m.rec[mine_idx[ia]]
        if len(ia):
            a, b = mine_idx[ia], f.mine_idx[ib]
            lon, lat = given[0][ia], given[1][ia]
            _, _, link_d = _GEOD.inv(lon, lat, f.lon[b], f.lat[b])  # as given, not through the frame
            self.out.links = Links(f.id[b], r.id[m.rec[a]], m.no.values[a], f.lon[b], f.lat[b], lon, lat, link_d)

    def _mines_near_finds(self) -> np.ndarray:
        """The usable mines (where they really are) that may lie within the tolerance of an AP/AT find:
        those of the records whose mines' bounding box, widened by the tolerance, holds one. No other
        mine can match a find, so the matching leaves them out."""
        m = self.m
        has = np.flatnonzero(m.end > m.start)  # the records with usable mines
        if self.find_tree is None or not len(has):
            return np.zeros(0, dtype=np.int64)
        use = m.order[m.start[has[0]]:]  # every usable mine, record by record
        at = m.start[has] - m.start[has[0]]
        lo, hi = [], []
        for k in (0, 1):  # one coordinate at a time: a national table's worth of copies is not made
            values = m.true[use, k]
            lo.append(np.minimum.reduceat(values, at) - self.s.tolerance)
            hi.append(np.maximum.reduceat(values, at) + self.s.tolerance)
            del values
        near = has[np.unique(self.find_tree.query(shapely.box(lo[0], lo[1], hi[0], hi[1]),
                                                  predicate="intersects")[0])]
        return np.sort(np.concatenate([m.of[i] for i in near.tolist()])) if len(near) else np.zeros(0, np.int64)

    def outside_flags(self) -> None:
        """AP/AT finds of no record, one flag per cluster."""
        r, f, s = self.r, self.f, self.s
        outside = np.flatnonzero(f.mine & (f.rec < 0))
        if not len(outside):
            return
        pts = shapely.points(f.xy[outside])
        qi, qj = STRtree(pts).query(pts, predicate="dwithin", distance=s.perimeter_buffer)
        labels = _components(len(outside), qi, qj)
        nearest_rec = np.full(len(outside), -1, dtype=np.int64)
        nearest_d = np.full(len(outside), math.nan)
        if self.foot_tree is not None:
            qf, qr = self.foot_tree.query_nearest(pts, all_matches=False)
            nearest_rec[qf] = self.foot_rec[qr]
            nearest_d[qf] = shapely.distance(pts[qf], self.foot_geom[qr])
        clusters, group = np.unique(labels, return_inverse=True)
        order = np.argsort(group, kind="stable")
        bounds = np.searchsorted(group[order], np.arange(len(clusters) + 1))
        size = np.bincount(group)
        centres = np.column_stack([np.bincount(group, weights=f.xy[outside, k]) / size for k in (0, 1)])
        centres_ll = self.frame.lonlat(centres)
        # each cluster's find nearest to a record (the first of the cluster on a tie; -1: no record)
        by_distance = np.lexsort((np.arange(len(order)), np.where(np.isnan(nearest_d), np.inf, nearest_d)[order],
                                  group[order]))
        first = np.r_[True, group[order][by_distance][1:] != group[order][by_distance][:-1]]
        closest_of = order[by_distance][first]
        closest_of = np.where(np.isfinite(nearest_d[closest_of]), closest_of, -1)
        for c in range(len(clusters)):
            members = order[bounds[c]:bounds[c + 1]]
            idx = outside[members]
            ids = sorted(str(f.id[k]) for k in idx)
            count = int(f.qty[idx].sum())
            ll = centres_ll[c]
            closest = int(closest_of[c]) if closest_of[c] >= 0 else None
            rec = int(nearest_rec[closest]) if closest is not None else -1
            dist = float(nearest_d[closest]) if closest is not None else None
            district = r.district[rec] if rec >= 0 and dist <= DISTRICT_REACH_M else None
            if rec < 0:
                where = tr("and there is no minefield record to compare with")
            else:
                where = tr("{distance:,.0f} m from the nearest minefield record ({record})").format(
                    distance=dist, record=r.id[rec])
            if len(idx) == 1:
                k = idx[0]
                message = tr("Find {find}: {count} {category} mine(s) outside every minefield record, {where}: "
                             "contamination no record describes.").format(
                    find=f.id[k], count=count, category=f.cat[k], where=where)
            else:
                cats: dict[str, int] = {}
                for k in idx:
                    cats[f.cat[k]] = cats.get(f.cat[k], 0) + int(f.qty[k])
                detail = ", ".join(f"{c} {cats[c]}" for c in MINE_CATEGORIES if c in cats)
                message = tr("{count} mines ({detail}) in {finds} finds outside every minefield record, {where}: "
                             "contamination no record describes.").format(
                    count=count, detail=detail, finds=len(idx), where=where)
            self.out.flags.append(Flag(
                f"find_outside_records:{ids[0]}", "find_outside_records", "high", message, float(ll[0]), float(ll[1]),
                find_id=",".join(ids), district=district,
                distance_m=round(dist, 2) if dist is not None else None, expected=0, observed=count,
            ))

    def record_flags(self) -> None:
        """Per record: recorded versus found counts (when cleared enough), and types found not recorded."""
        r, m, f = self.r, self.m, self.f
        assigned = np.flatnonzero(f.mine & (f.rec >= 0))
        assigned = assigned[np.argsort(f.rec[assigned], kind="stable")]
        bounds = np.searchsorted(f.rec[assigned], np.arange(r.n + 1))
        label_at = np.full((r.n, 2), np.nan)
        if r.ok.any():
            inner = shapely.point_on_surface(r.geom[r.ok])
            label_at[r.ok] = np.column_stack((shapely.get_x(inner), shapely.get_y(inner)))
        # each record's mines by category, and its finds' quantities by category
        mine_count = m.cat.counts(m.rec, r.n)
        mine_cats = sorted(mine_count)
        found_qty = {c: np.bincount(f.rec[assigned[f.cat[assigned] == c]],
                                    weights=f.qty[assigned[f.cat[assigned] == c]], minlength=r.n)
                     for c in MINE_CATEGORIES}
        for i in np.flatnonzero(r.valid).tolist():
            recorded = {}
            for cat, value in (("AP", r.ap[i]), ("AT", r.at[i])):
                if np.isfinite(value):
                    recorded[cat] = int(value)
                elif len(m.of[i]):
                    recorded[cat] = int(mine_count[cat][i]) if cat in mine_count else 0
            mentioned = {c for c, v in recorded.items() if v > 0} | {c for c in mine_cats if mine_count[c][i]}
            fidx = assigned[bounds[i]:bounds[i + 1]]
            found = {c: int(found_qty[c][i]) for c in MINE_CATEGORIES}
            if r.ok[i]:
                where = (float(label_at[i, 0]), float(label_at[i, 1]))
            else:
                where = (float(r.pivot_ll[i, 0]), float(r.pivot_ll[i, 1]))
            self._count_flags(i, recorded, mentioned, found, where)
            if len(fidx):
                self._type_flags(i, recorded, mentioned, found, fidx, where)

    def _count_flags(self, i: int, recorded: dict, mentioned: set, found: dict, where: tuple) -> None:
        r = self.r
        pct = r.cleared_pct[i]
        if not (np.isfinite(pct) and pct >= self.s.min_cleared - 1e-9):
            return
        for cat in MINE_CATEGORIES:
            if cat not in recorded or (recorded[cat] == 0 and cat not in mentioned):
                continue
            exp, obs = recorded[cat], found[cat]
            if obs < exp:
                kind, severity = "missing_mines", "high"
                message = tr("Record {record}: {expected:,} {category} mines recorded, {observed:,} found after "
                             "{percent}% of its area was cleared: {missing:,} unaccounted.").format(
                    record=r.id[i], expected=exp, category=cat, observed=obs, percent=_pct_text(pct),
                    missing=exp - obs)
            elif obs > exp:
                kind, severity = "surplus_mines", "medium"
                message = tr("Record {record}: {expected:,} {category} mines recorded, {observed:,} found after "
                             "{percent}% of its area was cleared: {extra:,} more than recorded.").format(
                    record=r.id[i], expected=exp, category=cat, observed=obs, percent=_pct_text(pct),
                    extra=obs - exp)
            else:
                continue
            self.out.flags.append(Flag(f"{kind}:{r.id[i]}:{cat}", kind, severity, message, *where,
                                       record_id=r.id[i], district=r.district[i], expected=exp, observed=obs))

    def _type_flags(self, i: int, recorded: dict, mentioned: set, found: dict, fidx: np.ndarray,
                    where: tuple) -> None:
        r, m, f = self.r, self.m, self.f
        listed = ", ".join(c for c in MINE_CATEGORIES if c in mentioned) or tr("no category")
        for cat in MINE_CATEGORIES:
            if found[cat] and cat not in mentioned and (mentioned or recorded):
                severity = "high" if cat == "AP" else "medium"  # AP where AT procedures were expected
                message = tr("Record {record}: {observed:,} {category} mine(s) found, but the record mentions "
                             "{listed} only.").format(record=r.id[i], observed=found[cat], category=cat, listed=listed)
                ids = sorted(str(f.id[k]) for k in fidx[f.cat[fidx] == cat])
                self.out.flags.append(Flag(f"type_mismatch:{r.id[i]}:{cat}", "type_mismatch", severity, message,
                                           *where, record_id=r.id[i], find_id=",".join(ids), district=r.district[i],
                                           expected=recorded.get(cat, 0), observed=found[cat]))
        models = _split_models(r.models[i]) + [x for x in m.model[m.of[i]] if x]
        model_keys = {_model_key(x) for x in models}
        if not model_keys:
            return
        unknown: dict[str, list[int]] = {}
        for k in fidx:
            if f.model[k] and _model_key(f.model[k]) not in model_keys:
                unknown.setdefault(f.model[k], []).append(int(k))
        listed_models = ", ".join(sorted(set(models), key=str))
        for model, ks in sorted(unknown.items()):
            count = int(f.qty[ks].sum())
            message = tr("Record {record}: {observed:,} mine(s) of model {model} found, which the record does "
                         "not list ({listed}).").format(record=r.id[i], observed=count, model=model,
                                                        listed=listed_models)
            self.out.flags.append(Flag(f"type_mismatch:{r.id[i]}:model:{_model_key(model)}", "type_mismatch", "low",
                                       message, *where, record_id=r.id[i],
                                       find_id=",".join(sorted(str(f.id[k]) for k in ks)), district=r.district[i],
                                       expected=0, observed=count))

    def keep_for_unmatched(self) -> None:
        """Let go of all that only the earlier steps need: a national table's unmatched mines make
        hundreds of thousands of flags, which then take that memory's place."""
        _keep(self.r, "n", "id", "district")
        _keep(self.m, "n", "true", "use", "matched", "rec", "no", "model", "cat", "rows")
        _keep(self.f, "n", "xy", "mine_idx")
        _keep(self.sec, "n", "id", "parent")
        self.foot_geom = self.foot_rec = self.foot_tree = None

    def unmatched_flags(self) -> None:
        """Recorded mines (where they really are) well inside cleared ground that no find matches."""
        m = self.m
        if self.cleared_tree is None or not m.use.any():
            return
        # the texts translated once for the tens of thousands of flags
        texts = _UnmatchedTexts(tr("mine"), tr(" (where the record's offset puts it)"), tr(
            "Record {record}, mine {mine} ({what}){moved}: in cleared sector {sector}, but no find matches it "
            "within {tolerance:.0f} m."), tr(
            "Record {record}, mine {mine} ({what}){moved}: in cleared sector {sector}, but no find matches it "
            "within {tolerance:.0f} m (the nearest find, {distance:,.1f} m away, matches another mine)."), tr(
            "Record {record}, mine {mine} ({what}){moved}: in cleared sector {sector}, but no find matches it "
            "within {tolerance:.0f} m; the nearest find is {distance:,.1f} m away."), {})
        cand = np.flatnonzero(m.use & ~m.matched)
        for start in range(0, len(cand), _SLICE):  # a national table's mines a slice at a time, in order
            self._unmatched_slice(cand[start:start + _SLICE], texts)

    def _unmatched_slice(self, cand: np.ndarray, texts: _UnmatchedTexts) -> None:
        r, m, f, s = self.r, self.m, self.f, self.s
        qm, qs = self.cleared_pairs(m.true[cand])
        # the sector named: one cut from the mine's own record when there is one (records overlap)
        foreign = self.sec.parent[self.cleared[qs]] != r.id[m.rec[cand[qm]]]
        order = np.lexsort((qs, foreign, qm))
        qm, qs = qm[order], qs[order]
        first = np.r_[True, qm[1:] != qm[:-1]] if len(qm) else np.zeros(0, bool)
        first_sector = dict(zip(qm[first].tolist(), qs[first].tolist()))
        hit = qm[first]
        margin = min(EDGE_MARGIN_M, s.tolerance / 5.0)  # inside by more than a GPS error, not on the edge
        for offset in ((margin, 0.0), (-margin, 0.0), (0.0, margin), (0.0, -margin)):
            if len(hit):
                hit = hit[self.in_cleared(m.true[cand[hit]] + offset)]
        if not len(hit):
            return
        mi = cand[hit]
        nearest = np.full(len(mi), math.nan)
        if self.find_tree is not None:
            near = nearest_in_groups(self.find_tree, f.xy[f.mine_idx], m.true[mi], m.rec[mi])  # a record's mines
            nearest[:] = self.frame.metres(m.true[mi], f.xy[f.mine_idx[near]])
        true_ll = self.frame.lonlat(m.true[mi])
        numbers, models = m.no[mi].tolist(), m.model[mi].tolist()
        a_mine, moved_text, no_find, taken, too_far, whats = texts
        sectors = self.sec.id[self.cleared[[first_sector[a] for a in hit.tolist()]]].tolist()
        record_ids, districts = r.id.tolist(), r.district.tolist()
        for k, rec, number, cat, model, sector, distance, lon, lat in zip(
                mi.tolist(), m.rec[mi].tolist(), numbers, m.cat[mi].tolist(), models, sectors, nearest.tolist(),
                true_ll[:, 0].tolist(), true_ll[:, 1].tolist()):
            label = number if number is not None else f"#{m.rows[k]}"
            what = whats.get((cat, model))
            if what is None:
                what = whats[cat, model] = " ".join(v for v in (cat, model) if v) or a_mine
            fmt = dict(record=record_ids[rec], mine=label, what=what,
                       moved=moved_text if rec in self.transforms else "", sector=sector, tolerance=s.tolerance,
                       distance=distance)
            found = math.isfinite(distance)
            message = (taken if distance <= s.tolerance else too_far).format(**fmt) if found else no_find.format(**fmt)
            self.out.flags.append(Flag(
                f"unmatched_recorded_mine:{record_ids[rec]}:{label}", "unmatched_recorded_mine", "high", message,
                lon, lat, record_id=record_ids[rec], sector_id=sector, district=districts[rec],
                distance_m=round(distance, 2) if found else None, expected=1, observed=0,
            ))

    def post_clearance_flags(self) -> None:
        """Finds dated after the release of the sector they lie in (or name)."""
        r, f, sec = self.r, self.f, self.sec
        released = np.flatnonzero(sec.ok & np.isin(sec.status.astype(str), RELEASED_STATUSES) & ~np.isnat(sec.date)) \
            if sec.n else np.zeros(0, dtype=np.int64)
        dated = np.flatnonzero(f.ok & ~np.isnat(f.date))
        undated = int((f.ok & np.isnat(f.date)).sum())
        if undated and len(released):
            self.out.problems.append(Problem("finds", "", "found_date", tr(
                "{count} find(s) have no date and cannot be checked for post-clearance finds").format(count=undated)))
        best: dict[int, int] = {}  # find -> the earliest released sector it postdates
        if len(released) and len(dated):
            qf, qs = STRtree(self.sector_geoms(released)).query(shapely.points(f.xy[dated]), predicate="intersects")
            fa, sb = dated[qf], released[qs]
            later = f.date[fa] > sec.date[sb]
            fa, sb = fa[later], sb[later]
            # of the sectors a find postdates, the earliest released (the first met on a tie)
            order = np.lexsort((np.arange(len(fa)), sec.date[sb], fa))
            first = np.r_[True, fa[order][1:] != fa[order][:-1]] if len(fa) else np.zeros(0, bool)
            best = dict(zip(fa[order][first].tolist(), sb[order][first].tolist()))
            by_id = {sec.id[k]: k for k in released.tolist() if sec.id[k] is not None}
            named = np.array([by_id.get(v, -1) for v in f.sector[dated].tolist()], dtype=np.int64)
            has = named >= 0
            fa, sb = dated[has], named[has]
            later = f.date[fa] > sec.date[sb]
            for a, b in zip(fa[later].tolist(), sb[later].tolist()):
                best.setdefault(a, b)  # a sector the find names but does not lie in
        for a, b in sorted(best.items()):
            parent = r.index_of.get(sec.parent[b]) if sec.parent[b] is not None else None
            rec = parent if parent is not None else (int(f.rec[a]) if f.rec[a] >= 0 else None)
            what = " ".join(v for v in (f.cat[a] or f.cat_raw[a], f.model[a]) if v) or tr("item")
            message = tr("Find {find} ({what}) on {date} in sector {sector}, marked {status} on {status_date}: "
                         "post-clearance find.").format(find=f.id[a], what=what, date=_date_text(f.date[a]),
                                                        sector=sec.id[b], status=sec.status[b],
                                                        status_date=_date_text(sec.date[b]))
            self.out.flags.append(Flag(
                f"post_clearance_find:{f.id[a]}", "post_clearance_find", "high", message,
                float(f.lon[a]), float(f.lat[a]), record_id=r.id[rec] if rec is not None else None, find_id=f.id[a],
                sector_id=sec.id[b], district=r.district[rec] if rec is not None else None, expected=0,
                observed=int(f.qty[a]),
            ))


# -- the analysis ------------------------------------------------------------------------------------
def analyse(records: Records, mines: RecordedMines | None, finds: Finds, sectors: Sectors | None = None,
            settings: Settings = Settings(), feedback: Any = None, release_inputs: bool = False) -> Analysis:
    """Every discrepancy between the records (and their mines) and the finds; see the module doc.

    ``feedback`` (optional) has ``setProgress(percent)`` and ``isCanceled()``; a cancel raises
    CancelledError. Rows that cannot be used are reported in ``Analysis.problems``, never dropped silently.
    ``release_inputs``: the inputs' columns are dropped from the objects given (left all None) as
    soon as the analysis has taken them in, so that a caller holding nothing else of them does not
    hold a national mine table twice.
    """
    progress = _Progress(feedback)
    out = Analysis()
    run = _Run(records, mines, finds, sectors, settings, out, release_inputs)
    progress(10)
    run.fit_offsets(progress)
    run.sec.geom = None  # the sectors asked for from here on were projected at the start: their input let go
    give_back()
    progress(60)
    run.locate()
    give_back()
    progress(65)
    run.outside_flags()
    progress(75)
    run.record_flags()
    progress(85)
    run.post_clearance_flags()
    run.keep_for_unmatched()
    give_back()
    progress(92)
    run.unmatched_flags()  # last: the flags are ranked below, whatever order they were raised in
    _unique_ids(out.flags)
    out.flags.sort(key=rank_key)
    progress(100)
    return out


@dataclass(frozen=True)
class Review:
    """What an analyst said about a flag: its status and note."""

    status: str = "open"
    note: str | None = None

    @property
    def touched(self) -> bool:
        return self.status not in (None, "", "open") or bool(self.note)


def carry_reviews(new_ids: Sequence[str], previous: dict[str, Review]) -> tuple[dict[str, Review], list[str]]:
    """Reviews to keep when the analysis runs again: (review per new flag id, old ids to keep as they are).

    A flag raised again keeps its status and note; a flag no longer raised is kept only when an analyst
    touched it (acknowledged, resolved or wrote a note), so no one's work is lost; untouched ones go.
    """
    new = set(new_ids)
    carried = {fid: review for fid, review in previous.items() if fid in new and review.touched}
    kept = sorted(fid for fid, review in previous.items() if fid not in new and review.touched)
    return carried, kept


def flag_size(kind: str, expected: Any, observed: Any, distance_m: Any) -> float:
    """How big a flag is, to rank flags of one severity: mines unaccounted, found, or metres off."""
    e = float(expected) if expected is not None and expected == expected else 0.0
    o = float(observed) if observed is not None and observed == observed else 0.0
    if kind in ("missing_mines", "surplus_mines"):
        return abs(e - o)
    if kind == "systematic_offset":
        return float(distance_m or 0.0)
    return max(o, 1.0)


def rank_key(flag: Flag) -> tuple:
    """Sort key: severity (high first), then size (largest first), then id."""
    return (SEVERITY_RANK.get(flag.severity, 3), -flag_size(flag.kind, flag.expected, flag.observed, flag.distance_m),
            flag.flag_id)


__all__ = [
    "HYPOTHESES", "Analysis", "CancelledError", "Finds", "Flag", "Link", "OffsetRow", "Problem", "RecordedMines",
    "Records", "Review", "Sectors", "Settings", "analyse", "carry_reviews", "flag_size", "hypothesis_text",
    "rank_key",
]
