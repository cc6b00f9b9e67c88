"""The second reader's findings on fixQ7 and fixK7 (rev_fx2), as our own sentences."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import events_of as _events

pytestmark = pytest.mark.model
PUB = dt.date(2026, 11, 20)


# -- 1. a subject pronoun after another noun subject in the words is still the speaker by default --

@pytest.mark.parametrize("text, kind, speaker", [
    ("Kenya said Somalia closed the border after it deported 300 migrants.", "COERCE", "KEN"),
    ("The army said the militia fled after it shelled the village.", "ASSAULT", "army"),
])
def test_it_after_another_subject_in_the_words_stays_the_speaker(analyze, text, kind, speaker):
    """Who "it" is is not told by the grammar here: the speaker default stays (the rule that gave the
    clause's own subject swapped one wrong default for another, e.g. Somalia deporting)."""
    events = [e for e in _events(analyze(text), kind) if e.source]
    assert events
    assert all(any(a.code == speaker or speaker in (a.name or "") for a in e.source) for e in events)


# -- 2. an apposed person's name is taken whole: a state's name inside it gives no code --------------

@pytest.mark.parametrize("text, name, sector", [
    ("The spokesman, Georgia Lee, said the talks had failed.", "Georgia Lee", "GOV"),
    ("The minister, Chad Brown, said the talks had failed.", "Chad Brown", "GOV"),
    ("His lawyer, Kenya Moore, said the talks had failed.", "Kenya Moore", None),
])
def test_an_apposed_name_holding_a_state_name_is_the_whole_person(analyze, text, name, sector):
    """Before, the speaker was the surname alone coded as the state ('Lee' GEO)."""
    (q,) = analyze(text).quotes
    assert (q.speaker.name, q.speaker.code, q.speaker.sector) == (name, None, sector)


# -- 3. a union or party named earlier does not disown the US Congress in a story set in the US -------

@pytest.mark.parametrize("text, target", [
    ("Leaders of the African National Congress met US officials in Washington on Monday. "
     "Congress voted on Tuesday to impose sanctions on Israel.", "ISR"),
    ("Members of the Congress of South African Trade Unions visited Washington on Monday. "
     "Congress voted to impose sanctions on Iran.", "IRN"),
])
def test_congress_in_a_story_told_in_the_us_stays_the_us_congress(analyze, text, target):
    """Before, the sanction's source was 'Congress' coded as its own target's state."""
    (ev,) = _events(analyze(text), "SANCTION")
    assert [a.code for a in ev.source] == ["USA"] and [a.code for a in ev.target] == [target]


def test_the_congress_after_a_foreign_union_is_still_that_union(analyze):
    r = analyze("The Nigeria Labour Congress said workers would strike on Monday. The Congress accused the government of ignoring them.")
    assert [(q.speaker.code, q.speaker.sector) for q in r.quotes][-1] == ("NGA", "LAB")


# -- 4. a state's own ministry "for <its business> of <state>" keeps the state -----------------------

def test_a_ministry_for_its_business_of_a_state_keeps_the_state(analyze):
    """Before, the "for" dropped Finland, and the condemnation's source took the code of Kyiv."""
    (ev,) = _events(analyze("The Ministry for Foreign Affairs of Finland (MFAF) condemned the attack in Kyiv."), "ACCUSE")
    assert [a.code for a in ev.source] == ["FIN"]


def test_a_body_for_a_state_still_drops_the_state(analyze):
    r = analyze("The Movement for the Liberation of Chad (MLC) attacked the town.")
    assert not [a for a in r.actors if a.code == "TCD"]


# -- 5. a party's officer under a dateline keeps the dateline's state, not a government's sector ------

@pytest.mark.parametrize("text, code", [
    ("ABUJA - Congress spokesman Felix Morka said the vote was rigged.", "NGA"),
    ("KATHMANDU - Congress leader Gagan Thapa accused the government of lying.", "NPL"),
])
def test_a_party_officer_under_a_dateline_keeps_its_state(analyze, text, code):
    """Before, the officer had no state at all."""
    (q,) = analyze(text).quotes
    assert (q.speaker.code, q.speaker.sector) == (code, None)
