"""workspace/writer.py: columns + shapely geometries into a GeoPackage workspace, all or nothing."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3

import numpy as np
import pytest
import shapely
from osgeo import gdal, ogr

from clearground.workspace import WorkspaceError, create_workspace, writer
from clearground.workspace.writer import FeatureColumns, WriteCancelledError, write_features


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _rows(path, layer):
    ds = ogr.Open(str(path))
    lyr = ds.GetLayerByName(layer)
    out = []
    for feature in lyr:
        geom = feature.GetGeometryRef()
        out.append((feature.items(), None if geom is None else bytes(geom.ExportToIsoWkb())))
    return out


def _finds(n=3, **overrides):
    columns = {
        "find_id": [f"F-{i + 1}" for i in range(n)],
        "found_date": [f"2023-05-0{i + 1}" for i in range(n)],
        "category": ["AP"] * n,
        "model": ["PMN-2"] * n,
        "quantity": [1] * n,
        "sector_id": [None] * n,
        "team": ["ANAMA-T01"] * n,
        "depth_cm": [10] * n,
    }
    columns.update(overrides)
    return FeatureColumns(columns, shapely.points(47.0 + np.arange(n) * 0.001, 39.5 + np.zeros(n)))


def _sector(sector_id="HA-0001-01-01", **overrides):
    columns = {"sector_id": [sector_id], "parent_id": ["HA-0001"], "status": ["cleared"], "method": ["manual"],
               "status_date": [dt.date(2022, 3, 4)], "updated_at": [dt.datetime(2022, 3, 4, 17, 30)]}
    columns.update(overrides)
    return FeatureColumns(columns, [shapely.box(47.0, 39.5, 47.0003, 39.5002)])


@pytest.fixture
def workspace(tmp_path):
    return create_workspace(tmp_path / "w.gpkg")


def test_writes_every_layer_and_reads_back_the_values(workspace):
    records = FeatureColumns(
        {"record_id": np.array(["AGD-0001"]), "laid_date": np.array(["1994-05-12"], dtype="datetime64[D]"),
         "record_type": ["row"], "recorded_ap": np.array([3]), "recorded_at": [0], "reliability": ["low"],
         "raw": ["Ref. point A: 40°01'12.3\"N 46°55'30\"E"]},
        [shapely.box(46.9, 40.0, 46.901, 40.001)],
    )
    audit = FeatureColumns({"ts": [dt.datetime(2024, 1, 2, 3, 4, 5)], "user_name": ["analyst"]})
    counts = write_features(workspace, {
        "minefield_records": records, "finds": _finds(quantity=[None, 2, np.nan]), "sectors": _sector(),
        "audit_log": audit,
    })
    assert counts == {"minefield_records": 1, "finds": 3, "sectors": 1, "audit_log": 1}

    (rec, rec_wkb), = _rows(workspace.path, "minefield_records")
    assert rec["record_id"] == "AGD-0001" and rec["laid_date"] == "1994/05/12" and rec["recorded_ap"] == 3
    assert rec["raw"].startswith("Ref. point A: 40°01'12.3\"N")
    assert shapely.from_wkb(rec_wkb).equals(records.geometry[0])
    finds = _rows(workspace.path, "finds")
    assert [f["quantity"] for f, _ in finds] == [1, 2, 1]  # no value: the schema's default
    assert [f["found_date"] for f, _ in finds] == ["2023/05/01", "2023/05/02", "2023/05/03"]
    assert [f["sector_id"] for f, _ in finds] == [None, None, None]
    assert shapely.from_wkb(finds[1][1]).equals(shapely.Point(47.001, 39.5))
    (sector, _), = _rows(workspace.path, "sectors")
    assert sector["version"] == 1 and sector["updated_at"] == "2022/03/04 17:30:00"
    (entry, geom), = _rows(workspace.path, "audit_log")
    assert entry["ts"] == "2024/01/02 03:04:05" and geom is None


def test_a_row_the_database_refuses_rolls_back_every_layer_byte_for_byte(workspace):
    write_features(workspace, {"finds": _finds(2)})
    before = _sha(workspace.path)
    with pytest.raises(WorkspaceError) as err:
        write_features(workspace, {
            "sectors": _sector(),  # written first, then undone
            "finds": _finds(3, find_id=["F-10", "F-11", "F-2"]),  # F-2 is already in the file
        })
    message = str(err.value)
    assert "finds row 3" in message and "'F-2'" in message and "UNIQUE" in message
    assert "unchanged" in message
    assert _sha(workspace.path) == before
    assert _rows(workspace.path, "sectors") == []
    assert len(_rows(workspace.path, "finds")) == 2


class _CancelAfter:
    """A feedback that asks to stop once progress was reported ``calls`` times."""

    def __init__(self, calls):
        self.calls, self.progress = calls, []

    def setProgress(self, value):
        self.progress.append(value)

    def isCanceled(self):
        return len(self.progress) >= self.calls


def test_cancel_part_way_leaves_the_file_unchanged(workspace):
    write_features(workspace, {"sectors": _sector()})
    before = _sha(workspace.path)
    n = 5000
    finds = _finds(n, found_date=[None] * n, category=["UXO"] * n, model=[None] * n, quantity=[1] * n,
                   sector_id=[None] * n, team=[None] * n, depth_cm=[None] * n)
    feedback = _CancelAfter(2)
    with pytest.raises(WriteCancelledError, match="cancelled"):
        write_features(workspace, {"finds": finds}, feedback)
    assert feedback.progress and feedback.progress[-1] > 0  # it stopped part-way, not before starting
    assert _sha(workspace.path) == before
    assert _rows(workspace.path, "finds") == []


@pytest.mark.parametrize("layers, expected", [
    ({"finds": _finds(3, category=["AP", "AT", "mine"])},
     ["finds row 3 (find_id 'F-3')", "category 'mine'", "AP, AT, UXO, AXO, SUBMUNITION, IED, OTHER"]),
    ({"sectors": _sector(status=["done"])}, ["sectors row 1 (sector_id 'HA-0001-01-01')", "status 'done'"]),
    ({"finds": _finds(2, depth_cm=[10, "deep"])}, ["finds row 2", "depth_cm 'deep' is not an integer"]),
    ({"finds": _finds(2, found_date=["2023-05-01", "2023-02-30"])}, ["finds row 2", "found_date", "date"]),
    ({"finds": _finds(3, find_id=["F-1", "F-2", "F-1"])}, ["finds rows 1 and 3", "find_id 'F-1'", "unique"]),
    ({"finds": _finds(2, find_id=["F-1", None])}, ["finds row 2", "find_id is empty"]),
    ({"finds": _finds(2, colour=["red", "blue"])}, ["finds: no field named 'colour'"]),
    ({"craters": _finds(1)}, ["no workspace layer named 'craters'"]),
    ({"finds": FeatureColumns({"find_id": ["F-1"]}, [shapely.box(0, 0, 1, 1)])},
     ["finds row 1 (find_id 'F-1')", "Polygon", "Point"]),
    ({"finds": FeatureColumns({"find_id": ["F-1", "F-2"]}, [shapely.Point(47, 39), None])},
     ["finds row 2", "geometry is missing"]),
    ({"finds": FeatureColumns({"find_id": ["F-1"]}, [shapely.Point(612345, 4432100)])},
     ["finds row 1", "EPSG:4326"]),
    ({"finds": FeatureColumns({"find_id": ["F-1", "F-2"]}, [shapely.Point(47, 39)])},
     ["finds: the columns differ in length", "find_id 2", "geometry 1"]),
    ({"finds": FeatureColumns({"find_id": ["F-1", "F-2"]}, np.array([[47.0, 39.0], [np.nan, 39.0]]))},
     ["finds row 2 (find_id 'F-2')", "geometry is missing"]),
    ({"finds": FeatureColumns({"find_id": ["F-1"]}, np.array([[612345.0, 4432100.0]]))},
     ["finds row 1", "EPSG:4326"]),
    ({"sectors": FeatureColumns(_sector().columns, np.array([[47.0, 39.5]]))},
     ["sectors holds Polygons; coordinates make points only"]),
])
def test_bad_input_is_refused_with_layer_row_and_field_and_the_file_untouched(workspace, layers, expected):
    before = _sha(workspace.path)
    with pytest.raises(WorkspaceError) as err:
        write_features(workspace, {"sectors": _sector(), **layers})
    for text in expected:
        assert text in str(err.value)
    assert _sha(workspace.path) == before


def test_many_rows_in_one_call(workspace):
    n = 20_000
    rng = np.random.default_rng(3)
    lon, lat = 46.5 + rng.random(n), 39.0 + rng.random(n)
    finds = FeatureColumns(
        {"find_id": np.char.add("F-", np.arange(n).astype(str)),
         "found_date": np.datetime64("2022-01-01") + rng.integers(0, 1000, n),
         "category": np.array(["AP", "AT", "UXO"])[rng.integers(0, 3, n)],
         "depth_cm": rng.integers(0, 30, n)},
        shapely.points(lon, lat),
    )
    progress = []

    class Feedback:
        def setProgress(self, value):
            progress.append(value)

        def isCanceled(self):
            return False

    assert write_features(workspace, {"finds": finds}, Feedback()) == {"finds": n}
    assert progress == sorted(progress) and progress[-1] == 100
    ds = ogr.Open(str(workspace.path))
    lyr = ds.GetLayerByName("finds")
    assert lyr.GetFeatureCount() == n
    sql = ds.ExecuteSQL("SELECT category, COUNT(*) FROM finds GROUP BY category ORDER BY category")
    got = {f.GetField(0): f.GetField(1) for f in sql}
    ds.ReleaseResultSet(sql)
    want = dict(zip(*np.unique(finds.columns["category"], return_counts=True)))
    assert got == {k: int(v) for k, v in want.items()}
    minx, maxx, miny, maxy = lyr.GetExtent()
    assert (minx, maxx, miny, maxy) == pytest.approx((lon.min(), lon.max(), lat.min(), lat.max()))


# --- the file is what OGR writes, with an R-tree that OGR and QGIS use ----------------------------


def _tables(path):
    """Every table of the file (the R-tree's too), its schema and its AUTOINCREMENT counters."""
    con = sqlite3.connect(path)
    out = {"sqlite_master": sorted(con.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").fetchall())}
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"):
        out[name] = sorted(con.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr)
    out["sqlite_sequence"] = sorted(con.execute("SELECT * FROM sqlite_sequence").fetchall())
    con.close()
    return out


def _ogr_write(path, layers):
    """The oracle: OGR's own CreateFeature, one feature at a time (no value set: field left unset)."""
    ds = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE)
    ds.StartTransaction()
    for name, (columns, geometries) in layers.items():
        lyr = ds.GetLayerByName(name)
        for row in range(len(next(iter(columns.values())))):
            feature = ogr.Feature(lyr.GetLayerDefn())
            for field, values in columns.items():
                if values[row] is not None:
                    feature.SetField(field, values[row])
            if geometries is not None:
                feature.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(geometries[row])))
            lyr.CreateFeature(feature)
    ds.CommitTransaction()
    ds = None


