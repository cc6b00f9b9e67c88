"""The protest family's sub-types (ACLED Protests and Riots, labels.json): the demonstrators' own
violence (stones, arson, clashing with police, barricades of burning tyres) is a Violent
demonstration, whatever force then meets it; Excessive force is force that kills or hurts people
protesting who were not violent; a protest dispersed or its people detained with no one hurt is a
Protest with intervention; a protest's cause is no part of what happened at it. Sentences written
for these tests, about no one incident; the rules' own sub-types, with the classifier off."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.config import Options
from sitrep.model import Article
from sitrep.pipeline import Pipeline

pytestmark = pytest.mark.model
PUB = dt.date(2021, 3, 8)  # a Monday


@pytest.fixture(scope="module")
def analyze():
    """The rules' own sub-types, with the sub-type classifier off."""
    pipe = Pipeline(Options(published=PUB, classify_acled=False))
    return lambda text: pipe.analyze(Article(id="t", text=text, title="Report", published=PUB))


def _main(report):
    """The earliest-told event, as the event-type bench scores it."""
    return min(report.events, key=lambda e: (e.trigger or e.evidence).start)


@pytest.mark.parametrize("text", [
    # the protesters' clash: protesters are no armed side, and a crowd that protests is no mob
    "Opposition supporters protesting the election results clashed with riot police in the capital.",
    "Clashes erupted between protesters and police in the port city, with demonstrators burning tyres.",
    "Protesting students clashed with police and pelted them with stones on the campus.",
    "Farmers protesting the new law broke through police barricades and clashed with officers.",
    "At least 20 police officers were wounded in clashes with stone-throwing protesters.",
    # force met by a riot is coded with the riot, even where it killed
    "Police fired tear gas at demonstrators who were throwing stones outside parliament.",
    "Two people were killed when police opened fire on protesters who had set fire to a government office.",
    "Dozens of people were arrested after demonstrators looted shops during a protest over fuel prices.",
    "Police fired tear gas shells after protesters turned violent and started pelting stones.",
    # a protest turned violent is told as it happened, with no place or date
    "Several police officers were injured when the protest turned violent.",
    "The protesters turned violent on Monday.",
    # stones thrown at things, a state set before its object, a strike's people
    "Protesters stoned buses on the highway.",
    "Striking workers stoned buses and set a truck on fire on the highway.",
    "Protesters set ablaze a police jeep near the bus stand.",
    # violence told in words no event was made of
    "Thousands of people protested in the capital on Friday amid clashes with police.",
    "Students demonstrated outside the ministry and smashed windows.",
])
def test_demonstrators_violence_is_a_violent_demonstration(analyze, text):
    assert _main(analyze(text)).acled_sub_event_type == "Violent demonstration"


@pytest.mark.parametrize("text", [
    "Police fired live rounds at protesters who were marching peacefully, killing one and wounding six.",
    "Three people were shot dead when police fired on demonstrators protesting against the election result.",
    "Security forces killed at least seven people as they fired on crowds protesting the coup.",
    "Police fired on striking miners, killing three.",
])
def test_force_that_killed_peaceful_protesters_is_excessive(analyze, text):
    assert _main(analyze(text)).acled_sub_event_type == "Excessive force against protesters"


@pytest.mark.parametrize("text", [
    "Police broke up a demonstration by nurses demanding unpaid wages.",
    "Police used water cannon to break up a rally of opposition supporters in the capital.",
    "Farmers protested on the highway until police baton-charged them.",
])
def test_a_protest_broken_up_unhurt_is_one_with_intervention(analyze, text):
    assert _main(analyze(text)).acled_sub_event_type == "Protest with intervention"


@pytest.mark.parametrize("text", [
    # what was protested against is no part of the protest
    "Hundreds of students protested against the clashes between rival militias in the north.",
    "Women marched through the capital on Sunday to protest against violent crime.",
    # a symbol burnt is a gesture of the protest
    "Protesters burned an effigy of the prime minister outside parliament.",
])
def test_peaceful_protests_stay_peaceful(analyze, text):
    assert _main(analyze(text)).acled_sub_event_type == "Peaceful protest"


@pytest.mark.parametrize("text, sub", [
    ("Soldiers clashed with rebels near the border on Monday.", "Armed clash"),
    ("Two soldiers were wounded in clashes with rebels on Sunday.", "Armed clash"),
    ("Gunmen killed three villagers on Sunday, prompting residents to protest.", "Attack"),
    ("A mob lynched a man accused of stealing a motorbike in the village.", "Mob violence"),
])
def test_fights_with_no_protesters_keep_their_types(analyze, text, sub):
    assert _main(analyze(text)).acled_sub_event_type == sub


def test_a_riot_that_had_set_fire_is_told_as_done(analyze):
    """"who had set fire to ...": "set" takes an object there, so it is no catenative of the future
    ("is set to meet")."""
    riots = [e for e in analyze("Two people were killed when police opened fire on protesters who had set fire to a "
                                "government office.").events if e.event == "PROTEST"]
    assert [(e.mode, e.hypothetical) for e in riots] == [("riot", False)]


@pytest.mark.parametrize("text", [
    "Riot police fired tear gas and rubber bullets at hundreds of university students marching against "
    "a new fees law in central Kampala on Monday and arrested 30 of them, police said.",
    "Police fired tear gas at thousands of nurses marching over unpaid wages in the capital and detained 12 of them.",
])
@pytest.mark.parametrize("classified", [False, True])
def test_force_and_arrests_at_a_march_told_of_the_marchers_meet_a_protest(analyze, pipeline, text, classified):
    report = pipeline.analyze(Article(id="t", text=text, title="Report", published=PUB)) if classified else analyze(text)
    coerced = [e for e in report.events if e.event == "COERCE"]
    assert coerced and all(e.acled_sub_event_type == "Protest with intervention" for e in coerced), \
        [(e.mode, e.acled_sub_event_type) for e in coerced]


def test_arrests_told_with_no_protest_stay_arrests(pipeline):
    report = pipeline.analyze(Article(id="t", text="Police arrested 30 students in the capital on charges of exam fraud.",
                                      title="Report", published=PUB))
    (arrest,) = [e for e in report.events if e.event == "COERCE"]
    assert arrest.acled_sub_event_type == "Arrests"


def test_arrests_after_a_killing_at_a_rally_stay_arrests(pipeline):
    text = ("A candidate for mayor was shot dead while speaking at a campaign rally on Saturday, "
            "and police have arrested two suspects, authorities said.")
    report = pipeline.analyze(Article(id="t", text=text, title="Report", published=PUB))
    (arrest,) = [e for e in report.events if e.event == "COERCE"]
    assert arrest.acled_sub_event_type == "Arrests"
