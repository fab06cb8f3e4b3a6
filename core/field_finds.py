"""Finds as field teams report them: one row's values checked into a find, and finds already known.

The rules, written once for every way finds come in (a field report imported, a field package
synchronised back):

- **Date** (``read_find_date``): ISO ``2022-03-12`` and ``2022/03/12`` are read as written;
  ``12.03.2022``, ``12/03/2022`` and ``12-03-2022`` are read **day first** (the rule of the
  forms in Azerbaijan, Russia and Ukraine). A date with a 13th month or more is not a day-first
  date and is rejected, naming both readings; so is a date that does not exist (31.02.2022) or lies
  in the future. A date with slashes or hyphens whose other reading also exists (03/04/2022) is
  read day first and the reading is said (``Find.notes``); when the same report writes some dates
  month first (``month_first_seen``, see ``is_month_first``), such a date cannot be decided and is
  rejected. Dates with dots are day first wherever they are written. Two-digit years are 20yy
  (said in the notes). An empty date is allowed and said.
- **Category and model** (``read_device``): through the one ordnance dictionary (core.ordnance)
  and the category spellings (core.categories). A category column that holds a model
  (``ПМН-2``) gives the model and its category; a category the dictionary's model contradicts
  (``AT`` for ``PMN-2``) is rejected; an unknown category, or no category and a model whose
  category is unknown, is rejected.
- **Quantity** a whole number of at least 1 (1 when empty); **depth** in centimetres (``15``,
  ``15 cm``, ``0.15 m``), not negative.
- **Position** (``read_position``): a ``coord`` text in any notation core.coords reads (decimal
  degrees, DMS, UTM, MGRS, SK-42), or ``lat``/``lon`` texts, or ``x``/``y`` in a projected CRS.
  A latitude beyond ±90 or a longitude beyond ±180 is rejected (never swapped in silence).
- **Duplicates** (``DuplicateIndex``, ``is_duplicate``): two finds are one when they have the same
  ``find_id``, the same ``uuid``, or lie within ``DUPLICATE_RADIUS_M`` (1 m) of each other with the
  same date and the same model (the same category when neither names a model).
- **Ids** (``made_find_id``): a find without an id gets one made from what it is (position to
  0.1 m, date, category, model, quantity), so the same report read again makes the same ids.

Pure Python (no QGIS): core.coords for positions, core.ordnance for models.
"""

from __future__ import annotations

import hashlib
import math
import re
import uuid as uuidlib
from dataclasses import dataclass, field
from datetime import date
from typing import Iterable, Mapping, Protocol

from . import coords, ordnance
from .categories import CATEGORIES, normalize_category
from .errors import CoordError
from .text import tr

#: Two finds closer than this (metres), with the same date and model, are one find reported twice.
DUPLICATE_RADIUS_M = 1.0
#: The fields of a find a report may give (besides its position), in the order of the schema.
FIND_TARGETS: tuple[str, ...] = ("find_id", "found_date", "category", "model", "quantity", "sector_id", "team",
                                 "depth_cm", "uuid", "photo")
#: The position fields a report may give instead of a geometry.
POSITION_TARGETS: tuple[str, ...] = ("coord", "lat", "lon", "x", "y", "crs")
#: Makes uuids of finds that come without one (uuid5 of the find id: the same id, the same uuid).
UUID_NAMESPACE = uuidlib.UUID("6f1d3c2e-8a4b-5c7d-9e0f-1a2b3c4d5e6f")


class FindError(ValueError):
    """A value that cannot be part of a find; the message is the reason given to the analyst."""


@dataclass(frozen=True)
class Find:
    """One validated find: schema fields of ``finds`` (dates ISO), position in WGS 84, and notes on how
    its values were read (a day-first date, a model read from the category column)."""

    find_id: str
    lon: float
    lat: float
    found_date: str | None
    category: str
    model: str | None
    quantity: int = 1
    depth_cm: int | None = None
    team: str | None = None
    sector_id: str | None = None
    uuid: str | None = None
    photo: str | None = None
    notes: tuple[str, ...] = ()

    def record(self) -> dict:
        """The schema fields (find_id ... photo) as a dict."""
        return {name: getattr(self, name) for name in FIND_TARGETS}


