"""The specific ACLED sub-type over the generic one (issue 4), told in our own sentences: the
codebook (labels.json) names a sub-type for a headquarters taken, sexual violence, a suicide attack, a weapon named in a "with" phrase, a crowd's violence, force met by a
riot; an accidental blast, pests killed and the arrest of criminal suspects are none of its types."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.config import Options
from sitrep.model import Article
from sitrep.pipeline import Pipeline
from tests._helpers import events_of as _events

PUB = dt.date(2023, 3, 9)


@pytest.fixture(scope="module")
def analyze():
    """The rules' own sub-types, with the sub-type classifier off (it may guess right where they
    did not)."""
    pipe = Pipeline(Options(published=PUB, classify_acled=False))
    return lambda text: pipe.analyze(Article(id="t", text=text, title="Report", published=PUB))


def _main(report):
    """The earliest-told event, as the event-type bench scores it."""
    return min(report.events, key=lambda e: (e.trigger or e.evidence).start)


@pytest.mark.model
def test_a_district_headquarters_captured_is_territory_taken(analyze):
    ev = _main(analyze("After fierce clashes with the army, the insurgents captured the district headquarters."))
    assert ev.acled_sub_event_type == "Non-state actor overtakes territory"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Gunmen abducted and raped three girls on their way to school, police said.",
    "Militiamen sexually assaulted and killed a woman near the camp on Monday.",
])
def test_sexual_violence_wins_over_the_other_act_told_with_it(analyze, text):
    ev = _main(analyze(text))
    assert ev.acled_sub_event_type == "Sexual violence"


@pytest.mark.model
def test_an_abduction_alone_stays_an_abduction(analyze):
    ev = _main(analyze("Gunmen abducted three girls on their way to school, police said."))
    assert ev.acled_sub_event_type == "Abduction/forced disappearance"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "A bomber blew himself up outside the ministry, killing six people.",
    "A militant blew himself up at a checkpoint, killing three soldiers.",
    "An attacker detonated an explosive vest at a checkpoint, killing four soldiers.",
])
def test_a_suicide_attack_told_without_the_word(analyze, text):
    ev = _main(analyze(text))
    assert ev.acled_sub_event_type == "Suicide bomb"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Militants blew up a bridge near the town on Sunday.",
    "A bomb planted in a car exploded outside a hotel, killing five people.",
])
def test_a_bomb_with_no_attacker_dying_is_no_suicide_attack(analyze, text):
    assert all(e.acled_sub_event_type != "Suicide bomb" for e in analyze(text).events)


@pytest.mark.model
@pytest.mark.parametrize("text, sub", [
    ("Militants targeted a checkpoint with rockets.", "Shelling/artillery/missile attack"),
    ("Unknown assailants attacked the home of a lawmaker with grenades overnight.", "Grenade"),
])
def test_a_weapon_the_parser_hangs_on_the_object(analyze, text, sub):
    assert _main(analyze(text)).acled_sub_event_type == sub


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Three soldiers were killed in clashes with rocket-armed militants.",
    "Two soldiers died in fighting with rebels armed with mortars.",
])
def test_the_other_sides_weapons_are_no_means_of_the_attack(analyze, text):
    """A "with" phrase past a fight's noun names who was fought, not what struck."""
    assert _main(analyze(text)).acled_sub_event_type != "Shelling/artillery/missile attack"


@pytest.mark.model
def test_a_tank_battle_is_no_shelling(analyze):
    ev = _main(analyze("Three soldiers were killed in a tank battle with rebels near the town."))
    assert ev.acled_sub_event_type != "Shelling/artillery/missile attack"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "An accidental explosion at a military depot killed two people.",
    "A fuel tanker exploded on the highway on Sunday, killing 30 people.",
    "An oil tanker overturned and exploded, killing 50 people who were collecting fuel.",
    "At least eight miners were killed in a methane explosion at a coal mine.",
    "An explosion at a coltan mine in North Kivu killed 12 workers on Monday.",
    "A fire broke out at a chemical warehouse and caused a huge explosion that killed 15.",
])
def test_an_accidental_blast_is_no_attack(analyze, text):
    assert not _events(analyze(text), "ASSAULT")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "A landmine exploded under a truck, killing three soldiers.",
    "A bomb exploded at a gold mine in the north, killing four workers.",
])
def test_a_mine_or_bomb_blast_stays_an_attack(analyze, text):
    (ev,) = _events(analyze(text), "ASSAULT")
    assert ev.acled_sub_event_type == "Remote explosive/landmine/IED"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Angry villagers lynched a man they accused of stealing cattle.",
    "Residents beat two suspected robbers to death on Sunday.",
    "Villagers killed a suspected kidnapper and set his car on fire.",
])
def test_townspeople_taking_the_law_into_their_hands_are_a_mob(analyze, text):
    assert _main(analyze(text)).acled_sub_event_type == "Mob violence"


