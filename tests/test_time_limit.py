"""The per-article time limit (E023): an article whose analysis runs too long becomes a skip,
the batch goes on, and a resumed ingest does not try it again unless asked to.

The slow stage is a fake that loops in Python until it is stopped (the kind of stall the event
stage once had); the limits are short but the fast articles take microseconds, so no test
depends on the machine's speed beyond a wide margin."""
from __future__ import annotations

import threading
import time
from dataclasses import replace

import pytest

from sitrep.config import Options
from sitrep.extract.base import Analysis

SLOW = "This story makes the fake stage loop for ever."


class LoopingStage:
    """Loops until stopped on any article whose text starts with SLOW; returns at once otherwise."""

    name = "looping"
    needs: tuple[str, ...] = ()
    adds: tuple[str, ...] = ()

    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, analysis: Analysis) -> Analysis:
        self.seen.append(analysis.article.id)
        while analysis.article.text.startswith(SLOW):
            try:
                time.sleep(0.01)
            except Exception:  # noqa: BLE001 - a stage that swallows errors must still be stopped
                pass
        return analysis


@pytest.fixture(scope="module")
def slow_pipeline():
    from sitrep.pipeline import Pipeline

    return Pipeline(replace(Options(), time_limit=0.5, batch_size=4), stages=[LoopingStage()])


def _articles():
    from sitrep.model import Article

    return [Article(id="fast-1", text="Police arrested ten people on Monday.", origin="a.txt"),
            Article(id="slow-2", text=SLOW + " Police arrested ten people.", origin="b.txt"),
            Article(id="fast-3", text="Troops shelled the town on Tuesday.", origin="c.txt")]


def test_an_article_over_the_limit_is_a_skip_and_the_next_one_is_analysed(slow_pipeline):
    from sitrep.errors import E
    from sitrep.model import Report, Skip

    slow_pipeline.stages[0].seen.clear()
    t0 = time.perf_counter()
    out = list(slow_pipeline.run(_articles()))
    assert time.perf_counter() - t0 < 60  # stopped, not looping for ever
    assert [type(x) for x in out] == [Report, Skip, Report]
    assert [x.article.id for x in out if isinstance(x, Report)] == ["fast-1", "fast-3"]
    skip = out[1]
    assert skip.code == "E023" and skip.origin == "b.txt"
    assert skip.reason == E.E023.format(limit=0.5, article="slow-2")
    assert "0.5 s" in skip.reason and "(article slow-2)" in skip.reason
    assert (skip.article_id, skip.time_limit) == ("slow-2", 0.5)  # as data too, for a resumed ingest
    assert slow_pipeline.stages[0].seen == ["fast-1", "slow-2", "fast-3"]


def test_the_timer_never_fires_after_its_article(slow_pipeline):
    """Fast articles leave no armed timer behind: a later wait in the same thread is not cut,
    and every timer thread has ended."""
    from sitrep.model import Article

    before = threading.active_count()
    out = list(slow_pipeline.run([Article(id=f"f{i}", text="Police arrested ten people.") for i in range(20)]))
    assert len(out) == 20
    time.sleep(0.8)  # longer than the limit: a stray timer would raise here
    t0 = time.perf_counter()
    while threading.active_count() > before and time.perf_counter() - t0 < 5:
        time.sleep(0.05)
    assert threading.active_count() <= before


def test_each_timeout_is_logged_once(slow_pipeline, caplog):
    import logging

    from sitrep.model import Article

    with caplog.at_level(logging.DEBUG):
        [skip] = list(slow_pipeline.run([Article(id="slow-9", text=SLOW, origin="s.txt")]))
    assert skip.code == "E023"
    loud = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(loud) == 1 and "s.txt" in loud[0].getMessage() and "(article slow-9)" in loud[0].getMessage()


def _within(seconds: float, fn):
    """fn() run in a daemon thread; fails when it has not returned after ``seconds`` (the
    code before the fix looped for ever: the test must fail, not hang)."""
    out: list = []
    worker = threading.Thread(target=lambda: out.append(fn()), daemon=True)
    worker.start()
    worker.join(timeout=seconds)
    assert not worker.is_alive(), f"still running after {seconds} s: no time limit stopped it"
    return out[0]


