"""Regressions a second reader found in the merge path (review of m8u): a time told in a clause
that is not the count's ("who took office two years ago") is no other incident; a participle
with "by" names the doer after "by"; two institutions sharing a title are two voices; a sea is
no place over a town the report says was hit; "blamed X on Monday" accuses X."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.elsewhere import told_elsewhere
from sitrep.merge import merge_reports

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def incidents():
    from sitrep.config import Options
    from sitrep.model import Article
    from sitrep.pipeline import Pipeline

    pipe = Pipeline(Options())

    def run(*texts: str, published: str = "2026-11-17"):
        reports = [pipe.analyze(Article(id=f"t{i}", text=t, title="Report", published=dt.date.fromisoformat(published),
                                        outlet=f"Outlet{i}", url=f"https://outlet{i}.net/a"))
                   for i, t in enumerate(texts)]
        return merge_reports(reports)
    return run


def _killed(incident):
    return (incident.killed.low, incident.killed.high) if incident.killed else None


@pytest.mark.parametrize("text, killed", [
    ("A car bomb killed 9 people in Mogadishu on Saturday, police said. Mayor Hassan Mohamed, who took office two years "
     "ago, said on Sunday that the toll had risen to 14.", (14, 14)),
    ("Shelling killed 12 civilians in Goma on Monday, the army said.\n\nThe toll rose to 15 on Tuesday, the worst breach "
     "of the ceasefire agreed three weeks ago, local officials said.", (15, 15)),
    ("Gunmen attacked a village in Zamfara state on Monday, police said.\n\nThe gunmen, who escaped from a prison two "
     "months ago, killed 12 villagers and abducted 30, police spokesman Abubakar Sadiq said.", (12, 12)),
    # our own: a relative clause on the victims, a noun's modifier on the speaker
    ("Militants killed 7 farmers near Kidal on Sunday, the army said. The farmers, who had returned to their fields two "
     "months ago, were buried on Monday. The governor, elected three years ago, said the toll had risen to 10.", (10, 10)),
    # kept: a figure in a quote's "three weeks ago" is a time, not a count
    ("Gunmen killed 12 villagers in Zamfara state on Monday, police said.\n\n\"The army left three weeks ago and nobody "
     "protects us,\" a resident said.", (12, 12)),
    # kept: an earlier attack told with its time in the count's own clause, or fronting the sentence
    ("Militants killed 6 soldiers near Kidal on Sunday, the army said. Militants killed 40 villagers near the town three "
     "weeks ago.", (6, 6)),
    ("Militants killed 6 soldiers near Kidal on Sunday, the army said. Two months earlier, an ambush there killed 30 "
     "soldiers.", (6, 6)),
])
def test_a_time_told_in_another_clause_than_the_count_is_no_other_incident(incidents, text, killed):
    (incident,) = incidents(text)
    assert _killed(incident) == killed, [(f.min, f.claimed_by, f.superseded) for f in incident.killed.figures]


@pytest.mark.parametrize("sentence, at, other", [
    ("Mayor Hassan Mohamed, who took office two years ago, said the toll had risen to 14.", "14", False),
    ("The gunmen, who escaped from a prison two months ago, killed 12 villagers.", "12", False),
    ("Militants killed 40 villagers near the town three weeks ago.", "40", True),
    ("Three weeks ago, militants killed 40 villagers.", "40", True),
    ("\"Two months earlier, an ambush killed 30 soldiers,\" he said.", "30", True),
])
def test_a_clause_cue_is_read_in_the_count_clause(sentence, at, other):
    assert told_elsewhere(sentence, sentence.index(at)) is other
