"""Attributions without a named source: the reporter passes on what is said, expected or
alleged without saying by whom ("X is reportedly planning ...", "X is expected to ...",
"it was announced that ...", "Asked whether S, ...").

Three constructions carry them, each cued by one word:

- ``adverb``: a hedging adverb on a verb ("reportedly", "allegedly"); the content is the
  verb's clause, its subject included;
- ``passive``: an agentless passive of a verb taking a clause ("is expected to VP",
  "was said to VP", "it was announced that S"); the content is the subject and the
  infinitive, or the complement clause after an expletive "it";
- ``participle``: a subjectless past participle with a complement ("Asked whether S",
  "when asked about X"); the content is what was asked, the asker is the unnamed reporter;
- ``passive-prep``: an agentless passive whose complement is a preposition's object ("X is
  known as Y", "is widely seen as", "was asked about Y"); the word is the verb and the
  preposition ("see as"; not one of place, direction or time: "were fired from the village"); the content is the subject and the object after "as"/"for" (the
  benchmark cuts the cue out of it), the object alone after a preposition of topic ("about");
- ``adjective``: a predicate adjective after an "it" subject, with a clause ("it is unclear
  whether S", "it is not clear that S"); the content is the clause.

A raising verb after an expletive "it" ("it seems that S", "it appears likely that S") is proposed
by the learned verb cues with "it" as the speaker; :meth:`Hedges._raising` turns such a candidate,
after the filter judged it (and in runs with no filter: it is grammar), into a source-less one
(frame ``hedge-raising``, content the clause).
A raised subject ("X seems to VP") stays the speaker for now: made source-less too (content from
the subject, as ``bench attribution`` already reads it), dev source_f1 fell 0.8013 -> 0.8006 and
content_exact_f1 0.6070 -> 0.6063 (PolNeAR gives such a subject as the source 23 times in 105 on train);
judged by the filter as a frame of its own, attribution_f1 fell 0.7433 -> 0.7399.
"""
from __future__ import annotations

import csv
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.annotate.tokens import doc_tokens
from sitrep.extract.quotes.candidate import Candidate
from sitrep.extract.quotes.text import TextView
from sitrep.resources import data_text

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sitrep.extract.speakers import Cues

__all__ = ["HEDGE_FRAMES", "HEDGE_RATE", "Hedges", "hedge_cue", "it_raising", "load_hedge_cues"]

HEDGE_RATE = 0.2  # a (construction, word) this often a source-less cue in the training news is proposed
HEDGE_FRAMES = frozenset({"hedge-adverb", "hedge-passive", "hedge-participle", "hedge-passive-prep", "hedge-adjective",
                          "hedge-raising"})
_RAISING_VERBS = frozenset({"seem", "appear"})  # verbs whose subject is raised from their complement ("X seems to VP")
_CONTENT_DEPS = ("ccomp", "xcomp")
_ASKED_DEPS = ("ccomp", "xcomp", "prep", "dobj")
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
_TOPIC_PREPS = frozenset({"about", "on", "over"})  # "was asked about X": X is what was asked, not who
# prepositions of place, direction and time head adjuncts, not the complement of a verb of judging or
# knowing: "shells were fired from the village", "clashes were reported in the capital" tell what happened
_ADJUNCT_PREPS = frozenset({"in", "at", "from", "into", "onto", "toward", "towards", "near", "across", "along",
                            "through", "throughout", "inside", "outside", "within", "around", "behind", "beyond",
                            "off", "during", "after", "before", "since", "until"})


def hedge_cue(tok: "Token") -> tuple[str, str] | None:
    """(construction, word) when ``tok`` may cue an attribution without a source, else None.
    The same test at training and run time."""
    if tok.pos_ == "ADV" and tok.dep_ == "advmod" and tok.head.pos_ in ("VERB", "AUX") and tok.head.i != tok.i:
        # "is widely expected to": the passive is the cue, the adverb a part of it
        return None if hedge_cue(tok.head) is not None else ("adverb", tok.lower_)
    if _it_adjective(tok) is not None:
        return "adjective", tok.lemma_.lower()
    if tok.pos_ != "VERB":
        return None
    deps = {c.dep_ for c in tok.children}
    if "agent" in deps:
        return None  # "was criticised by X": X speaks (the passive frame of the cue verbs)
    if "auxpass" in deps and any(c.dep_ in _CONTENT_DEPS and c.i > tok.i for c in tok.children):
        if any(c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in tok.children) and "xcomp" not in deps:
            return None  # "he's said he will ...": "'s" is "has", the subject speaks
        return "passive", tok.lemma_.lower()
    # "Asked what S, ...": the parser often tags the fronted participle as a past tense (VBD)
    if (tok.tag_ in ("VBN", "VBD") and tok.dep_ == "advcl" and not deps & (_SUBJECTS | {"aux", "auxpass"})
            and any(c.dep_ in _ASKED_DEPS and c.i > tok.i for c in tok.children)):
        return "participle", tok.lemma_.lower()
    prep = _passive_prep(tok, deps)
    if prep is not None:
        return "passive-prep", f"{tok.lemma_.lower()} {prep.lower_}"
    return None


