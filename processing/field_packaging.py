"""Making a field package from a workspace: choose the features, write the GeoPackage and the project.

What is chosen (the RECORDS / HAZARDS / SECTORS parameters, core.field_package.parse_selection):
- SECTORS given: those sectors; else the sectors of the given RECORDS and HAZARDS; else the
  sectors whose ``team`` is TEAM;
- RECORDS given: those records; else the records the chosen sectors and hazards belong to;
- HAZARDS given: those hazards; else the hazards the chosen sectors belong to or that lie on a
  chosen record.
Ids that the workspace does not hold are refused, naming them.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

import shapely
from qgis.core import QgsExpression, QgsFeatureRequest, QgsVectorLayer

from ..core import field_package as fp
from ..core.sectors import utm_epsg
from ..core.text import tr
from ..workspace.locate import same_file
from ..workspace.package_file import LayerRows, schema_fields, write_package
from ..workspace.sector_edits import python_value
from ..workspace.store import WorkspaceStore


@dataclass(frozen=True)
class PackageResult:
    """What was made: the folder, its project and GeoPackage, and how many features of each layer."""

    folder: Path
    project: Path
    gpkg: Path
    counts: dict[str, int]


def workspace_identity(store: WorkspaceStore) -> str:
    """What names a workspace for a package: its file's absolute path, or postgres:CONNECTION/SCHEMA."""
    path = getattr(store, "path", None)
    return str(Path(path).resolve()) if path is not None else store.parameter_value()


def same_workspace(manifest: fp.Manifest, store: WorkspaceStore) -> bool:
    """Whether the package was made from ``store``."""
    path = getattr(store, "path", None)
    if path is not None:
        return bool(manifest.workspace) and os.path.exists(manifest.workspace) and same_file(manifest.workspace, path)
    return manifest.workspace == store.parameter_value()


def folder_problem(folder: str, store_value: str) -> str | None:
    """Why OUTPUT_FOLDER cannot take a package (None when it can): the workspace itself, its folder,
    a file, or a folder that is not empty."""
    if not folder:
        return tr("Give the folder to write the package into (OUTPUT_FOLDER).")
    path = Path(folder)
    workspace = Path(store_value) if store_value and os.path.exists(store_value) else None
    if workspace is not None and path.exists() and same_file(path, workspace):
        return tr("OUTPUT_FOLDER is the workspace {name} itself; choose a new, empty folder.").format(
            name=workspace.name)
    if workspace is not None and path.is_dir() and same_file(path, workspace.parent):
        return tr("OUTPUT_FOLDER is the workspace's own folder; choose a new, empty folder.")
    if path.exists() and not path.is_dir():
        return tr("OUTPUT_FOLDER {path} is a file; choose a new, empty folder.").format(path=path)
    if path.is_dir() and any(path.iterdir()):
        return tr("OUTPUT_FOLDER {path} is not empty; choose a new, empty folder (a package is never written "
                  "over other files).").format(path=path)
    return None


