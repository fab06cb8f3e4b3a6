"""The import dialog (mapping, preview, errors) and the Records tab importing into a workspace."""

from __future__ import annotations

from pathlib import Path

import pytest
from qgis.core import QgsCoordinateTransform, QgsProject, QgsRectangle, QgsSettings
from qgis.gui import QgsMessageBar
from qgis.PyQt.QtCore import QEventLoop, QSettings, Qt, QTimer
from qgis.PyQt.QtTest import QTest

from clearground.ui.context import DockContext
from clearground.ui.import_dialog import ImportDialog
from clearground.ui.session import WorkspaceSession
from clearground.ui.tabs.records import COLUMNS, Tab

DATA = Path(__file__).resolve().parents[1] / "data" / "import"


def _column(table, col):
    return [table.item(r, col).text() for r in range(table.rowCount())]


def test_preview_shows_records_and_every_error_before_anything_is_written(qgis_app, provider, run_alg):
    dialog = ImportDialog()
    assert not dialog.import_button.isEnabled()
    dialog.set_path(str(DATA / "traverse_messy.csv"))
    assert dialog.combos["record_id"].currentText() == "Record_ID"
    assert dialog.combos["bearing"].currentText() == "Bearing"
    assert dialog.combos["lat"].currentText() == ""
    assert dialog.result is not None and dialog.import_button.isEnabled()
    assert sorted(_column(dialog.records_table, 0)) == ["M-1", "M-6"]
    reasons = _column(dialog.rejects_table, 2)
    assert "row 6: bearing '12-5O' is not a number" in reasons
    assert len(set(_column(dialog.rejects_table, 0))) == dialog.result.rows_rejected == 28
    assert "38 rows read as traverse: 10 to import, 28 rejected; 2 records" in dialog.summary.text()
    assert dialog.preview_tabs.tabText(1) == "Errors (28)"

    # The same choices through the algorithm give the same result.
    params = dict(dialog.parameters(), OUTPUT_RECORDS="TEMPORARY_OUTPUT", OUTPUT_MINES="TEMPORARY_OUTPUT",
                  OUTPUT_REJECTS="TEMPORARY_OUTPUT")
    result = run_alg("clearground:importminemap", params)
    assert (result["ROWS_IMPORTED"], result["ROWS_REJECTED"], result["RECORDS"]) == (10, 28, 2)


def test_editing_the_mapping_and_units_changes_the_preview(qgis_app):
    dialog = ImportDialog()
    dialog.set_path(str(DATA / "mines_az.csv"))
    assert dialog.combos["record_id"].currentText() == "Nömrə"
    assert (dialog.combos["lat"].currentText(), dialog.combos["lon"].currentText()) == ("Enlik", "Uzunluq")
    assert sorted(_column(dialog.records_table, 0)) == ["AG-101", "AG-102"]

    # Clearing the record column: the mines then belong to one record named after the file.
    dialog.combos["record_id"].setCurrentIndex(0)
    assert not dialog.import_button.isEnabled()  # stale until previewed again
    assert "record_id=" in dialog.mapping_text()
    QTest.mouseClick(dialog.preview_button, Qt.LeftButton)
    assert _column(dialog.records_table, 0) == ["mines_az"]
    assert "no record_id column" in dialog.summary.text()
    assert dialog.import_button.isEnabled()

    # A mapping naming the wrong columns says so instead of previewing.
    dialog.set_mapping("lat", "Modeli")
    QTest.mouseClick(dialog.preview_button, Qt.LeftButton)
    assert "latitude 'PMN-2'" in _column(dialog.rejects_table, 2)[0]

    dialog.set_path(str(DATA / "traverse.csv"))
    dialog.unit.setCurrentIndex(dialog.unit.findData("mil6000"))
    assert dialog.parameters()["DEFAULT_UNIT"] == "mil6000"
    QTest.mouseClick(dialog.preview_button, Qt.LeftButton)
    assert dialog.result.rows_rejected == 0


def test_a_file_with_no_usable_columns_says_why(qgis_app, tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("alpha,beta\n1,2\n", encoding="utf-8")
    dialog = ImportDialog()
    dialog.set_path(str(path))
    assert "cannot tell what odd.csv holds" in dialog.summary.text()
    assert not dialog.import_button.isEnabled() and dialog.records_table.rowCount() == 0


@pytest.fixture
def tab(qgis_new_project, qgis_canvas, provider, tmp_path):
    project = QgsProject.instance()
    session = WorkspaceSession(project, QgsSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat))
    bar = QgsMessageBar()
    widget = Tab(DockContext(session, qgis_canvas, bar, project))
    session.new(tmp_path / "ws.gpkg")
    yield widget, session, bar, qgis_canvas
    session.close()


def _import(widget, parameters):
    done = []
    widget.imported.connect(lambda *args: done.append(args))
    task = widget.start_import(parameters)
    assert task is not None
    loop = QEventLoop()
    widget.imported.connect(lambda *args: loop.quit())
    QTimer.singleShot(120_000, loop.quit)
    if not done:
        assert widget.progress_bar.isVisibleTo(widget)
        loop.exec()
    assert done, "the import task did not finish"
    return done[0]


