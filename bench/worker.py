"""One measured operation of the benchmark, in a process of its own.

    python bench/worker.py CASE --data DIR --out DIR [--subset N]

Starts QGIS once (for the cases that need it), times only the operation, and prints one line
``BENCH_RESULT {json}`` with the wall time in seconds, the process's peak resident memory
(getrusage ru_maxrss) and what the operation produced. The cases are the functions named
``case_<name>`` below; run.py says which to run and compares them.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

DISTRICTS = HERE.parent / "resources" / "data" / "districts" / "geoBoundaries-AZE-ADM2.geojson"
TOLERANCE_M = 10.0
#: Metres of one degree of latitude: native:joinbynearest measures in the layer's units (degrees here).
METRES_PER_DEGREE = 111_320.0
CELL_M = 25.0


def peak_mb() -> float:
    """This process's peak resident memory (VmHWM: unlike ru_maxrss, it does not carry over the
    parent's memory at fork and exec)."""
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024.0
    return 0.0


class Timer:
    """Wall time of named steps, in order."""

    def __init__(self):
        self.steps: dict[str, float] = {}
        self.start = time.perf_counter()

    def step(self, name: str, started: float) -> float:
        elapsed = time.perf_counter() - started
        self.steps[name] = self.steps.get(name, 0.0) + elapsed
        return elapsed

    @property
    def total(self) -> float:
        return time.perf_counter() - self.start


def ws(data: Path, layer: str, file: str = "workspace.gpkg") -> str:
    return f"{data / file}|layername={layer}"


def run_alg(alg_id: str, params: dict) -> dict:
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = QgsProcessingFeedback()
    result = processing.run(alg_id, params, feedback=feedback, context=context)
    result["_context"] = context  # keeps temporary outputs alive
    return result


# -- read floors (GDAL only) --------------------------------------------------------------------------

def read_arrow(path: Path, layer: str | None, fields: list[str]) -> int:
    """Read a layer's geometries and ``fields`` with GDAL's Arrow stream; the number of rows."""
    from osgeo import gdal

    ds = gdal.OpenEx(str(path), gdal.OF_VECTOR)
    lyr = ds.GetLayerByName(layer) if layer else ds.GetLayer(0)
    defn = lyr.GetLayerDefn()
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    lyr.SetIgnoredFields([n for n in names if n not in fields])
    rows = 0
    for batch in lyr.GetArrowStreamAsNumPy(options=["USE_MASKED_ARRAYS=NO", "MAX_FEATURES_IN_BATCH=65536"]):
        rows += len(next(iter(batch.values())))
    return rows


def case_floor_tally(args) -> dict:
    t = time.perf_counter()
    rows = read_arrow(args.data / "workspace.gpkg", "finds", ["category", "quantity"])
    read_arrow(DISTRICTS, None, ["shapeID"])
    return {"seconds": time.perf_counter() - t, "info": {"rows": rows}}


def case_floor_match(args) -> dict:
    t = time.perf_counter()
    rows = read_arrow(args.data / "finds_cleared.gpkg", "finds", ["find_id", "category"])
    rows += read_arrow(args.data / "workspace.gpkg", "recorded_mines", ["record_id", "mine_no", "category"])
    rows += read_arrow(args.data / "workspace.gpkg", "minefield_records", ["record_id"])
    return {"seconds": time.perf_counter() - t, "info": {"rows": rows}}


def case_floor_import(args) -> dict:
    t = time.perf_counter()
    rows = read_arrow(args.data / "mines.csv", None, ["record_id", "mine_no", "lat", "lon", "category", "model"])
    return {"seconds": time.perf_counter() - t, "info": {"rows": rows}}


def case_floor_sectors(args) -> dict:
    t = time.perf_counter()
    rows = read_arrow(args.data / "workspace.gpkg", "minefield_records", ["record_id"])
    return {"seconds": time.perf_counter() - t, "info": {"rows": rows}}


# -- tally -------------------------------------------------------------------------------------------

