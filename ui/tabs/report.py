"""The Report tab: a date range and the districts -> the weekly PDF report of the open workspace.

The tab runs clearground:districtreport as a background task (progress bar, cancel button); the
result arrives in the message bar with a button that opens the PDF.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from qgis.core import QgsFeatureRequest
from qgis.gui import QgsFieldComboBox, QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QDate, QDateTime, QUrl, pyqtSignal
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...compat import MSG_SUCCESS, POLYGON_LAYER_FILTER, REQUEST_NO_GEOMETRY
from ...core.text import tr
from ..algorithm_task import AlgorithmRun, RunsAlgorithm
from ..context import DockContext
from ..district_picker import follow_districts, guess_districts
from ..messages import clear_ours, notify

ALGORITHM_ID = "clearground:districtreport"
#: More pages than this and the analyst is asked first.
MAX_PAGES = 100


class Tab(RunsAlgorithm, QWidget):
    """Dates, districts and an output file -> the report PDF (and an HTML summary when asked)."""

    TITLE = "Report"
    reported = pyqtSignal(str)  # the PDF written
    failed = pyqtSignal(str)

    def __init__(self, context: DockContext, parent: QWidget | None = None,
                 confirm: Callable[[str], bool] | None = None):
        super().__init__(parent)
        self.context = context
        #: Asks the analyst a yes/no question (a big or an empty report); a dialog unless given.
        self.confirm = confirm or self._ask
        self._run: AlgorithmRun | None = None
        self._started: QDateTime | None = None
        self.last_message = None
        self._build()
        context.session.changed.connect(self.use_workspace)
        self.use_workspace(context.session.workspace)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.districts_combo = QgsMapLayerComboBox(self)
        self.districts_combo.setFilters(POLYGON_LAYER_FILTER)
        self.district_field = QgsFieldComboBox(self)
        self.from_date, self.to_date = QDateEdit(self), QDateEdit(self)
        today = QDate.currentDate()
        for edit, day in ((self.from_date, today.addDays(-6)), (self.to_date, today)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(day)
        dates = QHBoxLayout()
        dates.addWidget(self.from_date)
        dates.addWidget(QLabel(tr("to"), self))
        dates.addWidget(self.to_date)
        self.period_combo = QComboBox(self)
        for label, code in ((tr("Week"), "week"), (tr("Month"), "month"), (tr("Quarter"), "quarter"),
                            (tr("Year"), "year")):
            self.period_combo.addItem(label, code)
        self.output = QgsFileWidget(self)
        self.output.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.output.setFilter(tr("PDF files (*.pdf)"))
        self.html_check = QCheckBox(tr("Also write an HTML summary beside it"), self)
        self.template = QgsFileWidget(self)
        self.template.setFilter(tr("Layout templates (*.qpt)"))
        form.addRow(tr("Districts"), self.districts_combo)
        form.addRow(tr("District name"), self.district_field)
        form.addRow(tr("Dates"), dates)
        form.addRow(tr("Table and chart by"), self.period_combo)
        form.addRow(tr("Template (optional)"), self.template)
        form.addRow(tr("PDF"), self.output)
        form.addRow("", self.html_check)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.run_button = QPushButton(tr("Report"), self)
        self.run_button.setToolTip(tr("Write the weekly report of the open workspace as a PDF"))
        self.cancel_button = QPushButton(tr("Cancel"), self)
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        row.addWidget(self.run_button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.progress, 1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.districts_combo.layerChanged.connect(self._districts_changed)
        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel)
        self.context.project.layersAdded.connect(self._layers_added)
        self._guess_districts()
        self._districts_changed(self.districts_combo.currentLayer())

    # -- defaults -----------------------------------------------------------------------------------

    def use_workspace(self, workspace) -> None:
        """Enable the button for an open workspace and name the PDF after it."""
        self.run_button.setEnabled(workspace is not None and not self.running)
        if workspace is None:
            return
        self._guess_districts()
        self._default_dates()
        path = getattr(workspace, "path", None)
        if path is not None and not self.output.filePath():
            self.output.setFilePath(str(Path(path).with_name(f"{Path(path).stem}_report.pdf")))

    def _guess_districts(self) -> None:
        guess_districts(self.districts_combo, self.context.project)

    def _default_dates(self) -> None:
        """The last week with finds (ending on the latest find's date), not the last 7 days of the calendar."""
        latest = self._latest_find()
        if latest is not None:
            self.to_date.setDate(latest)
            self.from_date.setDate(latest.addDays(-6))

    def _finds(self):
        finds = self.context.session.layer("finds")
        return finds if finds is not None and finds.fields().indexOf("found_date") >= 0 else None

    def _latest_find(self) -> QDate | None:
        """The date of the latest find (the data provider's own maximum: no reading of every find)."""
        finds = self._finds()
        latest = finds.maximumValue(finds.fields().indexOf("found_date")) if finds is not None else None
        return latest if isinstance(latest, QDate) and latest.isValid() else None

    def _has_finds(self, start: QDate, end: QDate) -> bool:
        finds = self._finds()
        if finds is None:
            return False
        request = QgsFeatureRequest().setFilterExpression(
            f"\"found_date\" >= to_date('{start.toString('yyyy-MM-dd')}') AND "
            f"\"found_date\" <= to_date('{end.toString('yyyy-MM-dd')}')")
        request.setFlags(REQUEST_NO_GEOMETRY).setNoAttributes().setLimit(1)
        return next(finds.getFeatures(request), None) is not None

    def _layers_added(self, layers) -> None:
        """A district layer added later is taken in place of the shipped boundaries (or of none)."""
        self._guess_districts()

    def _districts_changed(self, layer) -> None:
        follow_districts(self.district_field, layer)

    # -- running ------------------------------------------------------------------------------------

    def parameters(self) -> dict:
        """The algorithm's parameters from the widgets and the open workspace."""
        workspace = self.context.session.workspace
        if workspace is None:
            raise ValueError(tr("Open a workspace first."))
        districts = self.districts_combo.currentLayer()
        if districts is None:
            raise ValueError(tr("Choose a districts layer."))
        output = self.output.filePath()
        if not output:
            raise ValueError(tr("Choose where to write the PDF."))
        if not output.lower().endswith(".pdf"):
            output += ".pdf"
        if self.from_date.date() > self.to_date.date():
            raise ValueError(tr("The date range is empty: 'From' comes after 'To'."))
        params = {
            "DISTRICTS": districts.id(),
            "DISTRICT_FIELD": self.district_field.currentField() or None,
            "DATE_FROM": self.from_date.date().toString("yyyy-MM-dd"),
            "DATE_TO": self.to_date.date().toString("yyyy-MM-dd"),
            "PERIOD": self.period_combo.currentData(),
            "OUTPUT": output,
        }
        params["WORKSPACE"] = workspace.parameter_value()
        if self.template.filePath():
            params["TEMPLATE"] = self.template.filePath()
        if self.html_check.isChecked():
            params["OUTPUT_HTML"] = str(Path(output).with_suffix(".html"))
        return params

    def run(self) -> None:
        """Start the report as a background task; ``reported`` or ``failed`` tells when it ends.

        A report already being built is said, not started again; a report of more than MAX_PAGES
        pages, or of a period without finds, is built only when the analyst says so.
        """
        if self.running:
            notify(self.context.message_bar, "info", tr(
                "A report is being built (started at {time}, {percent}% done): wait for it or cancel it.").format(
                time=self._started.toString("HH:mm") if self._started else "?", percent=self.progress.value()))
            return
        params = self.checked_parameters()
        if params is None or not self._confirmed():
            return
        self._started = QDateTime.currentDateTime()
        self._run = AlgorithmRun(ALGORITHM_ID, params, self.context.project, self.progress, self.run_button,
                                 self.cancel_button)
        self._run.finished.connect(self._finished)
        self._run.start()

    def _confirmed(self) -> bool:
        districts = self.districts_combo.currentLayer()
        count = districts.featureCount() if districts is not None else 0
        if count > MAX_PAGES and not self.confirm(tr(
                "The districts layer {layer} has {count} polygons: the report makes a page for each one with "
                "data, up to {pages} pages. Build it?").format(layer=districts.name(), count=f"{count:,}",
                                                              pages=f"{count + 1:,}")):
            return False
        start, end = self.from_date.date(), self.to_date.date()
        if not self._has_finds(start, end):
            latest = self._latest_find()
            hint = tr("The latest find is of {date}.").format(date=latest.toString("yyyy-MM-dd")) if latest else \
                tr("The workspace has no dated finds.")
            if not self.confirm(tr("No finds between {start} and {end}. {hint} Build an empty report?").format(
                    start=start.toString("yyyy-MM-dd"), end=end.toString("yyyy-MM-dd"), hint=hint)):
                return False
        return True

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self, tr("Weekly report"), question)
        return answer == QMessageBox.StandardButton.Yes

    def _finished(self, ok: bool, results: dict, feedback) -> None:
        self.run_button.setEnabled(self.context.session.workspace is not None)
        if not ok or feedback.isCanceled():
            cancelled = feedback.isCanceled()
            text = tr("The report was cancelled.") if cancelled else tr("The report failed.")
            notify(self.context.message_bar, "warning" if cancelled else "error", text, feedback.textLog())
            self.failed.emit(feedback.textLog() or text)
            return
        self.progress.setValue(100)
        pdf = results["OUTPUT"]
        self.show_result(pdf, int(results.get("PAGES", 0)))
        self.reported.emit(pdf)

    def show_result(self, pdf: str, pages: int) -> None:
        """A message with a button that opens the PDF."""
        bar = self.context.message_bar
        message = bar.createMessage("ClearGround", tr("The report is ready: {name} ({pages} pages).").format(
            name=Path(pdf).name, pages=pages))
        button = QPushButton(tr("Open the PDF"), message)
        button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(pdf)))
        message.layout().addWidget(button)
        self.last_message = message
        clear_ours(bar)
        bar.pushWidget(message, MSG_SUCCESS, 0)
