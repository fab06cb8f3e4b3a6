"""Fast array I/O: QGIS layers and OGR sources to numpy + shapely arrays.

The one place that turns features into arrays. A layer of the "ogr" provider (GeoPackage,
shapefile, GeoJSON, ...) without a subset, or with a plain WHERE-clause subset, and without
unsaved edits, is read in bulk through GDAL's Arrow stream; every other source (memory, PostGIS,
delimited text, Processing sources, selected features) is read with one QgsFeatureRequest that
fetches only the requested attributes. Both paths decode geometries and attributes with the same
functions and reproject with the same pyproj transformer, so they give identical arrays.

Attributes come back as: text -> object array of str (None for null); integer and real -> float64
(NaN for null); date -> datetime64[D] (NaT); datetime -> datetime64[ms] (NaT); anything else ->
object array of Python values.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence, Union

import numpy as np
import shapely
from osgeo import gdal, ogr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsFeedback,
    QgsMessageLog,
    QgsProcessingFeatureSource,
    QgsProviderRegistry,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QVariant

from ..compat import (
    FIELD_DATE,
    FIELD_DATETIME,
    FIELD_DOUBLE,
    FIELD_INT,
    FIELD_LONG,
    FIELD_TEXT,
    FIELD_UINT,
    FIELD_ULONG,
    ORIGIN_PROVIDER,
    WKT2_2019,
    WkbType,
)
from ..core.distinct import distinct_bytes
from ..core.proj import Transformer
from ..core.text import tr

gdal.UseExceptions()
ogr.UseExceptions()

LayerLike = Union[QgsVectorLayer, QgsProcessingFeatureSource]
_BATCH = 65536
_POINT_WKB = np.dtype([("order", "u1"), ("type", "<u4"), ("x", "<f8"), ("y", "<f8")])


class FeatureArrays:
    """Features as arrays, one entry per feature, in the order the source returned them.

    ``fid``: int64 source feature ids; ``geoms``: shapely geometries (None where a feature has none)
    in the CRS ``crs`` (an authid, or WKT for a CRS without one); ``attrs``: one array per field.
    For point layers the coordinates are kept as two float arrays and ``geoms`` is built from them
    on first use (making 10^6 shapely points costs about a second; most work needs only ``xy()``).
    Other geometries read in bulk stay WKB until ``geoms`` is first asked for (a million polygons
    take a third of the memory as WKB); ``geometry_column()`` gives them without decoding.
    """

    def __init__(self, fid: np.ndarray, geoms: np.ndarray | None = None,
                 attrs: dict[str, np.ndarray] | None = None, crs: str = "",
                 x: np.ndarray | None = None, y: np.ndarray | None = None, wkb: np.ndarray | None = None):
        self.fid = np.asarray(fid, dtype=np.int64)
        self.attrs = attrs if attrs is not None else {}
        self.crs = crs
        self._x, self._y = x, y
        self._wkb = wkb
        if geoms is None and x is None and wkb is None:
            geoms = np.full(len(self.fid), None, dtype=object)
        self._geoms = geoms

    def __len__(self) -> int:
        return len(self.fid)

    @property
    def geoms(self) -> np.ndarray:
        if self._geoms is None:
            self._geoms = _points(self._x, self._y) if self._wkb is None else _from_wkb(self._wkb)
            self._wkb = None
        return self._geoms

    @geoms.setter
    def geoms(self, value: np.ndarray) -> None:
        self._geoms = value
        self._x = self._y = self._wkb = None

    def geometry_column(self) -> np.ndarray:
        """The geometries as shapely objects once decoded, else as their WKB bytes (None where a
        feature has none): for work that decodes only some of them (shapely.from_wkb)."""
        return self._wkb if self._wkb is not None else self.geoms

    def xy(self) -> tuple[np.ndarray, np.ndarray]:
        """Point coordinates (NaN where a feature has no geometry); a MultiPoint gives its first point."""
        if self._x is not None:
            return self._x, self._y
        geoms = self.geoms
        x = np.full(len(geoms), np.nan)
        y = np.full(len(geoms), np.nan)
        present = ~shapely.is_missing(geoms) & ~shapely.is_empty(geoms)
        if present.any():
            parts = geoms[present]
            if not np.isin(shapely.get_type_id(parts), (0, 4)).all():
                raise ValueError("xy() needs a point layer")
            first = shapely.get_geometry(parts, 0)
            x[present] = shapely.get_x(first)
            y[present] = shapely.get_y(first)
        self._x, self._y = x, y
        return x, y

    def missing_geometry(self) -> np.ndarray:
        """The fids of the features without a geometry (or with an empty one)."""
        if self._x is not None:
            return self.fid[np.isnan(self._x) | np.isnan(self._y)]
        geoms = self.geoms
        return self.fid[shapely.is_missing(geoms) | shapely.is_empty(geoms)]


def read_layer(
    layer: LayerLike,
    fields: Sequence[str] = (),
    target_crs: str | QgsCoordinateReferenceSystem = "EPSG:4326",
    feedback: QgsFeedback | None = None,
    raw_text: Sequence[str] = (),
) -> FeatureArrays:
    """Read ``layer``'s geometries (in ``target_crs``) and the named ``fields`` into arrays.

    The text fields named in ``raw_text`` come from the bulk path as their UTF-8 bytes (numpy
    bytes, b"" for null) instead of str: for a column whose distinct values, or only a few rows,
    are what is used, which saves decoding every row. The other path gives them as str (None)."""
    fields = list(fields)
    names = layer.fields().names()
    missing = [f for f in fields if f not in names]
    if missing:
        raise KeyError("the layer has no field {}".format(", ".join(repr(f) for f in missing)))
    source_crs = layer.sourceCrs()
    target = target_crs if isinstance(target_crs, QgsCoordinateReferenceSystem) else \
        QgsCoordinateReferenceSystem(target_crs)
    kinds = {f: _field_kind(layer.fields().field(f)) for f in fields}
    plan = ogr_plan(layer)
    layer_fields = layer.fields()
    if plan is not None and any(layer_fields.fieldOrigin(layer_fields.indexOf(f)) != ORIGIN_PROVIDER
                                for f in fields):
        plan = None  # virtual, joined or edited fields exist only in QGIS
    if plan is not None:
        try:
            fid, wkb, raw = _read_ogr(plan, fields, feedback, {f for f in raw_text if kinds.get(f) == "text"})
        except (RuntimeError, SystemError, ValueError) as exc:  # a driver's Arrow stream that fails
            QgsMessageLog.logMessage(
                tr("{layer}: GDAL's Arrow stream failed ({error}); reading feature by feature.").format(
                    layer=layer.name(), error=exc), "ClearGround")
            plan = None
    if plan is None:
        fid, wkb, raw = _read_features(layer, fields, feedback)
    attrs = _columns(raw, kinds, from_arrow=plan is not None)
    point_layer = layer.wkbType() in _point_types()
    arrays = _decode(fid, wkb, attrs, point_layer)
    _reproject(arrays, source_crs, target)
    arrays.crs = crs_id(target)
    return arrays


def read_columns(layer: LayerLike, fields: Sequence[str], fids: np.ndarray,
                 raw_text: Sequence[str] = ()) -> dict[str, np.ndarray]:
    """The named ``fields`` of the features ``fids`` (as read_layer read them), in that order; without
    the geometries when the layer has the bulk path (``raw_text`` as in read_layer)."""
    fields = list(fields)
    plan = ogr_plan(layer)
    layer_fields = layer.fields()
    kinds = {f: _field_kind(layer_fields.field(f)) for f in fields}
    raw = None
    if plan is not None and all(layer_fields.fieldOrigin(layer_fields.indexOf(f)) == ORIGIN_PROVIDER
                                for f in fields):
        try:
            fid, _, raw = _read_ogr(plan, fields, None, {f for f in raw_text if kinds[f] == "text"}, geometry=False)
            columns = _columns(raw, kinds, from_arrow=True)
        except (RuntimeError, SystemError, ValueError):
            raw = None
    if raw is None:
        arrays = read_layer(layer, fields, layer.sourceCrs(), raw_text=raw_text)
        fid, columns = arrays.fid, arrays.attrs
    if np.array_equal(fid, fids):
        return columns
    order = np.argsort(fid, kind="stable")
    at = order[np.clip(np.searchsorted(fid, fids, sorter=order), 0, max(len(fid) - 1, 0))]
    if len(fids) and (len(fid) == 0 or not np.array_equal(fid[at], fids)):
        raise ValueError(tr("the layer changed while it was read: features are missing"))
    return {f: values[at] for f, values in columns.items()}


def _columns(raw: dict[str, np.ndarray], kinds: dict[str, str], from_arrow: bool) -> dict[str, np.ndarray]:
    return {f: values if values.dtype.kind == "S" else _column(values, kinds[f], from_arrow=from_arrow)
            for f, values in raw.items()}


def crs_id(crs: QgsCoordinateReferenceSystem) -> str:
    """The authid of a CRS, or its WKT when it has none (both are what pyproj accepts)."""
    return crs.authid() or crs.toWkt(WKT2_2019)


# -- the fast path ------------------------------------------------------------------------------

@dataclass(frozen=True)
class OgrPlan:
    """How to open a layer directly with OGR."""

    path: str
    layer_name: str | None
    layer_id: int | None
    where: str
    open_options: tuple[str, ...] = ()


def ogr_plan(layer: LayerLike) -> OgrPlan | None:
    """The OGR source of a layer the fast path can read, or None when it must be iterated."""
    if not isinstance(layer, QgsVectorLayer) or layer.providerType() != "ogr" or not layer.isValid():
        return None
    if layer.isEditable() and layer.isModified():
        return None
    subset = (layer.subsetString() or "").strip()
    if subset.lower().startswith("select"):
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path") or ""
    if not path or parts.get("geometryType"):
        return None  # no file, or QGIS shows one geometry type of a mixed layer
    layer_name = parts.get("layerName") or None
    layer_id = parts.get("layerId")
    layer_id = int(layer_id) if layer_id not in (None, "") else None
    options: tuple[str, ...] = tuple(parts.get("openOptions") or ())
    provider = layer.dataProvider()
    if provider.storageType() == "ESRI Shapefile" and provider.encoding() and provider.encoding().lower() != "system":
        # QGIS decodes .dbf text with the layer's encoding setting: read it the same way
        options += (f"ENCODING={provider.encoding()}",)
    return OgrPlan(path, layer_name, layer_id, subset, options)


def _read_ogr(plan: OgrPlan, fields: list[str], feedback: QgsFeedback | None, raw_text: set[str] = frozenset(),
              geometry: bool = True):
    ds = gdal.OpenEx(plan.path, gdal.OF_VECTOR | gdal.OF_READONLY, open_options=list(plan.open_options))
    if plan.layer_name:
        lyr = ds.GetLayerByName(plan.layer_name)
    else:
        lyr = ds.GetLayer(plan.layer_id or 0)
    defn = lyr.GetLayerDefn()
    all_fields = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    lyr.SetIgnoredFields([f for f in all_fields if f not in fields] + ([] if geometry else ["OGR_GEOMETRY"]))
    lyr.SetAttributeFilter(plan.where or None)
    total = max(lyr.GetFeatureCount(force=0), 1)
    fid_parts, wkb_parts = [], []
    raw_parts: dict[str, list] = {f: [] for f in fields}
    read = 0
    options = ["INCLUDE_FID=YES", f"MAX_FEATURES_IN_BATCH={_BATCH}", "GEOMETRY_ENCODING=WKB"]
    stream = lyr.GetArrowStreamAsNumPy(options=options)
    geom_name = lyr.GetGeometryColumn() or "wkb_geometry"
    fid_name = lyr.GetFIDColumn() or "OGC_FID"
    for batch in stream:
        if feedback is not None and feedback.isCanceled():
            break
        fid_parts.append(np.asarray(batch[fid_name], dtype=np.int64))
        if geometry:
            wkb_parts.append(_geometry_chunk(batch.get(geom_name), len(fid_parts[-1])))
        for f in fields:
            raw_parts[f].append(_arrow_bytes(batch[f]) if f in raw_text else _arrow_values(batch[f]))
        read += len(fid_parts[-1])
        if feedback is not None:
            feedback.setProgress(min(100.0, 100.0 * read / total))
    del stream, lyr, ds
    fid = np.concatenate(fid_parts) if fid_parts else np.zeros(0, dtype=np.int64)
    raw = {f: _concat(raw_parts[f]) for f in fields}
    for f in raw_text:  # a batch of another kind (all null, say) among the bytes: all of them bytes
        if raw[f].dtype.kind != "S":
            raw[f] = np.array([b"" if v is None else v if isinstance(v, bytes) else str(v).encode("utf-8")
                               for v in raw[f].tolist()], dtype=bytes)
    return fid, wkb_parts, raw


def _geometry_chunk(column, n: int):
    """A batch's geometry column: a fixed-size WKB array as it is, else a list of bytes (None where null)."""
    if column is None:
        return [None] * n
    if isinstance(column, np.ma.MaskedArray):
        data = column.data.tolist()
        mask = np.ma.getmaskarray(column).tolist()
        return [None if m else bytes(d) for d, m in zip(data, mask)]
    if column.dtype.kind == "V":
        return column
    return column.tolist()


