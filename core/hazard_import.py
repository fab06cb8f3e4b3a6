"""Hazard areas (SHA/CHA) from a survey's polygons: every feature a new hazard, one already known, a
conflict, or rejected with its reason.

- columns by name (core.report_columns.HAZARD_ALIASES), overridden by FIELD_MAPPING;
- ``classification`` from the spellings surveys use (``normalize_classification``): SHA/CHA, the
  English, Russian, Ukrainian and Azerbaijani words (``подозреваемый``, ``подтвержденный``,
  ``şübhəli``, ``təsdiqlənmiş``, ...) and their abbreviations; ``status`` likewise (empty: open);
- polygons checked and repaired as the mine-map import does (core.geocheck: make_valid where that
  gives one polygon, counted; otherwise rejected naming why);
- a hazard_id already known (the workspace's, or earlier in the file) with the same polygon and
  attributes is a duplicate (reported, not added); with another polygon or attribute it is a
  conflict (rejected naming what differs; the workspace is never overwritten);
- a feature without hazard_id gets one made from its polygon (``HZ-`` and 10 hex digits), the same
  on every import; columns no target takes are kept in ``raw`` (JSON), the file and row in ``source``.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from typing import Mapping

import numpy as np
import shapely

from . import coords
from .categories import HAZARD_STATUSES
from .fieldmap import fold
from .geocheck import Tally, check_polygon, polygon_key
from .minemap import Reject, SourceTable
from .report_columns import HAZARD_ALIASES, guess_report_columns, resolve_report_mapping
from .text import tr
from .traverse import PerimeterError

HAZARD_FIELDS: tuple[str, ...] = ("hazard_id", "classification", "status", "record_id", "district", "evidence",
                                  "source", "raw")
#: The fields compared when a hazard_id comes again (besides the polygon).
COMPARED: tuple[str, ...] = ("classification", "status", "record_id", "district", "evidence")
#: Vertices closer than this (degrees, about 1 cm) are the same vertex when two polygons are compared.
SAME_VERTEX_DEG = 1e-7

_CLASS_WORDS: tuple[tuple[str, str], ...] = (
    # (a folded word or its start, the class); the first that a spelling contains decides
    ("sha", "SHA"), ("cha", "CHA"), ("suspect", "SHA"), ("confirm", "CHA"),
    ("подозр", "SHA"), ("предпол", "SHA"), ("подтвер", "CHA"), ("пор", "SHA"), ("пдор", "CHA"),
    ("підозр", "SHA"), ("підтвер", "CHA"), ("пнт", "SHA"), ("пднт", "CHA"),
    ("subheli", "SHA"), ("tesdiq", "CHA"), ("ste", "SHA"), ("tte", "CHA"),
)
_STATUS_WORDS: dict[str, str] = {
    "open": "open", "active": "open", "opened": "open", "открыт": "open", "открытый": "open", "открыта": "open",
    "acik": "open", "aciq": "open", "відкрита": "open", "відкритий": "open", "новый": "open", "new": "open",
    "worked on": "worked_on", "worked_on": "worked_on", "in progress": "worked_on", "working": "worked_on",
    "ongoing": "worked_on", "в работе": "worked_on", "в роботі": "worked_on", "islenir": "worked_on",
    "icra olunur": "worked_on", "разминирование": "worked_on",
    "closed": "closed", "released": "closed", "cleared": "closed", "cancelled": "closed", "canceled": "closed",
    "закрыт": "closed", "закрытый": "closed", "закрыта": "closed", "очищен": "closed", "bagli": "closed",
    "baglanib": "closed", "temizlenib": "closed", "закрита": "closed", "закритий": "closed",
}


def normalize_classification(text: object) -> str | None:
    """``SHA`` or ``CHA`` from a survey's spelling (see the module doc); None when it names neither."""
    key = fold(str(text or "")).replace(" ", "")
    if not key:
        return None
    words = [w for w in re.split(r"[^\w]+", fold(str(text))) if w]
    for word, cls in _CLASS_WORDS:
        if len(word) <= 4:  # an abbreviation: a whole word
            if word in words:
                return cls
        elif word in key:
            return cls
    return None


def normalize_status(text: object) -> str | None:
    """open, worked_on or closed from a survey's spelling; ``open`` when empty; None when unknown."""
    key = fold(str(text or "")).replace("_", " ")
    if not key:
        return "open"
    if key.replace(" ", "_") in HAZARD_STATUSES:
        return key.replace(" ", "_")
    return _STATUS_WORDS.get(key)


def made_hazard_id(polygon) -> str:
    """A stable id from a polygon (whatever its first vertex and direction)."""
    return "HZ-" + hashlib.sha1(polygon_key(polygon), usedforsecurity=False).hexdigest()[:10].upper()


@dataclass
class HazardImport:
    mapping: dict[str, str]
    why: dict[str, str]
    hazards: list[dict] = field(default_factory=list)  # HAZARD_FIELDS + "geometry" (WGS 84 Polygon)
    rejects: list[Reject] = field(default_factory=list)
    duplicates: list[Reject] = field(default_factory=list)
    conflicts: int = 0
    repaired: int = 0
    ids_made: int = 0
    rows_read: int = 0
    tally: Tally = field(default_factory=Tally)
    notes: list[str] = field(default_factory=list)

    def columns(self) -> dict[str, list]:
        return {name: [h[name] for h in self.hazards] for name in HAZARD_FIELDS}

    def geometries(self) -> list:
        return [h["geometry"] for h in self.hazards]


