"""The sample scenario: deterministic, plausible, and its designed discrepancies really there."""

from __future__ import annotations

import hashlib
import re
from collections import Counter

import numpy as np
import pyproj
import pytest
import shapely

from clearground.core import categories, schema
from clearground.core.scenario import (
    RECORD_KINDS,
    SCENARIO_DISTRICTS,
    generate_scenario,
    load_districts,
    load_places,
)

GEOD = pyproj.Geod(ellps="WGS84")
TO_UTM = pyproj.Transformer.from_crs(4326, 32638, always_xy=True)


@pytest.fixture(scope="module")
def districts(districts_path):
    return load_districts(districts_path)


@pytest.fixture(scope="module")
def places(root):
    return load_places(root / "resources" / "data" / "places" / "geonames-AZE-places-cities500.geojson")


@pytest.fixture(scope="module")
def sample(districts, places):
    return generate_scenario(districts, seed=42, scale=1.0, places=places)


def _columns(sample, layer):
    return sample.layers[layer][0]


def _geoms(sample, layer):
    return sample.layers[layer][1]


def _digest(scenario) -> str:
    h = hashlib.sha256()
    for name, (columns, geoms) in scenario.layers.items():
        h.update(name.encode())
        for field, values in columns.items():
            h.update(field.encode())
            h.update(repr(np.asarray(values).tolist()).encode())
        for wkb in shapely.to_wkb(geoms).tolist():
            h.update(wkb)
    h.update(repr(scenario.truth.summary()).encode())
    h.update(scenario.truth.find_mine.tobytes())
    return h.hexdigest()


def _xy(points):
    return shapely.get_x(points), shapely.get_y(points)


def _utm(geoms):
    return shapely.transform(geoms, lambda c: np.column_stack(TO_UTM.transform(c[:, 0], c[:, 1])))


def _row_index(sample, layer, key):
    return {k: i for i, k in enumerate(_columns(sample, layer)[key].tolist())}


def test_same_seed_gives_byte_identical_output_and_another_seed_another(districts, places, sample):
    again = generate_scenario(districts, seed=42, scale=1.0, places=places)
    assert _digest(again) == _digest(sample)
    other = generate_scenario(districts, seed=7, scale=1.0, places=places)
    assert _digest(other) != _digest(sample)


def test_sizes_at_scale_one(sample):
    counts = sample.counts()
    assert counts["minefield_records"] == sum(RECORD_KINDS.values()) == 60
    assert 2_500 <= counts["recorded_mines"] <= 3_500
    assert 2_000 <= counts["finds"] <= 3_000
    assert 2_400 <= counts["sectors"] <= 3_600
    assert counts["hazard_areas"] > counts["minefield_records"]


def test_scale_multiplies_the_counts(districts, sample):
    double = generate_scenario(districts, seed=42, scale=2.0)
    base, twice = sample.counts(), double.counts()
    assert twice["minefield_records"] == 2 * base["minefield_records"]
    for layer in ("recorded_mines", "finds", "sectors", "hazard_areas"):
        assert 1.6 <= twice[layer] / base[layer] <= 2.4, layer
    assert len(double.truth.post_clearance) == 2


def test_bad_arguments_are_refused(districts):
    with pytest.raises(ValueError, match="scale"):
        generate_scenario(districts, scale=0)
    with pytest.raises(ValueError, match="Zangilan District"):
        generate_scenario({k: v for k, v in districts.items() if k != "Zangilan District"})


def test_layers_obey_the_schema(sample):
    for name, (columns, geoms) in sample.layers.items():
        layer = schema.layer(name)
        assert set(columns) <= set(layer.field_names), name
        assert layer.geometry in ("Point", "Polygon")
        assert (shapely.get_type_id(geoms) == (0 if layer.geometry == "Point" else 3)).all(), name
        assert shapely.is_valid(geoms).all(), name
        for field in layer.fields:
            if field.name not in columns:
                continue
            values = [v for v in np.asarray(columns[field.name]).tolist() if v is not None]
            if field.allowed:
                assert set(values) <= set(field.allowed), (name, field.name)
            if field.unique:
                assert len(values) == len(set(values)) == len(geoms), (name, field.name)
            if field.not_null:
                assert len(values) == len(geoms), (name, field.name)


