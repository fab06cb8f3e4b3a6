"""Row records cleared from one side through processing.run: finddiscrepancies says which fits are
ambiguous, and correctrecord moves only the fitted ones unless asked."""

from __future__ import annotations

import processing
import pytest
from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProcessingUtils

from clearground.tests.unit.row_records import row_scenario
from clearground.workspace import create_workspace

from .panel_helpers import write_row_scenario


class _Log(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.lines: list[str] = []

    def pushInfo(self, info):  # noqa: N802 - QGIS API
        self.lines.append(info)

    def pushWarning(self, warning):  # noqa: N802 - QGIS API
        self.lines.append(warning)


@pytest.fixture(scope="module")
def rows_workspace(tmp_path_factory):
    sc = row_scenario(seed=21, rows=30, controls=3, few=3)
    ws = create_workspace(tmp_path_factory.mktemp("rows") / "rows.gpkg")
    write_row_scenario(ws, sc)
    return ws, sc


def _layer(value, context):
    return value if not isinstance(value, str) else QgsProcessingUtils.mapLayerFromString(value, context)


def _run(alg, params, feedback=None):
    context = QgsProcessingContext()
    out = processing.run(alg, params, feedback=feedback or QgsProcessingFeedback(), context=context)
    return out, context


def test_ambiguous_records_are_said_so_and_left_alone_unless_asked(provider, rows_workspace):
    ws, sc = rows_workspace
    out, context = _run("clearground:finddiscrepancies", {
        "RECORDS": ws.uri("minefield_records"), "RECORDED_MINES": ws.uri("recorded_mines"),
        "FINDS": ws.uri("finds"), "SECTORS": ws.uri("sectors"), "OUTPUT": "memory:", "OUTPUT_OFFSETS": "memory:"})
    offsets = _layer(out["OUTPUT_OFFSETS"], context)
    rows = {f["record_id"]: f for f in offsets.getFeatures()}
    status = {rid: f["status"] for rid, f in rows.items()}
    ambiguous = sorted(rid for rid, st in status.items() if st == "ambiguous")
    fitted = sorted(rid for rid, st in status.items() if st == "fitted" and sc.truth[rid].kind == "rows")
    assert ambiguous and fitted and "too_few_finds" in status.values()
    for rid in ambiguous:
        assert rows[rid]["runner_up_dx_m"] is not None and 0 <= rows[rid]["confidence"] < 1
    flags = _layer(out["OUTPUT"], context)
    words = {f["record_id"]: f["message"] for f in flags.getFeatures() if f["kind"] == "systematic_offset"}
    assert all("about equally well" in words[rid] and "No correction is made" in words[rid] for rid in ambiguous)

    log = _Log()
    corrected, context2 = _run("clearground:correctrecord", {
        "RECORDS": ws.uri("minefield_records"), "RECORDED_MINES": ws.uri("recorded_mines"),
        "OFFSETS": offsets, "OUTPUT_RECORDS": "memory:", "OUTPUT_MINES": "memory:"}, log)
    moved = {f["record_id"] for f in _layer(corrected["OUTPUT_RECORDS"], context2).getFeatures()}
    assert set(fitted) <= moved and not moved & set(ambiguous)
    text = "\n".join(log.lines)
    assert all(f"{rid}: ambiguous" in text for rid in ambiguous) and "too few finds" in text

    asked, context3 = _run("clearground:correctrecord", {
        "RECORDS": ws.uri("minefield_records"), "RECORDED_MINES": ws.uri("recorded_mines"),
        "OFFSETS": offsets, "INCLUDE_AMBIGUOUS": True, "OUTPUT_RECORDS": "memory:", "OUTPUT_MINES": "memory:"})
    records = {f["record_id"]: f for f in _layer(asked["OUTPUT_RECORDS"], context3).getFeatures()}
    assert set(ambiguous) <= set(records)
    assert all("ambiguous fit, as INCLUDE_AMBIGUOUS asked" in records[rid]["notes"] for rid in ambiguous)
