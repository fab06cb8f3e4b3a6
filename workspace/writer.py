"""Bulk writing of feature columns into the layers of a GeoPackage workspace, all or nothing.

The caller hands columns (one sequence or numpy array per field) and shapely geometries in
EPSG:4326. Every value is checked against core/schema.py before the file is opened; the rows are
then written through OGR inside ONE transaction over all layers, so an error or a cancel part-way
leaves the file exactly as it was.

Conventions: rows are numbered from 1 in messages; None (and NaN, NaT) means "no value", so the
field takes the schema's default when it has one and NULL otherwise.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Any, Callable, Mapping, NamedTuple, Sequence

import numpy as np
import shapely
from osgeo import gdal, ogr

from ..core import schema
from .errors import WorkspaceError
from .geopackage import Workspace

gdal.UseExceptions()
ogr.UseExceptions()

_GEOMETRY_TYPE_IDS = {"Point": 0, "Polygon": 3}
_PROGRESS_EVERY = 2000
_MAX_LISTED = 3


class FeatureColumns(NamedTuple):
    """The rows of one layer as columns: field name -> values, and shapely geometries (EPSG:4326)."""

    columns: Mapping[str, Sequence[Any]]
    geometry: Sequence[Any] | None = None


class WriteCancelledError(WorkspaceError):
    """The caller cancelled the write; nothing was written."""


@dataclass
class _Column:
    name: str
    kind: str  # schema field type
    values: list  # python values ready for OGR, None where unset


@dataclass
class _Prepared:
    layer: schema.Layer
    count: int
    columns: list[_Column]
    wkb: list[bytes] | None
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
    prepared = [_prepare(name, FeatureColumns(*data)) for name, data in layers.items()]
    total = sum(p.count for p in prepared)
    try:
        ds = gdal.OpenEx(str(workspace.path), gdal.OF_VECTOR | gdal.OF_UPDATE)
    except RuntimeError as exc:
        raise WorkspaceError(f"{workspace.name} cannot be opened for writing: {exc}") from exc
    try:
        ds.StartTransaction()
        try:
            done = 0
            for item in prepared:
                done = _insert(ds, item, feedback, done, total)
            _check_cancel(feedback)
            ds.CommitTransaction()
        except BaseException:
            ds.RollbackTransaction()
            raise
    except RuntimeError as exc:
        raise WorkspaceError(
            f"{workspace.name} was left unchanged: the database refused the write ({exc})."
        ) from exc
    finally:
        ds = None  # noqa: F841 - closes the data source
    if feedback is not None:
        feedback.setProgress(100)
    return {p.layer.name: p.count for p in prepared}


# --- validation -----------------------------------------------------------------------------------


def _prepare(name: str, data: FeatureColumns) -> _Prepared:
    try:
        layer = schema.layer(name)
    except KeyError:
        raise WorkspaceError(
            f"There is no workspace layer named {name!r}; the layers are {', '.join(schema.LAYER_NAMES)}."
        ) from None
    columns = dict(data.columns)
    unknown = [c for c in columns if c not in layer.field_names]
    if unknown:
        raise WorkspaceError(
            f"{name}: no field named {', '.join(repr(u) for u in unknown)}; "
            f"the fields are {', '.join(layer.field_names)}."
        )
    lengths = {c: len(v) for c, v in columns.items()}
    if data.geometry is not None:
        lengths["geometry"] = len(data.geometry)
    if len(set(lengths.values())) > 1:
        listed = ", ".join(f"{c} {n}" for c, n in lengths.items())
        raise WorkspaceError(f"{name}: the columns differ in length ({listed}).")
    count = next(iter(lengths.values()), 0)
    key_values = _key_labels(layer, columns)

    prepared_columns = []
    for fld in layer.fields:
        if fld.name not in columns:
            if fld.not_null and fld.default is None and count:
                raise WorkspaceError(f"{name}: the field {fld.name!r} is required and no column was given.")
            continue
        values = _convert(layer, fld, columns[fld.name], key_values)
        _check_allowed(layer, fld, values, key_values)
        _check_required(layer, fld, values, key_values)
        _check_unique(layer, fld, values, key_values)
        prepared_columns.append(_Column(fld.name, fld.type, values))
    wkb = _geometry_wkb(layer, data.geometry, count, key_values)
    return _Prepared(layer, count, prepared_columns, wkb, key_values)


def _key_labels(layer: schema.Layer, columns: Mapping[str, Sequence[Any]]) -> list | None:
    if layer.key and layer.key in columns:
        return list(columns[layer.key])
    return None


def _where(layer: schema.Layer, row: int, keys: list | None) -> str:
    """'finds row 12 (find_id 'F-0012')' for a 0-based row index."""
    text = f"{layer.name} row {row + 1}"
    if keys is not None and not _is_null(keys[row]):
        text += f" ({layer.key} {str(keys[row])!r})"
    return text


def _fail(layer: schema.Layer, rows: list[int], keys: list | None, what: str) -> None:
    more = f" ({len(rows)} rows in all)" if len(rows) > 1 else ""
    raise WorkspaceError(f"{_where(layer, rows[0], keys)}: {what}{more}.")


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


def _convert(layer: schema.Layer, fld: schema.Field, column: Sequence[Any], keys: list | None) -> list:
    """The column as python values ready for OGR (None where unset); refuses values of a wrong type."""
    array = column if isinstance(column, np.ndarray) else None
    if fld.type == "int" and array is not None and array.dtype.kind in "iu":
        return array.tolist()
    if fld.type == "real" and array is not None and array.dtype.kind in "iuf":
        return [None if math.isnan(v) else v for v in array.astype(float).tolist()]
    if fld.type == "date" and array is not None and array.dtype.kind == "M":
        text = np.datetime_as_string(array.astype("datetime64[D]"))
        return [None if v == "NaT" else v for v in text.tolist()]
    if fld.type == "datetime" and array is not None and array.dtype.kind == "M":
        text = np.datetime_as_string(array.astype("datetime64[s]"))
        return [None if v == "NaT" else v for v in text.tolist()]
    if fld.type == "text" and array is not None and array.dtype.kind == "U":
        return array.tolist()
    converter = _CONVERTERS[fld.type]
    values = column.tolist() if array is not None else list(column)
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
        _fail(layer, bad, keys, f"{fld.name} {values[bad[0]]!r} is not {_TYPE_WORDS[fld.type]}")
    return out


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
    return int(value)


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
_TYPE_WORDS = {
    "text": "text", "int": "an integer", "real": "a number",
    "date": "a date (YYYY-MM-DD)", "datetime": "a date and time (YYYY-MM-DDTHH:MM:SS)",
}


def _check_allowed(layer: schema.Layer, fld: schema.Field, values: list, keys: list | None) -> None:
    if not fld.allowed:
        return
    allowed = set(fld.allowed)
    bad = [row for row, v in enumerate(values) if v is not None and v not in allowed]
    if bad:
        _fail(layer, bad, keys, f"{fld.name} {values[bad[0]]!r} is not one of {', '.join(fld.allowed)}")


def _check_required(layer: schema.Layer, fld: schema.Field, values: list, keys: list | None) -> None:
    if not fld.not_null or fld.default is not None:
        return
    bad = [row for row, v in enumerate(values) if v is None or (fld.type == "text" and not v.strip())]
    if bad:
        _fail(layer, bad, keys, f"{fld.name} is empty; it is required")


def _check_unique(layer: schema.Layer, fld: schema.Field, values: list, keys: list | None) -> None:
    if not fld.unique:
        return
    first: dict[Any, int] = {}
    for row, value in enumerate(values):
        if value is None:
            continue
        seen = first.setdefault(value, row)
        if seen != row:
            raise WorkspaceError(
                f"{layer.name} rows {seen + 1} and {row + 1} have the same {fld.name} {value!r}; "
                f"it must be unique."
            )


def _geometry_wkb(layer: schema.Layer, geometry: Sequence[Any] | None, count: int, keys: list | None):
    if layer.geometry is None:
        if geometry is not None:
            raise WorkspaceError(f"{layer.name} is a table without geometry; no geometries can be written to it.")
        return None
    if geometry is None:
        if count:
            raise WorkspaceError(f"{layer.name}: no geometries were given; the layer holds {layer.geometry}s.")
        return []
    geoms = np.empty(count, dtype=object)
    geoms[:] = list(geometry)
    missing = np.flatnonzero(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    if missing.size:
        _fail(layer, missing.tolist(), keys, "the geometry is missing or empty")
    type_ids = shapely.get_type_id(geoms)
    wrong = np.flatnonzero(type_ids != _GEOMETRY_TYPE_IDS[layer.geometry])
    if wrong.size:
        found = shapely.get_type_id(geoms[wrong[0]])
        names = {0: "Point", 1: "LineString", 2: "LinearRing", 3: "Polygon", 4: "MultiPoint",
                 5: "MultiLineString", 6: "MultiPolygon", 7: "GeometryCollection"}
        _fail(layer, wrong.tolist(), keys,
              f"the geometry is a {names.get(int(found), found)}; the layer holds {layer.geometry}s")
    bounds = shapely.bounds(geoms)
    outside = np.flatnonzero(
        (bounds[:, 0] < -180) | (bounds[:, 2] > 180) | (bounds[:, 1] < -90) | (bounds[:, 3] > 90)
        | ~np.isfinite(bounds).all(axis=1)
    )
    if outside.size:
        _fail(layer, outside.tolist(), keys,
              "the coordinates are not longitude/latitude; geometries must be in EPSG:4326")
    return shapely.to_wkb(geoms, output_dimension=2, byte_order=1, include_srid=False).tolist()


# --- writing --------------------------------------------------------------------------------------


def _check_cancel(feedback: Any) -> None:
    if feedback is not None and feedback.isCanceled():
        raise WriteCancelledError("Writing was cancelled; the workspace was left unchanged.")


def _insert(ds: gdal.Dataset, item: _Prepared, feedback: Any, done: int, total: int) -> int:
    lyr = ds.GetLayerByName(item.layer.name)
    if lyr is None:
        raise WorkspaceError(f"The workspace has no layer {item.layer.name}; nothing was written.")
    defn = lyr.GetLayerDefn()
    feature = ogr.Feature(defn)
    setters = []
    for column in item.columns:
        index = defn.GetFieldIndex(column.name)
        if index < 0:
            raise WorkspaceError(f"The workspace layer {item.layer.name} lacks the field {column.name}.")
        if column.kind == "int":
            setter = feature.SetFieldInteger64
        elif column.kind == "real":
            setter = feature.SetFieldDouble
        else:
            setter = feature.SetFieldString
        setters.append((index, setter, column.values))
    unset = feature.UnsetField
    wkb = item.wkb
    for row in range(item.count):
        if row % _PROGRESS_EVERY == 0:
            _check_cancel(feedback)
            if feedback is not None and total:
                feedback.setProgress(100.0 * (done + row) / total)
        feature.SetFID(-1)
        for index, setter, values in setters:
            value = values[row]
            if value is None:
                unset(index)
            else:
                setter(index, value)
        if wkb is not None:
            feature.SetGeometryDirectly(ogr.CreateGeometryFromWkb(wkb[row]))
        try:
            lyr.CreateFeature(feature)
        except RuntimeError as exc:
            raise WorkspaceError(
                f"{_where(item.layer, row, item.keys)} could not be written ({exc}); "
                "nothing was written, the workspace is unchanged."
            ) from exc
    return done + item.count
