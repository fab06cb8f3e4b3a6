"""Bulk writing of feature columns into the layers of a GeoPackage workspace, all or nothing.

The caller hands columns (one sequence or numpy array per field) and shapely geometries in
EPSG:4326. Every value is checked against core/schema.py before the file is opened, a whole column
at a time; the rows are then written with SQLite inside ONE transaction over all layers, so an
error or a cancel part-way leaves the file exactly as it was.

The file ends up as OGR leaves it when it writes the same features: the same values, GeoPackage
geometry blobs, feature ids, R-tree entries, feature counts and extents. OGR's R-tree triggers
call spatial SQL functions that plain SQLite lacks, so for the write they are set aside (inside
the transaction) and the R-tree is filled directly: row by row for small writes, and rebuilt in
one packed pass (sort-tile-recursive) for large ones.

Why not OGR (ogr.Layer.CreateFeature in one transaction, its triggers filling the R-tree): with the
packed R-tree (workspace/gpkg_rtree.py), which only a writer that inserts the rows itself can write,
clearground:importminemap of the benchmark's 10^6-row mine table into a workspace takes 12.9 s, and
30.0 s through OGR: 2.32x (``make bench-standins``, bench/RESULTS.md "Library stand-ins"; GDAL 3.6).
The blobs and the set-aside triggers alone, the R-tree filled row by row on both sides, make 1.49x.

Conventions: rows are numbered from 1 in messages; None (and NaN, NaT) means "no value", so the
field takes the schema's default when it has one and NULL otherwise.
"""

from __future__ import annotations

import datetime as dt
import math
import sqlite3
import struct
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from typing import Any, Callable, Iterator, Mapping, NamedTuple, Sequence

import numpy as np
import shapely
from osgeo import gdal

from ..core import schema
from ..core.text import tr
from . import gpkg_rtree
from .errors import WorkspaceError
from .geopackage import Workspace

_GEOMETRY_TYPE_IDS = {"Point": 0, "Polygon": 3}
_PROGRESS_EVERY = 2000
#: From this many new rows in one layer on, its R-tree is rebuilt in one pass instead of row by row.
_BULK_INDEX_MIN = 20_000
_NONE = type(None)


class FeatureColumns(NamedTuple):
    """The rows of one layer as columns: field name -> values, and shapely geometries (EPSG:4326); for a
    point layer the geometries may be given as an (n, 2) array of longitudes and latitudes."""

    columns: Mapping[str, Sequence[Any]]
    geometry: Sequence[Any] | None = None


class WriteCancelledError(WorkspaceError):
    """The caller cancelled the write; nothing was written."""


@dataclass
class _Column:
    name: str
    kind: str  # schema field type
    values: list  # python values ready for SQLite, None where unset


@dataclass
class _Prepared:
    layer: schema.Layer
    count: int
    columns: list[_Column]
    geometry: np.ndarray | None  # shapely geometries (or point coordinates, n x 2), checked
    bounds: np.ndarray | None  # n x 4: minx, miny, maxx, maxy
    keys: list | None


def write_features(
    workspace: Workspace,
    layers: Mapping[str, FeatureColumns | tuple],
    feedback: Any = None,
) -> dict[str, int]:
    """Append the rows of ``layers`` (layer name -> FeatureColumns) to ``workspace``, all or nothing.

    ``feedback`` is anything with ``setProgress(percent)`` and ``isCanceled()`` (a
    QgsProcessingFeedback, for one). Returns the number of rows written per layer. Raises
    WorkspaceError, with the file unchanged, when a value breaks the schema (the message names the
    layer, the row and the field), when the database refuses a row, or when the write is cancelled.
    """
    from .gpkg_store import connect

    prepared = [_prepare(name, FeatureColumns(*data)) for name, data in layers.items()]
    with connect(workspace) as con:
        counts = _append_prepared(con, prepared, feedback)
    if feedback is not None:
        feedback.setProgress(100)
    return counts


