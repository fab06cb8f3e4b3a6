"""clearground:correctrecord: move the uncleared remainder of records by their fitted offsets."""

from __future__ import annotations

import numpy as np
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
)

from ...compat import FIELD_TEXT, SOURCE_POINT, SOURCE_POLYGON, SOURCE_VECTOR, WkbType
from ...core.offsets import TRANSFORM_COLUMNS, Similarity, move_lonlat, record_pivot, row_transform
from ...core.text import tr
from ...workspace.arrays import read_layer
from ..base import ClearGroundAlgorithm

WGS84 = "EPSG:4326"
_OFFSET_COLUMNS = ("record_id", *TRANSFORM_COLUMNS)


def _fields_with_raw(fields: QgsFields) -> QgsFields:
    out = QgsFields(fields)
    if out.indexOf("raw") < 0:
        out.append(QgsField("raw", FIELD_TEXT))
    return out


def _text(value) -> str:
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return ""
    return str(value)


def _rounded(value) -> str:
    try:
        return f"{float(value):.1f}"
    except (TypeError, ValueError):
        return "?"


def _to_qgs(geom) -> QgsGeometry:
    result = QgsGeometry()
    result.fromWkb(shapely.to_wkb(geom))
    return result


class CorrectRecord(ClearGroundAlgorithm):
    NAME = "correctrecord"
    DISPLAY = "Correct records by their offsets"
    GROUP_ID = "analysis"
    GROUP = "Analysis"
    HELP = (
        "Moves minefield records and their recorded mines by the transform that "
        "clearground:finddiscrepancies fitted from the finds (its OUTPUT_OFFSETS table), so that teams "
        "search where the mines really are.\n\n"
        "Each record of OFFSETS (record_id, dx_m, dy_m, rotation_deg, scale) is turned about the "
        "centroid of its perimeter (the mean of its mines when it has none): scaled, rotated clockwise "
        "by rotation_deg, then shifted dx_m metres east and dy_m metres north, geodesically.\n\n"
        "With SECTORS (optional), only the uncleared remainder is kept: the corrected perimeter minus "
        "the cleared sectors, and the corrected mines that do not fall in a cleared sector.\n\n"
        "Outputs: OUTPUT_RECORDS and OUTPUT_MINES, the moved records and mines with all their fields; "
        "the original text and position are kept in raw (the original raw text, then a line "
        "'original geometry: WKT'). Records without an offset row are left out and counted in the log.\n\n"
        "Only records whose offset row has status fitted are moved: an ambiguous one (another transform "
        "explains its finds about as well) or one with too few finds is left out, each named in the log "
        "with why. INCLUDE_AMBIGUOUS moves the ambiguous ones too, by their best transform, and says so in "
        "their notes. An OFFSETS table without a status field (from an older run) is taken as fitted."
    )
    RECORDS = "RECORDS"
    RECORDED_MINES = "RECORDED_MINES"
    OFFSETS = "OFFSETS"
    SECTORS = "SECTORS"
    INCLUDE_AMBIGUOUS = "INCLUDE_AMBIGUOUS"
    OUTPUT_RECORDS = "OUTPUT_RECORDS"
    OUTPUT_MINES = "OUTPUT_MINES"

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.RECORDS, tr("Minefield records"), [SOURCE_POLYGON]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.RECORDED_MINES, tr("Recorded mines"), [SOURCE_POINT]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.OFFSETS, tr("Record offsets (from Find discrepancies)"), [SOURCE_VECTOR]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SECTORS, tr("Sectors (to keep only the uncleared remainder)"), [SOURCE_POLYGON],
            optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.INCLUDE_AMBIGUOUS, tr("Also move records whose fit is ambiguous"), False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_RECORDS, tr("Corrected records"), SOURCE_POLYGON))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_MINES, tr("Corrected mines"), SOURCE_POINT))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        records = self._source(parameters, self.RECORDS, context, ("record_id",))
        mines = self._source(parameters, self.RECORDED_MINES, context, ("record_id",))
        offsets = self._source(parameters, self.OFFSETS, context, _OFFSET_COLUMNS)
        transforms, ambiguous = self._offsets(offsets, feedback,
                                              self.parameterAsBoolean(parameters, self.INCLUDE_AMBIGUOUS, context))
        cleared = self._cleared(parameters, context, feedback)

        rec = read_layer(records, ["record_id"], WGS84, feedback)
        mine_arrays = read_layer(mines, ["record_id"], WGS84, feedback)
        mx, my = mine_arrays.xy()
        rec_ids = [_text(v).strip() for v in rec.attrs["record_id"]]
        mine_ids = np.array([_text(v).strip() for v in mine_arrays.attrs["record_id"]], dtype=object)
        pivots: dict[str, tuple[float, float]] = {}
        perimeters = dict(zip(rec_ids, rec.geoms))
        for rid in transforms:
            sel = (mine_ids == rid) & np.isfinite(mx)
            pivot = record_pivot(perimeters.get(rid), np.column_stack((mx[sel], my[sel])))
            if pivot is None:
                feedback.reportError(tr("Record {id} is in OFFSETS but has neither a perimeter nor mines; "
                                        "nothing to move.").format(id=rid), False)
                continue
            pivots[rid] = pivot
        feedback.setProgress(30)

        crs = QgsCoordinateReferenceSystem(WGS84)
        rec_fields = _fields_with_raw(records.fields())
        rec_sink, rec_dest = self.parameterAsSink(parameters, self.OUTPUT_RECORDS, context, rec_fields,
                                                  WkbType.MultiPolygon, crs)
        if rec_sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_RECORDS))
        geom_by_fid = dict(zip(rec.fid.tolist(), rec.geoms))
        moved_records, skipped = 0, 0
        for feature in records.getFeatures():
            rid = _text(feature["record_id"]).strip()
            if rid not in pivots:
                skipped += 1
                continue
            original = geom_by_fid.get(feature.id())
            out = QgsFeature(rec_fields)
            out.setAttributes(list(feature.attributes()) + [None] * (rec_fields.count() - len(feature.attributes())))
            if original is not None and not shapely.is_empty(original):
                moved = move_lonlat(np.array([original], dtype=object), pivots[rid], transforms[rid])[0]
                if cleared is not None:
                    moved = shapely.difference(moved, cleared)
                if not shapely.is_empty(moved):
                    out.setGeometry(_to_qgs(moved))
                out["raw"] = self._raw(feature, original)
            if rid in ambiguous:
                self._note_ambiguous(out, rec_fields, ambiguous[rid])
            rec_sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
            moved_records += 1
        if skipped:
            feedback.pushInfo(tr("{count} record(s) have no offset row and were left out.").format(count=skipped))
        feedback.setProgress(60)

        mine_fields = _fields_with_raw(mines.fields())
        mine_sink, mine_dest = self.parameterAsSink(parameters, self.OUTPUT_MINES, context, mine_fields,
                                                    WkbType.Point, crs)
        if mine_sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_MINES))
        index_of = {fid: k for k, fid in enumerate(mine_arrays.fid.tolist())}
        points = np.full(len(mx), None, dtype=object)
        ok = np.isfinite(mx) & np.isfinite(my)
        points[ok] = shapely.points(mx[ok], my[ok])
        moved_points = np.full(len(mx), None, dtype=object)
        for rid, pivot in pivots.items():  # one projection per record
            sel = np.flatnonzero((mine_ids == rid) & ok)
            if len(sel):
                moved_points[sel] = move_lonlat(points[sel], pivot, transforms[rid])
        moved_mines, in_cleared, without_offset = 0, 0, 0
        for feature in mines.getFeatures():
            if feedback.isCanceled():
                return {}
            rid = _text(feature["record_id"]).strip()
            if rid not in pivots:
                without_offset += 1
                continue
            k = index_of.get(feature.id())
            if k is None or moved_points[k] is None:
                feedback.reportError(tr("Recorded mine feature {fid} of record {id} has no position; left out.")
                                     .format(fid=feature.id(), id=rid), False)
                continue
            point, moved = points[k], moved_points[k]
            if cleared is not None and shapely.intersects(moved, cleared):
                in_cleared += 1
                continue
            out = QgsFeature(mine_fields)
            out.setAttributes(list(feature.attributes()) + [None] * (mine_fields.count() - len(feature.attributes())))
            out.setGeometry(_to_qgs(moved))
            out["raw"] = self._raw(feature, point)
            mine_sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
            moved_mines += 1
        feedback.pushInfo(tr("Moved {records} record(s) and {mines} mine(s).").format(
            records=moved_records, mines=moved_mines))
        if without_offset:
            feedback.pushInfo(tr("{count} recorded mine(s) belong to records without an offset row and were left "
                                 "out.").format(count=without_offset))
        if in_cleared:
            feedback.pushInfo(tr("{count} corrected mine(s) fall in cleared sectors and were left out.").format(
                count=in_cleared))
        feedback.setProgress(100)
        return {self.OUTPUT_RECORDS: rec_dest, self.OUTPUT_MINES: mine_dest}

    def _source(self, parameters, name, context, required):
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        missing = [f for f in required if f not in source.fields().names()]
        if missing:
            raise QgsProcessingException(tr("{input} has no field {fields}.").format(
                input=name, fields=", ".join(missing)))
        return source

    @staticmethod
    def _note_ambiguous(out: QgsFeature, fields: QgsFields, runner_up: str) -> None:
        note = tr("moved by an ambiguous fit, as INCLUDE_AMBIGUOUS asked ({runner}): search here with care").format(
            runner=runner_up)
        name = "notes" if fields.indexOf("notes") >= 0 else "raw"
        before = _text(out[name])
        out[name] = f"{before}; {note}" if before else note

    def _offsets(self, source, feedback, include_ambiguous: bool) -> tuple[dict[str, Similarity], dict[str, str]]:
        """The transforms to apply by record, and the ambiguous ones among them (record -> its runner-up)."""
        transforms: dict[str, Similarity] = {}
        ambiguous: dict[str, str] = {}
        has_status = source.fields().indexOf("status") >= 0
        if not has_status:
            feedback.pushInfo(tr("OFFSETS has no status field (an older run): every row is taken as fitted."))
        left: list[str] = []
        for row, feature in enumerate(source.getFeatures(), start=1):
            rid = _text(feature["record_id"]).strip()
            status = _text(feature["status"]).strip() if has_status else "fitted"
            if status == "too_few_finds":
                left.append(tr("{id}: too few finds, or finds too close together, to place its mines; clearing more of "
                               "it decides").format(id=rid))
                continue
            if status == "ambiguous":
                runner = tr("the runner-up moves it {dx} m east, {dy} m north").format(
                    dx=_rounded(feature["runner_up_dx_m"]), dy=_rounded(feature["runner_up_dy_m"]))
                if not include_ambiguous:
                    left.append(tr("{id}: ambiguous ({runner}); clear more of it, or set INCLUDE_AMBIGUOUS").format(
                        id=rid, runner=runner))
                    continue
                ambiguous[rid] = runner
            elif status != "fitted":
                left.append(tr("{id}: status '{status}' is not one ClearGround writes").format(id=rid, status=status))
                continue
            transform = row_transform([feature[name] for name in TRANSFORM_COLUMNS])
            if not rid or transform is None:
                feedback.reportError(tr("OFFSETS row {row} ({id}): record_id, dx_m, dy_m, rotation_deg and a "
                                        "positive scale are needed; row skipped.").format(row=row, id=rid), False)
                continue
            if rid in transforms:
                feedback.reportError(tr("OFFSETS row {row}: record {id} appears again; the first row is used.")
                                     .format(row=row, id=rid), False)
                continue
            transforms[rid] = transform
        if left:
            feedback.pushWarning(tr("{count} record(s) left as they are:").format(count=len(left)))
            for line in left[:50]:
                feedback.pushInfo("  " + line)
            if len(left) > 50:
                feedback.pushInfo(tr("  ... and {n} more").format(n=len(left) - 50))
        return transforms, ambiguous

    def _cleared(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.SECTORS, context)
        if source is None:
            return None
        if "status" not in source.fields().names():
            raise QgsProcessingException(tr("SECTORS has no field status."))
        sectors = read_layer(source, ["status"], WGS84, feedback)
        keep = np.array([_text(s) == "cleared" for s in sectors.attrs["status"]], dtype=bool)
        geoms = sectors.geoms[keep]
        geoms = geoms[~shapely.is_missing(geoms)]
        if not len(geoms):
            return None
        return shapely.union_all(shapely.make_valid(geoms))

    @staticmethod
    def _raw(feature: QgsFeature, original) -> str:
        fields = feature.fields()
        raw = _text(feature["raw"]) if fields.indexOf("raw") >= 0 else ""
        line = "original geometry: " + shapely.to_wkt(original, rounding_precision=9, trim=True)
        return f"{raw}\n{line}" if raw else line
