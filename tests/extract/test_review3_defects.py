"""Defects the third review found, on our own sentences: a town in a named area read as a far
town of its name, a deed done for a reason taken for a charge, a since-clause taken for a span,
a year's possessive read as a decade."""
from __future__ import annotations

import datetime as dt

from sitrep.extract.events import _years_told
from tests._helpers import events_of as _events

PUB = dt.date(2026, 11, 20)  # a Friday


def test_a_town_people_are_taken_from_inside_a_named_area_stays_there(analyze):
    r = analyze("Gunmen abducted 20 students from a school in Kebbi state on Wednesday. "
                "The students were taken from Yauri in Kebbi state.")
    (town,) = [p for p in r.places if p.text == "Yauri"]
    assert town.country is None and not town.resolved


def test_a_deed_done_for_a_reason_is_no_charge(analyze):
    r = analyze("Soldiers punished the villagers for helping the rebels, killing nine of them.")
    (ev,) = _events(r, "ASSAULT")
    assert [s.name for s in ev.source] == ["Soldiers"]


def test_an_attack_for_a_reason_is_done_by_its_subject(analyze):
    r = analyze("Troops attacked the villagers for sheltering rebels, killing nine people.")
    assert all([s.name for s in ev.source] == ["Troops"] for ev in _events(r, "ASSAULT"))


def test_a_since_clause_dates_its_own_act(analyze):
    (ev,) = _events(analyze("Since the army shelled the town on Sunday, thousands of residents have fled."), "ASSAULT")
    assert ev.date == dt.date(2026, 11, 15)


def test_a_years_possessive_is_no_decade():
    assert _years_told("2019's election") == [2019]
    assert _years_told("in the 1990s") == [1999]
    assert _years_told("the 1990's") == [1999]


def test_the_agent_of_a_passive_acts_and_its_subject_is_acted_on(analyze):
    r = analyze("Russia's foreign ministry condemned the move. Lithuania was warned by Russia on Monday, "
                "the foreign ministry said.")
    (ministry,) = [a for a in r.actors if any(m.text == "the foreign ministry" for m in a.mentions)]
    assert ministry.code == "RUS"