def _layer(store: WorkspaceStore, name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(store.uri(name), name, store.provider)
    if not layer.isValid():
        raise fp.PackageError(tr("The workspace layer {layer} cannot be read.").format(layer=name))
    return layer


def _features(layer: QgsVectorLayer, key: str, selection: fp.Selection, kind: str):
    """The features a selection names (ids or expression); refuses ids the layer does not hold."""
    if selection.expression:
        expression = QgsExpression(selection.expression)
        if expression.hasParserError():
            raise fp.PackageError(tr("The {kind} expression cannot be read: {error}").format(
                kind=kind, error=expression.parserErrorString()))
        return list(layer.getFeatures(QgsFeatureRequest(expression)))
    found = _where_in(layer, key, selection.ids)
    missing = sorted(set(selection.ids) - {str(f[key]) for f in found})
    if missing:
        raise fp.PackageError(tr("The workspace has no {kind} {ids}.").format(kind=kind, ids=", ".join(missing)))
    return found


def _where_in(layer: QgsVectorLayer, key: str, values) -> list:
    values = sorted({str(v) for v in values if v is not None})
    if not values:
        return []
    text = f"{QgsExpression.quotedColumnRef(key)} IN ({', '.join(QgsExpression.quotedValue(v) for v in values)})"
    return list(layer.getFeatures(QgsFeatureRequest(QgsExpression(text))))


def choose(store: WorkspaceStore, team: str, records: fp.Selection, hazards: fp.Selection,
           sectors: fp.Selection) -> dict[str, list]:
    """The features of each package layer taken from the workspace (see the module doc)."""
    layers = {name: _layer(store, name) for name in (fp.RECORDS, fp.HAZARDS, fp.SECTORS)}
    chosen_records = _features(layers[fp.RECORDS], "record_id", records, tr("records")) if not records.empty else None
    chosen_hazards = _features(layers[fp.HAZARDS], "hazard_id", hazards, tr("hazard areas")) \
        if not hazards.empty else None
    if not sectors.empty:
        chosen_sectors = _features(layers[fp.SECTORS], "sector_id", sectors, tr("sectors"))
    elif chosen_records is not None or chosen_hazards is not None:
        parents = [f["record_id"] for f in chosen_records or []] + [f["hazard_id"] for f in chosen_hazards or []]
        chosen_sectors = _where_in(layers[fp.SECTORS], "parent_id", parents)
    else:
        chosen_sectors = _where_in(layers[fp.SECTORS], "team", [team])
    if not chosen_sectors:
        raise fp.PackageError(tr("No sector was chosen for team {team}: name SECTORS, RECORDS or HAZARDS, or assign "
                                 "sectors to the team.").format(team=team))
    parents = {str(f["parent_id"]) for f in chosen_sectors if f["parent_id"] not in (None, "")}
    if chosen_hazards is None:
        record_ids = parents | {str(f["record_id"]) for f in chosen_records or []}
        chosen_hazards = _where_in(layers[fp.HAZARDS], "hazard_id", parents)
        chosen_hazards += [f for f in _where_in(layers[fp.HAZARDS], "record_id", record_ids)
                           if f["hazard_id"] not in {h["hazard_id"] for h in chosen_hazards}]
    if chosen_records is None:
        wanted = parents | {str(f["record_id"]) for f in chosen_hazards if f["record_id"] not in (None, "")}
        chosen_records = _where_in(layers[fp.RECORDS], "record_id", wanted)
    return {fp.SECTORS: chosen_sectors, fp.RECORDS: chosen_records, fp.HAZARDS: chosen_hazards}


def _rows(features, layer_name: str, names, geometry: str) -> LayerRows:
    data = LayerRows(geometry, schema_fields(layer_name, names))
    for f in features:
        data.rows.append({n: python_value(f[n]) for n in names})
        data.wkb.append(bytes(f.geometry().asWkb()) if f.hasGeometry() else None)
    return data


def make_package(store: WorkspaceStore, team: str, chosen: dict[str, list], folder: Path,
                 now: dt.datetime | None = None) -> PackageResult:
    """Write the package of ``chosen`` features for ``team`` into the (new or empty) ``folder``."""
    from .field_project import build_project

    now = now or dt.datetime.now(dt.timezone.utc)
    name = fp.package_name(team, now)
    folder.mkdir(parents=True, exist_ok=True)
    gpkg, qgs = folder / f"{name}.gpkg", folder / f"{name}.qgs"
    sectors = _rows(chosen[fp.SECTORS], "sectors", fp.PACKAGE_SECTOR_FIELDS, "Polygon")
    manifest = fp.Manifest(workspace_identity(store), store.name, team,
                           now.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"), name,
                           records=tuple(str(f["record_id"]) for f in chosen[fp.RECORDS]),
                           hazards=tuple(str(f["hazard_id"]) for f in chosen[fp.HAZARDS]))
    for row in sectors.rows:
        manifest.sectors[str(row["sector_id"])] = fp.PackagedSector(
            str(row["sector_id"]), row["version"], {k: row.get(k) for k in fp.EDITABLE_SECTOR_FIELDS})
    layers = {
        fp.FINDS: LayerRows("Point", fp.FIND_FIELDS),
        fp.LANES: LayerRows("LineString", fp.LANE_FIELDS),
        fp.SECTORS: sectors,
        fp.HAZARDS: _rows(chosen[fp.HAZARDS], "hazard_areas", fp.HAZARD_FIELDS, "Polygon"),
        fp.RECORDS: _rows(chosen[fp.RECORDS], "minefield_records", fp.RECORD_FIELDS, "Polygon"),
    }
    write_package(gpkg, layers, manifest)
    (folder / fp.PHOTO_FOLDER).mkdir(exist_ok=True)
    build_project(gpkg, qgs, team, _zone(sectors.wkb))
    return PackageResult(folder, qgs, gpkg, {k: len(v.rows) for k, v in layers.items()})


def _zone(wkb) -> int | None:
    geoms = [shapely.from_wkb(w) for w in wkb if w]
    if not geoms:
        return None
    centre = shapely.union_all(shapely.envelope(geoms)).centroid
    return utm_epsg(centre.x, centre.y)
