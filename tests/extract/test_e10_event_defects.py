"""Event defects the last session's note left open (e10): kin told beside a victim or alone ("a woman and her
two children", "a farmer and his three sons", "his three brothers") are civilians and counted. Sentences written
for these tests, about no one incident; each rule's neighbours that must not change are tested beside it."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import events_of

pytestmark = pytest.mark.model
PUB = dt.date(2026, 11, 23)  # a Monday


# -- 1. kin: the one whose kin they are is a victim too, kin with a number are counted -----------------------------

@pytest.mark.parametrize(("text", "victims", "dead"), [
    ("A woman and her two children were killed when gunmen attacked their home in Kaduna on Monday.",
     ["A woman", "her two children"], 3),
    ("A farmer and his three sons were killed by bandits in Zamfara state on Tuesday, residents said.",
     ["A farmer", "his three sons"], 4),
    ("A trader and her four daughters were killed by militiamen near Bunia on Friday.",
     ["A trader", "her four daughters"], 5),
])
def test_a_victim_and_kin_counted(analyze, text, victims, dead):
    (ev,) = events_of(analyze(text), "ASSAULT")
    assert [r.text for r in ev.target][:2] == victims
    assert all(r.sector == "CVL" for r in ev.target[:2])
    assert ev.dead is not None and (ev.dead.min, ev.dead.max) == (dead, dead)


def test_the_wife_of_one_abducted_is_abducted_too(analyze):
    (ev,) = events_of(analyze("Gunmen abducted the village head and his wife in Katsina on Sunday, police said."), "ASSAULT")
    assert [r.text for r in ev.target] == ["the village head", "his wife"]


def test_kin_alone_are_civilians_counted(analyze):
    (ev,) = events_of(analyze("His three brothers were killed by bandits in Sokoto on Tuesday."), "ASSAULT")
    assert [(r.text, r.sector) for r in ev.target] == [("His three brothers", "CVL")]
    assert ev.acled_event_type == "Violence against civilians"
    assert ev.dead is not None and ev.dead.min == 3


def test_a_commander_and_his_fighters_stay_unsummed(analyze):
    # (a neighbour: fighters are no kin; "his" alone makes no one a civilian)
    (ev,) = events_of(analyze("Troops killed a rebel commander and his fighters near Goma on Sunday."), "ASSAULT")
    assert not any(r.text == "his fighters" and r.sector == "CVL" for r in ev.target)
