"""Speaker defects: "the group" after a body named (not quoted) before, and "the general" after a
titled person named before, resolve to that one body or person, never to a guess between two.
Sentences written for these tests, about no one incident."""
from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model
PUB = dt.date(2023, 4, 17)


# -- "the group", "the general": the one body or titled person told before ----------------------


@pytest.mark.parametrize("text, name", [
    ("The Free Farmers Union held a rally in the capital on Monday. The group said prices had doubled.", "Free Farmers Union"),
    ("Doctors Without Borders said on Monday that its clinic was hit. The charity said two nurses died.", "Doctors Without Borders"),
])
def test_the_group_is_the_one_body_named_before(analyze, text, name):
    q = analyze(text).quotes[-1]
    assert q.speaker.resolved and q.speaker.name == name
    assert q.speaker.actor_id is not None and q.speaker.text.lower().startswith("the ")


def test_the_group_between_two_bodies_is_no_guess(analyze):
    q = analyze("The Red Crescent and the Norwegian Refugee Council sent aid on Monday. The group said more was needed.").quotes[-1]
    assert q.speaker.actor_id is None and not q.speaker.resolved


@pytest.mark.parametrize("text, name", [
    ("General Ali Hassan visited the front on Monday. The general said the offensive would continue.", "Ali Hassan"),
    ("Finance Minister Tomas Berger met the press. Later the finance minister said taxes would rise.", "Tomas Berger"),
    ("Finance Minister Tomas Berger met the press. Later the minister said taxes would rise.", "Tomas Berger"),
])
def test_the_title_is_the_one_person_who_holds_it(analyze, text, name):
    q = analyze(text).quotes[-1]
    assert q.speaker.name == name and q.speaker.resolved


@pytest.mark.parametrize("text", [
    "General Ali Hassan met General Omar Said on Monday. The general said the offensive would continue.",
    "Finance Minister Tomas Berger met Defence Minister Ana Ruiz. Later the minister said taxes would rise.",
])
def test_a_title_two_people_hold_is_no_guess(analyze, text):
    q = analyze(text).quotes[-1]
    assert q.speaker.name not in ("Ali Hassan", "Omar Said", "Tomas Berger", "Ana Ruiz")


def test_the_title_holder_is_found_in_one_pass_over_the_mentions(analyze, monkeypatch):
    """Finding the one holder of a title reads the mentions told before once, not once more for
    each person named before it (that was quadratic in the mentions of a long report)."""
    from sitrep.extract import speakers

    passes: list[int] = []

    class Counting(list):
        def __iter__(self):
            passes[-1] += 1
            return super().__iter__()

    holder = speakers.SpeakerResolver._role_holder

    def counted(self, *args, **kwargs):
        passes.append(0)
        self._mentions = Counting(self._mentions)
        return holder(self, *args, **kwargs)

    monkeypatch.setattr(speakers.SpeakerResolver, "_role_holder", counted)
    text = ("President Mary Okafor met Foreign Minister John Adeyemi and Senator Paul Brandt on Monday. "
            "General Ali Hassan visited the front. The general said the offensive would continue.")
    q = analyze(text).quotes[-1]
    assert q.speaker.name == "Ali Hassan"
    assert passes and all(n == 1 for n in passes)
