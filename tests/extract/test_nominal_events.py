"""Events told by a noun with no verb trigger: the existential frame ("there was an attack on a
base in X on Sunday") and a fight as the doer of a displacement ("the fighting forced thousands
to flee"). Sentences written for these tests, about no one incident."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import events_of as _events

pytestmark = pytest.mark.model
PUB = dt.date(2021, 3, 8)  # a Monday


@pytest.mark.parametrize("text, country, date, sub", [
    ("There was an attack on an army base in northern Mali on Sunday.", "MLI", "2021-03-07", None),
    ("There was a bombing at a market in Kabul on Monday.", "AFG", "2021-03-08", "Remote explosive/landmine/IED"),
    ("There was an explosion near a police station in Peshawar on Saturday.", "PAK", "2021-03-06", "Remote explosive/landmine/IED"),
    ("There was a raid on a village in Borno state on Sunday, residents said.", "NGA", "2021-03-07", None),
])
def test_an_existential_attack_is_an_assault_with_its_place_and_date(analyze, text, country, date, sub):
    (ev,) = _events(analyze(text), "ASSAULT")
    assert ev.location is not None and ev.location.country == country
    assert ev.date is not None and ev.date.isoformat() == date
    # nobody named: an unidentified armed group there, as the stage codes unnamed attackers
    assert [(r.name, r.code) for r in ev.source] == [("unidentified armed group", country)]
    if sub is not None:
        assert ev.acled_sub_event_type == sub


def test_existential_clashes_take_the_sides_told(analyze):
    (ev,) = _events(analyze("There were clashes between the army and rebels near Goma on Saturday."), "ASSAULT")
    assert {r.name.lower() for r in ev.source} >= {"the army", "rebels"}
    assert ev.acled_sub_event_type == "Armed clash"


@pytest.mark.parametrize("text, country", [
    ("There was heavy fighting in the town of Kidal on Sunday.", "MLI"),
    ("There were gunfights in the streets of Juba on Sunday.", "SSD"),
])
def test_existential_fighting_is_an_armed_clash(analyze, text, country):
    (ev,) = _events(analyze(text), "ASSAULT")
    assert ev.acled_sub_event_type == "Armed clash"
    assert ev.location is not None and ev.location.country == country and ev.date is not None


def test_fighting_referred_back_to_is_no_new_event(analyze):
    report = analyze("Rebels attacked an army base in Mali on Sunday. Residents said the fighting lasted hours.")
    assert len(_events(report, "ASSAULT")) == 1


def test_existential_attack_target_is_what_was_attacked(analyze):
    (ev,) = _events(analyze("There was an attack on an army base in northern Mali on Sunday."), "ASSAULT")
    assert [r.sector for r in ev.target] == ["MIL"]


@pytest.mark.parametrize("text", [
    "There have been thousands of airstrikes over the past two years.",  # background summary
    "There were dozens of attacks on the town in the north on Sunday.",  # an aggregate
    "There were two attacks in the capital on Sunday.",  # a count of incidents
    "There could be an attack on the capital in Mali.",  # hypothetical
    "Was there an attack on the base in Mali on Sunday?",  # a question
    "There was no attack on the base in Mali on Sunday.",  # negated
    "There wasn't an explosion at the depot in Mali on Sunday.",
    "There was never an attack on the base in Mali.",
    "There was a meeting between the two ministers in Paris on Monday.",  # not violent: says too little
    "There is a risk of attacks on the base in Mali.",  # not the attack itself
    "There has been fighting in the region for years.",  # a state of things, no incident
    "There have been attacks on aid workers in Darfur.",  # a record summed up, no incident
    "There has been an explosion at a depot in Mali every month.",
    "If there is an attack on the embassy in Mali, the marines will respond.",  # a condition
    "Officials would not say whether there was an attack on the base in Mali on Sunday.",
    "There was the explosion at the reactor in Ukraine, and then the fire.",  # a listing of things known
])
def test_no_incident_is_made_of_other_existentials(analyze, text):
    report = analyze(text)
    assert not report.events, [(e.event, e.trigger) for e in report.events]


@pytest.mark.parametrize("text, country", [
    ("The fighting forced thousands of people to flee their homes in Darfur.", "SDN"),
    ("The shelling forced hundreds of families to leave their village in Idlib on Sunday.", "SYR"),
])
def test_a_fight_forcing_people_out_is_a_displacement(analyze, text, country):
    (ev,) = _events(analyze(text), "COERCE")
    assert ev.mode == "expel"
    assert (ev.acled_event_type, ev.acled_sub_event_type) == ("Strategic developments", "Other")
    assert ev.location is not None and ev.location.country == country
    assert ev.target and all(r.sector == "CVL" and r.code == country for r in ev.target)


def test_the_sides_of_a_fight_forcing_people_out_are_its_doers(analyze):
    (ev,) = _events(analyze("Heavy fighting between the army and rebels forced hundreds of families to leave the town of Kidal."), "COERCE")
    assert {r.name.lower() for r in ev.source} == {"the army", "rebels"}


@pytest.mark.parametrize("text", [
    "The floods forced thousands of villagers to flee their homes in Sudan.",
    "The drought forced hundreds of farmers to leave their land in Somalia.",
    "The meeting forced thousands of people to leave the square in Cairo.",  # no fight: nobody's act named
])
def test_no_displacement_without_a_fight_or_a_doer(analyze, text):
    report = analyze(text)
    assert not _events(report, "COERCE"), [(e.event, e.source, e.target) for e in report.events]
