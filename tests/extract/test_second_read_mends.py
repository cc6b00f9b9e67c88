"""Defects the second read of the merged tree found in the event and claim stages: a blow given
with its reason is no criticism, a collective noun and "they" are one doer, "a striking number"
names no strikers, a clash of another clause makes no protest violent, every object burned is
read for symbols. Sentences written for these tests, about no one incident."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import assaults, events_of

pytestmark = pytest.mark.model
PUB = dt.date(2023, 3, 14)


# -- a blow with its reason is no criticism (quotes/violence.py criticism) -------------------------


@pytest.mark.parametrize("text", [
    "Israel attacked Iran in response to the missile barrage.",
    "Russia hit Ukraine's energy grid in response to the drone strikes.",
    "A mob attacked a man for allegedly stealing a goat.",
    "Villagers attacked the police for arresting a local man.",
    "Settlers attacked Palestinian farmers over land near Nablus.",
    "US sanctions hit Iranian banks for financing terrorism.",
])
def test_a_blow_with_its_reason_is_no_criticism(analyze, text):
    report = analyze(text)
    assert not events_of(report, "ACCUSE"), [(e.trigger.text, e.mode) for e in report.events]


@pytest.mark.parametrize("text", [
    "Israel attacked Iran in response to the missile barrage.",
    "A mob attacked a man for allegedly stealing a goat.",
    "Settlers attacked Palestinian farmers over land near Nablus.",
])
def test_a_blow_with_its_reason_stays_violence(analyze, text):
    report = analyze(text)
    assert any(e.acled_sub_event_type for e in report.events if e.event in ("ASSAULT", "PROTEST", "FIGHT"))


@pytest.mark.parametrize("text", [
    "The union attacked the ministry over the delays.",  # a speaking doer, nothing of people struck
    "Residents slammed the police for their slow response.",  # a statement's word in the reason
    "The opposition attacked the minister in a statement on Friday.",
])
def test_criticism_with_its_reason_stays_criticism(analyze, text):
    report = analyze(text)
    assert events_of(report, "ACCUSE") and not assaults(report)


def test_a_reason_for_a_blow_is_no_statement(nlp):
    from sitrep.extract.quotes.violence import criticism

    verb = next(t for t in nlp("Israel attacked Iran in response to the missile barrage.") if t.pos_ == "VERB")
    assert not criticism(verb)
