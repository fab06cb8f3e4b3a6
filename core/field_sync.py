"""Merging a returned field package, decided in plain Python: what is merged, skipped or in conflict.

The rules, once:
- a find is new when no find of the workspace has its UUID, and it is no duplicate of one
  (core.field_finds decides both, and whether a find is valid); a duplicate or invalid find is
  skipped with its reason, so a second sync of the same package adds nothing;
- a sector change made in the field (status, status_date, depth_cm differing from the values at
  packaging time, or a cleared lane covering the sector) is applied through core.marking with the
  version the sector had when it was packaged: a sector changed at the centre since then is a
  conflict, reported with both values and never overwritten; a change the workspace already holds
  is skipped;
- every merged item is noted in the audit log with the team as its author.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Iterable, Mapping, Sequence

from . import field_finds, marking
from .field_package import EDITABLE_SECTOR_FIELDS, FINDS, LANES, SECTORS, Manifest, normalize_uuid
from .text import tr

MERGED, SKIPPED, CONFLICT = "merged", "skipped", "conflict"
#: The report's layer of photo files (a find merged without a photo it names).
PHOTOS = "photos"
OUTCOMES = (MERGED, SKIPPED, CONFLICT)
#: The pseudo-field of the audit note written for every merged item.
SYNC_FIELD = "field_sync"
#: The share of a sector a cleared lane must cover for the sector to count as cleared.
DEFAULT_MIN_OVERLAP = 0.9


@dataclass(frozen=True)
class ReportRow:
    """One row of OUTPUT_REPORT."""

    outcome: str
    layer: str
    key: str
    field: str = ""
    old_value: str | None = None
    new_value: str | None = None
    message: str = ""


@dataclass
class FindPlan:
    """The finds to append (python rows with ``lon``/``lat``) and the report rows of every find."""

    new: list[dict] = field(default_factory=list)
    report: list[ReportRow] = field(default_factory=list)


@dataclass
class SectorPlan:
    """The marking to store (one MarkResult for all sectors) and the report rows of every change."""

    result: marking.MarkResult = field(default_factory=marking.MarkResult)
    report: list[ReportRow] = field(default_factory=list)
    merged_keys: list[str] = field(default_factory=list)


def plan_finds(rows: Iterable[Mapping[str, object]], existing: Iterable[field_finds.FindLike],
               team: str, source: str) -> FindPlan:
    """Which package finds are new. ``rows``: the package's finds (``uuid``, ``lon``, ``lat`` and the
    form's fields); ``existing``: the workspace finds that could match them (core.field_finds.Known).
    Each row is checked and matched by core.field_finds (check_find, DuplicateIndex)."""
    plan = FindPlan()
    index = field_finds.DuplicateIndex.of(existing)
    for number, row in enumerate(rows, start=1):
        uuid = normalize_uuid(row.get("uuid"))
        if not uuid:
            plan.report.append(ReportRow(SKIPPED, FINDS, tr("(no uuid, row {n})").format(n=number), message=tr(
                "The find in row {n} of the package's finds ({where}) has no uuid; not merged.").format(
                    n=number, where=_where(row))))
            continue
        values = {name: _form_text(row.get(name)) for name in field_finds.FIND_TARGETS if name in row}
        values.update(uuid=uuid, find_id=uuid, team=_form_text(row.get("team")) or team)
        checked = field_finds.check_find(values, row.get("lon"), row.get("lat"))
        if isinstance(checked, field_finds.Rejected):
            plan.report.append(ReportRow(SKIPPED, FINDS, uuid, message=checked.reason))
            continue
        twin = index.match(checked)
        if twin is not None:
            plan.report.append(ReportRow(SKIPPED, FINDS, uuid, new_value=_find_text(checked.record()), message=tr(
                "Already in the workspace: {reason}.").format(reason=twin.describe())))
            continue
        index.add(checked)
        raw = json.dumps({k: _form_text(v) for k, v in row.items()}, ensure_ascii=False, sort_keys=True)
        clean = {**checked.record(), "lon": checked.lon, "lat": checked.lat, "source": source, "raw": raw,
                 "notes": checked.notes}
        plan.new.append(clean)
        plan.report.append(ReportRow(MERGED, FINDS, uuid, new_value=_find_text(clean),
                                     message=tr("New find added.")))
    return plan


def _where(row: Mapping[str, object]) -> str:
    """Where and when a package find was made, as the report names it."""
    lon, lat = row.get("lon"), row.get("lat")
    try:
        place = f"{float(lat):.6f}, {float(lon):.6f}"
    except (TypeError, ValueError):
        place = tr("no position")
    day = _form_text(row.get("found_date"))
    return place if not day else tr("{place}, found {date}").format(place=place, date=day)


def _form_text(value: object) -> str | None:
    """A form value as the find rules read it (dates ISO, numbers plain, None for no value)."""
    text = marking.as_text(value)
    return None if text is None or not text.strip() or text == "NULL" else text


def _find_text(row: Mapping[str, object]) -> str:
    parts = [marking.as_text(row.get(k)) for k in ("category", "model", "found_date")]
    return " ".join(p for p in parts if p)


def field_changes(manifest: Manifest, device: Mapping[str, Mapping[str, object]],
                  lane_cover: Mapping[str, float], lane_dates: Mapping[str, dt.date],
                  min_overlap: float = DEFAULT_MIN_OVERLAP) -> dict[str, dict[str, object]]:
    """What the team changed per sector: the editable fields whose value differs from the packaged
    one; a sector its cleared lanes cover (``lane_cover`` >= ``min_overlap``) becomes cleared on
    the lanes' date unless the form set its status."""
    changes: dict[str, dict[str, object]] = {}
    by_lanes = lanes_clear(manifest, device, lane_cover, min_overlap)
    for sector_id, packaged in manifest.sectors.items():
        values = device.get(sector_id)
        if values is None:
            continue
        changed = {name: values.get(name) for name in EDITABLE_SECTOR_FIELDS
                   if values.get(name) is not None
                   and marking.as_text(values.get(name)) != marking.as_text(packaged.values.get(name))}
        if "status" not in changed and sector_id in by_lanes:
            changed["status"] = marking.CLEARED
            changed.setdefault("status_date", lane_dates.get(sector_id))
            if changed["status_date"] is None:
                del changed["status_date"]
        if changed:
            changes[sector_id] = changed
    return changes


