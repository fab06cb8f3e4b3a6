"""MGRS written as GEOTRANS writes it, against the `mgrs` package (GEOTRANS 3.10), a test-only oracle.

The point sets reach 80°S and 84°N with GEOTRANS's slack (1.75e-7 rad); beyond it GEOTRANS writes
UPS (bands A, B, Y, Z), which the plugin refuses with that reason. The oracle is never imported by
the plugin's code.
"""

from __future__ import annotations

import math
from functools import lru_cache

import numpy as np
import pytest
from pyproj import Transformer

from clearground.core import coords
from clearground.core.coords import CoordError, to_mgrs

geotrans = pytest.importorskip("mgrs", minversion="1.6")  # GEOTRANS 3.10

ORACLE = geotrans.MGRS()
#: Metres either side of a line the edge sets put their points.
OFFSETS = (1e-7, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 0.1, 1.0)
PRECISIONS = range(6)
SLACK_DEG = math.degrees(1.75e-7)


def oracle_write(lon: float, lat: float, precision: int) -> str:
    """GEOTRANS's reference, or "UPS" where it leaves the UTM part of MGRS."""
    text = ORACLE.toMGRS(lat, lon, MGRSPrecision=precision)
    return text if text[:1].isdigit() else "UPS"


def ours_write(lon: float, lat: float, precision: int) -> str:
    try:
        return to_mgrs(lon, lat, precision)
    except CoordError as exc:
        assert "polar (UPS)" in str(exc), (lon, lat, exc)
        return "UPS"


# -- point sets ---------------------------------------------------------------------------------------
@lru_cache(maxsize=256)
def _utm(zone: int, north: bool, inverse: bool) -> Transformer:
    epsg = 32600 + zone if north else 32700 + zone
    return Transformer.from_crs(epsg, 4326, always_xy=True) if inverse else Transformer.from_crs(
        4326, epsg, always_xy=True)


def _band_range(index: int) -> tuple[float, float]:
    south = -80.0 + 8 * index
    return south, 84.0 if index == 19 else south + 8


def _lon_degrees(metres_: float, lat: float) -> float:
    return metres_ / (111_320.0 * max(math.cos(math.radians(lat)), 1e-6))


def random_points(seed: int = 1) -> list[tuple[float, float]]:
    """Two random points in every zone in every band (both hemispheres), and 1000 anywhere."""
    rng = np.random.default_rng(seed)
    points = []
    for zone in range(1, 61):
        west = -180.0 + 6 * (zone - 1)
        for index in range(20):
            south, north = _band_range(index)
            points += [(float(rng.uniform(west, west + 6)), float(rng.uniform(south, north))) for _ in range(2)]
    points += list(zip(rng.uniform(-180, 180, 1000).tolist(), rng.uniform(-80, 84, 1000).tolist()))
    return points


def grid_line_points(seed: int = 2) -> list[tuple[float, float]]:
    """Either side of every 100 km northing line (three zones each) and easting line (every band)."""
    rng = np.random.default_rng(seed)
    points = []
    k = 0
    for north, lines in ((True, range(0, 94)), (False, range(11, 101))):
        for line in lines:
            for rep in range(3):
                zone = (k * 7 + rep * 23) % 60 + 1
                k += 1
                inverse = _utm(zone, north, True)
                easting = float(rng.uniform(300_000, 700_000))
                for d in OFFSETS:
                    for northing in (line * 1e5 - d, line * 1e5 + d):
                        if 0 <= northing <= 1e7:
                            points.append(inverse.transform(easting, northing))
    k = 0
    for index in range(20):
        south, north_edge = _band_range(index)
        for line in range(1, 10):
            for rep in range(3):
                zone = (k * 11 + rep * 17) % 60 + 1
                k += 1
                north = south >= 0
                _, northing = _utm(zone, north, False).transform(6 * zone - 183, float(rng.uniform(south, north_edge)))
                inverse = _utm(zone, north, True)
                for d in OFFSETS:
                    for easting in (line * 1e5 - d, line * 1e5 + d):
                        lon, lat = inverse.transform(easting, northing)
                        if abs((lon - (6 * zone - 183) + 180) % 360 - 180) <= 3.0:
                            points.append((lon, lat))
    return points


