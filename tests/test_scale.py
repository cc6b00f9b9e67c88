"""Distributed ingest on a real Dask cluster: same reports as a local run, one writer, resumable."""
from __future__ import annotations

from dataclasses import replace

import pytest

distributed = pytest.importorskip("distributed")

import sitrep.scale  # noqa: E402
from sitrep.api import ingest_paths  # noqa: E402
from sitrep.config import Options  # noqa: E402
from sitrep.examples import files  # noqa: E402
from sitrep.store.duck import Store  # noqa: E402

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def scheduler():
    # In-process workers (threads) keep the test light; the code path is the one used
    # for a remote cluster: connect by address, submit batches, gather as they finish.
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def _stored(path):
    with Store(path, read_only=True) as store:
        return store.counts(), sorted(r["id"] for r in store.rows("articles"))


def test_distributed_ingest_matches_local_and_resumes(tmp_path, scheduler):
    paths = [str(p) for p in files()]
    local = ingest_paths(paths, store=Store(tmp_path / "local.duckdb"), options=Options(batch_size=2))
    options = Options(batch_size=2, scheduler=scheduler)
    with Store(tmp_path / "dask.duckdb") as store:
        first = ingest_paths(paths, store=store, options=options)
    assert first.as_dict() == local.as_dict() and first.stored >= 5
    assert _stored(tmp_path / "dask.duckdb") == _stored(tmp_path / "local.duckdb")
    with Store(tmp_path / "dask.duckdb") as store:
        again = ingest_paths(paths, store=store, options=options)
    assert again.stored == 0 and again.unchanged == first.stored


def test_a_failed_batch_becomes_skips_and_the_run_goes_on(tmp_path, scheduler, monkeypatch):
    real = sitrep.scale.analyze_batch

    def flaky(articles, options):
        if any("protest" in (a.origin or "") for a in articles):
            raise RuntimeError("worker lost")
        return real(articles, options)

    monkeypatch.setattr(sitrep.scale, "analyze_batch", flaky)
    paths = [str(p) for p in files()]
    with Store(tmp_path / "d.duckdb") as store:
        summary = ingest_paths(paths, store=store, options=Options(batch_size=1, scheduler=scheduler))
        skips = list(store.rows("skips"))
    assert summary.skipped == 1 and summary.stored == summary.read - 1
    assert skips[0]["code"] == "E022" and "worker lost" in skips[0]["reason"] and "protest" in skips[0]["origin"]


def test_missing_dask_is_a_clear_error(monkeypatch):
    import builtins

    from sitrep.errors import ConfigError

    real_import = builtins.__import__

    def no_dask(name, *args, **kwargs):
        if name == "distributed":
            raise ImportError("No module named 'distributed'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_dask)
    with pytest.raises(ConfigError) as e:
        list(sitrep.scale.run_distributed(iter([]), options=replace(Options(), workers=2)))
    assert e.value.code == "E021"


@pytest.mark.parametrize("address", ["notaurl", "http://head:8786"])
def test_a_scheduler_address_that_cannot_work_is_a_clear_error(address):
    from sitrep.errors import ConfigError

    with pytest.raises(ConfigError) as e:
        list(sitrep.scale.run_distributed(iter([]), options=Options(scheduler=address)))
    assert e.value.code == "E025" and address in e.value.message


def test_two_local_clusters_at_once_take_no_fixed_port():
    # ``--workers`` runs at the same time (two ingests into two stores) must not fight over the
    # scheduler's HTTP port: Dask binds 8787 even with dashboard_address=None, and warns when
    # another process holds it. Hold it here so the collision happens whatever else runs.
    import socket
    import warnings

    held = socket.socket()
    try:
        held.bind(("127.0.0.1", 8787))
        held.listen()
    except OSError:
        pass  # something else holds it already: the same collision
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            with sitrep.scale.local_cluster(0, processes=False) as first, sitrep.scale.local_cluster(0, processes=False) as second:
                ports = [s.getsockname()[1] for c in (first, second) for s in c.scheduler.http_server._sockets.values()]
    finally:
        held.close()
    assert not [w for w in caught if "already in use" in str(w.message)], [str(w.message) for w in caught]
    assert ports and 8787 not in ports and len(set(ports)) == len(ports)
