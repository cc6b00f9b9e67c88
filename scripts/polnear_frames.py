"""Tabulate, per content frame, how the quote proposer's utterances on PolNeAR train match the annotation.

Runs the proposer as the quote filter's training sees it (no filter, nested cues kept, the
filtered-run cue threshold) with the packaged boundary model, joins candidates into
utterances as the benchmark does (the candidates sharing a cue, plus their cue-less
continuations), maps each content as the benchmark's PolNeAR conversion does where it moves
edges (quotation marks and a leading "that" taken in; a characterising cue's content starting
right after the cue; a source-less quote's own cue cut out of its content), and counts, by the
frame of the utterance's first candidate, how many equal an annotated content (exact), cover
half of one (overlap), miss although their cue is an annotated cue, or match nothing.

The test of a frame change before rebuilding the tables: ``--save`` the rows of the current
code, change it, run again with ``--compare`` the saved file, and read how the changed
utterances moved (before -> after). A change helps content_exact_f1 only if the utterances it
adds or alters are exact more often than exact_tp / (gold + predicted), about 0.30 on dev, and
the filter keeps them in proportion; an addition at overlap quality but poor edges lowers it.
A reading aid: it trains nothing and writes nothing but its report (and the rows asked for).

    python scripts/polnear_frames.py [../shared/bench/polnear/train.jsonl] [--docs train.spacy]
        [--save rows.jsonl] [--compare rows.jsonl] [--examples N]
"""
from __future__ import annotations

import json
from collections import Counter

from _polnear_train import load_train, parse_train_args, train_parser, unfiltered_proposer

OUTCOMES = ("exact", "overlap", "cue-miss", "none")


def _mapped(text: str, c) -> list[tuple[int, int]]:
    """A candidate's content as the benchmark's PolNeAR conversion gives it (the edge conventions only)."""
    from sitrep.bench.attribution import _around, _widen_marks, _widen_that

    s, e = c.content
    s, e = _widen_marks(text, s, e) if c.kind == "direct" else (_widen_that(text, s), e)
    if c.stance == "characterize" and c.cue_span is not None and c.cue_span[1] < s:
        gap = text[c.cue_span[1]:s]
        if len(gap) < 120 and not any(ch in gap for ch in ".!?;\n"):
            s = c.cue_span[1] + len(gap) - len(gap.lstrip())
    if c.subject is None and c.cue_span is not None and s < c.cue_span[0] and c.cue_span[1] < e:
        return [(a, b) for a, b in _around(text, s, e, *c.cue_span)]
    return [(s, e)]


def utterance_rows(doc_no: int, text: str, cands, attributions: list[dict]) -> list[dict]:
    """One row per utterance: its frames, characters, outcome and the best-matching annotated content."""
    golds = [{i for s, e in a["content"] for i in range(s, e)} for a in attributions]
    gcues = [{i for s, e in a["cue"] for i in range(s, e)} for a in attributions]
    utts: dict[int, dict] = {}
    for k, c in enumerate(cands):
        host = cands[c.speaker_of] if c.cue is None and c.speaker_of is not None else c
        key = host.cue.i if host.cue is not None else -1 - k
        u = utts.setdefault(key, {"chars": set(), "frames": [], "parts": [], "host": host})
        for s, e in _mapped(text, c):
            u["chars"].update(range(s, e))
            u["parts"].append((s, e))
        u["frames"].append(c.frame)
    rows = []
    for key, u in utts.items():
        P, cue = u["chars"], u["host"].cue
        on_cue = [cue is not None and cue.idx in g for g in gcues]
        if any(g == P for g in golds):
            outcome = "exact"
        elif any(g and 2 * len(g & P) >= len(g) for g in golds):
            outcome = "overlap"
        else:
            outcome = "cue-miss" if any(on_cue) else "none"
        best = max(range(len(golds)), key=lambda k: (on_cue[k], len(golds[k] & P)), default=None)
        gold = ""
        if best is not None and (golds[best] & P or on_cue[best]):
            gold = " | ".join(text[s:e] for s, e in sorted(attributions[best]["content"]))
        rows.append({"doc": doc_no, "cue": key, "lemma": cue.lemma_.lower() if cue is not None else "",
                     "frame": "+".join(u["frames"]), "parts": sorted([s, e] for s, e in u["parts"]), "outcome": outcome,
                     "text": " | ".join(text[s:e] for s, e in sorted(u["parts"])), "gold": gold})
    return rows


def main() -> None:
    ap = train_parser()
    ap.add_argument("--save", default=None, help="write the utterance rows (JSONL) for a later --compare")
    ap.add_argument("--compare", default=None, help="rows saved from another version of the code")
    ap.add_argument("--examples", type=int, default=0, help="print this many changed utterances with --compare")
    args = parse_train_args(ap)
    _, records, docs = load_train(args)
    run_of = unfiltered_proposer()
    rows: list[dict] = []
    for k, (rec, doc) in enumerate(zip(records, docs, strict=True)):
        text = rec["text"]
        rows.extend(utterance_rows(k, text, run_of(text, doc).candidates(), rec["attributions"]))
    table: Counter[tuple[str, str]] = Counter()
    for r in rows:
        table[(r["frame"].split("+")[0], r["outcome"])] += 1
    total = Counter(r["outcome"] for r in rows)
    print(f"{len(rows)} utterances: " + ", ".join(f"{o} {total[o]}" for o in OUTCOMES))
    print(f"\n{'frame':20s} {'n':>6s} " + " ".join(f"{o:>8s}" for o in OUTCOMES) + "  exact/(exact+overlap)")
    for frame, n in Counter(r["frame"].split("+")[0] for r in rows).most_common():
        ex, ov = table[(frame, "exact")], table[(frame, "overlap")]
        print(f"{frame:20s} {n:6d} " + " ".join(f"{table[(frame, o)]:8d}" for o in OUTCOMES) + f"  {ex / max(1, ex + ov):.2f}")
    if args.save:
        with open(args.save, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r) + "\n")
    if args.compare:
        with open(args.compare, encoding="utf-8") as f:
            before = {(r["doc"], r["cue"]): r for r in map(json.loads, f) if r["cue"] >= 0}
        after = {(r["doc"], r["cue"]): r for r in rows if r["cue"] >= 0}
        moved: Counter[tuple[str, str]] = Counter()
        shown = []
        for key in sorted(set(before) | set(after)):
            b, a = before.get(key), after.get(key)
            if b is not None and a is not None and b["parts"] == a["parts"]:
                continue
            move = (b["outcome"] if b else "-", a["outcome"] if a else "-")
            moved[move] += 1
            if len(shown) < args.examples:
                shown.append(f"[{move[0]} -> {move[1]}] before {(b or {}).get('text', '')[:120]!r}\n"
                             f"    after {(a or {}).get('text', '')[:120]!r}\n    gold {(a or b)['gold'][:120]!r}")
        print(f"\nchanged utterances (cue-less ones not compared): {sum(moved.values())}")
        for (b, a), n in moved.most_common():
            print(f"{n:6d}  {b} -> {a}")
        for line in shown:
            print(line)


if __name__ == "__main__":
    main()
