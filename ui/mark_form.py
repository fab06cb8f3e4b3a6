"""The small form of the Mark sectors tool: status, date, team, method, depth (and a reason)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from qgis.PyQt.QtCore import QDate
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.categories import METHODS, SECTOR_STATUSES
from ..core.labels import METHOD_LABELS, SECTOR_STATUS_LABELS
from ..core.text import tr
from ..workspace.sector_edits import CLEARED, StatusChange, leaves_cleared


@dataclass
class MarkRequest:
    """What the form is asked about: how many sectors, and their current statuses."""

    count: int
    statuses: list = field(default_factory=list)

    def needs_reason(self, status: str) -> bool:
        return leaves_cleared(self.statuses, status)


class MarkSectorsForm(QDialog):
    """Sets status, date (today by default), team, method and depth of the chosen sectors."""

    def __init__(self, request: MarkRequest, parent: QWidget | None = None, initial: StatusChange | None = None):
        super().__init__(parent)
        self.request = request
        self.setWindowTitle(tr("Mark sectors"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("{count} sector(s) chosen.").format(count=request.count), self))

        form = QFormLayout()
        self.status = QComboBox(self)
        for code in SECTOR_STATUSES:
            self.status.addItem(tr(SECTOR_STATUS_LABELS.get(code, code)), code)
        self.date = QDateEdit(QDate.currentDate(), self)
        self.date.setCalendarPopup(True)
        self.team = QLineEdit(self)
        self.team.setPlaceholderText(tr("unchanged"))
        self.method = QComboBox(self)
        self.method.addItem(tr("unchanged"), None)
        for code in METHODS:
            self.method.addItem(tr(METHOD_LABELS.get(code, code)), code)
        self.depth = QSpinBox(self)
        self.depth.setRange(-1, 10_000)
        self.depth.setSpecialValueText(tr("unchanged"))
        self.depth.setSuffix(" cm")
        self.depth.setValue(-1)
        self.reason_label = QLabel(tr("Reason (the sector leaves 'cleared')"), self)
        self.reason = QPlainTextEdit(self)
        self.reason.setMaximumHeight(70)
        form.addRow(tr("Status"), self.status)
        form.addRow(tr("Date"), self.date)
        form.addRow(tr("Team"), self.team)
        form.addRow(tr("Method"), self.method)
        form.addRow(tr("Depth"), self.depth)
        form.addRow(self.reason_label, self.reason)
        layout.addLayout(form)

        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #B00000")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.status.currentIndexChanged.connect(self._update_reason)
        self._set(initial or StatusChange(CLEARED))
        self._update_reason()

    def set_status(self, status: str) -> None:
        self.status.setCurrentIndex(self.status.findData(status))

    def set_method(self, method: str | None) -> None:
        self.method.setCurrentIndex(max(self.method.findData(method), 0))

    def change(self) -> StatusChange:
        """The values of the form."""
        d = self.date.date()
        team = self.team.text().strip()
        depth = self.depth.value()
        reason = self.reason.toPlainText().strip()
        return StatusChange(
            status=self.status.currentData(),
            status_date=dt.date(d.year(), d.month(), d.day()),
            team=team or None,
            method=self.method.currentData(),
            depth_cm=None if depth < 0 else depth,
            reason=reason or None,
        )

    def needs_reason(self) -> bool:
        return self.request.needs_reason(self.status.currentData())

    def accept(self) -> None:
        change = self.change()
        problems = change.problems()
        if self.needs_reason() and not change.reason:
            problems.append(tr("Say why a cleared sector is taken out of 'cleared'."))
        if problems:
            self.problem.setText("\n".join(problems))
            self.problem.show()
            self.reason.setFocus()
            return
        super().accept()

    def _set(self, change: StatusChange) -> None:
        self.set_status(change.status)
        if change.status_date is not None:
            self.date.setDate(QDate(change.status_date.year, change.status_date.month, change.status_date.day))
        self.team.setText(change.team or "")
        self.set_method(change.method)
        self.depth.setValue(-1 if change.depth_cm is None else int(change.depth_cm))

    def _update_reason(self, *args) -> None:
        needed = self.needs_reason()
        self.reason_label.setVisible(needed)
        self.reason.setVisible(needed)
        if not needed:
            self.problem.hide()


def ask_status_change(request: MarkRequest, parent: QWidget | None = None) -> StatusChange | None:
    """Show the form (modal); the change, or None when the analyst cancels."""
    form = MarkSectorsForm(request, parent, initial=_last_change)
    if form.exec() != QDialog.DialogCode.Accepted:
        return None
    remember(form.change())
    return form.change()


_last_change: StatusChange | None = None


def remember(change: StatusChange) -> None:
    """Keep the team, method and depth for the next form (the status and date start fresh)."""
    global _last_change
    _last_change = StatusChange(CLEARED, None, change.team, change.method, change.depth_cm)
