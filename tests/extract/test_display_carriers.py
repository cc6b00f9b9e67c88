"""Signs, banners and placards: "signs" as evidence is no placard, a carried or possessed one is
its carriers' speech, and only one put up somewhere that no one carries shows words no one says
(stance "shown", no event). Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import events_of as _events

pytestmark = pytest.mark.model
PUB = dt.date(2025, 6, 3)


def _claimers(event) -> set[str]:
    return {c.claimed_by if isinstance(c.claimed_by, str) else (c.claimed_by.name or c.claimed_by.text) for c in event.claims}


@pytest.mark.parametrize("text", [
    "Early signs indicate that militants attacked the convoy near Gao on Monday.",
    "All the signs suggest that Russian troops shelled the hospital.",
    "There are signs that rebels attacked the village. Signs point to rebels having attacked the village.",
    "Preliminary signs showed that gunmen had attacked the police station.",
])
def test_signs_as_evidence_keep_the_event(analyze, text):
    """"Signs" meaning evidence is no placard: the event stays (before, it was a sign's shown words,
    and no event was made of them)."""
    report = analyze(text)
    assert _events(report, "ASSAULT")
    assert not any(q.stance == "shown" for q in report.quotes)


@pytest.mark.parametrize("text, carrier", [
    ('Hundreds of protesters marched in the capital on Monday. Their banners read: "Soldiers killed our children."', "protesters"),
    ('A woman stood outside the court. Her placard read: "Police tortured my son."', "woman"),
    ('Banners carried by protesters read: "The army shot our brothers."', "protesters"),
    ('A banner hung by students read: "Soldiers shot our classmates."', "students"),
    ("One protester's sign read: \"Police murdered my father.\"", "One protester"),
    ("The students' banners read, \"Soldiers shot our friends.\"", "The students"),
    ('Students marched through the city holding signs. One sign read: "Soldiers shot our classmates."', "Students"),
    ('Farmers waved placards outside parliament. A placard read: "Police beat our sons."', "Farmers"),
])
def test_a_carried_sign_is_its_carriers_allegation(analyze, text, carrier):
    """The possessor, the agent of "carried/hung by", or who carried such signs in the sentence
    before speaks, and the event stays as their allegation (before: stance shown, event gone)."""
    report = analyze(text)
    (q,) = [q for q in report.quotes if q.cue is not None and q.cue.text == "read"]
    assert q.stance != "shown" and q.speaker.resolved and q.speaker.name == carrier
    (attack,) = _events(report, "ASSAULT")
    assert carrier in _claimers(attack)


def test_a_sign_that_says_in_reported_speech_keeps_the_event(analyze):
    """No quotation, no colon: the words are reported, not shown (as before q5)."""
    report = analyze("A sign on the road said that rebels had blown up the bridge.")
    assert not any(q.stance == "shown" for q in report.quotes)
    assert report.events


@pytest.mark.parametrize("text", [
    'A sign on the door read: "Closed after police raided the shop."',
    'A banner outside the court read: "Police tortured our sons."',
    'A poster on the wall of the school read: "Soldiers killed our teacher."',
])
def test_a_sign_put_up_that_no_one_carries_still_shows_its_words(analyze, text):
    """The intended rule stands where the sign has a place and no carrier."""
    report = analyze(text)
    (q,) = [q for q in report.quotes if q.cue is not None and q.cue.text == "read"]
    assert q.stance == "shown" and not q.speaker.resolved
    assert _events(report, "ASSAULT") == []
