"""Rebuild src/sitrep/data/content_bounds.tsv from PolNeAR's train split (never dev).

Runs the quote stage's candidates (with the packaged filter, without a boundary model)
over the training texts. For every indirect or mixed candidate whose content overlaps one
annotated single-span content of the same cue (cue spans sharing a character), the token positions near its start (and its end) form a
group, the positions where the annotated content starts (ends) under the benchmark's
convention mapping its answers. A conditional logit per edge (a softmax over each group's
positions, L2-regularised, fitted with L-BFGS) over ``content_bounds.start_features`` /
``end_features``; at run time the stage keeps the best-scoring position of each edge.

    python scripts/train_content_bounds.py [../shared/bench/polnear/train.jsonl] [--docs train.spacy]

BOUNDS_CV=1 (or 2) writes nothing and instead fits on the even (odd) documents and prints
the edge accuracy on the other half: the way to compare feature sets without dev.

Needs scikit-learn and scipy at build time only (the train extra installs them); run time reads the TSV.
"""
from __future__ import annotations

from pathlib import Path

from _polnear_train import load_train, train_args

OUT = Path(__file__).resolve().parents[1] / "src" / "sitrep" / "data" / "content_bounds.tsv"
MIN_COUNT = 3  # features seen on fewer training positions are dropped
L2 = float(__import__("os").environ.get("BOUNDS_L2", "3.0"))  # weight of the squared-norm penalty


def examples(text, doc, run, cands, gold):
    """Groups (edge, [(features, label), ...]) of one document's candidates."""
    from sitrep.bench.attribution import _widen_that
    from sitrep.extract.content_bounds import Tokens, cue_head, end_features, end_positions, start_features, start_positions
    from sitrep.extract.quotes.hedges import HEDGE_FRAMES

    singles = [(g["content"][0], {k for a, b in g["cue"] for k in range(a, b)}) for g in gold if len(g["content"]) == 1]
    groups = []
    tk = Tokens(doc, text, run.learned)
    for c in cands:
        if c.kind == "direct" or c.frame == "continuation":
            continue  # the stage leaves their edges alone
        s, e = c.content
        edges = run.edges(c)
        if edges is None:
            continue
        i0, j0, lo, hi = edges
        if c.frame in HEDGE_FRAMES:  # only the end moves; the annotation may cut the cue out ("X | is expected | to VP")
            cue = set(range(*c.cue_span)) if c.cue_span else set()
            ends = [max(b for _, b in g["content"]) for g in gold if g["content"] and cue & {k for a, b in g["cue"] for k in range(a, b)}]
            ends = [ge for ge in ends if s < ge and ge - e < 400]
            if ends:
                root, lemma = cue_head(tk, c.cue_span)
                rows = [(end_features(tk, j, i0, j0, frame=c.frame, kind=c.kind, cue=c.cue_span, lemma=lemma, root=root), int(tk.end[j - 1] == ends[0]))
                        for j in end_positions(tk, i0, j0, hi)]
                if any(y for _, y in rows):
                    groups.append(("end", rows))
            continue
        mine = set(range(_widen_that(text, s), e))
        cue = set(range(*c.cue_span)) if c.cue_span else set()
        best, best_n = None, 0
        for (gs, ge), gcue in singles:
            if not cue & gcue:
                continue  # another cue's content says nothing about where this cue's content ends
            n = len(mine & set(range(gs, ge)))
            if n and n > best_n and 2 * n >= min(len(mine), ge - gs):
                best, best_n = (gs, ge), n
        if best is None:
            continue
        gs, ge = best
        root, lemma = cue_head(tk, c.cue_span)
        if c.stance != "characterize":
            rows = [(start_features(tk, i, i0, j0, frame=c.frame, kind=c.kind, cue=c.cue_span, lemma=lemma, root=root), int(_widen_that(text, doc[i].idx) == gs))
                    for i in start_positions(tk, i0, j0, lo)]
            if any(y for _, y in rows):
                groups.append(("start", rows))
        rows = [(end_features(tk, j, i0, j0, frame=c.frame, kind=c.kind, cue=c.cue_span, lemma=lemma, root=root), int(tk.end[j - 1] == ge))
                for j in end_positions(tk, i0, j0, hi)]
        if any(y for _, y in rows):
            groups.append(("end", rows))
    return groups


def accuracy(groups, w) -> float:
    """Share of groups whose best-scoring position is an answer."""
    hit = 0
    for rows in groups:
        z = [sum(w.get(f, 0.0) for f in feats) for feats, _ in rows]
        hit += rows[max(range(len(rows)), key=z.__getitem__)][1]
    return hit / max(1, len(groups))


