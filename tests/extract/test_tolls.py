"""Casualty figures attach to the attack they are told of, and every figure is a claim.

Reports written for these tests (other places, other numbers than any benchmark
article): a sentence that tells two attacks gives each its own toll and place, a
sentence that tells one attack in several verbs keeps one event, and every figure of
an event is a ``dead``/``injured`` claim whose value is a Magnitude with exact offsets.
"""
from __future__ import annotations

import datetime as dt
import json

import pytest

from sitrep.config import Options
from sitrep.model import Article, Event, Magnitude, Report
from tests._helpers import analysed as _report

pytestmark = pytest.mark.model
PUB = dt.date(2024, 5, 10)


def _by_trigger(report: Report, word: str) -> Event:
    for ev in report.events:
        if ev.trigger is not None and ev.trigger.text == word:
            return ev
    raise AssertionError(f"no event on {word!r}: {[(e.event, e.trigger and e.trigger.text) for e in report.events]}")


def _tolls(ev: Event, fld: str) -> set[int | None]:
    return {c.value.min for c in ev.claims if c.field == fld}


def test_two_attacks_in_one_sentence_keep_their_own_tolls(pipeline):
    r = _report(pipeline, "Government forces shelled Idlib on Monday, killing three civilians, "
                          "and bombed Hama, where five people died.")
    shelled, bombed = _by_trigger(r, "shelled"), _by_trigger(r, "bombed")
    assert shelled is not bombed
    assert (shelled.dead.min, bombed.dead.min) == (3, 5)
    assert _tolls(shelled, "dead") == {3} and _tolls(bombed, "dead") == {5}


def test_two_attacks_keep_their_own_places(pipeline):
    r = _report(pipeline, "Rebels attacked a checkpoint in Kidal on Tuesday, killing four soldiers, "
                          "and ambushed a convoy near Gao, killing seven.")
    first, second = _by_trigger(r, "attacked"), _by_trigger(r, "ambushed")
    assert first.location is not None and first.location.name == "Kidal"
    assert second.location is not None and second.location.name == "Gao"
    assert (first.dead.min, second.dead.min) == (4, 7)


def test_a_toll_in_a_relative_clause_goes_to_its_attack(pipeline):
    r = _report(pipeline, "Militants attacked an army post in Diffa, killing two soldiers, and raided a village "
                          "near Bosso, where four civilians were killed and six wounded.")
    post, village = _by_trigger(r, "attacked"), _by_trigger(r, "raided")
    assert post.dead.min == 2 and post.injured is None
    assert (village.dead.min, village.injured.min) == (4, 6)
    assert _tolls(post, "injured") == set()


def test_an_attack_told_in_several_verbs_stays_one_event(pipeline):
    r = _report(pipeline, "Gunmen stormed a village near Maiduguri on Sunday and killed 12 people, wounding five others.")
    attacks = [e for e in r.events if e.event == "ASSAULT"]
    assert len(attacks) == 1
    assert (attacks[0].dead.min, attacks[0].injured.min) == (12, 5)


def test_a_toll_before_its_attack(pipeline):
    r = _report(pipeline, "Five people were killed when gunmen attacked a market in Kaduna on Friday.")
    attacks = [e for e in r.events if e.event == "ASSAULT"]
    assert len(attacks) == 1 and attacks[0].dead.min == 5


def test_every_figure_is_a_claim_with_its_span(pipeline):
    text = ("Rebels attacked a checkpoint in Kidal on Tuesday, killing four soldiers, and ambushed a convoy near Gao, "
            "killing seven. The army said the toll from the ambush had risen to nine. "
            "Police said no civilians were killed in Kidal.")
    r = _report(pipeline, text)
    figures = [c.value for e in r.events for c in e.claims if c.field in ("dead", "injured")]
    assert figures and all(isinstance(m, Magnitude) for m in figures)
    for m in figures:
        assert text[m.start:m.end] == m.text
    values = {(m.min, m.update) for m in figures}
    assert {(4, False), (7, False), (9, True)} <= values


def test_figure_claims_round_trip_through_report_json(pipeline):
    from sitrep.merge.mentions import mentions_from_report
    from sitrep.model import Report, from_dict
    from sitrep.present.jsonout import report_json

    text = ("Gunmen stormed a village near Maiduguri on Sunday and killed 12 people, wounding five others, "
            "a police spokesman said.")
    r = _report(pipeline, text)
    back = from_dict(Report, json.loads(report_json(r)))
    before = [(c.field, c.value) for e in r.events for c in e.claims if c.field in ("dead", "injured")]
    after = [(c.field, c.value) for e in back.events for c in e.claims if c.field in ("dead", "injured")]
    assert before and before == after  # Magnitudes with their spans, not plain dicts
    figs = lambda rep: sorted((f.field, f.min, f.max, tuple(f.claimed_by)) for m in mentions_from_report(rep) for f in m.figures)  # noqa: E731
    assert figs(r) == figs(back)
    assert ("killed", 12, 12) in {f[:3] for f in figs(r)} and ("injured", 5, 5) in {f[:3] for f in figs(r)}


@pytest.mark.model
def test_attacks_far_apart_in_one_report_stay_two_events():
    from sitrep.pipeline import Pipeline

    text = ("Suspected jihadists ambushed an army convoy near Gao on Wednesday, killing at least 12 soldiers, "
            "the army said.\n\nSeparatist forces shelled the city of Donetsk overnight, local officials said.")
    report = Pipeline(Options(published=dt.date(2023, 3, 9), require_english=False)).analyze(
        Article(id="t", text=text, title="Report", published=dt.date(2023, 3, 9)))
    attacks = [e for e in report.events if e.event == "ASSAULT"]
    assert sorted(e.location.name for e in attacks if e.location) == ["Donetsk", "Gao"]
    gao = next(e for e in attacks if e.location and e.location.name == "Gao")
    assert gao.dead is not None and gao.dead.min == 12
    assert not any("Donetsk" in (c.evidence.text or "") for c in gao.claims)
