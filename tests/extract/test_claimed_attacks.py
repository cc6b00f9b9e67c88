"""An armed group's spokesman speaks for the group; an attack claimed before it is told is done by
its claimer when no other doer is named. Sentences written for these tests, about no one attack."""
from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model
PUB = dt.date(2021, 3, 8)  # a Monday


def test_the_groups_spokesman_speaks_for_the_group_and_its_claim_names_the_doer(analyze):
    report = analyze("Al-Shabaab claimed the attack. The group's spokesman said 20 soldiers were killed.")
    (ev,) = report.events
    assert ev.event == "ASSAULT" and [(r.code, r.sector) for r in ev.source] == [("SHB", "REB")]
    spokesman = next(q.speaker for q in report.quotes if q.speaker.text == "The group's spokesman")
    assert (spokesman.code, spokesman.sector) == ("SHB", "REB")  # not a government's
    (toll,) = [c for c in ev.claims if c.field == "dead"]
    assert getattr(toll.claimed_by, "code", None) == "SHB"
    assert any(c.field == "perpetrator" and c.value and getattr(c.claimed_by, "code", None) == "SHB" for c in ev.claims)


def test_a_ministrys_spokesman_stays_a_government_speaker(analyze):
    report = analyze("Al-Shabaab claimed the attack. The ministry's spokesman said 20 soldiers were killed.")
    spokesman = next(q.speaker for q in report.quotes if q.speaker.text == "The ministry's spokesman")
    assert spokesman.sector == "GOV" and spokesman.code != "SHB"


def test_a_claim_does_not_take_over_an_attack_whose_doer_is_named(analyze):
    report = analyze("Al-Shabaab claimed the attack. Separately, police shot dead two robbers in Nairobi.")
    (ev,) = report.events
    assert [r.sector for r in ev.source] == ["POL"]
    assert not any(c.field == "perpetrator" and getattr(c.claimed_by, "code", None) == "SHB" for c in ev.claims)


def test_a_spokesman_for_the_group_and_a_hyphenated_name_speak_for_the_group(analyze):
    report = analyze("Al-Shabaab claimed the attack. A spokesman for the group said 20 soldiers were killed.")
    speakers = {q.speaker.text: (q.speaker.code, q.speaker.sector) for q in report.quotes}
    # "Al-Shabaab" as a whole is the claimer's name (not "Shabaab" with no code)
    assert speakers == {"Al-Shabaab": ("SHB", "REB"), "A spokesman for the group": ("SHB", "REB")}


@pytest.mark.parametrize("text, code, sector", [
    ("A spokesman for the Ethiopian army said the deal would hold.", "ETH", "MIL"),
    ("A spokesman for the Tigrayan forces said the deal would hold.", "ETH", "REB"),
    ("A spokesman for Al-Shabaab said the deal would fail.", "SHB", "REB"),
    ("A spokeswoman for Kenya said the border would reopen.", "KEN", "GOV"),
])
def test_a_spokesperson_for_a_named_body_speaks_for_it(analyze, text, code, sector):
    (q,) = analyze(text).quotes
    assert (q.speaker.code, q.speaker.sector) == (code, sector)


@pytest.mark.parametrize("text", [
    "A spokesman for Kenya and Uganda said the deal would hold.",  # two bodies: for neither alone
    "A spokesman for the ministry said the deal would hold.",  # a body the codebook does not name
])
def test_a_spokesperson_for_no_one_named_body_takes_no_code(analyze, text):
    (q,) = analyze(text).quotes
    assert q.speaker.code is None
