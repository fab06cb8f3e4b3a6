"""MGRS written and read as GEOTRANS does, against the `mgrs` package (GEOTRANS 3.10), a test-only oracle.

Where GEOTRANS itself refuses to read what it writes, the tests say so; there are two such cases,
and the plugin refuses them too:

* a point less than 0.5 mm west of 3°E between 56° and 64°N: GEOTRANS's 0.499 mm allowance puts it
  in column E of zone 31 band V (31VE..), a square that does not exist (zone 31 ends at 3°E there);
* a point 1 µm to 6 mm south of the equator: GEOTRANS moves it onto the equator but keeps band M,
  and writes northing 0, which band M cannot have (the reading gives a northing above 10,000 km).

The point sets reach 80°S and 84°N with GEOTRANS's slack (1.75e-7 rad); beyond it GEOTRANS writes
UPS (bands A, B, Y, Z), which the plugin refuses with that reason. The oracle is never imported by
the plugin's code.
"""

from __future__ import annotations

import math
import warnings
from functools import lru_cache

import numpy as np
import pytest
from pyproj import Geod, Transformer

from clearground.core import coords
from clearground.core import mgrs as cg
from clearground.core.coords import CoordError, parse_coord, parse_to_wgs84, to_mgrs

geotrans = pytest.importorskip("mgrs", minversion="1.6")  # GEOTRANS 3.10: a cell is read at its centre

GEOD = Geod(ellps="WGS84")
ORACLE = geotrans.MGRS()
#: Metres either side of a line the edge sets put their points.
OFFSETS = (1e-7, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 0.1, 1.0)
PRECISIONS = range(6)
SLACK_DEG = math.degrees(1.75e-7)
#: Reading: the plugin's positions and GEOTRANS's may differ by this much (PROJ's and GEOTRANS's
#: Transverse Mercator series; the differences seen are below 1e-7 m).
READ_TOLERANCE_M = 1e-5


def oracle_write(lon: float, lat: float, precision: int) -> str:
    """GEOTRANS's reference, or "UPS" where it leaves the UTM part of MGRS."""
    text = ORACLE.toMGRS(lat, lon, MGRSPrecision=precision)
    return text if text[:1].isdigit() else "UPS"


