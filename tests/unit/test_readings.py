"""Which reading of a point its record supports (core.readings), on hand-placed points."""

from __future__ import annotations

import numpy as np

from clearground.core import readings
from clearground.core.readings import KEEP, OTHER, REJECT, UNJUDGED, settle

NAN = np.nan


def _settle(points, groups=None, doubtful=None, other=None):
    lat = np.array([p[0] for p in points], dtype=float)
    lon = np.array([p[1] for p in points], dtype=float)
    n = len(points)
    groups = np.zeros(n, dtype=np.int64) if groups is None else np.asarray(groups)
    doubtful = np.zeros(n, dtype=bool) if doubtful is None else np.asarray(doubtful)
    other = other or [(NAN, NAN)] * n
    return settle(groups, lon, lat, np.isfinite(lat), doubtful, np.array([o[1] for o in other]),
                  np.array([o[0] for o in other]))


RECORD = [(40.0, 46.9), (40.0001, 46.9001), (40.0002, 46.9), (40.0001, 46.8999)]


def test_points_of_one_record_are_kept():
    assert (_settle(RECORD).choice == KEEP).all()


def test_a_row_with_latitude_and_longitude_swapped_takes_its_other_reading():
    points = RECORD + [(46.9002, 40.0002)]
    other = [(NAN, NAN)] * 4 + [(40.0002, 46.9002)]
    settled = _settle(points, other=other)
    assert settled.choice.tolist() == [KEEP] * 4 + [OTHER]
    assert settled.distance_m[4] < 50


def test_a_typo_of_two_degrees_is_rejected_with_its_distance():
    settled = _settle(RECORD + [(42.0, 46.9)])
    assert settled.choice[4] == REJECT
    assert 220_000 < settled.distance_m[4] < 225_000  # 2 degrees of latitude


def test_a_point_is_not_judged_misplaced_among_fewer_than_three():
    assert (_settle([(40.0, 46.9), (42.0, 46.9)]).choice == KEEP).all()


def test_a_doubtful_reading_stands_only_where_the_record_confirms_it():
    points = RECORD + [(40.0003, 46.9), (46.9, 91.0)]
    settled = _settle(points, doubtful=[False] * 5 + [True])
    assert settled.choice.tolist()[:5] == [KEEP] * 5 and settled.choice[5] == REJECT
    alone = _settle([(46.9, 91.0)], doubtful=[True])
    assert alone.choice[0] == UNJUDGED


def test_records_are_judged_apart():
    far = [(p[0] + 1, p[1] + 1) for p in RECORD]
    settled = _settle(RECORD + far, groups=[0] * 4 + [1] * 4)
    assert (settled.choice == KEEP).all()


def test_the_reach_grows_with_a_record_spread_out():
    wide = [(40.0, 46.9), (40.01, 46.9), (40.02, 46.9), (40.03, 46.9), (40.1, 46.9)]  # 1.1 km steps
    settled = _settle(wide)
    assert settled.reach_m[0] > readings.MIN_REACH_M and (settled.choice == KEEP).all()


def test_the_distances_that_judge_a_point_agree_with_geographiclib():
    geodesic = __import__("pytest").importorskip("geographiclib.geodesic").Geodesic.WGS84
    rng = np.random.default_rng(7)
    lat0 = rng.uniform(-70, 70, 300)
    lon0 = rng.uniform(-179, 179, 300)
    azimuth = rng.uniform(0, 360, 300)
    length = rng.choice([50.0, 900.0, 5_000.0, 20_000.0], 300)
    ends = [geodesic.Direct(a, o, z, s) for a, o, z, s in zip(lat0, lon0, azimuth, length)]
    lat1 = np.array([e["lat2"] for e in ends])
    lon1 = np.array([e["lon2"] for e in ends])
    got = readings._metres(lon1, lat1, lon0, lat0)
    assert np.allclose(got, length, rtol=0.005)  # 0.5 %: 25 m at the 5 km reach
