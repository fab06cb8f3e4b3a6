"""clearground:marksectors: set the status of every sector covered by cleared ground."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import shapely
from qgis.core import (
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QVariant

from ...compat import (
    DATETIME_PARAM_DATE,
    NUMBER_DOUBLE,
    NUMBER_INTEGER,
    SOURCE_LINE,
    SOURCE_POLYGON,
    SOURCE_VECTOR,
    WkbType,
)
from ...core import marking
from ...core.categories import METHODS, SECTOR_STATUSES
from ...core.coverage import covered_fraction, not_in_degrees
from ...core.marking import StatusChange
from ...core.sectors import polygonal
from ...core.text import tr
from ...workspace import audit
from ...workspace.arrays import read_layer
from ...workspace.errors import WorkspaceError
from ...workspace.sector_edits import CLEARED, qt_value, sector_fields
from ..base import ClearGroundAlgorithm
from ..enum_labels import labelled_enum
from .generate_sectors import geometries_4326


class MarkSectors(ClearGroundAlgorithm):
    NAME = "marksectors"
    DISPLAY = "Mark sectors"
    GROUP_ID = "sectors"
    GROUP = "Sectors"
    ICON = "mark_sectors"
    HELP = (
        "Sets the status of every sector that the cleared ground covers to at least MIN_OVERLAP percent "
        "of its area.\n\n"
        "CLEARED: polygons of cleared ground, or lines such as GPS tracks of cleared lanes, which are "
        "buffered to LANE_WIDTH metres (half each side, flat ends). Overlapping polygons and lanes are "
        "merged before measuring, so no ground is counted twice. Areas are measured in metres in each "
        "sector's local UTM zone.\n\n"
        "STATUS (default cleared), DATE (default today), TEAM, METHOD and DEPTH_CM are written to the "
        "marked sectors, whose version goes up by one, with updated_by and updated_at. A sector that "
        "already has STATUS is left as it is. Taking a sector out of cleared needs a REASON; without "
        "one such sectors are left unchanged and listed in the log.\n\n"
        "Outputs: OUTPUT, every input sector with its new values; OUTPUT_AUDIT, one audit_log row per "
        "changed field (and one reason row per sector taken out of cleared)."
    )
    WORKSPACE_IN_HELP = True
    SECTORS = "SECTORS"
    CLEARED_INPUT = "CLEARED"
    MIN_OVERLAP = "MIN_OVERLAP"
    STATUS = "STATUS"
    DATE = "DATE"
    TEAM = "TEAM"
    METHOD = "METHOD"
    LANE_WIDTH = "LANE_WIDTH"
    DEPTH_CM = "DEPTH_CM"
    REASON = "REASON"
    OUTPUT = "OUTPUT"
    OUTPUT_AUDIT = "OUTPUT_AUDIT"
    MARKED = "MARKED"

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SECTORS, tr("Sectors"), [SOURCE_POLYGON]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.CLEARED_INPUT, tr("Cleared ground (polygons or lane tracks)"),
            [SOURCE_POLYGON, SOURCE_LINE]))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_OVERLAP, tr("Minimum overlap (% of a sector)"), NUMBER_DOUBLE, 90.0,
            minValue=0.0, maxValue=100.0))
        status = QgsProcessingParameterEnum(
            self.STATUS, tr("Status"), options=list(SECTOR_STATUSES), defaultValue=CLEARED)
        status.setUsesStaticStrings(True)
        labelled_enum(status, "sector_status")
        self.addParameter(status)
        self.addParameter(QgsProcessingParameterDateTime(
            self.DATE, tr("Date (default today)"), DATETIME_PARAM_DATE, optional=True))
        self.addParameter(QgsProcessingParameterString(self.TEAM, tr("Team"), optional=True))
        method = QgsProcessingParameterEnum(
            self.METHOD, tr("Method"), options=list(METHODS), optional=True)
        method.setUsesStaticStrings(True)
        labelled_enum(method, "method")
        self.addParameter(method)
        self.addParameter(QgsProcessingParameterNumber(
            self.LANE_WIDTH, tr("Lane width of cleared tracks (m)"), NUMBER_DOUBLE, 2.0,
            minValue=0.01))
        self.addParameter(QgsProcessingParameterNumber(
            self.DEPTH_CM, tr("Clearance depth (cm)"), NUMBER_INTEGER, optional=True,
            minValue=0, maxValue=10_000))
        self.addParameter(QgsProcessingParameterString(
            self.REASON, tr("Reason (to take sectors out of cleared)"), optional=True))
        self.add_workspace_parameter(tr("Mark in workspace"))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Marked sectors"), SOURCE_POLYGON, optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_AUDIT, tr("Audit entries"), SOURCE_VECTOR))
        self.addOutput(QgsProcessingOutputNumber(self.MARKED, tr("Number of sectors marked")))

    def shortHelpString(self) -> str:  # noqa: N802 - QGIS API
        return super().shortHelpString() + "\n\n" + tr(
            "GPS tracks as teams record them: a GPX file holds several layers (waypoints, routes, tracks, "
            "route_points, track_points); give its tracks as CLEARED=file.gpx|layername=tracks (a GPX path "
            "without a layer name is read so too, said in the log). A KML file of lane lines, or of cleared "
            "polygons, is given as it is.")

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        parameters = self._gpx_tracks(parameters, feedback)
        sectors = self.parameterAsSource(parameters, self.SECTORS, context)
        if sectors is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.SECTORS))
        cleared_source = self.parameterAsSource(parameters, self.CLEARED_INPUT, context)
        if cleared_source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.CLEARED_INPUT))
        for name in ("sector_id", "status"):
            if sectors.fields().indexOf(name) < 0:
                raise QgsProcessingException(tr("SECTORS has no field {field}.").format(field=name))
        min_overlap = self.parameterAsDouble(parameters, self.MIN_OVERLAP, context) / 100.0
        status = self.parameterAsEnumString(parameters, self.STATUS, context) or CLEARED
        if status not in SECTOR_STATUSES:
            raise QgsProcessingException(tr("STATUS must be one of: {values}.").format(
                values=", ".join(SECTOR_STATUSES)))
        method = self._optional_enum(parameters, self.METHOD, context)
        if method is not None and method not in METHODS:
            raise QgsProcessingException(tr("METHOD must be one of: {values}.").format(values=", ".join(METHODS)))
        date = self._date(parameters, context)
        team = (self.parameterAsString(parameters, self.TEAM, context) or "").strip() or None
        depth = None
        if parameters.get(self.DEPTH_CM) not in (None, ""):
            depth = self.parameterAsInt(parameters, self.DEPTH_CM, context)
        lane_width = self.parameterAsDouble(parameters, self.LANE_WIDTH, context)
        reason = (self.parameterAsString(parameters, self.REASON, context) or "").strip()
        workspace = self.workspace(parameters, context, writes=("sectors", "audit_log"))

        # -- read --------------------------------------------------------------------------------
        feedback.setProgressText(tr("Reading sectors and cleared ground"))
        names = sectors.fields().names()
        read = ["sector_id"] + ([n for n in _ROW_FIELDS if n in names] if workspace is None else [])
        arrays = read_layer(self._readable(parameters, sectors, context), read, "EPSG:4326", feedback)
        geoms = self._sector_geometries(arrays, feedback)
        self._check_degrees(geoms, arrays, sectors.sourceCrs().authid())
        cleared = self._cleared(cleared_source, context, feedback)
        if feedback.isCanceled():
            return {}

        # -- measure -----------------------------------------------------------------------------
        feedback.setProgressText(tr("Measuring overlaps"))
        overlap = covered_fraction(geoms, cleared, lane_width)
        feedback.setProgress(60)

        # -- write -------------------------------------------------------------------------------
        out_fields = QgsFields(sectors.fields())
        for fld in sector_fields():
            if out_fields.indexOf(fld.name()) < 0:
                out_fields.append(QgsField(fld))
        sink, dest = self.parameterAsSink(
            parameters, self.OUTPUT, context, out_fields, sectors.wkbType(), sectors.sourceCrs())
        if sink is None and (workspace is None or parameters.get(self.OUTPUT) is not None):
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        audit_sink, audit_dest = self.parameterAsSink(
            parameters, self.OUTPUT_AUDIT, context, audit.audit_fields(), WkbType.NoGeometry)
        if audit_sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_AUDIT))

        change = StatusChange(status, date, team, method, depth, reason or None)
        user, now = audit.current_user(), audit.utc_now()
        hit = (overlap >= min_overlap) & (overlap > 0)
        rule = {"without_reason": "skip", "keep_same_status": True}
        fids = np.asarray(arrays.fid)[hit]
        ids = _sector_ids(arrays, hit)
        try:
            if workspace is not None:  # the workspace reads the rows itself, in its transaction
                result = workspace.mark_sectors(ids, change, user, now, **rule)
            else:
                result = marking.mark(_marking_rows(arrays, hit), change, user, now, **rule)
        except (marking.MarkingError, WorkspaceError) as exc:
            raise QgsProcessingException(str(exc)) from exc
        for key in result.kept_cleared:
            feedback.reportError(tr(
                "Sector {id} is cleared: give REASON to mark it {status}; left unchanged.").format(
                id=key, status=status), False)
        feedback.setProgress(70)

        if sink is not None:
            updates = {int(fid): result.updates[key] for fid, key in zip(fids, ids) if key in result.updates}
            if not self._write(sink, sectors, out_fields, updates, feedback):
                if feedback.isCanceled():
                    return {}
                raise QgsProcessingException(self.writeFeatureError(sink, parameters, self.OUTPUT))
        audit.write(audit_sink, result.entries)
        marked = len(result.updates)
        counts = {"marked": marked, "total": len(arrays.fid), "status": status, "audit": len(result.entries)}
        if workspace is not None:
            feedback.pushInfo(tr("{marked} of {total} sectors marked {status} in {workspace}; {audit} audit rows."
                                 ).format(workspace=workspace.name, **counts))
        else:
            feedback.pushInfo(tr("{marked} of {total} sectors marked {status}; {audit} audit rows.").format(**counts))
        if result.kept_cleared:
            feedback.pushWarning(tr("{count} cleared sectors left unchanged (no REASON).").format(
                count=len(result.kept_cleared)))
        return {self.OUTPUT: dest, self.OUTPUT_AUDIT: audit_dest, self.MARKED: marked}

    # -- helpers ---------------------------------------------------------------------------------
    def _write(self, sink, sectors, out_fields: QgsFields, updates: dict, feedback) -> bool:
        """Every sector to ``sink``, with the new values of those marked; False when cancelled or refused."""
        width, pad = out_fields.count(), out_fields.count() > sectors.fields().count()
        index = {name: out_fields.indexOf(name) for name in {n for u in updates.values() for n in u}}
        converted: dict = {}  # the change's values are shared by every marked sector: made QGIS values once
        total, batch = max(sectors.featureCount(), 1), []
        for k, feature in enumerate(sectors.getFeatures()):
            if pad:
                feature.resizeAttributes(width)
                feature.setFields(out_fields, False)
            for name, value in updates.get(feature.id(), {}).items():
                key = (name, type(value), value)
                if key not in converted:
                    converted[key] = qt_value(value)
                feature.setAttribute(index[name], converted[key])
            batch.append(feature)
            if len(batch) == 2000:
                if feedback.isCanceled():
                    return False
                feedback.setProgress(70 + 30 * k / total)
                if not sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert):
                    return False
                batch = []
        return not batch or sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert)

    def _gpx_tracks(self, parameters, feedback) -> dict:
        """A GPX file given without a layer name as CLEARED: its tracks layer (QGIS would open its waypoints)."""
        value = parameters.get(self.CLEARED_INPUT)
        if isinstance(value, str) and value.strip().lower().endswith(".gpx") and "|" not in value:
            feedback.pushInfo(tr("CLEARED is a GPX file: its tracks are read ({value}|layername=tracks).").format(
                value=value))
            return {**parameters, self.CLEARED_INPUT: f"{value.strip()}|layername=tracks"}
        return parameters

    def _optional_enum(self, parameters, name, context) -> str | None:
        value = parameters.get(name)
        if value is None or value == "" or (isinstance(value, QVariant) and value.isNull()):
            return None
        return self.parameterAsEnumString(parameters, name, context) or None

    def _date(self, parameters, context) -> dt.date:
        value = parameters.get(self.DATE)
        if value is None or value == "":
            return dt.date.today()
        qdt = self.parameterAsDateTime(parameters, self.DATE, context)
        if not qdt.isValid():
            raise QgsProcessingException(tr("DATE {value} is not a date (use YYYY-MM-DD).").format(value=value))
        d = qdt.date()
        return dt.date(d.year(), d.month(), d.day())

    def _readable(self, parameters, source, context):
        """The SECTORS layer itself when the whole layer is used (read in bulk), else the source."""
        layer = self.whole_layer(parameters, self.SECTORS, context)
        return layer if layer is not None and layer.featureCount() == source.featureCount() else source

    @staticmethod
    def _sector_geometries(arrays, feedback) -> np.ndarray:
        """The sectors' polygons in EPSG:4326 (invalid ones repaired and named in the log)."""
        geoms = np.asarray(arrays.geoms, dtype=object).copy()
        ids = arrays.attrs["sector_id"]
        missing = shapely.is_missing(geoms)
        missing[~missing] |= shapely.is_empty(geoms[~missing])
        for i in np.flatnonzero(missing):
            feedback.reportError(tr("Sector row {row} ({id}) has no geometry; left unchanged.").format(
                row=i + 1, id=ids[i]), False)
        present = np.flatnonzero(~missing)
        invalid = present[~shapely.is_valid(geoms[present])]
        for i in invalid:
            feedback.pushWarning(tr("Sector row {row} ({id}) is invalid ({reason}); it was repaired.").format(
                row=i + 1, id=ids[i], reason=shapely.is_valid_reason(geoms[i])))
            geoms[i] = polygonal(geoms[i])
        geoms[missing] = None
        return geoms

    @staticmethod
    def _check_degrees(geoms: np.ndarray, arrays, crs: str) -> None:
        """Refuse, before anything is written, sectors whose coordinates the layer's CRS does not explain."""
        bad = not_in_degrees(geoms)
        if len(bad) == 0:
            return
        i = int(bad[0])
        x, y = shapely.get_coordinates(geoms[i])[0]
        raise QgsProcessingException(tr(
            "Sector row {row} ({id}) lies at ({x:.10g}, {y:.10g}), which is not a longitude/latitude: {count} "
            "sectors are not where the layer's CRS ({crs}) puts them. Set the layer's CRS to the one its "
            "coordinates are in (Layer Properties ▸ Source), then run again; nothing was marked.").format(
            row=i + 1, id=_plain(arrays.attrs["sector_id"][i]), x=x, y=y, count=len(bad), crs=crs or tr("none")))

    @staticmethod
    def _cleared(source, context, feedback) -> list:
        out = []
        for row, _feature, geom, problem in geometries_4326(source, context, feedback):
            if problem is None and shapely.get_dimensions(geom) == 0:
                problem = tr("a point does not show cleared ground (use polygons or lane tracks)")
            if problem is not None:
                feedback.reportError(tr("CLEARED row {row} not used: {problem}.").format(row=row, problem=problem),
                                     False)
                continue
            if not shapely.is_valid(geom):
                feedback.pushWarning(tr("CLEARED row {row} is invalid ({reason}); it was repaired.").format(
                    row=row, reason=shapely.is_valid_reason(geom)))
            out.append(geom)
        return out


