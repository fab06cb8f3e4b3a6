"""Start QGIS (offscreen) with Processing and the ClearGround provider, for benchmark workers."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLUGIN_PATH = ROOT / "build" / "qgis-plugins"


def start_qgis(plugin_path: Path | None = None):
    """Initialise QgsApplication, Processing and the clearground provider; return the app.

    ``plugin_path``: a folder holding the plugin as ``clearground`` (default: this checkout, linked
    in build/qgis-plugins).
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # a profile of its own, so that a benchmark run leaves the user's QGIS settings alone
    os.environ.setdefault("QGIS_CUSTOM_CONFIG_PATH", str(ROOT / "build" / "profile"))
    if plugin_path is None:
        plugin_path = PLUGIN_PATH
        PLUGIN_PATH.mkdir(parents=True, exist_ok=True)
        link = PLUGIN_PATH / "clearground"
        if not link.exists():
            link.symlink_to(ROOT, target_is_directory=True)
    sys.path.insert(0, str(plugin_path))
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    from clearground.processing.provider import ClearGroundProvider

    provider = ClearGroundProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    app._clearground_provider = provider  # keep a reference
    return app
