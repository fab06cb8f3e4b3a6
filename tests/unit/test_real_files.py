"""Mine maps as other centres write them (tests/data/realfiles, written by hand): every row imported,
repaired or rejected with its reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from clearground.core.minemap import ImportOptions, import_rows
from clearground.workspace.sources import read_source

DATA = Path(__file__).resolve().parents[1] / "data" / "realfiles"


def run(name: str, **kw):
    result = import_rows(read_source(DATA / name), ImportOptions(**kw))
    assert result.rows_as_written + result.rows_repaired + result.rows_rejected == result.rows_read
    assert all(r.reason.startswith(f"row {r.source_row}: ") for r in result.rejects)
    return result, {r.source_row: r.reason for r in result.rejects}


def test_russian_points_in_utm_make_their_records():
    result, rejects = run("miny_38n.geojson")
    assert rejects == {} and result.rows_read == 10 and result.mode == "gis"
    assert result.mapping == {"record_id": "запись", "mine_no": "номер", "category": "тип", "model": "модель"}
    records = {r["record_id"]: r for r in result.records}
    assert set(records) == {"1", "2"}
    assert (records["1"]["recorded_ap"], records["1"]["recorded_at"], records["1"]["mine_models"]) == (5, 0, "PMN-2")
    assert (records["2"]["recorded_ap"], records["2"]["recorded_at"], records["2"]["mine_models"]) == (0, 5, "TM-62M")
    assert result.mines["mine_no"][:5] == ["1", "2", "3", "4", "5"]
    assert set(result.mines["model"]) == {"PMN-2", "TM-62M"}
    # 662300 E 4429600 N in zone 38 north lies in Aghdam
    assert 46.8 < result.mine_lon.min() < result.mine_lon.max() < 47.0 and 39.9 < result.mine_lat.min() < 40.1


def test_ukrainian_table_categories_from_models_and_blank_categories_rejected():
    result, rejects = run("miny_uk.csv")
    assert result.rows_read == 9 and result.rows_imported == 6 and sorted(rejects) == [6, 7, 9]
    assert "no category, and the model 'XYZ-9'" in rejects[6]
    assert "no category and no model" in rejects[9]
    # a typo of one degree: both readings named
    assert "111.2 km from the other 5 mines of record 'УК-7'" in rejects[7]
    assert "read as written: latitude 49.501700, longitude 37.992600" in rejects[7]
    assert "its other reading: latitude 37.992600, longitude 49.501700" in rejects[7]
    mines = list(zip(result.mines["record_id"], result.mines["mine_no"], result.mines["category"],
                     result.mines["model"]))
    assert ("УК-7", "2", "AP", "PFM-1") in mines and ("УК-7", "4", "AP", "POM-3") in mines
    assert ("УК-8", "3", "AT", "TM-62P") in mines and ("УК-8", "1", "AT", "TM-62P") in mines
    assert None not in result.mines["category"]


def test_a_wider_reach_keeps_the_typo_with_its_record():
    result, rejects = run("miny_uk.csv", misplaced_m=200_000.0)
    assert 7 not in rejects and result.rows_imported == 7


def test_azerbaijani_columns_judged_by_their_values():
    result, rejects = run("xerite_az.csv")
    assert rejects == {} and result.rows_imported == 7
    assert result.mapping["record_id"] == "Xəritə" and result.mapping["mine_no"] == "Nömrə"
    assert result.mapping["category"] == "Tip" and result.mapping["model"] == "Modeli"
    records = {r["record_id"]: r for r in result.records}
    assert records["AĞ-12"]["laid_date"] == "1993-05-12" and records["AĞ-12"]["mine_models"] == "PMN-2, PMN-4, TM-62M"
    assert (records["AĞ-13"]["recorded_ap"], records["AĞ-13"]["recorded_at"]) == (1, 2)  # OZM-72 is AP
    lines = result.mapping_lines()
    assert any("'Nömrə' is named like record_id" in line for line in lines)


def test_a_national_suspect_area_file_gets_ids_repairs_and_its_geocheck():
    result, rejects = run("suspect_areas.geojson")
    assert result.rows_read == 10 and result.rows_as_written == 2 and result.rows_repaired == 2
    assert sorted(rejects) == [2, 3, 6, 7, 8, 9]
    assert "no geometry" in rejects[2] and "no geometry" in rejects[9]
    assert "make_valid would make 2 polygons" in rejects[3]
    assert "the same polygon as row 1" in rejects[6]
    assert "2 distinct vertices" in rejects[7]
    assert "6.0 km apart" in rejects[8]
    records = {r["record_id"]: r for r in result.records}
    assert set(records) == {"suspect_areas-1", "suspect_areas-4", "suspect_areas-5", "suspect_areas-10"}
    assert "made by ClearGround" in records["suspect_areas-1"]["notes"]
    assert "repaired through make_valid" in records["suspect_areas-4"]["notes"]
    assert len(records["suspect_areas-5"]["geometry"].interiors) == 1  # the ring touching itself: a hole
    assert all(r["geometry"].is_valid and r["geometry"].geom_type == "Polygon" for r in records.values())
    summary = next(n for n in result.notes if n.startswith("Geometry checks"))
    for part in ("2 repaired", "1 fewer than 3 vertices", "1 duplicate", "1 consecutive vertices over 5 km",
                 "2 without geometry"):
        assert part in summary


def test_ids_from_a_chosen_field_and_a_sequence():
    result, _ = run("suspect_areas.geojson", mapping_text="id_prefix=fileId")
    ids = sorted(r["record_id"] for r in result.records)
    # fileId 4417: rows 1-3 (1, 2, 3); 4418: rows 4-6; 4420: row 10
    assert ids == ["4417-1", "4418-1", "4418-2", "4420-1"]
    assert any("id_prefix" not in n and "fileId" in n for n in result.notes)


@pytest.mark.parametrize("name", ["miny_38n.geojson", "miny_uk.csv", "xerite_az.csv", "suspect_areas.geojson"])
def test_the_files_are_written_by_hand(name):
    assert "clearground" not in (DATA / name).read_text(encoding="utf-8").lower()