def fine_line_points(seed: int = 3) -> list[tuple[float, float]]:
    """Either side of 1 m to 10 km lines: the cell edges of precisions 1-5."""
    rng = np.random.default_rng(seed)
    points = []
    for _ in range(400):
        zone, north = int(rng.integers(1, 61)), bool(rng.integers(0, 2))
        inverse = _utm(zone, north, True)
        cell = 10.0 ** int(rng.integers(0, 5))
        easting = (rng.uniform(200_000, 800_000) // cell) * cell
        northing = (rng.uniform(100_000 if north else 1_200_000, 9_000_000 if north else 9_999_000) // cell) * cell
        for d in OFFSETS[:5]:
            for sign in (-1, 1):
                for e, n in ((easting + sign * d, northing + 37.3), (easting + 41.7, northing + sign * d)):
                    lon, lat = inverse.transform(e, n)
                    if -80 <= lat < 84:
                        points.append((lon, lat))
    return points


def meridian_points(seed: int = 4) -> list[tuple[float, float]]:
    """On every central meridian and zone edge in every band, and either side of them in a quarter."""
    rng = np.random.default_rng(seed)
    points = [(180.0, 10.0), (-180.0, -10.0), (360.0, 10.0)]
    for zone in range(1, 61):
        central, edge = -183.0 + 6 * zone, -180.0 + 6 * (zone - 1)
        for index in range(20):
            lat = float(rng.uniform(*_band_range(index)))
            points += [(central, lat), (edge, lat)]
            if (zone + index) % 4 == 0:
                for d in OFFSETS:
                    for sign in (-1, 1):
                        shift = sign * _lon_degrees(d, lat)
                        points += [(central + shift, lat), (edge + shift + (360 if edge + shift < -180 else 0), lat)]
    return points


def band_edge_points(seed: int = 5) -> list[tuple[float, float]]:
    """On and either side of every band edge (multiples of 8°, 72° and 84°) and the ends with their slack."""
    rng = np.random.default_rng(seed)
    points = []
    for edge in [*range(-80, 80, 8), 72, 84]:
        for lon in rng.uniform(-180, 180, 12).tolist():
            points.append((lon, float(edge)))
            for d in OFFSETS:
                points += [(lon, edge - d / 110_000.0), (lon, edge + d / 110_000.0)]
    for lon in (-177.0, 3.5, 100.0):
        for lat in (-80 - SLACK_DEG * 0.999, -80 - SLACK_DEG * 1.001, 84 + SLACK_DEG * 0.999, 84 + SLACK_DEG * 1.001,
                    -80.000005, 84.000005, 83.9999999, -79.9999999):
            points.append((lon, lat))
    return points


def exception_points(seed: int = 6) -> list[tuple[float, float]]:
    """Norway (56-64°N, 3°E) and Svalbard (72-84°N, 9/21/33°E), their edges and the natural edges inside."""
    rng = np.random.default_rng(seed)
    points = []

    def around_meridians(lons, south, north):
        for lat in rng.uniform(south, north, 10).tolist():
            for lon in lons:
                points.append((lon, lat))
                for d in OFFSETS:
                    points.extend([(lon - _lon_degrees(d, lat), lat), (lon + _lon_degrees(d, lat), lat)])

    def around_parallels(lats, west, east):
        for lat in lats:
            for lon in rng.uniform(west, east, 10).tolist():
                points.append((lon, lat))
                for d in OFFSETS:
                    points.extend([(lon, lat - d / 110_000.0), (lon, lat + d / 110_000.0)])

    around_meridians((0.0, 3.0, 6.0, 9.0, 12.0), 56.0, 64.0)
    around_parallels((56.0, 64.0), 0.0, 12.0)
    around_meridians([float(lon) for lon in range(0, 43, 3)], 72.0, 84.0)
    around_parallels((72.0, 84.0), 0.0, 42.0)
    return points


POINT_SETS = {
    "random": random_points,
    "100 km lines": grid_line_points,
    "cell lines": fine_line_points,
    "meridians": meridian_points,
    "band edges": band_edge_points,
    "Norway and Svalbard": exception_points,
}


@pytest.fixture(scope="module")
def point_sets() -> dict[str, list[tuple[float, float]]]:
    return {name: make() for name, make in POINT_SETS.items()}


# -- writing ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("lon, lat, precision, expected", [
    (-3.0, 40.0, 5, "30TWK0000027757"),  # a hair under the 500 km line: on it, not 6 digits
    (-3.0, 0.0, 1, "30NWF00"),
    (-75.0, 40.0, 5, "18TWK0000027757"),  # on a central meridian
    (45.0, -20.0, 3, "38KNC000885"),
    (3.0, 60.0, 5, "32VJM6564066593"),  # Norway: zone 32 from 3°E
    (2.9999999, 60.0, 5, "31VDG9999951411"),
    (9.0, 75.0, 5, "33XUD2693132368"),  # Svalbard: zone 33 from 9°E
    (8.99999999, 75.0, 5, "31XFD7306832368"),
    (-3.0, -1e-12, 5, "30NWF0000000000"),  # less than 1 µm below a band edge: the upper band
    (10.0, -1e-7, 5, "32MPE1128099999"),
    (10.0, 84.0, 5, "33XVP4172130624"),  # 84°N is still band X, and so is 80°S band C
    (10.0, -80.0, 5, "32CNS1938418247"),
])
def test_writing_known_cases(lon, lat, precision, expected):
    assert to_mgrs(lon, lat, precision) == expected
    assert oracle_write(lon, lat, precision) == expected


