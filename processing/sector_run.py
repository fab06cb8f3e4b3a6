"""Rows of polygons to sector features, a chunk of rows at a time (for clearground:generatesectors).

Each chunk is cut in one vectorised batch (core.sectors.generate_sectors_batch) on a worker thread
while the main thread reads the next rows and turns the previous chunk into features, so that the
GEOS work (which releases the GIL) and the QGIS work overlap. Everything the user sees (the log,
the row order, the duplicate ids, the progress) is decided on the caller's thread, row by row, as
when each row is cut alone.
"""

from __future__ import annotations

import os
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Iterable, Iterator

import numpy as np
import shapely
from qgis.core import QgsFeature, QgsFields, QgsGeometry, QgsVectorLayer

from ..core.sectors import SectorBatch, generate_sectors_batch
from ..core.text import tr
from ..workspace.arrays import read_layer

#: Rows cut together in one batch, at most (progress and cancellation are checked between batches).
BATCH_ROWS = 1000
#: ... and about this many grid cells at most, so that large polygons come in smaller batches.
BATCH_CELLS = 250_000
#: Chunks cut at the same time, each on a worker thread of its own (GEOS and numpy release the GIL:
#: two threads cut 10,000 records in 3.5 s instead of 4.7 s on two cores).
CUT_THREADS = min(2, os.cpu_count() or 1)
_METRES_PER_DEGREE = 111_320.0


@dataclass(frozen=True)
class Row:
    """One input row: its number (from 1), parent id, 2D geometry in EPSG:4326 (WKB or shapely) and
    why it cannot be used."""

    number: int
    parent: str
    geometry: bytes | shapely.Geometry | None
    problem: str | None
    cells: float  # about how many grid cells it needs


def row(number: int, parent, geometry: QgsGeometry | None, problem: str | None, cell_size: float) -> Row:
    """A Row from a feature's id value and its geometry (already 2D and in EPSG:4326)."""
    if geometry is None:
        return Row(number, _parent(parent), None, problem, 0.0)
    box = geometry.boundingBox()
    cells = _cells(box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum(), cell_size)
    return Row(number, _parent(parent), bytes(geometry.asWkb()), problem, cells)


def arrow_rows(layer: QgsVectorLayer, id_field: str, cell_size: float) -> Iterator[Row]:
    """The rows of a whole OGR layer in EPSG:4326 whose id field is text, read in bulk through GDAL's
    Arrow stream (workspace.arrays): as ``row`` makes them from its features, one by one. (Reading
    takes a fraction of the run: it reports no progress of its own.)"""
    arrays = read_layer(layer, [id_field], layer.crs())
    geoms = shapely.force_2d(arrays.geoms)
    present = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    bounds = shapely.bounds(geoms)
    cells = _cells(bounds[:, 0], bounds[:, 1], bounds[:, 2], bounds[:, 3], cell_size)
    no_geometry = tr("it has no geometry")
    for k, (parent, geom, ok, n) in enumerate(zip(arrays.attrs[id_field].tolist(), geoms.tolist(),
                                                  present.tolist(), cells.tolist())):
        yield Row(k + 1, _parent(parent), geom if ok else None, None if ok else no_geometry, n if ok else 0.0)


def _parent(value) -> str:
    return "" if value is None or str(value) == "NULL" else str(value).strip()


def _cells(xmin, ymin, xmax, ymax, cell_size: float):
    """About how many cells of ``cell_size`` metres a longitude/latitude box holds."""
    scale = _METRES_PER_DEGREE / cell_size
    width = np.abs((xmax - xmin) * scale * np.cos(np.radians(ymin)))
    return (1.0 + width) * (1.0 + (ymax - ymin) * scale)


def chunks(rows: Iterable[Row]) -> Iterator[list[Row]]:
    """Consecutive lists of at most BATCH_ROWS rows and about BATCH_CELLS cells."""
    chunk: list[Row] = []
    cells = 0.0
    for item in rows:
        chunk.append(item)
        cells += item.cells
        if len(chunk) >= BATCH_ROWS or cells >= BATCH_CELLS:
            yield chunk
            chunk, cells = [], 0.0
    if chunk:
        yield chunk


@dataclass(frozen=True)
class _Cut:
    """A chunk and what its usable rows gave: their index in the chunk, geometries and sectors."""

    chunk: list[Row]
    todo: dict[int, int]  # chunk index -> batch index
    geoms: np.ndarray
    batch: SectorBatch