def append_rows(con: sqlite3.Connection, layers: Mapping[str, FeatureColumns | tuple],
                feedback: Any = None, deferred: DeferredIndex | None = None) -> dict[str, int]:
    """write_features inside the caller's open transaction on ``con`` (which commits or rolls back).

    ``deferred``: the R-tree entries of the rows are kept there, to be written once for many
    appends by DeferredIndex.write (one packed R-tree instead of one rebuilt per append).
    """
    prepared = [_prepare(name, FeatureColumns(*data)) for name, data in layers.items()]
    return _append_prepared(con, prepared, feedback, deferred)


class DeferredIndex:
    """The R-tree entries of rows appended in parts of one transaction, written once at its end.

    Rebuilding the packed R-tree after each part would read and rewrite all the entries of the parts
    before it; row by row through SQLite's R-tree module costs tens of seconds at 10^6 rows. The boxes
    are kept as the R-tree stores them (float32: 16 bytes a row).
    """

    #: The page cache of a write in parts: the rows go in in key order, a larger cache buys nothing.
    CACHE_KIB = 65_536

    def __init__(self):
        self.parts: dict[str, list[tuple[int, np.ndarray]]] = {}

    def add(self, rtree: str, first_fid: int, bounds: np.ndarray) -> None:
        self.parts.setdefault(rtree, []).append((first_fid, gpkg_rtree.rtree_boxes(bounds)))

    @staticmethod
    def _fids(parts: list[tuple[int, np.ndarray]]) -> np.ndarray:
        return np.concatenate([np.arange(first, first + len(boxes), dtype=np.int64) for first, boxes in parts])

    @staticmethod
    def _boxes(parts: list[tuple[int, np.ndarray]]) -> np.ndarray:
        boxes = np.concatenate([boxes for _, boxes in parts])
        parts.clear()
        return boxes

    def write(self, con: sqlite3.Connection) -> None:
        """Write the kept entries into their R-trees (inside the same transaction)."""
        for rtree, parts in self.parts.items():
            count = sum(len(boxes) for _, boxes in parts)
            if count >= _BULK_INDEX_MIN and gpkg_rtree.packable(con, rtree):
                # no name here holds the arrays: the rebuild lets go of them as it sorts
                gpkg_rtree.rebuild_rtree_boxes(con, rtree, self._fids(parts), self._boxes(parts))
                continue
            fids, boxes = self._fids(parts), self._boxes(parts)
            parts.clear()
            for start in range(0, len(fids), _PROGRESS_EVERY):
                part = slice(start, start + _PROGRESS_EVERY)
                con.executemany(f'INSERT OR REPLACE INTO "{rtree}" VALUES (?, ?, ?, ?, ?)',
                                zip(fids[part].tolist(), *(boxes[part, c].astype(float).tolist() for c in range(4))))
        self.parts.clear()


def _append_prepared(con: sqlite3.Connection, prepared: list[_Prepared], feedback: Any,
                     deferred: DeferredIndex | None = None) -> dict[str, int]:
    total = sum(p.count for p in prepared)
    # room for every page the write touches (about 1 KiB a row): a spilled cache costs double
    cache = max(65536, total) if deferred is None else DeferredIndex.CACHE_KIB
    con.execute(f"PRAGMA cache_size = -{cache}")
    done = 0
    for item in prepared:
        if item.count:
            _insert(con, item, feedback, done, total, deferred)
        done += item.count
    _check_cancel(feedback)
    return {p.layer.name: p.count for p in prepared}


# --- validation -----------------------------------------------------------------------------------


