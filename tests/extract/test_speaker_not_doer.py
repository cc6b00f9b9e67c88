"""A participle of harm ("..., killing three people") that hangs on a clause told by a speaker
takes its doer from the clause told, never from the speaker. Sentences written for these tests,
about no one incident."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import assaults as _assaults

pytestmark = pytest.mark.model
PUB = dt.date(2021, 3, 8)  # a Monday


@pytest.mark.parametrize("text, country", [
    ("Police said there was an explosion at a market in Kano on Sunday, killing three people.", "NGA"),
    ("Officials reported an explosion at a bus station in Peshawar on Saturday, killing five people.", "PAK"),
])
def test_the_speaker_of_a_deadly_blast_is_not_its_doer(analyze, text, country):
    (ev,) = _assaults(analyze(text))
    names = [r.name.lower() for r in ev.source]
    assert "police" not in names and "officials" not in names
    assert [(r.name, r.code) for r in ev.source] == [("unidentified armed group", country)]
    assert ev.dead is not None and ev.dead.min == 3 + 2 * ("five" in text)


@pytest.mark.parametrize("text, doer", [
    ("Police said gunmen attacked a market in Kano on Sunday, killing three people.", "gunmen"),
    ("Gunmen attacked a market in Kano on Sunday, killing three people, police said.", "gunmen"),
    ("Soldiers opened fire on protesters in Lagos on Sunday, killing three people.", "soldiers"),
])
def test_a_doer_named_in_the_clause_stays_the_doer(analyze, text, doer):
    (ev,) = _assaults(analyze(text))
    assert [r.name.lower() for r in ev.source] == [doer]
