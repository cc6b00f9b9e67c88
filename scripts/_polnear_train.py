"""What the PolNeAR training scripts share: their arguments, the train-only guard, and the
records with their parses (or a saved DocBin of them)."""
from __future__ import annotations

import argparse
import json
from pathlib import Path


def train_args(out: Path) -> argparse.Namespace:
    """``path`` (train JSONL), ``--docs`` (a DocBin of the same texts) and ``--out``; refuses dev/test files."""
    ap = argparse.ArgumentParser()
    ap.add_argument("path", nargs="?", default="../shared/bench/polnear/train.jsonl")
    ap.add_argument("--docs", default=None, help="DocBin of the same texts, to skip parsing")
    ap.add_argument("--out", default=str(out))
    args = ap.parse_args()
    if "dev" in Path(args.path).name or "test" in Path(args.path).name:
        raise SystemExit("train on the train split only")
    return args


def load_train(args: argparse.Namespace):
    """The pipeline's nlp, the records and their parses, in the same order."""
    from sitrep.annotate.nlp import load_nlp

    nlp = load_nlp()
    records = [json.loads(line) for line in open(args.path, encoding="utf-8") if line.strip()]
    if args.docs:
        from spacy.tokens import DocBin

        docs = list(DocBin().from_disk(args.docs).get_docs(nlp.vocab))
    else:
        docs = list(nlp.pipe((r["text"] for r in records), batch_size=32))
    return nlp, records, docs
