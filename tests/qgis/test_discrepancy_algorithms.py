"""clearground:finddiscrepancies and clearground:correctrecord on a workspace with planted truths."""

from __future__ import annotations

import math

import pytest
from pyproj import Geod
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsProcessingUtils,
    QgsVectorLayer,
)

from clearground.core import schema
from clearground.tests.unit.test_discrepancy import planted_scenario
from clearground.workspace import create_workspace
from clearground.workspace.writer import FeatureColumns, write_features

GEOD = Geod(ellps="WGS84")
OFFSET_COLUMNS = ["record_id", "dx_m", "dy_m", "rotation_deg", "scale", "rms_before_m", "rms_after_m", "matches",
                  "status", "confidence", "runner_up_dx_m", "runner_up_dy_m", "runner_up_rotation_deg",
                  "runner_up_scale"]


class LogFeedback(QgsProcessingFeedback):
    """Keeps what the algorithm reports."""

    def __init__(self):
        super().__init__()
        self.errors: list[str] = []
        self.infos: list[str] = []

    def reportError(self, error, fatalError=False):  # noqa: N802, N803 - QGIS API
        self.errors.append(error)

    def pushInfo(self, info):  # noqa: N802 - QGIS API
        self.infos.append(info)


def _columns(rows, layer_name):
    names = [f for f in schema.layer(layer_name).field_names if any(f in r for r in rows)]
    return FeatureColumns({n: [r.get(n) for r in rows] for n in names}, [r["geometry"] for r in rows])


@pytest.fixture(scope="module")
def planted(tmp_path_factory):
    """A workspace holding the planted scenario; (workspace, scenario)."""
    sc = planted_scenario()
    ws = create_workspace(tmp_path_factory.mktemp("disc") / "planted.gpkg")
    write_features(ws, {
        "minefield_records": _columns(sc["records"], "minefield_records"),
        "recorded_mines": _columns(sc["mines"], "recorded_mines"),
        "finds": _columns(sc["finds"], "finds"),
        "sectors": _columns(sc["sectors"], "sectors"),
    })
    return ws, sc


def _layer(value, context) -> QgsVectorLayer:
    if isinstance(value, QgsVectorLayer):
        return value
    return QgsProcessingUtils.mapLayerFromString(value, context)


#: The providers module_provider registered: without a Python reference a provider loses its Python half.
_PROVIDERS: list = []


@pytest.fixture(scope="module")
def module_provider(qgis_app, qgis_processing):
    """The provider registered for this module's shared results (the conftest one is per test)."""
    from qgis.core import QgsApplication

    from clearground.processing.provider import ClearGroundProvider

    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("clearground")
    if existing is not None:
        return existing
    prov = ClearGroundProvider()
    assert registry.addProvider(prov)
    _PROVIDERS.append(prov)
    return prov


@pytest.fixture(scope="module")
def result(planted, module_provider):
    import processing

    ws, _ = planted
    context = QgsProcessingContext()
    feedback = LogFeedback()
    out = processing.run("clearground:finddiscrepancies", {
        "RECORDS": ws.uri("minefield_records"), "RECORDED_MINES": ws.uri("recorded_mines"),
        "FINDS": ws.uri("finds"), "SECTORS": ws.uri("sectors"),
        "OUTPUT": "memory:", "OUTPUT_OFFSETS": "memory:", "OUTPUT_LINKS": "memory:",
    }, feedback=feedback, context=context)
    return {
        "flags": _layer(out["OUTPUT"], context), "offsets": _layer(out["OUTPUT_OFFSETS"], context),
        "links": _layer(out["OUTPUT_LINKS"], context), "count": out["FLAGS"], "context": context,
        "feedback": feedback,
    }


