"""Texts without sentence ends or spaces cost linear time: the parser sees sentences of bounded
length and the tokenizer pieces of bounded length. Checked by sizes, not by a clock."""
from __future__ import annotations

import pytest

from sitrep.annotate.nlp import MAX_CHUNK, MAX_RUN, MAX_WINDOW, ChunkedTokenizer, sentence_caps


def test_a_run_without_sentence_ends_is_cut_every_max_run_tokens():
    assert sentence_caps(1000, [], [], max_run=256, max_window=512) == [256, 512, 768]


def test_a_preset_start_restarts_the_count():
    assert sentence_caps(700, [0, 300], [], max_run=256, max_window=512) == [256, 556]


def test_a_long_stretch_is_cut_where_a_sentence_could_start():
    cands = list(range(10, 2000, 10))
    assert sentence_caps(2000, [], cands, max_run=256, max_window=512) == [510, 1020, 1530]


def test_short_runs_and_short_stretches_are_left_to_the_parser():
    assert sentence_caps(600, [], [100, 200, 400], max_run=256, max_window=512) == [400]
    assert sentence_caps(500, [], [100, 200, 400], max_run=256, max_window=512) == []


@pytest.mark.model
@pytest.mark.parametrize("text", ["killed " * 3000, "A " * 10000, "The army said the rebels attacked the town and " * 400])
def test_no_sentence_of_a_text_without_sentence_ends_is_longer_than_the_cap(nlp, text):
    doc = nlp(text)
    assert doc.text == text
    assert max(len(s) for s in doc.sents) <= MAX_RUN


@pytest.mark.model
def test_no_sentence_is_longer_than_the_window_where_the_parser_joins_the_pieces(nlp):
    doc = nlp("! " * 5000)
    assert max(len(s) for s in doc.sents) <= MAX_WINDOW


@pytest.mark.model
def test_real_sentences_keep_the_parsers_boundaries(nlp):
    text = " ".join(f"Police said {i} people were hurt in the clashes on Friday." for i in range(200))
    doc = nlp(text)
    assert len(doc) > MAX_WINDOW
    assert [s.text.strip() for s in doc.sents] == [f"Police said {i} people were hurt in the clashes on Friday." for i in range(200)]


@pytest.mark.model
@pytest.mark.parametrize("text", ["!" * 20000, '"' * 20000, "x " + "A" * 20000 + " y"])
def test_a_long_run_without_spaces_is_tokenized_in_bounded_pieces(nlp, text):
    sizes: list[int] = []
    inner = nlp.tokenizer.tokenizer

    def counting(piece: str):
        sizes.append(len(piece))
        return inner(piece)

    doc = ChunkedTokenizer(counting)(text)
    assert doc.text == text
    assert max(sizes) <= MAX_CHUNK + 4  # the run's piece, and the words before or after it


@pytest.mark.model
def test_text_without_long_runs_is_tokenized_as_before(nlp):
    text = "Read it at https://example.org/news/2024/03/02/a-long-story-about-shelling?id=12345 today, officials said."
    assert [t.text for t in nlp.tokenizer(text)] == [t.text for t in nlp.tokenizer.tokenizer(text)]


@pytest.mark.model
def test_a_cut_after_a_sentence_end_leaves_an_opening_straight_quote_to_the_sentence_it_opens(nlp):
    """A story over ``MAX_WINDOW`` tokens without blank lines is cut where a sentence could start:
    after 'met on Monday.' that is before the opening mark of '"Talks go on', not after it (a
    closing mark, attached to the sentence it ends, stays: 'go on."')."""
    from sitrep.annotate.nlp import sentence_starts

    text = " ".join(f'Officials met on day {i}. "Talks go on," one said.' for i in range(300))
    doc = sentence_starts(nlp.make_doc(text))
    cuts = [t for t in doc if t.i and t.is_sent_start]
    assert len(doc) > MAX_WINDOW and cuts
    assert all(t.text in ('"', "Officials") for t in cuts)
    assert any(t.text == '"' for t in cuts)


@pytest.mark.model
def test_a_closing_straight_quote_stays_with_the_sentence_it_ends(nlp):
    from sitrep.annotate.nlp import sentence_starts

    text = " ".join(f'One said: "Talks went on until day {i}." Officials left.' for i in range(300))
    doc = sentence_starts(nlp.make_doc(text))
    cuts = [t for t in doc if t.i and t.is_sent_start]
    assert len(doc) > MAX_WINDOW and cuts
    assert all(t.text in ("Officials", "One") for t in cuts)
