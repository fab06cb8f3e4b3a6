"""workspace/arrays.py: the Arrow fast path and the feature-iterator path give identical arrays."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from osgeo import ogr, osr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingFeatureSource,
    QgsProject,
    QgsVectorLayer,
)

from clearground.workspace.arrays import FeatureArrays, ogr_plan, read_columns, read_layer

FIELDS = ["find_id", "found_date", "category", "quantity", "depth_cm"]


@pytest.fixture
def finds_layer(qgis_app, tmp_path):
    """A GeoPackage of finds as a field team sends them: 300 points, some without geometry, date,
    category or quantity, some with spellings the workspace would refuse."""
    path = tmp_path / "field.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    lyr = ds.CreateLayer("finds", srs, ogr.wkbPoint, options=["FID=fid"])
    for name, kind in (("find_id", ogr.OFTString), ("found_date", ogr.OFTDate), ("category", ogr.OFTString),
                       ("quantity", ogr.OFTInteger), ("depth_cm", ogr.OFTInteger)):
        lyr.CreateField(ogr.FieldDefn(name, kind))
    rng = np.random.default_rng(7)
    categories = ["AP", "AT", "ПМ", "mortar round", None]
    lyr.StartTransaction()
    for i in range(300):
        f = ogr.Feature(lyr.GetLayerDefn())
        f["find_id"] = f"F-{i:04d}"
        if i % 17:
            f["found_date"] = f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"
        cat = categories[i % len(categories)]
        if cat is not None:
            f["category"] = cat
        if i % 11:
            f["quantity"] = int(1 + i % 4)
        if i % 23:
            x, y = rng.uniform(45.0, 47.5), rng.uniform(39.0, 41.0)
            f.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({x!r} {y!r})"))
        lyr.CreateFeature(f)
    lyr.CommitTransaction()
    ds = None
    layer = QgsVectorLayer(f"{path}|layername=finds", "finds", "ogr")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer, False)  # QGIS, not Python's collector, deletes it
    yield layer
    QgsProject.instance().removeMapLayer(layer.id())


def _iterated(layer: QgsVectorLayer) -> QgsProcessingFeatureSource:
    """The same layer behind a Processing source: read_layer must take the feature-iterator path."""
    return QgsProcessingFeatureSource(layer, QgsProcessingContext())


def _assert_same(a: FeatureArrays, b: FeatureArrays, fields) -> None:
    np.testing.assert_array_equal(a.fid, b.fid)
    assert a.crs == b.crs
    for name in fields:
        va, vb = a.attrs[name], b.attrs[name]
        assert va.dtype == vb.dtype, name
        if va.dtype.kind in "fM":
            np.testing.assert_array_equal(va, vb)
        else:
            assert va.tolist() == vb.tolist(), name
    ga, gb = a.geoms, b.geoms
    assert (shapely.is_missing(ga) == shapely.is_missing(gb)).all()
    present = ~shapely.is_missing(ga)
    assert shapely.equals_exact(ga[present], gb[present], tolerance=0).all()


@pytest.mark.parametrize("target", ["EPSG:4326", "EPSG:32638", "EPSG:28408"])
def test_points_fast_and_iterated_paths_are_identical(qgis_app, finds_layer, target):
    assert ogr_plan(finds_layer) is not None
    assert ogr_plan(_iterated(finds_layer)) is None
    fast = read_layer(finds_layer, FIELDS, target)
    slow = read_layer(_iterated(finds_layer), FIELDS, target)
    _assert_same(fast, slow, FIELDS)
    xf, yf = fast.xy()
    xs, ys = slow.xy()
    np.testing.assert_array_equal(xf, xs)
    np.testing.assert_array_equal(yf, ys)
    assert len(fast) == 300
    np.testing.assert_array_equal(fast.missing_geometry(), slow.missing_geometry())
    assert len(fast.missing_geometry()) == 300 // 23 + 1


def test_attribute_types_and_nulls(qgis_app, finds_layer):
    arrays = read_layer(finds_layer, FIELDS)
    assert arrays.attrs["find_id"].dtype == object and arrays.attrs["find_id"][0] == "F-0000"
    cats = arrays.attrs["category"]
    assert cats[2] == "ПМ" and cats[3] == "mortar round" and cats[4] is None
    dates = arrays.attrs["found_date"]
    assert dates.dtype == np.dtype("datetime64[D]")
    assert np.isnat(dates[0]) and dates[1] == np.datetime64("2024-02-02")
    quantity = arrays.attrs["quantity"]
    assert quantity.dtype == np.float64 and np.isnan(quantity[0]) and quantity[1] == 2.0
    assert np.isnan(arrays.attrs["depth_cm"]).all()


def test_raw_text_comes_as_utf8_bytes_in_bulk_and_as_text_feature_by_feature(qgis_app, finds_layer):
    """A text field asked for raw: its UTF-8 bytes on the bulk path (b"" for null), the text on the
    other; the same values either way, and the other fields as always."""
    fast = read_layer(finds_layer, FIELDS, raw_text=["category", "quantity"])
    slow = read_layer(_iterated(finds_layer), FIELDS, raw_text=["category", "quantity"])
    raw = fast.attrs["category"]
    assert raw.dtype.kind == "S" and raw[2] == "ПМ".encode() and raw[4] == b""
    text = slow.attrs["category"]
    assert text.dtype == object
    assert [v.decode("utf-8") or None for v in raw.tolist()] == text.tolist()
    assert fast.attrs["quantity"].dtype == np.float64  # not text: read as always
    _assert_same(fast, slow, [f for f in FIELDS if f != "category"])


def test_columns_read_apart_line_up_with_the_features_read_before(qgis_app, finds_layer):
    """A column read later, without geometries, for the features read_layer gave: in their order,
    with the layer's subset applied, on the bulk path and feature by feature alike."""
    finds_layer.setSubsetString("\"quantity\" <> 3")
    try:
        for layer in (finds_layer, _iterated(finds_layer)):
            arrays = read_layer(layer, ["quantity"])
            columns = read_columns(layer, ["find_id", "category"], arrays.fid, raw_text=["category"])
            whole = read_layer(layer, ["find_id", "category"], raw_text=["category"])
            assert columns["find_id"].tolist() == whole.attrs["find_id"].tolist()
            assert columns["category"].tolist() == whole.attrs["category"].tolist()
            backwards = read_columns(layer, ["find_id"], arrays.fid[::-1].copy())
            assert backwards["find_id"].tolist() == whole.attrs["find_id"].tolist()[::-1]
        # null quantities fail the subset too
        assert len(arrays) == sum(1 for i in range(300) if i % 11 and 1 + i % 4 != 3) == 204
        with pytest.raises(ValueError, match="features are missing"):
            read_columns(finds_layer, ["find_id"], np.array([10**9]))
    finally:
        finds_layer.setSubsetString("")


