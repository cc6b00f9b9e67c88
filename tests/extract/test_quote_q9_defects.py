"""Quote and attribution defects left open by the last session (q9): a second speaker's statement
joined to the first by a plain "and" that the parse nests inside the first clause, ... Sentences
written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import quote_with as _quote

pytestmark = pytest.mark.model
PUB = dt.date(2025, 6, 3)


# -- "X said S and Y said T" ---------------------------------------------------------------


@pytest.mark.parametrize("text, first, second, speaker", [
    ("The army said the attack was over and the police said three people died.",
     "the attack was over", "three people died", "the police"),
    ("The governor said the dam had held and engineers told reporters that the water was falling.",
     "the dam had held", "the water was falling", "engineers"),
])
def test_a_second_speaker_joined_by_and_is_no_content_of_the_first(analyze, text, first, second, speaker):
    """Before, the first speaker's content ran on over "and Y said T"."""
    r = analyze(text)
    assert _quote(r, first).content.text == first
    other = _quote(r, second)
    assert other.speaker.text == speaker and other.content.text == second


def test_a_speech_verb_with_no_clause_of_its_own_after_and_stays_content(analyze):
    r = analyze("She said the doctors told her she would recover and the nurses said the same.")
    assert _quote(r, "the doctors").content.text == "the doctors told her she would recover and the nurses said the same"


# -- "..., the statement adding that S" ----------------------------------------------------


def test_an_absolute_phrase_of_a_statement_adding_a_clause_is_a_quote_of_its_owner(analyze):
    """The parse sets "the statement" in apposition to the subject; before, "adding" found no
    speaker and the clause was no one's quote. The statement speaks for the speaker before it."""
    r = analyze("The army confirmed the deaths in a statement on Sunday, the statement adding that an investigation was under way.")
    q = _quote(r, "an investigation")
    assert q.content.text == "an investigation was under way"
    assert q.cue.text == "adding" and q.speaker.name == "The army"
