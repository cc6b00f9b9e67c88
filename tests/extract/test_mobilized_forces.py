"""The forces a doer deploys or mobilizes are its own, not whom it acts on: PLOVER MOBILIZE
has a target only when one is named ("against X"). Short reports written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import Article, Event

pytestmark = pytest.mark.model
PUB = dt.date(2021, 3, 8)


def _mobilize(pipeline, text: str) -> Event:
    report = pipeline.analyze(Article(id="t", text=text, published=PUB))
    return next(e for e in report.events if e.event == "MOBILIZE")


@pytest.mark.parametrize("text", [
    "The army deployed troops and aircraft to the region on Tuesday.",
    "India deployed extra troops in the valley on Tuesday.",
    "The navy mobilized two warships and a thousand sailors on Tuesday.",
])
def test_forces_deployed_are_not_targets(pipeline, text):
    ev = _mobilize(pipeline, text)
    assert ev.source and ev.target == []


@pytest.mark.parametrize("text,target", [
    ("Russia deployed troops against Ukraine on Tuesday.", "UKR"),
    ("Britain mobilized army reservists for a possible war against Iraq on Tuesday.", "IRQ"),
])
def test_a_named_adversary_stays_the_target(pipeline, text, target):
    assert [r.code for r in _mobilize(pipeline, text).target] == [target]


def test_those_mobilized_against_stay_the_target(pipeline):
    ev = _mobilize(pipeline, "The government mobilized the national guard against the protesters on Tuesday.")
    assert [r.text for r in ev.target] == ["the protesters"]
