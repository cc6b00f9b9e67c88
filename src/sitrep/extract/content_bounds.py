"""Learned content boundaries: where reported content starts and ends.

The quote frames take a content span from the parse (a complement clause, an object, the
sentence around a parenthetical cue). Its edges are often off by a constituent: a
sentence adverbial in front ("However, ..."), a prepositional phrase that belongs to the
cue but was attached to the object ("... her support of the raid during a forum"). For
indirect and mixed content the stage scores every token boundary near each edge and keeps
the best: a logistic model over a few parse features of the position, weights
(``data/content_bounds.tsv``) fitted on PolNeAR's train split by
``scripts/train_content_bounds.py``. Direct quotes keep the edges their marks give.
Scoring is a sum of weights; no model library at run time.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["ContentBounds", "load_content_bounds", "start_positions", "end_positions", "start_features", "end_features"]

START_BACK, START_FORWARD = 3, 8  # token positions scored around the proposed start
END_BACK, END_FORWARD = 14, 3  # ... and around the proposed end (every token)
FAR_FORWARD = 60  # ... and further on to the sentence's end (clause boundaries only)
FAR_BACK = 40  # ... and back to the sentence's start, likewise
_FUNCTION = frozenset(
    "that to and but or so however also still yet then as if while when because although though "
    "in on at of for with by from about over after before during since into than the a an this these "
    "it he she they we i you his her their its our who which what how why whether not n't , . ; : — –".split()
)
MARK_CHARS = "\"'“”‘’«»„"


def _word(t: "Token") -> str:
    low = t.lower_
    if low in _FUNCTION or t.text in MARK_CHARS:
        return low
    return t.pos_


def _top(t: "Token", lo: int, hi: int) -> "Token":
    """The token of [lo, hi) through which ``t`` hangs from outside that range."""
    seen = 0
    while lo <= t.head.i < hi and t.head.i != t.i and seen < 50:
        t = t.head
        seen += 1
    return t


def _piece(doc: "Doc", lo: int, hi: int, c0: int, c1: int, cue: tuple[int, int] | None) -> list[str]:
    """Features of the tokens [lo, hi) added to or cut from a content edge; [c0, c1): the
    proposed content's tokens, ``cue``: the cue's characters."""
    if lo >= hi:
        return []
    toks = [t for t in doc[lo:hi] if not t.is_space]
    if not toks:
        return ["piece=space"]
    tops = sorted({_top(t, lo, hi).i for t in toks})
    f = [
        f"plen={_len_bucket(len(toks))}",
        f"pfirst={_word(toks[0])}",
        f"plast={_word(toks[-1])}",
        f"ptops={min(len(tops), 3)}",
        f"pcomma={any(t.text == ',' for t in toks)}",
        f"pverb={any(t.pos_ in ('VERB', 'AUX') for t in toks)}",
        f"psubj={any(t.dep_ in ('nsubj', 'nsubjpass') for t in toks)}",
        f"pmark={any(t.text in MARK_CHARS for t in toks)}",
        f"psent={any(t.is_sent_start for t in toks[1:])}",
        f"pfirst_lemma={toks[0].lemma_.lower()}",
        f"plast_lemma={toks[-1].lemma_.lower()}",
    ]
    for i in tops[:2]:
        t = doc[i]
        h = t.head
        where = "self" if h.i == t.i else "cue" if cue is not None and cue[0] <= h.idx < cue[1] else "content" if c0 <= h.i < c1 else "out"
        f.append(f"ptop_dep={t.dep_}")
        f.append(f"ptop={t.dep_}|{_word(t)}")
        f.append(f"ptop={t.dep_}|{where}")
    return f


def _len_bucket(n: int) -> str:
    for e in (1, 2, 3, 5, 8, 13, 21):
        if n <= e:
            return str(e)
    return ">21"


def start_positions(doc: "Doc", i0: int, j0: int, lo: int) -> Iterator[int]:
    """Token indices a content [i0, j0) may start at; ``lo``: first token allowed (the paragraph's)."""
    sent_start = max(lo, doc[i0].sent.start, i0 - FAR_BACK)
    for i in range(min(sent_start, i0 - START_BACK), min(j0, i0 + START_FORWARD + 1)):
        if i < lo:
            continue
        t = doc[i]
        if t.is_space or (t.is_punct and t.text not in MARK_CHARS) or (t.lower_ == "that" and t.dep_ == "mark"):
            continue  # a complementizer stays out of the content, as the frames leave it
        if i < i0 - START_BACK and i > sent_start:
            prev = doc[i - 1]
            if not (prev.is_punct or prev.dep_ == "cc" or prev.is_space):
                continue  # far back, only at clause boundaries
        yield i


def end_positions(doc: "Doc", i0: int, j0: int, hi: int) -> Iterator[int]:
    """Token indices a content [i0, j0) may end at (exclusive); ``hi``: last allowed end (the
    paragraph's). Near the proposed end every token; further on, up to the sentence's end,
    only before punctuation, a conjunction, or the end itself."""
    sent_end = min(hi, doc[j0 - 1].sent.end, j0 + FAR_FORWARD)
    for j in range(max(i0 + 1, j0 - END_BACK), min(hi, max(sent_end, j0 + END_FORWARD)) + 1):
        t = doc[j - 1]
        if t.is_space or (t.is_punct and t.text not in MARK_CHARS and t.text not in ".?!"):
            continue
        if j > j0 + END_FORWARD and j < sent_end:
            nxt = doc[j]
            if not (nxt.is_punct or nxt.dep_ == "cc" or nxt.is_space):
                continue
        yield j


def _common(doc: "Doc", frame: str, kind: str, d: int, cue: tuple[int, int] | None) -> list[str]:
    db = str(d) if -3 <= d <= 3 else ("<-3" if d < 0 else ">3")
    f = ["bias", f"d={db}", f"frame={frame}&d={db}", f"kind={kind}&d={db}"]
    if cue is not None:
        span = doc.char_span(cue[0], cue[1], alignment_mode="expand")
        if span is not None and len(span):
            f.append(f"cue={span.root.lemma_.lower()}&d={'0' if d == 0 else ('+' if d > 0 else '-')}")
    return f


def start_features(doc: "Doc", i: int, i0: int, j0: int, *, frame: str, kind: str, cue: tuple[int, int] | None) -> list[str]:
    """Features of starting the content [i0, j0) at token ``i`` instead."""
    t = doc[i]
    prev = doc[i - 1] if i > 0 else None
    f = _common(doc, frame, kind, i - i0, cue)
    f += [f"w={_word(t)}", f"dep={t.dep_}", f"pos={t.pos_}", f"w={_word(t)}&d={'0' if i == i0 else ('+' if i > i0 else '-')}",
          f"sent_start={t.is_sent_start}"]
    if prev is not None:
        f += [f"prev={_word(prev)}", f"prev={_word(prev)}&w={_word(t)}"]
    if cue is not None and cue[0] <= t.idx < cue[1]:
        f.append("in_cue")
    if i > i0:
        f += ["cut:" + x for x in _piece(doc, i0, i, i0, j0, cue)]
    elif i < i0:
        f += ["add:" + x for x in _piece(doc, i, i0, i0, j0, cue)]
        if cue is not None and any(cue[0] <= x.idx < cue[1] for x in doc[i:i0]):
            f.append("add_cue")
    return f


def end_features(doc: "Doc", j: int, i0: int, j0: int, *, frame: str, kind: str, cue: tuple[int, int] | None) -> list[str]:
    """Features of ending the content [i0, j0) before token ``j`` instead."""
    last = doc[j - 1]
    nxt = doc[j] if j < len(doc) else None
    f = _common(doc, frame, kind, j - j0, cue)
    f += [f"last={_word(last)}", f"last_dep={last.dep_}", f"last={_word(last)}&d={'0' if j == j0 else ('+' if j > j0 else '-')}"]
    if nxt is not None:
        f += [f"next={_word(nxt)}", f"next_dep={nxt.dep_}", f"last={_word(last)}&next={_word(nxt)}",
              f"sent_end={nxt.is_sent_start or (nxt.is_punct and j + 1 < len(doc) and doc[j + 1].is_sent_start)}"]
    else:
        f.append("next=END")
    if j < j0:
        f += ["cut:" + x for x in _piece(doc, j, j0, i0, j0, cue)]
    elif j > j0:
        f += ["add:" + x for x in _piece(doc, j0, j, i0, j0, cue)]
        if cue is not None and any(cue[0] <= x.idx < cue[1] for x in doc[j0:j]):
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
            z = sum(weights.get(name, 0.0) for name in feats)
            if best_z is None or z > best_z or (z == best_z and pos == default):
                best, best_z = pos, z
        return best

    def refine(self, doc: "Doc", i0: int, j0: int, *, lo: int, hi: int, frame: str, kind: str,
               cue: tuple[int, int] | None, fixed_start: bool = False) -> tuple[int, int]:
        """The best token range for a content proposed as [i0, j0), within [lo, hi)."""
        i = i0
        if not fixed_start:
            starts = [(k, start_features(doc, k, i0, j0, frame=frame, kind=kind, cue=cue)) for k in start_positions(doc, i0, j0, lo)]
            i = self._best(self.start, starts, i0) if starts else i0
        ends = [(j, end_features(doc, j, i, j0, frame=frame, kind=kind, cue=cue)) for j in end_positions(doc, i, j0, hi)]
        j = self._best(self.end, ends, j0) if ends else j0
        return (i, j) if i < j else (i0, j0)


def load_content_bounds(path: str | None = None) -> ContentBounds | None:
    """The packaged boundary model (or one from ``path``); None when none is shipped."""
    if path is None:
        res = resources.files("sitrep.data").joinpath("content_bounds.tsv")
        if not res.is_file():
            return None
        text = res.read_text(encoding="utf-8")
    else:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    tables: dict[str, dict[str, float]] = {"start": {}, "end": {}}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        edge, name, value = line.split("\t")
        if edge in tables:
            tables[edge][name] = float(value)
    return ContentBounds(tables["start"], tables["end"])
