"""Finds from a field report (a SourceTable): every row a new find, a duplicate, or rejected with its reason.

The rules of one find are core.field_finds'; this module applies them to a whole report:

- columns by name and values (core.report_columns), overridden by FIELD_MAPPING;
- the position from the row's point geometry (GeoJSON, GeoPackage, KML, GPX waypoints) or from
  its coordinate columns (``coord`` in any notation, ``lat``/``lon``, ``x``/``y`` in ``crs``);
- a report that writes a date month first somewhere (``03/25/2022``) makes its dates that read both
  ways undecidable (rejected), the others are read day first;
- a find already known (the workspace's, or an earlier row of the same report) is a duplicate,
  reported, not added; a find id already known for a find at another place is rejected as a conflict;
- a find without a sector takes the workspace sector that holds it;
- columns that no target takes are kept in ``raw`` (JSON), the report and row in ``source``.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from datetime import date
from typing import Callable, Sequence

import numpy as np
import shapely

from . import coords
from .field_finds import (
    DUPLICATE_RADIUS_M,
    FIND_TARGETS,
    DuplicateIndex,
    Find,
    FindError,
    Known,
    Rejected,
    check_find,
    distance_m,
    is_month_first,
    read_position,
)
from .minemap import Reject, SourceTable
from .report_columns import FIND_ALIASES, guess_report_columns, resolve_report_mapping
from .text import tr

#: Columns GDAL's KML and GPX drivers add of their own: not the report's, so not kept in raw.
DRIVER_COLUMNS = frozenset({"timestamp", "begin", "end", "altitudeMode", "tessellate", "extrude", "visibility",
                            "drawOrder", "icon"})
#: The fields of a find the import writes (the workspace's ``finds`` layer, schema v2).
FIND_FIELDS: tuple[str, ...] = FIND_TARGETS + ("source", "raw")


@dataclass
class Sectors:
    """The workspace's sectors (WGS 84 polygons) to find a find's sector by its position."""

    ids: Sequence[str]
    polygons: Sequence

    def __post_init__(self):
        self._tree = shapely.STRtree(list(self.polygons)) if len(self.polygons) else None

    def holding(self, lon: float, lat: float) -> str | None:
        """The id of the sector that holds the point (the first when sectors overlap), or None."""
        if self._tree is None:
            return None
        hits = self._tree.query(shapely.Point(lon, lat), predicate="intersects")
        return str(self.ids[int(min(hits))]) if len(hits) else None


@dataclass
class FindImportOptions:
    mapping_text: str = ""
    crs: str = coords.WGS84
    known: Sequence[Known] = ()
    sectors: Sectors | None = None
    today: date | None = None
    radius_m: float = DUPLICATE_RADIUS_M
    is_canceled: Callable[[], bool] | None = None


@dataclass
class FindImport:
    """What a report gave: new finds (with source and raw), duplicates and rejects (core.minemap.Reject)."""

    mapping: dict[str, str]
    why: dict[str, str]
    finds: list[Find] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    raws: list[str] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)
    duplicates: list[Reject] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    #: Rows whose date reads both ways, read day first: (row, note).
    day_first: list[tuple[int, str]] = field(default_factory=list)
    sectors_found: int = 0
    ids_made: int = 0
    rows_read: int = 0
    canceled: bool = False

    def columns(self) -> dict[str, list]:
        """The new finds as columns of FIND_FIELDS (what the workspace writer and the sinks take)."""
        out = {name: [getattr(f, name) for f in self.finds] for name in FIND_TARGETS}
        out["source"], out["raw"] = list(self.sources), list(self.raws)
        return out

    def lonlat(self) -> np.ndarray:
        return np.array([(f.lon, f.lat) for f in self.finds], dtype=float).reshape(-1, 2)


def import_finds(table: SourceTable, options: FindImportOptions | None = None) -> FindImport:
    """Apply the rules of the module doc to every row of ``table``. Raises MappingError for a FIELD_MAPPING
    that cannot be used."""
    options = options or FindImportOptions()
    guessed, why = guess_report_columns(table.columns, table.data, FIND_ALIASES)
    mapping = resolve_report_mapping(table.columns, options.mapping_text, guessed, FIND_ALIASES)
    for target in mapping:
        if guessed.get(target) != mapping[target]:
            why[target] = tr("given in the field mapping")
    result = FindImport(mapping, {t: why.get(t, "") for t in mapping}, rows_read=len(table))
    result.notes += table.notes
    geometries = table.geometries if table.geometries is not None and any(
        g is not None for g in table.geometries) else None
    if geometries is None and not ({"coord"} <= set(mapping) or {"lat", "lon"} <= set(mapping)
                                   or {"x", "y"} <= set(mapping)):
        result.notes.append(tr("no position column found (coord, lat/lon or x/y): give one in the field mapping"))
    lon_g, lat_g = _geometry_positions(table, geometries)
    dates = table.column(mapping.get("found_date")) or []
    month_first = [table.source_rows[i] for i, v in enumerate(dates) if is_month_first(v)]
    if month_first:
        result.notes.append(tr("rows {rows} write their dates month first: dates of this report that read both ways "
                               "are rejected, not guessed").format(rows=", ".join(str(r) for r in month_first[:10])))
    index = DuplicateIndex.of(options.known, options.radius_m)
    places = {k.find_id: (k.lon, k.lat) for k in options.known}
    used = set(mapping.values())
    extra = [c for c in table.columns if c not in used and c not in DRIVER_COLUMNS]
    texts = {t: table.column(c) for t, c in mapping.items()}
    for i in range(len(table)):
        if options.is_canceled is not None and i % 1000 == 0 and options.is_canceled():
            result.canceled = True
            return result
        row = int(table.source_rows[i])
        values = {t: column[i] for t, column in texts.items()}
        if i in table.problems:
            result.rejects.append(Reject(row, values.get("find_id") or "", table.problems[i], table.raw[i]))
            continue
        try:
            if geometries is not None:
                lon, lat = lon_g[i], lat_g[i]
                if not math.isfinite(lon):
                    raise FindError(_geometry_problem(geometries[i]))
            else:
                lon, lat, _ = read_position(values, options.crs)
        except FindError as exc:
            result.rejects.append(Reject(row, values.get("find_id") or "", str(exc), table.raw[i]))
            continue
        checked = check_find(values, lon, lat, options.today, bool(month_first))
        if isinstance(checked, Rejected):
            result.rejects.append(Reject(row, values.get("find_id") or "", checked.reason, table.raw[i]))
            continue
        find = checked
        duplicate = index.match(find)
        if duplicate is not None:
            place = places.get(find.find_id)
            if duplicate.kind == "id" and place is not None and \
                    distance_m(find.lon, find.lat, *place) > options.radius_m:
                result.rejects.append(Reject(row, find.find_id, tr(
                    "the find id {id} is already known for a find {m:,.1f} m away: not overwritten; correct the id "
                    "or the position").format(id=find.find_id, m=distance_m(find.lon, find.lat, *place)),
                    table.raw[i]))
            else:
                result.duplicates.append(Reject(row, find.find_id, tr("duplicate: {why}").format(
                    why=duplicate.describe()), table.raw[i]))
            continue
        if not (values.get("find_id") or "").strip():
            result.ids_made += 1
        if find.sector_id is None and options.sectors is not None:
            sector = options.sectors.holding(find.lon, find.lat)
            if sector is not None:
                find = _with_sector(find, sector)
                result.sectors_found += 1
        index.add(find)
        places[find.find_id] = (find.lon, find.lat)
        if any("day first" in note for note in find.notes):
            result.day_first.append((row, next(n for n in find.notes if "day first" in n)))
        result.finds.append(find)
        result.sources.append(tr("{report}, row {row}").format(report=table.name, row=row))
        kept = {c: table.column(c)[i] for c in extra if str(table.column(c)[i] or "").strip()}
        result.raws.append(json.dumps(kept, ensure_ascii=False) if kept else None)
    return result


def _with_sector(find: Find, sector_id: str) -> Find:
    from dataclasses import replace

    return replace(find, sector_id=sector_id)


def _geometry_positions(table: SourceTable, geometries) -> tuple[np.ndarray, np.ndarray]:
    """WGS 84 lon/lat of each row's point geometry (NaN where it has none or another kind)."""
    n = len(table)
    lon, lat = np.full(n, np.nan), np.full(n, np.nan)
    if geometries is None:
        return lon, lat
    idx, xs, ys = [], [], []
    for i, g in enumerate(geometries):
        if g is None or g.is_empty:
            continue
        if g.geom_type == "MultiPoint" and len(g.geoms) == 1:
            g = g.geoms[0]
        if g.geom_type != "Point":
            continue
        idx.append(i)
        xs.append(g.x)
        ys.append(g.y)
    if idx:
        crs = table.geometry_crs or coords.WGS84
        x, y = coords.to_wgs84(crs, xs, ys)
        lon[idx], lat[idx] = x, y
    return lon, lat


def _geometry_problem(geometry) -> str:
    if geometry is None or geometry.is_empty:
        return tr("the feature has no geometry")
    if geometry.geom_type in ("Point", "MultiPoint"):
        return tr("the point does not lie on the globe (its CRS?)") if geometry.geom_type == "Point" else \
            tr("a MultiPoint of {n} points is not one find's position").format(n=len(geometry.geoms))
    return tr("a {kind} geometry is not a find's position").format(kind=geometry.geom_type)
