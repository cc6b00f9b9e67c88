"""The CLI end to end on the bundled examples and on bad input (typer's CliRunner)."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.examples import files, folder

runner = CliRunner()


def stages_missing() -> bool:
    from sitrep.config import Options
    from sitrep.pipeline import default_stages

    try:
        default_stages(Options())
    except ImportError:
        return True
    return False


@pytest.fixture
def cli_pipeline(monkeypatch):
    """Let the CLI build its pipeline; with no extraction stages while those have not landed."""
    import sitrep.api
    import sitrep.pipeline

    if stages_missing():
        monkeypatch.setattr(sitrep.pipeline, "default_stages", lambda options: [])
    sitrep.api.get_pipeline.cache_clear()
    yield
    sitrep.api.get_pipeline.cache_clear()


def example(name: str) -> str:
    return str(next(p for p in files() if p.name == name))


def last_json(output: str):
    return json.loads(output.strip().splitlines()[-1])


def test_help_lists_commands():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for cmd in ("analyze", "ingest", "export", "serve", "bench"):
        assert cmd in result.output
    bench = runner.invoke(app, ["bench", "--help"])
    assert bench.exit_code == 0 and "seed" in bench.output and "speed" in bench.output


def test_usage_errors_exit_2(tmp_path):
    assert runner.invoke(app, ["analyze"]).exit_code == 2
    assert runner.invoke(app, ["analyze", "x.txt", "--format", "xml"]).exit_code == 2
    result = runner.invoke(app, ["analyze", example("protest.txt"), "--published", "18/09/2016"])
    assert result.exit_code == 2 and "E011" in result.output
    assert runner.invoke(app, ["export", "--db", str(tmp_path / "x.duckdb"), "--table", "nope"]).exit_code == 2


def test_analyze_nothing_readable_exits_1_without_loading_a_model(tmp_path, monkeypatch):
    import sitrep.api

    def no_model(options):
        raise AssertionError("the pipeline must not be built when every document is skipped")

    monkeypatch.setattr(sitrep.api, "get_pipeline", no_model)
    (tmp_path / "empty.txt").write_bytes(b"")
    result = runner.invoke(app, ["analyze", str(tmp_path / "empty.txt"), str(tmp_path / "missing.txt"), str(tmp_path / "a.doc")])
    assert result.exit_code == 1
    for code in ("E001", "E009", "E010"):
        assert code in result.stderr
    assert result.stdout == ""


@pytest.mark.model
def test_analyze_json_is_always_a_list(cli_pipeline):
    result = runner.invoke(app, ["analyze", example("shelling.txt"), "--format", "json", "--published", "2024-03-02"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert isinstance(data, list) and len(data) == 1
    assert data[0]["schema"] == "sitrep.report/1"
    assert data[0]["article"]["published"] == "2024-03-02"
    assert data[0]["article"]["title"].startswith("Shelling of market")


@pytest.mark.model
def test_analyze_jsonl_folder_with_a_bad_file(cli_pipeline, tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02binary")
    result = runner.invoke(app, ["analyze", str(folder()), str(tmp_path / "bad.txt"), "--format", "jsonl", "--outlet", "Desk"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 6
    outlets = {json.loads(ln)["article"]["outlet"] for ln in lines}
    assert outlets == {"Desk", "Example Wire", "The Daily Ledger"}
    assert "E002" in result.stderr and "bad.txt" in result.stderr


@pytest.mark.model
def test_analyze_text_and_stdin(cli_pipeline):
    story = open(example("protest.txt"), encoding="utf-8").read()
    result = runner.invoke(app, ["analyze", "-"], input=story)
    assert result.exit_code == 0, result.output
    assert "Police arrest dozens" in result.stdout
    assert "stdin" in result.stdout


@pytest.mark.model
def test_ingest_is_idempotent_and_export_works(cli_pipeline, tmp_path):
    db = tmp_path / "s.duckdb"
    bad = tmp_path / "bad.jsonl"
    good = json.dumps({"title": "Ok", "text": open(example("ceasefire.txt"), encoding="utf-8").read().split("\n\n", 1)[1]})
    bad.write_text("\n".join(["{broken", good, json.dumps({"title": "no text"})]) + "\n", encoding="utf-8")
    args = ["ingest", str(folder()), str(bad), "--db", str(db), "--json"]
    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    s1 = last_json(first.stdout)
    assert (s1["read"], s1["stored"], s1["unchanged"], s1["skipped"]) == (9, 7, 0, 2)
    assert s1["tables"]["skips"] == 2
    second = runner.invoke(app, args)
    s2 = last_json(second.stdout)
    assert (s2["stored"], s2["unchanged"], s2["skipped"]) == (0, 7, 2)
    assert s2["tables"] == s1["tables"]

    result = runner.invoke(app, ["export", "--db", str(db), "--table", "articles", "--format", "json"])
    assert result.exit_code == 0
    rows = json.loads(result.stdout)
    assert len(rows) == 7 and len({r["id"] for r in rows}) == 7
    out = tmp_path / "events.parquet"
    result = runner.invoke(app, ["export", "--db", str(db), "--table", "events", "--format", "parquet", "--out", str(out)])
    assert result.exit_code == 0 and out.exists()
    result = runner.invoke(app, ["export", "--db", str(db), "--table", "skips", "--format", "csv"])
    assert "E006" in result.stdout and "E007" in result.stdout


def test_export_missing_db_exits_2(tmp_path):
    result = runner.invoke(app, ["export", "--db", str(tmp_path / "none.duckdb"), "--table", "events"])
    assert result.exit_code == 2 and "E030" in result.stderr


def test_bench_commands_wire_to_library(monkeypatch):
    import sys
    import types

    seen = {}
    seed = types.ModuleType("sitrep.bench.seed")
    seed.run_seed = lambda gold_path, *, published, predictions, options: seen.setdefault("seed", {"f1": 0.5, "gold": str(gold_path), "published": str(published)})
    speed = types.ModuleType("sitrep.bench.speed")
    speed.run_speed = lambda *, n, n_process, options: {"n": n, "n_process": n_process, "docs_per_s": 10.0}
    monkeypatch.setitem(sys.modules, "sitrep.bench.seed", seed)
    monkeypatch.setitem(sys.modules, "sitrep.bench.speed", speed)
    result = runner.invoke(app, ["bench", "seed", "--gold", "g.json", "--json"])
    assert result.exit_code == 0, result.output
    assert last_json(result.stdout) == {"f1": 0.5, "gold": "g.json", "published": "2016-09-18"}
    result = runner.invoke(app, ["bench", "speed", "--n", "3", "--n-process", "2", "--json"])
    assert last_json(result.stdout) == {"n": 3, "n_process": 2, "docs_per_s": 10.0}
    result = runner.invoke(app, ["bench", "speed", "--n", "3"])
    assert json.loads(result.stdout)["n"] == 3


def test_bench_geoparse_wires_to_library(monkeypatch, tmp_path):
    import sys
    import types

    geo = types.ModuleType("sitrep.bench.geoparse")
    geo.run_geoparse = lambda path, *, limit, predictions, peer, options: {"file": str(path), "limit": limit, "peer": peer, "pred": str(predictions)}
    monkeypatch.setitem(sys.modules, "sitrep.bench.geoparse", geo)
    result = runner.invoke(app, ["bench", "geoparse", "x.jsonl", "--limit", "5", "--no-peer", "--predictions", "p.jsonl", "--json"])
    assert result.exit_code == 0, result.output
    assert last_json(result.stdout) == {"file": "x.jsonl", "limit": 5, "peer": False, "pred": "p.jsonl"}


def test_bench_geoparse_missing_file_is_a_clean_error(tmp_path):
    result = runner.invoke(app, ["bench", "geoparse", str(tmp_path / "none.jsonl"), "--json"])
    assert result.exit_code != 0 and "E040" in result.stderr


def test_bench_event_types_and_plover_commands(monkeypatch, tmp_path):
    import sys
    import types

    path = tmp_path / "mini.jsonl"
    path.write_text(json.dumps({"id": "1", "text": "A 6.1 magnitude earthquake struck the coast.", "label": "NATURAL_DISASTER"}) + "\n")
    result = runner.invoke(app, ["bench", "event-types", str(path), "--method", "cues", "--json"])
    assert result.exit_code == 0, result.output
    m = last_json(result.stdout)
    assert m["benchmark"] == "event-types" and m["weighted_f1"] == 1.0
    result = runner.invoke(app, ["bench", "event-types", str(path), "--method", "nope"])
    assert result.exit_code == 2
    result = runner.invoke(app, ["bench", "event-types", str(tmp_path / "absent.jsonl"), "--json"])
    assert result.exit_code == 1 and "E040" in result.stderr

    plover = types.ModuleType("sitrep.bench.plover")
    plover.run_plover = lambda path, *, options, limit, predictions: {"benchmark": "plover", "path": str(path), "limit": limit}
    monkeypatch.setitem(sys.modules, "sitrep.bench.plover", plover)
    result = runner.invoke(app, ["bench", "plover", "r.jsonl", "--limit", "5", "--json"])
    assert last_json(result.stdout) == {"benchmark": "plover", "path": "r.jsonl", "limit": 5}


# Bad input on every command: a clear coded message, the right exit code, never a traceback.

def test_an_implausible_published_flag_is_a_usage_error(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    for cmd in (["analyze", str(tmp_path / "empty.txt")], ["ingest", str(tmp_path / "empty.txt"), "--db", str(tmp_path / "s.duckdb")]):
        result = runner.invoke(app, [*cmd, "--published", "2999-01-01"])
        assert result.exit_code == 2 and "E017" in result.stderr and "Traceback" not in result.output


def test_export_to_a_place_that_cannot_be_written(tmp_path):
    from sitrep.store.duck import Store

    db = tmp_path / "s.duckdb"
    Store(db).close()
    result = runner.invoke(app, ["export", "--db", str(db), "--table", "events", "--format", "csv", "--out", str(tmp_path / "no" / "x.csv")])
    assert result.exit_code == 1 and "E038" in result.stderr
    assert isinstance(result.exception, SystemExit)  # an exit code, not an exception


def test_merge_of_hostile_files_reports_skips_without_a_model(tmp_path, monkeypatch):
    import sitrep.api

    monkeypatch.setattr(sitrep.api, "get_pipeline", lambda options: pytest.fail("every record is a skip: no model"))
    (tmp_path / "bad.jsonl").write_text("\n".join([json.dumps({"text": 42}), "{broken", json.dumps([1]),
                                                   json.dumps({"schema": "sitrep.report/1", "article": 5})]) + "\n")
    (tmp_path / "u16.jsonl").write_bytes((json.dumps({"text": None}) + "\n").encode("utf-16") + b"A")  # a byte cut off
    result = runner.invoke(app, ["merge", str(tmp_path / "bad.jsonl"), str(tmp_path / "u16.jsonl")])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)
    for code in ("E016", "E006", "E019", "E007"):
        assert code in result.stderr
    assert json.loads(result.stdout) == []


def test_broken_html_logs_no_extractor_noise(tmp_path):
    (tmp_path / "empty.html").write_bytes(b"")
    (tmp_path / "scripts.html").write_text("<html><body><script>var a = 1;</script></body></html>")
    result = runner.invoke(app, ["analyze", str(tmp_path / "empty.html"), str(tmp_path / "scripts.html")])
    assert result.exit_code == 1 and result.stderr.count("E008") == 2
    assert "ERROR" not in result.stderr and "lxml" not in result.stderr.replace("E008", "")


def test_dask_cluster_info_lines_stay_out_of_stderr_unless_verbose(capsys):
    import logging

    from sitrep.cli import _setup_logging

    for verbose in (False, True):
        _setup_logging(verbose)
        logging.getLogger("distributed.scheduler").setLevel(logging.INFO)  # as importing distributed does
        logging.getLogger("distributed.scheduler").info("Register worker addr: tcp://127.0.0.1:1")
        logging.getLogger("distributed.nanny").warning("Worker process died")
        logging.getLogger("sitrep.ingest.readers").warning("a.txt: invalid date")
        err = capsys.readouterr().err
        assert ("Register worker" in err) is verbose
        assert "Worker process died" in err and "invalid date" in err


@pytest.mark.parametrize("flags", [["--batch-size", "0"], ["--workers", "-2"], ["--max-bytes", "-5"], ["--time-limit", "-1"],
                                   ["--time-limit", "nan"]])
def test_a_count_or_limit_that_cannot_work_is_a_usage_error(tmp_path, flags):
    (tmp_path / "a.txt").write_text("Police fired tear gas at protesters in the capital on Saturday, witnesses said.")
    result = runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "s.duckdb"), *flags])
    assert result.exit_code == 2 and "E024" in result.stderr and flags[0] in result.stderr


def test_a_bad_option_in_the_environment_is_a_usage_error_for_serve_too(tmp_path):
    result = runner.invoke(app, ["serve", "--port", "1"], env={"SITREP_BATCH_SIZE": "0"})
    assert result.exit_code == 2 and "E024" in result.stderr and "SITREP_BATCH_SIZE" in result.stderr


def test_a_port_out_of_range_is_a_usage_error():
    result = runner.invoke(app, ["serve", "--port", "99999"])
    assert result.exit_code == 2 and "65535" in result.stderr


def test_merge_of_json_nested_too_deeply_is_a_skip_not_a_crash(tmp_path, monkeypatch):
    import sitrep.api

    monkeypatch.setattr(sitrep.api, "get_pipeline", lambda options: pytest.fail("every record is a skip: no model"))
    (tmp_path / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    result = runner.invoke(app, ["merge", str(tmp_path / "deep.json")])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)
    assert "E006" in result.stderr and "nested too deeply" in result.stderr


def test_ingest_that_cannot_reach_its_scheduler_leaves_no_empty_store(tmp_path, monkeypatch):
    import sitrep.scale
    from sitrep.errors import ConfigError

    def unreachable(items, *, options):
        raise ConfigError("E025", address=options.scheduler, detail="OSError: connection refused")
        yield  # a generator, as the real one

    monkeypatch.setattr(sitrep.scale, "run_distributed", unreachable)
    (tmp_path / "a.txt").write_text("Police fired tear gas at protesters in the capital on Saturday, witnesses said.")
    db = tmp_path / "new.duckdb"
    result = runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", str(db), "--scheduler", "tcp://127.0.0.1:1"])
    assert result.exit_code != 0 and "E025" in result.stderr
    assert not db.exists() and not (tmp_path / "new.duckdb.wal").exists()


def test_export_query_fault_is_not_called_a_file_that_cannot_be_written(tmp_path):
    import duckdb

    from sitrep.errors import StoreError
    from sitrep.store.duck import Store

    class Faulty:  # a connection whose COPY fails in the binder for a reason that is not the file
        def __init__(self, con):
            self.con = con

        def execute(self, sql, *args):
            if sql.startswith("COPY"):
                raise duckdb.BinderException("Binder Error: Referenced column \"x\" not found in FROM clause")
            return self.con.execute(sql, *args)

        def __getattr__(self, name):
            return getattr(self.con, name)

    with Store(tmp_path / "s.duckdb") as store:
        store.con = Faulty(store.con)
        with pytest.raises(duckdb.BinderException):
            store.export("events", "csv", tmp_path / "out.csv")
        store.con = store.con.con
    with Store(tmp_path / "s.duckdb") as store, pytest.raises(StoreError) as info:
        store.export("events", "csv", tmp_path / "no" / "out.csv")  # a file that cannot be written still is E038
    assert info.value.code == "E038"


def test_an_ingest_that_cannot_get_the_lock_never_removes_the_store(tmp_path, monkeypatch):
    """Two ingests start together on a new store: the one that loses the lock must not delete the
    file the other writes (rev m9t 1). The winner is a real process; it takes the file between the
    loser's look (no file yet) and its open."""
    import subprocess
    import sys
    import textwrap

    import sitrep.store.duck as duck

    db = tmp_path / "new.duckdb"
    (tmp_path / "a.txt").write_text("Police fired tear gas at protesters in the capital on Saturday, witnesses said.")
    winner = textwrap.dedent("""
        import sys
        from sitrep.model import Skip
        from sitrep.store.duck import Store
        store = Store(sys.argv[1], snapshots=True)
        store.write_skip(Skip(origin="first.txt", reason="empty", code="E001"))
        store.commit()
        print("written", flush=True)
        sys.stdin.readline()
        store.close()
    """)
    real_init = duck.Store.__init__
    procs = []

    def late_open(self, path, **kwargs):
        if not procs:  # the other run takes the file now
            procs.append(subprocess.Popen([sys.executable, "-c", winner, str(db)], stdin=subprocess.PIPE,
                                          stdout=subprocess.PIPE, text=True))
            assert procs[0].stdout.readline().strip() == "written"
        real_init(self, path, **kwargs)

    monkeypatch.setattr(duck.Store, "__init__", late_open)
    try:
        result = runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", str(db)])
        assert result.exit_code == 1 and "E030" in result.stderr
        assert db.exists()  # was: removed while the other run wrote to it
    finally:
        procs[0].communicate("go\n", timeout=60)
    monkeypatch.setattr(duck.Store, "__init__", real_init)
    with duck.Store(db, read_only=True) as store:
        assert [r["origin"] for r in store.rows("skips")] == ["first.txt"]


def test_an_ingest_that_cannot_remove_its_empty_store_still_reports_its_error(tmp_path, monkeypatch):
    """A new store in a folder where nothing can be removed: the run's error, not a traceback (rev m9t 8)."""
    import pathlib

    import sitrep.api
    from sitrep.errors import ConfigError

    def unreachable(*args, **kwargs):
        raise ConfigError("E025", address="tcp://127.0.0.1:1", detail="OSError: connection refused")

    real_unlink = pathlib.Path.unlink

    def unlink(self, missing_ok=False):
        if self.name.startswith("new.duckdb"):
            raise PermissionError(13, "Permission denied", str(self))
        return real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(sitrep.api, "ingest_paths", unreachable)
    monkeypatch.setattr(pathlib.Path, "unlink", unlink)
    (tmp_path / "a.txt").write_text("Police fired tear gas at protesters in the capital on Saturday, witnesses said.")
    result = runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "new.duckdb")])
    assert result.exit_code == 2 and isinstance(result.exception, SystemExit) and "E025" in result.stderr
