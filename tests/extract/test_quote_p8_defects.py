"""Quote defects the eighth probe (tests/data/probe8) showed, fixed by general rules.
Sentences written for these tests (not the probe's)."""
from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model
PUB = dt.date(2024, 6, 10)


@pytest.mark.parametrize("text, speaker, said", [
    ("KHARTOUM, June 10 (Nile Wire) - An air strike on a cattle market killed at least 31 civilians on Sunday, "
     "a local volunteer group said on Monday.", "a local volunteer group", "An air strike on a cattle market killed at least 31 civilians on Sunday"),
    ("GOMA, June 10 (Lakes Wire) - A shell hit a camp for displaced people on Saturday, activists said.",
     "activists", "A shell hit a camp for displaced people on Saturday"),
])
def test_the_words_said_after_a_dateline_the_parse_made_the_subject(analyze, text, speaker, said):
    """Before, where the parser made the dateline's city the subject of "said" (the lead one noun
    phrase with it), the words said were the dateline itself ("KHARTOUM, June 10 (Nile Wire)")."""
    (quote,) = [q for q in analyze(text).quotes if q.speaker.text == speaker]
    assert quote.content.text == said


def test_a_speaker_opening_the_lead_keeps_his_words(analyze):
    (quote,) = analyze("NAIROBI, June 10 (Lakes Wire) - The minister said on Monday that the talks would resume next week.").quotes
    assert quote.content.text == "the talks would resume next week"
