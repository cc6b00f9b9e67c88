"""``sitrep bench merge-scale``: a synthetic stream of event mentions through IncidentIndex.

The generator (seeded) draws incidents over four years at towns spread over
120 country-sized boxes of 8 x 8 degrees (1,000 towns each; about the area
of the regions ACLED covers, with a similar rate of events per day), in the three families (violence 70%,
protest 25%, other 5%); each incident is reported by 1 + a geometric number of
mentions (mean 3, at most 12) published over the following days, so duplicates
of one incident arrive interleaved with other incidents, in publication order.
Like real reports, a mention may state the event date (75%), give only its
publication date (20%) or no date (0.5%); place it by a point near the town
(within ~5 km; 96.7%), only by country (3%) or not at all (0.3%); name a perpetrator
code of its country, or not; and give a killed figure that differs between
claimers. Every mention goes through the same :class:`IncidentIndex` as
``sitrep merge`` (``keep_mentions=False``: assignments only).

Reported: seconds (wall clock) and CPU seconds of this process, mentions per second, peak resident memory (``ru_maxrss``; the
process's peak, interpreter included) and its growth during the run, incidents
found vs true, B-cubed precision/recall/F1 against the generator's truth.
"""
from __future__ import annotations

import datetime as dt
import gc
import heapq
import logging
import random
import resource
import time
from collections.abc import Iterator
from typing import Any

from sitrep.merge.index import IncidentIndex, MergeOptions
from sitrep.model import ArticleRef, Figure, IncidentMention, Location, Party

__all__ = ["synthetic_stream", "bcubed", "run_merge_scale"]

log = logging.getLogger(__name__)

_START = dt.date(2021, 1, 1)
_DAYS = 4 * 365
_FAMILIES = (("violence", 0.70), ("protest", 0.25), ("other", 0.05))


def synthetic_stream(n: int, *, seed: int = 0, countries: int = 120, towns_per_country: int = 1000) -> Iterator[tuple[IncidentMention, int]]:
    """``n`` (mention, true incident number) pairs in publication order."""
    rng = random.Random(seed)
    boxes = [(rng.uniform(-35, 55), rng.uniform(-20, 130)) for _ in range(countries)]  # south-west corners, 8x8 degrees
    towns = [(c, boxes[c][0] + rng.random() * 8, boxes[c][1] + rng.random() * 8)
             for c in range(countries) for _ in range(towns_per_country)]
    codes = [[f"C{c:02d}G{k}" for k in range(8)] for c in range(countries)]
    per_day = max(1, round(n / 3.0 / _DAYS))
    pending: list[tuple[int, int, IncidentMention, int]] = []
    emitted = 0
    incident = 0
    seq = 0
    day = 0
    fam_names = [f for f, _ in _FAMILIES]
    fam_weights = [w for _, w in _FAMILIES]
    while emitted < n:
        if day < _DAYS or not pending:
            for _ in range(per_day):
                incident += 1
                c, lat, lon = towns[rng.randrange(len(towns))]
                family = rng.choices(fam_names, fam_weights)[0]
                perp = rng.choice(codes[c]) if rng.random() < 0.7 else None
                killed = rng.choice((0, 1, 2, 3, 5, 8, 12, 20, 40))
                k = 1
                while k < 12 and rng.random() < 2 / 3:
                    k += 1
                for _ in range(k):
                    published = day + min(int(rng.expovariate(0.8)), 10)
                    r = rng.random()
                    if r < 0.75:
                        date, inferred = _START + dt.timedelta(days=day), False
                    elif r < 0.995:
                        date, inferred = _START + dt.timedelta(days=published), True
                    else:
                        date, inferred = None, False
                    p = rng.random()
                    if p < 0.967:
                        loc = Location(f"T{c}", f"C{c:02d}", None, lat + rng.uniform(-0.04, 0.04), lon + rng.uniform(-0.04, 0.04), "city")
                    elif p < 0.997:
                        loc = Location(f"C{c:02d}", f"C{c:02d}", None, boxes[c][0] + 4, boxes[c][1] + 4, "country")
                    else:
                        loc = None
                    seq += 1
                    art = f"m{seq}"
                    toll = max(0, killed + rng.choice((0, 0, 0, 1, 2, -1, 3)))
                    figs = [Figure("killed", toll, toll, "exact", [rng.choice(("reporter", "officials", "monitor"))], [art])] if rng.random() < 0.6 else []
                    mention = IncidentMention(
                        id=art, article=ArticleRef(id=art), family=family, date=date, date_inferred=inferred, location=loc,
                        perpetrators=[Party(name=perp, code=perp)] if perp is not None and rng.random() < 0.6 else [], figures=figs,
                    )
                    heapq.heappush(pending, (published, seq, mention, incident))
        day += 1
        while pending and pending[0][0] < day and emitted < n:
            _, _, mention, truth = heapq.heappop(pending)
            emitted += 1
            yield mention, truth


def bcubed(truth: list[int], pred: list[str]) -> tuple[float, float, float]:
    """B-cubed precision, recall, F1 of a clustering given as parallel labels."""
    from collections import Counter

    pair = Counter(zip(truth, pred))
    t_size = Counter(truth)
    p_size = Counter(pred)
    n = len(truth)
    if not n:
        return 0.0, 0.0, 0.0
    prec = sum(c * c / p_size[p] for (_, p), c in pair.items()) / n
    rec = sum(c * c / t_size[t] for (t, _), c in pair.items()) / n
    return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # Linux reports KiB


def run_merge_scale(n: int = 1_000_000, *, seed: int = 0) -> dict[str, Any]:
    """Merge ``n`` synthetic mentions; time, memory, incidents and B-cubed against the truth."""
    index = IncidentIndex(options=MergeOptions(keep_mentions=False, text_similarity=False))
    truth: list[int] = []
    pred: list[str] = []
    rss0 = _rss_mb()
    gen_seconds = 0.0
    # The index holds millions of small acyclic objects; CPython's cyclic collector
    # would rescan them again and again as they accumulate. Paused for the run only.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        t0 = time.perf_counter()
        c0 = time.process_time()
        stream = synthetic_stream(n, seed=seed)
        while True:
            g0 = time.perf_counter()
            item = next(stream, None)
            gen_seconds += time.perf_counter() - g0
            if item is None:
                break
            mention, true_id = item
            pred.append(index.add(mention))
            truth.append(true_id)
        total = time.perf_counter() - t0
        cpu = time.process_time() - c0
    finally:
        if was_enabled:
            gc.enable()
    merge_seconds = total - gen_seconds
    p, r, f = bcubed(truth, pred)
    return {
        "n": len(truth),
        "seconds": round(total, 2),
        "cpu_seconds": round(cpu, 2),  # differs from seconds when other processes share the cores
        "merge_seconds": round(merge_seconds, 2),
        "generate_seconds": round(gen_seconds, 2),
        "mentions_per_second": round(len(truth) / merge_seconds) if merge_seconds else None,
        "peak_rss_mb": round(_rss_mb(), 1),
        "rss_growth_mb": round(_rss_mb() - rss0, 1),
        "incidents_true": len(set(truth)),
        "incidents_found": len(index),
        "bcubed_precision": round(p, 4),
        "bcubed_recall": round(r, 4),
        "bcubed_f1": round(f, 4),
        "seed": seed,
    }
