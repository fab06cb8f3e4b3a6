"""A table imported in parts of whole records, so that memory stays bounded (pure: no QGIS, no I/O).

A mine table of 10^7 rows does not fit in memory as Python strings (about 12 GB). It is read in
chunks of rows; but the import judges a record's rows together (a doubtful reading against the
record's other mines, values stated differently by two rows, the record made from its mines), so
a chunk is never imported as it is. A first pass over the file gives the last row of each record
(``last_rows``); ``record_batches`` then holds a record's rows back until its last row has been
read, and hands out tables of whole records only. A file whose records come one after the other
holds back at most the rows of one record; rows of one record spread over the whole file are held
back until the end (the same results, in more memory).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Iterator

import numpy as np

from .minemap import ImportResult, Reject, SourceTable


def record_key(value: object) -> str:
    """A row's record id as the import reads it (its text, spaces around it removed)."""
    return "" if value is None else str(value).strip()


def take(table: SourceTable, index: np.ndarray) -> SourceTable:
    """The rows ``index`` (positions, ascending) of ``table``, with their reader's problems."""
    part = table.subset(np.asarray(index, dtype=np.int64))
    if table.problems:
        where = {int(i): k for k, i in enumerate(np.asarray(index).tolist())}
        part.problems = {where[i]: reason for i, reason in table.problems.items() if i in where}
    return part


def concat(first: SourceTable, second: SourceTable) -> SourceTable:
    """The rows of ``first`` followed by those of ``second`` (same columns)."""
    n = len(first)
    geometries = None
    if first.geometries is not None or second.geometries is not None:
        geometries = (first.geometries or [None] * n) + (second.geometries or [None] * len(second))
    problems = dict(first.problems)
    problems.update({n + i: reason for i, reason in second.problems.items()})
    return SourceTable(first.name, first.columns, [a + b for a, b in zip(first.data, second.data)],
                       np.concatenate([first.source_rows, second.source_rows]), first.raw + second.raw, geometries,
                       first.geometry_crs, problems, list(first.notes), dict(first.duplicate_columns))


def record_batches(chunks: Iterable[SourceTable], record_column: str,
                   last_rows: dict[str, int]) -> Iterator[SourceTable]:
    """Tables of whole records from ``chunks`` (consecutive rows of one file, in order).

    ``last_rows``: record id (record_key) -> the source row of its last row in the file. A row
    whose record id is empty, or not in ``last_rows``, stands alone (it is judged by itself).
    """
    pending: SourceTable | None = None
    for chunk in chunks:
        table = chunk if pending is None else concat(pending, chunk)
        pending = None
        if not len(table):
            continue
        end = int(chunk.source_rows[-1]) if len(chunk) else int(table.source_rows[-1])
        keys = table.column(record_column)
        wait = np.fromiter((last_rows.get(record_key(v), 0) > end for v in keys), dtype=bool, count=len(table))
        if wait.any():
            pending = take(table, np.flatnonzero(wait))
            ready = np.flatnonzero(~wait)
            if len(ready):
                yield take(table, ready)
        else:
            yield table
    if pending is not None and len(pending):
        yield pending


@dataclass
class ImportTotals:
    """What the parts of one import add up to (the counts, the notes once each, the first rejects)."""

    rows_read: int = 0
    rows_imported: int = 0
    rows_rejected: int = 0
    rows_repaired: int = 0
    records: int = 0
    mines: int = 0
    notes: list[str] = field(default_factory=list)
    #: The first rejects (by part, then by row), for the log; the rest went to the rejects output.
    first_rejects: list[Reject] = field(default_factory=list)
    rejects: int = 0
    #: The parts added (none is kept: a part holds up to a chunk's rows).
    parts: int = 0
    keep_rejects: int = 20

    def add(self, result: ImportResult) -> None:
        self.parts += 1
        self.rows_read += result.rows_read
        self.rows_imported += result.rows_imported
        self.rows_rejected += result.rows_rejected
        self.rows_repaired += result.rows_repaired
        self.records += len(result.records)
        self.mines += result.mine_count
        self.rejects += len(result.rejects)
        seen = set(self.notes)
        self.notes.extend(n for n in dict.fromkeys(result.notes) if n not in seen)
        room = self.keep_rejects - len(self.first_rejects)
        if room > 0:
            self.first_rejects.extend(result.rejects[:room])

    @property
    def rows_as_written(self) -> int:
        return self.rows_imported - self.rows_repaired
