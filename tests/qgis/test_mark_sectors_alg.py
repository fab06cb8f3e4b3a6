"""clearground:marksectors from GPS tracks of cleared lanes and cleared polygons.

The oracle is QGIS's own chain: native:buffer (flat ends) + native:dissolve, intersected with each
sector and measured with QgsDistanceArea on the WGS 84 ellipsoid.
"""

from __future__ import annotations

import datetime as dt

import pytest
from qgis.core import (
    QgsDistanceArea,
    QgsFeature,
    QgsGeometry,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate

E0, N0 = 612_000, 4_430_000  # Aghdam, UTM 38N; sectors 25 m on the UTM grid
TOP = N0 + 100


class Recorder(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.errors: list[str] = []

    def reportError(self, error, fatal_error=False):
        self.errors.append(error)
        super().reportError(error, fatal_error)


@pytest.fixture
def sectors(run_alg):
    """32 sectors (4 rows x 8 columns of 25 m) of hazard HZ-1; HZ-1-0-7 and HZ-1-3-0 already cleared."""
    hazard = QgsVectorLayer("Polygon?crs=EPSG:32638&field=hazard_id:string", "hz", "memory")
    f = QgsFeature(hazard.fields())
    f["hazard_id"] = "HZ-1"
    ring = f"{E0} {N0}, {E0 + 200} {N0}, {E0 + 200} {TOP}, {E0} {TOP}, {E0} {N0}"
    f.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({ring}))"))
    hazard.dataProvider().addFeatures([f])
    layer = run_alg("clearground:generatesectors", {"INPUT": hazard, "CELL_SIZE": 25, "OUTPUT": "memory:"})["OUTPUT"]
    assert layer.featureCount() == 32
    idx = layer.fields().indexOf("status")
    done = {f.id(): {idx: "cleared"} for f in layer.getFeatures() if f["sector_id"] in ("HZ-1-0-7", "HZ-1-3-0")}
    layer.dataProvider().changeAttributeValues(done)
    return layer


def tracks() -> QgsVectorLayer:
    """GPS tracks of 2 m lanes, east-west, 2 m apart, across the whole top row (13 lanes = 26 m)."""
    layer = QgsVectorLayer("LineString?crs=EPSG:32638&field=lane:integer", "tracks", "memory")
    feats = []
    for k in range(13):
        y = TOP - 1 - 2 * k
        f = QgsFeature(layer.fields())
        f["lane"] = k
        f.setGeometry(QgsGeometry.fromWkt(f"LINESTRING({E0 - 5} {y}, {E0 + 205} {y})"))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def squares_in_a_row(uri: str, rows: list) -> QgsVectorLayer:
    """A memory layer (``uri``) of 25 m squares side by side from (E0, N0), one per attribute row."""
    layer = QgsVectorLayer(uri, "theirs", "memory")
    feats = []
    for k, attributes in enumerate(rows):
        f = QgsFeature(layer.fields())
        f.setAttributes(list(attributes))
        x = E0 + 25 * k
        f.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({x} {N0}, {x + 25} {N0}, {x + 25} {N0 + 25}, {x} {N0 + 25}, "
                                          f"{x} {N0}))"))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def ground_over(width: float) -> QgsVectorLayer:
    """Cleared ground over the first ``width`` metres of that row (and a metre beyond each side)."""
    ground = QgsVectorLayer("Polygon?crs=EPSG:32638", "ground", "memory")
    g = QgsFeature()
    g.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({E0 - 1} {N0 - 1}, {E0 + width + 1} {N0 - 1}, "
                                      f"{E0 + width + 1} {N0 + 26}, {E0 - 1} {N0 + 26}, {E0 - 1} {N0 - 1}))"))
    ground.dataProvider().addFeatures([g])
    return ground


def by_id(layer):
    return {f["sector_id"]: f for f in layer.getFeatures()}


def oracle_fractions(run_alg, sectors_layer, ground) -> dict[str, float]:
    import processing

    buffered = processing.run("native:buffer", {
        "INPUT": ground, "DISTANCE": 1.0, "SEGMENTS": 8, "END_CAP_STYLE": 1, "JOIN_STYLE": 0,
        "MITER_LIMIT": 2, "DISSOLVE": True, "OUTPUT": "memory:"})["OUTPUT"]
    union = next(buffered.getFeatures()).geometry()
    da = QgsDistanceArea()
    da.setSourceCrs(buffered.crs(), QgsProject.instance().transformContext())
    da.setEllipsoid("WGS84")
    da_s = QgsDistanceArea()
    da_s.setSourceCrs(sectors_layer.crs(), QgsProject.instance().transformContext())
    da_s.setEllipsoid("WGS84")
    from qgis.core import QgsCoordinateTransform

    tr = QgsCoordinateTransform(sectors_layer.crs(), buffered.crs(), QgsProject.instance())
    out = {}
    for f in sectors_layer.getFeatures():
        g = QgsGeometry(f.geometry())
        g.transform(tr)
        out[f["sector_id"]] = da.measureArea(g.intersection(union)) / da.measureArea(g)
    return out


