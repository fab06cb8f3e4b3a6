"""A table imported in parts of whole records gives what the whole table gives (core.streaming)."""

from __future__ import annotations

import numpy as np

from clearground.core.minemap import SourceTable, import_rows, plan_import
from clearground.core.streaming import ImportTotals, record_batches

COLUMNS = ["record_id", "mine_no", "lat", "lon", "category"]
ROWS = [
    ("A", "1", "40.1", "46.9", "AP"),
    ("B", "1", "40.2", "46.8", "AT"),
    ("A", "2", "40.10005", "46.90004", "AP"),
    ("B", "2", "46.80004", "40.20005", "AT"),   # swapped: judged against B's other mines
    ("", "1", "40.3", "46.7", "AP"),
    ("C", "1", "40.4", "46.6", "AP"),
    ("B", "3", "40.2001", "46.8001", "AT"),
    ("C", "2", "40.4O", "46.6", "AP"),
    ("A", "3", "40.1001", "46.9001", "AP"),
]


def _table(rows, first_row: int = 2) -> SourceTable:
    data = [list(c) for c in zip(*rows)] if rows else [[] for _ in COLUMNS]
    return SourceTable("mines.csv", COLUMNS, data, np.arange(first_row, first_row + len(rows)),
                       [",".join(r) for r in rows])


def _chunks(size: int):
    for start in range(0, len(ROWS), size):
        yield _table(ROWS[start:start + size], 2 + start)


def _last_rows() -> dict[str, int]:
    return {r[0]: 2 + i for i, r in enumerate(ROWS) if r[0]}


def test_every_record_lies_in_one_part_whatever_the_chunk_size():
    for size in (1, 2, 3, 4, 100):
        parts = list(record_batches(_chunks(size), "record_id", _last_rows()))
        rows = sorted(int(r) for p in parts for r in p.source_rows)
        assert rows == list(range(2, 2 + len(ROWS)))
        for rid in "ABC":
            assert sum(rid in p.column("record_id") for p in parts) == 1, (size, rid)


def test_the_parts_add_up_to_the_whole():
    whole = import_rows(_table(ROWS))
    plan = plan_import(_table(ROWS[:4]))
    totals = ImportTotals()
    mines, rejects, records = [], [], {}
    for part in record_batches(_chunks(2), "record_id", _last_rows()):
        result = import_rows(part, plan=plan)
        totals.add(result)
        mines += list(zip(result.mines["record_id"], result.mines["mine_no"], result.mine_lon.round(7),
                          result.mine_lat.round(7)))
        rejects += [(r.source_row, r.reason) for r in result.rejects]
        records.update({r["record_id"]: (r["notes"], r["geometry"].wkt) for r in result.records})
    assert (totals.rows_read, totals.rows_imported, totals.rows_rejected, totals.records, totals.mines) == (
        whole.rows_read, whole.rows_imported, whole.rows_rejected, len(whole.records), whole.mine_count)
    assert sorted(mines) == sorted(zip(whole.mines["record_id"], whole.mines["mine_no"], whole.mine_lon.round(7),
                                       whole.mine_lat.round(7)))
    assert sorted(rejects) == sorted((r.source_row, r.reason) for r in whole.rejects)
    assert records == {r["record_id"]: (r["notes"], r["geometry"].wkt) for r in whole.records}
    assert "swapped" in records["B"][0]
