"""Build resources/models/weekly_report.model3: tallyfinds + finddiscrepancies -> districtreport.

The .model3 file is the shipped resource (an analyst can open and edit it in the graphical
modeler); this script is how it is made. Run it with the .venv's Python after changing a child
algorithm's parameters:  .venv/bin/python scripts/make_report_model.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "models" / "weekly_report.model3"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(ROOT / "build" / "qgis-plugins"))

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterVectorLayer,
)
from qgis.core import QgsProcessingModelChildParameterSource as Source  # noqa: E402
from qgis.PyQt.QtCore import QPointF  # noqa: E402

from clearground.compat import DATETIME_PARAM_DATE, FIELD_PARAM_ANY, FILE_PARAM_FILE, SOURCE_POLYGON  # noqa: E402

HELP = {
    "ALG_DESC": (
        "The weekly report of a ClearGround workspace in one run: tallies the finds per district and "
        "period (with the hectares released), compares the minefield records with the finds, and writes "
        "the PDF report with a national summary page and one page per district with data.\n\n"
        "The discrepancies are computed afresh and stored in the workspace, keeping the analysts' "
        "reviews: a flag raised again keeps its status and note, and the report shows them."
    ),
    "WORKSPACE": "A ClearGround workspace (GeoPackage).",
    "DISTRICTS": "The district boundaries (e.g. geoBoundaries ADM2, shipped with the plugin).",
    "DATE_FROM": "First day of the report (inclusive); empty: no limit.",
    "DATE_TO": "Last day of the report (inclusive); empty: no limit.",
    "ALG_CREATOR": "ClearGround",
}


def workspace_layer(name: str) -> list:
    """A child input: one layer of the model's WORKSPACE file."""
    return [Source.fromExpression(f"@WORKSPACE || '|layername={name}'")]


def model_input(name: str) -> list:
    return [Source.fromModelParameter(name)]


def child(alg_id: str, child_id: str, description: str, x: float, y: float,
          sources: dict) -> QgsProcessingModelChildAlgorithm:
    step = QgsProcessingModelChildAlgorithm(alg_id)
    step.setChildId(child_id)
    step.setDescription(description)
    step.setPosition(QPointF(x, y))
    for name, source in sources.items():
        step.addParameterSources(name, source)
    return step


def build() -> QgsProcessingModelAlgorithm:
    model = QgsProcessingModelAlgorithm("Weekly mine action report", "Reporting", "reporting")
    inputs = (
        (QgsProcessingParameterFile("WORKSPACE", "Workspace", FILE_PARAM_FILE, "gpkg"), 120),
        (QgsProcessingParameterVectorLayer("DISTRICTS", "Districts", [SOURCE_POLYGON]), 320),
        (QgsProcessingParameterField("DISTRICT_FIELD", "District name field", None, "DISTRICTS",
                                     FIELD_PARAM_ANY, optional=True), 520),
        (QgsProcessingParameterDateTime("DATE_FROM", "From (inclusive)", DATETIME_PARAM_DATE,
                                        optional=True), 720),
        (QgsProcessingParameterDateTime("DATE_TO", "To (inclusive)", DATETIME_PARAM_DATE,
                                        optional=True), 920),
    )
    for parameter, x in inputs:
        component = QgsProcessingModelParameter(parameter.name())
        component.setPosition(QPointF(x, 60))
        model.addModelParameter(parameter, component)

    week = [Source.fromStaticValue("week")]
    model.addChildAlgorithm(child("clearground:tallyfinds", "tally", "Tally finds per district", 300, 220, {
        "FINDS": workspace_layer("finds"), "SECTORS": workspace_layer("sectors"),
        "DISTRICTS": model_input("DISTRICTS"), "DISTRICT_FIELD": model_input("DISTRICT_FIELD"), "PERIOD": week,
        "DATE_FROM": model_input("DATE_FROM"), "DATE_TO": model_input("DATE_TO"),
    }))
    model.addChildAlgorithm(child(
        "clearground:finddiscrepancies", "discrepancies", "Find discrepancies (map versus reality)", 700, 220, {
            "RECORDS": workspace_layer("minefield_records"), "RECORDED_MINES": workspace_layer("recorded_mines"),
            "FINDS": workspace_layer("finds"), "SECTORS": workspace_layer("sectors"),
            "WORKSPACE": model_input("WORKSPACE"),  # the flags stored, keeping the analysts' reviews
        }))
    report = child("clearground:districtreport", "report", "Weekly district report (PDF)", 500, 380, {
        "WORKSPACE": model_input("WORKSPACE"), "DISTRICTS": model_input("DISTRICTS"),
        "DISTRICT_FIELD": model_input("DISTRICT_FIELD"), "DATE_FROM": model_input("DATE_FROM"),
        "DATE_TO": model_input("DATE_TO"), "PERIOD": week,
        "TALLY": [Source.fromChildOutput("tally", "OUTPUT_TABLE")],
        "DISCREPANCIES": [Source.fromChildOutput("discrepancies", "OUTPUT")],
    })
    output = QgsProcessingModelOutput("Report", "Report (PDF)")
    output.setChildOutputName("OUTPUT")
    output.setChildId("report")
    output.setPosition(QPointF(700, 480))
    report.setModelOutputs({"Report": output})
    model.addChildAlgorithm(report)
    model.setHelpContent(HELP)
    return model


def main() -> None:
    app = QgsApplication([], False)
    app.initQgis()
    from clearground.processing.provider import ClearGroundProvider

    provider = ClearGroundProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    if not build().toFile(str(OUT)):
        raise SystemExit(f"could not write {OUT}")
    print("wrote", OUT.relative_to(ROOT))
    app.exitQgis()


if __name__ == "__main__":
    main()
