"""Land release progress: hectares and percent cleared, reduced, cancelled and remaining.

Sector areas are geodesic (WGS 84): the sectors are projected to a Lambert azimuthal equal-area
projection centred on them, which keeps every area exact whatever the extent (a country included),
then measured in one vectorised call. Progress is summed per parent (record or hazard) and per
district from the sectors' statuses; a sector whose status is empty or unknown counts as remaining.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

import numpy as np
import shapely

from .categories import RELEASED_STATUSES
from .proj import Transformer

#: The district of a parent that is in no district (or not found).
UNASSIGNED = "unassigned"
_M2_PER_HA = 10_000.0


def geodesic_areas_m2(geometries: Sequence) -> np.ndarray:
    """The ellipsoidal (WGS 84) areas in m² of polygons given in EPSG:4326 (longitude, latitude)."""
    geoms = np.asarray(geometries, dtype=object)
    areas = np.zeros(len(geoms))
    present = ~shapely.is_missing(geoms)
    present[present] &= ~shapely.is_empty(geoms[present])
    if not present.any():
        return areas
    minx, miny, maxx, maxy = shapely.total_bounds(geoms[present])
    lon0, lat0 = (minx + maxx) / 2.0, (miny + maxy) / 2.0
    laea = Transformer.from_crs(
        "EPSG:4326", f"+proj=laea +lat_0={lat0} +lon_0={lon0} +datum=WGS84 +units=m +no_defs", always_xy=True
    )

    def _apply(coords: np.ndarray) -> np.ndarray:
        x, y = laea.transform(coords[:, 0], coords[:, 1])
        return np.column_stack([x, y])

    areas[present] = shapely.area(shapely.transform(geoms[present], _apply))
    return areas


@dataclass(frozen=True)
class Progress:
    """Land release of one parent or one district, in hectares."""

    key: str
    district: str
    sectors: int
    total_ha: float
    cleared_ha: float
    reduced_ha: float
    cancelled_ha: float

    @property
    def remaining_ha(self) -> float:
        return max(self.total_ha - self.cleared_ha - self.reduced_ha - self.cancelled_ha, 0.0)

    def percent(self, hectares: float) -> float:
        """``hectares`` as a percentage of the total (0 when the total is 0)."""
        return 100.0 * hectares / self.total_ha if self.total_ha > 0 else 0.0

    @property
    def cleared_pct(self) -> float:
        return self.percent(self.cleared_ha)

    @property
    def reduced_pct(self) -> float:
        return self.percent(self.reduced_ha)

    @property
    def cancelled_pct(self) -> float:
        return self.percent(self.cancelled_ha)

    @property
    def remaining_pct(self) -> float:
        return self.percent(self.remaining_ha)


def progress_by(
    keys: Sequence[str], statuses: Sequence[str | None], areas_m2: Sequence[float], districts: Sequence[str]
) -> list[Progress]:
    """Hectares per distinct key (sorted), with the key's district (the first one seen)."""
    keys_arr = np.asarray([UNASSIGNED if k is None or k == "" else str(k) for k in keys], dtype=object)
    if len(keys_arr) == 0:
        return []
    status_arr = np.asarray([s if s in RELEASED_STATUSES else "" for s in statuses], dtype=object)
    areas = np.asarray(areas_m2, dtype=float) / _M2_PER_HA
    unique, inverse, first = _unique(keys_arr)
    n = len(unique)
    total = np.bincount(inverse, weights=areas, minlength=n)
    count = np.bincount(inverse, minlength=n)
    released = {
        s: np.bincount(inverse, weights=np.where(status_arr == s, areas, 0.0), minlength=n) for s in RELEASED_STATUSES
    }
    district_arr = list(districts)
    return [
        Progress(
            key=str(unique[i]), district=str(district_arr[first[i]]), sectors=int(count[i]),
            total_ha=float(total[i]), cleared_ha=float(released["cleared"][i]),
            reduced_ha=float(released["reduced"][i]), cancelled_ha=float(released["cancelled"][i]),
        )
        for i in range(n)
    ]


def summarize(
    parent_ids: Sequence[str | None],
    statuses: Sequence[str | None],
    areas_m2: Sequence[float],
    district_of: Mapping[str, str | None],
) -> tuple[list[Progress], list[Progress]]:
    """(progress per parent, progress per district) of sectors with these parents and statuses."""
    parents = [UNASSIGNED if p is None or p == "" else str(p) for p in parent_ids]
    districts = [_district(district_of.get(p)) for p in parents]
    per_parent = progress_by(parents, statuses, areas_m2, districts)
    per_district = progress_by(districts, statuses, areas_m2, districts)
    return per_parent, per_district


def total(rows: Iterable[Progress], key: str = "total") -> Progress:
    """The sum of several rows (e.g. every district) as one row."""
    rows = list(rows)
    return Progress(
        key=key, district="", sectors=sum(r.sectors for r in rows), total_ha=sum(r.total_ha for r in rows),
        cleared_ha=sum(r.cleared_ha for r in rows), reduced_ha=sum(r.reduced_ha for r in rows),
        cancelled_ha=sum(r.cancelled_ha for r in rows),
    )


def _district(value: str | None) -> str:
    if value is None:
        return UNASSIGNED
    text = str(value).strip()
    return text or UNASSIGNED


def _unique(values: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    as_str = values.astype(str)
    unique, first, inverse = np.unique(as_str, return_index=True, return_inverse=True)
    return unique, inverse, first
