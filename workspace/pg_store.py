"""The PostGIS side of the workspace interface: one database transaction, the database's own rules.

Rows are validated by workspace.writer (the same checks as on a GeoPackage) and loaded with COPY;
geometries travel as hex EWKB. The database keeps the rules for every client: the version check of
sectors and the audit rows of every change are its triggers (workspace/postgis_sql.py); reasons
go through its ``cg_audit_note`` function, which stamps them with the session user (and the field team a
merge is made for, see PgTransaction.on_behalf_of).
"""

from __future__ import annotations

import datetime as dt
import io
from contextlib import contextmanager
from typing import Any, Iterator, Mapping, Sequence

import numpy as np
import shapely

from ..core import marking, schema
from ..core.discrepancy import Review
from ..core.text import tr
from . import postgis as pgw
from . import writer
from .errors import WorkspaceError
from .store import SectorConflictError, Transaction, conflict_message, written_whole


def _sql():
    from psycopg2 import sql

    from . import postgis_sql as q

    return sql, q


@contextmanager
def begin(workspace) -> Iterator[PgTransaction]:
    """A transaction on the workspace's own connection: committed on success, rolled back otherwise."""
    pgw.require_psycopg2()
    import psycopg2

    db = workspace_connection(workspace)
    try:
        with pgw.transaction(db) as cur:
            yield PgTransaction(workspace.schema, cur)
    except psycopg2.errors.InsufficientPrivilege as exc:
        raise WorkspaceError(tr(
            'You may not make this change in the workspace "{name}" ({error}); nothing was written. Ask its '
            "administrator for the role it needs."
        ).format(name=workspace.name, error=(exc.diag.message_primary or str(exc)).strip())) from exc
    except psycopg2.Error as exc:
        conflict = pgw.conflict_from_error(exc)
        if conflict is not None:
            raise conflict from exc
        raise WorkspaceError(tr('The workspace "{name}" was left unchanged: the database refused the write '
                                "({error}).").format(name=workspace.name,
                                                     error=(getattr(exc.diag, "message_primary", None)
                                                            or str(exc)).strip())) from exc
    finally:
        db.close()


def workspace_connection(workspace):
    """A new psycopg2 connection to the workspace's database (through its QGIS connection if it has one)."""
    import psycopg2

    if workspace.connection:
        return pgw.connect(workspace.connection)
    try:
        return psycopg2.connect(workspace.conninfo, application_name="ClearGround")
    except psycopg2.Error as exc:
        raise WorkspaceError(tr('Cannot connect to the workspace "{name}": {error}').format(
            name=workspace.name, error=str(exc).strip())) from exc