def test_records_are_small_valid_polygons_inside_their_district(sample, districts):
    cols, geoms = _columns(sample, "minefield_records"), _geoms(sample, "minefield_records")
    assert set(cols["district"].tolist()) == set(SCENARIO_DISTRICTS)
    for name, geom in zip(cols["district"].tolist(), geoms):
        assert districts[name].contains(geom), name
    for geom in geoms:
        lon, lat = np.asarray(geom.exterior.coords).T
        _, _, sides = GEOD.inv(lon[:-1], lat[:-1], lon[1:], lat[1:])
        assert 20 <= sides.min() and sides.max() <= 400
    assert Counter(cols["record_type"].tolist())["row"] >= 0.8 * len(geoms)
    laid = cols["laid_date"]
    assert laid.min() >= np.datetime64("1993-01-01") and laid.max() <= np.datetime64("2020-12-31")
    assert cols["record_id"][0].startswith(("TAR-", "AGD-")) and re.fullmatch(r"[A-Z]{3}-\d{4}", cols["record_id"][0])


def test_recorded_counts_and_models_equal_the_mines(sample):
    records, mines = _columns(sample, "minefield_records"), _columns(sample, "recorded_mines")
    ap = Counter(r for r, c in zip(mines["record_id"].tolist(), mines["category"].tolist()) if c == "AP")
    at = Counter(r for r, c in zip(mines["record_id"].tolist(), mines["category"].tolist()) if c == "AT")
    models: dict[str, set] = {}
    for rid, model in zip(mines["record_id"].tolist(), mines["model"].tolist()):
        models.setdefault(rid, set()).add(model)
    for rid, n_ap, n_at, text in zip(records["record_id"].tolist(), records["recorded_ap"].tolist(),
                                     records["recorded_at"].tolist(), records["mine_models"].tolist()):
        assert (n_ap, n_at) == (ap[rid], at[rid]), rid
        assert set(text.split(", ")) == models[rid], rid
    assert set(mines["model"][mines["category"] == "AP"].tolist()) <= {"PMN-2", "PMN-4", "POMZ-2M", "OZM-72"}
    assert set(mines["model"][mines["category"] == "AT"].tolist()) <= {"TM-62M", "TM-57"}
    assert sum(at.values()) > 0 and sum(ap.values()) > sum(at.values())


def test_recorded_mines_lie_inside_their_record(sample):
    mines, points = _columns(sample, "recorded_mines"), _geoms(sample, "recorded_mines")
    index = _row_index(sample, "minefield_records", "record_id")
    polygons = _geoms(sample, "minefield_records")[[index[r] for r in mines["record_id"].tolist()]]
    assert shapely.contains(polygons, points).all()


def test_raw_text_is_a_traverse_of_the_record(sample):
    cols, mines = _columns(sample, "minefield_records"), _columns(sample, "recorded_mines")
    rows_of: dict[str, set] = {}
    for rid, mine_no in zip(mines["record_id"].tolist(), mines["mine_no"].tolist()):
        rows_of.setdefault(rid, set()).add(mine_no.split("-")[0])
    for rid, raw in zip(cols["record_id"].tolist(), cols["raw"].tolist()):
        assert raw.startswith(f"Record {rid},")
        assert sum(line.startswith("Row ") for line in raw.splitlines()) == len(rows_of[rid]) >= 2
        assert re.search(r"Ref\. point A: \d\d°\d\d'\d\d\.\d\"N 0?\d\d°\d\d'\d\d\.\d\"E", raw)
        assert re.search(r"TP4: from TP3 az \d{1,2}-\d\d \d+ m\.", raw)
        assert "Row 1: start from A az" in raw
    assert any(" of Fuzuli." in raw or " of Horadiz." in raw or " of Jabrayil." in raw for raw in cols["raw"].tolist())


def test_every_sector_status_with_methods_teams_dates(sample):
    cols = _columns(sample, "sectors")
    assert set(cols["status"].tolist()) == set(categories.SECTOR_STATUSES)
    hazards = set(_columns(sample, "hazard_areas")["hazard_id"].tolist())
    for sid, parent in zip(cols["sector_id"].tolist(), cols["parent_id"].tolist()):
        assert re.fullmatch(r"HA-\d{4}-\d{2}-\d{2}", sid) and sid.startswith(parent + "-")
        assert parent in hazards
    status, method = cols["status"], cols["method"]
    assert set(method[status == "cancelled"].tolist()) == {"nts"}
    assert set(method[status == "reduced"].tolist()) == {"ts"}
    assert set(method[status == "cleared"].tolist()) == {"manual", "mechanical", "mdd"}
    assert (cols["version"] == 1).all() and all(cols["team"].tolist()) and (cols["depth_cm"] > 0).all()
    assert cols["status_date"].min() >= np.datetime64("2021-01-01")
    assert cols["status_date"].max() <= np.datetime64("2024-12-31")
    # sectors are 25 m squares
    lon, lat = np.asarray(_geoms(sample, "sectors")[0].exterior.coords).T
    _, _, sides = GEOD.inv(lon[:-1], lat[:-1], lon[1:], lat[1:])
    assert np.allclose(sides, 25.0, atol=0.05)


