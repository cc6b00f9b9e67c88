"""A crowd's arson the parser reads as one noun phrase is still told; seeking peace or talks
with a party is an intent to settle or negotiate (CAMEO 036/037, PLOVER AGREE), not a demand
made of that party (CAMEO 106, REQUEST)."""
from __future__ import annotations

import datetime as dt

import pytest

PUB = dt.date(2021, 3, 9)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Supporters of the opposition set fire to a police station in Lagos on Monday.",
    "Angry supporters of the opposition leader burned a police post in Conakry on Monday.",
])
def test_opposition_supporters_arson_is_a_riot_by_the_opposition(analyze, text):
    (ev,) = analyze(text).events
    assert ev.event == "COERCE" and ev.mode == "destroy"  # as the PLOVER gold codes arson (COERCE-0005)
    assert ev.acled_sub_event_type == "Mob violence"
    assert [r.sector for r in ev.source] == ["OPP"]
    assert [r.sector for r in ev.target] == ["POL"]


@pytest.mark.model
def test_a_fire_burning_is_no_act(analyze):
    assert not analyze("The fire burned for hours in the market on Monday.").events


@pytest.mark.model
@pytest.mark.parametrize("text, source, target", [
    ("India seeks peace with Pakistan.", "IND", "PAK"),
    ("Pakistan sought talks with India on Monday.", "PAK", "IND"),
    ("Ethiopia said it seeks dialogue with Egypt over the dam.", "ETH", "EGY"),
])
def test_seeking_peace_or_talks_is_an_intent_to_settle(analyze, text, source, target):
    (ev,) = analyze(text).events
    assert ev.event == "AGREE"
    assert [r.code for r in ev.source] == [source]
    assert target in [r.code for r in ev.target]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Pakistan sought help from China on Monday.",
    "The government called for talks with the rebels on Monday.",
])
def test_asking_for_help_or_calling_for_talks_stays_a_request(analyze, text):
    (ev,) = analyze(text).events
    assert ev.event == "REQUEST"
