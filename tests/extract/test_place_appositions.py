"""A place named beside its kind: "the capital X", "the town X", "the Malian capital X" (the
apposition), as "the city of X" does. Sentences written for these tests, about no one incident."""
from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model
PUB = dt.date(2021, 3, 8)  # a Monday


@pytest.mark.parametrize("text, name, country", [
    ("In the capital Bamako, gunmen attacked a bank on Sunday.", "Bamako", "MLI"),
    ("Gunmen attacked a bank in the Malian capital Bamako on Sunday.", "Bamako", "MLI"),
    ("In the town Gao, gunmen attacked a bank on Sunday.", "Gao", "MLI"),
    ("In the city of Bamako, gunmen attacked a bank on Sunday.", "Bamako", "MLI"),
])
def test_the_place_set_beside_its_kind_is_the_event_place(analyze, text, name, country):
    (ev,) = [e for e in analyze(text).events if e.event == "ASSAULT"]
    assert ev.location is not None and (ev.location.name, ev.location.country) == (name, country)


@pytest.mark.parametrize("text, word", [
    ("Rebels attacked the town Sunday, residents said.", "Sunday"),
    ("Officials in the town Hall said nothing about the plan.", "Hall"),
])
def test_a_date_or_building_after_the_kind_is_no_place(analyze, text, word):
    assert word not in [p.text for p in analyze(text).places]
