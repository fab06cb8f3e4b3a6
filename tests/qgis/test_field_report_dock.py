"""The dock's "Import field report…" entry (Records tab): it exists, opens its dialog, and importing
through it lands the finds and hazard areas in the open workspace, a second time adding nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from qgis.core import QgsProject, QgsSettings
from qgis.gui import QgsMessageBar
from qgis.PyQt.QtCore import QEventLoop, QTimer
from qgis.PyQt.QtWidgets import QApplication, QDialogButtonBox

from clearground.ui.context import DockContext
from clearground.ui.dock import ClearGroundDock
from clearground.ui.session import RECENT_KEY, WorkspaceSession
from clearground.ui.tabs.records import FieldReportDialog

REPORTS = Path(__file__).resolve().parents[1] / "data" / "fieldreports"


@pytest.fixture
def dock(qgis_canvas, qgis_new_project, provider, tmp_path):
    settings = QgsSettings("ClearGroundTests", "fielddock")
    settings.remove(RECENT_KEY)
    project = QgsProject.instance()
    session = WorkspaceSession(project, settings)
    widget = ClearGroundDock(DockContext(session, qgis_canvas, QgsMessageBar(), project))
    widget.new_workspace(str(tmp_path / "ws.gpkg"))
    yield widget
    session.close()
    widget.deleteLater()


def wait_for(tab, start) -> tuple:
    done = []
    tab.field_imported.connect(lambda *args: done.append(args))
    loop = QEventLoop()
    tab.field_imported.connect(lambda *args: loop.quit())
    start()
    QTimer.singleShot(120_000, loop.quit)
    if not done:
        loop.exec()
    assert done, "the import did not finish"
    return done[0]


def test_the_entry_opens_its_dialog_and_lands_the_finds(dock):
    tab = dock.show_tab("records")
    assert tab.field_button.text() == "Import field report…" and tab.field_button.isEnabled()
    seen = []

    def fill_and_accept():
        dialog = QApplication.activeModalWidget()
        seen.append(type(dialog).__name__)
        if isinstance(dialog, FieldReportDialog):
            dialog.set_path(str(REPORTS / "finds_ru.csv"))
            assert dialog.kind() == "finds" and dialog.import_button.isEnabled()
            dialog.import_button.click()

    QTimer.singleShot(200, fill_and_accept)
    kind, added, duplicates, rejected = wait_for(tab, tab.field_button.click)
    assert seen == ["FieldReportDialog"]
    assert (kind, added, duplicates, rejected) == ("finds", 5, 1, 3)
    finds = dock.context.session.layer("finds")
    assert finds.featureCount() == 5
    assert {f["find_id"] for f in finds.getFeatures()} >= {"Н-101", "Н-103", "Н-109"}
    message = dock.context.message_bar.currentItem().text()
    assert "Imported 5 finds; 1 already in the workspace; 3 rows rejected." in message

    # the same report again, straight through the tab: nothing added, all counted
    again = wait_for(tab, lambda: tab.start_field_import("finds", {"INPUT": str(REPORTS / "finds_ru.csv")}))
    assert again == ("finds", 0, 6, 3) and finds.featureCount() == 5


def test_a_survey_is_offered_as_hazard_areas_and_lands_in_the_workspace(dock):
    tab = dock.show_tab("records")
    dialog = tab.make_field_dialog()
    dialog.set_path(str(REPORTS / "hazards_survey.geojson"))
    assert dialog.kind() == "hazards" and not dialog.crs_widget.isEnabled()
    assert "CRS" not in dialog.parameters()
    result = wait_for(tab, lambda: tab.start_field_import(dialog.kind(), dialog.parameters()))
    assert result == ("hazards", 3, 0, 5)
    assert dock.context.session.layer("hazard_areas").featureCount() == 3


def test_the_dialog_cannot_import_without_a_file(qgis_app):
    dialog = FieldReportDialog()
    assert not dialog.import_button.isEnabled()
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel) is not None
