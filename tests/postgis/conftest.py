"""A throwaway PostgreSQL 15 + PostGIS 3 cluster for the tests of PostGIS workspaces.

The session starts its own cluster: initdb and pg_ctl run as the ``postgres`` user (PostgreSQL
refuses to run as root) in a temporary directory, listening on 127.0.0.1 and a free port only, with
password authentication. It is stopped and removed at the end of the session. When the server
binaries are absent the tests are skipped with the reason, except in CI, where that is a failure.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest
from osgeo import gdal, ogr

from clearground.core import schema
from clearground.workspace import create_workspace


def _newest_server() -> str:
    """The newest PostgreSQL major version installed (Debian's layout), 15 when none is."""
    versions = sorted((int(p.name) for p in Path("/usr/lib/postgresql").glob("*") if p.name.isdigit()), reverse=True)
    return str(versions[0]) if versions else "15"


PG_VERSION = _newest_server()
PG_BIN = Path(f"/usr/lib/postgresql/{PG_VERSION}/bin")
SUPERUSER = "postgres"
SUPERUSER_PASSWORD = "cg-test-superuser"
DATABASE = "clearground_test"


@dataclass(frozen=True)
class Cluster:
    """Where the throwaway server listens, and how to reach it."""

    host: str
    port: int
    database: str

    def dsn(self, user: str = SUPERUSER, password: str = SUPERUSER_PASSWORD) -> str:
        """A libpq connection string; built with psycopg2's own quoting."""
        from psycopg2.extensions import make_dsn

        return make_dsn(host=self.host, port=self.port, dbname=self.database, user=user, password=password,
                        connect_timeout=10)

    def connect(self, user: str = SUPERUSER, password: str = SUPERUSER_PASSWORD):
        import psycopg2

        return psycopg2.connect(self.dsn(user, password), application_name="clearground-tests")


def _missing_server() -> str | None:
    needed = [PG_BIN / "initdb", PG_BIN / "pg_ctl", PG_BIN / "postgres"]
    absent = [str(p) for p in needed if not p.exists()]
    if absent:
        return "PostgreSQL server binaries are absent ({}); `make setup` installs postgresql-15-postgis-3".format(
            ", ".join(absent))
    if not Path(f"/usr/share/postgresql/{PG_VERSION}/extension/postgis.control").exists():
        return f"PostGIS 3 for PostgreSQL {PG_VERSION} is absent; `make setup` installs postgresql-15-postgis-3"
    try:
        pwd.getpwnam(SUPERUSER)
    except KeyError:
        return "the system user 'postgres' does not exist; `make setup` installs postgresql-15-postgis-3"
    try:
        import psycopg2  # noqa: F401
    except ImportError:
        return "psycopg2 is absent; `make setup` installs python3-psycopg2"
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _as_postgres(args: list[str], **kw) -> subprocess.CompletedProcess:
    prefix = ["runuser", "-u", SUPERUSER, "--"] if os.geteuid() == 0 else []
    return subprocess.run(prefix + args, check=True, capture_output=True, text=True, **kw)


@pytest.fixture(scope="session")
def pg_cluster():
    """Start the throwaway cluster for the session; stop and delete it afterwards."""
    reason = _missing_server()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"PostGIS tests cannot run in CI: {reason}")
        pytest.skip(reason)
    if os.geteuid() != 0 and pwd.getpwuid(os.geteuid()).pw_name != SUPERUSER:
        pytest.skip("starting a PostgreSQL cluster needs root (runuser) or the postgres user")
    base = Path(tempfile.mkdtemp(prefix="cg-pg-"))
    entry = pwd.getpwnam(SUPERUSER)
    os.chown(base, entry.pw_uid, entry.pw_gid)
    os.chmod(base, 0o700)
    data, pwfile, log = base / "data", base / "pwfile", base / "server.log"
    pwfile.write_text(SUPERUSER_PASSWORD + "\n")
    os.chown(pwfile, entry.pw_uid, entry.pw_gid)
    port = _free_port()
    started = False
    try:
        _as_postgres([str(PG_BIN / "initdb"), "-D", str(data), "-U", SUPERUSER, "--pwfile", str(pwfile),
                      "-A", "scram-sha-256", "-E", "UTF8", "--locale", "C.UTF-8"])
        options = f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={base} -c fsync=off"
        _as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", options, "-w", "-t", "60",
                      "start"])
        started = True
        cluster = Cluster("127.0.0.1", port, DATABASE)
        import psycopg2

        admin = psycopg2.connect(Cluster("127.0.0.1", port, "postgres").dsn())
        admin.autocommit = True
        admin.cursor().execute(f'CREATE DATABASE "{DATABASE}"')
        admin.close()
        con = cluster.connect()
        con.autocommit = True
        con.cursor().execute("CREATE EXTENSION postgis")
        con.close()
        yield cluster
    except subprocess.CalledProcessError as exc:
        text = log.read_text() if log.exists() else ""
        pytest.fail(f"the test PostgreSQL cluster did not start: {exc.stderr}\n{text}")
    finally:
        if started:
            _as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"])
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def schema_name(pg_cluster) -> str:
    """A fresh schema name for one test; the schema is dropped afterwards if it was made."""
    name = f"ws_{uuid.uuid4().hex[:10]}"
    yield name
    drop_schema(pg_cluster, name)


