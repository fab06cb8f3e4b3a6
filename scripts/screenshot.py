"""Run inside QGIS desktop (qgis --code, under xvfb-run): open the sample, save docs/screenshot.png, quit.

Used by `make screenshot`; the picture in the README comes from here.
"""

import sys
from pathlib import Path

from qgis.core import QgsProject, QgsRectangle, QgsVectorLayer
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import QApplication
from qgis.utils import iface, plugins

ROOT = Path(sys.modules["clearground"].__file__).resolve().parent  # qgis --code runs us without __file__
SAMPLE = ROOT / "sample" / "clearground-sample.gpkg"
DISTRICTS = ROOT / "resources" / "data" / "districts" / "geoBoundaries-AZE-ADM2.geojson"
OUT = ROOT / "docs" / "screenshot.png"


def _open() -> None:
    window = iface.mainWindow()
    window.resize(1600, 1000)
    window.showMaximized()
    plugin = plugins["clearground"]
    if DISTRICTS.exists():
        layer = QgsVectorLayer(str(DISTRICTS), "Districts (geoBoundaries)", "ogr")
        symbol = layer.renderer().symbol()
        symbol.setColor(QColor(245, 244, 236))
        symbol.symbolLayer(0).setStrokeColor(QColor(120, 120, 120))
        QgsProject.instance().addMapLayer(layer)
    plugin.dock.open_workspace(str(SAMPLE))
    plugin.dock.show()
    plugin.dock.raise_()
    records = plugin.session.layer("minefield_records")
    extent = QgsRectangle(records.extent()) if records and records.featureCount() else QgsRectangle()
    if not extent.isEmpty():
        extent.scale(1.15)
        canvas = iface.mapCanvas()
        canvas.setDestinationCrs(QgsProject.instance().crs())
        canvas.setExtent(extent)
    iface.mapCanvas().refreshAllLayers()
    QTimer.singleShot(6000, _grab)


def _grab() -> None:
    QApplication.processEvents()
    OUT.parent.mkdir(exist_ok=True)
    iface.mainWindow().grab().save(str(OUT))
    QTimer.singleShot(200, QApplication.instance().quit)


QTimer.singleShot(3000, _open)
