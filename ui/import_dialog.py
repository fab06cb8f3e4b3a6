"""The import dialog: choose a mine-map file, check the guessed field mapping, see the records and the
rejected rows before anything is written. The import itself is clearground:importminemap, run by the
Records tab with the parameters this dialog gives (``parameters()``)."""

from __future__ import annotations

from qgis.core import QgsCoordinateReferenceSystem
from qgis.gui import QgsFileWidget, QgsProjectionSelectionWidget
from qgis.PyQt.QtCore import QLocale, Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.angles import UNITS
from ..core.errors import CoordError
from ..core.fieldmap import TARGETS, format_mapping, guess_mapping
from ..core.minemap import ImportOptions, ImportResult, MineMapError, import_rows
from ..core.text import tr
from ..core.traverse import Settings
from ..workspace.sources import SourceError, read_source
from .labels import UNIT_LABELS

#: The preview reads at most this many rows (the import reads them all).
PREVIEW_ROWS = 50_000
RECORD_COLUMN_LABELS = {
    "record_id": "Record", "district": "District", "recorded_ap": "AP", "recorded_at": "AT",
    "mines": "Mines", "record_type": "Type", "notes": "Notes",
}
REJECT_COLUMN_LABELS = {"source_row": "Row", "record_id": "Record", "reason": "Reason", "raw": "Text in the file"}


class ImportDialog(QDialog):
    """Choose, map and preview a mine map. Accepting it means: import with ``parameters()``."""

    def __init__(self, existing_record_ids: frozenset = frozenset(), parent: QWidget | None = None,
                 crs: str = "EPSG:4326"):
        super().__init__(parent)
        self.setWindowTitle(tr("Import mine map"))
        self.existing_record_ids = existing_record_ids
        self.columns: list[str] = []
        self.result: ImportResult | None = None
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
        self.mapping_table = QTableWidget(0, 2, splitter)
        self.mapping_table.setHorizontalHeaderLabels([tr("Field"), tr("Column in the file")])
        self.mapping_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.mapping_table.verticalHeader().hide()
        self.combos: dict[str, QComboBox] = {}
        self.mapping_table.setRowCount(len(TARGETS))
        for row, target in enumerate(TARGETS):
            item = QTableWidgetItem(target)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.mapping_table.setItem(row, 0, item)
            combo = QComboBox(self.mapping_table)
            combo.addItem("", "")
            self.mapping_table.setCellWidget(row, 1, combo)
            self.combos[target] = combo

        self.preview_tabs = QTabWidget(splitter)
        self.records_table = _table(self.preview_tabs, RECORD_COLUMN_LABELS)
        self.rejects_table = _table(self.preview_tabs, REJECT_COLUMN_LABELS)
        self.preview_tabs.addTab(self.records_table, tr("Records"))
        self.preview_tabs.addTab(self.rejects_table, tr("Errors"))
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
        if not path:
            self._stale()
            return
        try:
            table = read_source(path, max_rows=1)
        except SourceError as exc:
            self._show_error(str(exc))
            return
        self.columns = list(table.columns)
        guessed = guess_mapping(self.columns)
        for target, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem("", "")
            for column in self.columns:
                combo.addItem(column, column)
            combo.setCurrentIndex(max(combo.findData(guessed.get(target, "")), 0))
            combo.blockSignals(False)
            combo.currentIndexChanged.connect(lambda _i: self._stale())
        self.preview()

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
        cleared = [t for t in guess_mapping(self.columns) if t not in mapping]
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
        self.import_button.setEnabled(result.rows_imported > 0)
        return result

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
                      record.get("record_type") or "", record.get("notes") or ""]
            for col, value in enumerate(values):
                text = locale.toString(value) if isinstance(value, int) else str(value)
                self.records_table.setItem(row, col, _item(text, isinstance(value, int)))
        self.rejects_table.setRowCount(len(result.rejects))
        for row, reject in enumerate(result.rejects):
            for col, value in enumerate((reject.source_row, reject.record_id, reject.reason, reject.raw)):
                self.rejects_table.setItem(row, col, _item(str(value), isinstance(value, int)))
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


def _table(parent: QWidget, labels: dict[str, str]) -> QTableWidget:
    table = QTableWidget(0, len(labels), parent)
    table.setHorizontalHeaderLabels([tr(labels[code]) for code in labels])
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().hide()
    return table


def _item(text: str, number: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if number:
        item.setTextAlignment(int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
    return item

