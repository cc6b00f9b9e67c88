"""ACLED types of violence by who the doers and the people struck are described as: crowds of
supporters (or a mob, youths) doing violence is Riots / Mob violence, whoever they strike;
journalists and aid workers struck by armed men are civilians (Violence against civilians /
Attack), never an armed clash. Sentences written for these tests, about no one incident."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import analysed_assaults as _assaults

pytestmark = pytest.mark.model
PUB = dt.date(2021, 3, 8)  # a Monday


@pytest.mark.parametrize("text", [
    "Supporters of the president attacked journalists in Kampala on Monday.",
    "Clashes between supporters of rival candidates left two dead in Nairobi on Tuesday.",
    "Opposition supporters attacked a police station in Kampala on Monday.",
])
def test_violence_by_supporters_is_mob_violence(analyze, text):
    (ev,) = _assaults(analyze, text)
    assert (ev.acled_event_type, ev.acled_sub_event_type) == ("Riots", "Mob violence")


@pytest.mark.parametrize("text, doer", [
    ("Gunmen attacked journalists in Kampala on Monday.", "REB"),
    ("Gunmen killed three aid workers in Maiduguri on Sunday.", "REB"),
    ("Police attacked journalists covering the election in Kampala on Monday.", "POL"),
])
def test_journalists_and_aid_workers_struck_are_civilians(analyze, text, doer):
    (ev,) = _assaults(analyze, text)
    assert (ev.acled_event_type, ev.acled_sub_event_type) == ("Violence against civilians", "Attack")
    assert [r.sector for r in ev.source] == [doer]


@pytest.mark.parametrize("text", [
    "Soldiers clashed with rebels near Goma on Sunday.",
    "Rebels attacked an army base near Goma on Sunday, killing five soldiers.",
    # armed men among the doers: not a crowd's violence
    "Clashes between soldiers and supporters of a warlord left two dead in Goma on Sunday.",
    # supporters told by an armed group's name are its fighters
    "Al-Shabaab supporters attacked a base in Mogadishu on Sunday.",
    # armed youths are a militia, not a crowd
    "Armed youths attacked an army post in Bor on Sunday.",
])
def test_armed_sides_stay_an_armed_clash(analyze, text):
    evs = _assaults(analyze, text)
    assert evs and all(ev.acled_sub_event_type == "Armed clash" for ev in evs)


@pytest.mark.parametrize("text, whom", [
    ("Police fired tear gas to disperse youths in Kisumu on Friday.", "youths"),
    ("Police used tear gas to disperse traders in Kisumu on Friday.", "traders"),
])
def test_people_dispersed_are_the_target_not_the_town(analyze, text, whom):
    (ev,) = analyze(text).events
    assert (ev.event, ev.mode) == ("COERCE", "restrict")
    assert [r.text for r in ev.target] == [whom]
    assert ev.location is not None and ev.location.name == "Kisumu"


def test_youths_dispersed_were_gathered(analyze):
    (ev,) = analyze("Police fired tear gas to disperse youths in Kisumu on Friday.").events
    assert ev.acled_sub_event_type == "Protest with intervention"


@pytest.mark.parametrize("text, sub", [
    # fire with nobody hurt ("nobody was hurt" is a toll of zero): force met by a protest
    ("Police fired on protesters in Harare on Friday, but nobody was hurt.", "Protest with intervention"),
    ("Police fired live rounds at protesters in Harare on Friday.", "Protest with intervention"),
    # someone killed or beaten: excessive force
    ("Police opened fire on protesters in Harare on Friday, killing two.", "Excessive force against protesters"),
    ("Police shot dead two protesters in Harare on Friday.", "Excessive force against protesters"),
])
def test_force_on_protesters_by_harm_done(analyze, text, sub):
    (ev,) = _assaults(analyze, text)
    assert (ev.acled_event_type, ev.acled_sub_event_type) == ("Protests", sub)


def test_fire_on_people_not_protesting_stays_an_attack(analyze):
    (ev,) = _assaults(analyze, "Soldiers fired on villagers in Harare on Friday, but nobody was hurt.")
    assert ev.acled_sub_event_type == "Attack"


@pytest.mark.parametrize("text, dead", [
    ("A bomber detonated a car bomb outside the ministry in Kabul on Monday.", None),
    ("A bomber detonated a car bomb outside the ministry in Kabul on Monday, killing four people.", 4),
])
def test_a_bomber_setting_off_a_bomb_is_a_person(analyze, text, dead):
    (ev,) = _assaults(analyze, text)
    assert (ev.mode, ev.acled_sub_event_type) == ("explosives", "Remote explosive/landmine/IED")
    assert [r.text for r in ev.source] == ["A bomber"]
    assert (ev.dead.min if ev.dead else None) == dead


def test_a_suicide_bomber_is_a_suicide_bomb(analyze):
    (ev,) = _assaults(analyze, "A suicide bomber detonated a car bomb outside the ministry in Kabul on Monday.")
    assert ev.acled_sub_event_type == "Suicide bomb"


def test_bombers_that_strike_stay_aircraft(analyze):
    (ev,) = _assaults(analyze, "Russian bombers struck a market in Idlib on Monday, killing nine people.")
    assert (ev.mode, ev.acled_sub_event_type) == ("aerial", "Air/drone strike")


@pytest.mark.parametrize("text, doers", [
    ("Militants planted a roadside bomb that killed three soldiers near Mosul on Monday.", ["Militants"]),
    ("A roadside bomb killed three soldiers near Mosul on Monday.", None),
])
def test_a_bomb_that_kills_is_a_remote_explosive(analyze, text, doers):
    (ev,) = _assaults(analyze, text)
    assert (ev.mode, ev.acled_sub_event_type) == ("explosives", "Remote explosive/landmine/IED")
    if doers is not None:
        assert [r.text for r in ev.source] == doers
    assert [r.text for r in ev.target] == ["three soldiers"]


@pytest.mark.parametrize("text", [
    "Soldiers killed three supporters of the opposition in Kinshasa on Monday.",
    "Troops shot dead two opposition activists in Kinshasa on Monday.",
    "The mine workers were killed by soldiers near Kolwezi on Monday.",
])
def test_unarmed_opposition_and_workers_struck_are_civilians(analyze, text):
    (ev,) = _assaults(analyze, text)
    assert (ev.acled_event_type, ev.acled_sub_event_type) == ("Violence against civilians", "Attack")


def test_armed_opposition_struck_is_a_clash(analyze):
    (ev,) = _assaults(analyze, "Soldiers clashed with opposition militiamen in Kinshasa on Monday.")
    assert ev.acled_sub_event_type == "Armed clash"


@pytest.mark.parametrize("text, whom", [
    ("Police dispersed students with tear gas in Lagos on Monday.", "students"),
    ("Police fired tear gas to disperse traders in Accra on Monday.", "traders"),
    ("Soldiers dispersed striking miners outside the company offices on Tuesday.", "miners"),
])
def test_people_of_the_street_dispersed_were_gathered(analyze, text, whom):
    """Civilians, workers or activists dispersed (events.yaml dispersal sectors) were a gathering:
    force used on them is met by a protest type, as for "dispersed the crowd"."""
    evs = [e for e in analyze(text).events if e.event == "COERCE"]
    assert [(e.acled_event_type, e.acled_sub_event_type) for e in evs] == [("Protests", "Protest with intervention")]
    assert whom in evs[0].target[0].text


@pytest.mark.parametrize("text", [
    "Police dispersed the rebels near the border on Monday.",
    "Soldiers scattered leaflets over the town on Monday.",
    "The crowd dispersed peacefully on Monday.",
])
def test_no_dispersal_of_a_gathering(analyze, text):
    assert not [e for e in analyze(text).events if e.event == "COERCE"]


@pytest.mark.parametrize("text", [
    "Youths set fire to a bus in Kisumu on Monday.",
    "Supporters of the president set fire to a bus in Kampala on Monday.",
])
def test_arson_by_a_crowd_is_mob_violence(analyze, text):
    """A crowd's destruction in unrest is a riot (Riots / Mob violence), as its violence on people is."""
    evs = [e for e in analyze(text).events if e.event == "COERCE"]
    assert [(e.mode, e.acled_event_type, e.acled_sub_event_type) for e in evs] == [("destroy", "Riots", "Mob violence")]


@pytest.mark.parametrize("text", [
    "Soldiers set fire to homes in the village on Monday.",
    "Al-Shabaab supporters set fire to a school on Monday.",
    "Supporters of Islamic State set fire to a school on Monday.",
])
def test_arson_by_armed_men_stays_property_destruction(analyze, text):
    evs = [e for e in analyze(text).events if e.event == "COERCE"]
    assert [e.acled_sub_event_type for e in evs] == ["Looting/property destruction"]


@pytest.mark.parametrize("text, sub", [
    ("Supporters of Islamic State attacked a church in the north on Monday.", "Attack"),
    ("Followers of Boko Haram attacked a village in Borno on Monday.", "Attack"),
    ("Supporters of the president attacked journalists in Kampala on Monday.", "Mob violence"),
])
def test_supporters_of_an_armed_group_are_its_fighters(analyze, text, sub):
    (ev,) = _assaults(analyze, text)
    assert ev.acled_sub_event_type == sub
