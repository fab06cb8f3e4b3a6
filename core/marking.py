"""The rule for marking sectors, once: rows before + a status change -> rows after + audit entries.

Every way of marking (the Mark sectors tool's edit buffer, clearground:marksectors, a field package
merged back) applies this function and stores what it returns; none writes the rule again.

A row is a mapping with at least ``sector_id``, ``status`` and ``version`` (python values: str,
int, ``datetime.date``; None for no value). The rule:
- the change sets ``status`` and every field it gives (None leaves a field as it is);
- a sector whose values would not change is left alone (no version bump, no audit entry);
- taking a sector out of ``cleared`` needs a reason: without one it is refused (or skipped);
- a changed sector's ``version`` goes up by one from the version it was read at, with
  ``updated_by`` / ``updated_at``;
- one audit entry per changed field, plus one ``reason`` entry per sector taken out of cleared.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Iterable, Mapping, NamedTuple, Sequence

from .categories import METHODS, SECTOR_STATUSES
from .text import tr

CLEARED = "cleared"
SECTORS_LAYER = "sectors"
#: The fields a status change may set.
EDITABLE_FIELDS: tuple[str, ...] = ("status", "status_date", "team", "method", "depth_cm")
#: Fields whose change is the audit row itself (its user and time): not logged as changes.
BOOKKEEPING_FIELDS: tuple[str, ...] = ("updated_by", "updated_at")
#: The pseudo-field under which the reason for a change is logged.
REASON_FIELD = "reason"
#: The deepest clearance a sector may record, in centimetres.
MAX_DEPTH_CM = 10_000


class MarkingError(ValueError):
    """A status change that cannot be applied; the message says why."""


@dataclass(frozen=True)
class StatusChange:
    """What the analyst sets on the chosen sectors. None leaves a field unchanged."""

    status: str
    status_date: dt.date | None = None
    team: str | None = None
    method: str | None = None
    depth_cm: int | None = None
    reason: str | None = None

    def problems(self) -> list[str]:
        """What is wrong with this change (empty when it can be applied)."""
        out = []
        if self.status not in SECTOR_STATUSES:
            out.append(tr("Status must be one of: {values}.").format(values=", ".join(SECTOR_STATUSES)))
        if self.method is not None and self.method not in METHODS:
            out.append(tr("Method must be one of: {values}.").format(values=", ".join(METHODS)))
        if self.depth_cm is not None and not 0 <= int(self.depth_cm) <= MAX_DEPTH_CM:
            out.append(tr("Depth must be between 0 and 10000 cm."))
        return out

    def values(self) -> dict[str, object]:
        """The fields this change sets (python values)."""
        out: dict[str, object] = {"status": self.status}
        if self.status_date is not None:
            out["status_date"] = self.status_date
        if self.team is not None:
            out["team"] = self.team.strip() or None
        if self.method is not None:
            out["method"] = self.method
        if self.depth_cm is not None:
            out["depth_cm"] = int(self.depth_cm)
        return out


class AuditEntry(NamedTuple):
    """One row of audit_log (its fields in the layer's order)."""

    ts: dt.datetime
    user_name: str
    layer: str
    feature_key: str
    field: str
    old_value: str | None
    new_value: str | None


@dataclass
class MarkResult:
    """What marking did: the new values per changed sector, the audit entries, the sectors left alone."""

    updates: dict[str, dict[str, object]] = field(default_factory=dict)  # sector_id -> fields set
    read_versions: dict[str, int | None] = field(default_factory=dict)  # sector_id -> version it was read at
    entries: list[AuditEntry] = field(default_factory=list)
    kept_cleared: list[str] = field(default_factory=list)  # cleared sectors left alone: no reason given

    @property
    def changed(self) -> list[str]:
        return list(self.updates)


def as_text(value: object) -> str | None:
    """A value as the audit log writes it: ISO dates and times, plain numbers, None for no value."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.timezone.utc).replace(tzinfo=None)
        return value.isoformat(timespec="seconds") + "Z"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def field_changes(layer: str, feature_key: str, old: Mapping[str, object], new: Mapping[str, object],
                  user_name: str, ts: dt.datetime, skip: Sequence[str] = BOOKKEEPING_FIELDS,
                  text=as_text) -> list[AuditEntry]:
    """One entry per field of ``new`` whose text differs from ``old`` (bookkeeping fields skipped)."""
    entries = []
    for name, value in new.items():
        if name in skip:
            continue
        before, after = text(old.get(name)), text(value)
        if before != after:
            entries.append(AuditEntry(ts, user_name, layer, str(feature_key), name, before, after))
    return entries


def reason_entry(layer: str, feature_key: str, old_status: str | None, text: str, user_name: str,
                 ts: dt.datetime) -> AuditEntry:
    """The entry that records why a feature's status was changed (the old status beside it)."""
    return AuditEntry(ts, user_name, layer, str(feature_key), REASON_FIELD, old_status, text)


def leaves_cleared(statuses: Iterable[object], new_status: str) -> bool:
    """True when a sector now cleared would get another status (a reason is then required)."""
    return new_status != CLEARED and any(s == CLEARED for s in statuses)


def mark(rows: Iterable[Mapping[str, object]], change: StatusChange, user: str, now: dt.datetime,
         without_reason: str = "refuse", keep_same_status: bool = False) -> MarkResult:
    """Apply ``change`` to ``rows`` (see the module doc); ``now`` in UTC.

    ``without_reason``: what happens to cleared sectors when the change takes them out of cleared
    and gives no reason: ``"refuse"`` raises MarkingError (nothing is marked), ``"skip"`` leaves
    them as they are and lists them in ``kept_cleared``. ``keep_same_status``: leave a sector that
    already has the change's status as it is (batch marking: a sector cleared last week stays cleared
    on its own date). Raises MarkingError for an invalid change.
    """
    problems = change.problems()
    if problems:
        raise MarkingError(" ".join(problems))
    rows = list(rows)
    reason = (change.reason or "").strip()
    new_values = change.values()
    result = MarkResult()
    if without_reason == "refuse" and not reason and leaves_cleared((r.get("status") for r in rows), change.status):
        raise MarkingError(tr("Give a reason to take a sector out of 'cleared'."))
    # The change's values are the same for every row: their texts are made once. The entries are
    # those of field_changes(row, update) (the change's fields in order, then the version).
    new_texts = {k: as_text(v) for k, v in new_values.items()}
    for row in rows:
        key = str(row["sector_id"])
        status = row.get("status")
        if keep_same_status and status == change.status:
            continue
        old_texts = {k: as_text(row.get(k)) for k in new_texts}
        if old_texts == new_texts:
            continue
        if status == CLEARED and change.status != CLEARED and not reason:
            result.kept_cleared.append(key)
            continue
        version = row.get("version")
        update = dict(new_values)
        update["version"] = (0 if version is None else int(version)) + 1
        update["updated_by"] = user
        update["updated_at"] = now
        result.updates[key] = update
        result.read_versions[key] = None if version is None else int(version)
        result.entries.extend(AuditEntry(now, user, SECTORS_LAYER, key, k, old_texts[k], text)
                              for k, text in new_texts.items() if old_texts[k] != text)
        before, after = as_text(version), as_text(update["version"])
        if before != after:
            result.entries.append(AuditEntry(now, user, SECTORS_LAYER, key, "version", before, after))
        if status == CLEARED and change.status != CLEARED:
            result.entries.append(reason_entry(SECTORS_LAYER, key, CLEARED, reason, user, now))
    return result
