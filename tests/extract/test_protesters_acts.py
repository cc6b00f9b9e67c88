"""Acts done by protesters are protests: their violence a riot (ACLED Riots), their gathering a
peaceful protest; acts done to them, and their words, keep their own types. Sentences written
for these tests, about no one incident."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.lexicon import load_event_lexicon

pytestmark = pytest.mark.model
PUB = dt.date(2021, 3, 8)  # a Monday


@pytest.mark.parametrize("text, sub, country", [
    ("Protesters torched a police station in Dhaka on Sunday.", "Violent demonstration", "BGD"),
    ("Demonstrators set fire to a police station in Dhaka on Sunday.", "Violent demonstration", "BGD"),
    ("Protesters clashed with police in Lagos on Monday.", "Violent demonstration", "NGA"),
    ("Rioters looted shops in Johannesburg overnight.", "Mob violence", "ZAF"),
    ("Rioters attacked foreigners in Johannesburg on Saturday.", "Mob violence", "ZAF"),
    ("A mob lynched a suspected thief in Kampala on Sunday.", "Mob violence", "UGA"),
])
def test_violence_by_protesters_or_rioters_is_a_riot(analyze, text, sub, country):
    events = analyze(text).events
    assert [(e.event, e.mode) for e in events] == [("PROTEST", "riot")]
    (ev,) = events
    assert ev.acled_event_type == "Riots" and ev.acled_sub_event_type == sub
    assert ev.source and all(r.code == country for r in ev.source)


@pytest.mark.parametrize("text, country", [
    ("Protesters gathered outside parliament in Nairobi on Monday.", "KEN"),
    ("Thousands of demonstrators filled the streets of Minsk on Sunday.", "BLR"),
    ("Demonstrators occupied the main square in Santiago on Saturday.", "CHL"),
])
def test_protesters_gathering_is_a_peaceful_protest_against_their_government(analyze, text, country):
    (ev,) = [e for e in analyze(text).events]
    assert (ev.event, ev.acled_sub_event_type) == ("PROTEST", "Peaceful protest")
    assert ev.location is not None and ev.location.country == country
    # the place gathered in is where, not whom the protest is against
    assert [(r.code, r.sector) for r in ev.target] == [(country, "GOV")]


@pytest.mark.parametrize("text, event", [
    ("Police attacked protesters in Lagos on Monday.", "ASSAULT"),  # done to them
    ("Protesters were beaten by police in Lagos on Monday.", "ASSAULT"),
    ("Protesters demanded the resignation of the governor on Monday.", "REQUEST"),  # their words
])
def test_acts_done_to_protesters_or_said_by_them_keep_their_type(analyze, text, event):
    assert [e.event for e in analyze(text).events] == [event]


@pytest.mark.parametrize("text", [
    "Soldiers gathered outside the barracks in Nairobi on Monday.",  # gathering by others is no protest
    "Residents gathered outside the hospital in Nairobi on Monday.",
    "Protesters did not gather outside parliament on Friday.",
])
def test_gathering_is_a_protest_only_when_protesters_gather(analyze, text):
    assert [e for e in analyze(text).events if e.event == "PROTEST"] == []


def test_protest_doers_are_data():
    lex = load_event_lexicon()
    assert lex.protest_doers["demonstrator"] == "Violent demonstration" and lex.protest_doers["rioter"] == "Mob violence"
    assert set(lex.protest_doers.values()) <= set(lex.acled_types)  # ACLED sub-types the stage knows
    assert {"gather", "occupy"} <= lex.protest_gathering_acts and not lex.protest_gathering_acts & set(lex.verbs)


@pytest.mark.parametrize("text, dead, injured", [
    ("Protesters attacked a police station in Lagos on Monday, killing two officers.", 2, None),
    ("Protesters threw stones at police in Nairobi on Tuesday, injuring four officers.", None, 4),
])
def test_a_riot_keeps_its_toll(analyze, text, dead, injured):
    (ev,) = analyze(text).events
    assert (ev.event, ev.mode) == ("PROTEST", "riot")
    assert (ev.dead.min if ev.dead else None, ev.injured.min if ev.injured else None) == (dead, injured)