def _prepare(name: str, data: FeatureColumns) -> _Prepared:
    try:
        layer = schema.layer(name)
    except KeyError:
        raise WorkspaceError(tr("There is no workspace layer named {name}; the layers are {layers}.").format(
            name=repr(name), layers=", ".join(schema.LAYER_NAMES))) from None
    columns = dict(data.columns)
    unknown = [c for c in columns if c not in layer.field_names]
    if unknown:
        raise WorkspaceError(tr("{layer}: no field named {names}; the fields are {fields}.").format(
            layer=name, names=", ".join(repr(u) for u in unknown), fields=", ".join(layer.field_names)))
    lengths = {c: len(v) for c, v in columns.items()}
    if data.geometry is not None:
        lengths["geometry"] = len(data.geometry)
    if len(set(lengths.values())) > 1:
        listed = ", ".join(f"{c} {n}" for c, n in lengths.items())
        raise WorkspaceError(tr("{layer}: the columns differ in length ({lengths}).").format(
            layer=name, lengths=listed))
    count = next(iter(lengths.values()), 0)
    key_values = _key_labels(layer, columns)

    prepared_columns = []
    for fld in layer.fields:
        if fld.name not in columns:
            if fld.not_null and fld.default is None and count:
                raise WorkspaceError(tr("{layer}: the field {field} is required and no column was given.").format(
                    layer=name, field=repr(fld.name)))
            continue
        values = _convert(layer, fld, columns[fld.name], key_values)
        _check_allowed(layer, fld, values, key_values)
        _check_required(layer, fld, values, key_values)
        _check_unique(layer, fld, values, key_values)
        if fld.default is not None and None in values:  # what the database's DEFAULT would give
            values = [fld.default if v is None else v for v in values]
        if fld.type == "datetime":  # OGR stores milliseconds
            values = [None if v is None else f"{v}.000" for v in values]
        prepared_columns.append(_Column(fld.name, fld.type, values))
    geoms, bounds = _check_geometry(layer, data.geometry, count, key_values)
    return _Prepared(layer, count, prepared_columns, geoms, bounds, key_values)


def prepare(name: str, data: FeatureColumns) -> _Prepared:
    """The rows of one layer checked against the schema and converted for storage (any backend)."""
    return _prepare(name, data)


def _key_labels(layer: schema.Layer, columns: Mapping[str, Sequence[Any]]) -> list | None:
    if layer.key and layer.key in columns:
        return list(columns[layer.key])
    return None


def _where(layer: schema.Layer, row: int, keys: list | None) -> str:
    """'finds row 12 (find_id 'F-0012')' for a 0-based row index."""
    if keys is not None and not _is_null(keys[row]):
        return tr("{layer} row {row} ({key} {value})").format(
            layer=layer.name, row=row + 1, key=layer.key, value=repr(str(keys[row])))
    return tr("{layer} row {row}").format(layer=layer.name, row=row + 1)


def _fail(layer: schema.Layer, rows: list[int], keys: list | None, what: str) -> None:
    """Refuse the write: 'finds row 12 (find_id 'F-0012'): <what> (3 rows in all).' (``what`` translated)."""
    where = _where(layer, rows[0], keys)
    if len(rows) > 1:
        raise WorkspaceError(tr("{where}: {problem} ({count} rows in all).").format(
            where=where, problem=what, count=len(rows)))
    raise WorkspaceError(tr("{where}: {problem}.").format(where=where, problem=what))


