"""A choropleth of the tally: districts shaded by their number of finds, in one call."""

from __future__ import annotations

from qgis.core import (
    QgsClassificationJenks,
    QgsFillSymbol,
    QgsGradientColorRamp,
    QgsGraduatedSymbolRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor

#: Few finds to many: pale yellow to the red of an AP mine.
LIGHT = "#FFF5D6"
DARK = "#B00000"


def style_choropleth(layer: QgsVectorLayer, field_name: str = "total", classes: int = 5) -> QgsGraduatedSymbolRenderer:
    """Shade ``layer`` by ``field_name`` in natural-breaks classes (fewer when there are few values)."""
    values = sorted({v for v in (f[field_name] for f in layer.getFeatures()) if v is not None})
    symbol = QgsFillSymbol.createSimple({"color": LIGHT, "outline_color": "#606060", "outline_width": "0.2"})
    renderer = QgsGraduatedSymbolRenderer(field_name)
    renderer.setSourceSymbol(symbol)
    renderer.setSourceColorRamp(QgsGradientColorRamp(QColor(LIGHT), QColor(DARK)))
    renderer.setClassificationMethod(QgsClassificationJenks())
    renderer.updateClasses(layer, max(1, min(classes, len(values))))
    renderer.updateColorRamp(QgsGradientColorRamp(QColor(LIGHT), QColor(DARK)))
    layer.setRenderer(renderer)
    layer.triggerRepaint()
    return renderer
