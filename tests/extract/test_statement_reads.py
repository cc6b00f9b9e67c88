"""A text that "reads" its words ("A statement from the ministry read: '...'", "The letter reads,
'...'") and the words of a sign no one carries ("A sign on the door read: '...'"). Sentences
written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import events_of as _events

pytestmark = pytest.mark.model
PUB = dt.date(2025, 6, 3)


def _read(report):
    return [q for q in report.quotes if q.cue is not None and q.cue.text in ("read", "reads")]


@pytest.mark.parametrize("text, speaker, name", [
    ('A statement from the foreign ministry read: "The embassy will close on Monday."',
     "A statement from the foreign ministry", "the foreign ministry"),
    ('The interior ministry said the border would stay shut. A statement from the ministry read: "The border will reopen on Monday."',
     "A statement from the ministry", "The interior ministry"),
    ("A statement from Kenya's foreign ministry reads: \"The envoy has been recalled.\"",
     "A statement from Kenya's foreign ministry", "Kenyan foreign ministry"),
])
def test_a_statement_that_reads_is_its_owners_words(analyze, text, speaker, name):
    """The parser takes "read" for a noun after the owner ("the ministry read"): before, the noun
    "statement" was the cue and "the ministry read" the speaker, or there was no quote at all."""
    (q,) = _read(analyze(text))
    assert q.speaker.text == speaker and q.speaker.name == name and q.speaker.resolved
    assert q.content.text == text.split('"')[1] and q.kind == "direct"


def test_a_statement_read_with_no_owner_is_resolved_as_the_statement_said(analyze):
    report = analyze('The army said troops were ready to leave. The statement read: "Troops will withdraw from the town."')
    (q,) = _read(report)
    assert q.speaker.text == "The statement" and q.speaker.name == "The army"


def test_a_statement_read_names_its_owner_with_no_earlier_words(analyze):
    (q,) = _read(analyze('A statement from the ministry read: "Police attacked the protesters."'))
    assert q.speaker.text == "A statement from the ministry"
    assert q.speaker.name == "the ministry" and q.speaker.sector == "GOV" and q.speaker.resolved  # as "the ministry said" is


@pytest.mark.parametrize("text", [
    'A sign on the door read: "Closed after police raided the shop."',
    'Police said the shop was shut. A sign on the door read: "Closed after police raided the shop."',
])
def test_a_sign_no_one_carries_speaks_for_no_one(analyze, text):
    """No speaker guessed (before: "sign on the door", resolved) and no event made of its words
    (before: an ASSAULT by police, asserted by the reporter)."""
    report = analyze(text)
    (q,) = _read(report)
    assert q.speaker.text == "A sign on the door" and not q.speaker.resolved and q.speaker.name is None
    assert q.claims_nothing
    assert _events(report, "ASSAULT") == []


def test_a_carried_sign_is_its_carriers_speech(analyze):
    report = analyze('Protesters carried signs that read "Police killed our sons".')
    (q,) = _read(report)
    assert q.speaker.name == "Protesters" and not q.claims_nothing
    (attack,) = _events(report, "ASSAULT")
    assert any(not isinstance(c.claimed_by, str) and c.claimed_by.name == "Protesters" for c in attack.claims)


@pytest.mark.parametrize("text, name, sector", [
    ('A statement from the Ministry of Defence read: "Rebels attacked the base overnight."', "Ministry of Defence", None),
    ('The ministry\'s statement read: "Rebels attacked the base overnight."', "The ministry", "GOV"),
    ('The minister\'s letter read, "Rebels attacked the base overnight."', "The minister", None),
])
def test_a_statement_that_reads_names_its_whole_owner(analyze, text, name, sector):
    """The owner is the head of the owner phrase ("the Ministry" of "the Ministry of Defence"; before,
    its last noun, "Defence"), and a possessor is an owner ("The ministry's statement"; before, no
    speaker)."""
    (q,) = _read(analyze(text))
    assert q.speaker.resolved and q.speaker.name == name
    assert sector is None or q.speaker.sector == sector
