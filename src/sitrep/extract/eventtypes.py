"""Event-type classification of a short text into the CASE 2021 / ACLED fine-grained types.

Two classifiers share one feature function:

* ``CueLexicon`` (data/event_type_cues.yaml): a training-free baseline that scores each
  label by the cue patterns found in the text.
* ``EventTypeModel``: a linear model over TF-IDF word uni/bigrams, character 3-5-grams
  inside words, and one "cues fired" feature per label. It ships as plain arrays
  (data/event_types_model.npz, rebuilt by scripts/build_event_types.py); inference
  needs only numpy. Training (``train_model``) needs scikit-learn, imported lazily.
  Given a text's spaCy parse, it also reads who did what to whom (extract/eventroles.py).

Why this design: the labelled data available (a few hundred snippets) is too small for a
fine-tuned transformer to beat a regularised linear model reliably on two CPU cores, and
character n-grams carry morphology ("shell", "shelled", "shelling") that a small lexicon
misses, while the cue features carry prior knowledge that the few examples lack.
"""
from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from typing import Any, NamedTuple

import numpy as np
import yaml

__all__ = [
    "CueLexicon",
    "EventTypeModel",
    "load_cue_lexicon",
    "load_event_type_model",
    "featurize",
    "train_model",
    "text_features",
    "text_hash",
    "TRAIN_PARAMS",
    "ACLED_FOR_PLOVER",
    "load_case_labels",
    "acled_sub_type",
    "load_event_type_examples",
    "trusted_rule_labels",
    "RULE_TRUST",
    "RuleCount",
    "rule_tally",
    "trusted_labels",
    "yielding_labels",
    "measured_labels",
    "case_label_of",
    "rule_yields",
]

_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")
MODEL_FILE = "event_types_model.npz"
EXAMPLES_FILE = "event_type_examples.yaml"


