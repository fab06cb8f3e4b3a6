"""A large mine table is imported in parts of whole records: the same records, mines and rejects as
when the file is read whole, with a record's rows spread over the parts (here parts of 3 rows).

The file is written by hand: records whose rows cross the part boundaries, one record whose rows
lie at the start and at the end of the file, a row with latitude and longitude swapped (judged
against its record's other mines), a typo of 2 degrees, rows stating a record field differently,
broken rows, blank lines, and a record already in the workspace.
"""

from __future__ import annotations

import pytest

LINES = [
    "record_id,mine_no,lat,lon,category,model,district",
    "R-1,1,40.100000,46.900000,AP,PMN-2,Fuzuli",
    "R-1,2,40.100050,46.900040,AP,PMN-2,Fuzuli",
    "R-2,1,40.200000,46.800000,AT,TM-62,Agdam",
    "R-1,3,40.100100,46.900080,AP,PMN-2,Fuzuli",   # R-1 again after R-2
    "R-2,2,40.200050,46.800040,AT,TM-62,Agdam",
    "R-2,3,46.800080,40.200100,AT,TM-62,Agdam",    # swapped: lies with R-2 only the other way round
    "",
    "R-3,1,40.300000,46.700000,AP,PMN-2,Tartar",
    "R-3,2,40.3000O0,46.700040,AP,PMN-2,Tartar",   # a letter O
    "R-3,3,40.300100,46.700080,AP,PMN-2,Barda",    # the district stated otherwise
    "R-3,4,42.300150,46.700120,AP,PMN-2,Tartar",   # a typo of 2 degrees
    "R-3,5,40.300200,46.700160,AP,PMN-2,Tartar",
    ",1,40.4,46.6,AP,PMN-2,Tartar",                # no record id
    "R-4,1,40.500000,46.500000,XX,,Tartar",        # an unknown category
    "R-4,2,40.500050,46.500040,AP,PMN-2,Tartar,extra",  # one value too many
    "R-5,1,40.600000,46.400000,AP,PMN-2,Zangilan",  # already in the workspace: its mine joins it
    "R-4,3,40.500100,46.500080,AP,PMN-2,Tartar",
    "R-1,4,40.100150,46.900120,AP,PMN-2,Fuzuli",   # R-1's last row, at the end of the file
]


@pytest.fixture
def table(tmp_path):
    path = tmp_path / "mines.csv"
    path.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    return path


def _import(run_alg, path, workspace=None):
    from clearground.workspace import create_workspace

    params = {"INPUT": str(path), "OUTPUT_RECORDS": "memory:", "OUTPUT_MINES": "memory:",
              "OUTPUT_REJECTS": "memory:"}
    if workspace is not None:
        create_workspace(workspace)
        run_alg("clearground:importminemap", {"INPUT": str(_existing(path.parent)), "WORKSPACE": str(workspace),
                                              "OUTPUT_RECORDS": "memory:", "OUTPUT_REJECTS": "memory:"})
        params["WORKSPACE"] = str(workspace)
    result = run_alg("clearground:importminemap", params)
    records = {f["record_id"]: (f["district"], f["recorded_ap"], f["recorded_at"], f["notes"],
                                f.geometry().asWkt(7)) for f in result["OUTPUT_RECORDS"].getFeatures()}
    mines = sorted((f["record_id"], f["mine_no"], f["category"], f.geometry().asWkt(7))
                   for f in result["OUTPUT_MINES"].getFeatures())
    rejects = sorted((f["source_row"], f["record_id"], f["reason"]) for f in result["OUTPUT_REJECTS"].getFeatures())
    counts = {k: result[k] for k in ("ROWS_READ", "ROWS_IMPORTED", "ROWS_REJECTED", "RECORDS", "MINES")}
    stored = None
    if workspace is not None:
        from osgeo import ogr

        ds = ogr.Open(str(workspace))
        stored = (sorted((f["record_id"], f["mine_no"], f.GetGeometryRef().ExportToWkt())
                         for f in ds.GetLayerByName("recorded_mines")),
                  sorted(f["record_id"] for f in ds.GetLayerByName("minefield_records")))
        # the R-tree holds every mine, as OGR would have written it
        layer = ds.GetLayerByName("recorded_mines")
        layer.SetSpatialFilterRect(46.39, 40.09, 46.91, 40.61)
        stored += (layer.GetFeatureCount(),)
        check = ds.ExecuteSQL('SELECT count(*) FROM "rtree_recorded_mines_geom"')
        stored += (check.GetNextFeature().GetField(0),)
        ds.ReleaseResultSet(check)
        ds = None
    return counts, records, mines, rejects, stored


