"""A warning that the warner will harm people is a threat (CAMEO 13) to them, named or not, and
no country's civilians are guessed for people it does not name. Sentences written for these
tests, about no one incident."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.events import UNNAMED

pytestmark = pytest.mark.model
PUB = dt.date(2021, 3, 8)  # a Monday


@pytest.mark.parametrize("text, source", [
    ("The Taliban warned that those who violate the ban would be punished.", "TAL"),
    ("Al-Shabaab warned that anyone who helps the government will be punished.", "SHB"),
])
def test_a_warning_of_punishment_is_a_threat_to_no_one_named(analyze, text, source):
    (ev,) = analyze(text).events
    assert ev.event == "THREATEN" and [r.code for r in ev.source] == [source]
    assert [(r.name, r.code) for r in ev.target] == [(UNNAMED, None)]  # no country's civilians


def test_a_warning_of_prosecution_threatens_the_people_it_names(analyze):
    (ev,) = [e for e in analyze("Police warned that protesters who block roads would be prosecuted.").events
             if e.event == "THREATEN"]
    assert [(r.text, r.sector) for r in ev.target] == [("protesters", "CVL")]


@pytest.mark.parametrize("text", [
    "Meteorologists warned that the storm would hit the coast.",  # another's act, and no one's
    "The Taliban warned that violators would not be punished.",  # a harm denied
    "The minister warned that prices would rise.",  # no harm
    "The army warned that rebels would attack the town.",  # the rebels' act, not the army's threat
])
def test_a_warning_of_anothers_act_or_no_harm_is_no_threat(analyze, text):
    assert [e for e in analyze(text).events if e.event == "THREATEN"] == []
