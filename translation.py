"""Install the Qt translation of the plugin for QGIS's locale, and route core.text.tr through it."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from .core.text import set_translator

I18N_DIR = Path(__file__).resolve().parent / "i18n"


def qgis_language() -> str:
    """The two-letter language QGIS runs in (its locale setting)."""
    return (QgsApplication.locale() or "en")[:2]


def install(language: str | None = None) -> QTranslator | None:
    """Load i18n/clearground_<language>.qm into Qt; return the translator to remove later."""
    set_translator(QCoreApplication.translate)
    qm = I18N_DIR / f"clearground_{language or qgis_language()}.qm"
    if not qm.exists():
        return None
    translator = QTranslator()
    if not translator.load(str(qm)):
        return None
    QCoreApplication.installTranslator(translator)
    return translator


def uninstall(translator: QTranslator | None) -> None:
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
    set_translator(None)
