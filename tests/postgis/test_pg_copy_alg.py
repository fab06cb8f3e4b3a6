"""clearground:copyworkspace through processing.run, with a QGIS connection whose password is an authcfg."""

from __future__ import annotations

from pathlib import Path

import pytest
from osgeo import gdal
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from clearground.core import schema
from clearground.workspace import postgis as pgw

from .conftest import features


class Recorder(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.infos, self.warnings, self.progress = [], [], []
        self.progressChanged.connect(self.progress.append)

    def pushInfo(self, info):
        self.infos.append(info)

    def pushWarning(self, warning):
        self.warnings.append(warning)


def test_copy_to_postgis_and_back(run_alg, qgis_connection, schema_name, full_workspace, tmp_path, pg):
    name, _, password = qgis_connection
    feedback = Recorder()
    result = run_alg("clearground:copyworkspace", {
        "DIRECTION": 0, "INPUT": str(full_workspace), "CONNECTION": name, "SCHEMA": schema_name,
        "CREATE_ROLES": True}, feedback=feedback)
    assert result["SCHEMA"] == schema_name
    assert "recorded_mines: 25 features copied." in feedback.infos
    assert any("field_notes" in w for w in feedback.warnings)
    assert feedback.progress and feedback.progress[-1] == pytest.approx(100.0)
    assert pgw.open_workspace(pg, schema_name).schema_version == schema.SCHEMA_VERSION
    assert pgw.access(pg, schema_name).can_alter
    back = tmp_path / "back.gpkg"
    result = run_alg("clearground:copyworkspace", {
        "DIRECTION": 1, "CONNECTION": name, "SCHEMA": schema_name, "OUTPUT": str(back)})
    assert Path(result["OUTPUT"]) == back
    assert features(back) == features(full_workspace)
    ds = gdal.OpenEx(str(back), gdal.OF_VECTOR)
    assert password not in "".join(ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount()))


def test_bad_parameters_give_clear_messages(run_alg, qgis_connection, schema_name, full_workspace, tmp_path):
    name, _, _ = qgis_connection
    with pytest.raises(QgsProcessingException, match="INPUT"):
        run_alg("clearground:copyworkspace", {"DIRECTION": 0, "CONNECTION": name, "SCHEMA": schema_name})
    with pytest.raises(QgsProcessingException, match="OUTPUT"):
        run_alg("clearground:copyworkspace", {"DIRECTION": 1, "CONNECTION": name, "SCHEMA": schema_name})
    with pytest.raises(QgsProcessingException, match="does not exist"):
        run_alg("clearground:copyworkspace", {"DIRECTION": 1, "CONNECTION": name, "SCHEMA": schema_name,
                                              "OUTPUT": str(tmp_path / "x.gpkg")})
    with pytest.raises(QgsProcessingException, match="already exists"):
        run_alg("clearground:copyworkspace", {"DIRECTION": 1, "CONNECTION": name, "SCHEMA": schema_name,
                                              "OUTPUT": str(full_workspace)})
    assert not (tmp_path / "x.gpkg").exists()
