"""clearground:generatesectors: square clearance sectors over records or hazards."""

from __future__ import annotations

from typing import Iterable, Iterator

import numpy as np
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ...compat import FIELD_TEXT, GEOMETRY_NO_CHECK, NUMBER_DOUBLE, ORIGIN_PROVIDER, SOURCE_POLYGON, WkbType
from ...core.sectors import ORIENTATIONS
from ...core.text import tr
from ...workspace.arrays import ogr_plan
from ...workspace.sector_edits import sector_fields
from ..base import ClearGroundAlgorithm
from ..enum_labels import labelled_enum
from ..sector_run import Row, SectorRun, arrow_rows
from ..sector_run import row as sector_row

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
#: Id fields tried, in order, when ID_FIELD is not given.
DEFAULT_ID_FIELDS = ("hazard_id", "record_id")


def geometries_4326(
    source: QgsProcessingFeatureSource, context, feedback
) -> Iterator[tuple[int, QgsFeature, shapely.Geometry | None, str | None]]:
    """(row number from 1, feature, 2D shapely geometry in EPSG:4326 or None, problem) per feature."""
    for row, feature, geom, problem in qgis_geometries_4326(source, context, feedback):
        yield row, feature, None if geom is None else shapely.from_wkb(bytes(geom.asWkb())), problem


def qgis_geometries_4326(
    source: QgsProcessingFeatureSource, context, feedback, attributes: list[str] | None = None,
) -> Iterator[tuple[int, QgsFeature, QgsGeometry | None, str | None]]:
    """``geometries_4326`` with the geometries as 2D QgsGeometry; only ``attributes`` are read (all when None)."""
    transform = QgsCoordinateTransform(source.sourceCrs(), WGS84, context.transformContext())
    reproject = transform.isValid() and not transform.isShortCircuited()
    request = QgsFeatureRequest()
    if attributes is not None:
        request.setSubsetOfAttributes(attributes, source.fields())
    for row, feature in enumerate(source.getFeatures(request), start=1):
        if feedback is not None and feedback.isCanceled():
            return
        geom = feature.geometry()
        if geom is None or geom.isNull() or geom.isEmpty():
            yield row, feature, None, tr("it has no geometry")
            continue
        geom = QgsGeometry(geom)
        if QgsWkbTypes.isCurvedType(geom.wkbType()):
            geom.convertToStraightSegment()
        if geom.constGet().is3D() or geom.constGet().isMeasure():
            abstract = geom.constGet().clone()
            abstract.dropZValue()
            abstract.dropMValue()
            geom = QgsGeometry(abstract)
        try:
            if reproject:
                geom.transform(transform)
        except Exception as exc:  # noqa: BLE001 - QgsCsException, reported per row
            yield row, feature, None, tr("it cannot be transformed to EPSG:4326 ({error})").format(error=exc)
            continue
        yield row, feature, geom, None


