"""A state described by its kind ("the kingdom", "the republic", "the island nation", "the
country") is the government of the report's one state, where the report names exactly one; a
report naming two states, or the word as a place ("across the country"), gives no such actor.
Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import events_of as _events

pytestmark = pytest.mark.model
PUB = dt.date(2021, 3, 8)  # a Monday


@pytest.mark.parametrize("text, kind, code", [
    ("Oman said on Monday that a drone struck a port. The sultanate is investigating the attack.", "INVESTIGATE", "OMN"),
    ("A drone struck an oil depot in Kuwait on Monday. The Gulf emirate condemned the attack.", "ACCUSE", "KWT"),
    ("Protesters clashed with police in Bahrain on Monday. The island nation has banned public gatherings.", "COERCE", "BHR"),
    ("Rebels attacked a military base in Mali on Sunday. The country has asked the United Nations for help.", "REQUEST", "MLI"),
    ("Rebels attacked an army post in the Central African Republic. The republic asked the African Union for troops.", "REQUEST", "CAF"),
])
def test_a_state_described_by_its_kind_is_the_reports_one_state(analyze, text, kind, code):
    (ev,) = [e for e in _events(analyze(text), kind) if e.evidence.start > text.index(". ")]
    assert [(r.code, r.sector) for r in ev.source] == [(code, "GOV")]


@pytest.mark.parametrize("text, kind", [
    # two states named: which one "the kingdom" is, is not known here
    ("Jordan and Qatar signed a trade deal on Monday. The kingdom is investigating the attack.", "INVESTIGATE"),
])
def test_no_state_is_guessed_among_several(analyze, text, kind):
    for ev in _events(analyze(text), kind):
        assert not any(r.sector == "GOV" and r.code for r in ev.source)


def test_the_country_as_a_place_is_no_actor(analyze):
    report = analyze("Protests spread across the country after police in Kenya shot a student on Monday.")
    assert not any(m.text.lower().endswith("country") for a in report.actors for m in a.mentions)
