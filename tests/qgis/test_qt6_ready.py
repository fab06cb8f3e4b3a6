"""The plugin's code stays Qt6-ready (QGIS 4): no form that only PyQt5 accepts.

Every Python file that ships is read as a syntax tree; a name imported from qgis.PyQt, qgis.core or
qgis.gui followed by an attribute is looked up in this PyQt5 QGIS: an enum member reached through
its class alone (``Qt.AlignLeft`` rather than ``Qt.AlignmentFlag.AlignLeft``) is unscoped, which
PyQt6 refuses. ``exec_()``, ``QRegExp`` and ``QVariant`` type codes (where QMetaType is meant) are
refused by name; compat.py alone may hold the shims that pick one form or the other.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
#: Folders that do not ship in the plugin (the package's own list of exclusions).
NOT_SHIPPED = {"tests", "bench", "scripts", "mk", "docs", "build", "dist", "sample", ".venv"}
SHIM = ROOT / "compat.py"
QVARIANT_TYPES = {"Int", "UInt", "LongLong", "ULongLong", "Double", "String", "Bool", "Date", "DateTime", "Time",
                  "ByteArray", "List", "Map", "StringList", "Invalid"}


def shipped_files() -> list[Path]:
    return sorted(p for p in ROOT.rglob("*.py") if not (set(p.relative_to(ROOT).parts[:-1]) & NOT_SHIPPED)
                  and not any(part.startswith(".") for part in p.relative_to(ROOT).parts))


def _imported_names(tree: ast.AST) -> dict[str, object]:
    """Names imported from qgis.PyQt.*, qgis.core and qgis.gui, resolved to their objects."""
    names = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and (
                node.module.startswith("qgis.PyQt") or node.module in ("qgis.core", "qgis.gui")):
            module = importlib.import_module(node.module)
            for alias in node.names:
                if hasattr(module, alias.name):
                    names[alias.asname or alias.name] = getattr(module, alias.name)
    return names


def _is_unscoped_member(owner: object, value: object) -> bool:
    """An enum member (an int of a nested enum type) reached straight through its owner class."""
    kind = type(value)
    return (isinstance(value, int) and not isinstance(value, bool) and kind is not int
            and isinstance(owner, type) and kind.__qualname__.startswith(owner.__name__ + "."))


def problems_in(path: Path, root: Path = ROOT) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    names = _imported_names(tree)
    found = []
    for node in ast.walk(tree):
        where = f"{path.relative_to(root)}:{getattr(node, 'lineno', '?')}"
        if isinstance(node, ast.Attribute) and node.attr == "exec_":
            found.append(f"{where}: exec_() (use exec())")
        if isinstance(node, ast.Name) and node.id == "QRegExp":
            found.append(f"{where}: QRegExp (use QRegularExpression)")
        if not (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)) or path == SHIM:
            continue
        if node.value.id == "QVariant" and node.attr in QVARIANT_TYPES:
            found.append(f"{where}: QVariant.{node.attr} (a QMetaType is meant: use compat's FIELD_* names)")
            continue
        owner = names.get(node.value.id)
        if owner is None or not hasattr(owner, node.attr):
            continue
        if _is_unscoped_member(owner, getattr(owner, node.attr)):
            kind = type(getattr(owner, node.attr)).__qualname__
            found.append(f"{where}: {node.value.id}.{node.attr} is unscoped (write {kind}.{node.attr})")
    return found


def test_the_scanner_sees_the_forms_it_refuses(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from qgis.PyQt.QtCore import Qt, QVariant, QRegExp\nfrom qgis.PyQt.QtWidgets import QDialog\n"
                   "a = Qt.AlignLeft\nb = Qt.AlignmentFlag.AlignLeft\nc = QVariant.Int\nd = QRegExp('x')\n"
                   "e = QDialog.Accepted\nf = QDialog.DialogCode.Accepted\nQDialog().exec_()\n", encoding="utf-8")
    found = sorted(problems_in(bad, tmp_path))
    assert found == sorted([
        "bad.py:3: Qt.AlignLeft is unscoped (write Qt.AlignmentFlag.AlignLeft)",
        "bad.py:5: QVariant.Int (a QMetaType is meant: use compat's FIELD_* names)",
        "bad.py:6: QRegExp (use QRegularExpression)",
        "bad.py:7: QDialog.Accepted is unscoped (write QDialog.DialogCode.Accepted)",
        "bad.py:9: exec_() (use exec())",
    ])


@pytest.mark.parametrize("path", shipped_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_shipped_code_has_no_pyqt5_only_form(path):
    assert problems_in(path) == []


def test_metadata_does_not_declare_the_deprecated_supports_qt6():
    assert "supportsQt6" not in (ROOT / "metadata.txt").read_text(encoding="utf-8")
