"""Read the rows of a mine-map file (CSV, XLSX, GeoPackage, Shapefile, GeoJSON, KML) for core.minemap.

Every value is read as text, with the row's number as a person finds it in the file and its raw
text: for CSV the line exactly as written (read with Python's csv module, so that quoting and the
original text survive), for XLSX the cells as a CSV line (row numbers are the sheet's, the header
being row 1), for GIS files the attributes as ``name=value`` pairs (row numbers count the features
from 1, through the layers in order).
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path
from typing import Callable

import numpy as np
import shapely
from osgeo import gdal, ogr, osr

from ..core.minemap import SourceTable
from ..core.text import tr

gdal.UseExceptions()
ogr.UseExceptions()

TABLE_SUFFIXES = (".csv", ".txt", ".tsv")
SHEET_SUFFIXES = (".xlsx", ".xls", ".ods")


class SourceError(ValueError):
    """A file that cannot be read at all; the message says why."""


def read_source(path: str | os.PathLike, max_rows: int | None = None,
                progress: Callable[[float], None] | None = None) -> SourceTable:
    """Read ``path`` into a SourceTable (at most ``max_rows`` data rows, for previews)."""
    path = Path(path)
    if not path.exists():
        raise SourceError(tr("{path}: no such file").format(path=path))
    suffix = path.suffix.lower()
    if suffix in TABLE_SUFFIXES:
        return read_csv(path, max_rows, progress)
    if suffix in SHEET_SUFFIXES:
        return read_sheet(path, max_rows, progress)
    return read_gis(path, max_rows, progress)


# -- CSV --------------------------------------------------------------------------------------------
class _Lines:
    """A line iterator that remembers the physical lines behind each CSV record."""

    def __init__(self, handle):
        self.handle = handle
        self.taken: list[str] = []

    def __iter__(self):
        return self

    def __next__(self) -> str:
        line = next(self.handle)
        self.taken.append(line)
        return line


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1251"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def read_csv(path: Path, max_rows: int | None = None, progress: Callable[[float], None] | None = None) -> SourceTable:
    text = _decode(path.read_bytes())
    first = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t", "|"), key=first.count)
    if max_rows is None and '"' not in text and text.count("\r") == text.count("\r\n"):
        return _read_plain_csv(path.name, text, delimiter, progress)
    lines = _Lines(io.StringIO(text, newline=""))
    reader = csv.reader(lines, delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        raise SourceError(tr("{name} is empty").format(name=path.name)) from None
    columns = _unique_columns(header)
    lines.taken.clear()
    data: list[list[str]] = [[] for _ in columns]
    rows: list[int] = []
    raw: list[str] = []
    line_no = 2
    total = max(len(text), 1)
    consumed = 0
    for values in reader:
        physical = "".join(lines.taken)
        consumed += len(physical)
        lines.taken.clear()
        start = line_no
        line_no += physical.count("\n") or 1
        if not any(v.strip() for v in values):
            continue  # a blank line is not a row
        if len(values) < len(columns):
            values = values + [""] * (len(columns) - len(values))
        for c in range(len(columns)):
            data[c].append(values[c])
        rows.append(start)
        raw.append(physical.rstrip("\r\n"))
        if progress is not None and len(rows) % 100_000 == 0:
            progress(consumed / total)
        if max_rows is not None and len(rows) >= max_rows:
            break
    return SourceTable(path.name, columns, data, np.asarray(rows, dtype=np.int64), raw)


_CHUNK_LINES = 100_000


def _read_plain_csv(name: str, text: str, delimiter: str,
                    progress: Callable[[float], None] | None = None) -> SourceTable:
    """read_csv for text without quotes or lone carriage returns: every record is one physical line,
    so the lines are parsed a chunk at a time (the same rows, raw lines and line numbers)."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # the end of the last line, not a line of its own
    if not lines:
        raise SourceError(tr("{name} is empty").format(name=name))
    lines = [line[:-1] if line.endswith("\r") else line for line in lines]
    columns = _unique_columns(next(csv.reader(lines[:1], delimiter=delimiter)))
    width = len(columns)
    data: list[list[str]] = [[] for _ in columns]
    rows: list[int] = []
    raw: list[str] = []
    for start in range(1, len(lines), _CHUNK_LINES):
        chunk = lines[start:start + _CHUNK_LINES]
        # a line of only spaces and delimiters is blank (each value stripped is empty), not a row
        kept = [k for k, line in enumerate(chunk) if line.replace(delimiter, "").strip()]
        chunk = [chunk[k] for k in kept]
        records = list(csv.reader(chunk, delimiter=delimiter))
        short = [k for k, values in enumerate(records) if len(values) < width]
        for k in short:
            records[k] = records[k] + [""] * (width - len(records[k]))
        for c, values in enumerate(zip(*records)):
            if c == width:
                break
            data[c].extend(values)
        rows.extend(start + 1 + k for k in kept)
        raw.extend(chunk)
        if progress is not None:
            progress(min(1.0, (start + _CHUNK_LINES) / len(lines)))
    return SourceTable(name, columns, data, np.asarray(rows, dtype=np.int64), raw)


def _unique_columns(header: list[str]) -> list[str]:
    columns, seen = [], {}
    for i, name in enumerate(header):
        name = (name or "").strip() or f"column{i + 1}"
        if name in seen:
            seen[name] += 1
            name = f"{name}_{seen[name]}"
        else:
            seen[name] = 1
        columns.append(name)
    return columns


def _csv_line(values: list[str]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="").writerow(values)
    return out.getvalue()


