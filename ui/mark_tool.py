"""The Mark sectors map tool: pick sectors on the canvas and set their status in one edit.

- click a sector: that sector;
- drag a rectangle: every sector whose inside it reaches;
- polygon: Shift+click (or click outside every sector) starts it, left clicks add vertices, a right
  click closes it (Backspace removes the last vertex, Esc drops it).

The chosen sectors are selected and outlined while the form is open; the form's values are written
as one undoable edit (sector_edits.apply_status_change); saving the layer's edits writes the audit
rows. Sectors are found through the provider's spatial index (a rectangle request), never by
scanning the layer.

The layer's edit session is opened when the tool is activated, not on the first click: opening it
(the provider reopens its data source for writing, and SQLite syncs a GeoPackage to disk, which takes
a fraction of a second when the file was written recently) would otherwise delay the answer to that
click. A layer that cannot be edited (read-only, or a PostGIS reader) is named in a message at once.
When the tool is put away, a session it opened and made no edit in is closed again, so that
activating and leaving the tool leaves the layer as it was.
"""

from __future__ import annotations

from typing import Callable

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.gui import QgsMapCanvas, QgsMapMouseEvent, QgsMapTool, QgsMessageBar, QgsRubberBand
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QPoint, Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import QApplication

from ..compat import POLYGON_GEOMETRY
from ..core.labels import SECTOR_STATUS_LABELS
from ..core.text import tr
from ..workspace import audit
from ..workspace.sector_edits import AuditRecorder, SectorEditError, StatusChange, apply_status_change
from .mark_form import MarkRequest, ask_status_change
from .messages import notify, notify_error

FormFactory = Callable[[MarkRequest], "StatusChange | None"]
_SELECTION = QColor(255, 215, 0, 90)
_OUTLINE = QColor(255, 140, 0, 220)


