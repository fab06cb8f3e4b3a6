"""Translations: every string of the code is translated in az, ru and uk, and QGIS shows them.

The extraction (scripts/i18n_extract.py) is the list of strings; the .ts files are checked against
it, compiled with lrelease as `make translations` does, and a QGIS started with its locale setting
on Azerbaijani must show the dock, an algorithm and a discrepancy message in Azerbaijani.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

LANGUAGES = ("az", "ru", "uk")
LRELEASE = next(
    (p for p in ("/usr/lib/qt5/bin/lrelease", "/usr/lib/qt6/bin/lrelease") if Path(p).exists()),
    shutil.which("lrelease"),
)


@pytest.fixture(scope="module")
def i18n(root: Path):
    """scripts/i18n_extract.py as a module."""
    path = root / "scripts" / "i18n_extract.py"
    spec = importlib.util.spec_from_file_location("clearground_i18n_extract", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def messages(i18n):
    return i18n.extract()[0]


def test_tr_is_called_with_literals_only(i18n):
    """A string the extraction cannot see is never translated."""
    warnings = i18n.extract()[1]
    assert warnings == [], (
        "tr() needs a literal (fill values in afterwards with .format), or labels by code in a dict named "
        "*_LABELS:\n" + "\n".join(warnings)
    )


@pytest.fixture(scope="module")
def compiled(root: Path, tmp_path_factory) -> Path:
    """The .qm files, compiled from the .ts files the way mk/i18n.mk does, in a temporary folder."""
    if LRELEASE is None:
        pytest.fail("lrelease is missing (Debian: qttools5-dev-tools; scripts/setup.sh installs it)")
    out = tmp_path_factory.mktemp("qm")
    for lang in LANGUAGES:
        result = subprocess.run(
            [
                LRELEASE,
                "-silent",
                "-removeidentical",
                "-nounfinished",
                str(root / "i18n" / f"clearground_{lang}.ts"),
                "-qm",
                str(out / f"clearground_{lang}.qm"),
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 0, result.stdout + result.stderr
    return out


def test_the_extraction_finds_the_strings_qgis_shows(messages):
    sources = {m.source for m in messages}
    # A tr() literal, an algorithm's DISPLAY and HELP, the GROUP of the base class, a layer title.
    assert {"New workspace…", "Create workspace", "Workspace", "Minefield records"} <= sources
    assert any(s.startswith("Creates a new ClearGround workspace") and s.endswith("the .gpkg file.") for s in sources)
    assert "" not in sources


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated(i18n, messages, language):
    problems = i18n.problems(language, messages)
    assert problems == [], (
        f"{len(problems)} strings lack a finished {language} translation; run `make translations-update` "
        "and translate them in i18n/clearground_" + language + ".ts:\n" + "\n".join(problems)
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_translation_answers_every_string(i18n, messages, compiled, language):
    from qgis.PyQt.QtCore import QTranslator

    translator = QTranslator()  # not installed: the test session stays in English
    assert translator.load(str(compiled / f"clearground_{language}.qm"))
    entries = i18n.read_ts(i18n.ts_path(language))
    wrong = []
    for message in messages:
        entry = entries.get(message.source)
        if entry is None or entry.kind is not None:
            continue  # missing or unfinished: test_every_string_is_translated names it
        expected = entry.translation
        # Bytes: PyQt5 passes str to this const char* API as ASCII; Qt reads the bytes as UTF-8.
        got = translator.translate(i18n.CONTEXT.encode(), message.source.encode("utf-8"))
        # lrelease drops translations identical to the source (product names, file filters).
        if got != expected and not (got == "" and expected == message.source):
            wrong.append((message.source[:60], got[:60], expected[:60]))
    assert wrong == []


def test_extract_and_merge_keep_translations_and_mark_vanished_strings(i18n, tmp_path):
    plugin = tmp_path / "plugin"
    (plugin / "processing").mkdir(parents=True)
    (plugin / "tests").mkdir()
    (plugin / "processing" / "alg.py").write_text(
        textwrap.dedent("""
        from ..core.text import tr
        class Alg:
            DISPLAY = "Count mines"
            HELP = ("Counts the mines "
                    "of a record.")
            def name(self):
                return tr("Mines <AP & AT>").format() + self.tr("Ready")
            def broken(self, x):
                return tr(f"{x} mines")
            def label(self, code, labels):
                return tr(STATUS_LABELS[code]), tr(labels[code])
        LAYER = dict(title="Finds")
        STATUS_LABELS = {"planned": "Planned", "cleared": "Cleared"}
    """),
        encoding="utf-8",
    )
    (plugin / "tests" / "test_alg.py").write_text('tr("not shipped")\n', encoding="utf-8")
    found, warnings = i18n.extract(plugin)
    assert [m.source for m in found] == [
        "Count mines",
        "Counts the mines of a record.",
        "Mines <AP & AT>",
        "Ready",
        "Finds",
        "Planned",
        "Cleared",
    ]
    assert found[0].locations[0].path == "processing/alg.py" and found[0].locations[0].line == 4
    assert len(warnings) == 1 and "processing/alg.py:10" in warnings[0]

    i18n_dir = plugin / "i18n"
    i18n_dir.mkdir()
    ts = i18n.ts_path("az", i18n_dir)
    ts.write_text(
        textwrap.dedent("""\
        <?xml version="1.0" encoding="utf-8"?>
        <!DOCTYPE TS>
        <TS version="2.1" language="az_AZ">
        <context><name>ClearGround</name>
        <message><source>Count mines</source><translation>Minaları say</translation></message>
        <message><source>Gone</source><translation>Getdi</translation></message>
        <message><source>Mines &lt;AP and AT&gt;</source><translation>Minalar &lt;AP və AT&gt;</translation></message>
        </context>
        </TS>
    """),
        encoding="utf-8",
    )
    assert i18n.update(["az"], root=plugin, i18n=i18n_dir) == {"az": 6}
    first = ts.read_text(encoding="utf-8")
    entries = i18n.read_ts(ts)
    assert entries["Count mines"].translation == "Minaları say" and entries["Count mines"].kind is None
    # Reworded: it starts from the old string's translation, unfinished until someone reviews it.
    reworded = entries["Mines <AP & AT>"]
    assert reworded.kind == "unfinished" and reworded.translation == "Minalar <AP və AT>"
    assert entries["Gone"].kind == "obsolete" and entries["Gone"].translation == "Getdi"
    assert '<location filename="../processing/alg.py" line="4"/>' in first
    i18n.update(["az"], root=plugin, i18n=i18n_dir)
    assert ts.read_text(encoding="utf-8") == first  # a second run changes nothing
    problems = i18n.problems("az", found, i18n_dir)
    assert sorted(p.split(" (")[0] for p in problems) == ["az: unfinished"] + ["az: untranslated"] * 5
    if LRELEASE is not None:  # the file is valid TS for Qt's own tool
        result = subprocess.run(
            [LRELEASE, str(ts), "-qm", str(tmp_path / "az.qm")], capture_output=True, text=True, timeout=60
        )
        assert result.returncode == 0 and "1 finished" in result.stdout, result.stdout + result.stderr


def test_placeholders_must_survive_translation(i18n):
    assert i18n.placeholders("{what} '{text}' is outside 0-{full:g} {unit} {{x}}") == ["full", "text", "unit", "what"]
    assert i18n.placeholders("{} of {}") == ["", ""]


AZ_PROBE = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    from qgis.PyQt.QtCore import QCoreApplication
    QCoreApplication.setOrganizationName("QGIS")  # read the profile's QGIS/QGIS3.ini, as QGIS does
    QCoreApplication.setApplicationName("QGIS3")
    from qgis.core import QgsApplication, QgsProject
    app = QgsApplication([], True)
    QgsApplication.initQgis()
    sys.path.insert(0, sys.argv[1])
    from clearground import translation
    translation.I18N_DIR = Path(sys.argv[2])
    translator = translation.install()  # no language given: QGIS's locale setting decides
    from qgis.gui import QgsMapCanvas, QgsMessageBar
    from clearground.processing.provider import ClearGroundProvider
    from clearground.ui.context import DockContext
    from clearground.ui.dock import ClearGroundDock
    from clearground.ui.session import WorkspaceSession
    provider = ClearGroundProvider()  # keep the Python object alive while QGIS uses it
    QgsApplication.processingRegistry().addProvider(provider)
    algorithm = QgsApplication.processingRegistry().algorithmById("clearground:createworkspace")
    session = WorkspaceSession(QgsProject.instance())
    dock = ClearGroundDock(DockContext(session=session, canvas=QgsMapCanvas(), message_bar=QgsMessageBar(),
                                       project=QgsProject.instance()))
    dock._fill_menu()  # what the Workspace menu shows when it opens
    menu = [action.text() for action in dock.menu.actions()]
    from shapely.geometry import box
    from clearground.core import discrepancy
    analysis = discrepancy.analyse(  # one record, and one AP mine found 4 km east of it
        discrepancy.Records(["R-1"], [box(46.900, 40.000, 46.901, 40.001)]), None,
        discrepancy.Finds(["F-1"], [46.950], [40.0005], category=["AP"]))
    flags = [f.message for f in analysis.flags if f.kind == "find_outside_records"]
    print("RESULT" + json.dumps({
        "locale": QgsApplication.locale(),
        "installed": translator is not None,
        "dock_title": dock.windowTitle(),
        "dock_label": dock.workspace_label.text(),
        "dock_menu": dock.menu_button.text(),
        "menu": menu,
        "tabs": [dock.tabs.tabText(i) for i in range(dock.tabs.count())],
        "algorithm": algorithm.displayName(),
        "group": algorithm.group(),
        "help": algorithm.shortHelpString(),
        "discrepancy": flags[0] if flags else None,
    }))
    translation.uninstall(translator)
""")