def _is_null(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    if isinstance(value, np.generic):
        if isinstance(value, np.floating) and np.isnan(value):
            return True
        if isinstance(value, np.datetime64) and np.isnat(value):
            return True
    return False


#: Python types whose values need no conversion (beyond NaN -> None) for each field type.
_PLAIN_TYPES = {"text": {str}, "int": {int}, "real": {float, int}, "date": {str}, "datetime": {str}}


def _convert(layer: schema.Layer, fld: schema.Field, column: Sequence[Any], keys: list | None) -> list:
    """The column as python values ready for SQLite (None where unset); refuses values of a wrong type."""
    array = column if isinstance(column, np.ndarray) else None
    if array is not None:
        fast = _convert_array(layer, fld, array, keys)
        if fast is not None:
            return fast
    values = column.tolist() if array is not None else list(column)
    kinds = set(map(type, values))
    kinds.discard(_NONE)
    if kinds <= _PLAIN_TYPES[fld.type] and (fld.type != "int" or _fits_int64(values)):
        if fld.type in ("text", "int"):
            return values
        if fld.type == "real":
            return [None if v is None or v != v else float(v) for v in values]
        return _convert_distinct(layer, fld, values, keys)  # date/datetime text: parse each value once
    converter = _CONVERTERS[fld.type]
    out = []
    bad = []
    for row, value in enumerate(values):
        if _is_null(value):
            out.append(None)
            continue
        try:
            out.append(converter(value))
        except (TypeError, ValueError, OverflowError):
            bad.append(row)
            out.append(None)
    if bad:
        _fail(layer, bad, keys, _not_of_type(fld, values[bad[0]]))
    return out


def _convert_array(layer: schema.Layer, fld: schema.Field, array: np.ndarray, keys: list | None) -> list | None:
    """The whole-array conversions; None when the array needs the value-by-value path."""
    kind = array.dtype.kind
    if fld.type == "int" and kind in "iu" and (kind == "i" or not array.size or array.max() < 2**63):
        return array.tolist()
    if fld.type == "int" and kind == "f" and array.ndim == 1:
        null = np.isnan(array)
        whole = np.isfinite(array) & (np.floor(array) == array) & (np.abs(array) < 2.0**63)
        bad = np.flatnonzero(~null & ~whole)
        if bad.size:
            _fail(layer, bad.tolist(), keys, _not_of_type(fld, array[bad[0]].item()))
        out = np.where(null, 0, array).astype(np.int64).tolist()
        for row in np.flatnonzero(null).tolist():
            out[row] = None
        return out
    if fld.type == "real" and kind in "iuf":
        return [None if math.isnan(v) else v for v in array.astype(float).tolist()]
    if fld.type == "date" and kind == "M":
        text = np.datetime_as_string(array.astype("datetime64[D]"))
        return [None if v == "NaT" else v for v in text.tolist()]
    if fld.type == "datetime" and kind == "M":
        text = np.datetime_as_string(array.astype("datetime64[s]"))
        return [None if v == "NaT" else v for v in text.tolist()]
    if fld.type == "text" and kind == "U":
        return array.tolist()
    return None


def _convert_distinct(layer: schema.Layer, fld: schema.Field, values: list, keys: list | None) -> list:
    """Convert a column of str/None by converting each distinct value once."""
    converter = _CONVERTERS[fld.type]
    table: dict[Any, Any] = {}
    refused = set()
    for value in set(values):
        if value is None:
            continue
        try:
            table[value] = converter(value)
        except (TypeError, ValueError, OverflowError):
            refused.add(value)
    if refused:
        bad = [row for row, v in enumerate(values) if v in refused]
        _fail(layer, bad, keys, _not_of_type(fld, values[bad[0]]))
    get = table.get
    return [get(v) for v in values]


def _fits_int64(values: list) -> bool:
    """Whether the ints of ``values`` (None aside) fit SQLite's 64-bit INTEGER."""
    numbers = [v for v in values if v is not None] if None in values else values
    return not numbers or (min(numbers) >= -(2**63) and max(numbers) < 2**63)


def _to_text(value: Any) -> str:
    if isinstance(value, (bytes, bytearray)):
        raise TypeError("bytes")
    return str(value)


def _to_int(value: Any) -> int:
    if isinstance(value, (bool, np.bool_)) or isinstance(value, (str, bytes)):
        raise TypeError("not an integer")
    if isinstance(value, (float, np.floating)):
        if not float(value).is_integer():
            raise ValueError("not an integer")
    number = int(value)
    if not -(2**63) <= number < 2**63:
        raise OverflowError("beyond 64 bits")
    return number


def _to_real(value: Any) -> float:
    if isinstance(value, (bool, np.bool_)) or isinstance(value, (str, bytes)):
        raise TypeError("not a number")
    return float(value)


def _to_date(value: Any) -> str:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, np.datetime64):
        return str(value.astype("datetime64[D]"))
    if isinstance(value, str):
        return dt.date.fromisoformat(value.strip()).isoformat()
    raise TypeError("not a date")


def _to_datetime(value: Any) -> str:
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None, microsecond=0).isoformat()
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day).isoformat()
    if isinstance(value, np.datetime64):
        return str(value.astype("datetime64[s]"))
    if isinstance(value, str):
        return dt.datetime.fromisoformat(value.strip()).replace(tzinfo=None, microsecond=0).isoformat()
    raise TypeError("not a date and time")


_CONVERTERS: dict[str, Callable[[Any], Any]] = {
    "text": _to_text, "int": _to_int, "real": _to_real, "date": _to_date, "datetime": _to_datetime,
}


