"""What the panel tests share: pressing a button that starts a background task and waiting for it,
and writing the row records of tests/unit/row_records into a workspace."""

from __future__ import annotations

import shapely
from qgis.PyQt.QtCore import QEventLoop, Qt, QTimer
from qgis.PyQt.QtTest import QTest

from clearground.workspace.writer import FeatureColumns, write_features


def press_and_wait(button, done, failed) -> list:
    """Click ``button`` and wait until ``done`` (["ok"]) or ``failed`` (its message) is emitted."""
    outcome: list = []
    loop = QEventLoop()
    done.connect(lambda *_: (outcome.append("ok"), loop.quit()))
    failed.connect(lambda message: (outcome.append(message), loop.quit()))
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(loop.quit)  # a safety net against a hang, not a timing check
    guard.start(180_000)
    QTest.mouseClick(button, Qt.LeftButton)
    if not outcome:
        loop.exec()
    return outcome


def write_row_scenario(ws, sc) -> None:
    """The records, their mines, the finds and the sectors of a row scenario, in workspace ``ws``."""
    r, m, f, s = sc.records, sc.mines, sc.finds, sc.sectors
    write_features(ws, {
        "minefield_records": FeatureColumns({"record_id": list(r.record_id)}, list(r.geoms)),
        "recorded_mines": FeatureColumns({"record_id": list(m.record_id), "mine_no": list(m.mine_no),
                                          "category": list(m.category), "model": list(m.model)},
                                         list(shapely.points(m.lon, m.lat))),
        "finds": FeatureColumns({"find_id": list(f.find_id), "category": list(f.category), "model": list(f.model),
                                 "quantity": list(f.quantity), "found_date": list(f.found_date)},
                                list(shapely.points(f.lon, f.lat))),
        "sectors": FeatureColumns({"sector_id": list(s.sector_id), "parent_id": list(s.parent_id),
                                   "status": list(s.status), "status_date": list(s.status_date)}, list(s.geoms)),
    })
