"""Deaths in an accident are no event, deaths in an attack are its toll, whatever the parse
("Twenty migrants perished in the attack", read as a participle of the noun); people found
killed are the victims of an attack, and a participle of harm after them ("found shot dead",
"bodies of farmers killed by gunmen") tells what was done to them, not what they did. Bodies
found with no violence told ("found dead") are no event. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.lexicon import load_event_lexicon
from tests._helpers import analysed_assaults as _assaults

pytestmark = pytest.mark.model
PUB = dt.date(2021, 3, 8)  # a Monday


def test_perishing_in_an_attack_is_its_toll_and_target(analyze):
    (ev,) = _assaults(analyze, "Twenty migrants perished in the attack on their camp near Zuwara on Sunday.")
    assert [r.text for r in ev.target] == ["Twenty migrants"] and ev.dead is not None and ev.dead.min == 20
    assert ev.date == dt.date(2021, 3, 7)


@pytest.mark.parametrize("text", [
    "Twenty migrants perished when their boat capsized off Libya.",  # an accident
    "Three men were found dead in a forest near Goma.",  # no violence told
    "Two hikers were found dead after a storm in the mountains.",
])
def test_deaths_told_with_no_violence_are_no_event(analyze, text):
    assert _assaults(analyze, text) == []


def test_people_found_shot_dead_are_the_victims_not_the_doers(analyze):
    (ev,) = _assaults(analyze, "Three men were found shot dead in a forest near Goma on Sunday.")
    assert [r.text for r in ev.target] == ["men"]
    assert not any(r.text == "men" for r in ev.source)


def test_bodies_of_people_killed_by_a_doer_name_victims_and_doer(analyze):
    (ev,) = _assaults(analyze, "Residents discovered the bodies of seven farmers killed by gunmen near Beni.")
    assert [r.text for r in ev.source] == ["gunmen"] and [r.text for r in ev.target] == ["seven farmers"]
    assert ev.dead is not None and ev.dead.min == 7


@pytest.mark.parametrize("text, doer, victim", [
    ("Gunmen killed two farmers near Beni on Sunday.", "Gunmen", "two farmers"),
    ("Troops were sent to fight the rebels near Beni.", None, None),  # an infinitive after a passive: no victim made of the troops
])
def test_active_and_purpose_clauses_keep_their_roles(analyze, text, doer, victim):
    evs = _assaults(analyze, text)
    if doer is None:
        assert not any(r.text == "Troops" for e in evs for r in e.target)
    else:
        (ev,) = evs
        assert [r.text for r in ev.source] == [doer] and [r.text for r in ev.target] == [victim]


def test_people_found_shot_dead_are_its_toll(analyze):
    (ev,) = _assaults(analyze, "Three men were found shot dead in a forest near Goma on Sunday.")
    assert ev.dead is not None and ev.dead.min == 3 and ev.dead.text == "Three"


@pytest.mark.parametrize("text, victims, dead", [
    ("Five bodies with gunshot wounds were found in a river near Beni on Wednesday.", [], 5),
    ("Police recovered the bodies of three men who had been tortured near Goma on Sunday.", ["men"], 3),
    ("The bodies of four farmers with machete wounds were discovered near Beni.", ["four farmers"], 4),
])
def test_bodies_found_with_marks_of_violence_are_an_attack(analyze, text, victims, dead):
    (ev,) = _assaults(analyze, text)
    assert [r.text for r in ev.target] == victims and ev.dead is not None and ev.dead.min == dead
    assert ev.acled_sub_event_type == "Attack"
    assert not any(r.text == "Police" for r in ev.source)  # who found them did not kill them


@pytest.mark.parametrize("text", [
    "Rescuers recovered the bodies of two hikers after the storm.",
    "The body of a fisherman was found on the beach near Mombasa.",
    "Police found no bodies with gunshot wounds at the site.",
])
def test_bodies_found_with_no_violence_told_are_no_event(analyze, text):
    assert _assaults(analyze, text) == []


def test_the_words_of_bodies_found_are_data():
    words = load_event_lexicon().bodies_found
    assert "find" in words["verbs"] and "bodies" in words["nouns"] and "gunshot" in words["violence"]
