"""``sitrep bench incidents-store``: attach speed of the DuckDB incident path on a store of N mentions.

The synthetic stream of ``sitrep bench merge-scale`` (same generator, same seed)
fills a fresh store with its first ``n - attach`` mentions, written in bulk from
the batch :class:`IncidentIndex` (the ids and groups incremental ingest gives for
the same stream, so the store is what ``sitrep ingest`` would have left, minus
the articles' text); then the last ``attach`` mentions go one by one through
:class:`IncidentWriter`, the code path of ``sitrep ingest``, committing every
``batch`` mentions as ingest commits per batch of documents. Only that second
phase is timed: it is the cost of one more report arriving at a store of that size.

Reported: ``seconds`` and ``mentions_per_second`` of the attach phase, ``ms_per_mention``,
``fill_seconds`` (the bulk fill, not the thing measured), ``peak_rss_mb`` (the process's
peak, interpreter, stream and batch index included, so mostly the fill's), ``rss_growth_mb``
(growth of that peak during the attach phase), ``blocks_mb`` (the Python memory of the
blocking columns the writer holds in memory for a store of that size; its parsed-mention
cache is bounded apart by ``IncidentWriter.CACHE``), and
``agree_with_batch``: the share of attached mentions given the same incident id as
the batch index over the whole stream (1.0 when the store path decides as ``sitrep merge``).
"""
from __future__ import annotations

import gc
import json
import logging
import resource
import tempfile
import time
from pathlib import Path
from typing import Any

from sitrep.bench.merge_scale import synthetic_stream
from sitrep.merge.index import IncidentIndex, MergeOptions
from sitrep.model import to_dict

__all__ = ["fill_store", "run_incidents_store"]

log = logging.getLogger(__name__)


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # Linux reports KiB


def _blocks_mb(con: Any) -> float:
    """Python memory of the blocking columns the store's writer holds for this store (measured
    apart, after the timed phase, by loading them again under tracemalloc)."""
    import tracemalloc

    from sitrep.store.incidents import _Blocks

    tracemalloc.start()
    try:
        blocks = _Blocks.load(con)
        size = tracemalloc.get_traced_memory()[0]
        del blocks
    finally:
        tracemalloc.stop()
    return round(size / 2**20, 1)


def _insert_columns(con: Any, table: str, rows: list[list[Any]]) -> None:
    """Bulk insert: one list parameter per column, zipped back into rows by ``unnest``."""
    if not rows:
        return
    cols = list(zip(*rows))
    con.execute(f"INSERT INTO {table} SELECT {', '.join('unnest(?)' for _ in cols)}", [list(c) for c in cols])


def fill_store(con: Any, mentions: list, index: IncidentIndex) -> None:
    """Write ``mentions`` (already added to ``index``, in order) as ``IncidentWriter`` would have."""
    from sitrep.store.incidents import incident_row

    ids = [m.article.id for m in mentions]
    con.execute("INSERT INTO articles (id, content_hash, text) SELECT x, x, '' FROM unnest(?) t(x)", [ids])
    rows, first = [], {}
    for seq, m in enumerate(mentions, start=1):
        iid = index.assignment[m.id]
        first.setdefault(iid, seq)
        region, _ = index.block_keys(m)
        rows.append([m.id, iid, m.article.id, 0, seq, region, m.date, m.date_inferred, m.family,
                     json.dumps(to_dict(m), ensure_ascii=False)])
    _insert_columns(con, "incident_mentions", rows)
    inc_rows = [incident_row(index.incident(iid), seq=s, n_mentions=len(index.mentions(iid))) for iid, s in first.items()]
    _insert_columns(con, "incidents", inc_rows)


def run_incidents_store(n: int = 10_000, *, attach: int = 1000, batch: int = 50, seed: int = 0,
                        db: Path | None = None) -> dict[str, Any]:
    """Fill a store with ``n - attach`` synthetic mentions, time attaching the last ``attach``."""
    from sitrep.store.duck import Store

    attach = max(1, min(attach, n))
    stream = [m for m, _ in synthetic_stream(n, seed=seed)]
    head, tail = stream[: n - attach], stream[n - attach:]
    batch_index = IncidentIndex(options=MergeOptions())
    for m in stream:
        batch_index.add(m)
    with tempfile.TemporaryDirectory(prefix="sitrep-incstore-") as tmp:
        path = Path(db) if db is not None else Path(tmp) / "store.duckdb"
        store = Store(path)
        try:
            con = store.con
            t0 = time.perf_counter()
            fill_index = IncidentIndex(options=MergeOptions())
            for m in head:
                fill_index.add(m)
            con.execute("BEGIN TRANSACTION")
            fill_store(con, head, fill_index)
            con.execute("INSERT INTO articles (id, content_hash, text) SELECT x, x, '' FROM unnest(?) t(x)",
                        [[m.article.id for m in tail]])
            con.execute("COMMIT")
            fill_seconds = time.perf_counter() - t0
            del fill_index
            gc.collect()
            rss0 = _rss_mb()
            writer = store._incidents
            got: list[str] = []
            t0 = time.perf_counter()
            c0 = time.process_time()
            for i in range(0, len(tail), batch):
                store._begin()  # as ingest: the store's writer, a commit per batch
                for m in tail[i:i + batch]:
                    got.append(writer.attach_mention(m))
                store.commit()
            seconds = time.perf_counter() - t0
            cpu = time.process_time() - c0
            incidents = int(con.execute("SELECT count(*) FROM incidents").fetchone()[0])
            blocks_mb = _blocks_mb(con)
        finally:
            store.close()
    agree = sum(g == batch_index.assignment[m.id] for g, m in zip(got, tail)) / len(tail)
    return {
        "n": n,
        "attached": len(tail),
        "batch": batch,
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu, 2),
        "mentions_per_second": round(len(tail) / seconds, 1) if seconds else None,
        "ms_per_mention": round(1000 * seconds / len(tail), 2),
        "fill_seconds": round(fill_seconds, 2),
        "peak_rss_mb": round(_rss_mb(), 1),
        "rss_growth_mb": round(_rss_mb() - rss0, 1),
        "blocks_mb": blocks_mb,
        "incidents": incidents,
        "agree_with_batch": round(agree, 4),
        "seed": seed,
    }
