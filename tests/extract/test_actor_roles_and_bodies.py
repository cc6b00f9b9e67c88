"""Actors: the title of a person named after "an adviser to ..." is the one right before the name,
not the adviser's; a definite body ("the foreign ministry") in a sentence where its country acts
is not a later-named foreign body of that name, and one that acts on another country is still
the earlier body. Texts written for these tests (the second probe,
tests/data/probe2)."""
from __future__ import annotations

import pytest

from tests.extract.test_actors import run, stage  # noqa: F401  (the module's stage fixture)

pytestmark = pytest.mark.model


def _actor(an, name):
    return next(a for a in an.actors if a.name == name)


@pytest.mark.parametrize("text,name,role", [
    ("\"This builds trust,\" said Rauf Karimov, a foreign policy adviser to Azerbaijani President Elmar Huseynov.",
     "Elmar Huseynov", "Azerbaijani President"),
    ("The plan was drafted by a senior adviser to Kenyan President Daniel Mwangi, officials said.",
     "Daniel Mwangi", "Kenyan President"),
])
def test_the_title_after_an_advisers_to_is_the_named_persons(stage, nlp, text, name, role):  # noqa: F811
    an = run(stage, nlp, text)
    assert _actor(an, name).role == role, [(a.name, a.role) for a in an.actors]


def test_a_title_joined_by_to_stays_whole(stage, nlp):  # noqa: F811
    an = run(stage, nlp, "US Ambassador to the UN Linda Marsh said the vote would be held on Friday.")
    assert _actor(an, "Linda Marsh").role == "US Ambassador to the UN", [(a.name, a.role) for a in an.actors]


FOREIGN_BODY = (
    "Latvia on Monday ordered two Belarusian diplomats to leave the country, the foreign ministry said.\n\n"
    "Officials said the men had helped smuggle migrants across the border.\n\n"
    "The Belarusian foreign ministry called the decision a provocation."
)


def test_a_definite_body_in_a_sentence_naming_its_country_is_not_a_later_foreign_one(stage, nlp):  # noqa: F811
    an = run(stage, nlp, FOREIGN_BODY)
    start = FOREIGN_BODY.index("the foreign ministry")
    m = an.mention_at(start, start + len("the foreign ministry"))
    assert m is not None
    assert an.actor(m.actor_id).code != "BLR", an.actor(m.actor_id)
    later = FOREIGN_BODY.index("The Belarusian foreign ministry")
    assert an.actor(an.mention_at(later, later + len("The Belarusian foreign ministry")).actor_id).code == "BLR"


def test_a_definite_body_still_joins_its_own_countrys(stage, nlp):  # noqa: F811
    text = ("Latvia's foreign ministry summoned the Belarusian envoy on Monday.\n\n"
            "Latvia said the men had helped smuggle migrants, the foreign ministry said.")
    an = run(stage, nlp, text)
    start = text.rindex("the foreign ministry")
    assert an.actor(an.mention_at(start, start + len("the foreign ministry")).actor_id).code == "LVA"


@pytest.mark.parametrize("text,body,code", [
    ("Russia's foreign ministry said on Monday it would respond. The foreign ministry also accused Ukraine of shelling Belgorod.",
     "The foreign ministry", "RUS"),
    ("Kenya's interior ministry said it had closed two camps. The interior ministry blamed Somalia for the delays.",
     "The interior ministry", "KEN"),
])
def test_a_country_acted_on_does_not_bar_the_earlier_body(stage, nlp, text, body, code):  # noqa: F811
    """Only a country that acts in the sentence (its subject) tells whose body "the ministry" is;
    the country it accuses or blames does not leave the body uncoded."""
    an = run(stage, nlp, text)
    start = text.index(body)
    m = an.mention_at(start, start + len(body))
    assert m is not None
    assert an.actor(m.actor_id).code == code, an.actor(m.actor_id)


@pytest.mark.parametrize("text,word", [
    ("Observers said the presidential election had been marred by fraud in three provinces.", "election"),
    ("Washington announced new military aid for the coast guard on Tuesday.", "aid"),
    ("The minister said an armed attack on the ships would invoke the mutual defence treaty.", "treaty"),
])
def test_a_thing_qualified_by_a_sector_word_is_no_actor(stage, nlp, text, word):  # noqa: F811
    an = run(stage, nlp, text)
    assert not [a for a in an.actors if word in a.name.lower() or "attack" in a.name.lower()], [(a.name, a.sector) for a in an.actors]


def test_a_states_acts_still_stand_for_the_state(stage, nlp):  # noqa: F811
    text = "Palestinians protested on Friday against the Israeli attacks on Gaza."
    an = run(stage, nlp, text)
    start = text.index("the Israeli attacks")
    m = an.mention_at(start, start + len("the Israeli attacks"))
    assert m is not None and m.code == "ISR", [(x.text, x.code) for x in an.mentions]


@pytest.mark.parametrize("text,name,sector", [
    ("Kenyan police arrested 17 people after overnight riots, Nairobi police commander Peter Mwangi said.", "Peter Mwangi", "POL"),
    ("Security forces detained opposition campaign manager Rosa Delgado late on Tuesday, her party said.", "Rosa Delgado", "OPP"),
])
def test_a_persons_sector_follows_the_body_in_the_title(stage, nlp, text, name, sector):  # noqa: F811
    an = run(stage, nlp, text)
    assert _actor(an, name).sector == sector, [(a.name, a.sector, a.role) for a in an.actors]


def test_an_army_commander_stays_military(stage, nlp):  # noqa: F811
    an = run(stage, nlp, "Army commander John Okello said troops had retaken the town.")
    assert _actor(an, "John Okello").sector == "MIL", [(a.name, a.sector, a.role) for a in an.actors]


@pytest.mark.parametrize("text,phrase,sector", [
    ("Air strikes killed 22 people in the city on Saturday, the civil defence agency said.", "the civil defence agency", "GOV"),
])
def test_rescuers_are_no_army(stage, nlp, text, phrase, sector):  # noqa: F811
    from tests.extract.test_actors import coded

    an = run(stage, nlp, text)
    assert coded(an, phrase)[1] == sector, [(m.text, m.sector) for m in an.mentions]


def test_an_owners_decision_stands_for_the_owner(stage, nlp):  # noqa: F811
    from tests.extract.test_actors import coded

    an = run(stage, nlp, "The opposition condemned the government's decision to close the border.")
    assert coded(an, "the government's decision")[1] == "GOV", [(m.text, m.sector) for m in an.mentions]
