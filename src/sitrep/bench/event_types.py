"""``sitrep bench event-types``: fine-grained event-type classification (CASE 2021 task 2).

Input: JSON Lines ``{"id", "text", "label"}``. Methods:

* ``model``: the packaged linear model, with its sentence-embedding part when the
  optional ``embed`` extra is installed (``"embeddings": true`` in the output). Texts it
  was trained on are counted in ``in_training`` so that an in-sample figure is never
  mistaken for a held-out one.
* ``sparse``: the packaged model's TF-IDF + cue part alone (what the pipeline uses per
  event, and what ``model`` falls back to without the extra).
* ``cues``: the training-free cue lexicon (a baseline).
* With a model whose ``role_scale`` is set, the texts are parsed with the pipeline's spaCy
  model for the who-does-what features (``"roles": true``; extract/eventroles.py).
* ``--cv K``: K-fold stratified cross-validation of the training recipe on the file
  itself (the honest figure on the file the shipped model was trained on).
* Rules first (the default; ``--no-rules`` scores the method alone). Each text goes through the
  pipeline with the classifier switched off (``Options(classify_acled=False)``, so no
  trained part is read); where its main event (bench plover's: the earliest word trigger)
  gets an ACLED sub-type from the event rules (territory taken by the state or by a group,
  air strikes, shelling, suicide bombs, abductions, ...) whose label is *trusted*, that
  label is the answer, and the classifier's fills the rest. A label is trusted when the
  rules gave it to at least 3 training snippets, were right on at least 80% of them
  (``eventtypes.RULE_TRUST``) and no less often than the classifier's out-of-fold answers on
  the same snippets: the shipped model carries the set learnt on the whole file, and ``--cv``
  learns it again on each fold's training snippets only (the classifier's answers there from
  an inner cross-validation, one more fit per pair of folds). Trusting every rule
  label scores far lower: its fallback "Armed clash" is given to grenade, IED,
  chemical-weapon and foiled attacks alike. The pipeline reads the same tally
  (``EventTypeModel.yielding_rules``): its rule labels measured untrusted, where the
  classifier did better, give way to the classifier.
"""
from __future__ import annotations

import json
import logging
from collections import Counter
from itertools import combinations
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import Any

from sitrep.bench.data import read_jsonl as load_records

__all__ = ["score", "load_records", "run_event_types", "cross_validate", "label_descriptions", "extra_training_rows",
           "parse_texts", "rule_labels", "rules_first"]

log = logging.getLogger(__name__)


def score(gold: Sequence[str], pred: Sequence[str]) -> dict[str, Any]:
    """Micro, macro and support-weighted F1 plus per-label precision/recall/F1.

    Macro and weighted averages run over the labels present in the gold (as
    scikit-learn does when given the gold label set); a label predicted but absent
    from the gold still costs precision in the micro figure and in the other labels.
    """
    if len(gold) != len(pred):
        raise ValueError(f"gold and predictions differ in length: {len(gold)} != {len(pred)}")
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for g, p in zip(gold, pred):
        if g == p:
            tp[g] += 1
        else:
            fp[p] += 1
            fn[g] += 1
    support = Counter(gold)
    per_label: dict[str, dict[str, float | int]] = {}
    for lab in sorted(support):
        pr = tp[lab] / (tp[lab] + fp[lab]) if tp[lab] + fp[lab] else 0.0
        rc = tp[lab] / support[lab]
        f1 = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
        per_label[lab] = {"precision": round(pr, 4), "recall": round(rc, 4), "f1": round(f1, 4), "support": support[lab]}
    n = len(gold)
    micro = sum(tp.values()) / n if n else 0.0  # single-label: micro P = R = F1 = accuracy
    macro = sum(v["f1"] for v in per_label.values()) / len(per_label) if per_label else 0.0
    weighted = sum(v["f1"] * v["support"] for v in per_label.values()) / n if n else 0.0
    return {"n": n, "micro_f1": round(micro, 4), "macro_f1": round(macro, 4), "weighted_f1": round(weighted, 4), "per_label": per_label}


def label_descriptions(path: Path) -> list[tuple[str, str]]:
    """(description, label) pairs from a labels.json beside the data, if there is one."""
    if not path.exists():
        return []
    return [(d["description"], d["label"]) for d in json.loads(path.read_text(encoding="utf-8")) if d.get("description")]


