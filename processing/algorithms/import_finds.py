"""clearground:importfinds: finds from field reports, into the workspace once."""

from __future__ import annotations

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QDate, Qt

from ...compat import FIELD_INT, FIELD_TEXT, FILE_PARAM_FILE, SOURCE_POINT, SOURCE_VECTOR, WkbType
from ...core.fieldmap import MappingError
from ...core.find_import import FIND_FIELDS, FindImport, FindImportOptions, import_finds
from ...core.text import tr
from ...workspace import WorkspaceError
from ...workspace.field_layers import known_finds, workspace_sectors
from ...workspace.field_sources import read_report
from ...workspace.sources import SourceError
from ..base import ClearGroundAlgorithm
from .import_mine_map import WGS84, schema_fields

#: Rejected and duplicate rows named in the log (the rest are in OUTPUT_REJECTS).
LOGGED = 20


def report_reject_fields(key: str) -> QgsFields:
    """The rejects table of a field-report import: source_row, the row's id (``key``), reason, raw."""
    fields = QgsFields()
    fields.append(QgsField("source_row", FIELD_INT))
    for name in (key, "reason", "raw"):
        fields.append(QgsField(name, FIELD_TEXT))
    return fields


def write_report_rejects(alg, parameters, context, key: str, rejects) -> str:
    """Write a field-report import's rejects and duplicates, in row order, to its OUTPUT_REJECTS."""
    fields = report_reject_fields(key)
    sink, dest = alg.parameterAsSink(parameters, alg.OUTPUT_REJECTS, context, fields, WkbType.NoGeometry)
    if sink is None:
        raise QgsProcessingException(alg.invalidSinkError(parameters, alg.OUTPUT_REJECTS))
    for reject in sorted(rejects, key=lambda r: r.source_row):
        feature = QgsFeature(fields)
        feature.setAttributes([reject.source_row, reject.record_id, reject.reason, reject.raw])
        sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
    return dest


