"""The command line: parse, call the library, render, map errors to exit codes.

Exit codes: 0 = at least one article analysed/stored/exported, 1 = nothing was
(or a data/model/store error), 2 = usage error (bad flag, bad date, unknown table).
Reports go to stdout; skips, warnings and progress go to stderr.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import sys
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.console import Console

from sitrep.config import Options, options_from_env
from sitrep.errors import ConfigError, SitrepError

__all__ = ["app"]

app = typer.Typer(
    name="sitrep",
    help="Turn English news reports into structured, source-attributed event data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
bench_app = typer.Typer(help="Developer benchmarks (seed accuracy, geoparsing, speed).", no_args_is_help=True)
app.add_typer(bench_app, name="bench")


class Format(str, Enum):
    text = "text"
    json = "json"
    jsonl = "jsonl"


class Table(str, Enum):
    events = "events"
    quotes = "quotes"
    places = "places"
    articles = "articles"
    actors = "actors"
    skips = "skips"
    incidents = "incidents"
    incident_mentions = "incident_mentions"


class ExportFormat(str, Enum):
    csv = "csv"
    json = "json"
    parquet = "parquet"
    geojson = "geojson"


def _stderr() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


_CHATTY = ("trafilatura", "htmldate", "courlan", "justext")
_CLUSTER = ("distributed", "tornado")


class _QuietCluster(logging.Filter):
    """Drops the Dask cluster's INFO lines (scheduler, nanny and worker start and stop: some thirty
    per run, which bury the skips). A filter on the handler, not a logger level: importing
    ``distributed`` sets its loggers' levels again, after this setup."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= logging.WARNING or record.name.split(".")[0] not in _CLUSTER


def _setup_logging(verbose: bool) -> None:
    from rich.logging import RichHandler

    handler = RichHandler(console=_stderr(), show_time=False, show_path=False, markup=False)
    if not verbose:
        handler.addFilter(_QuietCluster())
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, handlers=[handler], format="%(message)s", force=True)
    # The HTML extractor logs its own parse failures as errors; sitrep reports the page as a
    # skip (E008) or reads it with its fallback, so those lines are noise unless asked for.
    for name in _CHATTY:
        logging.getLogger(name).setLevel(logging.INFO if verbose else logging.CRITICAL)


def _date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ConfigError("E011", value=value) from None


def _published(value: str | None) -> dt.date | None:
    """``--published``: a day that can be a publication date (ConfigError E011, E017)."""
    from sitrep.ingest.readers import published_date

    return published_date(_date(value))


def _options(**flags: Any) -> Options:
    try:
        return options_from_env(**flags)
    except ValueError as err:  # a bad SITREP_* variable
        raise typer.BadParameter(str(err)) from err
    except ConfigError as err:  # a count or limit that cannot work (E024)
        raise _fail(err) from None


def _fail(err: SitrepError) -> typer.Exit:
    _stderr().print(f"[bold red]error[/] [{err.code}] {err.message}", markup=True, highlight=False)
    return typer.Exit(2 if isinstance(err, ConfigError) else 1)


Published = Annotated[Optional[str], typer.Option("--published", help="Publication date (YYYY-MM-DD) for articles that have none.")]
Outlet = Annotated[Optional[str], typer.Option("--outlet", help="Outlet name for articles that have none.")]
Model = Annotated[Optional[str], typer.Option("--model", help="spaCy pipeline to load.")]
MaxBytes = Annotated[Optional[int], typer.Option("--max-bytes", help="Skip documents larger than this many bytes.")]
AnyLanguage = Annotated[bool, typer.Option("--any-language", help="Do not skip documents that look non-English.")]
TimeLimit = Annotated[Optional[float], typer.Option(
    "--time-limit", help="Seconds one article's parse and analysis may take; over it the article is skipped (E023) and the batch goes on (0 = no limit).")]
Verbose = Annotated[bool, typer.Option("--verbose", "-v", help="Log progress details to stderr.")]


