"""Who-does-what features for the event-type model, read from a sentence's dependency parse.

Several ACLED sub-event types differ only in who acts on whom: a town taken by the army
("Government regains territory") or by a rebel group ("Non-state actor overtakes
territory"); police firing on protesters ("Excessive force against protesters") or
protesters throwing stones ("Violent demonstration"). A bag of words sees "army", "rebels"
and "seized" but not which of them seized. These features name, for each verb, the sector
of its logical subject and object (passives turned round: "was taken by rebels" gives the
rebels as subject), coded with the actor coder's sector lexicon (data/sectors.yaml), and
the head word of each, alone and joined with the verb.

Events told by a noun get the same features, with the noun in the verb's place: "an attack
by rebels on a convoy" (also when the parser hangs "on a convoy" under "rebels"), "the seizure of the town by militants", "clashes between the army
and militants", "a police crackdown on protesters" (by/between, a possessive or a modifier
with a sector give doers; on/against/with, and "of" after a noun of data/events.yaml
``role_nouns`` or with a "by" doer, give the ones acted on). The event nouns are the
lexicon's ``nouns``, ``fight_nouns`` and ``role_nouns``. Dates, times and numbers are no
doers ("on Sunday killed" can parse with Sunday as the subject).

Measured and dropped (5-fold CV, seeds 0-2): marking the roles of a negated or
hypothetical act ("did not attack", "would strike") apart, or leaving them out, did not
raise the model or the sparse part.

Features (strings, prefix ``r:``): ``r:s:MIL`` (a subject's sector), ``r:o:CVL`` (an
object's), ``r:s:MIL>take`` and ``r:take>o:CVL`` (with the verb's lemma), ``r:s=police``
and ``r:o=protester`` (head lemmas). An argument with no sector word is coded by its named
entity type (``GPE``, ``NORP``, ``ORG``, ``PERSON``) or by a named armed group's code
sector, else ``X``; pronouns give nothing.
"""
from __future__ import annotations

from collections import Counter
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from sitrep.codebook import SectorLexicon

__all__ = ["role_features", "argument_sector"]

_SUBJ = ("nsubj", "csubj")
_PATIENT = ("nsubjpass", "dobj", "obj")
_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
# a time or a number is no doer ("on Sunday killed" parses with Sunday as the subject)
_NOT_ACTORS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"})
# "an attack by rebels on Sunday / on X": a time or a place after the doer is no one acted on
_WHEN_OR_WHERE = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})


def argument_sector(token: Token, lex: SectorLexicon, lookup=None) -> str | None:
    """Sector of the noun phrase headed by ``token`` (None for a pronoun)."""
    if token.pos_ == "PRON":
        return None
    if token.ent_type_ in _NOT_ACTORS:
        return None
    words = [t for t in token.subtree if t.i <= token.i and t.i >= token.left_edge.i and t.dep_ != "punct"]
    low = [t.lower_ for t in words]
    for j in range(len(low) - 1):
        s = lex.phrases.get(" ".join(low[j:]))
        if s:
            return s
    lemma = token.lemma_.lower()
    head = lex.heads.get(lemma) or lex.heads.get(token.lower_)
    qual = next((q for w in reversed(low[:-1]) if (q := lex.qualifiers.get(w))), None)
    if (head in ("MIL", "POL") and qual == "REB") or head == "REB":
        return "REB"  # "rebel forces", "armed groups": an armed group's fighters, not a state's
    if (head is None or head == "GOV" or lemma in lex.weak) and qual:
        return qual
    if head is not None:
        return head
    if lookup is not None:
        entry = lookup(" ".join(t.text for t in words if t.dep_ not in ("det", "poss", "case")))
        if entry is not None and entry.sector:
            return entry.sector
    ent = token.ent_type_ or next((t.ent_type_ for t in words if t.ent_type_), "")
    return ent if ent in _ENTS else "X"


def _with_conjuncts(tokens: list[Token]) -> list[Token]:
    out = []
    for t in tokens:
        out.append(t)
        out.extend(c for c in t.conjuncts if c.i > t.i)
    return out


