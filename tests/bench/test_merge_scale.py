"""The synthetic stream and the scale bench, kept small."""
from __future__ import annotations

from sitrep.bench.merge_scale import bcubed, run_merge_scale, synthetic_stream


def test_stream_is_seeded_and_in_publication_order():
    a = [(m.id, t, m.date) for m, t in synthetic_stream(500, seed=3)]
    b = [(m.id, t, m.date) for m, t in synthetic_stream(500, seed=3)]
    assert a == b and len(a) == 500
    truths = [t for _, t, _ in a]
    assert len(set(truths)) < len(truths)  # duplicates of one incident are in the stream


def test_bcubed_on_small_clusterings():
    assert bcubed([1, 1, 2], ["a", "a", "b"]) == (1.0, 1.0, 1.0)
    p, r, _ = bcubed([1, 1, 2], ["a", "a", "a"])
    assert round(p, 4) == round((2 / 3 * 2 + 1 / 3) / 3, 4) and r == 1.0


def test_scale_run_reports_time_memory_and_quality():
    out = run_merge_scale(2000, seed=1)
    assert out["n"] == 2000 and out["seconds"] > 0 and out["peak_rss_mb"] > 0
    assert out["incidents_found"] < 2000
    assert out["bcubed_f1"] > 0.9
