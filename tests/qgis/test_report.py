"""clearground:districtreport on the sample scenario, read back from the PDF; the shipped model through
qgis_process; the Report tab."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from qgis.core import QgsProject, QgsSettings, QgsVectorLayer
from qgis.gui import QgsMessageBar
from qgis.PyQt.QtCore import QDate, QEventLoop, Qt, QTimer
from qgis.PyQt.QtGui import QImage
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QPushButton

from clearground.core import text
from clearground.ui.context import DockContext
from clearground.ui.session import RECENT_KEY, WorkspaceSession

DATE_FROM, DATE_TO = "2024-01-01", "2024-06-30"
QGIS_PROCESS = Path("/usr/bin/qgis_process.bin")
MODEL_ID = "clearground:Weekly mine action report"
#: Letters of Azerbaijani, Ukrainian and Russian that the embedded font must show.
NATIVE_TITLE = "Həftəlik hesabat ğışçöü · Тижневий звіт ії єґ · Еженедельный отчёт"

_CACHE: dict = {}


def _pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def _page_text(path: Path, page: int) -> str:
    return subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(path), "-"],
                          capture_output=True, text=True, check=True).stdout


def _render(path: Path, page: int, out: Path, dpi: int = 60) -> np.ndarray:
    """The page as an RGB array (pdftoppm), rows x columns x 3."""
    subprocess.run(["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile", "-png",
                    str(path), str(out)], check=True)
    image = QImage(str(out) + ".png").convertToFormat(QImage.Format_RGB888)
    width, height = image.width(), image.height()
    buffer = image.constBits()
    buffer.setsize(image.bytesPerLine() * height)
    rows = np.frombuffer(buffer, dtype=np.uint8).reshape(height, image.bytesPerLine())
    return rows[:, :width * 3].reshape(height, width, 3).copy()


def _layer(path: Path, name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    assert layer.isValid(), name
    return layer


def _expected(run_alg, workspace: Path, districts_path: Path) -> tuple[list[str], dict[str, int], int]:
    """Independent oracle with QGIS's own algorithms: the districts holding a record, hazard, sector (a point
    on its surface) or find, and each district's finds in the date range (native count, weighted)."""
    districts = QgsVectorLayer(str(districts_path), "districts", "ogr")
    names = [f["shapeName"] for f in districts.getFeatures()]
    with_data: set[str] = set()
    for layer_name in ("minefield_records", "hazard_areas", "sectors", "finds"):
        layer = _layer(workspace, layer_name)
        if layer_name != "finds":
            layer = run_alg("native:pointonsurface", {"INPUT": layer, "OUTPUT": "memory:"})["OUTPUT"]
        counted = run_alg("native:countpointsinpolygon", {"POLYGONS": districts, "POINTS": layer, "FIELD": "N",
                                                          "OUTPUT": "memory:"})["OUTPUT"]
        with_data |= {f["shapeName"] for f in counted.getFeatures() if f["N"] > 0}
    in_range = run_alg("native:extractbyexpression", {
        "INPUT": _layer(workspace, "finds"),
        "EXPRESSION": f"\"found_date\" >= to_date('{DATE_FROM}') AND \"found_date\" <= to_date('{DATE_TO}')",
        "OUTPUT": "memory:"})["OUTPUT"]
    counted = run_alg("native:countpointsinpolygon", {"POLYGONS": districts, "POINTS": in_range, "WEIGHT": "quantity",
                                                      "FIELD": "N", "OUTPUT": "memory:"})["OUTPUT"]
    finds = {f["shapeName"]: int(f["N"]) for f in counted.getFeatures()}
    total = int(sum((f["quantity"] or 1) for f in in_range.getFeatures()))
    return [n for n in names if n in with_data], finds, total


@pytest.fixture
def sample(run_alg, tmp_path_factory, districts_path):
    """The sample workspace, its report (with a translated heading) and the oracle, built once."""
    if "sample" not in _CACHE:
        folder = tmp_path_factory.mktemp("report")
        workspace = folder / "sample.gpkg"
        run_alg("clearground:createsample", {"OUTPUT": str(workspace)})
        pdf = folder / "report.pdf"
        text.set_translator(lambda context, source: NATIVE_TITLE if source == "Weekly mine action report"
                            else source)
        try:
            result = run_alg("clearground:districtreport", {
                "WORKSPACE": str(workspace), "DISTRICTS": str(districts_path), "DISTRICT_FIELD": "shapeName",
                "DATE_FROM": DATE_FROM, "DATE_TO": DATE_TO, "PERIOD": "month", "OUTPUT": str(pdf),
                "OUTPUT_HTML": str(folder / "report.html"), "OUTPUT_TEMPLATE": str(folder / "report.qpt")})
        finally:
            text.set_translator(None)
        _CACHE["sample"] = (folder, workspace, pdf, result, _expected(run_alg, workspace, districts_path))
    return _CACHE["sample"]


