"""bench event-types: the scorer on hand-made inputs, the CLI wiring, the real file when present."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitrep.bench.event_types import rule_labels, rules_first, run_event_types, score

DEV = Path(__file__).resolve().parents[2] / "../shared/bench/case2021_event_types/dev.jsonl"


def test_score_hand_made():
    gold = ["A", "A", "B", "C"]
    pred = ["A", "B", "B", "A"]
    m = score(gold, pred)
    # A: P 1/2 R 1/2 F1 .5 ; B: P 1/2 R 1 F1 2/3 ; C: 0
    assert m["micro_f1"] == 0.5
    assert m["per_label"]["A"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5, "support": 2}
    assert m["per_label"]["B"]["f1"] == pytest.approx(0.6667, abs=1e-4)
    assert m["per_label"]["C"]["f1"] == 0.0
    assert m["macro_f1"] == pytest.approx((0.5 + 0.6667 + 0) / 3, abs=1e-4)
    assert m["weighted_f1"] == pytest.approx((0.5 * 2 + 0.6667 * 1) / 4, abs=1e-4)


def test_score_perfect_and_label_only_predicted():
    assert score(["X", "Y"], ["X", "Y"])["weighted_f1"] == 1.0
    m = score(["X", "X"], ["X", "Z"])  # Z never in gold: costs X recall, not a row of its own
    assert set(m["per_label"]) == {"X"} and m["per_label"]["X"]["recall"] == 0.5


def test_score_rejects_length_mismatch():
    with pytest.raises(ValueError):
        score(["A"], ["A", "B"])


def test_run_on_small_file(tmp_path):
    rows = [
        {"id": "1", "text": "Police fired tear gas to disperse hundreds of students marching on parliament.", "label": "PROTEST_WITH_INTER"},
        {"id": "2", "text": "A 6.1 magnitude earthquake struck the coastal province overnight, flattening homes.", "label": "NATURAL_DISASTER"},
    ]
    path = tmp_path / "mini.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    out = tmp_path / "pred.jsonl"
    m = run_event_types(path, method="cues", predictions=out)
    assert m["n"] == 2 and m["method"] == "cues"
    assert [json.loads(x)["predicted"] for x in out.read_text().splitlines()] == ["PROTEST_WITH_INTER", "NATURAL_DISASTER"]
    m = run_event_types(path, method="model")
    assert m["in_training"] == 0 and m["weighted_f1"] == 1.0


@pytest.mark.bench
def test_dev_file_cues_baseline():
    if not DEV.exists():
        pytest.skip("benchmark data absent")
    m = run_event_types(DEV.resolve(), method="cues")
    assert m["n"] == 304 and len(m["per_label"]) == 30
    assert m["weighted_f1"] > 0.4  # far above the majority-class baseline (~0.01)


def test_cv_takes_a_fold_seed(tmp_path):
    texts = {
        "PEACEFUL_PROTEST": ["Hundreds of teachers marched peacefully to demand higher pay.",
                             "Students held a sit-in outside the ministry over tuition fees.",
                             "Farmers rallied in the capital against new import rules.",
                             "Nurses staged a peaceful demonstration over unpaid wages."],
        "NATURAL_DISASTER": ["A strong earthquake struck the coastal province overnight.",
                             "Floods swept away homes after days of heavy rain.",
                             "A cyclone made landfall, flattening villages along the coast.",
                             "A landslide buried a mountain village after torrential rain."],
    }
    rows = [{"id": f"{lab}{i}", "text": t, "label": lab} for lab, ts in texts.items() for i, t in enumerate(ts)]
    path = tmp_path / "mini.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    m = run_event_types(path, method="sparse", cv=2, cv_seed=1)
    assert m["n"] == 8 and m["cv_folds"] == 2 and m["cv_seed"] == 1


def test_rules_first_takes_only_trusted_rule_labels():
    assert rules_first(["A", "B", None], ["X", "Y", "Z"], {"A"}) == ["A", "Y", "Z"]
    with pytest.raises(ValueError):
        rules_first(["A"], ["X", "Y"], {"A"})


def test_rule_labels_read_the_pipelines_rules():
    # texts written for this test; the event rules code these sub-types without the classifier
    got = rule_labels(["A suicide bomber blew himself up at an army checkpoint, killing seven soldiers.",
                       "Government troops recaptured the town from the rebels on Sunday.",
                       "The two leaders discussed trade over dinner."])
    assert got == ["SUIC_BOMB", "GOV_REGAINS_TERIT", None]
