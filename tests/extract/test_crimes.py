"""PLOVER CRIME: robbery, theft, smuggling and trafficking by criminals (sectors.yaml CRM) are
CRIME events with no ACLED type (ACLED codes none of them); looting is ACLED
Looting/property destruction; a kidnapping stays an abduction (ASSAULT), as both codebooks
have it. Sentences written for these tests, about no one incident."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.codebook import load_codebook

PUB = dt.date(2021, 3, 8)  # a Monday


@pytest.mark.model
@pytest.mark.parametrize("text, doer, victim", [
    ("Robbers stole cash from a bank in Kano on Monday.", "Robbers", "a bank"),
    ("Armed robbers robbed a bank in Onitsha on Friday.", "Armed robbers", "a bank"),
    ("Smugglers trafficked migrants across the border into Libya.", "Smugglers", "migrants"),
])
def test_crimes_by_criminals_are_crime_events_with_no_acled_type(analyze, text, doer, victim):
    (ev,) = [e for e in analyze(text).events if e.event == "CRIME"]
    assert [r.text for r in ev.source] == [doer] and ev.source[0].sector == "CRM"
    assert [r.text for r in ev.target] == [victim]
    assert ev.acled_event_type is None and ev.acled_sub_event_type is None


@pytest.mark.model
def test_robbers_at_gunpoint_threaten_and_steal(analyze):
    events = analyze("Robbers held the staff at gunpoint and stole cash from the bank in Kano.").events
    assert sorted(e.event for e in events) == ["CRIME", "THREATEN"]
    assert all([r.text for r in e.source] == ["Robbers"] for e in events)


@pytest.mark.model
def test_looting_is_acled_looting(analyze):
    (ev,) = analyze("Soldiers looted shops in the town after the battle.").events
    assert ev.event == "CRIME" and ev.acled_sub_event_type == "Looting/property destruction"


@pytest.mark.model
@pytest.mark.parametrize("text, kind", [
    ("Kidnappers abducted a businessman in Abuja on Sunday.", "ASSAULT"),  # an abduction, ACLED codes it
    ("Police arrested ten people for smuggling fuel across the border.", "COERCE"),  # the charge is no crime told
])
def test_other_acts_keep_their_type(analyze, text, kind):
    events = analyze(text).events
    assert [e.event for e in events] == [kind]


def test_criminals_are_a_sector_of_their_own():
    sectors = load_codebook().sectors
    assert {sectors.head(w) for w in ("robber", "thief", "smuggler", "trafficker")} == {"CRM"}
    assert sectors.head("gunman") == "REB" and sectors.head("looter") == "CVL"  # armed men and rioting crowds stay theirs


@pytest.mark.model
@pytest.mark.parametrize("text, held", [
    ("Robbers held the staff at gunpoint in Nairobi on Monday.", "the staff"),
    ("Police held the suspect at gunpoint in Lagos on Monday.", "the suspect"),
    ("Gunmen held passengers at gunpoint in Lagos on Monday.", "passengers"),
])
def test_those_held_at_gunpoint_are_threatened_not_the_town(analyze, text, held):
    (ev,) = [e for e in analyze(text).events if e.event == "THREATEN"]
    assert [r.text for r in ev.target] == [held]


@pytest.mark.model
def test_a_place_held_at_gunpoint_is_no_person(analyze):
    (ev,) = [e for e in analyze("Gunmen held the village at gunpoint in Borno on Monday.").events if e.event == "THREATEN"]
    assert "the village" not in [r.text for r in ev.target]
