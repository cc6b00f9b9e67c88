"""The annotate stage: sentence boundaries at blank lines."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_a_blank_line_ends_a_sentence(nlp):
    text = ("Separate strike kills four fighters near Hodeidah\n\n"
            "Four fighters were killed when jets struck a checkpoint on Tuesday, a military source said.\n\n"
            "By Staff Writer\n\nThe strike was the second this month.")
    sents = [s.text.strip() for s in nlp(text).sents if s.text.strip()]
    assert sents[0] == "Separate strike kills four fighters near Hodeidah"
    assert sents[1].startswith("Four fighters were killed") and sents[1].endswith("a military source said.")
    assert "By Staff Writer" in sents and sents[-1] == "The strike was the second this month."


def test_one_line_break_does_not_end_a_sentence(nlp):
    doc = nlp("The minister said the talks\nwould resume on Monday in Geneva.")
    assert len(list(doc.sents)) == 1


def _annotated(nlp, text):
    from sitrep.annotate.nlp import annotate

    return next(annotate(nlp, [text]))


def test_a_headline_is_parsed_without_the_story_after_it(nlp):
    # Parsed whole, the story's first words make the headline's object a subject.
    text = ("Algeria recalls ambassador to France, expels French diplomats\n\n"
            "Algeria on Sunday recalled its ambassador to France and expelled French diplomats, "
            "the foreign ministry said.")
    doc = _annotated(nlp, text)
    assert doc.text == text
    diplomats = next(t for t in doc if t.text == "diplomats")
    assert diplomats.dep_ == "dobj" and diplomats.head.text == "expels"
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0] == "Algeria recalls ambassador to France, expels French diplomats"
    assert sents[1].startswith("Algeria on Sunday recalled")
    assert [e.text for e in doc.ents if e.label_ == "GPE"][:2] == ["Algeria", "France"]


@pytest.mark.parametrize("text", [
    "The talks failed.\n\nThe minister said the army would withdraw.",   # a first sentence, not a headline
    "The minister said the talks\nwould resume.\n\nThey did not.",        # a paragraph of two lines
    "Talks resume in Geneva",                                             # a headline with no story
])
def test_text_without_a_headline_line_is_parsed_whole(nlp, text):
    from sitrep.annotate.nlp import headline_end

    assert headline_end(text) == 0
    doc, whole = _annotated(nlp, text), nlp(text)
    assert [(t.text, t.dep_, t.head.i) for t in doc] == [(t.text, t.dep_, t.head.i) for t in whole]


def test_a_headline_keeps_the_story_parse_and_offsets(nlp):
    story = "Four fighters were killed when jets struck a checkpoint on Tuesday, a military source said."
    text = "Strike kills four fighters near the border\n\n" + story
    doc = _annotated(nlp, text)
    assert doc.text == text and doc.tensor.shape[0] == len(doc)
    tail = [t for t in doc if t.idx >= text.index(story)]
    alone = nlp(story)
    assert [(t.text, t.dep_, t.idx - tail[0].idx) for t in tail] == [(t.text, t.dep_, t.idx) for t in alone]
