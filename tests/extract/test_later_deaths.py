"""A death told after an attack as its late toll ("a third officer later died of his wounds",
"another officer died in hospital on Wednesday", "he died in the attack") adds to that attack's
toll: no new event, no rival figure. Sentences written for these tests, about no one incident."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.claims import contested_fields
from sitrep.extract.lexicon import load_event_lexicon
from sitrep.model import REPORTER, Claim, Magnitude, Span

PUB = dt.date(2021, 3, 8)  # a Monday
ATTACK = "Gunmen attacked a police post near Gusau on Tuesday, killing two officers. "


@pytest.mark.model
@pytest.mark.parametrize("later, dead", [
    ("A third officer later died of his wounds.", 3),
    ("Another officer died in hospital on Wednesday.", 3),
    ("One of the wounded succumbed to his injuries.", 3),
    ("Two more officers later died of their wounds.", 4),
])
def test_a_late_death_adds_to_the_toll_of_the_attack_told_before(analyze, later, dead):
    report = analyze(ATTACK + later)
    (ev,) = report.events
    assert ev.event == "ASSAULT" and ev.dead is not None and ev.dead.min == ev.dead.max == dead
    assert not [c for c in ev.contested if c.field == "dead"]  # the reporter's own toll, revised: no dispute


@pytest.mark.model
def test_a_pronoun_dying_in_the_attack_is_a_toll_of_one(analyze):
    (ev,) = analyze("A bomb exploded at a market in Maiduguri on Friday. He died in the attack.").events
    assert ev.dead is not None and ev.dead.min == 1 and ev.dead.text == "He"


@pytest.mark.model
@pytest.mark.parametrize("text, dead", [
    ("Gunmen attacked a checkpoint near Dori on Sunday. Two soldiers were wounded in the attack. They later died in hospital.", 2),
    ("Militants ambushed an army convoy on Tuesday, wounding two soldiers. Both later died of their injuries.", 2),
    ("Militants ambushed an army convoy on Tuesday, wounding two soldiers. Both soldiers later died of their injuries.", 2),
    ("Rebels shelled the town on Monday, injuring three civilians. All of them later died in hospital.", 3),
    ("Rebels shelled the town on Monday, killing one man and injuring three civilians. They later died in hospital.", 4),
])
def test_the_wounded_referred_back_who_later_died_add_to_the_toll(analyze, text, dead):
    (ev,) = [e for e in analyze(text).events if e.event == "ASSAULT"]
    assert ev.dead is not None and ev.dead.min == ev.dead.max == dead


@pytest.mark.model
def test_a_summed_toll_lists_the_span_of_each_part(analyze):
    text = ATTACK + "A third officer later died of his wounds."
    (ev,) = analyze(text).events
    assert ev.dead.min == 3 and ev.dead.start is None  # no one span of the text holds the sum
    assert [p.text for p in ev.dead.parts] == ["two", "A third officer"]
    assert all(text[p.start:p.end] == p.text for p in ev.dead.parts)


@pytest.mark.model
@pytest.mark.parametrize("later", [
    "They later died of their wounds.",  # none wounded told: "they" counts no one
    "A soldier died in hospital on February 20.",  # a day before the attack
    "A soldier died of his wounds last year.",  # a time that is no day
    "The officer did not die of his wounds.",  # negated
    "A retired officer died at his home on Wednesday.",  # no cue of a late death
])
def test_deaths_that_are_no_late_toll_leave_it(analyze, later):
    (ev,) = [e for e in analyze(ATTACK + later).events if e.event == "ASSAULT"]
    assert ev.dead is not None and ev.dead.min == 2


@pytest.mark.model
def test_a_late_death_with_no_attack_told_is_no_event(analyze):
    assert analyze("A third officer later died of his wounds.").events == []


def _toll(n: int, start: int, *, update: bool = False, by=REPORTER) -> Claim:
    mag = Magnitude(min=n, max=n, qualifier="exact", text=str(n), unit="killed", update=update)
    return Claim(field="dead", value=mag, claimed_by=by, modality="asserted", evidence=Span(start, start + 5, "x"))


def test_a_toll_revised_by_its_own_claimer_is_not_contested():
    assert contested_fields([_toll(2, 0), _toll(3, 50, update=True)]) == []


def test_a_revision_does_not_silence_another_claimer():
    got = contested_fields([_toll(2, 0, by="medics"), _toll(3, 50, update=True)])
    assert [c.field for c in got] == ["dead"] and {p.value for p in got[0].positions} == {"2-2 (exact)", "3-3 (exact)"}


def test_two_tolls_of_one_claimer_unrevised_stay_contested():
    assert [c.field for c in contested_fields([_toll(2, 0), _toll(3, 50)])] == ["dead"]


def test_the_words_of_late_deaths_are_data():
    words = load_event_lexicon().later_deaths
    assert {"die", "succumb"} <= words["verbs"] and "wounds" in words["causes"] and "hospital" in words["places"]
    assert {"they", "both"} <= words["wounded_refs"] and words["pair_words"] == {"both"}
