"""Group PolNeAR train contents that sitrep finds but not exactly, and those that match nothing, by kind.

Runs the benchmark's own path over the training texts (as ``polnear_exact.py`` does) and
names, in words, what separates each overlap-matched but inexact predicted content from its
annotated one, edge by edge: quotation marks or punctuation only, a "that" complementiser,
leading words (a conjunction, "to", the cue's object, an adverbial, ...), a trailing clause
(after a comma, a preposition, a conjunction), a parenthetical, another sentence, another
annotated attribution's cue inside the difference (nested attribution); contents in several
parts by how the parts differ. Then the predicted contents that match no annotated content
(exact-match false positives that are not even overlap matches), by whether their cue is an
annotated cue, whether they lie inside an annotated content (nested), their quote kind and
their cue lemma; and the predicted contents nested inside another predicted content, by
outcome (a group whose exact share is under about 0.30 costs exact F1). A reading aid: it trains nothing and writes nothing but its report.

    python scripts/polnear_boundaries.py [../shared/bench/polnear/train.jsonl] [--docs train.spacy]
        [--top 40] [--examples N] [--kind SUBSTRING]
"""
from __future__ import annotations

import json
import random
import re
from collections import Counter, defaultdict
from pathlib import Path

from _polnear_train import parse_train_args, train_parser, train_predictions

MARKS = "\"'“”‘’«»„"
_WORD = re.compile(r"\w+|[^\w\s]")
_SENT_END = re.compile(r"[.!?][\"'”’]*\s+[\"'“‘]*[A-Z]")
_CONJ = {"and", "but", "or", "so", "yet", "nor"}
_ADVERBIAL_DEPS = {"advmod", "advcl", "npadvmod", "prep", "intj"}


def _piece_kind(text: str, doc, lo: int, hi: int, edge: str, other_cues: set[int], cue_tokens: set[int]) -> str:
    """A word for the characters [lo, hi) that one side has at an edge and the other lacks."""
    piece = text[lo:hi]
    solid = piece.strip()
    if not solid:
        return "whitespace"
    if all(ch in MARKS for ch in solid.replace(" ", "")):
        return "quote marks"
    if all(not ch.isalnum() for ch in solid):
        return f"punctuation {solid[:3]!r}"
    if any(i in other_cues for i in range(lo, hi)):
        return "nested attribution (another annotated cue inside)"
    if _SENT_END.search(piece) or "\n" in piece.strip():
        return "another sentence"
    if edge == "start" and re.fullmatch(r"[Tt]hat[\s,]*", solid + " "):
        return "'that' complementiser"
    if any(ch in solid for ch in "()[]") or solid.count("—") + solid.count(" - ") + solid.count("–") >= 2:
        return "parenthetical"
    span = doc.char_span(lo, hi, alignment_mode="expand")
    toks = [t for t in (span or []) if not t.is_space]
    words = [t for t in toks if not t.is_punct]
    if not words:
        return "punctuation and marks"
    first = words[0]
    low = first.lower_
    if edge == "start":
        if low in _CONJ:
            return f"leading conjunction ({low})"
        if low == "to":
            return "leading 'to'"
        if low in ("that", "whether", "if") and first.dep_ == "mark":
            return f"leading complementiser ({low}) and more"
        if any(t.i in cue_tokens for t in toks):
            return "leading cue words"
        tops = [t for t in words if not (span.start <= t.head.i < span.end)]
        top = tops[0] if tops else first
        if top.dep_ in ("dobj", "iobj", "dative", "attr") and top.head.i in cue_tokens:
            return "leading object of the cue"
        if top.dep_ in ("xcomp", "ccomp", "aux") and top.head.i in cue_tokens:
            return f"leading verb chain of the cue ({top.dep_})"
        if top.dep_ in ("nsubj", "nsubjpass", "expl"):
            return "leading subject"
        if top.dep_ in _ADVERBIAL_DEPS or toks[-1].text == ",":
            return "leading adverbial"
        return f"leading other ({top.dep_})"
    lead = toks[0]
    if lead.text in ",;:":
        nxt = words[0]
        if nxt.lower_ in ("who", "which", "whose", "whom", "where", "when"):
            return "trailing comma + relative clause"
        if nxt.tag_ == "VBG" or nxt.tag_ == "VBN":
            return "trailing comma + participle"
        if nxt.lower_ in _CONJ:
            return "trailing comma + coordinated clause"
        if nxt.dep_ == "mark" or nxt.lower_ in ("as", "while", "because", "although", "though", "after", "before", "since", "if"):
            return "trailing comma + adverbial clause"
        if nxt.dep_ == "appos" or nxt.pos_ in ("DET", "PROPN", "NOUN"):
            return "trailing comma + noun phrase"
        return "trailing comma + other"
    if lead.lower_ in _CONJ:
        return f"trailing coordination ({lead.lower_})"
    if lead.dep_ == "prep" or lead.pos_ == "ADP":
        return "trailing prepositional phrase"
    if lead.dep_ == "mark" or lead.lower_ in ("as", "while", "because", "although", "though", "after", "before", "since", "if", "when"):
        return "trailing adverbial clause"
    if any(t.i in cue_tokens for t in toks):
        return "trailing cue words"
    if lead.is_punct:
        return f"trailing punctuation + words ({lead.text})"
    return f"trailing other ({lead.dep_})"


