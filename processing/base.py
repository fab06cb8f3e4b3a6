"""What every ClearGround algorithm shares: ids, translated names, help text, icon."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProcessingAlgorithm, QgsProcessingFeatureSourceDefinition, QgsVectorLayer
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

    def whole_layer(self, parameters, name: str, context) -> QgsVectorLayer | None:
        """The input ``name`` as its layer when all of it is read as it stands (no selection, feature
        limit, filter or geometry check of its own), so that the layer may be read in bulk; None
        otherwise (then the Processing source, which applies all of those, must be read)."""
        if restricted(parameters.get(name)):
            return None
        return self.parameterAsVectorLayer(parameters, name, context)


def restricted(value) -> bool:
    """Whether a source definition reads less than its whole layer, or checks geometries its own way."""
    if not isinstance(value, QgsProcessingFeatureSourceDefinition):
        return False
    flags = getattr(value.flags, "value", value.flags)
    return bool(value.selectedFeaturesOnly or value.featureLimit not in (-1, None)
                or getattr(value, "filterExpression", "") or int(flags))