def _mixed_layers(n, first, rng):
    """Points, polygons (one with a hole) and a table, with unset values, defaults, dates, reals."""
    lon, lat = 46.5 + rng.random(n), 39.0 + rng.random(n)
    finds = ({"find_id": [f"F-{first + i}" for i in range(n)],
              "found_date": [None if i % 4 == 0 else f"2021-0{1 + i % 9}-1{i % 10}" for i in range(n)],
              "category": [[None, "AP", "AT", "UXO"][i % 4] for i in range(n)],
              "quantity": [None if i % 3 == 0 else i % 5 for i in range(n)],
              "team": ["T-01" if i % 2 else None for i in range(n)]},
             shapely.points(lon, lat))
    boxes = [shapely.box(x, y, x + 0.001 * (1 + i % 3), y + 0.002) for i, (x, y) in enumerate(zip(lon[:8], lat[:8]))]
    boxes[0] = shapely.Polygon(shapely.box(46.0, 39.0, 46.1, 39.1).exterior,
                               [[(46.02, 39.02), (46.03, 39.02), (46.03, 39.03)]])
    sectors = ({"sector_id": [f"S-{first + i}" for i in range(8)],
                "status": [None if i % 2 else "cleared" for i in range(8)],
                "updated_at": [f"2022-03-04T17:30:{i:02d}" for i in range(8)], "depth_cm": [None] * 7 + [20]},
               boxes)
    flags = ({"flag_id": [f"D-{first + i}" for i in range(5)], "distance_m": [None, 1.5, 2.0, 1e-7, 3.25],
              "expected": [1, 2, None, 4, 5]},
             shapely.points(lon[:5], lat[:5]))
    audit = ({"ts": [f"2024-01-02T03:04:0{i}" for i in range(3)], "user_name": ["analyst", None, "lead"]}, None)
    return {"finds": finds, "sectors": sectors, "discrepancies": flags, "audit_log": audit}


