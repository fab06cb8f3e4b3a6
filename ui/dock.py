"""The ClearGround dock: the open workspace in a header line, and a tab for each step of the work."""

from __future__ import annotations

import importlib
import importlib.util

from qgis.gui import QgsDockWidget
from qgis.PyQt.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.text import tr
from ..workspace import WorkspaceError
from . import project_layers
from .context import DockContext
from .messages import notify, notify_error, notify_problem
from .postgis_dialog import PostgisWorkspaceDialog

#: Tab modules of ui/tabs/, in the order of the work; a module that does not exist yet is skipped.
TAB_MODULES = ("records", "sectors", "tally", "discrepancies", "report")


class ClearGroundDock(QgsDockWidget):
    """The dock widget. Built from a DockContext, so tests construct it without a QGIS window."""

    OBJECT_NAME = "ClearGroundDock"

    def __init__(self, context: DockContext, parent: QWidget | None = None):
        super().__init__(tr("ClearGround"), parent)
        self.setObjectName(self.OBJECT_NAME)
        self.context = context
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)

        header = QHBoxLayout()
        self.workspace_label = QLabel(body)
        self.workspace_label.setWordWrap(True)
        self.menu_button = QToolButton(body)
        self.menu_button.setText(tr("Workspace"))
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.menu_button)
        self.menu_button.setMenu(self.menu)
        header.addWidget(self.workspace_label, 1)
        header.addWidget(self.menu_button)
        layout.addLayout(header)

        self.tabs = QTabWidget(body)
        layout.addWidget(self.tabs, 1)
        self.setWidget(body)

        self.menu.aboutToShow.connect(self._fill_menu)
        context.session.changed.connect(self._show_workspace)
        self._tabs_by_module: dict[str, QWidget] = {}
        for module, tab in _load_tabs(context):
            self._tabs_by_module[module] = tab
            self.tabs.addTab(tab, tr(tab.TITLE))
        self._show_workspace(context.session.workspace)

    def show_tab(self, module: str) -> QWidget | None:
        """Show the dock on the tab of ui/tabs/<module>.py and return that tab (None if absent)."""
        tab = self._tabs_by_module.get(module)
        if tab is not None:
            self.show()
            self.raise_()
            self.tabs.setCurrentWidget(tab)
        return tab

    # -- workspace actions (the menu calls these; tests call them with a path) --------------------
    def new_workspace(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, tr("New ClearGround workspace"), "", tr("GeoPackage (*.gpkg)"))
            if not path:
                return
            if not path.lower().endswith(".gpkg"):
                path += ".gpkg"
        self._run(self.context.session.new, path, tr("Created workspace {name}."))

    def open_workspace(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, tr("Open ClearGround workspace"), "", tr("GeoPackage (*.gpkg)"))
            if not path:
                return
        self._run(self.context.session.open, path, tr("Opened workspace {name}."))

    def open_postgis_workspace(self, connection: str | None = None, schema_name: str | None = None) -> None:
        """Open a workspace in PostGIS: through the chooser, or directly (tests, recent entries)."""
        if connection is None or schema_name is None:
            dialog = PostgisWorkspaceDialog(self)
            if dialog.exec() != PostgisWorkspaceDialog.Accepted or dialog.selection() is None:
                return
            connection, schema_name = dialog.selection()
        try:
            workspace = self.context.session.open_postgis(connection, schema_name)
        except WorkspaceError as exc:
            notify_problem(self.context.message_bar, exc)
            return
        notify(self.context.message_bar, "success",
               tr("Opened workspace {name}.").format(name=workspace.name) + self._crs_note())
        access = self.context.session.access
        if access is not None and access.read_only:
            notify(self.context.message_bar, "warning", access.message())

    def copy_to_postgis(self, connection: str | None = None, schema_name: str | None = None) -> None:
        """Copy the open GeoPackage workspace into a new PostGIS schema, then open it there."""
        workspace = self.context.session.workspace
        if workspace is None or getattr(workspace, "provider", "ogr") != "ogr":
            notify(self.context.message_bar, "warning", tr("Open a GeoPackage workspace to copy it to PostGIS."))
            return
        if connection is None or schema_name is None:
            dialog = PostgisWorkspaceDialog(self, allow_new=True)
            if dialog.exec() != PostgisWorkspaceDialog.Accepted or dialog.selection() is None:
                return
            connection, schema_name = dialog.selection()
        import processing
        from qgis.core import QgsProcessingException

        try:
            processing.run("clearground:copyworkspace", {
                "DIRECTION": 0, "INPUT": str(workspace.path), "CONNECTION": connection, "SCHEMA": schema_name})
        except QgsProcessingException as exc:
            notify_error(self.context.message_bar, exc)
            return
        self.open_postgis_workspace(connection, schema_name)

    def close_workspace(self) -> None:
        self.context.session.close()

    def _run(self, action, path: str, done: str) -> None:
        try:
            workspace = action(path)
        except WorkspaceError as exc:
            notify_problem(self.context.message_bar, exc)
            return
        notify(self.context.message_bar, "success", done.format(name=workspace.name) + self._crs_note())

    def _crs_note(self) -> str:
        """What changed in the map when the workspace opened (its CRS), as a sentence to add; the canvas follows."""
        crs = self.context.session.crs_fitted
        if crs is None:
            return ""
        canvas = self.context.canvas
        if canvas is not None and canvas.mapSettings().destinationCrs() != crs:
            canvas.setDestinationCrs(crs)
        return " " + tr("The map is now in {crs} ({name}), the UTM zone where most of the workspace lies, so "
                        "that sectors keep their shape; change it in Project ▸ Properties ▸ CRS.").format(
            crs=crs.authid(), name=crs.description())

    def _fill_menu(self) -> None:
        self.menu.clear()
        self.menu.addAction(tr("New workspace…"), self.new_workspace)
        self.menu.addAction(tr("Open workspace…"), self.open_workspace)
        self.menu.addAction(tr("Open PostGIS workspace…"), self.open_postgis_workspace)
        recent = self.menu.addMenu(tr("Recent"))
        paths = self.context.session.recent()
        recent.setEnabled(bool(paths))
        for path in paths:
            recent.addAction(path, lambda p=path: self.open_workspace(p))
        copy = self.menu.addAction(tr("Copy to PostGIS…"), self.copy_to_postgis)
        copy.setEnabled(getattr(self.context.session.workspace, "provider", None) == "ogr")
        close = self.menu.addAction(tr("Close workspace"), self.close_workspace)
        close.setEnabled(self.context.session.workspace is not None)

    def _show_workspace(self, workspace) -> None:
        if workspace is None:
            self.workspace_label.setText(tr("No workspace open. Create or open one from the Workspace menu."))
            self.workspace_label.setToolTip("")
        else:
            text = tr("Workspace: {name} (schema v{version})").format(
                name=workspace.name, version=workspace.schema_version)
            access = self.context.session.access
            if access is not None and access.read_only:
                text += "\n" + access.message()
            self.workspace_label.setText(text)
            self.workspace_label.setToolTip(project_layers.workspace_id(workspace))


def _load_tabs(context: DockContext) -> list[tuple[str, QWidget]]:
    tabs = []
    for name in TAB_MODULES:
        module_name = f"{__package__}.tabs.{name}"
        if importlib.util.find_spec(module_name) is None:
            continue
        module = importlib.import_module(module_name)
        tabs.append((name, module.Tab(context)))
    return tabs
