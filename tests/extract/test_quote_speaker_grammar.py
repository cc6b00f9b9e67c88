"""Speakers found through the grammar around the cue: a speaker phrase whose modifiers a comma
separates, and a participle hung on a speech or a text that its giver or writer speaks through."""
from __future__ import annotations

import pytest

from sitrep.config import Options
from sitrep.extract.base import Analysis
from sitrep.extract.quotes import QuoteStage
from sitrep.extract.speakers import speaker_tokens
from sitrep.model import Article, Quote


def _quotes(nlp, text: str) -> list[Quote]:
    an = QuoteStage(Options())(Analysis(article=Article(id="t", text=text), doc=nlp(text), options=Options()))
    return an.quotes


def _speaker_of(nlp, text: str, content: str) -> str:
    quotes = _quotes(nlp, text)
    # the quote whose content opens with the words, else one that holds them (not another quote that swallowed them)
    hits = [q for q in quotes if q.content.text.startswith(content)] or [q for q in quotes if content in q.content.text]
    assert hits, f"no quote holds {content!r}"
    return hits[0].speaker.text


@pytest.mark.model
@pytest.mark.parametrize("text, content, speaker", [
    # a comma between two modifiers before the head joins the phrase; cut there, the quotation
    # before the phrase was not right before it and the quote was lost
    ('"The shelling went on all night," the elderly, frail woman told reporters.',
     "The shelling went on all night", "the elderly, frail woman"),
    ('"We will not give up," a tired, hungry resident said.', "We will not give up", "a tired, hungry resident"),
    ('"We will not give up," the tall, 60-year-old commander said in an interview.',
     "We will not give up", "the tall, 60-year-old commander"),
])
def test_a_comma_between_modifiers_keeps_the_speaker_phrase_whole(nlp, text, content, speaker):
    assert _speaker_of(nlp, text, content) == speaker


@pytest.mark.model
def test_a_comma_after_the_head_still_ends_the_name_phrase(nlp):
    doc = nlp("The veteran, 70, said the water was gone.")
    head = next(t for t in doc if t.text == "veteran")
    i, j = speaker_tokens(head)
    assert doc[i:j].text == "The veteran"


@pytest.mark.model
@pytest.mark.parametrize("text, content, speaker", [
    # a participle on a speech or a text: who gave or wrote it speaks, also when the noun hangs on a
    # preposition or a partitive before the verb
    ("The opposition leader opened the campaign with a speech warning that the vote would be rigged.",
     "the vote would be rigged", "The opposition leader"),
    ("The governor spent much of his speech defending the police response to the riots.",
     "the police response", "The governor"),
    ("The foreign minister spoke for an hour during a speech accusing the rebels of breaking the truce.",
     "breaking the truce", "The foreign minister"),
])
def test_the_giver_of_a_speech_speaks_through_its_participle(nlp, text, content, speaker):
    assert _speaker_of(nlp, text, content) == speaker


@pytest.mark.model
def test_speakers_described_by_a_participle_the_parse_took_for_a_clause(nlp):
    # the parse hangs "going ..." on the cue as a clausal subject and leaves the cue no nominal one; the
    # noun right before the cue was a date ("Tuesday"), which is when, not who
    text = "Large majorities of voters in six states going to the polls on Super Tuesday said they support the ban."
    assert _speaker_of(nlp, text, "they support the ban").startswith("Large majorities of voters")


@pytest.mark.model
@pytest.mark.parametrize("text, content, speaker", [
    # a participle hung on a clause of "it" and "be": the "it" says nothing, the one who reports the
    # clause speaks, or the subject of the clause inside it before the participle (a cleft)
    ("The minister insisted it was too early to lift the curfew while adding that the army would stay in the city.",
     "the army would stay", "The minister"),
    ("It was at the summit that the president made his case, pointing to the rise in attacks on the border.",
     "the rise in attacks", "the president"),
    # an "it" that stands for a body and reports stays the speaker
    ("It said the talks had failed, adding that a new round would start in May.", "a new round", "It"),
])
def test_a_participle_on_a_clause_of_it_and_be_speaks_for_the_reporter(nlp, text, content, speaker):
    assert _speaker_of(nlp, text, content) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, cue, holder", [
    # a noun cue with "from X" or "among X" after it: X holds the stance, not the subject of the
    # verb that takes the noun (who meets the criticism, or shows the anxiety)
    ("The minister faced sharp criticism from opposition lawmakers over the decision to close the border.",
     "criticism", "lawmakers"),
    ("The vote reflects anxiety among farmers about the new tariffs.", "anxiety", "farmers"),
    # no such preposition: the verb's subject holds it still
    ("The minister voiced concern about the new tariffs.", "concern", "minister"),
])
def test_the_holder_of_a_noun_cue_named_after_it(nlp, text, cue, holder):
    an = Analysis(article=Article(id="t", text=text), doc=nlp(text), options=Options())
    run = QuoteStage(Options()).run_of(an)
    nouns = [c for c in run.proposals() if c.frame == "noun" and c.cue is not None and c.cue.text == cue]
    assert nouns, f"no noun cue {cue!r} proposed"
    assert nouns[0].subject.text == holder
