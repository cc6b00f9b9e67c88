"""Agentless passives that tell what was said of someone without saying who said it
("the deal was announced", "X was criticised as reckless", "X was asked about Y"): the
``theme`` construction of the source-less quotes (sitrep.extract.quotes.hedges)."""
from __future__ import annotations

import pytest

from sitrep.config import Options
from sitrep.extract.base import Analysis
from sitrep.extract.quotes import QuoteStage
from sitrep.extract.quotes.hedges import hedge_cue
from sitrep.model import Article, Quote


def _quotes(nlp, text: str) -> list[Quote]:
    an = QuoteStage(Options())(Analysis(article=Article(id="t", text=text), doc=nlp(text), options=Options()))
    return an.quotes


@pytest.mark.model
@pytest.mark.parametrize("text, cue, content", [
    # the subject is what was said
    ("The new border agreement was announced on Monday.", "was announced", "The new border agreement"),
    # the subject with what it was called or charged with (the cue, its preposition included, is cut out when scored)
    ("The operation was widely criticized as reckless and poorly planned.", "was widely criticized as",
     "The operation was widely criticized as reckless and poorly planned"),
    # the subject was spoken to: what it was asked about is the content
    ("At a news conference, the minister was asked about the missing funds.", "was asked about", "the missing funds"),
])
def test_an_agentless_passive_quotes_without_a_source(nlp, text, cue, content):
    quotes = [q for q in _quotes(nlp, text) if q.cue is not None and q.cue.text == cue]
    assert quotes and quotes[0].content.text == content and quotes[0].speaker.text == ""


@pytest.mark.model
def test_a_comma_aside_after_the_theme_is_the_reporters_own(nlp):
    text = "The army chief was criticized for the raid, which killed five civilians."
    quotes = [q for q in _quotes(nlp, text) if q.cue is not None and q.cue.text == "was criticized for"]
    assert quotes and quotes[0].content.text == "The army chief was criticized for the raid"


@pytest.mark.model
@pytest.mark.parametrize("text, word", [
    ("It was announced that the border would reopen.", "announced"),  # an expletive subject: the clause frame's
    ("The officials who were fired had criticized the plan.", "fired"),  # a relative pronoun names nothing said
])
def test_no_theme_without_a_subject_said_of(nlp, text, word):
    tok = next(t for t in nlp(text) if t.text == word)
    assert (hedge_cue(tok) or ("", ""))[0] != "theme"


@pytest.mark.model
def test_a_bare_subject_is_reported_only_by_a_verb_of_saying(nlp):
    # "signed" is a learned cue of the training news, but "the deal was signed" says nothing anyone said
    text = "The deal was signed in Doha on Tuesday."
    assert not [q for q in _quotes(nlp, text) if q.cue is not None and q.cue.text == "was signed"]


@pytest.mark.model
@pytest.mark.parametrize("text, cue, content", [
    ("The mayor is best known for his work on housing.", "is best known for", ["The mayor", "his work on housing"]),
    ("The new tariff was widely seen as a threat to farmers.", "was widely seen as", ["The new tariff", "a threat to farmers"]),
    ("The former minister is accused of taking bribes from builders.", "is accused of", ["The former minister", "taking bribes from builders"]),
])
def test_the_preposition_of_a_theme_complement_is_part_of_the_cue(nlp, text, cue, content):
    """PolNeAR's convention ("is seen as", "is known for"): the preposition belongs to the cue, and the
    content scored is the subject and the preposition's object, without it."""
    from sitrep.bench.attribution import to_polnear

    quotes = [q for q in _quotes(nlp, text) if q.cue is not None and q.cue.text == cue]
    assert quotes
    [att] = [a for a in to_polnear(text, quotes)]
    assert [text[s:e] for s, e in att["content"]] == content
