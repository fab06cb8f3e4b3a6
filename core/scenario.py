"""A deterministic, plausible mine action scenario over the real districts of Azerbaijan.

``generate_scenario(districts, seed, scale)`` lays row minefield records along the former line of
contact (Tartar, Agdam, Khojavend, Fuzuli, Jabrayil and Zangilan districts), draws the hazard
areas, the 25 m sectors and the finds of four years of clearance, and returns the workspace layers
as columns with shapely geometries in EPSG:4326, plus a ``Truth`` that says what was put in on
purpose. Everything is built in metres in UTM zone 38N (EPSG:32638) and converted at the end. The
same seed and scale give the same output, value for value and byte for byte; ``scale`` multiplies
every count, and the work is done on numpy arrays so that 10^6 mines build in seconds.

At scale 1 (about 60 records, 3,000 recorded mines, 2,500 finds, 3,000 sectors) the scenario holds,
by design:

* **accurate records** (``accurate``): fully cleared; every recorded mine was found, each find lies
  1-3 m (field GPS error) from its recorded mine.
* **shifted records** (``shifted``): the mines really lie where the record puts them moved by one
  rigid transform, a shift of 40-140 m and a rotation of 0.5-3 degrees about the record's centre
  (a wrong reference point), so every find lies 30-150 m from its recorded mine. The hazard area
  was drawn to cover the real minefield; about half of these records are fully cleared, the others
  in part, so the transform can be estimated from the cleared part and applied to the rest.
* **records with missing mines** (``missing``): fully cleared, but only 50-85% of the recorded
  mines were found (each at its recorded position within GPS error); the others are still missing.
* **partly cleared records** (``in_progress``): accurate, with cleared, in-progress and planned
  sectors; only the cleared part has finds. Not a discrepancy: comparing counts would be premature.
* **records not yet worked** (``unworked``): every sector planned, no finds.
* **unrecorded finds**: a cluster of 30-40 AP finds in a confirmed hazard area that has no record,
  at least 1.5 km from every record (one cluster per unit of scale; above scale 1, where records
  crowd, the distance shrinks to 1.5 km / sqrt(scale), never below 300 m).
* **scattered UXO**: UXO, AXO and submunition finds from call-outs, outside every hazard area and
  sector (they carry no sector_id).
* **a post-clearance find**: one of the missing mines, found 2-13 months after its sector was
  marked cleared (one per unit of scale).
* **suspected hazard areas without records**: cancelled by non-technical survey, reduced by
  technical survey, or still planned.

Every sector status (planned, in_progress, cleared, reduced, cancelled) is present. Finds are dated
2021-2024, records were laid 1993-2020. Only cleared sectors hold finds, and no find in a cleared
sector is dated after the sector's status date except the designed post-clearance finds. Hazard
areas are rectangles covered exactly by their 25 m sectors (ids HAZARD-row-col in the hazard's own
grid); the sectors of a record's hazard over the recorded or the real minefield are worked, the
others are reduced by technical survey once the minefield is cleared. Record raw text is the
traverse as written on paper (reference point in DMS, bearings in Soviet mils, grid north), and
matches the record's geometry.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping

import numpy as np
import shapely

from .proj import Transformer

UTM_EPSG = 32638
STORAGE_EPSG = 4326
CELL_M = 25.0

#: The districts the scenario's line of contact runs through (geoBoundaries shapeName spellings).
SCENARIO_DISTRICTS: tuple[str, ...] = (
    "Tartar District", "Agdam District", "Khojavend District",
    "Fuzuli District", "Jabrayil District", "Zangilan District",
)
_DISTRICT_CODES = {
    "Tartar District": "TAR", "Agdam District": "AGD", "Khojavend District": "KHV",
    "Fuzuli District": "FZL", "Jabrayil District": "JBR", "Zangilan District": "ZNG",
}
_HANDOVER = {
    "Agdam District": "Handover of June 2021 (Aghdam map)",
    "Fuzuli District": "Handover of July 2021 (Fuzuli and Zangilan maps)",
    "Zangilan District": "Handover of July 2021 (Fuzuli and Zangilan maps)",
}
_HANDOVER_OTHER = "Handover of December 2021"

#: The former line of contact, north to south then west along the Araz (lon, lat), simplified.
LINE_OF_CONTACT: tuple[tuple[float, float], ...] = (
    (46.72, 40.36), (46.86, 40.28), (46.95, 40.15), (47.00, 40.02), (47.03, 39.90),
    (47.08, 39.80), (47.15, 39.70), (47.22, 39.58), (47.20, 39.47), (47.08, 39.38),
    (46.95, 39.28), (46.85, 39.20), (46.72, 39.08), (46.60, 38.98),
)

#: Record kinds and their share of the records at scale 1 (60 records).
RECORD_KINDS: dict[str, int] = {
    "accurate": 22, "shifted": 12, "missing": 6, "in_progress": 8, "unworked": 12,
}
KIND_DESCRIPTIONS: dict[str, str] = {
    "accurate": "fully cleared, every mine found within 1-3 m of its recorded position",
    "shifted": "real mines = recorded mines moved 40-140 m and rotated 0.5-3 degrees",
    "missing": "fully cleared, 50-85% of the recorded mines found",
    "in_progress": "accurate, partly cleared",
    "unworked": "not yet worked, no finds",
}

AP_MODELS = ("PMN-2", "PMN-4", "POMZ-2M", "OZM-72")
AP_WEIGHTS = (0.4, 0.2, 0.25, 0.15)
AT_MODELS = ("TM-62M", "TM-57")
AT_WEIGHTS = (0.7, 0.3)
SCATTERED_MODELS = {
    "UXO": ("122mm HE projectile OF-462", "BM-21 Grad 122mm rocket", "82mm mortar bomb O-832",
            "120mm mortar bomb OF-843", "VOG-17 grenade"),
    "AXO": ("RPG-7 PG-7V round", "F-1 hand grenade", "RGD-5 hand grenade"),
    "SUBMUNITION": ("M095 DPICM", "9N235", "M77 DPICM"),
}
TEAMS = ("ANAMA-T01", "ANAMA-T02", "ANAMA-T03", "ANAMA-T04", "ANAMA-T05", "ANAMA-T06",
         "MES-T01", "MES-T02", "MES-T03", "MOD-T01", "MOD-T02")
EOD_TEAMS = ("ANAMA-EOD1", "ANAMA-EOD2", "MES-EOD1")
UPDATED_BY = "sample"

_RECORD_HAZARD_BUFFER_M = 15.0
_CLUSTER_MIN_DISTANCE_M = 1500.0
_SCATTERED_CLEARANCE_M = 100.0
_SHA_CLEARANCE_M = 200.0
_MAX_PLACEMENT_ROUNDS = 200
_EDGE_MARGIN_M = 30.0
_LAST_DAY = np.datetime64("2024-12-31")


@dataclass
class Truth:
    """What the scenario put in on purpose, for tests, demos and the log."""

    seed: int
    scale: float
    #: record_id -> kind (a key of RECORD_KINDS)
    record_kind: dict[str, str]
    #: shifted record_id -> {"dx_m", "dy_m", "rotation_deg", "centre_e", "centre_n"}: the real mines
    #: are the recorded ones rotated about (centre_e, centre_n) then moved by (dx_m, dy_m), in UTM 38N
    transforms: dict[str, dict[str, float]]
    #: record_id -> (recorded mines, finds of that record's mines including post-clearance finds)
    counts: dict[str, tuple[int, int]]
    #: one entry per finds row: the recorded_mines row it is the find of, or -1
    find_mine: np.ndarray
    #: find ids of the unrecorded clusters (AP, far from every record)
    unrecorded_finds: list[str]
    #: find ids of UXO, AXO and submunitions scattered outside every hazard
    scattered_finds: list[str]
    #: {"find_id", "sector_id", "record_id", "cleared", "found"} per post-clearance find
    post_clearance: list[dict[str, str]]
    #: hazard_id -> "record", "sha_cancelled", "sha_reduced", "sha_planned" or "cluster"
    hazard_kind: dict[str, str] = field(default_factory=dict)

    def records_of(self, kind: str) -> list[str]:
        """The record ids of one kind, in layer order."""
        return [rid for rid, k in self.record_kind.items() if k == kind]

    def summary(self) -> list[str]:
        """One line per designed feature of the scenario (English; callers translate their frame)."""
        lines = []
        for kind, text in KIND_DESCRIPTIONS.items():
            lines.append(f"{len(self.records_of(kind))} {kind} records: {text}")
        lines.append(f"{len(self.unrecorded_finds)} unrecorded AP finds in clusters far from every record")
        lines.append(f"{len(self.scattered_finds)} UXO/AXO/submunition finds scattered outside every hazard")
        for item in self.post_clearance:
            lines.append(
                f"post-clearance find {item['find_id']} in sector {item['sector_id']} of record "
                f"{item['record_id']} (cleared {item['cleared']}, found {item['found']})"
            )
        return lines


@dataclass
class Scenario:
    """The workspace layers (name -> (columns, geometries in EPSG:4326)) and the truth."""

    layers: dict[str, tuple[dict[str, np.ndarray], np.ndarray]]
    truth: Truth

    def counts(self) -> dict[str, int]:
        """Rows per layer."""
        return {name: len(geoms) for name, (_, geoms) in self.layers.items()}


# --- inputs ---------------------------------------------------------------------------------------


def load_districts(path: str | Path) -> dict[str, shapely.Geometry]:
    """District geometries (EPSG:4326) by shapeName from a geoBoundaries GeoJSON file.

    Features that share a name (two "Lankaran District" polygons) are merged into one geometry.
    """
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    parts: dict[str, list] = {}
    for feature in data["features"]:
        name = feature["properties"]["shapeName"]
        parts.setdefault(name, []).append(shapely.from_geojson(json.dumps(feature["geometry"])))
    return {name: geoms[0] if len(geoms) == 1 else shapely.union_all(geoms) for name, geoms in parts.items()}


def load_places(path: str | Path) -> dict[str, tuple[float, float]]:
    """Populated places (name -> (lon, lat)) from the GeoNames GeoJSON file."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    places = {}
    for feature in data["features"]:
        lon, lat = feature["geometry"]["coordinates"][:2]
        places.setdefault(feature["properties"]["name"], (float(lon), float(lat)))
    return places


