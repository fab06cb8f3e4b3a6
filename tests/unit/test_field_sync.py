"""The rules of a field package and of merging one back, without QGIS."""

from __future__ import annotations

import datetime as dt

import pytest

from clearground.core import field_package as fp
from clearground.core import field_sync as fs
from clearground.core.field_finds import Known

NOW = dt.datetime(2026, 12, 3, 9, 0, tzinfo=dt.timezone.utc)


def test_selections():
    assert fp.parse_selection(" R-1, R-2 ,,R-1") == fp.Selection(ids=("R-1", "R-2"))
    assert fp.parse_selection("=\"team\" = 'T-1'") == fp.Selection(expression="\"team\" = 'T-1'")
    assert fp.parse_selection("").empty and fp.parse_selection(None).empty
    with pytest.raises(fp.PackageError):
        fp.parse_selection("=")


def test_manifest_round_trip_and_refusals():
    manifest = fp.Manifest("/data/ws.gpkg", "ws.gpkg", "T-1", "2026-12-03T09:00:00Z", "pkg", records=("R-1",))
    items = dict(manifest.items())
    again = fp.Manifest.from_items(items, [])
    assert (again.workspace, again.team, again.records) == ("/data/ws.gpkg", "T-1", ("R-1",))
    with pytest.raises(fp.PackageError, match="not a ClearGround field package"):
        fp.Manifest.from_items({"format": "something else"}, [])
    with pytest.raises(fp.PackageError, match="newer"):
        fp.Manifest.from_items({**items, "format_version": "99"}, [])


def test_photo_paths_stay_inside_the_package():
    assert fp.photo_paths("DCIM/a.jpg; DCIM/b.jpg;") == ["DCIM/a.jpg", "DCIM/b.jpg"]
    assert fp.safe_relative("DCIM/a.jpg") is not None
    assert fp.safe_relative("../../etc/passwd") is None
    assert fp.safe_relative("/etc/passwd") is None
    assert fp.safe_relative("C:/photos/a.jpg") is None
    assert fp.normalize_uuid("{ABC-1}") == "abc-1"


def _manifest(**values) -> fp.Manifest:
    manifest = fp.Manifest("/ws.gpkg", "ws", "T-1", "", "pkg")
    for sid, (version, status) in values.items():
        manifest.sectors[sid] = fp.PackagedSector(sid, version, {"status": status, "status_date": None,
                                                                 "depth_cm": None})
    return manifest


def test_finds_new_duplicate_and_invalid():
    known = [Known("F-1", 46.9005, 40.0005, "2026-11-20", "AP", "PMN-2", "u-old")]
    rows = [
        {"uuid": "{U-NEW}", "lon": 46.91, "lat": 40.0, "found_date": dt.date(2026, 12, 1), "category": "AP",
         "model": "PMN-2"},
        {"uuid": "u-old", "lon": 46.95, "lat": 40.0, "found_date": dt.date(2026, 12, 1), "category": "AT",
         "model": "TM-62M"},
        {"uuid": "u-twin", "lon": 46.900505, "lat": 40.0005, "found_date": dt.date(2026, 11, 20), "category": "AP",
         "model": "ПМН-2"},
        {"uuid": "u-bad", "lon": 46.92, "lat": 40.0, "found_date": dt.date(2026, 12, 1), "category": "AT",
         "model": "PMN-2"},
        {"uuid": None, "lon": 46.93, "lat": 40.0, "category": "AP"},
    ]
    plan = fs.plan_finds(rows, known, "T-1", "field package pkg")
    assert [f["uuid"] for f in plan.new] == ["u-new"]
    assert plan.new[0]["find_id"] == "u-new" and plan.new[0]["team"] == "T-1"
    assert [(r.key, r.outcome) for r in plan.report] == [
        ("u-new", "merged"), ("u-old", "skipped"), ("u-twin", "skipped"), ("u-bad", "skipped"),
        ("(no uuid, row 5)", "skipped")]
    assert plan.report[-1].message == (
        "The find in row 5 of the package's finds (40.000000, 46.930000) has no uuid; not merged.")
    nowhere = {"uuid": "", "lon": None, "lat": None, "found_date": dt.date(2026, 12, 2)}
    placeless = fs.plan_finds([nowhere], [], "T-1", "p")
    assert [(r.key, r.message) for r in placeless.report] == [("(no uuid, row 1)", (
        "The find in row 1 of the package's finds (no position, found 2026-12-02) has no uuid; not merged."))]
    # the same rows again, with the merged one now known: nothing new
    known.append(Known("u-new", 46.91, 40.0, "2026-12-01", "AP", "PMN-2", "u-new"))
    assert fs.plan_finds(rows, known, "T-1", "pkg").new == []


def test_sector_changes_applied_conflicting_and_already_there():
    manifest = _manifest(**{"S-1": (1, "planned"), "S-2": (3, "planned"), "S-3": (1, "planned"),
                            "S-4": (1, "planned")})
    device = {"S-1": {"status": "in_progress"}, "S-2": {"status": "cleared"}, "S-3": {"status": "planned"},
              "S-4": {"status": "cleared"}}
    changes = fs.field_changes(manifest, device, {"S-3": 0.95}, {"S-3": dt.date(2026, 12, 2)})
    assert changes == {"S-1": {"status": "in_progress"}, "S-2": {"status": "cleared"},
                       "S-3": {"status": "cleared", "status_date": dt.date(2026, 12, 2)},
                       "S-4": {"status": "cleared"}}
    current = {
        "S-1": {"sector_id": "S-1", "status": "planned", "version": 1},
        "S-2": {"sector_id": "S-2", "status": "reduced", "version": 4, "updated_by": "centre"},
        "S-3": {"sector_id": "S-3", "status": "planned", "version": 1},
        "S-4": {"sector_id": "S-4", "status": "cleared", "version": 2},  # merged by an earlier sync
    }
    plan = fs.plan_sectors(manifest, changes, current, NOW)
    assert sorted(plan.result.updates) == ["S-1", "S-3"]
    assert plan.result.read_versions == {"S-1": 1, "S-3": 1}
    assert plan.result.updates["S-1"]["updated_by"] == "T-1"
    conflict = [r for r in plan.report if r.outcome == "conflict"]
    assert [(r.key, r.old_value, r.new_value) for r in conflict] == [("S-2", "reduced", "cleared")]
    assert "centre" in conflict[0].message
    assert [r.key for r in plan.report if r.outcome == "skipped"] == ["S-4"]
    notes = fs.sync_notes(plan.report, "T-1", "pkg", NOW)
    assert {(n.feature_key, n.user_name) for n in notes} == {("S-1", "T-1"), ("S-3", "T-1")}


def test_a_cleared_sector_is_not_taken_out_of_cleared_from_the_field():
    manifest = _manifest(**{"S-1": (1, "cleared")})
    changes = fs.field_changes(manifest, {"S-1": {"status": "in_progress"}}, {}, {})
    plan = fs.plan_sectors(manifest, changes, {"S-1": {"sector_id": "S-1", "status": "cleared", "version": 1}}, NOW)
    assert plan.result.updates == {}
    assert [r.outcome for r in plan.report] == ["skipped"]
