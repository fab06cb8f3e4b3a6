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

from . import geotext, mgrs
from .datum import DatumPolicy
from .datum import transformer as datum_transformer
from .errors import CoordError, OutOfRangeError
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
    #: Another reading of the same text (lon-first, zone south), taken only when the record's other
    #: points or the expected area say so; its note says which reading it is.
    alternative: Parsed | None = None
    #: Why this reading is in doubt (only the other way round is possible): it stands only when the
    #: record's other points or the expected area confirm it.
    doubt: str = ""


# -- small helpers ------------------------------------------------------------------------------
_CYRILLIC = str.maketrans({"Х": "X", "х": "X", "У": "Y", "у": "Y", "М": "M", "м": "M"})
_QUOTES = str.maketrans({"º": "°", "′": "'", "’": "'", "‘": "'", "″": '"', "”": '"', "“": '"'})
#: A number as written in a projected coordinate: thousands grouped by one separator, or a decimal comma.
_NUM = r"\d{{1,3}}(?P<{n}s>[ ,.'])\d{{3}}(?:(?P={n}s)\d{{3}})*(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)?"
_VALUE = r"(?P<{n}l>[EN])?\s*(?P<{n}>" + _NUM + r")\s*(?:M(?![A-DF-MO-Z]))?\s*(?P<{n}r>[EN](?![A-Z]))?"
_UTM = re.compile(
    r"^(?P<prefix>UTM\s*(?:ZONE\s*)?|ZONE\s*)?(?P<zone>\d{1,2})\s*"
    r"(?P<band>[C-HJ-NP-X](?![A-Z])|NORTH|SOUTH)?\s*[,;]?\s*"
    + _VALUE.format(n="a") + r"\s*[,;\s]\s*" + _VALUE.format(n="b") + "$"
)
_SK_NUM = r"\d{1,3}(?: \d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_SK42 = re.compile(
    rf"^([XY])\s*[=:]?\s*({_SK_NUM})\s*(?:M|М)?\s*[,;\s]\s*([XY])\s*[=:]?\s*({_SK_NUM})\s*(?:M|М)?$"
)
#: Northings of the latitudes 80°S and 84°N, and the metres of one degree of latitude near enough
#: to tell a band (8°) from another.
_UTM_SOUTH_MIN, _UTM_NORTH_MAX, _M_PER_DEGREE = 1_100_000, 9_330_000, 110_900


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
    if not m or not (m.group("band") or m.group("prefix")):
        return None
    zone = int(m.group("zone"))
    if not 1 <= zone <= 60:
        raise CoordError(tr("UTM zone {zone} in '{text}' is not 1-60").format(zone=zone, text=raw))
    values = [(_projected_number(m.group(n)), m.group(n + "l") or m.group(n + "r") or "") for n in ("a", "b")]
    letters = [letter for _, letter in values]
    if letters == ["N", "E"]:
        values.reverse()
    elif "" not in letters and letters != ["E", "N"] or letters.count("E") > 1 or letters.count("N") > 1:
        raise CoordError(tr("'{text}' needs one easting (E) and one northing (N)").format(text=raw))
    (easting, _), (northing, _) = values
    if not 100_000 <= easting <= 900_000:
        raise CoordError(tr("UTM easting {value:,.0f} m in '{text}' is outside a zone (100,000-900,000 m)").format(
            value=easting, text=raw))
    if not 0 <= northing <= 10_000_000:
        raise CoordError(tr("UTM northing {value:,.0f} m in '{text}' is outside 0-10,000,000 m").format(
            value=northing, text=raw))
    return _utm_reading(zone, (m.group("band") or "").upper(), easting, northing, raw)


def _projected_number(text: str) -> float:
    """A metre value as written: '4 432 100', '4,432,100', '612345,5' (a decimal comma)."""
    groups = re.fullmatch(r"(\d{1,3})([ ,.'])(\d{3}(?:\2\d{3})*)([.,]\d+)?", text)
    if groups:
        return float(groups.group(1) + groups.group(3).replace(groups.group(2), "")
                     + (groups.group(4) or "").replace(",", "."))
    return _number(text)


