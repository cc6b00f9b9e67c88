"""Merge defects the fifth unseen-article probe found (tests/data/probe5), on texts written for
these tests: a report's dateline (the city and day it was filed) is neither where nor when its
incident was, and deaths no report tells as an act (a boat that sank) get no ACLED type."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from sitrep.merge import mentions_from_report, reconcile
from tests._helpers import analysed
from tests.merge.test_reconcile import fig, m

PUB = dt.date(2024, 3, 4)  # a Monday

FLOODED = ("BOGOTA, March 4 (Test Wire) - At least 12 miners died when a coal mine flooded near the town of Sutatausa "
           "on Friday, officials said.\n")


@pytest.mark.model
def test_the_dateline_is_neither_the_place_nor_the_day_of_an_untold_act(pipeline):
    (mention,) = mentions_from_report(analysed(pipeline, FLOODED))
    assert mention.location is not None and mention.location.name == "Sutatausa", mention.location  # not Bogotá
    assert mention.date == dt.date(2024, 3, 1), mention.date  # "on Friday", not the day it was filed


@pytest.mark.model
def test_a_killing_whose_victim_the_parser_hung_on_the_dateline(pipeline):
    report = analysed(pipeline, "LIMA, March 4 (Test Wire) - A candidate for mayor in northern Peru was shot dead while "
                                "speaking at a market on Saturday, authorities said.\n")
    (killing,) = [e for e in report.events if e.event == "ASSAULT"]
    assert (killing.dead.min, killing.dead.max) == (1, 1)
    assert killing.location is not None and killing.location.name == "Peru", killing.location  # not Lima, the dateline's
    assert killing.date == dt.date(2024, 3, 2)


def test_deaths_no_report_tells_as_an_act_get_no_acled_type():
    sank = [dataclasses.replace(m(n, "2022-06-01", [fig(12, "coast guard", f"u{n}")]),
                                signature="Boat sinks off Sfax. At least 12 migrants drowned off the coast on Friday.") for n in (1, 2)]
    inc = reconcile(sank, incident_id="X")
    assert (inc.event_type, inc.acled_event_type) == (None, None), (inc.event_type, inc.acled_event_type)
    assert inc.killed.low == 12


def test_the_drowned_are_a_death_toll():
    from sitrep.merge.cues import find_figures

    got = [(f.field, f.min, f.qualifier) for f in find_figures("At least 30 refugees drowned when their dinghy sank off Lesbos.")]
    assert ("killed", 30, "at_least") in got, got


@pytest.mark.parametrize("text, of", [
    ("Between 20 and 25 people were found dead in the wreckage.", None),
    ("Nine herders were found dead near the well.", "herders"),
    ("Four guards were later found shot dead.", "guards"),
])
def test_who_was_counted_is_not_the_verb_that_found_them(text, of):
    from sitrep.merge.cues import find_figures

    got = [(f.field, f.of) for f in find_figures(text)]
    assert got == [("killed", of)], got


@pytest.mark.model
def test_a_victim_described_by_a_relative_clause_is_no_claimer_of_his_death(pipeline):
    # "who reported on ..." reads as a quote of the victim's; the sentence's source is the authorities
    text = ("A Mexican journalist who reported on drug cartels and local corruption was shot dead outside his home in "
            "Guerrero on Monday, authorities said, the fourth reporter killed in the country this year.\n")
    (mention,) = mentions_from_report(analysed(pipeline, text))
    assert [(f.min, f.claimed_by) for f in mention.figures] == [(1, ["authorities"])], mention.figures


@pytest.mark.model
def test_the_perpetrator_is_named_by_who_blames_not_by_who_denies(pipeline):
    text = ("A village chief was shot dead in Tame on Saturday, and authorities said they were investigating whether a "
            "dissident faction of the ELN rebel group was behind the attack.\n\n"
            "The faction denied involvement in a statement, saying it does not attack civilians.\n")
    (mention,) = mentions_from_report(analysed(pipeline, text))
    eln = [p for p in mention.perpetrators if p.name == "National Liberation Army"]
    assert eln and "National Liberation Army" not in eln[0].claimed_by, mention.perpetrators


def test_words_naming_civilians_frame_no_target_where_no_harm_is_told():
    from sitrep.merge.cues import target_frame

    assert target_frame("to hand power back to civilians after the vote") is None
    assert target_frame("the army promised to protect civilians and farmers") is None
    assert target_frame("the shelling hit a school full of children") == ("civilians", "school")
