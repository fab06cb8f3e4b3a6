"""The audit log: one row per changed field of a feature, who changed it and when.

This module is the one implementation of audit rows: the Mark sectors tool (through
sector_edits), clearground:marksectors and any other storage write the same rows with it.
"""

from __future__ import annotations

import datetime as dt
import getpass
import os
from typing import Iterable, Mapping, Sequence

from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime, QVariant

from ..compat import FIELD_DATETIME, FIELD_TEXT
from ..core import marking, schema
from .store import AUDIT_LAYER

BOOKKEEPING_FIELDS = marking.BOOKKEEPING_FIELDS
REASON_FIELD = marking.REASON_FIELD
AuditEntry = marking.AuditEntry


class AuditError(RuntimeError):
    """Audit rows could not be written; the message says where."""


def current_user() -> str:
    """The user's name for updated_by and the audit log: QGIS's user name, else the OS login."""
    for name in (QgsApplication.userLoginName(), QgsApplication.userFullName()):
        if name:
            return str(name)
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name on this system
        return "unknown"


def utc_now() -> dt.datetime:
    """The current time in UTC, to the second."""
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


def is_null(value: object) -> bool:
    """True for None, QVariant NULL and null Qt dates."""
    if value is None:
        return True
    if isinstance(value, QVariant):
        return value.isNull()
    if isinstance(value, (QDate, QDateTime, QTime)):
        return value.isNull()
    return False


def as_text(value: object) -> str | None:
    """A field value as the audit log writes it: ISO dates, plain numbers, None for NULL (Qt values too)."""
    if is_null(value):
        return None
    if isinstance(value, QDateTime):
        return value.toString(Qt.DateFormat.ISODate)
    if isinstance(value, QDate):
        return value.toString(Qt.DateFormat.ISODate)
    return marking.as_text(value)


def changes(
    layer: str,
    feature_key: str,
    old: Mapping[str, object],
    new: Mapping[str, object],
    user_name: str | None = None,
    ts: dt.datetime | None = None,
    skip: Sequence[str] = BOOKKEEPING_FIELDS,
) -> list[AuditEntry]:
    """One entry per field of ``new`` whose text differs from ``old`` (bookkeeping fields skipped)."""
    return marking.field_changes(layer, feature_key, old, new, user_name or current_user(), ts or utc_now(),
                                 skip, text=as_text)


def reason(
    layer: str, feature_key: str, old_status: str | None, text: str,
    user_name: str | None = None, ts: dt.datetime | None = None,
) -> AuditEntry:
    """The entry that records why a feature's status was changed (the old status beside it)."""
    return marking.reason_entry(layer, feature_key, as_text(old_status), text, user_name or current_user(),
                                ts or utc_now())


def audit_fields() -> QgsFields:
    """The fields of audit_log, as the schema describes them."""
    fields = QgsFields()
    for fld in schema.layer(AUDIT_LAYER).fields:
        fields.append(QgsField(fld.name, FIELD_DATETIME if fld.type == "datetime" else FIELD_TEXT))
    return fields


def _stamp(ts: dt.datetime) -> QDateTime:
    ts = ts if ts.tzinfo else ts.replace(tzinfo=dt.timezone.utc)
    return QDateTime.fromSecsSinceEpoch(int(ts.timestamp()), Qt.TimeSpec.UTC)


def to_features(entries: Iterable[AuditEntry], fields: QgsFields) -> list[QgsFeature]:
    """audit_log features (no geometry) for ``fields`` (audit_fields() or the layer's own)."""
    names = AuditEntry._fields
    count = fields.count()
    slots = [(k, fields.indexOf(name)) for k, name in enumerate(names) if fields.indexOf(name) >= 0]
    in_order = count == len(names) and all(k == idx for k, idx in slots)
    stamps: dict[dt.datetime, QDateTime] = {}  # a run's entries share one time: converted once
    features = []
    for entry in entries:
        stamp = stamps.get(entry.ts)
        if stamp is None:
            stamp = stamps[entry.ts] = _stamp(entry.ts)
        if in_order:
            attributes = [stamp, *entry[1:]]
        else:
            attributes = [None] * count
            for k, idx in slots:
                attributes[idx] = stamp if k == 0 else entry[k]
        feature = QgsFeature()
        feature.setAttributes(attributes)
        features.append(feature)
    return features


def write(target: QgsVectorLayer | QgsFeatureSink, entries: Iterable[AuditEntry]) -> int:
    """Append entries to an audit_log layer (straight to its provider) or to a sink; the count."""
    entries = list(entries)
    if not entries:
        return 0
    if isinstance(target, QgsVectorLayer):
        features = to_features(entries, target.fields())
        ok, _ = target.dataProvider().addFeatures(features)
        if not ok:
            errors = "; ".join(target.dataProvider().errors()[-3:])
            raise AuditError(f"{len(features)} audit rows could not be written to {target.source()}: {errors}")
        target.updateExtents()
        target.triggerRepaint()
        return len(features)
    features = to_features(entries, audit_fields())
    if not target.addFeatures(features, QgsFeatureSink.Flag.FastInsert):
        raise AuditError(f"{len(features)} audit rows could not be written to the audit output.")
    return len(features)


def audit_layer_for(layer: QgsVectorLayer) -> QgsVectorLayer | None:
    """The audit_log layer of the GeoPackage that holds ``layer``, or None if it has none."""
    if layer.providerType() != "ogr":
        return None
    path = layer.source().split("|", 1)[0]
    if not path.lower().endswith(".gpkg"):
        return None
    audit = QgsVectorLayer(f"{path}|layername={AUDIT_LAYER}", AUDIT_LAYER, "ogr")
    if not audit.isValid() or audit.fields().indexOf("feature_key") < 0:
        return None
    return audit


def audited_by_file(layer: QgsVectorLayer) -> bool:
    """Whether the GeoPackage holding ``layer`` audits its sector changes itself (its triggers)."""
    if layer.providerType() != "ogr":
        return False
    path = layer.source().split("|", 1)[0]
    if not path.lower().endswith(".gpkg") or not os.path.isfile(path):
        return False
    from .gpkg_store import has_rules

    return has_rules(path)
