"""The GeoPackage dialect of the workspace: create, open, check and upgrade one file.

Every change is made on a copy in the same folder and moved into place only when it succeeded,
so a failure part-way leaves the user's file exactly as it was.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import stat
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from osgeo import gdal, ogr, osr

from ..core import schema
from ..core.migrations import AddField, CreateLayer, Operation, steps
from ..core.text import tr
from .errors import WorkspaceError
from .store import WorkspaceStore

gdal.UseExceptions()
ogr.UseExceptions()

_SQLITE_MAGIC = b"SQLite format 3\x00"
_OGR_TYPES = {
    "text": (ogr.OFTString, ogr.OFSTNone),
    "int": (ogr.OFTInteger, ogr.OFSTNone),
    "real": (ogr.OFTReal, ogr.OFSTNone),
    "date": (ogr.OFTDate, ogr.OFSTNone),
    "datetime": (ogr.OFTDateTime, ogr.OFSTNone),
}
_OGR_GEOMETRY = {"Point": ogr.wkbPoint, "Polygon": ogr.wkbPolygon, None: ogr.wkbNone}


@dataclass(frozen=True)
class Workspace(WorkspaceStore):
    """An open, current GeoPackage workspace."""

    path: Path
    schema_version: int
    provider: str = "ogr"

    def uri(self, layer_name: str) -> str:
        """The OGR data source URI of one layer (what QgsVectorLayer takes with provider 'ogr')."""
        schema.layer(layer_name)
        return f"{self.path}|layername={layer_name}"

    @property
    def name(self) -> str:
        return self.path.name

    def parameter_value(self) -> str:
        return str(self.path)

    def check_writable(self, layer_names=()) -> None:
        if _is_read_only(self.path):
            raise WorkspaceError(_read_only_message(self.path))

    @contextmanager
    def _begin(self):
        from .gpkg_store import GpkgTransaction, connect

        with connect(self) as con:
            yield GpkgTransaction(self, con)

    @contextmanager
    def _read(self):
        from .gpkg_store import GpkgTransaction, read_only

        with read_only(self) as con:
            yield GpkgTransaction(self, con)


def create_workspace(path: str | os.PathLike) -> Workspace:
    """Create a new, empty workspace at ``path``; refuse to replace an existing file."""
    target = Path(path)
    if target.suffix.lower() != ".gpkg":
        raise WorkspaceError(tr("{path}: a workspace is a GeoPackage; give the file name the .gpkg extension.").format(
            path=target))
    if target.exists():
        raise WorkspaceError(tr(
            "{path} already exists. Open it, or choose another name: ClearGround never overwrites a file."
        ).format(path=target))
    if not target.parent.is_dir():
        raise WorkspaceError(tr("{path}: no such folder.").format(path=target.parent))
    with _ScratchCopy(target, source=None) as scratch:
        _migrate(scratch, from_version=0)
    return Workspace(target, schema.SCHEMA_VERSION)


def open_workspace(path: str | os.PathLike, upgrade: bool = True) -> Workspace:
    """Open an existing workspace, upgrading an older one when ``upgrade`` is true.

    Raises WorkspaceError, and changes nothing, when the file is missing, not a GeoPackage, not a
    ClearGround workspace, corrupt, made by a newer version, damaged or read-only.
    """
    target = Path(path)
    version = inspect_workspace(target)
    if _is_read_only(target):
        raise WorkspaceError(_read_only_message(target))
    if version < schema.SCHEMA_VERSION:
        if not upgrade:
            raise WorkspaceError(tr(
                "{name} is a schema v{version} workspace; it must be upgraded to v{current} before use."
            ).format(name=target.name, version=version, current=schema.SCHEMA_VERSION))
        with _ScratchCopy(target, source=target) as scratch:
            _migrate(scratch, from_version=version)
        version = schema.SCHEMA_VERSION
    elif upgrade and not _has_rules(target):  # made before the file kept the marking rules itself
        with _ScratchCopy(target, source=target) as scratch:
            _migrate(scratch, from_version=version)
    return Workspace(target, version)


def inspect_workspace(path: Path) -> int:
    """Check a file is a healthy ClearGround workspace and return its schema version (read-only)."""
    if not path.exists():
        raise WorkspaceError(tr("{path}: no such file.").format(path=path))
    if not path.is_file():
        raise WorkspaceError(tr("{path} is a folder, not a workspace file.").format(path=path))
    with open(path, "rb") as fh:
        head = fh.read(len(_SQLITE_MAGIC))
    if head != _SQLITE_MAGIC:
        raise WorkspaceError(_not_a_geopackage(path))
    try:
        con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise WorkspaceError(tr("{name} cannot be read: {error}.").format(name=path.name, error=exc)) from exc
    try:
        try:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            check = _quick_check(con, tables, whole=path.stat().st_size <= WHOLE_CHECK_BYTES)
        except sqlite3.DatabaseError as exc:
            raise WorkspaceError(tr("{name} is corrupt: {error}.").format(name=path.name, error=exc)) from exc
        if check != "ok":
            raise WorkspaceError(tr("{name} is corrupt: {error}.").format(name=path.name, error=check))
        if "gpkg_contents" not in tables:
            raise WorkspaceError(tr(
                "{name} is an SQLite database but not a GeoPackage, so not a workspace either. Create a workspace "
                "for your data (Workspace ▸ New workspace…).").format(name=path.name))
        if schema.META_TABLE not in tables:
            layers = [r[0] for r in con.execute("SELECT table_name FROM gpkg_contents ORDER BY table_name")]
            raise WorkspaceError(_not_a_workspace(path, layers))
        row = con.execute(
            f"SELECT value FROM {schema.META_TABLE} WHERE key = 'schema_version'"
        ).fetchone()
        try:
            version = int(row[0]) if row else -1
        except (TypeError, ValueError):
            version = -1
        if version < 0:
            raise WorkspaceError(tr("{name}: {table} has no valid schema_version.").format(
                name=path.name, table=schema.META_TABLE))
        if version > schema.SCHEMA_VERSION:
            raise WorkspaceError(tr(
                "{name} was made by a newer ClearGround (schema v{version}); this version reads up to "
                "v{current}. Update the plugin to open it."
            ).format(name=path.name, version=version, current=schema.SCHEMA_VERSION))
        if version == schema.SCHEMA_VERSION:
            _check_layers(con, path.name, tables)
    finally:
        con.close()
    return version


#: A file up to this size gets SQLite's quick_check of every page when it is opened (about 0.15 s
#: when the file is in the page cache). A larger one has its structure checked (the schema, the
#: GeoPackage and ClearGround tables): the whole check costs 12 s on a national workspace of 3.3 GB
#: read from the cache, two and a half minutes from disk, on every opening. The pages of its layers
#: are checked by SQLite as they are read: a read or a write that meets a damaged page is refused
#: with the error, and the write's transaction is rolled back.
WHOLE_CHECK_BYTES = 64 * 1024 * 1024


def _quick_check(con: sqlite3.Connection, tables: set[str], whole: bool) -> str:
    """SQLite's quick_check of the whole file, or of its structure only: 'ok' or the first problem."""
    if whole:
        return con.execute("PRAGMA quick_check").fetchone()[0]
    structure = ["sqlite_master"] + sorted(t for t in tables if t.startswith(("gpkg_", "sqlite_")) or
                                           t == schema.META_TABLE)
    for table in structure:
        quoted = table.replace('"', '""')  # a name from the file itself
        check = con.execute(f'PRAGMA quick_check("{quoted}")').fetchone()[0]
        if check != "ok":
            return check
    return "ok"


