"""Actor defects the twenty-first session's note left open, on our own sentences: one body's
name told twice, acronyms told again and after another state's possessive, a state's bodies
told beside its name, the leaders of crime groups and officers of named associations, words of
a place or person's name read as a medium or a state, armed groups' spokesmen, and towns after
"between" or "the road to"."""
from __future__ import annotations

import pytest

from sitrep.config import Options
from tests._helpers import actor_of, actor_stage_run

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def stage():
    from sitrep.extract.actors import ActorStage

    return ActorStage(Options())


run = actor_stage_run


@pytest.mark.parametrize("text, first, again", [
    ("The National Rally said on Tuesday it would appeal the ruling. Jordan Bardella of the National Rally said "
     "the court had erred.", "National Rally", "National Rally"),
    ("MADRID - The People's Party said on Monday it would table a motion. Alberto Ruiz of the People's Party told "
     "reporters the vote would be held on Thursday.", "People's Party", "People's Party"),
])
def test_an_organisation_named_twice_is_one_actor(stage, nlp, text, first, again):
    an = run(stage, nlp, text)
    one = actor_of(an, first)
    assert one.kind == "org"
    assert actor_of(an, again, nth=1).id == one.id
