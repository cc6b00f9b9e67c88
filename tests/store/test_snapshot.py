"""Readers while another process writes: DuckDB lets no other process open the file, so a
writer that keeps snapshots (``sitrep ingest``) leaves a copy made at batch ends, which a
read-only Store opens instead of failing with E030 (the web API's 503)."""
from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from sitrep.errors import StoreError
from sitrep.store.duck import Store, snapshot_path

# A writer in its own process (the lock is per process): one committed skip, a snapshot, then an
# uncommitted one; it waits for a line on standard input between the steps.
WRITER = textwrap.dedent("""
    import sys
    import sitrep.store.duck as duck
    from sitrep.model import Skip
    duck.SNAPSHOT_EVERY = duck.SNAPSHOT_SPEND = 0.0  # a snapshot at every commit
    store = duck.Store(sys.argv[1], snapshots=sys.argv[2] == "1")
    store.write_skip(Skip(origin="first.txt", reason="empty", code="E001"))
    store.commit()
    store.write_skip(Skip(origin="second.txt", reason="empty", code="E001"))  # in the open transaction
    print("written", flush=True)
    sys.stdin.readline()
    store.commit()
    store.close()
    print("closed", flush=True)
""")


def _writer(path, snapshots: bool) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path), "1" if snapshots else "0"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "written"
    return proc


def _origins(path) -> list[str]:
    with Store(path, read_only=True) as store:
        return sorted(r["origin"] for r in store.rows("skips"))


def test_a_reader_reads_the_writers_last_snapshot_while_it_writes(tmp_path):
    db = tmp_path / "s.duckdb"
    proc = _writer(db, snapshots=True)
    try:
        with Store(db, read_only=True) as store:
            assert store.snapshot is not None
            assert [r["origin"] for r in store.rows("skips")] == ["first.txt"]  # committed, not the open batch
        with pytest.raises(StoreError) as e:
            Store(db)  # the writer still holds its file: copying it dropped no lock
        assert e.value.code == "E030"
    finally:
        proc.communicate("go\n", timeout=60)
    assert not snapshot_path(db).exists()  # removed with the writer
    with Store(db, read_only=True) as store:
        assert store.snapshot is None and sorted(r["origin"] for r in store.rows("skips")) == ["first.txt", "second.txt"]


def test_without_snapshots_a_reader_still_waits_for_the_writer(tmp_path):
    db = tmp_path / "s.duckdb"
    proc = _writer(db, snapshots=False)
    try:
        with pytest.raises(StoreError) as e:
            _origins(db)
        assert e.value.code == "E030"
    finally:
        proc.communicate("go\n", timeout=60)
    assert _origins(db) == ["first.txt", "second.txt"]


def test_the_web_api_answers_from_the_snapshot_during_an_ingest(tmp_path):
    from fastapi.testclient import TestClient

    from sitrep.present.web import create_app

    db = tmp_path / "s.duckdb"
    proc = _writer(db, snapshots=True)
    try:
        resp = TestClient(create_app(db=db)).get("/api/tables/skips")
    finally:
        proc.communicate("go\n", timeout=60)
    assert resp.status_code == 200 and [r["origin"] for r in resp.json()["rows"]] == ["first.txt"]  # was 503 (E030)


def test_a_snapshot_left_by_a_dead_writer_is_removed_by_the_next_writer(tmp_path):
    db = tmp_path / "s.duckdb"
    Store(db).close()
    snapshot_path(db).write_bytes(db.read_bytes())  # as a killed ingest leaves it
    with Store(db):
        assert not snapshot_path(db).exists()


# -- a user's files next to the store are never taken for sitrep's copy, nor removed (rev m9t 2)

