"""What a field package is, in plain Python: its layers, its form rules and what it remembers.

A field package is a folder that QField opens offline: a QGIS project and ONE GeoPackage holding
the team's sectors, the records and hazards as background, a finds layer with its form and a
cleared-lanes line layer for QField's position tracking. The GeoPackage also holds two tables that
say what the package was made from (``PACKAGE_TABLE``: workspace, team, when; ``SECTORS_TABLE``:
each sector's id, its ``version`` and its editable values at packaging time), which is what
clearground:syncfield compares the returned package with.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Iterable, Mapping, Sequence

from .categories import CATEGORIES, SECTOR_STATUSES
from .ordnance import dictionary
from .text import tr

#: What the package's metadata says it is (``format`` key).
PACKAGE_FORMAT = "clearground-field-package"
PACKAGE_FORMAT_VERSION = 1
#: The metadata tables inside the package GeoPackage.
PACKAGE_TABLE = "cg_package"
SECTORS_TABLE = "cg_package_sectors"

FINDS = "finds"
LANES = "cleared_lanes"
SECTORS = "sectors"
RECORDS = "minefield_records"
HAZARDS = "hazard_areas"
#: The layers of a package, in the order the project lists them (top first).
PACKAGE_LAYERS: tuple[str, ...] = (FINDS, LANES, SECTORS, HAZARDS, RECORDS)
#: Layers the team only looks at.
BACKGROUND_LAYERS: tuple[str, ...] = (RECORDS, HAZARDS)

#: The sector fields a team may change in the field; every other sector field is read-only.
EDITABLE_SECTOR_FIELDS: tuple[str, ...] = ("status", "status_date", "depth_cm")
#: The sector fields copied into a package.
PACKAGE_SECTOR_FIELDS: tuple[str, ...] = ("sector_id", "parent_id", "status", "method", "team", "status_date",
                                          "depth_cm", "version")
RECORD_FIELDS: tuple[str, ...] = ("record_id", "district", "record_type", "recorded_ap", "recorded_at",
                                  "mine_models", "reliability")
HAZARD_FIELDS: tuple[str, ...] = ("hazard_id", "classification", "status", "record_id", "district")

#: The finds form: (field, type) in form order. ``uuid`` is made on the device, ``photo`` holds
#: paths relative to the project folder (``DCIM/...``), ';'-separated when there are several.
FIND_FIELDS: tuple[tuple[str, str], ...] = (
    ("uuid", "text"), ("found_date", "date"), ("category", "text"), ("model", "text"), ("quantity", "int"),
    ("depth_cm", "int"), ("sector_id", "text"), ("team", "text"), ("photo", "text"), ("notes", "text"),
)
LANE_FIELDS: tuple[tuple[str, str], ...] = (
    ("uuid", "text"), ("team", "text"), ("recorded_at", "datetime"), ("width_m", "real"),
)
#: QGIS default value expressions, evaluated on the device when a feature is made.
UUID_DEFAULT = "uuid()"
TODAY_DEFAULT = "now()"
#: The lane width a cleared-lanes track stands for, unless the track says otherwise.
DEFAULT_LANE_WIDTH_M = 2.0
#: Where QField puts the photos of the form, relative to the project folder.
PHOTO_FOLDER = "DCIM"


class PackageError(ValueError):
    """A package cannot be made or read; the message says why."""


@dataclass(frozen=True)
class Selection:
    """What a RECORDS / HAZARDS / SECTORS parameter chose: ids, or a QGIS expression, or nothing."""

    ids: tuple[str, ...] = ()
    expression: str = ""

    @property
    def empty(self) -> bool:
        return not self.ids and not self.expression


def parse_selection(text: object) -> Selection:
    """``A-1, A-2`` (comma-separated ids), ``=<expression>`` (a QGIS expression) or empty."""
    value = "" if text is None else str(text).strip()
    if not value:
        return Selection()
    if value.startswith("="):
        expression = value[1:].strip()
        if not expression:
            raise PackageError(tr("An expression selection needs an expression after '='."))
        return Selection(expression=expression)
    ids = tuple(dict.fromkeys(part.strip() for part in value.split(",") if part.strip()))
    return Selection(ids=ids)


@dataclass(frozen=True)
class PackagedSector:
    """A sector as it was packaged: its version and the values a team may change."""

    sector_id: str
    version: int | None
    values: Mapping[str, object]  # EDITABLE_SECTOR_FIELDS -> python values


@dataclass
class Manifest:
    """What a package remembers about where it came from."""

    workspace: str  # the WORKSPACE value it was made from (a resolved path, or postgres:CONNECTION/SCHEMA)
    workspace_name: str
    team: str
    created_at: str  # ISO UTC
    name: str
    sectors: dict[str, PackagedSector] = field(default_factory=dict)
    records: tuple[str, ...] = ()
    hazards: tuple[str, ...] = ()

    def items(self) -> list[tuple[str, str]]:
        """The key/value rows of PACKAGE_TABLE."""
        return [("format", PACKAGE_FORMAT), ("format_version", str(PACKAGE_FORMAT_VERSION)),
                ("workspace", self.workspace), ("workspace_name", self.workspace_name), ("team", self.team),
                ("created_at", self.created_at), ("name", self.name), ("records", ",".join(self.records)),
                ("hazards", ",".join(self.hazards))]

    @classmethod
    def from_items(cls, items: Mapping[str, str], sectors: Iterable[PackagedSector]) -> Manifest:
        """The manifest of PACKAGE_TABLE's rows; PackageError when they are not a ClearGround package's."""
        if items.get("format") != PACKAGE_FORMAT:
            raise PackageError(tr("This is not a ClearGround field package (its metadata names no package)."))
        version = int(items.get("format_version") or 0)
        if version > PACKAGE_FORMAT_VERSION:
            raise PackageError(tr("This field package was made by a newer ClearGround (format {version}); "
                                  "update the plugin.").format(version=version))
        return cls(items.get("workspace", ""), items.get("workspace_name", ""), items.get("team", ""),
                   items.get("created_at", ""), items.get("name", ""), {s.sector_id: s for s in sectors},
                   _split(items.get("records")), _split(items.get("hazards")))


def _split(text: str | None) -> tuple[str, ...]:
    return tuple(p for p in (text or "").split(",") if p)


def package_name(team: str, when: dt.datetime) -> str:
    """The file name (without extension) of a team's package: ``clearground_T-1_20261203``."""
    slug = re.sub(r"[^0-9A-Za-z_-]+", "_", team.strip()).strip("_") or "team"
    return f"clearground_{slug}_{when.strftime('%Y%m%d')}"


