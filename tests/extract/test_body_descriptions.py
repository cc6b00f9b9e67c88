"""'The group said ...': a definite description of a body by a general word for bodies refers, as
"it" does, to the latest body that spoke or was named. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model
PUB = dt.date(2021, 3, 9)


def _speakers(report) -> list[tuple[str, str | None, str | None]]:
    return [(q.speaker.text, q.speaker.name, q.speaker.code) for q in report.quotes]


@pytest.mark.parametrize("text, name", [
    ("Amnesty International said security forces used excessive force. The group said at least three "
     "protesters were shot and wounded.", "Amnesty International"),
    ("Human Rights Watch accused the army of torture on Monday. The organisation said 12 detainees had died in custody.",
     "Human Rights Watch"),
    ("The Kivu Monitoring Network said its staff had counted 40 bodies. The group urged the United Nations to "
     "open an inquiry.", "Kivu Monitoring Network"),  # a body no codebook knows
])
def test_the_group_is_the_body_that_spoke_before(analyze, text, name):
    second = analyze(text).quotes[-1]
    assert second.speaker.text.lower().startswith("the ") and second.speaker.resolved
    assert name in (second.speaker.name or "")


@pytest.mark.parametrize("text", [
    "Police said they were questioning the suspects. A group of residents said the fire started at night.",  # indefinite, and "of residents"
    "Police said they were questioning the suspects. The group of residents said the fire started at night.",
])
def test_a_group_described_by_its_members_is_not_an_earlier_body(analyze, text):
    second = analyze(text).quotes[-1]
    assert "police" not in (second.speaker.name or "").lower()


def test_a_body_noun_paragraphs_later_is_the_one_body_of_that_noun_that_spoke(analyze):
    text = ("Two border guards were killed in a clash on the frontier on Sunday, Armenia's State Security Committee said.\n\n"
            "The committee said its troops had returned fire after coming under attack near the village.\n\n"
            "\"They fired on our homes at night,\" said Anna Petrosyan, a teacher in the village.\n\n"
            "Residents said the shooting lasted for hours.\n\n"
            "The committee called the Azerbaijani account a lie and denied that Armenian troops had fired first.")
    last = analyze(text).quotes[-1]
    assert last.speaker.text == "The committee" and last.speaker.name == "State Security Committee"


def test_a_body_noun_far_from_two_bodies_of_that_noun_is_not_guessed(analyze):
    text = ("The State Security Committee said two guards were killed on Sunday.\n\n"
            "The Border Committee said the clash began at dawn.\n\n"
            "\"They fired on our homes at night,\" said Anna Petrosyan, a teacher in the village.\n\n"
            "Residents said the shooting lasted for hours.\n\n"
            "The committee denied that its troops had fired first.")
    assert analyze(text).quotes[-1].speaker.name is None


@pytest.mark.parametrize("text, name", [
    ("Police arrested 20 protesters on Monday, while the students' union said at least 15 people were injured.", "students' union"),
    ("The farmers' association said the new tax would ruin thousands of growers.", "farmers' association"),
])
def test_a_body_told_by_its_members_names_itself(analyze, text, name):
    (speaker,) = {q.speaker.name for q in analyze(text).quotes if q.speaker.text.lower().startswith("the ")}
    assert speaker == name
