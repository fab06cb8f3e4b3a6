"""The few QGIS/Qt names that moved between QGIS 3.22 and QGIS 4 (Qt6), in one place."""

from __future__ import annotations

from qgis.core import Qgis, QgsWkbTypes

try:  # QGIS >= 3.30
    POLYGON_GEOMETRY = Qgis.GeometryType.Polygon
    POINT_GEOMETRY = Qgis.GeometryType.Point
    LINE_GEOMETRY = Qgis.GeometryType.Line
except AttributeError:  # QGIS 3.22 - 3.28
    POLYGON_GEOMETRY = QgsWkbTypes.PolygonGeometry
    POINT_GEOMETRY = QgsWkbTypes.PointGeometry
    LINE_GEOMETRY = QgsWkbTypes.LineGeometry

try:
    MSG_INFO, MSG_WARNING, MSG_CRITICAL, MSG_SUCCESS = (
        Qgis.MessageLevel.Info, Qgis.MessageLevel.Warning, Qgis.MessageLevel.Critical, Qgis.MessageLevel.Success,
    )
except AttributeError:  # pragma: no cover - QGIS 3.22 has the flat names only
    MSG_INFO, MSG_WARNING, MSG_CRITICAL, MSG_SUCCESS = Qgis.Info, Qgis.Warning, Qgis.Critical, Qgis.Success

from qgis.core import QgsProcessingParameterNumber  # noqa: E402

try:  # QGIS >= 3.36
    NUMBER_DOUBLE = Qgis.ProcessingNumberParameterType.Double
    NUMBER_INTEGER = Qgis.ProcessingNumberParameterType.Integer
except AttributeError:  # QGIS 3.22 - 3.34
    NUMBER_DOUBLE = QgsProcessingParameterNumber.Double
    NUMBER_INTEGER = QgsProcessingParameterNumber.Integer