def _arrow_values(column) -> np.ndarray:
    """One Arrow column: numbers as float64 (NaN), dates as datetime64 (NaT), text as str (None)."""
    mask = np.ma.getmaskarray(column) if isinstance(column, np.ma.MaskedArray) else None
    data = np.asarray(column.data if mask is not None else column)
    has_null = mask is not None and bool(mask.any())
    if data.dtype.kind in "iufb":
        values = data.astype(np.float64)
        if has_null:
            values[mask] = np.nan
        return values
    if data.dtype.kind == "M":
        values = data.copy()
        if has_null:
            values[mask] = np.datetime64("NaT")
        return values
    values = _decode_bytes(data) if data.dtype.kind == "S" else data.astype(object)
    if has_null:
        values[mask] = None
    return values


def _arrow_bytes(column) -> np.ndarray:
    """One Arrow text column as its UTF-8 bytes (b"" for null); other columns as _arrow_values."""
    mask = np.ma.getmaskarray(column) if isinstance(column, np.ma.MaskedArray) else None
    data = np.asarray(column.data if mask is not None else column)
    if data.dtype.kind != "S":
        return _arrow_values(column)
    if mask is not None and mask.any():
        data = data.copy()
        data[mask] = b""
    return data


def _decode_bytes(data: np.ndarray) -> np.ndarray:
    """UTF-8 byte strings -> object array of str, decoding each distinct value once, or,
    for plain ASCII text of many distinct values like ids, all at once."""
    if len(data) > 10_000 and len(set(data[:2_000].tolist())) > 1_000 \
            and np.ascontiguousarray(data).view(np.uint8).max(initial=0) < 128:
        out = np.empty(len(data), dtype=object)
        out[:] = data.astype(np.str_).tolist()
        return out
    distinct, inverse = distinct_bytes(data)
    decoded = np.empty(len(distinct), dtype=object)
    decoded[:] = [v.decode("utf-8", "replace") for v in distinct.tolist()]
    return decoded[inverse]


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(parts) if parts else np.zeros(0, dtype=object)


