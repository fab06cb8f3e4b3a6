"""The import dialog: choose a mine-map file, check the guessed field mapping, see the records and the
rejected rows before anything is written. The import itself is clearground:importminemap, run by the
Records tab with the parameters this dialog gives (``parameters()``)."""

from __future__ import annotations

from qgis.core import QgsCoordinateReferenceSystem
from qgis.gui import QgsFileWidget, QgsProjectionSelectionWidget
from qgis.PyQt.QtCore import QLocale, Qt, QTimer
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.angles import UNITS
from ..core.columns import ColumnGuess, guess_columns
from ..core.errors import CoordError
from ..core.fieldmap import TARGETS, format_mapping
from ..core.labels import TARGET_LABELS, UNIT_LABELS, value_label
from ..core.minemap import ImportOptions, ImportResult, MineMapError, import_rows, mostly_polygons
from ..core.text import tr
from ..core.traverse import Settings
from ..workspace.sources import SourceError, read_source

#: The preview reads at most this many rows (the import reads them all).
PREVIEW_ROWS = 50_000
#: The columns are judged on at most this many rows when a file is chosen.
GUESS_ROWS = 2_000
RECORD_COLUMN_LABELS = {
    "record_id": "Record", "district": "District", "recorded_ap": "AP", "recorded_at": "AT",
    "mines": "Mines", "record_type": "Type", "notes": "Notes",
}
REJECT_COLUMN_LABELS = {"source_row": "Row", "record_id": "Record", "reason": "Reason", "raw": "Text in the file"}
#: Pixels of the preview given to a rejected row's own text (all of it is in the details below).
RAW_WIDTH = 220


