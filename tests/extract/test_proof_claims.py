"""Claims of proof (issue 4): a claim that something is proof (evidence, a sign) that a party
does a hostile act or aims at one accuses that party; proof of a peaceful aim, or of a hostile
aim denied, accuses no one. Texts written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model
PUB = dt.date(2022, 9, 12)


def _accusations(report):
    return [e for e in report.events if e.event == "ACCUSE"]


@pytest.mark.parametrize("text,sources,target", [
    ("Pakistan and China claimed it was proof the Indian government wants a war.", ["PAK", "CHN"], "IND"),
    ("Brazil said the manoeuvres were proof that Argentina was planning an invasion.", ["BRA"], "ARG"),
    ("Kenya said the troop build-up was evidence that Somalia seeks a confrontation.", ["KEN"], "SOM"),
])
def test_proof_of_a_hostile_aim_accuses_its_party(analyze, text, sources, target):
    found = _accusations(analyze(text))
    assert any([r.code for r in e.source] == sources and [r.code for r in e.target] == [target] for e in found), \
        [(e.source, e.target) for e in found]


@pytest.mark.parametrize("text", [
    "Pakistan and China claimed it was proof the Indian government wants peace.",
    "Brazil said the visit was proof that Argentina wants closer trade ties.",
    "Kenya said the talks were proof that Somalia does not want a war.",
])
def test_proof_of_a_peaceful_or_denied_aim_accuses_no_one(analyze, text):
    assert _accusations(analyze(text)) == []
