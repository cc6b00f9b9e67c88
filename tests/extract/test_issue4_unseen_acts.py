"""Events the rules missed entirely (issue 4), told in our own sentences: a raid told only by the people it took is an abduction
(ACLED Abduction/forced disappearance); a grenade that injures or wounds is a Grenade attack, and
injuring people is an assault as wounding them is (CAMEO 19)."""
from __future__ import annotations

import datetime as dt

import pytest

PUB = dt.date(2022, 6, 14)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Gunmen raided a house and abducted two women on Monday.",
    "Bandits stormed the school and kidnapped 20 pupils on Sunday.",
    "Armed men raided the farm and abducted three workers overnight.",
])
def test_a_raid_told_by_whom_it_took_is_an_abduction(analyze, text):
    (ev,) = analyze(text).events
    assert ev.event == "ASSAULT" and ev.mode == "abduct"
    assert ev.acled_sub_event_type == "Abduction/forced disappearance"


@pytest.mark.model
def test_an_attack_that_killed_stays_an_attack(analyze):
    (ev,) = analyze("Gunmen attacked the village, killed three people and abducted 20 others.").events
    assert ev.acled_sub_event_type == "Attack"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "A hand grenade hurled at a police patrol injured two officers on Monday.",
    "A grenade thrown into the market wounded five people on Sunday.",
    "Grenades injured three police officers at the checkpoint on Sunday.",
])
def test_a_grenade_that_hurts_people_is_a_grenade_attack(analyze, text):
    (ev,) = analyze(text).events
    assert ev.event == "ASSAULT"
    assert ev.acled_sub_event_type == "Grenade"
    assert ev.target


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Gunmen injured three villagers on Sunday.",
    "Soldiers injured two farmers at a checkpoint on Sunday.",
])
def test_injuring_people_is_an_assault(analyze, text):
    (ev,) = analyze(text).events
    assert ev.event == "ASSAULT" and ev.source and ev.target


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "A bus crash injured 12 passengers on Sunday.",
    "The earthquake injured 30 people on Sunday.",
])
def test_an_accident_that_injures_is_no_event(analyze, text):
    assert not analyze(text).events


@pytest.mark.model
@pytest.mark.parametrize("text, doer", [
    ("Soldiers killed a woman after raping her on Monday.", "Soldiers"),
    ("Gunmen abducted two women after raiding their house on Monday.", "Gunmen"),
    ("Militiamen shot a farmer before burning his house on Sunday.", "Militiamen"),
])
def test_an_act_told_after_or_before_the_clause_has_its_doer(analyze, text, doer):
    evs = analyze(text).events
    assert evs and all([r.name for r in ev.source] == [doer] for ev in evs)


@pytest.mark.model
def test_the_object_of_accused_of_is_still_the_doer(analyze):
    (acc,) = [e for e in analyze("Police accused the men of raping a girl on Sunday.").events if e.event == "ACCUSE"]
    assert [r.name for r in acc.target] == ["man"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The army used chlorine gas in an attack on the town on Monday.",
    "Government forces used sarin on the district on Monday.",
    "Troops used chlorine in an assault on the village on Sunday.",
])
def test_a_chemical_agent_used_on_a_place_is_a_chemical_attack(analyze, text):
    (ev,) = analyze(text).events
    assert ev.event == "ASSAULT" and ev.acled_sub_event_type == "Chemical weapon"
    assert [r.sector for r in ev.source] == ["MIL"]


@pytest.mark.model
def test_chlorine_used_on_floors_is_no_attack(analyze):
    assert not analyze("Cleaners used chlorine on the floors on Monday.").events


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Protests turned violent on Monday.",
    "Demonstrations against the fuel price rise turned violent in several cities on Sunday.",
    "Rallies became violent in the capital on Sunday.",
])
def test_protests_that_turned_violent_are_a_violent_demonstration(analyze, text):
    (ev,) = analyze(text).events
    assert ev.event == "PROTEST" and ev.mode == "riot"
    assert ev.acled_sub_event_type == "Violent demonstration"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Protests did not turn violent on Monday.",
    "Protests could turn violent, police warned on Monday.",
    "The debate turned violent on Monday.",
])
def test_no_riot_told_without_a_turn_that_happened(analyze, text):
    assert not [e for e in analyze(text).events if e.event == "PROTEST" and e.mode == "riot"]
