"""Defects found by running the pipeline on bolder altered copies of a strike report (an artillery
strike, a navy's strike on a militia's port, an air force's strike on allied vigilantes) with
other tolls ("between 50 and 70", "some 40"): sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import events_of as _events

pytestmark = pytest.mark.model
PUB = dt.date(2021, 3, 8)




# -- a range toll ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Warships struck a port held by the militia on Thursday, killing between 50 and 70 fighters.",
    "Navy kills between 50 and 70 militiamen in strike on port",
])
def test_a_range_of_dead_is_the_toll(analyze, text):
    ev = _events(analyze(text), "ASSAULT")
    assert len(ev) == 1 and ev[0].dead is not None and (ev[0].dead.min, ev[0].dead.max) == (50, 70)


# -- what struck from afar -----------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Kenya mistakenly kills some 40 Somali soldiers in artillery strike",  # the strike's kind, on the verb's "in"
    "Kenyan artillery killed Somali soldiers near the border on Friday.",  # the doer is the weapon
    "Kenyan howitzers killed Somali soldiers near the border on Friday.",
    "The naval bombardment of the port killed 12 fighters on Friday.",  # a shelling told by its noun
])
def test_a_strike_by_guns_or_ships_is_a_shelling(analyze, text):
    ev = _events(analyze(text), "ASSAULT")
    assert len(ev) == 1 and ev[0].acled_sub_event_type == "Shelling/artillery/missile attack"


@pytest.mark.parametrize("text", [
    "The aerial bombardments on the militants' positions in the province left scores of fighters dead.",
    "An aerial bombardment of the rebel-held town killed 12 civilians on Tuesday.",
    "Aerial attacks on the village killed five people, residents said.",
])
def test_an_aerial_bombardment_is_an_air_strike(analyze, text):
    ev = _events(analyze(text), "ASSAULT")
    assert len(ev) == 1 and ev[0].acled_sub_event_type == "Air/drone strike" and ev[0].mode == "aerial"


def test_a_battle_with_tanks_is_no_shelling(analyze):
    ev = _events(analyze("Soldiers were killed in a tank battle near the town on Friday."), "ASSAULT")
    assert len(ev) == 1 and ev[0].acled_sub_event_type != "Shelling/artillery/missile attack"


# -- advancing and overrunning positions ---------------------------------------------------------


def test_overran_tagged_an_adjective_is_the_act(analyze):
    ev = _events(analyze("The rebels advanced and overran army positions in the area."), "ASSAULT")
    assert len(ev) == 1 and ev[0].acled_sub_event_type == "Non-state actor overtakes territory"
    assert [r.text for r in ev[0].source] == ["The rebels"] and "army positions" in [r.text for r in ev[0].target]


def test_overrun_tagged_a_noun_is_the_act(analyze):
    report = analyze("The vigilantes said the airstrike hit their convoy near the town, "
                     "allowing Boko Haram fighters to advance and overrun vigilante positions in the area.")
    ev = _events(report, "ASSAULT")
    assert any("Boko Haram" in r.text for e in ev for r in e.source)
    assert any(r.text.endswith("vigilante positions") for e in ev for r in e.target)


def test_a_bombardment_that_lets_fighters_advance_concedes_nothing(analyze):
    report = analyze("The militia said the naval bombardment hit the port, allowing the Houthis to advance.")
    assert not _events(report, "CONCEDE")
