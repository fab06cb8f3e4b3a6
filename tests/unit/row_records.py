"""Periodic row minefields cleared from one side, written for the registration tests (not the
product's scenario generator: its own rows, shifts, turns and clearance).

A record is laid as rows of mines (4 to 8 m apart along a row, rows 15 to 30 m apart, in any
direction); the mines really lie where the record's layout lies after a turn (up to 6 degrees)
about its pivot and a shift (10 to 60 m). Clearance has advanced from the southern side over 35 to
70 % of the real field, sector by sector (25 m squares over the hazard area surveyed around the
record), and every real mine in cleared ground was found (within 0.5 m). Records
lie 5 km apart, in UTM 38N around Azerbaijan. Controls are records plotted where they are; a
"few" record has had only its southern edge cleared.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import shapely
from pyproj import Transformer

from clearground.core.discrepancy import Finds, RecordedMines, Records, Sectors

_TO_LONLAT = Transformer.from_crs("EPSG:32638", "EPSG:4326", always_xy=True)
ORIGIN = (400_000.0, 4_400_000.0)


@dataclass
class Truth:
    """What each record really is: its kind, its shift and turn, and the real place of every mine."""

    kind: str  # "rows", "control" or "few"
    shift: tuple[float, float]
    turn_deg: float
    recorded_xy: np.ndarray  # metres, UTM 38N
    true_xy: np.ndarray
    cleared: np.ndarray  # per mine: its real place is in cleared ground
    row_gap: float
    spacing: float


@dataclass
class RowScenario:
    records: Records
    mines: RecordedMines
    finds: Finds
    sectors: Sectors
    truth: dict[str, Truth] = field(default_factory=dict)


def _lonlat(xy: np.ndarray) -> np.ndarray:
    lon, lat = _TO_LONLAT.transform(xy[:, 0], xy[:, 1])
    return np.column_stack([lon, lat])


def _layout(rng, centre) -> tuple[np.ndarray, float, float]:
    rows, per_row = int(rng.integers(3, 7)), int(rng.integers(8, 16))
    gap, spacing = float(rng.uniform(15, 30)), float(rng.uniform(4, 8))
    heading = math.radians(float(rng.uniform(0, 180)))
    along = np.array([math.cos(heading), math.sin(heading)])
    across = np.array([-along[1], along[0]])
    i, j = np.meshgrid(np.arange(rows), np.arange(per_row), indexing="ij")
    offsets = (j.ravel() - (per_row - 1) / 2)[:, None] * spacing * along + \
        (i.ravel() - (rows - 1) / 2)[:, None] * gap * across
    # rows are laid by pacing: each mine within 0.3 m of its place in the lattice
    return np.asarray(centre) + offsets + rng.normal(0, 0.3, offsets.shape), gap, spacing


def _turn(xy: np.ndarray, pivot: np.ndarray, degrees: float, shift) -> np.ndarray:
    a = -math.radians(degrees)  # clockwise, like a bearing
    c, s = math.cos(a), math.sin(a)
    d = xy - pivot
    return pivot + np.column_stack([c * d[:, 0] - s * d[:, 1], s * d[:, 0] + c * d[:, 1]]) + np.asarray(shift)


def row_scenario(seed: int = 21, rows: int = 100, controls: int = 10, few: int = 10) -> RowScenario:
    rng = np.random.default_rng(seed)
    kinds = ["rows"] * rows + ["control"] * controls + ["few"] * few
    rec_ids, rec_geoms, m_rec, m_xy, m_no = [], [], [], [], []
    f_xy, sec_ids, sec_geoms, sec_status, sec_parent = [], [], [], [], []
    truth: dict[str, Truth] = {}
    for k, kind in enumerate(kinds):
        rid = f"ROW-{k:03d}"
        centre = (ORIGIN[0] + 5000.0 * (k % 12), ORIGIN[1] + 5000.0 * (k // 12))
        recorded, gap, spacing = _layout(rng, centre)
        pivot = recorded.mean(axis=0)
        if kind == "control":
            turn, shift = 0.0, (0.0, 0.0)
        else:
            turn = float(rng.uniform(-6, 6))
            length, direction = float(rng.uniform(10, 60)), float(rng.uniform(0, 2 * math.pi))
            shift = (length * math.sin(direction), length * math.cos(direction))
        true = _turn(recorded, pivot, turn, shift)
        south, north = true[:, 1].min(), true[:, 1].max()
        if kind == "few":  # a sector's worth of its southern edge cleared: a few mines at most
            cut = true[:, 1].min() + 12.0
        else:
            cut = south + float(rng.uniform(0.35, 0.7)) * (north - south)
        cleared = np.zeros(len(true), dtype=bool)
        # the hazard area surveyed around the record (wide enough to hold the real field), in 25 m
        # sectors; those south of the cut are cleared (a sector is cleared whole)
        area = shapely.buffer(shapely.convex_hull(shapely.multipoints(np.vstack([recorded, true]))),
                              float(rng.uniform(15, 30)))
        minx, miny, maxx, maxy = area.bounds
        perimeter = shapely.buffer(shapely.convex_hull(shapely.multipoints(recorded)), 10.0)
        rec_ids.append(rid)
        rec_geoms.append(shapely.Polygon(_lonlat(np.asarray(perimeter.exterior.coords))))
        m_rec += [rid] * len(recorded)
        m_xy.append(recorded)
        m_no += [str(n + 1) for n in range(len(recorded))]
        cell = 25.0
        for row in range(int((maxy - miny) // cell) + 1):
            for col in range(int((maxx - minx) // cell) + 1):
                square = shapely.box(minx + col * cell, miny + row * cell, minx + (col + 1) * cell,
                                     miny + (row + 1) * cell)
                piece = shapely.intersection(square, area)
                if shapely.is_empty(piece) or piece.area < 1.0:
                    continue
                done = miny + (row + 1) * cell <= cut
                sec_ids.append(f"{rid}-{row}-{col}")
                sec_geoms.append(shapely.transform(piece, _lonlat))
                sec_status.append("cleared" if done else "planned")
                sec_parent.append(rid)
                if done:
                    cleared |= shapely.contains_xy(piece, true[:, 0], true[:, 1])
        f_xy.append(true[cleared] + rng.normal(0, 0.5, (int(cleared.sum()), 2)))
        truth[rid] = Truth(kind, shift, turn, recorded, true, cleared, gap, spacing)
    mines_ll = _lonlat(np.concatenate(m_xy))
    finds_ll = _lonlat(np.concatenate(f_xy))
    n_finds = len(finds_ll)
    return RowScenario(
        Records(rec_ids, rec_geoms),
        RecordedMines(m_rec, mines_ll[:, 0], mines_ll[:, 1], ["AP"] * len(mines_ll), ["PMN-2"] * len(mines_ll),
                      m_no),
        Finds([f"F{n}" for n in range(n_finds)], finds_ll[:, 0], finds_ll[:, 1], ["AP"] * n_finds,
              ["PMN-2"] * n_finds, [1] * n_finds, ["2024-05-01"] * n_finds),
        Sectors(sec_ids, sec_geoms, sec_status, ["2024-06-01"] * len(sec_ids), sec_parent),
        truth,
    )