def fit(groups):
    """Conditional logit weights (feature -> weight) for groups of (features, label) rows."""
    import numpy as np
    from scipy.optimize import minimize
    from sklearn.feature_extraction import DictVectorizer

    rows = [{f: 1 for f in feats} for g in groups for feats, _ in g]
    y = np.array([lab for g in groups for _, lab in g], dtype=float)
    sizes = np.array([len(g) for g in groups])
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    gid = np.repeat(np.arange(len(groups)), sizes)
    vec = DictVectorizer()
    X = vec.fit_transform(rows).tocsr()
    keep = np.asarray((X > 0).sum(axis=0)).ravel() >= MIN_COUNT
    X = X[:, keep]
    names = [n for n, k in zip(vec.get_feature_names_out(), keep) if k]

    def loss(w):
        z = X @ w
        zmax = np.maximum.reduceat(z, starts)
        ez = np.exp(z - zmax[gid])
        all_sum = np.add.reduceat(ez, starts)
        pos_sum = np.add.reduceat(ez * y, starts)
        nll = -np.sum(np.log(pos_sum) - np.log(all_sum))
        p_all = ez / all_sum[gid]
        p_pos = ez * y / pos_sum[gid]
        grad = X.T @ (p_all - p_pos)
        return nll + 0.5 * L2 * w @ w, grad + L2 * w

    res = minimize(loss, np.zeros(X.shape[1]), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    w = res.x
    z = X @ w
    hit = default = 0
    for k, (s, n) in enumerate(zip(starts, sizes)):
        hit += y[s + int(np.argmax(z[s:s + n]))] > 0
    print(f"  {len(groups)} groups, {X.shape[1]} features, training accuracy {hit / len(groups):.3f}")
    return dict(zip(names, w))


def main() -> None:
    import os

    args = train_args(OUT)
    args_cv = bool(os.environ.get("BOUNDS_CV"))  # report held-out accuracy on half the documents instead
    from sitrep.extract.learned_cues import load_learned_cues
    from sitrep.extract.quote_filter import load_quote_filter
    from sitrep.extract.quotes import find_quoted, paragraph_starts
    from sitrep.extract.quotes.run import Run
    from sitrep.extract.speakers import load_cues

    nlp, records, docs = load_train(args)
    cues, learned = load_cues(), load_learned_cues()
    nouns, adjs = load_learned_cues(pos="NOUN"), load_learned_cues(pos="ADJ")
    qfilter = load_quote_filter()
    groups = []
    doc_of: dict[str, list[int]] = {"start": [], "end": []}
    for n, (rec, doc) in enumerate(zip(records, docs, strict=True)):
        text = rec["text"]
        run = Run(text, doc, cues, paragraph_starts(text), find_quoted(text), learned, qfilter)
        run.learned_nouns, run.learned_adjs = nouns, adjs
        for edge, rows in examples(text, doc, run, run.candidates(), rec["attributions"]):
            groups.append((edge, rows))
            doc_of[edge].append(n)
    tables = {}
    for edge in ("start", "end"):
        mine = [rows for e, rows in groups if e == edge]
        default = sum(any(y and "d=0" in f for f, y in rows) for rows in mine)
        print(f"{edge}: proposed edge right in {default}/{len(mine)} groups")
        if args_cv:
            fold = int(os.environ["BOUNDS_CV"]) % 2  # BOUNDS_CV=1: fit on even documents; 2: on odd ones
            half = [rows for k, rows in enumerate(mine) if doc_of[edge][k] % 2 != fold]
            other = [rows for k, rows in enumerate(mine) if doc_of[edge][k] % 2 == fold]
            w = fit(half)
            kept = sum(any(y and "d=0" in f for f, y in rows) for rows in other) / max(1, len(other))
            acc = accuracy(other, w)
            print(f"  held-out half: proposed edge {kept:.3f}, model {acc:.4f} ({round(acc * len(other))} of {len(other)} groups right)")
            continue
        tables[edge] = fit(mine)
    if args_cv:
        return
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write("# conditional-logit weights of the content boundary model; rebuilt by scripts/train_content_bounds.py from PolNeAR train\n")
        for edge, w in tables.items():
            for name, v in sorted(w.items()):
                if abs(v) >= 1e-4:
                    fh.write(f"{edge}\t{name}\t{v:.4f}\n")
    print(f"-> {args.out}")


if __name__ == "__main__":
    main()
