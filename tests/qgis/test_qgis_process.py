"""Batch users reach the algorithms the QGIS way: plugin folder on QGIS_PLUGINPATH, qgis_process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from osgeo import gdal

QGIS_PROCESS = Path("/usr/bin/qgis_process.bin")


def batch_env(profile: Path, plugin_path: Path) -> dict[str, str]:
    """The environment of a batch user: our plugin folder on QGIS_PLUGINPATH, a fresh profile."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        QGIS_PLUGINPATH=str(plugin_path),
        QGIS_CUSTOM_CONFIG_PATH=str(profile),
        PYTHONPATH=os.pathsep.join(p for p in sys.path if p.endswith("site-packages") and ".venv" in p),
    )
    return env


def qgis_process(env: dict[str, str], *args: str, check: bool = True) -> subprocess.CompletedProcess:
    proc = subprocess.run([str(QGIS_PROCESS), *args], env=env, capture_output=True, text=True, timeout=300)
    if check and proc.returncode != 0:
        raise AssertionError(f"qgis_process {' '.join(args)} failed:\n{proc.stdout}\n{proc.stderr}")
    return proc


@pytest.mark.skipif(not QGIS_PROCESS.exists(), reason="qgis_process.bin is not installed")
def test_qgis_process_runs_createworkspace(tmp_path: Path, plugin_path: Path):
    env = batch_env(tmp_path / "profile", plugin_path)
    qgis_process(env, "plugins", "enable", "clearground")
    listing = qgis_process(env, "list").stdout
    assert "clearground:createworkspace" in listing

    out = tmp_path / "batch.gpkg"
    proc = qgis_process(env, "--json", "run", "clearground:createworkspace", "--", f"OUTPUT={out}")
    result = json.loads(proc.stdout[proc.stdout.index("{"):])
    assert result["results"]["OUTPUT"] == str(out)
    ds = gdal.OpenEx(str(out), gdal.OF_VECTOR)
    assert ds.GetLayerByName("sectors") is not None and ds.GetLayerByName("cg_meta") is not None

    again = qgis_process(env, "run", "clearground:createworkspace", "--", f"OUTPUT={out}", check=False)
    assert again.returncode != 0
    assert "already exists" in again.stdout + again.stderr
