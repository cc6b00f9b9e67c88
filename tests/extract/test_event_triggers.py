"""Trigger detection and typing by CAMEO/PLOVER class, on sentences written for these tests.

Each case is one general coding rule (a class of verbs, a verb with a class of objects,
a light verb with an event noun); the counter-cases show the same words outside the
rule make no such event.
"""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.config import Options
from sitrep.model import Article, Report

pytestmark = pytest.mark.model
PUB = dt.date(2021, 3, 14)


@pytest.fixture(scope="module")
def pipeline():
    from sitrep.pipeline import Pipeline

    return Pipeline(Options(published=PUB, require_english=False))  # one-sentence texts are too short to test


def _report(pipeline, text: str) -> Report:
    report = pipeline.analyze(Article(id="t", text=text, title="Report", published=PUB))
    for ev in report.events:  # every span slices the text
        assert text[ev.evidence.start:ev.evidence.end] == ev.evidence.text
    return report


def _types(report: Report) -> set[tuple[str, str | None]]:
    return {(e.event, next((r.code for r in e.source if r.code), None)) for e in report.events}


@pytest.mark.parametrize("text,event,code", [
    # CAMEO 0831: a leader resigns (PLOVER 0.5b1 RETREAT); refused, it is a rejection
    ("Peru's prime minister resigned on Monday after weeks of protests.", "RETREAT", "PER"),
    ("The Bolivian interior minister declined to resign on Tuesday.", "REJECT", "BOL"),
    # CAMEO 1822: torture is physical assault
    ("Police in Egypt tortured dozens of detained students, Amnesty International said.", "ASSAULT", "EGY"),
    # destruction of property
    ("Kenyan police torched the homes of squatters near the border.", "COERCE", "KEN"),
    ("Soldiers from Myanmar set fire to a village school on Friday.", "COERCE", "MMR"),
    # a hearing opened is an investigation
    ("Kenya's Supreme Court opened a hearing on Monday into the disputed election.", "INVESTIGATE", "KEN"),
    # requests made with a preposition, and a demand reiterated
    ("Germany pushed for new sanctions against Belarus on Thursday.", "REQUEST", "DEU"),
    ("Chile insisted on its demand that Bolivia drop the claim.", "REQUEST", "CHL"),
    ("Japan reiterated its demand that North Korea free the abducted citizens.", "REQUEST", "JPN"),
    # CAMEO 11: a formal protest lodged is an accusation, not a demonstration
    ("China lodged a formal protest with Japan on Tuesday.", "ACCUSE", "CHN"),
    # CAMEO 124: defying a law or ban
    ("Hungary ignored the ruling of the European court.", "REJECT", "HUN"),
    # CAMEO 1723: martial law imposed, and only announced as ready
    ("The Thai army imposed martial law across the country.", "COERCE", "THA"),
    ("The Bolivian government said it was prepared to impose martial law.", "THREATEN", "BOL"),
    # CAMEO 15: patrols ordered are a show of force
    ("The Indian government ordered patrols along the northern border.", "MOBILIZE", "IND"),
    # CAMEO 16: a suspension of links, envoys withdrawn; promised, a threat
    ("Canada announced a suspension of trade talks with India.", "SANCTION", "CAN"),
    ("Russia withdrew its ambassador from Lithuania on Monday.", "SANCTION", "RUS"),
    ("Russia will withdraw its ambassador from Lithuania, the ministry said.", "THREATEN", "RUS"),
    # CAMEO 073: people evacuated are helped; CAMEO 084: property returned
    ("Turkish helicopters evacuated wounded civilians from the town.", "AID", "TUR"),
    ("Colombian rebels returned weapons to the United Nations mission.", "RETREAT", "COL"),
    # CAMEO 143: workers stop work
    ("Thousands of miners in Chile stopped work on Monday.", "PROTEST", "CHL"),
])
def test_event_classes(pipeline, text, event, code):
    assert (event, code) in _types(_report(pipeline, text))


