"""Learned content boundaries: where reported content starts and ends.

The quote frames take a content span from the parse (a complement clause, an object, the
sentence around a parenthetical cue). Its edges are often off by a constituent: a
sentence adverbial in front ("However, ..."), a prepositional phrase that belongs to the
cue but was attached to the object ("... her support of the raid during a forum"). For
indirect and mixed content the stage scores every token boundary near each edge and keeps
the best: a logistic model over a few parse features of the position and of the words it
adds or cuts (their relation to the cue, a reporting verb among them by its learned cue rate,
a date or time, a conjunction opening the speaker's next act), weights
(``data/content_bounds.tsv``) fitted on PolNeAR's train split by
``scripts/train_content_bounds.py``. Direct quotes keep the edges their marks give.
Scoring is a sum of weights; no model library at run time.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import repeat
from typing import TYPE_CHECKING

from sitrep.resources import data_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["ContentBounds", "Tokens", "cue_head", "cue_root", "load_content_bounds", "start_positions", "end_positions", "start_features", "end_features"]

START_BACK, START_FORWARD = 3, 8  # token positions scored around the proposed start
END_BACK, END_FORWARD = 14, 3  # ... and around the proposed end (every token)
FAR_FORWARD = 60  # ... and further on to the sentence's end (clause boundaries only)
FAR_BACK = 40  # ... and back to the sentence's start, likewise
END_FAR_BACK = 60  # ... and back from the proposed end, before punctuation only (a trailing appendage)
_FUNCTION = frozenset(
    "that to and but or so however also still yet then as if while when because although though "
    "in on at of for with by from about over after before during since into than the a an this these "
    "it he she they we i you his her their its our who which what how why whether not n't , . ; : — –".split()
)
MARK_CHARS = "\"'“”‘’«»„"


def _is_mark(text: str) -> bool:
    """A quotation-mark token, the doubled apostrophe ('') of some archives included."""
    return bool(text) and all(ch in MARK_CHARS for ch in text)


class Tokens:
    """What the boundary features read from a parse, read once per document into plain lists
    (with running counts, so a piece's counts cost two look-ups)."""

    def __init__(self, doc: "Doc", text: str | None = None, rates: dict[str, float] | None = None) -> None:
        """``text`` is ``doc.text`` when the caller has it (rebuilding it walks every token);
        ``rates``: the learned cue rate of verb lemmas (``learned_cues``), so that a piece can
        say whether it holds a reporting verb ("declined | to comment on | the report")."""
        self.doc = doc
        from spacy.attrs import (
            DEP,
            ENT_TYPE,
            HEAD,
            IDX,
            IS_PUNCT,
            IS_SPACE,
            LEMMA,
            LENGTH,
            LOWER,
            POS,
            SENT_START,
            TAG,
        )

        n = len(doc)
        cols = doc.to_array([IDX, LENGTH, HEAD, DEP, POS, LEMMA, LOWER, IS_SPACE, IS_PUNCT, SENT_START, TAG, ENT_TYPE]) if n else None
        strings = doc.vocab.strings

        def small(k: int) -> list[int]:
            return cols[:, k].astype("int64").tolist() if n else []

        def names(k: int) -> list[str]:  # hash column -> strings, each distinct hash looked up once
            if not n:
                return []
            import numpy as np

            uniq, inv = np.unique(cols[:, k], return_inverse=True)
            table = [strings[int(h)] if h else "" for h in uniq.tolist()]
            return [table[x] for x in inv.tolist()]

        full = doc.text if text is None else text
        self.idx = small(0)
        self.end = [a + b for a, b in zip(self.idx, small(1))]
        self.text = [full[a:b] for a, b in zip(self.idx, self.end)]
        self.head = [k + rel for k, rel in enumerate(small(2))]
        self.dep = names(3)
        self.pos = names(4)
        self.lemma = [x.lower() for x in names(5)]
        lower = names(6)
        self.space = [bool(x) for x in small(7)]
        self.punct = [bool(x) for x in small(8)]
        self.sent_start = [x == 1 or k == 0 for k, x in enumerate(small(9))]
        self.tag = names(10)
        self.ent = names(11)
        rates = rates or {}
        self.rate = [rates.get(lem, 0.0) if pos == "VERB" else 0.0 for lem, pos in zip(self.lemma, self.pos)]
        self.word = [low if (low in _FUNCTION or _is_mark(text)) else pos for low, text, pos in zip(lower, self.text, self.pos)]
        starts, ends = [0] * n, [n] * n
        for sent in doc.sents:
            for k in range(sent.start, sent.end):
                starts[k], ends[k] = sent.start, sent.end
        self.sent_of_start, self.sent_of_end = starts, ends

        def running(flags: list[bool]) -> list[int]:
            out = [0]
            for x in flags:
                out.append(out[-1] + x)
            return out

        self.n_word = running([not x for x in self.space])
        self.n_comma = running([x == "," for x in self.text])
        self.n_verb = running([x in ("VERB", "AUX") for x in self.pos])
        self.n_subj = running([x in ("nsubj", "nsubjpass") for x in self.dep])
        self.n_mark = running([_is_mark(x) for x in self.text])
        self.n_sent = running(self.sent_start)

    def count(self, table: list[int], lo: int, hi: int) -> int:
        return table[hi] - table[lo]


def _piece(tk: Tokens, lo: int, hi: int, c0: int, c1: int, cue: tuple[int, int] | None, root: int | None = None) -> list[str]:
    """Features of the tokens [lo, hi) added to or cut from a content edge; [c0, c1): the
    proposed content's tokens, ``cue``: the cue's characters, ``root``: its head token."""
    if lo >= hi:
        return []
    n = tk.count(tk.n_word, lo, hi)
    if not n:
        return ["piece=space"]
    first = next(k for k in range(lo, hi) if not tk.space[k])
    last = next(k for k in range(hi - 1, lo - 1, -1) if not tk.space[k])
    tops: list[int] = []  # the tokens through which the piece hangs from outside it
    n_tops = 0
    for k in range(lo, hi):
        h = tk.head[k]
        if not tk.space[k] and (h == k or not lo <= h < hi):
            n_tops += 1
            if len(tops) < 2:
                tops.append(k)
            if n_tops >= 3:
                break
    f = [
        f"plen={_len_bucket(n)}",
        f"pfirst={tk.word[first]}",
        f"plast={tk.word[last]}",
        f"ptops={n_tops}",
        f"pcomma={tk.count(tk.n_comma, lo, hi) > 0}",
        f"pverb={tk.count(tk.n_verb, lo, hi) > 0}",
        f"psubj={tk.count(tk.n_subj, lo, hi) > 0}",
        f"pmark={tk.count(tk.n_mark, lo, hi) > 0}",
        f"psent={tk.count(tk.n_sent, first + 1, hi) > 0}",
        f"pfirst_lemma={tk.lemma[first]}",
        f"plast_lemma={tk.lemma[last]}",
    ]
    f.append(f"pcue={_rate_bucket(max(tk.rate[lo:hi]))}")  # a reporting verb in the piece: cue words, not content
    f += [f"pent={e}" for e in sorted({tk.ent[k] for k in range(lo, hi) if tk.ent[k]})]  # "on Tuesday", "in 2012", "on CNN"
    f += _coordination(tk, lo, hi, root)
    if tk.punct[first] and not _is_mark(tk.text[first]):  # ", limiting ...", "- not from ...": what the punctuation opens
        second = next((k for k in range(first + 1, hi) if not tk.space[k]), None)
        if second is not None:
            f += [f"pafter={tk.text[first]}|{tk.word[second]}|{tk.tag[second]}", f"pafter_tag={tk.tag[second]}"]
    for k in tops:
        h = tk.head[k]
        where = "self" if h == k else "cue" if cue is not None and cue[0] <= tk.idx[h] < cue[1] else "content" if c0 <= h < c1 else "out"
        f.append(f"ptop_dep={tk.dep[k]}")
        f.append(f"ptop={tk.dep[k]}|{tk.word[k]}")
        f.append(f"ptop={tk.dep[k]}|{where}")
    return f


def _coordination(tk: Tokens, lo: int, hi: int, root: int | None) -> list[str]:
    """A piece that opens with a conjunction and a coordinated verb ("and quoted Reagan",
    "and Mr. Trump has disparaged immigrants"): whether the verb has a subject of its own,
    and whether its form matches its host's and the cue's (a second act of the cue's
    speaker, "noted that X and quoted Y", vs. a second part of the content)."""
    words = [k for k in range(lo, hi) if not tk.space[k] and not (tk.punct[k] and not _is_mark(tk.text[k]))]
    if not words or tk.dep[words[0]] != "cc":
        return []
    conj = next((k for k in words[1:] if tk.dep[k] == "conj" and tk.pos[k] in ("VERB", "AUX")), None)
    if conj is None:
        return ["pconj=other"]
    own = any(tk.head[k] == conj and tk.dep[k] in ("nsubj", "nsubjpass", "expl") for k in range(lo, hi))
    f = [f"pconj={'clause' if own else 'vp'}", f"pconj_host_tag={tk.tag[conj] == tk.tag[tk.head[conj]]}"]
    if root is not None:
        f += [f"pconj_cue_tag={tk.tag[conj] == tk.tag[root]}", f"pconj_cue={'clause' if own else 'vp'}&{tk.tag[conj] == tk.tag[root]}"]
    return f


def _rate_bucket(r: float) -> str:
    for e in (0.02, 0.1, 0.25, 0.5):
        if r < e:
            return str(e)
    return "high"


def _len_bucket(n: int) -> str:
    for e in (1, 2, 3, 5, 8, 13, 21):
        if n <= e:
            return str(e)
    return ">21"


def start_positions(tk: Tokens, i0: int, j0: int, lo: int) -> Iterator[int]:
    """Token indices a content [i0, j0) may start at; ``lo``: first token allowed (the paragraph's)."""
    sent_start = max(lo, tk.sent_of_start[i0], i0 - FAR_BACK)
    for i in range(min(sent_start, i0 - START_BACK), min(j0, i0 + START_FORWARD + 1)):
        if i < lo:
            continue
        if tk.space[i] or (tk.punct[i] and not _is_mark(tk.text[i])) or (tk.text[i].lower() == "that" and tk.dep[i] == "mark"):
            continue  # a complementizer stays out of the content, as the frames leave it
        if i < i0 - START_BACK and i > sent_start:
            if not (tk.punct[i - 1] or tk.dep[i - 1] == "cc" or tk.space[i - 1]):
                continue  # far back, only at clause boundaries
        yield i


def end_positions(tk: Tokens, i0: int, j0: int, hi: int) -> Iterator[int]:
    """Token indices a content [i0, j0) may end at (exclusive); ``hi``: last allowed end (the
    paragraph's). Near the proposed end every token; further on, up to the sentence's end,
    only before punctuation, a conjunction, or the end itself; further back, only before
    punctuation (", limiting ...", " - not from ...": an appendage the parse hung on the content)."""
    sent_end = min(hi, tk.sent_of_end[j0 - 1], j0 + FAR_FORWARD)
    first = max(i0 + 1, j0 - END_FAR_BACK)
    depth = sum(1 if tk.text[k] in "([" else -1 if tk.text[k] in ")]" else 0 for k in range(i0, first - 1))
    for j in range(first, min(hi, max(sent_end, j0 + END_FORWARD)) + 1):
        k = j - 1
        closes = tk.text[k] in ")]" and depth > 0  # a bracket opened inside the content may end it
        depth += 1 if tk.text[k] in "([" else -1 if tk.text[k] in ")]" else 0
        if tk.space[k] or (tk.punct[k] and not _is_mark(tk.text[k]) and tk.text[k] not in ".?!%" and not closes):
            continue
        if j > j0 + END_FORWARD and j < sent_end:
            if not (tk.punct[j] or tk.dep[j] == "cc" or tk.space[j]):
                continue
        if j < j0 - END_BACK and not (tk.punct[j] and not _is_mark(tk.text[j])):
            continue
        yield j


def _common(frame: str, kind: str, d: int, cue_lemma: str) -> list[str]:
    db = str(d) if -3 <= d <= 3 else ("<-3" if d < 0 else ">3")
    f = ["bias", f"d={db}", f"frame={frame}&d={db}", f"kind={kind}&d={db}"]
    if cue_lemma:
        f.append(f"cue={cue_lemma}&d={'0' if d == 0 else ('+' if d > 0 else '-')}")
    return f


def cue_root(tk: Tokens, cue: tuple[int, int] | None) -> int | None:
    """The token index of the cue's syntactic head (None when there is no cue)."""
    if cue is None:
        return None
    span = tk.doc.char_span(cue[0], cue[1], alignment_mode="expand")
    return span.root.i if span is not None and len(span) else None


def cue_head(tk: Tokens, cue: tuple[int, int] | None) -> tuple[int | None, str]:
    """The cue's syntactic head: its token index and lemma ((None, "") when there is no cue)."""
    root = cue_root(tk, cue)
    return root, ("" if root is None else tk.lemma[root])


def start_features(tk: Tokens, i: int, i0: int, j0: int, *, frame: str, kind: str, cue: tuple[int, int] | None, lemma: str = "",
                   root: int | None = None) -> list[str]:
    """Features of starting the content [i0, j0) at token ``i`` instead."""
    f = _common(frame, kind, i - i0, lemma)
    w = tk.word[i]
    f += [f"w={w}", f"dep={tk.dep[i]}", f"pos={tk.pos[i]}", f"w={w}&d={'0' if i == i0 else ('+' if i > i0 else '-')}",
          f"sent_start={tk.sent_start[i]}"]
    if i > 0:
        f += [f"prev={tk.word[i - 1]}", f"prev={tk.word[i - 1]}&w={w}"]
    if cue is not None and cue[0] <= tk.idx[i] < cue[1]:
        f.append("in_cue")
    if i > i0:
        f += ["cut:" + x for x in _piece(tk, i0, i, i0, j0, cue, root)]
    elif i < i0:
        f += ["add:" + x for x in _piece(tk, i, i0, i0, j0, cue, root)]
        if cue is not None and any(cue[0] <= tk.idx[x] < cue[1] for x in range(i, i0)):
            f.append("add_cue")
    return f


def end_features(tk: Tokens, j: int, i0: int, j0: int, *, frame: str, kind: str, cue: tuple[int, int] | None, lemma: str = "",
                   root: int | None = None) -> list[str]:
    """Features of ending the content [i0, j0) before token ``j`` instead."""
    f = _common(frame, kind, j - j0, lemma)
    last = tk.word[j - 1]
    f += [f"last={last}", f"last_dep={tk.dep[j - 1]}", f"last={last}&d={'0' if j == j0 else ('+' if j > j0 else '-')}"]
    if j < len(tk.idx):
        nxt = tk.word[j]
        sent_end = tk.sent_start[j] or (tk.punct[j] and j + 1 < len(tk.idx) and tk.sent_start[j + 1])
        f += [f"next={nxt}", f"next_dep={tk.dep[j]}", f"last={last}&next={nxt}", f"sent_end={sent_end}"]
    else:
        f.append("next=END")
    if j < j0:
        f += ["cut:" + x for x in _piece(tk, j, j0, i0, j0, cue, root)]
    elif j > j0:
        f += ["add:" + x for x in _piece(tk, j0, j, i0, j0, cue, root)]
        if cue is not None and any(cue[0] <= tk.idx[x] < cue[1] for x in range(j0, j)):
            f.append("add_cue")
    return f


@dataclass(frozen=True, slots=True)
class ContentBounds:
    """Logistic weights by feature name, one table per edge."""

    start: dict[str, float]
    end: dict[str, float]

    def _best(self, weights: dict[str, float], scored: list[tuple[int, list[str]]], default: int) -> int:
        best, best_z = default, None
        for pos, feats in scored:
            z = sum(map(weights.get, feats, repeat(0.0)))
            if best_z is None or z > best_z or (z == best_z and pos == default):
                best, best_z = pos, z
        return best

    def refine(self, tk: Tokens, i0: int, j0: int, *, lo: int, hi: int, frame: str, kind: str,
               cue: tuple[int, int] | None, fixed_start: bool = False) -> tuple[int, int]:
        """The best token range for a content proposed as [i0, j0), within [lo, hi)."""
        root, lemma = cue_head(tk, cue)
        i = i0
        if not fixed_start:
            starts = [(k, start_features(tk, k, i0, j0, frame=frame, kind=kind, cue=cue, lemma=lemma, root=root)) for k in start_positions(tk, i0, j0, lo)]
            i = self._best(self.start, starts, i0) if starts else i0
        ends = [(j, end_features(tk, j, i, j0, frame=frame, kind=kind, cue=cue, lemma=lemma, root=root)) for j in end_positions(tk, i, j0, hi)]
        j = self._best(self.end, ends, j0) if ends else j0
        return (i, j) if i < j else (i0, j0)


def load_content_bounds(path: str | None = None) -> ContentBounds | None:
    """The packaged boundary model (or one from ``path``); None when none is shipped."""
    text = data_text("content_bounds.tsv", path)
    if text is None:
        return None
    tables: dict[str, dict[str, float]] = {"start": {}, "end": {}}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        edge, name, value = line.split("\t")
        if edge in tables:
            tables[edge][name] = float(value)
    return ContentBounds(tables["start"], tables["end"])
