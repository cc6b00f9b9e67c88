"""Regressions a second reader found in round k6 (rev_k6 items 1-6), on sentences written for these
tests: hyphened titles and regions read as a body's name; a group an authority names as the doers,
or the body the gunmen were members of, no longer identifying them; the head of a national body
told after a U.N. mention made the U.N.'s officer; an ombudsman or registrar making a private or
international body governmental; persons dropped (a lowercase particle, a leader's campaign, "in
Jane Doe"); a city manager stripped of his office."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import actors_at as _at

pytestmark = pytest.mark.model
PUB = dt.date(2024, 4, 8)  # a Monday


@pytest.mark.parametrize("text, name", [
    ("Vice-President Jane Doe said the government would send troops to the border.", "Jane Doe"),
    ("Vice-Chancellor Robert Habeck said Germany would send weapons to Ukraine.", "Robert Habeck"),
    ("Deputy-Governor Jane Doe said the state would compensate the victims.", "Jane Doe"),
    ("Baden-Wurttemberg Interior Minister Thomas Strobl said police raided two mosques.", "Thomas Strobl"),
    ("City manager John Doe said the police had arrested two men after the shooting in Dallas.", "John Doe"),
])
def test_a_hyphened_title_a_region_or_a_city_manager_keeps_the_office(analyze, text, name):
    (actor,) = _at(analyze(text), name)
    assert actor.sector == "GOV"


def test_a_hyphened_body_before_a_title_still_gives_no_office(analyze):
    (actor,) = _at(analyze("ROME (Wire) - Sea-Watch spokesperson Giorgia Linardi said 40 people were rescued."), "Giorgia Linardi")
    assert actor.sector != "GOV"


@pytest.mark.parametrize("text, code", [
    ("Gunmen killed 13 soldiers near Kabul on Thursday. Officials said the attackers were members of the Islamic State.", "ISIS"),
    ("Gunmen killed 13 soldiers near Kabul on Thursday. The gunmen were members of the Islamic State, officials said.", "ISIS"),
    ("Gunmen killed 12 people in Mandera on Tuesday. The army said Al Shabaab fighters carried out the attack.", "SHB"),
])
def test_a_group_an_authority_names_as_the_doers_identifies_the_gunmen(analyze, text, code):
    report = analyze(text)
    (actor,) = _at(report, "Gunmen")
    assert actor.code == code


@pytest.mark.parametrize("text", [
    "Gunmen killed 12 people in Mandera on Tuesday. Officials said the gunmen were not members of Al Shabaab.",
    "Gunmen killed 12 people in Mandera on Tuesday. Boko Haram said it did not carry out the attack.",
    "Gunmen killed 12 people in Mandera on Tuesday. The Taliban took control of the area later.",
])
def test_a_group_only_named_or_denied_after_the_gunmen_does_not(analyze, text):
    (actor,) = _at(analyze(text), "Gunmen")
    assert actor.code not in ("SHB", "BOKO", "TAL")


@pytest.mark.parametrize("text", [
    "Kenya sent a trade mission to Uganda after the United Nations warned of hunger. The head of the mission, John Mwangi, said talks would continue.",
])
def test_the_head_of_a_national_body_told_after_the_un_is_not_the_uns(analyze, text):
    (actor,) = _at(analyze(text), "John Mwangi")
    assert actor.sector != "IGO" and actor.code != "IGO"


@pytest.mark.parametrize("text, phrase, sector", [
    ("The BBC's ombudsman said the report was accurate.", "BBC", "MED"),
])
def test_an_ombudsman_does_not_make_his_owner_governmental(analyze, text, phrase, sector):
    (actor,) = _at(analyze(text), phrase)
    assert actor.sector == sector


@pytest.mark.parametrize("text, phrase", [
    ("The university registrar said classes were suspended after the protests.", "registrar"),
    ("The European Ombudsman criticised the European Commission.", "Ombudsman"),
])
def test_a_registrar_or_ombudsman_of_no_state_is_no_government(analyze, text, phrase):
    assert all(a.sector != "GOV" for a in _at(analyze(text), phrase))


def test_a_national_ombudsman_is_still_the_states(analyze):
    (actor,) = _at(analyze("LIMA (Wire) - The national ombudsman criticised the police on Monday."), "ombudsman")
    assert actor.sector == "GOV"


@pytest.mark.parametrize("text, name", [
    ("Supporters of cleric al-Sadr stormed the parliament in Baghdad.", "al-Sadr"),
    ("Supporters of the Ochieng campaign rallied in Kisumu. Ochieng said the vote was rigged.", "Ochieng said"),
    ("Parliament voted no confidence in Jane Doe on Tuesday.", "Jane Doe"),
])
def test_persons_with_a_particle_a_campaign_or_after_in_are_kept(analyze, text, name):
    assert _at(analyze(text), name)
