"""Roles, the audit trigger and optimistic locking of sectors, enforced by the database itself."""

from __future__ import annotations

import datetime as dt
import random
import threading

import psycopg2
import pytest
from psycopg2 import sql

from clearground.workspace import WorkspaceError
from clearground.workspace import postgis as pgw

PASSWORD = "cg-test-login"


def _table(schema_name: str, name: str) -> sql.Composed:
    return sql.SQL("{}.{}").format(sql.Identifier(schema_name), sql.Identifier(name))


def _execute(db, query, params=()):
    try:
        with db.cursor() as cur:
            cur.execute(query, params)
            rows = cur.fetchall() if cur.description else None
        db.commit()
    except Exception:
        db.rollback()
        raise
    return rows


def _login_role(pg, login: str) -> None:
    """A login role of the cluster (shared by the tests; created once)."""
    if not _execute(pg, "SELECT 1 FROM pg_roles WHERE rolname = %s", (login,)):
        _execute(pg, sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(sql.Identifier(login), sql.Literal(PASSWORD)))


@pytest.fixture
def workspace(pg, schema_name):
    """A workspace with roles, three sectors, a discrepancy, and three analysts: reader, editor, admin."""
    pgw.create_workspace(pg, schema_name)
    roles = pgw.setup_roles(pg, schema_name)
    for login in ("rita", "anna", "boris", "adam"):
        _login_role(pg, login)
    pgw.grant_level(pg, schema_name, "rita", "reader")
    pgw.grant_level(pg, schema_name, "anna", "editor")
    pgw.grant_level(pg, schema_name, "boris", "editor")
    pgw.grant_level(pg, schema_name, "adam", "admin")
    for i in range(3):
        _execute(pg, sql.SQL("INSERT INTO {} (sector_id, parent_id, geom) VALUES (%s, 'R12', "
                             "ST_GeomFromText(%s, 4326))").format(_table(schema_name, "sectors")),
                 (f"R12-0-{i}", f"POLYGON(({i} 0, {i + 1} 0, {i + 1} 1, {i} 1, {i} 0))"))
    _execute(pg, sql.SQL("INSERT INTO {} (flag_id, kind, severity, geom) VALUES ('D1', 'missing_mines', 'high', "
                         "ST_GeomFromText('POINT(0.5 0.5)', 4326))").format(_table(schema_name, "discrepancies")))
    return schema_name, roles


def _as(pg_cluster, login):
    return pg_cluster.connect(login, PASSWORD)


def test_reader_sees_everything_and_changes_nothing(pg_cluster, workspace):
    schema_name, _ = workspace
    con = _as(pg_cluster, "rita")
    try:
        for layer in ("sectors", "discrepancies", "finds", "audit_log", "minefield_records", "cg_meta"):
            _execute(con, sql.SQL("SELECT * FROM {}").format(_table(schema_name, layer)))
        assert len(_execute(con, sql.SQL("SELECT * FROM {}").format(_table(schema_name, "sectors")))) == 3
        forbidden = [
            sql.SQL("UPDATE {} SET status = 'cleared', version = 2").format(_table(schema_name, "sectors")),
            sql.SQL("UPDATE {} SET status = 'resolved'").format(_table(schema_name, "discrepancies")),
            sql.SQL("INSERT INTO {} (find_id) VALUES ('F9')").format(_table(schema_name, "finds")),
            sql.SQL("DELETE FROM {}").format(_table(schema_name, "sectors")),
            sql.SQL("INSERT INTO {} (ts) VALUES (now())").format(_table(schema_name, "audit_log")),
            sql.SQL("ALTER TABLE {} ADD COLUMN x int").format(_table(schema_name, "sectors")),
            sql.SQL("CREATE TABLE {} (x int)").format(_table(schema_name, "mine")),
        ]
        for statement in forbidden:
            with pytest.raises(psycopg2.errors.InsufficientPrivilege):
                _execute(con, statement)
        rights = pgw.access(con, schema_name)
        assert (rights.level, rights.read_only, rights.user) == ("reader", True, "rita")
        assert "marking sectors" in rights.message() and "rita" in rights.message()
    finally:
        con.close()