def _not_of_type(fld: schema.Field, value: Any) -> str:
    """'depth_cm 'deep' is not an integer': a value that is not of the field's type (translated)."""
    if fld.type == "int":
        text = tr("{field} {value} is not an integer")
    elif fld.type == "real":
        text = tr("{field} {value} is not a number")
    elif fld.type == "date":
        text = tr("{field} {value} is not a date (YYYY-MM-DD)")
    elif fld.type == "datetime":
        text = tr("{field} {value} is not a date and time (YYYY-MM-DDTHH:MM:SS)")
    else:
        text = tr("{field} {value} is not text")
    return text.format(field=fld.name, value=repr(value))


def _check_allowed(layer: schema.Layer, fld: schema.Field, values: list, keys: list | None) -> None:
    if not fld.allowed:
        return
    allowed = set(fld.allowed)
    present = set(values)
    present.discard(None)
    if present <= allowed:
        return
    bad = [row for row, v in enumerate(values) if v is not None and v not in allowed]
    _fail(layer, bad, keys, tr("{field} {value} is not one of {allowed}").format(
        field=fld.name, value=repr(values[bad[0]]), allowed=", ".join(fld.allowed)))


def _check_required(layer: schema.Layer, fld: schema.Field, values: list, keys: list | None) -> None:
    if not fld.not_null or fld.default is not None:
        return
    distinct = set(values)
    blank = fld.type == "text" and any(not v.strip() for v in distinct if v is not None)
    if None not in distinct and not blank:
        return
    bad = [row for row, v in enumerate(values) if v is None or (fld.type == "text" and not v.strip())]
    _fail(layer, bad, keys, tr("{field} is empty; it is required").format(field=fld.name))


def _check_unique(layer: schema.Layer, fld: schema.Field, values: list, keys: list | None) -> None:
    if not fld.unique:
        return
    distinct = set(values)
    distinct.discard(None)
    if len(distinct) == len(values) - values.count(None):
        return
    first: dict[Any, int] = {}
    for row, value in enumerate(values):
        if value is None:
            continue
        seen = first.setdefault(value, row)
        if seen != row:
            raise WorkspaceError(tr("{layer} rows {first} and {second} have the same {field} {value}; "
                                    "it must be unique.").format(
                layer=layer.name, first=seen + 1, second=row + 1, field=fld.name, value=repr(value)))


