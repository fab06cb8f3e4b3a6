"""core.coverage: the share of each sector that cleared ground (polygons, lanes of a width) covers."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from pyproj import Transformer

from clearground.core.coverage import covered_fraction, not_in_degrees


@pytest.mark.parametrize("gap_m", [0.5, 1.9, 2.6, 40.0])
def test_a_lane_beside_a_sector_covers_the_strip_its_width_reaches(gap_m):
    """A 5 m lane whose line runs ``gap_m`` east of a sector (outside its box) covers 2.5 - gap metres of
    it; the oracle measures buffer and sector in the UTM zone, without any search."""
    to_wgs = Transformer.from_crs("EPSG:32638", "EPSG:4326", always_xy=True)
    sector_utm = shapely.box(500_000.0, 4_430_000.0, 500_025.0, 4_430_025.0)
    lane_utm = shapely.LineString([(500_025.0 + gap_m, 4_429_990.0), (500_025.0 + gap_m, 4_430_035.0)])

    def wgs(geom):
        return shapely.transform(geom, lambda c: np.column_stack(to_wgs.transform(c[:, 0], c[:, 1])))

    far = shapely.box(500_900.0, 4_430_900.0, 500_925.0, 4_430_925.0)  # nowhere near the lane
    got = covered_fraction(np.array([wgs(sector_utm), None, wgs(far)], dtype=object), [wgs(lane_utm)], 5.0)
    strip = shapely.buffer(lane_utm, 2.5, cap_style="flat").intersection(sector_utm).area / sector_utm.area
    assert got[0] == pytest.approx(strip, abs=1e-6) and got[1] == got[2] == 0.0
    assert (got[0] > 0) == (gap_m < 2.5)


def test_geometries_outside_longitude_and_latitude_are_found_and_none_or_empty_are_not():
    geoms = [shapely.box(179.9, 89.9, 180.0, 90.0), None, shapely.Polygon(), shapely.box(-180.0, -90.0, -179.0, -89.0),
             shapely.box(612_000, 4_430_000, 612_025, 4_430_025), shapely.box(180.0, 0.0, 180.0001, 1.0),
             shapely.box(0.0, -90.0001, 1.0, 0.0)]
    assert not_in_degrees(geoms).tolist() == [4, 5, 6]
