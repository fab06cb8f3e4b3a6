"""clearground:importminemap: minefield records from files, coordinate tables and traverses."""

from __future__ import annotations

from contextlib import nullcontext
from pathlib import Path
from typing import Iterator

import numpy as np
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QDate, Qt

from ...compat import (
    FIELD_DATE,
    FIELD_DATETIME,
    FIELD_DOUBLE,
    FIELD_INT,
    FIELD_TEXT,
    FILE_PARAM_FILE,
    NUMBER_DOUBLE,
    SOURCE_POINT,
    SOURCE_POLYGON,
    SOURCE_VECTOR,
    WkbType,
)
from ...core import readings, schema
from ...core.angles import UNITS
from ...core.datum import DatumPolicy
from ...core.errors import CoordError
from ...core.minemap import REJECT_FIELDS, ImportOptions, ImportResult, MineMapError, import_rows, plan_import
from ...core.streaming import ImportTotals
from ...core.text import tr
from ...core.traverse import Settings
from ...workspace import WorkspaceError
from ...workspace.csv_stream import open_stream, plan_streamed
from ...workspace.sources import SourceError, read_source
from ..base import ClearGroundAlgorithm
from ..enum_labels import labelled_enum
from ..transform_context import project_operations

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
#: Rows of a large CSV read and imported at a time (workspace.csv_stream, core.streaming).
CHUNK_ROWS = 250_000
#: The first rows of a streamed file, by which its columns are judged (core.columns samples fewer).
HEAD_ROWS = 20_000
_QTYPES = {"text": FIELD_TEXT, "int": FIELD_INT, "real": FIELD_DOUBLE, "date": FIELD_DATE,
           "datetime": FIELD_DATETIME}


def schema_fields(layer_name: str) -> QgsFields:
    """The fields of a workspace layer (schema v1) as QgsFields."""
    fields = QgsFields()
    for fld in schema.layer(layer_name).fields:
        fields.append(QgsField(fld.name, _QTYPES[fld.type]))
    return fields


def reject_fields() -> QgsFields:
    fields = QgsFields()
    fields.append(QgsField("source_row", FIELD_INT))
    for name in REJECT_FIELDS[1:]:
        fields.append(QgsField(name, FIELD_TEXT))
    return fields


class _Stage:
    """A feedback for one stage of the work: progress mapped into [start, end] percent."""

    def __init__(self, feedback, start: float, end: float):
        self.feedback, self.start, self.end = feedback, start, end

    def fraction(self, value: float) -> None:
        self.setProgress(100.0 * value)

    def setProgress(self, percent: float) -> None:  # noqa: N802 - the QgsFeedback spelling
        if self.feedback is not None:
            self.feedback.setProgress(self.start + (self.end - self.start) * min(max(percent, 0.0), 100.0) / 100.0)

    def isCanceled(self) -> bool:  # noqa: N802 - the QgsFeedback spelling
        return self.feedback is not None and self.feedback.isCanceled()


