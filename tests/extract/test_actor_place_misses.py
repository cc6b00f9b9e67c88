"""Actors and places missed or misread in plain sentences: an area named by its name ("X
state") is where, not a government acted on; a town the tagger took for an adverb ("shelled X on
Friday") is still the town struck; a country the codebook names is a place even where the NER
read part of it as a people ("rebels attacked the Palestinian Territory"). Sentences written for these
tests, about no one incident."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import events_of as _events

pytestmark = pytest.mark.model
PUB = dt.date(2023, 3, 6)  # a Monday


@pytest.mark.parametrize("text", [
    "Gunmen attacked Nigeria's Borno state on Monday.",
    "Gunmen attacked Borno state on Monday.",
])
def test_an_area_named_by_its_name_is_no_government_attacked(analyze, text):
    report = analyze(text)
    (ev,) = _events(report, "ASSAULT")
    assert not [r for r in ev.target if r.sector == "GOV"], ev.target
    assert ev.location is not None and ev.location.country == "NGA" and ev.location.kind == "admin"


def test_a_state_of_a_country_described_is_still_its_government(analyze):
    (ev,) = _events(analyze("The gunmen attacked the Nigerian state on Monday."), "ASSAULT")
    assert [(r.code, r.sector) for r in ev.target] == [("NGA", "GOV")]


@pytest.mark.parametrize("text", [
    "Russian forces shelled Bakhmut on Friday, Ukrainian officials said.",
    "Russian troops captured Bakhmut after months of fighting.",
])
def test_a_town_tagged_as_an_adverb_is_the_place_struck(analyze, text):
    report = analyze(text)
    assert "Bakhmut" in [p.text for p in report.places if p.resolved and p.country == "UKR"], report.places
    (ev,) = [e for e in report.events if e.event in ("ASSAULT", "COERCE")]
    assert ev.location is not None and ev.location.text == "Bakhmut"


def test_a_lowercase_adverb_is_no_place(analyze):
    report = analyze("Russian forces shelled heavily on Friday.")
    assert not report.places


@pytest.mark.parametrize("text, name, iso", [
    ("Rebels attacked the Palestinian Territory on Friday.", "Palestinian Territory", "PSE"),  # "Palestinian": a people to the NER
    ("Airstrikes hit the Central African Republic on Friday.", "Central African Republic", "CAF"),  # (a GPE to the NER)
])
def test_a_country_named_in_full_is_a_place_whatever_the_ner_says(analyze, text, name, iso):
    report = analyze(text)
    assert (name, iso, "country") in [(p.text, p.country, p.kind) for p in report.places if p.resolved], report.places
    (ev,) = _events(report, "ASSAULT")
    assert ev.location is not None and ev.location.country == iso


def test_countries_listed_after_a_preposition_are_places(analyze):
    report = analyze("The coalition has carried out airstrikes against the militants in Poland and Palestinian Territory.")
    assert {"Poland", "Palestinian Territory"} <= {p.text for p in report.places if p.resolved and p.kind == "country"}


def test_a_described_state_is_no_place_name(analyze):
    report = analyze("Saudi Arabia said on Monday that the kingdom would host the talks.")
    assert "the kingdom" not in [p.text for p in report.places] and "kingdom" not in [p.text for p in report.places]
