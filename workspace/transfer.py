"""Copy a workspace between a GeoPackage file and a PostgreSQL schema, losing nothing.

Every layer of the schema is copied feature by feature with its fid (so the order and the ids stay),
every attribute (also fields added to a layer beyond the schema), every geometry (as WKB) and the
audit log. GeoPackage -> PostGIS runs in ONE database transaction (a failure leaves no schema);
PostGIS -> GeoPackage writes a scratch file that replaces nothing and becomes the target only when
complete. Times are carried as instants: a GeoPackage time without a zone is taken as UTC, and
times come back in UTC (to the millisecond, the GeoPackage's precision). Layers a workspace holds
beyond the schema (e.g. saved styles) are not copied: they are named in the result, never dropped
in silence.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from osgeo import gdal, ogr

from ..core import schema
from ..core.text import tr
from . import geopackage
from . import postgis as pgw
from .errors import WorkspaceError

gdal.UseExceptions()
ogr.UseExceptions()

_BATCH = 1000
_COPY_BATCH = 20000
#: OGR field types -> PostgreSQL types, for fields beyond the schema.
_PG_EXTRA_TYPES = {
    ogr.OFTString: "text", ogr.OFTInteger: "integer", ogr.OFTInteger64: "bigint", ogr.OFTReal: "double precision",
    ogr.OFTDate: "date", ogr.OFTDateTime: "timestamp with time zone", ogr.OFTTime: "time",
    ogr.OFTBinary: "bytea",
}
_KIND_OF_OGR = {
    ogr.OFTString: "text", ogr.OFTInteger: "int", ogr.OFTInteger64: "int", ogr.OFTReal: "real",
    ogr.OFTDate: "date", ogr.OFTDateTime: "datetime", ogr.OFTTime: "time", ogr.OFTBinary: "binary",
}
#: PostgreSQL data types (information_schema) -> our value kinds and OGR types, for extra columns.
_KIND_OF_PG = {
    "text": ("text", ogr.OFTString), "character varying": ("text", ogr.OFTString),
    "integer": ("int", ogr.OFTInteger), "smallint": ("int", ogr.OFTInteger), "bigint": ("int", ogr.OFTInteger64),
    "double precision": ("real", ogr.OFTReal), "real": ("real", ogr.OFTReal), "numeric": ("real", ogr.OFTReal),
    "date": ("date", ogr.OFTDate), "timestamp with time zone": ("datetime", ogr.OFTDateTime),
    "timestamp without time zone": ("datetime", ogr.OFTDateTime), "time without time zone": ("time", ogr.OFTTime),
    "bytea": ("binary", ogr.OFTBinary), "boolean": ("int", ogr.OFTInteger),
}


class Progress:
    """What a copy reports to: a QgsProcessingFeedback fits (setProgress, isCanceled)."""

    def setProgress(self, percent: float) -> None:  # noqa: N802 - the QGIS feedback's name
        pass

    def isCanceled(self) -> bool:  # noqa: N802 - the QGIS feedback's name
        return False


@dataclass
class TransferResult:
    """What was copied: features per layer, and layers that were not part of the copy."""

    counts: dict[str, int] = field(default_factory=dict)
    skipped_layers: list[str] = field(default_factory=list)
    extra_fields: dict[str, list[str]] = field(default_factory=dict)


class TransferCancelled(WorkspaceError):  # noqa: N818 - it is an outcome the user chose
    """The user cancelled; nothing was written."""


@dataclass(frozen=True)
class _Column:
    name: str
    kind: str  # text, int, real, date, datetime, time, binary


# -- GeoPackage -> PostGIS -------------------------------------------------------------------------

def gpkg_to_postgis(gpkg_path: str | os.PathLike, db, schema_name: str,
                    feedback: Progress | None = None) -> TransferResult:
    """Copy a current GeoPackage workspace into a new PostgreSQL schema, in one transaction."""
    pgw.require_psycopg2()
    from psycopg2 import sql

    from . import postgis_sql as q

    feedback = feedback or Progress()
    path = Path(gpkg_path)
    version = geopackage.inspect_workspace(path)
    if version != schema.SCHEMA_VERSION:
        raise WorkspaceError(tr(
            "{name} is a schema v{version} workspace: open it in ClearGround once (which upgrades it) and copy it then."
        ).format(name=path.name, version=version))
    ds = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_READONLY)
    result = TransferResult(skipped_layers=_extra_layers(ds))
    totals = {lyr.name: ds.GetLayerByName(lyr.name).GetFeatureCount() for lyr in schema.LAYERS}
    done, grand_total = 0, max(1, sum(totals.values()))
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        with pgw.transaction(db) as cur:
            cur.execute("SET LOCAL TimeZone = 'UTC'")  # a GeoPackage time without zone is UTC
            pgw.create_in(cur, schema_name)
            for lyr_def in schema.LAYERS:
                src = ds.GetLayerByName(lyr_def.name)
                columns = _ogr_columns(src)
                extras = [c for c in columns if c.name not in lyr_def.field_names]
                for column in extras:
                    ogr_type = src.GetLayerDefn().GetFieldDefn(src.GetLayerDefn().GetFieldIndex(column.name)).GetType()
                    cur.execute(sql.SQL("ALTER TABLE {} ADD COLUMN {} {}").format(
                        q.table(schema_name, lyr_def.name), sql.Identifier(column.name),
                        sql.SQL(_PG_EXTRA_TYPES[ogr_type])))
                if extras:
                    result.extra_fields[lyr_def.name] = [c.name for c in extras]
                count = 0
                for batch in _batches(_gpkg_rows(con, lyr_def.name, columns), _COPY_BATCH):
                    if feedback.isCanceled():
                        raise TransferCancelled(tr("The copy was cancelled; nothing was written."))
                    _copy_rows(cur, schema_name, lyr_def, columns, batch)
                    count += len(batch)
                    done += len(batch)
                    feedback.setProgress(100.0 * done / grand_total)
                _reset_identity(cur, schema_name, lyr_def.name)
                result.counts[lyr_def.name] = count
    except Exception as exc:
        if isinstance(exc, WorkspaceError):
            raise
        import psycopg2

        if isinstance(exc, psycopg2.Error):
            text = (getattr(exc.diag, "message_primary", None) or str(exc)).strip()
            raise WorkspaceError(tr('{name} was not copied into schema "{schema}" (nothing was written): {error}')
                                 .format(name=path.name, schema=schema_name, error=text)) from exc
        raise
    finally:
        con.close()
        ds = None  # noqa: F841 - closes the file
    return result


def _sqlite_name(name: str) -> str:
    """An SQLite identifier: double quotes around, inner double quotes doubled (the SQL standard)."""
    return '"' + name.replace('"', '""') + '"'


def _gpkg_rows(con: sqlite3.Connection, layer_name: str, columns: list[_Column]) -> Iterator[tuple]:
    """(fid, WKB or None, values...) of a GeoPackage table in fid order, values as SQLite holds them."""
    geometry = con.execute("SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?",
                           (layer_name,)).fetchone()
    key = next((r[1] for r in con.execute(f"PRAGMA table_info({_sqlite_name(layer_name)})") if r[5]), "fid")
    selected = [_sqlite_name(key)] + ([_sqlite_name(geometry[0])] if geometry else [])
    selected += [_sqlite_name(c.name) for c in columns]
    cursor = con.execute(f"SELECT {', '.join(selected)} FROM {_sqlite_name(layer_name)} ORDER BY 1")
    for row in cursor:
        if geometry:
            yield (row[0], _gpkg_wkb(row[1]), *row[2:])
        else:
            yield (row[0], None, *row[1:])


_ENVELOPE_BYTES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}


def _gpkg_wkb(blob: bytes | None) -> bytes | None:
    """The WKB inside a GeoPackage geometry blob (after its header and envelope)."""
    if blob is None:
        return None
    data = bytes(blob)
    if data[:2] != b"GP":
        raise WorkspaceError(tr("A geometry in the GeoPackage is not in GeoPackage format."))
    envelope = (data[3] >> 1) & 0x07
    return data[8 + _ENVELOPE_BYTES.get(envelope, 0):]


def _copy_rows(cur, schema_name: str, lyr_def: schema.Layer, columns: list[_Column], rows: list[tuple]) -> None:
    """Load rows through COPY into a staging table, then into the layer with their fids and geometries."""
    from psycopg2 import sql

    from . import postgis_sql as q

    target = q.table(schema_name, lyr_def.name)
    stage = sql.Identifier(f"cg_copy_{lyr_def.name}")
    names = [c.name for c in columns]
    cur.execute(sql.SQL("CREATE TEMP TABLE IF NOT EXISTS {} (LIKE {}) ON COMMIT DROP").format(stage, target))
    cur.execute(sql.SQL("TRUNCATE {}").format(stage))
    if lyr_def.geometry:
        cur.execute(sql.SQL("ALTER TABLE {} ADD COLUMN IF NOT EXISTS cg_wkb bytea").format(stage))
    buffer = io.StringIO()
    for row in rows:
        fields = [row[0], *([row[1]] if lyr_def.geometry else []), *row[2:]]
        buffer.write(",".join(_csv_field(v) for v in fields))
        buffer.write("\n")
    buffer.seek(0)
    copied = [sql.Identifier(q.FID)] + ([sql.Identifier("cg_wkb")] if lyr_def.geometry else [])
    copied += [sql.Identifier(n) for n in names]
    cur.copy_expert(sql.SQL("COPY {} ({}) FROM STDIN WITH (FORMAT csv)").format(
        stage, sql.SQL(", ").join(copied)).as_string(cur), buffer)
    inserted = [sql.Identifier(q.FID)] + ([sql.Identifier(q.GEOMETRY_COLUMN)] if lyr_def.geometry else [])
    inserted += [sql.Identifier(n) for n in names]
    chosen = [sql.Identifier(q.FID)]
    if lyr_def.geometry:
        chosen.append(sql.SQL("ST_SetSRID(ST_GeomFromWKB({}), {})").format(
            sql.Identifier("cg_wkb"), sql.Literal(schema.STORAGE_EPSG)))
    chosen += [sql.Identifier(n) for n in names]
    cur.execute(sql.SQL("INSERT INTO {} ({}) SELECT {} FROM {} ORDER BY {}").format(
        target, sql.SQL(", ").join(inserted), sql.SQL(", ").join(chosen), stage, sql.Identifier(q.FID)))


def _csv_field(value: Any) -> str:
    """One field of COPY ... (FORMAT csv): NULL unquoted and empty, every text quoted (so '' stays '')."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (bytes, memoryview)):
        return '"\\x' + bytes(value).hex() + '"'
    return '"' + str(value).replace('"', '""') + '"'


