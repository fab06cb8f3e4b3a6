"""Where an algorithm's outputs would be written, checked before anything is opened for writing.

A plausible batch mistake must not destroy a workspace: an output given the workspace's own file
(OGR would replace the whole GeoPackage), or one of the algorithm's inputs, or a layer of a
workspace (``ogr:dbname='ws.gpkg' table="sectors"``), is refused with what to do instead.
Outputs into new files, new tables of other files, temporary and memory layers are left alone.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from qgis.core import (
    QgsDataSourceUri,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterVectorDestination,
    QgsProcessingParameterVectorLayer,
    QgsProperty,
    QgsProviderRegistry,
)

from ..core import schema
from ..core.text import tr
from ..workspace.locate import same_file

_DESTINATIONS = (QgsProcessingParameterFeatureSink, QgsProcessingParameterVectorDestination,
                 QgsProcessingParameterFileDestination)
_LAYER_INPUTS = (QgsProcessingParameterFeatureSource, QgsProcessingParameterVectorLayer)


@dataclass(frozen=True)
class Place:
    """A file (and a table in it), or a PostgreSQL table, that a parameter reads or writes."""

    path: str = ""  # a file
    table: str = ""  # a layer of it; empty: the whole file
    database: str = ""  # PostgreSQL: "host:port/dbname"
    schema: str = ""

    def same_file(self, other: Place) -> bool:
        return bool(self.path and other.path) and same_file(self.path, other.path)

    def same_table(self, other: Place) -> bool:
        if self.database or other.database:
            return (self.database, self.schema, self.table) == (other.database, other.schema, other.table) \
                and bool(self.table)
        return self.same_file(other) and bool(self.table) and self.table.lower() == other.table.lower()


def destination_place(value) -> Place | None:
    """Where an output parameter's value would write; None for memory and temporary outputs."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink
    if isinstance(value, QgsProperty):
        value = value.staticValue()
    text = "" if value is None else str(value).strip()
    if not text or text == "TEMPORARY_OUTPUT" or text.startswith("memory:"):
        return None
    if text.startswith("ogr:"):
        uri = QgsDataSourceUri(text[4:])
        return Place(path=uri.database(), table=uri.table())
    if text.startswith("postgres:") or text.startswith("postgis:"):
        return _pg_place(QgsDataSourceUri(text.split(":", 1)[1]))
    parts = QgsProviderRegistry.instance().decodeUri("ogr", text)
    return Place(path=parts.get("path") or text, table=parts.get("layerName") or "")


def layer_place(layer) -> Place | None:
    """Where a layer's data lives (a file and its layer, or a PostgreSQL table)."""
    if layer is None:
        return None
    provider = layer.providerType()
    if provider == "postgres":
        return _pg_place(QgsDataSourceUri(layer.source()))
    if provider == "ogr":
        parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
        path = parts.get("path") or ""
        table = parts.get("layerName") or (Path(path).stem if path.lower().endswith(".gpkg") else "")
        return Place(path=path, table=table)
    return None


def _pg_place(uri: QgsDataSourceUri) -> Place:
    database = f"{uri.host() or uri.service()}:{uri.port() or '5432'}/{uri.database()}"
    return Place(database=database, schema=uri.schema() or "public", table=uri.table())


def pg_place(conninfo: str, schema_name: str) -> Place:
    """The place of a PostGIS workspace (its database and schema)."""
    uri = QgsDataSourceUri(conninfo)
    uri.setSchema(schema_name)
    return _pg_place(uri)


def is_workspace_file(path: str) -> bool:
    """Whether ``path`` is a ClearGround GeoPackage workspace (read without changing it)."""
    import sqlite3

    if not path or not os.path.isfile(path):
        return False
    try:
        con = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            return con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                               (schema.META_TABLE,)).fetchone() is not None
        finally:
            con.close()
    except sqlite3.Error:
        return False


def overwrite_problems(algorithm, parameters, context, workspace_place: Place | None) -> list[str]:
    """Why writing the outputs would destroy the workspace or an input (empty when it would not)."""
    inputs: list[tuple[str, Place]] = []
    for definition in algorithm.parameterDefinitions():
        name = definition.name()
        if parameters.get(name) in (None, ""):
            continue
        if isinstance(definition, _LAYER_INPUTS):
            place = layer_place(algorithm.parameterAsVectorLayer(parameters, name, context))
            if place is not None:
                inputs.append((name, place))
        elif isinstance(definition, QgsProcessingParameterMultipleLayers):
            for layer in algorithm.parameterAsLayerList(parameters, name, context):
                place = layer_place(layer)
                if place is not None:
                    inputs.append((name, place))
        elif isinstance(definition, QgsProcessingParameterFile) and name != "WORKSPACE":
            path = algorithm.parameterAsFile(parameters, name, context)
            if path:
                inputs.append((name, Place(path=path)))
    problems = []
    for definition in algorithm.destinationParameterDefinitions():
        if not isinstance(definition, _DESTINATIONS):
            continue
        name = definition.name()
        target = destination_place(parameters.get(name))
        if target is None:
            continue
        problems += _problems_of(name, target, inputs, workspace_place)
    return problems


def _problems_of(name: str, target: Place, inputs: list[tuple[str, Place]], workspace: Place | None) -> list[str]:
    instead = tr("Choose a new file (or a temporary output) for {output}.").format(output=name)
    if workspace is not None and workspace.path and target.same_file(workspace):
        if not target.table:
            return [tr("{output} is the workspace file {file}: writing it would replace the whole workspace. "
                       "{instead}").format(output=name, file=Path(workspace.path).name, instead=instead)]
        if target.table in schema.LAYER_NAMES:
            return [tr("{output} is the workspace's layer {layer}: the algorithm writes into the workspace "
                       "itself through WORKSPACE. {instead}").format(output=name, layer=target.table,
                                                                    instead=instead)]
    if workspace is not None and workspace.database and target.database == workspace.database \
            and target.schema == workspace.schema and target.table in schema.LAYER_NAMES:
        return [tr("{output} is the workspace's layer {layer}: the algorithm writes into the workspace itself "
                   "through WORKSPACE. {instead}").format(output=name, layer=target.table, instead=instead)]
    for input_name, place in inputs:
        if target.same_table(place):
            return [tr("{output} is the input {input} itself ({layer}): writing it would delete what is being "
                       "read. To change a workspace in place, give WORKSPACE and leave {output} empty; otherwise "
                       "choose a new file (or a temporary output) for {output}.").format(
                output=name, input=input_name, layer=place.table)]
        if not target.table and not target.database and target.same_file(place):
            return [tr("{output} is the file of the input {input} ({file}): writing it would replace that file. "
                       "{instead}").format(output=name, input=input_name, file=Path(place.path).name,
                                           instead=instead)]
    if not target.database and target.table in schema.LAYER_NAMES and is_workspace_file(target.path):
        return [tr("{output} is the layer {layer} of the workspace {file}. {instead}").format(
            output=name, layer=target.table, file=Path(target.path).name, instead=instead)]
    return []
