"""Issue 3 experiment: what the MiniLM token tagger would cost per news-length article.

Times, on ``bench speed``'s corpus (``make_corpus``, 50 texts of ~450 words), bare spaCy, the
full pipeline, and the tagger (encoder over every sentence window + the head), and the tagger
on the sentences that hold a quote candidate's cue only (the subset a filter feature needs).

    python scripts/polnear_tagger_cost.py [--n 50] [--head /tmp/n1/head_h128.pkl]
"""
from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from datetime import date
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=50)
    ap.add_argument("--head", default="/tmp/n1/head_h128.pkl")
    ap.add_argument("--model", default=None, help="an encoder ONNX file of the stock one's shape (a fine-tuned one)")
    args = ap.parse_args()
    import polnear_tagger as T
    from sitrep.bench.speed import make_corpus
    from sitrep.config import Options
    from sitrep.extract.embeddings import load_encoder
    from sitrep.model import Article
    from sitrep.pipeline import Pipeline

    texts = make_corpus(args.n)
    opts = Options(published=date(2024, 3, 10))
    pipeline = Pipeline(opts)
    nlp = pipeline.nlp
    list(nlp.pipe(texts[:8]))
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=opts.batch_size))
    spacy_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    out = list(pipeline.run(Article(id=f"s{i}", text=t, published=opts.published) for i, t in enumerate(texts)))
    sitrep_s = time.perf_counter() - t0
    encoder = load_encoder()
    if args.model:  # the same tokenizer and session options, another graph
        import dataclasses

        import onnxruntime as ort

        opts = ort.SessionOptions()
        opts.log_severity_level = 3
        session = ort.InferenceSession(args.model, sess_options=opts, providers=["CPUExecutionProvider"])
        encoder = dataclasses.replace(encoder, session=session)
    if Path(args.head).exists():
        with open(args.head, "rb") as fh:
            head = pickle.load(fh)[0]  # one fold head: the cost of one
    else:  # a head of the same shape (128 hidden units over 440 features): its cost, not its answers
        rng = np.random.default_rng(0)
        head = T.fit_head(rng.normal(size=(2000, 440)).astype(np.float32), rng.integers(0, 7, 2000), hidden=128, epochs=1)
    T.encode_doc(encoder, texts[0], docs[0])  # warm-up
    t0 = time.perf_counter()
    for text, doc in zip(texts, docs):
        v = T.encode_doc(encoder, text, doc)
    enc_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    for text, doc in zip(texts, docs):
        x = np.hstack([np.zeros((len(doc), 384), np.float32), T.parse_features(text, doc)])
        T.predict(head, x)
    head_s = time.perf_counter() - t0
    # the subset: sentences holding a cue of a kept quote
    t0 = time.perf_counter()
    n_sub = n_all = 0
    for art, text, doc in zip(out, texts, docs):
        cue_chars = {q.cue.start for q in art.quotes if q.cue is not None}
        sents = [s for s in doc.sents if any(s.start_char <= c < s.end_char for c in cue_chars)]
        n_all += len(list(doc.sents))
        n_sub += len(sents)
        if sents:
            encoder.encode([s.text for s in sents])
    sub_s = time.perf_counter() - t0
    full_rate = args.n / sitrep_s
    res = {
        "n": args.n, "spacy_s": round(spacy_s, 2), "sitrep_s": round(sitrep_s, 2),
        "ratio": round((args.n / sitrep_s) / (args.n / spacy_s), 3),
        "encoder_ms_per_article": round(1000 * enc_s / args.n, 1), "head_ms_per_article": round(1000 * head_s / args.n, 1),
        "ratio_with_tagger": round((args.n / (sitrep_s + enc_s + head_s)) / (args.n / spacy_s), 3),
        "subset_sentences": f"{n_sub}/{n_all}", "subset_ms_per_article": round(1000 * sub_s / args.n, 1),
        "ratio_with_subset": round((args.n / (sitrep_s + sub_s + head_s)) / (args.n / spacy_s), 3),
        "full_rate": round(full_rate, 2),
    }
    print(json.dumps(res))


if __name__ == "__main__":
    main()
