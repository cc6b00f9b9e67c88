"""Issue 3 experiment: a token tagger over MiniLM's per-WordPiece vectors (cue / source / content).

Measured, not shipped (see the README's issue-3 notes). Three steps, each caching under --cache:

    encode  FILE --docs DOCBIN --name train   # MiniLM hidden states, averaged per spaCy token
    train   --name train                      # a small head (scikit-learn) on train only
    eval    FILE --docs DOCBIN --name dev     # standalone decoder scored by bench attribution's scorer

The encoder is the event-type model's ONNX graph (sitrep.extract.embeddings, the ``embed``
extra); windows are runs of whole sentences of at most WINDOW WordPieces, so each token sees
its sentence and usually its neighbours. A token's vector is the mean of its WordPieces'.
Nothing under src/ imports this; it needs scikit-learn at build time only.

Result (2026-11-28, head: one hidden layer of 128 over the token vector + 55 parse features,
8 epochs; train out-of-fold / dev with the five fold heads averaged), bench attribution's scorer
on the standalone decoder (each cue run -> nearest source run of its sentence, content runs of
its paragraph nearest to it):
    train OOF: attribution 0.315, source 0.476, content overlap 0.548, exact 0.139, cue 0.589
    dev:       attribution 0.350, source 0.530 (P .507 R .554), overlap 0.574 (P .568 R .579),
               exact 0.146, cue 0.630; tokens P/R/F1 cue .746/.520/.613, source .672/.551/.606,
               content .807/.772/.789
    the same decoder on gold token labels (train, 200 docs): attribution 0.952, source 0.975,
    overlap 0.978: the decoder is not what is missing, the tagger is.
Fused (polnear_tagger_fusion.py) neither gain dev; the encoder alone costs about twice the
whole pipeline (polnear_tagger_cost.py). Not shipped.
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

log = logging.getLogger("polnear_tagger")

WINDOW = 250  # WordPieces per window, [CLS]/[SEP] aside (the model's limit is 256)
ROLES = ("cue", "source", "content")


def _load(path: str, docs_path: str | None):
    from sitrep.annotate.nlp import annotate, load_nlp

    nlp = load_nlp()
    records = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    if docs_path:
        from spacy.tokens import DocBin

        docs = list(DocBin().from_disk(docs_path).get_docs(nlp.vocab))
    else:
        docs = list(annotate(nlp, [r["text"] for r in records], batch_size=32))
    return nlp, records, docs


def _windows(doc, tok) -> list[tuple[int, int]]:
    """(start_char, end_char) windows of whole sentences, each at most WINDOW WordPieces
    (a longer sentence is cut at token boundaries)."""
    pieces = []  # (start, end) units: sentences, or token runs of an over-long sentence
    for sent in doc.sents:
        n = len(tok.encode(sent.text, add_special_tokens=False).ids)
        if n <= WINDOW:
            pieces.append((sent.start_char, sent.end_char, n))
            continue
        s0, count = sent.start, 0
        for t in sent:
            k = len(tok.encode(t.text, add_special_tokens=False).ids)
            if count + k > WINDOW and t.i > s0:
                pieces.append((doc[s0].idx, doc[t.i - 1].idx + len(doc[t.i - 1]), count))
                s0, count = t.i, 0
            count += k
        pieces.append((doc[s0].idx, sent.end_char, count))
    out: list[tuple[int, int]] = []
    cur, count = None, 0
    for s, e, n in pieces:
        if cur is not None and count + n <= WINDOW:
            cur, count = (cur[0], e), count + n
        else:
            if cur is not None:
                out.append(cur)
            cur, count = (s, e), n
    if cur is not None:
        out.append(cur)
    return out


def encode_doc(encoder, text: str, doc, *, batch_size: int = 16) -> np.ndarray:
    """(len(doc), 384) float16: each token's mean WordPiece hidden state (zeros when it has none)."""
    tok = encoder.tokenizer
    wins = _windows(doc, tok)
    starts = np.array([t.idx for t in doc], dtype=np.int64)
    out = np.zeros((len(doc), 384), dtype=np.float32)
    cnt = np.zeros(len(doc), dtype=np.float32)
    names = {i.name for i in encoder.session.get_inputs()}
    for b in range(0, len(wins), batch_size):
        chunk = wins[b:b + batch_size]
        enc = tok.encode_batch([text[s:e] for s, e in chunk])
        ids = np.array([x.ids for x in enc], dtype=np.int64)
        mask = np.array([x.attention_mask for x in enc], dtype=np.int64)
        feed = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in names:
            feed["token_type_ids"] = np.zeros_like(ids)
        hidden = encoder.session.run(None, feed)[0]
        for j, ((s, _), x) in enumerate(zip(chunk, enc)):
            for p, (a, z) in enumerate(x.offsets):
                if z <= a or x.attention_mask[p] == 0 or x.special_tokens_mask[p]:
                    continue
                ti = int(np.searchsorted(starts, s + a, side="right") - 1)
                if ti < 0:
                    continue
                out[ti] += hidden[j, p]
                cnt[ti] += 1
    out /= np.maximum(cnt, 1.0)[:, None]
    return out.astype(np.float16)


