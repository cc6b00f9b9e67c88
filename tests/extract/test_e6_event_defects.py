"""Event defects the fifth probe found (e6): one person killed by no one named is an attack on a
civilian whatever noun names him, and the others below. Sentences written for these tests, about
no one incident."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import events_of

pytestmark = pytest.mark.model
PUB = dt.date(2026, 11, 23)  # a Monday


# -- 1. one person slain, whatever noun names him, is a killing with a toll of one ------------------

@pytest.mark.parametrize("text", [
    "A radio host who reported on land disputes was shot dead outside a court in Tegucigalpa on Friday, police said.",
    "A trade unionist was shot dead while leading a march in southern Colombia on Saturday, police said.",
    "A village chief was stabbed to death outside his house in northern Ghana on Friday, officials said.",
    "A local councillor was shot dead outside his office in Cali on Friday.",
])
def test_one_slain_by_no_one_named_is_an_attack_on_a_civilian(analyze, text):
    (ev,) = events_of(analyze(text), "ASSAULT")
    assert (ev.acled_event_type, ev.acled_sub_event_type) == ("Violence against civilians", "Attack")
    assert ev.dead is not None and (ev.dead.min, ev.dead.max) == (1, 1)


# -- 2. a candidate shot dead at a rally is no force used on a protest; a present perfect takes no day ---

@pytest.mark.parametrize("text", [
    "A candidate for mayor in northern Peru was shot dead while speaking at a campaign rally on Saturday, and police have arrested"
    " two suspects, authorities said on Monday.",
    "A candidate for governor was shot dead at a rally in Veracruz on Saturday, police said.",
    "A trade unionist was shot dead at a rally in Cali on Saturday, police said.",
])
def test_a_candidate_shot_dead_at_a_rally_is_an_attack(analyze, text):
    (ev,) = events_of(analyze(text), "ASSAULT")
    assert ev.acled_sub_event_type == "Attack" and ev.date == dt.date(2026, 11, 21)


def test_a_protester_shot_dead_at_a_protest_stays_excessive_force(analyze):
    (ev,) = events_of(analyze("A protester was shot dead during a demonstration in Nairobi on Tuesday."), "ASSAULT")
    assert ev.acled_sub_event_type == "Excessive force against protesters"


@pytest.mark.parametrize("text", [
    "A candidate for mayor was shot dead while speaking at a campaign rally on Saturday, and police have arrested two suspects.",
    "Gunmen attacked a bus in Zamfara on Friday, and troops have arrested three suspects.",
])
def test_an_arrest_told_in_the_present_perfect_takes_no_day_of_the_clause_beside_it(analyze, text):
    (arrest,) = [e for e in events_of(analyze(text), "COERCE") if e.mode == "arrest"]
    assert arrest.date is None


def test_an_arrest_in_the_present_perfect_keeps_its_own_day(analyze):
    (arrest,) = [e for e in events_of(analyze("Police have arrested three suspects in Lagos on Friday."), "COERCE") if e.mode == "arrest"]
    assert arrest.date == dt.date(2026, 11, 20)


# -- 3. what a witness heard is no act of the witness; a conflict's toll over its course is background ---

@pytest.mark.parametrize("text", [
    '"We heard the explosions and then shooting for almost an hour," said Amadou Diallo, a trader.',
    "Residents said they heard gunfire and shooting near the palace.",
])
def test_a_witness_who_heard_shooting_is_not_the_shooter(analyze, text):
    report = analyze(text)
    assert not [r.text for e in events_of(report, "ASSAULT") for r in e.source], report.events


@pytest.mark.parametrize("text", [
    "The junta asked the mission to leave, accusing it of failing to stop jihadist violence that has killed thousands of civilians.",
    "The country is trying to end a war which has killed more than 300,000 people.",
])
def test_a_conflicts_toll_over_its_course_is_no_attack(analyze, text):
    report = analyze(text)
    assert not events_of(report, "ASSAULT"), report.events


def test_an_attacks_own_toll_in_a_relative_clause_stays(analyze):
    (ev,) = events_of(analyze("Gunmen attacked a village in Zamfara on Friday, in violence that killed 12 villagers."), "ASSAULT")
    assert ev.dead is not None and ev.dead.min == 12


# -- 4. a word of a name is no act; a curfew imposed with arrests is an act of its own; the teller is no defender ---

@pytest.mark.parametrize("text", [
    "The al Qaeda-linked Group to Support Islam and Muslims (JNIM), which is active in the area, denied any role in the attack.",
    "The Front to Support the People, an armed group, said it had no fighters there.",
])
def test_a_word_of_a_groups_name_is_no_act(analyze, text):
    assert not events_of(analyze(text), "SUPPORT")


@pytest.mark.parametrize("text", [
    "The junta said on Sunday it had foiled an attempted coup, arresting 12 officers and imposing a nighttime curfew in the capital.",
    "Police arrested 30 people and imposed a curfew in the town on Monday.",
])
def test_a_curfew_imposed_with_arrests_is_an_act_of_its_own(analyze, text):
    modes = [e.mode for e in events_of(analyze(text), "COERCE")]
    assert "curfew" in modes and "arrest" in modes, modes


def test_the_spokesman_who_tells_of_an_attack_repelled_is_not_its_target(analyze):
    text = ("Junta spokesman Colonel Abel Mendes said soldiers loyal to the transitional president, General Ansumane Tchuda,"
            " had repelled an attack on the presidential palace in Bissau on Saturday.")
    for ev in events_of(analyze(text), "ASSAULT"):
        assert "Abel Mendes" not in " ".join(r.text for r in ev.target), ev.target


# -- 5. what "had" been done was done before the day it was told ----------------------------------

@pytest.mark.parametrize("text", [
    "The military government said on Sunday it had foiled an attempted coup by a group of army officers, arresting 12 of them.",
    "Police said on Sunday they had arrested five suspects.",
])
def test_an_act_told_in_the_past_perfect_does_not_take_the_day_it_was_told(analyze, text):
    (arrest,) = [e for e in events_of(analyze(text), "COERCE") if e.mode == "arrest"]
    assert arrest.date is None


@pytest.mark.parametrize("text, day", [
    ("Police said they had arrested five suspects on Saturday.", dt.date(2026, 11, 21)),
    ("Police said on Sunday they arrested five suspects.", dt.date(2026, 11, 22)),
])
def test_a_day_told_of_the_act_itself_stays(analyze, text, day):
    (arrest,) = [e for e in events_of(analyze(text), "COERCE") if e.mode == "arrest"]
    assert arrest.date == day
