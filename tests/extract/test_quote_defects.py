"""Quote defects: acts told with a verb that can also report speech, and pronoun speakers that
must agree with their antecedent in number and prefer the speaker of their own sentence.
Sentences written for these tests, about no one incident."""
from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model
PUB = dt.date(2022, 5, 9)


def _said(report, needle: str):
    hits = [q for q in report.quotes if needle in q.content.text]
    assert hits, f"no quote holds {needle!r}: {[q.content.text for q in report.quotes]}"
    return min(hits, key=lambda q: len(q.content.text))  # the innermost


# -- pronouns agree with their antecedent ------------------------------------------------


@pytest.mark.parametrize("text", [
    "Rescuers said the strike, which it described as a massacre, killed 12 people in the village.",
    "Paramedics said the raid, which it described as a war crime, left nine people dead.",
])
def test_it_does_not_take_a_plural_speaker(analyze, text):
    report = analyze(text)
    inner = _said(report, "massacre" if "massacre" in text else "war crime")
    assert inner.speaker.text == "it"
    assert inner.speaker.name not in ("Rescuers", "Paramedics")


def test_it_takes_the_last_single_body(analyze):
    report = analyze("The army said the convoy had been hit by mistake. Rescuers said the strike, which it "
                     "described as a regrettable accident, killed 12 people.")
    assert _said(report, "regrettable accident").speaker.name.lower() in ("army", "the army")


def test_they_does_not_take_a_single_person(analyze):
    report = analyze("Jane Okoro said the vote had been fair. They added that the count would be repeated.")
    they = _said(report, "count would be repeated")
    assert they.speaker.text == "They" and they.speaker.name != "Jane Okoro"


def test_a_pronoun_takes_the_speaker_of_its_own_sentence(analyze):
    """The speaker two paragraphs back is known to be a man by his title; the minister is not,
    but "he" in the minister's own sentence is the minister."""
    report = analyze("A police spokesman said the crowd had dispersed by nightfall.\n\n"
                     "Finance Minister Tomas Berger told reporters that the government would not cancel the tax, "
                     "which he said was needed to balance the budget.")
    he = _said(report, "balance the budget")
    assert he.speaker.text == "he" and he.speaker.name == "Tomas Berger"


def test_a_proper_plural_name_is_it(analyze):
    report = analyze("The United States said the talks had failed. It added that more sanctions would follow.")
    assert _said(report, "more sanctions").speaker.code == "USA"


# -- a crowd's protest is an act, not a statement ------------------------------------------


@pytest.mark.parametrize("text", [
    "Thousands protested against rising petrol prices in the capital on Sunday.",
    "About 2,000 workers protested over unpaid wages in the port city on Monday.",
    "Crowds protested against the curfew in the old city.",
])
def test_a_crowd_protesting_against_something_says_nothing(analyze, text):
    report = analyze(text)
    assert report.quotes == []
    assert [e.event for e in report.events] == ["PROTEST"]


@pytest.mark.parametrize("text, content", [
    ("Lawyers protested that the court had ignored the evidence.", "the court had ignored the evidence"),
    ("Demonstrators protested that the police had used excessive force.", "the police had used excessive force"),
    ("Thousands protested, chanting that the president must resign.", "the president must resign"),
])
def test_a_protest_that_reports_a_clause_is_speech(analyze, text, content):
    (q,) = analyze(text).quotes
    assert q.content.text == content


# -- no statement from a disaster, a summons, or a relative pronoun -------------------------


@pytest.mark.parametrize("text", [
    "The blast claimed the lives of 12 people in the market.",
    "The floods have claimed more than 30 lives since Monday.",
    "The war has claimed more than 10,000 lives.",
    "Gunmen claimed the lives of five villagers in the raid.",
    "Troops called in air strikes on the rebel positions near the town on Monday.",
])
def test_tolls_and_summons_are_no_statements(analyze, text):
    assert analyze(text).quotes == []


@pytest.mark.parametrize("text, cue, content", [
    ("The militants claimed responsibility for the bombing.", "claimed", "responsibility for the bombing"),
    ("The opposition called in a statement for calm.", "called", "calm"),
])
def test_claims_and_calls_that_speak_stay(analyze, text, cue, content):
    (q,) = analyze(text).quotes
    assert q.cue.text == cue and content in q.content.text


@pytest.mark.parametrize("text, speaker, content", [
    ("The strike, which residents said hit a school, killed nine people.", "residents", "hit a school"),
    ("The convoy, which witnesses said carried food, was hit on Sunday.", "witnesses", "carried food"),
])
def test_the_speaker_of_a_relative_clause_is_not_the_relative_pronoun(analyze, text, speaker, content):
    q = _said(analyze(text), content)
    assert q.speaker.text == speaker and q.speaker.resolved


def test_a_participle_after_a_parenthetical_cue_is_not_its_content(analyze):
    report = analyze("Government forces fired on the protesters, the group said, adding that it had documented 15 deaths.")
    said = sorted(q.content.text for q in report.quotes)
    assert said == ["Government forces fired on the protesters", "it had documented 15 deaths"]


def test_she_after_an_envoy_of_an_organisation(analyze):
    report = analyze("The UN envoy condemned the attack. She said those responsible must be held to account.")
    she = _said(report, "held to account")
    assert she.speaker.text == "She" and she.speaker.resolved


@pytest.mark.parametrize("text", [
    "The ministry issued a statement saying the attack had been repelled.",
    "The army put out a statement saying that two soldiers had been wounded.",
])
def test_a_statement_saying_is_one_quote(analyze, text):
    (q,) = analyze(text).quotes
    assert q.content.text in ("the attack had been repelled", "two soldiers had been wounded")
