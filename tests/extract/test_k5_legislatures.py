"""A legislature named alone in a story filed from another state than the one whose legislature
the codebook calls by that name (round k5): "LIMA - Congress voted" is Peru's congress, as
"the parliament" under a dateline is its state's. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model
PUB = dt.date(2024, 4, 8)  # a Monday


def _at(report, phrase, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = report.article.text.index(phrase, start + 1)
    end = start + len(phrase)
    return [a for a in report.actors if any(start <= m.start < end or m.start <= start < m.end for m in a.mentions)]


@pytest.mark.parametrize("text, phrase, code", [
    ("LIMA (Wire) - Congress voted on Tuesday to remove the president from office.", "Congress", "PER"),
    ("LIMA (Wire) - The congress voted on Tuesday to remove the president from office.", "The congress", "PER"),
    ("MANILA (Wire) - The senate voted on Tuesday to reject the budget.", "The senate", "PHL"),
])
def test_the_datelines_state_owns_a_legislature_named_alone(analyze, text, phrase, code):
    (actor,) = _at(analyze(text), phrase)
    assert (actor.code, actor.sector) == (code, "GOV")


def test_a_legislature_told_again_is_the_same_body(analyze):
    report = analyze("LIMA (Wire) - Congress voted on Tuesday to remove the president. "
                     "Opposition lawmakers said Congress had acted lawfully.")
    assert _at(report, "Congress") == _at(report, "Congress", 1)


def test_the_us_congress_stays_under_a_us_dateline(analyze):
    (actor,) = _at(analyze("WASHINGTON (Wire) - Congress voted on Tuesday to fund the war."), "Congress")
    assert actor.code == "USA"


@pytest.mark.parametrize("text, phrase, code, sector", [
    ("BEIRUT (Wire) - The caretaker prime minister said on Monday the government would pay the salaries.",
     "The caretaker prime minister", "LBN", "GOV"),
    ("BEIRUT (Wire) - Police fired tear gas at protesters near parliament on Monday.", "Police", "LBN", "POL"),
    ("BEIRUT (Wire) - On Monday parliament voted to extend the army chief's term.", "parliament", "LBN", "GOV"),
])
def test_the_host_states_office_holders_and_bare_forces_are_its_own(analyze, text, phrase, code, sector):
    (actor,) = _at(analyze(text), phrase)
    assert (actor.code, actor.sector) == (code, sector)


def test_the_host_states_prime_minister_is_not_its_government(analyze):
    report = analyze("BEIRUT (Wire) - The caretaker prime minister said on Monday the government would pay the salaries.")
    assert _at(report, "The caretaker prime minister") != _at(report, "the government")
