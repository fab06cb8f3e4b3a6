"""clearground:packagefield: a folder that QField opens offline, with its forms and QFieldSync settings."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from qgis.core import QgsProcessingException, QgsProject

from clearground.core import ordnance
from clearground.core.categories import CATEGORIES

from .field_helpers import TEAM, make_workspace


@pytest.fixture
def workspace(tmp_path):
    (tmp_path / "ws").mkdir()
    return make_workspace(tmp_path / "ws" / "district.gpkg")


def _package(run_alg, workspace, folder: Path, **params):
    return run_alg("clearground:packagefield", {"WORKSPACE": str(workspace.path), "TEAM": TEAM,
                                                "OUTPUT_FOLDER": str(folder), **params})


def _map_values(setup) -> list[str]:
    return [v for entry in setup.config()["map"] for v in entry.values()]


def test_package_opens_in_qgis_with_its_forms(run_alg, workspace, tmp_path):
    folder = tmp_path / "package"
    result = _package(run_alg, workspace, folder)
    project_path = Path(result["PROJECT"])
    assert project_path.parent == folder and project_path.suffix == ".qgs"
    assert [p.name for p in folder.glob("*.gpkg")] == [Path(result["GEOPACKAGE"]).name]
    text = project_path.read_text(encoding="utf-8")
    assert str(tmp_path) not in text  # every path relative to the project
    assert f'./{Path(result["GEOPACKAGE"]).name}|layername=finds' in text

    project = QgsProject()
    assert project.read(str(project_path))
    layers = {lyr.source().split("layername=")[-1]: lyr for lyr in project.mapLayers().values()}
    assert set(layers) == {"finds", "cleared_lanes", "sectors", "hazard_areas", "minefield_records"}
    assert all(layer.isValid() for layer in layers.values())
    # the team's sectors of R-1 (not T-2's R-2-0-0), the record and hazard they lie on
    assert sorted(f["sector_id"] for f in layers["sectors"].getFeatures()) == [
        "R-1-0-0", "R-1-0-1", "R-1-0-2", "R-1-0-3"]
    assert [f["record_id"] for f in layers["minefield_records"].getFeatures()] == ["R-1"]
    assert [f["hazard_id"] for f in layers["hazard_areas"].getFeatures()] == ["H-1"]

    finds = layers["finds"]
    fields = finds.fields()
    uuid = fields.indexOf("uuid")
    assert finds.defaultValueDefinition(uuid).expression() == "uuid()"
    assert finds.editorWidgetSetup(uuid).type() == "Hidden"
    assert finds.editFormConfig().readOnly(uuid)
    assert finds.defaultValueDefinition(fields.indexOf("found_date")).expression() == "now()"
    category = finds.editorWidgetSetup(fields.indexOf("category"))
    assert category.type() == "ValueMap" and _map_values(category) == list(CATEGORIES)
    model = finds.editorWidgetSetup(fields.indexOf("model"))
    assert model.type() == "ValueMap"
    assert sorted(_map_values(model)) == sorted(m.name for m in ordnance.dictionary().models)
    assert "PMN-2" in _map_values(model) and "ПМН-2" not in _map_values(model)
    photo = finds.editorWidgetSetup(fields.indexOf("photo"))
    assert photo.type() == "ExternalResource"
    assert photo.config()["RelativeStorage"] == 1 and photo.config()["DocumentViewer"] == 1
    assert finds.editorWidgetSetup(fields.indexOf("depth_cm")).type() == "Range"
    assert "DCIM/" in finds.customProperty("QFieldSync/attachment_naming")

    sectors = layers["sectors"]
    editable = {n for i, n in enumerate(sectors.fields().names()) if not sectors.editFormConfig().readOnly(i)}
    assert editable == {"status", "status_date", "depth_cm"}
    assert _map_values(sectors.editorWidgetSetup(sectors.fields().indexOf("status"))) == [
        "planned", "in_progress", "cleared", "reduced", "cancelled"]

    for layer in layers.values():
        assert layer.customProperty("QFieldSync/action") == "copy"
        assert layer.customProperty("QFieldSync/cloud_action") == "no_action"
    for name in ("minefield_records", "hazard_areas"):
        layer = layers[name]
        assert all(layer.editFormConfig().readOnly(i) for i in range(layer.fields().count()))
        assert layer.customProperty("QFieldSync/is_feature_addition_locked") in (True, "true")
        assert layer.customProperty("QFieldSync/is_attribute_editing_locked") in (True, "true")
    assert sectors.customProperty("QFieldSync/is_feature_addition_locked") in (True, "true")
    lanes = layers["cleared_lanes"]
    assert lanes.geometryType() == 1  # lines, for QField's tracking
    assert lanes.customProperty("QFieldSync/tracking_distance_requirement_active") in (True, "true")
    assert lanes.defaultValueDefinition(lanes.fields().indexOf("uuid")).expression() == "uuid()"
    assert project.readEntry("qfieldsync", "/initialActiveLayer")[0] == finds.id()


def test_package_remembers_what_it_was_made_from(run_alg, workspace, tmp_path):
    result = _package(run_alg, workspace, tmp_path / "package", SECTORS="R-1-0-1, R-1-0-2")
    con = sqlite3.connect(result["GEOPACKAGE"])
    meta = dict(con.execute("SELECT key, value FROM cg_package"))
    versions = dict(con.execute("SELECT sector_id, version FROM cg_package_sectors"))
    con.close()
    assert meta["format"] == "clearground-field-package"
    assert Path(meta["workspace"]) == workspace.path.resolve()
    assert meta["team"] == TEAM
    assert versions == {"R-1-0-1": 3, "R-1-0-2": 1}


def test_selection_by_expression_and_by_record(run_alg, workspace, tmp_path):
    by_expression = _package(run_alg, workspace, tmp_path / "a", SECTORS="=\"status\" = 'in_progress'")
    con = sqlite3.connect(by_expression["GEOPACKAGE"])
    assert [r[0] for r in con.execute("SELECT sector_id FROM sectors")] == ["R-1-0-1"]
    con.close()
    by_record = _package(run_alg, workspace, tmp_path / "b", RECORDS="R-2")
    con = sqlite3.connect(by_record["GEOPACKAGE"])
    assert [r[0] for r in con.execute("SELECT sector_id FROM sectors")] == ["R-2-0-0"]
    assert [r[0] for r in con.execute("SELECT record_id FROM minefield_records")] == ["R-2"]
    con.close()


def test_unknown_ids_are_refused(run_alg, workspace, tmp_path):
    with pytest.raises(QgsProcessingException, match="R-9-9-9"):
        _package(run_alg, workspace, tmp_path / "c", SECTORS="R-1-0-1, R-9-9-9")


@pytest.mark.parametrize("where", ["not_empty", "workspace_file", "workspace_folder"])
def test_output_folder_refused_before_anything_is_written(run_alg, workspace, tmp_path, where):
    if where == "not_empty":
        folder = tmp_path / "busy"
        folder.mkdir()
        (folder / "notes.txt").write_text("keep me")
    elif where == "workspace_file":
        folder = workspace.path
    else:
        folder = workspace.path.parent
    before = {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*")}
    with pytest.raises(QgsProcessingException, match="OUTPUT_FOLDER"):
        _package(run_alg, workspace, folder)
    assert {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*")} == before
