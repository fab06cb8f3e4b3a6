"""clearground:districtreport: the weekly report, a PDF atlas with one page per district and a national page."""

from __future__ import annotations

import datetime
import tempfile
from pathlib import Path

import numpy as np
import shapely
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsProcessingUtils,
    QgsProject,
    QgsVectorLayer,
)

from ...compat import (
    DATETIME_PARAM_DATE,
    FIELD_INT,
    FIELD_PARAM_ANY,
    FIELD_TEXT,
    FILE_PARAM_FILE,
    PARAM_FLAG_ADVANCED,
    SOURCE_POINT,
    SOURCE_POLYGON,
    SOURCE_VECTOR,
)
from ...core import report
from ...core.categories import CATEGORIES, RELEASED_STATUSES
from ...core.periods import PERIODS, to_dates
from ...core.progress import geodesic_areas_m2
from ...core.tally import UNASSIGNED, assign_points
from ...core.text import tr
from ...workspace.arrays import read_layer
from ...workspace.report_layout import (
    FLAGS_LAYER,
    PAGES_LAYER,
    TABLE_LAYER,
    MapLayers,
    build_layout,
    export_pdf,
    load_style,
    mark_small_areas,
    relabel,
    save_template,
    style_coverage,
    style_districts,
    utm_crs,
)
from ..base import ClearGroundAlgorithm
from ..enum_labels import labelled_enum
from .tally_finds import default_district_field

CREDITS = "District boundaries: geoBoundaries (www.geoboundaries.org), CC BY-SA 3.0"
WGS84 = "EPSG:4326"
#: Parameter -> workspace layer it defaults to.
LAYER_PARAMETERS = {"RECORDS": "minefield_records", "HAZARDS": "hazard_areas", "SECTORS": "sectors",
                    "FINDS": "finds", "DISCREPANCIES": "discrepancies"}


