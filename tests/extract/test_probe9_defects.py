"""Extract defects the ninth probe (tests/data/probe9) showed, fixed by general rules.
Sentences written for these tests (not the probe's)."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import assaults

pytestmark = pytest.mark.model
PUB = dt.date(2024, 7, 10)  # a Wednesday


@pytest.mark.parametrize("text", [
    "The driver, Moussa Keita, 23, was killed on Monday night in the Kaloum district.",
    "The victim, 34, was shot dead by soldiers at a checkpoint on Monday.",
    "A teacher, Aisha Bello, 41, was killed when gunmen attacked her school on Monday.",
])
def test_an_age_set_off_after_a_person_is_no_toll(analyze, text):
    """Before, the age in "The driver, X, 23, was killed" was read as 23 dead (the number hangs on the
    name as an apposition, and the climb through appositions reached the verb's victim)."""
    report = analyze(text)
    assert all(m.min not in (23, 34, 41) for m in (e.dead for e in report.events) if m is not None), report.events


@pytest.mark.parametrize("text, age", [
    ("Gunmen shot dead a herder and his son, 14, near Jos on Monday.", 14),
    ("Bandits killed a trader and his wife, 35, in Zaria on Monday.", 35),
])
def test_an_age_set_off_after_a_kin_noun_is_no_toll(analyze, text, age):
    """Before, the age in "a farmer and his son, 14," was read as 14 dead: the number hangs on "son", a kin
    noun, which the age rule did not count as one person (magnitudes_lexicon.yaml kin_nouns)."""
    (attack,) = assaults(analyze(text))
    assert attack.dead is not None and attack.dead.min == 2, attack.dead


def test_a_count_set_off_after_a_plural_stays_a_toll(analyze):
    (attack,) = assaults(analyze("Gunmen killed 12 villagers on Monday, 5 of them children, police said."))
    assert attack.dead is not None and attack.dead.min == 12


@pytest.mark.parametrize("text, day", [
    ("At least 20 people were killed when gunmen raided villages in Zamfara state over the weekend, a local official said on Tuesday.",
     dt.date(2024, 7, 7)),
    ("Gunmen killed 14 farmers in Benue state over the weekend, police said on Tuesday. The attackers struck at dawn on Sunday.",
     dt.date(2024, 7, 7)),
])
def test_an_act_told_with_a_time_of_its_own_takes_no_day_of_the_telling(analyze, text, day):
    """Before, "raided villages over the weekend, an official said on Tuesday" took the Tuesday of the
    telling as the day of the raid: the day of the telling stands for an act told in the simple past
    only when the act names no time of its own."""
    report = analyze(text)
    assert all(e.date in (None, day) for e in assaults(report)), [(e.evidence.text, e.date) for e in report.events]


@pytest.mark.parametrize("text", [
    "Gunmen killed 15 farmers who had returned to their fields last month, police said on Tuesday.",
    "Soldiers shot dead an activist who had campaigned against the mine for years, a rights group said on Tuesday.",
    "Troops killed nine fighters who had ambushed a convoy last week, the army said on Tuesday.",
])
def test_a_time_in_a_clause_under_the_act_is_no_time_of_the_act(analyze, text):
    """The time of a relative clause on the act's object ("farmers who had returned last month") dates what
    those people did, not the act: the day of the telling still dates the act (p9's rule counted any time
    in the trigger's phrase)."""
    report = analyze(text)
    attack = next(e for e in assaults(report) if e.dead is not None)
    assert attack.date == dt.date(2024, 7, 9), [(e.evidence.text, e.date) for e in report.events]


@pytest.mark.parametrize("text", [
    "Bandits stormed a village and killed 11 people late at night, police said on Tuesday.",
    "Gunmen raided the market in the morning, killing seven traders, police said on Tuesday.",
])
def test_a_time_of_day_names_no_other_day(analyze, text):
    """"late at night", "in the morning": a part of a day tells no day apart from the one told, so the day of
    the telling still dates the act (dates_lexicon.yaml day_parts)."""
    report = analyze(text)
    attack = next(e for e in assaults(report) if e.dead is not None)
    assert attack.date == dt.date(2024, 7, 9), [(e.evidence.text, e.date) for e in report.events]


def test_a_time_on_a_verb_coordinated_with_the_act_is_its_own(analyze):
    """"stormed a village last week and killed 11": the time on the first verb tells when both acts were."""
    report = analyze("Bandits stormed a village in Zamfara last week and killed 11 people, police said on Tuesday.")
    attack = next(e for e in assaults(report) if e.dead is not None)
    assert attack.date is None, [(e.evidence.text, e.date) for e in report.events]


def test_the_day_of_the_telling_still_dates_an_act_with_no_time_of_its_own(analyze):
    (attack,) = assaults(analyze("Police said on Tuesday that gunmen killed five farmers in Benue state."))
    assert attack.date == dt.date(2024, 7, 9)


def test_a_time_that_qualifies_a_noun_is_no_time_of_the_act(analyze):
    """"last month's election" dates the election, not the shooting: the day of the telling still dates it."""
    (attack,) = assaults(analyze("Police shot dead three protesters disputing last month's election, a rights group said on Tuesday."))
    assert attack.date == dt.date(2024, 7, 9)


@pytest.mark.parametrize("text, care", [
    ("Gunmen shot dead two soldiers on Monday. A third soldier was wounded and taken to hospital in Kano.", "Kano"),
    ("Gunmen attacked a bus near Kaduna on Monday, killing four. Six passengers were wounded and rushed to hospital in Zaria.", "Zaria"),
])
def test_a_town_the_hurt_were_taken_to_hospital_in_is_not_where_the_attack_was(analyze, text, care):
    """Before, "taken to hospital in X", the town parsed on the verb rather than on "hospital", was the
    place of the attack (p8's rule read only "a hospital in X")."""
    report = analyze(text)
    assert care not in [e.location.name for e in assaults(report) if e.location is not None], report.events


@pytest.mark.parametrize("text", [
    "An army spokesman said there was no evidence the helicopter had been attacked.",
    "Investigators found no sign that troops had shelled the village.",
])
def test_an_act_no_evidence_shows_is_not_told_as_done(analyze, text):
    """Before, "there was no evidence the aircraft had been attacked" made an attack, asserted; now it is
    told as denied, as "denied that troops had shelled the village" is."""
    report = analyze(text)
    assert not [c for e in assaults(report) for c in e.claims if c.field == "event" and c.modality != "denied"], report.events


@pytest.mark.parametrize("text, doers", [
    ("Doctors found no evidence that the prisoners had been tortured before guards shot them in Kano on Monday.", ["guards"]),
    ("There was no indication why the gunmen attacked the convoy near Maiduguri on Monday, police said.", ["the gunmen"]),
    ("Police said there was no evidence to suggest who had attacked the convoy near Gao on Monday.", []),
])
def test_no_evidence_denies_only_the_clause_it_is_said_of(analyze, text, doers):
    """"no evidence that X had been tortured before guards shot them": only the torture is said to be
    unshown, the shooting beside it is told as done; "no indication why/who ...": the act is told, its
    motive or doer is not known (p9's rule climbed through any clause, and took an indirect question for
    the act denied)."""
    report = analyze(text)
    attack = next(e for e in assaults(report) if e.event == "ASSAULT" and e.trigger.text in ("shot", "attacked"))
    assert [c.modality for c in attack.claims if c.field == "event"] == ["asserted"], attack.claims
    assert [r.text for r in attack.source if r.text] == doers


def test_an_act_evidence_shows_stays(analyze):
    (attack,) = assaults(analyze("Police said there was evidence that gunmen had attacked the convoy."))
    assert [r.text for r in attack.source] == ["gunmen"]


@pytest.mark.parametrize("text", [
    "Twelve soldiers were killed when an army helicopter came down near Gao on Tuesday, the army said.",
    "A military plane went down near the airport on Monday, killing all nine people on board.",
])
def test_an_aircraft_that_came_down_is_a_mishap(analyze, text):
    """Before, "killed when a military helicopter came down" was an air strike by the helicopter's own
    country ("crashed" was already a mishap; the verb with its particle was not)."""
    assert not assaults(analyze(text)), analyze(text).events


def test_an_aircraft_brought_down_by_fire_is_still_an_attack(analyze):
    (attack,) = assaults(analyze("Rebels shot down an army helicopter near Gao on Tuesday, killing 12 soldiers."))
    assert [r.text for r in attack.source] == ["Rebels"]


def test_an_act_done_since_is_not_the_incident(analyze):
    """Before, "the army has since retaken several towns" was folded into the undated attack told before it,
    and the army became a doer of that attack."""
    report = analyze("Rebels shot down an army helicopter near Gao, killing 12 soldiers, a security source said. "
                     "The army has since retaken several towns in the north.")
    attack = next(e for e in assaults(report) if e.dead is not None)
    assert [r.text for r in attack.source] == ["Rebels"], attack.source


def test_an_act_done_since_keeps_the_place_but_not_the_day(analyze):
    """"Police have since arrested three suspects": done later than the shooting told before, so not on its
    day, but where it was (p9's rule dropped both)."""
    report = analyze("Gunmen shot dead a trader in Kano on Monday. Police have since arrested three suspects.")
    arrest = next(e for e in report.events if e.event == "COERCE")
    assert arrest.date is None and arrest.location is not None and arrest.location.name == "Kano", (arrest.date, arrest.location)


def test_an_act_done_since_with_a_place_of_its_own_takes_no_other(analyze):
    """"Troops have since retaken several villages in the north": the villages are its place, not the town of
    the shooting told before."""
    report = analyze("Gunmen shot dead a trader in Kano on Monday. Troops have since retaken several villages in the north.")
    retake = next(e for e in assaults(report) if e.trigger.text == "retaken")
    assert retake.location is None or retake.location.name != "Kano", retake.location


def test_a_toll_since_a_seizure_of_power_is_a_total(analyze):
    """Before, "47 people had been killed since the military seized power in September 2021" was a toll of
    the incident the report tells."""
    report = analyze("Police shot dead a driver on Monday. A rights group said at least 47 people had been killed "
                     "by security forces during protests since the military seized power in September 2021.")
    assert all(e.dead is None or e.dead.min != 47 for e in report.events), report.events
