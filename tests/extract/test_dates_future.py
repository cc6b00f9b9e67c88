"""is_future on a sentence whose root is no verb (spaCy makes a new Token on each access,
so identity never marks the root: the climb must compare indices or it never ends)."""
from __future__ import annotations

import pytest

from sitrep.extract.dates import is_future


class _Tok:
    """A token like spaCy's: ``head`` builds a new object on each access."""

    def __init__(self, sent: list[tuple[str, str, int, str]], i: int) -> None:
        self._sent, self.i = sent, i
        self.lower_, self.pos_, self._head, self.dep_ = sent[i]

    @property
    def head(self) -> "_Tok":
        return _Tok(self._sent, self._head)

    @property
    def children(self) -> list["_Tok"]:
        return [_Tok(self._sent, j) for j, t in enumerate(self._sent) if t[2] == self.i and j != self.i]


def test_noun_rooted_sentence_ends():
    # "a delegation here on thursday": the parse made the noun the root
    sent = [("a", "DET", 1, "det"), ("delegation", "NOUN", 1, "ROOT"), ("here", "ADV", 1, "advmod"),
            ("thursday", "PROPN", 1, "npadvmod")]
    assert is_future(_Tok(sent, 3)) is False


def test_future_auxiliary_still_found():
    sent = [("they", "PRON", 2, "nsubj"), ("will", "AUX", 2, "aux"), ("meet", "VERB", 2, "ROOT"), ("tomorrow", "NOUN", 2, "npadvmod")]
    assert is_future(_Tok(sent, 3)) is True


@pytest.mark.model
def test_a_catenative_with_an_object_is_no_future(nlp):
    """"had set fire to a bus" sets something; "is set to meet" is a future."""
    assert is_future(nlp("Protesters who had set fire to a bus were arrested.")[3]) is False
    assert is_future(nlp("The two leaders are set to meet on Friday.")[4]) is True


@pytest.mark.model
@pytest.mark.parametrize("sentence, word", [
    ("Last week, two campaign offices were set on fire, and police said on Monday they were still searching for suspects.", "Monday"),
    ("Two shops were set alight on Tuesday.", "Tuesday"),
    ("The hostages were set free on Monday.", "Monday"),
    ("A camp for the displaced was set up on Sunday.", "Sunday"),
])
def test_a_catenative_with_a_result_of_its_own_is_no_future(nlp, sentence, word):
    """"were set on fire", "set free", "set up": the plain verb, done; a day told with it is past."""
    doc = nlp(sentence)
    (day,) = [t for t in doc if t.text == word]
    assert is_future(day) is False


@pytest.mark.model
@pytest.mark.parametrize("sentence, word", [
    ("The vote is scheduled for Monday.", "Monday"),
    ("Results are expected on Friday.", "Friday"),
    ("The two leaders are set to meet on Friday.", "Friday"),
])
def test_a_catenative_of_a_time_to_come_stays_future(nlp, sentence, word):
    doc = nlp(sentence)
    (day,) = [t for t in doc if t.text == word]
    assert is_future(day) is True