def test_hazard_areas_cover_their_records(sample):
    hz, hz_geoms = _columns(sample, "hazard_areas"), _geoms(sample, "hazard_areas")
    index = _row_index(sample, "minefield_records", "record_id")
    records = _geoms(sample, "minefield_records")
    classes = Counter(hz["classification"].tolist())
    assert classes["SHA"] >= 3 and classes["CHA"] >= 61
    for rid, cls, geom in zip(hz["record_id"].tolist(), hz["classification"].tolist(), hz_geoms):
        if rid is not None:
            assert cls == "CHA" and geom.contains(records[index[rid]])
    assert set(hz["status"].tolist()) == {"open", "worked_on", "closed"}


def test_finds_are_dated_2021_2024_and_lie_in_their_sector(sample):
    finds, points = _columns(sample, "finds"), _geoms(sample, "finds")
    assert finds["found_date"].min() >= np.datetime64("2021-01-01")
    assert finds["found_date"].max() <= np.datetime64("2024-12-31")
    assert (finds["quantity"] == 1).all()
    assert set(finds["category"].tolist()) == {"AP", "AT", "UXO", "AXO", "SUBMUNITION"}
    index = _row_index(sample, "sectors", "sector_id")
    sector_geoms = _geoms(sample, "sectors")
    with_sector = [i for i, s in enumerate(finds["sector_id"].tolist()) if s is not None]
    cells = sector_geoms[[index[finds["sector_id"][i]] for i in with_sector]]
    assert shapely.dwithin(cells, points[with_sector], 1e-7).all()


def test_accurate_records_finds_are_within_gps_error_of_their_mines(sample):
    truth = sample.truth
    mines, mine_pts = _columns(sample, "recorded_mines"), _geoms(sample, "recorded_mines")
    find_pts = _geoms(sample, "finds")
    accurate = set(truth.records_of("accurate"))
    f_idx = np.flatnonzero(truth.find_mine >= 0)
    m_idx = truth.find_mine[f_idx]
    sel = np.isin(mines["record_id"][m_idx], list(accurate))
    lon1, lat1 = _xy(mine_pts[m_idx[sel]])
    lon2, lat2 = _xy(find_pts[f_idx[sel]])
    _, _, dist = GEOD.inv(lon1, lat1, lon2, lat2)
    assert len(dist) == sum(truth.counts[r][0] for r in accurate)  # every mine found
    assert dist.max() < 5.0 and dist.min() >= 0.9


def test_shifted_records_finds_are_30_to_150_m_from_their_mines_by_one_transform(sample):
    truth = sample.truth
    mines, mine_pts = _columns(sample, "recorded_mines"), _geoms(sample, "recorded_mines")
    find_pts = _geoms(sample, "finds")
    f_idx = np.flatnonzero(truth.find_mine >= 0)
    m_idx = truth.find_mine[f_idx]
    shifted = truth.records_of("shifted")
    assert len(shifted) == RECORD_KINDS["shifted"]
    for rid in shifted:
        sel = mines["record_id"][m_idx] == rid
        assert sel.sum() >= 5, rid
        lon1, lat1 = _xy(mine_pts[m_idx[sel]])
        lon2, lat2 = _xy(find_pts[f_idx[sel]])
        _, _, dist = GEOD.inv(lon1, lat1, lon2, lat2)
        assert dist.min() >= 30.0 and dist.max() <= 150.0, rid
        # one rotation about the centre and one shift map the recorded mines onto the finds (GPS error apart)
        t = truth.transforms[rid]
        e, n = TO_UTM.transform(lon1, lat1)
        rot = np.radians(t["rotation_deg"])
        de, dn = e - t["centre_e"], n - t["centre_n"]
        pe = t["centre_e"] + de * np.cos(rot) - dn * np.sin(rot) + t["dx_m"]
        pn = t["centre_n"] + de * np.sin(rot) + dn * np.cos(rot) + t["dy_m"]
        fe, fn = TO_UTM.transform(lon2, lat2)
        assert np.hypot(fe - pe, fn - pn).max() < 3.1, rid
        assert 0.5 <= abs(t["rotation_deg"]) <= 3.0


