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


# -- a negated harm verb: the unharmed are no victims -------------------------------------


@pytest.mark.parametrize("text,unharmed", [
    ("Rebels attacked the army base in Mali on Sunday. A soldier was not killed in the attack.", "A soldier"),
    ("Gunmen stormed a market in Niger on Friday. No civilians were hurt in the attack.", "No civilians"),
])
def test_people_not_harmed_are_no_target(analyze, text, unharmed):
    report = analyze(text)
    [ev] = [e for e in report.events if e.event == "ASSAULT"]
    assert unharmed not in {r.text for r in ev.target}, ev.target
    assert all(c.modality != "denied" for c in ev.claims)  # the attack told is not denied
    assert ev.dead is None or ev.dead.min == 0


def test_people_harmed_in_the_attack_stay_its_target(analyze):
    report = analyze("Rebels attacked the army base in Mali on Sunday. A soldier was killed in the attack.")
    [ev] = [e for e in report.events if e.event == "ASSAULT"]
    assert "A soldier" in {r.text for r in ev.target}


# -- statements by parties the actor stage could not code ---------------------------------


@pytest.mark.parametrize("text,sources", [
    ("Opposition leaders rejected the proposal on Monday. Later, protesters rejected the curfew.", {"Opposition leaders", "protesters"}),
    ("Local officials rejected the plan. Farmers also refused to accept the new tax.", {"Local officials", "Farmers"}),
])
def test_statements_of_other_uncoded_parties_in_other_sentences_stay_apart(analyze, text, sources):
    rejects = [e for e in analyze(text).events if e.event == "REJECT"]
    assert len(rejects) == 2 and {r.text for e in rejects for r in e.source} == sources, rejects


def test_one_uncoded_party_told_again_is_one_statement(analyze):
    text = "Opposition leaders rejected the proposal on Monday. The opposition leaders rejected it again in a statement."
    assert len([e for e in analyze(text).events if e.event == "REJECT"]) == 1


# -- forced displacement: ACLED Strategic developments / Other (events.yaml explains) -------


@pytest.mark.parametrize("text", [
    "Militias drove residents out of two villages in Ituri on Monday.",
    "Soldiers forced hundreds of residents out of their homes in Rakhine.",
])
def test_people_driven_out_are_no_looting_or_arrest(analyze, text):
    [ev] = [e for e in analyze(text).events if e.event == "COERCE"]
    assert (ev.mode, ev.acled_event_type, ev.acled_sub_event_type) == ("expel", "Strategic developments", "Other")


def test_property_burned_stays_looting_property_destruction(analyze):
    [ev] = [e for e in analyze("Militiamen torched dozens of houses in Ituri on Monday.").events if e.event == "COERCE"]
    assert ev.acled_sub_event_type == "Looting/property destruction"


# -- a destination is no home: it does not make a sentence one-country --------------------


@pytest.mark.parametrize("text,destination", [
    ("The president would visit Kenya next week, the ministry said.", "KEN"),
    ("Police arrested the opposition leader, who flew to Ethiopia on Monday.", "ETH"),
])
def test_a_destination_does_not_code_the_other_parties(analyze, text, destination):
    report = analyze(text)
    assert all(r.code != destination for e in report.events for r in e.source), report.events


def test_a_country_where_the_act_happens_still_codes_its_parties(analyze):
    [ev] = analyze("Police in Ethiopia arrested the opposition leader on Monday.").events
    assert {r.code for r in ev.source} == {"ETH"}


@pytest.mark.parametrize("text,target", [
    ("Police arrested the opposition leader, who flew to Ethiopia on Monday.", "the opposition leader"),  # a relative clause
    ("The foreign minister criticised the opposition before his trip to Chad.", "the opposition"),  # a destination
])
def test_a_party_acted_on_is_not_replaced_by_a_country_that_only_describes_it(analyze, text, target):
    [ev] = analyze(text).events
    assert [r.text for r in ev.target] == [target], ev.target


def test_a_country_in_the_clause_of_the_act_still_is_its_target(analyze):
    [ev] = [e for e in analyze("Opposition leaders in exile accused the government of torture in Eritrea.").events if e.event == "ACCUSE"]
    assert "ERI" in {r.code for r in ev.target}, ev.target


@pytest.mark.parametrize("text,target", [
    ("Militants forced thousands of villagers to flee their homes in Borno.", "villagers"),
    ("Gunmen forced residents to leave the village on Sunday.", "residents"),
])
def test_people_forced_to_flee_are_driven_out(analyze, text, target):
    [ev] = analyze(text).events
    assert (ev.event, ev.mode, ev.acled_sub_event_type) == ("COERCE", "expel", "Other")
    assert [r.text for r in ev.target] == [target]


@pytest.mark.parametrize("text", [
    "The floods forced thousands to flee.",  # nature is no actor
    "The government forced residents to pay a new tax.",  # made to do something else
])
def test_other_compulsions_are_no_displacement(analyze, text):
    assert not [e for e in analyze(text).events if e.mode == "expel"]
