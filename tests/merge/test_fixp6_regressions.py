"""Regressions a second reading of the sixth probe's fixes found (texts of that review, written for it):
a toll brought to a war's or a year's total is no update of the incident's toll, nor a figure of it; a report
with no place joins the placed report of its day, toll and family unless another placed incident of that
day has the same toll; a care hospital that is itself struck stays a target, and "died at the hospital"
tells no care; the lead ends at a sentence after initials or a name's end; an ordinal death told with
another time or cause revises no toll."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.merge import merge_reports
from sitrep.merge.cues import find_figures, target_frame
from sitrep.merge.mentions import _lead

PUB = dt.date(2024, 1, 9)  # a Tuesday


def _report(pipeline, n, title, text):
    from sitrep.model import Article

    return pipeline.analyze(Article(id=f"r{n}", text=text, title=title, outlet=f"Outlet {n}", published=PUB))


def _merged(pipeline, *arts):
    return merge_reports([_report(pipeline, n, title, text) for n, (title, text) in enumerate(arts)])


# -- 1. a running total is no revision of the incident's toll -------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("first, second, low, high", [
    (("Strike kills 5 in Gaza", "GAZA, Jan 9 (Wire) - An Israeli airstrike killed five people in Rafah on Tuesday, bringing "
      "the death toll in the war to more than 23,000, the health ministry said.\n"),
     ("Airstrike in Rafah", "RAFAH, Jan 9 (Other) - Six people were killed in an Israeli airstrike on a house in Rafah on "
      "Tuesday, medics said.\n"), 5, 6),
    (("Bandits kill 12", "ABUJA, Jan 9 (Wire) - Gunmen killed 12 villagers in Zamfara state on Monday, taking the death toll "
      "from bandit attacks in the state this year to 310, police said.\n"),
     ("Bandits kill villagers", "GUSAU, Jan 9 (Other) - Bandits killed 14 villagers in Zamfara state on Monday, a local "
      "official said.\n"), 12, 14),
    (("Bandits kill 12 in Zamfara", "ABUJA, Jan 9 (Wire) - Gunmen killed 12 villagers in Zamfara state on Monday, police "
      "said.\n\nThe attack brought the death toll from bandit attacks in the state this year to 310, according to a tally "
      "by local officials.\n"),
     ("Bandits kill villagers in northwest Nigeria", "GUSAU, Jan 9 (Other) - Bandits killed 14 villagers in Zamfara state "
      "on Monday, a local official said.\n"), 12, 14),
])
def test_a_war_or_year_total_is_no_figure_of_the_incident(pipeline, first, second, low, high):
    (incident,) = _merged(pipeline, first, second)
    assert (incident.killed.low, incident.killed.high) == (low, high), incident.killed.figures
    assert not [f for f in incident.killed.figures if f.update or (f.min or 0) > 100], incident.killed.figures


@pytest.mark.parametrize("text", [
    "Gunmen killed 12 villagers on Monday, bringing the death toll from bandit attacks in the state this year to 310, police said.",
    "The raid took the toll from the three-year insurgency to more than 3,000.",
    "An Israeli airstrike killed five people in Rafah, bringing the death toll in the war to more than 23,000.",
])
def test_a_scoped_toll_gives_no_text_figure(text):
    assert not [f for f in find_figures(text) if f.update or (f.min or 0) > 100], find_figures(text)


def test_a_toll_brought_to_a_number_is_still_an_update():
    (fig,) = find_figures("Two more people died in hospital on Tuesday, bringing the death toll to 19.")[-1:]
    assert (fig.min, fig.update) == (19, True)


# -- 2. a report with no place -------------------------------------------------------------------------------

ZAMFARA = ("Bandits kill 12 in Zamfara", "ABUJA, Jan 9 (Wire) - Gunmen killed 12 villagers in Zamfara state on Monday, police said.\n")
UNPLACED = ("Twelve killed in bandit raid", "Twelve people were killed on Monday when armed men raided a village, a local official said.\n")


@pytest.mark.model
def test_a_report_with_no_place_joins_the_one_incident_of_its_day_and_toll(pipeline):
    (incident,) = _merged(pipeline, ZAMFARA, UNPLACED)
    assert len(incident.articles) == 2


@pytest.mark.model
def test_a_flood_toll_with_no_place_joins_no_attack(pipeline):
    flood = ("Flood toll rises", "The toll from Monday's floods has risen to 12, the emergency agency said.\n")
    assert len(_merged(pipeline, ZAMFARA, flood)) == 2


@pytest.mark.model
def test_a_report_with_no_place_joins_neither_of_two_incidents_with_its_toll(pipeline):
    other = ("Gunmen kill 12 in Mali", "BAMAKO, Jan 9 (Wire) - Gunmen killed 12 villagers in the Mopti region on Monday, the army said.\n")
    incidents = _merged(pipeline, ZAMFARA, other, UNPLACED)
    assert len(incidents) == 3, [[a.id for a in i.articles] for i in incidents]


# -- 4. care places ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, phrase", [
    ("The wounded were taken to a hospital in the city, which was shelled by government forces on Tuesday, killing three.", "hospital"),
    ("Two doctors died at the hospital after a drone struck it.", "hospital"),
])
def test_a_care_hospital_struck_itself_is_a_target(text, phrase):
    assert target_frame(text) == ("civilians", phrase)


@pytest.mark.model
def test_a_care_hospital_shelled_later_keeps_its_target_claim(pipeline):
    (incident,) = _merged(pipeline, ("Shelling hits hospital", "KHARTOUM, June 2 (Wire) - Shelling killed 12 people in Omdurman "
                                     "on Sunday. The wounded were taken to al-Nau hospital, which was itself shelled an hour "
                                     "later, killing three nurses, medics said.\n"))
    assert [c for c in incident.claims if c.field == "target" and "hospital" in str(c.value)], incident.claims


# -- 5. the lead ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, lead", [
    ("Twelve peacekeepers were killed on Monday, said the U.N. The next convoy to Gao was cancelled.",
     "Twelve peacekeepers were killed on Monday, said the U.N."),
    ("A blast killed five people, said a spokesman for Acme Inc. Police in Kidal said the toll could rise.",
     "A blast killed five people, said a spokesman for Acme Inc."),
    ("Gunmen killed 4 people in an attack that hit route No. 7 near Bunia. 12 others were wounded in Beni.",
     "Gunmen killed 4 people in an attack that hit route No. 7 near Bunia."),
    ("A U.S. drone strike killed four militants on Monday. Officials in Kandahar said.", "A U.S. drone strike killed four militants on Monday."),
    ("Officials at the U.S. Embassy in Kabul said 12 were killed. Another attack hit Gao.", "Officials at the U.S. Embassy in Kabul said 12 were killed."),
    ("Troops killed 3 fighters on Jan. 5 near the border. It was the third raid.", "Troops killed 3 fighters on Jan. 5 near the border."),
    # "On" read as YAML's true had never opened a sentence
    ("Two aid workers were killed near a camp run by the U.N. On Tuesday a convoy was ambushed.",
     "Two aid workers were killed near a camp run by the U.N."),
])
def test_the_lead_ends_at_a_new_sentence_after_initials(text, lead):
    assert _lead(text, "Title") == f"Title {lead}"


# -- 7. ordinal deaths -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "It was the fourth journalist killed this year; a fifth journalist was killed in March in another city.",
    "A second child died of cholera in the camp, aid workers said.",
    "In January a second journalist was killed in Sinaloa state, press freedom groups said.",
])
def test_an_ordinal_death_of_another_time_or_cause_revises_no_toll(text):
    assert not [f for f in find_figures(text) if f.update], find_figures(text)


@pytest.mark.parametrize("text, n", [
    ("A third guard died of his wounds on Tuesday.", 3),
    ("A second protester was killed on May 3, witnesses said.", 2),
])
def test_an_ordinal_death_of_the_incident_s_victims_is_still_the_toll(text, n):
    assert [(f.min, f.update) for f in find_figures(text)] == [(n, True)]