def test_missing_mines_records_are_cleared_with_fewer_finds(sample):
    truth = sample.truth
    hz = _columns(sample, "hazard_areas")
    hazard_of = dict(zip(hz["record_id"].tolist(), hz["hazard_id"].tolist()))
    sectors = _columns(sample, "sectors")
    finds_in_record = Counter(
        _columns(sample, "recorded_mines")["record_id"][truth.find_mine[truth.find_mine >= 0]].tolist())
    missing = truth.records_of("missing")
    assert len(missing) == RECORD_KINDS["missing"]
    for rid in missing:
        statuses = set(sectors["status"][sectors["parent_id"] == hazard_of[rid]].tolist())
        assert statuses <= {"cleared", "reduced"} and "cleared" in statuses, rid
        recorded, found = truth.counts[rid]
        assert found == finds_in_record[rid]
        assert 0.3 * recorded <= found < recorded, rid
    for rid in truth.records_of("accurate"):
        assert truth.counts[rid][0] == truth.counts[rid][1]


def test_unworked_and_partly_cleared_records(sample):
    truth = sample.truth
    hz = _columns(sample, "hazard_areas")
    hazard_of = dict(zip(hz["record_id"].tolist(), hz["hazard_id"].tolist()))
    sectors = _columns(sample, "sectors")
    for rid in truth.records_of("unworked"):
        assert set(sectors["status"][sectors["parent_id"] == hazard_of[rid]].tolist()) == {"planned"}
        assert truth.counts[rid][1] == 0
    for rid in truth.records_of("in_progress"):
        statuses = set(sectors["status"][sectors["parent_id"] == hazard_of[rid]].tolist())
        assert {"cleared", "planned"} <= statuses, rid
        assert 0 < truth.counts[rid][1] < truth.counts[rid][0]


def test_unrecorded_cluster_is_far_from_every_record(sample):
    truth = sample.truth
    finds, points = _columns(sample, "finds"), _geoms(sample, "finds")
    index = _row_index(sample, "finds", "find_id")
    rows = [index[f] for f in truth.unrecorded_finds]
    assert 30 <= len(rows) <= 40
    assert set(finds["category"][rows].tolist()) == {"AP"}
    assert (truth.find_mine[rows] == -1).all()
    cluster = _utm(points[rows])
    records = _utm(_geoms(sample, "minefield_records"))
    assert shapely.distance(shapely.multipoints(cluster), records).min() >= 1500.0
    # found during clearance of a confirmed hazard area without a record
    hz = _columns(sample, "hazard_areas")
    no_record = set(hz["hazard_id"][[r is None for r in hz["record_id"].tolist()]].tolist())
    assert {s.rsplit("-", 2)[0] for s in finds["sector_id"][rows].tolist()} <= no_record


def test_scattered_uxo_lie_outside_every_hazard(sample):
    truth = sample.truth
    finds, points = _columns(sample, "finds"), _geoms(sample, "finds")
    index = _row_index(sample, "finds", "find_id")
    rows = [index[f] for f in truth.scattered_finds]
    assert set(finds["category"][rows].tolist()) == {"UXO", "AXO", "SUBMUNITION"}
    assert all(s is None for s in finds["sector_id"][rows].tolist())
    tree = shapely.STRtree(_geoms(sample, "hazard_areas"))
    assert len(tree.query(points[rows], predicate="intersects")[0]) == 0
    not_scattered = np.setdiff1d(np.arange(len(points)), rows)
    assert all(s is not None for s in finds["sector_id"][not_scattered].tolist())


def test_one_post_clearance_find_and_no_other(sample):
    truth = sample.truth
    assert len(truth.post_clearance) == 1
    item = truth.post_clearance[0]
    finds, sectors = _columns(sample, "finds"), _columns(sample, "sectors")
    date_of = dict(zip(sectors["sector_id"].tolist(), sectors["status_date"].tolist()))
    status_of = dict(zip(sectors["sector_id"].tolist(), sectors["status"].tolist()))
    late = [
        fid for fid, sid, found in zip(finds["find_id"].tolist(), finds["sector_id"].tolist(),
                                       finds["found_date"].tolist())
        if sid is not None and status_of[sid] == "cleared" and found > date_of[sid]
    ]
    assert late == [item["find_id"]]
    assert status_of[item["sector_id"]] == "cleared"
    assert item["record_id"] in truth.records_of("missing")
    assert np.datetime64(item["found"]) > np.datetime64(item["cleared"])
    # only cleared sectors hold finds
    assert {status_of[s] for s in finds["sector_id"].tolist() if s is not None} == {"cleared"}
