"""Measure ways of choosing between the event rules' sub-type and the classifier's (nested CV).

For each fold seed, the `bench event-types --cv K` folds are re-run, and each outer fold's
choice of trusted rule labels is learnt on its training part only. Variants (declared before
measuring but bar_and_beats; README, "Rule trust measured against the classifier"):

* ``bar``: right on >= 80% of >= 3 training snippets (the rule shipped until fold seeds 5-9 were run);
* ``beats``: trusted when the rules were right on the label's training snippets at least as
  often as the classifier's inner out-of-fold answers (a tie to the rules);
* ``beats_strict``: the same, a tie to the classifier;
* ``bonus``: a per-label bonus added to the rule label's log-probability, chosen from
  0, 0.5, 1, 2, 4 or infinite on the inner out-of-fold answers (a tie to the smaller).
* ``bar_and_beats`` (post hoc, defined after seeing fold seeds 0 and 1): both ``bar`` and
  ``beats`` must hold. Adopted by a rule fixed before running fold seeds 5-9 (README); it is
  now eventtypes.trusted_labels, the shipped rule.

Inner folds are the other outer folds: seen from outer fold f, a text of fold g is predicted by a
model trained on the folds other than f and g (K(K-1)/2 fits), so the held-out fold never informs
the choice. Prints one JSON line per variant: weighted, micro and macro F1 per seed.

Usage: python scripts/event_types_rule_trust_cv.py [--data DIR] [--seeds 0 1 2] [--k 5]
"""
from __future__ import annotations

import argparse
import json
import math
import warnings
from collections import Counter
from itertools import combinations
from pathlib import Path

import numpy as np
from sklearn.model_selection import KFold, StratifiedKFold

from sitrep.bench.event_types import extra_training_rows, load_records, parse_texts, rule_labels, score
from sitrep.extract.embeddings import load_encoder, snippet_vectors
from sitrep.extract.eventtypes import RULE_TRUST, TRAIN_PARAMS, rule_tally, text_features, train_model, trusted_labels

BONUSES = (0.0, 0.5, 1.0, 2.0, 4.0, math.inf)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/bench/case2021_event_types"))
    ap.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    ap.add_argument("--k", type=int, default=5)
    args = ap.parse_args()
    warnings.simplefilter("ignore")
    rows = load_records(args.data / "dev.jsonl")
    texts, gold = [r["text"] for r in rows], [r["label"] for r in rows]
    params = dict(TRAIN_PARAMS)
    extra, extra_weights = extra_training_rows(args.data / "labels.json", float(params.pop("example_weight", 1.0)))
    everything = texts + [t for t, _ in extra]
    encoder = load_encoder()
    vectors = snippet_vectors(encoder, everything) if encoder is not None else None
    if vectors is None:
        params["emb_mix"] = 0.0
    parses = parse_texts(everything) if params.get("role_scale") else None
    features = text_features(everything, parses, use_cues=bool(params["use_cues"]), role_scale=float(params["role_scale"]))
    ruled = rule_labels(texts)
    n, labels = len(texts), sorted(set(gold) | {lab for _, lab in extra})
    index = {lab: i for i, lab in enumerate(labels)}

    def fit_log_proba(tr: list[int], te: list[int]) -> np.ndarray:
        model = train_model([texts[i] for i in tr] + [t for t, _ in extra], [gold[i] for i in tr] + [lab for _, lab in extra],
                            all_labels=labels, embeddings=None if vectors is None else np.vstack([vectors[tr], vectors[n:]]),
                            sample_weight=[1.0] * len(tr) + list(extra_weights), features=[features[i] for i in tr] + features[n:],
                            parses=None if parses is None else [parses[i] for i in tr] + list(parses[n:]), **params)
        return model.log_proba([texts[i] for i in te], None if vectors is None else vectors[te],
                               None if parses is None else [parses[i] for i in te])

    def answer(lp: np.ndarray, rule: str | None, bonus: float) -> str:
        if rule is None or bonus == 0.0:
            return labels[int(lp.argmax())]
        if bonus == math.inf:
            return rule
        z = lp.copy()
        z[index[rule]] += bonus
        return labels[int(z.argmax())]

    results: dict[str, dict[int, tuple[float, float, float]]] = {}
    for seed in args.seeds:
        splitter = (StratifiedKFold if min(Counter(gold).values()) >= 2 else KFold)(n_splits=args.k, shuffle=True, random_state=seed)
        folds = [sorted(int(i) for i in te) for _, te in splitter.split(texts, gold)]

        def part(*held: int, folds: list[list[int]] = folds) -> list[int]:
            return sorted(i for f, te in enumerate(folds) if f not in held for i in te)

        outer = np.zeros((n, len(labels)))
        for f, te in enumerate(folds):
            outer[te] = fit_log_proba(part(f), te)
        inner: dict[tuple[int, int], np.ndarray] = {}
        for f, g in combinations(range(args.k), 2):
            both = folds[f] + folds[g]
            for j, lp in enumerate(fit_log_proba(part(f, g), both)):
                inner[(g if j < len(folds[f]) else f, both[j])] = lp
        preds: dict[str, list[str]] = {v: [""] * n for v in ("classifier", "bar", "beats", "beats_strict", "bar_and_beats", "bonus")}
        for f, te in enumerate(folds):
            tr = part(f)
            tally = rule_tally([ruled[i] for i in tr], [gold[i] for i in tr], [labels[int(inner[(f, i)].argmax())] for i in tr])
            measured = {lab for lab, c in tally.items() if c.given >= RULE_TRUST["min_count"]}
            trusted = {"bar": trusted_labels(rule_tally([ruled[i] for i in tr], [gold[i] for i in tr])),
                       "beats": {lab for lab in measured if tally[lab].right >= tally[lab].classifier_right},
                       "beats_strict": {lab for lab in measured if tally[lab].right > tally[lab].classifier_right}}
            trusted["bar_and_beats"] = trusted["bar"] & trusted["beats"]
            bonus = {lab: max(BONUSES, key=lambda b, lab=lab: (sum(answer(inner[(f, i)], lab, b) == gold[i] for i in tr if ruled[i] == lab), -b))
                     for lab in measured}
            for i in te:
                clf = labels[int(outer[i].argmax())]
                preds["classifier"][i] = clf
                for v, t in trusted.items():
                    preds[v][i] = ruled[i] if ruled[i] in t else clf
                preds["bonus"][i] = answer(outer[i], ruled[i], bonus.get(ruled[i], 0.0)) if ruled[i] else clf
        for v, p in preds.items():
            s = score(gold, p)
            results.setdefault(v, {})[seed] = (s["weighted_f1"], s["micro_f1"], s["macro_f1"])
    for v, r in results.items():
        w = [x[0] for x in r.values()]
        print(json.dumps({"variant": v, "weighted_micro_macro": r, "weighted_mean": round(sum(w) / len(w), 4), "weighted_worst": min(w)}))


if __name__ == "__main__":
    main()
