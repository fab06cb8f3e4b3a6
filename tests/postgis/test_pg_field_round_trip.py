"""A field package's round trip on a PostGIS workspace: packaged, edited as QField does, synced back twice."""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path

import pytest
from qgis.core import QgsProcessingException

from clearground.core.marking import StatusChange
from clearground.workspace import postgis as pgw
from clearground.workspace import transfer

_spec = importlib.util.spec_from_file_location(
    "field_helpers", Path(__file__).resolve().parents[1] / "qgis" / "field_helpers.py")
helpers = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(helpers)
TEAM, X0, Y0 = helpers.TEAM, helpers.X0, helpers.Y0


@pytest.fixture
def pg_field_workspace(pg, schema_name, qgis_connection, tmp_path):
    (tmp_path / "source").mkdir()
    source = helpers.make_workspace(tmp_path / "source" / "district.gpkg")
    transfer.gpkg_to_postgis(source.path, pg, schema_name)
    name, login, _ = qgis_connection
    return pgw.open_connection_workspace(name, schema_name), login


def _query(pg, sql: str, *args) -> list[tuple]:
    cur = pg.cursor()
    cur.execute(sql, args)
    rows = cur.fetchall()
    pg.rollback()
    return rows


def test_round_trip_on_postgis(run_alg, pg, pg_field_workspace, tmp_path):
    workspace, login = pg_field_workspace
    schema = workspace.schema
    result = run_alg("clearground:packagefield", {"WORKSPACE": workspace.parameter_value(), "TEAM": TEAM,
                                                  "OUTPUT_FOLDER": str(tmp_path / "package")})
    gpkg = Path(result["GEOPACKAGE"])
    folder = gpkg.parent
    with_photos = helpers.add_find(gpkg, folder, X0 + 0.0012, Y0 + 0.0004, "AP", "PMN-2", photos=1).strip("{}")
    plain = helpers.add_find(gpkg, folder, X0 + 0.0025, Y0 + 0.0006, "AT", "TM-62M").strip("{}")
    helpers.add_find(gpkg, folder, X0 + 0.0005, Y0 + 0.0005, "AP", "ПМН-2", day=dt.date(2026, 11, 20))  # F-1 again
    helpers.set_sector(gpkg, "R-1-0-0", status="in_progress", status_date=dt.date(2026, 12, 1))
    helpers.set_sector(gpkg, "R-1-0-1", status="reduced", status_date=dt.date(2026, 12, 1))
    helpers.add_lane(gpkg, helpers.serpentine(2))
    workspace.mark_sectors(["R-1-0-1"], StatusChange("cleared", dt.date(2026, 11, 30)), "centre",
                           dt.datetime(2026, 11, 30, 12, 0, tzinfo=dt.timezone.utc))

    params = {"WORKSPACE": workspace.parameter_value(), "PACKAGE": str(folder), "OUTPUT_REPORT": "memory:"}
    first = run_alg("clearground:syncfield", params)
    report = [dict(zip(f.fields().names(), f.attributes())) for f in first["OUTPUT_REPORT"].getFeatures()]

    finds = {r[0]: r[1:] for r in _query(pg, f'SELECT uuid, photo, team FROM "{schema}".finds')}
    assert set(finds) == {"aaaaaaaa-0000-4000-8000-000000000001", with_photos, plain}
    photo = finds[with_photos][0]
    assert photo == f"{schema}_photos/{with_photos}_1.jpg"
    assert (tmp_path / photo).read_bytes() == (folder / f"DCIM/find_{with_photos}_0.jpg").read_bytes()
    select_sectors = f'SELECT sector_id, status, version, updated_by FROM "{schema}".sectors'
    sectors = {r[0]: r[1:] for r in _query(pg, select_sectors)}
    assert sectors["R-1-0-0"][:2] == ("in_progress", 2)
    assert sectors["R-1-0-1"][:2] == ("cleared", 4)  # the centre's change stands
    assert sectors["R-1-0-2"][:2] == ("cleared", 2)  # its cleared lanes
    conflict = [r for r in report if r["outcome"] == "conflict" and r["field"] == "status"]
    assert [(r["key"], r["old_value"], r["new_value"]) for r in conflict] == [("R-1-0-1", "cleared", "reduced")]
    assert first["MERGED"] == 4 and first["CONFLICTS"] == 1

    # the database names the team and, beside it, the login that merged the package
    merged_by = f"{TEAM} via {login}"
    notes = _query(pg, f"SELECT layer, feature_key, user_name, new_value FROM \"{schema}\".audit_log "
                       "WHERE field = 'field_sync'")
    assert {(r[0], r[1]) for r in notes} == {("finds", with_photos), ("finds", plain), ("sectors", "R-1-0-0"),
                                             ("sectors", "R-1-0-2")}
    assert all(r[2] == merged_by and f"team {TEAM}" in r[3] for r in notes)
    changes = _query(pg, f"SELECT user_name, old_value, new_value FROM \"{schema}\".audit_log "
                         "WHERE layer = 'sectors' AND feature_key = 'R-1-0-0' AND field = 'status'")
    assert changes == [(merged_by, "planned", "in_progress")]
    inserted = _query(pg, f"SELECT feature_key, user_name FROM \"{schema}\".audit_log "
                          "WHERE layer = 'finds' AND field = '(inserted)'")
    assert sorted(inserted) == sorted([(with_photos, merged_by), (plain, merged_by)])
    assert sectors["R-1-0-0"][2] == merged_by and sectors["R-1-0-1"][2] == login

    # the team is named for that transaction only: the next change is the login's
    workspace.mark_sectors(["R-1-0-3"], StatusChange("in_progress", dt.date(2026, 12, 2)), "centre",
                           dt.datetime(2026, 12, 2, 9, 0, tzinfo=dt.timezone.utc))
    later = _query(pg, f"SELECT user_name FROM \"{schema}\".audit_log WHERE feature_key = 'R-1-0-3'")
    assert later and {r[0] for r in later} == {login}
    sectors = {r[0]: r[1:] for r in _query(pg, select_sectors)}

    audit_count = _query(pg, f'SELECT count(*) FROM "{schema}".audit_log')[0][0]
    second = run_alg("clearground:syncfield", params)
    assert second["MERGED"] == 0 and second["CONFLICTS"] == 1
    assert _query(pg, f'SELECT count(*) FROM "{schema}".finds')[0][0] == 3
    assert _query(pg, f'SELECT count(*) FROM "{schema}".audit_log')[0][0] == audit_count
    assert {r[0]: r[1:] for r in _query(pg, select_sectors)} == sectors


def test_package_of_a_geopackage_refused_by_postgis(run_alg, pg, pg_field_workspace, tmp_path):
    workspace, _ = pg_field_workspace
    (tmp_path / "gpkg").mkdir()
    other = helpers.make_workspace(tmp_path / "gpkg" / "district.gpkg")
    result = run_alg("clearground:packagefield", {"WORKSPACE": str(other.path), "TEAM": TEAM,
                                                  "OUTPUT_FOLDER": str(tmp_path / "package")})
    helpers.add_find(Path(result["GEOPACKAGE"]), tmp_path / "package", X0 + 0.001, Y0 + 0.0004, "AP", "PMN-2")
    with pytest.raises(QgsProcessingException, match="made from the workspace"):
        run_alg("clearground:syncfield", {"WORKSPACE": workspace.parameter_value(), "PACKAGE": result["GEOPACKAGE"],
                                          "OUTPUT_REPORT": "memory:"})
    assert _query(pg, f'SELECT count(*) FROM "{workspace.schema}".finds')[0][0] == 1
