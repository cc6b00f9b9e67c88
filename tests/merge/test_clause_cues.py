"""Regressions a second reader found in the merge path (review of m8u): a time told in a clause
that is not the count's ("who took office two years ago") is no other incident; a participle
with "by" names the doer after "by"; two institutions sharing a title are two voices; a sea is
no place over a town the report says was hit; "blamed X on Monday" accuses X."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.elsewhere import told_elsewhere
from sitrep.merge import merge_reports, mentions_from_report

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def incidents():
    from sitrep.config import Options
    from sitrep.model import Article
    from sitrep.pipeline import Pipeline

    pipe = Pipeline(Options())

    def run(*texts: str, published: str = "2026-11-17", reports: bool = False):
        done = [pipe.analyze(Article(id=f"t{i}", text=t, title="Report", published=dt.date.fromisoformat(published),
                                     outlet=f"Outlet{i}", url=f"https://outlet{i}.net/a"))
                for i, t in enumerate(texts)]
        return (merge_reports(done), done) if reports else merge_reports(done)
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


@pytest.mark.parametrize("texts, place", [
    # the sea is where the weapon came from or the coast; the town told as hit is the place (review of m8u, 4)
    (("A Russian warship in the Black Sea fired cruise missiles that killed five people on Monday, Ukrainian officials "
      "said. The missiles hit Odesa's port.",
      "ODESA, Ukraine (Kyiv Post) - Five people were killed when Russian missiles struck the port of Odesa on Monday, "
      "officials said."), "Odesa"),
    (("Russian missiles struck port facilities on the Black Sea coast on Monday, killing four workers, Ukrainian "
      "officials said. Most of the dead were in Odesa, the officials said.",), "Odesa"),
    # kept: an attack at sea whose report names no town it hit meets the report datelined at the port
    (("Houthi rebels fired missiles into the Red Sea on Monday, killing three sailors aboard a cargo ship off Hodeidah, "
      "the US military said.",
      "HODEIDAH, Yemen (Gulf Wire) - Three sailors were killed on Monday when a Houthi missile struck their ship near "
      "the port of Hodeidah, US officials said."), "Red Sea"),
])
def test_a_town_told_as_hit_wins_over_the_sea(incidents, texts, place):
    (incident,), reports = incidents(*texts, reports=True)
    assert len(incident.articles) == len(texts)
    (first,) = mentions_from_report(reports[0])
    assert first.location is not None and first.location.name == place, first.location


@pytest.mark.parametrize("content, accused", [
    ("ADF rebels on Monday", "ADF rebels"),  # review of m8u, 5: "on Monday" is when, not what is blamed
    ("the deaths on Monday on ADF rebels", "ADF rebels"),
    ("the violence on the army for failing to act", "army"),
    ("the massacre on Sunday's attackers", "Sunday's attackers"),
    ("the Allied Democratic Forces, an armed group that has carried out raids on villages", "Allied Democratic Forces"),
    ("the ADF rebels, who have stepped up attacks on villages in recent months", "ADF rebels"),
    ("the killings on soldiers from the nearby base", "soldiers from the nearby base"),
    ("the police for the deaths on Monday", "police"),
])
def test_what_is_blamed_on_a_party_names_the_party_not_the_day(content, accused):
    from sitrep.merge.mentions import _accused

    assert _accused(content, "blamed") == accused
