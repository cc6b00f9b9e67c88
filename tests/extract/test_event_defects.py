"""Event coding defects found by reading output on short reports written for these tests:
evaluation words that only describe an event, condemnations of an act, whom a demand
for a release or a threat to retaliate is aimed at, and armed groups described by a
state-force head ("separatist forces")."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.events import UNNAMED
from tests._helpers import events_of as _events

pytestmark = pytest.mark.model
PUB = dt.date(2021, 5, 24)


def _codes(refs) -> set[str | None]:
    return {r.code for r in refs}


# -- 1. an evaluation word must judge someone, not describe an event told ------------------


@pytest.mark.parametrize("text", [
    "The EU imposed sanctions on Belarus over the forced landing of a jet, the EU foreign policy chief said.",
    "The EU imposed sanctions over the forced landing of a jet by Belarus, the German minister said.",
    "The UN will investigate the brutal killing of a journalist in Mexico, the UN chief said.",
    "Government troops killed 12 people in a brutal raid on a village in Mali, the police chief said.",
])
def test_negative_word_on_an_event_told_is_no_accusation(analyze, text):
    report = analyze(text)
    assert not _events(report, "ACCUSE"), [(e.source, e.target) for e in report.events]


@pytest.mark.parametrize("text,source,target", [
    ("Germany's foreign minister said the forced landing by Belarus was outrageous.", "DEU", "BLR"),
    ("Poland called the Belarusian authorities' actions brutal and unacceptable.", "POL", "BLR"),
    ("Lithuania said Belarus had behaved in a brutal and reckless way.", "LTU", "BLR"),
])
def test_negative_word_said_of_an_actor_or_its_act_is_an_accusation(analyze, text, source, target):
    report = analyze(text)
    assert any(source in _codes(e.source) and target in _codes(e.target) for e in _events(report, "ACCUSE")), report.events


# -- 2. "condemned the move": the one who made it -------------------------------------------


@pytest.mark.parametrize("text,source,target", [
    ("Russia expelled two Polish diplomats on Monday. Poland condemned the move.", "POL", "RUS"),
    ("Uganda's government banned the main opposition party. The United States criticised the decision.", "USA", "UGA"),
    ("Police in Belarus arrested 40 protesters in Minsk. The EU condemned the arrests.", "IGO", "BLR"),
    ("China sent warships to the strait on Friday. Japan criticised the step.", "JPN", "CHN"),
])
def test_condemned_act_accuses_its_doer(analyze, text, source, target):
    report = analyze(text)
    accusations = [e for e in _events(report, "ACCUSE") if source in _codes(e.source)]
    assert accusations and target in _codes(accusations[0].target), report.events


def test_two_condemnations_of_one_act_do_not_accuse_each_other(analyze):
    report = analyze("China sent warships to the strait on Friday. Japan criticised the step, and the United States denounced the move.")
    accusations = _events(report, "ACCUSE")
    assert len(accusations) == 2 and all(_codes(e.target) == {"CHN"} for e in accusations)


def test_condemned_act_with_no_doer_told_keeps_an_unnamed_target(analyze):
    report = analyze("Minsk condemned the move.")
    [ev] = _events(report, "ACCUSE")
    assert [(r.name, r.code) for r in ev.target] == [(UNNAMED, None)]  # not Belarus accusing itself


@pytest.mark.parametrize("text", [
    "The minister condemned the weather.",  # no act
    "Kenya accused Uganda of never taking action to condemn the raid.",  # no condemnation made
])
def test_no_condemnation_of_an_act_no_accusation(analyze, text):
    report = analyze(text)
    assert not [e for e in _events(report, "ACCUSE") if not {"KEN"} & _codes(e.source)]


# -- 3. demands for a release and threats to retaliate ----------------------------------------


@pytest.mark.parametrize("text,source,target", [
    ("Police in Belarus arrested the opposition leader on Monday. The EU called for his release.", "IGO", "BLR"),
    ("Belarus forced a jet to land in Minsk and arrested a journalist. The EU demanded the release of the journalist.", "IGO", "BLR"),
    ("The opposition demanded the release of the journalist held by Belarus.", None, "BLR"),
    ("Gunmen kidnapped 20 students in Kaduna state. The United States demanded their release.", "USA", "NGA"),
    ("Myanmar's military government released 500 prisoners on Monday. The UN called for the release of all detained activists.", "IGO", "MMR"),
])
def test_release_is_asked_of_the_holder(analyze, text, source, target):
    report = analyze(text)
    requests = [e for e in _events(report, "REQUEST") if source is None or source in _codes(e.source)]
    assert requests and target in _codes(requests[0].target), report.events
    assert not any(r.sector in ("MED", "OPP") and r.code == target for r in requests[0].target)  # not the detainee


def test_release_of_a_thing_names_no_holder(analyze):
    report = analyze("Police arrested 40 protesters in Minsk. The union called for the release of the report.")
    assert not any(_codes(e.target) & {"BLR"} for e in _events(report, "REQUEST"))


@pytest.mark.parametrize("text,source,target", [
    ("Russia expelled two Polish diplomats. Poland threatened to retaliate.", "POL", "RUS"),
    ("Israel struck a base in Syria on Monday. Iran threatened revenge.", "IRN", "ISR"),
    ("Russia threatened to retaliate against Norway.", "RUS", "NOR"),
])
def test_threat_to_retaliate_is_aimed_at_the_prior_doer(analyze, text, source, target):
    report = analyze(text)
    threats = [e for e in _events(report, "THREATEN") if source in _codes(e.source)]
    assert threats and target in _codes(threats[0].target), report.events


def test_other_threats_do_not_take_the_prior_doer(analyze):
    report = analyze("Russia expelled two Polish diplomats. Poland threatened to close the border.")
    assert not any("RUS" in _codes(e.target) for e in _events(report, "THREATEN"))


# -- 4. armed groups described with a state-force head ----------------------------------------


@pytest.mark.parametrize("text,code", [
    ("Separatist forces in Ukraine shelled the town.", "UKR"),
    ("Rebels in Mali attacked an army post.", "MLI"),
    ("Rebel troops in Sudan attacked a police station in Darfur.", "SDN"),
    ("Insurgents in Afghanistan ambushed a convoy.", "AFG"),
])
def test_armed_groups_are_rebels_of_the_country(analyze, text, code):
    [ev] = _events(analyze(text), "ASSAULT")
    assert [(r.code, r.sector) for r in ev.source] == [(code, "REB")]


@pytest.mark.parametrize("text,code", [
    ("Anti-terrorist forces raided a house in Cairo.", "EGY"),
    ("Government forces shelled a village in Darfur.", "SDN"),
])
def test_forces_against_armed_groups_stay_military(analyze, text, code):
    [ev] = _events(analyze(text), "ASSAULT")
    assert [(r.code, r.sector) for r in ev.source] == [(code, "MIL")]


def test_pro_and_anti_name_a_side_not_a_nationality(analyze):
    report = analyze("Pro-Russian rebels attacked Ukrainian troops near Donetsk.")
    [ev] = _events(report, "ASSAULT")
    assert [(r.code, r.sector) for r in ev.source] == [("UKR", "REB")]
    report = analyze("An anti-Syria journalist was killed in a car bomb explosion in Beirut.")
    [ev] = _events(report, "ASSAULT")
    assert "SYR" not in _codes(ev.target) and "LBN" in _codes(ev.target)


# -- found on five reports written for these tests (protest, arrest, ceasefire, shelling, ambush) --


@pytest.mark.parametrize("text,target_sector", [
    ("Riot police in Georgia fired tear gas on Saturday to disperse thousands of opposition supporters in Tbilisi.", "OPP"),
    ("Police fired tear gas at protesters in Tbilisi.", "CVL"),
    ("Police sprayed pepper spray on students in Santiago.", "CVL"),
    ("Security forces used water cannon against demonstrators in Minsk.", "CVL"),
])
def test_crowd_control_on_people_is_coercion(analyze, text, target_sector):
    [ev] = _events(analyze(text), "COERCE")
    assert ev.source and [r.sector for r in ev.target] == [target_sector]


def test_water_for_a_fire_is_no_coercion(analyze):
    assert not _events(analyze("Firefighters used water to put out the blaze in Tbilisi."), "COERCE")


@pytest.mark.parametrize("text,source,target", [
    ("The United States condemned the arrest of the opposition leader in Uganda. Uganda's government rejected the criticism.", "UGA", "USA"),
    ("Russia accused Ukraine of staging provocations. Ukraine rejected the accusation.", "UKR", "RUS"),
    ("Iran demanded that Britain release the tanker. Britain rejected the demand.", "GBR", "IRN"),
])
def test_rejected_statement_targets_who_made_it(analyze, text, source, target):
    rejects = [e for e in _events(analyze(text), "REJECT") if source in _codes(e.source)]
    assert rejects and _codes(rejects[0].target) == {target}


def test_rejection_of_a_proposal_told_by_no_one_has_no_target(analyze):
    [ev] = _events(analyze("Britain rejected the demand."), "REJECT")
    assert not ev.target


@pytest.mark.parametrize("text,sufferer,doer", [
    ("Police in Uganda arrested the opposition leader on Monday. The United States condemned the arrest of the opposition leader.", "OPP", "POL"),
    ("Egypt condemned the attack on Israeli soldiers by Hamas.", "MIL", "REB"),
    ("Hamas fighters attacked Israeli soldiers near Gaza. Egypt condemned the attack on the soldiers.", "MIL", "REB"),
])
def test_condemned_act_accuses_its_doer_not_who_suffered_it(analyze, text, sufferer, doer):
    [ev] = [e for e in _events(analyze(text), "ACCUSE") if "EGY" in _codes(e.source) or "USA" in _codes(e.source)]
    assert [r.sector for r in ev.target] == [doer]


def test_requests_of_two_speakers_stay_two_events(analyze):
    report = analyze("The protesters were demanding the resignation of the prime minister. "
                     "The European Union called on the authorities to show restraint.")
    requests = _events(report, "REQUEST")
    assert len(requests) == 2 and all(len(e.source) == 1 for e in requests)


def test_forces_a_state_reports_as_its_own_are_that_states(analyze):
    report = analyze("Pakistani troops shelled villages in Kashmir on Friday, killing four civilians. "
                     "India said its forces retaliated and destroyed several Pakistani army posts.")
    shelling = [e for e in _events(report, "ASSAULT") if "PAK" in _codes(e.source)]
    assert len(shelling) == 1 and _codes(shelling[0].source) == {"PAK"}  # India's reply is not merged into it
    assert any(_codes(e.source) == {"IND"} and "PAK" in _codes(e.target) for e in _events(report, "ASSAULT"))
    # a people reporting "their forces" gives no state: "Bosnian Serbs" are not Serbia's
    [ev] = _events(analyze("Bosnian Serbs said on Tuesday their forces had completed their withdrawal from the Bosnian town of Gorazde."), "RETREAT")
    assert "SRB" not in _codes(ev.source)


@pytest.mark.parametrize("denial", ["Armenia denied the claim.", "Armenia rejected the accusation."])
def test_denying_an_accusation_of_an_attack_contests_its_perpetrator(analyze, denial):
    report = analyze("Azerbaijan accused Armenian forces of shelling the town of Terter, killing one civilian. " + denial)
    [attack] = _events(report, "ASSAULT")
    [contest] = [c for c in attack.contested if c.field == "perpetrator"]
    claimers = {p.value: _codes(p.claimed_by) for p in contest.positions}
    assert claimers == {"ARM": {"AZE"}, "not ARM": {"ARM"}}


def test_denying_an_accusation_against_another_side_contests_nothing(analyze):
    report = analyze("Azerbaijan accused Armenian forces of shelling the town of Terter, killing one civilian. Turkey denied the claim.")
    [attack] = _events(report, "ASSAULT")
    assert not [c for c in attack.contested if c.field == "perpetrator"]


@pytest.mark.parametrize("text", [
    "Armenia and Azerbaijan agreed to a ceasefire on Saturday after ten hours of talks in Moscow.",
    "Sudan and South Sudan signed a border deal in Addis Ababa on Monday.",
])
def test_two_parties_agreeing_somewhere_do_not_target_the_venue(analyze, text):
    [ev] = [e for e in analyze(text).events if e.event in ("AGREE", "COOPERATE")]
    assert len(_codes(ev.source)) == 2 and not {"RUS", "ETH"} & _codes(ev.target)


def test_one_party_acting_somewhere_still_targets_the_place(analyze):
    report = analyze("Serbia lifted a curfew in Montenegro on Monday.")
    assert any("MNE" in _codes(e.target) for e in report.events)


def test_parties_described_in_a_one_country_report_are_that_countrys(analyze):
    report = analyze("Riot police fired tear gas on Saturday to disperse thousands of opposition supporters in Tbilisi. "
                     "An opposition leader accused the government of using brutal force against peaceful demonstrators.")
    [ev] = _events(report, "ACCUSE")
    assert [(r.code, r.sector) for r in ev.source + ev.target] == [("GEO", "OPP"), ("GEO", "GOV")]


def test_parties_described_in_a_report_naming_two_countries_stay_uncoded(analyze):
    report = analyze("Riot police fired tear gas on Saturday to disperse thousands of opposition supporters in Tbilisi. "
                     "An opposition leader accused the government of using brutal force. Russia criticised the protesters.")
    [ev] = [e for e in _events(report, "ACCUSE") if "RUS" not in _codes(e.source)]
    assert _codes(ev.target) == {None}


def test_a_munition_fired_is_no_target(analyze):
    report = analyze("Police fired live bullets at rioters in Kampala, killing three people.")
    [ev] = _events(report, "ASSAULT")
    assert all("bullet" not in r.text for r in ev.target) and any(r.sector == "CVL" for r in ev.target)


@pytest.mark.parametrize("text,hypothetical", [
    ("The truce is meant to allow the exchange of prisoners and the recovery of bodies, the minister said.", True),
    ("The new law is designed to ban opposition rallies in Minsk.", True),
    ("The government allowed the exchange of prisoners in Yerevan.", False),
])
def test_what_a_thing_is_meant_to_do_is_no_act_done(analyze, text, hypothetical):
    [ev] = [e for e in analyze(text).events if e.event in ("CONCEDE", "COERCE")]
    assert ev.hypothetical is hypothetical


@pytest.mark.parametrize("text", [
    "Police fired tear gas at protesters in Tbilisi.",
    "Security forces used water cannon against demonstrators in Minsk.",
])
def test_force_against_protesters_that_harms_no_one_is_an_intervention(analyze, text):
    [ev] = _events(analyze(text), "COERCE")
    assert ev.acled_sub_event_type in (None, "Protest with intervention")


# -- j4next: force on protesters, approval of an act ----------------------------------------


@pytest.mark.parametrize("text", [
    "Police in Kenya shot dead three protesters in Nairobi on Tuesday.",
    "Security forces opened fire on demonstrators in Khartoum, killing five people.",
    "Soldiers killed 12 protesters during a march in Yangon on Saturday.",
    "Riot police beat protesters in Minsk, injuring 20 people.",
])
def test_lethal_or_injurious_force_on_protesters_is_excessive_force(analyze, text):
    [ev] = _events(analyze(text), "ASSAULT")
    assert (ev.acled_event_type, ev.acled_sub_event_type) == ("Protests", "Excessive force against protesters")


@pytest.mark.parametrize("text,sub", [
    ("Gunmen shot dead three villagers in Zamfara state on Tuesday.", "Attack"),  # no protest told
    # the protesters are the attackers: a violent demonstration (a riot), with its toll
    ("Protesters attacked a police station in Lagos, killing two officers.", "Violent demonstration"),
])
def test_violence_with_no_protesters_struck_is_no_force_against_protesters(analyze, text, sub):
    events = analyze(text).events
    assert events and all(e.acled_sub_event_type != "Excessive force against protesters" for e in events)
    assert events[0].acled_sub_event_type == sub and events[0].dead is not None and events[0].dead.min >= 2


@pytest.mark.parametrize("text,source,target", [
    ("Russia withdrew troops from the border on Monday. NATO welcomed the move.", "IGO", "RUS"),
    ("Uganda's government lifted the curfew in Kampala. The United States welcomed the decision.", "USA", "UGA"),
    ("Israel eased restrictions on Gaza on Sunday. Egypt welcomed the step.", "EGY", "ISR"),
    ("Iran released two British prisoners. Britain praised the decision.", "GBR", "IRN"),
])
def test_welcomed_act_supports_its_doer(analyze, text, source, target):
    report = analyze(text)
    support = [e for e in _events(report, "SUPPORT") if source in _codes(e.source)]
    assert support and _codes(support[0].target) == {target}, report.events


def test_two_welcomes_of_one_act_do_not_support_each_other(analyze):
    report = analyze("Russia withdrew troops from the border. NATO welcomed the move, and Germany welcomed the decision.")
    support = _events(report, "SUPPORT")
    assert len(support) == 2 and all(_codes(e.target) == {"RUS"} for e in support)


@pytest.mark.parametrize("text", [
    "The rebels welcomed the weather.",  # no act
    "Germany did not welcome the move.",  # no approval given
])
def test_welcome_of_no_act_supports_no_one(analyze, text):
    assert not _events(analyze(text), "SUPPORT")


@pytest.mark.parametrize("text", [
    "Militants ambushed an army convoy in Borno state on Monday. 15 militants were killed in the fighting, which lasted several hours.",
    "Militants ambushed an army convoy in Borno state on Monday. 15 militants were killed in the fighting.",
    "Soldiers clashed with rebels in North Kivu on Thursday. The army said 15 rebels were killed during the fighting.",
    "Gunmen ambushed a police patrol near Kandahar. Three policemen were wounded in the attack.",
])
def test_toll_of_the_fighting_joins_the_fight_told_before(analyze, text):
    [ev] = _events(analyze(text), "ASSAULT")
    assert ev.source and (ev.dead or ev.injured) and (ev.dead or ev.injured).min in (15, 3)
    assert not {(r.code, r.sector) for r in ev.source} & {(r.code, r.sector) for r in ev.target}  # the attackers' dead are no target


def test_toll_of_a_fight_last_year_is_background_not_joined(analyze):
    # the fight of last year is background to Monday's ambush (issue 4): no incident, and its toll
    # is not the ambush's
    [ev] = _events(analyze("Militants ambushed an army convoy in Borno state on Monday. 15 militants were killed in the fighting last year."), "ASSAULT")
    assert ev.dead is None


@pytest.mark.parametrize("text", [
    "Troops ambushed militants in Borno state. In Yemen, 15 militants were killed in the fighting around Marib.",
    "Rebels ambushed a convoy near Goma on Monday. Separately, 15 people were killed in fighting in Ituri province on Tuesday.",
])
def test_toll_of_another_fight_stays_apart(analyze, text):
    events = _events(analyze(text), "ASSAULT")
    assert len(events) == 2 and events[0].dead is None


@pytest.mark.parametrize("text", [
    "Clashes erupted between the army and rebels in Darfur on Sunday.",
    "Clashes broke out between the army and rebels in Darfur on Sunday.",
])
def test_clashes_between_two_sides_are_fought_by_both(analyze, text):
    [ev] = _events(analyze(text), "ASSAULT")
    assert {r.sector for r in ev.source} == {"MIL", "REB"} and ev.date == dt.date(2021, 5, 23)


def test_toll_of_clashes_between_sides_has_its_fighters(analyze):
    report = analyze("Clashes broke out between rival militias in Tripoli on Friday. 15 people were killed in the clashes.")
    [ev] = _events(report, "ASSAULT")
    assert ev.source and ev.dead is not None and ev.dead.min == 15


def test_talks_between_two_sides_are_no_fight(analyze):
    report = analyze("Talks broke down between the army and rebels in Darfur on Sunday.")
    assert not _events(report, "ASSAULT")


@pytest.mark.parametrize("text,sub", [
    ("Islamic State fighters attacked a village in Iraq on Monday. Six villagers were killed in the attack, police said.", "Attack"),
    ("Gunmen raided a village in Zamfara state on Sunday. Twelve residents were killed in the attack.", "Attack"),
    ("Rebels attacked a military base in northern Mali on Friday. Four soldiers died in the attack.", "Armed clash"),  # an armed side struck
])
def test_attack_that_killed_only_civilians_is_violence_against_civilians(analyze, text, sub):
    [ev] = _events(analyze(text), "ASSAULT")
    assert ev.acled_sub_event_type == sub


@pytest.mark.parametrize("text,source,target_sector", [
    ("Russia released the journalist on Monday. The United States welcomed the release.", "USA", "GOV"),
    ("Iran freed two British prisoners on Monday. Britain welcomed their release.", "GBR", "GOV"),
    ("The rebels released 20 hostages. The UN welcomed the release of the hostages.", "IGO", "REB"),
])
def test_welcomed_release_supports_who_freed_them_not_the_freed(analyze, text, source, target_sector):
    [ev] = [e for e in _events(analyze(text), "SUPPORT") if source in _codes(e.source)]
    assert [r.sector for r in ev.target] == [target_sector]


# -- 6. the sides of "clashes between X and Y" that killed people --------------------------


@pytest.mark.parametrize("text,sectors", [
    ("Clashes between the army and rebels killed 15 people in northern Mali on Sunday.", {"MIL", "REB"}),
    ("Clashes between soldiers and jihadists killed nine people near the town on Tuesday.", {"MIL", "REB"}),
    ("Clashes between rival militias killed 12 people in Tripoli.", {"REB"}),
    ("Fighting between government forces and Islamist militants left 20 dead near Gao.", {"MIL", "REB"}),
    ("Fighting between the army and rebels killed 8 people in Darfur.", {"MIL", "REB"}),
    ("Heavy fighting between the army and the rebels killed 30 fighters in Darfur.", {"MIL", "REB"}),
])
def test_clashes_between_sides_that_killed_are_done_by_the_sides(analyze, text, sectors):
    [ev] = _events(analyze(text), "ASSAULT")
    assert {r.sector for r in ev.source} == sectors and all(r.name != "unidentified armed group" for r in ev.source)


def test_clashes_killed_with_no_sides_named_keep_an_unknown_doer(analyze):
    [ev] = _events(analyze("Clashes killed 15 people in northern Mali on Sunday."), "ASSAULT")
    assert ev.source and not any(r.sector for r in ev.source)


# -- 7. "shot dead", "gunned down", "hacked to death": the counted object is the dead --------


@pytest.mark.parametrize("text,dead", [
    ("Gunmen shot dead three villagers in Zamfara state on Saturday.", 3),
    ("Suspected jihadists gunned down seven farmers near the town of Djibo.", 7),
    ("Attackers hacked to death five people in a village in Ituri province.", 5),
    ("Soldiers beat two men to death in Lagos on Sunday.", 2),
    ("Gunmen mowed down eleven worshippers at a mosque in Kano.", 11),
    ("Police shot four protesters dead in Yangon.", 4),
])
def test_killing_phrase_counts_its_object_as_dead(analyze, text, dead):
    [ev] = _events(analyze(text), "ASSAULT")
    assert ev.dead is not None and ev.dead.min == dead


@pytest.mark.parametrize("text", [
    "Soldiers shot two suspects in the leg in Lagos on Sunday.",
    "A court in Cairo sentenced three men to death on Sunday.",
])
def test_shooting_or_sentence_is_no_death_toll(analyze, text):
    report = analyze(text)
    assert not any(e.dead is not None for e in report.events), report.events


# -- 8. a country named beside a border is a place, not a target ----------------------------


@pytest.mark.parametrize("text", [
    "Troops deployed along the border with Niger on Monday.",
    "Gunmen attacked a village near the border with Niger, killing six people.",
    "Gunmen attacked a post on the Niger border, killing two soldiers.",
])
def test_border_named_as_a_place_is_no_target(analyze, text):
    report = analyze(text)
    assert report.events and not any(r.name == "Niger" for e in report.events for r in e.target), report.events


def test_border_closed_with_a_neighbour_targets_the_neighbour(analyze):
    [ev] = analyze("Niger closed its border with Nigeria on Monday.").events
    assert "NGA" in _codes(ev.target)


# -- 9. militias are armed groups, not state forces -----------------------------------------


@pytest.mark.parametrize("text", [
    "Rival militias fought in Tripoli on Friday, killing 10 civilians.",
    "A militia attacked a village in Ituri province on Sunday.",
    "Militiamen attacked a police station in Ituri province on Monday.",
])
def test_militia_is_an_armed_group(analyze, text):
    report = analyze(text)
    assert report.events and all(r.sector == "REB" for e in report.events for r in e.source), report.events


# -- 10. an act not (yet) done is no event ---------------------------------------------------


@pytest.mark.parametrize("text,event", [
    ("Germany has yet to welcome the decision.", "SUPPORT"),
    ("The government is yet to respond to the demands of the protesters.", None),
    ("Russia has yet to withdraw its troops from the border.", "RETREAT"),
    ("Italy failed to condemn the attack.", "ACCUSE"),
    ("Washington has yet to impose sanctions on Minsk.", "SANCTION"),
])
def test_act_yet_to_come_or_withheld_is_no_event(analyze, text, event):
    report = analyze(text)
    assert not [e for e in report.events if event is None or e.event == event], report.events


@pytest.mark.parametrize("text,event", [
    ("Germany welcomed the decision.", "SUPPORT"),
    ("Italy condemned the attack.", "ACCUSE"),
    ("France refused to accept the proposal.", "REJECT"),
    ("Washington imposed sanctions on Minsk.", "SANCTION"),
])
def test_act_done_or_refused_stays(analyze, text, event):
    assert _events(analyze(text), event)


# -- 11. herders, traders and motorists are civilians (target, toll) --------------------------


@pytest.mark.parametrize("text,dead", [
    ("Local militiamen killed two herders in Benue state.", 2),
    ("Gunmen killed four traders on a highway in Zamfara state.", 4),
    ("Soldiers shot dead two motorists at a checkpoint in Lagos.", 2),
])
def test_people_by_trade_are_civilians_killed(analyze, text, dead):
    [ev] = _events(analyze(text), "ASSAULT")
    assert [r.sector for r in ev.target] == ["CVL"] and ev.dead is not None and ev.dead.min == dead


def test_mob_is_an_actor(analyze):
    [ev] = analyze("A mob beat two men in Lagos on Sunday.").events
    assert [r.sector for r in ev.source] == ["CVL"]
    assert (ev.event, ev.acled_sub_event_type) == ("PROTEST", "Mob violence")  # a mob's violence is a riot


# -- 12. forces deployed (passive, no agent) are the mobilized party, not its target ----------


@pytest.mark.parametrize("text,sector", [
    ("Troops were deployed to the frontier with Sudan on Monday.", "MIL"),
    ("Extra police were deployed in Nairobi ahead of the protests.", "POL"),
])
def test_forces_deployed_are_the_source(analyze, text, sector):
    [ev] = _events(analyze(text), "MOBILIZE")
    assert [r.sector for r in ev.source] == [sector] and sector not in {r.sector for r in ev.target}


def test_forces_deployed_by_a_named_agent_keep_it_as_source(analyze):
    [ev] = _events(analyze("Troops were deployed by the government to the town of Moyale in Kenya."), "MOBILIZE")
    assert [r.sector for r in ev.source] == ["GOV"]


# -- natural hazards are no actors ------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Floods killed 20 people in Bangladesh on Monday, officials said.",
    "An earthquake killed 12 people in the mountain province on Sunday.",
    "Heavy rain forced out hundreds of residents of the valley on Monday.",
    "Dozens of villagers were killed by a landslide in the north on Saturday.",
])
def test_a_natural_hazard_as_the_doer_makes_no_event(analyze, text):
    report = analyze(text)
    assert not [e for e in report.events if e.event in ("ASSAULT", "COERCE")], [(e.event, e.trigger) for e in report.events]


@pytest.mark.parametrize("text, event", [
    ("Gunmen killed 20 people in a village in Nigeria on Monday, officials said.", "ASSAULT"),
    ("Artillery fire killed 12 people in the town on Sunday.", "ASSAULT"),
    ("Militiamen drove out hundreds of families from the village on Monday.", "COERCE"),
])
def test_people_as_the_doer_still_make_the_event(analyze, text, event):
    assert _events(analyze(text), event)


def test_a_coercion_without_protest_takes_no_acled_protest_type(analyze):
    (ev,) = _events(analyze("Militiamen drove out hundreds of families from the village on Monday."), "COERCE")
    assert ev.acled_event_type != "Protests"
    (gas,) = _events(analyze("Police fired tear gas at protesters in the capital on Monday."), "COERCE")
    assert gas.acled_event_type == "Protests"


# -- coordinated victims: one toll, the sum of the counted parts -------------------------------


@pytest.mark.parametrize("text, field, low, high", [
    ("A soldier and two civilians were killed in an attack on a village in Mali on Monday.", "dead", 3, 3),
    ("Gunmen killed two police officers and a civilian in Burkina Faso on Monday.", "dead", 3, 3),
    ("At least three soldiers and a civilian were wounded when a bomb exploded in Somalia.", "injured", 4, None),
    ("Four farmers and an aid worker were shot dead by militiamen near the town on Friday.", "dead", 5, 5),
])
def test_coordinated_victims_sum_into_one_toll(analyze, text, field, low, high):
    [ev] = _events(analyze(text), "ASSAULT")
    mag = getattr(ev, field)
    assert mag is not None and (mag.min, mag.max) == (low, high), mag


def test_coordinated_victims_with_an_uncounted_part_make_no_sum(analyze):
    [ev] = _events(analyze("A soldier and civilians were killed in an attack in Mali on Monday."), "ASSAULT")
    assert ev.dead is None or ev.dead.min != 2, ev.dead


# -- a killing denied with no doer named is no attack; an attack told with no one harmed stays ----


@pytest.mark.parametrize("text", [
    "A soldier was not killed.",
    "No one was killed.",
    "Nobody died.",
    "No civilians were hurt.",
])
def test_no_one_harmed_is_no_attack(analyze, text):
    report = analyze(text)
    assert not _events(report, "ASSAULT"), [(e.event, e.trigger) for e in report.events]


@pytest.mark.parametrize("text, field", [
    ("No one was killed in the attack on the market in Mali on Monday.", "dead"),
    ("Gunmen attacked a market in Mali on Monday, but no one was killed.", "dead"),
    ("A bomb exploded in a market in Somalia on Monday. No one was hurt.", "injured"),
])
def test_an_attack_with_no_one_harmed_stays_with_a_toll_of_none(analyze, text, field):
    [ev] = _events(analyze(text), "ASSAULT")
    mag = getattr(ev, field)
    assert mag is None or (mag.min, mag.max) == (0, 0), mag


def test_a_killing_told_still_makes_the_attack(analyze):
    [ev] = _events(analyze("A soldier was killed in Mali on Monday."), "ASSAULT")
    assert ev.dead is not None and ev.dead.min == 1


# -- a charge whose content is an open question is no accusation told ---------------------------


@pytest.mark.parametrize("text", [
    "Police arrested three men on Monday. Police did not say what they were charged with.",
    "Police arrested two journalists in Minsk on Monday. It was not clear what crime they were accused of.",
    "Police arrested two journalists in Minsk on Monday. Officials did not say what the men were charged with.",
])
def test_charge_left_unsaid_is_no_accusation(analyze, text):
    report = analyze(text)
    assert not _events(report, "ACCUSE"), [(e.source, e.target) for e in report.events]
    assert _events(report, "COERCE")


def test_charge_told_is_an_accusation(analyze):
    [ev] = _events(analyze("Prosecutors charged two journalists with treason in Minsk on Monday."), "ACCUSE")
    assert [r.text for r in ev.target] == ["two journalists"]


# -- one refusal, one rejection -------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The minister refused to apologise.",
    "The government refused to apologise to the victims' families on Monday.",
    "Israel refused to withdraw its troops from the town.",
    "The president refused to meet the opposition leader.",
])
def test_a_refusal_is_one_rejection(analyze, text):
    assert len(_events(analyze(text), "REJECT")) == 1


def test_the_refusal_keeps_whom_the_act_refused_was_for(analyze):
    [ev] = _events(analyze("The government refused to apologise to the victims' families on Monday."), "REJECT")
    assert ev.mode == "apologize" and ev.target


def test_two_refusals_are_two_rejections(analyze):
    text = "Israel refused to apologise on Monday. On Tuesday, Egypt refused to withdraw its troops from the border."
    assert len(_events(analyze(text), "REJECT")) == 2


# -- forces sent somewhere are mobilized, as when "deployed" --------------------------------------


@pytest.mark.parametrize("text", [
    "Soldiers were sent to the border.",
    "The government sent troops to the border with Sudan on Monday.",
    "China sent warships to the strait on Friday.",
    "The army rushed troops to the region on Sunday.",
])
def test_forces_sent_are_a_mobilization(analyze, text):
    report = analyze(text)
    assert _events(report, "MOBILIZE") and not _events(report, "AID"), [(e.event, e.trigger) for e in report.events]


@pytest.mark.parametrize("text, event", [
    ("The EU sent food and medicine to Gaza on Monday.", "AID"),
    ("The UN sent observers to the region.", "INVESTIGATE"),
])
def test_other_things_sent_are_not_a_mobilization(analyze, text, event):
    report = analyze(text)
    assert _events(report, event) and not _events(report, "MOBILIZE")


def test_forces_sent_to_a_force_of_others_are_contributed_not_deployed(analyze):
    report = analyze("France will send 300 soldiers to the UN mission in Mali, its defence minister said on Monday.")
    assert not _events(report, "MOBILIZE"), [(e.event, e.trigger) for e in report.events]


# -- a bare count as those arrested ----------------------------------------------------------------


@pytest.mark.parametrize("text, name", [
    ("At least 12 teachers were injured and 30 were arrested.", "teachers"),
    ("About 200 protesters marched in Harare on Monday and 30 were arrested.", "protesters"),
    ("Dozens were detained.", "people"),
    ("The court was closed and 30 were arrested.", "people"),
])
def test_a_bare_count_arrested_is_an_arrest_of_the_people_counted(analyze, text, name):
    arrests = [e for e in _events(analyze(text), "COERCE") if e.mode == "arrest"]
    assert len(arrests) == 1 and [r.name for r in arrests[0].target] == [name], arrests


def test_an_injury_with_a_bare_count_makes_no_arrest(analyze):
    report = analyze("At least 12 teachers were injured and 30 were taken to hospital.")
    assert not [e for e in report.events if e.mode == "arrest"]


# -- a group told only to be active or present is no perpetrator -----------------------------------


@pytest.mark.parametrize("text", [
    "Gunmen killed 10 people in Niger on Sunday. No group claimed responsibility, but ISGS is active in the area.",
    "Gunmen killed 10 people in Niger on Sunday. ISGS is active in the area.",
    "Gunmen killed seven soldiers in Somalia on Friday. Al-Shabaab militants are present in the region.",
])
def test_a_group_active_in_the_area_is_no_perpetrator(analyze, text):
    [ev] = _events(analyze(text), "ASSAULT")
    assert not {"ISGS", "SHB"} & _codes(ev.source), ev.source
    assert not any(c.field == "perpetrator" and c.value.get("code") in ("ISGS", "SHB") for c in ev.claims)


@pytest.mark.parametrize("text", [
    "Gunmen killed 10 people in Niger on Sunday. The attack was claimed by ISGS.",
    "ISGS fighters killed 10 people in Niger on Sunday. The gunmen fled on motorbikes.",
])
def test_a_group_named_as_the_doer_stays_the_perpetrator(analyze, text):
    [ev] = _events(analyze(text), "ASSAULT")
    assert "ISGS" in _codes(ev.source)


def test_no_group_claiming_an_attack_is_no_toll(analyze):
    [ev] = _events(analyze("Gunmen killed 10 people in Niger on Sunday. No group claimed responsibility."), "ASSAULT")
    assert [(c.value.min) for c in ev.claims if c.field == "dead"] == [10]


def test_a_headline_does_not_swap_who_expels_whom(analyze):
    report = analyze("Algeria recalls ambassador to France, expels French diplomats\n\n"
                     "Algeria on Sunday recalled its ambassador to France and expelled French diplomats "
                     "after a row over visas, the foreign ministry said.")
    expulsions = [e for e in report.events if e.event == "SANCTION"]
    assert expulsions
    for e in expulsions:
        assert [a.code for a in e.source] == ["DZA"], e.source
        assert "FRA" in [a.code for a in e.target]
