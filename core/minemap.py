"""The mine-map import pipeline: rows in -> records, mines and rejects out. Pure (no QGIS, no I/O).

Three kinds of input, told apart by their columns:
- ``traverse``: the traverse CSV of SCHEMA.md (a ``kind`` column), rebuilt by core.traverse;
- ``points``: a table of mine points (``lat``/``lon``, ``x``/``y`` or one ``coord`` column);
- ``gis``: features with geometries (perimeter polygons and/or mine points) from a GIS file.
Every input row ends in the outputs or in the rejects with its row number and a reason; the counts
are kept in ``ImportResult.used`` (one flag per input row) and ``ImportResult.rejects``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import numpy as np
import shapely

from . import coords, geocheck, ordnance, readings
from .categories import RECORD_TYPES, RELIABILITY
from .columns import ColumnGuess, guess_columns
from .coords import CoordError
from .dates import parse_date
from .errors import OutOfRangeError
from .fieldmap import RECORD_TARGETS, MappingError, parse_mapping, resolve_mapping
from .text import tr
from .traverse import (
    PerimeterError,
    Row,
    Settings,
    TraverseError,
    category_of,
    compute_record,
    hull_perimeter,
    hull_perimeters,
    no_category_reason,
)

RECORD_FIELDS: tuple[str, ...] = (
    "record_id", "source", "district", "laid_date", "record_type", "recorded_ap", "recorded_at", "mine_models",
    "reliability", "raw", "notes",
)
MINE_FIELDS: tuple[str, ...] = ("record_id", "mine_no", "category", "model", "raw")
REJECT_FIELDS: tuple[str, ...] = ("source_row", "record_id", "reason", "raw")
#: A perimeter derived from mines (when the file gives none) is their hull widened by this much.
HULL_MARGIN_M = 10.0


@dataclass
class SourceTable:
    """Rows read from a file: column-major texts, 1-based source row numbers, raw text per row.

    ``geometries`` (shapely, or None per row) are in ``geometry_crs`` when the file has them.
    """

    name: str
    columns: list[str]
    data: list[list[str]]
    source_rows: np.ndarray
    raw: list[str]
    geometries: list | None = None
    geometry_crs: str | None = None
    #: Rows the reader could not read as written: row index -> reason (they are rejected with it).
    problems: dict[int, str] = field(default_factory=dict)
    #: What the reader decided and the analyst should know (an inferred encoding, the sheets read).
    notes: list[str] = field(default_factory=list)
    #: Columns whose header names were repeated: each of them -> all of them ('lat' -> ['lat', 'lat_2']).
    duplicate_columns: dict[str, list[str]] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.raw)

    def subset(self, index: np.ndarray) -> SourceTable:
        """The rows ``index`` (positions) as a table of their own."""
        pick = index.tolist()
        geometries = None if self.geometries is None else [self.geometries[i] for i in pick]
        return SourceTable(self.name, self.columns, [[col[i] for i in pick] for col in self.data],
                           self.source_rows[index], [self.raw[i] for i in pick], geometries, self.geometry_crs,
                           {}, list(self.notes), dict(self.duplicate_columns))

    def column(self, name: str | None) -> list[str] | None:
        if name is None:
            return None
        return self.data[self.columns.index(name)]


@dataclass
class ImportOptions:
    settings: Settings = field(default_factory=Settings)
    mapping_text: str = ""
    expected_area: object = None  # shapely geometry in WGS 84, or None
    existing_record_ids: frozenset = frozenset()
    #: A point farther than this from its record's other mines is misplaced (core.readings).
    misplaced_m: float = readings.MIN_REACH_M
    progress: Callable[[float], None] | None = None
    is_canceled: Callable[[], bool] | None = None


@dataclass
class Reject:
    source_row: int
    record_id: str
    reason: str
    raw: str


@dataclass
class ImportResult:
    mode: str
    mapping: dict[str, str]
    records: list[dict] = field(default_factory=list)  # RECORD_FIELDS + "geometry" (shapely Polygon)
    mines: dict[str, list] = field(default_factory=lambda: {f: [] for f in MINE_FIELDS})
    mine_lon: np.ndarray = field(default_factory=lambda: np.zeros(0))
    mine_lat: np.ndarray = field(default_factory=lambda: np.zeros(0))
    rejects: list[Reject] = field(default_factory=list)
    used: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    notes: list[str] = field(default_factory=list)
    canceled: bool = False
    #: Rows imported after a repair of their geometry (a subset of ``used``).
    repaired: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    #: How the columns were judged (names and values), and the targets the field mapping set.
    guess: ColumnGuess | None = None
    explicit: frozenset = frozenset()
    #: Record ids ClearGround made for features that had none.
    made_ids: int = 0

    @property
    def rows_read(self) -> int:
        return len(self.used)

    @property
    def rows_repaired(self) -> int:
        return int(self.repaired.sum()) if len(self.repaired) == len(self.used) else 0

    @property
    def rows_as_written(self) -> int:
        return self.rows_imported - self.rows_repaired

    @property
    def competitions(self) -> list:
        """Columns that compete for a field the field mapping does not settle."""
        if self.guess is None:
            return []
        return [c for c in self.guess.competitions if c.target not in self.explicit]

    def mapping_lines(self) -> list[str]:
        """The mapping used, one line per field: the column, why it was taken, sample values."""
        lines = []
        guesses = self.guess.guesses if self.guess is not None else {}
        for target, column in self.mapping.items():
            guess = guesses.get(target)
            if target in self.explicit or guess is None or guess.column != column:
                lines.append(tr("{target} = '{column}' (set by the field mapping)").format(target=target,
                                                                                        column=column))
            else:
                lines.append(tr("{target} = '{column}' ({why}; e.g. {samples})").format(
                    target=target, column=column, why=guess.why, samples=", ".join(guess.samples[:3]) or "-"))
        if self.guess is not None:
            lines += [tr("'{column}' is named like {target}, but {why}").format(column=c, target=t, why=why)
                      for t, c, why in self.guess.overruled if t not in self.explicit]
        lines += [c.describe() for c in self.competitions]
        return lines
    @property
    def rows_imported(self) -> int:
        return int(self.used.sum())

    @property
    def rows_rejected(self) -> int:
        return len({r.source_row for r in self.rejects if r.source_row > 0})

    @property
    def mine_count(self) -> int:
        return len(self.mine_lon)


@dataclass
class _Readings:
    """The rows' positions as read: lon/lat (NaN where not read), the reason or note per row, which
    rows are geographic, which are in doubt (and why), and each row's other reading (NaN: none)."""

    lon: np.ndarray
    lat: np.ndarray
    ok: np.ndarray
    messages: list[str]
    geographic: np.ndarray
    doubtful: np.ndarray
    doubts: list[str]
    other_lon: np.ndarray
    other_lat: np.ndarray
    other_notes: list[str]


