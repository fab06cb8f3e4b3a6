"""The PostGIS dialect of the workspace: one PostgreSQL schema holding the current schema.

Rendered from the same migration steps as the GeoPackage (core/migrations.py), each create or
upgrade in one transaction. The database itself enforces what must hold for every client (QGIS's
edit buffer, the plugin, plain SQL): allowed values (CHECK), unique ids, optimistic locking of
sectors (a BEFORE UPDATE trigger: an edit must raise ``version`` by one from the version it read)
and the audit log (an AFTER UPDATE trigger, one row per changed field). Roles: reader, editor, admin.

Statements are executed with psycopg2 (it ships with QGIS on Windows and Debian); a user's QGIS
connection supplies the connection parameters, with credentials taken from QGIS's authentication
manager in memory only.
"""

from __future__ import annotations

import json
import re
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Iterator

from ..compat import WkbType
from ..core import schema
from ..core.migrations import steps
from ..core.text import tr
from .errors import WorkspaceError
from .store import SectorConflictError, WorkspaceStore

try:
    import psycopg2
    from psycopg2 import sql

    from . import postgis_sql as q
except ImportError:  # pragma: no cover - psycopg2 ships with QGIS; the message says what to install
    psycopg2 = None
    sql = None
    q = None

PROVIDER = "postgres"
#: How the WORKSPACE parameter names a PostGIS workspace: postgres:CONNECTION/SCHEMA.
PARAMETER_PREFIX = "postgres:"
#: Fields of sectors that marking may change (the rest is the database's bookkeeping).
MARKABLE_FIELDS = ("status", "method", "team", "status_date", "depth_cm")
#: Roles, weakest first.
LEVELS = ("none", "reader", "editor", "admin")


def require_psycopg2() -> None:
    """Raise a WorkspaceError that says what to install when psycopg2 is missing."""
    if psycopg2 is None:
        raise WorkspaceError(tr(
            "PostgreSQL workspaces need the Python package psycopg2, which this QGIS lacks. Install "
            "python3-psycopg2 (Debian/Ubuntu) or 'pip install psycopg2-binary' in the OSGeo4W shell."
        ))


# -- the workspace ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class PgWorkspace(WorkspaceStore):
    """An open, current workspace in a PostgreSQL schema.

    ``connection`` is the name of the user's QGIS PostgreSQL connection (empty when opened from a
    plain connection string); ``conninfo`` is its connection part without any password.
    """

    schema: str
    schema_version: int
    connection: str = ""
    conninfo: str = ""
    provider: str = PROVIDER

    @property
    def name(self) -> str:
        return f"{self.connection} / {self.schema}" if self.connection else self.schema

    def uri(self, layer_name: str) -> str:
        """The data source URI of one layer (what QgsVectorLayer takes with provider 'postgres')."""
        return layer_uri(self.conninfo, self.schema, layer_name)

    def parameter_value(self) -> str:
        """'postgres:CONNECTION/SCHEMA' (workspace/locate.py reads it back)."""
        if not self.connection:
            raise WorkspaceError(tr(
                'The workspace "{schema}" was not opened through a QGIS connection; algorithms reach a PostGIS '
                "workspace by its connection's name."
            ).format(schema=self.schema))
        return f"{PARAMETER_PREFIX}{self.connection}/{self.schema}"

    def check_writable(self, layer_names=()) -> None:
        from .pg_store import workspace_connection

        db = workspace_connection(self)
        try:
            rights = access(db, self.schema)
        finally:
            db.close()
        if rights.read_only:
            raise WorkspaceError(rights.message())

    def _begin(self):
        from .pg_store import begin

        return begin(self)


def layer_uri(conninfo: str, schema_name: str, layer_name: str) -> str:
    """A 'postgres' provider URI for a workspace layer; quoting by QgsDataSourceUri, never by hand."""
    from qgis.core import QgsDataSourceUri

    lyr = schema.layer(layer_name)
    uri = QgsDataSourceUri(conninfo)
    uri.setPassword("")
    geometry = q.GEOMETRY_COLUMN if lyr.geometry else ""
    uri.setDataSource(schema_name, layer_name, geometry, "", q.FID)
    uri.setKeyColumn(q.FID)
    if lyr.geometry:
        uri.setSrid(str(schema.STORAGE_EPSG))
        uri.setWkbType(WkbType.Polygon if lyr.geometry == "Polygon" else WkbType.Point)
    return uri.uri(False)


