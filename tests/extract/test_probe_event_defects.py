"""Defects in events and claims found by reading the output on wire reports written for the
purpose (not benchmark texts): a place is no party arrested; a toll goes to the source that
tells it. Sentences written for these tests, about no one incident."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import events_of

pytestmark = pytest.mark.model
PUB = dt.date(2025, 3, 11)  # a Tuesday


@pytest.mark.parametrize("text, town", [
    ("HARARE, March 10 (Eastwire) - Police arrested 14 students on Monday after a rally in the capital.", "HARARE"),
    ("Police arrested Tomas Okello at his home in Kampala on Monday.", "Kampala"),
    ("NAIROBI, March 10 (Eastwire) - Police detained three union leaders in Mombasa on Monday.", "Mombasa"),
])
def test_a_place_is_no_party_arrested(analyze, text, town):
    # those held are the target; neither the dateline's town nor the town of the arrest is
    (ev,) = events_of(analyze(text), "COERCE")
    assert [r.text for r in ev.target if r.text in (town, "the capital")] == [], ev.target


def _tolls(ev) -> set[tuple[int, str]]:
    return {(c.value.min, getattr(c.claimed_by, "text", c.claimed_by)) for c in ev.claims if c.field == "dead"}


@pytest.mark.parametrize("text, tolls", [
    ("Fighting erupted in the town on Monday, leaving at least three people dead, according to the army, "
     "while residents said eleven villagers had been killed.", {(3, "the army"), (11, "residents")}),
    ("Police fired on marchers in the capital on Saturday, leaving five people dead, according to the health "
     "ministry, while the opposition said 14 demonstrators had been killed.", {(5, "the health ministry"), (14, "the opposition")}),
])
def test_a_toll_is_claimed_by_the_source_that_tells_it(analyze, text, tolls):
    # one attack, two sources, two tolls: each toll is its own source's claim, and the toll is contested
    (ev,) = events_of(analyze(text), "ASSAULT")
    assert _tolls(ev) == tolls, ev.claims
    assert [c.field for c in ev.contested] == ["dead"], ev.contested
