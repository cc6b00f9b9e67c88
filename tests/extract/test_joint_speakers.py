"""Joint speakers of three or more parties ("Britain, France and Germany said in a joint
statement ..."), and the claims such a speaker makes: each party resolved with its own code, in
the quote, in the speech acts it keys, and in the claims it is credited with. Sentences written
for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import events_of as _events

pytestmark = pytest.mark.model
PUB = dt.date(2025, 6, 3)


@pytest.mark.parametrize("text", [
    "Britain, France and Germany said in a joint statement that the election was not free.",
    "Britain, France, and Germany said in a joint statement that the election was not free.",
])
def test_a_listed_joint_speaker_names_every_party(analyze, text):
    """Before, the comma after the first party cut the speaker to "Britain" alone, coded GBR."""
    (q,) = analyze(text).quotes
    s = q.speaker
    assert s.text == text.split(" said")[0]
    assert [p.code for p in s.parties] == ["GBR", "FRA", "DEU"]
    assert [p.text for p in s.parties] == ["Britain", "France", "Germany"]
    assert s.name == "United Kingdom, France and Germany"
    assert s.code is None and s.actor_id is None and s.sector == "GOV"


def test_a_party_the_parse_hangs_as_an_apposition_is_listed(analyze):
    """The parse hangs "the European Union" on "Canada" as an apposition, "and Japan" on it: three
    named bodies listed, not one described (before: Canada alone)."""
    (q,) = analyze("Canada, the European Union and Japan said the vote had been rigged.").quotes
    assert q.speaker.text == "Canada, the European Union and Japan"
    assert [p.code for p in q.speaker.parties] == ["CAN", "IGO", "JPN"]


def test_listed_parties_of_mixed_kinds(analyze):
    (q,) = analyze("The United States, Canada and the African Union said the vote had been rigged.").quotes
    assert [p.code for p in q.speaker.parties] == ["USA", "CAN", "IGO"]
    assert q.speaker.sector is None  # (no sector all three share)


def test_an_apposition_lists_no_party(analyze):
    """Commas with no conjunction set off a description, not a second party."""
    (q,) = analyze("Jana Novak, a spokeswoman for the ministry, said the vote had been fair.").quotes
    assert q.speaker.parties == [] and q.speaker.name == "Jana Novak"


@pytest.mark.parametrize("text", [
    "Britain, France and Germany condemned the attack on the embassy.",
    "Britain, France and Germany accused Iran of attacking the tanker.",
])
def test_a_listed_joint_speaker_acts_through_every_party(analyze, text):
    """The speech act has each party as its doer, as "Britain and France condemned" has both
    (before: the United Kingdom alone)."""
    (accuse,) = _events(analyze(text), "ACCUSE")
    assert [r.code for r in accuse.source] == ["GBR", "FRA", "DEU"]


@pytest.mark.parametrize("text, parties", [
    ("Britain, France and Germany said in a joint statement that Iran had attacked the tanker.", ["GBR", "FRA", "DEU"]),
    ("Britain and France said in a joint statement that Iran had attacked the tanker.", ["GBR", "FRA"]),
    ("Britain and France accused Iran of attacking the tanker.", ["GBR", "FRA"]),
])
def test_a_joint_speakers_claims_carry_each_party(analyze, text, parties):
    """Before, the claim named the joint text with no code, or (an accusation) its first party alone."""
    (attack,) = _events(analyze(text), "ASSAULT")
    claims = [c for c in attack.claims if c.field in ("event", "perpetrator")]
    assert claims
    for c in claims:
        assert [p.code for p in c.claimed_by_parties] == parties
        assert c.claimed_by.text == text.split(" said")[0].split(" accused")[0]


def test_one_claimer_has_no_parties(analyze):
    (attack,) = _events(analyze("Britain said Iran had attacked the tanker."), "ASSAULT")
    assert all(c.claimed_by_parties == [] for c in attack.claims)


@pytest.mark.parametrize("text, kind, codes", [
    ("Hamas and Islamic Jihad said they had fired rockets at Israel.", "ASSAULT", ["HAM", "PIJ"]),
    ("Britain and France said they would impose sanctions on Iran.", "THREATEN", ["GBR", "FRA"]),
    ("Britain, France and Germany said they would impose sanctions on Iran.", "THREATEN", ["GBR", "FRA", "DEU"]),
])
def test_a_pronoun_for_a_joint_speaker_acts_through_every_party(analyze, text, kind, codes):
    """"they" in the joint speaker's words stands for each party; before, for the joint text as one
    doer, coded by the place of the act (Israel) or by its first party (GBR)."""
    (ev,) = _events(analyze(text), kind)
    assert [r.code for r in ev.source] == codes


@pytest.mark.parametrize("text", [
    "The Quartet, the United Nations, the European Union, Russia and the United States, said the talks would resume.",
    "The Group of Seven, Britain, Canada, France, Germany, Italy, Japan and the United States, said the sanctions would stay.",
])
def test_a_list_set_off_by_commas_restates_the_head(analyze, text):
    """The list restates the body before it (its members): the body speaks, not five parties with
    the body among them (before q5's listing fix was narrowed)."""
    (q,) = analyze(text).quotes
    assert q.speaker.parties == []
    assert q.speaker.name and q.speaker.name.split()[0] in ("Quartet", "Group")


def test_a_list_closed_by_an_apposition_still_lists(analyze):
    (q,) = analyze("Britain, France and Germany, the three European signatories, said the deal was dead.").quotes
    assert [p.code for p in q.speaker.parties] == ["GBR", "FRA", "DEU"]


def test_a_contested_point_lists_each_party_of_a_joint_claimer(analyze):
    """A position a joint speaker holds is each party's, with its own code, as a position several
    claimers hold lists each (before: the joint text with no code, shown as "[GOV]" alone). The
    claim itself keeps the joint claimer, coded only by what all parties share (a claim by three
    governments is no GBR claim), and names each in ``claimed_by_parties``."""
    report = analyze("Britain, France and Germany said Iranian forces had attacked the tanker. Iran denied attacking the tanker.")
    (attack,) = _events(report, "ASSAULT")
    (point,) = [c for c in attack.contested if c.field == "perpetrator"]
    held = next(p for p in point.positions if p.value == "IRN")
    assert [r.code for r in held.claimed_by] == ["GBR", "FRA", "DEU"]
    joint = [c for c in attack.claims if c.claimed_by_parties]
    assert joint and all(c.claimed_by.code is None for c in joint)