def test_both_algorithms_are_registered_with_help(provider):
    ids = {alg.id(): alg for alg in provider.algorithms()}
    for alg_id in ("clearground:finddiscrepancies", "clearground:correctrecord"):
        assert alg_id in ids and ids[alg_id].shortHelpString()
    params = [p.name() for p in ids["clearground:finddiscrepancies"].parameterDefinitions()]
    for name in ("RECORDS", "RECORDED_MINES", "FINDS", "SECTORS", "TOLERANCE", "PERIMETER_BUFFER", "MIN_CLEARED",
                 "OUTPUT", "OUTPUT_OFFSETS"):
        assert name in params
    defaults = {p.name(): p.defaultValue() for p in ids["clearground:finddiscrepancies"].parameterDefinitions()}
    assert (defaults["TOLERANCE"], defaults["PERIMETER_BUFFER"], defaults["MIN_CLEARED"]) == (10.0, 25.0, 95.0)
    params = [p.name() for p in ids["clearground:correctrecord"].parameterDefinitions()]
    for name in ("RECORDS", "RECORDED_MINES", "OFFSETS", "OUTPUT_RECORDS", "OUTPUT_MINES"):
        assert name in params


def test_every_planted_discrepancy_is_flagged(result, planted):
    _, sc = planted
    flags = list(result["flags"].getFeatures())
    assert result["flags"].fields().names() == list(schema.layer("discrepancies").field_names)
    ids = sorted(f["flag_id"] for f in flags)
    missing = [f"unmatched_recorded_mine:AGD-0012:{n}" for n in sc["truth"]["AGD-0012-missing"]]
    assert ids == sorted([
        "systematic_offset:SHF-02", "systematic_offset:MIL-03", "missing_mines:AGD-0012:AP",
        "find_outside_records:UNR-001", "type_mismatch:TYP-05:AP", "type_mismatch:TYP-05:model:PMN2",
        "post_clearance_find:F-PC1", *missing,
    ])
    assert result["count"] == len(flags)
    by_id = {f["flag_id"]: f for f in flags}
    missing_flag = by_id["missing_mines:AGD-0012:AP"]
    assert missing_flag["message"] == ("Record AGD-0012: 48 AP mines recorded, 31 found after 100% of its area "
                                       "was cleared: 17 unaccounted.")
    assert (missing_flag["expected"], missing_flag["observed"], missing_flag["status"]) == (48, 31, "open")
    cluster = by_id["find_outside_records:UNR-001"]
    assert cluster["observed"] == 50 and len(cluster["find_id"].split(",")) == 50
    assert not any(f["record_id"] in ("ACC-01", "CLN-06") for f in flags)
    # ranked: severity first
    ranks = [{"high": 0, "medium": 1, "low": 2}[f["severity"]] for f in flags]
    assert ranks == sorted(ranks)


def test_offsets_table_has_the_contract_columns_and_the_planted_transform(result, planted):
    _, sc = planted
    layer = result["offsets"]
    assert layer.fields().names() == OFFSET_COLUMNS
    rows = {f["record_id"]: f for f in layer.getFeatures()}
    assert {"ACC-01", "SHF-02", "MIL-03", "AGD-0012"} <= set(rows)
    truth = sc["truth"]["SHF-02"]
    from clearground.tests.unit.test_discrepancy import to_ll

    pivot, moved = to_ll([(truth.px, truth.py), (truth.px + truth.dx, truth.py + truth.dy)])
    az, _, dist = GEOD.inv(pivot[0], pivot[1], moved[0], moved[1])
    row = rows["SHF-02"]
    assert math.hypot(row["dx_m"] - dist * math.sin(math.radians(az)),
                      row["dy_m"] - dist * math.cos(math.radians(az))) < 1.0
    assert abs(row["rotation_deg"] - truth.rotation_deg) < 0.1
    assert row["rms_before_m"] > 30 and row["rms_after_m"] < 1.0 and row["matches"] >= 80


