"""Put a workspace's layers into a QGIS project, in one group, each with its ClearGround style."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsLayerTreeGroup, QgsProject, QgsVectorLayer

from ..core import schema
from ..core.text import tr
from ..workspace import Workspace

STYLE_DIR = Path(__file__).resolve().parent.parent / "resources" / "styles"
#: Custom property that marks a layer as belonging to a ClearGround workspace.
PROPERTY = "clearground/layer"


def style_path(layer_name: str) -> Path:
    """The .qml style of a workspace layer."""
    return STYLE_DIR / f"{layer_name}.qml"


def group_name(workspace: Workspace) -> str:
    if getattr(workspace, "provider", "ogr") == "postgres":
        return tr("ClearGround: {name}").format(name=workspace.schema)
    return tr("ClearGround: {name}").format(name=workspace.path.stem)


def workspace_id(workspace: Workspace) -> str:
    """What identifies a workspace in the project: its file, or its connection and schema (no credentials)."""
    if getattr(workspace, "provider", "ogr") == "postgres":
        return f"postgres:{workspace.connection}/{workspace.schema}"
    return workspace.parameter_value()


def add_workspace_layers(project: QgsProject, workspace: Workspace) -> QgsLayerTreeGroup:
    """Add (or refresh) the workspace's layers in their own group at the top of the layer tree."""
    root = project.layerTreeRoot()
    name = group_name(workspace)
    old = root.findGroup(name)
    if old is not None:
        remove_group(project, old)
    group = root.insertGroup(0, name)
    group.setCustomProperty(PROPERTY, workspace_id(workspace))
    # Polygons under points: list the layers top to bottom as they should draw.
    order = ("discrepancies", "finds", "recorded_mines", "sectors", "minefield_records", "hazard_areas", "audit_log")
    for layer_name in order:
        lyr_def = schema.layer(layer_name)
        layer = QgsVectorLayer(workspace.uri(layer_name), tr(lyr_def.title), getattr(workspace, "provider", "ogr"))
        if not layer.isValid():
            raise RuntimeError(f"cannot load {layer_name} from {workspace_id(workspace)}")
        qml = style_path(layer_name)
        if qml.exists():
            layer.loadNamedStyle(str(qml))
        layer.setCustomProperty(PROPERTY, layer_name)  # after the style, which resets custom properties
        project.addMapLayer(layer, False)
        node = group.addLayer(layer)
        if lyr_def.geometry is None:
            node.setItemVisibilityChecked(False)
    return group


def remove_group(project: QgsProject, group: QgsLayerTreeGroup) -> None:
    """Remove a workspace group and its layers from the project."""
    ids = [node.layerId() for node in group.findLayers()]
    group.parent().removeChildNode(group)
    project.removeMapLayers(ids)


def workspace_layer(project: QgsProject, layer_name: str) -> QgsVectorLayer | None:
    """The project's layer for a workspace layer name, if the workspace is loaded."""
    for layer in project.mapLayers().values():
        if layer.customProperty(PROPERTY) == layer_name:
            return layer
    return None
