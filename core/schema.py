"""The schema of the workspace: the one description that every storage dialect renders.

The layers, fields and allowed values are the public data contract (SCHEMA.md). GeoPackage and
PostGIS are rendered from this module; nothing else spells a field list of its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import categories as c

#: The schema version this code writes. Older workspaces are upgraded through MIGRATIONS.
SCHEMA_VERSION = 2
#: The CRS every workspace geometry is stored in.
STORAGE_EPSG = 4326
META_TABLE = "cg_meta"


@dataclass(frozen=True)
class Field:
    """One attribute column."""

    name: str
    type: str  # "text", "int", "real", "date", "datetime"
    unique: bool = False
    not_null: bool = False
    default: object = None
    allowed: tuple[str, ...] = ()


@dataclass(frozen=True)
class Layer:
    """One table of the workspace, with or without geometry."""

    name: str
    geometry: str | None  # "Point", "Polygon" or None
    fields: tuple[Field, ...]
    key: str | None = None  # the unique id field, if any
    title: str = ""
    extra_indexes: tuple[str, ...] = field(default=())

    def field(self, name: str) -> Field:
        """The field called ``name``."""
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(f"{self.name} has no field {name!r}")

    @property
    def field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)


def _t(name: str, **kw) -> Field:
    return Field(name, "text", **kw)


def _i(name: str, **kw) -> Field:
    return Field(name, "int", **kw)


LAYERS: tuple[Layer, ...] = (
    Layer(
        "minefield_records", "Polygon",
        (
            _t("record_id", unique=True, not_null=True),
            _t("source"),
            _t("district"),
            Field("laid_date", "date"),
            _t("record_type", allowed=c.RECORD_TYPES, default="unknown"),
            _i("recorded_ap"),
            _i("recorded_at"),
            _t("mine_models"),
            _t("reliability", allowed=c.RELIABILITY, default="unknown"),
            _t("raw"),
            _t("notes"),
        ),
        key="record_id", title="Minefield records",
    ),
    Layer(
        "recorded_mines", "Point",
        (
            _t("record_id", not_null=True),
            _t("mine_no"),
            _t("category", allowed=c.CATEGORIES),
            _t("model"),
            _t("raw"),
        ),
        title="Recorded mines", extra_indexes=("record_id",),
    ),
    Layer(
        "hazard_areas", "Polygon",
        (
            _t("hazard_id", unique=True, not_null=True),
            _t("classification", allowed=c.HAZARD_CLASSES),
            _t("status", allowed=c.HAZARD_STATUSES, default="open"),
            _t("record_id"),
            _t("district"),
        ),
        key="hazard_id", title="Hazard areas",
    ),
    Layer(
        "sectors", "Polygon",
        (
            _t("sector_id", unique=True, not_null=True),
            _t("parent_id"),
            _t("status", allowed=c.SECTOR_STATUSES, default="planned", not_null=True),
            _t("method", allowed=c.METHODS),
            _t("team"),
            Field("status_date", "date"),
            _i("depth_cm"),
            _i("version", default=1, not_null=True),
            _t("updated_by"),
            Field("updated_at", "datetime"),
        ),
        key="sector_id", title="Sectors", extra_indexes=("parent_id",),
    ),
    Layer(
        "finds", "Point",
        (
            _t("find_id", unique=True, not_null=True),
            Field("found_date", "date"),
            _t("category", allowed=c.CATEGORIES),
            _t("model"),
            _i("quantity", default=1),
            _t("sector_id"),
            _t("team"),
            _i("depth_cm"),
        ),
        key="find_id", title="Finds",
    ),
    Layer(
        "discrepancies", "Point",
        (
            _t("flag_id", unique=True, not_null=True),
            _t("kind", allowed=c.DISCREPANCY_KINDS),
            _t("severity", allowed=c.SEVERITIES),
            _t("record_id"),
            _t("find_id"),
            _t("sector_id"),
            _t("district"),
            Field("distance_m", "real"),
            _i("expected"),
            _i("observed"),
            _t("message"),
            _t("status", allowed=c.FLAG_STATUSES, default="open"),
            _t("note"),
        ),
        key="flag_id", title="Discrepancies",
    ),
    Layer(
        "audit_log", None,
        (
            Field("ts", "datetime", not_null=True),
            _t("user_name"),
            _t("layer"),
            _t("feature_key"),
            _t("field"),
            _t("old_value"),
            _t("new_value"),
        ),
        title="Audit log",
    ),
)

#: Fields added after version 1, by the version that added them (only ever appended: SCHEMA.md).
ADDED_FIELDS: dict[int, tuple[tuple[str, Field], ...]] = {
    2: (
        ("finds", _t("uuid", unique=True)),  # made on the device; the key a field package merges back by
        ("finds", _t("photo")),  # photo paths relative to the workspace's folder, ";"-separated
        ("finds", _t("source")),  # the field report (file and row, or package) the find came from
        ("finds", _t("raw")),  # the report's row as written
        ("hazard_areas", _t("evidence")),
        ("hazard_areas", _t("source")),
        ("hazard_areas", _t("raw")),
    ),
}


def _with_added(layers: tuple[Layer, ...], version: int) -> tuple[Layer, ...]:
    added: dict[str, list[Field]] = {}
    for v in sorted(ADDED_FIELDS):
        if v <= version:
            for name, fld in ADDED_FIELDS[v]:
                added.setdefault(name, []).append(fld)
    return tuple(
        Layer(lyr.name, lyr.geometry, lyr.fields + tuple(added.get(lyr.name, ())), lyr.key, lyr.title,
              lyr.extra_indexes)
        for lyr in layers)


#: The layers as version 1 made them (what migration 1 creates).
LAYERS_V1: tuple[Layer, ...] = LAYERS
LAYERS = _with_added(LAYERS_V1, SCHEMA_VERSION)

LAYER_NAMES: tuple[str, ...] = tuple(layer.name for layer in LAYERS)


def layer(name: str) -> Layer:
    """The schema layer called ``name``."""
    for lyr in LAYERS:
        if lyr.name == name:
            return lyr
    raise KeyError(f"no workspace layer {name!r}")
