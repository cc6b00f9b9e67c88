"""Things seized (arms, goods, ships) are confiscations done at a place, not battles over it or
acts on it; a prisoner swap told after one side's own release is a second act, not that release."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import events_of as _of

PUB = dt.date(2021, 3, 9)




@pytest.mark.model
@pytest.mark.parametrize("text, acled", [
    ("Government forces seized weapons in Gao on Sunday.", "Disrupted weapons use"),
    ("Troops seized a large cache of ammunition in the village of Tora on Sunday.", "Disrupted weapons use"),
    ("Police seized a ship carrying arms in Mombasa on Monday.", None),
    ("The army seized drugs worth millions in a raid in Karachi on Monday.", None),
])
def test_things_seized_are_confiscations_at_a_place_not_a_target(analyze, text, acled):
    report = analyze(text)
    assert not _of(report, "ASSAULT")  # no armed clash over arms or a ship
    (ev,) = _of(report, "COERCE")
    assert ev.mode == "seize"
    assert ev.acled_sub_event_type == acled
    assert ev.location is not None
    assert not any(r.start == ev.location.start for r in ev.target if r.start is not None)
    assert all(r.sector != "CVL" for r in ev.target)  # nor the people of the place


@pytest.mark.model
def test_goods_seized_from_a_party_target_that_party(analyze):
    (ev,) = _of(analyze("Police confiscated rifles from a militia in Hebron on Monday."), "COERCE")
    assert [r.text for r in ev.target] == ["a militia"]


@pytest.mark.model
def test_arms_seized_from_soldiers_by_rebels_stay_a_fight(analyze):
    report = analyze("Rebels seized rifles from soldiers in Gao on Sunday.")
    assert [e.event for e in report.events] == ["ASSAULT"]


@pytest.mark.model
def test_a_town_seized_stays_territory_taken(analyze):
    (ev,) = _of(analyze("Rebels seized the town of Bentiu on Sunday."), "ASSAULT")
    assert ev.acled_sub_event_type == "Non-state actor overtakes territory"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Moldova released five Romanian soldiers on Monday. Later, the two countries exchanged prisoners in a swap mediated by Turkey.",
    "Armenia freed three Azerbaijani soldiers on Friday. On Saturday, Armenia and Azerbaijan carried out a prisoner swap.",
])
def test_a_release_then_a_swap_are_two_events(analyze, text):
    first, swap = _of(analyze(text), "RETREAT")
    assert len({r.code for r in first.source}) == 1
    assert len({r.code for r in swap.source if r.code}) == 2
    assert "TUR" not in {r.code for r in swap.source + swap.target}  # the mediator is no party


@pytest.mark.model
def test_a_swap_with_each_side_freeing_is_one_event(analyze):
    (ev,) = _of(analyze("Russia and Ukraine exchanged prisoners on Monday, with 50 soldiers freed by each side."), "RETREAT")
    assert {r.code for r in ev.source} == {"RUS", "UKR"}
