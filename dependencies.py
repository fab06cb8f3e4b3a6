"""Check the Python packages the plugin needs from QGIS's own Python, without importing the rest."""

from __future__ import annotations

from importlib import import_module

from .core.text import tr

#: (module, minimum version, a name only that version on has, what to tell the user)
REQUIRED = (
    ("numpy", "1.20", "ndarray", "numpy"),
    ("shapely", "2.0", "STRtree",
     "shapely 2 (python3-shapely >= 2.0, or 'pip install \"shapely>=2\"' in the OSGeo4W shell)"),
    ("pyproj", "3.0", "Transformer", "pyproj (python3-pyproj, or 'pip install pyproj' in the OSGeo4W shell)"),
)
#: shapely 2's vectorised API: shapely 1.8 has STRtree but not these
_SHAPELY2_NAMES = ("points", "from_wkb", "contains_xy")


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
    for module, minimum, feature, hint in REQUIRED:
        try:
            imported = import_module(module)
        except ImportError:
            problems.append(tr("{package} is not installed; install {hint}.").format(package=module, hint=hint))
            continue
        version = str(getattr(imported, "__version__", "0"))
        if _version_tuple(version) in ((), (0,)):  # a build without a version (e.g. "0+unknown"): look instead
            names = (feature,) + (_SHAPELY2_NAMES if module == "shapely" else ())
            if all(hasattr(imported, name) for name in names):
                continue
        if _version_tuple(version) < _version_tuple(minimum):
            problems.append(
                tr("{package} {version} is too old (ClearGround needs {minimum} or newer); install {hint}.").format(
                    package=module, version=version, minimum=minimum, hint=hint
                )
            )
    return problems
