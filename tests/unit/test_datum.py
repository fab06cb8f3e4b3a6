"""One datum transformation per import (core.datum), checked against PROJ's own operations."""

from __future__ import annotations

import numpy as np
import pytest
from pyproj import Geod, Transformer

from clearground.core import coords, datum
from clearground.core.errors import CoordError

GEOD = Geod(ellps="WGS84")


def _gk_line(lon: float, lat0: float, lat1: float, n: int = 401, crs: str = "EPSG:28408"):
    """Points along a meridian in Pulkovo 1942 / Gauss-Kruger (zone 8: 42-48E), as x (easting) and y."""
    lat = np.linspace(lat0, lat1, n)
    x, y = Transformer.from_crs("EPSG:4284", crs, always_xy=True).transform(np.full(n, lon), lat)
    return x, y


def _steps(lon, lat) -> np.ndarray:
    return GEOD.inv(lon[:-1], lat[:-1], lon[1:], lat[1:])[2]


@pytest.mark.parametrize("crs, lon, lat0, lat1, code", [
    ("EPSG:28408", 47.5, 40.9, 41.4, "EPSG:1808"), ("EPSG:28409", 49.2, 39.3, 40.6, "EPSG:1808"),
    ("EPSG:28409", 49.5, 41.0, 41.3, "EPSG:1808"), ("EPSG:28409", 48.95, 39.3, 39.7, "EPSG:1809"),
])
def test_neighbouring_points_never_jump_between_transformations(crs, lon, lat0, lat1, code):
    x, y = _gk_line(lon, lat0, lat1, crs=crs)
    policy = datum.DatumPolicy()
    steps = _steps(*coords.to_wgs84(crs, x, y, policy))
    assert np.abs(np.diff(steps)).max() < 1e-3  # the steps change smoothly: one transformation for the line
    assert len(policy.chosen) == 1 and policy.chosen[crs].code == code
    per_point = _steps(*Transformer.from_crs(crs, "EPSG:4326", always_xy=True).transform(x, y))
    if code == "EPSG:1808":  # these lines cross a line where PROJ by itself switches transformation
        assert np.abs(np.diff(per_point)).max() > 0.1


def test_the_transformation_is_chosen_once_and_kept_for_later_points():
    policy = datum.DatumPolicy()
    x, y = _gk_line(49.6, 38.5, 38.6, 11, "EPSG:28409")  # the Baku-Astara coast first: its own one (15)
    coords.to_wgs84("EPSG:28409", x, y, policy)
    first = policy.chosen["EPSG:28409"]
    x2, y2 = _gk_line(48.3, 41.5, 41.6, 11, "EPSG:28409")  # then points inland: the same one, and said so
    lon2, lat2 = coords.to_wgs84("EPSG:28409", x2, y2, policy)
    assert policy.chosen["EPSG:28409"] == first and first.code == "EPSG:1809"
    fixed = Transformer.from_pipeline(first.definition)
    assert np.allclose(fixed.transform(x2, y2), (lon2, lat2), atol=1e-12)
    assert policy.outside["EPSG:28409"] == 11 and "outside the area of use" in policy.notes()[1]


def test_a_requested_operation_is_used_and_named():
    policy = datum.DatumPolicy("EPSG:15865")
    x, y = _gk_line(47.5, 40.9, 41.0, 5)
    lon, lat = coords.to_wgs84("EPSG:28408", x, y, policy)
    expected = Transformer.from_pipeline(
        "+proj=pipeline +step +inv +proj=tmerc +lat_0=0 +lon_0=45 +k=1 +x_0=8500000 +y_0=0 +ellps=krass "
        "+step +proj=push +v_3 +step +proj=cart +ellps=krass +step +proj=helmert +x=25 +y=-141 +z=-78.5 "
        "+rx=0 +ry=-0.35 +rz=-0.736 +s=0 +convention=coordinate_frame +step +inv +proj=cart +ellps=WGS84 "
        "+step +proj=pop +v_3 +step +proj=unitconvert +xy_in=rad +xy_out=deg")
    elon, elat = expected.transform(x, y)
    assert np.allclose(lon, elon, atol=1e-9) and np.allclose(lat, elat, atol=1e-9)
    assert "EPSG:15865" in policy.notes()[0] and "as DATUM_TRANSFORM asks" in policy.notes()[0]


def test_an_operation_that_does_not_apply_is_refused_with_the_ones_that_do():
    with pytest.raises(CoordError, match=r"EPSG:9999 is not a transformation from EPSG:28408.*EPSG:1808"):
        datum.choose("EPSG:28408", None, "EPSG:9999")


def test_the_project_choice_comes_before_the_area_but_after_the_parameter():
    pipeline = Transformer.from_crs("EPSG:28408", "EPSG:4326", always_xy=True).definition
    chosen = datum.choose("EPSG:28408", (47.0, 40.0, 48.0, 41.0), "", pipeline)
    assert chosen.how == "project" and chosen.definition == pipeline
    assert datum.choose("EPSG:28408", (47.0, 40.0, 48.0, 41.0), "EPSG:1808", pipeline).how == "parameter"