class PgTransaction(Transaction):
    """Writes into one PostgreSQL workspace schema with one cursor of an open transaction."""

    def __init__(self, schema_name: str, cur):
        self.schema = schema_name
        self.cur = cur

    def _table(self, name: str):
        sql, q = _sql()
        return q.table(self.schema, name)

    def on_behalf_of(self, name: str) -> None:
        """The triggers name "<name> via <login>" for the rest of this transaction (postgis_sql.ON_BEHALF_OF)."""
        sql, q = _sql()
        self.cur.execute("SELECT set_config(%s, %s, true)", (q.ON_BEHALF_OF, str(name).strip()))

    def append(self, layers: Mapping[str, Any], feedback: Any = None) -> dict[str, int]:
        sql, q = _sql()
        prepared = [writer.prepare(name, writer.FeatureColumns(*data)) for name, data in layers.items()]
        total, done = sum(p.count for p in prepared), 0
        for item in prepared:
            if feedback is not None and feedback.isCanceled():
                raise writer.WriteCancelledError(tr("Writing was cancelled; the workspace was left unchanged."))
            if item.count:
                names = [c.name for c in item.columns]
                rows = [c.values for c in item.columns]
                kinds = [c.kind for c in item.columns]
                if item.layer.geometry:
                    names.append(q.GEOMETRY_COLUMN)
                    rows.append(_hex_ewkb(item))
                    kinds.append("geometry")
                buffer = io.StringIO()
                for values in zip(*rows):
                    buffer.write(",".join(_csv(v, k) for v, k in zip(values, kinds)))
                    buffer.write("\n")
                buffer.seek(0)
                statement = sql.SQL("COPY {} ({}) FROM STDIN WITH (FORMAT csv)").format(
                    self._table(item.layer.name), sql.SQL(", ").join(sql.Identifier(n) for n in names))
                self.cur.copy_expert(statement.as_string(self.cur), buffer)
            done += item.count
            if feedback is not None and total:
                feedback.setProgress(100.0 * done / total)
        return {p.layer.name: p.count for p in prepared}

    def record_ids(self) -> frozenset:
        sql, _ = _sql()
        self.cur.execute(sql.SQL("SELECT record_id FROM {}").format(self._table("minefield_records")))
        return frozenset(r[0] for r in self.cur.fetchall() if r[0] is not None)

    def reviews(self) -> dict[str, tuple[int, Review]]:
        sql, _ = _sql()
        self.cur.execute(sql.SQL("SELECT fid, flag_id, status, note FROM {}").format(self._table("discrepancies")))
        return {flag_id: (fid, Review(status or "open", note)) for fid, flag_id, status, note in self.cur.fetchall()
                if flag_id is not None}

    def delete(self, layer_name: str, fids: Sequence[int]) -> int:
        sql, _ = _sql()
        schema.layer(layer_name)
        fids = [int(f) for f in fids]
        if fids:
            self.cur.execute(sql.SQL("DELETE FROM {} WHERE fid = ANY(%s)").format(self._table(layer_name)), (fids,))
        return len(fids)

    def sector_rows(self, sector_ids: Sequence[str] | None = None) -> list[dict[str, Any]]:
        sql, _ = _sql()
        names = schema.layer("sectors").field_names
        select = sql.SQL("SELECT {} FROM {}").format(sql.SQL(", ").join(sql.Identifier(n) for n in names),
                                                    self._table("sectors"))
        if sector_ids is None:
            self.cur.execute(select)
        else:
            self.cur.execute(sql.SQL("{} WHERE sector_id = ANY(%s)").format(select), (list(sector_ids),))
        return [dict(zip(names, row)) for row in self.cur.fetchall()]

    def _update_many(self, fields: tuple[str, ...], part: Sequence[tuple[str, int | None, Mapping[str, Any]]]) -> bool:
        """One UPDATE ... FROM (VALUES ...) RETURNING in a savepoint (one round trip, not one per sector),
        undone when it leaves a sector unchanged or the database refuses one."""
        import psycopg2
        from psycopg2.extras import execute_values

        rows = [(key, version, *values.values()) for key, version, values in part]
        return written_whole(self.cur.execute, lambda: len(execute_values(
            self.cur, self._update_many_sql(fields), rows, page_size=len(rows), fetch=True)),
            len(part), psycopg2.Error)

    def _update_many_sql(self, fields: tuple[str, ...]) -> str:
        """The update of many sectors' ``fields`` from a VALUES list (key, read version, the values)."""
        sql, q = _sql()
        kinds = {f.name: f.type for f in schema.layer("sectors").fields}
        assignments = sql.SQL(", ").join(
            sql.SQL("{} = v.{}::{}").format(sql.Identifier(k), sql.Identifier(k), sql.SQL(q.PG_TYPES[kinds[k]]))
            for k in fields)
        names = sql.SQL(", ").join(sql.Identifier(k) for k in ("cg_key", "cg_read", *fields))
        return sql.SQL(
            "UPDATE {table} AS s SET {assignments} FROM (VALUES %s) AS v({names}) "
            "WHERE s.sector_id = v.cg_key AND s.version IS NOT DISTINCT FROM v.cg_read::integer "
            "RETURNING s.sector_id").format(table=self._table("sectors"), assignments=assignments,
                                            names=names).as_string(self.cur)

    def _update_sector(self, sector_id: str, read_version: int | None, values: Mapping[str, Any]) -> None:
        sql, _ = _sql()
        assignments = sql.SQL(", ").join(sql.SQL("{} = %s").format(sql.Identifier(k)) for k in values)
        self.cur.execute(sql.SQL("UPDATE {} SET {} WHERE sector_id = %s AND version IS NOT DISTINCT FROM %s "
                                 "RETURNING version").format(self._table("sectors"), assignments),
                         (*values.values(), sector_id, read_version))
        if self.cur.fetchone() is not None:
            return
        self.cur.execute(sql.SQL("SELECT version, updated_by, updated_at FROM {} WHERE sector_id = %s").format(
            self._table("sectors")), (sector_id,))
        row = self.cur.fetchone()
        if row is None:
            raise WorkspaceError(tr("Sector {sector} no longer exists in the workspace.").format(sector=sector_id))
        version, user, when = row
        when_text = when.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ") if when else None
        raise SectorConflictError(conflict_message(sector_id, user, when_text, version), sector_id, user,
                                  when_text, version)

    def audit_entries(self, layer_name: str, feature_keys: Sequence[str]) -> list[marking.AuditEntry]:
        sql, _ = _sql()
        schema.layer(layer_name)
        self.cur.execute(sql.SQL(
            "SELECT ts, user_name, layer, feature_key, field, old_value, new_value FROM {} "
            "WHERE layer = %s AND feature_key = ANY(%s) ORDER BY ts, fid").format(self._table("audit_log")),
            (layer_name, list(feature_keys)))
        return [marking.AuditEntry(ts.astimezone(dt.timezone.utc) if ts.tzinfo else ts.replace(tzinfo=dt.timezone.utc),
                                   user, layer, key, name, old, new)
                for ts, user, layer, key, name, old, new in self.cur.fetchall()]

    def _note(self, entries: Sequence[marking.AuditEntry]) -> None:
        sql, q = _sql()
        for e in entries:
            self.cur.execute(sql.SQL("SELECT {}(%s, %s, %s, %s, %s)").format(self._table(q.NOTE_FUNCTION)),
                             (e.layer, e.feature_key, e.field, e.old_value, e.new_value))


