"""The ACLED strategic developments and remote-violence sub-types the event rules give on their own
(labels.json definitions, issue 4): a weapon stopped before it does harm (a bomb defused, arms or
explosives found, a missile or drone intercepted or shot down, a bombing foiled) is Disrupted weapons
use, told with its doer or with none; a deal that settles a conflict (its words, or an armed group as
a party) is an Agreement, a trade or wage deal none; property an armed side destroyed with no weapon,
clash or casualty told is Looting/property destruction. The rules alone are read here (the sub-type
classifier off), on sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import events_of, rules_only

pytestmark = pytest.mark.model
PUB = dt.date(2021, 3, 8)  # a Monday
DISRUPTED = "Disrupted weapons use"


@pytest.fixture(scope="module")
def rules():
    """The pipeline with the sub-type classifier off: what the rules give, and nothing else."""
    return rules_only(PUB)


def _subs(report) -> list[str | None]:
    return [e.acled_sub_event_type for e in report.events]


# -- 1. a weapon stopped ----------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Police defused a bomb planted near the market in Kano on Monday.",
    "Security forces found a cache of weapons in a house in the capital on Sunday.",
    "Troops discovered an arms depot belonging to the rebels near Gao on Saturday.",
    "Security forces defused three IEDs planted along the road leading to the camp.",
    "Soldiers neutralised an explosive device planted under a bridge in Kismayo on Sunday.",
    "Soldiers cleared four landmines from the road to the airport on Monday.",
    "Air defences intercepted a ballistic missile fired at the port city on Thursday.",
    "The army said its air defences shot down an armed drone over the airbase on Sunday.",
    "Security forces foiled a bomb attack on a church in the capital on Sunday.",
    # a cache or stockpile by its weapon word (review 1, item 11: guards)
    "Police found an arms cache near the border on Monday.",
    "Troops seized a large stockpile of ammunition in the town on Sunday.",
    "Police found a cache containing rifles and grenades in the house on Monday.",
])
def test_a_weapon_stopped_by_its_doer_is_disrupted_weapons_use(rules, text):
    coerce = events_of(rules(text), "COERCE")
    assert [e.acled_sub_event_type for e in coerce][:1] == [DISRUPTED]
    assert coerce[0].source  # whoever stopped it


@pytest.mark.parametrize("text", [
    "A crude bomb was found near the school in Kano on Monday and later defused.",
    "Two pipe bombs were found outside the temple in Amritsar on Sunday morning.",
    "An unexploded mortar shell was discovered in a field near Mogadishu on Sunday.",
    "The bomb was later defused by the bomb disposal squad.",
    "IED recovered near school in Kaduna.",
    "Bomb defused near bus stand.",
    "Police disposed of a hand grenade found in a drain in Srinagar on Sunday.",
])
def test_a_weapon_stopped_told_with_no_doer_stands(rules, text):
    assert _subs(rules(text))[:1] == [DISRUPTED]


@pytest.mark.parametrize("text", [
    "Police defused the tension between the two communities on Monday.",
    "Police found the body of a journalist in the river on Sunday.",
    "The army found the missing soldiers alive in the forest on Sunday.",
    "The company shot down rumours of a merger on Monday.",
    "Militants detonated an IED near a police van in Bijapur, killing five officers.",
    "Seized weapons are often sold back to armed groups.",
    "Police said no explosives were found in the car.",
    "Weapons are often found in the area after the rains.",
    "Jets destroyed a rocket launcher near the border on Sunday.",
    # a cache or stockpile of no weapon (review 1, item 11)
    "Archaeologists unearthed a cache of Roman coins near the town.",
    "Police found a stockpile of rice in the warehouse on Monday.",
])
def test_no_weapon_stopped(rules, text):
    assert DISRUPTED not in _subs(rules(text))


# -- 2. an agreement that settles a conflict --------------------------------------------------


@pytest.mark.parametrize("text", [
    "The government signed a power-sharing deal with the opposition alliance on Monday.",
    "Both sides signed an accord to end the conflict in the region on Sunday.",
    "The rival militias agreed on a cessation of hostilities starting at midnight on Sunday.",
    "The government and the armed group signed a deal on the release of prisoners on Monday.",
    "The government said it had reached an agreement with the rebels to end the fighting.",
    "The rebels struck a peace deal with the government on Friday.",
    "The government and the rebel movement concluded a peace deal in Juba on Sunday.",
    "The rebels signed the deal in Doha on Saturday.",
    # a conflict word or prisoners told as what is ended or exchanged (review 1, item 9: guards for the narrowed list)
    "The two countries agreed to end the war on Sunday.",
    "The two countries agreed on a prisoner swap on Monday.",
    "The army and the rebels agreed to exchange prisoners on Monday.",
    "The militias agreed to a halt to the fighting in the north.",
])
def test_a_settlement_is_an_agreement(rules, text):
    agree = events_of(rules(text), "AGREE")
    assert agree and agree[0].acled_sub_event_type == "Agreement"


@pytest.mark.parametrize("text", [
    "The two countries signed a trade agreement in Beijing on Monday.",
    "The government and the union reached a deal on wages on Sunday.",
    "The two companies agreed to merge after a price war.",
    "The militia pledged to protect the aid convoys on Monday.",
    # a conflict word or prisoners that is not what is ended (review 1, item 9)
    "Ministers agreed on new measures to combat violence against women.",
    "The government agreed to pay compensation to war veterans.",
    "The ministry signed a deal to improve conditions for prisoners.",
    # talks agreed to, even by an armed group, settle nothing yet
    "The rebels agreed to talks with the government.",
    "The rebels agreed to hold talks with the government on Monday.",
])
def test_a_deal_settling_no_conflict_is_no_agreement(rules, text):
    assert "Agreement" not in _subs(rules(text))


def test_a_deal_struck_is_no_blow(rules):
    report = rules("The rebels struck a peace deal with the government on Friday.")
    assert not events_of(report, "ASSAULT")


# -- 3. property destroyed --------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Militants destroyed a telecommunications mast in Bakool on Sunday.",
    "Suspected rebels destroyed a bridge linking the two towns on Monday.",
    "Militants set fire to a telecommunications mast in the district on Sunday.",
    "Several houses were torched in the village of Kalam on Monday night.",
    "Several shops were torched in Kalam during the night.",  # a time, no hazard: still told by its place
])
def test_property_destroyed_is_property_destruction(rules, text):
    assert "Looting/property destruction" in _subs(rules(text))


@pytest.mark.parametrize("text", [
    "Troops destroyed a rebel camp in the forest on Sunday.",
    "Gunmen destroyed a church and killed the priest on Sunday.",
    "The minister destroyed the documents before the inquiry.",
    "Soldiers set fire to the village on Sunday, killing twelve people.",
])
def test_a_camp_destroyed_or_people_killed_is_no_mere_property_destruction(rules, text):
    subs = _subs(rules(text))
    assert subs.count("Looting/property destruction") <= (1 if "set fire" in text else 0)  # the arson is one, the killing its own
    if "killing" in text or "killed" in text:
        assert "Attack" in subs


def test_a_deal_agreed_to_by_warring_parties_is_an_agreement(rules):
    agree = events_of(rules("The warring parties agreed to a 72-hour humanitarian pause on Monday."), "AGREE")
    assert agree and agree[0].acled_sub_event_type == "Agreement"


@pytest.mark.parametrize("text,parties", [
    ("A ceasefire was agreed between the army and the rebels on Sunday.", 2),
    ("On 20 March 2019, a peace agreement was signed between the two tribes in Khartoum.", 0),
    ("The ceasefire was signed in Addis Ababa on Friday by both parties.", 0),
])
def test_a_deal_told_as_signed_or_agreed_is_one(rules, text, parties):
    agree = events_of(rules(text), "AGREE")
    assert agree and agree[0].acled_sub_event_type == "Agreement"
    assert len(agree[0].source) >= parties


def test_a_deal_told_as_not_signed_is_none(rules):
    assert not events_of(rules("The ceasefire was not signed in Addis Ababa on Friday."), "AGREE")


# -- 4. territory changing hands with no fight ------------------------------------------------


@pytest.mark.parametrize("text", [
    "Troops took over the town without a fight after the insurgents left.",
    "The rebels captured the town without resistance on Sunday.",
])
def test_territory_taken_without_a_fight_is_a_non_violent_transfer(rules, text):
    assert _subs(rules(text))[:1] == ["Non-violent transfer of territory"]


@pytest.mark.parametrize("text,sub", [
    ("Government forces seized the town after heavy fighting on Sunday.", "Government regains territory"),
    ("The rebels captured the town on Sunday.", "Non-state actor overtakes territory"),
])
def test_territory_fought_for_stays_taken(rules, text, sub):
    assert _subs(rules(text))[:1] == [sub]


def test_a_withdrawal_called_for_is_no_transfer(rules):
    text = "The agreement calls for fighters to withdraw from the disputed district of Upper Kalam within 28 days."
    assert "Non-violent transfer of territory" not in _subs(rules(text))


# -- 5. doers not seen are no crowd -----------------------------------------------------------


def test_arson_by_unidentified_persons_is_no_mob_violence(rules):
    text = "Unidentified persons burnt down a house belonging to a local official in Kasese on Sunday."
    assert _subs(rules(text))[:1] == ["Looting/property destruction"]
    assert _subs(rules("Youths set fire to a police post in the town on Sunday."))[:1] == ["Mob violence"]


# -- 6. strikes told by "pounded" and "strafed" -----------------------------------------------


@pytest.mark.parametrize("text,sub", [
    ("Military jets pounded insurgent hideouts in the mountains on Sunday.", "Air/drone strike"),
    ("Helicopter gunships strafed rebel positions near the airport on Sunday.", "Air/drone strike"),
    ("Government artillery pounded the town for hours on Monday.", "Shelling/artillery/missile attack"),
])
def test_a_pounding_by_aircraft_or_guns_is_a_strike(rules, text, sub):
    assert _subs(rules(text))[:1] == [sub]


@pytest.mark.parametrize("text", [
    "Critics pounded the minister over the budget on Monday.",
    "Heavy rain pounded the capital on Sunday.",
])
def test_a_pounding_by_no_armed_doer_is_no_attack(rules, text):
    assert not events_of(rules(text), "ASSAULT")


# -- 7. property damaged by someone -----------------------------------------------------------


@pytest.mark.parametrize("text,sub", [
    ("Unidentified men damaged a telecommunications tower in the district on Sunday.", "Looting/property destruction"),
    ("Police said the attackers damaged the church before fleeing.", "Looting/property destruction"),
    ("Protesters damaged shops and cars in the city centre on Saturday.", "Violent demonstration"),
])
def test_property_damaged_by_someone_is_destroyed(rules, text, sub):
    assert _subs(rules(text))[:1] == [sub]


@pytest.mark.parametrize("text", [
    "Floods damaged 300 homes in the district on Sunday.",
    "The shelling damaged several houses in the town on Monday.",
    "The fire burned 20 homes in the village on Sunday.",
    "The scandal damaged the company's reputation.",
    # told in the passive with a hazard or a mishap as its cause (review 1, items 4, 14)
    "Several houses were damaged in the floods in Sindh on Monday.",
    "Dozens of homes were destroyed during the storm in the province on Sunday.",
    "Several cars were burned in a blaze at the market on Monday.",
])
def test_property_damaged_by_no_one_is_no_destruction(rules, text):
    assert "Looting/property destruction" not in _subs(rules(text))


# -- 8. arrests told with other verbs ---------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Police took three activists into custody in Harare on Sunday.",
    "Security forces apprehended a suspected militant commander in Mosul on Tuesday.",
    "Troops nabbed two suspected militants in the town on Friday.",
])
def test_people_taken_into_custody_are_arrested(rules, text):
    coerce = events_of(rules(text), "COERCE")
    assert coerce and (coerce[0].mode, coerce[0].acled_sub_event_type) == ("arrest", "Arrests")


def test_a_thing_taken_into_account_is_no_arrest(rules):
    assert not events_of(rules("The court took the evidence into account on Monday."), "COERCE")
