"""The Discrepancies tab: run the map-versus-reality analysis, list the flags ranked by risk, filter
them, zoom to one and flash it, and acknowledge or resolve flags with a note (layer + audit log)."""

from __future__ import annotations

import math
import os
import tempfile

from qgis.core import (
    QgsCoordinateTransform,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProcessingUtils,
    QgsRectangle,
    QgsRuleBasedRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QItemSelectionModel, Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
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

from ...core import palette
from ...core.categories import DISCREPANCY_KINDS, FLAG_STATUSES, SEVERITIES
from ...core.discrepancy import SEVERITY_RANK, flag_size
from ...core.text import tr
from ...workspace import audit
from ..algorithm_task import AlgorithmRun, RunsAlgorithm
from ..candidates import Candidates, candidate_layer, read_offsets
from ..context import DockContext
from ..messages import notify
from ..parameter_spin import parameter_spin

ALGORITHM_ID = "clearground:finddiscrepancies"
LAYER = "discrepancies"
#: Half the side of the square shown around a flag when zooming to it, metres.
ZOOM_HALF_SIDE_M = 150.0
#: Marker shape per kind (QGIS simple marker names): one meaning each, readable in greyscale too.
KIND_SHAPES = {
    "find_outside_records": "star",
    "missing_mines": "triangle",
    "surplus_mines": "pentagon",
    "type_mismatch": "diamond",
    "unmatched_recorded_mine": "cross_fill",
    "systematic_offset": "arrow",
    "post_clearance_find": "square",
}
KIND_ANGLES = {"missing_mines": 180.0}  # a triangle pointing down: fewer than recorded
SEVERITY_SIZES = {"high": 5.0, "medium": 4.0, "low": 3.2}
KIND_LABELS = {
    "find_outside_records": "Find outside records",
    "missing_mines": "Missing mines",
    "surplus_mines": "Surplus mines",
    "type_mismatch": "Type mismatch",
    "unmatched_recorded_mine": "Unmatched recorded mine",
    "systematic_offset": "Systematic offset",
    "post_clearance_find": "Post-clearance find",
}
SEVERITY_LABELS = {"high": "High", "medium": "Medium", "low": "Low"}
STATUS_LABELS = {"open": "Open", "acknowledged": "Acknowledged", "resolved": "Resolved"}
FIT_LABELS = {"fitted": "fitted", "ambiguous": "ambiguous", "too_few_finds": "too few finds"}
COLUMNS = ("severity", "kind", "record_id", "district", "status", "message")
COLUMN_LABELS = {"severity": "Severity", "kind": "Kind", "record_id": "Record", "district": "District",
                 "status": "Status", "message": "Message"}
_NO_DISTRICT = "\x00none"


def _value(value):
    """A QGIS attribute as a Python value (None for NULL)."""
    if value is None:
        return None
    if hasattr(value, "isNull") and value.isNull():
        return None
    return value


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def label_expression() -> str:
    """The label of a flag on the map: what it is about and how big it is, in a few words."""
    words = {
        "find_outside_records": "{n} " + tr("unrecorded"),
        "missing_mines": "{record}: {missing} " + tr("missing"),
        "surplus_mines": "{record}: +{extra}",
        "type_mismatch": "{record}: " + tr("type"),
        "unmatched_recorded_mine": "{record}: " + tr("not found"),
        "systematic_offset": "{record}: {metres} " + tr("m off"),
        "post_clearance_find": "{find} " + tr("after clearance"),
    }
    parts = {
        "{n}": "' || coalesce(\"observed\", '') || '",
        "{record}": "' || coalesce(\"record_id\", '') || '",
        "{find}": "' || coalesce(\"find_id\", '') || '",
        "{missing}": "' || coalesce(\"expected\" - \"observed\", '') || '",
        "{extra}": "' || coalesce(\"observed\" - \"expected\", '') || '",
        "{metres}": "' || coalesce(round(\"distance_m\"), '') || '",
    }
    cases = []
    for kind, text in words.items():
        literal = _quote(text)
        for key, sql in parts.items():
            literal = literal.replace(key, sql)
        cases.append(f"WHEN \"kind\" = '{kind}' THEN {literal}")
    return "CASE " + " ".join(cases) + " ELSE coalesce(\"record_id\", \"find_id\") END"


def style_flags_layer(layer: QgsVectorLayer) -> None:
    """Style the flags by kind (shape) and severity (colour, size), labelled; resolved ones faded."""
    root = QgsRuleBasedRenderer.Rule(None)
    for kind, shape in KIND_SHAPES.items():
        for severity in SEVERITIES:
            symbol = QgsMarkerSymbol.createSimple({
                "name": shape, "color": palette.SEVERITY[severity], "outline_color": "#202020",
                "outline_width": "0.3", "size": str(SEVERITY_SIZES[severity]),
                "angle": str(KIND_ANGLES.get(kind, 0.0)),
            })
            label = tr("{kind}, {severity}").format(kind=tr(KIND_LABELS[kind]), severity=tr(SEVERITY_LABELS[severity]))
            rule = QgsRuleBasedRenderer.Rule(
                symbol, 0, 0, f"\"kind\" = '{kind}' AND \"severity\" = '{severity}' AND "
                              f"coalesce(\"status\", 'open') <> 'resolved'", label)
            root.appendChild(rule)
    faded = QgsMarkerSymbol.createSimple({"name": "circle", "color": "#BDBDBD", "outline_color": "#757575",
                                          "size": "2.5"})
    root.appendChild(QgsRuleBasedRenderer.Rule(faded, 0, 0, "\"status\" = 'resolved'", tr("Resolved")))
    other = QgsMarkerSymbol.createSimple({"name": "circle", "color": palette.SEVERITY["low"], "size": "3"})
    root.appendChild(QgsRuleBasedRenderer.Rule(other, 0, 0, "ELSE", tr("Other")))
    layer.setRenderer(QgsRuleBasedRenderer(root))

    settings = QgsPalLayerSettings()
    settings.fieldName = label_expression()
    settings.isExpression = True
    settings.dist = 1.5
    fmt = QgsTextFormat()
    fmt.setSize(8.0)
    fmt.setColor(QColor("#202020"))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    buffer.setColor(QColor("#FFFFFF"))
    fmt.setBuffer(buffer)
    settings.setFormat(fmt)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
    layer.triggerRepaint()


def raise_to_top(project, layer: QgsVectorLayer) -> None:
    """Draw ``layer`` above every other layer of the project."""
    root = project.layerTreeRoot()
    node = root.findLayer(layer.id())
    if node is None:
        return
    group = node.parent()
    if group is not None and group is not root:
        if group.children() and group.children()[0] is not node:
            clone = node.clone()
            group.insertChildNode(0, clone)
            group.removeChildNode(node)
        parent = group.parent()
        if parent is root and root.children() and root.children()[0] is not group:
            clone = group.clone()
            root.insertChildNode(0, clone)
            root.removeChildNode(group)
    elif root.children() and root.children()[0] is not node:
        clone = node.clone()
        root.insertChildNode(0, clone)
        root.removeChildNode(node)
    if root.hasCustomLayerOrder():
        order = [lyr for lyr in root.customLayerOrder() if lyr.id() != layer.id()]
        root.setCustomLayerOrder([layer] + order)


class Tab(RunsAlgorithm, QWidget):
    """Run the analysis; list, filter, zoom to and review the flags of the open workspace."""

    TITLE = "Discrepancies"
    analysed = pyqtSignal()
    failed = pyqtSignal(str)

    def __init__(self, context: DockContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self._run: AlgorithmRun | None = None
        self.links_layer: QgsVectorLayer | None = None
        self.offsets_layer: QgsVectorLayer | None = None
        #: the last run's fit of each record (status, confidence, best and runner-up transforms)
        self.fits: dict[str, Candidates] = {}
        #: both fits of the ambiguous record whose flag is chosen, on the canvas
        self.candidates_layer: QgsVectorLayer | None = None
        self._flags: list[dict] = []
        layout = QVBoxLayout(self)

        box = QGroupBox(tr("Analysis"), self)
        form = QFormLayout(box)
        self.tolerance = parameter_spin(ALGORITHM_ID, "TOLERANCE", tr(" m"), box)
        self.buffer = parameter_spin(ALGORITHM_ID, "PERIMETER_BUFFER", tr(" m"), box)
        self.min_cleared = parameter_spin(ALGORITHM_ID, "MIN_CLEARED", tr(" %"), box)
        form.addRow(tr("Tolerance"), self.tolerance)
        form.addRow(tr("Perimeter buffer"), self.buffer)
        form.addRow(tr("Cleared before counts are compared"), self.min_cleared)
        self.links_check = QCheckBox(tr("Draw lines from matched finds to their recorded mines"), box)
        self.links_check.setChecked(True)
        form.addRow(self.links_check)
        buttons = QHBoxLayout()
        self.run_button = QPushButton(tr("Run analysis"), box)
        self.cancel_button = QPushButton(tr("Cancel"), box)
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar(box)
        self.progress.setRange(0, 100)
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.progress, 1)
        form.addRow(buttons)
        layout.addWidget(box)

        filters = QHBoxLayout()
        self.district_combo = QComboBox(self)
        self.kind_combo = QComboBox(self)
        self.severity_combo = QComboBox(self)
        self.status_combo = QComboBox(self)
        self.kind_combo.addItem(tr("All kinds"), None)
        for kind in DISCREPANCY_KINDS:
            self.kind_combo.addItem(tr(KIND_LABELS[kind]), kind)
        self.severity_combo.addItem(tr("All severities"), None)
        for severity in SEVERITIES:
            self.severity_combo.addItem(tr(SEVERITY_LABELS[severity]), severity)
        self.status_combo.addItem(tr("All statuses"), None)
        for status in FLAG_STATUSES:
            self.status_combo.addItem(tr(STATUS_LABELS[status]), status)
        self.district_combo.addItem(tr("All districts"), None)
        for combo in (self.district_combo, self.kind_combo, self.severity_combo, self.status_combo):
            filters.addWidget(combo)
            combo.currentIndexChanged.connect(self.apply_filters)
        layout.addLayout(filters)

        self.count_label = QLabel(self)
        layout.addWidget(self.count_label)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels([tr(COLUMN_LABELS[c]) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for c in range(len(COLUMNS) - 1):  # short words, shown whole; the message takes what is left
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        layout.addWidget(self.table, 1)
        #: the whole text of the flag chosen in the list (a dock is too narrow for a message)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setFrameShape(QFrame.Shape.StyledPanel)
        self.details.setMinimumHeight(self.details.fontMetrics().lineSpacing() * 3)
        self.details.setText(tr("Choose a flag to read it whole."))
        layout.addWidget(self.details)

        review = QHBoxLayout()
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(tr("Note (what was done, by whom)"))
        self.ack_button = QPushButton(tr("Acknowledge"), self)
        self.resolve_button = QPushButton(tr("Resolve"), self)
        self.reopen_button = QPushButton(tr("Reopen"), self)
        review.addWidget(self.note_edit, 1)
        for button in (self.ack_button, self.resolve_button, self.reopen_button):
            review.addWidget(button)
        layout.addLayout(review)

        self.run_button.clicked.connect(self.run_analysis)
        self.cancel_button.clicked.connect(self.cancel)
        self.table.cellClicked.connect(self._clicked)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.ack_button.clicked.connect(lambda: self.set_status("acknowledged"))
        self.resolve_button.clicked.connect(lambda: self.set_status("resolved"))
        self.reopen_button.clicked.connect(lambda: self.set_status("open"))
        context.session.changed.connect(self._workspace_changed)
        self._workspace_changed(context.session.workspace)

    # -- the workspace --------------------------------------------------------------------------------
    def layer(self) -> QgsVectorLayer | None:
        """The discrepancies layer of the open workspace."""
        return self.context.session.layer(LAYER)

    @property
    def read_only(self) -> bool:
        return bool(getattr(self.context.session, "read_only", False))

    def _workspace_changed(self, workspace) -> None:
        self.run_button.setEnabled(workspace is not None and not self.running and not self.read_only)
        layer = self.layer()
        if layer is not None:
            style_flags_layer(layer)
            raise_to_top(self.context.project, layer)
            layer.selectionChanged.connect(self._layer_selection_changed)  # selection is shared
        self.refresh()

    def _layer_selection_changed(self, *_) -> None:
        """Flags selected on the canvas are selected in the list (and scrolled to)."""
        layer = self.layer()
        if layer is None:
            return
        chosen = set(layer.selectedFeatureIds())
        model = self.table.selectionModel()
        self.table.blockSignals(True)
        self.table.clearSelection()
        first = None
        select_rows = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for r in range(self.table.rowCount()):
            if int(self.table.item(r, 0).data(Qt.ItemDataRole.UserRole)) in chosen:
                model.select(self.table.model().index(r, 0), select_rows)
                first = r if first is None else first
        self.table.blockSignals(False)
        if first is not None:
            self.table.scrollToItem(self.table.item(first, 0))
        self._selection_changed()

    # -- running the analysis --------------------------------------------------------------------------
    def parameters(self) -> dict:
        """The algorithm's parameters for the open workspace (outputs in a temporary folder)."""
        workspace = self.context.session.workspace
        if workspace is None:
            raise ValueError(tr("Open a workspace first."))
        folder = tempfile.mkdtemp(prefix="clearground-flags-", dir=QgsProcessingUtils.tempFolder())
        params = {name: self._source(layer) for name, layer in (
            ("RECORDS", "minefield_records"), ("RECORDED_MINES", "recorded_mines"), ("FINDS", "finds"),
            ("SECTORS", "sectors"))}
        params.update({
            "TOLERANCE": self.tolerance.value(), "PERIMETER_BUFFER": self.buffer.value(),
            "MIN_CLEARED": self.min_cleared.value(), "WORKSPACE": workspace.parameter_value(),
            "OUTPUT": os.path.join(folder, "flags.gpkg"), "OUTPUT_OFFSETS": os.path.join(folder, "offsets.gpkg"),
        })
        if self.links_check.isChecked():
            params["OUTPUT_LINKS"] = os.path.join(folder, "links.gpkg")
        return params

    def _source(self, layer_name: str) -> str:
        """A workspace layer for the algorithm: the project's layer (GeoPackage or PostGIS), else its URI."""
        layer = self.context.session.layer(layer_name)
        return layer.id() if layer is not None else self.context.session.workspace.uri(layer_name)

    def run_analysis(self) -> None:
        """Start the analysis as a background task; ``analysed`` or ``failed`` tells when it ends."""
        params = self.checked_parameters()
        if params is None:
            return
        self._run = AlgorithmRun(ALGORITHM_ID, params, self.context.project, self.progress, self.run_button,
                                 self.cancel_button)
        self._run.finished.connect(self._finished)
        self._run.start()

    def _finished(self, ok: bool, results: dict, feedback) -> None:
        self.run_button.setEnabled(self.context.session.workspace is not None and not self.read_only)
        canceled = feedback.isCanceled()
        if not ok or canceled:
            text = tr("The analysis was cancelled.") if canceled else tr("The analysis failed.")
            notify(self.context.message_bar, "warning" if canceled else "error", text, feedback.textLog())
            self.failed.emit(feedback.textLog() or text)
            return
        self.offsets_layer = QgsVectorLayer(results["OUTPUT_OFFSETS"], tr("Record offsets"), "ogr")
        self.fits = read_offsets(self.offsets_layer)
        counts = self.show_flags(QgsVectorLayer(results["OUTPUT"], "flags", "ogr"))
        if results.get("OUTPUT_LINKS"):
            self._show_links(results["OUTPUT_LINKS"])
        self.progress.setValue(100)
        self.refresh()
        message = tr("{total} flags: {high} high, {medium} medium, {low} low severity.").format(**counts)
        if feedback.errors:  # the rows the algorithm could not use
            notify(self.context.message_bar, "warning", message + " " + tr("Some rows could not be used."),
                   "\n".join(feedback.errors))
        else:
            notify(self.context.message_bar, "success", message)
        self.analysed.emit()

    def show_flags(self, flags: QgsVectorLayer) -> dict:
        """Show the flags the analysis stored in the workspace; their numbers by severity."""
        counts = {"total": 0, "high": 0, "medium": 0, "low": 0}
        for feature in flags.getFeatures():
            counts["total"] += 1
            counts[feature["severity"]] = counts.get(feature["severity"], 0) + 1
        target = self.layer()
        if target is not None:
            target.dataProvider().reloadData()
            target.updateExtents()
            target.triggerRepaint()
            style_flags_layer(target)
            raise_to_top(self.context.project, target)
        return counts

    def _show_links(self, uri: str) -> None:
        project = self.context.project
        if self.links_layer is not None and project.mapLayer(self.links_layer.id()) is not None:
            project.removeMapLayer(self.links_layer.id())
        layer = QgsVectorLayer(uri, tr("Matched finds to recorded mines"), "ogr")
        if not layer.isValid():
            return
        symbol = QgsLineSymbol.createSimple({"line_color": "#616161", "line_width": "0.3", "line_style": "dash"})
        layer.renderer().setSymbol(symbol)
        project.addMapLayer(layer, False)
        target = self.layer()
        node = project.layerTreeRoot().findLayer(target.id()) if target is not None else None
        parent = node.parent() if node is not None else project.layerTreeRoot()
        index = parent.children().index(node) + 1 if node is not None else 0
        parent.insertLayer(index, layer)
        self.links_layer = layer

    # -- the list -------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the flags from the layer, refill the district filter, show the filtered list."""
        layer = self.layer()
        self._flags = []
        if layer is not None:
            for feature in layer.getFeatures():
                row = {name: _value(feature[name]) for name in
                       ("flag_id", "kind", "severity", "record_id", "find_id", "district", "distance_m",
                        "expected", "observed", "message", "status", "note")}
                row["fid"] = feature.id()
                self._flags.append(row)
        self._flags.sort(key=lambda r: (SEVERITY_RANK.get(r["severity"], 3),
                                        -flag_size(r["kind"], r["expected"], r["observed"], r["distance_m"]),
                                        r["flag_id"] or ""))
        current = self.district_combo.currentData()
        districts = sorted({r["district"] for r in self._flags if r["district"]})
        self.district_combo.blockSignals(True)
        self.district_combo.clear()
        self.district_combo.addItem(tr("All districts"), None)
        for district in districts:
            self.district_combo.addItem(district, district)
        if any(not r["district"] for r in self._flags):
            self.district_combo.addItem(tr("(no district)"), _NO_DISTRICT)
        index = self.district_combo.findData(current)
        self.district_combo.setCurrentIndex(max(index, 0))
        self.district_combo.blockSignals(False)
        self.apply_filters()

    def visible_flags(self) -> list[dict]:
        """The flags that pass the filters, ranked by severity then size."""
        district = self.district_combo.currentData()
        kind = self.kind_combo.currentData()
        severity = self.severity_combo.currentData()
        status = self.status_combo.currentData()
        out = []
        for row in self._flags:
            if district is not None and (row["district"] or _NO_DISTRICT) != district:
                continue
            if kind is not None and row["kind"] != kind:
                continue
            if severity is not None and row["severity"] != severity:
                continue
            if status is not None and (row["status"] or "open") != status:
                continue
            out.append(row)
        return out

    def apply_filters(self, *_) -> None:
        rows = self.visible_flags()
        self.table.setRowCount(len(rows))
        colours = {s: QColor(c) for s, c in palette.SEVERITY.items()}
        for i, row in enumerate(rows):
            texts = {
                "severity": tr(SEVERITY_LABELS.get(row["severity"], row["severity"] or "")),
                "kind": tr(KIND_LABELS.get(row["kind"], row["kind"] or "")),
                "record_id": row["record_id"] or "",
                "district": row["district"] or "",
                "status": tr(STATUS_LABELS.get(row["status"] or "open", row["status"] or "")),
                "message": row["message"] or "",
            }
            for j, column in enumerate(COLUMNS):
                item = QTableWidgetItem(texts[column])
                item.setData(Qt.ItemDataRole.UserRole, row["fid"])
                if column == "message":
                    tip = row["message"] or ""
                    if row["note"]:
                        tip += "\n" + tr("Note: {note}").format(note=row["note"])
                    item.setToolTip(tip)
                if column == "severity" and row["severity"] in colours:
                    item.setBackground(colours[row["severity"]])
                item.setData(Qt.ItemDataRole.UserRole + 1, row["flag_id"])
                self.table.setItem(i, j, item)
        self.count_label.setText(tr("{shown} of {total} flags shown.").format(shown=len(rows), total=len(self._flags)))
        self._selection_changed()

    def selected_fids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [int(self.table.item(r, 0).data(Qt.ItemDataRole.UserRole)) for r in rows]

    def current_flag(self) -> dict | None:
        """The flag of the list's current row, when a row is selected."""
        row = self.table.currentRow() if self.table.selectionModel().selectedRows() else -1
        item = self.table.item(row, 0) if row >= 0 else None
        return next((f for f in self._flags if item is not None and f["fid"] == item.data(Qt.ItemDataRole.UserRole)),
                    None)

    def _show_details(self, flag: dict | None) -> None:
        """The whole text of the current flag: kind, severity, record, district, status, message, note,
        and the fit of its record when the last run fitted it."""
        if flag is None:
            self.details.setText(tr("Choose a flag to read it whole."))
            return
        head = [tr(KIND_LABELS.get(flag["kind"], flag["kind"] or "")),
                tr("Severity: {severity}").format(severity=tr(SEVERITY_LABELS.get(flag["severity"],
                                                                                 flag["severity"] or ""))),
                tr(STATUS_LABELS.get(flag["status"] or "open", flag["status"] or ""))]
        head += [part for part in (flag["record_id"], flag["find_id"], flag["district"]) if part]
        lines = [" · ".join(head), flag["message"] or ""]
        if flag["note"]:
            lines.append(tr("Note: {note}").format(note=flag["note"]))
        fit = self.fits.get(flag["record_id"] or "")
        if fit is not None:
            lines.append(self._fit_text(fit))
        self.details.setText("\n".join(line for line in lines if line))

    @staticmethod
    def _fit_text(fit: Candidates) -> str:
        status = tr(FIT_LABELS.get(fit.status, fit.status))
        text = tr("Fit: {status}").format(status=status)
        if fit.confidence is not None:
            text += " " + tr("(confidence {confidence:.2f})").format(confidence=fit.confidence)
        if fit.status == "ambiguous" and fit.runner_up is not None:
            text += ". " + tr("Both fits are drawn on the map: filled circles where the best puts its mines, "
                              "hollow diamonds where the runner-up does.")
        return text

    def _show_candidates(self, flag: dict | None) -> None:
        """Draw both fits of the chosen flag's record when they are ambiguous; remove an earlier drawing."""
        project = self.context.project
        if self.candidates_layer is not None:
            if project.mapLayer(self.candidates_layer.id()) is not None:
                project.removeMapLayer(self.candidates_layer.id())
            self.candidates_layer = None
        fit = self.fits.get(flag["record_id"] or "") if flag is not None else None
        records, mines = self.context.session.layer("minefield_records"), self.context.session.layer("recorded_mines")
        if fit is None or fit.status != "ambiguous" or records is None or mines is None:
            return
        layer = candidate_layer(fit, records, mines, project)
        if layer is None:
            return
        project.addMapLayer(layer, False)
        project.layerTreeRoot().insertLayer(0, layer)
        self.candidates_layer = layer

    def _selection_changed(self) -> None:
        flag = self.current_flag()
        self._show_details(flag)
        self._show_candidates(flag)
        has = bool(self.table.selectionModel().selectedRows()) if self.table.selectionModel() else False
        has = has and not self.read_only
        for button in (self.ack_button, self.resolve_button, self.reopen_button):
            button.setEnabled(has)

    def _clicked(self, row: int, _column: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.zoom_to(int(item.data(Qt.ItemDataRole.UserRole)))

    def zoom_to(self, fid: int) -> None:
        """Pan and zoom the canvas to a flag, select it and flash it."""
        layer = self.layer()
        if layer is None:
            return
        feature = layer.getFeature(fid)
        geometry = feature.geometry()
        if geometry is None or geometry.isNull():
            return
        point = geometry.asPoint()
        lat_step = ZOOM_HALF_SIDE_M / 111_320.0
        lon_step = ZOOM_HALF_SIDE_M / (111_320.0 * max(math.cos(math.radians(point.y())), 0.01))
        rect = QgsRectangle(point.x() - lon_step, point.y() - lat_step, point.x() + lon_step, point.y() + lat_step)
        canvas = self.context.canvas
        transform = QgsCoordinateTransform(layer.crs(), canvas.mapSettings().destinationCrs(), self.context.project)
        canvas.setExtent(transform.transformBoundingBox(rect))
        canvas.refresh()
        layer.selectByIds([fid])
        canvas.flashFeatureIds(layer, [fid])

    # -- reviewing -----------------------------------------------------------------------------------
    def set_status(self, status: str, note: str | None = None) -> int:
        """Give the selected flags ``status`` and the note (from the note box when not given);
        written to the layer and the audit log. Returns how many flags changed."""
        layer = self.layer()
        fids = self.selected_fids()
        if layer is None or not fids:
            return 0
        if self.read_only:
            notify(self.context.message_bar, "warning", tr("This workspace is read-only for you."))
            return 0
        note = (self.note_edit.text() if note is None else note).strip() or None
        if status == "resolved" and not note:
            notify(self.context.message_bar, "warning", tr("Say in the note how the flag was resolved."))
            return 0
        status_idx, note_idx = layer.fields().indexOf("status"), layer.fields().indexOf("note")
        changes, entries = {}, []
        for fid in fids:
            feature = layer.getFeature(fid)
            old = {"status": _value(feature["status"]), "note": _value(feature["note"])}
            new = {"status": status, "note": note if note is not None else old["note"]}
            if old == new:
                continue
            changes[fid] = {status_idx: new["status"], note_idx: new["note"]}
            entries += audit.changes(LAYER, _value(feature["flag_id"]) or str(fid), old, new)
        if not changes:
            return 0
        if not layer.dataProvider().changeAttributeValues(changes):
            notify(self.context.message_bar, "error", tr("The flags could not be updated."),
                   "; ".join(layer.dataProvider().errors()[-3:]))
            return 0
        log = self.context.session.layer(audit.AUDIT_LAYER) or audit.audit_layer_for(layer)
        if log is None:
            notify(self.context.message_bar, "warning", tr("The workspace has no audit log; the change is not logged."))
        else:
            audit.write(log, entries)
        layer.triggerRepaint()
        self.note_edit.clear()
        self.refresh()
        notify(self.context.message_bar, "success", tr("{count} flag(s) marked {status}.").format(
            count=len(changes), status=tr(STATUS_LABELS[status]).lower()))
        return len(changes)
