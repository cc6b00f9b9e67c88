"""Learned speech cues: verb lemma -> how often it heads an attribution in annotated news.

The table (``data/learned_cues.tsv``, verbs, nouns and adjectives, and verbs in the
complement-clause frame outside quotes) is counted on PolNeAR's train split by
``scripts/train_learned_cues.py``. It widens the hand lexicon (``data/cues.yaml``) to the
long tail of reporting and attitude verbs ("tout", "lament", "hint"); stances still come
from the hand lexicon only.
"""
from __future__ import annotations

import csv
from functools import lru_cache

from sitrep.resources import data_text

__all__ = ["load_learned_cues", "CUE_RATE", "FILTERED_CUE_RATE", "NOUN_RATE", "OBJECT_RATE", "CLAUSE_RATE"]

CUE_RATE = 0.15  # a verb this often a cue in the training news is treated as one (chosen on train)
FILTERED_CUE_RATE = 0.15  # the threshold when the learned quote filter checks every candidate
NOUN_RATE = 0.15  # a noun this often a cue heads an attribution in a possessive frame ("X's claim that")
OBJECT_RATE = 0.2  # ... and from this rate its direct object may be the content ("praised X")
CLAUSE_RATE = 0.3  # a verb this often a cue when it takes a clause with its own subject ("X thinks S"), filtered runs


def load_learned_cues(path: str | None = None, *, pos: str = "VERB") -> dict[str, float]:
    """Lemma -> cue rate of one part of speech (VERB, NOUN or ADJ) or frame (CLAUSE), from ``path`` or the packaged table."""
    return dict(_table(path).get(pos, {}))


@lru_cache(maxsize=2)
def _table(path: str | None) -> dict[str, dict[str, float]]:
    """The whole table by part of speech, read once (the stage asks for each part)."""
    text = data_text("learned_cues.tsv", path) or ""
    rows = csv.DictReader((line for line in text.splitlines() if line and not line.startswith("#")), delimiter="\t")
    table: dict[str, dict[str, float]] = {}
    for row in rows:
        table.setdefault(row.get("pos") or "VERB", {})[row["lemma"]] = float(row["rate"])
    return table
