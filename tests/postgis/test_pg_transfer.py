"""GeoPackage -> PostGIS -> GeoPackage loses nothing: every feature, fid, attribute, geometry, audit row."""

from __future__ import annotations

import pytest
from psycopg2 import sql

from clearground.core import schema
from clearground.workspace import WorkspaceError, transfer
from clearground.workspace import postgis as pgw

from .conftest import NASTY, features


def test_round_trip_gpkg_postgis_gpkg_compares_every_feature_and_attribute(pg, schema_name, full_workspace, tmp_path):
    source = features(full_workspace)
    assert {k: len(v) for k, v in source.items()} == {
        "minefield_records": 2, "recorded_mines": 25, "hazard_areas": 1, "sectors": 6, "finds": 2,
        "discrepancies": 1, "audit_log": 4}
    there = transfer.gpkg_to_postgis(full_workspace, pg, schema_name)
    assert there.counts == {k: len(v) for k, v in source.items()}
    assert there.skipped_layers == ["field_notes"]
    assert there.extra_fields == {"finds": ["condition"]}
    assert pgw.open_workspace(pg, schema_name).schema_version == schema.SCHEMA_VERSION

    # in the database: the same fids, text and geometry, checked independently of the copy code
    with pg.cursor() as cur:
        cur.execute(sql.SQL("SELECT fid, record_id, source, raw, ST_AsBinary(geom), laid_date::text FROM {}.{} "
                            "ORDER BY fid").format(sql.Identifier(schema_name), sql.Identifier("minefield_records")))
        rows = cur.fetchall()
        assert [(r[0], r[1], r[2], r[3], r[5]) for r in rows] == [
            (1, "R-1", NASTY, NASTY, "1994-05-17"), (3, "R-3", None, None, None)]
        assert bytes(rows[0][4]) == source["minefield_records"][0]["geom"]
        cur.execute(sql.SQL("SELECT updated_at AT TIME ZONE 'UTC' FROM {}.sectors WHERE sector_id = 'R-1-0-2'")
                    .format(sql.Identifier(schema_name)))
        assert str(cur.fetchone()[0]) == "2026-11-23 09:12:03.500000"
        cur.execute(sql.SQL("SELECT condition FROM {}.finds WHERE find_id = 'F-1'").format(sql.Identifier(schema_name)))
        assert cur.fetchone()[0] == NASTY
        # new features continue after the copied fids
        cur.execute(sql.SQL("INSERT INTO {}.minefield_records (record_id) VALUES ('R-4') RETURNING fid")
                    .format(sql.Identifier(schema_name)))
        assert cur.fetchone()[0] == 4
    pg.rollback()

    back = tmp_path / "back.gpkg"
    again = transfer.postgis_to_gpkg(pg, schema_name, back)
    assert again.counts == there.counts
    assert again.extra_fields == {"finds": ["condition"]}
    result = features(back)
    for layer_name in source:
        assert result[layer_name] == source[layer_name], layer_name
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".back-")]


def test_copies_never_overwrite_and_a_cancel_leaves_nothing(pg, schema_name, full_workspace, tmp_path):
    class CancelAfterFirstBatch(transfer.Progress):
        def __init__(self):
            self.calls = 0

        def setProgress(self, percent):
            self.calls += 1

        def isCanceled(self):
            return self.calls > 0

    with pytest.raises(transfer.TransferCancelled):
        transfer.gpkg_to_postgis(full_workspace, pg, schema_name, CancelAfterFirstBatch())
    with pg.cursor() as cur:
        cur.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s", (schema_name,))
        assert cur.fetchone() is None
    pg.rollback()
    transfer.gpkg_to_postgis(full_workspace, pg, schema_name)
    with pytest.raises(WorkspaceError, match="already a ClearGround workspace"):
        transfer.gpkg_to_postgis(full_workspace, pg, schema_name)
    with pytest.raises(WorkspaceError, match="already exists"):
        transfer.postgis_to_gpkg(pg, schema_name, full_workspace)
    with pytest.raises(transfer.TransferCancelled):
        transfer.postgis_to_gpkg(pg, schema_name, tmp_path / "cancelled.gpkg", CancelAfterFirstBatch())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["source.gpkg"]
    with pytest.raises(WorkspaceError, match="does not exist"):
        transfer.postgis_to_gpkg(pg, schema_name + "_none", tmp_path / "x.gpkg")
