"""clearground:packagefield: a folder that QField opens offline, for one team and one task."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterString,
)

from ...compat import FILE_PARAM_FILE
from ...core import field_package as fp
from ...core.text import tr
from ...workspace.errors import WorkspaceError
from ..base import ClearGroundAlgorithm
from ..field_packaging import choose, folder_problem, make_package


class PackageField(ClearGroundAlgorithm):
    NAME = "packagefield"
    DISPLAY = "Package for a field team (QField)"
    GROUP_ID = "field"
    GROUP = "Field"
    HELP = (
        "Writes a folder that QField opens offline for one team: a QGIS project and one GeoPackage holding "
        "the team's sectors, the minefield records and hazard areas as background (read-only), a finds layer "
        "with its form and a cleared-lanes line layer for QField's position tracking.\n\n"
        "The finds form: a uuid made on the device (uuid(), hidden), the date found (today by default), the "
        "device category and the model as lists from the ordnance dictionary, quantity, depth in cm, the "
        "sector, notes and photos (stored under DCIM/ in the package folder, with paths relative to it). In "
        "the sectors only status, status_date and depth_cm can be changed.\n\n"
        "WORKSPACE: the workspace to package from (a GeoPackage path or postgres:CONNECTION/SCHEMA). TEAM: the "
        "team's name, written with every find and change it brings back.\n\n"
        "SECTORS, RECORDS, HAZARDS: each either comma-separated ids (R-12-0-3, R-12-0-4), or a QGIS "
        "expression after '=' (=\"parent_id\" = 'R-12'), or empty. SECTORS empty: the sectors of the given "
        "RECORDS and HAZARDS, or, when neither is given, the sectors whose team is TEAM. RECORDS empty: the "
        "records of the chosen sectors and hazards. HAZARDS empty: the hazard areas of the chosen sectors and "
        "records. An id the workspace does not hold is refused.\n\n"
        "The package remembers what it was made from (the workspace, the team, each sector's version and "
        "values) in its GeoPackage; clearground:syncfield merges it back.\n\n"
        "OUTPUT_FOLDER: a new or empty folder (never the workspace or its folder). Copy it to the device's "
        "QField/Imported Projects folder, or upload it to QFieldCloud with QFieldSync."
    )
    TEAM = "TEAM"
    RECORDS = "RECORDS"
    HAZARDS = "HAZARDS"
    SECTORS = "SECTORS"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    PROJECT = "PROJECT"
    GEOPACKAGE = "GEOPACKAGE"

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFile(
            self.WORKSPACE, tr("Workspace to package from"), FILE_PARAM_FILE,
            fileFilter=tr("ClearGround workspace (*.gpkg)") + ";;" + tr("All files (*)")))
        self.addParameter(QgsProcessingParameterString(self.TEAM, tr("Team")))
        self.addParameter(QgsProcessingParameterString(
            self.RECORDS, tr("Minefield records (ids, or =expression)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.HAZARDS, tr("Hazard areas (ids, or =expression)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.SECTORS, tr("Sectors (ids, or =expression)"), optional=True))
        self.addParameter(QgsProcessingParameterFolderDestination(self.OUTPUT_FOLDER, tr("Package folder")))
        self.addOutput(QgsProcessingOutputFile(self.PROJECT, tr("Package project")))
        self.addOutput(QgsProcessingOutputFile(self.GEOPACKAGE, tr("Package GeoPackage")))

    def refuse_overwrites(self, parameters, context) -> None:
        super().refuse_overwrites(parameters, context)
        folder = (self.parameterAsString(parameters, self.OUTPUT_FOLDER, context) or "").strip()
        if folder == "TEMPORARY_OUTPUT":
            return
        problem = folder_problem(folder, self.parameterAsString(parameters, self.WORKSPACE, context) or "")
        if problem:
            raise QgsProcessingException(problem)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        team = (self.parameterAsString(parameters, self.TEAM, context) or "").strip()
        if not team:
            raise QgsProcessingException(tr("Give the team's name (TEAM)."))
        folder = Path(self.parameterAsFileOutput(parameters, self.OUTPUT_FOLDER, context))
        problem = folder_problem(str(folder), self.parameterAsString(parameters, self.WORKSPACE, context) or "")
        if problem:
            raise QgsProcessingException(problem)
        store = self.workspace(parameters, context)
        if store is None:
            raise QgsProcessingException(tr("Give the workspace to package from (WORKSPACE)."))
        refused = None
        try:
            selections = [fp.parse_selection(self.parameterAsString(parameters, name, context))
                          for name in (self.RECORDS, self.HAZARDS, self.SECTORS)]
            chosen = choose(store, team, *selections)
            result = make_package(store, team, chosen, folder)
        except (fp.PackageError, WorkspaceError) as exc:
            refused = str(exc)  # raised below: a traceback kept would keep the layers it passed through alive
        if refused is not None:
            raise QgsProcessingException(refused)
        feedback.pushInfo(tr("Package for team {team} written to {folder}: {sectors} sectors, {hazards} hazard "
                             "areas, {records} records.").format(
            team=team, folder=result.folder, sectors=result.counts[fp.SECTORS], hazards=result.counts[fp.HAZARDS],
            records=result.counts[fp.RECORDS]))
        return {self.OUTPUT_FOLDER: str(result.folder), self.PROJECT: str(result.project),
                self.GEOPACKAGE: str(result.gpkg)}