@contextmanager
def transaction(db) -> Iterator[Any]:
    """A cursor inside one transaction: committed when the block succeeds, rolled back otherwise."""
    if db.autocommit:
        cur = db.cursor()
        cur.execute("BEGIN")
        try:
            yield cur
        except BaseException:
            cur.execute("ROLLBACK")
            raise
        cur.execute("COMMIT")
        return
    try:
        with db.cursor() as cur:
            yield cur
        db.commit()
    except BaseException:
        db.rollback()
        raise


def create_workspace(db, schema_name: str, connection: str = "", conninfo: str = "") -> PgWorkspace:
    """Create a new workspace in ``schema_name`` (a new or empty schema) in one transaction.

    Refuses to touch a schema that already holds tables: ClearGround never overwrites data.
    """
    require_psycopg2()
    try:
        with transaction(db) as cur:
            create_in(cur, schema_name)
    except psycopg2.Error as exc:
        raise _database_error(tr("The workspace could not be created in schema \"{schema}\""),
                              schema_name, exc) from exc
    return PgWorkspace(schema_name, schema.SCHEMA_VERSION, connection, conninfo)


def create_in(cur, schema_name: str) -> None:
    """Create the workspace's tables, constraints and triggers with ``cur``, inside the caller's transaction."""
    _check_schema_name(schema_name)
    _require_postgis(cur)
    cur.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (schema_name,))
    if _schema_exists(cur, schema_name):
        if _has_meta(cur, schema_name):
            raise WorkspaceError(tr(
                'The PostgreSQL schema "{schema}" is already a ClearGround workspace: open it instead.'
            ).format(schema=schema_name))
        cur.execute(
            "SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n "
            "ON n.oid = c.relnamespace WHERE n.nspname = %s AND c.relkind IN ('r', 'v', 'm', 'p', 'f')",
            (schema_name,))
        if cur.fetchone()[0]:
            raise WorkspaceError(tr(
                'The PostgreSQL schema "{schema}" already holds tables; ClearGround never writes into '
                "them. Choose a new schema name."
            ).format(schema=schema_name))
    else:
        cur.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(schema_name)))
    for statement in q.meta_sql(schema_name):
        cur.execute(statement)
    _migrate(cur, schema_name, from_version=0)


def open_workspace(db, schema_name: str, upgrade: bool = True, connection: str = "",
                   conninfo: str = "") -> PgWorkspace:
    """Open a workspace, upgrading an older one (in one transaction) when ``upgrade`` is true."""
    version = inspect_workspace(db, schema_name)
    if version < schema.SCHEMA_VERSION:
        if not upgrade:
            raise WorkspaceError(tr(
                'The PostgreSQL schema "{schema}" is a schema v{version} workspace; it must be upgraded to '
                "v{current} before use."
            ).format(schema=schema_name, version=version, current=schema.SCHEMA_VERSION))
        upgrade_workspace(db, schema_name)
    elif upgrade:
        _renew_rules(db, schema_name)
    return PgWorkspace(schema_name, schema.SCHEMA_VERSION, connection, conninfo)


def _renew_rules(db, schema_name: str) -> None:
    """Give a workspace made before them the database rules of this version (its owner only: others
    keep the rules it has until its administrator opens it).

    Rules are older when a trigger is missing or a rule function's source differs from this version's.
    """
    bodies = q.function_bodies()
    with transaction(db) as cur:
        cur.execute(
            "SELECT pg_has_role(n.nspowner, 'USAGE'), EXISTS (SELECT 1 FROM pg_catalog.pg_trigger t "
            "JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid WHERE c.relnamespace = n.oid AND "
            "c.relname = 'sectors' AND t.tgname = 'cg_audit_insert'), "
            "ARRAY(SELECT p.proname || chr(31) || p.prosrc FROM pg_catalog.pg_proc p "
            "WHERE p.pronamespace = n.oid AND p.proname = ANY(%s)) "
            "FROM pg_catalog.pg_namespace n WHERE n.nspname = %s", (list(bodies), schema_name))
        owner, triggers, sources = cur.fetchone()
        found = dict(item.split(chr(31), 1) for item in sources)
        if owner and not (triggers and found == bodies):
            for statement in q.trigger_sql(schema_name):
                cur.execute(statement)


