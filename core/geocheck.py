"""Polygons of GIS files checked as GICHD's geocheck does, and repaired where that is safe.

The rules (IMSMA's geometry checks): a polygon needs at least 3 distinct vertices; consecutive
vertices more than 5 km apart are a recording error; two features with the same polygon are one
area entered twice; an id with spaces around it is not the id it looks like. A polygon that is
invalid (its ring crosses or touches itself, a hole outside its shell) is repaired through
make_valid when the repair gives one polygon: make_valid keeps every part of the ground the ring
encloses and drops only what encloses none (lines, points); the repair is named in the record's
notes with the areas before and after. When make_valid gives several polygons, the feature is
rejected naming them: one record is one polygon, and how to split it is the analyst's call.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import shapely
from pyproj import Geod
from shapely.geometry import Polygon

from .text import tr
from .traverse import PerimeterError, check_perimeter

GEOD = Geod(ellps="WGS84")
#: The rules counted in the log, in the order they are named there.
RULES: tuple[str, ...] = ("repaired", "vertices", "long_edge", "crossing", "parts", "duplicate", "spaces",
                          "no_geometry")
RULE_LABELS = {
    "repaired": "repaired through make_valid",
    "vertices": "fewer than 3 vertices",
    "long_edge": "consecutive vertices over 5 km apart",
    "crossing": "crossing themselves beyond repair",
    "parts": "of several parts",
    "duplicate": "duplicate polygons",
    "spaces": "ids with spaces around them",
    "no_geometry": "without geometry",
}


@dataclass
class Checked:
    polygon: Polygon
    notes: list[str]
    repaired: bool = False


@dataclass
class Tally:
    """How many features each rule met (for the log)."""

    counts: Counter = field(default_factory=Counter)

    def add(self, rule: str) -> None:
        self.counts[rule] += 1

    def describe(self) -> str | None:
        if not self.counts:
            return None
        parts = [f"{self.counts[r]:,} {tr(RULE_LABELS[r])}"
                 for r in RULES if self.counts.get(r)]
        return tr("Geometry checks (GICHD geocheck rules): {parts}.").format(parts="; ".join(parts))


def geodesic_area_m2(geom) -> float:
    return abs(GEOD.geometry_area_perimeter(geom)[0])


def check_polygon(geom) -> Checked:
    """A record's polygon from a GIS feature's (lon/lat) geometry, checked and repaired where safe.

    Raises PerimeterError (with its ``rule``) for what cannot be used."""
    if geom.geom_type == "MultiPolygon":
        parts = [p for p in geom.geoms if not p.is_empty]
        if len(parts) != 1:
            raise PerimeterError(tr("the perimeter has {n} separate parts; one record is one polygon").format(
                n=len(parts)), "parts")
        geom = parts[0]
    if geom.geom_type in ("LineString", "LinearRing"):
        shell, notes = check_perimeter([(x, y) for x, y, *_ in geom.coords], crossing_ok=True)
        notes.insert(0, tr("a perimeter line was closed into a polygon"))
        holes: list = []
    elif geom.geom_type == "Polygon":
        if geom.is_empty:
            raise PerimeterError(tr("the perimeter geometry is empty"), "vertices")
        shell, notes = check_perimeter([(x, y) for x, y, *_ in geom.exterior.coords], crossing_ok=True)
        holes = [list(r.coords) for r in geom.interiors]
    else:
        raise PerimeterError(tr("a {kind} geometry is not a perimeter").format(kind=geom.geom_type), "parts")
    candidate = Polygon(shell.exterior.coords, holes) if holes else shell
    if candidate.is_valid:
        return Checked(candidate, notes)
    reason = shapely.is_valid_reason(candidate)
    repaired = shapely.make_valid(candidate)
    polygons = [p for p in shapely.get_parts(repaired) if p.geom_type == "Polygon" and p.area > 0]
    multi = [q for p in polygons for q in shapely.get_parts(p)]
    if len(multi) == 1:
        polygon = multi[0]
        notes.append(tr("perimeter repaired through make_valid ({reason}): the polygon keeps the ground the "
                        "ring encloses, {after:,.1f} m²").format(reason=reason, after=geodesic_area_m2(polygon)))
        return Checked(polygon, notes, repaired=True)
    if not multi:
        raise PerimeterError(tr("the perimeter encloses no ground ({reason})").format(reason=reason), "crossing")
    areas = sorted((geodesic_area_m2(p) for p in multi), reverse=True)
    shown = ", ".join(f"{a:,.1f} m²" for a in areas[:5]) + (", ..." if len(areas) > 5 else "")
    raise PerimeterError(tr("the perimeter crosses itself ({reason}); make_valid would make {n} polygons of it "
                            "({areas}): one record is one polygon, so split it into records or correct its "
                            "vertices").format(reason=reason, n=len(multi), areas=shown), "crossing")


def polygon_key(polygon) -> bytes:
    """The same polygon gives the same key, whatever its first vertex and direction."""
    return shapely.to_wkb(shapely.normalize(polygon), output_dimension=2)

