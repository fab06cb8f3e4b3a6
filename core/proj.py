"""pyproj on one thread of its own: every CRS and transformer of the plugin is made and used here.

QGIS runs algorithms in QThreads (Processing tasks). With QGIS 3.40's PROJ, pyproj crashes the
second time a task thread creates or uses a transformer, while a plain Python thread is safe. So
the plugin never calls pyproj's PROJ-backed objects from the caller's thread: ``call`` runs a
function on one long-lived worker thread, and ``Transformer`` is pyproj's transformer made and used
there. Geodesic computations (pyproj.Geod) do not use PROJ contexts and stay where they are.
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable

import pyproj

_worker: list[int] = []


def _remember_worker() -> None:
    _worker.append(threading.get_ident())


_EXECUTOR = ThreadPoolExecutor(max_workers=1, thread_name_prefix="clearground-proj", initializer=_remember_worker)


def call(function: Callable[..., Any], *args, **kwargs) -> Any:
    """``function(*args, **kwargs)`` on the pyproj thread (directly when already there)."""
    if _worker and threading.get_ident() == _worker[0]:
        return function(*args, **kwargs)
    return _EXECUTOR.submit(function, *args, **kwargs).result()


class Transformer:
    """pyproj.Transformer, created and used on the pyproj thread; the methods are pyproj's."""

    def __init__(self, inner: pyproj.Transformer):
        self._inner = inner

    @classmethod
    def from_crs(cls, crs_from: Any, crs_to: Any, **kwargs) -> Transformer:
        return cls(call(pyproj.Transformer.from_crs, crs_from, crs_to, **kwargs))

    def transform(self, *args, **kwargs):
        return call(self._inner.transform, *args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._inner, name)
        if callable(attribute):
            return lambda *args, **kwargs: call(attribute, *args, **kwargs)
        return call(getattr, self._inner, name)


def is_projected(crs: Any) -> bool:
    """Whether a CRS (anything pyproj.CRS.from_user_input takes) is projected."""
    return call(lambda: pyproj.CRS.from_user_input(crs).is_projected)


def datum_name(crs: Any) -> str:
    """The name of a CRS's datum ('' when it has none)."""
    def _name() -> str:
        datum = pyproj.CRS.from_user_input(crs).datum
        return datum.name if datum is not None else ""

    return call(_name)
