"""Tests for the verb cue model: features, loading, and the candidates of the verbs it proposes."""
from __future__ import annotations

import pytest

from tests._helpers import proposed_quotes

from sitrep.extract.cue_model import CUE_MODEL_RATE, CueModel, load_cue_model, verb_features
from sitrep.extract.quotes import find_quoted, paragraph_starts
from sitrep.extract.speakers import load_cues


def test_packaged_model_loads_with_its_threshold():
    model = load_cue_model()
    assert model is not None and model.threshold == pytest.approx(CUE_MODEL_RATE)
    assert len(model.weights) > 1000
    # a verb over a clause with its own subject is a cue far more often than one without
    assert model.weights.get("clause_subj=True", 0.0) > model.weights.get("clause_subj=False", 0.0)


def test_load_from_a_file_and_score(tmp_path):
    path = tmp_path / "cue_model.tsv"
    path.write_text("# comment\n# threshold\t0.40\nfeature\tweight\nbias\t-1.0\nlemma=vote\t2.0\n", encoding="utf-8")
    model = load_cue_model(str(path))
    assert model == CueModel({"bias": -1.0, "lemma=vote": 2.0}, 0.4)
    assert model.probability(["bias"]) == pytest.approx(0.2689, abs=1e-4)
    assert model.probability(["bias", "lemma=vote"]) == pytest.approx(0.7311, abs=1e-4)
    assert model.probability(["bias", "unseen"]) == model.probability(["bias"])


@pytest.mark.model
def test_features_read_the_object_preposition_and_subject(nlp):
    doc = nlp("The senator took a shot at the governor.")
    took = next(t for t in doc if t.text == "took")
    f = verb_features(took)
    assert {"lemma=take", "obj=shot", "lemma=take&obj=shot", "has=dobj", "subj_pos=NOUN"} <= set(f)
    assert any(name.startswith("prep=at") or name == "obj=shot&prep=at" for name in f)


@pytest.mark.model
@pytest.mark.parametrize("text, cue, content", [
    ("The senator took a shot at the governor during the debate.\n", "took a shot at", "the governor"),
    ("The council voted against the budget on Tuesday.\n", "voted against", "the budget"),
    ("The governor made the case for a new tax on fuel.\n", "made the case for", "a new tax on fuel"),
])
def test_cue_phrases_the_lemma_table_misses_are_proposed_with_their_object(nlp, text, cue, content):
    """Verbs that are cues only in some frames ('took a shot at', 'voted against'): the model
    proposes them, the whole phrase is the cue and the preposition's object the content (as
    PolNeAR annotates them)."""
    assert (cue, content, "phrase-object") in proposed_quotes(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The senator took a walk in the park after lunch.\n",
    "The company made a profit of ten million dollars.\n",
    "Protesters threw stones at police in Nairobi on Tuesday.\n",  # verb and object never a cue in the training news
])
def test_the_same_verbs_in_other_frames_are_not_cues(nlp, text):
    assert proposed_quotes(nlp, text) == []


@pytest.mark.model
def test_unfiltered_runs_do_not_use_the_model(nlp):
    from sitrep.extract.learned_cues import load_learned_cues
    from sitrep.extract.quotes.run import Run

    text = "The council voted against the budget on Tuesday.\n"
    run = Run(text, nlp(text), load_cues(), paragraph_starts(text), find_quoted(text), load_learned_cues(), None)
    assert run.candidates() == [] and run.model_cues == set()
