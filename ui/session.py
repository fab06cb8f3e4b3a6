"""The open workspace of a QGIS session: new, open, recent, close; what the dock and tools share."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProject, QgsSettings, QgsVectorLayer
from qgis.PyQt.QtCore import QObject, pyqtSignal

from ..workspace import Workspace, create_workspace, open_workspace
from . import project_layers

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
        self.workspace: Workspace | None = None

    def new(self, path: str | Path) -> Workspace:
        return self._use(create_workspace(path))

    def open(self, path: str | Path) -> Workspace:
        return self._use(open_workspace(path))

    def close(self) -> None:
        if self.workspace is None:
            return
        group = self.project.layerTreeRoot().findGroup(project_layers.group_name(self.workspace))
        if group is not None:
            project_layers.remove_group(self.project, group)
        self.workspace = None
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

    def _use(self, workspace: Workspace) -> Workspace:
        if self.workspace is not None:
            self.close()
        project_layers.add_workspace_layers(self.project, workspace)
        self.workspace = workspace
        path = str(workspace.path)
        recent = [path] + [p for p in self.recent() if p != path]
        self.settings.setValue(RECENT_KEY, recent[:MAX_RECENT])
        self.changed.emit(workspace)
        return workspace
