"""A field report's rows applied to the rules of a find (core.find_import, core.report_columns): no QGIS."""

from __future__ import annotations

import json
from datetime import date

import numpy as np
import pytest
import shapely

from clearground.core.field_finds import Known
from clearground.core.fieldmap import MappingError
from clearground.core.find_import import FindImportOptions, Sectors, import_finds
from clearground.core.minemap import SourceTable
from clearground.core.report_columns import FIND_ALIASES, guess_report_columns

TODAY = date(2024, 6, 1)


def table(header: list[str], *rows: list[str], name: str = "report.csv") -> SourceTable:
    data = [[row[c] for row in rows] for c in range(len(header))]
    return SourceTable(name, header, data, np.arange(2, len(rows) + 2), [";".join(r) for r in rows])


@pytest.mark.parametrize("header, expected", [
    (["№", "Дата", "Категория", "Координаты", "Кол-во", "Глубина", "Группа"],
     {"find_id": "№", "found_date": "Дата", "category": "Категория", "coord": "Координаты", "quantity": "Кол-во",
      "depth_cm": "Глубина", "team": "Группа"}),
    (["Tapıntı nömrəsi", "Tarix", "Miqdar", "Qrup", "Enlik", "Uzunluq"],
     {"find_id": "Tapıntı nömrəsi", "found_date": "Tarix", "quantity": "Miqdar", "team": "Qrup", "lat": "Enlik",
      "lon": "Uzunluq"}),
    (["Номер знахідки", "Дата виявлення", "Кількість", "Глибина", "Широта", "Довгота"],
     {"find_id": "Номер знахідки", "found_date": "Дата виявлення", "quantity": "Кількість", "depth_cm": "Глибина",
      "lat": "Широта", "lon": "Довгота"}),
])
def test_columns_by_their_names_in_four_languages(header, expected):
    mapping, _ = guess_report_columns(header, None, FIND_ALIASES)
    assert mapping == expected


def test_values_overrule_a_name_and_claim_unnamed_columns():
    header = ["Тип", "col2", "col3"]
    data = [["AP", "AT", "AP"], ["ПМН-2", "ТМ-62М", "ПМН-2"], ["38TPK6226329565", "38TPK6226329565", "38TPK62263295"]]
    mapping, why = guess_report_columns(header, data, FIND_ALIASES)
    assert mapping == {"category": "Тип", "model": "col2", "coord": "col3"}
    assert "not its name" in why["category"] and "known mine models" in why["model"]


def test_every_row_is_a_find_a_duplicate_or_a_reject_and_the_sector_is_found():
    t = table(["id", "date", "model", "lat", "lon", "note"],
              ["A", "12.03.2022", "PMN-2", "40.0003", "46.9003", "by the path"],
              ["B", "12.03.2022", "ПМН-2", "40.000303", "46.900302", ""],  # A again, 0.4 m away
              ["C", "32.03.2022", "PMN-2", "40.0005", "46.9005", ""],
              ["A", "13.03.2022", "PMN-2", "40.0100", "46.9100", ""],  # A's id for another find, 1.3 km away
              ["D", "", "XYZ-1", "40.0005", "46.9005", ""])
    sectors = Sectors(["S-1"], [shapely.box(46.9, 40.0, 46.9012, 40.0009)])
    result = import_finds(t, FindImportOptions(sectors=sectors, today=TODAY))
    assert [f.find_id for f in result.finds] == ["A"]
    assert result.finds[0].sector_id == "S-1" and result.sectors_found == 1
    assert result.sources == ["report.csv, row 2"] and json.loads(result.raws[0]) == {"note": "by the path"}
    assert [(d.source_row, d.record_id) for d in result.duplicates] == [(3, "B")]
    reasons = {r.source_row: r.reason for r in result.rejects}
    assert set(reasons) == {4, 5, 6}
    assert "does not exist" in reasons[4]
    assert "already known for a find 1,3" in reasons[5] and "not overwritten" in reasons[5]
    assert "XYZ-1" in reasons[6]


def test_a_report_that_writes_month_first_somewhere_cannot_have_its_ambiguous_dates_guessed():
    t = table(["id", "date", "category", "coord"],
              ["A", "03/25/2022", "AP", "40.0003 46.9003"],
              ["B", "03/04/2022", "AP", "40.0013 46.9003"],
              ["C", "25/03/2022", "AP", "40.0023 46.9003"])
    result = import_finds(t, FindImportOptions(today=TODAY))
    assert [f.find_id for f in result.finds] == ["C"]
    reasons = {r.record_id: r.reason for r in result.rejects}
    assert "no month 25" in reasons["A"] and "month first" in reasons["B"]
    assert any("write their dates month first" in note for note in result.notes)


def test_finds_known_in_the_workspace_are_duplicates_and_the_mapping_is_checked():
    t = table(["id", "date", "category", "coord"], ["N-1", "2022-03-12", "AP", "40.0003 46.9003"])
    known = [Known("OLD-7", 46.9003, 40.0003, "2022-03-12", "AP", None)]
    result = import_finds(t, FindImportOptions(known=known, today=TODAY))
    assert result.finds == [] and "OLD-7" in result.duplicates[0].reason
    with pytest.raises(MappingError, match="no column 'Nomre'"):
        import_finds(t, FindImportOptions(mapping_text="find_id=Nomre"))
    with pytest.raises(MappingError, match="'colour' is not a field"):
        import_finds(t, FindImportOptions(mapping_text="colour=id"))


def test_an_empty_id_column_does_not_take_the_ids_from_the_names():
    """GDAL's LIBKML driver gives every placemark an ``id`` column, empty when the KML has none, beside
    ``Name``, which holds the find numbers: the ids are the names."""
    header = ["id", "Name", "description", "tarix", "miqdar"]
    data = [[None, ""], ["AZ-16-1", "AZ-16-2"], ["OZM-72", "PMN-2"], ["16.03.2022", "16.03.2022"], ["1", "3"]]
    mapping, _ = guess_report_columns(header, data, FIND_ALIASES)
    assert mapping["find_id"] == "Name" and mapping["model"] == "description"
    assert "id" not in mapping.values()
    mapping, _ = guess_report_columns(header, [["7", "8"]] + data[1:], FIND_ALIASES)
    assert mapping["find_id"] == "id"  # an id column that holds ids still wins
