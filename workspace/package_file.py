"""The GeoPackage of a field package: written with its layers and metadata, read back after the field.

Written through OGR (layers in EPSG:4326, as in the workspace) with the two metadata tables of
core.field_package; read back with OGR too, into python rows and shapely geometries, without
changing the file.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping, Sequence

import shapely
from osgeo import gdal, ogr, osr

from ..core import field_package as fp
from ..core import schema
from ..core.text import tr

_OGR_TYPES = {"text": ogr.OFTString, "int": ogr.OFTInteger, "real": ogr.OFTReal, "date": ogr.OFTDate,
              "datetime": ogr.OFTDateTime}
_GEOMETRY = {"Point": ogr.wkbPoint, "LineString": ogr.wkbLineString, "Polygon": ogr.wkbPolygon}


@dataclass
class LayerRows:
    """Rows of one package layer: (field, type) pairs, python values per row, WKB geometry per row."""

    geometry: str
    fields: Sequence[tuple[str, str]]
    rows: list[Mapping[str, Any]] = field(default_factory=list)
    wkb: list[bytes | None] = field(default_factory=list)


def schema_fields(layer_name: str, names: Sequence[str]) -> list[tuple[str, str]]:
    """(field, type) of workspace fields, as the schema types them."""
    lyr = schema.layer(layer_name)
    return [(n, lyr.field(n).type) for n in names]


def write_package(path: Path, layers: Mapping[str, LayerRows], manifest: fp.Manifest) -> None:
    """Create the package GeoPackage at ``path`` (a new file) with ``layers`` and the manifest."""
    gdal.UseExceptions()
    driver = ogr.GetDriverByName("GPKG")
    ds = driver.CreateDataSource(str(path))
    if ds is None:
        raise fp.PackageError(tr("{path} cannot be created.").format(path=path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(schema.STORAGE_EPSG)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    try:
        for name, data in layers.items():
            lyr = ds.CreateLayer(name, srs, _GEOMETRY[data.geometry], ["FID=fid", "GEOMETRY_NAME=geom"])
            for fname, kind in data.fields:
                lyr.CreateField(ogr.FieldDefn(fname, _OGR_TYPES[kind]))
            defn = lyr.GetLayerDefn()
            ds.StartTransaction()
            for row, wkb in zip(data.rows, data.wkb):
                feature = ogr.Feature(defn)
                for fname, kind in data.fields:
                    _set(feature, fname, kind, row.get(fname))
                if wkb:
                    feature.SetGeometry(ogr.CreateGeometryFromWkb(bytes(wkb)))
                lyr.CreateFeature(feature)
            ds.CommitTransaction()
        meta = ds.CreateLayer(fp.PACKAGE_TABLE, None, ogr.wkbNone)
        meta.CreateField(ogr.FieldDefn("key", ogr.OFTString))
        meta.CreateField(ogr.FieldDefn("value", ogr.OFTString))
        for key, value in manifest.items():
            feature = ogr.Feature(meta.GetLayerDefn())
            feature.SetField("key", key)
            feature.SetField("value", value)
            meta.CreateFeature(feature)
        table = ds.CreateLayer(fp.SECTORS_TABLE, None, ogr.wkbNone)
        columns = [("sector_id", "text"), ("version", "int")] + schema_fields("sectors", fp.EDITABLE_SECTOR_FIELDS)
        for fname, kind in columns:
            table.CreateField(ogr.FieldDefn(fname, _OGR_TYPES[kind]))
        for sector in manifest.sectors.values():
            feature = ogr.Feature(table.GetLayerDefn())
            values = {"sector_id": sector.sector_id, "version": sector.version, **sector.values}
            for fname, kind in columns:
                _set(feature, fname, kind, values.get(fname))
            table.CreateFeature(feature)
    finally:
        ds = None


def _set(feature: ogr.Feature, name: str, kind: str, value: Any) -> None:
    if value is None:
        feature.SetFieldNull(name)
    elif kind == "date":
        day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
        feature.SetField(name, day.year, day.month, day.day, 0, 0, 0, 0)
    elif kind == "datetime":
        when = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value).replace("Z", ""))
        feature.SetField(name, when.year, when.month, when.day, when.hour, when.minute, when.second, 100)
    else:
        feature.SetField(name, value)


# -- reading back -------------------------------------------------------------------------------------------
@dataclass
class Contents:
    """A returned package: where it is, what it remembers, and what the team recorded."""

    gpkg: Path
    folder: Path
    manifest: fp.Manifest
    finds: list[dict[str, Any]]  # form fields + lon, lat
    sectors: dict[str, dict[str, Any]]  # sector_id -> editable values as the package holds them
    sector_geometries: dict[str, Any]  # sector_id -> shapely polygon
    lanes: list[tuple[Any, dict[str, Any]]]  # (shapely line, its fields)


def locate(value: str | os.PathLike) -> Path:
    """The package GeoPackage that PACKAGE names (the folder or the file); PackageError otherwise."""
    path = Path(value)
    if path.is_dir():
        found = sorted(p for p in path.glob("*.gpkg") if is_package(p))
        if len(found) != 1:
            raise fp.PackageError(tr("{path} holds no ClearGround field package (a folder with one package "
                                     "GeoPackage).").format(path=path) if not found else tr(
                "{path} holds {count} field packages; name the GeoPackage.").format(path=path, count=len(found)))
        return found[0]
    if not path.is_file():
        raise fp.PackageError(tr("{path}: no such file or folder.").format(path=path))
    if not is_package(path):
        raise fp.PackageError(tr("{path} is not a ClearGround field package (no {table} table naming one).").format(
            path=path.name, table=fp.PACKAGE_TABLE))
    return path


def is_package(path: Path) -> bool:
    """Whether the file is a GeoPackage holding a field package's metadata (read only)."""
    try:
        con = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = con.execute(f'SELECT value FROM "{fp.PACKAGE_TABLE}" WHERE key = ?', ("format",)).fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return False
    return row is not None and row[0] == fp.PACKAGE_FORMAT


