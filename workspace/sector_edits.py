"""Status changes of sectors in a layer's edit buffer, as one undoable command, audited on commit.

``apply_status_change`` writes status, status_date, team, method and depth_cm to the chosen
sectors, bumps ``version`` and fills ``updated_by`` / ``updated_at``, all inside one edit command
(one Ctrl+Z undoes it). The ``AuditRecorder`` attached to the layer turns every committed attribute
change of the layer (whoever made it: this module, the attribute table, a script) into audit_log
rows, one per changed field, plus a ``reason`` row when a sector was taken out of ``cleared``.
"""

from __future__ import annotations

import datetime as dt
from typing import Iterable, Sequence

from qgis.core import QgsFeatureRequest, QgsField, QgsFields, QgsVectorLayer
from qgis.PyQt.QtCore import QDate, QDateTime, QObject, Qt, pyqtSignal

from ..compat import FIELD_DATE, FIELD_DATETIME, FIELD_DOUBLE, FIELD_INT, FIELD_TEXT, REQUEST_NO_GEOMETRY
from ..core import marking, schema
from ..core.text import tr
from . import audit

SECTORS_LAYER = marking.SECTORS_LAYER
CLEARED = marking.CLEARED
EDITABLE_FIELDS = marking.EDITABLE_FIELDS
StatusChange = marking.StatusChange
leaves_cleared = marking.leaves_cleared


class SectorEditError(ValueError):
    """A status change cannot be applied; the message says why."""


def qt_value(value: object) -> object:
    """A python value of core.marking as the value QGIS stores (QDate, QDateTime in UTC)."""
    if isinstance(value, dt.datetime):
        return _qdatetime(value)
    if isinstance(value, dt.date):
        return QDate(value.year, value.month, value.day)
    return value


_PLAIN = (str, int, float)  # values QGIS gives as they are


def python_value(value: object) -> object:
    """A QGIS attribute value as core.marking reads it (None for NULL, datetime.date for QDate)."""
    if type(value) in _PLAIN:
        return value
    if audit.is_null(value):
        return None
    if isinstance(value, QDateTime):
        return value.toUTC().toPyDateTime().replace(tzinfo=dt.timezone.utc)
    if isinstance(value, QDate):
        return value.toPyDate()
    return value


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
    before = current_values(layer, fids, list(EDITABLE_FIELDS) + ["version", "sector_id"])
    if len(before) != len(fids):
        lost = sorted(set(fids) - set(before))
        raise SectorEditError(tr("Sectors {fids} are not in the layer {layer}.").format(
            fids=", ".join(map(str, lost)), layer=layer.name()))
    saved = stored_versions(layer, fids)
    fid_of: dict[str, int] = {}
    rows = []
    for fid in fids:
        row = {k: python_value(v) for k, v in before[fid].items()}
        row["sector_id"] = key = str(fid) if row.get("sector_id") is None else str(row["sector_id"])
        row["version"] = python_value(saved.get(fid, before[fid].get("version")))
        fid_of[key] = fid
        rows.append(row)
    try:
        result = marking.mark(rows, change, user or audit.current_user(), now or audit.utc_now())
    except marking.MarkingError as exc:
        raise SectorEditError(str(exc)) from exc
    changed = [fid_of[key] for key in result.changed]
    if not changed:
        return []
    if not layer.isEditable() and not layer.startEditing():
        raise SectorEditError(tr("The layer {layer} cannot be edited.").format(layer=layer.name()))
    fields = layer.fields()
    layer.beginEditCommand(tr("Mark {count} sector(s) {status}").format(
        count=len(changed), status=change.status))
    try:
        for key, updates in result.updates.items():
            attrs = {fields.indexOf(k): qt_value(v) for k, v in updates.items()}
            if not layer.changeAttributeValues(fid_of[key], attrs):
                raise SectorEditError(tr("Sector {fid} could not be changed.").format(fid=fid_of[key]))
    except Exception:
        layer.destroyEditCommand()
        raise
    layer.endEditCommand()
    recorder = AuditRecorder.for_layer(layer)
    reason = (change.reason or "").strip()
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
        if audit.audited_by_file(self.layer):  # the file's triggers wrote the field changes with the save
            entries = [e for e in entries if e.field == audit.REASON_FIELD]
            if not entries:
                self.error = None
                self.written_rows.emit(0)
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


def _qdatetime(value: dt.datetime) -> QDateTime:
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.timezone.utc)
    return QDateTime.fromSecsSinceEpoch(int(value.timestamp()), Qt.TimeSpec.UTC)


def sector_fields() -> QgsFields:
    """The fields of the sectors layer as QgsFields, for sinks and new features."""
    types = {"text": FIELD_TEXT, "int": FIELD_INT, "real": FIELD_DOUBLE,
             "date": FIELD_DATE, "datetime": FIELD_DATETIME}
    fields = QgsFields()
    for fld in schema.layer(SECTORS_LAYER).fields:
        fields.append(QgsField(fld.name, types[fld.type]))
    return fields
