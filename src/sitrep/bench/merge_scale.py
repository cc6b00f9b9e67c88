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

Reported: seconds (wall clock) and CPU seconds of this process, each split into
generating the stream and merging it (timed per batch of 10,000), merge mentions per second, peak resident memory (``ru_maxrss``; the
process's peak, interpreter included) and its growth during the run, incidents
found vs true, B-cubed precision/recall/F1 against the generator's truth.
"""
from __future__ import annotations

import bisect
import datetime as dt
import gc
import heapq
import itertools
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
    """``n`` (mention, true incident number) pairs in publication order.

    Written for speed (a million mentions): bound methods and per-country strings
    hoisted, dates made once per day, ``choices``/``uniform`` spelled out as the
    standard library computes them, so the stream is draw for draw the same.
    """
    rng = random.Random(seed)
    boxes = [(rng.uniform(-35, 55), rng.uniform(-20, 130)) for _ in range(countries)]  # south-west corners, 8x8 degrees
    towns = [(c, boxes[c][0] + rng.random() * 8, boxes[c][1] + rng.random() * 8)
             for c in range(countries) for _ in range(towns_per_country)]
    codes = [[f"C{c:02d}G{k}" for k in range(8)] for c in range(countries)]
    country_codes = [f"C{c:02d}" for c in range(countries)]
    town_names = [f"T{c}" for c in range(countries)]
    per_day = max(1, round(n / 3.0 / _DAYS))
    pending: list[tuple[int, int, IncidentMention, int]] = []
    emitted = 0
    incident = 0
    seq = 0
    day = 0
    fam_names = [f for f, _ in _FAMILIES]
    fam_cum = list(itertools.accumulate(w for _, w in _FAMILIES))  # as random.choices does
    fam_total, fam_hi = fam_cum[-1] + 0.0, len(fam_cum) - 1
    tolls = (0, 1, 2, 3, 5, 8, 12, 20, 40)
    shifts = (0, 0, 0, 1, 2, -1, 3)
    sources = ("reporter", "officials", "monitor")
    dates: list[dt.date] = []  # day number -> date, made once
    rand, choice, randrange, expovariate = rng.random, rng.choice, rng.randrange, rng.expovariate
    push, pop = heapq.heappush, heapq.heappop
    n_towns = len(towns)
    while emitted < n:
        if day < _DAYS or not pending:
            while len(dates) <= day + 10:
                dates.append(_START + dt.timedelta(days=len(dates)))
            stated = dates[day]
            for _ in range(per_day):
                incident += 1
                c, lat, lon = towns[randrange(n_towns)]
                family = fam_names[bisect.bisect(fam_cum, rand() * fam_total, 0, fam_hi)]
                perp = choice(codes[c]) if rand() < 0.7 else None
                killed = choice(tolls)
                k = 1
                while k < 12 and rand() < 2 / 3:
                    k += 1
                for _ in range(k):
                    published = day + min(int(expovariate(0.8)), 10)
                    r = rand()
                    if r < 0.75:
                        date, inferred = stated, False
                    elif r < 0.995:
                        date, inferred = dates[published], True
                    else:
                        date, inferred = None, False
                    p = rand()
                    if p < 0.967:
                        loc = Location(town_names[c], country_codes[c], None, lat + (-0.04 + 0.08 * rand()), lon + (-0.04 + 0.08 * rand()), "city")
                    elif p < 0.997:
                        loc = Location(country_codes[c], country_codes[c], None, boxes[c][0] + 4, boxes[c][1] + 4, "country")
                    else:
                        loc = None
                    seq += 1
                    art = f"m{seq}"
                    toll = max(0, killed + choice(shifts))
                    figs = [Figure("killed", toll, toll, "exact", [choice(sources)], [art])] if rand() < 0.6 else []
                    mention = IncidentMention(
                        id=art, article=ArticleRef(id=art), family=family, date=date, date_inferred=inferred, location=loc,
                        perpetrators=[Party(name=perp, code=perp)] if perp is not None and rand() < 0.6 else [], figures=figs,
                    )
                    push(pending, (published, seq, mention, incident))
        day += 1
        while pending and pending[0][0] < day and emitted < n:
            _, _, mention, truth = pop(pending)
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


_BATCH = 10_000  # mentions generated, then merged, at a time


def run_merge_scale(n: int = 1_000_000, *, seed: int = 0) -> dict[str, Any]:
    """Merge ``n`` synthetic mentions; time, memory, incidents and B-cubed against the truth."""
    index = IncidentIndex(options=MergeOptions(keep_mentions=False, text_similarity=False))
    truth: list[int] = []
    pred: list[str] = []
    rss0 = _rss_mb()
    gen_seconds = gen_cpu = 0.0
    # The index holds millions of small acyclic objects; CPython's cyclic collector
    # would rescan them again and again as they accumulate. Paused for the run only.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        t0 = time.perf_counter()
        c0 = time.process_time()
        stream = synthetic_stream(n, seed=seed)
        add = index.add
        while True:  # in batches, so the clocks are read twice per batch, not per mention
            g0, gc0 = time.perf_counter(), time.process_time()
            batch = list(itertools.islice(stream, _BATCH))
            gen_seconds += time.perf_counter() - g0
            gen_cpu += time.process_time() - gc0
            if not batch:
                break
            for mention, true_id in batch:
                pred.append(add(mention))
                truth.append(true_id)
            del batch, mention
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
        "merge_cpu_seconds": round(cpu - gen_cpu, 2),
        "generate_cpu_seconds": round(gen_cpu, 2),
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
