#!/usr/bin/env python3
"""Collect ClearGround's user-facing strings and merge them into i18n/clearground_<lang>.ts.

The strings are every ``tr("literal")`` call in the plugin's Python files, plus what the plugin
passes to ``tr`` at run time: the class attributes DISPLAY, GROUP, HELP and TITLE (algorithm and dock
tab classes), the ``title=`` keyword arguments (layer titles of core/schema.py) and the values of
dictionaries named ``*_LABELS`` (labels by code, shown with ``tr(STATUS_LABELS[code])``). All go
into one Qt Linguist context, ``ClearGround`` (core/text.py: CONTEXT). Existing translations are
kept; new strings arrive unfinished (a reworded one with the translation of the string it replaces,
to review); strings gone from the code are marked obsolete (lrelease skips them), or dropped with
--drop-obsolete.

    python3 scripts/i18n_extract.py            update i18n/clearground_{az,ru,uk}.ts
    python3 scripts/i18n_extract.py --check    exit 1 listing stale, untranslated or unfinished strings

Standard library only: it runs without QGIS.
"""

from __future__ import annotations

import argparse
import ast
import difflib
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "i18n"
CONTEXT = "ClearGround"
LANGUAGES = {"az": "az_AZ", "ru": "ru_RU", "uk": "uk_UA"}
#: Class attributes that hold English text translated at run time.
TRANSLATED_ATTRIBUTES = frozenset({"DISPLAY", "GROUP", "HELP", "TITLE"})
#: Keyword arguments that hold English text translated at run time (core/schema.py: Layer(title=...)).
TRANSLATED_KEYWORDS = frozenset({"title"})
#: Dictionaries of English labels by code, translated where they are shown: NAME_LABELS = {"code": "Label"}.
LABELS_SUFFIX = "_LABELS"
#: Folders that are not part of the plugin QGIS loads.
SKIPPED_DIRS = frozenset({"tests", "bench", "scripts", "mk", "docs", "build", "dist", "i18n", "sample"})
PLACEHOLDER = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)?(?:[!:][^{}]*)?\}(?!\})")


@dataclass
class Location:
    path: str  # relative to the plugin root, with forward slashes
    line: int


@dataclass
class Message:
    source: str
    locations: list[Location] = field(default_factory=list)


@dataclass
class Entry:
    """One <message> of a .ts file."""

    source: str
    translation: str = ""
    kind: str | None = None  # None (finished), "unfinished", "obsolete" or "vanished"
    extras: list[ET.Element] = field(default_factory=list)  # comments kept as they are


# -- extraction --------------------------------------------------------------------------------------
def plugin_files(root: Path = ROOT) -> list[Path]:
    """The plugin's .py files, in a stable order, outside development folders and hidden ones."""
    files = []
    for path in sorted(root.rglob("*.py")):
        parts = path.relative_to(root).parts
        if parts[0] in SKIPPED_DIRS or any(p.startswith(".") or p == "__pycache__" for p in parts):
            continue
        files.append(path)
    return files


def _is_tr(func: ast.expr) -> bool:
    return (isinstance(func, ast.Name) and func.id == "tr") or (isinstance(func, ast.Attribute) and func.attr == "tr")


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def strings_in(path: Path, root: Path = ROOT) -> tuple[list[tuple[str, int]], list[str]]:
    """(text, line) of each translatable string in one file, and warnings for tr() without a literal."""
    rel = path.relative_to(root).as_posix()
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=rel)
    found: list[tuple[str, int, int]] = []
    warnings: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            found += [
                (text, kw.value.lineno, kw.value.col_offset)
                for kw in node.keywords
                if kw.arg in TRANSLATED_KEYWORDS and (text := _literal(kw.value))
            ]
        if isinstance(node, ast.Call) and _is_tr(node.func) and node.args:
            text = _literal(node.args[0])
            if text is None:
                if not _forwards_attribute(node.args[0]):
                    warnings.append(f"{rel}:{node.lineno}: tr() of a non-literal: {ast.unparse(node.args[0])}")
            elif text:
                found.append((text, node.lineno, node.col_offset))
        elif isinstance(node, (ast.Assign, ast.AnnAssign)) and isinstance(node.value, ast.Dict):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id.endswith(LABELS_SUFFIX) for t in targets):
                found += [(text, v.lineno, v.col_offset) for v in node.value.values if (text := _literal(v))]
        if isinstance(node, ast.ClassDef):
            for statement in node.body:
                targets: list[ast.expr] = []
                value = None
                if isinstance(statement, ast.Assign):
                    targets, value = statement.targets, statement.value
                elif isinstance(statement, ast.AnnAssign) and statement.value is not None:
                    targets, value = [statement.target], statement.value
                names = {t.id for t in targets if isinstance(t, ast.Name)}
                if names & TRANSLATED_ATTRIBUTES and value is not None:
                    text = _literal(value)
                    if text:
                        found.append((text, statement.lineno, statement.col_offset))
    found.sort(key=lambda item: item[1:])  # source order (ast.walk goes breadth first)
    return [(text, line) for text, line, _ in found], warnings