def test_tracks_mark_the_sectors_they_cover_and_nothing_else(run_alg, sectors):
    feedback = Recorder()
    result = run_alg("clearground:marksectors", {
        "SECTORS": sectors, "CLEARED": tracks(), "MIN_OVERLAP": 90, "DATE": "2024-05-14", "TEAM": "ANAMA-7",
        "METHOD": "manual", "LANE_WIDTH": 2.0, "OUTPUT": "memory:", "OUTPUT_AUDIT": "memory:"}, feedback)
    before, after = by_id(sectors), by_id(result["OUTPUT"])
    assert set(before) == set(after)
    fractions = oracle_fractions(run_alg, sectors, tracks())
    covered = {k for k, v in fractions.items() if v >= 0.9}
    assert covered == {f"HZ-1-0-{c}" for c in range(8)}  # the oracle agrees on what the lanes cover
    assert 0.0 < fractions["HZ-1-1-0"] < 0.1
    changed = {k for k in after if after[k]["version"] != before[k]["version"]}
    assert changed == covered - {"HZ-1-0-7"}  # already cleared: left as it was
    assert result["MARKED"] == 7
    for k in changed:
        f = after[k]
        assert (f["status"], f["team"], f["method"], f["version"]) == ("cleared", "ANAMA-7", "manual", 2)
        assert f["status_date"] == QDate(2024, 5, 14)
        assert f["updated_by"] and f["updated_at"].isValid()
    for k in set(after) - changed:
        assert after[k]["status"] == before[k]["status"] and after[k]["version"] == 1
        assert not after[k]["team"]
    # audit: one row per changed field of each marked sector, nothing for the others
    rows = list(result["OUTPUT_AUDIT"].getFeatures())
    assert {r["feature_key"] for r in rows} == changed
    assert len(rows) == 7 * 5  # status, status_date, team, method, version
    status_rows = [r for r in rows if r["field"] == "status"]
    assert {(r["old_value"], r["new_value"], r["layer"]) for r in status_rows} == {("planned", "cleared", "sectors")}
    assert {r["new_value"] for r in rows if r["field"] == "version"} == {"2"}
    assert all(r["ts"].isValid() and r["user_name"] for r in rows)


def test_min_overlap_decides_with_cleared_polygons(run_alg, sectors):
    ground = QgsVectorLayer("Polygon?crs=EPSG:32638", "ground", "memory")
    f = QgsFeature()
    # covers 60% of HZ-1-2-1 (15 m of its 25 m width) and all of HZ-1-2-2
    x0, y0 = E0 + 35, N0 + 25
    f.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({x0} {y0}, {x0 + 40} {y0}, {x0 + 40} {y0 + 25}, {x0} {y0 + 25}, "
                                      f"{x0} {y0}))"))
    ground.dataProvider().addFeatures([f])
    strict = run_alg("clearground:marksectors", {
        "SECTORS": sectors, "CLEARED": ground, "STATUS": "reduced", "METHOD": "ts",
        "OUTPUT": "memory:", "OUTPUT_AUDIT": "memory:"})
    assert strict["MARKED"] == 1
    assert by_id(strict["OUTPUT"])["HZ-1-2-2"]["status"] == "reduced"
    assert by_id(strict["OUTPUT"])["HZ-1-2-2"]["status_date"] == QDate(dt.date.today())
    loose = run_alg("clearground:marksectors", {
        "SECTORS": sectors, "CLEARED": ground, "STATUS": "reduced", "MIN_OVERLAP": 55,
        "OUTPUT": "memory:", "OUTPUT_AUDIT": "memory:"})
    assert {k for k, f in by_id(loose["OUTPUT"]).items() if f["status"] == "reduced"} == {"HZ-1-2-1", "HZ-1-2-2"}


