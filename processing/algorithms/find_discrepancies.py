"""clearground:finddiscrepancies: where the minefield records and the finds disagree."""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Sequence

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
)

from ...compat import (
    FIELD_DATE,
    FIELD_DATETIME,
    FIELD_DOUBLE,
    FIELD_INT,
    FIELD_TEXT,
    NUMBER_DOUBLE,
    PARAM_FLAG_ADVANCED,
    SOURCE_LINE,
    SOURCE_POINT,
    SOURCE_POLYGON,
    SOURCE_VECTOR,
    WkbType,
)
from ...core import discrepancy as core
from ...core import schema
from ...core.text import tr
from ...workspace.arrays import FeatureArrays, ogr_plan, read_layer
from ...workspace.errors import WorkspaceError
from ..base import ClearGroundAlgorithm

_QVARIANT = {"text": FIELD_TEXT, "int": FIELD_INT, "real": FIELD_DOUBLE,
             "date": FIELD_DATE, "datetime": FIELD_DATETIME}
OFFSET_FIELDS: tuple[tuple[str, object], ...] = (
    ("record_id", FIELD_TEXT), ("dx_m", FIELD_DOUBLE), ("dy_m", FIELD_DOUBLE),
    ("rotation_deg", FIELD_DOUBLE), ("scale", FIELD_DOUBLE), ("rms_before_m", FIELD_DOUBLE),
    ("rms_after_m", FIELD_DOUBLE), ("matches", FIELD_INT), ("status", FIELD_TEXT), ("confidence", FIELD_DOUBLE),
    ("runner_up_dx_m", FIELD_DOUBLE), ("runner_up_dy_m", FIELD_DOUBLE),
    ("runner_up_rotation_deg", FIELD_DOUBLE), ("runner_up_scale", FIELD_DOUBLE),
)
LINK_FIELDS: tuple[tuple[str, object], ...] = (
    ("find_id", FIELD_TEXT), ("record_id", FIELD_TEXT), ("mine_no", FIELD_TEXT),
    ("distance_m", FIELD_DOUBLE),
)
WGS84 = "EPSG:4326"


def _number(value) -> float | None:
    """A float for a numeric field, None (NULL) for a missing or non-finite value."""
    return float(value) if value is not None and math.isfinite(value) else None


def discrepancy_fields() -> QgsFields:
    """The fields of the discrepancies layer, as the schema describes them."""
    fields = QgsFields()
    for fld in schema.layer("discrepancies").fields:
        fields.append(QgsField(fld.name, _QVARIANT[fld.type]))
    return fields


def table_fields(spec: Sequence[tuple[str, object]]) -> QgsFields:
    fields = QgsFields()
    for name, kind in spec:
        fields.append(QgsField(name, kind))
    return fields


def flag_feature(flag: core.Flag, fields: QgsFields, names: Sequence[str] | None = None) -> QgsFeature:
    """A discrepancies feature for one flag (``names``: the fields' names, when known already)."""
    feature = QgsFeature(fields)
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(flag.lon, flag.lat)))
    feature.setAttributes([getattr(flag, name, None) for name in (names or fields.names())])
    return feature


