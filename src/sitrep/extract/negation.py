"""A statement or act the sentence says was not made, shared by the events and the quotes stages:
its verb negated ("did not condemn", "has never accused"), each of its subjects or its object denied
("neither X nor Y denied", "no country condemned", "blamed no one"), or the verb's own "neither ...
nor" ("would neither confirm nor deny"); but not a "not" that only limits the act's extent ("did
not just deny S", "not only accused X but ...": cues.yaml ``limiting_words``)."""
from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

import yaml

from sitrep.extract.magnitudes import zero_noun
from sitrep.resources import data_text

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["negation_limited", "not_made", "not_yet"]

_SUBJECTS = ("nsubj", "nsubjpass", "csubj")


@cache
def _limiting() -> frozenset[str]:
    raw = yaml.safe_load(data_text("cues.yaml") or "") or {}
    return frozenset(str(w).lower() for w in raw.get("limiting_words", []))


def negation_limited(neg: "Token") -> bool:
    """A "not" that limits the act rather than denies it: "did not just shell the town", "did not
    merely blame X; it vowed ..."; the act was done, and more."""
    nxt = neg.doc[neg.i + 1] if neg.i + 1 < len(neg.doc) else None
    return nxt is not None and nxt.lower_ in _limiting()


def not_made(verb: "Token") -> bool:
    """Whether the sentence says the statement or act of ``verb`` was not made: the verb negated
    ("did not condemn", "has never condemned"), not by a limiting "not just/only", or every one of
    its subjects denied ("neither X nor Y condemned", "no country condemned", "nobody claimed"), its
    object ("blamed no one for X"), or the verb's own "neither ... nor" ("would neither confirm nor deny")."""
    if any(c.dep_ == "neg" and not negation_limited(c) for c in verb.children):
        return True
    if _neither_nor(verb) or (verb.dep_ == "conj" and _neither_nor(verb.head) and any(c.dep_ == "cc" and c.lower_ == "nor" for c in verb.head.children)):
        return True  # "would neither confirm nor deny that S": the classic non-denial
    if any(c.dep_ == "dobj" and zero_noun(c) for c in verb.children):
        return True  # "blamed no one for the bombing", "condemned nobody"
    return any((c.dep_ in ("preconj", "det") and c.lower_ == "neither") or zero_noun(s)
               for s in verb.children if s.dep_ in _SUBJECTS for c in (*s.children, s))


def not_yet(verb: "Token") -> bool:
    """Whether ``verb`` is the complement of a "yet" that says it is not done so far: "the group has yet
    to claim responsibility", "is yet to comment"."""
    return verb.dep_ == "xcomp" and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in verb.head.children)


def _neither_nor(verb: "Token") -> bool:
    return any(c.dep_ == "preconj" and c.lower_ == "neither" for c in verb.children)
