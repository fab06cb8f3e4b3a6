"""Cleared ground as teams record it goes straight into clearground:marksectors: the tracks layer of a
GPX file (file.gpx|layername=tracks) and a KML of lane lines (tests/data/fieldreports)."""

from __future__ import annotations

from pathlib import Path

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsProcessingFeedback, QgsVectorLayer

from clearground.processing.algorithms.import_mine_map import schema_fields

REPORTS = Path(__file__).resolve().parents[1] / "data" / "fieldreports"
#: The five lanes of both files: 46.89995-46.90125 E at these latitudes, 4.4 m apart.
LANES = (40.00002, 40.00006, 40.00010, 40.00014, 40.00018)


@pytest.fixture
def sectors() -> QgsVectorLayer:
    """Two rows of four sectors (0.0003° x 0.0002°, about 26 m x 22 m): row 0 at 40.0000-40.0002 N."""
    fields = schema_fields("sectors")
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326", "sectors", "memory")
    layer.dataProvider().addAttributes(fields.toList())
    layer.updateFields()
    features = []
    for row in range(2):
        for col in range(4):
            f = QgsFeature(layer.fields())
            f["sector_id"], f["status"], f["version"] = f"S-{row}-{col}", "planned", 1
            x0, y0 = 46.9000 + 0.0003 * col, 40.0000 + 0.0002 * row
            f.setGeometry(QgsGeometry.fromWkt(
                f"POLYGON(({x0} {y0}, {x0 + 0.0003} {y0}, {x0 + 0.0003} {y0 + 0.0002}, {x0} {y0 + 0.0002}, "
                f"{x0} {y0}))"))
            features.append(f)
    layer.dataProvider().addFeatures(features)
    return layer


def lanes_layer() -> QgsVectorLayer:
    """The same lanes as a memory layer: the oracle (what marksectors does with any line layer)."""
    layer = QgsVectorLayer("LineString?crs=EPSG:4326", "lanes", "memory")
    features = []
    for lat in LANES:
        f = QgsFeature()
        f.setGeometry(QgsGeometry.fromWkt(f"LINESTRING(46.89995 {lat}, 46.90125 {lat})"))
        features.append(f)
    layer.dataProvider().addFeatures(features)
    return layer


def mark(run_alg, sectors, cleared):
    result = run_alg("clearground:marksectors", {
        "SECTORS": sectors, "CLEARED": cleared, "MIN_OVERLAP": 90, "DATE": "2022-03-18", "TEAM": "Team 3",
        "METHOD": "manual", "LANE_WIDTH": 5.0, "OUTPUT": "memory:", "OUTPUT_AUDIT": "memory:"},
        feedback=QgsProcessingFeedback())
    marked = {f["sector_id"] for f in result["OUTPUT"].getFeatures() if f["status"] == "cleared"}
    return result, marked


def test_the_lanes_cover_the_first_row_of_sectors(run_alg, sectors):
    result, marked = mark(run_alg, sectors, lanes_layer())
    assert marked == {"S-0-0", "S-0-1", "S-0-2", "S-0-3"} and result["MARKED"] == 4


def test_a_gpx_files_tracks_layer_marks_what_its_track_covers(run_alg, sectors):
    result, marked = mark(run_alg, sectors, f"{REPORTS / 'lane_tracks.gpx'}|layername=tracks")
    assert marked == {"S-0-0", "S-0-1", "S-0-2", "S-0-3"} and result["MARKED"] == 4
    teams = {f["team"] for f in result["OUTPUT"].getFeatures() if f["status"] == "cleared"}
    assert teams == {"Team 3"}


def test_a_kml_of_lane_lines_marks_the_same(run_alg, sectors):
    result, marked = mark(run_alg, sectors, str(REPORTS / "lanes.kml"))
    assert marked == {"S-0-0", "S-0-1", "S-0-2", "S-0-3"} and result["MARKED"] == 4


def test_a_gpx_file_given_without_a_layer_name_is_read_as_its_tracks(run_alg, sectors):
    # QGIS alone would open the file's waypoints, and mark nothing
    result, marked = mark(run_alg, sectors, str(REPORTS / "lane_tracks.gpx"))
    assert marked == {"S-0-0", "S-0-1", "S-0-2", "S-0-3"} and result["MARKED"] == 4


def test_the_help_says_how_to_give_a_gpx_files_tracks(provider):
    from qgis.core import QgsApplication

    text = QgsApplication.processingRegistry().algorithmById("clearground:marksectors").shortHelpString()
    assert "|layername=tracks" in text and "KML" in text

