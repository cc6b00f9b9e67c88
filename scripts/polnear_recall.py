"""Bucket the PolNeAR train sources and contents that ``bench attribution`` misses, end to end.

Runs the benchmark's own path (actor and quote stages, packaged filter and boundary model, the
PolNeAR convention mapping) over the training texts and matches sources and contents one-to-one
as the benchmark does (half the annotated characters shared). Each annotated source (content)
left unmatched is counted by

- where the quote run lost its cue: the cue predicted (with no source, another source or another
  content), or never proposed, dropped by the filter, merged into one utterance, dropped as
  reported inside another quote (``polnear_sources._run_steps``), prefixed "shared" when the same
  characters are the source (content) of another annotated attribution that was matched (one
  prediction cannot match two annotated items);
- the construction linking cue, source and content (``polnear_misses.relation``: verb with its
  subject, noun cue, "according to", passive, cue in another sentence, inside a quotation ...);
- the cue's main word (lemma and part of speech).

Where ``polnear_misses.py`` asks what the proposer can reach, this asks what the shipped path
loses after its filter. A reading aid for recall work: it trains nothing and writes nothing but
its report; train only (dev is refused).

    python scripts/polnear_recall.py [../shared/bench/polnear/train.jsonl] [--docs train.spacy]
        [--top 30] [--examples N] [--group SUBSTRING]
"""
from __future__ import annotations

from collections import Counter

from _polnear_train import print_examples, reading_run
from polnear_misses import relation
from polnear_sources import _Analysis, _run_steps

from sitrep.bench.attribution import _chars, _match, _overlaps

_STEPS = (("proposed", "never proposed"), ("filtered", "dropped by filter"), ("one utterance", "merged as one utterance"),
          ("reported inside", "dropped as reported inside"))


def _step(att: dict, patts: list[dict], steps: dict, role: str) -> str:
    """Where the quote run lost an annotated attribution's ``role``."""
    gcue = _chars(att["cue"])
    if not gcue:
        return "no annotated cue"
    own = [p for p in patts if _chars(p["cue"]) & gcue]
    if own:
        if role == "source":
            if not any(_chars(p["source"]) for p in own):
                return "cue predicted, no source"
            return "cue predicted, other source" if any(_overlaps(_chars(att["content"]), _chars(p["content"])) for p in own) \
                else "cue predicted, other source and content"
        return "cue predicted, other content"
    return next((name for key, name in _STEPS if not any(c & gcue for c in steps[key])), "cue kept, lost in mapping")


def _cue_word(doc, att: dict) -> str:
    toks = [t for t in doc if t.idx in _chars(att["cue"]) and not t.is_punct]
    if not toks:
        return "-"
    main = next((t for t in toks if t.pos_ == "VERB"), None) or next((t for t in toks if t.pos_ in ("NOUN", "ADJ", "ADV", "ADP")), toks[0])
    return f"{main.lemma_.lower()}/{main.pos_}"


def main() -> None:
    args, records, docs, preds, stage = reading_run(top=30)
    tables: dict[str, dict[str, Counter[str]]] = {r: {"step": Counter(), "construction": Counter(), "step x construction": Counter(),
                                                      "cue word (never proposed / dropped by filter)": Counter()} for r in ("source", "content")}
    totals: Counter[str] = Counter()
    shown: list[tuple[str, str]] = []
    for rec, doc, pred in zip(records, docs, preds, strict=True):
        text, patts = rec["text"], pred["attributions"]
        run = stage.run_of(_Analysis(text, doc))
        steps = None
        for role in ("source", "content"):
            gatts = [a for a in rec["attributions"] if a[role]]
            gold = [_chars(a[role]) for a in gatts]
            matched = {gi for gi, _ in _match(gold, [_chars(p[role]) for p in patts], exact=False)}
            totals[f"{role} gold"] += len(gold)
            totals[f"{role} missed"] += len(gold) - len(matched)
            for gi, att in enumerate(gatts):
                if gi in matched:
                    continue
                steps = steps or _run_steps(text, doc, stage)
                step = _step(att, patts, steps, role)
                if any(gold[gj] == gold[gi] for gj in matched):
                    step = f"{role} shared with a matched attribution, {step}"
                toks = [t for t in doc if t.idx in _chars(att["cue"]) and not t.is_punct]
                first = toks[0].idx if toks else None
                rel = relation(doc, att, toks, first is not None and run._inside_quote(first), first is not None and run._headline(first))
                word = _cue_word(doc, att)
                t = tables[role]
                t["step"][step] += 1
                t["construction"][rel] += 1
                t["step x construction"][f"{step} / {rel}"] += 1
                if step in ("never proposed", "dropped by filter"):
                    t["cue word (never proposed / dropped by filter)"][f"{step} / {word}"] += 1
                c0 = min((s for s, _ in att["content"] or att["cue"]), default=None)
                sent = doc.char_span(c0, c0 + 1, alignment_mode="expand") if c0 is not None else None
                shown.append((f"{role} {step} / {rel} / {word}",
                              f"[{role}: {step} / {rel} / {word}]\n    source {' | '.join(text[s:e] for s, e in att['source'])!r}"
                              f" cue {' | '.join(text[s:e] for s, e in att['cue'])!r} content"
                              f" {' | '.join(text[s:e] for s, e in att['content'])[:160]!r}\n"
                              f"    {sent[0].sent.text.strip()[:260] if sent is not None and len(sent) else ''}"))
    for role in ("source", "content"):
        print(f"\n== {role}: {totals[f'{role} missed']} of {totals[f'{role} gold']} annotated not matched")
        for name, counter in tables[role].items():
            print(f"\n{role}, by {name}:")
            for key, n in counter.most_common(args.top):
                print(f"{n:6d}  {key}")
    print_examples(shown, args)


if __name__ == "__main__":
    main()
