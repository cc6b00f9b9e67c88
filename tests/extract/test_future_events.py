"""An event announced or planned, not yet done ("there will be a demonstration in X on Friday",
"unions said they will stage a general strike", "opposition groups plan to march"): kept as an
event and marked hypothetical, coded as the verb path codes "X will protest" (THREATEN, CAMEO
133), never told as happened (no ACLED sub-type, no incident) and never dropped. Sentences
written for these tests, about no one incident."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import Report

pytestmark = pytest.mark.model
PUB = dt.date(2021, 3, 8)  # a Monday


def _told_as_happened(report: Report) -> list:
    return [e for e in report.events if not e.hypothetical]


@pytest.mark.parametrize("text, mode, date", [
    ("There will be a demonstration outside parliament in Nairobi on Friday.", "demonstrate", "2021-03-12"),
    ("There will be a general strike in Lagos on Wednesday.", "strike", "2021-03-10"),
    ("A rally will be held in Harare on Saturday.", "demonstrate", "2021-03-13"),
    ("Unions said they will stage a general strike on Wednesday.", "strike", "2021-03-10"),
    ("Opposition groups plan to march on the capital next week.", "demonstrate", None),
    ("Students will protest outside the ministry in Lagos on Tuesday.", "demonstrate", "2021-03-09"),
    ("Organisers said there would be a protest in Accra on Friday.", "demonstrate", "2021-03-12"),  # reported future
    ("There is going to be a protest in Harare on Friday.", "demonstrate", "2021-03-12"),
    ("A general strike is planned for Wednesday in Lagos.", "strike", "2021-03-10"),
    ("A protest is scheduled for Friday in Accra.", "demonstrate", "2021-03-12"),
])
def test_an_announced_protest_is_kept_as_a_threat_to_come(analyze, text, mode, date):
    report = analyze(text)
    assert _told_as_happened(report) == [], [(e.event, e.mode) for e in report.events]
    (ev,) = report.events
    assert (ev.event, ev.mode, ev.hypothetical) == ("THREATEN", mode, True)
    assert ev.acled_sub_event_type is None
    assert (ev.date.isoformat() if ev.date else None) == date
    assert all(c.modality == "hypothetical" for c in ev.claims if c.field == "event")


def test_the_existential_frame_agrees_with_the_verb(analyze):
    told = analyze("There will be a demonstration outside parliament in Nairobi on Friday.").events
    said = analyze("Students will demonstrate outside parliament in Nairobi on Friday.").events
    assert [(e.event, e.mode, e.hypothetical, e.date, e.location.name) for e in told] == \
        [(e.event, e.mode, e.hypothetical, e.date, e.location.name) for e in said]


@pytest.mark.parametrize("text", [
    "There will be no talks.",
    "There will be no protest in Accra on Monday.",
    "There won't be a strike in Lagos on Monday.",
    "There could be a demonstration in Nairobi on Friday.",  # a guess, not an announcement
    "There is not going to be a protest in Harare on Friday.",
    "No protest is planned for Friday in Accra.",
    "A protest is not planned for Friday in Accra.",
    "There would be a protest in Accra if the fuel price rose.",  # a conditional, not reported speech
    "If there is a protest in Nairobi on Friday, police will respond.",
])
def test_a_future_event_denied_or_guessed_is_no_event(analyze, text):
    report = analyze(text)
    assert [e for e in report.events if e.event in ("PROTEST", "THREATEN", "CONSULT")] == [], [(e.event, e.mode) for e in report.events]


@pytest.mark.parametrize("text", [
    "There was a demonstration outside parliament in Nairobi on Friday.",
    "A rally was held in Harare on Saturday.",
    "Students protested outside the ministry in Lagos on Saturday.",
])
def test_a_protest_told_in_the_past_stays_a_protest_that_happened(analyze, text):
    (ev,) = analyze(text).events
    assert (ev.event, ev.hypothetical) == ("PROTEST", False)
    assert ev.acled_sub_event_type == "Peaceful protest"


def test_an_attack_announced_is_a_threat_to_come_and_no_incident(analyze):
    report = analyze("There will be an attack on the base in Mali, the rebels warned.")
    assert [(e.event, e.hypothetical) for e in report.events] == [("THREATEN", True)]
    assert all(e.acled_sub_event_type is None for e in report.events)


def test_a_protest_planned_by_someone_is_theirs_to_come(analyze):
    (ev,) = analyze("A general strike is planned by the unions for Wednesday in Lagos.").events
    assert (ev.event, ev.hypothetical) == ("THREATEN", True)
    assert [r.text for r in ev.source] == ["the unions"]
