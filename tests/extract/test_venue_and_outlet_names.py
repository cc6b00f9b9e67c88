"""Places: a word that opens a venue's or an organisation's name without naming a town
("Independence Square", "the Centre for Democracy"), and a word of the agency in a dateline's
brackets ("(Asia Marine News)"), are no place; a far town of that name would make the story's
parties that country's. Texts written for these tests (the second probe, tests/data/probe2)."""
from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model
PUB = dt.date(2024, 8, 20)


def _places(report) -> dict[str, str | None]:
    return {p.text: p.country for p in report.places if p.resolved}


@pytest.mark.parametrize("text,word", [
    ("Police fired tear gas at the crowd near the Independence Square in Maputo on Thursday.", "Independence"),
    ("The Centre for Democracy and Human Rights said police shot dead seven people in Maputo.", "Centre"),
    # the words of venues open parties' names too (one list, places_patterns.yaml generic_name_words)
    ("The Independence Party said police detained 20 of its supporters in Reykjavik on Monday.", "Independence"),
    ("The Unity Party said police detained 20 of its supporters in Monrovia on Monday.", "Unity"),
])
def test_a_generic_word_of_a_name_is_no_town(analyze, text, word):
    places = _places(analyze(text))
    assert word not in places, places


def test_a_town_that_names_its_airport_stays(analyze):
    places = _places(analyze("Gunmen attacked a convoy near Kandahar International Airport on Monday."))
    assert places.get("Kandahar") == "AFG", places


@pytest.mark.parametrize("agency,word", [("Asia Marine News", "Asia")])
def test_no_word_of_the_datelines_agency_is_a_place(analyze, agency, word):
    text = (f"MANILA, Aug 20 ({agency}) - A coast guard ship fired water cannon at a supply boat near "
            "the shoal on Monday, injuring three crew members, the military said.")
    report = analyze(text)
    assert word not in {p.text for p in report.places}, report.places
    assert _places(report).get("MANILA") == "PHL", report.places
