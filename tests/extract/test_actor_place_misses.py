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


# One decision, for the actor and the place stages, whether a one-word name the NER took for a
# person or an organisation is a town (places.town_named): never a person to one and a place to
# the other.

@pytest.mark.parametrize("text, name", [
    ("Critics attacked Jenin for his remarks.", "Jenin"),  # a town's other name, attacked by no arms
    ("Critics attacked Jackson over the plan.", "Jackson"),  # a town's own name, likewise
])
def test_a_name_attacked_by_critics_is_a_person_to_both_stages(analyze, text, name):
    report = analyze(text)
    assert name in [a.name for a in report.actors], report.actors
    assert name not in [p.text for p in report.places], report.places


@pytest.mark.parametrize("text, name", [
    ("Israeli troops raided Jenin on Friday, killing three people.", "Jenin"),
    ("Drones hit Odesa overnight, officials said.", "Odesa"),
    ("Fighting in Cabo Delgado province forced families to flee to Mtwara.", "Mtwara"),  # a destination
    ("Police said Jane Doe, 19, of Jackson, was charged on Monday.", "Jackson"),  # an address
])
def test_a_name_struck_by_arms_gone_to_or_lived_in_is_a_town_to_both_stages(analyze, text, name):
    report = analyze(text)
    assert name in [p.text for p in report.places if p.resolved], report.places
    assert name not in [a.name for a in report.actors], report.actors


def test_town_named_is_the_one_answer(nlp):
    from sitrep.config import Options
    from sitrep.extract.places import shared_gazetteer, town_named

    gaz = shared_gazetteer(Options().cache_dir)
    doc = nlp("Critics attacked Jenin. Troops raided Jenin. Fighting raged near Jackson. A letter from Jackson arrived.")
    read = [town_named(t, gaz) for t in doc if t.text in ("Jenin", "Jackson")]
    assert read == [False, True, True, False]


def test_town_named_is_answered_once_per_token_and_name(nlp):
    """Both stages ask it of the same tokens (the place stage twice): the gazetteer is asked once
    per document, token and name; another name ending at the token is another question."""
    from sitrep.extract.places import town_named

    class Counting:
        def __init__(self):
            self.asked: list[str] = []

        def is_place_name(self, name, **kw):
            self.asked.append(name)
            return False

        def is_known_town_byname(self, name, **kw):
            return False

    gaz = Counting()
    doc = nlp("Troops raided Khan Younis on Monday.")
    tok = next(t for t in doc if t.text == "Younis")
    assert [town_named(tok, gaz) for _ in range(3)] == [False, False, False]
    assert town_named(tok, gaz, "Younis") is False and town_named(tok, gaz, "Khan Younis") is False
    assert gaz.asked == ["Younis", "Khan Younis"]
    # kept on the document itself (as the datelines are), not in a module-level table
    assert len(doc.user_data["sitrep.town_named"]) == 2
    again = nlp("Troops raided Khan Younis on Monday.")
    town_named(next(t for t in again if t.text == "Younis"), gaz)
    assert gaz.asked == ["Younis", "Khan Younis", "Younis"]  # another document is asked afresh


@pytest.mark.parametrize("text, name", [
    ("Police arrested over 200 protesters on Monday.", "over 200 protesters"),
    ("Gunmen abducted around 30 villagers on Monday.", "around 30 villagers"),
])
def test_a_counts_qualifier_is_no_locative_to_strip(analyze, text, name):
    """"over"/"around" before a count qualifies the number; it is kept in the mention."""
    (ev,) = [e for e in analyze(text).events if e.target]
    assert [r.text for r in ev.target] == [name]
