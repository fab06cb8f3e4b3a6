"""The districts layer and its name field, chosen for the user in the tabs that tally by district.

A workspace layer is never offered as districts (a tally "by sector" is a trap, not a tally). When a
workspace opens in a project without district boundaries, the boundaries shipped with the plugin are
added, with their attribution; a polygon layer with a district field added later is preferred to them.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsFillSymbol, QgsProject, QgsVectorLayer
from qgis.gui import QgsFieldComboBox, QgsMapLayerComboBox

from ..compat import POLYGON_GEOMETRY
from ..core.text import tr
from ..processing.algorithms.tally_finds import default_district_field
from .project_layers import PROPERTY

#: Words in the names of district layers and fields (geoBoundaries ADM2, rayons, oblasts, hromadas).
DISTRICT_WORDS = ("district", "rayon", "adm2", "region", "oblast", "hromad")
#: The custom property marking the boundaries the plugin added itself.
SHIPPED_PROPERTY = "clearground/shipped_districts"
SHIPPED_DISTRICTS = (Path(__file__).resolve().parent.parent / "resources" / "data" / "districts"
                     / "geoBoundaries-AZE-ADM2.geojson")
ATTRIBUTION = "geoBoundaries (www.geoboundaries.org), CC BY-SA 3.0"


def looks_like_districts(name: str) -> bool:
    name = name.lower()
    return any(word in name for word in DISTRICT_WORDS)


def has_district_field(layer: QgsVectorLayer) -> bool:
    return any(looks_like_districts(f.name()) for f in layer.fields())


def workspace_layers(project: QgsProject) -> list:
    return [layer for layer in project.mapLayers().values() if layer.customProperty(PROPERTY)]


def district_candidates(project: QgsProject) -> list[QgsVectorLayer]:
    """Polygon layers that may be districts, best first: with a district field, named like districts, the
    shipped boundaries last; never a workspace layer."""
    layers = [layer for layer in project.mapLayers().values()
              if isinstance(layer, QgsVectorLayer) and layer.isValid() and layer.geometryType() == POLYGON_GEOMETRY
              and not layer.customProperty(PROPERTY)]

    def rank(layer: QgsVectorLayer) -> tuple:
        return (bool(layer.customProperty(SHIPPED_PROPERTY)), not has_district_field(layer),
                not looks_like_districts(layer.name()))

    return sorted(layers, key=rank)


def guess_districts(combo: QgsMapLayerComboBox, project: QgsProject, keep_any: bool = True) -> None:
    """Choose the districts layer: workspace layers are excepted from the box; the current choice stays
    unless it is empty or the shipped boundaries and a better layer is there (``keep_any=False``: it
    stays only when it looks like districts)."""
    combo.setAllowEmptyLayer(True)
    combo.setExceptedLayerList(workspace_layers(project))
    current = combo.currentLayer()
    candidates = district_candidates(project)
    best = candidates[0] if candidates else None
    if current is not None and not current.customProperty(PROPERTY) and current in candidates:
        shipped = bool(current.customProperty(SHIPPED_PROPERTY))
        looks = looks_like_districts(current.name()) or has_district_field(current)
        if not (shipped and best is not current) and (keep_any or looks):
            return
    combo.setLayer(best)


def follow_districts(field_combo: QgsFieldComboBox, layer) -> None:
    """Point the district name chooser at ``layer`` and pick its likely name field."""
    field_combo.setLayer(layer)
    if layer is not None:
        field_combo.setField(default_district_field(layer.fields()) or "")


def add_shipped_districts(project: QgsProject) -> QgsVectorLayer | None:
    """The shipped district boundaries added to the project when it has no district layer; None when it has."""
    if any(has_district_field(layer) or looks_like_districts(layer.name()) for layer in district_candidates(project)):
        return None
    layer = QgsVectorLayer(str(SHIPPED_DISTRICTS), tr("Districts of Azerbaijan (geoBoundaries)"), "ogr")
    if not layer.isValid():
        return None
    layer.setAttribution(ATTRIBUTION)
    metadata = layer.metadata()
    metadata.setRights([ATTRIBUTION])
    layer.setMetadata(metadata)
    layer.setCustomProperty(SHIPPED_PROPERTY, True)
    layer.renderer().setSymbol(QgsFillSymbol.createSimple(
        {"color": "0,0,0,0", "outline_color": "90,90,90,255", "outline_width": "0.3"}))
    project.addMapLayer(layer, False)
    project.layerTreeRoot().addLayer(layer)  # at the bottom, under the workspace
    return layer


def remove_shipped_districts(project: QgsProject) -> None:
    """Take away the boundaries add_shipped_districts added (when the workspace closes)."""
    project.removeMapLayers([layer.id() for layer in project.mapLayers().values()
                             if layer.customProperty(SHIPPED_PROPERTY)])
