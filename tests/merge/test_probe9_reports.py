"""The ninth unseen-article probe (tests/data/probe9; wire reports written for it, no benchmark text),
in domains the first eight left out: an army helicopter lost in the Sahel told by two outlets (the
army's toll and its technical failure, a higher toll a day later and jihadists claiming to have shot
it down), a cattle raid between pastoral communities, the killing of a polio vaccinator and her police
guard, riots after police shot a motorcycle taxi driver, gunmen pulling passengers off buses, a mob
burning homes over a rumoured church, and an activist abducted by men in plain clothes. Analysed end
to end, each must give what a reader of it would code (only what is right now: the defects still open
are in the probe's report)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests._helpers import (
    VIOLENCE,
    assaults as _assaults,
    assert_story_only,
    figures_of as _figures,
    incident_of as _incident_of,
    probe_reports,
    quote_with,
    speaker_of as _speaker,
)

pytestmark = pytest.mark.model

PROBE = Path(__file__).parent.parent / "data" / "probe9"
PUBLISHED = {
    "helicopter_saheltribune.txt": dt.date(2024, 11, 13),
    "helicopter_nigerriverwire.txt": dt.date(2024, 11, 14),
    "cattle_southsudanmirror.txt": dt.date(2025, 2, 4),
    "vaccinators_frontierpost.txt": dt.date(2024, 4, 23),
    "riots_guineastandard.txt": dt.date(2024, 7, 10),
    "bus_industimes.txt": dt.date(2025, 3, 18),
    "homes_nileobserver.txt": dt.date(2025, 6, 17),
    "activist_southernafricaherald.txt": dt.date(2024, 9, 5),
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


def test_a_helicopter_crash_the_army_blames_on_a_technical_failure(reports):
    report = reports["helicopter_saheltribune.txt"]
    # "crashed ..., killing all 12 people on board": a mishap, no one's act; the one attack is the one JNIM claims
    (claimed,) = _assaults(report)
    assert claimed.acled_event_type in VIOLENCE and [(r.code, r.sector) for r in claimed.target] == [("MLI", "MIL")]
    assert {c.field for c in claimed.claims} >= {"event", "perpetrator"}
    assert quote_with(report, "its fighters had shot down").speaker.code == "JNIM"
    assert _speaker(report, "Preliminary findings point to a technical problem") == "Souleymane Dembélé"
    assert _speaker(report, "The nation bows before the memory") == "Assimi Goïta"
    assert quote_with(report, "We heard shooting").speaker.sector == "CVL"


def test_the_same_crash_told_a_day_later_with_a_higher_toll_and_a_shoot_down(reports):
    report = reports["helicopter_nigerriverwire.txt"]
    # "killed when a Malian military helicopter came down": a mishap told (fixed in p9; before, an air strike by Mali)
    assert not [e for e in report.events if e.acled_sub_event_type == "Air/drone strike"]
    assert not [r for e in _assaults(report) for r in e.source if r.code == "MLI"]
    claimed = [e for e in _assaults(report) if any(r.code == "JNIM" for r in e.source)]
    assert claimed and claimed[0].acled_event_type in VIOLENCE
    # "no evidence the aircraft had been attacked": no attack asserted by the army (fixed in p9)
    assert not [c for e in report.events for c in e.claims
                if c.field == "event" and "army" in str(getattr(c.claimed_by, "text", c.claimed_by)).lower() and c.modality == "asserted"]
    assert _speaker(report, "The helicopter was hit in the tail rotor") == "senior officer at the Timbuktu garrison"
    assert _speaker(report, "The whole village is in shock") == "Hamadoun Maïga"
    assert _speaker(report, "Admitting that JNIM can bring down") == "Ousmane Sidibé"


def test_the_two_reports_of_the_crash_are_one_incident(reports, incidents):
    tribune, wire = "helicopter_saheltribune.txt", "helicopter_nigerriverwire.txt"
    incident = _incident_of(incidents, reports, tribune)
    assert sorted(a.outlet for a in incident.articles) == ["Niger River Wire", "Sahel Tribune"]
    assert _incident_of(incidents, reports, wire) is incident
    assert incident.date == dt.date(2024, 11, 12)
    assert incident.location is not None and (incident.location.name, incident.location.country) == ("Goundam", "MLI")
    assert {(12, "exact"), (14, "exact")} <= _figures(incident.killed) and incident.killed.high == 14
    assert "killed" in [c.field for c in incident.contested]
    assert "JNIM" in [p.code for p in incident.perpetrators]
    # "blaming a technical failure": a mishap blamed, no perpetrator (fixed in p9)
    assert not [p for p in incident.perpetrators if "failure" in p.name]


def test_a_cattle_raid_told_over_the_weekend(reports, incidents):
    report = reports["cattle_southsudanmirror.txt"]
    raid = report.events[0]
    assert raid.event == "ASSAULT" and raid.acled_event_type in VIOLENCE
    # "over the weekend, a local official said on Tuesday": not the Tuesday of the telling (fixed in p9); the raid's
    # Sunday, "at dawn on Sunday", told in the next sentence
    assert raid.date == dt.date(2025, 2, 2)
    assert raid.location is not None and (raid.location.name, raid.location.country) == ("Jonglei", "SSD")
    assert (raid.dead.min, raid.dead.qualifier) == (37, "at_least") and raid.injured.min == 20
    assert "CVL" in [r.sector for r in raid.source]
    denial = quote_with(report, "young men from the area were involved")
    assert denial.stance == "deny" and denial.speaker.name == "Kelvin Lokuju"
    assert _speaker(report, "They came with guns and surrounded the camps") == "Gabriel Mabior"
    assert _speaker(report, "We urge community leaders") == "United Nations"
    assert _speaker(report, "We have lost everything") == "Nyandeng Ajak"
    incident = _incident_of(incidents, reports, "cattle_southsudanmirror.txt")
    assert incident.date == dt.date(2025, 2, 2) and _figures(incident.killed) == {(37, "at_least")}


def test_a_polio_vaccinator_and_her_guard_shot_dead(reports, incidents):
    report = reports["vaccinators_frontierpost.txt"]
    attack = _assaults(report)[0]
    assert attack.acled_sub_event_type == "Attack" and attack.location is not None and attack.location.name == "Bajaur"
    sit_in = [e for e in report.events if e.event == "PROTEST"]
    assert sit_in and sit_in[0].acled_sub_event_type == "Peaceful protest" and sit_in[0].date == dt.date(2024, 4, 23)
    assert sit_in[0].size is not None and (sit_in[0].size.qualifier, sit_in[0].size.text) == ("at_least", "Dozens")
    assert _speaker(report, "The attackers fled on their motorcycle") == "Nazir Khan"
    condemned = quote_with(report, "the killing")
    assert condemned.stance == "condemn" and condemned.speaker.name == "Qasim Ali Shah"
    assert quote_with(report, "Every attack on a vaccinator").speaker.code == "IGO"
    incident = _incident_of(incidents, reports, "vaccinators_frontierpost.txt")
    assert incident.date == dt.date(2024, 4, 22)  # "on Monday", published on Tuesday
    assert _figures(incident.arrested) == {(3, "exact")}


def test_riots_after_police_shoot_a_driver(reports, incidents):
    report = reports["riots_guineastandard.txt"]
    shooting = report.events[0]
    assert shooting.event == "ASSAULT" and [(r.code, r.sector) for r in shooting.source][:1] == [("GIN", "POL")]
    assert [(r.code, r.sector) for r in shooting.target] == [("GIN", "CVL")] and (shooting.dead.min, shooting.dead.max) == (1, 1)
    # "The driver, Alpha Oumar Sow, 23, was killed": his age, no toll (fixed in p9)
    assert not [e for e in report.events if e.dead is not None and e.dead.min == 23]
    riot = [e for e in report.events if e.event == "PROTEST"]
    assert riot and (riot[0].mode, riot[0].acled_sub_event_type) == ("riot", "Violent demonstration")
    assert riot[0].date == dt.date(2024, 7, 9) and "POL" in [r.sector for r in riot[0].target]
    assert riot[0].size is not None and riot[0].size.text == "hundreds"
    assert _speaker(report, "He asked for 10,000 francs") == "Ibrahima Sow"
    assert _speaker(report, "Nothing justifies the destruction") == "Bachir Condé"
    incident = _incident_of(incidents, reports, "riots_guineastandard.txt")
    # neither the age nor "47 killed since the military seized power in September 2021" is a toll of it (fixed in p9)
    assert _figures(incident.killed) == {(1, "exact")}
    assert _figures(incident.injured) == {(15, "at_least")} and _figures(incident.arrested) == {(23, "exact")}


def test_gunmen_pull_passengers_off_buses(reports, incidents):
    report = reports["bus_industimes.txt"]
    killing = [e for e in _assaults(report) if e.dead is not None]
    assert killing and (killing[0].dead.min, killing[0].acled_sub_event_type) == (9, "Attack")
    assert killing[0].date == dt.date(2025, 3, 17)
    # "taken to hospital in Quetta": where the hurt were cared for, not where they were shot (fixed in p9)
    assert killing[0].location is not None and killing[0].location.name == "Balochistan"
    assert quote_with(report, "its fighters carried out the attack").speaker.code == "BLA"
    assert quote_with(report, "the claim").stance == "deny"
    assert _speaker(report, "They checked identity cards") == "Amjad Somro"
    assert _speaker(report, "These were poor labourers") == "Sarfraz Bugti"
    incident = _incident_of(incidents, reports, "bus_industimes.txt")
    # the gunmen's roadblock is no protest, and "off two buses and shot dead" counts no two dead (fixed in p9)
    assert (incident.event_type, incident.acled_event_type) == ("Attack", "Violence against civilians")
    assert incident.date == dt.date(2025, 3, 17) and incident.location is not None and incident.location.country == "PAK"
    assert incident.killed.high == 9 and (9, "exact") in _figures(incident.killed)
    assert _figures(incident.injured) == {(2, "exact")}
    assert "BLA" in [p.code for p in incident.perpetrators]


def test_a_mob_burns_homes_and_no_one_is_killed(reports, incidents):
    report = reports["homes_nileobserver.txt"]
    arson = report.events[0]
    assert (arson.event, arson.mode, arson.acled_sub_event_type) == ("COERCE", "destroy", "Mob violence")
    assert arson.date == dt.date(2025, 6, 15)  # "on Sunday night", published on Tuesday
    assert arson.location is not None and arson.location.country == "EGY"
    assert [(r.code, r.sector) for r in arson.source] == [("EGY", "CVL")]
    assert _speaker(report, "The police came two hours after") == "Maged Samir"
    assert _speaker(report, "The state will not allow anyone") == "Emad Kadwani"
    incident = _incident_of(incidents, reports, "homes_nileobserver.txt")
    assert (incident.killed.low, incident.killed.high) == (0, 0)
    assert _figures(incident.injured) == {(3, "exact")} and _figures(incident.arrested) == {(19, "exact")}


def test_an_activist_abducted_by_men_in_plain_clothes(reports, incidents):
    report = reports["activist_southernafricaherald.txt"]
    abduction = report.events[0]
    assert (abduction.event, abduction.mode, abduction.acled_sub_event_type) == ("ASSAULT", "abduct", "Abduction/forced disappearance")
    assert abduction.date == dt.date(2024, 9, 4)
    assert abduction.location is not None and (abduction.location.name, abduction.location.country) == ("Harare", "ZWE")
    assert [(r.code, r.sector) for r in abduction.target] == [("ZWE", "OPP")]
    assert _speaker(report, "They said they were police but they showed no papers") == "Rudo Moyo"
    assert _speaker(report, "held by state security agents") == "Farai Nyakudya"
    denial = quote_with(report, "any involvement")
    assert denial.stance == "deny" and denial.speaker.name == "Simba Chiweshe"
    assert _speaker(report, "must immediately reveal where") == "Tigere Chagutah"
    incident = _incident_of(incidents, reports, "activist_southernafricaherald.txt")
    assert incident.acled_event_type == "Violence against civilians" and incident.date == dt.date(2024, 9, 4)


def test_no_incident_mixes_two_stories(reports, incidents):
    stories = {report.article.id: name.split("_")[0] for name, report in reports.items()}
    assert all(len({stories[a.id] for a in i.articles}) == 1 for i in incidents), [[a.outlet for a in i.articles] for i in incidents]
    assert sorted(len(i.articles) for i in incidents if stories[i.articles[0].id] == "helicopter") == [2]
