"""Event defects the eighth probe (tests/data/probe8) showed, fixed by general rules.
Sentences written for these tests (not the probe's)."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import assaults, events_of as _events

pytestmark = pytest.mark.model
PUB = dt.date(2024, 10, 8)


@pytest.mark.parametrize("text, place", [
    ("Three peacekeepers from Senegal were killed when gunmen ambushed their patrol near the town of Kidal on Sunday.", "Kidal"),
    ("Two aid workers from Norway were killed when gunmen attacked their convoy near Maiduguri on Monday.", "Maiduguri"),
])
def test_the_country_people_come_from_is_not_where_they_were_attacked(analyze, text, place):
    """Before, "peacekeepers from Morocco were killed when rebels ambushed their convoy near the town of
    X" made two attacks, one in Morocco (a "from" phrase on the people read as the act's place) by an
    unidentified armed group coded by that country."""
    (attack,) = assaults(analyze(text))
    assert attack.location is not None and attack.location.name == place
    assert attack.dead is not None and attack.dead.min in (2, 3)


@pytest.mark.parametrize("text, care", [
    ("Four soldiers were killed in an ambush on Monday, the army said. One of the seven soldiers wounded in the "
     "ambush died of his injuries overnight in a hospital in Kabul, a doctor said.", "Kabul"),
    ("Six policemen were killed in an attack on their convoy on Monday. Two of the nine officers wounded in the "
     "attack were flown to a hospital in Lagos.", "Lagos"),
])
def test_the_town_of_the_hospital_is_not_where_the_attack_was(analyze, text, care):
    """Before, where the hurt were cared for ("died ... in a hospital in X", "flown to a hospital in X")
    became the place of the attack its sentence refers back to."""
    report = analyze(text)
    assert care not in [e.location.name for e in assaults(report) if e.location is not None], report.events


def test_a_hospital_struck_keeps_its_town(analyze):
    (attack,) = assaults(analyze("An air strike hit a hospital in Kabul on Monday, killing three patients."))
    assert attack.location is not None and attack.location.name == "Kabul"


@pytest.mark.parametrize("text, place", [
    ("Soldiers killed three militants who were being treated at a hospital in Jenin on Tuesday, officials said.", "Jan"),  # Janīn
    ("Gunmen abducted 20 patients who were being treated at a clinic in Zamfara on Monday.", "Zamfara"),
    ("Three patients died in a hospital in Gaza on Monday when a strike hit the building.", "Gaza"),
    ("Gunmen attacked an ambulance taking wounded soldiers to a hospital in Kaduna on Monday, killing the driver.", "Kaduna"),
])
def test_a_hospital_where_the_act_was_keeps_its_town(analyze, text, place):
    """Before (on p8), a care verb hung on the victims ("militants who were being treated at a hospital in
    X", "an ambulance taking the wounded to a hospital in X") or one the attack is an adverbial clause of
    ("died in a hospital in X when a strike hit") dropped the town where the act itself was."""
    (attack,) = assaults(analyze(text))
    assert attack.location is not None and attack.location.name.startswith(place), attack.location


@pytest.mark.parametrize("text", [
    "Bulldozers backed by armed police demolished hundreds of homes in a slum in Nairobi on Monday.",
    "Excavators escorted by soldiers demolished dozens of shops in the market on Monday.",
])
def test_machines_backed_by_forces_are_the_forces_act(analyze, text):
    """Before, a machine doing the act ("bulldozers demolished") named no actor, and the demolition,
    which needs one, was dropped."""
    (act,) = _events(analyze(text), "COERCE")
    assert act.mode == "destroy" and [r.sector for r in act.source][:1] in (["POL"], ["MIL"]), act.source


def test_a_doer_named_keeps_the_act_over_its_backers(analyze):
    """People who act, backed by others, are the doers themselves (the rule takes the backers only
    where the doer is no actor)."""
    (protest,) = _events(analyze("Hundreds of farmers backed by opposition lawmakers blocked the main road on Monday."), "PROTEST")
    assert [r.sector for r in protest.source][:1] == ["CVL"], protest.source


@pytest.mark.parametrize("text, code", [
    ("A missionary from Calgary was arrested in Lebanon on Monday for spying, police said.", "CAN"),
    ("Two aid workers from Norway were killed when gunmen attacked their convoy near Maiduguri on Monday.", "NOR"),
])
def test_people_from_a_place_are_of_its_country(analyze, text, code):
    """With "from X" no longer the act's place, the people it is told of are coded by it (before, the
    place's country coded them by accident; "arrested in Lebanon" would now code the missionary LBN)."""
    report = analyze(text)
    assert code in [r.code for e in report.events for r in e.target], report.events
