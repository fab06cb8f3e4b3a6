"""Two analysts mark one PostGIS sector: the second save is refused, named, and can be reloaded."""

from __future__ import annotations

import datetime as dt

from psycopg2 import sql
from qgis.core import QgsFeatureRequest, QgsProject, QgsVectorLayer
from qgis.gui import QgsMessageBar
from qgis.PyQt.QtCore import QCoreApplication

from clearground.ui.conflicts import ConflictWatcher
from clearground.ui.mark_tool import MarkSectorsTool
from clearground.workspace import postgis as pgw
from clearground.workspace.sector_edits import StatusChange, apply_status_change

TODAY = dt.date(2026, 11, 23)


def _sectors_layer(qgis_connection, pg, schema_name) -> QgsVectorLayer:
    name, _, _ = qgis_connection
    pgw.create_workspace(pg, schema_name)
    with pg.cursor() as cur:
        insert = sql.SQL("INSERT INTO {}.sectors (sector_id, status, geom) VALUES "
                         "('S-1', 'cleared', ST_MakeEnvelope(0, 0, 1, 1, 4326)), "
                         "('S-2', 'planned', ST_MakeEnvelope(1, 0, 2, 1, 4326))")
        cur.execute(insert.format(sql.Identifier(schema_name)))
    pg.commit()
    ws = pgw.open_connection_workspace(name, schema_name)
    layer = QgsVectorLayer(ws.uri("sectors"), "sectors", "postgres")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer, False)
    return layer


def _fid(layer, sector_id: str) -> int:
    request = QgsFeatureRequest().setFilterExpression(f"\"sector_id\" = '{sector_id}'")
    return next(layer.getFeatures(request)).id()


def test_second_save_is_named_and_reload_shows_the_other_edit(qgis_connection, pg, schema_name):
    layer = _sectors_layer(qgis_connection, pg, schema_name)
    bar = QgsMessageBar()
    watcher = ConflictWatcher.for_layer(layer, bar)
    try:
        s1 = _fid(layer, "S-1")
        # this analyst takes S-1 out of cleared (with a reason) while a colleague marks it first
        apply_status_change(layer, [s1], StatusChange("in_progress", TODAY, team="T2", method="manual",
                                                      reason="PMN-2 found at 8 cm"))
        assert pgw.mark_sector(pg, schema_name, "S-1", 1, {"status": "reduced", "team": "T7"}) == 2
        assert not layer.commitChanges(False)
        QCoreApplication.processEvents()
        conflict = watcher.last_conflict
        assert conflict is not None and conflict.sector_id == "S-1" and conflict.changed_by == "postgres"
        assert bar.currentItem() is not None
        assert bar.currentItem().text().startswith("Sector S-1 was changed by postgres at ")
        assert watcher.reload_button.text() == "Reload sector S-1"

        watcher.reload_button.click()
        fresh = next(layer.getFeatures(QgsFeatureRequest(s1)))
        assert (fresh["status"], fresh["team"], fresh["version"]) == ("reduced", "T7", 2)

        # marking again after the reload writes version 3, and the database audits it
        apply_status_change(layer, [s1], StatusChange("cleared", TODAY, team="T2", method="manual"))
        assert layer.commitChanges(), layer.commitErrors()
        QCoreApplication.processEvents()
        assert watcher.last_conflict is conflict  # no new conflict
        stored = pgw.reload_sector(pg, schema_name, "S-1")
        assert (stored["status"], stored["version"]) == ("cleared", 3)
        with pg.cursor() as cur:
            cur.execute(sql.SQL("SELECT field, old_value, new_value FROM {}.audit_log WHERE feature_key = 'S-1' "
                                "ORDER BY ts, field").format(sql.Identifier(schema_name)))
            rows = cur.fetchall()
        assert ("status", "planned", "reduced") not in rows
        assert ("status", "cleared", "reduced") in rows and ("status", "reduced", "cleared") in rows
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_a_reason_is_written_by_the_database_function(qgis_connection, pg, schema_name):
    layer = _sectors_layer(qgis_connection, pg, schema_name)
    try:
        apply_status_change(layer, [_fid(layer, "S-1")], StatusChange(
            "in_progress", TODAY, team="T2", method="manual", reason="AT mine 'TM-62' found; re-clear"))
        assert layer.commitChanges(), layer.commitErrors()
        with pg.cursor() as cur:
            cur.execute(sql.SQL("SELECT field, old_value, new_value, user_name FROM {}.audit_log "
                                "WHERE feature_key = 'S-1' ORDER BY field").format(sql.Identifier(schema_name)))
            rows = cur.fetchall()
        fields = [r[0] for r in rows]
        assert fields.count("reason") == 1 and fields.count("status") == 1  # each once: no double audit
        reason = next(r for r in rows if r[0] == "reason")
        assert reason[1:3] == ("cleared", "AT mine 'TM-62' found; re-clear")
        assert reason[3]
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_the_mark_tool_tells_a_reader_at_once_that_the_sectors_cannot_be_edited(
        qgis_canvas, make_qgis_connection, pg, schema_name):
    pgw.create_workspace(pg, schema_name)
    pgw.setup_roles(pg, schema_name)
    with pg.cursor() as cur:
        cur.execute("SELECT 1 FROM pg_roles WHERE rolname = 'cg_mark_reader'")
        if cur.fetchone() is None:
            cur.execute("CREATE ROLE cg_mark_reader LOGIN PASSWORD 'pw'")
    pg.commit()
    pgw.grant_level(pg, schema_name, "cg_mark_reader", "reader")
    ws = pgw.open_connection_workspace(make_qgis_connection("cg_mark_reader", "pw"), schema_name)
    layer = QgsVectorLayer(ws.uri("sectors"), "sectors", "postgres")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer, False)
    bar = QgsMessageBar()
    tool = MarkSectorsTool(qgis_canvas, layer, form_factory=lambda request: None, message_bar=bar)
    try:
        qgis_canvas.setMapTool(tool)  # activation tries the edit session, before any click
        assert not layer.isEditable()
        assert bar.currentItem().text() == "The layer sectors cannot be edited."
        qgis_canvas.unsetMapTool(tool)
        assert not layer.isEditable()
    finally:
        tool.cleanup()
        QgsProject.instance().removeMapLayer(layer.id())
