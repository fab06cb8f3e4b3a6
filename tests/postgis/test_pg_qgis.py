"""The QGIS side: connections with authcfg, no password in projects, the chooser dialog, edits through QGIS."""

from __future__ import annotations

from pathlib import Path

from psycopg2 import sql
from qgis.core import QgsFeatureRequest, QgsProject, QgsSettings, QgsVectorLayer
from qgis.PyQt.QtWidgets import QDialogButtonBox

from clearground.core import schema
from clearground.ui.postgis_dialog import PostgisWorkspaceDialog
from clearground.workspace import postgis as pgw

READER, READER_PASSWORD = "cg_reader_login", "r3ader;'pw"


def _login(pg, login: str, password: str) -> None:
    with pg.cursor() as cur:
        cur.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,))
        if cur.fetchone() is None:
            cur.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(sql.Identifier(login),
                                                                        sql.Literal(password)))
    pg.commit()


def test_layers_come_through_the_authcfg_and_no_password_is_stored(qgis_connection, pg, schema_name, tmp_path):
    name, login, password = qgis_connection
    db = pgw.connect(name)
    try:
        pgw.create_workspace(db, schema_name)
    finally:
        db.close()
    ws = pgw.open_connection_workspace(name, schema_name)
    assert (ws.connection, ws.schema, ws.name) == (name, schema_name, f"{name} / {schema_name}")
    assert "authcfg=" in ws.conninfo and password not in ws.conninfo
    project = QgsProject()
    for lyr_def in schema.LAYERS:
        layer = QgsVectorLayer(ws.uri(lyr_def.name), lyr_def.name, ws.provider)
        assert layer.isValid(), layer.error().summary()
        assert layer.fields().names() == ["fid", *lyr_def.field_names]
        assert password not in layer.source()
        project.addMapLayer(layer)
    path = tmp_path / "project.qgs"
    assert project.write(str(path))
    text = path.read_text(encoding="utf-8")
    assert "authcfg=" in text and password not in text
    settings = Path(QgsSettings().fileName()).read_text(encoding="utf-8", errors="replace")
    assert password not in settings


def test_dialog_lists_connections_and_workspaces_and_returns_the_choice(qgis_connection, pg, schema_name):
    name, _, _ = qgis_connection
    pgw.create_workspace(pg, schema_name)
    dialog = PostgisWorkspaceDialog()
    names = [dialog.connection_combo.itemText(i) for i in range(dialog.connection_combo.count())]
    assert name in names
    dialog.connection_combo.setCurrentText(name)
    assert schema_name in [e.schema for e in dialog.entries]
    assert next(e for e in dialog.entries if e.schema == schema_name).level == "admin"
    ok = dialog.buttons.button(QDialogButtonBox.Ok)
    dialog.schema_list.setCurrentItem(None)
    assert not ok.isEnabled()
    assert dialog.select_schema(schema_name)
    assert ok.isEnabled()
    assert dialog.schema_list.currentItem().text() == f"{schema_name} (administrator)"
    ok.click()
    assert dialog.result() == dialog.Accepted
    assert dialog.selection() == (name, schema_name)
    assert dialog.info.text() == ""

    new = PostgisWorkspaceDialog(allow_new=True)
    new.connection_combo.setCurrentText(name)
    new.new_schema.setText("  district_west ")
    assert new.selection() == (name, "district_west")


def test_a_reader_is_told_why_tools_are_disabled(make_qgis_connection, pg, schema_name):
    pgw.create_workspace(pg, schema_name)
    pgw.setup_roles(pg, schema_name)
    _login(pg, READER, READER_PASSWORD)
    pgw.grant_level(pg, schema_name, READER, "reader")
    name = make_qgis_connection(READER, READER_PASSWORD)
    dialog = PostgisWorkspaceDialog()
    dialog.connection_combo.setCurrentText(name)
    assert dialog.select_schema(schema_name)
    assert dialog.schema_list.currentItem().text() == f"{schema_name} (read only)"
    assert "can read the workspace" in dialog.info.text() and "disabled" in dialog.info.text()
    assert READER in dialog.info.text()
    db = pgw.connect(name)
    try:
        assert pgw.access(db, schema_name).read_only
    finally:
        db.close()


def test_a_plain_password_connection_is_warned_about(make_qgis_connection, pg, schema_name):
    _login(pg, READER, READER_PASSWORD)
    name = make_qgis_connection(READER, READER_PASSWORD, plain=True)
    assert pgw.stores_plain_password(name)
    assert READER_PASSWORD not in pgw.connection_conninfo(name)
    dialog = PostgisWorkspaceDialog()
    dialog.connection_combo.setCurrentText(name)
    assert "keeps its password in plain settings" in dialog.info.text()