def lanes_clear(manifest: Manifest, device: Mapping[str, Mapping[str, object]], lane_cover: Mapping[str, float],
                min_overlap: float = DEFAULT_MIN_OVERLAP) -> dict[str, float]:
    """The sectors the cleared lanes clear (sector id -> share covered): covered to ``min_overlap``,
    not cleared when packaged, and whose status the form did not set."""
    out = {}
    for sector_id, packaged in manifest.sectors.items():
        values = device.get(sector_id)
        if values is None or lane_cover.get(sector_id, 0.0) < min_overlap:
            continue
        if packaged.values.get("status") == marking.CLEARED:
            continue
        if values.get("status") is not None and values.get("status") != packaged.values.get("status"):
            continue
        out[sector_id] = float(lane_cover[sector_id])
    return out


def plan_sectors(manifest: Manifest, changes: Mapping[str, Mapping[str, object]],
                 current: Mapping[str, Mapping[str, object]], now: dt.datetime,
                 lane_cover: Mapping[str, float] | None = None) -> SectorPlan:
    """Decide each changed sector against its current row in the workspace (see the module doc);
    ``lane_cover``: the sectors cleared by their lanes (lanes_clear), with the share the lanes cover."""
    plan = SectorPlan()
    team = manifest.team
    for sector_id in sorted(changes):
        changed = changes[sector_id]
        row = current.get(sector_id)
        if row is None:
            plan.report += [ReportRow(CONFLICT, SECTORS, sector_id, name, None, marking.as_text(value), tr(
                "The sector is no longer in the workspace; not applied.")) for name, value in changed.items()]
            continue
        if all(marking.as_text(row.get(k)) == marking.as_text(v) for k, v in changed.items()):
            plan.report += [ReportRow(SKIPPED, SECTORS, sector_id, name, marking.as_text(row.get(name)),
                                      marking.as_text(value), tr("The workspace already holds this value."))
                            for name, value in changed.items()]
            continue
        packaged = manifest.sectors[sector_id]
        if row.get("version") != packaged.version:
            message = tr("Changed at the centre since the package was made (version {old} -> {new}, by {user} "
                         "at {time}); the centre's value is kept.").format(
                old=packaged.version, new=row.get("version"), user=row.get("updated_by") or tr("unknown"),
                time=marking.as_text(row.get("updated_at")) or tr("unknown time"))
            plan.report += [ReportRow(CONFLICT, SECTORS, sector_id, name, marking.as_text(row.get(name)),
                                      marking.as_text(value), message) for name, value in changed.items()]
            continue
        change = marking.StatusChange(status=str(changed.get("status", row.get("status"))),
                                      status_date=changed.get("status_date"), depth_cm=changed.get("depth_cm"))
        problems = change.problems()
        if problems:
            plan.report += [ReportRow(SKIPPED, SECTORS, sector_id, name, marking.as_text(row.get(name)),
                                      marking.as_text(value), " ".join(problems)) for name, value in changed.items()]
            continue
        result = marking.mark([row], change, team, now, without_reason="skip")
        if result.kept_cleared:
            plan.report += [ReportRow(SKIPPED, SECTORS, sector_id, name, marking.as_text(row.get(name)),
                                      marking.as_text(value), tr(
                "Taking a cleared sector out of 'cleared' needs a reason; mark it in the dock."))
                for name, value in changed.items()]
            continue
        _add(plan.result, result)
        plan.merged_keys.append(sector_id)
        message = tr("Applied from the field.")
        if sector_id in (lane_cover or {}):
            message = tr("Covered by the team's cleared lanes ({percent:.0f}%).").format(
                percent=100 * lane_cover[sector_id])
        plan.report += [ReportRow(MERGED, SECTORS, e.feature_key, e.field, e.old_value, e.new_value, message)
                        for e in result.entries if e.field != marking.REASON_FIELD]
    return plan


