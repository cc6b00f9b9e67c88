"""Remote violence told as the rules read it (issue 4, round 2): an attack made "with" a bomb is a
Remote explosive/landmine/IED; a bomb's blast stands with its place or date though no one is named
or hurt, and a blast set off by a fire or a pipeline is a mishap; a weapon stopped (a missile intercepted, a bombing plot foiled)
is no attack by those who stopped it, nor is any other attack planned and stopped (an attempt told, by its "by" phrase's doers
if any; a plot told as never tried). The rules alone are
read here (the sub-type classifier off), on sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import events_of, rules_only

pytestmark = pytest.mark.model
PUB = dt.date(2021, 3, 8)  # a Monday
DISRUPTED = "Disrupted weapons use"


@pytest.fixture(scope="module")
def rules():
    """The pipeline with the sub-type classifier off: what the rules give, and nothing else."""
    return rules_only(PUB)


@pytest.mark.parametrize("text", [
    "Militants attacked a police post with an improvised explosive device, killing two officers.",
    "Insurgents targeted an army convoy with roadside bombs on Sunday.",
])
def test_an_attack_made_with_a_bomb_is_a_remote_explosive(rules, text):
    attacks = events_of(rules(text), "ASSAULT")
    assert [e.acled_sub_event_type for e in attacks][:1] == ["Remote explosive/landmine/IED"]


@pytest.mark.parametrize("text", [
    "A roadside bomb exploded near an army convoy in Kunar on Monday.",
    "A bomb exploded in a crowded market in the capital on Sunday.",
])
def test_a_bomb_blast_stands_with_its_place_or_date(rules, text):
    attacks = events_of(rules(text), "ASSAULT")
    assert [e.acled_sub_event_type for e in attacks] == ["Remote explosive/landmine/IED"]


def test_a_gas_blast_is_still_no_attack(rules):
    assert not events_of(rules("A gas cylinder exploded in a restaurant in the capital on Sunday."), "ASSAULT")


def test_a_missile_intercepted_is_no_attack_by_the_interceptor(rules):
    report = rules("Air defences intercepted a rocket fired at the city on Sunday.")
    assert [e.acled_sub_event_type for e in report.events] == [DISRUPTED]
    assert not events_of(report, "ASSAULT")


def test_a_bombing_plot_foiled_is_disrupted_weapons_use(rules):
    report = rules("Police foiled a plot to bomb parliament on Sunday.")
    assert not events_of(report, "ASSAULT")
    stopped = events_of(report, "COERCE")
    assert [e.acled_sub_event_type for e in stopped] == [DISRUPTED]
    assert [r.sector for r in stopped[0].source] == ["POL"]


@pytest.mark.parametrize("text", [
    "Police foiled a plot to kill the governor on Sunday.",
    "Police thwarted an attempt to attack the army base on Sunday.",
])
def test_an_attack_planned_and_stopped_is_no_act_of_who_stopped_it(rules, text):
    attacks = events_of(rules(text), "ASSAULT")
    assert attacks and not any(r.sector == "POL" for e in attacks for r in e.source)
    # a plot stopped was never tried; an attempt stopped is told, but no clash with no side named (review 1, items 6, 14)
    assert [e.hypothetical for e in attacks] == ["plot" in text]
    assert "Armed clash" not in [e.acled_sub_event_type for e in attacks]


@pytest.mark.parametrize("text", [
    "Police uncovered a plot to assassinate the president.",
    "Police foiled a plot to kill the governor on Sunday.",
    "Detectives uncovered a conspiracy to murder the judge.",
])
def test_a_plot_stopped_was_never_tried(rules, text):
    attacks = events_of(rules(text), "ASSAULT")
    assert attacks and all(e.hypothetical for e in attacks)


def test_a_plan_stopped_is_by_its_by_phrase(rules):
    attacks = events_of(rules("The army disrupted a plan by the rebels to attack the base."), "ASSAULT")
    assert attacks and all(e.hypothetical for e in attacks)
    assert [r.sector for r in attacks[0].source] == ["REB"]


def test_a_takeover_stopped_is_fought_not_made(rules):
    attacks = events_of(rules("The army foiled an attempt by rebels to seize the town of Kidal."), "ASSAULT")
    assert [e.acled_sub_event_type for e in attacks] == ["Armed clash"]
    assert [r.sector for r in attacks[0].source] == ["REB"] and [r.sector for r in attacks[0].target] == ["MIL"]


def test_an_attempt_stopped_is_told_as_made(rules):
    # PLOVER codes an attempted assault as one: "an attempt to assassinate ... was thwarted" stands
    attacks = events_of(rules("An attempt to assassinate the president was thwarted on Sunday."), "ASSAULT")
    assert attacks and not any(e.hypothetical for e in attacks)


def test_an_attack_plotted_is_to_come(rules):
    attacks = events_of(rules("Militants plotted to bomb the parliament."), "ASSAULT")
    assert attacks and all(e.hypothetical for e in attacks)


@pytest.mark.parametrize("text", [
    "Gunmen attempted to kill the governor on Monday.",  # tried, not stopped by anyone named
    "Police arrested a man who tried to bomb a church on Sunday.",
])
def test_an_attempt_not_stopped_keeps_its_act(rules, text):
    assert events_of(rules(text), "ASSAULT")


@pytest.mark.parametrize("text", [
    "An ammunition depot exploded after a fire broke out, killing four soldiers.",
    "An oil pipeline exploded in the delta on Sunday, killing 12 villagers.",
])
def test_a_blast_set_off_by_a_mishap_is_no_attack(rules, text):
    assert not events_of(rules(text), "ASSAULT")  # no attack of any kind, not only no bomb (review 1, item 14)


def test_a_bomb_exploded_after_a_fire_is_still_told_with_its_bomb(rules):
    subs = [e.acled_sub_event_type for e in rules("A bomb exploded in the market after the fire broke out, killing two.").events]
    assert "Remote explosive/landmine/IED" in subs
