"""The workspace interface on both backends: every write through it, all or nothing, the same rules.

Each test runs on a GeoPackage workspace and on the same workspace copied into the throwaway
PostGIS cluster, opened through a QGIS connection (as an analyst's QGIS would).
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import numpy as np
import pytest
import shapely
from qgis.core import QgsProject, QgsSettings, QgsVectorLayer
from qgis.gui import QgsMessageBar
from qgis.PyQt.QtCore import QEventLoop, QSettings, QTimer

from clearground.core import marking
from clearground.core.marking import StatusChange
from clearground.ui.context import DockContext
from clearground.ui.session import WorkspaceSession
from clearground.ui.tabs.records import Tab as RecordsTab
from clearground.workspace import WorkspaceError, open_workspace, transfer
from clearground.workspace import postgis as pgw
from clearground.workspace.store import SectorConflictError
from clearground.workspace.writer import FeatureColumns

DATA = Path(__file__).resolve().parents[1] / "data" / "import"
NOW = dt.datetime(2026, 11, 24, 8, 0, tzinfo=dt.timezone.utc)


@pytest.fixture(params=["gpkg", "postgis"])
def ws(request, tmp_path, full_workspace):
    """The full test workspace as a GeoPackage, or copied into PostGIS and opened through a QGIS connection."""
    if request.param == "gpkg":
        path = tmp_path / "ws.gpkg"
        shutil.copyfile(full_workspace, path)
        return open_workspace(path)
    pg, schema_name = request.getfixturevalue("pg"), request.getfixturevalue("schema_name")
    name, _, _ = request.getfixturevalue("qgis_connection")
    transfer.gpkg_to_postgis(full_workspace, pg, schema_name)
    return pgw.open_connection_workspace(name, schema_name)


def _layer(ws, name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(ws.uri(name), name, ws.provider)
    assert layer.isValid(), ws.uri(name)
    return layer


def _values(ws, name: str, *fields: str) -> list[tuple]:
    rows = [tuple(None if f[n] is None or str(f[n]) == "NULL" else f[n] for n in fields)
            for f in _layer(ws, name).getFeatures()]
    return sorted(rows, key=lambda row: tuple("" if v is None else str(v) for v in row))


def _snapshot(ws) -> dict:
    """What each layer holds (counts, sector states, audit rows): equal snapshots mean nothing changed."""
    return {
        "counts": {n: _layer(ws, n).featureCount() for n in ("finds", "sectors", "discrepancies", "audit_log",
                                                               "recorded_mines")},
        "sectors": [tuple(str(v) for v in row) for row in _values(ws, "sectors", "sector_id", "status", "version")],
    }


def _finds(ids, category="AP"):
    xy = np.array([(46.95 + i * 1e-4, 40.05) for i in range(len(ids))])
    return FeatureColumns({"find_id": list(ids), "category": [category] * len(ids)}, xy)


def test_append_is_all_or_nothing_over_layers(ws):
    before = _snapshot(ws)
    bad_mines = FeatureColumns({"record_id": ["R-1"], "category": ["bogus"]}, np.array([[46.95, 40.05]]))
    with pytest.raises(WorkspaceError, match="category"):
        ws.append({"finds": _finds(["F-9", "F-10"]), "recorded_mines": bad_mines})
    assert _snapshot(ws) == before
    assert ws.append({"finds": _finds(["F-9", "F-10"])}) == {"finds": 2}
    assert _layer(ws, "finds").featureCount() == before["counts"]["finds"] + 2
    assert ws.record_ids() == frozenset({"R-1", "R-3"})  # R-2 was deleted


def test_a_failure_part_way_through_a_transaction_leaves_the_workspace_as_it_was(ws):
    before = _snapshot(ws)
    with pytest.raises(RuntimeError, match="power cut"):
        with ws.transaction() as tx:
            tx.append({"finds": _finds(["F-20"])})
            tx.delete("discrepancies", [fid for fid, _ in tx.reviews().values()])
            tx.apply_marking(marking.mark(tx.sector_rows(["R-1-0-0"]), StatusChange("cleared"), "anna", NOW))
            raise RuntimeError("power cut")
    assert _snapshot(ws) == before


def test_a_failure_while_writing_the_audit_rows_leaves_the_sectors_unmarked(ws, monkeypatch):
    before = _snapshot(ws)
    with ws.transaction() as tx:
        kind = type(tx)

    def broken(self, entries):
        raise WorkspaceError("the disk is full")

    monkeypatch.setattr(kind, "_note", broken)
    with pytest.raises(WorkspaceError, match="disk is full"):
        ws.mark_sectors(["R-1-0-1"], StatusChange("planned", reason="re-survey"), "anna", NOW)
    assert _snapshot(ws) == before


def test_marking_checks_the_version_and_audits_in_the_same_transaction(ws):
    with ws.transaction() as tx:
        stale_rows = tx.sector_rows(["R-1-0-0"])
    result = ws.mark_sectors(["R-1-0-0", "R-1-0-1"], StatusChange("cleared", dt.date(2026, 11, 24), team="T-7"),
                             "anna", NOW, without_reason="skip", keep_same_status=True)
    assert result.changed == ["R-1-0-0"] and result.kept_cleared == []  # R-1-0-1 was cleared already
    sectors = {r[0]: r[1:] for r in _values(ws, "sectors", "sector_id", "status", "version", "team")}
    assert sectors["R-1-0-0"] == ("cleared", 2, "T-7")
    audit = [r for r in _values(ws, "audit_log", "feature_key", "field", "old_value", "new_value", "user_name")
             if r[0] == "R-1-0-0" and r[4] != "анна"]  # not the rows the workspace came with
    assert {r[1:4] for r in audit} >= {("status", "planned", "cleared"), ("team", "T-2", "T-7"),
                                       ("version", "1", "2")}
    user = "anna" if ws.provider == "ogr" else "cg_qgis_user"  # PostGIS stamps the session's own user
    assert {r[4] for r in audit} == {user}

    stale = marking.mark(stale_rows, StatusChange("reduced"), "boris", NOW)
    with pytest.raises(SectorConflictError, match=rf"Sector R-1-0-0 was changed by {user}") as caught:
        with ws.transaction() as tx:
            tx.apply_marking(stale)
    assert caught.value.sector_id == "R-1-0-0" and caught.value.version == 2
    assert {r[0]: r[1:] for r in _values(ws, "sectors", "sector_id", "status", "version")}["R-1-0-0"] == \
        ("cleared", 2)


def _many_sectors(ws, n: int) -> list[str]:
    ids = [f"B-{i}" for i in range(n)]
    boxes = [shapely.box(47 + i * 1e-4, 40.2, 47.0001 + i * 1e-4, 40.2001) for i in range(n)]
    ws.append({"sectors": FeatureColumns({"sector_id": ids, "parent_id": ["B"] * n}, boxes)})
    return ids


def test_a_conflict_in_a_later_chunk_of_updates_is_named_and_nothing_is_kept(ws):
    ids = _many_sectors(ws, 2300)  # more than one chunk of updates on either backend
    with ws.transaction() as tx:
        rows = tx.sector_rows(ids)
    late = ids[2100]
    ws.mark_sectors([late], StatusChange("reduced"), "anna", NOW)
    before = _snapshot(ws)
    stale = marking.mark(rows, StatusChange("cleared"), "boris", NOW)
    with pytest.raises(SectorConflictError, match=late) as caught:
        with ws.transaction() as tx:
            tx.apply_marking(stale)
    assert caught.value.sector_id == late and caught.value.version == 2
    assert _snapshot(ws) == before
    result = ws.mark_sectors(ids, StatusChange("cleared"), "boris", NOW)  # read afresh, all go through
    assert len(result.changed) == len(ids)
    assert {r[1:] for r in _values(ws, "sectors", "sector_id", "status") if r[0].startswith("B-")} == {("cleared",)}


def test_an_update_the_database_refuses_is_named_by_its_sector(ws):
    with ws.transaction() as tx:
        rows = tx.sector_rows(["R-1-0-0", "R-1-0-2"])
    result = marking.mark(rows, StatusChange("in_progress"), "boris", NOW)
    result.updates["R-1-0-2"]["version"] = 7  # not one more than the stored version: the database refuses it
    before = _snapshot(ws)
    with pytest.raises(WorkspaceError, match="R-1-0-2"):
        with ws.transaction() as tx:
            tx.apply_marking(result)
    assert _snapshot(ws) == before


def test_taking_a_sector_out_of_cleared_writes_the_reason_with_the_change(ws):
    ws.mark_sectors(["R-1-0-1"], StatusChange("in_progress", reason="a find after clearance"), "anna", NOW)
    reasons = [r for r in _values(ws, "audit_log", "feature_key", "field", "old_value", "new_value")
               if r[1] == "reason"]
    assert reasons == [("R-1-0-1", "reason", "cleared", "a find after clearance")]


def test_the_history_of_a_sector_is_read_through_the_workspace(ws):
    ws.mark_sectors(["R-1-0-0"], StatusChange("in_progress", dt.date(2026, 11, 24), team="T-7"), "anna", NOW)
    ws.mark_sectors(["R-1-0-1"], StatusChange("in_progress", reason="a find after clearance"), "anna", NOW)
    entries = ws.history({"sectors": ["R-1-0-0", "R-1-0-1"], "minefield_records": ["R-1"]})
    mine = [e for e in entries if e.user_name != "анна"]  # not the rows the workspace came with
    assert {(e.feature_key, e.field, e.old_value, e.new_value) for e in mine} >= {
        ("R-1-0-0", "status", "planned", "in_progress"), ("R-1-0-0", "team", "T-2", "T-7"),
        ("R-1-0-1", "reason", "cleared", "a find after clearance")}
    assert all(e.layer in ("sectors", "minefield_records") and e.ts.tzinfo is not None for e in entries)
    assert [e.ts for e in entries] == sorted(e.ts for e in entries)
    assert ws.history({"sectors": ["no-such-sector"]}) == []


def _run_analysis(run_alg, ws):
    layers = {k: _layer(ws, v) for k, v in (("RECORDS", "minefield_records"), ("RECORDED_MINES", "recorded_mines"),
                                            ("FINDS", "finds"), ("SECTORS", "sectors"))}
    return run_alg("clearground:finddiscrepancies", {**layers, "MIN_CLEARED": 0, "WORKSPACE": ws.parameter_value(),
                                                      "OUTPUT": "memory:", "OUTPUT_OFFSETS": "memory:"})


def test_a_batch_rerun_of_the_analysis_keeps_the_reviews(ws, run_alg):
    first = _run_analysis(run_alg, ws)
    stored = {r[0]: r[1:] for r in _values(ws, "discrepancies", "flag_id", "status", "note")}
    new_ids = sorted(set(stored) - {"D-1"})
    assert first["FLAGS"] == len(new_ids) > 0
    assert stored["D-1"] == ("acknowledged", "ok")  # a reviewed flag no longer raised is kept
    reviewed = new_ids[0]
    layer = _layer(ws, "discrepancies")
    feature = next(f for f in layer.getFeatures() if f["flag_id"] == reviewed)
    assert layer.dataProvider().changeAttributeValues({feature.id(): {
        layer.fields().indexOf("status"): "resolved", layer.fields().indexOf("note"): "checked on site"}})

    second = _run_analysis(run_alg, ws)
    again = {r[0]: r[1:] for r in _values(ws, "discrepancies", "flag_id", "status", "note")}
    assert second["FLAGS"] == first["FLAGS"]
    assert again[reviewed] == ("resolved", "checked on site")
    assert again["D-1"] == ("acknowledged", "ok")
    assert sorted(again) == sorted(stored)
    out = second["OUTPUT"]
    out = out if isinstance(out, QgsVectorLayer) else QgsVectorLayer(out)
    assert {f["flag_id"]: f["status"] for f in out.getFeatures()}[reviewed] == "resolved"


def test_algorithms_write_into_the_workspace(ws, run_alg):
    before = _layer(ws, "sectors").featureCount()
    run_alg("clearground:generatesectors", {"INPUT": _layer(ws, "hazard_areas"), "CELL_SIZE": 500,
                                            "WORKSPACE": ws.parameter_value(), "OUTPUT": None})
    added = _layer(ws, "sectors").featureCount() - before
    assert added > 0
    assert {r[0] for r in _values(ws, "sectors", "parent_id")} == {"R-1", "H-1"}

    marked = run_alg("clearground:marksectors", {
        "SECTORS": _layer(ws, "sectors"), "CLEARED": _layer(ws, "hazard_areas"), "MIN_OVERLAP": 50,
        "STATUS": "in_progress", "TEAM": "T-4", "DATE": "2026-11-24", "REASON": "re-survey",
        "WORKSPACE": ws.parameter_value(), "OUTPUT": None, "OUTPUT_AUDIT": "memory:"})
    assert marked["MARKED"] > 0
    in_progress = [r for r in _values(ws, "sectors", "sector_id", "status", "team") if r[1] == "in_progress"]
    assert len(in_progress) == marked["MARKED"] and {r[2] for r in in_progress} == {"T-4"}
    audited = {r[0] for r in _values(ws, "audit_log", "feature_key", "field") if r[1] == "status"}
    assert {r[0] for r in in_progress} <= audited

    result = run_alg("clearground:importminemap", {"INPUT": str(DATA / "traverse.csv"), "DEFAULT_UNIT": "mil6000",
                                                   "WORKSPACE": ws.parameter_value(), "OUTPUT_RECORDS": "memory:",
                                                   "OUTPUT_MINES": None, "OUTPUT_REJECTS": "memory:"})
    assert result["RECORDS"] == 2 and "AG-001" in ws.record_ids()
    assert _layer(ws, "recorded_mines").featureCount() == 25 + result["MINES"]


@pytest.fixture
def session(ws, provider, qgis_new_project, qgis_canvas, tmp_path):
    """A QGIS session with ``ws`` open, as the dock holds it."""
    project = QgsProject.instance()
    opened = WorkspaceSession(project, QgsSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat))
    if ws.provider == "postgres":
        opened.open_postgis(ws.connection, ws.schema)
    else:
        opened.open(ws.path)
    yield opened
    if qgis_canvas.mapTool() is not None:
        qgis_canvas.unsetMapTool(qgis_canvas.mapTool())
    opened.close()


def _wait(signal, start) -> list:
    done: list = []
    signal.connect(lambda *args: done.append(args))
    assert start() is not None
    loop = QEventLoop()
    signal.connect(lambda *args: loop.quit())
    QTimer.singleShot(120_000, loop.quit)  # a safety net against a hang, not a timing check
    if not done:
        loop.exec()
    assert done, "the background task did not finish"
    return done[0]


def test_the_records_tab_imports_into_either_backend(ws, session, qgis_canvas):
    tab = RecordsTab(DockContext(session, qgis_canvas, QgsMessageBar(), QgsProject.instance()))
    done = _wait(tab.imported, lambda: tab.start_import({"INPUT": str(DATA / "traverse.csv"),
                                                        "DEFAULT_UNIT": "mil6000"}))
    assert done[:2] == (2, 38)
    assert {"AG-001", "R-1"} <= ws.record_ids()


def test_the_sectors_tab_generates_into_either_backend(ws, session, qgis_canvas):
    from clearground.ui.tabs.sectors import Tab as SectorsTab

    tab = SectorsTab(DockContext(session, qgis_canvas, QgsMessageBar(), QgsProject.instance()))
    tab.parent_kind.setCurrentIndex(tab.parent_kind.findData("hazard_areas"))
    tab.cell_size.setValue(500)
    hazards = session.layer("hazard_areas")
    hazards.selectAll()
    (added,) = _wait(tab.generated, tab.generate)
    assert added > 0
    assert _layer(ws, "sectors").featureCount() == 6 + added
    assert session.layer("sectors").featureCount() == 6 + added  # the project's layer shows them
    assert sum(1 for r in _values(ws, "sectors", "parent_id") if r[0] == "H-1") == added


def test_the_discrepancies_tab_runs_into_either_backend_and_keeps_reviews(ws, session, qgis_canvas):
    from clearground.ui.tabs.discrepancies import Tab as DiscrepanciesTab

    tab = DiscrepanciesTab(DockContext(session, qgis_canvas, QgsMessageBar(), QgsProject.instance()))
    tab.min_cleared.setValue(0)
    outcome: list = []
    tab.failed.connect(outcome.append)
    _wait(tab.analysed, lambda: tab.run_analysis() or True)
    assert outcome == []
    stored = {r[0]: r[1:] for r in _values(ws, "discrepancies", "flag_id", "status", "note")}
    assert stored["D-1"] == ("acknowledged", "ok") and len(stored) > 1
    assert tab.layer().featureCount() == len(stored)


def test_an_output_onto_the_workspace_is_refused_on_either_backend(ws, run_alg):
    from qgis.core import QgsDataSourceUri, QgsProcessingException

    if ws.provider == "postgres":
        uri = QgsDataSourceUri(ws.conninfo)
        uri.setDataSource(ws.schema, "sectors", "geom")
        onto_sectors = "postgres:" + uri.uri(False)
    else:
        onto_sectors = f"ogr:dbname='{ws.path}' table=\"sectors\" (geom)"
    before = _snapshot(ws)
    with pytest.raises(QgsProcessingException, match="OUTPUT is the (input SECTORS itself|workspace's layer)"):
        run_alg("clearground:marksectors", {"SECTORS": _layer(ws, "sectors"), "CLEARED": _layer(ws, "hazard_areas"),
                                            "MIN_OVERLAP": 10, "OUTPUT": onto_sectors, "OUTPUT_AUDIT": "memory:"})
    with pytest.raises(QgsProcessingException, match="OUTPUT is the workspace's layer sectors"):
        run_alg("clearground:generatesectors", {"INPUT": _layer(ws, "hazard_areas"), "WORKSPACE": ws.parameter_value(),
                                                "OUTPUT": onto_sectors})
    assert _snapshot(ws) == before
