"""The operations of the benchmark, their targets, and bench/RESULTS.md."""

from __future__ import annotations

import datetime as dt
import os
import platform
import re
from dataclasses import dataclass
from typing import Callable

MEMORY_LIMIT_MB = 2048.0
CLICK_LIMIT_S = 0.100


@dataclass(frozen=True)
class Operation:
    key: str
    title: str
    ours: str
    native: str | None
    floor: str | None
    ours_label: str
    native_label: str
    extra: str | None = None
    extra_label: str = ""
    #: The read-and-write floor: GDAL reads the inputs and writes the output, nothing else.
    rw_floor: str | None = None


OPERATIONS: tuple[Operation, ...] = (
    Operation("tally", "Tally finds by district and category (weighted by quantity)", "tally_cg", "tally_native",
              "floor_tally", "clearground:tallyfinds",
              "native:joinattributesbylocation + qgis:statisticsbycategories + native:countpointsinpolygon"),
    Operation("match", "Match the finds of cleared records to recorded mines (10 m)", "match_cg", "match_native",
              "floor_match", "clearground:finddiscrepancies (records, mines, finds)",
              "native:joinbynearest (1 neighbour, max distance 10 m as degrees)",
              extra="match_cg_sectors", extra_label="clearground:finddiscrepancies with SECTORS (the whole analysis)"),
    Operation("import", "Import the mine table (CSV) into GeoPackage", "import_cg", "import_native", "floor_import",
              "clearground:importminemap into a new workspace (every row validated)",
              "delimited text provider + QgsVectorFileWriter to GeoPackage",
              extra="import_cg_sinks", extra_label="clearground:importminemap to GeoPackage output layers instead"),
    Operation("sectors", "Cut 25 m sectors in every record", "sectors_cg", "sectors_native", "floor_sectors",
              "clearground:generatesectors",
              "native:reprojectlayer + per record native:creategrid + native:clip", rw_floor="floor_sectors_rw"),
    Operation("sectors_real", "Cut 25 m sectors in real-shaped suspect areas (long edges, holes, bowties, no "
              "geometry)", "sectors_cg_real", None, "floor_sectors_real",
              "clearground:generatesectors on bench/shapes.py's suspect areas", "", rw_floor="floor_sectors_real_rw"),
    Operation("mark", "Mark the sectors that cleared ground covers", "mark_cg", "mark_native", "floor_mark",
              "clearground:marksectors (90% overlap, to GeoPackage)",
              "native:extractbylocation (the sectors within the cleared ground)", rw_floor="floor_mark_rw",
              extra="mark_cg_workspace", extra_label="clearground:marksectors into a copy of the workspace (in place, "
                                                     "its audit_log written)"),
    Operation("mark_real", "Mark the real-shaped areas' sectors from real-shaped cleared polygons", "mark_cg_real",
              "mark_native_real", None, "clearground:marksectors on the sectors of the suspect areas",
              "native:extractbylocation (the sectors within the cleared polygons)", rw_floor="floor_mark_real_rw"),
    Operation("click", "Mark sectors tool: click to saved edit (median)", "click", None, None,
              "Mark sectors map tool", ""),
)