class MineMapError(ValueError):
    """The file as a whole cannot be imported (no usable columns); the message says why."""


@dataclass(frozen=True)
class ImportPlan:
    """How a file's rows are read: the columns judged, the mapping used and the kind of input."""

    guess: ColumnGuess
    mapping: dict[str, str]
    explicit: frozenset
    mode: str


def plan_import(table: SourceTable, options: ImportOptions | None = None) -> ImportPlan:
    """The plan for ``table`` (or for the first rows of a file read in parts: the columns are judged
    by their names and by the first core.columns.SAMPLE values, so its first rows decide)."""
    options = options or ImportOptions()
    guess = guess_columns(table.columns, table.data, polygons=mostly_polygons(table))
    try:
        explicit = frozenset(parse_mapping(options.mapping_text))
        mapping = resolve_mapping(table.columns, options.mapping_text, guess.mapping)
    except MappingError as exc:
        raise MineMapError(str(exc)) from exc
    _refuse_repeated_columns(table, mapping, options.mapping_text)
    return ImportPlan(guess, mapping, explicit, detect_mode(table, mapping))


def import_rows(table: SourceTable, options: ImportOptions | None = None,
                plan: ImportPlan | None = None) -> ImportResult:
    """Turn a SourceTable into records, mines and rejects (the rows the reader could not read first).

    ``plan``: the plan of the whole file when ``table`` is one part of it (whole records); made
    from ``table`` itself otherwise.
    """
    options = options or ImportOptions()
    plan = plan if plan is not None else plan_import(table, options)
    mode, mapping = plan.mode, plan.mapping
    readable = np.array([i not in table.problems for i in range(len(table))], dtype=bool)
    inner = table if readable.all() else table.subset(np.flatnonzero(readable))
    result = ImportResult(mode=mode, mapping=mapping, used=np.zeros(len(inner), dtype=bool),
                          repaired=np.zeros(len(inner), dtype=bool), guess=plan.guess, explicit=plan.explicit)
    _Pipeline(inner, mapping, options, result).run()
    if not readable.all():
        used = np.zeros(len(table), dtype=bool)
        used[readable] = result.used
        result.used = used
        repaired = np.zeros(len(table), dtype=bool)
        repaired[readable] = result.repaired
        result.repaired = repaired
        record_column = table.column(mapping.get("record_id"))
        for i, reason in table.problems.items():
            row = int(table.source_rows[i])
            record_id = (record_column[i] or "").strip() if record_column is not None else ""
            result.rejects.append(Reject(row, record_id, tr("row {row}: {reason}").format(row=row, reason=reason),
                                         table.raw[i]))
        result.rejects.sort(key=lambda rej: rej.source_row)
    result.notes[:0] = table.notes
    return result


def mostly_polygons(table: SourceTable) -> bool:
    """Whether most geometries of a GIS file are polygons (each row a record, not a mine)."""
    if table.geometries is None:
        return False
    kinds = Counter(g.geom_type for g in table.geometries[:5000] if g is not None)
    polygonal = sum(n for kind, n in kinds.items() if kind in ("Polygon", "MultiPolygon", "LineString",
                                                               "LinearRing"))
    return polygonal > 0 and polygonal >= sum(kinds.values()) / 2


def made_record_id(name: str, row: int, prefix: str | None, sequence: int) -> str:
    """The record id ClearGround gives a feature without one: the chosen field's value and the
    feature's sequence number among those with that value (``MS-12-3``), else the file's name and
    the feature's row number (``suspect_areas-17``)."""
    if prefix:
        return f"{prefix}-{sequence}"
    return f"{Path(name).stem}-{row}"


def _off_the_globe(geom, crs: str) -> str | None:
    """Why a geometry (in WGS 84) is not on the globe, or None when it is."""
    xy = shapely.get_coordinates(geom)
    bad = ~np.isfinite(xy).all(axis=1) | (np.abs(xy[:, 0]) > 180) | (np.abs(xy[:, 1]) > 90)
    if not bad.any():
        return None
    x, y = xy[np.flatnonzero(bad)[0]]
    return tr("the geometry has a point at longitude {x:g}, latitude {y:g}, off the globe: the file's coordinates "
              "are not in {crs}, or are swapped").format(x=x, y=y, crs=crs)


def _refuse_repeated_columns(table: SourceTable, mapping: dict[str, str], mapping_text: str) -> None:
    """A column used by its guessed name while another column has the same header: say which to use."""
    explicit = set(parse_mapping(mapping_text))
    for target, column in mapping.items():
        names = table.duplicate_columns.get(column)
        if names and target not in explicit:
            raise MineMapError(tr(
                "{name} has {count} columns named '{header}' ({columns}): say which one is {target} with the "
                "field mapping, e.g. {target}={column}").format(
                name=table.name, count=len(names), header=names[0], columns=", ".join(names), target=target,
                column=names[-1]))


def detect_mode(table: SourceTable, mapping: dict[str, str]) -> str:
    """'gis', 'traverse' or 'points'; MineMapError when the columns say none of them."""
    if table.geometries is not None and any(g is not None for g in table.geometries):
        return "gis"
    if "kind" in mapping:
        return "traverse"
    if "coord" in mapping or {"lat", "lon"} <= set(mapping) or {"x", "y"} <= set(mapping):
        return "points"
    raise MineMapError(tr("cannot tell what {name} holds: it needs a 'kind' column (a traverse), coordinates "
                          "(lat and lon, x and y, or coord: mine points) or geometries. Its columns are: {columns}. "
                          "Set the field mapping.").format(name=table.name, columns=", ".join(table.columns)))