def read_package(value: str | os.PathLike) -> Contents:
    """Everything syncfield needs of a returned package (the file is only read)."""
    gpkg = locate(value)
    gdal.UseExceptions()
    ds = gdal.OpenEx(str(gpkg), gdal.OF_VECTOR | gdal.OF_READONLY)
    try:
        items = {r["key"]: r["value"] for r, _ in _rows(ds, fp.PACKAGE_TABLE)}
        packaged = []
        for r, _ in _rows(ds, fp.SECTORS_TABLE):
            packaged.append(fp.PackagedSector(r["sector_id"], r["version"],
                                              {k: r.get(k) for k in fp.EDITABLE_SECTOR_FIELDS}))
        manifest = fp.Manifest.from_items(items, packaged)
        finds = []
        for r, geom in _rows(ds, fp.FINDS):
            point = geom if geom is not None and not geom.is_empty else None
            finds.append({**r, "lon": point.x if point is not None else None,
                          "lat": point.y if point is not None else None})
        sectors, geometries = {}, {}
        for r, geom in _rows(ds, fp.SECTORS):
            if r.get("sector_id"):
                sectors[str(r["sector_id"])] = {k: r.get(k) for k in fp.EDITABLE_SECTOR_FIELDS}
                geometries[str(r["sector_id"])] = geom
        lanes = [(geom, r) for r, geom in _rows(ds, fp.LANES) if geom is not None and not geom.is_empty]
    finally:
        ds = None
    return Contents(gpkg, gpkg.parent, manifest, finds, sectors, geometries, lanes)


def _rows(ds, name: str):
    lyr = ds.GetLayerByName(name)
    if lyr is None:
        raise fp.PackageError(tr("The field package lacks its layer {layer}.").format(layer=name))
    defn = lyr.GetLayerDefn()
    fields = [(defn.GetFieldDefn(i).GetName(), defn.GetFieldDefn(i).GetType()) for i in range(defn.GetFieldCount())]
    for feature in lyr:
        row = {n: _value(feature, n, t) for n, t in fields}
        ref = feature.GetGeometryRef()
        geom = shapely.from_wkb(bytes(ref.ExportToIsoWkb())) if ref is not None else None
        yield row, geom


def _value(feature: ogr.Feature, name: str, kind: int) -> Any:
    if not feature.IsFieldSetAndNotNull(name):
        return None
    if kind == ogr.OFTDate:
        y, m, d, *_ = feature.GetFieldAsDateTime(name)
        return dt.date(y, m, d)
    if kind == ogr.OFTDateTime:
        y, m, d, hh, mm, ss, tz = feature.GetFieldAsDateTime(name)
        when = dt.datetime(y, m, d, hh, mm, int(ss))
        return when.replace(tzinfo=dt.timezone.utc) if tz == 100 else when
    return feature.GetField(name)
