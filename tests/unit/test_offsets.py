"""Robust fit of recorded mines to finds, one-to-one matching, and the human-error hypotheses."""

from __future__ import annotations

import math

import numpy as np
import pytest

from clearground.core.offsets import (
    Leg,
    Similarity,
    augment_matching,
    explain,
    fit_similarity,
    match_one_to_one,
    parse_traverse,
    register,
    robust_similarity,
    traverse_mines,
)


def _rows_field(origin=(0.0, 0.0), rows=6, per_row=31, row_gap=20.0, spacing=5.0, bearing_deg=30.0):
    """Mines in parallel rows, like a row minefield record."""
    b = math.radians(bearing_deg)
    along = np.array([math.sin(b), math.cos(b)])
    across = np.array([math.cos(b), -math.sin(b)])
    pts = [np.array(origin) + across * r * row_gap + along * i * spacing for r in range(rows) for i in range(per_row)]
    return np.array(pts)


def test_similarity_apply_and_inverse_round_trip():
    t = Similarity(12.0, -7.5, 3.0, 1.02, 100.0, 50.0)
    xy = np.array([[0.0, 0.0], [120.0, 80.0], [100.0, 50.0]])
    moved = t.apply(xy)
    assert moved[2] == pytest.approx([112.0, 42.5])  # the pivot only shifts
    assert t.inverse().apply(moved) == pytest.approx(xy)


def test_rotation_is_clockwise_like_bearings():
    north = Similarity(rotation_deg=90.0).apply(np.array([[0.0, 10.0]]))
    assert north[0] == pytest.approx([10.0, 0.0])  # a point due north turns to due east


def test_exact_fit_recovers_parameters():
    rng = np.random.default_rng(1)
    src = rng.uniform(-100, 100, (40, 2))
    truth = Similarity(31.0, -12.0, 4.5, 0.97, 5.0, 5.0)
    fit = fit_similarity(src, truth.apply(src), pivot=(5.0, 5.0))
    assert (fit.dx, fit.dy, fit.rotation_deg, fit.scale) == pytest.approx((31.0, -12.0, 4.5, 0.97), abs=1e-9)
    rigid = fit_similarity(src, Similarity(3.0, 2.0, -2.0).apply(src), with_scale=False)
    assert rigid.scale == 1.0 and rigid.rotation_deg == pytest.approx(-2.0)


def test_robust_fit_ignores_gross_outliers():
    rng = np.random.default_rng(2)
    src = rng.uniform(-80, 80, (60, 2))
    truth = Similarity(20.0, 15.0, -3.0, 1.0)
    dst = truth.apply(src) + rng.normal(0, 0.5, src.shape)
    dst[:12] += rng.uniform(15, 40, (12, 2))  # 20% wrong pairs
    plain = fit_similarity(src, dst)
    robust, weights = robust_similarity(src, dst)
    assert abs(plain.dx - 20.0) > 1.0  # least squares is dragged
    assert robust.dx == pytest.approx(20.0, abs=0.3) and robust.dy == pytest.approx(15.0, abs=0.3)
    assert robust.rotation_deg == pytest.approx(-3.0, abs=0.05)
    assert (weights[:12] == 0).all()


def test_match_one_to_one_is_nearest_first_and_exclusive():
    a = np.array([[0.0, 0.0], [1.0, 0.0], [50.0, 50.0], [np.nan, np.nan]])
    b = np.array([[0.4, 0.0], [2.5, 0.0], [100.0, 100.0]])
    ia, ib, d = match_one_to_one(a, b, 5.0)
    pairs = dict(zip(ia.tolist(), ib.tolist()))
    # b0 is nearest to both a0 (0.4) and a1 (0.6): a0 takes it, a1 gets b1 (1.5 away)
    assert pairs == {0: 0, 1: 1}
    assert d.tolist() == pytest.approx([0.4, 1.5])