@pytest.fixture
def pg(pg_cluster, schema_name):
    """A superuser connection (autocommit off), closed after the test (before its schema is dropped)."""
    con = pg_cluster.connect()
    yield con
    con.close()


def drop_schema(cluster: Cluster, name: str) -> None:
    """Drop a test schema; waits at most a while for locks, so a test left open cannot hang the session."""
    from psycopg2 import sql

    con = cluster.connect()
    con.autocommit = True
    con.cursor().execute("SET lock_timeout = '30s'")
    con.cursor().execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(name)))
    con.close()


QGIS_LOGIN = "cg_qgis_user"
QGIS_PASSWORD = "cg-secret-Pa55;'\""
MASTER_PASSWORD = "clearground-tests-master"


@pytest.fixture(scope="session")
def make_qgis_connection(pg_cluster, qgis_app):
    """Factory: a QGIS PostgreSQL connection to the test cluster for a login.

    By default the credentials live in an authcfg of QGIS's authentication manager; with
    ``plain=True`` the password is kept in the connection's settings (what ClearGround warns about).
    Everything made is removed at the end of the session.
    """
    from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsDataSourceUri, QgsProviderRegistry

    auth = QgsApplication.authManager()
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    made: list[tuple[str, str]] = []

    def make(login: str, password: str, plain: bool = False) -> str:
        uri = QgsDataSourceUri()
        authcfg = ""
        if not plain:
            if not auth.masterPasswordIsSet() and not auth.setMasterPassword(MASTER_PASSWORD, True):
                pytest.skip("the QGIS authentication database of the test profile has another master password")
            config = QgsAuthMethodConfig("Basic")
            config.setName(f"clearground-test-{uuid.uuid4().hex[:8]}")
            config.setConfig("username", login)
            config.setConfig("password", password)
            assert auth.storeAuthenticationConfig(config)
            authcfg = config.id()
        uri.setConnection(pg_cluster.host, str(pg_cluster.port), pg_cluster.database, login if plain else "",
                          password if plain else "", QgsDataSourceUri.SslDisable, authcfg)
        name = f"ClearGround test {login} {uuid.uuid4().hex[:8]}"
        config_values = {"savePassword": True, "saveUsername": True} if plain else {}
        metadata.saveConnection(metadata.createConnection(uri.uri(False), config_values), name)
        made.append((name, authcfg))
        return name

    yield make
    for name, authcfg in made:
        metadata.deleteConnection(name)
        if authcfg:
            auth.removeAuthenticationConfig(authcfg)


@pytest.fixture(scope="session")
def qgis_connection(pg_cluster, make_qgis_connection):
    """A QGIS connection (credentials in an authcfg) as a superuser login: (name, login, password)."""
    from psycopg2 import sql

    con = pg_cluster.connect()
    con.autocommit = True
    con.cursor().execute(sql.SQL("CREATE ROLE {} LOGIN SUPERUSER PASSWORD {}").format(
        sql.Identifier(QGIS_LOGIN), sql.Literal(QGIS_PASSWORD)))
    con.close()
    return make_qgis_connection(QGIS_LOGIN, QGIS_PASSWORD), QGIS_LOGIN, QGIS_PASSWORD


@pytest.fixture(scope="session")
def provider(qgis_app, qgis_processing):
    """The ClearGround Processing provider, registered once for the session."""
    from qgis.core import QgsApplication

    from clearground.processing.provider import ClearGroundProvider

    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("clearground")
    if existing is not None:
        return existing
    prov = ClearGroundProvider()
    assert registry.addProvider(prov)
    return prov