class GenerateSectors(ClearGroundAlgorithm):
    NAME = "generatesectors"
    DISPLAY = "Generate sectors"
    GROUP_ID = "sectors"
    GROUP = "Sectors"
    ICON = "mark_sectors"
    HELP = (
        "Divides each input polygon (minefield record or hazard area) into square clearance sectors of "
        "CELL_SIZE metres, laid out in the polygon's local UTM zone and stored in EPSG:4326.\n\n"
        "ORIENTATION: grid (cells on the UTM grid) or longest_edge (cells parallel to the polygon's "
        "longest edge, so lanes follow the fence or the road).\n\n"
        "The cells are clipped to the polygon; pieces smaller than MIN_SLIVER percent of a cell are "
        "merged into the neighbour they share the longest boundary with (a piece that touches no other "
        "stays a sector of its own). The sectors of a polygon cover it exactly: no gaps, no overlaps, "
        "holes and multipolygons included. Invalid polygons are repaired first.\n\n"
        "Ids are PARENT-row-col (rows from the top, columns from the left of the polygon's grid); a cell "
        "cut into separate pieces names the further pieces PARENT-row-col.2, .3, ... Running the "
        "algorithm again on the same polygon gives the same ids.\n\n"
        "ID_FIELD: the parent id (default: hazard_id, else record_id). Rows without an id, with a "
        "duplicate id or without a polygon are listed in the log and get no sectors.\n\n"
        "Output: the sectors layer (status planned, version 1)."
    )
    WORKSPACE_IN_HELP = True
    INPUT = "INPUT"
    ID_FIELD = "ID_FIELD"
    CELL_SIZE = "CELL_SIZE"
    ORIENTATION = "ORIENTATION"
    MIN_SLIVER = "MIN_SLIVER"
    OUTPUT = "OUTPUT"
    SECTORS = "SECTORS"
    SKIPPED = "SKIPPED"

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, tr("Records or hazard areas"), [SOURCE_POLYGON]))
        self.addParameter(QgsProcessingParameterField(
            self.ID_FIELD, tr("Parent id field"), parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.CELL_SIZE, tr("Cell size (m)"), NUMBER_DOUBLE, 25.0, minValue=1.0))
        orientation = QgsProcessingParameterEnum(
            self.ORIENTATION, tr("Orientation"), options=list(ORIENTATIONS), defaultValue="grid")
        orientation.setUsesStaticStrings(True)
        labelled_enum(orientation, "orientation")
        self.addParameter(orientation)
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_SLIVER, tr("Smallest piece kept on its own (% of a cell)"),
            NUMBER_DOUBLE, 10.0, minValue=0.0, maxValue=100.0))
        self.add_workspace_parameter(tr("Add the sectors to workspace"))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Sectors"), SOURCE_POLYGON, optional=True, createByDefault=True))
        self.addOutput(QgsProcessingOutputNumber(self.SECTORS, tr("Number of sectors")))
        self.addOutput(QgsProcessingOutputNumber(self.SKIPPED, tr("Input rows without sectors")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        id_field = self.parameterAsString(parameters, self.ID_FIELD, context)
        if not id_field:
            names = source.fields().names()
            id_field = next((n for n in DEFAULT_ID_FIELDS if n in names), "")
            if not id_field:
                raise QgsProcessingException(tr(
                    "Choose the parent id field (ID_FIELD): the input has neither hazard_id nor record_id."))
        if source.fields().indexOf(id_field) < 0:
            raise QgsProcessingException(tr("The input has no field {field}.").format(field=id_field))
        cell_size = self.parameterAsDouble(parameters, self.CELL_SIZE, context)
        orientation = self.parameterAsEnumString(parameters, self.ORIENTATION, context) or "grid"
        if orientation not in ORIENTATIONS:
            raise QgsProcessingException(tr("ORIENTATION must be one of: {values}.").format(
                values=", ".join(ORIENTATIONS)))
        min_fraction = self.parameterAsDouble(parameters, self.MIN_SLIVER, context) / 100.0

        workspace = self.workspace(parameters, context, writes=("sectors",))
        fields = sector_fields()
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, WkbType.Polygon, WGS84)
        if sink is None and (workspace is None or parameters.get(self.OUTPUT) is not None):
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))

        run = SectorRun(feedback, id_field, source.featureCount(), (cell_size, orientation, min_fraction), fields)
        kept: dict[str, list] = {"sector_id": [], "parent_id": [], "wkb": []}
        for features in run.features(self._rows(parameters, context, source, id_field, cell_size, feedback)):
            if feedback.isCanceled():
                break
            if sink is not None and not sink.addFeatures(features, QgsFeatureSink.Flag.FastInsert):
                raise QgsProcessingException(self.writeFeatureError(sink, parameters, self.OUTPUT))
            if workspace is not None:
                for feature in features:
                    kept["sector_id"].append(feature["sector_id"])
                    kept["parent_id"].append(feature["parent_id"])
                    kept["wkb"].append(bytes(feature.geometry().asWkb()))
        if feedback.isCanceled():
            return {}
        if workspace is not None:
            self._store(workspace, kept, feedback)
        feedback.pushInfo(tr("{sectors} sectors for {parents} polygons ({merged} slivers merged); "
                             "{skipped} rows without sectors.").format(
            sectors=run.written, parents=len(run.seen), merged=run.merged, skipped=run.skipped))
        return {self.OUTPUT: dest, self.SECTORS: run.written, self.SKIPPED: run.skipped}

    @staticmethod
    def _store(workspace, kept: dict[str, list], feedback) -> None:
        """Append the sectors to the workspace in one transaction (nothing when one is refused)."""
        from ...workspace.errors import WorkspaceError
        from ...workspace.writer import FeatureColumns

        geometries = shapely.from_wkb(np.array(kept["wkb"], dtype=object)) if kept["wkb"] else []
        columns = {"sector_id": kept["sector_id"], "parent_id": kept["parent_id"],
                   "status": ["planned"] * len(kept["sector_id"])}
        try:
            workspace.append({"sectors": FeatureColumns(columns, geometries)})
        except WorkspaceError as exc:
            raise QgsProcessingException(str(exc)) from exc
        feedback.pushInfo(tr("{count} sectors added to {workspace}.").format(
            count=len(kept["sector_id"]), workspace=workspace.name))

    def _rows(self, parameters, context, source, id_field: str, cell_size: float, feedback) -> Iterable[Row]:
        """The input rows: a whole GDAL layer in EPSG:4326 in bulk, any other source feature by feature."""
        layer = self._bulk_layer(parameters, context, source, id_field)
        if layer is not None:
            return arrow_rows(layer, id_field, cell_size)
        return (sector_row(number, feature[id_field], geom, problem, cell_size)
                for number, feature, geom, problem in qgis_geometries_4326(source, context, feedback, [id_field]))

    def _bulk_layer(self, parameters, context, source, id_field: str) -> QgsVectorLayer | None:
        """The input layer when reading it in bulk gives what its features give one by one: all of
        a GDAL layer, in EPSG:4326, straight-edged polygons without M, a text id field of its own,
        and no geometry check."""
        if context.invalidGeometryCheck() != GEOMETRY_NO_CHECK:
            return None
        layer = self.whole_layer(parameters, self.INPUT, context)
        if layer is None or ogr_plan(layer) is None or layer.featureCount() != source.featureCount():
            return None
        fields, wkb_type = layer.fields(), layer.wkbType()
        index = fields.indexOf(id_field)
        if index < 0 or fields.field(index).type() != FIELD_TEXT or fields.fieldOrigin(index) != ORIGIN_PROVIDER:
            return None
        if QgsWkbTypes.isCurvedType(wkb_type) or QgsWkbTypes.hasM(wkb_type):
            return None
        if not QgsCoordinateTransform(layer.crs(), WGS84, context.transformContext()).isShortCircuited():
            return None
        return layer