def test_qgis_edit_buffer_conflict_is_refused_and_the_sector_reloaded(qgis_connection, pg, schema_name):
    name, _, _ = qgis_connection
    pgw.create_workspace(pg, schema_name)
    with pg.cursor() as cur:
        cur.execute(sql.SQL("INSERT INTO {}.sectors (sector_id, geom) VALUES ('S-1', ST_MakeEnvelope(0, 0, 1, 1, "
                            "4326)), ('S-2', ST_MakeEnvelope(1, 0, 2, 1, 4326))").format(sql.Identifier(schema_name)))
    pg.commit()
    ws = pgw.open_connection_workspace(name, schema_name)
    layer = QgsVectorLayer(ws.uri("sectors"), "sectors", "postgres")
    assert layer.isValid()
    request = QgsFeatureRequest().setFilterExpression("\"sector_id\" = 'S-1'")
    feature = next(layer.getFeatures(request))
    status, version = layer.fields().indexOf("status"), layer.fields().indexOf("version")

    # someone else marks S-1 while this QGIS holds version 1
    assert pgw.mark_sector(pg, schema_name, "S-1", 1, {"status": "in_progress", "team": "Team 7"}) == 2
    assert layer.startEditing()
    layer.changeAttributeValue(feature.id(), status, "cleared")
    layer.changeAttributeValue(feature.id(), version, feature["version"] + 1)
    other = next(layer.getFeatures(QgsFeatureRequest().setFilterExpression("\"sector_id\" = 'S-2'")))
    layer.changeAttributeValue(other.id(), layer.fields().indexOf("team"), "Team 9")
    assert not layer.commitChanges(False)
    conflict = pgw.conflict_from_error(layer.commitErrors())
    assert conflict is not None, layer.commitErrors()
    assert (conflict.sector_id, conflict.changed_by, conflict.version) == ("S-1", "postgres", 2)
    assert str(conflict).startswith("Sector S-1 was changed by postgres at ")

    fresh = pgw.reload_sector_feature(layer, "S-1")
    assert (fresh["status"], fresh["version"], fresh["team"]) == ("in_progress", 2, "Team 7")
    assert layer.editBuffer().changedAttributeValues().get(feature.id(), {}).get(status) in (None, "in_progress")
    # the other buffered edit is kept; S-2's plain change without a version raise is refused too
    assert layer.editBuffer().changedAttributeValues()[other.id()]
    layer.changeAttributeValue(other.id(), version, 2)
    layer.changeAttributeValue(feature.id(), status, "cleared")
    layer.changeAttributeValue(feature.id(), version, fresh["version"] + 1)
    assert layer.commitChanges(), layer.commitErrors()
    stored = pgw.reload_sector(pg, schema_name, "S-1")
    assert (stored["status"], stored["version"], stored["updated_by"]) == ("cleared", 3, "cg_qgis_user")
    assert pgw.reload_sector(pg, schema_name, "S-2")["team"] == "Team 9"


def test_marking_through_the_edit_buffer_is_versioned_and_audited_by_the_database(qgis_connection, pg, schema_name):
    """The Mark sectors path (sector_edits.apply_status_change) on a PostGIS layer, with a rival edit."""
    import datetime as dt

    from clearground.workspace.sector_edits import StatusChange, apply_status_change

    name, login, _ = qgis_connection
    pgw.create_workspace(pg, schema_name)
    with pg.cursor() as cur:
        cur.execute(sql.SQL("INSERT INTO {}.sectors (sector_id, geom) SELECT 'S-' || i, "
                            "ST_MakeEnvelope(i, 0, i + 1, 1, 4326) FROM generate_series(1, 3) AS i")
                    .format(sql.Identifier(schema_name)))
    pg.commit()
    ws = pgw.open_connection_workspace(name, schema_name)
    layer = QgsVectorLayer(ws.uri("sectors"), "sectors", "postgres")
    fids = {f["sector_id"]: f.id() for f in layer.getFeatures()}
    change = StatusChange("cleared", status_date=dt.date(2026, 11, 23), team="Team 4", method="manual")
    assert apply_status_change(layer, [fids["S-1"], fids["S-2"]], change) == [fids["S-1"], fids["S-2"]]
    assert layer.commitChanges(), layer.commitErrors()
    stored = pgw.reload_sector(pg, schema_name, "S-1")
    assert (stored["status"], stored["version"], stored["updated_by"]) == ("cleared", 2, login)

    # a rival marks S-3 between this marking and its save: the save is refused, naming the rival
    apply_status_change(layer, [fids["S-3"]], StatusChange("reduced", team="Team 4"))
    pgw.mark_sector(pg, schema_name, "S-3", 1, {"status": "in_progress"})
    assert not layer.commitChanges(False)
    conflict = pgw.conflict_from_error(layer.commitErrors())
    assert (conflict.sector_id, conflict.changed_by) == ("S-3", "postgres")
    fresh = pgw.reload_sector_feature(layer, "S-3")
    assert (fresh["status"], fresh["version"]) == ("in_progress", 2)
    apply_status_change(layer, [fids["S-3"]], StatusChange("reduced", team="Team 4"))
    assert layer.commitChanges(), layer.commitErrors()
    with pg.cursor() as cur:
        cur.execute(sql.SQL("SELECT user_name, feature_key, field, old_value, new_value FROM {}.audit_log "
                            "WHERE field IN ('status', 'version') ORDER BY fid").format(sql.Identifier(schema_name)))
        rows = cur.fetchall()
    pg.rollback()
    assert rows == [
        (login, "S-1", "status", "planned", "cleared"), (login, "S-1", "version", "1", "2"),
        (login, "S-2", "status", "planned", "cleared"), (login, "S-2", "version", "1", "2"),
        ("postgres", "S-3", "status", "planned", "in_progress"), ("postgres", "S-3", "version", "1", "2"),
        (login, "S-3", "status", "in_progress", "reduced"), (login, "S-3", "version", "2", "3"),
    ]
