"""Hand-written stand-ins for library calls, each timed against the library call it replaces: ``make bench-standins``.

    .venv/bin/python bench/standins.py [--scale 1] [--results bench/RESULTS.md] [--only sectors import ...]

A stand-in earns its place only when the WHOLE operation that uses it (an algorithm run through
processing.run, on the benchmark's data of bench/datagen.py) is at least 1.5x faster with it than
with the library's own call. Each comparison runs both sides on the same tree of the plugin, in
worker processes of their own (bench/worker.py's cases), the library side differing by one switch
(a monkeypatch made here, in the worker, never in the product):

- ``clip``: core/clip.py's pieces built in numpy with GEOS's crossing formula (core/crossings.py)
  against shapely.intersection of every cell the boundary reaches; clearground:generatesectors.
- ``writer``: workspace/writer.py's GeoPackage blobs and set-aside OGR triggers against OGR writing
  the features (ogr.Layer.CreateFeature in one transaction, OGR's triggers filling the R-tree);
  clearground:importminemap into a workspace. Both sides fill the R-tree through SQLite's own
  R-tree module, so that only the writer differs.
- ``rtree``: workspace/gpkg_rtree.py's packed R-tree against SQLite's R-tree module (one INSERT a
  row); clearground:importminemap into a workspace.
- ``hashing``: workspace/arrays.py's distinct values by hashing against np.unique; the analysis
  (clearground:finddiscrepancies with sectors) and clearground:tallyfinds.
- ``gc``: core/bulk.py's @bulk (the cycle collector switched off process-wide for the whole
  algorithm) against the collector left alone, and against gc.freeze(); every algorithm it decorates.

- ``writer+rtree``: both together against OGR. The packed R-tree can be written only by a writer that
  inserts the rows itself (OGR's R-tree trigger set aside), so when the R-tree stays the writer stays
  as its host if the two together earn the 1.5x.

Stand-ins that lost were removed from the product; their side is still measured on the tree of
``--baseline`` (a commit that still holds them all, extracted with ``git archive``), so the table
can be made again. ``now`` runs each operation on the checkout as it is, in the same rounds.

The machine is shared and busy spells make single runs vary by up to 2x, so the runs on the
baseline's tree are kept (bench/out/standins-history.json, per machine, baseline and scale) and
pooled with those of later invocations (``--fresh``: this one's only). Counted is the first run of
each worker (cold, as an analyst's first in a QGIS session), from the invocations that ran both
sides of a comparison; a stand-in stays when the fastest of those runs AND the least CPU time show
the 1.5x. RESULTS.md gets (or has replaced) its section "Library stand-ins"; the rest of the file is
left as it is.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

#: The last commit holding every stand-in (before any was removed).
BASELINE = "ff49c39de26cfd9f4dfd84a9563df41d2206777a"
KEEP_RATIO = 1.5
SECTION = "## Library stand-ins"  # report.STANDINS_SECTION: bench/run.py keeps it when it rewrites the file


@dataclass(frozen=True)
class Side:
    label: str
    tree: str  # "baseline" or "now"
    switch: str = ""  # a name of SWITCHES, or "" for the tree as it is


@dataclass(frozen=True)
class Comparison:
    standin: str  # what is compared
    operation: str  # the bench/worker.py case
    title: str
    standin_side: Side
    library_side: Side
    what: str  # the stand-in and the library call, as the table says it


OPERATIONS = {
    "sectors_cg": "clearground:generatesectors (25 m cells in every record)",
    "import_cg": "clearground:importminemap of the mine table into a new workspace",
    "match_cg_sectors": "clearground:finddiscrepancies with sectors (the whole analysis)",
    "tally_cg": "clearground:tallyfinds (by district and category)",
}

BASE = Side("with stand-in", "baseline")
NOW = Side("now", "now")
COMPARISONS = (
    Comparison("clip", "sectors_cg", OPERATIONS["sectors_cg"], BASE, Side("with library", "baseline", "clip_geos"),
               "core/clip.py + core/crossings.py (pieces in numpy, GEOS's crossing formula) vs shapely.intersection"),
    Comparison("writer", "import_cg", OPERATIONS["import_cg"], Side("with stand-in", "baseline", "rtree_sqlite"),
               Side("with library", "baseline", "writer_ogr"),
               "workspace/writer.py (GeoPackage blobs, OGR's triggers set aside) vs OGR CreateFeature"),
    Comparison("rtree", "import_cg", OPERATIONS["import_cg"], BASE, Side("with library", "baseline", "rtree_sqlite"),
               "workspace/gpkg_rtree.py (packed R-tree) vs SQLite's R-tree module (INSERT a row)"),
    Comparison("writer+rtree", "import_cg", OPERATIONS["import_cg"], BASE,
               Side("with library", "baseline", "writer_ogr"),
               "workspace/writer.py with the packed R-tree it writes (both stand-ins) vs OGR CreateFeature"),
    Comparison("hashing", "match_cg_sectors", OPERATIONS["match_cg_sectors"], BASE,
               Side("with library", "baseline", "unique_numpy"),
               "workspace/arrays.py _distinct/_few_keys (hashing) vs np.unique"),
    Comparison("hashing", "tally_cg", OPERATIONS["tally_cg"], BASE, Side("with library", "baseline", "unique_numpy"),
               "workspace/arrays.py _distinct/_few_keys (hashing) vs np.unique"),
    *(Comparison("gc", op, OPERATIONS[op], BASE, Side("with library", "baseline", "gc_on"),
                 "core/bulk.py @bulk (gc.disable for the run) vs the collector left on")
      for op in ("sectors_cg", "import_cg", "match_cg_sectors", "tally_cg")),
    *(Comparison("gc.freeze", op, OPERATIONS[op], Side("gc.freeze", "baseline", "gc_freeze"),
                 Side("with library", "baseline", "gc_on"),
                 "gc.freeze() for the run (the narrower form) vs the collector left on")
      for op in ("sectors_cg", "import_cg", "match_cg_sectors", "tally_cg")),
)


# -- the switches (in the worker process, after the plugin is imported) ---------------------------

def _clip_geos() -> None:
    """No crossing formula: GEOS (shapely.intersection) cuts every cell the boundary reaches."""
    from clearground.core import clip

    clip.crossing_formula = lambda: None


def _rtree_sqlite() -> None:
    """No packed R-tree: every new row goes into the R-tree through SQLite's R-tree module."""
    from clearground.workspace import writer

    writer._BULK_INDEX_MIN = 1 << 62