def test_editor_marks_triages_and_adds_finds_but_cannot_alter(pg_cluster, pg, workspace):
    schema_name, _ = workspace
    con = _as(pg_cluster, "anna")
    try:
        assert pgw.mark_sector(con, schema_name, "R12-0-0", 1, {"status": "cleared", "team": "T1"}) == 2
        _execute(con, sql.SQL("UPDATE {} SET status = 'acknowledged', note = 'checked' WHERE flag_id = 'D1'").format(
            _table(schema_name, "discrepancies")))
        _execute(con, sql.SQL("INSERT INTO {} (find_id, category, geom) VALUES ('F1', 'AP', "
                              "ST_GeomFromText('POINT(0.5 0.5)', 4326))").format(_table(schema_name, "finds")))
        forbidden = [
            sql.SQL("ALTER TABLE {} ADD COLUMN x int").format(_table(schema_name, "sectors")),
            sql.SQL("DROP TABLE {}").format(_table(schema_name, "finds")),
            sql.SQL("UPDATE {} SET geom = NULL, version = 3").format(_table(schema_name, "sectors")),
            sql.SQL("UPDATE {} SET kind = 'surplus_mines'").format(_table(schema_name, "discrepancies")),
            sql.SQL("UPDATE {} SET district = 'x'").format(_table(schema_name, "minefield_records")),
            sql.SQL("INSERT INTO {} (ts) VALUES (now())").format(_table(schema_name, "audit_log")),
            sql.SQL("DELETE FROM {}").format(_table(schema_name, "audit_log")),
            sql.SQL("UPDATE {} SET value = '9'").format(_table(schema_name, "cg_meta")),
        ]
        for statement in forbidden:
            with pytest.raises(psycopg2.errors.InsufficientPrivilege):
                _execute(con, statement)
        pgw.audit_note(con, schema_name, "sectors", "R12-0-0", "reason", "cleared", "re-survey; it's \"wrong\"")
        rights = pgw.access(con, schema_name)
        assert (rights.level, rights.can_mark, rights.can_triage, rights.can_add_finds, rights.can_alter) == (
            "editor", True, True, True, False)
        assert rights.message() == ""
    finally:
        con.close()
    notes = _execute(pg, sql.SQL("SELECT user_name, field, old_value, new_value FROM {} WHERE field = 'reason'")
                     .format(_table(schema_name, "audit_log")))
    assert notes == [("anna", "reason", "cleared", "re-survey; it's \"wrong\"")]
    admin = _as(pg_cluster, "adam")
    try:
        _execute(admin, sql.SQL("ALTER TABLE {} ADD COLUMN condition text").format(_table(schema_name, "finds")))
        assert pgw.access(admin, schema_name).level == "admin"
    finally:
        admin.close()


def test_outside_sql_update_is_audited_one_row_per_field(pg_cluster, pg, workspace):
    schema_name, _ = workspace
    con = _as(pg_cluster, "boris")
    try:
        before = _execute(con, "SELECT now()")[0][0]
        _execute(con, sql.SQL("UPDATE {} SET status = 'cleared', team = 'Team 3', method = 'manual', version = 2 "
                              "WHERE sector_id = 'R12-0-1'").format(_table(schema_name, "sectors")))
        _execute(con, sql.SQL("UPDATE {} SET status = 'resolved' WHERE flag_id = 'D1'").format(
            _table(schema_name, "discrepancies")))
    finally:
        con.close()
    rows = _execute(pg, sql.SQL("SELECT user_name, layer, feature_key, field, old_value, new_value, ts FROM {} "
                                "WHERE field <> '(inserted)' ORDER BY fid").format(_table(schema_name, "audit_log")))
    assert [r[:6] for r in rows] == [
        ("boris", "sectors", "R12-0-1", "status", "planned", "cleared"),
        ("boris", "sectors", "R12-0-1", "method", None, "manual"),
        ("boris", "sectors", "R12-0-1", "team", None, "Team 3"),
        ("boris", "sectors", "R12-0-1", "version", "1", "2"),
        ("boris", "discrepancies", "D1", "status", "open", "resolved"),
    ]
    assert all(before <= r[6] <= dt.datetime.now(dt.timezone.utc) + dt.timedelta(seconds=5) for r in rows)
    sector = pgw.reload_sector(pg, schema_name, "R12-0-1")
    assert (sector["version"], sector["updated_by"]) == (2, "boris")
    assert sector["updated_at"] == rows[0][6]