#: What a file of another kind is, by its extension (what it is matters for what to do with it).
_FILE_KIND_LABELS = {
    ".csv": "a CSV text file", ".txt": "a text file", ".xlsx": "an Excel workbook", ".xls": "an Excel workbook",
    ".geojson": "a GeoJSON file", ".json": "a JSON file", ".kml": "a KML file", ".kmz": "a KMZ file",
    ".shp": "a shapefile", ".qgz": "a QGIS project", ".qgs": "a QGIS project", ".pdf": "a PDF document",
}
#: Kinds of file the Import mine map dialog reads.
_IMPORTABLE = (".csv", ".txt", ".xlsx", ".geojson", ".json", ".kml", ".kmz", ".shp", ".gpkg")
#: Layers named in a message at most; the others are counted.
_LAYERS_NAMED = 4


def _not_a_geopackage(path: Path) -> str:
    """What a file that is not a GeoPackage is, and what to do with it."""
    suffix = path.suffix.lower()
    what = tr(_FILE_KIND_LABELS[suffix]) if suffix in _FILE_KIND_LABELS else tr("a file of another kind")
    text = tr("{name} is not a GeoPackage: it is {what}, not a workspace.").format(name=path.name, what=what)
    if suffix in _IMPORTABLE:
        return text + " " + tr("Open or create a workspace (Workspace ▸ New workspace…), then import the file "
                               "into it (Records ▸ Import mine map…).")
    return text + " " + tr("A workspace is a GeoPackage made by ClearGround: create one (Workspace ▸ New "
                           "workspace…).")