def _parts(a: dict) -> list[tuple[int, int]]:
    return sorted((s, e) for s, e in a["content"])


def _part_kind(text: str, gp, pp) -> str:
    """A word for how several-part contents differ."""
    def solid(parts):
        return {i for s, e in parts for i in range(s, e) if not text[i].isspace()}
    g, p = solid(gp), solid(pp)
    if g == p:
        return "parts: same characters, split elsewhere"
    if set(gp) < set(pp):
        return "parts: predicted has an extra part"
    if set(pp) < set(gp):
        return "parts: predicted lacks a part"
    if p < g:
        return "parts: predicted lacks characters"
    if g < p:
        return "parts: predicted has extra characters"
    return f"parts: differ ({min(len(gp), 3)} annotated / {min(len(pp), 3)} predicted)"


def _part_edges(text: str, doc, gp, pp, other: set[int], cue_tokens: set[int]) -> list[str]:
    """Words for how the parts of several-part contents differ: a part one side lacks (by its
    first word or shape), and the edges of parts both sides have."""
    out = []
    for side, mine, theirs in (("extra part", pp, gp), ("missing part", gp, pp)):
        for s, e in mine:
            if any(a < e and s < b for a, b in theirs):
                continue
            seg = text[s:e].strip()
            shape = ("quotation" if seg[:1] in MARKS else "one word: " + seg.lower() if len(_WORD.findall(seg)) == 1
                     else "short (<=4 words)" if len(_WORD.findall(seg)) <= 4 else "clause")
            out.append(f"parts | {side} | {shape}")
    for s, e in pp:
        for a, b in gp:
            if not (a < e and s < b) or (a, b) == (s, e):
                continue
            for edge, m, g in (("start", s, a), ("end", e, b)):
                if m == g:
                    continue
                lo, hi = min(m, g), max(m, g)
                extra = (m < g) if edge == "start" else (m > g)
                out.append(f"parts | part {edge} | {'ours has extra' if extra else 'ours lacks'} | "
                           f"{_piece_kind(text, doc, lo, hi, edge, other, cue_tokens)}")
    return out


