"""Event and actor defects the seventh probe (tests/data/probe7) showed, fixed by general rules.
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
    "A town councillor was shot dead by two men on a motorcycle outside his home on Sunday.",
    "Gunmen killed a local councilor as he left a council meeting on Sunday.",
])
def test_a_councillor_is_a_government_target(analyze, text):
    """Before, "councillor" had no sector word and its victim was a civilian (CVL)."""
    (attack,) = _events(analyze(text), "ASSAULT")
    assert [r.sector for r in attack.target][:1] == ["GOV"], attack.target


@pytest.mark.parametrize("text", [
    "Armed men killed 12 villagers in a night raid on a farming village on Saturday, police said.",
    "Armed men on motorcycles attacked a market in the north of the country on Sunday, killing five traders.",
])
def test_unnamed_armed_men_are_an_armed_group_not_the_army(analyze, text):
    """Before, "armed" read as the military's word (MIL): raiders no one names are what "gunmen" are (REB)."""
    attack = _events(analyze(text), "ASSAULT")[0]
    assert [r.sector for r in attack.source][:1] == ["REB"], attack.source


@pytest.mark.parametrize("text", [
    "Hundreds of nurses marched to the health ministry on Monday to deliver a petition.",
    "Opposition leaders delivered a petition to the electoral commission on Friday.",
])
def test_a_petition_handed_over_is_a_request_not_aid(analyze, text):
    """Before, "deliver" alone made it AID (as goods delivered are)."""
    report = analyze(text)
    assert not _events(report, "AID"), report.events
    assert _events(report, "REQUEST"), report.events
