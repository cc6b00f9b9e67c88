"""Tests for the learned content boundaries: positions, features, and the choice among them."""
from __future__ import annotations

import pytest

from sitrep.extract.content_bounds import (
    ContentBounds,
    Tokens,
    end_features,
    end_positions,
    load_content_bounds,
    start_features,
    start_positions,
)


def test_packaged_model_has_both_edges():
    bounds = load_content_bounds()
    assert bounds is not None
    assert len(bounds.start) > 100 and len(bounds.end) > 100
    # keeping the proposed edge is the usual answer: it outweighs an arbitrary far move
    assert bounds.start.get("d=0", 0.0) > bounds.start.get("d=>3", 0.0)
    assert bounds.end.get("d=0", 0.0) > bounds.end.get("d=<-3", 0.0)


def test_load_from_a_file(tmp_path):
    path = tmp_path / "bounds.tsv"
    path.write_text("# comment\nstart\tbias\t0.5\nend\tnext=,\t-1.25\n", encoding="utf-8")
    bounds = load_content_bounds(str(path))
    assert bounds.start == {"bias": 0.5} and bounds.end == {"next=,": -1.25}


@pytest.mark.model
def test_positions_skip_punctuation_and_the_complementizer(nlp):
    doc = nlp("The mayor said that the budget, which was late, was balanced in his remarks on Tuesday.")
    tk = Tokens(doc)
    assert tk.text == [t.text for t in doc] and tk.head == [t.head.i for t in doc] and tk.dep == [t.dep_ for t in doc]
    i0 = next(t.i for t in doc if t.text == "that") + 1  # content proposed from "the budget"
    j0 = next(t.i for t in doc if t.text == "balanced") + 1
    starts = list(start_positions(tk, i0, j0, 0))
    assert i0 in starts and all(not doc[i].is_punct for i in starts)
    assert all(doc[i].lower_ != "that" for i in starts)
    ends = list(end_positions(tk, i0, j0, len(doc)))
    assert j0 in ends and max(ends) > j0  # it may run on towards the sentence's end
    assert all(not doc[j - 1].is_space and doc[j - 1].text != "," for j in ends)


@pytest.mark.model
def test_far_back_ends_only_before_punctuation(nlp):
    doc = nlp("He said the plan would cut costs for every family in the state over the next ten years and beyond, "
              "limiting though not removing the need for new borrowing by the regional councils in the coming decades.")
    tk = Tokens(doc)
    i0, j0 = 2, len(doc) - 1  # proposed: to the end of the sentence
    ends = list(end_positions(tk, i0, j0, len(doc)))
    comma = next(t.i for t in doc if t.text == ",")
    assert j0 - comma > 14 and comma in ends  # the appendage after the comma may be cut
    assert all(j >= j0 - 14 or doc[j].is_punct for j in ends)


@pytest.mark.model
def test_content_may_end_on_a_percent_sign_or_a_bracket_it_opened(nlp):
    doc = nlp("He said support rose to 45% (from 40%) in the poll.")
    tk = Tokens(doc)
    lasts = [doc[j - 1].text for j in end_positions(tk, 2, 12, len(doc))]
    assert lasts.count("%") == 2 and ")" in lasts and "(" not in lasts
    inside = [doc[j - 1].text for j in end_positions(tk, 8, 12, len(doc))]  # content opened inside the brackets
    assert ")" not in inside


@pytest.mark.model
def test_refine_picks_the_best_scoring_position(nlp):
    doc = nlp("However, the budget was balanced in his remarks, the mayor said.")
    i0, j0 = 0, next(t.i for t in doc if t.text == "remarks") + 1
    cue = (doc[-2].idx, doc[-2].idx + len(doc[-2]))
    tk = Tokens(doc)
    feats = start_features(tk, 2, i0, j0, frame="parenthetical", kind="indirect", cue=cue)
    assert "cut:pfirst=however" in feats and "d=2" in feats
    cut_end = next(t.i for t in doc if t.text == "in")
    assert "cut:ptop_dep=prep" in end_features(tk, cut_end, i0, j0, frame="parenthetical", kind="indirect", cue=cue)
    # weights that drop a leading "however" and a trailing prepositional phrase
    bounds = ContentBounds(start={"cut:pfirst=however": 2.0, "d=0": 1.0}, end={"cut:ptop_dep=prep": 2.0, "d=0": 1.0})
    i, j = bounds.refine(tk, i0, j0, lo=0, hi=len(doc), frame="parenthetical", kind="indirect", cue=cue)
    assert doc[i:j].text == "the budget was balanced"
    # no weights at all: the proposed edges stand
    assert ContentBounds({}, {}).refine(tk, i0, j0, lo=0, hi=len(doc), frame="parenthetical", kind="indirect", cue=cue) == (i0, j0)
    # a fixed start (characterize content) only moves the end
    i, j = bounds.refine(tk, i0, j0, lo=0, hi=len(doc), frame="parenthetical", kind="indirect", cue=cue, fixed_start=True)
    assert i == i0 and doc[i:j].text == "However, the budget was balanced"


@pytest.mark.model
def test_a_piece_says_whether_it_holds_a_reporting_verb_a_date_or_the_speakers_next_act(nlp):
    """The pieces cut from an edge tell a reporting verb (by its learned cue rate), a date or
    time, and a conjunction opening a verb with no subject whose form matches the cue's."""
    doc = nlp("The senator noted that the vote was close and quoted the speaker on Monday.")
    tk = Tokens(doc, rates={"quote": 0.6, "note": 0.9})
    i0 = next(t.i for t in doc if t.text == "that") + 1
    j0 = len(doc) - 1  # proposed: to the sentence's end
    cue = (doc[2].idx, doc[2].idx + len(doc[2]))
    cut = next(t.i for t in doc if t.text == "and")
    feats = end_features(tk, cut, i0, j0, frame="ccomp", kind="indirect", cue=cue, root=2)
    assert {"cut:pcue=high", "cut:pent=DATE", "cut:pconj=vp", "cut:pconj_cue_tag=True"} <= set(feats)
    plain = end_features(Tokens(doc), cut, i0, j0, frame="ccomp", kind="indirect", cue=cue)
    assert "cut:pcue=0.02" in plain and not any(f.startswith("cut:pconj_cue") for f in plain)
