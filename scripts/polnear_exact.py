"""Tabulate PolNeAR train contents that sitrep finds (overlap match) but not exactly.

Runs the benchmark's own path (actor and quote stages, packaged filter and boundary model,
the PolNeAR convention mapping) over the training texts, pairs predicted and annotated
contents one-to-one as ``content_overlap`` does, and groups the pairs that are not exact
matches: by whether the cue agrees (a content that overlaps another attribution's is no
boundary error), by the number of parts on each side (a quotation continued, a part
added or lost), and, for single-part contents, by edge, direction, quote kind, the parse
relation of the characters in between ("dobj->cue": the cue's object, "punct->out": a
comma phrase hanging outside) and their length in tokens (the boundary model scores
START_FORWARD/END_BACK tokens near the proposed edge, further only at clause boundaries).
Last, for every pair (exact or not) whose predicted content opens with the cue verb's object
and that object takes a complement ("a critique of X", "a plan to S", "his claim that S") or
with the verb's infinitive ("refused to back X"): where the annotated content starts there,
by complement and by whether the noun is a speech noun (learned NOUN cues, cues.yaml
statement_nouns) or the infinitive a learned cue verb. It says how consistently PolNeAR
moves a light verb's noun (or a cue's infinitive) into the cue before any rule does.
A reading aid for the exact-match work: it trains nothing and writes nothing but its report.

    python scripts/polnear_exact.py [../shared/bench/polnear/train.jsonl] [--docs train.spacy]
        [--top 40] [--examples N]
"""
from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

from _polnear_train import parse_train_args, train_parser, train_predictions

MARKS = "\"'“”‘’«»"


def _parts(a: dict) -> list[tuple[int, int]]:
    return sorted((s, e) for s, e in a["content"])


def _relation(doc, lo: int, hi: int, cue_tokens: set[int]) -> str:
    """The parse relation of the characters [lo, hi): the dependency of their top token, and
    whether it hangs from the cue, from outside, or is the sentence root."""
    span = doc.char_span(lo, hi, alignment_mode="expand")
    if span is None or not len(span):
        return "?"
    toks = [t for t in span if not t.is_space]
    if not toks:
        return "space"
    if all(t.is_punct for t in toks):
        return "punct only"
    tops = [t for t in toks if not t.is_punct and (t.head == t or not span.start <= t.head.i < span.end)]
    if not tops:
        return "?"
    top = tops[0]
    where = "root" if top.head == top else "cue" if top.head.i in cue_tokens else "out"
    return f"{top.dep_}->{where}" + ("+more" if len(tops) > 1 else "")


def _opening(doc, pa: dict, ps: int, nouns: dict[str, float], verbs: dict[str, float],
             statement: frozenset[str]) -> tuple[str, str, int, int] | None:
    """(frame, detail, start inside, start after) where a predicted content starting at ``ps``
    opens with the cue verb's object and the object's complement ("a critique | of | X": the
    preposition or "that"/"to", then the first word after it), or with the cue verb's
    infinitive ("to back | X"); None otherwise."""
    toks = [t for s, e in pa["cue"] for t in (doc.char_span(s, e, alignment_mode="expand") or [])]
    verbs_in_cue = [t for t in toks if t.pos_ in ("VERB", "AUX")]
    if not verbs_in_cue:
        return None
    v = verbs_in_cue[-1]
    x = next((c for c in v.children if c.dep_ == "xcomp" and c.i > v.i and c.left_edge.idx == ps), None)
    if x is not None and x.i + 1 < len(doc):
        rate = verbs.get(x.lemma_.lower(), 0.0)
        return ("infinitive", "cue verb" if rate >= 0.3 else "other verb", x.idx, doc[x.i + 1].idx)
    d = next((c for c in v.children if c.dep_ == "dobj" and c.left_edge.idx == ps), None)
    if d is None:
        return None
    lemma = d.lemma_.lower()
    noun = "speech noun" if nouns.get(lemma, 0.0) >= 0.15 or lemma in statement else "other noun"
    for c in d.children:
        if c.i <= d.i or c.i + 1 >= len(doc):
            continue
        if c.dep_ == "prep" and any(g.dep_ in ("pobj", "pcomp") for g in c.children):
            return ("object", f"{noun}, {c.lower_ if c.lower_ in ('of', 'for', 'on', 'about', 'against', 'in', 'to') else 'other'}",
                    c.idx, doc[c.i + 1].idx)
        if c.dep_ == "acl" and c.left_edge.lower_ in ("that", "to") and c.left_edge.dep_ in ("mark", "aux"):
            return ("object", f"{noun}, {c.left_edge.lower_}", c.left_edge.idx, doc[c.left_edge.i + 1].idx)
    return None


def _length(text: str) -> str:
    n = len(re.findall(r"\w+|[^\w\s]", text))
    return "<=3" if n <= 3 else "<=8" if n <= 8 else "<=14" if n <= 14 else ">14"