def test_matching_agrees_with_native_join_by_nearest(result, planted, provider):
    """Where the records are right, each matched find's mine is its nearest one within the tolerance."""
    import processing

    ws, _ = planted
    context = QgsProcessingContext()

    def utm(uri):
        out = processing.run("native:reprojectlayer", {"INPUT": uri, "TARGET_CRS": "EPSG:32638",
                                                       "OUTPUT": "memory:"}, context=context)
        return _layer(out["OUTPUT"], context)

    joined = processing.run("native:joinbynearest", {
        "INPUT": utm(ws.uri("finds")), "INPUT_2": utm(ws.uri("recorded_mines")), "FIELDS_TO_COPY": ["mine_no"],
        "DISCARD_NONMATCHING": True, "PREFIX": "n_", "NEIGHBORS": 1, "MAX_DISTANCE": 10.0, "OUTPUT": "memory:",
    }, context=context)
    nearest = {f["find_id"]: (f["n_mine_no"], f["distance"]) for f in _layer(joined["OUTPUT"], context).getFeatures()}
    links = [f for f in result["links"].getFeatures() if f["record_id"] in ("ACC-01", "AGD-0012", "CLN-06")]
    assert len(links) == 80 + 31 + 10
    for link in links:
        mine_no, distance = nearest[link["find_id"]]
        assert link["mine_no"] == mine_no
        assert link["distance_m"] == pytest.approx(distance, abs=0.01)
        assert link.geometry().constGet().numPoints() == 2


def test_correct_record_moves_the_remainder_where_the_mines_are(result, planted, provider):
    import processing

    ws, sc = planted
    context = result["context"]
    out = processing.run("clearground:correctrecord", {
        "RECORDS": ws.uri("minefield_records"), "RECORDED_MINES": ws.uri("recorded_mines"),
        "OFFSETS": result["offsets"], "OUTPUT_RECORDS": "memory:", "OUTPUT_MINES": "memory:",
    }, context=context)
    mines = [f for f in _layer(out["OUTPUT_MINES"], context).getFeatures() if f["record_id"] == "SHF-02"]
    assert len(mines) == 120
    from clearground.tests.unit.test_discrepancy import rows_field, to_ll

    truth = sc["truth"]["SHF-02"]
    real = to_ll(truth.apply(rows_field((700, 0), 5, 24, 4.0, 12.0, 20.0)))
    for f in mines:
        p = f.geometry().asPoint()
        k = int(f["mine_no"]) - 1
        _, _, dist = GEOD.inv(p.x(), p.y(), real[k, 0], real[k, 1])
        assert dist < 1.0
        assert "original geometry: POINT" in f["raw"]
    records = {f["record_id"]: f for f in _layer(out["OUTPUT_RECORDS"], context).getFeatures()}
    # only records with a fitted row (TYP-05 has three finds: too few)
    assert set(records) == {f["record_id"] for f in result["offsets"].getFeatures() if f["status"] == "fitted"}
    assert "TYP-05" not in records
    assert "original geometry: POLYGON" in records["SHF-02"]["raw"]


def test_correct_record_with_sectors_keeps_only_the_uncleared_remainder(result, planted, provider):
    import processing

    ws, _ = planted
    context = result["context"]
    out = processing.run("clearground:correctrecord", {
        "RECORDS": ws.uri("minefield_records"), "RECORDED_MINES": ws.uri("recorded_mines"),
        "OFFSETS": result["offsets"], "SECTORS": ws.uri("sectors"),
        "OUTPUT_RECORDS": "memory:", "OUTPUT_MINES": "memory:",
    }, context=context)
    by_record: dict[str, int] = {}
    for f in _layer(out["OUTPUT_MINES"], context).getFeatures():
        by_record[f["record_id"]] = by_record.get(f["record_id"], 0) + 1
    assert "AGD-0012" not in by_record and "ACC-01" not in by_record  # all cleared
    assert by_record["SHF-02"] == 120  # its sectors are in progress


def test_rows_that_cannot_be_used_are_logged(provider, planted):
    import processing

    ws, _ = planted
    finds = QgsVectorLayer("Point?crs=EPSG:4326&field=find_id:string&field=category:string", "finds", "memory")
    features = []
    for fid, cat, xy in (("X1", "AP", (46.95, 40.05)), ("X2", "banana", (46.951, 40.05)), ("X3", "AT", None)):
        f = QgsFeature(finds.fields())
        f.setAttributes([fid, cat])
        if xy:
            f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*xy)))
        features.append(f)
    finds.dataProvider().addFeatures(features)
    feedback = LogFeedback()
    context = QgsProcessingContext()
    out = processing.run("clearground:finddiscrepancies", {
        "RECORDS": ws.uri("minefield_records"), "FINDS": finds, "OUTPUT": "memory:", "OUTPUT_OFFSETS": "memory:",
    }, feedback=feedback, context=context)
    assert any("finds feature 2 (category)" in e and "banana" in e for e in feedback.errors)
    assert any("finds feature 3 (geometry)" in e for e in feedback.errors)
    flags = list(_layer(out["OUTPUT"], context).getFeatures())
    assert [f["flag_id"] for f in flags] == ["find_outside_records:X1"]
    assert any("No SECTORS" in i for i in feedback.infos)


