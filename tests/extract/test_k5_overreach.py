"""Where round k5's actor rules reached too far (a second reader's review of k5, mended in fixK):
a researcher "at the group" given a body other than the one meant, a bare "Congress" given a
state that has none, a critic given the sector he criticises, a definite title linked to a
vice, deputy or former holder, a private title given the dateline's state, a state's officials
at a hospital taken for its staff, "outside parliament" taken for the target, and names with an
"of" phrase that lost their actors. Sentences written for these tests (some the reviewer's)."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import events_of as _events

pytestmark = pytest.mark.model
PUB = dt.date(2024, 4, 8)  # a Monday


def _at(report, phrase, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = report.article.text.index(phrase, start + 1)
    end = start + len(phrase)
    return [a for a in report.actors if any(start <= m.start < end or m.start <= start < m.end for m in a.mentions)]


# 1. "a researcher at the group": the one body told last, none where another could be meant
@pytest.mark.parametrize("text, phrase", [
    ("Human Rights Watch said Hamas fighters held 40 hostages in tunnels. A researcher at the group said the "
     "hostages were starved.", "A researcher"),
    ("Al-Shabaab claimed the attack, the SITE Intelligence Group said. An analyst at the group said the claim "
     "was credible.", "An analyst"),
    ("Amnesty International said the army killed 40 villagers. The UN's refugee agency said 3,000 people fled. "
     "A researcher at the group said the villagers were unarmed.", "A researcher"),
    ("Amnesty International and Human Rights Watch condemned the arrests on Monday. A researcher at the group "
     "said 40 people were held.", "A researcher"),
])
def test_a_researcher_at_the_group_gets_no_body_that_may_not_be_meant(analyze, text, phrase):
    assert [a.code for a in _at(analyze(text), phrase)] in ([], [None])


# 2. a bare "Congress" is the dateline state's only where that state has one
@pytest.mark.parametrize("text", [
    "KYIV (Wire) - Congress approved $60 billion in military aid for Ukraine on Saturday.",
    "LONDON (Wire) - Congress passed a $60 billion aid package for Ukraine on Tuesday.",
    "CAIRO (Wire) - Congress passed the budget on Friday, Peru's finance minister said.",
    "PARIS (Wire) - The congress voted on Friday to send more weapons to Kyiv.",
])
def test_a_bare_congress_is_no_state_that_has_none(analyze, text):
    actors = _at(analyze(text), "ongress")
    assert actors and all(a.code is None for a in actors), [(a.name, a.code) for a in actors]


# 3. a critic is no officer of what he criticises
@pytest.mark.parametrize("text, name", [
    ("Government critic Ali Musa was arrested in Addis Ababa on Monday.", "Ali Musa"),
    ("Army critic Ali Musa said the generals had lied.", "Ali Musa"),
    ("Police critic Jane Doe said the raids were illegal.", "Jane Doe"),
])
def test_a_critic_takes_no_sector_from_what_he_criticises(analyze, text, name):
    (actor,) = _at(analyze(text), name)
    assert actor.sector is None and "critic" in (actor.role or "")


def test_an_arrested_government_critic_is_no_government_target(analyze):
    report = analyze("Government critic Ali Musa was arrested in Addis Ababa on Monday.")
    targets = [a for e in _events(report, "COERCE") for a in e.target]
    assert targets and all(a.sector != "GOV" for a in targets if a.name == "Ali Musa")


# 4. "the president" is the one holder of exactly that office told before
@pytest.mark.parametrize("text, holder, title", [
    ("Vice President Kamala Harris visited the border on Monday. The president said the trip was a success.",
     "Kamala Harris", "The president"),
    ("Deputy Foreign Minister Ali Bagheri met the envoys in Vienna. The foreign minister said the talks failed.",
     "Ali Bagheri", "The foreign minister"),
    ("Former President Donald Trump attacked the ruling. The president said the court was wrong.",
     "Donald Trump", "The president"),
    ("Former foreign minister Jean Dupont said the treaty was dead. The foreign minister said France must leave.",
     "Jean Dupont", "The foreign minister"),
    ("Prime Minister Keir Starmer visited Kyiv. The minister said the visit was useful.", "Keir Starmer", "The minister"),
    ("Foreign Minister Sergei Lavrov met his Chinese counterpart Wang Yi. The foreign minister said the two states "
     "agreed.", "Sergei Lavrov", "The foreign minister"),
    ("Acting Defence Minister Ana Lopes toured the base. The defence minister said the army was ready.",
     "Ana Lopes", "The defence minister"),
])
def test_a_title_links_to_no_holder_of_another_office(analyze, text, holder, title):
    report = analyze(text)
    assert _at(report, title) != _at(report, holder)


def test_a_title_still_links_to_the_holder_of_that_office(analyze):
    report = analyze("French Foreign Minister Jean Dupont arrived in Cairo on Monday. Later the foreign minister said "
                     "the ceasefire talks had stalled.")
    assert [a.name for a in _at(report, "the foreign minister")] == ["Jean Dupont"]


# 5. under a dateline, only a state's office and only where no other state is named with it
@pytest.mark.parametrize("text, phrase", [
    ("MADRID (Wire) - The club president said the coach would stay.", "The club president"),
    ("NAIROBI (Wire) - The spokesman said the company would cut 300 jobs.", "The spokesman"),
    ("BEIRUT (Wire) - The prime minister vowed on Tuesday to press the offensive against Hezbollah until "
     "northern Israel was safe.", "The prime minister"),
    ("LAGOS (Wire) - The company president said the plant would close next month.", "The company president"),
])
def test_a_private_or_unclear_title_takes_no_datelines_state(analyze, text, phrase):
    assert [a.code for a in _at(analyze(text), phrase)] in ([], [None])


def test_a_state_office_under_a_dateline_is_the_host_states(analyze):
    (actor,) = _at(analyze("MANILA (Wire) - The interior minister said on Monday the ports would stay closed."),
                   "The interior minister")
    assert (actor.code, actor.sector) == ("PHL", "GOV")


# 6. a state's officials at a hospital or school stay the state's
@pytest.mark.parametrize("text, phrase", [
    ("A health ministry official at the hospital said 20 people died in the strike.", "A health ministry official"),
    ("Government officials at the school said gunmen abducted 30 pupils.", "Government officials"),
])
def test_a_states_official_at_a_facility_stays_the_states(analyze, text, phrase):
    (actor,) = _at(analyze(text), phrase)
    assert actor.sector == "GOV"


# 7. a place told by a legislature's word is no target
def test_protesters_outside_parliament_are_the_target_not_parliament(analyze):
    report = analyze("NAIROBI (Wire) - Police fired tear gas at protesters outside parliament on Monday.")
    targets = [a.name for e in _events(report, "COERCE") for a in e.target]
    assert targets and "parliament" not in " ".join(targets).lower()


# 8. "X of Y" names that are no state body keep their actors
@pytest.mark.parametrize("text, phrase, sector", [
    ("The Office of the President said the ceasefire would hold.", "President", "GOV"),
    ("The Office of the Prosecutor said the investigation would continue.", "Prosecutor", "JUD"),
])
def test_a_persons_office_keeps_its_actor(analyze, text, phrase, sector):
    assert [a.sector for a in _at(analyze(text), phrase)] == [sector]


def test_a_sports_body_named_with_of_keeps_its_actor(analyze):
    assert _at(analyze("The Union of European Football Associations fined the club."), "Football")


def test_a_union_congress_keeps_its_states_code(analyze):
    report = analyze("JOHANNESBURG (Wire) - The Congress of South African Trade Unions called a strike on Monday.")
    assert any((a.code, a.sector) == ("ZAF", "LAB") for a in _at(report, "South African Trade Unions"))


def test_a_legislature_as_a_passive_doer_stays_the_host_states(analyze):
    (actor,) = _at(analyze("NAIROBI (Wire) - The budget was approved by parliament on Monday."), "parliament")
    assert (actor.code, actor.sector) == ("KEN", "GOV")
