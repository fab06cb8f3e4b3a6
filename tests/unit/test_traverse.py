"""Traverses -> geodesic positions, perimeters and rows, checked against independent computations."""

from __future__ import annotations

import pytest
from pyproj import Geod, Proj, Transformer
from shapely.geometry import Point, Polygon

from clearground.core.traverse import (
    Row,
    Settings,
    TraverseError,
    check_perimeter,
    compute_record,
    grid_convergence,
    hull_perimeter,
    hull_perimeters,
    perimeter_from_polygon,
)

GEOD = Geod(ellps="WGS84")
REF = "40.0 46.9"  # lat lon


def rows(*specs) -> list[Row]:
    return [Row(i, i + 2, dict(spec), ",".join(f"{k}={v}" for k, v in spec.items())) for i, spec in enumerate(specs)]


def close(lonlat, expected, metres=0.001):
    assert GEOD.inv(lonlat[0], lonlat[1], expected[0], expected[1])[2] < metres


def test_geographiclib_direct_problem_published_value():
    # GeographicLib's own test GeodSolve1: JFK, azimuth 53.5°, 5850 km -> 49.01467 2.56106 (±0.5e-5).
    result = compute_record("R", rows(
        {"kind": "reference", "point_id": "JFK", "coord": "40.63972222 -73.77888889"},
        {"kind": "mine", "point_id": "M", "from_point": "JFK", "bearing": "53.5", "north": "true",
         "distance_m": "5850000"},
    ), Settings())
    mine = result.mines[0]
    assert mine.lat == pytest.approx(49.01467, abs=0.5e-5)
    assert mine.lon == pytest.approx(2.56106, abs=0.5e-5)


def test_true_north_traverse_matches_independent_geodesic():
    result = compute_record("R1", rows(
        {"kind": "reference", "point_id": "RP", "coord": REF},
        {"kind": "turning", "point_id": "T1", "from_point": "RP", "bearing": "30", "north": "true",
         "distance_m": "120"},
        {"kind": "turning", "point_id": "T2", "from_point": "T1", "bearing": "120", "north": "true",
         "distance_m": "200"},
        {"kind": "turning", "point_id": "T3", "from_point": "T2", "bearing": "210", "north": "true",
         "distance_m": "120"},
        {"kind": "intermediate", "point_id": "T4", "from_point": "T3", "bearing": "300", "north": "true",
         "distance_m": "100"},
    ), Settings())
    assert result.rejects == [] and not result.rejected
    lon, lat = 46.9, 40.0
    expected = []
    for az, d in ((30, 120), (120, 200), (210, 120), (300, 100)):
        lon, lat, _ = GEOD.fwd(lon, lat, az, d)
        expected.append((lon, lat))
    ring = list(result.polygon.exterior.coords)[:-1]
    assert len(ring) == 4
    for got, want in zip(ring, expected):
        close(got, want)
    area, _ = GEOD.geometry_area_perimeter(result.polygon)
    assert abs(area) == pytest.approx((200 + 100) / 2 * 120, rel=1e-3)  # a right trapezoid, worked by hand
    assert result.polygon.is_valid
    assert sorted(result.used) == [0, 1, 2, 3, 4]


def test_soviet_mil_record():
    # 15-00 Soviet mils = 90°, 7-50 = 45°, 30-00 = 180°.
    result = compute_record("S1", rows(
        {"kind": "reference", "point_id": "RP", "coord": REF},
        {"kind": "turning", "point_id": "A", "from_point": "RP", "bearing": "15-00", "unit": "mil6000",
         "north": "true", "distance_m": "100"},
        {"kind": "turning", "point_id": "B", "from_point": "A", "bearing": "7-50", "north": "true",
         "distance_m": "100"},
        {"kind": "turning", "point_id": "C", "from_point": "B", "bearing": "3000", "unit": "mil6000",
         "north": "true", "distance_m": "150"},
    ), Settings(default_unit="deg"))
    assert result.rejects == []
    a = GEOD.fwd(46.9, 40.0, 90, 100)[:2]
    b = GEOD.fwd(*a, 45, 100)[:2]
    c = GEOD.fwd(*b, 180, 150)[:2]
    for got, want in zip(list(result.polygon.exterior.coords)[:3], (a, b, c)):
        close(got, want)
    assert any("Soviet mils" in note for note in result.notes)  # "7-50" with no unit stated