def _utm_reading(zone: int, band: str, easting: float, northing: float, raw: str) -> Parsed:
    """The position a UTM text names: its band letter checked against the northing; 'S' also read
    as 'south' (and 'N' as 'north') where the band would not fit."""
    if band in ("NORTH", "SOUTH"):
        return Parsed(epsg_utm(zone, band == "NORTH"), easting, northing, "utm")
    if not band:
        raise CoordError(tr("'{text}' needs a latitude band or a hemisphere after the zone "
                            "(e.g. 38T, 38 north)").format(text=raw))
    lat_north = northing / _M_PER_DEGREE
    lat_south = -(10_000_000 - northing) / _M_PER_DEGREE
    low = BANDS.index(band) * 8 - 80
    high = low + (12 if band == "X" else 8)
    lat = lat_north if band >= "N" else lat_south
    fits = low - 1 <= lat <= high + 1 and (band < "N" or northing <= _UTM_NORTH_MAX) and (
        band >= "N" or northing >= _UTM_SOUTH_MIN)
    north = Parsed(epsg_utm(zone, True), easting, northing, "utm")
    south = Parsed(epsg_utm(zone, False), easting, northing, "utm")
    if band == "N" and not fits:  # "38N": the northern hemisphere, as many programs write it
        return Parsed(north.crs, easting, northing, "utm",
                      tr("'{zone}N' read as zone {zone} north (band N would be 0°-8°N)").format(zone=zone))
    if band == "S":
        as_south = Parsed(south.crs, easting, northing, "utm",
                          tr("'{zone}S' read as zone {zone} south, not band S (32°N-40°N)").format(zone=zone))
        if fits:
            return Parsed(north.crs, easting, northing, "utm", alternative=as_south if northing >= _UTM_SOUTH_MIN
                          else None)
        if northing >= _UTM_SOUTH_MIN:
            return as_south
    if not fits:
        actual = lat_north if band >= "N" else lat_south
        raise CoordError(tr("'{text}': band {band} covers {low}-{high} but the northing lies near {lat}; "
                            "check the band letter (or write the hemisphere: {zone} north / {zone} south)").format(
            text=raw, band=band, low=geotext.latitude_text(low), high=geotext.latitude_text(high),
            lat=geotext.latitude_text(actual), zone=zone))
    return north if band >= "N" else south


def _parse_mgrs(s: str, raw: str, crs: str | None) -> Parsed | None:
    ref = mgrs.parse_mgrs(s, raw)
    if ref is None:
        return None
    return Parsed(epsg_utm(ref.zone, ref.north), ref.easting, ref.northing, "mgrs", band=ref.band)


def _parse_sk42(s: str, raw: str, crs: str | None) -> Parsed | None:
    m = _SK42.match(s)
    if not m:
        return None
    values = {m.group(1): _projected_number(m.group(2)), m.group(3): _projected_number(m.group(4))}
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
    """Decimal degrees, DMS, or two bare projected numbers (geotext reads the text)."""
    items = geotext.tokens(geotext.normalise(raw), raw)
    numbers = [t for t in items if isinstance(t, geotext.Number)]
    if not numbers:
        raise CoordError(tr("'{text}' is not a coordinate in any known notation "
                            "(decimal degrees, DMS, UTM, MGRS, SK-42)").format(text=raw))
    parts = geotext.halves(items, raw)
    if len(parts) != 2:
        raise CoordError(tr("'{text}' does not split into a latitude and a longitude").format(text=raw))
    a, b = parts
    plain = len(a.numbers) == 1 and len(b.numbers) == 1 and not (a.hemisphere or b.hemisphere or a.axis or b.axis)
    if plain and not (a.numbers[0].mark or b.numbers[0].mark) and (a.numbers[0].value > 180
                                                                   or b.numbers[0].value > 180):
        return _bare_projected(a.numbers[0].value * (a.numbers[0].sign or 1),
                               b.numbers[0].value * (b.numbers[0].sign or 1), raw, crs)
    notation = "dd" if all(len(h.numbers) == 1 and not h.numbers[0].mark and not geotext.is_compact(h)
                           for h in parts) else "dms"
    if a.axis and b.axis and a.axis == b.axis:
        raise CoordError(tr("'{text}' gives two latitudes or two longitudes").format(text=raw))
    if a.axis or b.axis:  # a hemisphere or label says which is which
        lat_half, lon_half = (a, b) if a.axis == "lat" or b.axis == "lon" else (b, a)
        return Parsed(WGS84, geotext.value(lon_half, "lon", raw), geotext.value(lat_half, "lat", raw), notation)
    # nothing says which is which: latitude first, as most records write it; the other reading is kept
    readings = []
    for lat_half, lon_half in ((a, b), (b, a)):
        try:
            readings.append((geotext.value(lon_half, "lon", raw), geotext.value(lat_half, "lat", raw)))
        except CoordError as exc:
            readings.append(exc)
    first, second = readings
    if isinstance(first, CoordError) and isinstance(second, CoordError):
        if isinstance(first, OutOfRangeError) and isinstance(second, OutOfRangeError):
            raise CoordError(tr("'{text}' is outside the range of latitude/longitude").format(text=raw))
        raise first
    if isinstance(first, CoordError):
        lon, lat = second
        written = a.numbers[0].value * (a.numbers[0].sign or 1)
        return Parsed(WGS84, lon, lat, notation, tr("latitude and longitude were swapped ({value:g} cannot be a "
                                                    "latitude)").format(value=written),
                      doubt=tr("{value:g} cannot be a latitude; read the other way round").format(value=written))
    lon, lat = first
    alternative = None
    if not isinstance(second, CoordError):
        alternative = Parsed(WGS84, second[0], second[1], notation,
                             tr("read longitude first (latitude first would not fit the other points)"))
    return Parsed(WGS84, lon, lat, notation, alternative=alternative)


