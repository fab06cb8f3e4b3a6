"""core/tally.py and core/periods.py, checked against plain shapely loops, datetime and pyproj.Geod."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
import shapely
from pyproj import Geod
from shapely.geometry import Point, box

from clearground.core.categories import CATEGORIES
from clearground.core.periods import period_codes, period_label, period_start, to_dates
from clearground.core.tally import (
    COLUMNS,
    UNASSIGNED,
    TallyInputError,
    assign_points,
    category_codes,
    sector_shares,
    tally,
)

GEOD = Geod(ellps="WGS84")


def _grid(nx: int = 3, ny: int = 2, size: float = 0.1, x0: float = 46.0, y0: float = 40.0) -> np.ndarray:
    """Districts as adjacent squares sharing their edges, row by row."""
    return np.array([box(x0 + i * size, y0 + j * size, x0 + (i + 1) * size, y0 + (j + 1) * size)
                     for j in range(ny) for i in range(nx)], dtype=object)


# -- periods ----------------------------------------------------------------------------------------

def test_iso_weeks_match_python_isocalendar_for_every_day_of_nine_years():
    days = np.arange(np.datetime64("2019-01-01"), np.datetime64("2028-01-01"), dtype="datetime64[D]")
    codes = period_codes(days, "week")
    labels = {c: period_label(c, "week") for c in np.unique(codes)}
    for day, code in zip(days.tolist(), codes.tolist()):
        year, week, _ = day.isocalendar()
        assert labels[code] == f"{year:04d}-W{week:02d}"
        assert period_start(code, "week") <= np.datetime64(day) < period_start(code, "week") + 7
    assert np.all(np.diff(np.unique(codes)) == 1)


@pytest.mark.parametrize("period,label", [("year", "2024"), ("quarter", "2024-Q3"), ("month", "2024-08"),
                                          ("week", "2024-W35"), ("none", "all")])
def test_period_labels(period, label):
    code = period_codes(np.array(["2024-08-31"], dtype="datetime64[D]"), period)[0]
    assert period_label(code, period) == label


def test_consecutive_quarters_and_months_have_consecutive_codes():
    days = np.arange(np.datetime64("2020-01-01"), np.datetime64("2023-01-01"), dtype="datetime64[D]")
    for period, n in (("quarter", 12), ("month", 36), ("year", 3)):
        codes = np.unique(period_codes(days, period))
        assert len(codes) == n and np.all(np.diff(codes) == 1)
    assert period_label(period_codes(np.array(["2020-12-31"], dtype="datetime64[D]"), "quarter")[0],
                        "quarter") == "2020-Q4"


def test_to_dates_reads_strings_and_flags_what_it_cannot_read():
    dates, bad = to_dates(np.array(["2024-03-05", None, "", "yesterday", "2024-03-05T10:00:00",
                                    dt.date(2023, 1, 2), "2024-02-30"], dtype=object))
    assert dates[0] == np.datetime64("2024-03-05") and dates[4] == np.datetime64("2024-03-05")
    assert dates[5] == np.datetime64("2023-01-02")
    assert np.isnat(dates[1]) and np.isnat(dates[3]) and np.isnat(dates[6])
    assert bad.tolist() == [False, False, False, True, False, False, True]


# -- points in districts ------------------------------------------------------------------------------

def test_assign_points_matches_a_shapely_loop_on_random_points():
    districts = _grid()
    rng = np.random.default_rng(1)
    x = rng.uniform(45.95, 46.35, 5000)
    y = rng.uniform(39.95, 40.25, 5000)
    got = assign_points(districts, x, y)
    for i in range(len(x)):
        inside = [d for d, g in enumerate(districts) if g.contains(Point(x[i], y[i]))]
        assert got[i] == (inside[0] if inside else -1)
    assert (got == -1).sum() > 0


def test_points_in_cells_wholly_inside_a_district_match_the_oracle_for_curved_overlapping_districts():
    """Cells wholly inside a district give it their points without a test: the same districts as a
    shapely loop, also where districts overlap (the first listed wins) and for a concave one."""
    a = Point(46.10, 40.10).buffer(0.08)
    b = Point(46.18, 40.12).buffer(0.06)  # overlaps a
    hook = shapely.Polygon([(45.96, 39.96), (46.30, 39.96), (46.30, 40.00), (46.00, 40.00), (46.00, 40.20),
                            (45.96, 40.20)])
    districts = np.array([a, b, hook], dtype=object)
    rng = np.random.default_rng(8)
    x = rng.uniform(45.95, 46.32, 20000)
    y = rng.uniform(39.95, 40.25, 20000)
    got = assign_points(districts, x, y, grid=64)
    expected = [next((d for d, g in enumerate(districts) if g.contains(Point(px, py))), -1) for px, py in zip(x, y)]
    assert got.tolist() == expected
    assert {0, 1, 2, -1} <= set(got.tolist()) and ((got == 0) & [b.contains(Point(p)) for p in zip(x, y)]).any()


def test_points_on_shared_boundaries_are_counted_once_by_the_first_district():
    districts = _grid(2, 2)
    # shared vertical edge, shared corner of four, outer edge, outside, no position
    x = np.array([46.1, 46.1, 46.0, 46.05, 45.9, np.nan])
    y = np.array([40.05, 40.1, 40.05, 40.0, 40.05, 40.0])
    got = assign_points(districts, x, y)
    assert got.tolist() == [0, 0, 0, 0, -1, -1]
    again = assign_points(districts[::-1].copy(), x, y)
    assert again.tolist() == [2, 0, 3, 3, -1, -1]  # positions in the reversed list


def test_category_codes_map_aliases_and_flag_unknown_values_as_other():
    codes, unmapped = category_codes(np.array(["AP", "apm", "ТМ", "uxo", "mortar", None, "OTHER", "ied"],
                                              dtype=object))
    assert [CATEGORIES[c] for c in codes] == ["AP", "AP", "AT", "UXO", "OTHER", "OTHER", "OTHER", "IED"]
    assert unmapped.tolist() == [False, False, False, False, True, True, False, False]


def test_models_read_on_demand_are_read_only_when_a_category_is_empty():
    asked = []

    def models():
        asked.append(True)
        return np.array([b"", b"PMN-2", b""])

    codes, _ = category_codes(np.array([b"AT", b"APM", b"UXO"]), models)
    assert [CATEGORIES[c] for c in codes] == ["AT", "AP", "UXO"] and asked == []
    codes, _ = category_codes(np.array([b"AT", b"", b"UXO"]), models)
    assert [CATEGORIES[c] for c in codes] == ["AT", "AP", "UXO"] and asked == [True]


def test_an_empty_category_takes_its_models_and_only_an_empty_one():
    values = np.array(["", None, "  ", "mortar", "AT", "", None], dtype=object)
    models = np.array(["PMN-2", "TM-62M", "no such model", "PMN-2", "PMN-2", None, "ПМН-2"], dtype=object)
    codes, unmapped = category_codes(values, models)
    assert [CATEGORIES[c] for c in codes] == ["AP", "AT", "OTHER", "OTHER", "AT", "OTHER", "AP"]
    assert unmapped.tolist() == [False, False, True, True, False, True, False]
    codes, unmapped = category_codes(values)  # without models an empty category maps to none
    assert unmapped.tolist() == [True, True, True, True, False, True, True]


def test_categories_and_models_as_utf8_bytes_give_what_their_text_gives():
    """The bulk reader gives text columns as UTF-8 bytes (b"" for null): the same codes, Cyrillic,
    blanks and models included, over many rows."""
    values = np.array(["", None, "  ", "mortar", "AT", "", None, "ТМ", "apm"] * 300, dtype=object)
    models = np.array(["PMN-2", "TM-62M", "no such model", "PMN-2", "PMN-2", None, "ПМН-2", None, ""] * 300,
                      dtype=object)

    def utf8(column):
        return np.array([b"" if v is None else v.encode("utf-8") for v in column.tolist()])

    assert utf8(values).dtype.kind == "S"
    for as_values, as_models in ((utf8(values), utf8(models)), (utf8(values), models), (values, utf8(models))):
        got = category_codes(as_values, as_models)
        expected = category_codes(values, models)
        assert got[0].tolist() == expected[0].tolist() and got[1].tolist() == expected[1].tolist()
    assert category_codes(utf8(values))[1].tolist() == category_codes(values)[1].tolist()
    assert category_codes(np.zeros(0, "S3"))[0].tolist() == []


# -- the tally --------------------------------------------------------------------------------------

def test_tally_counts_equal_a_brute_force_count_and_rows_sum_to_the_input():
    districts = _grid()
    names = [f"D{i}" for i in range(len(districts))]
    rng = np.random.default_rng(2)
    n = 3000
    x = rng.uniform(45.95, 46.35, n)
    y = rng.uniform(39.95, 40.25, n)
    x[:10] = np.nan
    cats = rng.choice(np.array(["AP", "AT", "UXO", "AXO", "SUBMUNITION", "IED", "OTHER", "flare"], dtype=object), n)
    qty = rng.integers(1, 4, n).astype(float)
    qty[::50] = np.nan
    result = tally(districts, names, x, y, cats, qty)
    rows = list(result.rows())
    assert [r["district"] for r in rows] == names + [UNASSIGNED]
    assert list(rows[0]) == list(COLUMNS)
    weights = np.where(np.isnan(qty), 1, qty)
    expected_cat = np.where(cats == "flare", "OTHER", cats)
    for d, geom in enumerate(districts):
        inside = np.array([not np.isnan(x[i]) and geom.contains(Point(x[i], y[i])) for i in range(n)])
        for cat in CATEGORIES:
            assert rows[d][cat] == int(weights[inside & (expected_cat == cat)].sum())
    assert sum(r["total"] for r in rows) == int(weights.sum())
    assert result.total == int(weights.sum())
    assert len(result.unmapped) == int((cats == "flare").sum())
    assert result.no_geometry.tolist() == list(range(10))
    assert len(result.default_quantity) == int(np.isnan(qty).sum())


def test_districts_without_finds_appear_with_zeros():
    districts = _grid()
    result = tally(districts, list("ABCDEF"), np.array([46.05]), np.array([40.05]), np.array(["AT"], dtype=object))
    rows = list(result.rows())
    assert len(rows) == 7 and rows[0]["AT"] == 1 and rows[0]["total"] == 1
    assert all(r["total"] == 0 for r in rows[1:])


def test_periods_and_date_range_report_what_they_leave_out():
    districts = _grid(1, 1)
    dates = np.array(["2024-01-01", "2024-01-08", "2024-03-31", "NaT", "2023-12-31", "2024-02-15"],
                     dtype="datetime64[D]")
    x = np.full(6, 46.05)
    y = np.full(6, 40.05)
    cats = np.array(["AP"] * 6, dtype=object)
    result = tally(districts, ["Agdam"], x, y, cats, dates=dates, period="month",
                   date_from=np.datetime64("2024-01-01"), date_to=np.datetime64("2024-04-30"))
    assert result.period_labels == ["2024-01", "2024-02", "2024-03", "2024-04"]
    agdam = [r for r in result.rows() if r["district"] == "Agdam"]
    assert [r["AP"] for r in agdam] == [2, 1, 1, 0]
    assert result.no_date.tolist() == [3] and result.out_of_range.tolist() == [4]
    assert result.total + len(result.no_date) + len(result.out_of_range) == 6
    weekly = tally(districts, ["Agdam"], x, y, cats, dates=dates, period="week")
    assert weekly.period_labels[0] == "2023-W52" and weekly.period_labels[-1] == "2024-W13"
    assert len(weekly.period_labels) == 14 and weekly.total == 5 and weekly.no_date.tolist() == [3]


def test_bad_quantities_are_refused_with_their_rows():
    districts = _grid(1, 1)
    with pytest.raises(TallyInputError) as err:
        tally(districts, ["A"], np.array([46.05, 46.05, 46.05]), np.array([40.05] * 3),
              np.array(["AP"] * 3, dtype=object), np.array([1.0, -2.0, 1.5]))
    assert err.value.rows.tolist() == [1, 2] and err.value.field_name == "quantity"


def _geod_area(geom) -> float:
    return abs(GEOD.geometry_area_perimeter(geom)[0]) / 10_000.0


def test_sector_shares_split_geodesic_area_between_districts():
    districts = _grid(2, 1, size=0.01)
    # one sector across the shared edge, one inside the second, one half outside everything
    sectors = np.array([box(46.008, 40.002, 46.013, 40.006), box(46.012, 40.001, 46.015, 40.003),
                        box(46.018, 40.004, 46.022, 40.008), None], dtype=object)
    s, d, ha = sector_shares(districts, sectors, "EPSG:4326")
    parts = {(int(a), int(b)): h for a, b, h in zip(s, d, ha)}
    assert set(parts) == {(0, 0), (0, 1), (1, 1), (2, 1), (2, -1)}
    for (si, di), value in parts.items():
        geom = sectors[si]
        piece = geom.intersection(districts[di]) if di >= 0 else geom.difference(shapely.union_all(districts))
        assert value == pytest.approx(_geod_area(piece), rel=1e-6)
    for si in range(3):
        total = sum(v for (a, _), v in parts.items() if a == si)
        assert total == pytest.approx(_geod_area(sectors[si]), rel=1e-7)


def test_hectares_by_status_district_and_period():
    districts = _grid(2, 1, size=0.01)
    sectors = np.array([box(46.008, 40.002, 46.013, 40.006), box(46.012, 40.001, 46.015, 40.003),
                        box(46.001, 40.001, 46.002, 40.002), box(46.003, 40.001, 46.004, 40.002)], dtype=object)
    status = np.array(["cleared", "Reduced ", "cancelled", "done"], dtype=object)
    sdates = np.array(["2024-01-03", "2024-02-03", "NaT", "2024-01-05"], dtype="datetime64[D]")
    result = tally(districts, ["A", "B"], np.zeros(0), np.zeros(0), np.zeros(0, dtype=object),
                   dates=np.zeros(0, dtype="datetime64[D]"), period="month",
                   sectors=sectors, sector_status=status, sector_dates=sdates)
    assert result.period_labels == ["2024-01", "2024-02"]
    rows = {(r["district"], r["period"]): r for r in result.rows()}
    a_part = _geod_area(sectors[0].intersection(districts[0]))
    b_part = _geod_area(sectors[0].intersection(districts[1]))
    assert rows[("A", "2024-01")]["cleared_ha"] == pytest.approx(a_part, rel=1e-6)
    assert rows[("B", "2024-01")]["cleared_ha"] == pytest.approx(b_part, rel=1e-6)
    assert rows[("B", "2024-02")]["reduced_ha"] == pytest.approx(_geod_area(sectors[1]), rel=1e-6)
    assert sum(r["cancelled_ha"] for r in rows.values()) == 0
    assert result.sectors_no_date.tolist() == [2]
    assert result.sectors_unknown_status.tolist() == [3]


def test_invalid_sectors_are_repaired_not_lost():
    districts = _grid(1, 1, size=0.01)
    bowtie = shapely.Polygon([(46.001, 40.001), (46.003, 40.003), (46.003, 40.001), (46.001, 40.003)])
    assert not bowtie.is_valid
    s, d, ha = sector_shares(districts, np.array([bowtie], dtype=object), "EPSG:4326")
    assert d.tolist() == [0]
    assert ha[0] == pytest.approx(_geod_area(shapely.make_valid(bowtie)), rel=1e-6)


def test_the_point_geometry_path_gives_the_same_districts(monkeypatch):
    """Inside QGIS on Linux (another GEOS in the process) points are tested as geometries instead."""
    from clearground.core import tally as tally_module

    districts = _grid(2, 2)
    rng = np.random.default_rng(4)
    x = np.concatenate([rng.uniform(45.95, 46.25, 3000), [46.1, 46.1, 46.0, 46.05, 45.9, np.nan]])
    y = np.concatenate([rng.uniform(39.95, 40.25, 3000), [40.05, 40.1, 40.05, 40.0, 40.05, 40.0]])
    fast = assign_points(districts, x, y)
    monkeypatch.setattr(tally_module, "xy_predicates_safe", lambda: False)
    np.testing.assert_array_equal(assign_points(districts, x, y), fast)


def test_points_without_position_and_districts_far_beyond_a_tiny_spread_of_points():
    """A spread of points a millimetre wide makes the index cells tiny: a district's box many cells
    away must still be placed on the index, not overflow it; points without a position stay -1."""
    x = np.array([46.0, 46.00000001, np.nan, 46.000000005, 46.0])
    y = np.array([40.0, 40.00000001, 40.0, np.nan, 40.000000005])
    near = box(45.99, 39.99, 46.01, 40.01)
    far = box(-170.0, -80.0, 170.0, 80.0)
    got = assign_points(np.array([far, near], dtype=object), x, y)
    assert got.tolist() == [0, 0, -1, -1, 0]
    got = assign_points(np.array([near, far], dtype=object), x, y)
    assert got.tolist() == [0, 0, -1, -1, 0]
    assert assign_points(np.array([box(10, 10, 11, 11)], dtype=object), x, y).tolist() == [-1] * 5