@pytest.mark.skipif(
    not gdal.VersionInfo().startswith("306"),
    reason="byte for byte only against GDAL 3.6 (QGIS 3.22's): later GDALs lay out their own blobs otherwise; "
           "the other writer tests (counts, extents, R-tree queries, QGIS reading) hold on every GDAL",
)
def test_the_file_holds_exactly_what_ogr_writes_for_the_same_features(tmp_path):
    gdal.SetConfigOption("OGR_CURRENT_DATE", "2020-01-02T03:04:05.000Z")  # one clock for both files
    try:
        ours, oracle = create_workspace(tmp_path / "ours.gpkg"), create_workspace(tmp_path / "ogr.gpkg")
        rng = np.random.default_rng(11)
        for first, n in ((0, 300), (300, 120)):  # the second write appends: ids go on, extents grow
            layers = _mixed_layers(n, first, rng)
            write_features(ours, {name: FeatureColumns(*data) for name, data in layers.items()})
            _ogr_write(oracle.path, layers)
    finally:
        gdal.SetConfigOption("OGR_CURRENT_DATE", None)
    got, want = _tables(ours.path), _tables(oracle.path)
    assert got.keys() == want.keys()
    for name in want:
        assert got[name] == want[name], name
    assert len(got["finds"]) == 420 and len(got["rtree_finds_geom"]) == 420