def case_tally_cg(args) -> dict:
    timer = Timer()
    t = time.perf_counter()
    result = run_alg("clearground:tallyfinds", {
        "FINDS": ws(args.data, "finds"), "DISTRICTS": str(DISTRICTS), "DISTRICT_FIELD": "shapeID",
        "QUANTITY_FIELD": "quantity", "OUTPUT_TABLE": "TEMPORARY_OUTPUT", "OUTPUT_LAYER": "TEMPORARY_OUTPUT"})
    seconds = timer.step("clearground:tallyfinds", t)
    table = result["_context"].getMapLayer(result["OUTPUT_TABLE"]) if isinstance(result["OUTPUT_TABLE"], str) \
        else result["OUTPUT_TABLE"]
    from clearground.core.categories import CATEGORIES

    cells = {}
    for f in table.getFeatures():
        for c in CATEGORIES:
            if f[c]:
                cells[f"{f['district']}|{c}"] = int(f[c])
    return {"seconds": seconds, "steps": timer.steps, "info": {"total": int(result["TOTAL"]),
                                                                  "unassigned": int(result["UNASSIGNED"])},
            "cells": cells}


def case_tally_native(args) -> dict:
    timer = Timer()
    finds = ws(args.data, "finds")
    t = time.perf_counter()
    joined = run_alg("native:joinattributesbylocation", {
        "INPUT": finds, "JOIN": str(DISTRICTS), "PREDICATE": [5], "JOIN_FIELDS": ["shapeID"], "METHOD": 1,
        "DISCARD_NONMATCHING": False, "PREFIX": "", "OUTPUT": "TEMPORARY_OUTPUT"})
    timer.step("native:joinattributesbylocation", t)
    t = time.perf_counter()
    stats = run_alg("qgis:statisticsbycategories", {
        "INPUT": joined["OUTPUT"], "VALUES_FIELD_NAME": "quantity",
        "CATEGORIES_FIELD_NAME": ["shapeID", "category"], "OUTPUT": "TEMPORARY_OUTPUT"})
    timer.step("qgis:statisticsbycategories", t)
    t = time.perf_counter()
    counted = run_alg("native:countpointsinpolygon", {
        "POLYGONS": str(DISTRICTS), "POINTS": finds, "WEIGHT": "quantity", "FIELD": "NUMPOINTS",
        "OUTPUT": "TEMPORARY_OUTPUT"})
    timer.step("native:countpointsinpolygon", t)
    seconds = sum(timer.steps.values())
    cells = {}
    for f in _layer(stats, "OUTPUT").getFeatures():
        district = f["shapeID"]
        district = "unassigned" if district in (None, "") or district != district else district
        cells[f"{district}|{f['category']}"] = int(round(f["sum"]))
    in_districts = sum(int(f["NUMPOINTS"]) for f in _layer(counted, "OUTPUT").getFeatures())
    return {"seconds": seconds, "steps": timer.steps, "cells": cells,
            "info": {"total": sum(cells.values()), "in_districts_count_points": in_districts}}


def _layer(result: dict, key: str):
    value = result[key]
    return result["_context"].getMapLayer(value) if isinstance(value, str) else value


# -- discrepancies -----------------------------------------------------------------------------------

def _discrepancies(args, sectors: bool) -> dict:
    timer = Timer()
    params = {
        "RECORDS": ws(args.data, "minefield_records"), "RECORDED_MINES": ws(args.data, "recorded_mines"),
        "FINDS": ws(args.data, "finds", "finds_cleared.gpkg"), "TOLERANCE": TOLERANCE_M,
        "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_OFFSETS": "TEMPORARY_OUTPUT"}
    if sectors:
        params["SECTORS"] = ws(args.data, "sectors")
    t = time.perf_counter()
    result = run_alg("clearground:finddiscrepancies", params)
    seconds = timer.step("clearground:finddiscrepancies", t)
    kinds: dict[str, int] = {}
    for f in _layer(result, "OUTPUT").getFeatures():
        kinds[f["kind"]] = kinds.get(f["kind"], 0) + 1
    offsets = _layer(result, "OUTPUT_OFFSETS").featureCount()
    return {"seconds": seconds, "steps": timer.steps, "info": {"flags": kinds, "offsets": offsets}}