def _passive_prep(v: "Token", deps: set[str]) -> "Token | None":
    """The preposition completing an agentless finite passive with a subject ("X is seen as Y",
    "was asked about Y"), when it has an object. A preposition of place, direction or time is an
    adjunct ("were fired from the village", "were reported in the capital"): the passive then tells
    an act, not a judgement, and PolNeAR's few such cues would make a reported attack alleged."""
    if "auxpass" not in deps or "nsubjpass" not in deps or deps & {"ccomp", "xcomp"}:
        return None
    if any(c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in v.children):
        return None  # "he's called ...": "'s" may be "has", the subject acts
    return next((c for c in v.children if c.dep_ == "prep" and c.i > v.i and c.lower_ not in _ADJUNCT_PREPS
                 and any(g.dep_ in ("pobj", "pcomp") for g in c.children) and not _dated(c)), None)


def _dated(prep: "Token") -> bool:
    """The preposition's objects are all dates or times ("on Sunday", "over the weekend"): an adjunct too."""
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    return bool(objs) and all(g.ent_type_ in ("DATE", "TIME") for g in objs)


def _it_adjective(tok: "Token") -> "tuple[Token, Token] | None":
    """('it', the clause) when ``tok`` is a predicate adjective after an "it" subject with a clause
    after it ("it is unclear whether S", "it's not clear that S"), else None."""
    if tok.pos_ != "ADJ" or tok.dep_ != "acomp" or tok.head.lemma_.lower() != "be":
        return None
    be = tok.head
    it = next((c for c in be.children if c.dep_ in ("nsubj", "expl") and c.lower_ == "it" and c.i < tok.i), None)
    if it is None:
        return None
    clause = next((c for c in list(tok.children) + list(be.children) if c.dep_ == "ccomp" and c.i > tok.i), None)
    return (it, clause) if clause is not None else None


def load_hedge_cues(path: str | None = None) -> dict[tuple[str, str], float]:
    """(construction, word) -> rate at which it cues a source-less attribution, from ``path`` or the packaged table."""
    return dict(_table(path))


@lru_cache(maxsize=2)
def _table(path: str | None) -> dict[tuple[str, str], float]:
    text = data_text("hedge_cues.tsv", path) or ""
    rows = csv.DictReader((line for line in text.splitlines() if line and not line.startswith("#")), delimiter="\t")
    return {(row["construction"], row["word"]): float(row["rate"]) for row in rows}


def _cue_words(table: dict[tuple[str, str], float]) -> frozenset[str]:
    """The words of the table's rows at or above the proposing rate."""
    return frozenset(word.split()[0] for (_, word), rate in table.items() if rate >= HEDGE_RATE)  # "see as": the verb


