"""Map versus reality on a scenario with planted truths: every discrepancy found, clean records quiet.

The scenario is built in a local azimuthal equidistant projection (pyproj, independent of the
analysis' own frame) around 40.0°N 46.9°E and handed over in longitude/latitude.
"""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pytest
import shapely
from pyproj import Geod, Transformer
from shapely.geometry import LineString, Point, box

from clearground.core import discrepancy as d
from clearground.core.categories import DISCREPANCY_KINDS
from clearground.core.offsets import Similarity, parse_traverse, traverse_mines

CENTRE = (46.9, 40.0)
LOCAL = f"+proj=aeqd +lat_0={CENTRE[1]} +lon_0={CENTRE[0]} +ellps=WGS84 +units=m"
_TO = Transformer.from_crs("EPSG:4326", LOCAL, always_xy=True)
_FROM = Transformer.from_crs(LOCAL, "EPSG:4326", always_xy=True)
GEOD = Geod(ellps="WGS84")

SHIFT = Similarity(35.0, -22.0, 4.0)  # the truth of SHF-02 (pivot set when built)
MIL_TRAVERSE = [
    # point_id, kind, from_point, bearing, unit, distance, count
    ("RP1", "reference", "", "", "", "", ""),
    ("T1", "turning", "RP1", "12-00", "mil6400", "250", ""),
    ("A", "row", "T1", "16-00", "mil6400", "80", "17"),
    ("T2", "turning", "T1", "28-00", "mil6400", "15", ""),
    ("B", "row", "T2", "16-00", "mil6400", "80", "17"),
]


def to_ll(xy) -> np.ndarray:
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    lon, lat = _FROM.transform(xy[:, 0], xy[:, 1])
    return np.column_stack((lon, lat))


def geom_ll(geom):
    return shapely.transform(geom, lambda c: to_ll(c))


def to_local(lon, lat) -> np.ndarray:
    x, y = _TO.transform(np.asarray(lon, dtype=float), np.asarray(lat, dtype=float))
    return np.column_stack((np.atleast_1d(x), np.atleast_1d(y)))


def rows_field(origin, rows, per_row, spacing, gap, bearing_deg) -> np.ndarray:
    b = math.radians(bearing_deg)
    along = np.array([math.sin(b), math.cos(b)])
    across = np.array([math.cos(b), -math.sin(b)])
    return np.array([np.array(origin, float) + across * r * gap + along * i * spacing
                     for r in range(rows) for i in range(per_row)])


def perimeter(mines_xy, margin=10.0):
    return shapely.convex_hull(shapely.multipoints(mines_xy)).buffer(margin, join_style="mitre")


def pivot_local(poly_local) -> np.ndarray:
    """Where the analysis pivots a record: the centroid of its perimeter in longitude/latitude."""
    c = shapely.centroid(geom_ll(poly_local))
    return to_local(c.x, c.y)[0]


def mil_traverse_csv(reference_ll) -> str:
    head = "record_id,point_id,kind,from_point,bearing,unit,north,distance_m,coord,count,category,model"
    lines = [head]
    for pid, kind, frm, bearing, unit, dist, count in MIL_TRAVERSE:
        coord = f"{reference_ll[1]:.7f} {reference_ll[0]:.7f}" if kind == "reference" else ""
        cat, model = ("AP", "PMN-2") if kind == "row" else ("", "")
        lines.append(f"MIL-03,{pid},{kind},{frm},{bearing},{unit},grid,{dist},{coord},{count},{cat},{model}")
    return "\n".join(lines)