def test_a_stale_edit_is_refused_naming_sector_user_and_time(pg_cluster, pg, workspace):
    schema_name, _ = workspace
    anna, boris = _as(pg_cluster, "anna"), _as(pg_cluster, "boris")
    try:
        read_by_anna = pgw.reload_sector(anna, schema_name, "R12-0-2")["version"]
        read_by_boris = pgw.reload_sector(boris, schema_name, "R12-0-2")["version"]
        assert pgw.mark_sector(anna, schema_name, "R12-0-2", read_by_anna, {"status": "in_progress"}) == 2
        with pytest.raises(pgw.SectorConflictError) as caught:
            pgw.mark_sector(boris, schema_name, "R12-0-2", read_by_boris, {"status": "cancelled"})
        conflict = caught.value
        stored = pgw.reload_sector(boris, schema_name, "R12-0-2")
        when = stored["updated_at"].astimezone(dt.timezone.utc).strftime("%Y-%m-%d %H:%M")
        assert str(conflict) == f"Sector R12-0-2 was changed by anna at {when} UTC; reload it and try again."
        assert (conflict.sector_id, conflict.changed_by, conflict.version) == ("R12-0-2", "anna", 2)
        # the choice to reload: start again from the stored version
        assert stored["status"] == "in_progress"
        assert pgw.mark_sector(boris, schema_name, "R12-0-2", stored["version"], {"status": "cancelled"}) == 3
        # a plain update that does not raise the version is refused too (no silent overwrite from outside)
        with pytest.raises(psycopg2.Error, match="Sector R12-0-2 was changed by boris"):
            _execute(pg, sql.SQL("UPDATE {} SET status = 'planned' WHERE sector_id = 'R12-0-2'").format(
                _table(schema_name, "sectors")))
        with pytest.raises(psycopg2.Error, match="must raise its version from 1 to 2"):
            _execute(pg, sql.SQL("UPDATE {} SET team = 'x' WHERE sector_id = 'R12-0-0'").format(
                _table(schema_name, "sectors")))
        with pytest.raises(WorkspaceError, match="no longer exists"):
            pgw.mark_sector(anna, schema_name, "R99", 1, {"status": "cleared"})
        with pytest.raises(WorkspaceError, match="cannot change the sector field"):
            pgw.mark_sector(anna, schema_name, "R12-0-0", 1, {"version": 7})
    finally:
        anna.close()
        boris.close()


def test_conflict_is_recognised_in_the_text_qgis_reports():
    text = ("ERROR: PostGIS error while changing attributes: ERROR:  Sector R1-2 was changed by anna at "
            "2026-11-23 09:12 UTC; reload it and try again.\nDETAIL:  clearground-conflict {\"sector_id\" : "
            "\"R1-2\", \"version\" : 4, \"attempted_version\" : 4, \"updated_by\" : \"anna\", "
            "\"updated_at\" : \"2026-11-23T09:12:01Z\"}")
    conflict = pgw.conflict_from_error([text])
    assert str(conflict) == "Sector R1-2 was changed by anna at 2026-11-23 09:12 UTC; reload it and try again."
    assert (conflict.sector_id, conflict.changed_by, conflict.changed_at, conflict.version) == (
        "R1-2", "anna", "2026-11-23T09:12:01Z", 4)
    assert pgw.conflict_from_error(["ERROR: permission denied for table sectors"]) is None


