"""``sitrep bench attribution``: who-said-what spans scored on PolNeAR-format files.

Each record holds a text and its gold attributions, every role (source, cue, content) a
list of character spans (several when the annotation is discontinuous, none when the
role is absent). A role is scored as one item: the set of characters its spans cover.

- exact match: the predicted item covers exactly the gold item's characters;
- overlap match: the two share at least half of the gold item's characters;
- matching is one-to-one and greedy, largest shared size first, per document and role;
- an attribution matches when its content overlaps the gold content and its source
  overlaps the same gold attribution's source (attributions without a gold source are
  scored on content alone; without a gold content, on the cue).

The system side is the product's own data path (actors, then quotes) with one
convention mapping, documented in ``to_polnear``. The peer is textacy's
``direct_quotations`` on the same parses, scored the same way.
"""
from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from sitrep.bench.data import read_jsonl as load_polnear
from sitrep.config import Options
from sitrep.errors import ConfigError
from sitrep.model import Quote

__all__ = ["ROLES", "PEERS", "score", "load_polnear", "to_polnear", "run_attribution"]

log = logging.getLogger(__name__)

ROLES = ("source", "cue", "content")
PEERS = ("textacy", "none")
_OPENING = "\"'“‘«„"
_CLOSING = "\"'”’»"
_END_CLOSE = re.compile(r"[.?!]+(?:''|[\"”])")  # a sentence end inside a closing quotation mark
_THAT = re.compile(r"(?:^|\s)([Tt]hat[ \u00a0]*(?:,[ \u00a0]*)?)\Z")  # "said that ", "said that, "
_OUTER_CLOSE = re.compile(r"[ \u00a0]?(?:''|[\"”])")  # a double closing mark after an inner single one
_RELATIVE = re.compile(r"\b(which|who|whom|what)\s+$")
# "in which he said ...", "during which she called ...": the relative is the object of a preposition
# and no part of the content in PolNeAR (a bare "which he said was needed" is)
_PREP_RELATIVE = re.compile(r"\b(?:in|of|on|at|by|for|from|with|to|during|under|after|before|about|through|"
                            r"among|into|over|against|between|without|within|upon|behind|across)\s+(?:which|whom)\s+$", re.I)
# a raising verb alone as the cue ("appears", "did not seem"): its subject is content, not source
_RAISING = re.compile(r"(?:(?:does|did|do)(?: not|n't|n’t) )?(?:(?:may|might|must|could|would|can|will|also|now|often|still|lately|"
                      r"has|have|had)(?: have)? )?(?:seems?|seemed|appears?|appeared)")

Spans = list[list[int]]
Attribution = dict[str, Spans]


def _chars(spans: Iterable[Sequence[int]]) -> frozenset[int]:
    out: set[int] = set()
    for s, e in spans:
        out.update(range(s, e))
    return frozenset(out)


