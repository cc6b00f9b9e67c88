"""Defects the second read of the merged tree found in the event and claim stages: a blow given
with its reason is no criticism, a collective noun and "they" are one doer, "a striking number"
names no strikers, a clash of another clause makes no protest violent, every object burned is
read for symbols. Sentences written for these tests, about no one incident."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import assaults, events_of

pytestmark = pytest.mark.model
PUB = dt.date(2023, 3, 14)


# -- a blow with its reason is no criticism (quotes/violence.py criticism) -------------------------


@pytest.mark.parametrize("text", [
    "Israel attacked Iran in response to the missile barrage.",
    "Russia hit Ukraine's energy grid in response to the drone strikes.",
    "A mob attacked a man for allegedly stealing a goat.",
    "Villagers attacked the police for arresting a local man.",
    "Settlers attacked Palestinian farmers over land near Nablus.",
    "US sanctions hit Iranian banks for financing terrorism.",
])
def test_a_blow_with_its_reason_is_no_criticism(analyze, text):
    report = analyze(text)
    assert not events_of(report, "ACCUSE"), [(e.trigger.text, e.mode) for e in report.events]


@pytest.mark.parametrize("text", [
    "Israel attacked Iran in response to the missile barrage.",
    "A mob attacked a man for allegedly stealing a goat.",
    "Settlers attacked Palestinian farmers over land near Nablus.",
])
def test_a_blow_with_its_reason_stays_violence(analyze, text):
    report = analyze(text)
    assert any(e.acled_sub_event_type for e in report.events if e.event in ("ASSAULT", "PROTEST", "FIGHT"))


@pytest.mark.parametrize("text", [
    "The union attacked the ministry over the delays.",  # a speaking doer, nothing of people struck
    "Residents slammed the police for their slow response.",  # a statement's word in the reason
    "The opposition attacked the minister in a statement on Friday.",
])
def test_criticism_with_its_reason_stays_criticism(analyze, text):
    report = analyze(text)
    assert events_of(report, "ACCUSE") and not assaults(report)


def test_a_reason_for_a_blow_is_no_statement(nlp):
    from sitrep.extract.quotes.violence import criticism

    verb = next(t for t in nlp("Israel attacked Iran in response to the missile barrage.") if t.pos_ == "VERB")
    assert not criticism(verb)


# -- a collective noun and "they": one doer (agreement.may_refer, shared by events and claims) -----


def test_a_collective_doer_and_they_are_one_attack(analyze):
    report = analyze("The army shelled the town on Monday, and they killed 12 civilians.")
    (ev,) = assaults(report)
    assert [r.sector for r in ev.source] == ["MIL"]
    assert ev.dead is not None and ev.dead.min == 12


def test_they_after_a_collective_doer_is_not_its_victims(analyze):
    report = analyze("The militia killed two soldiers after they raided the village.")
    assert not any("soldier" in r.name.lower() for e in assaults(report) for r in e.source)


@pytest.mark.parametrize(("text", "victim_doer"), [
    ("Police shot dead a man after he raped a girl.", True),  # "he" is not the police
    ("Villagers beat a man to death after he raped a girl.", True),
    ("Soldiers killed a woman after they raped her.", False),
    ("The army killed a woman after they raped her.", False),  # a collective doer may be "they"
])
def test_a_pronoun_finds_its_doer(analyze, text, victim_doer):
    report = analyze(text)
    doers = {r.name.lower() for e in assaults(report) for r in e.source}
    assert any(w in d for d in doers for w in ("man", "woman")) is victim_doer, doers


@pytest.mark.parametrize("text, held", [
    ("A gunman opened fire at a bus station on Friday, killing two people and wounding six others "
     "before he was arrested, police said.", "gunman"),
    ("The man stabbed two guards outside the embassy before he was detained, officials said.", "man"),
])
def test_the_one_held_after_an_attack_is_its_doer_not_the_claimer(analyze, text, held):
    report = analyze(text)
    (arrest,) = [e for e in events_of(report, "COERCE") if e.mode == "arrest"]
    targets = [r.text.lower() for r in arrest.target]
    assert targets and all(held in t for t in targets), targets


def test_agreement_of_collective_nouns(nlp):
    from sitrep.extract.agreement import collective, may_refer

    doc = nlp("The army said it shelled the town. Soldiers said they saw a man, and he ran. The police said she left.")
    tok = {t.lower_: t for t in doc}
    assert collective(tok["army"]) and collective(tok["police"]) and not collective(tok["soldiers"])
    assert may_refer(tok["it"], tok["army"]) and may_refer(tok["they"], tok["army"])  # no number
    assert may_refer(tok["they"], tok["soldiers"]) and not may_refer(tok["they"], tok["man"])
    assert may_refer(tok["he"], tok["man"]) and not may_refer(tok["he"], tok["army"])  # no gender
    assert not may_refer(tok["she"], tok["man"])


# -- "a striking number" names no strikers ---------------------------------------------------------


def test_a_striking_number_is_no_strikers(analyze):
    report = analyze("Troops killed a striking number of civilians in the raid.")
    (ev,) = assaults(report)
    assert ev.acled_sub_event_type == "Attack"


@pytest.mark.parametrize("text", [
    "Police shot dead three striking miners.",
    "Police fired on a crowd of striking workers, killing two.",
])
def test_striking_workers_are_protesters(analyze, text):
    (ev,) = assaults(analyze(text))
    assert ev.acled_sub_event_type == "Excessive force against protesters"


# -- violence of another clause makes no protest violent -------------------------------------------


def _protest_subs(report):
    return [e.acled_sub_event_type for e in events_of(report, "PROTEST") if e.mode == "demonstrate"]


@pytest.mark.parametrize("text", [
    "Thousands marched in the capital, as rival gangs clashed in the southern slums.",
    "Thousands rallied peacefully in the capital, while clashes between troops and rebels continued in the north.",
    "Students marched to parliament, where police smashed their tents.",
])
def test_others_violence_makes_no_protest_violent(analyze, text):
    subs = _protest_subs(analyze(text))
    assert subs and "Violent demonstration" not in subs, subs


@pytest.mark.parametrize("text", [
    "Protesters marched on parliament, and clashes broke out.",
    "Protesters rallied in the square and smashed shop windows.",
    "Thousands marched in the capital and clashed with police.",
    "Thousands marched in the capital, as youths pelted police with stones.",  # people at it, unnamed as protesters
    "Thousands marched in the capital, and stones were thrown at police.",  # no doer told
])
def test_the_protesters_violence_still_makes_it_violent(analyze, text):
    assert _protest_subs(analyze(text)) == ["Violent demonstration"]


# -- every object burned is read for symbols -------------------------------------------------------


def test_a_symbol_and_a_car_burned_is_violence(analyze):
    assert "Violent demonstration" in [e.acled_sub_event_type for e in events_of(analyze("Protesters burned flags and cars in the city centre."), "PROTEST")]


def test_symbols_alone_burned_are_a_gesture(analyze):
    subs = [e.acled_sub_event_type for e in events_of(analyze("Protesters burned flags and effigies in the city centre."), "PROTEST")]
    assert subs and "Violent demonstration" not in subs
