"""Sectors of real-sized polygons: they tile the parent exactly, with stable ids and no slivers."""

from __future__ import annotations

import re

import numpy as np
import pytest
import shapely
from pyproj import Geod, Transformer
from shapely.geometry.polygon import orient

from clearground.core.sectors import SectorError, generate_sectors, utm_epsg, utm_epsgs

GEOD = Geod(ellps="WGS84")
TO_WGS = Transformer.from_crs("EPSG:32638", "EPSG:4326", always_xy=True)
# Aghdam district, UTM zone 38N
E0, N0 = 612_000.0, 4_430_000.0


def wgs(geom):
    """A geometry drawn in UTM 38N metres, in EPSG:4326."""
    return shapely.transform(geom, lambda c: np.column_stack(TO_WGS.transform(c[:, 0], c[:, 1])))


def geodesic_area(geom) -> float:
    # pyproj wants holes turning against the shell: orient every part (shapely >= 2.0)
    parts = [orient(p, 1.0) for p in shapely.get_parts(geom)]
    return sum(abs(GEOD.geometry_area_perimeter(p)[0]) for p in parts)


def hazard_with_hole():
    """About 1.1 km x 800 m, irregular, with a 200 m x 150 m hole (in EPSG:4326)."""
    shell = [(0, 0), (1100, 170), (930, 820), (-80, 640), (-20, 300)]
    hole = [(400, 300), (600, 300), (600, 450), (400, 450)]
    poly = shapely.Polygon([(E0 + x, N0 + y) for x, y in shell], holes=[[(E0 + x, N0 + y) for x, y in hole]])
    return wgs(poly)


def two_part_hazard():
    """A multipolygon: a 600 m square and a 300 m triangle 2 km away."""
    a = shapely.box(E0, N0, E0 + 600, N0 + 600)
    b = shapely.Polygon([(E0 + 2600, N0), (E0 + 2900, N0), (E0 + 2750, N0 + 280)])
    return wgs(shapely.MultiPolygon([a, b]))


def test_utm_zone_of_karabakh_and_the_south():
    assert utm_epsg(46.93, 40.0) == 32638
    assert utm_epsg(48.1, 40.3) == 32639
    assert utm_epsg(-58.4, -34.6) == 32721
    assert utm_epsg(180.0, 10.0) == 32660
    with pytest.raises(SectorError):
        utm_epsg(4_430_000.0, 612_000.0)


def test_utm_zones_of_many_points_at_the_edges_of_the_zones():
    lon = np.array([-180.0, -174.0, -174.000001, 0.0, -0.0, 42.0, 41.999999, 179.999, 180.0, 46.9, 200.0, np.nan])
    lat = np.array([10.0, 10.0, 10.0, 0.0, -0.0, -1e-9, 40.0, -90.0, 90.0, np.nan, 40.0, 40.0])
    # zone n covers [-186 + 6n, -180 + 6n); 180 belongs to zone 60; the equator to the north
    assert utm_epsgs(lon, lat).tolist() == [32601, 32602, 32601, 32631, 32631, 32738, 32637, 32760, 32660, 0, 0, 0]
    for x, y in [(46.9, np.nan), (200.0, 40.0)]:
        with pytest.raises(SectorError, match="not a longitude/latitude"):
            utm_epsg(x, y)


@pytest.mark.parametrize("orientation", ["grid", "longest_edge"])
@pytest.mark.parametrize("make", [hazard_with_hole, two_part_hazard])
def test_sectors_add_up_to_the_parent_geodesic_area(make, orientation):
    parent = make()
    grid = generate_sectors(parent, "HZ-7", cell_size=25, orientation=orientation)
    cells = grid.geometries
    assert len(grid) > 300
    assert set(shapely.get_type_id(cells)) == {3}  # Polygons only
    assert shapely.is_valid(cells).all()
    parent_area = geodesic_area(parent)
    cells_area = sum(geodesic_area(c) for c in cells)
    assert abs(cells_area - parent_area) / parent_area < 1e-4
    # no overlaps: the union is as large as the sum; no gaps: the union is the parent
    union = shapely.union_all(cells)
    assert abs(union.area - shapely.area(cells).sum()) / union.area < 1e-9
    assert shapely.symmetric_difference(union, parent).area / parent.area < 1e-7
    # no slivers: every piece is at least a tenth of a cell
    assert grid.areas_m2.min() >= 0.1 * 25 * 25
    assert grid.areas_m2.max() <= 25 * 25 * 2.0


