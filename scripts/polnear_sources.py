"""Group PolNeAR train attributions whose content sitrep finds but whose source it gets wrong.

Runs the benchmark's own path (actor and quote stages, packaged filter and boundary model,
the PolNeAR convention mapping) over the training texts, pairs each annotated attribution
with its best prediction, chosen per gold on its own (of the predictions sharing at least
half of the annotated content, the one sharing the most characters; not the benchmark's
one-to-one match), and groups the pairs whose sources do not overlap: by what the predicted
source is (none, a pronoun, a possessive, a relative pronoun ...) against the annotated one (a name, a
description, a pronoun, in another sentence than the cue, after the cue ...). Also counts the
annotated sources no predicted source overlaps at all (the ``source_recall`` misses) by
whether a predicted content overlaps their content.
A reading aid for source work: it trains nothing and writes nothing but its report.

    python scripts/polnear_sources.py [../shared/bench/polnear/train.jsonl] [--docs train.spacy]
        [--top 40] [--examples N] [--group SUBSTRING]
"""
from __future__ import annotations

import random
from collections import Counter

from _polnear_train import parse_train_args, train_parser, train_predictions

from sitrep.bench.attribution import _chars, _overlaps

_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "who", "which", "that", "his", "her", "their", "its"})


def _kind(doc, text: str, spans) -> str:
    """What a source span is: none, a pronoun, a possessive phrase, a name, a description."""
    if not spans:
        return "none"
    s, e = min(a for a, _ in spans), max(b for _, b in spans)
    words = text[s:e].strip()
    if words.lower() in _PRONOUNS:
        return f"pronoun:{words.lower()}"
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or not len(span):
        return "?"
    if words.endswith(("'s", "’s", "s'", "s’")):
        return "possessive"
    root = span.root
    if root.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return f"name:{root.ent_type_}"
    if root.pos_ == "PROPN":
        return "name:PROPN"
    return f"description:{root.pos_}"


def _where(doc, gsrc: frozenset[int], cue: frozenset[int], pred_src: frozenset[int]) -> str:
    """Where the annotated source lies: against the cue's sentence and against the predicted source."""
    if not gsrc or not cue:
        return "?"
    g0, c0 = min(gsrc), min(cue)
    gs = doc.char_span(g0, max(gsrc) + 1, alignment_mode="expand")
    cs = doc.char_span(c0, max(cue) + 1, alignment_mode="expand")
    if gs is None or cs is None or not len(gs) or not len(cs):
        return "?"
    rel = "same sentence" if gs[0].sent.start == cs[0].sent.start else ("earlier sentence" if g0 < c0 else "later sentence")
    if pred_src & gsrc:
        rel += ", partly overlapping"
    elif pred_src:
        rel += ", disjoint"
    return rel


def main() -> None:
    ap = train_parser()
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--examples", type=int, default=0)
    ap.add_argument("--group", default="", help="print examples only from groups whose name holds this")
    args = parse_train_args(ap)
    records, docs, metrics, preds = train_predictions(args)
    print({k: v for k, v in metrics.items() if k != "counts"})
    groups: Counter[str] = Counter()
    lost: Counter[str] = Counter()
    shown: list[tuple[str, str]] = []
    for rec, doc, pred in zip(records, docs, preds, strict=True):
        text = rec["text"]
        patts = pred["attributions"]
        for att in rec["attributions"]:
            g = _chars(att["content"])
            gsrc = _chars(att["source"])
            if not g or not gsrc:
                continue
            best = max(((len(g & _chars(p["content"])), p) for p in patts if _overlaps(g, _chars(p["content"]))),
                       key=lambda x: x[0], default=(0, None))[1]
            if best is None:
                if not any(_overlaps(gsrc, _chars(p["source"])) for p in patts):
                    lost["source lost, content not found"] += 1
                continue
            psrc = _chars(best["source"])
            if _overlaps(gsrc, psrc):
                continue
            if not any(_overlaps(gsrc, _chars(p["source"])) for p in patts):
                lost["source lost, content found"] += 1
            key = (f"pred {_kind(doc, text, best['source'])} / gold {_kind(doc, text, att['source'])}"
                   f" / {_where(doc, gsrc, _chars(att['cue']), psrc)}"
                   f" / cue {'same' if _chars(att['cue']) & _chars(best['cue']) else 'other'}")
            groups[key] += 1
            gtext = " | ".join(text[s:e] for s, e in att["source"])
            ptext = " | ".join(text[s:e] for s, e in best["source"])
            cues = " | ".join(text[s:e] for s, e in att["cue"]), " | ".join(text[s:e] for s, e in best["cue"])
            c0 = min(s for s, _ in att["content"])
            sent = doc.char_span(c0, c0 + 1, alignment_mode="expand")
            shown.append((key, f"[{key}]\n    gold source {gtext!r} cue {cues[0]!r}; predicted source {ptext!r} cue {cues[1]!r}\n"
                               f"    {sent[0].sent.text.strip()[:240] if sent is not None and len(sent) else ''}"))
    print(f"\ncontent found, source wrong: {sum(groups.values())}")
    for key, n in groups.most_common(args.top):
        print(f"{n:6d}  {key}")
    print()
    for key, n in lost.most_common():
        print(f"{n:6d}  {key}")
    random.Random(0).shuffle(shown)
    for _, line in [x for x in shown if args.group in x[0]][:args.examples]:
        print(line)


if __name__ == "__main__":
    main()