def case_match_cg(args) -> dict:
    return _discrepancies(args, sectors=False)


def case_match_cg_sectors(args) -> dict:
    return _discrepancies(args, sectors=True)


def case_match_native(args) -> dict:
    timer = Timer()
    t = time.perf_counter()
    result = run_alg("native:joinbynearest", {
        "INPUT": ws(args.data, "finds", "finds_cleared.gpkg"), "INPUT_2": ws(args.data, "recorded_mines"),
        "FIELDS_TO_COPY": ["record_id", "mine_no", "category"], "DISCARD_NONMATCHING": False, "PREFIX": "rec_",
        "NEIGHBORS": 1, "MAX_DISTANCE": TOLERANCE_M / METRES_PER_DEGREE, "OUTPUT": "TEMPORARY_OUTPUT"})
    seconds = timer.step("native:joinbynearest", t)
    layer = _layer(result, "OUTPUT")
    from qgis.core import QgsFeatureRequest

    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
    matched = sum(1 for f in layer.getFeatures(request) if f["rec_record_id"] not in (None, ""))
    return {"seconds": seconds, "steps": timer.steps, "info": {"finds": layer.featureCount(), "matched": matched}}


# -- import ------------------------------------------------------------------------------------------

def case_import_cg(args) -> dict:
    """Into a new, empty workspace (the mines are not copied to an output layer as well)."""
    from clearground.workspace import create_workspace

    timer = Timer()
    out = args.out / "import_cg"
    out.mkdir(parents=True, exist_ok=True)
    workspace = out / f"workspace-{time.time_ns()}.gpkg"
    create_workspace(workspace)
    t = time.perf_counter()
    result = run_alg("clearground:importminemap", {
        "INPUT": str(args.data / "mines.csv"), "WORKSPACE": str(workspace), "OUTPUT_RECORDS": "TEMPORARY_OUTPUT",
        "OUTPUT_MINES": None, "OUTPUT_REJECTS": "TEMPORARY_OUTPUT"})
    seconds = timer.step("clearground:importminemap (into the workspace)", t)
    info = {k: int(result[k]) for k in ("ROWS_READ", "ROWS_IMPORTED", "ROWS_REJECTED", "RECORDS", "MINES")}
    from osgeo import gdal

    ds = gdal.OpenEx(str(workspace), gdal.OF_VECTOR)
    info["mines_in_workspace"] = ds.GetLayerByName("recorded_mines").GetFeatureCount()
    info["records_in_workspace"] = ds.GetLayerByName("minefield_records").GetFeatureCount()
    ds = None
    workspace.unlink()
    return {"seconds": seconds, "steps": timer.steps, "info": info}


def case_import_cg_sinks(args) -> dict:
    """To GeoPackage output layers (records, mines, rejects), as a toolbox run without a workspace."""
    timer = Timer()
    out = args.out / "import_cg_sinks"
    out.mkdir(parents=True, exist_ok=True)
    t = time.perf_counter()
    result = run_alg("clearground:importminemap", {
        "INPUT": str(args.data / "mines.csv"), "OUTPUT_RECORDS": str(out / "records.gpkg"),
        "OUTPUT_MINES": str(out / "mines.gpkg"), "OUTPUT_REJECTS": str(out / "rejects.gpkg")})
    seconds = timer.step("clearground:importminemap (to output layers)", t)
    info = {k: int(result[k]) for k in ("ROWS_READ", "ROWS_IMPORTED", "ROWS_REJECTED", "RECORDS", "MINES")}
    return {"seconds": seconds, "steps": timer.steps, "info": info}