# -- spreadsheets -----------------------------------------------------------------------------------
def read_sheet(path: Path, max_rows: int | None = None, progress: Callable[[float], None] | None = None) -> SourceTable:
    """The first sheet with rows; every cell as text, the first row the header."""
    # GDAL 3.6 takes these as configuration options (its open options are not honoured here).
    options = {f"OGR_{driver}_{key}": value for driver in ("XLSX", "ODS", "XLS")
               for key, value in (("HEADERS", "FORCE"), ("FIELD_TYPES", "STRING"))}
    previous = {key: gdal.GetConfigOption(key) for key in options}
    for key, value in options.items():
        gdal.SetConfigOption(key, value)
    try:
        ds = gdal.OpenEx(str(path), gdal.OF_VECTOR, open_options=["HEADERS=FORCE", "FIELD_TYPES=STRING"])
        return _read_sheet(ds, path, max_rows, progress)
    except RuntimeError as exc:
        raise SourceError(tr("{name} cannot be read: {error}").format(name=path.name, error=exc)) from exc
    finally:
        for key, value in previous.items():
            gdal.SetConfigOption(key, value)


def _read_sheet(ds, path: Path, max_rows: int | None, progress: Callable[[float], None] | None) -> SourceTable:
    layer = None
    for i in range(ds.GetLayerCount()):
        candidate = ds.GetLayer(i)
        if candidate.GetFeatureCount() > 0:
            layer = candidate
            break
    if layer is None:
        raise SourceError(tr("{name} has no rows").format(name=path.name))
    defn = layer.GetLayerDefn()
    columns = _unique_columns([defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())])
    data: list[list[str]] = [[] for _ in columns]
    rows, raw = [], []
    total = max(layer.GetFeatureCount(), 1)
    for number, feature in enumerate(layer, start=2):
        values = [feature.GetFieldAsString(i) if feature.IsFieldSetAndNotNull(i) else "" for i in range(len(columns))]
        if not any(v.strip() for v in values):
            continue
        for c, value in enumerate(values):
            data[c].append(value)
        # With a header row, the XLSX and ODS drivers number features by their sheet row.
        fid = feature.GetFID()
        rows.append(fid if fid >= 2 else number)
        raw.append(_csv_line(values))
        if progress is not None and len(rows) % 100_000 == 0:
            progress(len(rows) / total)
        if max_rows is not None and len(rows) >= max_rows:
            break
    return SourceTable(path.name, columns, data, np.asarray(rows, dtype=np.int64), raw)


# -- GIS files --------------------------------------------------------------------------------------
def _crs_text(srs: osr.SpatialReference | None) -> str | None:
    if srs is None:
        return None
    srs = srs.Clone()
    try:
        srs.AutoIdentifyEPSG()
    except RuntimeError:
        pass
    name, code = srs.GetAuthorityName(None), srs.GetAuthorityCode(None)
    if name and code:
        return f"{name}:{code}"
    return srs.ExportToWkt()


def read_gis(path: Path, max_rows: int | None = None, progress: Callable[[float], None] | None = None) -> SourceTable:
    """Every layer with features; geometries as shapely, all in the first layer's CRS."""
    try:
        ds = gdal.OpenEx(str(path), gdal.OF_VECTOR)
    except RuntimeError as exc:
        raise SourceError(tr("{name} cannot be read: {error}").format(name=path.name, error=exc)) from exc
    if ds is None:
        raise SourceError(tr("{name} is not a file ClearGround can read").format(name=path.name))
    layers = [ds.GetLayer(i) for i in range(ds.GetLayerCount())]
    layers = [lyr for lyr in layers if lyr.GetFeatureCount() != 0 and not lyr.GetName().startswith(("gpkg_", "rtree_"))]
    if not layers:
        raise SourceError(tr("{name} has no features").format(name=path.name))
    columns: list[str] = []
    for layer in layers:
        defn = layer.GetLayerDefn()
        for i in range(defn.GetFieldCount()):
            name = defn.GetFieldDefn(i).GetName()
            if name not in columns:
                columns.append(name)
    crs = None
    target_srs = None
    for layer in layers:
        if layer.GetSpatialRef() is not None:
            target_srs = layer.GetSpatialRef()
            crs = _crs_text(target_srs)
            break
    data: list[list[str]] = [[] for _ in columns]
    wkbs: list = []
    rows, raw = [], []
    total = max(sum(max(lyr.GetFeatureCount(), 0) for lyr in layers), 1)
    several = len(layers) > 1
    number = 0
    for layer in layers:
        defn = layer.GetLayerDefn()
        names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
        index = [columns.index(n) for n in names]
        transform = None
        srs = layer.GetSpatialRef()
        if srs is not None and target_srs is not None and not srs.IsSame(target_srs):
            transform = osr.CoordinateTransformation(srs, target_srs)
        layer.ResetReading()
        for feature in layer:
            number += 1
            values = [""] * len(columns)
            pairs = []
            for i, c in enumerate(index):
                if feature.IsFieldSetAndNotNull(i):
                    values[c] = feature.GetFieldAsString(i)
                    pairs.append(f"{names[i]}={values[c]}")
            for c, value in enumerate(values):
                data[c].append(value)
            geometry = feature.GetGeometryRef()
            if geometry is not None and transform is not None:
                geometry = geometry.Clone()
                geometry.Transform(transform)
            wkbs.append(None if geometry is None or geometry.IsEmpty() else bytes(geometry.ExportToIsoWkb()))
            rows.append(number)
            prefix = f"[{layer.GetName()}] " if several else ""
            raw.append(prefix + "; ".join(pairs))
            if progress is not None and number % 50_000 == 0:
                progress(number / total)
            if max_rows is not None and number >= max_rows:
                break
        if max_rows is not None and number >= max_rows:
            break
    geometries = list(shapely.from_wkb(np.array(wkbs, dtype=object))) if wkbs else []
    return SourceTable(path.name, columns, data, np.asarray(rows, dtype=np.int64), raw, geometries, crs)
