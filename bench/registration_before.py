"""The matching with the registration of before the aliases, side by side with the matching now.

    python bench/registration_before.py --data DIR [--rounds 3] [--case match_cg match_cg_sectors]

Registration learned to weigh every alias of a periodic record (its row gaps and spacings, small
turns) in the commit that followed 868b3af. Three checkouts are made in a temporary folder, and
the worker of each (its own bench/worker.py) and of this checkout run on the same data, one after
the other, in turn, for several rounds:

- ``before``: the plugin of commit 868b3af, as it was;
- ``before, stand-ins out``: the same with the two stand-ins taken out since under their own rule
  (the collector left on, text columns decoded through np.unique), as the plugin now runs;
- ``registration before``: the plugin of this checkout, its records registered by the register()
  of 868b3af (the fit to the finds alone), the rest of the analysis as it is now;
- ``now``: this checkout.

``now`` against ``registration before`` is the cost of the change alone. Prints one line per run
and, per case, the medians and their ratios. ``--data`` is a folder of bench/datagen.py's data.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BEFORE = "868b3af"
STAND_INS_OUT = ("11c8362", "1778a7e")

#: Appended to core/discrepancy.py of the "registration before" checkout: register() as it was.
ADAPTER = '''

# -- the registration of before (bench/registration_before.py) ------------------------------------
from . import offsets_before as _before  # noqa: E402
from .offsets import OffsetFit as _OffsetFit  # noqa: E402


def register(*args, **kwargs):  # noqa: F811
    fit = _before.register(*args, **kwargs)
    if fit is None:
        return None
    t = fit.transform
    return _OffsetFit(Similarity(t.dx, t.dy, t.rotation_deg, t.scale, t.px, t.py), fit.rms_before,
                      fit.rms_after, fit.matches, fit.matches_before, fit.mean_shift, fit.mine_index,
                      fit.find_index, evidence=fit.matches)
'''


def git(*args: str, cwd: Path = ROOT) -> str:
    return subprocess.run(("git", *args), cwd=cwd, check=True, capture_output=True, text=True).stdout


def checkouts(folder: Path) -> dict[str, Path]:
    """The checkouts compared, made as git worktrees in ``folder``."""
    out = {}
    for name, commit in (("before", BEFORE), ("before, stand-ins out", BEFORE), ("registration before", "HEAD")):
        path = folder / name.replace(",", "").replace(" ", "-")
        git("worktree", "add", "--detach", "--force", str(path), commit)
        out[name] = path
    who = ("-c", "user.name=bench", "-c", "user.email=bench@localhost")
    out_of = out["before, stand-ins out"]
    for commit in STAND_INS_OUT:
        if subprocess.run(("git", *who, "cherry-pick", "--no-commit", commit), cwd=out_of,
                          capture_output=True).returncode:
            _resolve_bulk_import(out_of)
    mixed = out["registration before"]
    (mixed / "core" / "offsets_before.py").write_text(git("show", f"{BEFORE}:core/offsets.py"))
    with open(mixed / "core" / "discrepancy.py", "a", encoding="utf-8") as fh:
        fh.write(ADAPTER)
    out["now"] = ROOT
    return out


def _resolve_bulk_import(path: Path) -> None:
    """The one conflict of taking @bulk out of 868b3af: its import beside two newer ones."""
    target = path / "processing" / "algorithms" / "import_mine_map.py"
    lines = target.read_text().splitlines(keepends=True)
    kept = [line for line in lines if not line.startswith(("<<<<<<<", "=======", ">>>>>>>"))
            and "core.bulk import bulk" not in line]
    target.write_text("".join(kept))


def run(checkout: Path, case: str, data: Path, out: Path) -> dict:
    """One worker of ``checkout``'s own bench on ``case``: its BENCH_RESULT."""
    done = subprocess.run((sys.executable, str(checkout / "bench" / "worker.py"), case, "--data", str(data),
                           "--out", str(out)), capture_output=True, text=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    line = next((x for x in done.stdout.splitlines() if x.startswith("BENCH_RESULT ")), None)
    if line is None:
        raise SystemExit(f"{checkout} {case} failed:\n{done.stderr[-2000:]}")
    return json.loads(line[len("BENCH_RESULT "):])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--case", nargs="+", default=["match_cg", "match_cg_sectors"])
    args = parser.parse_args()
    if args.rounds < 1:
        parser.error("--rounds must be 1 or more")
    with tempfile.TemporaryDirectory(prefix="registration-before-") as tmp:
        folder = Path(tmp)
        try:
            sides = checkouts(folder)
            for case in args.case:
                medians: dict[str, list[float]] = {name: [] for name in sides}
                for r in range(args.rounds):
                    for name, path in sides.items():
                        result = run(path, case, args.data, folder / "out")
                        medians[name].append(result["seconds"])
                        print(f"{case} round {r + 1} {name}: {result['seconds']:.2f} s {result['runs_seconds']}",
                              flush=True)
                now = statistics.median(medians["now"])
                for name, values in medians.items():
                    median = statistics.median(values)
                    print(f"{case} {name}: median {median:.2f} s; now / this {now / median:.2f}x")
        finally:  # the worktrees made, even when making one failed
            for path in folder.iterdir():
                if (path / ".git").exists():
                    git("worktree", "remove", "--force", str(path))
            git("worktree", "prune")


if __name__ == "__main__":
    main()