def extra_training_rows(path: Path, example_weight: float = 1.0) -> tuple[list[tuple[str, str]], list[float]]:
    """The rows every training run adds to the labelled snippets: the label descriptions
    of a labels.json beside the data, then the packaged hand-written examples; with their
    weights in the sparse part (1 for a description, ``example_weight`` for an example)."""
    from sitrep.extract.eventtypes import load_event_type_examples

    desc, examples = label_descriptions(path), list(load_event_type_examples())
    return desc + examples, [1.0] * len(desc) + [example_weight] * len(examples)


def cross_validate(texts: Sequence[str], labels: Sequence[str], *, k: int = 5, extra: Sequence[tuple[str, str]] = (),
                   seed: int = 0, embeddings: Any = None, extra_weights: Sequence[float] | None = None,
                   parses: Sequence[Any] | None = None, rules: Sequence[str | None] | None = None, **train_kw: Any) -> list[str]:
    """Out-of-fold predictions of the training recipe (``extra`` pairs join every training fold).

    ``embeddings``: one vector per text and then per extra pair (texts first), to train and
    apply the embedding part fold by fold. ``extra_weights``: the sparse-part weight of each
    extra pair (the snippets weigh 1). ``parses``: one spaCy Doc per text and then per extra
    pair, for the who-does-what features. ``rules``: the rules' label (or None) per text; the
    trusted ones, learnt on each fold's training texts, replace the model's predictions."""
    import numpy as np
    from sklearn.model_selection import KFold, StratifiedKFold

    from sitrep.extract.eventtypes import rule_tally, text_features, train_model, trusted_labels

    all_labels = sorted(set(labels) | {lab for _, lab in extra})
    min_count = min(Counter(labels).values())
    splitter = (StratifiedKFold if min_count >= 2 else KFold)(n_splits=k, shuffle=True, random_state=seed)
    folds = [sorted(int(i) for i in te) for _, te in splitter.split(list(texts), list(labels))]
    n = len(texts)
    # every fit reads the same texts: their features are computed once, with the fits' feature settings
    # (text_features and train_model share their defaults)
    feature_kw = {key: train_kw[key] for key in ("use_cues", "role_scale") if key in train_kw}
    features = text_features(list(texts) + [t for t, _ in extra], parses, **feature_kw)

    def fit_predict(tr: list[int], te: list[int]) -> list[str]:
        model = train_model([texts[i] for i in tr] + [t for t, _ in extra], [labels[i] for i in tr] + [lab for _, lab in extra],
                            all_labels=all_labels, embeddings=None if embeddings is None else np.vstack([embeddings[tr], embeddings[n:]]),
                            sample_weight=None if extra_weights is None else [1.0] * len(tr) + list(extra_weights),
                            parses=None if parses is None else [parses[i] for i in tr] + list(parses[n:]),
                            features=[features[i] for i in tr] + features[n:], **train_kw)
        return model.predict([texts[i] for i in te], None if embeddings is None else embeddings[te],
                             None if parses is None else [parses[i] for i in te])

    def rest(*held: int) -> list[int]:
        return sorted(i for f, te in enumerate(folds) if f not in held for i in te)

    pred: list[str] = [""] * n
    for f, te in enumerate(folds):
        for i, p in zip(te, fit_predict(rest(f), te)):
            pred[i] = p
    if rules is None:
        return pred
    # Which rule labels a fold trusts is learnt from its training part alone, as the build script
    # learns it from the whole file: the rules' precision there, against the classifier's own
    # out-of-fold answers on the same texts. Seen from fold f, a text of fold g is answered by a
    # model trained without f and g, so the held-out fold never informs the choice.
    inner: dict[tuple[int, int], str] = {}
    for f, g in combinations(range(k), 2):
        both = folds[f] + folds[g]
        for j, p in enumerate(fit_predict(rest(f, g), both)):
            inner[(g if j < len(folds[f]) else f, both[j])] = p
    for f, te in enumerate(folds):
        tr = rest(f)
        trusted = trusted_labels(rule_tally([rules[i] for i in tr], [labels[i] for i in tr], [inner[(f, i)] for i in tr]))
        for i, p in zip(te, rules_first([rules[i] for i in te], [pred[i] for i in te], trusted)):
            pred[i] = p
    return pred


def parse_texts(texts: Sequence[str]) -> list[Any]:
    """spaCy Docs of the texts (the pipeline's own model), for the who-does-what features."""
    from sitrep.annotate.nlp import annotate, load_nlp

    return list(annotate(load_nlp(), texts, batch_size=64))