@pytest.mark.slow
def test_qgis_with_locale_az_speaks_azerbaijani(i18n, compiled, root: Path, tmp_path: Path):
    """A separate QGIS process whose profile sets the locale to az (the main session stays English)."""
    settings = tmp_path / "config" / "profiles" / "default" / "QGIS"
    settings.mkdir(parents=True)
    (settings / "QGIS3.ini").write_text("[locale]\noverrideFlag=true\nuserLocale=az\n", encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "config"))
    plugin_path = root / "build" / "qgis-plugins"  # holds the checkout as `clearground` (tests/conftest.py)
    result = subprocess.run(
        [sys.executable, "-c", AZ_PROBE, str(plugin_path), str(compiled)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    shown = json.loads(result.stdout.split("RESULT", 1)[1])
    az = {source: entry.translation for source, entry in i18n.read_ts(i18n.ts_path("az")).items()}

    assert shown["locale"] == "az" and shown["installed"]
    assert shown["dock_title"] == az["ClearGround"]
    assert shown["dock_label"] == az["No workspace open. Create or open one from the Workspace menu."]
    assert shown["dock_menu"] == az["Workspace"] != "Workspace"
    assert az["New workspace…"] in shown["menu"] and "New workspace…" not in shown["menu"]  # non-ASCII source
    tab_titles = [m.source for m in i18n.extract()[0] if any(loc.path.startswith("ui/tabs/") for loc in m.locations)]
    for title in shown["tabs"]:
        assert title in az.values() and title not in tab_titles, f"tab {title!r} is not in Azerbaijani"
    assert shown["algorithm"] == az["Create workspace"] != "Create workspace"
    assert shown["group"] == az["Workspace"]
    assert shown["help"].startswith(az[next(s for s in az if s.startswith("Creates a new ClearGround"))][:40])
    # The discrepancy message is the Azerbaijani template filled in (numbers as the code formats them).
    outside = next(s for s in az if s.startswith("Find {find}: {count} {category} mine(s) outside"))
    where = az["{distance:,.0f} m from the nearest minefield record ({record})"]
    filled = _fill(
        az[outside], find=re.escape("F-1"), count="1", category="AP", where=_fill(where, record=re.escape("R-1"))
    )
    assert re.fullmatch(filled, shown["discrepancy"]), (shown["discrepancy"], az[outside])
    # Azerbaijani, not just "not English": its own letters are there.
    assert all(any(letter in shown[key] for letter in "əğışçöü") for key in ("dock_label", "algorithm", "discrepancy"))


def _fill(template: str, **values: str) -> str:
    """A regular expression for a str.format template: the fields given (as regular expressions) filled
    in, the others any text."""
    pattern, last = "", 0
    for match in re.finditer(r"\{(\w*)(?:[!:][^{}]*)?\}", template):
        pattern += re.escape(template[last : match.start()])
        name = match.group(1)
        pattern += values[name] if name in values else ".+?"
        last = match.end()
    return pattern + re.escape(template[last:])