@pytest.mark.parametrize("dense_limit, small_limit", [(0, 0), (10**9, 0), (10**9, 10**9)],
                         ids=["grid", "sweep", "every-distance"])
def test_match_one_to_one_equals_greedy_by_distance(monkeypatch, dense_limit, small_limit):
    from clearground.core import offsets

    monkeypatch.setattr(offsets, "_DENSE_LIMIT", dense_limit)
    monkeypatch.setattr(offsets, "_SMALL_LIMIT", small_limit)
    rng = np.random.default_rng(3)
    a = rng.uniform(0, 200, (300, 2))
    b = rng.uniform(0, 200, (400, 2))
    ia, ib, d = match_one_to_one(a, b, 8.0)
    # the greedy oracle: all pairs within reach, by increasing distance, each point used once
    dist = np.hypot(*(a[:, None, :] - b[None, :, :]).transpose(2, 0, 1))
    cand = np.argwhere(dist <= 8.0)
    cand = cand[np.argsort(dist[cand[:, 0], cand[:, 1]], kind="stable")]
    used_a, used_b, greedy = set(), set(), {}
    for i, j in cand:
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            greedy[int(i)] = int(j)
    assert dict(zip(ia.tolist(), ib.tolist())) == greedy


def test_register_recovers_shift_and_rotation_with_noise_and_unrecorded_finds():
    rng = np.random.default_rng(4)
    mines = _rows_field()
    pivot = mines.mean(axis=0)
    truth = Similarity(28.0, -17.0, 3.5, 1.0, *pivot)
    real = truth.apply(mines)
    found = real[rng.permutation(len(real))[:140]] + rng.normal(0, 0.5, (140, 2))  # 140 of 186 found
    strays = pivot + rng.uniform(-90, 90, (25, 2))  # unrecorded finds around
    fit = register(mines, np.vstack([found, strays]), pivot, tolerance=10.0, search_radius=100.0)
    assert fit is not None
    t = fit.transform
    assert math.hypot(t.dx - 28.0, t.dy + 17.0) < 1.0
    assert t.rotation_deg == pytest.approx(3.5, abs=0.1)
    assert t.scale == pytest.approx(1.0, abs=0.01)
    assert fit.matches >= 140 and fit.rms_after < 1.0 and fit.rms_before > 20.0
    assert fit.significant(10.0)


def test_register_on_an_accurate_record_is_not_significant():
    rng = np.random.default_rng(5)
    mines = _rows_field(bearing_deg=75.0)
    found = mines + rng.normal(0, 0.7, mines.shape)
    fit = register(mines, found, mines.mean(axis=0))
    assert fit is not None and fit.matches == len(mines)
    assert fit.transform.shift < 0.5 and abs(fit.transform.rotation_deg) < 0.2
    assert not fit.significant(10.0)


def test_finds_another_record_explains_do_not_send_an_accurate_record_searching(monkeypatch):
    """An accurate record beside a moved one: the moved record's finds around it do not count
    against it as plotted, so the search (vote, ICP, lattice steps) never runs for it."""
    from clearground.core import offsets

    rng = np.random.default_rng(7)
    mines = _rows_field(bearing_deg=75.0)
    own = mines + rng.normal(0, 0.5, mines.shape)
    neighbours = mines.mean(axis=0) + rng.uniform(150, 190, (len(mines), 2))  # as many again nearby
    finds = np.vstack([own, neighbours])
    elsewhere = np.r_[np.zeros(len(own), bool), np.ones(len(neighbours), bool)]
    searched = []
    real_search = offsets._search
    monkeypatch.setattr(offsets, "_search", lambda *a: searched.append(1) or real_search(*a))

    fit = register(mines, finds, mines.mean(axis=0), elsewhere=elsewhere)
    assert fit is not None and fit.matches == len(mines) and fit.transform.shift < 0.5
    assert searched == []
    register(mines, finds, mines.mean(axis=0))  # without the knowledge: half the finds unmatched
    assert searched == [1]