def _forwards_attribute(node: ast.expr) -> bool:
    """tr(self.DISPLAY), tr(tab.TITLE), tr(layer.title), tr(STATUS_LABELS[code]): the run-time side of
    what is collected above."""
    if isinstance(node, ast.Attribute) and node.attr in TRANSLATED_ATTRIBUTES | TRANSLATED_KEYWORDS:
        return True
    return any(isinstance(n, ast.Name) and n.id.upper().endswith(LABELS_SUFFIX.lstrip("_")) for n in ast.walk(node))


def extract(root: Path = ROOT) -> tuple[list[Message], list[str]]:
    """Every translatable string of the plugin in order of first appearance, and the warnings."""
    messages: dict[str, Message] = {}
    warnings: list[str] = []
    for path in plugin_files(root):
        found, file_warnings = strings_in(path, root)
        warnings += file_warnings
        rel = path.relative_to(root).as_posix()
        for text, line in found:
            messages.setdefault(text, Message(text)).locations.append(Location(rel, line))
    return list(messages.values()), warnings


# -- .ts files -----------------------------------------------------------------------------------------
def ts_path(language: str, i18n: Path = I18N) -> Path:
    return i18n / f"clearground_{language}.ts"


def read_ts(path: Path) -> dict[str, Entry]:
    """The messages of the ClearGround context of a .ts file, by source text (empty if no file)."""
    if not path.exists():
        return {}
    entries: dict[str, Entry] = {}
    for context in ET.parse(path).getroot().iter("context"):
        if (context.findtext("name") or "") != CONTEXT:
            continue
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            extras = [child for child in message if child.tag not in {"location", "source", "translation"}]
            entries[source] = Entry(
                source=source,
                translation=(translation.text or "") if translation is not None else "",
                kind=translation.get("type") if translation is not None else "unfinished",
                extras=extras,
            )
    return entries


def merge(messages: Iterable[Message], existing: dict[str, Entry], drop_obsolete: bool = False) -> list[Entry]:
    """Entries for the current messages (old translations kept), then the obsolete ones."""
    messages = list(messages)
    sources = {m.source for m in messages}
    gone = {source: e for source, e in existing.items() if source not in sources and e.translation}
    current = []
    seen = set()
    for message in messages:
        seen.add(message.source)
        old = existing.get(message.source)
        if old is None:
            # A reworded string starts from the translation of the one it replaces, to be reviewed.
            similar = _most_similar(message.source, gone)
            current.append(Entry(message.source, similar.translation if similar else "", "unfinished"))
            continue
        kind = old.kind
        if kind in {"obsolete", "vanished"}:  # back in the code: what it had is still valid
            kind = None if old.translation else "unfinished"
        current.append(Entry(old.source, old.translation, kind, old.extras))
    obsolete = []
    if not drop_obsolete:
        for source, old in existing.items():
            if source not in seen:
                obsolete.append(Entry(source, old.translation, "obsolete", old.extras))
    return current + obsolete


def _most_similar(source: str, candidates: dict[str, Entry], cutoff: float = 0.8) -> Entry | None:
    """The entry whose source reads most like ``source`` (Qt lupdate's similar-text heuristic)."""
    best, best_ratio = None, cutoff
    for text, entry in candidates.items():
        matcher = difflib.SequenceMatcher(None, source, text, autojunk=False)
        if matcher.real_quick_ratio() >= best_ratio and matcher.quick_ratio() >= best_ratio:
            ratio = matcher.ratio()
            if ratio >= best_ratio:
                best, best_ratio = entry, ratio
    return best