def _check_geometry(layer: schema.Layer, geometry: Sequence[Any] | None, count: int, keys: list | None):
    """The geometries as an array, and their bounds (n x 4), after checking them."""
    if layer.geometry is None:
        if geometry is not None:
            raise WorkspaceError(tr("{layer} is a table without geometry; no geometries can be written to it.").format(
                layer=layer.name))
        return None, None
    if geometry is None:
        if count:
            raise WorkspaceError(tr("{layer}: no geometries were given; the layer holds {geometry}s.").format(
                layer=layer.name, geometry=layer.geometry))
        return np.empty(0, dtype=object), np.empty((0, 4))
    if _coordinates(geometry):
        if layer.geometry != "Point":
            raise WorkspaceError(tr("{layer} holds {geometry}s; coordinates make points only.").format(
                layer=layer.name, geometry=layer.geometry))
        xy = np.asarray(geometry, dtype=float)
        missing = np.flatnonzero(np.isnan(xy).any(axis=1))
        if missing.size:
            _fail(layer, missing.tolist(), keys, tr("the geometry is missing or empty"))
        return xy, _in_lonlat(layer, xy[:, [0, 1, 0, 1]], keys)
    geoms = _object_array(geometry, count)
    missing = np.flatnonzero(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    if missing.size:
        _fail(layer, missing.tolist(), keys, tr("the geometry is missing or empty"))
    type_ids = shapely.get_type_id(geoms)
    wrong = np.flatnonzero(type_ids != _GEOMETRY_TYPE_IDS[layer.geometry])
    if wrong.size:
        found = shapely.get_type_id(geoms[wrong[0]])
        names = {0: "Point", 1: "LineString", 2: "LinearRing", 3: "Polygon", 4: "MultiPoint",
                 5: "MultiLineString", 6: "MultiPolygon", 7: "GeometryCollection"}
        _fail(layer, wrong.tolist(), keys, tr("the geometry is a {found}; the layer holds {geometry}s").format(
            found=names.get(int(found), found), geometry=layer.geometry))
    return geoms, _in_lonlat(layer, shapely.bounds(geoms), keys)


def _coordinates(geometry: Any) -> bool:
    """Whether geometries are given as point coordinates (an n x 2 array of numbers)."""
    return isinstance(geometry, np.ndarray) and geometry.dtype.kind in "fiu" and geometry.ndim == 2 \
        and geometry.shape[1] == 2


def _in_lonlat(layer: schema.Layer, bounds: np.ndarray, keys: list | None) -> np.ndarray:
    """The bounds (n x 4), after checking that they are longitudes and latitudes."""
    outside = np.flatnonzero(
        (bounds[:, 0] < -180) | (bounds[:, 2] > 180) | (bounds[:, 1] < -90) | (bounds[:, 3] > 90)
        | ~np.isfinite(bounds).all(axis=1)
    )
    if outside.size:
        _fail(layer, outside.tolist(), keys,
              tr("the coordinates are not longitude/latitude; geometries must be in EPSG:4326"))
    return bounds


def _object_array(values: Sequence[Any], count: int) -> np.ndarray:
    """``values`` as a 1-d object array, without numpy looking inside each element."""
    if isinstance(values, np.ndarray) and values.dtype == object and values.ndim == 1:
        return values
    try:
        return np.fromiter(values, dtype=object, count=count)
    except (TypeError, ValueError):  # numpy < 1.23 makes no object arrays from iterators
        array = np.empty(count, dtype=object)
        for row, value in enumerate(values):
            array[row] = value
        return array


# --- writing --------------------------------------------------------------------------------------


def _check_cancel(feedback: Any) -> None:
    if feedback is not None and feedback.isCanceled():
        raise WriteCancelledError(tr("Writing was cancelled; the workspace was left unchanged."))


@dataclass
class _Table:
    """How one layer is stored in the file."""

    name: str
    fid: str
    columns: set[str]
    geometry: str | None
    srs_id: int | None
    rtree: str | None
    swaps: list[tuple[str, str, str | None]]  # insert triggers (name, sql, stand-in sql or None) for the write
    counts_rows: bool  # whether OGR's feature count trigger was among them


def _table(con: sqlite3.Connection, layer: schema.Layer) -> _Table:
    info = con.execute(f'PRAGMA table_info("{layer.name}")').fetchall()
    if not info:
        raise WorkspaceError(tr("The workspace has no layer {layer}; nothing was written.").format(layer=layer.name))
    fid = next((r[1] for r in info if r[5] == 1), "rowid")
    geometry = srs_id = rtree = None
    row = con.execute("SELECT column_name, srs_id FROM gpkg_geometry_columns WHERE lower(table_name) = lower(?)",
                      (layer.name,)).fetchone()
    if row is not None:
        geometry, srs_id = row
        name = f"rtree_{layer.name}_{geometry}"
        if con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone():
            rtree = name
    counter = f"trigger_insert_feature_count_{layer.name}"
    dropped = {counter, f"{rtree}_insert"} if rtree else {counter}
    checks = {f"cg_check_{layer.name}_{fld.name}_insert": fld for fld in layer.fields if fld.allowed}
    swaps = []
    for name, sql in con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
                                 (layer.name,)):
        if name in dropped:
            swaps.append((name, sql, None))
        elif name in checks:
            stand_in = _plain_check_sql(sql, checks[name])
            if stand_in is not None:
                swaps.append((name, sql, stand_in))
    return _Table(layer.name, fid, {r[1] for r in info}, geometry, srs_id, rtree, swaps,
                  any(name == counter for name, _, _ in swaps))


def _plain_check_sql(sql: str, fld: schema.Field) -> str | None:
    """The value-check trigger ``sql`` with its ``NOT IN (list)`` spelled as ``<>`` comparisons.

    Same rows refused, same message; but SQLite builds the IN list afresh for every row a trigger
    runs on, which doubles the cost of an insert. None when the trigger is not the expected one (it
    then stays as it is).
    """
    column = f'NEW."{fld.name}"'
    quoted = [f"'{v}'" for v in fld.allowed]
    in_list = f"{column} NOT IN ({', '.join(quoted)})"
    if in_list not in sql or any("'" in v for v in fld.allowed):
        return None
    return sql.replace(in_list, "(" + " AND ".join(f"{column} <> {v}" for v in quoted) + ")")


