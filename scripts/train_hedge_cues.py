"""Rebuild src/sitrep/data/hedge_cues.tsv from PolNeAR's train split (never dev).

For every word in a construction that may attribute without naming a source (a hedging
adverb, an agentless passive taking a clause, a subjectless "asked"-type participle; see
``sitrep.extract.quotes.hedges.hedge_cue``): how often it occurs outside quotation marks and
how often it lies inside the cue of an annotated attribution that has no source. The quote
stage proposes the (construction, word) pairs whose rate passes ``HEDGE_RATE``; the learned
quote filter then judges each candidate.

    python scripts/train_hedge_cues.py [../shared/bench/polnear/train.jsonl] [--docs train.spacy]

``--docs`` reuses parses saved as a spaCy DocBin (same texts, same order).
"""
from __future__ import annotations

from pathlib import Path

from _polnear_train import cue_rates, load_train, train_args

MIN_COUNT = 3  # pairs seen fewer times carry no reliable rate
MIN_CUES = 2  # ... nor pairs annotated as a source-less cue fewer times
# a verb and a preposition are a rarer, more varied pair than one word: three sightings ("identify as")
# made "the victims were identified as three aid workers" a source-less quote. A pair whose verb is a
# verb of saying or a label verb of the lexicon ("criticize for", "describe as") keeps MIN_COUNT.
MIN_PAIR_COUNT = 5
MIN_RATE = 0.05  # rows below this are left out of the table
OUT = Path(__file__).resolve().parents[1] / "src" / "sitrep" / "data" / "hedge_cues.tsv"


def main() -> None:
    args = train_args(OUT)
    from sitrep.extract.quotes.hedges import hedge_cue
    from sitrep.extract.speakers import load_cues

    lexicon = load_cues()
    saying = lexicon.verbs.keys() | lexicon.label_verbs.keys()

    def least(key: tuple[str, str]) -> int:
        kind, word = key
        return MIN_PAIR_COUNT if kind == "passive-prep" and word.split()[0] not in saying else MIN_COUNT

    nlp, records, docs = load_train(args)

    def keys(tok, quoted):
        key = hedge_cue(tok)
        return [] if key is None or any(a <= tok.idx < b for a, b in quoted) else [key]

    seen, cue = cue_rates(records, docs, keys, lambda att: not att["source"])
    rows = sorted(((key, n, cue[key]) for key, n in seen.items() if n >= least(key) and cue[key] >= MIN_CUES and cue[key] / n >= MIN_RATE),
                  key=lambda r: (r[0][0], -r[2] / r[1], r[0][1]))
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write("# (construction, word) -> share of its occurrences (outside quotation marks) inside the cue of a\n")
        fh.write("# PolNeAR train attribution with no source; rebuilt by scripts/train_hedge_cues.py; do not edit by hand\n")
        fh.write("construction\tword\tseen\tcue\trate\n")
        for (kind, word), n, c in rows:
            fh.write(f"{kind}\t{word}\t{n}\t{c}\t{c / n:.3f}\n")
    print(f"{len(rows)} rows -> {args.out}")


if __name__ == "__main__":
    main()