class FindDiscrepancies(ClearGroundAlgorithm):
    NAME = "finddiscrepancies"
    DISPLAY = "Find discrepancies (map versus reality)"
    GROUP_ID = "analysis"
    GROUP = "Analysis"
    HELP = (
        "Compares the minefield records (and their recorded mines) with the finds and the sectors, and "
        "flags where they disagree:\n"
        "- find_outside_records: AP/AT finds farther than PERIMETER_BUFFER metres from every record, grouped "
        "into clusters (one flag per cluster: the number of mines in observed, the find ids in find_id);\n"
        "- missing_mines / surplus_mines: recorded versus found counts per category, for records whose area "
        "is cleared to at least MIN_CLEARED percent (needs SECTORS);\n"
        "- type_mismatch: categories or models found that the record does not mention;\n"
        "- unmatched_recorded_mine: a recorded mine in a cleared sector with no find within TOLERANCE metres "
        "(after the record's offset, when one is established);\n"
        "- systematic_offset: a record whose finds match its mines much better after one shift, rotation "
        "and scale, fitted robustly; when the record's raw text holds its traverse, Soviet mils read as NATO "
        "mils (and the reverse) and a wrong or missing magnetic declination are tried too;\n"
        "- post_clearance_find: a find dated after its sector was released.\n\n"
        "Every distance is in metres (a transverse Mercator projection centred on the data, geodesic for "
        "reported shifts). Finds are matched to recorded mines one to one, nearest first, same category. A "
        "find that lies on another record's mine as that record is plotted is evidence for that record, not "
        "a reason to move this one.\n\n"
        "Advanced: SEARCH_RADIUS, the largest record offset looked for (default 200 m); MAX_ROTATION (default "
        "12 degrees); DECLINATION, tried when a traverse may have omitted it (default 6 degrees east).\n\n"
        "Outputs: OUTPUT, the flags (the fields of the discrepancies layer), ranked by severity and size; "
        "OUTPUT_OFFSETS, one row per record with finds around it: dx_m (east) and dy_m (north) of the "
        "record's centroid, rotation_deg (clockwise, about the centroid), scale, rms_before_m, rms_after_m, "
        "matches, and status: fitted, ambiguous (another transform, runner_up_dx_m, runner_up_dy_m, "
        "runner_up_rotation_deg and runner_up_scale, explains the evidence about as well: a row field "
        "cleared from one side fits its finds one row gap or one mine "
        "spacing away too) or too_few_finds; confidence is 1 - the runner-up's evidence / the best's (the "
        "evidence: finds explained, less finds left unexplained inside the moved record and mines moved into "
        "cleared ground where nothing was found); the best must win by 3 to be fitted. "
        "clearground:correctrecord applies the fitted ones. OUTPUT_LINKS (optional): a line from each matched "
        "find to where its record put the mine. Rows that cannot be used are listed in the log with their "
        "feature id and the field."
    )
    WORKSPACE_IN_HELP = True
    RECORDS = "RECORDS"
    RECORDED_MINES = "RECORDED_MINES"
    FINDS = "FINDS"
    SECTORS = "SECTORS"
    TOLERANCE = "TOLERANCE"
    PERIMETER_BUFFER = "PERIMETER_BUFFER"
    MIN_CLEARED = "MIN_CLEARED"
    SEARCH_RADIUS = "SEARCH_RADIUS"
    MAX_ROTATION = "MAX_ROTATION"
    DECLINATION = "DECLINATION"
    OUTPUT = "OUTPUT"
    OUTPUT_OFFSETS = "OUTPUT_OFFSETS"
    OUTPUT_LINKS = "OUTPUT_LINKS"
    FLAGS = "FLAGS"

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.RECORDS, tr("Minefield records"), [SOURCE_POLYGON]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.RECORDED_MINES, tr("Recorded mines"), [SOURCE_POINT], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.FINDS, tr("Finds"), [SOURCE_POINT]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SECTORS, tr("Sectors"), [SOURCE_POLYGON], optional=True))
        default = core.Settings()  # the defaults of the analysis, written once in core
        self.addParameter(QgsProcessingParameterNumber(
            self.TOLERANCE, tr("Tolerance (m)"), NUMBER_DOUBLE, default.tolerance, minValue=0.1, maxValue=1000.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.PERIMETER_BUFFER, tr("Perimeter buffer (m)"), NUMBER_DOUBLE, default.perimeter_buffer,
            minValue=0.0, maxValue=5000.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_CLEARED, tr("Minimum cleared before counts are compared (% of a record's area)"),
            NUMBER_DOUBLE, default.min_cleared, minValue=0.0, maxValue=100.0))
        advanced = [
            QgsProcessingParameterNumber(self.SEARCH_RADIUS, tr("Largest record offset looked for (m)"),
                                         NUMBER_DOUBLE, default.search_radius, minValue=1.0),
            QgsProcessingParameterNumber(self.MAX_ROTATION, tr("Largest record rotation looked for (degrees)"),
                                         NUMBER_DOUBLE, default.max_rotation_deg, minValue=0.0, maxValue=45.0),
            QgsProcessingParameterNumber(self.DECLINATION, tr("Magnetic declination tried when a traverse "
                                                              "omitted it (degrees east)"),
                                         NUMBER_DOUBLE, default.declination_deg, minValue=-90.0, maxValue=90.0),
        ]
        for param in advanced:
            param.setFlags(param.flags() | PARAM_FLAG_ADVANCED)
            self.addParameter(param)
        self.add_workspace_parameter(tr("Store the flags in workspace (keeping reviews)"))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Discrepancies"), SOURCE_POINT))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_OFFSETS, tr("Record offsets"), SOURCE_VECTOR))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_LINKS, tr("Matched finds (lines to the recorded mines)"), SOURCE_LINE,
            optional=True, createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber(self.FLAGS, tr("Number of flags")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        workspace = self.workspace(parameters, context, writes=("discrepancies",))
        settings = core.Settings(
            tolerance=self.parameterAsDouble(parameters, self.TOLERANCE, context),
            perimeter_buffer=self.parameterAsDouble(parameters, self.PERIMETER_BUFFER, context),
            min_cleared=self.parameterAsDouble(parameters, self.MIN_CLEARED, context),
            search_radius=self.parameterAsDouble(parameters, self.SEARCH_RADIUS, context),
            max_rotation_deg=self.parameterAsDouble(parameters, self.MAX_ROTATION, context),
            declination_deg=self.parameterAsDouble(parameters, self.DECLINATION, context),
        )
        feedback.setProgressText(tr("Reading records, mines, finds and sectors"))
        rec = self._read(parameters, self.RECORDS, context, feedback, ("record_id",),
                         ("district", "recorded_ap", "recorded_at", "mine_models", "raw"))
        # a national table's mines: their text stays UTF-8 bytes, coded or decoded where used (core)
        mines = self._read(parameters, self.RECORDED_MINES, context, feedback, ("record_id",),
                           ("mine_no", "category", "model"), optional=True,
                           raw_text=("record_id", "mine_no", "category", "model"))
        finds = self._read(parameters, self.FINDS, context, feedback, ("find_id",),
                           ("category", "model", "quantity", "found_date", "sector_id"))
        sectors = self._read(parameters, self.SECTORS, context, feedback, ("sector_id", "status"),
                             ("status_date", "parent_id"), optional=True)
        if feedback.isCanceled():
            return {}
        records_in = core.Records(rec.attrs["record_id"], rec.geoms, rec.attrs.get("district"),
                                  rec.attrs.get("recorded_ap"), rec.attrs.get("recorded_at"),
                                  rec.attrs.get("mine_models"), rec.attrs.get("raw"), rec.fid)
        mines_in = None
        if mines is not None:
            x, y = mines.xy()
            mines_in = core.RecordedMines(mines.attrs["record_id"], x, y, mines.attrs.get("category"),
                                          mines.attrs.get("model"), mines.attrs.get("mine_no"), mines.fid)
        fx, fy = finds.xy()
        finds_in = core.Finds(finds.attrs["find_id"], fx, fy, finds.attrs.get("category"), finds.attrs.get("model"),
                              finds.attrs.get("quantity"), finds.attrs.get("found_date"),
                              finds.attrs.get("sector_id"), finds.fid)
        sectors_in = None
        if sectors is not None:
            sectors_in = core.Sectors(sectors.attrs["sector_id"], sectors.geometry_column(), sectors.attrs["status"],
                                      sectors.attrs.get("status_date"), sectors.attrs.get("parent_id"), sectors.fid)
        else:
            feedback.pushInfo(tr("No SECTORS: counts are not compared and cleared ground is not checked."))
        del rec, mines, finds, sectors  # the core's inputs hold the only references: it lets them go as it goes
        feedback.setProgressText(tr("Comparing the records with the finds"))
        try:
            result = core.analyse(records_in, mines_in, finds_in, sectors_in, settings, _Scaled(feedback, 5, 90),
                                  release_inputs=True)
        except core.CancelledError:
            return {}
        for problem in result.problems:
            feedback.reportError(tr("{layer} feature {row} ({field}): {reason}").format(
                layer=problem.layer, row=problem.row, field=problem.field, reason=problem.reason), False)

        feedback.setProgressText(tr("Writing the flags"))
        crs = QgsCoordinateReferenceSystem(WGS84)
        fields = discrepancy_fields()
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, WkbType.Point, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        names = fields.names()
        if workspace is not None:
            reviewed = self._store(workspace, result.flags, feedback)
            result.flags = [replace(f, status=reviewed.get(f.flag_id, f).status, note=reviewed.get(f.flag_id, f).note)
                            for f in result.flags]
        for flag in result.flags:
            sink.addFeature(flag_feature(flag, fields, names), QgsFeatureSink.Flag.FastInsert)
        off_fields = table_fields(OFFSET_FIELDS)
        off_sink, off_dest = self.parameterAsSink(parameters, self.OUTPUT_OFFSETS, context, off_fields,
                                                  WkbType.NoGeometry, QgsCoordinateReferenceSystem())
        if off_sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_OFFSETS))
        for row in result.offsets:
            feature = QgsFeature(off_fields)
            feature.setAttributes([row.record_id, float(row.dx_m), float(row.dy_m), float(row.rotation_deg),
                                   float(row.scale), _number(row.rms_before_m), _number(row.rms_after_m),
                                   int(row.matches), row.status, _number(row.confidence),
                                   _number(row.runner_up_dx_m), _number(row.runner_up_dy_m),
                                   _number(row.runner_up_rotation_deg), _number(row.runner_up_scale)])
            off_sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        outputs = {self.OUTPUT: dest, self.OUTPUT_OFFSETS: off_dest, self.FLAGS: len(result.flags)}
        link_fields = table_fields(LINK_FIELDS)
        link_sink, link_dest = self.parameterAsSink(parameters, self.OUTPUT_LINKS, context, link_fields,
                                                    WkbType.LineString, crs)
        if link_sink is not None:
            for link in result.links:
                feature = QgsFeature(link_fields)
                feature.setGeometry(QgsGeometry.fromPolylineXY(
                    [QgsPointXY(link.find_lon, link.find_lat), QgsPointXY(link.mine_lon, link.mine_lat)]))
                feature.setAttributes([link.find_id, link.record_id, link.mine_no, float(link.distance_m)])
                link_sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
            outputs[self.OUTPUT_LINKS] = link_dest
        counts = {}
        for flag in result.flags:
            counts[flag.kind] = counts.get(flag.kind, 0) + 1
        feedback.pushInfo(tr("{count} flags: {detail}.").format(
            count=len(result.flags), detail=", ".join(f"{k} {v}" for k, v in counts.items()) or tr("none")))
        feedback.setProgress(100)
        return outputs

    @staticmethod
    def _store(workspace, flags: list, feedback) -> dict:
        """Replace the workspace's flags, keeping the analysts' reviews; the stored flags by id."""
        from ...workspace.writer import FeatureColumns

        names = [n for n in schema.layer("discrepancies").field_names if n not in ("status", "note")]
        columns = {n: [getattr(f, n) for f in flags] for n in names}
        points = np.array([(f.lon, f.lat) for f in flags], dtype=float).reshape(-1, 2)
        try:
            counts = workspace.replace_flags(FeatureColumns(columns, points))
        except WorkspaceError as exc:
            raise QgsProcessingException(str(exc)) from exc
        feedback.pushInfo(tr("{total} flags stored in {workspace}; {carried} kept their review, {kept} reviewed "
                             "flags no longer raised were kept.").format(
            total=counts.total, workspace=workspace.name, carried=counts.carried, kept=counts.kept))
        with workspace.transaction() as tx:
            reviews = tx.reviews()
        return {flag_id: review for flag_id, (_, review) in reviews.items()}

    def _read(self, parameters, name: str, context, feedback, required: Sequence[str], wanted: Sequence[str],
              optional: bool = False, raw_text: Sequence[str] = ()) -> FeatureArrays | None:
        """The input ``name`` as arrays in EPSG:4326: its required fields and whichever wanted ones it has."""
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            if optional:
                return None
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        names = source.fields().names()
        missing = [f for f in required if f not in names]
        if missing:
            raise QgsProcessingException(tr("{input} has no field {fields}.").format(
                input=name, fields=", ".join(missing)))
        fields = list(required) + [f for f in wanted if f in names]
        layer = self._whole_layer(parameters, name, context)
        return read_layer(layer if layer is not None else source, fields, WGS84, feedback, raw_text=raw_text)

    def _whole_layer(self, parameters, name: str, context):
        """The input as a layer when all of it is used and OGR can read its file directly (the fast
        path); None otherwise: then the feature source is read, which is safe in any thread."""
        layer = self.whole_layer(parameters, name, context)
        return layer if layer is not None and ogr_plan(layer) is not None else None


class _Scaled:
    """A feedback seen by the core as 0-100 while it moves the algorithm's bar from ``lo`` to ``hi``."""

    def __init__(self, feedback, lo: float, hi: float):
        self.feedback, self.lo, self.hi = feedback, lo, hi

    def setProgress(self, value: float) -> None:  # noqa: N802 - mirrors QgsFeedback
        self.feedback.setProgress(self.lo + (self.hi - self.lo) * float(value) / 100.0)

    def isCanceled(self) -> bool:  # noqa: N802 - mirrors QgsFeedback
        return self.feedback.isCanceled()