@dataclass(frozen=True)
class Rejected:
    """A row that is not a find, and why."""

    reason: str


# -- dates ------------------------------------------------------------------------------------------
_TIME = r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?"
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})" + _TIME + "$")
_DAY_FIRST = re.compile(r"^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?: \d{1,2}:\d{2}(?::\d{2})?)?$")


def _date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def is_month_first(text: object) -> bool:
    """Whether a date text can only be month first (``03/25/2022``: no 25th month)."""
    m = _DAY_FIRST.match(str(text or "").strip())
    if not m:
        return False
    first, second = int(m.group(1)), int(m.group(3))
    return second > 12 and first <= 12


def read_find_date(text: object, today: date | None = None,
                   month_first_seen: bool = False) -> tuple[str | None, str]:
    """``(ISO date or None when empty, note)`` from a date as field teams write it (see the module doc).

    ``month_first_seen``: the same report writes some dates month first, so a date that reads both
    ways cannot be decided. Raises FindError with the reason."""
    raw = "" if text is None else str(text).strip()
    if not raw:
        return None, tr("no date")
    today = today or date.today()
    m = _ISO.match(raw)
    if m:
        y, mo, d = (int(g) for g in m.groups())
        found = _date(y, mo, d)
        if found is None:
            raise FindError(tr("date '{text}' does not exist (year {y}, month {m}, day {d})").format(
                text=raw, y=y, m=mo, d=d))
        return _not_future(found, raw, today).isoformat(), ""
    m = _DAY_FIRST.match(raw)
    if not m:
        raise FindError(tr("date '{text}' is not a date ClearGround reads: write 12.03.2022 (day first) or "
                           "2022-03-12").format(text=raw))
    d, mo, year_text = int(m.group(1)), int(m.group(3)), m.group(4)
    notes = []
    y = int(year_text)
    if len(year_text) == 2:
        y += 2000
        notes.append(tr("the two-digit year of '{text}' read as {y}").format(text=raw, y=y))
    found = _date(y, mo, d)
    other = _date(y, d, mo) if d != mo else None
    if found is None:
        if other is not None:
            raise FindError(tr("date '{text}' has no month {m}: dates are read day first (day.month.year); "
                               "if it means {other}, write it {iso}").format(
                text=raw, m=mo, other=other.strftime("%d %B %Y"), iso=other.isoformat()))
        raise FindError(tr("date '{text}' does not exist (day {d}, month {m}, year {y})").format(
            text=raw, d=d, m=mo, y=y))
    if other is not None and m.group(2) != ".":  # dots are day first wherever they are written
        if month_first_seen:
            raise FindError(tr("date '{text}' reads as {a} (day first) or {b} (month first), and this report "
                               "writes other dates month first: write it as {a} or {b}").format(
                text=raw, a=found.isoformat(), b=other.isoformat()))
        notes.append(tr("'{text}' read day first as {iso}").format(text=raw, iso=found.isoformat()))
    return _not_future(found, raw, today).isoformat(), "; ".join(notes)


def _not_future(found: date, raw: str, today: date) -> date:
    if found > today:
        raise FindError(tr("date '{text}' ({iso}) lies in the future").format(text=raw, iso=found.isoformat()))
    return found


# -- category and model -----------------------------------------------------------------------------
def read_device(category_text: object, model_text: object) -> tuple[str, str | None, str]:
    """``(category, model or None, note)`` through the ordnance dictionary (see the module doc).

    Raises FindError with the reason."""
    cat_raw = "" if category_text is None else str(category_text).strip()
    model_raw = "" if model_text is None else str(model_text).strip()
    note = ""
    category = normalize_category(cat_raw) if cat_raw else None
    if cat_raw and category is None:
        if ordnance.dictionary().knows(cat_raw) and (not model_raw or ordnance.same_model(cat_raw, model_raw)):
            model_raw = cat_raw
            note = tr("the category '{text}' is a model: read as model {model}").format(
                text=cat_raw, model=ordnance.canonical(cat_raw))
        else:
            raise FindError(tr("category '{text}' is not a device category ClearGround knows ({known}) nor a model "
                               "of its dictionary (resources/ordnance/models.csv)").format(
                text=cat_raw, known=", ".join(CATEGORIES)))
    if model_raw and category is None and normalize_category(model_raw) is not None \
            and not ordnance.dictionary().knows(model_raw):
        category, model_raw = normalize_category(model_raw), ""  # a category written in the model column
    model = ordnance.canonical(model_raw) if model_raw else None
    implied = ordnance.category_of_model(model_raw) if model_raw else None
    if category is None:
        if implied is None:
            if model:
                raise FindError(tr("no category, and the model '{model}' is not one whose category ClearGround "
                                   "knows (resources/ordnance/models.csv); give the category").format(model=model))
            raise FindError(tr("no category and no model: give the category (AP, AT, UXO, ...) or the model"))
        category = implied
    elif implied is not None and implied != category:
        raise FindError(tr("category {category} contradicts the model {model}, which is {implied}: correct one "
                           "of them").format(category=category, model=model, implied=implied))
    return category, model, note


