"""Polygons for the sector cases of the benchmark, next to bench/datagen.py's data: ``shapes.gpkg``.

- ``cleared_ground``: the cleared ground that marks the workspace's sectors: the perimeter of every
  fifth record, widened by 2 m (so that it covers the record's sectors whole).
- ``suspect_areas`` and ``cleared_areas``: real-shaped polygons, as a national suspect-area file
  holds them (7,523 suspect areas and 8,329 cleared polygons at scale 10, as in the issue's file):
  irregular outlines of 12 to 80 vertices, strips of 1 to 4 km with edges as long, areas with holes,
  bowties (a ring crossing itself), multipolygons and features without a geometry. The cleared
  polygons cover part or all of a suspect area, some two pieces of one.

Written with OGR (thousands of features); deterministic (seed 2026); made when missing, so that the
data of bench/datagen.py need not be generated again.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyproj
import shapely
from osgeo import ogr, osr

SEED = 2026
FILE = "shapes.gpkg"
#: Bump when the shapes change, so that a cached file is made again.
SHAPES_VERSION = 2
#: The kinds of the first areas, so that every kind is there at the smallest scale.
FIRST_KINDS = ("null", "bowtie", "holes", "strip", "multi")


def counts(scale: float) -> tuple[int, int]:
    """(suspect areas, cleared polygons) at ``scale``."""
    return max(int(round(752.3 * scale)), 10), max(int(round(832.9 * scale)), 11)


def ensure(folder: Path, scale: float, log=print) -> Path:
    """``folder``/shapes.gpkg, made when missing or of an older version."""
    path = folder / FILE
    stamp = folder / f"shapes-v{SHAPES_VERSION}.ok"
    if path.exists() and stamp.exists():
        return path
    if path.exists():
        path.unlink()
    rng = np.random.default_rng(SEED)
    to_utm = pyproj.Transformer.from_crs(4326, 32638, always_xy=True)
    to_geo = pyproj.Transformer.from_crs(32638, 4326, always_xy=True)

    def geo(geom):
        return None if geom is None else shapely.transform(geom, lambda xy: np.column_stack(to_geo.transform(
            xy[:, 0], xy[:, 1])))

    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)

    # the cleared ground of the synthetic sectors
    source = ogr.Open(str(folder / "workspace.gpkg"))  # kept open while its layer is read
    records = source.GetLayerByName("minefield_records")
    perimeters = [(f.GetFID(), f["record_id"], shapely.from_wkb(bytes(f.GetGeometryRef().ExportToWkb())))
                  for f in records if f.GetFID() % 5 == 1]
    utm = [shapely.transform(g, lambda xy: np.column_stack(to_utm.transform(xy[:, 0], xy[:, 1])))
           for _, _, g in perimeters]
    _write(ds, "cleared_ground", srs, [("record_id", ogr.OFTString)],
           [((rid,), geo(shapely.buffer(g, 2.0, join_style="mitre"))) for (_, rid, _), g in zip(perimeters, utm)])

    n_areas, n_cleared = counts(scale)
    centres = _centres(folder, n_areas, rng, to_utm)
    areas = [_area(rng, e, n, FIRST_KINDS[i] if i < len(FIRST_KINDS) else None) for i, (e, n) in enumerate(centres)]
    _write(ds, "suspect_areas", srs, [("area_id", ogr.OFTString), ("kind", ogr.OFTString)],
           [((f"SHA-{i + 1:05d}", kind), geo(g)) for i, (kind, g) in enumerate(areas)])
    cleared = _cleared(rng, [g for _, g in areas], n_cleared)
    _write(ds, "cleared_areas", srs, [("cleared_id", ogr.OFTString)],
           [((f"CLR-{i + 1:05d}",), geo(g)) for i, g in enumerate(cleared)])
    ds = None
    stamp.write_text("")
    log(f"  {n_areas:,} real-shaped suspect areas, {n_cleared:,} cleared polygons, "
        f"{len(perimeters):,} cleared perimeters")
    return path


def _centres(folder: Path, n: int, rng: np.random.Generator, to_utm) -> list[tuple[float, float]]:
    """Centres of the suspect areas: near the records of the workspace, in UTM 38N."""
    source = ogr.Open(str(folder / "workspace.gpkg"))  # kept open while its layer is read
    layer = source.GetLayerByName("minefield_records")
    total = layer.GetFeatureCount()
    picks = set(rng.choice(np.arange(1, total + 1), size=min(n, total), replace=False).tolist())
    lon, lat = [], []
    for fid in sorted(picks):
        feature = layer.GetFeature(fid)  # kept while its geometry is read
        x, y = shapely.from_wkb(bytes(feature.GetGeometryRef().ExportToWkb())).centroid.coords[0]
        lon.append(x)
        lat.append(y)
    while len(lon) < n:  # fewer records than areas (a tiny scale): some areas share a centre
        lon.append(lon[len(lon) % max(len(picks), 1)])
        lat.append(lat[len(lat) % max(len(picks), 1)])
    e, nn = to_utm.transform(np.array(lon), np.array(lat))
    return list(zip((e + rng.uniform(-400, 400, n)).tolist(), (nn + rng.uniform(-400, 400, n)).tolist()))


def _blob(rng: np.random.Generator, e: float, n: float, radius: float, vertices: int) -> shapely.Polygon:
    """An irregular outline around (e, n): a star-shaped ring of ``vertices`` points."""
    angles = np.sort(rng.uniform(0, 2 * np.pi, vertices))
    r = radius * (1 + 0.35 * rng.uniform(-1, 1, vertices))
    return shapely.Polygon(np.column_stack([e + r * np.cos(angles), n + r * np.sin(angles)]))


def _area(rng: np.random.Generator, e: float, n: float, kind: str | None = None) -> tuple[str, shapely.Geometry | None]:
    """A suspect area of ``kind`` (drawn at random when None) around (e, n)."""
    drawn = rng.choice(["outline", "strip", "holes", "bowtie", "multi", "null"],
                       p=[0.55, 0.14, 0.2, 0.03, 0.06, 0.02])
    kind = kind or str(drawn)
    radius = rng.uniform(80, 260)
    if kind == "null":
        return kind, None
    if kind == "strip":  # a long thin strip: two edges of 1 to 4 km
        length, width, t = rng.uniform(1000, 4000), rng.uniform(30, 80), rng.uniform(0, np.pi)
        u = np.array([-1, 1, 1, -1]) * length / 2
        v = np.array([-1, -1, 1, 1]) * width / 2
        return kind, shapely.Polygon(np.column_stack([e + u * np.cos(t) - v * np.sin(t),
                                                      n + u * np.sin(t) + v * np.cos(t)]))
    if kind == "bowtie":  # a ring that crosses itself
        w, h = rng.uniform(80, 250), rng.uniform(80, 250)
        return kind, shapely.Polygon([(e - w, n - h), (e + w, n + h), (e + w, n - h), (e - w, n + h)])
    outline = _blob(rng, e, n, radius, int(rng.integers(12, 80)))
    if kind == "holes":
        holes = []
        for _ in range(int(rng.integers(1, 4))):
            hole = _blob(rng, e + rng.uniform(-0.3, 0.3) * radius, n + rng.uniform(-0.3, 0.3) * radius,
                         radius * rng.uniform(0.08, 0.2), int(rng.integers(6, 16)))
            if outline.contains(hole) and not any(hole.intersects(h) for h in holes):
                holes.append(hole)
        return kind, shapely.Polygon(outline.exterior.coords, [h.exterior.coords for h in holes])
    if kind == "multi":
        other = _blob(rng, e + 3 * radius, n + rng.uniform(-radius, radius), radius * 0.6,
                      int(rng.integers(12, 40)))
        return kind, shapely.MultiPolygon([outline, other])
    return kind, outline


def _cleared(rng: np.random.Generator, areas: list, count: int) -> list:
    """Cleared polygons over the suspect areas: part or all of one area each, some in two pieces."""
    valid = [shapely.make_valid(a) for a in areas if a is not None]
    out: list = []
    k = 0
    while len(out) < count and valid:
        area = valid[k % len(valid)]
        k += 1
        minx, miny, maxx, maxy = area.bounds
        cut = rng.uniform(0.3, 1.0)
        pieces = [shapely.box(minx - 1, miny - 1, minx + (maxx - minx) * cut, maxy + 1)]
        if rng.uniform() < 0.15:
            pieces.append(shapely.box(minx + (maxx - minx) * min(cut + 0.1, 0.95), miny - 1, maxx + 1, maxy + 1))
        for piece in pieces:
            part = shapely.intersection(area, piece)
            part = shapely.get_parts(part)
            polys = [p for p in part if p.geom_type == "Polygon" and p.area > 1.0]
            if polys:
                out.append(shapely.MultiPolygon(polys) if len(polys) > 1 else polys[0])
    return out[:count]


def _write(ds, name: str, srs, fields: list[tuple[str, int]], rows: list[tuple[tuple, object]]) -> None:
    layer = ds.CreateLayer(name, srs, ogr.wkbMultiPolygon if name != "suspect_areas" else ogr.wkbUnknown,
                           options=["GEOMETRY_NAME=geom"])
    for field, kind in fields:
        layer.CreateField(ogr.FieldDefn(field, kind))
    layer.StartTransaction()
    defn = layer.GetLayerDefn()
    for values, geom in rows:
        feature = ogr.Feature(defn)
        for (field, _), value in zip(fields, values):
            feature.SetField(field, value)
        if geom is not None:
            feature.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(geom, output_dimension=2)))
        layer.CreateFeature(feature)
    layer.CommitTransaction()
