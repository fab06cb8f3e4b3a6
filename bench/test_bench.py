"""The benchmark at a tiny scale, end to end, so that its code keeps working (no timing is asserted)."""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import datagen  # noqa: E402
import report  # noqa: E402
import run  # noqa: E402

SCALE = 0.001


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("bench-data")
    datagen.ensure(folder, SCALE, log=lambda text: None)
    return folder


def test_the_data_has_the_counts_of_its_scale_and_opens_as_a_workspace(data):
    sys.path.insert(0, str(HERE.parent / "build" / "qgis-plugins"))
    from clearground.workspace.geopackage import open_workspace

    manifest = json.loads((data / "manifest.json").read_text())
    assert manifest["records"] == 10
    assert manifest["recorded_mines"] == 1_000 == manifest["csv_rows"]
    assert manifest["sectors"] == 100
    assert manifest["finds"] == 1_000 and manifest["cleared_finds"] == 100
    open_workspace(data / "workspace.gpkg", upgrade=False)
    con = sqlite3.connect(data / "workspace.gpkg")
    try:
        for table, expected in (("minefield_records", 10), ("recorded_mines", 1_000), ("sectors", 100),
                                ("finds", 1_000)):
            assert con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] == expected
            assert con.execute(f'SELECT count(*) FROM "rtree_{table}_geom"').fetchone()[0] == expected
            assert con.execute(f"SELECT rtreecheck('rtree_{table}_geom')").fetchone()[0] == "ok"
            assert con.execute("SELECT feature_count FROM gpkg_ogr_contents WHERE table_name = ?",
                               (table,)).fetchone()[0] == expected
        triggers = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert "rtree_finds_geom_insert" in triggers and "trigger_insert_feature_count_finds" in triggers
    finally:
        con.close()
    lines = (data / "mines.csv").read_text().splitlines()
    assert lines[0] == "record_id,mine_no,lat,lon,category,model" and len(lines) == 1_001


def test_the_same_seed_gives_the_same_data(data, tmp_path):
    again = tmp_path / "again"
    datagen.ensure(again, SCALE, log=lambda text: None)
    assert (again / "mines.csv").read_bytes() == (data / "mines.csv").read_bytes()


@pytest.mark.slow
def test_a_tiny_run_measures_every_case_and_writes_the_results(tmp_path):
    results = tmp_path / "RESULTS.md"
    measurements = tmp_path / "results.json"
    code = run.main(["--scale", str(SCALE), "--results", str(results), "--json", str(measurements),
                     "--native-subset", "3", "--clicks", "2", "--quiet"])
    assert code == 0
    runs = json.loads(measurements.read_text())[0]["runs"]
    cases = {c for op in report.OPERATIONS for c in (op.ours, op.native, op.floor, op.rw_floor, op.extra) if c}
    assert set(runs) == cases
    failed = {case: r["error"] for case, r in runs.items() if r["result"] is None}
    assert not failed
    for r in runs.values():
        assert r["result"]["seconds"] >= 0 and r["result"]["peak_mb"] > 0
    assert runs["tally_cg"]["result"]["cells"] == runs["tally_native"]["result"]["cells"]
    assert runs["tally_cg"]["result"]["info"]["total"] == runs["tally_native"]["result"]["info"]["total"]
    imported = runs["import_cg"]["result"]["info"]
    assert imported["ROWS_READ"] == 1_000 == imported["ROWS_IMPORTED"] + imported["ROWS_REJECTED"]
    assert imported["mines_in_workspace"] == imported["MINES"] == imported["ROWS_IMPORTED"]
    assert runs["sectors_native"]["result"]["extrapolated"] is True
    assert runs["click"]["result"]["info"]["edits_saved"] == 2
    assert runs["floor_sectors_rw"]["result"]["info"]["rows_written"] == runs["sectors_cg"]["result"]["info"]["sectors"]
    assert runs["floor_mark_rw"]["result"]["info"]["rows_written"] == 100  # every sector of the workspace
    assert runs["sectors_cg_real"]["result"]["info"]["skipped"] > 0  # the areas without a geometry
    assert runs["mark_cg_real"]["result"]["info"]["marked"] > 0
    in_place = runs["mark_cg_workspace"]["result"]["info"]
    assert in_place["marked"] == in_place["newly_cleared_in_workspace"] == runs["mark_cg"]["result"]["info"]["marked"]
    assert in_place["audit_rows_added"] > in_place["marked"]
    assert runs["click"]["result"]["info"]["audit_rows"] > 0
    text = results.read_text()
    assert "| operation | ClearGround |" in text and "| target | measured | met |" in text
    assert "same numbers in every district and category cell" in text


def test_a_native_chain_expected_to_run_over_the_limit_is_skipped_at_a_larger_scale():
    small = run.ScaleRun(0.1, {}, {"tally_native": run.Run("tally_native", result={"seconds": 6.0, "peak_mb": 1.0})})
    assert run.estimate([small], "tally_native", 10.0) == pytest.approx(600.0)
    assert run.estimate([small], "tally_native", 0.01) is None
    assert run.estimate([small], "match_native", 10.0) is None


def test_the_stand_ins_section_is_replaced_in_place_and_survives_a_rewrite_of_results_with_those_measured_apart():
    import standins

    old = "# Results\n\n## Scale 1\nold\n\n## Library stand-ins\n\nbefore\n\n## How cost grows\ngrowth\n"
    replaced = standins.replace_section(old, "## Library stand-ins\n\nafter\n")
    assert replaced == "# Results\n\n## Scale 1\nold\n\n## Library stand-ins\n\nafter\n\n## How cost grows\ngrowth\n"
    assert standins.replace_section("# Results\n", "## Library stand-ins\n\nfirst\n").endswith(
        "# Results\n\n## Library stand-ins\n\nfirst\n")
    rewritten = report.keep_standins(replaced, "# Results\n\n## Scale 1\nnew\n")
    assert rewritten == "# Results\n\n## Scale 1\nnew\n\n## Library stand-ins\n\nafter\n"
    apart = "## Import at scale 10, measured apart\n\nby hand\n\n"
    rewritten = report.keep_standins(replaced.replace("## Library", apart + "## Library"), "# Results\n\nnew\n")
    assert rewritten == "# Results\n\nnew\n\n" + apart + "## Library stand-ins\n\nafter\n"


def test_the_stand_ins_run_both_sides_of_a_comparison(data, tmp_path):
    import standins

    results = tmp_path / "RESULTS.md"
    results.write_text("# Results\n", encoding="utf-8")
    out = tmp_path / "standins.json"
    assert standins.main(["--scale", str(SCALE), "--data", str(data), "--only", "writer", "hashing", "--rounds", "1",
                          "--repeat", "1", "--no-now", "--results", str(results), "--json", str(out)]) == 0
    rows = json.loads(out.read_text())["rows"]
    assert [r["standin"] for r in rows] == ["writer", "hashing", "hashing"]
    for row in rows:
        assert row["a"]["seconds"] > 0 and row["b"]["seconds"] > 0
        assert row["a"]["info"] == row["b"]["info"]  # both sides produced the same
    assert results.read_text() == "# Results\n"  # --only leaves RESULTS.md as it is