def case_import_native(args) -> dict:
    from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter, QgsVectorLayer

    timer = Timer()
    out = args.out / "import_native"
    out.mkdir(parents=True, exist_ok=True)
    t = time.perf_counter()
    uri = (f"file://{args.data / 'mines.csv'}?type=csv&delimiter=,&xField=lon&yField=lat&crs=EPSG:4326"
           "&spatialIndex=no&subsetIndex=no&watchFile=no")
    layer = QgsVectorLayer(uri, "mines", "delimitedtext")
    if not layer.isValid():
        raise RuntimeError("the delimited text provider cannot read mines.csv")
    count = layer.featureCount()
    timer.step("delimited text provider: load", t)
    t = time.perf_counter()
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = "mines"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(out / "mines.gpkg"),
                                                      QgsCoordinateTransformContext(), options)
    timer.step("QgsVectorFileWriter: save to GeoPackage", t)
    if error[0] != QgsVectorFileWriter.NoError:
        raise RuntimeError(f"saving failed: {error}")
    seconds = sum(timer.steps.values())
    saved = QgsVectorLayer(f"{out / 'mines.gpkg'}|layername=mines", "saved", "ogr")
    from qgis.core import QgsFeatureRequest

    request = QgsFeatureRequest().setNoAttributes()
    no_geometry = sum(1 for f in saved.getFeatures(request) if not f.hasGeometry())
    return {"seconds": seconds, "steps": timer.steps,
            "info": {"features": count, "saved": saved.featureCount(), "saved_without_geometry": no_geometry}}


# -- sectors -----------------------------------------------------------------------------------------

def _generate_sectors(args, source: str, id_field: str, name: str) -> dict:
    """clearground:generatesectors into a GeoPackage of ``args.out``/``name``/sectors.gpkg (kept for the
    read-and-write floor and the marking that follow it)."""
    timer = Timer()
    out = args.out / name
    out.mkdir(parents=True, exist_ok=True)
    target = out / "sectors.gpkg"
    if target.exists():
        target.unlink()
    t = time.perf_counter()
    result = run_alg("clearground:generatesectors", {
        "INPUT": source, "ID_FIELD": id_field, "CELL_SIZE": CELL_M, "OUTPUT": str(target)})
    seconds = timer.step("clearground:generatesectors (to GeoPackage)", t)
    return {"seconds": seconds, "steps": timer.steps, "info": {"sectors": int(result["SECTORS"]),
                                                                  "skipped": int(result["SKIPPED"])}}


def case_sectors_cg(args) -> dict:
    return _generate_sectors(args, ws(args.data, "minefield_records"), "record_id", "sectors_cg")


def case_sectors_cg_real(args) -> dict:
    """The real-shaped suspect areas (bench/shapes.py): long edges, holes, bowties, no geometry."""
    return _generate_sectors(args, ws(args.data, "suspect_areas", shapes_file(args)), "area_id", "sectors_cg_real")


def shapes_file(args) -> str:
    import shapes

    return shapes.ensure(args.data, json.loads((args.data / "manifest.json").read_text())["scale"],
                         log=lambda _: None).name


def translate(source: Path, layer: str, target: Path) -> int:
    """GDAL copies a layer into a new GeoPackage (reads it and writes it, with its R-tree); its rows."""
    from osgeo import gdal

    if target.exists():
        target.unlink()
    gdal.VectorTranslate(str(target), str(source), options=gdal.VectorTranslateOptions(
        format="GPKG", layers=[layer], layerName=layer))
    ds = gdal.OpenEx(str(target), gdal.OF_VECTOR)
    rows = ds.GetLayerByName(layer).GetFeatureCount()
    ds = None
    return rows


def _rw_floor(args, inputs: list[tuple[Path, str, list[str]]], output: Path, layer: str) -> dict:
    """Read the inputs with GDAL (Arrow stream) and write the operation's output (as many rows, the
    same fields and geometries) with GDAL: what the operation cannot do without."""
    if not output.exists():
        raise RuntimeError(f"{output} is missing: run the ClearGround case first (run.py does)")
    t = time.perf_counter()
    rows = sum(read_arrow(path, name, fields) for path, name, fields in inputs)
    written = translate(output, layer, args.out / f"floor-{time.time_ns()}.gpkg")
    return {"seconds": time.perf_counter() - t, "info": {"rows_read": rows, "rows_written": written}}


