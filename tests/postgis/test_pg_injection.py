"""Quotes, semicolons and SQL in every text field and in schema, field and layer names stay data."""

from __future__ import annotations

import uuid
from pathlib import Path

import psycopg2
import pytest
from osgeo import gdal, ogr
from psycopg2 import sql
from qgis.core import QgsFeatureRequest, QgsVectorLayer

from clearground.core import schema
from clearground.workspace import WorkspaceError, create_workspace, transfer
from clearground.workspace import postgis as pgw

from .conftest import drop_schema

PAYLOADS = (
    "x'; DROP TABLE sectors; --",
    'R"); DELETE FROM audit_log; --',
    "$$; SELECT pg_sleep(0); $$",
    "%s %(user)s {0} \\' \\\\",
    "Robert'); DROP SCHEMA public CASCADE;--",
)
EVIL_FIELD = 'note"); DROP TABLE finds; --'
EVIL_LAYER = "x'); DROP TABLE sectors; --"


@pytest.fixture
def evil_schema(pg_cluster):
    """A schema name made of quotes, a semicolon and SQL (within PostgreSQL's 63 bytes)."""
    name = f"ws\"'; DROP SCHEMA public; --{uuid.uuid4().hex[:6]}"
    yield name
    drop_schema(pg_cluster, name)


def _text_fields(layer: schema.Layer) -> list[str]:
    return [f.name for f in layer.fields if f.type == "text" and not f.allowed]


def _evil_workspace(path: Path) -> Path:
    """A GeoPackage whose every free text field holds SQL, with a field and a layer named with SQL."""
    create_workspace(path)
    ds = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE)
    for lyr_def in schema.LAYERS:
        lyr = ds.GetLayerByName(lyr_def.name)
        if lyr_def.name == "finds":
            lyr.CreateField(ogr.FieldDefn(EVIL_FIELD, ogr.OFTString))
        for i, payload in enumerate(PAYLOADS):
            feature = ogr.Feature(lyr.GetLayerDefn())
            for name in _text_fields(lyr_def):
                feature.SetField(name, f"{payload} #{i}")
            if lyr_def.name == "finds":
                feature.SetField(EVIL_FIELD, payload)
            if lyr_def.name == "audit_log":
                feature.SetField("ts", 2026, 11, 23, 9, 0, 0, 100)
            if lyr_def.geometry == "Point":
                feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT(46.9{i} 40.0)"))
            elif lyr_def.geometry == "Polygon":
                feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POLYGON((4{i} 40,4{i}.1 40,4{i}.1 40.1,4{i} 40))"))
            lyr.CreateFeature(feature)
    extra = ds.CreateLayer(EVIL_LAYER, None, ogr.wkbNone)
    extra.CreateField(ogr.FieldDefn("a", ogr.OFTString))
    ds = None
    return path


