"""Wiring only: translator, menu, toolbar, dock, map tools and the Processing provider; unload undoes all."""

from __future__ import annotations

from qgis.core import QgsApplication, QgsMessageLog, QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QAction

from . import translation
from .compat import MSG_CRITICAL
from .core.text import tr
from .dependencies import missing_dependencies
from .processing.base import icon

MENU = "&ClearGround"


class ClearGroundPlugin:
    """The object QGIS holds for the plugin's lifetime."""

    def __init__(self, iface):
        self.iface = iface
        self.translator = None
        self.actions: list[QAction] = []
        self.toolbar = None
        self.dock = None
        self.session = None
        self.provider = None
        self.problems: list[str] = []

    # -- QGIS entry points -------------------------------------------------------------------------
    def initProcessing(self) -> None:  # noqa: N802 - QGIS API
        """Register the Processing provider (QGIS calls this also for qgis_process)."""
        if self.provider is not None:
            return
        problems = missing_dependencies()
        if problems:
            QgsMessageLog.logMessage(
                tr("ClearGround's algorithms are not available: {problems}").format(problems=" ".join(problems)),
                "ClearGround", MSG_CRITICAL,
            )
            return
        from .processing.provider import ClearGroundProvider

        provider = ClearGroundProvider()
        if QgsApplication.processingRegistry().addProvider(provider):
            self.provider = provider

    def initGui(self) -> None:  # noqa: N802 - QGIS API
        self.translator = translation.install()
        self.problems = missing_dependencies()
        self.toolbar = self.iface.addToolBar(tr("ClearGround"))
        self.toolbar.setObjectName("ClearGroundToolbar")
        if self.problems:
            from .ui.messages import warn_missing

            about = self._add_action("clearground", tr("What ClearGround needs…"), self._show_problems)
            about.setToolTip("\n".join(self.problems))
            warn_missing(self.iface.messageBar(), self.problems)
            return
        self.initProcessing()
        self._create_dock()
        toggle = self.dock.toggleViewAction()
        toggle.setIcon(icon())
        toggle.setText(tr("ClearGround panel"))
        self._register(toggle)
        from .ui.mark_tool import toggle_mark_tool

        mark = self._add_action("mark_sectors", tr("Mark sectors"), lambda checked=False: toggle_mark_tool(
            self.iface.mapCanvas(), self.session, self.iface.messageBar(), mark, checked))
        mark.setCheckable(True)
        self._add_action("discrepancies", tr("Run discrepancy analysis"), self._run_discrepancies)
        self._add_action("report", tr("Weekly report"), self._run_report)
        self._add_action("workspace_new", tr("New workspace…"), lambda: self.dock.new_workspace(), toolbar=False)
        self._add_action("workspace_open", tr("Open workspace…"), lambda: self.dock.open_workspace(), toolbar=False)

    def unload(self) -> None:
        if self.dock is not None:  # the Mark sectors tool exists only beside the dock
            from .ui.mark_tool import release_mark_tool

            release_mark_tool(self.iface.mapCanvas())
        for action in self.actions:
            self.iface.removePluginMenu(MENU, action)
            self.iface.removeToolBarIcon(action)
            if self.toolbar is not None:
                self.toolbar.removeAction(action)
            if action.parent() is self.iface.mainWindow():
                action.setParent(None)
                action.deleteLater()
        self.actions.clear()
        if self.dock is not None:
            self.iface.removeDockWidget(self.dock)
            self.session.changed.disconnect(self.dock._show_workspace)
            self.dock.setParent(None)
            self.dock.deleteLater()
            self.dock = None
        if self.session is not None:
            self.session.deleteLater()
            self.session = None
        if self.toolbar is not None:
            self.toolbar.setParent(None)
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        translation.uninstall(self.translator)
        self.translator = None

    # -- helpers ---------------------------------------------------------------------------------
    def _create_dock(self) -> None:
        from .ui.context import DockContext
        from .ui.dock import ClearGroundDock
        from .ui.session import WorkspaceSession

        self.session = WorkspaceSession(QgsProject.instance())
        context = DockContext(
            session=self.session,
            canvas=self.iface.mapCanvas(),
            message_bar=self.iface.messageBar(),
            project=QgsProject.instance(),
        )
        self.dock = ClearGroundDock(context, self.iface.mainWindow())
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)

    def _add_action(self, icon_name: str, text: str, callback, toolbar: bool = True) -> QAction:
        action = QAction(icon(icon_name), text, self.iface.mainWindow())
        action.triggered.connect(callback)
        self._register(action, toolbar)
        return action

    def _register(self, action: QAction, toolbar: bool = True) -> None:
        self.iface.addPluginToMenu(MENU, action)
        if toolbar:
            self.toolbar.addAction(action)
        self.actions.append(action)

    def _run_discrepancies(self) -> None:
        tab = self.dock.show_tab("discrepancies")
        if tab is not None:
            tab.run_analysis()

    def _run_report(self) -> None:
        tab = self.dock.show_tab("report")
        if tab is not None:
            tab.run()  # says so when a report is being built already

    def _show_problems(self) -> None:
        from .ui.messages import warn_missing

        warn_missing(self.iface.messageBar(), self.problems)