class ImportFinds(ClearGroundAlgorithm):
    NAME = "importfinds"
    DISPLAY = "Import finds from a field report"
    GROUP_ID = "field"
    GROUP = "Field data"
    WORKSPACE_IN_HELP = True
    HELP = (
        "Reads the finds of a field report and adds the new ones to the workspace's finds.\n\n"
        "INPUT: a CSV or XLSX table, or a GeoJSON, GeoPackage, KML or GPX file of points (of a GPX file its "
        "waypoints: file.gpx|layername=waypoints). Columns are recognised by their names (English, "
        "Azerbaijani, Russian, Ukrainian) and their values: find_id, found_date, category, model, quantity, "
        "depth_cm, team, sector_id, uuid, photo, and the position as coord (decimal degrees, DMS, UTM "
        "38T 612345 4432100, MGRS 38TNK1234532100, SK-42), lat and lon, or x and y in CRS (the CRS of bare "
        "projected numbers; default EPSG:4326). FIELD_MAPPING overrides the guess, e.g. "
        "find_id=Nomre;found_date=Tarix;coord=Koordinat.\n\n"
        "Dates: 2022-03-12 and 2022/03/12 as written; 12.03.2022, 12/03/2022 and 12-03-2022 are read DAY "
        "FIRST. A date with no such month (03/25/2022), one that does not exist (31.02.2022) or lies in "
        "the future is rejected with the reason; a slash date that reads both ways (03/04/2022) is read "
        "day first and said in the log, and is rejected when the same report writes other dates month "
        "first. Category and model go through the ordnance dictionary (resources/ordnance/models.csv): "
        "a category column holding a model (ПМН-2) gives the model and its category; an unknown category, "
        "or a category its model contradicts, is rejected. quantity is a whole number (1 when empty), "
        "depth_cm centimetres (15, 15 cm, 0.15 m).\n\n"
        "Every row is imported, a duplicate, or rejected: OUTPUT_REJECTS lists the rejected and duplicate "
        "rows with their row number and reason. A find already in WORKSPACE or earlier in the report (the "
        "same find_id or uuid, or within 1 m with the same date and model) is a duplicate: counted in "
        "DUPLICATES, not added again, so importing a report twice changes nothing. A find_id already used "
        "for a find at another place is rejected, not overwritten. A report without find ids gets stable "
        "ids made from each find (F-...), the same on every import. A find without a sector takes the "
        "workspace sector that holds it. Columns no field takes are kept in raw, the report and row in "
        "source. OUTPUT_FINDS holds the finds added."
    )
    INPUT = "INPUT"
    FIELD_MAPPING = "FIELD_MAPPING"
    CRS = "CRS"
    OUTPUT_FINDS = "OUTPUT_FINDS"
    OUTPUT_REJECTS = "OUTPUT_REJECTS"
    ROWS_READ = "ROWS_READ"
    ROWS_IMPORTED = "ROWS_IMPORTED"
    ROWS_REJECTED = "ROWS_REJECTED"
    DUPLICATES = "DUPLICATES"
    SECTORS_FOUND = "SECTORS_FOUND"

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFile(
            self.INPUT, tr("Field report (CSV, XLSX, GeoJSON, GeoPackage, KML, GPX)"), FILE_PARAM_FILE))
        self.add_workspace_parameter(tr("Import into workspace"))
        self.addParameter(QgsProcessingParameterString(
            self.FIELD_MAPPING, tr("Field mapping (target=column;...)"), optional=True))
        self.addParameter(QgsProcessingParameterCrs(self.CRS, tr("CRS of bare coordinates"), "EPSG:4326",
                                                    optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT_FINDS, tr("Finds added"), SOURCE_POINT))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT_REJECTS, tr("Rejected and duplicate rows"),
                                                            SOURCE_VECTOR))
        self.addOutput(QgsProcessingOutputNumber(self.ROWS_READ, tr("Rows read")))
        self.addOutput(QgsProcessingOutputNumber(self.ROWS_IMPORTED, tr("Rows imported")))
        self.addOutput(QgsProcessingOutputNumber(self.ROWS_REJECTED, tr("Rows rejected")))
        self.addOutput(QgsProcessingOutputNumber(self.DUPLICATES, tr("Duplicates (already known)")))
        self.addOutput(QgsProcessingOutputNumber(self.SECTORS_FOUND, tr("Sectors found by position")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        path = self.parameterAsFile(parameters, self.INPUT, context)
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        workspace = self.workspace(parameters, context, writes=("finds",))
        options = FindImportOptions(
            mapping_text=self.parameterAsString(parameters, self.FIELD_MAPPING, context),
            crs=(crs.authid() or crs.toWkt()) if crs.isValid() else "EPSG:4326",
            is_canceled=feedback.isCanceled)
        try:
            if workspace is not None:
                options.known = known_finds(workspace)
                options.sectors = workspace_sectors(workspace)
            table = read_report(path)
            result = import_finds(table, options)
        except (SourceError, MappingError, WorkspaceError) as exc:
            raise QgsProcessingException(str(exc)) from exc
        if result.canceled:
            raise QgsProcessingException(tr("Import cancelled; nothing was written."))
        self._log(feedback, table.name, result, workspace)
        outputs = self._write_sinks(parameters, context, result)
        if workspace is not None and result.finds:
            from ...workspace.writer import FeatureColumns

            try:
                with workspace.transaction() as tx:
                    tx.append({"finds": FeatureColumns(result.columns(), result.lonlat())})
            except WorkspaceError as exc:
                raise QgsProcessingException(str(exc)) from exc
        feedback.pushInfo(tr("{read} rows read: {imported} imported, {duplicates} duplicates, {rejected} rejected."
                             ).format(read=result.rows_read, imported=len(result.finds),
                                      duplicates=len(result.duplicates), rejected=len(result.rejects)))
        outputs.update({self.ROWS_READ: result.rows_read, self.ROWS_IMPORTED: len(result.finds),
                        self.ROWS_REJECTED: len(result.rejects), self.DUPLICATES: len(result.duplicates),
                        self.SECTORS_FOUND: result.sectors_found})
        return outputs

    @staticmethod
    def _log(feedback, name: str, result: FindImport, workspace) -> None:
        feedback.pushInfo(tr("Read {n} rows from {name}.").format(n=result.rows_read, name=name))
        for target, column in result.mapping.items():
            feedback.pushInfo("  " + tr("{target} = '{column}' ({why})").format(
                target=target, column=column, why=result.why.get(target, "")))
        feedback.pushInfo(tr("Dates are read day first: 12.03.2022 and 12/03/2022 are 12 March 2022."))
        for note in result.notes:
            feedback.pushWarning(note)
        if result.day_first:
            feedback.pushWarning(tr("{n} dates read both ways and were read day first: {rows}").format(
                n=len(result.day_first), rows="; ".join(tr("row {row}: {note}").format(row=r, note=n)
                                                      for r, n in result.day_first[:LOGGED])))
        if result.ids_made:
            feedback.pushInfo(tr("{n} finds had no id: ids were made from each find (the same on every import)."
                                 ).format(n=result.ids_made))
        if result.sectors_found:
            feedback.pushInfo(tr("{n} finds took the sector that holds them.").format(n=result.sectors_found))
        if result.duplicates:
            where = workspace.name if workspace is not None else name
            feedback.pushWarning(tr("{n} rows are finds already known ({where}), not added again:").format(
                n=len(result.duplicates), where=where))
            for dup in result.duplicates[:LOGGED]:
                feedback.pushInfo("  " + tr("row {row}: {reason}").format(row=dup.source_row, reason=dup.reason))
        for reject in result.rejects[:LOGGED]:
            feedback.reportError(tr("row {row}: {reason}").format(row=reject.source_row, reason=reject.reason), False)
        hidden = max(len(result.rejects) - LOGGED, 0) + max(len(result.duplicates) - LOGGED, 0)
        if hidden:
            feedback.pushWarning(tr("... and {n} more; see the rejects output.").format(n=hidden))

    def _write_sinks(self, parameters, context, result: FindImport) -> dict:
        fields = schema_fields("finds")
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT_FINDS, context, fields, WkbType.Point, WGS84)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_FINDS))
        columns = result.columns()
        names = [n for n in fields.names()]
        for i, find in enumerate(result.finds):
            feature = QgsFeature(fields)
            values = [columns[n][i] if n in FIND_FIELDS else None for n in names]
            if find.found_date:
                values[names.index("found_date")] = QDate.fromString(find.found_date, Qt.DateFormat.ISODate)
            feature.setAttributes(values)
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(find.lon, find.lat)))
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        outputs = {self.OUTPUT_FINDS: dest}
        outputs[self.OUTPUT_REJECTS] = write_report_rejects(self, parameters, context, "find_id",
                                                            result.rejects + result.duplicates)
        return outputs
