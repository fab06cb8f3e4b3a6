"""`make package` builds a zip that QGIS installs: unpacked into a fresh profile, enabled, it runs."""

from __future__ import annotations

import configparser
import json
import os
import shutil
import sqlite3
import subprocess
import sysconfig
import zipfile
from pathlib import Path

import pytest

QGIS_PROCESS = "/usr/bin/qgis_process.bin"
LANGUAGES = ("az", "ru", "uk")
#: metadata.txt keys the QGIS plugin repository requires.
REQUIRED_METADATA = ("name", "qgisMinimumVersion", "description", "about", "version", "author", "email", "repository")
#: Top-level entries of the checkout that are development-only and must stay out of the zip.
DEV_ONLY = (
    "tests",
    "bench",
    "scripts",
    "mk",
    "docs",
    "build",
    "dist",
    "sample",
    "Makefile",
    "pyproject.toml",
    "requirements-dev.txt",
    ".ci",
    ".gitignore",
    ".git",
    ".venv",
)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def package(root: Path, tmp_path_factory) -> Path:
    """The zip `make package` builds."""
    if shutil.which("make") is None or shutil.which("zip") is None:
        pytest.fail("make and zip are needed to build the package (scripts/setup.sh installs them)")
    out = tmp_path_factory.mktemp("dist")
    result = subprocess.run(
        # Output and staging in a temporary folder: the checkout stays as it is, and test runs in
        # parallel do not share a staging folder.
        [
            "make",
            "-s",
            "-C",
            str(root),
            "-f",
            "mk/package.mk",
            "package",
            f"PACKAGE_DIR={out}",
            f"PACKAGE_STAGE={out / 'stage'}",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    zips = list(out.glob("clearground-*.zip"))
    assert len(zips) == 1, zips
    return zips[0]


def _metadata(text: str) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive (qgisMinimumVersion)
    parser.read_string(text)
    return parser["general"]


def test_zip_holds_the_plugin_folder_and_nothing_of_the_development(package: Path, root: Path):
    with zipfile.ZipFile(package) as archive:
        names = archive.namelist()
        metadata = _metadata(archive.read("clearground/metadata.txt").decode("utf-8"))
        qm_sizes = {lang: archive.getinfo(f"clearground/i18n/clearground_{lang}.qm").file_size for lang in LANGUAGES}
    assert all(name.startswith("clearground/") for name in names), [n for n in names if "/" not in n]
    files = {name[len("clearground/") :] for name in names if not name.endswith("/")}
    for required in (
        "__init__.py",
        "metadata.txt",
        "LICENSE",
        "plugin.py",
        "translation.py",
        "processing/provider.py",
        "processing/algorithms/create_workspace.py",
        "resources/icons/clearground.svg",
    ):
        assert required in files, required
    # Every Python module and resource of the checkout's plugin folders made it in.
    for folder in ("core", "workspace", "processing", "ui", "resources"):
        expected = {
            p.relative_to(root).as_posix()
            for p in (root / folder).rglob("*")
            if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
        }
        assert expected <= files, sorted(expected - files)
    # Compiled translations in (and not empty: a .qm without messages is 33 bytes), sources out.
    assert all(size > 1000 for size in qm_sizes.values()), qm_sizes
    leaked = sorted(
        f
        for f in files
        if f.split("/")[0] in DEV_ONLY
        or "__pycache__" in f
        or f.endswith((".pyc", ".ts", ".zip"))
        or any(part.startswith(".") for part in f.split("/"))
    )
    assert leaked == []
    # A complete metadata.txt, whose version names the zip.
    for key in REQUIRED_METADATA:
        assert metadata.get(key, "").strip(), f"metadata.txt lacks {key}"
    assert package.name == f"clearground-{metadata['version']}.zip"
    assert metadata["hasProcessingProvider"] == "yes"
    assert (root / metadata["icon"]).is_file()


def test_unpacked_into_a_fresh_profile_it_enables_and_runs_an_algorithm(package: Path, tmp_path: Path):
    config = tmp_path / "config"
    plugins = config / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    with zipfile.ZipFile(package) as archive:
        archive.extractall(plugins)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QGIS_", "PYTHON"))}
    env.update(QT_QPA_PLATFORM="offscreen", QGIS_CUSTOM_CONFIG_PATH=str(config))
    # Only for shapely 2 on Debian 12 (its own python3-shapely is 1.8): the venv's site-packages.
    # The plugin itself comes from the profile alone: no QGIS_PLUGINPATH, no checkout on the path.
    env["PYTHONPATH"] = sysconfig.get_paths()["purelib"]

    def qgis_process(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([QGIS_PROCESS, *args], env=env, capture_output=True, text=True, timeout=120)

    enabled = qgis_process("plugins", "enable", "clearground")
    assert enabled.returncode == 0, enabled.stdout + enabled.stderr
    assert "* clearground" in enabled.stdout
    ini = (config / "profiles" / "default" / "QGIS" / "QGIS3.ini").read_text(encoding="utf-8")
    assert "clearground=true" in ini

    workspace = tmp_path / "fresh.gpkg"
    run = qgis_process("--json", "run", "clearground:createworkspace", "--", f"OUTPUT={workspace}")
    assert run.returncode == 0, run.stdout + run.stderr
    result = json.loads(run.stdout[run.stdout.index("{") :])
    assert Path(result["results"]["OUTPUT"]) == workspace
    assert result["algorithm_details"]["id"] == "clearground:createworkspace"
    # The file is a GeoPackage workspace of schema v2 (read with sqlite3, not with our code).
    with sqlite3.connect(workspace) as db:
        tables = {row[0] for row in db.execute("SELECT table_name FROM gpkg_contents")}
        version = db.execute("SELECT value FROM cg_meta WHERE key = 'schema_version'").fetchone()
    assert {
        "minefield_records",
        "recorded_mines",
        "hazard_areas",
        "sectors",
        "finds",
        "discrepancies",
        "audit_log",
    } <= tables
    assert version is not None and str(version[0]) == "2"
    # The unpacked plugin is what ran: it is the only copy QGIS could find.
    assert (plugins / "clearground" / "metadata.txt").is_file()


def test_the_package_passes_the_repository_checks_and_a_bad_one_does_not(package, root, tmp_path):
    import sys

    sys.path.insert(0, str(root / "scripts"))
    try:
        import check_package
    finally:
        sys.path.pop(0)
    assert check_package.check(package) == []
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(package) as good, zipfile.ZipFile(bad, "w") as out:
        for item in good.infolist():
            if item.filename == "clearground/LICENSE":
                continue
            data = good.read(item)
            if item.filename == "clearground/metadata.txt":
                data = data.replace(b"[general]\n", b"[general]\nsupportsQt6=True\n")
            out.writestr(item, data)
        out.writestr("clearground/__pycache__/plugin.cpython-311.pyc", b"\x00")
        out.writestr("clearground/keys.py", 'AWS_KEY = "AKIAIOSFODNN7EXAMPLE"\n')
        out.writestr("clearground/resources/data/leak.geojson", '{"password": "hunter2-very-secret"}\n')
        out.writestr("clearground/danger.py", "import subprocess\nsubprocess.call('rm -rf ' + input(), shell=True)\n")
    problems = "\n".join(check_package.check(bad))
    assert "clearground/LICENSE is missing" in problems
    assert "supportsQt6 is deprecated" in problems
    assert "compiled Python" in problems and "a __pycache__ folder" in problems
    assert "AWS Access Key" in problems and "keys.py" in problems
    assert "leak.geojson" in problems
    assert "bandit B602" in problems and "danger.py" in problems
