"""Parties described, not named: a place where parties meet is no party to their act; "the two
sides" refers back to the last pair of parties. Sentences written for these tests, about no one
incident."""
from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model
PUB = dt.date(2021, 3, 8)  # a Monday


@pytest.mark.parametrize("text, event, country", [
    ("The two governments signed a trade agreement in Nairobi on Friday.", "AGREE", "KEN"),
    ("The rival factions signed a peace deal in Doha on Saturday.", "AGREE", "QAT"),
])
def test_the_place_where_parties_meet_is_the_venue_not_the_target(analyze, text, event, country):
    (ev,) = [e for e in analyze(text).events if e.event == event]
    assert ev.location is not None and ev.location.country == country
    assert not any(r.code == country for r in ev.target)


@pytest.mark.parametrize("text, country", [
    ("Serbia lifted a night curfew in Montenegro on Sunday.", "MNE"),  # a place acted on, deeper in the clause
    ("Egypt agreed to open a consulate in Sudan on Sunday.", "SDN"),
])
def test_a_place_the_act_is_about_stays_the_target(analyze, text, country):
    events = analyze(text).events
    assert any(r.code == country for e in events for r in e.target)


@pytest.mark.parametrize("text, event, parties", [
    ("Government troops clashed with rebels near Goma on Sunday. The two sides agreed to a ceasefire on Monday.",
     "AGREE", {"MIL", "REB"}),
    ("Israel attacked Hamas positions on Sunday. Both sides agreed to a truce on Monday.", "AGREE", {"ISR", "HAM"}),
    ("Armenia and Azerbaijan have long disputed the region. The warring parties met in Moscow on Sunday.",
     "CONSULT", {"ARM", "AZE"}),
    ("Armenia and Azerbaijan have long disputed the region. The two governments signed a deal on Sunday.",
     "AGREE", {"ARM", "AZE"}),
])
def test_the_two_sides_are_the_last_pair_of_parties_told(analyze, text, event, parties):
    (ev,) = [e for e in analyze(text).events if e.event == event]
    assert {r.code if r.code in parties else r.sector for r in ev.source} == parties
    assert len(ev.source) == 2


def test_the_two_sides_after_a_fight_of_a_described_group_and_a_state(analyze):
    report = analyze("Ethiopian government forces and Tigrayan rebels fought for weeks. "
                     "The two sides signed a ceasefire in Pretoria on Wednesday.")
    fight, deal = (next(e for e in report.events if e.event == t) for t in ("ASSAULT", "AGREE"))
    assert [r.actor_id for r in deal.source] == [r.actor_id for r in fight.source] and len(deal.source) == 2
    assert deal.target == [] and deal.location is not None and deal.location.country == "ZAF"
    assert [(r.code, r.sector) for r in deal.source] == [("ETH", "MIL"), ("ETH", "REB")]


@pytest.mark.parametrize("text", [
    "Kenya, Uganda and Tanzania signed a pact on Monday. The parties agreed to meet again in May.",  # three, not two
    "Police arrested three men in Lagos on Monday. Both sides agreed to a deal on Tuesday.",  # people acted on are no side
    "Protesters gathered in Lagos on Monday. The opposition parties agreed to a deal on Tuesday.",  # a description of its own
    "Rain fell in Lagos on Monday. Both sides agreed to a truce on Tuesday.",  # no parties told before
    "Demonstrators marched on parliament in Lagos on Monday. Both sides agreed to a deal on Tuesday.",  # a protest: no sides
])
def test_no_pair_is_guessed(analyze, text):
    second = text.index(". ") + 2
    deals = [e for e in analyze(text).events if e.event == "AGREE"]
    # no two parties of the sentence before are taken for the ones who agreed
    assert not any(len(e.source) == 2 and all(r.start is not None and r.start < second for r in e.source) for e in deals)


@pytest.mark.parametrize("text, code, sector", [
    ("Tigrayan rebels attacked an army post on Sunday.", "ETH", "REB"),
    ("Tigrayan forces shelled a town on Sunday.", "ETH", "REB"),  # a regional people's forces: an armed group
    ("Chechen militants attacked a police station on Sunday.", "RUS", "REB"),
    ("Syrian rebels attacked an army post on Sunday.", "SYR", "REB"),
    ("Syrian forces shelled a town on Sunday.", "SYR", "MIL"),  # a state's forces stay its military
])
def test_a_regional_peoples_fighters_are_their_states_armed_group(analyze, text, code, sector):
    (ev,) = [e for e in analyze(text).events if e.event == "ASSAULT"]
    assert [(r.code, r.sector) for r in ev.source] == [(code, sector)]
