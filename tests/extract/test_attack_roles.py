"""Who an attack is aimed at, read from the words that tell it: where an attack at home happened
is no party to it ("an explosion at a market in X": X is the place, its victims are named or
none is), while a foreign doer's fire "at targets in X" is on X, as PLOVER codes it. Sentences
written for these tests, about no one incident."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import assaults as _attacks

pytestmark = pytest.mark.model
PUB = dt.date(2021, 3, 8)  # a Monday


@pytest.mark.parametrize("text, place", [
    ("Three people were killed in an explosion at a market in Kano.", "Kano"),
    ("There was an explosion at a market in Kano on Sunday.", "Kano"),
    ("A car bomb exploded near a police station in Mogadishu, killing four people.", "Mogadishu"),
    ("A bomb went off at a bus station in Quetta on Sunday, killing two people.", "Quetta"),
])
def test_the_place_of_an_attack_is_not_its_target(analyze, text, place):
    (ev,) = _attacks(analyze(text))
    assert ev.location is not None and ev.location.name == place
    assert not any(r.text == place for r in ev.target), [(r.text, r.code) for r in ev.target]
    assert not any(r.text == place for r in ev.source)


def test_the_victims_named_stay_the_target_at_the_place(analyze):
    (ev,) = _attacks(analyze("A blast at a mosque in Maiduguri wounded 12 worshippers."))
    assert [r.text for r in ev.target] == ["12 worshippers"]
    assert ev.location is not None and ev.location.name == "Maiduguri"


@pytest.mark.parametrize("text, code", [
    ("Turkish troops shelled villages in northern Syria on Sunday.", "SYR"),  # a foreign doer: the place is hit
    ("Rebels shelled Kidal on Sunday.", "MLI"),  # a place struck is the target
])
def test_a_place_struck_or_a_foreign_doers_target_place_stays_the_target(analyze, text, code):
    (ev,) = _attacks(analyze(text))
    assert code in {r.code for r in ev.target}, [(r.text, r.code) for r in ev.target]


def test_a_protest_announced_is_aimed_at_the_government_not_the_city(analyze):
    """as the same protest told in the past is (the PROTEST rule for a protest at home)"""
    for text in ("Students will protest outside the ministry in Lagos on Tuesday.",
                 "Students protested outside the ministry in Lagos on Saturday."):
        (ev,) = analyze(text).events
        assert [(r.name, r.code) for r in ev.target] == [("government", "NGA")], text


# -- an attack told by a noun: "an attack by X on Y" -----------------------------------------


@pytest.mark.parametrize("text, doer, target", [
    # the parser hangs "on a convoy" under "rebels": it is still the attack's target
    ("There was an attack by rebels on a convoy near Goma on Sunday.", "rebels", "a convoy"),
    ("An attack by rebels on a convoy near Goma killed five soldiers.", "rebels", "five soldiers"),
    ("An attack by militants on a police post in Borno killed two officers.", "militants", "officers"),
    ("The attack by gunmen on a bus in Kenya killed ten passengers.", "gunmen", "ten passengers"),
    ("Rebels launched an attack on a convoy near Goma.", "Rebels", "a convoy"),
])
def test_an_attack_noun_takes_its_doers_from_by_and_its_target_from_on(analyze, text, doer, target):
    (ev,) = _attacks(analyze(text))
    assert [r.text for r in ev.source] == [doer]
    assert [r.text for r in ev.target] == [target]


@pytest.mark.parametrize("text, target", [
    ("An attack by rebels on Sunday killed five soldiers near Goma.", "five soldiers"),  # "on Sunday" is when
    ("An attack by rebels on a convoy near Goma left five soldiers dead.", "a convoy"),  # not "Goma"
])
def test_a_time_or_place_after_the_doer_is_no_target(analyze, text, target):
    (ev,) = _attacks(analyze(text))
    assert [r.text for r in ev.target] == [target]
    assert ev.location is not None and ev.location.name == "Goma"
