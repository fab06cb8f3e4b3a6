"""Field reports read as tables (core.minemap.SourceTable): what workspace.sources reads, and GPX files
by one of their layers.

A GPX file holds several layers (waypoints, routes, tracks, route_points, track_points); a report of
finds is its ``waypoints``, cleared lanes are its ``tracks``. ``file.gpx|layername=tracks`` names the
layer; without a name, ``default_layer`` is read.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import shapely
from osgeo import gdal, ogr

from ..core.minemap import SourceTable
from ..core.text import tr
from .sources import SourceError, _crs_text, read_source

GPX_LAYERS = ("waypoints", "routes", "tracks", "route_points", "track_points")


def split_layer(value: str | os.PathLike) -> tuple[Path, str | None]:
    """``'file.gpx|layername=tracks'`` -> (path, 'tracks'); a plain path -> (path, None)."""
    text = str(value)
    if "|" not in text:
        return Path(text), None
    path, _, options = text.partition("|")
    for option in options.split("|"):
        key, _, name = option.partition("=")
        if key.strip().lower() == "layername" and name.strip():
            return Path(path), name.strip()
    return Path(path), None


def read_report(value: str | os.PathLike, default_layer: str = "waypoints", encoding: str | None = None
                ) -> SourceTable:
    """The rows of a field report: a GPX file's one layer (named, else ``default_layer``), any other file
    as workspace.sources.read_source reads it. Raises SourceError saying why a file cannot be read."""
    path, layer_name = split_layer(value)
    if path.suffix.lower() != ".gpx":
        if layer_name:
            raise SourceError(tr("{name}: a layer can be named only for GPX files").format(name=path.name))
        return read_source(path, encoding=encoding)
    if not path.exists():
        raise SourceError(tr("{path}: no such file").format(path=path))
    name = layer_name or default_layer
    try:
        ds = gdal.OpenEx(str(path), gdal.OF_VECTOR)
        layer = ds.GetLayerByName(name) if ds is not None else None
    except RuntimeError as exc:
        raise SourceError(tr("{name} cannot be read: {error}").format(name=path.name, error=exc)) from exc
    if layer is None:
        raise SourceError(tr("{name} has no layer '{layer}' (a GPX file has: {layers})").format(
            name=path.name, layer=name, layers=", ".join(GPX_LAYERS)))
    defn = layer.GetLayerDefn()
    columns = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    data: list[list[str]] = [[] for _ in columns]
    wkbs, rows, raw = [], [], []
    for number, feature in enumerate(layer, start=1):
        pairs = []
        for i, column in enumerate(columns):
            value = feature.GetFieldAsString(i) if feature.IsFieldSetAndNotNull(i) else ""
            data[i].append(value)
            if value:
                pairs.append(f"{column}={value}")
        geometry = feature.GetGeometryRef()
        wkbs.append(None if geometry is None or geometry.IsEmpty() else bytes(geometry.ExportToIsoWkb()))
        rows.append(number)
        raw.append("; ".join(pairs))
    if not rows:
        raise SourceError(tr("{name} has no {layer}").format(name=path.name, layer=name))
    # GPX gives every field, most of them empty: keep only the columns that hold something
    keep = [i for i, values in enumerate(data) if any(v.strip() for v in values)]
    geometries = list(shapely.from_wkb(np.array(wkbs, dtype=object)))
    table = SourceTable(f"{path.name} ({name})", [columns[i] for i in keep], [data[i] for i in keep],
                        np.asarray(rows, dtype=np.int64), raw, geometries,
                        _crs_text(layer.GetSpatialRef()) or "EPSG:4326")
    return table


ogr.UseExceptions()