class SectorRun:
    """Rows to sector features: what was written, merged and skipped, and the parent ids seen."""

    def __init__(self, feedback, id_field: str, total: int, options: tuple, fields: QgsFields):
        self.feedback, self.id_field, self.total = feedback, id_field, max(total, 1)
        self.options = options  # (cell size, orientation, smallest piece as a fraction of a cell)
        self.fields = fields
        self.seen: set[str] = set()
        self.written = self.skipped = self.merged = 0

    def features(self, rows: Iterable[Row]) -> Iterator[list[QgsFeature]]:
        """The sector features, one list per chunk of rows, in row order."""
        with ThreadPoolExecutor(max_workers=CUT_THREADS, thread_name_prefix="clearground-sectors") as pool:
            pending: deque[Future] = deque()
            for chunk in chunks(rows):
                pending.append(pool.submit(self._cut, chunk))
                if len(pending) > CUT_THREADS:
                    yield self._write(pending.popleft().result())
            while pending:
                yield self._write(pending.popleft().result())

    def _cut(self, chunk: list[Row]) -> _Cut:
        """Cut the chunk's usable rows (worker thread: no QGIS calls)."""
        todo = [k for k, r in enumerate(chunk) if r.problem is None and r.parent and r.parent not in self.seen]
        geoms = np.empty(len(todo), dtype=object)
        geoms[:] = [chunk[k].geometry for k in todo]
        wkb = np.flatnonzero([isinstance(g, bytes) for g in geoms])
        geoms[wkb] = shapely.from_wkb(geoms[wkb])
        batch = generate_sectors_batch(geoms, [chunk[k].parent for k in todo], *self.options)
        return _Cut(chunk, {k: i for i, k in enumerate(todo)}, geoms, batch)

    def _write(self, cut: _Cut) -> list[QgsFeature]:
        """Log each row's problems, in order, and make the features of the rows that have sectors
        (on the caller's thread, which has time while the worker cuts the next chunk)."""
        valid = shapely.is_valid(cut.geoms)
        wkb = cut.batch.wkb
        features: list[QgsFeature] = []
        for k, item in enumerate(cut.chunk):
            i = cut.todo.get(k)
            problem = self._problem(item, cut, i, valid)
            if problem is not None:
                self.skipped += 1
                self.feedback.reportError(tr("Row {row} ({field} {id}): no sectors, {problem}.").format(
                    row=item.number, field=self.id_field, id=item.parent or "-", problem=problem.rstrip(".")),
                    False)
                continue
            self.seen.add(item.parent)
            self.merged += int(cut.batch.merged_slivers[i])
            a, b = int(cut.batch.offsets[i]), int(cut.batch.offsets[i + 1])
            features += self._sector_features(item.parent, cut.batch.sector_ids[a:b], wkb[a:b])
            self.written += b - a
        self.feedback.setProgress(100.0 * cut.chunk[-1].number / self.total)
        return features

    def _problem(self, item: Row, cut: _Cut, i: int | None, valid: np.ndarray) -> str | None:
        """Why the row gets no sectors (None when it gets some); warns about a repaired polygon."""
        if not item.parent:
            return item.problem or tr("the field {field} is empty").format(field=self.id_field)
        if item.parent in self.seen:
            return item.problem or tr("the id {id} is used by an earlier row").format(id=item.parent)
        if item.problem is not None:
            return item.problem
        if not valid[i]:
            self.feedback.pushWarning(tr("Row {row} ({field} {id}): the polygon is invalid ({reason}); it was "
                                         "repaired before cutting sectors.").format(
                row=item.number, field=self.id_field, id=item.parent, reason=shapely.is_valid_reason(cut.geoms[i])))
        error = cut.batch.errors[i]
        return None if error is None else str(error)

    def _sector_features(self, parent: str, sector_ids: list[str], wkb: list[bytes]) -> list[QgsFeature]:
        """One parent's sector features: status planned, version 1."""
        fields = self.fields
        template = QgsFeature(fields)
        template.setAttribute(fields.indexOf("parent_id"), parent)
        template.setAttribute(fields.indexOf("status"), "planned")
        template.setAttribute(fields.indexOf("version"), 1)
        sector_id = fields.indexOf("sector_id")
        features = []
        for sid, blob in zip(sector_ids, wkb):
            feature = QgsFeature(template)
            geom = QgsGeometry()
            geom.fromWkb(blob)
            feature.setGeometry(geom)
            feature.setAttribute(sector_id, sid)
            features.append(feature)
        return features
