"""Run inside QGIS desktop (qgis --code, under xvfb-run): open the sample, save docs/screenshot.png, quit.

Used by `make screenshot`; the picture in the README comes from here.
"""

import sys
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import QApplication, QDockWidget
from qgis.utils import iface, plugins

ROOT = Path(sys.modules["clearground"].__file__).resolve().parent  # qgis --code runs us without __file__
SAMPLE = ROOT / "sample" / "clearground-sample.gpkg"
DISTRICTS = ROOT / "resources" / "data" / "districts" / "geoBoundaries-AZE-ADM2.geojson"
OUT = ROOT / "docs" / "screenshot.png"
FOCUS_RECORD = "TAR-0001"


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
    extent = QgsRectangle()
    if records is not None and records.featureCount():
        # close enough to see sectors, finds and flags: around one shifted record
        record = next(records.getFeatures(f"\"record_id\" = '{FOCUS_RECORD}'"), None)
        extent = QgsRectangle(record.geometry().boundingBox()) if record else QgsRectangle(records.extent())
        extent.scale(3.0)
    for dock in window.findChildren(QDockWidget):
        if dock.objectName() == "Browser":
            dock.hide()
    tab = plugin.dock.show_tab("discrepancies")
    if tab is not None:
        tab.run_analysis()  # a background task: its flags are on the map when the picture is taken
    QTimer.singleShot(12000, lambda: _zoom(extent))


def _zoom(extent: QgsRectangle) -> None:
    canvas = iface.mapCanvas()
    if not extent.isEmpty():  # the records' extent (EPSG:4326) in the map's CRS (the workspace's UTM zone)
        transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"),
                                           canvas.mapSettings().destinationCrs(), QgsProject.instance())
        canvas.setExtent(transform.transformBoundingBox(extent))
    canvas.refreshAllLayers()
    QTimer.singleShot(6000, _grab)


def _grab() -> None:
    QApplication.processEvents()
    OUT.parent.mkdir(exist_ok=True)
    iface.mainWindow().grab().save(str(OUT))
    QTimer.singleShot(200, QApplication.instance().quit)


QTimer.singleShot(3000, _open)