def _reset_identity(cur, schema_name: str, table_name: str) -> None:
    """Let new features continue after the highest copied fid."""
    from psycopg2 import sql

    from . import postgis_sql as q

    cur.execute(sql.SQL(
        "SELECT setval(pg_get_serial_sequence(%s, %s), coalesce(max({fid}), 1), max({fid}) IS NOT NULL) FROM {tbl}"
    ).format(fid=sql.Identifier(q.FID), tbl=q.table(schema_name, table_name)),
        (sql.SQL("{}.{}").format(sql.Identifier(schema_name), sql.Identifier(table_name)).as_string(cur), q.FID))


def _extra_layers(ds) -> list[str]:
    known = set(schema.LAYER_NAMES) | {schema.META_TABLE}
    return sorted(ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())
                  if ds.GetLayer(i).GetName() not in known)


def _ogr_columns(lyr) -> list[_Column]:
    defn = lyr.GetLayerDefn()
    columns = []
    for i in range(defn.GetFieldCount()):
        fdef = defn.GetFieldDefn(i)
        kind = _KIND_OF_OGR.get(fdef.GetType())
        if kind is None:
            raise WorkspaceError(tr("The field {layer}.{field} has a type that cannot be copied ({type}).").format(
                layer=lyr.GetName(), field=fdef.GetName(), type=fdef.GetFieldTypeName(fdef.GetType())))
        columns.append(_Column(fdef.GetName(), kind))
    return columns


