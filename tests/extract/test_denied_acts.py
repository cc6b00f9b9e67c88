"""A denial of an act ("Police denied firing on the protesters", "The army denied blocking the
aid convoy") is a claim, with modality denied, on the act denied, not a REJECT; when another
source tells the act as done, the event is contested. Shots aimed by a preposition ("fired on
the crowd", "opened fire at a bus") are attacks. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.lexicon import load_event_lexicon
from tests._helpers import events_of as _events

pytestmark = pytest.mark.model
PUB = dt.date(2021, 3, 8)  # a Monday


def _types(report) -> list[str]:
    return [e.event for e in report.events]


@pytest.mark.parametrize("text, kind, victim", [
    ("Police fired on protesters in Lagos on Monday.", "ASSAULT", "protesters"),
    ("Soldiers fired at the crowd outside the stadium.", "ASSAULT", "the crowd"),
    ("Troops opened fire on the marchers near the bridge.", "ASSAULT", "the marchers"),
])
def test_fire_aimed_by_a_preposition_is_an_attack_on_its_object(analyze, text, kind, victim):
    (ev,) = analyze(text).events
    assert ev.event == kind and ev.mode == "firearms"
    assert [r.text for r in ev.target] == [victim]


@pytest.mark.parametrize("text", [
    "The president fired the minister on Monday.",  # dismissed, and "on Monday" is a time
    "The company fired workers at the plant.",  # an object of its own: no one fired on
])
def test_fire_with_an_object_or_a_time_is_no_attack(analyze, text):
    assert "ASSAULT" not in _types(analyze(text))


@pytest.mark.parametrize("text, kind, denier", [
    ("Police denied firing on the protesters.", "ASSAULT", "Police"),
    ("The army denied blocking the aid convoy.", "PROTEST", "The army"),
    ("Police denied detaining the journalist.", "COERCE", "Police"),
])
def test_an_act_denied_is_an_event_claimed_denied_not_a_rejection(analyze, text, kind, denier):
    report = analyze(text)
    assert "REJECT" not in _types(report)
    (ev,) = [e for e in report.events if e.event == kind]
    told = [c for c in ev.claims if c.field == "event"]
    assert told and all(c.modality == "denied" for c in told)
    assert {c.claimed_by.text for c in told} == {denier}
    assert [r.text for r in ev.source] == [denier]  # the doer the denial speaks of (its claim says denied)


@pytest.mark.parametrize("text, kind, denier, other", [
    ("Hamas denied holding talks with Israel on Monday.", "CONSULT", "Hamas", "Israel"),
    ("Iran denied holding secret talks with the United States.", "CONSULT", "Iran", "United States"),
    ("The government denied that it had held talks with the rebels.", "CONSULT", "The government", "the rebels"),
    ("Russia denied reaching a deal with Turkey over Syria.", "AGREE", "Russia", "Turkey"),
])
def test_talks_or_a_deal_denied_are_that_act_denied_by_its_doer(analyze, text, kind, denier, other):
    report = analyze(text)
    assert _types(report) == [kind]
    (ev,) = report.events
    assert [c.modality for c in ev.claims if c.field == "event"] == ["denied"]
    assert [r.text for r in ev.source] == [denier] and [r.text for r in ev.target] == [other]


def test_a_meeting_denied_has_no_perpetrator_claim(analyze):
    (ev,) = analyze("The minister denied meeting the opposition leader.").events
    assert ev.event == "CONSULT" and [r.text for r in ev.source] == ["The minister"]
    assert [c.modality for c in ev.claims if c.field == "event"] == ["denied"]
    assert not [c for c in ev.claims if c.field == "perpetrator"]


def test_a_doer_told_replaces_the_denier_of_the_act(analyze):
    report = analyze("The army denied shelling the village on Monday. Witnesses said rebels shelled the village on Monday.")
    (ev,) = [e for e in report.events if e.event == "ASSAULT"]
    assert [r.text for r in ev.source] == ["rebels"]


def test_a_role_denied_in_an_attack_told_only_there_keeps_the_attack_without_a_doer(analyze):
    report = analyze("The Taliban denied any role in the bombing of a market in Kabul on Sunday.")
    assert _types(report) == ["ASSAULT"]
    (ev,) = report.events
    assert not any(r.text == "The Taliban" or r.code == "TAL" for r in ev.source)
    assert [c.modality for c in ev.claims if c.field == "event"] == ["asserted"]
    assert [(c.claimed_by.text, c.modality) for c in ev.claims if c.field == "perpetrator"] == [("Taliban", "denied")]


def test_an_act_told_by_witnesses_and_denied_is_contested(analyze):
    report = analyze("Police fired on protesters in Lagos on Monday, witnesses said. "
                     "Police denied firing on the protesters.")
    assert _types(report) == ["ASSAULT"]
    (ev,) = report.events
    (contested,) = [c for c in ev.contested if c.field == "event"]
    positions = {p.value: [getattr(x, "text", x) for x in p.claimed_by] for p in contested.positions}
    assert positions == {"ASSAULT": ["witnesses"], "not ASSAULT": ["Police"]}


@pytest.mark.parametrize("text", [
    "The ministry rejected the proposal.",  # a proposal refused: a REJECT
    "The government denied the accusations.",  # what was said, no act named
    "The minister denied saying that the talks had failed.",  # a statement denied, no act
])
def test_denials_of_no_act_stay_rejections(analyze, text):
    assert _types(analyze(text)) == ["REJECT"]


def test_an_act_told_once_is_not_contested(analyze):
    (ev,) = analyze("Police fired on protesters in Lagos on Monday, witnesses said.").events
    assert ev.contested == []


def test_the_aimed_fire_frames_are_data():
    lex = load_event_lexicon()
    assert lex.aimed_fire == {"fire": frozenset({"on", "at", "upon", "across", "into"})}
    assert {"air", "sky"} <= lex.aimless_fire


def test_a_denier_is_no_doer_of_an_act_others_told_without_one(analyze):
    report = analyze("Shells struck a market in the town on Monday, killing four people. "
                     "The army denied shelling the market.")
    (ev,) = [e for e in report.events if e.event == "ASSAULT"]
    assert ev.source == []
    assert [(c.claimed_by.text, c.modality) for c in ev.claims if c.field == "perpetrator"] == [("The army", "denied")]


def test_a_denier_told_first_is_no_doer_of_an_act_then_told_as_done(analyze):
    report = analyze("The army denied shelling the market. "
                     "Shells struck a market in the town on Monday, killing four people, medics said.")
    (ev,) = [e for e in report.events if e.event == "ASSAULT"]
    assert ev.source == []


@pytest.mark.parametrize("text, denier, met", [
    ("The army denied meeting officials of the opposition on Monday.", "The army", "officials"),
    ("The minister denied meeting rebel leaders in Nairobi.", "The minister", "rebel leaders"),
])
def test_a_meeting_denied_whose_gerund_the_parser_made_a_modifier_is_the_meeting_denied(analyze, text, denier, met):
    # "meeting" parsed as a noun before its object: still the act denied, not a rejection
    report = analyze(text)
    assert _types(report) == ["CONSULT"]
    (ev,) = report.events
    assert ev.mode == "meet"
    assert [(c.claimed_by.text, c.modality) for c in ev.claims if c.field == "event"] == [(denier, "denied")]
    assert [r.text for r in ev.source] == [denier] and [r.text for r in ev.target] == [met]


def test_a_denial_of_reports_of_a_meeting_is_no_meeting(analyze):
    assert "CONSULT" not in _types(analyze("The ministry denied meeting reports."))  # reports denied, no act


@pytest.mark.parametrize("text, denier", [
    ("Soldiers seized power in a coup on Monday. The army denied any role in the coup.", "The army"),
    ("Officers staged a coup on Monday. The navy denied any involvement in the putsch.", "The navy"),
    ("Police arrested ten protesters on Monday. The army denied any role in the arrests.", "The army"),
])
def test_a_denied_role_in_a_forcible_act_told_before_is_a_denied_doer_of_that_act(analyze, text, denier):
    report = analyze(text)
    (ev,) = _events(report, "COERCE")
    assert [(c.claimed_by.text, c.modality) for c in ev.claims if c.field == "perpetrator"] == [(denier, "denied")]
    assert denier not in [r.text for r in ev.source]


def test_a_denied_role_in_a_coup_told_nowhere_else_tells_the_coup_with_its_doer_open(analyze):
    (ev,) = analyze("The army denied any role in the coup.").events
    assert (ev.event, ev.mode) == ("COERCE", "seize") and not ev.source
    assert [(c.claimed_by.text, c.modality) for c in ev.claims if c.field == "perpetrator"] == [("The army", "denied")]


def test_an_arrest_denied_whose_gerund_the_parser_made_a_modifier_is_the_arrest_denied(analyze):
    report = analyze("Police denied arresting protesters on Monday.")
    assert _types(report) == ["COERCE"]
    (ev,) = report.events
    assert ev.mode == "arrest" and [r.text for r in ev.source] == ["Police"] and [r.text for r in ev.target] == ["protesters"]
    assert {c.modality for c in ev.claims if c.field == "event"} == {"denied"}
