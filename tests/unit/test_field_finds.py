"""The rules of a field find: dates, category and model, numbers, position, ids and duplicates."""

from __future__ import annotations

from datetime import date

import pytest

from clearground.core import field_finds as ff

TODAY = date(2024, 6, 1)


@pytest.mark.parametrize("text, iso", [
    ("2022-03-12", "2022-03-12"),
    ("2022/03/12", "2022-03-12"),
    ("12.03.2022", "2022-03-12"),
    ("12/03/2022", "2022-03-12"),
    ("25-03-2022", "2022-03-25"),
    ("2022-03-12T10:15:00", "2022-03-12"),
    ("5.3.2022", "2022-03-05"),
])
def test_dates_as_teams_write_them(text, iso):
    assert ff.read_find_date(text, TODAY)[0] == iso


def test_a_slash_date_that_reads_both_ways_is_read_day_first_and_said():
    iso, note = ff.read_find_date("03/04/2022", TODAY)
    assert iso == "2022-04-03"
    assert "day first" in note and "2022-04-03" in note


def test_dots_are_day_first_without_a_note():
    assert ff.read_find_date("03.04.2022", TODAY) == ("2022-04-03", "")


def test_a_month_first_date_is_rejected_naming_the_other_reading():
    with pytest.raises(ff.FindError, match="no month 25.*2022-03-25"):
        ff.read_find_date("03/25/2022", TODAY)
    assert ff.is_month_first("03/25/2022") and not ff.is_month_first("25/03/2022")


def test_an_ambiguous_date_in_a_report_that_writes_month_first_is_rejected():
    with pytest.raises(ff.FindError, match="2022-04-03.*2022-03-04"):
        ff.read_find_date("03/04/2022", TODAY, month_first_seen=True)


@pytest.mark.parametrize("text, reason", [
    ("31.02.2022", "does not exist"),
    ("2022-13-01", "does not exist"),
    ("2025-01-01", "future"),
    ("March 2022", "not a date"),
    ("12.2022", "not a date"),
])
def test_impossible_dates_are_rejected(text, reason):
    with pytest.raises(ff.FindError, match=reason):
        ff.read_find_date(text, TODAY)


def test_two_digit_years_and_empty_dates_are_said():
    assert ff.read_find_date("12.03.22", TODAY)[0] == "2022-03-12"
    assert "2022" in ff.read_find_date("12.03.22", TODAY)[1]
    assert ff.read_find_date("", TODAY) == (None, "no date")


@pytest.mark.parametrize("category, model, expected", [
    ("AP", "PMN-2", ("AP", "PMN-2")),
    ("противопехотная мина", "", ("AP", None)),
    ("ПМН-2", "", ("AP", "PMN-2")),
    ("", "ПМН-2", ("AP", "PMN-2")),
    ("ТМ-62М", "", ("AT", "TM-62M")),
    ("", "ТМ-62", ("AT", "ТМ-62")),  # a TM variant the dictionary does not list: the family's category
    ("UXO", "", ("UXO", None)),
    ("", "AT", ("AT", None)),  # a category written in the model column
])
def test_category_and_model_through_the_dictionary(category, model, expected):
    assert ff.read_device(category, model)[:2] == expected


@pytest.mark.parametrize("category, model, reason", [
    ("банка", "", "not a device category"),
    ("AT", "PMN-2", "contradicts"),
    ("", "XYZ-99", "not one whose category"),
    ("", "", "no category and no model"),
])
def test_devices_that_cannot_be_read_are_rejected(category, model, reason):
    with pytest.raises(ff.FindError, match=reason):
        ff.read_device(category, model)


def test_quantity_and_depth():
    assert ff.read_quantity("") == 1 and ff.read_quantity("3") == 3 and ff.read_quantity("2 шт") == 2
    assert ff.read_depth_cm("15") == 15 and ff.read_depth_cm("0,2 m") == 20 and ff.read_depth_cm("") is None
    assert ff.read_depth_cm("10 см") == 10
    for bad in ("0", "1.5", "many"):
        with pytest.raises(ff.FindError, match="quantity"):
            ff.read_quantity(bad)
    with pytest.raises(ff.FindError, match="negative"):
        ff.read_depth_cm("-5")


def test_positions_in_every_notation():
    lon, lat, _ = ff.read_position({"coord": "40.0123 46.9012"})
    assert (round(lat, 4), round(lon, 4)) == (40.0123, 46.9012)
    lon, lat, _ = ff.read_position({"coord": "38T 612345 4432100"})
    assert 46.3 < lon < 46.4 and 40.0 < lat < 40.1
    mgrs = ff.read_position({"coord": "38TNK1234532100"})
    assert 40.0 < mgrs[1] < 40.1
    lon, lat, _ = ff.read_position({"lat": "40°01'12\"N", "lon": "46°55'30\"E"})
    assert abs(lat - 40.02) < 1e-6 and abs(lon - 46.925) < 1e-6
    lon, lat, _ = ff.read_position({"x": "612345", "y": "4432100"}, "EPSG:32638")
    assert 46.3 < lon < 46.4


