"""A review of the event rules merged with m4t, on sentences of our own: people "taken" in other
senses than captivity, a medium that acts itself, a store of explosives struck, camps and
headquarters that are no base, a siege that "hits", "seized" people and a measure to come."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import events_of as _events

pytestmark = pytest.mark.model
PUB = dt.date(2022, 9, 14)

ABDUCTION = "Abduction/forced disappearance"
BASE = "Headquarters or base established"


def _abductions(rep):
    return [e for e in rep.events if e.acled_sub_event_type == ABDUCTION]


def test_taken_by_surprise_is_no_taking_and_the_attack_stays(analyze):
    # a "by" phrase alone names the takers; "surprise" is no armed group, and the clause of time
    # ("when militants attacked") tells the attack, not who took anyone
    rep = analyze("The soldiers were taken by surprise when militants attacked the base, killing four.")
    assert not _abductions(rep)
    evs = _events(rep, "ASSAULT")
    assert evs and any("militants" in (r.text or "") for e in evs for r in e.source)


@pytest.mark.parametrize("text", [
    "The children were taken in by relatives after gunmen killed their parents.",
    "Two injured men were taken to a medical centre after gunmen attacked their bus near Kaduna.",
    "The wounded were taken into a nearby house when gunmen opened fire on the market.",
])
def test_people_sheltered_or_carried_somewhere_are_not_abducted(analyze, text):
    # "taken in" (sheltered), "taken to"/"taken into" a place (carried): no one holds them, and a
    # clause after the taking tells what came before, not who took them
    rep = analyze(text)
    assert not _abductions(rep)
    assert _events(rep, "ASSAULT")  # the gunmen's act is still told


@pytest.mark.parametrize("text", [
    "Three workers were seized on Monday when gunmen stopped their vehicle.",
    "Four students were seized by gunmen near the school.",
])
def test_people_seized_by_armed_men_are_abducted_not_territory(analyze, text):
    # "seize" is also a verb of territory taken: people as its passive subject are captives
    evs = _abductions(analyze(text))
    assert evs and evs[0].event == "ASSAULT" and any("gunmen" in (r.text or "") for r in evs[0].source)
    assert not any(e.acled_sub_event_type == "Non-state actor overtakes territory" for e in analyze(text).events)


@pytest.mark.parametrize("text, medium, kind", [
    ("Reuters said it had withdrawn its staff from Kabul.", "Reuters", "SANCTION"),
    ("Al Jazeera said it would sue the Israeli government over the killing of its reporter.", "Al Jazeera", "ACCUSE"),
])
def test_a_medium_that_acts_itself_is_the_doer(analyze, text, medium, kind):
    # a medium is dropped as doer only of an act with another subject of its own; "it", standing
    # for the medium, makes the act the medium's
    evs = _events(analyze(text), kind)
    assert evs and any(medium in (r.text or "") for r in evs[0].source)


def test_a_store_of_explosives_struck_is_no_mine_met(analyze):
    # an amod names the device ("an explosive device"); a compound names a store ("an explosives
    # depot"): the forces that struck it are the doers, not its victims
    evs = _events(analyze("Government forces struck an explosives depot held by the rebels near Marib."), "ASSAULT")
    assert evs
    assert any("Government forces" in (r.text or "") for r in evs[0].source)
    assert not any("Government forces" in (r.text or "") for e in evs for r in e.target)


def test_a_device_struck_still_makes_its_victim_the_subject(analyze):
    evs = [e for e in _events(analyze("Their vehicle struck an explosive device near the town."), "ASSAULT")
           if e.acled_sub_event_type == "Remote explosive/landmine/IED"]
    assert evs and any("vehicle" in (r.text or "") for r in evs[0].target)


@pytest.mark.parametrize("text", [
    "The army set up a camp for displaced families near Goma.",
    "The army built a camp for refugees near the border.",
    "The army built a refugee camp near the border.",
    "The army opened its headquarters to journalists on Monday.",
    "Police set up a camp for the displaced near the stadium.",
    "Police set up a camp near the stadium.",
])
def test_camps_for_people_headquarters_shown_and_police_camps_are_no_base(analyze, text):
    # ACLED: an organised armed group establishes a base; shelter for people, a headquarters opened
    # to visitors and a police camp are none
    assert not any(e.acled_sub_event_type == BASE for e in analyze(text).events)


def test_rebels_setting_up_a_camp_for_their_fighters_is_a_base(analyze):
    evs = [e for e in analyze("The rebels set up a camp for their fighters in the forest.").events if e.acled_sub_event_type == BASE]
    assert evs and evs[0].event == "MOBILIZE"


def test_a_siege_that_hits_is_no_measure(analyze):
    # only non-violent measures (sanctions, an embargo) "hit" as their reach; a siege's noun phrase
    # is no actor
    rep = analyze("The rebel siege hit the city, where 20 people died.")
    assert not _events(rep, "COERCE")
    assert not any("siege" in (r.text or "") for e in rep.events for r in e.source)
    evs = _events(rep, "ASSAULT")
    assert evs and evs[0].dead is not None and evs[0].dead.min == 20


def test_a_measure_that_would_hit_is_hypothetical(analyze):
    evs = _events(analyze("Washington said the sanctions would hit Iran's central bank."), "SANCTION")
    assert evs and all(e.hypothetical for e in evs)


def test_a_measure_that_hits_keeps_its_modifier_as_doer(analyze):
    evs = _events(analyze("The EU embargo hit Russian oil exports."), "SANCTION")
    assert evs and evs[0].source and not any("embargo" in (r.text or "") for r in evs[0].source)


def test_a_measure_that_is_no_event_noun_hits_no_one_by_force(analyze):
    # tariffs are a measure (events.yaml reach_measures) though no event noun: their "hit" is no attack
    assert not _events(analyze("New American tariffs hit Chinese steelmakers on Monday."), "ASSAULT")