def upgrade_workspace(db, schema_name: str) -> int:
    """Bring a workspace to the current schema version through the same steps() as the GeoPackage.

    One transaction: a failure part-way leaves the schema exactly as it was.
    """
    require_psycopg2()
    try:
        with transaction(db) as cur:
            cur.execute(sql.SQL("LOCK TABLE {} IN EXCLUSIVE MODE").format(q.table(schema_name, schema.META_TABLE)))
            version = _read_version(cur, schema_name)
            if version > schema.SCHEMA_VERSION:
                raise WorkspaceError(_newer_message(schema_name, version))
            if version < schema.SCHEMA_VERSION:
                _migrate(cur, schema_name, from_version=version)
    except psycopg2.Error as exc:
        raise _database_error(tr("The workspace in schema \"{schema}\" was left unchanged"),
                              schema_name, exc) from exc
    return schema.SCHEMA_VERSION


def inspect_workspace(db, schema_name: str) -> int:
    """Check a schema is a healthy ClearGround workspace and return its schema version (read-only)."""
    require_psycopg2()
    try:
        with transaction(db) as cur:
            if not _schema_exists(cur, schema_name):
                raise WorkspaceError(tr('The PostgreSQL schema "{schema}" does not exist.').format(schema=schema_name))
            if not _has_meta(cur, schema_name):
                tables = _table_names(cur, schema_name)
                if tables:
                    named = ", ".join(tables[:4]) + (" …" if len(tables) > 4 else "")
                    what = tr('The PostgreSQL schema "{schema}" holds the tables {tables}, not a ClearGround '
                              "workspace.").format(schema=schema_name, tables=named)
                else:
                    what = tr('The PostgreSQL schema "{schema}" is empty, not a ClearGround workspace.').format(
                        schema=schema_name)
                raise WorkspaceError(what + " " + tr(
                    "Choose the schema of a workspace, or make one: open a GeoPackage workspace and copy it there "
                    "(Workspace ▸ Copy to PostGIS…); this schema is left as it is."))
            version = _read_version(cur, schema_name)
            if version > schema.SCHEMA_VERSION:
                raise WorkspaceError(_newer_message(schema_name, version))
            if version == schema.SCHEMA_VERSION:
                _check_layers(cur, schema_name)
    except psycopg2.Error as exc:
        raise _database_error(tr("The schema \"{schema}\" cannot be read"), schema_name, exc) from exc
    return version


def workspace_schemas(db) -> list[str]:
    """The schemas of this database that are ClearGround workspaces (hold a cg_meta table)."""
    require_psycopg2()
    with transaction(db) as cur:
        cur.execute(
            "SELECT n.nspname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
            "WHERE c.relname = %s AND c.relkind = 'r' AND has_schema_privilege(n.oid, 'USAGE') ORDER BY 1",
            (schema.META_TABLE,))
        return [row[0] for row in cur.fetchall()]


def _migrate(cur, schema_name: str, from_version: int) -> None:
    for version, ops in steps(from_version):
        for op in ops:
            for statement in q.operation_sql(schema_name, op):
                cur.execute(statement)
        cur.execute(q.set_version_sql(schema_name), (str(version),))
    for statement in q.trigger_sql(schema_name):
        cur.execute(statement)


def _check_schema_name(schema_name: str) -> None:
    if not isinstance(schema_name, str) or not schema_name.strip():
        raise WorkspaceError(tr("Give the PostgreSQL schema of the workspace a name."))
    if len(schema_name.encode("utf-8")) > 63:
        raise WorkspaceError(tr(
            'The schema name "{schema}" is too long: PostgreSQL names hold at most 63 bytes.'
        ).format(schema=schema_name))
    if "\x00" in schema_name:
        raise WorkspaceError(tr("A schema name cannot contain a NUL character."))