class DistrictReport(ClearGroundAlgorithm):
    NAME = "districtreport"
    DISPLAY = "Weekly district report (PDF)"
    GROUP_ID = "reporting"
    GROUP = "Reporting"
    HELP = (
        "Writes the weekly report as a PDF built with a QGIS print layout and its atlas: a national summary "
        "page, then one page for every district that holds any minefield record, hazard area, sector or find.\n\n"
        "Each page has a map of the district (hazard areas and records in IMAS colours, sectors by status, the "
        "finds of the period by category, the open discrepancy flags, a scale bar, a north arrow, a legend), "
        "the number of items found in the period per category, a table and a chart of the finds per period, "
        "the hectares cleared, reduced and cancelled in the period and the hectares still to release, and the "
        "open high-severity discrepancies with their messages.\n\n"
        "Inputs: a ClearGround workspace (GeoPackage), or the layers themselves; a layer given here replaces "
        "the workspace's. TALLY takes the table of clearground:tallyfinds (run with the same districts, "
        "district field and dates); without it the tally is run here with PERIOD. DISCREPANCIES takes the "
        "flags of clearground:finddiscrepancies, else the workspace's discrepancies layer (its statuses are "
        "respected); when that is empty the analysis is run here. A record, hazard or sector belongs to the "
        "district holding a point inside it; a find or flag to the district holding it.\n\n"
        "Dates: both ends included; empty means no limit. Hectares released are those of sectors whose "
        "status date falls in the period; remaining hectares are those of sectors not released by the end "
        "date.\n\n"
        "TEMPLATE: a layout template (.qpt) saved from this report's layout (OUTPUT_TEMPLATE) and restyled in "
        "QGIS; its items are found by their ids (map, legend, chart, tally_table, flags_table). "
        "OUTPUT_HTML: the same numbers as a web page. Fonts (DejaVu Sans) are embedded in the PDF."
    )
    WORKSPACE = "WORKSPACE"
    RECORDS = "RECORDS"
    HAZARDS = "HAZARDS"
    SECTORS = "SECTORS"
    FINDS = "FINDS"
    DISCREPANCIES = "DISCREPANCIES"
    TALLY = "TALLY"
    DISTRICTS = "DISTRICTS"
    DISTRICT_FIELD = "DISTRICT_FIELD"
    DATE_FROM = "DATE_FROM"
    DATE_TO = "DATE_TO"
    PERIOD = "PERIOD"
    TEMPLATE = "TEMPLATE"
    CREDITS = "CREDITS"
    OUTPUT = "OUTPUT"
    OUTPUT_HTML = "OUTPUT_HTML"
    OUTPUT_TEMPLATE = "OUTPUT_TEMPLATE"
    PAGES = "PAGES"

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.add_workspace_parameter(tr("Workspace"))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.DISTRICTS, tr("Districts"), [SOURCE_POLYGON]))
        self.addParameter(QgsProcessingParameterField(
            self.DISTRICT_FIELD, tr("District name field"), None, self.DISTRICTS,
            FIELD_PARAM_ANY, optional=True))
        self.addParameter(QgsProcessingParameterDateTime(
            self.DATE_FROM, tr("From (inclusive)"), DATETIME_PARAM_DATE, optional=True))
        self.addParameter(QgsProcessingParameterDateTime(
            self.DATE_TO, tr("To (inclusive)"), DATETIME_PARAM_DATE, optional=True))
        for name, label, types in (
            (self.RECORDS, tr("Minefield records (instead of the workspace's)"), [SOURCE_POLYGON]),
            (self.HAZARDS, tr("Hazard areas (instead of the workspace's)"), [SOURCE_POLYGON]),
            (self.SECTORS, tr("Sectors (instead of the workspace's)"), [SOURCE_POLYGON]),
            (self.FINDS, tr("Finds (instead of the workspace's)"), [SOURCE_POINT]),
            (self.DISCREPANCIES, tr("Discrepancies (from Find discrepancies)"), [SOURCE_POINT]),
            (self.TALLY, tr("Tally table (from Tally finds)"), [SOURCE_VECTOR]),
        ):
            self.addParameter(QgsProcessingParameterFeatureSource(name, label, types, optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.TEMPLATE, tr("Layout template (.qpt)"), FILE_PARAM_FILE, "qpt", optional=True))
        period = QgsProcessingParameterEnum(self.PERIOD, tr("Period of the table and chart"), list(PERIODS[1:]),
                                            defaultValue="week")
        period.setUsesStaticStrings(True)
        labelled_enum(period, "period")
        credits = QgsProcessingParameterString(self.CREDITS, tr("Data credits"), CREDITS, optional=True)
        for param in (period, credits):
            param.setFlags(param.flags() | PARAM_FLAG_ADVANCED)
            self.addParameter(param)
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, tr("Report (PDF)"), tr("PDF files (*.pdf)")))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_HTML, tr("HTML summary"), tr("HTML files (*.html)"), optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_TEMPLATE, tr("Layout template to restyle (.qpt)"), tr("Layout templates (*.qpt)"),
            optional=True, createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber(self.PAGES, tr("Pages")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        workspace = self._workspace(parameters, context)
        districts_source = self.parameterAsSource(parameters, self.DISTRICTS, context)
        if districts_source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.DISTRICTS))
        district_field = self.parameterAsString(parameters, self.DISTRICT_FIELD, context) or \
            default_district_field(districts_source.fields())
        if district_field and district_field not in districts_source.fields().names():
            raise QgsProcessingException(tr("The districts layer has no field '{field}'.").format(field=district_field))
        date_from = self._date(parameters, self.DATE_FROM, context)
        date_to = self._date(parameters, self.DATE_TO, context)
        if date_from and date_to and date_from > date_to:
            raise QgsProcessingException(tr("The date range is empty: 'From' comes after 'To'."))
        period = self.parameterAsEnumString(parameters, self.PERIOD, context) or "week"

        layers = {name: self._layer(parameters, name, context, workspace) for name in LAYER_PARAMETERS}
        if workspace is not None and parameters.get(self.RECORDS) in (None, ""):
            layers["RECORDED_MINES"] = QgsVectorLayer(workspace.uri("recorded_mines"), "recorded_mines", "ogr")
        if layers["FINDS"] is None:
            raise QgsProcessingException(tr("No finds: give a workspace or a finds layer."))

        feedback.setProgressText(tr("Placing the data in districts…"))
        districts = read_layer(districts_source, [district_field] if district_field else [], WGS84)
        names = [_name(v, fid) for v, fid in zip(
            districts.attrs[district_field].tolist() if district_field else [None] * len(districts),
            districts.fid.tolist())]
        used = self._districts_with_data(districts.geoms, layers, feedback)
        if not used:
            raise QgsProcessingException(tr("No district holds any record, hazard area, sector or find."))
        feedback.setProgress(10)

        tally_rows = self._tally(parameters, context, feedback, layers, district_field, period)
        known = set(names) | {UNASSIGNED}
        strangers = sorted({str(r["district"]) for r in tally_rows} - known)
        if strangers:
            feedback.pushWarning(tr("The tally names districts that the districts layer lacks (counted in the "
                                    "national total only): {names}").format(names=", ".join(strangers[:20])))
        feedback.setProgress(40)
        remaining = self._remaining(layers["SECTORS"], districts.geoms, names, date_to)
        flags = self._flags(parameters, context, feedback, layers, districts.geoms, names)
        feedback.setProgress(55)
        if feedback.isCanceled():
            return {}

        data_names = list(dict.fromkeys(names[i] for i in used))
        pages = report.build_pages(tally_rows, data_names, remaining, flags)
        dates = report.period_text(date_from, date_to)
        issued = datetime.date.today().isoformat()
        credits = self.parameterAsString(parameters, self.CREDITS, context) or CREDITS
        if workspace is not None:
            credits = tr("{credits} · Data: {workspace}").format(credits=credits, workspace=workspace.name)
        credits += "\n" + tr("Map: WGS 84 / UTM zone {zone}; the finds of the period and the open discrepancy "
                             "flags.").format(zone=utm_crs(*_centre(districts.geoms, used)).authid()[-2:])

        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        feedback.setProgressText(tr("Laying out {n} pages…").format(n=len(pages)))
        union = shapely.union_all([districts.geoms[i] for i in used])
        geometry_of = {}
        for i in used:
            geometry_of.setdefault(names[i], []).append(districts.geoms[i])
        folder = Path(tempfile.mkdtemp(prefix="clearground-report-", dir=QgsProcessingUtils.tempFolder()))
        page_layer, table_layer, flags_layer = _page_layers(pages, geometry_of, union, dates,
                                                             tr("Issued {date} · ClearGround").format(date=issued),
                                                             credits, folder)

        project = QgsProject()
        try:
            map_layers = self._map_layers(layers, districts_source, parameters, context, district_field,
                                          date_from, date_to)
            style_coverage(page_layer)
            project.addMapLayers([page_layer, table_layer, flags_layer, map_layers.districts] + map_layers.drawn())
            template = self.parameterAsFile(parameters, self.TEMPLATE, context) or None
            texts = {
                "heading": tr("Weekly mine action report"),
                "finds_heading": tr("EXPLOSIVE ORDNANCE FOUND IN THE PERIOD"),
                "release_heading": tr("LAND RELEASE"),
                "flags_heading": tr("OPEN HIGH-SEVERITY DISCREPANCIES"),
                "page": tr("Page [% @atlas_featurenumber %] of [% @atlas_totalfeatures %]"),
            }
            try:
                layout = build_layout(project, page_layer, table_layer, flags_layer, map_layers,
                                      utm_crs(*_centre(districts.geoms, used)), texts, template)
            except ValueError as exc:
                raise QgsProcessingException(str(exc)) from exc
            feedback.setProgressText(tr("Writing the PDF…"))
            try:
                export_pdf(layout, output)
            except RuntimeError as exc:
                raise QgsProcessingException(str(exc)) from exc
            results = {self.OUTPUT: output, self.PAGES: len(pages)}
            template_out = self.parameterAsFileOutput(parameters, self.OUTPUT_TEMPLATE, context)
            if template_out:
                save_template(layout, template_out)
                results[self.OUTPUT_TEMPLATE] = template_out
        finally:
            project.clear()
        html_out = self.parameterAsFileOutput(parameters, self.OUTPUT_HTML, context)
        if html_out:
            Path(html_out).write_text(report.html_summary(pages, tr("Weekly mine action report"), dates, issued,
                                                          credits), encoding="utf-8")
            results[self.OUTPUT_HTML] = html_out
        feedback.setProgress(100)
        feedback.pushInfo(tr("{n} pages: the national summary and {d} districts.").format(
            n=len(pages), d=len(pages) - 1))
        return results

    # -- inputs -------------------------------------------------------------------------------------

    def _workspace(self, parameters, context):
        return self.workspace(parameters, context, upgrade=False)

    def _layer(self, parameters, name, context, workspace) -> QgsVectorLayer | None:
        """The input ``name`` as a layer of its own (never the user's: the report restyles it)."""
        if parameters.get(name) not in (None, ""):
            layer = self.parameterAsVectorLayer(parameters, name, context)
            if layer is not None and layer.providerType() != "memory":
                copy = QgsVectorLayer(layer.source(), layer.name(), layer.providerType())
                if copy.isValid():
                    return copy
            source = self.parameterAsSource(parameters, name, context)
            if source is None:
                raise QgsProcessingException(self.invalidSourceError(parameters, name))
            return source.materialize(QgsFeatureRequest()) if hasattr(source, "materialize") else layer
        if workspace is None or name == "TALLY":
            return None
        layer = QgsVectorLayer(workspace.uri(LAYER_PARAMETERS[name]), LAYER_PARAMETERS[name], workspace.provider)
        if not layer.isValid():
            raise QgsProcessingException(tr("The workspace has no layer '{name}'.").format(
                name=LAYER_PARAMETERS[name]))
        return layer

    def _date(self, parameters, name, context) -> str | None:
        if parameters.get(name) in (None, ""):
            return None
        value = self.parameterAsDateTime(parameters, name, context)
        if value is None or not value.isValid():
            return None
        return value.date().toString("yyyy-MM-dd")

    # -- numbers ------------------------------------------------------------------------------------

    def _districts_with_data(self, geoms, layers, feedback) -> list[int]:
        """Indices (layer order) of the districts holding a record, hazard, sector or find."""
        hit = np.zeros(len(geoms), dtype=bool)
        for name in ("RECORDS", "HAZARDS", "SECTORS", "FINDS"):
            layer = layers[name]
            if layer is None:
                continue
            arrays = read_layer(layer, [], WGS84, feedback)
            if name == "FINDS":
                x, y = arrays.xy()
            else:
                x, y = _inner_points(arrays.geoms)
            index = assign_points(geoms, x, y)
            hit[index[index >= 0]] = True
        return [int(i) for i in np.flatnonzero(hit)]

    def _tally(self, parameters, context, feedback, layers, district_field, period) -> list[dict]:
        columns = ["district", "period", *CATEGORIES, "total", *report.HECTARE_KEYS]
        source = self.parameterAsSource(parameters, self.TALLY, context)
        if source is None:
            import processing  # QGIS's processing package, loaded with QGIS

            feedback.setProgressText(tr("Tallying the finds…"))
            params = {
                "FINDS": layers["FINDS"], "DISTRICTS": parameters[self.DISTRICTS],
                "DISTRICT_FIELD": district_field, "PERIOD": period,
                "DATE_FROM": parameters.get(self.DATE_FROM), "DATE_TO": parameters.get(self.DATE_TO),
                "OUTPUT_TABLE": QgsProcessing.TEMPORARY_OUTPUT, "OUTPUT_LAYER": QgsProcessing.TEMPORARY_OUTPUT,
            }
            if layers["SECTORS"] is not None:
                params["SECTORS"] = layers["SECTORS"]
            result = processing.run("clearground:tallyfinds", params, context=context, feedback=feedback,
                                    is_child_algorithm=True)
            source = QgsProcessingUtils.mapLayerFromString(result["OUTPUT_TABLE"], context)
        missing = [c for c in columns if c not in source.fields().names()]
        if missing:
            raise QgsProcessingException(tr("The tally table has no field {fields}: give the table of Tally "
                                            "finds.").format(fields=", ".join(missing)))
        return [{c: f[c] for c in columns} for f in source.getFeatures()]

    def _remaining(self, sectors, geoms, names, date_to) -> dict[str, float]:
        """Hectares of sectors not released by ``date_to``, per district name."""
        out: dict[str, float] = {}
        if sectors is None or "status" not in sectors.fields().names():
            return out
        fields = ["status"] + (["status_date"] if "status_date" in sectors.fields().names() else [])
        arrays = read_layer(sectors, fields, WGS84)
        if len(arrays) == 0:
            return out
        areas = geodesic_areas_m2(arrays.geoms) / 10_000.0
        released = np.isin(arrays.attrs["status"].astype(str), RELEASED_STATUSES)
        if date_to and "status_date" in fields:
            dates, _ = to_dates(arrays.attrs["status_date"])
            released &= ~(dates > np.datetime64(date_to, "D"))
        x, y = _inner_points(arrays.geoms)
        index = assign_points(geoms, x, y)
        for d, ha in zip(index[~released].tolist(), areas[~released].tolist()):
            if d >= 0:
                out[names[d]] = out.get(names[d], 0.0) + ha
        return out

    def _flags(self, parameters, context, feedback, layers, geoms, names) -> list[report.Flag]:
        layer = layers["DISCREPANCIES"]
        if (layer is None or layer.featureCount() == 0) and parameters.get(self.DISCREPANCIES) in (None, ""):
            if layers["RECORDS"] is not None:
                import processing  # QGIS's processing package, loaded with QGIS

                feedback.pushInfo(tr("The workspace holds no discrepancies: running Find discrepancies."))
                params = {"RECORDS": layers["RECORDS"], "FINDS": layers["FINDS"],
                          "RECORDED_MINES": layers.get("RECORDED_MINES"),
                          "OUTPUT": QgsProcessing.TEMPORARY_OUTPUT,
                          "OUTPUT_OFFSETS": QgsProcessing.TEMPORARY_OUTPUT}
                if layers["SECTORS"] is not None:
                    params["SECTORS"] = layers["SECTORS"]
                result = processing.run("clearground:finddiscrepancies", params, context=context, feedback=feedback,
                                        is_child_algorithm=True)
                found = QgsProcessingUtils.mapLayerFromString(result["OUTPUT"], context)
                layer = found.materialize(QgsFeatureRequest())  # our own copy: the context owns the result
                layers["DISCREPANCIES"] = layer
        if layer is None:
            return []
        needed = {"kind", "severity", "status", "message"}
        missing = needed - set(layer.fields().names())
        if missing:
            raise QgsProcessingException(tr("The discrepancies layer has no field {fields}.").format(
                fields=", ".join(sorted(missing))))
        arrays = read_layer(layer, sorted(needed), WGS84)
        x, y = arrays.xy()
        index = assign_points(geoms, x, y)
        out = []
        for i in range(len(arrays)):
            if arrays.attrs["severity"][i] != "high" or arrays.attrs["status"][i] != "open":
                continue
            district = names[index[i]] if index[i] >= 0 else tr("Outside the districts")
            out.append(report.Flag(district, str(arrays.attrs["kind"][i]), str(arrays.attrs["message"][i] or "")))
        return out

    # -- the map ------------------------------------------------------------------------------------

    def _map_layers(self, layers, districts_source, parameters, context, district_field, date_from,
                    date_to) -> MapLayers:
        districts = self._layer(parameters, self.DISTRICTS, context, None)
        districts.setName(tr("Districts"))
        style_districts(districts, district_field)
        titles = {"RECORDS": tr("Minefield records"), "HAZARDS": tr("Hazard areas"), "SECTORS": tr("Sectors"),
                  "FINDS": tr("Finds in the period"), "DISCREPANCIES": tr("Open discrepancies")}
        drawn = {}
        for name, title in titles.items():
            layer = layers[name]
            if layer is None:
                drawn[name] = None
                continue
            load_style(layer, LAYER_PARAMETERS[name])
            relabel(layer)
            if name in ("RECORDS", "HAZARDS"):
                mark_small_areas(layer)
            layer.setName(title)
            if name == "FINDS" and "found_date" in layer.fields().names() and (date_from or date_to):
                parts = ([f"\"found_date\" >= '{date_from}'"] if date_from else []) + \
                        ([f"\"found_date\" <= '{date_to}'"] if date_to else [])
                layer.setSubsetString(" AND ".join(parts))
            if name == "DISCREPANCIES" and "status" in layer.fields().names():
                layer.setSubsetString("\"status\" = 'open'")
            drawn[name] = layer
        return MapLayers(drawn["DISCREPANCIES"], drawn["FINDS"], drawn["SECTORS"], drawn["RECORDS"],
                         drawn["HAZARDS"], districts)


