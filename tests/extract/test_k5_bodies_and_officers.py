"""Bodies and their officers the probes and reviews left wrong (round k5): a union's leader by its
acronym taken for a government's officer; "the Ministry of Health" and "the Congress of South
African Trade Unions" split into two bodies. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import actors_at as _at

pytestmark = pytest.mark.model
PUB = dt.date(2024, 4, 8)  # a Monday


@pytest.mark.parametrize("text, name", [
    ("JOHANNESBURG (Wire) - COSATU leader Zingiswa Losi said on Monday the union would strike next week.", "Zingiswa Losi"),
    ("LONDON (Wire) - TUC general secretary Paul Nowak said the walkout would go ahead on Monday.", "Paul Nowak"),
])
def test_the_officer_of_a_body_known_only_by_its_acronym_is_no_governments(analyze, text, name):
    (actor,) = _at(analyze(text), name)
    assert actor.sector != "GOV"


def test_a_bodys_officer_with_a_state_word_stays_the_states(analyze):
    (actor,) = _at(analyze("KYIV (Wire) - Foreign Ministry spokesman Oleg Nikolenko said the talks had failed."), "Oleg Nikolenko")
    assert actor.sector == "GOV"


@pytest.mark.parametrize("text, phrase, code, sector", [
    ("NAIROBI (Wire) - Officials at the Ministry of Health said on Monday that 12 people had died of cholera.",
     "the Ministry of Health", "KEN", "GOV"),
])
def test_a_body_named_with_an_of_phrase_is_one_body(analyze, text, phrase, code, sector):
    actors = _at(analyze(text), phrase)
    assert [(a.code, a.sector) for a in actors] == [(code, sector)]
    assert [m.end - m.start for m in actors[0].mentions] == [len(phrase)]


def test_the_ministry_told_again_is_the_ministry_of_health(analyze):
    report = analyze("NAIROBI (Wire) - The Ministry of Health said on Monday that 12 people had died of cholera. "
                     "The ministry urged people to boil water.")
    assert _at(report, "The Ministry of Health") == _at(report, "The ministry urged")


@pytest.mark.parametrize("text, phrase", [
    ("NEW DELHI (Wire) - Indian National Congress leader Rahul Gandhi accused the government of lying on Monday.", "Rahul Gandhi"),
    ("NEW DELHI (Wire) - The Indian National Congress accused the government of lying on Monday.", "Indian National Congress"),
])
def test_a_party_named_congress_is_no_legislature(analyze, text, phrase):
    (actor,) = _at(analyze(text), phrase)
    assert actor.sector != "GOV"


def test_a_states_national_congress_stays_its_legislature(analyze):
    (actor,) = _at(analyze("BRASILIA (Wire) - The Brazilian National Congress voted on Tuesday to impeach the president."),
                   "Brazilian National Congress")
    assert (actor.code, actor.sector) == ("BRA", "GOV")


@pytest.mark.parametrize("text, name", [
    ("MOSCOW (Wire) - Jailed Kremlin critic Alexei Navalny was moved to a prison in the Arctic, his lawyers said on Monday.",
     "Alexei Navalny"),
    ("Prominent Kremlin critic Vladimir Kara-Murza was sentenced to 25 years in prison on Monday.", "Vladimir Kara-Murza"),
])
def test_a_critic_of_a_government_is_one_person_of_no_government(analyze, text, name):
    report = analyze(text)
    assert len(report.actors) == 1, [(a.name, a.code, a.sector) for a in report.actors]
    (actor,) = report.actors
    assert actor.name == name and actor.sector is None and "critic" in (actor.role or "")


def test_the_office_told_again_is_the_one_person_who_held_it(analyze):
    report = analyze("Foreign Minister Ana Lopes met Defence Minister Rui Costa on Monday. "
                     "The foreign minister said the talks went well.")
    assert [a.name for a in _at(report, "The foreign minister")] == ["Ana Lopes"]


def test_an_office_two_people_held_links_to_neither(analyze):
    report = analyze("Foreign Minister Ana Lopes met Foreign Minister Jan Novak on Monday. "
                     "The foreign minister said the talks went well.")
    assert [a.name for a in _at(report, "The foreign minister")] not in (["Ana Lopes"], ["Jan Novak"])


@pytest.mark.parametrize("text, phrase", [
    ('Amnesty International said on Monday that police had killed 12 protesters. "This is a massacre," said a '
     'senior researcher at the group.', "a senior researcher"),
    ("Human Rights Watch accused the army of torture on Monday. A researcher at the group said the abuses were "
     "widespread.", "A researcher"),
])
def test_a_researcher_at_the_group_works_for_the_body_named_before(analyze, text, phrase):
    (actor,) = _at(analyze(text), phrase)
    assert (actor.code, actor.sector) == ("NGO", "NGO")


@pytest.mark.parametrize("text, phrase, sector", [
    ("Officials at the military hospital said three soldiers had died.", "Officials", "HLH"),
    ("Officials at the school said two pupils were hurt.", "Officials", "EDU"),
    ("Officials at the embassy said two diplomats were hurt.", "Officials", "GOV"),
])
def test_officials_at_a_facility_are_its_staff(analyze, text, phrase, sector):
    (actor,) = _at(analyze(text), phrase)
    assert actor.sector == sector


@pytest.mark.parametrize("text, inner", [
    ("Police in Enugu arrested leaders of the Movement for the Actualization of the Sovereign State of Biafra on Monday.",
     "the Actualization of the Sovereign State"),
    ("Soldiers detained members of the Front for the Liberation of the Sovereign State of Cabinda on Monday, officials said.",
     "the Liberation of the Sovereign State"),
])
def test_an_of_phrase_inside_a_longer_name_is_no_body_of_its_own(analyze, text, inner):
    report = analyze(text)
    start = text.index(inner)
    assert not [a for a in report.actors if any(m.start == start for m in a.mentions)], [(a.name, a.sector) for a in report.actors]
