"""Run by `make run` inside QGIS (qgis --code): open the sample workspace in the ClearGround dock."""

import sys
from pathlib import Path

from qgis.utils import iface, plugins

sample = Path(sys.modules["clearground"].__file__).resolve().parent / "sample" / "clearground-sample.gpkg"
plugin = plugins.get("clearground")
if plugin is None:
    iface.messageBar().pushWarning("ClearGround", "The plugin is not enabled in this profile.")
elif plugin.dock is not None and sample.exists():
    plugin.dock.open_workspace(str(sample))
    plugin.dock.show()
    iface.mapCanvas().setExtent(iface.mapCanvas().fullExtent())
