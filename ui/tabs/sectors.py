"""The Sectors tab: generate sectors for the selected records or hazards, the Mark sectors tool, and
land release progress per record or hazard and per district, kept up to date as sectors change."""

from __future__ import annotations

from typing import Callable

import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsProcessingAlgRunnerTask,
    QgsVectorLayer,
)
from qgis.gui import QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QLocale, Qt, QTimer, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...compat import POLYGON_LAYER_FILTER, REQUEST_NO_GEOMETRY
from ...core.labels import ORIENTATION_LABELS
from ...core.names import NameMatch, match_names
from ...core.progress import Progress, geodesic_areas_m2, summarize, total
from ...core.text import tr
from ..algorithm_task import AlgorithmRun, RunFeedback, RunsAlgorithm
from ..context import DockContext
from ..district_picker import follow_districts, guess_districts
from ..mark_tool import activate_mark_tool
from ..messages import guarded, notify
from ..parameter_spin import parameter_spin

PARENT_LAYER_LABELS = {"hazard_areas": "Selected hazard areas", "minefield_records": "Selected minefield records"}
LEVEL_LABELS = {"parent": "Per record or hazard", "district": "Per district"}
COLUMN_LABELS = {
    "key": "Record / hazard", "district": "District", "sectors": "Sectors", "total": "Total (ha)",
    "cleared": "Cleared (ha)", "cleared_pct": "Cleared %", "reduced": "Reduced (ha)", "reduced_pct": "Reduced %",
    "cancelled": "Cancelled (ha)", "cancelled_pct": "Cancelled %", "remaining": "Remaining (ha)",
    "remaining_pct": "Remaining %",
}
COLUMNS = tuple(COLUMN_LABELS)
ID_FIELDS = {"hazard_areas": "hazard_id", "minefield_records": "record_id"}
#: Wait this long after the last change of the sectors layer before recomputing progress.
REFRESH_DELAY_MS = 250
ALGORITHM_ID = "clearground:generatesectors"
PACKAGE_ID = "clearground:packagefield"
SYNC_ID = "clearground:syncfield"