# -- the feature-iterator path --------------------------------------------------------------------

def _read_features(layer: LayerLike, fields: list[str], feedback: QgsFeedback | None):
    request = QgsFeatureRequest()
    request.setSubsetOfAttributes(fields, layer.fields())
    total = max(layer.featureCount(), 1)
    fids: list[int] = []
    wkb: list = []
    columns: list[list] = [[] for _ in fields]
    indexes = [layer.fields().indexOf(f) for f in fields]
    for n, feature in enumerate(layer.getFeatures(request)):
        if n % 10000 == 0 and feedback is not None:
            if feedback.isCanceled():
                break
            feedback.setProgress(min(100.0, 100.0 * n / total))
        fids.append(feature.id())
        geometry = feature.geometry()
        wkb.append(None if geometry.isNull() else bytes(geometry.asWkb()))
        attributes = feature.attributes()
        for column, index in zip(columns, indexes):
            column.append(_python_value(attributes[index]))
    raw = {}
    for name, column in zip(fields, columns):
        values = np.empty(len(column), dtype=object)
        values[:] = column
        raw[name] = values
    return np.array(fids, dtype=np.int64), [wkb], raw


def _python_value(value):
    """A QGIS attribute as the Python value the Arrow path gives (None, str, number, datetime64)."""
    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return None
    if isinstance(value, QDate):
        return np.datetime64(value.toString("yyyy-MM-dd")) if value.isValid() else None
    if isinstance(value, QDateTime):
        return np.datetime64(value.toString("yyyy-MM-ddTHH:mm:ss.zzz")) if value.isValid() else None
    return value