def planted_scenario(seed: int = 7) -> dict:
    """Layers as lists of rows (geometry in lon/lat) plus the planted truth."""
    rng = np.random.default_rng(seed)
    records, mines, finds, sectors = [], [], [], []
    truth: dict = {}

    def add_record(rid, mines_xy, district, category, model, recorded=None, raw="", models=None):
        poly = perimeter(mines_xy)
        records.append(dict(record_id=rid, district=district, geometry=geom_ll(poly), raw=raw,
                            recorded_ap=recorded if category == "AP" else 0,
                            recorded_at=recorded if category == "AT" else 0,
                            mine_models=models or model, record_type="row", reliability="low"))
        for k, (lon, lat) in enumerate(to_ll(mines_xy)):
            mines.append(dict(record_id=rid, mine_no=str(k + 1), category=category, model=model,
                              geometry=Point(lon, lat)))
        return poly

    def add_finds(xy, prefix, category, model, date, noise=0.5):
        xy = np.asarray(xy, float).reshape(-1, 2)
        xy = xy + rng.normal(0.0, noise, xy.shape) if noise else xy
        for k, (lon, lat) in enumerate(to_ll(xy)):
            finds.append(dict(find_id=f"{prefix}-{k + 1:03d}", category=category, model=model, quantity=1,
                              found_date=date, geometry=Point(lon, lat)))

    def add_sector(sid, parent, poly_local, status, date):
        sectors.append(dict(sector_id=sid, parent_id=parent, status=status, status_date=date,
                            geometry=geom_ll(poly_local), method="manual", version=1))

    # ACC-01: accurate, fully cleared, every mine found -> no flag
    acc = rows_field((0, 0), 4, 20, 5.0, 10.0, 60.0)
    poly = add_record("ACC-01", acc, "Aghdam", "AP", "PMN-2", recorded=80)
    add_sector("ACC-01-S1", "ACC-01", poly.buffer(15.0), "cleared", "2024-04-01")
    add_finds(acc, "ACC", "AP", "PMN-2", "2024-03-15")

    # SHF-02: shifted by tens of metres and rotated; 70% found, clearance going on
    shf = rows_field((700, 0), 5, 24, 4.0, 12.0, 20.0)
    poly = add_record("SHF-02", shf, "Aghdam", "AT", "TM-62M", recorded=120)
    pv = pivot_local(poly)
    t = Similarity(SHIFT.dx, SHIFT.dy, SHIFT.rotation_deg, 1.0, *pv)
    real = t.apply(shf)
    add_sector("SHF-02-S1", "SHF-02", poly, "in_progress", "2024-05-01")
    add_finds(real[rng.permutation(len(real))[:84]], "SHF", "AT", "TM-62M", "2024-05-02")
    truth["SHF-02"] = t

    # MIL-03: a traverse in Soviet mils that was plotted as NATO mils
    reference = np.array([0.0, 700.0])
    raw = mil_traverse_csv(to_ll(reference)[0])
    legs = parse_traverse(raw)
    plotted = traverse_mines(legs) + reference
    real = traverse_mines(legs, "mil6000_read_as_mil6400") + reference
    add_record("MIL-03", plotted, "Fuzuli", "AP", "PMN-2", recorded=len(plotted), raw=raw)
    add_finds(real[:25], "MIL", "AP", "PMN-2", "2024-05-03", noise=0.3)
    truth["MIL-03"] = real

    # AGD-0012: 48 AP recorded, area fully cleared, only 31 found
    agd = rows_field((700, 700), 4, 12, 5.0, 10.0, 100.0)
    poly = add_record("AGD-0012", agd, "Aghdam", "AP", "PMN-2", recorded=48)
    add_sector("AGD-0012-S1", "AGD-0012", poly.buffer(5.0), "cleared", "2024-05-01")
    add_finds(agd[:31], "AGD", "AP", "PMN-2", "2024-04-10")
    truth["AGD-0012-missing"] = [str(k + 1) for k in range(31, 48)]

    # an unrecorded minefield: 50 AP finds far from every record -> one flag
    angle = rng.uniform(0, 2 * math.pi, 50)
    radius = 45.0 * np.sqrt(rng.uniform(0, 1, 50))
    cluster = np.column_stack((-600 + radius * np.cos(angle), -600 + radius * np.sin(angle)))
    add_finds(cluster, "UNR", "AP", "PMN-1", "2024-06-01", noise=0.0)

    # UXO outside records: not "outside records" (records describe mines)
    add_finds([(-600, 600), (-590, 610), (-650, 650)], "UXO", "UXO", "OF-462", "2024-06-01", noise=0.0)

    # TYP-05: an AT record where AP mines are found
    typ = rows_field((1400, 0), 2, 10, 6.0, 10.0, 45.0)
    poly = add_record("TYP-05", typ, "Fuzuli", "AT", "TM-62M", recorded=20)
    add_sector("TYP-05-S1", "TYP-05", poly, "in_progress", "2024-05-01")
    add_finds(typ[:8], "TYPAT", "AT", "TM-62M", "2024-05-05")
    centre = np.array(poly.centroid.coords[0])
    add_finds([centre + (0, 2), centre + (3, -1), centre + (-2, -3)], "TYPAP", "AP", "PMN-2", "2024-05-05",
              noise=0.0)

    # CLN-06: clean, a third cleared, the finds there match
    cln = rows_field((1400, 700), 3, 10, 5.0, 10.0, 90.0)
    add_record("CLN-06", cln, "Fuzuli", "AP", "PMN-2", recorded=30)
    first_row = LineString(cln[:10]).buffer(4.0)
    add_sector("CLN-06-S1", "CLN-06", first_row, "cleared", "2024-02-20")
    add_sector("CLN-06-S2", "CLN-06", perimeter(cln).difference(first_row), "planned", None)
    add_finds(cln[:10], "CLN", "AP", "PMN-2", "2024-02-01")

    # a released sector of a hazard (no record) where a UXO turns up after clearance
    add_sector("HZ-1-S1", "HZ-1", box(-25, -725, 25, -675), "cleared", "2024-03-01")
    finds.append(dict(find_id="F-PC1", category="UXO", model="OF-462", quantity=1, found_date="2024-06-10",
                      geometry=Point(*to_ll([(0.0, -700.0)])[0])))

    return dict(records=records, mines=mines, finds=finds, sectors=sectors, truth=truth)