def _not_a_workspace(path: Path, layers: list[str]) -> str:
    """What a GeoPackage that is not a workspace holds, and what to do with it."""
    if not layers:
        return tr("{name} is an empty GeoPackage, not a ClearGround workspace. Create a workspace instead "
                  "(Workspace ▸ New workspace…).").format(name=path.name)
    named = ", ".join(layers[:_LAYERS_NAMED])
    if len(layers) > _LAYERS_NAMED:
        named = tr("{layers} and {count} more").format(layers=named, count=len(layers) - _LAYERS_NAMED)
    return tr("{name} is a GeoPackage with the layers {layers}, not a ClearGround workspace. To use its mine "
              "maps, open or create a workspace (Workspace ▸ New workspace…) and import them into it (Records ▸ "
              "Import mine map…); the file is left as it is.").format(name=path.name, layers=named)


def _check_layers(con: sqlite3.Connection, name: str, tables: set[str]) -> None:
    for lyr in schema.LAYERS:
        if lyr.name not in tables:
            raise WorkspaceError(
                tr("{name} is damaged: the layer {layer} is missing.").format(name=name, layer=lyr.name))
        columns = {r[1] for r in con.execute(f'PRAGMA table_info("{lyr.name}")')}
        missing = [f for f in lyr.field_names if f not in columns]
        if missing:
            raise WorkspaceError(tr("{name} is damaged: the layer {layer} lacks the field(s) {fields}.").format(
                name=name, layer=lyr.name, fields=", ".join(missing)))


def _read_only_message(path: Path) -> str:
    return tr(
        "{name} is read-only. ClearGround writes to its workspace (marking, audit log): "
        "copy it to a folder where you can write, or change its permissions."
    ).format(name=path.name)


def _has_rules(path: Path) -> bool:
    from .gpkg_store import has_rules

    return has_rules(path)


def _is_read_only(path: Path) -> bool:
    mode = path.stat().st_mode
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        return True
    return not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


class _ScratchCopy:
    """A temporary file beside ``target`` that replaces it only when the block succeeds."""

    def __init__(self, target: Path, source: Path | None):
        self.target, self.source = target, source

    def __enter__(self) -> Path:
        fd, name = tempfile.mkstemp(prefix=f".{self.target.stem}-", suffix=".gpkg", dir=self.target.parent)
        os.close(fd)
        self.scratch = Path(name)
        if self.source is not None:
            shutil.copyfile(self.source, self.scratch)
        else:
            self.scratch.unlink()
        return self.scratch

    def __exit__(self, exc_type, exc, tb) -> bool:
        if exc_type is None:
            os.replace(self.scratch, self.target)
            return False
        for leftover in (self.scratch, Path(f"{self.scratch}-journal"), Path(f"{self.scratch}-wal")):
            leftover.unlink(missing_ok=True)
        if isinstance(exc, WorkspaceError):
            return False
        raise WorkspaceError(tr("{name} was left unchanged: {error}").format(
            name=self.target.name, error=failure_reason(exc))) from exc


def failure_reason(exc: BaseException) -> str:
    """Why an operation failed, in words, even when the error carries no text (GDAL's often does not)."""
    number = getattr(exc, "errno", None)
    if number == errno.ENOSPC or "disk is full" in str(exc).lower() or "no space left" in str(exc).lower():
        return tr("the disk is full; free some space, or choose another folder")
    if number in (errno.EACCES, errno.EPERM, errno.EROFS):
        return tr("the folder cannot be written ({error}); choose another folder").format(
            error=os.strerror(number))
    text = str(exc).strip()
    if text:
        return text
    return tr("{kind} without a message; check the folder's free space and permissions").format(
        kind=type(exc).__name__)


def _migrate(path: Path, from_version: int) -> None:
    if path.exists():
        ds = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE)
    else:
        ds = gdal.GetDriverByName("GPKG").Create(str(path), 0, 0, 0, gdal.GDT_Unknown)
    try:
        for version, ops in steps(from_version):
            for op in ops:
                _apply(ds, op)
            _set_version(ds, version)
    finally:
        ds = None  # noqa: F841 - closes and flushes the data source
    from .gpkg_store import sector_rules_sql

    con = sqlite3.connect(path)
    try:
        with con:
            for _, ops in steps(from_version):
                for op in ops:
                    for sql in _sql_after(op):
                        con.execute(sql)
            for sql in sector_rules_sql():
                con.execute(sql)
    finally:
        con.close()