# -- numbers ----------------------------------------------------------------------------------------
_NUMBER = re.compile(r"^\s*([+-]?\d+(?:[.,]\d+)?)\s*([a-zA-Zа-яА-Я.]*)\s*$")


def read_quantity(text: object) -> int:
    """A whole number of items, at least 1 (1 when empty); ``2 шт``/``2 pcs`` read as 2."""
    raw = "" if text is None else str(text).strip()
    if not raw:
        return 1
    m = _NUMBER.match(raw)
    value = float(m.group(1).replace(",", ".")) if m else math.nan
    if not m or value != int(value) or value < 1:
        raise FindError(tr("quantity '{text}' is not a whole number of at least 1").format(text=raw))
    return int(value)


def read_depth_cm(text: object) -> int | None:
    """A depth in whole centimetres from ``15``, ``15 cm``, ``15 см`` or ``0.15 m``; None when empty."""
    raw = "" if text is None else str(text).strip()
    if not raw:
        return None
    m = _NUMBER.match(raw)
    if not m:
        raise FindError(tr("depth '{text}' is not a number of centimetres").format(text=raw))
    value, unit = float(m.group(1).replace(",", ".")), m.group(2).lower().rstrip(".")
    if unit in ("m", "м"):
        value *= 100.0
    elif unit not in ("", "cm", "см", "sm"):
        raise FindError(tr("depth '{text}': the unit '{unit}' is not cm or m").format(text=raw, unit=m.group(2)))
    if value < 0:
        raise FindError(tr("depth '{text}' is negative").format(text=raw))
    return int(round(value))


# -- position ---------------------------------------------------------------------------------------
def check_lonlat(lon: object, lat: object) -> tuple[float, float]:
    """A WGS 84 position as floats; FindError when it is missing or off the globe."""
    try:
        x, y = float(lon), float(lat)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise FindError(tr("the find has no position")) from None
    if not (math.isfinite(x) and math.isfinite(y)):
        raise FindError(tr("the find has no position"))
    if abs(y) > 90:
        raise FindError(tr("latitude {lat} is beyond ±90").format(lat=f"{y:g}"))
    if abs(x) > 180:
        raise FindError(tr("longitude {lon} is beyond ±180").format(lon=f"{x:g}"))
    return x, y


def read_position(values: Mapping[str, object], crs: str = coords.WGS84) -> tuple[float, float, str]:
    """``(lon, lat, note)`` in WGS 84 from a row's ``coord`` text, or ``lat``/``lon``, or ``x``/``y`` (in the
    row's ``crs`` value, else ``crs``). Raises FindError with the reason."""
    def text(key: str) -> str:
        value = values.get(key)
        return "" if value is None else str(value).strip()

    row_crs = text("crs") or crs
    if text("coord"):
        try:
            lon, lat, parsed = coords.parse_to_wgs84(text("coord"), row_crs)
        except CoordError as exc:
            raise FindError(str(exc)) from None
        if parsed.doubt:
            raise FindError(tr("{doubt}; correct the row").format(doubt=parsed.doubt))
        lon, lat = check_lonlat(lon, lat)
        return lon, lat, parsed.note
    if text("lat") or text("lon"):
        try:
            lat = coords.parse_angle_coordinate(text("lat"), "lat")
            lon = coords.parse_angle_coordinate(text("lon"), "lon")
        except CoordError as exc:
            raise FindError(str(exc)) from None
        lon, lat = check_lonlat(lon, lat)
        return lon, lat, ""
    if text("x") or text("y"):
        try:
            x, y = float(text("x").replace(",", ".")), float(text("y").replace(",", "."))
        except ValueError:
            raise FindError(tr("x '{x}' / y '{y}' is not a position").format(x=text("x"), y=text("y"))) from None
        if not coords.projected(row_crs):
            raise FindError(tr("x/y coordinates need their projected CRS (e.g. EPSG:32638), not {crs}").format(
                crs=row_crs))
        lon_a, lat_a = coords.to_wgs84(row_crs, [x], [y])
        if not (math.isfinite(lon_a[0]) and math.isfinite(lat_a[0])):
            raise FindError(tr("x '{x}' / y '{y}' is not a position in {crs}").format(x=x, y=y, crs=row_crs))
        return float(lon_a[0]), float(lat_a[0]), ""
    raise FindError(tr("the find has no position"))


