"""A joint speaker's "they" ("Hamas, Islamic Jihad and Hezbollah said they had fired rockets at
X") stands for each party only as the subject of the words' own clause, and an act aimed at
another keeps its target though several doers did it. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import events_of as _events

pytestmark = pytest.mark.model
PUB = dt.date(2025, 6, 3)


@pytest.mark.parametrize("text", [
    "Hamas, Islamic Jihad and Hezbollah said they had fired rockets at Tel Aviv.",
    "Hamas, Islamic Jihad and Hezbollah said they had fired rockets at Israel.",
    "Hamas and Hezbollah fired rockets at Israel.",
])
def test_several_doers_keep_the_country_they_aim_at(analyze, text):
    """Before, several doers of an act were taken to act on each other (as "X and Y clashed") and
    the country aimed at was dropped; a single doer kept it."""
    (attack,) = _events(analyze(text), "ASSAULT")
    assert {r.code for r in attack.source} >= {"HAM", "HEZ"}
    assert [r.code for r in attack.target] == ["ISR"]


def test_parties_that_clash_still_have_no_target(analyze):
    (attack,) = _events(analyze("Armenia and Azerbaijan clashed on the border."), "ASSAULT")
    assert attack.target == []


@pytest.mark.parametrize("text, trigger", [
    ("Britain, France and Germany said the militants had stormed the embassy before they killed two guards.", "killed"),
    ("Britain and France said the rebels had seized the town and they had killed ten civilians.", "killed"),
])
def test_they_after_another_plural_in_the_words_is_not_each_party(analyze, text, trigger):
    """"they" after "the militants" in the words is not the joint speaker's parties (before, each
    party became a killer)."""
    (ev,) = [e for e in _events(analyze(text), "ASSAULT") if e.trigger is not None and e.trigger.text == trigger]
    assert len(ev.source) <= 1
