"""Parties described, not named: a place where parties meet is no party to their act; "the two
sides" refers back to the last pair of parties. Sentences written for these tests, about no one
incident."""
from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model
PUB = dt.date(2021, 3, 8)  # a Monday


@pytest.mark.parametrize("text, event, country", [
    ("The two governments signed a trade agreement in Nairobi on Friday.", "AGREE", "KEN"),
    ("The rival factions signed a peace deal in Doha on Saturday.", "AGREE", "QAT"),
])
def test_the_place_where_parties_meet_is_the_venue_not_the_target(analyze, text, event, country):
    (ev,) = [e for e in analyze(text).events if e.event == event]
    assert ev.location is not None and ev.location.country == country
    assert not any(r.code == country for r in ev.target)


@pytest.mark.parametrize("text, country", [
    ("Serbia lifted a night curfew in Montenegro on Sunday.", "MNE"),  # a place acted on, deeper in the clause
    ("Egypt agreed to open a consulate in Sudan on Sunday.", "SDN"),
])
def test_a_place_the_act_is_about_stays_the_target(analyze, text, country):
    events = analyze(text).events
    assert any(r.code == country for e in events for r in e.target)