class ImportDialog(QDialog):
    """Choose, map and preview a mine map. Accepting it means: import with ``parameters()``."""

    def __init__(self, existing_record_ids: frozenset = frozenset(), parent: QWidget | None = None,
                 crs: str = "EPSG:4326"):
        super().__init__(parent)
        self.setWindowTitle(tr("Import mine map"))
        self.existing_record_ids = existing_record_ids
        self.columns: list[str] = []
        self.result: ImportResult | None = None
        self.guess: ColumnGuess | None = None
        #: Targets whose competing columns the user has not chosen between yet.
        self.open_questions: set[str] = set()
        self._build(crs)

    # -- widgets ---------------------------------------------------------------------------------
    def _build(self, crs: str) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.file_widget = QgsFileWidget(self)
        self.file_widget.setFilter(tr("Mine maps (*.csv *.txt *.xlsx *.gpkg *.shp *.geojson *.json *.kml *.kmz);;"
                                      "All files (*)"))
        self.file_widget.fileChanged.connect(self._file_changed)
        self.crs_widget = QgsProjectionSelectionWidget(self)
        self.crs_widget.setCrs(QgsCoordinateReferenceSystem(crs))
        self.unit = QComboBox(self)
        for code in UNITS:
            self.unit.addItem(tr(UNIT_LABELS[code]), code)
        self.declination = QDoubleSpinBox(self)
        self.declination.setRange(-180.0, 180.0)
        self.declination.setDecimals(2)
        self.declination.setSuffix("°")
        self.declination.setToolTip(tr("Magnetic declination, degrees east, for rows that give none"))
        form.addRow(tr("File"), self.file_widget)
        form.addRow(tr("CRS of bare coordinates"), self.crs_widget)
        form.addRow(tr("Default angle unit"), self.unit)
        form.addRow(tr("Magnetic declination"), self.declination)
        layout.addLayout(form)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.mapping_table = QTableWidget(0, 3, splitter)
        self.mapping_table.setHorizontalHeaderLabels([tr("Field"), tr("Column in the file"),
                                                      tr("Why, and values in the file")])
        header = self.mapping_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.mapping_table.verticalHeader().hide()
        self.combos: dict[str, QComboBox] = {}
        self.mapping_table.setRowCount(len(TARGETS))
        for row, target in enumerate(TARGETS):
            # the word for the analyst; the code (what FIELD_MAPPING and batch files say) behind it
            item = QTableWidgetItem(tr(TARGET_LABELS[target]) if target in TARGET_LABELS else target)
            item.setToolTip(tr("In a field mapping: {code}").format(code=target))
            item.setData(Qt.ItemDataRole.UserRole, target)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.mapping_table.setItem(row, 0, item)
            combo = QComboBox(self.mapping_table)
            combo.addItem("", "")
            self.mapping_table.setCellWidget(row, 1, combo)
            self.combos[target] = combo
            why = QTableWidgetItem("")
            why.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.mapping_table.setItem(row, 2, why)

        self.question = QLabel(self)
        self.question.setWordWrap(True)
        self.question.setStyleSheet("color: #b35900;")
        self.question.hide()
        layout.addWidget(self.question)

        self.preview_tabs = QTabWidget(splitter)
        self.records_table = _table(self.preview_tabs, RECORD_COLUMN_LABELS, stretch="notes")
        self.rejects_table = _table(self.preview_tabs, REJECT_COLUMN_LABELS, stretch="reason")
        # the reasons wrap, whole; the file's own text is evidence, not the point: one line of a fixed width,
        # whole in the details
        raw = list(REJECT_COLUMN_LABELS).index("raw")
        self.rejects_table.setWordWrap(True)
        self.rejects_table.setColumnWidth(raw, RAW_WIDTH)
        self._one_line = OneLineDelegate(self.rejects_table)
        self.rejects_table.setItemDelegateForColumn(raw, self._one_line)
        # rows are measured again once a width change has been laid out (Qt measures with the old width else)
        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.setInterval(0)
        self._rows_timer.timeout.connect(self.rejects_table.resizeRowsToContents)
        self.rejects_table.horizontalHeader().sectionResized.connect(lambda *_: self._rows_timer.start())
        self.preview_tabs.addTab(self.records_table, tr("Records"))
        self.preview_tabs.addTab(self.rejects_table, tr("Errors"))
        #: the whole text of the row chosen in the preview (reason and the file's text, or the record's notes)
        self.details = QPlainTextEdit(splitter)
        self.details.setReadOnly(True)
        self.details.setPlaceholderText(tr("Choose a row to read it whole."))
        self.details.setMaximumHeight(self.details.fontMetrics().lineSpacing() * 6)
        self.rejects_table.itemSelectionChanged.connect(self._show_details)
        self.records_table.itemSelectionChanged.connect(self._show_details)
        self.preview_tabs.currentChanged.connect(lambda _i: self._show_details())
        layout.addWidget(splitter, 1)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        buttons = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        self.buttons = QDialogButtonBox(buttons, self)
        self.preview_button = QPushButton(tr("Preview"), self)
        self.buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(tr("Import"))
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.preview_button.clicked.connect(lambda: self.preview())
        self.unit.currentIndexChanged.connect(lambda _i: self._stale())
        self.declination.valueChanged.connect(lambda _v: self._stale())
        self.crs_widget.crsChanged.connect(lambda _c: self._stale())
        layout.addWidget(self.buttons)
        self.resize(900, 700)

    # -- the file and its mapping ----------------------------------------------------------------
    @property
    def path(self) -> str:
        return self.file_widget.filePath()

    def set_path(self, path: str) -> None:
        """Choose ``path`` (as the file widget does): guess the mapping and preview."""
        self.file_widget.setFilePath(str(path))

    def _file_changed(self, path: str) -> None:
        self.columns = []
        self.result = None
        self.guess = None
        self.open_questions = set()
        if not path:
            self._stale()
            return
        try:
            table = read_source(path, max_rows=GUESS_ROWS)
        except SourceError as exc:
            self._show_error(str(exc))
            return
        self.columns = list(table.columns)
        self.guess = guess_columns(self.columns, table.data, polygons=mostly_polygons(table))
        guessed = self.guess.mapping
        for target, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem("", "")
            for column in self.columns:
                combo.addItem(column, column)
            combo.setCurrentIndex(max(combo.findData(guessed.get(target, "")), 0))
            combo.blockSignals(False)
            combo.currentIndexChanged.connect(lambda _i, target=target: self._mapping_changed(target))
        self.open_questions = {c.target for c in self.guess.competitions}
        self._show_guesses()
        self.preview()

    def why(self, target: str) -> str:
        """What the dialog shows beside a field: why its column was taken, and sample values."""
        return self.mapping_table.item(TARGETS.index(target), 2).text()

    def _show_guesses(self) -> None:
        guesses = self.guess.guesses if self.guess is not None else {}
        samples = self.guess.samples if self.guess is not None else {}
        mapping = self.mapping()
        for row, target in enumerate(TARGETS):
            column = mapping.get(target)
            guess = guesses.get(target)
            if column is None:
                text = ""
            elif guess is not None and guess.column == column:
                text = tr("{why}; e.g. {samples}").format(why=guess.why, samples=", ".join(guess.samples[:4]) or "-")
            else:
                text = tr("chosen by you; e.g. {samples}").format(samples=", ".join(samples.get(column, ())[:4]) or "-")
            item = self.mapping_table.item(row, 2)
            item.setText(text)
            item.setToolTip(text)
        lines = []
        if self.guess is not None:
            lines += [tr("'{column}' is named like {target}, but {why}").format(column=c, target=t, why=why)
                      for t, c, why in self.guess.overruled]
            lines += [tr("Which column is {target}? {question}").format(target=c.target, question=c.describe())
                      for c in self.guess.competitions if c.target in self.open_questions]
        self.question.setText("\n".join(lines))
        self.question.setVisible(bool(lines))

    def _mapping_changed(self, target: str) -> None:
        self.open_questions.discard(target)  # the user chose
        self._show_guesses()
        self._stale()

    def answer(self, target: str, column: str) -> None:
        """Answer the dialog's question about ``target`` (or change its column): ``column`` it is."""
        self.set_mapping(target, column)
        self.open_questions.discard(target)
        self._show_guesses()

    def mapping(self) -> dict[str, str]:
        """The mapping as shown: {target: column}."""
        return {t: c.currentData() for t, c in self.combos.items() if c.currentData()}

    def set_mapping(self, target: str, column: str) -> None:
        combo = self.combos[target]
        combo.setCurrentIndex(max(combo.findData(column), 0))

    def mapping_text(self) -> str:
        """The mapping as FIELD_MAPPING text; a guessed target the user cleared is written as "target="."""
        mapping = self.mapping()
        text = format_mapping(mapping)
        cleared = [t for t in (self.guess.mapping if self.guess is not None else {}) if t not in mapping]
        return ";".join([text] * bool(text) + [f"{t}=" for t in cleared])

    def parameters(self) -> dict:
        """The clearground:importminemap parameters of the dialog's choices (outputs not included)."""
        crs = self.crs_widget.crs()
        return {
            "INPUT": self.path,
            "CRS": crs.authid() if crs.isValid() else "EPSG:4326",
            "DEFAULT_UNIT": self.unit.currentData(),
            "DECLINATION": self.declination.value(),
            "FIELD_MAPPING": self.mapping_text(),
        }

    # -- preview ---------------------------------------------------------------------------------
    def preview(self) -> ImportResult | None:
        """Parse the file (at most PREVIEW_ROWS rows) with the current choices, nothing written."""
        self.result = None
        self.import_button.setEnabled(False)
        if not self.path:
            return None
        try:
            table = read_source(self.path, max_rows=PREVIEW_ROWS)
            crs = self.crs_widget.crs()
            options = ImportOptions(
                settings=Settings(crs=crs.authid() if crs.isValid() else "EPSG:4326",
                                  default_unit=self.unit.currentData(), declination_deg=self.declination.value()),
                mapping_text=self.mapping_text(), existing_record_ids=self.existing_record_ids)
            result = import_rows(table, options)
        except (SourceError, MineMapError, CoordError) as exc:
            self._show_error(str(exc))
            return None
        self.result = result
        self._fill(result, truncated=len(table) >= PREVIEW_ROWS)
        # a question about competing columns is answered before anything is imported
        self.import_button.setEnabled(result.rows_imported > 0 and not self.open_questions)
        return result

    def _show_details(self) -> None:
        """The chosen row of the shown preview table, whole: an error's reason and text, a record's notes."""
        table = self.preview_tabs.currentWidget()
        rows = table.selectionModel().selectedRows() if table is not None and table.selectionModel() else []
        if not rows or self.result is None:
            self.details.clear()
            return
        row = rows[0].row()
        if table is self.rejects_table and row < len(self.result.rejects):
            reject = self.result.rejects[row]
            lines = [tr("Row {row}").format(row=reject.source_row) + (f" · {reject.record_id}" if reject.record_id
                                                                      else ""),
                     tr("Why it was rejected: {reason}").format(reason=reject.reason),
                     tr("Text in the file: {text}").format(text=reject.raw)]
        elif table is self.records_table and row < len(self.result.records):
            record = self.result.records[row]
            kind = value_label("minefield_records", "record_type", record.get("record_type"))
            lines = [" · ".join(str(v) for v in (record["record_id"], record.get("district"), kind) if v)]
            if record.get("notes"):
                lines.append(str(record["notes"]))
        else:
            lines = []
        self.details.setPlainText("\n".join(lines))

    def _stale(self) -> None:
        self.import_button.setEnabled(False)
        if self.result is not None:
            self.summary.setText(tr("The choices changed: press Preview to see the result."))

    def _show_error(self, text: str) -> None:
        self.records_table.setRowCount(0)
        self.rejects_table.setRowCount(0)
        self.summary.setText(text)
        self.import_button.setEnabled(False)

    def _fill(self, result: ImportResult, truncated: bool) -> None:
        locale = QLocale()
        mines_per_record: dict[str, int] = {}
        for rid in result.mines["record_id"]:
            mines_per_record[rid] = mines_per_record.get(rid, 0) + 1
        self.records_table.setRowCount(len(result.records))
        for row, record in enumerate(result.records):
            values = [record["record_id"], record.get("district") or "", record["recorded_ap"],
                      record["recorded_at"], mines_per_record.get(record["record_id"], 0),
                      value_label("minefield_records", "record_type", record.get("record_type")),
                      record.get("notes") or ""]
            for col, value in enumerate(values):
                text = locale.toString(value) if isinstance(value, int) else str(value)
                self.records_table.setItem(row, col, _item(text, isinstance(value, int)))
        self.rejects_table.setRowCount(len(result.rejects))
        for row, reject in enumerate(result.rejects):
            for col, value in enumerate((reject.source_row, reject.record_id, reject.reason, reject.raw)):
                item = _item(str(value), isinstance(value, int))
                item.setToolTip(str(value))
                self.rejects_table.setItem(row, col, item)
        self.rejects_table.resizeRowsToContents()
        self.preview_tabs.setTabText(0, tr("Records ({n})").format(n=locale.toString(len(result.records))))
        self.preview_tabs.setTabText(1, tr("Errors ({n})").format(n=locale.toString(result.rows_rejected)))
        text = tr("{read} rows read as {mode}: {imported} to import, {rejected} rejected; {records} records, "
                  "{mines} mines.").format(
            read=locale.toString(result.rows_read), mode=result.mode,
            imported=locale.toString(result.rows_imported), rejected=locale.toString(result.rows_rejected),
            records=locale.toString(len(result.records)), mines=locale.toString(result.mine_count))
        if truncated:
            text += " " + tr("Preview of the first {n} rows; the import reads the whole file.").format(
                n=locale.toString(PREVIEW_ROWS))
        for note in result.notes:
            text += "\n" + note
        self.summary.setText(text)
        if result.rejects and not result.records:
            self.preview_tabs.setCurrentIndex(1)


class OneLineDelegate(QStyledItemDelegate):
    """Draws its column's text on one line, cut with "…", in a table whose other columns wrap."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802 - Qt API
        super().initStyleOption(option, index)
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText
        option.textElideMode = Qt.TextElideMode.ElideRight

    def sizeHint(self, option, index):  # noqa: N802 - Qt API
        size = super().sizeHint(option, index)
        size.setHeight(option.fontMetrics.height() + 6)
        return size


def _table(parent: QWidget, labels: dict[str, str], stretch: str) -> QTableWidget:
    """A preview table whose short columns fit their contents and whose ``stretch`` column takes the rest."""
    table = QTableWidget(0, len(labels), parent)
    table.setHorizontalHeaderLabels([tr(labels[code]) for code in labels])
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    for c, code in enumerate(labels):
        if code == stretch:
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch)
        elif code in ("raw", "notes"):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
        else:
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
    table.verticalHeader().hide()
    return table


def _item(text: str, number: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if number:
        item.setTextAlignment(int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
    return item

