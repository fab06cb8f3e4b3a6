"""A small workspace for the field package tests, and what QField does to a package in the field."""

from __future__ import annotations

import datetime as dt
import uuid as uuidlib
from pathlib import Path

import shapely
from osgeo import gdal, ogr

from clearground.workspace import create_workspace
from clearground.workspace.writer import FeatureColumns, write_features

TEAM = "T-1"
#: Sector cells of 0.001 degrees (about 85 x 110 m) along record R-1.
CELL = 0.001
X0, Y0 = 46.90, 40.00


def sector_box(i: int):
    return shapely.box(X0 + i * CELL, Y0, X0 + (i + 1) * CELL, Y0 + CELL)


def make_workspace(path: Path):
    """Records R-1 and R-2, hazard H-1 on R-1, sectors R-1-0-0..3 of team T-1 and R-2-0-0 of T-2, one find."""
    ws = create_workspace(path)
    records = FeatureColumns({"record_id": ["R-1", "R-2"], "district": ["Ağdam", "Fuzuli"],
                              "mine_models": ["PMN-2", "TM-62M"]},
                             [shapely.box(X0, Y0, X0 + 4 * CELL, Y0 + CELL), shapely.box(47.0, 40.0, 47.002, 40.001)])
    hazards = FeatureColumns({"hazard_id": ["H-1"], "classification": ["CHA"], "record_id": ["R-1"]},
                             [shapely.box(X0, Y0, X0 + 4 * CELL, Y0 + CELL)])
    sectors = FeatureColumns({
        "sector_id": ["R-1-0-0", "R-1-0-1", "R-1-0-2", "R-1-0-3", "R-2-0-0"],
        "parent_id": ["R-1"] * 4 + ["R-2"],
        "status": ["planned", "in_progress", "planned", "planned", "planned"],
        "team": [TEAM] * 4 + ["T-2"],
        "method": ["manual"] * 5,
        "version": [1, 3, 1, 1, 1],
    }, [sector_box(i) for i in range(4)] + [shapely.box(47.0, 40.0, 47.001, 40.001)])
    finds = FeatureColumns({"find_id": ["F-1"], "found_date": ["2026-11-20"], "category": ["AP"],
                            "model": ["PMN-2"], "uuid": ["aaaaaaaa-0000-4000-8000-000000000001"]},
                           [shapely.Point(X0 + 0.0005, Y0 + 0.0005)])
    write_features(ws, {"minefield_records": records, "hazard_areas": hazards, "sectors": sectors,
                        "finds": finds})
    return ws


def device_uuid() -> str:
    """A uuid as QGIS's uuid() writes it on the device (with braces)."""
    return "{" + str(uuidlib.uuid4()) + "}"


def add_find(gpkg: Path, folder: Path, lon: float, lat: float, category: str, model: str | None,
             photos: int = 0, day: dt.date = dt.date(2026, 12, 1), depth: int | None = 15,
             sector: str | None = None) -> str:
    """A find as QField records it: a new feature with its uuid, date, and photos under DCIM/."""
    uuid = device_uuid()
    paths = []
    for k in range(photos):
        rel = f"DCIM/find_{uuid.strip('{}')}_{k}.jpg"
        (folder / rel).parent.mkdir(exist_ok=True)
        (folder / rel).write_bytes(b"\xff\xd8\xff\xe0 photo " + uuid.encode() + bytes([k]))
        paths.append(rel)
    ds = gdal.OpenEx(str(gpkg), gdal.OF_VECTOR | gdal.OF_UPDATE)
    lyr = ds.GetLayerByName("finds")
    feature = ogr.Feature(lyr.GetLayerDefn())
    feature.SetField("uuid", uuid)
    feature.SetField("found_date", day.year, day.month, day.day, 0, 0, 0, 0)
    feature.SetField("category", category)
    if model:
        feature.SetField("model", model)
    feature.SetField("quantity", 1)
    if depth is not None:
        feature.SetField("depth_cm", depth)
    if sector:
        feature.SetField("sector_id", sector)
    feature.SetField("team", TEAM)
    if paths:
        feature.SetField("photo", ";".join(paths))
    feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({lon} {lat})"))
    lyr.CreateFeature(feature)
    ds = None
    return uuid


def set_sector(gpkg: Path, sector_id: str, **values) -> None:
    """A sector's form edited on the device (status, status_date, depth_cm)."""
    ds = gdal.OpenEx(str(gpkg), gdal.OF_VECTOR | gdal.OF_UPDATE)
    lyr = ds.GetLayerByName("sectors")
    lyr.SetAttributeFilter(f"sector_id = '{sector_id}'")
    feature = lyr.GetNextFeature()
    for name, value in values.items():
        if isinstance(value, dt.date):
            feature.SetField(name, value.year, value.month, value.day, 0, 0, 0, 0)
        else:
            feature.SetField(name, value)
    lyr.SetFeature(feature)
    ds = None


def add_lane(gpkg: Path, wkt: str) -> None:
    """A cleared lane as QField's tracking records it."""
    ds = gdal.OpenEx(str(gpkg), gdal.OF_VECTOR | gdal.OF_UPDATE)
    lyr = ds.GetLayerByName("cleared_lanes")
    feature = ogr.Feature(lyr.GetLayerDefn())
    feature.SetField("uuid", device_uuid())
    feature.SetField("team", TEAM)
    feature.SetField("recorded_at", 2026, 12, 2, 9, 30, 0, 100)
    feature.SetField("width_m", 2.0)
    feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
    lyr.CreateFeature(feature)
    ds = None


def serpentine(i: int, lane: float = 0.00001) -> str:
    """Lanes 2 m apart over the whole of sector i (a back-and-forth track, about 1.1 m per 0.00001 degree)."""
    x0, x1 = X0 + i * CELL, X0 + (i + 1) * CELL
    points, y, k = [], Y0 - 0.00001, 0
    while y <= Y0 + CELL + 0.00002:
        row = [(x0 - 0.00002, y), (x1 + 0.00002, y)]
        points += row if k % 2 == 0 else row[::-1]
        y += lane * 1.6
        k += 1
    return "LINESTRING (" + ", ".join(f"{x:.7f} {y:.7f}" for x, y in points) + ")"
