"""A choropleth of the tally: districts shaded by their number of finds, in one call.

The classes are natural breaks of the districts that have finds; the districts without any get a
class of their own, "No finds", drawn as a bare outline (a class "0 - 0" would say nothing).
"""

from __future__ import annotations

from qgis.core import (
    QgsClassificationJenks,
    QgsFillSymbol,
    QgsGradientColorRamp,
    QgsGraduatedSymbolRenderer,
    QgsRendererRange,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QLocale
from qgis.PyQt.QtGui import QColor

from ..core.text import tr

#: Few finds to many: pale yellow to the red of an AP mine.
LIGHT = "#FFF5D6"
DARK = "#B00000"
OUTLINE = "#606060"


def class_bounds(values, classes: int = 5) -> list[tuple[float, float]]:
    """Natural-breaks classes (lower, upper] of the non-zero values (fewer classes when there are few values)."""
    present = sorted(float(v) for v in values if v)
    if not present:
        return []
    distinct = sorted(set(present))
    count = max(1, min(classes, len(distinct)))
    if count == len(distinct):
        uppers = distinct
    else:
        uppers = [r.upperBound() for r in QgsClassificationJenks().classes(present, count)]
        uppers = sorted(set(uppers))
        uppers[-1] = max(uppers[-1], distinct[-1])
    bounds, lower = [], 0.0
    for upper in uppers:
        bounds.append((lower, upper))
        lower = upper
    return bounds


def class_label(values) -> str:
    """The values a class holds, as its legend says them: '1 – 3', or '5' when it holds one number."""
    locale = QLocale()
    first, last = min(values), max(values)

    def text(v: float) -> str:
        return locale.toString(int(v)) if float(v).is_integer() else locale.toString(float(v), "f", 1)

    return text(first) if first == last else f"{text(first)} – {text(last)}"


def style_choropleth(layer: QgsVectorLayer, field_name: str = "total", classes: int = 5) -> QgsGraduatedSymbolRenderer:
    """Shade ``layer`` by ``field_name``: natural-breaks classes of its non-zero values, each labelled with the
    lowest and highest value it holds, and "No finds"."""
    values = [f[field_name] for f in layer.getFeatures()]
    values = [v for v in values if isinstance(v, (int, float))]
    bounds = class_bounds(values, classes)
    ramp = QgsGradientColorRamp(QColor(LIGHT), QColor(DARK))
    renderer = QgsGraduatedSymbolRenderer(field_name)
    renderer.setSourceSymbol(QgsFillSymbol.createSimple({"color": LIGHT, "outline_color": OUTLINE,
                                                         "outline_width": "0.2"}))
    renderer.setSourceColorRamp(ramp.clone())
    none = QgsFillSymbol.createSimple({"color": "0,0,0,0", "outline_color": OUTLINE, "outline_width": "0.2"})
    renderer.addClassRange(QgsRendererRange(0.0, 0.0, none, tr("No finds")))
    for i, (lower, upper) in enumerate(bounds):
        colour = ramp.color(i / (len(bounds) - 1)) if len(bounds) > 1 else QColor(DARK)
        symbol = QgsFillSymbol.createSimple({"color": colour.name(), "outline_color": OUTLINE, "outline_width": "0.2"})
        held = [v for v in values if lower < v <= upper]
        renderer.addClassRange(QgsRendererRange(lower, upper, symbol, class_label(held or [upper])))
    layer.setRenderer(renderer)
    layer.triggerRepaint()
    return renderer
