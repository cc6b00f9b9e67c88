"""Defects found by running the pipeline on short wire reports of kinds with few tests (a
kidnapping for ransom, a cease-fire and its breach, mass arrests at a march): sentences written
for these tests, with other states, towns and counts."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import events_of as _events

pytestmark = pytest.mark.model
PUB = dt.date(2021, 3, 10)




# -- a crowd counted marches ---------------------------------------------------------------------


@pytest.mark.parametrize("text, sub", [
    ("Tens of thousands marched through Tbilisi on Sunday to demand the resignation of the president.", "Peaceful protest"),
    # people detained at the march: ACLED codes the protest as met by an intervention
    ("Police detained more than 300 people on Sunday as thousands marched through Yerevan, a rights group said.", "Protest with intervention"),
])
def test_a_counted_crowd_that_marches_protests(analyze, text, sub):
    ev = _events(analyze(text), "PROTEST")
    assert len(ev) == 1 and ev[0].acled_sub_event_type == sub and ev[0].date == dt.date(2021, 3, 7)


# -- forces on the move, or people made to move, are no protesters ------------------------------------------


@pytest.mark.parametrize("text", [
    "Dozens of soldiers marched into the town on Sunday.",
    "Two gunmen marched the hostages into the bush on Sunday.",
])
def test_forces_or_people_made_to_march_stage_no_protest(analyze, text):
    assert not _events(analyze(text), "PROTEST")


@pytest.mark.parametrize("text", [
    "Protesters blocked the main road into the city on Monday.",
    "Thousands of students marched to parliament on Monday.",
])
def test_protesters_blocking_or_marching_still_protest(analyze, text):
    assert len(_events(analyze(text), "PROTEST")) == 1


# -- a cease-fire agreed and each side's charge against the other ---------------------------------


def test_each_side_accusing_the_other_accuses_both_ways(analyze):
    report = analyze("Ethiopia and Eritrea agreed on Saturday to a ceasefire, but each side accused the other of violating it.")
    agree, accuse = _events(report, "AGREE"), _events(report, "ACCUSE")
    assert len(agree) == 1 and agree[0].mode == "ceasefire" and agree[0].acled_sub_event_type == "Agreement"
    assert len(accuse) == 1
    assert {r.text for r in accuse[0].source} == {r.text for r in accuse[0].target} == {"Ethiopia", "Eritrea"}


def test_each_side_with_no_two_parties_told_accuses_no_one(analyze):
    assert not _events(analyze("Each side accused the other of violating the truce."), "ACCUSE")


# -- a landmine met on a road ----------------------------------------------------------------------


def test_a_vehicle_that_struck_a_landmine_was_hit_by_a_remote_explosive(analyze):
    ev = _events(analyze("Four policemen were killed on Monday when their truck struck a landmine near Gao, the army said."), "ASSAULT")
    assert len(ev) == 1 and ev[0].acled_sub_event_type == "Remote explosive/landmine/IED"
    assert not any(r.text for r in ev[0].source) and "a landmine" not in [r.text for r in ev[0].target]
    assert ev[0].dead is not None and ev[0].dead.min == 4


def test_an_armed_doer_blocking_a_road_takes_no_protest_sub_type(analyze):
    ev = _events(analyze("The kidnappers blocked the road near the village on Monday."), "PROTEST")
    assert len(ev) == 1 and ev[0].acled_sub_event_type is None
