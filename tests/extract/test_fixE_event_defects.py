"""Over-reach of the e5 rules a second reader found (fixE): the serious-injury upgrade only for the
intervention's own result, "armed men" read as a force not kept over the accused, a craft seized with
people aboard an abduction and forces' vehicles seized in a fight, a theft's victim named by
"from", and a denying group's own fighters. Sentences written for these tests, about no one
incident."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import events_of

pytestmark = pytest.mark.model
PUB = dt.date(2026, 11, 20)  # a Friday


def _texts(refs) -> list[str]:
    return [r.text for r in refs]


def _subs(report) -> list[str | None]:
    return [e.acled_sub_event_type for e in report.events]


# -- 1. an intervention is excessive force only where its own result tells someone seriously hurt ---------

@pytest.mark.parametrize("text", [
    "Police dispersed protesters demanding justice for a student who has been in a coma since 2020.",
    "Police dispersed protesters in Nairobi on the anniversary of a protest in which a student was left in a coma.",
    "Police dispersed protesters in Nairobi while a man injured in an unrelated accident was rushed to hospital.",
    "Police dispersed protesters in Nairobi after a fire left two people critically injured.",
    "Police dispersed protesters in Nairobi who had blocked an ambulance carrying a man rushed to hospital.",
    "Police broke up the protest in Nairobi; a bystander was hit by a car and rushed to hospital.",
    "Police dispersed protesters in Nairobi while officers were rushed to hospital.",
])
def test_a_serious_injury_not_caused_by_the_intervention_leaves_it_one(analyze, text):
    subs = _subs(analyze(text))
    assert "Protest with intervention" in subs and "Excessive force against protesters" not in subs, subs


@pytest.mark.parametrize("text", [
    "Police fired tear gas to disperse protesters in Nairobi, leaving one man in a coma, officers said.",
    "Riot police fired tear gas to disperse protesters outside the police headquarters in Nairobi, leaving a student in a coma.",
])
def test_the_interventions_own_result_upgrades_it_whoever_else_is_named(analyze, text):
    subs = _subs(analyze(text))
    assert "Excessive force against protesters" in subs and "Protest with intervention" not in subs, subs


# -- 2. a described doer the actor stage took for a state's force ("armed men": MIL) gives way to the accused, -
#       as before e5: no state's army made the asserted killer ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Armed men killed 12 villagers in Beni on Sunday. The army blamed the ADF.",
    "Unidentified armed men killed 12 villagers in Beni on Sunday. The army blamed the ADF.",
])
def test_armed_men_read_as_a_force_give_way_to_the_accused(analyze, text):
    (ev,) = events_of(analyze(text), "ASSAULT")
    assert not any(r.sector in ("MIL", "POL") for r in ev.source), ev.source
    assert "ADF" in [c.value.get("code") for c in ev.claims if c.field == "perpetrator" and c.modality == "alleged"]


# -- 3. a car or truck seized with people aboard: those aboard are abducted ----------------------------------

@pytest.mark.parametrize("text", [
    "Gunmen seized a truck carrying 30 passengers near Kaduna.",
    "Gunmen seized a car with three engineers inside near Port Harcourt.",
    "Kidnappers seized a car carrying two aid workers near Goma.",
    "Bandits seized a lorry carrying 15 traders near Zaria.",
])
def test_a_vehicle_seized_with_people_aboard_is_an_abduction(analyze, text):
    report = analyze(text)
    assert [(e.event, e.acled_sub_event_type) for e in report.events] == [("ASSAULT", "Abduction/forced disappearance")], \
        [(e.event, e.acled_sub_event_type) for e in report.events]


# -- 4. forces' vehicles, or a load of arms, seized by armed men: taken in a fight, their materiel told ------

@pytest.mark.parametrize("text, item", [
    ("Al Shabaab fighters seized three army trucks near Baidoa.", "truck"),
    ("Rebels seized a police vehicle after overrunning the post.", "vehicle"),
    ("Militants seized a truck loaded with weapons near Gao.", "truck"),
])
def test_forces_vehicles_or_arms_seized_are_an_armed_clash(analyze, text, item):
    report = analyze(text)
    assert not events_of(report, "CRIME"), [(e.event, e.acled_sub_event_type) for e in report.events]
    (ev,) = [e for e in report.events if e.acled_sub_event_type == "Armed clash"]
    assert item in [m.unit for m in ev.materiel], ev.materiel


# -- 5. a theft's place is where it was done, but a place it was taken from is its victim --------------------

@pytest.mark.parametrize("text, victim", [
    ("Hackers stole data from Uganda.", "Uganda"),
    ("Thieves stole a statue from France.", "France"),
    ("Rebels looted the town of Kidal.", "Kidal"),
])
def test_a_place_taken_from_or_looted_is_the_target(analyze, text, victim):
    (ev,) = events_of(analyze(text), "CRIME")
    assert victim in _texts(ev.target), ev.target


@pytest.mark.parametrize("text, town", [
    ("Robbers stole a car in Lagos on Monday.", "Lagos"),
    ("Gunmen looted shops in Kidal on Monday.", "Kidal"),
])
def test_a_theft_in_a_town_is_still_not_on_the_town(analyze, text, town):
    (ev,) = events_of(analyze(text), "CRIME")
    assert town not in _texts(ev.target), ev.target


# -- 6. a group's own fighters in its denial are that group ------------------------------------------------

def test_its_fighters_in_a_denial_are_the_denying_group(analyze):
    report = analyze("The ADF denied that its fighters killed the villagers. Gunmen killed 12 villagers in Beni on Sunday.")
    (ev,) = events_of(report, "ASSAULT")
    denied = [c.value for c in ev.claims if c.field == "perpetrator" and c.modality == "denied"]
    assert denied and all(v.get("code") == "ADF" for v in denied), denied
    assert _texts(ev.source) == ["Gunmen"], ev.source
