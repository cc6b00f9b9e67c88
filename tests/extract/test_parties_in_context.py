"""Parties read from their context: an unnamed ministry speaks for the state whose officials
speak there (or the dateline's), never for the party it condemns; a day joined to the doers by
"and" is no part of them; people held at gunpoint keep the sector their words tell."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import events_of as _of

PUB = dt.date(2021, 3, 9)




@pytest.mark.model
@pytest.mark.parametrize("text, speaker", [
    ("ISLAMABAD - Indian forces shelled a village on Tuesday. The foreign ministry condemned the attack.", "PAK"),
    ("Pakistani officials said Indian troops shelled a village on Monday. The foreign ministry condemned the attack.", "PAK"),
    ("NAIROBI - Somali troops raided a border post on Tuesday. The defence ministry condemned the raid.", "KEN"),
])
def test_an_unnamed_ministry_speaks_for_the_state_speaking_there(analyze, text, speaker):
    (acc,) = _of(analyze(text), "ACCUSE")
    assert [r.code for r in acc.source] == [speaker]


@pytest.mark.model
def test_an_unnamed_ministry_is_never_the_party_it_condemns(analyze):
    report = analyze("Indian troops shelled a village in Pakistan on Monday. The foreign ministry condemned the attack.")
    (acc,) = _of(report, "ACCUSE")
    assert "IND" in {r.code for r in acc.target}
    assert "IND" not in {r.code for r in acc.source}


@pytest.mark.model
def test_a_named_ministry_keeps_its_state(analyze):
    report = analyze("ISLAMABAD - Indian forces shelled a village on Tuesday. The Indian defence ministry denied targeting civilians."
                     " The Chinese foreign ministry condemned the attack.")
    (acc,) = [e for e in _of(report, "ACCUSE") if any("Chinese" in r.text for r in e.source)]
    assert [r.code for r in acc.source] == ["CHN"]


@pytest.mark.model
@pytest.mark.parametrize("text, doers", [
    ("Fighting erupted on Monday and government troops shelled the rebel-held town of Douma.", "government troops"),
    ("Heavy clashes broke out on Monday and government troops killed five rebels.", "government troops"),
    ("Clashes broke out on Sunday and police fired on protesters in Lagos.", "police"),
])
def test_a_day_joined_to_the_doers_is_no_part_of_them(analyze, text, doers):
    events = analyze(text).events
    sources = [r.text for e in events for r in e.source]
    assert doers in sources
    assert not any("Monday" in t or "Sunday" in t for t in sources)
