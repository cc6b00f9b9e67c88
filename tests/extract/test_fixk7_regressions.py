"""Regressions a second reader found in round k7's actor and place rules, on sentences written
for these tests: a state's own name inside "Name (ACRONYM)" dropped; an earlier organisation with
"House" or "Congress" in its name disowning the US legislature; "Congress leader X" read as a
party's officer where the story tells a legislature; "Union" in a state's or a bloc's name read
as a trade union; a dateline's big town lost to small towns that bear its English name."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import actors_at as _at

pytestmark = pytest.mark.model
PUB = dt.date(2024, 4, 8)  # a Monday


# 1. a state's own body or the state itself, abbreviated in brackets, keeps the state ----------------
@pytest.mark.parametrize("text, phrase, code, sector", [
    ("The Kenya Defence Forces (KDF) killed 20 al-Shabaab militants near the border, the army said.",
     "The Kenya Defence Forces", "KEN", "MIL"),
    ("The Rwanda Defence Force (RDF) said it had repelled an attack.", "The Rwanda Defence Force", "RWA", "MIL"),
    ("The Nigeria Labour Congress (NLC) said workers would strike.", "The Nigeria Labour Congress", "NGA", "LAB"),
    ("The United Kingdom (UK) imposed sanctions on Iran on Tuesday.", "United Kingdom", "GBR", "GOV"),
    ("The Government of Sudan (GoS) accused the RSF of shelling El Fasher.", "The Government", "SDN", "GOV"),
])
def test_a_state_s_own_abbreviated_name_keeps_the_state(analyze, text, phrase, code, sector):
    (actor,) = _at(analyze(text), phrase)
    assert (actor.code, actor.sector) == (code, sector)


def test_a_state_named_in_full_before_its_acronym_is_a_place(analyze):
    report = analyze("Fighting continued in the Democratic Republic of Congo (DRC) on Tuesday, where rebels attacked a village.")
    assert [p.country for p in report.places] == ["COD"]


def test_the_state_a_liberation_movement_is_for_is_still_a_word_of_its_name(analyze):
    report = analyze("Talks opened with the Front for the Liberation of Niger (FLN) on Friday.")
    assert not [a for a in report.actors if a.kind == "country"]


# 2. an earlier body with a legislature's word in its name --------------------------------------------
@pytest.mark.parametrize("text, phrase", [
    ("The House Armed Services Committee held a hearing on Monday. "
     "The House of Representatives voted to impose sanctions on Iran.", "House of Representatives voted"),
    ("The Congress of Racial Equality held a rally. Congress voted to impose sanctions on Iran.", "Congress voted"),
])
def test_a_body_named_with_house_or_congress_leaves_the_us_legislature_the_us(analyze, text, phrase):
    (actor,) = _at(analyze(text), phrase)
    assert (actor.code, actor.sector) == ("USA", "GOV")


def test_a_party_named_with_a_legislature_s_word_is_what_its_short_name_repeats(analyze):
    report = analyze("The African National Congress (ANC) won the vote. The Congress said it would form a coalition.")
    (actor,) = _at(report, "The Congress said")
    assert actor.code != "USA"


def test_a_foreign_union_s_short_name_is_that_union(analyze):
    report = analyze("The Nigeria Labour Congress (NLC) said workers would strike. The Congress said the talks had failed.")
    (actor,) = _at(report, "The Congress said")
    assert (actor.code, actor.sector) == ("NGA", "LAB")


# 3. "Congress leader X" where the story tells a legislature ------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("The Senate passed the bill on Tuesday. Congress leader Mike Dunn said the House would vote next week.", "Mike Dunn"),
    ("WASHINGTON - The Congress leader in the House, Tom Baker, criticised the president.", "Tom Baker"),
    ("Lawmakers in Congress passed the bill. Congress spokesman Tom Jones said the vote was close.", "Tom Jones"),
    ("The Congress leader in the House, Tom Baker, criticised President Trump.", "Tom Baker"),
])
def test_a_legislature_s_officer_is_no_party_s(analyze, text, name):
    (actor,) = _at(analyze(text), name)
    assert (actor.code, actor.sector) == ("USA", "GOV")


def test_a_parliament_tells_no_congress_type_legislature(analyze):
    (actor,) = _at(analyze("Congress leader Rahul Verma walked out of Parliament on Monday."), "Rahul Verma")
    assert actor.code != "USA" and actor.sector is None


def test_under_a_dateline_of_a_state_with_no_congress_the_congress_leader_leads_a_party(analyze):
    report = analyze("NEW DELHI - Congress leader Rahul Verma accused the government of rigging the vote.")
    (actor,) = _at(report, "Rahul Verma")
    assert actor.code != "USA" and actor.sector is None


# 4. "Union" in a state's or a bloc's name ------------------------------------------------------------
@pytest.mark.parametrize("text, name, sector", [
    ("The European Union's president Anna Berg said sanctions on Russia would be extended.", "Anna Berg", "IGO"),
    ("The Soviet Union's leader Ivan Petrov said troops would withdraw.", "Ivan Petrov", "GOV"),
])
def test_a_union_in_a_proper_name_is_no_trade_union(analyze, text, name, sector):
    (actor,) = _at(analyze(text), name)
    assert actor.sector == sector


# 5. a dateline that names a far bigger town by its English name --------------------------------------
@pytest.mark.parametrize("dateline, code", [("HANOVER", "DEU"), ("CANTON", "CHN"), ("CALCUTTA", "IND"), ("BRUGES", None),
                                            ("CORINTH", None), ("ROME", "ITA"), ("PORTO", "PRT")])
def test_a_dateline_s_english_name_of_a_far_bigger_town_is_that_town_s(dateline, code):
    from sitrep.config import Options
    from sitrep.extract.places import clear_country, shared_gazetteer

    assert clear_country(dateline, shared_gazetteer(Options().cache_dir)) == code


def test_a_dateline_exonym_codes_the_police_by_the_big_town(analyze):
    (place,) = analyze("BRUGES - Police detained 20 protesters on Tuesday.").places
    assert place.country == "BEL"
