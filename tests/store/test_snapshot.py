"""Readers while another process writes: DuckDB lets no other process open the file, so a
writer that keeps snapshots (``sitrep ingest``) leaves a copy made at batch ends, which a
read-only Store opens instead of failing with E030 (the web API's 503)."""
from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from sitrep.errors import StoreError
from sitrep.store.duck import Store

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
    assert not (tmp_path / "s.duckdb.snapshot").exists()  # removed with the writer
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
    (tmp_path / "s.duckdb.snapshot").write_bytes(db.read_bytes())  # as a killed ingest leaves it
    with Store(db):
        assert not (tmp_path / "s.duckdb.snapshot").exists()
