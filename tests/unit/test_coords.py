"""Coordinate notations: DD, DMS, UTM, MGRS (against the independent `mgrs` package) and SK-42."""

from __future__ import annotations

import math

import mgrs
import numpy as np
import pytest
from pyproj import Geod, Transformer

from clearground.core import coords
from clearground.core.coords import CoordError, most_common_utm, parse_coord, parse_to_wgs84, to_mgrs

GEOD = Geod(ellps="WGS84")


def _metres(lon1, lat1, lon2, lat2) -> float:
    return GEOD.inv(lon1, lat1, lon2, lat2)[2]


@pytest.mark.parametrize("text, lat, lon", [
    ("40.0123 46.9012", 40.0123, 46.9012),
    ("40.0123, 46.9012", 40.0123, 46.9012),
    ("40,0123 46,9012", 40.0123, 46.9012),
    ("-33.9 18.4", -33.9, 18.4),
    ("40.0123N 46.9012E", 40.0123, 46.9012),
    ("46.9012E 40.0123N", 40.0123, 46.9012),
    ("40°01'12.3\"N 46°55'30\"E", 40 + 1 / 60 + 12.3 / 3600, 46 + 55 / 60 + 30 / 3600),
    ("N40°01'12.3\" E46°55'30\"", 40 + 1 / 60 + 12.3 / 3600, 46 + 55 / 60 + 30 / 3600),
    ("40º01′12.3″N 46º55′30″E", 40 + 1 / 60 + 12.3 / 3600, 46 + 55 / 60 + 30 / 3600),
    ("40 01 12.3 N, 46 55 30 E", 40 + 1 / 60 + 12.3 / 3600, 46 + 55 / 60 + 30 / 3600),
    ("40d01m12.3s N 46d55m30s E", 40 + 1 / 60 + 12.3 / 3600, 46 + 55 / 60 + 30 / 3600),
    ("40 01 12.3 46 55 30", 40 + 1 / 60 + 12.3 / 3600, 46 + 55 / 60 + 30 / 3600),
    ("40°01.205' 46°55.5'", 40 + 1.205 / 60, 46 + 55.5 / 60),
    ("33 55 12 S 18 25 00 E", -(33 + 55 / 60 + 12 / 3600), 18 + 25 / 60),
    ("12°30'W 8°15'N", 8.25, -12.5),
])
def test_geographic_notations(text, lat, lon):
    got_lon, got_lat, parsed = parse_to_wgs84(text)
    assert got_lat == pytest.approx(lat, abs=1e-9)
    assert got_lon == pytest.approx(lon, abs=1e-9)
    assert parsed.crs == "EPSG:4326"


def test_swapped_lat_lon_is_detected_and_reported():
    parsed = parse_coord("146.9012 40.0123")
    assert (parsed.x, parsed.y) == (146.9012, 40.0123)
    assert "swapped" in parsed.note


