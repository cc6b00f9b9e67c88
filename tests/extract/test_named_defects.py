"""Event, actor and date defects named in the issue, each on short reports written for
these tests, with a case the fix must leave alone."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import Report

pytestmark = pytest.mark.model
PUB = dt.date(2021, 5, 24)


def _codes(report: Report) -> set[str | None]:
    return {r.code for e in report.events for r in (*e.source, *e.target)}


# -- "<Town>, <US state>": the town, not the country ---------------------------------------


@pytest.mark.parametrize("text,country", [
    ("Macedonia, Ohio sued the state over the new rules.", "MKD"),
    ("Officials in Lebanon, Pa. accused the county of ignoring the flood.", "LBN"),
    ("The mayor of Jordan, Minnesota criticised the governor.", "JOR"),
])
def test_a_town_of_a_us_state_is_no_country_actor(analyze, text, country):
    report = analyze(text)
    assert country not in _codes(report), report.events
    assert all(a.code != country for a in report.actors)


@pytest.mark.parametrize("text,countries", [
    ("Armenia, Georgia and Azerbaijan signed a deal on Monday.", {"ARM", "GEO", "AZE"}),  # "Georgia" is a state too
    ("Lebanon, Syria and Jordan condemned the attack.", {"LBN"}),
])
def test_countries_listed_stay_countries(analyze, text, countries):
    assert countries <= {a.code for a in analyze(text).actors}
