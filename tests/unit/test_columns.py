"""Columns recognised by their names and their values."""

from __future__ import annotations

import numpy as np

from clearground.core.columns import guess_columns
from clearground.core.minemap import ImportOptions, SourceTable, import_rows


def table(columns, rows, name="mines.xlsx"):
    data = [[row[c] for row in rows] for c in range(len(columns))]
    return SourceTable(name, list(columns), data, np.arange(2, len(rows) + 2), [",".join(r) for r in rows])


XLSX = (["Record", "Mine No", "Type", "Model", "Latitude", "Longitude"], [
    ("F-21", str(k), ("AP", "APM", "AT")[k % 3], ("PMN-2", "PMN", "TM-62M")[k % 3], f"40.01{k:02d}", f"46.91{k:02d}")
    for k in range(1, 7)] + [
    ("F-22", str(k), ("AP", "AT")[k % 2], ("PMN-2", "TM-62M")[k % 2], f"40.02{k:02d}", f"46.92{k:02d}")
    for k in range(1, 7)])


def test_a_type_column_of_categories_is_the_category_and_the_model_column_the_model():
    columns, rows = XLSX
    guess = guess_columns(columns, [[row[c] for row in rows] for c in range(len(columns))])
    assert guess.mapping["category"] == "Type" and guess.mapping["model"] == "Model"
    assert guess.mapping["record_id"] == "Record" and guess.mapping["mine_no"] == "Mine No"
    assert "device categories" in guess.guesses["category"].why
    assert guess.guesses["category"].samples[:3] == ("APM", "AT", "AP")
    assert any(t == "model" and c == "Type" for t, c, _ in guess.overruled)
    result = import_rows(table(*XLSX))
    assert result.rows_imported == 12 and result.rejects == []
    assert set(result.mines["category"]) == {"AP", "AT"}
    assert set(result.mines["model"]) == {"PMN-2", "PMN", "TM-62M"}
    assert any("category = 'Type'" in line for line in result.mapping_lines())


def test_russian_columns_by_their_values():
    rows = [(str(k), str(r), "противопехотная" if r == 1 else "противотанковая", "ПМН-2" if r == 1 else "ТМ-62М")
            for r in (1, 2) for k in range(1, 6)]
    guess = guess_columns(["номер", "запись", "тип", "модель"], [[row[c] for row in rows] for c in range(4)])
    assert guess.mapping == {"record_id": "запись", "mine_no": "номер", "category": "тип", "model": "модель"}
    assert "repeat in runs" in guess.guesses["record_id"].why
    assert "none repeated within a record" in guess.guesses["mine_no"].why


def test_coordinates_say_their_notation_and_dates_are_dates():
    rows = [("38T 662313 4429633", "12.05.1993"), ("38T 662320 4429640", "1993-05-12"),
            ("38T 662330 4429650", "12.05.1993")]
    guess = guess_columns(["Yer", "Gün"], [[r[0] for r in rows], [r[1] for r in rows]])
    assert guess.mapping == {"coord": "Yer", "laid_date": "Gün"}
    assert "UTM" in guess.guesses["coord"].why and "dates" in guess.guesses["laid_date"].why


def test_two_columns_whose_values_both_claim_a_field_compete():
    rows = [("AP", "AT", "40.01", "46.91"), ("AP", "AP", "40.02", "46.92")]
    guess = guess_columns(["A", "B", "lat", "lon"], [[r[c] for r in rows] for c in range(4)])
    assert guess.mapping["category"] == "A"
    assert [(c.target, c.columns, c.chosen) for c in guess.competitions] == [("category", ("A", "B"), "A")]
    assert "choose in the field mapping" in guess.competitions[0].describe()
    result = import_rows(table(["A", "B", "lat", "lon"], rows))
    assert result.competitions and any("all look like category" in line for line in result.mapping_lines())
    result = import_rows(table(["A", "B", "lat", "lon"], rows), ImportOptions(mapping_text="category=B"))
    assert result.competitions == [] and result.mines["category"] == ["AT", "AP"]


def test_a_polygon_files_ids_are_not_judged_as_runs_or_mine_numbers():
    rows = [("1", "7"), ("2", "7"), ("3", "7"), ("4", "8")]
    guess = guess_columns(["record_id", "fileId"], [[r[0] for r in rows], [r[1] for r in rows]], polygons=True)
    assert guess.mapping == {"record_id": "record_id"}
    guess = guess_columns(["record_id", "fileId"], [[r[0] for r in rows], [r[1] for r in rows]])
    assert guess.mapping["record_id"] == "fileId"  # in a table of mines, the runs are the records
