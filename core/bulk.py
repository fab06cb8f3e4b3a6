"""Making millions of Python objects at once: the cycle collector paused meanwhile.

Python's cycle collector runs every few hundred new container objects (lists, tuples, records) and
then walks the ones that survived before; while a national mine table becomes millions of them,
those walks cost more than the work itself (reading 10^6 CSV rows: 1.9 s with it, 0.45 s without).
Nothing of that work makes cycles, so the collector waits until it is done.
"""

from __future__ import annotations

import functools
import gc
from contextlib import contextmanager
from typing import Any, Callable, Iterator


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector paused inside the block, and running again after it as before."""
    running = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if running:
            gc.enable()


def bulk(method: Callable[..., Any]) -> Callable[..., Any]:
    """The method run with the cycle collector paused (see collector_paused)."""

    @functools.wraps(method)
    def paused(*args: Any, **kwargs: Any) -> Any:
        with collector_paused():
            return method(*args, **kwargs)

    return paused