@pytest.mark.parametrize("text,absent", [
    ("Ukraine evacuated its troops from the town on Sunday.", "AID"),  # troops withdrawn stay a retreat
    ("The rebels returned home after the talks.", "RETREAT"),
    ("The minister stopped the car at the border.", "PROTEST"),
    ("The minister said the country would set the date of the vote.", "COERCE"),
    ("Residents of the town held a protest on Tuesday.", "ACCUSE"),  # a street protest is no verbal protest
    ("Police closed the road to the airport.", "SANCTION"),  # a road closed is no border closed to a neighbour
    ("The governor ordered patrols by police and soldiers after the riots.", "REQUEST"),  # a measure, no demand
    ("The government ordered an inquiry into the crash.", "REQUEST"),
])
def test_the_same_words_outside_the_rule(pipeline, text, absent):
    assert absent not in {e for e, _ in _types(_report(pipeline, text))}


@pytest.mark.parametrize("text,event,code,target", [
    # a nominal event in the phrase of a verb: done by its subject, or undergone by it
    ("Sudanese militias engaged in ethnic cleansing against the villagers, the report said.", "ASSAULT", "SDN", None),
    ("A Kenyan official has been put under investigation in France.", "INVESTIGATE", None, "KEN"),
    # "X of <event>": the head stands in the frame
    ("The Peruvian government declared a state of siege on Sunday.", "COERCE", "PER", None),
    ("Kenya and Somalia began a new round of talks on Monday.", "CONSULT", "KEN", None),
    # the doer of a verb governed by a preposition; its object when the governing verb has one
    ("India and Pakistan are guilty of violating the ceasefire agreement, observers said.", "ASSAULT", "IND", None),
    ("Ghana accused Togo of violating the truce on Sunday.", "ASSAULT", "TGO", None),
    # a speech act in the passive stands with its named target
    ("Zambia has been accused of hiding the prisoners.", "ACCUSE", None, "ZMB"),
    # the owner of the object after "of"
    ("Brazil defended the right of Bolivia to control its gas fields.", "SUPPORT", "BRA", "BOL"),
    # a cut in relations promised if a condition fails is a threat
    ("Ghana may suspend trade with Togo if the border stays closed.", "THREATEN", "GHA", None),
    # an obligation put to a pronoun: the party addressed
    ("Germany issued a reminder to Poland that it must respect the court.", "REQUEST", "DEU", "POL"),
    # humanitarian goods handed over, measured
    ("Japan handed over 20 tons of food to the Red Cross on Friday.", "AID", "JPN", None),
    # an order to someone to act is a demand of them
    ("A Kenyan judge has ordered the former governor to appear for questioning on Monday.", "REQUEST", "KEN", None),
    ("Ghana ordered Togo to withdraw its troops from the border.", "REQUEST", "GHA", "TGO"),
    # a border closed to a neighbour reduces relations with it
    ("Kenya closed its border with Somalia on Monday after a wave of attacks.", "SANCTION", "KEN", "SOM"),
    ("Turkey sealed its airspace to Armenian flights.", "SANCTION", "TUR", "ARM"),
    # an investigation in the passive with no one named is by the place's authorities
    ("A Kenyan official has been put under investigation in France.", "INVESTIGATE", "FRA", "KEN"),
])
def test_frames_roles_and_conditions(pipeline, text, event, code, target):
    report = _report(pipeline, text)
    found = [(e.event, {r.code for r in e.source}, {r.code for r in e.target}) for e in report.events]
    assert any(ev == event and (code is None or code in src) and (target is None or target in tgt) for ev, src, tgt in found), found


def test_negated_governing_acts_and_plain_verbs_stay_out(pipeline):
    report = _report(pipeline, "Ghana suspended trade with Togo on Monday. Kenya accused Uganda of never taking action to condemn the raid.")
    assert ("SANCTION", "GHA") in _types(report) and ("THREATEN", "GHA") not in _types(report)
    assert not [e for e in report.events if e.event == "ACCUSE" and {r.code for r in e.source} == {"UGA"}]


