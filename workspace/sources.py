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
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

import numpy as np
import shapely
from osgeo import gdal, ogr, osr

from ..core.encodings import EncodingError, decode, guess_single_byte, normalize
from ..core.minemap import SourceTable
from ..core.text import tr

gdal.UseExceptions()
ogr.UseExceptions()

TABLE_SUFFIXES = (".csv", ".txt", ".tsv")
SHEET_SUFFIXES = (".xlsx", ".xls", ".ods")


class SourceError(ValueError):
    """A file that cannot be read at all; the message says why."""


def read_source(path: str | os.PathLike, max_rows: int | None = None,
                progress: Callable[[float], None] | None = None, encoding: str | None = None) -> SourceTable:
    """Read ``path`` into a SourceTable (at most ``max_rows`` data rows, for previews).

    ``encoding`` is the text encoding of a CSV or of a Shapefile's table; without it the file's own
    (a byte order mark, a .cpg) is used, else it is decided from the bytes (core.encodings) or the
    file is refused saying why. Rows that cannot be read as they are written (more values than
    columns, a NUL character, a value longer than MAX_FIELD_CHARS) are named in ``problems``.
    """
    path = Path(path)
    if not path.exists():
        raise SourceError(tr("{path}: no such file").format(path=path))
    suffix = path.suffix.lower()
    try:
        if suffix in TABLE_SUFFIXES:
            table = read_csv(path, max_rows, progress, encoding)
        elif suffix in SHEET_SUFFIXES:
            table = read_sheet(path, max_rows, progress)
        else:
            table = read_gis(path, max_rows, progress, encoding)
    except EncodingError as exc:
        raise SourceError(str(exc)) from exc
    _find_problems(table)
    return table


#: The longest value a cell may hold (a field of a record is never a megabyte of text).
MAX_FIELD_CHARS = 100_000


def _find_problems(table: SourceTable) -> None:
    """Name the rows that hold a NUL character or an overlong value (their other problems are the reader's)."""
    # a value is part of its row's raw text: rows without a NUL and no longer than the limit are sound
    if table.raw and "\x00" not in "".join(table.raw) and max(map(len, table.raw)) <= MAX_FIELD_CHARS:
        return
    for c, values in enumerate(table.data):
        name = table.columns[c]
        bad = [i for i, v in enumerate(values) if v and ("\x00" in v or len(v) > MAX_FIELD_CHARS)]
        for i in bad:
            if i in table.problems:
                continue
            value = values[i]
            if "\x00" in value:
                table.problems[i] = tr("column {column} holds a NUL character (shown as \u2400 in the raw text), "
                                       "which cannot be stored; remove it from the file").format(column=name)
                table.raw[i] = table.raw[i].replace("\x00", "\u2400")
            else:
                table.problems[i] = tr("column {column} holds {count} characters; at most {limit} are accepted"
                                       ).format(column=name, count=f"{len(value):,}", limit=f"{MAX_FIELD_CHARS:,}")
            values[i] = ""  # the row is rejected with its raw text; the value is not carried further


def _width_problem(values: list[str], width: int) -> str:
    return tr("{count} values for {width} columns: a decimal comma without quotes, or a stray separator? "
              "Quote such values or use another separator").format(count=len(values), width=width)


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


@contextmanager
def _long_fields():
    """Python's csv module refuses fields over 128 KiB: let them through, to reject their rows one by one."""
    previous = csv.field_size_limit()
    csv.field_size_limit(max(previous, 1 << 30))
    try:
        yield
    finally:
        csv.field_size_limit(previous)


def read_csv(path: Path, max_rows: int | None = None, progress: Callable[[float], None] | None = None,
             encoding: str | None = None) -> SourceTable:
    decoded = decode(path.read_bytes(), path.name, encoding)
    with _long_fields():
        table = _read_csv_text(path, decoded.text, max_rows, progress)
    if decoded.note:
        table.notes.append(decoded.note)
    return table


def _read_csv_text(path: Path, text: str, max_rows: int | None, progress) -> SourceTable:
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
    columns, duplicates = _unique_columns(header)
    lines.taken.clear()
    data: list[list[str]] = [[] for _ in columns]
    rows: list[int] = []
    raw: list[str] = []
    problems: dict[int, str] = {}
    total = max(len(text), 1)
    for values, start, physical, consumed, problem in _quoted_records(reader, lines, len(columns)):
        if problem:
            problems[len(rows)] = problem
        for c in range(len(columns)):
            data[c].append(values[c])
        rows.append(start)
        raw.append(physical)
        if progress is not None and len(rows) % 100_000 == 0:
            progress(consumed / total)
        if max_rows is not None and len(rows) >= max_rows:
            break
    return SourceTable(path.name, columns, data, np.asarray(rows, dtype=np.int64), raw, problems=problems,
                       duplicate_columns=duplicates)


