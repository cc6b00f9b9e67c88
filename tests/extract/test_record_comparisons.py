"""A period phrase that dates a record the event sets ("the deadliest attack since 2019", "the first
such attack since the start of the year", "the worst attack in the past decade") compares this event
with the past: it is not a multi-year total or a background summary, so the event stays. A period
phrase on the act or its count ("has killed 3,000 people since 2019") still makes a total."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.magnitudes import dates_a_record
from tests._helpers import analysed, assaults

pytestmark = pytest.mark.model
PUB = dt.date(2021, 3, 8)


def _assaults(pipeline, text: str):
    return assaults(analysed(pipeline, text))


@pytest.mark.parametrize("text, dead", [
    ("Gunmen killed five villagers in Zamfara on Monday, the deadliest attack since 2019.", 5),
    ("Gunmen killed seven farmers on Sunday, the worst attack since 2018.", 7),
    ("A car bomb killed 12 people in Mogadishu on Friday, the first such attack in the capital since the start of the year.", 12),
    ("The worst attack in the past decade killed 40 people in Borno on Sunday.", 40),
])
def test_an_event_that_sets_a_record_stays_with_its_toll(pipeline, text, dead):
    [ev] = _assaults(pipeline, text)
    assert ev.dead is not None and ev.dead.min == dead and not ev.dead.aggregate


@pytest.mark.parametrize("text", [
    "The conflict has killed more than 3,000 people since 2019.",
    "More than 400 people have been killed since 2019, the most violent period since the war began.",
    "Rebels have carried out hundreds of attacks over the past two years.",
    "The insurgency has killed 300 soldiers in the past years, the army said on Monday.",
])
def test_a_total_over_a_period_is_still_no_incident(pipeline, text):
    assert _assaults(pipeline, text) == []


def test_dates_a_record_reads_the_noun_the_phrase_hangs_on(nlp):
    doc = nlp("It was the deadliest attack since 2019, and fighting has raged since 2019.")
    first, second = [i for i in range(len(doc.text)) if doc.text.startswith("since 2019", i)]
    assert dates_a_record(doc, first, first + len("since 2019"))
    assert not dates_a_record(doc, second, second + len("since 2019"))
