"""Who an act is done to, and who the bodies and people named are: the side a place is taken
from, armed men driven out of a place, supporters of parties and candidates, bodies of a state
told elsewhere in the report, a person named again by part of the name, accusations of rigging,
aid convoys and prisoner swaps. Sentences written for these tests, about no one incident."""
from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model
PUB = dt.date(2021, 3, 8)  # a Monday


def _assaults(analysis):
    return [e for e in analysis.events if e.event == "ASSAULT"]


# -- the side a place is taken from, armed men driven out ---------------------------------------
@pytest.mark.parametrize("text, target, sector", [
    ("Rebels seized Kidal from government forces on Sunday.", "government forces", "MIL"),
    ("Government forces recaptured the town of Palma from insurgents on Sunday.", "insurgents", "REB"),
])
def test_the_side_a_place_is_taken_from_is_the_target(analyze, text, target, sector):
    (ev,) = _assaults(analyze(text))
    assert [(r.text, r.sector) for r in ev.target] == [(target, sector)]
    assert ev.acled_sub_event_type in ("Non-state actor overtakes territory", "Government regains territory")


def test_a_place_taken_with_no_loser_named_stays_the_target(analyze):
    (ev,) = _assaults(analyze("Rebels seized Kidal on Sunday."))
    assert [(r.text, r.sector) for r in ev.target] == [("Kidal", None)]  # the town, no side


@pytest.mark.parametrize("text, source, target, sub, place", [
    ("Soldiers drove the militants out of Kismayo on Monday.", "MIL", "REB", "Government regains territory", "Kismayo"),
    ("Troops pushed the rebels out of the city on Monday.", "MIL", "REB", "Government regains territory", None),
    ("The army chased Al-Shabaab fighters from Baidoa.", "MIL", "REB", "Government regains territory", "Baidoa"),
    ("Militants drove the soldiers out of the town on Sunday.", "REB", "MIL", "Non-state actor overtakes territory", None),
])
def test_armed_men_driven_out_of_a_place_lose_it(analyze, text, source, target, sub, place):
    (ev,) = _assaults(analyze(text))
    assert [r.sector for r in ev.source] == [source] and [r.sector for r in ev.target] == [target]
    assert ev.acled_sub_event_type == sub
    assert (ev.location.name if ev.location else None) == place


@pytest.mark.parametrize("text", [
    "The floods forced residents out of their homes.",
    "Police pushed protesters out of the square in Minsk on Sunday.",
    "The company pushed its rivals out of the market.",
])
def test_people_driven_out_who_are_no_armed_side_is_no_battle(analyze, text):
    assert _assaults(analyze(text)) == []
