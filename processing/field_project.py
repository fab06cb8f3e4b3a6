"""The QGIS project of a field package: its layers, forms and the properties QField and QFieldSync read.

- finds: a point form whose ``uuid`` is made on the device (default value ``uuid()``, hidden and
  read-only), category and model as value maps of the ordnance dictionary, the date defaulting to
  today (``now()``), depth and quantity as spin boxes, the photos through an ExternalResource widget
  storing paths relative to the project (QField writes them under DCIM/);
- cleared_lanes: a line layer set up for QField's position tracking;
- sectors: only status, status_date and depth_cm editable; no feature added, deleted or moved;
- minefield records and hazard areas: background, locked.

QFieldSync's layer properties (``QFieldSync/action``, ``QFieldSync/cloud_action``, the locks, the
attachment naming, the tracking settings) and project properties (scope ``qfieldsync``) are set, so
that QFieldSync and QFieldCloud take the folder as it is: every layer is already the package's own
GeoPackage, copied as it is (cable) or edited in place (cloud).
"""

from __future__ import annotations

import json
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsDefaultValue,
    QgsEditorWidgetSetup,
    QgsFieldConstraints,
    QgsLayerTreeGroup,
    QgsMapLayer,
    QgsProject,
    QgsVectorLayer,
)

from ..core import field_package as fp
from ..core.text import tr

STYLES = Path(__file__).resolve().parents[1] / "resources" / "styles"
#: QFieldSync's actions: the layer file is copied with the project as it is / edited in place.
ACTION_COPY = "copy"
CLOUD_NO_ACTION = "no_action"
LOCKS = ("is_feature_addition_locked", "is_attribute_editing_locked", "is_geometry_editing_locked",
         "is_feature_deletion_locked")
#: QField's tracking of the cleared lanes: a vertex every 5 s or 2 m, jumps over 50 m refused.
TRACKING = {
    "tracking_time_requirement_active": True, "tracking_time_requirement_interval_seconds": 5,
    "tracking_distance_requirement_active": True, "tracking_distance_requirement_minimum_meters": 2,
    "tracking_all_requirements_active": False, "tracking_erroneous_distance_safeguard_active": True,
    "tracking_erroneous_distance_safeguard_maximum_meters": 50, "tracking_measurement_type": 0,
}


def _titles() -> dict[str, str]:
    return {fp.FINDS: tr("Finds"), fp.LANES: tr("Cleared lanes"), fp.SECTORS: tr("Sectors"),
            fp.HAZARDS: tr("Hazard areas"), fp.RECORDS: tr("Minefield records")}


def build_project(gpkg: Path, qgs: Path, team: str, utm_epsg: int | None) -> QgsProject:
    """Write the package's project ``qgs`` over the layers of ``gpkg`` (both in the package folder)."""
    project = QgsProject()
    project.setTitle(tr("ClearGround field package, team {team}").format(team=team))
    project.writeEntryBool("Paths", "/Absolute", False)
    if utm_epsg:
        project.setCrs(QgsCoordinateReferenceSystem(f"EPSG:{utm_epsg}"))
    group: QgsLayerTreeGroup = project.layerTreeRoot()
    layers, titles = {}, _titles()
    for name in fp.PACKAGE_LAYERS:
        layer = QgsVectorLayer(f"{gpkg}|layername={name}", titles[name], "ogr")
        if not layer.isValid():
            raise fp.PackageError(tr("The package layer {layer} cannot be opened.").format(layer=name))
        _style(layer, name)
        project.addMapLayer(layer, False)
        group.addLayer(layer)
        layers[name] = layer
    _finds_form(layers[fp.FINDS], team, layers[fp.SECTORS])
    _lanes_form(layers[fp.LANES], team)
    _sectors_form(layers[fp.SECTORS])
    for name in fp.BACKGROUND_LAYERS:
        _background(layers[name])
    project.writeEntry("qfieldsync", "/initialActiveLayer", layers[fp.FINDS].id())
    project.writeEntry("qfieldsync", "/initialMapMode", "browse")
    project.writeEntryBool("qfieldsync", "/offlineCopyOnlyAoi", False)
    project.writeEntryBool("qfieldsync", "/createBaseMap", False)
    if not project.write(str(qgs)):
        raise fp.PackageError(tr("The package project {path} cannot be written: {error}").format(
            path=qgs, error=project.error()))
    return project


def _style(layer: QgsVectorLayer, name: str) -> None:
    path = STYLES / f"{name}.qml"
    if path.exists():
        categories = QgsMapLayer.StyleCategory.Symbology | QgsMapLayer.StyleCategory.Labeling
        layer.loadNamedStyle(str(path), categories=categories)


def _sync(layer: QgsVectorLayer, **extra) -> None:
    layer.setCustomProperty("QFieldSync/action", ACTION_COPY)
    layer.setCustomProperty("QFieldSync/cloud_action", CLOUD_NO_ACTION)
    for key, value in extra.items():
        layer.setCustomProperty(f"QFieldSync/{key}", value)


