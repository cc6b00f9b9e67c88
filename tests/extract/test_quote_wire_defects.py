"""Quote defects of wire reports: speech verbs told in their violent sense ("gunmen attacked a
police post"), "per X" as "according to X", and refusals to comment, which claim nothing.
Sentences written for these tests, about no one incident."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import assaults

pytestmark = pytest.mark.model
PUB = dt.date(2022, 5, 9)


def _cued(report, cue: str):
    return [q for q in report.quotes if q.cue is not None and q.cue.text.lower().startswith(cue)]


# -- a blow struck is no statement -------------------------------------------------------


@pytest.mark.parametrize(("text", "cue"), [
    ("Gunmen attacked a police post near the town on Tuesday, killing three officers.", "attack"),
    ("Suspected rebels attacked a convoy carrying food on the main highway.", "attack"),
    ("Armed men attacked the village on Sunday night and burned houses.", "attack"),
    ("Soldiers attacked a rebel camp in the hills, killing 12 fighters.", "attack"),
    ("Jihadists attacked two military positions near the border, killing nine soldiers.", "attack"),
    ("Bandits attacked travellers on the road to the market town.", "attack"),
    ("Troops fired on a crowd of demonstrators outside the parliament.", "fire"),
    ("Gunmen attacked worshippers for the second time this month.", "attack"),  # a time, not a reason
    ("Militants attacked a military base in the north overnight.", "attack"),
])
def test_an_armed_attack_is_no_quote(analyze, text, cue):
    report = analyze(text)
    assert not _cued(report, cue), [(q.speaker.text, q.content.text) for q in report.quotes]
    assert assaults(report), "the attack is still an event"


@pytest.mark.parametrize("text", [
    "Protesters attacked police with stones near the square.",
    "A mob attacked police officers in the market.",
])
def test_civilians_striking_an_armed_body_say_nothing(analyze, text):
    # a criticism of the police says why ("slammed the police for ...", test_criticism_stays_speech)
    report = analyze(text)
    assert not _cued(report, "attack"), [(q.speaker.text, q.content.text) for q in report.quotes]
    assert report.events, "the riot is still an event"


@pytest.mark.parametrize(("text", "cue"), [
    ("A missile slammed into an apartment block in the city.", "slam"),
    ("Unknown assailants were seen as a rocket slammed into the barracks.", "slam"),
])
def test_a_weapon_says_nothing(analyze, text, cue):
    report = analyze(text)
    assert not _cued(report, cue), [(q.speaker.text, q.content.text) for q in report.quotes]


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("Critics attacked the plan, saying it would raise prices.", "attack", "the plan"),
    ("Rights groups slammed the government's crackdown on journalists.", "slam", "crackdown"),
    ("The union blasted the company for cutting wages.", "blast", "company"),
    ("The opposition leader attacked the budget as reckless.", "attack", "budget"),
    # an armed body criticised by civilians, a stand, a chamber: speech (second read)
    ("Residents slammed the police for their slow response.", "slam", "police"),
    ("Rights groups blasted the army over the killings of civilians.", "blast", "army"),
    ("Republicans slammed the senator's position on trade.", "slam", "position"),
    ("The mayor slammed the station for its coverage of the strike.", "slam", "station"),
    ("The Taliban attacked the government in a statement.", "attack", "government"),
    ("The army chief attacked the president, saying he had betrayed the troops.", "attack", "president"),
    ("Lawmakers attacked the military's budget request on Tuesday.", "attack", "request"),
])
def test_criticism_stays_speech(analyze, text, cue, content):
    report = analyze(text)
    assert any(content in q.content.text for q in _cued(report, cue)), [(q.cue, q.content.text) for q in report.quotes]


# -- "per X" is "according to X" ---------------------------------------------------------


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("Per CTV News, the suspect was arrested at his home on Tuesday.", "CTV News", "the suspect was arrested"),
    ("Three people were killed in the blast, per a police statement.", "a police statement", "Three people were killed"),
    ("Per his lawyer, the activist remains in custody.", "his lawyer", "the activist remains in custody"),
    ("The talks collapsed late on Friday, per officials familiar with the matter.", "officials", "The talks collapsed"),
])
def test_per_names_a_source(analyze, text, speaker, content):
    report = analyze(text)
    hits = _cued(report, "per")
    assert hits and speaker in hits[0].speaker.text and content in hits[0].content.text, [(q.speaker.text, q.content.text) for q in report.quotes]


@pytest.mark.parametrize("text", [
    "Fuel prices rose to $5 per gallon last week.",
    "The vehicle was travelling at 120 km per hour when it crashed.",
    "Output grew 3 per cent in May.",
])
def test_distributive_per_is_no_source(analyze, text):
    assert not _cued(analyze(text), "per")


# -- a refusal to comment claims nothing -------------------------------------------------


@pytest.mark.parametrize("text", [
    "The ministry declined to comment.",
    "A spokesman for the army declined to comment on the allegations.",
    "Police refused to say how many people had been arrested.",
    "A spokeswoman for the ministry declined comment.",
])
def test_a_refusal_is_marked(analyze, text):
    report = analyze(text)
    assert report.quotes and all(q.stance == "refuse" for q in report.quotes), [(q.content.text, q.stance) for q in report.quotes]


@pytest.mark.parametrize("refusal", [
    "The army declined to comment on reports that 20 soldiers were killed.",
    "The army declined to say whether 20 soldiers were killed.",
    "The army did not respond to a request for comment on reports that 20 soldiers were killed.",
])
def test_a_refusal_claims_no_toll(analyze, refusal):
    report = analyze("Gunmen killed 12 soldiers in an attack on a base in the north on Sunday, residents said. " + refusal)
    claimers = [c.claimed_by for e in report.events for c in e.claims if c.field == "dead"]
    assert claimers and not any(getattr(c, "text", c) == "The army" for c in claimers), claimers


def test_a_refusal_of_an_act_is_no_refusal_to_speak(analyze):
    report = analyze("The ministry declined an invitation to the talks, saying the timing was wrong.")
    assert all(q.stance != "refuse" for q in report.quotes)


@pytest.mark.parametrize("text", [
    "The army has not commented on the incident.",
    "Police did not say how many people had been arrested.",
    "The army did not confirm that 20 soldiers were killed.",
    "Police were unable to confirm reports that 20 soldiers were killed.",
    "The spokesman was unwilling to say whether talks would resume.",
])
def test_a_statement_withheld_is_a_refusal(analyze, text):
    report = analyze(text)
    assert report.quotes and all(q.stance == "refuse" for q in report.quotes), [(q.content.text, q.stance) for q in report.quotes]


# -- a place heading a headline is no speaker --------------------------------------------


@pytest.mark.parametrize("text", [
    "Nigeria: Gunmen kill 12 in attack on village\n\nGunmen killed 12 people in an attack on a village, police said.",
    "Mali: Army says 40 militants killed in air strikes\n\nThe army said 40 militants were killed.",
])
def test_a_country_before_a_headline_colon_says_nothing(analyze, text):
    report = analyze(text)
    assert not [q for q in report.quotes if q.cue is not None and q.cue.text == ":"], [(q.speaker.text, q.content.text) for q in report.quotes]


def test_a_name_before_a_headline_colon_still_speaks(analyze):
    report = analyze("McCain: We must act now on Syria\n\nThe senator spoke on Monday.")
    assert [q.speaker.text for q in report.quotes if q.cue is not None and q.cue.text == ":"] == ["McCain"]