# --- the generator --------------------------------------------------------------------------------


def generate_scenario(
    districts: Mapping[str, shapely.Geometry],
    seed: int = 42,
    scale: float = 1.0,
    places: Mapping[str, tuple[float, float]] | None = None,
) -> Scenario:
    """Build the scenario over ``districts`` (shapeName -> geometry in EPSG:4326; must include
    SCENARIO_DISTRICTS). ``places`` (name -> (lon, lat)) name the records' reference points."""
    if not scale > 0 or not math.isfinite(scale):
        raise ValueError(f"scale must be a positive number, not {scale!r}")
    missing = [name for name in SCENARIO_DISTRICTS if name not in districts]
    if missing:
        raise ValueError(f"the districts lack {', '.join(missing)}")
    return _Builder(districts, int(seed), float(scale), places or {}).build()


class _Builder:
    def __init__(self, districts, seed, scale, places):
        self.rng = np.random.default_rng(seed)
        self.seed, self.scale = seed, scale
        self.to_utm = Transformer.from_crs(STORAGE_EPSG, UTM_EPSG, always_xy=True)
        self.to_geo = Transformer.from_crs(UTM_EPSG, STORAGE_EPSG, always_xy=True)
        self.district_names = np.array(SCENARIO_DISTRICTS)
        district_geo = np.array([districts[n] for n in SCENARIO_DISTRICTS], dtype=object)
        self.district_utm = shapely.transform(district_geo, self._geo_to_utm_coords)
        self._inner_trees: dict[float, shapely.STRtree] = {}
        lon, lat = np.array(LINE_OF_CONTACT).T
        e, n = self.to_utm.transform(lon, lat)
        self.line = shapely.LineString(np.column_stack([e, n]))
        self.places = places

    # coordinate helpers
    def _geo_to_utm_coords(self, coords: np.ndarray) -> np.ndarray:
        e, n = self.to_utm.transform(coords[:, 0], coords[:, 1])
        return np.column_stack([e, n])

    def _geo_polygons(self, e: np.ndarray, n: np.ndarray) -> np.ndarray:
        """Polygons (EPSG:4326) from rings of UTM coordinates, one ring per row of ``e`` and ``n``."""
        lon, lat = self.to_geo.transform(e.ravel(), n.ravel())
        return shapely.polygons(np.stack([lon.reshape(e.shape), lat.reshape(n.shape)], axis=2))

    def _count(self, base: float, minimum: int = 1) -> int:
        return max(minimum, int(round(base * self.scale)))

    def _line_frame(self, s: np.ndarray):
        """Points on the line at distances ``s`` with unit tangents and normals."""
        pts = shapely.get_coordinates(shapely.line_interpolate_point(self.line, s))
        length = self.line.length
        ahead = shapely.get_coordinates(shapely.line_interpolate_point(self.line, np.minimum(s + 50.0, length)))
        behind = shapely.get_coordinates(shapely.line_interpolate_point(self.line, np.maximum(s - 50.0, 0.0)))
        tangent = ahead - behind
        tangent /= np.linalg.norm(tangent, axis=1)[:, None]
        normal = np.column_stack([-tangent[:, 1], tangent[:, 0]])
        return pts, tangent, normal

    def _district_of(self, geoms_utm: np.ndarray, margin: float = 0.0) -> np.ndarray:
        """Index into SCENARIO_DISTRICTS of the district holding each geometry ``margin`` m or more
        inside its boundary, or -1. Tested in UTM, with a safety margin for the bending of the edges."""
        margin = _EDGE_MARGIN_M + margin
        tree = self._inner_trees.get(margin)
        if tree is None:
            inner = shapely.buffer(self.district_utm, -margin)
            shapely.prepare(inner)
            tree = self._inner_trees[margin] = shapely.STRtree(inner)
        result = np.full(len(geoms_utm), -1)
        pairs = tree.query(geoms_utm, predicate="within")
        result[pairs[0]] = pairs[1]
        return result

    def build(self) -> Scenario:
        rec = self._records_layout()
        clusters = self._place_clusters()
        self._place_records(rec, clusters)
        hz = self._hazards(rec, clusters)
        sec = self._sectors(rec, hz)
        finds = self._finds(rec, hz, sec)
        self._ids(rec, hz, sec, finds)
        layers = {
            "minefield_records": self._records_layer(rec),
            "recorded_mines": self._mines_layer(rec),
            "hazard_areas": self._hazards_layer(rec, hz),
            "sectors": self._sectors_layer(hz, sec),
            "finds": self._finds_layer(sec, finds),
        }
        return Scenario(layers, self._truth(rec, hz, sec, finds))

    def _ids(self, rec: dict, hz: dict, sec: dict, finds: dict) -> None:
        """Record ids (district code and a serial along the line), hazard, sector and find ids."""
        n = rec["n"]
        codes = np.array([_DISTRICT_CODES[d] for d in SCENARIO_DISTRICTS])[rec["district"]]
        order = np.lexsort((rec["s"], rec["district"]))
        counts = np.bincount(rec["district"], minlength=len(SCENARIO_DISTRICTS))
        starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
        serial = np.empty(n, dtype=np.int64)
        serial[order] = np.arange(n) - starts[rec["district"][order]] + 1
        rec["record_id"] = _concat(codes, "-", _zfill(serial, 4))
        hz["id"] = _concat("HA-", _zfill(np.arange(1, hz["n"] + 1), 4))
        width = len(str(int(max(sec["row"].max(), sec["col"].max(), 10))))
        sec["id"] = _concat(hz["id"][sec["hazard"]], "-", _zfill(sec["row"], width), "-", _zfill(sec["col"], width))
        finds["id"] = _concat("F-", _zfill(np.arange(1, finds["n_total"] + 1), 6))

    # --- records: rows and mines in each record's own frame ----------------------------------------

    def _records_layout(self) -> dict:
        rng = self.rng
        kinds = np.concatenate([np.full(self._count(n), k) for k, n in RECORD_KINDS.items()])
        kinds = kinds[rng.permutation(len(kinds))]
        n_rec = len(kinds)
        rows_per = rng.integers(2, 5, n_rec)
        composition = rng.choice(3, n_rec, p=[0.6, 0.15, 0.25])  # AP only, AT only, AT front row + AP
        scattered = rng.random(n_rec) < 0.08
        gap = rng.integers(12, 21, n_rec).astype(float)
        margin = rng.integers(8, 16, n_rec).astype(float)

        n_rows = int(rows_per.sum())
        row_rec = np.repeat(np.arange(n_rec), rows_per)
        row_first = np.concatenate([[0], np.cumsum(rows_per)[:-1]])
        row_no = np.arange(n_rows) - row_first[row_rec]
        row_at = (composition[row_rec] == 1) | ((composition[row_rec] == 2) & (row_no == 0))
        row_count = rng.integers(10, 25, n_rows)
        row_spacing = np.where(row_at, rng.integers(8, 13, n_rows), rng.integers(4, 7, n_rows)).astype(float)
        ap_model = rng.choice(len(AP_MODELS), n_rows, p=AP_WEIGHTS)
        at_model = rng.choice(len(AT_MODELS), n_rows, p=AT_WEIGHTS)
        row_model = np.where(row_at, np.array(AT_MODELS)[at_model], np.array(AP_MODELS)[ap_model])
        row_u0 = rng.integers(0, 11, n_rows).astype(float)
        row_v = row_no * gap[row_rec]
        row_len = (row_count - 1) * row_spacing

        n_mines = int(row_count.sum())
        mine_row = np.repeat(np.arange(n_rows), row_count)
        mine_first = np.concatenate([[0], np.cumsum(row_count)[:-1]])
        mine_k = np.arange(n_mines) - mine_first[mine_row]
        u = row_u0[mine_row] + mine_k * row_spacing[mine_row]
        v = row_v[mine_row].astype(float)

        umin = np.minimum.reduceat(row_u0, row_first) - margin
        umax = np.maximum.reduceat(row_u0 + row_len, row_first) + margin
        vmin = -margin
        vmax = np.maximum.reduceat(row_v, row_first) + margin
        mine_rec = row_rec[mine_row]
        # scattered records: the same mines spread over the inner rectangle instead of in rows
        spread = scattered[mine_rec]
        inner = margin[mine_rec] * 0.5
        ru = rng.random(n_mines)
        rv = rng.random(n_mines)
        u = np.where(spread, umin[mine_rec] + inner + ru * (umax - umin)[mine_rec] - 2 * inner * ru, u)
        v = np.where(spread, vmin[mine_rec] + inner + rv * (vmax - vmin)[mine_rec] - 2 * inner * rv, v)
        cu, cv = (umin + umax) / 2, (vmin + vmax) / 2
        corners_u = np.stack([umin, umax, umax, umin], axis=1) - cu[:, None]
        corners_v = np.stack([vmin, vmin, vmax, vmax], axis=1) - cv[:, None]

        shifted = kinds == "shifted"
        shift_len = rng.uniform(40.0, 140.0, n_rec)
        shift_dir = rng.uniform(0.0, 2 * np.pi, n_rec)
        rotation = rng.uniform(0.5, 3.0, n_rec) * rng.choice([-1.0, 1.0], n_rec)
        du = np.where(shifted, shift_len * np.cos(shift_dir), 0.0)  # in the record's frame
        dv = np.where(shifted, shift_len * np.sin(shift_dir), 0.0)
        rotation = np.where(shifted, rotation, 0.0)

        return {
            "n": n_rec, "kind": kinds, "rows_per": rows_per, "scattered": scattered,
            "row_rec": row_rec, "row_no": row_no, "row_at": row_at, "row_count": row_count,
            "row_spacing": row_spacing, "row_model": row_model, "row_first": row_first,
            "row_u0": row_u0 - cu[row_rec], "row_v": row_v - cv[row_rec], "row_len": row_len,
            "mine_rec": mine_rec, "mine_row": mine_row, "mine_k": mine_k,
            "u": u - cu[mine_rec], "v": v - cv[mine_rec],
            "corners_u": corners_u, "corners_v": corners_v,
            "du": du, "dv": dv, "rotation": rotation,
        }

    def _frame(self, rec: dict, idx: np.ndarray, u: np.ndarray, v: np.ndarray):
        """Record frame (u along the rows, v across) -> UTM, for records ``idx`` (broadcast)."""
        return _frame_to_utm(rec["centre"][idx], rec["theta"][idx], u, v)

    def _transform_true(self, rec: dict, idx: np.ndarray, e: np.ndarray, n: np.ndarray):
        """Recorded -> real position: rotate about the record's centre, then shift."""
        rot = np.radians(rec["rotation"][idx])
        ce, cn = rec["centre"][idx, 0], rec["centre"][idx, 1]
        de, dn = e - ce, n - cn
        return (ce + de * np.cos(rot) - dn * np.sin(rot) + rec["dx"][idx],
                cn + de * np.sin(rot) + dn * np.cos(rot) + rec["dy"][idx])

    def _record_extents(self, rec: dict) -> None:
        """The recorded and real footprints and the hazard rectangle, in each record's own frame."""
        cu, cv = rec["corners_u"], rec["corners_v"]
        rot = np.radians(rec["rotation"])[:, None]
        ru = cu * np.cos(rot) - cv * np.sin(rot) + rec["du"][:, None]
        rv = cu * np.sin(rot) + cv * np.cos(rot) + rec["dv"][:, None]
        rec["real_u"], rec["real_v"] = ru, rv
        rec["recorded_box"] = np.stack([cu.min(1), cv.min(1), cu.max(1), cv.max(1)], axis=1)
        rec["real_box"] = np.stack([ru.min(1), rv.min(1), ru.max(1), rv.max(1)], axis=1)
        lo_u = np.minimum(cu.min(1), ru.min(1)) - _RECORD_HAZARD_BUFFER_M
        hi_u = np.maximum(cu.max(1), ru.max(1)) + _RECORD_HAZARD_BUFFER_M
        lo_v = np.minimum(cv.min(1), rv.min(1)) - _RECORD_HAZARD_BUFFER_M
        hi_v = np.maximum(cv.max(1), rv.max(1)) + _RECORD_HAZARD_BUFFER_M
        rec["hz_nu"] = np.ceil((hi_u - lo_u) / CELL_M).astype(np.int64)
        rec["hz_nv"] = np.ceil((hi_v - lo_v) / CELL_M).astype(np.int64)
        rec["hz_u0"] = lo_u - (rec["hz_nu"] * CELL_M - (hi_u - lo_u)) / 2
        rec["hz_v0"] = lo_v - (rec["hz_nv"] * CELL_M - (hi_v - lo_v)) / 2

    def _place_clusters(self) -> dict:
        """Centres of the unrecorded clusters, placed first: the records keep away from them."""
        n_cl = self._count(1)
        centre, district = self._place_points(n_cl, (500.0, 3000.0), np.array([shapely.Point()]), 0.0, 110.0)
        clearance = max(300.0, _CLUSTER_MIN_DISTANCE_M / math.sqrt(max(self.scale, 1.0)))
        zone = shapely.buffer(shapely.points(centre), 110.0 + clearance, quad_segs=8)
        return {"n": n_cl, "centre": centre, "district": district, "zone": zone}

    def _place_records(self, rec: dict, clusters: dict) -> None:
        """Anchor each record near the line, inside one scenario district and away from the clusters."""
        zones = shapely.STRtree(clusters["zone"])
        rng = self.rng
        n = rec["n"]
        length = self.line.length
        band = 1500.0 * max(1.0, math.sqrt(self.scale))
        self._record_extents(rec)
        rec["s"] = np.zeros(n)
        rec["centre"] = np.zeros((n, 2))
        rec["theta"] = np.zeros(n)
        rec["district"] = np.full(n, -1)
        todo = np.arange(n)
        for _ in range(_MAX_PLACEMENT_ROUNDS):
            k = len(todo)
            s = (todo + rng.uniform(0.15, 0.85, k)) / n * length
            offset = rng.uniform(150.0, band, k) * rng.choice([-1.0, 1.0], k)
            pts, tangent, normal = self._line_frame(s)
            rec["s"][todo] = s
            rec["centre"][todo] = pts + offset[:, None] * normal
            rec["theta"][todo] = np.arctan2(tangent[:, 1], tangent[:, 0]) + rng.uniform(-0.35, 0.35, k)
            hazard = _rectangles(rec["centre"][todo], rec["theta"][todo], rec["hz_u0"][todo], rec["hz_v0"][todo],
                                 rec["hz_nu"][todo] * CELL_M, rec["hz_nv"][todo] * CELL_M)
            rec["district"][todo] = self._district_of(hazard)
            rec["district"][todo[zones.query(hazard, predicate="intersects")[0]]] = -1
            todo = todo[rec["district"][todo] < 0]
            if not len(todo):
                break
        else:  # pragma: no cover - the line runs well inside the districts
            raise RuntimeError("could not place every record inside the scenario districts")
        cos, sin = np.cos(rec["theta"]), np.sin(rec["theta"])
        rec["dx"] = rec["du"] * cos - rec["dv"] * sin
        rec["dy"] = rec["du"] * sin + rec["dv"] * cos
        idx = np.arange(n)[:, None]
        ring = [0, 1, 2, 3, 0]
        rec["recorded_e"], rec["recorded_n"] = self._frame(
            rec, idx, rec["corners_u"][:, ring], rec["corners_v"][:, ring])
        idx = rec["mine_rec"]
        rec["mine_e"], rec["mine_n"] = self._frame(rec, idx, rec["u"], rec["v"])
        rec["true_e"], rec["true_n"] = self._transform_true(rec, idx, rec["mine_e"], rec["mine_n"])

    # --- hazards --------------------------------------------------------------------------------

    def _place_points(self, k: int, lateral: tuple[float, float], avoid: np.ndarray, clearance: float,
                      radius: float = 0.0):
        """``k`` points near the line whose discs of ``radius`` m lie inside a district and
        ``clearance`` m or more from every ``avoid`` geometry."""
        rng = self.rng
        length = self.line.length
        centres = np.zeros((k, 2))
        district = np.full(k, -1)
        todo = np.arange(k)
        tree = shapely.STRtree(avoid)
        for _ in range(_MAX_PLACEMENT_ROUNDS):
            m = len(todo)
            s = rng.uniform(0.0, length, m)
            offset = rng.uniform(*lateral, m) * rng.choice([-1.0, 1.0], m)
            pts, _, normal = self._line_frame(s)
            centres[todo] = pts + offset[:, None] * normal
            points = shapely.points(centres[todo])
            inside = self._district_of(points, radius)
            near = tree.query(points, predicate="dwithin", distance=clearance + radius)[0]
            ok = inside >= 0
            ok[near] = False
            district[todo[ok]] = inside[ok]
            todo = todo[~ok]
            if not len(todo):
                return centres, district
        raise RuntimeError("could not place every point inside the scenario districts")  # pragma: no cover

    def _hazards(self, rec: dict, clusters: dict) -> dict:
        """Hazard rectangles: a CHA per record, SHAs without records, a CHA per unrecorded cluster."""
        rng = self.rng
        rec_geom = _rectangles(rec["centre"], rec["theta"], rec["hz_u0"], rec["hz_v0"],
                               rec["hz_nu"] * CELL_M, rec["hz_nv"] * CELL_M)
        # unrecorded clusters of 30-40 AP finds within 55 m of their centre, in a 150 m square CHA
        n_cl, cl_centre, cl_district = clusters["n"], clusters["centre"], clusters["district"]
        cl_size = rng.integers(30, 41, n_cl)
        cl_of = np.repeat(np.arange(n_cl), cl_size)
        r = 55.0 * np.sqrt(rng.random(len(cl_of)))
        a = rng.uniform(0, 2 * np.pi, len(cl_of))
        cl_e = cl_centre[cl_of, 0] + r * np.cos(a)
        cl_n = cl_centre[cl_of, 1] + r * np.sin(a)
        cl_nu = np.full(n_cl, 6)

        # suspected hazard areas without records: cancelled, reduced or still planned
        n_sha = self._count(15, minimum=3)
        sha_status = np.array(["cancelled", "reduced", "planned"])[np.arange(n_sha) % 3]
        sha_status = sha_status[rng.permutation(n_sha)]
        sha_nu = rng.integers(3, 13, n_sha)
        sha_nv = rng.integers(3, 9, n_sha)
        cl_geom = shapely.buffer(shapely.points(cl_centre), 110.0, quad_segs=2)
        sha_centre, sha_district = self._place_points(
            n_sha, (300.0, 3000.0), np.concatenate([rec_geom, cl_geom]), _SHA_CLEARANCE_M,
            float(np.hypot(12, 8) * CELL_M / 2))

        nu = np.concatenate([rec["hz_nu"], sha_nu, cl_nu])
        nv = np.concatenate([rec["hz_nv"], sha_nv, cl_nu])
        u0 = np.concatenate([rec["hz_u0"], -sha_nu * CELL_M / 2, -cl_nu * CELL_M / 2])
        v0 = np.concatenate([rec["hz_v0"], -sha_nv * CELL_M / 2, -cl_nu * CELL_M / 2])
        centre = np.concatenate([rec["centre"], sha_centre, cl_centre])
        theta = np.concatenate([rec["theta"], rng.uniform(0, np.pi, n_sha + n_cl)])
        geom = _rectangles(centre, theta, u0, v0, nu * CELL_M, nv * CELL_M)
        kind = np.concatenate([np.full(rec["n"], "record"), np.char.add("sha_", sha_status),
                               np.full(n_cl, "cluster")])
        record = np.concatenate([np.arange(rec["n"]), np.full(n_sha + n_cl, -1)])
        district = np.concatenate([rec["district"], sha_district, cl_district])
        return {
            "n": len(geom), "geom": geom, "kind": kind, "record": record, "district": district,
            "centre": centre, "theta": theta, "u0": u0, "v0": v0, "nu": nu, "nv": nv,
            "n_sha": n_sha, "n_cl": n_cl, "cl_of": cl_of, "cl_e": cl_e, "cl_n": cl_n,
            "team": np.array(TEAMS)[rng.integers(0, len(TEAMS), len(geom))],
        }

    # --- sectors --------------------------------------------------------------------------------

    def _sectors(self, rec: dict, hz: dict) -> dict:
        """25 m square cells covering each hazard rectangle, in its frame, with their work status."""
        rng = self.rng
        per = hz["nu"] * hz["nv"]
        h = np.repeat(np.arange(hz["n"]), per)
        first = np.concatenate([[0], np.cumsum(per)[:-1]])
        j = np.arange(len(h)) - first[h]
        col, row = j % hz["nu"][h], j // hz["nu"][h]
        cu0 = hz["u0"][h] + col * CELL_M
        cv0 = hz["v0"][h] + row * CELL_M
        cell_e, cell_n = _rectangle_coords(hz["centre"][h], hz["theta"][h], cu0, cv0, CELL_M, CELL_M)
        n = len(h)

        # where the work is: cells over the recorded or the real minefield (record hazards), all others
        work = np.ones(n, dtype=bool)
        is_rec = hz["record"][h] >= 0
        ri = hz["record"][h][is_rec]
        boxes = np.stack([cu0[is_rec], cv0[is_rec], cu0[is_rec] + CELL_M, cv0[is_rec] + CELL_M], axis=1)
        work[is_rec] = _overlaps(boxes, rec["recorded_box"][ri]) | _overlaps(boxes, rec["real_box"][ri])
        # order of work along each hazard (0 to 1); on records, along the real minefield, where the finds are
        rank = (col + 0.5) / hz["nu"][h]
        real = rec["real_box"][ri]
        rank[is_rec] = np.clip((cu0[is_rec] + CELL_M / 2 - real[:, 0]) / (real[:, 2] - real[:, 0]), 0.0, 0.999)

        # hazard plans: cleared fraction, start, duration, method, depth
        kind = hz["kind"]
        rkind = np.where(hz["record"] >= 0, rec["kind"][np.maximum(hz["record"], 0)], "")
        frac = np.zeros(hz["n"])
        frac[np.isin(rkind, ["accurate", "missing"])] = 1.0
        frac[kind == "cluster"] = 1.0
        shifted = rkind == "shifted"
        frac[shifted] = np.where(rng.random(hz["n"]) < 0.5, 1.0, rng.uniform(0.55, 0.85, hz["n"]))[shifted]
        partial = rkind == "in_progress"
        frac[partial] = rng.uniform(0.3, 0.7, hz["n"])[partial]

        day0 = np.datetime64("2021-03-01")
        start_day = day0 + rng.integers(0, (np.datetime64("2024-06-30") - day0).astype(int), hz["n"])
        duration = rng.integers(14, 121, hz["n"])
        recent = (frac > 0) & (frac < 1)
        start_day = np.where(recent, np.datetime64("2024-06-01") + rng.integers(0, 120, hz["n"]), start_day)
        duration = np.where(recent, rng.integers(14, 46, hz["n"]), duration)
        # the records whose missing mines turn up after clearance were cleared early (2021-2022)
        post_rec = self._post_clearance_records(rec)
        early = np.isin(hz["record"], post_rec) & (hz["record"] >= 0)
        start_day = np.where(early, np.datetime64("2021-04-01") + rng.integers(0, 400, hz["n"]), start_day)
        plan_day = np.datetime64("2024-01-15") + rng.integers(0, 330, hz["n"])
        method = np.array(["manual", "mechanical", "mdd"])[rng.choice(3, hz["n"], p=[0.5, 0.3, 0.2])]
        at_rec = np.unique(rec["row_rec"][rec["row_at"]])
        has_at = np.isin(hz["record"], at_rec) & (hz["record"] >= 0)
        depth = np.where(has_at, 30, np.where(method == "mechanical", 25, 13))

        f = frac[h]
        status = np.full(n, "planned", dtype="<U11")
        status[work & (rank < f)] = "cleared"
        status[work & (rank >= f) & (rank < f + 0.15) & (f > 0) & (f < 1)] = "in_progress"
        status[~work & ((rank < f) | (f >= 1))] = "reduced"
        sha = np.char.startswith(kind, "sha_")[h]
        for sha_status in ("cancelled", "reduced", "planned"):
            status[kind[h] == f"sha_{sha_status}"] = sha_status
        cell_method = method[h].copy()
        cell_method[status == "reduced"] = "ts"
        cell_method[status == "cancelled"] = "nts"
        cell_method[sha & (status == "planned")] = "ts"

        date = start_day[h] + np.floor(rank * duration[h]).astype(int)
        date = np.where(status == "in_progress", start_day[h] + np.floor(f * duration[h]).astype(int) + 1, date)
        date = np.where((status == "reduced") & (f >= 1), start_day[h] + duration[h], date)
        date = np.where(status == "planned", plan_day[h], date)
        date = np.where(sha & (status != "planned"), start_day[h], date)
        date = np.minimum(date, _LAST_DAY).astype("datetime64[D]")

        # hazard status: closed when all its land is released, worked on once work started, else open
        released = np.isin(status, ["cleared", "reduced", "cancelled"])
        started = np.isin(status, ["cleared", "reduced", "in_progress"])
        all_released = np.bincount(h, weights=released.astype(float), minlength=hz["n"]) == per
        any_started = np.bincount(h, weights=started.astype(float), minlength=hz["n"]) > 0
        hz["status"] = np.where(all_released, "closed", np.where(any_started, "worked_on", "open"))
        return {
            "n": n, "ring_e": cell_e, "ring_n": cell_n, "hazard": h, "row": row + 1, "col": col + 1, "first": first,
            "status": status, "method": cell_method, "date": date, "depth": depth[h], "team": hz["team"][h],
            "start_day": start_day, "post_rec": post_rec,
        }

    def _post_clearance_records(self, rec: dict) -> np.ndarray:
        missing = np.flatnonzero(rec["kind"] == "missing")
        return missing[: self._count(1)]

    def _cell_of(self, hz: dict, sec: dict, hazard: np.ndarray, e: np.ndarray, n: np.ndarray) -> np.ndarray:
        """Sector index of each point within its own hazard's grid, or -1 outside it."""
        de, dn = e - hz["centre"][hazard, 0], n - hz["centre"][hazard, 1]
        cos, sin = np.cos(hz["theta"][hazard]), np.sin(hz["theta"][hazard])
        col = np.floor((de * cos + dn * sin - hz["u0"][hazard]) / CELL_M).astype(np.int64)
        row = np.floor((-de * sin + dn * cos - hz["v0"][hazard]) / CELL_M).astype(np.int64)
        nu = hz["nu"][hazard]
        inside = (col >= 0) & (col < nu) & (row >= 0) & (row < hz["nv"][hazard])
        return np.where(inside, sec["first"][hazard] + row * nu + col, -1)

    # --- finds ----------------------------------------------------------------------------------

    def _gps(self, k: int):
        dist = self.rng.uniform(1.0, 3.0, k)
        angle = self.rng.uniform(0, 2 * np.pi, k)
        return dist * np.cos(angle), dist * np.sin(angle)

    def _finds(self, rec: dict, hz: dict, sec: dict) -> dict:
        rng = self.rng
        n_m = len(rec["mine_rec"])
        kind = rec["kind"][rec["mine_rec"]]
        ge, gn = self._gps(n_m)
        e, n = rec["true_e"] + ge, rec["true_n"] + gn
        cell = self._cell_of(hz, sec, rec["mine_rec"], e, n)
        in_cleared = (cell >= 0) & (sec["status"][np.maximum(cell, 0)] == "cleared")
        found = in_cleared & (kind != "unworked")
        keep_share = rng.uniform(0.5, 0.85, rec["n"])[rec["mine_rec"]]
        lost = (kind == "missing") & (rng.random(n_m) >= keep_share)
        found &= ~lost
        delay = rng.integers(0, 4, n_m)
        date = sec["date"][np.maximum(cell, 0)] - delay
        date = np.maximum(date, sec["start_day"][rec["mine_rec"]])

        # post-clearance: one missing mine of each chosen record turns up months after clearance
        post = np.zeros(n_m, dtype=bool)
        for r in sec["post_rec"]:
            candidates = np.flatnonzero(lost & (rec["mine_rec"] == r) & (cell >= 0))
            if len(candidates):
                pick = candidates[rng.integers(0, len(candidates))]
                post[pick] = True
                date[pick] = min(sec["date"][cell[pick]] + rng.integers(60, 400), _LAST_DAY)
        take = found | post

        mine_idx = np.flatnonzero(take)
        depth_mine = np.where(rec["row_at"][rec["mine_row"]], rng.integers(8, 26, n_m), rng.integers(2, 13, n_m))
        parts = {
            "e": [e[mine_idx]], "n": [n[mine_idx]], "date": [date[mine_idx]],
            "category": [np.where(rec["row_at"][rec["mine_row"][mine_idx]], "AT", "AP")],
            "model": [rec["row_model"][rec["mine_row"][mine_idx]]],
            "sector": [cell[mine_idx]], "team": [sec["team"][np.maximum(cell[mine_idx], 0)]],
            "depth": [depth_mine[mine_idx]], "mine": [mine_idx], "post": [post[mine_idx]],
            "group": [np.zeros(len(mine_idx), dtype=int)],
        }

        # unrecorded clusters: AP finds in their own cleared hazard
        k = len(hz["cl_of"])
        cl_hazard = rec["n"] + hz["n_sha"] + hz["cl_of"]
        cl_cell = self._cell_of(hz, sec, cl_hazard, hz["cl_e"], hz["cl_n"])
        cl_model = np.array(("PMN-2", "PMN-4", "OZM-72"))[rng.choice(3, k, p=[0.6, 0.25, 0.15])]
        parts["e"].append(hz["cl_e"])
        parts["n"].append(hz["cl_n"])
        parts["date"].append(np.maximum(sec["date"][cl_cell] - rng.integers(0, 4, k), sec["start_day"][cl_hazard]))
        parts["category"].append(np.full(k, "AP"))
        parts["model"].append(cl_model)
        parts["sector"].append(cl_cell)
        parts["team"].append(sec["team"][cl_cell])
        parts["depth"].append(rng.integers(2, 13, k))
        parts["mine"].append(np.full(k, -1))
        parts["post"].append(np.zeros(k, dtype=bool))
        parts["group"].append(np.ones(k, dtype=int))

        # scattered UXO, AXO, submunitions from call-outs, outside every hazard
        k = self._count(350)
        pts, _ = self._place_points(k, (0.0, 5000.0), hz["geom"], _SCATTERED_CLEARANCE_M)
        cats = np.array(("UXO", "AXO", "SUBMUNITION"))[rng.choice(3, k, p=[0.8, 0.11, 0.09])]
        model = np.empty(k, dtype="<U40")
        for cat, models in SCATTERED_MODELS.items():
            sel = cats == cat
            model[sel] = np.array(models)[rng.integers(0, len(models), int(sel.sum()))]
        day0 = np.datetime64("2021-01-01")
        parts["e"].append(pts[:, 0])
        parts["n"].append(pts[:, 1])
        parts["date"].append(day0 + rng.integers(0, (_LAST_DAY - day0).astype(int) + 1, k))
        parts["category"].append(cats)
        parts["model"].append(model)
        parts["sector"].append(np.full(k, -1))
        parts["team"].append(np.array(EOD_TEAMS)[rng.integers(0, len(EOD_TEAMS), k)])
        parts["depth"].append(rng.integers(0, 41, k))
        parts["mine"].append(np.full(k, -1))
        parts["post"].append(np.zeros(k, dtype=bool))
        parts["group"].append(np.full(k, 2))

        out = {key: np.concatenate(value) for key, value in parts.items()}
        out["date"] = out["date"].astype("datetime64[D]")
        order = np.lexsort((np.arange(len(out["e"])), out["date"]))  # ids follow the date of the find
        out = {key: value[order] for key, value in out.items()}
        out["n_total"] = len(order)
        return out

    # --- layers ---------------------------------------------------------------------------------

    def _records_layer(self, rec: dict):
        rng = self.rng
        n = rec["n"]
        district = self.district_names[rec["district"]]
        record_id = rec["record_id"]
        mine_at = rec["row_at"][rec["mine_row"]]
        at = np.bincount(rec["mine_rec"], weights=mine_at.astype(float), minlength=n).astype(np.int64)
        ap = np.bincount(rec["mine_rec"], minlength=n).astype(np.int64) - at
        day0 = np.datetime64("1993-01-01")
        early = rng.random(n) < 0.6
        laid = np.where(early, day0 + rng.integers(0, 730, n),
                        np.datetime64("1995-01-01") + rng.integers(0, 9497, n)).astype("datetime64[D]")
        reliability = np.array(("high", "low", "unknown"))[rng.choice(3, n, p=[0.45, 0.35, 0.2])]
        sheet = rng.integers(1, 400, n)
        record_type = np.where(rec["scattered"], "scattered", "row")
        refs = self._reference_points(rec)
        raws = self._raw_texts(rec, refs, record_id, laid)
        row_models = rec["row_model"].tolist()
        first, per = rec["row_first"].tolist(), rec["rows_per"].tolist()
        models = [", ".join(sorted(set(row_models[f:f + k]))) for f, k in zip(first, per)]
        sources = [f"{_HANDOVER.get(d, _HANDOVER_OTHER)}, sheet {k}" for d, k in zip(district.tolist(), sheet.tolist())]
        columns = {
            "record_id": record_id,
            "source": np.array(sources),
            "district": district,
            "laid_date": laid,
            "record_type": record_type,
            "recorded_ap": ap,
            "recorded_at": at,
            "mine_models": np.array(models),
            "reliability": reliability,
            "raw": np.array(raws),
            "notes": np.full(n, None, dtype=object),
        }
        rec["row_raw"] = self._row_texts(rec)
        return columns, self._geo_polygons(rec["recorded_e"], rec["recorded_n"])

    def _reference_points(self, rec: dict) -> dict:
        """Reference point A of each record: a landmark 80-300 m from the first row's start."""
        rng = self.rng
        n = rec["n"]
        first = rec["row_first"]
        se, sn = self._frame(rec, np.arange(n), rec["row_u0"][first], rec["row_v"][first])
        dist = rng.uniform(80.0, 300.0, n)
        bearing = rng.uniform(0.0, 360.0, n)  # from A to the first row's start, grid north
        ae = se - dist * np.sin(np.radians(bearing))
        an = sn - dist * np.cos(np.radians(bearing))
        lon, lat = self.to_geo.transform(ae, an)
        near = [""] * n
        if self.places:
            names = list(self.places)
            pe, pn = self.to_utm.transform(*np.array([self.places[k] for k in names]).T)
            tree = shapely.STRtree(shapely.points(pe, pn))
            src, hit = tree.query_nearest(shapely.points(ae, an), all_matches=False)
            for i, p in zip(src.tolist(), hit.tolist()):
                de, dn = ae[i] - pe[p], an[i] - pn[p]
                km = math.hypot(de, dn) / 1000.0
                near[i] = f", {km:.1f} km {_compass(math.degrees(math.atan2(de, dn)))} of {names[p]}"
        return {"e": ae, "n": an, "lon": lon, "lat": lat, "near": near}

    def _raw_texts(self, rec: dict, refs: dict, record_id: np.ndarray, laid: np.ndarray) -> list[str]:
        """Each record as written on paper: reference point, perimeter traverse, rows (mils 6000, grid)."""
        n = rec["n"]
        ae, an = refs["e"], refs["n"]
        pe = np.concatenate([ae[:, None], rec["recorded_e"][:, :4]], axis=1)
        pn = np.concatenate([an[:, None], rec["recorded_n"][:, :4]], axis=1)
        leg_mils = _mils_text(np.diff(pe, axis=1), np.diff(pn, axis=1)).tolist()
        leg_m = np.rint(np.hypot(np.diff(pe, axis=1), np.diff(pn, axis=1))).astype(int).tolist()
        rr = rec["row_rec"]
        se, sn = self._frame(rec, rr, rec["row_u0"], rec["row_v"])
        row_mils = _mils_text(se - ae[rr], sn - an[rr]).tolist()
        row_m = np.rint(np.hypot(se - ae[rr], sn - an[rr])).astype(int).tolist()
        direction = _mils_text(np.cos(rec["theta"]), np.sin(rec["theta"])).tolist()
        scattered = rec["scattered"].tolist()
        row_lines = []
        for r, (i, no, count, model, spacing, length) in enumerate(zip(
                rr.tolist(), rec["row_no"].tolist(), rec["row_count"].tolist(), rec["row_model"].tolist(),
                rec["row_spacing"].tolist(), rec["row_len"].tolist())):
            what = f"{count} x {model} scattered within the perimeter" if scattered[i] else (
                f"{count} x {model}, {spacing:.0f} m apart")
            row_lines.append(f"Row {no + 1}: start from A az {row_mils[r]} {row_m[r]} m, direction az {direction[i]}, "
                             f"length {length:.0f} m, {what}.")
        first = rec["row_first"].tolist()
        per = rec["rows_per"].tolist()
        lat, lon, near = refs["lat"].tolist(), refs["lon"].tolist(), refs["near"]
        ids, dates = record_id.tolist(), [str(d) for d in laid]
        texts = []
        for i in range(n):
            lines = [
                f"Record {ids[i]}, {'scattered' if scattered[i] else 'row'} minefield, laid {dates[i]}. "
                "Bearings in mils (6000), grid north.",
                f"Ref. point A: {_dms(lat[i], 'N', 'S')} {_dms(lon[i], 'E', 'W')}{near[i]}.",
            ]
            lines += [f"TP{k + 1}: from {'A' if k == 0 else f'TP{k}'} az {leg_mils[i][k]} {leg_m[i][k]} m."
                      for k in range(4)]
            lines += row_lines[first[i]:first[i] + per[i]]
            texts.append("\n".join(lines))
        return texts

    def _row_texts(self, rec: dict) -> np.ndarray:
        return np.array([
            f"Row {int(no) + 1}: {int(c)} x {m}" + (f", {sp:.0f} m apart" if not sc else ", scattered")
            for no, c, m, sp, sc in zip(rec["row_no"].tolist(), rec["row_count"].tolist(), rec["row_model"].tolist(),
                                        rec["row_spacing"].tolist(), rec["scattered"][rec["row_rec"]].tolist())
        ])

    def _mines_layer(self, rec: dict):
        row = rec["mine_row"]
        mine_no = _concat(_zfill(rec["row_no"][row] + 1, 1), "-", _zfill(rec["mine_k"] + 1, 2))
        columns = {
            "record_id": rec["record_id"][rec["mine_rec"]],
            "mine_no": mine_no,
            "category": np.where(rec["row_at"][row], "AT", "AP"),
            "model": rec["row_model"][row].astype(str),
            "raw": rec["row_raw"][row],
        }
        lon, lat = self.to_geo.transform(rec["mine_e"], rec["mine_n"])
        return columns, shapely.points(lon, lat)

    def _hazards_layer(self, rec: dict, hz: dict):
        ids = hz["id"]
        classification = np.where(np.char.startswith(hz["kind"], "sha_"), "SHA", "CHA")
        record_id = np.full(hz["n"], None, dtype=object)
        is_rec = hz["record"] >= 0
        record_id[is_rec] = rec["record_id"][hz["record"][is_rec]]
        columns = {
            "hazard_id": ids,
            "classification": classification,
            "status": hz["status"],
            "record_id": record_id,
            "district": self.district_names[hz["district"]],
        }
        return columns, self._geo_polygons(*_rectangle_coords(
            hz["centre"], hz["theta"], hz["u0"], hz["v0"], hz["nu"] * CELL_M, hz["nv"] * CELL_M))

    def _sectors_layer(self, hz: dict, sec: dict):
        updated = sec["date"].astype("datetime64[s]") + np.timedelta64(17 * 3600 + 30 * 60, "s")
        columns = {
            "sector_id": sec["id"],
            "parent_id": hz["id"][sec["hazard"]],
            "status": sec["status"].astype(str),
            "method": sec["method"].astype(str),
            "team": sec["team"].astype(str),
            "status_date": sec["date"],
            "depth_cm": sec["depth"].astype(np.int64),
            "version": np.ones(sec["n"], dtype=np.int64),
            "updated_by": np.full(sec["n"], UPDATED_BY),
            "updated_at": updated,
        }
        return columns, self._geo_polygons(sec["ring_e"], sec["ring_n"])

    def _finds_layer(self, sec: dict, finds: dict):
        n = finds["n_total"]
        sector_id = np.full(n, None, dtype=object)
        has = finds["sector"] >= 0
        sector_id[has] = sec["id"][finds["sector"][has]]
        columns = {
            "find_id": finds["id"],
            "found_date": finds["date"],
            "category": finds["category"].astype(str),
            "model": finds["model"].astype(str),
            "quantity": np.ones(n, dtype=np.int64),
            "sector_id": sector_id,
            "team": finds["team"].astype(str),
            "depth_cm": finds["depth"].astype(np.int64),
        }
        lon, lat = self.to_geo.transform(finds["e"], finds["n"])
        return columns, shapely.points(lon, lat)

    def _truth(self, rec: dict, hz: dict, sec: dict, finds: dict) -> Truth:
        rid = rec["record_id"].tolist()
        recorded = np.bincount(rec["mine_rec"], minlength=rec["n"])
        mine = finds["mine"]
        found = np.bincount(rec["mine_rec"][mine[mine >= 0]], minlength=rec["n"])
        transforms = {}
        for i in np.flatnonzero(rec["kind"] == "shifted").tolist():
            transforms[rid[i]] = {
                "dx_m": float(rec["dx"][i]), "dy_m": float(rec["dy"][i]),
                "rotation_deg": float(rec["rotation"][i]),
                "centre_e": float(rec["centre"][i, 0]), "centre_n": float(rec["centre"][i, 1]),
            }
        post = []
        for k in np.flatnonzero(finds["post"]).tolist():
            cell = finds["sector"][k]
            post.append({
                "find_id": str(finds["id"][k]), "sector_id": str(sec["id"][cell]),
                "record_id": rid[rec["mine_rec"][mine[k]]],
                "cleared": str(sec["date"][cell]), "found": str(finds["date"][k]),
            })
        hazard_kind = dict(zip(hz["id"].tolist(), hz["kind"].tolist()))
        return Truth(
            seed=self.seed, scale=self.scale,
            record_kind=dict(zip(rid, rec["kind"].tolist())),
            transforms=transforms,
            counts={r: (int(a), int(b)) for r, a, b in zip(rid, recorded.tolist(), found.tolist())},
            find_mine=mine.copy(),
            unrecorded_finds=finds["id"][finds["group"] == 1].tolist(),
            scattered_finds=finds["id"][finds["group"] == 2].tolist(),
            post_clearance=post,
            hazard_kind=hazard_kind,
        )


