"""Test set-up: QGIS offscreen, and the checkout importable as the package ``clearground``.

QGIS loads plugins by folder name; the tests do the same through a symlink named clearground in
build/qgis-plugins, which is also the QGIS_PLUGINPATH of the qgis_process tests.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
PLUGIN_PATH = ROOT / "build" / "qgis-plugins"
PLUGIN_PATH.mkdir(parents=True, exist_ok=True)
_link = PLUGIN_PATH / "clearground"
if not _link.is_symlink() or _link.resolve() != ROOT:
    if _link.is_symlink():
        _link.unlink()
    _link.symlink_to(ROOT, target_is_directory=True)
if str(PLUGIN_PATH) not in sys.path:
    sys.path.insert(0, str(PLUGIN_PATH))

DISTRICTS = ROOT / "resources" / "data" / "districts" / "geoBoundaries-AZE-ADM2.geojson"


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def districts_path() -> Path:
    """The real Azerbaijan district boundaries shipped with the plugin."""
    return DISTRICTS


@pytest.fixture(scope="session")
def plugin_path() -> Path:
    """A folder holding this checkout as the plugin 'clearground' (for QGIS_PLUGINPATH)."""
    return PLUGIN_PATH
