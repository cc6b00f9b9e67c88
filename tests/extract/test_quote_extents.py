"""Contents that stopped short of what they report: a second that-clause the parser hung on the
cue verb, and how far the boundary model may move a content's end (up to the next cue word,
unless that cue is inside the content's own phrase: a nested report, which PolNeAR keeps in the
outer content; not when it hangs on the reporting verb: the speaker's next act)."""
from __future__ import annotations

import pytest

from sitrep.extract.learned_cues import load_learned_cues
from sitrep.extract.quotes import find_quoted, paragraph_starts
from sitrep.extract.quotes.run import Run
from sitrep.extract.speakers import load_cues


def _reach(nlp, text: str, cue: str) -> tuple[str, str]:
    """The content proposed for the verb ``cue`` and the text up to the last end the boundary model may choose."""
    doc = nlp(text)
    run = Run(text, doc, load_cues(), paragraph_starts(text), find_quoted(text), load_learned_cues(), None)
    run.keep_nested = True
    c = next(c for c in run.candidates() if c.cue is not None and c.cue.text == cue)
    _, _, _, hi = run.edges(c)
    return text[c.content[0]:c.content[1]], doc[:hi].text


@pytest.mark.model
@pytest.mark.parametrize("text, cue, content, reach", [
    ("The mayor said the city had run out of money and asked the state for help.\n", "said",
     "the city had run out of money", "asked the state for help."),
    ("Police said the gunman had fled the scene and urged residents to stay indoors.\n", "said",
     "the gunman had fled the scene", "urged residents to stay indoors."),
])
def test_a_cue_inside_the_content_does_not_stop_its_end(nlp, text, cue, content, reach):
    """A verb conjoined inside the complement ("the city had run out of money and asked ..."): the
    parse puts it in the reported clause, so the model may take it in (PolNeAR train does about a
    third of the time); the frame alone still ends before it."""
    proposed, upto = _reach(nlp, text, cue)
    assert proposed.startswith(content)
    assert upto.rstrip().endswith(reach)


@pytest.mark.model
def test_a_cue_on_the_reporting_verb_still_stops_it(nlp):
    """'said X, adding that Y': the second cue is the speaker's next act, not part of X."""
    proposed, upto = _reach(nlp, "The minister said that the plan had failed, adding that the board would meet.\n", "said")
    assert proposed == "the plan had failed"
    assert "adding" not in upto


def _proposed(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    run = Run(text, doc, load_cues(), paragraph_starts(text), find_quoted(text), load_learned_cues(), None)
    run.keep_nested = True
    return [(c.cue.text, text[c.content[0]:c.content[1]]) for c in run.candidates() if c.cue is not None]


@pytest.mark.model
def test_a_second_that_clause_hung_on_the_cue_is_more_of_its_content(nlp):
    text = "She told reporters that prices would rise, and that wages would not keep up.\n"
    assert ("told", "prices would rise, and that wages would not keep up") in _proposed(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, content", [
    ("The union said that the strike would go on, and the company closed its gates.\n", "the strike would go on"),
    ("The governor said that taxes would fall and promised that schools would get more money.\n", "taxes would fall"),
])
def test_a_clause_of_its_own_after_the_complement_is_not(nlp, text, content):
    """A clause with no complementizer ("and the company closed its gates") or the speaker's next
    cue ("and promised that ...") is no second complement."""
    assert ("said", content) in _proposed(nlp, text)
