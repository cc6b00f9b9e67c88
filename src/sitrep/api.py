"""The small Python API: analyse a text, analyse files, ingest files into a store.

    >>> from sitrep import analyze_text
    >>> report = analyze_text("Shells hit ...", title="...", published="2024-03-02")

Pass ``pipeline=`` to reuse one loaded ``Pipeline`` across calls; otherwise one is
built per distinct ``Options`` and kept for the life of the process (loading the
language model is the expensive part).
"""
from __future__ import annotations

import datetime as dt
import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import IO, TYPE_CHECKING, Literal

from sitrep.config import Options
from sitrep.errors import StoreError
from sitrep.model import Article, Report, Skip

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from sitrep.pipeline import Pipeline
    from sitrep.store.duck import Store

__all__ = ["analyze_text", "analyze_paths", "analyze_merge_inputs", "ingest_paths", "IngestSummary", "get_pipeline"]

Outcome = Literal["stored", "unchanged", "skipped"]


@lru_cache(maxsize=2)
def get_pipeline(options: Options) -> Pipeline:
    """A Pipeline for these options, built once per process."""
    from sitrep.pipeline import Pipeline

    return Pipeline(options)


def analyze_text(
    text: str,
    *,
    title: str | None = None,
    published: dt.date | str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    options: Options | None = None,
    pipeline: Pipeline | None = None,
    external_id: str | None = None,
) -> Report:
    """The report of one story (raises InputError when the text cannot be analysed, ConfigError
    for a ``published`` that is no date or cannot be one); ``external_id`` is the caller's own
    id for it, kept on the report's article."""
    from sitrep.ingest.readers import make_article, published_date

    options = options or (pipeline.options if pipeline else Options())
    day = published_date(published)  # one story: a bad date is an error here, not a warning
    article = make_article(text, options=options, title=title, published=day, outlet=outlet, url=url, external=external_id)
    return (pipeline or get_pipeline(options)).analyze(article)


def analyze_paths(
    paths: Sequence[str | Path], *, options: Options | None = None, pipeline: Pipeline | None = None, stdin: IO[bytes] | None = None
) -> Iterator[Report | Skip]:
    """Reports and skips for files, folders and ``-`` (stdin), streamed in input order.

    The language model is loaded only when the first document arrives.
    """
    from sitrep.ingest.readers import read_paths

    options = options or (pipeline.options if pipeline else Options())
    yield from _run_lazily(read_paths(paths, options, stdin=stdin), options=options, pipeline=pipeline)


def analyze_merge_inputs(
    paths: Sequence[str | Path], *, options: Options | None = None, pipeline: Pipeline | None = None,
    stdin: IO[bytes] | None = None,
) -> Iterator[Report | Skip]:
    """Reports for what ``sitrep merge`` reads (:mod:`sitrep.merge.inputs`), in input order:
    reports pass through, articles are analysed in batches of ``options.batch_size`` (the
    model is loaded only when the first article arrives, so a merge of reports loads none).
    A report or skip read while articles wait for their batch waits with them, so the rows
    come out in the order of the inputs (users match them to their files)."""
    from sitrep.merge.inputs import read_merge_inputs

    options = options or (pipeline.options if pipeline else Options())
    size = max(1, options.batch_size)
    held: list[Report | Article | Skip] = []  # in input order, from the first article not yet analysed

    def flush() -> Iterator[Report | Skip]:
        articles = [x for x in held if isinstance(x, Article)]
        done = iter((pipeline or get_pipeline(options)).run(articles) if articles else ())
        for x in held:
            yield next(done) if isinstance(x, Article) else x
        held.clear()

    for item in read_merge_inputs(paths, options, stdin=stdin):
        if not held and not isinstance(item, Article):
            yield item
            continue
        held.append(item)
        if len(held) >= size:
            yield from flush()
    yield from flush()


@dataclass(slots=True)
class IngestSummary:
    read: int = 0
    stored: int = 0
    unchanged: int = 0
    skipped: int = 0
    reasons: Counter[str] = field(default_factory=Counter)  # "E005 not English" -> count

    def as_dict(self) -> dict[str, object]:
        return {"read": self.read, "stored": self.stored, "unchanged": self.unchanged, "skipped": self.skipped,
                "reasons": dict(self.reasons)}