def _hex_ewkb(item) -> list[str]:
    geometry = item.geometry
    if isinstance(geometry, np.ndarray) and geometry.dtype.kind in "fiu":
        geometry = shapely.points(geometry)
    geometry = shapely.set_srid(np.asarray(geometry, dtype=object), schema.STORAGE_EPSG)
    return shapely.to_wkb(geometry, hex=True, include_srid=True, output_dimension=2).tolist()


def _csv(value: Any, kind: str) -> str:
    """One field of COPY ... (FORMAT csv): NULL empty and unquoted, text always quoted."""
    if value is None:
        return ""
    if kind == "datetime":
        return '"' + str(value).rstrip("Z") + '+00"'  # the writer's UTC time without a zone
    if kind in ("int", "real", "geometry"):
        return str(value)
    return '"' + str(value).replace('"', '""') + '"'


def update_sector(db, schema_name: str, sector_id: str, read_version: int, changes: Mapping[str, Any]) -> int:
    """Save changes to one sector read at ``read_version`` (the optimistic lock: version + 1); the new version.

    Committed on success; a SectorConflictError names who changed the sector meanwhile.
    """
    import psycopg2

    unknown = sorted(set(changes) - set(pgw.MARKABLE_FIELDS))
    if unknown:
        raise WorkspaceError(tr("Marking cannot change the sector field(s) {fields}.").format(
            fields=", ".join(unknown)))
    try:
        with pgw.transaction(db) as cur:
            PgTransaction(schema_name, cur)._update_sector(
                sector_id, int(read_version), {**changes, "version": int(read_version) + 1})
    except psycopg2.Error as exc:
        conflict = pgw.conflict_from_error(exc)
        if conflict is not None:
            raise conflict from exc
        text = (getattr(exc.diag, "message_primary", None) or str(exc)).strip()
        raise WorkspaceError(tr("Sector {sector} was not saved: {error}").format(sector=sector_id, error=text)) from exc
    return int(read_version) + 1
