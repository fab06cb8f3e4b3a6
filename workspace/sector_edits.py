"""Status changes of sectors in a layer's edit buffer, as one undoable command, audited on commit.

``apply_status_change`` writes status, status_date, team, method and depth_cm to the chosen
sectors, bumps ``version`` and fills ``updated_by`` / ``updated_at``, all inside one edit command
(one Ctrl+Z undoes it). The ``AuditRecorder`` attached to the layer turns every committed attribute
change of the layer (whoever made it: this module, the attribute table, a script) into audit_log
rows, one per changed field, plus a ``reason`` row when a sector was taken out of ``cleared``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable, Sequence

from qgis.core import QgsFeatureRequest, QgsField, QgsFields, QgsVectorLayer
from qgis.PyQt.QtCore import QDate, QDateTime, QObject, Qt, pyqtSignal

from ..compat import FIELD_DATE, FIELD_DATETIME, FIELD_DOUBLE, FIELD_INT, FIELD_TEXT, REQUEST_NO_GEOMETRY
from ..core import schema
from ..core.categories import METHODS, SECTOR_STATUSES
from ..core.text import tr
from . import audit

SECTORS_LAYER = "sectors"
CLEARED = "cleared"
#: The fields a status change may set (None in a StatusChange leaves the field as it is).
EDITABLE_FIELDS: tuple[str, ...] = ("status", "status_date", "team", "method", "depth_cm")


class SectorEditError(ValueError):
    """A status change cannot be applied; the message says why."""


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
        if self.depth_cm is not None and not 0 <= int(self.depth_cm) <= 10_000:
            out.append(tr("Depth must be between 0 and 10000 cm."))
        return out

    def values(self) -> dict[str, object]:
        """The fields this change sets, as QGIS values."""
        out: dict[str, object] = {"status": self.status}
        if self.status_date is not None:
            out["status_date"] = QDate(self.status_date.year, self.status_date.month, self.status_date.day)
        if self.team is not None:
            out["team"] = self.team.strip() or None
        if self.method is not None:
            out["method"] = self.method
        if self.depth_cm is not None:
            out["depth_cm"] = int(self.depth_cm)
        return out


def leaves_cleared(statuses: Iterable[object], new_status: str) -> bool:
    """True when a sector now cleared would get another status (a reason is then required)."""
    return new_status != CLEARED and any(s == CLEARED for s in statuses)


def current_values(layer: QgsVectorLayer, fids: Sequence[int], names: Sequence[str]) -> dict[int, dict[str, object]]:
    """{fid: {field: value}} of the given features as the layer shows them (edit buffer included)."""
    request = QgsFeatureRequest().setFilterFids(list(fids)).setFlags(REQUEST_NO_GEOMETRY)
    request.setSubsetOfAttributes([n for n in names if layer.fields().indexOf(n) >= 0], layer.fields())
    return {f.id(): {n: f[n] for n in names if layer.fields().indexOf(n) >= 0} for f in layer.getFeatures(request)}


def stored_versions(layer: QgsVectorLayer, fids: Sequence[int]) -> dict[int, object]:
    """{fid: version} as saved in the data source, ignoring the edit buffer.

    A save bumps ``version`` once, however often a sector was marked before it: the version written
    is always the stored one plus one, which is what the database's optimistic lock expects.
    """
    request = QgsFeatureRequest().setFilterFids([f for f in fids if f >= 0]).setFlags(REQUEST_NO_GEOMETRY)
    request.setSubsetOfAttributes(["version"], layer.fields())
    return {f.id(): f["version"] for f in layer.dataProvider().getFeatures(request)}


def apply_status_change(
    layer: QgsVectorLayer,
    fids: Iterable[int],
    change: StatusChange,
    user: str | None = None,
    now: dt.datetime | None = None,
) -> list[int]:
    """Apply ``change`` to the sectors ``fids`` as one edit command; the fids that changed.

    Starts editing the layer when it is not in edit mode; nothing is saved until the layer's edits
    are committed (which writes the audit rows). Raises SectorEditError, changing nothing, when the
    change is invalid or takes a cleared sector out of ``cleared`` without a reason.
    """
    fids = sorted(set(int(f) for f in fids))
    problems = change.problems()
    missing = [n for n in EDITABLE_FIELDS + ("version", "updated_by", "updated_at") if layer.fields().indexOf(n) < 0]
    if missing:
        problems.append(tr("The layer {layer} lacks the field(s) {fields}.").format(
            layer=layer.name(), fields=", ".join(missing)))
    if problems:
        raise SectorEditError(" ".join(problems))
    if not fids:
        return []
    new_values = change.values()
    before = current_values(layer, fids, list(EDITABLE_FIELDS) + ["version", "sector_id"])
    if len(before) != len(fids):
        lost = sorted(set(fids) - set(before))
        raise SectorEditError(tr("Sectors {fids} are not in the layer {layer}.").format(
            fids=", ".join(map(str, lost)), layer=layer.name()))
    reason = (change.reason or "").strip()
    if leaves_cleared((v["status"] for v in before.values()), change.status) and not reason:
        raise SectorEditError(tr("Give a reason to take a sector out of 'cleared'."))

    changed = [fid for fid in fids if any(not _same(before[fid].get(k), v) for k, v in new_values.items())]
    if not changed:
        return []
    if not layer.isEditable() and not layer.startEditing():
        raise SectorEditError(tr("The layer {layer} cannot be edited.").format(layer=layer.name()))
    stamp = _qdatetime(now or audit.utc_now())
    user = user or audit.current_user()
    fields = layer.fields()
    saved = stored_versions(layer, changed)
    layer.beginEditCommand(tr("Mark {count} sector(s) {status}").format(count=len(changed), status=change.status))
    try:
        for fid in changed:
            version = saved.get(fid, before[fid].get("version"))
            updates = dict(new_values)
            updates["version"] = (0 if audit.is_null(version) else int(version)) + 1
            updates["updated_by"] = user
            updates["updated_at"] = stamp
            attrs = {fields.indexOf(k): v for k, v in updates.items()}
            if not layer.changeAttributeValues(fid, attrs):
                raise SectorEditError(tr("Sector {fid} could not be changed.").format(fid=fid))
    except Exception:
        layer.destroyEditCommand()
        raise
    layer.endEditCommand()
    recorder = AuditRecorder.for_layer(layer)
    if reason:
        recorder.note_reason([fid for fid in changed if before[fid]["status"] == CLEARED], reason)
    return changed


class AuditRecorder(QObject):
    """Writes audit_log rows for the committed attribute changes of one layer (a child of it)."""

    OBJECT_NAME = "clearground_audit_recorder"
    #: (number of audit rows written) after a commit
    written_rows = pyqtSignal(int)
    #: (message) when audit rows could not be written
    failed = pyqtSignal(str)

    def __init__(self, layer: QgsVectorLayer, target: QgsVectorLayer | None = None, layer_name: str = SECTORS_LAYER):
        super().__init__(layer)
        self.setObjectName(self.OBJECT_NAME)
        self.target = target
        self.layer_name = layer_name
        self.key_field = "sector_id"
        self.reasons: dict[int, str] = {}
        self.pending: list[audit.AuditEntry] = []
        self.written = 0
        self.error: str | None = None
        layer.beforeCommitChanges.connect(self._capture)
        layer.afterCommitChanges.connect(self._flush)
        layer.afterRollBack.connect(self._forget)

    @property
    def layer(self) -> QgsVectorLayer:
        """The layer whose edits are audited (the recorder's parent: no reference of its own)."""
        return self.parent()

    @classmethod
    def for_layer(cls, layer: QgsVectorLayer, target: QgsVectorLayer | None = None) -> AuditRecorder:
        """The recorder of ``layer``, created on first use (its target: the workspace's audit_log)."""
        for child in layer.children():
            if isinstance(child, cls) and child.objectName() == cls.OBJECT_NAME:
                if target is not None:
                    child.target = target
                return child
        return cls(layer, target)

    def note_reason(self, fids: Iterable[int], reason: str) -> None:
        """Remember why these sectors leave 'cleared'; logged if the change is still there on commit."""
        for fid in fids:
            self.reasons[int(fid)] = reason

    def entries(self) -> list[audit.AuditEntry]:
        """The audit entries of the layer's uncommitted attribute changes."""
        buffer = self.layer.editBuffer()
        if buffer is None:
            return []
        changed = buffer.changedAttributeValues()
        fids = [fid for fid in changed.keys() if fid >= 0]
        if not fids:
            return []
        fields = self.layer.fields()
        provider = self.layer.dataProvider()
        request = QgsFeatureRequest().setFilterFids(fids).setFlags(REQUEST_NO_GEOMETRY)
        old_features = {f.id(): f for f in provider.getFeatures(request)}
        user, ts = audit.current_user(), audit.utc_now()
        entries: list[audit.AuditEntry] = []
        for fid in sorted(fids):
            old_feature = old_features.get(fid)
            if old_feature is None:
                continue
            old = {fields.at(i).name(): old_feature.attribute(fields.at(i).name()) for i in range(fields.count())}
            new = {fields.at(i).name(): v for i, v in changed[fid].items() if 0 <= i < fields.count()}
            key_new = new.get(self.key_field)
            key = old.get(self.key_field) if key_new is None or audit.is_null(key_new) else key_new
            key = str(fid) if audit.is_null(key) else str(key)
            rows = audit.changes(self.layer_name, key, old, new, user, ts)
            entries.extend(rows)
            if fid in self.reasons and old.get("status") == CLEARED and new.get("status", CLEARED) != CLEARED:
                entries.append(audit.reason(self.layer_name, key, CLEARED, self.reasons[fid], user, ts))
        return entries

    # -- layer signals -------------------------------------------------------------------------
    def _capture(self, *args) -> None:
        try:
            self.pending = self.entries()
        except Exception as exc:  # noqa: BLE001 - an error in a Qt slot would end QGIS
            self.pending = []
            self.error = tr("The audit rows of {layer} could not be prepared: {error}").format(
                layer=self.layer.name(), error=exc)
            self.failed.emit(self.error)

    def _flush(self) -> None:
        try:
            self._write_pending()
        except Exception as exc:  # noqa: BLE001 - an error in a Qt slot would end QGIS
            self.error = str(exc)
            self.failed.emit(self.error)

    def _write_pending(self) -> None:
        entries, self.pending = self.pending, []
        self.reasons.clear()
        if not entries:
            return
        if self.layer.providerType() == "postgres":
            self._write_through_database(entries)
            return
        target = self.target or audit.audit_layer_for(self.layer)
        if target is None:
            self.error = tr("No audit_log beside {layer}: {count} audit rows were not written.").format(
                layer=self.layer.name(), count=len(entries))
            self.failed.emit(self.error)
            return
        try:
            count = audit.write(target, entries)
        except audit.AuditError as exc:
            self.error = str(exc)
            self.failed.emit(self.error)
            return
        self.written += count
        self.error = None
        self.written_rows.emit(count)

    def _write_through_database(self, entries: list[audit.AuditEntry]) -> None:
        """PostGIS: the database's trigger audits every change; only the reasons are ours to add."""
        from . import postgis

        notes = [e for e in entries if e.field == audit.REASON_FIELD]
        for entry in notes:
            postgis.note_through_layer(self.layer, entry.layer, entry.feature_key, entry.field,
                                       entry.old_value, entry.new_value)
        self.written += len(notes)
        self.error = None
        self.written_rows.emit(len(notes))

    def _forget(self) -> None:
        self.pending = []
        self.reasons.clear()


def _same(a: object, b: object) -> bool:
    return audit.as_text(a) == audit.as_text(b)


def _qdatetime(value: dt.datetime) -> QDateTime:
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.timezone.utc)
    return QDateTime.fromSecsSinceEpoch(int(value.timestamp()), Qt.TimeSpec.UTC)


def sector_fields() -> QgsFields:
    """The fields of the sectors layer (schema v1) as QgsFields, for sinks and new features."""
    types = {"text": FIELD_TEXT, "int": FIELD_INT, "real": FIELD_DOUBLE,
             "date": FIELD_DATE, "datetime": FIELD_DATETIME}
    fields = QgsFields()
    for fld in schema.layer(SECTORS_LAYER).fields:
        fields.append(QgsField(fld.name, types[fld.type]))
    return fields