def test_reprojection_matches_qgis_transform(qgis_app, finds_layer):
    target = QgsCoordinateReferenceSystem("EPSG:32638")
    arrays = read_layer(finds_layer, (), target)
    transform = QgsCoordinateTransform(finds_layer.crs(), target, QgsProject.instance())
    x, y = arrays.xy()
    by_fid = {int(f): i for i, f in enumerate(arrays.fid)}
    checked = 0
    for feature in finds_layer.getFeatures():
        i = by_fid[feature.id()]
        if feature.geometry().isNull():
            assert np.isnan(x[i])
            continue
        p = transform.transform(feature.geometry().asPoint())
        assert x[i] == pytest.approx(p.x(), abs=1e-6) and y[i] == pytest.approx(p.y(), abs=1e-6)
        checked += 1
    assert checked > 250


@pytest.mark.parametrize("target", ["EPSG:4326", "EPSG:3857"])
def test_polygons_fast_and_iterated_paths_are_identical(qgis_app, districts_path, target):
    layer = QgsVectorLayer(str(districts_path), "districts", "ogr")
    assert layer.isValid() and ogr_plan(layer) is not None
    fields = ["shapeName", "shapeID"]
    fast = read_layer(layer, fields, target)
    slow = read_layer(_iterated(layer), fields, target)
    _assert_same(fast, slow, fields)
    assert len(fast) == 79
    assert shapely.get_type_id(fast.geoms).tolist().count(3) + shapely.get_type_id(fast.geoms).tolist().count(6) == 79
    with pytest.raises(ValueError):
        fast.xy()


def test_polygons_stay_wkb_until_their_geometries_are_asked_for(qgis_app, districts_path):
    layer = QgsVectorLayer(str(districts_path), "districts", "ogr")
    arrays = read_layer(layer, ["shapeName"], "EPSG:4326")
    column = arrays.geometry_column()
    assert all(isinstance(w, bytes) for w in column.tolist())
    expected = [f.geometry().asWkb().data() for f in layer.getFeatures()]
    assert [bytes(w) for w in column.tolist()] == [bytes(e) for e in expected]
    geoms = arrays.geoms  # decoded once, then the column is the geometries
    assert arrays.geometry_column() is geoms
    assert shapely.equals(geoms, shapely.from_wkb(column)).all()


def test_subset_is_applied_on_the_fast_path(qgis_app, finds_layer):
    finds_layer.setSubsetString("\"category\" = 'AP'")
    plan = ogr_plan(finds_layer)
    assert plan is not None and plan.where
    fast = read_layer(finds_layer, ["category"])
    slow = read_layer(_iterated(finds_layer), ["category"])
    _assert_same(fast, slow, ["category"])
    assert len(fast) == 60 and set(fast.attrs["category"]) == {"AP"}


