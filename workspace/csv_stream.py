"""A CSV mine table read in chunks of rows, for imports that must not hold the whole file in memory.

The chunks hold the same rows, raw texts, row numbers and reader's problems as workspace.sources'
read_csv gives for the whole file (the same parsing functions). ``open_stream`` decides whether a
file can be read so: its encoding must be given, or be UTF-8 (with or without a byte order mark),
checked over every byte before a row is parsed; a file in an encoding decided from all its bytes
(a single-byte one, UTF-16) is read whole, as before, by read_source.
"""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Callable, Iterator

import numpy as np

from ..core.encodings import EncodingError, bom_codec, given_codec
from ..core.minemap import ImportOptions, ImportPlan, ImportResult, SourceTable, import_rows, plan_import
from ..core.streaming import record_batches, record_key
from .sources import TABLE_SUFFIXES, _find_problems, _Lines, _long_fields, _quoted_records, _unique_columns, plain_rows

_BLOCK = 1 << 22
#: Files smaller than this are read whole (read_source): parts would only cost a second pass.
STREAM_MIN_BYTES = 64 << 20


@dataclass
class CsvStream:
    """How to read one CSV file in parts: its encoding, separator, columns, and whether it has quotes
    or lone carriage returns (then the csv module reads it record by record, else line by line)."""

    path: Path
    encoding: str
    delimiter: str
    plain: bool
    columns: list[str]
    duplicates: dict[str, list[str]]
    size: int

    def _open(self):
        return open(self.path, encoding=self.encoding, newline="")

    def chunks(self, rows: int, progress: Callable[[float], None] | None = None) -> Iterator[SourceTable]:
        """Consecutive tables of at most ``rows`` rows each, in file order (the reader's problems named)."""
        with _long_fields(), self._open() as handle:
            parts = self._plain_parts(handle, rows) if self.plain else self._quoted_parts(handle, rows)
            for table in parts:
                _find_problems(table)
                if progress is not None:
                    progress(min(1.0, handle.buffer.tell() / max(self.size, 1)))
                yield table

    def head(self, rows: int) -> SourceTable:
        """The first ``rows`` rows (to judge the columns by)."""
        return next(self.chunks(rows), self._table([[] for _ in self.columns], [], [], {}))

    def last_rows(self, column: str, progress: Callable[[float], None] | None = None,
                  is_canceled: Callable[[], bool] | None = None) -> tuple[dict[str, int], int]:
        """For every record id (core.streaming.record_key) of ``column``, the row number of its last
        row; and the number of rows. None for the dict when cancelled."""
        k = self.columns.index(column)
        if self.plain:
            return self._plain_last_rows(k, progress, is_canceled)
        last: dict[str, int] = {}
        count = 0
        for table in self.chunks(1 << 17, progress):
            rows = table.source_rows.tolist()
            count += len(rows)
            for value, row in zip(table.data[k], rows):
                key = record_key(value)
                if key:
                    last[key] = row
            if is_canceled is not None and is_canceled():
                return None, count
        return last, count

    def _plain_last_rows(self, k: int, progress, is_canceled) -> tuple[dict[str, int] | None, int]:
        """last_rows of a file without quotes: the k-th value of each line split at the separator (what
        the csv module reads there), without parsing the other values; blank lines are no rows."""
        d = self.delimiter
        tail = d * (k + 1)  # a line of fewer values has an empty k-th one
        blank = d + " \t\r\n\x0b\x0c"
        last: dict[str, int] = {}
        count = 0
        with self._open() as handle:
            handle.readline()
            line_no = 2
            while True:
                lines = list(islice(handle, 1 << 17))
                if not lines:
                    break
                keys = [(line + tail).split(d, k + 1)[k].strip() for line in lines]
                last.update(zip(keys, range(line_no, line_no + len(lines))))
                line_no += len(lines)
                count += sum(1 for line in lines if line.strip(blank) and line.replace(d, "").strip())
                if progress is not None:
                    progress(min(1.0, handle.buffer.tell() / max(self.size, 1)))
                if is_canceled is not None and is_canceled():
                    return None, count
        last.pop("", None)
        return last, count

    # -- the two ways of parsing -----------------------------------------------------------------------
    def _table(self, data, rows, raw, problems) -> SourceTable:
        return SourceTable(self.path.name, self.columns, data, np.asarray(rows, dtype=np.int64), raw,
                           problems=problems, duplicate_columns=dict(self.duplicates))

    def _plain_parts(self, handle, rows: int) -> Iterator[SourceTable]:
        header = handle.readline()
        if not header:
            return
        width = len(self.columns)
        line_no = 2
        while True:
            lines = list(islice(handle, rows))
            if not lines:
                return
            first = line_no
            line_no += len(lines)
            lines = [line.rstrip("\n") for line in lines]
            lines = [line[:-1] if line.endswith("\r") else line for line in lines]
            data, numbers, raw, problems = plain_rows(lines, first, self.delimiter, width)
            if numbers:
                yield self._table([list(c) for c in data], numbers, raw, problems)

    def _quoted_parts(self, handle, rows: int) -> Iterator[SourceTable]:
        lines = _Lines(handle)
        reader = csv.reader(lines, delimiter=self.delimiter)
        if next(reader, None) is None:
            return
        lines.taken.clear()
        width = len(self.columns)
        records = _quoted_records(reader, lines, width)
        while True:
            part = list(islice(records, rows))
            if not part:
                return
            data = [[values[c] for values, *_ in part] for c in range(width)]
            problems = {k: item[4] for k, item in enumerate(part) if item[4]}
            yield self._table(data, [item[1] for item in part], [item[2] for item in part], problems)