def test_taking_sectors_out_of_cleared_needs_a_reason(run_alg, sectors):
    ground = QgsVectorLayer("Polygon?crs=EPSG:4326", "ground", "memory")
    f = QgsFeature()
    f.setGeometry(next(g for g in sectors.getFeatures() if g["sector_id"] == "HZ-1-3-0").geometry())
    ground.dataProvider().addFeatures([f])
    feedback = Recorder()
    refused = run_alg("clearground:marksectors", {
        "SECTORS": sectors, "CLEARED": ground, "STATUS": "planned",
        "OUTPUT": "memory:", "OUTPUT_AUDIT": "memory:"}, feedback)
    assert refused["MARKED"] == 0 and by_id(refused["OUTPUT"])["HZ-1-3-0"]["status"] == "cleared"
    assert any("HZ-1-3-0" in e and "REASON" in e for e in feedback.errors)
    assert refused["OUTPUT_AUDIT"].featureCount() == 0
    done = run_alg("clearground:marksectors", {
        "SECTORS": sectors, "CLEARED": ground, "STATUS": "planned", "REASON": "post-clearance find F-12",
        "OUTPUT": "memory:", "OUTPUT_AUDIT": "memory:"})
    assert done["MARKED"] == 1 and by_id(done["OUTPUT"])["HZ-1-3-0"]["status"] == "planned"
    rows = {r["field"]: r for r in done["OUTPUT_AUDIT"].getFeatures()}
    assert rows["reason"]["new_value"] == "post-clearance find F-12"
    assert (rows["status"]["old_value"], rows["status"]["new_value"]) == ("cleared", "planned")


def test_points_in_cleared_are_reported_not_used(run_alg, sectors):
    points = QgsVectorLayer("Point?crs=EPSG:32638", "pts", "memory")
    f = QgsFeature()
    f.setGeometry(QgsGeometry.fromWkt(f"POINT({E0 + 10} {N0 + 10})"))
    points.dataProvider().addFeatures([f, QgsFeature()])
    feedback = Recorder()
    result = run_alg("clearground:marksectors", {"SECTORS": sectors, "CLEARED": points,
                                                 "OUTPUT": "memory:", "OUTPUT_AUDIT": "memory:"}, feedback)
    assert result["MARKED"] == 0 and result["OUTPUT"].featureCount() == 32
    assert any("CLEARED row 1" in e and "point" in e for e in feedback.errors)
    assert any("CLEARED row 2" in e and "no geometry" in e for e in feedback.errors)


def test_selected_sectors_only(run_alg, sectors):
    from qgis.core import QgsProcessingContext, QgsProcessingFeatureSourceDefinition

    QgsProject.instance().addMapLayer(sectors)
    try:
        sectors.selectByIds([f.id() for f in sectors.getFeatures() if f["sector_id"] in ("HZ-1-0-1", "HZ-1-2-2")])
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        result = run_alg("clearground:marksectors", {
            "SECTORS": QgsProcessingFeatureSourceDefinition(sectors.id(), True), "CLEARED": tracks(),
            "OUTPUT": "memory:", "OUTPUT_AUDIT": "memory:"}, context=context)
        out = by_id(result["OUTPUT"])
        assert set(out) == {"HZ-1-0-1", "HZ-1-2-2"} and result["MARKED"] == 1
        assert out["HZ-1-0-1"]["status"] == "cleared" and out["HZ-1-2-2"]["status"] == "planned"
    finally:
        QgsProject.instance().removeMapLayer(sectors.id())


def test_sectors_of_another_centre_keep_their_own_fields_and_gain_the_marking_fields(run_alg, tmp_path):
    """A sectors file with only sector_id, status and a column of its own, written to a GeoPackage."""
    import sqlite3

    layer = squares_in_a_row("Polygon?crs=EPSG:32638&field=sector_id:string&field=status:string"
                             "&field=remark:string", [("A-1", "planned", "near the road"), ("A-2", None, None),
                                                      ("A-3", "planned", "ПМН-2 seen")])
    ground = ground_over(50)  # whole
    out = tmp_path / "marked.gpkg"
    result = run_alg("clearground:marksectors", {
        "SECTORS": layer, "CLEARED": ground, "DATE": "2024-05-14", "TEAM": "HALO-3", "OUTPUT": str(out),
        "OUTPUT_AUDIT": "memory:"})
    assert result["MARKED"] == 2
    con = sqlite3.connect(out)
    rows = {r[0]: r[1:] for r in con.execute(
        "SELECT sector_id, status, remark, team, status_date, version FROM marked ORDER BY sector_id")}
    assert rows == {"A-1": ("cleared", "near the road", "HALO-3", "2024-05-14", 1),
                    "A-2": ("cleared", None, "HALO-3", "2024-05-14", 1),
                    "A-3": ("planned", "ПМН-2 seen", None, None, None)}
    fields = [r[1] for r in con.execute('PRAGMA table_info("marked")') if r[1] not in ("fid", "geom")]
    assert fields[:3] == ["sector_id", "status", "remark"] and {"updated_by", "updated_at"} <= set(fields)