# -- decoding shared by both paths ------------------------------------------------------------------

def _field_kind(qgs_field) -> str:
    type_name = qgs_field.type()
    if type_name == FIELD_TEXT:
        return "text"
    if type_name in (FIELD_INT, FIELD_LONG, FIELD_UINT, FIELD_ULONG, FIELD_DOUBLE):
        return "number"
    if type_name == FIELD_DATE:
        return "date"
    if type_name == FIELD_DATETIME:
        return "datetime"
    return "other"


def _column(values: np.ndarray, kind: str, from_arrow: bool = False) -> np.ndarray:
    """Raw values of either path -> the documented array type of the field's kind."""
    if kind == "number":
        if values.dtype.kind in "iufb":
            return values.astype(np.float64)
        return np.array([np.nan if v is None else v for v in values.tolist()], dtype=np.float64)
    if kind in ("date", "datetime"):
        unit = "D" if kind == "date" else "ms"
        if values.dtype.kind == "M":
            return values.astype(f"datetime64[{unit}]")
        out = np.empty(len(values), dtype=f"datetime64[{unit}]")
        out[:] = [np.datetime64("NaT") if v is None else np.datetime64(v, unit) for v in values.tolist()]
        return out
    if kind == "text":
        values = values.astype(object)
        if not from_arrow and any(v is not None and not isinstance(v, str) for v in values.tolist()):
            values = np.array([None if v is None else str(v) for v in values.tolist()], dtype=object)
        return values
    return values


