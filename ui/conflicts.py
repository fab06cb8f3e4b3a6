"""Concurrent marking: after a refused save, name the conflict and offer to reload.

Both backends refuse a save made from a sector read before someone else's save (the database's own
rule): PostGIS says which sector in its error; a GeoPackage's trigger cannot, so the sector is the
one whose saved version no longer matches what this QGIS read.
"""

from __future__ import annotations

from qgis.core import QgsFeatureRequest, QgsVectorLayer
from qgis.gui import QgsMessageBar
from qgis.PyQt.QtCore import QObject, QTimer
from qgis.PyQt.QtWidgets import QPushButton

from ..compat import MSG_WARNING, REQUEST_NO_GEOMETRY
from ..core.labels import SECTOR_STATUS_LABELS
from ..core.text import tr
from ..workspace import postgis
from ..workspace.gpkg_store import CONFLICT_TEXT
from ..workspace.store import SectorConflictError, conflict_message
from .messages import clear_ours, notify


def conflict_of(layer: QgsVectorLayer) -> SectorConflictError | None:
    """The version conflict that made the layer's last save fail, if it was one."""
    errors = layer.commitErrors()
    if layer.providerType() == "postgres":
        return postgis.conflict_from_error(errors)
    if CONFLICT_TEXT not in "\n".join(errors) or layer.editBuffer() is None:
        return None
    fields = layer.fields()
    index = fields.indexOf("version")
    changed = layer.editBuffer().changedAttributeValues()
    fids = [fid for fid, values in changed.items() if index in values]
    stored = {f.id(): f for f in layer.dataProvider().getFeatures(
        QgsFeatureRequest().setFilterFids(fids).setFlags(REQUEST_NO_GEOMETRY))}
    for fid in fids:
        feature = stored.get(fid)
        if feature is None:
            continue
        version = feature["version"]
        if changed[fid][index] != (0 if version is None else int(version)) + 1:
            sector, user = str(feature["sector_id"]), feature["updated_by"]
            when = feature["updated_at"]
            when = when.toUTC().toString("yyyy-MM-ddTHH:mm:ss") if hasattr(when, "toUTC") and when else None
            user = None if user is None or str(user) == "NULL" else str(user)
            return SectorConflictError(conflict_message(sector, user, when, version), sector, user, when, version)
    return None


class ConflictWatcher(QObject):
    """A child of a sectors layer: checks every save it attempts for a version conflict."""

    OBJECT_NAME = "clearground_conflict_watcher"

    def __init__(self, layer: QgsVectorLayer, message_bar: QgsMessageBar):
        super().__init__(layer)
        self.setObjectName(self.OBJECT_NAME)
        self.message_bar = message_bar
        self.last_conflict: SectorConflictError | None = None
        self.reload_button: QPushButton | None = None
        layer.beforeCommitChanges.connect(self._after_save_attempt)

    @classmethod
    def for_layer(cls, layer: QgsVectorLayer, message_bar: QgsMessageBar) -> ConflictWatcher:
        """The watcher of ``layer``, created on first use."""
        for child in layer.children():
            if isinstance(child, cls) and child.objectName() == cls.OBJECT_NAME:
                child.message_bar = message_bar
                return child
        return cls(layer, message_bar)

    @property
    def layer(self) -> QgsVectorLayer:
        return self.parent()

    def _after_save_attempt(self, *args) -> None:
        QTimer.singleShot(0, self.check)  # commitErrors() is complete once the save has returned

    def check(self) -> SectorConflictError | None:
        """Show the conflict of the last failed save, if it was one; return it."""
        layer = self.layer
        if not layer.isEditable():
            return None  # saved
        conflict = conflict_of(layer)
        if conflict is None:
            return None
        self.last_conflict = conflict
        item = self.message_bar.createMessage("ClearGround", str(conflict))
        self.reload_button = QPushButton(tr("Reload sector {sector}").format(sector=conflict.sector_id), item)
        self.reload_button.clicked.connect(lambda: self.reload(conflict))
        item.layout().addWidget(self.reload_button)
        clear_ours(self.message_bar)
        self.message_bar.pushWidget(item, MSG_WARNING, 0)
        return conflict

    def reload(self, conflict: SectorConflictError) -> None:
        """Drop this QGIS's edit of the sector and show it as the other analyst saved it."""
        fresh = postgis.reload_sector_feature(self.layer, conflict.sector_id)
        self.message_bar.clearWidgets()
        if fresh is None:
            text = tr("Sector {sector} no longer exists.").format(sector=conflict.sector_id)
            notify(self.message_bar, "warning", text)
        else:
            status = tr(SECTOR_STATUS_LABELS.get(fresh["status"], str(fresh["status"])))
            notify(self.message_bar, "info", tr("Sector {sector} reloaded: now “{status}”, version {version}.").format(
                sector=conflict.sector_id, status=status, version=fresh["version"]))
