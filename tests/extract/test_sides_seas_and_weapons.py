"""Actor codes, targets and places (issue 4): a militia allied to state forces takes their
country; a sea, gulf or strait is no country; weapons and commandos as doers are their
country's military; a crowd's destruction is a riot; fire across a border and shells landing
are attacks; "Ukraine's capital Kyiv" is found at Kyiv. Texts written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import events_of as _events

pytestmark = pytest.mark.model
PUB = dt.date(2024, 3, 10)


def _codes(refs) -> list[tuple[str | None, str | None]]:
    return [(r.code, r.sector) for r in refs]


# -- 1. a militia allied to the forces it acts with ------------------------------------
@pytest.mark.parametrize("text,force", [
    ("Russian troops and allied militiamen stormed Ukrainian trenches near Avdiivka on Monday.", "RUS"),
    ("Israeli soldiers and allied militiamen raided a village in southern Lebanon on Friday.", "ISR"),
    ("Eritrean forces and pro-government militias attacked Tigrayan positions near Adigrat.", "ERI"),
])
def test_an_allied_militia_takes_the_country_of_the_forces_beside_it(analyze, text, force):
    ev = _events(analyze(text), "ASSAULT")[0]
    militia = [r for r in ev.source if r.sector == "REB"]
    assert militia and all(r.code == force for r in militia), _codes(ev.source)
    assert any(r.code == force and r.sector == "MIL" for r in ev.source), _codes(ev.source)


def test_a_militia_not_told_as_allied_keeps_no_borrowed_code(analyze):
    ev = _events(analyze("Russian troops attacked Ukrainian militiamen near Avdiivka on Monday."), "ASSAULT")[0]
    assert [r.code for r in ev.target if r.sector == "REB"] != ["RUS"], _codes(ev.target)


# -- 2. bodies of water are no country ---------------------------------------------------
@pytest.mark.parametrize("text,sea", [
    ("Houthi fighters fired a drone at a container ship in the Red Sea on Tuesday.", "Red Sea"),
    ("Pirates boarded a fishing vessel in the Gulf of Aden on Saturday.", "Gulf of Aden"),
    ("Iranian boats approached a tanker in the Strait of Hormuz on Sunday.", "Strait of Hormuz"),
    ("Ukrainian drones hit a Russian patrol ship in the Black Sea overnight.", "Black Sea"),
])
def test_a_sea_gives_no_country(analyze, text, sea):
    report = analyze(text)
    place = next(p for p in report.places if p.text == sea)
    assert place.country is None and not place.resolved, place
    for ev in report.events:
        assert "SDN" not in {r.code for r in (*ev.source, *ev.target)}, (_codes(ev.source), _codes(ev.target))


def test_a_state_named_for_a_sea_is_still_the_state(analyze):
    report = analyze("Gunmen killed four traders in Sudan's Red Sea state on Monday.")
    assert {p.text: p.country for p in report.places}.get("Red Sea") == "SDN"


def test_a_country_inside_a_sea_name_is_no_actor(analyze):
    report = analyze("Chinese coast guard ships blocked a supply boat in the South China Sea on Monday.")
    assert not any(m.start is not None and report.article.text[m.start:m.end] == "China" for a in report.actors for m in a.mentions), \
        [(a.name, a.code) for a in report.actors]


# -- 3. weapons and commandos as doers ----------------------------------------------------
@pytest.mark.parametrize("text,code", [
    ("Turkish commandos raided a farmhouse in northern Iraq on Sunday.", "TUR"),
    ("Ukrainian missiles destroyed a Russian radar station in Crimea on Tuesday.", "UKR"),
    ("Russian rockets hit an apartment block in Kharkiv on Thursday.", "RUS"),
])
def test_weapons_and_commandos_are_their_countrys_military(analyze, text, code):
    ev = _events(analyze(text), "ASSAULT")[0]
    assert (code, "MIL") in _codes(ev.source), _codes(ev.source)


def test_a_munition_alone_is_no_actor(analyze):
    report = analyze("Rockets were fired at the airport on Friday.")
    assert not report.actors, [(a.name, a.code, a.sector) for a in report.actors]


# -- 4. a crowd's destruction --------------------------------------------------------------
def test_a_crowds_destruction_during_a_protest_is_a_violent_demonstration(analyze):
    ev = _events(analyze("Students burned a police car during a protest in Dhaka on Monday."), "COERCE")[0]
    assert (ev.acled_event_type, ev.acled_sub_event_type) == ("Riots", "Violent demonstration")


def test_a_crowds_destruction_without_a_protest_is_mob_violence(analyze):
    ev = _events(analyze("Angry villagers torched the house of a suspected thief in a village in Kenya on Monday."), "COERCE")[0]
    assert (ev.acled_event_type, ev.acled_sub_event_type) == ("Riots", "Mob violence")


def test_one_persons_arson_is_no_riot(analyze):
    ev = _events(analyze("A man set fire to a mosque in Oslo on Monday."), "COERCE")[0]
    assert ev.acled_event_type != "Riots"


# -- 5. fire across a border, shells landing -----------------------------------------------
def test_fire_across_a_border_is_an_attack_on_the_country_beyond(analyze):
    ev = _events(analyze("Pakistani troops fired across the border into India on Tuesday."), "ASSAULT")[0]
    assert ("PAK", "MIL") in _codes(ev.source) and "IND" in {r.code for r in ev.target}, (_codes(ev.source), _codes(ev.target))


def test_shells_landing_inside_a_country_are_an_attack(analyze):
    ev = _events(analyze("Syrian shells landed inside Turkey on Thursday."), "ASSAULT")[0]
    assert ("SYR", "MIL") in _codes(ev.source) and "TUR" in {r.code for r in ev.target}


def test_fire_into_the_air_and_a_plane_landing_are_no_attacks(analyze):
    assert not _events(analyze("Soldiers fired into the air outside the barracks on Monday."), "ASSAULT")
    assert not _events(analyze("A military plane landed in Kabul on Monday."), "ASSAULT")


# -- 6. "Ukraine's capital Kyiv" -------------------------------------------------------------
def test_the_name_beside_a_possessive_capital_is_the_place(analyze):
    report = analyze("A missile struck Ukraine's capital Kyiv on Sunday.")
    assert {p.text: p.country for p in report.places}.get("Kyiv") == "UKR", [(p.text, p.country) for p in report.places]
    ev = _events(report, "ASSAULT")[0]
    assert ev.location is not None and ev.location.name == "Kyiv"