def _swallows_once(text: str) -> None:
    """A loop whose handler swallows everything once (as a ``__del__``, a weakref callback or an
    ``except BaseException`` does), then a loop that does not."""
    if not text.startswith(SLOW):
        return
    try:
        while True:
            time.sleep(0.01)
    except BaseException:  # noqa: BLE001 - the point of the test
        pass
    while True:
        time.sleep(0.01)


def test_a_swallowed_time_limit_is_raised_again():
    from sitrep.watchdog import TimeLimitExceeded, deadline

    def run() -> str:
        try:
            with deadline(0.2):
                _swallows_once(SLOW)
        except TimeLimitExceeded:
            return "stopped"
        return "returned"

    assert _within(20, run) == "stopped"


def test_a_stage_that_swallows_the_time_limit_is_still_a_skip():
    from sitrep.model import Article, Report, Skip
    from sitrep.pipeline import Pipeline

    class SwallowingStage(LoopingStage):
        def __call__(self, analysis: Analysis) -> Analysis:
            _swallows_once(analysis.article.text)
            return analysis

    pipe = Pipeline(replace(Options(), time_limit=0.3), stages=[SwallowingStage()])
    out = _within(20, lambda: list(pipe.run(_articles())))
    assert [type(x) for x in out] == [Report, Skip, Report] and out[1].code == "E023"


STALL = "This story makes the fake parser loop for ever."


def test_a_parse_over_the_limit_is_a_skip_and_the_others_are_analysed(slow_pipeline, monkeypatch):
    """The parse (spaCy's pipe with sitrep's Python components) runs under the limit too: a
    batch that stalls is parsed again article by article, and only the one that stalls is a skip."""
    import sitrep.pipeline
    from sitrep.model import Article, Report, Skip

    real = sitrep.pipeline.annotate

    def stalling_annotate(nlp, texts, **kwargs):
        for text in texts:
            while text.startswith(STALL):  # a component that loops on this text
                time.sleep(0.01)
            yield from real(nlp, [text])

    monkeypatch.setattr(sitrep.pipeline, "annotate", stalling_annotate)
    slow_pipeline.stages[0].seen.clear()
    articles = [Article(id="fast-1", text="Police arrested ten people on Monday.", origin="a.txt"),
                Article(id="stall-2", text=STALL + " Police arrested ten people.", origin="b.txt"),
                Article(id="fast-3", text="Troops shelled the town on Tuesday.", origin="c.txt")]
    out = _within(30, lambda: list(slow_pipeline.run(articles)))
    assert [type(x) for x in out] == [Report, Skip, Report]
    assert out[1].code == "E023" and out[1].origin == "b.txt" and out[1].article_id == "stall-2"
    assert slow_pipeline.stages[0].seen == ["fast-1", "fast-3"]


def test_one_analysis_over_the_limit_is_an_input_error(slow_pipeline):
    """The HTTP API analyses one story with Pipeline.analyze: past the limit it is E023 (a 422)."""
    from sitrep.errors import InputError
    from sitrep.model import Article

    with pytest.raises(InputError) as err:
        slow_pipeline.analyze(Article(id="slow", text=SLOW))
    assert err.value.code == "E023"


def test_no_limit_when_it_is_zero():
    from sitrep.watchdog import deadline

    before = set(threading.enumerate())  # (threads of earlier tests may end meanwhile: compare sets)
    for seconds in (0, -1, float("inf"), float("nan"), 1e12):  # (a timer cannot wait 1e12 s: no limit either)
        with deadline(seconds):
            time.sleep(0.01)
            assert not set(threading.enumerate()) - before  # no timer thread was started