def _batches(rows: Iterator[tuple], size: int = _BATCH) -> Iterator[list[tuple]]:
    batch: list[tuple] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


# -- PostGIS -> GeoPackage -------------------------------------------------------------------------

def postgis_to_gpkg(db, schema_name: str, gpkg_path: str | os.PathLike,
                    feedback: Progress | None = None) -> TransferResult:
    """Copy a current PostgreSQL workspace into a new GeoPackage file (never overwrites a file)."""
    pgw.require_psycopg2()
    feedback = feedback or Progress()
    target = Path(gpkg_path)
    if target.suffix.lower() != ".gpkg":
        raise WorkspaceError(tr("{path}: a workspace is a GeoPackage; give the file name the .gpkg extension.").format(
            path=target))
    if target.exists():
        raise WorkspaceError(tr("{path} already exists. Choose another name: ClearGround never overwrites a file.")
                             .format(path=target))
    if not target.parent.is_dir():
        raise WorkspaceError(tr("{path}: no such folder.").format(path=target.parent))
    version = pgw.inspect_workspace(db, schema_name)
    if version != schema.SCHEMA_VERSION:
        raise WorkspaceError(tr(
            'The workspace in schema "{schema}" is schema v{version}: open it in ClearGround once (which '
            "upgrades it) and copy it then."
        ).format(schema=schema_name, version=version))
    fd, name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".gpkg", dir=target.parent)
    os.close(fd)
    scratch = Path(name)
    scratch.unlink()
    try:
        geopackage.create_workspace(scratch)
        result = _fill_gpkg(db, schema_name, scratch, feedback)
        os.replace(scratch, target)
    finally:
        for leftover in (scratch, Path(f"{scratch}-journal"), Path(f"{scratch}-wal"), Path(f"{scratch}-shm")):
            leftover.unlink(missing_ok=True)
    return result


