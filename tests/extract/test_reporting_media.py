"""A medium that only reports an act is no doer of it: the dateline's outlet ("KYIV, Feb 20
(Westwire) -", a medium: actors.py) named again as the subject of "reported", and a teller of
any kind above an act the parser hung on the dateline. Sentences of our own."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import assaults as _assaults

pytestmark = pytest.mark.model

PUB = dt.date(2025, 2, 20)


@pytest.mark.parametrize("text, teller", [
    ("KYIV, Feb 20 (Westwire) - Shelling killed two people in the city, Westwire reported, citing local officials.", "Westwire"),
    ("KYIV, Feb 20 (Westwire) - Shelling killed two people in the city, Westwire reported, quoting the governor.", "Westwire"),
    ("KYIV, Feb 20 (Westwire) - Shelling killed two people in the city, police said, citing witnesses.", "police"),
])
def test_the_teller_of_an_attack_is_not_its_doer(analyze, text, teller):
    (ev,) = _assaults(analyze(text))
    assert not any(teller in r.text for r in ev.source)
    assert ev.dead is not None and ev.dead.min == 2


def test_a_reporting_medium_is_dropped_even_where_the_dateline_is_parsed_otherwise(analyze, monkeypatch):
    """The general rule, without the dateline guard: a MED doer that is the subject of a verb of
    saying above the act only tells of it."""
    import sitrep.extract.events as events

    monkeypatch.setattr(events, "_dateline", lambda tok: False)
    (ev,) = _assaults(analyze("KYIV, Feb 20 (Westwire) - Shelling killed two people in the city, Westwire reported, citing local officials."))
    assert not any(r.sector == "MED" for r in ev.source)


@pytest.mark.parametrize("text, doer", [
    ("BAMAKO, March 3 (Sahel Daily) - Gunmen killed five villagers in the region, Sahel Daily reported, citing a local official.", "Gunmen"),
    ("Protesters set fire to tyres in the capital, the broadcaster reported, quoting witnesses.", "Protesters"),
])
def test_the_doer_named_beside_a_reporting_medium_stays(analyze, text, doer):
    ev = analyze(text).events[0]
    assert [r.text for r in ev.source] == [doer]


def test_an_outlet_that_acts_is_a_doer(analyze):
    """Police arrested the outlet's journalists: the medium is what is acted on, kept as target."""
    (ev,) = [e for e in analyze("NIAMEY, Jan 11 (Westwire) - Police arrested four Westwire journalists in the capital on Monday.").events
             if e.event == "COERCE"]
    assert [r.text for r in ev.source] == ["Police"] and [r.sector for r in ev.target] == ["MED"]
