"""Places: a capital described, not named ("the Belarusian capital", "the capital of Mali",
"Kenya's capital", "the country's capital" in a report about one country) is that country's
capital city, and events there take it as their location; "capital" in other senses, a
provincial capital and a description followed by the name are left alone.
Texts written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model
PUB = dt.date(2021, 4, 5)


def _places(report) -> dict[str, tuple[str | None, str | None]]:
    return {p.text: (p.name, p.country) for p in report.places}


@pytest.mark.parametrize("text,span,city,country", [
    ("Police detained more than 200 protesters in the Belarusian capital on Sunday, a rights group said.",
     "capital", "Minsk", "BLR"),
    ("A car bomb exploded near a checkpoint in the Afghan capital on Tuesday, killing four people.",
     "capital", "Kabul", "AFG"),
    ("Thousands of people marched through the capital of Mali on Friday to demand elections.",
     "capital", "Bamako", "MLI"),
    ("Gunmen attacked a hotel in Kenya's capital on Monday, police said.",
     "capital", "Nairobi", "KEN"),
    ("Thousands of people rallied in the U.S. capital on Saturday against the war.",
     "capital", "Washington", "USA"),
    ("Hundreds of students protested in the Venezuelan capital on Saturday against the cost of food.",
     "capital", "Caracas", "VEN"),
])
def test_a_described_capital_is_the_capital_city(analyze, text, span, city, country):
    report = analyze(text)
    assert _places(report).get(span) == (city, country), _places(report)
    place = next(p for p in report.places if p.text == span)
    assert text[place.start:place.end] == span
    if "Mali" in text:  # the country named stays its own place
        assert _places(report).get("Mali") == ("Mali", "MLI"), _places(report)
    assert any(e.location is not None and e.location.name == city for e in report.events), [
        (e.event, e.location) for e in report.events]


def test_the_unnamed_people_there_take_its_country(analyze):
    report = analyze("Police detained more than 200 protesters in the Belarusian capital on Sunday, a rights group said.")
    arrest = next(e for e in report.events if e.mode == "arrest")
    assert [r.code for r in arrest.source] == ["BLR"], arrest.source


def test_the_countrys_capital_in_a_report_about_one_country(analyze):
    report = analyze("Security forces clashed with protesters in Harare and Bulawayo in Zimbabwe on Monday. "
                     "On Tuesday police arrested 30 people in the country's capital, officials said.")
    assert _places(report).get("capital") == ("Harare", "ZWE"), _places(report)


def test_the_countrys_capital_is_left_when_the_report_names_several_countries(analyze):
    report = analyze("Ministers from Kenya and Uganda met in Nairobi on Monday. "
                     "Police later arrested 30 people in the country's capital, officials said.")
    assert "capital" not in _places(report), _places(report)


@pytest.mark.parametrize("text,name,country", [
    ("A bomb exploded in the Ethiopian capital Addis Ababa on Sunday, wounding six people.", "Addis Ababa", "ETH"),
    ("A bomb exploded in the Afghan capital, Kabul, on Sunday, wounding six people.", "Kabul", "AFG"),
    ("Protesters marched in Lusaka, the capital of Zambia, on Sunday.", "Lusaka", "ZMB"),
])
def test_the_name_beside_the_description_wins(analyze, text, name, country):
    places = _places(analyze(text))
    assert not any("capital" in p for p in places), places
    assert places.get(name) == (name, country), places


@pytest.mark.parametrize("text", [
    "Rights groups urged the Nigerian government to abolish capital punishment on Monday.",
    "The ruling party has lost political capital since the strikes began in March.",
    "Foreign investors pulled money out of Kenyan capital markets last week, analysts said.",
    "Russian capital flight rose sharply in March, the central bank said.",
    "Gunmen killed three traders in a provincial capital in northern Burkina Faso on Sunday.",
])
def test_other_senses_of_capital_are_no_place(analyze, text):
    report = analyze(text)
    assert not any("capital" in p.text for p in report.places), _places(report)


@pytest.mark.parametrize("text,country", [
    ("MINSK (Reuters) - Police detained more than 200 protesters on Sunday, a rights group said.", "BLR"),
    ("HARARE (AP) - Soldiers arrested 40 vendors at a market on Friday, witnesses said.", "ZWE"),
])
def test_a_datelines_agency_names_no_state_of_the_story(analyze, text, country):
    """The report names one country (its dateline's place): the forces described with no
    country are that country's, the news agency of the dateline counting for no state."""
    report = analyze(text)
    arrest = next(e for e in report.events if e.mode == "arrest")
    assert [r.code for r in arrest.source] == [country], arrest.source