def cmd_encode(args) -> None:
    from sitrep.extract.embeddings import load_encoder

    encoder = load_encoder()
    if encoder is None:
        raise SystemExit("needs the embed extra")
    _, records, docs = _load(args.path, args.docs)
    t0 = time.perf_counter()
    vecs = []
    for k, (rec, doc) in enumerate(zip(records, docs, strict=True)):
        vecs.append(encode_doc(encoder, rec["text"], doc))
        if k % 50 == 0:
            log.info("%s %d/%d %.0fs", args.name, k, len(records), time.perf_counter() - t0)
    lens = np.array([len(v) for v in vecs])
    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    np.save(cache / f"{args.name}_vecs.npy", np.vstack(vecs))
    np.save(cache / f"{args.name}_lens.npy", lens)
    log.info("encoded %d docs, %d tokens in %.0fs", len(records), lens.sum(), time.perf_counter() - t0)


CLASSES = ("O", "B-cue", "I-cue", "B-source", "I-source", "B-content", "I-content")
POS = ("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT",
       "SCONJ", "SYM", "VERB", "X", "SPACE")
DEPS = ("ROOT", "nsubj", "nsubjpass", "dobj", "ccomp", "xcomp", "advcl", "conj", "cc", "prep", "pobj", "det",
        "amod", "compound", "poss", "aux", "auxpass", "neg", "advmod", "mark", "punct", "relcl", "acl", "attr",
        "appos", "nummod", "npadvmod", "parataxis", "dep", "agent", "pcomp", "acomp", "prt", "expl", "case")


def parse_features(text: str, doc) -> np.ndarray:
    """A few parse features per token: POS and dependency one-hots, inside a quotation,
    a quotation mark itself, first token of its sentence."""
    from sitrep.extract.quotes import find_quoted

    quoted = find_quoted(text)
    pos_ix = {p: i for i, p in enumerate(POS)}
    dep_ix = {d: i for i, d in enumerate(DEPS)}
    width = len(POS) + len(DEPS) + 3
    out = np.zeros((len(doc), width), dtype=np.float32)
    qi = 0
    for t in doc:
        if t.pos_ in pos_ix:
            out[t.i, pos_ix[t.pos_]] = 1
        if t.dep_ in dep_ix:
            out[t.i, len(POS) + dep_ix[t.dep_]] = 1
        while qi < len(quoted) and quoted[qi].close <= t.idx:
            qi += 1
        if qi < len(quoted) and quoted[qi].start <= t.idx < quoted[qi].end:
            out[t.i, -3] = 1
        if t.is_quote:
            out[t.i, -2] = 1
        if t.is_sent_start:
            out[t.i, -1] = 1
    return out


def token_labels(rec, doc) -> np.ndarray:
    """Each token's class: the role of the attribution span holding its first character
    (cue over source over content), B- when the token before is not in that same span."""
    owner = {}  # char -> (priority, role, span id)
    prio = {"cue": 0, "source": 1, "content": 2}
    sid = 0
    for att in rec["attributions"]:
        for role in ROLES:
            for s, e in att.get(role, []):
                sid += 1
                for c in range(s, e):
                    if c not in owner or owner[c][0] > prio[role]:
                        owner[c] = (prio[role], role, sid)
    y = np.zeros(len(doc), dtype=np.int8)
    prev = None
    for t in doc:
        o = owner.get(t.idx) if not t.is_space else None
        if o is None:
            prev = None
            continue
        b = prev is None or prev[2] != o[2]
        y[t.i] = CLASSES.index(("B-" if b else "I-") + o[1])
        prev = o
    return y


