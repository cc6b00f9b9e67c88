"""Event defects found by the probes (own sentences): water cannon and ramming at vessels, fire
exchanged between two sides, swaps told as each side's release, rescues of captives, the place
forces are sent to, and states of people read as a condemnation."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import events_of as _of

PUB = dt.date(2025, 5, 14)

pytestmark = pytest.mark.model


def _codes(refs) -> set[str | None]:
    return {r.code for r in refs}


@pytest.mark.parametrize("text, doer, hit", [
    ("A Vietnamese coast guard cutter fired water cannon at two Malaysian fishing trawlers on Tuesday.", "VNM", "MYS"),
    ("A Japanese coast guard vessel rammed a Taiwanese trawler on Tuesday.", "JPN", "TWN"),
    ("A Vietnamese fishing boat was rammed by a Chinese coast guard cutter on Tuesday.", "CHN", "VNM"),
    ("Water cannon was fired at a Malaysian trawler by a Vietnamese coast guard vessel on Tuesday.", "VNM", "MYS"),
])
def test_force_on_a_vessel_is_coercion_by_its_crew_on_the_other_vessel(analyze, text, doer, hit):
    report = analyze(text)
    assert not _of(report, "ASSAULT")  # no armed attack, no battle
    (ev,) = _of(report, "COERCE")
    assert doer in _codes(ev.source), ev.source
    assert hit in _codes(ev.target) and doer not in _codes(ev.target), ev.target
    assert ev.acled_sub_event_type not in ("Disrupted weapons use", "Armed clash")


def test_water_cannon_and_ramming_told_together_hit_both_vessels(analyze):
    (ev,) = _of(analyze("An Indonesian navy patrol boat fired water cannon at a Malaysian trawler and rammed a second boat on "
                        "Friday."), "COERCE")
    assert _codes(ev.source) == {"IDN"}
    assert "MYS" in _codes(ev.target)


def test_a_vessel_rammed_by_no_one_named_is_no_event(analyze):
    assert not analyze("A cargo ship rammed a fishing boat in the harbour on Tuesday.").events


@pytest.mark.parametrize("text, sides", [
    ("Indian and Chinese troops exchanged fire along the disputed frontier on Sunday.", {"IND", "CHN"}),
    ("Armenia and Azerbaijan traded fire across the border overnight.", {"ARM", "AZE"}),
])
def test_fire_exchanged_is_a_clash_by_both_sides(analyze, text, sides):
    (ev,) = _of(analyze(text), "ASSAULT")
    assert ev.acled_sub_event_type == "Armed clash"
    assert _codes(ev.source) == sides


def test_fire_traded_with_someone_is_a_clash_with_them(analyze):
    (ev,) = _of(analyze("Police traded fire with gunmen in a market on Friday."), "ASSAULT")
    assert {r.sector for r in ev.source} == {"POL"} and {r.sector for r in ev.target} == {"REB"}


def test_fire_exchanged_by_an_unnamed_pair_has_that_pair_as_doer(analyze):
    (ev,) = _of(analyze("The two sides exchanged gunfire near the bridge on Sunday."), "ASSAULT")
    assert ev.source


def test_views_exchanged_are_no_fight(analyze):
    assert not _of(analyze("The two ministers exchanged views on trade on Sunday."), "ASSAULT")


def test_each_sides_release_in_a_swap_frees_people_of_both(analyze):
    report = analyze("Ethiopia and Eritrea each freed 60 prisoners in an exchange mediated by Saudi Arabia on Monday.")
    (ev,) = _of(report, "RETREAT")
    assert _codes(ev.source) == {"ETH", "ERI"}
    assert not _codes(ev.target) & {"ETH", "ERI", "SAU"}, ev.target  # neither side's alone, and the broker is none


def test_a_swap_by_an_unnamed_pair_has_a_doer(analyze):
    (ev,) = _of(analyze("The two sides swapped 40 detainees at a checkpoint on Friday."), "RETREAT")
    assert ev.source


def test_a_rescue_is_the_rescuers_act_not_the_kidnapping(analyze):
    report = analyze("Bandits kidnapped 15 farmers near Gusau on Tuesday. Police rescued nine of them on Saturday.")
    (taking,) = [e for e in _of(report, "ASSAULT") if e.mode == "abduct"]
    assert {r.sector for r in taking.source} == {"REB"}
    (rescue,) = _of(report, "AID")
    assert {r.sector for r in rescue.source} == {"POL"}
    assert rescue.date != taking.date


@pytest.mark.parametrize("text", [
    "Soldiers freed 40 hostages in a forest on Monday.",
    "Police freed three kidnapped girls from their abductors on Monday.",
    "The kidnapped pupils were freed by soldiers on Sunday.",
])
def test_captives_freed_by_forces_are_rescued(analyze, text):
    report = analyze(text)
    assert not _of(report, "RETREAT")
    (ev,) = _of(report, "AID")
    assert ev.mode == "humanitarian" and ev.target


@pytest.mark.parametrize("text", [
    "Police released 12 detained protesters on Monday.",
    "The rebels freed 40 hostages on Monday.",
    "Police released two suspects arrested for abducting a trader on Monday.",  # a taking told of those freed
])
def test_a_holder_releasing_its_own_captives_stays_a_release(analyze, text):
    assert _of(analyze(text), "RETREAT")


@pytest.mark.parametrize("text, town", [
    ("Congo's army deployed troops to Goma on Monday.", "Goma"),
    ("Mali's army sent reinforcements to Kidal on Monday.", "Kidal"),
    ("The army deployed troops to the border town of Sumy on Friday.", "Sumy"),
])
def test_the_town_forces_are_sent_to_is_where_not_whom(analyze, text, town):
    (ev,) = _of(analyze(text), "MOBILIZE")
    assert not any(town in (r.text or "") for r in ev.target), ev.target
    assert ev.location is not None and ev.location.name == town


@pytest.mark.parametrize("text, state", [
    ("Russia deployed troops to Belarus on Monday.", "BLR"),
    ("Turkey sent troops to Afrin in northern Syria on Monday.", "SYR"),  # a town of another state's: aimed at it
])
def test_a_state_forces_are_sent_into_stays_the_target(analyze, text, state):
    (ev,) = _of(analyze(text), "MOBILIZE")
    assert state in _codes(ev.target)


@pytest.mark.parametrize("text", [
    "Ukraine rotated exhausted soldiers out of the trenches, the commander said.",
    "Mali evacuated terrified villagers on Sunday, the governor said.",
])
def test_a_state_people_are_in_accuses_no_one(analyze, text):
    assert not _of(analyze(text), "ACCUSE")


def test_forces_fighting_the_kidnappers_make_an_act_of_their_own(analyze):
    report = analyze("Bandits kidnapped 40 travellers on a highway near Gusau on Saturday, police said on Sunday. The army said "
                     "that soldiers had killed six of the kidnappers in a gunfight near the border with Niger.")
    (taking,) = [e for e in _of(report, "ASSAULT") if e.mode == "abduct"]
    assert {r.sector for r in taking.source} == {"REB"}, taking.source
    assert any({r.sector for r in e.source} == {"MIL"} for e in _of(report, "ASSAULT") if e is not taking)


def test_those_freed_where_a_taking_is_told_are_rescued_by_forces(analyze):
    report = analyze("Gunmen kidnapped 40 pupils in Kebbi on Monday, and troops freed 12 of them on Friday.")
    (ev,) = _of(report, "AID")
    assert {r.sector for r in ev.source} == {"MIL"}
    assert not _of(report, "RETREAT")


def test_people_rescued_near_a_place_are_not_that_place(analyze):
    report = analyze("Gunmen kidnapped 40 pupils in Kebbi on Monday. Troops rescued 12 of the pupils in a forest near the "
                     "border with Zamfara state on Friday.")
    (ev,) = _of(report, "AID")
    assert not any("Zamfara" in (r.text or "") for r in ev.target), ev.target


@pytest.mark.parametrize("text", [
    "The government banned the opposition newspaper on Monday.",
    "The police banned the book on Monday.",
])
def test_a_restriction_on_no_armed_party_is_a_development_of_no_other_kind(analyze, text):
    (ev,) = _of(analyze(text), "COERCE")
    assert ev.acled_sub_event_type == "Other"  # not weapons seized, not an agreement (events.yaml restriction_sub_type)


@pytest.mark.parametrize("text, hurt", [
    ("A Vietnamese coast guard vessel fired water cannon at a Malaysian trawler on Tuesday, injuring four fishermen.", 4),
    ("Riot police fired tear gas at marchers in the capital on Tuesday, injuring 15 people.", 15),
])
def test_force_short_of_an_attack_keeps_the_hurt_it_did(analyze, text, hurt):
    (ev,) = _of(analyze(text), "COERCE")
    assert ev.injured is not None and ev.injured.min == hurt