class _Pipeline:
    def __init__(self, table: SourceTable, mapping: dict[str, str], options: ImportOptions, result: ImportResult):
        self.t, self.m, self.o, self.r = table, mapping, options, result
        self._columns = {target: table.column(col) for target, col in mapping.items()}
        self.mine_lon: list = []
        self.mine_lat: list = []
        #: The source CRS of each row (one for all, or a list): its record notes the datum transformation.
        self.row_crs: str | list[str] | None = None

    # -- shared ---------------------------------------------------------------------------------
    def value(self, target: str, i: int) -> str:
        data = self._columns.get(target)
        if data is None:
            return ""
        value = data[i]
        return "" if value is None else str(value).strip()

    def reject(self, i: int, record_id: str, reason: str) -> None:
        self.r.rejects.append(Reject(int(self.t.source_rows[i]), record_id,
                                     tr("row {row}: {reason}").format(row=int(self.t.source_rows[i]), reason=reason),
                                     self.t.raw[i]))

    def progress(self, fraction: float) -> bool:
        if self.o.progress is not None:
            self.o.progress(fraction)
        if self.o.is_canceled is not None and self.o.is_canceled():
            self.r.canceled = True
            return False
        return True

    def run(self) -> None:
        getattr(self, f"_run_{self.r.mode}")()
        self.r.notes.extend(self.o.settings.datum.notes())
        self.r.mine_lon = np.asarray(np.concatenate(self.mine_lon) if self.mine_lon else np.zeros(0), dtype=float)
        self.r.mine_lat = np.asarray(np.concatenate(self.mine_lat) if self.mine_lat else np.zeros(0), dtype=float)
        self.r.rejects.sort(key=lambda rej: rej.source_row)

    def record_attributes(self, record_id: str, indexes: list[int], notes: list[str]) -> dict:
        """A record's stated attributes: the first non-empty value among its rows, checked."""
        attrs: dict = {f: None for f in RECORD_FIELDS}
        attrs["record_id"] = record_id
        crs = self.row_crs if isinstance(self.row_crs, str) or self.row_crs is None or not indexes else \
            self.row_crs[indexes[0]]
        choice = self.o.settings.datum.chosen.get(crs) if crs else None
        if choice is not None:
            notes.append(choice.describe())
        for target in RECORD_TARGETS:
            for i in indexes:
                value = self.value(target, i)
                if value:
                    attrs[target] = value
                    break
        if attrs["laid_date"]:
            iso = parse_date(attrs["laid_date"])
            if iso is None:
                notes.append(tr("laid_date '{text}' is not a date (kept in raw)").format(text=attrs["laid_date"]))
            attrs["laid_date"] = iso
        for name, allowed in (("record_type", RECORD_TYPES), ("reliability", RELIABILITY)):
            value = attrs[name]
            if value and value.lower() not in allowed:
                notes.append(tr("{field} '{text}' is not one of {allowed} (set to unknown)").format(
                    field=name, text=value, allowed=", ".join(allowed)))
                value = "unknown"
            attrs[name] = value.lower() if value else None
        for name in ("recorded_ap", "recorded_at"):
            value = attrs[name]
            if value is not None:
                try:
                    attrs[name] = int(float(value.replace(",", ".")))
                except ValueError:
                    notes.append(tr("{field} '{text}' is not a number (counted from the mines)").format(
                        field=name, text=value))
                    attrs[name] = None
        return attrs

    def finish_record(self, attrs: dict, polygon, counts: Counter, models, notes: list[str],
                      has_rows: bool) -> dict:
        """Complete a record: counts of AP/AT and the models from its mines where the file is silent."""
        for name, category in (("recorded_ap", "AP"), ("recorded_at", "AT")):
            if attrs[name] is None:
                attrs[name] = int(counts.get(category, 0))
            elif counts and attrs[name] != counts.get(category, 0):
                notes.append(tr("the record states {stated} {cat} mines; its rows and mines hold {found}").format(
                    stated=attrs[name], cat=category, found=counts.get(category, 0)))
        if not attrs["mine_models"]:
            distinct = sorted({ordnance.canonical(m) for m in models if m})
            attrs["mine_models"] = ", ".join(distinct) if distinct else None
        if not attrs["record_type"]:
            attrs["record_type"] = "row" if has_rows else "unknown"
        if not attrs["reliability"]:
            attrs["reliability"] = "unknown"
        attrs["notes"] = "; ".join(([attrs["notes"]] if attrs["notes"] else []) + notes) or None
        attrs["geometry"] = polygon
        return attrs

    def check_record_id(self, i: int, notes: list[str] | None = None) -> str | None:
        text = self.t.column(self.m.get("record_id"))
        value = "" if text is None or text[i] is None else str(text[i])
        stripped = value.strip()
        if notes is not None and stripped and stripped != value:
            notes.append(tr("record_id '{text}' had spaces around it; they were removed").format(text=value))
        return stripped or None

    def inside_area(self, lon, lat) -> np.ndarray:
        area = self.o.expected_area
        if area is None:
            return np.ones(np.shape(lon), dtype=bool)
        return shapely.contains_xy(area, np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)) | \
            shapely.intersects_xy(area.boundary, np.asarray(lon, dtype=float), np.asarray(lat, dtype=float))

    def add_mines(self, record_id: str, lon, lat, mine_no, category, model, raw) -> None:
        n = len(lon)
        self.mine_lon.append(np.asarray(lon, dtype=float))
        self.mine_lat.append(np.asarray(lat, dtype=float))
        mines = self.r.mines
        mines["record_id"].extend([record_id] * n if isinstance(record_id, str) else record_id)
        mines["mine_no"].extend(mine_no)
        mines["category"].extend(category)
        model = list(model)
        names = {m: ordnance.canonical(m) for m in set(model)}  # a few models, a million mines
        mines["model"].extend(names[m] for m in model)
        mines["raw"].extend(raw)

    # -- traverse -------------------------------------------------------------------------------
    def _run_traverse(self) -> None:
        n = len(self.t)
        groups: dict[str, list[int]] = {}
        id_notes: dict[str, list[str]] = {}
        for i in range(n):
            notes: list[str] = []
            record_id = self.check_record_id(i, notes)
            if record_id is None:
                self.reject(i, "", tr("record_id is empty"))
                continue
            groups.setdefault(record_id, []).append(i)
            id_notes.setdefault(record_id, []).extend(notes)
        targets = [t for t in self.m if t != "record_id"]
        for k, (record_id, indexes) in enumerate(groups.items()):
            if k % 50 == 0 and not self.progress(k / max(len(groups), 1)):
                return
            if record_id in self.o.existing_record_ids:
                for i in indexes:
                    self.reject(i, record_id, tr("record '{record}' is already in the workspace").format(
                        record=record_id))
                continue
            rows = [Row(i, int(self.t.source_rows[i]), {t: self.value(t, i) for t in targets}, self.t.raw[i])
                    for i in indexes]
            rec = compute_record(record_id, rows, self.o.settings)
            self.row_crs = rec.crs
            blank = {m.row_index: m.model for m in rec.mines if m.category is None}
            if blank:  # a mine is never stored without its category
                rec.rejects.extend((index, no_category_reason(model)) for index, model in blank.items())
                rec.mines = [m for m in rec.mines if m.row_index not in blank]
                rec.used = [i for i in rec.used if i not in blank]
            self._area_check_traverse(rec)
            for index, reason in rec.rejects:
                self.reject(index, record_id, reason)
            if rec.rejected:
                continue
            notes = sorted(set(id_notes.get(record_id, [])), key=id_notes[record_id].index) + rec.notes
            polygon = rec.polygon
            if polygon is None:
                if not rec.mines:
                    for i in rec.used:
                        self.reject(i, record_id, tr("record '{record}' has no perimeter and no mines").format(
                            record=record_id))
                    rec.used.clear()
                    continue
                polygon = hull_perimeter(np.array([m.lon for m in rec.mines]), np.array([m.lat for m in rec.mines]),
                                         HULL_MARGIN_M)
                notes.append(tr("no perimeter in the record: the hull of its mines widened by {m:g} m").format(
                    m=HULL_MARGIN_M))
            attrs = self.record_attributes(record_id, indexes, notes)
            attrs["raw"] = "\n".join(self.t.raw[i] for i in indexes)
            self.r.records.append(self.finish_record(
                attrs, polygon, Counter(m.category for m in rec.mines), {m.model for m in rec.mines}, notes,
                rec.has_rows))
            self.add_mines(record_id, [m.lon for m in rec.mines], [m.lat for m in rec.mines],
                           [m.mine_no for m in rec.mines], [m.category for m in rec.mines],
                           [m.model for m in rec.mines], [self.t.raw[m.row_index] for m in rec.mines])
            self.r.used[rec.used] = True
        self.progress(1.0)

    def _area_check_traverse(self, rec) -> None:
        if self.o.expected_area is None or rec.rejected:
            return
        if rec.polygon is not None:
            ring = np.asarray(rec.polygon.exterior.coords)
            if not self.inside_area(ring[:, 0], ring[:, 1]).all():
                reason = tr("record '{record}' lies outside the expected area").format(record=rec.record_id)
                done = {index for index, _ in rec.rejects}
                rec.rejects.extend((i, reason) for i in rec.used if i not in done)
                rec.used.clear()
                rec.mines.clear()
                rec.rejected = True
                return
        inside = self.inside_area([m.lon for m in rec.mines], [m.lat for m in rec.mines]) if rec.mines else []
        outside_rows = {m.row_index for m, ok in zip(rec.mines, inside) if not ok}
        for index in outside_rows:
            rec.rejects.append((index, tr("a mine of this row lies outside the expected area")))
        if outside_rows:
            rec.mines = [m for m in rec.mines if m.row_index not in outside_rows]
            rec.used = [i for i in rec.used if i not in outside_rows]

    # -- tables of mine points ------------------------------------------------------------------
    def _run_points(self, read: _Readings | None = None) -> None:
        """Mine points of a table (or of a GIS file without perimeters: ``read`` from its geometries)."""
        n = len(self.t)
        read = read if read is not None else self._point_coordinates()
        if not self.progress(0.4):
            return
        record_col = self.t.column(self.m.get("record_id"))
        if record_col is None:
            default_id = Path(self.t.name).stem
            self.r.notes.append(tr("the file has no record_id column: all its mines belong to record '{record}'")
                                .format(record=default_id))
            record_ids = np.full(n, default_id, dtype=object)
        else:
            record_ids = np.array([("" if v is None else str(v)).strip() for v in record_col], dtype=object)
        lon, lat, ok, notes, geographic = self._settle_readings(record_ids, read)
        other_lon, other_lat = read.other_lon, read.other_lat
        model_col = self.t.column(self.m.get("model")) or [""] * n
        category_col = self.t.column(self.m.get("category")) or [""] * n
        mine_col = self.t.column(self.m.get("mine_no"))
        cache: dict[tuple[str, str], object] = {}
        categories = np.empty(n, dtype=object)
        row_notes: dict[str, list[str]] = {}
        finite = np.isfinite(lon) & np.isfinite(lat)
        inside = np.ones(n, dtype=bool)
        inside_other = np.zeros(n, dtype=bool)
        if self.o.expected_area is not None:
            inside[finite] = self.inside_area(lon[finite], lat[finite])
            other = finite & np.isfinite(other_lon) & (other_lon != lon)
            inside_other[other] = self.inside_area(other_lon[other], other_lat[other])
        for i in range(n):
            if i % 100_000 == 0 and i and not self.progress(0.4 + 0.4 * i / n):
                return
            rid = record_ids[i]
            if not rid:
                self.reject(i, "", tr("record_id is empty"))
                continue
            if not ok[i]:
                self.reject(i, rid, notes[i])
                continue
            key = (str(category_col[i] or "").strip(), str(model_col[i] or "").strip())
            if key not in cache:
                try:
                    cache[key] = category_of(*key)
                except TraverseError as exc:
                    cache[key] = exc.with_traceback(None)  # its traceback would hold this frame: a cycle
            category = cache[key]
            if isinstance(category, Exception):
                self.reject(i, rid, str(category))
                continue
            if category is None:
                self.reject(i, rid, no_category_reason(key[1]))
                continue
            if not inside[i]:
                if inside_other[i]:  # the text's other reading (swapped, zone south) lies in the area
                    lon[i], lat[i] = other_lon[i], other_lat[i]
                    notes[i] = tr("{reading} (only so does it lie in the expected area)").format(
                        reading=read.other_notes[i])
                else:
                    self.reject(i, rid, tr("the point lies outside the expected area"))
                    continue
            categories[i] = category
            self.r.used[i] = True
            if notes[i]:
                row_notes.setdefault(rid, []).append(
                    tr("row {row}: {note}").format(row=int(self.t.source_rows[i]), note=notes[i]))
        used = np.flatnonzero(self.r.used)
        if not self.progress(0.8):
            return
        self.add_mines(
            list(record_ids[used]), lon[used], lat[used],
            [str(mine_col[i]).strip() if mine_col is not None and mine_col[i] is not None else None for i in used],
            list(categories[used]),
            [str(model_col[i]).strip() or None if model_col[i] is not None else None for i in used],
            [self.t.raw[i] for i in used],
        )
        self._records_from_points(record_ids, used, categories, model_col, lon, lat, row_notes)
        self.progress(1.0)

    def _point_coordinates(self) -> _Readings:
        """Every row's reading (and its other reading, where the text has one); vectorised where possible."""
        n = len(self.t)
        lon, lat = np.full(n, np.nan), np.full(n, np.nan)
        messages = [""] * n
        geographic = np.ones(n, dtype=bool)
        doubts = [""] * n
        other_lon, other_lat = np.full(n, np.nan), np.full(n, np.nan)
        other_notes: list[str] = [""] * n
        if {"lat", "lon"} <= set(self.m):
            lat_text, lon_text = self.t.column(self.m["lat"]), self.t.column(self.m["lon"])
            lat, lat_ok = coords.to_float_array(lat_text)
            lon, lon_ok = coords.to_float_array(lon_text)
            for i in np.flatnonzero(~(lat_ok & lon_ok)):
                lat[i], lon[i], messages[i] = self._angles(lat_text[i], lon_text[i])
            swapped = (np.abs(lat) > 90) & (np.abs(lon) <= 90)
            lat[swapped], lon[swapped] = lon[swapped], lat[swapped].copy()
            for i in np.flatnonzero(swapped):
                messages[i] = tr("latitude and longitude were swapped ({lat} cannot be a latitude)").format(
                    lat=lat_text[i])
                doubts[i] = tr("latitude {lat} is beyond ±90; read the other way round").format(lat=lat_text[i])
            bad = ~np.isfinite(lat) | ~np.isfinite(lon) | (np.abs(lat) > 90) | (np.abs(lon) > 180)
            for i in np.flatnonzero(bad):
                if messages[i] and not swapped[i]:
                    continue
                if np.isfinite(lon[i]) and abs(lon[i]) > 180 and abs(lat[i]) <= 90:
                    messages[i] = tr("longitude {lon} is beyond ±180").format(lon=lon_text[i])
                elif np.isfinite(lat[i]) and np.isfinite(lon[i]):
                    messages[i] = tr("latitude {lat} is beyond ±90, and longitude {lon} cannot be a latitude "
                                     "either").format(lat=lat_text[i], lon=lon_text[i])
                else:
                    messages[i] = tr("latitude '{lat}' / longitude '{lon}' is not a position").format(
                        lat=lat_text[i], lon=lon_text[i])
            ok = ~bad
            other = ok & ~swapped & (np.abs(lon) <= 90)
            other_lon[other], other_lat[other] = lat[other], lon[other]
            swap_note = tr("latitude and longitude were swapped in this row (so it lies with the record's other "
                           "mines)")
            for i in np.flatnonzero(other):
                other_notes[i] = swap_note
        elif {"x", "y"} <= set(self.m):
            crs = self.o.settings.crs
            if not coords.projected(crs):
                raise MineMapError(tr("the file gives x/y coordinates; set CRS to their projected CRS "
                                      "(e.g. EPSG:32638 or EPSG:28408), not {crs}").format(crs=crs))
            geographic[:] = False
            x_text, y_text = self.t.column(self.m["x"]), self.t.column(self.m["y"])
            x, x_ok = coords.to_float_array(x_text)
            y, y_ok = coords.to_float_array(y_text)
            zone = coords._sk42_zone_of(crs)
            if zone is not None:  # Gauss-Kruger: X is the northing, Y the easting with the zone in front
                gk = (np.floor(y / 1e6) == zone) & (np.floor(x / 1e6) != zone)
                x[gk], y[gk] = y[gk], x[gk].copy()
            lon, lat = coords.to_wgs84(crs, x, y, self.o.settings.datum)
            self.row_crs = crs
            ok = x_ok & y_ok & np.isfinite(lon)
            for i in np.flatnonzero(~ok):
                messages[i] = tr("x '{x}' / y '{y}' is not a position in {crs}").format(x=x_text[i], y=y_text[i],
                                                                                        crs=crs)
        else:
            texts = self.t.column(self.m["coord"])
            crs_col = self.t.column(self.m.get("crs"))
            parsed: list = []
            index: list[int] = []
            others: list = []
            other_index: list[int] = []
            for i, text in enumerate(texts):
                try:
                    p = coords.parse_coord(text, (crs_col[i] if crs_col and crs_col[i] else None)
                                           or self.o.settings.crs)
                except CoordError as exc:
                    messages[i] = str(exc)
                    continue
                parsed.append(p)
                index.append(i)
                geographic[i] = p.crs == coords.WGS84
                messages[i] = p.note
                doubts[i] = p.doubt
                if p.alternative is not None:
                    others.append(p.alternative)
                    other_index.append(i)
                    other_notes[i] = p.alternative.note
            plon, plat = coords.parsed_to_wgs84(parsed, self.o.settings.datum)
            lon[index], lat[index] = plon, plat
            self.row_crs = [""] * n
            for i, p in zip(index, parsed):
                self.row_crs[i] = p.crs
            if others:
                other_lon[other_index], other_lat[other_index] = coords.parsed_to_wgs84(others, self.o.settings.datum)
            ok = np.isfinite(lon) & np.isfinite(lat)
            for i, k in zip(index, range(len(index))):
                if not ok[i]:
                    messages[i] = tr("'{text}' cannot be projected from {crs}").format(text=texts[i],
                                                                                       crs=parsed[k].crs)
        return _Readings(lon, lat, ok, messages, geographic, np.array([bool(d) for d in doubts], dtype=bool),
                         doubts, other_lon, other_lat, other_notes)

    @staticmethod
    def _angles(lat_text, lon_text) -> tuple[float, float, str]:
        """One row's latitude and longitude texts read (NaN and the reason when they cannot be)."""
        try:
            return (coords.parse_angle_coordinate(lat_text, "lat"), coords.parse_angle_coordinate(lon_text, "lon"),
                    "")
        except OutOfRangeError as exc:
            try:  # a latitude beyond ±90 that is a longitude: the two are judged as swapped ones below
                return (coords.parse_angle_coordinate(lat_text, "lon"),
                        coords.parse_angle_coordinate(lon_text, "lat"), "")
            except CoordError:
                return np.nan, np.nan, str(exc)
        except CoordError as exc:
            return np.nan, np.nan, str(exc)

    def _settle_readings(self, record_ids: np.ndarray, r: _Readings):
        """Each row's reading as its record supports it (core.readings): kept, the other one taken
        with a note, or rejected naming the distance. lon, lat, ok, messages, geographic."""
        lon, lat, ok, messages = r.lon.copy(), r.lat.copy(), r.ok.copy(), list(r.messages)
        if not len(lon):
            return lon, lat, ok, messages, r.geographic
        _, groups = np.unique(record_ids.astype(str), return_inverse=True)
        settled = readings.settle(groups, lon, lat, ok, r.doubtful, r.other_lon, r.other_lat,
                                  min_reach_m=self.o.misplaced_m)
        for i in np.flatnonzero(settled.choice != readings.KEEP):
            choice, rid = settled.choice[i], record_ids[i]
            km = settled.distance_m[i] / 1000.0
            if choice == readings.OTHER:
                lon[i], lat[i] = r.other_lon[i], r.other_lat[i]
                messages[i] = r.other_notes[i] or r.messages[i]
            elif choice == readings.UNJUDGED:
                if self.o.expected_area is not None and self.inside_area([lon[i]], [lat[i]])[0]:
                    continue
                ok[i] = False
                messages[i] = tr("{doubt}, but nothing confirms that reading: record '{record}' has no other "
                                 "mines to compare it with; correct the row or give the expected area").format(
                    doubt=r.doubts[i], record=rid)
            elif r.doubtful[i]:
                ok[i] = False
                messages[i] = tr("{doubt}, but so it lies {km:,.1f} km from the other mines of record "
                                 "'{record}'; correct the row").format(doubt=r.doubts[i], km=km, record=rid) + \
                    self._other_reading(i, r, settled)
            else:
                ok[i] = False
                messages[i] = tr("the point lies {km:,.1f} km from the other {n} mines of record '{record}' "
                                 "(farther than {reach:,.1f} km), and no other reading of it lies with them; "
                                 "correct the row").format(km=km, n=int(settled.certain_points[i]) - 1, record=rid,
                                                          reach=settled.reach_m[i] / 1000.0) + \
                    self._other_reading(i, r, settled)
        return lon, lat, ok, messages, r.geographic

    @staticmethod
    def _other_reading(i: int, r: _Readings, settled) -> str:
        """Both readings of a rejected point: as written, and the other one (or that there is none)."""
        written = tr(" (read as written: latitude {lat:.6f}, longitude {lon:.6f}, {km:,.1f} km away").format(
            lat=r.lat[i], lon=r.lon[i], km=settled.written_m[i] / 1000.0)
        if np.isfinite(r.other_lon[i]) and np.isfinite(settled.other_m[i]):
            other = tr("; its other reading: latitude {lat:.6f}, longitude {lon:.6f}, {km:,.1f} km away)").format(
                lat=r.other_lat[i], lon=r.other_lon[i], km=settled.other_m[i] / 1000.0)
        else:
            other = tr("; the text has no other reading)")
        return written + other

    def _records_from_points(self, record_ids, used, categories, model_col, lon, lat, row_notes) -> None:
        """One record per record id of the mines, around its mines (vectorised over the records)."""
        if len(used) == 0:
            return
        rids = np.asarray(record_ids[used]).astype(str)
        uniq, first, inverse = np.unique(rids, return_index=True, return_inverse=True)
        cats = np.asarray(categories[used], dtype=object)
        n = len(uniq)
        total = np.bincount(inverse, minlength=n)
        ap = np.bincount(inverse, weights=(cats == "AP"), minlength=n).astype(int)
        at = np.bincount(inverse, weights=(cats == "AT"), minlength=n).astype(int)
        models: dict[int, set] = {}
        for group, model in set(zip(inverse.tolist(), (str(model_col[i] or "").strip() for i in used))):
            models.setdefault(group, set()).add(model)
        hulls = hull_perimeters(lon[used], lat[used], inverse, HULL_MARGIN_M)
        conflicts = self._conflicting_values(rids, used)
        for g in np.argsort(first, kind="stable"):
            record_id = str(uniq[g])
            if record_id in self.o.existing_record_ids:
                continue  # the mines join the record already in the workspace
            notes = []
            if record_id in row_notes:
                shown = row_notes[record_id][:20]
                notes.extend(shown)
                if len(row_notes[record_id]) > len(shown):
                    notes.append(tr("... and {n} more rows with notes").format(
                        n=len(row_notes[record_id]) - len(shown)))
            notes.append(tr("no perimeter in the file: the hull of its {n} mines widened by {m:g} m").format(
                n=int(total[g]), m=HULL_MARGIN_M))
            clashes = conflicts.get(record_id, [])
            for target, (row_a, value_a), (row_b, value_b), *_ in clashes:
                notes.append(tr("{field} differs between row {row_a} ('{a}') and row {row_b} ('{b}'); the first was "
                                "kept, both rows are in raw").format(field=target, row_a=row_a, a=value_a,
                                                                     row_b=row_b, b=value_b))
            attrs = self.record_attributes(record_id, [int(used[first[g]])], notes)
            # the rows that disagree, as written (a record of mine rows has no text of its own otherwise)
            attrs["raw"] = "\n".join(dict.fromkeys(r for c in clashes for r in c[3:])) if clashes else None
            counts = Counter({"AP": int(ap[g]), "AT": int(at[g])})
            self.r.records.append(self.finish_record(attrs, hulls[g], counts, models.get(g, set()), notes, False))

    def _conflicting_values(self, rids: np.ndarray, used: np.ndarray) -> dict[str, list]:
        """Records whose rows state a record field differently: record id -> [(field, (row, value),
        (row, value), raw of the one row, raw of the other)], the first two differing rows per field."""
        out: dict[str, list] = {}
        for target in RECORD_TARGETS:
            column = self._columns.get(target)
            if column is None:
                continue
            values = np.array([("" if column[i] is None else str(column[i]).strip()) for i in used], dtype=object)
            stated = np.flatnonzero(values != "")
            if len(stated) < 2:
                continue
            keys = np.char.add(np.char.add(rids[stated].astype(str), "\x1f"), values[stated].astype(str))
            _, distinct = np.unique(keys, return_index=True)
            distinct = np.sort(stated[distinct])
            by_record: dict[str, int] = {}
            for k in distinct.tolist():
                record_id = str(rids[k])
                if record_id not in by_record:
                    by_record[record_id] = k
                    continue
                first = by_record[record_id]
                if any(c[0] == target for c in out.get(record_id, [])):
                    continue
                a, b = int(used[first]), int(used[k])
                out.setdefault(record_id, []).append((
                    target, (int(self.t.source_rows[a]), values[first]), (int(self.t.source_rows[b]), values[k]),
                    self.t.raw[a], self.t.raw[b]))
        return out

    # -- GIS files ------------------------------------------------------------------------------
    def _run_gis(self) -> None:
        geoms = list(self.t.geometries)
        wgs = self._geometries_to_wgs84(geoms)
        polygons: list[int] = []
        points: list[int] = []
        problems: dict[int, str] = {}
        checks = geocheck.Tally()
        for i, geom in enumerate(wgs):
            if geom is None or geom.is_empty:
                problems[i] = tr("the feature has no geometry")
                checks.add("no_geometry")
            elif (problem := _off_the_globe(geom, self.t.geometry_crs or coords.WGS84)) is not None:
                problems[i] = problem
            elif geom.geom_type in ("Polygon", "MultiPolygon", "LineString", "LinearRing"):
                polygons.append(i)
            elif geom.geom_type in ("Point", "MultiPoint"):
                points.append(i)
            else:
                problems[i] = tr("a {kind} is neither a perimeter nor a mine").format(kind=geom.geom_type)
        if not polygons and points:
            self._run_gis_points(wgs, points, problems)
            return
        made = self._made_ids(polygons)
        for i, reason in problems.items():
            self.reject(i, self.check_record_id(i) or made.get(i, ""), reason)
        seen: dict[str, int] = {}
        shapes: dict[bytes, int] = {}
        rejected_ids: dict[str, int] = {}
        record_polys: list = []
        record_index: list[dict] = []
        for k, i in enumerate(polygons):
            if k % 200 == 0 and not self.progress(0.5 * k / max(len(polygons), 1)):
                return
            notes: list[str] = []
            record_id = self.check_record_id(i, notes)
            if notes:
                checks.add("spaces")
            if record_id is None:
                record_id = made[i]
                notes.append(self._made_note(i))
            if record_id in seen:
                self.reject(i, record_id, tr("record_id '{record}' is used again (first on row {row})").format(
                    record=record_id, row=seen[record_id]))
                continue
            if record_id in self.o.existing_record_ids:
                self.reject(i, record_id, tr("record '{record}' is already in the workspace").format(
                    record=record_id))
                continue
            try:
                checked = geocheck.check_polygon(wgs[i])
            except PerimeterError as exc:
                checks.add(exc.rule)
                self.reject(i, record_id, str(exc))
                rejected_ids.setdefault(record_id, int(self.t.source_rows[i]))
                continue
            polygon, repairs = checked.polygon, checked.notes
            key = geocheck.polygon_key(polygon)
            if key in shapes:
                checks.add("duplicate")
                self.reject(i, record_id, tr("the same polygon as row {row} (a duplicate polygon)").format(
                    row=shapes[key]))
                rejected_ids.setdefault(record_id, int(self.t.source_rows[i]))
                continue
            ring = np.asarray(polygon.exterior.coords)
            if not self.inside_area(ring[:, 0], ring[:, 1]).all():
                self.reject(i, record_id, tr("the perimeter lies outside the expected area"))
                rejected_ids.setdefault(record_id, int(self.t.source_rows[i]))
                continue
            shapes[key] = int(self.t.source_rows[i])
            seen[record_id] = int(self.t.source_rows[i])
            attrs = self.record_attributes(record_id, [i], notes + repairs)
            attrs["raw"] = self.t.raw[i]
            attrs["_notes"] = notes + repairs
            record_polys.append(polygon)
            record_index.append(attrs)
            self.r.used[i] = True
            if checked.repaired:
                checks.add("repaired")
                self.r.repaired[i] = True
        summary = checks.describe()
        if summary:
            self.r.notes.append(summary)
        if self.r.made_ids:
            self.r.notes.append(self._made_summary())
        tree = shapely.STRtree(record_polys) if record_polys else None
        mine_cats: dict[str, list] = {a["record_id"]: [] for a in record_index}
        mine_models: dict[str, list] = {a["record_id"]: [] for a in record_index}
        model_col = self.t.column(self.m.get("model"))
        category_col = self.t.column(self.m.get("category"))
        mine_col = self.t.column(self.m.get("mine_no"))
        for k, i in enumerate(points):
            if k % 10_000 == 0 and not self.progress(0.5 + 0.5 * k / max(len(points), 1)):
                return
            geom = wgs[i]
            if geom.geom_type == "MultiPoint":
                if len(geom.geoms) != 1:
                    self.reject(i, self.check_record_id(i) or "", tr("a multipoint of {n} points: one mine is one "
                                                                     "point").format(n=len(geom.geoms)))
                    continue
                geom = geom.geoms[0]
            record_id = self.check_record_id(i)
            if record_id is None and tree is not None:
                hits = tree.query(geom, predicate="intersects")
                if len(hits) == 1:
                    record_id = record_index[int(hits[0])]["record_id"]
            if record_id is None:
                self.reject(i, "", tr("the mine has no record_id and lies in no single perimeter of the file"))
                continue
            if not self.inside_area([geom.x], [geom.y])[0]:
                self.reject(i, record_id, tr("the point lies outside the expected area"))
                continue
            model = str(model_col[i] or "").strip() if model_col else ""
            try:
                category = category_of(str(category_col[i] or "").strip() if category_col else "", model)
            except TraverseError as exc:
                self.reject(i, record_id, str(exc))
                continue
            if category is None:
                self.reject(i, record_id, no_category_reason(model))
                continue
            if record_id not in mine_cats and record_id not in self.o.existing_record_ids:
                reason = (tr("its record '{record}' was rejected (row {row})") if record_id in rejected_ids
                          else tr("record '{record}' is not in this file nor in the workspace"))
                self.reject(i, record_id, reason.format(record=record_id, row=rejected_ids.get(record_id)))
                continue
            mine_cats.setdefault(record_id, []).append(category)
            mine_models.setdefault(record_id, []).append(model)
            mine_no = str(mine_col[i]).strip() if mine_col and mine_col[i] is not None else None
            self.add_mines(record_id, [geom.x], [geom.y], [mine_no], [category], [model or None], [self.t.raw[i]])
            self.r.used[i] = True
        for attrs, polygon in zip(record_index, record_polys):
            notes = attrs.pop("_notes")
            rid = attrs["record_id"]
            self.r.records.append(self.finish_record(attrs, polygon, Counter(mine_cats[rid]), set(mine_models[rid]),
                                                     notes, False))
        self.progress(1.0)

    def _run_gis_points(self, wgs: list, points: list[int], problems: dict[int, str]) -> None:
        """A GIS file of mine points only: its records are made from its points, as a table's are."""
        n = len(self.t)
        lon, lat = np.full(n, np.nan), np.full(n, np.nan)
        messages = [""] * n
        for i, reason in problems.items():
            messages[i] = reason
        for i in points:
            geom = wgs[i]
            if geom.geom_type == "MultiPoint":
                if len(geom.geoms) != 1:
                    messages[i] = tr("a multipoint of {n} points: one mine is one point").format(n=len(geom.geoms))
                    continue
                geom = geom.geoms[0]
            lon[i], lat[i] = geom.x, geom.y
        ok = np.isfinite(lon) & np.isfinite(lat)
        nan = np.full(n, np.nan)
        read = _Readings(lon, lat, ok, messages, np.ones(n, dtype=bool), np.zeros(n, dtype=bool), [""] * n,
                         nan, nan.copy(), [""] * n)
        self._run_points(read)

    def _made_ids(self, rows: list[int]) -> dict[int, str]:
        """The record id made for each of ``rows`` that has none (core.minemap.made_record_id), in row
        order, so that the same file always gives the same ids."""
        prefix_col = self.t.column(self.m.get("id_prefix"))
        sequence: Counter = Counter()
        out: dict[int, str] = {}
        for i in sorted(set(rows) | set(range(len(self.t)))):
            if self.check_record_id(i) is not None:
                continue
            prefix = str(prefix_col[i] or "").strip() if prefix_col is not None else ""
            if prefix:
                sequence[prefix] += 1
            out[i] = made_record_id(self.t.name, int(self.t.source_rows[i]), prefix, sequence[prefix])
        return out

    def _made_note(self, i: int) -> str:
        self.r.made_ids += 1
        column = self.m.get("id_prefix")
        prefix_col = self.t.column(column)
        if prefix_col is not None and str(prefix_col[i] or "").strip():
            return tr("record_id made by ClearGround from {column} '{value}' and the feature's number among those "
                      "with it (the file gives none)").format(column=column, value=str(prefix_col[i]).strip())
        return tr("record_id made by ClearGround from the file's name and the row number {row} (the file gives "
                  "none)").format(row=int(self.t.source_rows[i]))

    def _made_summary(self) -> str:
        column = self.m.get("id_prefix")
        if column:
            return tr("{n} records had no record_id: each was given {column} and its number among the features "
                      "with that value (e.g. MS-12-3), else the file's name and its row (see each record's "
                      "notes)").format(n=f"{self.r.made_ids:,}", column=column)
        return tr("{n} records had no record_id: each was given the file's name and its row number (e.g. "
                  "{example}); set id_prefix in the field mapping to build them from a field").format(
            n=f"{self.r.made_ids:,}", example=made_record_id(self.t.name, 2, None, 0))

    def _geometries_to_wgs84(self, geoms: list) -> list:
        crs = self.t.geometry_crs or coords.WGS84
        if crs.upper() in ("EPSG:4326", "OGC:CRS84"):
            return [None if g is None else shapely.force_2d(g) for g in geoms]

        def project(xy: np.ndarray) -> np.ndarray:
            lon, lat = coords.to_wgs84(crs, xy[:, 0], xy[:, 1], self.o.settings.datum)
            return np.column_stack([lon, lat])

        self.row_crs = crs
        return [None if g is None else shapely.transform(shapely.force_2d(g), project) for g in geoms]
