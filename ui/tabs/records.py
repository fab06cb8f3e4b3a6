"""The Records tab: import a mine map into the open workspace (file -> preview with errors -> import),
import a field report (finds or hazard areas: clearground:importfinds / importhazards), and the
workspace's records with their counts and district; double-click zooms to one."""

from __future__ import annotations

from collections import Counter

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsProcessingAlgRunnerTask,
    QgsRectangle,
)
from qgis.gui import QgsFileWidget, QgsProjectionSelectionWidget
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QLocale, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...compat import POLYGON_GEOMETRY, REQUEST_NO_GEOMETRY
from ...core.labels import value_label
from ...core.text import tr
from ..algorithm_task import AlgorithmRun, RunFeedback, RunsAlgorithm
from ..context import DockContext
from ..import_dialog import ImportDialog
from ..messages import guarded, notify

ALGORITHM_ID = "clearground:importminemap"
#: What a field report holds -> the algorithm that imports it, its output of added features.
FIELD_ALGORITHMS = {"finds": ("clearground:importfinds", "OUTPUT_FINDS"),
                    "hazards": ("clearground:importhazards", "OUTPUT_HAZARDS")}
FIELD_KIND_LABELS = {"finds": "Finds (points: CSV, XLSX, GeoJSON, GeoPackage, KML, GPX waypoints)",
                     "hazards": "Hazard areas (SHA/CHA polygons of a survey)"}

COLUMN_LABELS = {"record_id": "Record", "district": "District", "recorded_ap": "AP", "recorded_at": "AT",
                 "mines": "Mines", "reliability": "Reliability"}
#: What a short header means, in its tooltip.
HEADER_TIP_LABELS = {"recorded_ap": "AP mines the record states", "recorded_at": "AT mines the record states",
                     "mines": "Mines of the record in the workspace (imported points)"}
COLUMNS = tuple(COLUMN_LABELS)
WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


