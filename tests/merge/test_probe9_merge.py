"""Merge defects the ninth unseen-article probe found (tests/data/probe9), on texts written for these
tests: a road blocked by gunmen is no protest incident; a count coordinated with a second verb is no
toll of that verb ("off two buses and shot dead nine men"); a mishap blamed names no perpetrator."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.merge import merge_reports, mentions_from_report
from sitrep.merge.cues import find_figures, tells_violence
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


@pytest.mark.parametrize("text", [
    "Hundreds of police officers blocked the main roads in Nairobi on Monday to demand unpaid wages.\n",
    "Soldiers blocked the road to the airport in Niamey on Monday in protest over unpaid bonuses.\n",
])
def test_forces_blocking_roads_to_press_their_own_demand_are_a_protest(pipeline, text):
    """Police or soldiers who block roads over their pay protest as anyone does (ACLED codes them so): the
    roadblock rule needs forces barring a way, not forces told as protesting (p9's rule took both)."""
    (mention,) = mentions_from_report(analysed(pipeline, text))
    assert mention.family == "protest", mention
    (incident,) = merge_reports([analysed(pipeline, text)])
    assert incident.event_type == "Peaceful protest", incident.event_type


def test_farmers_blocking_a_road_stay_a_protest(pipeline):
    (mention,) = mentions_from_report(analysed(pipeline, "Hundreds of farmers blocked a highway near Lyon on Monday "
                                                         "with tractors to protest against fuel prices, police said.\n"))
    assert mention.family == "protest"


@pytest.mark.parametrize("text, toll", [
    ("Gunmen forced passengers off two buses and killed nine men, police said.", 9),
    ("Bandits stopped three lorries and killed the drivers, police said.", None),
])
def test_a_count_of_things_before_a_second_verb_is_no_toll(text, toll):
    """Before, "off two buses and shot dead nine men" read "two buses and shot dead" as two killed; the
    count of the second verb is still read."""
    killed = [f.min for f in find_figures(text) if f.field == "killed"]
    assert killed == ([toll] if toll else []), killed


def test_the_toll_of_a_count_before_a_second_verb_reaches_the_incident(pipeline):
    text = "Gunmen stopped two buses near Quetta on Monday and shot dead nine men, police said.\n"
    (incident,) = merge_reports([analysed(pipeline, text)])
    assert incident.killed is not None and [(f.min, f.max) for f in incident.killed.figures] == [(9, 9)], incident.killed


@pytest.mark.parametrize("text, field, count", [
    ("At least 25 women and children were killed in the shelling.", "killed", 25),
    ("Eleven police and soldiers were killed in the ambush.", "killed", 11),
    ("Eight traders or drivers were wounded in the blast.", "injured", 8),
    ("About 60 students and teachers were arrested during the protest.", "arrested", 60),
])
def test_a_count_of_coordinated_nouns_is_read(text, field, count):
    """"25 women and children were killed": the coordinator joins two nouns counted together, no second
    verb, so the count stands (p9's rule barred any coordinator among the counted words)."""
    assert count in [f.min for f in find_figures(text) if f.field == field], find_figures(text)


def test_a_rival_figure_of_coordinated_nouns_reaches_the_incident(pipeline):
    """A hospital's rival toll told of "men and women" is read beside the police's (p9 lost it)."""
    text = ("Gunmen killed 10 people in the village of Dogo on Monday, police said. Hospital officials said on "
            "Tuesday that 13 men and women had died.\n")
    (incident,) = merge_reports([analysed(pipeline, text)])
    assert incident.killed is not None and {f.min for f in incident.killed.figures} >= {10, 13}, incident.killed


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


@pytest.mark.parametrize("text", [
    "Gunmen killed 14 worshippers at a mosque in Kano on Friday after security failures let them in.",
    "Twelve soldiers were killed in an attack on a base near Gao, which officials blamed on an intelligence failure.",
])
def test_a_failure_blamed_tells_no_mishap(text):
    """A failure is what a mishap may be blamed on, not a mishap told: a lead with "security failures" still
    tells violence (failure and malfunction are events.yaml mishap_causes, not accident_heads)."""
    assert tells_violence(text)


def test_a_party_blamed_is_still_a_perpetrator(pipeline):
    (mention,) = mentions_from_report(analysed(pipeline, "Twelve soldiers were killed in an ambush near Gao on Tuesday, "
                                                         "the army said, blaming jihadist fighters.\n"))
    assert "jihadist fighters" in [c.value for c in mention.claims if c.field == "perpetrator" and c.modality == "alleged"]
