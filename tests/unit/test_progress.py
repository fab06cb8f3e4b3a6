"""Land release progress: geodesic hectares per parent and per district, from sector statuses."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from pyproj import Geod
from shapely.geometry.polygon import orient

from clearground.core.progress import UNASSIGNED, geodesic_areas_m2, summarize, total
from clearground.core.sectors import generate_sectors

GEOD = Geod(ellps="WGS84")


def geod_area(geom) -> float:
    # pyproj wants holes turning against the shell: orient every part (shapely >= 2.0)
    parts = [orient(p, 1.0) for p in shapely.get_parts(geom)]
    return sum(abs(GEOD.geometry_area_perimeter(p)[0]) for p in parts)


def test_areas_match_the_geodesic_areas_from_the_equator_to_the_far_north():
    polys = [
        shapely.box(46.90, 40.00, 46.91, 40.01),  # Aghdam, about 94 ha
        shapely.box(30.50, 50.40, 30.52, 50.41),  # Kyiv
        shapely.box(-0.01, -0.01, 0.01, 0.01),  # the equator
        shapely.Polygon([(25.0, 69.0), (25.3, 69.0), (25.2, 69.1)]),  # Lapland
        shapely.box(44.7, 38.4, 50.4, 41.9),  # the size of Azerbaijan, in one call with the rest
    ]
    areas = geodesic_areas_m2(polys)
    expected = np.array([geod_area(p) for p in polys])
    # sector-sized polygons agree to a millionth; over tens of kilometres the edges themselves differ
    # (geodesics for pyproj, straight lines in the equal-area plane here), within a thousandth
    assert np.allclose(areas[:3], expected[:3], rtol=1e-6)
    assert np.allclose(areas, expected, rtol=1e-3)


def test_missing_and_empty_geometries_have_no_area():
    areas = geodesic_areas_m2([None, shapely.Polygon(), shapely.box(46.9, 40.0, 46.901, 40.001)])
    assert areas[0] == 0 and areas[1] == 0 and areas[2] > 0
    assert geodesic_areas_m2([]).shape == (0,)


def test_progress_per_parent_and_district_adds_up():
    parents = ["R1", "R1", "R1", "R1", "H9", "H9", "X"]
    statuses = ["cleared", "reduced", "planned", "cancelled", "cleared", "in_progress", None]
    areas = [10_000, 20_000, 30_000, 40_000, 5_000, 5_000, 2_500]
    districts = {"R1": "Agdam", "H9": "Fuzuli"}
    per_parent, per_district = summarize(parents, statuses, areas, districts)
    by_key = {p.key: p for p in per_parent}
    r1 = by_key["R1"]
    assert (r1.total_ha, r1.cleared_ha, r1.reduced_ha, r1.cancelled_ha, r1.remaining_ha) == (10, 1, 2, 4, 3)
    assert (r1.cleared_pct, r1.reduced_pct, r1.cancelled_pct, r1.remaining_pct) == (10, 20, 40, 30)
    assert r1.district == "Agdam" and r1.sectors == 4
    assert by_key["H9"].cleared_pct == 50 and by_key["H9"].remaining_ha == 0.5
    assert by_key["X"].district == UNASSIGNED and by_key["X"].remaining_pct == 100
    assert [d.key for d in per_district] == ["Agdam", "Fuzuli", UNASSIGNED]
    everything = total(per_district)
    assert everything.total_ha == pytest.approx(sum(areas) / 10_000)
    assert everything.total_ha == pytest.approx(total(per_parent).total_ha)


def test_progress_of_generated_sectors_equals_the_parent_area():
    parent = shapely.Polygon([(46.90, 40.00), (46.915, 40.002), (46.912, 40.011), (46.899, 40.009)])
    grid = generate_sectors(parent, "HZ-1", 25)
    statuses = np.where(np.arange(len(grid)) % 4 == 0, "cleared", "planned")
    areas = geodesic_areas_m2(grid.geometries)
    (row,), _ = summarize(["HZ-1"] * len(grid), statuses.tolist(), areas, {"HZ-1": "Agdam"})
    assert row.total_ha == pytest.approx(geod_area(parent) / 10_000, rel=1e-4)
    cleared = areas[statuses == "cleared"].sum() / 10_000
    assert row.cleared_ha == pytest.approx(cleared) and 20 < row.cleared_pct < 30


def test_no_sectors_no_rows():
    assert summarize([], [], [], {}) == ([], [])