def _require_postgis(cur) -> None:
    cur.execute("SELECT extversion FROM pg_catalog.pg_extension WHERE extname = 'postgis'")
    if cur.fetchone() is None:
        cur.execute("SELECT current_database()")
        raise WorkspaceError(tr(
            'PostGIS is not installed in the database "{database}". Ask its administrator to run '
            "CREATE EXTENSION postgis; in it."
        ).format(database=cur.fetchone()[0]))


def _schema_exists(cur, schema_name: str) -> bool:
    cur.execute("SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = %s", (schema_name,))
    return cur.fetchone() is not None


def _table_names(cur, schema_name: str) -> list[str]:
    cur.execute(
        "SELECT c.relname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = %s AND c.relkind IN ('r', 'v', 'm', 'p') ORDER BY c.relname", (schema_name,))
    return [r[0] for r in cur.fetchall()]


def _has_meta(cur, schema_name: str) -> bool:
    cur.execute(
        "SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = %s AND c.relname = %s AND c.relkind = 'r'", (schema_name, schema.META_TABLE))
    return cur.fetchone() is not None


def _read_version(cur, schema_name: str) -> int:
    cur.execute(sql.SQL("SELECT value FROM {} WHERE key = 'schema_version'").format(
        q.table(schema_name, schema.META_TABLE)))
    row = cur.fetchone()
    try:
        version = int(row[0]) if row else -1
    except (TypeError, ValueError):
        version = -1
    if version < 0:
        raise WorkspaceError(tr('The schema "{schema}": {meta} has no valid schema_version.').format(
            schema=schema_name, meta=schema.META_TABLE))
    return version


def _newer_message(schema_name: str, version: int) -> str:
    return tr(
        'The workspace in schema "{schema}" was made by a newer ClearGround (schema v{version}); this version '
        "reads up to v{current}. Update the plugin to open it."
    ).format(schema=schema_name, version=version, current=schema.SCHEMA_VERSION)