def test_a_record_whose_finds_all_belong_to_others_is_not_fitted():
    mines = np.random.default_rng(8).uniform(0.0, 60.0, (40, 2))
    finds = Similarity(60.0, 40.0).apply(mines)  # all within reach of a move, none near as plotted
    assert register(mines, finds, mines.mean(axis=0)) is not None
    assert register(mines, finds, mines.mean(axis=0), elsewhere=np.ones(len(finds), bool)) is None
    few = np.zeros(len(finds), bool)
    few[:3] = True  # with the one find a mine meets as plotted: four, fewer than MIN_MATCHES
    assert register(mines, finds, mines.mean(axis=0), elsewhere=~few) is None


def test_register_needs_finds():
    assert register(_rows_field(), np.zeros((2, 2)), (0.0, 0.0)) is None


TRAVERSE = """record_id,point_id,kind,from_point,bearing,unit,north,distance_m,coord,count,spacing_m,category
R1,RP1,reference,,,,,,40.0 46.9,,,
R1,T1,turning,RP1,12-00,mil6400,grid,180,,,,
R1,A,row,T1,16-00,mil6400,grid,60,,13,,AP
R1,T2,turning,T1,4-00,mil6400,grid,15,,,,
R1,B,row,T2,16-00,mil6400,grid,60,,13,,AP
R1,M1,mine,T2,32-00,mil6400,grid,10,,,,AT
"""


def test_parse_traverse_reads_csv_soviet_notation_and_rows():
    legs = parse_traverse(TRAVERSE)
    assert legs is not None and [leg.kind for leg in legs][:3] == ["reference", "turning", "row"]
    assert legs[1].bearing == 1200.0 and legs[2].count == 13
    mines = traverse_mines(legs)
    assert len(mines) == 27
    # T1 at 1200 NATO mils = 67.5 degrees, 180 m from the reference point
    t1 = 180 * np.array([math.sin(math.radians(67.5)), math.cos(math.radians(67.5))])
    assert mines[0] == pytest.approx(t1)
    assert parse_traverse("free text about a minefield") is None
    assert parse_traverse('[{"point_id": "A", "kind": "mine", "from_point": "RP", "bearing": 10, '
                          '"distance_m": 5}]') is not None


def test_explain_names_soviet_mils_read_as_nato():
    legs = parse_traverse(TRAVERSE)
    plotted = traverse_mines(legs) + [5000.0, 7000.0]
    truth = traverse_mines(legs, "mil6000_read_as_mil6400") + [5000.0, 7000.0]
    rng = np.random.default_rng(6)
    finds = truth[:20] + rng.normal(0, 0.4, (20, 2))
    results = explain(legs, plotted, finds)
    assert results[0].name == "mil6000_read_as_mil6400"
    assert results[0].matches == 20 and results[0].rms < 1.5
    as_plotted = next(r for r in results if r.name == "as_plotted")
    assert as_plotted.matches < 15 and as_plotted.rms > 3 * results[0].rms


def test_explain_names_wrong_declination_sign():
    legs = [
        Leg("RP", "reference"),
        Leg("T", "turning", "RP", 80.0, "deg", "magnetic", 6.0, 150.0),
        Leg("R", "row", "T", 170.0, "deg", "magnetic", 6.0, 50.0, 11, None, "AT"),
        Leg("R2", "row", "T", 120.0, "deg", "magnetic", 6.0, 50.0, 11, None, "AT"),
    ]
    plotted = traverse_mines(legs)
    truth = traverse_mines(legs, "declination_wrong_sign")
    results = explain(legs, plotted, truth)
    assert results[0].name == "declination_wrong_sign" and results[0].rms < 1e-6


