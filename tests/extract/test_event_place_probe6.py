"""The place the story names is where the act was, before the dateline's city (where the report was
filed) where the parse lets both read as locative (the sixth probe's crush at a food distribution).
Sentences written for this test."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import analysed

pytestmark = pytest.mark.model

PUB = dt.date(2024, 8, 23)


@pytest.mark.parametrize("text, town", [
    ("PORT SUDAN, Aug 23 (Horn Courier) - At least 17 people were killed and dozens injured in a stampede at a food "
     "distribution point in the Sudanese city of Kassala on Wednesday after soldiers fired into the air to control the "
     "crowd, witnesses said.\n", "Kassala"),
    ("PORT SUDAN, May 2 (Nile Desk) - At least 12 people were killed and scores injured in a crush at a flour "
     "distribution in the eastern city of Gedaref on Tuesday after guards fired shots, residents said.\n", "Al Qadarif"),
])
def test_the_story_s_town_before_the_dateline_s(pipeline, text, town):
    (act,) = [e for e in analysed(pipeline, text).events if e.event == "ASSAULT"]
    assert act.location is not None and act.location.name == town, act.location


@pytest.mark.parametrize("text, town", [
    ("PORT SUDAN, Aug 23 (Horn Courier) - At least 17 people were killed and dozens injured in a stampede at a food "
     "distribution point on Wednesday, weeks after a similar crush in the city of Kassala, witnesses said.\n", "Port Sudan"),
])
def test_a_town_of_a_background_phrase_does_not_beat_the_dateline(pipeline, text, town):
    (act,) = [e for e in analysed(pipeline, text).events if e.event == "ASSAULT"]
    assert act.location is not None and act.location.name == town, act.location