def _bare_projected(a: float, b: float, raw: str, crs: str | None) -> Parsed:
    if not crs or not projected(crs):
        raise CoordError(tr("'{text}' looks like projected coordinates but no projected CRS is given "
                            "(write the zone, e.g. '38T 612345 4432100', or set the CRS)").format(text=raw))
    zone = _sk42_zone_of(crs)
    if zone is not None and int(b // 1_000_000) == zone and int(a // 1_000_000) != zone:
        return Parsed(crs, b, a, "sk42", tr("read as X (northing) then Y (easting), the Gauss-Kruger order"))
    return Parsed(crs, a, b, "xy")


@lru_cache(maxsize=64)
def projected(crs: str) -> bool:
    """Whether ``crs`` (an authority code or definition) is a projected CRS; False for one that
    cannot be read."""
    try:
        return is_projected(crs)
    except Exception:  # noqa: BLE001 - pyproj raises CRSError and others
        return False


def parse_angle_coordinate(text: object, axis: str) -> float:
    """One latitude or longitude (``axis`` 'lat' or 'lon') in decimal degrees or DMS."""
    raw = "" if text is None else str(text).strip()
    if not raw:
        raise CoordError(tr("the {axis} is empty").format(axis=_axis_name(axis)))
    try:
        items = geotext.tokens(geotext.normalise(raw), raw)
    except CoordError as exc:
        raise CoordError(tr("{axis} {reason}").format(axis=_axis_name(axis), reason=exc)) from None
    if not any(isinstance(t, geotext.Number) for t in items) or any(
            isinstance(t, tuple) and t[0] == "sep" for t in items):
        raise CoordError(tr("{axis} '{text}' is not a number").format(axis=_axis_name(axis), text=raw))
    half = geotext.halves(items, raw, single=True)[0]
    if half.axis and half.axis != axis:
        raise CoordError(tr("{axis} '{text}' has the hemisphere letter of the other axis").format(
            axis=_axis_name(axis), text=raw))
    return geotext.value(half, axis, raw)


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
def _transformer(source: str, target: str) -> Transformer:
    return Transformer.from_crs(source, target, always_xy=True)


@lru_cache(maxsize=64)
def _shifts_datum(crs: str) -> bool:
    """True when going from ``crs`` to WGS 84 changes datum (the transformation then depends on the area)."""
    try:
        name = datum_name(crs).lower()
    except Exception:  # noqa: BLE001 - pyproj raises CRSError and others
        return True
    return not ("world geodetic system 1984" in name or name == "wgs84")


def to_wgs84(crs: str, x, y, datum: DatumPolicy | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Project arrays of x/y in ``crs`` to WGS 84 lon/lat; non-finite where they do not project.

    A datum shift (SK-42 -> WGS 84) is one transformation for all the points, chosen by ``datum``
    (the import's policy: core.datum) or, without one, for the area of these points.
    """
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    if crs.upper() in (WGS84, "EPSG:4326", "WGS84"):
        return x.copy(), y.copy()
    lon, lat = _transformer(crs, WGS84).transform(x, y)
    lon, lat = np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)
    ok = np.isfinite(lon) & np.isfinite(lat)
    if ok.any() and _shifts_datum(crs):
        choice = (datum or DatumPolicy()).choice(crs, lon, lat)
        lon, lat = datum_transformer(choice).transform(x, y)
        lon, lat = np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)
    bad = ~(np.isfinite(lon) & np.isfinite(lat)) | (np.abs(lat) > 90) | (np.abs(lon) > 180)
    lon[bad] = np.nan
    lat[bad] = np.nan
    return lon, lat


def from_wgs84(crs: str, lon, lat) -> tuple[np.ndarray, np.ndarray]:
    """WGS 84 lon/lat arrays projected into ``crs``."""
    x, y = _transformer(WGS84, crs).transform(np.asarray(lon, dtype=float), np.asarray(lat, dtype=float))
    return np.asarray(x, dtype=float), np.asarray(y, dtype=float)


def parsed_to_wgs84(items: list[Parsed], datum: DatumPolicy | None = None) -> tuple[np.ndarray, np.ndarray]:
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
        lon[index], lat[index] = to_wgs84(crs, x, y, datum)
    return lon, lat


def parse_to_wgs84(text: object, crs: str | None = None) -> tuple[float, float, Parsed]:
    """One text to (lon, lat, Parsed). Raises CoordError when it cannot be read or projected."""
    parsed = parse_coord(text, crs)
    lon, lat = parsed_to_wgs84([parsed])
    if not (math.isfinite(lon[0]) and math.isfinite(lat[0])):
        raise CoordError(tr("'{text}' does not lie in {crs}'s area; it cannot be projected")
                         .format(text=text, crs=parsed.crs))
    return float(lon[0]), float(lat[0]), parsed


def most_common_utm(points) -> str | None:
    """The EPSG code of the UTM zone (and hemisphere) that holds most of ``points`` ((lon, lat) pairs);
    None when there are none. A tie goes to the zone of the lower number."""
    counts: dict[tuple[int, bool], int] = {}
    for lon, lat in points:
        if not (math.isfinite(lon) and math.isfinite(lat)) or abs(lat) > 84:
            continue
        key = (utm_zone(lon, lat), lat >= 0)
        counts[key] = counts.get(key, 0) + 1
    if not counts:
        return None
    zone, north = max(sorted(counts), key=lambda key: counts[key])
    return epsg_utm(zone, north)
