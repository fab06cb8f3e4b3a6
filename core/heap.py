"""Giving freed memory back to the operating system between the steps of a national analysis."""

from __future__ import annotations

import ctypes
import ctypes.util
import functools


@functools.lru_cache(maxsize=1)
def _trim():
    """glibc's malloc_trim, or None where the C library has none (Windows, macOS, musl)."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim = libc.malloc_trim
    except (AttributeError, OSError, TypeError):
        return None
    trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
    return trim


def give_back() -> bool:
    """Return the heap's free pages to the system; whether it could be asked.

    Arrays of a few megabytes live on the C heap; once a step lets go of millions of them, their
    pages stay with the process, while the next step's many small Python objects are given fresh
    memory of their own. A national analysis would then hold both at once."""
    trim = _trim()
    if trim is None:
        return False
    trim(0)
    return True
