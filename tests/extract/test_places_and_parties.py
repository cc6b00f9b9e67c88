"""Places and parties in plain sentences: a town struck that the NER took for a person, an
organisation or a language ("drones hit X"); a country named as the owner of a place ("X's capital
Y") is where, not who; a participle misparsed as a verb in a coordination ("troops and allied X
militiamen"); people expelled are foreigners ("the junta expelled French troops"), and people
whose word says they are not of the country where they are ("settlers") take no
nationality from the place. Sentences written for these tests, about no one incident."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import events_of as _events

pytestmark = pytest.mark.model
PUB = dt.date(2021, 3, 8)  # a Monday


def _codes(refs) -> list[str | None]:
    return [r.code for r in refs]


@pytest.mark.parametrize("text, town", [
    ("Drones hit Odesa overnight, officials said.", "Odesa"),
    ("Drones struck Kharkiv overnight, officials said.", "Kharkiv"),
    ("Rockets hit Mariupol overnight.", "Mariupol"),
])
def test_a_town_struck_is_the_place_and_target_not_a_person(analyze, text, town):
    report = analyze(text)
    assert town in [p.text for p in report.places if p.resolved and p.country == "UKR"], report.places
    assert town not in [a.name for a in report.actors], report.actors
    (ev,) = _events(report, "ASSAULT")
    assert ev.location is not None and ev.location.country == "UKR"
    assert [(r.text, r.code) for r in ev.target] == [(town, "UKR")], ev.target


def test_a_person_attacked_by_critics_stays_a_person(analyze):
    report = analyze("Critics attacked Jackson over the plan.")
    assert "Jackson" in [a.name for a in report.actors], report.actors


@pytest.mark.parametrize("text, city, country", [
    ("Russian missiles struck Ukraine's capital Kyiv.", "Kyiv", "UKR"),
    ("Israeli jets bombed Syria's capital Damascus on Sunday.", "Damascus", "SYR"),
    ("Russian missiles struck Ukraine's capital on Monday.", "capital", "UKR"),
])
def test_a_capital_struck_is_the_target_not_its_state(analyze, text, city, country):
    report = analyze(text)
    assert not any(a.kind == "country" and a.code == country for a in report.actors), report.actors
    (ev,) = _events(report, "ASSAULT")
    assert [(r.text, r.code, r.sector) for r in ev.target] == [(city, country, None)], ev.target


def test_a_country_owning_an_army_stays_the_doer(analyze):
    (ev,) = _events(analyze("Ukraine's army shelled the town on Monday."), "ASSAULT")
    assert [(r.code, r.sector) for r in ev.source] == [("UKR", "MIL")], ev.source


@pytest.mark.parametrize("text, second", [
    ("Ethiopian troops and allied Amhara militiamen attacked the town.", "Amhara militiamen"),
    ("Ethiopian troops and allied Afar militiamen attacked the town.", "Afar militiamen"),
])
def test_allied_fighters_in_a_coordination_are_doers_too(analyze, text, second):
    (ev,) = _events(analyze(text), "ASSAULT")
    assert len(ev.source) == 2 and second in ev.source[1].text, ev.source


@pytest.mark.parametrize("text", [
    "Since seizing power, the junta has expelled French troops.",
    "The government expelled the French ambassador on Monday.",
    "The authorities deported 30 Nigerian traders on Friday.",
])
def test_those_expelled_do_not_give_the_expeller_their_country(analyze, text):
    report = analyze(text)
    assert report.events
    for ev in report.events:
        assert _codes(ev.source) == [None], (ev.event, ev.source)


@pytest.mark.parametrize("text, country", [
    ("Settlers torched cars near Nablus.", "PSE"),
    ("Settlers burned olive trees outside Hebron on Sunday.", "PSE"),
    ("Armed settlers attacked a village near Ramallah on Friday.", "PSE"),
])
def test_settlers_take_no_country_from_the_place(analyze, text, country):
    (ev,) = analyze(text).events
    assert ev.location is not None and ev.location.country == country
    assert _codes(ev.source) == [None], ev.source


def test_settlers_named_by_a_demonym_keep_it(analyze):
    (ev,) = analyze("Israeli settlers torched cars near Nablus.").events
    assert _codes(ev.source) == ["ISR"], ev.source



@pytest.mark.parametrize("text, town, country", [
    ("Rawson, a town in southern Argentina, was paralysed by a strike on Monday.", "Rawson", "ARG"),
    ("Teachers occupied Rawson's main square on Monday.", "Rawson", "ARG"),
    ("Rawson's mayor said protesters had blocked the main road into Argentina's Chubut province.", "Rawson", "ARG"),
])
def test_a_town_its_own_phrase_calls_a_place_is_found(analyze, text, town, country):
    report = analyze(text)
    assert (town, country) in [(p.text, p.country) for p in report.places if p.resolved], report.places


@pytest.mark.parametrize("text, town", [
    ("Hundreds of teachers marched through Rawson on Monday to demand higher pay.", "Rawson"),
    ("Police in the Argentine towns of Trelew and Rawson arrested 20 protesters.", "Rawson"),
    ("Rawson, a town in southern Argentina, was paralysed by a strike on Monday.", "Rawson"),
])
def test_a_town_the_ner_took_for_an_organisation_is_no_actor(analyze, text, town):
    report = analyze(text)
    assert not any(town in a.name for a in report.actors), report.actors
    assert town in [p.text for p in report.places if p.resolved], report.places



@pytest.mark.parametrize("text, country", [
    ("Protesters blocked roads in Cochabamba, Bolivia, on Monday.", "BOL"),
    ("Houthi rebels fired missiles at Jizan, Saudi Arabia, on Sunday.", "SAU"),
    ("In the town of Rawson, Argentina, protesters clashed with police.", "ARG"),
])
def test_the_country_after_a_town_is_a_place_not_an_actor(analyze, text, country):
    report = analyze(text)
    assert not any(a.kind == "country" for a in report.actors), report.actors
    assert country in [p.country for p in report.places if p.kind == "country"], report.places


@pytest.mark.parametrize("text, town, country", [
    ("Russian missiles hit Zaporizhzhia overnight.", "Zaporizhzhia", "UKR"),
    ("Israeli forces raided Jenin on Monday.", "Jenin", "PSE"),
    ("Turkish drones struck Qamishli on Friday.", "Qamishli", "SYR"),
])
def test_a_well_known_towns_english_name_struck_is_the_place(analyze, text, town, country):
    report = analyze(text)
    assert (town, country) in [(p.text, p.country) for p in report.places if p.resolved], report.places
    assert town not in [a.name for a in report.actors], report.actors
    (ev,) = _events(report, "ASSAULT")
    assert ev.location is not None and ev.location.country == country


@pytest.mark.parametrize("text, town", [
    ("Ukraine's second city Kharkiv came under fire on Monday.", "Kharkiv"),
    ("The mayor of Kharkiv said two people were killed.", "Kharkiv"),
    ("Residents of Kherson said the shelling continued.", "Kherson"),
])
def test_a_town_told_by_its_phrase_is_a_place_not_a_person(analyze, text, town):
    report = analyze(text)
    assert (town, "UKR") in [(p.text, p.country) for p in report.places if p.resolved], report.places
    assert not any(town in a.name or a.kind == "country" for a in report.actors), report.actors


@pytest.mark.parametrize("text, group", [
    ("Lebanon's Hezbollah fired rockets at northern Israel.", "HEZ"),
    ("Saudi jets struck positions of Yemen's Houthis on Monday.", "HOU"),
])
def test_a_country_owning_an_armed_group_is_its_home_not_an_actor(analyze, text, group):
    report = analyze(text)
    owner = "LBN" if group == "HEZ" else "YEM"
    assert not any(a.code == owner for a in report.actors), report.actors
    assert any(r.code == group for e in report.events for r in (*e.source, *e.target)), report.events


@pytest.mark.parametrize("text", [
    "Rockets hit Dnipro on Monday.",
    "Rockets struck Kherson overnight.",
])
def test_a_town_shelled_names_no_doer_of_its_own_country(analyze, text):
    (ev,) = _events(analyze(text), "ASSAULT")
    assert ev.location is not None and ev.location.country == "UKR"
    assert ev.source == [], ev.source  # who fires at a town from afar is not known from the town