def core_inputs(sc: dict):
    """The scenario as the core's input arrays."""
    def col(rows, name):
        return [r.get(name) for r in rows]

    recs, mines, finds, secs = sc["records"], sc["mines"], sc["finds"], sc["sectors"]
    return (
        d.Records(col(recs, "record_id"), col(recs, "geometry"), col(recs, "district"), col(recs, "recorded_ap"),
                  col(recs, "recorded_at"), col(recs, "mine_models"), col(recs, "raw")),
        d.RecordedMines(col(mines, "record_id"), [m["geometry"].x for m in mines], [m["geometry"].y for m in mines],
                        col(mines, "category"), col(mines, "model"), col(mines, "mine_no")),
        d.Finds(col(finds, "find_id"), [f["geometry"].x for f in finds], [f["geometry"].y for f in finds],
                col(finds, "category"), col(finds, "model"), col(finds, "quantity"), col(finds, "found_date")),
        d.Sectors(col(secs, "sector_id"), col(secs, "geometry"), col(secs, "status"), col(secs, "status_date"),
                  col(secs, "parent_id")),
    )


@pytest.fixture(scope="module")
def scenario():
    return planted_scenario()


@pytest.fixture(scope="module")
def analysis(scenario):
    return d.analyse(*core_inputs(scenario))


def _by_kind(analysis, kind):
    return [f for f in analysis.flags if f.kind == kind]


def test_clean_records_raise_no_flag(analysis):
    assert [f.flag_id for f in analysis.flags if f.record_id in ("ACC-01", "CLN-06")] == []


def test_every_planted_discrepancy_and_nothing_else(analysis, scenario):
    ids = sorted(f.flag_id for f in analysis.flags)
    missing = [f"unmatched_recorded_mine:AGD-0012:{n}" for n in scenario["truth"]["AGD-0012-missing"]]
    expected = sorted([
        "systematic_offset:SHF-02", "systematic_offset:MIL-03", "missing_mines:AGD-0012:AP",
        "find_outside_records:UNR-001", "type_mismatch:TYP-05:AP", "type_mismatch:TYP-05:model:PMN2",
        "post_clearance_find:F-PC1", *missing,
    ])
    assert ids == expected
    assert {f.kind for f in analysis.flags} <= set(DISCREPANCY_KINDS)
    assert {f.severity for f in analysis.flags} <= {"high", "medium", "low"}


def test_many_points_take_the_sieve_and_tree_and_find_the_same(scenario, analysis, monkeypatch):
    monkeypatch.setattr(d, "_MANY_POINTS", 5)  # every point test of the scenario takes the many-points path
    again = d.analyse(*core_inputs(scenario))
    assert [vars(f) for f in again.flags] == [vars(f) for f in analysis.flags]
    assert [vars(o) for o in again.offsets] == [vars(o) for o in analysis.offsets]


def test_missing_mines_counts_and_message(analysis):
    (flag,) = _by_kind(analysis, "missing_mines")
    assert (flag.expected, flag.observed, flag.severity) == (48, 31, "high")
    assert flag.message == "Record AGD-0012: 48 AP mines recorded, 31 found after 100% of its area was cleared: " \
                           "17 unaccounted."
    assert flag.district == "Aghdam"
    unmatched = _by_kind(analysis, "unmatched_recorded_mine")
    assert len(unmatched) == 17 and {f.severity for f in unmatched} == {"high"}
    assert {f.sector_id for f in unmatched} == {"AGD-0012-S1"}
    assert "no find matches it within 10 m" in unmatched[0].message


def test_shifted_and_rotated_record_is_recovered(analysis, scenario):
    (flag,) = [f for f in _by_kind(analysis, "systematic_offset") if f.record_id == "SHF-02"]
    assert flag.severity == "high"  # its mines lie beyond the perimeter buffer
    row = next(r for r in analysis.offsets if r.record_id == "SHF-02")
    truth = scenario["truth"]["SHF-02"]
    # the planted shift, measured geodesically at the pivot (east, north)
    pivot = to_ll([(truth.px, truth.py)])[0]
    moved = to_ll([(truth.px + truth.dx, truth.py + truth.dy)])[0]
    az, _, dist = GEOD.inv(pivot[0], pivot[1], moved[0], moved[1])
    dx, dy = dist * math.sin(math.radians(az)), dist * math.cos(math.radians(az))
    assert math.hypot(row.dx_m - dx, row.dy_m - dy) < 1.0
    assert row.rotation_deg == pytest.approx(truth.rotation_deg, abs=0.1)
    assert row.scale == pytest.approx(1.0, abs=0.005)
    assert row.matches >= 80 and row.rms_after_m < 1.0 and row.rms_before_m > 30.0
    assert row.pivot_lon == pytest.approx(pivot[0], abs=1e-9) and row.pivot_lat == pytest.approx(pivot[1], abs=1e-9)


