"""A learned check on single verbs: does this verb, in this context, report what someone says?

The learned cue table (``data/learned_cues.tsv``) decides per lemma, so a verb that is a cue
only in some frames never passes it: "made clear that", "expressed concern about", "offered
support for", "called for", "voted against" (PolNeAR train: ~1,200 annotated attributions whose
verb cue the table does not take). This model scores one verb token from its context: its lemma,
its object's lemma ("make" + "clear"), the prepositions it governs, a complement clause with its
own subject, its subject's kind, negation, the marks next to it. In filtered runs the quote
stage proposes a verb the model rates at least ``CUE_MODEL_RATE`` as a cue; the quote filter
then judges the candidate like any other.

Weights (``data/cue_model.tsv``) are fitted on PolNeAR's train split by
``scripts/train_cue_model.py``; scoring is a sum of weights, no model library at run time.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.quote_filter import logistic, read_weights
from sitrep.resources import data_text

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["CUE_MODEL_RATE", "CueModel", "load_cue_model", "verb_features", "verb_object"]

CUE_MODEL_RATE = 0.2  # propose a verb the model rates this likely to be a cue (2-fold on train: precision ~0.32, recall ~0.35)
QUOTE_MARKS = frozenset('"“”‘’\'«»')  # quotation marks, straight and curly (also read by actors)
_CLAUSE_SUBJECTS = ("nsubj", "nsubjpass", "expl")


def _near(tok: "Token | None") -> str:
    """A neighbour as a feature value: the mark itself for punctuation, else its part of speech."""
    if tok is None:
        return "-"
    if tok.text in QUOTE_MARKS:
        return "quote"
    return tok.text if tok.is_punct else tok.pos_


def verb_object(verb: "Token", obj: "Token") -> str:
    """The feature of a verb and its object ("lemma=make&obj=clear"): one of ``verb_features``, and
    the key the quote stage looks up to weigh a verb-object phrase as a cue."""
    return f"lemma={verb.lemma_.lower()}&obj={obj.lemma_.lower()}"


def verb_features(tok: "Token") -> list[str]:
    """Binary feature names of one verb token (the same list at training and run time)."""
    doc = tok.doc
    lemma = tok.lemma_.lower()
    kids = list(tok.children)
    deps = {c.dep_ for c in kids}
    f = ["bias", f"lemma={lemma}", f"dep={tok.dep_}", f"tag={tok.tag_}"]
    f += [f"has={d}" for d in sorted(deps & {"ccomp", "xcomp", "dobj", "neg", "nsubjpass", "prt", "dative", "advcl", "aux", "oprd"})]
    clause = next((c for c in kids if c.dep_ == "ccomp" and c.i > tok.i), None)
    if clause is not None:
        own = any(g.dep_ in _CLAUSE_SUBJECTS for g in clause.children)
        that = any(g.dep_ == "mark" and g.lower_ in ("that", "whether", "if") for g in clause.children)
        f += [f"clause_subj={own}", f"clause_that={that}", f"lemma={lemma}&clause={own}"]
    xcomp = next((c for c in kids if c.dep_ == "xcomp" and c.i > tok.i), None)
    if xcomp is not None:
        f.append(f"lemma={lemma}&xcomp={xcomp.lemma_.lower()}")
    obj = next((c for c in kids if c.dep_ == "dobj"), None)
    if obj is not None:
        ol = obj.lemma_.lower()
        f += [f"obj={ol}", verb_object(tok, obj), f"obj_pos={obj.pos_}"]
        f += [f"obj={ol}&prep={c.lower_}" for c in obj.children if c.dep_ == "prep"][:2]
        if any(c.dep_ == "acl" or c.dep_ == "relcl" for c in obj.children):
            f.append("obj_clause")
    for c in [c for c in kids if c.dep_ == "prep" and c.i > tok.i][:2]:
        f += [f"prep={c.lower_}", f"lemma={lemma}&prep={c.lower_}"]
    acomp = next((c for c in kids if c.dep_ in ("acomp", "oprd")), None)
    if acomp is not None:
        f.append(f"lemma={lemma}&acomp={acomp.lemma_.lower()}")
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    if subj is None:
        f.append("subj=none")
    else:
        f += [f"subj_pos={subj.pos_}", f"subj_ent={subj.ent_type_ or '-'}"]
        if subj.pos_ == "PRON":
            f.append(f"subj_pron={subj.lower_}")
    nxt = next((t for t in doc[tok.i + 1:tok.i + 3] if not t.is_space), None)
    prev = next((t for t in reversed(doc[max(0, tok.i - 3):tok.i]) if not t.is_space), None)
    f += [f"next={_near(nxt)}", f"prev={_near(prev)}"]
    return f


@dataclass(frozen=True, slots=True)
class CueModel:
    """Logistic weights by feature name."""

    weights: dict[str, float]
    threshold: float = CUE_MODEL_RATE

    def probability(self, features: list[str]) -> float:
        return logistic(self.weights, features)

    def is_cue(self, tok: "Token") -> bool:
        return self.probability(verb_features(tok)) >= self.threshold


@lru_cache(maxsize=2)
def load_cue_model(path: str | None = None) -> CueModel | None:
    """The packaged model (or one from ``path``); None when no weights are shipped."""
    text = data_text("cue_model.tsv", path)
    if text is None:
        return None
    return CueModel(*read_weights(text, CUE_MODEL_RATE))
