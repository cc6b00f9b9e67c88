"""Counts of people arrested and of escapers ("police arrested 12", "40 inmates escaped") are figures
of an incident kept and reconciled as tolls are (per claimer, a range, contested positions), on texts
written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.merge import merge_reports
from sitrep.model import Article

pytestmark = pytest.mark.model

PUB = dt.date(2024, 8, 20)  # a Tuesday


def test_a_jailbreaks_escapers_and_arrests_are_reconciled_as_tolls(pipeline):
    reports = [pipeline.analyze(Article(id=f"r{i}", text=t, published=PUB)) for i, t in enumerate((
        "PORT-AU-PRINCE, Aug 20 (Test Wire) - About 40 inmates escaped from a prison in Mirebalais on Monday after armed "
        "men attacked it, police said. Police arrested 12 of the escaped inmates by Tuesday, a police spokesman said.\n",
        "Armed men stormed the prison in Mirebalais, Haiti, on Monday. The prison director said 53 inmates escaped.\n",
    ))]
    (incident,) = merge_reports(reports)
    assert (incident.escaped.low, incident.escaped.high) == (40, 53), incident.escaped
    assert [f.min for f in incident.arrested.figures] == [12], incident.arrested
    (c,) = [c for c in incident.contested if c.field == "escaped"]
    assert [p.claimed_by for p in c.positions] == [["Haitian police"], ["prison director"]], c.positions
    assert incident.killed is None


def test_two_groups_arrested_are_no_rival_counts(pipeline):
    # each count keeps its noun: 20 protesters and four reporters are different people, not a contest
    report = pipeline.analyze(Article(id="r0", published=PUB, text=(
        "LAHORE, Aug 20 (Test Wire) - Police arrested 20 protesters outside the provincial assembly in Lahore on "
        "Monday, a police official said. Police also detained four reporters covering the rally, a journalists' union said.\n")))
    (incident,) = merge_reports([report])
    assert sorted((f.min, f.of) for f in incident.arrested.figures) == [(4, "reporters"), (20, "protesters")]
    assert not [c for c in incident.contested if c.field == "arrested"], incident.contested


def test_two_voices_counting_the_same_arrests_are_contested(pipeline):
    report = pipeline.analyze(Article(id="r0", published=PUB, text=(
        "LAHORE, Aug 20 (Test Wire) - Police arrested 20 protesters outside the provincial assembly in Lahore on "
        "Monday, a police official said. The protest organisers said police had detained 65 protesters.\n")))
    (incident,) = merge_reports([report])
    (c,) = [c for c in incident.contested if c.field == "arrested"]
    assert [p.value for p in c.positions] == ["20", "65"], c.positions


def test_an_arrest_only_follow_up_makes_no_incident(pipeline):
    from sitrep.merge import mentions_from_report

    report = pipeline.analyze(Article(id="r0", published=PUB, text=(
        "Police said on Tuesday they had arrested 11 people in connection with the killing of a shopkeeper.\n")))
    assert mentions_from_report(report) == []
