"""Two parties who act on "each other" or "one another": "X and Y accused each other of ..." is
one accusation with both as its doers and both as the accused, and the act alleged is done by
both; "both sides" stands for the two parties told together before, and for none when no two
were told. Sentences written for these tests, about no one incident."""
from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model
PUB = dt.date(2021, 3, 8)  # a Monday


def _codes(refs):
    return sorted(r.code for r in refs)


@pytest.mark.parametrize("text, codes", [
    ("Armenia and Azerbaijan accused each other of shelling civilian areas.", ["ARM", "AZE"]),
    ("Ethiopia and Eritrea accused one another of violating the truce.", ["ERI", "ETH"]),
    ("Russia and Ukraine blamed each other for the attack on the convoy.", ["RUS", "UKR"]),
    ("Ethiopia and Eritrea signed a truce in Algiers on Monday. Both sides accused each other of violating the truce on Friday.",
     ["ERI", "ETH"]),
])
def test_parties_accusing_each_other_are_each_doer_and_accused(analyze, text, codes):
    (ev,) = [e for e in analyze(text).events if e.event == "ACCUSE"]
    assert _codes(ev.source) == codes and _codes(ev.target) == codes


def test_the_act_alleged_of_each_other_is_done_by_both(analyze):
    events = analyze("Ethiopia and Eritrea signed a truce in Algiers on Monday. "
                     "Both sides accused each other of violating the truce on Friday.").events
    (violation,) = [e for e in events if e.event == "ASSAULT"]
    assert _codes(violation.source) == ["ERI", "ETH"] and violation.date == dt.date(2021, 3, 5)


@pytest.mark.parametrize("text", [
    "Both sides accused each other of violating the truce.",  # no two parties told before: none guessed
    "The two sides blamed each other for the collapse of the talks.",
])
def test_no_pair_told_no_accusation(analyze, text):
    assert [e for e in analyze(text).events if e.event == "ACCUSE"] == []


def test_an_accusation_of_a_third_party_keeps_its_target(analyze):
    (ev,) = [e for e in analyze("Ethiopia and Eritrea accused Sudan of violating the truce.").events if e.event == "ACCUSE"]
    assert _codes(ev.source) == ["ERI", "ETH"] and _codes(ev.target) == ["SDN"]


def test_parties_of_a_mutual_act_stay_doers_alone(analyze):
    (ev,) = [e for e in analyze("Ethiopia and Eritrea fought each other.").events if e.event == "ASSAULT"]
    assert _codes(ev.source) == ["ERI", "ETH"] and ev.target == []
