"""ClearGround at national scale, side by side with QGIS's own algorithms: ``make bench``.

    .venv/bin/python bench/run.py [--scale 1] [--scale 0.1 1 10] [--cache] [--results bench/RESULTS.md]

For each scale: generates the data (bench/datagen.py: 10,000 records, 1,000,000 recorded mines,
1,000,000 finds, 100,000 sectors and a 1,000,000-row mine table at scale 1) in a temporary folder
(or, with --cache, in bench/out/data-<scale>, kept for the next run), then runs every operation in
a worker process of its own (bench/worker.py): the read floor (GDAL alone), the ClearGround
algorithm and the QGIS-native chain. Writes RESULTS.md (the table, the targets met or not, the
machine) and prints it.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import datagen  # noqa: E402
import report  # noqa: E402

WORKER = HERE / "worker.py"


@dataclass
class Run:
    """The outcome of one worker: its JSON result, or why there is none."""

    case: str
    result: dict | None = None
    error: str | None = None
    skipped: str | None = None

    @property
    def seconds(self) -> float | None:
        return None if self.result is None else float(self.result["seconds"])

    @property
    def peak_mb(self) -> float | None:
        return None if self.result is None else float(self.result["peak_mb"])


@dataclass
class ScaleRun:
    scale: float
    manifest: dict
    runs: dict[str, Run] = field(default_factory=dict)
    load: str = ""


def run_worker(case: str, data: Path, out: Path, timeout: float, extra: list[str] | None = None) -> Run:
    """Run one case in a fresh process; its result, or the error / timeout."""
    command = [sys.executable, str(WORKER), case, "--data", str(data), "--out", str(out), *(extra or [])]
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    try:
        proc = subprocess.run(command, capture_output=True, text=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return Run(case, error=f"timed out after {timeout:.0f} s")
    for line in proc.stdout.splitlines():
        if line.startswith("BENCH_RESULT "):
            return Run(case, result=json.loads(line[len("BENCH_RESULT "):]))
    tail = "\n".join((proc.stderr or proc.stdout).strip().splitlines()[-6:])
    return Run(case, error=f"exit code {proc.returncode}: {tail}")


def estimate(previous: list[ScaleRun], case: str, scale: float) -> float | None:
    """The time ``case`` would take at ``scale``, from the largest smaller scale run (linear growth)."""
    for prior in sorted(previous, key=lambda p: -p.scale):
        run = prior.runs.get(case)
        if prior.scale < scale and run is not None and run.seconds is not None:
            return run.seconds * scale / prior.scale
    return None


def run_scale(scale: float, args, previous: list[ScaleRun], log) -> ScaleRun:
    if args.cache:
        data = HERE / "out" / f"data-{scale:g}"
        owned = False
    else:
        data = Path(tempfile.mkdtemp(prefix=f"clearground-bench-{scale:g}-"))
        owned = True
    out = Path(tempfile.mkdtemp(prefix="clearground-bench-out-"))
    try:
        log(f"scale {scale:g}: data in {data}")
        t = time.perf_counter()
        manifest = datagen.ensure(data, scale, log=log)
        log(f"  ready in {time.perf_counter() - t:.1f} s (generated in {manifest.seconds:.1f} s)")
        srun = ScaleRun(scale, manifest.__dict__, load=_load_average())
        for op in report.OPERATIONS:
            for kind, case in (("floor", op.floor), ("ours", op.ours), ("floor", op.rw_floor), ("native", op.native),
                               ("extra", op.extra)):
                if case is None:
                    continue
                extra_args = []
                if case == "sectors_native":
                    extra_args = ["--subset", str(args.native_subset)]
                if case == "click":
                    extra_args = ["--clicks", str(args.clicks)]
                timeout = args.timeout
                if kind == "native":
                    guess = estimate(previous, case, scale)
                    if guess is not None and guess > args.native_limit:
                        srun.runs[case] = Run(case, skipped=f"skipped: about {guess:.0f} s expected from the "
                                                           f"smaller scale, over the {args.native_limit:.0f} s limit")
                        log(f"  {case:<20} {srun.runs[case].skipped}")
                        continue
                    timeout = args.native_limit
                t = time.perf_counter()
                run = run_worker(case, data, out, timeout, extra_args)
                srun.runs[case] = run
                status = f"{run.seconds:8.2f} s  peak {run.peak_mb:7.0f} MB" if run.result else run.error
                log(f"  {case:<20} {status}  (wall {time.perf_counter() - t:.1f} s)")
        return srun
    finally:
        shutil.rmtree(out, ignore_errors=True)
        if owned and not args.keep:
            shutil.rmtree(data, ignore_errors=True)


def _load_average() -> str:
    try:
        return " ".join(f"{v:.1f}" for v in os.getloadavg())
    except OSError:
        return ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, nargs="+", default=[1.0],
                        help="1 is national scale (10^6 mines and finds); e.g. --scale 0.1 1 10")
    parser.add_argument("--cache", action="store_true",
                        help="keep the generated data in bench/out/data-<scale> and reuse it")
    parser.add_argument("--keep", action="store_true", help="keep the temporary data folder")
    parser.add_argument("--results", type=Path, default=HERE / "RESULTS.md", help="where to write the table")
    parser.add_argument("--json", type=Path, default=None, help="also write every measurement as JSON")
    parser.add_argument("--native-limit", type=float, default=900.0,
                        help="seconds: a native chain expected to take longer is skipped, one running longer stopped")
    parser.add_argument("--native-subset", type=int, default=200,
                        help="records run through create grid + clip (the rest is extrapolated)")
    parser.add_argument("--clicks", type=int, default=15, help="clicks of the Mark sectors tool timed")
    parser.add_argument("--timeout", type=float, default=3600.0, help="seconds allowed to one ClearGround operation")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)

    def log(text: str) -> None:
        if not args.quiet:
            print(text, flush=True)

    started = time.time()
    runs: list[ScaleRun] = []
    for scale in sorted(args.scale):
        runs.append(run_scale(scale, args, runs, log))
    text = report.render(runs, started, args)
    if args.results.exists():  # the section bench/standins.py writes stays as it is
        text = report.keep_standins(args.results.read_text(encoding="utf-8"), text)
    args.results.parent.mkdir(parents=True, exist_ok=True)
    args.results.write_text(text, encoding="utf-8")
    if args.json is not None:
        args.json.write_text(json.dumps([{"scale": r.scale, "manifest": r.manifest, "load": r.load,
                                          "runs": {k: v.__dict__ for k, v in r.runs.items()}} for r in runs],
                                        indent=1), encoding="utf-8")
    print(text)
    failed = [f"{r.scale:g}:{k}" for r in runs for k, v in r.runs.items() if v.error and not k.endswith("_native")]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