@pytest.mark.parametrize("dense_limit", [0, 10**9], ids=["trees", "matrix"])
def test_labels_keep_categories_apart(monkeypatch, dense_limit):
    from clearground.core import offsets

    monkeypatch.setattr(offsets, "_DENSE_LIMIT", dense_limit)
    mines = np.array([[0.0, 0.0], [10.0, 0.0], [20.0, 0.0]])
    finds = np.array([[0.5, 0.0], [10.5, 0.0], [20.5, 0.0]])
    ia, ib, _ = match_one_to_one(mines, finds, 5.0, np.array(["AP", "AT", None], dtype=object),
                                 np.array(["AT", "AT", "AP"], dtype=object))
    # the AP mine finds no AP find in reach; the AT mine its AT find; the unknown mine takes the AP find
    assert dict(zip(ia.tolist(), ib.tolist())) == {1: 1, 2: 2}


@pytest.mark.parametrize("many_pairs", [50_000, 0], ids=["few", "many"])
def test_phases_are_served_in_turn_as_the_greedy_oracle_serves_them(monkeypatch, many_pairs):
    """Phases (overlapping masks, and pairs in none) on a grid of whole metres full of ties: the
    pairs of the first phase nearest first, then those of the next among the points left free."""
    from clearground.core import offsets

    monkeypatch.setattr(offsets, "_MANY_PAIRS", many_pairs)
    rng = np.random.default_rng(8)
    a = rng.integers(0, 40, (300, 2)).astype(float)
    b = rng.integers(0, 40, (350, 2)).astype(float)
    ia, ib, d = offsets.candidate_pairs(a, b, 3.0)
    phases = [rng.random(len(ia)) < 0.3, rng.random(len(ia)) < 0.4, rng.random(len(ia)) < 0.5]
    got_a, got_b = offsets.greedy_pairs(ia, ib, d, len(a), len(b), phases)
    used_a, used_b, expected = set(), set(), {}
    for mask in phases:
        for k in np.lexsort((ib, ia, d)):
            i, j = int(ia[k]), int(ib[k])
            if mask[k] and i not in used_a and j not in used_b:
                used_a.add(i)
                used_b.add(j)
                expected[i] = j
    assert dict(zip(got_a.tolist(), got_b.tolist())) == expected
    assert len(got_a) == len(expected) > 100 and len(np.unique(d)) < len(d) / 10


def test_augmenting_paths_give_every_mine_of_a_row_its_find():
    # a row of mines 4 m apart whose finds all lie 2.1 m along the row: greedy leaves the first mine
    mines = np.column_stack((np.arange(6) * 4.0, np.zeros(6)))
    finds = mines + [2.1, 0.0]
    ia, ib, _ = match_one_to_one(mines, finds, 5.0)
    assert len(ia) == 5 and 0 not in ia.tolist()
    ia, ib, d = augment_matching(mines, finds, ia, ib, 5.0)
    assert ia.tolist() == list(range(6)) and ib.tolist() == list(range(6))
    assert (d <= 5.0).all()


def test_many_pairs_are_sorted_in_two_steps_with_the_same_ties(monkeypatch):
    """Many candidate pairs are sorted by (a, b) then stably by distance: the same greedy matching,
    ties (equal distances on a grid of whole metres) broken by the lower index in a, then in b."""
    from clearground.core import offsets

    rng = np.random.default_rng(11)
    a = rng.integers(0, 60, (400, 2)).astype(float)
    b = rng.integers(0, 60, (500, 2)).astype(float)
    ia, ib, d = offsets.candidate_pairs(a, b, 3.0)
    shuffled = rng.permutation(len(ia))
    expected = offsets.greedy_pairs(ia, ib, d, len(a), len(b))  # few pairs: the three-key sort
    monkeypatch.setattr(offsets, "_MANY_PAIRS", 0)
    for order in (np.arange(len(ia)), shuffled):  # in (a, b) order already, and not
        got = offsets.greedy_pairs(ia[order], ib[order], d[order], len(a), len(b))
        assert [x.tolist() for x in got] == [x.tolist() for x in expected]
    assert len(np.unique(d)) < len(d) / 10  # the case is full of ties