def test_concurrent_marking_loses_no_update(pg_cluster, pg, schema_name):
    """Two analysts mark overlapping sectors in opposite orders, many rounds, in parallel threads."""
    pgw.create_workspace(pg, schema_name)
    pgw.setup_roles(pg, schema_name)
    for login in ("anna", "boris"):
        _login_role(pg, login)
        pgw.grant_level(pg, schema_name, login, "editor")
    sector_ids = [f"S-{i}" for i in range(8)]
    for i, sid in enumerate(sector_ids):
        _execute(pg, sql.SQL("INSERT INTO {} (sector_id, geom) VALUES (%s, ST_MakeEnvelope(%s, 0, %s, 1, 4326))")
                 .format(_table(schema_name, "sectors")), (sid, i, i + 1))
    rounds = 25
    # anna marks S-0..S-5 upwards, boris S-2..S-7 downwards: S-2..S-5 are contested every round
    plans = {"anna": sector_ids[:6], "boris": list(reversed(sector_ids[2:]))}
    outcomes: list[tuple[int, str, str, str, int]] = []  # (round, who, sector, result, read_version)
    lock = threading.Lock()
    barrier = threading.Barrier(2)
    errors: list[BaseException] = []

    def analyst(who: str, seed: int) -> None:
        rng = random.Random(seed)
        con = _as(pg_cluster, who)
        try:
            for rnd in range(rounds):
                read = {sid: pgw.reload_sector(con, schema_name, sid)["version"] for sid in plans[who]}
                barrier.wait()
                for sid in plans[who]:
                    team = f"{who}-{rnd}"
                    status = rng.choice(["in_progress", "cleared", "reduced"])
                    try:
                        pgw.mark_sector(con, schema_name, sid, read[sid], {"status": status, "team": team})
                        result = "saved"
                    except pgw.SectorConflictError as exc:
                        assert exc.sector_id == sid and exc.changed_by in ("anna", "boris")
                        result = "conflict"
                    with lock:
                        outcomes.append((rnd, who, sid, result, read[sid]))
                barrier.wait()
        except BaseException as exc:  # noqa: BLE001 - reported to the main thread
            errors.append(exc)
            barrier.abort()
        finally:
            con.close()

    threads = [threading.Thread(target=analyst, args=(who, seed)) for seed, who in enumerate(plans)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert not errors, errors
    assert len(outcomes) == rounds * 12

    saved = [o for o in outcomes if o[3] == "saved"]
    conflicts = [o for o in outcomes if o[3] == "conflict"]
    contested = set(sector_ids[2:6])
    # every round, each contested sector is saved by exactly one analyst and refused to the other
    for rnd in range(rounds):
        for sid in contested:
            results = sorted(o[3] for o in outcomes if o[0] == rnd and o[2] == sid)
            assert results == ["conflict", "saved"], (rnd, sid)
    assert all(o[2] in contested for o in conflicts)
    # no lost update: each sector's version counts exactly its saved edits, and its last saved edit is what it holds
    final = {r[0]: r[1:] for r in _execute(pg, sql.SQL("SELECT sector_id, version, team FROM {}").format(
        _table(schema_name, "sectors")))}
    for sid in sector_ids:
        mine = [o for o in saved if o[2] == sid]
        assert final[sid][0] == 1 + len(mine), sid
        assert final[sid][1] == f"{mine[-1][1]}-{rounds - 1}"
    # the audit log holds every saved change (the team field is unique per analyst and round) and nothing else
    audit = _execute(pg, sql.SQL("SELECT user_name, feature_key, new_value FROM {} WHERE field = 'team'").format(
        _table(schema_name, "audit_log")))
    assert sorted(audit) == sorted((o[1], o[2], f"{o[1]}-{o[0]}") for o in saved)
    assert len(conflicts) == rounds * len(contested)


def test_inserts_and_deletes_are_audited_and_bookkeeping_cannot_be_forged(pg_cluster, pg, workspace):
    schema_name, _ = workspace
    anna = _as(pg_cluster, "anna")
    try:
        _execute(anna, sql.SQL("INSERT INTO {} (find_id, category, geom) VALUES ('F7', 'AT', "
                               "ST_GeomFromText('POINT(0.5 0.5)', 4326))").format(_table(schema_name, "finds")))
        # an editor stamps a sector as someone else's, long ago: the database keeps who and when as they were
        _execute(anna, sql.SQL("UPDATE {} SET updated_by = 'adam', updated_at = '2001-01-01' "
                               "WHERE sector_id = 'R12-0-0'").format(_table(schema_name, "sectors")))
        for statement in (sql.SQL("UPDATE {} SET user_name = 'nobody'"), sql.SQL("DELETE FROM {}"),
                          sql.SQL("TRUNCATE {}")):
            with pytest.raises(psycopg2.errors.InsufficientPrivilege):
                _execute(anna, statement.format(_table(schema_name, "audit_log")))
    finally:
        anna.close()
    sector = pgw.reload_sector(pg, schema_name, "R12-0-0")
    assert (sector["updated_by"], sector["updated_at"], sector["version"]) == (None, None, 1)
    admin = _as(pg_cluster, "adam")
    try:
        _execute(admin, sql.SQL("DELETE FROM {} WHERE sector_id = 'R12-0-2'").format(_table(schema_name, "sectors")))
    finally:
        admin.close()
    rows = _execute(pg, sql.SQL("SELECT user_name, layer, feature_key, field, old_value FROM {} "
                                "WHERE field IN ('(inserted)', '(deleted)') AND user_name <> 'postgres' ORDER BY fid"
                                ).format(_table(schema_name, "audit_log")))
    assert [r[:4] for r in rows] == [("anna", "finds", "F7", "(inserted)"), ("adam", "sectors", "R12-0-2", "(deleted)")]
    deleted = rows[1][4]
    assert '"sector_id": "R12-0-2"' in deleted and '"parent_id": "R12"' in deleted  # what was deleted is kept


def test_a_workspace_copied_in_is_not_audited_as_new_rows(pg, schema_name, full_workspace):
    from clearground.workspace import transfer

    transfer.gpkg_to_postgis(full_workspace, pg, schema_name)
    rows = _execute(pg, sql.SQL("SELECT count(*) FROM {} WHERE field IN ('(inserted)', '(deleted)')").format(
        _table(schema_name, "audit_log")))
    assert rows == [(0,)]
    _execute(pg, sql.SQL("DELETE FROM {} WHERE find_id = 'F-2'").format(_table(schema_name, "finds")))
    assert _execute(pg, sql.SQL("SELECT feature_key, field FROM {} WHERE field = '(deleted)'").format(
        _table(schema_name, "audit_log"))) == [("F-2", "(deleted)")]


def test_a_workspace_made_before_the_row_audit_gets_it_when_its_owner_opens_it(pg, schema_name):
    pgw.create_workspace(pg, schema_name)
    for layer in ("finds", "sectors"):
        for trigger in ("cg_audit_insert", "cg_audit_delete"):
            _execute(pg, sql.SQL("DROP TRIGGER {} ON {}").format(sql.Identifier(trigger), _table(schema_name, layer)))
    pgw.open_workspace(pg, schema_name)
    _execute(pg, sql.SQL("INSERT INTO {} (find_id) VALUES ('F1')").format(_table(schema_name, "finds")))
    assert _execute(pg, sql.SQL("SELECT feature_key, field FROM {}").format(_table(schema_name, "audit_log"))) == [
        ("F1", "(inserted)")]


def test_a_workspace_with_older_rule_functions_gets_this_versions_rules_when_its_owner_opens_it(pg, schema_name):
    from clearground.workspace import postgis_sql as q

    pgw.create_workspace(pg, schema_name)
    older = "BEGIN INSERT INTO audit_log (ts, user_name, layer) VALUES (now(), session_user, p_layer); END"
    _execute(pg, sql.SQL("CREATE OR REPLACE FUNCTION {}(p_layer text, p_feature_key text, p_field text, "
                         "p_old_value text, p_new_value text) RETURNS void "
                         "LANGUAGE plpgsql SET search_path = pg_catalog, {}, pg_temp AS {}").format(
        _table(schema_name, q.NOTE_FUNCTION), sql.Identifier(schema_name), sql.Literal(older)))
    pgw.open_workspace(pg, schema_name)
    rows = _execute(pg, "SELECT p.proname, p.prosrc FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n "
                        "ON n.oid = p.pronamespace WHERE n.nspname = %s", (schema_name,))
    assert dict(rows) == q.function_bodies()


def test_a_transaction_made_for_a_team_names_the_team_and_the_login(pg, schema_name):
    from clearground.workspace import postgis_sql as q

    pgw.create_workspace(pg, schema_name)
    login = _execute(pg, "SELECT session_user")[0][0]
    finds = _table(schema_name, "finds")
    _execute(pg, sql.SQL("SELECT set_config(%s, 'Team 3', true); INSERT INTO {} (find_id) VALUES ('F1'); "
                         "UPDATE {} SET model = 'PMN-2' WHERE find_id = 'F1'").format(finds, finds),
             (q.ON_BEHALF_OF,))
    _execute(pg, sql.SQL("UPDATE {} SET model = 'PMN' WHERE find_id = 'F1'").format(finds))
    rows = _execute(pg, sql.SQL("SELECT user_name, field, new_value FROM {} ORDER BY fid").format(
        _table(schema_name, "audit_log")))
    assert rows == [(f"Team 3 via {login}", "(inserted)", None), (f"Team 3 via {login}", "model", "PMN-2"),
                    (login, "model", "PMN")]