def test_wrong_mils_record_names_the_cause(analysis):
    (flag,) = [f for f in _by_kind(analysis, "systematic_offset") if f.record_id == "MIL-03"]
    assert "Soviet mils (6000) read as NATO mils (6400)" in flag.message
    row = next(r for r in analysis.offsets if r.record_id == "MIL-03")
    assert row.hypothesis == "mil6000_read_as_mil6400" and row.established


def test_accurate_record_has_an_identity_offset_row(analysis):
    row = next(r for r in analysis.offsets if r.record_id == "ACC-01")
    assert not row.established and math.hypot(row.dx_m, row.dy_m) < 0.5 and abs(row.rotation_deg) < 0.2
    assert row.matches == 80


def test_unrecorded_cluster_is_one_flag_with_the_count(analysis):
    (flag,) = _by_kind(analysis, "find_outside_records")
    assert flag.observed == 50 and flag.severity == "high"
    assert flag.find_id.split(",") == [f"UNR-{k:03d}" for k in range(1, 51)]
    assert flag.message.startswith("50 mines (AP 50) in 50 finds outside every minefield record")
    assert flag.distance_m > 500


def test_type_mismatch_category_and_model(analysis):
    flags = {f.flag_id: f for f in _by_kind(analysis, "type_mismatch")}
    cat = flags["type_mismatch:TYP-05:AP"]
    assert (cat.observed, cat.severity) == (3, "high")
    assert cat.message == "Record TYP-05: 3 AP mine(s) found, but the record mentions AT only."
    model = flags["type_mismatch:TYP-05:model:PMN2"]
    assert model.severity == "low" and model.observed == 3 and "PMN-2" in model.message


def test_post_clearance_find(analysis):
    (flag,) = _by_kind(analysis, "post_clearance_find")
    assert flag.severity == "high" and flag.find_id == "F-PC1" and flag.sector_id == "HZ-1-S1"
    assert flag.message == ("Find F-PC1 (UXO OF-462) on 2024-06-10 in sector HZ-1-S1, marked cleared on "
                            "2024-03-01: post-clearance find.")


def test_sectors_given_as_wkb_give_the_same_analysis(scenario, analysis):
    """The bulk reader hands sectors over as WKB (decoded where used): same flags, offsets and problems;
    a sector without geometry or with an empty one is named whichever way it came. The WKB is written
    as other systems write it: big-endian, or surveyed in 3D as a MultiPolygon Z."""
    records, mines, finds, sectors = core_inputs(scenario)
    written = [shapely.to_wkb(g, byte_order=0) if k % 3 == 0 else
               shapely.to_wkb(shapely.force_3d(shapely.MultiPolygon([g]), 412.0), output_dimension=3)
               if k % 3 == 1 else shapely.to_wkb(g) for k, g in enumerate(sectors.geoms)]
    assert {w[0] for w in written} == {0, 1} and any(shapely.has_z(shapely.from_wkb(w)) for w in written)
    as_wkb = np.empty(len(sectors.geoms) + 2, dtype=object)
    as_wkb[:] = written + [None, shapely.to_wkb(shapely.Polygon())]
    extra = ["NO-GEOM", "EMPTY"]
    wkb_sectors = d.Sectors(list(sectors.sector_id) + extra, as_wkb, list(sectors.status) + ["cleared"] * 2,
                            list(sectors.status_date) + [None] * 2, list(sectors.parent_id) + [None] * 2)
    result = d.analyse(records, mines, finds, wkb_sectors)
    assert [dataclasses.astuple(f) for f in result.flags] == [dataclasses.astuple(f) for f in analysis.flags]
    assert [dataclasses.astuple(o) for o in result.offsets] == [dataclasses.astuple(o) for o in analysis.offsets]
    named = [p.reason for p in result.problems if p.layer == "sectors"]
    assert named == ["sector NO-GEOM has no geometry", "sector EMPTY has no geometry"]


def test_worked_a_few_mines_at_a_time_the_analysis_is_the_same(scenario, analysis, monkeypatch):
    """A national table is projected, averaged and checked for unmatched mines a slice at a time: with
    slices of a few mines (records cut across slices) every flag, offset and link is the same."""
    from clearground.core import offsets

    monkeypatch.setattr(d, "_SLICE", 7)
    monkeypatch.setattr(offsets, "_CHUNK", 5)
    result = d.analyse(*core_inputs(scenario))
    assert any(f.kind == "unmatched_recorded_mine" for f in result.flags)
    assert [dataclasses.astuple(f) for f in result.flags] == [dataclasses.astuple(f) for f in analysis.flags]
    assert [dataclasses.astuple(o) for o in result.offsets] == [dataclasses.astuple(o) for o in analysis.offsets]
    assert list(result.links) == list(analysis.links)