def test_few_pairs_are_ordered_by_distance_then_a_then_b_with_and_without_ties():
    """Few pairs are ordered by distance alone when no two are equally far, by the three keys
    otherwise: either way the order of (distance, index in a, index in b)."""
    from clearground.core import offsets

    rng = np.random.default_rng(12)
    distinct = []
    grid = rng.integers(0, 20, (80, 2)).astype(float)
    for a, b in ((rng.uniform(0, 60, (80, 2)), rng.uniform(0, 60, (90, 2))), (grid, grid[::-1] + 0.5)):
        ia, ib, d = offsets.candidate_pairs(a, b, 4.0)
        shuffled = rng.permutation(len(ia))
        ia, ib, d = ia[shuffled], ib[shuffled], d[shuffled]
        order = offsets._by_distance(ia, ib, d, len(b))
        assert order.tolist() == np.lexsort((ib, ia, d)).tolist()
        distinct.append(len(np.unique(d)) / len(d))
    assert distinct[0] == 1.0 and distinct[1] < 0.25  # no two pairs equally far; then full of ties


def test_a_record_reuses_its_wider_pairs_for_small_moves_with_the_same_matching():
    """ICP moves a record's mines a little at a time: their candidate pairs are picked out of pairs
    found once within a wider reach, and every matching equals one found from scratch."""
    from clearground.core import offsets

    rng = np.random.default_rng(5)
    grid = np.stack(np.meshgrid(np.arange(12) * 3.0, np.arange(10) * 3.0), axis=-1).reshape(-1, 2)
    mines = grid + rng.normal(0, 0.3, grid.shape)
    finds = grid[rng.permutation(len(grid))[:90]] + rng.normal(0, 1.0, (90, 2))
    labels = (rng.integers(-1, 2, len(mines)), rng.integers(-1, 2, len(finds)))
    problem = offsets._Problem(mines, finds, 4.0, labels, None)
    margin = offsets._WIDER * problem.tolerance
    pivot = dict(px=15.0, py=15.0)
    moves = [Similarity(**pivot), Similarity(0.4, -0.3, 0.5, **pivot), Similarity(0.2, 0.6, -0.8, **pivot),
             Similarity(2.5, 1.0, **pivot), Similarity(2.7, 1.3, 0.4, 1.01, **pivot), Similarity(0.1, 0.0, **pivot)]
    found_anew = 0
    for t in moves:
        before = problem._wide
        got = problem.match(t)
        found_anew += problem._wide is not before
        moved = t.apply(mines)
        if problem._wide is before:  # reused: these mines are within the margin of the wider pairs' own
            assert np.hypot(*(moved - problem._wide[0]).T).max() < margin
        expected = match_one_to_one(moved, finds, problem.tolerance, *labels)
        assert [x.tolist() for x in got] == [x.tolist() for x in expected]
    assert found_anew == 3  # the start, the jump of 2.7 m, and the way back


