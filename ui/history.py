"""Who changed what, and when: the audit log of some sectors or records, in words.

The rows come from the workspace itself (``WorkspaceStore.history``), never from the hidden
audit_log layer: field names become labels, codes become words, times are local.
"""

from __future__ import annotations

import datetime as dt
from typing import Sequence

from qgis.PyQt.QtCore import QDate, QDateTime, QLocale, Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import marking
from ..core.labels import field_label, value_label
from ..core.text import tr

HISTORY_COLUMN_LABELS = {"when": "When", "who": "Who", "what": "Sector or record", "field": "Field",
                         "change": "Change"}
HISTORY_COLUMNS = tuple(HISTORY_COLUMN_LABELS)
#: How the database marks a row added or deleted (PostGIS workspaces audit those too).
ADDED, DELETED = "(inserted)", "(deleted)"
#: Audit rows a person need not read: the counter of saves.
HIDDEN_FIELDS = frozenset({"version"})


def local_time(ts: dt.datetime) -> str:
    """A UTC time as the QGIS locale writes local times."""
    aware = ts if ts.tzinfo else ts.replace(tzinfo=dt.timezone.utc)
    stamp = QDateTime.fromSecsSinceEpoch(int(aware.timestamp()), Qt.TimeSpec.UTC).toLocalTime()
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


def describe(entry: marking.AuditEntry) -> tuple[str, str]:
    """(field, change) of an audit row as a person reads them: 'Status', 'Planned → In progress'."""
    if entry.field == ADDED:
        return tr("Added"), ""
    if entry.field == DELETED:
        return tr("Deleted"), ""
    if entry.field == marking.REASON_FIELD:
        was = value_label(entry.layer, "status", entry.old_value)
        return field_label(entry.field), tr("“{reason}” (it was {status})").format(reason=entry.new_value or "",
                                                                                   status=was)
    old = _value(entry.layer, entry.field, entry.old_value)
    new = _value(entry.layer, entry.field, entry.new_value)
    return field_label(entry.field), f"{old} → {new}"


def _value(layer: str, field: str, value: str | None) -> str:
    if value is None or value == "":
        return tr("(empty)")
    if field.endswith("_date"):
        try:
            day = dt.date.fromisoformat(value[:10])
        except ValueError:
            return value
        return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)
    return value_label(layer, field, value)


class HistoryView(QTableWidget):
    """The audit rows, newest first: when, who, which sector or record, which field, old → new."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, len(HISTORY_COLUMNS), parent)
        self.setHorizontalHeaderLabels([tr(HISTORY_COLUMN_LABELS[c]) for c in HISTORY_COLUMNS])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().hide()
        self.setWordWrap(True)
        header = self.horizontalHeader()
        for c in range(len(HISTORY_COLUMNS) - 1):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(HISTORY_COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)

    def show_entries(self, entries: Sequence[marking.AuditEntry]) -> None:
        """Show ``entries`` newest first; the version counter's own rows are bookkeeping and left out."""
        rows = sorted((e for e in entries if e.field not in HIDDEN_FIELDS), key=lambda e: e.ts, reverse=True)
        self.setRowCount(len(rows))
        for r, entry in enumerate(rows):
            field, change = describe(entry)
            texts = {"when": local_time(entry.ts), "who": entry.user_name or tr("unknown"),
                     "what": entry.feature_key, "field": field, "change": change}
            for c, name in enumerate(HISTORY_COLUMNS):
                item = QTableWidgetItem(texts[name])
                if name == "change":
                    item.setToolTip(change if entry.field != DELETED else (entry.old_value or ""))
                self.setItem(r, c, item)
        self.resizeRowsToContents()


class HistoryDialog(QDialog):
    """A window of the history of some sectors or records (it stays open beside the map)."""

    def __init__(self, title: str, entries: Sequence[marking.AuditEntry], note: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.view = HistoryView(self)
        self.view.show_entries(entries)
        layout.addWidget(self.view, 1)
        count = self.view.rowCount()
        text = tr("{count} change(s).").format(count=QLocale().toString(count)) if count else \
            tr("No change has been saved yet.")
        self.summary.setText(text + (" " + note if note else ""))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.resize(760, 420)