def main() -> None:
    ap = train_parser()
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--examples", type=int, default=0, help="print this many pairs of each of the five largest edge groups")
    args = parse_train_args(ap)
    from sitrep.bench.attribution import _chars, _match
    from sitrep.extract.learned_cues import load_learned_cues
    from sitrep.extract.speakers import load_cues

    records, docs, metrics, preds = train_predictions(args)
    nouns, verbs, statement = load_learned_cues(pos="NOUN"), load_learned_cues(), load_cues().statement_nouns
    openings: Counter[tuple[str, str, str]] = Counter()
    cue_table: Counter[tuple[str, bool]] = Counter()
    parts: Counter[str] = Counter()
    edges: Counter[tuple[str, ...]] = Counter()
    shown: dict[tuple[str, ...], list[str]] = {}
    n_overlap = n_exact = 0
    for rec, pred, doc in zip(records, preds, docs, strict=True):
        text = rec["text"]
        gi = [(_chars(a["content"]), a) for a in rec["attributions"] if a["content"]]
        pi = [(_chars(a["content"]), a) for a in pred["attributions"] if a["content"]]
        for g, p in _match([x for x, _ in gi], [x for x, _ in pi], exact=False):
            (G, ga), (P, pa) = gi[g], pi[p]
            n_overlap += 1
            exact = G == P
            n_exact += exact
            gc, pc = _chars(ga["cue"]), _chars(pa["cue"])
            agree = "same cue" if gc == pc else "overlapping cue" if gc & pc else "no annotated cue" if not gc else "another cue"
            cue_table[(agree, exact)] += 1
            if len(pa["content"]) == 1 and (o := _opening(doc, pa, min(P), nouns, verbs, statement)):
                gs = min(G)
                where = ("at the object (as predicted)" if o[0] == "object" else "at 'to' (as predicted)") if gs == min(P) else (
                    "at the preposition/that/to" if gs == o[2] else "after it" if gs == o[3] else "elsewhere")
                openings[(o[0], o[1], where)] += 1
            if exact:
                continue
            gp, pp = _parts(ga), _parts(pa)
            if len(gp) > 1 or len(pp) > 1:
                def solid(chars):
                    return {i for i in chars if not text[i].isspace()}
                if solid(G) == solid(P):
                    kind = "same characters, split at other whitespace"
                elif set(gp) < set(pp):
                    kind = "predicted has extra parts"
                elif set(pp) < set(gp):
                    kind = "predicted lacks parts"
                else:
                    kind = "parts differ"
                parts[f"{min(len(gp), 3)} annotated / {min(len(pp), 3)} predicted parts: {kind}"] += 1
                continue
            (gs, ge), (ps, pe) = gp[0], pp[0]
            quote = "direct" if text[ps] in MARKS and text[pe - 1] in MARKS else "indirect"
            cue_tokens = {t.i for s, e in pa["cue"] for t in (doc.char_span(s, e, alignment_mode="expand") or [])}
            for edge, mine, theirs, later in (("start", ps, gs, "late"), ("end", pe, ge, "late")):
                if mine == theirs:
                    continue
                lo, hi = min(mine, theirs), max(mine, theirs)
                side = ("predicted starts early" if mine < theirs else "predicted starts late") if edge == "start" else (
                    "predicted ends late" if mine > theirs else "predicted ends early")
                key = (agree, quote, side, _relation(doc, lo, hi, cue_tokens), _length(text[lo:hi]))
                edges[key] += 1
                if args.examples:
                    shown.setdefault(key[:4], []).append(
                        f"    ...{text[max(0, min(gs, ps) - 50):min(gs, ps)]!r}\n    gold {text[gs:ge][:160]!r}\n    ours {text[ps:pe][:160]!r}")
    print(f"content pairs (overlap match) {n_overlap}, exact {n_exact}, not exact {n_overlap - n_exact}; "
          f"content_exact_f1 {metrics['content_exact_f1']}, content_overlap_f1 {metrics['content_overlap_f1']}")
    print("\nby cue agreement (not exact / exact):")
    for agree in ("same cue", "overlapping cue", "another cue", "no annotated cue"):
        print(f"{cue_table[(agree, False)]:6d} / {cue_table[(agree, True)]:6d}  {agree}")
    print("\nnot exact, several parts on either side:")
    for k, n in parts.most_common(args.top):
        print(f"{n:6d}  {k}")
    print("\nnot exact, one part each, by edge (cue agreement, quote kind, direction, relation of the difference, tokens):")
    for k, n in edges.most_common(args.top):
        print(f"{n:6d}  {' | '.join(k)}")
    sides: Counter[tuple[str, str]] = Counter()
    for k, n in edges.items():
        sides[(k[2], k[4])] += n
    print("\n... by direction and length:")
    for k, n in sorted(sides.items()):
        print(f"{n:6d}  {' | '.join(k)}")
    print("\npredicted content opening with the cue verb's object + complement, or its infinitive: where the annotated content starts")
    for frame, detail in sorted({k[:2] for k in openings}, key=lambda k: (k[0], -sum(n for x, n in openings.items() if x[:2] == k))):
        row = {w: n for (f, d, w), n in openings.items() if (f, d) == (frame, detail)}
        total = sum(row.values())
        print(f"{total:6d}  {frame} | {detail}: " + ", ".join(f"{w} {n} ({n / total:.0%})" for w, n in sorted(row.items(), key=lambda x: -x[1])))
    for frame in sorted({k[0] for k in openings}):
        row = Counter()
        for (f, _, w), n in openings.items():
            if f == frame:
                row[w] += n
        total = sum(row.values())
        print(f"{total:6d}  {frame}, all: " + ", ".join(f"{w} {n} ({n / total:.0%})" for w, n in row.most_common()))
    if args.examples:
        rng = random.Random(0)
        big: Counter[tuple[str, ...]] = Counter()
        for k, n in edges.items():
            big[k[:4]] += n
        for k, _ in big.most_common(5):
            print(f"\n== {' | '.join(k)}")
            for line in rng.sample(shown[k], min(args.examples, len(shown[k]))):
                print(line)


if __name__ == "__main__":
    main()
