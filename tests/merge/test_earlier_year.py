"""A year before the main incident's dates only the clause that names it, and an accusation is
no other incident's for a clause that describes its speaker. Sentences written for these tests
(a reviewer's): the toll updates of the main incident stay on it."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import Article

pytestmark = pytest.mark.model

LEAD = "Gunmen killed 12 villagers in Zamfara state on Sunday, police said. "


def _mention(pipeline, text: str, published: dt.date = dt.date(2024, 3, 4)):
    from sitrep.merge.mentions import mentions_from_report

    (m,) = mentions_from_report(pipeline.analyze(Article(id="t", text=text, published=published)))
    return m


def _killed(m) -> list[int | None]:
    return sorted(f.min for f in m.figures if f.field == "killed")


@pytest.mark.parametrize("second, kept, left", [
    # the year dates the raid that killed 40, not the update to 18
    ("The toll rose to 18 on Monday, the worst attack since a raid in 2021 killed 40.", 18, 40),
    # the year dates the gang's forming, a relative clause after the toll
    ("A local official said 18 people had died in the raid, which was carried out by a gang that was formed in 2020.", 18, None),
    # a year fronting the sentence ("In 2019, ...") dates it as one inside it does
    ("The toll rose to 18 on Monday. In 2019, a raid on the same village killed 40.", 18, 40),
])
def test_only_the_clause_an_earlier_year_dates_is_another_incident(pipeline, second, kept, left):
    killed = _killed(_mention(pipeline, LEAD + second))
    assert 12 in killed and kept in killed, killed
    assert left is None or left not in killed, killed


def test_a_year_is_compared_with_the_main_events_day_not_the_reports(pipeline):
    # a report of 2 January 2026 on a raid of Wednesday 31 December 2025
    text = ("Gunmen killed 12 villagers in Zamfara state on Wednesday, police said. "
            "The toll from the raid in late December 2025 rose to 18 on Thursday, a local official said.")
    killed = _killed(_mention(pipeline, text, dt.date(2026, 1, 2)))
    assert killed == [12, 18], killed


def test_a_year_in_a_clause_on_the_accuser_leaves_the_accusation(pipeline):
    m = _mention(pipeline, LEAD + "The army, which has fought bandits in the region since 2019, blamed the bandits for the killings.")
    accused = [(c.value, c.claimed_by) for c in m.claims if c.field == "perpetrator" and c.modality == "alleged"]
    assert accused == [("bandits", "army")], accused  # (a description is no name: no "The" kept)
