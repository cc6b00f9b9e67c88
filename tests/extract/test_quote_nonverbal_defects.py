"""Quote defects of phrases and headlines: "per" an agreement names no source, a country before a
headline's colon speaks only a clause in a tense of report, and a connective fronted before a
parenthetical cue clause is no content of its own. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model
PUB = dt.date(2022, 5, 9)
_BODY = "\n\nThe river rose two metres on Sunday."


# -- "per" an agreement, a law or a plan: "in accordance with", no source -----------------------


@pytest.mark.parametrize("text, noun", [
    ("Per the agreement, troops will withdraw from the border towns by March.", "agreement"),
    ("Per the ceasefire deal, both sides will pull back their heavy weapons.", "deal"),
    ("Per the new law, rallies near the parliament building are banned.", "law"),
    ("The bridge will reopen next month, per the city's repair plan.", "plan"),
])
def test_per_an_agreement_names_no_speaker(analyze, text, noun):
    report = analyze(text)
    assert not any(q.speaker is not None and noun in q.speaker.text for q in report.quotes), \
        [(q.speaker.text, q.content.text) for q in report.quotes]


@pytest.mark.parametrize("text, speaker", [
    ("Per a police statement, three people were arrested at the scene.", "a police statement"),
    ("Three people were arrested at the scene, per local officials.", "local officials"),
])
def test_per_a_statement_or_officials_still_names_the_source(analyze, text, speaker):
    report = analyze(text)
    assert any(q.speaker is not None and q.speaker.text == speaker and "arrested" in q.content.text for q in report.quotes)


# -- a country before a headline's colon --------------------------------------------------------


@pytest.mark.parametrize("line, speaker, words", [
    ("China: Taiwan must accept reunification talks", "China", "Taiwan must accept"),
    ("Ukraine: Russian troops have left the Kherson region", "Ukraine", "troops have left"),
])
def test_a_country_before_a_colon_speaks_a_reported_clause(analyze, line, speaker, words):
    report = analyze(line + _BODY)
    assert any(q.speaker.text == speaker and q.cue.text == ":" and words in q.content.text for q in report.quotes), \
        [(q.speaker.text, q.content.text) for q in report.quotes]


@pytest.mark.parametrize("line", [
    "Syria: 20 killed in blast near Damascus",  # a bare participle: what happened there
    "Nigeria: Gunmen kill 12 in village raid",  # headline present: the news itself
    "Sudan: RSF killed hundreds of civilians in El Geneina",  # the plain past: the news too
    "Burkina Faso: Army massacred 223 villagers",
    "Russia: Ukraine shelled Donetsk overnight",
    "Iowa: Rain floods the river towns",  # no country
    "Iowa: Farmers have lost their crops to the flood",  # a clause in the perfect, but no country
])
def test_a_country_before_a_colon_is_a_topic_otherwise(analyze, line):
    report = analyze(line + _BODY)
    assert not any(q.cue is not None and q.cue.text == ":" for q in report.quotes)


# -- a connective before a parenthetical cue clause -----------------------------------------------


@pytest.mark.parametrize("text, content", [
    ("However, the minister said, the talks will resume next week.", "the talks will resume next week"),
    ("Still, the mayor said, the bridge will reopen in May.", "the bridge will reopen in May"),
    ("In fact, the spokeswoman said, nobody was hurt in the fire.", "nobody was hurt in the fire"),
])
def test_a_fronted_connective_is_no_content(analyze, text, content):
    report = analyze(text)
    assert [q.content.text for q in report.quotes] == [content]


@pytest.mark.parametrize("text, words", [
    ("Only then, the minister said, will the talks resume.", "Only then"),
    ("Never before, the mayor said, had the river risen so high.", "Never before"),
])
def test_an_adverb_that_inverts_the_clause_is_part_of_the_content(analyze, text, words):
    report = analyze(text)
    assert any(words in q.content.text for q in report.quotes), [q.content.text for q in report.quotes]
