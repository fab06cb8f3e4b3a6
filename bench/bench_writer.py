"""Time workspace/writer.py on N recorded mines (points with 5 text fields) and check the file.

Run from the repository root:  .venv/bin/python bench/bench_writer.py 1000000
The rows come as Python lists, as clearground:importminemap hands them over. After the write the
file is checked with OGR: feature count, extent, and a spatial filter (answered through the
R-tree) against a count made with numpy; plus SQLite's integrity and R-tree checks.
"""

from __future__ import annotations

import argparse
import resource
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import shapely
from osgeo import ogr

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "build" / "qgis-plugins"))  # the checkout as the package clearground

from clearground.workspace import create_workspace  # noqa: E402
from clearground.workspace.writer import FeatureColumns, write_features  # noqa: E402


def mines(n: int, seed: int = 1) -> tuple[FeatureColumns, np.ndarray, np.ndarray]:
    """N mines in records of 100, clustered as minefields are, over Azerbaijan's extent."""
    rng = np.random.default_rng(seed)
    records = max(1, n // 100)
    record = np.minimum(np.arange(n) // 100, records - 1)
    lon = (44.8 + rng.random(records) * 5)[record] + rng.random(n) * 0.002
    lat = (38.4 + rng.random(records) * 3)[record] + rng.random(n) * 0.002
    categories = np.array(["AP", "AT", "UXO"])[rng.integers(0, 3, n)].tolist()
    columns = {
        "record_id": [f"AGD-{r:06d}" for r in record.tolist()],
        "mine_no": [str(i % 100 + 1) for i in range(n)],
        "category": categories,
        "model": ["PMN-2" if c == "AP" else "TM-62" if c == "AT" else None for c in categories],
        "raw": [f"row {i % 100 + 1}" for i in range(n)],
    }
    return FeatureColumns(columns, shapely.points(lon, lat)), lon, lat


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, nargs="?", default=100_000)
    args = parser.parse_args()
    data, lon, lat = mines(args.n)
    with tempfile.TemporaryDirectory() as tmp:
        workspace = create_workspace(Path(tmp) / "bench.gpkg")
        start = time.perf_counter()
        counts = write_features(workspace, {"recorded_mines": data})
        seconds = time.perf_counter() - start
        print(f"write_features: {counts['recorded_mines']:,} points in {seconds:.2f} s "
              f"({counts['recorded_mines'] / seconds:,.0f} features/s)")

        ds = ogr.Open(str(workspace.path))
        lyr = ds.GetLayerByName("recorded_mines")
        assert lyr.GetFeatureCount() == args.n
        extent = lyr.GetExtent()
        assert np.allclose(extent, (lon.min(), lon.max(), lat.min(), lat.max()))
        box = (46.0, 39.0, 47.0, 40.0)
        lyr.SetSpatialFilterRect(*box)
        inside = int(((lon >= box[0]) & (lon <= box[2]) & (lat >= box[1]) & (lat <= box[3])).sum())
        assert lyr.GetFeatureCount() == inside, (lyr.GetFeatureCount(), inside)
        ds = None
        con = sqlite3.connect(workspace.path)
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("SELECT rtreecheck('rtree_recorded_mines_geom')").fetchone()[0] == "ok"
        con.close()
        print(f"checked: count, extent, spatial filter ({inside:,} inside {box}), integrity, R-tree")
        size = workspace.path.stat().st_size / 2**20
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**10
    print(f"file {size:.0f} MiB; peak memory of this process {peak:.0f} MiB")


if __name__ == "__main__":
    main()