def case_floor_sectors_rw(args) -> dict:
    return _rw_floor(args, [(args.data / "workspace.gpkg", "minefield_records", ["record_id"])],
                     args.out / "sectors_cg" / "sectors.gpkg", "sectors")


def case_floor_sectors_real(args) -> dict:
    t = time.perf_counter()
    rows = read_arrow(args.data / shapes_file(args), "suspect_areas", ["area_id"])
    return {"seconds": time.perf_counter() - t, "info": {"rows": rows}}


def case_floor_sectors_real_rw(args) -> dict:
    return _rw_floor(args, [(args.data / shapes_file(args), "suspect_areas", ["area_id"])],
                     args.out / "sectors_cg_real" / "sectors.gpkg", "sectors")


# -- marking sectors from cleared ground --------------------------------------------------------------

def _mark(args, sectors: str, cleared: str, name: str) -> dict:
    """clearground:marksectors (to GeoPackage outputs, not into a workspace: the data stays as it is)."""
    timer = Timer()
    out = args.out / name
    out.mkdir(parents=True, exist_ok=True)
    for f in ("marked.gpkg", "audit.gpkg"):
        if (out / f).exists():
            (out / f).unlink()
    t = time.perf_counter()
    result = run_alg("clearground:marksectors", {
        "SECTORS": sectors, "CLEARED": cleared, "MIN_OVERLAP": 90.0, "STATUS": "cleared",
        "TEAM": "ANAMA-T01", "OUTPUT": str(out / "marked.gpkg"), "OUTPUT_AUDIT": str(out / "audit.gpkg")})
    seconds = timer.step("clearground:marksectors (to GeoPackage)", t)
    return {"seconds": seconds, "steps": timer.steps, "info": {"marked": int(result["MARKED"])}}


def case_mark_cg_workspace(args) -> dict:
    """clearground:marksectors into a copy of the workspace: the analyst's own way (the copy is not timed)."""
    import shutil

    timer = Timer()
    out = args.out / "mark_cg_workspace"
    out.mkdir(parents=True, exist_ok=True)
    copy = out / "workspace.gpkg"
    shutil.copyfile(args.data / "workspace.gpkg", copy)
    t = time.perf_counter()
    result = run_alg("clearground:marksectors", {
        "SECTORS": ws(out, "sectors"), "CLEARED": ws(args.data, "cleared_ground", shapes_file(args)),
        "MIN_OVERLAP": 90.0, "STATUS": "cleared", "TEAM": "ANAMA-T01", "WORKSPACE": str(copy), "OUTPUT": None,
        "OUTPUT_AUDIT": "memory:"})
    seconds = timer.step("clearground:marksectors (in the workspace)", t)
    import sqlite3

    def count(path: Path, sql: str) -> int:
        con = sqlite3.connect(path)
        try:
            return con.execute(sql).fetchone()[0]
        finally:
            con.close()

    cleared = "SELECT count(*) FROM sectors WHERE status = 'cleared'"
    return {"seconds": seconds, "steps": timer.steps,
            "info": {"marked": int(result["MARKED"]),
                     "newly_cleared_in_workspace": count(copy, cleared) - count(args.data / "workspace.gpkg", cleared),
                     "audit_rows_added": count(copy, "SELECT count(*) FROM audit_log")
                     - count(args.data / "workspace.gpkg", "SELECT count(*) FROM audit_log")}}


def _extract(args, sectors: str, cleared: str, name: str) -> dict:
    """native:extractbylocation: the sectors within the cleared polygons (to GeoPackage)."""
    timer = Timer()
    out = args.out / name
    out.mkdir(parents=True, exist_ok=True)
    target = out / "within.gpkg"
    if target.exists():
        target.unlink()
    t = time.perf_counter()
    run_alg("native:extractbylocation", {"INPUT": sectors, "PREDICATE": [6], "INTERSECT": cleared,
                                         "OUTPUT": str(target)})
    seconds = timer.step("native:extractbylocation (are within)", t)
    from osgeo import gdal

    ds = gdal.OpenEx(str(target), gdal.OF_VECTOR)
    within = ds.GetLayer(0).GetFeatureCount()
    ds = None
    return {"seconds": seconds, "steps": timer.steps, "info": {"within": within}}