def _insert(con: sqlite3.Connection, item: _Prepared, feedback: Any, done: int, total: int,
            deferred: DeferredIndex | None = None) -> None:
    """Append the rows of one layer (inside the caller's transaction)."""
    table = _table(con, item.layer)
    for column in item.columns:
        if column.name not in table.columns:
            raise WorkspaceError(tr("The workspace layer {layer} lacks the field {field}.").format(
                layer=item.layer.name, field=column.name))
    names = [table.fid] + ([table.geometry] if table.geometry else []) + [c.name for c in item.columns]
    quoted = ", ".join(f'"{n}"' for n in names)
    sql = f'INSERT INTO "{table.name}" ({quoted}) VALUES ({", ".join("?" * len(names))})'
    first_fid = _next_fid(con, table)
    fids = range(first_fid, first_fid + item.count)
    data: list[Iterator] = [iter(fids)]
    if table.geometry:
        data.append(_geometry_blobs(item, table.srs_id))
    data += [iter(c.values) for c in item.columns]
    rows = zip(*data)
    bulk_index = table.rtree is not None and item.count >= _BULK_INDEX_MIN and gpkg_rtree.packable(con, table.rtree)
    if deferred is not None and table.rtree is not None:
        deferred.add(table.rtree, first_fid, item.bounds)
        bulk_index = False
    boxes = _index_boxes(fids, item.bounds) if table.rtree and not bulk_index and deferred is None else None

    for name, _, stand_in in table.swaps:
        con.execute(f'DROP TRIGGER "{name}"')
        if stand_in:
            con.execute(stand_in)
    for start in range(0, item.count, _PROGRESS_EVERY):
        _check_cancel(feedback)
        if feedback is not None and total:
            feedback.setProgress(100.0 * (done + start) / total)
        try:
            con.executemany(sql, islice(rows, _PROGRESS_EVERY))
        except sqlite3.Error as exc:
            last = con.execute(f'SELECT max("{table.fid}") FROM "{table.name}"').fetchone()[0]
            row = max(start, (last or 0) - first_fid + 1)
            raise WorkspaceError(tr(
                "{where} could not be written (failed to execute insert : {error}); "
                "nothing was written, the workspace is unchanged."
            ).format(where=_where(item.layer, row, item.keys), error=exc)) from exc
        if boxes is not None:
            con.executemany(f'INSERT OR REPLACE INTO "{table.rtree}" VALUES (?, ?, ?, ?, ?)',
                            islice(boxes, _PROGRESS_EVERY))
    if bulk_index:
        gpkg_rtree.rebuild_rtree(con, table.rtree, np.asarray(fids, dtype=np.int64), item.bounds)
    for name, trigger_sql, stand_in in table.swaps:
        if stand_in:
            con.execute(f'DROP TRIGGER "{name}"')
        con.execute(trigger_sql)
    _update_contents(con, table, item)


@contextmanager
def rows_counted_once(con: sqlite3.Connection, layer_name: str, fid: str = "fid") -> Iterator[None]:
    """OGR's feature count trigger of a layer set aside while the block inserts rows into it by other
    means (the file's own triggers), and the count raised once, by the rows added, at its end.

    The trigger updates gpkg_ogr_contents for every row: a third of the cost of marking a sector in
    place, whose audit trigger adds four rows. Inside the caller's transaction: a rollback restores
    the trigger and the count.
    """
    name = f"trigger_insert_feature_count_{layer_name}"
    row = con.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (name,)).fetchone()
    if row is None:
        yield
        return
    last = con.execute(f'SELECT max("{fid}") FROM "{layer_name}"').fetchone()[0] or 0
    con.execute(f'DROP TRIGGER "{name}"')
    yield
    con.execute(row[0])
    added = con.execute(f'SELECT count(*) FROM "{layer_name}" WHERE "{fid}" > ?', (last,)).fetchone()[0]
    _add_to_count(con, layer_name, added)