def test_a_geopackages_dates_numbers_and_versions_are_read_in_bulk_as_the_rule_reads_them(run_alg, tmp_path):
    """Sectors read from a GeoPackage in bulk: the audit's old values are those the sector held."""
    hazard = QgsVectorLayer("Polygon?crs=EPSG:32638&field=hazard_id:string", "hz", "memory")
    f = QgsFeature(hazard.fields())
    f["hazard_id"] = "HZ-9"
    f.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({E0} {N0}, {E0 + 50} {N0}, {E0 + 50} {N0 + 25}, {E0} {N0 + 25}, "
                                      f"{E0} {N0}))"))
    hazard.dataProvider().addFeatures([f])
    path = tmp_path / "sectors.gpkg"
    run_alg("clearground:generatesectors", {"INPUT": hazard, "CELL_SIZE": 25, "OUTPUT": str(path)})
    layer = QgsVectorLayer(f"{path}|layername=sectors", "sectors", "ogr")
    target = next(s for s in layer.getFeatures() if s["sector_id"] == "HZ-9-0-0")
    fields = layer.fields()
    assert layer.dataProvider().changeAttributeValues({target.id(): {
        fields.indexOf("status"): "cleared", fields.indexOf("status_date"): QDate(2024, 1, 2),
        fields.indexOf("depth_cm"): 13, fields.indexOf("version"): 4, fields.indexOf("team"): "T-1"}})
    del layer
    ground = ground_over(50)  # both sectors whole
    result = run_alg("clearground:marksectors", {
        "SECTORS": f"{path}|layername=sectors", "CLEARED": ground, "STATUS": "in_progress", "DATE": "2024-06-01",
        "TEAM": "T-1", "DEPTH_CM": 13, "REASON": "new find", "OUTPUT": "memory:", "OUTPUT_AUDIT": "memory:"})
    assert result["MARKED"] == 2
    audit = {(r["feature_key"], r["field"]): (r["old_value"], r["new_value"])
             for r in result["OUTPUT_AUDIT"].getFeatures()}
    assert audit == {
        ("HZ-9-0-0", "status"): ("cleared", "in_progress"),
        ("HZ-9-0-0", "status_date"): ("2024-01-02", "2024-06-01"),
        ("HZ-9-0-0", "version"): ("4", "5"),
        ("HZ-9-0-0", "reason"): ("cleared", "new find"),
        ("HZ-9-0-1", "status"): ("planned", "in_progress"),
        ("HZ-9-0-1", "status_date"): (None, "2024-06-01"),
        ("HZ-9-0-1", "team"): (None, "T-1"),
        ("HZ-9-0-1", "depth_cm"): (None, "13"),
        ("HZ-9-0-1", "version"): ("1", "2"),
    }
    assert by_id(result["OUTPUT"])["HZ-9-0-0"]["version"] == 5


def test_sectors_numbered_by_integers_are_marked_and_audited_by_their_number(run_alg):
    layer = squares_in_a_row("Polygon?crs=EPSG:32638&field=sector_id:integer&field=status:string",
                             [(5, "planned"), (6, "planned")])
    ground = ground_over(25)  # sector 5 whole
    result = run_alg("clearground:marksectors", {"SECTORS": layer, "CLEARED": ground, "OUTPUT": "memory:",
                                                 "OUTPUT_AUDIT": "memory:"})
    assert result["MARKED"] == 1
    assert {f["sector_id"]: f["status"] for f in result["OUTPUT"].getFeatures()} == {5: "cleared", 6: "planned"}
    assert {r["feature_key"] for r in result["OUTPUT_AUDIT"].getFeatures()} == {"5"}


def test_sectors_in_metres_under_a_degrees_crs_are_refused_by_row_before_anything_is_written(run_alg, tmp_path):
    """Another centre's GeoJSON written with UTM metres (GeoJSON has no CRS but WGS 84): the run names
    the first such row, counts them, says what to set, and writes nothing."""
    import json

    from qgis.core import QgsProcessingException

    def square(x, y, d):
        return [[[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]]]

    rows = [("S-1", square(46.9, 40.0, 0.0003)), ("S-2", square(612_000, 4_430_000, 25)),
            ("S-3", square(612_025, 4_430_000, 25))]
    path = tmp_path / "sectors_utm.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"sector_id": sid, "status": "planned", "version": 1},
         "geometry": {"type": "Polygon", "coordinates": ring}} for sid, ring in rows]}))
    cleared = tmp_path / "cleared.geojson"
    cleared.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {}, "geometry": {"type": "Polygon",
                                                          "coordinates": square(46.8999, 39.9999, 0.001)}}]}))
    out, audit = tmp_path / "marked.gpkg", tmp_path / "audit.gpkg"
    with pytest.raises(QgsProcessingException) as caught:
        run_alg("clearground:marksectors", {"SECTORS": str(path), "CLEARED": str(cleared), "MIN_OVERLAP": 90,
                                            "OUTPUT": str(out), "OUTPUT_AUDIT": str(audit)})
    message = str(caught.value)
    assert "Sector row 2 (S-2) lies at (612000, 4430000)" in message
    assert "2 sectors are not where the layer's CRS (EPSG:4326) puts them" in message
    assert "nothing was marked" in message
    assert not out.exists() and not audit.exists()