def _sql_after(op: Operation) -> list[str]:
    """What OGR cannot express: value checks (triggers) and attribute indexes."""
    if isinstance(op, CreateLayer):
        sql = [s for fld in op.layer.fields for s in check_triggers_sql(op.layer.name, fld)]
        sql += [
            f'CREATE INDEX IF NOT EXISTS "idx_{op.layer.name}_{column}" ON "{op.layer.name}" ("{column}")'
            for column in op.layer.extra_indexes
        ]
        return sql
    if isinstance(op, AddField):
        sql = check_triggers_sql(op.layer, op.field)
        if op.field.unique:  # SQLite cannot add a UNIQUE column to a table: a unique index instead
            sql.append(f'CREATE UNIQUE INDEX IF NOT EXISTS "uq_{op.layer}_{op.field.name}" '
                       f'ON "{op.layer}" ("{op.field.name}")')
        return sql
    return []


def _apply(ds: gdal.Dataset, op: Operation) -> None:
    if isinstance(op, CreateLayer):
        _create_layer(ds, op.layer)
    elif isinstance(op, AddField):
        lyr = ds.GetLayerByName(op.layer)
        defn = _field_defn(ds, op.layer, op.field)
        defn.SetUnique(False)  # made unique by an index (_sql_after)
        if lyr.CreateField(defn) != 0:
            raise WorkspaceError(tr("The field {field} could not be added to {layer}.").format(
                field=op.field.name, layer=op.layer))
    else:  # pragma: no cover - a new operation kind without its GeoPackage rendering
        raise TypeError(f"no GeoPackage rendering for {op!r}")


def _create_layer(ds: gdal.Dataset, layer: schema.Layer) -> None:
    srs = None
    if layer.geometry:
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(schema.STORAGE_EPSG)
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    options = ["FID=fid", "SPATIAL_INDEX=YES", "GEOMETRY_NAME=geom"]
    if layer.title:
        options.append(f"DESCRIPTION={layer.title}")
    lyr = ds.CreateLayer(layer.name, srs, _OGR_GEOMETRY[layer.geometry], options=options)
    for fld in layer.fields:
        lyr.CreateField(_field_defn(ds, layer.name, fld))


def _field_defn(ds: gdal.Dataset, layer_name: str, fld: schema.Field) -> ogr.FieldDefn:
    ogr_type, subtype = _OGR_TYPES[fld.type]
    defn = ogr.FieldDefn(fld.name, ogr_type)
    defn.SetSubType(subtype)
    defn.SetNullable(not fld.not_null)
    defn.SetUnique(fld.unique)
    if fld.default is not None:
        defn.SetDefault(f"'{fld.default}'" if isinstance(fld.default, str) else str(fld.default))
    if fld.allowed:
        domain_name = f"{layer_name}_{fld.name}"
        if ds.GetFieldDomain(domain_name) is None:
            domain = ogr.CreateCodedFieldDomain(
                domain_name, f"Allowed values of {layer_name}.{fld.name}", ogr.OFTString,
                ogr.OFSTNone, {v: v for v in fld.allowed},
            )
            ds.AddFieldDomain(domain)
        defn.SetDomainName(domain_name)
    return defn


def _set_version(ds: gdal.Dataset, version: int) -> None:
    meta = ds.GetLayerByName(schema.META_TABLE)
    if meta is None:
        meta = ds.CreateLayer(schema.META_TABLE, None, ogr.wkbNone, options=["FID=fid"])
        key = ogr.FieldDefn("key", ogr.OFTString)
        key.SetNullable(False)
        key.SetUnique(True)
        meta.CreateField(key)
        meta.CreateField(ogr.FieldDefn("value", ogr.OFTString))
    meta.SetAttributeFilter("key = 'schema_version'")
    feature = meta.GetNextFeature()
    meta.SetAttributeFilter(None)
    if feature is None:
        feature = ogr.Feature(meta.GetLayerDefn())
        feature.SetField("key", "schema_version")
        feature.SetField("value", str(version))
        meta.CreateFeature(feature)
    else:
        feature.SetField("value", str(version))
        meta.SetFeature(feature)


def check_triggers_sql(layer_name: str, fld: schema.Field) -> list[str]:
    """SQLite triggers that refuse a value outside the field's allowed list, on insert and update."""
    if not fld.allowed:
        return []
    values = ", ".join(f"'{v}'" for v in fld.allowed)
    message = f"{layer_name}.{fld.name} must be one of: {', '.join(fld.allowed)}"
    condition = f'NEW."{fld.name}" IS NOT NULL AND NEW."{fld.name}" NOT IN ({values})'
    return [
        f'CREATE TRIGGER IF NOT EXISTS "cg_check_{layer_name}_{fld.name}_{event.lower()}" '
        f'BEFORE {when} ON "{layer_name}" FOR EACH ROW WHEN {condition} '
        f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
        for event, when in (("INSERT", "INSERT"), ("UPDATE", f'UPDATE OF "{fld.name}"'))
    ]
