"""A field package's round trip: packaged, edited as QField does, synced back twice (GeoPackage workspace)."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from qgis.core import QgsProcessingException

from clearground.core.marking import StatusChange

from .field_helpers import TEAM, X0, Y0, add_find, add_lane, make_workspace, serpentine, set_sector

CENTRE = "centre-analyst"


@pytest.fixture
def workspace(tmp_path):
    (tmp_path / "ws").mkdir()
    return make_workspace(tmp_path / "ws" / "district.gpkg")


def _package(run_alg, workspace, folder: Path) -> Path:
    result = run_alg("clearground:packagefield", {"WORKSPACE": workspace.parameter_value(), "TEAM": TEAM,
                                                  "OUTPUT_FOLDER": str(folder)})
    return Path(result["GEOPACKAGE"])


def _sync(run_alg, workspace, package) -> tuple[dict, list[dict]]:
    result = run_alg("clearground:syncfield", {"WORKSPACE": workspace.parameter_value(), "PACKAGE": str(package),
                                               "OUTPUT_REPORT": "memory:"})
    rows = [dict(zip(f.fields().names(), f.attributes())) for f in result["OUTPUT_REPORT"].getFeatures()]
    return result, rows


def edit_in_the_field(gpkg: Path) -> dict[str, str]:
    """What the team does on the device; the uuids of the finds it records."""
    folder = gpkg.parent
    uuids = {
        "with_photos": add_find(gpkg, folder, X0 + 0.0012, Y0 + 0.0004, "AP", "PMN-2", photos=2, sector="R-1-0-1"),
        "plain": add_find(gpkg, folder, X0 + 0.0025, Y0 + 0.0006, "AT", "TM-62M", depth=30),
        # the same mine as the workspace's F-1 (same place, date and model), recorded again
        "duplicate": add_find(gpkg, folder, X0 + 0.0005, Y0 + 0.0005, "AP", "PMN-2", day=dt.date(2026, 11, 20)),
        # an AT category for an AP model: not a valid find
        "invalid": add_find(gpkg, folder, X0 + 0.0031, Y0 + 0.0002, "AT", "PMN-2"),
    }
    set_sector(gpkg, "R-1-0-0", status="in_progress", status_date=dt.date(2026, 12, 1), depth_cm=25)
    set_sector(gpkg, "R-1-0-1", status="reduced", status_date=dt.date(2026, 12, 1))
    add_lane(gpkg, serpentine(2))
    return uuids


def _rows(path: Path, sql: str, *args) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


def test_round_trip(run_alg, workspace, tmp_path):
    gpkg = _package(run_alg, workspace, tmp_path / "package")
    uuids = edit_in_the_field(gpkg)
    # meanwhile at the centre: R-1-0-1 is marked cleared through the workspace
    workspace.mark_sectors(["R-1-0-1"], StatusChange("cleared", dt.date(2026, 11, 30)), CENTRE,
                           dt.datetime(2026, 11, 30, 12, 0, tzinfo=dt.timezone.utc))

    result, report = _sync(run_alg, workspace, gpkg)

    ws = workspace.path
    finds = {r[0]: r[1:] for r in _rows(ws, "SELECT uuid, find_id, category, model, photo, team, source FROM finds")}
    assert len(finds) == 3  # F-1 and the two new finds
    new = {k: v for k, v in finds.items() if k != "aaaaaaaa-0000-4000-8000-000000000001"}
    assert set(new) == {uuids["with_photos"].strip("{}"), uuids["plain"].strip("{}")}
    photo = new[uuids["with_photos"].strip("{}")][3]
    assert photo is not None and len(photo.split(";")) == 2
    for k, rel in enumerate(photo.split(";")):
        assert rel.startswith("district_photos/")
        copied = ws.parent / rel
        original = gpkg.parent / f"DCIM/find_{uuids['with_photos'].strip('{}')}_{k}.jpg"
        assert copied.read_bytes() == original.read_bytes()
    assert new[uuids["plain"].strip("{}")][3] is None
    assert all(v[4] == TEAM for v in new.values())

    sectors = {r[0]: r[1:] for r in _rows(ws, "SELECT sector_id, status, status_date, depth_cm, version, updated_by "
                                              "FROM sectors")}
    assert sectors["R-1-0-0"] == ("in_progress", "2026-12-01", 25, 2, TEAM)
    assert sectors["R-1-0-1"][0] == "cleared" and sectors["R-1-0-1"][3:] == (4, CENTRE)  # never overwritten
    assert sectors["R-1-0-2"] == ("cleared", "2026-12-02", None, 2, TEAM)  # its lanes cover it; the lane's date
    assert sectors["R-1-0-3"] == ("planned", None, None, 1, None)

    conflicts = [r for r in report if r["outcome"] == "conflict"]
    assert [(r["layer"], r["key"], r["field"], r["old_value"], r["new_value"]) for r in conflicts if
            r["field"] == "status"] == [("sectors", "R-1-0-1", "status", "cleared", "reduced")]
    assert CENTRE in conflicts[0]["message"]
    outcome = {(r["layer"], r["key"]): r["outcome"] for r in report if r["layer"] == "finds"}
    assert outcome[("finds", uuids["duplicate"].strip("{}"))] == "skipped"
    assert outcome[("finds", uuids["invalid"].strip("{}"))] == "skipped"
    assert (result["MERGED"], result["CONFLICTS"]) == (4, 1)  # 2 finds + 2 sectors; R-1-0-1
    assert any(r["key"] == "R-1-0-2" and "cleared lanes" in r["message"] for r in report)
    lanes = [r for r in report if r["layer"] == "cleared_lanes"]
    assert len(lanes) == 1 and "R-1-0-2" in lanes[0]["message"]

    audit = _rows(ws, "SELECT user_name, layer, feature_key, field, old_value, new_value FROM audit_log "
                      "WHERE user_name = ?", TEAM)
    assert ("T-1", "sectors", "R-1-0-0", "status", "planned", "in_progress") in audit
    assert ("T-1", "sectors", "R-1-0-2", "status", "planned", "cleared") in audit
    noted = {(r[1], r[2]) for r in audit if r[3] == "field_sync"}
    assert noted == {("finds", k) for k in new} | {("sectors", "R-1-0-0"), ("sectors", "R-1-0-2")}
    assert not [r for r in audit if r[2] == "R-1-0-1"]

    # the same package synced again: nothing added, nothing lost, the conflict still reported
    audit_count = _rows(ws, "SELECT count(*) FROM audit_log")[0][0]
    again, report2 = _sync(run_alg, workspace, gpkg)
    assert _rows(ws, "SELECT count(*) FROM finds")[0][0] == 3
    assert _rows(ws, "SELECT count(*) FROM audit_log")[0][0] == audit_count
    assert again["MERGED"] == 0 and again["CONFLICTS"] == 1
    assert {r[0]: r[1:] for r in _rows(ws, "SELECT sector_id, status, status_date, depth_cm, version, updated_by "
                                           "FROM sectors")} == sectors
    assert len(list((ws.parent / "district_photos").iterdir())) == 2


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_not_a_package_is_refused(run_alg, workspace, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    before = _digest(workspace.path)
    for package in (empty, workspace.path):
        with pytest.raises(QgsProcessingException, match="field package"):
            _sync(run_alg, workspace, package)
    assert _digest(workspace.path) == before
    assert not (workspace.path.parent / "district_photos").exists()


def test_package_from_another_workspace_is_refused(run_alg, workspace, tmp_path):
    gpkg = _package(run_alg, workspace, tmp_path / "package")
    edit_in_the_field(gpkg)
    (tmp_path / "other").mkdir()
    other_path = tmp_path / "other" / "district.gpkg"
    shutil.copy(workspace.path, other_path)
    from clearground.workspace import open_workspace

    other = open_workspace(other_path)
    before = _digest(other_path)
    with pytest.raises(QgsProcessingException, match="made from the workspace"):
        _sync(run_alg, other, gpkg.parent)
    assert _digest(other_path) == before
    assert not (other_path.parent / "district_photos").exists()