def test_a_users_file_named_like_the_old_snapshot_is_left_alone(tmp_path):
    db = tmp_path / "news.duckdb"
    Store(db).close()
    backup = tmp_path / "news.duckdb.snapshot"  # `cp news.duckdb.bak news.duckdb.snapshot`
    backup.write_bytes(db.read_bytes())
    with Store(db):  # incidents --backfill: a writer without snapshots
        pass
    with Store(db, snapshots=True):  # an ingest
        assert snapshot_path(db).exists()
    assert backup.exists() and not snapshot_path(db).exists()


def test_a_file_at_the_copys_name_that_is_no_copy_is_neither_replaced_nor_removed(tmp_path):
    db = tmp_path / "news.duckdb"
    snapshot_path(db).write_text("my notes\n")
    with Store(db, snapshots=True):
        pass
    with Store(db):
        pass
    assert snapshot_path(db).read_text() == "my notes\n"


# -- a copy that cannot be made takes the old one with it (rev m9t 3)

def test_when_no_copy_can_be_made_readers_get_no_old_one(tmp_path, monkeypatch):
    import sitrep.store.duck as duck
    from sitrep.model import Skip

    db = tmp_path / "s.duckdb"
    monkeypatch.setattr(duck, "SNAPSHOT_EVERY", 0.0)
    monkeypatch.setattr(duck, "SNAPSHOT_SPEND", 0.0)
    store = Store(db, snapshots=True)
    assert snapshot_path(db).exists()
    monkeypatch.setattr(duck, "_COPY", "import sys; sys.exit('No space left on device')")  # the disk is full now
    store.write_skip(Skip(origin="a.txt", reason="empty", code="E001"))
    store.commit()
    assert not snapshot_path(db).exists()  # was: the copy made at open, readers took it for the store
    assert not list(tmp_path.glob("*.part"))
    store.close()


def test_a_failed_checkpoint_is_a_store_error_not_a_traceback(tmp_path, monkeypatch):
    import duckdb

    import sitrep.store.duck as duck
    from sitrep.model import Skip

    class FullDisk:  # the connection, failing as DuckDB does when the disk is full
        def __init__(self, con):
            self.con = con

        def execute(self, sql, *args):
            if sql == "CHECKPOINT":
                raise duckdb.FatalException("FATAL Error: Failed to flush: No space left on device")
            return self.con.execute(sql, *args)

        def close(self):
            self.con.close()

    db = tmp_path / "s.duckdb"
    monkeypatch.setattr(duck, "SNAPSHOT_EVERY", 0.0)
    monkeypatch.setattr(duck, "SNAPSHOT_SPEND", 0.0)
    store = Store(db, snapshots=True)
    store.con = FullDisk(store.con)
    store.write_skip(Skip(origin="a.txt", reason="empty", code="E001"))
    with pytest.raises(StoreError) as e:
        store.commit()
    assert e.value.code == "E041" and "No space left" in e.value.message
    assert not snapshot_path(db).exists()
    store.close()


def test_ingest_stops_with_e041_when_the_store_cannot_be_written(tmp_path, monkeypatch):
    from sitrep.api import _commit
    from sitrep.model import Skip

    db = tmp_path / "s.duckdb"
    store = Store(db)
    store.write_skip(Skip(origin="a.txt", reason="empty", code="E001"))

    def full(*args, **kwargs):
        raise StoreError("E041", path=db, detail="No space left on device")

    monkeypatch.setattr(store, "commit", full)
    with pytest.raises(StoreError):  # was: taken for an incident failure, the batch written again (E037)
        _commit(store, [])
    store.con.close()


# -- temporary copies: one name per copy, removed by any writer, the copier dies with its writer (rev m9t 4)

def test_any_writer_removes_temporary_copies_left_by_a_dead_one(tmp_path):
    db = tmp_path / "s.duckdb"
    Store(db).close()
    left = snapshot_path(db).with_name(snapshot_path(db).name + ".4242-3.part")
    left.write_bytes(db.read_bytes()[:100])  # a copy cut short by kill -9
    mine = tmp_path / "s.duckdb.part"  # not sitrep's
    mine.write_text("x")
    with Store(db):
        pass
    assert not left.exists() and mine.exists()