def _check_layers(cur, schema_name: str) -> None:
    cur.execute(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = %s", (schema_name,))
    columns: dict[str, set[str]] = {}
    for table_name, column in cur.fetchall():
        columns.setdefault(table_name, set()).add(column)
    for lyr in schema.LAYERS:
        if lyr.name not in columns:
            raise WorkspaceError(tr('The workspace in schema "{schema}" is damaged: the layer {layer} is missing.')
                                 .format(schema=schema_name, layer=lyr.name))
        missing = [f for f in lyr.field_names if f not in columns[lyr.name]]
        if missing:
            raise WorkspaceError(tr(
                'The workspace in schema "{schema}" is damaged: the layer {layer} lacks the field(s) {fields}.'
            ).format(schema=schema_name, layer=lyr.name, fields=", ".join(missing)))


def _database_error(prefix: str, schema_name: str, exc: Exception) -> WorkspaceError:
    text = (getattr(getattr(exc, "diag", None), "message_primary", None) or str(exc)).strip()
    return WorkspaceError(prefix.format(schema=schema_name) + ": " + text)


# -- roles -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Roles:
    """The three group roles of one workspace."""

    reader: str
    editor: str
    admin: str

    def of(self, level: str) -> str:
        return {"reader": self.reader, "editor": self.editor, "admin": self.admin}[level]


def default_roles(schema_name: str) -> Roles:
    """Role names derived from the schema name (each within PostgreSQL's 63 bytes)."""
    def name(suffix: str) -> str:
        base = schema_name.encode("utf-8")[: 63 - len(suffix)].decode("utf-8", "ignore")
        return base + suffix
    return Roles(name("_reader"), name("_editor"), name("_admin"))


#: What the editor role may change: marking sectors, triage of discrepancies, adding finds.
EDITOR_UPDATES = {
    "sectors": MARKABLE_FIELDS + q.BOOKKEEPING if q else (),
    "discrepancies": ("status", "note"),
}
EDITOR_INSERTS = ("finds",)


def setup_roles(db, schema_name: str, roles: Roles | None = None) -> Roles:
    """Create (if missing) the reader, editor and admin roles of a workspace and grant their rights.

    The admin role owns the schema, its tables and functions: only it can change the schema. The
    editor may mark sectors, triage discrepancies and insert finds; the reader may only read. Run by
    a superuser (or a role that may create roles and is a member of the admin role).
    """
    require_psycopg2()
    roles = roles or default_roles(schema_name)
    inspect_workspace(db, schema_name)
    s = sql.Identifier(schema_name)
    reader, editor, admin = (sql.Identifier(r) for r in (roles.reader, roles.editor, roles.admin))
    try:
        with transaction(db) as cur:
            for role in (roles.reader, roles.editor, roles.admin):
                cur.execute("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = %s", (role,))
                if cur.fetchone() is None:
                    cur.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(role)))
            cur.execute(sql.SQL("ALTER SCHEMA {} OWNER TO {}").format(s, admin))
            for name in (*schema.LAYER_NAMES, schema.META_TABLE):
                cur.execute(sql.SQL("ALTER TABLE {} OWNER TO {}").format(q.table(schema_name, name), admin))
            for fn, signature in ((q.AUDIT_FUNCTION, "()"), (q.ROWS_FUNCTION, "()"), (q.VERSION_FUNCTION, "()"),
                                  (q.NOTE_FUNCTION, q.NOTE_SIGNATURE)):
                cur.execute(sql.SQL("ALTER FUNCTION {}{} OWNER TO {}").format(
                    q.table(schema_name, fn), sql.SQL(signature), admin))
            cur.execute(sql.SQL("GRANT EXECUTE ON FUNCTION {}{} TO {}").format(
                q.table(schema_name, q.NOTE_FUNCTION), sql.SQL(q.NOTE_SIGNATURE), editor))
            cur.execute(sql.SQL("REVOKE ALL ON SCHEMA {} FROM PUBLIC").format(s))
            cur.execute(sql.SQL("GRANT USAGE ON SCHEMA {} TO {}, {}").format(s, reader, editor))
            cur.execute(sql.SQL("GRANT SELECT ON ALL TABLES IN SCHEMA {} TO {}, {}").format(s, reader, editor))
            for table_name, columns in EDITOR_UPDATES.items():
                cur.execute(sql.SQL("GRANT UPDATE ({}) ON {} TO {}").format(
                    sql.SQL(", ").join(sql.Identifier(c) for c in columns), q.table(schema_name, table_name), editor))
            for table_name in EDITOR_INSERTS:
                cur.execute(sql.SQL("GRANT INSERT ON {} TO {}").format(q.table(schema_name, table_name), editor))
            cur.execute(sql.SQL("GRANT USAGE ON ALL SEQUENCES IN SCHEMA {} TO {}").format(s, editor))
    except psycopg2.Error as exc:
        raise _database_error(tr("The roles of workspace \"{schema}\" could not be set up"),
                              schema_name, exc) from exc
    return roles


def grant_level(db, schema_name: str, login: str, level: str, roles: Roles | None = None) -> None:
    """Make the login role ``login`` a member of the workspace's reader, editor or admin role."""
    require_psycopg2()
    roles = roles or default_roles(schema_name)
    with transaction(db) as cur:
        cur.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(roles.of(level)), sql.Identifier(login)))


@dataclass(frozen=True)
class Access:
    """What the connected user may do in one workspace."""

    user: str
    schema: str
    can_read: bool
    can_mark: bool
    can_triage: bool
    can_add_finds: bool
    can_alter: bool

    @property
    def level(self) -> str:
        if self.can_alter:
            return "admin"
        if self.can_mark or self.can_triage or self.can_add_finds:
            return "editor"
        return "reader" if self.can_read else "none"

    @property
    def read_only(self) -> bool:
        return self.level in ("reader", "none")

    def message(self) -> str:
        """Why tools are disabled, for the dock; empty when the user may mark and triage."""
        if self.level == "none":
            return tr(
                'You ({user}) have no access to the workspace "{schema}". Ask its administrator for the '
                "reader or editor role."
            ).format(user=self.user, schema=self.schema)
        if self.read_only:
            return tr(
                'You ({user}) can read the workspace "{schema}" but not change it: marking sectors, '
                "triage of discrepancies and imports are disabled. Ask its administrator for the editor role."
            ).format(user=self.user, schema=self.schema)
        return ""