def _spatial_counts(path, layer, rects):
    ds = ogr.Open(str(path))
    lyr = ds.GetLayerByName(layer)
    counts = []
    for rect in rects:
        lyr.SetSpatialFilterRect(*rect)
        counts.append(sum(1 for _ in lyr))
    return counts


def test_a_large_write_packs_an_rtree_that_sqlite_ogr_and_qgis_use(workspace, monkeypatch):
    from qgis.core import QgsFeatureRequest, QgsRectangle, QgsVectorLayer

    monkeypatch.setattr(writer, "_BULK_INDEX_MIN", 500)
    rng = np.random.default_rng(7)
    lon, lat = 46.5 + rng.random(4000), 39.0 + rng.random(4000)
    points = shapely.points(lon, lat)
    early = _finds(100, found_date=[None] * 100)
    write_features(workspace, {"finds": early})  # row by row, then packed with the new ones
    layer = QgsVectorLayer(workspace.uri("finds"), "finds", "ogr")  # open in QGIS during the write
    assert layer.isValid() and layer.featureCount() == 100
    finds = FeatureColumns({"find_id": [f"G-{i}" for i in range(4000)]}, points)
    cells = [shapely.box(x, y, x + 0.01, y + 0.005) for x, y in zip(lon[:900], lat[:900])]
    sectors = FeatureColumns({"sector_id": [f"S-{i}" for i in range(900)]}, cells)
    write_features(workspace, {"finds": finds, "sectors": sectors})

    con = sqlite3.connect(workspace.path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    for table in ("rtree_finds_geom", "rtree_sectors_geom"):
        assert con.execute(f"SELECT rtreecheck('{table}')").fetchone()[0] == "ok"
    # the entries are what SQLite itself stores for the same boxes (float32, rounded outwards)
    every = np.concatenate([early.geometry, points])
    boxes = shapely.bounds(every)
    memory = sqlite3.connect(":memory:")
    memory.execute("CREATE VIRTUAL TABLE r USING rtree(id, minx, maxx, miny, maxy)")
    memory.executemany("INSERT INTO r VALUES (?, ?, ?, ?, ?)",
                       [(i + 1, b[0], b[2], b[1], b[3]) for i, b in enumerate(boxes.tolist())])
    assert (con.execute("SELECT * FROM rtree_finds_geom ORDER BY id").fetchall()
            == memory.execute("SELECT * FROM r ORDER BY id").fetchall())
    con.close()

    rects = [(46.6, 39.1, 46.8, 39.4), (47.2, 39.5, 47.5, 40.0), (46.0, 38.0, 46.4, 38.5)]
    want = [int(shapely.intersects(every, shapely.box(*r)).sum()) for r in rects]
    assert _spatial_counts(workspace.path, "finds", rects) == want and want[0] > 0
    want_cells = [int(shapely.intersects(np.array(cells), shapely.box(*r)).sum()) for r in rects]
    assert _spatial_counts(workspace.path, "sectors", rects) == want_cells

    layer.dataProvider().reloadData()
    assert layer.featureCount() == 4100
    request = QgsFeatureRequest().setFilterRect(QgsRectangle(*rects[0]))
    assert sum(1 for _ in layer.getFeatures(request)) == want[0]
    extent, (minx, miny, maxx, maxy) = layer.extent(), shapely.total_bounds(every)
    assert (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()) == pytest.approx(
        (minx, miny, maxx, maxy))

    # OGR's own triggers are back: a feature OGR adds later lands in the packed R-tree
    ds = ogr.Open(str(workspace.path), update=1)
    lyr = ds.GetLayerByName("finds")
    feature = ogr.Feature(lyr.GetLayerDefn())
    feature.SetField("find_id", "late")
    feature.SetGeometry(ogr.CreateGeometryFromWkt("POINT (46.55 39.05)"))
    lyr.CreateFeature(feature)
    ds = None
    assert _spatial_counts(workspace.path, "finds", [(46.549, 39.049, 46.551, 39.051)]) == [
        1 + int(shapely.intersects(every, shapely.box(46.549, 39.049, 46.551, 39.051)).sum())]
    con = sqlite3.connect(workspace.path)
    assert con.execute("SELECT rtreecheck('rtree_finds_geom')").fetchone()[0] == "ok"
    con.close()


def _triggers(path):
    con = sqlite3.connect(path)
    rows = sorted(con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall())
    con.close()
    return rows


def test_the_value_checks_stay_and_refuse_bad_values_after_a_write(workspace):
    before = _triggers(workspace.path)
    assert any(name == "cg_check_finds_category_insert" for name, _ in before)
    write_features(workspace, {"finds": _finds(3)})
    assert _triggers(workspace.path) == before
    ds = ogr.Open(str(workspace.path), update=1)
    lyr = ds.GetLayerByName("finds")
    feature = ogr.Feature(lyr.GetLayerDefn())
    feature.SetField("find_id", "X-1")
    feature.SetField("category", "mine")
    feature.SetGeometry(ogr.CreateGeometryFromWkt("POINT (47 39)"))
    with pytest.raises(RuntimeError, match="finds.category must be one of"):
        lyr.CreateFeature(feature)
    ds = None


def test_the_database_still_refuses_a_bad_value_during_the_write(workspace, monkeypatch):
    write_features(workspace, {"finds": _finds(2)})
    before, triggers = _sha(workspace.path), _triggers(workspace.path)
    monkeypatch.setattr(writer, "_check_allowed", lambda *args: None)  # only the database checks now
    n = 3000
    categories = ["AP"] * n
    categories[2499] = "mine"
    with pytest.raises(WorkspaceError) as err:
        write_features(workspace, {"sectors": _sector(),
                                   "finds": _finds(n, find_id=[f"N-{i}" for i in range(n)], found_date=[None] * n,
                                                   category=categories)})
    message = str(err.value)
    assert "finds row 2500 (find_id 'N-2499')" in message and "finds.category must be one of" in message
    assert "unchanged" in message
    assert _sha(workspace.path) == before and _triggers(workspace.path) == triggers


def test_number_arrays_with_nan_fill_integer_and_real_fields(workspace):
    flags = FeatureColumns({"flag_id": ["D-1", "D-2", "D-3"], "expected": np.array([3.0, np.nan, 5.0]),
                            "distance_m": np.array([1.25, np.nan, 7.0])},
                           shapely.points([47.0, 47.1, 47.2], [39.0, 39.1, 39.2]))
    write_features(workspace, {"discrepancies": flags})
    rows = [f for f, _ in _rows(workspace.path, "discrepancies")]
    assert [r["expected"] for r in rows] == [3, None, 5]
    assert [r["distance_m"] for r in rows] == [1.25, None, 7.0]
    with pytest.raises(WorkspaceError, match=r"discrepancies row 2 \(flag_id 'D-2'\): expected 2.5 is not an integer"):
        write_features(workspace, {"discrepancies": FeatureColumns(
            {"flag_id": ["D-1", "D-2"], "expected": np.array([1.0, 2.5])}, shapely.points([47, 47], [39, 39]))})


def test_points_given_as_coordinates_are_written_as_the_same_points(tmp_path):
    """A point layer's geometries may come as longitude/latitude columns: the same file as from shapely
    points (values, blobs, R-tree, extent)."""
    gdal.SetConfigOption("OGR_CURRENT_DATE", "2020-01-02T03:04:05.000Z")
    try:
        as_points, as_xy = create_workspace(tmp_path / "points.gpkg"), create_workspace(tmp_path / "xy.gpkg")
        finds = _finds(9)
        write_features(as_points, {"finds": finds})
        write_features(as_xy, {"finds": FeatureColumns(finds.columns, shapely.get_coordinates(finds.geometry))})
    finally:
        gdal.SetConfigOption("OGR_CURRENT_DATE", None)
    assert _tables(as_xy.path) == _tables(as_points.path)
    assert len(_rows(as_xy.path, "finds")) == 9
