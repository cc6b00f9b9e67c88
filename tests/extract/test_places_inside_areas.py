"""Places: a town the text sets inside an area ("X in Kaduna state") or a country ("X in
Nigeria") is not a far town of a like spelling in another country (a local village the
gazetteer lacks stays unresolved); "Atlanta, Georgia" keeps its reading, and so does a town
people come from ("refugees from X in Turkey"). Texts written for
these tests (the second probe, tests/data/probe2)."""
from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model
PUB = dt.date(2024, 6, 16)


def _places(report) -> dict[str, str | None]:
    return {p.text: p.country for p in report.places}


@pytest.mark.parametrize("text", [
    "Gunmen stormed the village of Kuriga in Kaduna state on Saturday and abducted 80 people.",
    "Bandits killed four farmers in Kuriga in Nigeria on Friday, police said.",
])
def test_a_town_set_in_an_area_is_not_read_abroad(analyze, text):
    found = [p for p in analyze(text).places if p.text == "Kuriga"]
    assert found and all(not p.resolved and p.country is None for p in found), found


@pytest.mark.parametrize("text,town,country", [
    ("Police in Atlanta, Georgia, arrested two men on Friday.", "Atlanta", "USA"),
    ("Gunmen attacked a church in Zaria in Kaduna state on Sunday.", "Zaria", "NGA"),
])
def test_a_town_in_its_own_area_keeps_its_reading(analyze, text, town, country):
    assert _places(analyze(text)).get(town) == country, _places(analyze(text))


@pytest.mark.parametrize("text,town,country", [
    ("Refugees from Aleppo in Turkey said they feared being sent back.", "Aleppo", "SYR"),
    ("Ukrainians from Mariupol in Poland said they feared being sent back.", "Mariupol", "UKR"),
    ("Hamas officials from Gaza in Qatar said talks had stalled.", "Gaza", "PSE"),
])
def test_a_town_people_come_from_is_not_set_in_where_they_are(analyze, text, town, country):
    """"in Y" after "from X" tells where the people are, not where the town lies."""
    assert _places(analyze(text)).get(town) == country, _places(analyze(text))
