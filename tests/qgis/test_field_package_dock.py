"""The Sectors tab's Field package entry: package the selected sectors for a team, sync the package back."""

from __future__ import annotations

import sqlite3

import pytest
from qgis.core import QgsProject, QgsSettings
from qgis.gui import QgsMessageBar
from qgis.PyQt.QtCore import QEventLoop, QSettings, QTimer

from clearground.ui.context import DockContext
from clearground.ui.session import WorkspaceSession
from clearground.ui.tabs.sectors import Tab

from .field_helpers import TEAM, X0, Y0, add_find, make_workspace


@pytest.fixture
def tab(qgis_new_project, qgis_canvas, tmp_path):
    (tmp_path / "ws").mkdir()
    path = make_workspace(tmp_path / "ws" / "district.gpkg").path
    project = QgsProject.instance()
    session = WorkspaceSession(project, QgsSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat))
    bar = QgsMessageBar()
    widget = Tab(DockContext(session, qgis_canvas, bar, project))
    session.open(path)
    yield widget, session, bar
    session.close()


def _wait(widget, task) -> None:
    assert task is not None
    done = []
    loop = QEventLoop()
    widget._run.finished.connect(lambda *args: (done.append(args), loop.quit()))
    QTimer.singleShot(120_000, loop.quit)
    loop.exec()
    assert done, "the task did not finish"


def _message(bar) -> str:
    return " ".join(item.text() for item in bar.items())


def test_package_the_selection_and_sync_it_back(tab, tmp_path):
    widget, session, bar = tab
    assert widget.field_button.isEnabled()
    assert [a.text() for a in widget.field_button.menu().actions()] == ["Package for a team…",
                                                                       "Sync a returned package…"]
    sectors = session.layer("sectors")
    sectors.selectByIds([f.id() for f in sectors.getFeatures() if f["sector_id"] in ("R-1-0-1", "R-1-0-2")])
    folder = tmp_path / "package"
    _wait(widget, widget.package_for_team(TEAM, str(folder)))
    assert "Field package written" in _message(bar)
    gpkg = next(folder.glob("*.gpkg"))
    con = sqlite3.connect(gpkg)
    assert sorted(r[0] for r in con.execute("SELECT sector_id FROM sectors")) == ["R-1-0-1", "R-1-0-2"]
    con.close()

    add_find(gpkg, folder, X0 + 0.0015, Y0 + 0.0005, "AP", "PMN-2", photos=1)
    _wait(widget, widget.sync_package(str(folder)))
    assert "1 merged, 0 skipped, 0 in conflict" in _message(bar)
    assert session.layer("finds").featureCount() == 2
    reports = [layer for layer in QgsProject.instance().mapLayers().values() if layer.name() == "Field sync report"]
    assert len(reports) == 1 and reports[0].featureCount() == 1


def test_a_folder_that_is_not_a_package_is_said_so(tab, tmp_path):
    widget, session, bar = tab
    (tmp_path / "nothing").mkdir()
    _wait(widget, widget.sync_package(str(tmp_path / "nothing")))
    assert "not merged" in _message(bar)
    assert session.layer("finds").featureCount() == 1
