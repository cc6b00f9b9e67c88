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
- ``theme``: an agentless passive with no clause ("the deal was announced", "X was
  criticised as sloppy", "X was asked about Y"): the content is what was said of whom, the
  subject with the complement after the verb ("as sloppy", "of lying", a label), or only
  the complement when the subject was spoken to ("was asked about Y", "was told the news").

Which words cue them is learned, not listed: ``scripts/train_hedge_cues.py`` counts on
PolNeAR's train split how often each (construction, word) is annotated as the cue of an
attribution with no source (``data/hedge_cues.tsv``). Candidates have no subject; the
learned quote filter judges them by their frame like every other candidate, and the stage
turns a kept one into a quote with an empty speaker (``Speaker.text == ""``, no offsets).
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

__all__ = ["HEDGE_FRAMES", "HEDGE_RATE", "Hedges", "hedge_cue", "load_hedge_cues"]

HEDGE_RATE = 0.2  # a (construction, word) this often a source-less cue in the training news is proposed
HEDGE_FRAMES = frozenset({"hedge-adverb", "hedge-passive", "hedge-participle", "hedge-theme"})
_CONTENT_DEPS = ("ccomp", "xcomp")
_ASKED_DEPS = ("ccomp", "xcomp", "prep", "dobj")
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
# what the subject of an agentless passive is told or asked ("was asked about X", "was told the news"):
# the words after the verb, the subject only the addressee
_ADDRESSED = ("dobj", "dative")
_ADDRESS_PREPS = frozenset({"about", "regarding"})  # not "on", "over": "was announced on Monday"
# complements that say what the subject is said to be or to have done ("criticised as sloppy", "accused of lying")
_THEME_DEPS = frozenset({"oprd", "attr", "acomp"})
_THEME_PREPS = frozenset({"as", "of", "for"})


def hedge_cue(tok: "Token") -> tuple[str, str] | None:
    """(construction, word) when ``tok`` may cue an attribution without a source, else None.
    The same test at training and run time."""
    if tok.pos_ == "ADV" and tok.dep_ == "advmod" and tok.head.pos_ in ("VERB", "AUX") and tok.head.i != tok.i:
        # "is widely expected to": the passive is the cue, the adverb a part of it
        return None if hedge_cue(tok.head) is not None else ("adverb", tok.lower_)
    if tok.pos_ != "VERB":
        return None
    deps = {c.dep_ for c in tok.children}
    if "agent" in deps:
        return None  # "was criticised by X": X speaks (the passive frame of the cue verbs)
    if "auxpass" in deps and any(c.dep_ in _CONTENT_DEPS and c.i > tok.i for c in tok.children):
        if any(c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in tok.children) and "xcomp" not in deps:
            return None  # "he's said he will ...": "'s" is "has", the subject speaks
        return "passive", tok.lemma_.lower()
    if "auxpass" in deps and "nsubjpass" in deps and not deps & {"ccomp", "xcomp", "csubjpass"}:
        subj = next(c for c in tok.children if c.dep_ == "nsubjpass")
        if subj.i < tok.i and subj.lower_ not in ("it", "there") and not (tok.dep_ == "relcl" and subj.lower_ in ("who", "which", "that")):
            return "theme", tok.lemma_.lower()
    if (tok.tag_ == "VBN" and tok.dep_ == "advcl" and not deps & (_SUBJECTS | {"aux", "auxpass"})
            and any(c.dep_ in _ASKED_DEPS and c.i > tok.i for c in tok.children)):
        return "participle", tok.lemma_.lower()
    return None


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
    return frozenset(word for (_, word), rate in table.items() if rate >= HEDGE_RATE)


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
                   "theme": self._hedge_theme}[key[0]](tok)
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

    def _hedge_theme(self, v: "Token") -> tuple[tuple[int, int], tuple[int, int]] | None:
        """'the deal was announced' -> content 'the deal'; 'X was criticised as sloppy' -> cue 'was
        criticised as', content 'X was criticised as sloppy' (the cue inside is cut out when scored);
        'X was asked about Y' -> 'Y'."""
        subj = next(c for c in v.children if c.dep_ == "nsubjpass")
        aux = [c for c in v.children if c.dep_ in ("aux", "auxpass", "neg", "advmod") and subj.i < c.i < v.i]
        cue = (min([v] + aux, key=lambda t: t.i).idx, v.idx + len(v))
        after = [c for c in v.children if c.i > v.i]
        told = next((c for c in after if c.dep_ in _ADDRESSED), None)
        about = next((c for c in after if c.dep_ == "prep" and c.lower_ in _ADDRESS_PREPS and c.i == v.i + 1), None)
        if told is not None or about is not None:
            if told is None:
                told = next((c for c in about.children if c.dep_ == "pobj"), None)  # type: ignore[union-attr]
                if told is None:
                    return None
                cue = (cue[0], about.idx + len(about))  # type: ignore[union-attr]  # "asked about": the preposition is part of the cue
            span = self._tokens(told.left_edge.i, told.right_edge.i + 1, v.idx)
            return (cue, span) if span else None
        comp = [c for c in after if c.dep_ in _THEME_DEPS or (c.dep_ == "prep" and c.lower_ in _THEME_PREPS and c.i == v.i + 1)]
        lemma = v.lemma_.lower()
        if not comp and lemma not in self.cues.verbs and lemma not in self.cues.label_verbs:
            return None  # "the deal was signed", "the hostages were released": only a verb of saying reports its bare subject
        prep = next((c for c in comp if c.dep_ == "prep"), None)
        if prep is not None:  # "was criticised as", "is known for", "is accused of": the preposition is part of the cue
            cue = (cue[0], prep.idx + len(prep))
        j = max([subj.right_edge.i] + [c.right_edge.i for c in comp]) + 1
        doc = self.doc
        # "criticised for the raid, which killed five": an aside set off by a comma is the reporter's own telling
        j = min([j] + [t.left_edge.i - 1 for t in doc[v.i + 1:j] if t.dep_ == "relcl" and doc[t.left_edge.i - 1].text == ","])
        span = self._tokens(subj.left_edge.i, j, v.idx)
        return (cue, span) if span else None
