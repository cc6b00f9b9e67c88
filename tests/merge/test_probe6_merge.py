"""Merge defects the sixth unseen-article probe found (tests/data/probe6), on texts written for
these tests: a toll "brought to" a number revises the earlier ones; a count of the bodies recovered
so far is no rival of the later toll, whoever gave it; an unnamed group quoted first is named by the
next organisation quoted, not by a witness; "the group" keeps the name its source was written with."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.merge import merge_reports, mentions_from_report
from tests._helpers import analysed

pytestmark = pytest.mark.model

PUB = dt.date(2024, 8, 20)  # a Tuesday


def _killed(pipeline, text):
    (incident,) = merge_reports([analysed(pipeline, text)])
    return incident


@pytest.mark.parametrize("text", [
    "A bus plunged into a river near Kasese on Monday, killing at least 12 people, officials said. "
    "Later that day officials said five of the injured had died in hospital, bringing the toll to 17.\n",
    "A ferry capsized on Lake Albert on Monday, police said. "
    "Two more bodies were found on Tuesday morning, taking the death toll to 31, police said.\n",
])
def test_a_toll_brought_to_a_number_is_an_update(pipeline, text):
    (mention,) = mentions_from_report(analysed(pipeline, text))
    top = max((f for f in mention.figures if f.field == "killed"), key=lambda f: f.min)
    assert top.update, mention.figures


@pytest.mark.parametrize("text, toll", [
    ("A bus plunged into a river near Kasese on Monday. The Uganda Red Cross said 17 bodies had been recovered by "
     "nightfall.\n\nOn Tuesday the police raised the death toll to 40.\n", 40),
    ("A landslide buried a village in Bududa district on Monday. The Uganda Red Cross said its volunteers had pulled "
     "23 bodies from the mud.\n\nOn Tuesday the Office of the Prime Minister said 12 more people had been found dead, "
     "bringing the toll to 35.\n", 35),
])
def test_the_bodies_recovered_so_far_are_no_rival_toll(pipeline, text, toll):
    incident = _killed(pipeline, text)
    assert (incident.killed.low, incident.killed.high) == (toll, toll), incident.killed
    assert not [c for c in incident.contested if c.field == "killed"], incident.contested


def test_an_unnamed_group_is_not_named_by_a_witness_quoted_after_it(pipeline):
    text = ("At least 17 people were killed in a crush at a food distribution in Kassala on Monday, a local medical "
            "group said.\n\n\"People were falling on each other,\" said Amna Osman, 38, a mother of four.\n")
    (mention,) = mentions_from_report(analysed(pipeline, text))
    claimers = {c for f in mention.figures if f.field == "killed" for c in f.claimed_by}
    assert claimers and not [c for c in claimers if "Amna" in c], mention.figures


def test_the_group_keeps_the_name_its_source_was_written_with(pipeline):
    text = ("A crush at a food distribution in Kassala killed 11 people on Monday, a local medical group said.\n\n"
            "The Sudan Doctors Network said 17 bodies had been recovered by the evening, including six children.\n\n"
            "On Tuesday the group said two of the injured had died overnight, bringing the toll to 19.\n")
    incident = _killed(pipeline, text)
    named = [f for f in incident.killed.figures if f.min in (17, 19)]
    assert {c for f in named for c in f.claimed_by} == {"Sudan Doctors Network"}, incident.killed
    assert (incident.killed.low, incident.killed.high) == (19, 19), incident.killed


@pytest.mark.parametrize("text, told", [
    ("KABUL, Aug 20 (Test Wire) - A U.S. drone strike killed 12 people in a village in Kunar province on Monday, "
     "officials said. The Taliban condemned it.\n", "killed 12 people"),
    ("GOMA, Aug 20 (Test Wire) - Rebels attacked a U.N. base near Sake on Monday, killing two peacekeepers, the "
     "mission said. It was the third attack this month.\n", "killing two peacekeepers"),
])
def test_the_lead_is_not_cut_at_initials(pipeline, text, told):
    (mention,) = mentions_from_report(analysed(pipeline, text))
    assert told in mention.signature and "condemned" not in mention.signature and "third" not in mention.signature, mention.signature


def _report(pipeline, title, text, n):
    from sitrep.model import Article

    return pipeline.analyze(Article(id=f"r{n}", text=text, title=title, outlet=f"Outlet {n}", published=PUB))


ZAMFARA = ("Gunmen kill 12 villagers in northwest Nigeria",
           "Gunmen killed 12 villagers in an attack on a village in Zamfara state in northwest Nigeria on Monday, police said.")


@pytest.mark.parametrize("title, text", [
    ("Flood toll rises to 12", "The death toll from Monday's flash floods has risen to 12, officials said on Tuesday."),
    ("Building collapse toll climbs to 12", "The death toll from Monday's building collapse has risen to 12, rescuers said on Tuesday."),
])
def test_a_toll_with_no_place_joins_no_unrelated_incident_of_that_day(pipeline, title, text):
    toll = _report(pipeline, title, text, 2)
    assert len(mentions_from_report(toll)) == 1
    incidents = merge_reports([_report(pipeline, *ZAMFARA, 1), toll])
    assert len(incidents) == 2, [[a.id for a in i.articles] for i in incidents]


def test_a_follow_up_with_no_place_still_joins_the_attack_it_tells(pipeline):
    later = ("Toll in attack on village rises to 15",
             "The death toll from Monday's attack by gunmen on a village has risen to 15, police said.")
    (incident,) = merge_reports([_report(pipeline, *ZAMFARA, 1), _report(pipeline, *later, 2)])
    assert len(incident.articles) == 2


@pytest.mark.parametrize("text, toll", [
    ("Inmates killed two guards during a riot at a prison near Kano on Monday, a prison official said.\n\n"
     "A third guard died of his wounds in hospital on Tuesday, the official said.\n", 3),
])
def test_an_ordinal_death_brings_the_toll_to_that_number(pipeline, text, toll):
    incident = _killed(pipeline, text)
    assert (incident.killed.low, incident.killed.high) == (toll, toll), incident.killed


@pytest.mark.parametrize("text", [
    "A second attack killed four people on Monday, police said.",
    "A car bomb killed 11 people in Mogadishu on Monday. A third of the wounded were children, medics said.",
])
def test_no_ordinal_toll_from_a_second_attack_or_a_fraction(text):
    from sitrep.merge.cues import find_figures

    assert not [f for f in find_figures(text) if f.update], find_figures(text)


@pytest.mark.parametrize("text", [
    "A drone struck a factory near Belgorod on Saturday, injuring four workers, officials said. "
    "Two of the injured were taken to hospital with burns, the regional health ministry said.",
    "Gunmen attacked a police post in Zinder on Monday, wounding three officers, police said. "
    "One of the officers later died of his wounds in hospital, a police spokesman said.",
])
def test_the_hospital_the_hurt_were_taken_to_is_no_target(text):
    from sitrep.merge.cues import target_frame

    assert target_frame(text) is None


def test_a_hospital_struck_is_still_a_civilian_target():
    from sitrep.merge.cues import target_frame

    assert target_frame("A drone hit a hospital in the city on Sunday, killing 12 people.") == ("civilians", "hospital")