def test_records_tab_imports_into_the_workspace_and_zooms(tab):
    widget, session, bar, canvas = tab
    assert widget.table.rowCount() == 0 and widget.import_button.isEnabled()
    dialog = widget.make_dialog()
    dialog.set_path(str(DATA / "traverse.csv"))
    assert dialog.result.rows_imported == 15
    canvas.setExtent(QgsRectangle(0, 0, 1, 1))
    records, mines, rejected = _import(widget, dialog.parameters())
    assert (records, mines, rejected) == (2, 38, 0)
    layer = session.layer("minefield_records")
    assert layer.featureCount() == 2 and session.layer("recorded_mines").featureCount() == 38
    assert widget.table.rowCount() == 2
    rows = {widget.table.item(r, 0).text(): r for r in range(widget.table.rowCount())}
    assert widget.table.item(rows["AG-001"], COLUMNS.index("mines")).text() == "28"  # 19 + 8 + 1
    assert widget.table.item(rows["AG-001"], COLUMNS.index("district")).text() == "Aghdam"
    # the canvas shows the new records (in whatever CRS the canvas has)
    extent = canvas.extent()
    to_canvas = QgsCoordinateTransform(layer.crs(), canvas.mapSettings().destinationCrs(), QgsProject.instance())
    for feature in layer.getFeatures():
        assert extent.contains(to_canvas.transformBoundingBox(feature.geometry().boundingBox()))
    assert "Imported 2 records and 38 mines" in bar.currentItem().text()

    # double-click a row: the record is selected and the view zooms to it
    canvas.setExtent(QgsRectangle(0, 0, 1, 1))
    widget.resize(600, 400)
    widget.show()
    row = rows["AG-002"]
    rect = widget.table.visualItemRect(widget.table.item(row, 0))
    # a double click as Qt's views see it: a press (which sets the pressed cell) then the double click
    QTest.mouseClick(widget.table.viewport(), Qt.LeftButton, Qt.NoModifier, rect.center())
    QTest.mouseDClick(widget.table.viewport(), Qt.LeftButton, Qt.NoModifier, rect.center())
    selected = layer.selectedFeatures()
    assert [f["record_id"] for f in selected] == ["AG-002"]
    assert canvas.extent().contains(selected[0].geometry().boundingBox())
    assert canvas.extent().width() < 0.05

    # importing the same file again adds nothing: its records are already there
    again = widget.make_dialog()
    again.set_path(str(DATA / "traverse.csv"))
    assert again.result.rows_imported == 0 and not again.import_button.isEnabled()
    assert _import(widget, again.parameters()) == (0, 0, 15)
    assert layer.featureCount() == 2


def test_records_tab_without_a_workspace(qgis_new_project, qgis_canvas, tmp_path):
    project = QgsProject.instance()
    session = WorkspaceSession(project, QgsSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    bar = QgsMessageBar()
    widget = Tab(DockContext(session, qgis_canvas, bar, project))
    assert not widget.import_button.isEnabled()
    assert widget.start_import({"INPUT": str(DATA / "traverse.csv")}) is None
    assert "Open a workspace first" in bar.currentItem().text()


REAL = Path(__file__).resolve().parents[1] / "data" / "realfiles"


def test_each_guess_shows_why_with_sample_values(qgis_app):
    dialog = ImportDialog()
    dialog.set_path(str(REAL / "xerite_az.csv"))
    assert dialog.combos["category"].currentText() == "Tip" and dialog.combos["mine_no"].currentText() == "Nömrə"
    assert "device categories" in dialog.why("category") and "piyada əleyhinə" in dialog.why("category")
    assert "repeat in runs" in dialog.why("record_id") and "AĞ-12" in dialog.why("record_id")
    assert "'Tip' is named like model" in dialog.question.text()
    assert dialog.import_button.isEnabled()  # nothing to ask
    dialog.set_mapping("mine_no", "")
    assert dialog.why("mine_no") == ""


def test_two_competing_columns_are_asked_about_before_importing(qgis_app, tmp_path):
    path = tmp_path / "two.csv"
    path.write_text("Qeyd,A,B,lat,lon\nR-1,AP,AT,40.01,46.91\nR-1,AP,AP,40.02,46.92\nR-1,AT,AP,40.03,46.93\n",
                    encoding="utf-8")
    dialog = ImportDialog()
    dialog.set_path(str(path))
    assert "Which column is category?" in dialog.question.text() and "'A', 'B'" in dialog.question.text()
    assert dialog.result is not None and not dialog.import_button.isEnabled()
    dialog.answer("category", "B")
    assert "Which column is category?" not in dialog.question.text()
    assert "category=B" in dialog.mapping_text()
    assert dialog.why("category").startswith("chosen by you")
    dialog.preview()
    assert dialog.import_button.isEnabled()
    assert dialog.result.mines["category"] == ["AT", "AP", "AP"]
