"""Angle units (degrees, NATO and Soviet mils, "12-50") and north references."""

from __future__ import annotations

import numpy as np
import pytest

from clearground.core.angles import (
    AngleError,
    is_soviet_notation,
    normalize_north,
    normalize_unit,
    parse_angle,
    to_degrees,
    true_azimuth,
)


@pytest.mark.parametrize("text, unit, degrees", [
    ("90", "deg", 90.0),
    ("45,5", "deg", 45.5),
    ("45°30'", "deg", 45.5),
    ("45°30'36\"", "deg", 45.51),
    ("1600", "mil6400", 90.0),
    ("6400", "mil6400", 360.0),
    ("1500", "mil6000", 90.0),
    ("12-50", "mil6000", 75.0),   # 1250 Soviet mils = 1250 * 0.06 degrees
    ("0-75", "mil6000", 4.5),
    ("45-00", "mil6000", 270.0),
    ("15-00", "mil6000", 90.0),
])
def test_units(text, unit, degrees):
    value, used = parse_angle(text, unit)
    assert value == pytest.approx(degrees)
    assert used == unit


def test_soviet_notation_overrides_a_default_unit_but_not_a_stated_one():
    assert is_soviet_notation("12-50") and not is_soviet_notation("1250")
    assert parse_angle("12-50", "deg", explicit=False) == (pytest.approx(75.0), "mil6000")
    assert parse_angle("12-50", "mil6400", explicit=False) == (pytest.approx(75.0), "mil6000")
    with pytest.raises(AngleError, match="Soviet mils"):
        parse_angle("12-50", "deg")
    with pytest.raises(AngleError, match="Soviet mils"):
        parse_angle("12-50", "mil6400")


def test_mils_mix_up_scales_by_6_7_percent():
    soviet, _ = parse_angle("1250", "mil6000")
    nato, _ = parse_angle("1250", "mil6400")
    assert soviet / nato == pytest.approx(6400 / 6000)


@pytest.mark.parametrize("text, unit, message", [
    ("12-5O", "mil6000", "bearing '12-5O' is not a number"),
    ("", "deg", "bearing is empty"),
    ("abc", "deg", "bearing 'abc' is not a number"),
    ("400", "deg", "outside 0-360"),
    ("6500", "mil6400", "outside 0-6400"),
    ("6100", "mil6000", "outside 0-6000"),
    ("-5", "deg", "not a number"),
    ("45°30'", "mil6400", "written in degrees"),
    ("45°75'", "deg", "60 or more"),
    ("10", "grad", "not one of"),
])
def test_bad_angles_say_why(text, unit, message):
    with pytest.raises(AngleError, match=message):
        parse_angle(text, unit)


def test_north_references():
    assert true_azimuth(10.0, "true") == 10.0
    assert true_azimuth(10.0, "magnetic", declination_deg=6.0) == pytest.approx(16.0)
    assert true_azimuth(358.0, "magnetic", declination_deg=6.0) == pytest.approx(4.0)
    assert true_azimuth(10.0, "magnetic", declination_deg=-3.0) == pytest.approx(7.0)
    assert true_azimuth(10.0, "grid", convergence_deg=1.2) == pytest.approx(11.2)
    arr = true_azimuth(np.array([0.0, 359.0]), "grid", convergence_deg=2.0)
    assert arr.tolist() == pytest.approx([2.0, 1.0])
    with pytest.raises(AngleError):
        true_azimuth(1.0, "up")


def test_spellings_of_units_and_norths():
    assert normalize_unit("", "deg") == "deg"
    assert normalize_unit("Mils") == "mil6400"
    assert normalize_unit("ду") == "mil6000"
    assert normalize_unit("furlong") is None
    assert normalize_north("") == "grid"
    assert normalize_north("Magnetic") == "magnetic"
    assert normalize_north("TN") == "true"
    assert normalize_north("sideways") is None
    assert to_degrees(np.array([3200, 1600]), "mil6400").tolist() == [180.0, 90.0]