def ingest_paths(
    paths: Sequence[str | Path],
    *,
    store: Store,
    options: Options | None = None,
    pipeline: Pipeline | None = None,
    on_item: Callable[[Outcome, Report | Skip | Article], None] | None = None,
    stdin: IO[bytes] | None = None,
) -> IngestSummary:
    """Analyse documents into ``store``; already stored articles are not re-analysed.

    Commits every ``options.batch_size`` documents, so an interrupted run loses at
    most one batch and the next run resumes where this one stopped. With
    ``options.workers > 1`` or ``options.scheduler`` the analysis runs on a Dask
    cluster (``sitrep.scale``) and this process stays the only writer. With
    ``options.incidents`` each newly stored report is attached to the incident it
    describes (or opens one) here, in the writer, in the same transaction as its rows.
    An article that an earlier run skipped for the time limit (E023) is not analysed again
    (each try would cost the whole limit, and the pipeline is deterministic) unless
    ``options.retry_timeouts`` or ``options.time_limit`` is now 0 or larger than the limit
    it ran past; it is counted as skipped. An edited file is a new article and is analysed.
    """
    from sitrep.ingest.readers import read_paths

    options = options or (pipeline.options if pipeline else Options())
    summary = IngestSummary()
    notify = on_item or (lambda outcome, item: None)
    batch = max(1, options.batch_size)
    pending = 0
    written: list[Report | Skip] = []  # what this batch stored, to write again if its commit fails

    def tick() -> None:
        nonlocal pending
        pending += 1
        if pending >= batch:
            _commit(store, written)
            pending = 0

    def fresh(items: Iterable[Article | Skip]) -> Iterator[Article | Skip]:
        for item in items:
            summary.read += 1
            if isinstance(item, Article) and store.has(item.id):
                summary.unchanged += 1
                notify("unchanged", item)
                tick()
                continue
            if isinstance(item, Article) and (skip := _timed_out_before(store, item, options)):
                log.info("%s: skipped for the time limit of %g s before; not analysed again (--retry-timeouts,"
                         " or a larger --time-limit, to)", skip.origin, skip.time_limit)
                summary.skipped += 1
                summary.reasons[f"{skip.code} {skip.reason}"] += 1
                notify("skipped", skip)
                tick()
                continue
            yield item

    items = fresh(read_paths(paths, options, stdin=stdin))
    if options.scheduler or options.workers > 1:
        from sitrep.scale import run_distributed

        results = run_distributed(items, options=options)
    else:
        results = _run_lazily(items, options=options, pipeline=pipeline)
    for result in results:
        stored = _write(store, result, written, options) if isinstance(result, Report) else None
        if isinstance(stored, Skip):
            result = stored
        if isinstance(result, Skip):
            summary.skipped += 1
            summary.reasons[f"{result.code} {result.reason}"] += 1
            if store.write_skip(result):
                written.append(result)
            notify("skipped", result)
        elif stored:
            written.append(result)
            if options.incidents:
                _attach(store, result)
            summary.stored += 1
            notify("stored", result)
        else:  # the same article twice in one run
            summary.unchanged += 1
            notify("unchanged", result)
        tick()
    _commit(store, written)
    return summary


def _timed_out_before(store: Store, article: Article, options: Options) -> Skip | None:
    """The recorded E023 skip of this very article (same origin, same content) when trying it
    again under ``options`` would only time out again: no retry asked, and a limit that is
    not larger than the one it ran past (0 = none is larger than any)."""
    if options.retry_timeouts or not options.time_limit > 0:
        return None
    skip = store.timed_out(article.origin or article.id, article.id)
    if skip is None or (skip.time_limit is not None and options.time_limit > skip.time_limit):
        return None
    return skip


def _replay(store: Store, written: list[Report | Skip], *, attach: bool) -> None:
    """Write a rolled-back batch's items again (``attach``: each report joins its incident too)."""
    for item in written:
        if isinstance(item, Skip):
            store.write_skip(item)
        else:
            store.write(item)
            if attach:
                _attach(store, item)


def _commit(store: Store, written: list[Report | Skip]) -> None:
    """Commit a batch; if its incident rows cannot be written, keep its articles without them.

    The incident rows are flushed in the same transaction as the articles, so a failure
    there (a bug, not bad input) would otherwise lose the whole batch. The batch is
    rolled back and written again without incidents; ``attach_pending`` (``sitrep
    incidents --backfill``) attaches those articles later.
    """
    try:
        store.commit()
    except StoreError:  # the database itself cannot be written (E041: a full disk): writing again would not help
        raise
    except Exception as err:  # noqa: BLE001 - the articles must survive a merge-stage failure
        from sitrep.errors import E

        store.rollback()
        n = sum(isinstance(r, Report) for r in written)
        log.error("[E037] %s", E.E037.format(detail=f"{type(err).__name__}: {err}", n=n), exc_info=err)
        _replay(store, written, attach=False)
        store.commit()
    written.clear()


def _write(store: Store, report: Report, written: list[Report | Skip], options: Options) -> bool | Skip:
    """Store one report (False when it is stored already); a Skip (E039) when the store
    cannot hold it (a bug, not bad input): the failed statement aborts the open
    transaction, so the batch is rolled back and its stored items are written again, and
    the run goes on without this report."""
    try:
        return store.write(report)
    except Exception as err:  # noqa: BLE001 - one unstorable report must not cost the batch or stop the run
        from sitrep.errors import E

        origin = report.article.origin or report.article.id
        log.error("[E039] %s: %s", origin, E.E039.format(detail=f"{type(err).__name__}: {err}"), exc_info=err)
        store.rollback()
        _replay(store, written, attach=options.incidents)
        detail = str(err).splitlines()[0] if str(err) else type(err).__name__
        return Skip(origin=origin, reason=E.E039.format(detail=detail), code="E039")


def _attach(store: Store, report: Report) -> None:
    """Attach a stored report to incidents; a failure is logged (E036) and the run goes on."""
    try:
        store.attach_incidents(report)
    except Exception as err:  # noqa: BLE001 - the article stays stored; one bad report must not stop a batch
        from sitrep.errors import E

        log.error("[E036] %s", E.E036.format(article=report.article.origin or report.article.id,
                                             detail=f"{type(err).__name__}: {err}"), exc_info=err)


def _run_lazily(
    items: Iterable[Article | Skip], *, options: Options, pipeline: Pipeline | None = None
) -> Iterator[Report | Skip]:
    """Run already-read items through a pipeline that is built only if an Article arrives."""
    buffered: list[Article | Skip] = []
    it = iter(items)
    for item in it:
        if isinstance(item, Skip):
            yield item  # skips need no model; stream them straight through
            continue
        buffered.append(item)
        break
    if not buffered:
        return
    yield from (pipeline or get_pipeline(options)).run(chain(buffered, it))
