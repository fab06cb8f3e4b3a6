"""Many polygons cut in one batch get exactly the sectors each gets when cut alone, one at a time."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest
import shapely
from pyproj import Transformer

from clearground.core.sectors import SectorError, generate_sectors, generate_sectors_batch
from clearground.core.wkb import polygons_wkb

_spec = importlib.util.spec_from_file_location("sectors_per_record", Path(__file__).with_name("sectors_per_record.py"))
per_record = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = per_record
_spec.loader.exec_module(per_record)

TO_WGS = {zone: Transformer.from_crs(f"EPSG:{zone}", "EPSG:4326", always_xy=True) for zone in (32638, 32639, 32721)}


def wgs(geom, zone: int = 32638):
    """A geometry drawn in UTM metres (zone 38N unless told), in EPSG:4326."""
    return shapely.transform(geom, lambda c: np.column_stack(TO_WGS[zone].transform(c[:, 0], c[:, 1])))


def parents() -> list:
    """Holes, multipolygons, both sides of the 48th meridian (UTM zones 38 and 39), round coordinates,
    an invalid bow tie, a sliver of a polygon and the southern hemisphere."""
    e, n = 612_000.0, 4_430_000.0
    hole = shapely.Polygon([(e, n), (e + 1100, n + 170), (e + 930, n + 820), (e - 80, n + 640), (e - 20, n + 300)],
                           holes=[[(e + 400, n + 300), (e + 600, n + 300), (e + 600, n + 450), (e + 400, n + 450)]])
    two = shapely.MultiPolygon([shapely.box(e + 3000, n, e + 3600, n + 600),
                                shapely.Polygon([(e + 5000, n), (e + 5300, n), (e + 5150, n + 280)])])
    rng = np.random.default_rng(7)
    rotated = [shapely.affinity.rotate(shapely.box(e + x, n + y, e + x + rng.uniform(60, 200), n + y + 50),
                                       rng.uniform(0, 90)) for x, y in rng.uniform(-9000, 9000, (12, 2))]
    meridian = [shapely.box(47.997, 40.0, 48.002, 40.003), shapely.box(47.999, 40.0, 48.004, 40.002),
                shapely.Polygon([(47.9985, 40.01), (48.0012, 40.0102), (48.0001, 40.0125)])]
    return [
        wgs(hole), wgs(two), *map(wgs, rotated), *meridian,
        wgs(shapely.box(e + 100, n + 100, e + 601, n + 400)),  # edges on the grid, 1 m slivers
        wgs(shapely.Polygon([(e, n), (e + 200, n + 200), (e + 200, n), (e, n + 200)])),  # bow tie
        wgs(shapely.box(e + 7, n + 7, e + 11, n + 9)),  # smaller than a cell
        wgs(shapely.box(290_000, 6_160_000, 290_730, 6_160_410), 32721),  # Buenos Aires
        wgs(shapely.buffer(shapely.LineString([(e, n - 500), (e + 700, n - 300)]), 3.0)),  # a thin lane
    ]


def assert_same(batch, k: int, reference) -> None:
    grid = batch.grid(k)
    assert grid.sector_ids == reference.sector_ids
    np.testing.assert_array_equal(grid.rows, reference.rows)
    np.testing.assert_array_equal(grid.cols, reference.cols)
    np.testing.assert_array_equal(grid.areas_m2, reference.areas_m2)
    assert (grid.epsg, grid.merged_slivers) == (reference.epsg, reference.merged_slivers)
    # vertex for vertex; a ring may start at another of its vertices (the frame's coordinates are
    # rounded to the micrometre as they are, where the reference rebuilt every outline)
    assert shapely.to_wkb(shapely.normalize(grid.geometries)).tolist() == \
        shapely.to_wkb(shapely.normalize(reference.geometries)).tolist()


@pytest.mark.parametrize("orientation", ["grid", "longest_edge"])
@pytest.mark.parametrize("cell_size, fraction", [(25.0, 0.1), (10.0, 0.0), (40.0, 0.5)])
def test_a_batch_gives_each_polygon_its_own_sectors_byte_for_byte(orientation, cell_size, fraction):
    geoms = parents()
    ids = [f"P{k}" for k in range(len(geoms))]
    batch = generate_sectors_batch(geoms, ids, cell_size, orientation, fraction)
    assert len(batch) == len(geoms) and batch.errors == [None] * len(geoms)
    assert {int(z) for z in batch.epsg} == {32638, 32639, 32721}
    for k, (geom, pid) in enumerate(zip(geoms, ids)):
        assert_same(batch, k, per_record.generate_sectors(geom, pid, cell_size, orientation, fraction))
    assert batch.merged_slivers.sum() > 20 if fraction else batch.merged_slivers.sum() == 0
    assert batch.offsets[-1] == len(batch.sector_ids) == len(batch.geometries)


def test_rows_that_cannot_be_cut_get_the_reason_and_leave_the_others_alone():
    good = parents()[0]
    rows = [(good, "A"), (good, "  "), (None, "B"), (shapely.LineString([(46.9, 40.0), (46.91, 40.0)]), "C"),
            (shapely.box(200.0, 0.0, 201.0, 1.0), "D"), (parents()[1], "E")]
    batch = generate_sectors_batch([g for g, _ in rows], [p for _, p in rows], 25.0, "grid", max_cells=2000)
    for k, (geom, pid) in enumerate(rows):
        try:
            expected = per_record.generate_sectors(geom, pid, 25.0, "grid", max_cells=2000)
        except per_record.SectorError as exc:
            assert str(batch.errors[k]) == str(exc)
            with pytest.raises(SectorError) as raised:
                batch.grid(k)
            assert str(raised.value) == str(exc)
            assert batch.offsets[k] == batch.offsets[k + 1]
            continue
        assert batch.errors[k] is None
        assert_same(batch, k, expected)
    assert [e is None for e in batch.errors] == [True, False, False, False, False, False]  # E: too many cells
    assert "2,000" in str(batch.errors[5])


def test_options_are_checked_for_the_whole_batch():
    with pytest.raises(SectorError, match="cell size"):
        generate_sectors_batch(parents()[:2], ["A", "B"], 0.0)
    with pytest.raises(SectorError, match="orientation"):
        generate_sectors_batch(parents()[:2], ["A", "B"], 25.0, "diagonal")
    empty = generate_sectors_batch([], [])
    assert len(empty) == 0 and len(empty.sector_ids) == 0 and empty.offsets.tolist() == [0]


def test_one_polygon_is_a_batch_of_one():
    geom = parents()[0]
    assert_same(generate_sectors_batch([geom], ["HZ"]), 0, generate_sectors(geom, "HZ"))


def test_wkb_written_from_coordinates_is_shapely_s():
    rng = np.random.default_rng(3)
    ring = shapely.box(0, 0, 10, 10)
    polygons = np.array([shapely.affinity.translate(ring, *rng.uniform(-100, 100, 2)) for _ in range(20)]
                        + [shapely.Polygon(shapely.get_coordinates(ring), holes=[[(2, 2), (3, 2), (3, 3)]]),
                           shapely.buffer(shapely.Point(5, 5), 3.0)], dtype=object)
    coords, index = shapely.get_coordinates(polygons, return_index=True)
    moved = coords * 1.5 + np.sin(coords) * 1e-3  # any function of the coordinates keeps the rings closed
    expected = shapely.to_wkb(shapely.set_coordinates(polygons.copy(), moved), output_dimension=2).tolist()
    assert polygons_wkb(polygons, moved, index) == expected
    assert polygons_wkb(np.array([], dtype=object), np.zeros((0, 2)), np.zeros(0, dtype=np.int64)) == []
