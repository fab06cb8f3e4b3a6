"""The QGIS/Qt names that moved between QGIS 3.22 and QGIS 4 (Qt6), in one place.

Each name is looked up where QGIS 4 keeps it first (the ``Qgis`` namespace, scoped enums, Qt's
QMetaType) and falls back to where QGIS 3.22 has it. Enums that did not move are written in their
scoped form (``QgsFeatureSink.Flag.FastInsert``, ``Qt.ItemDataRole.UserRole``) where they are used:
PyQt5 accepts that form too.
"""

from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsFields,
    QgsMapLayerProxyModel,
    QgsProcessing,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsScaleBarSettings,
    QgsUnitTypes,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QMetaType, QVariant

try:  # QGIS >= 3.30
    POLYGON_GEOMETRY = Qgis.GeometryType.Polygon
    POINT_GEOMETRY = Qgis.GeometryType.Point
    LINE_GEOMETRY = Qgis.GeometryType.Line
except AttributeError:  # QGIS 3.22 - 3.28
    POLYGON_GEOMETRY = QgsWkbTypes.PolygonGeometry
    POINT_GEOMETRY = QgsWkbTypes.PointGeometry
    LINE_GEOMETRY = QgsWkbTypes.LineGeometry

try:  # QGIS >= 3.30: Qgis.WkbType.Point, ...
    WkbType = Qgis.WkbType
except AttributeError:  # QGIS 3.22 - 3.28: QgsWkbTypes.Type.Point, ...
    WkbType = QgsWkbTypes.Type

try:
    MSG_INFO, MSG_WARNING, MSG_CRITICAL, MSG_SUCCESS = (
        Qgis.MessageLevel.Info, Qgis.MessageLevel.Warning, Qgis.MessageLevel.Critical, Qgis.MessageLevel.Success,
    )
except AttributeError:  # pragma: no cover - QGIS 3.22 has the flat names only
    MSG_INFO, MSG_WARNING, MSG_CRITICAL, MSG_SUCCESS = Qgis.Info, Qgis.Warning, Qgis.Critical, Qgis.Success

# -- Processing ---------------------------------------------------------------------------------------

try:  # QGIS >= 3.36
    NUMBER_DOUBLE = Qgis.ProcessingNumberParameterType.Double
    NUMBER_INTEGER = Qgis.ProcessingNumberParameterType.Integer
except AttributeError:  # QGIS 3.22 - 3.34
    NUMBER_DOUBLE = QgsProcessingParameterNumber.Double
    NUMBER_INTEGER = QgsProcessingParameterNumber.Integer

try:  # QGIS >= 3.36
    SOURCE_VECTOR = Qgis.ProcessingSourceType.Vector
    SOURCE_POINT = Qgis.ProcessingSourceType.VectorPoint
    SOURCE_LINE = Qgis.ProcessingSourceType.VectorLine
    SOURCE_POLYGON = Qgis.ProcessingSourceType.VectorPolygon
except AttributeError:
    SOURCE_VECTOR = QgsProcessing.TypeVector
    SOURCE_POINT = QgsProcessing.TypeVectorPoint
    SOURCE_LINE = QgsProcessing.TypeVectorLine
    SOURCE_POLYGON = QgsProcessing.TypeVectorPolygon

try:  # QGIS >= 3.36
    FIELD_PARAM_ANY = Qgis.ProcessingFieldParameterDataType.Any
    FIELD_PARAM_NUMERIC = Qgis.ProcessingFieldParameterDataType.Numeric
except AttributeError:
    FIELD_PARAM_ANY = QgsProcessingParameterField.Any
    FIELD_PARAM_NUMERIC = QgsProcessingParameterField.Numeric

try:  # QGIS >= 3.36
    FILE_PARAM_FILE = Qgis.ProcessingFileParameterBehavior.File
except AttributeError:
    FILE_PARAM_FILE = QgsProcessingParameterFile.File

try:  # QGIS >= 3.36
    DATETIME_PARAM_DATE = Qgis.ProcessingDateTimeParameterDataType.Date
except AttributeError:
    DATETIME_PARAM_DATE = QgsProcessingParameterDateTime.Date

try:  # QGIS >= 3.36
    PARAM_FLAG_ADVANCED = Qgis.ProcessingParameterFlag.Advanced
except AttributeError:
    PARAM_FLAG_ADVANCED = QgsProcessingParameterDefinition.FlagAdvanced

# -- features, fields, layers -------------------------------------------------------------------------

try:  # QGIS >= 3.36
    REQUEST_NO_GEOMETRY = Qgis.FeatureRequestFlag.NoGeometry
except AttributeError:
    REQUEST_NO_GEOMETRY = QgsFeatureRequest.NoGeometry

try:  # QGIS >= 3.36
    GEOMETRY_NO_CHECK = Qgis.InvalidGeometryCheck.NoCheck
except AttributeError:
    GEOMETRY_NO_CHECK = QgsFeatureRequest.GeometryNoCheck

try:  # QGIS >= 3.38
    ORIGIN_PROVIDER = Qgis.FieldOrigin.Provider
except AttributeError:
    ORIGIN_PROVIDER = QgsFields.OriginProvider

try:  # QGIS >= 3.34
    POINT_LAYER_FILTER = Qgis.LayerFilter.PointLayer
    POLYGON_LAYER_FILTER = Qgis.LayerFilter.PolygonLayer
except AttributeError:
    POINT_LAYER_FILTER = QgsMapLayerProxyModel.PointLayer
    POLYGON_LAYER_FILTER = QgsMapLayerProxyModel.PolygonLayer

try:  # QGIS >= 3.36
    WKT2_2019 = Qgis.CrsWktVariant.Wkt2_2019
except AttributeError:
    WKT2_2019 = QgsCoordinateReferenceSystem.WKT2_2019

# QgsField types: QMetaType.Type from QGIS 3.38 on (QGIS 4 takes nothing else); QVariant.Type before
# (QGIS 3.22 rejects QMetaType). Both carry the same numbers, so they also compare with field.type().
if Qgis.QGIS_VERSION_INT >= 33800:
    FIELD_TEXT = QMetaType.Type.QString
    FIELD_INT = QMetaType.Type.Int
    FIELD_LONG = QMetaType.Type.LongLong
    FIELD_UINT = QMetaType.Type.UInt
    FIELD_ULONG = QMetaType.Type.ULongLong
    FIELD_DOUBLE = QMetaType.Type.Double
    FIELD_DATE = QMetaType.Type.QDate
    FIELD_DATETIME = QMetaType.Type.QDateTime
else:
    FIELD_TEXT = QVariant.String
    FIELD_INT = QVariant.Int
    FIELD_LONG = QVariant.LongLong
    FIELD_UINT = QVariant.UInt
    FIELD_ULONG = QVariant.ULongLong
    FIELD_DOUBLE = QVariant.Double
    FIELD_DATE = QVariant.Date
    FIELD_DATETIME = QVariant.DateTime

# -- units and layouts --------------------------------------------------------------------------------

try:  # QGIS >= 3.30
    LAYOUT_MM = Qgis.LayoutUnit.Millimeters
    DISTANCE_KM = Qgis.DistanceUnit.Kilometers
except AttributeError:
    LAYOUT_MM = QgsUnitTypes.LayoutMillimeters
    DISTANCE_KM = QgsUnitTypes.DistanceKilometers

try:  # QGIS >= 3.40
    SCALEBAR_FIT_WIDTH = Qgis.ScaleBarSegmentSizeMode.FitWidth
except AttributeError:
    SCALEBAR_FIT_WIDTH = QgsScaleBarSettings.SegmentSizeFitWidth
