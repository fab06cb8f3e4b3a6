"""The Discrepancies tab on row records cleared from one side: choosing the flag of an ambiguous record
draws both fits of its mines on the canvas, and says the fit's status."""

from __future__ import annotations

import numpy as np
import pytest
from pyproj import Transformer
from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsSettings
from qgis.gui import QgsMessageBar
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest

from clearground.tests.unit.row_records import row_scenario
from clearground.ui.candidates import BEST, RUNNER_UP
from clearground.ui.context import DockContext
from clearground.ui.session import RECENT_KEY, WorkspaceSession
from clearground.ui.tabs.discrepancies import Tab
from clearground.workspace import create_workspace

from .panel_helpers import press_and_wait, write_row_scenario

_TO_UTM = Transformer.from_crs("EPSG:4326", "EPSG:32638", always_xy=True)


@pytest.fixture
def rows_tab(provider, qgis_canvas, qgis_new_project, tmp_path):
    sc = row_scenario(seed=21, rows=12, controls=1, few=1)
    ws = create_workspace(tmp_path / "rows.gpkg")
    write_row_scenario(ws, sc)
    project = QgsProject.instance()
    settings = QgsSettings("ClearGroundTests", "candidates")
    settings.remove(RECENT_KEY)
    session = WorkspaceSession(project, settings)
    qgis_canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:32638"))
    widget = Tab(DockContext(session, qgis_canvas, QgsMessageBar(), project))
    session.open(str(ws.path))
    yield widget, sc
    session.close()
    widget.deleteLater()


def _run_and_wait(tab: Tab) -> list:
    return press_and_wait(tab.run_button, tab.analysed, tab.failed)


def _click_flag(tab: Tab, flag_id: str) -> None:
    row = next(r for r in range(tab.table.rowCount()) if tab.table.item(r, 0).data(Qt.UserRole + 1) == flag_id)
    rect = tab.table.visualItemRect(tab.table.item(row, 0))
    QTest.mouseClick(tab.table.viewport(), Qt.LeftButton, Qt.NoModifier, rect.center())


def _rms_to_truth(layer, candidate: str, truth) -> float:
    """rms (m) of each drawn mine against its own real position (mine_no n is the n-th mine laid)."""
    drawn = {int(f["mine_no"]): f.geometry().asPoint() for f in layer.getFeatures() if f["candidate"] == candidate}
    order = sorted(drawn)
    assert order == list(range(1, len(truth.true_xy) + 1))
    xy = np.column_stack(_TO_UTM.transform([drawn[n].x() for n in order], [drawn[n].y() for n in order]))
    return float(np.sqrt(np.mean(np.sum((xy - truth.true_xy) ** 2, axis=1))))


def test_an_ambiguous_records_flag_draws_both_fits_one_of_them_where_its_mines_are(rows_tab):
    tab, sc = rows_tab
    assert _run_and_wait(tab) == ["ok"]
    ambiguous = sorted(rid for rid, fit in tab.fits.items() if fit.status == "ambiguous")
    fitted = sorted(rid for rid, fit in tab.fits.items() if fit.status == "fitted"
                    and f"systematic_offset:{rid}" in {f["flag_id"] for f in tab._flags})
    assert ambiguous and fitted
    project = QgsProject.instance()
    for rid in ambiguous:
        _click_flag(tab, f"systematic_offset:{rid}")
        layer = tab.candidates_layer
        assert layer is not None and project.mapLayer(layer.id()) is layer
        assert project.layerTreeRoot().children()[0].layerId() == layer.id()  # drawn above everything
        truth = sc.truth[rid]
        counts = {c: sum(1 for f in layer.getFeatures() if f["candidate"] == c) for c in (BEST, RUNNER_UP)}
        assert counts == {BEST: len(truth.true_xy), RUNNER_UP: len(truth.true_xy)}
        best, runner = _rms_to_truth(layer, BEST, truth), _rms_to_truth(layer, RUNNER_UP, truth)
        # the two places differ, and one of them is where the mines really are
        assert min(best, runner) < 1.5 and max(best, runner) > 3.0, (rid, best, runner)
        assert "Fit: ambiguous" in tab.details.text() and "Both fits are drawn" in tab.details.text()
        strokes = {c.value(): c.symbol().symbolLayer(0).strokeColor().name() for c in layer.renderer().categories()}
        assert strokes == {BEST: "#b00000", RUNNER_UP: "#00838f"}

    drawn = tab.candidates_layer.id()
    _click_flag(tab, f"systematic_offset:{fitted[0]}")  # a fitted record has one place: nothing drawn
    assert tab.candidates_layer is None and project.mapLayer(drawn) is None
    assert "Fit: fitted" in tab.details.text() and "Both fits" not in tab.details.text()
