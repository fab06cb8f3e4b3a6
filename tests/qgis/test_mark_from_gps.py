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


@pytest.mark.parametrize("gap_m", [0.5, 1.9, 2.6, 40.0])
def test_a_lane_beside_a_sector_covers_the_strip_its_width_reaches(gap_m):
    """A 5 m lane whose line runs ``gap_m`` east of a sector (outside its box) covers 2.5 - gap metres of
    it; the oracle measures buffer and sector in the UTM zone, without any search."""
    import numpy as np
    import shapely
    from pyproj import Transformer

    from clearground.processing.algorithms.mark_sectors import covered_fraction

    to_wgs = Transformer.from_crs("EPSG:32638", "EPSG:4326", always_xy=True)
    sector_utm = shapely.box(500_000.0, 4_430_000.0, 500_025.0, 4_430_025.0)
    lane_utm = shapely.LineString([(500_025.0 + gap_m, 4_429_990.0), (500_025.0 + gap_m, 4_430_035.0)])

    def wgs(geom):
        return shapely.transform(geom, lambda c: np.column_stack(to_wgs.transform(c[:, 0], c[:, 1])))

    far = shapely.box(500_900.0, 4_430_900.0, 500_925.0, 4_430_925.0)  # nowhere near the lane
    got = covered_fraction(np.array([wgs(sector_utm), None, wgs(far)], dtype=object), [wgs(lane_utm)], 5.0)
    strip = shapely.buffer(lane_utm, 2.5, cap_style="flat").intersection(sector_utm).area / sector_utm.area
    assert got[0] == pytest.approx(strip, abs=1e-6) and got[1] == got[2] == 0.0
    assert (got[0] > 0) == (gap_m < 2.5)
