"""Fixtures for tests that run inside QGIS (pytest-qgis starts QgsApplication offscreen)."""

from __future__ import annotations

import pytest

#: Python references to registered providers: without one, the Python half of a provider is lost.
_PROVIDERS: list = []


@pytest.fixture
def provider(qgis_app, qgis_processing):
    """The ClearGround Processing provider (registered when no test has it registered yet)."""
    from qgis.core import QgsApplication

    from clearground.processing.provider import ClearGroundProvider

    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("clearground")
    if existing is not None:
        return existing
    prov = ClearGroundProvider()
    assert registry.addProvider(prov)
    _PROVIDERS.append(prov)
    return prov


@pytest.fixture
def run_alg(provider):
    """processing.run with a fresh context and feedback: run_alg('clearground:x', {...})."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    def _run(alg_id, params, feedback=None, context=None):
        return processing.run(alg_id, params, feedback=feedback or QgsProcessingFeedback(),
                              context=context or QgsProcessingContext())

    return _run


@pytest.fixture
def no_provider(qgis_app, qgis_processing):
    """No clearground provider registered (as before the plugin loads); restored afterwards."""
    from qgis.core import QgsApplication

    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("clearground")
    if existing is not None:
        registry.removeProvider(existing)
    yield registry


@pytest.fixture(autouse=True)
def canvas_in_wgs84(qgis_canvas):
    """Every test starts with the shared canvas in EPSG:4326, whatever an earlier test set."""
    from qgis.core import QgsCoordinateReferenceSystem

    qgis_canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    yield qgis_canvas
