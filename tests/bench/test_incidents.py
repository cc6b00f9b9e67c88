"""The pure scorer of `sitrep bench incidents` on tiny hand-made inputs."""
from __future__ import annotations

import pytest

from sitrep.bench.incidents import names_match, score


def gold():
    return [
        {"id": "G1", "gold_incident": {
            "event_type": "Shelling/artillery/missile attack", "date": "2022-01-05",
            "location": {"lat": 10.0, "lon": 10.0},
            "killed": {"figures": [{"value": {"min": 4, "max": 4}, "claimed_by": ["Health Ministry"]},
                                   {"value": {"min": 7, "max": None}, "claimed_by": ["local monitor"]}]},
            "injured": None,
            "contested": [{"field": "killed", "positions": [{"value": "4", "claimed_by": ["Health Ministry"]},
                                                            {"value": "7+", "claimed_by": ["local monitor"]}]}]},
         "articles": [{"url": "u1", "claims": [{"field": "killed", "value": {"min": 4, "max": 4}, "claimed_by": "Health Ministry"},
                                               {"field": "intent", "value": "x", "claimed_by": "y"}]},
                      {"url": "u2", "claims": [{"field": "date", "value": "2022-01-05", "claimed_by": "reporter"}]}]},
        {"id": "G2", "gold_incident": {"event_type": "Armed clash", "date": "2022-01-09", "location": {"lat": 0.0, "lon": 0.0},
                                       "contested": []},
         "articles": [{"url": "u3", "claims": []}]},
    ]


def test_perfect_prediction():
    pred = [
        {"id": "A", "event_type": "Shelling/artillery/missile attack", "date": "2022-01-05", "location": {"lat": 10.1, "lon": 10.0},
         "articles": [{"url": "u1"}, {"url": "u2"}],
         "killed": {"figures": [{"min": 4, "max": 4, "claimed_by": ["the health ministry"]},
                                {"min": 7, "max": None, "claimed_by": ["monitor"]}]},
         "contested": [{"field": "killed", "positions": [{"value": "4", "claimed_by": ["ministry of health", "Health Ministry"]},
                                                         {"value": "7", "claimed_by": ["local monitor"]}]}],
         "claims": [{"field": "killed", "value": {"min": 4, "max": 4}, "claimed_by": "Health Ministry", "article": "u1"},
                    {"field": "date", "value": "2022-01-05", "claimed_by": "reporter", "article": "u2"}]},
        {"id": "B", "event_type": "Armed clash", "date": "2022-01-09", "location": {"lat": 0.0, "lon": 0.0}, "articles": [{"url": "u3"}]},
    ]
    s = score(gold(), pred)
    assert s["bcubed_f1"] == 1.0
    assert s["event_type_accuracy"] == s["date_accuracy"] == s["place_accuracy"] == 1.0
    assert s["killed_figure_recall"] == 1.0 and s["contested_recall"] == 1.0 and s["claim_recall"] == 1.0
    assert s["injured_figure_recall"] is None
    assert s["claims_missing"] == []


def test_everything_merged_costs_precision_and_wrong_claimer_costs_recall():
    pred = [{"id": "A", "event_type": "Armed clash", "date": "2022-01-06", "location": {"lat": 11.0, "lon": 10.0},
             "articles": [{"url": "u1"}, {"url": "u2"}, {"url": "u3"}],
             "killed": {"figures": [{"min": 4, "max": 4, "claimed_by": ["army"]}]},
             "contested": [], "claims": [{"field": "killed", "value": {"min": 4, "max": 4}, "claimed_by": "army", "article": "u1"}]}]
    s = score(gold(), pred)
    assert s["bcubed_recall"] == 1.0
    assert s["bcubed_precision"] == pytest.approx((2 / 3 * 2 + 1 / 3) / 3, abs=1e-4)
    assert s["killed_figure_recall"] == 0.0 and s["contested_recall"] == 0.0 and s["claim_recall"] == 0.0
    assert s["claims_missing"] == ['u1: killed {"min": 4, "max": 4} claimed by \'Health Ministry\'',
                                   "u2: date \"2022-01-05\" claimed by 'reporter'"]
    assert s["place_accuracy"] == 0.0  # 111 km off G1, 1,500 km off G2
    assert s["date_accuracy"] == 0.0


def test_unassigned_articles_are_singletons():
    s = score(gold(), [])
    assert s["bcubed_precision"] == 1.0 and s["bcubed_recall"] == pytest.approx((0.5 + 0.5 + 1) / 3, abs=1e-4)


@pytest.mark.parametrize("a, b, ok", [
    ("Amnesty International's Kenya office", "Amnesty International Kenya", True),
    ("the Health Ministry", "health ministry", True),
    ("Colonel Ali Hassan (army)", "A army spokesman, Colonel Ali Hassan,", True),
    ("police", "Kenya National Commission on Human Rights", False),
    ("", "police", False),
])
def test_names_match(a, b, ok):
    assert names_match(a, b) is ok
