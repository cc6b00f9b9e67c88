"""Rebuild src/sitrep/data/cue_model.tsv from PolNeAR's train split (never dev).

Every verb outside quotation marks that neither the hand lexicon (data/cues.yaml) nor the learned
cue table (data/learned_cues.tsv, at the filtered-run threshold) takes is one example; it is
positive when it lies inside an annotated attribution cue. A logistic model over the verb's
context (sitrep.extract.cue_model.verb_features) is fitted on them and its weights written,
features seen fewer than MIN_COUNT times left out. Run after train_learned_cues.py (the
examples depend on its table) and before train_quote_filter.py (the filter judges what this
model proposes). The report gives 2-fold precision/recall of the proposal on train.

    python scripts/train_cue_model.py [../shared/bench/polnear/train.jsonl] [--docs train.spacy]
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from _polnear_train import load_train, train_args

MIN_COUNT = 3  # features seen fewer times carry no reliable weight
OUT = Path(__file__).resolve().parents[1] / "src" / "sitrep" / "data" / "cue_model.tsv"


def examples(records, docs):
    """(features, label) of every verb the lexicon and the learned table leave out."""
    from sitrep.extract.cue_model import verb_features
    from sitrep.extract.learned_cues import FILTERED_CUE_RATE, load_learned_cues
    from sitrep.extract.quotes import find_quoted
    from sitrep.extract.speakers import load_cues

    cues, learned = load_cues(), load_learned_cues()
    X, y = [], []
    for rec, doc in zip(records, docs, strict=True):
        inside = {i for att in rec["attributions"] for s, e in att["cue"] for i in range(s, e)}
        quoted = [(q.start, q.end) for q in find_quoted(rec["text"])]
        for tok in doc:
            if tok.pos_ != "VERB" or any(a <= tok.idx < b for a, b in quoted):
                continue
            lemma = tok.lemma_.lower()
            if lemma in cues.verbs or lemma in cues.label_verbs or learned.get(lemma, 0.0) >= FILTERED_CUE_RATE:
                continue
            X.append(verb_features(tok))
            y.append(int(tok.idx in inside))
    return X, y


def main() -> None:
    args = train_args(OUT)
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    from sitrep.extract.cue_model import CUE_MODEL_RATE

    _, records, docs = load_train(args)
    X, y = examples(records, docs)
    seen = Counter(name for feats in X for name in set(feats))
    kept = [[name for name in feats if seen[name] >= MIN_COUNT] for feats in X]

    def fit(rows, labels):
        vec = DictVectorizer()
        m = vec.fit_transform([dict.fromkeys(r, 1) for r in rows])
        return vec, LogisticRegression(C=1.0, max_iter=3000, fit_intercept=False).fit(m, labels)

    # 2-fold estimate (by document halves would be cleaner; by example order keeps documents mostly whole)
    half = len(kept) // 2
    tp = fp = fn = 0
    curve: Counter = Counter()
    for tr, te in ((slice(0, half), slice(half, None)), (slice(half, None), slice(0, half))):
        vec, model = fit(kept[tr], y[tr])
        p = model.predict_proba(vec.transform([dict.fromkeys(r, 1) for r in kept[te]]))[:, 1]
        for prob, gold in zip(p, y[te]):
            for t in (0.2, 0.3, 0.35, 0.4, 0.5):
                curve[(t, prob >= t, gold)] += 1
            tp += prob >= CUE_MODEL_RATE and gold
            fp += prob >= CUE_MODEL_RATE and not gold
            fn += prob < CUE_MODEL_RATE and gold
    vec, model = fit(kept, y)
    weights = sorted((name, float(w)) for name, w in zip(vec.get_feature_names_out(), model.coef_[0]) if abs(w) >= 5e-5)
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write("# logistic weights of the verb cue model; rebuilt by scripts/train_cue_model.py from PolNeAR train\n")
        fh.write(f"# threshold\t{CUE_MODEL_RATE:.2f}\n")
        fh.write("feature\tweight\n")
        for name, w in weights:
            fh.write(f"{name}\t{w:.4f}\n")
    print(f"{len(y)} verbs, {sum(y)} inside a cue; 2-fold at {CUE_MODEL_RATE}: precision {tp / max(1, tp + fp):.3f} "
          f"recall {tp / max(1, tp + fn):.3f} ({tp} of {tp + fn}); {len(weights)} weights -> {args.out}")
    for t in (0.2, 0.3, 0.35, 0.4, 0.5):
        print(f"  at {t}: precision {curve[(t, True, 1)] / max(1, curve[(t, True, 1)] + curve[(t, True, 0)]):.3f} "
              f"recall {curve[(t, True, 1)] / max(1, sum(y)):.3f} ({curve[(t, True, 1)]} proposed right, {curve[(t, True, 0)]} wrong)")


if __name__ == "__main__":
    main()
