"""Integrity of the actor codebooks and their surface-form index."""
from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.codebook import load_codebook

SEED_NAMES = ("Samantha Power", "Churkin", "Zakharova")


@pytest.fixture(scope="module")
def book():
    return load_codebook()


def test_countries_unique_and_complete(book):
    iso3 = [c.iso3 for c in book.countries]
    assert len(iso3) == len(set(iso3)) >= 240
    assert all(c.demonyms for c in book.countries)


@pytest.mark.parametrize("form, kind, code", [
    ("Syrian", "demonym", "SYR"), ("Britons", "demonym", "GBR"), ("Emiratis", "demonym", "ARE"),
    ("U.S.", "country", "USA"), ("the United States", "country", "USA"), ("DRC", "country", "COD"),
    ("Daesh", "group", "ISIS"), ("ISIL", "group", "ISIS"), ("Boko Haram", "group", "BOKO"),
    ("Ansar Allah", "group", "HOU"), ("UNSC", "igo", "IGO"), ("NATO", "igo", "IGO"),
    ("ILO", "igo", "IGO"), ("International Labor Office", "igo", "IGO"), ("UNESCO", "igo", "IGO"),
    ("Pentagon", "institution", "USA"), ("Kremlin", "institution", "RUS"), ("TASS", "media", "RUS"),
    ("Moscow", "capital", "RUS"), ("Abuja", "capital", "NGA"),
])
def test_aliases_resolve(book, form, kind, code):
    entry = book.lookup(form)
    assert entry is not None and (entry.kind, entry.code) == (kind, code)


def test_igo_org_and_case(book):
    assert book.lookup("Security Council").org == "UN"
    assert book.lookup("is") is None  # "IS" (Islamic State) matches only in capitals
    assert book.lookup("IS").code == "ISIS"


def test_leaders_and_sectors(book):
    assert len(book.leaders) >= 120
    assert book.surname("Assad").code == "SYR"
    assert book.sectors.head("troops") == "MIL" and book.sectors.head("spokeswoman") == "GOV"
    assert book.sectors.phrases["fighter planes"] == "MIL"
    assert {"active", "operate"} <= book.sectors.presence_words  # "militias operate in the region": only present


def test_no_seed_names_in_data():
    data = Path(__file__).resolve().parents[1] / "src" / "sitrep" / "data"
    for path in data.glob("*"):
        if path.suffix in (".tsv", ".yaml"):
            text = path.read_text(encoding="utf-8")
            assert not any(n in text for n in SEED_NAMES), path


@pytest.mark.parametrize("word, code", [
    ("Ethiopa", "ETH"),      # a letter dropped
    ("Quatar", "QAT"),       # a letter added
    ("Venezuala", "VEN"),    # a letter changed
    ("Afganistan", "AFG"),
    ("Phillipines", "PHL"),  # two edits, allowed from ten letters on
    ("Pakistni", "PAK"),     # a demonym
])
def test_misspelt_country_names_fold(book, word, code):
    entry = book.misspelt(word)
    assert entry is not None and entry.code == code


@pytest.mark.parametrize("word", [
    "Austria", "Australia", "Niger", "Nigeria", "Iran", "Iraq",  # real names never fold into each other
    "Austrlia",   # one edit from both Australia and Austria: ambiguous
    "Serian",     # one edit from Serbian and Syrian
    "Nigel", "Omani", "Chiba",  # shorter than the floor
    "Gthiopia",   # a changed first letter
    "Ethoipoa",   # two edits in a word under ten letters
    "ETHOPIA",    # capitals: an acronym, not a name
    "ethopia",    # lower case: a word, not a name
    "Hollande",   # a leader's surname (France), one edit from Holland
])
def test_misspelt_is_conservative(book, word):
    assert book.misspelt(word) is None


def test_real_places_one_edit_from_a_country_are_known_places():
    from sitrep.codebook import place_names

    # the actor stage checks these before folding: towns and states, not misspellings
    assert {"Columbia", "Indiana", "Granada", "Tainan"} <= place_names()


def test_regional_peoples_code_their_state_and_clash_with_no_other_name(book):
    assert book.peoples and all(book.country(p.country) is not None for p in book.peoples)
    for p in book.peoples:
        for form in p.forms:
            entry = book.lookup(form)
            # each form is the people's own (no country, group or country demonym of that spelling wins)
            assert entry is not None and entry.regional and entry.kind == "demonym" and entry.code == p.country, form
    tigrayan = book.lookup("Tigrayan")
    assert (tigrayan.code, tigrayan.regional) == ("ETH", True)
    assert not book.lookup("Syrian").regional
    assert book.misspelt("Tigrayen") is None  # a regional form is no spelling of a country


def test_spokesperson_titles_are_person_titles(book):
    titles = book.sectors.spokesperson_titles
    assert "spokesman" in titles and titles <= book.sectors.person_titles


def test_legislature_words_keep_a_capital_name_cased(book):
    # institutions.yaml legislature_words: "House" only as written, a lower-case word also capitalised
    words = book.legislature_words
    assert words.found("The House will vote next week.") and words.found("Senators met on Tuesday.")
    assert words.found("lawmakers said") and words.found("the Capitol")
    assert not words.found("A house burned down.") and not words.found("The Houses of the old town")
