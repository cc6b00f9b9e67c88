"""Actor defects a reviewer found in the unseen-article probe's rules: a ministry told again by its
sector's words in capitals, a country before a title across a quotation, members of a body, the
outlet of a dateline. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model
PUB = dt.date(2024, 2, 20)


@pytest.mark.parametrize("text, code", [
    ("Russian forces struck a power plant in Kharkiv, Russia's Defence Ministry said. "
     "The Defence Ministry added that 30 drones were downed.", "RUS"),
    ("Police dispersed a rally in Tbilisi, Georgia's Interior Ministry said. "
     "The Interior Ministry added that 12 people were detained.", "GEO"),
])
def test_a_ministry_told_again_in_capitals_is_the_one_named_before(analyze, text, code):
    report = analyze(text)
    ministries = [a for a in report.actors if any("Ministry" in m.text for m in a.mentions)]
    assert len(ministries) == 1 and ministries[0].code == code, [(a.name, a.code) for a in ministries]
    assert len(ministries[0].mentions) == 2, ministries[0].mentions


@pytest.mark.parametrize("text, name, code", [
    ('In Moscow, officials called the strike a "provocation", and Foreign Minister Ivan Petrov said talks were off.',
     "Ivan Petrov", "RUS"),
    ("In Kyiv, officials called the strike “barbaric”, and Interior Minister Oksana Marchenko said 40 people were hurt.",
     "Oksana Marchenko", "UKR"),
])
def test_a_quotation_elsewhere_between_a_country_and_a_title_does_not_hide_the_country(analyze, text, name, code):
    report = analyze(text)
    (person,) = [a for a in report.actors if a.name == name]
    assert person.code == code, person


@pytest.mark.parametrize("text", [
    "“We will answer. Russia is shelling our towns every night,” Foreign Minister Taras Melnyk said on Sunday.",
    "'Russia is shelling our towns every night,' Foreign Minister Taras Melnyk said on Sunday.",
])
def test_a_country_inside_the_quoted_words_is_still_not_the_speakers(analyze, text):
    report = analyze(text)
    (person,) = [a for a in report.actors if a.name == "Taras Melnyk"]
    assert person.code != "RUS", person


@pytest.mark.parametrize("text, name, sector", [
    ("Members of parliament condemned the attack.", "Members of parliament", "GOV"),
    ("Members of a gang attacked the village on Sunday.", "Members of a gang", "REB"),
    ("Gang members attacked the village on Sunday.", "Gang members", "REB"),
])
def test_members_are_named_with_the_body_that_gives_their_sector(analyze, text, name, sector):
    report = analyze(text)
    assert [(a.name, a.sector) for a in report.actors] == [(name, sector)], [(a.name, a.sector) for a in report.actors]


def test_members_of_a_weak_head_alone_are_no_actor(analyze):
    report = analyze("Group members attacked the village on Sunday.")
    assert not [a for a in report.actors if "members" in a.name.lower()], report.actors


@pytest.mark.parametrize("text", [
    "The state of Texas sued the federal government on Monday over the border wall.",
    "The state of Ohio sued three drug companies on Friday over the opioid crisis.",
])
def test_a_state_or_city_of_a_name_that_acts_is_its_government(analyze, text):
    report = analyze(text)
    (accuse,) = [e for e in report.events if e.event == "ACCUSE"]
    assert accuse.source and accuse.source[0].sector == "GOV", accuse.source