def test_one_page_per_district_with_data_plus_the_national_page(sample):
    folder, workspace, pdf, result, (with_data, finds, total) = sample
    assert len(with_data) == 6  # the scenario's districts along the former line of contact
    assert _pdf_pages(pdf) == len(with_data) + 1 == result["PAGES"]
    national = _page_text(pdf, 1)
    assert "National summary" in national
    assert f"{total:,} explosive items found" in national
    for page, name in enumerate(with_data, start=2):
        content = _page_text(pdf, page)
        assert name in content.splitlines()[1] or name in content[:400], (page, name)
        assert f"{finds[name]:,} explosive items found" in content, (name, finds[name])
        assert f"Page {page} of {len(with_data) + 1}" in content
    assert sum(finds[n] for n in with_data) <= total


def test_pdf_embeds_a_font_with_azerbaijani_ukrainian_and_russian_letters(sample):
    _, _, pdf, _, _ = sample
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:]]
    assert rows and all("DejaVu" in row[0] for row in rows)
    assert all(row[-5] == "yes" for row in rows)  # the "emb" column
    assert NATIVE_TITLE in _page_text(pdf, 1).replace("\n", " ")


def test_the_map_is_not_blank(sample, tmp_path):
    _, _, pdf, _, (with_data, _, _) = sample
    dpi = 60
    for page in (1, 2):
        pixels = _render(pdf, page, tmp_path / f"page{page}", dpi)
        mm = dpi / 25.4
        map_area = pixels[int(30 * mm):int(144 * mm), int(12 * mm):int(150 * mm)].reshape(-1, 3).astype(int)
        colours = {tuple(c) for c in map_area[::7]}
        land = np.all(np.abs(map_area - (242, 239, 233)) < 6, axis=1).mean()
        reds = ((map_area[:, 0] > 150) & (map_area[:, 1] < 90) & (map_area[:, 2] < 90)).mean()
        assert len(colours) > 40, page
        assert 0.15 < land < 0.98, (page, land)  # districts drawn, and something drawn on them
        assert reds > 0.0005, (page, reds)  # hazard areas, AP finds, high-severity flags
        assert map_area.std() > 12, page


def test_html_summary_and_template_round_trip(sample, run_alg, districts_path):
    folder, workspace, pdf, _, (with_data, finds, _) = sample
    html = (folder / "report.html").read_text(encoding="utf-8")
    for name in with_data:
        assert name in html
    template = folder / "report.qpt"
    assert "tally_table" in template.read_text(encoding="utf-8")
    again = folder / "again.pdf"
    run_alg("clearground:districtreport", {
        "WORKSPACE": str(workspace), "DISTRICTS": str(districts_path), "DISTRICT_FIELD": "shapeName",
        "DATE_FROM": DATE_FROM, "DATE_TO": DATE_TO, "PERIOD": "month", "TEMPLATE": str(template),
        "OUTPUT": str(again)})
    assert _pdf_pages(again) == len(with_data) + 1
    name = with_data[-1]
    assert f"{finds[name]:,} explosive items found" in _page_text(again, len(with_data) + 1)


@pytest.mark.skipif(not QGIS_PROCESS.exists(), reason="qgis_process.bin is not installed")
def test_the_shipped_model_runs_through_qgis_process(sample, plugin_path, districts_path, tmp_path):
    _, workspace, _, _, (with_data, finds, _) = sample
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", QGIS_PLUGINPATH=str(plugin_path),
               QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "profile"),
               PYTHONPATH=os.pathsep.join(p for p in sys.path if p.endswith("site-packages") and ".venv" in p))

    def qgis_process(*args):
        proc = subprocess.run([str(QGIS_PROCESS), *args], env=env, capture_output=True, text=True, timeout=600)
        assert proc.returncode == 0, f"{proc.stdout}\n{proc.stderr}"
        return proc.stdout

    qgis_process("plugins", "enable", "clearground")
    assert MODEL_ID in qgis_process("list")
    out = tmp_path / "weekly.pdf"
    stdout = qgis_process("--json", "run", MODEL_ID, "--", f"WORKSPACE={workspace}", f"DISTRICTS={districts_path}",
                          "DISTRICT_FIELD=shapeName", f"DATE_FROM={DATE_FROM}", f"DATE_TO={DATE_TO}",
                          f"report:Report={out}")
    assert json.loads(stdout[stdout.index("{"):])["results"]["report:Report"] == str(out)
    assert _pdf_pages(out) == len(with_data) + 1
    for page, name in enumerate(with_data, start=2):
        content = _page_text(out, page)
        assert name in content and f"{finds[name]:,} explosive items found" in content


