"""The GeoPackage side of the workspace interface: one SQLite transaction over the whole file.

Rows are appended by workspace.writer (validated, then inserted as OGR would write them); updates
and deletes are plain SQL. OGR's R-tree triggers call spatial functions that plain SQLite lacks:
they are given to the connection here (``register_functions``), computed from the GeoPackage
geometry blobs. The file's own triggers (``sector_rules_sql``, installed with the workspace) write
the audit rows of every changed field of a sector, whoever writes (this module, QGIS's edit buffer,
plain SQL), and check the version of every update that takes part in marking (one that stamps
``updated_at`` or ``updated_by`` or changes ``version``): it must raise the version by exactly one from the stored
one, so a save made from a sector read before someone else's save is refused. An edit that does
neither (a field typed in the attribute table) is kept and audited as made by 'unknown'.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import struct
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator, Mapping, Sequence

import shapely

from ..core import marking, schema
from ..core.discrepancy import Review
from ..core.text import tr
from . import writer
from .errors import WorkspaceError
from .store import AUDIT_LAYER, SectorConflictError, Transaction, conflict_message, written_whole

#: Seconds a write waits for another program's lock on the file before it gives up.
BUSY_TIMEOUT_S = 15.0
_CHUNK = 500
#: The page cache of a write (SQLite's default is 2 MB): sectors marked in place are found by id all
#: over a national file, and each update appends audit rows; with 2 MB their pages keep being read
#: again (marking 17,340 of 100,000 sectors: about a third of the time).
WRITE_CACHE_KIB = 64 * 1024
#: What a refused stale sector edit says, from the database (SQLite's RAISE takes a fixed text).
CONFLICT_TEXT = ("clearground-conflict: a sector was changed by someone else since it was read; "
                 "reload it and try again")
_AUDITED_SECTOR_FIELDS = tuple(f for f in schema.layer("sectors").field_names
                               if f not in marking.BOOKKEEPING_FIELDS)


def sector_rules_sql() -> list[str]:
    """The triggers that keep the marking rules in the file itself (idempotent)."""
    now = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
    stamped = 'NEW."updated_at" IS NOT OLD."updated_at" OR NEW."updated_by" IS NOT OLD."updated_by"'
    user = f"CASE WHEN {stamped} THEN coalesce(NEW.\"updated_by\", 'unknown') ELSE 'unknown' END"
    ts = f"CASE WHEN NEW.\"updated_at\" IS NOT OLD.\"updated_at\" AND NEW.\"updated_at\" IS NOT NULL " \
         f"THEN NEW.\"updated_at\" ELSE {now} END"
    selects = " UNION ALL ".join(
        f"SELECT {ts}, {user}, 'sectors', coalesce(OLD.\"sector_id\", CAST(OLD.\"fid\" AS TEXT)), '{name}', "
        f"CAST(OLD.\"{name}\" AS TEXT), CAST(NEW.\"{name}\" AS TEXT) WHERE OLD.\"{name}\" IS NOT NEW.\"{name}\""
        for name in _AUDITED_SECTOR_FIELDS)
    return [
        'CREATE TRIGGER IF NOT EXISTS "cg_sectors_version" AFTER UPDATE ON "sectors" FOR EACH ROW '
        'WHEN (NEW."version" IS NOT OLD."version" OR NEW."updated_at" IS NOT OLD."updated_at" '
        'OR NEW."updated_by" IS NOT OLD."updated_by") '
        'AND NEW."version" IS NOT coalesce(OLD."version", 0) + 1 '
        f"BEGIN SELECT RAISE(ABORT, '{CONFLICT_TEXT}'); END",
        'CREATE TRIGGER IF NOT EXISTS "cg_sectors_audit" AFTER UPDATE ON "sectors" FOR EACH ROW BEGIN '
        'INSERT INTO "audit_log" ("ts", "user_name", "layer", "feature_key", "field", "old_value", "new_value") '
        f"{selects}; END",
    ]


RULE_TRIGGERS = ("cg_sectors_version", "cg_sectors_audit")


def has_rules(path) -> bool:
    """Whether the GeoPackage at ``path`` keeps the marking rules itself (files made before them do not)."""
    try:
        con = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            found = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        finally:
            con.close()
    except sqlite3.Error:
        return False
    return set(RULE_TRIGGERS) <= found


# -- spatial functions for OGR's triggers ------------------------------------------------------------
_ENVELOPE_DOUBLES = {0: 0, 1: 4, 2: 6, 3: 6, 4: 8}


def _geometry(blob: bytes | None):
    if blob is None or len(blob) < 8 or blob[:2] != b"GP":
        return None
    flags = blob[3]
    envelope = _ENVELOPE_DOUBLES.get((flags >> 1) & 0x07, 0)
    return shapely.from_wkb(bytes(blob[8 + 8 * envelope:]))


def _is_empty(blob: bytes | None) -> int | None:
    if blob is None:
        return None
    if len(blob) >= 4 and blob[:2] == b"GP" and blob[3] & 0x10:
        return 1
    geom = _geometry(blob)
    return 1 if geom is None or geom.is_empty else 0


def _bound(index: int):
    def bound(blob: bytes | None) -> float | None:
        if blob is None or len(blob) < 8 or blob[:2] != b"GP":
            return None
        flags = blob[3]
        order = "<" if flags & 0x01 else ">"
        if (flags >> 1) & 0x07:  # the envelope: minx, maxx, miny, maxy
            return struct.unpack_from(f"{order}d", blob, 8 + 8 * (0, 2, 1, 3)[index])[0]
        geom = _geometry(blob)
        return None if geom is None or geom.is_empty else float(geom.bounds[index])
    return bound


def register_functions(con: sqlite3.Connection) -> None:
    """ST_IsEmpty, ST_MinX, ST_MinY, ST_MaxX, ST_MaxY on GeoPackage blobs, as OGR's triggers call them."""
    con.create_function("ST_IsEmpty", 1, _is_empty, deterministic=True)
    for name, index in (("ST_MinX", 0), ("ST_MinY", 1), ("ST_MaxX", 2), ("ST_MaxY", 3)):
        con.create_function(name, 1, _bound(index), deterministic=True)