class Tab(RunsAlgorithm, QWidget):
    """Generate, mark and follow sectors of the open workspace."""

    TITLE = "Sectors"
    #: the number of sectors added, when a generation task has finished
    generated = pyqtSignal(int)

    def __init__(self, context: DockContext, parent: QWidget | None = None,
                 confirm: Callable[[str], bool] | None = None):
        super().__init__(parent)
        self.context = context
        self.session = context.session
        #: asks the analyst a question (dropping unsaved edits); a message box unless a test gives its own
        self.confirm = confirm or self._ask
        self.per_parent: list[Progress] = []
        self.per_district: list[Progress] = []
        #: how the district names of the records and hazards were matched to the district layer
        self.name_match = NameMatch()
        self._layer: QgsVectorLayer | None = None
        self._parent_slots: list = []  # (records or hazards layer, its selectionChanged slot)
        self._areas: dict[int, float] = {}
        self._run: AlgorithmRun | None = None
        self._build()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self._guarded(lambda *_: self.refresh()))
        self.session.changed.connect(self._bind)
        self._bind(self.session.workspace)

    # -- widgets ---------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        box = QGroupBox(tr("Generate sectors"), self)
        form = QFormLayout(box)
        self.parent_kind = QComboBox(box)
        for code in PARENT_LAYER_LABELS:
            self.parent_kind.addItem(tr(PARENT_LAYER_LABELS[code]), code)
        self.cell_size = parameter_spin(ALGORITHM_ID, "CELL_SIZE", " m", box)
        self.orientation = QComboBox(box)
        for code in ORIENTATION_LABELS:
            self.orientation.addItem(tr(ORIENTATION_LABELS[code]), code)
        self.generate_button = QPushButton(tr("Generate sectors"), box)
        self.generate_button.clicked.connect(self._guarded(lambda *_: self.generate()))
        self.progress_bar = QProgressBar(box)
        self.progress_bar.setRange(0, 100)
        self.progress_bar.hide()
        self.cancel_button = QPushButton(tr("Cancel"), box)
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        form.addRow(tr("For"), self.parent_kind)
        form.addRow(tr("Cell size"), self.cell_size)
        form.addRow(tr("Orientation"), self.orientation)
        form.addRow(self.generate_button)
        progress = QHBoxLayout()
        progress.addWidget(self.progress_bar, 1)
        progress.addWidget(self.cancel_button)
        form.addRow(progress)
        layout.addWidget(box)

        self.mark_button = QPushButton(tr("Mark sectors on the map"), self)
        self.mark_button.setToolTip(tr(
            "Click a sector, drag a rectangle, or Shift+click a polygon (right click closes it), then set "
            "status, date, team, method and depth."))
        self.mark_button.clicked.connect(self._guarded(lambda *_: self.activate_tool()))
        self.save_button = QPushButton(tr("Save edits"), self)
        self.save_button.setToolTip(tr("Write the marked sectors to the workspace (and their changes to the audit "
                                       "log)"))
        self.save_button.clicked.connect(self._guarded(lambda *_: self.save_edits()))
        self.rollback_button = QPushButton(tr("Cancel edits"), self)
        self.rollback_button.setToolTip(tr("Drop the sector changes made since the last save"))
        self.rollback_button.clicked.connect(self._guarded(lambda *_: self.cancel_edits()))
        self.history_button = QPushButton(tr("History…"), self)
        self.history_button.setToolTip(tr(
            "Who changed the selected sectors, or the sectors of the record or hazard chosen in the table, and when"))
        self.history_button.clicked.connect(self._guarded(lambda *_: self.show_history()))
        tool_row = QHBoxLayout()
        tool_row.addWidget(self.mark_button, 1)
        tool_row.addWidget(self.save_button)
        tool_row.addWidget(self.rollback_button)
        tool_row.addWidget(self.history_button)
        self.field_button = QToolButton(self)
        self.field_button.setText(tr("Field package"))
        self.field_button.setToolTip(tr("Take sectors to a field team's QField device, and merge what comes back"))
        self.field_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        field_menu = QMenu(self.field_button)
        self.package_action = field_menu.addAction(tr("Package for a team…"))
        self.package_action.triggered.connect(self._guarded(lambda *_: self._ask_and_package()))
        self.sync_action = field_menu.addAction(tr("Sync a returned package…"))
        self.sync_action.triggered.connect(self._guarded(lambda *_: self._ask_and_sync()))
        self.field_button.setMenu(field_menu)
        tool_row.addWidget(self.field_button)
        layout.addLayout(tool_row)
        self.history_dialog = None

        head = QHBoxLayout()
        head.addWidget(QLabel(tr("Land release"), self))
        self.level = QComboBox(self)
        for code in LEVEL_LABELS:
            self.level.addItem(tr(LEVEL_LABELS[code]), code)
        self.level.currentIndexChanged.connect(self._fill_table)
        head.addWidget(self.level, 1)
        self.refresh_button = QPushButton(tr("Refresh"), self)
        self.refresh_button.clicked.connect(self._guarded(lambda *_: self.refresh()))
        head.addWidget(self.refresh_button)
        layout.addLayout(head)
        names = QHBoxLayout()
        names.addWidget(QLabel(tr("District names from"), self))
        self.districts_combo = QgsMapLayerComboBox(self)
        self.districts_combo.setFilters(POLYGON_LAYER_FILTER)
        self.districts_combo.setAllowEmptyLayer(True)
        self.districts_combo.setToolTip(tr(
            "District names written differently in the records (Aghdam, Ağdam rayonu) are shown as this "
            "layer names them."))
        self.district_field = QgsFieldComboBox(self)
        names.addWidget(self.districts_combo, 2)
        names.addWidget(self.district_field, 1)
        layout.addLayout(names)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels([tr(COLUMN_LABELS[c]) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._guarded(self._table_menu))
        layout.addWidget(self.table, 1)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.names_note = QLabel(self)
        self.names_note.setWordWrap(True)
        self.names_note.hide()
        layout.addWidget(self.names_note)
        guess_districts(self.districts_combo, self.context.project)
        follow_districts(self.district_field, self.districts_combo.currentLayer())
        self.districts_combo.layerChanged.connect(self._districts_changed)
        self.district_field.fieldChanged.connect(self._schedule)
        self.context.project.layersAdded.connect(self._layers_added)

    def _districts_changed(self, layer) -> None:
        follow_districts(self.district_field, layer)
        self._schedule()

    def _layers_added(self, *args) -> None:
        """A district layer added later is taken in place of the shipped boundaries (or of none)."""
        guess_districts(self.districts_combo, self.context.project)

    def _guarded(self, func):
        """A slot that shows an error in the message bar instead of raising it into Qt (which ends QGIS)."""
        return guarded(self.context.message_bar, func, lambda: self.progress_bar.hide())

    # -- generating ------------------------------------------------------------------------------
    def generate(self) -> QgsProcessingAlgRunnerTask | None:
        """Start generating sectors for the selected parents that have none yet, as a background task.

        ``generated`` is emitted with the number of sectors added when the task has finished (0 when
        it failed or was cancelled). Returns the task, or None when there is nothing to do.
        """
        bar = self.context.message_bar
        if self.running:
            notify(bar, "info", tr("Sectors are being generated; wait for them or cancel."))
            return None
        kind = self.parent_kind.currentData()
        parents, sectors = self.session.layer(kind), self.session.layer("sectors")
        if parents is None or sectors is None:
            notify(bar, "info", tr("Open a workspace first."))
            return None
        selected = parents.selectedFeatureIds()
        if not selected:
            notify(bar, "warning", tr("Select the hazard areas or records to divide into sectors first."))
            return None
        id_field = ID_FIELDS[kind]
        existing = {str(v) for v in sectors.uniqueValues(sectors.fields().indexOf("parent_id")) if v}
        request = QgsFeatureRequest().setFilterFids(selected).setFlags(REQUEST_NO_GEOMETRY)
        todo, already = [], []
        for f in parents.getFeatures(request):
            (already if str(f[id_field]) in existing else todo).append(f)
        if already:
            notify(bar, "info", tr("{count} already have sectors and were left as they are: {ids}").format(
                count=len(already), ids=", ".join(sorted(str(f[id_field]) for f in already))))
        if not todo:
            return None
        source = parents.materialize(QgsFeatureRequest().setFilterFids([f.id() for f in todo]))
        params = {  # the run keeps the parameters, ``source`` with them, until it has finished
            "INPUT": source, "ID_FIELD": id_field, "CELL_SIZE": self.cell_size.value(),
            "ORIENTATION": self.orientation.currentData(), "OUTPUT": None,
            "WORKSPACE": self.session.workspace.parameter_value(),
        }
        run = AlgorithmRun(ALGORITHM_ID, params, self.context.project, self.progress_bar, self.generate_button,
                           self.cancel_button, hide_when_idle=True)
        run.finished.connect(self._guarded(
            lambda ok, results, feedback: self._generated(ok, results, run.context, feedback, sectors)))
        self._run = run
        return run.start()

    def _generated(self, ok: bool, results: dict, context, feedback: RunFeedback, sectors: QgsVectorLayer) -> None:
        self.generate_button.setEnabled(self._layer is not None)
        bar = self.context.message_bar
        added = 0
        if feedback.isCanceled():
            notify(bar, "info", tr("Generating sectors was cancelled; nothing was added."))
        elif not ok:
            details = "\n".join(feedback.errors) or feedback.textLog()
            notify(bar, "error", tr("Sectors could not be generated."), details)
        elif sip.isdeleted(sectors) or sectors is not self._layer:
            notify(bar, "warning", tr("The workspace was closed before the sectors were ready; nothing was added."))
        else:
            added = int(results.get("SECTORS") or 0)
            sectors.dataProvider().reloadData()
            sectors.updateExtents()
            sectors.triggerRepaint()
            if feedback.errors:
                notify(bar, "warning", tr("{count} selected rows got no sectors.").format(
                    count=len(feedback.errors)), "\n".join(feedback.errors))
            if added:
                notify(bar, "success", tr("{count} sectors generated.").format(count=added))
            self.refresh()
        self.generated.emit(added)

    # -- field packages (QField) ------------------------------------------------------------------
    def _ask_and_package(self) -> None:
        team, ok = QInputDialog.getText(self, tr("Package for a team"), tr("Team"))
        if not ok or not team.strip():
            return
        folder = QFileDialog.getExistingDirectory(self, tr("A new, empty folder for the package"))
        if folder:
            self.package_for_team(team.strip(), folder)

    def _ask_and_sync(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("The returned package's folder"))
        if folder:
            self.sync_package(folder)

    def package_for_team(self, team: str, folder: str) -> QgsProcessingAlgRunnerTask | None:
        """Package the selected sectors (else the team's) of the open workspace for ``team`` into ``folder``."""
        layer = self._layer
        if layer is None or self._busy():
            return None
        ids = sorted(str(f["sector_id"]) for f in layer.getSelectedFeatures(_attributes(layer, ["sector_id"])))
        params = {"WORKSPACE": self.session.workspace.parameter_value(), "TEAM": team,
                  "SECTORS": ", ".join(ids), "OUTPUT_FOLDER": folder}
        return self._start(PACKAGE_ID, params, self._packaged)

    def sync_package(self, package: str) -> QgsProcessingAlgRunnerTask | None:
        """Merge the returned package (its folder or GeoPackage) into the open workspace."""
        if self._layer is None or self._busy():
            return None
        params = {"WORKSPACE": self.session.workspace.parameter_value(), "PACKAGE": package,
                  "OUTPUT_REPORT": "TEMPORARY_OUTPUT"}
        return self._start(SYNC_ID, params, self._synced)

    def _busy(self) -> bool:
        if self.running:
            notify(self.context.message_bar, "info", tr("Another task of this tab is running; wait for it or cancel."))
            return True
        return False

    def _start(self, algorithm_id: str, params: dict, done) -> QgsProcessingAlgRunnerTask:
        run = AlgorithmRun(algorithm_id, params, self.context.project, self.progress_bar, self.field_button,
                           self.cancel_button, hide_when_idle=True)
        run.finished.connect(self._guarded(lambda ok, results, feedback: done(ok, results, run, feedback)))
        self._run = run
        return run.start()

    def _packaged(self, ok: bool, results: dict, run: AlgorithmRun, feedback: RunFeedback) -> None:
        bar = self.context.message_bar
        if ok:
            notify(bar, "success", tr("Field package written to {folder}; copy the folder to the device's "
                                      "QField/Imported Projects.").format(folder=results.get("OUTPUT_FOLDER")))
        elif not feedback.isCanceled():
            notify(bar, "error", tr("The field package was not made."), "\n".join(feedback.errors)
                   or feedback.textLog())

    def _synced(self, ok: bool, results: dict, run: AlgorithmRun, feedback: RunFeedback) -> None:
        bar = self.context.message_bar
        if not ok:
            if not feedback.isCanceled():
                notify(bar, "error", tr("The field package was not merged; the workspace is unchanged."),
                       "\n".join(feedback.errors) or feedback.textLog())
            return
        report = run.context.takeResultLayer(results.get("OUTPUT_REPORT", ""))
        if report is not None:
            report.setName(tr("Field sync report"))
            self.context.project.addMapLayer(report)
        for name in ("sectors", "finds", "audit_log"):
            layer = self.session.layer(name)
            if layer is not None:
                layer.dataProvider().reloadData()
                layer.triggerRepaint()
        text = tr("Field package merged: {merged} merged, {skipped} skipped, {conflicts} in conflict.").format(
            merged=int(results.get("MERGED") or 0), skipped=int(results.get("SKIPPED") or 0),
            conflicts=int(results.get("CONFLICTS") or 0))
        notify(bar, "warning" if results.get("CONFLICTS") else "success", text, feedback.textLog())
        self.refresh()

    # -- the map tool ----------------------------------------------------------------------------
    def activate_tool(self) -> None:
        activate_mark_tool(self.context.canvas, self.session, self.context.message_bar)

    # -- the edits of the sectors layer -----------------------------------------------------------
    def unsaved_count(self) -> int:
        """How many sectors have changes not yet saved (edited, added or deleted)."""
        layer = self._layer
        if layer is None or sip.isdeleted(layer) or not layer.isEditable() or layer.editBuffer() is None:
            return 0
        buffer = layer.editBuffer()
        changed = set(buffer.changedAttributeValues()) | set(buffer.changedGeometries())
        return len(changed | set(buffer.addedFeatures()) | set(buffer.deletedFeatureIds()))

    def _tool_active(self) -> bool:
        from ..mark_tool import current_mark_tool

        tool = current_mark_tool(self.context.canvas)
        return tool is not None and self.context.canvas.mapTool() is tool and tool.layer is self._layer

    def save_edits(self) -> bool:
        """Save the sectors' edits (the audit rows go with them); the edit session stays open while the
        Mark sectors tool is in use. False, with the reason in the message bar, when the save failed."""
        layer = self._layer
        if layer is None or not layer.isEditable():
            return False
        count = self.unsaved_count()
        bar = self.context.message_bar
        if layer.commitChanges(not self._tool_active()):
            notify(bar, "success", tr("{count} sector(s) saved; their changes are in the audit log.").format(
                count=count))
            self._update_edit_buttons()
            return True
        from ..conflicts import conflict_of

        if conflict_of(layer) is None:  # a conflict is named by its own message, with a Reload button
            notify(bar, "error", tr("The sectors could not be saved; the edits are kept."),
                   "\n".join(layer.commitErrors()))
        self._update_edit_buttons()
        return False

    def cancel_edits(self) -> bool:
        """Drop the unsaved edits of the sectors, after asking; True when they were dropped."""
        layer = self._layer
        count = self.unsaved_count()
        if layer is None or not layer.isEditable():
            return False
        if count and not self.confirm(tr("Drop the unsaved changes of {count} sector(s)?").format(count=count)):
            return False
        keep_editing = self._tool_active()
        layer.rollBack()
        if keep_editing:
            layer.startEditing()  # the tool's next click is again one undoable edit
        if count:
            notify(self.context.message_bar, "info", tr("The changes of {count} sector(s) were dropped.").format(
                count=count))
        self._update_edit_buttons()
        return True

    def _update_edit_buttons(self, *args) -> None:
        unsaved = self.unsaved_count() > 0
        self.save_button.setEnabled(unsaved)
        self.rollback_button.setEnabled(unsaved)

    # -- history ----------------------------------------------------------------------------------
    def history_keys(self) -> tuple[str, dict[str, list[str]]]:
        """(what the history is of, {layer: feature keys}): the sectors selected on the map, else the record
        or hazard of the table's current row (its sectors and itself); empty when nothing is chosen."""
        layer = self._layer
        if layer is not None and layer.selectedFeatureCount():
            request = QgsFeatureRequest().setFilterFids(layer.selectedFeatureIds()).setFlags(REQUEST_NO_GEOMETRY)
            request.setSubsetOfAttributes(["sector_id"], layer.fields())
            ids = sorted(str(f["sector_id"]) for f in layer.getFeatures(request) if _text(f["sector_id"]))
            title = ids[0] if len(ids) == 1 else tr("{count} sectors").format(count=len(ids))
            return title, {"sectors": ids}
        row = self.table.currentRow()
        if row < 0 or self.level.currentData() != "parent" or row >= len(self.per_parent):
            return "", {}
        return self.parent_history_keys(self.per_parent[row].key)

    def parent_history_keys(self, parent_id: str) -> tuple[str, dict[str, list[str]]]:
        """The history of a record or hazard: its own rows and those of its sectors."""
        keys: dict[str, list[str]] = {"minefield_records": [parent_id], "hazard_areas": [parent_id]}
        if self._layer is not None:
            from qgis.core import QgsExpression

            request = QgsFeatureRequest(QgsExpression(QgsExpression.createFieldEqualityExpression(
                "parent_id", parent_id))).setFlags(REQUEST_NO_GEOMETRY)
            request.setSubsetOfAttributes(["sector_id"], self._layer.fields())
            keys["sectors"] = sorted(str(f["sector_id"]) for f in self._layer.getFeatures(request)
                                     if _text(f["sector_id"]))
        return parent_id, keys

    def show_history(self, title: str | None = None, keys: dict[str, list[str]] | None = None):
        """Open the history of the chosen sectors, record or hazard (see history_keys); the dialog."""
        from ..history import HistoryDialog

        if keys is None:
            title, keys = self.history_keys()
        workspace = self.session.workspace
        if workspace is None or not any(keys.values()):
            notify(self.context.message_bar, "info", tr(
                "Select sectors on the map, or a record or hazard in the table, to see their history."))
            return None
        entries = workspace.history(keys)
        note = tr("Edits not saved yet are not in it.") if self.unsaved_count() else ""
        if self.history_dialog is not None and not sip.isdeleted(self.history_dialog):
            self.history_dialog.close()
        self.history_dialog = HistoryDialog(tr("History of {what}").format(what=title), entries, note, self)
        self.history_dialog.show()
        return self.history_dialog

    def _table_menu(self, position) -> None:
        from qgis.PyQt.QtWidgets import QMenu

        row = self.table.rowAt(position.y())
        if row < 0 or self.level.currentData() != "parent" or row >= len(self.per_parent):
            return
        key = self.per_parent[row].key
        menu = QMenu(self.table)
        menu.addAction(tr("History of {what}…").format(what=key),
                       lambda: self.show_history(*self.parent_history_keys(key)))
        self.table_menu = menu
        menu.popup(self.table.viewport().mapToGlobal(position))

    def _ask(self, question: str) -> bool:
        from qgis.PyQt.QtWidgets import QMessageBox

        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        answer = QMessageBox.question(self, tr("ClearGround"), question, buttons, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    # -- progress --------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Recompute progress from the sectors layer (its edit buffer included) and show it."""
        self._timer.stop()
        layer = self._layer
        if layer is None:
            self.per_parent, self.per_district = [], []
            self._fill_table()
            return
        request = QgsFeatureRequest().setFlags(REQUEST_NO_GEOMETRY)
        request.setSubsetOfAttributes(["parent_id", "status"], layer.fields())
        fids, parents, statuses = [], [], []
        for f in layer.getFeatures(request):
            fids.append(f.id())
            parents.append(_text(f["parent_id"]))
            statuses.append(f["status"] if isinstance(f["status"], str) else None)
        self._measure([fid for fid in fids if fid not in self._areas])
        areas = [self._areas.get(fid, 0.0) for fid in fids]
        self.per_parent, self.per_district = summarize(parents, statuses, areas, self._matched_districts())
        self._fill_table()

    def _measure(self, fids: list[int]) -> None:
        if not fids or self._layer is None:
            return
        layer = self._layer
        wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
        transform = None
        if layer.crs() != wgs84:
            transform = QgsCoordinateTransform(layer.crs(), wgs84, self.context.project)
        request = QgsFeatureRequest().setFilterFids(fids).setNoAttributes()
        ids, blobs = [], []
        for f in layer.getFeatures(request):
            geom = f.geometry()
            if transform is not None and not geom.isNull():
                geom.transform(transform)
            ids.append(f.id())
            blobs.append(None if geom.isNull() else bytes(geom.asWkb()))
        geoms = shapely.from_wkb(blobs)
        for fid, area in zip(ids, geodesic_areas_m2(geoms)):
            self._areas[fid] = float(area)

    def _districts(self) -> dict[str, str | None]:
        """{record or hazard id: district}; a hazard without a district takes its record's."""
        records: dict[str, str | None] = {}
        layer = self.session.layer("minefield_records")
        if layer is not None:
            for f in layer.getFeatures(_attributes(layer, ["record_id", "district"])):
                records[str(f["record_id"])] = _text(f["district"])
        out = dict(records)
        layer = self.session.layer("hazard_areas")
        if layer is not None:
            for f in layer.getFeatures(_attributes(layer, ["hazard_id", "district", "record_id"])):
                out[str(f["hazard_id"])] = _text(f["district"]) or records.get(str(f["record_id"]))
        return out

    def _matched_districts(self) -> dict[str, str | None]:
        """{record or hazard id: district} with each district named as the district layer names it."""
        districts = self._districts()
        layer, field = self.districts_combo.currentLayer(), self.district_field.currentField()
        index = layer.fields().indexOf(field) if layer is not None and field else -1
        if index < 0:
            self.name_match = NameMatch()
            self._show_names_note(None)
            return districts
        self.name_match = match_names(districts.values(), layer.uniqueValues(index))
        self._show_names_note(layer)
        names = self.name_match.names
        return {key: names.get(value.strip(), value) if value else value for key, value in districts.items()}

    def _show_names_note(self, layer) -> None:
        """Say which names were matched to which, and which were not found."""
        match = self.name_match
        parts = []
        if match.matched:
            parts.append(tr("District names matched to {layer}: {pairs}.").format(
                layer=layer.name(), pairs="; ".join(f"{a} → {b}" for a, b in sorted(match.matched.items()))))
        if match.unknown:
            parts.append(tr("Not in {layer}, kept as written: {names}.").format(
                layer=layer.name(), names=", ".join(sorted(match.unknown))))
        if match.ambiguous:
            names = "; ".join(f"{a} ({', '.join(b)})" for a, b in sorted(match.ambiguous.items()))
            parts.append(tr("Like several districts of {layer}, kept as written: {names}.").format(
                layer=layer.name(), names=names))
        self.names_note.setText("\n".join(parts))
        self.names_note.setVisible(bool(parts))

    def _fill_table(self, *args) -> None:
        by_district = self.level.currentData() == "district"
        rows = self.per_district if by_district else self.per_parent
        self.table.setSortingEnabled(False)
        self.table.setRowCount(0)
        if rows:
            rows = list(rows) + [total(rows, tr("All"))]
        self.table.setRowCount(len(rows))
        locale = QLocale()
        for r, row in enumerate(rows):
            values = {
                "key": row.key, "district": "" if by_district else row.district, "sectors": row.sectors,
                "total": row.total_ha, "cleared": row.cleared_ha, "cleared_pct": row.cleared_pct,
                "reduced": row.reduced_ha, "reduced_pct": row.reduced_pct, "cancelled": row.cancelled_ha,
                "cancelled_pct": row.cancelled_pct, "remaining": row.remaining_ha,
                "remaining_pct": row.remaining_pct,
            }
            for c, name in enumerate(COLUMNS):
                value = values[name]
                if isinstance(value, float):
                    text = locale.toString(value, "f", 1)
                elif isinstance(value, int):
                    text = locale.toString(value)
                else:
                    text = str(value)
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, value)
                if not isinstance(value, str):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.setColumnHidden(COLUMNS.index("district"), by_district)
        self.table.horizontalHeaderItem(0).setText(
            tr(COLUMN_LABELS["district"]) if by_district else tr(COLUMN_LABELS["key"]))
        if rows:
            everything = rows[-1]
            self.summary.setText(tr("{cleared} of {total} ha cleared ({pct} %), {remaining} ha remaining.").format(
                cleared=locale.toString(everything.cleared_ha, "f", 1),
                total=locale.toString(everything.total_ha, "f", 1),
                pct=locale.toString(everything.cleared_pct, "f", 1),
                remaining=locale.toString(everything.remaining_ha, "f", 1)))
        else:
            self.summary.setText(tr("No sectors yet."))

    # -- following the sectors layer -------------------------------------------------------------
    def _bind(self, workspace) -> None:
        self._unbind()
        layer = self.session.layer("sectors") if workspace is not None else None
        self._layer = layer
        if layer is not None:
            for signal, slot in self._signals(layer):
                signal.connect(slot)
        self._follow_parents(workspace)
        self.generate_button.setEnabled(layer is not None and not self.running)
        self.mark_button.setEnabled(layer is not None)
        self.history_button.setEnabled(layer is not None)
        self.field_button.setEnabled(layer is not None)
        self._update_edit_buttons()
        self.refresh()

    def _unbind(self, *args) -> None:
        layer, self._layer = self._layer, None
        self._areas.clear()
        if layer is None or sip.isdeleted(layer):
            return
        for signal, slot in self._signals(layer):
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass

    def _follow_parents(self, workspace) -> None:
        """The "For" box follows the selection: records selected, it says records (hazards alike)."""
        for layer, slot in self._parent_slots:
            if not sip.isdeleted(layer):
                try:
                    layer.selectionChanged.disconnect(slot)
                except (TypeError, RuntimeError):
                    pass
        self._parent_slots = []
        if workspace is None:
            return
        for kind in PARENT_LAYER_LABELS:
            layer = self.session.layer(kind)
            if layer is None:
                continue
            slot = (lambda k: lambda *_: self._parent_selection_changed(k))(kind)
            layer.selectionChanged.connect(slot)
            self._parent_slots.append((layer, slot))
        chosen = [kind for kind in PARENT_LAYER_LABELS
                  if self.session.layer(kind) is not None and self.session.layer(kind).selectedFeatureCount()]
        if len(chosen) == 1:
            self._choose_parent_kind(chosen[0])

    def _parent_selection_changed(self, kind: str) -> None:
        layer = self.session.layer(kind)
        if layer is None:
            return
        if layer.selectedFeatureCount():
            self._choose_parent_kind(kind)
            return
        others = [k for k in PARENT_LAYER_LABELS if k != kind and self.session.layer(k) is not None
                  and self.session.layer(k).selectedFeatureCount()]
        if others:
            self._choose_parent_kind(others[0])

    def _choose_parent_kind(self, kind: str) -> None:
        self.parent_kind.setCurrentIndex(self.parent_kind.findData(kind))

    def _signals(self, layer: QgsVectorLayer):
        return [
            (layer.attributeValueChanged, self._schedule),
            (layer.featureAdded, self._schedule),
            (layer.featuresDeleted, self._forget_areas),
            (layer.geometryChanged, self._forget_area),
            (layer.afterCommitChanges, self._forget_all),
            (layer.afterRollBack, self._forget_all),
            (layer.dataChanged, self._schedule),
            (layer.willBeDeleted, self._layer_deleted),
            (layer.editingStarted, self._update_edit_buttons),
            (layer.editingStopped, self._update_edit_buttons),
            (layer.layerModified, self._update_edit_buttons),
            (layer.afterCommitChanges, self._update_edit_buttons),
            (layer.afterRollBack, self._update_edit_buttons),
        ]

    def _schedule(self, *args) -> None:
        self._timer.start()

    def _forget_area(self, fid, *args) -> None:
        self._areas.pop(fid, None)
        self._schedule()

    def _forget_areas(self, fids) -> None:
        for fid in fids:
            self._areas.pop(fid, None)
        self._schedule()

    def _forget_all(self, *args) -> None:
        self._areas.clear()  # new features get their final ids on commit
        self._schedule()

    def _layer_deleted(self) -> None:
        self._unbind()
        self.per_parent, self.per_district = [], []
        self._fill_table()
        self._update_edit_buttons()


def _attributes(layer: QgsVectorLayer, names: list[str]) -> QgsFeatureRequest:
    request = QgsFeatureRequest().setFlags(REQUEST_NO_GEOMETRY)
    request.setSubsetOfAttributes([n for n in names if layer.fields().indexOf(n) >= 0], layer.fields())
    return request


def _text(value) -> str | None:
    if value is None or not isinstance(value, str):
        return None
    return value.strip() or None
