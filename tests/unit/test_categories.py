"""Device categories: every spelling importers meet maps to one code, or to none."""

from __future__ import annotations

import numpy as np
import pytest

from clearground.core.categories import CATEGORIES, normalize_categories, normalize_category


@pytest.mark.parametrize("text, code", [
    ("AP", "AP"), ("apm", "AP"), ("A/P", "AP"), ("anti-personnel", "AP"), ("ПМ", "AP"), ("AP mines", "AP"),
    ("ТМ", "AT"), ("AT mine", "AT"), ("противотанковая мина", "AT"), ("tank əleyhinə", "AT"),
    ("uxo", "UXO"), ("Cluster munition", "SUBMUNITION"), ("IED", "IED"), (" other ", "OTHER"),
])
def test_spellings_map_to_codes(text, code):
    assert normalize_category(text) == code


@pytest.mark.parametrize("text", [None, "", "  ", "mine?", "PMN-2", "42"])
def test_what_is_not_a_category_maps_to_none(text):
    assert normalize_category(text) is None


def test_the_vectorised_form_agrees_with_the_single_one():
    values = ["AP", None, "тм", "AT mine", "xyz", "AP", "", "UXO", None] * 50
    out = normalize_categories(values)
    assert out.dtype == object and out.shape == (len(values),)
    assert list(out) == [normalize_category(v) for v in values]
    assert set(c for c in out if c is not None) <= set(CATEGORIES)
    assert normalize_categories(np.array([], dtype=object)).shape == (0,)
