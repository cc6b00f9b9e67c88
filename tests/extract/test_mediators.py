"""A mediator's act: brokering or mediating a deal or talks is CONSULT, mode mediate (CAMEO 045,
PLOVER CONSULT), done by the mediator, whether told by the verb ("Qatar brokered a truce") or by
a participle after the deal ("a truce brokered by Qatar"); the mediator is no party the deal is
made with. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import events_of as _events

pytestmark = pytest.mark.model
PUB = dt.date(2021, 3, 8)  # a Monday


@pytest.mark.parametrize("text, mediators", [
    ("Qatar brokered a ceasefire between the two sides on Monday.", ["Qatar"]),
    ("A ceasefire brokered by Qatar took effect on Monday.", ["Qatar"]),
    ("Talks mediated by Egypt resumed in Cairo on Monday.", ["Egypt"]),
    ("The truce, brokered by Egypt and Qatar, collapsed on Monday.", ["Egypt", "Qatar"]),
    ("The deal was brokered by the African Union.", ["African Union"]),
    ("Egypt mediated talks between Israel and Hamas on Monday.", ["Egypt"]),
])
def test_brokering_or_mediating_is_the_mediators_consultation(analyze, text, mediators):
    consults = _events(analyze(text), "CONSULT")
    assert [(e.mode, [r.text for r in e.source]) for e in consults] == [("mediate", mediators)]


@pytest.mark.parametrize("text, mediator", [
    ("A ceasefire brokered by Qatar took effect on Monday.", "Qatar"),
    ("The truce, brokered by Egypt and Qatar, collapsed on Monday.", "Egypt"),
    ("The rebels and the government signed a peace deal mediated by Uganda on Friday.", "Uganda"),
])
def test_the_mediator_is_no_party_to_the_deal(analyze, text, mediator):
    (deal,) = _events(analyze(text), "AGREE")
    assert mediator not in [r.text for r in deal.target]


def test_mediation_as_a_noun_is_mediation(analyze):
    (ev,) = _events(analyze("Norway launched a mediation effort between the government and the rebels on Monday."), "CONSULT")
    assert ev.mode == "mediate" and [r.text for r in ev.source] == ["Norway"]


@pytest.mark.parametrize("text, kind", [
    ("Rebel leaders agreed to a truce after talks mediated by the African Union in the lakeside city of Goma.", "CONSULT"),
    ("The two sides signed a ceasefire in the city of Mopti on Monday.", "AGREE"),
    ("The two sides signed a ceasefire in the town of Bunia on Monday.", "AGREE"),
])
def test_a_place_told_as_the_city_of_x_is_the_venue_not_a_party(analyze, text, kind):
    (ev,) = _events(analyze(text), kind)
    assert not any(r.text in ("Goma", "Mopti", "Bunia") for r in ev.target)


def test_the_mediators_country_does_not_code_the_parties(analyze):
    # the deal is between the rebels and the government of a country not named; Uganda only mediated
    (deal,) = _events(analyze("The rebels and the government signed a peace deal mediated by Uganda on Friday."), "AGREE")
    assert [(r.text, r.code) for r in deal.source] == [("The rebels", None), ("the government", None)]


def test_a_person_described_by_a_participle_with_an_agent_is_no_act(analyze):
    # only a nominal event ("a truce brokered by X") is acted on by the participle's agent
    report = analyze("A doctor sent to Gaza by a Norwegian charity said on Monday that the clinic was full.")
    assert not _events(report, "AID") and not _events(report, "CONSULT")