def test_sql_in_every_text_field_and_name_reaches_the_database_as_data(pg, evil_schema, tmp_path, qgis_connection):
    source = _evil_workspace(tmp_path / "evil.gpkg")
    result = transfer.gpkg_to_postgis(source, pg, evil_schema)
    assert result.skipped_layers == [EVIL_LAYER]
    assert result.extra_fields == {"finds": [EVIL_FIELD]}
    assert evil_schema in pgw.workspace_schemas(pg)
    assert pgw.open_workspace(pg, evil_schema).schema == evil_schema
    with pg.cursor() as cur:
        for lyr_def in schema.LAYERS:
            fields = _text_fields(lyr_def)
            cur.execute(sql.SQL("SELECT {} FROM {}.{} ORDER BY fid").format(
                sql.SQL(", ").join(map(sql.Identifier, fields)), sql.Identifier(evil_schema),
                sql.Identifier(lyr_def.name)))
            assert cur.fetchall() == [tuple(f"{p} #{i}" for _ in fields) for i, p in enumerate(PAYLOADS)], lyr_def.name
        cur.execute(sql.SQL("SELECT {} FROM {}.finds ORDER BY fid").format(
            sql.Identifier(EVIL_FIELD), sql.Identifier(evil_schema)))
        assert [r[0] for r in cur.fetchall()] == list(PAYLOADS)
        cur.execute("SELECT count(*) FROM pg_namespace WHERE nspname = 'public'")
        assert cur.fetchone() == (1,)
    pg.rollback()

    # roles named after the schema, marking and audit notes with SQL in the values
    roles = pgw.setup_roles(pg, evil_schema)
    assert roles.editor.startswith("ws\"'; DROP SCHEMA public;")
    sector_id = f"{PAYLOADS[0]} #0"
    stored = pgw.reload_sector(pg, evil_schema, sector_id)
    assert stored["team"] == sector_id
    for i, payload in enumerate(PAYLOADS):
        pgw.mark_sector(pg, evil_schema, sector_id, stored["version"] + i, {"team": payload, "status": "cleared"})
    pgw.audit_note(pg, evil_schema, "sectors", sector_id, "reason", PAYLOADS[1], PAYLOADS[2])
    with pytest.raises(pgw.SectorConflictError, match=r"Sector x'; DROP TABLE sectors; -- #0 was changed by"):
        pgw.mark_sector(pg, evil_schema, sector_id, stored["version"], {"team": "late"})
    with pg.cursor() as cur:
        cur.execute(sql.SQL("SELECT feature_key, field, new_value FROM {}.audit_log WHERE user_name = session_user "
                            "ORDER BY fid").format(sql.Identifier(evil_schema)))
        logged = cur.fetchall()
    pg.rollback()
    assert [r[2] for r in logged if r[1] == "team"] == list(PAYLOADS)
    assert logged[-1] == (sector_id, "reason", PAYLOADS[2])
    # a value outside the allowed list is refused as a value, whatever it says
    with pytest.raises(WorkspaceError, match="sectors_status_allowed"):
        pgw.mark_sector(pg, evil_schema, sector_id, stored["version"] + len(PAYLOADS), {"status": PAYLOADS[0]})
    assert pgw.access(pg, evil_schema).level == "admin"

    # QGIS opens the layers of the schema through its own quoting
    name, _, _ = qgis_connection
    ws = pgw.open_connection_workspace(name, evil_schema)
    for lyr_def in schema.LAYERS:
        layer = QgsVectorLayer(ws.uri(lyr_def.name), lyr_def.name, "postgres")
        assert layer.isValid(), (lyr_def.name, layer.error().summary())
        with pg.cursor() as cur:
            cur.execute(sql.SQL("SELECT count(*) FROM {}.{}").format(sql.Identifier(evil_schema),
                                                                   sql.Identifier(lyr_def.name)))
            assert layer.featureCount() == cur.fetchone()[0] >= len(PAYLOADS), lyr_def.name
        pg.rollback()
    finds = QgsVectorLayer(ws.uri("finds"), "finds", "postgres")
    assert [f[EVIL_FIELD] for f in finds.getFeatures(QgsFeatureRequest().addOrderBy("fid"))] == list(PAYLOADS)
    with pytest.raises(KeyError):
        ws.uri(EVIL_LAYER)

    # and back to a GeoPackage, unchanged
    back = tmp_path / "back.gpkg"
    transfer.postgis_to_gpkg(pg, evil_schema, back)
    ds = gdal.OpenEx(str(back), gdal.OF_VECTOR)
    finds_back = [f.GetField(EVIL_FIELD) for f in ds.GetLayerByName("finds")]
    assert finds_back == list(PAYLOADS)


def test_a_schema_name_that_is_not_a_workspace_is_reported_not_run(pg):
    for name in PAYLOADS:
        with pytest.raises(WorkspaceError, match="does not exist"):
            pgw.open_workspace(pg, name)
    with pytest.raises(WorkspaceError, match="63 bytes"):
        pgw.create_workspace(pg, "x" * 64)
    with pytest.raises(WorkspaceError, match="a name"):
        pgw.create_workspace(pg, "  ")
    with pg.cursor() as cur:
        cur.execute("SELECT count(*) FROM pg_namespace WHERE nspname = 'public'")
        assert cur.fetchone() == (1,)
    pg.rollback()
    with pytest.raises(psycopg2.Error):  # the payloads are not identifiers of any existing schema
        with pg.cursor() as cur:
            cur.execute(sql.SQL("SELECT * FROM {}.sectors").format(sql.Identifier(PAYLOADS[0])))
    pg.rollback()
