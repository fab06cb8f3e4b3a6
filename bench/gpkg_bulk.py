"""Bulk loading of rows into the (empty) layers of a GeoPackage workspace with sqlite3.

Writing 10^6 features through OGR one Python call at a time takes minutes; here the rows go in with
``executemany`` as GeoPackage geometry blobs built with numpy, the layer's R-tree triggers are
dropped for the load and the R-tree is written packed in one pass, then the triggers, the feature
count and the extent are put back, so that OGR and QGIS read the file as if OGR had written it.
"""

from __future__ import annotations

import sqlite3
import struct
import sys
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np
import shapely

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "build" / "qgis-plugins"))
from clearground.workspace import gpkg_rtree  # noqa: E402

SRS_ID = 4326
_POINT_BLOB = np.dtype([
    ("magic", "S2"), ("version", "u1"), ("flags", "u1"), ("srs", "<i4"),
    ("order", "u1"), ("type", "<u4"), ("x", "<f8"), ("y", "<f8"),
])


def point_blobs(x: np.ndarray, y: np.ndarray) -> list[bytes]:
    """GeoPackage blobs (no envelope, little endian) of points."""
    n = len(x)
    rec = np.zeros(n, dtype=_POINT_BLOB)
    rec["magic"] = b"GP"
    rec["flags"] = 1
    rec["srs"] = SRS_ID
    rec["order"] = 1
    rec["type"] = 1
    rec["x"] = x
    rec["y"] = y
    buf = rec.tobytes()
    size = _POINT_BLOB.itemsize
    return [buf[i:i + size] for i in range(0, n * size, size)]


def geometry_blobs(geoms: Sequence[shapely.Geometry]) -> tuple[list[bytes], np.ndarray]:
    """GeoPackage blobs (with an xy envelope) of any geometries, and their bounds (n x 4)."""
    wkb = shapely.to_wkb(np.asarray(geoms, dtype=object), output_dimension=2, byte_order=1)
    bounds = shapely.bounds(np.asarray(geoms, dtype=object))
    head = struct.Struct("<2sBBi4d")
    blobs = [head.pack(b"GP", 0, 3, SRS_ID, b[0], b[2], b[1], b[3]) + w for w, b in zip(wkb, bounds)]
    return blobs, bounds


def load(path: Path, table: str, columns: Sequence[str], rows: Iterable[tuple], bounds: np.ndarray) -> None:
    """Insert ``rows`` (fid from 1 first, geom second, then ``columns``) into the empty ``table``.

    ``rows`` may be a generator (nothing is kept); ``bounds`` (n x 4: minx, miny, maxx, maxy, one
    per row) fill the table's R-tree index.
    """
    count = len(bounds)
    con = sqlite3.connect(str(path))
    try:
        con.execute("PRAGMA synchronous = OFF")
        con.execute("PRAGMA journal_mode = MEMORY")
        triggers = con.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? AND "
            "(name LIKE 'rtree_%' OR name LIKE 'trigger_insert_feature_count_%')", (table,)).fetchall()
        with con:
            for name, _ in triggers:
                con.execute(f'DROP TRIGGER "{name}"')
            names = ", ".join(f'"{c}"' for c in ("fid", "geom", *columns))
            marks = ", ".join("?" * (len(columns) + 2))
            con.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)
            rtree = f"rtree_{table}_geom"
            if count and gpkg_rtree.packable(con, rtree):  # the product's packed R-tree writer
                gpkg_rtree.rebuild_rtree(con, rtree, np.arange(1, count + 1, dtype=np.int64), bounds)
            else:
                con.executemany(
                    f'INSERT INTO "{rtree}" VALUES (?, ?, ?, ?, ?)',
                    zip(range(1, count + 1), bounds[:, 0].tolist(), bounds[:, 2].tolist(), bounds[:, 1].tolist(),
                        bounds[:, 3].tolist()))
            for _, sql in triggers:
                con.execute(sql)
            con.execute("UPDATE gpkg_ogr_contents SET feature_count = ? WHERE lower(table_name) = lower(?)",
                        (count, table))
            if count:
                con.execute("UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ? "
                            "WHERE lower(table_name) = lower(?)",
                            (float(bounds[:, 0].min()), float(bounds[:, 1].min()), float(bounds[:, 2].max()),
                             float(bounds[:, 3].max()), table))
    finally:
        con.close()