def _point_types() -> set:
    return {WkbType.Point, WkbType.Point25D, WkbType.PointZ, WkbType.PointM, WkbType.PointZM}


def _decode(fid: np.ndarray, chunks: list, attrs: dict[str, np.ndarray], point_layer: bool) -> FeatureArrays:
    """Geometry chunks (fixed-size WKB arrays or lists of WKB bytes / None) -> FeatureArrays.

    Points in plain 2D WKB are unpacked straight into coordinates, without shapely.
    """
    if point_layer:
        xy = [_point_chunk(chunk) for chunk in chunks]
        if all(part is not None for part in xy):
            x = np.concatenate([p[0] for p in xy]) if xy else np.zeros(0)
            y = np.concatenate([p[1] for p in xy]) if xy else np.zeros(0)
            return FeatureArrays(fid, None, attrs, "", x=x, y=y)
    wkb = np.empty(sum(len(chunk) for chunk in chunks), dtype=object)
    wkb[:] = [w for chunk in chunks for w in (chunk.tolist() if isinstance(chunk, np.ndarray) else chunk)]
    return FeatureArrays(fid, None, attrs, "", wkb=wkb)


def _from_wkb(wkb: np.ndarray) -> np.ndarray:
    """WKB bytes (None allowed) -> shapely geometries (None where none)."""
    geoms = np.full(len(wkb), None, dtype=object)
    present = np.array([w is not None for w in wkb.tolist()], dtype=bool)
    if present.any():
        geoms[present] = shapely.from_wkb(wkb[present])
    return geoms


def _point_chunk(chunk) -> tuple[np.ndarray, np.ndarray] | None:
    """Coordinates of a chunk of 2D point WKB (NaN where null), or None when it holds anything else."""
    if isinstance(chunk, np.ndarray):
        if chunk.dtype.itemsize != _POINT_WKB.itemsize:
            return None
        packed = np.frombuffer(chunk.tobytes(), dtype=_POINT_WKB)
        present = np.ones(len(packed), dtype=bool)
    else:
        present = np.array([w is not None for w in chunk], dtype=bool)
        blobs = [w for w in chunk if w is not None]
        if any(len(w) != _POINT_WKB.itemsize for w in blobs):
            return None
        packed = np.frombuffer(b"".join(blobs), dtype=_POINT_WKB)
    if not ((packed["order"] == 1) & (packed["type"] == 1)).all():
        return None
    x = np.full(len(present), np.nan)
    y = np.full(len(present), np.nan)
    x[present] = packed["x"]
    y[present] = packed["y"]
    return x, y


def _points(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    geoms = np.full(len(x), None, dtype=object)
    present = ~(np.isnan(x) | np.isnan(y))
    if present.any():
        geoms[present] = shapely.points(x[present], y[present])
    return geoms


def _reproject(arrays: FeatureArrays, source: QgsCoordinateReferenceSystem,
               target: QgsCoordinateReferenceSystem) -> None:
    if not source.isValid() or not target.isValid() or source == target:
        return
    transformer = Transformer.from_crs(crs_id(source), crs_id(target), always_xy=True)
    if arrays._x is not None:
        present = ~(np.isnan(arrays._x) | np.isnan(arrays._y))
        x, y = transformer.transform(arrays._x[present], arrays._y[present])
        arrays._x, arrays._y = arrays._x.copy(), arrays._y.copy()
        arrays._x[present], arrays._y[present] = x, y
        return

    def _transform(coords: np.ndarray) -> np.ndarray:
        x, y = transformer.transform(coords[:, 0], coords[:, 1])
        return np.column_stack([x, y])

    geoms = arrays.geoms
    present = ~shapely.is_missing(geoms) & ~shapely.is_empty(geoms)
    if present.any():
        geoms[present] = shapely.transform(geoms[present], _transform)