def _arguments(verb: Token) -> tuple[list[Token], list[Token]]:
    """(logical subjects, logical objects) of a verb; a verb with no subject of its own
    (a conjoined or open-clause verb) takes its head verb's."""
    subj = [c for c in verb.children if c.dep_ in _SUBJ]
    subj += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    obj = [c for c in verb.children if c.dep_ in _PATIENT]
    hop = verb
    while not subj and hop.dep_ in ("conj", "xcomp", "advcl") and hop.head != hop:
        hop = hop.head
        subj = [c for c in hop.children if c.dep_ in _SUBJ]
    return _with_conjuncts(subj), _with_conjuncts(obj)


def _noun_arguments(noun: Token, ev) -> tuple[list[Token], list[Token]]:
    """(doers, ones acted on) of an event told by a noun: "an attack by rebels on a convoy",
    "the seizure of the town by militants", "clashes between the army and militants",
    "a police crackdown on protesters", "the army's offensive"."""
    subj: list[Token] = []
    obj: list[Token] = []
    has_by = any(c.dep_ == "prep" and c.lower_ == "by" for c in noun.children)
    takes_of = has_by or noun.lemma_.lower() in ev.role_nouns or noun.lower_ in ev.role_nouns
    for c in noun.children:
        if c.dep_ == "poss":
            (obj if has_by else subj).append(c)
        elif c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i:
            subj.append(c)
        elif c.dep_ == "prep":
            p = c.lower_
            pobj = [g for g in c.children if g.dep_ == "pobj"]
            if p in ("by", "between"):
                subj += pobj
            elif p in ("on", "against", "upon", "with"):
                obj += pobj
            elif p == "of" and takes_of:
                obj += pobj
    # "an attack by rebels on a convoy": the parser often hangs "on a convoy" under the doer; it is the noun's
    obj += [g for d in subj if d.dep_ == "pobj" and d.head.lower_ == "by" for c in d.children if c.dep_ == "prep"
            and c.lower_ in ("on", "against", "upon") for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in _WHEN_OR_WHERE]
    return _with_conjuncts(subj), _with_conjuncts(obj)


@cache
def _event_nouns():
    """The event lexicon and its nouns that tell an event: ``nouns``, ``fight_nouns``, ``role_nouns``."""
    from sitrep.extract.lexicon import load_event_lexicon

    ev = load_event_lexicon()
    return ev, frozenset(ev.nouns) | ev.fight_nouns | ev.role_nouns


def role_features(span: Span, lex: SectorLexicon | None = None, lookup=None) -> Counter[str]:
    """The who-does-what features of a parsed sentence or text (see the module docstring).
    ``lex`` defaults to the codebook's sector lexicon and ``lookup`` to its name lookup."""
    if lex is None:
        from sitrep.codebook import load_codebook

        book = load_codebook()
        lex, lookup = book.sectors, book.lookup
    ev, event_nouns = _event_nouns()
    feats: Counter[str] = Counter()
    for verb in span:
        if verb.pos_ == "VERB":
            subj, obj = _arguments(verb)
        elif verb.pos_ == "NOUN" and (verb.lemma_.lower() in event_nouns or verb.lower_ in event_nouns):
            subj, obj = _noun_arguments(verb, ev)
        else:
            continue
        v = verb.lemma_.lower()
        for role, args in (("s", subj), ("o", obj)):
            for a in args:
                sec = argument_sector(a, lex, lookup)
                if sec is None:
                    continue
                if role == "s" and a.dep_ in ("amod", "compound", "nmod") and sec == "X":
                    continue  # "heavy clashes", "the Sunday attack": a modifier with no sector is no doer
                feats[f"r:{role}:{sec}"] += 1
                feats[f"r:{role}={a.lemma_.lower()}"] += 1
                feats[f"r:s:{sec}>{v}" if role == "s" else f"r:{v}>o:{sec}"] += 1
    return feats
