"""core/heap.py: freed heap pages go back to the system where the C library can be asked."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from clearground.core import heap

#: Run in a process of its own: what the heap holds depends on all that the process did before.
_FREED_ARRAYS = textwrap.dedent("""
    import sys
    import numpy as np
    from clearground.core import heap

    def resident_mb():
        with open("/proc/self/status") as fh:
            return next(int(line.split()[1]) / 1024.0 for line in fh if line.startswith("VmRSS:"))

    big = np.ones(1 << 21)  # a freed 16 MB block: glibc then keeps blocks of a few MB on its heap
    del big
    kept, small = [], []
    for _ in range(1000):  # 1 GB of 1 MB arrays, each followed by a small one still in use
        kept.append(np.ones(1 << 17))
        small.append(np.ones(64))
    del kept
    before = resident_mb()
    asked = heap.give_back() if sys.argv[1] == "give-back" else True
    print(asked, round(before - resident_mb()))
""")


def _freed_mb(mode: str) -> tuple[str, int]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))  # the package as imported here
    done = subprocess.run([sys.executable, "-c", _FREED_ARRAYS, mode], capture_output=True, text=True,
                          check=True, timeout=120, env=env)
    asked, freed = done.stdout.split()
    return asked, int(freed)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_the_pages_of_many_freed_arrays_go_back_to_the_system():
    assert _freed_mb("give-back") == ("True", pytest.approx(1000, abs=200))
    asked, freed = _freed_mb("keep")  # without it they stay with the process
    assert freed < 100


def test_without_malloc_trim_nothing_is_asked(monkeypatch):
    monkeypatch.setattr(heap, "_trim", lambda: None)
    assert heap.give_back() is False
