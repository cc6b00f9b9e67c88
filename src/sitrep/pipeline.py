"""The one data path: ingest -> annotate -> extract -> report.

``Pipeline`` loads the spaCy model and the extraction stages once, then streams
articles through them. A document that fails becomes a ``Skip`` with its reason;
the batch goes on. So does one whose analysis runs past ``options.time_limit``
(E023, :mod:`sitrep.watchdog`).
"""
from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import TYPE_CHECKING

from sitrep.annotate.nlp import annotate, load_nlp
from sitrep.annotate.tokens import remember_text
from sitrep.config import Options
from sitrep.errors import InputError, SitrepError
from sitrep.extract.base import Analysis, Stage
from sitrep.model import Article, Report, Skip
from sitrep.watchdog import TimeLimitExceeded, deadline

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["Pipeline", "default_stages", "check_stage_order"]

log = logging.getLogger(__name__)

BASE_FIELDS = ("article", "doc")


def default_stages(options: Options) -> list[Stage]:
    """The built-in extraction stages, in order."""
    from sitrep.extract.actors import ActorStage
    from sitrep.extract.dates import DateStage
    from sitrep.extract.events import EventStage
    from sitrep.extract.magnitudes import MagnitudeStage
    from sitrep.extract.places import PlaceStage
    from sitrep.extract.quotes import QuoteStage

    return [
        ActorStage(options),
        PlaceStage(options),
        DateStage(options),
        MagnitudeStage(options),
        QuoteStage(options),
        EventStage(options),
    ]


def check_stage_order(stages: Sequence[Stage]) -> None:
    """Raise ValueError when a stage needs a field no earlier stage adds."""
    available = set(BASE_FIELDS)
    for stage in stages:
        missing = [n for n in stage.needs if n not in available]
        if missing:
            raise ValueError(f"stage {stage.name!r} needs {missing}, which no earlier stage adds")
        available.update(stage.adds)


def _time_limit_error(article: Article, limit: float) -> InputError:
    """The E023 error of an article whose analysis ran past the time limit; logged here, once."""
    err = InputError("E023", limit=limit, article=article.id)
    log.error("%s: %s", article.origin or article.id, err.message)
    return err


def _timeout_skip(article: Article, limit: float) -> Skip:
    """The E023 skip, with the article's id and the limit as data (a resumed ingest reads them)."""
    err = _time_limit_error(article, limit)
    return Skip(origin=article.origin or article.id, reason=err.message, code=err.code, article_id=article.id, time_limit=limit)


class Pipeline:
    """Analyse articles into reports. Build once, reuse for many articles."""

    def __init__(self, options: Options | None = None, *, stages: Sequence[Stage] | None = None) -> None:
        self.options = options or Options()
        self.nlp = load_nlp(self.options.model)
        self.stages = list(stages) if stages is not None else default_stages(self.options)
        check_stage_order(self.stages)

    def analyze(self, article: Article) -> Report:
        """One article to its report (errors propagate; InputError E023 past the time limit)."""
        limit = self.options.time_limit
        try:
            with deadline(limit):
                doc = next(annotate(self.nlp, [article.text]))
                return self._extract(article, doc)
        except TimeLimitExceeded:
            raise _time_limit_error(article, limit) from None

    def run(self, items: Iterable[Article | Skip]) -> Iterator[Report | Skip]:
        """Stream reports (and skips) for a stream of articles, in input order."""
        it = iter(items)
        size = max(1, self.options.batch_size)
        while chunk := list(islice(it, size)):
            articles = [a for a in chunk if isinstance(a, Article)]
            docs = iter(self._parse(articles, size))
            for item in chunk:
                if isinstance(item, Skip):
                    yield item
                    continue
                doc = next(docs)
                if isinstance(doc, TimeLimitExceeded):
                    yield _timeout_skip(item, self.options.time_limit)
                    continue
                if isinstance(doc, Exception):
                    log.error("parsing failed on %s", item.origin or item.id, exc_info=doc)
                    yield Skip.internal(item.origin or item.id, doc)
                    continue
                try:
                    with deadline(self.options.time_limit):
                        report = self._extract(item, doc)
                    yield report
                except TimeLimitExceeded:
                    yield _timeout_skip(item, self.options.time_limit)
                except SitrepError as err:
                    yield Skip(origin=item.origin or item.id, reason=err.message, code=err.code)
                except Exception as err:  # noqa: BLE001 - one bad document must not stop a batch
                    log.exception("extraction failed on %s", item.origin or item.id)
                    yield Skip.internal(item.origin or item.id, err)

    def _parse(self, articles: list[Article], size: int) -> list[Doc | BaseException]:
        """The docs of a chunk, in order; a failure stands in the place of its article's doc.

        A text longer than spaCy's ``max_length`` (which ``max_chars`` may allow) makes
        ``nlp.pipe`` raise for the whole batch: such a text is parsed alone, before batching,
        so the rest of the chunk is parsed once, in one batch. Should the batch still fail
        (nothing known does), each of its articles is parsed alone. The parse runs under the
        time limit too (the pipeline's Python components could stall like a stage): the batch
        gets the limit once per article, and past it each article is parsed alone under its
        own limit, so only the one that stalls becomes a skip."""
        limit = self.options.time_limit
        out: list[Doc | BaseException | None] = [None] * len(articles)
        batch = []
        for k, a in enumerate(articles):
            if len(a.text) > self.nlp.max_length:
                out[k] = self._parse_one(a)
            else:
                batch.append(k)
        try:
            with deadline(limit * len(batch)):
                docs = list(annotate(self.nlp, (articles[k].text for k in batch), batch_size=size, n_process=self.options.n_process))
        except TimeLimitExceeded:
            log.warning("parsing a batch of %d ran past %g s; parsing its articles one by one", len(batch), limit * len(batch))
            docs = [self._parse_one(articles[k]) for k in batch]
        except Exception as err:  # noqa: BLE001 - find the one text, keep the others
            log.warning("parsing a batch of %d failed (%s: %s); parsing its articles one by one", len(batch), type(err).__name__, err)
            docs = [self._parse_one(articles[k]) for k in batch]
        for k, doc in zip(batch, docs):
            out[k] = doc
        return out

    def _parse_one(self, article: Article) -> Doc | BaseException:
        """The doc of one article, or the exception that parsing it raised (its skip), or
        TimeLimitExceeded when parsing it ran past the time limit."""
        try:
            with deadline(self.options.time_limit):
                return next(annotate(self.nlp, [article.text]))
        except TimeLimitExceeded:
            return TimeLimitExceeded()  # (a fresh one: the raised one would keep the parse's frames alive)
        except Exception as err:  # noqa: BLE001 - recorded as this article's skip
            return err

    def extract(self, article: Article, doc) -> Report:
        """Run the extraction stages on an article already parsed into ``doc``."""
        return self._extract(article, doc)

    def _extract(self, article: Article, doc) -> Report:
        remember_text(doc, article.text)  # stages slice it instead of rebuilding Doc.text
        analysis = Analysis(article=article, doc=doc, options=self.options)
        for stage in self.stages:
            analysis = stage(analysis)
        return Report(
            article=article,
            events=analysis.events,
            quotes=analysis.quotes,
            places=analysis.places,
            actors=analysis.actors,
        )
