"""``sitrep bench speed``: full pipeline vs bare spaCy on the same texts.

The texts are news-length articles recombined from the bundled example articles
(paragraphs shuffled and joined, numbers and weekdays varied), so the benchmark
needs no external data. Both sides use the same model, texts, batch size and
process count; the figure that matters is the ratio.
"""
from __future__ import annotations

import random
import re
import time
from dataclasses import replace
from datetime import date
from importlib import resources
from typing import Any

from sitrep.config import Options
from sitrep.model import Article

__all__ = ["run_speed", "make_corpus", "gazetteer_cost"]

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _paragraphs() -> list[str]:
    paras: list[str] = []
    root = resources.files("sitrep").joinpath("examples")
    for item in sorted(root.iterdir(), key=lambda p: p.name):
        if not item.name.endswith(".txt"):
            continue
        body = item.read_text(encoding="utf-8").split("\n", 1)[-1]
        paras.extend(p.strip() for p in body.split("\n\n") if len(p.split()) >= 8)
    return paras


def make_corpus(n: int, *, seed: int = 20261124, words: int = 450) -> list[str]:
    """``n`` news-length texts recombined from the bundled examples."""
    rng = random.Random(seed)
    paras = _paragraphs()
    if not paras:
        raise RuntimeError("no example articles packaged under sitrep/examples")
    texts = []
    for _ in range(n):
        out: list[str] = []
        count = 0
        while count < words:
            p = rng.choice(paras)
            p = re.sub(r"\b\d{1,3}\b", lambda m: str(max(1, int(m.group()) + rng.randint(-5, 5))), p)
            p = re.sub("|".join(WEEKDAYS), lambda m: rng.choice(WEEKDAYS), p)
            out.append(p)
            count += len(p.split())
        texts.append("\n\n".join(out))
    return texts


GAZETTEER_PROBES = ("Paris", "Mazar-e Sharif", "Springfield", "Ga.", "Laurel County", "Ontario", "Xqzzvy", "Ma'rib")


def gazetteer_cost(options: Options, *, rounds: int = 2000) -> dict[str, Any]:
    """Seconds to load the cached gazetteer and microseconds per name lookup (context-free,
    a mix of homonyms, variants, areas and an unknown name)."""
    from sitrep.gazetteer import Gazetteer

    t0 = time.perf_counter()
    gaz = Gazetteer.load(options.cache_dir)
    load_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    for _ in range(rounds):
        for name in GAZETTEER_PROBES:
            gaz.resolve(name, context_countries=("USA",))
    per = (time.perf_counter() - t0) / (rounds * len(GAZETTEER_PROBES))
    return {"gazetteer_records": len(gaz), "gazetteer_load_s": round(load_s, 2), "gazetteer_lookup_us": round(per * 1e6, 1)}


def run_speed(*, n: int = 500, n_process: int = 1, options: Options | None = None) -> dict[str, Any]:
    """Articles per second for the full pipeline and for bare spaCy, and their ratio."""
    from sitrep.pipeline import Pipeline

    opts = replace(options or Options(), n_process=n_process, published=date(2024, 3, 10))
    texts = make_corpus(n)
    pipeline = Pipeline(opts)  # loads the model and every stage's resources once
    nlp = pipeline.nlp
    list(nlp.pipe(texts[:8]))  # warm-up, both sides share it

    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=opts.batch_size, n_process=n_process):
        pass
    spacy_s = time.perf_counter() - t0

    articles = (Article(id=f"speed-{i}", text=t, published=opts.published) for i, t in enumerate(texts))
    t0 = time.perf_counter()
    done = sum(1 for _ in pipeline.run(articles))
    sitrep_s = time.perf_counter() - t0

    words = sum(len(t.split()) for t in texts)
    return {
        **gazetteer_cost(opts),
        "n": n,
        "n_process": n_process,
        "batch_size": opts.batch_size,
        "mean_words": round(words / n, 1),
        "spacy_seconds": round(spacy_s, 2),
        "sitrep_seconds": round(sitrep_s, 2),
        "spacy_articles_per_s": round(n / spacy_s, 2),
        "sitrep_articles_per_s": round(done / sitrep_s, 2),
        "ratio": round((done / sitrep_s) / (n / spacy_s), 3),
    }
