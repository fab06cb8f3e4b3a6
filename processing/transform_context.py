"""The QGIS project's own datum transformations, offered to the import (core.datum)."""

from __future__ import annotations

from typing import Callable

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransformContext


def project_operations(context: QgsCoordinateTransformContext) -> Callable[[str], str]:
    """A function from a source CRS to the PROJ string the project sets for it to WGS 84 ('' when none)."""
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")

    def operation(crs: str) -> str:
        source = QgsCoordinateReferenceSystem(crs)
        return context.calculateCoordinateOperation(source, wgs84) if source.isValid() else ""

    return operation