@pytest.mark.model
def test_armed_villagers_are_no_mob(analyze):
    ev = _main(analyze("Gunmen attacked villagers in the district on Sunday, killing four."))
    assert ev.acled_sub_event_type == "Attack"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Police fired on stone-throwing protesters, killing two.",
    "Police shot dead two rioters who were attacking a police station.",
])
def test_force_met_by_a_riot_is_coded_with_the_riot(analyze, text):
    ev = _main(analyze(text))
    assert ev.acled_sub_event_type in ("Violent demonstration", "Mob violence")


@pytest.mark.model
def test_force_on_peaceful_protesters_stays_excessive(analyze):
    ev = _main(analyze("Police shot dead three peaceful protesters in the capital."))
    assert ev.acled_sub_event_type == "Excessive force against protesters"


@pytest.mark.model
def test_looters_arrested_are_no_protest(analyze):
    (ev,) = _events(analyze("Police arrested dozens of looters who ransacked shops."), "COERCE")
    assert ev.acled_sub_event_type != "Protest with intervention"


@pytest.mark.model
def test_protesters_arrested_stay_a_protest_with_intervention(analyze):
    (ev,) = _events(analyze("Police arrested 30 protesters outside parliament."), "COERCE")
    assert ev.acled_sub_event_type == "Protest with intervention"


@pytest.mark.model
def test_criminal_suspects_arrested_have_no_acled_type(analyze):
    (ev,) = _events(analyze("Police arrested three drug traffickers in the port city on Monday."), "COERCE")
    assert ev.mode == "arrest" and ev.acled_sub_event_type is None


@pytest.mark.model
def test_an_opposition_leader_arrested_is_an_arrest(analyze):
    (ev,) = _events(analyze("Police arrested an opposition leader at his home on Monday."), "COERCE")
    assert ev.acled_sub_event_type == "Arrests"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Farmers use toxic gas to kill rats.",
    "Farmers used a toxic gas to kill rats in the fields.",
])
def test_pests_killed_are_no_chemical_attack(analyze, text):
    assert not _events(analyze(text), "ASSAULT")


@pytest.mark.model
def test_poison_gas_on_people_stays_a_chemical_attack(analyze):
    ev = _main(analyze("Troops attacked the village with poison gas, killing 30 civilians."))
    assert ev.acled_sub_event_type == "Chemical weapon"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The two sides signed a ceasefire agreement on Monday.",
    "The government and the rebels signed a truce deal in the capital.",
])
def test_a_ceasefire_agreement_is_a_ceasefire(analyze, text):
    (ev,) = _events(analyze(text), "AGREE")
    assert ev.mode == "ceasefire" and ev.acled_sub_event_type == "Agreement"


@pytest.mark.model
def test_a_trade_agreement_is_no_ceasefire(analyze):
    (ev,) = _events(analyze("The two countries signed a trade agreement on Monday."), "AGREE")
    assert ev.mode != "ceasefire"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Farmers protested outside parliament on Tuesday.",
    "Dozens of farmers protested outside parliament over land reform.",
])
def test_where_a_protest_was_held_opens_no_actor_name(analyze, text):
    names = [m.text for a in analyze(text).actors for m in a.mentions]
    assert "outside parliament" not in names


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "A bomber blew himself up at a mosque, and gunmen later attacked a police station.",
    "Troops shot dead a would-be bomber before he could blow himself up.",
    "Police killed a gunman as he tried to blow himself up.",
    "The suspect blew himself up when police stormed the flat.",
])
def test_a_blast_of_another_clause_makes_no_attack_a_suicide_bomb(analyze, text):
    """The self-blast tells a suicide attack only of the attack it is or that hangs on it; not of
    another clause's attack, nor when it was only tried or forestalled."""
    evs = _events(analyze(text), "ASSAULT")
    assert evs
    assert all(e.acled_sub_event_type != "Suicide bomb" for e in evs)