def test_the_limit_is_an_option_from_the_environment_and_the_flag():
    from sitrep.config import options_from_env

    assert Options().time_limit > 0 and Options().retry_timeouts is False
    assert options_from_env({"SITREP_TIME_LIMIT": "2.5", "SITREP_RETRY_TIMEOUTS": "1"}).time_limit == 2.5
    assert options_from_env({"SITREP_RETRY_TIMEOUTS": "yes"}).retry_timeouts is True
    assert options_from_env({"SITREP_TIME_LIMIT": "2.5"}, time_limit=0.0).time_limit == 0.0


def test_a_resumed_ingest_does_not_retry_a_timed_out_article_unless_asked(tmp_path):
    from sitrep.api import ingest_paths
    from sitrep.pipeline import Pipeline
    from sitrep.store.duck import Store

    stage = LoopingStage()
    for name, text in (("a.txt", "Police arrested ten people on Monday."), ("b.txt", SLOW + " Police arrested ten people."),
                       ("c.txt", "Troops shelled the town on Tuesday.")):
        (tmp_path / name).write_text("Title\n\n" + text + "\n", encoding="utf-8")
    options = replace(Options(), time_limit=0.5, batch_size=2, incidents=False)
    pipe = Pipeline(options, stages=[stage])
    db = tmp_path / "r.duckdb"
    with Store(db) as store:
        first = ingest_paths([tmp_path], store=store, options=options, pipeline=pipe)
        assert (first.stored, first.skipped) == (2, 1)
        assert [k for k in first.reasons] and all(k.startswith("E023 ") for k in first.reasons)
        assert len(stage.seen) == 3
        stage.seen.clear()
        again = ingest_paths([tmp_path], store=store, options=options, pipeline=pipe)
        assert (again.unchanged, again.skipped, again.stored) == (2, 1, 0)
        assert stage.seen == []  # nothing analysed again, the slow one neither
        retry = replace(options, retry_timeouts=True)
        forced = ingest_paths([tmp_path], store=store, options=retry, pipeline=Pipeline(retry, stages=[stage]))
        assert (forced.unchanged, forced.skipped) == (2, 1)
        assert len(stage.seen) == 1  # the slow one was tried again, and stopped again
        assert store.counts()["skips"] == 1


def test_the_limit_holds_in_a_worker_thread(slow_pipeline):
    """The HTTP API's routes and Dask's tasks run in threads other than the main one."""
    from sitrep.model import Report, Skip

    out: list = []
    worker = threading.Thread(target=lambda: out.extend(slow_pipeline.run(_articles())), daemon=True)
    worker.start()
    worker.join(timeout=60)
    assert not worker.is_alive()
    assert [type(x) for x in out] == [Report, Skip, Report] and out[1].code == "E023"


def test_the_cli_flag_skips_the_slow_file_and_prints_the_others(tmp_path, monkeypatch):
    import json

    from typer.testing import CliRunner

    import sitrep.api
    import sitrep.pipeline
    from sitrep.cli import app

    monkeypatch.setattr(sitrep.pipeline, "default_stages", lambda options: [LoopingStage()])
    sitrep.api.get_pipeline.cache_clear()
    (tmp_path / "a.txt").write_text("Title\n\n" + SLOW + " Police arrested ten people.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Title\n\nPolice arrested ten people on Monday.\n", encoding="utf-8")
    try:
        result = CliRunner().invoke(app, ["analyze", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--format", "jsonl",
                                          "--time-limit", "0.5"])
    finally:
        sitrep.api.get_pipeline.cache_clear()
    assert result.exit_code == 0
    assert "E023" in result.output and "0.5 s" in result.output
    reports = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    assert len(reports) == 1 and "ten people on Monday" in reports[0]["article"]["text"]


def _ingest(tmp_path, stage, **kw):
    from sitrep.api import ingest_paths
    from sitrep.pipeline import Pipeline
    from sitrep.store.duck import Store

    options = replace(Options(), batch_size=2, incidents=False, **kw)
    stage.seen.clear()
    with Store(tmp_path / "r.duckdb") as store:
        summary = ingest_paths([tmp_path / "in"], store=store, options=options, pipeline=Pipeline(options, stages=[stage]))
        return summary, list(store.rows("skips"))


