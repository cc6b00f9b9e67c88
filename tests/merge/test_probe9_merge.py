"""Merge defects the ninth unseen-article probe found (tests/data/probe9), on texts written for these
tests: a road blocked by gunmen is no protest incident; a count coordinated with a second verb is no
toll of that verb ("off two buses and shot dead nine men"); a mishap blamed names no perpetrator."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.merge import merge_reports, mentions_from_report
from sitrep.merge.cues import find_figures
from tests._helpers import analysed

pytestmark = pytest.mark.model

PUB = dt.date(2025, 3, 18)  # a Tuesday


@pytest.mark.parametrize("text", [
    "Gunmen blocked a highway in Kogi state late on Monday, forced passengers out of three buses and shot dead "
    "seven men, police said on Tuesday.\n",
    "Militants blocked the main road near Kidal on Monday and killed five drivers, officials said.\n",
])
def test_a_road_gunmen_blocked_is_no_protest_incident(pipeline, text):
    """Before, the gunmen's roadblock, the report's first event (PROTEST obstruct, no ACLED type), made the
    incident a peaceful protest with the killings left out of it."""
    (mention,) = mentions_from_report(analysed(pipeline, text))
    assert mention.family == "violence" and mention.event == "ASSAULT", mention
    (incident,) = merge_reports([analysed(pipeline, text)])
    assert incident.acled_event_type != "Protests" and incident.killed is not None and incident.killed.high in (5, 7)


def test_farmers_blocking_a_road_stay_a_protest(pipeline):
    (mention,) = mentions_from_report(analysed(pipeline, "Hundreds of farmers blocked a highway near Lyon on Monday "
                                                         "with tractors to protest against fuel prices, police said.\n"))
    assert mention.family == "protest"


@pytest.mark.parametrize("text", [
    "Gunmen forced passengers off two buses and shot dead nine men after checking their identity cards.",
    "Bandits stopped three lorries and killed the drivers, police said.",
])
def test_a_count_of_things_before_a_second_verb_is_no_toll(text):
    """Before, "off two buses and shot dead nine men" read "two buses and shot dead" as two killed."""
    killed = [f.min for f in find_figures(text) if f.field == "killed"]
    assert 2 not in killed and 3 not in killed, killed


@pytest.mark.parametrize("text, toll", [
    ("Militants killed seven civilians and wounded 19 others on Monday.", 7),
    ("Three soldiers were killed and two wounded on Monday.", 3),
])
def test_counts_of_the_dead_are_still_read(text, toll):
    assert toll in [f.min for f in find_figures(text) if f.field == "killed"]


@pytest.mark.parametrize("text", [
    "A military helicopter crashed near Gao on Tuesday, killing all 12 people on board, the army said, blaming a technical failure.\n",
    "Eleven people were killed when a bus crashed near Kano on Monday, police said, blaming heavy rain.\n",
])
def test_a_mishap_blamed_names_no_perpetrator(pipeline, text):
    """Before, "blaming a technical failure" made "technical failure" a perpetrator the army named."""
    (mention,) = mentions_from_report(analysed(pipeline, text))
    names = [c.value for c in mention.claims if c.field == "perpetrator"]
    assert not [n for n in names if "failure" in str(n) or "rain" in str(n)], names


def test_a_party_blamed_is_still_a_perpetrator(pipeline):
    (mention,) = mentions_from_report(analysed(pipeline, "Twelve soldiers were killed in an ambush near Gao on Tuesday, "
                                                         "the army said, blaming jihadist fighters.\n"))
    assert "jihadist fighters" in [c.value for c in mention.claims if c.field == "perpetrator" and c.modality == "alleged"]