def rule_labels(texts: Sequence[str]) -> list[str | None]:
    """Per text, the CASE label of the ACLED sub-type that the pipeline's event rules give its
    main event (the earliest word trigger, as in bench plover), with the classifier off; None
    where the text has no event or the rules leave the sub-type open."""
    from sitrep.annotate.nlp import annotate
    from sitrep.api import get_pipeline
    from sitrep.bench.plover import main_event
    from sitrep.config import Options
    from sitrep.extract.eventtypes import case_label_of
    from sitrep.ingest.readers import make_article

    options = Options(classify_acled=False, incidents=False, require_english=False)
    pipeline = get_pipeline(options)
    articles = [make_article(t, options=options) for t in texts]
    out: list[str | None] = []
    for article, doc in zip(articles, annotate(pipeline.nlp, [a.text for a in articles], batch_size=64)):
        ev = main_event(pipeline.extract(article, doc).events)
        out.append(case_label_of(ev.acled_sub_event_type) if ev is not None else None)
    return out


def rules_first(rules: Sequence[str | None], pred: Sequence[str], trusted: Collection[str]) -> list[str]:
    """The rules' label where there is one and it is ``trusted``, else the classifier's."""
    if len(rules) != len(pred):
        raise ValueError(f"rule labels and predictions differ in length: {len(rules)} != {len(pred)}")
    return [r if r is not None and r in trusted else p for r, p in zip(rules, pred)]


def run_event_types(path: Path, *, method: str = "model", cv: int | None = None, limit: int | None = None,
                    predictions: Path | None = None, cv_seed: int = 0, rules: bool = True) -> dict[str, Any]:
    """Score a method on a CASE-format file; optionally write the predictions as JSON Lines.
    ``cv_seed`` shuffles the folds of ``cv``, so a change can be checked on more than one split.
    ``rules`` (the default, as the command's): the pipeline's rule sub-types first, the method's
    labels for the rest (see the module docstring); the cue lexicon baseline ignores it."""
    from sitrep.extract.embeddings import load_encoder, snippet_vectors
    from sitrep.extract.eventtypes import TRAIN_PARAMS, load_cue_lexicon, load_event_type_model, text_hash

    if method not in ("model", "sparse", "cues"):
        raise ValueError(f"unknown method {method!r}: use model, sparse or cues")
    if cv and method == "cues":
        method = "model"  # the lexicon has no training recipe to cross-validate
    rows = load_records(path, limit=limit)
    texts = [r["text"] for r in rows]
    gold = [r["label"] for r in rows]
    extra: dict[str, Any] = {}
    encoder = load_encoder() if method == "model" else None
    if cv:
        import warnings

        params = dict(TRAIN_PARAMS)
        descriptions, weights = extra_training_rows(path.parent / "labels.json", float(params.pop("example_weight", 1.0)))
        vectors = None
        if encoder is not None:
            vectors = snippet_vectors(encoder, texts + [t for t, _ in descriptions])
        else:
            params["emb_mix"] = 0.0
        parses = parse_texts(texts + [t for t, _ in descriptions]) if params.get("role_scale") else None
        ruled = rule_labels(texts) if rules else None
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # sklearn warns when a label has fewer members than folds
            pred = cross_validate(texts, gold, k=cv, extra=descriptions, embeddings=vectors, extra_weights=weights, seed=cv_seed,
                                  parses=parses, rules=ruled, **params)
        extra = {"cv_folds": cv, "cv_seed": cv_seed, "embeddings": vectors is not None, "roles": parses is not None, "rules": rules}
    elif method == "cues":
        cues = load_cue_lexicon()
        pred = [cues.predict(t) for t in texts]
    else:
        model = load_event_type_model()
        use_emb = encoder is not None and model.has_embeddings
        parses = parse_texts(texts) if model.role_scale else None
        pred = model.predict(texts, snippet_vectors(encoder, texts) if use_emb else None, parses)
        extra = {"in_training": sum(text_hash(t) in model.trained_on for t in texts), "embeddings": use_emb, "roles": parses is not None}
        if rules:
            ruled = rule_labels(texts)
            pred = rules_first(ruled, pred, model.trusted_rules)
        extra.update({"rules": rules, "trusted_rules": sorted(model.trusted_rules)} if rules else {"rules": False})
    if predictions is not None:
        with predictions.open("w", encoding="utf-8") as fh:
            for r, p in zip(rows, pred):
                fh.write(json.dumps({"id": r.get("id"), "label": r["label"], "predicted": p}, ensure_ascii=False) + "\n")
    result = score(gold, pred)
    return {"benchmark": "event-types", "path": str(path), "method": method, **extra, **result}
