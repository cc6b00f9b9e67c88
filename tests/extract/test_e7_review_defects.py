"""What a second reader found e7's event rules doing wrong (review of e7): a pitch invasion rule that
swallowed armed storming, a denial told alone that lost its attack, passive perception, state
suspensions, coordinated requests, -ing noun compounds denied, backers of leaders out of power,
brawls of fans. Sentences written for these tests, about no one incident."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import events_of

pytestmark = pytest.mark.model
PUB = dt.date(2026, 11, 23)  # a Monday


def _claims(ev, field):
    return [c for c in ev.claims if c.field == field]


# -- 1. only the crowd of a game or a show invades its ground; armed men or protesters storming anything act --

@pytest.mark.parametrize(("text", "sub_types"), [
    ("Islamist militants stormed the gas field in Cabo Delgado on Sunday.", {"Armed clash", "Attack"}),
    ("Soldiers stormed the field where rebels were hiding in Beni on Sunday.", {"Armed clash", "Attack"}),
    ("Gunmen stormed the stage during a concert in Kano on Sunday.", {"Armed clash", "Attack"}),
])
def test_armed_men_storming_a_field_or_a_stage_attack(analyze, text, sub_types):
    (ev,) = events_of(analyze(text), "ASSAULT")
    assert ev.acled_sub_event_type in sub_types and ev.source and ev.source[0].sector in ("REB", "MIL")


@pytest.mark.parametrize("text", [
    "Protesters stormed the Supreme Court in Brasilia on Sunday.",
    "Protesters stormed the court in Bamako on Sunday.",
])
def test_protesters_storming_a_court_riot(analyze, text):
    (ev,) = events_of(analyze(text), "PROTEST")
    assert ev.acled_sub_event_type == "Violent demonstration" and [r.sector for r in ev.target] == ["JUD"]


@pytest.mark.parametrize("text", [
    "Fans stormed the pitch after the match in Lagos on Sunday.",
    "Hundreds of supporters invaded the field of play after the final whistle in Accra on Sunday.",
    "Spectators rushed the court after the game in Manila on Sunday.",
])
def test_the_crowd_of_a_game_on_its_ground_is_no_violence(analyze, text):
    report = analyze(text)
    assert not events_of(report, "ASSAULT") and not events_of(report, "PROTEST")


# -- 2. "X denied [Y was responsible for the attack]", told alone: the attack, its doer left open -------

@pytest.mark.parametrize(("text", "denier"), [
    ("The ADF denied it was responsible for the attack in Beni on Sunday.", "ADF"),
    ("The government denied the ADF was responsible for the attack in Beni on Sunday.", None),
])
def test_a_denial_that_x_was_responsible_tells_the_attack(analyze, text, denier):
    (ev,) = events_of(analyze(text), "ASSAULT")
    assert not any(r.code == "ADF" for r in ev.source)
    assert ev.location is not None and ev.location.name == "Beni" and ev.date is not None
    (claim,) = _claims(ev, "perpetrator")
    assert claim.value["code"] == "ADF" and claim.modality == "denied"
    assert (claim.claimed_by.code == "ADF") == (denier == "ADF")


def test_a_denial_that_x_was_responsible_keeps_the_attack_beside_a_blame(analyze):
    report = analyze("The army denied the ADF was responsible for the attack, blaming bandits.")
    assert len(events_of(report, "ASSAULT")) == 1


# -- 3. "X were seen / heard doing": the passive's subject is the doer ----------------------------------

@pytest.mark.parametrize(("text", "doer", "sector"), [
    ("Police were seen beating protesters in Nairobi on Sunday.", "Police", "POL"),
    ("Soldiers were seen shooting at protesters in Nairobi on Sunday.", "Soldiers", "MIL"),
    ("Gunmen were heard shooting in the village of Kiwanja on Sunday.", "Gunmen", "REB"),
])
def test_people_seen_or_heard_doing_it_did_it(analyze, text, doer, sector):
    (ev,) = events_of(analyze(text), "ASSAULT")
    assert [(r.text, r.sector) for r in ev.source] == [(doer, sector)]


# -- 4. a state suspending another's operations sanctions it; one's own work halted is no event ---------

@pytest.mark.parametrize(("text", "target"), [
    ("The government suspended the activities of Doctors Without Borders in the region on Sunday.", "NGO"),
    ("The junta suspended the operations of the French broadcaster RFI on Sunday.", "MED"),
    ("The ministry suspended operations of the mining company on Sunday over safety violations.", "BUS"),
    ("The EU suspended work on the trade deal with Turkey on Sunday.", "GOV"),
])
def test_a_state_suspending_others_work_sanctions_them(analyze, text, target):
    (ev,) = events_of(analyze(text), "SANCTION")
    assert [r.sector for r in ev.target] == [target]


@pytest.mark.parametrize("text", [
    "Kenya suspended operations of the airline on Sunday.",
    "The regulator suspended drilling by Shell in the Niger Delta on Sunday.",
])
def test_a_suspension_of_a_named_owners_work_is_a_sanction(analyze, text):
    (ev,) = events_of(analyze(text), "SANCTION")
    assert not any((r.text or "").lower().startswith("operation") for r in ev.target)


@pytest.mark.parametrize("text", [
    "The company said it had suspended operations at the mine on Sunday.",
    "The mining firm suspended its operations in the north after the floods.",
])
def test_own_work_suspended_is_no_event(analyze, text):
    assert not events_of(analyze(text), "SANCTION")


# -- 5. a request filters the act asked for, not an act coordinated with the request -------------------

@pytest.mark.parametrize(("text", "kind"), [
    ("The opposition called on supporters to stage a rally, and thousands held a protest in Nairobi on Sunday.", "PROTEST"),
    ("Activists called on the president to resign and staged a protest outside parliament on Sunday.", "PROTEST"),
    ("The UN called for calm, and the government opened an investigation into the killings on Sunday.", "INVESTIGATE"),
])
def test_an_act_coordinated_with_a_request_is_done(analyze, text, kind):
    assert len(events_of(analyze(text), kind)) == 1


@pytest.mark.parametrize(("text", "kind"), [
    ("Rights groups called on the government to open an independent investigation into the killings.", "INVESTIGATE"),
    ("The opposition called on supporters to hold a protest in Nairobi on Sunday.", "PROTEST"),
])
def test_the_act_asked_for_is_not_done(analyze, text, kind):
    assert not events_of(analyze(text), kind)


# -- 6. a thing withheld ("landing rights") is rejected; one's own act denied is no event at all --------

@pytest.mark.parametrize("text", [
    "The government denied landing rights to Qatar Airways on Sunday.",
    "The government denied fishing licences to foreign trawlers on Sunday.",
])
def test_a_permission_withheld_is_a_rejection(analyze, text):
    assert len(events_of(analyze(text), "REJECT")) == 1


@pytest.mark.parametrize("text", [
    "The minister denied intentionally misleading parliament.",
    "The minister denied misleading parliament.",
])
def test_ones_own_act_denied_is_no_event(analyze, text):
    assert analyze(text).events == []


# -- 7. backers of a leader out of power protest against those in power ---------------------------------

@pytest.mark.parametrize("text", [
    "Supporters of the ousted president protested in Niamey on Sunday.",
    "Supporters of the former president rallied in Kinshasa on Sunday, demanding his release.",
    "Supporters of the late president rallied in Harare on Sunday.",
    "Supporters of the ex- president protested in Niamey on Sunday.",  # spaCy makes "ex-" a token here
])
def test_backers_of_a_leader_out_of_power_protest_the_government(analyze, text):
    (ev,) = events_of(analyze(text), "PROTEST")
    assert [r.sector for r in ev.target] == ["GOV"]


def test_a_march_in_support_of_the_government_is_at_no_one(analyze):
    (ev,) = events_of(analyze("Thousands marched in support of the government in Nairobi on Sunday."), "PROTEST")
    assert ev.target == []


# -- 8. a brawl of fans is no armed clash; a conflict's running toll is no attack of its own ------------

@pytest.mark.parametrize("text", [
    "Fighting between rival fans continued after the match in Lagos on Sunday.",
    "Fighting broke out between fans after the match in Lagos on Sunday.",
])
def test_fighting_between_fans_is_mob_violence(analyze, text):
    assert all(ev.acled_sub_event_type == "Mob violence" for ev in events_of(analyze(text), "ASSAULT"))


def test_fighting_between_armed_sides_stays_a_clash(analyze):
    (ev,) = events_of(analyze("Fighting broke out between soldiers and militants in Beni on Sunday."), "ASSAULT")
    assert ev.acled_sub_event_type == "Armed clash"


def test_the_running_toll_of_violence_going_on_is_no_new_attack(analyze):
    assert not events_of(analyze("The violence that has killed 12 people since Monday continued on Thursday in Beni."), "ASSAULT")


# -- 9. the crew seized off a coast is who was taken, not the coast's country ---------------------------

def test_the_crew_seized_off_a_coast_is_the_target(analyze):
    (ev,) = events_of(analyze("Pirates seized the crew of 18 off the coast of Somalia on Friday."), "ASSAULT")
    assert ev.acled_sub_event_type == "Abduction/forced disappearance"
    assert [(r.text, r.sector) for r in ev.target] == [("the crew", "CVL")]


def test_a_named_ship_hijacked_is_an_abduction_of_the_ship(analyze):
    (ev,) = events_of(analyze("Pirates hijacked the MV Aris off Somalia on Sunday."), "ASSAULT")
    assert ev.acled_sub_event_type == "Abduction/forced disappearance"
    assert [r.text for r in ev.target] == ["MV Aris"]


def test_a_named_ship_seized_by_a_navy_is_a_seizure_no_territory(analyze):
    report = analyze("The navy seized the MV Aris off Somalia on Sunday.")
    assert not events_of(report, "ASSAULT") and [ev.mode for ev in events_of(report, "COERCE")] == ["seize"]


# -- 7. an -ing verb with its own object, whoever it went to, is one's own act (second review of e7) -----------

@pytest.mark.parametrize("text", [
    "The minister denied leaking documents to journalists.",
    "The ministry denied issuing permits to the company.",
    "The ministry denied issuing permits.",
])
def test_ones_own_act_done_to_someone_denied_is_no_rejection(analyze, text):
    assert not events_of(analyze(text), "REJECT")


@pytest.mark.parametrize("text, target", [
    ("The government denied landing rights to Qatar Airways on Sunday.", "Qatar"),
    ("The army denied access to journalists.", "journalists"),
    ("The government denied visas to foreign journalists.", "foreign journalists"),
])
def test_a_thing_granted_withheld_stays_a_rejection(analyze, text, target):
    (ev,) = events_of(analyze(text), "REJECT")
    assert [r.text for r in ev.target] == [target]