def _pg_columns(cur, schema_name: str, lyr_def: schema.Layer) -> list[tuple[_Column, int]]:
    """The attribute columns of a table in order (schema fields, then extras), with OGR types."""
    cur.execute("SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = %s "
                "AND table_name = %s ORDER BY ordinal_position", (schema_name, lyr_def.name))
    columns = []
    for name, data_type in cur.fetchall():
        if name in ("fid", "geom"):
            continue
        if name in lyr_def.field_names:
            kind = lyr_def.field(name).type
            columns.append((_Column(name, kind), -1))
            continue
        if data_type not in _KIND_OF_PG:
            raise WorkspaceError(tr("The field {layer}.{field} has a type that cannot be copied ({type}).").format(
                layer=lyr_def.name, field=name, type=data_type))
        kind, ogr_type = _KIND_OF_PG[data_type]
        columns.append((_Column(name, kind), ogr_type))
    return columns


def _fill_gpkg(db, schema_name: str, path: Path, feedback: Progress) -> TransferResult:
    from psycopg2 import sql

    from . import postgis_sql as q

    result = TransferResult()
    ds = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE)
    try:
        with pgw.transaction(db) as cur:
            cur.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            cur.execute(sql.SQL("SELECT table_name FROM information_schema.tables WHERE table_schema = %s"),
                        (schema_name,))
            known = set(schema.LAYER_NAMES) | {schema.META_TABLE}
            result.skipped_layers = sorted(r[0] for r in cur.fetchall() if r[0] not in known)
            totals = {}
            for lyr_def in schema.LAYERS:
                cur.execute(sql.SQL("SELECT count(*) FROM {}").format(q.table(schema_name, lyr_def.name)))
                totals[lyr_def.name] = cur.fetchone()[0]
            done, grand_total = 0, max(1, sum(totals.values()))
            ds.StartTransaction()
            for lyr_def in schema.LAYERS:
                dst = ds.GetLayerByName(lyr_def.name)
                columns = _pg_columns(cur, schema_name, lyr_def)
                extras = [c for c, ogr_type in columns if ogr_type != -1]
                for column, ogr_type in columns:
                    if ogr_type != -1:
                        dst.CreateField(ogr.FieldDefn(column.name, ogr_type))
                if extras:
                    result.extra_fields[lyr_def.name] = [c.name for c in extras]
                selected = [sql.Identifier(q.FID)]
                if lyr_def.geometry:
                    selected.append(sql.SQL("ST_AsBinary({})").format(sql.Identifier(q.GEOMETRY_COLUMN)))
                selected += [sql.Identifier(c.name) for c, _ in columns]
                cur.execute(sql.SQL("SELECT {} FROM {} ORDER BY {}").format(
                    sql.SQL(", ").join(selected), q.table(schema_name, lyr_def.name), sql.Identifier(q.FID)))
                defn = dst.GetLayerDefn()
                indexes = [defn.GetFieldIndex(c.name) for c, _ in columns]
                count = 0
                while True:
                    rows = cur.fetchmany(_BATCH)
                    if not rows:
                        break
                    if feedback.isCanceled():
                        raise TransferCancelled(tr("The copy was cancelled; nothing was written."))
                    for row in rows:
                        feature = ogr.Feature(defn)
                        feature.SetFID(int(row[0]))
                        offset = 1
                        if lyr_def.geometry:
                            if row[1] is not None:
                                feature.SetGeometryDirectly(ogr.CreateGeometryFromWkb(bytes(row[1])))
                            offset = 2
                        for (column, _), index, value in zip(columns, indexes, row[offset:]):
                            _set_ogr_value(feature, index, column.kind, value)
                        dst.CreateFeature(feature)
                    count += len(rows)
                    done += len(rows)
                    feedback.setProgress(100.0 * done / grand_total)
                result.counts[lyr_def.name] = count
            ds.CommitTransaction()
    finally:
        ds = None  # noqa: F841 - closes and flushes the file
    return result


def _set_ogr_value(feature, index: int, kind: str, value: Any) -> None:
    if value is None:
        feature.SetFieldNull(index)
    elif kind == "text":
        feature.SetField(index, str(value))
    elif kind == "int":
        feature.SetField(index, int(value))
    elif kind == "real":
        feature.SetField(index, float(value))
    elif kind == "binary":
        feature.SetFieldBinaryFromHexString(index, bytes(value).hex())
    elif kind == "date":
        feature.SetField(index, value.year, value.month, value.day, 0, 0, 0, 0)
    elif kind == "time":
        feature.SetField(index, 0, 0, 0, value.hour, value.minute, value.second + value.microsecond / 1e6, 0)
    else:  # datetime, written in UTC
        if value.tzinfo is not None:
            value = value.astimezone(dt.timezone.utc)
        feature.SetField(index, value.year, value.month, value.day, value.hour, value.minute,
                         value.second + value.microsecond / 1e6, 100)

