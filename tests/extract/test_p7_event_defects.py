"""Event defects the seventh probe (tests/data/probe7) showed, fixed by general rules.
Sentences written for these tests (not the probe's)."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import events_of as _events

pytestmark = pytest.mark.model
PUB = dt.date(2025, 3, 12)


@pytest.mark.parametrize("text, act", [
    ("Ghana summoned Togo's ambassador on Monday to protest against the arrest of three of its nationals.", "ACCUSE"),
    ("The foreign ministry summoned the Dutch charge d'affaires to protest the seizure of the ship.", "ACCUSE"),
    ("Peru recalled its ambassador to Bolivia to protest against the closure of the border.", "SANCTION"),
    ("Latvia expelled two Belarusian diplomats on Friday to protest the detention of a journalist.", "SANCTION"),
])
def test_a_state_protesting_by_a_diplomatic_act_stages_no_demonstration(analyze, text, act):
    """Before, "to protest" gave a PROTEST (ACLED Peaceful protest) by the envoy or the ministry: a
    formal protest, as "lodged a protest" is, told by the act that carries it."""
    report = analyze(text)
    assert not _events(report, "PROTEST"), report.events
    assert _events(report, act), report.events


@pytest.mark.parametrize("text, trigger", [
    ("Thousands of students marched to parliament on Monday to protest against the fee rise.", "marched"),
    ("Hundreds of people gathered outside the court to protest the verdict.", "protest"),
])
def test_people_protesting_still_protest(analyze, text, trigger):
    (protest,) = _events(analyze(text), "PROTEST")
    assert protest.trigger is not None and protest.trigger.text == trigger


@pytest.mark.parametrize("text", [
    "Hundreds of nurses marched to the health ministry on Monday to deliver a petition.",
    "Opposition leaders delivered a petition to the electoral commission on Friday.",
])
def test_a_petition_handed_over_is_a_request_not_aid(analyze, text):
    """Before, "deliver" alone made it AID (as goods delivered are)."""
    report = analyze(text)
    assert not _events(report, "AID"), report.events
    assert _events(report, "REQUEST"), report.events
