"""Controlled vocabularies of the data contract, and the aliases importers map to them."""

from __future__ import annotations

import re

import numpy as np

#: Device categories, in the order of the tally's columns.
CATEGORIES: tuple[str, ...] = ("AP", "AT", "UXO", "AXO", "SUBMUNITION", "IED", "OTHER")
#: Categories that are mines (what minefield records describe).
MINE_CATEGORIES: tuple[str, ...] = ("AP", "AT")

RECORD_TYPES: tuple[str, ...] = ("row", "scattered", "nuisance", "remote", "unknown")
RELIABILITY: tuple[str, ...] = ("high", "low", "unknown")
HAZARD_CLASSES: tuple[str, ...] = ("SHA", "CHA")
HAZARD_STATUSES: tuple[str, ...] = ("open", "worked_on", "closed")
SECTOR_STATUSES: tuple[str, ...] = ("planned", "in_progress", "cleared", "reduced", "cancelled")
#: Sector statuses that release land, in the order reports list them.
RELEASED_STATUSES: tuple[str, ...] = ("cleared", "reduced", "cancelled")
METHODS: tuple[str, ...] = ("manual", "mechanical", "mdd", "ts", "nts")
SEVERITIES: tuple[str, ...] = ("high", "medium", "low")
FLAG_STATUSES: tuple[str, ...] = ("open", "acknowledged", "resolved")
DISCREPANCY_KINDS: tuple[str, ...] = (
    "find_outside_records",
    "missing_mines",
    "surplus_mines",
    "type_mismatch",
    "unmatched_recorded_mine",
    "systematic_offset",
    "post_clearance_find",
)

_ALIASES: dict[str, str] = {
    # anti-personnel
    "ap": "AP", "apm": "AP", "a/p": "AP", "a-p": "AP", "antipersonnel": "AP",
    "anti-personnel": "AP", "anti personnel": "AP", "ap mine": "AP", "apmine": "AP",
    "пм": "AP", "ппм": "AP", "противопехотная": "AP", "противопехотная мина": "AP",
    "протипіхотна": "AP", "протипіхотна міна": "AP", "piyada əleyhinə": "AP",
    "piyada əleyhinə mina": "AP", "pem": "AP",
    # anti-tank
    "at": "AT", "atm": "AT", "a/t": "AT", "a-t": "AT", "antitank": "AT", "anti-tank": "AT",
    "anti tank": "AT", "at mine": "AT", "atmine": "AT", "тм": "AT", "птм": "AT",
    "противотанковая": "AT", "противотанковая мина": "AT", "протитанкова": "AT",
    "протитанкова міна": "AT", "tank əleyhinə": "AT", "tank əleyhinə mina": "AT", "tem": "AT",
    # ordnance
    "uxo": "UXO", "unexploded ordnance": "UXO", "нвп": "UXO", "неразорвавшийся боеприпас": "UXO",
    "nps": "UXO", "partlamamış hərbi sursat": "UXO", "phs": "UXO",
    "axo": "AXO", "abandoned explosive ordnance": "AXO", "abandoned ordnance": "AXO",
    "submunition": "SUBMUNITION", "submunitions": "SUBMUNITION", "cluster": "SUBMUNITION",
    "cluster munition": "SUBMUNITION", "bomblet": "SUBMUNITION", "суббоеприпас": "SUBMUNITION",
    "ied": "IED", "improvised explosive device": "IED", "сву": "IED", "віп": "IED",
    "other": "OTHER", "erw": "OTHER", "прочее": "OTHER", "інше": "OTHER", "digər": "OTHER",
}

_SPACES = re.compile(r"[\s_]+")


def normalize_category(text: object) -> str | None:
    """Map a spelling of a device category to its code, or None when it is not one we know."""
    if text is None:
        return None
    key = _SPACES.sub(" ", str(text).strip().lower())
    if not key:
        return None
    if key.upper() in CATEGORIES:
        return key.upper()
    if key in _ALIASES:
        return _ALIASES[key]
    key = key.replace(" mines", " mine")
    return _ALIASES.get(key)


def normalize_categories(values) -> np.ndarray:
    """normalize_category over a sequence, as an object array (each distinct spelling mapped once)."""
    values = np.asarray(values, dtype=object)
    out = np.full(values.shape, None, dtype=object)
    if values.size == 0:
        return out
    items = values.ravel().tolist()
    try:
        codes = {key: normalize_category(key) for key in set(items)}
    except TypeError:  # unhashable values: as text
        items = ["" if v is None else str(v) for v in items]
        codes = {key: normalize_category(key) for key in set(items)}
    out.ravel()[:] = list(map(codes.__getitem__, items))
    return out
