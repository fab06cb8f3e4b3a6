"""clearground:tallyfinds: finds per district, category and period, with the hectares released."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsWkbTypes,
)

from ...compat import (
    DATETIME_PARAM_DATE,
    FIELD_DOUBLE,
    FIELD_INT,
    FIELD_PARAM_ANY,
    FIELD_PARAM_NUMERIC,
    FIELD_TEXT,
    REQUEST_NO_GEOMETRY,
    SOURCE_POINT,
    SOURCE_POLYGON,
    SOURCE_VECTOR,
    WkbType,
)
from ...core.categories import CATEGORIES
from ...core.periods import PERIODS, to_dates
from ...core.tally import COLUMNS, HECTARE_FIELDS, UNASSIGNED, Tally, TallyInputError, tally
from ...core.text import tr
from ...workspace.arrays import FeatureArrays, crs_id, ogr_plan, read_columns, read_layer
from ..base import ClearGroundAlgorithm
from ..enum_labels import labelled_enum

#: How many ids a log line lists before it says "and N more".
LISTED_IDS = 50
ID_FIELDS = ("find_id", "sector_id")
NAME_HINTS = ("district", "name")


class TallyFinds(ClearGroundAlgorithm):
    NAME = "tallyfinds"
    DISPLAY = "Tally finds per district"
    GROUP_ID = "analysis"
    GROUP = "Analysis"
    HELP = (
        "Counts finds per district and period, one column per device category (AP, AT, UXO, AXO, "
        "SUBMUNITION, IED, OTHER) and a total, weighted by a quantity field when one is given; with "
        "sectors, adds the hectares cleared, reduced and cancelled in each district and period.\n\n"
        "District field: the value written in the 'district' column. Names can repeat (two districts "
        "may share a name), so choose an id field when you need a unique key. When left empty, the "
        "first field called 'district', else the first text field with 'name' in its name, else the "
        "first text field is used.\n\n"
        "Every find is counted exactly once: a find on a boundary shared by two districts goes to the "
        "first of them in the layer; finds outside every district, or without a position, are counted "
        "in the 'unassigned' row, so the rows add up to the input. Categories are read with the usual "
        "spellings (APM, anti-personnel, ТМ, ...); a category that maps to none is counted as OTHER and "
        "listed in the log with the find ids. An empty quantity counts as 1.\n\n"
        "Period: none, year, quarter, month or week (ISO weeks, starting on Monday). With a period or a "
        "date range, finds are placed by the date field (default: found_date) and sectors by their "
        "status_date; every period from the first to the last date is listed, empty or not, and rows "
        "without a date are left out and listed in the log. The date range includes both ends.\n\n"
        "Hectares: sectors with the status cleared, reduced or cancelled; a sector that crosses a "
        "district boundary counts in each district by its share of area. Areas are ellipsoidal "
        "(WGS84). Inputs may be in any CRS.\n\n"
        "Outputs: a table with one row per period and district (then 'unassigned'), and the district "
        "layer with every one of its fields and the totals over the whole date range (a district field "
        "that has the name of a total column gets the suffix _2)."
    )
    FINDS = "FINDS"
    DISTRICTS = "DISTRICTS"
    DISTRICT_FIELD = "DISTRICT_FIELD"
    CATEGORY_FIELD = "CATEGORY_FIELD"
    QUANTITY_FIELD = "QUANTITY_FIELD"
    DATE_FIELD = "DATE_FIELD"
    PERIOD = "PERIOD"
    DATE_FROM = "DATE_FROM"
    DATE_TO = "DATE_TO"
    SECTORS = "SECTORS"
    OUTPUT_TABLE = "OUTPUT_TABLE"
    OUTPUT_LAYER = "OUTPUT_LAYER"

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.FINDS, tr("Finds"), [SOURCE_POINT]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.DISTRICTS, tr("Districts"), [SOURCE_POLYGON]))
        self.addParameter(QgsProcessingParameterField(
            self.DISTRICT_FIELD, tr("District name or id field"), None, self.DISTRICTS,
            FIELD_PARAM_ANY, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.CATEGORY_FIELD, tr("Category field"), "category", self.FINDS, FIELD_PARAM_ANY,
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.QUANTITY_FIELD, tr("Quantity field (weight)"), None, self.FINDS,
            FIELD_PARAM_NUMERIC, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.DATE_FIELD, tr("Date field"), None, self.FINDS, FIELD_PARAM_ANY, optional=True))
        period = QgsProcessingParameterEnum(self.PERIOD, tr("Period"), list(PERIODS), defaultValue="none")
        period.setUsesStaticStrings(True)
        labelled_enum(period, "period")
        self.addParameter(period)
        self.addParameter(QgsProcessingParameterDateTime(
            self.DATE_FROM, tr("From (inclusive)"), DATETIME_PARAM_DATE, optional=True))
        self.addParameter(QgsProcessingParameterDateTime(
            self.DATE_TO, tr("To (inclusive)"), DATETIME_PARAM_DATE, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SECTORS, tr("Sectors (for hectares released)"), [SOURCE_POLYGON], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_TABLE, tr("Tally"), SOURCE_VECTOR))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_LAYER, tr("Districts with totals"), SOURCE_POLYGON))
        self.addOutput(QgsProcessingOutputNumber("TOTAL", tr("Finds tallied")))
        self.addOutput(QgsProcessingOutputNumber("UNASSIGNED", tr("Finds outside every district")))
        self.addOutput(QgsProcessingOutputNumber("UNMAPPED_CATEGORY", tr("Finds of an unknown category")))
        self.addOutput(QgsProcessingOutputNumber("NO_GEOMETRY", tr("Finds without position")))
        self.addOutput(QgsProcessingOutputNumber("NO_DATE", tr("Finds without date (left out)")))
        self.addOutput(QgsProcessingOutputNumber("OUT_OF_RANGE", tr("Finds outside the date range")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        finds_source = self._source(parameters, self.FINDS, context)
        districts_source = self._source(parameters, self.DISTRICTS, context)
        crs = districts_source.sourceCrs()
        if not crs.isValid():
            crs = QgsCoordinateReferenceSystem("EPSG:4326")
        district_field = self.parameterAsString(parameters, self.DISTRICT_FIELD, context) or \
            default_district_field(districts_source.fields())
        category_field = self.parameterAsString(parameters, self.CATEGORY_FIELD, context) or "category"
        quantity_field = self.parameterAsString(parameters, self.QUANTITY_FIELD, context) or None
        date_field = self.parameterAsString(parameters, self.DATE_FIELD, context) or None
        period = self.parameterAsEnumString(parameters, self.PERIOD, context) or "none"
        date_from = self._date(parameters, self.DATE_FROM, context)
        date_to = self._date(parameters, self.DATE_TO, context)
        if date_from is not None and date_to is not None and date_from > date_to:
            raise QgsProcessingException(tr("The date range is empty: 'From' comes after 'To'."))
        dated = period != "none" or date_from is not None or date_to is not None
        if dated and date_field is None:
            if "found_date" not in finds_source.fields().names():
                raise QgsProcessingException(tr(
                    "A period or a date range needs the finds' date: choose the date field."))
            date_field = "found_date"
        for name, source, label in ((category_field, finds_source, tr("finds")),
                                    (quantity_field, finds_source, tr("finds")),
                                    (date_field, finds_source, tr("finds")),
                                    (district_field, districts_source, tr("districts"))):
            if name and name not in source.fields().names():
                raise QgsProcessingException(tr("The {layer} layer has no field '{field}'.").format(
                    layer=label, field=name))

        feedback.setProgressText(tr("Reading districts…"))
        district_arrays = self._read(parameters, self.DISTRICTS, context, [district_field] if district_field else [],
                                     crs, None)
        names = _names(district_arrays, district_field)
        feedback.setProgressText(tr("Reading finds…"))
        # a find's model (core.ordnance) gives the category its category field leaves empty
        model_field = "model" if finds_source.fields().lookupField("model") >= 0 and category_field != "model" \
            else None
        # read apart (and only when some category is empty) where the layer can read a column alone
        target = self._target(parameters, self.FINDS, context)
        models_later = model_field is not None and ogr_plan(target) is not None
        find_fields = [f for f in (category_field, quantity_field, date_field) if f]
        if model_field and not models_later:
            find_fields.append(model_field)
        finds = self._read(parameters, self.FINDS, context, find_fields, crs, feedback,
                           raw_text=[f for f in (category_field, model_field) if f])  # read by distinct value
        if feedback.isCanceled():
            return {}
        models = None
        if models_later:
            def models():
                try:
                    return read_columns(target, [model_field], finds.fid, raw_text=[model_field])[model_field]
                except ValueError as exc:
                    raise QgsProcessingException(tr("Finds: {error}").format(error=exc)) from exc
        elif model_field:
            models = finds.attrs[model_field]
        x, y = finds.xy()
        find_dates = self._dates(finds, date_field, finds_source, feedback) if date_field else None

        sector_args, sector_arrays = {}, None
        sectors_source = self._source(parameters, self.SECTORS, context, optional=True)
        if sectors_source is not None:
            sector_args, sector_arrays = self._sectors(parameters, context, sectors_source, crs, dated, feedback)

        feedback.setProgressText(tr("Tallying…"))
        try:
            result = tally(
                district_arrays.geoms, names, x, y, finds.attrs[category_field],
                finds.attrs[quantity_field] if quantity_field else None, find_dates, period,
                date_from, date_to, crs=crs_id(crs), models=models,
                **sector_args,
            )
        except TallyInputError as exc:
            if len(exc.rows):
                ids = _ids(finds_source, finds.fid[exc.rows])
                raise QgsProcessingException(tr("Field '{field}': {reason}. Rows: {rows}").format(
                    field=quantity_field if exc.field_name == "quantity" else exc.field_name,
                    reason=str(exc), rows=ids)) from exc
            raise QgsProcessingException(str(exc)) from exc
        feedback.setProgress(90)
        self._log(result, finds, finds_source, sectors_source, sector_arrays, feedback)

        table_id = self._write_table(parameters, context, result)
        layer_id = self._write_layer(parameters, context, result, districts_source, district_arrays)
        feedback.setProgress(100)
        unassigned = int(result.counts[-1].sum())
        feedback.pushInfo(tr("{total} finds tallied in {n} districts; {unassigned} unassigned.").format(
            total=f"{result.total:,}", n=len(names), unassigned=f"{unassigned:,}"))
        return {
            self.OUTPUT_TABLE: table_id,
            self.OUTPUT_LAYER: layer_id,
            "TOTAL": result.total,
            "UNASSIGNED": unassigned,
            "UNMAPPED_CATEGORY": len(result.unmapped),
            "NO_GEOMETRY": len(result.no_geometry),
            "NO_DATE": len(result.no_date),
            "OUT_OF_RANGE": len(result.out_of_range),
        }

    # -- reading ------------------------------------------------------------------------------------

    def _source(self, parameters, name, context, optional=False):
        source = self.parameterAsSource(parameters, name, context)
        if source is None and not optional:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        return source

    def _read(self, parameters, name, context, fields, crs, feedback, raw_text=()) -> FeatureArrays:
        """Whole ogr layers through the Arrow fast path; anything else through the Processing source."""
        try:
            return read_layer(self._target(parameters, name, context), fields, crs, feedback, raw_text=raw_text)
        except KeyError as exc:
            raise QgsProcessingException(str(exc)) from exc

    def _target(self, parameters, name, context):
        """The input as its layer when it can be read in bulk, else the Processing source."""
        layer = self.whole_layer(parameters, name, context)
        return layer if layer is not None and ogr_plan(layer) is not None else \
            self.parameterAsSource(parameters, name, context)

    def _date(self, parameters, name, context):
        if parameters.get(name) in (None, ""):
            return None
        value = self.parameterAsDateTime(parameters, name, context)
        if value is None or not value.isValid():
            return None
        return np.datetime64(value.date().toString("yyyy-MM-dd"), "D")

    def _dates(self, arrays: FeatureArrays, field_name: str, source, feedback) -> np.ndarray:
        dates, unreadable = to_dates(arrays.attrs[field_name])
        if unreadable.any():
            _warn(feedback, tr("{n} rows have a '{field}' that is not a date (left out as undated): {ids}"),
                  field_name, _ids(source, arrays.fid[unreadable]), int(unreadable.sum()))
        return dates

    def _sectors(self, parameters, context, source, crs, dated, feedback) -> tuple[dict, FeatureArrays]:
        names = source.fields().names()
        if "status" not in names:
            raise QgsProcessingException(tr("The sectors layer has no field 'status'."))
        if dated and "status_date" not in names:
            raise QgsProcessingException(tr(
                "A period or a date range needs the sectors' 'status_date' field, which this layer lacks."))
        fields = ["status"] + (["status_date"] if dated else [])
        feedback.setProgressText(tr("Reading sectors…"))
        arrays = self._read(parameters, self.SECTORS, context, fields, crs, None)
        args = {"sectors": arrays.geoms, "sector_status": arrays.attrs["status"]}
        if dated:
            args["sector_dates"] = self._dates(arrays, "status_date", source, feedback)
        return args, arrays

    # -- reporting ----------------------------------------------------------------------------------

    def _log(self, result: Tally, finds, finds_source, sectors_source, arrays, feedback) -> None:
        reports = (
            (result.unmapped, tr("{n} finds have a category that maps to none of AP, AT, UXO, AXO, "
                                 "SUBMUNITION, IED, OTHER; counted as OTHER: {ids}")),
            (result.no_geometry, tr("{n} finds have no position; counted as unassigned: {ids}")),
            (result.no_date, tr("{n} finds have no date; left out of the dated tally: {ids}")),
            (result.default_quantity, tr("{n} finds have no quantity; counted as 1: {ids}")),
        )
        for rows, text in reports:
            if len(rows):
                _warn(feedback, text, "", _ids(finds_source, finds.fid[rows]), len(rows))
        if len(result.out_of_range):
            feedback.pushInfo(tr("{n} finds are dated outside the date range and were left out.").format(
                n=f"{len(result.out_of_range):,}"))
        if arrays is None:
            return
        for rows, text in (
            (result.sectors_no_geometry, tr("{n} released sectors have no geometry; left out: {ids}")),
            (result.sectors_no_date, tr("{n} released sectors have no status_date; left out: {ids}")),
            (result.sectors_unknown_status, tr("{n} sectors have a status that is none of planned, in_progress, "
                                               "cleared, reduced, cancelled; not counted: {ids}")),
        ):
            if len(rows):
                _warn(feedback, text, "", _ids(sectors_source, arrays.fid[rows]), len(rows))

    # -- writing ------------------------------------------------------------------------------------

    def _write_table(self, parameters, context, result: Tally) -> str:
        fields = table_fields()
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT_TABLE, context, fields,
                                          WkbType.NoGeometry, QgsCoordinateReferenceSystem())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_TABLE))
        for row in result.rows():
            feature = QgsFeature(fields)
            feature.setAttributes([row[name] for name in COLUMNS])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return dest

    def _write_layer(self, parameters, context, result: Tally, source, arrays: FeatureArrays) -> str:
        totals = [name for name in COLUMNS if name not in ("district", "period")]
        fields = QgsFields()
        taken = {t.lower() for t in totals}
        for f in source.fields():
            copy = QgsField(f)
            if copy.name().lower() in taken:
                copy.setName(f"{copy.name()}_2")
            fields.append(copy)
        ours = table_fields()
        for name in totals:
            fields.append(ours.field(name))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT_LAYER, context, fields,
                                          QgsWkbTypes.multiType(source.wkbType()), source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_LAYER))
        rows = list(result.district_rows())
        index = {int(fid): i for i, fid in enumerate(arrays.fid)}
        for feature in source.getFeatures():
            row = rows[index[feature.id()]]
            out = QgsFeature(fields)
            geometry = feature.geometry()
            if not geometry.isNull():
                geometry.convertToMultiType()
            out.setGeometry(geometry)
            out.setAttributes(list(feature.attributes()) + [row[name] for name in totals])
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        return dest


def table_fields() -> QgsFields:
    """The fields of the tally table, exactly as SCHEMA.md names them."""
    fields = QgsFields()
    fields.append(QgsField("district", FIELD_TEXT))
    fields.append(QgsField("period", FIELD_TEXT))
    for name in CATEGORIES + ("total",):
        fields.append(QgsField(name, FIELD_INT))
    for name in HECTARE_FIELDS:
        fields.append(QgsField(name, FIELD_DOUBLE, "double", 20, 4))
    return fields


def default_district_field(fields) -> str | None:
    """'district', else the first text field with 'name' in its name, else the first text field."""
    text = [f.name() for f in fields if f.type() == FIELD_TEXT]
    for name in text:
        if name.lower() == "district":
            return name
    for name in text:
        if "name" in name.lower():
            return name
    return text[0] if text else None


def _names(arrays: FeatureArrays, field_name: str | None) -> list[str]:
    if not field_name:
        return [str(int(fid)) for fid in arrays.fid]
    values = arrays.attrs[field_name]
    out = []
    for fid, value in zip(arrays.fid.tolist(), values.tolist()):
        if value is None or (isinstance(value, float) and np.isnan(value)):
            out.append(f"#{fid}")
        elif isinstance(value, float) and value.is_integer():
            out.append(str(int(value)))
        else:
            out.append(str(value))
    if UNASSIGNED in out:
        raise QgsProcessingException(tr("A district is called '{name}', the name of the row of finds outside "
                                         "every district; choose another district field.").format(name=UNASSIGNED))
    return out


def _ids(source, fids: np.ndarray) -> str:
    """The find or sector ids (else feature ids) of some rows, the first LISTED_IDS of them."""
    fids = [int(f) for f in fids]
    shown = fids[:LISTED_IDS]
    id_field = next((f for f in ID_FIELDS if f in source.fields().names()), None)
    labels = {}
    if id_field is not None:
        request = QgsFeatureRequest().setFilterFids(shown)
        request.setSubsetOfAttributes([id_field], source.fields())
        request.setFlags(REQUEST_NO_GEOMETRY)
        for feature in source.getFeatures(request):
            labels[feature.id()] = f"{feature[id_field]} (fid {feature.id()})"
    text = ", ".join(labels.get(f, f"fid {f}") for f in shown)
    if len(fids) > len(shown):
        text += tr(" and {n} more").format(n=f"{len(fids) - len(shown):,}")
    return text


def _warn(feedback, text: str, field_name: str, ids: str, n: int) -> None:
    feedback.pushWarning(text.format(n=f"{n:,}", ids=ids, field=field_name))
