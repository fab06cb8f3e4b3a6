"""What the dock, its tabs and the map tools are given instead of reaching for iface."""

from __future__ import annotations

from dataclasses import dataclass

from qgis.core import QgsProject
from qgis.gui import QgsMapCanvas, QgsMessageBar

from .session import WorkspaceSession


@dataclass
class DockContext:
    """The collaborators of the interface, built once by the plugin (or by a test)."""

    session: WorkspaceSession
    canvas: QgsMapCanvas
    message_bar: QgsMessageBar
    project: QgsProject