@pytest.mark.parametrize("text, reason", [
    ("", "empty"),
    ("40.0123", "does not split"),
    ("40 N", "does not split"),
    ("40N 46N", "two latitudes"),
    ("40 61 00 46 00 00", "minutes and seconds"),
    ("hello", "not a coordinate"),
    ("612345 4432100", "no projected CRS"),
    ("99.5 95.1", "outside the range"),
    ("38TMI1234532100", "letter I is not used"),
    ("38TMK123453210", "odd number of digits"),
    ("38TAK1234532100", "column letter A does not exist in zone 38"),
    ("X=4432100 Y=612345", "no zone number"),
    ("X=4432100 X=8612345", "one X and one Y"),
    ("61T 612345 4432100", "not 1-60"),
    ("ZAH1234512345", "polar (UPS)"),
])
def test_bad_coordinates_say_why(text, reason):
    with pytest.raises(CoordError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        parse_to_wgs84(text)


def test_utm_with_zone_and_band_against_pyproj():
    lon, lat, parsed = parse_to_wgs84("38T 612345 4432100")
    assert parsed.crs == "EPSG:32638" and parsed.notation == "utm"
    x, y = Transformer.from_crs(4326, 32638, always_xy=True).transform(lon, lat)
    assert (x, y) == pytest.approx((612345, 4432100), abs=1e-4)
    assert parse_to_wgs84("38S 612345m E 4432100m N")[:2] == pytest.approx((lon, lat))
    south = parse_coord("34H 259583 6245888")
    assert south.crs == "EPSG:32734"


def test_bare_projected_numbers_use_the_given_crs():
    lon, lat, parsed = parse_to_wgs84("612345 4432100", "EPSG:32638")
    assert parsed.notation == "xy"
    assert parse_to_wgs84("38T 612345 4432100")[:2] == pytest.approx((lon, lat))


def test_sk42_gauss_kruger_x_northing_y_easting_with_zone():
    lon, lat, parsed = parse_to_wgs84("X=4432100 Y=8612345")
    assert parsed.crs == "EPSG:28408" and parsed.notation == "sk42"
    # Independent: pyproj from EPSG:28408 (northing, easting axis order as EPSG defines it).
    oracle = Transformer.from_crs(28408, 4326)
    o_lat, o_lon = oracle.transform(4432100, 8612345)
    assert _metres(lon, lat, o_lon, o_lat) < 15  # datum shift choices differ by metres at most
    assert 46.2 < lon < 46.4 and 39.9 < lat < 40.1
    for variant in ("Y=8612345 X=4432100", "x: 4432100; y: 8612345", "Х=4432100, У=8612345"):
        assert parse_to_wgs84(variant)[:2] == pytest.approx((lon, lat))
    # Y without the zone, the zone given by the CRS.
    assert parse_to_wgs84("X=4432100 Y=612345", "EPSG:28408")[:2] == pytest.approx((lon, lat))
    with pytest.raises(CoordError, match="zone 9"):
        parse_coord("X=4432100 Y=8612345", "EPSG:28409")


def test_sk42_bare_numbers_in_gauss_kruger_order():
    parsed = parse_coord("4432100 8612345", "EPSG:28408")
    assert (parsed.x, parsed.y) == (8612345, 4432100)


# -- MGRS, against the independent `mgrs` package (GeoTrans), dev only --------------------------
def _random_points(n: int, seed: int = 42):
    rng = np.random.default_rng(seed)
    lat = rng.uniform(-79.9, 83.9, n)
    lon = rng.uniform(-180, 180, n)
    return lon, lat


def _band_edge_points():
    points = []
    for edge in range(-72, 84, 8):
        for lon in (-177.0, -3.1, 0.5, 46.9, 117.3, 179.4):
            for d in (-1e-5, 1e-5):
                points.append((lon, edge + d))
    for lon in (3.5, 7.9, 11.9):  # Norway 32V
        for lat in (56.00001, 63.99999):
            points.append((lon, lat))
    for lon in (1.0, 8.9, 9.1, 20.9, 21.1, 32.9, 33.1, 41.9):  # Svalbard 31X-37X
        points.append((lon, 75.0))
    points += [(46.9, 39.99999), (46.9, 40.00001), (44.99999, 40.0), (45.00001, 40.0)]  # Karabakh S/T, 38/39
    return points


def test_mgrs_forward_matches_geotrans_on_random_points_and_band_edges():
    oracle = mgrs.MGRS()
    lon, lat = _random_points(1500)
    points = list(zip(lon, lat)) + _band_edge_points()
    mismatches = []
    for x, y in points:
        ours = to_mgrs(float(x), float(y))
        theirs = oracle.toMGRS(float(y), float(x), MGRSPrecision=5)
        if ours != theirs:
            mismatches.append((float(x), float(y), ours, theirs))
    # GeoTrans's Transverse Mercator series and PROJ's differ by well under a millimetre: the only
    # allowed differences are points that lie within 1 mm of a 1 m cell boundary.
    for x, y, ours, theirs in mismatches:
        assert ours[:5] == theirs[:5], (x, y, ours, theirs)
        zone = coords.utm_zone(x, y)
        e, n = Transformer.from_crs(4326, coords.epsg_utm(zone, y >= 0), always_xy=True).transform(x, y)
        near = min(abs(e - round(e)), abs(n - round(n)))
        assert near < 1e-3, (x, y, ours, theirs, e, n)
    assert len(mismatches) <= len(points) // 200
    assert len(points) > 1000


def test_mgrs_parse_matches_geotrans_on_random_points_and_band_edges():
    oracle = mgrs.MGRS()
    lon, lat = _random_points(1500, seed=7)
    points = list(zip(lon, lat)) + _band_edge_points()
    texts = [oracle.toMGRS(float(y), float(x), MGRSPrecision=5) for x, y in points]
    parsed = [parse_coord(t) for t in texts]
    got_lon, got_lat = coords.parsed_to_wgs84(parsed)
    worst = 0.0
    for t, glon, glat in zip(texts, got_lon, got_lat):
        o_lat, o_lon = oracle.toLatLon(t)
        worst = max(worst, _metres(glon, glat, o_lon, o_lat))
    assert worst < 0.01, worst
    # and each lies within its 1 m cell (centre within 0.71 m) of the point it was made from
    dist = [_metres(a, b, c, d) for (a, b), c, d in zip(points, got_lon, got_lat)]
    assert max(dist) < 0.72


@pytest.mark.parametrize("precision", [1, 2, 3, 4])
def test_mgrs_lower_precision(precision):
    oracle = mgrs.MGRS()
    text = oracle.toMGRS(40.0346, 43.9726, MGRSPrecision=precision)
    lon, lat, _ = parse_to_wgs84(text)
    o_lat, o_lon = oracle.toLatLon(text)
    assert _metres(lon, lat, o_lon, o_lat) < 0.01


def test_mgrs_karabakh_example_and_spacing():
    lon, lat, parsed = parse_to_wgs84("38TMK1234532100")
    assert parsed.notation == "mgrs" and parsed.band == "T"
    assert lat == pytest.approx(40.03457, abs=1e-4)
    assert parse_to_wgs84("38T MK 12345 32100")[:2] == pytest.approx((lon, lat))
    assert to_mgrs(lon, lat) == "38TMK1234532100"


def test_vectorised_projection_of_many_notations():
    texts = ["40.0123 46.9012", "38T 612345 4432100", "38TMK1234532100", "X=4432100 Y=8612345"] * 250
    parsed = [parse_coord(t) for t in texts]
    lon, lat = coords.parsed_to_wgs84(parsed)
    assert np.isfinite(lon).all() and np.isfinite(lat).all()
    single = [parse_to_wgs84(t)[:2] for t in texts[:4]]
    for i in range(4):
        assert (lon[i], lat[i]) == pytest.approx(single[i])
        assert (lon[i + 400], lat[i + 400]) == pytest.approx(single[i])


def test_single_axis_values_and_float_columns():
    assert coords.parse_angle_coordinate("40°01'12\"N", "lat") == pytest.approx(40.02)
    assert coords.parse_angle_coordinate("46 55 30 W", "lon") == pytest.approx(-46.925)
    with pytest.raises(CoordError, match="other axis"):
        coords.parse_angle_coordinate("46 55 30 E", "lat")
    values, ok = coords.to_float_array(["1.5", "2,5", "x", ""])
    assert ok.tolist() == [True, True, False, False]
    assert values[:2].tolist() == [1.5, 2.5]
    assert math.isnan(values[2])


def test_the_utm_zone_of_most_points():
    # Azerbaijan straddles zones 38 and 39 (48 E): the zone with more records wins
    assert most_common_utm([(46.9, 40.0), (47.1, 39.6), (49.8, 40.4)]) == "EPSG:32638"
    assert most_common_utm([(46.9, 40.0), (49.8, 40.4), (49.9, 40.5)]) == "EPSG:32639"
    assert most_common_utm([(-43.2, -22.9)]) == "EPSG:32723"  # south of the equator
    assert most_common_utm([(5.0, 60.0)]) == "EPSG:32632"  # the Norway exception
    assert most_common_utm([]) is None and most_common_utm([(float("nan"), 1.0)]) is None