def _fmt_s(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    if seconds < 1:
        return f"{seconds * 1000:.0f} ms"
    return f"{seconds:,.1f} s"


def _fmt_mb(mb: float | None) -> str:
    return "-" if mb is None else f"{mb:,.0f} MB"


def _cell(run) -> tuple[str, str]:
    if run is None:
        return "-", "-"
    if run.result is None:
        return (run.skipped or run.error or "failed").split("\n")[0], "-"
    mark = " (extrapolated)" if run.result.get("extrapolated") else ""
    return _fmt_s(run.seconds) + mark, _fmt_mb(run.peak_mb)


def _cpu(run) -> str:
    """The CPU time (all threads) of the reported run, when the worker measured it."""
    if run is None or run.result is None or run.result.get("cpu_seconds") is None:
        return "-"
    return _fmt_s(float(run.result["cpu_seconds"]))


def _ratio(a, b) -> float | None:
    if a is None or b is None or a.seconds is None or b.seconds is None or b.seconds <= 0:
        return None
    return a.seconds / b.seconds


def targets(srun) -> list[tuple[str, bool | None, str]]:
    """(target, met or None when not measured, measured value) at one scale."""
    r = srun.runs
    out: list[tuple[str, bool | None, str]] = []

    def ratio_target(text: str, value: float | None, good: Callable[[float], bool], unit: str = "x") -> None:
        out.append((text, None if value is None else good(value), "-" if value is None else f"{value:.1f}{unit}"))

    ratio_target("tally: at least 50x faster than the native chain",
                 _ratio(r.get("tally_native"), r.get("tally_cg")), lambda v: v >= 50)
    ratio_target("tally: within 3x of the read floor", _ratio(r.get("tally_cg"), r.get("floor_tally")),
                 lambda v: v <= 3)
    ratio_target("the whole analysis (finddiscrepancies with SECTORS) no slower than native:joinbynearest alone",
                 _ratio(r.get("match_native"), r.get("match_cg_sectors")), lambda v: v >= 1)
    imp = r.get("import_cg")
    validated = None
    if imp is not None and imp.result is not None:
        info = imp.result["info"]
        validated = info["ROWS_IMPORTED"] + info["ROWS_REJECTED"] == info["ROWS_READ"]
    speed = _ratio(r.get("import_native"), imp)
    out.append(("import: at least as fast as the delimited-text route, validating every row",
                None if speed is None or validated is None else (speed >= 1.0 and validated),
                "-" if speed is None else f"{speed:.2f}x; every row imported or rejected: "
                                          f"{'yes' if validated else 'no'}"))
    peak = None if imp is None else imp.peak_mb
    out.append(("import: peak memory under 2 GB", None if peak is None else peak < MEMORY_LIMIT_MB,
                "-" if peak is None else _fmt_mb(peak)))
    for case, floor, what in (("sectors_cg", "floor_sectors_rw", "sector generation"),
                              ("sectors_cg_real", "floor_sectors_real_rw", "sector generation (real-shaped areas)"),
                              ("mark_cg", "floor_mark_rw", "marking sectors"),
                              ("mark_cg_real", "floor_mark_real_rw", "marking sectors (real-shaped areas)")):
        ratio_target(f"{what}: within 2x of its read-and-write floor ({srun.manifest['sectors']:,} sectors in "
                     "the workspace)" if case == "mark_cg" else f"{what}: within 2x of its read-and-write floor",
                     _ratio(r.get(case), r.get(floor)), lambda v: v <= 2)
    for case, native, what in (("mark_cg", "mark_native", "marking sectors"),
                               ("mark_cg_real", "mark_native_real", "marking sectors (real-shaped areas)")):
        ratio_target(f"{what}: at least 5x faster than native:extractbylocation", _ratio(r.get(native), r.get(case)),
                     lambda v: v >= 5)
    ratio_target("sector generation: at least 5x faster than create grid + clip",
                 _ratio(r.get("sectors_native"), r.get("sectors_cg")), lambda v: v >= 5)
    click = r.get("click")
    out.append((f"a click on the Mark sectors tool under 100 ms ({srun.manifest['sectors']:,} sectors)",
                None if click is None or click.seconds is None else click.seconds < CLICK_LIMIT_S,
                "-" if click is None or click.result is None else
                f"median {click.result['info']['median_ms']:.0f} ms, first {click.result['info']['first_ms']:.0f} ms, "
                f"max {click.result['info']['max_ms']:.0f} ms; activating the tool (it opens the edit session) "
                f"{click.result['info'].get('activate_ms', float('nan')):.0f} ms"))
    peaks = [(k, v.peak_mb) for k, v in r.items()
             if v.peak_mb is not None and not k.startswith("floor") and not k.endswith("native")]
    worst = max(peaks, key=lambda p: p[1]) if peaks else None
    out.append(("peak memory under 2 GB for every ClearGround operation",
                None if worst is None else worst[1] < MEMORY_LIMIT_MB,
                "-" if worst is None else f"largest {worst[1]:,.0f} MB ({worst[0]})"))
    return out


def _machine() -> list[str]:
    cpu = ""
    try:
        with open("/proc/cpuinfo") as fh:
            cpu = next((line.split(":", 1)[1].strip() for line in fh if line.startswith("model name")), "")
    except OSError:
        pass
    memory = ""
    try:
        with open("/proc/meminfo") as fh:
            kb = int(next(line.split()[1] for line in fh if line.startswith("MemTotal")))
            memory = f"{kb / 1024 / 1024:.1f} GB"
    except (OSError, StopIteration):
        pass
    versions = []
    try:
        from qgis.core import Qgis

        versions.append(f"QGIS {Qgis.QGIS_VERSION}")
    except ImportError:
        versions.append("QGIS (not importable)")
    try:
        from osgeo import gdal

        versions.append(f"GDAL {gdal.__version__}")
    except ImportError:
        pass
    for name in ("shapely", "numpy", "pyproj"):
        try:
            module = __import__(name)
            versions.append(f"{name} {module.__version__}")
        except ImportError:
            pass
    versions.append(f"Python {platform.python_version()}")
    return [f"- Machine: {cpu or platform.processor()}, {os.cpu_count()} cores, {memory} memory, "
            f"{platform.system()} {platform.release()}",
            f"- Software: {', '.join(versions)}"]


def _tally_check(srun) -> str | None:
    ours, native = srun.runs.get("tally_cg"), srun.runs.get("tally_native")
    if ours is None or native is None or ours.result is None or native.result is None:
        return None
    a, b = ours.result.get("cells", {}), native.result.get("cells", {})
    differ = sum(1 for k in set(a) | set(b) if a.get(k, 0) != b.get(k, 0))
    text = ("same numbers in every district and category cell" if differ == 0 else
            f"{differ} district/category cells differ between ClearGround and the native chain")
    o, n = ours.result["info"], native.result["info"]
    if "in_districts_count_points" in n:
        same = o["total"] - o["unassigned"] == n["in_districts_count_points"]
        text += (f"; the finds in districts, {o['total'] - o['unassigned']:,}, "
                 f"{'equal' if same else 'DIFFER from'} native:countpointsinpolygon's sum")
    return text


def _scale_section(srun) -> list[str]:
    m = srun.manifest
    lines = [f"## Scale {srun.scale:g}", "",
             f"Data: {m['records']:,} minefield records, {m['recorded_mines']:,} recorded mines, "
             f"{m['sectors']:,} sectors, {m['finds']:,} finds ({m['cleared_finds']:,} in cleared records, the "
             f"input of the matching), a {m['csv_rows']:,}-row mine table ({m['csv_broken_rows']:,} rows broken on "
             f"purpose); generated in {m['seconds']:.0f} s. Load average when the run started: {srun.load}.", "",
             "| operation | ClearGround | CPU | peak | QGIS-native way | peak | native / ClearGround | read floor "
             "(GDAL) | ClearGround / floor | read-and-write floor (GDAL) | ClearGround / that floor |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    for op in OPERATIONS:
        ours, native, floor = (srun.runs.get(op.ours), srun.runs.get(op.native) if op.native else None,
                               srun.runs.get(op.floor) if op.floor else None)
        o_s, o_m = _cell(ours)
        n_s, n_m = _cell(native) if op.native else ("(no native equivalent)", "-")
        ratio = _ratio(native, ours)
        to_floor = _ratio(ours, floor)
        rw = srun.runs.get(op.rw_floor) if op.rw_floor else None
        to_rw = _ratio(ours, rw)
        lines.append(f"| {op.title} | {o_s} | {_cpu(ours)} | {o_m} | {n_s} | {n_m} | "
                     f"{'-' if ratio is None else f'{ratio:.1f}x'} | {_cell(floor)[0]} | "
                     f"{'-' if to_floor is None else f'{to_floor:.1f}x'} | {_cell(rw)[0]} | "
                     f"{'-' if to_rw is None else f'{to_rw:.1f}x'} |")
        if op.extra:
            extra = srun.runs.get(op.extra)
            e_s, e_m = _cell(extra)
            lines.append(f"| ... {op.extra_label} | {e_s} | {_cpu(extra)} | {e_m} | | | | | | | |")
    lines += ["", "What ran, step by step, and what it produced:", ""]
    for op in OPERATIONS:
        for case, label in ((op.ours, op.ours_label), (op.native, op.native_label), (op.extra, op.extra_label)):
            run = srun.runs.get(case) if case else None
            if run is None:
                continue
            if run.result is None:
                lines.append(f"- `{case}` ({label}): {run.skipped or run.error}")
                continue
            steps = "; ".join(f"{name} {_fmt_s(sec)}" for name, sec in run.result.get("steps", {}).items())
            info = ", ".join(f"{k} {v}" for k, v in run.result.get("info", {}).items())
            extra = ""
            if run.result.get("extrapolated"):
                i = run.result["info"]
                extra = (f" EXTRAPOLATED: {i['records_run']:,} of {i['records']:,} records run through create "
                         f"grid + clip in {i['measured_seconds']:.1f} s, the per-record time multiplied out to "
                         f"every record.")
            runs = run.result.get("runs_seconds", [])
            repeat = f" Median of {len(runs)} runs ({', '.join(_fmt_s(r) for r in runs)})." if len(runs) > 1 else ""
            lines.append(f"- `{case}` ({label}): {steps or _fmt_s(run.seconds)}. {info}.{extra}{repeat}")
    check = _tally_check(srun)
    if check:
        lines += ["", f"Tally check: {check}."]
    scope = "" if srun.scale == 1 else " (the issue sets them for scale 1; shown here to see the trend)"
    lines += ["", f"Targets{scope}:", "", "| target | measured | met |", "|---|---|---|"]
    for text, met, value in targets(srun):
        lines.append(f"| {text} | {value} | {'-' if met is None else ('met' if met else 'NOT MET')} |")
    return lines + [""]


def _growth(runs) -> list[str]:
    if len(runs) < 2:
        return []
    scales = [r.scale for r in runs]
    lines = ["## How cost grows", "", "| case | " + " | ".join(f"scale {s:g}" for s in scales) + " |",
             "|---|" + "---|" * len(scales)]
    cases = []
    for op in OPERATIONS:
        cases += [c for c in (op.floor, op.rw_floor, op.ours, op.native, op.extra) if c]
    cases = list(dict.fromkeys(cases))
    for case in cases:
        cells = []
        for r in runs:
            run = r.runs.get(case)
            if run is None:
                cells.append("-")
            elif run.result is None:
                cells.append("skipped" if run.skipped else "failed")
            else:
                cells.append(f"{_fmt_s(run.seconds)} / {_fmt_mb(run.peak_mb)}")
        lines.append(f"| `{case}` | " + " | ".join(cells) + " |")
    lines += _across(runs)
    return lines + [""]


#: The whole analysis may cost at most this many times its scale-1 cost at scale 10.
GROWTH_LIMIT = 12.0


def _across(runs) -> list[str]:
    """The targets that compare scales: the analysis at scale 10 against scale 1."""
    by_scale = {r.scale: r for r in runs}
    if 1.0 not in by_scale or 10.0 not in by_scale:
        return []
    lines = ["", "Targets across scales:", "", "| target | measured | met |", "|---|---|---|"]
    for case in ("match_cg_sectors", "match_cg"):
        small, large = by_scale[1.0].runs.get(case), by_scale[10.0].runs.get(case)
        growth = _ratio(large, small)
        label = ("the whole analysis (with SECTORS)" if case == "match_cg_sectors" else
                 "the analysis without SECTORS")
        lines.append(f"| {label}: cost at scale 10 at most {GROWTH_LIMIT:g}x its cost at scale 1 | "
                     f"{'-' if growth is None else f'{growth:.1f}x'} | "
                     f"{'-' if growth is None else ('met' if growth <= GROWTH_LIMIT else 'NOT MET')} |")
    return lines


def render(runs, started: float, args) -> str:
    when = dt.datetime.fromtimestamp(started, dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    scales = " ".join(f"{r.scale:g}" for r in runs)
    lines = ["# ClearGround at national scale, side by side with QGIS's own algorithms", "",
             f"- Date: {when}; command: `make bench` (`bench/run.py --scale {scales}`); finished in "
             f"{(dt.datetime.now(dt.timezone.utc).timestamp() - started) / 60:.0f} min.",
             *_machine(),
             "- Every operation ran in a worker process of its own that started QGIS once and timed only the "
             "operation, through processing.run as the toolbox runs it, on the same files; peak is the "
             "worker's peak resident memory (VmHWM, QGIS itself included). The read floor is the "
             "time GDAL takes to merely read the input (its Arrow stream). An operation runs up to 5 times "
             "in its worker, as many times as fit in 30 s, and the median is reported (of an even count, "
             "the slower middle run; the machine is shared).",
             f"- Native chains expected to take over {args.native_limit:.0f} s are skipped; create grid + clip runs "
             f"on {args.native_subset} records and is extrapolated to all (marked).", ""]
    for srun in runs:
        lines += _scale_section(srun)
    lines += _growth(runs)
    return "\n".join(lines)


STANDINS_SECTION = "## Library stand-ins"
#: Sections measured by hand (their heading ends so), kept like the stand-ins' section.
APART = ", measured apart"


def keep_standins(old: str, new: str) -> str:
    """``new`` with the sections of ``old`` that a run does not write at its end: those measured
    apart, then "Library stand-ins" (written by bench/standins.py)."""
    kept = re.findall(rf"^## [^\n]*{re.escape(APART)}\n.*?(?=^## |\Z)", old, re.S | re.M)
    kept += re.findall(rf"^{re.escape(STANDINS_SECTION)}\n.*?(?=^## |\Z)", old, re.S | re.M)
    out = new.rstrip("\n")
    for section in kept:
        if section.splitlines()[0] not in new.splitlines():
            out += "\n\n" + section.rstrip("\n")
    return out + "\n"