def _widget(layer: QgsVectorLayer, name: str, kind: str, config: dict | None = None) -> int:
    index = layer.fields().indexOf(name)
    layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup(kind, config or {}))
    return index


def value_map(pairs) -> dict:
    """A ValueMap widget's configuration from (value, label) pairs."""
    return {"map": [{label: value} for value, label in pairs]}


def _read_only(layer: QgsVectorLayer, names) -> None:
    config = layer.editFormConfig()
    for name in names:
        config.setReadOnly(layer.fields().indexOf(name), True)
    layer.setEditFormConfig(config)


def _default(layer: QgsVectorLayer, name: str, expression: str) -> None:
    layer.setDefaultValueDefinition(layer.fields().indexOf(name), QgsDefaultValue(expression, False))


def _finds_form(layer: QgsVectorLayer, team: str, sectors: QgsVectorLayer) -> None:
    fields = layer.fields()
    for name, alias in _find_aliases().items():  # before the widgets: QGIS 3.22 drops them on a new alias
        layer.setFieldAlias(fields.indexOf(name), alias)
    _widget(layer, "uuid", "Hidden")
    _default(layer, "uuid", fp.UUID_DEFAULT)
    layer.setFieldConstraint(fields.indexOf("uuid"), QgsFieldConstraints.Constraint.ConstraintNotNull,
                             QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard)
    layer.setFieldConstraint(fields.indexOf("uuid"), QgsFieldConstraints.Constraint.ConstraintUnique,
                             QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard)
    _widget(layer, "category", "ValueMap", value_map(fp.category_value_map()))
    layer.setFieldConstraint(fields.indexOf("category"), QgsFieldConstraints.Constraint.ConstraintNotNull,
                             QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard)
    _widget(layer, "model", "ValueMap", value_map(fp.model_value_map()))
    _widget(layer, "found_date", "DateTime", {"field_format": "yyyy-MM-dd", "display_format": "yyyy-MM-dd",
                                              "calendar_popup": True, "allow_null": False})
    _default(layer, "found_date", fp.TODAY_DEFAULT)
    _widget(layer, "quantity", "Range", {"Min": 1, "Max": 100000, "Step": 1, "Style": "SpinBox", "AllowNull": False})
    _default(layer, "quantity", "1")
    _widget(layer, "depth_cm", "Range", {"Min": 0, "Max": 10000, "Step": 1, "Style": "SpinBox", "AllowNull": True})
    ids = sorted(str(f["sector_id"]) for f in sectors.getFeatures())
    _widget(layer, "sector_id", "ValueMap", value_map((i, i) for i in ids))
    _widget(layer, "team", "Hidden")
    _default(layer, "team", _quoted(team))
    _widget(layer, "photo", "ExternalResource", {
        "DocumentViewer": 1, "DocumentViewerHeight": 0, "DocumentViewerWidth": 0, "FileWidget": True,
        "FileWidgetButton": True, "FileWidgetFilter": "", "RelativeStorage": 1, "StorageMode": 0,
        "UseLink": False, "FullUrl": False})
    _widget(layer, "notes", "TextEdit", {"IsMultiline": True, "UseHtml": False})
    _read_only(layer, ["uuid", "team"])
    naming = json.dumps({"photo": fp.photo_naming_expression()})
    _sync(layer, attachment_naming=naming, photo_naming=naming, value_map_button_interface_threshold=8)


def _find_aliases() -> dict[str, str]:
    return {"found_date": tr("Date found"), "category": tr("Device category"), "model": tr("Model"),
            "quantity": tr("Quantity"), "depth_cm": tr("Depth (cm)"), "sector_id": tr("Sector"),
            "photo": tr("Photo"), "notes": tr("Notes")}


def _lanes_form(layer: QgsVectorLayer, team: str) -> None:
    _widget(layer, "uuid", "Hidden")
    _default(layer, "uuid", fp.UUID_DEFAULT)
    _widget(layer, "team", "Hidden")
    _default(layer, "team", _quoted(team))
    _default(layer, "recorded_at", "now()")
    _default(layer, "width_m", repr(fp.DEFAULT_LANE_WIDTH_M))
    _read_only(layer, ["uuid", "team", "recorded_at"])
    _sync(layer, **TRACKING)


def _sectors_form(layer: QgsVectorLayer) -> None:
    _widget(layer, "status", "ValueMap", value_map(fp.status_value_map()))
    _widget(layer, "status_date", "DateTime", {"field_format": "yyyy-MM-dd", "display_format": "yyyy-MM-dd",
                                               "calendar_popup": True, "allow_null": True})
    _widget(layer, "depth_cm", "Range", {"Min": 0, "Max": 10000, "Step": 1, "Style": "SpinBox", "AllowNull": True})
    _read_only(layer, [n for n in layer.fields().names() if n not in fp.EDITABLE_SECTOR_FIELDS])
    _sync(layer, is_feature_addition_locked=True, is_geometry_editing_locked=True, is_feature_deletion_locked=True)


def _background(layer: QgsVectorLayer) -> None:
    _read_only(layer, layer.fields().names())
    _sync(layer, **dict.fromkeys(LOCKS, True))


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"
