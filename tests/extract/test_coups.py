"""Coups: power seized by force is PLOVER COERCE (mode seize); ACLED codes a coup by its
violence, so a takeover told without fighting is Strategic developments / Other, and any
killing told with it is an event of its own. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.lexicon import load_event_lexicon

pytestmark = pytest.mark.model
PUB = dt.date(2021, 3, 8)  # a Monday


@pytest.mark.parametrize("text, doer, ousted", [
    ("The army seized power on Wednesday.", "The army", None),
    ("Soldiers staged a coup in the capital on Monday.", "Soldiers", None),
    ("Military officers grabbed power on Wednesday and dissolved the government.", "Military officers", None),
    ("The president was ousted in a coup on Tuesday.", None, "The president"),
    ("Mutinous soldiers toppled the government in a coup on Sunday.", "Mutinous soldiers", "the government"),
])
def test_a_coup_is_a_coercion_coded_as_a_strategic_development(analyze, text, doer, ousted):
    events = [e for e in analyze(text).events if e.mode == "seize"]
    assert len(events) == 1 and not any(e.event == "ASSAULT" for e in analyze(text).events)
    (ev,) = events
    assert ev.event == "COERCE" and ev.acled_event_type == "Strategic developments" and ev.acled_sub_event_type == "Other"
    assert [r.text for r in ev.source] == ([doer] if doer else [])
    if ousted:
        assert [r.text for r in ev.target] == [ousted]
    assert not any((r.text or "").lower() == "power" for r in ev.target)


def test_an_arrest_told_with_a_coup_is_an_act_of_its_own(analyze):
    report = analyze("Soldiers seized power in a coup on Monday, detaining the president.")
    assert sorted((e.event, e.mode) for e in report.events) == [("COERCE", "arrest"), ("COERCE", "seize")]
    (arrest,) = [e for e in report.events if e.mode == "arrest"]
    assert [r.text for r in arrest.target] == ["the president"]


def test_a_killing_during_a_coup_is_an_attack_of_its_own(analyze):
    report = analyze("Soldiers seized power in a coup on Monday. Troops shot dead two guards at the presidential palace.")
    assert sorted(e.event for e in report.events) == ["ASSAULT", "COERCE"]


@pytest.mark.parametrize("text", [
    "Rebels seized the town on Sunday after heavy fighting.",  # territory taken: a battle
    "Customs officers seized two tonnes of cocaine at the port.",  # goods seized
])
def test_seizures_that_are_no_coup_keep_their_coding(analyze, text):
    assert not any(e.acled_sub_event_type == "Other" and e.mode == "seize" for e in analyze(text).events)


def test_the_coup_words_are_data():
    lex = load_event_lexicon()
    assert lex.nouns["coup"].event == "COERCE" and lex.nouns["coup"].acled == "Other"
    assert any("power" in objects and "seize" in verbs for verbs, _, objects, _, _ in lex.verb_object_events)


def test_a_coup_denied_is_the_coup_denied_by_its_doer_not_a_rejection(analyze):
    report = analyze("The army denied staging a coup.")
    assert _types(report) == ["COERCE"]
    (ev,) = report.events
    assert [c.modality for c in ev.claims if c.field == "event"] == ["denied"]
    assert [r.text for r in ev.source] == ["The army"]


@pytest.mark.parametrize("text, doer", [
    ("The military took power in a coup on Monday.", "The military"),
    ("The army took control in a coup on Tuesday.", "The army"),
    ("Soldiers seized control of the country in a coup on Tuesday.", "Soldiers"),
    ("The generals assumed power in a bloodless putsch overnight.", "The generals"),
])
def test_power_or_control_taken_in_a_coup_is_the_coup(analyze, text, doer):
    report = analyze(text)
    assert [(e.event, e.mode, e.acled_sub_event_type) for e in report.events] == [("COERCE", "seize", "Other")]
    assert [r.text for r in report.events[0].source] == [doer]
    assert not report.events[0].target  # neither "power" nor "control" is a party


@pytest.mark.parametrize("text, doer", [
    ("Officers attempted a coup on Monday.", "Officers"),
    ("Renegade soldiers attempted a coup against the president on Sunday.", "soldiers"),
    ("A group of colonels attempted a putsch in the capital on Friday.", "colonels"),
])
def test_an_attempted_coup_is_told_as_a_coup(analyze, text, doer):
    events = analyze(text).events
    assert [(e.event, e.mode, e.acled_sub_event_type) for e in events] == [("COERCE", "seize", "Other")]
    assert [r.text for r in events[0].source] == [doer]


@pytest.mark.parametrize("text", [
    "Military seizes power in Niger coup.",  # "seizes" parsed as a modifier of "power"
    "Army seizes power in coup, detains president.",
])
def test_a_headline_coup_whose_verb_the_parser_made_a_modifier_is_no_battle(analyze, text):
    events = analyze(text).events
    assert not any(e.event == "ASSAULT" for e in events)
    assert [(e.event, e.acled_sub_event_type) for e in events if e.mode == "seize"] == [("COERCE", "Other")]


@pytest.mark.parametrize("text", [
    "The new government took power after elections in May.",  # power taken without force
    "Rebels seized control of the town on Tuesday.",  # territory taken: a battle, not a coup
])
def test_power_taken_without_a_coup_is_no_coup(analyze, text):
    assert not any(e.acled_sub_event_type == "Other" and e.mode == "seize" for e in analyze(text).events)


@pytest.mark.parametrize("text", [
    "Loyal troops crushed a coup attempt in the capital on Monday.",
    "The government said it foiled a coup attempt on Monday.",
    "A putsch was thwarted on Sunday, the presidency said.",
])
def test_a_coup_stopped_is_a_coup_attempt_told_with_its_plotters_unnamed(analyze, text):
    events = analyze(text).events
    assert [(e.event, e.mode, e.acled_sub_event_type) for e in events] == [("COERCE", "seize", "Other")]
    assert not events[0].source  # who stopped it did not do it


def test_a_coup_not_stopped_is_not_told_by_the_stopping(analyze):
    assert not analyze("The army did not crush the coup on Monday.").events


def _types(report) -> list[str]:
    return [e.event for e in report.events]
