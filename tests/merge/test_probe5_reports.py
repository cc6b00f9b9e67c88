"""The fifth unseen-article probe (tests/data/probe5; wire reports written for it, no benchmark
text), in domains the first four left out: peacekeepers ambushed by unknown gunmen told by two
outlets with different tolls, a migrant boat capsizing told by two outlets (deaths and no act of
violence), a coup attempt foiled with arrests and a curfew, protesters shot at a mine, a journalist
killed, and a mayoral candidate assassinated with suspects arrested the next day. Analysed end to
end, each must give what a reader of it would code (only what is right now: the defects still open
are in the probe's report), and each pair is one incident."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests._helpers import VIOLENCE, assert_story_only, probe_reports

pytestmark = pytest.mark.model

PROBE = Path(__file__).parent.parent / "data" / "probe5"
PUBLISHED = {
    "convoy_sahelwire.txt": dt.date(2023, 2, 13),
    "convoy_bamakodaily.txt": dt.date(2023, 2, 14),
    "boat_medwire.txt": dt.date(2024, 6, 15),
    "boat_lampedusapost.txt": dt.date(2024, 6, 15),
    "coup_westafricawire.txt": dt.date(2024, 11, 3),
    "mine_andeswire.txt": dt.date(2024, 9, 10),
    "journalist_gulfpress.txt": dt.date(2024, 5, 21),
    "mayor_andinapost.txt": dt.date(2023, 10, 16),
}


@pytest.fixture(scope="module")
def reports(pipeline):
    return probe_reports(pipeline, PROBE, PUBLISHED)


def test_no_teaser_or_byline_stays_in_the_story(reports):
    assert_story_only(reports, ("Read", "Read more", "Related", "See also", "Background"))


def test_peacekeepers_ambushed_told_by_two_outlets_with_two_tolls(reports):
    from sitrep.merge import merge_reports

    wire, daily = reports["convoy_sahelwire.txt"], reports["convoy_bamakodaily.txt"]
    ambush = wire.events[0]
    assert ambush.event == "ASSAULT" and ambush.acled_event_type in VIOLENCE
    assert ambush.date == dt.date(2023, 2, 12) and ambush.location is not None and ambush.location.name == "Douentza"
    # "Two United Nations peacekeepers were killed and at least five others wounded"
    assert (ambush.dead.min, ambush.dead.max) == (2, 2) and (ambush.injured.min, ambush.injured.qualifier) == (5, "at_least")
    assert (daily.events[0].dead.min, daily.events[0].dead.max) == (3, 3)  # "Three peacekeepers ... were killed"
    (incident,) = merge_reports([wire, daily])
    assert len(incident.articles) == 2 and incident.date == dt.date(2023, 2, 12)
    # "More than 170 peacekeepers have been killed ... since the mission was set up in 2013": a background total
    assert {f.min for f in incident.killed.figures} == {2, 3}, incident.killed
    assert (incident.killed.low, incident.killed.high) == (2, 3)
    assert "killed" in [c.field for c in incident.contested]


def test_a_capsized_boat_is_one_incident_with_no_act_of_violence(reports):
    from sitrep.merge import merge_reports

    med, post = reports["boat_medwire.txt"], reports["boat_lampedusapost.txt"]
    for report in (med, post):
        assert not [e for e in report.events if e.event == "ASSAULT" or e.acled_event_type in VIOLENCE], report.events
    (incident,) = merge_reports([med, post])
    assert len(incident.articles) == 2
    # not "Armed clash" in Tripoli and Rome (where the survivors were taken, where one report was filed)
    assert (incident.event_type, incident.acled_event_type) == (None, None)
    assert incident.location is not None and incident.location.name == "Zuwarah"
    assert incident.date == dt.date(2024, 6, 14)  # "early on Friday", not the dateline's June 15
    # "At least 40 migrants drowned" (the agency) and "Between 35 and 45 people were found dead" (another outlet)
    assert {(40, "at_least"), (35, "exact")} <= {(f.min, f.qualifier) for f in incident.killed.figures}, incident.killed


def test_a_coup_attempt_repelled_at_the_palace(reports):
    report = reports["coup_westafricawire.txt"]
    (fight,) = [e for e in report.events if e.event == "ASSAULT"]
    assert fight.date == dt.date(2024, 11, 2) and fight.location is not None and fight.location.name == "Bissau"
    assert (fight.dead.min, fight.dead.max) == (2, 2)
    assert [e for e in report.events if e.event == "COERCE" and e.mode == "arrest"]
    from sitrep.merge import mentions_from_report

    (m,) = mentions_from_report(report)
    # "The military ... has promised to hand over to civilians": no harm told, no target framed
    assert not [c for c in m.claims if c.field == "target" and c.claimed_by == "The military"], m.claims


def test_protesters_shot_at_a_mine(reports):
    report = reports["mine_andeswire.txt"]
    shooting = report.events[0]
    assert shooting.event == "ASSAULT" and shooting.date == dt.date(2024, 9, 9)
    assert (shooting.dead.min, shooting.dead.max) == (3, 3) and (shooting.injured.min, shooting.injured.qualifier) == (14, "at_least")
    assert [r.sector for r in shooting.source][:1] == ["POL"]
    # "in Peru's Andes": not the Colombian town of that name
    assert all(p.country in (None, "PER") for p in report.places if p.text == "Andes" and p.resolved), report.places


def test_a_journalist_shot_dead_is_a_toll_of_one(reports):
    report = reports["journalist_gulfpress.txt"]
    killing = report.events[0]
    assert killing.event == "ASSAULT" and killing.acled_event_type == "Violence against civilians"
    # "MEXICO CITY, May 21 (Gulf Press) - A Mexican journalist ... was shot dead": the parser hangs him on the dateline
    assert (killing.dead.min, killing.dead.max) == (1, 1)
    assert "Salgado" not in [p.text for p in report.places]  # "carrying photographs of Salgado"
    assert killing.date == dt.date(2024, 5, 20) and killing.location is not None and killing.location.admin1 == "Guerrero"
    from sitrep.merge import mentions_from_report

    (m,) = mentions_from_report(report)
    # the journalist "who reported on drug cartels" is no source of his own death: the authorities are
    assert [(f.min, f.claimed_by) for f in m.figures if f.field == "killed"] == [(1, ["authorities"])], m.figures


def test_a_candidate_assassinated_and_suspects_arrested_the_next_day(reports):
    report = reports["mayor_andinapost.txt"]
    killing = report.events[0]
    assert killing.event == "ASSAULT" and (killing.dead.min, killing.dead.max) == (1, 1)
    # not Bogotá, the dateline's city the tagger took for an adverb
    assert killing.date == dt.date(2023, 10, 14) and killing.location is not None and killing.location.name == "Jamundí"
    assert dt.date(2023, 10, 15) in [e.date for e in report.events if e.event == "COERCE" and e.mode == "arrest"]
    # "at least 20 candidates had been attacked since the campaign began in July, four of them killed": background
    assert not [e for e in report.events if e.dead is not None and e.dead.min == 4], report.events
    from sitrep.merge import mentions_from_report

    (m,) = mentions_from_report(report)
    # the faction denied involvement: it names no doer, the authorities do
    assert all("faction" not in " ".join(p.claimed_by) for p in m.perpetrators), m.perpetrators
