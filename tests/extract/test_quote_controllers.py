"""Speakers of cue verbs with no subject of their own: infinitives and gerunds whose doer is
the subject or the object of the verb they hang on (control), and infinitives of purpose."""
from __future__ import annotations

import pytest

from sitrep.config import Options
from sitrep.extract.base import Analysis
from sitrep.extract.quotes import QuoteStage
from sitrep.model import Article, Quote


def _quotes(nlp, text: str) -> list[Quote]:
    an = QuoteStage(Options())(Analysis(article=Article(id="t", text=text), doc=nlp(text), options=Options()))
    return an.quotes


def _speaker_of(nlp, text: str, content: str) -> str:
    hits = [q for q in _quotes(nlp, text) if content in q.content.text]
    assert hits, f"no quote holds {content!r}"
    return hits[0].speaker.text


@pytest.mark.model
@pytest.mark.parametrize("text, content, speaker", [
    # object control: the object of the verb the infinitive hangs on speaks
    ("The protests prompted the prime minister to announce that elections would be held in May.",
     "elections would be held", "the prime minister"),
    ("The crisis forced the finance minister to admit that the reserves had run out.",
     "the reserves had run out", "the finance minister"),
    # an object that is only the means of the act: the subject speaks
    ("The spokesman used the briefing to warn that the ceasefire could collapse.",
     "the ceasefire could collapse", "The spokesman"),
    # subject control through a coordination
    ("The senator voted against the bill and moved to argue that it was unconstitutional.",
     "it was unconstitutional", "The senator"),
    ("The union rejected the offer and hit back by saying that the company had lied.",
     "the company had lied", "The union"),
    # a gerund after a preposition the old list lacked
    ("The general refrained from saying whether more troops would be sent.",
     "more troops would be sent", "The general"),
    # an infinitive of purpose speaks for the subject of the verb it serves
    ("The minister travelled to the capital to say that the talks would resume.",
     "the talks would resume", "The minister"),
    ("Activists went on television to demand that the prisoners be released.",
     "the prisoners be released", "Activists"),
])
def test_the_controller_of_a_cue_without_a_subject_speaks(nlp, text, content, speaker):
    assert _speaker_of(nlp, text, content) == speaker