def text_hash(text: str) -> str:
    """A short stable hash of a normalised text (to tell training texts from new ones)."""
    return hashlib.sha1(" ".join(text.lower().split()).encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class CueLexicon:
    """Per label, compiled cue patterns with weights."""

    cues: dict[str, tuple[tuple[re.Pattern[str], float], ...]]

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(self.cues)

    def scores(self, text: str, labels: Collection[str] | None = None) -> dict[str, float]:
        """Sum of the weights of the cues found, per label (labels with no hit omitted);
        ``labels``: only these are looked for."""
        low = text.lower()
        out: dict[str, float] = {}
        for label, pats in self.cues.items():
            if labels is not None and label not in labels:
                continue
            s = sum(w for pat, w in pats if pat.search(low))
            if s:
                out[label] = s
        return out

    def predict(self, text: str, *, default: str = "ARMED_CLASH") -> str:
        """The label with the highest cue score; ``default`` when no cue fires."""
        sc = self.scores(text)
        if not sc:
            return default
        order = {lab: i for i, lab in enumerate(self.cues)}
        return max(sc, key=lambda lab: (sc[lab], -order[lab]))


def _compile(entry: str | dict[str, object]) -> tuple[re.Pattern[str], float]:
    if isinstance(entry, dict):
        pattern, weight = str(entry["cue"]), float(entry.get("weight", 1.0))  # type: ignore[arg-type]
    else:
        pattern, weight = str(entry), 1.0
    return re.compile(r"(?<![a-z0-9])" + pattern), weight


@lru_cache(maxsize=4)
def load_cue_lexicon(path: str | None = None) -> CueLexicon:
    """Load the cue lexicon (the packaged one unless ``path`` is given)."""
    if path is None:
        text = resources.files("sitrep.data").joinpath("event_type_cues.yaml").read_text(encoding="utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    raw = yaml.safe_load(text) or {}
    return CueLexicon({str(label): tuple(_compile(e) for e in (entries or [])) for label, entries in raw.items()})


def featurize(text: str, cues: CueLexicon | None = None, roles: Counter[str] | None = None) -> Counter[str]:
    """Raw feature counts: words, word bigrams, in-word character 3-5-grams, fired cue labels,
    and the who-does-what ``roles`` of the text's parse when given (extract/eventroles.py)."""
    words = _WORD.findall(text.lower())
    feats: Counter[str] = Counter()
    for w in words:
        feats["w:" + w] += 1
        padded = f" {w} "
        for n in (3, 4, 5):
            for i in range(max(1, len(padded) - n + 1)):
                feats["c:" + padded[i:i + n]] += 1
    for a, b in zip(words, words[1:]):
        feats[f"b:{a} {b}"] += 1
    if cues is not None:
        for label, score in cues.scores(text).items():
            feats["cue:" + label] += score
    if roles:
        feats.update(roles)
    return feats


@dataclass(frozen=True, slots=True)
class EventTypeModel:
    """A multinomial linear model over sublinear, L2-normalised TF-IDF features."""

    labels: tuple[str, ...]
    vocab: dict[str, int]
    idf: np.ndarray  # (V,)
    coef: np.ndarray  # (L, V)
    intercept: np.ndarray  # (L,)
    trained_on: frozenset[str] = frozenset()  # text_hash of every training text
    use_cues: bool = True
    cue_scale: float = 1.0  # cue features weigh this much more than one n-gram
    # optional second classifier over sentence embeddings (extract/embeddings.py); its
    # log-probabilities are mixed with the sparse ones with weight ``emb_mix``
    emb_coef: np.ndarray | None = None  # (L, DIM)
    emb_intercept: np.ndarray | None = None  # (L,)
    emb_mix: float = 0.0
    # who-does-what features of the parse (extract/eventroles.py), weighing ``role_scale``
    # times one n-gram; a text given without its parse simply lacks them
    role_scale: float = 0.0
    # per CASE label, how often the pipeline's event rules gave its ACLED sub-type to a training
    # snippet's main event, how often rightly, and how often the classifier (out of fold) was right
    # on those snippets (scripts/build_event_types.py measures it): what decides which rule labels
    # are trusted over the classifier and which yield to it
    rule_tally: dict[str, RuleCount] | None = None  # None: nothing measured

    @property
    def trusted_rules(self) -> frozenset[str]:
        """The labels the rules give reliably enough to be taken over the classifier (bench
        event-types --rules)."""
        return trusted_labels(self.rule_tally or {})

    @property
    def measured_rules(self) -> frozenset[str]:
        """The labels the rules gave often enough to be measured (see :func:`measured_labels`)."""
        return measured_labels(self.rule_tally or {})

    @property
    def yielding_rules(self) -> frozenset[str]:
        """The labels whose rule sub-types give way to the classifier in the pipeline (see
        :func:`yielding_labels`)."""
        return yielding_labels(self.rule_tally or {})

    def _row(self, feats: Counter[str]) -> tuple[np.ndarray, np.ndarray]:
        idx = [self.vocab[f] for f in feats if f in self.vocab]
        if not idx:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        tf = np.array([1.0 + math.log(feats[f]) if feats[f] >= 1 else feats[f] for f in feats if f in self.vocab])
        ix = np.array(idx, dtype=np.int64)
        vals = tf * self.idf[ix]
        if (self.use_cues and self.cue_scale != 1.0) or self.role_scale not in (0.0, 1.0):
            vals *= np.array([self._scale(f) for f in feats if f in self.vocab])
        norm = float(np.sqrt((vals * vals).sum()))
        return ix, vals / norm if norm else vals

    def _scale(self, feat: str) -> float:
        if feat.startswith("cue:"):
            return self.cue_scale if self.use_cues else 1.0
        return self.role_scale if feat.startswith("r:") else 1.0

    def decision(self, texts: Iterable[str], parses: Sequence[Any] | None = None) -> np.ndarray:
        """Scores (N, L) before the softmax. ``parses``: one spaCy Doc or Span per text (or
        None) whose who-does-what features join the text's when the model uses them."""
        cues = load_cue_lexicon() if self.use_cues else None
        rows = []
        for i, text in enumerate(texts):
            ix, vals = self._row(featurize(text, cues, self._roles(parses[i] if parses is not None else None)))
            rows.append(self.intercept + self.coef[:, ix].astype(np.float64) @ vals)
        return np.array(rows).reshape(len(rows), len(self.labels))

    def _roles(self, parse: Any) -> Counter[str] | None:
        if parse is None or not self.role_scale:
            return None
        from sitrep.extract.eventroles import role_features

        return role_features(parse)

    @property
    def has_embeddings(self) -> bool:
        return self.emb_coef is not None and self.emb_mix > 0

    def log_proba(self, texts: Sequence[str], embeddings: np.ndarray | None = None,
                  parses: Sequence[Any] | None = None) -> np.ndarray:
        """Log-probabilities (N, L): the sparse model's, mixed with the embedding model's
        when ``embeddings`` (N, DIM) are given and the model carries that part."""
        out = _log_softmax(self.decision(texts, parses))
        if embeddings is not None and self.has_embeddings:
            emb = _log_softmax(self.emb_intercept + embeddings.astype(np.float64) @ self.emb_coef.astype(np.float64).T)
            out = (1.0 - self.emb_mix) * out + self.emb_mix * emb
        return out

    def predict_proba(self, texts: Sequence[str], embeddings: np.ndarray | None = None,
                      parses: Sequence[Any] | None = None) -> np.ndarray:
        return np.exp(self.log_proba(texts, embeddings, parses))

    def predict(self, texts: Sequence[str], embeddings: np.ndarray | None = None,
                parses: Sequence[Any] | None = None) -> list[str]:
        z = self.log_proba(list(texts), embeddings, parses)
        return [self.labels[i] for i in z.argmax(axis=1)]

    def save(self, path: Path) -> None:
        """Write the model as plain arrays (float16 weights; no pickled objects)."""
        terms = sorted(self.vocab, key=self.vocab.__getitem__)
        np.savez_compressed(
            path,
            labels=np.array(self.labels),
            terms=np.array(terms),
            idf=self.idf.astype(np.float32),
            coef=self.coef.astype(np.float16),
            intercept=self.intercept.astype(np.float32),
            trained_on=np.array(sorted(self.trained_on)),
            use_cues=np.array(self.use_cues),
            cue_scale=np.array(self.cue_scale),
            role_scale=np.array(self.role_scale),
            **({"rule_labels": np.array(sorted(self.rule_tally)),
                "rule_counts": np.array([[-1 if x is None else x for x in self.rule_tally[k]] for k in sorted(self.rule_tally)],
                                        dtype=np.int32).reshape(-1, 3)}
               if self.rule_tally else {}),
            **({"emb_coef": self.emb_coef.astype(np.float16), "emb_intercept": self.emb_intercept.astype(np.float32),
                "emb_mix": np.array(self.emb_mix)} if self.has_embeddings else {}),
        )

    @classmethod
    def load(cls, path: Path | str) -> EventTypeModel:
        with np.load(path, allow_pickle=False) as z:
            terms = [str(t) for t in z["terms"]]
            return cls(
                labels=tuple(str(x) for x in z["labels"]),
                vocab={t: i for i, t in enumerate(terms)},
                idf=z["idf"].astype(np.float64),
                coef=z["coef"],
                intercept=z["intercept"].astype(np.float64),
                trained_on=frozenset(str(x) for x in z["trained_on"]),
                use_cues=bool(z["use_cues"]),
                cue_scale=float(z["cue_scale"]),
                emb_coef=z["emb_coef"] if "emb_coef" in z else None,
                emb_intercept=z["emb_intercept"].astype(np.float64) if "emb_intercept" in z else None,
                emb_mix=float(z["emb_mix"]) if "emb_mix" in z else 0.0,
                role_scale=float(z["role_scale"]) if "role_scale" in z else 0.0,
                rule_tally={str(k): RuleCount(int(n), int(r), int(c) if c >= 0 else None)
                            for k, (n, r, c) in zip(z["rule_labels"], z["rule_counts"])} if "rule_labels" in z else None,
            )


def _log_softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    return z - np.log(np.exp(z).sum(axis=1, keepdims=True))


def _aligned(clf, order: Sequence[str], width: int) -> tuple[np.ndarray, np.ndarray]:
    """A fitted LogisticRegression's weights in the label order ``order``."""
    coef = np.zeros((len(order), width))
    intercept = np.full(len(order), -1e3)  # a label never seen in training is never predicted
    for i, lab in enumerate(clf.classes_):
        j = order.index(lab)
        if len(clf.classes_) == 2:  # binary case: one row for the positive class
            sign = 1.0 if i == 1 else -1.0
            coef[j], intercept[j] = sign * clf.coef_[0], sign * clf.intercept_[0]
        else:
            coef[j], intercept[j] = clf.coef_[i], clf.intercept_[i]
    return coef, intercept


@lru_cache(maxsize=2)
def load_event_type_examples(path: str | None = None) -> tuple[tuple[str, str], ...]:
    """(text, label) pairs from the hand-written example file (data/event_type_examples.yaml
    unless ``path`` is given): extra training rows that are not benchmark data."""
    if path is None:
        text = resources.files("sitrep.data").joinpath(EXAMPLES_FILE).read_text(encoding="utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    raw = yaml.safe_load(text) or {}
    return tuple((" ".join(str(t).split()), str(label)) for label, items in raw.items() for t in (items or []))


@lru_cache(maxsize=1)
def load_event_type_model() -> EventTypeModel:
    """The packaged model (loaded once)."""
    with resources.as_file(resources.files("sitrep.data").joinpath(MODEL_FILE)) as p:
        return EventTypeModel.load(p)


def text_features(texts: Sequence[str], parses: Sequence[Any] | None = None, *, use_cues: bool = True,
                  role_scale: float = 0.0) -> list[Counter[str]]:
    """The raw feature counts :func:`train_model` fits on: :func:`featurize` of each text, with the
    who-does-what features of its parse when ``role_scale`` is set and there are parses."""
    cues = load_cue_lexicon() if use_cues else None
    if parses is None or not role_scale:
        return [featurize(t, cues) for t in texts]
    from sitrep.extract.eventroles import role_features

    return [featurize(t, cues, role_features(p)) for t, p in zip(texts, parses, strict=True)]


def train_model(
    texts: Sequence[str],
    labels: Sequence[str],
    *,
    c: float = 10.0,
    min_df: int = 2,
    max_features: int = 20000,
    use_cues: bool = True,
    cue_scale: float = 1.0,
    all_labels: Sequence[str] | None = None,
    embeddings: np.ndarray | None = None,
    emb_c: float = 10.0,
    emb_mix: float = 0.5,
    sample_weight: Sequence[float] | None = None,
    parses: Sequence[Any] | None = None,
    role_scale: float = 0.0,
    features: Sequence[Counter[str]] | None = None,
) -> EventTypeModel:
    """Fit the linear model (needs scikit-learn). ``all_labels`` fixes the label order;
    ``embeddings`` (one row per text) add the embedding classifier, mixed in at ``emb_mix``;
    ``sample_weight`` (one per text) weighs the rows of the sparse part only; ``parses`` (one
    spaCy Doc per text) add the who-does-what features, weighing ``role_scale``. ``features``:
    the texts' :func:`text_features` with the same settings, when the caller has them already
    (a cross-validation fits many models on the same texts)."""
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    if parses is None:
        role_scale = 0.0
    if features is None:
        feats = text_features(texts, parses, use_cues=use_cues, role_scale=role_scale)
    elif len(features) != len(texts):
        raise ValueError(f"features and texts differ in length: {len(features)} != {len(texts)}")
    else:
        feats = list(features)
    df: Counter[str] = Counter()
    for f in feats:
        df.update(f.keys())
    keep = [t for t, n in df.items() if n >= min_df or t.startswith("cue:")]
    keep.sort(key=lambda t: (-df[t], t))
    keep = keep[:max_features]
    vocab = {t: i for i, t in enumerate(keep)}
    n = len(texts)
    idf = np.array([math.log((1 + n) / (1 + df[t])) + 1.0 for t in keep])
    proto = EventTypeModel(labels=(), vocab=vocab, idf=idf, coef=np.zeros((0, len(keep))), intercept=np.zeros(0), use_cues=use_cues,
                           cue_scale=cue_scale, role_scale=role_scale)
    data, ind, ptr = [], [], [0]
    for f in feats:
        ix, vals = proto._row(f)
        ind.extend(ix.tolist())
        data.extend(vals.tolist())
        ptr.append(len(ind))
    x = csr_matrix((data, ind, ptr), shape=(n, len(keep)))
    order = list(all_labels) if all_labels is not None else sorted(set(labels))
    clf = LogisticRegression(C=c, max_iter=3000)
    clf.fit(x, list(labels), sample_weight=None if sample_weight is None else np.asarray(sample_weight, dtype=np.float64))
    coef, intercept = _aligned(clf, order, len(keep))
    emb_coef = emb_intercept = None
    if embeddings is not None and emb_mix > 0:
        if len(embeddings) != n:
            raise ValueError(f"embeddings and texts differ in length: {len(embeddings)} != {n}")
        eclf = LogisticRegression(C=emb_c, max_iter=3000).fit(np.asarray(embeddings, dtype=np.float64), list(labels))
        emb_coef, emb_intercept = _aligned(eclf, order, embeddings.shape[1])
    return EventTypeModel(
        labels=tuple(order), vocab=vocab, idf=idf, coef=coef, intercept=intercept,
        trained_on=frozenset(text_hash(t) for t in texts), use_cues=use_cues, cue_scale=cue_scale,
        emb_coef=emb_coef, emb_intercept=emb_intercept, emb_mix=emb_mix if emb_coef is not None else 0.0,
        role_scale=role_scale,
    )


# The recipe of the shipped model; `sitrep bench event-types --cv K` re-runs it per fold.
TRAIN_PARAMS: dict[str, float | int | bool] = {"c": 100.0, "cue_scale": 6.0, "min_df": 2, "max_features": 20000, "use_cues": True,
                                               "emb_c": 10.0, "emb_mix": 0.4,
                                               # who-does-what features of the parse (extract/eventroles.py)
                                               "role_scale": 3.0,
                                               # weight of a hand-written example row in the sparse part (build script, --cv)
                                               "example_weight": 0.3}


# When a rule-given label is trusted over the classifier: right on at least this share of at
# least this many training snippets it was given to (round values set before measuring; see README)
RULE_TRUST: dict[str, float] = {"precision": 0.8, "min_count": 3}


class RuleCount(NamedTuple):
    """What the pipeline's event rules did with one label on the training snippets."""

    given: int  # snippets whose main event the rules gave the label to
    right: int  # of those, the ones the label was right for
    classifier_right: int | None = None  # of those, the ones the classifier got right out of fold (None: not measured)


def rule_tally(rules: Sequence[str | None], gold: Sequence[str], predicted: Sequence[str] | None = None) -> dict[str, RuleCount]:
    """Per label the rules gave (one label or None per training text): to how many texts, how
    many of them rightly, and, given the classifier's out-of-fold ``predicted`` labels, how many
    of those texts it got right."""
    if len(rules) != len(gold) or (predicted is not None and len(predicted) != len(gold)):
        raise ValueError(f"rule labels, gold labels and predictions differ in length: {len(rules)}, {len(gold)}, "
                         f"{len(predicted) if predicted is not None else '-'}")
    given: Counter[str] = Counter(r for r in rules if r is not None)
    right: Counter[str] = Counter(r for r, g in zip(rules, gold) if r is not None and r == g)
    clf: Counter[str] = Counter(r for r, g, p in zip(rules, gold, predicted) if r is not None and p == g) if predicted is not None else Counter()
    return {lab: RuleCount(n, right[lab], clf[lab] if predicted is not None else None) for lab, n in sorted(given.items())}


def _measured(tally: dict[str, RuleCount], min_count: float) -> dict[str, float]:
    """The precision of each label the rules gave to at least ``min_count`` texts."""
    return {lab: c.right / c.given for lab, c in tally.items() if c.given and c.given >= min_count}


def measured_labels(tally: dict[str, RuleCount], *, min_count: float = RULE_TRUST["min_count"]) -> frozenset[str]:
    """The labels the rules gave to at least ``min_count`` texts: types the rules have a reading for."""
    return frozenset(_measured(tally, min_count))


def trusted_labels(tally: dict[str, RuleCount], *, precision: float = RULE_TRUST["precision"],
                   min_count: float = RULE_TRUST["min_count"]) -> frozenset[str]:
    """The labels given to at least ``min_count`` texts, with at least ``precision`` of them right
    and, where the classifier's out-of-fold answers were measured, right at least as often as
    the classifier on the same texts (README, "Rule trust measured against the classifier")."""
    return frozenset(lab for lab, p in _measured(tally, min_count).items()
                     if p >= precision and (tally[lab].classifier_right is None or tally[lab].right >= tally[lab].classifier_right))


def yielding_labels(tally: dict[str, RuleCount], *, min_count: float = RULE_TRUST["min_count"]) -> frozenset[str]:
    """The labels measured untrusted (given to at least ``min_count`` texts, and not trusted by
    :func:`trusted_labels`) on whose texts the classifier was right more often than the rules.
    A label given too rarely to measure is kept (nothing says the classifier does better), and
    so is one where the classifier did no better (the rules read the parse: who took a place
    from whom, whatever weapon the sentence also tells of). A label the classifier beats is never
    trusted, whatever its precision."""
    return frozenset(lab for lab in _measured(tally, min_count)
                     if tally[lab].classifier_right is not None and tally[lab].classifier_right > tally[lab].right)


def trusted_rule_labels(rules: Sequence[str | None], gold: Sequence[str], *, precision: float = RULE_TRUST["precision"],
                        min_count: float = RULE_TRUST["min_count"]) -> frozenset[str]:
    """The labels that the rules (one label or None per training text) gave to at least
    ``min_count`` texts, with at least ``precision`` of them right."""
    return trusted_labels(rule_tally(rules, gold), precision=precision, min_count=min_count)


# Which ACLED event types a PLOVER event may take (the classifier chooses among these).
ACLED_FOR_PLOVER: dict[str, frozenset[str]] = {
    "ASSAULT": frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"}),
    "PROTEST": frozenset({"Protests", "Riots"}),
    "COERCE": frozenset({"Strategic developments", "Protests"}),
}


@lru_cache(maxsize=1)
def load_case_labels() -> dict[str, str | None]:
    """CASE 2021 label -> ACLED sub-event type (None outside ACLED)."""
    text = resources.files("sitrep.data").joinpath("case_labels.yaml").read_text(encoding="utf-8")
    return {str(k): v for k, v in (yaml.safe_load(text) or {}).items()}


@lru_cache(maxsize=1)
def _case_label_by_sub() -> dict[str, str]:
    out: dict[str, str] = {}
    for label, sub in load_case_labels().items():
        if sub is not None:
            out.setdefault(sub, label)
    return out


def case_label_of(sub: str | None) -> str | None:
    """The CASE 2021 label of an ACLED sub-event type (None for None or a type CASE lacks)."""
    return _case_label_by_sub().get(sub) if sub is not None else None


def _allowed(plover: str, protest: bool) -> frozenset[str]:
    """The ACLED event types the classifier may choose among for an event of PLOVER type ``plover``."""
    allowed = ACLED_FOR_PLOVER.get(plover, frozenset())
    return allowed - {"Protests", "Riots"} if not protest else allowed


def rule_yields(sub: str, plover: str, acled_types: dict[str, str], model: EventTypeModel | None = None,
                *, protest: bool = True) -> bool:
    """Whether the event rules' ACLED sub-type ``sub`` for an event of PLOVER type ``plover``
    gives way to the classifier's: its CASE label is one of the model's ``yielding_rules``
    (measured untrusted on the training snippets, by the tally and threshold that decide the
    trusted labels, and the classifier did better there), and the classifier chooses among
    types that include it (a mob's arson coded "Mob violence" is a Riot, which a COERCE event's
    classifier could not give)."""
    model = model or load_event_type_model()
    return case_label_of(sub) in model.yielding_rules and acled_types.get(sub) in _allowed(plover, protest)


def acled_sub_type(text: str, plover: str, acled_types: dict[str, str], model: EventTypeModel | None = None,
                   *, protest: bool = True, parse: Any = None, cue_required: Collection[str] = (),
                   ruled: str | None = None, exclude: Collection[str] = (), others: Sequence[tuple[int, int]] = ()) -> str | None:
    """The most probable ACLED sub-event type for an event sentence, among those the
    PLOVER type allows; None when the type takes no ACLED coding. ``protest=False``: the
    sentence tells of no protest, so the Protests and Riots types are out. ``parse``: the
    sentence's spaCy Span, whose who-does-what features the model reads. ``cue_required``:
    see :func:`best_acled_sub_type`. ``ruled``: the rules' sub-type that yields (see
    :func:`rule_yields`); it gives way only to a type the rules have no reading for (one they
    gave too rarely to measure: a grenade, a chemical weapon, a protest broken up), one of whose
    own cues is in the sentence. Between two types the rules both give (a clash or an attack on
    civilians, an IED, a place taken) their reading of the parse stands ("captured three
    soldiers" took no territory), and the model's guess for a sentence that tells the act only
    as a condemnation's object ("condemned the execution of two activists") has no words to go by.
    ``exclude``: CASE labels the caller rules out (the rules' own test found no sign of them). ``others``: spans
    of ``text`` (offsets in it) that tell other acts, where no cue of this one is sought (see best_acled_sub_type)."""
    allowed = _allowed(plover, protest)
    if not allowed:
        return None
    exclude = frozenset(exclude)
    if ruled is not None:
        model = model or load_event_type_model()
        own = case_label_of(ruled)
        cue_required = frozenset(model.labels) - {own}
        exclude |= model.measured_rules - {own}
    return best_acled_sub_type(text, allowed, acled_types, model, parse=parse, cue_required=cue_required, exclude=exclude,
                               others=others)


def _blanked(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` with the characters of ``spans`` (offsets in it) blanked out."""
    if not spans:
        return text
    chars = list(text)
    for lo, hi in spans:
        chars[max(lo, 0):max(hi, 0)] = " " * len(chars[max(lo, 0):max(hi, 0)])
    return "".join(chars)


def _names_blanked(text: str, parse: Any) -> str:
    """``text`` with the proper nouns of ``parse`` (its Doc or Span, when it is one of ``text``)
    blanked out, so that a cue word in a name is no cue."""
    if parse is None or parse.text != text:
        return text
    chars = list(text)
    base = parse[0].idx if len(parse) else 0
    for tok in parse:
        if tok.pos_ == "PROPN" and tok.text[:1].isupper():
            chars[tok.idx - base:tok.idx - base + len(tok.text)] = " " * len(tok.text)
    return "".join(chars)


def best_acled_sub_type(text: str, allowed: Collection[str], acled_types: dict[str, str],
                        model: EventTypeModel | None = None, *, parse: Any = None,
                        cue_required: Collection[str] = (), exclude: Collection[str] = (),
                        others: Sequence[tuple[int, int]] = ()) -> str | None:
    """The model's most probable ACLED sub-event type for ``text`` whose event type is in
    ``allowed``; None when no label maps into those types. ``parse``: the text's spaCy
    Doc or Span when there is one (without it the who-does-what features are absent).
    ``cue_required``: CASE labels taken only when one of their own cues (event_type_cues.yaml)
    is in the text ("violence mars the vote" tells of no sexual violence), outside the names of
    the parse ("the Northern Liberation Front accused ..." tells of no place liberated), nor in ``others``, the
    words of other acts the sentence tells (offsets in ``text``: "a mob set fire to the bodies, police said, adding
    that 12 people had been arrested": the arson is the mob's, no cue of the arrest). ``exclude``: CASE labels
    never taken."""
    model = model or load_event_type_model()
    labels = load_case_labels()
    open_labels = [i for i, lab in enumerate(model.labels)
                   if lab not in exclude and (sub := labels.get(lab)) is not None and acled_types.get(sub) in allowed]
    needs_cue = {model.labels[i] for i in open_labels if model.labels[i] in cue_required}
    cued = load_cue_lexicon().scores(_blanked(_names_blanked(text, parse), others), needs_cue) if needs_cue else {}
    candidates = [i for i in open_labels if model.labels[i] not in needs_cue or model.labels[i] in cued]
    subs = {labels[model.labels[i]] for i in candidates}
    if len(subs) < 2:  # nothing to choose between: the model's scores cannot change the answer
        return next(iter(subs), None)
    scores = model.decision([text], [parse])[0]
    best, best_score = None, -math.inf
    for i in candidates:
        if scores[i] > best_score:
            best, best_score = labels[model.labels[i]], float(scores[i])
    return best
