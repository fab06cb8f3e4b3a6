"""The districts layer and its name field, chosen for the user in the tabs that tally by district."""

from __future__ import annotations

from qgis.core import QgsProject, QgsVectorLayer
from qgis.gui import QgsFieldComboBox, QgsMapLayerComboBox

from ..compat import POLYGON_GEOMETRY
from ..processing.algorithms.tally_finds import default_district_field
from .project_layers import PROPERTY

#: Words in the names of district layers (geoBoundaries ADM2, rayons, oblasts, hromadas).
DISTRICT_WORDS = ("district", "rayon", "adm2", "region", "oblast", "hromad")


def looks_like_districts(name: str) -> bool:
    name = name.lower()
    return any(word in name for word in DISTRICT_WORDS)


def guess_districts(combo: QgsMapLayerComboBox, project: QgsProject, keep_any: bool = True) -> None:
    """Choose a polygon layer of the project that is not a workspace layer, one named like districts first.

    The current choice stays when it is not a workspace layer (``keep_any``), or only when it is also
    named like districts (``keep_any=False``).
    """
    current = combo.currentLayer()
    if current is not None and not current.customProperty(PROPERTY) and (
            keep_any or looks_like_districts(current.name())):
        return
    candidates = [layer for layer in project.mapLayers().values()
                  if isinstance(layer, QgsVectorLayer) and layer.geometryType() == POLYGON_GEOMETRY
                  and not layer.customProperty(PROPERTY)]
    named = [layer for layer in candidates if looks_like_districts(layer.name())]
    choice = (named or candidates or [None])[0]
    if choice is not None:
        combo.setLayer(choice)


def follow_districts(field_combo: QgsFieldComboBox, layer) -> None:
    """Point the district name chooser at ``layer`` and pick its likely name field."""
    field_combo.setLayer(layer)
    if layer is not None:
        field_combo.setField(default_district_field(layer.fields()) or "")
