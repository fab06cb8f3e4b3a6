"""MGRS references over WGS 84 / UTM, written and read as GEOTRANS (NGA's reference implementation) does.

Writing (``to_mgrs``):

* the latitude band is the 8° band of the point (X runs 72-84°N); like GEOTRANS, a point less than
  1 µm below a band edge is in the upper band, and the UTM part of MGRS runs from 80°S to 84°N with
  GEOTRANS's slack of 1.75e-7 rad (about 1 m) at either end;
* the zone is the natural 6° zone, a point less than 0.5 mm west of a zone edge being in the next
  zone, except zone 32 from 3°E in band V (Norway) and zones 31, 33, 35 and 37 over 0-42°E in band X
  (Svalbard: zones 32, 34 and 36 do not exist there);
* easting and northing are truncated to the precision after GEOTRANS's 0.499 mm allowance: a point a
  hair under a 100 km line is written on the line, in the next square, never with six digits. The
  allowance makes GEOTRANS write two kinds of reference that it then refuses to read, and so do we:
  31V E.. for the 0.5 mm just west of 3°E between 56° and 64°N, and band M with northing 0 for the
  6 mm just south of the equator (both name a square that does not exist).

Reading (``parse_mgrs``): a reference names a cell (1 m at five digits, 100 km at none); the
position read is the centre of the cell, as GEOTRANS 3.10 reads it (its earlier versions gave the
south-west corner). The 2,000 km cycle of the northing is GEOTRANS's: each band's lowest northing
in a table (``resolve_mgrs_northing``, vectorised, no projection). Spaces anywhere, lowercase and a
one-digit zone are read. Refused, with the reason: an odd number of digits, more than five each,
zone 0 or above 60, the letters I and O, a column or row letter that does not exist, a 100 km square
that lies outside its zone's actual area in its band (by more than 1 m; GEOTRANS reads those, some
with a warning) and, like GEOTRANS, a cell north of 84.5°N. Stricter than GEOTRANS, which joins
groups of digits: easting and northing written as two groups must have as many digits each, and
more than two groups are refused. The polar UPS areas (bands A, B, Y, Z) are not supported.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from .errors import CoordError
from .proj import Transformer
from .text import tr

WGS84 = "EPSG:4326"
#: MGRS latitude bands from 80°S, 8° each (X covers 72-84°N).
BANDS = "CDEFGHJKLMNPQRSTUVWX"
#: 100 km column letters, by zone set (zone 1, 4, ... use set 0).
COLUMN_SETS = ("ABCDEFGH", "JKLMNPQR", "STUVWXYZ")
#: 100 km row letters; even zones start 5 letters on.
ROW_LETTERS = "ABCDEFGHJKLMNPQRSTUV"

_RAD = math.pi / 180.0
#: GEOTRANS's slack at the ends of the UTM part of MGRS, in radians (about 1e-5 degree).
_EPSILON = 1.75e-7
#: GEOTRANS's allowance before truncating a grid value, in metres.
_EPSILON2 = 4.99e-4
_ZONE_PAD = _EPSILON2 / 6378137.0
_SIX = 6.0 * _RAD
_EIGHT = 8.0 * _RAD
_LAT_72 = 72.0 * _RAD
_LAT_80 = 80.0 * _RAD
_LAT_84_5 = 84.5 * _RAD
_MIN_LAT = -80.0 * _RAD - _EPSILON
_MAX_LAT = 84.0 * _RAD + _EPSILON
#: Per band: the lowest northing of its rows and the northing added to a row's place in the 2,000 km cycle.
_BAND_NORTHINGS = {
    "C": (1_100_000, 0), "D": (2_000_000, 2_000_000), "E": (2_800_000, 2_000_000), "F": (3_700_000, 2_000_000),
    "G": (4_600_000, 4_000_000), "H": (5_500_000, 4_000_000), "J": (6_400_000, 6_000_000),
    "K": (7_300_000, 6_000_000), "L": (8_200_000, 8_000_000), "M": (9_100_000, 8_000_000),
    "N": (0, 0), "P": (800_000, 0), "Q": (1_700_000, 0), "R": (2_600_000, 2_000_000), "S": (3_500_000, 2_000_000),
    "T": (4_400_000, 4_000_000), "U": (5_300_000, 4_000_000), "V": (6_200_000, 6_000_000),
    "W": (7_000_000, 6_000_000), "X": (7_900_000, 6_000_000),
}
#: Band X: the zones that Svalbard's widened zones replace, and which one takes each half.
_SVALBARD = {32: (31, 33), 34: (33, 35), 36: (35, 37)}
_SVALBARD_AREAS = {31: (0.0, 9.0), 33: (9.0, 21.0), 35: (21.0, 33.0), 37: (33.0, 42.0)}

#: Zone digits, three letters, then digits; spaces anywhere between (the text is upper case).
_SHAPE = re.compile(r"^(\d*)\s*([A-Z])\s*([A-Z])\s*([A-Z])\s*([\d\s]*)$")


@dataclass(frozen=True)
class Reference:
    """An MGRS reference read: the cell centre in UTM ``zone``, ``northing`` modulo 2,000 km."""

    zone: int
    band: str
    easting: float
    northing: float
    precision: int

    @property
    def north(self) -> bool:
        return self.band >= "N"


def _epsg(zone: int, north: bool) -> str:
    return f"EPSG:{32600 + zone if north else 32700 + zone}"


@lru_cache(maxsize=256)
def _transformer(source: str, target: str) -> Transformer:
    return Transformer.from_crs(source, target, always_xy=True)


# -- latitude band and zone --------------------------------------------------------------------------
def _in_utm_area(lat: float) -> bool:
    phi = lat * _RAD
    return _MIN_LAT <= phi < _MAX_LAT


def band_letter(lat: float) -> str:
    """The MGRS latitude band of a latitude (80°S-84°N as GEOTRANS bounds it)."""
    if not (math.isfinite(lat) and _in_utm_area(lat)):
        raise CoordError(tr("latitude {lat:g} is in a polar (UPS) area").format(lat=lat))
    phi = lat * _RAD
    if phi >= _LAT_72:
        return "X"
    return BANDS[max(int((phi + _LAT_80) / _EIGHT + 1e-12), 0)]


def _natural_zone(lon: float) -> int:
    lam = lon * _RAD
    if lam < math.pi:
        zone = int(31 + (lam + _ZONE_PAD) / _SIX)
    else:
        zone = int((lam + _ZONE_PAD) / _SIX - 29)
    return 1 if zone > 60 else zone


def _east_of_meridian(lon: float, zone: int) -> bool:
    """Whether ``lon`` is on or east of the central meridian of ``zone`` (exactly; GEOTRANS's easting >= 500 km)."""
    difference = lon - (6 * zone - 183)
    while difference >= 180.0:
        difference -= 360.0
    while difference < -180.0:
        difference += 360.0
    return difference >= 0.0


def _zone_in_band(lon: float, band: str) -> int:
    zone = _natural_zone(lon)
    if band == "V" and zone == 31 and _east_of_meridian(lon, 31):
        return 32
    if band == "X" and zone in _SVALBARD:
        return _SVALBARD[zone][_east_of_meridian(lon, zone)]
    return zone


def utm_zone(lon: float, lat: float) -> int:
    """The UTM zone of a point as MGRS writes it, with the Norway and Svalbard exceptions."""
    if math.isfinite(lat) and _in_utm_area(lat):
        return _zone_in_band(lon, band_letter(lat))
    return _natural_zone(lon)


# -- writing ------------------------------------------------------------------------------------------
def to_mgrs(lon: float, lat: float, precision: int = 5) -> str:
    """The MGRS reference of a WGS 84 point (``precision`` digits each for easting and northing)."""
    if precision not in range(6):
        raise CoordError(tr("MGRS precision {precision} is not 0-5").format(precision=precision))
    precision, lon, lat = int(precision), float(lon), float(lat)
    if not (math.isfinite(lat) and -90.0 <= lat <= 90.0):
        raise CoordError(tr("latitude {lat:g} is not between -90 and 90").format(lat=lat))
    if not (math.isfinite(lon) and -180.0 <= lon <= 360.0):
        raise CoordError(tr("longitude {lon:g} is not between -180 and 360").format(lon=lon))
    band = band_letter(lat)
    zone = _zone_in_band(lon, band)
    phi = lat * _RAD
    # GEOTRANS puts a point less than 1e-9 rad south of the equator on it (northern hemisphere).
    on_equator = -1e-9 < phi < 0.0
    north = phi >= 0.0 or on_equator
    easting, northing = _transformer(WGS84, _epsg(zone, north)).transform(lon, 0.0 if on_equator else lat)
    if not 100_000.0 <= easting <= 900_000.0:
        raise CoordError(tr("longitude {lon:g} lies outside UTM zone {zone}").format(lon=lon, zone=zone))
    divisor = 10.0 ** (5 - precision)
    easting = int((easting + _EPSILON2) / divisor) * divisor
    northing = int((northing + _EPSILON2) / divisor) * divisor
    if phi <= 0.0 and northing == 10_000_000.0:
        northing = 0.0
    column = COLUMN_SETS[(zone - 1) % 3][int(easting / 100_000) - 1]
    cycle = math.fmod(northing, 2_000_000.0) + (500_000.0 if zone % 2 == 0 else 0.0)
    if cycle >= 2_000_000.0:
        cycle -= 2_000_000.0
    row = ROW_LETTERS[int(cycle / 100_000)]
    if not precision:
        return f"{zone:02d}{band}{column}{row}"
    east = int((min(math.fmod(easting, 100_000.0), 99_999.0) + _EPSILON2) / divisor)
    north_digits = int((min(math.fmod(northing, 100_000.0), 99_999.0) + _EPSILON2) / divisor)
    return f"{zone:02d}{band}{column}{row}{east:0{precision}d}{north_digits:0{precision}d}"


# -- reading ------------------------------------------------------------------------------------------
def resolve_mgrs_northing(zone: int, band: str, easting: np.ndarray, northing_mod: np.ndarray) -> np.ndarray:
    """Full UTM northings for MGRS positions: the 2,000 km cycle GEOTRANS takes for the band.

    ``northing_mod`` is the northing modulo 2,000 km (as ``parse_mgrs`` gives it); ``easting`` is
    not needed and kept for the callers' sake.
    """
    lowest, offset = _BAND_NORTHINGS[band]
    northing = np.asarray(northing_mod, dtype=float) + offset
    return np.where(northing < lowest, northing + 2_000_000.0, northing)


def _full_northing(band: str, northing_mod: float) -> float:
    lowest, offset = _BAND_NORTHINGS[band]
    northing = northing_mod + offset
    return northing + 2_000_000.0 if northing < lowest else northing


def parse_mgrs(text: str, raw: str | None = None) -> Reference | None:
    """Read an MGRS reference; None when ``text`` does not have the shape of one.

    ``raw`` is the text as the user wrote it, for the messages. Raises CoordError naming the text
    and the reason when it has the shape of an MGRS reference but is not a valid one.
    """
    raw = text if raw is None else raw
    m = _SHAPE.match(" ".join(str(text).upper().split()))
    if not m:
        return None
    zone_text, band, column, row, digits = m.groups()
    if band in "ABYZ":
        raise CoordError(tr("'{text}' is a polar (UPS) MGRS reference; only UTM areas (80°S-84°N) are supported")
                         .format(text=raw))
    if not zone_text:
        raise CoordError(tr("MGRS '{text}' has no zone number (1-60) before the band letter").format(text=raw))
    zone = int(zone_text)
    if len(zone_text) > 2 or not 1 <= zone <= 60:
        raise CoordError(tr("MGRS zone {zone} in '{text}' is not 1-60").format(zone=zone_text, text=raw))
    letters_io = [letter for letter in (band, column, row) if letter in "IO"]
    if letters_io:
        raise CoordError(tr("MGRS '{text}': the letter {letter} is not used in MGRS (I and O never are)")
                         .format(text=raw, letter=letters_io[0]))
    easting_digits, northing_digits = _split_digits(digits.split(), raw)
    precision = len(easting_digits)
    columns = COLUMN_SETS[(zone - 1) % 3]
    if column not in columns:
        raise CoordError(tr("MGRS '{text}': column letter {letter} does not exist in zone {zone} "
                            "(its columns are {first}-{last})")
                         .format(text=raw, letter=column, zone=zone, first=columns[0], last=columns[-1]))
    if row not in ROW_LETTERS:
        raise CoordError(tr("MGRS '{text}': row letter {letter} does not exist (rows are A-V)")
                         .format(text=raw, letter=row))
    if band == "X" and zone in _SVALBARD:
        raise CoordError(tr("MGRS '{text}': zone {zone} does not exist in band X (over Svalbard, zones 31, 33, "
                            "35 and 37 are widened to replace zones 32, 34 and 36)").format(text=raw, zone=zone))
    scale = 10 ** (5 - precision)
    square_e = (columns.index(column) + 1) * 100_000
    square_n = ((ROW_LETTERS.index(row) - (5 if zone % 2 == 0 else 0)) % 20) * 100_000
    easting = square_e + (int(easting_digits) * scale if precision else 0) + scale / 2
    northing_mod = square_n + (int(northing_digits) * scale if precision else 0) + scale / 2
    square_full = _full_northing(band, square_n)
    _check_square(raw, zone, band, column, row, square_e, square_full)
    if band == "X" and square_full >= 9_200_000:
        _check_north_end(raw, zone, easting, square_full - square_n + northing_mod, precision)
    return Reference(zone, band, float(easting), float(northing_mod), precision)


def _split_digits(groups: list[str], raw: str) -> tuple[str, str]:
    if len(groups) > 2:
        raise CoordError(tr("MGRS '{text}': write the easting and northing as one group of digits or as two")
                         .format(text=raw))
    if len(groups) == 2:
        easting, northing = groups
        if len(easting) != len(northing) or len(easting) > 5:
            raise CoordError(tr("MGRS '{text}' needs the same number of easting and northing digits (at most 5)")
                             .format(text=raw))
        return easting, northing
    digits = groups[0] if groups else ""
    if len(digits) % 2:
        raise CoordError(tr("MGRS '{text}' has an odd number of digits").format(text=raw))
    if len(digits) > 10:
        raise CoordError(tr("MGRS '{text}' has more than 5 digits each for easting and northing").format(text=raw))
    half = len(digits) // 2
    return digits[:half], digits[half:]


def _check_north_end(raw: str, zone: int, easting: float, northing: float, precision: int) -> None:
    """GEOTRANS refuses a cell north of 84.5°N (by more than its slack)."""
    _, lat = _transformer(_epsg(zone, True), WGS84).transform(easting, northing)
    phi = float(lat) * _RAD
    if phi >= _LAT_84_5 + _EPSILON or phi > _LAT_84_5 + _RAD / 10 ** precision:
        raise CoordError(tr("MGRS '{text}' lies north of 84.5°N, beyond the UTM part of MGRS").format(text=raw))


# -- which 100 km squares exist ------------------------------------------------------------------------
def _area(zone: int, band: str) -> tuple[float, float, float, float] | None:
    """West, east, south, north (degrees) of the part of ``band`` that ``zone`` covers; None when none."""
    south = -80.0 + 8.0 * BANDS.index(band)
    north = 84.0 if band == "X" else south + 8.0
    slack = math.degrees(_EPSILON)
    if band == "C":
        south -= slack
    if band == "X":
        north += slack
    west = -180.0 + 6.0 * (zone - 1)
    east = west + 6.0
    if band == "V" and zone in (31, 32):
        west, east = (0.0, 3.0) if zone == 31 else (3.0, 12.0)
    if band == "X" and 31 <= zone <= 37:
        if zone in _SVALBARD:
            return None
        west, east = _SVALBARD_AREAS[zone]
    return west, east, south, north


#: Metres: how far a square may lie from its zone's area and still be taken. It covers GEOTRANS's
#: writing allowances (0.5 mm) and the curves' departure from the chords between boundary samples.
_SQUARE_SLACK = 1.0
#: Metres between boundary samples, and how much finer each refinement near a square corner samples.
_SAMPLE_M = 2000.0
_REFINE = 50


@lru_cache(maxsize=1200)
def _squares(zone: int, band: str) -> frozenset[tuple[int, int]]:
    """The 100 km squares (easting, full northing, in units of 100 km) that meet ``zone`` in ``band``.

    A square meets the area when one of the area's edges passes through it or its centre lies inside;
    the edges are followed in 2 km steps, finer where they pass near the corner of four squares.
    """
    area = _area(zone, band)
    if area is None:
        return frozenset()
    west, east, south, north = area
    hemisphere = band >= "N"
    forward = _transformer(WGS84, _epsg(zone, hemisphere))
    found: set[tuple[int, int]] = set()
    # the four edges as rows: start and end (lon, lat), followed by the fraction t along the row
    ends = np.array([[west, south, west, north], [east, south, east, north],
                     [west, south, east, south], [west, north, east, north]])
    longest = max(north - south, east - west) * 111_000
    t = np.tile(np.linspace(0.0, 1.0, max(int(longest / _SAMPLE_M), 8) + 1), (4, 1))
    for level in range(3):
        lon = ends[:, :1] + (ends[:, 2:3] - ends[:, :1]) * t
        lat = ends[:, 1:2] + (ends[:, 3:4] - ends[:, 1:2]) * t
        x, y = forward.transform(lon.ravel(), lat.ravel())
        x, y = np.asarray(x).reshape(t.shape), np.asarray(y).reshape(t.shape)
        c0, c1, r0, r1 = (np.floor(v / 1e5) for v in (
            np.minimum(x[:, :-1], x[:, 1:]) - _SQUARE_SLACK, np.maximum(x[:, :-1], x[:, 1:]) + _SQUARE_SLACK,
            np.minimum(y[:, :-1], y[:, 1:]) - _SQUARE_SLACK, np.maximum(y[:, :-1], y[:, 1:]) + _SQUARE_SLACK))
        valid = np.isfinite(c0) & np.isfinite(c1) & np.isfinite(r0) & np.isfinite(r1)
        corner = valid & (c1 > c0) & (r1 > r0)
        # a segment within one row or one column meets each square its widened box meets; at the
        # finest step, so does one near a corner
        take = valid & ~corner if level < 2 else valid
        for cols, rows in ((c0, r0), (c1, r1), (c0, r1), (c1, r0)):
            found.update(zip(cols[take].astype(int).tolist(), rows[take].astype(int).tolist()))
        if level == 2 or not corner.any():
            break
        edge = np.nonzero(corner)[0]
        starts, stops = t[:, :-1][corner], t[:, 1:][corner]
        t = starts[:, None] + (stops - starts)[:, None] * np.linspace(0.0, 1.0, _REFINE + 1)[None, :]
        ends = ends[edge]
    if found:  # a square wholly inside the area meets no edge: test the centres
        cols = np.arange(min(c for c, _ in found), max(c for c, _ in found) + 1)
        rows = np.arange(min(r for _, r in found), max(r for _, r in found) + 1)
        ce, cn = (v.ravel() for v in np.meshgrid(cols * 1e5 + 5e4, rows * 1e5 + 5e4))
        lon, lat = _transformer(_epsg(zone, hemisphere), WGS84).transform(ce, cn)
        lon, lat = np.asarray(lon), np.asarray(lat)
        central = 6 * zone - 183
        dlon = (lon - central + 180.0) % 360.0 - 180.0
        inside = (dlon >= west - central) & (dlon <= east - central) & (lat >= south) & (lat <= north)
        found.update(zip((ce[inside] // 1e5).astype(int).tolist(), (cn[inside] // 1e5).astype(int).tolist()))
    last_column = 4 if (zone, band) == (31, "V") else 8  # GEOTRANS: zone 31 in band V ends at 3°E, column D
    # rows within the hemisphere: GEOTRANS refuses a southern northing above 10,000 km
    return frozenset((c, r) for c, r in found if 1 <= c <= last_column and 0 <= r <= 99)


def _check_square(raw: str, zone: int, band: str, column: str, row: str, square_e: int, square_n: float) -> None:
    """Refuse a 100 km square that lies outside its zone's area in its band, naming the text and why."""
    squares = _squares(zone, band)
    key = (square_e // 100_000, int(square_n // 100_000))
    if key in squares:
        return
    if not squares:
        raise CoordError(tr("MGRS '{text}': zone {zone} does not exist in band {band}")
                         .format(text=raw, zone=zone, band=band))
    west, east, south, north = _area(zone, band)
    area = (f"{_degrees(round(south), 'N', 'S')}-{_degrees(round(north), 'N', 'S')}, "
            f"{_degrees(west, 'E', 'W')}-{_degrees(east, 'E', 'W')}")
    columns = COLUMN_SETS[(zone - 1) % 3]
    col_keys = sorted({c for c, _ in squares})
    row_keys = sorted({r for _, r in squares})
    if key[0] not in col_keys:
        raise CoordError(tr("MGRS '{text}': column {letter} lies outside zone {zone} in band {band} ({area}; "
                            "its columns there are {first}-{last})")
                         .format(text=raw, letter=column, zone=zone, band=band, area=area,
                                 first=columns[col_keys[0] - 1], last=columns[col_keys[-1] - 1]))
    if key[1] not in row_keys:
        offset = 5 if zone % 2 == 0 else 0
        first, last = (ROW_LETTERS[(r + offset) % 20] for r in (row_keys[0], row_keys[-1]))
        raise CoordError(tr("MGRS '{text}': row {letter} lies outside band {band} in zone {zone} ({area}; "
                            "its rows there are {first} to {last}, south to north)")
                         .format(text=raw, letter=row, zone=zone, band=band, area=area, first=first, last=last))
    raise CoordError(tr("MGRS '{text}': square {square} lies outside zone {zone} in band {band} ({area})")
                     .format(text=raw, square=column + row, zone=zone, band=band, area=area))


def _degrees(value: float, positive: str, negative: str) -> str:
    return f"{abs(value):g}°{positive if value >= 0 else negative}"
