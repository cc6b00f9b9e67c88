"""A protest told by the existential frame ("there were protests in X on Sunday") or by its onset
("protests erupted in X"), as an attack is: an event with its place and date, by protesters
there when nobody is named. Sentences written for these tests, about no one incident."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import Event, Report

pytestmark = pytest.mark.model
PUB = dt.date(2021, 3, 8)  # a Monday


def _protests(report: Report) -> list[Event]:
    return [e for e in report.events if e.event == "PROTEST"]


def test_existential_protests_in_several_cities_are_a_protest_with_its_date(analyze):
    (ev,) = _protests(analyze("There were protests in several cities on Sunday."))
    assert ev.date is not None and ev.date.isoformat() == "2021-03-07"


@pytest.mark.parametrize("text, country, date, who, sub", [
    ("There was a demonstration outside parliament in Nairobi on Monday.", "KEN", "2021-03-08", "protesters", "Peaceful protest"),
    ("There were protests against the government in Lagos on Sunday.", "NGA", "2021-03-07", "protesters", "Peaceful protest"),
    ("There were riots in Lagos on Sunday.", "NGA", "2021-03-07", "rioters", "Violent demonstration"),
])
def test_an_existential_protest_has_its_place_date_and_unnamed_protesters(analyze, text, country, date, who, sub):
    (ev,) = _protests(analyze(text))
    assert ev.location is not None and ev.location.country == country
    assert ev.date is not None and ev.date.isoformat() == date
    assert [(r.name, r.code) for r in ev.source] == [(who, country)]
    assert ev.acled_sub_event_type == sub


@pytest.mark.parametrize("text", [
    "There was no protest in Nairobi on Monday.",
    "If there is a protest in Nairobi, police will respond.",
    "There have been protests in Lagos for weeks.",
    "There could be a demonstration in Nairobi on Friday.",
    "Was there a protest in Nairobi on Monday?",
    "There was the rally in Harare that everyone remembers.",
])
def test_an_unsaid_or_summed_up_protest_is_no_event(analyze, text):
    assert _protests(analyze(text)) == []


@pytest.mark.parametrize("text, event, country, date", [
    ("Protests erupted in Harare on Saturday.", "PROTEST", "ZWE", "2021-03-06"),
    ("A rally was held in Nairobi on Monday.", "PROTEST", "KEN", "2021-03-08"),
    ("Clashes broke out near Goma on Saturday.", "ASSAULT", "COD", "2021-03-06"),
])
def test_a_protest_or_fight_that_erupted_stands_with_its_place_and_date(analyze, text, event, country, date):
    (ev,) = [e for e in analyze(text).events if e.event == event]
    assert ev.location is not None and ev.location.country == country
    assert ev.date is not None and ev.date.isoformat() == date


@pytest.mark.parametrize("text", [
    "Protests did not erupt in Harare on Saturday.",
    "Protests could erupt in Harare on Saturday.",
    "Protests have broken out in Harare for weeks.",
])
def test_an_onset_denied_or_summed_up_is_no_event(analyze, text):
    assert _protests(analyze(text)) == []


def test_an_attack_told_again_by_its_onset_is_one_event(analyze):
    report = analyze("Rebels attacked a base in Mali on Sunday. The attack began at dawn.")
    assert len([e for e in report.events if e.event == "ASSAULT"]) == 1


@pytest.mark.parametrize("text, sub", [
    ("Hundreds of people staged violent protests in Lagos on Sunday.", "Violent demonstration"),
    ("Violent protests erupted in Lagos on Sunday.", "Violent demonstration"),
    ("Students protested violently in Lagos on Sunday.", "Violent demonstration"),
    ("Hundreds of people staged non-violent protests in Lagos on Sunday.", "Peaceful protest"),
    ("Students protested peacefully in Lagos on Sunday after violent clashes.", "Peaceful protest"),
])
def test_a_protest_told_violent_is_a_violent_demonstration(analyze, text, sub):
    (ev,) = _protests(analyze(text))
    assert ev.acled_sub_event_type == sub