def _match(gold: list[frozenset[int]], pred: list[frozenset[int]], *, exact: bool) -> list[tuple[int, int]]:
    """One-to-one (gold index, pred index) pairs, largest shared size first."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if exact:
                if g == p:
                    pairs.append((len(g), gi, pi))
            else:
                shared = len(g & p)
                if shared and 2 * shared >= len(g):
                    pairs.append((shared, gi, pi))
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


def _overlaps(g: frozenset[int], p: frozenset[int]) -> bool:
    shared = len(g & p)
    return shared > 0 and 2 * shared >= len(g)


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 4), round(r, 4), round(f, 4)


def _attribution_pairs(gold: list[Attribution], pred: list[Attribution]) -> int:
    cand = []
    for gi, g in enumerate(gold):
        key = "content" if g.get("content") else "cue"
        gk = _chars(g.get(key, []))
        gs = _chars(g.get("source", []))
        for pi, p in enumerate(pred):
            pk = _chars(p.get(key, []))
            if not _overlaps(gk, pk):
                continue
            if gs and not _overlaps(gs, _chars(p.get("source", []))):
                continue
            cand.append((len(gk & pk), gi, pi))
    cand.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _, gi, pi in cand:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
    return len(used_g)


def score(gold: Sequence[list[Attribution]], pred: Sequence[list[Attribution]]) -> dict[str, Any]:
    """Span and attribution P/R/F1 for parallel lists of documents (each a list of attributions).

    Keys: ``<role>_{precision,recall,f1}`` (overlap match), ``<role>_exact_{precision,recall,f1}``,
    ``content_overlap_*`` (= content under overlap), ``attribution_{precision,recall,f1}``,
    and the counts behind them.
    """
    if len(gold) != len(pred):
        raise ValueError("gold and predictions must list the same documents")
    counts: dict[str, int] = {}

    def add(key: str, n: int) -> None:
        counts[key] = counts.get(key, 0) + n

    for g_doc, p_doc in zip(gold, pred):
        for role in ROLES:
            g_items = [c for c in (_chars(a.get(role, [])) for a in g_doc) if c]
            p_items = [c for c in (_chars(a.get(role, [])) for a in p_doc) if c]
            add(f"{role}_gold", len(g_items))
            add(f"{role}_pred", len(p_items))
            add(f"{role}_tp", len(_match(g_items, p_items, exact=False)))
            add(f"{role}_exact_tp", len(_match(g_items, p_items, exact=True)))
        add("attribution_gold", len(g_doc))
        add("attribution_pred", len(p_doc))
        add("attribution_tp", _attribution_pairs(list(g_doc), list(p_doc)))
    out: dict[str, Any] = {}
    for role in ROLES:
        g, p = counts.get(f"{role}_gold", 0), counts.get(f"{role}_pred", 0)
        prefix = "content_overlap" if role == "content" else role
        out[f"{prefix}_precision"], out[f"{prefix}_recall"], out[f"{prefix}_f1"] = _prf(counts.get(f"{role}_tp", 0), p, g)
        out[f"{role}_exact_precision"], out[f"{role}_exact_recall"], out[f"{role}_exact_f1"] = _prf(counts.get(f"{role}_exact_tp", 0), p, g)
    out["attribution_precision"], out["attribution_recall"], out["attribution_f1"] = _prf(
        counts.get("attribution_tp", 0), counts.get("attribution_pred", 0), counts.get("attribution_gold", 0)
    )
    out["counts"] = counts
    return out


def _widen_marks(text: str, s: int, e: int) -> tuple[int, int]:
    """Content with its quotation marks (PolNeAR's convention): take in a mark right outside.
    A quotation that ends on a quotation inside it ('... call "a flight to quality,' "') takes
    the outer closing mark too, as the annotation does (train: 61 of 61)."""
    if s > 0 and text[s - 1] in _OPENING:
        double = text[s - 1] in "\"“" or text[s - 2:s] == "''"
        s -= 2 if text[s - 2:s] == "''" else 1
        k = e
        while k < len(text) and text[k] in ",.;:?!":
            k += 1
        if k < len(text) and text[k] in _CLOSING:
            e = k + (2 if text[k:k + 2] == "''" else 1)
        if double and text[e - 1] in "'’" and text[e - 2:e] != "''":
            m = _OUTER_CLOSE.match(text, e)
            e = m.end() if m else e
    return s, e


def _close_quotation(text: str, s: int, e: int) -> int:
    """Mixed content that ends inside a quotation it opened ('in "places like coal country.""')
    takes in the sentence's end and the closing mark, as a direct quote does."""
    seg = text[s:e]
    if seg.count("“") > seg.count("”") or seg.count('"') % 2 or seg.count("''") % 2:
        m = _END_CLOSE.match(text, e)
        if m:
            return m.end()
    return e


def _widen_that(text: str, s: int) -> int:
    """Indirect content with its complementizer ("said that ..."): PolNeAR includes it."""
    m = _THAT.search(text, max(0, s - 12), s)
    return m.start(1) if m else s


def to_polnear(text: str, quotes: Iterable[Quote]) -> list[Attribution]:
    """Quotes as PolNeAR attributions. Source is the speaker as written (not the resolved name).

    Convention mapping to PolNeAR's annotation guidelines, applied here and not in the
    product's own output:
    - direct-quote content is widened from the text inside the marks to the marks and
      the punctuation closed inside them; content takes in a leading "that";
    - the parts of one utterance are one attribution with a discontinuous content:
      quotes sharing a cue ('"A," she said, "B."'), and cue-less continuations of the
      same speaker's quote (of the speaker's last cue that quoted directly, when a later
      cue of the same speaker reports indirectly: '"A?" asked X, referring to Y. "B."');
    - a relative pronoun right before the speaker ("which he said was needed", "what
      officials called a hate crime") opens the content, as a part of its own;
    - the subject of a bare raising verb ("The figures appear to be wrong", "he seems to
      have left") is no source in PolNeAR but the first part of the content; an
      expletive "it" ("it appears that ...") is neither;
    - a quote that names no source and holds its own cue ("X is expected to VP", "X is
      reportedly VP-ing") has the content on both sides of the cue, the cue cut out.
    """
    out: list[Attribution] = []
    by_cue: dict[tuple[int, int], Attribution] = {}
    last_by_speaker: dict[tuple[int, int], Attribution] = {}
    last_quoting: dict[tuple[int, int], Attribution] = {}
    for q in sorted(quotes, key=lambda q: q.content.start):
        s, e = q.content.start, q.content.end
        if q.kind == "direct":
            s, e = _widen_marks(text, s, e)
        s = _widen_that(text, s)
        if q.kind != "direct":
            e = _close_quotation(text, s, e)
        if q.stance == "characterize" and q.cue is not None and q.cue.end < s and not text[q.cue.end:s].strip(" ,:\n").count("\n"):
            gap = text[q.cue.end:s]
            if len(gap) < 120 and not any(c in gap for c in ".!?;"):
                s = q.cue.end + len(gap) - len(gap.lstrip())
        sp = q.speaker
        who = (sp.start, sp.end) if sp.start is not None and sp.end is not None and sp.end > sp.start else None
        if who is not None and q.cue is not None and _RAISING.fullmatch(q.cue.text.lower()) and who[1] <= q.cue.start < s:
            lead = [] if text[who[0]:who[1]].lower() == "it" else [[who[0], who[1]]]
            out.append({"source": [], "cue": [[q.cue.start, q.cue.end]], "content": lead + _by_paragraph(text, s, e)})
            continue
        if not sp.named and q.cue is not None and s < q.cue.start and q.cue.end < e:
            out.append({"source": [], "cue": [[q.cue.start, q.cue.end]], "content": _around(text, s, e, q.cue.start, q.cue.end)})
            continue
        lead = _relative_before(text, who, q.cue.start if q.cue is not None else None, s)
        host = None
        if q.cue is not None:
            host = by_cue.get((q.cue.start, q.cue.end))
        elif who is not None:
            host = last_quoting.get(who) or last_by_speaker.get(who)
        if host is not None:
            host["content"].extend(_by_paragraph(text, s, e))
            host["content"].sort()
            if who is not None and q.kind == "direct":
                last_quoting[who] = host
            continue
        att: Attribution = {"source": [list(who)] if who else [], "cue": [], "content": ([lead] if lead else []) + _by_paragraph(text, s, e)}
        if q.cue is not None:
            att["cue"] = [[q.cue.start, q.cue.end]]
            by_cue[(q.cue.start, q.cue.end)] = att
        if who is not None:
            last_by_speaker[who] = att
            if q.kind == "direct":
                last_quoting[who] = att
        out.append(att)
    return out


def _around(text: str, s: int, e: int, cs: int, ce: int) -> list[list[int]]:
    """Content [s, e) without the cue [cs, ce) inside it, each part trimmed of spaces and commas;
    a comma closing an aside the part before the cue opened stays ("The plan, drafted in May, is
    expected to ...": PolNeAR train, 18 of 22 source-less gold parts with an inner comma; no part
    without one keeps it, 0 of 15)."""
    parts = []
    for a, b in ((s, cs), (ce, e)):
        seg = text[a:b]
        a += len(seg) - len(seg.lstrip(" ,\n"))
        trimmed = b - (len(seg) - len(seg.rstrip(" ,\n")))
        if b == cs and a < trimmed and "," in text[a:trimmed] and text[trimmed:b].lstrip(" \n").startswith(","):
            trimmed = text.index(",", trimmed) + 1
        b = trimmed
        if a < b:
            parts.append([a, b])
    return parts


_PARA_BREAK = re.compile(r"\s*\n\s*")


def _by_paragraph(text: str, s: int, e: int) -> Spans:
    """A content as one part per paragraph (PolNeAR's convention: no annotated part crosses a
    line break; a quote running over paragraphs is annotated in pieces without the break)."""
    out: Spans = []
    for m in _PARA_BREAK.finditer(text, s, e):
        if m.start() > s:
            out.append([s, m.start()])
        s = m.end()
    if e > s:
        out.append([s, e])
    return out or [[s, e]]


def _relative_before(text: str, who: tuple[int, int] | None, cue: int | None, content: int) -> list[int] | None:
    """The span of a relative pronoun right before the speaker of a cue inside a relative
    clause ("which he said was needed"), when the content follows the cue."""
    if who is None or cue is None or not (who[1] <= cue < content):
        return None
    m = _RELATIVE.search(text, max(0, who[0] - 8), who[0])
    if m is not None and _PREP_RELATIVE.search(text, max(0, who[0] - 20), who[0]):
        return None
    return [m.start(1), m.end(1)] if m else None


def _token_spans(tokens: Iterable[Any]) -> Spans:
    """Character spans of runs of adjacent tokens."""
    spans: Spans = []
    last = None
    for t in sorted(tokens, key=lambda t: t.i):
        if last is not None and t.i == last + 1 and spans:
            spans[-1][1] = t.idx + len(t)
        else:
            spans.append([t.idx, t.idx + len(t)])
        last = t.i
    return spans


def _textacy(doc: Any) -> list[Attribution]:
    from textacy.extract.triples import direct_quotations

    out: list[Attribution] = []
    try:
        for dq in direct_quotations(doc):
            out.append({
                "source": _token_spans(dq.speaker),
                "cue": _token_spans(dq.cue),
                "content": [[dq.content.start_char, dq.content.end_char]],
            })
    except ValueError as err:  # textacy refuses documents with unbalanced quotation marks
        log.info("textacy skipped a document: %s", err)
        return []
    return out


def run_attribution(
    path: Path,
    *,
    options: Options | None = None,
    peer: str = "textacy",
    limit: int | None = None,
    predictions: Path | None = None,
    docs: Sequence[Any] | None = None,
) -> dict[str, Any]:
    """Score sitrep (and a peer) on a PolNeAR-format file. ``docs``: parses of the texts, if cached."""
    if peer not in PEERS:
        raise ConfigError("E045", peer=peer, choices=", ".join(PEERS))
    from sitrep.annotate.nlp import annotate, load_nlp
    from sitrep.extract.actors import ActorStage
    from sitrep.extract.base import Analysis
    from sitrep.extract.quotes import QuoteStage
    from sitrep.model import Article

    if peer == "textacy":
        try:
            import textacy  # noqa: F401
        except ImportError:
            raise ConfigError("E046", peer=peer) from None
    options = options or Options()
    records = load_polnear(path, limit=limit)
    texts = [r["text"] for r in records]
    t0 = time.perf_counter()
    if docs is None:
        docs = list(annotate(load_nlp(options.model), texts, batch_size=options.batch_size))
    stages = [ActorStage(options), QuoteStage(options)]
    gold = [r["attributions"] for r in records]
    ours: list[list[Attribution]] = []
    theirs: list[list[Attribution]] = []
    for rec, doc in zip(records, docs):
        analysis = Analysis(article=Article(id=rec["id"], text=rec["text"]), doc=doc, options=options)
        for stage in stages:
            analysis = stage(analysis)
        ours.append(to_polnear(rec["text"], analysis.quotes))
        if peer == "textacy":
            theirs.append(_textacy(doc))
    metrics = score(gold, ours)
    metrics["documents"] = len(records)
    metrics["path"] = str(path)
    if peer != "none":
        metrics["peer"] = {"name": peer, **score(gold, theirs)}
    metrics["seconds"] = round(time.perf_counter() - t0, 1)
    if predictions is not None:
        with predictions.open("w", encoding="utf-8") as fh:
            for rec, atts in zip(records, ours):
                fh.write(json.dumps({"id": rec["id"], "attributions": atts}, ensure_ascii=False) + "\n")
    return metrics
