"""Events told in frames that read as other events, or as none: accidents (no one's act), weapons
as the subject ("artillery fire killed ..."), labour strikes (not air strikes), territory taken as
"control of" a place, and acts told in a condition. Sentences written for these tests, about no
one incident."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.lexicon import load_event_lexicon

pytestmark = pytest.mark.model
PUB = dt.date(2021, 3, 8)  # a Monday


@pytest.mark.parametrize("text", [
    "A fire at a chemical plant in Gujarat killed 11 workers on Thursday.",
    "A bus crash killed 20 passengers in Kenya on Sunday.",
    "A stampede at a stadium in Cameroon killed eight people.",
    "Eleven workers were killed in a fire at a chemical plant in Gujarat on Thursday.",
    "Five soldiers were killed in a helicopter crash in Mali on Monday.",
])
def test_an_accident_is_no_assault(analyze, text):
    assert [e for e in analyze(text).events if e.event == "ASSAULT"] == []


@pytest.mark.parametrize("text, sub", [
    ("Sniper fire killed two soldiers in Donetsk on Sunday.", "Armed clash"),  # weapons' fire: an attack
    ("Three soldiers were killed in an ambush in Mali on Monday.", "Armed clash"),
    ("Artillery fire killed four civilians in Donetsk on Sunday.", "Shelling/artillery/missile attack"),
    ("A mortar round killed two children in Mogadishu on Sunday.", "Shelling/artillery/missile attack"),
])
def test_weapons_fire_stays_an_attack_typed_by_the_weapon(analyze, text, sub):
    (ev,) = [e for e in analyze(text).events if e.event == "ASSAULT"]
    assert ev.acled_sub_event_type == sub and ev.dead is not None


@pytest.mark.parametrize("text, country", [
    ("Thousands of workers went on strike in Seoul on Wednesday.", "KOR"),
    ("Teachers staged a strike in Lagos on Monday.", "NGA"),
    ("Unions called a general strike in Buenos Aires on Thursday.", "ARG"),
])
def test_a_labour_strike_is_a_protest_not_an_air_strike(analyze, text, country):
    events = analyze(text).events
    assert [(e.event, e.mode) for e in events] == [("PROTEST", "strike")]
    assert events[0].acled_sub_event_type == "Peaceful protest" and events[0].source[0].code == country


def test_a_strike_that_hits_stays_an_attack(analyze):
    (ev,) = analyze("The strike hit a weapons depot in Idlib on Sunday.").events
    assert ev.event == "ASSAULT"


@pytest.mark.parametrize("text, sub, place", [
    ("The army regained control of the city of Mosul on Monday.", "Government regains territory", "Mosul"),
    ("Rebels seized control of the airport in Tripoli on Sunday.", "Non-state actor overtakes territory", "Tripoli"),
    ("Islamist militants took over the town of Mocimboa da Praia on Sunday.", "Non-state actor overtakes territory", "Mocímboa da Praia"),
])
def test_control_of_a_place_taken_is_territory_taken(analyze, text, sub, place):
    (ev,) = analyze(text).events
    assert (ev.event, ev.acled_sub_event_type) == ("ASSAULT", sub)
    assert ev.location is not None and ev.location.name == place
    assert all((r.text or "").lower() != "control" for r in ev.target)


def test_control_of_a_firm_is_no_battle(analyze):
    assert [e for e in analyze("The government took control of the national airline on Monday.").events if e.event == "ASSAULT"] == []


@pytest.mark.parametrize("text", [
    "Iran threatened to close the Strait of Hormuz if attacked.",
    "If rebels attack the town, the army will respond with force.",
])
def test_an_attack_in_a_condition_is_hypothetical(analyze, text):
    assaults = [e for e in analyze(text).events if e.event == "ASSAULT"]
    assert assaults and all(e.hypothetical for e in assaults)


def test_the_frames_word_lists_are_data():
    lex = load_event_lexicon()
    assert {"fire", "crash", "stampede"} <= lex.accident_heads and not lex.accident_heads & lex.natural_hazards
    assert {"sniper", "artillery"} <= lex.weapon_fire_modifiers
    assert "control" in lex.territory_control["nouns"] and "take" in lex.territory_control["verbs"]


@pytest.mark.parametrize("text", [
    "Officials called the strike illegal.",
    'The ministry called the strike "a blatant attack on our forces."',
])
def test_a_strike_named_is_no_labour_strike(analyze, text):
    assert [e for e in analyze(text).events if e.mode == "strike"] == []


@pytest.mark.parametrize("text, dead, injured", [
    ("At least three protesters were shot and wounded in Lagos on Tuesday.", None, 3),
    ("Five villagers were abducted and killed in Zamfara state on Monday.", 5, None),
    ("Two soldiers were captured and beheaded by militants near Mopti on Sunday.", 2, None),
])
def test_conjoined_passive_participles_share_the_victims_and_the_toll(analyze, text, dead, injured):
    (ev,) = [e for e in analyze(text).events if e.event == "ASSAULT"]
    victims = {r.text for r in ev.target}
    assert victims and not victims & {r.text for r in ev.source}  # the people hit are not the doers
    assert (ev.dead.min if ev.dead else None, ev.injured.min if ev.injured else None) == (dead, injured)


@pytest.mark.parametrize("text, sub", [
    ("Rebels captured three soldiers near Goma on Sunday.", "Armed clash"),  # people taken
    ("Rebels captured the town of Rutshuru on Sunday.", "Non-state actor overtakes territory"),
])
def test_capturing_people_is_no_territory_taken(analyze, text, sub):
    (ev,) = analyze(text).events
    assert ev.acled_sub_event_type == sub


def test_a_subject_after_a_dateline_with_its_country_and_agency_is_the_doer(analyze):
    text = ("Truce signed\n\nJEDDAH, Saudi Arabia (AP) - Sudan's army and the paramilitary Rapid Support Forces "
            "signed a seven-day ceasefire agreement in the Saudi city of Jeddah on Saturday, Saudi and U.S. mediators said.")
    (ev,) = [e for e in analyze(text).events if e.event == "AGREE"]
    assert {r.code for r in ev.source} == {"SDN", "RSF"}  # not the dateline's country, not the mediators


def test_support_inside_a_name_is_no_accusation_of_support(analyze):
    text = ("Sudan's army and the paramilitary Rapid Support Forces signed a ceasefire agreement in Jeddah "
            "on Saturday, Saudi and U.S. mediators said.")
    assert [e for e in analyze(text).events if e.event == "ACCUSE"] == []


@pytest.mark.parametrize("text, sub", [
    ("Militants seized weapons and vehicles near Djibo on Sunday.", "Armed clash"),  # things taken
    ("The army retook the villages near Goma on Monday.", "Government regains territory"),  # "retook": lemmatizer's miss
])
def test_territory_is_taken_only_when_a_place_is(analyze, text, sub):
    (ev,) = analyze(text).events
    assert ev.acled_sub_event_type == sub


def test_neutralised_is_killed(analyze):
    (ev,) = analyze("The army said it had neutralized 15 militants near Djibo on Sunday.").events
    assert ev.event == "ASSAULT" and ev.dead is not None and ev.dead.min == 15


def test_a_figure_told_by_a_number_outranks_a_vague_headline_toll(analyze):
    text = ("Dozens killed in attack on army post\n\nGunmen attacked an army post in northern Burkina Faso on Sunday, "
            "killing at least 33 soldiers, the army said.")
    (ev,) = [e for e in analyze(text).events if e.event == "ASSAULT"]
    assert ev.dead.min == 33 and ev.dead.qualifier == "at_least"
    assert {c.value.text for c in ev.claims if c.field == "dead"} >= {"Dozens", "at least 33"}  # both claims kept


@pytest.mark.parametrize("text", [
    "Iranian authorities executed two men convicted of killing a security officer.",
    "A court jailed three men for attacking a police station in Lagos.",
])
def test_an_act_charged_or_punished_is_no_incident(analyze, text):
    # (the execution itself kills: an ASSAULT told by "executed", none told by "killing" or "attacking")
    assert [e.trigger.text for e in analyze(text).events if e.event == "ASSAULT"] in ([], ["executed"])


def test_an_act_alleged_by_an_accusation_stays_an_event(analyze):
    events = analyze("Police accused the men of attacking a police station in Lagos on Sunday.").events
    assert {e.event for e in events} >= {"ACCUSE", "ASSAULT"}


@pytest.mark.parametrize("text, hypothetical", [
    ("Teachers struck for better pay in Nairobi on Monday.", False),
    ("Workers are expected to strike on Monday.", True),  # an act to come
])
def test_working_people_striking_is_a_labour_strike(analyze, text, hypothetical):
    (ev,) = analyze(text).events
    assert (ev.event, ev.mode, ev.hypothetical) == ("PROTEST", "strike", hypothetical)


@pytest.mark.parametrize("text", [
    "Militants struck a base in Borno on Monday.",  # an object struck
    "Gunmen struck at dawn in Borno on Monday.",  # no working people
])
def test_strike_by_others_stays_an_attack(analyze, text):
    assert [e.event for e in analyze(text).events] == ["ASSAULT"]


def test_an_event_dated_after_the_report_is_to_come(analyze):
    (ev,) = analyze("The opposition called a nationwide general strike for Friday to protest against the arrest.").events
    assert ev.date is not None and ev.date > PUB and ev.hypothetical


def test_a_dateline_is_no_part_of_what_was_said(analyze):
    text = ("Opposition leader arrested after clashes in Dhaka\n\nDHAKA, Oct 29 (Reuters) - Bangladeshi police arrested "
            "a senior opposition leader on Sunday, a day after clashes between his supporters and security forces left "
            "a policeman and a protester dead, officials said.")  # (the parser makes "DHAKA" a sentence of its own)
    (q,) = [q for q in analyze(text).quotes if q.speaker.text == "officials"]
    assert q.content.text.startswith("Bangladeshi police arrested")


@pytest.mark.parametrize("text, dead, injured", [
    ("Clashes left a policeman and a protester dead in Dhaka on Saturday.", 2, None),
    ("Clashes left a policeman dead in Dhaka on Saturday.", 1, None),
    ("The blast left a child wounded in Kabul on Sunday.", None, 1),
])
def test_people_left_dead_or_wounded_are_the_toll(analyze, text, dead, injured):
    (ev,) = analyze(text).events
    assert ev.event == "ASSAULT"
    assert (ev.dead.min if ev.dead else None, ev.injured.min if ev.injured else None) == (dead, injured)
    assert len(ev.target) == (dead or injured)  # the people left dead or hurt are the ones struck


def test_left_in_another_state_is_no_toll(analyze):
    assert analyze("The storm left a village without power on Sunday.").events == []
