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
