"""A figure that counts one group inside a toll ("two officers were killed by rioters", "seven
policemen were among the dead") below a figure that counts everyone is a part of that toll: kept
among the figures, but no toll of its own in the range, the views or the contested positions;
the other side's fighters ("nine militants") stay a rival figure, and so does a group's figure beside
another voice's total in another report. Figures written for these tests."""
from __future__ import annotations

import dataclasses

from sitrep.merge import reconcile
from tests.merge.test_reconcile import fig, m


def _of(figure, group):
    return dataclasses.replace(figure, of=group)


def test_a_groups_deaths_below_the_full_toll_are_part_of_it():
    inc = reconcile([m(1, "2022-06-01", [fig(11, "rights group", "u1", qualifier="at_least"), _of(fig(2, "police", "u1"), "officers")]),
                     m(2, "2022-06-01", [fig(14, "activists", "u2")])], incident_id="X")
    assert 2 in [f.min for f in inc.killed.figures]
    assert (inc.killed.low, inc.killed.conservative) == (11, 11), inc.killed
    contested = [c for c in inc.contested if c.field == "killed"]
    assert not contested or all(p.value != "2" for c in contested for p in c.positions), contested


def test_the_other_sides_fighters_stay_a_rival_toll():
    inc = reconcile([m(1, "2022-06-01", [_of(fig(9, "coalition", "u1"), "militants")]),
                     m(2, "2022-06-01", [fig(12, "health officials", "u2", qualifier="at_least")])], incident_id="X")
    (c,) = [c for c in inc.contested if c.field == "killed"]
    assert [p.value for p in c.positions] == ["9", "at least 12"], c.positions
    assert inc.killed.low == 9


def test_a_groups_deaths_above_the_full_toll_are_no_part():
    inc = reconcile([m(1, "2022-06-01", [_of(fig(20, "army", "u1"), "soldiers"), fig(12, "officials", "u1")])], incident_id="X")
    assert (inc.killed.low, inc.killed.high) == (12, 20)


def test_another_voices_total_does_not_make_a_groups_figure_a_part():
    """The army's "7 soldiers" is its whole toll: the rebels' "at least 50" and the officials' 8,
    told in other reports, do not make it a part of theirs."""
    inc = reconcile([m(1, "2022-06-01", [_of(fig(7, "army", "u1"), "soldiers")]),
                     m(2, "2022-06-01", [fig(50, "rebels", "u2", qualifier="at_least")]),
                     m(3, "2022-06-01", [fig(8, "officials", "u3")])], incident_id="X")
    assert (inc.killed.low, inc.killed.conservative) == (7, 7), inc.killed
    (c,) = [c for c in inc.contested if c.field == "killed"]
    assert "7" in [p.value for p in c.positions], c.positions


def test_a_groups_figure_is_part_of_its_own_claimers_total_told_elsewhere():
    inc = reconcile([m(1, "2022-06-01", [_of(fig(3, "police", "u1"), "officers")]),
                     m(2, "2022-06-02", [fig(12, "police", "u2")])], incident_id="X")
    assert (inc.killed.low, inc.killed.high) == (12, 12), inc.killed


def _perpetrated(mention, name):
    from sitrep.model import Party

    return dataclasses.replace(mention, perpetrators=[Party(name=name)])


def test_the_attackers_own_dead_are_no_rival_of_the_victims_toll():
    # "Gunmen killed 12 villagers ... the army said 30 attackers were killed"
    inc = reconcile([m(1, "2022-06-01", [_of(fig(12, "officials", "u1"), "villagers"), _of(fig(30, "army", "u1"), "attackers")])],
                    incident_id="X")
    assert 30 in [f.min for f in inc.killed.figures]
    assert (inc.killed.low, inc.killed.high) == (12, 12), inc.killed
    assert not [c for c in inc.contested if c.field == "killed"], inc.contested
    # the attackers' dead alone told: they are the toll
    inc = reconcile([m(1, "2022-06-01", [_of(fig(5, "police", "u1"), "attackers")])], incident_id="X")
    assert (inc.killed.low, inc.killed.high) == (5, 5)


def test_the_perpetrators_head_word_alone_does_not_make_the_victims_the_attackers():
    # "Armed men raided the village, killing 10 people, police said. A local chief said 14 men were killed":
    # "men" is no "armed men", the chief's 14 is a rival of the police's 10
    inc = reconcile([_perpetrated(m(1, "2022-06-01", [fig(10, "police", "u1"), _of(fig(14, "local chief", "u1"), "men")]),
                                  "Armed men")], incident_id="X")
    assert (inc.killed.low, inc.killed.high) == (10, 14), inc.killed
    (c,) = [c for c in inc.contested if c.field == "killed"]
    assert [p.value for p in c.positions] == ["10", "14"], c.positions
    # but the perpetrators named in full are the attackers ("30 armed men were killed")
    inc = reconcile([_perpetrated(m(1, "2022-06-01", [fig(10, "police", "u1"), _of(fig(30, "army", "u1"), "armed men")]),
                                  "Armed men")], incident_id="X")
    assert (inc.killed.low, inc.killed.high) == (10, 10), inc.killed


def test_the_perpetrators_own_dead_do_not_revise_the_same_voices_toll():
    # "Militants stormed a base, killing seven soldiers, the army said. The army said 25 militants were killed."
    inc = reconcile([_perpetrated(m(1, "2022-06-01", [_of(fig(7, "army", "u1"), "soldiers"), _of(fig(25, "army", "u1"), "militants")]),
                                  "Militants")], incident_id="X")
    assert (inc.killed.low, inc.killed.high) == (7, 7), inc.killed
    assert not any(f.superseded for f in inc.killed.figures), inc.killed.figures
