"""Group PolNeAR train attributions whose content sitrep finds but whose source it gets wrong.

Runs the benchmark's own path (actor and quote stages, packaged filter and boundary model,
the PolNeAR convention mapping) over the training texts, pairs each annotated attribution
with its best prediction, chosen per gold on its own (of the predictions sharing at least
half of the annotated content, the one sharing the most characters; not the benchmark's
one-to-one match), and groups the pairs whose sources do not overlap: by what the predicted
source is (none, a pronoun, a possessive, a relative pronoun ...) against the annotated one (a name, a
description, a pronoun, in another sentence than the cue, after the cue ...), and, where the cue
agrees and the sources overlap but differ, by what either side has beyond the other's edges
(an appositive after a comma, a title, a determiner, a possessive 's). Also counts the
annotated sources no predicted source overlaps at all (the ``source_recall`` misses) by
whether a predicted content overlaps their content. Last, the same pairs grouped by cause
(:func:`_cause`): the annotated cue predicted with this content but another source (a
subject error), predicted with another content, or lost at one step of the quote run
(never proposed, dropped by the filter, merged into one utterance, dropped as reported
inside another quote), and where it lies against the predicted cue (nested inside the
prediction's content, holding the predicted cue inside its own content, a cue of the
same clause, a cue elsewhere in the sentence).
A reading aid for source work: it trains nothing and writes nothing but its report.

    python scripts/polnear_sources.py [../shared/bench/polnear/train.jsonl] [--docs train.spacy]
        [--top 40] [--examples N] [--group SUBSTRING]
"""
from __future__ import annotations

from collections import Counter

from _polnear_train import print_examples, reading_run

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


def _edges(text: str, gold, pred) -> str:
    """How a predicted source that overlaps the annotated one differs at its edges: what the
    annotation has beyond it on each side (an appositive or relative clause after a comma, a
    title or determiner before, a possessive 's), or what the prediction has beyond it."""
    g0, g1 = min(a for a, _ in gold), max(b for _, b in gold)
    p0, p1 = min(a for a, _ in pred), max(b for _, b in pred)
    out = []
    if g0 < p0:
        left = text[g0:p0].strip().lower()
        first = left.split()[0] if left.split() else ""
        out.append("gold starts earlier:" + ("determiner" if first in ("the", "a", "an") and len(left.split()) == 1
                                             else "comma phrase" if "," in left else "words"))
    elif p0 < g0:
        out.append("pred starts earlier:" + ("comma phrase" if "," in text[p0:g0] else "words"))
    if p1 < g1:
        right = text[p1:g1]
        out.append("gold ends later:" + ("'s" if right.strip() in ("'s", "’s", "'", "’") else
                                         "relative clause" if right.lstrip(" ,").lower().startswith(("who ", "which ", "that "))
                                         else "comma phrase" if right.lstrip().startswith(",") else "words"))
    elif g1 < p1:
        out.append("pred ends later:" + ("comma phrase" if "," in text[g1:p1] else "words"))
    return ", ".join(out) or "same edges"


def _run_steps(text: str, doc, stage) -> dict[str, list[frozenset[int]]]:
    """The cue character sets of the quote run after each of its steps (what the quote stage
    does in ``judge``, step by step): proposed, kept by the filter, kept as one utterance,
    kept when not reported inside another quote."""
    run = stage.run_of(_Analysis(text, doc))
    props = run.proposals()
    run.used = set(run._proposed_used)
    steps = {"proposed": props}
    kept = [c for c in props if run.keeps(c)]
    steps["filtered"] = kept
    kept = run._one_utterance(list(kept))
    steps["one utterance"] = kept
    if run.bounds is not None:
        for c in kept:
            run._refine(c, run.bounds)
    steps["reported inside"] = run._drop_reported_inside(kept)
    return {k: [frozenset(range(*c.cue_span)) for c in v if c.cue_span] for k, v in steps.items()}


class _Analysis:
    """What ``QuoteStage.run_of`` reads of an analysis: the text and the parse."""

    def __init__(self, text: str, doc) -> None:
        self.doc = doc
        self.article = type("A", (), {"text": text})()


