"""A surname of a person the report names in full is no place where it stands after "of"
("pictures of Salgado"), as it is none where the NER calls it a place (the fifth probe's
journalist killed in Guerrero). Sentences written for this test."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import analysed

pytestmark = pytest.mark.model

PUB = dt.date(2024, 5, 21)


@pytest.mark.parametrize("text", [
    "Jorge Salgado, a local radio host, was stabbed to death in Acapulco on Sunday.\n\n"
    "Hundreds of people gathered outside the station with pictures of Salgado.\n",
    "Ramiro Salgado, the editor of a news website in Iguala, was shot dead on Monday.\n\n"
    "Dozens of reporters marched in Chilpancingo on Tuesday, carrying photographs of Salgado and chanting slogans.\n",
])
def test_a_surname_after_of_is_the_person_not_a_place(pipeline, text):
    places = [p.text for p in analysed(pipeline, text).places]
    assert "Salgado" not in places and len(places) >= 1, places


@pytest.mark.parametrize("text, name", [
    ("Road blockades spread across Peru's Andes on Monday, police said.\n", "Andes"),
    ("Clashes erupted in Bolivia's Andes region near Potosi.\n", "Andes"),
])
def test_a_place_a_country_owns_is_none_of_another_country(pipeline, text, name):
    # (a Colombian town shares the name of the mountains)
    owned = [p for p in analysed(pipeline, text).places if p.text == name]
    assert all(not p.resolved or p.country in ("PER", "BOL") for p in owned), owned


def test_a_place_its_own_country_owns_stays(pipeline):
    places = {p.text: p for p in analysed(pipeline, "Gunmen attacked a village in Nigeria's northern Kaduna state on Monday.\n").places}
    assert places["Kaduna"].resolved and places["Kaduna"].country == "NGA"


@pytest.mark.parametrize("text, town", [
    ("Police chief Mark Jackson said the shooting happened on the outskirts of Jackson on Sunday.\n", "Jackson"),
    ("Mayor Lisa Houston said the flooding had cut off the east of Houston.\n", "Houston"),
    ("Governor Ann Richmond said residents of Richmond were told to stay indoors.\n", "Richmond"),
])
def test_a_surname_after_a_place_noun_and_of_is_the_town(pipeline, text, town):
    # (the review of p5: the surname rule dropped the town after "the outskirts of", "the east of")
    assert town in [p.text for p in analysed(pipeline, text).places if p.resolved]


@pytest.mark.parametrize("text, name, country", [
    ("Shelling hit Russia's Crimea on Sunday.\n", "Crimea", "UKR"),
    ("Residents of Russia's Crimea said the shelling went on all night.\n", "Crimea", "UKR"),
])
def test_an_area_a_country_claims_stays_the_area(pipeline, text, name, country):
    # (the review of p5: the possessive rule is for far namesakes, not for a disputed area)
    places = {p.text: p for p in analysed(pipeline, text).places}
    assert name in places and places[name].resolved and places[name].country == country, places
