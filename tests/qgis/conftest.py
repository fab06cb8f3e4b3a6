"""Fixtures for tests that run inside QGIS (pytest-qgis starts QgsApplication offscreen)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def provider(qgis_app, qgis_processing):
    """The ClearGround Processing provider, registered once for the session."""
    from qgis.core import QgsApplication

    from clearground.processing.provider import ClearGroundProvider

    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("clearground")
    if existing is not None:
        return existing
    prov = ClearGroundProvider()
    assert registry.addProvider(prov)
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