def test_a_post_clearance_find_names_the_earliest_released_sector_it_postdates():
    """Two released sectors overlap where three finds lie; a fourth names a sector it is not in."""
    record = box(0, 0, 200, 100)
    recs = d.Records(["R-1"], [geom_ll(record)])
    sectors = d.Sectors(
        ["S-2022", "S-2020", "S-2021", "S-far"],
        [geom_ll(box(0, 0, 100, 100)), geom_ll(box(50, 0, 150, 100)), geom_ll(box(50, 0, 150, 100)),
         geom_ll(box(150, 0, 200, 100))],
        ["cleared", "reduced", "cleared", "cleared"],
        ["2022-05-01", "2020-05-01", "2021-05-01", "2019-01-01"],
    )
    at = to_ll([(75, 50), (75, 60), (20, 50), (120, 50)])
    finds = d.Finds(["late", "between", "before", "named"], at[:, 0], at[:, 1], ["UXO"] * 4,
                    found_date=["2023-01-01", "2020-09-01", "2019-06-01", "2019-06-01"],
                    sector_id=[None, None, None, "S-far"])
    result = d.analyse(recs, None, finds, sectors)
    flagged = {f.find_id: f.sector_id for f in result.flags if f.kind == "post_clearance_find"}
    # the find of 2019 in the sector it names (released in 2019, not the one it lies in, of 2020/2021)
    assert flagged == {"late": "S-2020", "between": "S-2020", "named": "S-far"}


def test_a_cluster_of_finds_outside_every_record_is_placed_by_its_member_nearest_a_record():
    recs = d.Records(["R-1"], [geom_ll(box(0, 0, 100, 100))])
    at = to_ll([(240, 50), (220, 50), (200, 50), (5_000, 5_000)])  # a cluster (20 m apart) and a lone find
    finds = d.Finds(["F-1", "F-2", "F-3", "F-far"], at[:, 0], at[:, 1], ["AP"] * 4)
    flags = {f.find_id: f for f in d.analyse(recs, None, finds).flags if f.kind == "find_outside_records"}
    assert set(flags) == {"F-1,F-2,F-3", "F-far"}
    cluster = flags["F-1,F-2,F-3"]
    assert cluster.distance_m == pytest.approx(100.0, abs=0.5) and "(R-1)" in cluster.message
    assert flags["F-far"].distance_m == pytest.approx(math.hypot(4_900, 4_900), rel=1e-3)
    nothing = d.analyse(d.Records([], []), None, finds).flags
    assert {f.distance_m for f in nothing} == {None}
    assert all("no minefield record to compare with" in f.message for f in nothing)


def test_ids_are_read_stripped_whatever_type_the_layer_gives_them():
    at = to_ll([(0, 0), (100, 0), (200, 0), (300, 0), (400, 0)])  # five finds, each a cluster of its own
    for ids in ([" F-1 ", "F-2", "  ", None, "F-5\t"],
                np.array([b" F-1 ", b"F-2", b"  ", b"", b"F-5\t"]),
                [" F-1 ", "F-2", float("nan"), None, b"F-5"]):
        finds = d.Finds(ids, at[:, 0], at[:, 1], ["AP"] * 5)
        flags = d.analyse(d.Records([], []), None, finds).flags
        assert sorted(f.find_id for f in flags) == ["#3", "#4", "F-1", "F-2", "F-5"], ids


def test_flags_are_ranked_by_severity_then_size(analysis):
    ranks = [d.SEVERITY_RANK[f.severity] for f in analysis.flags]
    assert ranks == sorted(ranks)
    high = [f for f in analysis.flags if f.severity == "high"]
    assert high[0].kind == "find_outside_records"  # 50 mines: the biggest


def test_links_join_matched_finds_to_recorded_positions(analysis):
    shf = [link for link in analysis.links if link.record_id == "SHF-02"]
    assert len(shf) >= 80
    assert all(30.0 < link.distance_m < 60.0 for link in shf)


def test_without_sectors_or_mines_counts_and_cleared_ground_are_not_judged():
    sc = planted_scenario()
    recs, _, finds, _ = core_inputs(sc)
    result = d.analyse(recs, None, finds, None)
    kinds = {f.kind for f in result.flags}
    assert "missing_mines" not in kinds and "unmatched_recorded_mine" not in kinds
    assert "post_clearance_find" not in kinds


def test_unusable_rows_are_reported_not_dropped():
    recs = d.Records(["R1", "R1", None], [box(46.9, 40.0, 46.901, 40.001)] * 3)
    finds = d.Finds(["F1", "F2"], [46.95, math.nan], [40.0, math.nan], ["bogus", "AP"])
    result = d.analyse(recs, None, finds)
    reasons = [(p.layer, p.row, p.field) for p in result.problems]
    assert ("minefield_records", 2, "record_id") in reasons and ("minefield_records", 3, "record_id") in reasons
    assert ("finds", 1, "category") in reasons and ("finds", 2, "geometry") in reasons