@dataclass
class StreamedImport:
    """A large CSV mine table to import in parts of whole records: its plan (judged by its first rows),
    the column of its record ids, the last row of each record, and its number of rows."""

    stream: CsvStream
    plan: ImportPlan
    record_column: str
    last_rows: dict[str, int] | None
    rows: int

    def results(self, options: ImportOptions, chunk_rows: int,
                progress: Callable[[float], None] | None = None) -> Iterator[ImportResult]:
        """The import of each part, in file order (a record's rows all in one part)."""
        chunks = self.stream.chunks(chunk_rows, progress)
        return (import_rows(part, options, self.plan)
                for part in record_batches(chunks, self.record_column, self.last_rows))


def plan_streamed(stream: CsvStream, options: ImportOptions, head_rows: int,
                  progress: Callable[[float], None] | None = None,
                  is_canceled: Callable[[], bool] | None = None) -> StreamedImport | None:
    """How ``stream`` is imported in parts; None when it is to be read whole (a table that is not of
    points or traverses, or without a record id column, or without rows). Raises MineMapError as
    import_rows does; None for the last rows (StreamedImport.last_rows) when cancelled."""
    plan = plan_import(stream.head(head_rows), options)
    record_column = plan.mapping.get("record_id")
    if plan.mode not in ("points", "traverse") or record_column is None:
        return None
    last, count = stream.last_rows(record_column, progress, is_canceled)
    if last is not None and not count:
        return None
    return StreamedImport(stream, plan, record_column, last, count)


def open_stream(path: Path, encoding: str | None = None, min_bytes: int | None = None) -> CsvStream | None:
    """A CsvStream for ``path``, or None when it is to be read whole: smaller than ``min_bytes``
    (default STREAM_MIN_BYTES), or in an encoding that only all its bytes decide, or not decodable
    as given (read_source then says why)."""
    path = Path(path)
    if path.suffix.lower() not in TABLE_SUFFIXES or not path.is_file():
        return None
    size = path.stat().st_size
    if size < (STREAM_MIN_BYTES if min_bytes is None else min_bytes):
        return None
    with open(path, "rb") as handle:
        start = handle.read(4)
    try:
        codec = given_codec(encoding, start) if encoding else None
    except EncodingError:
        return None
    if codec is None:
        codec = bom_codec(start) or "utf-8"
        if codec != "utf-8-sig" and (codec != "utf-8" or b"\x00" in start):
            return None  # UTF-16/32, marked or not: read whole
    probe = "utf-8" if codec == "utf-8-sig" else codec  # the signature is written once, before the text
    if "\n".encode(probe) != b"\n" or '",;|\t\r'.encode(probe) != b'",;|\t\r':
        return None  # not ASCII-compatible: the byte checks below would not hold
    scan = _scan(path, codec)
    if scan is None:
        return None
    plain, first_line = scan
    delimiter = max((",", ";", "\t", "|"), key=first_line.count)
    with _long_fields(), open(path, encoding=codec, newline="") as handle:
        if plain:
            header_line = handle.readline().rstrip("\n")
            header_line = header_line[:-1] if header_line.endswith("\r") else header_line
            header = next(csv.reader([header_line], delimiter=delimiter), [])
        else:
            header = next(csv.reader(_Lines(handle), delimiter=delimiter), None)
            if header is None:
                return None
    columns, duplicates = _unique_columns(header)
    return CsvStream(path, codec, delimiter, plain, columns, duplicates, size)


def _scan(path: Path, codec: str) -> tuple[bool, str] | None:
    """Every byte decoded in ``codec`` (None when one does not); whether the text has neither quotes nor
    lone carriage returns, and its first line."""
    decoder = codecs.getincrementaldecoder(codec)("strict")
    quotes = False
    cr = crlf = 0
    previous = b""
    first = io.StringIO()
    first_done = False
    with open(path, "rb") as handle:
        while True:
            block = handle.read(_BLOCK)
            final = not block
            try:
                text = decoder.decode(block, final=final)
            except UnicodeDecodeError:
                return None
            if not first_done:
                head, newline, _ = text.partition("\n")
                first.write(head)
                first_done = bool(newline) or final
            if final:
                break
            quotes = quotes or b'"' in block
            joined = previous + block
            cr += block.count(b"\r")
            crlf += joined.count(b"\r\n") - previous.count(b"\r\n")
            previous = block[-1:]
    return (not quotes and cr == crlf), first.getvalue()