class Hedges(TextView):
    """Candidates with no subject, cued by hedging adverbs, agentless passives and 'asked' participles."""

    hedge_cues: dict[tuple[str, str], float]
    cues: "Cues"

    def _hedges(self, taken: set[int]) -> list[Candidate]:
        """Source-less candidates of the document; ``taken``: token indices already cues of a candidate."""
        if not self.hedge_cues:
            return []
        out: list[Candidate] = []
        words = _cue_words(self.hedge_cues)
        for tok in doc_tokens(self.doc):
            if tok.lower_ not in words and tok.lemma_.lower() not in words:
                continue  # no row of the table can take it (the test below is the costly part)
            key = hedge_cue(tok)
            if key is None or self.hedge_cues.get(key, 0.0) < HEDGE_RATE:
                continue
            if tok.i in taken or self._inside_quote(tok.idx) or self._headline(tok.idx):
                continue
            if key[0] == "adverb" and tok.head.i in taken and tok.head.lemma_.lower() in self.cues.verbs:
                continue  # "X reportedly said S": the speech verb's own attribution names X
            got = {"adverb": self._hedge_adverb, "passive": self._hedge_passive, "participle": self._hedge_participle,
                   "passive-prep": self._hedge_passive_prep, "adjective": self._hedge_adjective}[key[0]](tok)
            if got is None:
                continue
            cue, span = got
            content, kind, _, segs = self._typed(span, "neutral")
            out.append(Candidate(tok, cue, None, None, content, kind, "neutral", None, segs, f"hedge-{key[0]}"))
        return out

    def _hedge_adverb(self, adv: "Token") -> tuple[tuple[int, int], tuple[int, int]] | None:
        """'X is reportedly planning Y' -> cue 'reportedly', content 'X is reportedly planning Y'."""
        h = adv.head
        subj = next((c for c in h.children if c.dep_ in _SUBJECTS and c.i < h.i), None)
        i = subj.left_edge.i if subj is not None else min(adv.i, h.i)
        j = max(t.i for t in h.subtree if not (t.dep_ == "conj" and t.head.i == h.i)) + 1
        conj = next((c for c in h.children if c.dep_ == "conj" and c.i > h.i), None)
        if conj is not None:  # "X reportedly did A and then B": the clause of the adverb only
            j = min(j, conj.left_edge.i)
        span = self._tokens(i, j, adv.idx)
        return ((adv.idx, adv.idx + len(adv)), span) if span else None

    def _hedge_passive(self, v: "Token") -> tuple[tuple[int, int], tuple[int, int]] | None:
        """'X is expected to VP' -> content 'X ... to VP'; 'it was announced that S' -> content 'S'."""
        comp = next(c for c in v.children if c.dep_ in _CONTENT_DEPS and c.i > v.i)
        subj = next((c for c in v.children if c.dep_ in ("nsubjpass", "expl")), None)
        aux = [c for c in v.children if c.dep_ in ("aux", "auxpass", "neg", "advmod") and c.i < v.i and (subj is None or c.i > subj.i)]
        cue = (min([v] + aux, key=lambda t: t.i).idx, v.idx + len(v))
        if comp.dep_ == "ccomp" or subj is None or subj.lower_ == "it":
            i = comp.left_edge.i
        else:
            i = subj.left_edge.i
        span = self._tokens(i, comp.right_edge.i + 1, v.idx)
        return (cue, span) if span else None

    def _hedge_participle(self, v: "Token") -> tuple[tuple[int, int], tuple[int, int]] | None:
        """'Asked whether S, ...' -> content 'whether S'; 'when asked about X' -> cue 'asked about', content 'X'."""
        comp = next(c for c in v.children if c.dep_ in _ASKED_DEPS and c.i > v.i)
        cue = (v.idx, v.idx + len(v))
        i = comp.left_edge.i
        if comp.dep_ == "prep":
            obj = next((c for c in comp.children if c.dep_ == "pobj"), None)
            if obj is None:
                return None
            if comp.i == v.i + 1:
                cue = (v.idx, comp.idx + len(comp))  # "asked about": the preposition is part of the cue
            i = obj.left_edge.i
        span = self._tokens(i, comp.right_edge.i + 1, v.idx)
        return (cue, span) if span else None

    def _hedge_passive_prep(self, v: "Token") -> tuple[tuple[int, int], tuple[int, int]] | None:
        """'X is seen as Y' -> cue 'is seen as', content 'X ... Y'; 'X was asked about Y' -> content 'Y'."""
        prep = _passive_prep(v, {c.dep_ for c in v.children})
        subj = next(c for c in v.children if c.dep_ == "nsubjpass")
        aux = [c for c in v.children if c.dep_ in ("aux", "auxpass", "neg", "advmod") and subj.i < c.i < v.i]
        start = min([v] + aux, key=lambda t: t.i)
        cue = (start.idx, prep.idx + len(prep)) if prep.i == v.i + 1 else (start.idx, v.idx + len(v))
        i = prep.i + 1 if prep.lower_ in _TOPIC_PREPS else subj.left_edge.i
        span = self._tokens(i, prep.right_edge.i + 1, v.idx)
        return (cue, span) if span else None

    def _hedge_adjective(self, adj: "Token") -> tuple[tuple[int, int], tuple[int, int]] | None:
        """'it is unclear whether S' -> cue 'it is unclear', content 'whether S'."""
        got = _it_adjective(adj)
        if got is None:
            return None
        it, clause = got
        cue = (it.idx, adj.idx + len(adj))
        span = self._tokens(clause.left_edge.i, clause.right_edge.i + 1, adj.idx)
        return (cue, span) if span else None

    def _raising(self, cands: list[Candidate]) -> None:
        """'it appears that S', 'it seems likely that S': the expletive "it" of a raising verb is no
        speaker; the candidate has no source and its content is the clause."""
        for c in cands:
            if it_raising(c):
                c.subject, c.subject_span, c.frame = None, None, "hedge-raising"


def it_raising(c: Candidate) -> bool:
    """A raising verb's candidate whose subject is an expletive "it" before it, with a clause after
    it ("it seems that S"); "X seems to VP" keeps X (see the module's note); "it appeared on the
    list" has no clause."""
    v, subj = c.cue, c.subject
    if v is None or subj is None or c.frame in HEDGE_FRAMES or v.lemma_.lower() not in _RAISING_VERBS or v.pos_ != "VERB":
        return False
    return subj.lower_ == "it" and subj.i < v.i and any(
        ch.dep_ in ("xcomp", "acomp", "ccomp", "oprd") and ch.i > v.i for ch in v.children)