# -- a whole find -----------------------------------------------------------------------------------
def _text(values: Mapping[str, object], key: str) -> str | None:
    value = values.get(key)
    text = "" if value is None else str(value).strip()
    return text or None


def check_find(values: Mapping[str, object], lon: object, lat: object, today: date | None = None,
               month_first_seen: bool = False) -> Find | Rejected:
    """One row's values (keys of FIND_TARGETS, texts) at a WGS 84 position: a Find, or Rejected with the
    first reason it cannot be one. A find without ``find_id`` gets ``made_find_id``; without ``uuid``,
    ``made_uuid`` of its id."""
    try:
        x, y = check_lonlat(lon, lat)
        found_date, date_note = read_find_date(values.get("found_date"), today, month_first_seen)
        category, model, device_note = read_device(values.get("category"), values.get("model"))
        quantity = read_quantity(values.get("quantity"))
        depth = read_depth_cm(values.get("depth_cm"))
    except FindError as exc:
        return Rejected(str(exc))
    find_id = _text(values, "find_id") or made_find_id(x, y, found_date, category, model, quantity)
    notes = tuple(n for n in (date_note, device_note) if n)
    return Find(find_id, x, y, found_date, category, model, quantity, depth, _text(values, "team"),
                _text(values, "sector_id"), _text(values, "uuid") or made_uuid(find_id), _text(values, "photo"),
                notes)


def made_find_id(lon: float, lat: float, found_date: str | None, category: str, model: str | None,
                 quantity: int = 1) -> str:
    """A stable id made from what a find is: ``F-`` and 10 hex digits (the same find, the same id)."""
    key = "|".join((f"{lon:.6f}", f"{lat:.6f}", found_date or "", category or "",
                    ordnance.comparison_key(model) if model else "", str(quantity)))
    return "F-" + hashlib.sha1(key.encode("utf-8"), usedforsecurity=False).hexdigest()[:10].upper()


def made_uuid(find_id: str) -> str:
    """The uuid of a find that came without one: uuid5 of its id (stable)."""
    return str(uuidlib.uuid5(UUID_NAMESPACE, find_id))


# -- duplicates -------------------------------------------------------------------------------------
class FindLike(Protocol):
    """What the duplicate rule reads of a find (Find has it; so may a workspace row)."""

    find_id: str
    lon: float
    lat: float
    found_date: str | None
    category: str | None
    model: str | None
    uuid: str | None


@dataclass(frozen=True)
class Known:
    """A find already known (e.g. read from the workspace), as the duplicate rule reads it."""

    find_id: str
    lon: float
    lat: float
    found_date: str | None = None
    category: str | None = None
    model: str | None = None
    uuid: str | None = None


@dataclass(frozen=True)
class Duplicate:
    """Why a find is one already known: ``kind`` is ``id``, ``uuid`` or ``position``."""

    kind: str
    other_id: str
    distance_m: float

    def describe(self) -> str:
        if self.kind == "id":
            return tr("the find id {id} is already known").format(id=self.other_id)
        if self.kind == "uuid":
            return tr("the uuid is that of find {id}, already known").format(id=self.other_id)
        return tr("find {id} has the same date and model {m:.2f} m away").format(id=self.other_id,
                                                                              m=self.distance_m)


