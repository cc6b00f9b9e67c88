"""bench plover: the scorer on hand-made records, and a short run on the real file when present."""
from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.bench.plover import Prediction, norm_code, run_plover, score

GSR = Path(__file__).resolve().parents[2] / "../shared/bench/plover_gsr/records.jsonl"


def rec(event, src, tar):
    return {"event": event, "source": [{"code": c} for c in src], "target": [{"code": c} for c in tar]}


def test_score_types_synonyms_and_codes():
    records = [
        rec("DEMAND", ["USA"], ["IRQ"]),  # 0.5b1 name: REQUEST in 2021
        rec("AGREE", ["JAP"], []),  # CAMEO code for Japan
        rec("FIGHT", ["ISR"], ["LBN"]),
        rec("PROTEST", [], ["FRA"]),
    ]
    preds = [
        Prediction("REQUEST", frozenset({"USA"}), frozenset({"IRQ", "IGO"}), frozenset({"REQUEST"})),
        Prediction("CONSULT", frozenset({"JPN"}), frozenset(), frozenset({"CONSULT", "AGREE"})),
        Prediction(None),
        Prediction("PROTEST", frozenset({"FRA"}), frozenset({"DEU"}), frozenset({"PROTEST"})),
    ]
    m = score(records, preds)
    assert m["type_accuracy"] == 0.5  # REQUEST right, CONSULT wrong, None wrong, PROTEST right
    assert m["type_any_accuracy"] == 0.75
    assert (m["source_n"], m["source_accuracy"]) == (3, round(2 / 3, 4))  # the record without gold source is not counted
    assert (m["target_n"], m["target_accuracy"]) == (3, round(1 / 3, 4))
    assert m["per_type"]["ASSAULT"] == 0.0 and m["top_confusions"]["ASSAULT->None"] == 1


def test_norm_code():
    assert norm_code("jap") == "JPN" and norm_code("USA") == "USA" and norm_code(None) is None
    assert norm_code("ITL") == "ITA" and norm_code("VTN") == "VNM"  # CAMEO spellings in the gold


def test_score_rejects_length_mismatch():
    with pytest.raises(ValueError):
        score([rec("AGREE", [], [])], [])


@pytest.mark.bench
@pytest.mark.model
def test_real_records_short_run(tmp_path):
    if not GSR.exists():
        pytest.skip("benchmark data absent")
    out = tmp_path / "p.jsonl"
    m = run_plover(GSR.resolve(), limit=40, predictions=out)
    assert m["n"] == 40 and len(out.read_text().splitlines()) == 40
    assert m["type_accuracy"] > 0.3  # the first 40 are AGREE/CONSULT/SUPPORT sentences


def test_group_code_counts_as_its_home_country():
    records = [rec("THREATEN", ["PSE"], ["ISR"])]
    preds = [Prediction("THREATEN", frozenset({"HAM"}), frozenset({"ISR"}), frozenset({"THREATEN"}))]
    assert score(records, preds)["source_accuracy"] == 0.0
    assert score(records, preds, homes={"HAM": "PSE"})["source_accuracy"] == 1.0


def test_group_without_home_country_counts_as_transnational():
    from sitrep.bench.plover import TRANSNATIONAL_GROUP

    records = [rec("THREATEN", ["IMG"], ["USA"])]
    preds = [Prediction("THREATEN", frozenset({"AQ"}), frozenset({"USA"}), frozenset({"THREATEN"}))]
    assert score(records, preds, homes={"AQ": TRANSNATIONAL_GROUP})["source_accuracy"] == 1.0
    assert score(records, preds, homes={"AQ": "AFG"})["source_accuracy"] == 0.0


def test_size_accuracy_counts_participant_sizes_that_read_as_numbers():
    from sitrep.bench.plover import size_matches

    records = [
        {**rec("PROTEST", [], []), "size": "Thousands"},
        {**rec("PROTEST", [], []), "size": "100"},  # "Up to 100 ... demonstrated"
        {**rec("PROTEST", [], []), "size": "Tens of thousands"},
        {**rec("PROTEST", [], []), "size": "group"},  # no number: not scored
        {**rec("COERCE", [], []), "size": "100"},  # people arrested: no participants
        rec("PROTEST", [], []),  # no gold size: not scored
    ]
    preds = [
        Prediction("PROTEST", size=(2000, None)),
        Prediction("PROTEST", size=(None, 100)),
        Prediction("PROTEST", size=(2000, None)),  # thousands, not tens of thousands
        Prediction("PROTEST", size=(5, 5)),
        Prediction("COERCE", size=(100, 100)),
        Prediction("PROTEST", size=(7, 7)),
    ]
    m = score(records, preds)
    assert (m["size_n"], m["size_accuracy"]) == (3, round(2 / 3, 4))
    assert size_matches("group", (1, 1)) is None and size_matches("1000", None) is False