def _unique_numpy() -> None:
    """The distinct values of a text column and the index of each by np.unique (any width)."""
    import numpy as np

    from clearground.workspace import arrays

    def distinct(data):
        if not len(data):
            return None
        values, inverse = np.unique(data, return_inverse=True)
        return values, inverse

    arrays._distinct = distinct


def _gc_on() -> None:
    from clearground.core import bulk

    bulk.collector_paused = nullcontext


@contextmanager
def _frozen():
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _gc_freeze() -> None:
    from clearground.core import bulk

    bulk.collector_paused = _frozen


def _writer_ogr() -> None:
    """A GeoPackage workspace's rows appended by OGR (the same checks first, one transaction)."""
    from clearground.workspace import geopackage, writer

    def append(self, layers, feedback=None):
        self.check_writable(list(layers))
        prepared = [writer.prepare(name, writer.FeatureColumns(*data)) for name, data in layers.items()]
        ogr_append(self.path, prepared)
        return {p.layer.name: p.count for p in prepared}

    geopackage.Workspace.append = append


def ogr_append(path: Path, prepared: list) -> None:
    """Rows checked by workspace.writer, written by OGR: a feature at a time, in one transaction."""
    import numpy as np
    import shapely
    from osgeo import gdal, ogr

    gdal.UseExceptions()
    # the page cache workspace/writer.py gives SQLite (about 1 KiB a row), in MB
    gdal.SetConfigOption("OGR_SQLITE_CACHE", str(max(64, sum(p.count for p in prepared) // 1024)))
    ds = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE)
    ds.StartTransaction()
    try:
        for item in prepared:
            if not item.count:
                continue
            lyr = ds.GetLayerByName(item.layer.name)
            defn = lyr.GetLayerDefn()
            setters = {"int": ogr.Feature.SetFieldInteger64, "real": ogr.Feature.SetField}
            columns = [(defn.GetFieldIndex(c.name), c.values, setters.get(c.kind, ogr.Feature.SetFieldString))
                       for c in item.columns]
            geometry = item.geometry
            if geometry is not None and isinstance(geometry, np.ndarray) and geometry.dtype.kind == "f":
                geometry = shapely.points(geometry)
            wkb = None if geometry is None else shapely.to_wkb(geometry, output_dimension=2, byte_order=1).tolist()
            for row in range(item.count):
                feature = ogr.Feature(defn)
                for index, values, set_field in columns:
                    value = values[row]
                    if value is not None:
                        set_field(feature, index, value)
                if wkb is not None:
                    feature.SetGeometryDirectly(ogr.CreateGeometryFromWkb(wkb[row]))
                lyr.CreateFeature(feature)
        ds.CommitTransaction()
    except BaseException:
        ds.RollbackTransaction()
        raise
    finally:
        ds = None


SWITCHES = {"": lambda: None, "clip_geos": _clip_geos, "rtree_sqlite": _rtree_sqlite, "writer_ogr": _writer_ogr,
            "unique_numpy": _unique_numpy, "gc_on": _gc_on, "gc_freeze": _gc_freeze}


def worker_main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("case")
    parser.add_argument("--plugins", type=Path, required=True, help="a folder holding the plugin as clearground")
    parser.add_argument("--switch", default="")
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--budget", type=float, default=20.0)
    args = parser.parse_args(argv)
    from qgis_env import start_qgis

    app = start_qgis(args.plugins)  # noqa: F841 - kept alive while the cases run
    import worker

    SWITCHES[args.switch]()
    cpu: list[float] = []  # CPU seconds of every processing.run (all threads of the process)
    run_alg = worker.run_alg

    def timed_run_alg(alg_id: str, params: dict) -> dict:
        t = time.process_time()
        try:
            return run_alg(alg_id, params)
        finally:
            cpu.append(time.process_time() - t)

    worker.run_alg = timed_run_alg
    func = getattr(worker, f"case_{args.case}")

    def once() -> tuple[dict, float]:
        del cpu[:]
        result = func(args)
        return result, sum(cpu)

    runs = [once()]
    fit = int(args.budget // max(runs[0][0]["seconds"], 1e-9))
    runs += [once() for _ in range(min(args.repeat, fit) - 1)]
    info = {k: v for k, v in runs[0][0].get("info", {}).items() if not isinstance(v, dict)}
    result = {"runs_seconds": [round(r["seconds"], 3) for r, _ in runs],
              "cpu_seconds": [round(c, 3) for _, c in runs], "peak_mb": round(worker.peak_mb(), 1), "info": info}
    sys.stdout.write("STANDIN_RESULT " + json.dumps(result) + "\n")
    sys.stdout.flush()
    os._exit(0)  # QGIS's teardown is slow and sometimes crashes; the result is out


# -- the driver ----------------------------------------------------------------------------------

def extract(revision: str, into: Path) -> Path:
    """The plugin at ``revision`` as ``into/clearground`` (git archive); the folder to put on the path."""
    target = into / "clearground"
    target.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", revision], check=True,
                             capture_output=True).stdout
    with tempfile.TemporaryFile() as fh:
        fh.write(archive)
        fh.seek(0)
        with tarfile.open(fileobj=fh) as tar:
            tar.extractall(target, filter="data") if hasattr(tarfile, "data_filter") else tar.extractall(target)
    return into


def now_plugins() -> Path:
    folder = ROOT / "build" / "qgis-plugins"
    folder.mkdir(parents=True, exist_ok=True)
    link = folder / "clearground"
    if not link.exists():
        link.symlink_to(ROOT, target_is_directory=True)
    return folder


def run_side(case: str, plugins: Path, switch: str, data: Path, out: Path, args) -> dict:
    command = [sys.executable, str(Path(__file__).resolve()), "--worker", case, "--plugins", str(plugins),
               "--switch", switch, "--data", str(data), "--out", str(out), "--repeat", str(args.repeat),
               "--budget", str(args.budget)]
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               QGIS_CUSTOM_CONFIG_PATH=str(ROOT / "build" / "profile"))
    proc = subprocess.run(command, capture_output=True, text=True, env=env, timeout=args.timeout)
    for line in proc.stdout.splitlines():
        if line.startswith("STANDIN_RESULT "):
            return json.loads(line[len("STANDIN_RESULT "):])
    tail = "\n".join((proc.stderr or proc.stdout).strip().splitlines()[-8:])
    raise RuntimeError(f"{case} ({switch or 'as it is'}): exit code {proc.returncode}\n{tail}")


def decide_writer(rows: list[dict]) -> None:
    """The packed R-tree can be written only by a writer that inserts the rows itself (OGR's R-tree
    trigger set aside): when the R-tree stays, the writer stays as its host if the two together earn
    the 1.5x over OGR."""
    by = {r["standin"]: r for r in rows}
    writer, rtree, both = by.get("writer"), by.get("rtree"), by.get("writer+rtree")
    if writer is None or rtree is None or both is None or rtree["decision"] != "keep":
        return
    if both["decision"] == "keep":
        writer["decision"] = both["decision"] = (f"keep: it writes the packed R-tree (kept), the two together "
                                                 f"{both['ratio']:.2f}x")
    else:
        both["decision"] = "use the library (OGR), R-tree and all"


def machine_key() -> str:
    """The machine a run was timed on: runs of other machines are not pooled with this one's."""
    cpu = ""
    try:
        with open("/proc/cpuinfo") as fh:
            cpu = next((line.split(":", 1)[1].strip() for line in fh if line.startswith("model name")), "")
    except OSError:
        pass
    return f"{platform.node()}|{cpu}|{os.cpu_count()}"


def load_history(path: Path, baseline: str, scale: float) -> list[dict]:
    """The runs of earlier invocations on the baseline's tree, at this scale, on this machine."""
    if not path.exists():
        return []
    key = machine_key()
    return [e for e in json.loads(path.read_text(encoding="utf-8"))
            if e["baseline"] == baseline and e["scale"] == scale and e["machine"] == key]


def save_history(path: Path, entries: list[dict]) -> None:
    old = json.loads(path.read_text(encoding="utf-8")) if path.exists() else []
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(old + entries, indent=0), encoding="utf-8")