# --- vectorised geometry and text ---


def _frame_to_utm(centre: np.ndarray, theta: np.ndarray, u: np.ndarray, v: np.ndarray):
    """Points (u, v) of frames centred on ``centre`` and turned by ``theta`` (radians) -> UTM."""
    cos, sin = np.cos(theta), np.sin(theta)
    return centre[..., 0] + u * cos - v * sin, centre[..., 1] + u * sin + v * cos


def _rectangle_coords(centre, theta, u0, v0, width, height):
    """UTM rings (e, n), one row each, of the frame rectangles [u0, u0 + width] x [v0, v0 + height]."""
    u0, v0 = np.asarray(u0, dtype=float), np.asarray(v0, dtype=float)
    width = np.broadcast_to(width, u0.shape)
    height = np.broadcast_to(height, v0.shape)
    u = np.stack([u0, u0 + width, u0 + width, u0, u0], axis=1)
    v = np.stack([v0, v0, v0 + height, v0 + height, v0], axis=1)
    return _frame_to_utm(np.asarray(centre)[:, None, :], np.asarray(theta)[:, None], u, v)


def _rectangles(centre, theta, u0, v0, width, height) -> np.ndarray:
    """Polygons of the frame rectangles [u0, u0 + width] x [v0, v0 + height] in UTM."""
    e, n = _rectangle_coords(centre, theta, u0, v0, width, height)
    return shapely.polygons(np.stack([e, n], axis=2))


