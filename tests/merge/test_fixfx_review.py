"""What a second reading of fixP6's merge and toll rules found (texts of that review, written for it): a
report with no place that tells a collapse, a capsizing or a flood takes no attack's family and toll points;
"fire" in "opened fire" or "set fire" is no mishap; "the region's worst attack" and "the toll from the
violence" are this incident's toll; an ordinal death of stab wounds, head injuries, "earlier on Tuesday" or
told by "another officer" is the incident's; "died in hospital" tells care, no target."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.merge import merge_reports
from sitrep.merge.cues import find_figures, target_frame

PUB = dt.date(2024, 8, 19)  # a Monday

ZAMFARA = ("Gunmen kill 12 in Zamfara", "GUSAU, Nigeria, Aug 19 (Wire) - Gunmen killed 12 people in a village in "
           "Zamfara state on Monday, police said.")


def _report(pipeline, n, title, text):
    from sitrep.model import Article

    return pipeline.analyze(Article(id=f"r{n}", text=text, title=title, outlet=f"Outlet {n}", published=PUB))


def _merged(pipeline, *arts):
    return merge_reports([_report(pipeline, n, title, text) for n, (title, text) in enumerate(arts)])


# -- 1. a report with no place and a mishap's toll ---------------------------------------------------------------

MISHAPS = [
    ("Twelve dead", "Twelve people died on Monday when a three-storey building collapsed, officials said."),
    ("Boat tragedy", "Twelve people drowned on Monday when their boat capsized, officials said."),
    ("Twelve dead", "Twelve people were killed on Monday when torrential rains swept away homes, officials said."),
]


@pytest.mark.model
@pytest.mark.parametrize("mishap", MISHAPS)
@pytest.mark.parametrize("placed_first", [True, False])
def test_a_mishap_with_no_place_joins_no_attack_of_its_toll(pipeline, mishap, placed_first):
    arts = (ZAMFARA, mishap) if placed_first else (mishap, ZAMFARA)
    incidents = _merged(pipeline, *arts)
    assert len(incidents) == 2, [[a.id for a in i.articles] for i in incidents]


@pytest.mark.model
def test_a_killing_with_no_place_still_joins_the_attack_of_its_day(pipeline):
    incidents = _merged(pipeline, ZAMFARA, ("Twelve killed", "Twelve people were killed on Monday, officials said, "
                                                             "without giving details."))
    assert len(incidents) == 1


@pytest.mark.parametrize("text", [
    "Twelve people died on Monday when a three-storey building collapsed.",
    "Twelve people drowned on Monday when their boat capsized.",
    "Torrential rains swept away homes on Monday.",
])
def test_a_mishap_verb_is_a_hazard(text):
    from sitrep.merge.cues import hazard_re, tells_violence

    assert hazard_re().search(text) and not tells_violence(text)


@pytest.mark.parametrize("text", [
    "Soldiers opened fire on the crowd, killing 12.",
    "Gunmen set fire to houses and killed 12 villagers.",
    "Twelve people were killed despite a cease-fire.",
])
def test_weapons_or_arson_fire_is_no_mishap(text):
    from sitrep.merge.cues import hazard_re, tells_violence

    assert not hazard_re().search(text) and tells_violence(text)


# -- 2. this incident's toll told with a possessive, a superlative or "the violence" ------------------------------

@pytest.mark.parametrize("text, n", [
    ("Gunmen attacked the village of Kawo in Zamfara state on Thursday. The death toll in the region's worst attack "
     "this year rose to 40 on Friday.", 40),
    ("Rioters burned houses in Jos on Thursday. The death toll from the violence rose to 12 on Friday.", 12),
])
def test_this_incidents_toll_is_an_update(text, n):
    assert [(f.min, f.update) for f in find_figures(text) if f.field == "killed"] == [(n, True)]


@pytest.mark.parametrize("text", [
    "The death toll from the violence in Plateau state this year rose to 200.",
    "The death toll from the violence since March rose to 200.",
    "Gunmen attacked a village on Monday, bringing the death toll in the region to 300.",
])
def test_a_toll_of_violence_placed_wide_or_over_time_is_no_update(text):
    assert not [f for f in find_figures(text) if f.update], find_figures(text)


# -- 3. ordinal deaths of the incident ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, n", [
    ("A third soldier died of stab wounds on Tuesday.", 3),
    ("A third victim died from head injuries on Tuesday.", 3),
    ("A second policeman died of his wounds earlier on Tuesday.", 2),
    ("A third guard died of his wounds, another officer said.", 3),
])
def test_an_ordinal_death_of_the_wounds_is_the_toll(text, n):
    assert [(f.min, f.update) for f in find_figures(text)] == [(n, True)]


@pytest.mark.parametrize("text", [
    "A second journalist was killed earlier this month in another city.",
    "A second soldier was killed in another attack.",
    "A second child died of a fever.",
])
def test_an_ordinal_death_of_another_time_place_or_cause_is_not(text):
    assert not find_figures(text), find_figures(text)


# -- 4. died in hospital ----------------------------------------------------------------------------------------

def test_died_in_hospital_makes_no_target():
    text = ("A suicide bomber killed 12 people at a mosque in Kabul on Friday. Three of the wounded later died in "
            "hospital, officials said.")
    assert target_frame(text) == ("civilians", "mosque")
    assert target_frame("Three of the wounded later died in hospital, officials said.") is None


def test_died_in_an_attack_at_a_hospital_keeps_the_target():
    assert target_frame("Five people died in the attack at the hospital.") == ("civilians", "hospital")


@pytest.mark.model
def test_died_in_hospital_gives_the_incident_no_hospital_target(pipeline):
    (incident,) = _merged(pipeline, ("Bomber kills 12", "KABUL, Aug 19 (Wire) - A suicide bomber killed 12 people at a "
                                                        "mosque in Kabul on Friday. Three of the wounded later died in "
                                                        "hospital, officials said."))
    assert not [c for c in incident.claims if c.field == "target" and "hospital" in str(c.value)], incident.claims
