"""The ACLED sub-types the event rules give by the weapon told and by who was struck
(labels.json definitions): a grenade is a Grenade and a chemical agent a Chemical weapon, whoever
the target; armed men striking civilians (students, worshippers, medics) is an Attack and an
Armed clash needs an armed side struck; an explosion that is a mishap is no event; coercion at a
protest is the protest's intervention, and a protest with violence told is a violent one.
The rules alone are read here (the sub-type classifier off), on sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import assaults, events_of, rules_only

pytestmark = pytest.mark.model
PUB = dt.date(2021, 3, 8)  # a Monday


@pytest.fixture(scope="module")
def rules():
    """The pipeline with the sub-type classifier off: what the rules give, and nothing else."""
    return rules_only(PUB)


def _sub(events) -> list[str | None]:
    return [e.acled_sub_event_type for e in events]


# -- 1. a grenade -----------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Unidentified men threw a grenade at a police patrol in the town on Monday, wounding two officers.",
    "A hand grenade exploded in a crowded market on Sunday, killing three people.",
    "Militants hurled a grenade into a bar on Saturday, injuring five customers.",
    "Gunmen lobbed grenades at the mayor's house overnight.",
    "Two soldiers were wounded in a grenade attack on a checkpoint on Monday.",
    "A grenade attack on a church killed two worshippers on Sunday.",
])
def test_an_attack_with_a_grenade_is_a_grenade(rules, text):
    (ev,) = assaults(rules(text))
    assert (ev.acled_event_type, ev.acled_sub_event_type) == ("Explosions/Remote violence", "Grenade")


def test_grenades_seized_or_defused_or_fired_from_a_launcher_are_no_grenade_attack(rules):
    assert _sub(events_of(rules("Police seized grenades and rifles from a house on Monday."), "COERCE")) == ["Disrupted weapons use"]
    assert not assaults(rules("A grenade was found and defused near the school on Monday."))
    assert _sub(assaults(rules("Rebels fired rocket-propelled grenades at an army base on Monday."))) == ["Armed clash"]
    assert _sub(assaults(rules("A bomb exploded in a market on Sunday, killing five people."))) == ["Remote explosive/landmine/IED"]


# -- 2. a chemical weapon ---------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Government forces used chlorine gas against the rebel-held town, killing 12 people, activists said.",
    "A sarin attack on the village killed dozens of civilians on Sunday.",
    "Dozens were killed in a chemical attack on the suburb on Sunday.",
    "Government helicopters dropped barrels of chlorine on the town on Tuesday, residents said.",
])
def test_an_attack_with_a_chemical_agent_is_a_chemical_weapon(rules, text):
    (ev,) = assaults(rules(text))
    assert (ev.acled_event_type, ev.acled_sub_event_type) == ("Explosions/Remote violence", "Chemical weapon")


def test_tear_gas_and_a_chemical_plant_are_no_chemical_weapon(rules):
    subs = [e.acled_sub_event_type for e in rules("Police fired tear gas at protesters in the capital on Monday.").events]
    assert "Chemical weapon" not in subs and "Protest with intervention" in subs
    assert _sub(assaults(rules("Gunmen attacked a chemical plant on Monday, killing two guards."))) == ["Armed clash"]


# -- 3. one-sided violence --------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Fighters opened fire on a school on Monday, killing two students.",  # a school and students: EDU
    "Gunmen killed a doctor at a clinic in the city on Monday.",  # HLH
    "Militants attacked a church during Sunday mass, killing five worshippers.",
])
def test_armed_men_striking_civilians_is_an_attack(rules, text):
    (ev,) = assaults(rules(text))
    assert (ev.acled_event_type, ev.acled_sub_event_type) == ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text", [
    "Gunmen attacked an army post on Monday, killing four soldiers.",
    "Gunmen killed two policemen at a checkpoint on Monday.",
    "Soldiers clashed with rebels near the border on Monday, killing ten fighters.",
])
def test_an_armed_side_struck_is_an_armed_clash(rules, text):
    (ev,) = assaults(rules(text))
    assert ev.acled_sub_event_type == "Armed clash"


def test_an_armed_doer_with_no_one_struck_told_leaves_the_sub_type_open(rules):
    # (the classifier decides: no second armed side is told)
    (ev,) = assaults(rules("Militants attacked the town on Monday."))
    assert ev.acled_sub_event_type is None


# -- 4. accidents -----------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "A gas cylinder exploded in a restaurant on Monday, killing four people.",
    "A boiler explosion at a textile factory killed 12 workers on Sunday.",
    "An explosion at a fireworks factory killed seven people on Sunday.",
    "A blast at a chemical plant injured 30 workers on Monday.",
    "A gas explosion ripped through an apartment block on Monday, killing five residents.",
    "A gas leak at a fertiliser plant killed three workers on Monday.",
])
def test_an_explosion_that_is_a_mishap_is_no_event(rules, text):
    assert not assaults(rules(text))


@pytest.mark.parametrize("text", [
    "A bomb exploded at a factory on Monday, killing three workers.",
    "An explosion at a police station killed two officers on Monday.",
])
def test_a_bomb_or_a_blast_with_no_mishap_told_stays_an_attack(rules, text):
    assert _sub(assaults(rules(text))) == ["Remote explosive/landmine/IED"]


# -- 5. protests ------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Police arrested 30 protesters during a demonstration in the capital on Monday.",
    "Security forces detained 15 protesters at a rally against the government on Monday.",
    "Police broke up a protest by students on Monday and detained dozens.",
    "Riot police used water cannon against demonstrators on Monday.",
])
def test_coercion_at_a_protest_is_a_protest_with_intervention(rules, text):
    (ev,) = events_of(rules(text), "COERCE")
    assert (ev.acled_event_type, ev.acled_sub_event_type) == ("Protests", "Protest with intervention")


def test_force_that_hurt_protesters_is_excessive(rules):
    # seriously injurious force is excessive (ACLED; tear gas that hurt people, no injury told serious, is an
    # intervention: test_probe4_event_defects.py)
    (ev,) = events_of(rules("Police fired tear gas at protesters on Monday, seriously injuring 12 people."), "COERCE")
    assert ev.acled_sub_event_type == "Excessive force against protesters"


@pytest.mark.parametrize("text", [
    "Police arrested the opposition leader at his home on Tuesday.",
    "Police arrested the activist who had organised last week's protest.",
])
def test_an_arrest_outside_a_protest_stays_an_arrest(rules, text):
    assert _sub(events_of(rules(text), "COERCE")) == ["Arrests"]


def test_a_protest_banned_is_no_intervention_in_one(rules):
    assert "Protest with intervention" not in _sub(rules("The government banned protests in the capital on Monday.").events)


def test_a_protest_met_by_an_intervention_in_its_sentence_is_one_with_intervention(rules):
    report = rules("Hundreds of students protested in the capital on Monday, and police fired tear gas and arrested 20 of them.")
    assert _sub(events_of(report, "PROTEST")) == ["Protest with intervention"]


@pytest.mark.parametrize("text", [
    "Some protesters threw stones at police on Friday.",
    "Thousands marched through the city on Friday and some protesters threw stones at police.",
])
def test_a_protest_with_stones_thrown_is_a_violent_demonstration(rules, text):
    (ev,) = events_of(rules(text), "PROTEST")
    assert (ev.acled_event_type, ev.acled_sub_event_type) == ("Riots", "Violent demonstration")


@pytest.mark.parametrize("text, sub", [
    ("Thousands protested in the capital on Monday amid tear gas and water cannon.", "Protest with intervention"),
    ("Hundreds of students marched on parliament on Tuesday, some of them hurling stones at the gates.", "Violent demonstration"),
])
def test_a_protest_told_with_force_or_violence_in_words_takes_that_sub_type(rules, text, sub):
    (ev,) = events_of(rules(text), "PROTEST")
    assert ev.acled_sub_event_type == sub


@pytest.mark.parametrize("text", [
    "Two civilians were killed on Monday when unknown assailants hurled a grenade at a shop.",
    "Three people were wounded on Monday when a grenade exploded near a bus stop.",
])
def test_a_grenade_told_in_the_when_clause_of_a_toll_is_a_grenade(rules, text):
    assert _sub(assaults(rules(text))) == ["Grenade"]


def test_a_peaceful_protest_stays_peaceful(rules):
    (ev,) = events_of(rules("Thousands of people protested peacefully in the capital on Saturday."), "PROTEST")
    assert ev.acled_sub_event_type == "Peaceful protest"


@pytest.mark.parametrize("text", [
    "The foreign ministry condemned the decision on Monday.",
    "The president met the prime minister in Paris on Tuesday.",
])
def test_no_chemical_agent_is_looked_for_where_the_type_allows_no_chemical_weapon(analyze, monkeypatch, text):
    """The classifier's Chemical weapon is ruled out unless the sentence names an agent; that scan is
    made only where the event's PLOVER type allows a chemical weapon at all (a statement or a meeting does not)."""
    from sitrep.extract import events

    asked: list[str] = []
    chemical = events._chemical

    def counted(tok, lex):
        asked.append(tok.text)
        return chemical(tok, lex)

    monkeypatch.setattr(events, "_chemical", counted)
    report = analyze(text)
    assert report.events and all(e.event in ("ACCUSE", "CONSULT") for e in report.events)
    assert asked == []
