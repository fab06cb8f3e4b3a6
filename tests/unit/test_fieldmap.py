"""Field mapping guessed from English, Azerbaijani and Russian column names, and as text."""

from __future__ import annotations

import pytest

from clearground.core.fieldmap import (
    TRAVERSE_TARGETS,
    MappingError,
    format_mapping,
    guess_mapping,
    parse_mapping,
    resolve_mapping,
)


def test_schema_traverse_columns_map_to_themselves_whatever_the_case():
    columns = [c.upper() for c in TRAVERSE_TARGETS]
    mapping = guess_mapping(columns)
    assert mapping == {t: t.upper() for t in TRAVERSE_TARGETS}


def test_azerbaijani_names():
    mapping = guess_mapping(["Nömrə", "Mina nömrəsi", "Enlik", "Uzunluq", "Növü", "Modeli", "Rayon", "Tarix"])
    assert mapping == {"record_id": "Nömrə", "mine_no": "Mina nömrəsi", "lat": "Enlik", "lon": "Uzunluq",
                       "category": "Növü", "model": "Modeli", "district": "Rayon", "laid_date": "Tarix"}


def test_russian_names():
    mapping = guess_mapping(["Номер формуляра", "Точка", "От точки", "Азимут", "Расстояние, м", "Координаты",
                             "Тип мины", "Количество", "Шаг", "Широта", "Долгота", "Склонение", "Район"])
    assert mapping["record_id"] == "Номер формуляра"
    assert mapping["point_id"] == "Точка" and mapping["from_point"] == "От точки"
    assert mapping["bearing"] == "Азимут" and mapping["distance_m"] == "Расстояние, м"
    assert mapping["coord"] == "Координаты" and mapping["model"] == "Тип мины"
    assert mapping["count"] == "Количество" and mapping["spacing_m"] == "Шаг"
    assert (mapping["lat"], mapping["lon"]) == ("Широта", "Долгота")
    assert mapping["declination_deg"] == "Склонение" and mapping["district"] == "Район"


def test_english_variants_and_one_column_per_target():
    mapping = guess_mapping(["Minefield ID", "Latitude", "Longitude", "Device category", "Mine model", "Remarks"])
    assert mapping == {"record_id": "Minefield ID", "lat": "Latitude", "lon": "Longitude",
                       "category": "Device category", "model": "Mine model", "notes": "Remarks"}
    assert len(set(mapping.values())) == len(mapping)


def test_mapping_text_round_trip_and_override():
    assert parse_mapping("record_id=Nomre; lat=Enlik") == {"record_id": "Nomre", "lat": "Enlik"}
    assert format_mapping({"lat": "Enlik", "record_id": "Nomre"}) == "record_id=Nomre;lat=Enlik"
    mapping = resolve_mapping(["Nomre", "A", "B"], "lat=a;lon=B")  # column names compared loosely
    assert mapping == {"record_id": "Nomre", "lat": "A", "lon": "B"}
    assert resolve_mapping(["Nomre", "A", "B"], "lat=a;lon=B;record_id=") == {"lat": "A", "lon": "B"}
    with pytest.raises(MappingError, match="'height' is not a field"):
        parse_mapping("height=H")
    with pytest.raises(MappingError, match="not target=column"):
        parse_mapping("lat")
    with pytest.raises(MappingError, match="no column 'Q'"):
        resolve_mapping(["A"], "lat=Q")