@app.command()
def analyze(
    paths: Annotated[list[str], typer.Argument(metavar="PATH...", help=".txt, .html/.htm, .jsonl files or folders; - for stdin.")],
    published: Published = None,
    outlet: Outlet = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="text (Rich report), json (one array) or jsonl (one report per line).")] = Format.text,
    model: Model = None,
    max_bytes: MaxBytes = None,
    any_language: AnyLanguage = False,
    time_limit: TimeLimit = None,
    verbose: Verbose = False,
) -> None:
    """Analyse articles and print their reports."""
    from sitrep.api import analyze_paths
    from sitrep.model import Skip
    from sitrep.present import jsonout
    from sitrep.present.text import render_report, render_skip

    _setup_logging(verbose)
    err = _stderr()
    out = Console(highlight=False, soft_wrap=False)
    analysed = 0
    try:
        options = _options(published=_published(published), outlet=outlet, model=model, max_bytes=max_bytes,
                           require_english=False if any_language else None, time_limit=time_limit)
        wrote_open = False
        for item in analyze_paths(paths, options=options):
            if isinstance(item, Skip):
                err.print(render_skip(item))
                continue
            if fmt is Format.text:
                if analysed:
                    out.rule()
                out.print(render_report(item))
            elif fmt is Format.jsonl:
                sys.stdout.write(jsonout.report_json(item) + "\n")
            else:
                sys.stdout.write(("[\n" if not wrote_open else ",\n") + _indent(jsonout.report_json(item, indent=2)))
                wrote_open = True
            sys.stdout.flush()
            analysed += 1
        if fmt is Format.json:
            sys.stdout.write("\n]\n" if wrote_open else "[]\n")
    except SitrepError as e:
        raise _fail(e) from None
    if not analysed:
        err.print("[bold red]no article could be analysed[/]")
        raise typer.Exit(1)


