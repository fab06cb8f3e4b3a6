"""workspace/writer.py: columns + shapely geometries into a GeoPackage workspace, all or nothing."""

from __future__ import annotations

import datetime as dt
import hashlib

import numpy as np
import pytest
import shapely
from osgeo import ogr

from clearground.workspace import WorkspaceError, create_workspace
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
