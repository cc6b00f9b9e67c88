"""Events that were mistyped or missed in plain sentences: a coup told by its plotters, its
failure or its survivor; arrests at a protest no one is named for; rape in an attack on
civilians; vessels harassed; a coup that describes the ruler; harms vowed; people taken
hostage; condemnations not made. Sentences written for these tests, about no one incident."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.lexicon import load_event_lexicon

pytestmark = pytest.mark.model
PUB = dt.date(2021, 3, 8)  # a Monday


def _coups(report):
    return [e for e in report.events if (e.event, e.mode, e.acled_sub_event_type) == ("COERCE", "seize", "Other")]


# -- a coup told by the attack its plotters made, or made in one ------------------------------

@pytest.mark.parametrize("text, doers", [
    ("Coup plotters stormed the presidential palace on Sunday.", ["Coup plotters"]),  # armed opposition (sectors.yaml REB)
    ("Putschists stormed the state broadcaster on Sunday.", ["Putschists"]),  # named for the coup they make (coup_doers)
    ("Mutinous soldiers stormed the state broadcaster in a coup attempt on Sunday.", ["Mutinous soldiers"]),
    ("Rebel troops attacked the presidential guard during a failed coup on Friday.", ["Rebel troops"]),
])
def test_an_attack_by_coup_plotters_or_in_a_coup_is_also_the_coup_attempt(analyze, text, doers):
    report = analyze(text)
    (coup,) = _coups(report)
    assert [r.text for r in coup.source] == doers
    assert coup.date is not None
    assert [e.event for e in report.events if e.event == "ASSAULT"] == ["ASSAULT"]  # the attack stays an event of its own


@pytest.mark.parametrize("text", [
    "Soldiers killed five coup plotters on Sunday.",  # the plotters suffered the attack: no coup told
    "Gunmen stormed a village in the north on Sunday.",
])
def test_an_attack_with_no_coup_told_is_no_coup(analyze, text):
    assert _coups(analyze(text)) == []


# -- a coup attempt told by its failure, or survived ------------------------------------------

@pytest.mark.parametrize("text", [
    "The coup attempt failed.",
    "The attempted coup failed on Tuesday, the government said.",
    "The coup bid collapsed within hours.",
    "The president survived the coup attempt.",
    "The president survived a coup attempt on Sunday.",
])
def test_a_coup_attempt_told_by_its_failure_or_survival_is_reported(analyze, text):
    (coup,) = _coups(analyze(text))
    assert coup.source == []  # no plotter named (the survivor is none of them)


def test_the_coup_told_after_a_coup_in_the_background_is_that_one(analyze):
    report = analyze("Troops shot dead two protesters on Monday. The army seized power in a coup in 2012. "
                     "The coup was condemned by the African Union.")
    assert _coups(report) == []


@pytest.mark.parametrize("text", [
    "No coup attempt took place.",
    "The president did not survive the plot.",
    "A coup could happen at any time, analysts said.",
])
def test_a_coup_denied_or_guessed_is_none(analyze, text):
    assert _coups(analyze(text)) == []


# -- a coup in a relative clause on its doer describes the ruler --------------------------------

@pytest.mark.parametrize("text", [
    "The junta, which seized power in a coup, announced new elections on Monday.",
    "The junta, which took power in a coup, announced new elections on Monday.",
    "The military leaders who seized power in a coup have freed the former president.",
])
def test_an_undated_coup_in_a_relative_clause_is_background(analyze, text):
    assert _coups(analyze(text)) == []


def test_a_coup_in_a_relative_clause_dated_recently_is_the_news(analyze):
    report = analyze("The soldiers, who seized power on Sunday, dissolved parliament on Monday.")
    assert len(_coups(report)) == 1


def test_a_coup_told_in_a_main_clause_stays(analyze):
    assert len(_coups(analyze("The army seized power in a coup and announced new elections on Monday."))) == 1


# -- arrests at a protest no one is named for ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Police arrested dozens as thousands protested fuel prices on Monday.",
    "Thousands protested fuel prices on Monday and police arrested dozens.",
    "Thousands marched in the capital on Monday, and police detained 30 people.",
])
def test_arrests_at_a_protest_no_one_is_named_for_are_a_protest_with_intervention(analyze, text):
    report = analyze(text)
    kinds = sorted((e.event, e.acled_sub_event_type) for e in report.events)
    assert kinds == [("COERCE", "Protest with intervention"), ("PROTEST", "Protest with intervention")]


def test_a_headline_of_arrests_as_thousands_protest_tells_both(analyze):
    # the headline's present tense: "protest" parsed as a modifier of "prices", after the count
    report = analyze("Police arrest dozens as thousands protest fuel prices")
    kinds = sorted((e.event, e.acled_sub_event_type) for e in report.events)
    assert kinds == [("COERCE", "Protest with intervention"), ("PROTEST", "Protest with intervention")]
    (protest,) = [e for e in report.events if e.event == "PROTEST"]
    assert protest.size is not None and protest.size.text == "thousands"


def test_a_headline_of_a_protest_alone_is_a_peaceful_protest(analyze):
    (ev,) = analyze("Thousands protest fuel prices in capital").events
    assert (ev.event, ev.acled_sub_event_type) == ("PROTEST", "Peaceful protest")


def test_arrests_told_with_no_protest_stay_arrests(analyze):
    # (not of criminal suspects: "arrested dozens of suspected smugglers" has no ACLED type, test_specific_subtypes.py)
    (ev,) = analyze("Police arrested dozens of opposition activists on Monday.").events
    assert ev.acled_sub_event_type == "Arrests"


# -- rape in an attack on civilians ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Gunmen stormed the village and raped women, residents said.",
])
def test_rape_in_an_attack_on_civilians_is_sexual_violence(analyze, text):
    attacks = [e for e in analyze(text).events if e.event == "ASSAULT"]
    assert [(e.mode, e.acled_event_type, e.acled_sub_event_type) for e in attacks] == [
        ("sexual", "Violence against civilians", "Sexual violence")]


@pytest.mark.parametrize("text", [
    "Militiamen raided the camp on Friday and raped several women.",
    "Militiamen attacked the town on Friday and raped several women.",
])
def test_rape_told_with_an_attack_of_no_sub_type_was_already_sexual_violence(analyze, text):
    attacks = [e for e in analyze(text).events if e.event == "ASSAULT"]
    assert [(e.mode, e.acled_sub_event_type) for e in attacks] == [("sexual", "Sexual violence")]


def test_an_attack_with_no_rape_keeps_its_sub_type(analyze):
    (ev,) = [e for e in analyze("Gunmen stormed the village and killed five civilians, residents said.").events if e.event == "ASSAULT"]
    assert ev.acled_sub_event_type != "Sexual violence"


# -- harassment: coercion short of violence ------------------------------------------------------------

@pytest.mark.parametrize("text, doer, target", [
    ("Iranian gunboats harassed a British tanker in the Strait of Hormuz.", "IRN", "GBR"),
    ("Chinese coast guard vessels harassed Philippine fishing boats on Monday.", "CHN", "PHL"),
    ("Russian jets harassed a US drone over the Black Sea.", "RUS", "USA"),
])
def test_vessels_or_craft_harassed_are_coerced_not_attacked(analyze, text, doer, target):
    report = analyze(text)
    assert [e.event for e in report.events] == ["COERCE"]
    (ev,) = report.events
    assert [r.code for r in ev.source] == [doer] and [r.code for r in ev.target] == [target]
    assert ev.acled_sub_event_type is None  # no violence, arrest or property taken: none of ACLED's


def test_harassment_is_data():
    lex = load_event_lexicon()
    assert lex.verbs["harass"].event == "COERCE" and lex.verbs["harass"].no_acled


# -- a harm vowed is a threat ---------------------------------------------------------------------

@pytest.mark.parametrize("text, doer, target", [
    ("The president vowed to punish the attackers.", "The president", "the attackers"),
    ("The government vowed to retaliate against the rebels.", "The government", "the rebels"),
    ("The interior minister swore to punish those responsible.", "The interior minister", None),
])
def test_a_harm_vowed_is_a_threat(analyze, text, doer, target):
    threats = [e for e in analyze(text).events if e.event == "THREATEN"]
    assert len(threats) == 1
    assert [r.text for r in threats[0].source] == [doer]
    if target:
        assert [r.text for r in threats[0].target] == [target]


@pytest.mark.parametrize("text", [
    "The army vowed not to retaliate.",
    "The president did not vow to punish anyone.",
    "The court punished the officers.",  # a punishment done is no threat (and no event of its own here)
])
def test_no_harm_vowed_is_no_threat(analyze, text):
    assert [e for e in analyze(text).events if e.event == "THREATEN"] == []


# -- people taken hostage ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, taken", [
    ("Gunmen took 20 people hostage in the town on Monday.", ["people"]),
    ("Gunmen took three aid workers hostage.", ["three aid workers"]),
])
def test_hostage_says_what_the_taken_became_not_who_was_taken(analyze, text, taken):
    (ev,) = analyze(text).events
    assert (ev.event, ev.mode) == ("ASSAULT", "abduct")
    assert [r.text for r in ev.target] == taken


def test_hostage_is_no_party_even_beside_people_no_actor_is_made_of(analyze):
    (ev,) = analyze("Pirates took the crew hostage on Sunday.").events
    assert "hostage" not in [r.text for r in ev.target]


def test_people_taken_hostage_named_apart_stay_the_target(analyze):
    (ev,) = analyze("Militants took two Italian engineers hostage on Sunday.").events
    assert [r.text for r in ev.target] == ["two Italian engineers"]


def test_hostages_held_are_the_target(analyze):
    (ev,) = analyze("Gunmen are holding three hostages.").events
    assert [r.text for r in ev.target] == ["three hostages"]


# -- a condemnation not made ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The minister has never condemned the Israeli raids.",
    "China has never condemned Russia's invasion of Ukraine.",
    "India did not condemn Russia for the invasion.",
    "Egypt has not condemned the Israeli strikes on Gaza, critics said.",
    "The Turkish president never publicly condemned the attack by Hamas.",
    "Neither Brazil nor India condemned Russia.",
    "Brazil did not accuse Russia of the attack.",
])
def test_a_condemnation_not_made_is_no_accusation(analyze, text):
    assert [e for e in analyze(text).events if e.event == "ACCUSE"] == []


@pytest.mark.parametrize("text", [
    "India condemned Russia for the invasion.",
    "The minister did not hesitate to condemn the Israeli raids.",
    "China has condemned Russia's invasion of Ukraine.",
])
def test_a_condemnation_made_stays(analyze, text):
    assert [e.event for e in analyze(text).events if e.event == "ACCUSE"] == ["ACCUSE"]


# -- one list of chemical agents ----------------------------------------------------------------

def test_the_chemical_weapon_rows_fire_the_agents_of_the_one_list():
    lex = load_event_lexicon()
    rows = [objects for _, _, objects, _, spec in lex.verb_object_events if spec.acled == "Chemical weapon"]
    assert len(rows) == 2  # fired or dropped, and used (with a target)
    assert all(objects == lex.chemical_agents for objects in rows)


@pytest.mark.parametrize("text", [
    "Government forces fired mustard gas at the village on Monday.",  # a modifier on a chemical head
    "Government helicopters dropped barrels of chlorine on the town on Monday.",
])
def test_chemical_munitions_fired_are_a_chemical_weapon_attack(analyze, text):
    (ev,) = analyze(text).events
    assert (ev.event, ev.acled_sub_event_type) == ("ASSAULT", "Chemical weapon")


def test_a_programme_dropped_is_no_chemical_attack(analyze):
    assert analyze("Syria dropped its chemical weapons programme.").events == []