def _overlaps(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Whether boxes (umin, vmin, umax, vmax) overlap with a positive area, row by row."""
    return (a[:, 0] < b[:, 2]) & (b[:, 0] < a[:, 2]) & (a[:, 1] < b[:, 3]) & (b[:, 1] < a[:, 3])


# --- vectorised text ------------------------------------------------------------------------------


def _zfill(values: np.ndarray, width: int) -> np.ndarray:
    """Non-negative integers as zero-padded strings of at least ``width`` digits (numpy, no loop)."""
    values = np.asarray(values, dtype=np.int64)
    width = max(width, len(str(int(values.max()))) if values.size else width)
    powers = 10 ** np.arange(width - 1, -1, -1, dtype=np.int64)
    digits = (values[:, None] // powers) % 10 + ord("0")
    return np.ascontiguousarray(digits.astype(np.uint32)).view(f"<U{width}").ravel()


def _concat(*parts) -> np.ndarray:
    """Join fixed-width string arrays and str constants element-wise (numpy, no loop)."""
    n = next(len(p) for p in parts if not isinstance(p, str))
    blocks = []
    for part in parts:
        if isinstance(part, str):
            block = np.frombuffer(part.encode("utf-32-le"), dtype=np.uint32)[None, :].repeat(n, axis=0)
        else:
            arr = np.ascontiguousarray(np.asarray(part).astype(str))
            block = arr.view(np.uint32).reshape(n, arr.dtype.itemsize // 4)
            if n and block.shape[1] and (block[:, -1] == 0).any():
                raise ValueError("only strings of one width can be joined")
        blocks.append(block)
    joined = np.ascontiguousarray(np.concatenate(blocks, axis=1))
    return joined.view(f"<U{joined.shape[1]}").ravel()


def _dms(value: float, positive: str, negative: str) -> str:
    hemisphere = positive if value >= 0 else negative
    value = abs(value)
    deg = int(value)
    minutes_full = (value - deg) * 60
    minutes = int(minutes_full)
    seconds = round((minutes_full - minutes) * 60, 1)
    if seconds >= 60.0:
        seconds -= 60.0
        minutes += 1
    if minutes >= 60:
        minutes -= 60
        deg += 1
    return f"{deg:02d}°{minutes:02d}'{seconds:04.1f}\"{hemisphere}"


def _mils_text(de: np.ndarray, dn: np.ndarray) -> np.ndarray:
    """Grid bearings of (de, dn) in Soviet mils (6000 a circle), written '12-50'."""
    mils = np.rint(np.degrees(np.arctan2(de, dn)) % 360.0 / 360.0 * 6000).astype(np.int64) % 6000
    return np.char.add(np.char.add((mils // 100).astype(str), "-"), _zfill((mils % 100).ravel(), 2).reshape(mils.shape))


def _compass(deg: float) -> str:
    names = ("N", "NE", "E", "SE", "S", "SW", "W", "NW")
    return names[int(((deg % 360) + 22.5) // 45) % 8]
