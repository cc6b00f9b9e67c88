"""Event defects the unseen-article probes left: removal from office, requests "called upon",
fire exchanged with no side named, a denier's counter-accusation, a toll inside an accusation,
parties of relative clauses and denials, less-lethal force on protesters, acts the reporter tells
as not done. Sentences written for these tests, about no one incident."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import events_of

pytestmark = pytest.mark.model
PUB = dt.date(2025, 3, 11)  # a Tuesday


def _claimer(c) -> str:
    return getattr(c.claimed_by, "text", c.claimed_by)


# -- 1. removal from office is no rejection ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The president dismissed the army chief on Monday.",
    "The prime minister dismissed two ministers on Monday.",
    "The president dismissed the head of the army on Monday.",
    "The police commissioner was dismissed on Monday.",
    "The president dismissed General Amadou Diallo on Monday.",
])
def test_people_dismissed_from_office_are_no_rejection(analyze, text):
    assert events_of(analyze(text), "REJECT") == []


@pytest.mark.parametrize("text", [
    "The president dismissed the claims as baseless.",
    "The government dismissed the criticism on Monday.",
    "The ministry dismissed the rebels' demands.",
])
def test_claims_and_demands_dismissed_stay_rejections(analyze, text):
    assert [e.event for e in analyze(text).events] == ["REJECT"]


# -- 2. "called upon X to ..." -------------------------------------------------------------------

@pytest.mark.parametrize("text, doer", [
    ("The EU called upon both sides to end the fighting.", "EU"),
    ("The EU called upon both sides to exercise restraint.", "EU"),
    ("The bishops called upon the government to release the detained students.", "The bishops"),
])
def test_called_upon_is_a_request(analyze, text, doer):
    report = analyze(text)
    (ev,) = report.events  # the act asked for is not done ("to release ...": no RETREAT)
    assert ev.event == "REQUEST" and doer in [r.text for r in ev.source], ev


@pytest.mark.parametrize("text, doer, asked", [
    # the day between the verb and "on" makes the parser read "(the union) called Monday" as a name given
    ("The union called Monday on workers to stay at home.", "The union", "workers"),
    ("The church called Sunday on the government to free the detained students.", "The church", "the government"),
])
def test_called_on_after_a_day_is_a_request(analyze, text, doer, asked):
    (ev,) = analyze(text).events  # the act asked for is not done ("to free ...": no RETREAT)
    assert (ev.event, [r.text for r in ev.source], [r.text for r in ev.target]) == ("REQUEST", [doer], [asked]), ev


def test_called_upon_targets_whom_it_asks(analyze):
    (ev,) = analyze("The bishops called upon the government to release the detained students.").events
    assert [r.text for r in ev.target] == ["the government"], ev.target


# -- 3. fire exchanged with no side named ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "MANDERA, Kenya, March 10 (Eastwire) - Shots were exchanged in the village overnight, residents said.",
    "Shots were exchanged near the border town of Kilo on Sunday.",
])
def test_shots_exchanged_with_no_side_named_are_a_clash(analyze, text):
    (ev,) = events_of(analyze(text), "ASSAULT")
    assert ev.acled_sub_event_type == "Armed clash", ev
    assert [r.text for r in ev.target if r.text] == [], ev.target  # (not the dateline's town)


def test_shots_exchanged_over_a_topic_are_words(analyze):
    assert events_of(analyze("Shots were exchanged over the budget in parliament on Monday."), "ASSAULT") == []


# -- 4. a denier's counter-accusation -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A hospital in Kadugli was shelled on Monday, killing four patients. The RSF denied the attack and said "
    "the army had shelled the area itself.",
    "A clinic in Kadugli was shelled on Monday, killing two nurses. The RSF denied the attack, saying the army "
    "had shelled the clinic.",
    "A school in Kadugli was shelled on Monday, killing three pupils. The RSF denied the attack. It said the army "
    "had shelled the school.",
])
def test_a_counter_accusation_is_a_claim_not_the_doer(analyze, text):
    (ev,) = events_of(analyze(text), "ASSAULT")
    assert [r.text for r in ev.source if r.text] == [], ev.source  # no doer on record
    perp = {(c.value["name"], c.modality) for c in ev.claims if c.field == "perpetrator"}
    assert ("the army", "alleged") in perp, ev.claims
    assert any(m == "denied" for _n, m in perp), ev.claims
    assert events_of(analyze(text), "REJECT") == []  # a denial of the attack is a claim on it, no REJECT


def test_what_was_struck_does_not_kill(analyze):
    (ev,) = events_of(analyze("A hospital in Kadugli was shelled on Monday, killing four patients."), "ASSAULT")
    assert ev.source == [] or all(r.text != "A hospital" for r in ev.source), ev.source
    assert [c for c in ev.claims if c.field == "perpetrator"] == [], ev.claims


# -- 5. a toll told inside an accusation ----------------------------------------------------------

def test_a_toll_inside_an_accusation_is_the_accusers(analyze):
    report = analyze("Shells hit a hospital in Kadugli on Monday, killing four patients. The army accused the RSF of "
                     "shelling the hospital, killing nine people.")
    (ev,) = events_of(report, "ASSAULT")
    tolls = {(c.value.min, _claimer(c), c.modality) for c in ev.claims if c.field == "dead"}
    assert tolls == {(4, "reporter", "asserted"), (9, "The army", "alleged")}, tolls
    assert [c for c in ev.claims if c.field == "perpetrator" and _claimer(c) == "reporter"] == [], ev.claims


# -- 6. relative clauses and denials add no parties -----------------------------------------------

@pytest.mark.parametrize("text", [
    "Jets bombed positions of the militia, which is fighting the army, near Goma on Monday.",
    "Government troops attacked positions of the militia, which is fighting the army, near Goma on Monday.",
    "Drones struck a base of the group, which has been fighting government forces since 2019, on Monday.",
])
def test_a_relative_clause_of_what_a_party_is_doing_is_no_event(analyze, text):
    (ev,) = events_of(analyze(text), "ASSAULT")
    assert not {r.text for r in ev.source + ev.target} & {"the militia", "the army", "government forces", "the group"}, ev


def test_a_relative_clause_in_the_past_tells_an_act(analyze):
    acts = events_of(analyze("Troops attacked positions of the rebels who killed five soldiers on Sunday."), "ASSAULT")
    assert len(acts) == 2, acts


@pytest.mark.parametrize("text, denied", [
    ("Troops shelled the town on Monday, killing four. The rebels denied attacking civilian sites.", "civilian sites"),
    ("Gunmen attacked a village near Mandera on Monday, killing six. The militia denied attacking civilians.", "civilians"),
])
def test_a_denials_object_is_no_target_of_the_narrated_attack(analyze, text, denied):
    (ev,) = events_of(analyze(text), "ASSAULT")
    assert denied not in [r.text for r in ev.target], ev.target


# -- 7. less-lethal force on protesters -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Police fired rubber bullets and tear gas at protesters in the capital on Monday, injuring a dozen people.",
    "Police fired tear gas at protesters in the capital on Monday, injuring 12 people.",
])
def test_less_lethal_force_that_injured_is_an_intervention(analyze, text):
    (ev,) = analyze(text).events
    assert ev.acled_sub_event_type == "Protest with intervention", ev


@pytest.mark.parametrize("text", [
    "Police fired rubber bullets at protesters on Monday, seriously injuring five.",
    "Police fired live rounds and tear gas at protesters on Monday, injuring 12.",
    "Police opened fire on protesters on Monday, wounding 12.",
    "Police fired rubber bullets at protesters on Monday, killing one.",
])
def test_lethal_or_seriously_injurious_force_stays_excessive(analyze, text):
    (ev,) = analyze(text).events
    assert ev.acled_sub_event_type == "Excessive force against protesters", ev


# -- 8. acts told as not done ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The army did not attack the town on Monday.",
    "The army did not fire on the crowd.",
    "Police did not disperse the protesters on Friday.",
])
def test_an_act_the_reporter_tells_as_not_done_is_no_event(analyze, text):
    assert analyze(text).events == []


@pytest.mark.parametrize("text, denier", [
    ("The ministry said the army did not shell the town.", "The ministry"),
    ("The army denied attacking the town on Monday.", "The army"),
])
def test_an_act_a_speaker_denies_stays_with_the_denial(analyze, text, denier):
    (ev,) = events_of(analyze(text), "ASSAULT")
    assert {(_claimer(c), c.modality) for c in ev.claims if c.field == "event"} == {(denier, "denied")}, ev.claims


@pytest.mark.parametrize("text, doer, accused", [
    ("The RSF shelled the market in Kadugli on Monday, killing six people. The ministry accused the SPLM-N of shelling "
     "the market.", "RSF", "SPLM-N"),
    ("Rebels shelled the market in Kadugli on Monday, killing six people. The ministry accused the army of shelling "
     "the market.", "Rebels", "the army"),
])
def test_an_accusation_joins_the_attack_told_as_a_claim_on_its_doer(analyze, text, doer, accused):
    (ev,) = events_of(analyze(text), "ASSAULT")  # one attack: the accusation tells the same act
    assert [r.text for r in ev.source] == [doer], ev.source  # the accused is alleged, not the doer on record
    assert ("The ministry", "alleged") in {(_claimer(c), c.modality) for c in ev.claims
                                           if c.field == "perpetrator" and c.value["name"] == accused}, ev.claims


def test_an_accusation_names_the_doer_of_an_attack_told_with_none(analyze):
    (ev,) = events_of(analyze("Shells hit a hospital in Kadugli on Monday, killing four patients. The army accused "
                              "the RSF of shelling the hospital."), "ASSAULT")
    assert [r.text for r in ev.source] == ["RSF"], ev.source
