"""A killing told by a noun ("the execution of two activists") condemned by someone is an incident
told by the condemner, and the condemnation accuses the killer, not the killed; a killing named
as a charge, to come or not condemned is none. Sentences written for these tests, about no one
incident."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.lexicon import load_event_lexicon
from tests._helpers import of_kind as _of

pytestmark = pytest.mark.model
PUB = dt.date(2021, 3, 8)  # a Monday


@pytest.mark.parametrize("text, victims, claimer", [
    ("Amnesty condemned the execution of two activists.", "two activists", "Amnesty"),
    ("The government condemned the assassination of the governor.", "the governor", "The government"),
    ("The EU condemned the murder of a journalist in Malta.", "a journalist", "The EU"),
])
def test_a_condemned_killing_is_an_incident_told_by_the_condemner(analyze, text, victims, claimer):
    (ev,) = _of(analyze(text).events, "ASSAULT")
    assert [r.text for r in ev.target] == [victims]
    assert ev.acled_sub_event_type == "Attack"
    (told,) = [c for c in ev.claims if c.field == "event"]
    assert told.claimed_by.text == claimer and told.modality == "asserted"


def test_the_killer_is_the_by_phrase_and_the_one_accused(analyze):
    events = analyze("The EU condemned the killing of a protester by police in Minsk on Sunday.").events
    (killing,) = _of(events, "ASSAULT")
    (accusation,) = _of(events, "ACCUSE")
    assert [r.text for r in killing.source] == ["police"] and [r.text for r in killing.target] == ["a protester"]
    assert [r.text for r in accusation.target] == ["police"]  # not the protester killed


def test_the_condemnation_does_not_accuse_the_killed(analyze):
    (accusation,) = _of(analyze("Amnesty condemned the execution of two activists.").events, "ACCUSE")
    assert "two activists" not in [r.text for r in accusation.target]


def test_a_killing_condemned_later_accuses_its_doer(analyze):
    events = analyze("Iran hanged two activists on Monday. Amnesty condemned the execution.").events
    (accusation,) = _of(events, "ACCUSE")
    assert [r.code for r in accusation.target] == ["IRN"]


@pytest.mark.parametrize("text", [
    "He was charged with the murder of a journalist.",  # a charge, no incident told
    "Police arrested two men over the murder of a journalist.",
    "Amnesty condemned the planned execution of two activists.",  # to come
    "Amnesty did not condemn the execution of two activists.",  # no condemnation made
    "The report described the killing of a journalist.",  # no condemnation: a description
])
def test_no_incident_from_a_killing_not_condemned(analyze, text):
    assert _of(analyze(text).events, "ASSAULT") == []


def test_the_killing_nouns_are_data():
    lex = load_event_lexicon()
    assert {"execution", "murder", "assassination"} <= set(lex.killing_nouns)
    assert all(lex.verbs[v].event == "ASSAULT" for v in lex.killing_nouns.values())
    assert "planned" in lex.unrealised_killings


@pytest.mark.parametrize("text, doers, sub", [
    # the "by" phrase hung from the verb of condemnation is still the killers'
    ("Rights groups condemned the killings of protesters by security forces in Khartoum on Monday.",
     ["security forces"], "Excessive force against protesters"),
    ("Amnesty condemned the execution of three protesters in Iran.", [], "Attack"),  # the executed are held, not protesting
    ("The army condemned the killing of two soldiers by rebels near Gao.", ["rebels"], "Armed clash"),
])
def test_the_sub_type_of_a_condemned_killing_follows_its_parties(analyze, text, doers, sub):
    (ev,) = _of(analyze(text).events, "ASSAULT")
    assert [r.text for r in ev.source if r.text] == doers and ev.acled_sub_event_type == sub


def test_a_condemned_killing_told_before_is_one_incident_and_accuses_its_doer(analyze):
    events = analyze("Gunmen shot dead a journalist in Lagos on Monday. The governor condemned the killing of the journalist.").events
    (killing,) = _of(events, "ASSAULT")  # the condemnation's killing is the one told before
    (accusation,) = _of(events, "ACCUSE")
    assert [r.text for r in killing.source] == ["Gunmen"] and [r.text for r in accusation.target] == ["Gunmen"]
    assert any(c.field == "event" and not isinstance(c.claimed_by, str) and c.claimed_by.text == "The governor" for c in killing.claims)
