"""Actor defects the nineteenth session's note left open, on our own sentences: a person's
given name read as a country, two ministries of one state merged, a union's congress read as a
legislature or a government, a central bank without its state, ships and hacker groups."""
from __future__ import annotations

import pytest

from sitrep.config import Options
from sitrep.extract.base import Analysis
from sitrep.model import Article

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def stage():
    from sitrep.extract.actors import ActorStage

    return ActorStage(Options())


def run(stage, nlp, text):
    an = Analysis(article=Article(id="t", text=text), doc=nlp(text), options=Options())
    return stage(an)


def actor_of(an, phrase, nth=0):
    """The actor of the mention that starts where ``phrase`` does (its ``nth`` occurrence)."""
    start = -1
    for _ in range(nth + 1):
        start = an.article.text.index(phrase, start + 1)
    m = next((m for m in an.mentions if m.start == start), None)
    assert m is not None, phrase
    return an.actor(m.actor_id)


@pytest.mark.parametrize("text, name", [
    ("PARIS - Jordan Bardella, the leader of the far-right National Rally, said on Sunday that the government "
     "should resign.", "Jordan Bardella"),
    ("Chad Whitfield, a spokesman for the mining company, said on Monday that two workers had been hurt.",
     "Chad Whitfield"),
])
def test_a_country_worn_as_a_given_name_is_no_state(stage, nlp, text, name):
    an = run(stage, nlp, text)
    assert not [m for m in an.mentions if m.kind == "country"]
    assert actor_of(an, name).name == name


@pytest.mark.parametrize("text, phrase, code", [
    ("Jordan's King Abdullah said on Sunday that the border would stay closed.", "Jordan", "JOR"),
    ("Jordan and Egypt condemned the air strike on Tuesday.", "Jordan", "JOR"),
])
def test_a_country_named_as_a_state_keeps_it(stage, nlp, text, phrase, code):
    an = run(stage, nlp, text)
    assert actor_of(an, phrase).code == code


@pytest.mark.parametrize("text, first, second, code", [
    ("KYIV - Ukraine's defence ministry said on Monday that Russian forces had attacked the city overnight. "
     "The foreign ministry condemned the attack and summoned the Russian ambassador.",
     "Ukraine's defence ministry", "The foreign ministry", "UKR"),
    ("MOSCOW - Russia's foreign ministry said on Tuesday that Ukraine had attacked a power plant. "
     "The defence ministry said its forces had shot down 40 drones overnight.",
     "Russia's foreign ministry", "The defence ministry", "RUS"),
])
def test_two_ministries_of_one_state_stay_two_actors(stage, nlp, text, first, second, code):
    an = run(stage, nlp, text)
    one, other = actor_of(an, first), actor_of(an, second)
    assert one.id != other.id
    assert one.code == other.code == code


def test_the_ministry_told_again_is_the_same_body(stage, nlp):
    text = ("Kenya's interior ministry said on Monday that 12 people had died in the floods. "
            "The ministry said rescue teams were searching for survivors.")
    an = run(stage, nlp, text)
    assert actor_of(an, "Kenya's interior ministry").id == actor_of(an, "The ministry").id


@pytest.mark.parametrize("text, code", [
    ("NAIROBI - The central bank raised its benchmark interest rate on Tuesday to curb inflation. "
     "The Bank said prices had risen faster than expected.", "KEN"),
    ("ACCRA, Ghana - The central bank kept its policy rate at 27 percent on Monday. "
     "The bank said the cedi had steadied.", "GHA"),
])
def test_an_unnamed_central_bank_is_the_dateline_states(stage, nlp, text, code):
    an = run(stage, nlp, text)
    bank = actor_of(an, "The central bank")
    assert (bank.code, bank.sector) == (code, "GOV")
    again = next(m for m in an.mentions if m.text.lower() == "the bank")
    assert again.actor_id == bank.id and again.sector == "GOV"


def test_the_boj_is_japans_central_bank(stage, nlp):
    text = ("TOKYO - The BOJ raised interest rates on Friday, and the yen rose. "
            "BOJ Governor Kazuo Ueda said the bank would watch prices closely.")
    an = run(stage, nlp, text)
    boj = actor_of(an, "BOJ")
    assert (boj.code, boj.sector) == ("JPN", "GOV")
    assert actor_of(an, "the bank").id == boj.id


