"""Acts of courts and executioners: a sentence passed on someone is a legal coercion (CAMEO 173,
PLOVER COERCE arrest) by the court's state on the sentenced, with no ACLED type; an execution
kills (PLOVER ASSAULT, ACLED Violence against civilians / Attack) the executed, counted as dead.
What they were sentenced or executed for stays a charge, not an incident. Sentences written for
these tests, about no one incident."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.lexicon import load_event_lexicon

pytestmark = pytest.mark.model
PUB = dt.date(2021, 3, 8)  # a Monday


def _only(report, event: str):
    found = [e for e in report.events if e.event == event]
    assert len(found) == 1, [(e.event, e.trigger and e.trigger.text) for e in report.events]
    return found[0]


# -- 1. a sentence passed -------------------------------------------------------------------


@pytest.mark.parametrize("text, source, target, country", [
    ("A court in Tehran sentenced the journalist to eight years in prison on Monday.", "A court", "the journalist", "IRN"),
    ("A military tribunal in Yangon sentenced 12 protesters to death.", "A military tribunal", "12 protesters", "MMR"),
    ("A court in Cairo sentenced the activist in absentia to five years in prison.", "A court", "the activist", "EGY"),
    ("The opposition leader was sentenced to 15 years in prison by a court in Minsk on Tuesday.", "a court",
     "The opposition leader", "BLR"),
])
def test_a_sentence_passed_is_a_legal_coercion_by_the_court(analyze, text, source, target, country):
    ev = _only(analyze(text), "COERCE")
    assert ev.mode == "arrest"
    assert [(r.text, r.code, r.sector) for r in ev.source] == [(source, country, "JUD")]
    assert [(r.text, r.code) for r in ev.target] == [(target, country)]
    # no ACLED sub-type: a sentence is not political violence, a demonstration nor an arrest
    assert (ev.acled_event_type, ev.acled_sub_event_type) == (None, None)
    assert ev.dead is None  # "to death" is the sentence, not a toll


def test_a_sentence_passed_by_no_court_named_is_the_states_where_it_was_passed(analyze):
    ev = _only(analyze("The journalist was sentenced to ten years in prison in Tehran on Monday."), "COERCE")
    assert [(r.code, r.sector) for r in ev.source] == [("IRN", "GOV")]
    assert [r.text for r in ev.target] == ["The journalist"]


@pytest.mark.parametrize("text", [
    "He is serving a life sentence in a prison near Minsk.",  # the noun: a state, not an act told
    "The sentence was handed down on Monday.",
    "The Supreme Court upheld the death sentences of six men in Dhaka.",
])
def test_a_sentence_as_a_noun_is_no_coercion(analyze, text):
    assert [e for e in analyze(text).events if e.event == "COERCE"] == []


def test_an_arrest_keeps_its_acled_type(analyze):
    ev = _only(analyze("Police arrested the journalist in Tehran on Monday."), "COERCE")
    assert ev.acled_sub_event_type == "Arrests"


def test_sentencing_is_marked_as_taking_no_acled_type_in_the_lexicon():
    lex = load_event_lexicon()
    assert lex.verbs["sentence"].no_acled and (lex.verbs["sentence"].event, lex.verbs["sentence"].mode) == ("COERCE", "arrest")
    assert not lex.verbs["arrest"].no_acled


# -- 2. an execution -------------------------------------------------------------------------


@pytest.mark.parametrize("text, source, target, dead, country", [
    ("Saudi authorities executed two men convicted of smuggling drugs.", "Saudi authorities", "men", 2, "SAU"),
    ("Iran hanged three protesters on Thursday.", "Iran", "three protesters", 3, "IRN"),
    ("Militants publicly executed a man accused of spying in Somalia.", "Militants", "a man", 1, "SOM"),
])
def test_an_execution_kills_the_executed(analyze, text, source, target, dead, country):
    report = analyze(text)
    ev = _only(report, "ASSAULT")
    assert [e.event for e in report.events] == ["ASSAULT"]  # no arrest (COERCE) besides
    assert ev.mode is None  # CAMEO 1823 "kill by physical assault"
    # an execution is violence against the held, whoever they are (hanged protesters were not protesting)
    assert (ev.acled_event_type, ev.acled_sub_event_type) == ("Violence against civilians", "Attack")
    assert [(r.text, r.code) for r in ev.source] == [(source, country)]
    assert [(r.text, r.code) for r in ev.target] == [(target, country)]
    assert ev.dead is not None and (ev.dead.min, ev.dead.max) == (dead, dead)


def test_an_execution_told_in_the_passive_is_the_states_where_it_happened(analyze):
    ev = _only(analyze("Two men were executed in Riyadh on Monday."), "ASSAULT")
    assert [(r.code, r.sector) for r in ev.source] == [("SAU", "GOV")]
    assert [r.text for r in ev.target] == ["men"] and ev.dead.min == 2


@pytest.mark.parametrize("text", [
    "Saudi Arabia executed two men convicted of killing four police officers.",
    "Iran executed the man convicted of killing four police officers.",  # no toll of its own: none
])
def test_the_toll_of_the_act_charged_is_not_the_executions(analyze, text):
    ev = _only(analyze(text), "ASSAULT")
    assert ev.trigger.text == "executed"
    assert ev.dead is None or ev.dead.min == 2


@pytest.mark.parametrize("text", [
    "The army executed the plan on Monday.",
    "Protesters hung banners on the bridge in Minsk.",  # not a riot either
    "The government executed a contract with the company.",
])
def test_only_people_are_executed(analyze, text):
    assert [e.event for e in analyze(text).events if e.event in ("ASSAULT", "COERCE", "PROTEST")] == []


def test_executions_are_data():
    lex = load_event_lexicon()
    assert {"execute", "hang"} <= lex.executions
    assert all(lex.verbs[v].event == "ASSAULT" and lex.verbs[v].acled == "Attack" for v in lex.executions)


# -- 3. the people accused of an act are its alleged doers ------------------------------------


def _alleged(ev, field: str):
    return [(c.modality, getattr(c.claimed_by, "text", c.claimed_by)) for c in ev.claims if c.field == field]


@pytest.mark.parametrize("text, doers, accuser", [
    ("Police accused the men of attacking a checkpoint in Mosul.", "the men", "Police"),
    ("Police accused two men of attacking a checkpoint in Mosul on Sunday.", "men", "Police"),
    ("Police arrested the men, accusing them of attacking a checkpoint in Mosul.", "the men", "Police"),  # the arrested
    ("The army accused three soldiers of beating a journalist in Kabul on Sunday.", "three soldiers", "The army"),
    ("Prosecutors charged the soldier with murdering two civilians in Kabul.", "the soldier", "Prosecutors"),
])
def test_the_accused_described_are_the_alleged_doers(analyze, text, doers, accuser):
    ev = _only(analyze(text), "ASSAULT")
    assert [r.text for r in ev.source] == [doers]
    assert _alleged(ev, "event") == [("alleged", accuser)]  # claimed by the accuser, not told by the reporter
    assert _alleged(ev, "perpetrator") == [("alleged", accuser)]


@pytest.mark.parametrize("text", [
    "Police accused the men of corruption in Mosul.",  # no act of violence alleged
    "Officials accused the government of failing to protect civilians in Mosul.",
    "He was convicted of murder in 2015.",
])
def test_an_accusation_of_no_attack_gives_no_assault(analyze, text):
    assert [e for e in analyze(text).events if e.event == "ASSAULT"] == []


@pytest.mark.parametrize("text, dead", [
    ("Gunmen murdered three villagers in Kano on Sunday.", 3),
    ("Saudi Arabia executed two men convicted of murdering a police officer.", 2),  # the murder is the charge
])
def test_a_murder_is_a_killing(analyze, text, dead):
    ev = _only(analyze(text), "ASSAULT")
    assert ev.dead is not None and ev.dead.min == dead


# -- a post of security forces attacked is a fight with them ----------------------------------


@pytest.mark.parametrize("text", [
    "Police accused the men of attacking a checkpoint in Mosul.",  # whoever is accused of it
    "The men attacked the barracks in Maiduguri on Sunday.",
])
def test_an_attack_on_a_security_post_is_an_armed_clash(analyze, text):
    ev = _only(analyze(text), "ASSAULT")
    assert (ev.acled_event_type, ev.acled_sub_event_type) == ("Battles", "Armed clash")


@pytest.mark.parametrize("text", [
    "Police accused the men of attacking a market in Mosul.",
    "Two men attacked a bus station in Lagos on Sunday.",  # a station, but no police post
])
def test_an_attack_on_a_civilian_place_is_no_clash(analyze, text):
    ev = _only(analyze(text), "ASSAULT")
    assert ev.acled_sub_event_type != "Armed clash"


def test_security_posts_are_data():
    lex = load_event_lexicon()
    assert {"checkpoint", "police station"} <= lex.security_posts and "station" not in lex.security_posts


@pytest.mark.parametrize("text", [
    "Three men were accused of attacking a checkpoint in Mosul.",
    "The men were charged with attacking a checkpoint in Mosul.",
])
def test_an_act_someone_is_accused_of_with_no_accuser_named_is_alleged(analyze, text):
    ev = _only(analyze(text), "ASSAULT")
    assert [r.text.lower() for r in ev.source] in (["men"], ["the men"])
    assert _alleged(ev, "event") == [("alleged", "reporter")]  # not told as done


def test_held_responsible_names_the_alleged_doers(analyze):
    ev = _only(analyze("Police held the rebels responsible for the bombing of a market in Kano."), "ASSAULT")
    assert [r.text for r in ev.source] == ["the rebels"] and _alleged(ev, "event") == [("alleged", "Police")]


def test_an_attack_told_as_done_stays_asserted(analyze):
    ev = _only(analyze("Two men attacked a checkpoint in Mosul on Sunday."), "ASSAULT")
    assert _alleged(ev, "event") == [("asserted", "reporter")]


@pytest.mark.parametrize("text, event, target, country", [
    ("Iran's judiciary said it had executed a man convicted of spying for Israel.", "ASSAULT", "a man", "IRN"),
    ("Iran executed a man convicted of espionage for Israel on Monday.", "ASSAULT", "a man", "IRN"),
])
def test_a_party_named_in_the_charge_is_no_target(analyze, text, event, target, country):
    ev = _only(analyze(text), event)
    assert [(r.text, r.code) for r in ev.target] == [(target, country)]


def test_the_charge_tells_no_incident_place_or_date_of_the_execution(analyze):
    report = analyze("Iran hanged two men on Sunday who had been convicted of attacking a police checkpoint in Zahedan "
                     "in 2019, killing four officers.")
    ev = _only(report, "ASSAULT")  # the execution; no attack from "attacking" nor "killing four officers"
    assert ev.trigger.text == "hanged" and ev.dead.min == 2
    assert ev.location is None  # Zahedan is where the act charged happened
    assert ev.date == dt.date(2021, 3, 7)


def test_the_outcome_of_an_act_charged_is_no_incident(analyze):
    report = analyze("A court jailed three men for attacking a police station in Lagos, killing two officers.")
    assert [e.event for e in report.events] == ["COERCE"]


def test_a_place_of_the_sentence_or_execution_stays(analyze):
    ev = _only(analyze("Saudi Arabia executed a man in Riyadh on Monday who was convicted of killing a police officer in Jeddah."),
               "ASSAULT")
    assert ev.location is not None and ev.location.name == "Riyadh"


@pytest.mark.parametrize("text, accuser, accused", [
    ("Police held the rebels responsible for the bombing of a market in Kano.", "NGA", "the rebels"),
    ("Ukraine holds Moscow responsible for the shelling of Kharkiv.", "UKR", "Moscow"),  # parsed as a small clause
    ("Kyiv held Russia responsible for the shelling of Kharkiv on Sunday.", "UKR", "Russia"),
])
def test_holding_someone_responsible_is_an_accusation_of_them(analyze, text, accuser, accused):
    report = analyze(text)
    acc = _only(report, "ACCUSE")
    assert acc.mode == "allege" and [r.code for r in acc.source] == [accuser] and [r.text for r in acc.target] == [accused]
    attack = _only(report, "ASSAULT")
    assert [r.text for r in attack.source] == [accused] and _alleged(attack, "event")[0][0] == "alleged"


@pytest.mark.parametrize("text", [
    "She held a responsible job at the ministry in Kabul.",  # "responsible" before the noun: no accusation
    "Police held the men for questioning in Lagos.",
])
def test_holding_is_no_accusation_without_responsibility(analyze, text):
    assert [e for e in analyze(text).events if e.event == "ACCUSE"] == []
