"""Both places an ambiguous record's finds fit, drawn on the canvas: the record's mines moved by the best
transform and by the runner-up, the way clearground:correctrecord would move them."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import shapely
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsExpression,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsGeometry,
    QgsMarkerSymbol,
    QgsProject,
    QgsRendererCategory,
    QgsVectorLayer,
)

from ..compat import FIELD_TEXT
from ..core import palette
from ..core.offsets import RUNNER_UP_COLUMNS, TRANSFORM_COLUMNS, Similarity, move_lonlat, record_pivot, row_transform
from ..core.text import tr
from ..workspace import audit

BEST, RUNNER_UP = "best", "runner_up"
_WGS84 = "EPSG:4326"


@dataclass(frozen=True)
class Candidates:
    """One record's fit as OUTPUT_OFFSETS gives it: its status, confidence and both transforms."""

    record_id: str
    status: str
    confidence: float | None
    best: Similarity
    runner_up: Similarity | None


def _finite(value) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def read_offsets(layer: QgsVectorLayer | None) -> dict[str, Candidates]:
    """The rows of an OUTPUT_OFFSETS layer by record (the runner-up only where all of it is known)."""
    out: dict[str, Candidates] = {}
    if layer is None or not layer.isValid():
        return out
    names = set(layer.fields().names())
    has_runner_up = all(n in names for n in RUNNER_UP_COLUMNS)
    for feature in layer.getFeatures():
        rid = (audit.as_text(feature["record_id"]) or "").strip()
        best = row_transform([feature[n] for n in TRANSFORM_COLUMNS])
        if not rid or best is None:
            continue
        rival = row_transform([feature[n] for n in RUNNER_UP_COLUMNS]) if has_runner_up else None
        status = (audit.as_text(feature["status"]) or "") if "status" in names else "fitted"
        confidence = _finite(feature["confidence"]) if "confidence" in names else None
        out[rid] = Candidates(rid, status, confidence, best, rival)
    return out


def _lonlat(layer: QgsVectorLayer, record_id: str, project: QgsProject) -> list[tuple[object, QgsFeature]]:
    """The record's features in ``layer``, each with its geometry in longitude/latitude (shapely)."""
    request = QgsFeatureRequest().setFilterExpression(
        f'trim("record_id") = {QgsExpression.quotedValue(record_id)}')
    to_wgs84 = QgsCoordinateTransform(layer.crs(), QgsCoordinateReferenceSystem(_WGS84), project)
    out = []
    for feature in layer.getFeatures(request):
        geometry = QgsGeometry(feature.geometry())
        if geometry.isNull() or geometry.isEmpty():
            continue
        geometry.transform(to_wgs84)
        out.append((shapely.from_wkb(bytes(geometry.asWkb())), feature))
    return out


def candidate_layer(fit: Candidates, records: QgsVectorLayer, mines: QgsVectorLayer,
                    project: QgsProject) -> QgsVectorLayer | None:
    """A memory layer of the record's mines where each candidate puts them (field ``candidate``:
    best or runner_up); None when the fit has no runner-up or the record has no mines."""
    if fit.runner_up is None:
        return None
    found = _lonlat(mines, fit.record_id, project)
    if not found:
        return None
    points = np.array([geometry for geometry, _ in found], dtype=object)
    numbers = [feature["mine_no"] if "mine_no" in feature.fields().names() else None for _, feature in found]
    perimeter = next((geometry for geometry, _ in _lonlat(records, fit.record_id, project)), None)
    coords = shapely.get_coordinates(points)
    pivot = record_pivot(perimeter, coords)
    if pivot is None:
        return None
    layer = QgsVectorLayer(f"Point?crs={_WGS84}", tr("Both fits of record {record}").format(record=fit.record_id),
                           "memory")
    provider = layer.dataProvider()
    provider.addAttributes([QgsField("candidate", FIELD_TEXT), QgsField("record_id", FIELD_TEXT),
                            QgsField("mine_no", FIELD_TEXT)])
    layer.updateFields()
    features = []
    for name, transform in ((BEST, fit.best), (RUNNER_UP, fit.runner_up)):
        for moved, number in zip(move_lonlat(points, pivot, transform), numbers):
            feature = QgsFeature(layer.fields())
            feature.setAttributes([name, fit.record_id, audit.as_text(number)])
            feature.setGeometry(QgsGeometry.fromWkt(moved.wkt))
            features.append(feature)
    provider.addFeatures(features)
    layer.updateExtents()
    _style(layer)
    return layer


def _style(layer: QgsVectorLayer) -> None:
    categories = []
    for name, label in ((BEST, tr("Best fit")), (RUNNER_UP, tr("Runner-up"))):
        colour = palette.CANDIDATE[name]
        symbol = QgsMarkerSymbol.createSimple({
            "name": "circle" if name == BEST else "diamond", "size": "2.6",
            "color": colour if name == BEST else "0,0,0,0", "outline_color": colour, "outline_width": "0.5"})
        categories.append(QgsRendererCategory(name, symbol, label))
    layer.setRenderer(QgsCategorizedSymbolRenderer("candidate", categories))