def _add(total: marking.MarkResult, part: marking.MarkResult) -> None:
    total.updates.update(part.updates)
    total.read_versions.update(part.read_versions)
    total.entries += part.entries


def sync_notes(report: Sequence[ReportRow], team: str, package: str, now: dt.datetime) -> list[marking.AuditEntry]:
    """One audit note per merged find and sector: who brought it (the team) and from which package."""
    text = tr("team {team}, field package {package}").format(team=team, package=package)
    seen, notes = set(), []
    for row in report:
        if row.outcome != MERGED or (row.layer, row.key) in seen:
            continue
        seen.add((row.layer, row.key))
        notes.append(marking.AuditEntry(now, team, row.layer, row.key, SYNC_FIELD, None, text))
    return notes


def summary(report: Sequence[ReportRow]) -> dict[str, dict[str, int]]:
    """Items per layer and outcome (a sector counts once however many of its fields changed)."""
    seen: dict[tuple[str, str, str], None] = {}
    for row in report:
        seen[(row.layer, row.outcome, row.key)] = None
    counts: dict[str, dict[str, int]] = {name: dict.fromkeys(OUTCOMES, 0) for name in (FINDS, SECTORS, LANES)}
    for layer, outcome, _ in seen:
        counts.setdefault(layer, dict.fromkeys(OUTCOMES, 0))[outcome] += 1
    return counts
