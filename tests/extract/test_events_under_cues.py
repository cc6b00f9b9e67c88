"""An act stays an act, told by the reporter, when the quote stage reads a cue on it or under it.

The cue model rates verbs, not senses: a blockade's verb ("blocked") may be proposed as a cue,
and a purpose clause under the act ("to voice their anger over X") is a statement of its own.
Neither takes the act's object or clause as what was said, and neither unmakes the act.
"""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import REPORTER, Quote, Span, Speaker
from tests._helpers import events_of as _events

pytestmark = pytest.mark.model
PUB = dt.date(2026, 11, 2)  # a Monday


def _told_by_reporter(ev) -> bool:
    return all(c.claimed_by == REPORTER for c in ev.claims if c.field == "event")


@pytest.mark.parametrize("text, source", [
    # (the cue model rates "blocked" above its object frame's rate here: a nationality as the
    # subject, an object with a clause of its own)
    ("Angry Kenyans blocked roads leading to the airport on Monday to voice their anger over fuel prices.", "Kenyans"),
    ("Young Iraqis blocked bridges leading into the capital on Sunday to demand jobs.", "Iraqis"),
    ("Angry Kenyans blocked a convoy carrying ballot boxes to the tallying centre.", "Kenyans"),
])
def test_a_blockade_the_cue_model_rates_stays_a_protest(analyze, text, source):
    report = analyze(text)
    protests = _events(report, "PROTEST")
    assert [(e.trigger.text, e.mode) for e in protests] == [("blocked", "obstruct")]
    assert source in protests[0].source[0].text and _told_by_reporter(protests[0])
    assert not any(q.cue is not None and q.cue.text == "blocked" for q in report.quotes)


@pytest.mark.parametrize("text, event, trigger", [
    ("Farmers blocked highways on Monday to voice their anger over fuel prices.", "PROTEST", "blocked"),
    ("Troops shelled the town to send a message to the rebels.", "ASSAULT", "shelled"),
])
def test_a_purpose_clause_leaves_the_act_to_the_reporter(analyze, text, event, trigger):
    report = analyze(text)
    acts = [e for e in _events(report, event) if e.trigger.text == trigger]
    assert len(acts) == 1 and _told_by_reporter(acts[0])
    act_at = text.index(trigger)
    assert not any(q.content.start <= act_at < q.content.end for q in report.quotes)


class _CueOnTheAct:
    """A quote stage's reading put by hand before the event stage: the root verb as a cue, its object
    phrase as the content (what a cue proposed by the model once made of "blocked roads ...")."""

    name = "cue-on-the-act"
    needs = ("quotes",)
    adds = ()

    def __call__(self, analysis):
        text, doc = analysis.article.text, analysis.doc
        for verb in (s.root for s in doc.sents):
            obj = next(c for c in verb.children if c.dep_ == "dobj")
            subj = next(c for c in verb.children if c.dep_ == "nsubj")
            o, e = obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge)
            s, se = subj.left_edge.idx, subj.idx + len(subj)
            analysis.quotes.append(Quote(
                speaker=Speaker(text=text[s:se], name=None, code=None, sector=None, start=s, end=se),
                cue=Span(verb.idx, verb.idx + len(verb), verb.text), content=Span(o, e, text[o:e]), kind="indirect"))
        return analysis


@pytest.fixture(scope="module")
def cue_on_the_act():
    from sitrep.config import Options
    from sitrep.model import Article
    from sitrep.pipeline import Pipeline, default_stages

    options = Options(published=PUB)
    stages = default_stages(options)
    stages.insert(next(k for k, s in enumerate(stages) if s.name == "events"), _CueOnTheAct())
    pipe = Pipeline(options, stages=stages)
    return lambda text: pipe.analyze(Article(id="t", text=text, published=PUB))


@pytest.mark.parametrize("text, content, mode", [
    ("Villagers blocked roads leading to the mine on Monday.\n", "roads leading to the mine", "obstruct"),
    ("Students protested the law that bans headscarves in schools.\n", "the law that bans headscarves in schools", "demonstrate"),
])
def test_a_cue_whose_content_is_the_acts_object_leaves_the_act(cue_on_the_act, text, content, mode):
    """What was blocked or protested against ("the law that bans X") is the act's object, no clause
    said: the act stays a protest, not a complaint voiced (ACCUSE), however a cue reads it."""
    report = cue_on_the_act(text)
    assert any(q.content.text == content for q in report.quotes)
    assert [(e.event, e.mode) for e in report.events] == [("PROTEST", mode)]