def _write_inputs(tmp_path, slow_text: str) -> None:
    (tmp_path / "in").mkdir(exist_ok=True)
    (tmp_path / "in" / "a.txt").write_text("Title\n\nPolice arrested ten people on Monday.\n", encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text("Title\n\n" + slow_text + "\n", encoding="utf-8")


def test_an_edited_timed_out_file_is_tried_once_then_not_again(tmp_path):
    """The skip row keeps the id of the content that timed out: after an edit the new content
    is tried once, and the runs after that do not try it again."""
    stage = LoopingStage()
    _write_inputs(tmp_path, SLOW + " Police arrested ten people.")
    first, [row] = _ingest(tmp_path, stage, time_limit=0.3)
    assert first.skipped == 1 and row["code"] == "E023"
    tried = set(stage.seen)
    _write_inputs(tmp_path, SLOW + " Police arrested twelve people.")  # edited, still too slow
    second, [row] = _ingest(tmp_path, stage, time_limit=0.3)
    assert second.skipped == 1 and len(stage.seen) == 1 and stage.seen[0] not in tried  # the new content, tried once
    new_id = stage.seen[0]
    third, [row] = _ingest(tmp_path, stage, time_limit=0.3)
    assert (third.skipped, third.unchanged) == (1, 1) and stage.seen == []  # not analysed again
    assert (row["article_id"], row["time_limit"]) == (new_id, 0.3) and f"(article {new_id})" in row["reason"]


class FinishingStage(LoopingStage):
    """Takes 0.8 s on a SLOW article, then returns: too slow for a short limit, fine for a long one."""

    def __call__(self, analysis: Analysis) -> Analysis:
        self.seen.append(analysis.article.id)
        t0 = time.perf_counter()
        while analysis.article.text.startswith(SLOW) and time.perf_counter() - t0 < 0.8:
            time.sleep(0.01)
        return analysis


@pytest.mark.parametrize("raised", [10.0, 0.0])
def test_a_larger_limit_or_none_tries_a_timed_out_article_again(tmp_path, raised):
    """E023 says "raise it with --time-limit": a resumed ingest under a limit that is larger
    (or 0, none) than the one the article ran past analyses it again; a limit no larger does not."""
    stage = FinishingStage()
    _write_inputs(tmp_path, SLOW + " Police arrested ten people.")
    first, [row] = _ingest(tmp_path, stage, time_limit=0.3)
    assert (first.stored, first.skipped) == (1, 1) and row["code"] == "E023"
    for same_or_less in (0.3, 0.2):
        again, _ = _ingest(tmp_path, stage, time_limit=same_or_less)
        assert (again.skipped, again.stored) == (1, 0) and stage.seen == []
    raised_run, rows = _ingest(tmp_path, stage, time_limit=raised)
    assert (raised_run.stored, raised_run.skipped) == (1, 0) and len(stage.seen) == 1
    assert rows == []  # stored now, its skip cleared


def test_a_store_from_before_the_columns_still_knows_its_timed_out_articles(tmp_path):
    """A store whose skips kept the article id and limit only in E023's text gains the columns
    and reads them from the text on open."""
    import duckdb

    from sitrep.errors import E
    from sitrep.store.duck import Store

    db = tmp_path / "old.duckdb"
    Store(db).close()
    con = duckdb.connect(str(db))
    con.execute("ALTER TABLE skips DROP COLUMN IF EXISTS time_limit")
    con.execute("ALTER TABLE skips DROP COLUMN IF EXISTS article_id")
    con.execute("INSERT INTO skips (origin, code, reason) VALUES (?, 'E023', ?)",
                ["b.txt", E.E023.format(limit=2.5, article="0123abcd")])
    con.close()
    with Store(db) as store:
        skip = store.timed_out("b.txt", "0123abcd")
        assert skip is not None and skip.time_limit == 2.5 and skip.article_id == "0123abcd"
        assert store.timed_out("b.txt", "ffffffff") is None
