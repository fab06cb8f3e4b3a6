"""2D WKB of polygons given new coordinates, without making the geometries first.

Writing the bytes of many small polygons from one coordinate array costs a fraction of building
them with shapely.set_coordinates and then shapely.to_wkb; the bytes are the same (little-endian
WKB, as shapely.to_wkb(output_dimension=2) writes on the machines QGIS runs on).
"""

from __future__ import annotations

import numpy as np
import shapely

_HEADER = np.dtype([("order", "u1"), ("type", "<u4"), ("rings", "<u4"), ("points", "<u4")])  # 13 bytes


def polygons_wkb(polygons: np.ndarray, coords: np.ndarray, index: np.ndarray) -> list[bytes]:
    """The WKB of each polygon with its coordinates replaced by ``coords`` (in the order and with
    the ``index`` of shapely.get_coordinates(polygons, return_index=True))."""
    out: list = [None] * len(polygons)
    holed = shapely.get_num_interior_rings(polygons) > 0
    plain = np.flatnonzero(~holed)
    for k, blob in zip(plain.tolist(), _single_ring_wkb(coords[~holed[index]], np.bincount(index, minlength=len(
            polygons))[plain])):
        out[k] = blob
    if holed.any():  # rare (a merged piece round a hole): through shapely
        rebuilt = shapely.set_coordinates(polygons[holed].copy(), coords[holed[index]])
        for k, blob in zip(np.flatnonzero(holed).tolist(), shapely.to_wkb(rebuilt, output_dimension=2).tolist()):
            out[k] = blob
    return out


def _single_ring_wkb(coords: np.ndarray, counts: np.ndarray) -> list[bytes]:
    """WKB of polygons without holes, from their rings' coordinates one after another."""
    if len(counts) == 0:
        return []
    header = np.zeros(len(counts), dtype=_HEADER)
    header["order"], header["type"], header["rings"], header["points"] = 1, 3, 1, counts
    size = _HEADER.itemsize + 16 * counts
    end = np.cumsum(size)
    start = end - size
    buf = np.empty(int(end[-1]), dtype=np.uint8)
    in_header = np.zeros(len(buf), dtype=bool)
    in_header[(start[:, None] + np.arange(_HEADER.itemsize)).ravel()] = True
    buf[in_header] = header.view(np.uint8)
    buf[~in_header] = np.ascontiguousarray(coords, dtype="<f8").view(np.uint8).ravel()
    data = buf.tobytes()
    return [data[a:b] for a, b in zip(start.tolist(), end.tolist())]