def import_hazards(table: SourceTable, mapping_text: str = "", known: Mapping[str, dict] | None = None
                   ) -> HazardImport:
    """Apply the module's rules to every feature of ``table``; ``known``: hazard_id -> the compared fields
    and ``geometry`` of the workspace's hazards. Raises MappingError for an unusable FIELD_MAPPING."""
    guessed, why = guess_report_columns(table.columns, None, HAZARD_ALIASES)
    mapping = resolve_report_mapping(table.columns, mapping_text, guessed, HAZARD_ALIASES)
    for target in mapping:
        if guessed.get(target) != mapping[target]:
            why[target] = tr("given in the field mapping")
    result = HazardImport(mapping, {t: why.get(t, "") for t in mapping}, rows_read=len(table))
    result.notes += table.notes
    known = dict(known or {})
    geometries = _to_wgs84(table)
    texts = {t: table.column(c) for t, c in mapping.items()}
    extra = [c for c in table.columns if c not in mapping.values()]
    polygons_seen = {polygon_key(row["geometry"]): hazard_id for hazard_id, row in known.items()
                     if row.get("geometry") is not None}
    for i in range(len(table)):
        row = int(table.source_rows[i])
        values = {t: str(column[i] or "").strip() for t, column in texts.items()}
        given_id = values.get("hazard_id", "")

        def reject(reason: str, rule: str | None = None, hazard_id: str = given_id, i=i, row=row) -> None:
            result.rejects.append(Reject(row, hazard_id, reason, table.raw[i]))
            if rule:
                result.tally.add(rule)

        if i in table.problems:
            reject(table.problems[i])
            continue
        if given_id != (str(texts["hazard_id"][i] or "") if "hazard_id" in texts else ""):
            result.tally.add("spaces")
        geometry = geometries[i]
        if geometry is None or geometry.is_empty:
            reject(tr("the feature has no geometry"), "no_geometry")
            continue
        try:
            checked = check_polygon(geometry)
        except PerimeterError as exc:
            reject(str(exc), getattr(exc, "rule", None))
            continue
        classification = normalize_classification(values.get("classification"))
        if classification is None:
            reject(tr("classification '{text}' is neither SHA (suspected) nor CHA (confirmed)").format(
                text=values.get("classification", "")) if values.get("classification") else
                tr("no classification: give SHA (suspected) or CHA (confirmed)"))
            continue
        status = normalize_status(values.get("status"))
        if status is None:
            reject(tr("status '{text}' is not one ClearGround knows (open, worked_on, closed)").format(
                text=values.get("status")))
            continue
        polygon = checked.polygon
        hazard_id = given_id or made_hazard_id(polygon)
        hazard = {"hazard_id": hazard_id, "classification": classification, "status": status,
                  "record_id": values.get("record_id") or None, "district": values.get("district") or None,
                  "evidence": values.get("evidence") or None,
                  "source": tr("{report}, row {row}").format(report=table.name, row=row),
                  "geometry": polygon}
        if hazard_id in known:
            differences = _differences(known[hazard_id], hazard)
            if differences:
                result.conflicts += 1
                reject(tr("hazard {id} is already known with another {what}: not overwritten; correct the "
                          "workspace or the survey").format(id=hazard_id, what=", ".join(differences)),
                       hazard_id=hazard_id)
            else:
                result.duplicates.append(Reject(row, hazard_id, tr("duplicate: hazard {id} is already known, "
                                                                   "unchanged").format(id=hazard_id), table.raw[i]))
            continue
        key = polygon_key(polygon)
        if key in polygons_seen:
            reject(tr("the same polygon as hazard {id}").format(id=polygons_seen[key]), "duplicate", hazard_id)
            continue
        polygons_seen[key] = hazard_id
        if checked.repaired:
            result.repaired += 1
            result.tally.add("repaired")
        if not given_id:
            result.ids_made += 1
        kept = {c: table.column(c)[i] for c in extra if str(table.column(c)[i] or "").strip()}
        hazard["raw"] = json.dumps(kept, ensure_ascii=False) if kept else None
        result.hazards.append(hazard)
        known[hazard_id] = {**{k: hazard[k] for k in COMPARED}, "geometry": shapely.normalize(polygon)}
    return result


def _differences(old: Mapping[str, object], new: Mapping[str, object]) -> list[str]:
    """What differs between a known hazard and the same hazard_id read again: field names, 'polygon'."""
    out = [name for name in COMPARED if (old.get(name) or None) != (new.get(name) or None)]
    before, after = old.get("geometry"), shapely.normalize(new["geometry"])
    if before is None or not shapely.equals_exact(shapely.normalize(before), after, SAME_VERTEX_DEG):
        out.append(tr("polygon"))
    return out


def _to_wgs84(table: SourceTable) -> list:
    """The table's geometries in WGS 84 (None where a row has none)."""
    if table.geometries is None:
        return [None] * len(table)
    crs = table.geometry_crs or coords.WGS84
    if crs.upper() in ("EPSG:4326", "WGS84"):
        return list(table.geometries)

    def project(xy: np.ndarray) -> np.ndarray:
        lon, lat = coords.to_wgs84(crs, xy[:, 0], xy[:, 1])
        return np.column_stack((lon, lat))

    return [None if g is None else shapely.transform(g, project) for g in table.geometries]
