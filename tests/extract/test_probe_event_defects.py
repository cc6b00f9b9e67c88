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
