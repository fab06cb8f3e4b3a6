"""What a field-report import reads of a workspace: its finds (to tell duplicates), its sectors (to find a
find's sector by position) and its hazard areas (to tell a hazard imported again). Both backends: the
layers are read through QGIS (workspace/arrays.py), by the URI the store gives."""

from __future__ import annotations

import numpy as np
import shapely
from qgis.core import QgsVectorLayer

from ..core.field_finds import Known
from ..core.find_import import Sectors
from ..core.text import tr
from .arrays import read_layer
from .errors import WorkspaceError


def _layer(store, name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(store.uri(name), name, store.provider)
    if not layer.isValid():
        raise WorkspaceError(tr("the workspace's layer {layer} cannot be read").format(layer=name))
    return layer


def _date_text(value) -> str | None:
    if value is None or (isinstance(value, np.datetime64) and np.isnat(value)):
        return None
    return str(value)[:10]


def known_finds(store) -> list[Known]:
    """The workspace's finds as the duplicate rule reads them (core.field_finds.Known)."""
    arrays = read_layer(_layer(store, "finds"), ["find_id", "found_date", "category", "model", "uuid"])
    x, y = arrays.xy()
    a = arrays.attrs
    return [Known(str(a["find_id"][i]), float(x[i]), float(y[i]), _date_text(a["found_date"][i]),
                  a["category"][i], a["model"][i], a["uuid"][i]) for i in range(len(arrays))]


def workspace_sectors(store) -> Sectors:
    """The workspace's sectors with their polygons in WGS 84."""
    arrays = read_layer(_layer(store, "sectors"), ["sector_id"])
    keep = [i for i, g in enumerate(arrays.geoms) if g is not None and not g.is_empty]
    return Sectors([str(arrays.attrs["sector_id"][i]) for i in keep], [arrays.geoms[i] for i in keep])


HAZARD_COMPARED = ("classification", "status", "record_id", "district", "evidence")


def known_hazards(store) -> dict[str, dict]:
    """hazard_id -> the hazard's compared fields and ``geometry`` (shapely, WGS 84)."""
    arrays = read_layer(_layer(store, "hazard_areas"), ["hazard_id", *HAZARD_COMPARED])
    out = {}
    for i in range(len(arrays)):
        row = {name: arrays.attrs[name][i] for name in HAZARD_COMPARED}
        geometry = arrays.geoms[i]
        row["geometry"] = None if geometry is None else shapely.normalize(geometry)
        out[str(arrays.attrs["hazard_id"][i])] = row
    return out
