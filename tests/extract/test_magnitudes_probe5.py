"""Tolls the fifth unseen-article probe found missing or wrong (tests/data/probe5): victims named by
their office ("peacekeepers", "a candidate"), a single victim of a passive killing phrase ("was shot
dead"), a single victim the parser hung on the dateline, a death by drowning, and background totals
told by a campaign or a mission's founding year. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.config import Options
from sitrep.extract.base import Analysis
from sitrep.extract.magnitudes import MagnitudeStage
from sitrep.model import Article

pytestmark = pytest.mark.model


def _tolls(nlp, text):
    an = Analysis(article=Article(id="t", text=text, published=dt.date(2024, 3, 4)), doc=nlp(text), options=Options())
    MagnitudeStage(Options())(an)
    return [(m.unit, m.min, m.max, m.aggregate, m.text) for m in an.magnitudes if m.unit in ("killed", "injured")]


@pytest.mark.parametrize("text, toll", [
    ("Four peacekeepers from the African Union force were killed near Baidoa on Friday.", ("killed", 4, 4)),
    ("Gunmen shot dead two mayoral candidates in Michoacan.", ("killed", 2, 2)),
    ("A local councillor was killed by a bomb in Kirkuk.", ("killed", 1, 1)),
    ("Three paramedics were wounded when the ambulance was shelled.", ("injured", 3, 3)),
])
def test_victims_named_by_their_office_are_counted(nlp, text, toll):
    assert toll in [t[:3] for t in _tolls(nlp, text)]


@pytest.mark.parametrize("text", [
    "A radio reporter was shot dead outside a bar in Tijuana on Friday.",
    "A village elder was gunned down near Kandahar.",
])
def test_a_single_passive_victim_of_a_killing_phrase(nlp, text):
    assert ("killed", 1, 1) in [t[:3] for t in _tolls(nlp, text)]


def test_a_single_victim_hung_on_the_dateline(nlp):
    # the parser makes "CITY" the passive subject and the reporter its apposition
    text = ("MEXICO CITY, March 4 (Test Wire) - A Mexican photographer who covered protests was shot dead in Culiacan "
            "on Sunday, prosecutors said.")
    got = _tolls(nlp, text)
    assert [t[:3] for t in got] == [("killed", 1, 1)], got
    assert got[0][4].startswith("A Mexican photographer")


def test_a_drowning_is_a_death_but_a_drowner_is_no_victim(nlp):
    assert ("killed", 30, None) in [t[:3] for t in _tolls(nlp, "At least 30 refugees drowned when their dinghy sank off Lesbos.")]
    assert _tolls(nlp, "A farmer drowned the sick calves in the river.") == []


@pytest.mark.parametrize("text", [
    "Rights groups say 35 candidates have been attacked since the campaign began in May, six of them killed.",
    "More than 90 aid workers have been killed since the observer mission was set up in 2016.",
])
def test_background_totals_of_a_campaign_or_a_mission(nlp, text):
    got = _tolls(nlp, text)
    assert got and all(t[3] for t in got), got


def test_the_counted_noun_keeps_its_whole_name(nlp):
    text = "Two United Nations peacekeepers were killed near Kidal."
    an = Analysis(article=Article(id="t", text=text, published=dt.date(2024, 3, 4)), doc=nlp(text), options=Options())
    MagnitudeStage(Options())(an)
    assert [m.counted for m in an.magnitudes if m.unit == "killed"] == ["United Nations peacekeepers"]
