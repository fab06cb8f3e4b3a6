"""The spellings surveys use for a hazard's classification and status."""

from __future__ import annotations

import pytest
import shapely

from clearground.core.hazard_import import made_hazard_id, normalize_classification, normalize_status


@pytest.mark.parametrize("text, cls", [
    ("SHA", "SHA"), ("cha", "CHA"), ("Suspected hazardous area", "SHA"), ("confirmed", "CHA"),
    ("подозреваемый опасный район", "SHA"), ("ПОР", "SHA"), ("подтверждённый", "CHA"),
    ("Підозрювана небезпечна територія", "SHA"), ("ПдНТ", "CHA"),
    ("şübhəli təhlükəli ərazi", "SHA"), ("Təsdiqlənmiş təhlükəli ərazi", "CHA"),
    ("минное поле", None), ("", None), ("shadow", None),
])
def test_classifications(text, cls):
    assert normalize_classification(text) == cls


@pytest.mark.parametrize("text, status", [
    ("", "open"), ("open", "open"), ("Worked on", "worked_on"), ("в работе", "worked_on"), ("закрыт", "closed"),
    ("açıq", "open"), ("bağlı", "closed"), ("заброшен", None),
])
def test_statuses(text, status):
    assert normalize_status(text) == status


def test_made_ids_do_not_depend_on_the_first_vertex_or_direction():
    a = shapely.Polygon([(0, 0), (1, 0), (1, 1), (0, 1)])
    b = shapely.Polygon([(1, 1), (1, 0), (0, 0), (0, 1)])
    assert made_hazard_id(a) == made_hazard_id(b) != made_hazard_id(shapely.box(0, 0, 2, 2))
