"""Event defects the fourth unseen-article probe left (m4x): weapons told by "with", people sent who are
no force, a target state named by its capital, a relative pronoun as the doer, weapons shot down, vessels
hijacked and the state a vessel is flagged in. Sentences written for these tests, about no one incident."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import events_of

pytestmark = pytest.mark.model
PUB = dt.date(2025, 3, 11)  # a Tuesday


def _texts(refs) -> list[str]:
    return [r.text for r in refs]


# -- 1. a weapon in a "with" phrase is the means, no side ----------------------------------------

@pytest.mark.parametrize("text", [
    "Supporters of the two parties clashed with machetes and stones in the capital on Monday.",
    "Rival youths clashed with sticks and knives outside the stadium on Monday.",
    "Rival gangs fought with guns and knives in the market on Monday.",
])
def test_weapons_fought_with_are_no_target(analyze, text):
    (ev,) = events_of(analyze(text), "ASSAULT")
    assert ev.source and not any(w in t.lower() for t in _texts(ev.target) for w in ("machete", "stick", "gun", "knife", "stone")), ev.target


def test_a_side_fought_with_stays_the_target(analyze):
    report = analyze("Protesters clashed with police in the capital on Monday.")
    assert any("police" in _texts(e.target) for e in report.events)


# -- 2. observers and monitors sent are no mobilisation ------------------------------------------

@pytest.mark.parametrize("text", [
    "The mission, which deployed 120 observers, urged both parties to stay calm.",
    "The African Union, which has deployed 60 monitors, called for calm on Monday.",
    "Two hundred election observers were deployed across the country on Monday.",
    "The agency deployed 40 doctors and nurses to the camps on Monday.",
])
def test_people_sent_who_are_no_force_are_no_mobilisation(analyze, text):
    assert events_of(analyze(text), "MOBILIZE") == []


@pytest.mark.parametrize("text", [
    "The army deployed 2,000 troops to the border on Monday.",
    "The UN deployed peacekeepers to the region on Monday.",
])
def test_forces_sent_stay_a_mobilisation(analyze, text):
    assert len(events_of(analyze(text), "MOBILIZE")) == 1


# -- 7. a state named by its capital as the target is not where the act was ------------------------

@pytest.mark.parametrize("text, place", [
    ("The EU imposed sanctions on Tehran on Monday.", "Tehran"),
    ("Canada expelled two diplomats and imposed new sanctions on Moscow on Monday.", "Moscow"),
])
def test_capital_aimed_at_is_no_location(analyze, text, place):
    (ev,) = events_of(analyze(text), "SANCTION")
    assert ev.location is None or ev.location.name != place, ev.location


@pytest.mark.parametrize("text, place", [
    ("The EU imposed sanctions on Russian banks at a meeting in Brussels on Monday.", "Brussels"),
    ("Russia shelled Kharkiv on Monday.", "Kharkiv"),
])
def test_places_acts_happen_in_stay_locations(analyze, text, place):
    (ev,) = analyze(text).events
    assert ev.location is not None and ev.location.name == place


# -- 8. a relative pronoun stands for the noun it follows -----------------------------------------

@pytest.mark.parametrize("text, doers", [
    ("Denmark and Norway, which have also accused Iran of plotting attacks, said they would consider similar steps.", ["DNK", "NOR"]),
    ("France, which has also condemned the coup, said it would suspend aid.", ["FRA"]),
])
def test_relative_pronoun_doer_is_its_antecedent(analyze, text, doers):
    (ev,) = events_of(analyze(text), "ACCUSE")
    assert "which" not in _texts(ev.source) and sorted(r.code for r in ev.source) == doers, ev.source


# -- 6. weapons shot down are no party ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Air defences shot down most of the incoming drones on Monday.",
    "Air defences shot down most of the incoming weapons overnight.",
    "The army said it had intercepted four missiles and 30 drones.",
])
def test_weapons_shot_down_are_disrupted_use_with_no_target(analyze, text):
    (ev,) = analyze(text).events
    assert ev.event == "COERCE" and ev.acled_sub_event_type == "Disrupted weapons use" and ev.target == [], ev


# -- 4. a vessel hijacked is an abduction; its flag state is no party -------------------------------

@pytest.mark.parametrize("text", [
    "Pirates hijacked a cargo ship off the coast on Monday.",
    "Gunmen seized a fishing boat off the coast on Monday.",
    "Armed men hijacked a bus carrying 40 passengers on Monday.",
])
def test_craft_taken_by_armed_men_is_an_abduction(analyze, text):
    (ev,) = events_of(analyze(text), "ASSAULT")
    assert ev.mode == "abduct" and ev.acled_sub_event_type == "Abduction/forced disappearance", ev


@pytest.mark.parametrize("text", [
    "Police seized a tanker carrying smuggled fuel on Monday.",
    "The ruling party hijacked the debate on Monday.",
])
def test_seizures_by_the_state_and_figurative_hijacks_are_no_abduction(analyze, text):
    assert not any(e.mode == "abduct" for e in analyze(text).events)


@pytest.mark.parametrize("text, state", [
    ("The navy recaptured a Panama-flagged tanker that had been seized by pirates.", "PAN"),
    ("The navy said it recaptured a Liberia-registered vessel on Sunday.", "LBR"),
])
def test_flag_state_is_no_target(analyze, text, state):
    report = analyze(text)
    assert report.events and not any(r.code == state for e in report.events for r in e.target), report.events


@pytest.mark.parametrize("text", [
    "The air force said air defence units destroyed 2 of the missiles and 51 of the drones.",
    "Air defences downed two missiles over the capital on Monday.",
])
def test_weapons_destroyed_in_flight_are_disrupted_use(analyze, text):
    (ev,) = analyze(text).events
    assert ev.event == "COERCE" and ev.acled_sub_event_type == "Disrupted weapons use" and ev.target == [], ev


def test_a_drone_factory_destroyed_stays_an_attack(analyze):
    (ev,) = analyze("Rebels destroyed a drone factory on Monday.").events
    assert ev.event == "ASSAULT"


# -- a place's possessor is no party of the act told there ----------------------------------------

def test_the_country_owning_the_city_of_a_clash_is_no_target(analyze):
    report = analyze("Three people were killed on Tuesday when rival supporters clashed outside polling stations in Zambia's "
                     "southern commercial hub Kitwe, police said.")
    (ev,) = events_of(report, "ASSAULT")
    assert not any(r.sector == "GOV" for r in ev.target), ev.target


# -- 13. a denial of intent is no denial of the act -----------------------------------------------

@pytest.mark.parametrize("text", [
    "Moscow denies deliberately targeting civilians.",
    "The army denies deliberately targeting the hospital.",
])
def test_intent_denied_alone_tells_no_attack(analyze, text):
    assert events_of(analyze(text), "ASSAULT") == []


@pytest.mark.parametrize("text, denier", [
    ("Russia said its forces had struck military targets in the city. Moscow denies deliberately targeting civilians.", "Moscow"),
    ("Rebels shelled the town on Monday, killing four people. The rebels denied deliberately shelling civilians.", "The rebels"),
])
def test_intent_denied_is_a_claim_on_intent_not_on_the_doer(analyze, text, denier):
    (ev,) = events_of(analyze(text), "ASSAULT")
    by = [(c.field, c.modality) for c in ev.claims if getattr(c.claimed_by, "text", c.claimed_by) == denier]
    assert ("intent", "denied") in by and ("perpetrator", "denied") not in by and ("event", "denied") not in by, ev.claims


def test_the_act_denied_stays_denied(analyze):
    (ev,) = events_of(analyze("Rebels shelled the town on Monday, killing four people. The rebels denied shelling the town."), "ASSAULT")
    assert ("perpetrator", "denied") in [(c.field, c.modality) for c in ev.claims]


# -- 3. an act's own fronted time wins over the telling's day; "were set on fire" is done, not to come --

@pytest.mark.parametrize("text", [
    "Last week, two opposition offices were set on fire in the northern city of Kasama, police said on Monday.",
    "Last week, two opposition offices were set on fire in the northern city of Kasama, and police said on Monday "
    "they were still searching for suspects.",
    "Two churches were set ablaze in the town on Sunday.",
])
def test_property_set_on_fire_is_told_as_done(analyze, text):
    (ev,) = analyze(text).events
    assert ev.event == "COERCE" and not ev.hypothetical, ev


def test_the_fronted_week_is_the_acts_time_not_the_tellings_day(analyze):
    (ev,) = analyze("Last week, two opposition offices were set on fire in the northern city of Kasama, and police said "
                    "on Monday they were still searching for suspects.").events
    assert ev.date is None or ev.date < dt.date(2025, 3, 10), ev.date



# -- 12. a toll of displacement in the UN's voice is no accusation ----------------------------------

@pytest.mark.parametrize("text", [
    "Fighting between the army and the M23 has forced more than 1.7 million people from their homes since the rebels "
    "took up arms again in 2021, according to the United Nations.",
    "Clashes between the army and the ADF have displaced 300,000 people since the rebels took up arms, the UN said.",
])
def test_rebels_taking_up_arms_is_no_arming_accusation(analyze, text):
    assert events_of(analyze(text), "ACCUSE") == []


def test_a_speaker_saying_a_state_arms_rebels_still_accuses(analyze):
    (ev,) = events_of(analyze('"Iran is arming the Houthi rebels," the minister said.'), "ACCUSE")
    assert [r.code for r in ev.target] == ["IRN"]


# -- 5. a claim of responsibility's aim is that attack's, not a second one -------------------------

@pytest.mark.parametrize("text", [
    "The militant group said that one of its fighters had carried out the attack and that it had targeted government soldiers.",
    "The insurgents said in a statement that one of their fighters had carried out the ambush and that they had targeted army officers.",
    "The militia said two of its fighters had carried out the raid and that they had targeted a police convoy.",
])
def test_the_aim_claimed_joins_the_attack(analyze, text):
    (ev,) = events_of(analyze(text), "ASSAULT")
    assert ev.target, ev


# -- 10. statements of two speakers in two sentences are two statements -----------------------------

def test_two_speakers_threats_stay_apart(analyze):
    report = analyze('"We will not accept that a foreign power uses criminal networks to threaten people living here," '
                     "Foreign Minister Ana Lopes told a news conference.\n\nLopes did not name the diplomats.\n\n"
                     "The ministry spokesman said in a statement that Caracas would expel Chilean diplomats in return.")
    threats = events_of(report, "THREATEN")
    assert len(threats) == 2 and not any(len({getattr(c.claimed_by, "text", c.claimed_by) for c in t.claims if c.field == "event"}) > 1
                                         for t in threats), threats


# -- 11. a mass grave found is a killing told -----------------------------------------------------

@pytest.mark.parametrize("text, dead", [
    ("A mass grave containing the bodies of at least 30 people has been found near the town, a rights group said on Monday.", 30),
    ("Investigators said they had found a mass grave with 12 bodies outside the village.", 12),
])
def test_a_mass_grave_found_is_a_killing(analyze, text, dead):
    (ev,) = events_of(analyze(text), "ASSAULT")
    assert ev.acled_sub_event_type == "Attack" and ev.dead is not None and ev.dead.min == dead, ev


@pytest.mark.parametrize("text", [
    "Archaeologists found a grave containing the remains of a Bronze Age chief.",
    "Workers dug a grave for the victims of the floods.",
])
def test_a_grave_alone_tells_no_killing(analyze, text):
    assert events_of(analyze(text), "ASSAULT") == []


def test_property_set_on_fire_is_the_target_not_its_town(analyze):
    (ev,) = analyze("Last week, two UPND campaign offices were set on fire in the northern city of Kasama, and police said "
                    "on Monday they were still searching for suspects.").events
    assert ev.target and "Kasama" not in [r.text for r in ev.target] and "offices" in ev.target[0].text, ev.target


@pytest.mark.parametrize("text, thing", [
    ("Their vehicle struck an explosive device near the town.", "vehicle"),
    ("A truck ran over a landmine near the village on Monday.", "truck"),
])
def test_a_craft_hijackable_stays_the_victim_of_a_mine(analyze, text, thing):
    (ev,) = events_of(analyze(text), "ASSAULT")
    assert any(thing in (r.text or "") for r in ev.target), ev.target