def test_ids_are_parent_row_col_unique_and_stable():
    parent = hazard_with_hole()
    first = generate_sectors(parent, "HZ-7", 25, "longest_edge")
    again = generate_sectors(parent, "HZ-7", 25, "longest_edge")
    assert first.sector_ids == again.sector_ids
    assert all(a.equals_exact(b, 0) for a, b in zip(first.geometries, again.geometries))
    assert len(set(first.sector_ids)) == len(first)
    pattern = re.compile(r"^HZ-7-(\d+)-(\d+)$")
    for sid, r, c in zip(first.sector_ids, first.rows, first.cols):
        m = pattern.match(sid)
        assert m and (int(m.group(1)), int(m.group(2))) == (r, c)


def test_rows_count_from_the_top_and_columns_from_the_left():
    grid = generate_sectors(wgs(shapely.box(E0, N0, E0 + 100, N0 + 50)), "R1", 25, "grid")
    assert len(grid) == 8
    top_left = grid.geometries[grid.sector_ids.index("R1-0-0")]
    bottom_right = grid.geometries[grid.sector_ids.index("R1-1-3")]
    assert top_left.centroid.y > bottom_right.centroid.y
    assert top_left.centroid.x < bottom_right.centroid.x


def test_grid_orientation_follows_the_utm_grid():
    grid = generate_sectors(wgs(shapely.box(E0 + 10, N0 + 10, E0 + 510, N0 + 310)), "G", 25, "grid")
    assert grid.epsg == 32638
    to_utm = Transformer.from_crs("EPSG:4326", "EPSG:32638", always_xy=True)
    full = grid.geometries[np.isclose(grid.areas_m2, 625.0)]
    x, _ = to_utm.transform(*np.asarray(full[0].exterior.coords).T)
    assert np.allclose(np.mod(x + 1e-6, 25.0), 0.0, atol=1e-3)  # cell edges on multiples of 25 m


def test_longest_edge_orientation_fills_a_rotated_rectangle_with_whole_cells():
    rect = shapely.affinity.rotate(shapely.box(E0, N0, E0 + 500, N0 + 300), 30, origin=(E0, N0))
    parent = wgs(rect)
    along = generate_sectors(parent, "L", 25, "longest_edge")
    assert len(along) == 20 * 12
    assert np.allclose(along.areas_m2, 625.0, rtol=1e-3)
    across = generate_sectors(parent, "L", 25, "grid")
    assert (~np.isclose(across.areas_m2, 625.0, rtol=1e-3)).sum() > 40


def test_longest_edge_orientation_follows_the_longest_edge_of_an_irregular_polygon():
    grid = generate_sectors(hazard_with_hole(), "HZ-7", 25, "longest_edge")
    to_utm = Transformer.from_crs("EPSG:4326", "EPSG:32638", always_xy=True)
    expected = np.degrees(np.arctan2(170, 1100))  # the edge from (0, 0) to (1100, 170)
    full = grid.geometries[np.isclose(grid.areas_m2, 625.0, rtol=1e-3)]
    assert len(full) > 0.8 * len(grid)
    for cell in full[:50]:
        x, y = to_utm.transform(*np.asarray(cell.exterior.coords).T)
        angles = np.degrees(np.arctan2(np.diff(y), np.diff(x))) % 90.0
        assert np.allclose(angles, expected % 90.0, atol=0.05)
    # the cells along that edge are whole: the edge is a grid line
    edge = shapely.LineString([(E0, N0), (E0 + 1100, N0 + 170)])
    along = [c for c in grid.geometries if wgs(edge).distance(c) < 1e-7]
    assert len(along) > 30
    assert np.mean([np.isclose(a, 625.0, rtol=1e-3) for a in grid.areas_m2[[grid.geometries.tolist().index(c)
                                                                            for c in along]]]) > 0.8