@contextmanager
def connect(workspace) -> Iterator[sqlite3.Connection]:
    """The workspace file opened for one write transaction (BEGIN IMMEDIATE), committed on success."""
    try:
        con = sqlite3.connect(f"{workspace.path.resolve().as_uri()}?mode=rw", uri=True, isolation_level=None,
                              timeout=BUSY_TIMEOUT_S)
    except sqlite3.Error as exc:
        raise WorkspaceError(tr("{name} cannot be opened for writing: {error}").format(
            name=workspace.name, error=exc)) from exc
    try:
        register_functions(con)
        con.execute(f"PRAGMA cache_size = -{WRITE_CACHE_KIB}")
        try:
            con.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise WorkspaceError(tr(
                "{name} is being written by another program (it stayed locked for {seconds:g} s); "
                "nothing was written. Save or close the edits elsewhere, then try again."
            ).format(name=workspace.name, seconds=BUSY_TIMEOUT_S)) from exc
        try:
            yield con
            con.execute("COMMIT")
        except BaseException:
            if con.in_transaction:
                con.execute("ROLLBACK")
            raise
    except sqlite3.Error as exc:
        raise WorkspaceError(tr("{name} was left unchanged: the database refused the write ({error}).").format(
            name=workspace.name, error=exc)) from exc
    finally:
        con.close()