def oracle_read(text: str) -> tuple[float, float] | None:
    """GEOTRANS's (lon, lat) of a reference; None when it refuses it (its warnings are ignored)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            lat, lon = ORACLE.toLatLon(text)
        except geotrans.core.MGRSError:
            return None
    return lon, lat


def ours_write(lon: float, lat: float, precision: int) -> str:
    try:
        return to_mgrs(lon, lat, precision)
    except CoordError as exc:
        assert "polar (UPS)" in str(exc), (lon, lat, exc)
        return "UPS"


def metres(lon1, lat1, lon2, lat2) -> np.ndarray:
    return np.asarray(GEOD.inv(lon1, lat1, lon2, lat2)[2])


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


# -- reading ------------------------------------------------------------------------------------------
def _written(points) -> list[str]:
    texts = {oracle_write(lon, lat, p) for lon, lat in points for p in PRECISIONS}
    return sorted(texts - {"UPS"})


def _geotrans_refuses_its_own(text: str) -> bool:
    """The two kinds of reference GEOTRANS writes but refuses to read (see the module doc)."""
    zone, band, column, row = int(text[:2]), text[2], text[3], text[4]
    north_of_3e = (zone, band, column) == (31, "V", "E")
    equator_in_m = band == "M" and row == cg.ROW_LETTERS[5 if zone % 2 == 0 else 0]
    return north_of_3e or equator_in_m


@pytest.mark.parametrize("name", list(POINT_SETS))
def test_reading_matches_geotrans(point_sets, name):
    texts = _written(point_sets[name])
    read, refused = [], []
    for text in texts:
        theirs = oracle_read(text)
        try:
            ours = parse_coord(text)
        except CoordError as exc:
            assert theirs is None, (text, str(exc))  # never refuse what GEOTRANS writes and reads
            assert _geotrans_refuses_its_own(text), text
            refused.append(text)
            continue
        assert theirs is not None, text  # never read what GEOTRANS refuses
        read.append((text, ours, theirs))
    lon, lat = coords.parsed_to_wgs84([ours for _, ours, _ in read])
    gap = metres(lon, lat, [t[0] for *_, t in read], [t[1] for *_, t in read])
    assert np.isfinite(gap).all() and gap.max() < READ_TOLERANCE_M, gap.max()
    # the round trip: what the position read writes back is what GEOTRANS writes back for its own
    # (the text itself, unless the cell's centre lies in another band or zone)
    back = [(text, ours_write(x, y, len(text[5:]) // 2), oracle_write(theirs[0], theirs[1], len(text[5:]) // 2))
            for (text, _, theirs), x, y in zip(read, lon, lat)]
    assert [b for b in back if b[1] != b[2]] == []
    if name == "random":
        assert all(text == ours for text, ours, _ in back if len(text) == 15)
        assert not refused


@pytest.mark.slow
def test_reading_every_square_at_its_centre_and_corners():
    """Every square of every zone and band: what the plugin reads, GEOTRANS reads at the same place."""
    texts, read = [], []
    for zone in range(1, 61):
        for band in cg.BANDS:
            for column in cg.COLUMN_SETS[(zone - 1) % 3]:
                for row in cg.ROW_LETTERS:
                    texts.append(f"{zone}{band}{column}{row}")
    corner = np.random.default_rng(8).choice(["0000000000", "9999999999", "0000099999", "9999900000"], len(texts))
    texts += [t + c for t, c in zip(texts, corner)]
    for text in texts:
        try:
            ours = parse_coord(text)
        except CoordError:
            continue
        theirs = oracle_read(text)
        assert theirs is not None, text
        read.append((ours, theirs))
    assert 100_000 < len(read) < len(texts) // 2
    lon, lat = coords.parsed_to_wgs84([ours for ours, _ in read])
    gap = metres(lon, lat, [t[0] for _, t in read], [t[1] for _, t in read])
    assert np.isfinite(gap).all() and gap.max() < READ_TOLERANCE_M, gap.max()


def test_squares_refused_lie_outside_their_zone_and_band():
    """A square refused though GEOTRANS reads it: none of 25 cells across it lies in the zone's area."""
    rng = np.random.default_rng(9)
    steps = ("00", "25", "50", "75", "99")
    checked = 0
    for _ in range(3000):
        zone, band = int(rng.integers(1, 61)), cg.BANDS[int(rng.integers(0, 20))]
        columns = cg.COLUMN_SETS[(zone - 1) % 3]
        text = f"{zone:02d}{band}{columns[int(rng.integers(0, 8))]}{cg.ROW_LETTERS[int(rng.integers(0, 20))]}"
        try:
            parse_coord(text)
            continue
        except CoordError:
            pass
        area = cg._area(zone, band)
        if area is None or oracle_read(text) is None:
            continue
        west, east, south, north = area
        central = 6 * zone - 183
        for e in steps:
            for n in steps:
                cell = oracle_read(text + e + n)
                if cell is None:
                    continue
                dlon = (cell[0] - central + 180) % 360 - 180
                assert not (west - central < dlon < east - central and south < cell[1] < north), (text, e, n, cell)
        checked += 1
    assert checked > 1000


@pytest.mark.parametrize("text, reason", [
    ("31VEG0000000000", "column E lies outside zone 31 in band V (56°N-64°N, 0°E-3°E; its columns there are C-D)"),
    ("31VBG", "column B lies outside zone 31 in band V"),
    ("32XMH", "zone 32 does not exist in band X (over Svalbard"),
    ("34XEA1234567890", "zone 34 does not exist in band X"),
    ("36XVF", "zone 36 does not exist in band X"),
    ("31XAA", "column A lies outside zone 31 in band X (72°N-84°N, 0°E-9°E; its columns there are C-G)"),
    ("31XCB", "square CB lies outside zone 31 in band X (72°N-84°N, 0°E-9°E)"),
    ("31TDQ", "row Q lies outside band T in zone 31 (40°N-48°N, 0°E-6°E; its rows there are E to P, south to north)"),
    ("31CDH", "row H lies outside band C in zone 31"),
    ("32MPF1128000000", "row F lies outside band M in zone 32 (8°S-0°N, 6°E-12°E"),
    ("31XEQ", "row Q lies outside band X in zone 31"),
    ("31XEP0000090000", "lies north of 84.5°N"),
])
def test_squares_that_do_not_exist_are_refused_with_the_reason(text, reason):
    with pytest.raises(CoordError, match=r"^MGRS '" + text + "'") as info:
        parse_coord(text)
    assert reason in str(info.value)


def test_reading_accepts_common_writings():
    base = parse_to_wgs84("38TMK1234567890")[:2]
    for text in ("38T MK 12345 67890", "38t mk 12345 67890", " 38TMK 1234567890 ", "38 T MK 1234567890",
                 "38tmk1234567890"):
        assert parse_to_wgs84(text)[:2] == pytest.approx(base, abs=1e-12), text
    lon, lat, parsed = parse_to_wgs84("4QFJ12345678")
    assert parsed.band == "Q" and parsed.crs == "EPSG:32604"
    assert parse_to_wgs84("04QFJ12345678")[:2] == (lon, lat)
    theirs = oracle_read("4QFJ12345678")
    assert metres(lon, lat, *theirs) < READ_TOLERANCE_M


