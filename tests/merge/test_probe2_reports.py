"""The second unseen-article probe (tests/data/probe2; wire reports written for it, no benchmark
text): an expulsion of diplomats, post-election riots told by two outlets, a mass abduction, a
coast guard's water cannon, a prisoner exchange and a market bombing told by two outlets.
Analysed end to end, each must give what a reader of it would code, and each pair is one
incident."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests._helpers import probe_reports

pytestmark = pytest.mark.model

PROBE = Path(__file__).parent.parent / "data" / "probe2"
PUBLISHED = {
    "expulsion_westwire.txt": dt.date(2025, 3, 3),
    "riots_eastdispatch.txt": dt.date(2024, 11, 8),
    "riots_maputomail.txt": dt.date(2024, 11, 8),
    "kidnap_sahelpost.txt": dt.date(2024, 6, 16),
    "maritime_asiamarine.txt": dt.date(2024, 8, 20),
    "exchange_caucasuswire.txt": dt.date(2024, 1, 11),
    "bombing_southasia.txt": dt.date(2024, 10, 5),
    "bombing_frontierdaily.txt": dt.date(2024, 10, 6),
}


@pytest.fixture(scope="module")
def reports(pipeline):
    return probe_reports(pipeline, PROBE, PUBLISHED)


def _countries(report) -> set[str | None]:
    return {p.country for p in report.places if p.resolved}


def test_no_teaser_line_stays_in_the_story(reports):
    for name, report in reports.items():
        first_words = {line.split(":")[0] for line in report.article.text.splitlines() if ":" in line[:15]}
        assert not first_words & {"Read more", "Related", "See also", "More", "Background", "Read"}, (name, first_words)
    assert not [a for r in reports.values() for a in r.actors if a.name == "Background"]


def test_no_word_of_an_outlet_or_a_venue_is_a_far_place(reports):
    for name, report in reports.items():
        assert not {"Asia", "Sahel", "Independence", "Centre"} & {p.text for p in report.places if p.resolved}, (name, report.places)
    for name in ("riots_eastdispatch.txt", "riots_maputomail.txt"):
        assert _countries(reports[name]) <= {"MOZ", None}, reports[name].places
    kidnap = reports["kidnap_sahelpost.txt"]
    assert _countries(kidnap) <= {"NGA", None}, kidnap.places


def test_the_expelling_countrys_ministry_is_not_the_expelled_ones(reports):
    report = reports["expulsion_westwire.txt"]
    (expel,) = [e for e in report.events if e.event == "SANCTION"]
    assert [r.code for r in expel.source] == ["POL"], expel.source
    assert "RUS" in [r.code for r in expel.target], expel.target
    claimers = [c.claimed_by for c in expel.claims if c.field == "event"]
    assert all(c == "reporter" or c.code != "RUS" for c in claimers), claimers


def test_a_president_named_after_his_adviser_keeps_his_own_title(reports):
    report = reports["exchange_caucasuswire.txt"]
    aliyev = next(a for a in report.actors if a.name == "Ilham Aliyev")
    assert (aliyev.code, aliyev.role) == ("AZE", "Azerbaijani President"), aliyev


def test_the_abduction_is_coded_where_and_by_whom_it_was(reports):
    report = reports["kidnap_sahelpost.txt"]
    abduction = next(e for e in report.events if e.mode == "abduct")
    assert abduction.acled_sub_event_type == "Abduction/forced disappearance"
    assert abduction.location is not None and abduction.location.country == "NGA"
    assert any(r.sector == "REB" for r in abduction.source), abduction.source


def test_two_outlets_of_one_riot_are_one_incident(reports):
    from sitrep.merge import merge_reports

    (incident,) = merge_reports([reports["riots_eastdispatch.txt"], reports["riots_maputomail.txt"]])
    assert len(incident.articles) == 2
    assert incident.location is None or incident.location.country == "MOZ", incident.location
    figures = {f.min for f in incident.killed.figures}
    assert {11, 14} <= figures, figures
    assert "killed" in [c.field for c in incident.contested]


def test_two_outlets_of_one_market_bombing_are_one_incident(reports):
    from sitrep.merge import merge_reports

    (incident,) = merge_reports([reports["bombing_southasia.txt"], reports["bombing_frontierdaily.txt"]])
    assert len(incident.articles) == 2
    assert incident.location is not None and incident.location.name == "Bannu"
    assert incident.acled_event_type == "Explosions/Remote violence"
    assert incident.killed.high == 31, incident.killed
    assert "TTP" in [p.code for p in incident.perpetrators], incident.perpetrators
