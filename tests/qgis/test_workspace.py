"""The workspace: created by clearground:createworkspace, checked with OGR, and every bad file refused."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest
from osgeo import gdal, ogr
from qgis.core import QgsProcessingException

from clearground.core import migrations, schema
from clearground.workspace import WorkspaceError, create_workspace, open_workspace

OGR_TYPES = {"text": ogr.OFTString, "int": ogr.OFTInteger, "real": ogr.OFTReal, "date": ogr.OFTDate,
             "datetime": ogr.OFTDateTime}
OGR_GEOMETRY = {"Point": ogr.wkbPoint, "Polygon": ogr.wkbPolygon, None: ogr.wkbNone}

#: A version after this one, for testing the upgrade machinery itself.
NEXT = schema.SCHEMA_VERSION + 1


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def workspace_file(tmp_path: Path, run_alg) -> Path:
    out = tmp_path / "ws.gpkg"
    result = run_alg("clearground:createworkspace", {"OUTPUT": str(out)})
    assert Path(result["OUTPUT"]) == out
    return out


def test_every_layer_field_and_constraint_is_there(workspace_file: Path):
    ds = gdal.OpenEx(str(workspace_file), gdal.OF_VECTOR)
    assert {ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())} == set(schema.LAYER_NAMES) | {"cg_meta"}
    for lyr_def in schema.LAYERS:
        lyr = ds.GetLayerByName(lyr_def.name)
        assert lyr.GetGeomType() == OGR_GEOMETRY[lyr_def.geometry], lyr_def.name
        if lyr_def.geometry:
            assert lyr.GetSpatialRef().GetAuthorityCode(None) == "4326"
        defn = lyr.GetLayerDefn()
        names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
        assert names == list(lyr_def.field_names)
        for fld in lyr_def.fields:
            f = defn.GetFieldDefn(defn.GetFieldIndex(fld.name))
            assert f.GetType() == OGR_TYPES[fld.type], (lyr_def.name, fld.name)
            assert bool(f.IsUnique()) == fld.unique, (lyr_def.name, fld.name)
            assert bool(f.IsNullable()) != fld.not_null, (lyr_def.name, fld.name)
            if fld.allowed:
                domain = ds.GetFieldDomain(f.GetDomainName())
                assert set(domain.GetEnumeration()) == set(fld.allowed)
    meta = ds.GetLayerByName("cg_meta")
    values = {f.GetField("key"): f.GetField("value") for f in meta}
    assert values == {"schema_version": str(schema.SCHEMA_VERSION)}


def _insert(path: Path, layer: str, **values) -> None:
    ds = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE)
    lyr = ds.GetLayerByName(layer)
    feature = ogr.Feature(lyr.GetLayerDefn())
    for key, value in values.items():
        feature.SetField(key, value)
    lyr.CreateFeature(feature)
    ds = None


def test_constraints_are_enforced_by_the_file_itself(workspace_file: Path):
    _insert(workspace_file, "sectors", sector_id="R1-0-0", status="cleared")
    with pytest.raises(RuntimeError, match="sectors.status must be one of"):
        _insert(workspace_file, "sectors", sector_id="R1-0-1", status="done")
    with pytest.raises(RuntimeError, match="UNIQUE"):
        _insert(workspace_file, "sectors", sector_id="R1-0-0", status="planned")
    with pytest.raises(RuntimeError, match="finds.category must be one of"):
        _insert(workspace_file, "finds", find_id="F1", category="mine")
    ds = gdal.OpenEx(str(workspace_file), gdal.OF_VECTOR | gdal.OF_UPDATE)
    with pytest.raises(RuntimeError, match="sectors.status must be one of"):
        ds.ExecuteSQL("UPDATE sectors SET status = 'finished'")
    ds = None
    con = sqlite3.connect(workspace_file)
    rows = con.execute("SELECT status, version FROM sectors").fetchall()
    con.close()
    assert rows == [("cleared", 1)]  # defaults filled, the bad update refused


def test_created_workspace_opens_and_refuses_to_be_overwritten(workspace_file: Path, run_alg):
    assert open_workspace(workspace_file).schema_version == schema.SCHEMA_VERSION
    before = digest(workspace_file)
    with pytest.raises(QgsProcessingException, match="already exists"):
        run_alg("clearground:createworkspace", {"OUTPUT": str(workspace_file)})
    assert digest(workspace_file) == before


def _bad_files(tmp_path: Path, good: Path) -> dict[str, tuple[Path, str]]:
    text = tmp_path / "notes.gpkg"
    text.write_text("record_id,lat,lon\nA,40,46\n")
    plain = tmp_path / "plain.gpkg"
    sqlite3.connect(plain).execute("CREATE TABLE t (a)").connection.commit()
    other = tmp_path / "other.gpkg"
    ds = gdal.GetDriverByName("GPKG").Create(str(other), 0, 0, 0, gdal.GDT_Unknown)
    ds.CreateLayer("roads", None, ogr.wkbLineString)
    ds = None
    newer = tmp_path / "newer.gpkg"
    newer.write_bytes(good.read_bytes())
    con = sqlite3.connect(newer)
    con.execute("UPDATE cg_meta SET value = '7' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    damaged = tmp_path / "damaged.gpkg"
    damaged.write_bytes(good.read_bytes())
    con = sqlite3.connect(damaged)
    con.execute("DROP TABLE audit_log")
    con.commit()
    con.close()
    corrupt = tmp_path / "corrupt.gpkg"
    data = bytearray(good.read_bytes())
    page = 4096
    for start in range(page * 2, len(data) - page, page * 3):  # scribble over b-tree pages
        data[start:start + 64] = os.urandom(64)
    corrupt.write_bytes(bytes(data))
    readonly = tmp_path / "readonly.gpkg"
    readonly.write_bytes(good.read_bytes())
    readonly.chmod(stat.S_IRUSR | stat.S_IRGRP)
    return {
        "missing": (tmp_path / "nowhere.gpkg", "no such file"),
        "folder": (tmp_path, "is a folder"),
        "text": (text, "not a GeoPackage"),
        "plain sqlite": (plain, "not a GeoPackage"),
        "other gpkg": (other, "not a ClearGround workspace"),
        "newer": (newer, "newer ClearGround"),
        "damaged": (damaged, "audit_log is missing"),
        "corrupt": (corrupt, "corrupt"),
        "read-only": (readonly, "read-only"),
    }


@pytest.mark.parametrize("case", ["missing", "folder", "text", "plain sqlite", "other gpkg", "newer", "damaged",
                                  "corrupt", "read-only"])
def test_bad_workspaces_give_a_clear_message_and_change_nothing(tmp_path: Path, case: str):
    good = create_workspace(tmp_path / "good.gpkg").path
    path, message = _bad_files(tmp_path, good)[case]
    before = digest(path) if path.is_file() else None
    listing = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(WorkspaceError, match=message):
        open_workspace(path)
    if before is not None:
        assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == listing  # no scratch files left


def _finds(n: int, first: int = 0):
    import numpy as np

    from clearground.workspace.writer import FeatureColumns

    return {"finds": FeatureColumns({"find_id": [f"F-{first + i}" for i in range(n)], "category": ["AP"] * n},
                                    np.array([(46.9 + i * 1e-4, 40.0) for i in range(n)]))}


def _scribble_over_the_root_of(path: Path, table: str) -> None:
    con = sqlite3.connect(path)
    root, size = (con.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0],
                  con.execute("PRAGMA page_size").fetchone()[0])
    con.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * size
    data[start:start + 32] = b"\xff" * 32  # the b-tree page header and its first cell pointers
    path.write_bytes(bytes(data))


def test_a_large_workspace_has_its_structure_checked_on_opening_and_its_layers_as_they_are_read(
        tmp_path: Path, monkeypatch):
    from clearground.workspace import geopackage

    path = create_workspace(tmp_path / "ws.gpkg").path
    open_workspace(path).append(_finds(50))
    _scribble_over_the_root_of(path, "finds")
    with pytest.raises(WorkspaceError, match="is corrupt"):  # a small file: every page is checked
        open_workspace(path)
    monkeypatch.setattr(geopackage, "WHOLE_CHECK_BYTES", 0)  # as a national workspace of gigabytes
    ws = open_workspace(path)  # its structure is sound
    before = digest(path)
    with pytest.raises(WorkspaceError, match="left unchanged.*malformed"):
        ws.append(_finds(5, first=50))
    assert digest(path) == before
    healthy = create_workspace(tmp_path / "healthy.gpkg").path
    _scribble_over_the_root_of(healthy, "gpkg_contents")
    with pytest.raises(WorkspaceError, match="is corrupt"):  # the structure is checked whatever the size
        open_workspace(healthy)


def test_upgrade_runs_the_migrations_and_keeps_the_data(tmp_path: Path, monkeypatch):
    path = create_workspace(tmp_path / "old.gpkg").path
    _insert(path, "finds", find_id="F-1", category="AP")
    extra = schema.Field("condition", "text", allowed=("intact", "damaged"))
    monkeypatch.setattr(schema, "SCHEMA_VERSION", NEXT)
    monkeypatch.setitem(migrations.MIGRATIONS, NEXT, (migrations.AddField("finds", extra),))
    # the v2 check expects the new field in the description of the layer
    finds = schema.layer("finds")
    v2_finds = schema.Layer(finds.name, finds.geometry, finds.fields + (extra,), finds.key, finds.title)
    monkeypatch.setattr(schema, "LAYERS", tuple(v2_finds if lyr.name == "finds" else lyr for lyr in schema.LAYERS))

    with pytest.raises(WorkspaceError, match="must be upgraded"):
        open_workspace(path, upgrade=False)
    ws = open_workspace(path)
    assert ws.schema_version == NEXT
    con = sqlite3.connect(path)
    assert con.execute("SELECT find_id, category, condition FROM finds").fetchall() == [("F-1", "AP", None)]
    assert con.execute("SELECT value FROM cg_meta WHERE key='schema_version'").fetchone() == (str(NEXT),)
    triggers = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    con.close()
    assert "cg_check_finds_condition_insert" in triggers


def test_failed_upgrade_leaves_the_file_unchanged(tmp_path: Path, monkeypatch):
    path = create_workspace(tmp_path / "old.gpkg").path
    before = digest(path)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", NEXT)
    # a broken migration: adds a field to a layer that does not exist
    monkeypatch.setitem(migrations.MIGRATIONS, NEXT, (migrations.AddField("no_such_layer", schema.Field("x", "text")),))
    with pytest.raises(WorkspaceError, match="left unchanged"):
        open_workspace(path)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.gpkg"]


def test_create_refuses_wrong_extension_and_missing_folder(tmp_path: Path):
    with pytest.raises(WorkspaceError, match=".gpkg"):
        create_workspace(tmp_path / "ws.sqlite")
    with pytest.raises(WorkspaceError, match="no such folder"):
        create_workspace(tmp_path / "nope" / "ws.gpkg")


def test_a_full_disk_or_a_silent_failure_is_said_in_words(tmp_path, monkeypatch):
    import errno

    from clearground.workspace import geopackage

    def full(path, from_version):
        raise OSError(errno.ENOSPC, "")

    monkeypatch.setattr(geopackage, "_migrate", full)
    with pytest.raises(WorkspaceError, match="new.gpkg was left unchanged: the disk is full"):
        create_workspace(tmp_path / "new.gpkg")
    assert not (tmp_path / "new.gpkg").exists() and list(tmp_path.iterdir()) == []

    def silent(path, from_version):
        raise RuntimeError()

    monkeypatch.setattr(geopackage, "_migrate", silent)
    with pytest.raises(WorkspaceError, match="left unchanged: .+free space and permissions"):
        create_workspace(tmp_path / "new.gpkg")


def test_a_version_1_workspace_is_upgraded_to_take_field_finds(tmp_path: Path, monkeypatch):
    with monkeypatch.context() as m:  # a workspace as version 1 made it
        m.setattr(schema, "SCHEMA_VERSION", 1)
        m.setattr(schema, "LAYERS", schema.LAYERS_V1)
        path = create_workspace(tmp_path / "v1.gpkg").path
    _insert(path, "finds", find_id="F-1", category="AP")
    with pytest.raises(WorkspaceError, match="must be upgraded"):
        open_workspace(path, upgrade=False)
    assert open_workspace(path).schema_version == 2
    _insert(path, "finds", find_id="F-2", category="AT", uuid="0b4e1c9a-4f43-4a57-9e3c-1d2f3a4b5c6d")
    con = sqlite3.connect(path)
    assert con.execute("SELECT find_id, uuid FROM finds ORDER BY find_id").fetchall() == [
        ("F-1", None), ("F-2", "0b4e1c9a-4f43-4a57-9e3c-1d2f3a4b5c6d")]
    con.close()
    with pytest.raises(RuntimeError, match="UNIQUE"):
        _insert(path, "finds", find_id="F-3", uuid="0b4e1c9a-4f43-4a57-9e3c-1d2f3a4b5c6d")
    con = sqlite3.connect(path)
    columns = {r[1] for r in con.execute('PRAGMA table_info("hazard_areas")')}
    con.close()
    assert {"evidence", "source", "raw"} <= columns


def test_a_large_file_with_a_table_named_with_quotes_is_checked_as_it_is(tmp_path: Path, monkeypatch):
    from clearground.workspace import geopackage

    path = create_workspace(tmp_path / "ws.gpkg").path
    con = sqlite3.connect(path)
    con.execute('CREATE TABLE "gpkg_odd"")--name" (x)')  # another program's table, its name quoted
    con.commit()
    con.close()
    monkeypatch.setattr(geopackage, "WHOLE_CHECK_BYTES", 0)
    assert open_workspace(path).path == path
