"""The eighth unseen-article probe (tests/data/probe8; wire reports written for it, no benchmark
text), in domains the first seven left out: an ambush on UN peacekeepers told by two outlets (the
mission's toll and a higher one a day later, the attackers named by the mission and denying it), a
rebel group taking a town, a mob lynching suspected thieves, a waterfront community demolished by
bulldozers under police guard, farmers blocking border crossings with tractors, an air strike on a
market with a denial and rival tolls, and rebels blowing up a railway line with no one killed.
Analysed end to end, each must give what a reader of it would code (only what is right now: the
defects still open are in the probe's report)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests._helpers import (
    VIOLENCE,
    assert_story_only,
    figures_of as _figures,
    incident_of as _incident_of,
    probe_reports,
    quote_with,
    speaker_of as _speaker,
)

pytestmark = pytest.mark.model

PROBE = Path(__file__).parent.parent / "data" / "probe8"
PUBLISHED = {
    "peacekeepers_centralafricawire.txt": dt.date(2024, 10, 8),
    "peacekeepers_oubanguitimes.txt": dt.date(2024, 10, 9),
    "town_irrawaddypost.txt": dt.date(2024, 1, 15),
    "lynching_kampalamonitor.txt": dt.date(2024, 8, 20),
    "eviction_lagosledger.txt": dt.date(2024, 3, 6),
    "tractors_danubewire.txt": dt.date(2024, 2, 21),
    "airstrike_darfurdispatch.txt": dt.date(2024, 6, 10),
    "railway_eastindiapost.txt": dt.date(2023, 12, 4),
}


@pytest.fixture(scope="module")
def reports(pipeline):
    return probe_reports(pipeline, PROBE, PUBLISHED)


@pytest.fixture(scope="module")
def incidents(reports):
    from sitrep.merge import merge_reports

    return merge_reports(list(reports.values()))


def test_no_teaser_or_byline_stays_in_the_story(reports):
    assert_story_only(reports, ("Read more", "Related", "See also"))


def test_an_ambush_on_peacekeepers_told_by_the_un_mission(reports):
    report = reports["peacekeepers_centralafricawire.txt"]
    ambush = report.events[0]
    # rebels firing on armed UN troops: a fight between armed sides, as ACLED codes attacks on peacekeepers
    assert ambush.event == "ASSAULT" and ambush.acled_event_type in VIOLENCE and ambush.acled_sub_event_type != "Attack"
    assert ambush.date == dt.date(2024, 10, 7)
    # "peacekeepers from Morocco": where they come from, not where they were ambushed (fixed in p8)
    assert ambush.location is not None and (ambush.location.name, ambush.location.country) == ("Bangassou", "CAF")
    assert (ambush.dead.min, ambush.dead.max) == (3, 3) and (ambush.injured.min, ambush.injured.max) == (5, 5)
    assert [(r.code, r.sector) for r in ambush.source][:1] == [("CAF", "REB")]
    assert "IGO" in [r.code for r in ambush.target]
    assert len([e for e in report.events if e.event == "ASSAULT"]) == 1  # one ambush, not one per clause
    assert _speaker(report, "may constitute war crimes") == "Valentine Rugwabiza"
    assert _speaker(report, "must be identified and held accountable") == "Valentine Rugwabiza"
    assert _speaker(report, "People are afraid to travel") == "Jean-Pierre Koyassambia"
    denial = quote_with(report, "the group had been involved")
    assert denial.stance == "deny" and denial.speaker.name == "Ali Darassa Ngaikossé"
    assert [e for e in report.events if e.event == "ACCUSE" and e.source and e.source[0].name == "Antonio Guterres"]


def test_the_same_ambush_told_a_day_later_with_a_higher_toll(reports):
    report = reports["peacekeepers_oubanguitimes.txt"]
    ambush = report.events[0]
    assert ambush.event == "ASSAULT" and ambush.acled_event_type in VIOLENCE
    assert ambush.date == dt.date(2024, 10, 7)  # "on Monday afternoon", published on Wednesday
    # the hospital a wounded soldier died in is not where the convoy was attacked (fixed in p8)
    assert ambush.location is None or ambush.location.name != "Bangui"
    assert (ambush.dead.min, ambush.dead.max) == (4, 4)
    assert "MAR" in [r.code for r in ambush.target]
    assert _speaker(report, "They were waiting for them in the forest") == "Prefect Evariste Ngaté"
    assert _speaker(report, "We ran into the bush") == "Marie Zongo"
    assert _speaker(report, "will find no refuge") == "Maxime Balalou"
    assert quote_with(report, "the accusation").stance == "deny"
    blame = [e for e in report.events if e.event == "ACCUSE"]
    assert blame and [(r.code, r.sector) for r in blame[0].source] == [("CAF", "GOV")]


def test_the_two_reports_of_the_ambush_are_one_incident(reports, incidents):
    wire, times = "peacekeepers_centralafricawire.txt", "peacekeepers_oubanguitimes.txt"
    incident = _incident_of(incidents, reports, wire)
    assert sorted(a.outlet for a in incident.articles) == ["Central Africa Wire", "Oubangui Times"]
    assert incident.date == dt.date(2024, 10, 7) and incident.acled_event_type == "Battles"
    assert incident.location is not None and (incident.location.name, incident.location.country) == ("Bangassou", "CAF")
    assert {(3, "exact"), (4, "exact")} <= _figures(incident.killed), incident.killed
    assert incident.killed.high == 4 and "killed" in [c.field for c in incident.contested]
    assert _figures(incident.injured) == {(5, "exact")}
    assert _incident_of(incidents, reports, times) is incident


def test_a_rebel_group_takes_a_town(reports):
    report = reports["town_irrawaddypost.txt"]
    taken = [e for e in report.events if e.acled_sub_event_type == "Non-state actor overtakes territory"]
    assert taken, report.events
    assert taken[0].date == dt.date(2024, 1, 14)  # "on Sunday", published on Monday
    assert [(r.code, r.sector) for r in taken[0].source] == [("AA", "REB")]
    assert taken[0].location is not None and taken[0].location.country == "MMR"
    withdrawal = [e for e in report.events if e.event == "RETREAT"]
    assert withdrawal and withdrawal[0].source[0].sector == "MIL"
    assert quote_with(report, "temporarily withdrawn").speaker.sector == "MED"
    assert _speaker(report, "more than 10,000 people had been displaced") == "United Nations"


def test_a_mob_lynches_two_suspected_thieves(reports, incidents):
    report = reports["lynching_kampalamonitor.txt"]
    lynching = report.events[0]
    assert (lynching.event, lynching.acled_event_type, lynching.acled_sub_event_type) == ("PROTEST", "Riots", "Mob violence")
    assert lynching.date == dt.date(2024, 8, 19)  # "on Monday night", published on Tuesday
    assert (lynching.dead.min, lynching.dead.max) == (2, 2)
    assert [(r.code, r.sector) for r in lynching.source] == [("UGA", "CVL")]
    assert lynching.location is not None and lynching.location.country == "UGA"
    assert _speaker(report, "Nobody has the right to take the law") == "Rogers Taitika"
    assert _speaker(report, "People reported to the police many times") == "Moses Wanyera"
    incident = _incident_of(incidents, reports, "lynching_kampalamonitor.txt")
    assert _figures(incident.killed) == {(2, "exact")} and _figures(incident.arrested) == {(12, "exact")}


def test_a_waterfront_community_demolished_under_police_guard(reports, incidents):
    report = reports["eviction_lagosledger.txt"]
    demolition = report.events[0]
    # "bulldozers backed by armed police demolished hundreds of homes": the police's act (fixed in p8; before, no event)
    assert (demolition.event, demolition.mode) == ("COERCE", "destroy")
    assert demolition.date == dt.date(2024, 3, 5)
    assert demolition.location is not None and (demolition.location.name, demolition.location.country) == ("Lagos", "NGA")
    assert [(r.code, r.sector) for r in demolition.source][:1] == [("NGA", "POL")]
    shooting = [e for e in report.events if e.event == "ASSAULT" and e.mode == "firearms"]
    assert shooting and "event" in [c.field for c in shooting[0].contested]  # the police deny anyone was shot
    assert quote_with(report, "anyone had been shot").stance == "deny"
    assert _speaker(report, "We were given only seven days") == "Celestine Ahisu"
    assert _speaker(report, "ample notice to relocate") == "Tokunbo Wahab"
    incident = _incident_of(incidents, reports, "eviction_lagosledger.txt")
    assert _figures(incident.arrested) == {(11, "exact"), (17, "at_least")} and "arrested" in [c.field for c in incident.contested]


def test_farmers_block_border_crossings_and_no_one_is_hurt(reports, incidents):
    report = reports["tractors_danubewire.txt"]
    blockade = report.events[0]
    assert (blockade.event, blockade.mode, blockade.acled_sub_event_type) == ("PROTEST", "obstruct", "Peaceful protest")
    assert blockade.date == dt.date(2024, 2, 20)
    assert [(r.code, r.sector) for r in blockade.source][:1] == [("POL", "CVL")]
    assert blockade.size is not None and (blockade.size.qualifier, blockade.size.text) == ("at_least", "Thousands")
    assert not [e for e in report.events if e.event == "ASSAULT" or e.acled_event_type in VIOLENCE]
    called = [e for e in report.events if e.event == "THREATEN" and e.mode == "demonstrate"]
    assert called and called[0].hypothetical and called[0].date == dt.date(2024, 2, 27) and called[0].location.name == "Warsaw"
    assert _speaker(report, "Spilling Ukrainian grain is not a protest") == "Donald Tusk"
    assert _speaker(report, "We will stay here until the border") == "Tomasz Obszański"
    incident = _incident_of(incidents, reports, "tractors_danubewire.txt")
    # "No one was hurt": nobody, not one injured (fixed in p8)
    assert incident.injured is None or incident.injured.high in (0, None), incident.injured
    assert incident.killed is None or incident.killed.high in (0, None)


def test_an_air_strike_on_a_market_with_rival_tolls_and_a_denial(reports, incidents):
    report = reports["airstrike_darfurdispatch.txt"]
    strike = report.events[0]
    assert (strike.event, strike.mode, strike.acled_sub_event_type) == ("ASSAULT", "aerial", "Air/drone strike")
    assert strike.date == dt.date(2024, 6, 9)  # "on Sunday", published on Monday
    assert strike.location is not None and strike.location.country == "SDN" and strike.location.text == "Kabkabiya"
    assert (strike.dead.min, strike.dead.qualifier) == (40, "at_least")
    assert [(r.code, r.sector) for r in strike.source][:1] == [("SDN", "MIL")]
    assert "CVL" in [r.sector for r in strike.target]
    rival = [c for c in strike.claims if c.field == "dead" and c.value.min == 52]
    assert rival and getattr(rival[0].claimed_by, "text", rival[0].claimed_by) == "The RSF"
    assert "dead" in [c.field for c in strike.contested]
    # the lead's words are the volunteers', not the dateline (fixed in p8)
    assert quote_with(report, "killed at least 40 civilians").speaker.text == "a local volunteer group"
    assert _speaker(report, "legitimate military targets") == "Nabil Abdallah"
    assert _speaker(report, "The market was full") == "Adam Haroun"
    incident = _incident_of(incidents, reports, "airstrike_darfurdispatch.txt")
    assert (incident.killed.low, incident.killed.high) == (40, 52)


def test_rebels_blow_up_a_railway_and_no_one_is_killed(reports, incidents):
    report = reports["railway_eastindiapost.txt"]
    blast = [e for e in report.events if e.acled_sub_event_type == "Remote explosive/landmine/IED"]
    assert blast and blast[0].location is not None and blast[0].location.country == "IND"
    sabotage = report.events[0]
    assert sabotage.date == dt.date(2023, 12, 3)  # "early on Sunday", published on Monday
    assert [(r.code, r.sector) for r in sabotage.source][:1] == [("IND", "REB")]
    assert not [e for e in report.events if e.dead is not None and e.dead.min]
    assert _speaker(report, "The rebels used a powerful improvised explosive") == "Ashutosh Shekhar"
    assert _speaker(report, "Passengers were stranded") == "Sunita Devi"
    incident = _incident_of(incidents, reports, "railway_eastindiapost.txt")
    # "No one was killed": a toll of nought, not of one (fixed in p8)
    assert incident.killed is not None and (incident.killed.low, incident.killed.high) == (0, 0)


def test_no_incident_mixes_two_stories(reports, incidents):
    stories = {report.article.id: name.split("_")[0] for name, report in reports.items()}
    assert all(len({stories[a.id] for a in i.articles}) == 1 for i in incidents), [[a.outlet for a in i.articles] for i in incidents]
    assert sorted(len(i.articles) for i in incidents if stories[i.articles[0].id] == "peacekeepers") == [2]
