"""Schema v1 in a PostgreSQL schema: tables, types, constraints, indexes, open errors and upgrade."""

from __future__ import annotations

import psycopg2
import pytest
from psycopg2 import sql

from clearground.core import migrations, schema
from clearground.workspace import WorkspaceError
from clearground.workspace import postgis as pgw

PG_TYPES = {"text": "text", "int": "integer", "real": "double precision", "date": "date",
            "datetime": "timestamp with time zone"}

#: A version after this one, for testing the upgrade machinery itself.
NEXT = schema.SCHEMA_VERSION + 1


def _rows(db, query, params=()):
    with db.cursor() as cur:
        cur.execute(query, params)
        rows = cur.fetchall()
    db.commit()
    return rows


def _table(schema_name: str, name: str) -> sql.Composed:
    return sql.SQL("{}.{}").format(sql.Identifier(schema_name), sql.Identifier(name))


def test_every_layer_field_type_and_constraint_is_there(pg, schema_name):
    ws = pgw.create_workspace(pg, schema_name)
    assert ws.schema_version == schema.SCHEMA_VERSION
    tables = {r[0] for r in _rows(pg, "SELECT table_name FROM information_schema.tables WHERE table_schema = %s",
                                  (schema_name,))}
    assert tables == set(schema.LAYER_NAMES) | {"cg_meta"}
    for lyr in schema.LAYERS:
        columns = _rows(pg, "SELECT column_name, data_type, is_nullable, column_default "
                            "FROM information_schema.columns WHERE table_schema = %s AND table_name = %s "
                            "ORDER BY ordinal_position", (schema_name, lyr.name))
        names = [c[0] for c in columns]
        expected = ["fid"] + (["geom"] if lyr.geometry else []) + list(lyr.field_names)
        assert names == expected, lyr.name
        by_name = {c[0]: c for c in columns}
        for fld in lyr.fields:
            _, data_type, nullable, default = by_name[fld.name]
            assert data_type == PG_TYPES[fld.type], (lyr.name, fld.name)
            assert (nullable == "NO") == fld.not_null, (lyr.name, fld.name)
            if fld.default is not None:
                assert str(fld.default) in default, (lyr.name, fld.name, default)
        if lyr.geometry:
            geometry = _rows(pg, "SELECT type, srid FROM geometry_columns WHERE f_table_schema = %s "
                                 "AND f_table_name = %s", (schema_name, lyr.name))
            assert geometry == [(lyr.geometry.upper(), schema.STORAGE_EPSG)]
            gist = _rows(pg, "SELECT indexdef FROM pg_indexes WHERE schemaname = %s AND tablename = %s "
                             "AND indexdef LIKE '%%USING gist (geom)%%'", (schema_name, lyr.name))
            assert len(gist) == 1, lyr.name
        for column in lyr.extra_indexes:
            assert _rows(pg, "SELECT 1 FROM pg_indexes WHERE schemaname = %s AND tablename = %s AND indexname = %s",
                         (schema_name, lyr.name, f"{lyr.name}_{column}_idx")), (lyr.name, column)
    meta = dict(_rows(pg, sql.SQL("SELECT key, value FROM {}").format(_table(schema_name, "cg_meta"))))
    assert meta.keys() == {"schema_version", "created_in"} and meta["schema_version"] == str(schema.SCHEMA_VERSION)
    assert int(meta["created_in"]) > 0  # the transaction that made it: its own rows are not "inserted" ones


def _insert(db, schema_name, layer, **values):
    statement = sql.SQL("INSERT INTO {} ({}) VALUES ({})").format(
        _table(schema_name, layer), sql.SQL(", ").join(map(sql.Identifier, values)),
        sql.SQL(", ").join(sql.Placeholder() * len(values)))
    try:
        with db.cursor() as cur:
            cur.execute(statement, tuple(values.values()))
        db.commit()
    except Exception:
        db.rollback()
        raise