@pytest.mark.parametrize("text, name, code", [
    ("The Zimbabwe Congress of Trade Unions (ZCTU) called a national strike on Monday over wages.",
     "The Zimbabwe Congress of Trade Unions", "ZWE"),
    ("HARARE - The Zimbabwe Congress of Trade Unions called a national strike on Monday over wages.",
     "The Zimbabwe Congress of Trade Unions", "ZWE"),
    ("The Kenya Federation of Trade Unions said on Friday that teachers would walk out next week.",
     "The Kenya Federation of Trade Unions", "KEN"),
])
def test_a_congress_of_trade_unions_is_one_labour_body(stage, nlp, text, name, code):
    an = run(stage, nlp, text)
    union = actor_of(an, name)
    assert (union.code, union.sector) == (code, "LAB")
    assert next(m for m in an.mentions if m.actor_id == union.id).text == name
    assert not [a for a in an.actors if a.sector == "GOV"]


def test_a_unions_acronym_in_brackets_is_that_union(stage, nlp):
    text = ("LONDON - The Trades Union Congress (TUC) said on Monday that nurses would strike next month. "
            "The TUC said the government had ignored workers.")
    an = run(stage, nlp, text)
    union = actor_of(an, "The Trades Union Congress")
    assert union.sector == "LAB"
    assert actor_of(an, "TUC", nth=1).id == union.id


_SHOOTING = " - Police arrested a man on Friday after a shooting at a bar that killed two people, officials said."


@pytest.mark.parametrize("dateline, code", [
    ("ST. PETERSBURG, Fla.", "USA"),
    ("ST. LOUIS, Mo.", "USA"),
    ("ST. PETERSBURG, Russia", "RUS"),
    ("SALISBURY, England", "GBR"),
    ("SAN JOSE, Costa Rica", "CRI"),
])
def test_a_datelines_state_abbreviation_or_country_tells_its_state(stage, nlp, dateline, code):
    from sitrep.extract.places import dateline_country, shared_gazetteer

    text = dateline + _SHOOTING
    assert dateline_country(text, shared_gazetteer(Options().cache_dir)) == code
    assert actor_of(run(stage, nlp, text), "Police").code == code


@pytest.mark.parametrize("text, place, code", [
    ("ST. LOUIS, Mo." + _SHOOTING, "ST. LOUIS", "USA"),
    ("ST. PETERSBURG, Fla." + _SHOOTING, "ST. PETERSBURG", "USA"),
    ("SAN JOSE, Costa Rica - Thousands of protesters marched on Tuesday against a new tax law, police said.",
     "Costa Rica", "CRI"),
])
def test_a_datelines_place_is_read_whole_and_ends_at_its_dash(stage, nlp, text, place, code):
    from sitrep.extract.places import PlaceStage

    an = PlaceStage(Options())(run(stage, nlp, text))
    found = {p.text: p for p in an.places}
    assert found[place].country == code
    assert all(" - " not in p.text for p in an.places)


@pytest.mark.parametrize("text, name", [
    ("A Royal Navy frigate shadowed the Russian submarine Kilo through the North Sea on Monday.", "Kilo"),
    ("The tanker Eagle S damaged a power cable under the Baltic Sea in December, officials said.", "Eagle S"),
])
def test_a_name_told_beside_a_vessels_noun_is_the_ship(stage, nlp, text, name):
    an = run(stage, nlp, text)
    ship = actor_of(an, name)
    assert ship.kind == "org" and ship.code is None and ship.role is None


@pytest.mark.parametrize("text, town", [
    ("KYIV - Ukraine struck the Ryazan oil refinery with drones on Saturday, the general staff said.", "Ryazan"),
    ("Drones hit the Saratov refinery overnight, the regional governor said.", "Saratov"),
])
def test_a_town_naming_a_refinery_is_no_actor(stage, nlp, text, town):
    an = run(stage, nlp, text)
    start = text.index(town)
    assert not [m for m in an.mentions if m.start <= start < m.end]


@pytest.mark.parametrize("text, again, code", [
    ("Peru's Congress voted on Thursday to remove President Dina Boluarte from office. "
     "Congress then swore in its leader as the new president.", "Congress then", "PER"),
    ("Chile's Senate rejected the pension reform on Tuesday. The Senate will take up a new bill in March.",
     "The Senate", "CHL"),
])
def test_a_legislature_told_again_after_its_state_named_it_is_that_states(stage, nlp, text, again, code):
    an = run(stage, nlp, text)
    assert actor_of(an, again).code == code


def test_a_state_named_only_before_leaves_congress_the_us(stage, nlp):
    text = "Mexico's president said the tariffs were unfair. Congress is expected to vote next week."
    assert actor_of(run(stage, nlp, text), "Congress").code == "USA"


def test_a_body_shortened_to_fewer_of_its_words_is_the_same_body(stage, nlp):
    text = ("MEXICO CITY - The bodies were found on Sunday, the Guerrero state prosecutor's office said. "
            "The prosecutor's office said it had opened an inquiry.")
    an = run(stage, nlp, text)
    assert actor_of(an, "the Guerrero state prosecutor's office").id == actor_of(an, "The prosecutor's office").id
