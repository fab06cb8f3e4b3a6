"""The workspace finds a batch of new finds could duplicate, read inside an open transaction.

Only the finds that could match are read: those within a box around the new finds (through the
GeoPackage's R-tree, or PostGIS's index) and those with one of their ids or uuids. They come as
core.field_finds.Known, which the duplicate rule reads.
"""

from __future__ import annotations

import datetime as dt
from typing import Sequence

import shapely

from ..core.field_finds import Known
from ..core.field_package import normalize_uuid
from .store import Transaction

#: Degrees added around the new finds' box (about 10 m): duplicates lie within 1 m.
MARGIN_DEG = 1e-4
_CHUNK = 400


def known_finds(tx: Transaction, lonlat: Sequence[tuple[float, float]], keys: Sequence[str]) -> list[Known]:
    """Workspace finds near ``lonlat`` or whose find_id or uuid is one of ``keys``."""
    points = [(x, y) for x, y in lonlat if x is not None and y is not None]
    box = None
    if points:
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        box = (min(xs) - MARGIN_DEG, min(ys) - MARGIN_DEG, max(xs) + MARGIN_DEG, max(ys) + MARGIN_DEG)
    keys = sorted({k for k in keys if k})
    if hasattr(tx, "con"):
        rows = _gpkg_rows(tx.con, box, keys)
    else:
        rows = _pg_rows(tx, box, keys)
    seen, out = set(), []
    for find_id, uuid, found_date, category, model, geom in rows:
        if find_id in seen:
            continue
        seen.add(find_id)
        x = y = float("nan")
        if geom is not None and not geom.is_empty:
            x, y = geom.x, geom.y
        day = found_date.isoformat() if isinstance(found_date, dt.date) else (str(found_date)[:10] if found_date
                                                                               else None)
        out.append(Known(str(find_id), x, y, day, category, model, normalize_uuid(uuid)))
    return out


def _gpkg_rows(con, box, keys):
    from .gpkg_store import _geometry

    column, = con.execute("SELECT column_name FROM gpkg_geometry_columns WHERE lower(table_name) = 'finds'").fetchone()
    select = f'SELECT "find_id", "uuid", "found_date", "category", "model", "{column}" FROM "finds"'
    rows = []
    rtree = f"rtree_finds_{column}"
    has_rtree = con.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (rtree,)).fetchone() is not None
    if box is not None:
        if has_rtree:
            rows += con.execute(f'{select} WHERE "fid" IN (SELECT id FROM "{rtree}" WHERE maxx >= ? AND minx <= ? '
                                "AND maxy >= ? AND miny <= ?)", (box[0], box[2], box[1], box[3])).fetchall()
        else:
            rows += con.execute(select).fetchall()
    for start in range(0, len(keys), _CHUNK):
        part = keys[start:start + _CHUNK]
        marks = ", ".join("?" * len(part))
        rows += con.execute(f'{select} WHERE "find_id" IN ({marks}) OR lower("uuid") IN ({marks})',
                            (*part, *part)).fetchall()
    return [(*r[:5], _geometry(r[5])) for r in rows]


def _pg_rows(tx, box, keys):
    from psycopg2 import sql

    table = tx._table("finds")
    select = sql.SQL("SELECT find_id, uuid, found_date, category, model, ST_AsBinary(geom) FROM {}").format(table)
    rows = []
    if box is not None:
        tx.cur.execute(sql.SQL("{} WHERE geom && ST_MakeEnvelope(%s, %s, %s, %s, 4326)").format(select), box)
        rows += tx.cur.fetchall()
    if keys:
        tx.cur.execute(sql.SQL("{} WHERE find_id = ANY(%s) OR lower(uuid) = ANY(%s)").format(select), (keys, keys))
        rows += tx.cur.fetchall()
    return [(*r[:5], shapely.from_wkb(bytes(r[5])) if r[5] is not None else None) for r in rows]
