"""What every ClearGround algorithm shares: ids, translated names, help text, icon."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingParameterFile,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QIcon

from ..compat import FILE_PARAM_FILE
from ..core.text import tr
from ..workspace.errors import WorkspaceError

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
        return tr(self.HELP) + ("\n\n" + workspace_help() if self.WORKSPACE_IN_HELP else "")

    def icon(self) -> QIcon:
        return icon(self.ICON)

    def createInstance(self) -> QgsProcessingAlgorithm:  # noqa: N802 - QGIS API
        return type(self)()

    WORKSPACE = "WORKSPACE"
    #: Whether the help ends with the WORKSPACE paragraph (workspace_help).
    WORKSPACE_IN_HELP = False

    def add_workspace_parameter(self, description: str) -> None:
        """The optional WORKSPACE parameter (see workspace_help)."""
        # "All files (*)" too: QGIS refuses a value its filter does not match, and a PostGIS workspace's
        # name has no extension
        self.addParameter(QgsProcessingParameterFile(
            self.WORKSPACE, description, FILE_PARAM_FILE, optional=True,
            fileFilter=tr("ClearGround workspace (*.gpkg)") + ";;" + tr("All files (*)")))

    def workspace(self, parameters, context, writes: tuple[str, ...] = (), upgrade: bool = True):
        """The workspace WORKSPACE names, opened (None when not given); ``writes``: layers it must write."""
        from ..workspace.locate import open_store

        value = self.parameterAsString(parameters, self.WORKSPACE, context)
        if not value:
            return None
        try:
            store = open_store(value, upgrade)
            if writes:
                store.check_writable(writes)
        except WorkspaceError as exc:
            raise QgsProcessingException(str(exc)) from exc
        return store

    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS API
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        try:
            self.refuse_overwrites(parameters, context)
        except QgsProcessingException as exc:
            return False, str(exc)
        return True, ""

    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        """Refuse outputs onto the workspace or the inputs before anything is opened for writing
        (here too: a background task does not run checkParameterValues)."""
        self.refuse_overwrites(parameters, context)
        return True

    def refuse_overwrites(self, parameters, context) -> None:
        """Raise QgsProcessingException when an output would overwrite the workspace or an input."""
        from .destinations import overwrite_problems

        problems = overwrite_problems(self, parameters, context, self._workspace_place(parameters, context))
        if problems:
            raise QgsProcessingException(" ".join(problems))

    def _workspace_place(self, parameters, context):
        from .destinations import Place, pg_place

        if self.parameterDefinition(self.WORKSPACE) is None:
            return None
        value = (self.parameterAsString(parameters, self.WORKSPACE, context) or "").strip()
        if not value:
            return None
        if value.lower().endswith(".gpkg") or Path(value).exists():
            return Place(path=value)
        from ..workspace.locate import open_store

        try:
            store = open_store(value, upgrade=False)
        except WorkspaceError as exc:
            raise QgsProcessingException(str(exc)) from exc
        return pg_place(store.conninfo, store.schema)

    def whole_layer(self, parameters, name: str, context) -> QgsVectorLayer | None:
        """The input ``name`` as its layer when all of it is read as it stands (no selection, feature
        limit, filter or geometry check of its own), so that the layer may be read in bulk; None
        otherwise (then the Processing source, which applies all of those, must be read)."""
        if restricted(parameters.get(name)):
            return None
        return self.parameterAsVectorLayer(parameters, name, context)


def workspace_help() -> str:
    """The help paragraph of the WORKSPACE parameter, shared by the algorithms that write into one."""
    return tr(
        "WORKSPACE: a ClearGround workspace to write into: a GeoPackage path, or a PostGIS workspace as "
        "postgres:CONNECTION/SCHEMA (the name of a QGIS PostgreSQL connection; the name alone when it "
        "reaches one workspace). Everything is written in one transaction: an error leaves the workspace "
        "as it was."
    )


def restricted(value) -> bool:
    """Whether a source definition reads less than its whole layer, or checks geometries its own way."""
    if not isinstance(value, QgsProcessingFeatureSourceDefinition):
        return False
    flags = getattr(value.flags, "value", value.flags)
    return bool(value.selectedFeaturesOnly or value.featureLimit not in (-1, None)
                or getattr(value, "filterExpression", "") or int(flags))
