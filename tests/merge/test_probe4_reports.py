"""The fourth unseen-article probe (tests/data/probe4; wire reports written for it, no benchmark
text), in domains the first three left out: election-day clashes blamed on a rival party, a
hijacked merchant ship freed by a navy told by two outlets, a suicide bombing claimed by a named
group, diplomats expelled with sanctions (diplomacy only), a missile and drone barrage with a toll
given as a range and later revised told by two outlets, and a mass grave found after a militia's
withdrawal. Analysed end to end, each must give what a reader of it would code (only what is right
now: the defects still open are in the probe's report), and each pair is one incident."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests._helpers import VIOLENCE, assert_story_only, probe_reports

pytestmark = pytest.mark.model

PROBE = Path(__file__).parent.parent / "data" / "probe4"
PUBLISHED = {
    "election_lakewire.txt": dt.date(2025, 9, 17),
    "piracy_gulfmaritime.txt": dt.date(2024, 3, 17),
    "piracy_bharatpost.txt": dt.date(2024, 3, 16),
    "bombing_hornwire.txt": dt.date(2024, 7, 6),
    "sanctions_nordicwire.txt": dt.date(2024, 10, 22),
    "barrage_blackseawire.txt": dt.date(2024, 4, 30),
    "barrage_kyivdaily.txt": dt.date(2024, 4, 30),
    "grave_greatlakeswire.txt": dt.date(2025, 6, 12),
}


@pytest.fixture(scope="module")
def reports(pipeline):
    return probe_reports(pipeline, PROBE, PUBLISHED)


def test_no_teaser_or_byline_stays_in_the_story(reports):
    assert_story_only(reports, ("Read", "Read more", "Related", "See also", "More", "Background"))
    # "Background: Who are the M23 rebels?" was kept (it ends like a sentence) and "Background" quoted
    assert "Background" not in [a.name for a in reports["grave_greatlakeswire.txt"].actors]


def test_election_day_clashes_and_a_day_past_stays_past(reports):
    report = reports["election_lakewire.txt"]
    clash = report.events[0]
    assert clash.event == "ASSAULT" and clash.acled_event_type == "Riots"
    assert clash.date == dt.date(2025, 9, 16) and clash.location is not None and clash.location.name == "Blantyre"
    assert (clash.dead.min, clash.dead.max) == (3, 3) and (clash.injured.min, clash.injured.qualifier) == (17, "at_least")
    (accuse,) = [e for e in report.events if e.event == "ACCUSE"]
    assert [(r.code, r.sector) for r in accuse.source] == [("MWI", "OPP")]
    # "offices were set on fire ..., and police said on Monday": no future, so not the coming Monday
    assert all(e.date is None or e.date <= PUBLISHED["election_lakewire.txt"] for e in report.events), report.events


def test_a_hijacking_at_sea_told_from_two_cities_is_one_incident(reports):
    from sitrep.merge import merge_reports, mentions_from_report

    gulf = reports["piracy_gulfmaritime.txt"]
    (m,) = mentions_from_report(gulf)
    assert m.location is not None and m.location.name == "Arabian Sea", m.location  # not Mumbai, the dateline's
    (incident,) = merge_reports([gulf, reports["piracy_bharatpost.txt"]])
    assert len(incident.articles) == 2
    assert incident.date == dt.date(2024, 3, 16)
    assert "IND" in [p.code for p in incident.perpetrators]


def test_a_suicide_bombing_claimed_by_a_named_group(reports):
    from sitrep.merge import mentions_from_report

    report = reports["bombing_hornwire.txt"]
    blast = report.events[0]
    assert (blast.event, blast.acled_event_type, blast.acled_sub_event_type) == ("ASSAULT", "Explosions/Remote violence", "Suicide bomb")
    assert blast.location is not None and (blast.location.name, blast.location.country) == ("Beledweyne", "SOM")
    assert blast.date == dt.date(2024, 7, 6) and blast.dead.min == 19 and blast.injured.min == 40
    (m,) = mentions_from_report(report)
    assert {f.min for f in m.figures if f.field == "killed"} == {19, 22}
    # "The Islamist militant group al Shabaab, which is linked to al Qaeda, said": the claimer is the group
    labels = {c.claimed_by for c in m.claims}
    assert "Islamist militant group al Shabaab" in labels and not [c for c in labels if "which" in c], labels
    assert "fighters" not in [c.value for c in m.claims if c.field == "target"]


def test_an_expulsion_with_sanctions_is_diplomacy_only(reports):
    report = reports["sanctions_nordicwire.txt"]
    assert not [e for e in report.events if e.event == "ASSAULT" or e.acled_event_type in VIOLENCE], report.events
    (expel,) = [e for e in report.events if e.event == "SANCTION" and e.mode == "expel"]
    assert expel.date == dt.date(2024, 10, 22)
    assert [r.code for r in expel.source] == ["SWE"] and [r.code for r in expel.target] == ["IRN"]


def test_a_barrage_with_a_revised_toll_told_by_two_outlets(reports):
    from sitrep.merge import merge_reports

    black_sea = reports["barrage_blackseawire.txt"]
    strike = black_sea.events[0]
    assert strike.event == "ASSAULT" and strike.acled_event_type == "Explosions/Remote violence"
    assert (strike.dead.min, strike.dead.max) == (12, 15) and strike.location.name == "Odesa"
    (incident,) = merge_reports([black_sea, reports["barrage_kyivdaily.txt"]])
    assert len(incident.articles) == 2 and incident.date == dt.date(2024, 4, 30)
    figures = {f.min: f for f in incident.killed.figures}
    # the governor's first toll, eight, is outdated by his own 14; "three weeks ago ... killed five" is
    # another strike
    assert figures[8].superseded and 5 not in figures, incident.killed
    assert (incident.killed.low, incident.killed.high) == (12, 15)
    assert "killed" not in [c.field for c in incident.contested]
    assert {46} <= {f.min for f in incident.injured.figures}


def test_a_mass_grave_the_militia_denies(reports):
    from sitrep.merge import mentions_from_report

    report = reports["grave_greatlakeswire.txt"]
    (m,) = mentions_from_report(report)
    assert [f.min for f in m.figures if f.field == "killed"] == [43]
    alleged = [c.value for c in m.claims if c.field == "perpetrator" and c.modality == "alleged"]
    assert "Congolese troops and their allied militias" in alleged, alleged  # "blaming the killings on ..."
    assert "M23" in [c.value for c in m.claims if c.field == "perpetrator" and c.modality == "denied"]
    # the residents' "young men who had been detained by the rebels": the rebels did it, no target
    assert not [c for c in m.claims if c.field == "target" and c.claimed_by == "Residents"]