def test_memory_layers_and_unsaved_edits_take_the_iterator_path(qgis_app, finds_layer):
    memory = QgsVectorLayer("Point?crs=EPSG:32638&field=name:string&field=n:integer", "m", "memory")
    features = []
    for i in range(5):
        f = QgsFeature(memory.fields())
        f.setAttributes([f"p{i}", i if i != 2 else None])
        if i != 3:
            f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(500000 + i * 1000, 4400000)))
        features.append(f)
    memory.dataProvider().addFeatures(features)
    assert ogr_plan(memory) is None
    arrays = read_layer(memory, ["name", "n"], "EPSG:4326")
    assert arrays.attrs["name"].tolist() == ["p0", "p1", "p2", "p3", "p4"]
    assert np.isnan(arrays.attrs["n"][2]) and arrays.attrs["n"][4] == 4.0
    x, y = arrays.xy()
    assert x[0] == pytest.approx(45.0) and np.isnan(x[3])
    assert arrays.missing_geometry().tolist() == [4]

    finds_layer.startEditing()
    first = next(finds_layer.getFeatures())
    finds_layer.changeAttributeValue(first.id(), finds_layer.fields().indexOf("category"), "IED")
    assert ogr_plan(finds_layer) is None
    edited = read_layer(finds_layer, ["category"])
    assert edited.attrs["category"][0] == "IED"
    finds_layer.rollBack()


def test_select_subset_takes_the_iterator_path(qgis_app, finds_layer):
    sql = QgsVectorLayer(f"{finds_layer.source()}|subset=SELECT * FROM finds WHERE quantity = 2", "s", "ogr")
    if sql.isValid():
        assert ogr_plan(sql) is None
        arrays = read_layer(sql, ["quantity"])
        assert len(arrays) > 0 and set(arrays.attrs["quantity"].tolist()) == {2.0}


@pytest.mark.parametrize("driver,suffix", [("ESRI Shapefile", "shp"), ("GeoJSON", "geojson"), ("FlatGeobuf", "fgb")])
def test_other_ogr_formats_give_the_same_arrays_on_both_paths(qgis_app, finds_layer, tmp_path, driver, suffix):
    from osgeo import gdal

    path = tmp_path / f"finds.{suffix}"
    # FlatGeobuf's spatial index refuses features without geometry (GDAL >= 3.10 says so)
    options = ["SPATIAL_INDEX=NO"] if driver == "FlatGeobuf" else []
    gdal.VectorTranslate(str(path), finds_layer.source().split("|")[0], format=driver, layers=["finds"],
                         layerCreationOptions=options)
    layer = QgsVectorLayer(str(path), "finds", "ogr")
    assert layer.isValid() and ogr_plan(layer) is not None
    fields = ["find_id", "category", "quantity"]
    fast = read_layer(layer, fields, "EPSG:32638")
    slow = read_layer(_iterated(layer), fields, "EPSG:32638")
    _assert_same(fast, slow, fields)
    assert len(fast) == layer.featureCount() >= 286  # FlatGeobuf does not store features without geometry


def test_virtual_fields_are_read_through_qgis(qgis_app, finds_layer):
    from qgis.core import QgsField
    from qgis.PyQt.QtCore import QVariant

    finds_layer.addExpressionField('upper("category")', QgsField("loud", QVariant.String))
    arrays = read_layer(finds_layer, ["category", "loud"])
    assert arrays.attrs["loud"][0] == "AP" and arrays.attrs["loud"][2] == "ПМ"
    assert arrays.attrs["loud"][3] == "MORTAR ROUND" and arrays.attrs["loud"][4] is None


def test_text_is_decoded_value_by_value_exactly():
    """Byte strings of any width (non-ASCII, empty, trailing spaces, widths across 8-byte words, wider
    than 64 bytes) decode to the same str as bytes.decode, in order."""
    from clearground.workspace import arrays

    rng = np.random.default_rng(5)
    words = [b"AP", b"AT", b"", b"AP ", "ПМН-2".encode(), b"x" * 16 + b"y", b"x" * 17, b"MF-000001"]
    data = np.array(words)[rng.integers(0, len(words), 5_000)]
    assert arrays._decode_bytes(data).tolist() == [v.decode("utf-8") for v in data.tolist()]
    wide = np.array([b"legs:" + b"x" * 100, b"legs:" + b"y" * 100] * 3)
    assert arrays._decode_bytes(wide).tolist() == [v.decode() for v in wide.tolist()]
    assert arrays._decode_bytes(np.array([], dtype="S3")).tolist() == []


def test_a_long_column_of_few_values_decodes_exactly_even_with_a_value_first_met_late():
    """Categories (few values over many rows), one of them met only near the end, and ids (many
    distinct ASCII values, decoded all at once) come back as bytes.decode gives them."""
    from clearground.workspace import arrays

    rng = np.random.default_rng(11)
    values = np.array([b"AP", b"AT", b"UXO", "ПМН".encode(), b""])
    data = values[rng.integers(0, len(values), 50_000)]
    data[-3] = b"IED"  # first met long after the first rows
    ids = np.array([f"MF-{i:06d}".encode() for i in range(30_000)])
    for column in (data, ids):
        decoded = arrays._decode_bytes(column)
        assert decoded.dtype == object and decoded.tolist() == [v.decode("utf-8") for v in column.tolist()]