def test_cancel_stops_the_analysis(scenario):
    class Stop:
        def setProgress(self, value):
            pass

        def isCanceled(self):
            return True

    with pytest.raises(d.CancelledError):
        d.analyse(*core_inputs(scenario), feedback=Stop())


def test_components_joins_chains():
    labels = d._components(6, np.array([0, 1, 4]), np.array([1, 2, 5]))
    assert labels.tolist() == [0, 0, 0, 3, 4, 4]


def test_reviews_survive_a_new_run():
    previous = {
        "a": d.Review("acknowledged", "team sent"), "b": d.Review("open", None),
        "c": d.Review("resolved", "found in 2023"), "e": d.Review("open", None),
    }
    carried, kept = d.carry_reviews(["a", "b", "x"], previous)
    assert carried == {"a": d.Review("acknowledged", "team sent")}
    assert kept == ["c"]  # touched, no longer raised: kept; "e" untouched: dropped


# -- the sample scenario of the project (core/scenario.py): the designed discrepancies are found ------------
@pytest.fixture(scope="module")
def sample(districts_path):
    from clearground.core import scenario as sample_scenario

    sc = sample_scenario.generate_scenario(sample_scenario.load_districts(districts_path), seed=42, scale=1.0)
    layers = sc.layers

    def cols(name):
        return layers[name]

    (rc, rg), (mc, mg), (fc, fg), (sc_, sg) = (cols("minefield_records"), cols("recorded_mines"), cols("finds"),
                                               cols("sectors"))
    result = d.analyse(
        d.Records(rc["record_id"], rg, rc.get("district"), rc.get("recorded_ap"), rc.get("recorded_at"),
                  rc.get("mine_models"), rc.get("raw")),
        d.RecordedMines(mc["record_id"], shapely.get_x(mg), shapely.get_y(mg), mc.get("category"), mc.get("model"),
                        mc.get("mine_no")),
        d.Finds(fc["find_id"], shapely.get_x(fg), shapely.get_y(fg), fc.get("category"), fc.get("model"),
                fc.get("quantity"), fc.get("found_date"), fc.get("sector_id")),
        d.Sectors(sc_["sector_id"], sg, sc_["status"], sc_.get("status_date"), sc_.get("parent_id")),
    )
    return sc, result


def test_sample_scenario_records_with_missing_mines(sample):
    sc, result = sample
    flags = [f for f in result.flags if f.kind == "missing_mines"]
    assert sorted(f.record_id for f in flags) == sorted(sc.truth.records_of("missing"))
    for flag in flags:
        assert (flag.expected, flag.observed) == sc.truth.counts[flag.record_id]
    unaccounted = sum(f.expected - f.observed for f in flags)
    unmatched = [f for f in result.flags if f.kind == "unmatched_recorded_mine"
                 and sc.truth.record_kind[f.record_id] == "missing"]
    assert unaccounted - 2 <= len(unmatched) <= unaccounted  # a mine on the edge of cleared ground is spared


def test_sample_scenario_shifted_records_are_put_where_their_mines_are(sample):
    from pyproj import Transformer

    from clearground.core.offsets import move_lonlat

    sc, result = sample
    flagged = {f.record_id for f in result.flags if f.kind == "systematic_offset"}
    assert flagged == set(sc.truth.records_of("shifted"))
    offsets = {o.record_id: o for o in result.offsets}
    utm = Transformer.from_crs("EPSG:4326", "EPSG:32638", always_xy=True)
    mc, mg = sc.layers["recorded_mines"]
    ids = np.asarray(mc["record_id"])
    for rid, t in sc.truth.transforms.items():
        sel = ids == rid
        e, n = utm.transform(shapely.get_x(mg[sel]), shapely.get_y(mg[sel]))
        th, ce, cn = math.radians(t["rotation_deg"]), t["centre_e"], t["centre_n"]  # counter-clockwise, UTM
        real_e = ce + (e - ce) * math.cos(th) - (n - cn) * math.sin(th) + t["dx_m"]
        real_n = cn + (e - ce) * math.sin(th) + (n - cn) * math.cos(th) + t["dy_m"]
        o = offsets[rid]
        moved = move_lonlat(mg[sel], (o.pivot_lon, o.pivot_lat),
                            Similarity(o.dx_m, o.dy_m, o.rotation_deg, o.scale))
        me, mn = utm.transform(shapely.get_x(moved), shapely.get_y(moved))
        assert np.hypot(me - real_e, mn - real_n).max() < 3.0, rid
        assert o.rotation_deg == pytest.approx(-t["rotation_deg"], abs=1.5)  # clockwise here


