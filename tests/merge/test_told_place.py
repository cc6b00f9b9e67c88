"""Where a report's incident is placed when its own text does not resolve the act's place, on texts
written for these tests: not a town of another incident the report recalls ("Last year, an attack in
Gao killed 30"), whether or not the dateline's city resolves; not the filing city abroad when the lead
tells the act at a place no gazetteer here places, with parties of another country ("DOHA - Hamas
released four hostages in Gaza"); but the filing city still, for a part of it the lead names
("NAIROBI - Police fired tear gas in Kibera")."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.merge import mentions_from_report
from tests._helpers import analysed

pytestmark = pytest.mark.model

PUB = dt.date(2024, 8, 20)  # a Tuesday


def _place(pipeline, text):
    (mention,) = mentions_from_report(analysed(pipeline, text))
    return mention.location


@pytest.mark.parametrize("text, town", [
    ("MOGADISHU, Aug 20 (Test Wire) - Militants attacked an army base on Monday, killing nine soldiers, the army said. "
     "Last month, a bombing in Beledweyne killed 20 people.\n", "Beledweyne"),
    ("KIDAL, Aug 20 (Test Wire) - Gunmen killed six people at a market on Monday, officials said. "
     "Last year, an attack in Gao killed 30 people.\n", "Gao"),
    ("KOLOMBERE, Mali, Aug 20 (Test Wire) - Gunmen killed six people at a market on Monday, officials said. "
     "Last year, an attack in Gao killed 30 people.\n", "Gao"),
])
def test_a_town_of_another_incident_is_not_the_place(pipeline, text, town):
    loc = _place(pipeline, text)
    assert loc is None or loc.name != town, loc


def test_the_dateline_city_stands_when_only_a_background_town_is_named(pipeline):
    loc = _place(pipeline, "KIDAL, Aug 20 (Test Wire) - Gunmen killed six people at a market on Monday, officials said. "
                           "Last year, an attack in Gao killed 30 people.\n")
    assert loc is not None and loc.name == "Kidal", loc


def test_a_release_told_elsewhere_is_not_placed_at_the_filing_city(pipeline):
    loc = _place(pipeline, "DOHA, Aug 20 (Test Wire) - Hamas released four hostages in Gaza on Monday under a ceasefire "
                           "deal brokered by Qatar, Qatari officials said.\n")
    assert loc is not None and loc.name == "Gaza" and loc.lat is None, loc


def test_a_part_of_the_filing_city_keeps_it(pipeline):
    loc = _place(pipeline, "NAIROBI, Aug 20 (Test Wire) - Police fired tear gas at protesters in Kibera on Monday, "
                           "witnesses said.\n")
    assert loc is not None and loc.name == "Nairobi", loc


@pytest.mark.parametrize("text, city", [
    ("NAIROBI, Aug 20 (Test Wire) - Somali militants attacked a police post in Mathare on Monday, killing two "
     "officers, Kenyan police said.\n", "Nairobi"),
    ("BEIRUT, Aug 20 (Test Wire) - Israeli warplanes bombed an apartment block in Bourj al-Barajneh on Monday, "
     "killing three people, Lebanese officials said.\n", "Beirut"),
])
def test_a_part_of_the_filing_city_keeps_it_whoever_the_attackers(pipeline, text, city):
    # foreign doers are no sign that the act was abroad: a quarter no gazetteer places is no country
    loc = _place(pipeline, text)
    assert loc is not None and loc.name == city and loc.lat is not None, loc


@pytest.mark.parametrize("text, basis", [
    ("MOSCOW, Aug 20 (Test Wire) - A drone hit an oil refinery in the Moscow region overnight, starting a fire, the "
     "regional governor said.\n", "text"),
    ("MOSCOW, Aug 20 (Test Wire) - A drone hit an oil refinery overnight, starting a fire, the regional governor "
     "said.\n", "dateline"),
    ("NAIROBI, Aug 20 (Test Wire) - Police fired tear gas at protesters in the city centre on Monday, witnesses "
     "said.\n", "text"),
])
def test_the_place_says_whether_the_text_told_it_or_the_dateline(pipeline, text, basis):
    loc = _place(pipeline, text)
    assert loc is not None and loc.basis == basis, loc


def test_a_place_another_report_tells_is_told():
    from sitrep.merge import reconcile
    from sitrep.model import ArticleRef, IncidentMention, Location

    def mention(n, basis):
        return IncidentMention(id=f"a{n}#1", article=ArticleRef(id=f"a{n}"), family="violence", date=PUB,
                               location=Location("Moscow", "RUS", None, 55.75, 37.62, "city", basis=basis))

    assert reconcile([mention(1, "dateline"), mention(2, "dateline")], incident_id="X").location.basis == "dateline"
    assert reconcile([mention(1, "dateline"), mention(2, "text")], incident_id="X").location.basis == "text"

