"""Dates as mine maps write them: ISO, day.month.year, year/month/day."""

from __future__ import annotations

import re
from datetime import date

_DATE_FORMATS = (
    re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:[T ].*)?$"),
    re.compile(r"^(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>\d{4})$"),
    re.compile(r"^(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})$"),
)


def parse_date(text: str) -> str | None:
    """An ISO date (YYYY-MM-DD) from the usual spellings; None when it is not a date."""
    text = text.strip()
    for pattern in _DATE_FORMATS:
        m = pattern.match(text)
        if m:
            try:
                return date(int(m.group("y")), int(m.group("m")), int(m.group("d"))).isoformat()
            except ValueError:
                return None
    return None
