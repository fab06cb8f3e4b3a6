"""One datum transformation per import, chosen once and stated (Pulkovo 1942 -> WGS 84 and the like).

PROJ left to itself picks a transformation point by point from the areas of use, so neighbouring
mines of one record can be converted by different transformations metres apart (inside Azerbaijan
along 47.5E at 41.17N, along 39.5N at 48.95E, along 49.5E at 41.15N). Here the transformation is
chosen once per source CRS and import, in this order:

1. ``requested``: an EPSG operation code (``EPSG:1808``) or a PROJ pipeline string;
2. ``project``: what the QGIS project's transformation settings say for that CRS (a PROJ string);
3. for the area: the most local operation whose area of use holds every point of the first batch
   converted, then the most accurate (for Azerbaijan: EPSG:1808, Pulkovo 1942 to WGS 84 (14),
   Azerbaijan and Georgia, 5 m).
Every point of the import then uses it; the records' notes and the import log name it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

import numpy as np
import pyproj
from pyproj.aoi import AreaOfInterest
from pyproj.transformer import TransformerGroup

from . import proj
from .errors import CoordError
from .text import tr

WGS84 = "EPSG:4326"


@dataclass(frozen=True)
class DatumChoice:
    """The transformation chosen for one source CRS: what it is, where it holds, and how it was chosen."""

    source_crs: str
    name: str
    code: str  # "EPSG:1808"; "" for a PROJ string
    accuracy_m: float | None
    definition: str
    how: str  # "parameter", "project" or "area"
    area: tuple[float, float, float, float] | None = None  # west, south, east, north

    def describe(self) -> str:
        how = {"parameter": tr("as DATUM_TRANSFORM asks"), "project": tr("as the project's transformations say"),
               "area": tr("the most local one for the area of the points")}[self.how]
        code = f" ({self.code})" if self.code else ""
        accuracy = tr(", accurate to {m:g} m").format(m=self.accuracy_m) if self.accuracy_m else ""
        return tr("{crs} converted to WGS 84 by {name}{code}{accuracy}, {how}; every point of the import by the "
                  "same one").format(crs=self.source_crs, name=self.name, code=code, accuracy=accuracy, how=how)


@dataclass
class DatumPolicy:
    """The choices of one import (see the module doc); ``chosen`` fills as CRSs are met."""

    requested: str = ""
    project: Callable[[str], str] | None = None
    chosen: dict[str, DatumChoice] = field(default_factory=dict)
    outside: dict[str, int] = field(default_factory=dict)  # points beyond the chosen one's area of use

    def choice(self, crs: str, lon: np.ndarray, lat: np.ndarray) -> DatumChoice:
        """The transformation for ``crs``, chosen on its first call from the points (WGS 84 estimates)."""
        if crs not in self.chosen:
            self.chosen[crs] = choose(crs, _bounds(lon, lat), self.requested,
                                      self.project(crs) if self.project is not None else "")
        chosen = self.chosen[crs]
        if chosen.area is not None:
            west, south, east, north = chosen.area
            ok = np.isfinite(lon)
            beyond = ok & ((lon < west) | (lon > east) | (lat < south) | (lat > north))
            if beyond.any():
                self.outside[crs] = self.outside.get(crs, 0) + int(beyond.sum())
        return chosen

    def notes(self) -> list[str]:
        """What the import log says: each transformation used, and points beyond its area of use."""
        out = [c.describe() for c in self.chosen.values()]
        for crs, count in self.outside.items():
            out.append(tr("{n} points in {crs} lie outside the area of use of {name}; give DATUM_TRANSFORM if "
                          "another transformation fits them better").format(n=count, crs=crs,
                                                                            name=self.chosen[crs].name))
        return out


def choose(crs: str, bounds: tuple[float, float, float, float] | None, requested: str = "",
           project: str = "") -> DatumChoice:
    """The transformation from ``crs`` to WGS 84 (see the module doc); CoordError for an unknown request."""
    text = (requested or "").strip()
    if text and _is_pipeline(text):
        return DatumChoice(crs, tr("the PROJ pipeline given"), "", None, text, "parameter")
    if not text and project and project.strip():
        return DatumChoice(crs, tr("the project's transformation"), "", None, project.strip(), "project")
    candidates = proj.call(_candidates, crs, bounds if not text else None)
    if text:
        code = text.upper() if ":" in text else f"EPSG:{text}"
        for candidate in candidates:
            if candidate.code == code:
                return DatumChoice(crs, candidate.name, code, candidate.accuracy_m, candidate.definition, "parameter",
                                   candidate.area)
        known = ", ".join(f"{c.code} {c.name}" for c in candidates if c.code)[:600]
        raise CoordError(tr("DATUM_TRANSFORM {code} is not a transformation from {crs} to WGS 84; these are: "
                            "{known}").format(code=code, crs=crs, known=known))
    if not candidates:
        raise CoordError(tr("PROJ knows no transformation from {crs} to WGS 84").format(crs=crs))
    holding = [c for c in candidates if bounds is not None and c.area is not None and _holds(c.area, bounds)]
    best = min(holding, key=lambda c: (_size(c.area), c.accuracy_m or 1e9)) if holding else candidates[0]
    return DatumChoice(crs, best.name, best.code, best.accuracy_m, best.definition, "area", best.area)


def transformer(choice: DatumChoice) -> proj.Transformer:
    """The pyproj transformer of a choice (lon/lat or x/y in, lon/lat out)."""
    return _pipeline(choice.definition)


_PIPELINES: dict[str, proj.Transformer] = {}


def _pipeline(definition: str) -> proj.Transformer:
    if definition not in _PIPELINES:
        _PIPELINES[definition] = proj.Transformer(proj.call(pyproj.Transformer.from_pipeline, definition))
    return _PIPELINES[definition]


def _candidates(crs: str, bounds) -> list[DatumChoice]:
    """Every operation PROJ offers from ``crs`` to WGS 84 (for ``bounds`` when given), best first."""
    area = AreaOfInterest(*bounds) if bounds is not None else None
    group = TransformerGroup(crs, WGS84, always_xy=True, area_of_interest=area)
    out = []
    for t in group.transformers:
        use = t.area_of_use
        out.append(DatumChoice(crs, _operation_name(t), _operation_code(t.to_json_dict()),
                               t.accuracy if t.accuracy and t.accuracy > 0 else None, t.definition, "area",
                               (use.west, use.south, use.east, use.north) if use is not None else None))
    return out


def _operation_name(t) -> str:
    """'Pulkovo 1942 to WGS 84 (14)': the name of the datum transformation inside the operation
    (read from its PROJJSON, the same on every PROJ version), else PROJ's description."""
    step = _transformation_step(t.to_json_dict())
    return step.get("name", t.description) if step else t.description