@contextmanager
def read_only(workspace) -> Iterator[sqlite3.Connection]:
    """The workspace file opened for reading only (no lock that would keep a writer waiting)."""
    try:
        con = sqlite3.connect(f"{workspace.path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)
    except sqlite3.Error as exc:
        raise WorkspaceError(tr("{name} cannot be read: {error}.").format(name=workspace.name, error=exc)) from exc
    try:
        yield con
    except sqlite3.Error as exc:
        raise WorkspaceError(tr("{name} cannot be read: {error}.").format(name=workspace.name, error=exc)) from exc
    finally:
        con.close()


class GpkgTransaction(Transaction):
    """Writes into a GeoPackage workspace inside one SQLite transaction."""

    def __init__(self, workspace, con: sqlite3.Connection):
        self.workspace = workspace
        self.con = con
        self._deferred: writer.DeferredIndex | None = None
        self._texts: dict[tuple, str] = {}

    def append(self, layers: Mapping[str, Any], feedback: Any = None) -> dict[str, int]:
        return writer.append_rows(self.con, layers, feedback, self._deferred)

    @contextmanager
    def appending_in_parts(self) -> Iterator[None]:
        """The R-trees of the rows appended in the block are written once, packed, at its end."""
        self._deferred = writer.DeferredIndex()
        try:
            yield
            self._deferred.write(self.con)
        finally:
            self._deferred = None

    def record_ids(self) -> frozenset:
        return frozenset(r[0] for r in self.con.execute('SELECT "record_id" FROM "minefield_records"')
                         if r[0] is not None)

    def reviews(self) -> dict[str, tuple[int, Review]]:
        rows = self.con.execute('SELECT "fid", "flag_id", "status", "note" FROM "discrepancies"')
        return {flag_id: (fid, Review(status or "open", note)) for fid, flag_id, status, note in rows
                if flag_id is not None}

    def delete(self, layer_name: str, fids: Sequence[int]) -> int:
        schema.layer(layer_name)
        fids = list(fids)
        for start in range(0, len(fids), _CHUNK):
            part = fids[start:start + _CHUNK]
            self.con.execute(f'DELETE FROM "{layer_name}" WHERE "fid" IN ({", ".join("?" * len(part))})', part)
        return len(fids)

    def sector_rows(self, sector_ids: Sequence[str] | None = None) -> list[dict[str, Any]]:
        names = schema.layer("sectors").field_names
        columns = ", ".join(f'"{n}"' for n in names)
        if sector_ids is None:
            found = self.con.execute(f'SELECT {columns} FROM "sectors"').fetchall()
        else:
            ids, found = list(sector_ids), []
            for start in range(0, len(ids), _CHUNK):
                part = ids[start:start + _CHUNK]
                found += self.con.execute(
                    f'SELECT {columns} FROM "sectors" WHERE "sector_id" IN ({", ".join("?" * len(part))})',
                    part).fetchall()
        return _python_rows(names, found)

    def _stored(self, value: Any) -> Any:
        """``_stored(value)``, each date and time written once (a batch gives every sector the same ones)."""
        if not isinstance(value, dt.date):
            return value
        key = (type(value), value)
        text = self._texts.get(key)
        if text is None:
            text = self._texts[key] = _stored(value)
        return text

    def _update_sectors(self, updates: Sequence[tuple[str, int | None, Mapping[str, Any]]]) -> None:
        """The audit rows the file's trigger adds for each updated sector counted once, at the end."""
        with writer.rows_counted_once(self.con, AUDIT_LAYER):
            super()._update_sectors(updates)

    def _update_many(self, fields: tuple[str, ...], part: Sequence[tuple[str, int | None, Mapping[str, Any]]]) -> bool:
        """One executemany in a savepoint, undone when it leaves a sector unchanged or the file refuses one."""
        rows = [(*(self._stored(v) for v in values.values()), key, version) for key, version, values in part]
        return written_whole(self.con.execute, lambda: self.con.executemany(_update_sql(fields), rows).rowcount,
                             len(part), sqlite3.IntegrityError)

    def _update_sector(self, sector_id: str, read_version: int | None, values: Mapping[str, Any]) -> None:
        try:
            cur = self.con.execute(_update_sql(tuple(values)),
                                   (*(self._stored(v) for v in values.values()), sector_id, read_version))
        except sqlite3.IntegrityError as exc:
            raise WorkspaceError(tr("Sector {sector} was not saved: {error}").format(
                sector=sector_id, error=exc)) from exc
        if cur.rowcount == 1:
            return
        row = self.con.execute('SELECT "version", "updated_by", "updated_at" FROM "sectors" WHERE "sector_id" = ?',
                               (sector_id,)).fetchone()
        if row is None:
            raise WorkspaceError(tr("Sector {sector} no longer exists in the workspace.").format(sector=sector_id))
        version, user, when = row
        raise SectorConflictError(conflict_message(sector_id, user, when, version), sector_id, user, when, version)

    def audit_entries(self, layer_name: str, feature_keys: Sequence[str]) -> list[marking.AuditEntry]:
        schema.layer(layer_name)
        keys, out = list(feature_keys), []
        for start in range(0, len(keys), _CHUNK):
            part = keys[start:start + _CHUNK]
            rows = self.con.execute(
                'SELECT "ts", "user_name", "layer", "feature_key", "field", "old_value", "new_value" FROM "audit_log" '
                f'WHERE "layer" = ? AND "feature_key" IN ({", ".join("?" * len(part))}) ORDER BY "ts", "fid"',
                (layer_name, *part)).fetchall()
            out += [marking.AuditEntry(_utc(ts), user, layer, key, name, old, new)
                    for ts, user, layer, key, name, old, new in rows]
        return out

    def _note(self, entries: Sequence[marking.AuditEntry]) -> None:
        if not entries:
            return
        names = ("ts", "user_name", "layer", "feature_key", "field", "old_value", "new_value")
        columns = {n: [getattr(e, n) for e in entries] for n in names}
        writer.append_rows(self.con, {"audit_log": writer.FeatureColumns(columns)})


def _utc(text: Any) -> dt.datetime:
    """A GeoPackage datetime (ISO text, 'Z' or none) as an aware UTC datetime."""
    value = dt.datetime.fromisoformat(str(text).strip().replace("Z", "").replace(" ", "T"))
    return value.replace(tzinfo=dt.timezone.utc) if value.tzinfo is None else value.astimezone(dt.timezone.utc)


def _stored(value: Any) -> Any:
    """A python value as the GeoPackage stores it (OGR's text forms of dates and times)."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.timezone.utc)
        return value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _update_sql(fields: tuple[str, ...]) -> str:
    """The update of these fields of one sector, if it still has the version it was read at."""
    assignments = ", ".join(f'"{k}" = ?' for k in fields)
    return f'UPDATE "sectors" SET {assignments} WHERE "sector_id" = ? AND "version" IS ?'


def _python_rows(names: Sequence[str], rows: Sequence[Sequence[Any]]) -> list[dict[str, Any]]:
    """Sector rows as python values: dates and times as OGR or another program writes them made date and
    aware UTC datetime (an offset converted, none read as UTC), each distinct text once."""
    kinds = {f.name: f.type for f in schema.layer("sectors").fields}
    parse = {"date": lambda text: dt.date.fromisoformat(text[:10]), "datetime": _utc}
    timed = [(k, parse[kinds[name]], {}) for k, name in enumerate(names) if kinds[name] in parse]
    out = []
    for row in rows:
        values = list(row)
        for k, convert, seen in timed:
            value = values[k]
            if value is not None:
                text = str(value)
                parsed = seen.get(text)
                if parsed is None:
                    parsed = seen[text] = convert(text)
                values[k] = parsed
        out.append(dict(zip(names, values)))
    return out
