"""Rebuild src/sitrep/data/quote_filter.tsv from PolNeAR's train split (never dev).

Runs the quote stage's candidate proposer (without a filter, with the wide learned-cue
threshold) over the training texts, labels each candidate by whether it lies mostly inside an
annotated attribution's content that its utterance (the candidates sharing its cue) covers
at least half of (the benchmark's match), with that attribution's source as its subject, and fits
a logistic regression over ``candidate_features``. The decision threshold is chosen on
out-of-fold probabilities (5 folds over documents) for the best attribution F1 estimate.

    python scripts/train_quote_filter.py [../shared/bench/polnear/train.jsonl] [--docs train.spacy]

Needs scikit-learn at build time only (the train extra installs it); run time reads the TSV.
"""
from __future__ import annotations

from pathlib import Path

from _polnear_train import load_train, train_args

OUT = Path(__file__).resolve().parents[1] / "src" / "sitrep" / "data" / "quote_filter.tsv"
MIN_COUNT = 3  # features seen on fewer training candidates are dropped


def _chars(spans) -> set[int]:
    out: set[int] = set()
    for s, e in spans:
        out.update(range(s, e))
    return out


def _content_chars(text: str, cand) -> set[int]:
    from sitrep.bench.attribution import _widen_marks, _widen_that

    s, e = cand.content
    s, e = _widen_marks(text, s, e) if cand.kind == "direct" else (_widen_that(text, s), e)
    return set(range(s, e))


def label(text: str, cand, gold: list[dict], utterance: set[int]) -> int:
    """1 when the candidate lies mostly inside an annotated content whose half or more its
    utterance covers (``utterance``: the characters of every candidate sharing its cue, which
    the benchmark joins into one attribution), with that attribution's source as its subject.
    A fragment of a longer content, or a span swallowing a short one, is no attribution."""
    mine = _content_chars(text, cand)
    if not mine:
        return 0
    subj = cand.subject
    for g in gold:
        theirs = _chars(g["content"])
        if 2 * len(mine & theirs) < len(mine) or 2 * len(utterance & theirs) < len(theirs):
            continue
        if not g["source"]:
            return 1
        if subj is not None and subj.idx in _chars(g["source"]):
            return 1
    return 0


def main() -> None:
    args = train_args(OUT)
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    from sitrep.extract.learned_cues import FILTERED_CUE_RATE, load_learned_cues
    from sitrep.extract.quotes import find_quoted, paragraph_starts
    from sitrep.extract.quotes.run import Run
    from sitrep.extract.speakers import load_cues

    nlp, records, docs = load_train(args)
    cues, learned, nouns, adjs = load_cues(), load_learned_cues(), load_learned_cues(pos="NOUN"), load_learned_cues(pos="ADJ")
    clauses = load_learned_cues(pos="CLAUSE")
    rows, labels, groups = [], [], []
    n_gold = 0
    for k, (rec, doc) in enumerate(zip(records, docs, strict=True)):
        text = rec["text"]
        run = Run(text, doc, cues, paragraph_starts(text), find_quoted(text), learned, None)
        run.cue_rate = FILTERED_CUE_RATE
        run.keep_nested = True  # the filter decides on nested candidates too
        run.learned_nouns = nouns
        run.learned_adjs = adjs
        run.learned_clauses = clauses
        cands = [c for c in run.candidates() if c.frame != "continuation"]  # continuations follow their host
        by_cue: dict[int, set[int]] = {}
        for cand in cands:
            if cand.cue is not None:
                by_cue.setdefault(cand.cue.i, set()).update(_content_chars(text, cand))
        for cand in cands:
            rows.append({f: 1 for f in run.features(cand)})
            utterance = by_cue[cand.cue.i] if cand.cue is not None else _content_chars(text, cand)
            labels.append(label(text, cand, rec["attributions"], utterance))
            groups.append(k)
        n_gold += len(rec["attributions"])
    vec = DictVectorizer()
    X = vec.fit_transform(rows)
    y = np.array(labels)
    keep = np.asarray((X > 0).sum(axis=0)).ravel() >= MIN_COUNT
    X = X[:, keep]
    names = [n for n, k in zip(vec.get_feature_names_out(), keep) if k]
    print(f"{len(y)} candidates, {y.sum()} positive, {X.shape[1]} features, {n_gold} gold attributions")

    # threshold from out-of-fold probabilities, folds by document
    g = np.array(groups) % 5
    oof = np.zeros(len(y))
    for fold in range(5):
        model = LogisticRegression(C=1.0, max_iter=2000)
        model.fit(X[g != fold], y[g != fold])
        oof[g == fold] = model.predict_proba(X[g == fold])[:, 1]
    grid = np.arange(0.2, 0.8, 0.02)
    scores = []
    for t in grid:
        kept = oof >= t
        tp = int((kept & (y == 1)).sum())
        p = tp / max(1, kept.sum())
        r = tp / n_gold
        scores.append(2 * p * r / (p + r) if p + r else 0.0)
    # the curve is flat near its top: take the best of a 5-point moving average, not a noisy peak
    smooth = np.convolve(scores, np.ones(5) / 5, mode="same")
    k = int(np.argmax(smooth[2:-2])) + 2
    best = (scores[k], float(grid[k]))
    print(f"threshold {best[1]:.2f} (out-of-fold F1 estimate {best[0]:.3f})")
    model = LogisticRegression(C=1.0, max_iter=2000).fit(X, y)
    weights = dict(zip(names, model.coef_[0]))
    weights["bias"] = weights.get("bias", 0.0) + float(model.intercept_[0])
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write("# logistic weights of the quote filter; rebuilt by scripts/train_quote_filter.py from PolNeAR train\n")
        fh.write(f"# threshold\t{best[1]:.2f}\n")
        fh.write("feature\tweight\n")
        for name, w in sorted(weights.items()):
            if abs(w) >= 1e-4:
                fh.write(f"{name}\t{w:.4f}\n")
    print(f"{len(weights)} weights -> {args.out}")


if __name__ == "__main__":
    main()