@pytest.mark.parametrize("values, reason", [
    ({"lat": "95.1", "lon": "46.9"}, "latitude"),
    ({"lat": "40.1", "lon": "246.9"}, "longitude"),
    ({"coord": "not a place"}, "not a place"),
    ({}, "no position"),
])
def test_positions_off_the_globe_are_rejected(values, reason):
    with pytest.raises(ff.FindError, match=reason):
        ff.read_position(values)


def test_check_find_gives_a_find_or_the_reason():
    find = ff.check_find({"category": "ПМН-2", "found_date": "12.03.2022", "quantity": "2", "team": " T1 "},
                         46.9, 40.0, TODAY)
    assert isinstance(find, ff.Find)
    assert (find.category, find.model, find.quantity, find.team, find.found_date) == ("AP", "PMN-2", 2, "T1",
                                                                                      "2022-03-12")
    assert find.find_id.startswith("F-") and find.uuid == ff.made_uuid(find.find_id)
    assert find.record()["find_id"] == find.find_id
    rejected = ff.check_find({"category": "AP", "found_date": "31.02.2022"}, 46.9, 40.0, TODAY)
    assert isinstance(rejected, ff.Rejected) and "does not exist" in rejected.reason
    assert "latitude" in ff.check_find({"category": "AP"}, 46.9, 91.0, TODAY).reason


def test_made_ids_are_stable_and_differ_by_what_the_find_is():
    a = ff.check_find({"category": "AP", "model": "PMN-2", "found_date": "2022-03-12"}, 46.9, 40.0, TODAY)
    b = ff.check_find({"category": "AP", "model": "ПМН-2", "found_date": "12.03.2022"}, 46.9, 40.0, TODAY)
    c = ff.check_find({"category": "AP", "model": "PMN-2", "found_date": "2022-03-13"}, 46.9, 40.0, TODAY)
    assert a.find_id == b.find_id != c.find_id
    assert ff.check_find({"find_id": "K-1", "category": "AP"}, 46.9, 40.0, TODAY).find_id == "K-1"


def _known(find_id, lon, lat, found_date="2022-03-12", model="PMN-2", category="AP", uuid=None):
    return ff.Known(find_id, lon, lat, found_date, category, model, uuid)


def test_duplicates_by_id_uuid_and_position():
    metre = 1.0 / 111_320.0  # about a metre of longitude at the equator, less at 40°N
    base = _known("A", 46.9, 40.0, uuid="u-1")
    index = ff.DuplicateIndex.of([base])
    assert index.match(_known("A", 10.0, 10.0)).kind == "id"
    assert index.match(_known("B", 10.0, 10.0, uuid="u-1")).kind == "uuid"
    near = index.match(_known("C", 46.9 + metre, 40.0, model="ПМН-2"))
    assert near.kind == "position" and near.other_id == "A" and near.distance_m < 1.0
    assert index.match(_known("D", 46.9, 40.0 + 1.5 * metre)) is None  # 1.7 m north
    assert index.match(_known("E", 46.9, 40.0, found_date="2022-03-13")) is None
    assert index.match(_known("F", 46.9, 40.0, model="TM-62M", category="AT")) is None
    assert ff.is_duplicate(base, _known("G", 46.9 + metre, 40.0))
    assert not ff.is_duplicate(base, _known("H", 46.9, 40.0 + 2 * metre))
    assert near.describe().startswith("find A has the same date and model 0.") and "m away" in near.describe()


def test_duplicates_inside_one_report_are_caught_as_they_are_added():
    index = ff.DuplicateIndex()
    rows = [_known("X1", 46.9, 40.0), _known("X2", 46.9, 40.0), _known("X3", 47.0, 40.0)]
    dupes = []
    for row in rows:
        found = index.match(row)
        if found:
            dupes.append((row.find_id, found.other_id))
        else:
            index.add(row)
    assert dupes == [("X2", "X1")] and len(index) == 2


def test_finds_without_a_model_are_compared_by_category():
    index = ff.DuplicateIndex.of([_known("A", 46.9, 40.0, model=None, category="UXO")])
    assert index.match(_known("B", 46.9, 40.0, model=None, category="UXO")).other_id == "A"
    assert index.match(_known("C", 46.9, 40.0, model=None, category="AXO")) is None