class Tab(RunsAlgorithm, QWidget):
    """Import mine maps and list the workspace's records."""

    TITLE = "Records"
    #: The import finished: (records added, mines added, rows rejected); (0, 0, 0) when it failed.
    imported = pyqtSignal(int, int, int)
    #: A field report's import finished: (kind, added, duplicates, rejected); ("", 0, 0, 0) when it failed.
    field_imported = pyqtSignal(str, int, int, int)

    def __init__(self, context: DockContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.session = context.session
        self._run: AlgorithmRun | None = None
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.import_button = QPushButton(tr("Import mine map…"), self)
        self.import_button.clicked.connect(self._guarded(lambda *_: self.open_dialog()))
        self.cancel_button = QPushButton(tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.field_button = QPushButton(tr("Import field report…"), self)
        self.field_button.setToolTip(tr("Finds or hazard areas from the field: every row imported, a duplicate of "
                                        "what the workspace holds, or rejected with its reason"))
        self.field_button.clicked.connect(self._guarded(lambda *_: self.open_field_dialog()))
        row.addWidget(self.import_button)
        row.addWidget(self.field_button)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setRange(0, 100)
        self.progress_bar.hide()
        layout.addWidget(self.progress_bar)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels([tr(COLUMN_LABELS[c]) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for c, column in enumerate(COLUMNS):  # every column as wide as its longest text, the header's included
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
            if column in HEADER_TIP_LABELS:
                self.table.horizontalHeaderItem(c).setToolTip(tr(HEADER_TIP_LABELS[column]))
        self.table.cellDoubleClicked.connect(self._guarded(lambda r, _c: self.zoom_to_row(r)))
        layout.addWidget(self.table, 1)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.session.changed.connect(self._guarded(lambda _ws: self.refresh()))
        self.refresh()

    def _guarded(self, func):
        """A slot that shows an error in the message bar instead of raising it into Qt."""
        return guarded(self.context.message_bar, func, lambda: self.progress_bar.hide())

    # -- importing -------------------------------------------------------------------------------
    def make_dialog(self) -> ImportDialog:
        """The import dialog for the open workspace (its record ids are known to the preview)."""
        workspace = self.session.workspace
        existing = workspace.record_ids() if workspace is not None else frozenset()
        return ImportDialog(existing, self)

    def open_dialog(self) -> QgsProcessingAlgRunnerTask | None:
        if self.session.workspace is None:
            notify(self.context.message_bar, "info", tr("Open a workspace first."))
            return None
        dialog = self.make_dialog()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.start_import(dialog.parameters())

    def start_import(self, parameters: dict) -> QgsProcessingAlgRunnerTask | None:
        """Run clearground:importminemap into the open workspace as a background task.

        ``imported`` is emitted when it has finished. Returns the task, or None when nothing starts.
        """
        bar = self.context.message_bar
        workspace = self.session.workspace
        if workspace is None:
            notify(bar, "info", tr("Open a workspace first."))
            return None
        if self.running:
            notify(bar, "info", tr("An import is running; wait for it or cancel it."))
            return None
        params = dict(parameters)
        # The mines go into the workspace only: no second copy in memory.
        params.update({"WORKSPACE": workspace.parameter_value(), "OUTPUT_RECORDS": "memory:", "OUTPUT_MINES": None,
                       "OUTPUT_REJECTS": "memory:"})
        run = AlgorithmRun(ALGORITHM_ID, params, self.context.project, self.progress_bar, self.import_button,
                           self.cancel_button, hide_when_idle=True)
        run.finished.connect(self._guarded(self._finished))
        self._run = run
        return run.start()

    def _finished(self, ok: bool, results: dict, feedback: RunFeedback) -> None:
        context = self._run.context
        bar = self.context.message_bar
        if feedback.isCanceled():
            notify(bar, "info", tr("The import was cancelled; the workspace was left as it was."))
            self.imported.emit(0, 0, 0)
            return
        if not ok:
            details = "\n".join(feedback.errors) or feedback.textLog()
            notify(bar, "error", tr("The mine map could not be imported; the workspace was left as it was."),
                   details)
            self.imported.emit(0, 0, 0)
            return
        records_out = context.takeResultLayer(results["OUTPUT_RECORDS"])
        rejects_out = context.takeResultLayer(results["OUTPUT_REJECTS"])
        records, mines, rejected = int(results["RECORDS"]), int(results["MINES"]), int(results["ROWS_REJECTED"])
        self._reload_layers()
        self.refresh()
        if records_out is not None and records_out.featureCount():
            self.zoom_to(records_out.extent())
        locale = QLocale()
        text = tr("Imported {records} records and {mines} mines; {rejected} rows rejected.").format(
            records=locale.toString(records), mines=locale.toString(mines), rejected=locale.toString(rejected))
        details = ""
        if rejects_out is not None:
            details = "\n".join(f["reason"] + "\n    " + (f["raw"] or "") for f in rejects_out.getFeatures())
        notify(bar, "warning" if rejected else "success", text, details)
        self.imported.emit(records, mines, rejected)

    # -- field reports ---------------------------------------------------------------------------
    def make_field_dialog(self) -> FieldReportDialog:
        return FieldReportDialog(self)

    def open_field_dialog(self) -> QgsProcessingAlgRunnerTask | None:
        if self.session.workspace is None:
            notify(self.context.message_bar, "info", tr("Open a workspace first."))
            return None
        dialog = self.make_field_dialog()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.start_field_import(dialog.kind(), dialog.parameters())

    def start_field_import(self, kind: str, parameters: dict) -> QgsProcessingAlgRunnerTask | None:
        """Run clearground:importfinds (``kind`` 'finds') or importhazards ('hazards') into the open
        workspace as a background task; ``field_imported`` is emitted when it has finished."""
        bar = self.context.message_bar
        workspace = self.session.workspace
        if workspace is None:
            notify(bar, "info", tr("Open a workspace first."))
            return None
        if self.running:
            notify(bar, "info", tr("An import is running; wait for it or cancel it."))
            return None
        algorithm_id, output = FIELD_ALGORITHMS[kind]
        params = dict(parameters)
        params.update({"WORKSPACE": workspace.parameter_value(), output: "memory:", "OUTPUT_REJECTS": "memory:"})
        run = AlgorithmRun(algorithm_id, params, self.context.project, self.progress_bar, self.field_button,
                           self.cancel_button, hide_when_idle=True)
        run.finished.connect(self._guarded(lambda ok, results, feedback: self._field_finished(
            kind, output, ok, results, feedback)))
        self._run = run
        return run.start()

    def _field_finished(self, kind: str, output: str, ok: bool, results: dict, feedback: RunFeedback) -> None:
        context = self._run.context
        bar = self.context.message_bar
        if feedback.isCanceled():
            notify(bar, "info", tr("The import was cancelled; the workspace was left as it was."))
            self.field_imported.emit("", 0, 0, 0)
            return
        if not ok:
            details = "\n".join(feedback.errors) or feedback.textLog()
            notify(bar, "error", tr("The field report could not be imported; the workspace was left as it was."),
                   details)
            self.field_imported.emit("", 0, 0, 0)
            return
        added_out = context.takeResultLayer(results[output])
        rejects_out = context.takeResultLayer(results["OUTPUT_REJECTS"])
        added, duplicates = int(results["ROWS_IMPORTED"]), int(results["DUPLICATES"])
        rejected = int(results["ROWS_REJECTED"])
        self._reload_layers(("finds",) if kind == "finds" else ("hazard_areas",))
        if added_out is not None and added_out.featureCount():
            self.zoom_to(added_out.extent())
        locale = QLocale()
        counts = {"added": locale.toString(added), "duplicates": locale.toString(duplicates),
                  "rejected": locale.toString(rejected)}
        if kind == "finds":
            text = tr("Imported {added} finds; {duplicates} already in the workspace; {rejected} rows rejected.")
        else:
            text = tr("Imported {added} hazard areas; {duplicates} already in the workspace; {rejected} rows "
                      "rejected.")
        details = ""
        if rejects_out is not None:
            details = "\n".join(tr("row {row}: {reason}").format(row=f["source_row"], reason=f["reason"])
                                 for f in rejects_out.getFeatures())
        notify(bar, "warning" if rejected else "success", text.format(**counts), details)
        self.field_imported.emit(kind, added, duplicates, rejected)

    def _reload_layers(self, names: tuple[str, ...] = ("minefield_records", "recorded_mines")) -> None:
        for name in names:
            layer = self.session.layer(name)
            if layer is None or sip.isdeleted(layer):
                continue
            layer.dataProvider().reloadData()
            layer.updateExtents()
            layer.triggerRepaint()

    # -- the list --------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Fill the list from the workspace's records and mines."""
        self.table.setSortingEnabled(False)
        self.table.setRowCount(0)
        records = self.session.layer("minefield_records")
        mines = self.session.layer("recorded_mines")
        self.import_button.setEnabled(self.session.workspace is not None and not self.running)
        self.field_button.setEnabled(self.session.workspace is not None and not self.running)
        if records is None:
            self.summary.setText(tr("No workspace open."))
            return
        counts: Counter = Counter()
        if mines is not None:
            index = mines.fields().indexOf("record_id")
            request = QgsFeatureRequest().setFlags(REQUEST_NO_GEOMETRY).setSubsetOfAttributes([index])
            counts = Counter(f.attribute(index) for f in mines.getFeatures(request))
        names = [c for c in COLUMNS if c != "mines"]
        request = QgsFeatureRequest().setFlags(REQUEST_NO_GEOMETRY).setSubsetOfAttributes(
            names, records.fields())
        locale = QLocale()
        rows = list(records.getFeatures(request))
        self.table.setRowCount(len(rows))
        for r, feature in enumerate(rows):
            for c, column in enumerate(COLUMNS):
                value = counts.get(feature["record_id"], 0) if column == "mines" else feature[column]
                if value is None or (hasattr(value, "isNull") and value.isNull()):
                    value = ""
                elif column == "reliability":
                    value = value_label("minefield_records", column, value)
                item = QTableWidgetItem()
                if isinstance(value, int):
                    item.setData(Qt.ItemDataRole.DisplayRole, value)
                    item.setTextAlignment(int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
                else:
                    item.setText(str(value))
                if c == 0:
                    item.setData(Qt.ItemDataRole.UserRole, feature.id())
                self.table.setItem(r, c, item)
        self.table.setSortingEnabled(True)
        self.summary.setText(tr("{records} records, {mines} recorded mines.").format(
            records=locale.toString(len(rows)), mines=locale.toString(sum(counts.values()))))

    def zoom_to_row(self, row: int) -> None:
        """Select the record of a list row and zoom the canvas to it."""
        records = self.session.layer("minefield_records")
        item = self.table.item(row, 0)
        if records is None or item is None:
            return
        fid = item.data(Qt.ItemDataRole.UserRole)
        records.selectByIds([fid])
        feature = records.getFeature(fid)
        if feature.hasGeometry():
            self.zoom_to(feature.geometry().boundingBox(), records.crs())

    def zoom_to(self, extent: QgsRectangle, crs: QgsCoordinateReferenceSystem = WGS84) -> None:
        """Zoom the canvas to ``extent`` (in ``crs``), with a margin."""
        canvas = self.context.canvas
        transform = QgsCoordinateTransform(crs, canvas.mapSettings().destinationCrs(), self.context.project)
        target = transform.transformBoundingBox(extent)
        if target.width() == 0 or target.height() == 0:
            target.grow(max(target.width(), target.height(), 0.0005) or 0.0005)
        target.scale(1.2)
        canvas.setExtent(target)
        canvas.refresh()



class FieldReportDialog(QDialog):
    """Choose a field report and what it holds; accepting it means: import with ``parameters()``.

    The import's rules (columns by names and values, dates day first, duplicates) are the algorithms';
    their rejects and duplicates are shown in the message bar's details when it has run."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Import field report"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.file_widget = QgsFileWidget(self)
        self.file_widget.setFilter(tr("Field reports (*.csv *.txt *.xlsx *.gpkg *.geojson *.json *.kml *.gpx *.shp);;"
                                      "All files (*)"))
        self.file_widget.fileChanged.connect(self._file_changed)
        self.kind_combo = QComboBox(self)
        for kind in FIELD_KIND_LABELS:
            self.kind_combo.addItem(tr(FIELD_KIND_LABELS[kind]), kind)
        self.kind_combo.currentIndexChanged.connect(lambda *_: self._update())
        self.crs_widget = QgsProjectionSelectionWidget(self)
        self.crs_widget.setCrs(WGS84)
        self.mapping_edit = QLineEdit(self)
        self.mapping_edit.setPlaceholderText(tr("e.g. find_id=Nomre;found_date=Tarix (empty: recognised from the "
                                                "file)"))
        form.addRow(tr("File"), self.file_widget)
        form.addRow(tr("The report holds"), self.kind_combo)
        form.addRow(tr("CRS of bare coordinates"), self.crs_widget)
        form.addRow(tr("Field mapping"), self.mapping_edit)
        layout.addLayout(form)
        self.rule = QLabel(tr("Dates are read day first (12.03.2022 and 12/03/2022 are 12 March 2022). Finds "
                              "already in the workspace are counted, not added again."), self)
        self.rule.setWordWrap(True)
        layout.addWidget(self.rule)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update()

    def set_path(self, path: str) -> None:
        self.file_widget.setFilePath(path)
        self._file_changed(path)

    def path(self) -> str:
        return self.file_widget.filePath()

    def set_kind(self, kind: str) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))

    def kind(self) -> str:
        return self.kind_combo.currentData()

    def _file_changed(self, path: str) -> None:
        """A survey's polygons are hazard areas; anything else is taken for finds until the analyst says."""
        if path and self._holds_polygons(path):
            self.set_kind("hazards")
        self._update()

    @staticmethod
    def _holds_polygons(path: str) -> bool:
        from qgis.core import QgsVectorLayer

        if path.lower().endswith((".csv", ".txt", ".xlsx", ".gpx")):
            return False
        layer = QgsVectorLayer(path, "report", "ogr")
        return layer.isValid() and layer.geometryType() == POLYGON_GEOMETRY

    def _update(self) -> None:
        self.crs_widget.setEnabled(self.kind() == "finds")
        self.import_button.setEnabled(bool(self.path()))

    def parameters(self) -> dict:
        """INPUT, FIELD_MAPPING and (for finds) CRS; the tab adds WORKSPACE and the outputs."""
        params = {"INPUT": self.path(), "FIELD_MAPPING": self.mapping_edit.text().strip()}
        if self.kind() == "finds":
            crs = self.crs_widget.crs()
            params["CRS"] = crs.authid() if crs.isValid() else "EPSG:4326"
        return params
