"""Event defects found on short sentences written for these tests: a mine met by a vehicle
that "ran over" it, an economic measure that "hits" someone, people "taken" when gunmen
stopped them, each toll told by its own teller, and a base an armed group sets up."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import events_of as _events

pytestmark = pytest.mark.model
PUB = dt.date(2022, 9, 14)

IED = "Remote explosive/landmine/IED"


@pytest.mark.parametrize("text", [
    "Three soldiers died when their vehicle ran over a landmine.",
    "A minibus drove over a mine outside the village on Sunday.",
    "Their convoy struck an improvised explosive device near the border.",
])
def test_a_mine_met_by_a_vehicle_is_a_remote_explosive(analyze, text):
    # ACLED Remote explosive/landmine/IED: the vehicle that met the mine (ran or drove over it,
    # struck it) is its victim; who laid it is not told
    evs = [e for e in _events(analyze(text), "ASSAULT") if e.acled_sub_event_type == IED]
    assert evs, text
    assert not any("mine" in (r.text or "") or "device" in (r.text or "") for e in evs for r in e.target)


def test_a_vehicle_that_ran_over_a_dog_is_no_attack(analyze):
    assert not _events(analyze("The delivery truck ran over a dog on the motorway."), "ASSAULT")


@pytest.mark.parametrize("text, doer", [
    ("US sanctions hit Iranian banks on Tuesday.", "USA"),
    ("New EU sanctions hit Russian oil exports.", None),
])
def test_a_measure_that_hits_someone_is_that_measure_not_an_attack(analyze, text, doer):
    # "hit" of an economic measure is its reach (CAMEO 16 SANCTION), no attack
    rep = analyze(text)
    assert not _events(rep, "ASSAULT")
    sanctions = _events(rep, "SANCTION")
    assert sanctions and sanctions[0].target
    assert doer is None or doer in {r.code for r in sanctions[0].source}


def test_an_attack_noun_that_hits_stays_an_attack(analyze):
    evs = _events(analyze("An airstrike hit a hospital in the north on Friday."), "ASSAULT")
    assert evs and evs[0].acled_sub_event_type == "Air/drone strike"


@pytest.mark.parametrize("text", [
    "The five were taken on Monday when gunmen stopped their vehicle.",
    "Three aid workers were seized by gunmen near the camp on Monday.",
])
def test_people_taken_by_armed_men_are_abducted(analyze, text):
    evs = [e for e in _events(analyze(text), "ASSAULT") if e.acled_sub_event_type == "Abduction/forced disappearance"]
    assert evs and any("gunmen" in (r.text or "") for r in evs[0].source)


@pytest.mark.parametrize("text", [
    "The wounded were taken to hospital after gunmen fled the scene.",
    "The town was taken by rebels on Monday.",
])
def test_people_taken_to_care_or_a_place_taken_is_no_abduction(analyze, text):
    assert not any(e.acled_sub_event_type == "Abduction/forced disappearance" for e in analyze(text).events)


@pytest.mark.parametrize("text, figure, teller, other", [
    ("Police said three people died in the clashes in the capital on Monday, while activists said seven had been killed.",
     7, "activists", "police"),
    ("The army said two soldiers were wounded in the ambush near the border, while the rebels said 14 had been killed.",
     14, "rebels", "army"),
])
def test_each_toll_goes_to_its_own_teller(analyze, text, figure, teller, other):
    # the first teller's words, as the quote stage reads them, may run on over the second's: each
    # figure is still the claim of the one who said it (the innermost saying)
    tellers = {(c.claimed_by.text or "").lower() for ev in analyze(text).events for c in ev.claims
               if c.field in ("dead", "injured") and not isinstance(c.claimed_by, str) and c.value.min == figure}
    assert any(teller in t for t in tellers) and not any(other in t for t in tellers), tellers


@pytest.mark.parametrize("text", [
    "Rebels have set up a base in the hills outside the town.",
    "The militants established a new headquarters in the district last week.",
])
def test_a_base_an_armed_group_sets_up_is_headquarters_established(analyze, text):
    # ACLED Headquarters or base established: an organised armed group sets up a base (a force posture, PLOVER MOBILIZE)
    evs = [e for e in analyze(text).events if e.acled_sub_event_type == "Headquarters or base established"]
    assert evs and evs[0].event == "MOBILIZE" and evs[0].source


@pytest.mark.parametrize("text", [
    "The company opened its headquarters in Nairobi last year.",
    "Aid agencies set up a camp for the displaced families.",
])
def test_a_base_set_up_by_no_armed_body_is_no_event(analyze, text):
    assert not any(e.acled_sub_event_type == "Headquarters or base established" for e in analyze(text).events)