def test_nato_mils_differ_from_soviet_mils():
    common = {"kind": "mine", "point_id": "M", "from_point": "RP", "north": "true", "distance_m": "1000",
              "bearing": "1250"}
    soviet = compute_record("X", rows({"kind": "reference", "point_id": "RP", "coord": REF},
                                      dict(common, unit="mil6000")), Settings())
    nato = compute_record("X", rows({"kind": "reference", "point_id": "RP", "coord": REF},
                                    dict(common, unit="mil6400")), Settings())
    az_s = GEOD.inv(46.9, 40.0, soviet.mines[0].lon, soviet.mines[0].lat)[0]
    az_n = GEOD.inv(46.9, 40.0, nato.mines[0].lon, nato.mines[0].lat)[0]
    assert az_s == pytest.approx(75.0, abs=1e-6)
    assert az_n == pytest.approx(70.3125, abs=1e-6)


def test_magnetic_north_record_uses_row_or_default_declination():
    spec = [{"kind": "reference", "point_id": "RP", "coord": REF},
            {"kind": "mine", "point_id": "M1", "from_point": "RP", "bearing": "84", "north": "magnetic",
             "distance_m": "500"},
            {"kind": "mine", "point_id": "M2", "from_point": "RP", "bearing": "84", "north": "magnetic",
             "distance_m": "500", "declination_deg": "-4"}]
    result = compute_record("MAG", rows(*spec), Settings(declination_deg=6.0))
    m1, m2 = result.mines
    close((m1.lon, m1.lat), GEOD.fwd(46.9, 40.0, 90.0, 500)[:2])
    close((m2.lon, m2.lat), GEOD.fwd(46.9, 40.0, 80.0, 500)[:2])


@pytest.mark.parametrize("crs, lon, lat", [("EPSG:32638", 46.3, 40.0), ("EPSG:32638", 43.2, 39.5),
                                           ("EPSG:28408", 46.9, 40.0), ("EPSG:32734", 18.4, -33.9)])
def test_grid_convergence_matches_proj_factors(crs, lon, lat):
    tolerance = 2e-5
    if crs.startswith("EPSG:284"):
        # PROJ's factors are on the CRS's own datum (Pulkovo 1942, Krassowsky); ours is the WGS 84
        # azimuth of grid north, which also carries the rotation of the datum shift that PROJ picks
        # (PROJ 9.1 and 9.5 pick different Pulkovo -> WGS 84 transformations: 1.8" and 2.6" here,
        # under 2 cm over a 1 km leg).
        lon_p, lat_p = Transformer.from_crs(4326, 4284, always_xy=True).transform(lon, lat)
        expected = Proj(crs).get_factors(lon_p, lat_p).meridian_convergence
        tolerance = 1e-3
    else:
        expected = Proj(crs).get_factors(lon, lat).meridian_convergence
    assert grid_convergence(crs, lon, lat) == pytest.approx(expected, abs=tolerance)
    assert grid_convergence("EPSG:4326", lon, lat) == 0.0


def test_grid_bearing_in_utm_record_is_corrected_by_convergence():
    result = compute_record("G", rows(
        {"kind": "reference", "point_id": "RP", "coord": "38T 612345 4432100"},
        {"kind": "mine", "point_id": "M", "from_point": "RP", "bearing": "0", "north": "grid", "distance_m": "1000"},
    ), Settings())
    assert result.crs == "EPSG:32638"
    proj = Proj("EPSG:32638")
    lon0, lat0 = proj(612345, 4432100, inverse=True)
    gamma = proj.get_factors(lon0, lat0).meridian_convergence
    close((result.mines[0].lon, result.mines[0].lat), GEOD.fwd(lon0, lat0, gamma, 1000)[:2])
    # and the mine is (almost exactly) 1000 m grid-north of the reference, as the map drew it
    x, y = proj(result.mines[0].lon, result.mines[0].lat)
    assert x == pytest.approx(612345, abs=0.05)
    assert y - 4432100 == pytest.approx(1000 * proj.get_factors(lon0, lat0).meridional_scale, abs=0.1)


