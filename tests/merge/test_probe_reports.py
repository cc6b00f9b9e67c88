"""Two outlets' wire reports of one shelling and of one protest crackdown, written for the unseen-
article probe (tests/data/probe; no benchmark text): analysed and merged end to end, each pair is
one incident, whatever the outlets spell and count differently, and what the reports tell of
other incidents stays out of it."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

pytestmark = pytest.mark.model

PROBE = Path(__file__).parent.parent / "data" / "probe"


def _reports(pipeline, *names: str, published: dt.date):
    from sitrep.ingest.readers import read_paths
    from sitrep.model import Article

    out = []
    for name in names:
        (article,) = [a for a in read_paths([PROBE / name], pipeline.options) if isinstance(a, Article)]
        article.published = published
        out.append(pipeline.analyze(article))
    return out


def test_two_outlets_of_one_shelling_are_one_incident(pipeline):
    from sitrep.merge import merge_reports

    reports = _reports(pipeline, "shelling_westwire.txt", "shelling_eew.txt", published=dt.date(2024, 2, 20))
    for report in reports:  # the dateline's outlet is no place, nor a person
        assert not [p for p in report.places if "Wire" in p.text], report.places
        assert not [a for a in report.actors if "Wire" in a.name and a.sector != "MED"], report.actors
    (incident,) = merge_reports(reports)
    assert incident.location is not None and incident.location.name == "Kupyansk"
    assert len(incident.articles) == 2
    # "killed at least seven civilians and wounded 19": seven is no count of the wounded
    assert 7 not in [f.min for f in incident.injured.figures], incident.injured.figures
    assert (incident.killed.low, incident.killed.high) != (None, None)


def test_two_outlets_of_one_protest_crackdown_are_one_incident(pipeline):
    from sitrep.merge import merge_reports

    reports = _reports(pipeline, "protest_westwire.txt", "protest_saheldaily.txt", published=dt.date(2026, 3, 14))
    (incident,) = merge_reports(reports)
    assert len(incident.articles) == 2
    figures = sorted(f.min for f in incident.killed.figures)
    # "three of the dead had gunshot wounds" is a part of a toll; "14 people were killed in protests" in 2021 another's
    assert 3 not in figures and 14 not in figures, figures
    assert {4, 6, 11} <= set(figures), figures
    assert "killed" in [c.field for c in incident.contested]
