"""The open workspace of a QGIS session: new, open, recent, close; what the dock and tools share."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProject, QgsSettings, QgsVectorLayer
from qgis.PyQt.QtCore import QObject, pyqtSignal

from ..workspace import Workspace, create_workspace, open_workspace, postgis
from . import project_layers
from .district_picker import add_shipped_districts, remove_shipped_districts

RECENT_KEY = "clearground/recent_workspaces"
MAX_RECENT = 8


class WorkspaceSession(QObject):
    """Holds the open workspace and tells listeners when it changes.

    Errors (WorkspaceError) propagate to the caller, which shows them; a failed open leaves the
    current workspace as it was.
    """

    changed = pyqtSignal(object)  # Workspace or None

    def __init__(self, project: QgsProject, settings: QgsSettings | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.project = project
        self.settings = settings or QgsSettings()
        self.workspace: Workspace | postgis.PgWorkspace | None = None
        #: The user's rights in a PostGIS workspace (None for a GeoPackage: the file's permissions rule).
        self.access: postgis.Access | None = None

    def new(self, path: str | Path) -> Workspace:
        return self._use(create_workspace(path))

    def open(self, path: str | Path) -> Workspace:
        return self._use(open_workspace(path))

    def open_postgis(self, connection: str, schema_name: str) -> postgis.PgWorkspace:
        """Open the workspace in ``schema_name`` through the QGIS PostgreSQL connection ``connection``."""
        workspace = postgis.open_connection_workspace(connection, schema_name)
        db = postgis.connect(connection)
        try:
            rights = postgis.access(db, schema_name)
        finally:
            db.close()
        return self._use(workspace, rights)

    @property
    def read_only(self) -> bool:
        """True when the open workspace may be read but not changed by this user."""
        return self.access is not None and self.access.read_only

    def close(self) -> None:
        if self.workspace is None:
            return
        group = self.project.layerTreeRoot().findGroup(project_layers.group_name(self.workspace))
        if group is not None:
            project_layers.remove_group(self.project, group)
        remove_shipped_districts(self.project)
        self.workspace = None
        self.access = None
        self.changed.emit(None)

    def layer(self, name: str) -> QgsVectorLayer | None:
        """The project layer of the open workspace called ``name`` (e.g. 'sectors')."""
        if self.workspace is None:
            return None
        return project_layers.workspace_layer(self.project, name)

    def recent(self) -> list[str]:
        value = self.settings.value(RECENT_KEY, [])
        if isinstance(value, str):
            value = [value] if value else []
        return [p for p in value if p]

    def _use(self, workspace, access: postgis.Access | None = None):
        if self.workspace is not None:
            self.close()
        project_layers.add_workspace_layers(self.project, workspace)
        add_shipped_districts(self.project)
        self.workspace = workspace
        self.access = access
        if isinstance(workspace, Workspace):  # a PostGIS workspace is reopened from its connection
            path = str(workspace.path)
            recent = [path] + [p for p in self.recent() if p != path]
            self.settings.setValue(RECENT_KEY, recent[:MAX_RECENT])
        self.changed.emit(workspace)
        return workspace
