"""The import pipeline on the sample files: every row imported or rejected with a reason."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from pyproj import Geod
from shapely.geometry import Point, box

from clearground.core.minemap import (
    MINE_FIELDS,
    RECORD_FIELDS,
    ImportOptions,
    MineMapError,
    SourceTable,
    import_rows,
    parse_date,
)
from clearground.core.traverse import Settings
from clearground.workspace.sources import read_source

DATA = Path(__file__).resolve().parents[1] / "data" / "import"
GEOD = Geod(ellps="WGS84")
KARABAKH = box(46.0, 39.0, 47.5, 40.5)


def run(name: str, **kw):
    return import_rows(read_source(DATA / name), ImportOptions(**kw))


def accounting(result) -> None:
    """Every input row is imported or rejected, never both, never neither."""
    rejected = {r.source_row for r in result.rejects}
    assert result.rows_imported + result.rows_rejected == result.rows_read
    assert len(rejected) == result.rows_rejected


def by_row(result) -> dict[int, str]:
    out: dict[int, str] = {}
    for r in result.rejects:
        out.setdefault(r.source_row, r.reason)
    return out


def test_traverse_file():
    result = run("traverse.csv")
    accounting(result)
    assert result.mode == "traverse"
    assert result.rejects == []
    assert result.rows_read == 15 and result.rows_imported == 15
    records = {r["record_id"]: r for r in result.records}
    assert set(records) == {"AG-001", "AG-002"}
    for rec in records.values():
        assert set(RECORD_FIELDS) <= set(rec) and rec["geometry"].is_valid
    ag1 = records["AG-001"]
    # R1: 180 m at 10 m spacing -> 19 AP; R2: 8 AT; M1: one AP (OZM-72)
    assert (ag1["recorded_ap"], ag1["recorded_at"]) == (20, 8)
    assert ag1["mine_models"] == "OZM-72, PMN-2, TM-62M"
    assert ag1["record_type"] == "row" and ag1["district"] == "Aghdam" and ag1["laid_date"] == "1993-05-12"
    assert ag1["raw"].splitlines()[0].startswith("AG-001,RP1,reference")
    assert len(ag1["raw"].splitlines()) == 9
    ag2 = records["AG-002"]
    assert (ag2["recorded_ap"], ag2["recorded_at"]) == (0, 10)
    assert "Soviet mils" in ag2["notes"]
    assert len(ag2["geometry"].exterior.coords) == 5
    assert result.mine_count == 38
    assert set(result.mines) == set(MINE_FIELDS)
    assert result.mines["mine_no"][:2] == ["R1-1", "R1-2"]
    # The magnetic mine: 84° magnetic + 6° declination = 90° true, 25 m from T2.
    m1 = result.mines["mine_no"].index("M1")
    t2_lon, t2_lat = list(ag1["geometry"].exterior.coords)[1]
    az, _, dist = GEOD.inv(t2_lon, t2_lat, result.mine_lon[m1], result.mine_lat[m1])
    assert dist == pytest.approx(25.0, abs=1e-6) and az == pytest.approx(90.0, abs=1e-6)


def test_messy_traverse_every_bad_row_has_its_reason():
    result = run("traverse_messy.csv")
    accounting(result)
    assert result.rows_read == 38
    reasons = by_row(result)
    expected = {
        6: "bearing '12-5O' is not a number",
        7: "from_point 'NOPE' is not a point",
        8: "appears twice",
        9: "distance_m 'ten' is not a number",
        10: "count or spacing_m",
        11: "category 'frog'",
        12: "unit 'grads'",
        13: "north 'sideways'",
        14: "kind 'flag'",
        15: "record_id is empty",
        16: "'nowhere' is not a coordinate",
        17: "Soviet mils (12-50 form) but the unit is deg",
        20: "crosses itself",
        25: "2 distinct vertices",
        29: "km apart",
        34: "bearing '9O' is not a number",
        32: "perimeter lacks row 34",
        35: "perimeter lacks row 34",
    }
    for row, text in expected.items():
        assert text in reasons[row], (row, reasons[row])
        assert reasons[row].startswith(f"row {row}: ")
    records = {r["record_id"]: r for r in result.records}
    assert set(records) == {"M-1", "M-6"}
    assert "spaces around it" in records["M-1"]["notes"]
    assert (records["M-1"]["recorded_ap"], records["M-1"]["recorded_at"]) == (1, 1)
    assert result.rows_imported == 4 + 2 + 4
    rejected = [r for r in result.rejects if r.source_row == 6][0]
    assert rejected.record_id == "M-1" and rejected.raw == "M-1,X1,mine,T1,12-5O,mil6000,true,10,,,AP,PMN,,,"


def test_expected_area_rejects_what_lies_outside():
    result = run("traverse_messy.csv", expected_area=KARABAKH)
    accounting(result)
    assert {r["record_id"] for r in result.records} == {"M-1"}
    reasons = by_row(result)
    for row in (36, 37, 38, 39):
        assert "outside the expected area" in reasons[row]


def test_point_table_in_azerbaijani_with_a_swap_found_by_the_expected_area():
    result = run("mines_az.csv", expected_area=KARABAKH)
    accounting(result)
    assert result.mode == "points"
    assert result.mapping["record_id"] == "Nömrə" and result.mapping["lat"] == "Enlik"
    reasons = by_row(result)
    assert set(reasons) == {6, 7, 8}
    assert "latitude 'abc'" in reasons[6]
    assert "category 'frog'" in reasons[7]
    assert "record_id is empty" in reasons[8]
    assert result.mine_count == 6
    idx = result.mines["mine_no"].index("4")
    assert (result.mine_lat[idx], result.mine_lon[idx]) == pytest.approx((39.98030, 46.93040))
    idx = result.mines["mine_no"].index("3")
    assert result.mine_lat[idx] == pytest.approx(39 + 58 / 60 + 49 / 3600)
    records = {r["record_id"]: r for r in result.records}
    assert (records["AG-101"]["recorded_ap"], records["AG-101"]["recorded_at"]) == (3, 1)
    assert (records["AG-102"]["recorded_ap"], records["AG-102"]["recorded_at"]) == (0, 2)
    assert "row 5: latitude and longitude were swapped" in records["AG-101"]["notes"]
    for rec in records.values():
        for lon, lat, rid in zip(result.mine_lon, result.mine_lat, result.mines["record_id"]):
            if rid == rec["record_id"]:
                assert rec["geometry"].buffer(1e-9).contains(Point(lon, lat))


def test_one_coordinate_column_in_every_notation():
    result = run("mines_coords.csv")
    accounting(result)
    reasons = by_row(result)
    assert set(reasons) == {7, 8, 9}
    assert "odd number of digits" in reasons[8]
    assert result.mine_count == 5
    lon, lat = result.mine_lon, result.mine_lat
    # all five written positions lie within 200 m of each other (the file was made that way)
    for i in range(5):
        assert GEOD.inv(lon[0], lat[0], lon[i], lat[i])[2] < 200


def test_gis_file_polygons_and_points():
    result = run("records.geojson")
    accounting(result)
    assert result.mode == "gis"
    reasons = by_row(result)
    assert "crosses itself" in reasons[2]
    assert "used again (first on row 1)" in reasons[3]
    assert "2 separate parts" in reasons[4]
    assert "lies in no single perimeter" in reasons[8]
    assert "was rejected (row 2)" in reasons[9]
    assert "category 'frog'" in reasons[10]
    assert "no geometry" in reasons[11]
    assert "km apart" in reasons[13]
    records = {r["record_id"]: r for r in result.records}
    assert set(records) == {"G-1", "G-4", "G-5"}
    assert (records["G-1"]["recorded_ap"], records["G-1"]["recorded_at"]) == (1, 1)  # mine 2 joined by location
    assert "repeats" in records["G-4"]["notes"] and "spaces" in records["G-4"]["notes"]
    assert records["G-4"]["reliability"] == "low"
    assert "closed into a polygon" in records["G-5"]["notes"]
    assert records["G-1"]["raw"].startswith("record_id=G-1; district=Fuzuli")


def test_existing_records_are_not_duplicated():
    result = run("traverse.csv", existing_record_ids=frozenset({"AG-001"}))
    accounting(result)
    assert {r["record_id"] for r in result.records} == {"AG-002"}
    assert all("already in the workspace" in r.reason for r in result.rejects)
    assert len(result.rejects) == 9


def test_unknown_columns_and_mapping_errors():
    table = SourceTable("x.csv", ["a", "b"], [["1"], ["2"]], np.array([2]), ["1,2"])
    with pytest.raises(MineMapError, match="cannot tell what x.csv holds"):
        import_rows(table)
    with pytest.raises(MineMapError, match="no column 'Enlik'"):
        import_rows(table, ImportOptions(mapping_text="lat=Enlik"))
    result = import_rows(table, ImportOptions(mapping_text="lat=a;lon=b"))
    # a mine with neither a category nor a model is never stored blank
    assert result.rows_read == 1 and result.rows_imported == 0
    assert "no category and no model" in result.rejects[0].reason
    table = SourceTable("x.csv", ["a", "b", "category"], [["1"], ["2"], ["AP"]], np.array([2]), ["1,2,AP"])
    result = import_rows(table, ImportOptions(mapping_text="lat=a;lon=b"))
    assert result.rows_read == 1 and result.rows_imported == 1
    assert result.records[0]["record_id"] == "x" and "no record_id column" in result.notes[0]


def test_projected_xy_columns_need_a_projected_crs():
    table = SourceTable("sk.csv", ["record_id", "x", "y", "model"], [["R"], ["4431542"], ["8662584"], ["TM-62M"]],
                        np.array([2]), ["R,4431542,8662584,TM-62M"])
    with pytest.raises(MineMapError, match="projected CRS"):
        import_rows(table)
    result = import_rows(table, ImportOptions(settings=Settings(crs="EPSG:28408")))
    assert result.mine_count == 1
    assert result.mine_lon[0] == pytest.approx(46.9027, abs=2e-3) and result.mine_lat[0] == pytest.approx(40.0017,
                                                                                                         abs=2e-3)


def test_dates():
    assert parse_date("12.05.1993") == "1993-05-12"
    assert parse_date("1993-05-12") == "1993-05-12"
    assert parse_date("31.02.1993") is None
    assert parse_date("soon") is None


def test_cancel_stops_early():
    calls = []
    result = import_rows(read_source(DATA / "traverse.csv"),
                         ImportOptions(progress=calls.append, is_canceled=lambda: True))
    assert result.canceled and calls


@pytest.mark.parametrize("text", [
    "record_id,mine_no,lat,lon\nA,1,39.5,46.5\nA,2,39.6,46.6\n",
    "record_id;mine_no;lat;lon\r\nA;1;39,5;46,5\r\n\r\n  ;  ; ;\r\nB;2;39.6\r\nC;3;1;2;extra;more\r\n",
    "record_id,mine_no,lat,lon\n\nA,1,39.5,46.5\n,,,\n   \nB,2,39.7,46.7",  # no newline at the end
    "id\tnote\nМН-1\tПМН-2 в ряду\nМН-2\t\n",
    "record_id,,lat,lat\nA,1,2,3\n",  # empty and repeated column names
    "record_id,mine_no\n\u00a0,\u2003\nA,1\n\u00a0B ,2\n",  # non-breaking and em spaces
])
def test_csv_without_quotes_reads_as_the_general_reader_does(tmp_path, text):
    """A CSV without quotes is read a chunk of lines at a time: the same columns, values, source line
    numbers and raw lines as the general (record by record) reader gives."""
    from clearground.workspace import sources

    path = tmp_path / "mines.csv"
    path.write_bytes(text.encode("utf-8"))
    fast = sources.read_csv(path)
    general = sources.read_csv(path, max_rows=10**9)  # a preview limit takes the general reader
    assert (fast.columns, fast.data, fast.raw) == (general.columns, general.data, general.raw)
    assert fast.source_rows.tolist() == general.source_rows.tolist()
    assert len(fast) > 0


def test_csv_read_in_chunks_keeps_every_row(tmp_path, monkeypatch):
    from clearground.workspace import sources

    monkeypatch.setattr(sources, "_CHUNK_LINES", 7)
    lines = ["record_id,mine_no,lat,lon"] + [f"R{i // 10},{i},{39 + i / 1e4},{46 + i / 1e4}" if i % 13 else ""
                                             for i in range(100)]
    path = tmp_path / "many.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    fast, general = sources.read_csv(path), sources.read_csv(path, max_rows=10**9)
    assert fast.data == general.data and fast.source_rows.tolist() == general.source_rows.tolist()
    assert len(fast) == 100 - 8 and fast.source_rows[0] == 3  # line 2 is blank


def _table(tmp_path, text: str):
    path = tmp_path / "table.csv"
    path.write_text(text, encoding="utf-8")
    return read_source(path)


def test_zone_38_south_is_taken_where_only_it_lies_in_the_expected_area(tmp_path):
    table = _table(tmp_path, "record_id,mine_no,coord,category\n"
                             "S-1,1,38S 612345 4432100,AP\nS-1,2,38S 612355 4432100,AP\nS-1,3,38S 612365 4432100,AP\n")
    south = box(45.0, -51.0, 48.0, -49.0)
    result = import_rows(table, ImportOptions(expected_area=south))
    accounting(result)
    assert result.mine_count == 3 and (result.mine_lat < -49).all()
    assert "read as zone 38 south" in result.records[0]["notes"]
    assert "only so does it lie in the expected area" in result.records[0]["notes"]
    north = import_rows(table, ImportOptions())
    assert (north.mine_lat > 39).all()  # band S, as written, when nothing says otherwise


def test_swapped_row_among_its_record_is_put_back_and_a_lone_impossible_latitude_is_rejected(tmp_path):
    table = _table(tmp_path, "record_id,mine_no,lat,lon,category\n"
                             "R,1,39.102921,46.710404,AP\nR,2,39.102950,46.710450,AP\nR,3,39.102990,46.710480,AP\n"
                             "R,4,46.710404,39.102921,AP\nR,5,95.1,46.9,AP\nL,1,91,46.9,AP\n")
    result = import_rows(table, ImportOptions())
    accounting(result)
    reasons = by_row(result)
    assert set(reasons) == {6, 7}
    assert "95.1 is beyond ±90" in reasons[6] and "km from the other mines of record 'R'" in reasons[6]
    assert "91 is beyond ±90" in reasons[7] and "nothing confirms that reading" in reasons[7]
    idx = result.mines["mine_no"].index("4")
    assert (result.mine_lat[idx], result.mine_lon[idx]) == pytest.approx((39.102921, 46.710404))
    assert "row 5: latitude and longitude were swapped in this row" in result.records[0]["notes"]
