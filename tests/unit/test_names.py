"""District names as records write them, matched to the names of the district layer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clearground.core.names import fold, match_names

DISTRICTS = Path(__file__).resolve().parents[2] / "resources" / "data" / "districts" / "geoBoundaries-AZE-ADM2.geojson"


@pytest.fixture(scope="module")
def shipped() -> list[str]:
    return [f["properties"]["shapeName"] for f in json.loads(DISTRICTS.read_text(encoding="utf-8"))["features"]]


@pytest.mark.parametrize("written, district", [
    ("Aghdam", "Agdam District"), ("Ağdam rayonu", "Agdam District"), ("Агдам район", "Agdam District"),
    ("Агдамский район", "Agdam District"), ("AGDAM", "Agdam District"), ("Zəngilan", "Zangilan District"),
    ("Füzuli", "Fuzuli District"), ("Физули", "Fuzuli District"), ("Xocalı", "Khojaly District"),
    ("Cəbrayıl", "Jabrayil District"), ("Dzhebrail", "Jabrayil District"), ("Gubadly", "Qubadli District"),
    ("Şuşa", "Shusha District"), ("Tərtər", "Tartar District"), ("Kəlbəcər", "Kalbajar District"),
    ("Laçın", "Lachin District"), ("Ağcabədi", "Aghjabadi District"), ("Xankəndi", "Khankendi City"),
    ("Гянджа", "Ganja City"), ("Shaki", "Shaki District"),
])
def test_spellings_of_a_district_match_the_district_layer(shipped, written, district):
    match = match_names([written], shipped)
    assert match.names[written] == district
    assert match.matched == {written: district} and match.unknown == [] and match.ambiguous == {}


def test_exact_names_stay_and_unknown_or_too_short_names_are_kept_as_written(shipped):
    match = match_names(["Agdam District", "Nowhere", "Bk", None, "  "], shipped)
    assert match.names == {"Agdam District": "Agdam District", "Nowhere": "Nowhere", "Bk": "Bk"}
    assert match.matched == {} and match.unknown == ["Nowhere", "Bk"]


def test_a_name_that_fits_several_districts_is_not_guessed():
    match = match_names(["Lankaran"], ["Lankaran District", "Lankaran Rayon"])
    assert match.names == {"Lankaran": "Lankaran"}
    assert match.ambiguous == {"Lankaran": ["Lankaran District", "Lankaran Rayon"]}


def test_fold():
    assert fold("Ağdam rayonu") == fold("Aghdam") == fold("Agdam District") == "agdam"
    assert fold("Baku City") == "bakucity" and fold("Baku City", towns=True) == "baku"
