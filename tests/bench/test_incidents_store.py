"""sitrep bench incidents-store on a small stream: the store path decides as the batch index."""
from __future__ import annotations

from sitrep.bench.incidents_store import run_incidents_store
from sitrep.bench.merge_scale import synthetic_stream
from sitrep.merge.index import IncidentIndex


def test_small_run_agrees_with_the_batch_index():
    out = run_incidents_store(400, attach=150, batch=20, seed=3)
    index = IncidentIndex()
    for m, _ in synthetic_stream(400, seed=3):
        index.add(m)
    assert out["n"] == 400 and out["attached"] == 150
    assert out["agree_with_batch"] == 1.0
    assert out["incidents"] == len(index)  # the store holds the batch's incidents, no more, no fewer
    assert out["mentions_per_second"] > 0 and out["peak_rss_mb"] > 0