def fmt(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


def machine_line() -> str:
    import report

    return "; ".join(line.lstrip("- ") for line in report._machine())


def render(rows: list[dict], now: dict, args, minutes: float, manifest) -> str:
    when = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    lines = [SECTION, "",
             f"- Date: {when}; command: `make bench-standins` (`bench/standins.py --scale {args.scale:g}`); "
             f"finished in {minutes:.0f} min. Data: bench/datagen.py at scale {args.scale:g}: "
             f"{manifest.records:,} records, {manifest.recorded_mines:,} recorded mines, {manifest.sectors:,} "
             f"sectors, {manifest.finds:,} finds ({manifest.cleared_finds:,} in cleared records, the input of the "
             f"analysis), a {manifest.csv_rows:,}-row mine table.",
             f"- {machine_line()}",
             f"- Both sides of a row run on the plugin of commit {args.baseline[:10]} (every stand-in still in "
             "it), in worker processes of their own, through processing.run; the library side differs by one "
             f"switch made in bench/standins.py. Each side runs in {args.rounds} worker processes, the sides of "
             "an operation one after the other, in a turned order from round to round; an operation runs up to "
             f"{args.repeat} times in a worker, as many as fit in {args.budget:g} s. The runs on that tree of "
             f"earlier invocations on this machine are pooled with them ({args.invocations} invocations; "
             "bench/out/standins-history.json, `--fresh` leaves them out): the machine is shared, and busy "
             "spells made single runs vary by up to 2x. Counted: the first run of each worker (a cold run, as "
             "an analyst's first in a QGIS session), from the invocations that ran both sides of the row. "
             "Given: the fastest of those runs (the one the other work on the machine disturbed least), their "
             "median, and the least CPU time (all threads); workers: how many worker processes ran the side.",
             f"- A stand-in stays only when the whole operation is at least {KEEP_RATIO}x faster with it, in its "
             "fastest run and in CPU time alike (a gain in wall time alone, the CPU time unchanged, is a busy "
             "spell of the machine): ratio = with library / with stand-in, of the fastest runs, then in "
             "brackets of the medians and of the CPU times.",
             "- Not timed here: clearground:districtreport, the fifth algorithm @bulk decorated (about 10 min a "
             "run at scale 1, nearly all of it QGIS laying out and rendering the PDF).", "",
             "| stand-in | operation | with stand-in | with library | ratio | decision |",
             "|---|---|---|---|---|---|"]
    for row in rows:
        a, b = row["a"], row["b"]
        lines.append(f"| {row['what']} | {row['title']} | {fmt(a['seconds'])} (median {fmt(a['median'])}, "
                     f"CPU {fmt(a['cpu'])}; {a['workers']} workers) | {fmt(b['seconds'])} (median "
                     f"{fmt(b['median'])}, CPU {fmt(b['cpu'])}; {b['workers']} workers) "
                     f"| **{row['ratio']:.2f}x** ({row['median_ratio']:.2f}x, {row['cpu_ratio']:.2f}x) | "
                     f"{row['decision']} |")
    if now:
        lines += ["", "The operations on the checkout as it is now (every decision above applied), against the "
                  "baseline in the same rounds of this invocation only:", "",
                  "| operation | now | the baseline (every stand-in, the collector off) | baseline / now |",
                  "|---|---|---|---|"]
        for case, pair in now.items():
            a, b = pair["now"], pair["baseline"]
            lines.append(f"| {OPERATIONS[case]} | {fmt(a['seconds'])} (median {fmt(a['median'])}, CPU "
                         f"{fmt(a['cpu'])}) | {fmt(b['seconds'])} (median {fmt(b['median'])}, CPU {fmt(b['cpu'])}) "
                         f"| {b['seconds'] / a['seconds']:.2f}x |")
    lines.append("")
    return "\n".join(lines)


def write_section(path: Path, section: str) -> None:
    """Put ``section`` in place of the file's section of that heading (or at its end)."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    text = replace_section(text, section)
    path.write_text(text, encoding="utf-8")


def replace_section(text: str, section: str) -> str:
    pattern = re.compile(rf"^{re.escape(SECTION)}\n.*?(?=^## |\Z)", re.S | re.M)
    if pattern.search(text):
        return pattern.sub(lambda _: section.rstrip("\n") + "\n\n", text).rstrip("\n") + "\n"
    return text.rstrip("\n") + "\n\n" + section.rstrip("\n") + "\n"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--worker"]:
        return worker_main(argv[1:])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="of bench/datagen.py's data (1: 10^6 points)")
    parser.add_argument("--data", type=Path, default=None,
                        help="the data folder (default bench/out/data-<scale>, made once and kept)")
    parser.add_argument("--baseline", default=BASELINE, help="the commit whose stand-ins are measured")
    parser.add_argument("--only", nargs="+", default=None,
                        help="stand-ins to compare: clip writer rtree writer+rtree hashing gc gc.freeze")
    parser.add_argument("--no-now", action="store_true", help="skip the runs of the checkout as it is")
    parser.add_argument("--rounds", type=int, default=2, help="worker processes per side, taken in turn")
    parser.add_argument("--repeat", type=int, default=3, help="runs of an operation in one worker, at most")
    parser.add_argument("--budget", type=float, default=12.0, help="seconds: the runs in one worker, at most")
    parser.add_argument("--timeout", type=float, default=900.0)
    parser.add_argument("--results", type=Path, default=HERE / "RESULTS.md")
    parser.add_argument("--json", type=Path, default=None, help="also write every measurement as JSON")
    parser.add_argument("--history", type=Path, default=HERE / "out" / "standins-history.json",
                        help="the runs on the baseline's tree of every invocation on this machine, pooled")
    parser.add_argument("--fresh", action="store_true", help="leave out the runs of earlier invocations")
    args = parser.parse_args(argv)
    started = time.time()
    import datagen

    data = args.data or HERE / "out" / f"data-{args.scale:g}"
    manifest = datagen.ensure(data, args.scale, log=print)
    comparisons = [c for c in COMPARISONS if args.only is None or c.standin in args.only]
    work = Path(tempfile.mkdtemp(prefix="clearground-standins-"))
    fresh: list[dict] = []  # this invocation's runs on the baseline's tree, kept for the next ones
    try:
        trees = {"baseline": extract(args.baseline, work / "baseline"), "now": now_plugins()}
        out = work / "out"
        out.mkdir()
        runs: dict[tuple[str, str, str], list[dict]] = {}
        earlier = [] if args.fresh else load_history(args.history, args.baseline, args.scale)
        for e in earlier:  # the baseline's tree is the same from run to run: its earlier runs count too
            runs.setdefault((e["case"], "baseline", e["switch"]), []).append(dict(e["result"], invocation=e["date"]))
        args.invocations = len({e["date"] for e in earlier}) + 1

        today = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime())

        def measure(case: str, side: Side) -> None:
            t = time.perf_counter()
            result = run_side(case, trees[side.tree], side.switch, data, out, args)
            runs.setdefault((case, side.tree, side.switch), []).append(dict(result, invocation=today))
            if side.tree == "baseline":
                fresh.append({"baseline": args.baseline, "scale": args.scale, "machine": machine_key(),
                              "date": today, "case": case, "switch": side.switch, "result": result})
            print(f"  {case:<18} {side.tree:<8} {side.switch or '(as it is)':<13} runs {result['runs_seconds']}  "
                  f"cpu {result['cpu_seconds']}  peak {result['peak_mb']:.0f} MB  "
                  f"(wall {time.perf_counter() - t:.0f} s)", flush=True)

        def merged(case: str, side: Side, other: Side | None = None) -> dict:
            """A side's runs: the first run of each worker (a cold run, as an analyst's first run in a QGIS
            session; the warm repeats would favour the sides whose runs are short), from the invocations
            that ran ``other`` too (so that both sides have as many). The fastest, the median, the least
            CPU, the largest peak, the number of workers."""
            results = runs[(case, side.tree, side.switch)]
            if other is not None:
                both = {r["invocation"] for r in runs[(case, other.tree, other.switch)]}
                results = [r for r in results if r["invocation"] in both]
            seconds = sorted(r["runs_seconds"][0] for r in results)
            cpu = sorted(r["cpu_seconds"][0] for r in results if r["cpu_seconds"]) or [float("nan")]
            return {"seconds": seconds[0], "median": seconds[(len(seconds) - 1) // 2], "cpu": cpu[0],
                    "runs_seconds": seconds, "workers": len(results), "peak_mb": max(r["peak_mb"] for r in results),
                    "info": results[-1]["info"]}

        # each round runs every side of an operation one after the other, in a turned order from round to
        # round, so that a busy spell of the shared machine falls on all of them alike
        sides: dict[str, dict[tuple[str, str], Side]] = {}
        for c in comparisons:
            for side in (c.standin_side, c.library_side):
                sides.setdefault(c.operation, {}).setdefault((side.tree, side.switch), side)
        if not args.no_now:  # the checkout as it is, in the same rounds as the baseline it is set against
            for case in list(sides):
                sides[case].setdefault(("now", ""), NOW)
                sides[case].setdefault(("baseline", ""), BASE)
        for round_ in range(args.rounds):
            print(f"round {round_ + 1} of {args.rounds}", flush=True)
            for case, of_case in sides.items():
                order = list(of_case.values())
                turn = round_ % len(order)
                for side in order[turn:] + order[:turn]:
                    measure(case, side)
        rows = []
        for c in comparisons:
            a = merged(c.operation, c.standin_side, c.library_side)
            b = merged(c.operation, c.library_side, c.standin_side)
            ratio, cpu_ratio = b["seconds"] / a["seconds"], b["cpu"] / a["cpu"]
            # both must show it: a gain in wall time alone, the CPU time the same, is a busy spell of the machine
            decision = "keep" if ratio >= KEEP_RATIO and not cpu_ratio < KEEP_RATIO else "use the library"
            rows.append({"standin": c.standin, "operation": c.operation, "what": c.what, "title": c.title,
                         "ratio": ratio, "decision": decision, "median_ratio": b["median"] / a["median"],
                         "cpu_ratio": cpu_ratio, "a": a, "b": b})
            print(f"{c.standin:<9} {c.operation:<18} {fmt(a['seconds']):>9} vs {fmt(b['seconds']):>9}  "
                  f"{ratio:.2f}x (median {b['median'] / a['median']:.2f}x, CPU {b['cpu'] / a['cpu']:.2f}x)  "
                  f"{decision}", flush=True)
            if a["info"] != b["info"]:
                print(f"  note: the outputs differ: {a['info']} vs {b['info']}", flush=True)
        decide_writer(rows)
        now = {}
        if not args.no_now:
            for case in sides:
                now[case] = {"now": merged(case, NOW, BASE), "baseline": merged(case, BASE, NOW)}
    finally:
        shutil.rmtree(work, ignore_errors=True)
        if fresh:
            save_history(args.history, fresh)
    section = render(rows, now, args, (time.time() - started) / 60, manifest)
    print(section)
    if args.only is None:
        write_section(args.results, section)
    else:
        print(f"(--only: {args.results} left as it is)")
    if args.json is not None:
        args.json.write_text(json.dumps({"rows": rows, "now": now, "platform": platform.platform()}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