def test_each_copy_has_its_own_temporary_name(tmp_path, monkeypatch):
    import sitrep.store.duck as duck

    seen = []
    real = duck.subprocess.run

    def run(cmd, **kwargs):
        seen.append(cmd[-2])
        return real(cmd, **kwargs)

    monkeypatch.setattr(duck.subprocess, "run", run)
    store = Store(tmp_path / "s.duckdb", snapshots=True)
    store._make_snapshot()
    store.close()
    assert len(seen) == 2 and len(set(seen)) == 2 and all(str(duck.os.getpid()) in s for s in seen)


KILLED = textwrap.dedent("""
    import sys
    import sitrep.store.duck as duck
    duck._COPY = duck._COPY.replace("shutil.copyfile", "import time; print(os.getpid(), flush=True); time.sleep(60); shutil.copyfile")  # slow
    import subprocess
    real = subprocess.run
    def run(cmd, **kw):
        kw.pop("capture_output", None)
        return real(cmd, stdout=None, stderr=subprocess.DEVNULL, **kw)
    duck.subprocess.run = run
    duck.Store(sys.argv[1], snapshots=True)
""")


def test_the_copier_dies_with_a_killed_writer(tmp_path):
    import os
    import signal
    import time

    proc = subprocess.Popen([sys.executable, "-c", KILLED, str(tmp_path / "s.duckdb")], stdout=subprocess.PIPE, text=True)
    child = int(proc.stdout.readline())
    proc.kill()  # kill -9 while it copies
    proc.wait(timeout=30)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.kill(child, 0)
        except ProcessLookupError:
            break
        time.sleep(0.1)
    else:
        os.kill(child, signal.SIGKILL)
        pytest.fail("the copier outlived its writer")


# -- readers are told they read a copy (rev m9t 5)

def test_cli_readers_are_told_they_read_a_copy_and_its_age(tmp_path):
    from typer.testing import CliRunner

    from sitrep.cli import app

    db = tmp_path / "s.duckdb"
    proc = _writer(db, snapshots=True)
    try:
        export = CliRunner().invoke(app, ["export", "--db", str(db), "--table", "skips", "--format", "json"])
        listing = CliRunner().invoke(app, ["incidents", "--db", str(db)])
    finally:
        proc.communicate("go\n", timeout=60)
    assert export.exit_code == 0 and "first.txt" in export.stdout
    for result in (export, listing):
        assert "reading its copy made at" in result.stderr and "s old" in result.stderr


def test_the_web_api_says_it_answers_from_a_copy(tmp_path):
    from fastapi.testclient import TestClient

    from sitrep.present.web import create_app

    db = tmp_path / "s.duckdb"
    Store(db).close()
    client = TestClient(create_app(db=db))
    assert "X-Sitrep-Snapshot" not in client.get("/api/tables").headers  # the file itself
    proc = _writer(db, snapshots=True)
    try:
        resp = client.get("/api/tables/skips")
    finally:
        proc.communicate("go\n", timeout=60)
    assert resp.status_code == 200 and resp.headers["X-Sitrep-Snapshot"].endswith("+00:00")
    assert float(resp.headers["X-Sitrep-Snapshot-Age"]) >= 0


# -- only DuckDB's lock error sends a reader to the copy (rev m9t 6)

def test_a_broken_file_whose_path_says_lock_is_not_read_from_a_copy(tmp_path):
    folder = tmp_path / "x_blocklists"
    folder.mkdir()
    db = folder / "news.duckdb"
    Store(db).close()
    for copy in (snapshot_path(db), folder / "news.duckdb.snapshot"):  # a copy under the name of now and of before
        copy.write_bytes(db.read_bytes())
    db.write_bytes(bytes(range(256)) * 64)  # not a database
    with pytest.raises(StoreError) as e:
        Store(db, read_only=True)
    assert e.value.code == "E030"
