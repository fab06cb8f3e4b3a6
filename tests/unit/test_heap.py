"""core/heap.py: freed heap pages go back to the system where the C library can be asked."""

from __future__ import annotations

import sys

import numpy as np
import pytest

from clearground.core import heap


def _resident_mb() -> float:
    with open("/proc/self/status") as fh:
        return next(int(line.split()[1]) / 1024.0 for line in fh if line.startswith("VmRSS:"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_the_pages_of_many_freed_arrays_go_back_to_the_system():
    big = np.ones(1 << 21)  # a freed 16 MB block: glibc then keeps blocks of a few MB on its heap
    del big
    kept, small = [], []
    for _ in range(1000):  # 1 GB of 1 MB arrays, each followed by a small one still in use
        kept.append(np.ones(1 << 17))
        small.append(np.ones(64))
    del kept
    before = _resident_mb()
    assert heap.give_back()
    assert _resident_mb() < before - 500
    assert len(small) == 1000


def test_without_malloc_trim_nothing_is_asked(monkeypatch):
    monkeypatch.setattr(heap, "_trim", lambda: None)
    assert heap.give_back() is False
