"""clearground:importhazards: SHA/CHA polygons from surveys, into the workspace once."""

from __future__ import annotations

import shapely
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
)

from ...compat import FILE_PARAM_FILE, SOURCE_POLYGON, SOURCE_VECTOR, WkbType
from ...core.fieldmap import MappingError
from ...core.hazard_import import HazardImport, import_hazards
from ...core.text import tr
from ...workspace import WorkspaceError
from ...workspace.field_layers import known_hazards
from ...workspace.field_sources import read_report
from ...workspace.sources import SourceError
from ..base import ClearGroundAlgorithm
from .import_finds import LOGGED, write_report_rejects
from .import_mine_map import WGS84, schema_fields


class ImportHazards(ClearGroundAlgorithm):
    NAME = "importhazards"
    DISPLAY = "Import hazard areas from a survey"
    GROUP_ID = "field"
    GROUP = "Field data"
    WORKSPACE_IN_HELP = True
    HELP = (
        "Reads the suspected and confirmed hazardous areas (SHA, CHA) of a survey and adds the new ones to "
        "the workspace's hazard areas.\n\n"
        "INPUT: a GIS file of polygons (GeoPackage, GeoJSON, KML, Shapefile) in any CRS. Columns are "
        "recognised by their names (English, Azerbaijani, Russian, Ukrainian): hazard_id, classification, "
        "status, record_id, district, evidence. FIELD_MAPPING overrides the guess, e.g. "
        "hazard_id=Nomre;classification=Novu;evidence=Esas.\n\n"
        "classification takes SHA and CHA and the words surveys write: suspected / confirmed, "
        "подозреваемый (ПОР) / подтверждённый, підозрювана (ПНТ) / підтверджена, şübhəli / təsdiqlənmiş; "
        "anything else is rejected. status takes open, worked_on, closed and their usual words (открыт, "
        "в работе, закрыт, açıq, bağlı, ...); empty means open.\n\n"
        "Polygons are checked as the mine-map import checks them (GICHD geocheck rules): a polygon that "
        "crosses itself is repaired through make_valid where that gives one polygon (counted in "
        "ROWS_REPAIRED); one that would become several, has fewer than 3 vertices, a leg over 5 km, no "
        "geometry, or repeats another's polygon is rejected with the reason.\n\n"
        "Every feature is imported, a duplicate, or rejected, with its row number and reason in "
        "OUTPUT_REJECTS. A hazard_id already in WORKSPACE with the same polygon and attributes is a "
        "duplicate (DUPLICATES): importing a survey twice changes nothing. The same hazard_id with another "
        "polygon or attribute is a conflict (CONFLICTS, also in the rejects), named and never overwritten. "
        "A feature without hazard_id gets one made from its polygon (HZ-...), the same on every import. "
        "Columns no field takes are kept in raw, the file and row in source. OUTPUT_HAZARDS holds the "
        "hazards added."
    )
    INPUT = "INPUT"
    FIELD_MAPPING = "FIELD_MAPPING"
    OUTPUT_HAZARDS = "OUTPUT_HAZARDS"
    OUTPUT_REJECTS = "OUTPUT_REJECTS"
    ROWS_READ = "ROWS_READ"
    ROWS_IMPORTED = "ROWS_IMPORTED"
    ROWS_REJECTED = "ROWS_REJECTED"
    ROWS_REPAIRED = "ROWS_REPAIRED"
    DUPLICATES = "DUPLICATES"
    CONFLICTS = "CONFLICTS"

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFile(
            self.INPUT, tr("Survey polygons (GeoPackage, GeoJSON, KML, Shapefile)"), FILE_PARAM_FILE))
        self.add_workspace_parameter(tr("Import into workspace"))
        self.addParameter(QgsProcessingParameterString(
            self.FIELD_MAPPING, tr("Field mapping (target=column;...)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT_HAZARDS, tr("Hazard areas added"),
                                                            SOURCE_POLYGON))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT_REJECTS, tr("Rejected and duplicate rows"),
                                                            SOURCE_VECTOR))
        self.addOutput(QgsProcessingOutputNumber(self.ROWS_READ, tr("Rows read")))
        self.addOutput(QgsProcessingOutputNumber(self.ROWS_IMPORTED, tr("Rows imported")))
        self.addOutput(QgsProcessingOutputNumber(self.ROWS_REJECTED, tr("Rows rejected")))
        self.addOutput(QgsProcessingOutputNumber(self.ROWS_REPAIRED, tr("Rows imported after a repair")))
        self.addOutput(QgsProcessingOutputNumber(self.DUPLICATES, tr("Duplicates (already known)")))
        self.addOutput(QgsProcessingOutputNumber(self.CONFLICTS, tr("Conflicts with hazards already known")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        path = self.parameterAsFile(parameters, self.INPUT, context)
        workspace = self.workspace(parameters, context, writes=("hazard_areas",))
        try:
            known = known_hazards(workspace) if workspace is not None else {}
            table = read_report(path)
            result = import_hazards(table, self.parameterAsString(parameters, self.FIELD_MAPPING, context), known)
        except (SourceError, MappingError, WorkspaceError) as exc:
            raise QgsProcessingException(str(exc)) from exc
        self._log(feedback, table.name, result)
        outputs = self._write_sinks(parameters, context, result)
        if feedback.isCanceled():
            raise QgsProcessingException(tr("Import cancelled; nothing was written."))
        if workspace is not None and result.hazards:
            from ...workspace.writer import FeatureColumns

            try:
                with workspace.transaction() as tx:
                    tx.append({"hazard_areas": FeatureColumns(result.columns(), result.geometries())})
            except WorkspaceError as exc:
                raise QgsProcessingException(str(exc)) from exc
        feedback.pushInfo(tr("{read} rows read: {imported} imported ({repaired} repaired), {duplicates} duplicates, "
                             "{rejected} rejected ({conflicts} conflicts).").format(
            read=result.rows_read, imported=len(result.hazards), repaired=result.repaired,
            duplicates=len(result.duplicates), rejected=len(result.rejects), conflicts=result.conflicts))
        outputs.update({self.ROWS_READ: result.rows_read, self.ROWS_IMPORTED: len(result.hazards),
                        self.ROWS_REJECTED: len(result.rejects), self.ROWS_REPAIRED: result.repaired,
                        self.DUPLICATES: len(result.duplicates), self.CONFLICTS: result.conflicts})
        return outputs

    @staticmethod
    def _log(feedback, name: str, result: HazardImport) -> None:
        feedback.pushInfo(tr("Read {n} rows from {name}.").format(n=result.rows_read, name=name))
        for target, column in result.mapping.items():
            feedback.pushInfo("  " + tr("{target} = '{column}' ({why})").format(
                target=target, column=column, why=result.why.get(target, "")))
        for note in result.notes:
            feedback.pushWarning(note)
        summary = result.tally.describe()
        if summary:
            feedback.pushInfo(summary)
        if result.ids_made:
            feedback.pushInfo(tr("{n} hazards had no id: ids were made from each polygon (the same on every "
                                 "import).").format(n=result.ids_made))
        if result.duplicates:
            feedback.pushWarning(tr("{n} hazards are already in the workspace, unchanged: not added again.").format(
                n=len(result.duplicates)))
        for reject in result.rejects[:LOGGED]:
            feedback.reportError(tr("row {row}: {reason}").format(row=reject.source_row, reason=reject.reason), False)
        if len(result.rejects) > LOGGED:
            feedback.pushWarning(tr("... and {n} more; see the rejects output.").format(n=len(result.rejects) - LOGGED))

    def _write_sinks(self, parameters, context, result: HazardImport) -> dict:
        fields = schema_fields("hazard_areas")
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT_HAZARDS, context, fields, WkbType.Polygon, WGS84)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_HAZARDS))
        names = fields.names()
        for hazard in result.hazards:
            feature = QgsFeature(fields)
            feature.setAttributes([hazard.get(n) for n in names])
            geometry = QgsGeometry()
            geometry.fromWkb(shapely.to_wkb(hazard["geometry"], output_dimension=2))
            feature.setGeometry(geometry)
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        outputs = {self.OUTPUT_HAZARDS: dest}
        outputs[self.OUTPUT_REJECTS] = write_report_rejects(self, parameters, context, "hazard_id",
                                                            result.rejects + result.duplicates)
        return outputs
