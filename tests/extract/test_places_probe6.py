"""The month of a date is no town: "MOSCOW, March 16 (Wire) -" named a March in England (the sixth
probe's refinery strike told from Moscow). Sentences written for this test."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import analysed

pytestmark = pytest.mark.model

PUB = dt.date(2024, 3, 16)


@pytest.mark.parametrize("text", [
    "KAZAN, March 16 (Volga Post) - Drones launched by Ukraine hit the Kazan oil refinery on Saturday morning.\n",
    "MOSCOW, March 16 (Eurasia Post) - Drones hit a refinery.\n",
    "LONDON, 16 March (Island Wire) - Police arrested 14 climate activists outside parliament on Saturday.\n",
])
def test_the_month_of_a_date_is_no_place(pipeline, text):
    places = analysed(pipeline, text).places
    assert not [p for p in places if p.text == "March"], places
    assert places, "the other places stay"
