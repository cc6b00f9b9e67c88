"""A running total of a conflict told in a relative clause ("an insurgency that has killed
thousands") is no toll of the sentence's own attack, and does not make that attack background."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import assaults

pytestmark = pytest.mark.model
PUB = dt.date(2026, 11, 23)


@pytest.mark.parametrize("text,dead", [
    ("Gunmen killed five villagers on Sunday in an insurgency that has killed thousands.", 5),
    ("Jihadist violence that has killed thousands of civilians flared again on Sunday when gunmen attacked a village, killing 12.", 12),
])
def test_an_attack_beside_a_conflicts_total_keeps_its_own_toll(analyze, text, dead):
    evs = assaults(analyze(text))
    assert len(evs) == 1
    assert evs[0].dead is not None and (evs[0].dead.min, evs[0].dead.max) == (dead, dead)


def test_an_attack_beside_a_conflicts_total_takes_no_toll_from_it(analyze):
    evs = assaults(analyze("Rebels attacked the town on Sunday, the latest in a conflict that has killed thousands."))
    assert len(evs) == 1 and evs[0].dead is None


@pytest.mark.parametrize("text", [
    "The war has killed 5,000 people since 2019.",
    "The conflict has killed 3,000 people.",
])
def test_a_total_alone_is_still_no_incident(analyze, text):
    assert assaults(analyze(text)) == []