@pytest.mark.parametrize("text, reason, geotrans_reads", [
    ("38TMK123453210", "odd number of digits", False),
    ("38TMK123456123456", "more than 5 digits each", False),
    ("38TMK 123456 123456", "at most 5", False),
    ("38TMK 1234 567890", "same number of easting and northing digits", True),  # GEOTRANS joins the groups
    ("38TMK 12 345 67890", "one group of digits or as two", True),
    ("00TMK1234567890", "zone 00 in '00TMK1234567890' is not 1-60", False),
    ("61TMK1234567890", "zone 61 in '61TMK1234567890' is not 1-60", False),
    ("038TMK1234567890", "zone 038", False),
    ("TMK1234567890", "no zone number", False),
    ("38IMK1234567890", "letter I is not used", False),
    ("38OMK1234567890", "letter O is not used", False),
    ("38TMO1234567890", "letter O is not used", False),
    ("38TIK1234567890", "letter I is not used", False),
    ("38TAK1234567890", "column letter A does not exist in zone 38 (its columns are J-R)", False),
    ("38TMW1234567890", "row letter W does not exist", False),
    ("38AMK1234567890", "polar (UPS)", False),
    ("38BMK1234567890", "polar (UPS)", False),
    ("38YMK1234567890", "polar (UPS)", False),
    ("38ZMK1234567890", "polar (UPS)", False),
    ("ZAH1234512345", "polar (UPS)", True),  # GEOTRANS reads UPS; the plugin does not
    ("BAN0000000000", "polar (UPS)", True),
])
def test_malformed_references_say_why(text, reason, geotrans_reads):
    with pytest.raises(CoordError) as info:
        parse_coord(text)
    assert reason in str(info.value)
    assert (oracle_read(text) is not None) == geotrans_reads


def test_a_reference_is_read_at_the_centre_of_its_cell():
    """GEOTRANS 3.10 reads the centre (its earlier versions the south-west corner); so does the plugin."""
    cells = {"31UDQ": (450_000, 5_450_000), "31UDQ48": (445_000, 5_485_000), "31UDQ4821": (448_500, 5_421_500),
             "31UDQ4800021000": (448_000.5, 5_421_000.5)}
    for text, (easting, northing) in cells.items():
        parsed = parse_coord(text)
        full = coords.resolve_mgrs_northing(31, parsed.band, np.array([parsed.x]), np.array([parsed.y]))[0]
        assert (parsed.x, full) == (easting, northing)
        assert ORACLE.MGRSToUTM(text) == (31, "N", easting, northing)


def test_northing_cycle_matches_geotrans_in_every_band():
    """The 2,000 km cycle of every row in every band (both zone parities), vectorised, as GEOTRANS takes it."""
    for zone in (31, 32):
        for band in cg.BANDS:
            texts, expected = [], []
            for row in cg.ROW_LETTERS:
                for digits in ("0000000000", "4999949999", "9999999999"):
                    text = f"{zone}{band}{cg.COLUMN_SETS[(zone - 1) % 3][3]}{row}{digits}"
                    with warnings.catch_warnings():
                        warnings.simplefilter("ignore")
                        try:
                            expected.append(ORACLE.MGRSToUTM(text)[3])
                        except geotrans.core.MGRSError:
                            continue
                    texts.append(text)
            mod = np.array([_northing_mod(t) for t in texts])
            got = coords.resolve_mgrs_northing(zone, band, np.full(len(mod), 450_000.0), mod)
            assert got.tolist() == expected, (zone, band)


def _northing_mod(text: str) -> float:
    """The northing modulo 2,000 km of a five-digit reference's cell centre, as ``parse_mgrs`` gives it."""
    zone, row, digits = int(text[:2]), text[4], text[5:]
    shift = 5 if zone % 2 == 0 else 0
    return ((cg.ROW_LETTERS.index(row) - shift) % 20) * 100_000 + int(digits[5:]) + 0.5


def test_projection_of_many_references_at_once():
    rng = np.random.default_rng(10)
    lon, lat = rng.uniform(-180, 180, 3000), rng.uniform(-80, 84, 3000)
    texts = [to_mgrs(x, y, int(p)) for x, y, p in zip(lon, lat, rng.integers(0, 6, 3000))]
    parsed = [parse_coord(t) for t in texts]
    got_lon, got_lat = coords.parsed_to_wgs84(parsed)
    theirs = np.array([oracle_read(t) for t in texts])
    assert metres(got_lon, got_lat, theirs[:, 0], theirs[:, 1]).max() < READ_TOLERANCE_M
