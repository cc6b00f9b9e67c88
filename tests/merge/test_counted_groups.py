"""Wire-style reports of one incident merged: who each count counts (the hurt of two groups, escapers of
kidnappers, arrests of a named group), a body named in full and then short, a running total beside the
incident's toll, and a place told against filing cities. Texts written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.merge import merge_reports
from sitrep.model import Article

pytestmark = pytest.mark.model

PUB = dt.date(2024, 8, 20)  # a Tuesday


def _merged(pipeline, *texts):
    return merge_reports([pipeline.analyze(Article(id=f"r{i}", text=t, published=PUB)) for i, t in enumerate(texts)])


def test_injured_police_and_injured_protesters_are_no_rival_counts(pipeline):
    (incident,) = _merged(
        pipeline,
        "NAIROBI, Aug 20 (Test Wire) - Police fired tear gas and rubber bullets at protesters in Nakuru on Monday, "
        "wounding 42 protesters, the organisers said.\n",
        "Police fired tear gas at protesters in Nakuru on Monday. A police spokesman said 15 officers were injured by "
        "stones thrown at them.\n")
    assert sorted((f.min, f.of) for f in incident.injured.figures) == [(15, "officers"), (42, "protesters")]
    assert not [c for c in incident.contested if c.field == "injured"], incident.contested


def test_a_body_named_in_full_then_short_revises_its_own_toll(pipeline):
    (incident,) = _merged(
        pipeline,
        "DUSHANBE, Aug 20 (Test Wire) - Gunmen attacked a border post in Khorog on Monday, killing five people, "
        "Tajikistan's State Committee for National Security said.\n",
        "Gunmen attacked a border post in Khorog on Monday. Tajikistan's State Committee for National Security said five "
        "people were killed. On Tuesday the State Committee said eight people had been killed in the attack.\n")
    by_value = {f.min: f for f in incident.killed.figures}
    assert by_value[5].superseded and not by_value[8].superseded, incident.killed.figures
    assert (incident.killed.low, incident.killed.high) == (8, 8)
    assert not [c for c in incident.contested if c.field == "killed"], incident.contested


def test_students_who_escaped_their_kidnappers_are_counted_where_the_text_places_them(pipeline):
    (incident,) = _merged(
        pipeline,
        "ABUJA, Aug 20 (Test Wire) - Gunmen kidnapped 20 students from a school on Monday, police said. Three students "
        "escaped from captivity on Tuesday, a police spokesman said.\n",
        "ABUJA, Aug 20 (Test Wire) - Gunmen kidnapped 20 students from a school on Monday, police said.\n",
        "Gunmen abducted 20 students from a school in Kuriga, Kaduna state, on Monday. Three of the students escaped from "
        "their kidnappers, the school's head teacher said.\n")
    assert (incident.escaped.low, incident.escaped.high) == (3, 3), incident.escaped
    assert incident.location.name == "Kaduna" and incident.location.basis == "text"


def test_a_running_total_since_january_is_not_the_incident_s_toll(pipeline):
    (incident,) = _merged(
        pipeline,
        "MOGADISHU, Aug 20 (Test Wire) - A car bomb exploded at a market in Mogadishu on Monday, killing 12 people, "
        "police said. More than 300 people have been killed in attacks in the city since January.\n")
    assert [f.min for f in incident.killed.figures] == [12]
    assert not incident.contested


def test_arrests_of_a_named_group_and_of_gunmen_are_counts_of_their_own(pipeline):
    (incident,) = _merged(
        pipeline,
        "MAIDUGURI, Aug 20 (Test Wire) - Soldiers arrested 12 Boko Haram suspects in Maiduguri on Monday, the army said. "
        "Police arrested three gunmen after an attack on a market in the city on Monday, a police spokesman said.\n")
    assert sorted((f.min, f.of) for f in incident.arrested.figures) == [(3, "gunmen"), (12, "Boko Haram suspects")]
    assert (incident.arrested.low, incident.arrested.high) == (3, 12)


def test_one_group_named_two_ways_and_a_possessive_owner_stay_rivals(pipeline):
    """"Nine children" (the Taliban) against "one child" (the Taliban): one group, contested; "Russia's Defence
    Ministry" and "the Defence Ministry" told from Kyiv: two voices, neither outdates the other."""
    (incident,) = _merged(
        pipeline,
        "KABUL, Aug 20 (Test Wire) - A roadside bomb hit a minibus in Kunduz on Monday. Nine children were injured, "
        "a Taliban spokesman said.\n",
        "A roadside bomb hit a minibus in Kunduz on Monday. One child was wounded, the Taliban said.\n")
    (c,) = [c for c in incident.contested if c.field == "injured"]
    assert [p.value for p in c.positions] == ["1", "9"], c.positions
    (incident,) = _merged(
        pipeline,
        "KYIV, Aug 20 (Test Wire) - A Russian missile struck a market in Kramatorsk on Monday. Russia's Defence Ministry "
        "said its forces killed 50 Ukrainian soldiers in the strike. In Kyiv, the Defence Ministry said three soldiers "
        "were killed.\n")
    assert not any(f.superseded for f in incident.killed.figures), incident.killed.figures
    assert (incident.killed.low, incident.killed.high) == (3, 50)