def test_sample_scenario_unrecorded_cluster_post_clearance_and_quiet_records(sample):
    sc, result = sample
    outside = [f for f in result.flags if f.kind == "find_outside_records"]
    assert sorted(i for f in outside for i in f.find_id.split(",")) == sorted(sc.truth.unrecorded_finds)
    post = sorted(f.find_id for f in result.flags if f.kind == "post_clearance_find")
    assert post == sorted(p["find_id"] for p in sc.truth.post_clearance)
    flagged_finds = {i for f in result.flags if f.find_id for i in f.find_id.split(",")}
    assert not flagged_finds & set(sc.truth.scattered_finds)
    assert not [f for f in result.flags if f.kind in ("surplus_mines", "type_mismatch")]
    quiet = set(sc.truth.records_of("accurate")) | set(sc.truth.records_of("unworked"))
    assert [f.flag_id for f in result.flags if f.record_id in quiet] == []
    in_progress = [f for f in result.flags if f.record_id in sc.truth.records_of("in_progress")]
    assert {f.kind for f in in_progress} <= {"unmatched_recorded_mine"} and len(in_progress) <= 2


def test_flag_ids_are_unique_even_when_mine_numbers_repeat():
    local = np.array([[0.0, 0.0], [0.0, 30.0], [0.0, 60.0]])
    ll = to_ll(local)
    recs = d.Records(["R"], [geom_ll(box(-20, -20, 20, 80))], recorded_ap=[3])
    mines = d.RecordedMines(["R"] * 3, ll[:, 0], ll[:, 1], ["AP"] * 3, None, ["1", "1", "2"])
    finds = d.Finds(["F"], [to_ll([(300.0, 300.0)])[0, 0]], [to_ll([(300.0, 300.0)])[0, 1]], ["UXO"])
    sectors = d.Sectors(["S"], [geom_ll(box(-30, -30, 30, 90))], ["cleared"], ["2024-01-01"])
    ids = [f.flag_id for f in d.analyse(recs, mines, finds, sectors).flags]
    assert len(ids) == len(set(ids))
    assert {"unmatched_recorded_mine:R:1", "unmatched_recorded_mine:R:1#2", "unmatched_recorded_mine:R:2"} <= set(ids)


def test_an_unfound_mine_in_overlapping_cleared_sectors_names_its_own_records_sector():
    # records A and B overlap; both were cleared; B's mine 1 lies in both cleared sectors, unfound
    rec_a, rec_b = box(0, 0, 100, 100), box(50, 0, 150, 100)
    mine = to_ll([[75.0, 50.0]])
    records = d.Records(["A", "B"], [geom_ll(rec_a), geom_ll(rec_b)], recorded_ap=[0, 1])
    mines = d.RecordedMines(["B"], mine[:, 0], mine[:, 1], ["AP"], None, ["1"])
    far = to_ll([[5000.0, 5000.0]])
    finds = d.Finds(["F1"], far[:, 0], far[:, 1], ["UXO"])
    for order in (["A-1", "B-1"], ["B-1", "A-1"]):
        geoms = {"A-1": geom_ll(rec_a), "B-1": geom_ll(rec_b)}
        sectors = d.Sectors(order, [geoms[s] for s in order], ["cleared", "cleared"], None,
                            [s[0] for s in order])
        flags = [f for f in d.analyse(records, mines, finds, sectors).flags if f.kind == "unmatched_recorded_mine"]
        assert [(f.record_id, f.sector_id) for f in flags] == [("B", "B-1")]


def test_the_matching_leaves_out_only_mines_no_find_can_reach(monkeypatch):
    # record N's last mine lies 9.5 m from a find beyond the end of its row: within the tolerance;
    # record F lies 5 km away from every find: its mines cannot match and are not matched at all
    near_row = np.array([[0.0, 0.0], [5.0, 0.0], [10.0, 0.0]])
    far_row = near_row + 5000.0
    ll = to_ll(np.vstack([near_row, far_row]))
    records = d.Records(["N", "F"], [geom_ll(box(-5, -5, 15, 5)), geom_ll(box(4995, 4995, 5015, 5005))])
    mines = d.RecordedMines(["N"] * 3 + ["F"] * 3, ll[:, 0], ll[:, 1], ["AP"] * 6, None, list("123456"))
    find = to_ll([[19.5, 0.0]])
    finds = d.Finds(["X"], find[:, 0], find[:, 1], ["AP"])
    considered = []
    real = d._match_cleared_first
    monkeypatch.setattr(d, "_match_cleared_first", lambda mines_xy, *a: considered.append(len(mines_xy))
                        or real(mines_xy, *a))
    links = d.analyse(records, mines, finds).links
    assert considered == [3]  # the near record's mines only
    assert [(link.find_id, link.record_id, link.mine_no) for link in links] == [("X", "N", "3")]
    assert links[0].distance_m == pytest.approx(9.5, abs=0.01)


