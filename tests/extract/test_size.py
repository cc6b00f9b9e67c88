"""The size of an event: the number of its participants (protesters of a PROTEST, troops
of a MOBILIZE), taken from the counted noun that is the event's doer, never the toll.

Texts are written for these tests; each comes in variants with other places and figures
to show the output follows the text.
"""
from __future__ import annotations

import datetime as dt
import io

import jsonschema
import pytest

from sitrep.model import REPORTER, Event, Report
from sitrep.present.jsonout import report_dict
from sitrep.schema import load_schema
from tests._helpers import analysed as _report

PUB = dt.date(2023, 5, 14)


def _one(report: Report, kind: str) -> Event:
    [ev] = [e for e in report.events if e.event == kind]
    return ev


@pytest.mark.parametrize("count, city, low", [("Thousands", "Lagos", 2000), ("Hundreds", "Accra", 200)])
def test_protest_size_from_vague_plural(pipeline, count, city, low):
    text = f"{count} of protesters marched through the centre of {city} on Saturday to demand lower fuel prices, organisers said."
    ev = _one(_report(pipeline, text), "PROTEST")
    assert (ev.size.min, ev.size.max, ev.size.qualifier, ev.size.text) == (low, None, "at_least", count)
    assert text[ev.size.start:ev.size.end] == count
    [claim] = [c for c in ev.claims if c.field == "size"]
    assert claim.value == {"min": low, "max": None, "qualifier": "at_least", "text": count}
    assert claim.claimed_by != REPORTER  # the organisers give the figure


def test_tens_of_thousands_keeps_its_qualifier(pipeline):
    ev = _one(_report(pipeline, "Tens of thousands of demonstrators marched in Santiago on Sunday against the pension reform."), "PROTEST")
    assert (ev.size.min, ev.size.max, ev.size.qualifier, ev.size.text) == (20_000, None, "at_least", "Tens of thousands")


@pytest.mark.parametrize("figure, n", [("about 2,000", 2000), ("nearly 300", 300)])
def test_crowd_of_about_n_without_a_named_actor_is_kept(pipeline, figure, n):
    ev = _one(_report(pipeline, f"A crowd of {figure} gathered outside parliament in Nairobi on Tuesday to protest against the new tax law."), "PROTEST")
    assert (ev.size.min, ev.size.max, ev.size.qualifier) == (n, n, "about")


def test_hundreds_rallied(pipeline):
    ev = _one(_report(pipeline, "Hundreds rallied in Dhaka on Friday against the election results."), "PROTEST")
    assert (ev.size.min, ev.size.qualifier) == (200, "at_least")


@pytest.mark.parametrize("figure, n, qualifier", [("some 500", 500, "about"), ("1,200", 1200, "exact")])
def test_deployment_size_is_the_troops_sent(pipeline, figure, n, qualifier):
    ev = _one(_report(pipeline, f"The Indian government deployed {figure} troops to the border region of Manipur on Monday after clashes."), "MOBILIZE")
    assert (ev.size.min, ev.size.max, ev.size.qualifier, ev.size.unit) == (n, n, qualifier, "forces")


def test_strike_with_dead_has_no_size(pipeline):
    report = _report(pipeline, "An air strike killed 12 people in a village near Aleppo on Monday, activists said.")
    ev = _one(report, "ASSAULT")
    assert ev.dead.min == 12 and ev.size is None
    assert not any(c.field == "size" for c in ev.claims)


def test_arrested_protesters_are_no_size(pipeline):
    ev = _one(_report(pipeline, "Police arrested 40 protesters in Lima on Thursday."), "COERCE")
    assert ev.size is None


def test_protest_with_dead_keeps_size_and_dead_apart(pipeline):
    text = "Thousands of protesters marched in Khartoum on Sunday, and security forces shot dead 7 of them, medics said."
    report = _report(pipeline, text)
    ev = _one(report, "PROTEST")
    assert ev.size.min == 2000 and ev.dead is None
    assert all(e.dead is None or e.dead.min == 7 for e in report.events)


def test_police_and_organisers_give_different_sizes_contested(pipeline):
    text = ("About 5,000 people marched in Lyon on Saturday against the pension reform, police said. "
            "Organisers said 20,000 people marched in Lyon on Saturday.")
    ev = _one(_report(pipeline, text), "PROTEST")
    con = next((c for c in ev.contested if c.field == "size"), None)
    assert con is not None, [(c.field, c.value) for c in ev.claims]
    assert {p.value for p in con.positions} == {"5000-5000 (about)", "20000-20000 (exact)"}


def test_report_with_size_validates_against_schema(pipeline):
    report = _report(pipeline, "Thousands of protesters marched through the centre of Lagos on Saturday, organisers said.")
    d = report_dict(report)
    assert any(e["size"] and e["size"]["min"] == 2000 for e in d["events"])
    jsonschema.validate(d, load_schema())


def test_text_output_shows_size_row_only_when_told(pipeline):
    from rich.console import Console

    from sitrep.present.text import render_report

    def shown(text: str) -> str:
        console = Console(width=200, record=True, file=io.StringIO())
        console.print(render_report(_report(pipeline, text)))
        return console.export_text()

    out = shown("Thousands of protesters marched through the centre of Lagos on Saturday, organisers said.")
    assert any(line.strip().startswith("size") and "Thousands" in line for line in out.splitlines())
    out = shown("An air strike killed 12 people in a village near Aleppo on Monday, activists said.")
    assert not any(line.strip().startswith("size ") for line in out.splitlines())


@pytest.mark.parametrize("count, lo, hi, qualifier", [("Up to 800", None, 800, "up_to"), ("Hundreds of thousands of", 200_000, None, "at_least")])
def test_count_opening_the_protesters_subject_is_the_size(pipeline, count, lo, hi, qualifier):
    # the verb ("began a sit-in to protest", "blocked") gives no unit; the protest's doer does
    text = f"{count} farmers began a sit-in outside the ministry in Bogota on Monday to protest against the land law."
    ev = _one(_report(pipeline, text), "PROTEST")
    assert (ev.size.min, ev.size.max, ev.size.qualifier) == (lo, hi, qualifier)
    assert not ev.size.text.endswith(("of", "farmers"))


def test_organisations_protesting_have_no_size(pipeline):
    ev = _one(_report(pipeline, "Three opposition parties protested against the election results in Harare on Monday."), "PROTEST")
    assert ev.size is None
