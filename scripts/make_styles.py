"""Write resources/styles/*.qml from core/palette.py (run with the .venv's Python; QGIS offscreen).

The .qml files are committed resources; run this again after changing the palette.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT.parent))

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsLinePatternFillSymbolLayer,
    QgsMarkerSymbol,
    QgsRendererCategory,
    QgsSimpleFillSymbolLayer,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt  # noqa: E402
from qgis.PyQt.QtGui import QColor  # noqa: E402

palette_path = ROOT / "core" / "palette.py"
palette: dict = {}
exec(compile(palette_path.read_text(), str(palette_path), "exec"), palette)  # noqa: S102 - our own file

OUT = ROOT / "resources" / "styles"


def fill(color: str | None, outline: str, dashed: bool = False, alpha: int = 255, width: float = 0.4) -> QgsFillSymbol:
    symbol = QgsFillSymbol()
    layer = QgsSimpleFillSymbolLayer()
    if color is None:
        layer.setBrushStyle(Qt.BrushStyle.NoBrush)
    else:
        c = QColor(color)
        c.setAlpha(alpha)
        layer.setFillColor(c)
    layer.setStrokeColor(QColor(outline))
    layer.setStrokeWidth(width)
    if dashed:
        layer.setStrokeStyle(Qt.PenStyle.DashLine)
    symbol.changeSymbolLayer(0, layer)
    return symbol


def marker(color: str, shape: str = "circle", size: float = 2.4) -> QgsMarkerSymbol:
    return QgsMarkerSymbol.createSimple({"name": shape, "color": color, "outline_color": "#ffffff", "size": str(size)})


def categorized(field: str, symbols: dict, fallback) -> QgsCategorizedSymbolRenderer:
    cats = [QgsRendererCategory(value, sym, value) for value, sym in symbols.items()]
    cats.append(QgsRendererCategory("", fallback, "(other)"))
    return QgsCategorizedSymbolRenderer(field, cats)


def save(name: str, geometry: str, renderer, labels: str | None = None) -> None:
    layer = QgsVectorLayer(f"{geometry}?crs=EPSG:4326", name, "memory")
    layer.setRenderer(renderer)
    if geometry == "Polygon":
        layer.setOpacity(1.0)
    path = OUT / f"{name}.qml"
    msg, ok = layer.saveNamedStyle(str(path))
    if not ok:
        raise SystemExit(f"{path}: {msg}")
    print("wrote", path.relative_to(ROOT))


def main() -> None:
    app = QgsApplication([], False)
    app.initQgis()
    OUT.mkdir(parents=True, exist_ok=True)
    # Hazards are outlines: the sectors drawn over them keep the colours of their legend (a translucent red
    # under a translucent green made cleared ground olive), and ground not yet divided still shows its class.
    hazard = {k: fill(None, v, width=0.8) for k, v in palette["HAZARD_OUTLINE"].items()}
    save("hazard_areas", "Polygon", categorized("classification", hazard, fill(None, "#F4A718", width=0.8)))

    rec = QgsFillSymbol()
    hatch = QgsLinePatternFillSymbolLayer()
    hatch.setLineAngle(45)
    hatch.setDistance(2.0)
    hatch.setColor(QColor(palette["RECORD_OUTLINE"]))
    rec.changeSymbolLayer(0, hatch)
    outline = QgsSimpleFillSymbolLayer()
    outline.setBrushStyle(Qt.BrushStyle.NoBrush)
    outline.setStrokeColor(QColor(palette["RECORD_OUTLINE"]))
    outline.setStrokeWidth(0.6)
    rec.appendSymbolLayer(outline)
    save("minefield_records", "Polygon", QgsSingleSymbolRenderer(rec))

    sectors = {k: fill(f, o, dashed) for k, (f, o, dashed) in palette["SECTOR_STATUS"].items()}  # opaque
    save("sectors", "Polygon", categorized("status", sectors, fill(None, "#808080", True)))

    finds = {k: marker(v) for k, v in palette["CATEGORY"].items()}
    save("finds", "Point", categorized("category", finds, marker("#9E9E9E")))

    mines = {k: marker(v, "triangle", 1.8) for k, v in palette["CATEGORY"].items()}
    save("recorded_mines", "Point", categorized("category", mines, marker("#9E9E9E", "triangle", 1.8)))

    flags = {k: marker(v, "star", 4.0) for k, v in palette["SEVERITY"].items()}
    save("discrepancies", "Point", categorized("severity", flags, marker("#FFD600", "star", 4.0)))
    app.exitQgis()


if __name__ == "__main__":
    main()
