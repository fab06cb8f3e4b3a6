"""Registration on periodic row records cleared from one side (tests/unit/row_records.py): every
correction is right, or the record is reported as ambiguous or as having too few finds."""

from __future__ import annotations

import numpy as np
import shapely
from pyproj import Transformer

from clearground.core.discrepancy import Settings, analyse
from clearground.core.offsets import Similarity, move_lonlat

from .row_records import row_scenario

_TO_UTM = Transformer.from_crs("EPSG:4326", "EPSG:32638", always_xy=True)
_TO_LONLAT = Transformer.from_crs("EPSG:32638", "EPSG:4326", always_xy=True)


def _corrected_rms(row, truth) -> float:
    """rms (m) of the record's uncleared mines moved by the row's transform, each against its own
    real position."""
    rest = ~truth.cleared
    lon, lat = _TO_LONLAT.transform(truth.recorded_xy[rest, 0], truth.recorded_xy[rest, 1])
    moved = move_lonlat(shapely.points(lon, lat), (row.pivot_lon, row.pivot_lat),
                        Similarity(row.dx_m, row.dy_m, row.rotation_deg, row.scale))
    xy = np.column_stack(_TO_UTM.transform(shapely.get_x(moved), shapely.get_y(moved)))
    return float(np.sqrt(np.mean(np.sum((xy - truth.true_xy[rest]) ** 2, axis=1))))


def tally(scenario, analysis) -> dict:
    rows = {row.record_id: row for row in analysis.offsets}
    out = {"fitted": [], "ambiguous": [], "too_few_finds": [], "wrong": [], "missing": [], "control_moved": []}
    for rid, truth in scenario.truth.items():
        row = rows.get(rid)
        if row is None:  # no offset row: it must have had no finds to say anything with
            nothing = truth.kind == "control" or not truth.cleared.any() or truth.kind == "few"
            out[("fitted" if truth.kind == "control" else "too_few_finds") if nothing else "missing"].append(rid)
            continue
        status = row.status
        if truth.kind == "control":
            if row.established and status == "fitted":
                out["control_moved"].append(rid)
            continue
        if status != "fitted":
            out[status].append(rid)
            continue
        rms = _corrected_rms(row, truth)  # correctrecord moves every fitted row, established or not
        if rms > 1.5:
            out["wrong"].append((rid, round(rms, 1)))
        else:
            out["fitted" if row.established else "missing"].append(rid)
    return out


def test_periodic_rows_are_corrected_right_or_reported_undecided():
    scenario = row_scenario()
    analysis = analyse(scenario.records, scenario.mines, scenario.finds, scenario.sectors, Settings())
    result = tally(scenario, analysis)
    print({k: len(v) for k, v in result.items()}, result["wrong"][:10])
    assert not result["wrong"] and not result["control_moved"] and not result["missing"]
    assert len(result["fitted"]) >= 60  # most records are identified (the controls among them)


def test_an_undecided_record_names_a_sector_of_its_own_still_to_clear_that_would_decide():
    scenario = row_scenario()
    analysis = analyse(scenario.records, scenario.mines, scenario.finds, scenario.sectors, Settings())
    status = dict(zip(scenario.sectors.sector_id, scenario.sectors.status))
    parent = dict(zip(scenario.sectors.sector_id, scenario.sectors.parent_id))
    ambiguous = {row.record_id for row in analysis.offsets if row.status == "ambiguous"}
    named = {}
    for flag in analysis.flags:
        if flag.kind == "systematic_offset" and flag.record_id in ambiguous:
            assert "No correction is made" in flag.message
            if "clearing sector " in flag.message:
                named[flag.record_id] = flag.message.split("clearing sector ")[1].split(" decides")[0]
    assert len(named) >= 10
    assert all(parent[sector] == record and status[sector] != "cleared" for record, sector in named.items())
