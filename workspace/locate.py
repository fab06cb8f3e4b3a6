"""What the WORKSPACE parameter of an algorithm names, opened: a GeoPackage or a PostGIS workspace.

- a GeoPackage workspace by its path (``/data/district.gpkg``);
- a PostGIS workspace by a QGIS PostgreSQL connection's name and the schema:
  ``postgres:CONNECTION/SCHEMA``, or ``postgres:CONNECTION`` (or the bare connection name) when
  that connection reaches exactly one workspace.

It also tells whether a data source (an output destination, an input layer) points into a
workspace, so that algorithms can refuse to write over one.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..core.text import tr
from . import postgis
from .errors import WorkspaceError
from .geopackage import open_workspace
from .store import WorkspaceStore


def open_store(value: str, upgrade: bool = True) -> WorkspaceStore:
    """The workspace ``value`` names (see the module doc). Raises WorkspaceError saying why not."""
    text = (value or "").strip()
    if not text:
        raise WorkspaceError(tr("No workspace was given."))
    if text.lower().endswith(".gpkg") or os.path.exists(text):
        return open_workspace(text, upgrade)
    body = text[len(postgis.PARAMETER_PREFIX):] if text.startswith(postgis.PARAMETER_PREFIX) else text
    names = postgis.connection_names()
    if body in names:
        connection, schema_name = body, None
    else:
        connection, _, schema_name = body.rpartition("/")
        if connection not in names:
            raise WorkspaceError(tr(
                '"{value}" is neither a GeoPackage workspace (a .gpkg file) nor a QGIS PostgreSQL connection '
                "(postgres:CONNECTION/SCHEMA). The connections are: {names}."
            ).format(value=text, names=", ".join(names) or tr("none")))
    if not schema_name:
        schemas = [e.schema for e in postgis.list_workspaces(connection)]
        if len(schemas) != 1:
            raise WorkspaceError(tr(
                'The QGIS connection "{name}" reaches {count} workspaces ({schemas}); name one: '
                "postgres:{name}/SCHEMA."
            ).format(name=connection, count=len(schemas), schemas=", ".join(schemas) or tr("none")))
        schema_name = schemas[0]
    return postgis.open_connection_workspace(connection, schema_name, upgrade)


def same_file(a: str | os.PathLike, b: str | os.PathLike) -> bool:
    """Whether two paths name the same existing file (links and relative paths resolved)."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return Path(a).resolve() == Path(b).resolve()