class ImportMineMap(ClearGroundAlgorithm):
    NAME = "importminemap"
    DISPLAY = "Import mine map"
    GROUP_ID = "records"
    GROUP = "Minefield records"
    HELP = (
        "Reads minefield records (mine maps) and writes them as minefield records and recorded mines.\n\n"
        "INPUT takes: a traverse CSV (columns record_id, point_id, kind, from_point, bearing, unit, north, "
        "distance_m, coord, crs, category, model, count, spacing_m, declination_deg), a CSV or XLSX table "
        "of mine points (lat and lon, x and y, or one coord column), or a GIS file (GeoPackage, "
        "Shapefile, GeoJSON, KML) of perimeter polygons and/or mine points in any CRS.\n\n"
        "Coordinates may be decimal degrees (lat lon; swapped values are detected), DMS (40°01'12\"N "
        "46°55'30\"E), UTM (38T 612345 4432100), MGRS (38TMK1234532100) or SK-42 Gauss-Kruger "
        "(X=4432100 Y=8612345, the zone in front of Y). CRS is the CRS of bare coordinates (x/y "
        "columns, numbers without a zone) and of grid bearings when the record gives no coordinates "
        "of its own.\n\n"
        "Bearings are in DEFAULT_UNIT unless a row says otherwise: deg, mil6400 (NATO mils) or mil6000 "
        "(Soviet mils; 12-50 means 1250). north is grid (corrected by the meridian convergence of the "
        "record's CRS), true, or magnetic (true = magnetic + declination; DECLINATION in degrees east "
        "when the row gives none). Positions are geodesic on WGS 84.\n\n"
        "FIELD_MAPPING overrides the guessed column names, e.g. record_id=Nomre;lat=Enlik. "
        "EXPECTED_AREA (polygons) rejects what lies outside it, and finds latitude/longitude swaps. "
        "WORKSPACE (a ClearGround GeoPackage) receives the records and mines in one transaction: an "
        "error leaves it as it was; record ids already there are rejected.\n\n"
        "Every input row is imported or listed in OUTPUT_REJECTS with its row number, record, raw text "
        "and the reason. Perimeters are checked (at least 3 vertices, no leg over 5 km, not crossing "
        "themselves) and repaired only where safe, said in notes. recorded_ap and recorded_at are "
        "counted from the mines when the file does not state them."
    )
    INPUT = "INPUT"
    CRS = "CRS"
    DEFAULT_UNIT = "DEFAULT_UNIT"
    DECLINATION = "DECLINATION"
    FIELD_MAPPING = "FIELD_MAPPING"
    EXPECTED_AREA = "EXPECTED_AREA"
    WORKSPACE = "WORKSPACE"
    ENCODING = "ENCODING"
    DATUM_TRANSFORM = "DATUM_TRANSFORM"
    MISPLACED_M = "MISPLACED_M"
    OUTPUT_RECORDS = "OUTPUT_RECORDS"
    OUTPUT_MINES = "OUTPUT_MINES"
    OUTPUT_REJECTS = "OUTPUT_REJECTS"
    ROWS_READ = "ROWS_READ"
    ROWS_IMPORTED = "ROWS_IMPORTED"
    ROWS_REJECTED = "ROWS_REJECTED"
    ROWS_REPAIRED = "ROWS_REPAIRED"
    RECORDS = "RECORDS"
    MINES = "MINES"

    def shortHelpString(self) -> str:  # noqa: N802 - QGIS API
        return super().shortHelpString() + "\n\n" + tr(
            "Rows that cannot be read as written: a row with more values than the header has columns (an unquoted "
            "decimal comma), with a NUL character or with a value of over 100,000 characters is rejected with "
            "its reason; a header that names one column twice is refused until FIELD_MAPPING says which to "
            "use. ENCODING (e.g. CP1251) is the text encoding of a CSV or of a Shapefile's table that does not "
            "say it; without it the encoding is decided from the bytes and said in the log, or the file is "
            "refused when they cannot decide it. A spreadsheet is read sheet by sheet (every sheet that holds "
            "a table). WORKSPACE may also be a PostGIS workspace: postgres:CONNECTION/SCHEMA.") + "\n\n" + tr(
            "Coordinates are also read as Russian, Azerbaijani and Ukrainian records write them (40°01'12\" с.ш., "
            "40.02 ş.e., пн. ш.), with hemisphere words, compact DMS (400112N 0465530E), labels (lat 40.02 lon "
            "46.92) and UTM as zone 38 north 612345 4432100, 38T E612345 N4432100 or with spaced thousands. A "
            "text that can be read two ways (no hemisphere letters; 38S as band S or zone 38 south) is read the "
            "way that fits the record's other mines, said in notes; a point far from the rest of its record, "
            "or readable only the other way round with nothing to confirm it, is rejected with the distance. "
            "DATUM_TRANSFORM (an EPSG operation such as EPSG:1808, or a PROJ pipeline) is the one "
            "transformation used for every point of a datum other than WGS 84 (SK-42); without it the "
            "project's transformation settings decide, else the most local transformation for the area of "
            "the points (EPSG:1808 in Azerbaijan). It is named in the log and in each record's notes.") + "\n\n" + tr(
            "Columns are recognised by their names (English, Azerbaijani, Russian, Ukrainian) and by their values: "
            "device categories make the category, known mine models (resources/ordnance/models.csv) the model, "
            "values repeating in runs the record id, small numbers unique within a record the mine number; the "
            "mapping used is printed in the log with why. A mine without a category that its model does not "
            "imply is rejected. MISPLACED_M (metres, default 5000) is how far a point may lie from its record's "
            "other mines before it is judged misplaced. Features without a record id get one: id_prefix in "
            "FIELD_MAPPING names a field whose value and a sequence number make it (MS-12-3), else the file's "
            "name and the row number. Invalid polygons are repaired through make_valid where that gives one "
            "polygon (said in notes, counted in ROWS_REPAIRED); duplicates, fewer than 3 vertices and vertices "
            "over 5 km apart are rejected, as GICHD's geocheck reports them.")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFile(
            self.INPUT, tr("Mine map file (CSV, XLSX, GeoPackage, Shapefile, GeoJSON, KML)"),
            FILE_PARAM_FILE))
        # Optional so that a missing CRS means the default (QGIS 3.22 does not apply a CRS default itself).
        self.addParameter(QgsProcessingParameterCrs(self.CRS, tr("CRS of bare coordinates"), "EPSG:4326",
                                                    optional=True))
        unit = QgsProcessingParameterEnum(self.DEFAULT_UNIT, tr("Default angle unit"), options=list(UNITS),
                                          defaultValue="deg")
        unit.setUsesStaticStrings(True)
        labelled_enum(unit, "unit")
        self.addParameter(unit)
        self.addParameter(QgsProcessingParameterNumber(
            self.DECLINATION, tr("Magnetic declination (degrees east)"), NUMBER_DOUBLE, 0.0,
            minValue=-180.0, maxValue=180.0))
        self.addParameter(QgsProcessingParameterString(
            self.FIELD_MAPPING, tr("Field mapping (target=column;...)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.EXPECTED_AREA, tr("Expected area"), [SOURCE_POLYGON], optional=True))
        self.add_workspace_parameter(tr("Import into workspace"))
        self.addParameter(QgsProcessingParameterString(
            self.ENCODING, tr("Text encoding of the file (when it does not say it)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.DATUM_TRANSFORM, tr("Datum transformation to WGS 84 (EPSG operation or PROJ pipeline)"),
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.MISPLACED_M, tr("Misplaced point: farther than this from its record's other mines (metres)"),
            NUMBER_DOUBLE, readings.MIN_REACH_M, optional=True, minValue=1.0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_RECORDS, tr("Minefield records"), SOURCE_POLYGON))
        # Optional (created by default): an import into WORKSPACE may skip a million-point copy.
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_MINES, tr("Recorded mines"), SOURCE_POINT, optional=True,
            createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_REJECTS, tr("Rejected rows"), SOURCE_VECTOR))
        self.addOutput(QgsProcessingOutputNumber(self.ROWS_READ, tr("Rows read")))
        self.addOutput(QgsProcessingOutputNumber(self.ROWS_IMPORTED, tr("Rows imported")))
        self.addOutput(QgsProcessingOutputNumber(self.ROWS_REJECTED, tr("Rows rejected")))
        self.addOutput(QgsProcessingOutputNumber(self.ROWS_REPAIRED, tr("Rows imported after a repair")))
        self.addOutput(QgsProcessingOutputNumber(self.RECORDS, tr("Records")))
        self.addOutput(QgsProcessingOutputNumber(self.MINES, tr("Mines")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        path = self.parameterAsFile(parameters, self.INPUT, context)
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        crs_id = (crs.authid() or crs.toWkt()) if crs.isValid() else "EPSG:4326"
        unit = self.parameterAsEnumString(parameters, self.DEFAULT_UNIT, context) or "deg"
        if unit not in UNITS:
            raise QgsProcessingException(tr("DEFAULT_UNIT must be one of: {values}.").format(values=", ".join(UNITS)))
        declination = self.parameterAsDouble(parameters, self.DECLINATION, context)
        mapping = self.parameterAsString(parameters, self.FIELD_MAPPING, context)
        area = self._expected_area(parameters, context)

        workspace = self.workspace(parameters, context, writes=("minefield_records", "recorded_mines"))
        existing: frozenset = frozenset()
        if workspace is not None:
            try:
                existing = workspace.record_ids()
            except WorkspaceError as exc:
                raise QgsProcessingException(str(exc)) from exc

        options = ImportOptions(
            settings=Settings(crs=crs_id, default_unit=unit, declination_deg=declination,
                              datum=DatumPolicy(self.parameterAsString(parameters, self.DATUM_TRANSFORM, context),
                                                project_operations(context.transformContext()))),
            mapping_text=mapping, expected_area=area, existing_record_ids=existing,
            misplaced_m=self._misplaced(parameters, context), is_canceled=feedback.isCanceled)
        encoding = self.parameterAsString(parameters, self.ENCODING, context) or None
        try:
            parts = self._parts_streamed(path, encoding, options, feedback)
            streamed = parts is not None
            if parts is None:
                parts = self._parts_whole(path, encoding, options, feedback)
            sinks = _Sinks(self, parameters, context)
            totals = ImportTotals()
            stages = (_Quiet(feedback),) * 2 if streamed else (_Stage(feedback, 60, 75), _Stage(feedback, 75, 100))
            if workspace is None:
                self._import_parts(parts, sinks, None, totals, stages, feedback)
            else:
                # one transaction for every part: an error or a cancel leaves the workspace as it was
                with workspace.transaction() as tx, (tx.appending_in_parts() if streamed else nullcontext()):
                    self._import_parts(parts, sinks, tx, totals, stages, feedback)
        except (MineMapError, CoordError) as exc:
            raise QgsProcessingException(str(exc)) from exc
        except (SourceError, WorkspaceError) as exc:
            raise QgsProcessingException(str(exc)) from exc
        feedback.setProgress(100)
        feedback.pushInfo(tr("{read} rows read: {imported} imported, {rejected} rejected; {records} records, "
                             "{mines} mines.").format(read=totals.rows_read, imported=totals.rows_imported,
                                                      rejected=totals.rows_rejected, records=totals.records,
                                                      mines=totals.mines))
        if totals.rows_repaired:
            feedback.pushInfo(tr("Of the {imported} imported: {written} as written, {repaired} repaired "
                                 "({read} = {written} + {repaired} + {rejected} rejected).").format(
                imported=totals.rows_imported, written=totals.rows_as_written, repaired=totals.rows_repaired,
                read=totals.rows_read, rejected=totals.rows_rejected))
        for reject in totals.first_rejects:
            feedback.reportError(reject.reason, False)
        if totals.rejects > len(totals.first_rejects):
            feedback.pushWarning(tr("... and {n} more; see the rejects output.").format(
                n=totals.rejects - len(totals.first_rejects)))
        outputs = sinks.outputs()
        outputs.update({
            self.ROWS_READ: totals.rows_read, self.ROWS_IMPORTED: totals.rows_imported,
            self.ROWS_REJECTED: totals.rows_rejected, self.ROWS_REPAIRED: totals.rows_repaired,
            self.RECORDS: totals.records,
            self.MINES: totals.mines,
        })
        return outputs

    def _parts_whole(self, path: str, encoding: str | None, options: ImportOptions, feedback) -> Iterator:
        """The file read whole and imported as one part (the way of every file but a large CSV)."""
        reading = _Stage(feedback, 0, 20)
        table = read_source(path, progress=reading.fraction, encoding=encoding)
        feedback.pushInfo(tr("Read {n} rows from {name}.").format(n=len(table), name=Path(path).name))
        plan = plan_import(table, options)
        parsing = _Stage(feedback, 20, 60)
        options.progress = parsing.fraction

        return iter([import_rows(table, options, plan)])

    def _parts_streamed(self, path: str, encoding: str | None, options: ImportOptions, feedback) -> Iterator | None:
        """A large CSV table read and imported in parts of whole records (core.streaming), in bounded
        memory; None when the file is to be read whole."""
        stream = open_stream(Path(path), encoding)
        if stream is None:
            return None
        streamed = plan_streamed(stream, options, HEAD_ROWS, _Stage(feedback, 0, 10).fraction, feedback.isCanceled)
        if streamed is None:
            return None
        if streamed.last_rows is None:
            raise QgsProcessingException(tr("Import cancelled; nothing was written."))
        feedback.pushInfo(tr("Read {n} rows from {name} (in parts of {size} rows, each record whole).").format(
            n=streamed.rows, name=Path(path).name, size=f"{CHUNK_ROWS:,}"))
        return streamed.results(options, CHUNK_ROWS, _Stage(feedback, 10, 100).fraction)

    def _import_parts(self, parts: Iterator, sinks: _Sinks, tx, totals: ImportTotals, stages: tuple,
                      feedback) -> None:
        """Write each part's records, mines and rejects to the outputs (and into the workspace's open
        transaction ``tx``); add up their counts in ``totals``. ``stages``: the feedback of the two writes."""
        for result in parts:
            if result.canceled or feedback.isCanceled():
                raise QgsProcessingException(tr("Import cancelled; nothing was written."))
            if not totals.parts:
                self._report_plan(result, feedback)
            sinks.write(result, stages[0])
            if feedback.isCanceled():
                raise QgsProcessingException(tr("Import cancelled; nothing was written."))
            if tx is not None:
                self._write_workspace(tx, result, stages[1])
            totals.add(result)
        for note in totals.notes:
            feedback.pushWarning(note)

    @staticmethod
    def _report_plan(result: ImportResult, feedback) -> None:
        feedback.pushInfo(tr("Read as: {mode}; columns: {mapping}.").format(
            mode=result.mode, mapping=", ".join(f"{t}={c}" for t, c in result.mapping.items())))
        for line in result.mapping_lines():
            feedback.pushInfo("  " + line)
        for competition in result.competitions:
            feedback.pushWarning(competition.describe())

    # -- helpers ----------------------------------------------------------------------------------
    def _misplaced(self, parameters, context) -> float:
        value = parameters.get(self.MISPLACED_M)
        if value is None or value == "":
            return readings.MIN_REACH_M
        metres = self.parameterAsDouble(parameters, self.MISPLACED_M, context)
        if not metres or metres <= 0:
            raise QgsProcessingException(tr("MISPLACED_M must be a positive number of metres."))
        return metres

    def _expected_area(self, parameters, context):
        source = self.parameterAsSource(parameters, self.EXPECTED_AREA, context)
        if source is None:
            return None
        transform = QgsCoordinateTransform(source.sourceCrs(), WGS84, context.transformContext())
        parts = []
        for feature in source.getFeatures():
            geom = QgsGeometry(feature.geometry())
            if geom.isNull() or geom.isEmpty():
                continue
            if transform.isValid() and not transform.isShortCircuited():
                geom.transform(transform)
            parts.append(shapely.from_wkb(bytes(geom.asWkb())))
        if not parts:
            raise QgsProcessingException(tr("EXPECTED_AREA has no polygons."))
        area = shapely.union_all(shapely.make_valid(parts))
        shapely.prepare(area)
        return area

    @staticmethod
    def _write_workspace(tx, result: ImportResult, stage: _Stage) -> None:
        """One part's records and mines into the workspace's open transaction ``tx``."""
        from ...workspace.writer import FeatureColumns

        records = result.records
        record_columns = {name: [r[name] for r in records] for name in schema.layer("minefield_records").field_names}
        mines = dict(result.mines)
        mine_xy = np.column_stack((result.mine_lon, result.mine_lat)) if result.mine_count else np.zeros((0, 2))
        tx.append({
            "minefield_records": FeatureColumns(record_columns, [r["geometry"] for r in records]),
            "recorded_mines": FeatureColumns(mines, mine_xy),
        }, feedback=stage)


class _Quiet(_Stage):
    """A feedback that passes on cancels only (the parts of a streamed import report their own progress)."""

    def __init__(self, feedback):
        super().__init__(feedback, 0, 0)

    def setProgress(self, percent: float) -> None:  # noqa: N802 - the QgsFeedback spelling
        pass


class _Sinks:
    """The algorithm's output layers (records, mines, rejects), opened once and written part by part."""

    def __init__(self, alg: ImportMineMap, parameters, context):
        self.alg, self.parameters = alg, parameters
        self.record_fields = schema_fields("minefield_records")
        self.records, self.records_dest = alg.parameterAsSink(parameters, alg.OUTPUT_RECORDS, context,
                                                              self.record_fields, WkbType.Polygon, WGS84)
        if self.records is None:
            raise QgsProcessingException(alg.invalidSinkError(parameters, alg.OUTPUT_RECORDS))
        self.mine_fields = schema_fields("recorded_mines")
        self.mines, self.mines_dest = alg.parameterAsSink(parameters, alg.OUTPUT_MINES, context, self.mine_fields,
                                                          WkbType.Point, WGS84)
        if self.mines is None and parameters.get(alg.OUTPUT_MINES) is not None:
            raise QgsProcessingException(alg.invalidSinkError(parameters, alg.OUTPUT_MINES))
        self.reject_fields = reject_fields()
        self.rejects, self.rejects_dest = alg.parameterAsSink(parameters, alg.OUTPUT_REJECTS, context,
                                                              self.reject_fields, WkbType.NoGeometry)
        if self.rejects is None:
            raise QgsProcessingException(alg.invalidSinkError(parameters, alg.OUTPUT_REJECTS))

    def outputs(self) -> dict:
        outputs = {self.alg.OUTPUT_RECORDS: self.records_dest, self.alg.OUTPUT_REJECTS: self.rejects_dest}
        if self.mines is not None:
            outputs[self.alg.OUTPUT_MINES] = self.mines_dest
        return outputs

    def write(self, result: ImportResult, stage: _Stage) -> None:
        """One part's records, mines and rejects."""
        record_fields = self.record_fields
        names = record_fields.names()
        for record in result.records:
            feature = QgsFeature(record_fields)
            values = [record.get(n) for n in names]
            values[names.index("laid_date")] = (QDate.fromString(record["laid_date"], Qt.DateFormat.ISODate)
                                                if record.get("laid_date") else None)
            feature.setAttributes(values)
            geometry = QgsGeometry()
            geometry.fromWkb(shapely.to_wkb(record["geometry"], output_dimension=2))
            feature.setGeometry(geometry)
            self.records.addFeature(feature, QgsFeatureSink.Flag.FastInsert)

        mine_fields = self.mine_fields
        count = result.mine_count if self.mines is not None else 0
        columns = [result.mines[n] for n in mine_fields.names()]
        lon, lat = result.mine_lon.tolist(), result.mine_lat.tolist()
        total = max(result.mine_count + len(result.rejects), 1)
        for i in range(count):
            if i % 10_000 == 0:
                if stage.isCanceled():
                    break
                stage.setProgress(100.0 * i / total)
            feature = QgsFeature(mine_fields)
            feature.setAttributes([c[i] for c in columns])
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lon[i], lat[i])))
            self.mines.addFeature(feature, QgsFeatureSink.Flag.FastInsert)

        for reject in result.rejects:
            feature = QgsFeature(self.reject_fields)
            feature.setAttributes([reject.source_row, reject.record_id, reject.reason, reject.raw])
            self.rejects.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        stage.setProgress(100)
