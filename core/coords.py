"""Coordinates as written in mine maps: decimal degrees, DMS, UTM, MGRS and SK-42 Gauss-Krüger.

Reading is in two steps so that a million rows stay fast: ``parse_coord`` turns one text into a
``Parsed`` (the CRS and the two numbers, no projection), and ``to_wgs84`` projects whole arrays at
once, one pyproj transformer per CRS. MGRS is read and written by ``mgrs`` as GEOTRANS does; the
polar UPS areas (bands A, B, Y, Z) are not supported and are rejected with that reason.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from pyproj.aoi import AreaOfInterest

from . import mgrs
from .coord_error import CoordError
from .mgrs import BANDS, COLUMN_SETS, ROW_LETTERS, band_letter, resolve_mgrs_northing, to_mgrs, utm_zone  # noqa: F401
from .proj import Transformer, datum_name, is_projected
from .text import tr

WGS84 = "EPSG:4326"
#: Pulkovo 1942 / Gauss-Kruger zones with an EPSG code 284zz.
SK42_ZONES = range(4, 33)


@dataclass(frozen=True)
class Parsed:
    """One coordinate text, read but not projected: ``x``/``y`` in ``crs`` (lon/lat for EPSG:4326)."""

    crs: str
    x: float
    y: float
    notation: str  # "dd", "dms", "utm", "mgrs", "sk42", "xy"
    note: str = ""
    band: str = ""  # MGRS: the latitude band; y is then the northing modulo 2,000 km


# -- small helpers ------------------------------------------------------------------------------
_CYRILLIC = str.maketrans({"Х": "X", "х": "X", "У": "Y", "у": "Y"})
_QUOTES = str.maketrans({"º": "°", "′": "'", "’": "'", "‘": "'", "″": '"', "”": '"', "“": '"'})
_UTM = re.compile(
    r"^(\d{1,2})\s*([C-HJ-NP-X])\s+(\d{4,7}(?:\.\d+)?)\s*M?\s*E?\s*[,;\s]\s*(\d{5,8}(?:\.\d+)?)\s*M?\s*N?$"
)
_SK42 = re.compile(
    r"^([XY])\s*[=:]?\s*(\d+(?:[.,]\d+)?)\s*M?\s*[,;\s]\s*([XY])\s*[=:]?\s*(\d+(?:[.,]\d+)?)\s*M?$"
)
_TOKEN = re.compile(r"(?P<num>[-+]?\d+(?:[.,]\d+)?)(?:\s*(?P<sym>°|''|'|\")|(?P<letter>D|M)(?![A-Z]))?|(?P<hem>[NSEW])")
#: "12.3S" after "01M" is seconds, not south.
_SECONDS_S = re.compile(r"(\d+M\s*\d+(?:[.,]\d+)?)S")
_ALLOWED_GEO = re.compile(r"^[\d\s.,;:°'\"NSEWDM+\-/]+$")


def epsg_utm(zone: int, north: bool) -> str:
    """The EPSG code of WGS 84 / UTM ``zone`` in one hemisphere."""
    return f"EPSG:{32600 + zone if north else 32700 + zone}"


def epsg_sk42(zone: int) -> str:
    """The EPSG code of Pulkovo 1942 / Gauss-Kruger ``zone`` (with the zone in front of the easting)."""
    return f"EPSG:{28400 + zone}"


def _number(text: str) -> float:
    return float(text.replace(",", "."))


# -- one text -> Parsed -------------------------------------------------------------------------
def parse_coord(text: object, crs: str | None = None) -> Parsed:
    """Read one coordinate text (see the module doc). ``crs`` is used for bare projected numbers.

    Raises CoordError naming the text and the reason.
    """
    raw = "" if text is None else str(text).strip()
    if not raw:
        raise CoordError(tr("the coordinate is empty"))
    s = " ".join(raw.translate(_CYRILLIC).translate(_QUOTES).upper().split())
    for parser in (_parse_utm, _parse_mgrs, _parse_sk42):
        parsed = parser(s, raw, crs)
        if parsed is not None:
            return parsed
    return _parse_plain(s, raw, crs)


def _parse_utm(s: str, raw: str, crs: str | None) -> Parsed | None:
    m = _UTM.match(s)
    if not m:
        return None
    zone = int(m.group(1))
    if not 1 <= zone <= 60:
        raise CoordError(tr("UTM zone {zone} in '{text}' is not 1-60").format(zone=zone, text=raw))
    band = m.group(2)
    return Parsed(epsg_utm(zone, band >= "N"), float(m.group(3)), float(m.group(4)), "utm")


def _parse_mgrs(s: str, raw: str, crs: str | None) -> Parsed | None:
    ref = mgrs.parse_mgrs(s, raw)
    if ref is None:
        return None
    return Parsed(epsg_utm(ref.zone, ref.north), ref.easting, ref.northing, "mgrs", band=ref.band)


def _parse_sk42(s: str, raw: str, crs: str | None) -> Parsed | None:
    m = _SK42.match(s)
    if not m:
        return None
    values = {m.group(1): _number(m.group(2)), m.group(3): _number(m.group(4))}
    if set(values) != {"X", "Y"}:
        raise CoordError(tr("'{text}' needs one X and one Y").format(text=raw))
    x_north, y_east = values["X"], values["Y"]
    zone = int(y_east // 1_000_000)
    given = _sk42_zone_of(crs)
    if zone == 0:
        if given is None:
            raise CoordError(tr("SK-42 '{text}': Y has no zone number in front (zone 8 is written 8612345) "
                                "and no Gauss-Kruger CRS is given").format(text=raw))
        zone, y_east = given, y_east + given * 1_000_000
    elif given is not None and given != zone:
        raise CoordError(tr("SK-42 '{text}': Y says zone {zone} but the CRS is zone {given}")
                         .format(text=raw, zone=zone, given=given))
    if zone not in SK42_ZONES:
        raise CoordError(tr("SK-42 '{text}': Gauss-Kruger zone {zone} is not supported (4-32)")
                         .format(text=raw, zone=zone))
    return Parsed(epsg_sk42(zone), y_east, x_north, "sk42")


def _sk42_zone_of(crs: str | None) -> int | None:
    if not crs:
        return None
    m = re.match(r"^EPSG:284(\d\d)$", crs.strip().upper())
    return int(m.group(1)) if m else None


def _parse_plain(s: str, raw: str, crs: str | None) -> Parsed:
    """Decimal degrees, DMS, or two bare projected numbers."""
    if not _ALLOWED_GEO.match(s):
        raise CoordError(tr("'{text}' is not a coordinate in any known notation "
                            "(decimal degrees, DMS, UTM, MGRS, SK-42)").format(text=raw))
    halves = _split_halves(s, raw)
    (nums_a, hem_a), (nums_b, hem_b) = halves
    plain = len(nums_a) == 1 and len(nums_b) == 1 and not hem_a and not hem_b
    if plain:
        a, b = nums_a[0][0], nums_b[0][0]
        if abs(a) > 180 or abs(b) > 180:
            return _bare_projected(a, b, raw, crs)
    va, vb = _half_value(nums_a, hem_a, raw), _half_value(nums_b, hem_b, raw)
    notation = "dd" if len(nums_a) == 1 and len(nums_b) == 1 and not any(
        sym for _, sym in nums_a + nums_b) else "dms"
    note = ""
    if hem_a in ("E", "W") and hem_b in ("N", "S"):
        lon, lat = va, vb
    elif hem_a in ("N", "S") and hem_b in ("N", "S") or hem_a in ("E", "W") and hem_b in ("E", "W"):
        raise CoordError(tr("'{text}' gives two latitudes or two longitudes").format(text=raw))
    elif hem_a in ("N", "S") or hem_b in ("E", "W"):
        lat, lon = va, vb
    elif abs(va) > 90 >= abs(vb):
        lat, lon = vb, va
        note = tr("latitude and longitude were swapped ({value:g} cannot be a latitude)").format(value=va)
    else:
        lat, lon = va, vb
    if abs(lat) > 90 or abs(lon) > 180:
        raise CoordError(tr("'{text}' is outside the range of latitude/longitude").format(text=raw))
    return Parsed(WGS84, lon, lat, notation, note)


def _bare_projected(a: float, b: float, raw: str, crs: str | None) -> Parsed:
    if not crs or not _is_projected(crs):
        raise CoordError(tr("'{text}' looks like projected coordinates but no projected CRS is given "
                            "(write the zone, e.g. '38T 612345 4432100', or set the CRS)").format(text=raw))
    zone = _sk42_zone_of(crs)
    if zone is not None and int(b // 1_000_000) == zone and int(a // 1_000_000) != zone:
        return Parsed(crs, b, a, "sk42", tr("read as X (northing) then Y (easting), the Gauss-Kruger order"))
    return Parsed(crs, a, b, "xy")


@lru_cache(maxsize=64)
def _is_projected(crs: str) -> bool:
    try:
        return is_projected(crs)
    except Exception:  # noqa: BLE001 - pyproj raises CRSError and others
        return False


def _split_halves(s: str, raw: str):
    """Split a geographic text into two halves of (numbers with symbols, hemisphere letter)."""
    tokens = []
    s = _SECONDS_S.sub(r'\1"', s)
    for m in _TOKEN.finditer(s):
        if m.group("hem"):
            tokens.append(("hem", m.group("hem")))
        else:
            sym = m.group("sym") or m.group("letter") or ""
            sym = {"D": "°", "M": "'", "''": '"'}.get(sym, sym)
            tokens.append(("num", (_number(m.group("num")), sym)))
    hems = [i for i, t in enumerate(tokens) if t[0] == "hem"]
    nums = [t[1] for t in tokens if t[0] == "num"]
    if len(hems) == 2:
        if hems[0] == 0:  # N40 01 12 E46 55 30
            a = [t[1] for t in tokens[1:hems[1]]]
            b = [t[1] for t in tokens[hems[1] + 1:]]
        else:  # 40 01 12 N 46 55 30 E
            if hems[1] != len(tokens) - 1:
                raise CoordError(tr("'{text}': cannot tell which numbers belong to which hemisphere")
                                 .format(text=raw))
            a = [t[1] for t in tokens[:hems[0]]]
            b = [t[1] for t in tokens[hems[0] + 1:hems[1]]]
        halves = ((a, tokens[hems[0]][1]), (b, tokens[hems[1]][1]))
    elif not hems:
        degree_marks = [i for i, (_, sym) in enumerate(nums) if sym == "°"]
        if len(degree_marks) == 2:
            cut = degree_marks[1]
        elif len(nums) % 2 == 0 and 2 <= len(nums) <= 6:
            cut = len(nums) // 2
        else:
            raise CoordError(tr("'{text}' does not split into a latitude and a longitude").format(text=raw))
        halves = ((nums[:cut], ""), (nums[cut:], ""))
    else:
        raise CoordError(tr("'{text}' has one hemisphere letter; give both or none").format(text=raw))
    for numbers, _ in halves:
        if not 1 <= len(numbers) <= 3:
            raise CoordError(tr("'{text}' does not split into a latitude and a longitude").format(text=raw))
    return halves


def _half_value(numbers, hemisphere: str, raw: str) -> float:
    values = [v for v, _ in numbers]
    deg = values[0]
    if len(values) > 1:
        if deg != int(deg):
            raise CoordError(tr("'{text}': degrees with a fraction cannot be followed by minutes").format(text=raw))
        if any(v < 0 or v >= 60 for v in values[1:]):
            raise CoordError(tr("'{text}': minutes and seconds must be between 0 and 60").format(text=raw))
    sign = -1.0 if deg < 0 or str(deg).startswith("-") else 1.0
    value = abs(deg) + sum(v / 60.0 ** i for i, v in enumerate(values[1:], start=1))
    if hemisphere in ("S", "W"):
        sign = -1.0
    return sign * value


def parse_angle_coordinate(text: object, axis: str) -> float:
    """One latitude or longitude (``axis`` 'lat' or 'lon') in decimal degrees or DMS."""
    raw = "" if text is None else str(text).strip()
    if not raw:
        raise CoordError(tr("the {axis} is empty").format(axis=_axis_name(axis)))
    s = " ".join(raw.translate(_QUOTES).upper().split())
    if not _ALLOWED_GEO.match(s):
        raise CoordError(tr("{axis} '{text}' is not a number").format(axis=_axis_name(axis), text=raw))
    numbers, hemisphere = [], ""
    for m in _TOKEN.finditer(_SECONDS_S.sub(r'\1"', s)):
        if m.group("hem"):
            if hemisphere:
                raise CoordError(tr("{axis} '{text}' has two hemisphere letters").format(
                    axis=_axis_name(axis), text=raw))
            hemisphere = m.group("hem")
        else:
            numbers.append((_number(m.group("num")), m.group("sym") or m.group("letter") or ""))
    if not 1 <= len(numbers) <= 3:
        raise CoordError(tr("{axis} '{text}' is not a number").format(axis=_axis_name(axis), text=raw))
    if axis == "lat" and hemisphere in ("E", "W") or axis == "lon" and hemisphere in ("N", "S"):
        raise CoordError(tr("{axis} '{text}' has the hemisphere letter of the other axis").format(
            axis=_axis_name(axis), text=raw))
    return _half_value(numbers, hemisphere, raw)


def _axis_name(axis: str) -> str:
    return tr("latitude") if axis == "lat" else tr("longitude")


# -- arrays of numbers --------------------------------------------------------------------------
def to_float_array(texts) -> tuple[np.ndarray, np.ndarray]:
    """Texts as floats (comma decimals accepted): (values, ok mask). Vectorised when all are numbers."""
    arr = np.asarray(texts, dtype=object)
    try:
        values = arr.astype(float)
        return values, np.isfinite(values)
    except (TypeError, ValueError):
        pass
    values = np.full(len(arr), np.nan)
    for i, text in enumerate(arr):
        try:
            values[i] = float(str(text).strip().replace(",", "."))
        except (TypeError, ValueError):
            continue
    return values, np.isfinite(values)


@lru_cache(maxsize=64)
def _transformer(source: str, target: str, aoi: tuple[float, float, float, float] | None = None) -> Transformer:
    area = AreaOfInterest(*aoi) if aoi else None
    return Transformer.from_crs(source, target, always_xy=True, area_of_interest=area)


@lru_cache(maxsize=64)
def _shifts_datum(crs: str) -> bool:
    """True when going from ``crs`` to WGS 84 changes datum (the transformation then depends on the area)."""
    try:
        name = datum_name(crs).lower()
    except Exception:  # noqa: BLE001 - pyproj raises CRSError and others
        return True
    return not ("world geodetic system 1984" in name or name == "wgs84")


def to_wgs84(crs: str, x, y) -> tuple[np.ndarray, np.ndarray]:
    """Project arrays of x/y in ``crs`` to WGS 84 lon/lat; non-finite where they do not project.

    A datum shift (SK-42 -> WGS 84) is chosen for the area of the points themselves.
    """
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    if crs.upper() in (WGS84, "EPSG:4326", "WGS84"):
        return x.copy(), y.copy()
    lon, lat = _transformer(crs, WGS84).transform(x, y)
    lon, lat = np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)
    ok = np.isfinite(lon) & np.isfinite(lat)
    if ok.any() and _shifts_datum(crs):
        aoi = (float(lon[ok].min()), float(lat[ok].min()), float(lon[ok].max()), float(lat[ok].max()))
        aoi = tuple(round(v, 1) for v in aoi)
        lon, lat = _transformer(crs, WGS84, aoi).transform(x, y)
        lon, lat = np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)
    bad = ~(np.isfinite(lon) & np.isfinite(lat)) | (np.abs(lat) > 90) | (np.abs(lon) > 180)
    lon[bad] = np.nan
    lat[bad] = np.nan
    return lon, lat


def from_wgs84(crs: str, lon, lat) -> tuple[np.ndarray, np.ndarray]:
    """WGS 84 lon/lat arrays projected into ``crs``."""
    x, y = _transformer(WGS84, crs).transform(np.asarray(lon, dtype=float), np.asarray(lat, dtype=float))
    return np.asarray(x, dtype=float), np.asarray(y, dtype=float)


def parsed_to_wgs84(items: list[Parsed]) -> tuple[np.ndarray, np.ndarray]:
    """Project many Parsed at once (grouped by CRS and MGRS band): lon, lat arrays (NaN = failed)."""
    n = len(items)
    lon, lat = np.full(n, np.nan), np.full(n, np.nan)
    groups: dict[tuple[str, str], list[int]] = {}
    for i, item in enumerate(items):
        groups.setdefault((item.crs, item.band), []).append(i)
    for (crs, band), idx in groups.items():
        index = np.asarray(idx)
        x = np.array([items[i].x for i in idx])
        y = np.array([items[i].y for i in idx])
        if band:
            zone = int(crs[-2:])
            y = resolve_mgrs_northing(zone, band, x, y)
        lon[index], lat[index] = to_wgs84(crs, x, y)
    return lon, lat


def parse_to_wgs84(text: object, crs: str | None = None) -> tuple[float, float, Parsed]:
    """One text to (lon, lat, Parsed). Raises CoordError when it cannot be read or projected."""
    parsed = parse_coord(text, crs)
    lon, lat = parsed_to_wgs84([parsed])
    if not (math.isfinite(lon[0]) and math.isfinite(lat[0])):
        raise CoordError(tr("'{text}' does not lie in {crs}'s area; it cannot be projected")
                         .format(text=text, crs=parsed.crs))
    return float(lon[0]), float(lat[0]), parsed
