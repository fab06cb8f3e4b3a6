"""The Tally tab: finds per district and category for a period -> table, chart, export, choropleth.

The tab runs clearground:tallyfinds as a background task (QGIS stays responsive, with a progress bar
and a cancel button) and shows its table; a click on a row selects and zooms to the district.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from osgeo import ogr
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFieldProxyModel,
    QgsGeometry,
    QgsProcessingUtils,
    QgsVectorLayer,
)
from qgis.gui import QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QDate, QLocale, Qt, pyqtSignal
from qgis.PyQt.QtGui import QFont
from qgis.PyQt.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...compat import POINT_LAYER_FILTER, POLYGON_LAYER_FILTER
from ...core.categories import CATEGORIES
from ...core.periods import ALL_LABEL
from ...core.tally import COLUMNS, HECTARE_FIELDS, UNASSIGNED
from ...core.text import tr
from ...processing.algorithms.tally_finds import table_fields
from ...workspace.arrays import read_layer
from ..algorithm_task import AlgorithmRun, RunsAlgorithm
from ..chart import TallyChart
from ..choropleth import style_choropleth
from ..context import DockContext
from ..district_picker import follow_districts, guess_districts
from ..messages import notify
from ..project_layers import PROPERTY

ALGORITHM_ID = "clearground:tallyfinds"
NUMBER_COLUMNS = CATEGORIES + ("total",)
#: Rows of the table visible at least; above them it takes two thirds of the height there is, the chart the
#: rest (drag the handle between them to see more of either; the chart may be dragged away entirely).
TABLE_ROWS = 8


class Tab(RunsAlgorithm, QWidget):
    """Layers, period and date range -> a district x category table with totals, and a bar chart."""

    TITLE = "Tally"
    tallied = pyqtSignal()  # a run finished and its table is shown
    failed = pyqtSignal(str)

    def __init__(self, context: DockContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.rows: list[dict] = []  # the algorithm's table, in its order
        self.district_fids: list[int] = []
        self.result_layer: QgsVectorLayer | None = None
        #: the map the Choropleth button made last (replaced by the next one)
        self.choropleth_layer: QgsVectorLayer | None = None
        self.shown: list[tuple[int, dict]] = []  # (district index, row) as displayed
        self._run: AlgorithmRun | None = None
        self._districts: QgsVectorLayer | None = None
        self._build()
        context.session.changed.connect(self.use_workspace)
        self.use_workspace(context.session.workspace)

    # -- widgets ------------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.finds_combo = QgsMapLayerComboBox(self)
        self.finds_combo.setFilters(POINT_LAYER_FILTER)
        self.districts_combo = QgsMapLayerComboBox(self)
        self.districts_combo.setFilters(POLYGON_LAYER_FILTER)
        self.sectors_combo = QgsMapLayerComboBox(self)
        self.sectors_combo.setFilters(POLYGON_LAYER_FILTER)
        self.sectors_combo.setAllowEmptyLayer(True)
        self.district_field = QgsFieldComboBox(self)
        self.category_field = QgsFieldComboBox(self)
        self.quantity_field = QgsFieldComboBox(self)
        self.quantity_field.setFilters(QgsFieldProxyModel.Filter.Numeric)
        self.quantity_field.setAllowEmptyFieldName(True)
        self.date_field = QgsFieldComboBox(self)
        self.date_field.setAllowEmptyFieldName(True)
        self.period_combo = QComboBox(self)
        for label, code in ((tr("Whole range"), "none"), (tr("Year"), "year"), (tr("Quarter"), "quarter"),
                            (tr("Month"), "month"), (tr("Week"), "week")):
            self.period_combo.addItem(label, code)
        self.from_check, self.from_date = QCheckBox(tr("From"), self), QDateEdit(self)
        self.to_check, self.to_date = QCheckBox(tr("To"), self), QDateEdit(self)
        today = QDate.currentDate()
        for check, edit, day in ((self.from_check, self.from_date, today.addDays(-6)),
                                 (self.to_check, self.to_date, today)):
            edit.setCalendarPopup(True)
            edit.setDate(day)
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
        dates = QHBoxLayout()
        for widget in (self.from_check, self.from_date, self.to_check, self.to_date):
            dates.addWidget(widget)
        form.addRow(tr("Finds"), self.finds_combo)
        form.addRow(tr("Category field"), self.category_field)
        form.addRow(tr("Weight by"), self.quantity_field)
        form.addRow(tr("Date field"), self.date_field)
        form.addRow(tr("Districts"), self.districts_combo)
        form.addRow(tr("District name"), self.district_field)
        form.addRow(tr("Sectors"), self.sectors_combo)
        form.addRow(tr("Period"), self.period_combo)
        form.addRow(tr("Dates"), dates)
        layout.addLayout(form)

        run_row = QHBoxLayout()
        self.run_button = QPushButton(tr("Tally"), self)
        self.cancel_button = QPushButton(tr("Cancel"), self)
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        run_row.addWidget(self.run_button)
        run_row.addWidget(self.cancel_button)
        run_row.addWidget(self.progress, 1)
        layout.addLayout(run_row)

        view_row = QHBoxLayout()
        self.view_combo = QComboBox(self)
        self.hide_empty = QCheckBox(tr("Hide districts without finds"), self)
        self.hide_empty.setToolTip(tr("The table, its export and the chart leave out the districts where nothing "
                                      "was found and no land was released"))
        view_row.addWidget(self.view_combo, 1)
        view_row.addWidget(self.hide_empty)
        layout.addLayout(view_row)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.table = QTableWidget(0, len(COLUMNS) - 1, splitter)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 6)
        # the table first: many districts at a glance; the chart takes what is left
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * TABLE_ROWS
                                    + self.table.horizontalHeader().sizeHint().height()
                                    + self.table.horizontalScrollBar().sizeHint().height()
                                    + 2 * self.table.frameWidth())
        self.chart = TallyChart(splitter)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(0, False)
        splitter.setCollapsible(1, True)
        splitter.setSizes([2000, 1000])  # two thirds to the table, whatever the chart would like
        self.splitter = splitter
        layout.addWidget(splitter, 1)

        actions = QHBoxLayout()
        self.csv_button = QPushButton(tr("CSV…"), self)
        self.xlsx_button = QPushButton(tr("XLSX…"), self)
        self.copy_button = QPushButton(tr("Copy"), self)
        self.choropleth_button = QPushButton(tr("Choropleth"), self)
        self.choropleth_button.setToolTip(tr("Add the districts to the map, shaded by their finds in the period the "
                                             "table shows"))
        for button in (self.csv_button, self.xlsx_button, self.copy_button, self.choropleth_button):
            button.setEnabled(False)
            actions.addWidget(button)
        layout.addLayout(actions)

        self.finds_combo.layerChanged.connect(self._finds_changed)
        self.districts_combo.layerChanged.connect(self._districts_changed)
        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel)
        self.view_combo.currentIndexChanged.connect(self._show_view)
        self.hide_empty.toggled.connect(self._show_view)
        self.table.cellClicked.connect(self._row_clicked)
        self.csv_button.clicked.connect(lambda: self.export(None, "CSV"))
        self.xlsx_button.clicked.connect(lambda: self.export(None, "XLSX"))
        self.copy_button.clicked.connect(self.copy)
        self.choropleth_button.clicked.connect(self.choropleth)
        self.sectors_combo.setLayer(None)
        self.context.project.layersAdded.connect(self._layers_added)
        self._guess_districts()
        self._finds_changed(self.finds_combo.currentLayer())
        self._districts_changed(self.districts_combo.currentLayer())

    # -- defaults -----------------------------------------------------------------------------------

    def use_workspace(self, workspace) -> None:
        """Point the layer choosers at the open workspace's finds and sectors."""
        if workspace is None:
            return
        finds = self.context.session.layer("finds")
        if finds is not None:
            self.finds_combo.setLayer(finds)
        sectors = self.context.session.layer("sectors")
        if sectors is not None:
            self.sectors_combo.setLayer(sectors)
        self._guess_districts()

    def _guess_districts(self) -> None:
        """Prefer a polygon layer named like districts, and never a workspace layer, as the districts."""
        guess_districts(self.districts_combo, self.context.project, keep_any=False)

    def _finds_changed(self, layer) -> None:
        for combo, preferred in ((self.category_field, "category"), (self.quantity_field, "quantity"),
                                 (self.date_field, "found_date")):
            combo.setLayer(layer)
            names = layer.fields().names() if layer is not None else []
            combo.setField(preferred if preferred in names else "")

    def _layers_added(self, layers) -> None:
        """A district layer added later is taken in place of the shipped boundaries (or of none)."""
        self._guess_districts()

    def _districts_changed(self, layer) -> None:
        follow_districts(self.district_field, layer)

    # -- running ------------------------------------------------------------------------------------

    def parameters(self) -> dict:
        """The algorithm's parameters from the widgets (outputs not included)."""
        finds, districts = self.finds_combo.currentLayer(), self.districts_combo.currentLayer()
        if finds is None or districts is None:
            raise ValueError(tr("Choose a finds layer and a districts layer."))
        params = {
            "FINDS": finds.id(),
            "DISTRICTS": districts.id(),
            "DISTRICT_FIELD": self.district_field.currentField() or None,
            "CATEGORY_FIELD": self.category_field.currentField() or "category",
            "QUANTITY_FIELD": self.quantity_field.currentField() or None,
            "DATE_FIELD": self.date_field.currentField() or None,
            "PERIOD": self.period_combo.currentData(),
        }
        if self.from_check.isChecked():
            params["DATE_FROM"] = self.from_date.date().toString("yyyy-MM-dd")
        if self.to_check.isChecked():
            params["DATE_TO"] = self.to_date.date().toString("yyyy-MM-dd")
        sectors = self.sectors_combo.currentLayer()
        if sectors is not None:
            params["SECTORS"] = sectors.id()
        return params

    def run(self) -> None:
        """Start the tally as a background task; ``tallied`` or ``failed`` tells when it ends."""
        params = self.checked_parameters()
        if params is None:
            return
        folder = tempfile.mkdtemp(prefix="clearground-tally-", dir=QgsProcessingUtils.tempFolder())
        params["OUTPUT_TABLE"] = os.path.join(folder, "tally.gpkg")
        params["OUTPUT_LAYER"] = os.path.join(folder, "districts.gpkg")
        districts = self.districts_combo.currentLayer()
        self._districts = districts
        self.district_fids = [int(f) for f in read_layer(districts).fid]
        self._run = AlgorithmRun(ALGORITHM_ID, params, self.context.project, self.progress, self.run_button,
                                 self.cancel_button)
        self._run.finished.connect(self._finished)
        self._run.start()

    def _finished(self, ok: bool, results: dict, feedback) -> None:
        if not ok or feedback.isCanceled():
            text = tr("The tally was cancelled.") if feedback.isCanceled() else tr("The tally failed.")
            notify(self.context.message_bar, "warning" if feedback.isCanceled() else "error", text,
                   feedback.textLog())
            self.failed.emit(feedback.textLog() or text)
            return
        table = QgsVectorLayer(results["OUTPUT_TABLE"], "tally", "ogr")
        self.rows = [{name: f[name] for name in COLUMNS} for f in table.getFeatures()]
        self.result_layer = QgsVectorLayer(results["OUTPUT_LAYER"], tr("Finds per district"), "ogr")
        self.progress.setValue(100)
        self._fill_views()
        for button in (self.csv_button, self.xlsx_button, self.copy_button, self.choropleth_button):
            button.setEnabled(True)
        message = tr("{total} finds tallied; {unassigned} outside every district.").format(
            total=_number(results.get("TOTAL", 0)), unassigned=_number(results.get("UNASSIGNED", 0)))
        if feedback.warnings:
            notify(self.context.message_bar, "warning", message + " " + tr("Some rows need attention."),
                   "\n".join(feedback.warnings))
        else:
            notify(self.context.message_bar, "success", message)
        self.tallied.emit()

    # -- the table ----------------------------------------------------------------------------------

    def _fill_views(self) -> None:
        periods = list(dict.fromkeys(r["period"] for r in self.rows))
        self.view_combo.blockSignals(True)
        self.view_combo.clear()
        if len(periods) > 1:
            self.view_combo.addItem(tr("All periods"), None)
        for label in periods:
            self.view_combo.addItem(tr("All") if label == ALL_LABEL else label, label)
        self.view_combo.setCurrentIndex(0)
        self.view_combo.blockSignals(False)
        self._show_view()

    def view_rows(self) -> list[tuple[int, dict]]:
        """The rows of the chosen view: one per district then 'unassigned', with its district index."""
        n = len(self.district_fids) + 1
        label = self.view_combo.currentData()
        if label is not None:
            return [(i % n, r) for i, r in enumerate(self.rows) if r["period"] == label]
        summed: list[dict] = []
        for i, row in enumerate(self.rows):
            if i < n:
                summed.append(dict(row, period=ALL_LABEL))
                continue
            target = summed[i % n]
            for name in NUMBER_COLUMNS + HECTARE_FIELDS:
                target[name] += row[name]
        return list(enumerate(summed))

    def sorted_rows(self) -> list[tuple[int, dict]]:
        """The chosen view as the table shows it: districts by total, most finds first (then by name), without
        the empty ones when asked; the finds outside every district last."""
        n = len(self.district_fids)
        rows = self.view_rows()
        districts = [(i, r) for i, r in rows if i < n]
        outside = [(i, r) for i, r in rows if i >= n]
        if self.hide_empty.isChecked():
            def empty(row: dict) -> bool:
                return not row["total"] and not any(row[name] for name in HECTARE_FIELDS)

            districts = [(i, r) for i, r in districts if not empty(r)]
            outside = [(i, r) for i, r in outside if not empty(r)]
        districts.sort(key=lambda item: (-item[1]["total"], str(item[1]["district"])))
        return districts + outside

    def _show_view(self, *_) -> None:
        self.shown = self.sorted_rows()
        headers = [tr("District")] + list(CATEGORIES) + [tr("Total"), tr("Cleared ha"), tr("Reduced ha"),
                                                          tr("Cancelled ha")]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(self.shown) + 1)
        for r, (index, row) in enumerate(self.shown):
            self._set_row(r, row, index)
        total = self.totals_row()
        self._set_row(len(self.shown), total, -1)
        bold = QFont()
        bold.setBold(True)
        for c in range(self.table.columnCount()):
            self.table.item(len(self.shown), c).setFont(bold)
        self.table.resizeColumnsToContents()
        self.chart.show_rows([row for index, row in self.shown if index < len(self.district_fids)])

    def _set_row(self, r: int, row: dict, index: int) -> None:
        name = tr("Unassigned") if index == len(self.district_fids) else row["district"]
        first = QTableWidgetItem(name)
        first.setData(Qt.ItemDataRole.UserRole, index)
        self.table.setItem(r, 0, first)
        for c, key in enumerate(NUMBER_COLUMNS + HECTARE_FIELDS, start=1):
            value = row[key]
            text = _number(value) if key in NUMBER_COLUMNS else QLocale().toString(float(value), "f", 1)
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setTextAlignment(int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
            self.table.setItem(r, c, item)

    def totals_row(self) -> dict:
        """The sum of the shown rows (the table's last line)."""
        total = {"district": tr("Total"), "period": self.shown[0][1]["period"] if self.shown else ALL_LABEL}
        for key in NUMBER_COLUMNS + HECTARE_FIELDS:
            total[key] = sum(row[key] for _, row in self.shown)
        return total

    def _row_clicked(self, r: int, _column: int) -> None:
        item = self.table.item(r, 0)
        index = item.data(Qt.ItemDataRole.UserRole) if item is not None else -1
        if index is None or index < 0 or index >= len(self.district_fids):
            return
        self.zoom_to_district(index)

    def zoom_to_district(self, index: int) -> None:
        """Select district ``index`` (table order) on its layer and zoom the map canvas to it."""
        layer, fid = self._districts, self.district_fids[index]
        layer.selectByIds([fid])
        feature = layer.getFeature(fid)
        if not feature.hasGeometry():
            return
        canvas = self.context.canvas
        extent = feature.geometry().boundingBox()
        destination = canvas.mapSettings().destinationCrs()
        if destination.isValid() and destination != layer.crs():
            transform = QgsCoordinateTransform(layer.crs(), destination, self.context.project.transformContext())
            extent = transform.transformBoundingBox(extent)
        extent.scale(1.1)
        canvas.setExtent(extent)
        canvas.refresh()

    # -- export -------------------------------------------------------------------------------------

    def table_records(self) -> list[dict]:
        """What the table shows, with the contract's column names, the totals row last."""
        records = [dict(row, district=UNASSIGNED if index == len(self.district_fids) else row["district"])
                   for index, row in self.shown]
        return records + [self.totals_row()]

    def export(self, path: str | None, driver: str) -> str | None:
        """Write the table to ``path`` as CSV or XLSX (asks for a file when ``path`` is None)."""
        suffix = ".csv" if driver == "CSV" else ".xlsx"
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, tr("Export the tally"), "",
                                                  tr("CSV (*.csv)") if driver == "CSV" else tr("Excel (*.xlsx)"))
            if not path:
                return None
        if not path.lower().endswith(suffix):
            path += suffix
        write_table(path, driver, self.table_records())
        notify(self.context.message_bar, "success", tr("Exported the tally to {name}.").format(name=Path(path).name))
        return path

    def copy(self) -> str:
        """Put the table on the clipboard as tab-separated text (pastes into a spreadsheet)."""
        lines = ["\t".join(COLUMNS)]
        for row in self.table_records():
            lines.append("\t".join(str(row[name]) for name in COLUMNS))
        text = "\n".join(lines) + "\n"
        QApplication.clipboard().setText(text)
        return text

    def choropleth(self) -> QgsVectorLayer | None:
        """Add the districts to the map shaded by the finds of the view shown in the table (a period, or all),
        in a group of their own under the workspace's layers (the finds stay on top). A second click replaces
        the map of the first."""
        districts = self._districts
        if not self.rows or districts is None or sip.isdeleted(districts):
            return None
        view = self.view_combo.currentText() or tr("All")
        layer = QgsVectorLayer(f"MultiPolygon?crs={districts.crs().authid()}",
                               tr("Finds per district, {view}").format(view=view), "memory")
        fields = table_fields()
        layer.dataProvider().addAttributes(fields.toList())
        layer.updateFields()
        geometries = {f.id(): f.geometry() for f in districts.getFeatures(
            QgsFeatureRequest().setFilterFids(self.district_fids).setNoAttributes())}
        features = []
        for index, row in self.view_rows():  # every district of the view, the empty ones too
            if index >= len(self.district_fids):
                continue
            feature = QgsFeature(layer.fields())
            geometry = geometries.get(self.district_fids[index])
            if geometry is not None and not geometry.isNull():
                geometry = QgsGeometry(geometry)
                geometry.convertToMultiType()
                feature.setGeometry(geometry)
            feature.setAttributes([row[name] for name in COLUMNS])
            features.append(feature)
        layer.dataProvider().addFeatures(features)
        layer.updateExtents()
        style_choropleth(layer, "total")
        project = self.context.project
        group = self._choropleth_group()
        if self.choropleth_layer is not None and not sip.isdeleted(self.choropleth_layer) and \
                project.mapLayer(self.choropleth_layer.id()) is not None:
            project.removeMapLayer(self.choropleth_layer.id())
        project.addMapLayer(layer, False)
        group.insertLayer(0, layer)
        self.choropleth_layer = layer
        return layer

    def _choropleth_group(self):
        """The group of the tally's maps: found, or made right under the open workspace's group."""
        root = self.context.project.layerTreeRoot()
        name = tr("ClearGround tally")
        group = root.findGroup(name)
        if group is not None:
            return group
        children = root.children()
        workspace = next((i for i, node in enumerate(children) if node.customProperty(PROPERTY)), None)
        return root.insertGroup(0 if workspace is None else workspace + 1, name)


def write_table(path: str, driver: str, records: list[dict]) -> None:
    """Write records with the tally's columns to a CSV or XLSX file (replacing it)."""
    drv = ogr.GetDriverByName(driver)
    if Path(path).exists():
        drv.DeleteDataSource(path)
    ds = drv.CreateDataSource(path)
    layer = ds.CreateLayer("tally", None, ogr.wkbNone)
    for name in COLUMNS:
        kind = ogr.OFTString if name in ("district", "period") else \
            ogr.OFTInteger if name in NUMBER_COLUMNS else ogr.OFTReal
        layer.CreateField(ogr.FieldDefn(name, kind))
    for record in records:
        feature = ogr.Feature(layer.GetLayerDefn())
        for name in COLUMNS:
            value = record[name]
            feature.SetField(name, round(float(value), 4) if name in HECTARE_FIELDS else value)
        layer.CreateFeature(feature)
    ds = None  # noqa: F841 - closes and writes the file


def _number(value) -> str:
    return QLocale().toString(int(value))