def test_report_tab_writes_the_pdf_in_the_background(sample, provider, qgis_canvas, qgis_new_project,
                                                     districts_path, tmp_path):
    from clearground.ui.tabs.report import Tab

    _, workspace, _, _, (with_data, _, _) = sample
    copy = tmp_path / "workspace.gpkg"
    shutil.copy(workspace, copy)
    project = QgsProject.instance()
    settings = QgsSettings("ClearGroundTests", "report")
    settings.remove(RECENT_KEY)
    session = WorkspaceSession(project, settings)
    districts = QgsVectorLayer(str(districts_path), "districts", "ogr")
    project.addMapLayer(districts)
    bar = QgsMessageBar()
    tab = Tab(DockContext(session, qgis_canvas, bar, project))
    try:
        assert not tab.run_button.isEnabled()
        session.open(copy)
        assert tab.run_button.isEnabled()
        assert tab.districts_combo.currentLayer() is districts
        assert tab.district_field.currentField() == "shapeName"
        assert tab.output.filePath() == str(tmp_path / "workspace_report.pdf")
        tab.from_date.setDate(QDate.fromString(DATE_FROM, "yyyy-MM-dd"))
        tab.to_date.setDate(QDate.fromString(DATE_TO, "yyyy-MM-dd"))
        tab.html_check.setChecked(True)

        outcome: list = []
        loop = QEventLoop()
        tab.reported.connect(lambda path: (outcome.append(path), loop.quit()))
        tab.failed.connect(lambda message: (outcome.append("failed: " + message), loop.quit()))
        guard = QTimer()
        guard.setSingleShot(True)
        guard.timeout.connect(loop.quit)  # a safety net against a hang, not a timing check
        guard.start(300_000)
        QTest.mouseClick(tab.run_button, Qt.LeftButton)
        if not outcome:
            loop.exec()
        assert outcome == [str(tmp_path / "workspace_report.pdf")]
        assert tab.progress.value() == 100
        assert _pdf_pages(Path(outcome[0])) == len(with_data) + 1
        assert (tmp_path / "workspace_report.html").exists()
        buttons = tab.last_message.findChildren(QPushButton)
        assert any(b.text() == "Open the PDF" for b in buttons)
        assert bar.currentItem() is tab.last_message
    finally:
        session.close()
        project.removeMapLayer(districts.id())
        tab.deleteLater()


def test_page_numbers_add_up_and_long_tables_fold():
    import xml.etree.ElementTree as ET

    from clearground.core import report
    from clearground.core.categories import CATEGORIES

    rng = np.random.default_rng(5)
    rows = []
    for week in range(1, 13):
        for district in ("Agdam District", "Fuzuli District", "Elsewhere", "unassigned"):
            row = {"district": district, "period": f"2024-W{week:02d}", "cleared_ha": 0.5, "reduced_ha": 0.25,
                   "cancelled_ha": 0.0}
            row.update({c: int(rng.integers(0, 5)) for c in CATEGORIES})
            rows.append(row)
    flags = [report.Flag("Agdam District", "missing_mines", "x " * 200)] * 6
    pages = report.build_pages(rows, ["Agdam District", "Fuzuli District"], {"Agdam District": 12.5}, flags)
    national, agdam, fuzuli = pages
    every = sum(sum(r[c] for c in CATEGORIES) for r in rows)
    assert national.total == every and national.rows[-1].total == every
    assert sum(r.total for r in national.rows[:-1]) == every  # the districts, then everything outside them
    own = sum(sum(r[c] for c in CATEGORIES) for r in rows if r["district"] == "Agdam District")
    assert agdam.total == own and agdam.rows[-1].total == own
    assert len(agdam.rows) == report.MAX_TABLE_ROWS + 1 and agdam.rows[0].label == "Before 2024-W06"
    assert sum(r.total for r in agdam.rows[:-1]) == own
    assert agdam.hectares["cleared_ha"] == pytest.approx(6.0) and agdam.remaining_ha == 12.5
    listed = report.flag_rows(agdam)
    assert len(listed) == report.MAX_FLAGS and all(len(m) <= report.MESSAGE_CHARS for _, m in listed)
    assert report.flags_note(agdam).startswith("2 more")
    assert report.flags_note(fuzuli) == "No open high-severity discrepancies."
    svg = ET.fromstring(report.bar_chart_svg(agdam.periods))
    assert len([e for e in svg.iter() if e.tag.endswith("rect")]) > 12
