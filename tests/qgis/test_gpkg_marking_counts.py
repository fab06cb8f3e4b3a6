"""Sectors marked in place in a GeoPackage: OGR's feature count of the audit rows stays right."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
import shapely
from osgeo import ogr

from clearground.core import marking
from clearground.core.marking import StatusChange
from clearground.workspace import WorkspaceError, create_workspace
from clearground.workspace.store import SectorConflictError
from clearground.workspace.writer import FeatureColumns

NOW = dt.datetime(2026, 11, 24, 8, 0, tzinfo=dt.timezone.utc)
COUNTER = "trigger_insert_feature_count_audit_log"


def _workspace(tmp_path, n: int = 40, counted: bool = True):
    """A workspace of ``n`` sectors; ``counted``: its audit rows counted by OGR (0), else not yet (NULL, as
    GDAL before 3.10 leaves a new layer)."""
    ws = create_workspace(tmp_path / "ws.gpkg")
    ids = [f"R-0-{i}" for i in range(n)]
    boxes = [shapely.box(46 + i * 1e-3, 40, 46.001 + i * 1e-3, 40.001) for i in range(n)]
    ws.append({"sectors": FeatureColumns({"sector_id": ids, "parent_id": ["R"] * n}, boxes)})
    with sqlite3.connect(ws.path) as con:
        con.execute("UPDATE gpkg_ogr_contents SET feature_count = ? WHERE table_name = 'audit_log'",
                    (0 if counted else None,))
    return ws, ids


def _state(path) -> tuple:
    """(OGR's stored count of audit rows, the rows there are, whether OGR's count trigger is there)."""
    con = sqlite3.connect(path)
    try:
        stored = con.execute("SELECT feature_count FROM gpkg_ogr_contents WHERE table_name = 'audit_log'").fetchone()
        rows = con.execute("SELECT count(*) FROM audit_log").fetchone()[0]
        trigger = con.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (COUNTER,)).fetchone() is not None
    finally:
        con.close()
    return stored[0], rows, trigger


def test_the_audit_rows_of_sectors_marked_in_place_are_counted_as_ogr_counts_them(tmp_path):
    ws, ids = _workspace(tmp_path)
    ws.mark_sectors(ids[:30], StatusChange("cleared", dt.date(2026, 11, 24), team="T-7"), "anna", NOW)
    ws.mark_sectors(ids[25:], StatusChange("in_progress", reason="a find after clearance"), "boris", NOW)
    stored, rows, trigger = _state(ws.path)
    # 30 sectors x (status, status_date, team, version), then 15 x (status, version) and 5 reasons
    assert rows == 30 * 4 + 15 * 2 + 5
    assert stored == rows and trigger
    ds = ogr.Open(str(ws.path))
    assert ds.GetLayerByName("audit_log").GetFeatureCount(force=0) == rows  # what OGR reports unforced
    ds = None
    with sqlite3.connect(ws.path) as con:  # the trigger counts the rows other writers add, as before
        con.execute("INSERT INTO audit_log (ts, layer, feature_key, field) VALUES ('2026-11-24T09:00:00Z', "
                    "'sectors', 'R-0-0', 'note')")
    assert _state(ws.path) == (rows + 1, rows + 1, True)


def test_a_conflict_part_way_through_leaves_the_count_and_its_trigger_as_they_were(tmp_path):
    ws, ids = _workspace(tmp_path)
    with ws.transaction() as tx:
        rows = tx.sector_rows(ids[:10])
    ws.mark_sectors(ids[5:6], StatusChange("reduced"), "anna", NOW)  # R-0-5 is now at version 2
    before = _state(ws.path)
    stale = marking.mark(rows, StatusChange("cleared"), "boris", NOW)
    with pytest.raises(SectorConflictError, match="R-0-5"):
        with ws.transaction() as tx:
            tx.apply_marking(stale)
    assert _state(ws.path) == before
    assert before[0] == before[1] == 2 and before[2]


def test_a_count_ogr_has_not_made_yet_is_left_for_it_to_make(tmp_path):
    ws, ids = _workspace(tmp_path, counted=False)
    ws.mark_sectors(ids, StatusChange("cleared"), "anna", NOW)
    stored, rows, trigger = _state(ws.path)
    assert stored is None and rows == 40 * 2 and trigger
    ds = ogr.Open(str(ws.path))
    assert ds.GetLayerByName("audit_log").GetFeatureCount() == rows
    ds = None


def test_a_conflict_in_a_later_chunk_of_updates_is_named_and_nothing_is_kept(tmp_path):
    from clearground.workspace.store import UPDATE_CHUNK

    ws, ids = _workspace(tmp_path, n=UPDATE_CHUNK + 500)
    with ws.transaction() as tx:
        rows = tx.sector_rows(ids)
    late = ids[UPDATE_CHUNK + 300]
    ws.mark_sectors([late], StatusChange("reduced"), "anna", NOW)
    before = _state(ws.path)
    stale = marking.mark(rows, StatusChange("cleared"), "boris", NOW)
    with pytest.raises(SectorConflictError, match=late) as caught:
        with ws.transaction() as tx:
            tx.apply_marking(stale)
    assert caught.value.sector_id == late and caught.value.changed_by == "anna"
    assert _state(ws.path) == before
    with sqlite3.connect(ws.path) as con:
        assert con.execute("SELECT sector_id FROM sectors WHERE version <> 1").fetchall() == [(late,)]


def test_an_update_the_file_refuses_is_named_by_its_sector(tmp_path):
    ws, ids = _workspace(tmp_path)
    with ws.transaction() as tx:
        rows = tx.sector_rows(ids[:3])
    result = marking.mark(rows, StatusChange("cleared"), "boris", NOW)
    result.updates[ids[1]]["version"] = 7  # not one more than the stored version: the file's trigger refuses it
    before = _state(ws.path)
    with pytest.raises(WorkspaceError, match=f"Sector {ids[1]} was not saved: clearground-conflict"):
        with ws.transaction() as tx:
            tx.apply_marking(result)
    assert _state(ws.path) == before


def test_sector_times_written_with_an_offset_or_a_space_are_read_as_the_utc_instant_they_name(tmp_path):
    """Another program's updated_at texts: 'Z', an offset, a space for the T, no zone (UTC)."""
    ws, ids = _workspace(tmp_path, n=4)
    texts = ["2026-11-20T08:00:00.000Z", "2026-11-20T10:00:00+02:00", "2026-11-20 08:00:00",
             "2026-11-20 05:30:00-02:30"]
    from clearground.workspace.gpkg_store import register_functions

    with sqlite3.connect(ws.path) as con:
        register_functions(con)  # the file's R-tree triggers call them
        for sid, text in zip(ids, texts):
            con.execute("UPDATE sectors SET updated_at = ?, version = version + 1 WHERE sector_id = ?", (text, sid))
    with ws.transaction() as tx:
        read = {r["sector_id"]: r["updated_at"] for r in tx.sector_rows(ids)}
    assert set(read.values()) == {dt.datetime(2026, 11, 20, 8, 0, tzinfo=dt.timezone.utc)}