def test_sample_workspace_designed_discrepancies_are_found(provider, tmp_path):
    """clearground:createsample, then clearground:finddiscrepancies on its workspace layers."""
    import processing

    from clearground.core import scenario as sample
    from clearground.processing.algorithms.create_sample import DISTRICTS, PLACES
    from clearground.workspace import open_workspace

    path = tmp_path / "sample.gpkg"
    processing.run("clearground:createsample", {"OUTPUT": str(path), "SEED": 42, "SCALE": 1.0})
    truth = sample.generate_scenario(sample.load_districts(DISTRICTS), seed=42, scale=1.0,
                                     places=sample.load_places(PLACES)).truth
    ws = open_workspace(path)
    context = QgsProcessingContext()
    out = processing.run("clearground:finddiscrepancies", {
        "RECORDS": ws.uri("minefield_records"), "RECORDED_MINES": ws.uri("recorded_mines"),
        "FINDS": ws.uri("finds"), "SECTORS": ws.uri("sectors"), "OUTPUT": "memory:", "OUTPUT_OFFSETS": "memory:",
    }, context=context)
    flags = list(_layer(out["OUTPUT"], context).getFeatures())

    def of(kind):
        return [f for f in flags if f["kind"] == kind]

    assert {f["record_id"] for f in of("systematic_offset")} == set(truth.records_of("shifted"))
    assert {f["record_id"] for f in of("missing_mines")} == set(truth.records_of("missing"))
    for f in of("missing_mines"):
        assert (f["expected"], f["observed"]) == truth.counts[f["record_id"]]
    outside = sorted(i for f in of("find_outside_records") for i in f["find_id"].split(","))
    assert outside == sorted(truth.unrecorded_finds)
    assert sorted(f["find_id"] for f in of("post_clearance_find")) == sorted(p["find_id"] for p in truth.post_clearance)
    quiet = set(truth.records_of("accurate")) | set(truth.records_of("unworked"))
    assert not [f["flag_id"] for f in flags if f["record_id"] in quiet]
    assert not of("surplus_mines") and not of("type_mismatch")
    rows = {f["record_id"]: f for f in _layer(out["OUTPUT_OFFSETS"], context).getFeatures()}
    for rid in truth.transforms:  # positions are checked against the truth in tests/unit/test_discrepancy.py
        assert rows[rid]["rms_after_m"] < 3.0 and rows[rid]["rms_before_m"] > 25.0 and rows[rid]["matches"] >= 5


def test_finds_left_out_by_a_filter_expression_are_not_analysed(result, planted, provider):
    import processing

    ws, _ = planted
    try:
        finds = QgsProcessingFeatureSourceDefinition(ws.uri("finds"), False, -1,
                                                     filterExpression="\"find_id\" = 'none'")
    except TypeError:
        pytest.skip("this QGIS has no filter expression on a feature source")
    assert result["links"].featureCount() > 0  # every find used: matched finds
    context = QgsProcessingContext()
    out = processing.run("clearground:finddiscrepancies", {
        "RECORDS": ws.uri("minefield_records"), "RECORDED_MINES": ws.uri("recorded_mines"), "FINDS": finds,
        "OUTPUT": "memory:", "OUTPUT_OFFSETS": "memory:", "OUTPUT_LINKS": "memory:",
    }, context=context)
    assert _layer(out["OUTPUT_LINKS"], context).featureCount() == 0
    assert _layer(out["OUTPUT_OFFSETS"], context).featureCount() == 0
