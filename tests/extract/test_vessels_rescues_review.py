"""Second reading of the vessel, swap and rescue rules (own sentences): shots traded in words and games,
releases of a holder's own prisoners, vessels that hit, rescues of no people, tolls of other clauses
taken by a coercion, soldiers rescued, vessels blocked, states said of a proposal, captives of a
taking told just before."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import events_of as _of

PUB = dt.date(2025, 5, 14)

pytestmark = pytest.mark.model


def _codes(refs) -> set[str | None]:
    return {r.code for r in refs}


@pytest.mark.parametrize("text", [
    "The two ministers exchanged shots over the budget on Monday.",
    "The two leaders traded volleys of insults during the debate on Monday.",
    "The two sides traded shots in the opening minutes before the striker scored.",
])
def test_shots_traded_by_no_armed_body_are_no_clash(analyze, text):
    assert not _of(analyze(text), "ASSAULT")


def test_shots_traded_by_soldiers_stay_a_clash(analyze):
    (ev,) = _of(analyze("Indian and Pakistani soldiers traded shots across the border on Sunday."), "ASSAULT")
    assert ev.acled_sub_event_type == "Armed clash"


@pytest.mark.parametrize("text", [
    "Police released 12 protesters held overnight.",
    "The army released 30 detainees held without charge on Monday.",
    "The Israeli army released 30 Palestinians held in a military prison on Monday.",
    "Gunmen kidnapped a pastor in Kaduna on Monday, and police released five suspects on bail.",
])
def test_a_holder_releasing_those_it_held_is_no_rescue(analyze, text):
    report = analyze(text)
    assert not _of(report, "AID")
    assert _of(report, "RETREAT")


def test_people_held_by_a_gang_and_freed_by_forces_are_rescued(analyze):
    report = analyze("Soldiers freed 30 villagers held by kidnappers in a forest on Monday.")
    assert not _of(report, "RETREAT")
    assert _of(report, "AID")


@pytest.mark.parametrize("text", [
    "A Philippine boat was hit by a Chinese coast guard ship on Sunday.",
    "A Philippine boat was struck by a Chinese coast guard vessel on Sunday.",
    "A Chinese coast guard ship hit a Philippine supply boat on Sunday.",
])
def test_a_vessel_that_hits_is_no_attack(analyze, text):
    assert not _of(analyze(text), "ASSAULT")


def test_a_warship_striking_a_vessel_with_a_weapon_stays_an_attack(analyze):
    assert _of(analyze("A Russian warship hit a Ukrainian tugboat with a missile on Sunday."), "ASSAULT")


def test_a_vessel_hit_with_water_cannon_by_a_ship_is_coerced_by_its_crew(analyze):
    report = analyze("A Philippine supply boat was hit with water cannon by a Chinese coast guard ship on Sunday.")
    assert not _of(report, "ASSAULT")
    (ev,) = _of(report, "COERCE")
    assert ev.mode == "restrict"
    assert "CHN" in _codes(ev.source) and "PHL" in _codes(ev.target)


@pytest.mark.parametrize("text", [
    "The government rescued the national airline with a $2 billion bailout.",
    "The striker rescued a point for his side on Sunday.",
    "The central bank rescued three failing lenders on Monday.",
    "Three children were rescued from a burning building in Lagos on Monday.",  # no rescuer named
])
def test_a_rescue_of_no_people_or_by_no_one_is_no_aid(analyze, text):
    assert not _of(analyze(text), "AID")


@pytest.mark.parametrize("text", [
    "Kenyan police rescued 14 climbers from Mount Kenya on Monday.",
    "Nigerian soldiers rescued 40 people from floods in Kogi on Monday.",
])
def test_people_rescued_by_a_named_force_are_aid(analyze, text):
    (ev,) = _of(analyze(text), "AID")
    assert ev.source


@pytest.mark.parametrize("text", [
    "The government banned the newspaper, which had reported that 40 people were killed.",
    "Police dispersed the crowd in Lagos with tear gas, while a bomb blast injured 20 people in Kano.",
    "Authorities banned the march after clashes on Monday injured 30 people.",
    "A Chinese coast guard vessel fired water cannon at a Sri Lankan trawler, killing one fisherman.",
])
def test_a_coercion_takes_no_toll_of_another_clause_or_attack(analyze, text):
    for ev in _of(analyze(text), "COERCE"):
        assert ev.dead is None and ev.injured is None, (ev.dead, ev.injured)


@pytest.mark.parametrize("text, sector", [
    ("Troops rescued six soldiers abducted by al-Shabaab on Monday.", "MIL"),
    ("Police rescued three officers kidnapped by gunmen in Zamfara on Monday.", "POL"),
])
def test_soldiers_and_police_rescued_are_the_rescued(analyze, text, sector):
    (ev,) = _of(analyze(text), "AID")
    assert sector in {r.sector for r in ev.target}, ev.target
    assert not {r.sector for r in ev.target} & {"REB", "CRM"}


@pytest.mark.parametrize("text, doer, hit", [
    ("A Chinese coast guard ship blocked a Philippine supply boat on Sunday.", "CHN", "PHL"),
    ("The Turkish navy blocked a Greek fishing boat on Sunday.", "TUR", "GRC"),
])
def test_a_vessel_blocked_by_a_state_force_is_restricted_not_protested(analyze, text, doer, hit):
    report = analyze(text)
    assert not _of(report, "PROTEST")
    (ev,) = _of(report, "COERCE")
    assert doer in _codes(ev.source) and hit in _codes(ev.target), ev.target


def test_a_state_said_of_a_proposal_judges_it(analyze):
    assert _of(analyze("Zelensky said Russia's proposal was hopeless."), "ACCUSE")


def test_captives_of_a_taking_told_just_before_are_rescued(analyze):
    report = analyze("Bandits kidnapped 30 students in Kebbi. Soldiers later freed all of them.")
    assert not _of(report, "RETREAT")
    (ev,) = _of(report, "AID")
    assert {r.sector for r in ev.source} == {"MIL"}
    assert ev.target and not {r.sector for r in ev.target} & {"REB", "CRM"}


@pytest.mark.parametrize("text, taker", [
    ("Troops rescued six soldiers abducted by al-Shabaab on Monday.", "REB"),
    ("Police rescued three officers kidnapped by gunmen in Zamfara on Monday.", "REB"),
])
def test_people_told_as_taken_by_someone_were_taken_by_them(analyze, text, taker):
    (taking,) = [e for e in _of(analyze(text), "ASSAULT") if e.mode == "abduct"]
    assert {r.sector for r in taking.source} == {taker}, taking.source
    assert not {r.sector for r in taking.target} & {"REB", "CRM"}, taking.target


@pytest.mark.parametrize("text, hurt", [
    ("Twelve people were injured when riot police fired tear gas at marchers in the capital on Tuesday.", 12),
    ("Riot police fired tear gas at marchers in the capital on Tuesday, injuring 15 people and killing two.", 15),
])
def test_a_coercion_keeps_the_toll_its_own_clause_tells(analyze, text, hurt):
    (ev,) = _of(analyze(text), "COERCE")
    assert ev.injured is not None and ev.injured.min == hurt