def _quoted_records(reader, lines: _Lines, width: int) -> Iterator[tuple[list[str], int, str, int, str]]:
    """The rows of a CSV read with the csv module after its header: (values padded to ``width``, the
    row's first line number, its raw text, the characters consumed so far, its width problem or '')."""
    line_no = 2
    consumed = 0
    for values in reader:
        physical = "".join(lines.taken)
        consumed += len(physical)
        lines.taken.clear()
        start = line_no
        line_no += physical.count("\n") or 1
        if not any(v.strip() for v in values):
            continue  # a blank line is not a row
        problem = _width_problem(values, width) if len(values) > width else ""
        if len(values) < width:
            values = values + [""] * (width - len(values))
        yield values, start, physical.rstrip("\r\n"), consumed, problem


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
    columns, duplicates = _unique_columns(next(csv.reader(lines[:1], delimiter=delimiter)))
    width = len(columns)
    data: list[list[str]] = [[] for _ in columns]
    rows: list[int] = []
    raw: list[str] = []
    problems: dict[int, str] = {}
    for start in range(1, len(lines), _CHUNK_LINES):
        part = plain_rows(lines[start:start + _CHUNK_LINES], start + 1, delimiter, width)
        problems.update({len(rows) + k: reason for k, reason in part[3].items()})
        for c, values in enumerate(part[0]):
            data[c].extend(values)
        rows.extend(part[1])
        raw.extend(part[2])
        if progress is not None:
            progress(min(1.0, (start + _CHUNK_LINES) / len(lines)))
    return SourceTable(name, columns, data, np.asarray(rows, dtype=np.int64), raw, problems=problems,
                       duplicate_columns=duplicates)


def plain_rows(chunk: list[str], first_row: int, delimiter: str,
               width: int) -> tuple[list[list[str]] | list[tuple[str, ...]], list[int], list[str], dict[int, str]]:
    """Lines of a CSV without quotes (their line ends removed), the first being row ``first_row``: the
    columns of the rows they hold (blank lines are none), their row numbers, raw lines and width problems."""
    # a line of only spaces and delimiters is blank (each value stripped is empty), not a row
    kept = [k for k, line in enumerate(chunk) if line.replace(delimiter, "").strip()]
    chunk = [chunk[k] for k in kept]
    if width and all(line.count(delimiter) == width - 1 for line in chunk):
        # every line holds width values: split all at once, as the csv module splits a line without
        # quotes (one list for the chunk, not one a row: the collector has a tenth of the work)
        flat = delimiter.join(chunk).split(delimiter) if chunk else []
        return [flat[c::width] for c in range(width)], [first_row + k for k in kept], chunk, {}
    records = list(csv.reader(chunk, delimiter=delimiter))
    short = [k for k, values in enumerate(records) if len(values) < width]
    for k in short:
        records[k] = records[k] + [""] * (width - len(records[k]))
    problems = {k: _width_problem(values, width) for k, values in enumerate(records) if len(values) > width}
    columns = list(zip(*records))[:width] if records else [() for _ in range(width)]
    return columns, [first_row + k for k in kept], chunk, problems


def _unique_columns(header: list[str]) -> tuple[list[str], dict[str, list[str]]]:
    """Column names made unique (the second 'lat' becomes 'lat_2'), and which names were repeated."""
    columns, seen, repeated = [], {}, {}
    for i, name in enumerate(header):
        name = (name or "").strip() or f"column{i + 1}"
        original = name
        if name in seen:
            seen[name] += 1
            name = f"{name}_{seen[name]}"
            repeated.setdefault(original, [original]).append(name)
        else:
            seen[name] = 1
        columns.append(name)
    return columns, {c: names for names in repeated.values() for c in names}


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
    """Every sheet that holds a table, one after the other (columns by name), each row named by its sheet."""
    layers = [ds.GetLayer(i) for i in range(ds.GetLayerCount())]
    layers = [lyr for lyr in layers if lyr.GetFeatureCount() > 0 and lyr.GetLayerDefn().GetFieldCount() > 0]
    if not layers:
        raise SourceError(tr("{name} has no rows").format(name=path.name))
    names: list[str] = []
    duplicates: dict[str, list[str]] = {}
    per_sheet = []
    for layer in layers:
        defn = layer.GetLayerDefn()
        columns, repeated = _unique_columns([defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())])
        per_sheet.append(columns)
        duplicates.update(repeated)
        names += [c for c in columns if c not in names]
    data: list[list[str]] = [[] for _ in names]
    rows, raw = [], []
    several = len(layers) > 1
    total = max(sum(lyr.GetFeatureCount() for lyr in layers), 1)
    for layer, columns in zip(layers, per_sheet):
        index = [names.index(c) for c in columns]
        prefix = f"[{layer.GetName()}] " if several else ""
        for number, feature in enumerate(layer, start=2):
            values = [feature.GetFieldAsString(i) if feature.IsFieldSetAndNotNull(i) else ""
                      for i in range(len(columns))]
            if not any(v.strip() for v in values):
                continue
            row = [""] * len(names)
            for c, value in zip(index, values):
                row[c] = value
            for c, value in enumerate(row):
                data[c].append(value)
            # With a header row, the XLSX and ODS drivers number features by their sheet row.
            fid = feature.GetFID()
            rows.append(fid if fid >= 2 else number)
            raw.append(prefix + _csv_line(values))
            if progress is not None and len(rows) % 100_000 == 0:
                progress(len(rows) / total)
            if max_rows is not None and len(rows) >= max_rows:
                break
        if max_rows is not None and len(rows) >= max_rows:
            break
    table = SourceTable(path.name, names, data, np.asarray(rows, dtype=np.int64), raw, duplicate_columns=duplicates)
    if several:
        table.notes.append(tr("{name}: read the sheets {sheets} ({count} rows); row numbers are each sheet's own, "
                              "the sheet is named in each row's raw text.").format(
            name=path.name, sheets=", ".join(lyr.GetName() for lyr in layers), count=len(rows)))
    return table


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