def test_constraints_are_enforced_by_the_database(pg, schema_name):
    pgw.create_workspace(pg, schema_name)
    _insert(pg, schema_name, "sectors", sector_id="R1-0-0", status="cleared")
    with pytest.raises(psycopg2.errors.CheckViolation, match="sectors_status_allowed"):
        _insert(pg, schema_name, "sectors", sector_id="R1-0-1", status="done")
    with pytest.raises(psycopg2.errors.UniqueViolation, match="sectors_sector_id_unique"):
        _insert(pg, schema_name, "sectors", sector_id="R1-0-0", status="planned")
    with pytest.raises(psycopg2.errors.NotNullViolation):
        _insert(pg, schema_name, "sectors", status="planned")
    with pytest.raises(psycopg2.errors.CheckViolation, match="finds_category_allowed"):
        _insert(pg, schema_name, "finds", find_id="F1", category="mine")
    with pytest.raises(psycopg2.errors.InvalidParameterValue):  # a point is not a polygon
        _insert(pg, schema_name, "sectors", sector_id="R1-0-2", geom="SRID=4326;POINT(46 40)")
    with pytest.raises(psycopg2.errors.InvalidParameterValue):  # storage is EPSG:4326 only
        _insert(pg, schema_name, "finds", find_id="F2", geom="SRID=32638;POINT(612345 4432100)")
    _insert(pg, schema_name, "finds", find_id="F3", category="AP")
    assert _rows(pg, sql.SQL("SELECT status, version, updated_by FROM {}").format(_table(schema_name, "sectors"))) == [
        ("cleared", 1, None)]
    assert _rows(pg, sql.SQL("SELECT quantity FROM {}").format(_table(schema_name, "finds"))) == [(1,)]


def test_create_refuses_existing_workspace_or_foreign_tables(pg, schema_name):
    pgw.create_workspace(pg, schema_name)
    with pytest.raises(WorkspaceError, match="already a ClearGround workspace"):
        pgw.create_workspace(pg, schema_name)
    other = schema_name + "_other"
    with pg.cursor() as cur:
        cur.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(other)))
        cur.execute(sql.SQL("CREATE TABLE {}.roads (id int)").format(sql.Identifier(other)))
    pg.commit()
    try:
        with pytest.raises(WorkspaceError, match="already holds tables"):
            pgw.create_workspace(pg, other)
        assert _rows(pg, "SELECT table_name FROM information_schema.tables WHERE table_schema = %s",
                     (other,)) == [("roads",)]
        with pytest.raises(WorkspaceError, match="holds the tables roads, not a ClearGround workspace") as caught:
            pgw.open_workspace(pg, other)
        assert "Copy to PostGIS" in str(caught.value) and "cg_meta" not in str(caught.value)
    finally:
        with pg.cursor() as cur:
            cur.execute(sql.SQL("DROP SCHEMA {} CASCADE").format(sql.Identifier(other)))
        pg.commit()


def test_open_errors_are_clear(pg, schema_name):
    with pytest.raises(WorkspaceError, match="does not exist"):
        pgw.open_workspace(pg, schema_name)
    pgw.create_workspace(pg, schema_name)
    assert pgw.open_workspace(pg, schema_name).schema_version == schema.SCHEMA_VERSION
    assert schema_name in pgw.workspace_schemas(pg)
    with pg.cursor() as cur:
        cur.execute(sql.SQL("UPDATE {} SET value = '7'").format(_table(schema_name, "cg_meta")))
    pg.commit()
    with pytest.raises(WorkspaceError, match="newer ClearGround"):
        pgw.open_workspace(pg, schema_name)
    with pg.cursor() as cur:
        cur.execute(sql.SQL("UPDATE {} SET value = 'x'").format(_table(schema_name, "cg_meta")))
    pg.commit()
    with pytest.raises(WorkspaceError, match="no valid schema_version"):
        pgw.open_workspace(pg, schema_name)
    with pg.cursor() as cur:
        cur.execute(sql.SQL("UPDATE {} SET value = {}").format(
            _table(schema_name, "cg_meta"), sql.Literal(str(schema.SCHEMA_VERSION))))
        cur.execute(sql.SQL("DROP TABLE {}").format(_table(schema_name, "audit_log")))
    pg.commit()
    with pytest.raises(WorkspaceError, match="audit_log is missing"):
        pgw.open_workspace(pg, schema_name)
    with pg.cursor() as cur:
        cur.execute(sql.SQL("ALTER TABLE {} DROP COLUMN team").format(_table(schema_name, "finds")))
        cur.execute(sql.SQL("CREATE TABLE {} (x int)").format(_table(schema_name, "audit_log")))
    pg.commit()
    with pytest.raises(WorkspaceError, match="lacks the field"):
        pgw.open_workspace(pg, schema_name)


def test_postgis_missing_is_explained(pg_cluster, schema_name):
    import psycopg2 as pg2

    admin = pg_cluster.connect()
    admin.autocommit = True
    admin.cursor().execute("DROP DATABASE IF EXISTS cg_nopostgis")
    admin.cursor().execute("CREATE DATABASE cg_nopostgis")
    admin.close()
    con = pg2.connect(pg_cluster.dsn().replace(f"dbname={pg_cluster.database}", "dbname=cg_nopostgis"))
    try:
        with pytest.raises(WorkspaceError, match="PostGIS is not installed"):
            pgw.create_workspace(con, schema_name)
    finally:
        con.close()


