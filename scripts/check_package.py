#!/usr/bin/env python3
"""Check a plugin zip as the QGIS plugin repository checks every upload, then scan it for security.

    python3 scripts/check_package.py dist/clearground-0.1.0.zip

The repository's rules (plugins.qgis.org): one top-level folder whose name is a Python identifier,
holding __init__.py, metadata.txt and LICENSE; no path that climbs out (``..``) or is absolute, no
backslash or drive letter, no .pyc, __pycache__, .git or __MACOSX; a [general] section with the
mandatory fields, well-formed tracker/repository/homepage URLs (their reachability is not checked
here: no network), an icon that the zip holds, an author without slashes, no deprecated
``supportsQt6``; at most 25 MB. Then bandit (no high-severity finding) and detect-secrets (no
secret) over the unpacked files. Exits 1 listing every problem.
"""

from __future__ import annotations

import configparser
import json
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from urllib.parse import urlparse

MAX_BYTES = 25_000_000
REQUIRED = ("name", "description", "version", "qgisMinimumVersion", "author", "email", "about", "tracker",
            "repository")
FORBIDDEN_DIRS = ("__MACOSX", ".git", "__pycache__")


def repository_problems(path: Path) -> list[str]:
    """What the plugin repository would refuse in the zip at ``path``."""
    if path.stat().st_size > MAX_BYTES:
        return [f"{path.name} is {path.stat().st_size:,} bytes; the repository takes at most {MAX_BYTES:,}"]
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        return [f"{path.name} is not a zip file ({exc})"]
    problems = []
    with archive:
        names = archive.namelist()
        for name in names:
            if ".." in name or name.startswith("/"):
                problems.append(f"{name}: a path outside the plugin folder")
            if "\\" in name or re.match(r"^[A-Za-z]:", name):
                problems.append(f"{name}: a backslash or a drive letter")
            if ".pyc" in name:
                problems.append(f"{name}: compiled Python")
            for forbidden in FORBIDDEN_DIRS:
                if forbidden in name.split("/"):
                    problems.append(f"{name}: a {forbidden} folder")
        if archive.testzip() is not None:
            problems.append(f"{archive.testzip()}: a damaged member (CRC)")
        tops = {n.split("/")[0] for n in names}
        if len(tops) != 1:
            return problems + [f"the zip holds {len(tops)} top-level entries ({', '.join(sorted(tops))}); one folder"]
        package = tops.pop()
        if not package.isidentifier() or not re.match(r"^[A-Za-z][A-Za-z0-9-_]+$", package):
            problems.append(f"the top-level folder '{package}' is not a Python identifier")
        for required in ("__init__.py", "metadata.txt", "LICENSE"):
            if f"{package}/{required}" not in names:
                problems.append(f"{package}/{required} is missing")
        if f"{package}/metadata.txt" in names:
            problems += metadata_problems(archive.read(f"{package}/metadata.txt").decode("utf-8"), package, names)
    return problems


def metadata_problems(text: str, package: str, names: list[str]) -> list[str]:
    parser = configparser.ConfigParser()
    parser.optionxform = str
    try:
        parser.read_string(text)
    except configparser.Error as exc:
        return [f"metadata.txt does not parse: {exc}"]
    if not parser.has_section("general"):
        return ["metadata.txt has no [general] section"]
    meta = {k: v.strip() for k, v in parser.items("general")}
    problems = [f"metadata.txt lacks {field}" for field in REQUIRED if not meta.get(field)]
    for field, placeholder in (("tracker", "http://bugs"), ("repository", "http://repo"),
                               ("homepage", "http://homepage")):
        url = meta.get(field)
        if url is None and field == "homepage":
            continue
        parsed = urlparse(url or "")
        if url == placeholder or not (parsed.scheme and parsed.netloc):
            problems.append(f"metadata.txt: {field} is not a URL ({url!r})")
    if "/" in meta.get("author", ""):
        problems.append("metadata.txt: the author contains a slash")
    if "supportsQt6" in meta:
        problems.append("metadata.txt: supportsQt6 is deprecated (the repository warns on upload)")
    icon = meta.get("icon", "")
    if icon and f"{package}/{icon.removeprefix('./')}" not in names:
        problems.append(f"metadata.txt: the icon {icon} is not in the zip")
    for flag in ("experimental", "deprecated", "server"):
        if flag in meta and meta[flag].lower() not in ("true", "false", "yes", "no", "1", "0"):
            problems.append(f"metadata.txt: {flag} is not a boolean ({meta[flag]!r})")
    return problems


def security_problems(folder: Path) -> list[str]:
    """High-severity bandit findings and detect-secrets findings in the unpacked plugin."""
    problems = []
    tools = {tool: shutil.which(tool) or str(Path(sys.executable).with_name(tool))
             for tool in ("bandit", "detect-secrets")}
    missing = [tool for tool, exe in tools.items() if not Path(exe).exists()]
    if missing:
        return [f"{', '.join(missing)} not installed (make setup installs the development tools)"]
    bandit = subprocess.run([tools["bandit"], "-r", str(folder), "-q", "-f", "json", "--severity-level", "high"],
                            capture_output=True, text=True)
    report = json.loads(bandit.stdout or "{}")
    for issue in report.get("results", []):
        problems.append(f"bandit {issue['test_id']} ({issue['issue_severity']}): "
                        f"{Path(issue['filename']).relative_to(folder)}:{issue['line_number']}: {issue['issue_text']}")
    if bandit.returncode not in (0, 1) or "results" not in report:
        problems.append(f"bandit did not run: {bandit.stderr.strip()[:300]}")
    # Data files (boundaries with hashed ids) are scanned for keys, passwords and tokens, not for
    # random-looking strings, which their ids are; code and everything else for all of it.
    data = r".*\.(geojson|csv|qml|model3)$"
    for extra in (["--exclude-files", data],
                  ["--disable-plugin", "HexHighEntropyString", "--disable-plugin", "Base64HighEntropyString"]):
        secrets = subprocess.run([tools["detect-secrets"], "scan", "--all-files", *extra, "."],
                                 capture_output=True, text=True, cwd=folder)
        try:
            found = json.loads(secrets.stdout)["results"]
        except (ValueError, KeyError):
            return problems + [f"detect-secrets did not run: {secrets.stderr.strip()[:300]}"]
        for filename, hits in found.items():
            if extra[0] == "--disable-plugin" and not re.match(data, filename):
                continue  # scanned in full by the first pass
            for hit in hits:
                problems.append(f"detect-secrets: {filename}:{hit['line_number']}: {hit['type']}")
    return problems


def check(path: Path) -> list[str]:
    problems = repository_problems(path)
    with tempfile.TemporaryDirectory() as tmp:
        with zipfile.ZipFile(path) as archive:
            archive.extractall(tmp)
        problems += security_problems(Path(tmp))
    return problems


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    problems = check(Path(argv[0]))
    for problem in problems:
        print(f"check_package: {problem}", file=sys.stderr)
    if not problems:
        print(f"check_package: {Path(argv[0]).name} passes the plugin repository's checks, bandit and "
              "detect-secrets")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
