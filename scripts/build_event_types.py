"""Rebuild the packaged event-type model (src/sitrep/data/event_types_model.npz).

Training data, all read from ../shared at build time (nothing is copied into the repo):
the CASE 2021 snippets in bench/case2021_event_types/dev.jsonl plus the label
descriptions in labels.json, plus the hand-written examples packaged in
data/event_type_examples.yaml (not benchmark data). With the optional ``embed`` extra installed the model also
gets its sentence-embedding part (without it, or with --no-embeddings, only the sparse part). The
texts are parsed with the pipeline's spaCy model for the who-does-what features (extract/eventroles.py). Because the model is trained on dev, figures on dev must
come from `sitrep bench event-types --cv 5`, which re-runs this recipe fold by fold.
The model also records, per label, how often the pipeline's event rules gave it to a dev snippet,
how often rightly, and how often the classifier (out of fold, the folds of `--cv 5`) was right on
those snippets: the labels the rules give reliably enough are taken over the classifier (`--rules`;
eventtypes.RULE_TRUST), and the pipeline's rule sub-types measured unreliable, where the
classifier did better, yield to it (eventtypes.yielding_labels).

Usage: python scripts/build_event_types.py [--data ../shared/bench/case2021_event_types]
"""
from __future__ import annotations

import argparse
import json
import logging
import warnings
from dataclasses import replace
from pathlib import Path

from sitrep.bench.event_types import cross_validate, extra_training_rows, load_records, parse_texts, rule_labels
from sitrep.extract.embeddings import load_encoder, snippet_vectors
from sitrep.extract.eventtypes import MODEL_FILE, TRAIN_PARAMS, rule_tally, train_model

log = logging.getLogger("build_event_types")

# the out-of-fold predictions the rules are compared with: the folds of `bench event-types --cv 5` (seed 0)
RULE_CV = {"k": 5, "seed": 0}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/bench/case2021_event_types"))
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "src/sitrep/data" / MODEL_FILE)
    ap.add_argument("--no-embeddings", action="store_true", help="Build the sparse part only.")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    rows = load_records(args.data / "dev.jsonl")
    params = dict(TRAIN_PARAMS)
    extra, extra_weights = extra_training_rows(args.data / "labels.json", float(params.pop("example_weight", 1.0)))
    texts = [r["text"] for r in rows] + [t for t, _ in extra]
    labels = [r["label"] for r in rows] + [lab for _, lab in extra]
    encoder = None if args.no_embeddings else load_encoder()
    if encoder is None:
        log.warning("building without the sentence-embedding part")
    vectors = snippet_vectors(encoder, texts) if encoder is not None else None
    parses = parse_texts(texts) if params.get("role_scale") else None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = train_model(texts, labels, all_labels=sorted(set(labels)), embeddings=vectors,
                            sample_weight=[1.0] * len(rows) + extra_weights, parses=parses, **params)
        dev = len(rows)
        held_out = cross_validate(texts[:dev], labels[:dev], extra=extra, extra_weights=extra_weights, embeddings=vectors,
                                  parses=parses, **RULE_CV, **params)
    model = replace(model, rule_tally=rule_tally(rule_labels(texts[:dev]), labels[:dev], held_out))
    model.save(args.out)
    log.info("%s", json.dumps({"out": str(args.out), "texts": len(texts), "labels": len(model.labels),
                               "features": len(model.vocab), "embeddings": model.has_embeddings, "roles": model.role_scale,
                               "trusted_rules": sorted(model.trusted_rules), "yielding_rules": sorted(model.yielding_rules),
                               "bytes": args.out.stat().st_size}))


if __name__ == "__main__":
    main()