def distance_m(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    """Metres between two nearby WGS 84 points (equirectangular: exact to well under a millimetre at 1 m)."""
    phi = math.radians((lat1 + lat2) / 2.0)
    dx = math.radians(lon2 - lon1) * math.cos(phi) * 6_371_008.8
    dy = math.radians(lat2 - lat1) * 6_371_008.8
    return math.hypot(dx, dy)


def _what(find: FindLike) -> tuple[str, str]:
    """What two finds at one place must share to be one: the date, and the model (else the category)."""
    model = getattr(find, "model", None)
    what = ordnance.comparison_key(model) if model else "cat:" + str(getattr(find, "category", None) or "")
    return (str(getattr(find, "found_date", None) or ""), what)


def is_duplicate(a: FindLike, b: FindLike, radius_m: float = DUPLICATE_RADIUS_M) -> bool:
    """Whether two finds are one: same id, same uuid, or within ``radius_m`` with the same date and model."""
    if a.find_id and a.find_id == b.find_id:
        return True
    if getattr(a, "uuid", None) and getattr(a, "uuid", None) == getattr(b, "uuid", None):
        return True
    return _what(a) == _what(b) and distance_m(a.lon, a.lat, b.lon, b.lat) <= radius_m


_CELL_DEG = 1e-5  # a grid cell of the position index: about 1.1 m of latitude


@dataclass
class DuplicateIndex:
    """Finds known so far, to tell a new find that is one of them (``match``) in constant time.

    ``add`` the workspace's finds, then for each row of a report ``match`` it and ``add`` it when it is
    new: duplicates against the workspace and inside one report are both caught."""

    radius_m: float = DUPLICATE_RADIUS_M
    _ids: dict[str, str] = field(default_factory=dict)
    _uuids: dict[str, str] = field(default_factory=dict)
    _cells: dict[tuple[int, int], list] = field(default_factory=dict)

    @classmethod
    def of(cls, finds: Iterable[FindLike], radius_m: float = DUPLICATE_RADIUS_M) -> DuplicateIndex:
        index = cls(radius_m)
        for find in finds:
            index.add(find)
        return index

    def __len__(self) -> int:
        return len(self._ids)

    def add(self, find: FindLike) -> None:
        if find.find_id:
            self._ids.setdefault(find.find_id, find.find_id)
        if getattr(find, "uuid", None):
            self._uuids.setdefault(find.uuid, find.find_id)
        if find.lon is None or find.lat is None or not (math.isfinite(find.lon) and math.isfinite(find.lat)):
            return
        cell = (math.floor(find.lat / _CELL_DEG), math.floor(find.lon / _CELL_DEG))
        self._cells.setdefault(cell, []).append((find.lon, find.lat, _what(find), find.find_id))

    def match(self, find: FindLike) -> Duplicate | None:
        """The known find this one duplicates (by id, uuid, then position), or None."""
        if find.find_id and find.find_id in self._ids:
            return Duplicate("id", find.find_id, 0.0)
        if getattr(find, "uuid", None) and find.uuid in self._uuids:
            return Duplicate("uuid", self._uuids[find.uuid], 0.0)
        if find.lon is None or find.lat is None or not (math.isfinite(find.lon) and math.isfinite(find.lat)):
            return None
        row, col = math.floor(find.lat / _CELL_DEG), math.floor(find.lon / _CELL_DEG)
        reach_lat = math.ceil(self.radius_m / (_CELL_DEG * 110_574.0))
        metres_per_lon_cell = _CELL_DEG * 111_320.0 * max(math.cos(math.radians(find.lat)), 1e-6)
        reach_lon = min(math.ceil(self.radius_m / metres_per_lon_cell), 10_000)
        what = _what(find)
        best: Duplicate | None = None
        for r in range(row - reach_lat, row + reach_lat + 1):
            for c in range(col - reach_lon, col + reach_lon + 1):
                for lon, lat, other_what, other_id in self._cells.get((r, c), ()):
                    if other_what != what:
                        continue
                    d = distance_m(find.lon, find.lat, lon, lat)
                    if d <= self.radius_m and (best is None or d < best.distance_m):
                        best = Duplicate("position", other_id, d)
        return best