def test_rows_become_mines_with_derived_count_or_spacing():
    result = compute_record("ROW", rows(
        {"kind": "reference", "point_id": "RP", "coord": REF},
        {"kind": "row", "point_id": "R1", "from_point": "RP", "bearing": "90", "north": "true", "distance_m": "100",
         "spacing_m": "5", "category": "AP", "model": "PMN-2"},
        {"kind": "row", "point_id": "R2", "from_point": "RP", "bearing": "0", "north": "true", "distance_m": "90",
         "count": "10", "model": "TM-62M"},
        {"kind": "row", "point_id": "R3", "from_point": "RP", "bearing": "180", "north": "true", "distance_m": "50",
         "count": "3", "spacing_m": "10", "category": "anti-tank"},
    ), Settings())
    assert result.rejects == []
    r1 = [m for m in result.mines if m.mine_no.startswith("R1-")]
    r2 = [m for m in result.mines if m.mine_no.startswith("R2-")]
    r3 = [m for m in result.mines if m.mine_no.startswith("R3-")]
    assert (len(r1), len(r2), len(r3)) == (21, 10, 3)
    assert {m.category for m in r1} == {"AP"} and {m.category for m in r2} == {"AT"}  # TM-62M implies AT
    for i, mine in enumerate(r2):
        az, _, dist = GEOD.inv(46.9, 40.0, mine.lon, mine.lat)
        assert dist == pytest.approx(10.0 * i, abs=1e-6)
        if i:
            assert az == pytest.approx(0.0, abs=1e-6)
    assert result.has_rows and result.polygon is None


def test_bad_rows_are_rejected_with_reasons_and_dependents_follow():
    result = compute_record("B", rows(
        {"kind": "reference", "point_id": "RP", "coord": REF},
        {"kind": "mine", "point_id": "M1", "from_point": "RP", "bearing": "12-5O", "unit": "mil6000",
         "distance_m": "10"},
        {"kind": "mine", "point_id": "M2", "from_point": "M1", "bearing": "10", "distance_m": "10"},
        {"kind": "mine", "point_id": "M3", "from_point": "NOPE", "bearing": "10", "distance_m": "10"},
        {"kind": "mine", "point_id": "M1", "from_point": "RP", "bearing": "10", "distance_m": "10"},
        {"kind": "flag", "point_id": "F"},
        {"kind": "mine", "point_id": "M5", "from_point": "RP", "bearing": "10", "distance_m": "ten"},
        {"kind": "row", "point_id": "R", "from_point": "RP", "bearing": "10", "distance_m": "10"},
        {"kind": "mine", "point_id": "M6", "from_point": "RP", "bearing": "10", "distance_m": "5",
         "category": "frog"},
        {"kind": "mine", "point_id": "M7", "from_point": "RP", "bearing": "10", "distance_m": "5", "unit": "grads"},
        {"kind": "mine", "point_id": "M8", "from_point": "RP", "bearing": "10", "distance_m": "5", "north": "up"},
    ), Settings())
    reasons = dict(result.rejects)
    assert reasons[1] == "bearing '12-5O' is not a number"
    assert "from_point 'M1' was rejected (row 3)" in reasons[2]
    assert "'NOPE' is not a point" in reasons[3]
    assert "appears twice" in reasons[4]
    assert "kind 'flag'" in reasons[5]
    assert "distance_m 'ten' is not a number" in reasons[6]
    assert "count or spacing_m" in reasons[7]
    assert "category 'frog'" in reasons[8]
    assert "unit 'grads'" in reasons[9]
    assert "north 'up'" in reasons[10]
    assert result.used == [0]


def test_record_with_a_bad_vertex_is_rejected_whole():
    result = compute_record("P", rows(
        {"kind": "reference", "point_id": "RP", "coord": REF},
        {"kind": "turning", "point_id": "A", "from_point": "RP", "bearing": "0", "north": "true", "distance_m": "50"},
        {"kind": "turning", "point_id": "B", "from_point": "A", "bearing": "x", "north": "true", "distance_m": "50"},
        {"kind": "turning", "point_id": "C", "from_point": "A", "bearing": "180", "north": "true",
         "distance_m": "50"},
        {"kind": "mine", "point_id": "M", "from_point": "RP", "bearing": "1", "north": "true", "distance_m": "5"},
    ), Settings())
    assert result.rejected and result.mines == [] and result.used == []
    reasons = dict(result.rejects)
    assert set(reasons) == {0, 1, 2, 3, 4}
    assert "perimeter lacks row 4" in reasons[0]


