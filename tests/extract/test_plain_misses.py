"""Acts told in plain sentences that were missed: a crowd protesting "against" something whose
phrase holds a verb ("against rising prices": a topic, not a clause said), and two parties who
"traded accusations" (each accusing the other, CAMEO 112). Sentences written for these tests,
about no one incident."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import events_of as _events

pytestmark = pytest.mark.model
PUB = dt.date(2021, 3, 8)  # a Monday


@pytest.mark.parametrize("text", [
    "Thousands protested in the capital against rising petrol prices on Monday.",
    "Students protested against rising bread prices on Monday.",
    "Hundreds protested over soaring food costs outside parliament.",
])
def test_a_protest_against_a_topic_with_a_verb_is_a_demonstration(analyze, text):
    (ev,) = _events(analyze(text), "PROTEST")
    assert ev.mode == "demonstrate" and ev.trigger.text == "protested"


def test_a_protest_that_says_a_clause_stays_verbal(analyze):
    assert _events(analyze("Peru protested that Chile is violating the rights of migrants."), "PROTEST") == []


@pytest.mark.parametrize("text, codes", [
    ("Iran and Saudi Arabia traded accusations on Monday.", ["IRN", "SAU"]),
    ("India and Pakistan exchanged accusations over the border incident.", ["IND", "PAK"]),
    ("Armenia and Azerbaijan traded charges of shelling villages.", ["ARM", "AZE"]),
])
def test_parties_trading_accusations_each_accuse_the_other(analyze, text, codes):
    (ev,) = _events(analyze(text), "ACCUSE")
    assert sorted(r.code for r in ev.source) == codes and sorted(r.code for r in ev.target) == codes


def test_accusations_traded_with_one_party_target_it(analyze):
    (ev,) = _events(analyze("Iran traded accusations with Saudi Arabia on Monday."), "ACCUSE")
    assert [r.code for r in ev.source] == ["IRN"] and [r.code for r in ev.target] == ["SAU"]


def test_goods_traded_are_no_accusation(analyze):
    assert _events(analyze("Iran and Iraq traded oil and grain on Monday."), "ACCUSE") == []


@pytest.mark.parametrize("text", [
    "Soldiers repelled an attack on their base on Friday.",
    "The attack on the police station was repelled by officers on Friday.",
])
def test_an_attack_repelled_is_told_on_those_who_repelled_it(analyze, text):
    (ev,) = _events(analyze(text), "ASSAULT")
    assert ev.acled_sub_event_type == "Armed clash" and ev.source == []
    assert [r.sector for r in ev.target] in (["MIL"], ["POL"])


def test_the_doers_named_on_a_repelled_attack_are_its_doers(analyze):
    (ev,) = _events(analyze("Nigerian troops repelled an attack by Boko Haram fighters on Monday."), "ASSAULT")
    assert [r.code for r in ev.target] == ["NGA"] and ev.source and ev.source[0].code != "NGA"


@pytest.mark.parametrize("text", [
    "Police foiled an attack on a church on Friday.",  # prevented before it was made: no attack told
    "The company repelled a takeover attempt.",
])
def test_an_attack_foiled_or_a_bid_repelled_is_none(analyze, text):
    assert _events(analyze(text), "ASSAULT") == []


@pytest.mark.parametrize("text", [
    "A coup attempt failed on Sunday.",
    "A failed coup attempt left the capital tense on Monday.",
    "A coup collapsed within hours on Sunday.",
])
def test_a_coup_told_as_a_subject_was_attempted(analyze, text):
    (ev,) = _events(analyze(text), "COERCE")
    assert ev.mode == "seize" and ev.acled_sub_event_type == "Other" and ev.source == []


@pytest.mark.parametrize("text", [
    "A coup could happen at any time, analysts said.",
    "No coup took place on Sunday.",
])
def test_a_coup_guessed_or_denied_is_none(analyze, text):
    assert _events(analyze(text), "COERCE") == []


@pytest.mark.parametrize("text, sub", [
    ("Missiles struck the city on Sunday.", "Shelling/artillery/missile attack"),
    ("Rockets hit Kharkiv on Monday.", "Shelling/artillery/missile attack"),
    ("Drones hit Odesa on Sunday.", "Air/drone strike"),
])
def test_a_weapon_striking_a_place_is_an_attack_no_one_is_named_for(analyze, text, sub):
    (ev,) = _events(analyze(text), "ASSAULT")
    assert ev.acled_sub_event_type == sub and ev.source == []


@pytest.mark.parametrize("text", [
    "The storm hit the city on Sunday.",  # no weapon
    "Missiles struck the city.",  # no place found, no date: nothing to stand on
])
def test_no_weapon_or_nothing_told_is_no_attack(analyze, text):
    assert _events(analyze(text), "ASSAULT") == []


@pytest.mark.parametrize("text", [
    "Gunmen took 20 people hostage on Monday.",
    "Rebels are holding three hostages in the forest.",
    "Gunmen seized ten hostages on Monday.",
])
def test_hostages_taken_or_held_are_an_abduction(analyze, text):
    (ev,) = _events(analyze(text), "ASSAULT")
    assert ev.mode == "abduct" and ev.acled_sub_event_type == "Abduction/forced disappearance"


def test_holding_hostages_denied_is_the_abduction_denied_not_a_rejection(analyze):
    report = analyze("Rebels denied holding hostages on Monday.")
    assert _events(report, "REJECT") == []
    (ev,) = _events(report, "ASSAULT")
    assert ev.mode == "abduct" and [r.text for r in ev.source] == ["Rebels"]
    assert {c.modality for c in ev.claims if c.field == "event"} == {"denied"}


def test_talks_held_are_no_abduction(analyze):
    assert _events(analyze("The rebels held talks with the army on Monday."), "ASSAULT") == []
