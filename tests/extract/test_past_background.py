"""Acts dated well before the report, told after a lead about a recent act, are background
(issue 4: "background summaries ... are not incidents"), on short reports written for these
tests: "last year", "in 2019", a calendar day years back. The lead's own act always stays, so a
report whose only act is dated "last year" keeps it; a recent day ("on Monday") is news."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.lexicon import load_event_lexicon
from sitrep.model import Report
from tests._helpers import analysed as _run

pytestmark = pytest.mark.model
PUB = dt.date(2021, 3, 8)  # a Monday

LEAD = "Soldiers shot dead three protesters in the capital on Monday. "


def _types(report: Report) -> list[str]:
    return sorted(e.event for e in report.events)


def test_lexicon_reads_background_times():
    lex = load_event_lexicon()
    assert "last year" in lex.background_times and lex.background_age_days > 0


@pytest.mark.parametrize("background", [
    "The European Union imposed sanctions on the generals last year.",
    "In 2019, rebels seized the town and held it for a month.",
    "Rebels killed ten soldiers in the area on March 3, 2019.",
    "Two years ago, police arrested dozens of opposition members in the same square.",
])
def test_act_dated_well_before_a_recent_lead_is_background(pipeline, background):
    report = _run(pipeline, LEAD + background)
    assert _types(report) == ["ASSAULT"]  # the lead's killing only
    assert all(e.evidence.start < len(LEAD) for e in report.events)


@pytest.mark.parametrize("text,expected", [
    # a report whose only act is dated "last year" keeps it: it is the news
    ("The European Union imposed sanctions on the generals last year.", ["SANCTION"]),
    # a recent day told is news, after the lead too
    (LEAD + "Police arrested four students in the same square on Sunday.", ["ASSAULT", "COERCE"]),
    # an undated act after the lead is not dated before the report
    (LEAD + "The European Union imposed sanctions on the generals.", ["ASSAULT", "SANCTION"]),
    # a lead dated back is the news; what follows it stays
    ("The European Union imposed sanctions on the generals last year. Police arrested four students on Sunday.",
     ["COERCE", "SANCTION"]),
])
def test_dated_acts_that_are_the_news_stay(pipeline, text, expected):
    assert _types(_run(pipeline, text)) == expected


def test_a_year_naming_a_thing_does_not_date_the_act(pipeline):
    # "the worst since 2019", "the 2019 election": a time of a noun, not of the act told
    report = _run(pipeline, LEAD + "Police arrested four students who protested against the 2019 election result.")
    assert _types(report) == ["ASSAULT", "COERCE", "PROTEST"]


@pytest.mark.parametrize("text", [
    "The United States imposed sanctions on the generals.",
    "Canada imposed sanctions against the officers responsible.",
])
def test_a_sanction_on_people_no_actor_was_made_of_guesses_no_target(pipeline, text):
    # the people sanctioned are named, not coded: no target beats the sanctioner's own civilians
    [ev] = [e for e in _run(pipeline, text).events if e.event == "SANCTION"]
    assert ev.source and ev.target == []


def test_a_curfew_named_on_no_one_is_on_the_doers_own_people(pipeline):
    [ev] = [e for e in _run(pipeline, "The French government imposed a curfew in Paris.").events if e.event == "COERCE"]
    assert [(r.code, r.sector) for r in ev.target] == [("FRA", "CVL")]


@pytest.mark.parametrize("text, expected", [
    ("The junta that seized power in 2019 said on Monday it would hold elections.", []),
    ("The military, which seized power in a coup in 2018, said on Monday it would hold elections.", []),
    ("The junta, which took power in a 2019 coup, released 100 prisoners on Monday.", ["RETREAT"]),
    ("Since seizing power in 2019, the junta has expelled foreign troops.", ["SANCTION"]),
    ("Rebels who attacked the town last year killed five soldiers on Monday.", ["ASSAULT"]),
])
def test_an_act_describing_a_party_dated_years_back_is_background_even_in_the_lead(pipeline, text, expected):
    # the coup told in a relative or time clause describes who acts now: not an incident of the report
    assert _types(_run(pipeline, text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("The soldiers who seized power on Wednesday dissolved parliament.", ["COERCE"]),  # a recent day: the news
    ("Police arrested four students who protested against the 2019 election result.", ["COERCE", "PROTEST"]),  # a time of a thing
])
def test_a_described_act_told_recently_or_undated_stays(pipeline, text, expected):
    assert _types(_run(pipeline, text)) == expected