def test_perimeter_checks():
    lon, lat = 46.9, 40.0
    square = [(lon, lat), (lon + 0.001, lat), (lon + 0.001, lat + 0.001), (lon, lat + 0.001)]
    polygon, notes = check_perimeter(square + [square[0]])
    assert polygon.is_valid and len(polygon.exterior.coords) == 5 and notes == []
    polygon, notes = check_perimeter([square[0], square[1], square[1], square[2], square[3]])
    assert "repeats" in notes[0]
    with pytest.raises(TraverseError, match="2 distinct vertices"):
        check_perimeter([square[0], square[1], square[1]])
    with pytest.raises(TraverseError, match="crosses itself"):
        check_perimeter([square[0], square[2], square[1], square[3]])  # a bow-tie
    with pytest.raises(TraverseError, match=r"vertices [123] and [123] are 8\.\d km apart \(more than 5 km\)"):
        check_perimeter([square[0], square[1], (lon + 0.1, lat + 0.001)], labels=[1, 2, 3])


def test_perimeter_from_gis_polygons():
    poly = Polygon([(46.9, 40.0), (46.901, 40.0), (46.901, 40.001), (46.9, 40.001)])
    checked, notes = perimeter_from_polygon(poly)
    assert checked.equals(poly) and notes == []
    from shapely.geometry import LineString, MultiPolygon

    closed, notes = perimeter_from_polygon(LineString(list(poly.exterior.coords)[:-1]))
    assert closed.equals(poly) and "closed" in notes[0]
    with pytest.raises(TraverseError, match="2 separate parts"):
        perimeter_from_polygon(MultiPolygon([poly, Polygon([(47, 40), (47.001, 40), (47.001, 40.001)])]))


def test_hull_perimeter_is_widened_in_metres():
    import numpy as np

    lons = np.array([46.9, 46.901, 46.9005])
    lats = np.array([40.0, 40.0, 40.0005])
    hull = hull_perimeter(lons, lats, 10.0)
    for x, y in zip(lons, lats):
        assert hull.contains(Point(x, y))
    # the boundary is ~10 m from the southern edge
    _, _, dist = GEOD.inv(46.9005, 40.0, 46.9005, hull.bounds[1])
    assert dist == pytest.approx(10.0, abs=0.5)


def test_hull_perimeters_of_interleaved_groups_match_one_by_one():
    import numpy as np

    rng = np.random.default_rng(3)
    lons = np.concatenate([46.9 + rng.random(50) * 0.01, 47.2 + rng.random(50) * 0.01, 44.9 + rng.random(50) * 0.01])
    lats = np.concatenate([40.0 + rng.random(50) * 0.01, 39.8 + rng.random(50) * 0.01, 40.1 + rng.random(50) * 0.01])
    lons, lats = np.append(lons, 46.5), np.append(lats, 39.5)  # and a group of one mine
    groups = np.append(np.repeat([0, 1, 2], 50), 3)
    shuffle = rng.permutation(151)
    hulls = hull_perimeters(lons[shuffle], lats[shuffle], groups[shuffle], 10.0)
    assert len(hulls) == 4 and hulls[3].area > 0
    for g in range(4):
        single = hull_perimeter(lons[groups == g], lats[groups == g], 10.0)
        assert hulls[g].equals_exact(single, 1e-9) or hulls[g].symmetric_difference(single).area < 1e-14
        for x, y in zip(lons[groups == g], lats[groups == g]):
            assert hulls[g].contains(Point(x, y))


def test_a_row_cannot_ask_for_more_mines_than_a_row_holds():
    result = compute_record("HUGE", rows(
        {"kind": "reference", "point_id": "RP", "coord": REF},
        {"kind": "row", "point_id": "R1", "from_point": "RP", "bearing": "90", "distance_m": "100", "count": "1e12",
         "category": "AP"},
        {"kind": "row", "point_id": "R2", "from_point": "RP", "bearing": "90", "distance_m": "100",
         "spacing_m": "1e-9", "category": "AP"},
        {"kind": "row", "point_id": "R3", "from_point": "RP", "bearing": "0", "distance_m": "1000",
         "spacing_m": "0.05", "category": "AP"},
        {"kind": "row", "point_id": "R4", "from_point": "RP", "bearing": "0", "distance_m": "100", "count": "11",
         "category": "AP"},
    ), Settings())
    reasons = dict(result.rejects)
    assert "1,000,000,000,000 mines" in reasons[1] and "10,000" in reasons[1]
    assert "less than 0.1 m" in reasons[2] and "less than 0.1 m" in reasons[3]
    assert len(result.mines) == 11
