"""The tabs' background runner: an algorithm in a task, its progress, buttons, errors and cancel."""

from __future__ import annotations

from pathlib import Path

from osgeo import gdal
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QEventLoop, QTimer
from qgis.PyQt.QtWidgets import QProgressBar, QPushButton

from clearground.ui.algorithm_task import AlgorithmRun


def _wait(run: AlgorithmRun) -> tuple:
    done = []
    loop = QEventLoop()
    run.finished.connect(lambda *args: (done.append(args), loop.quit()))
    QTimer.singleShot(120_000, loop.quit)
    run.start()
    if not done:
        loop.exec()
    assert done, "the task did not finish"
    return done[0]


def _widgets():
    return QProgressBar(), QPushButton("Run"), QPushButton("Cancel")


def test_a_run_disables_run_enables_cancel_and_reports_its_results(provider, tmp_path: Path):
    bar, run_button, cancel_button = _widgets()
    cancel_button.setEnabled(False)
    out = tmp_path / "task.gpkg"
    run = AlgorithmRun("clearground:createworkspace", {"OUTPUT": str(out)}, QgsProject.instance(), bar,
                       run_button, cancel_button, hide_when_idle=True)
    states = []
    run.finished.connect(lambda *_: states.append((run.running, run_button.isEnabled(), cancel_button.isEnabled())))
    ok, results, feedback = _wait(run)
    assert ok and results["OUTPUT"] == str(out) and feedback.errors == []
    assert gdal.OpenEx(str(out), gdal.OF_VECTOR).GetLayerByName("sectors") is not None
    assert states == [(False, True, False)]
    assert bar.isHidden() and cancel_button.isHidden()


def test_a_failing_run_keeps_the_error_for_the_tab(provider, tmp_path: Path):
    existing = tmp_path / "there.gpkg"
    existing.write_bytes(b"")
    bar, run_button, cancel_button = _widgets()
    run = AlgorithmRun("clearground:createworkspace", {"OUTPUT": str(existing)}, QgsProject.instance(), bar,
                       run_button, cancel_button)
    ok, results, feedback = _wait(run)
    assert not ok and results == {}
    assert any("already exists" in e for e in feedback.errors)
    assert run_button.isEnabled() and not run.running


def test_cancel_before_the_task_runs_ends_with_a_cancelled_feedback(provider, tmp_path: Path):
    bar, run_button, cancel_button = _widgets()
    run = AlgorithmRun("clearground:createsample", {"OUTPUT": str(tmp_path / "s.gpkg")}, QgsProject.instance(),
                       bar, run_button, cancel_button)
    done = []
    loop = QEventLoop()
    run.finished.connect(lambda *args: (done.append(args), loop.quit()))
    QTimer.singleShot(120_000, loop.quit)
    run.start()
    run.cancel()
    if not done:
        loop.exec()
    ok, _, feedback = done[0]
    assert feedback.isCanceled() and not ok
    assert not (tmp_path / "s.gpkg").exists()  # nothing half written


def test_layers_named_by_id_are_handed_to_the_task_as_the_layers_themselves(provider, tmp_path: Path,
                                                                             districts_path: Path):
    """The task's thread must not search the project's layer store while the canvas draws it: the run
    looks the ids up before it starts, and the algorithm reads the same layers."""
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    project = QgsProject.instance()
    districts = QgsVectorLayer(str(districts_path), "districts", "ogr")
    finds = QgsVectorLayer("Point?crs=EPSG:4326&field=find_id:string&field=category:string", "finds", "memory")
    features = []
    for k, (lon, lat) in enumerate([(46.93, 39.99), (46.95, 40.00), (47.10, 39.45)]):
        feature = QgsFeature(finds.fields())
        feature.setAttributes([f"F-{k}", "AP"])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lon, lat)))
        features.append(feature)
    finds.dataProvider().addFeatures(features)
    project.addMapLayers([districts, finds])
    try:
        bar, run_button, cancel_button = _widgets()
        run = AlgorithmRun("clearground:tallyfinds", {
            "FINDS": finds.id(), "DISTRICTS": districts.id(), "CATEGORY_FIELD": "category",
            "OUTPUT_TABLE": str(tmp_path / "t.gpkg"), "OUTPUT_LAYER": str(tmp_path / "d.gpkg")},
            project, bar, run_button, cancel_button)
        ok, results, feedback = _wait(run)
        assert ok, feedback.errors
        assert run.parameters["FINDS"] is finds and run.parameters["DISTRICTS"] is districts
        assert run.parameters["CATEGORY_FIELD"] == "category"  # a string that is no layer id stays
        assert results["TOTAL"] == 3 and results["UNASSIGNED"] == 0
    finally:
        project.removeMapLayers([districts.id(), finds.id()])