def category_value_map() -> list[tuple[str, str]]:
    """(value, label) of every device category, in the contract's order."""
    from .labels import label

    return [(code, label("category", code)) for code in CATEGORIES]


def model_value_map() -> list[tuple[str, str]]:
    """(value, label) of every model of the ordnance dictionary: the name as ClearGround writes it,
    labelled with its category, sorted by name."""
    models = sorted(dictionary().models, key=lambda m: m.name)
    return [(m.name, f"{m.name} ({m.category})") for m in models]


def status_value_map() -> list[tuple[str, str]]:
    from .labels import label

    return [(code, label("sector_status", code)) for code in SECTOR_STATUSES]


def photo_naming_expression() -> str:
    """The QGIS expression naming a new photo of a find (QField's attachment naming): under DCIM,
    by the find's uuid and the time, so that names never collide between devices."""
    return (f"'{PHOTO_FOLDER}/find_' || regexp_replace(\"uuid\", '[{{}}]', '') || '_' || "
            "format_date(now(), 'yyyyMMddhhmmsszzz') || '.{extension}'")


def normalize_uuid(text: object) -> str | None:
    """A device UUID as the workspace keeps it: lower case, without braces; None for none."""
    if text is None:
        return None
    value = str(text).strip().strip("{}").strip().lower()
    return value or None


def photo_paths(text: object) -> list[str]:
    """The photo paths of a find's ``photo`` value (';'-separated, relative to the package folder)."""
    if text is None:
        return []
    return [p.strip() for p in str(text).split(";") if p.strip() and p.strip().upper() != "NULL"]


def safe_relative(path: str) -> PurePosixPath | None:
    """A relative path that stays inside its folder (no absolute path, no '..'); None otherwise."""
    pure = PurePosixPath(path.replace("\\", "/"))
    if pure.is_absolute() or ".." in pure.parts or not pure.parts or re.match(r"^[A-Za-z]:", path):
        return None
    return pure


def photo_target_name(uuid: str, index: int, source: Sequence[str] | str) -> str:
    """The file name a find's photo gets beside the workspace: ``<uuid>_<n><ext>``."""
    suffix = Path(str(source)).suffix.lower() or ".jpg"
    return f"{uuid}_{index + 1}{suffix}"
