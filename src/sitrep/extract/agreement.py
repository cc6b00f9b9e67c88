"""Whether a pronoun may stand for a noun: the one agreement test that the event stage (a
pronoun's antecedent, a joined verb's doer) and the claim stage (two clauses' doers) share.

A pronoun agrees with a noun in number and gender; a collective noun ("the army", "the
militia", a named body or country, cues.yaml ``collective_nouns``) has no grammatical number,
so "they" and "it" may both stand for it, and no gender, so "he" and "she" may not."""
from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

import yaml

from sitrep.resources import data_text

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["collective", "gendered_pronoun", "grammatical_number", "may_refer"]

_COLLECTIVE_ENTS = frozenset({"ORG", "GPE"})


@cache
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    raw = yaml.safe_load(data_text("cues.yaml") or "") or {}
    low = lambda key: frozenset(str(w).lower() for w in raw.get(key, []))  # noqa: E731
    return low("collective_nouns"), low("female"), low("male")


def collective(tok: "Token") -> bool:
    """A noun naming a body told as one ("the army", "the police", "Hamas", "Israel"); not a
    pronoun, not a plural ("soldiers") nor a person ("a soldier")."""
    if tok.pos_ == "PRON":
        return False
    if tok.pos_ == "PROPN" and tok.ent_type_ in _COLLECTIVE_ENTS:
        return True
    return tok.lemma_.lower() in _lists()[0] or tok.lower_ in _lists()[0]


def gendered_pronoun(tok: "Token") -> bool:
    """A pronoun that tells a man or a woman ("he", "his", "she", "her": cues.yaml male, female)."""
    _, female, male = _lists()
    return tok.pos_ == "PRON" and (tok.lower_ in female or tok.lower_ in male)


def grammatical_number(tok: "Token") -> str:
    """"Sing", "Plur" or "" (none told, or a collective noun: either may be said of it)."""
    return "" if collective(tok) else "".join(tok.morph.get("Number"))


def may_refer(pron: "Token", noun: "Token") -> bool:
    """Whether the pronoun ``pron`` may stand for the phrase headed by ``noun``: their numbers
    agree or one has none, and a gendered pronoun ("he", "she") names no collective noun and no
    word of the other gender ("police shot dead a man after she ..." is not the man)."""
    _, female, male = _lists()
    word = pron.lower_
    if word in female or word in male:
        if collective(noun):
            return False
        unlike = male if word in female else female
        if noun.lemma_.lower() in unlike or noun.lower_ in unlike:
            return False
    n1, n2 = grammatical_number(pron), grammatical_number(noun)
    return not n1 or not n2 or n1 == n2
