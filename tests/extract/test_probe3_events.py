"""Event defects the third unseen-article probe found (strikes, courts, disasters, ceasefires), on
sentences written for these tests: a counted crowd that protested is a protest however the parser hangs
the verb; property damaged with no doer is a disaster's harm, no one's destruction; a call on someone to release prisoners is a request, not a
release; a condemnation of "what it described as" an act accuses the act's doer, and a criticism
dismissed is rejected; a clash set off by protesters is their riot, no armed clash; fire exchanged told
in the passive or by its noun is a fight. The rules alone are read here (the sub-type classifier off)."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import events_of, rules_only

pytestmark = pytest.mark.model
PUB = dt.date(2024, 5, 10)  # a Friday


@pytest.fixture(scope="module")
def rules():
    return rules_only(PUB)


# -- 1. a counted crowd protested -------------------------------------------------------------


@pytest.mark.parametrize("text,who", [
    ("Thousands of teachers protested in Nairobi on Tuesday.", "teachers"),
    ("Thousands of nurses protested in Lima on Tuesday.", "nurses"),
    ("Thousands of teachers protested in Durban on Wednesday, demanding higher pay.", "teachers"),
])
def test_a_counted_crowd_that_protested_is_a_protest(rules, text, who):
    protests = events_of(rules(text), "PROTEST")
    assert protests and protests[0].mode == "demonstrate"
    assert [r.name for r in protests[0].source] == [who]


def test_people_displaced_in_a_headline_are_no_protest(rules):
    assert not events_of(rules("Thousands of people displaced by fighting in the north on Tuesday."), "PROTEST")


# -- 3. property damaged by no one ------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The earthquake killed 30 people, officials said, adding that dozens of schools had been damaged.",
    "Hundreds of homes were destroyed in the district on Monday.",
    "Dozens of shops were damaged in the capital on Saturday.",
])
def test_property_damaged_with_no_doer_is_no_destruction(rules, text):
    assert not [e for e in rules(text).events if e.mode == "destroy"]


def test_property_torched_with_no_doer_is_still_destruction(rules):
    coerce = events_of(rules("Several houses were torched in the village on Monday."), "COERCE")
    assert coerce and coerce[0].mode == "destroy"


# -- 4. a call on someone to act --------------------------------------------------------------


@pytest.mark.parametrize("text,whom", [
    ("The State Department called on the authorities in Minsk to release all political prisoners.", "authority"),
    ("The foreign ministry called on the rebels to free the hostages without delay.", "the rebels"),
])
def test_a_call_on_someone_to_release_is_a_request(rules, text, whom):
    report = rules(text)
    assert not events_of(report, "RETREAT")
    requests = events_of(report, "REQUEST")
    assert requests and whom in [r.name for r in requests[0].target]


# -- 5. what it described as a sham trial; a criticism dismissed -------------------------------


@pytest.mark.parametrize("text", [
    "A court in Tashkent sentenced four journalists to prison on Wednesday. The European Union condemned what it described as a sham trial.",
    "A court in Tashkent sentenced four journalists to prison on Wednesday. Germany denounced what it called a show trial.",
])
def test_condemned_what_it_described_as_a_trial_accuses_the_court(rules, text):
    accuse = events_of(rules(text), "ACCUSE")
    assert accuse and [r.name for r in accuse[0].target] == ["A court"]


def test_a_criticism_dismissed_is_rejected(rules):
    text = "Norway accused Hanoi of jailing dissidents. The Vietnamese foreign ministry dismissed the criticism as interference in its internal affairs."
    reject = events_of(rules(text), "REJECT")
    assert reject and reject[0].target and reject[0].target[0].code == "NOR"


def test_a_case_dismissed_is_no_rejection(rules):
    assert not events_of(rules("The court dismissed the case on Monday."), "REJECT")


# -- 6. clashes set off by protesters ---------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Clashes broke out in Lima on Tuesday when a group of protesters tried to break through a police fence.",
    "Clashes erupted in Dhaka on Sunday after demonstrators tried to push past police lines outside parliament.",
])
def test_clashes_set_off_by_protesters_are_a_violent_demonstration(rules, text):
    ev = rules(text).events
    assert ev and ev[0].acled_sub_event_type == "Violent demonstration"
    assert not any(r.name == "unidentified armed group" for r in ev[0].source)


def test_clashes_set_off_by_rebels_stay_a_clash(rules):
    ev = rules("Clashes broke out near the town on Monday when rebels attacked an army post.").events
    assert ev and ev[0].acled_sub_event_type == "Armed clash"


# -- 7. fire exchanged ------------------------------------------------------------------------


@pytest.mark.parametrize("text,sides", [
    ("There was an exchange of fire between the army and rebels near the border on Monday.", 2),
    ("Gunfire was exchanged between soldiers and smugglers near the border on Monday.", 2),
    ("Heavy gunfire was exchanged near the border on Monday.", 0),
])
def test_fire_exchanged_is_a_clash(rules, text, sides):
    fights = events_of(rules(text), "ASSAULT")
    assert fights and fights[0].acled_sub_event_type == "Armed clash" and len(fights[0].source) == sides


def test_an_exchange_of_views_is_no_fight(rules):
    assert not events_of(rules("There was an exchange of views between the ministers on Monday."), "ASSAULT")