def _indent(text: str) -> str:
    return "\n".join("  " + ln for ln in text.split("\n"))


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(metavar="PATH...", help=".txt, .html/.htm, .jsonl files or folders; - for stdin.")],
    db: Annotated[Path, typer.Option("--db", help="DuckDB file (created if missing).")],
    published: Published = None,
    outlet: Outlet = None,
    model: Model = None,
    max_bytes: MaxBytes = None,
    batch_size: Annotated[Optional[int], typer.Option("--batch-size", help="Documents per batch (and per commit).")] = None,
    workers: Annotated[Optional[int], typer.Option("--workers", help="Analyse on a local Dask cluster with this many worker processes.")] = None,
    scheduler: Annotated[Optional[str], typer.Option("--scheduler", help="Analyse on an existing Dask cluster (tcp://host:8786).")] = None,
    any_language: AnyLanguage = False,
    no_incidents: Annotated[bool, typer.Option("--no-incidents", help="Do not attach new reports to incidents (tables incidents, incident_mentions).")] = False,
    time_limit: TimeLimit = None,
    retry_timeouts: Annotated[bool, typer.Option(
        "--retry-timeouts", help="Analyse again the articles an earlier run skipped for the time limit (E023); by default they are retried only under a larger --time-limit (or 0).")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as one JSON object on the last line.")] = False,
    verbose: Verbose = False,
) -> None:
    """Analyse articles into a DuckDB store and attach them to incidents; already stored articles are not re-analysed."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from sitrep.api import ingest_paths
    from sitrep.ingest.readers import count_documents
    from sitrep.model import Skip
    from sitrep.present.text import render_skip
    from sitrep.store.duck import Store

    _setup_logging(verbose)
    err = _stderr()
    created = not db.exists()
    held = False  # whether this run opened the store (a run that could not get the lock must never remove it)
    seen: list[str] = []  # outcomes so far: a store this run created, held and wrote nothing to is removed on failure
    try:
        options = _options(published=_published(published), outlet=outlet, model=model, max_bytes=max_bytes,
                           batch_size=batch_size, workers=workers, scheduler=scheduler,
                           require_english=False if any_language else None, incidents=False if no_incidents else None,
                           time_limit=time_limit, retry_timeouts=True if retry_timeouts else None)
        total = count_documents(paths)
        progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                            TimeElapsedColumn(), console=err, transient=True)
        store = Store(db, snapshots=True)  # readers read a snapshot while this run writes
        held = True
        with store, progress:
            task = progress.add_task("ingesting", total=total)

            def on_item(outcome: str, item: Any) -> None:
                seen.append(outcome)
                if isinstance(item, Skip):
                    progress.console.print(render_skip(item))
                progress.advance(task)

            summary = ingest_paths(paths, store=store, options=options, on_item=on_item)
            counts = store.counts()
    except SitrepError as e:
        if created and held and not seen:  # (a scheduler nobody answers at: no empty .duckdb left behind)
            for leftover in (db, db.with_name(db.name + ".wal")):
                try:
                    leftover.unlink(missing_ok=True)
                except OSError as oserr:  # a read-only folder: the empty store stays, the error is the news
                    logging.getLogger(__name__).debug("could not remove %s: %s", leftover, oserr)
        raise _fail(e) from None
    _print_summary(summary.as_dict(), counts, db, as_json)
    if not (summary.stored or summary.unchanged):
        raise typer.Exit(1)


def _print_summary(summary: dict[str, Any], counts: dict[str, int], db: Path, as_json: bool) -> None:
    from rich.table import Table as RichTable

    if as_json:
        sys.stdout.write(json.dumps({**summary, "db": str(db), "tables": counts}, ensure_ascii=False) + "\n")
        return
    t = RichTable(title=f"ingest into {db}", title_justify="left", show_header=False)
    t.add_column(style="bold")
    t.add_column(justify="right")
    for key in ("read", "stored", "unchanged", "skipped"):
        t.add_row(key, str(summary[key]))
    for reason, n in sorted(summary["reasons"].items()):
        t.add_row(f"  {reason}", str(n), style="yellow")
    t.add_row("in store", ", ".join(f"{k} {v}" for k, v in counts.items()), style="dim")
    Console(highlight=False).print(t)


@app.command()
def export(
    db: Annotated[Path, typer.Option("--db", help="DuckDB file written by `sitrep ingest`.")],
    table: Annotated[Table, typer.Option("--table", help="Which table to export.")] = Table.events,
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="csv, json (one array), parquet or geojson (events, places and incidents).")] = ExportFormat.csv,
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Output file (default: stdout; parquet needs a file).")] = None,
) -> None:
    """Write a stored table as CSV, JSON, Parquet or GeoJSON."""
    from sitrep.store.duck import Store

    if not db.exists():
        raise _fail(ConfigError("E030", path=db, detail="no such file"))
    try:
        with Store(db, read_only=True) as store:
            _snapshot_notice(store)
            n = store.export(table.value, fmt.value, out if out is not None else sys.stdout)
    except SitrepError as e:
        raise _fail(e) from None
    if out is not None:
        _stderr().print(f"wrote {n} rows of {table.value} to {out}")


class IncidentsFormat(str, Enum):
    text = "text"
    json = "json"
    geojson = "geojson"


class IncidentFormat(str, Enum):
    text = "text"
    json = "json"


def _read_store(db: Path) -> Any:
    from sitrep.store.duck import Store

    if not db.exists():
        raise ConfigError("E030", path=db, detail="no such file")
    store = Store(db, read_only=True)
    _snapshot_notice(store)
    return store


def _snapshot_notice(store: Any) -> None:
    """Tell the reader (stderr) that it reads the copy a running ingest keeps, and how old it is."""
    if store.snapshot is not None:
        age = (dt.datetime.now(dt.timezone.utc) - store.snapshot).total_seconds()
        _stderr().print(f"note: {store.path} is being written by another process; reading its copy made at"
                        f" {store.snapshot.isoformat(timespec='seconds')} ({age:.0f} s old), without the batch in progress")


@app.command()
def incidents(
    db: Annotated[Path, typer.Option("--db", help="DuckDB file written by `sitrep ingest`.")],
    since: Annotated[Optional[str], typer.Option("--since", help="Only incidents on or after this day (YYYY-MM-DD).")] = None,
    fmt: Annotated[IncidentsFormat, typer.Option("--format", "-f", help="text (one line each), json (one array of incidents) or geojson.")] = IncidentsFormat.text,
    backfill: Annotated[bool, typer.Option("--backfill", help="First attach stored articles that have no incident yet (ingested with --no-incidents or before incidents existed); writes to the store.")] = False,
) -> None:
    """List the incidents in a store, in order of first report."""
    from sitrep.present.incident_detail import render_incident_list
    from sitrep.present.incidents import incident_dict
    from sitrep.store.geojson import write_incidents_geojson

    try:
        day = _date(since)
        if backfill:
            from sitrep.store.duck import Store

            if not db.exists():
                raise ConfigError("E030", path=db, detail="no such file")
            with Store(db) as writer:
                n = writer.attach_pending()
            _stderr().print(f"read {n} stored articles without an incident")
        with _read_store(db) as store:
            if fmt is IncidentsFormat.geojson:
                write_incidents_geojson(store.incidents(since=day), sys.stdout)
                return
            found = list(store.incidents(since=day))
    except SitrepError as e:
        raise _fail(e) from None
    if fmt is IncidentsFormat.json:
        sys.stdout.write(json.dumps([incident_dict(i) for i in found], ensure_ascii=False, indent=2) + "\n")
    elif found:
        Console(highlight=False, soft_wrap=True).print(render_incident_list(found), end="")
    else:
        _stderr().print("no incidents" + (f" on or after {day}" if day else ""))


@app.command()
def incident(
    incident_id: Annotated[str, typer.Argument(metavar="ID", help="Incident id, as `sitrep incidents` lists it.")],
    db: Annotated[Path, typer.Option("--db", help="DuckDB file written by `sitrep ingest`.")],
    fmt: Annotated[IncidentFormat, typer.Option("--format", "-f", help="text or json (the full record).")] = IncidentFormat.text,
) -> None:
    """Show one incident: every figure and claim with who makes it, contested fields, articles."""
    from sitrep.present.incident_detail import render_incident_detail
    from sitrep.present.incidents import incident_dict

    try:
        with _read_store(db) as store:
            found = store.incident(incident_id)
    except SitrepError as e:
        raise _fail(e) from None
    if fmt is IncidentFormat.json:
        sys.stdout.write(json.dumps(incident_dict(found), ensure_ascii=False, indent=2) + "\n")
    else:
        Console(highlight=False, soft_wrap=True).print(render_incident_detail(found))


@app.command()
def serve(
    db: Annotated[Optional[Path], typer.Option("--db", help="DuckDB file to browse read-only under /api/tables.")] = None,
    host: Annotated[str, typer.Option("--host", help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="Port to listen on.")] = 8000,
    model: Model = None,
    verbose: Verbose = False,
) -> None:
    """Serve the web page and the HTTP API (POST /api/analyze; docs at /docs)."""
    import uvicorn

    from sitrep.present.web import create_app

    _setup_logging(verbose)
    if db is not None and not db.exists():
        raise _fail(ConfigError("E030", path=db, detail="no such file"))
    uvicorn.run(create_app(_options(model=model), db=db), host=host, port=port, log_level="info" if verbose else "warning")


def _print_metrics(metrics: dict[str, Any], as_json: bool) -> None:
    if as_json:
        sys.stdout.write(json.dumps(metrics, ensure_ascii=False, default=str) + "\n")
    else:
        Console().print_json(json.dumps(metrics, ensure_ascii=False, default=str))


def _bench(compute: Callable[[], dict[str, Any]], as_json: bool) -> None:
    """Run one benchmark: errors become exit codes, metrics go to stdout."""
    _setup_logging(False)
    try:
        metrics = compute()
    except SitrepError as e:
        raise _fail(e) from None
    _print_metrics(metrics, as_json)


AsJson = Annotated[bool, typer.Option("--json", help="One JSON object on the last line of stdout.")]


@bench_app.command("seed")
def bench_seed(
    gold: Annotated[Path, typer.Option("--gold", help="Gold annotations of the seed article (a gold.json, or its folder).")] = Path("../shared/seed/gold.json"),
    published: Annotated[str, typer.Option("--published", help="Publication date of the seed article.")] = "2016-09-18",
    predictions: Annotated[Optional[Path], typer.Option("--predictions", help="Also write the system output in the gold file's own schema to this file.")] = None,
    alter: Annotated[int, typer.Option("--alter", help="Score this many altered copies instead (names, places, numbers, dates changed; see sitrep.bench.alter).")] = 0,
    alter_seed: Annotated[int, typer.Option("--alter-seed", help="Seed of the first altered copy (copies use seeds alter-seed .. alter-seed + alter - 1).")] = 0,
    alter_out: Annotated[Optional[Path], typer.Option("--alter-out", help="Also write each altered copy's text and gold to this folder.")] = None,
    model: Model = None,
    as_json: AsJson = False,
) -> None:
    """Score the pipeline on the seed article (or, with --alter N, on N altered copies of it)."""
    from sitrep.bench.seed import run_seed

    if gold.is_dir():
        gold = gold / "gold.json"
    if alter > 0:
        from sitrep.bench.alter import run_altered_seed

        _bench(lambda: run_altered_seed(gold, n=alter, seed=alter_seed, published=_date(published),
                                        options=_options(model=model), out_dir=alter_out), as_json)
        return
    _bench(lambda: run_seed(gold, published=_date(published), predictions=predictions, options=_options(model=model)), as_json)


@bench_app.command("attribution")
def bench_attribution(
    path: Annotated[Path, typer.Argument(help="PolNeAR-format JSONL file.")] = Path("../shared/bench/polnear/dev.jsonl"),
    peer: Annotated[str, typer.Option("--peer", help="Peer scored side by side: textacy or none.")] = "textacy",
    limit: Annotated[Optional[int], typer.Option("--limit", help="Score only the first N documents.")] = None,
    predictions: Annotated[Optional[Path], typer.Option("--predictions", help="Also write sitrep's attributions (JSONL, the file's schema) here.")] = None,
    model: Model = None,
    as_json: AsJson = False,
) -> None:
    """Score quotes and reported speech (source, cue, content) on PolNeAR."""
    from sitrep.bench.attribution import run_attribution

    _bench(lambda: run_attribution(path, options=_options(model=model), peer=peer, limit=limit, predictions=predictions), as_json)


@bench_app.command("event-types")
def bench_event_types(
    path: Annotated[Path, typer.Argument(help="CASE 2021-format JSON Lines (id, text, label).")] = Path("../shared/bench/case2021_event_types/dev.jsonl"),
    method: Annotated[str, typer.Option("--method", help="model (the packaged classifier, with sentence embeddings when sitrep[embed] is installed), sparse (its TF-IDF + cue part alone) or cues (training-free lexicon baseline).")] = "model",
    cv: Annotated[Optional[int], typer.Option("--cv", help="K-fold cross-validate the training recipe on PATH instead (needs scikit-learn).")] = None,
    cv_seed: Annotated[int, typer.Option("--cv-seed", help="Shuffle seed of the --cv folds (check a change on more than one split).")] = 0,
    limit: Annotated[Optional[int], typer.Option("--limit", help="Score only the first N records.")] = None,
    predictions: Annotated[Optional[Path], typer.Option("--predictions", help="Write id, gold and predicted label per record (JSON Lines).")] = None,
    rules: Annotated[bool, typer.Option("--rules/--no-rules", help="Take the pipeline's rule sub-type of the main event where its label is trusted (right on >= 80% of >= 3 training snippets); the method codes the rest. --no-rules scores the method alone.")] = True,
    as_json: AsJson = False,
) -> None:
    """Score fine-grained event-type classification (micro/macro/weighted F1, per label)."""
    from sitrep.bench.event_types import run_event_types

    if method not in ("model", "sparse", "cues"):
        raise typer.BadParameter(f"--method must be model, sparse or cues, not {method!r}")
    _bench(lambda: run_event_types(path, method=method, cv=cv, limit=limit, predictions=predictions, cv_seed=cv_seed,
                                                rules=rules), as_json)


@bench_app.command("plover")
def bench_plover(
    path: Annotated[Path, typer.Argument(help="PLOVER gold standard records (JSON Lines).")] = Path("../shared/bench/plover_gsr/records.jsonl"),
    limit: Annotated[Optional[int], typer.Option("--limit", help="Score only the first N records.")] = None,
    predictions: Annotated[Optional[Path], typer.Option("--predictions", help="Write the main event found per record (JSON Lines).")] = None,
    model: Model = None,
    as_json: AsJson = False,
) -> None:
    """Score PLOVER event type and source/target codes on single coded sentences."""
    from sitrep.bench.plover import run_plover

    _bench(lambda: run_plover(path, options=_options(model=model), limit=limit, predictions=predictions), as_json)


@bench_app.command("geoparse")
def bench_geoparse(
    path: Annotated[Path, typer.Argument(help="JSONL file: text plus toponyms with start, end, lat, lon.")] = Path("../shared/bench/geoparsing/lgl.jsonl"),
    predictions: Annotated[Optional[Path], typer.Option("--predictions", help="Write per article the recognised toponyms and the points chosen for the gold spans (JSONL).")] = None,
    limit: Annotated[Optional[int], typer.Option("--limit", help="Score only the first N articles.")] = None,
    peer: Annotated[bool, typer.Option("--peer/--no-peer", help="Also score the geotext peer (when installed).")] = True,
    model: Model = None,
    as_json: AsJson = False,
) -> None:
    """Score toponym recognition and resolution (Gritta et al. 2018 metrics)."""
    from sitrep.bench.geoparse import run_geoparse

    _bench(lambda: run_geoparse(path, limit=limit, predictions=predictions, peer=peer, options=_options(model=model)), as_json)


@bench_app.command("speed")
def bench_speed(
    n: Annotated[int, typer.Option("--n", help="Number of articles.")] = 500,
    n_process: Annotated[int, typer.Option("--n-process", help="Processes for nlp.pipe.")] = 1,
    model: Model = None,
    as_json: AsJson = False,
) -> None:
    """Measure throughput (articles per second)."""
    from sitrep.bench.speed import run_speed

    _bench(lambda: run_speed(n=n, n_process=n_process, options=_options(model=model, n_process=n_process)), as_json)


@bench_app.command("incidents")
def bench_incidents(
    path: Annotated[Path, typer.Argument(help="Incidents file in the schema of incidents/dev.json.")] = Path("../shared/bench/incidents/dev.json"),
    seed: Annotated[int, typer.Option("--seed", help="Seed of the shuffled article order.")] = 0,
    limit: Annotated[Optional[int], typer.Option("--limit", help="Score only the first N incidents.")] = None,
    predictions: Annotated[Optional[Path], typer.Option("--predictions", help="Write the merged incidents as `sitrep merge --format json` prints them.")] = None,
    model: Model = None,
    as_json: AsJson = False,
) -> None:
    """Score merging reports into incidents (B-cubed, fields, figures, contested, claims)."""
    from sitrep.bench.incidents import run_incidents

    _bench(lambda: run_incidents(path, options=_options(model=model), seed=seed, limit=limit, predictions=predictions), as_json)


@bench_app.command("merge-scale")
def bench_merge_scale(
    n: Annotated[int, typer.Option("--n", help="Number of synthetic event mentions.")] = 1_000_000,
    seed: Annotated[int, typer.Option("--seed", help="Seed of the synthetic stream.")] = 0,
    as_json: AsJson = False,
) -> None:
    """Merge a synthetic stream of event mentions: time, peak memory, B-cubed against the truth."""
    from sitrep.bench.merge_scale import run_merge_scale

    _bench(lambda: run_merge_scale(n, seed=seed), as_json)


@bench_app.command("incidents-store")
def bench_incidents_store(
    n: Annotated[int, typer.Option("--n", help="Synthetic mentions in the store once the run ends.")] = 10_000,
    attach: Annotated[int, typer.Option("--attach", help="How many of them (the last) go through incremental attach; timed.")] = 1000,
    batch: Annotated[int, typer.Option("--batch", help="Mentions per commit.")] = 50,
    seed: Annotated[int, typer.Option("--seed", help="Seed of the synthetic stream (that of merge-scale).")] = 0,
    as_json: AsJson = False,
) -> None:
    """Attach speed of the DuckDB incidents path (sitrep ingest) on a store of N synthetic mentions."""
    from sitrep.bench.incidents_store import run_incidents_store

    _bench(lambda: run_incidents_store(n, attach=attach, batch=batch, seed=seed), as_json)


class MergeFormat(str, Enum):
    text = "text"
    json = "json"
    geojson = "geojson"


@app.command()
def merge(
    paths: Annotated[list[str], typer.Argument(metavar="FILE...", help="Article JSONL/JSON (text, title, url, outlet, published|date), report JSON from `sitrep analyze --format json|jsonl`, or .txt/.html.")],
    fmt: Annotated[MergeFormat, typer.Option("--format", "-f", help="text, json (one array of incidents) or geojson.")] = MergeFormat.json,
    model: Model = None,
    any_language: AnyLanguage = False,
    verbose: Verbose = False,
) -> None:
    """Merge reports of the same incident across outlets, without a database."""
    from sitrep.api import analyze_merge_inputs
    from sitrep.merge import merge_reports
    from sitrep.model import Report, Skip
    from sitrep.present.incident_detail import render_incident_detail
    from sitrep.present.incidents import incident_dict, incidents_geojson
    from sitrep.present.text import render_skip

    _setup_logging(verbose)
    err = _stderr()
    reports: list[Report] = []
    try:
        options = _options(model=model, require_english=False if any_language else None)
        for item in analyze_merge_inputs(paths, options=options):
            if isinstance(item, Skip):
                err.print(render_skip(item))
            else:
                reports.append(item)
    except SitrepError as e:
        raise _fail(e) from None
    merged = len(reports)
    incidents = merge_reports(reports)
    if fmt is MergeFormat.json:
        sys.stdout.write(json.dumps([incident_dict(i) for i in incidents], ensure_ascii=False, indent=2) + "\n")
    elif fmt is MergeFormat.geojson:
        sys.stdout.write(json.dumps(incidents_geojson(incidents), ensure_ascii=False) + "\n")
    else:
        out = Console(highlight=False)
        for k, inc in enumerate(incidents):
            if k:
                out.rule()
            out.print(render_incident_detail(inc))
    if not merged:
        err.print("[bold red]no article could be read[/]")
        raise typer.Exit(1)
