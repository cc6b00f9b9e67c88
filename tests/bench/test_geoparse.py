"""bench geoparse: the pure scorer on hand-made documents, and a run on LGL when present."""
from __future__ import annotations

import math
from pathlib import Path

import pytest

from sitrep.bench.geoparse import MAX_ERROR_KM, Prediction, auc_log_error, geotext_peer, haversine_km, score

PARIS = (48.8566, 2.3522)
LYON = (45.764, 4.8357)  # ~392 km from Paris
VERSAILLES = (48.8049, 2.1204)  # ~18 km from Paris


def g(start, end, point=None):
    lat, lon = point if point else (None, None)
    return {"start": start, "end": end, "lat": lat, "lon": lon}


def test_haversine():
    assert haversine_km(*PARIS, *PARIS) == 0
    assert 380 < haversine_km(*PARIS, *LYON) < 400


def test_perfect_system():
    gold = [[g(0, 5, PARIS), g(10, 14, LYON)]]
    pred = [[Prediction(0, 5, *PARIS), Prediction(10, 14, *LYON)]]
    m = score(gold, pred, pred)
    assert m["recognition_exact"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert m["acc161_gold"] == m["acc161_e2e"] == 1.0
    assert m["mean_error_km"] == 0 and m["auc_log_error"] == 0


def test_recognition_exact_vs_overlap():
    gold = [[g(0, 5, PARIS), g(10, 20, LYON)]]
    # one exact, one overlapping, one spurious
    pred = [[Prediction(0, 5, *PARIS), Prediction(10, 14, *LYON), Prediction(30, 35, *LYON)]]
    m = score(gold, pred, [[None, None]])
    assert m["recognition_exact"]["precision"] == round(1 / 3, 4)
    assert m["recognition_exact"]["recall"] == 0.5
    assert m["recognition_overlap"]["recall"] == 1.0
    assert m["recognition_overlap"]["precision"] == round(2 / 3, 4)
    # e2e uses the system's own (overlapping) spans; both placed right
    assert m["acc161_e2e"] == 1.0
    # gold-span resolution was left unresolved: worst error, no accuracy
    assert m["acc161_gold"] == 0.0 and m["mean_error_km"] == MAX_ERROR_KM


def test_one_prediction_matches_one_gold():
    gold = [[g(0, 5, PARIS), g(6, 10, PARIS)]]
    pred = [[Prediction(0, 10, *PARIS)]]
    m = score(gold, pred, [[None, None]])
    assert m["recognition_overlap"]["recall"] == 0.5
    assert m["acc161_e2e"] == 0.5


def test_resolution_threshold_and_missing_gold_coordinates():
    gold = [[g(0, 5, PARIS), g(10, 14, PARIS), g(20, 25)]]
    resolved = [[Prediction(0, 5, *VERSAILLES), Prediction(10, 14, *LYON), None]]
    m = score(gold, [[]], resolved)
    assert m["resolved_gold_toponyms"] == 2  # the one without coordinates is left out
    assert m["acc161_gold"] == 0.5
    assert m["median_error_km"] == pytest.approx((haversine_km(*PARIS, *VERSAILLES) + haversine_km(*PARIS, *LYON)) / 2, abs=0.1)
    assert m["recognition_exact"]["recall"] == 0.0 and m["acc161_e2e"] == 0.0


def test_auc_of_log_error():
    assert auc_log_error([0, 0, 0]) == 0
    assert auc_log_error([MAX_ERROR_KM] * 3) == pytest.approx(1.0)
    mixed = auc_log_error([0, 100, 10_000])
    assert 0 < mixed < 1
    # the curve is over sorted errors: order does not matter
    assert auc_log_error([10_000, 0, 100]) == mixed
    assert auc_log_error([0, 100]) == pytest.approx(math.log1p(100) / math.log1p(MAX_ERROR_KM) / 2)


def test_documents_must_align():
    with pytest.raises(ValueError):
        score([[g(0, 5, PARIS)]], [], [])


def test_geotext_peer_offsets():
    pytest.importorskip("geotext")
    text = "Flooding hit Paris and Lyon, France."
    preds = geotext_peer(text)
    spans = {text[p.start : p.end] for p in preds}
    assert {"Paris", "Lyon", "France"} <= spans
    paris = next(p for p in preds if text[p.start : p.end] == "Paris")
    assert haversine_km(paris.lat, paris.lon, *PARIS) < 20


LGL = Path(__file__).resolve().parents[2].parent / "shared" / "bench" / "geoparsing" / "lgl.jsonl"


@pytest.mark.bench
@pytest.mark.model
def test_lgl_subset(tmp_path):
    if not LGL.exists():
        pytest.skip("../shared/bench/geoparsing not present")
    from sitrep.bench.geoparse import run_geoparse

    out = tmp_path / "pred.jsonl"
    m = run_geoparse(LGL, limit=15, predictions=out, peer=False)
    assert m["docs"] == 15
    assert m["acc161_gold"] > 0.65
    assert m["recognition_overlap"]["f1"] > 0.5
    rows = out.read_text(encoding="utf-8").splitlines()
    assert len(rows) == 15