def _operation_code(json: dict) -> str:
    """The EPSG code of the datum transformation inside an operation's PROJJSON ('' when none)."""
    step = _transformation_step(json)
    return f"{step['id']['authority']}:{step['id']['code']}" if step and "id" in step else ""


def _transformation_step(json: dict) -> dict | None:
    """The (first) datum transformation of a PROJJSON operation, or None."""
    if json.get("type") == "Transformation":
        return json
    for step in json.get("steps", []):
        found = _transformation_step(step)
        if found is not None:
            return found
    return None


def _is_pipeline(text: str) -> bool:
    return text.lstrip("+").startswith("proj=") or text.startswith("{")


def _bounds(lon: np.ndarray, lat: np.ndarray) -> tuple[float, float, float, float] | None:
    ok = np.isfinite(lon) & np.isfinite(lat)
    if not ok.any():
        return None
    return (float(lon[ok].min()), float(lat[ok].min()), float(lon[ok].max()), float(lat[ok].max()))


def _holds(area, bounds) -> bool:
    west, south, east, north = area
    if west > east:  # across the antimeridian
        return south <= bounds[1] and bounds[3] <= north
    return west <= bounds[0] and bounds[2] <= east and south <= bounds[1] and bounds[3] <= north


def _size(area) -> float:
    west, south, east, north = area
    return ((east - west) % 360 or 360) * (north - south)
