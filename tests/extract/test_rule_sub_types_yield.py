"""The event rules' ACLED sub-types whose label they were measured to give unreliably (the
model's ``yielding_rules``: untrusted on the CASE snippets, where the classifier did better)
give way to the classifier, among the types the PLOVER type allows, to a type the rules have no
reading for and whose cue the sentence carries; reliable, unmeasured and structural ones stay. Sentences written for these tests, about no one incident."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.config import Options
from sitrep.model import Article
from sitrep.pipeline import Pipeline
from tests._helpers import of_kind as _of

pytestmark = pytest.mark.model
PUB = dt.date(2022, 5, 16)  # a Monday


@pytest.mark.parametrize("text, sub", [
    # the fallback "Armed clash" of a fight between armed parties told with no weapon word the rules know
    ("Insurgents attacked a police station with grenades, wounding four officers.", "Grenade"),
    ("A militant threw a grenade at a police patrol in the main market, wounding three officers.", "Grenade"),
    ("Government forces attacked rebel positions with toxic gas, killing dozens of fighters.", "Chemical weapon"),
    # the rules' "Attack" on civilians, told with the grenade that struck them
    ("Rebels lobbed hand grenades into a crowd of shoppers, killing five people.", "Grenade"),
])
def test_an_unreliable_rule_sub_type_yields_to_the_classifier(analyze, text, sub):
    (ev,) = _of(analyze(text).events, "ASSAULT")
    assert ev.acled_sub_event_type == sub


def test_arrests_at_a_protest_are_protest_handling(analyze):
    # ACLED: a protest met with arrests is a protest with intervention, not a separate "Arrests"
    (ev,) = _of(analyze("Police arrested forty protesters during a rally against fuel prices in the capital.").events, "COERCE")
    assert ev.acled_sub_event_type == "Protest with intervention"


@pytest.mark.parametrize("text, kind, sub", [
    ("Soldiers clashed with rebel fighters near the border town, leaving ten dead.", "ASSAULT", "Armed clash"),
    ("Troops fought militants for hours in the hills east of the capital.", "ASSAULT", "Armed clash"),
    ("Police arrested the opposition leader at his home on Tuesday.", "COERCE", "Arrests"),
    ("Police detained a journalist who had criticised the president.", "COERCE", "Arrests"),
    # territory taken: measured no better by the classifier, so the rules' reading of who took it stays
    ("Militants seized the town of Kora after a day of fighting with the army.", "ASSAULT", "Non-state actor overtakes territory"),
    # trusted rule labels
    ("Fighter jets bombed rebel positions outside the town on Sunday.", "ASSAULT", "Air/drone strike"),
    ("Government troops recaptured the town from the rebels on Sunday.", "ASSAULT", "Government regains territory"),
])
def test_a_right_or_kept_rule_sub_type_stays(analyze, text, kind, sub):
    evs = _of(analyze(text).events, kind)
    assert evs and evs[0].acled_sub_event_type == sub


def test_a_yielding_rule_gives_way_only_to_a_type_its_sentence_has_a_cue_for(analyze):
    # a statement blaming an attack tells of no place taken: the model's guess of a territory type, with none of
    # its words in the sentence, does not replace the rules' reading
    text = ('A military spokesman said its units had "not fired a single round" at civilian areas and blamed '
            "the rebels for staging the attack.")
    assert all(e.acled_sub_event_type not in ("Government regains territory", "Non-state actor overtakes territory")
               for e in analyze(text).events)


def test_the_classifier_switched_off_keeps_every_rule_sub_type():
    # what bench event-types reads: the rules' own sub-types, untouched by any trained part
    pipeline = Pipeline(Options(published=PUB, classify_acled=False))
    text = "Militiamen attacked the village and looted shops on Sunday."  # the rules give the attack no sub-type
    (ev,) = _of(pipeline.analyze(Article(id="t", text=text, title="Report", published=PUB)).events, "ASSAULT")
    assert ev.acled_sub_event_type is None  # the classifier, switched on, fills it ("Attack")


@pytest.mark.parametrize("text", [
    "The Eastern Liberation Army, a rebel group that holds the valley, accused government forces of firing the rounds from positions near the dam.",
    "The Popular Liberation Front accused the army of firing the shots from the hills above the market.",
])
def test_a_cue_inside_a_name_or_no_one_taken_gives_no_territory_or_abduction_type(analyze, text):
    # "Liberation" in a group's name tells of no place liberated, and firing tells of no one abducted:
    # the cue-required types (events.yaml acled_cue_required) stay out
    subs = {e.acled_sub_event_type for e in analyze(text).events}
    assert not subs & {"Government regains territory", "Non-state actor overtakes territory", "Abduction/forced disappearance"}