def _add_to_count(con: sqlite3.Connection, layer_name: str, rows: int) -> None:
    """Raise OGR's stored feature count of a layer by ``rows``, as its insert trigger would (NULL stays NULL)."""
    con.execute("UPDATE gpkg_ogr_contents SET feature_count = feature_count + ? WHERE lower(table_name) = lower(?)",
                (rows, layer_name))


def _next_fid(con: sqlite3.Connection, table: _Table) -> int:
    """The feature id SQLite would give the next row (AUTOINCREMENT: never reuse an id)."""
    last = con.execute(f'SELECT max("{table.fid}") FROM "{table.name}"').fetchone()[0] or 0
    seq = None
    if con.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'").fetchone():
        seq = con.execute("SELECT seq FROM sqlite_sequence WHERE name = ?", (table.name,)).fetchone()
    return max(last, seq[0] if seq else 0) + 1


_POINT_BLOB = np.dtype([("head", "S4"), ("srs", "<i4"), ("order", "u1"), ("type", "<u4"), ("x", "<f8"), ("y", "<f8")])


def _geometry_blobs(item: _Prepared, srs_id: int) -> Iterator[bytes]:
    """GeoPackage binary geometries as OGR writes them: no envelope for points, an xy one otherwise.

    The header ('GP', version 0, flags, srs_id, envelope) precedes little-endian 2D WKB.
    """
    if item.layer.geometry == "Point":
        xy = item.geometry if _coordinates(item.geometry) else shapely.get_coordinates(item.geometry)
        blobs = np.empty(len(xy), dtype=_POINT_BLOB)
        blobs["head"] = b"GP\x00\x01"  # flags: little endian, no envelope
        blobs["srs"] = srs_id
        blobs["order"] = 1
        blobs["type"] = 1
        blobs["x"] = xy[:, 0]
        blobs["y"] = xy[:, 1]
        return iter(blobs.view(f"V{_POINT_BLOB.itemsize}").tolist())
    head = b"GP\x00\x03" + struct.pack("<i", srs_id)  # flags: little endian, xy envelope
    envelopes = item.bounds[:, [0, 2, 1, 3]].astype("<f8").tobytes()
    wkb = shapely.to_wkb(item.geometry, output_dimension=2, byte_order=1, include_srid=False).tolist()
    return (head + envelopes[32 * i:32 * i + 32] + blob for i, blob in enumerate(wkb))


def _index_boxes(fids: range, bounds: np.ndarray) -> Iterator[tuple]:
    return zip(fids, bounds[:, 0].tolist(), bounds[:, 2].tolist(), bounds[:, 1].tolist(), bounds[:, 3].tolist())


def _update_contents(con: sqlite3.Connection, table: _Table, item: _Prepared) -> None:
    """What OGR updates after a write: the feature count, the extent and the time of the change."""
    if table.counts_rows:
        _add_to_count(con, table.name, item.count)
    now = gdal.GetConfigOption("OGR_CURRENT_DATE")
    if now is None:
        now = con.execute("SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now')").fetchone()[0]
    con.execute("UPDATE gpkg_contents SET last_change = ? WHERE lower(table_name) = lower(?)", (now, table.name))
    if table.geometry is None or item.bounds is None or not len(item.bounds):
        return
    new = [float(item.bounds[:, 0].min()), float(item.bounds[:, 1].min()),
           float(item.bounds[:, 2].max()), float(item.bounds[:, 3].max())]
    # OGR reads the extent as text (SQLite's 15 significant digits) and writes it back as SQL text
    # made by SQLite's printf (16 digits): do the same, so the file holds the very same numbers
    old = con.execute("SELECT CAST(min_x AS TEXT), CAST(min_y AS TEXT), CAST(max_x AS TEXT), CAST(max_y AS TEXT) "
                      "FROM gpkg_contents WHERE lower(table_name) = lower(?)", (table.name,)).fetchone()
    if old is not None and None not in old:
        old = [float(v) for v in old]
        new = [min(old[0], new[0]), min(old[1], new[1]), max(old[2], new[2]), max(old[3], new[3])]
    value = "CAST(printf('%.18g', ?) AS REAL)"
    con.execute(f"UPDATE gpkg_contents SET min_x = {value}, min_y = {value}, max_x = {value}, max_y = {value} "
                "WHERE lower(table_name) = lower(?)", (*new, table.name))