@pytest.mark.model
def test_explosive_vests_only_worn_tell_no_suicide_attack(analyze):
    text = "Troops clashed with militants wearing explosive vests near the border on Sunday."
    assert all(e.acled_sub_event_type != "Suicide bomb" for e in analyze(text).events)


@pytest.mark.model
def test_a_killing_after_a_rape_is_sexual_violence(analyze):
    assert _main(analyze("Soldiers killed a woman after raping her, her family said.")).acled_sub_event_type == "Sexual violence"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Police shot dead a man after the soldiers raped a girl.",
    "Villagers beat a man to death after he raped a girl.",
])
def test_a_rape_by_another_doer_makes_no_killing_sexual(analyze, text):
    """A rape joined to the trigger with a subject of its own, not the trigger's, is another act."""
    ev = _main(analyze(text))
    assert ev.mode != "sexual" and ev.acled_sub_event_type != "Sexual violence"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Soldiers killed a woman after they raped her.",
    "A soldier killed a woman after he raped her.",
])
def test_a_killing_after_the_doers_own_rape_is_sexual_violence(analyze, text):
    assert _main(analyze(text)).acled_sub_event_type == "Sexual violence"


@pytest.mark.model
def test_a_killing_after_a_raid_stays_an_attack(analyze):
    ev = _main(analyze("Gunmen killed a farmer after storming his house, his family said."))
    assert ev.acled_sub_event_type != "Sexual violence"


@pytest.mark.model
def test_people_lynched_with_no_one_named_are_a_mobs_victims(analyze):
    ev = _main(analyze("Two suspected thieves were lynched in the market on Sunday."))
    assert ev.acled_sub_event_type == "Mob violence"


@pytest.mark.model
def test_people_killed_when_police_fired_during_a_protest(analyze):
    ev = _main(analyze("Two people were killed when police opened fire during a protest."))
    assert ev.acled_sub_event_type == "Excessive force against protesters"


@pytest.mark.model
def test_people_killed_when_police_fired_with_no_protest_told(analyze):
    ev = _main(analyze("Two people were killed when police opened fire at a checkpoint."))
    assert ev.acled_sub_event_type != "Excessive force against protesters"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Protesters blocked roads with burning tyres in the capital on Monday.",
    "Students protested on Monday, blocking roads with burning tyres.",
])
def test_roads_blocked_with_burning_tyres_are_a_violent_demonstration(analyze, text):
    (ev,) = _events(analyze(text), "PROTEST")
    assert ev.acled_sub_event_type == "Violent demonstration"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Protesters blocked roads in the capital on Monday.",
    "Gunmen blocked the road with burning tyres.",
])
def test_roads_blocked_with_no_protesters_violence_told(analyze, text):
    assert all(e.acled_sub_event_type != "Violent demonstration" for e in analyze(text).events)


@pytest.mark.model
@pytest.mark.parametrize("text, sub", [
    ("Demonstrators pelted police with stones in the city centre.", "Violent demonstration"),
    ("Angry villagers pelted the police convoy with stones.", "Mob violence"),
    ("Protesters pelted police with petrol bombs outside the ministry.", "Violent demonstration"),
    ("Demonstrators pelted the riot police with Molotov cocktails.", "Violent demonstration"),
    ("Protesters pelted police with chunks of concrete.", "Violent demonstration"),
])
def test_people_pelted_with_stones(analyze, text, sub):
    (ev,) = _events(analyze(text), "PROTEST")
    assert ev.mode == "riot" and ev.acled_sub_event_type == sub


@pytest.mark.model
def test_questions_pelted_are_no_riot(analyze):
    assert not analyze("Reporters pelted the minister with questions about the budget.").events


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Troops raided a house in the city and arrested three suspected militants.",
    "Police raided the offices of an opposition party and detained five officials.",
])
def test_a_raid_told_as_the_way_to_an_arrest_is_the_arrest(analyze, text):
    report = analyze(text)
    assert not _events(report, "ASSAULT")
    (ev,) = _events(report, "COERCE")
    assert ev.acled_sub_event_type == "Arrests"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Troops raided a rebel camp and arrested three fighters after a gunfight that killed two.",
    "Troops raided a militant hideout, killing four fighters.",
])
def test_a_raid_with_a_fight_stays_an_attack(analyze, text):
    assert _events(analyze(text), "ASSAULT")