def case_mark_cg(args) -> dict:
    return _mark(args, ws(args.data, "sectors"), ws(args.data, "cleared_ground", shapes_file(args)), "mark_cg")


def case_mark_native(args) -> dict:
    return _extract(args, ws(args.data, "sectors"), ws(args.data, "cleared_ground", shapes_file(args)),
                    "mark_native")


def case_floor_mark(args) -> dict:
    t = time.perf_counter()
    rows = read_arrow(args.data / "workspace.gpkg", "sectors", ["sector_id", "status"])
    rows += read_arrow(args.data / shapes_file(args), "cleared_ground", [])
    return {"seconds": time.perf_counter() - t, "info": {"rows": rows}}


def case_floor_mark_rw(args) -> dict:
    """The marking's output holds every input sector: GDAL reads both inputs and writes the sectors."""
    t = time.perf_counter()
    rows = read_arrow(args.data / "workspace.gpkg", "sectors", ["sector_id", "status"])
    rows += read_arrow(args.data / shapes_file(args), "cleared_ground", [])
    written = translate(args.data / "workspace.gpkg", "sectors", args.out / f"floor-{time.time_ns()}.gpkg")
    return {"seconds": time.perf_counter() - t, "info": {"rows_read": rows, "rows_written": written}}


def _real_sectors(args) -> str:
    path = args.out / "sectors_cg_real" / "sectors.gpkg"
    if not path.exists():
        raise RuntimeError(f"{path} is missing: run sectors_cg_real first (run.py does)")
    return f"{path}|layername=sectors"


def case_mark_cg_real(args) -> dict:
    return _mark(args, _real_sectors(args), ws(args.data, "cleared_areas", shapes_file(args)), "mark_cg_real")


def case_mark_native_real(args) -> dict:
    return _extract(args, _real_sectors(args), ws(args.data, "cleared_areas", shapes_file(args)),
                    "mark_native_real")


def case_floor_mark_real_rw(args) -> dict:
    path = args.out / "sectors_cg_real" / "sectors.gpkg"
    t = time.perf_counter()
    rows = read_arrow(path, "sectors", ["sector_id", "status"])
    rows += read_arrow(args.data / shapes_file(args), "cleared_areas", [])
    written = translate(path, "sectors", args.out / f"floor-{time.time_ns()}.gpkg")
    return {"seconds": time.perf_counter() - t, "info": {"rows_read": rows, "rows_written": written}}


def case_sectors_native(args) -> dict:
    """Reproject the records to UTM 38N, then per record: create grid over its extent + clip by it.

    Run on the first ``--subset`` records; the total is extrapolated to every record.
    """
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsProcessingFeatureSourceDefinition,
        QgsProject,
        QgsVectorLayer,
    )

    timer = Timer()
    records = QgsVectorLayer(ws(args.data, "minefield_records"), "records", "ogr")
    total = records.featureCount()
    t = time.perf_counter()
    reprojected = run_alg("native:reprojectlayer", {
        "INPUT": records, "TARGET_CRS": QgsCoordinateReferenceSystem("EPSG:32638"), "OUTPUT": "TEMPORARY_OUTPUT"})
    reproject = timer.step("native:reprojectlayer (all records)", t)
    utm = reprojected["OUTPUT"]
    QgsProject.instance().addMapLayer(utm)
    subset = min(args.subset or total, total)
    cells = 0
    per_record = 0.0
    for feature in list(utm.getFeatures())[:subset]:
        box = feature.geometry().boundingBox()
        t = time.perf_counter()
        grid = run_alg("native:creategrid", {
            "TYPE": 2, "EXTENT": f"{box.xMinimum()},{box.xMaximum()},{box.yMinimum()},{box.yMaximum()} [EPSG:32638]",
            "HSPACING": CELL_M, "VSPACING": CELL_M, "HOVERLAY": 0, "VOVERLAY": 0,
            "CRS": QgsCoordinateReferenceSystem("EPSG:32638"), "OUTPUT": "TEMPORARY_OUTPUT"})
        per_record += timer.step("native:creategrid (per record)", t)
        utm.selectByIds([feature.id()])
        t = time.perf_counter()
        clipped = run_alg("native:clip", {
            "INPUT": _layer(grid, "OUTPUT"), "OVERLAY": QgsProcessingFeatureSourceDefinition(utm.id(), True),
            "OUTPUT": "TEMPORARY_OUTPUT"})
        per_record += timer.step("native:clip (per record)", t)
        cells += _layer(clipped, "OUTPUT").featureCount()
    seconds = reproject + per_record * total / max(subset, 1)
    return {"seconds": seconds, "steps": timer.steps, "extrapolated": subset < total,
            "info": {"records_run": subset, "records": total, "cells_in_subset": cells,
                     "measured_seconds": round(reproject + per_record, 2)}}


