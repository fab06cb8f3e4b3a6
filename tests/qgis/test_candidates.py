"""Both fits of a record, drawn from layers written by hand (a record id with a trailing space, mines
in UTM, an offsets table from an older run), checked against geodesics from pyproj."""

from __future__ import annotations

import numpy as np
from pyproj import Geod, Transformer
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer

from clearground.compat import FIELD_DOUBLE, FIELD_TEXT
from clearground.ui.candidates import BEST, RUNNER_UP, candidate_layer, read_offsets

_GEOD = Geod(ellps="WGS84")
_TO_LONLAT = Transformer.from_crs("EPSG:32638", "EPSG:4326", always_xy=True)
MINES_UTM = [(400_000.0, 4_400_000.0), (400_006.0, 4_400_000.0), (400_012.0, 4_400_000.0),
             (400_000.0, 4_400_020.0), (400_006.0, 4_400_020.0), (400_012.0, 4_400_020.0)]


def _layer(uri: str, fields: list[tuple[str, object]], rows: list[tuple[list, QgsGeometry | None]]):
    layer = QgsVectorLayer(uri, "by hand", "memory")
    layer.dataProvider().addAttributes([QgsField(n, t) for n, t in fields])
    layer.updateFields()
    features = []
    for values, geometry in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(values)
        if geometry is not None:
            feature.setGeometry(geometry)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def _records_and_mines():
    ring = [QgsPointXY(x, y) for x, y in [(399_990, 4_399_990), (400_022, 4_399_990), (400_022, 4_400_030),
                                          (399_990, 4_400_030), (399_990, 4_399_990)]]
    records = _layer("Polygon?crs=EPSG:32638", [("record_id", FIELD_TEXT)],
                     [(["R-7 "], QgsGeometry.fromPolygonXY([ring])), (["R-8"], QgsGeometry.fromPolygonXY([ring]))])
    mines = _layer("Point?crs=EPSG:32638", [("record_id", FIELD_TEXT), ("mine_no", FIELD_TEXT)],
                   [([" R-7", str(n + 1)], QgsGeometry.fromPointXY(QgsPointXY(x, y)))
                    for n, (x, y) in enumerate(MINES_UTM)] +
                   [(["R-8", "1"], QgsGeometry.fromPointXY(QgsPointXY(400_500.0, 4_400_500.0)))])
    return records, mines


def _offsets(with_runner_up: bool):
    names = ["record_id", "dx_m", "dy_m", "rotation_deg", "scale", "status", "confidence"]
    values = ["R-7", 10.0, 0.0, 0.0, 1.0, "ambiguous", 0.1]
    if with_runner_up:
        names += ["runner_up_dx_m", "runner_up_dy_m", "runner_up_rotation_deg", "runner_up_scale"]
        values += [10.0, 20.0, 0.0, 1.0]
    fields = [(n, FIELD_TEXT if n in ("record_id", "status") else FIELD_DOUBLE) for n in names]
    no_shift = ["R-9", None, 0.0, 0.0, 1.0, "fitted", 1.0] + [None] * (len(names) - 7)
    return _layer("None", fields, [(values, None), (no_shift, None)])


def test_both_fits_move_each_mine_as_a_geodesic_would(qgis_new_project):
    records, mines = _records_and_mines()
    fits = read_offsets(_offsets(with_runner_up=True))
    assert set(fits) == {"R-7"}  # R-9 has no dx_m: no transform to draw
    layer = candidate_layer(fits["R-7"], records, mines, QgsProject.instance())
    drawn = {(f["candidate"], f["mine_no"]): f.geometry().asPoint() for f in layer.getFeatures()}
    assert len(drawn) == 2 * len(MINES_UTM)  # R-8's mine is not R-7's
    lon, lat = _TO_LONLAT.transform(*np.array(MINES_UTM).T)
    for n in range(len(MINES_UTM)):
        for candidate, (east, north) in ((BEST, (10.0, 0.0)), (RUNNER_UP, (10.0, 20.0))):
            azimuth = np.degrees(np.arctan2(east, north))
            want_lon, want_lat, _ = _GEOD.fwd(lon[n], lat[n], azimuth, np.hypot(east, north))
            got = drawn[(candidate, str(n + 1))]
            _, _, error = _GEOD.inv(want_lon, want_lat, got.x(), got.y())
            assert error < 0.01, (candidate, n, error)


def test_an_offsets_table_without_the_runner_ups_transform_draws_nothing(qgis_new_project):
    records, mines = _records_and_mines()
    fits = read_offsets(_offsets(with_runner_up=False))
    assert fits["R-7"].status == "ambiguous" and fits["R-7"].runner_up is None
    assert candidate_layer(fits["R-7"], records, mines, QgsProject.instance()) is None