def test_slivers_merge_into_their_neighbours():
    # one metre beyond the last full column: 1 m x 25 m strips (25 m2 < 62.5 m2) must not stay alone
    parent = wgs(shapely.box(E0, N0, E0 + 501, N0 + 300))
    grid = generate_sectors(parent, "S", 25, "grid", min_area_fraction=0.1)
    assert len(grid) == 20 * 12
    assert grid.merged_slivers >= 12
    assert grid.areas_m2.min() > 600
    assert abs(grid.areas_m2.sum() - 501 * 300) < 0.5


def test_a_cell_cut_in_two_keeps_both_pieces_with_distinct_ids():
    # two blocks 5 m apart inside the same 25 m column: the cell holds two separate pieces
    a = shapely.box(E0, N0, E0 + 10, N0 + 25)
    b = shapely.box(E0 + 15, N0, E0 + 25, N0 + 25)
    grid = generate_sectors(wgs(shapely.MultiPolygon([a, b])), "P", 25, "grid")
    assert sorted(grid.sector_ids) == ["P-0-0", "P-0-0.2"]
    assert abs(grid.areas_m2.sum() - 500) < 0.01


def test_bad_input_is_refused_with_the_reason():
    parent = hazard_with_hole()
    with pytest.raises(SectorError, match="cell size"):
        generate_sectors(parent, "X", 0)
    with pytest.raises(SectorError, match="orientation"):
        generate_sectors(parent, "X", 25, "diagonal")
    with pytest.raises(SectorError, match="parent id"):
        generate_sectors(parent, "  ", 25)
    with pytest.raises(SectorError, match="no polygon"):
        generate_sectors(shapely.LineString([(46.9, 40.0), (46.91, 40.0)]), "X", 25)
    with pytest.raises(SectorError, match="larger cell size"):
        generate_sectors(parent, "X", 0.5, max_cells=100_000)


def test_an_invalid_bow_tie_is_repaired_not_dropped():
    bow = wgs(shapely.Polygon([(E0, N0), (E0 + 200, N0 + 200), (E0 + 200, N0), (E0, N0 + 200)]))
    grid = generate_sectors(bow, "B", 25)
    assert abs(grid.areas_m2.sum() - 20_000) < 1.0


def test_coordinates_snapped_to_the_grid_are_rebuilt_only_where_rounding_breaks_a_polygon():
    from clearground.core.sectors import snapped

    rng = np.random.default_rng(5)
    shapes = []
    for _ in range(40):  # concave outlines with a hole, in UTM-sized coordinates
        n = int(rng.integers(6, 40))
        angles = np.sort(rng.uniform(0, 2 * np.pi, n))
        radii = rng.uniform(30, 160, n)
        x, y = 612_000 + rng.uniform(-900, 900), 4_430_000 + rng.uniform(-900, 900)
        shell = shapely.make_valid(shapely.Polygon(np.column_stack([x + radii * np.cos(angles),
                                                                    y + radii * np.sin(angles)])))
        shapes.append(shapely.difference(shell, shapely.Point(x, y).buffer(10.0, 3)))
    # a slit 0.4 micrometres wide between two arms: rounding to the micrometre closes it
    x0, y0 = 612_000.0, 4_430_000.0
    shapes.append(shapely.Polygon([(x0, y0), (x0 + 10, y0), (x0 + 10, y0 + 4.9999998), (x0 + 2, y0 + 4.9999998),
                                   (x0 + 2, y0 + 5.0000002), (x0 + 10, y0 + 5.0000002), (x0 + 10, y0 + 10),
                                   (x0, y0 + 10)]))
    geoms = np.array(shapes, dtype=object)
    assert shapely.is_valid(geoms).all()
    rounded = shapely.set_precision(geoms, 1e-6, mode="pointwise")
    assert not shapely.is_valid(rounded[-1])  # the case the rebuild is for
    out, rebuilt = snapped(geoms, 1e-6), shapely.set_precision(geoms, 1e-6)
    assert shapely.is_valid(out).all()
    assert shapely.equals(out, rebuilt).all()
    assert np.allclose(shapely.area(out), shapely.area(rebuilt), rtol=0, atol=1e-9)
    kept = shapely.is_valid(rounded)
    assert kept[:-1].all() and shapely.equals_exact(out[kept], rounded[kept], 0).all()  # vertices as rounded
    coords = shapely.get_coordinates(out)
    assert np.allclose(coords, np.round(coords * 1e6) / 1e6, rtol=0, atol=1e-9)