@pytest.fixture
def run_alg(provider):
    """processing.run with a fresh context and feedback: run_alg('clearground:x', {...})."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    def _run(alg_id, params, feedback=None, context=None):
        return processing.run(alg_id, params, feedback=feedback or QgsProcessingFeedback(),
                              context=context or QgsProcessingContext())

    return _run


NASTY = "O'Brien; DROP TABLE sectors; -- \"x\" \\ Ağdam Ширван 地雷 $$ %s %(x)s {}"


def features(path: Path) -> dict[str, list[dict]]:
    """Every feature of every workspace layer: fid, each field (OGR's own value) and the geometry as WKB."""
    ds = gdal.OpenEx(str(path), gdal.OF_VECTOR)
    out = {}
    for lyr_def in schema.LAYERS:
        lyr = ds.GetLayerByName(lyr_def.name)
        defn = lyr.GetLayerDefn()
        names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
        rows = []
        for feature in lyr:
            geom = feature.GetGeometryRef()
            rows.append({"fid": feature.GetFID(), "geom": bytes(geom.ExportToIsoWkb()) if geom else None,
                         **{n: feature.GetField(n) for n in names}})
        out[lyr_def.name] = rows
    return out


def _add(lyr, wkt: str | None, **values) -> None:
    feature = ogr.Feature(lyr.GetLayerDefn())
    for key, value in values.items():
        if isinstance(value, tuple):
            feature.SetField(key, *value)
        else:
            feature.SetField(key, value)
    if wkt:
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
    lyr.CreateFeature(feature)


@pytest.fixture
def full_workspace(tmp_path: Path) -> Path:
    """A small workspace with every layer filled: unicode, quotes and SQL in text, NULLs, holes, fid gaps."""
    path = create_workspace(tmp_path / "source.gpkg").path
    ds = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE)
    records = ds.GetLayerByName("minefield_records")
    _add(records, "POLYGON((46.9 40.0,47.0 40.0,47.0 40.1,46.9 40.1,46.9 40.0),"
                  "(46.92 40.02,46.95 40.02,46.95 40.05,46.92 40.02))",
         record_id="R-1", source=NASTY, district="Ağdam", laid_date=(1994, 5, 17, 0, 0, 0, 0), record_type="row",
         recorded_ap=97000, recorded_at=12, mine_models="PMN-2, TM-62M", reliability="low", raw=NASTY, notes=None)
    _add(records, "POLYGON((47.1 40.0,47.2 40.0,47.2 40.1,47.1 40.0))", record_id="R-2'; --", record_type="unknown")
    _add(records, None, record_id="R-3", notes="no perimeter yet")
    records.DeleteFeature(2)  # a gap in the fids
    mines = ds.GetLayerByName("recorded_mines")
    for i in range(25):
        _add(mines, f"POINT({46.9 + i * 0.001:.6f} 40.05)", record_id="R-1", mine_no=str(i),
             category="AP" if i % 3 else "AT", model="ПМН-2" if i % 2 else None, raw=f"row {i}; 'x'")
    hazards = ds.GetLayerByName("hazard_areas")
    _add(hazards, "POLYGON((46.9 40.0,47.0 40.0,47.0 40.1,46.9 40.0))", hazard_id="H-1", classification="CHA",
         status="worked_on", record_id="R-1", district=NASTY)
    sectors = ds.GetLayerByName("sectors")
    for i in range(6):
        _add(sectors, f"POLYGON(({46.9 + i * 0.01} 40.0,{46.91 + i * 0.01} 40.0,{46.91 + i * 0.01} 40.01,"
                      f"{46.9 + i * 0.01} 40.0))",
             sector_id=f"R-1-0-{i}", parent_id="R-1", status=("planned", "cleared", "reduced")[i % 3],
             method="manual" if i else None, team=NASTY if i == 1 else "T-2",
             status_date=(2026, 11, 20 + i % 3, 0, 0, 0, 0),
             depth_cm=13 if i else None, version=i + 1, updated_by="анна" if i else None,
             updated_at=(2026, 11, 23, 9, 12, 1.5 + i, 100) if i else None)
    finds = ds.GetLayerByName("finds")
    finds.CreateField(ogr.FieldDefn("condition", ogr.OFTString))  # a field added beyond the schema
    _add(finds, "POINT(46.905 40.005)", find_id="F-1", found_date=(2026, 11, 21, 0, 0, 0, 0), category="AP",
         model="PMN-2", quantity=2, sector_id="R-1-0-1", team="T-2", depth_cm=-5, condition=NASTY)
    _add(finds, "POINT(46.915 40.005)", find_id="F-2", category="UXO")
    flags = ds.GetLayerByName("discrepancies")
    _add(flags, "POINT(46.91 40.01)", flag_id="D-1", kind="missing_mines", severity="high", record_id="R-1",
         distance_m=0.1 + 1e-9, expected=97000, observed=3, message=NASTY, status="acknowledged", note="ok")
    audit = ds.GetLayerByName("audit_log")
    for i in range(4):
        _add(audit, None, ts=(2026, 11, 23, 9, 12, 1.25 + i, 100), user_name="анна", layer="sectors",
             feature_key=f"R-1-0-{i}", field="status", old_value="planned" if i else None, new_value=NASTY)
    extra = ds.CreateLayer("field_notes", None, ogr.wkbNone)
    extra.CreateField(ogr.FieldDefn("text", ogr.OFTString))
    ds = None
    return path