def _cause(doc, att, best, patts, steps) -> str:
    """Why the best prediction for an annotated attribution has another source."""
    gcue, pcue = _chars(att["cue"]), _chars(best["cue"])
    gsrc, gcon, pcon = _chars(att["source"]), _chars(att["content"]), _chars(best["content"])
    if gcue and gcue & pcue:
        psrc = _chars(best["source"])
        if not psrc:
            return "same cue, no source predicted"
        if gsrc & psrc:
            return "same cue, source overlapping: " + ("pred inside gold" if psrc < gsrc else "gold inside pred" if gsrc < psrc else "crossing")
        c = doc.char_span(min(pcue), max(pcue) + 1, alignment_mode="expand")
        g = doc.char_span(min(gsrc), max(gsrc) + 1, alignment_mode="expand")
        verb = max((t for t in c if t.pos_ in ("VERB", "AUX")), key=lambda t: t.i, default=c.root) if c is not None and len(c) else None
        dep = f"{verb.dep_}:{verb.tag_}" if verb is not None else "?"
        gdep = g.root.dep_ if g is not None and len(g) else "?"
        if verb is not None and g is not None and len(g) and g.root.head.i == verb.i:
            gdep += " of cue"
        return f"same cue, other subject / cue {dep} / gold source {gdep}"
    if not gcue:
        return "gold without cue"
    own = [p for p in patts if _chars(p["cue"]) & gcue]
    if own:
        where = "its source right" if any(_overlaps(gsrc, _chars(p["source"])) for p in own) else "its source wrong too"
        return f"gold cue predicted with another content, {where}"
    lost = next((k for k in ("proposed", "filtered", "one utterance", "reported inside")
                 if not any(c & gcue for c in steps[k])), "kept, lost in mapping")
    lost = {"proposed": "never proposed", "filtered": "dropped by filter", "one utterance": "merged as one utterance",
            "reported inside": "dropped as reported inside"}.get(lost, lost)
    if not pcue:
        rel = "pred has no cue"
    elif gcue <= pcon:
        rel = "gold cue nested in pred content"
    elif pcue <= gcon:
        rel = "pred cue nested in gold content"
    else:
        g = doc.char_span(min(gcue), max(gcue) + 1, alignment_mode="expand")
        p = doc.char_span(min(pcue), max(pcue) + 1, alignment_mode="expand")
        if g is None or p is None or not len(g) or not len(p):
            rel = "?"
        elif g[0].sent.start != p[0].sent.start:
            rel = "cues in other sentences"
        elif g.root.head.i == p.root.i or p.root.head.i == g.root.i or g.root.head.i == p.root.head.i:
            rel = "cues linked in the parse"
        else:
            rel = "cues apart in one sentence"
    return f"gold cue {lost} / {rel}"


def main() -> None:
    args, records, docs, preds, stage = reading_run(top=40)
    causes: Counter[str] = Counter()
    groups: Counter[str] = Counter()
    lost: Counter[str] = Counter()
    edges: Counter[str] = Counter()  # same cue, sources overlapping but not exactly: by edge
    shown: list[tuple[str, str]] = []
    for rec, doc, pred in zip(records, docs, preds, strict=True):
        text = rec["text"]
        patts = pred["attributions"]
        steps = None
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
            if gsrc & psrc and gsrc != psrc and _chars(att["cue"]) & _chars(best["cue"]):
                ekey = f"{'matched' if _overlaps(gsrc, psrc) else 'missed '} | {_edges(text, att['source'], best['source'])}"
                edges[ekey] += 1
                shown.append((f"edge {ekey}", f"[edge {ekey}]\n    gold source {' | '.join(text[a:b] for a, b in att['source'])!r};"
                                              f" predicted {' | '.join(text[a:b] for a, b in best['source'])!r}"))
            if _overlaps(gsrc, psrc):
                continue
            if not any(_overlaps(gsrc, _chars(p["source"])) for p in patts):
                lost["source lost, content found"] += 1
            key = (f"pred {_kind(doc, text, best['source'])} / gold {_kind(doc, text, att['source'])}"
                   f" / {_where(doc, gsrc, _chars(att['cue']), psrc)}"
                   f" / cue {'same' if _chars(att['cue']) & _chars(best['cue']) else 'other'}")
            groups[key] += 1
            steps = steps or _run_steps(text, doc, stage)
            cause = _cause(doc, att, best, patts, steps)
            causes[cause] += 1
            gtext = " | ".join(text[s:e] for s, e in att["source"])
            ptext = " | ".join(text[s:e] for s, e in best["source"])
            cues = " | ".join(text[s:e] for s, e in att["cue"]), " | ".join(text[s:e] for s, e in best["cue"])
            c0 = min(s for s, _ in att["content"])
            sent = doc.char_span(c0, c0 + 1, alignment_mode="expand")
            shown.append((f"{key} {cause}", f"[{key}] [{cause}]\n    gold source {gtext!r} cue {cues[0]!r}; predicted source {ptext!r} cue {cues[1]!r}\n"
                               f"    {sent[0].sent.text.strip()[:240] if sent is not None and len(sent) else ''}"))
    print(f"\ncontent found, source wrong: {sum(groups.values())}")
    for key, n in groups.most_common(args.top):
        print(f"{n:6d}  {key}")
    print(f"\nsame cue, sources overlapping but not exactly: {sum(edges.values())} (matched: at least half the annotated source)")
    for key, n in edges.most_common(args.top):
        print(f"{n:6d}  {key}")
    print(f"\nthe same by cause: {sum(causes.values())}")
    for key, n in causes.most_common(args.top):
        print(f"{n:6d}  {key}")
    print()
    for key, n in lost.most_common():
        print(f"{n:6d}  {key}")
    print_examples(shown, args)


if __name__ == "__main__":
    main()