def access(db, schema_name: str) -> Access:
    """The connected user's rights in a workspace, from the database's own privilege checks."""
    require_psycopg2()
    with transaction(db) as cur:
        cur.execute(
            "SELECT session_user, has_schema_privilege(n.oid, 'USAGE'), pg_has_role(n.nspowner, 'USAGE') "
            "FROM pg_catalog.pg_namespace n WHERE n.nspname = %s", (schema_name,))
        row = cur.fetchone()
        if row is None:
            raise WorkspaceError(tr('The PostgreSQL schema "{schema}" does not exist.').format(schema=schema_name))
        user, usage, owner = row
        if not usage:
            return Access(user, schema_name, False, False, False, False, False)

        def column(table_name: str, column_name: str, what: str) -> bool:
            cur.execute("SELECT has_column_privilege(format('%%I.%%I', %s::text, %s::text), %s, %s)",
                        (schema_name, table_name, column_name, what))
            return bool(cur.fetchone()[0])

        def table_right(table_name: str, what: str) -> bool:
            cur.execute("SELECT has_table_privilege(format('%%I.%%I', %s::text, %s::text), %s)",
                        (schema_name, table_name, what))
            return bool(cur.fetchone()[0])

        return Access(
            user, schema_name,
            can_read=table_right("sectors", "SELECT"),
            can_mark=all(column("sectors", c, "UPDATE") for c in MARKABLE_FIELDS + ("version",)),
            can_triage=column("discrepancies", "status", "UPDATE") and column("discrepancies", "note", "UPDATE"),
            can_add_finds=table_right("finds", "INSERT"),
            can_alter=bool(owner),
        )


# -- marking with optimistic locking ---------------------------------------------------------------

_CONFLICT_JSON = re.compile(re.escape(q.CONFLICT_DETAIL) + r"(\{[^\n]*\})") if q else None
_CONFLICT_MESSAGE = re.compile(r"(Sector .*? (?:reload it and try again\.))", re.S)


def conflict_from_error(error: Any) -> SectorConflictError | None:
    """The conflict behind a database error (a psycopg2 error, or the text QGIS reports), else None.

    QGIS's postgres provider reports the server's message and DETAIL in its commit errors; the
    DETAIL carries the conflict as JSON after ``clearground-conflict``.
    """
    if q is None:
        return None
    if isinstance(error, BaseException):
        diag = getattr(error, "diag", None)
        if getattr(error, "pgcode", None) != q.CONFLICT_SQLSTATE or diag is None:
            return None
        message, detail = diag.message_primary or "", diag.message_detail or ""
    else:
        text = error if isinstance(error, str) else "\n".join(str(e) for e in error)
        found = _CONFLICT_MESSAGE.search(text)
        if not found or not _CONFLICT_JSON.search(text):
            return None
        message, detail = found.group(1), text
    match = _CONFLICT_JSON.search(detail)
    data = json.loads(match.group(1)) if match else {}
    sector, user, when = data.get("sector_id") or "", data.get("updated_by"), data.get("updated_at")
    if sector and user and when:  # the message in the user's language
        message = tr("Sector {sector} was changed by {user} at {time}; reload it and try again.").format(
            sector=sector, user=user, time=when.replace("T", " ")[:16] + " UTC")
    return SectorConflictError(message, sector, user, when, data.get("version"))


def mark_sector(db, schema_name: str, sector_id: str, read_version: int, changes: dict[str, Any]) -> int:
    """Save changes to one sector made from the version the client read; return the new version.

    The storage's optimistic lock only (pg_store.update_sector): what marking changes is decided by
    core.marking. A SectorConflictError names the sector, who changed it and when.
    """
    require_psycopg2()
    from .pg_store import update_sector

    return update_sector(db, schema_name, sector_id, read_version, changes)


