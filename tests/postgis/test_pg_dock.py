"""The dock opens a PostGIS workspace through a QGIS connection and tells a reader why tools are disabled."""

from __future__ import annotations

import pytest
from psycopg2 import sql
from qgis.core import QgsProject, QgsSettings
from qgis.gui import QgsMessageBar

from clearground.core import schema
from clearground.ui.context import DockContext
from clearground.ui.dock import ClearGroundDock
from clearground.ui.session import RECENT_KEY, WorkspaceSession
from clearground.workspace import postgis as pgw


@pytest.fixture
def dock(qgis_canvas, qgis_new_project):
    settings = QgsSettings("ClearGroundTests", "dock-postgis")
    settings.remove(RECENT_KEY)
    project = QgsProject.instance()
    session = WorkspaceSession(project, settings)
    widget = ClearGroundDock(DockContext(session, qgis_canvas, QgsMessageBar(), project))
    yield widget
    session.close()
    widget.deleteLater()


def test_dock_opens_a_postgis_workspace_with_styled_layers(dock, qgis_connection, pg, schema_name):
    name, _, password = qgis_connection
    pgw.create_workspace(pg, schema_name)
    dock.open_postgis_workspace(name, schema_name)
    assert f"{name} / {schema_name}" in dock.workspace_label.text()
    group = QgsProject.instance().layerTreeRoot().findGroup(f"ClearGround: {schema_name}")
    layers = {n.layer().customProperty("clearground/layer"): n.layer() for n in group.findLayers()}
    assert set(layers) == set(schema.LAYER_NAMES)
    assert all(layer.providerType() == "postgres" and password not in layer.source() for layer in layers.values())
    assert dock.context.session.layer("sectors").renderer().classAttribute() == "status"
    assert not dock.context.session.read_only
    assert dock.context.session.recent() == []


def test_dock_tells_a_reader_why_tools_are_disabled(dock, make_qgis_connection, pg, schema_name):
    pgw.create_workspace(pg, schema_name)
    pgw.setup_roles(pg, schema_name)
    with pg.cursor() as cur:
        cur.execute("SELECT 1 FROM pg_roles WHERE rolname = 'cg_dock_reader'")
        if cur.fetchone() is None:
            cur.execute(sql.SQL("CREATE ROLE cg_dock_reader LOGIN PASSWORD 'pw'"))
    pg.commit()
    pgw.grant_level(pg, schema_name, "cg_dock_reader", "reader")
    name = make_qgis_connection("cg_dock_reader", "pw")
    dock.open_postgis_workspace(name, schema_name)
    assert dock.context.session.read_only
    assert "marking sectors" in dock.workspace_label.text()
    assert "editor role" in dock.context.message_bar.currentItem().text()


def test_dock_copies_the_open_geopackage_to_postgis(dock, qgis_connection, pg, schema_name, full_workspace, provider):
    name, _, _ = qgis_connection
    dock.open_workspace(str(full_workspace))
    dock.copy_to_postgis(name, schema_name)
    assert dock.context.session.workspace.schema == schema_name
    assert dock.context.session.layer("recorded_mines").featureCount() == 25
