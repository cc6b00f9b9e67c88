"""Regressions a second reader found in the q6 quote fixes, told in sentences written for these
tests: a pronoun that must agree in number with an unresolved body before it takes it, a subject
"No" that bounds a count or starts a name, "see" as a verb of opinion, and a set-off phrase whose
apposition names a coded actor."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import quote_with as _quote

pytestmark = pytest.mark.model
PUB = dt.date(2023, 4, 18)


def _speakers(report) -> list[tuple[str, str | None, str | None]]:
    return [(q.speaker.text, q.speaker.name, q.speaker.code) for q in report.quotes]


# -- "they" takes no singular body told after the plural speaker ----------------------------------


@pytest.mark.parametrize(("text", "needle", "name"), [
    ("Protesters said they were beaten. The mayor's office said the march was illegal. They said they would "
     "march again.", "they would march again", "Protesters"),
    ("The rebels said they had seized the town. The governor's office said the town was calm. They said the "
     "army had fled.", "the army had fled", "The rebels"),
])
def test_they_is_not_a_singular_body_told_since(analyze, text, needle, name):
    report = analyze(text)
    q = _quote(report, needle)
    assert q.speaker.name == name and q.speaker.resolved, _speakers(report)


def test_they_still_takes_an_unresolved_plural_told_since(analyze):
    report = analyze("Police said the road was closed. Local residents said the water had risen overnight. They said "
                     "nobody had warned them.")
    q = _quote(report, "nobody had warned them")
    assert q.speaker.name is not None and "residents" in q.speaker.name, _speakers(report)


# -- "it" after a set-off phrase whose apposition names a coded actor -----------------------------


def test_it_after_a_described_body_known_by_a_coded_name_is_that_actor(analyze):
    report = analyze("The truck was driving to the camp when it was hit by a mine, the mission, known as UNAMA, said in "
                     "a statement on Monday. It said two people were injured.")
    q = _quote(report, "two people were injured")
    assert q.speaker.code == "IGO" and q.speaker.resolved, _speakers(report)


# -- "No" that names someone ------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "needle"), [
    ("No 10 said the prime minister would not resign.", "would not resign"),
    ("No 10 said it would not comment on the leak.", "would not comment"),
    ("No fewer than 30 lawmakers said the bill was unconstitutional.", "the bill was unconstitutional"),
    ("No more than a dozen officials said the plan would work.", "the plan would work"),
])
def test_a_no_before_a_number_or_a_bound_keeps_the_quote(analyze, text, needle):
    _quote(analyze(text), needle)


@pytest.mark.parametrize("text", [
    "No one said the bill was unconstitutional.",
    "None of the officials said the bill was unconstitutional.",
    "No group said it carried out the attack.",
])
def test_no_one_says_nothing(analyze, text):
    assert not analyze(text).quotes


# -- "see" as a verb of opinion -----------------------------------------------------------------------


@pytest.mark.parametrize(("text", "needle", "code"), [
    ("Ukraine sees the proposal as a surrender.", "surrender", "UKR"),
    ("France sees no reason to change course.", "change course", "FRA"),
    ("Beijing sees the visit as a provocation.", "provocation", "CHN"),
])
def test_a_country_that_sees_something_as_something_gives_a_view(analyze, text, needle, code):
    report = analyze(text)
    assert _quote(report, needle).speaker.code == code, _speakers(report)


def test_a_country_that_sees_itself_as_a_mediator_gives_a_view(analyze):
    _quote(analyze("The country sees itself as a mediator in the conflict."), "mediator")


@pytest.mark.parametrize("text", [
    "Kenya has seen protests over the tax bill for weeks.",
    "The region is witnessing a surge in kidnappings.",
    "Guinea-Bissau has seen four coups since independence.",
])
def test_a_place_that_has_seen_events_says_nothing(analyze, text):
    assert not analyze(text).quotes