def reload_sector(db, schema_name: str, sector_id: str) -> dict[str, Any] | None:
    """The sector as the database holds it now (every field, no geometry), or None if it is gone.

    What marking calls after a SectorConflictError when the user chooses "Reload": the returned
    ``version`` is the one the next edit must start from.
    """
    require_psycopg2()
    fields = schema.layer("sectors").field_names
    with transaction(db) as cur:
        cur.execute(sql.SQL("SELECT {}, {} FROM {} WHERE sector_id = %s").format(
            sql.Identifier(q.FID), sql.SQL(", ").join(sql.Identifier(f) for f in fields),
            q.table(schema_name, "sectors")), (sector_id,))
        row = cur.fetchone()
    if row is None:
        return None
    return dict(zip((q.FID, *fields), row))


def audit_note(db, schema_name: str, layer: str, feature_key: str, field: str, old_value: str | None,
               new_value: str | None) -> None:
    """Add one audit row that the database stamps with the user and time (e.g. a reason for a change).

    Editors may call it; they cannot write audit_log otherwise. Committed at once.
    """
    require_psycopg2()
    with transaction(db) as cur:
        cur.execute(sql.SQL("SELECT {}(%s, %s, %s, %s, %s)").format(q.table(schema_name, q.NOTE_FUNCTION)),
                    (layer, feature_key, field, old_value, new_value))


def reload_sector_feature(layer, sector_id: str):
    """Drop the QGIS layer's cached and buffered state of one sector and return it as stored now.

    For the map tool on a 'postgres' layer after a conflict: the buffered edit of that sector is
    rolled back (other buffered edits stay), the provider's cache is refreshed and the current
    feature (with its current ``version``) is returned, or None when the sector was deleted.
    """
    from qgis.core import QgsExpression, QgsFeatureRequest

    request = QgsFeatureRequest(QgsExpression(QgsExpression.createFieldEqualityExpression("sector_id", sector_id)))
    if layer.isEditable() and layer.editBuffer() is not None:
        buffer = layer.editBuffer()
        fids = [f.id() for f in layer.getFeatures(request)]
        for fid in fids:
            if fid in buffer.changedAttributeValues() or fid in buffer.changedGeometries():
                _revert_feature(layer, fid)
    layer.dataProvider().reloadData()
    layer.triggerRepaint()
    return next(layer.getFeatures(request), None)


def _revert_feature(layer, fid: int) -> None:
    """Put the provider's stored values back into the edit buffer of one feature."""
    from qgis.core import QgsFeatureRequest

    stored = next(layer.dataProvider().getFeatures(QgsFeatureRequest(fid)), None)
    if stored is None:
        return
    buffer = layer.editBuffer()
    for index in list(buffer.changedAttributeValues().get(fid, {}).keys()):
        layer.changeAttributeValue(fid, index, stored.attribute(index), skipDefaultValues=True)
    if fid in buffer.changedGeometries():
        layer.changeGeometry(fid, stored.geometry(), skipDefaultValue=True)


# -- QGIS connections ------------------------------------------------------------------------------

def connection_names() -> list[str]:
    """The names of the user's QGIS PostgreSQL connections."""
    from qgis.core import QgsProviderRegistry

    metadata = QgsProviderRegistry.instance().providerMetadata(PROVIDER)
    return sorted(metadata.connections().keys()) if metadata is not None else []


def qgis_connection(name: str):
    """The QGIS PostgreSQL connection called ``name``."""
    from qgis.core import QgsProviderRegistry

    metadata = QgsProviderRegistry.instance().providerMetadata(PROVIDER)
    try:
        conn = metadata.findConnection(name) if metadata is not None else None
    except Exception:  # noqa: BLE001 - QgsProviderConnectionException for an unknown name
        conn = None
    if conn is None:
        raise WorkspaceError(tr('There is no PostgreSQL connection called "{name}" in QGIS.').format(name=name))
    return conn


def connection_conninfo(name: str) -> str:
    """The connection part of a QGIS connection's URI, without any password (safe to store)."""
    from qgis.core import QgsDataSourceUri

    uri = QgsDataSourceUri(qgis_connection(name).uri())
    uri.setPassword("")
    return uri.connectionInfo(False)


def stores_plain_password(name: str) -> bool:
    """Whether a QGIS connection keeps its password in plain settings instead of an authcfg."""
    from qgis.core import QgsDataSourceUri

    uri = QgsDataSourceUri(qgis_connection(name).uri())
    return bool(uri.password()) and not uri.authConfigId()


