"""Actor defects the nineteenth session's note left open, on our own sentences: a person's
given name read as a country, two ministries of one state merged, a union's congress read as a
legislature or a government, a central bank without its state, ships and hacker groups."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.config import Options
from tests._helpers import actor_of, actor_stage_run

pytestmark = pytest.mark.model

PUB = dt.date(2024, 11, 4)


@pytest.fixture(scope="module")
def stage():
    from sitrep.extract.actors import ActorStage

    return ActorStage(Options())


run = actor_stage_run


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


@pytest.mark.parametrize("text, state, person, code", [
    ("Jordan said on Tuesday it had closed its airspace to all flights. Jordan Bardella, the leader of "
     "France's National Rally, urged calm.", "Jordan said", "Jordan Bardella", "JOR"),
    ("Chad said on Friday it had expelled two diplomats. Chad Whitfield, a spokesman for the mining "
     "company, declined to comment.", "Chad said", "Chad Whitfield", "TCD"),
    ("Israel said on Wednesday it had intercepted a missile from Yemen. Israel Katz, the defence minister, "
     "said the army would respond.", "Israel said", "Israel Katz", "ISR"),
])
def test_a_state_told_by_its_name_is_no_person_of_that_given_name(stage, nlp, text, state, person, code):
    an = run(stage, nlp, text)
    told = actor_of(an, state)
    assert told.code == code and told.kind == "country"
    assert actor_of(an, person).id != told.id


def test_a_persons_surname_alone_still_tells_him_again(stage, nlp):
    text = ("Jordan said on Tuesday it had closed its airspace. Jordan Bardella, the leader of France's "
            "National Rally, urged calm. Bardella said the strikes were a warning.")
    an = run(stage, nlp, text)
    assert actor_of(an, "Bardella said").id == actor_of(an, "Jordan Bardella").id
    assert actor_of(an, "Jordan said").code == "JOR"


def test_the_state_is_the_doer_of_its_act_beside_a_namesake(analyze):
    an = analyze("Jordan said on Tuesday it had shot down two drones over its territory. Jordan Bardella, "
                 "the leader of France's National Rally, called the attack a warning.")
    sources = [s.code for e in an.events for s in e.source if s.text == "Jordan"]
    assert sources and set(sources) == {"JOR"}


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


@pytest.mark.parametrize("text, first, again", [
    ("KYIV - Ukraine's defence ministry said on Monday that Russian forces had shelled Kharkiv. "
     "The same ministry said two soldiers were wounded.", "Ukraine's defence ministry", "The same ministry"),
    ("Russia's interior ministry said on Friday that 12 people had been detained. The Ministry of Internal "
     "Affairs said the detainees had planned an attack.", "Russia's interior ministry", "The Ministry of Internal Affairs"),
    ("Britain's defence ministry said on Monday it had sent four jets to Cyprus. The Ministry of Defense said "
     "the jets were armed.", "Britain's defence ministry", "The Ministry of Defense"),
    ("Nigeria's foreign ministry said on Monday it had recalled its envoy. The Ministry of Foreign Affairs "
     "said talks would resume.", "Nigeria's foreign ministry", "The Ministry of Foreign Affairs"),
])
def test_one_ministry_told_with_other_words_is_one_body(stage, nlp, text, first, again):
    an = run(stage, nlp, text)
    assert actor_of(an, first).id == actor_of(an, again).id


@pytest.mark.parametrize("text, first, other", [
    ("MOSCOW - Russia's defence ministry said on Sunday that 40 drones had been downed. The regional health "
     "ministry said three people were wounded.", "Russia's defence ministry", "The regional health ministry"),
    ("MOSCOW - The emergencies ministry said on Sunday that a fire at the depot was out. Russia's defence "
     "ministry said 40 drones had been downed.", "The emergencies ministry", "Russia's defence ministry"),
])
def test_a_ministry_of_another_portfolio_is_another_body(stage, nlp, text, first, other):
    an = run(stage, nlp, text)
    assert actor_of(an, first).id != actor_of(an, other).id


def test_another_ministry_with_no_dateline_takes_no_guessed_state(stage, nlp):
    text = ("Russia's defence ministry said on Monday that 30 drones had been downed over Belgorod. Ukraine's "
            "air force said it had shot down 20 Russian drones. The foreign ministry accused Moscow of terror.")
    an = run(stage, nlp, text)
    ministry = actor_of(an, "The foreign ministry")
    assert ministry.id != actor_of(an, "Russia's defence ministry").id
    assert ministry.code != "RUS"


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
    ("The aircraft carrier Charles de Gaulle sailed from Toulon on Monday.", "Charles de Gaulle"),
    ("The tanker Eagle S damaged a power cable under the Baltic Sea in December, officials said.", "Eagle S"),  # (held on fda6ca0 too)
])
def test_a_name_told_beside_a_vessels_noun_is_the_ship(stage, nlp, text, name):
    an = run(stage, nlp, text)
    ship = actor_of(an, name)
    assert ship.kind == "org" and ship.code is None and ship.role is None
    assert not [m for m in an.mentions if m.kind == "person"]


def test_a_ship_named_beside_its_noun_is_what_was_attacked(analyze):
    an = analyze("Houthi fighters attacked the tanker Sea Falcon off the coast of Yemen on Wednesday.")
    attack = next(e for e in an.events if e.event == "ASSAULT")
    assert [s.code for s in attack.source] == ["HOU"]
    assert attack.target and all("tanker" in t.text or "Sea Falcon" in t.text for t in attack.target)


@pytest.mark.parametrize("text, firm", [
    ("NEW YORK - Wireless carrier Verizon said on Tuesday that an outage had hit customers in several states.", "Verizon"),
    ("DUBLIN - Budget carrier Ryanair said on Monday it would cut 20 flights from its winter schedule.", "Ryanair"),
])
def test_a_carrier_alone_is_no_ship(stage, nlp, text, firm):
    # ("carrier" alone is an airline's or a phone firm's: only "aircraft carrier" is a ship's noun)
    from sitrep.codebook import load_codebook
    from sitrep.extract.actors import _vessel

    doc = nlp(text)
    ent = next(e for e in doc.ents if e.text == firm)
    assert not _vessel(ent, load_codebook().sectors)


@pytest.mark.parametrize("text, town", [
    ("KYIV - Ukraine struck the Ryazan oil refinery with drones on Saturday, the general staff said.", "Ryazan"),
    ("Drones hit the Saratov refinery overnight, the regional governor said.", "Saratov"),
])
def test_a_town_naming_a_refinery_is_the_town(stage, nlp, text, town):
    from sitrep.extract.places import PlaceStage

    an = PlaceStage(Options())(run(stage, nlp, text))
    start = text.index(town)
    assert not [m for m in an.mentions if m.start <= start < m.end and an.actor(m.actor_id).name == town]
    assert [p.country for p in an.places if p.start == start] == ["RUS"]


@pytest.mark.parametrize("text, facility", [
    ("KYIV - Ukraine struck the Ryazan oil refinery with drones on Saturday, the general staff said.", "the Ryazan oil refinery"),
    ("Ukrainian drones hit the Saratov oil refinery on Sunday, the regional governor said.", "the Saratov oil refinery"),
])
def test_the_refinery_struck_is_the_target(analyze, text, facility):
    attack = next(e for e in analyze(text).events if e.event == "ASSAULT")
    assert [(t.text, t.code) for t in attack.target] == [(facility, "RUS")]


@pytest.mark.parametrize("text, name", [
    ("NAGOYA - Work stopped at the Toyota car plant on Monday after a fire, the company said.", "Toyota"),
    ("Volunteers gathered outside the Jackson campaign office in Atlanta on Monday.", "Jackson"),
])
def test_a_firm_or_person_before_a_facility_is_no_town(stage, nlp, text, name):
    from sitrep.extract.places import PlaceStage

    an = PlaceStage(Options())(run(stage, nlp, text))
    assert name not in {p.text for p in an.places}


@pytest.mark.parametrize("text, again, code", [
    ("Peru's Congress voted on Thursday to remove President Dina Boluarte from office. "
     "Congress then swore in its leader as the new president.", "Congress then", "PER"),
    ("Guatemala's Congress approved the budget on Tuesday. Congress also voted to extend the state of emergency.",
     "Congress also", "GTM"),
])
def test_a_legislature_told_again_after_its_state_named_it_is_that_states(stage, nlp, text, again, code):
    an = run(stage, nlp, text)
    assert actor_of(an, again).code == code


def test_a_legislature_told_again_with_a_the_is_its_states(stage, nlp):
    # (a guard: "The Senate" told after "Chile's Senate" was Chile's on fda6ca0 too)
    text = "Chile's Senate rejected the pension reform on Tuesday. The Senate will take up a new bill in March."
    assert actor_of(run(stage, nlp, text), "The Senate").code == "CHL"


@pytest.mark.parametrize("text, again", [
    ("WASHINGTON - Brazil's Congress passed a pension bill on Tuesday. Congress is due to debate the budget "
     "next week.", "Congress is"),
    ("Peru's Congress voted on Thursday to remove the president. Congress in Washington is weighing "
     "sanctions on Lima.", "Congress in"),
])
def test_congress_in_its_own_state_stays_the_us_after_another_states(stage, nlp, text, again):
    assert actor_of(run(stage, nlp, text), again).code == "USA"


def test_a_state_named_only_before_leaves_congress_the_us(stage, nlp):
    text = "Mexico's president said the tariffs were unfair. Congress is expected to vote next week."
    assert actor_of(run(stage, nlp, text), "Congress").code == "USA"


def test_a_body_shortened_to_fewer_of_its_words_is_the_same_body(stage, nlp):
    text = ("MEXICO CITY - The bodies were found on Sunday, the Guerrero state prosecutor's office said. "
            "The prosecutor's office said it had opened an inquiry.")
    an = run(stage, nlp, text)
    assert actor_of(an, "the Guerrero state prosecutor's office").id == actor_of(an, "The prosecutor's office").id