#: The fields core.marking reads of a sector besides its sector_id.
_ROW_FIELDS = marking.EDITABLE_FIELDS + ("version",)


def _marking_rows(arrays, hit: np.ndarray) -> list[dict]:
    """The covered sectors as core.marking reads them (python values, None for none; sector_id as text),
    from the arrays read in bulk: numbers come as floats (whole ones made int), dates as datetime64."""
    rows: list[dict] = [{"sector_id": key} for key in _sector_ids(arrays, hit)]
    for name in _ROW_FIELDS:
        column = arrays.attrs.get(name)
        if column is None:
            values = [None] * len(rows)
        else:
            values = [_plain(v) for v in np.asarray(column)[hit].tolist()] if column.dtype.kind in "fM" \
                else np.asarray(column, dtype=object)[hit].tolist()
        for row, value in zip(rows, values):
            row[name] = value
    return rows


def _sector_ids(arrays, hit: np.ndarray) -> list[str]:
    """The covered sectors' ids as text (a whole-number id read as a float is written as the whole number)."""
    return [str(_plain(v)) for v in np.asarray(arrays.attrs["sector_id"])[hit].tolist()]


def _plain(value):
    """A number or date of the bulk arrays as core.marking reads it (NaN and NaT as None)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=dt.timezone.utc)
    return value