#: The workspaces of a database with the connected user's rights in each: constant text, no
#: parameters, so it may run through QGIS's own connection API (executeSql).
WORKSPACES_SQL = """
SELECT n.nspname::text,
       has_schema_privilege(n.oid, 'USAGE'),
       pg_has_role(n.nspowner, 'USAGE'),
       coalesce(has_column_privilege(s.oid, 'status', 'UPDATE'), false),
       coalesce(has_table_privilege(s.oid, 'SELECT'), false),
       session_user::text
FROM pg_catalog.pg_class AS c
JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_class AS s ON s.relnamespace = n.oid AND s.relname = 'sectors' AND s.relkind = 'r'
WHERE c.relname = 'cg_meta' AND c.relkind = 'r'
ORDER BY 1
"""


@dataclass(frozen=True)
class WorkspaceEntry:
    """A workspace schema of a connection, and what the connected user may do in it."""

    schema: str
    level: str  # "admin", "editor", "reader" or "none"
    user: str


def list_workspaces(name: str) -> list[WorkspaceEntry]:
    """The ClearGround workspaces reachable through a QGIS connection, with the user's level in each.

    Runs through QGIS's own connection API (credentials from its authentication manager).
    """
    conn = qgis_connection(name)
    try:
        rows = conn.executeSql(WORKSPACES_SQL)
    except Exception as exc:  # noqa: BLE001 - QgsProviderConnectionException carries the server's text
        raise WorkspaceError(tr('Cannot list the workspaces of the QGIS connection "{name}": {error}').format(
            name=name, error=str(exc).strip())) from exc
    entries = []
    for schema_name, usage, owner, can_mark, can_read, user in rows:
        if _truthy(owner):
            level = "admin"
        elif _truthy(usage) and _truthy(can_mark):
            level = "editor"
        elif _truthy(usage) and _truthy(can_read):
            level = "reader"
        else:
            level = "none"
        entries.append(WorkspaceEntry(str(schema_name), level, str(user)))
    return entries


def _truthy(value: Any) -> bool:
    return value is True or str(value).lower() in ("true", "t", "1")


def connect(name: str):
    """A psycopg2 connection through a QGIS connection; an authcfg is expanded in memory only."""
    require_psycopg2()
    from qgis.core import QgsDataSourceUri

    uri = QgsDataSourceUri(qgis_connection(name).uri())
    try:
        return psycopg2.connect(uri.connectionInfo(True), application_name="ClearGround")
    except psycopg2.Error as exc:
        raise WorkspaceError(tr('Cannot connect with the QGIS connection "{name}": {error}').format(
            name=name, error=str(exc).strip())) from exc


def open_connection_workspace(name: str, schema_name: str, upgrade: bool = True) -> PgWorkspace:
    """Open the workspace in ``schema_name`` through the QGIS connection ``name``."""
    db = connect(name)
    try:
        return open_workspace(db, schema_name, upgrade, connection=name, conninfo=connection_conninfo(name))
    finally:
        db.close()


def _sql_identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _sql_literal(value: object) -> str:
    """A PostgreSQL string literal (E'' form: right whatever standard_conforming_strings says)."""
    if value is None:
        return "NULL"
    text = str(value)
    if "\x00" in text:
        raise ValueError("text with a NUL character cannot be stored")
    return "E'" + text.replace("\\", "\\\\").replace("'", "''") + "'"


def note_through_layer(layer, layer_name: str, feature_key: str, field: str, old_value: str | None,
                       new_value: str | None) -> None:
    """audit_note through the QGIS connection of a 'postgres' layer (its authcfg; no psycopg2 needed)."""
    from qgis.core import QgsDataSourceUri, QgsProviderRegistry

    uri = QgsDataSourceUri(layer.source())
    connection = QgsProviderRegistry.instance().providerMetadata("postgres").createConnection(uri.uri(False), {})
    args = ", ".join(_sql_literal(v) for v in (layer_name, feature_key, field, old_value, new_value))
    connection.executeSql(
        f"SELECT {_sql_identifier(uri.schema())}.{_sql_identifier(q.NOTE_FUNCTION if q else 'cg_audit_note')}({args})"
    )
