"""SK-42 mine tables through clearground:importminemap: one transformation for all, named in the notes."""

from __future__ import annotations

import pytest
from pyproj import Transformer
from pyproj.transformer import TransformerGroup
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsProcessingContext,
    QgsProcessingException,
)


def _table(tmp_path):
    to_gk = Transformer.from_crs("EPSG:4284", "EPSG:28408", always_xy=True)
    lines = ["record_id,mine_no,coord,category,model"]
    for record, (lon, lat) in enumerate([(47.45, 41.16), (47.55, 41.18), (46.9, 40.0)]):
        for mine in range(4):
            y, x = to_gk.transform(lon + mine * 0.0001, lat)
            lines.append(f'SK-{record},{mine + 1},"X={x:.1f} Y={y:.1f}",AP,PMN')
    path = tmp_path / "sk42.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _run(run_alg, path, context=None, **extra):
    return run_alg("clearground:importminemap", {"INPUT": str(path), "OUTPUT_RECORDS": "memory:",
                                                 "OUTPUT_MINES": "memory:", "OUTPUT_REJECTS": "memory:", **extra},
                   context=context)


def test_every_record_names_the_one_transformation_for_the_area(run_alg, tmp_path):
    result = _run(run_alg, _table(tmp_path))
    notes = [f["notes"] for f in result["OUTPUT_RECORDS"].getFeatures()]
    assert len(notes) == 3 and all("Pulkovo 1942 to WGS 84 (14) (EPSG:1808)" in n for n in notes)


def test_datum_transform_is_used_for_every_point(run_alg, tmp_path):
    path = _table(tmp_path)
    asked = _run(run_alg, path, DATUM_TRANSFORM="EPSG:15865")
    default = _run(run_alg, path)
    notes = [f["notes"] for f in asked["OUTPUT_RECORDS"].getFeatures()]
    assert all("EPSG:15865" in n and "as DATUM_TRANSFORM asks" in n for n in notes)
    a = {(f["record_id"], f["mine_no"]): f.geometry().asPoint() for f in asked["OUTPUT_MINES"].getFeatures()}
    b = {(f["record_id"], f["mine_no"]): f.geometry().asPoint() for f in default["OUTPUT_MINES"].getFeatures()}
    shift = [a[k].distance(b[k]) for k in a]
    assert min(shift) > 1e-6  # the two transformations differ by metres, for every mine
    assert len(a) == 12


def test_the_projects_transformation_is_used_when_no_parameter_says_otherwise(run_alg, tmp_path):
    pipeline = next(t for t in TransformerGroup("EPSG:28408", "EPSG:4326", always_xy=True).transformers
                    if "(16)" in t.description).definition
    transforms = QgsCoordinateTransformContext()
    assert transforms.addCoordinateOperation(QgsCoordinateReferenceSystem("EPSG:28408"),
                                             QgsCoordinateReferenceSystem("EPSG:4326"), "+" + pipeline.replace(
                                                 " ", " +"))
    context = QgsProcessingContext()
    context.setTransformContext(transforms)
    result = _run(run_alg, _table(tmp_path), context=context)
    notes = [f["notes"] for f in result["OUTPUT_RECORDS"].getFeatures()]
    assert all("as the project's transformations say" in n for n in notes)


def test_an_unknown_transformation_is_refused_naming_the_ones_that_apply(run_alg, tmp_path):
    with pytest.raises(QgsProcessingException, match="EPSG:9999 is not a transformation from EPSG:28408"):
        _run(run_alg, _table(tmp_path), DATUM_TRANSFORM="EPSG:9999")