class MarkSectorsTool(QgsMapTool):
    """Picks sectors of ``layer`` and applies the status the form returns."""

    #: the fids whose values changed
    marked = pyqtSignal(list)

    def __init__(
        self,
        canvas: QgsMapCanvas,
        layer: QgsVectorLayer,
        form_factory: FormFactory | None = None,
        message_bar: QgsMessageBar | None = None,
        audit_layer: QgsVectorLayer | None = None,
        user: str | None = None,
    ):
        super().__init__(canvas)
        self.layer: QgsVectorLayer | None = layer
        self.form_factory = form_factory or (lambda request: ask_status_change(request, canvas.window()))
        self.message_bar = message_bar
        self.user = user
        self.recorder = AuditRecorder.for_layer(layer, audit_layer)
        self.recorder.failed.connect(self._audit_failed)
        if message_bar is not None:
            from .conflicts import ConflictWatcher

            ConflictWatcher.for_layer(layer, message_bar)
        layer.willBeDeleted.connect(self._layer_gone)
        layer.afterCommitChanges.connect(self._nothing_unsaved)
        layer.afterRollBack.connect(self._nothing_unsaved)
        self.band = QgsRubberBand(canvas, POLYGON_GEOMETRY)
        self.band.setColor(_OUTLINE)
        self.band.setFillColor(QColor(255, 140, 0, 40))
        self.band.setWidth(2)
        self.highlight = QgsRubberBand(canvas, POLYGON_GEOMETRY)
        self.highlight.setColor(_OUTLINE)
        self.highlight.setFillColor(_SELECTION)
        self.highlight.setWidth(2)
        self.vertices: list[QgsPointXY] = []
        self._press_pixel = None
        self._press_map: QgsPointXY | None = None
        self._dragging = False
        #: True while the layer's edit session is one this tool opened (and so may close again)
        self._opened_session = False
        #: True once this tool changed the layer during the session it opened
        self._edited = False
        self.setCursor(Qt.CursorShape.CrossCursor)

    # -- finding sectors -------------------------------------------------------------------------
    def _to_layer(self) -> QgsCoordinateTransform:
        settings = self.canvas().mapSettings()
        return QgsCoordinateTransform(settings.destinationCrs(), self.layer.crs(), settings.transformContext())

    def sectors_at(self, map_point: QgsPointXY) -> list[int]:
        """The sector under a canvas point (the one drawn on top when sectors overlap)."""
        if self.layer is None:
            return []
        point = QgsGeometry.fromPointXY(self._to_layer().transform(map_point))
        p = point.asPoint()
        eps = 1e-9 * max(1.0, abs(p.x()), abs(p.y()))
        request = QgsFeatureRequest().setFilterRect(QgsRectangle(p.x() - eps, p.y() - eps, p.x() + eps, p.y() + eps))
        request.setNoAttributes()
        hits = [f.id() for f in self.layer.getFeatures(request) if f.geometry().intersects(point)]
        return hits[-1:]

    def sectors_in(self, map_geometry: QgsGeometry) -> list[int]:
        """The sectors whose inside a canvas rectangle or polygon reaches (touching edges do not count)."""
        if self.layer is None:
            return []
        geom = QgsGeometry(map_geometry)
        geom.transform(self._to_layer())
        engine = QgsGeometry.createGeometryEngine(geom.constGet())
        engine.prepareGeometry()
        request = QgsFeatureRequest().setFilterRect(geom.boundingBox())
        request.setNoAttributes()
        out = []
        for f in self.layer.getFeatures(request):
            g = f.geometry().constGet()
            if engine.intersects(g) and not engine.touches(g):
                out.append(f.id())
        return out

    # -- marking ---------------------------------------------------------------------------------
    def mark(self, fids: list[int]) -> list[int]:
        """Highlight ``fids``, ask the form, apply its change; the fids that changed."""
        if self.layer is None or self.highlight is None or not fids:
            return []
        if not self._start_editing():  # e.g. saved and left edit mode since the tool was activated
            return []
        layer = self.layer
        request = QgsFeatureRequest().setFilterFids(list(fids))
        features = list(layer.getFeatures(request))
        previous = layer.selectedFeatureIds()
        layer.selectByIds([f.id() for f in features])
        self.highlight.reset(POLYGON_GEOMETRY)
        for f in features:
            self.highlight.addGeometry(f.geometry(), layer, False)
        self.highlight.updatePosition()
        self.highlight.show()
        try:
            change = self.form_factory(MarkRequest(len(features), [f["status"] for f in features]))
        finally:
            self.highlight.reset(POLYGON_GEOMETRY)
            if self.layer is not None:
                layer.selectByIds(previous)
        if change is None or self.layer is None:
            return []
        try:
            changed = apply_status_change(layer, [f.id() for f in features], change, user=self.user)
        except SectorEditError as exc:
            self._notify("warning", str(exc))
            return []
        if changed:
            self._edited = True
            self._notify("info", tr("{count} sector(s) marked “{status}”. Press Save edits in the Sectors tab to "
                                    "keep them (Cancel edits drops them).").format(
                count=len(changed), status=tr(SECTOR_STATUS_LABELS.get(change.status, change.status))))
        else:
            self._notify("info", tr("The chosen sectors already have these values."))
        layer.triggerRepaint()
        self.marked.emit(changed)
        return changed

    # -- mouse and keys --------------------------------------------------------------------------
    def canvasPressEvent(self, e: QgsMapMouseEvent) -> None:  # noqa: N802 - QGIS API
        if e.button() == Qt.MouseButton.LeftButton:
            self._press_pixel = QPoint(e.pos())
            self._press_map = e.mapPoint()
            self._dragging = False

    def canvasMoveEvent(self, e: QgsMapMouseEvent) -> None:  # noqa: N802 - QGIS API
        if self.band is None:
            return
        if self._press_map is not None and e.buttons() & Qt.MouseButton.LeftButton and not self.vertices:
            moved = (e.pos() - self._press_pixel).manhattanLength()
            if self._dragging or moved >= QApplication.startDragDistance():
                self._dragging = True
                self.band.setToGeometry(QgsGeometry.fromRect(QgsRectangle(self._press_map, e.mapPoint())))
        elif self.vertices:
            self._show_polygon(e.mapPoint())

    def canvasReleaseEvent(self, e: QgsMapMouseEvent) -> None:  # noqa: N802 - QGIS API
        try:
            self._release(e)
        except Exception as exc:  # noqa: BLE001 - an error in a Qt event handler would end QGIS
            self.cancel_polygon()
            if self.message_bar is not None:
                notify_error(self.message_bar, exc)
            else:
                raise

    def _release(self, e: QgsMapMouseEvent) -> None:
        if e.button() == Qt.MouseButton.RightButton:
            self._close_polygon()
            return
        if e.button() != Qt.MouseButton.LeftButton or self._press_map is None:
            return
        start, self._press_map = self._press_map, None
        if self._dragging:
            self._dragging = False
            self.band.reset(POLYGON_GEOMETRY)
            rect = QgsRectangle(start, e.mapPoint())
            if rect.width() > 0 and rect.height() > 0:
                self.mark(self.sectors_in(QgsGeometry.fromRect(rect)))
            return
        shift = bool(e.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if self.vertices or shift:
            self.add_vertex(e.mapPoint())
            return
        fids = self.sectors_at(e.mapPoint())
        if fids:
            self.mark(fids)
        else:
            self.add_vertex(e.mapPoint())

    def keyPressEvent(self, e) -> None:  # noqa: N802 - QGIS API
        if e.key() == Qt.Key.Key_Escape and self.vertices:
            self.cancel_polygon()
            e.accept()
        elif e.key() == Qt.Key.Key_Backspace and self.vertices:
            self.vertices.pop()
            self._show_polygon(None)
            e.accept()
        else:
            e.ignore()

    # -- polygon ---------------------------------------------------------------------------------
    def add_vertex(self, point: QgsPointXY) -> None:
        self.vertices.append(QgsPointXY(point))
        self._show_polygon(None)

    def cancel_polygon(self) -> None:
        self.vertices = []
        if self.band is not None:
            self.band.reset(POLYGON_GEOMETRY)

    def _close_polygon(self) -> None:
        vertices = self.vertices
        self.cancel_polygon()
        if len(vertices) >= 3:
            polygon = QgsGeometry.fromPolygonXY([vertices + [vertices[0]]])
            self.mark(self.sectors_in(polygon.makeValid() if not polygon.isGeosValid() else polygon))

    def _show_polygon(self, moving: QgsPointXY | None) -> None:
        if self.band is None:
            return
        points = list(self.vertices) + ([moving] if moving is not None else [])
        self.band.reset(POLYGON_GEOMETRY)
        for p in points:
            self.band.addPoint(p, False)
        self.band.updatePosition()
        self.band.show()

    # -- edit session ----------------------------------------------------------------------------
    def _start_editing(self) -> bool:
        """Put the layer in edit mode unless it is; False (with a message) when it cannot be edited."""
        layer = self.layer
        if layer is None:
            return False
        if layer.isEditable():
            return True
        if not layer.startEditing():
            self._notify("warning", tr("The layer {layer} cannot be edited.").format(layer=layer.name()))
            return False
        self._opened_session, self._edited = True, False
        return True

    def _end_unused_session(self) -> None:
        """Close the edit session this tool opened if nothing was changed in it (nothing is lost)."""
        opened, self._opened_session = self._opened_session, False
        layer = self.layer
        if not opened or self._edited or layer is None or not layer.isEditable() or layer.isModified():
            return
        layer.rollBack()

    # -- life ------------------------------------------------------------------------------------
    def activate(self) -> None:
        super().activate()
        self._opened_session = self._edited = False
        self._start_editing()
        # every save's audit rows name the user: QGIS looks the name up once (~10 ms), so do it now
        audit.current_user()

    def deactivate(self) -> None:
        self.cancel_polygon()
        if self.highlight is not None:
            self.highlight.reset(POLYGON_GEOMETRY)
        self._press_map = None
        self._dragging = False
        self._end_unused_session()
        super().deactivate()

    def _nothing_unsaved(self) -> None:
        """Saved or dropped: no edit of this tool's is left, so its session may close when it is put away."""
        self._edited = False

    def _layer_gone(self) -> None:
        self.layer = None
        self.cancel_polygon()
        if self.canvas().mapTool() is self:
            self.canvas().unsetMapTool(self)

    def _audit_failed(self, message: str) -> None:
        self._notify("error", message)

    def _notify(self, level: str, text: str) -> None:
        if self.message_bar is not None:
            notify(self.message_bar, level, text)

    def cleanup(self) -> None:
        """Delete the rubber bands while the canvas still exists (call before deleting the tool)."""
        for name in ("band", "highlight"):
            band = getattr(self, name)
            if band is None or sip.isdeleted(band):
                continue
            band.reset(POLYGON_GEOMETRY)
            scene = band.scene()
            if scene is not None:
                scene.removeItem(band)
            sip.delete(band)
        self.band = self.highlight = None
        self.form_factory = None


#: The Mark sectors tool of each canvas (the toolbar action and the Sectors tab share it).
_TOOLS: dict[int, MarkSectorsTool] = {}


def current_mark_tool(canvas: QgsMapCanvas) -> MarkSectorsTool | None:
    tool = _TOOLS.get(id(canvas))
    if tool is not None and sip.isdeleted(tool):
        _TOOLS.pop(id(canvas), None)
        return None
    return tool


def activate_mark_tool(
    canvas: QgsMapCanvas, session, message_bar: QgsMessageBar | None, action=None
) -> MarkSectorsTool | None:
    """Make the Mark sectors tool current on ``canvas`` for the session's sectors layer.

    One tool per canvas, reused while it works on that layer; None (with a message) when no
    workspace is open. ``action`` (checkable) follows the tool: checked while it is active.
    """
    layer = session.layer("sectors") if session is not None else None
    tool = current_mark_tool(canvas)
    if layer is None:
        if message_bar is not None:
            notify(message_bar, "info", tr("Open a workspace first: Mark sectors works on its sectors layer."))
        if action is not None:
            action.setChecked(False)
        return None
    if tool is None or tool.layer is not layer:
        release_mark_tool(canvas)
        tool = MarkSectorsTool(canvas, layer, message_bar=message_bar, audit_layer=session.layer("audit_log"))
        _TOOLS[id(canvas)] = tool
    if action is not None:
        tool.setAction(action)
    canvas.setMapTool(tool)
    return tool


def toggle_mark_tool(canvas: QgsMapCanvas, session, message_bar: QgsMessageBar | None, action,
                     checked: bool) -> None:
    """The toolbar action's slot: activate the tool when checked, put it away when unchecked."""
    tool = current_mark_tool(canvas)
    if not checked:
        if tool is not None and canvas.mapTool() is tool:
            canvas.unsetMapTool(tool)
        return
    activate_mark_tool(canvas, session, message_bar, action)


def release_mark_tool(canvas: QgsMapCanvas) -> None:
    """Unset and delete the canvas's Mark sectors tool, if any (the plugin calls this on unload)."""
    tool = current_mark_tool(canvas)
    _TOOLS.pop(id(canvas), None)
    if tool is None:
        return
    if canvas.mapTool() is tool:
        canvas.unsetMapTool(tool)
    tool.cleanup()
    tool.setAction(None)
    tool.deleteLater()