def render_ts(
    language: str, entries: list[Entry], messages: Iterable[Message], i18n: Path = I18N, root: Path = ROOT
) -> str:
    """The .ts XML text, in the layout Qt's lupdate writes."""
    locations = {m.source: m.locations for m in messages}
    rel_root = Path(_relpath(root, i18n))
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{LANGUAGES.get(language, language)}" sourcelanguage="en">',
        "<context>",
        f"    <name>{CONTEXT}</name>",
    ]
    for entry in entries:
        out.append("    <message>")
        for location in locations.get(entry.source, []) if entry.kind != "obsolete" else []:
            filename = (rel_root / location.path).as_posix()
            out.append(f'        <location filename="{_escape(filename)}" line="{location.line}"/>')
        out.append(f"        <source>{_escape(entry.source)}</source>")
        for extra in entry.extras:
            out.append("        " + ET.tostring(extra, encoding="unicode").strip())
        kind = f' type="{entry.kind}"' if entry.kind else ""
        out.append(f"        <translation{kind}>{_escape(entry.translation)}</translation>")
        out.append("    </message>")
    out += ["</context>", "</TS>", ""]
    return "\n".join(out)


def _relpath(target: Path, start: Path) -> str:
    import os

    return os.path.relpath(target, start)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def update(
    languages: Iterable[str] = LANGUAGES, drop_obsolete: bool = False, root: Path = ROOT, i18n: Path = I18N
) -> dict[str, int]:
    """Write the merged .ts files; the number of unfinished strings in each."""
    messages, warnings = extract(root)
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    i18n.mkdir(parents=True, exist_ok=True)
    unfinished = {}
    for language in languages:
        path = ts_path(language, i18n)
        entries = merge(messages, read_ts(path), drop_obsolete)
        text = render_ts(language, entries, messages, i18n, root)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
        unfinished[language] = sum(1 for e in entries if e.kind == "unfinished")
    return unfinished


# -- checks ----------------------------------------------------------------------------------------------
def placeholders(text: str) -> list[str]:
    """The str.format fields of a text, sorted ({name} and {}; {{ }} are literal braces)."""
    return sorted(match.group(1) or "" for match in PLACEHOLDER.finditer(text))


def problems(language: str, messages: Iterable[Message], i18n: Path = I18N) -> list[str]:
    """Why the .ts of a language is not complete for the current strings (empty when it is)."""
    entries = read_ts(ts_path(language, i18n))
    found = []
    for message in messages:
        where = message.locations[0].path + ":" + str(message.locations[0].line) if message.locations else "?"
        entry = entries.get(message.source)
        short = message.source if len(message.source) < 70 else message.source[:67] + "..."
        if entry is None:
            found.append(f"{language}: missing from the .ts ({where}): {short!r}")
        elif entry.kind in {"obsolete", "vanished"}:
            found.append(f"{language}: marked {entry.kind} but used ({where}): {short!r}")
        elif not entry.translation.strip():
            found.append(f"{language}: untranslated ({where}): {short!r}")
        elif entry.kind == "unfinished":
            found.append(f"{language}: unfinished ({where}): {short!r}")
        elif placeholders(entry.translation) != placeholders(message.source):
            found.append(
                f"{language}: placeholders {placeholders(entry.translation)} differ from "
                f"{placeholders(message.source)} ({where}): {short!r}"
            )
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if any string lacks a translation")
    parser.add_argument("--drop-obsolete", action="store_true", help="remove strings that left the code")
    parser.add_argument("--languages", nargs="+", default=list(LANGUAGES), help="default: az ru uk")
    args = parser.parse_args(argv)
    if args.check:
        messages, warnings = extract()
        found = warnings + [p for language in args.languages for p in problems(language, messages)]
        for line in found:
            print(line)
        print(f"{len(messages)} strings, {len(found)} problems")
        return 1 if found else 0
    unfinished = update(args.languages, args.drop_obsolete)
    print(", ".join(f"{language}: {count} unfinished" for language, count in unfinished.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
