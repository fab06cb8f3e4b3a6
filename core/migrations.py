"""Schema migrations as plain steps, rendered by each storage dialect.

A migration from version ``n - 1`` to ``n`` is a list of operations. A dialect (GeoPackage, PostGIS)
knows how to carry out each kind of operation; the list itself is written once, here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Union

from . import schema
from .schema import ADDED_FIELDS, LAYERS_V1, Field, Layer


@dataclass(frozen=True)
class CreateLayer:
    """Create a layer with all its fields, constraints and indexes."""

    layer: Layer


@dataclass(frozen=True)
class AddField:
    """Add a field to an existing layer (the only way a published schema may grow)."""

    layer: str
    field: Field


Operation = Union[CreateLayer, AddField]

#: MIGRATIONS[n] takes a workspace from version n - 1 to version n. Version 0 is an empty store.
MIGRATIONS: dict[int, tuple[Operation, ...]] = {
    1: tuple(CreateLayer(layer) for layer in LAYERS_V1),
    **{version: tuple(AddField(name, fld) for name, fld in added) for version, added in ADDED_FIELDS.items()},
}


def steps(from_version: int, to_version: int | None = None) -> list[tuple[int, tuple[Operation, ...]]]:
    """The migrations that take a store from ``from_version`` to ``to_version`` (default: current)."""
    if to_version is None:
        to_version = schema.SCHEMA_VERSION
    if from_version > to_version:
        raise ValueError(f"cannot migrate down from version {from_version} to {to_version}")
    return [(v, MIGRATIONS[v]) for v in range(from_version + 1, to_version + 1)]
