"""People who died "in" an attack told by a noun are its toll and its target ("twelve soldiers
died in the assault"), as those "killed in" it are; dying in an accident, in hospital or of
wounds tells no attack. Sentences written for these tests, about no one incident."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.lexicon import load_event_lexicon
from tests._helpers import analysed_assaults as _assaults

pytestmark = pytest.mark.model
PUB = dt.date(2021, 3, 8)  # a Monday


@pytest.mark.parametrize("text, victims, dead, acled_type", [
    ("Twelve soldiers died in the assault near Kidal.", "Twelve soldiers", 12, "Battles"),
    ("Three civilians died in the attack on the market.", "Three civilians", 3, "Violence against civilians"),
    ("Ten villagers died during the airstrike on the village in Idlib on Sunday.", "Ten villagers", 10, "Explosions/Remote violence"),
])
def test_the_dead_of_an_attack_noun_are_its_toll_and_target(analyze, text, victims, dead, acled_type):
    (ev,) = _assaults(analyze, text)
    assert [r.text for r in ev.target] == [victims]
    assert ev.dead is not None and ev.dead.min == dead
    assert ev.acled_event_type == acled_type


def test_the_doers_of_the_attack_died_in_are_its_by_phrase(analyze):
    (ev,) = _assaults(analyze, "Four policemen died in an ambush by militants near Gao on Sunday.")
    assert [r.text for r in ev.source] == ["militants"] and [r.text for r in ev.target] == ["Four policemen"]
    assert ev.date == dt.date(2021, 3, 7)


def test_the_dead_of_a_fight_between_two_sides_are_its_toll(analyze):
    (ev,) = _assaults(analyze, "Six people died in the fighting between the army and rebels in Darfur.")
    assert {r.text for r in ev.source} == {"the army", "rebels"} and ev.target == []
    assert ev.dead is not None and ev.dead.min == 6


@pytest.mark.parametrize("text", [
    "Five people died in a car crash near Kano on Sunday.",  # an accident is no one's act
    "Two soldiers died in hospital on Sunday.",  # no attack named
    "The officer died of his wounds on Sunday.",  # the toll of an earlier attack only where one is told
    "Two people died in the incident in Lagos.",  # a generic noun: a mishap as well as a fight
    "Eight passengers died in a ferry sinking on Lake Victoria.",
])
def test_dying_tells_no_attack_where_none_is_named(analyze, text):
    assert _assaults(analyze, text) == []


def test_the_words_of_dying_are_data():
    lex = load_event_lexicon()
    assert {"die", "perish"} <= lex.death_verbs and "incident" in lex.death_generic_nouns
    assert not lex.death_generic_nouns & lex.accident_heads


def test_the_other_side_of_a_clash_died_in_is_its_doer(analyze):
    # typed as "were killed during clashes with police" is: force used on protesters
    (ev,) = _assaults(analyze, "Three protesters died during clashes with police in Lagos on Tuesday.")
    assert [r.text for r in ev.source] == ["police"] and [r.text for r in ev.target] == ["Three protesters"]
    assert ev.acled_sub_event_type == "Excessive force against protesters"
