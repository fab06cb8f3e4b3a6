"""The ordnance dictionary: one spelling, one model, one category, wherever a model is read."""

from __future__ import annotations

import pytest

from clearground.core import ordnance
from clearground.core.categories import CATEGORIES
from clearground.core.traverse import category_of

#: The models the issue names, and the ones met in Karabakh and Ukraine: all must be listed.
REQUIRED = ("PMN", "PMN-2", "PMN-4", "POMZ-2M", "OZM-72", "MON-50", "MON-90", "MON-100", "MON-200", "PFM-1",
            "PMD-6", "TM-57", "TM-62M", "TM-62P", "TMN-46", "PMA-1", "PMA-2", "PMA-3", "PROM-1", "TMA-1", "TMA-2",
            "TMA-3", "TMA-4", "TMA-5", "M14", "M16A1", "M18A1", "M15", "M19", "POM-3", "9N235")


@pytest.mark.parametrize("name", REQUIRED)
def test_the_regions_models_are_listed(name):
    model = ordnance.lookup(name)
    assert model is not None and model.name == name and model.category in CATEGORIES


@pytest.mark.parametrize("spelling, name", [
    ("ПМН-2", "PMN-2"), ("PMN 2", "PMN-2"), ("pmn2", "PMN-2"), (" пмн-2 ", "PMN-2"), ("ТМ-62М", "TM-62M"),
    ("TM 62 M", "TM-62M"), ("ТМ-62П", "TM-62P"), ("ОЗМ-72", "OZM-72"), ("ПОМЗ-2М", "POMZ-2M"), ("МОН-100", "MON-100"),
    ("ПФМ-1", "PFM-1"), ("Butterfly", "PFM-1"), ("ТМН-46", "TMN-46"), ("ПРОМ-1", "PROM-1"), ("ТМА-3", "TMA-3"),
    ("Claymore", "M18A1"), ("ШОАБ-0,5", "ShOAB-0.5"), ("9Н235", "9N235"), ("TМ-62M", "TM-62M"),  # Cyrillic Т
])
def test_every_spelling_is_one_model(spelling, name):
    assert ordnance.canonical(spelling) == name
    assert ordnance.same_model(spelling, name)


def test_categories_of_models_and_families():
    assert ordnance.category_of_model("ПМН-2") == "AP" and ordnance.category_of_model("TM-62M") == "AT"
    assert ordnance.category_of_model("PMN-3") == "AP"  # not listed: its family decides
    assert ordnance.category_of_model("TMA-7") == "AT"
    assert ordnance.category_of_model("RGD-5") == "UXO" and ordnance.category_of_model("9N235") == "SUBMUNITION"
    assert ordnance.category_of_model("VS-2.2") is None  # the VS family holds AP and AT models
    assert ordnance.category_of_model("FP-7") is None and ordnance.category_of_model("") is None
    assert ordnance.canonical("FP-7") == "FP-7" and ordnance.canonical("  ") is None


def test_importers_take_the_category_from_the_dictionary():
    assert category_of("", "ПФМ-1") == "AP" and category_of("", "TMA-3") == "AT"
    assert category_of("AT", "PMN-2") == "AT"  # a stated category stands
    assert category_of("", "XYZ-9") is None


def test_two_models_never_share_a_spelling(tmp_path):
    path = tmp_path / "models.csv"
    path.write_text("# a comment\nmodel,category,family,origin,spellings\nPMN-2,AP,PMN,USSR,\nPMN 2,AT,PMN,USSR,\n",
                    encoding="utf-8")
    with pytest.raises(ValueError, match="spelling of both"):
        ordnance.Dictionary.read(path)
    path.write_text("model,category,family,origin,spellings\nX-1,BOMB,X,,\n", encoding="utf-8")
    with pytest.raises(ValueError, match="category 'BOMB'"):
        ordnance.Dictionary.read(path)


def test_the_shipped_dictionary_names_its_sources():
    text = ordnance.DICTIONARY.read_text(encoding="utf-8")
    assert "Sources:" in text and "GICHD" in text
    assert (ordnance.DICTIONARY.parent / "README.md").exists()


def test_the_tally_and_the_type_check_read_models_through_the_dictionary():
    from clearground.core.categories import CATEGORIES as CATS
    from clearground.core.discrepancy import _model_key
    from clearground.core.tally import category_codes

    assert _model_key("ПМН-2") == _model_key("PMN 2") == _model_key("pmn-2")
    assert _model_key("ТМ-62М") != _model_key("TM-62P")
    codes, unmapped = category_codes(["", None, "AT", "frog", ""], ["ПМН-2", "TMA-3", "PMN-2", "PMN-2", "FP-7"])
    assert [CATS[c] for c in codes] == ["AP", "AT", "AT", "OTHER", "OTHER"]
    assert unmapped.tolist() == [False, False, False, True, True]  # a stated unknown category stays unknown
