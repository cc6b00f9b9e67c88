"""Quote defects: the content of a cue in a relative clause ends with the clause; a claim denied
through a relative clause on its noun; a place claimed is ground taken, not a statement; "called
for calm" and "called on X to" stay requests. Sentences written for these tests, about no one
incident."""
from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model
PUB = dt.date(2023, 4, 17)


def _cued(report, cue: str):
    hits = [q for q in report.quotes if q.cue is not None and q.cue.text.split()[-1] == cue]
    assert hits, f"no quote cued by {cue!r}: {[(q.cue and q.cue.text, q.content.text) for q in report.quotes]}"
    return hits[0]


# -- a relative clause's cue reports only what the clause holds ---------------------------------


@pytest.mark.parametrize("text, content", [
    ("The offensive, which the general said would end the war, stalled in the hills near the river.", "would end the war"),
    ("The company's new mine, which the governor said would employ 500 people, opened on Monday.", "would employ 500 people"),
    ("The plan which the minister said would cut costs was rejected by parliament.", "would cut costs"),
])
def test_a_relative_cue_reports_its_clause_only(analyze, text, content):
    assert _cued(analyze(text), "said").content.text == content


@pytest.mark.parametrize("text, content", [
    ("The reform, which the minister said would cut costs, create jobs and raise wages, was approved by parliament.",
     "would cut costs, create jobs and raise wages"),
    ("Voters rejected the tax, which the mayor said would hurt families, especially the poorest ones.",
     "would hurt families, especially the poorest ones"),
])
def test_commas_inside_the_relative_clause_stay_content(analyze, text, content):
    assert _cued(analyze(text), "said").content.text == content


# -- a claim denied through the relative clause on its noun -------------------------------------


@pytest.mark.parametrize("text, cue, speaker, content", [
    # the noun sums up what the clause before it reports: that is what was denied (no longer "a claim")
    ("The rebels said soldiers had shelled the market, a claim the army denied.", "denied", "the army", "soldiers had shelled the market"),
    ("Residents said troops burned houses, an accusation the ministry rejected.", "rejected", "the ministry", "troops burned houses"),
    ("It is a claim that the army has denied.", "denied", "the army", "a claim"),
])
def test_a_claim_denied_through_its_noun(analyze, text, cue, speaker, content):
    q = _cued(analyze(text), cue)
    assert q.speaker.text == speaker and q.content.text == content and q.stance == "deny"


@pytest.mark.parametrize("text", [
    "The soldiers who denied the charges were released on Monday.",
    "The officers who denied were released on Monday.",
])
def test_the_relative_pronoun_as_denier_makes_no_claim_of_its_antecedent(analyze, text):
    assert not [q for q in analyze(text).quotes if q.content.text in ("The soldiers", "The officers")]


@pytest.mark.parametrize("text", [
    "The rebels have pushed for months.",
    "The spokesman commented on Friday.",
    "The agency reported on Monday that exports fell, and the ministry confirmed on Tuesday.",
])
def test_a_date_alone_is_no_content(analyze, text):
    contents = [q.content.text for q in analyze(text).quotes]
    assert not any(c in ("months", "Friday", "Monday", "Tuesday") for c in contents), contents


def test_a_date_is_when_it_was_confirmed_not_what(analyze):
    report = analyze("The report, which the ministry confirmed on Tuesday, said 20 people died.")
    q = _cued(report, "confirmed")
    assert q.content.text == "The report" and q.stance == "confirm"


# -- a place claimed is ground taken ------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Rebels claimed the town of Kanda on Sunday after heavy fighting.",
    "Rebels claimed the northern town after a week of fighting.",
])
def test_a_place_claimed_is_taken_not_said(analyze, text):
    report = analyze(text)
    assert report.quotes == []
    assert not [e for e in report.events if e.event in ("ACCUSE", "REJECT", "REQUEST", "THREATEN")]


@pytest.mark.parametrize("text, content", [
    ("Rebels claimed the town had fallen.", "the town had fallen"),
    ("The group claimed the attack on the base.", "the attack on the base"),
    ("China claims the island as its own territory.", "the island as its own territory"),
])
def test_a_claim_of_a_fact_or_an_attack_is_said(analyze, text, content):
    assert _cued(analyze(text), "claimed" if "claimed" in text else "claims").content.text == content


# -- "called": for calm and on someone to act are requests; "called in" summons --------------------


def test_called_for_calm_is_a_request(analyze):
    report = analyze("The minister called for calm after the riots.")
    assert [q.stance for q in report.quotes] == ["request"]
    assert [e.event for e in report.events] == ["REQUEST"]


def test_called_on_someone_to_act_is_a_request_aimed_at_them(analyze):
    report = analyze("The minister called on protesters to go home.")
    assert _cued(report, "called").content.text == "protesters to go home"
    (req,) = [e for e in report.events if e.event == "REQUEST"]
    assert [t.text for t in req.target] == ["protesters"]
