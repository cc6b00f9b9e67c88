"""Event defects left open by the fifth probe and the sessions after it (e7): a lone victim is the
target of his killing, a man shot dead by gunmen at a rally is no force on a protest, and the others
below. Sentences written for these tests, about no one incident."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import events_of

pytestmark = pytest.mark.model
PUB = dt.date(2026, 11, 23)  # a Monday


# -- 1. one person slain by no one named is the target of the killing --------------------------------

@pytest.mark.parametrize(("text", "victim"), [
    ("A radio host who reported on land disputes was shot dead outside a court on Friday, police said.", "A radio host"),
    ("A local councillor was shot dead outside his office in Cali on Friday.", "A local councillor"),
])
def test_one_slain_is_the_target_of_the_killing(analyze, text, victim):
    (ev,) = events_of(analyze(text), "ASSAULT")
    assert [r.text for r in ev.target] == [victim]
    assert ev.target[0].sector == "CVL" and ev.acled_sub_event_type == "Attack"


# -- 3. one man shot dead by gunmen at a rally: no force used on a protest ----------------------------

@pytest.mark.parametrize("text", [
    "A man was shot dead by unknown gunmen at a rally in Cali on Saturday.",
    "A candidate was shot dead by two gunmen at a campaign rally in Veracruz on Saturday, police said.",
])
def test_one_shot_dead_by_gunmen_at_a_rally_is_an_attack(analyze, text):
    (ev,) = events_of(analyze(text), "ASSAULT")
    assert (ev.acled_event_type, ev.acled_sub_event_type) == ("Violence against civilians", "Attack")
    assert [r.sector for r in ev.target] == ["CVL"]  # the one shot dead, though his killers are named


def test_one_shot_dead_by_police_at_a_rally_is_force_on_it(analyze):
    (ev,) = events_of(analyze("A man was shot dead by police at a rally in Cali on Saturday."), "ASSAULT")
    assert ev.acled_sub_event_type == "Excessive force against protesters"


# -- 2. a fight told by its running toll since a day of this week is that incident --------------------

@pytest.mark.parametrize("text", [
    "Fighting that has killed 40 people since Friday continued on Sunday.",
    "Clashes that have killed 40 people since Friday continued on Sunday.",
])
def test_a_fight_with_its_running_toll_is_an_armed_clash(analyze, text):
    (ev,) = events_of(analyze(text), "ASSAULT")
    assert ev.acled_sub_event_type == "Armed clash" and (ev.dead.min, ev.dead.max) == (40, 40)


@pytest.mark.parametrize("text", ["Fighting continued in the north on Sunday.", "Heavy fighting erupted in the north on Sunday."])
def test_fighting_that_began_or_went_on_is_an_armed_clash(analyze, text):
    (ev,) = events_of(analyze(text), "ASSAULT")
    assert ev.acled_sub_event_type == "Armed clash"


@pytest.mark.parametrize("text", [
    "The jihadist violence that has killed thousands across the Sahel continued on Sunday.",
    "Jihadist violence that has killed thousands of people since 2012 continued on Sunday.",
    "The fighting continued on Sunday.",
])
def test_a_conflict_told_by_its_whole_toll_is_no_event(analyze, text):
    assert not events_of(analyze(text), "ASSAULT")


# -- 3. who heard shooting did not shoot; an act told in a past perfect relative clause was before ----

@pytest.mark.parametrize("text", [
    "Residents said they heard shooting near the market on Sunday.",
    "A witness said he heard shooting near the market on Sunday.",
])
def test_who_heard_shooting_is_no_doer(analyze, text):
    assert not any(r.text for e in events_of(analyze(text), "ASSAULT") for r in e.source)


def test_an_act_told_in_a_past_perfect_relative_clause_takes_no_day_of_the_arrest(analyze):
    report = analyze("Police arrested five men on Sunday who had attacked a bus.")
    (attack,) = events_of(report, "ASSAULT")
    (arrest,) = events_of(report, "COERCE")
    assert arrest.date == dt.date(2026, 11, 22) and attack.date is None


def test_an_act_told_in_a_relative_clause_takes_its_own_day(analyze):
    (attack,) = events_of(analyze("Police arrested five men on Sunday who attacked a bus on Friday."), "ASSAULT")
    assert attack.date == dt.date(2026, 11, 20)


# -- 4. a third party's denial names no doer ------------------------------------------------------------

def test_a_third_partys_denial_makes_no_doer(analyze):
    report = analyze("Gunmen attacked a village in Ituri on Friday, killing 12 people. The government denied the ADF was"
                     " responsible for the attack.")
    (ev,) = events_of(report, "ASSAULT")
    assert "ADF" not in {r.code for r in ev.source}
    assert any(c.field == "perpetrator" and c.modality == "denied" and c.value["code"] == "ADF" for c in ev.claims)
    assert not events_of(report, "REJECT")


def test_a_denial_alone_makes_no_doer(analyze):
    report = analyze("The government denied the ADF was responsible for the attack on the village.")
    assert not any(r.code == "ADF" for e in events_of(report, "ASSAULT") for r in e.source)


# -- 5. a pitch invasion, a rally for the government, crews and named ships seized, a denial of one's act ---

@pytest.mark.parametrize("text", [
    "Fans stormed the pitch after the match on Saturday.",
    "Hundreds of supporters invaded the field after the final whistle on Sunday.",
])
def test_a_pitch_invasion_with_no_harm_is_no_violence(analyze, text):
    report = analyze(text)
    assert not events_of(report, "ASSAULT") and not events_of(report, "PROTEST")


def test_a_pitch_invasion_with_harm_told_stays(analyze):
    assert events_of(analyze("Fans stormed the pitch after the match on Saturday and beat the referee."), "ASSAULT")


@pytest.mark.parametrize("text", [
    "Fans of the president rallied in Kinshasa on Saturday.",
    "Thousands marched in Kinshasa on Saturday in support of the government.",
])
def test_a_rally_for_the_government_is_against_no_one(analyze, text):
    (ev,) = events_of(analyze(text), "PROTEST")
    assert not any(r.sector == "GOV" for r in ev.target)


def test_a_rally_of_the_opposition_is_against_the_government(analyze):
    (ev,) = events_of(analyze("Supporters of the opposition leader rallied in Kinshasa on Saturday."), "PROTEST")
    assert [r.sector for r in ev.target] == ["GOV"]


@pytest.mark.parametrize("text", [
    "Pirates seized the crew of 18 off the coast of Somalia on Friday.",
    "Pirates seized the MV Aris 13 off the coast of Somalia on Friday.",
])
def test_a_crew_or_a_named_ship_seized_by_pirates_is_an_abduction(analyze, text):
    (ev,) = events_of(analyze(text), "ASSAULT")
    assert (ev.mode, ev.acled_sub_event_type) == ("abduct", "Abduction/forced disappearance")


def test_a_named_ship_seized_is_the_target(analyze):
    (ev,) = events_of(analyze("Pirates seized the MV Aris 13 off the coast of Somalia on Friday."), "ASSAULT")
    assert [r.text for r in ev.target] == ["MV Aris 13"]


@pytest.mark.parametrize("text", [
    "The minister denied intentionally misleading parliament.",
    "The minister denied misleading parliament over the deal.",
    "The minister denied having lied to parliament.",
])
def test_a_denial_of_ones_own_act_is_no_rejection(analyze, text):
    assert not events_of(analyze(text), "REJECT")


@pytest.mark.parametrize("text", ["The government denied the request for a visa.", "The army denied entry to the journalists."])
def test_a_request_denied_stays_a_rejection(analyze, text):
    assert events_of(analyze(text), "REJECT")


# -- 6. the fifth probe's leftovers ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "kind"), [
    ("The company said it had suspended operations at the mine as a precaution.", "SANCTION"),
    ("Investigators had found 11 shell casings at the scene, the prosecutor's office said.", "COERCE"),
    ("The police and the governor's office offered a reward of up to 200 million pesos for information.", "AGREE"),
])
def test_no_event_from_own_work_halted_evidence_found_or_a_reward(analyze, text, kind):
    assert not events_of(analyze(text), kind)


def test_weapons_found_stay_disrupted_weapons_use(analyze):
    (ev,) = events_of(analyze("Police found weapons and ammunition in the house on Sunday."), "COERCE")
    assert ev.acled_sub_event_type == "Disrupted weapons use"


def test_an_arrest_told_by_the_police_is_by_the_police(analyze):
    (ev,) = events_of(analyze("The national police said in a statement that two men had been arrested on Sunday."), "COERCE")
    assert [r.sector for r in ev.source] == ["POL"]


def test_politicians_detained_are_an_arrest(analyze):
    (ev,) = events_of(analyze("He said at least three civilian politicians had also been detained since Saturday."), "COERCE")
    assert ev.mode == "arrest" and [r.text for r in ev.target] == ["civilian politicians"]


def test_the_accused_is_the_one_the_clause_acted_on(analyze):
    report = analyze("JNIM fighters attacked a base on Friday. The junta asked the mission to leave the country, accusing it of"
                     " failing to stop attacks by JNIM.")
    (ev,) = events_of(report, "ACCUSE")
    assert [r.text for r in ev.target] == ["the mission"]


def test_an_investigation_called_for_is_none(analyze):
    report = analyze("The ombudsman called on the government to open an independent investigation into the killings."
                     " Prosecutors opened an inquiry into the killings on Tuesday.")
    (ev,) = events_of(report, "INVESTIGATE")
    assert "called on" not in ev.evidence.text
