"""ClearGround algorithms read PostGIS layers and write PostGIS tables just as they do GeoPackage ones.

The oracle is the same algorithm run on the GeoPackage the PostGIS workspace was copied from.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from qgis.core import QgsDataSourceUri, QgsVectorLayer
from qgis.PyQt.QtCore import QDate, QDateTime, Qt

from clearground.workspace import postgis as pgw
from clearground.workspace import transfer


def _text(value) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, QDateTime):
        return value.toUTC().toString(Qt.ISODate)
    if isinstance(value, QDate):
        return value.toString(Qt.ISODate)
    return str(value)


def _rows(layer: QgsVectorLayer) -> list[tuple]:
    """Attributes (not the table's own key, not the times of the run) and WKT geometry of every feature, sorted."""
    keys = set(layer.dataProvider().pkAttributeIndexes())
    names = [n for i, n in enumerate(layer.fields().names()) if i not in keys and n not in ("fid", "updated_at", "ts")]
    rows = []
    for f in layer.getFeatures():
        geometry = f.geometry().asWkt(7) if f.hasGeometry() else ""
        rows.append(tuple(_text(f[n]) for n in names) + (geometry,))
    return sorted(rows)


@pytest.fixture
def pg_workspace(pg, schema_name, full_workspace, qgis_connection):
    """The sample workspace copied into PostGIS, opened through a QGIS connection (authcfg)."""
    transfer.gpkg_to_postgis(full_workspace, pg, schema_name)
    name, _, _ = qgis_connection
    return pgw.open_connection_workspace(name, schema_name)


def _gpkg(path, layer: str) -> str:
    return f"{path}|layername={layer}"


def _pg_output(ws: pgw.PgWorkspace, table: str, geometry: bool = True) -> str:
    uri = QgsDataSourceUri(ws.conninfo)
    uri.setDataSource(ws.schema, table, "geom" if geometry else "")
    return "postgres:" + uri.uri(False)


CASES = {
    "generatesectors": (
        {"INPUT": "minefield_records", "ID_FIELD": "record_id", "CELL_SIZE": 2000, "ORIENTATION": "grid"},
        {"OUTPUT": True},
    ),
    "marksectors": (
        {"SECTORS": "sectors", "CLEARED": "hazard_areas", "MIN_OVERLAP": 10, "STATUS": "cleared", "TEAM": "T-9",
         "DATE": "2026-11-23"},
        {"OUTPUT": True, "OUTPUT_AUDIT": False},
    ),
    "finddiscrepancies": (
        {"RECORDS": "minefield_records", "RECORDED_MINES": "recorded_mines", "FINDS": "finds", "SECTORS": "sectors",
         "MIN_CLEARED": 0, "OUTPUT_OFFSETS": "memory:"},
        {"OUTPUT": True},
    ),
    "importminemap": (
        {"INPUT": str(Path(__file__).resolve().parents[1] / "data" / "import" / "traverse.csv"),
         "DEFAULT_UNIT": "mil6000", "OUTPUT_REJECTS": "memory:"},
        {"OUTPUT_RECORDS": True, "OUTPUT_MINES": True},
    ),
    "tallyfinds": (
        {"FINDS": "finds", "DISTRICTS": "minefield_records", "DISTRICT_FIELD": "record_id", "PERIOD": "none",
         "SECTORS": "sectors"},
        {"OUTPUT_TABLE": False, "OUTPUT_LAYER": True},
    ),
}


@pytest.mark.parametrize("alg", sorted(CASES))
def test_algorithm_reads_and_writes_postgis_like_geopackage(alg, run_alg, provider, pg_workspace, full_workspace):
    assert provider.algorithm(alg) is not None
    inputs, outputs = CASES[alg]
    layer_params = {k for k, v in inputs.items() if isinstance(v, str) and v in (
        "minefield_records", "recorded_mines", "sectors", "hazard_areas", "finds")}
    gpkg_params = {k: (_gpkg(full_workspace, v) if k in layer_params else v) for k, v in inputs.items()}
    pg_params = {k: (pg_workspace.uri(v) if k in layer_params else v) for k, v in inputs.items()}
    # the URIs need their provider: give QGIS layers, as the toolbox does
    pg_layers = {k: QgsVectorLayer(pg_workspace.uri(inputs[k]), inputs[k], "postgres") for k in layer_params}
    assert all(layer.isValid() for layer in pg_layers.values())
    pg_params.update(pg_layers)
    gpkg_params.update({k: "memory:" for k in outputs})
    pg_params.update({k: _pg_output(pg_workspace, f"out_{alg}_{k.lower()}", geometry) for k, geometry in
                      outputs.items()})
    expected = run_alg(f"clearground:{alg}", gpkg_params)
    result = run_alg(f"clearground:{alg}", pg_params)
    for key in outputs:
        table = f"out_{alg}_{key.lower()}"
        uri = QgsDataSourceUri(pg_workspace.conninfo)
        uri.setDataSource(pg_workspace.schema, table, "geom" if outputs[key] else "")
        written = QgsVectorLayer(uri.uri(False), table, "postgres")
        assert written.isValid(), (key, result[key])
        oracle = expected[key]
        oracle = oracle if isinstance(oracle, QgsVectorLayer) else QgsVectorLayer(oracle, key, "memory")
        assert written.featureCount() == oracle.featureCount() > 0, key
        assert _rows(written) == _rows(oracle), key