def _existing(folder):
    path = folder / "existing.csv"
    if not path.exists():
        path.write_text("record_id,mine_no,lat,lon,category\nR-5,9,40.600500,46.400400,AP\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("quoted", [False, True], ids=["plain", "quoted"])
def test_parts_of_three_rows_give_what_the_whole_file_gives(run_alg, table, tmp_path, monkeypatch, quoted):
    from clearground.processing.algorithms import import_mine_map
    from clearground.workspace import csv_stream

    if quoted:  # quotes make the reader take the csv module's record-by-record way
        table.write_text("\n".join(LINES[:1] + ['"R-1",0,40.100010,46.900010,AP,"PMN-2",Fuzuli'] + LINES[1:]) + "\n",
                         encoding="utf-8")
    whole = _import(run_alg, table, tmp_path / "whole.gpkg")
    monkeypatch.setattr(csv_stream, "STREAM_MIN_BYTES", 0)
    monkeypatch.setattr(import_mine_map, "CHUNK_ROWS", 3)
    streamed = []

    def spy(*args, **kwargs):
        streamed.append(csv_stream.open_stream(*args, **kwargs))
        return streamed[-1]

    monkeypatch.setattr(import_mine_map, "open_stream", spy)
    parts = _import(run_alg, table, tmp_path / "parts.gpkg")
    assert parts[0] == whole[0]
    assert parts[1] == whole[1], "the same records, with the same notes and perimeters"
    assert parts[2] == whole[2], "the same mines"
    assert parts[3] == whole[3], "the same rejects with the same reasons"
    assert parts[4] == whole[4], "the same workspace"
    counts, records, _, rejects, stored = parts
    assert set(records) == {"R-1", "R-2", "R-3", "R-4"}
    assert "latitude and longitude were swapped" in records["R-2"][3]
    assert records["R-3"][0] == "Tartar" and "district differs" in records["R-3"][3]
    typo_row = 13 if quoted else 12
    assert any(row == typo_row and "km from the other" in reason for row, _, reason in rejects)
    assert streamed and streamed[-1] is not None, "the second import was read in parts"
    assert stored[2] == stored[3] == counts["MINES"] + 1  # and the mine of R-5 imported before


def test_a_file_read_in_parts_needs_one_pass_more_not_more_memory(table, monkeypatch):
    """The parts hold whole records: a record is held back until its last row has been read."""
    from clearground.core.streaming import record_batches
    from clearground.workspace import csv_stream

    stream = csv_stream.open_stream(table, min_bytes=0)
    last, count = stream.last_rows("record_id")
    assert count == len([line for line in LINES[1:] if line])
    assert last["R-1"] == len(LINES)
    batches = list(record_batches(stream.chunks(3), "record_id", last))
    rows = [int(r) for b in batches for r in b.source_rows]
    assert sorted(rows) == sorted(set(rows)) and len(rows) == count
    by_record: dict[str, set[int]] = {}
    for k, batch in enumerate(batches):
        for rid in batch.column("record_id"):
            if rid.strip():
                by_record.setdefault(rid.strip(), set()).add(k)
    assert all(len(parts) == 1 for parts in by_record.values()), by_record
    assert sum(1 for b in batches for p in b.problems) == 1  # the row with a value too many


def test_the_parts_r_tree_is_written_once_packed_and_sqlite_accepts_it(run_alg, table, tmp_path, monkeypatch):
    import sqlite3

    from clearground.processing.algorithms import import_mine_map
    from clearground.workspace import create_workspace, csv_stream, writer

    monkeypatch.setattr(csv_stream, "STREAM_MIN_BYTES", 0)
    monkeypatch.setattr(import_mine_map, "CHUNK_ROWS", 4)
    monkeypatch.setattr(writer, "_BULK_INDEX_MIN", 1)  # the packed R-tree even for these few rows
    workspace = tmp_path / "packed.gpkg"
    create_workspace(workspace)
    result = run_alg("clearground:importminemap", {"INPUT": str(table), "WORKSPACE": str(workspace),
                                                   "OUTPUT_RECORDS": "memory:", "OUTPUT_REJECTS": "memory:"})
    con = sqlite3.connect(str(workspace))
    try:
        for layer, count in (("recorded_mines", result["MINES"]), ("minefield_records", result["RECORDS"])):
            assert con.execute(f'SELECT count(*) FROM "rtree_{layer}_geom"').fetchone()[0] == count
            assert con.execute(f"SELECT rtreecheck('rtree_{layer}_geom')").fetchone()[0] == "ok"
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()


EDGE_FILES = {
    # a byte order mark, CRLF line ends and a last line without its newline
    "bom_crlf_no_final_newline": "\ufeff" + "\r\n".join(LINES[:8]),
    # values quoted over two lines, with CRLF inside and around them, and a blank line between parts
    "quoted_newlines": "\r\n".join([
        LINES[0],
        'R-1,1,40.1,46.9,AP,"PMN-2\r\nsecond line",Fuzuli',
        'R-2,1,40.2,46.8,AT,TM-62,"Agdam\nnorth"',
        "",
        'R-1,2,40.100050,46.900040,AP,"PMN\n\n2",Fuzuli',
        'R-2,2,40.200050,46.800040,AT,TM-62,Agdam',
        'R-3,1,40.3,46.7,AP,PMN-2,"Tartar',   # a quote never closed: the rest of the file is its value
        'R-3,2,40.3,46.7,AP,PMN-2,Tartar',
    ]),
    # record ids with spaces around them, short rows and a row of delimiters only
    "spaces_and_short_rows": "\n".join([
        LINES[0], " R-1 ,1,40.1,46.9,AP", "R-1,2,40.1,46.9", ",,,,,,", "R-2 ,1,40.2,46.8,AT,TM-62,Agdam,x,y",
        "\tR-1\t,3,40.1,46.9,AP,PMN-2,Fuzuli"]) + "\n",
}


@pytest.mark.parametrize("name", sorted(EDGE_FILES))
@pytest.mark.parametrize("rows", [1, 2, 3])
def test_parts_hold_every_row_the_whole_read_holds(tmp_path, name, rows):
    """Hand-made files whose rows lie across part boundaries: the parts (of whole records) hold the same
    rows, values, raw texts, row numbers and problems as the file read whole."""
    from clearground.core.streaming import record_batches
    from clearground.workspace import csv_stream
    from clearground.workspace.sources import read_source

    path = tmp_path / f"{name}.csv"
    path.write_bytes(EDGE_FILES[name].encode("utf-8"))
    whole = read_source(path)
    stream = csv_stream.open_stream(path, min_bytes=0)
    assert stream is not None and stream.columns == whole.columns
    last, count = stream.last_rows("record_id")
    assert count == len(whole)
    parts = list(record_batches(stream.chunks(rows), "record_id", last))

    def rows_of(table):
        return {int(r): (tuple(c[k] for c in table.data), table.raw[k], table.problems.get(k))
                for k, r in enumerate(table.source_rows)}

    got: dict = {}
    for part in parts:
        got.update(rows_of(part))
    assert sum(len(p) for p in parts) == len(whole)
    assert got == rows_of(whole)
    # every record's rows lie in one part
    seen: dict[str, int] = {}
    for k, part in enumerate(parts):
        for rid in part.column("record_id"):
            if rid.strip():
                assert seen.setdefault(rid.strip(), k) == k, rid


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-32"])
def test_a_file_in_utf_16_or_32_is_read_whole(tmp_path, codec):
    """Their bytes are not ASCII's: read whole (read_source decides the encoding from all of them)."""
    from clearground.workspace import csv_stream

    path = tmp_path / "wide.csv"
    path.write_bytes("\n".join(LINES[:4]).encode(codec))
    assert csv_stream.open_stream(path, min_bytes=0) is None
    path.write_bytes("\n".join(LINES[:4]).encode("utf-8"))
    assert csv_stream.open_stream(path, min_bytes=0) is not None


def test_a_byte_that_does_not_decode_in_a_later_part_is_found_before_any_part_is_read(tmp_path):
    """Every byte is decoded before the first part: a file that is not UTF-8 past its first parts is not
    read in parts (read whole, it is refused, saying the byte or asking for its ENCODING); given its
    encoding, it is read in parts to its last row."""
    from clearground.workspace import csv_stream
    from clearground.workspace.sources import SourceError, read_source

    path = tmp_path / "late.csv"
    late = "\nR-9,1,40.7,46.3,AP,PMN-2,Зангилан\n".encode("cp1251")  # the one row not in UTF-8, the last
    path.write_bytes("\n".join(LINES).encode("utf-8") + late)
    assert csv_stream.open_stream(path, min_bytes=0) is None
    assert csv_stream.open_stream(path, "utf-8", min_bytes=0) is None
    with pytest.raises(SourceError, match="byte"):
        read_source(path, encoding="utf-8")
    with pytest.raises(SourceError, match="ENCODING"):  # which single-byte encoding, all its bytes cannot say
        read_source(path)
    stream = csv_stream.open_stream(path, "cp1251", min_bytes=0)  # said: read in parts, the last row whole
    last = list(stream.chunks(3))[-1]
    assert int(last.source_rows[-1]) == len(LINES) + 1 and last.data[-1][-1] == "Зангилан"
    assert read_source(path, encoding="cp1251").data[-1][-1] == "Зангилан"


def test_utf8_given_for_a_file_with_its_mark_names_the_first_column_as_written(tmp_path):
    """ENCODING=UTF-8 on Excel's "CSV UTF-8" (which begins with the mark): read whole and in parts, the
    first column is record_id, not '\\ufeffrecord_id'."""
    from clearground.workspace import csv_stream
    from clearground.workspace.sources import read_source

    path = tmp_path / "excel.csv"
    path.write_bytes(EDGE_FILES["bom_crlf_no_final_newline"].encode("utf-8"))
    whole = read_source(path, encoding="utf-8")
    stream = csv_stream.open_stream(path, encoding="utf-8", min_bytes=0)
    assert stream is not None
    assert whole.columns[0] == stream.columns[0] == "record_id"
