"""Traps of an analyst's day, in the real tabs: districts that are not districts, empty and huge reports."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsProject, QgsRectangle, QgsSettings, QgsVectorLayer
from qgis.gui import QgsMessageBar
from qgis.PyQt.QtCore import QDate, QDateTime, QSettings, QTime

from clearground.compat import FIELD_TEXT
from clearground.ui.context import DockContext
from clearground.ui.session import WorkspaceSession
from clearground.ui.tabs.report import Tab as ReportTab
from clearground.ui.tabs.tally import Tab as TallyTab
from clearground.workspace import create_workspace
from clearground.workspace.writer import FeatureColumns


@pytest.fixture
def opened(provider, qgis_canvas, qgis_new_project, tmp_path):
    """A workspace with ten finds of 1-10 March 2025, opened in an empty project, and its two tabs."""
    ws = create_workspace(tmp_path / "ws.gpkg")
    dates = [dt.date(2025, 3, 1 + i) for i in range(10)]
    ws.append({"finds": FeatureColumns({"find_id": [f"F-{i}" for i in range(10)], "category": ["AP"] * 10,
                                        "found_date": dates},
                                       np.array([(46.9 + i * 1e-3, 40.0) for i in range(10)]))})
    project = QgsProject.instance()
    session = WorkspaceSession(project, QgsSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    bar = QgsMessageBar()
    questions: list[str] = []
    answers: list[bool] = []

    def confirm(question: str) -> bool:
        questions.append(question)
        return answers.pop(0) if answers else False

    context = DockContext(session, qgis_canvas, bar, project)
    tally, report = TallyTab(context), ReportTab(context, confirm=confirm)
    session.open(ws.path)
    yield session, tally, report, bar, questions, answers
    session.close()


def _districts(name: str, count: int, field: str = "district") -> QgsVectorLayer:
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326", name, "memory")
    layer.dataProvider().addAttributes([QgsField(field, FIELD_TEXT)])
    layer.updateFields()
    features = []
    for i in range(count):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([f"D{i}"])
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(46 + i * 0.01, 39, 46.01 + i * 0.01, 41)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_workspace_layers_are_never_districts_and_the_shipped_boundaries_come_with_their_credit(opened):
    session, tally, report, *_ = opened
    project = QgsProject.instance()
    shipped = [layer for layer in project.mapLayers().values() if layer.customProperty("clearground/shipped_districts")]
    assert len(shipped) == 1 and shipped[0].featureCount() == 79
    assert "geoBoundaries" in shipped[0].attribution() and "CC BY-SA 3.0" in shipped[0].attribution()
    for tab in (tally, report):
        assert tab.districts_combo.currentLayer() is shipped[0]
        assert tab.district_field.currentField() == "shapeName"
        assert session.layer("sectors") in tab.districts_combo.exceptedLayerList()
        assert session.layer("minefield_records") in tab.districts_combo.exceptedLayerList()

    rayons = _districts("rayons", 3)
    project.addMapLayer(rayons)  # a district layer of the analyst's own, added later, is taken instead
    for tab in (tally, report):
        assert tab.districts_combo.currentLayer() is rayons
        assert tab.district_field.currentField() == "district"
    session.close()
    assert not any(layer.customProperty("clearground/shipped_districts") for layer in project.mapLayers().values())
    project.removeMapLayer(rayons.id())


def test_the_report_dates_default_to_the_last_week_with_finds(opened):
    _, _, report, *_ = opened
    assert report.to_date.date() == QDate(2025, 3, 10)
    assert report.from_date.date() == QDate(2025, 3, 4)


def test_an_empty_period_is_asked_about_and_nothing_runs_when_declined(opened):
    _, _, report, _, questions, answers = opened
    report.from_date.setDate(QDate(2020, 1, 1))
    report.to_date.setDate(QDate(2020, 1, 7))
    answers.append(False)
    report.run()
    assert not report.running
    assert questions == ["No finds between 2020-01-01 and 2020-01-07. The latest find is of 2025-03-10. "
                         "Build an empty report?"]


def test_a_report_of_more_than_100_pages_is_asked_about_first(opened):
    _, _, report, _, questions, answers = opened
    sectors_like = _districts("districts of the grid", 150)
    QgsProject.instance().addMapLayer(sectors_like)
    report.districts_combo.setLayer(sectors_like)
    answers.append(False)
    report.run()
    assert not report.running
    assert questions and "150 polygons" in questions[0] and "up to 151 pages" in questions[0]
    QgsProject.instance().removeMapLayer(sectors_like.id())


def test_a_second_click_while_a_report_is_built_says_so(opened):
    _, _, report, bar, questions, _ = opened

    class Building:  # a report in progress (no real task: nothing may run on after the test)
        running = True

    report._run = Building()
    report._started = QDateTime(QDate(2026, 12, 2), QTime(9, 41))
    report.progress.setValue(40)
    report.run()
    assert bar.currentItem().text() == ("A report is being built (started at 09:41, 40% done): wait for it or "
                                        "cancel it.")
    assert questions == []
    report._run = None


def test_a_new_message_replaces_the_stale_one_instead_of_stacking_on_it(qgis_app):
    from clearground.ui.messages import notify

    bar = QgsMessageBar()
    bar.pushMessage("Another plugin", "its own message")
    notify(bar, "warning", "12 rows could not be used")
    notify(bar, "success", "24 flags")
    texts = [item.text() for item in bar.items()]
    assert texts == ["24 flags", "its own message"]  # newest first; the warning is gone
    bar.popWidget(bar.currentItem())
    assert bar.currentItem().text() == "its own message"  # the stale warning does not come back