def _v2(monkeypatch):
    extra = schema.Field("condition", "text", allowed=("intact", "damaged"))
    monkeypatch.setattr(schema, "SCHEMA_VERSION", NEXT)
    monkeypatch.setitem(migrations.MIGRATIONS, NEXT, (migrations.AddField("finds", extra),))
    finds = schema.layer("finds")
    v2_finds = schema.Layer(finds.name, finds.geometry, finds.fields + (extra,), finds.key, finds.title)
    monkeypatch.setattr(schema, "LAYERS", tuple(v2_finds if lyr.name == "finds" else lyr for lyr in schema.LAYERS))


def test_upgrade_runs_the_same_migrations_and_keeps_the_data(pg, schema_name, monkeypatch):
    pgw.create_workspace(pg, schema_name)
    _insert(pg, schema_name, "finds", find_id="F-1", category="AP")
    _v2(monkeypatch)
    with pytest.raises(WorkspaceError, match="must be upgraded"):
        pgw.open_workspace(pg, schema_name, upgrade=False)
    assert pgw.open_workspace(pg, schema_name).schema_version == NEXT
    assert _rows(pg, sql.SQL("SELECT find_id, category, condition FROM {}").format(_table(schema_name, "finds"))) == [
        ("F-1", "AP", None)]
    assert _rows(pg, sql.SQL("SELECT value FROM {} WHERE key = 'schema_version'").format(
        _table(schema_name, "cg_meta"))) == [(str(NEXT),)]
    with pytest.raises(psycopg2.errors.CheckViolation, match="finds_condition_allowed"):
        _insert(pg, schema_name, "finds", find_id="F-2", condition="exploded")


def test_failed_upgrade_changes_nothing(pg, schema_name, monkeypatch):
    pgw.create_workspace(pg, schema_name)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", NEXT)
    monkeypatch.setitem(migrations.MIGRATIONS, NEXT, (
        migrations.AddField("finds", schema.Field("condition", "text")),
        migrations.AddField("no_such_layer", schema.Field("x", "text")),
    ))
    with pytest.raises(WorkspaceError, match="left unchanged"):
        pgw.open_workspace(pg, schema_name)
    assert _rows(pg, sql.SQL("SELECT value FROM {} WHERE key = 'schema_version'").format(
        _table(schema_name, "cg_meta"))) == [(str(NEXT - 1),)]
    columns = [r[0] for r in _rows(pg, "SELECT column_name FROM information_schema.columns WHERE table_schema = %s "
                                       "AND table_name = 'finds'", (schema_name,))]
    assert "condition" not in columns


def test_a_failed_block_is_rolled_back_also_on_an_autocommit_connection(pg_cluster, schema_name):
    con = pg_cluster.connect()
    con.autocommit = True
    try:
        pgw.create_workspace(con, schema_name)
        with pytest.raises(RuntimeError):
            with pgw.transaction(con) as cur:
                cur.execute(sql.SQL("CREATE TABLE {} (a int)").format(_table(schema_name, "scratch")))
                raise RuntimeError("stop")
        with con.cursor() as cur:
            cur.execute("SELECT to_regclass(format('%%I.%%I', %s::text, 'scratch'))", (schema_name,))
            assert cur.fetchone()[0] is None
        assert pgw.inspect_workspace(con, schema_name) == schema.SCHEMA_VERSION
    finally:
        con.close()


def test_a_version_1_workspace_is_upgraded_to_take_field_finds(pg, schema_name, monkeypatch):
    with monkeypatch.context() as m:  # a workspace as version 1 made it
        m.setattr(schema, "SCHEMA_VERSION", 1)
        m.setattr(schema, "LAYERS", schema.LAYERS_V1)
        pgw.create_workspace(pg, schema_name)
    _insert(pg, schema_name, "finds", find_id="F-1", category="AP")
    assert pgw.open_workspace(pg, schema_name).schema_version == 2
    _insert(pg, schema_name, "finds", find_id="F-2", uuid="0b4e1c9a-4f43-4a57-9e3c-1d2f3a4b5c6d")
    with pytest.raises(psycopg2.errors.UniqueViolation):
        _insert(pg, schema_name, "finds", find_id="F-3", uuid="0b4e1c9a-4f43-4a57-9e3c-1d2f3a4b5c6d")
    assert _rows(pg, sql.SQL("SELECT find_id, uuid FROM {} ORDER BY find_id").format(
        _table(schema_name, "finds"))) == [("F-1", None), ("F-2", "0b4e1c9a-4f43-4a57-9e3c-1d2f3a4b5c6d")]
