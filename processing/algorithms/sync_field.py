"""clearground:syncfield: merge a field package that came back from QField into its workspace."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
)

from ...compat import FIELD_TEXT, FILE_PARAM_FILE, NUMBER_DOUBLE, SOURCE_VECTOR, WkbType
from ...core import field_package as fp
from ...core import field_sync as fs
from ...core.text import tr
from ...workspace.errors import WorkspaceError
from ...workspace.package_file import read_package
from ..base import ClearGroundAlgorithm
from ..field_syncing import check_package, photo_folder, sync

REPORT_FIELDS = ("outcome", "layer", "key", "field", "old_value", "new_value", "message")


class SyncField(ClearGroundAlgorithm):
    NAME = "syncfield"
    DISPLAY = "Sync a returned field package"
    GROUP_ID = "field"
    GROUP = "Field"
    HELP = (
        "Merges a field package made by clearground:packagefield, after QField, back into the workspace it was "
        "made from, in one transaction: on any error nothing is written.\n\n"
        "Finds: each new find is checked (category and model through the ordnance dictionary, date, depth) and "
        "added with its uuid; a find whose uuid is already in the workspace, or that duplicates one (within 1 m, "
        "same date and model), is skipped, so syncing the same package twice adds nothing. Its photos are copied "
        "beside the workspace (<workspace folder>/<workspace name>_photos/; for PostGIS, <schema>_photos beside "
        "the package folder) and linked in finds.photo with paths relative to the folder that holds them.\n\n"
        "Sectors: a status, status_date or depth_cm changed in the field is applied through the version check: "
        "a sector changed at the centre since the package was made is a conflict, reported with both values and "
        "never overwritten. A sector its cleared lanes cover to MIN_OVERLAP percent becomes cleared (the tracks "
        "as wide as LANE_WIDTH, else as their own width_m). Taking a sector out of cleared needs a reason and is "
        "left to the dock.\n\n"
        "Every merged item is written to audit_log with the team (GeoPackage: as its user; PostGIS: the database "
        "names the login, the note names the team).\n\n"
        "PACKAGE: the package folder or its GeoPackage; a folder that is not a ClearGround package, or a package "
        "made from another workspace, is refused. OUTPUT_REPORT: one row per item: outcome (merged, skipped, "
        "conflict), layer, key, field, old_value (the workspace's), new_value (the package's), message."
    )
    WORKSPACE_IN_HELP = True
    PACKAGE = "PACKAGE"
    LANE_WIDTH = "LANE_WIDTH"
    MIN_OVERLAP = "MIN_OVERLAP"
    OUTPUT_REPORT = "OUTPUT_REPORT"
    MERGED = "MERGED"
    SKIPPED = "SKIPPED"
    CONFLICTS = "CONFLICTS"

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFile(
            self.WORKSPACE, tr("Workspace the package was made from"), FILE_PARAM_FILE,
            fileFilter=tr("ClearGround workspace (*.gpkg)") + ";;" + tr("All files (*)")))
        self.addParameter(QgsProcessingParameterFile(
            self.PACKAGE, tr("Returned package (folder or its GeoPackage)"), FILE_PARAM_FILE,
            fileFilter=tr("GeoPackage (*.gpkg)") + ";;" + tr("All files (*)")))
        self.addParameter(QgsProcessingParameterNumber(
            self.LANE_WIDTH, tr("Width of the cleared lanes (m; empty: as the tracks say)"), NUMBER_DOUBLE,
            optional=True, minValue=0.01))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_OVERLAP, tr("Minimum cover by cleared lanes (% of a sector)"), NUMBER_DOUBLE, 90.0,
            minValue=0.0, maxValue=100.0))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT_REPORT, tr("Sync report"), SOURCE_VECTOR))
        for name, text in ((self.MERGED, tr("Items merged")), (self.SKIPPED, tr("Items skipped")),
                           (self.CONFLICTS, tr("Items in conflict"))):
            self.addOutput(QgsProcessingOutputNumber(name, text))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        package = self.parameterAsFile(parameters, self.PACKAGE, context)
        if not package:
            raise QgsProcessingException(tr("Give the returned package (PACKAGE)."))
        store = self.workspace(parameters, context)
        if store is None:
            raise QgsProcessingException(tr("Give the workspace the package was made from (WORKSPACE)."))
        lane_width = None
        if parameters.get(self.LANE_WIDTH) not in (None, ""):
            lane_width = self.parameterAsDouble(parameters, self.LANE_WIDTH, context)
        min_overlap = self.parameterAsDouble(parameters, self.MIN_OVERLAP, context) / 100.0
        try:
            contents = read_package(package)
            check_package(store, contents)
        except (fp.PackageError, WorkspaceError) as exc:
            raise QgsProcessingException(str(exc)) from exc
        fields = QgsFields()
        for name in REPORT_FIELDS:
            fields.append(QgsField(name, FIELD_TEXT))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT_REPORT, context, fields, WkbType.NoGeometry)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_REPORT))
        try:
            result = sync(store, contents, photo_folder(store, contents), lane_width, min_overlap)
        except (fp.PackageError, WorkspaceError) as exc:
            raise QgsProcessingException(str(exc)) from exc
        for row in result.report:
            feature = QgsFeature(fields)
            feature.setAttributes([row.outcome, row.layer, row.key, row.field, row.old_value, row.new_value,
                                   row.message])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        totals = {outcome: 0 for outcome in fs.OUTCOMES}
        for layer, counts in result.counts.items():
            if any(counts.values()):
                feedback.pushInfo(tr("{layer}: {merged} merged, {skipped} skipped, {conflict} in conflict.").format(
                    layer=layer, **counts))
            for outcome, count in counts.items():
                totals[outcome] += count
        for row in result.report:
            if row.outcome == fs.CONFLICT:
                feedback.pushWarning(tr("Conflict, {layer} {key} {field}: the workspace has {old}, the package "
                                        "{new}. {message}").format(layer=row.layer, key=row.key, field=row.field,
                                                                   old=row.old_value, new=row.new_value,
                                                                   message=row.message))
        if result.photos:
            feedback.pushInfo(tr("{count} photos copied to {folder}.").format(
                count=len(result.photos), folder=Path(result.photos[0]).parent))
        return {self.OUTPUT_REPORT: dest, self.MERGED: totals[fs.MERGED], self.SKIPPED: totals[fs.SKIPPED],
                self.CONFLICTS: totals[fs.CONFLICT]}