def main() -> None:
    ap = train_parser()
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--examples", type=int, default=0, help="print this many examples of each of the largest kinds")
    ap.add_argument("--kind", default=None, help="print examples only of kinds containing this text")
    args = parse_train_args(ap)
    from sitrep.bench.attribution import _chars, _match

    records, docs, metrics, preds = train_predictions(args)
    kinds: Counter[str] = Counter()
    shown: dict[str, list[str]] = defaultdict(list)
    pair_kinds: Counter[str] = Counter()
    fps: Counter[str] = Counter()
    fp_lemmas: Counter[str] = Counter()
    nested: Counter[tuple[str, str, str]] = Counter()  # predicted contents inside another predicted content
    fp_rel: Counter[str] = Counter()  # with an annotated cue: where the cue's annotated content lies
    fp_shown: dict[str, list[str]] = defaultdict(list)
    n_pairs = n_exact = 0
    for rec, pred, doc in zip(records, preds, docs, strict=True):
        text = rec["text"]
        gi = [(_chars(a["content"]), a) for a in rec["attributions"] if a["content"]]
        pi = [(_chars(a["content"]), a) for a in pred["attributions"] if a["content"]]
        gold_content = set().union(*(g for g, _ in gi)) if gi else set()
        gold_cues = [_chars(a["cue"]) for a in rec["attributions"]]
        all_gold_cues = set().union(*gold_cues) if gold_cues else set()
        matched = set()
        for g, p in _match([x for x, _ in gi], [x for x, _ in pi], exact=False):
            matched.add(p)
            (G, ga), (P, pa) = gi[g], pi[p]
            n_pairs += 1
            if G == P:
                n_exact += 1
                continue
            gc, pc = _chars(ga["cue"]), _chars(pa["cue"])
            if not gc & pc:
                kinds["paired with another cue's content"] += 1
                continue
            gp, pp = _parts(ga), _parts(pa)
            where = text[max(0, min(gp[0][0], pp[0][0]) - 60):min(gp[0][0], pp[0][0])]
            cue_tokens = {t.i for s, e in pa["cue"] for t in (doc.char_span(s, e, alignment_mode="expand") or [])}
            other = all_gold_cues - gc
            if len(gp) > 1 or len(pp) > 1:
                example = (f"    ...{where!r}\n    gold {' | '.join(text[s:e] for s, e in gp)[:220]!r}\n"
                           f"    ours {' | '.join(text[s:e] for s, e in pp)[:220]!r}")
                k = _part_kind(text, gp, pp)
                kinds[k] += 1
                shown[k].append(example)
                for k in _part_edges(text, doc, gp, pp, other, cue_tokens):
                    kinds["  " + k] += 1
                    shown["  " + k].append(example)
                continue
            (gs, ge), (ps, pe) = gp[0], pp[0]
            cues = f"  [cue gold {' '.join(text[s:e] for s, e in ga['cue'])!r}, ours {' '.join(text[s:e] for s, e in pa['cue'])!r}]"
            found = []
            for edge, mine, theirs in (("start", ps, gs), ("end", pe, ge)):
                if mine == theirs:
                    continue
                lo, hi = min(mine, theirs), max(mine, theirs)
                if edge == "start":
                    side = "ours has extra" if mine < theirs else "ours lacks"
                else:
                    side = "ours has extra" if mine > theirs else "ours lacks"
                k = f"{edge} | {side} | {_piece_kind(text, doc, lo, hi, edge, other, cue_tokens)}"
                found.append(k)
                kinds[k] += 1
                shown[k].append(f"    ...{where!r}{cues}\n    gold {text[gs:ge][:220]!r}\n    ours {text[ps:pe][:220]!r}")
            pair_kinds["both edges" if len(found) == 2 else "one edge"] += 1
        exact_p = {p for _, p in _match([x for x, _ in gi], [x for x, _ in pi], exact=True)}
        for p, (P, pa) in enumerate(pi):
            host = next((qa for q, (Q, qa) in enumerate(pi) if q != p and P < Q), None)
            if host is not None:
                nested_cue = "cue inside the other" if pa["cue"] and _chars(pa["cue"]) <= _chars(host["content"]) else "cue outside"
                outcome = "exact" if p in exact_p else "overlap" if p in matched else "none"
                nested[(nested_cue, "direct" if text[min(P)] in MARKS else "indirect", outcome)] += 1
            if p in matched:
                continue
            pc = _chars(pa["cue"])
            ps, pe = min(P), max(P) + 1
            quoted = text[ps] in MARKS and text[pe - 1] in MARKS
            on_cue = "annotated cue" if pc & all_gold_cues else "no annotated cue" if pc else "cue-less"
            inside = len(P & gold_content) / len(P)
            nest = "inside annotated content" if inside >= 0.9 else "partly inside" if inside > 0 else "outside any content"
            k = f"{on_cue} | {nest} | {'direct' if quoted else 'indirect'}"
            fps[k] += 1
            span = doc.char_span(*pa["cue"][0], alignment_mode="expand") if pa["cue"] else None
            fp_lemmas[span.root.lemma_.lower() if span is not None and len(span) else "-"] += 1
            same = [a for a, c in zip(rec["attributions"], gold_cues) if c & pc and a["content"]]
            gold_of_cue = " | ".join(text[s:e] for s, e in _parts(same[0]))[:200] if same else "-"
            fp_shown[k].append(f"    cue {text[pa['cue'][0][0]:pa['cue'][0][1]] if pa['cue'] else '-'!r}  content "
                               f"{' | '.join(text[s:e] for s, e in pa['content'])[:200]!r}\n      gold of the cue {gold_of_cue!r}")
            if same:
                G = _chars(same[0]["content"])
                rel = "ours inside it" if P <= G else "it inside ours" if G <= P else "overlapping" if G & P else "apart"
                fp_rel[rel] += 1
    print(f"content pairs (overlap match) {n_pairs}, exact {n_exact}, not exact {n_pairs - n_exact}; "
          f"content_exact_f1 {metrics['content_exact_f1']} (P {metrics['content_exact_precision']}, "
          f"R {metrics['content_exact_recall']}), content_overlap_f1 {metrics['content_overlap_f1']}")
    print(f"single-part inexact pairs of the same cue: {dict(pair_kinds)}")
    print("\nnot exact, by kind of difference (an edge counts once per pair and edge):")
    for k, n in kinds.most_common(args.top):
        print(f"{n:6d}  {k}")
    print(f"\npredicted contents that overlap no annotated content: {sum(fps.values())}")
    for k, n in fps.most_common():
        print(f"{n:6d}  {k}")
    print("  ... with an annotated cue, that cue's annotated content against ours: "
          + ", ".join(f"{k} {n}" for k, n in fp_rel.most_common()))
    print("  ... by cue lemma: " + ", ".join(f"{k} {n}" for k, n in fp_lemmas.most_common(25)))
    print("\npredicted contents inside another predicted content (exact / overlap only / none):")
    for cue_where in ("cue inside the other", "cue outside"):
        for kind in ("direct", "indirect"):
            row = [nested[(cue_where, kind, o)] for o in ("exact", "overlap", "none")]
            print(f"  {cue_where:22s} {kind:9s} " + " / ".join(f"{n:5d}" for n in row))
    if args.examples:
        rng = random.Random(0)
        pick = [k for k, _ in kinds.most_common(args.top) if args.kind is None or args.kind in k]
        for k in pick[:12] if args.kind is None else pick:
            if shown[k]:
                print(f"\n== {k} ({kinds[k]})")
                for line in rng.sample(shown[k], min(args.examples, len(shown[k]))):
                    print(line)
        top = {k for k, _ in fps.most_common(6)}
        for k, _ in fps.most_common():
            if (k in top) if args.kind is None else (args.kind in k):
                print(f"\n== false positive: {k} ({fps[k]})")
                for line in rng.sample(fp_shown[k], min(args.examples, len(fp_shown[k]))):
                    print(line)


if __name__ == "__main__":
    main()
