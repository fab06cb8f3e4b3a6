"""The open workspace of a QGIS session: new, open, recent, close; what the dock and tools share."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsProject,
    QgsSettings,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QObject, QTimer, pyqtSignal

from ..core.coords import most_common_utm
from ..workspace import Workspace, create_workspace, open_workspace, postgis
from . import project_layers
from .district_picker import add_shipped_districts, remove_shipped_districts

RECENT_KEY = "clearground/recent_workspaces"
MAX_RECENT = 8
#: Features looked at to find the UTM zone of a workspace (enough to know where most of them are).
ZONE_SAMPLE = 20_000


class WorkspaceSession(QObject):
    """Holds the open workspace and tells listeners when it changes.

    Errors (WorkspaceError) propagate to the caller, which shows them; a failed open leaves the
    current workspace as it was.
    """

    changed = pyqtSignal(object)  # Workspace or None

    def __init__(self, project: QgsProject, settings: QgsSettings | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.project = project
        self.settings = settings or QgsSettings()
        self.workspace: Workspace | postgis.PgWorkspace | None = None
        #: the CRS the project was set to when the open workspace opened (None when it was left as it was)
        self.crs_fitted: QgsCoordinateReferenceSystem | None = None
        self._crs_timer = QTimer(self)
        self._crs_timer.setSingleShot(True)
        self._crs_timer.setInterval(0)
        self._crs_timer.timeout.connect(self._keep_fitted_crs)
        project.cleared.connect(self._crs_timer.stop)  # a new project is none of this workspace's business
        #: The user's rights in a PostGIS workspace (None for a GeoPackage: the file's permissions rule).
        self.access: postgis.Access | None = None

    def new(self, path: str | Path) -> Workspace:
        return self._use(create_workspace(path))

    def open(self, path: str | Path) -> Workspace:
        return self._use(open_workspace(path))

    def open_postgis(self, connection: str, schema_name: str) -> postgis.PgWorkspace:
        """Open the workspace in ``schema_name`` through the QGIS PostgreSQL connection ``connection``."""
        workspace = postgis.open_connection_workspace(connection, schema_name)
        db = postgis.connect(connection)
        try:
            rights = postgis.access(db, schema_name)
        finally:
            db.close()
        return self._use(workspace, rights)

    @property
    def read_only(self) -> bool:
        """True when the open workspace may be read but not changed by this user."""
        return self.access is not None and self.access.read_only

    def close(self) -> None:
        self._crs_timer.stop()
        if self.workspace is None:
            return
        group = self.project.layerTreeRoot().findGroup(project_layers.group_name(self.workspace))
        if group is not None:
            project_layers.remove_group(self.project, group)
        remove_shipped_districts(self.project)
        self.workspace = None
        self.access = None
        self.crs_fitted = None
        self.changed.emit(None)

    def layer(self, name: str) -> QgsVectorLayer | None:
        """The project layer of the open workspace called ``name`` (e.g. 'sectors')."""
        if self.workspace is None:
            return None
        return project_layers.workspace_layer(self.project, name)

    def fit_project_crs(self) -> QgsCoordinateReferenceSystem | None:
        """Put a project still in the default or a geographic CRS into the UTM zone of most of the workspace's
        records (else hazards, else finds), so that sectors and distances look as they are on the ground.

        A project the analyst set to a projected CRS is left alone. Returns the CRS set, or None.
        """
        current = self.project.crs()
        if current.isValid() and not current.isGeographic():
            return None
        for name in ("minefield_records", "hazard_areas", "finds"):
            epsg = most_common_utm(_centres(self.layer(name)))
            if epsg is not None:
                break
        else:
            return None
        crs = QgsCoordinateReferenceSystem(epsg)
        if not crs.isValid() or crs == current:
            return None
        self.project.setCrs(crs)
        return crs

    def _keep_fitted_crs(self) -> None:
        crs, current = self.crs_fitted, self.project.crs()
        if crs is None or self.workspace is None or current == crs:
            return
        if not current.isValid() or current.isGeographic():
            self.project.setCrs(crs)

    def recent(self) -> list[str]:
        value = self.settings.value(RECENT_KEY, [])
        if isinstance(value, str):
            value = [value] if value else []
        return [p for p in value if p]

    def _use(self, workspace, access: postgis.Access | None = None):
        if self.workspace is not None:
            self.close()
        project_layers.add_workspace_layers(self.project, workspace)
        add_shipped_districts(self.project)
        self.workspace = workspace
        self.access = access
        self.crs_fitted = self.fit_project_crs()
        if self.crs_fitted is not None:
            # QGIS gives a project the CRS of its first layers once the canvas has them (a deferred call):
            # the workspace's CRS is set again after it
            self._crs_timer.start()
        if isinstance(workspace, Workspace):  # a PostGIS workspace is reopened from its connection
            path = str(workspace.path)
            recent = [path] + [p for p in self.recent() if p != path]
            self.settings.setValue(RECENT_KEY, recent[:MAX_RECENT])
        self.changed.emit(workspace)
        return workspace


def _centres(layer: QgsVectorLayer | None) -> list[tuple[float, float]]:
    """(lon, lat) of the middle of each feature's box (at most ZONE_SAMPLE of them)."""
    if layer is None or not layer.isValid():
        return []
    request = QgsFeatureRequest().setNoAttributes().setLimit(ZONE_SAMPLE)
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    transform = None if layer.crs() == wgs84 else QgsCoordinateTransform(layer.crs(), wgs84, QgsProject.instance())
    out = []
    for feature in layer.getFeatures(request):
        if not feature.hasGeometry():
            continue
        centre = feature.geometry().boundingBox().center()
        if transform is not None:
            centre = transform.transform(centre)
        out.append((centre.x(), centre.y()))
    return out
