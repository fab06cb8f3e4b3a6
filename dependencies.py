"""Check the Python packages the plugin needs from QGIS's own Python, without importing the rest."""

from __future__ import annotations

from importlib import import_module

from .core.text import tr

#: (module, minimum version, what to tell the user)
REQUIRED = (
    ("numpy", "1.20", "numpy"),
    ("shapely", "2.0", "shapely 2 (python3-shapely >= 2.0, or 'pip install \"shapely>=2\"' in the OSGeo4W shell)"),
    ("pyproj", "3.0", "pyproj (python3-pyproj, or 'pip install pyproj' in the OSGeo4W shell)"),
)


def _version_tuple(text: str) -> tuple[int, ...]:
    parts = []
    for piece in text.split("."):
        digits = "".join(ch for ch in piece if ch.isdigit())
        if not digits:
            break
        parts.append(int(digits))
    return tuple(parts)


def missing_dependencies() -> list[str]:
    """Human-readable problems with the required packages; empty when all is well."""
    problems = []
    for module, minimum, hint in REQUIRED:
        try:
            version = getattr(import_module(module), "__version__", "0")
        except ImportError:
            problems.append(tr("{package} is not installed; install {hint}.").format(package=module, hint=hint))
            continue
        if _version_tuple(version) < _version_tuple(minimum):
            problems.append(
                tr("{package} {version} is too old (ClearGround needs {minimum} or newer); install {hint}.").format(
                    package=module, version=version, minimum=minimum, hint=hint
                )
            )
    return problems
