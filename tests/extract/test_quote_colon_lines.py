"""Headline and transcript lines "Name: words": a capitalised name speaks the words, a genre
label ("Analysis:", "Factbox:") names nobody. Lines written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model
PUB = dt.date(2022, 5, 9)
_BODY = "\n\nThe river rose two metres on Sunday."


@pytest.mark.parametrize("line, speaker", [
    ("DeSantis: Flood Barriers Will Hold Through Winter", "DeSantis"),  # a capital inside the name
    ("Mayor McAllister: Flood Barriers Will Hold Through Winter", "Mayor McAllister"),
])
def test_a_capitalised_name_before_a_colon_speaks(analyze, line, speaker):
    report = analyze(line + _BODY)
    assert any(q.speaker.text == speaker and q.cue.text == ":" and "Barriers Will Hold" in q.content.text for q in report.quotes)


@pytest.mark.parametrize("line", ["Analysis: Flood Barriers Will Hold Through Winter", "Factbox: Who Builds The Flood Barriers?",
                                  "EXCLUSIVE: Flood Barriers Will Hold Through Winter"])
def test_a_genre_label_before_a_colon_is_no_speaker(analyze, line):
    report = analyze(line + _BODY)
    assert not any(q.cue is not None and q.cue.text == ":" for q in report.quotes)


def test_the_genre_labels_load_from_the_cue_lexicon():
    from sitrep.extract.speakers import load_cues

    kickers = load_cues().kickers
    assert {"analysis", "factbox", "exclusive"} <= kickers and all(k == k.lower() for k in kickers)