def _centre(geoms, used: list[int]) -> tuple[float, float]:
    """The centre (lon, lat) of the districts' bounding box."""
    minx, miny, maxx, maxy = shapely.total_bounds([geoms[i] for i in used])
    return (minx + maxx) / 2.0, (miny + maxy) / 2.0


def _name(value, fid) -> str:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return f"#{fid}"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _inner_points(geoms) -> tuple[np.ndarray, np.ndarray]:
    """A point inside each polygon (NaN for a missing one)."""
    geoms = np.asarray(geoms, dtype=object)
    x = np.full(len(geoms), np.nan)
    y = np.full(len(geoms), np.nan)
    present = ~shapely.is_missing(geoms)
    present[present] &= ~shapely.is_empty(geoms[present])
    if present.any():
        points = shapely.point_on_surface(geoms[present])
        x[present], y[present] = shapely.get_x(points), shapely.get_y(points)
    return x, y


def _memory(kind: str, name: str, fields: list[tuple[str, object]]) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{kind}?crs={WGS84}" if kind != "None" else "None", name, "memory")
    layer.dataProvider().addAttributes([QgsField(n, t) for n, t in fields])
    layer.updateFields()
    return layer


def _page_layers(pages, geometry_of, union, dates, issued: str, credits: str, folder: Path):
    """The coverage (one feature a page), the table rows and the flag rows, as memory layers."""
    page_layer = _memory("MultiPolygon", PAGES_LAYER, [
        ("page", FIELD_TEXT), ("sort", FIELD_INT), ("title", FIELD_TEXT), ("period", FIELD_TEXT),
        ("finds", FIELD_TEXT), ("finds_detail", FIELD_TEXT), ("released", FIELD_TEXT),
        ("table_heading", FIELD_TEXT),
        ("flags_note", FIELD_TEXT), ("chart", FIELD_TEXT), ("total", FIELD_INT),
        ("issued", FIELD_TEXT), ("credits", FIELD_TEXT)])
    table_layer = _memory("None", TABLE_LAYER, [("page", FIELD_TEXT), ("sort", FIELD_INT),
                                                ("label", FIELD_TEXT)]
                          + [(c, FIELD_INT) for c in CATEGORIES] + [("total", FIELD_INT)]
                          + [(k, FIELD_TEXT) for k in report.HECTARE_KEYS])
    flags_layer = _memory("None", FLAGS_LAYER, [("page", FIELD_TEXT), ("sort", FIELD_INT),
                                                ("what", FIELD_TEXT), ("message", FIELD_TEXT)])
    features, rows, flag_rows = [], [], []
    for n, page in enumerate(pages):
        chart = folder / f"chart_{n:03d}.svg"
        chart.write_text(report.bar_chart_svg(report.fold_earliest(page.periods, 16), width=600), encoding="utf-8")
        geom = union if page.national else shapely.union_all(geometry_of[page.key])
        feature = QgsFeature(page_layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(shapely.to_wkt(geom)))
        heading = tr("FINDS PER DISTRICT") if page.national else tr("FINDS PER PERIOD")
        feature.setAttributes([page.key, n, page.title, dates, report.finds_text(page), report.finds_detail(page),
                               report.release_text(page),
                               heading, report.flags_note(page), str(chart), page.total, issued, credits])
        features.append(feature)
        for s, row in enumerate(page.rows):
            f = QgsFeature(table_layer.fields())
            f.setAttributes([page.key, s, row.label] + [row.counts[c] for c in CATEGORIES] + [row.total]
                            + [report.hectares(row.hectares[k]) for k in report.HECTARE_KEYS])
            rows.append(f)
        for s, (what, message) in enumerate(report.flag_rows(page)):
            f = QgsFeature(flags_layer.fields())
            f.setAttributes([page.key, s, what, message])
            flag_rows.append(f)
    page_layer.dataProvider().addFeatures(features)
    table_layer.dataProvider().addFeatures(rows)
    flags_layer.dataProvider().addFeatures(flag_rows)
    for layer in (page_layer, table_layer, flags_layer):
        layer.updateExtents()
    return page_layer, table_layer, flags_layer

