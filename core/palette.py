"""The colours of ClearGround: one meaning each, everywhere (IMAS TN 07.11/01 for land)."""

from __future__ import annotations

#: IMAS hazard area colours, drawn as outlines (the sectors over them are opaque, in their own colours).
HAZARD_OUTLINE = {"CHA": "#FF0000", "SHA": "#F4A718"}
#: Minefield records are evidence of contamination: drawn like a confirmed hazard, hatched.
RECORD_OUTLINE = "#B00000"

#: Sector status: (fill or None for outline only, outline, dashed outline?)
SECTOR_STATUS = {
    "planned": (None, "#808080", True),
    "in_progress": ("#FF8C00", "#B35F00", False),
    "cleared": ("#2E9E3E", "#1B5E20", False),
    "reduced": ("#A5D6A7", "#4C8C4A", False),
    "cancelled": (None, "#1E63C8", False),
}

#: Device categories (finds and recorded mines).
CATEGORY = {
    "AP": "#E00000",
    "AT": "#7A0000",
    "UXO": "#FF8C00",
    "AXO": "#FFB347",
    "SUBMUNITION": "#7B1FA2",
    "IED": "#000000",
    "OTHER": "#9E9E9E",
}

#: Discrepancy flag severity.
SEVERITY = {"high": "#D50000", "medium": "#FF8C00", "low": "#FFD600"}

#: The two fits of an ambiguous record drawn side by side: the best (filled) and the runner-up (hollow).
CANDIDATE = {"best": "#B00000", "runner_up": "#00838F"}
