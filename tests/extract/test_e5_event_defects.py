"""Event defects the probes and reviews left (e5): a craft seized by pirates or gunmen is hijacked,
a theft's town is where it was done, and the others below. Sentences written for these tests,
about no one incident."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import events_of

pytestmark = pytest.mark.model
PUB = dt.date(2026, 11, 20)  # a Friday


def _texts(refs) -> list[str]:
    return [r.text for r in refs]


# -- 1. a vessel or vehicle seized by pirates or gunmen is a hijacking, as "hijacked" is -------------

@pytest.mark.parametrize("text, taker, craft", [
    ("The tanker was seized by pirates off Somalia on Monday.", "pirates", "The tanker"),
    ("Pirates seized a fishing vessel off the coast of Yemen.", "Pirates", "a fishing vessel"),
    ("A cargo ship was seized by Houthi rebels in the Red Sea on Sunday.", "Houthi rebels", "A cargo ship"),
])
def test_a_craft_seized_by_pirates_or_gunmen_is_hijacked(analyze, text, taker, craft):
    report = analyze(text)
    assert not events_of(report, "COERCE"), [(e.event, e.mode) for e in report.events]
    (ev,) = events_of(report, "ASSAULT")
    assert (ev.mode, ev.acled_sub_event_type) == ("abduct", "Abduction/forced disappearance")
    assert taker in _texts(ev.source) and craft in _texts(ev.target)



@pytest.mark.parametrize("text", [
    "Gunmen seized a truck carrying maize near Gulu on Monday.",
    "Gunmen hijacked a truck carrying maize near Gulu on Monday.",
])
def test_a_truck_seized_or_hijacked_by_gunmen_is_looting_done_near_the_town(analyze, text):
    report = analyze(text)
    (ev,) = [e for e in report.events if e.acled_sub_event_type == "Looting/property destruction"]
    assert ev.event == "CRIME" and "Gulu" not in _texts(ev.target), ev
    assert ev.location is not None and ev.location.name == "Gulu"


@pytest.mark.parametrize("text", [
    "The coast guard seized a fishing vessel off the coast of Yemen.",
    "The navy seized a tanker carrying smuggled fuel.",
])
def test_a_craft_seized_by_a_states_forces_stays_a_confiscation(analyze, text):
    (ev,) = events_of(analyze(text), "COERCE")
    assert ev.mode == "seize"


def test_a_theft_in_a_town_is_done_there_not_to_it(analyze):
    (ev,) = events_of(analyze("Robbers stole a car in Lagos on Monday."), "CRIME")
    assert "Lagos" not in _texts(ev.target) and ev.location is not None and ev.location.name == "Lagos"


# -- 5. a coded accused does not replace the doer the report tells ------------------------------------

def _perpetrators(ev, modality):
    return [c.value.get("code") for c in ev.claims if c.field == "perpetrator" and c.modality == modality]


@pytest.mark.parametrize("text", [
    "Gunmen killed 12 villagers on Sunday. The governor blamed the ADF.",
    "Gunmen killed 12 villagers on Sunday. The army blamed the ADF for the attack.",
])
def test_an_accused_group_is_an_alleged_doer_beside_the_gunmen_told(analyze, text):
    (ev,) = events_of(analyze(text), "ASSAULT")
    assert _texts(ev.source) == ["Gunmen"] and all(r.code != "ADF" for r in ev.source), ev.source
    assert "ADF" in _perpetrators(ev, "alleged")


def test_an_accused_group_is_the_doer_where_none_is_told(analyze):
    (ev,) = events_of(analyze("An explosion killed 12 villagers on Sunday. The governor blamed the ADF."), "ASSAULT")
    assert [r.code for r in ev.source] == ["ADF"]


def test_a_group_claiming_the_attack_is_the_doer_the_gunmen_were(analyze):
    (ev,) = events_of(analyze("Gunmen killed 12 villagers on Sunday. The ADF claimed responsibility for the attack."), "ASSAULT")
    assert [r.code for r in ev.source] == ["ADF"]


def test_a_group_denying_the_attack_is_not_the_gunmen(analyze):
    (ev,) = events_of(analyze("Gunmen killed 12 villagers on Sunday. The ADF denied involvement."), "ASSAULT")
    assert all(r.code != "ADF" for r in ev.source), ev.source
    assert "ADF" in _perpetrators(ev, "denied")


# -- 6. fans brawling are a mob (ACLED Riots / Mob violence), not nothing and not an armed clash -------

@pytest.mark.parametrize("text", [
    "Football fans fought outside the stadium after the match.",
    "Rival fans clashed outside the stadium on Saturday.",
    "Fans fought with police outside the stadium after the final.",
    "Rival hooligans attacked a bus carrying fans after the match.",
    "Fans of the two clubs fought in the streets of the town.",
])
def test_fans_fighting_are_mob_violence(analyze, text):
    evs = events_of(analyze(text), "ASSAULT")
    assert [(e.acled_event_type, e.acled_sub_event_type) for e in evs] == [("Riots", "Mob violence")], evs


def test_fans_cheering_do_nothing(analyze):
    assert not analyze("Fans cheered as the team arrived in Kampala.").events


# -- 4. a protest broken up with someone left in a coma is met with excessive force --------------------

@pytest.mark.parametrize("text", [
    "A student was left in a coma after police broke up the protest in Nairobi.",
    "Police dispersed the protesters in Nairobi; one protester was rushed to hospital.",
    "Police fired tear gas to disperse protesters in Nairobi, leaving one man in a coma.",
])
def test_an_intervention_that_left_someone_seriously_hurt_is_excessive_force(analyze, text):
    subs = [e.acled_sub_event_type for e in analyze(text).events]
    assert "Excessive force against protesters" in subs and "Protest with intervention" not in subs, subs


def test_an_intervention_with_no_one_hurt_stays_one(analyze):
    subs = [e.acled_sub_event_type for e in analyze("Police fired tear gas to disperse protesters in Nairobi.").events]
    assert subs == ["Protest with intervention"]


# -- 3. a denial of intent told with the gerund parsed as a modifier ("denied intentionally striking
#       civilians") is read as "denied deliberately shelling a market" is: no REJECT of a phrase -----------

def _intents(ev):
    return [(c.value, c.modality) for c in ev.claims if c.field == "intent"]


def test_an_intent_denial_alone_is_no_rejection(analyze):
    report = analyze("The army denied intentionally striking civilians.")
    assert not events_of(report, "REJECT"), [(e.event, _texts(e.target)) for e in report.events]


def test_an_intent_denial_contests_the_attack_told_before(analyze):
    report = analyze("The army struck a village on Monday. The army denied intentionally striking civilians.")
    assert not events_of(report, "REJECT")
    (ev,) = events_of(report, "ASSAULT")
    assert ("deliberate", "denied") in _intents(ev)


def test_an_intent_denial_that_tells_its_act_admits_it(analyze):
    (ev,) = events_of(analyze("The army denied intentionally striking civilians in Kadugli."), "ASSAULT")
    assert _texts(ev.source) == ["The army"] and ("deliberate", "denied") in _intents(ev)
    assert all(c.modality == "asserted" for c in ev.claims if c.field == "perpetrator")