def _split(arr: np.ndarray, lens: np.ndarray) -> list[np.ndarray]:
    return np.split(arr, np.cumsum(lens)[:-1])


def design(name: str, cache: Path, records, docs) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """Per-document feature matrices (MiniLM vector + parse features) and labels."""
    vecs = np.load(cache / f"{name}_vecs.npy")
    lens = np.load(cache / f"{name}_lens.npy")
    xs, ys = [], []
    for v, rec, doc in zip(_split(vecs, lens), records, docs, strict=True):
        assert len(v) == len(doc)
        xs.append(np.hstack([v.astype(np.float32), parse_features(rec["text"], doc)]))
        ys.append(token_labels(rec, doc))
    return xs, ys


def fit_head(x: np.ndarray, y: np.ndarray, *, hidden: int, epochs: int, seed: int = 0):
    from sklearn.neural_network import MLPClassifier
    from sklearn.preprocessing import StandardScaler

    scaler = StandardScaler().fit(x)
    if hidden:
        model = MLPClassifier(hidden_layer_sizes=(hidden,), batch_size=1024, max_iter=epochs, alpha=1e-4,
                              learning_rate_init=1e-3, random_state=seed, tol=0.0, n_iter_no_change=epochs + 1)
    else:
        from sklearn.linear_model import LogisticRegression

        model = LogisticRegression(max_iter=epochs, C=1.0)
    model.fit(scaler.transform(x), y)
    return scaler, model


def predict(head, x: np.ndarray) -> np.ndarray:
    scaler, model = head
    p = np.zeros((len(x), len(CLASSES)), dtype=np.float32)
    p[:, model.classes_] = model.predict_proba(scaler.transform(x))
    return p


def _runs(doc, lab: np.ndarray, role: str) -> list[tuple[int, int]]:
    """(first token, last token + 1) runs of ``role``, split at B- and at non-role tokens."""
    b, i = CLASSES.index("B-" + role), CLASSES.index("I-" + role)
    out, cur = [], None
    for t in doc:
        c = lab[t.i]
        if c == b or (c == i and cur is None):
            if cur is not None:
                out.append(cur)
            cur = [t.i, t.i + 1]
        elif c == i:
            cur[1] = t.i + 1
        elif not (t.is_space and "\n" not in t.text):
            if cur is not None:
                out.append(cur)
            cur = None
    if cur is not None:
        out.append(cur)
    return [tuple(r) for r in out]


def decode(text: str, doc, probs: np.ndarray, *, orphan_content: bool = False) -> list[dict]:
    """Attributions from per-token class probabilities: each cue run takes the nearest source run
    of its sentence and every content run of its paragraph that is nearer to it than to any other cue."""
    from sitrep.extract.quotes import paragraph_starts

    lab = probs.argmax(axis=1)
    paras = paragraph_starts(text)
    para_of = np.searchsorted(paras, [t.idx for t in doc], side="right")
    sent_of = np.zeros(len(doc), dtype=np.int64)
    for k, s in enumerate(doc.sents):
        sent_of[s.start:s.end] = k
    cues, srcs, cons = (_runs(doc, lab, r) for r in ROLES)

    def span(r):
        return [doc[r[0]].idx, doc[r[1] - 1].idx + len(doc[r[1] - 1])]

    def dist(a, b):
        return max(a[0] - b[1], b[0] - a[1], 0)

    atts = [{"cue": [span(c)], "source": [], "content": []} for c in cues]
    for k, c in enumerate(cues):
        near = [s for s in srcs if sent_of[s[0]] == sent_of[c[0]]]
        if near:
            atts[k]["source"] = [span(min(near, key=lambda s: dist(s, c)))]
    for r in cons:
        cand = [k for k, c in enumerate(cues) if para_of[c[0]] == para_of[r[0]]]
        if cand:
            k = min(cand, key=lambda k: dist(cues[k], r))
            atts[k]["content"].append(span(r))
        elif orphan_content:
            near = [s for s in srcs if para_of[s[0]] == para_of[r[0]]]
            atts.append({"cue": [], "source": [span(min(near, key=lambda s: dist(s, r)))] if near else [],
                         "content": [span(r)]})
    return atts


