"""Scale-out: run the pipeline on a Dask cluster while this process stays the single writer.

``sitrep ingest --workers 4`` starts a local Dask cluster of worker processes;
``--scheduler tcp://host:8786`` uses a cluster that is already running (several
machines). Articles are read and deduplicated here, sent to the workers in batches of
``options.batch_size``, and the reports come back as each batch finishes, so the
store still has one writer, per-batch commits and resume-by-content-hash. At most a
few batches per worker are in flight, so memory stays flat on any input size.

Each worker process builds its ``Pipeline`` once (``api.get_pipeline`` is cached per
process). A batch whose worker fails for good (Dask retries a lost worker's tasks on
another one) comes back as one Skip per article with code E022; the run goes on.
"""
from __future__ import annotations

import gc
import logging
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from itertools import islice
from typing import Any

from sitrep.config import Options
from sitrep.errors import E, ConfigError
from sitrep.model import Article, Report, Skip

__all__ = ["run_distributed", "analyze_batch", "local_cluster"]

log = logging.getLogger(__name__)

IN_FLIGHT_PER_WORKER = 2


def analyze_batch(articles: list[Article], options: Options) -> list[Report | Skip]:
    """What one Dask task does: analyse a batch with this worker's cached pipeline."""
    from sitrep.api import get_pipeline

    return list(get_pipeline(options).run(articles))


def local_cluster(workers: int, *, processes: bool = True) -> Any:
    """A Dask ``LocalCluster`` of ``workers`` worker processes, no dashboard, its HTTP server on a
    free port of this machine only. ``dashboard_address=None`` alone still binds the scheduler's
    HTTP server (health and metrics routes) to port 8787, so two runs at once collided there
    (a "Port 8787 is already in use" warning, the second moved elsewhere); nothing in sitrep
    reads that server. sitrep has no dashboard option: a user who wants one runs a cluster
    and passes ``--scheduler``."""
    from distributed import LocalCluster

    return LocalCluster(n_workers=workers, threads_per_worker=1, processes=processes, dashboard_address=None,
                        scheduler_kwargs={"dashboard_address": "127.0.0.1:0"})


def run_distributed(items: Iterable[Article | Skip], *, options: Options) -> Iterator[Report | Skip]:
    """Reports and skips for ``items``, computed on Dask workers, in completion order."""
    try:
        from distributed import Client, as_completed
    except ImportError as err:
        raise ConfigError("E021", detail=str(err)) from None

    size = max(1, options.batch_size)
    with ExitStack() as stack:
        if options.scheduler:
            failed = None
            try:
                client = stack.enter_context(Client(options.scheduler))
            except (OSError, ValueError, TypeError) as err:  # no such address, no port, nobody listening (a timeout)
                failed = f"{type(err).__name__}: {err}"
            if failed is not None:
                # the half-built Client's finaliser closes its event loop now, while no other Client is starting
                # one: left to a later collection it ran inside the next Client's start and waited there for
                # the lock that start held (a hang, seen in the suite's second bad-address case)
                gc.collect()
                raise ConfigError("E025", address=options.scheduler, detail=failed)
        else:
            cluster = stack.enter_context(local_cluster(options.workers))
            client = stack.enter_context(Client(cluster))
        limit = IN_FLIGHT_PER_WORKER * max(1, len(client.scheduler_info().get("workers", {})) or options.workers)
        log.info("distributed ingest on %s (%d tasks in flight at most)", client.scheduler.address, limit)

        pending = as_completed()
        batches: dict[str, list[Article]] = {}
        it = iter(items)

        def submit_until_full() -> Iterator[Skip]:
            while pending.count() < limit and (chunk := list(islice(it, size))):
                articles = [a for a in chunk if isinstance(a, Article)]
                yield from (s for s in chunk if isinstance(s, Skip))  # skips need no worker
                if articles:
                    future = client.submit(analyze_batch, articles, options, pure=False)
                    batches[future.key] = articles
                    pending.add(future)

        yield from submit_until_full()
        while not pending.is_empty():
            future = next(pending)
            articles = batches.pop(future.key)
            try:
                yield from future.result()
            except Exception as err:  # noqa: BLE001 - a failed batch becomes skips, the run goes on
                log.error("batch of %d articles failed on its worker: %s", len(articles), err)
                reason = E.E022.format(detail=f"{type(err).__name__}: {err}")
                yield from (Skip(origin=a.origin or a.id, reason=reason, code="E022") for a in articles)
            finally:
                future.release()
            yield from submit_until_full()
