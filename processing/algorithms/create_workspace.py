"""clearground:createworkspace: a new, empty GeoPackage workspace."""

from __future__ import annotations

from qgis.core import QgsProcessingException, QgsProcessingParameterFileDestination

from ...core.text import tr
from ...workspace import WorkspaceError, create_workspace
from ..base import ClearGroundAlgorithm


class CreateWorkspace(ClearGroundAlgorithm):
    NAME = "createworkspace"
    DISPLAY = "Create workspace"
    HELP = (
        "Creates a new ClearGround workspace: one GeoPackage file holding every layer of schema v1 "
        "(minefield records, recorded mines, hazard areas, sectors, finds, discrepancies and the audit "
        "log), empty, with their fields, unique ids and allowed values. An existing file is never "
        "overwritten.\n\nOutput: the .gpkg file."
    )
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(
            QgsProcessingParameterFileDestination(self.OUTPUT, tr("Workspace"), tr("GeoPackage (*.gpkg)"))
        )

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        try:
            workspace = create_workspace(path)
        except WorkspaceError as exc:
            raise QgsProcessingException(str(exc)) from exc
        feedback.pushInfo(tr("Created workspace {path} (schema v{version}).").format(
            path=workspace.path, version=workspace.schema_version))
        return {self.OUTPUT: str(workspace.path)}