def read_gis(path: Path, max_rows: int | None = None, progress: Callable[[float], None] | None = None,
             encoding: str | None = None) -> SourceTable:
    """Every layer with features; geometries as shapely, all in the first layer's CRS.

    Text that GDAL could not decode (a Shapefile whose table does not say its encoding) is decided
    from its bytes, once for the whole file (core.encodings), or ``encoding`` is used.
    """
    options = []
    if path.suffix.lower() == ".shp":  # given, else the .cpg's: QGIS may have switched GDAL's own reading off
        cpg = path.with_suffix(".cpg")
        stated = encoding or (cpg.read_text(encoding="ascii", errors="ignore").strip() if cpg.exists() else "")
        if stated:
            options = [f"ENCODING={_cpg_codec(stated)}"]
    try:
        ds = gdal.OpenEx(str(path), gdal.OF_VECTOR, open_options=options)
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
    _refuse_unread_kml(path, columns)
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
    table = SourceTable(path.name, columns, data, np.asarray(rows, dtype=np.int64), raw, geometries, crs)
    _decode_undecoded(table, encoding)
    return table


def _refuse_unread_kml(path: Path, columns: list[str]) -> None:
    """A KML whose ExtendedData this GDAL does not expose (GDAL 3.13's KML driver, without LIBKML,
    gives only Name and Description) is refused: read so, every field it holds would be lost."""
    if path.suffix.lower() != ".kml" or set(columns) - {"Name", "Description"}:
        return
    with open(path, "rb") as handle:
        head = handle.read(1_000_000)
    if b"<SimpleData" in head or b"<Data " in head:
        raise SourceError(tr("{name} keeps its fields in ExtendedData, which this GDAL ({version}) does not read: "
                             "imported so, every field would be lost. Convert it to GeoPackage or GeoJSON (in QGIS "
                             "or with ogr2ogr on a GDAL with LIBKML) and import that").format(
            name=path.name, version=gdal.__version__))


def _cpg_codec(text: str) -> str:
    """An encoding name GDAL takes, from ENCODING or a .cpg ('1251' and 'ANSI 1251' mean CP1251)."""
    digits = "".join(ch for ch in text if ch.isdigit())
    if digits and text.strip().upper().replace("ANSI", "").replace("CP", "").strip() == digits:
        return f"CP{digits}"
    return normalize(text) or text


def _undecoded(text: str) -> bool:
    return any("\udc80" <= ch <= "\udcff" for ch in text)


def _decode_undecoded(table: SourceTable, encoding: str | None) -> None:
    """Values GDAL returned as undecoded bytes (surrogate escapes), decoded in one encoding for the file."""
    cells = [(c, i) for c, values in enumerate(table.data) for i, v in enumerate(values) if v and _undecoded(v)]
    if not cells:
        return
    raw = {cell: table.data[cell[0]][cell[1]].encode("utf-8", "surrogateescape") for cell in cells}
    if encoding:
        name = normalize(encoding)
        note = ""
    else:
        decided = guess_single_byte(list(raw.values()), table.name)
        name, note = decided.encoding, decided.note
    for (c, i), data in raw.items():
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            table.problems[i] = tr("column {column} is not {encoding} text").format(
                column=table.columns[c], encoding=name)
            continue
        table.data[c][i] = text
    for i, line in enumerate(table.raw):
        if _undecoded(line):  # names and separators are ASCII: the whole line is in the file's encoding
            table.raw[i] = line.encode("utf-8", "surrogateescape").decode(name, "replace")
    if note:
        table.notes.append(note)
