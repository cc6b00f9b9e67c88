"""Review of the source-less ("hedge") quote frames: an agentless passive with a preposition of
place, direction or time tells an act, not a judgement; rare verb-preposition pairs are not
proposed; the expletive "it" of a raising verb is no speaker, whether the filter runs or not."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.config import Options
from sitrep.extract.base import Analysis
from sitrep.extract.quotes import QuoteStage
from sitrep.model import Article

PUB = dt.date(2026, 3, 2)


def _quotes(nlp, text: str, *, quote_filter: bool = True):
    stage = QuoteStage(Options(), quote_filter=quote_filter)
    return stage(Analysis(article=Article(id="t", text=text), doc=nlp(text), options=Options())).quotes


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Mortar shells were fired from the village, killing three civilians.",
    "Two rockets were fired from southern Lebanon toward Israel overnight.",
    "Clashes were reported in the capital on Sunday.",
    "The victims were identified as three aid workers.",
])
def test_a_passive_act_or_a_rare_pair_is_no_sourceless_quote(nlp, text):
    """The reporter tells what happened; no unnamed source says it."""
    got = [(q.cue.text if q.cue else None, q.content.text) for q in _quotes(nlp, text) if not q.speaker.named]
    assert got == []


@pytest.mark.model
@pytest.mark.parametrize("text, word", [
    ("Mortar shells were fired from the village.", "fired"),
    ("Clashes were reported in the capital.", "reported"),
    ("The talks were postponed on Sunday.", "postponed"),
])
def test_a_preposition_of_place_or_time_is_no_hedge_frame(nlp, text, word):
    from sitrep.extract.quotes.hedges import hedge_cue

    assert hedge_cue(next(t for t in nlp(text) if t.text == word)) is None


@pytest.mark.model
def test_a_judging_passive_with_its_complement_stays_a_hedge(nlp):
    """The fix keeps the frame itself: "is widely seen as" is the reporter passing on a view."""
    quotes = _quotes(nlp, "The general is widely seen as a likely successor.")
    assert [(q.cue.text, q.speaker.text) for q in quotes] == [("is widely seen as", "")]


@pytest.mark.model
def test_an_attack_fired_from_a_place_is_asserted(analyze):
    report = analyze("Mortar shells were fired from the village on Monday, killing three civilians.")
    assert not [q for q in report.quotes if not q.speaker.named]
    assaults = [e for e in report.events if e.event == "ASSAULT"]
    assert assaults
    claims = [c for e in assaults for c in e.claims if c.field in ("event", "dead")]
    assert claims and all(c.modality == "asserted" for c in claims), [(c.field, c.modality, c.claimed_by) for c in claims]


@pytest.mark.model
@pytest.mark.parametrize("quote_filter", [True, False])
def test_the_expletive_it_of_a_raising_verb_is_no_speaker_unfiltered_too(nlp, quote_filter):
    """"It seems that S" is grammar: the run without the learned filter drops the "it" as well."""
    quotes = _quotes(nlp, "It seems that the plan will fail in the senate.", quote_filter=quote_filter)
    assert [(q.cue.text, q.speaker.text, q.content.text) for q in quotes] == [("seems", "", "the plan will fail in the senate")]
