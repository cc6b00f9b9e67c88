"""Places: an area whose own name opens with a direction word ("North Kivu", "North Sinai": the
English names of Nord Kivu and Shamal Sina') is that area, not the wider region the rest of the
name would be ("Kivu", "Sinai"); "Northeast Georgia" still reads as Georgia. Texts written for
these tests."""
from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model
PUB = dt.date(2024, 8, 10)


@pytest.mark.parametrize("text,name,admin1", [
    ("Rebels seized the town of Rubaya, a mining hub in North Kivu province, local sources said.", "North Kivu", "Nord Kivu"),
    ("Militants attacked an army checkpoint in North Sinai on Friday, killing three soldiers.", "North Sinai", None),
])
def test_an_areas_own_name_keeps_its_direction(analyze, text, name, admin1):
    report = analyze(text)
    place = next((p for p in report.places if p.text == name), None)
    assert place is not None and place.kind == "admin", report.places
    assert admin1 is None or place.admin1 == admin1, place


def test_a_direction_before_a_state_is_still_no_part_of_its_name(analyze):
    report = analyze("Storms knocked out power across Northeast Georgia on Monday, officials said.")
    assert "Georgia" in [p.text for p in report.places], report.places
