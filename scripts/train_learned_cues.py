"""Rebuild src/sitrep/data/learned_cues.tsv from PolNeAR's train split (never dev).

For every verb, noun and adjective lemma in the training texts: how often it occurs and how often
it lies inside an annotated attribution cue. The quote stage treats a verb (or, in a
possessive frame, a noun) whose cue rate passes a threshold as a speech cue, alongside the
hand lexicon (data/cues.yaml); a noun in a possessive or object frame, or an adjective
after a copula ("was confident that"), likewise.

CLAUSE rows count verbs in one frame only: outside quotation marks, heading a complement
clause with its own subject ("X thinks (that) S"). Attitude verbs (think, know, want,
believe) are rare cues overall (most of their uses sit inside quotes or take objects) but
common ones in that frame; verbs like "allow" or "make" stay rare in it.

    python scripts/train_learned_cues.py [../shared/bench/polnear/train.jsonl] [--docs train.spacy]

``--docs`` reuses parses saved as a spaCy DocBin (same texts, same order).
"""
from __future__ import annotations

from pathlib import Path

from _polnear_train import cue_rates, load_train, train_args

MIN_COUNT = 5  # lemmas seen fewer times carry no reliable rate
MIN_RATE = 0.05  # rows below this are left out of the table
OUT = Path(__file__).resolve().parents[1] / "src" / "sitrep" / "data" / "learned_cues.tsv"


def main() -> None:
    args = train_args(OUT)
    from sitrep.extract.quotes.verb_frames import takes_clause

    nlp, records, docs = load_train(args)

    def keys(tok, quoted):
        if tok.pos_ not in ("VERB", "NOUN", "ADJ"):
            return []
        out = [(tok.pos_, tok.lemma_.lower())]
        if tok.pos_ == "VERB" and takes_clause(tok) and not any(a <= tok.idx < b for a, b in quoted):
            out.append(("CLAUSE", tok.lemma_.lower()))
        return out

    seen, cue = cue_rates(records, docs, keys, lambda att: True)
    rows = sorted(((key, n, cue[key]) for key, n in seen.items() if n >= MIN_COUNT and cue[key] / n >= MIN_RATE),
                  key=lambda r: (("VERB", "NOUN", "ADJ", "CLAUSE").index(r[0][0]), -r[2] / r[1], r[0][1]))
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write("# verb/noun/adjective lemma -> share of its occurrences inside a PolNeAR train attribution cue\n")
        fh.write("# (CLAUSE: verbs heading a complement clause with its own subject, outside quotation marks)\n")
        fh.write("# rebuilt by scripts/train_learned_cues.py; do not edit by hand\n")
        fh.write("lemma\tpos\tseen\tcue\trate\n")
        for (pos, lem), n, c in rows:
            fh.write(f"{lem}\t{pos}\t{n}\t{c}\t{c / n:.3f}\n")
    print(f"{len(rows)} lemmas -> {args.out}")


if __name__ == "__main__":
    main()
