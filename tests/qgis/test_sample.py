"""clearground:createsample through Processing: a real workspace that obeys the schema."""

from __future__ import annotations

import hashlib

import pytest
from osgeo import ogr
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

from clearground.core import schema
from clearground.core.scenario import RECORD_KINDS, generate_scenario, load_districts
from clearground.workspace import open_workspace


class LogFeedback(QgsProcessingFeedback):
    """Keeps what the algorithm writes to the log."""

    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, info):
        self.lines.append(info)
        super().pushInfo(info)


def _dump(path) -> str:
    """Every layer's attributes and WKB geometries, in feature order, as one digest."""
    ds = ogr.Open(str(path))
    h = hashlib.sha256()
    for name in schema.LAYER_NAMES:
        for feature in ds.GetLayerByName(name):
            h.update(repr(feature.items()).encode())
            geom = feature.GetGeometryRef()
            if geom is not None:
                h.update(bytes(geom.ExportToIsoWkb()))
    return h.hexdigest()


_RUNS: dict = {}


@pytest.fixture
def sample_run(run_alg, tmp_path_factory):
    """The default sample (seed 42, scale 1), built once for this module's tests."""
    if "default" not in _RUNS:
        path = tmp_path_factory.mktemp("sample") / "sample.gpkg"
        feedback = LogFeedback()
        result = run_alg("clearground:createsample", {"OUTPUT": str(path)}, feedback=feedback)
        _RUNS["default"] = (path, result, feedback.lines)
    return _RUNS["default"]


def test_sample_workspace_has_the_scenarios_layers_and_counts(sample_run, districts_path):
    path, result, log = sample_run
    assert result["OUTPUT"] == str(path)
    workspace = open_workspace(path)
    assert workspace.schema_version == schema.SCHEMA_VERSION
    expected = generate_scenario(load_districts(districts_path), seed=42, scale=1.0).counts()
    ds = ogr.Open(str(path))
    for name in schema.LAYER_NAMES:
        lyr = ds.GetLayerByName(name)
        assert lyr is not None, name
        count = lyr.GetFeatureCount()
        assert count == expected.get(name, 0), name
        assert f"{name}: {count:,} features" in log or name not in expected
    assert 50 <= expected["minefield_records"] <= 70 and expected["finds"] > 2000
    for name in ("minefield_records", "recorded_mines", "hazard_areas", "sectors", "finds"):
        layer = QgsVectorLayer(workspace.uri(name), name, "ogr")
        assert layer.isValid() and layer.crs().authid() == "EPSG:4326", name
        assert layer.featureCount() == expected[name]
        extent = layer.extent()  # the line of contact, Tartar to Zangilan
        assert 46.4 < extent.xMinimum() and extent.xMaximum() < 47.5, name
        assert 38.8 < extent.yMinimum() and extent.yMaximum() < 40.6, name


def test_sample_values_obey_the_schemas_allowed_lists(sample_run):
    path, _, _ = sample_run
    ds = ogr.Open(str(path))
    for layer in schema.LAYERS:
        for field in layer.fields:
            if not field.allowed:
                continue
            sql = ds.ExecuteSQL(f'SELECT DISTINCT "{field.name}" FROM "{layer.name}"')
            values = {f.GetField(0) for f in sql}
            ds.ReleaseResultSet(sql)
            assert values - {None} <= set(field.allowed), (layer.name, field.name, values)
    sql = ds.ExecuteSQL("SELECT DISTINCT status FROM sectors")
    assert {f.GetField(0) for f in sql} == {"planned", "in_progress", "cleared", "reduced", "cancelled"}
    ds.ReleaseResultSet(sql)
    sql = ds.ExecuteSQL(
        "SELECT COUNT(*) FROM finds f JOIN sectors s ON f.sector_id = s.sector_id "
        "WHERE s.status = 'cleared' AND f.found_date > s.status_date")
    assert next(iter(sql)).GetField(0) == 1  # the one post-clearance find
    ds.ReleaseResultSet(sql)
    sql = ds.ExecuteSQL(
        "SELECT COUNT(*) FROM minefield_records r WHERE r.recorded_ap + r.recorded_at != "
        "(SELECT COUNT(*) FROM recorded_mines m WHERE m.record_id = r.record_id)")
    assert next(iter(sql)).GetField(0) == 0
    ds.ReleaseResultSet(sql)


def test_the_log_says_what_is_designed_into_the_sample(sample_run):
    _, _, log = sample_run
    text = "\n".join(log)
    assert "12 shifted records" in text and "22 accurate records" in text
    assert "6 records with missing mines" in text
    assert "unrecorded AP finds" in text and "Post-clearance find F-" in text


def test_same_seed_same_data_other_seed_other_data(sample_run, run_alg, tmp_path):
    path, _, _ = sample_run
    again = tmp_path / "again.gpkg"
    run_alg("clearground:createsample", {"OUTPUT": str(again), "SEED": 42, "SCALE": 1})
    assert _dump(again) == _dump(path)
    other = tmp_path / "other.gpkg"
    run_alg("clearground:createsample", {"OUTPUT": str(other), "SEED": 7, "SCALE": 0.2})
    assert _dump(other) != _dump(path)
    ds = ogr.Open(str(other))
    records = sum(max(1, round(n * 0.2)) for n in RECORD_KINDS.values())
    assert ds.GetLayerByName("minefield_records").GetFeatureCount() == records


def test_an_existing_file_is_never_overwritten(run_alg, tmp_path):
    target = tmp_path / "taken.gpkg"
    target.write_bytes(b"precious")
    with pytest.raises(QgsProcessingException, match="already exists"):
        run_alg("clearground:createsample", {"OUTPUT": str(target)})
    assert target.read_bytes() == b"precious"


def test_cancel_leaves_no_workspace(run_alg, tmp_path):
    target = tmp_path / "cancelled.gpkg"
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match="no workspace was created"):
        run_alg("clearground:createsample", {"OUTPUT": str(target)}, feedback=feedback)
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir()] == []
