"""Translation hook for user-facing text.

Every user-facing string goes through ``tr`` with a literal argument; values are filled in after
translation with ``str.format``. Outside QGIS (unit tests, scripts) ``tr`` returns the English text;
the plugin installs Qt's translator with ``set_translator``.
"""

from __future__ import annotations

from typing import Callable

CONTEXT = "ClearGround"
_translator: Callable[[str, str], str] | None = None


def tr(text: str) -> str:
    """The translation of ``text`` in the user's language (English when none is installed)."""
    if _translator is None:
        return text
    return _translator(CONTEXT, text)


def set_translator(translator: Callable[[str, str], str] | None) -> None:
    """Install ``translator(context, text)``; None restores plain English."""
    global _translator
    _translator = translator