def test_writing_on_every_central_meridian():
    mismatches = []
    for zone in range(1, 61):
        for lat in (-79.5, -33.3, -0.5, 0.0, 12.7, 40.0, 56.5, 75.1, 83.9):
            for precision in PRECISIONS:
                lon = -183.0 + 6 * zone
                if to_mgrs(lon, lat, precision) != oracle_write(lon, lat, precision):
                    mismatches.append((lon, lat, precision))
    assert not mismatches


@pytest.mark.parametrize("name", list(POINT_SETS))
def test_writing_matches_geotrans(point_sets, name):
    points = point_sets[name]
    assert len(points) > 1000
    mismatches = [(lon, lat, p, ours_write(lon, lat, p), oracle_write(lon, lat, p))
                  for lon, lat in points for p in PRECISIONS
                  if ours_write(lon, lat, p) != oracle_write(lon, lat, p)]
    assert not mismatches, mismatches[:20]


def test_writing_refuses_what_is_not_in_the_utm_part():
    for lon, lat in ((0.0, 84.5), (0.0, 84 + 1.01 * SLACK_DEG), (0.0, -80 - 1.01 * SLACK_DEG), (0.0, 90.0)):
        with pytest.raises(CoordError, match="polar"):
            to_mgrs(lon, lat)
        assert oracle_write(lon, lat, 5) == "UPS"
    with pytest.raises(CoordError, match="precision 6"):
        to_mgrs(10.0, 10.0, 6)
    with pytest.raises(CoordError, match="longitude"):
        to_mgrs(360.5, 10.0)
    with pytest.raises(CoordError, match="latitude"):
        to_mgrs(10.0, 91.0)


def test_zone_and_band_as_written():
    assert coords.utm_zone(3.0, 60.0) == 32 and coords.utm_zone(2.99, 60.0) == 31
    assert coords.utm_zone(5.0, 55.99) == 31 and coords.utm_zone(11.9, 63.9) == 32
    assert [coords.utm_zone(lon, 78.0) for lon in (8.9, 9.0, 20.9, 21.0, 32.9, 33.0, 41.9, 42.0)] == [
        31, 33, 33, 35, 35, 37, 37, 38]
    assert coords.utm_zone(46.9, 40.0) == 38 and coords.utm_zone(46.9, 85.0) == 38
    assert coords.band_letter(-80.0) == "C" and coords.band_letter(83.99) == "X" and coords.band_letter(72.0) == "X"
    assert coords.band_letter(-8e-13) == "N" and coords.band_letter(-1e-10) == "M"
    with pytest.raises(CoordError, match="polar"):
        coords.band_letter(84.1)
