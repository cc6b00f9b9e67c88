"""Country context for actors (issue 4): a country named only in another actor's title or
demonym ("Kenyan President X", "the Ugandan delegation", "the Nigerian ambassador") is that
actor's; it does not make the sentence or the report a one-country one for a host who receives
them or for "the government" a representative speaks of. A country, its institutions and
plural officials ("Kenyan police") still name the report's country. Texts written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import events_of as _events

pytestmark = pytest.mark.model
PUB = dt.date(2023, 3, 6)


def _code(refs, text: str) -> str | None:
    return next(r.code for r in refs if r.text.lower() == text.lower())


@pytest.mark.parametrize("text,event,host,guest,country", [
    ("The premier welcomed Kenyan President William Ruto on Monday.", "SUPPORT", "The premier", "William Ruto", "KEN"),
    ("The prime minister met the Kenyan delegation in the capital on Tuesday.", "CONSULT", "The prime minister", "the Kenyan delegation", "KEN"),
    ("The president held talks with the visiting Nigerian foreign minister.", "CONSULT", "The president", "the visiting Nigerian foreign minister", "NGA"),
    ("The foreign minister received the Ugandan delegation on Tuesday.", "CONSULT", "The foreign minister", "the Ugandan delegation", "UGA"),
])
def test_a_host_is_not_given_the_guests_country(analyze, text, event, host, guest, country):
    ev = _events(analyze(text), event)[0]
    assert _code(ev.target, guest) == country
    assert _code(ev.source, host) is None, ev.source


def test_a_guests_country_does_not_make_the_report_a_one_country_one(analyze):
    report = analyze("The premier welcomed Kenyan President William Ruto on Monday. "
                     "The government said the visit would boost trade, and the opposition criticised the government.")
    ev = _events(report, "ACCUSE")[0]
    assert _code(ev.source, "the opposition") is None and _code(ev.target, "the government") is None, ev


@pytest.mark.parametrize("text", [
    "The government condemned the attack, the Ghanaian ambassador said.",
    "The Ghanaian ambassador said the government had condemned the attack.",
])
def test_a_representative_abroad_does_not_code_the_government_he_speaks_of(analyze, text):
    ev = _events(analyze(text), "ACCUSE")[0]
    assert _code(ev.source, "the government") is None, ev.source


@pytest.mark.parametrize("text,actor,role", [
    # the country's institutions and officials still make a one-country report ...
    ("Kenyan police arrested 20 protesters on Monday. Later the government imposed a curfew.", "the government", "COERCE"),
    ("Kenyan officials said police arrested 20 protesters on Monday. Later the government imposed a curfew.", "the government", "COERCE"),
    # ... and so does a leader who is nobody's guest
    ("Kenyan President William Ruto sacked his interior minister on Monday. The opposition welcomed the decision.", "The opposition", "SUPPORT"),
])
def test_domestic_reports_keep_their_country(analyze, text, actor, role):
    report = analyze(text)
    assert any(_code(e.source, actor) == "KEN" for e in _events(report, role) if any(r.text.lower() == actor.lower() for r in e.source)), report.events


def test_people_acting_on_a_titled_leader_are_still_that_leaders_country(analyze):
    # not a host: opposition supporters are no state official receiving a guest
    ev = _events(analyze("Opposition supporters demanded the resignation of the Zambian president."), "REQUEST")[0]
    assert _code(ev.source, "Opposition supporters") == "ZMB"


@pytest.mark.parametrize("text,guest,host,country", [
    ("Kenyan President William Ruto visited the premier on Monday.", "William Ruto", "the premier", "KEN"),
    ("The Kenyan delegation met the foreign minister on Tuesday.", "The Kenyan delegation", "the foreign minister", "KEN"),
])
def test_a_guest_acting_on_the_host_gives_the_host_no_country(analyze, text, guest, host, country):
    ev = _events(analyze(text), "CONSULT")[0]
    assert _code(ev.source, guest) == country
    assert _code(ev.target, host) is None, ev.target


def test_a_leaders_own_officials_are_his_countrys_outside_a_meeting(analyze):
    # praise is no host's act: the minister the president praises is his own
    ev = _events(analyze("The Zambian president praised the health minister for the vaccination drive."), "SUPPORT")[0]
    assert _code(ev.target, "the health minister") == "ZMB"