@pytest.mark.parametrize("text,event,code", [
    # CAMEO 062 / 15: joint exercises are cooperation, one side's a show of force
    ("Egypt and Jordan began joint military exercises on Monday.", "COOPERATE", "EGY"),
    ("Greece and Cyprus launched five days of naval drills on Monday.", "COOPERATE", "GRC"),
    ("The Chinese navy held drills near the island on Monday.", "MOBILIZE", "CHN"),
    # CAMEO 043: a visitor welcomed by the host
    ("Kenya's president gave a warm welcome to the visiting Ugandan leader.", "CONSULT", "KEN"),
    # the purpose of a sending is the act
    ("Norway sent a team of experts to Sudan to investigate the killings.", "INVESTIGATE", "NOR"),
    # "pushed for X to do"
    ("Canada is pushing for the United States to lift the tariffs.", "REQUEST", "CAN"),
])
def test_nominal_exercises_welcomes_and_purposes(pipeline, text, event, code):
    assert (event, code) in _types(_report(pipeline, text))


def test_doers_named_by_coordinated_demonyms_act_jointly(pipeline):
    report = _report(pipeline, "Greek and Cypriot warships launched five days of naval drills on Monday.")
    assert [e.event for e in report.events] == ["COOPERATE"]


def test_joint_and_sending_counter_cases(pipeline):
    report = _report(pipeline, "The Chinese navy held drills near the island on Monday. Norway sent food aid to Sudan on Friday.")
    assert ("COOPERATE", "CHN") not in _types(report) and ("AID", "NOR") in _types(report)


@pytest.mark.parametrize("text", [
    "Peru protested that Chile is violating the rights of Bolivian migrants.",
    "Chile is violating the rights of Bolivian migrants, Peru protested on Monday.",
])
def test_a_protest_voiced_is_an_accusation_of_whom_it_names(pipeline, text):
    report = _report(pipeline, text)
    assert [(e.event, e.source[0].code, e.target[0].code) for e in report.events] == [("ACCUSE", "PER", "CHL")]


def test_a_street_protest_stays_a_protest(pipeline):
    assert ("PROTEST", "PER") in _types(_report(pipeline, "Thousands of people protested in Lima on Monday."))


def test_hosting_talks_between_parties_targets_them(pipeline):
    report = _report(pipeline, "Egypt is ready to host talks between Ethiopia and Sudan, the minister said.")
    assert any(e.event == "AGREE" and {r.code for r in e.target} & {"ETH", "SDN"} for e in report.events)


@pytest.mark.parametrize("text,event,code", [
    ("Ethiopia forced the United Nations mission out of the country on Monday.", "SANCTION", "ETH"),  # CAMEO 166
    ("Colombian rebels blew up an oil pipeline near the border on Sunday.", "COERCE", "COL"),
    ("Nigerian militants sabotaged a gas plant in the delta.", "COERCE", "NGA"),
])
def test_expulsions_and_infrastructure_destroyed(pipeline, text, event, code):
    assert (event, code) in _types(_report(pipeline, text))


def test_forced_without_out_and_blown_up_without_infrastructure(pipeline):
    types = {e for e, _ in _types(_report(pipeline, "Ethiopia forced the mission to delay the vote. The wind blew up the dust."))}
    assert not types & {"SANCTION", "COERCE"}


@pytest.mark.parametrize("text,event,code,target", [
    # CAMEO 174: people driven from their homes by force
    ("Sudanese troops forced out about 500 villagers from their homes near the border, residents said.", "COERCE", "SDN", "SDN"),
    # CAMEO 043: a visiting delegation or envoy received by its host
    ("Nepal's prime minister received a delegation of observers from the European Union on Monday.", "CONSULT", "NPL", "IGO"),
])
def test_people_driven_out_and_visits_received(pipeline, text, event, code, target):
    report = _report(pipeline, text)
    found = [(e.event, {r.code for r in e.source}, {r.code for r in e.target}) for e in report.events]
    assert any(ev == event and code in src and target in tgt for ev, src, tgt in found), found


@pytest.mark.parametrize("text,absent", [
    ("The board forced out its chief executive after the scandal.", "COERCE"),  # no people driven from their homes
    ("The hospital received a shipment of medicine from Japan on Friday.", "CONSULT"),  # goods received, no visit
    ("The minister received a letter from the Ghanaian president on Monday.", "CONSULT"),
])
def test_forced_out_and_received_without_people_or_visitors(pipeline, text, absent):
    assert absent not in {e for e, _ in _types(_report(pipeline, text))}
