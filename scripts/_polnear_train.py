"""What the PolNeAR training scripts share: their arguments, the train-only guard, and the
records with their parses (or a saved DocBin of them)."""
from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from pathlib import Path


def train_parser(out: Path | None = None) -> argparse.ArgumentParser:
    """``path`` (train JSONL) and ``--docs`` (a DocBin of the same texts), and ``--out`` when the
    script writes a table; scripts add their own options before :func:`parse_train_args`."""
    ap = argparse.ArgumentParser()
    ap.add_argument("path", nargs="?", default="../shared/bench/polnear/train.jsonl")
    ap.add_argument("--docs", default=None, help="DocBin of the same texts, to skip parsing")
    if out is not None:
        ap.add_argument("--out", default=str(out))
    return ap


def parse_train_args(ap: argparse.ArgumentParser) -> argparse.Namespace:
    """The parsed arguments; refuses dev/test files (nothing here may read them)."""
    args = ap.parse_args()
    if "dev" in Path(args.path).name or "test" in Path(args.path).name:
        raise SystemExit("train on (and read) the train split only")
    return args


def train_args(out: Path) -> argparse.Namespace:
    """``path``, ``--docs`` and ``--out``; refuses dev/test files."""
    return parse_train_args(train_parser(out))


def load_train(args: argparse.Namespace):
    """The pipeline's nlp, the records and their parses, in the same order."""
    from sitrep.annotate.nlp import annotate, load_nlp

    nlp = load_nlp()
    records = [json.loads(line) for line in open(args.path, encoding="utf-8") if line.strip()]
    if args.docs:
        from spacy.tokens import DocBin

        docs = list(DocBin().from_disk(args.docs).get_docs(nlp.vocab))
    else:
        docs = list(annotate(nlp, [r["text"] for r in records], batch_size=32))  # parsed as the pipeline parses
    return nlp, records, docs


def unfiltered_proposer(bounds: bool = True):
    """A function ``(text, doc) -> Run`` giving the quote proposer of a filtered run (every
    learned cue table, nested cues kept, the packaged boundary model when ``bounds``) with no
    filter, as the reading scripts inspect it: the tables are loaded once."""
    from sitrep.extract.content_bounds import load_content_bounds
    from sitrep.extract.learned_cues import FILTERED_CUE_RATE, load_learned_cues
    from sitrep.extract.quotes import find_quoted, paragraph_starts
    from sitrep.extract.quotes.run import Run
    from sitrep.extract.speakers import load_cues

    cues, learned = load_cues(), load_learned_cues()
    nouns, adjs, clauses = (load_learned_cues(pos=p) for p in ("NOUN", "ADJ", "CLAUSE"))
    model = load_content_bounds() if bounds else None

    def run_of(text: str, doc) -> Run:
        run = Run(text, doc, cues, paragraph_starts(text), find_quoted(text), learned, None)
        run.cue_rate = FILTERED_CUE_RATE
        run.keep_nested = True
        run.learned_nouns, run.learned_adjs, run.learned_clauses = nouns, adjs, clauses
        run.bounds = model
        return run

    return run_of


def cue_rates(records, docs, keys, counts_cue) -> tuple[Counter, Counter]:
    """How often each key is seen over the train tokens, and how often the token is inside an
    annotated cue. ``keys(tok, quoted)`` gives a token's keys (``quoted``: the (open, close)
    character ranges of quotations in its text); ``counts_cue(att)`` says which attributions'
    cues count."""
    from sitrep.extract.quotes import find_quoted

    seen: Counter = Counter()
    cue: Counter = Counter()
    for rec, doc in zip(records, docs, strict=True):
        inside = {i for att in rec["attributions"] if counts_cue(att) for s, e in att["cue"] for i in range(s, e)}
        quoted = [(q.open, q.close) for q in find_quoted(rec["text"])]
        for tok in doc:
            for key in keys(tok, quoted):
                seen[key] += 1
                if tok.idx in inside:
                    cue[key] += 1
    return seen, cue


def train_predictions(args: argparse.Namespace):
    """The records, their parses, ``bench attribution``'s metrics on the train file and its
    per-record predictions (the reading scripts compare them with the gold)."""
    import tempfile

    from sitrep.bench.attribution import run_attribution

    _, records, docs = load_train(args)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "pred.jsonl"
        metrics = run_attribution(Path(args.path), peer="none", docs=docs, predictions=out)
        preds = [json.loads(line) for line in out.open(encoding="utf-8")]
    return records, docs, metrics, preds


def reading_run(top: int):
    """What the scripts that group the train predictions' misses start with (polnear_recall,
    polnear_sources): their arguments (``path``, ``--docs``, ``--top`` rows of each table, default
    ``top``; ``--examples`` to show, from groups whose name holds ``--group``), the records, their
    parses and predictions (:func:`train_predictions`, whose metrics it prints), and the quote stage
    whose steps they replay. Returns (args, records, docs, preds, stage)."""
    ap = train_parser()
    ap.add_argument("--top", type=int, default=top)
    ap.add_argument("--examples", type=int, default=0)
    ap.add_argument("--group", default="", help="print examples only from groups whose name holds this")
    args = parse_train_args(ap)
    records, docs, metrics, preds = train_predictions(args)
    from sitrep.config import Options
    from sitrep.extract.quotes import QuoteStage

    stage = QuoteStage(Options())
    print({k: v for k, v in metrics.items() if k != "counts"})
    return args, records, docs, preds, stage


def print_examples(shown: list[tuple[str, str]], args: argparse.Namespace) -> None:
    """``--examples`` of the (group, text) pairs a reading script gathered, from the groups whose name
    holds ``--group``, in a shuffled order that is the same on every run."""
    random.Random(0).shuffle(shown)
    for _, line in [x for x in shown if args.group in x[0]][:args.examples]:
        print(line)
