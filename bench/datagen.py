"""The national-scale data of the benchmark, generated deterministically on the real districts.

At scale 1: 10,000 row minefield records (125 m x 50 m, rotated, 70% in the Karabakh districts),
1,000,000 recorded mines (4 rows of 25 mines a record), 100,000 sectors of 25 m (10 a record),
1,000,000 finds (100,000 in the cleared records, 1 to 3 m from their mines, some records shifted
by a wrong reference point and 8% of their mines replaced by unrecorded finds nearby; 900,000
scattered explosive ordnance over the country, a few outside every district), and the recorded
mines again as a 1,000,000-row CSV mine table with about one row in 2,000 broken. Every count is
multiplied by ``scale``.

Files written in ``folder``:
- ``workspace.gpkg``: a ClearGround workspace with minefield_records, recorded_mines, sectors, finds;
- ``finds_cleared.gpkg``: a workspace whose finds layer holds only the finds of the cleared records
  (the input of the discrepancy matching);
- ``mines.csv``: the mine table (record_id, mine_no, lat, lon, category, model);
- ``manifest.json``: the counts, the seed and the time it took.
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
import pyproj
import shapely
from gpkg_bulk import geometry_blobs, load, point_blobs

ROOT = Path(__file__).resolve().parents[1]
DISTRICTS = ROOT / "resources" / "data" / "districts" / "geoBoundaries-AZE-ADM2.geojson"
#: Bump when the generated data changes, so cached data is made again.
DATA_VERSION = 3
SEED = 2026

RECORD_W, RECORD_D, CELL = 125.0, 50.0, 25.0
ROWS, PER_ROW = 4, 25
MINES_PER_RECORD = ROWS * PER_ROW
SECTORS_PER_RECORD = int(RECORD_W // CELL) * int(RECORD_D // CELL)
MISSING_PER_RECORD = 8
KARABAKH = ("Tartar District", "Kalbajar District", "Agdam District", "Lachin District", "Khojaly District",
            "Shusha District", "Shusha City", "Khankendi City", "Khojavend District", "Fuzuli District",
            "Jabrayil District", "Qubadli District", "Zangilan District")
AP_MODELS = np.array(["PMN-2", "PMN-4", "POMZ-2M", "OZM-72"])
AT_MODELS = np.array(["TM-62M", "TM-57"])
SCATTERED = (("UXO", 0.45, ("122mm HE projectile OF-462", "BM-21 Grad 122mm rocket", "82mm mortar bomb O-832")),
             ("AXO", 0.20, ("RPG-7 PG-7V round", "F-1 hand grenade", "RGD-5 hand grenade")),
             ("SUBMUNITION", 0.10, ("M095 DPICM", "9N235")),
             ("AP", 0.12, ("PMN-2", "PMN-4")),
             ("AT", 0.05, ("TM-62M",)),
             ("IED", 0.02, ("IED",)),
             ("OTHER", 0.06, ("unknown",)))
TEAMS = np.array(["ANAMA-T01", "ANAMA-T02", "ANAMA-T03", "MES-T01", "MES-T02", "MOD-T01"])


@dataclass
class Manifest:
    scale: float
    seed: int
    version: int
    records: int
    recorded_mines: int
    sectors: int
    finds: int
    cleared_finds: int
    csv_rows: int
    csv_broken_rows: int
    seconds: float


def counts(scale: float) -> tuple[int, int]:
    """(records, finds) at ``scale``."""
    return max(int(round(10_000 * scale)), 10), max(int(round(1_000_000 * scale)), 1_000)


def read_districts() -> tuple[np.ndarray, np.ndarray]:
    """(shapeName array, shapely geometries) of the 79 districts."""
    data = json.loads(DISTRICTS.read_text(encoding="utf-8"))
    names = np.array([f["properties"]["shapeName"] for f in data["features"]], dtype=object)
    geoms = np.array([shapely.from_geojson(json.dumps(f["geometry"])) for f in data["features"]], dtype=object)
    return names, geoms


def _points_in(area: shapely.Geometry, n: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """n uniform random points inside ``area`` (lon, lat)."""
    shapely.prepare(area)
    minx, miny, maxx, maxy = area.bounds
    xs, ys, have = [], [], 0
    while have < n:
        k = max(2 * (n - have), 1000)
        x = rng.uniform(minx, maxx, k)
        y = rng.uniform(miny, maxy, k)
        inside = shapely.contains_xy(area, x, y)
        xs.append(x[inside])
        ys.append(y[inside])
        have += int(inside.sum())
    return np.concatenate(xs)[:n], np.concatenate(ys)[:n]


def _dates(rng: np.random.Generator, start: str, end: str, n: int) -> np.ndarray:
    lo, hi = np.datetime64(start), np.datetime64(end)
    return lo + rng.integers(0, int((hi - lo).astype(int)) + 1, n).astype("timedelta64[D]")


def _text(values: np.ndarray) -> list:
    return [None if v is None else str(v) for v in values.tolist()]


class _Frame:
    """Record-local coordinates (u along the record, v across, metres) to lon/lat, per record."""

    def __init__(self, e: np.ndarray, n: np.ndarray, theta: np.ndarray, to_geo: pyproj.Transformer):
        self.e, self.n, self.cos, self.sin, self.to_geo = e, n, np.cos(theta), np.sin(theta), to_geo

    def utm(self, rec: np.ndarray, u: np.ndarray, v: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        c, s = self.cos[rec], self.sin[rec]
        return self.e[rec] + u * c - v * s, self.n[rec] + u * s + v * c

    def lonlat(self, rec: np.ndarray, u: np.ndarray, v: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        return self.to_geo.transform(*self.utm(rec, u, v))


def generate(folder: Path, scale: float, seed: int = SEED, log=print) -> Manifest:
    """Write the benchmark data for ``scale`` into ``folder`` (which must not hold it yet)."""
    sys.path.insert(0, str(ROOT / "build" / "qgis-plugins"))
    from clearground.workspace.geopackage import create_workspace

    t_start = time.perf_counter()
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    to_utm = pyproj.Transformer.from_crs(4326, 32638, always_xy=True)
    to_geo = pyproj.Transformer.from_crs(32638, 4326, always_xy=True)
    names, geoms = read_districts()
    country = shapely.union_all(geoms)
    karabakh = shapely.union_all(geoms[np.isin(names, KARABAKH)])
    n_rec, n_finds = counts(scale)
    n_cleared = max(n_rec // 10, 1)

    # -- records ------------------------------------------------------------------------------------
    n_kb = int(round(0.7 * n_rec))
    lon_a, lat_a = _points_in(karabakh, n_kb, rng)
    lon_b, lat_b = _points_in(country, n_rec - n_kb, rng)
    order = rng.permutation(n_rec)
    clon, clat = np.concatenate([lon_a, lon_b])[order], np.concatenate([lat_a, lat_b])[order]
    ce, cn = to_utm.transform(clon, clat)
    theta = rng.uniform(0, np.pi, n_rec)
    frame = _Frame(ce, cn, theta, to_geo)
    record_ids = np.array([f"MF-{i:06d}" for i in range(1, n_rec + 1)], dtype=object)
    tree = shapely.STRtree(geoms)
    pts, dis = tree.query(shapely.points(clon, clat), predicate="within")
    district = np.full(n_rec, None, dtype=object)
    district[pts[::-1]] = names[dis[::-1]]
    # kind 0: AP rows, 1: AT rows, 2: two AP rows then two AT rows
    kind = rng.choice(3, n_rec, p=[0.7, 0.15, 0.15])
    ap_model = AP_MODELS[rng.integers(0, len(AP_MODELS), n_rec)]
    at_model = AT_MODELS[rng.integers(0, len(AT_MODELS), n_rec)]
    corner_u = np.array([-1, 1, 1, -1, -1]) * RECORD_W / 2
    corner_v = np.array([-1, -1, 1, 1, -1]) * RECORD_D / 2
    rec5 = np.repeat(np.arange(n_rec), 5)
    rx, ry = frame.lonlat(rec5, np.tile(corner_u, n_rec), np.tile(corner_v, n_rec))
    records = shapely.polygons(np.stack([rx, ry], axis=1).reshape(n_rec, 5, 2))

    # -- recorded mines -----------------------------------------------------------------------------
    m_rec = np.repeat(np.arange(n_rec), MINES_PER_RECORD)
    k = np.tile(np.arange(MINES_PER_RECORD), n_rec)
    row, col = k // PER_ROW, k % PER_ROW
    mu = -RECORD_W / 2 + 2.5 + 5.0 * col
    mv = -RECORD_D / 2 + 10.0 * (row + 1)
    m_at = (kind[m_rec] == 1) | ((kind[m_rec] == 2) & (row >= 2))
    m_cat = np.where(m_at, "AT", "AP").astype(object)
    m_model = np.where(m_at, at_model[m_rec], ap_model[m_rec]).astype(object)
    mlon, mlat = frame.lonlat(m_rec, mu, mv)
    n_mines = len(mlon)
    recorded_ap = np.bincount(m_rec, weights=~m_at, minlength=n_rec).astype(int)
    recorded_at = np.bincount(m_rec, weights=m_at, minlength=n_rec).astype(int)
    log(f"  {n_rec:,} records, {n_mines:,} recorded mines")

    # -- sectors ------------------------------------------------------------------------------------
    cleared = np.zeros(n_rec, dtype=bool)
    cleared[:n_cleared] = True
    state = rng.choice(4, n_rec, p=[0.8, 0.1, 0.05, 0.05])  # planned, in progress, reduced, cancelled
    state[:n_cleared] = 9
    nx, ny = int(RECORD_W // CELL), int(RECORD_D // CELL)
    s_rec = np.repeat(np.arange(n_rec), SECTORS_PER_RECORD)
    cell = np.tile(np.arange(SECTORS_PER_RECORD), n_rec)
    ci, cj = cell % nx, cell // nx
    u0, v0 = -RECORD_W / 2 + CELL * ci, -RECORD_D / 2 + CELL * cj
    s5 = np.repeat(s_rec, 5)
    su = np.repeat(u0, 5) + np.tile(np.array([0, CELL, CELL, 0, 0]), len(s_rec))
    sv = np.repeat(v0, 5) + np.tile(np.array([0, 0, CELL, CELL, 0]), len(s_rec))
    sx, sy = frame.lonlat(s5, su, sv)
    sectors = shapely.polygons(np.stack([sx, sy], axis=1).reshape(len(s_rec), 5, 2))
    sector_ids = np.array([f"{record_ids[r]}-{j + 1}-{i + 1}" for r, i, j in zip(s_rec, ci, cj)], dtype=object)
    s_state = state[s_rec]
    status = np.select([s_state == 9, s_state == 1, s_state == 2, s_state == 3],
                       ["cleared", "in_progress", "reduced", "cancelled"], "planned").astype(object)
    status[(s_state == 1) & (ci < 2)] = "cleared"
    method = np.select([status == "cleared", status == "in_progress", status == "reduced", status == "cancelled"],
                       ["manual", "mechanical", "ts", "nts"], "").astype(object)
    method[method == ""] = None
    status_date = _dates(rng, "2024-07-01", "2024-12-31", len(s_rec)).astype(str).astype(object)
    status_date[status == "planned"] = None
    team = TEAMS[rng.integers(0, len(TEAMS), len(s_rec))].astype(object)
    team[status == "planned"] = None
    log(f"  {len(s_rec):,} sectors")

    # -- finds of the cleared records ---------------------------------------------------------------
    c_mine = np.flatnonzero(m_rec < n_cleared)
    c_rec = m_rec[c_mine]
    shifted = rng.random(n_cleared) < 0.1
    ang = rng.uniform(0, 2 * np.pi, n_cleared)
    dist = rng.uniform(40, 140, n_cleared) * shifted
    rot = np.radians(rng.uniform(0.5, 3.0, n_cleared) * rng.choice([-1, 1], n_cleared)) * shifted
    fu = mu[c_mine] + rng.normal(0, 1.0, len(c_mine))
    fv = mv[c_mine] + rng.normal(0, 1.0, len(c_mine))
    cr, sr = np.cos(rot[c_rec]), np.sin(rot[c_rec])
    fe, fn = frame.utm(c_rec, fu * cr - fv * sr, fu * sr + fv * cr)
    fe = fe + dist[c_rec] * np.cos(ang[c_rec])
    fn = fn + dist[c_rec] * np.sin(ang[c_rec])
    # 8 mines of each cleared record were not found; 8 unrecorded AP finds lie 150-600 m away instead
    missing = np.zeros(len(c_mine), dtype=bool)
    pick = np.argsort(rng.random((n_cleared, MINES_PER_RECORD)), axis=1)[:, :MISSING_PER_RECORD]
    missing[(np.arange(n_cleared)[:, None] * MINES_PER_RECORD + pick).ravel()] = True
    far = rng.uniform(150, 600, int(missing.sum()))
    fa = rng.uniform(0, 2 * np.pi, len(far))
    fe[missing] = ce[c_rec[missing]] + far * np.cos(fa)
    fn[missing] = cn[c_rec[missing]] + far * np.sin(fa)
    flon_c, flat_c = to_geo.transform(fe, fn)
    fcat_c = m_cat[c_mine].copy()
    fcat_c[missing] = "AP"
    fmodel_c = m_model[c_mine].copy()
    fmodel_c[missing] = "PMN-2"
    f_ci = np.clip(((fu + RECORD_W / 2) // CELL).astype(int), 0, nx - 1)
    f_cj = np.clip(((fv + RECORD_D / 2) // CELL).astype(int), 0, ny - 1)
    fsector_c = np.array([f"{record_ids[r]}-{j + 1}-{i + 1}" for r, i, j in zip(c_rec, f_ci, f_cj)], dtype=object)
    fsector_c[missing | shifted[c_rec]] = None
    fdate_c = _dates(rng, "2023-01-01", "2024-06-30", len(c_mine))
    n_c = len(c_mine)

    # -- scattered finds ----------------------------------------------------------------------------
    n_s = max(n_finds - n_c, 0)
    n_s_kb = int(round(0.7 * n_s))
    n_s_out = int(round(0.02 * n_s))
    slon_a, slat_a = _points_in(karabakh, n_s_kb, rng)
    slon_b, slat_b = _points_in(country, n_s - n_s_kb - n_s_out, rng)
    minx, miny, maxx, maxy = country.bounds
    slon_c, slat_c = rng.uniform(minx, maxx, n_s_out), rng.uniform(miny, maxy, n_s_out)
    slon = np.concatenate([slon_a, slon_b, slon_c])
    slat = np.concatenate([slat_a, slat_b, slat_c])
    sc = rng.choice(len(SCATTERED), n_s, p=[w for _, w, _ in SCATTERED])
    scat = np.array([c for c, _, _ in SCATTERED], dtype=object)[sc]
    smodel = np.empty(n_s, dtype=object)
    for i, (_, _, models) in enumerate(SCATTERED):
        sel = sc == i
        smodel[sel] = np.array(models, dtype=object)[rng.integers(0, len(models), int(sel.sum()))]
    squant = np.where(rng.random(n_s) < 0.85, 1, rng.integers(2, 11, n_s))

    flon = np.concatenate([flon_c, slon])
    flat = np.concatenate([flat_c, slat])
    fcat = np.concatenate([fcat_c, scat])
    fmodel = np.concatenate([fmodel_c, smodel])
    fquant = np.concatenate([np.ones(n_c, dtype=int), squant])
    fdate = np.concatenate([fdate_c, _dates(rng, "2021-01-01", "2024-12-31", n_s)]).astype(str).astype(object)
    fsector = np.concatenate([fsector_c, np.full(n_s, None, dtype=object)])
    fteam = TEAMS[rng.integers(0, len(TEAMS), len(flon))].astype(object)
    find_ids = np.array([f"F-{i:08d}" for i in range(1, len(flon) + 1)], dtype=object)
    log(f"  {len(flon):,} finds ({n_c:,} in cleared records)")

    # -- files --------------------------------------------------------------------------------------
    ws = create_workspace(folder / "workspace.gpkg").path
    blobs, bounds = geometry_blobs(records)
    both = np.char.add(np.char.add(ap_model, ","), at_model)
    models = np.where(kind == 0, ap_model, np.where(kind == 1, at_model, both))
    laid = _dates(rng, "1993-01-01", "2020-12-31", n_rec).astype(str)
    load(ws, "minefield_records",
         ("record_id", "source", "district", "laid_date", "record_type", "recorded_ap", "recorded_at",
          "mine_models", "reliability"),
         zip(range(1, n_rec + 1), blobs, record_ids.tolist(), ["Handover of December 2021"] * n_rec,
                  _text(district), laid.tolist(), ["row"] * n_rec, recorded_ap.tolist(), recorded_at.tolist(),
                  models.tolist(), ["low"] * n_rec), bounds)
    mine_bounds = np.column_stack([mlon, mlat, mlon, mlat])
    mine_no = (k + 1).astype(str).astype(object)
    load(ws, "recorded_mines", ("record_id", "mine_no", "category", "model"),
         zip(range(1, n_mines + 1), point_blobs(mlon, mlat), record_ids[m_rec].tolist(), mine_no.tolist(),
             m_cat.tolist(), m_model.tolist()), mine_bounds)
    blobs, bounds = geometry_blobs(sectors)
    load(ws, "sectors",
         ("sector_id", "parent_id", "status", "method", "team", "status_date", "version", "updated_by"),
         zip(range(1, len(s_rec) + 1), blobs, sector_ids.tolist(), record_ids[s_rec].tolist(), status.tolist(),
             method.tolist(), team.tolist(), status_date.tolist(), [1] * len(s_rec), ["bench"] * len(s_rec)),
         bounds)
    find_cols = ("find_id", "found_date", "category", "model", "quantity", "sector_id", "team")

    def find_rows(sel: slice):
        return zip(range(1, len(flon[sel]) + 1), point_blobs(flon[sel], flat[sel]), find_ids[sel].tolist(),
                   fdate[sel].tolist(), fcat[sel].tolist(), fmodel[sel].tolist(), fquant[sel].tolist(),
                   fsector[sel].tolist(), fteam[sel].tolist())

    load(ws, "finds", find_cols, find_rows(slice(None)), np.column_stack([flon, flat, flon, flat]))
    cleared_ws = create_workspace(folder / "finds_cleared.gpkg").path
    load(cleared_ws, "finds", find_cols, find_rows(slice(0, n_c)),
         np.column_stack([flon[:n_c], flat[:n_c], flon[:n_c], flat[:n_c]]))

    broken = _write_csv(folder / "mines.csv", record_ids[m_rec], mine_no, mlat, mlon, m_cat, m_model)
    manifest = Manifest(scale, seed, DATA_VERSION, n_rec, n_mines, len(s_rec), len(flon), n_c, n_mines, broken,
                        round(time.perf_counter() - t_start, 1))
    (folder / "manifest.json").write_text(json.dumps(asdict(manifest), indent=1))
    return manifest


def _write_csv(path: Path, record_id, mine_no, lat, lon, cat, model) -> int:
    """The mine table; every 2,000th row is broken in one of three ways. Returns the broken rows."""
    lat_t = np.char.mod("%.7f", lat).astype(object)
    lon_t = np.char.mod("%.7f", lon).astype(object)
    cat_t = cat.copy()
    bad = np.arange(min(1000, len(lat) // 2), len(lat), 2000)
    lat_t[bad[0::3]] = ""  # no latitude
    cat_t[bad[1::3]] = "?"  # a category that maps to none
    lat_t[bad[2::3]] = [t[:3] + "O" + t[4:] for t in lat_t[bad[2::3]]]  # a letter O among the digits
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write("record_id,mine_no,lat,lon,category,model\n")
        step = 200_000
        for s in range(0, len(lat_t), step):
            rows = zip(record_id[s:s + step].tolist(), mine_no[s:s + step].tolist(), lat_t[s:s + step].tolist(),
                       lon_t[s:s + step].tolist(), cat_t[s:s + step].tolist(), model[s:s + step].tolist())
            fh.write("".join(f"{r},{n},{a},{o},{c},{m}\n" for r, n, a, o, c, m in rows))
    return len(bad)


def ensure(folder: Path, scale: float, log=print) -> Manifest:
    """The data of ``scale`` in ``folder``: reused when a manifest of the same version is there."""
    manifest = folder / "manifest.json"
    if manifest.exists():
        data = json.loads(manifest.read_text())
        if data.get("version") == DATA_VERSION and data.get("scale") == scale and data.get("seed") == SEED:
            return Manifest(**data)
    if folder.exists():
        for item in folder.iterdir():
            item.unlink()
    return generate(folder, scale, log=log)
