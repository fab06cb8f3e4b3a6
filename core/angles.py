"""Angles of minefield records: degrees, NATO mils, Soviet mils, and the three north references.

A bearing in a record is written in degrees (``deg``), NATO mils (``mil6400``, 6400 to a circle) or
Soviet mils (``mil6000``, 6000 to a circle, often written ``12-50`` for 1250). It is measured from
grid north (of the record's CRS), true north, or magnetic north (true = magnetic + declination, east
positive). Everything here returns degrees.
"""

from __future__ import annotations

import re

import numpy as np

from .text import tr

UNITS: tuple[str, ...] = ("deg", "mil6400", "mil6000")
NORTHS: tuple[str, ...] = ("grid", "true", "magnetic")
#: Degrees per unit.
DEGREES_PER_UNIT: dict[str, float] = {"deg": 1.0, "mil6400": 360.0 / 6400.0, "mil6000": 360.0 / 6000.0}
#: Units in full circle.
FULL_CIRCLE: dict[str, float] = {"deg": 360.0, "mil6400": 6400.0, "mil6000": 6000.0}

_UNIT_ALIASES = {
    "deg": "deg", "degree": "deg", "degrees": "deg", "d": "deg", "°": "deg", "dərəcə": "deg", "градус": "deg",
    "градусы": "deg", "grad": "deg",
    "mil6400": "mil6400", "mil": "mil6400", "mils": "mil6400", "nato": "mil6400", "nato mil": "mil6400",
    "mil 6400": "mil6400", "6400": "mil6400",
    "mil6000": "mil6000", "soviet": "mil6000", "soviet mil": "mil6000", "mil 6000": "mil6000", "6000": "mil6000",
    "тысячные": "mil6000", "ду": "mil6000", "д.у.": "mil6000", "деления угломера": "mil6000",
}
_NORTH_ALIASES = {
    "grid": "grid", "g": "grid", "gn": "grid", "map": "grid", "дирекционный": "grid", "сетка": "grid",
    "true": "true", "t": "true", "tn": "true", "geographic": "true", "истинный": "true", "həqiqi": "true",
    "magnetic": "magnetic", "m": "magnetic", "mn": "magnetic", "mag": "magnetic", "магнитный": "magnetic",
    "maqnit": "magnetic",
}
#: Soviet goniometer notation: "12-50" is 1250 mils, "0-75" is 75 mils, "1-05.5" is 105.5.
_SOVIET = re.compile(r"^(\d{1,2})\s*[-–]\s*(\d{2}(?:[.,]\d+)?)$")
_NUMBER = re.compile(r"^[+]?\d+(?:[.,]\d+)?$")
#: Degrees with minutes (and seconds): 45°30', 45°30'15", 45 30 15.
_DEG_MIN = re.compile(
    r"^(\d{1,3}(?:[.,]\d+)?)\s*[°º]\s*(?:(\d{1,2}(?:[.,]\d+)?)\s*['′’]\s*(?:(\d{1,2}(?:[.,]\d+)?)\s*(?:\"|″|”|'')\s*)?)?$"
)


class AngleError(ValueError):
    """An angle that cannot be read; the message names the text and why."""


def normalize_unit(text: object, default: str | None = None) -> str | None:
    """The unit code for a spelling of a unit; ``default`` when empty; None when unknown."""
    if text is None:
        return default
    key = str(text).strip().lower()
    if not key:
        return default
    return _UNIT_ALIASES.get(key)


def normalize_north(text: object, default: str | None = "grid") -> str | None:
    """The north reference for a spelling; ``default`` when empty; None when unknown."""
    if text is None:
        return default
    key = str(text).strip().lower()
    if not key:
        return default
    return _NORTH_ALIASES.get(key)


def is_soviet_notation(text: object) -> bool:
    """True for the Soviet goniometer form "12-50"."""
    return text is not None and bool(_SOVIET.match(str(text).strip()))


def parse_angle(text: object, unit: str, what: str = "bearing", explicit: bool = True) -> tuple[float, str]:
    """Read an angle written in ``unit`` and return (degrees, the unit actually used).

    Soviet notation ("12-50") means mils of 6000 to the circle. When the unit was not stated for this
    angle (``explicit`` false, ``unit`` is only a default) it is read as ``mil6000``; a stated unit
    other than ``mil6000`` is a contradiction and an error.
    Raises AngleError with a message a person understands.
    """
    raw = "" if text is None else str(text).strip()
    if not raw:
        raise AngleError(tr("{what} is empty").format(what=what))
    if unit not in UNITS:
        raise AngleError(tr("unit '{unit}' is not one of deg, mil6400, mil6000").format(unit=unit))
    soviet = _SOVIET.match(raw)
    if soviet:
        if unit != "mil6000" and explicit:
            raise AngleError(tr("{what} '{text}' is written in Soviet mils (12-50 form) but the unit is {unit}")
                             .format(what=what, text=raw, unit=unit))
        unit = "mil6000"
        value = float(soviet.group(1)) * 100 + float(soviet.group(2).replace(",", "."))
    elif _NUMBER.match(raw):
        value = float(raw.replace(",", "."))
    else:
        match = _DEG_MIN.match(raw)
        if not match:
            raise AngleError(tr("{what} '{text}' is not a number").format(what=what, text=raw))
        if unit != "deg":
            raise AngleError(tr("{what} '{text}' is written in degrees but the unit is {unit}")
                             .format(what=what, text=raw, unit=unit))
        deg, minutes, seconds = (float(g.replace(",", ".")) if g else 0.0 for g in match.groups())
        if minutes >= 60 or seconds >= 60:
            raise AngleError(tr("{what} '{text}' has minutes or seconds of 60 or more").format(what=what, text=raw))
        value = deg + minutes / 60.0 + seconds / 3600.0
    if value < 0 or value > FULL_CIRCLE[unit]:
        raise AngleError(tr("{what} '{text}' is outside 0-{full:g} {unit}")
                         .format(what=what, text=raw, full=FULL_CIRCLE[unit], unit=unit))
    return value * DEGREES_PER_UNIT[unit], unit


def to_degrees(values: np.ndarray, unit: str) -> np.ndarray:
    """Angles in ``unit`` as degrees (vectorised)."""
    return np.asarray(values, dtype=float) * DEGREES_PER_UNIT[unit]


def true_azimuth(bearing_deg, north: str, declination_deg=0.0, convergence_deg=0.0):
    """The true (geodetic) azimuth in degrees [0, 360) of a bearing measured from ``north``.

    ``declination_deg`` is the magnetic declination (east positive: true = magnetic + declination);
    ``convergence_deg`` is the meridian convergence of the grid at the point, the true azimuth of grid
    north (true = grid + convergence). Works on scalars and numpy arrays.
    """
    if north == "true":
        azimuth = np.asarray(bearing_deg, dtype=float)
    elif north == "magnetic":
        azimuth = np.asarray(bearing_deg, dtype=float) + declination_deg
    elif north == "grid":
        azimuth = np.asarray(bearing_deg, dtype=float) + convergence_deg
    else:
        raise AngleError(tr("north '{north}' is not one of grid, true, magnetic").format(north=north))
    result = np.mod(azimuth, 360.0)
    return float(result) if np.ndim(result) == 0 else result
