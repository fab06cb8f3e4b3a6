"""clearground:generatesectors on real-sized polygons, checked against QGIS's ellipsoidal areas."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsDistanceArea,
    QgsFeature,
    QgsGeometry,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)

from clearground.processing.sector_run import arrow_rows
from clearground.workspace import create_workspace

E0, N0 = 612_000, 4_430_000  # Aghdam, UTM 38N


class Recorder(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def pushWarning(self, warning):
        self.warnings.append(warning)
        super().pushWarning(warning)

    def reportError(self, error, fatal_error=False):
        self.errors.append(error)
        super().reportError(error, fatal_error)


def wkt(points, holes=()):
    ring = lambda pts: "(" + ", ".join(f"{E0 + x} {N0 + y}" for x, y in list(pts) + [pts[0]]) + ")"  # noqa: E731
    return "(" + ", ".join([ring(points)] + [ring(h) for h in holes]) + ")"


def hazards_utm() -> QgsVectorLayer:
    """Hazards drawn in UTM 38N: one with a hole, a multipolygon, and three rows that cannot be used."""
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:32638&field=hazard_id:string&field=note:string", "hz", "memory")
    rows = [
        ("HZ-1", "MULTIPOLYGON(" + wkt([(0, 0), (1100, 170), (930, 820), (-80, 640), (-20, 300)],
                                       [[(400, 300), (600, 300), (600, 450), (400, 450)]]) + ")"),
        ("HZ-2", "MULTIPOLYGON(" + wkt([(3000, 0), (3600, 0), (3600, 600), (3000, 600)]) + ", "
         + wkt([(5000, 0), (5300, 0), (5150, 280)]) + ")"),
        ("", "MULTIPOLYGON(" + wkt([(0, 2000), (100, 2000), (100, 2100)]) + ")"),
        ("HZ-1", "MULTIPOLYGON(" + wkt([(0, 3000), (100, 3000), (100, 3100)]) + ")"),
        ("HZ-4", None),
    ]
    feats = []
    for hid, geom in rows:
        f = QgsFeature(layer.fields())
        f["hazard_id"] = hid
        if geom:
            f.setGeometry(QgsGeometry.fromWkt(geom))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def ellipsoidal(crs: QgsCoordinateReferenceSystem) -> QgsDistanceArea:
    da = QgsDistanceArea()
    da.setSourceCrs(crs, QgsProject.instance().transformContext())
    da.setEllipsoid("WGS84")
    return da


@pytest.mark.parametrize("orientation", ["grid", "longest_edge"])
def test_sectors_cover_each_parent_within_a_hundredth_of_a_percent(run_alg, orientation):
    hazards = hazards_utm()
    feedback = Recorder()
    result = run_alg("clearground:generatesectors", {
        "INPUT": hazards, "CELL_SIZE": 25, "ORIENTATION": orientation, "OUTPUT": "memory:"}, feedback)
    out = result["OUTPUT"]
    assert out.crs().authid() == "EPSG:4326"
    assert result["SKIPPED"] == 3 and result["SECTORS"] == out.featureCount()
    # the three unusable rows are named in the log, with their row number and reason
    assert any("Row 3" in e and "empty" in e for e in feedback.errors)
    assert any("Row 4" in e and "earlier row" in e for e in feedback.errors)
    assert any("Row 5" in e and "no geometry" in e for e in feedback.errors)

    da_parent, da_cell = ellipsoidal(hazards.crs()), ellipsoidal(out.crs())
    parent_area = {f["hazard_id"]: da_parent.measureArea(f.geometry()) for f in hazards.getFeatures()
                   if f["hazard_id"] in ("HZ-1", "HZ-2") and f.id() in (1, 2)}
    cell_area = defaultdict(float)
    ids = []
    for f in out.getFeatures():
        cell_area[f["parent_id"]] += da_cell.measureArea(f.geometry())
        ids.append(f["sector_id"])
        assert f["status"] == "planned" and f["version"] == 1
        assert f.geometry().isGeosValid()
        assert re.match(rf"^{f['parent_id']}-\d+-\d+(\.\d+)?$", f["sector_id"])
    assert len(ids) == len(set(ids))
    assert set(cell_area) == {"HZ-1", "HZ-2"}
    for parent, area in parent_area.items():
        assert area > 300_000
        assert abs(cell_area[parent] - area) / area < 1e-4, parent


def test_ids_are_stable_from_one_run_to_the_next(run_alg, tmp_path):
    hazards = hazards_utm()
    target = str(tmp_path / "sectors.gpkg")
    first = run_alg("clearground:generatesectors", {
        "INPUT": hazards, "CELL_SIZE": 50, "ORIENTATION": "longest_edge", "OUTPUT": target})
    second = run_alg("clearground:generatesectors", {
        "INPUT": hazards, "CELL_SIZE": 50, "ORIENTATION": "longest_edge", "OUTPUT": "memory:"})
    written = QgsVectorLayer(first["OUTPUT"], "first", "ogr")
    assert written.isValid()
    a = {f["sector_id"]: f.geometry() for f in written.getFeatures()}
    b = {f["sector_id"]: f.geometry() for f in second["OUTPUT"].getFeatures()}
    assert set(a) == set(b) and len(a) > 100
    assert all(a[k].equals(b[k]) or a[k].symDifference(b[k]).area() < 1e-14 for k in a)


def test_output_loads_into_a_workspace_sectors_layer(run_alg, tmp_path):
    workspace = create_workspace(tmp_path / "ws.gpkg")
    sectors = QgsVectorLayer(workspace.uri("sectors"), "sectors", "ogr")
    result = run_alg("clearground:generatesectors", {
        "INPUT": hazards_utm(), "ID_FIELD": "hazard_id", "CELL_SIZE": 100, "OUTPUT": "memory:"})
    out = result["OUTPUT"]
    feats = []
    for f in out.getFeatures():
        g = QgsFeature(sectors.fields())
        g.setGeometry(f.geometry())
        for name in out.fields().names():
            g[name] = f[name]
        feats.append(g)
    ok, _ = sectors.dataProvider().addFeatures(feats)
    assert ok, sectors.dataProvider().errors()
    assert QgsVectorLayer(workspace.uri("sectors"), "s", "ogr").featureCount() == out.featureCount()


def test_an_input_without_an_id_field_is_refused_with_the_reason(run_alg):
    from qgis.core import QgsProcessingException

    layer = QgsVectorLayer("Polygon?crs=EPSG:4326&field=name:string", "x", "memory")
    with pytest.raises(QgsProcessingException, match="ID_FIELD"):
        run_alg("clearground:generatesectors", {"INPUT": layer, "OUTPUT": "memory:"})


def test_an_invalid_polygon_is_repaired_and_named_in_the_log(run_alg):
    layer = QgsVectorLayer("Polygon?crs=EPSG:32638&field=record_id:string", "r", "memory")
    f = QgsFeature(layer.fields())
    f["record_id"] = "MR-BOW"
    bow = f"{E0} {N0}, {E0 + 200} {N0 + 200}, {E0 + 200} {N0}, {E0} {N0 + 200}, {E0} {N0}"
    f.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({bow}))"))
    layer.dataProvider().addFeatures([f])
    feedback = Recorder()
    result = run_alg("clearground:generatesectors", {"INPUT": layer, "CELL_SIZE": 25, "OUTPUT": "memory:"},
                     feedback)
    assert any("Row 1" in w and "MR-BOW" in w and "invalid" in w for w in feedback.warnings)
    da = ellipsoidal(result["OUTPUT"].crs())
    area = sum(da.measureArea(g.geometry()) for g in result["OUTPUT"].getFeatures())
    assert abs(area - 20_000) < 20  # both lobes of the bow tie, nothing lost


def rows_layer() -> QgsVectorLayer:
    """Records in EPSG:4326 with ids repeated within and across batches, an empty id, an invalid polygon
    and a row without geometry, in among good rows."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:32638&field=record_id:string", "r", "memory")
    x, y = E0 + 3000, N0
    bow = f"POLYGON(({x} {y}, {x + 200} {y + 200}, {x + 200} {y}, {x} {y + 200}, {x} {y}))"
    rows = [("A", 0), ("B", 1), ("A", 2), ("", 3), ("C", None), ("D", 4), ("E", bow), ("B", 5), ("F", 6), ("A", 7)]
    feats = []
    for rid, where in rows:
        f = QgsFeature(layer.fields())
        f["record_id"] = rid
        if isinstance(where, str):
            f.setGeometry(QgsGeometry.fromWkt(where))
        elif where is not None:
            x, y = E0 + 400 * where + 3.3, N0 + 1.7
            f.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({x} {y}, {x + 130} {y + 40}, {x + 110} {y + 95}, {x} {y}))"))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def test_rows_cut_in_small_batches_give_the_same_sectors_and_log(run_alg, monkeypatch):
    from clearground.processing import sector_run

    outputs = []
    for batch_rows in (1000, 3, 1):
        monkeypatch.setattr(sector_run, "BATCH_ROWS", batch_rows)
        feedback = Recorder()
        result = run_alg("clearground:generatesectors", {
            "INPUT": rows_layer(), "ID_FIELD": "record_id", "CELL_SIZE": 25, "OUTPUT": "memory:"}, feedback)
        sectors = [(f["sector_id"], f["parent_id"], bytes(f.geometry().asWkb()))
                   for f in result["OUTPUT"].getFeatures()]
        outputs.append((sectors, feedback.errors, feedback.warnings, result["SKIPPED"]))
    assert outputs[0] == outputs[1] == outputs[2]
    sectors, errors, warnings, skipped = outputs[0]
    assert skipped == 5 and len(errors) == 5
    assert ["Row 3", "Row 4", "Row 5", "Row 8", "Row 10"] == [e.split(" (")[0] for e in errors]
    assert any("Row 7" in w and "invalid" in w for w in warnings)
    assert {p for _, p, _ in sectors} == {"A", "B", "D", "E", "F"}
    first_a = [s for s, p, _ in sectors if p == "A"]
    assert first_a == sorted(first_a, key=lambda s: [int(v) for v in s[2:].replace(".", "-").split("-")])