def token_prf(ys: list[np.ndarray], ps: list[np.ndarray]) -> dict[str, float]:
    y = np.concatenate(ys)
    lab = np.concatenate([p.argmax(axis=1) for p in ps])
    out = {}
    for role in ROLES:
        g = np.isin(y, [CLASSES.index("B-" + role), CLASSES.index("I-" + role)])
        p = np.isin(lab, [CLASSES.index("B-" + role), CLASSES.index("I-" + role)])
        tp = float((g & p).sum())
        pr, rc = tp / max(p.sum(), 1), tp / max(g.sum(), 1)
        out[role] = (round(pr, 4), round(rc, 4), round(2 * pr * rc / max(pr + rc, 1e-9), 4))
    return out


def report(name, records, docs, ys, ps, **kw) -> dict:
    from sitrep.bench.attribution import score

    preds = [decode(r["text"], d, p, **kw) for r, d, p in zip(records, docs, ps)]
    m = score([r["attributions"] for r in records], preds)
    keys = ("attribution_f1", "source_precision", "source_recall", "source_f1", "cue_precision", "cue_recall",
            "cue_f1", "content_overlap_precision", "content_overlap_recall", "content_overlap_f1", "content_exact_f1")
    out = {"set": name, "tokens": token_prf(ys, ps), **{k: m[k] for k in keys}}
    log.info("%s", json.dumps(out))
    return out


def cmd_train(args) -> None:
    """Out-of-fold tagger scores on train (document k in fold k mod 5), saved with the five fold
    heads (dev averages their probabilities: no sixth fit on all of train, to save time)."""
    import pickle

    cache = Path(args.cache)
    _, records, docs = _load(args.path, args.docs)
    xs, ys = design(args.name, cache, records, docs)
    t0 = time.perf_counter()
    oof: list[np.ndarray | None] = [None] * len(xs)
    heads = []
    for f in range(args.folds):
        tr = [k for k in range(len(xs)) if k % args.folds != f]
        head = fit_head(np.vstack([xs[k] for k in tr]), np.concatenate([ys[k] for k in tr]),
                        hidden=args.hidden, epochs=args.epochs)
        heads.append(head)
        for k in range(f, len(xs), args.folds):
            oof[k] = predict(head, xs[k])
        log.info("fold %d %.0fs", f, time.perf_counter() - t0)
    np.save(cache / f"{args.name}_oof_h{args.hidden}.npy", np.vstack(oof))
    report(f"{args.name}-oof", records, docs, ys, oof)
    report(f"{args.name}-oof+orphans", records, docs, ys, oof, orphan_content=True)
    with open(cache / f"head_h{args.hidden}.pkl", "wb") as fh:  # the fold heads; dev averages them
        pickle.dump(heads, fh)
    log.info("trained in %.0fs", time.perf_counter() - t0)


def cmd_eval(args) -> None:
    import pickle

    cache = Path(args.cache)
    _, records, docs = _load(args.path, args.docs)
    xs, ys = design(args.name, cache, records, docs)
    with open(cache / f"head_h{args.hidden}.pkl", "rb") as fh:
        heads = pickle.load(fh)
    ps = [sum(predict(h, x) for h in heads) / len(heads) for x in xs]
    np.save(cache / f"{args.name}_probs_h{args.hidden}.npy", np.vstack(ps))
    report(args.name, records, docs, ys, ps)
    report(args.name + "+orphans", records, docs, ys, ps, orphan_content=True)


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    e = sub.add_parser("encode")
    e.add_argument("path")
    e.add_argument("--docs")
    e.add_argument("--name", required=True)
    e.add_argument("--cache", default="/tmp/n1")
    for name in ("train", "eval"):
        t = sub.add_parser(name)
        t.add_argument("path")
        t.add_argument("--docs")
        t.add_argument("--name", required=True)
        t.add_argument("--cache", default="/tmp/n1")
        t.add_argument("--hidden", type=int, default=128, help="0: logistic regression")
        t.add_argument("--epochs", type=int, default=8)
        t.add_argument("--folds", type=int, default=5)
    args = ap.parse_args()
    if args.cmd == "train" and ("dev" in Path(args.path).name or "test" in Path(args.path).name):
        raise SystemExit("train on the train split only")
    {"encode": cmd_encode, "train": cmd_train, "eval": cmd_eval}[args.cmd](args)


if __name__ == "__main__":
    main()
