"""Defects found by running the pipeline on altered copies of a strike report and on short
wire reports written for these tests (other states, towns, tolls, outlets): a speaker quoted
through a broadcaster, an attack called deliberate by its victims, the backer of an armed
group accused rather than the group backed."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import Event
from tests._helpers import events_of as _events

pytestmark = pytest.mark.model
PUB = dt.date(2021, 5, 24)

STRIKE = "Ethiopian drones struck Eritrean troops near Badme on Friday, killing 12 soldiers. "
AMBUSH = "Rebels ambushed a Ugandan army convoy near Kasese on Friday. "


def _intent(ev: Event) -> list[tuple[str, str, str]]:
    return [(c.value, getattr(c.claimed_by, "text", c.claimed_by), c.modality) for c in ev.claims if c.field == "intent"]


# -- an attack called deliberate by those it hit -----------------------------------------------


def test_an_attack_called_a_blatant_attack_is_alleged_deliberate(analyze):
    ev = _events(analyze(STRIKE + "The Eritreans called the strike a “blatant attack on Eritrea and its army.”"), "ASSAULT")
    assert len(ev) == 1 and ("deliberate", "The Eritreans", "alleged") in _intent(ev[0])


@pytest.mark.parametrize("said", [
    "The Eritreans called the strike a “tragic accident.”",  # a name that calls it no deliberate act
    "Eritrea called the deployment a “blatant provocation.”",  # no attack named: the deployment
    "The Eritreans called the strike “not a deliberate attack.”",  # the word denied
])
def test_a_name_given_that_is_no_charge_of_intent_adds_none(analyze, said):
    ev = _events(analyze(STRIKE + said), "ASSAULT")
    assert len(ev) == 1 and not [c for c in _intent(ev[0]) if c[0] == "deliberate"]


# -- who backs an armed group is accused, not the group backed ---------------------------------


def test_the_backer_of_an_armed_group_is_the_accused(analyze):
    report = analyze(AMBUSH + "Uganda said the ambush was “firm proof of the Congolese support of the ADF rebels.”")
    accuse = _events(report, "ACCUSE")
    assert [r.code for e in accuse for r in e.target] == ["COD"]
    assert not _intent(_events(report, "ASSAULT")[0])  # the rebels' ambush is not what Uganda calls deliberate


def test_support_of_a_group_with_no_backer_named_accuses_no_one(analyze):
    report = analyze(AMBUSH + "Uganda said the ambush was “firm proof of the support of the ADF rebels.”")
    assert not _events(report, "ACCUSE")


def test_an_armed_group_condemned_in_a_quote_stays_accused(analyze):
    report = analyze(AMBUSH + "Uganda said the ambush was “a crime committed by the ADF rebels.”")
    assert [r.code for e in _events(report, "ACCUSE") for r in e.target] == ["ADF"]


# -- a participle after a relative clause tells the outcome of the main clause ---------------


def test_a_participle_after_a_relative_clause_is_no_act_of_its_noun(analyze):
    text = "The army said the airstrike hit a border post that is surrounded by militants, allowing the militants to advance."
    assert not _events(analyze(text), "CONCEDE")  # the post let no one advance


def test_a_participle_after_a_relative_clause_has_the_main_clause_doer(analyze):
    ev = _events(analyze("Troops shelled a village that is held by the rebels, forcing hundreds of families to flee."), "COERCE")
    assert [r.text for e in ev for r in e.source] == ["Troops"]


def test_a_relative_clause_own_participle_keeps_its_doer(analyze):
    ev = _events(analyze("Soldiers who were guarding the bridge opened fire on protesters, killing two students."), "ASSAULT")
    assert ev and any(r.text.startswith("Soldiers") for e in ev for r in e.source)


# -- regret of another's decision is a criticism, not an apology -------------------------------


def test_regret_of_anothers_decision_criticises_its_maker(analyze):
    report = analyze("Algeria expelled four French diplomats on Wednesday. France regretted the decision.")
    assert not _events(report, "CONCEDE")
    assert [(r.code for r in e.source).__next__() for e in _events(report, "ACCUSE")] == ["FRA"]
    assert [r.code for e in _events(report, "ACCUSE") for r in e.target] == ["DZA"]


@pytest.mark.parametrize("text", [
    "The army regretted the loss of life in the raid.",  # regret for harm done: a concession
    "Ghana regretted its decision to close the border.",  # its own decision
])
def test_regret_of_a_loss_or_of_ones_own_decision_stays_a_concession(analyze, text):
    report = analyze(text)
    assert _events(report, "CONCEDE") and not _events(report, "ACCUSE")


# -- ACLED sub-types that need their own words; rape is sexual violence ------------------------


def test_violence_that_names_no_weapon_or_rape_gets_no_such_sub_type(analyze):
    ev = _events(analyze("Five killed as violence mars Kenyan election day"), "ASSAULT")
    assert ev and ev[0].acled_sub_event_type not in ("Sexual violence", "Shelling/artillery/missile attack", "Air/drone strike")


def test_shelling_told_keeps_its_sub_type(analyze):
    ev = _events(analyze("Artillery shells killed five people in a village near Goma on Sunday."), "ASSAULT")
    assert ev and ev[0].acled_sub_event_type == "Shelling/artillery/missile attack"


def test_rape_by_soldiers_is_sexual_violence(analyze):
    ev = _events(analyze("Soldiers raped three women in a village near Goma on Sunday."), "ASSAULT")
    assert [(e.mode, e.acled_sub_event_type) for e in ev] == [("sexual", "Sexual violence")]
    assert [r.code for r in ev[0].source] == ["COD"]


def test_a_rape_charge_is_no_incident(analyze):
    assert not _events(analyze("A court in Goma jailed a man convicted of raping a girl."), "ASSAULT")


# -- what an attacker uses is no target --------------------------------------------------------


@pytest.mark.parametrize("text,target", [
    ("A suicide bomber detonated his explosives vest inside a mosque in Peshawar on Friday, killing 27 worshippers.", "27 worshippers"),
    ("Youths set fire to ballot boxes at a polling station in Kisumu on Tuesday.", "ballot boxes"),
])
def test_the_thing_used_is_no_target(analyze, text, target):
    ev = [e for e in analyze(text).events if e.event in ("ASSAULT", "COERCE")]
    assert [r.text for e in ev for r in e.target] == [target]


def test_what_a_weapon_is_fired_at_is_the_target(analyze):
    ev = _events(analyze("Militants fired rockets at an army base near Kandahar on Friday."), "ASSAULT")
    assert [r.text for e in ev for r in e.target] == ["an army base"]


# -- diplomats ordered to leave are expelled ---------------------------------------------------


def test_diplomats_ordered_to_leave_are_expelled(analyze):
    ev = _events(analyze("Algeria ordered four French diplomats to leave the country within 48 hours."), "SANCTION")
    assert [(e.mode, [r.code for r in e.source], [r.code for r in e.target]) for e in ev] == [("expel", ["DZA"], ["FRA"])]


def test_protesters_ordered_to_leave_are_not_expelled(analyze):
    assert not _events(analyze("Police ordered protesters to leave the square in Algiers on Wednesday."), "SANCTION")


# -- a border is where a clash is, not a party to it ------------------------------------------


def test_a_border_clashed_on_is_no_target(analyze):
    ev = _events(analyze("Indian and Chinese soldiers clashed on the disputed Himalayan border on Friday."), "ASSAULT")
    assert ev and not any("border" in (r.text or "") for e in ev for r in e.target)
    assert {r.code for e in ev for r in e.source} == {"IND", "CHN"}


def test_what_is_attacked_near_a_border_stays_the_target(analyze):
    ev = _events(analyze("Rebels attacked an army post on the border with Niger on Friday."), "ASSAULT")
    assert [r.text for e in ev for r in e.target] == ["an army post"]


# -- an abduction condemned accuses the abductors ----------------------------------------------


@pytest.mark.parametrize("noun", ["abduction", "kidnapping"])
def test_a_condemned_abduction_accuses_the_abductors(analyze, noun):
    report = analyze(f"Gunmen abducted 14 aid workers near Damasak on Tuesday. The United Nations condemned the {noun}.")
    assert [r.text for e in _events(report, "ACCUSE") for r in e.target] == ["Gunmen"]
    assert len(_events(report, "ASSAULT")) == 1  # the noun is the abduction told, no second one


def test_a_condemned_detention_accuses_the_detainers_not_the_detained(analyze):
    report = analyze("Police arrested three journalists in Harare on Monday. Amnesty condemned the detention of the journalists.")
    assert [r.text for e in _events(report, "ACCUSE") for r in e.target] == ["Police"]


def test_kidnappings_over_years_are_no_incident(analyze):
    assert not analyze("Kidnappings for ransom have surged in the region over the past five years.").events


# -- a suicide bomber is an armed group's man, never an aircraft --------------------------------


def test_a_suicide_bomber_is_no_military(analyze):
    report = analyze("A suicide bomber blew himself up inside a mosque in Peshawar on Friday, killing 27 worshippers. "
                     "The prime minister condemned the attack.")
    assert [r.sector for e in _events(report, "ASSAULT") for r in e.source] == ["REB"]
    assert [r.sector for e in _events(report, "ACCUSE") for r in e.target] == ["REB"]


def test_a_bomber_aircraft_stays_military(analyze):
    ev = _events(analyze("A Russian bomber struck rebel positions near Idlib on Friday."), "ASSAULT")
    assert [r.sector for e in ev for r in e.source] == ["MIL"]
