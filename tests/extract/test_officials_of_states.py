"""Officials described by the states they come from ("the foreign ministers of X and Y",
"Russian and Ukrainian negotiators") are one party per state. Sentences written for these tests,
about no one meeting."""
from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model
PUB = dt.date(2021, 3, 8)  # a Monday


def _parties(refs):
    return sorted((r.code, r.sector) for r in refs)


def test_a_past_meeting_of_two_states_officials_is_consult_between_them(analyze):
    (ev,) = analyze("Russian and Ukrainian negotiators met in Istanbul on Tuesday.").events
    assert (ev.event, ev.mode, ev.hypothetical) == ("CONSULT", "meet", False)
    assert _parties(ev.source) == [("RUS", "GOV"), ("UKR", "GOV")] and ev.target == []
    assert ev.location is not None and ev.location.country == "TUR"


def test_a_meeting_to_come_of_two_states_ministers_is_marked_hypothetical(analyze):
    (ev,) = analyze("The foreign ministers of Armenia and Azerbaijan will meet in Geneva next week.").events
    # a meeting promised is an intent to meet: AGREE, as PLOVER codes "will visit" (CAMEO 036)
    assert (ev.event, ev.mode, ev.hypothetical) == ("AGREE", "meet", True)
    assert _parties(ev.source) == [("ARM", "GOV"), ("AZE", "GOV")] and ev.target == []


@pytest.mark.parametrize("text, event, parties", [
    ("The leaders of France and Germany signed a treaty in Aachen on Tuesday.", "AGREE", [("DEU", "GOV"), ("FRA", "GOV")]),
    ("Israeli and Palestinian negotiators held talks in Cairo on Sunday.", "CONSULT", [("ISR", "GOV"), ("PSE", "GOV")]),
    ("Kenyan and Ugandan police arrested 12 smugglers on Monday.", "COERCE", [("KEN", "POL"), ("UGA", "POL")]),
    ("US and British officials held talks with Iranian diplomats in Vienna on Monday.", "CONSULT", [("GBR", "GOV"), ("USA", "GOV")]),
])
def test_officials_of_each_state_named_are_one_party_per_state(analyze, text, event, parties):
    (ev,) = [e for e in analyze(text).events if e.event == event]
    assert _parties(ev.source) == parties


def test_one_official_of_a_state_is_that_states(analyze):
    (ev,) = analyze("The foreign minister of Armenia met his Azerbaijani counterpart in Geneva on Monday.").events
    assert _parties(ev.source) == [("ARM", "GOV")]  # not the country of the venue
    assert _parties(ev.target) == [("AZE", "GOV")]


@pytest.mark.parametrize("text", [
    "The mayors of Paris and Lyon met in Lyon on Monday.",  # towns, not states
    "The envoys of the UN and the EU met in Geneva on Monday.",  # bodies of no one state
])
def test_officials_of_places_or_bodies_are_not_split_into_states(analyze, text):
    for ev in analyze(text).events:
        assert len({r.code for r in ev.source if r.code}) < 2


@pytest.mark.parametrize("text, speaker, code, name", [
    ("The foreign minister of Armenia said the talks were useful.", "The foreign minister of Armenia", "ARM", "Armenian foreign minister"),
    ("The president of Kenya said the border would reopen.", "The president of Kenya", "KEN", "Kenyan president"),
])
def test_a_title_of_a_state_speaks_for_that_state(analyze, text, speaker, code, name):
    report = analyze(text)
    (q,) = report.quotes
    assert (q.speaker.text, q.speaker.code, q.speaker.sector) == (speaker, code, "GOV")
    assert next(a for a in report.actors if a.id == q.speaker.actor_id).name == name


@pytest.mark.parametrize("text", [
    "The head of the UN mission said the talks were useful.",  # a body of no one state
    "The spokesman of the Islamic State group said the attack was a warning.",  # an armed group's
    "The mayor of the city of Lyon said the talks were useful.",  # a town, not a state
])
def test_a_title_of_no_state_takes_no_country_from_its_of_phrase(analyze, text):
    (q,) = analyze(text).quotes
    assert q.speaker.code in (None, "IGO", "ISIS")  # never a country read from the "of" phrase


def test_states_acting_together_on_a_third_keep_it_as_target(analyze):
    (ev,) = analyze("French and German troops withdrew from Mali on Monday.").events
    assert _parties(ev.source) == [("DEU", "MIL"), ("FRA", "MIL")]
    assert [r.code for r in ev.target] == ["MLI"]  # only parties that meet or fight act on each other


def test_two_states_named_together_make_no_act_on_each_other_that_needs_another(analyze):
    # "must allow food to reach": no CONCEDE between the two states (only meetings, deals and fights are mutual)
    events = analyze("Aid agencies said Kenyan and Ugandan troops must allow food to reach the camps.").events
    assert [e for e in events if e.event == "CONCEDE"] == []


@pytest.mark.parametrize("text, hypothetical", [
    ("Kenyan officials will meet in Nairobi next week to discuss the border.", True),  # the purpose of an act to come
    ("Kenyan officials met in Nairobi on Monday to discuss the border.", False),  # of an act done
])
def test_the_purpose_of_a_meeting_to_come_is_to_come(analyze, text, hypothetical):
    (ev,) = [e for e in analyze(text).events if e.event == "CONSULT"]
    assert ev.hypothetical is hypothetical