# -- the Mark sectors map tool -----------------------------------------------------------------------

def case_click(args) -> dict:
    import datetime as dt

    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject, QgsRectangle, QgsVectorLayer
    from qgis.gui import QgsMapCanvas, QgsMapMouseEvent
    from qgis.PyQt.QtCore import QCoreApplication, QEvent, QPoint, Qt

    from clearground.ui.mark_tool import MarkSectorsTool
    from clearground.workspace.sector_edits import StatusChange

    # the clicks change the workspace: they work on a copy, so that the data stays as generated
    shutil.copyfile(args.data / "workspace.gpkg", args.out / "click.gpkg")
    with open(args.out / "click.gpkg", "rb+") as fh:  # on disk before the clock starts, as a saved workspace is
        os.fsync(fh.fileno())
    sectors = QgsVectorLayer(ws(args.out, "sectors", "click.gpkg"), "sectors", "ogr")
    audit = QgsVectorLayer(ws(args.out, "audit_log", "click.gpkg"), "audit_log", "ogr")
    if not sectors.isValid() or not audit.isValid():
        raise RuntimeError("the workspace's sectors or audit_log layer cannot be opened")
    count = sectors.featureCount()
    utm = QgsCoordinateReferenceSystem("EPSG:32638")
    canvas = QgsMapCanvas()
    canvas.resize(800, 600)
    canvas.show()
    QCoreApplication.processEvents()
    canvas.setDestinationCrs(utm)
    canvas.setLayers([sectors])
    to_map = QgsCoordinateTransform(sectors.crs(), utm, QgsProject.instance())
    clicks = max(args.clicks, 1)

    def form(request):
        """The analyst's answer: a status the sector does not have yet, so that every click edits."""
        status = "cleared" if "in_progress" in request.statuses else "in_progress"
        return StatusChange(status, dt.date(2025, 3, 1), "ANAMA-T01", "manual", 10, reason="re-survey")

    tool = MarkSectorsTool(canvas, sectors, form_factory=form, audit_layer=audit, user="bench")
    t = time.perf_counter()
    canvas.setMapTool(tool)  # the tool opens the layer's edit session as it is activated
    activate_ms = 1000 * (time.perf_counter() - t)
    step = max(count // clicks, 1)
    times, find_ms, commit_ms, changed = [], [], [], 0
    for k in range(clicks):
        fid = 1 + (k * step + step // 2) % count
        centre = to_map.transform(sectors.getFeature(fid).geometry().pointOnSurface().asPoint())
        canvas.setExtent(QgsRectangle(centre.x() - 150, centre.y() - 100, centre.x() + 150, centre.y() + 100))
        QCoreApplication.processEvents()
        pixel = canvas.getCoordinateTransform().transform(centre)
        pos = QPoint(int(round(pixel.x())), int(round(pixel.y())))
        press = QgsMapMouseEvent(canvas, QEvent.MouseButtonPress, pos, Qt.LeftButton, Qt.LeftButton, Qt.NoModifier)
        release = QgsMapMouseEvent(canvas, QEvent.MouseButtonRelease, pos, Qt.LeftButton, Qt.LeftButton,
                                   Qt.NoModifier)
        t0 = time.perf_counter()
        tool.canvasPressEvent(press)
        tool.canvasReleaseEvent(release)
        t1 = time.perf_counter()
        # as QGIS's "Save Layer Edits" does: save, and stay in edit mode
        if not sectors.isEditable() or not sectors.commitChanges(False):
            raise RuntimeError(f"click {k + 1} on sector {fid}: nothing to save ({sectors.commitErrors()})")
        t2 = time.perf_counter()
        times.append(t2 - t0)
        find_ms.append(1000 * (t1 - t0))
        commit_ms.append(1000 * (t2 - t1))
        changed += 1
    audit_rows = QgsVectorLayer(ws(args.out, "audit_log", "click.gpkg"), "audit", "ogr").featureCount()
    ordered = sorted(times)
    median = ordered[len(ordered) // 2]
    canvas.unsetMapTool(tool)
    tool.cleanup()
    return {"seconds": median, "steps": {"click to form answered (median)": sorted(find_ms)[len(find_ms) // 2] / 1000,
                                         "commit with audit rows (median)": sorted(commit_ms)[len(commit_ms) // 2]
                                         / 1000},
            "info": {"sectors": count, "clicks": clicks, "activate_ms": round(activate_ms, 1),
                     "first_ms": round(1000 * times[0], 1),
                     "median_ms": round(1000 * median, 1), "max_ms": round(1000 * ordered[-1], 1),
                     "edits_saved": changed, "audit_rows": audit_rows}}


def timed(func, args) -> dict:
    """One run of a case, with the CPU time (all threads) the process spent in it: on a shared
    machine wall time alone mistakes a busy spell for a slower operation."""
    cpu = time.process_time()
    result = func(args)
    result["cpu_seconds"] = time.process_time() - cpu
    return result


QGIS_FREE = {"floor_tally", "floor_match", "floor_import", "floor_sectors", "floor_sectors_rw", "floor_sectors_real",
             "floor_sectors_real_rw", "floor_mark", "floor_mark_rw", "floor_mark_real_rw"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("case")
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--subset", type=int, default=0, help="records run by sectors_native (0: all)")
    parser.add_argument("--clicks", type=int, default=15, help="clicks timed by the click case")
    parser.add_argument("--repeat", type=int, default=5, help="runs of a short operation (the median is reported)")
    parser.add_argument("--repeat-budget", type=float, default=30.0,
                        help="seconds: an operation runs only as many times as fit in this")
    args = parser.parse_args()
    func = globals().get(f"case_{args.case}")
    if func is None:
        parser.error(f"no case {args.case!r}")
    app = None
    if args.case not in QGIS_FREE:
        from qgis_env import start_qgis

        app = start_qgis()
    else:
        import numpy  # noqa: F401 - loaded before the clock starts, as QGIS has it loaded
        from osgeo import gdal, gdal_array  # noqa: F401

        gdal.UseExceptions()
    base = rss_mb()
    result = timed(func, args)
    # a short operation runs up to --repeat times, as many as fit in --repeat-budget seconds, and
    # reports its median: single sub-second timings on a shared machine are noisy
    runs = [result]
    fit = int(args.repeat_budget // max(result["seconds"], 1e-9))  # runs of this length in the budget
    runs += [timed(func, args) for _ in range(min(args.repeat, fit) - 1)]
    runs.sort(key=lambda r: r["seconds"])
    result = runs[len(runs) // 2]
    result["runs_seconds"] = [round(r["seconds"], 4) for r in runs]
    result["runs_cpu_seconds"] = [round(r["cpu_seconds"], 4) for r in runs]
    result.update({"case": args.case, "peak_mb": round(peak_mb(), 1), "base_mb": round(base, 1)})
    result.setdefault("steps", {})
    result.setdefault("info", {})
    result.setdefault("extrapolated", False)
    sys.stdout.write("BENCH_RESULT " + json.dumps(result) + "\n")
    sys.stdout.flush()
    if app is not None:
        os._exit(0)  # skip QGIS's slow and sometimes crashing teardown; the result is out
    return 0


if __name__ == "__main__":
    sys.exit(main())
