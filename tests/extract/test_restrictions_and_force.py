"""Restrictions a state imposes and lifts (a state of emergency, martial law, a curfew: CAMEO
1723/1724 COERCE, lifted CAMEO 081 CONCEDE in mode ease) and physical force with its look-alikes.
Sentences written for these tests, about no one incident."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.lexicon import load_event_lexicon
from tests._helpers import of_kind as _of

pytestmark = pytest.mark.model
PUB = dt.date(2021, 3, 8)  # a Monday


@pytest.mark.parametrize("text, doer, mode", [
    ("The government declared a state of emergency in three provinces.", "The government", "martial-law"),
    ("The president extended the state of emergency for three months.", "The president", "martial-law"),
    ("Authorities imposed a curfew in the city after the riots.", "Authorities", "curfew"),
    ("The junta imposed martial law across the country on Friday.", "The junta", "martial-law"),
])
def test_a_restriction_imposed_is_coerce_and_strategic_other(analyze, text, doer, mode):
    (ev,) = _of(analyze(text).events, "COERCE")
    assert ev.mode == mode and [r.text for r in ev.source] == [doer]
    assert (ev.acled_event_type, ev.acled_sub_event_type) == ("Strategic developments", "Other")


@pytest.mark.parametrize("text", [
    "The government lifted the state of emergency in the capital on Monday.",
    "Authorities lifted the curfew in the city on Sunday.",
    "The army lifted martial law in the north on Friday.",
])
def test_a_restriction_lifted_is_concede_ease(analyze, text):
    events = analyze(text).events
    (ev,) = _of(events, "CONCEDE")
    assert ev.mode == "ease"
    assert not _of(events, "COERCE")
    assert all(r.text != "the state" for r in ev.target)  # the measure lifted is no party


@pytest.mark.parametrize("text", [
    "The hospital treated him in the emergency room.",
    "Doctors called it a medical emergency.",
    "The president declared victory in the election.",
])
def test_no_restriction_without_one_imposed(analyze, text):
    assert not _of(analyze(text).events, "COERCE")


def test_a_ceasefire_declared_by_one_side_stays_retreat(analyze):
    (ev,) = analyze("The rebels declared a ceasefire on Tuesday.").events
    assert (ev.event, ev.mode) == ("RETREAT", "ceasefire")


def test_restriction_words_are_data():
    lex = load_event_lexicon()
    assert lex.nouns["emergency"].event == "COERCE" and {"curfew", "martial-law"} <= lex.restriction_modes
    assert {"curfew", "emergency"} <= lex.concede_ease_objects


def test_a_restriction_lifted_at_home_eases_it_for_the_states_people(analyze):
    (ev,) = _of(analyze("Sudan's government on Sunday lifted a curfew in West Darfur State, state radio reported.").events, "CONCEDE")
    assert [r.code for r in ev.source] == ["SDN"] and [r.code for r in ev.target] == ["SDN"]


@pytest.mark.parametrize("text, doer, beaten, sub", [
    # beating is seriously injurious force: on protesters ACLED's excessive force (not a protest
    # merely disrupted), on other civilians an attack
    ("Soldiers beat protesters with batons outside the university.", "Soldiers", "protesters", "Excessive force against protesters"),
    ("Guards beat the prisoners during the night.", "Guards", "the prisoners", "Attack"),
])
def test_a_beating_is_physical_assault(analyze, text, doer, beaten, sub):
    (ev,) = _of(analyze(text).events, "ASSAULT")
    assert ev.mode == "beat" and [r.text for r in ev.source] == [doer] and [r.text for r in ev.target] == [beaten]
    assert ev.acled_sub_event_type == sub


@pytest.mark.parametrize("text", [
    "The company managed to beat the deadline.",
    "The team beat its rivals in the final on Sunday.",
    "France beat Brazil in the semi-final on Tuesday.",
    "The incumbent beat the opposition leader in the runoff.",
])
def test_a_win_is_no_beating(analyze, text):
    assert not analyze(text).events


@pytest.mark.parametrize("text, doer, held", [
    ("Gunmen held the villagers at gunpoint for hours.", "Gunmen", "the villagers"),
    ("The villagers were held at gunpoint by gunmen.", "gunmen", "The villagers"),
])
def test_people_held_at_gunpoint_are_threatened_with_force(analyze, text, doer, held):
    (ev,) = analyze(text).events
    assert (ev.event, ev.mode) == ("THREATEN", "violence")
    assert [r.text for r in ev.source] == [doer] and [r.text for r in ev.target] == [held]
    assert ev.acled_sub_event_type is None


def test_held_in_custody_is_no_threat(analyze):
    assert not _of(analyze("Police held the suspect at the station for questioning.").events, "THREATEN")


def test_contest_and_gunpoint_words_are_data():
    lex = load_event_lexicon()
    assert "beat" in lex.contest_verbs and "deadline" in lex.contest_objects and "final" in lex.contest_settings
    assert any("gunpoint" in objects and spec.event == "THREATEN" for _, _, objects, _, spec in lex.verb_object_events)
    assert "ease" in lex.domestic_modes["CONCEDE"]
