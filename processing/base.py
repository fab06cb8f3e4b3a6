"""What every ClearGround algorithm shares: ids, translated names, help text, icon."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProcessingAlgorithm
from qgis.PyQt.QtGui import QIcon

from ..core.text import tr

ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"


def icon(name: str = "clearground") -> QIcon:
    """An icon of the plugin by file name (without .svg)."""
    return QIcon(str(ICON_DIR / f"{name}.svg"))


class ClearGroundAlgorithm(QgsProcessingAlgorithm):
    """Base class: subclasses set NAME, DISPLAY, GROUP_ID, GROUP and HELP (English, translated here)."""

    NAME = ""
    DISPLAY = ""
    GROUP_ID = "workspace"
    GROUP = "Workspace"
    HELP = ""
    ICON = "clearground"

    def name(self) -> str:
        return self.NAME

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return tr(self.DISPLAY)

    def group(self) -> str:
        return tr(self.GROUP)

    def groupId(self) -> str:  # noqa: N802 - QGIS API
        return self.GROUP_ID

    def shortHelpString(self) -> str:  # noqa: N802 - QGIS API
        return tr(self.HELP)

    def icon(self) -> QIcon:
        return icon(self.ICON)

    def createInstance(self) -> QgsProcessingAlgorithm:  # noqa: N802 - QGIS API
        return type(self)()
