"""A learned check on quote candidates: is this cue + speaker + content a real attribution?

The quote stage proposes candidates generously (long-tail cue verbs, cues nested in
another quote's content); a logistic model over a few parse features keeps those that
look like annotated attributions. Weights (``data/quote_filter.tsv``) are fitted on
PolNeAR's train split by ``scripts/train_quote_filter.py``; scoring is a sum of weights,
no model library at run time.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sitrep.resources import data_text

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["QuoteFilter", "candidate_features", "load_quote_filter", "logistic", "read_weights"]

THRESHOLD = 0.5  # keep a candidate whose probability of being an attribution reaches this


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return f"<={e}"
    return f">{edges[-1]}"


def candidate_features(
    *,
    cue: "Token | None",
    cue_text: str,
    subject: "Token | None",
    content_tokens: int,
    content_after_cue: bool,
    kind: str,
    stance: str,
    nested: bool,
    rate: float,
    in_lexicon: bool,
    frame: str,
) -> list[str]:
    """Binary feature names of one candidate (the same list at training and run time)."""
    f = [
        "bias",
        f"kind={kind}",
        f"frame={frame}",
        f"nested={nested}",
        f"after={content_after_cue}",
        f"len={_bucket(content_tokens, (1, 2, 4, 8, 16, 32))}",
        f"rate={_bucket(int(rate * 100), (5, 10, 15, 20, 30, 50, 70, 85))}",
        f"lexicon={in_lexicon}",
        f"stance={stance}",
        f"nested={nested}&frame={frame}",
        f"kind={kind}&after={content_after_cue}",
    ]
    if cue is not None:
        lemma = cue.lemma_.lower() if cue.pos_ == "VERB" else cue_text.lower()
        f += [f"lemma={lemma}", f"cue_dep={cue.dep_}", f"cue_tag={cue.tag_}", f"lemma={lemma}&frame={frame}"]
    else:
        f.append("cue=none")
    if subject is not None:
        f += [
            f"subj_pos={subject.pos_}",
            f"subj_ent={subject.ent_type_ or '-'}",
            f"subj_dep={subject.dep_}",
            f"subj_after={cue is not None and subject.i > cue.i}",
        ]
        if subject.pos_ == "PRON":
            f.append(f"subj_pron={subject.lower_}")
    return f


@dataclass(frozen=True, slots=True)
class QuoteFilter:
    """Logistic weights by feature name."""

    weights: dict[str, float]
    threshold: float = THRESHOLD

    def probability(self, features: list[str]) -> float:
        return logistic(self.weights, features)

    def keep(self, features: list[str]) -> bool:
        return self.probability(features) >= self.threshold


def load_quote_filter(path: str | None = None) -> QuoteFilter | None:
    """The packaged filter (or one from ``path``); None when no weights are shipped."""
    text = data_text("quote_filter.tsv", path)
    if text is None:
        return None
    return QuoteFilter(*read_weights(text, THRESHOLD))


def logistic(weights: dict[str, float], features: list[str]) -> float:
    """The probability that a sum of feature weights gives (clipped: no overflow)."""
    z = sum(weights.get(name, 0.0) for name in features)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def read_weights(text: str, threshold: float) -> tuple[dict[str, float], float]:
    """Weights by feature name from a table a training script wrote (``feature<TAB>weight``
    lines), and the threshold of its ``# threshold`` line, else ``threshold``."""
    weights: dict[str, float] = {}
    for line in text.splitlines():
        if line.startswith("# threshold\t"):
            threshold = float(line.split("\t")[1])
        if not line or line.startswith("#"):
            continue
        name, _, value = line.rpartition("\t")
        if name and name != "feature":
            weights[name] = float(value)
    return weights, threshold