def test_cells_are_those_of_a_qgis_grid_clipped_by_the_polygon(run_alg):
    """Without sliver merging, the sectors are native:creategrid's 25 m cells clipped by native:clip."""
    from qgis.core import QgsCoordinateTransform, QgsRectangle

    layer = QgsVectorLayer("Polygon?crs=EPSG:32638&field=record_id:string", "r", "memory")
    f = QgsFeature(layer.fields())
    f["record_id"] = "HZ"
    shell = [(3.3, 1.7), (611.2, 95.9), (507.7, 458.6), (-41.6, 353.1), (-9.4, 171.8)]
    f.setGeometry(QgsGeometry.fromWkt("POLYGON" + wkt(shell, [[(222.2, 160.4), (331.9, 158.8), (330.1, 241.3)]])))
    layer.dataProvider().addFeatures([f])
    ours = run_alg("clearground:generatesectors", {
        "INPUT": layer, "CELL_SIZE": 25, "MIN_SLIVER": 0, "OUTPUT": "memory:"})["OUTPUT"]

    box = f.geometry().boundingBox()
    extent = QgsRectangle(25 * (box.xMinimum() // 25), 25 * (box.yMinimum() // 25),
                          25 * (box.xMaximum() // 25 + 1), 25 * (box.yMaximum() // 25 + 1))
    grid = run_alg("native:creategrid", {
        "TYPE": 2, "EXTENT": f"{extent.xMinimum()},{extent.xMaximum()},{extent.yMinimum()},{extent.yMaximum()} "
        "[EPSG:32638]", "HSPACING": 25, "VSPACING": 25, "HOVERLAY": 0, "VOVERLAY": 0,
        "CRS": QgsCoordinateReferenceSystem("EPSG:32638"), "OUTPUT": "memory:"})["OUTPUT"]
    clipped = run_alg("native:clip", {"INPUT": grid, "OVERLAY": layer, "OUTPUT": "memory:"})["OUTPUT"]
    single = run_alg("native:multiparttosingleparts", {"INPUT": clipped, "OUTPUT": "memory:"})["OUTPUT"]
    oracle = [g.geometry() for g in single.getFeatures() if g.geometry().area() > 0]

    to_utm = QgsCoordinateTransform(ours.crs(), layer.crs(), QgsProject.instance())
    pieces = []
    for g in ours.getFeatures():
        geom = QgsGeometry(g.geometry())
        geom.transform(to_utm)
        pieces.append(geom)
    assert len(pieces) == len(oracle) > 300
    worst = 0.0
    for cell in oracle:
        inside = [p for p in pieces if p.contains(cell.pointOnSurface())]
        assert len(inside) == 1
        # the same piece, up to the record's edges being straight in EPSG:4326 rather than in UTM
        worst = max(worst, abs(inside[0].area() - cell.area()), inside[0].symDifference(cell).area())
    assert worst < 0.25  # m2: the edges bow by millimetres between their ends



def gpkg_records(path, geometry_type) -> str:
    """A GeoPackage layer in EPSG:4326 with the rows of rows_layer(), in the given geometry type."""
    from osgeo import ogr, osr

    from clearground.core.proj import Transformer
    from clearground.core.sectors import reproject

    to_wgs = Transformer.from_crs("EPSG:32638", "EPSG:4326", always_xy=True)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("records", srs, geometry_type)
    layer.CreateField(ogr.FieldDefn("record_id", ogr.OFTString))
    for f in rows_layer().getFeatures():
        out = ogr.Feature(layer.GetLayerDefn())
        out.SetField("record_id", f["record_id"])
        if f.hasGeometry():
            geom = reproject(shapely.from_wkb(bytes(f.geometry().asWkb())), to_wgs)
            if ogr.GT_HasZ(geometry_type):
                geom = shapely.force_3d(geom, 120.0)
            out.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(geom)))
        layer.CreateFeature(out)
    ds = None
    return f"{path}|layername=records"


@pytest.mark.parametrize("geometry_type", ["Polygon", "MultiPolygon25D"])
def test_a_geopackage_read_in_bulk_gives_what_its_features_give(run_alg, monkeypatch, tmp_path, geometry_type):
    from osgeo import ogr
    from qgis.core import QgsProcessingFeatureSourceDefinition

    from clearground.processing.algorithms import generate_sectors as alg

    uri = gpkg_records(tmp_path / "r.gpkg", getattr(ogr, f"wkb{geometry_type}"))
    bulk = []
    monkeypatch.setattr(alg, "arrow_rows", lambda *a: bulk.append(a) or arrow_rows(*a))
    outputs = []
    for source in (uri, QgsProcessingFeatureSourceDefinition(uri, False, 1000)):  # a limit: feature by feature
        feedback = Recorder()
        result = run_alg("clearground:generatesectors", {
            "INPUT": source, "ID_FIELD": "record_id", "CELL_SIZE": 25, "OUTPUT": "memory:"}, feedback)
        sectors = [(f["sector_id"], f["parent_id"], bytes(f.geometry().asWkb()))
                   for f in result["OUTPUT"].getFeatures()]
        outputs.append((sectors, feedback.errors, feedback.warnings, result["SKIPPED"]))
    assert len(bulk) == 1  # the first run only
    assert outputs[0] == outputs[1]
    assert outputs[0][3] == 5 and len(outputs[0][0]) > 50


class Progress(Recorder):
    """Records the progress; cancels once it passes ``cancel_at`` percent."""

    def __init__(self, cancel_at: float = 101.0):
        super().__init__()
        self.values: list[float] = []
        self.cancel_at = cancel_at
        self.progressChanged.connect(self._progress)

    def _progress(self, value):
        self.values.append(value)
        if value >= self.cancel_at:
            self.cancel()


def test_progress_rises_batch_by_batch_and_a_cancel_stops_the_run(run_alg, monkeypatch):
    from clearground.processing import sector_run

    monkeypatch.setattr(sector_run, "BATCH_ROWS", 2)
    feedback = Progress()
    run_alg("clearground:generatesectors", {"INPUT": rows_layer(), "ID_FIELD": "record_id", "CELL_SIZE": 25,
                                            "OUTPUT": "memory:"}, feedback)
    assert feedback.values == sorted(feedback.values) and len(feedback.values) >= 5 and feedback.values[-1] == 100

    feedback = Progress(cancel_at=30)
    result = run_alg("clearground:generatesectors", {"INPUT": rows_layer(), "ID_FIELD": "record_id",
                                                     "CELL_SIZE": 25, "OUTPUT": "memory:"}, feedback)
    assert feedback.isCanceled() and "SECTORS" not in result
    assert max(feedback.values) < 60  # stopped within a batch or two of the cancel