def test_mines_without_models_or_numbers_are_labelled_by_their_row():
    local = np.array([[0.0, 0.0], [0.0, 30.0]])
    ll = to_ll(local)
    recs = d.Records(["R"], [geom_ll(box(-20, -20, 20, 50))], recorded_ap=[2])
    mines = d.RecordedMines(["R", "R"], ll[:, 0], ll[:, 1], ["AP", "AP"], None, None, row=[7, 8])
    far = to_ll([(900.0, 900.0)])
    finds = d.Finds(["F"], far[:, 0], far[:, 1], ["UXO"])
    sectors = d.Sectors(["S"], [geom_ll(box(-30, -30, 30, 60))], ["cleared"], ["2024-01-01"])
    flags = [f for f in d.analyse(recs, mines, finds, sectors).flags if f.kind == "unmatched_recorded_mine"]
    assert sorted(f.flag_id for f in flags) == ["unmatched_recorded_mine:R:#7", "unmatched_recorded_mine:R:#8"]
    assert all("(AP)" in f.message for f in flags)


@pytest.mark.parametrize("rows", [[11, 12, 13, 14, 15], [11, 12, 20, 21, 9]], ids=["numbered-on", "gaps"])
@pytest.mark.parametrize("text", [list, lambda values: _as_bytes(values)], ids=["text", "utf8-bytes"])
def test_mines_with_a_problem_are_named_by_row_and_field_and_the_rest_are_used(text, rows):
    """As text, and as the UTF-8 bytes the bulk reader gives (named as text all the same); the row
    numbers as the layer gives them, one after the other (kept as the first alone) or with gaps."""
    local = np.array([[0.0, 0.0], [0.0, 30.0], [0.0, 60.0], [0.0, 90.0], [0.0, 120.0]])
    ll = to_ll(local)
    lon, lat = ll[:, 0].copy(), ll[:, 1].copy()
    lon[2] = math.nan  # no position
    recs = d.Records(["R"], [geom_ll(box(-20, -20, 20, 140))], recorded_ap=[5])
    mines = d.RecordedMines(text([" R ", "NOPE-№2", "R", "R", "R"]), lon, lat,
                            text(["AP", "AP", "AP", " ПМН? ", None]), None, text(list("12345")),
                            row=np.array(rows))
    far = to_ll([(900.0, 900.0)])
    finds = d.Finds(["F"], far[:, 0], far[:, 1], ["UXO"])
    sectors = d.Sectors(["S"], [geom_ll(box(-30, -30, 30, 150))], ["cleared"], ["2024-01-01"])
    result = d.analyse(recs, mines, finds, sectors)
    mine_problems = [(p.row, p.field, p.reason) for p in result.problems if p.layer == "recorded_mines"]
    assert mine_problems == [(rows[1], "record_id", "record id NOPE-№2 is not among the records"),
                             (rows[2], "geometry", "no position"),
                             (rows[3], "category", "unknown category ПМН?")]
    unfound = sorted(f.flag_id for f in result.flags if f.kind == "unmatched_recorded_mine")
    assert unfound == ["unmatched_recorded_mine:R:1", "unmatched_recorded_mine:R:4", "unmatched_recorded_mine:R:5"]


def _as_bytes(values):
    """A text column as the bulk reader gives it with raw_text: numpy UTF-8 bytes, b"" for null."""
    return np.array([b"" if v is None else str(v).encode("utf-8") for v in values])


def test_the_mines_text_as_utf8_bytes_gives_the_same_analysis_as_text(scenario, analysis):
    records, mines, finds, sectors = core_inputs(scenario)
    raw = d.RecordedMines(_as_bytes(mines.record_id), mines.lon, mines.lat, _as_bytes(mines.category),
                          _as_bytes(mines.model), _as_bytes(mines.mine_no))
    assert raw.record_id.dtype.kind == "S"
    again = d.analyse(records, raw, finds, sectors)
    assert again.flags == analysis.flags and again.offsets == analysis.offsets
    assert again.links == analysis.links and again.problems == analysis.problems


def test_links_are_columns_read_as_rows():
    links = d.Links(["F1", "F2"], ["R1", "R2"], np.array([b" 7 ", b""]), [40.0, 41.0], [39.0, 39.5],
                    [40.1, 41.1], [39.1, 39.6], [12.5, 3.25])
    rows = [d.Link("F1", "R1", "7", 40.0, 39.0, 40.1, 39.1, 12.5),
            d.Link("F2", "R2", None, 41.0, 39.5, 41.1, 39.6, 3.25)]
    assert len(links) == 2 and list(links) == rows and links == rows
    assert links[-1] == rows[1] and links[0:1] == rows[:1]
    assert links != rows[:1] and d.Links() == []
    with pytest.raises(IndexError):
        links[2]


def test_inputs_released_as_taken_in_give_the_same_analysis(scenario, analysis):
    """The algorithm lets the analysis drop its inputs' columns as it takes them in (a national table
    is not held twice): the result is the same, and the objects given are left empty."""
    inputs = core_inputs(scenario)
    result = d.analyse(*inputs, release_inputs=True)
    assert result.flags == analysis.flags and result.offsets == analysis.offsets
    assert result.links == analysis.links and result.problems == analysis.problems
    assert all(value is None for given in inputs for value in dataclasses.astuple(given))
