"""clearground:createsample: a new workspace holding the deterministic sample scenario."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
)

from ...compat import NUMBER_DOUBLE
from ...core.scenario import generate_scenario, load_districts, load_places
from ...core.text import tr
from ...workspace import WorkspaceError, create_workspace
from ...workspace.writer import write_features
from ..base import ClearGroundAlgorithm

DATA = Path(__file__).resolve().parents[2] / "resources" / "data"
DISTRICTS = DATA / "districts" / "geoBoundaries-AZE-ADM2.geojson"
PLACES = DATA / "places" / "geonames-AZE-places-cities500.geojson"


class CreateSample(ClearGroundAlgorithm):
    NAME = "createsample"
    DISPLAY = "Create sample workspace"
    HELP = (
        "Creates a new workspace filled with a plausible, made-up mine action scenario along the former "
        "line of contact in Tartar, Agdam, Khojavend, Fuzuli, Jabrayil and Zangilan districts: minefield "
        "records with their recorded mines, hazard areas, 25 m sectors in every status, and finds of "
        "2021-2024. It holds on purpose the discrepancies that analysis must find: accurate records, "
        "records shifted by 30-150 m, records with missing mines, a cluster of unrecorded finds, "
        "scattered UXO and one post-clearance find. The log lists them.\n\n"
        "Seed: the same seed always gives the same data. Scale: multiplies every count (1 gives about "
        "60 records, 3,000 recorded mines, 2,500 finds and 3,000 sectors).\n\n"
        "The districts are not copied into the workspace: use the district layer shipped with the plugin "
        "(geoBoundaries, www.geoboundaries.org, CC BY-SA 3.0). Place names: GeoNames (www.geonames.org), "
        "CC BY 4.0.\n\nOutput: the new .gpkg file. An existing file is never overwritten."
    )
    OUTPUT = "OUTPUT"
    SEED = "SEED"
    SCALE = "SCALE"

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(
            QgsProcessingParameterFileDestination(self.OUTPUT, tr("Workspace"), tr("GeoPackage (*.gpkg)"))
        )
        self.addParameter(QgsProcessingParameterNumber(self.SEED, tr("Seed"), defaultValue=42, minValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.SCALE, tr("Scale (multiplies every count)"), NUMBER_DOUBLE,
            defaultValue=1.0, minValue=0.01, maxValue=1000.0))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        path = Path(self.parameterAsFileOutput(parameters, self.OUTPUT, context))
        seed = self.parameterAsInt(parameters, self.SEED, context)
        scale = self.parameterAsDouble(parameters, self.SCALE, context)
        steps = QgsProcessingMultiStepFeedback(2, feedback)
        try:
            workspace = create_workspace(path)
        except WorkspaceError as exc:
            raise QgsProcessingException(str(exc)) from exc
        try:
            scenario = generate_scenario(load_districts(DISTRICTS), seed=seed, scale=scale,
                                         places=load_places(PLACES))
            if feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled; no workspace was created."))
            steps.setCurrentStep(1)
            counts = write_features(workspace, scenario.layers, steps)
        except (WorkspaceError, ValueError, RuntimeError) as exc:
            path.unlink(missing_ok=True)
            raise QgsProcessingException(
                tr("The sample could not be written, no workspace was created: {error}").format(error=exc)
            ) from exc
        except BaseException:
            path.unlink(missing_ok=True)
            raise
        feedback.pushInfo(tr("Created sample workspace {path} (seed {seed}, scale {scale}).").format(
            path=workspace.path, seed=seed, scale=scale))
        for layer, count in counts.items():
            feedback.pushInfo(tr("{layer}: {count} features").format(layer=layer, count=f"{count:,}"))
        self._log_truth(scenario.truth, feedback)
        return {self.OUTPUT: str(workspace.path)}

    @staticmethod
    def _log_truth(truth, feedback) -> None:
        """What the scenario holds on purpose, for the analyst who tries the discrepancy analysis."""
        feedback.pushInfo(tr("Designed into the sample:"))
        kinds = {
            "accurate": tr("{count} accurate records: every mine found within 1-3 m of its recorded position"),
            "shifted": tr("{count} shifted records: the mines lie 30-150 m from the record, moved and turned "
                          "by one transform"),
            "missing": tr("{count} records with missing mines: fully cleared, fewer mines found than recorded"),
            "in_progress": tr("{count} records partly cleared"),
            "unworked": tr("{count} records not yet worked"),
        }
        for kind, text in kinds.items():
            feedback.pushInfo(text.format(count=len(truth.records_of(kind))))
        feedback.pushInfo(tr("{count} unrecorded AP finds in clusters far from every record").format(
            count=len(truth.unrecorded_finds)))
        feedback.pushInfo(tr("{count} UXO, AXO and submunition finds outside every hazard area").format(
            count=len(truth.scattered_finds)))
        for item in truth.post_clearance:
            feedback.pushInfo(tr("Post-clearance find {find} in sector {sector} (cleared {cleared}, found "
                                 "{found})").format(find=item["find_id"], sector=item["sector_id"],
                                                    cleared=item["cleared"], found=item["found"]))
