"""core/ stays free of QGIS, so that its rules run anywhere and are tested without QGIS."""

from __future__ import annotations

import ast
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "core"


def test_core_imports_nothing_from_qgis_or_the_rest_of_the_plugin():
    offenders = []
    for path in CORE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
                if node.level > 1:
                    offenders.append(f"{path.name}: relative import outside core ({'.' * node.level}{node.module})")
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in {"qgis", "PyQt5", "PyQt6", "osgeo"}]
    assert offenders == []