@pytest.mark.parametrize("cells", [2_000_000, 50], ids=["one-block", "shift-by-shift"])
def test_the_bound_of_a_shift_is_never_below_what_the_shift_matches(monkeypatch, cells):
    """The alias search skips a shift whose bound is too low, so the bound must hold for every shift:
    row fields with labels, random finds and shifts, against the matching itself, which (from the
    pairs the bounds found) equals one found from scratch; the shifts all at once or in blocks."""
    from clearground.core import offsets
    from clearground.core.offsets import _Problem, label_codes

    monkeypatch.setattr(offsets, "_MATRIX_CELLS", cells)

    rng = np.random.default_rng(5)
    for trial in range(30):
        rows, spacing, gap = rng.integers(2, 5), rng.uniform(4, 8), rng.uniform(15, 30)
        mines = np.array([(i * spacing, r * gap) for r in range(rows) for i in range(20)], float)
        labels = rng.choice(["AP", "AT"], len(mines))
        keep = rng.random(len(mines)) < 0.6
        finds = mines[keep] + rng.normal(0, 1.5, (keep.sum(), 2)) + rng.uniform(-30, 30, 2)
        find_labels = np.where(rng.random(keep.sum()) < 0.9, labels[keep], "AT")
        problem = _Problem(mines, finds, 10.0, label_codes(labels, find_labels), None)
        t = Similarity(rng.uniform(-20, 20), rng.uniform(-20, 20), rng.uniform(-5, 5), 1.0, 40.0, 20.0)
        shifts = rng.uniform(-60, 60, (12, 2))
        starts = [Similarity(t.dx + sx, t.dy + sy, t.rotation_deg, 1.0, t.px, t.py) for sx, sy in shifts]
        bounds = problem.shifted_bounds(t, starts)
        for start, bound in zip(starts, bounds):
            got = problem.match(start)
            assert len(got[0]) <= bound, (trial, start)
            expected = match_one_to_one(start.apply(mines), finds, 10.0, labels, find_labels)
            assert [x.tolist() for x in got] == [x.tolist() for x in expected]
        assert bounds.max() > 0


def test_loose_finds_close_together_do_not_pin_the_mines_not_yet_found():
    """A record cleared from one side (from 60 m outside it), every mine in cleared ground found, the
    finds loose (1 m). Cleared at one corner only, its finds leave the turn unknown: the far end of
    the record could be metres off, so the fit is too_few_finds. Cleared along two whole rows, as
    loose, they pin it."""
    import shapely

    from clearground.core.offsets import FITTED, PLACED_WITHIN_M, TOO_FEW_FINDS, _placement_error

    mines = _rows_field(rows=4, per_row=20, row_gap=25.0, spacing=8.0)  # 152 m along the rows, 75 m across
    truth = Similarity(30.0, -20.0, 2.0, 1.0, *mines.mean(axis=0))
    real = truth.apply(mines)
    corner = np.array([r * 20 + i for r in range(3) for i in range(4)])  # 24 m x 50 m at one end
    for picked, status in ((corner, TOO_FEW_FINDS), (np.arange(40), FITTED)):
        outside = real[picked] - (real[20] - real[0]) * 2.5  # the lanes came in from outside the record
        cleared = shapely.buffer(shapely.convex_hull(shapely.multipoints(np.vstack((real[picked], outside)))), 12.0)
        # (the corner's finds, thus drawn, fit with its far end 2.3 m off: it was given as fitted)
        finds = real[picked] + np.random.default_rng(17).normal(0, 1.0, (len(picked), 2))
        fit = register(mines, finds, mines.mean(axis=0), with_scale=False,
                       in_cleared=lambda xy, area=cleared: shapely.contains_xy(area, xy[:, 0], xy[:, 1]))
        predicted = _placement_error(fit, mines, finds)
        assert fit.status == status, (status, predicted)
        assert (predicted > PLACED_WITHIN_M) == (status == TOO_FEW_FINDS)
        assert (fit.confidence == 0.0) == (status == TOO_FEW_FINDS)  # too few: no confidence, as without a fit
    rest = np.arange(40, len(mines))  # the two rows not yet cleared, placed as the fit predicted
    assert np.sqrt(np.mean(((fit.transform.apply(mines[rest]) - real[rest]) ** 2).sum(axis=1))) < PLACED_WITHIN_M


def test_an_offsets_row_gives_a_transform_only_when_all_of_it_is_a_number():
    from clearground.core.offsets import row_transform

    assert row_transform(["12.5", 3, -1.5, 1.01]) == Similarity(12.5, 3.0, -1.5, 1.01)
    for bad in ([None, 0, 0, 1], [1, 2, float("nan"), 1], [1, 2, 0, 0], [1, 2, 0, -1], ["east", 0, 0, 1], [1, 2, 3]):
        assert row_transform(bad) is None, bad
