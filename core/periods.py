"""Reporting periods: dates -> integer period codes (vectorised) -> labels.

Codes are consecutive integers within one kind of period, so a range of periods is a numpy arange:
year -> the year; quarter -> year * 4 + quarter - 1; month -> months since 1970-01; week (ISO 8601,
weeks start on Monday) -> weeks since the Monday 1969-12-29; none -> 0 for every date.
Labels: "2024", "2024-Q1", "2024-03", "2024-W05" (ISO week-numbering year), "all".
"""

from __future__ import annotations

from typing import Iterable

import numpy as np

PERIODS: tuple[str, ...] = ("none", "year", "quarter", "month", "week")
ALL_LABEL = "all"
_EPOCH_THURSDAY_SHIFT = 3  # 1970-01-01 was a Thursday: day + 3 counts days from Monday 1969-12-29


def to_dates(values: Iterable | np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Dates of any spelling numpy reads (datetime64, date, 'YYYY-MM-DD...') as datetime64[D].

    Returns (dates, bad): NaT where a value is missing or cannot be read; ``bad`` marks the values
    that were given but could not be read (so the caller can report them).
    """
    arr = np.asarray(values)
    if arr.dtype.kind == "M":
        return arr.astype("datetime64[D]"), np.zeros(len(arr), dtype=bool)
    out = np.full(len(arr), np.datetime64("NaT"), dtype="datetime64[D]")
    bad = np.zeros(len(arr), dtype=bool)
    cache: dict[object, np.datetime64] = {}
    for i, value in enumerate(arr.tolist()):
        if value is None or (isinstance(value, float) and np.isnan(value)) or value == "":
            continue
        if value not in cache:
            cache[value] = _parse_date(value)
        parsed = cache[value]
        if np.isnat(parsed):
            bad[i] = True
        out[i] = parsed
    return out, bad


def _parse_date(value: object) -> np.datetime64:
    try:
        text = str(value).strip()
        if "T" not in text and " " in text:
            text = text.split(" ", 1)[0]
        return np.datetime64(text[:10] if len(text) >= 10 and "T" in text else text, "D")
    except (ValueError, TypeError):
        return np.datetime64("NaT")


def period_codes(dates: np.ndarray, period: str) -> np.ndarray:
    """The period code of each date (int64); undefined where the date is NaT (mask those first)."""
    _check(period)
    dates = np.asarray(dates).astype("datetime64[D]")
    days = dates.astype(np.int64)
    if period == "none":
        return np.zeros(len(dates), dtype=np.int64)
    if period == "year":
        return dates.astype("datetime64[Y]").astype(np.int64) + 1970
    months = dates.astype("datetime64[M]").astype(np.int64)
    if period == "month":
        return months
    if period == "quarter":
        return (months // 12 + 1970) * 4 + (months % 12) // 3
    return np.floor_divide(days + _EPOCH_THURSDAY_SHIFT, 7)


def period_label(code: int, period: str) -> str:
    """The label of one period code."""
    _check(period)
    code = int(code)
    if period == "none":
        return ALL_LABEL
    if period == "year":
        return f"{code:04d}"
    if period == "quarter":
        return f"{code // 4:04d}-Q{code % 4 + 1}"
    if period == "month":
        return f"{1970 + code // 12:04d}-{code % 12 + 1:02d}"
    thursday = np.datetime64(code * 7 - _EPOCH_THURSDAY_SHIFT + 3, "D")
    iso_year = int(str(thursday.astype("datetime64[Y]")))
    first = np.datetime64(f"{iso_year:04d}-01-01", "D")
    week = int((thursday - first).astype(np.int64)) // 7 + 1
    return f"{iso_year:04d}-W{week:02d}"


def period_start(code: int, period: str) -> np.datetime64:
    """The first day of a period."""
    _check(period)
    code = int(code)
    if period == "year":
        return np.datetime64(f"{code:04d}-01-01", "D")
    if period == "quarter":
        return np.datetime64(f"{code // 4:04d}-{(code % 4) * 3 + 1:02d}-01", "D")
    if period == "month":
        return np.datetime64(code, "M").astype("datetime64[D]")
    if period == "week":
        return np.datetime64(code * 7 - _EPOCH_THURSDAY_SHIFT, "D")
    raise ValueError("the period 'none' has no start")


def _check(period: str) -> None:
    if period not in PERIODS:
        raise ValueError(f"unknown period {period!r}; use one of {', '.join(PERIODS)}")