def test_the_deadliest_attack_since_a_month_is_the_incident_s_toll(pipeline):
    """A "since" that dates the record the attack sets is no running total: its toll rivals another report's."""
    (incident,) = _merged(
        pipeline,
        "BAGHDAD, Aug 20 (Test Wire) - A suicide bomber struck a market in Kirkuk on Monday. At least 30 people have "
        "been killed in the deadliest attack since March, officials said.\n",
        "A suicide bomber struck a market in Kirkuk on Monday, killing 22 people, officials said.\n")
    assert (incident.killed.low, incident.killed.high) == (22, 30), incident.killed


def test_captives_named_by_what_was_done_to_them_are_counted_when_they_escape(pipeline):
    (incident,) = _merged(
        pipeline,
        "ABUJA, Aug 20 (Test Wire) - Gunmen abducted 25 schoolgirls from a school in Kuriga, Kaduna state, on Monday, "
        "police said. Two of the abducted girls escaped on Tuesday, a police spokesman said.\n")
    assert incident.escaped is not None and (incident.escaped.low, incident.escaped.high) == (2, 2), incident.escaped
    assert [f.of for f in incident.escaped.figures] == ["abducted girls"]


def test_one_voice_s_dead_of_two_groups_add_up_to_the_total_another_outlet_gives(pipeline):
    (incident,) = _merged(
        pipeline,
        "KABUL, Aug 20 (Test Wire) - Taliban fighters attacked an army checkpoint in Ghazni province on Monday. Twelve "
        "soldiers were killed, the defence ministry said. Five civilians were also killed in the attack, the ministry "
        "said.\n",
        "Taliban fighters attacked an army checkpoint in Ghazni province on Monday, killing 17 people, a provincial "
        "official said.\n")
    killed = incident.killed
    (total,) = [f for f in killed.figures if f.min == 17]
    assert total.sum_of == ["12 soldiers", "5 civilians"] and len(total.claimed_by) == 2, total
    assert {(f.min, f.of) for f in killed.figures if f.part} == {(12, "soldiers"), (5, "civilians")}
    assert not any(f.superseded for f in killed.figures)  # the ministry's civilians do not revise its soldiers
    assert (killed.low, killed.high, killed.best) == (17, 17, 17)
    assert not [c for c in incident.contested if c.field == "killed"], incident.contested


def test_a_late_death_added_to_a_toll_is_claimed_by_the_toll_s_source_too(pipeline):
    (incident,) = _merged(
        pipeline,
        "NAIROBI, Aug 20 (Test Wire) - Gunmen ambushed a police patrol near Garissa on Monday, killing two officers "
        "and wounding three, police said. One of the wounded later died in hospital, a doctor said.\n",
        "Gunmen ambushed a police patrol near Garissa on Monday, killing two officers, a police spokesman said.\n")
    killed = incident.killed
    (total,) = [f for f in killed.figures if f.min == 3]
    assert len(total.claimed_by) == 2 and "doctor" in total.claimed_by, total  # the police's two and the doctor's one
    assert (killed.low, killed.high) == (3, 3)
    assert not [f for f in killed.figures if f.min == 1]  # the late death is no toll of one
    assert not [c for c in incident.contested if c.field == "killed"], incident.contested


def test_a_floor_below_another_voice_s_toll_is_no_contest(pipeline):
    reports = [pipeline.analyze(Article(id=f"r{i}", text=t, published=PUB)) for i, t in enumerate((
        "BAMAKO, Aug 20 (Test Wire) - Militants attacked an army post near Mopti on Monday, killing at least four "
        "soldiers.\n",
        "Militants attacked an army post near Mopti on Monday. The army said five soldiers were killed in the attack.\n"))]
    (incident,) = merge_reports(reports)
    assert (incident.killed.low, incident.killed.high) == (4, 5)
    assert not [c for c in incident.contested if c.field == "killed"], incident.contested
    # one report telling both: the reporter's floor and the army's count are both claims
    (attack,) = [e for e in pipeline.analyze(Article(id="one", published=PUB, text=(
        "Five soldiers have now died after militants attacked an army post near Mopti on Monday, the army said. The "
        "militants opened fire on the post, killing at least four soldiers.\n"))).events if e.event == "ASSAULT"]
    assert {(c.value.min, c.value.qualifier) for c in attack.claims if c.field == "dead"} == {(5, "exact"), (4, "at_least")}
    # (two voices: the reporter's floor and the army's count told apart are a dispute at the report, 897b5e9's rule)
    assert "dead" in [c.field for c in attack.contested]
