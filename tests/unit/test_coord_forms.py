"""Coordinates written as Russian, Azerbaijani, Ukrainian and NATO records write them: read right or refused.

The texts are written here by hand-made formatters (one per way of writing), from positions chosen
to sit at the edges (the equator, the prime and 180th meridians, the poles' neighbourhood, every
quadrant); the expected values come from the numbers each formatter wrote, and UTM positions from
PyGeodesy, an implementation independent of PROJ.
"""

from __future__ import annotations

import math

import pytest

from clearground.core.coords import CoordError, parse_angle_coordinate, parse_coord, parse_to_wgs84

pygeodesy = pytest.importorskip("pygeodesy")

POSITIONS = [  # lat, lon
    (40.020083, 46.925), (39.1025, 46.7104), (-33.92, 18.416667), (-12.5, -77.03), (8.25, -12.5),
    (55.75, 37.62), (0.004167, 0.002778), (-0.5, -0.25), (89.5, 179.5), (-89.5, -179.5), (41.17, 47.5),
    (39.5, 48.95), (48.45, 35.05), (-45.1, 170.3), (64.2, -21.9), (1.2903, 103.85),
]


def _dms(value: float, second_places: int = 1):
    """Whole degrees, whole minutes and seconds rounded as written, and the value they make."""
    total = round(abs(value) * 3600, second_places)
    degrees = int(total // 3600)
    minutes = int((total - degrees * 3600) // 60)
    seconds = round(total - degrees * 3600 - minutes * 60, second_places)
    return degrees, minutes, seconds, math.copysign((degrees * 3600 + minutes * 60 + seconds) / 3600, value)


def _dm(value: float):
    total = round(abs(value) * 60, 3)
    degrees = int(total // 60)
    minutes = round(total - degrees * 60, 3)
    return degrees, minutes, math.copysign((degrees * 60 + minutes) / 60, value)


def _hem(value: float, axis: str, letters: str = "NSEW") -> str:
    north, south, east, west = (letters.split("|") if "|" in letters else list(letters))
    if axis == "lat":
        return south if value < 0 else north
    return west if value < 0 else east


def _dd(value: float) -> tuple[str, float]:
    text = f"{abs(value):.6f}"
    return text, math.copysign(float(text), value)


def _w_dd_letters(lat, lon):
    (a, la), (b, lo) = _dd(lat), _dd(lon)
    return f"{a}{_hem(lat, 'lat')} {b}{_hem(lon, 'lon')}", la, lo


def _w_dd_signed(lat, lon):
    return f"{lat:.6f}, {lon:.6f}", round(lat, 6), round(lon, 6)


def _w_dd_spaced_minus(lat, lon):
    (a, la), (b, lo) = _dd(lat), _dd(lon)
    return f"{'- ' if lat < 0 else ''}{a}, {'- ' if lon < 0 else ''}{b}", la, lo


def _w_dd_prefix(lat, lon):
    (a, la), (b, lo) = _dd(lat), _dd(lon)
    return f"{_hem(lat, 'lat')}{a} {_hem(lon, 'lon')}{b}", la, lo


def _dms_pair(lat, lon, fmt, letters="NSEW", places=1):
    d1, m1, s1, la = _dms(lat, places)
    d2, m2, s2, lo = _dms(lon, places)
    return (fmt.format(d=d1, m=m1, s=s1, h=_hem(lat, "lat", letters)) + " "
            + fmt.format(d=d2, m=m2, s=s2, h=_hem(lon, "lon", letters)), la, lo)


def _w_dms_marks(lat, lon):
    return _dms_pair(lat, lon, "{d}°{m:02d}'{s:04.1f}\"{h}")


def _w_dms_unicode(lat, lon):
    return _dms_pair(lat, lon, "{d}º{m:02d}′{s:04.1f}″{h}")


def _w_dms_russian(lat, lon):
    return _dms_pair(lat, lon, "{d}°{m:02d}'{s:04.1f}\" {h}", "с.ш.|ю.ш.|в.д.|з.д.")


def _w_dms_russian_short(lat, lon):
    return _dms_pair(lat, lon, "{d}°{m:02d}'{s:04.1f}\"{h}", "СЮВЗ")


def _w_dms_hyphens(lat, lon):
    return _dms_pair(lat, lon, "{d:02d}-{m:02d}-{s:04.1f}{h}")


def _w_compact(lat, lon):
    d1, m1, s1, la = _dms(lat, 0)
    d2, m2, s2, lo = _dms(lon, 0)
    return (f"{d1:02d}{m1:02d}{int(s1):02d}{_hem(lat, 'lat')} {d2:03d}{m2:02d}{int(s2):02d}{_hem(lon, 'lon')}",
            la, lo)


def _w_labels(lat, lon):
    return f"lat {lat:.6f} lon {lon:.6f}", round(lat, 6), round(lon, 6)


def _w_labels_lon_first(lat, lon):
    return f"Lon: {lon:.6f}; Lat: {lat:.6f}", round(lat, 6), round(lon, 6)


def _w_parentheses(lat, lon):
    return f"({lat:.6f}, {lon:.6f})", round(lat, 6), round(lon, 6)


def _w_dm(lat, lon):
    d1, m1, la = _dm(lat)
    d2, m2, lo = _dm(lon)
    return f"{d1}°{m1:06.3f}'{_hem(lat, 'lat')} {d2}°{m2:06.3f}'{_hem(lon, 'lon')}", la, lo


def _w_words(lat, lon):
    (a, la), (b, lo) = _dd(lat), _dd(lon)
    return f"{a} {_hem(lat, 'lat', 'North|South|East|West')}, {b} {_hem(lon, 'lon', 'North|South|East|West')}", la, lo


def _w_odd_marks(lat, lon):
    return _dms_pair(lat, lon, "{d}˚{m:02d}´{s:04.1f}´´{h}")


def _w_azerbaijani(lat, lon):
    (a, la), (b, lo) = _dd(lat), _dd(lon)
    return f"{a} {_hem(lat, 'lat', 'ş.e.|c.e.|ş.u.|q.u.')} {b} {_hem(lon, 'lon', 'ş.e.|c.e.|ş.u.|q.u.')}", la, lo


def _w_ukrainian(lat, lon):
    return _dms_pair(lat, lon, "{d}°{m:02d}'{s:04.1f}\" {h}", "пн. ш.|пд. ш.|сх. д.|зх. д.")


def _w_letters_dms(lat, lon):
    return _dms_pair(lat, lon, "{d}d{m:02d}m{s:04.1f}s {h}")


def _w_decimal_commas(lat, lon):
    return f"{lat:.6f}".replace(".", ",") + "; " + f"{lon:.6f}".replace(".", ","), round(lat, 6), round(lon, 6)


def _w_spaced_dms(lat, lon):
    return _dms_pair(lat, lon, "{d} {m:02d} {s:04.1f} {h}")


WRITERS = [_w_dd_letters, _w_dd_signed, _w_dd_spaced_minus, _w_dd_prefix, _w_dms_marks, _w_dms_unicode,
           _w_dms_russian, _w_dms_russian_short, _w_dms_hyphens, _w_compact, _w_labels, _w_labels_lon_first,
           _w_parentheses, _w_dm, _w_words, _w_odd_marks, _w_azerbaijani, _w_ukrainian, _w_letters_dms,
           _w_decimal_commas, _w_spaced_dms]
FORMS = [(writer.__name__[3:], *writer(lat, lon)) for writer in WRITERS for lat, lon in POSITIONS]


def test_there_are_over_300_written_forms():
    assert len(FORMS) >= 300 and len({text for _, text, _, _ in FORMS}) >= 300


@pytest.mark.parametrize("style, text, lat, lon", FORMS, ids=[f"{s}:{t}" for s, t, _, _ in FORMS])
def test_every_written_form_reads_as_written(style, text, lat, lon):
    parsed = parse_coord(text)
    assert (parsed.y, parsed.x) == pytest.approx((lat, lon), abs=1e-9), text
    unsure = style in ("dd_signed", "dd_spaced_minus", "parentheses", "decimal_commas")
    if not unsure or abs(lat) > 90 or abs(lon) > 90:
        assert not parsed.doubt


@pytest.mark.parametrize("text, lat, lon", [
    ("- 40.020083, - 46.925", -40.020083, -46.925),
    ("- 79.123456 - 12.5", -79.123456, -12.5),
    ("− 33.9, 18.4", -33.9, 18.4),  # a typographic minus sign
    ("-33.9 S, 18.4 E", -33.9, 18.4),  # sign and hemisphere agree
    ("40.0123N 46.9012", 40.0123, 46.9012),  # one letter says which is which
    ("90 180", 90.0, 180.0),
    ("-90, -180", -90.0, -180.0),
    ("0 0", 0.0, 0.0),
    ("40°01'59.9999\"N 46°59'59.9999\"E", 40 + 1 / 60 + 59.9999 / 3600, 46 + 59 / 60 + 59.9999 / 3600),
])
def test_signs_and_edges_read_right(text, lat, lon):
    parsed = parse_coord(text)
    assert (parsed.y, parsed.x) == pytest.approx((lat, lon), abs=1e-9)


@pytest.mark.parametrize("text, axis, value", [
    ("- 79.123456", "lat", -79.123456), ("- 088° 53' 23\"", "lon", -(88 + 53 / 60 + 23 / 3600)),
    ("− 12.5", "lon", -12.5), ("40°01'12.3\" с.ш.", "lat", 40 + 1 / 60 + 12.3 / 3600), ("0465530E", "lon", 46.925),
    ("400112N", "lat", 40 + 1 / 60 + 12 / 3600), ("12,5", "lon", 12.5), ("40 ş.e.", "lat", 40.0),
    ("33.5 ю.ш.", "lat", -33.5), ("18°25' В", "lon", 18 + 25 / 60),
])
def test_one_axis_as_written(text, axis, value):
    assert parse_angle_coordinate(text, axis) == pytest.approx(value, abs=1e-9)


@pytest.mark.parametrize("text, axis, reason", [
    ("40.0.1", "lat", "'40.0.1' cannot be read"),
    ("40..5", "lat", "'40..5' cannot be read"),
    ("91", "lat", "beyond ±90"),
    ("-90.0001", "lat", "beyond ±90"),
    ("180.5", "lon", "beyond ±180"),
    ("40°61'", "lat", "minutes and seconds"),
    ("40°30'60\"", "lat", "minutes and seconds"),
    ("40.5°30'", "lat", "degrees with a fraction"),
    ("40°30.5'20\"", "lat", "minutes with a fraction"),
    ("40 E", "lat", "other axis"),
    ("-40 N", "lat", "contradict"),
    ("1e5", "lat", "before or after the numbers"),
    ("1e5", "lon", "before or after the numbers"),
    ("40 - 5", "lat", "sign may stand only before the degrees"),
    ("40; 46", "lat", "not a number"),
    ("4001234N", "lat", "neither degrees nor compact"),
    ("40-", "lat", "'-' cannot be read"),
])
def test_one_axis_refused_with_its_reason(text, axis, reason):
    with pytest.raises(CoordError, match=reason.replace("(", r"\(").replace(".", r"\.")):
        parse_angle_coordinate(text, axis)


@pytest.mark.parametrize("text, reason", [
    ("40.0.1 46.5", "'40.0.1' cannot be read"),
    ("40..5 46.5", "'40..5' cannot be read"),
    ("91 95", "outside the range"),
    ("40 N 46 N", "two latitudes"),
    ("lat 40 lat 46", "two latitudes"),
    ("-40 N 46 E", "contradict"),
    ("40,, 46", "separator with nothing"),
    ("40, 46,", "separator with nothing"),
    ("40 01 12 46 55", "does not split"),
    ("40°01'12\"N 46°55'30\"E 12", "cannot tell which numbers"),
    ("about 40 46", "cannot be read"),
    ("40 N 46 W 3", "cannot tell which numbers"),
    ("40°01'12\" S 46 N", "two latitudes"),
])
def test_refused_with_its_reason(text, reason):
    with pytest.raises(CoordError, match=reason.replace("(", r"\(").replace(".", r"\.")):
        parse_coord(text)


def test_impossible_latitude_read_the_other_way_round_is_only_a_doubtful_reading():
    parsed = parse_coord("91 46.9")
    assert (parsed.x, parsed.y) == (91.0, 46.9)
    assert "91 cannot be a latitude" in parsed.doubt
    assert parse_coord("-90.0001 46").doubt


def test_without_letters_the_other_reading_is_kept():
    parsed = parse_coord("40.0123 46.9012")
    assert (parsed.y, parsed.x) == (40.0123, 46.9012) and not parsed.doubt
    assert (parsed.alternative.y, parsed.alternative.x) == (46.9012, 40.0123)
    assert "longitude first" in parsed.alternative.note
    assert parse_coord("40.0123N 46.9012E").alternative is None


# -- UTM and SK-42 -------------------------------------------------------------------------------
UTM_POINTS = [(40.02, 46.925), (39.4, 48.97), (41.17, 47.49), (-33.92, 18.42), (-0.01, 36.8), (0.02, -78.5),
              (8.0, 3.0), (-8.0, -45.0), (31.99, 35.2), (64.1, -21.9), (-45.87, 170.5), (71.9, 25.7), (-79.9, 1.0),
              (83.9, -40.0), (24.0, 120.0), (-24.0, -120.0)]


def _utm(lat: float, lon: float):
    u = pygeodesy.toUtm8(lat, lon)
    e, n = round(u.easting, 2), round(u.northing, 2)
    back = pygeodesy.Utm(u.zone, u.hemisphere, e, n).toLatLon()
    return u.zone, u.band, u.hemisphere, e, n, back.lat, back.lon


def _utm_forms(zone, band, hemisphere, e, n):
    word = "north" if hemisphere == "N" else "south"
    grouped = f"{e:,.2f}".replace(",", " ")
    return [f"{zone}{band} {e:.2f} {n:.2f}", f"UTM {zone}{band} {e:.2f} {n:.2f}", f"{zone}{band} E{e:.2f} N{n:.2f}",
            f"{zone}{band} N{n:.2f} E{e:.2f}", f"{zone}{band}{e:.2f} {n:.2f}", f"zone {zone} {word} {e:.2f} {n:.2f}",
            f"{zone} {word.upper()} {e:.2f}m {n:.2f}m", f"{zone}{band} {e:.2f}".replace(".", ",") + " "
            + f"{n:.2f}".replace(".", ","), f"{zone}{band} {grouped} {n:.2f}",
            f"{zone:02d}{band.lower()} {e:.2f}mE {n:.2f}mN"]


UTM_FORMS = [(form, lat, lon) for p in UTM_POINTS for (*head, lat, lon) in [_utm(*p)] for form in _utm_forms(*head[:5])]


@pytest.mark.parametrize("text, lat, lon", UTM_FORMS, ids=[f for f, _, _ in UTM_FORMS])
def test_utm_as_people_write_it_against_pygeodesy(text, lat, lon):
    got_lon, got_lat, parsed = parse_to_wgs84(text)
    assert got_lat == pytest.approx(lat, abs=1e-8) and got_lon == pytest.approx(lon, abs=1e-8), text
    assert parsed.notation == "utm"


@pytest.mark.parametrize("text, reason", [
    ("38C 612345 4432100", "band C covers 80°S-72°S but the northing lies near 50°S"),
    ("38X 612345 4432100", "band X covers 72°N-84°N"),
    ("38T 50000 4432100", "outside a zone"),
    ("38T 612345 12432100", "outside 0-10,000,000"),
    ("61T 612345 4432100", "zone 61"),
    ("38T E612345 E4432100", "one easting (E) and one northing (N)"),
    ("zone 38 612345 4432100", "needs a latitude band or a hemisphere"),
])
def test_utm_refused_with_its_reason(text, reason):
    with pytest.raises(CoordError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        parse_coord(text)


def test_38s_is_band_s_where_the_northing_fits_with_zone_38_south_kept_as_the_other_reading():
    band = parse_coord("38S 612345 4332100")
    assert band.crs == "EPSG:32638" and not band.note
    assert band.alternative.crs == "EPSG:32738" and "zone 38 south" in band.alternative.note


def test_38s_with_a_northing_outside_band_s_is_zone_38_south_and_says_so():
    south = parse_coord("38S 612345 5432100")
    assert south.crs == "EPSG:32738" and "read as zone 38 south" in south.note


def test_38n_with_a_northing_outside_band_n_is_the_northern_hemisphere_and_says_so():
    north = parse_coord("38N 612345 4432100")
    assert north.crs == "EPSG:32638" and "zone 38 north" in north.note


def test_small_northings_near_the_equator():
    lon, lat, _ = parse_to_wgs84("31N 500000 5000")
    assert lat == pytest.approx(pygeodesy.Utm(31, "N", 500000, 5000).toLatLon().lat, abs=1e-9)


@pytest.mark.parametrize("text", ["X=4 432 100 м, Y=8 612 345 м", "X 4432100 m Y 8612345 m", "Х=4432100,0 У=8612345,0",
                                  "Y=8612345; X=4432100", "x: 4 432 100 y: 8 612 345"])
def test_sk42_with_units_and_spaced_thousands(text):
    parsed = parse_coord(text)
    assert (parsed.crs, parsed.x, parsed.y) == ("EPSG:28408", 8612345.0, 4432100.0)


def _random_utm_points():
    rng = __import__("numpy").random.default_rng(19)
    points = []
    for zone in range(1, 61):
        for south in (False, True):
            for _ in range(3):
                lat = float(rng.uniform(-79.5, -0.5) if south else rng.uniform(0.5, 83.5))
                lon = float(-180 + 6 * (zone - 1) + rng.uniform(0.2, 5.8))
                points.append((lat, lon))
    return points


RANDOM_UTM = [(lat, lon, *_utm(lat, lon)) for lat, lon in _random_utm_points()]


@pytest.mark.parametrize("lat, lon, zone, band, hemisphere, e, n, olat, olon", RANDOM_UTM,
                         ids=[f"{z}{b}" for _, _, z, b, *_ in RANDOM_UTM])
def test_utm_over_every_zone_and_both_hemispheres_against_pygeodesy(lat, lon, zone, band, hemisphere, e, n, olat,
                                                                    olon):
    got_lon, got_lat, _ = parse_to_wgs84(f"{zone}{band} {e:.2f} {n:.2f}")
    assert got_lat == pytest.approx(olat, abs=1e-8) and got_lon == pytest.approx(olon, abs=1e-8)
    word = "north" if hemisphere == "N" else "south"
    got_lon, got_lat, _ = parse_to_wgs84(f"{zone} {word} {e:.2f} {n:.2f}")
    assert got_lat == pytest.approx(olat, abs=1e-8) and got_lon == pytest.approx(olon, abs=1e-8)
