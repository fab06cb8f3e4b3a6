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
"""

from __future__ import annotations

import math
from functools import lru_cache

from .coord_error import CoordError
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
_MIN_LAT = -80.0 * _RAD - _EPSILON
_MAX_LAT = 84.0 * _RAD + _EPSILON
#: Band X: the zones that Svalbard's widened zones replace, and which one takes each half.
_SVALBARD = {32: (31, 33), 34: (33, 35), 36: (35, 37)}


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
