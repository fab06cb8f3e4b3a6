"""Two analysts mark the same sectors of one GeoPackage through QGIS's edit buffer: no lost update."""

from __future__ import annotations

import datetime as dt
import sqlite3

import shapely
from qgis.core import NULL, QgsFeatureRequest, QgsProject, QgsVectorLayer
from qgis.gui import QgsMessageBar
from qgis.PyQt.QtCore import QCoreApplication

from clearground.ui.conflicts import ConflictWatcher
from clearground.workspace import create_workspace
from clearground.workspace.sector_edits import StatusChange, apply_status_change
from clearground.workspace.writer import FeatureColumns

TODAY = dt.date(2026, 11, 24)


def _layer(path, name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{path}|layername=sectors", name, "ogr")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer, False)
    return layer


def test_the_second_of_two_saves_from_the_same_version_is_refused_and_named(tmp_path):
    ws = create_workspace(tmp_path / "ws.gpkg")
    ids = [f"R-0-{i}" for i in range(3)]
    boxes = [shapely.box(46 + i * 1e-3, 40, 46.001 + i * 1e-3, 40.001) for i in range(3)]
    ws.append({"sectors": FeatureColumns({"sector_id": ids, "parent_id": ["R"] * 3}, boxes)})
    anna, boris = _layer(ws.path, "anna's sectors"), _layer(ws.path, "boris's sectors")
    bar = QgsMessageBar()
    watcher = ConflictWatcher.for_layer(boris, bar)
    try:
        fids = [f.id() for f in anna.getFeatures()]
        # both read version 1 and mark in their edit buffers; Anna saves first
        apply_status_change(anna, fids, StatusChange("cleared", TODAY, team="T1"), user="anna")
        apply_status_change(boris, fids, StatusChange("in_progress", TODAY, team="T2"), user="boris")
        assert anna.commitChanges(), anna.commitErrors()
        assert not boris.commitChanges(False)
        QCoreApplication.processEvents()
        conflict = watcher.last_conflict
        assert conflict is not None and conflict.sector_id in ids and conflict.changed_by == "anna"
        assert bar.currentItem().text().startswith(f"Sector {conflict.sector_id} was changed by anna at ")

        con = sqlite3.connect(ws.path)
        try:
            stored = con.execute("SELECT status, team, version, updated_by FROM sectors ORDER BY fid").fetchall()
            audit = con.execute("SELECT user_name, feature_key, field, new_value FROM audit_log").fetchall()
        finally:
            con.close()
        assert stored == [("cleared", "T1", 2, "anna")] * 3  # Boris's save changed nothing
        assert {(u, f) for u, _, f, _ in audit} == {("anna", "status"), ("anna", "team"), ("anna", "status_date"),
                                                   ("anna", "version")}
        assert len(audit) == 12  # one row per changed field of each sector, written with the save

        # Boris reloads the sector, marks it again from version 2, and saves
        watcher.reload_button.click()
        sector = next(boris.getFeatures(QgsFeatureRequest().setFilterExpression(
            f"\"sector_id\" = '{conflict.sector_id}'")))
        assert (sector["status"], sector["version"]) == ("cleared", 2)
        boris.rollBack()
        apply_status_change(boris, [sector.id()], StatusChange("in_progress", TODAY, reason="re-survey"),
                            user="boris")
        assert boris.commitChanges(), boris.commitErrors()
        again = next(boris.dataProvider().getFeatures(QgsFeatureRequest(sector.id())))
        assert (again["status"], again["version"], again["updated_by"]) == ("in_progress", 3, "boris")
        assert again["team"] == "T1" and again["depth_cm"] == NULL
    finally:
        QgsProject.instance().removeMapLayer(anna.id())
        QgsProject.instance().removeMapLayer(boris.id())
