"""Plain cue verbs ("X said S", "S, X said") whose attribution the parse used to hide: a second
subject taken from the fronted content, a conjunction alone before the cue clause, and an
infinitive cue on a copular adjective ("was careful to note")."""
from __future__ import annotations

import pytest

from sitrep.config import Options
from sitrep.extract.base import Analysis
from sitrep.extract.quotes import QuoteStage
from sitrep.model import Article, Quote


def _quotes(nlp, text: str) -> list[Quote]:
    an = QuoteStage(Options())(Analysis(article=Article(id="t", text=text), doc=nlp(text), options=Options()))
    return an.quotes


def _quote(nlp, text: str, content: str) -> Quote:
    hits = [q for q in _quotes(nlp, text) if q.content.text == content]
    assert hits, f"no quote is {content!r}: {[(q.speaker.text, q.content.text) for q in _quotes(nlp, text)]}"
    return hits[0]


@pytest.mark.model
def test_the_subject_next_to_the_verb_speaks_when_the_parse_takes_a_second(nlp):
    # the parse hangs "answer" on "said" as a subject too; the speaker is the one next to the verb
    q = _quote(nlp, 'Our answer: "We will not leave," the minister said.', "We will not leave")
    assert q.speaker.text == "the minister"


@pytest.mark.model
@pytest.mark.parametrize("text, speaker, content", [
    ("But, he said, the talks would go on until the end of the month.", "he",
     "the talks would go on until the end of the month"),
    ("And, the minister added, the border will stay closed to trucks.", "the minister",
     "the border will stay closed to trucks"),
])
def test_a_conjunction_alone_before_the_cue_clause_leaves_the_rest_as_content(nlp, text, speaker, content):
    assert _quote(nlp, text, content).speaker.text == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, speaker, content", [
    ("Farmers in the north were more likely to say that prices had risen.", "Farmers in the north", "prices had risen"),
    ("The governor was careful to note that no one had been arrested.", "The governor", "no one had been arrested"),
])
def test_the_subject_of_a_copular_adjective_speaks_through_its_infinitive(nlp, text, speaker, content):
    assert _quote(nlp, text, content).speaker.text == speaker


@pytest.mark.model
def test_the_it_of_a_hard_to_say_speaks_for_nobody(nlp):
    assert not _quotes(nlp, "It is hard to say whether the truce will hold.")


@pytest.mark.model
def test_a_cue_with_a_clause_after_it_reports_that_clause_not_the_adverbial_before(nlp):
    # the parse takes the fronted "as" clause for a second complement of "told"
    text = "Two weeks ago, as rebels were closing in on the capital, the president told his aides that he would not leave."
    contents = [q.content.text for q in _quotes(nlp, text)]
    assert "he would not leave" in contents
    assert not any("rebels were closing in" in c for c in contents)


@pytest.mark.model
def test_a_clause_before_a_cue_with_no_clause_after_stays_its_content(nlp):
    q = _quote(nlp, "The talks have failed, the minister told reporters.", "The talks have failed")
    assert q.speaker.text == "the minister"


@pytest.mark.model
def test_according_to_takes_its_content_from_its_own_paragraph(nlp):
    # a title line with no closing point: the parser runs one sentence across the line break
    text = "Fuel Shortage Worsens\nLines at the pumps are growing longer, according to the ministry."
    contents = [q.content.text for q in _quotes(nlp, text)]
    assert "Lines at the pumps are growing longer" in contents
    assert not any("Fuel Shortage" in c for c in contents)


@pytest.mark.model
def test_a_parenthetical_cue_takes_its_content_from_its_own_paragraph(nlp):
    text = "Border Talks Resume\nThe border, the minister said, will stay closed to trucks until June."
    contents = [q.content.text for q in _quotes(nlp, text)]
    assert "The border" in contents
    assert not any("Talks Resume" in c for c in contents)
