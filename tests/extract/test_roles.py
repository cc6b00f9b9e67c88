"""Event roles on reports written for these tests (none from the seed or the PLOVER records):
who acts and who is acted on, and how they are coded.

Each test names the rule it checks: a pronoun that reports its own act, the one country of
a sentence, the doer's own things, whom an object concerns, the one let act, reciprocal
acts, ethnic groups, weapons that do not act, things struck, and attacks told only inside
an accusation.
"""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.config import Options
from sitrep.ingest.clean import clean_text
from sitrep.model import REPORTER, Article, Event, Report

pytestmark = pytest.mark.model
PUB = dt.date(2019, 3, 10)


@pytest.fixture(scope="module")
def pipeline():
    from sitrep.pipeline import Pipeline

    return Pipeline(Options(published=PUB, require_english=False))


def _report(pipeline, text: str) -> Report:
    body, _removed = clean_text(text)
    return pipeline.analyze(Article(id="t", text=body, title="Report", published=PUB))


def _codes(refs) -> set[str]:
    return {r.code for r in refs if r.code}


def _event(report: Report, trigger: str) -> Event:
    for ev in report.events:
        if ev.trigger is not None and ev.trigger.text.lower() == trigger:
            return ev
    raise AssertionError(f"no event on {trigger!r} in {[(e.event, e.trigger.text if e.trigger else None) for e in report.events]}")


def test_a_pronoun_in_a_reported_clause_is_the_one_who_reports(pipeline):
    ev = _event(_report(pipeline, "Kenya said it would allow the return of UN monitors to the border region."), "allow")
    assert _codes(ev.source) == {"KEN"}
    assert _codes(ev.target) == {"IGO"}  # whom the object ("the return of ...") concerns


def test_people_with_no_country_take_the_only_country_of_the_sentence(pipeline):
    ev = _event(_report(pipeline, "Former President Pedro Alvarado agreed to resign without returning to Peru, lawmakers said."), "agreed")
    assert _codes(ev.source) == {"PER"}


def test_no_country_is_guessed_in_a_sentence_naming_two(pipeline):
    ev = _event(_report(pipeline, "Former President Pedro Alvarado agreed to resign after talks with Chile, Peru's congress said."), "agreed")
    assert not _codes(ev.source)


def test_the_doers_own_things_are_no_target(pipeline):
    ev = _event(_report(pipeline, "Egypt offered its engineers to Sudan to help repair the dam."), "offered")
    assert _codes(ev.source) == {"EGY"}
    assert _codes(ev.target) == {"SDN"}


def test_whom_the_object_concerns_is_the_target(pipeline):
    ev = _event(_report(pipeline, "Ghana on Monday defended the right of Togolese refugees to stay in the country."), "defended")
    assert _codes(ev.source) == {"GHA"}
    assert _codes(ev.target) == {"TGO"}


def test_the_one_let_act_is_the_target(pipeline):
    ev = _event(_report(pipeline, "Senegal's constitutional court decided to allow opposition leader Amadou Diallo to run in the election."), "allow")
    assert _codes(ev.source) == {"SEN"}
    assert _codes(ev.target) == {"SEN"}


def test_two_states_signing_act_on_each_other(pipeline):
    report = _report(pipeline, "Kenyan President Daniel Otieno and Tanzanian President Juma Mrisho signed a treaty of cooperation on Friday.")
    ev = next(e for e in report.events if e.event == "AGREE")
    assert _codes(ev.source) == {"KEN", "TZA"}


def test_an_ethnic_group_is_coded_by_the_state_it_lives_in(pipeline):
    ev = _event(_report(pipeline, "About 200 ethnic Hungarians demonstrated on Friday in Slovakia, police said."), "demonstrated")
    assert _codes(ev.source) == {"SVK"}


@pytest.mark.parametrize("place,country", [("Kandahar", "AFG"), ("Idlib", "SYR")])
def test_a_weapon_is_no_doer_and_the_thing_struck_is_the_target(pipeline, place, country):
    ev = _event(_report(pipeline, f"A drone struck a convoy near {place} on Tuesday, killing four people."), "struck")
    assert ev.event == "ASSAULT"
    assert not ev.source  # who flew it is not told: no nameless military, no armed group of the place
    assert ev.mode == "aerial"
    assert {r.text for r in ev.target} >= {"a convoy"}
    assert place not in {r.text for r in ev.target}
    assert _codes(ev.target) == {country}  # what was struck, coded by where it was
    assert not any(c.field == "perpetrator" for c in ev.claims)


def test_the_operator_of_a_weapon_is_the_doer(pipeline):
    ev = _event(_report(pipeline, "A drone operated by the Turkish army struck a car near Qamishli on Monday."), "struck")
    assert _codes(ev.source) == {"TUR"}
    assert [r.text for r in ev.target] == ["a car"]


def test_an_owner_written_before_the_weapon_is_the_doer(pipeline):
    report = _report(pipeline, "Four fighters were killed when coalition jets struck a checkpoint west of Hodeidah on Tuesday. "
                               "The army's helicopters bombed two villages on Sunday.")
    strike = next(e for e in report.events if "checkpoint" in e.evidence.text)
    assert [r.text for r in strike.source] == ["coalition jets"] and strike.source[0].sector == "MIL"
    assert "checkpoint" in {r.name for r in strike.target}  # what was struck, not the direction or the town
    assert not any(r.text == "Hodeidah" for r in strike.target)
    assert [r.sector for r in _event(report, "bombed").source] == ["MIL"]


def test_an_attack_named_as_subject_is_no_doer(pipeline):
    report = _report(pipeline, "The deadly airstrike hit an airbase near Hodeidah on Tuesday, the army said. "
                               "The US airstrike hit a depot near Mosul on Monday.")
    unowned = next(e for e in report.events if "airbase" in e.evidence.text)
    assert unowned.event == "ASSAULT" and not unowned.source  # not a nameless military called "airstrike"
    owned = next(e for e in report.events if "depot" in e.evidence.text)
    assert _codes(owned.source) == {"USA"}


@pytest.mark.parametrize("text,sector,country", [
    ("Rebels killed three soldiers near Goma on Friday.", "MIL", "COD"),
    ("Gunmen killed five people in Kandahar on Sunday.", "CVL", "AFG"),
])
def test_people_killed_at_a_place_are_the_target_not_the_place(pipeline, text, sector, country):
    ev = next(e for e in _report(pipeline, text).events if e.event == "ASSAULT")
    assert [(r.sector, r.code) for r in ev.target] == [(sector, country)]
    assert not any(r.text in ("Goma", "Kandahar") for r in ev.target)


def test_a_protest_through_a_city_at_home_is_aimed_at_the_government(pipeline):
    ev = _event(_report(pipeline, "Thousands of protesters marched through Lima on Saturday, police said."), "marched")
    assert [(r.name, r.code, r.sector) for r in ev.target] == [("government", "PER", "GOV")]


def test_a_named_weapon_owner_still_acts(pipeline):
    ev = _event(_report(pipeline, "Syrian warplanes struck a market in Idlib on Sunday."), "struck")
    assert _codes(ev.source) == {"SYR"}


@pytest.mark.parametrize("text,accuser,accused,trigger", [
    ("The army accused the Taliban of bombing a bus near Kabul on Sunday.", None, "TAL", "bombing"),
    ("Officials in Kabul accused the Taliban of the bombing of a bus on Friday.", None, "TAL", "bombing"),
    ("Police blamed the Islamic State for the bombing of a market in Mosul on Monday.", None, "ISIS", "bombing"),
])
def test_an_attack_told_in_an_accusation_is_alleged_by_the_accuser(pipeline, text, accuser, accused, trigger):
    report = _report(pipeline, text)
    ev = _event(report, trigger)
    assert ev.event == "ASSAULT"
    assert accused in _codes(ev.source)
    told = [c for c in ev.claims if c.field == "event"]
    assert told and all(c.modality == "alleged" and c.claimed_by != REPORTER for c in told)
    perp = [c for c in ev.claims if c.field == "perpetrator"]
    assert perp and all(c.modality == "alleged" for c in perp)
    accusation = next(e for e in report.events if e.event == "ACCUSE")
    assert accused in _codes(accusation.target)


def test_an_attack_told_before_an_accusation_stays_one_event(pipeline):
    report = _report(pipeline, "A bomb hit a bus near Kabul on Sunday, killing six people. "
                               "The army blamed the Taliban for the bombing.")
    attacks = [e for e in report.events if e.event == "ASSAULT"]
    assert len(attacks) == 1
    assert "TAL" in _codes(attacks[0].source)
    assert any(c.field == "perpetrator" and c.modality == "alleged" for c in attacks[0].claims)


def test_the_doers_own_people_are_no_recipient(pipeline):
    ev = _event(_report(pipeline, "Chad offered its soldiers to the government of Niger to help it secure the border."), "offered")
    assert _codes(ev.target) == {"NER"}


def test_conceding_to_demands_targets_their_author(pipeline):
    ev = _event(_report(pipeline, "The Nepalese government on Monday conceded to demands from India to reopen the border crossings."), "conceded")
    assert _codes(ev.source) == {"NPL"}
    assert _codes(ev.target) == {"IND"}


@pytest.mark.parametrize("text,trigger,code", [
    ("Bosnian Croats demanded a greater say in the regional government on Tuesday.", "demanded", "BIH"),
    ("The Hungarians of southern Slovakia are demanding cultural autonomy from Slovak authorities.", "demanding", "SVK"),
])
def test_a_people_is_coded_by_where_it_lives(pipeline, text, trigger, code):
    ev = _event(_report(pipeline, text), trigger)
    assert _codes(ev.source) == {code}


def test_a_curfew_at_home_acts_on_the_states_own_people(pipeline):
    ev = _event(_report(pipeline, "Kenyan authorities imposed a curfew in the town of Garissa in eastern Kenya after clashes on Sunday."), "curfew")
    assert _codes(ev.source) == {"KEN"}
    assert _codes(ev.target) == {"KEN"}


def test_a_curfew_abroad_is_not_coded_as_domestic(pipeline):
    report = _report(pipeline, "Ethiopian troops imposed a curfew in the Somali town of Beledweyne on Sunday.")
    ev = next(e for e in report.events if e.event in ("COERCE", "SANCTION"))
    assert "ETH" not in _codes(ev.target)


@pytest.mark.parametrize("text,trigger,code", [
    ("The Thai army said it was ready to impose a curfew in Bangkok after days of clashes.", "curfew", "THA"),
    ("Peru's cabinet said it is prepared to declare martial law in Lima if the strikes go on.", "martial law", "PER"),
])
def test_a_threatened_curfew_at_home_targets_the_states_own_people(pipeline, text, trigger, code):
    ev = _event(_report(pipeline, text), trigger)
    assert ev.event == "THREATEN"
    assert _codes(ev.target) == {code}


def test_a_threatened_curfew_abroad_is_not_coded_as_domestic(pipeline):
    report = _report(pipeline, "Ethiopian commanders said they were ready to impose a curfew in the Somali town of Beledweyne.")
    assert all("ETH" not in _codes(e.target) for e in report.events)


@pytest.mark.parametrize("text,trigger,thing,code", [
    ("Rebels blew up a railway bridge near Kandahar on Tuesday.", "blew", "bridge", "AFG"),
    ("Unknown attackers torched two buses in Nairobi overnight.", "torched", "buses", "KEN"),
])
def test_property_destroyed_is_the_target_coded_by_its_place(pipeline, text, trigger, thing, code):
    ev = _event(_report(pipeline, text), trigger)
    assert ev.event == "COERCE"
    assert any(thing in r.text for r in ev.target)
    assert _codes(ev.target) == {code}


@pytest.mark.parametrize("text,code", [
    ("Volunteers from three Canadian charities collected and delivered food to Haitian families on Monday.", "CAN"),
    ("Doctors from two Swiss charities donated and delivered medicine to a hospital in Mosul.", "CHE"),
])
def test_a_doer_shared_by_joined_verbs_keeps_its_role(pipeline, text, code):
    # the parser reads the first verb as a participle of the last noun ("charities collected")
    ev = _event(_report(pipeline, text), "delivered")
    assert ev.event == "AID"
    assert _codes(ev.source) == {code}


@pytest.mark.parametrize("text,trigger,code", [
    ("The Kenyan president met his Ugandan counterpart on Monday.", "met", "UGA"),
    ("The Kenyan president agreed with his Ugandan counterpart to reopen the border.", "agreed", "UGA"),
])
def test_a_counterpart_is_coded_by_its_own_demonym(pipeline, text, trigger, code):
    # not by the owner "his" (the other party) nor by the sentence's first country
    ev = _event(_report(pipeline, text), trigger)
    assert _codes(ev.source) == {"KEN"}
    assert _codes(ev.target) == {code}


def test_a_meeting_as_the_purpose_of_a_call_is_held_with_the_one_called(pipeline):
    ev = _event(_report(pipeline, "The Indian prime minister called his Pakistani counterpart to discuss the shelling."), "discuss")
    assert ev.event == "CONSULT"
    assert _codes(ev.source) == {"IND"}
    assert _codes(ev.target) == {"PAK"}


def test_own_troops_sent_to_a_meeting_are_no_party_to_it(pipeline):
    ev = _event(_report(pipeline, "Chad sent troops to the border to discuss security."), "discuss")
    assert "TCD" not in _codes(ev.target)


def test_a_warning_of_an_attack_threatens_whom_it_is_aimed_at(pipeline):
    ev = _event(_report(pipeline, "The Ethiopian army warned that it would attack rebel bases in Somalia."), "warned")
    assert ev.event == "THREATEN"
    assert _codes(ev.source) == {"ETH"}
    assert _codes(ev.target) == {"SOM"}


def test_a_warning_of_deploying_own_troops_targets_no_own_troops(pipeline):
    report = _report(pipeline, "The Ethiopian army warned that it would deploy its troops along the border.")
    assert not any("troops" in r.text for e in report.events for r in e.target)


def test_lifting_a_ban_on_a_group_targets_the_group(pipeline):
    ev = _event(_report(pipeline, "Egypt's president said he would lift the ban on the Muslim Brotherhood next month."), "lift")
    assert any("Brotherhood" in r.text for r in ev.target)


def test_a_body_named_after_a_place_belongs_to_its_country(pipeline):
    ev = _event(_report(pipeline, "Doctors from two Swiss charities delivered medicine to Mosul University Hospital on Monday."), "delivered")
    assert _codes(ev.target) == {"IRQ"}


def test_an_attack_on_a_camp_for_people_targets_the_people(pipeline):
    ev = _event(_report(pipeline, "A camp for Sudanese refugees was attacked by Chadian militiamen on Sunday, killing 30 people."), "attacked")
    assert _codes(ev.source) == {"TCD"}
    assert _codes(ev.target) == {"SDN"}



def test_a_weapon_with_its_owner_named_acts_and_a_direction_is_no_target(pipeline):
    report = _report(pipeline, "Three rebel fighters were killed when army helicopters struck a checkpoint north of Gao on Monday, officials said.")
    attacks = [e for e in report.events if e.event == "ASSAULT"]
    assert len(attacks) == 1  # the strike and the killing are one attack
    assert any(r.text == "army helicopters" for r in attacks[0].source)
    assert attacks[0].mode == "aerial"


def test_the_means_used_is_no_doer(pipeline):
    ev = _event(_report(pipeline, "Kenyan riot police used tear gas to disperse protesters in Nairobi on Monday."), "disperse")
    assert _codes(ev.source) == {"KEN"}
    assert all(r.sector == "POL" for r in ev.source)


def test_being_opposed_to_is_the_subjects_stance(pipeline):
    ev = _event(_report(pipeline, "Turkey is opposed to Greek mediation in the talks with Cyprus, an aide said on Monday."), "opposed")
    assert _codes(ev.source) == {"TUR"}
    assert _codes(ev.target) == {"GRC"}


def test_a_sector_of_a_city_places_the_attack(pipeline):
    ev = _event(_report(pipeline, "A judge was killed in a bomb blast in a residential sector of northern Baghdad on Friday."), "killed")
    assert ev.location is not None and ev.location.country == "IRQ"
    assert _codes(ev.source) == {"IRQ"}  # an unidentified armed group there, as ACLED codes it


@pytest.mark.parametrize("text,accused,aimed_at", [
    ("The army accused Hezbollah of firing missiles at a base near Metula on Monday.", "HEZ", "a base"),
    ("Kenya accused al-Shabaab of firing mortars at a police station in Mandera on Friday.", "SHB", "a police station"),
])
def test_a_munition_fired_is_no_target_and_the_accused_fires_it(pipeline, text, accused, aimed_at):
    report = _report(pipeline, text)
    ev = _event(report, "firing")
    assert ev.event == "ASSAULT"
    assert accused in _codes(ev.source)
    assert [r.text for r in ev.target][:1] == [aimed_at]
    assert all(c.modality == "alleged" for c in ev.claims if c.field in ("event", "perpetrator"))


def test_the_reporters_place_is_not_where_the_event_happened(pipeline):
    # the speakers sit in another country than the attack: their city (more precise than a
    # country) does not place it
    text = "Rebels shelled a market in South Sudan on Sunday, killing ten people, relief officials in Nairobi said."
    ev = _event(_report(pipeline, text), "shelled")
    assert ev.location is not None and ev.location.text == "South Sudan" and ev.location.country == "SSD"
    assert "KEN" not in _codes(ev.source) | _codes(ev.target)
    # a place inside the reported clause still places the event
    ev = _event(_report(pipeline, "Aid workers said gunmen killed twelve villagers near Garissa."), "killed")
    assert ev.location is not None and ev.location.country == "KEN"


def test_a_country_acted_on_by_a_noun_event_is_its_target(pipeline):
    # the country in the noun's own "of" phrase, not a helper named further on
    ev = _event(_report(pipeline, "Chad mounted an invasion of Niger with France's support."), "invasion")
    assert _codes(ev.target) == {"NER"}
    ev = _event(_report(pipeline, "Turkey said it would tighten its blockade of Armenia with Azerbaijan's help."), "blockade")
    assert _codes(ev.target) == {"ARM"}


def test_up_to_a_number_of_people_are_the_object(pipeline):
    # the parser hangs "up to 16 Chinese engineers" off a particle: they are still the ones kidnapped
    ev = _event(_report(pipeline, "Rebels kidnapped up to 16 Chinese engineers and exploded a bomb near the border."), "kidnapped")
    assert "CHN" in _codes(ev.target)
    assert any("engineers" in r.text for r in ev.target)


def test_an_anti_country_word_does_not_code_the_people(pipeline):
    ev = _event(_report(pipeline, "A prominent anti-Syria journalist was killed in a car bomb explosion in Beirut."), "killed")
    assert _codes(ev.target) == {"LBN"}


def test_an_object_it_in_a_report_is_not_the_speaker(pipeline):
    text = "Kenyan troops have retaken a village in Somalia after fighting with militants who overran it last month, Ugandan officials said."
    ev = _event(_report(pipeline, text), "retaken")
    assert "UGA" not in _codes(ev.target)  # "it" is the village, not the officials who speak
    # a subject "it" in a reported clause still is the one who reports
    ev = _event(_report(pipeline, "Kenya said it would allow the return of UN monitors to the border region."), "allow")
    assert _codes(ev.source) == {"KEN"}


def test_a_thing_received_is_coded_by_its_demonym_not_by_where_it_stands(pipeline):
    ev = _event(_report(pipeline, "The UN reduced food supplies to the biggest Sudanese refugee camp in Chad, officials said."), "reduced")
    assert _codes(ev.target) == {"SDN"}


def test_an_arrest_in_the_passive_is_by_the_authorities_of_the_place(pipeline):
    ev = _event(_report(pipeline, "Two French journalists were arrested in Iran on Monday."), "arrested")
    assert _codes(ev.source) == {"IRN"} and _codes(ev.target) == {"FRA"}
    # a named agent keeps the act
    ev = _event(_report(pipeline, "Two French journalists were arrested in Iran by Iraqi border guards on Monday."), "arrested")
    assert "IRQ" in _codes(ev.source)


def test_a_place_as_direct_object_is_the_target(pipeline):
    text = "Radical Spanish truckers said on Friday they would blockade Madrid from Monday night to demand an end to the European Union's fuel tax."
    ev = _event(_report(pipeline, text), "blockade")
    assert _codes(ev.target) == {"ESP"}  # the city blockaded, not the party named in the purpose


def test_a_demonym_population_is_coded_by_the_state_it_lives_in(pipeline):
    # "the Russian population" acted on in another country is an ethnic group there, as
    # "ethnic Russians" is
    ev = _event(_report(pipeline, "Militiamen attacked the Russian population in eastern Estonia on Sunday."), "attacked")
    assert _codes(ev.target) == {"EST"}


@pytest.mark.parametrize("text, code", [
    ("Doctors from France delivered medicine to a hospital in Basra.", "FRA"),
    ("Doctors from two American aid groups delivered medicine to a hospital in Basra.", "USA"),
])
def test_people_from_a_country_or_body_take_its_code(pipeline, text, code):
    # not the code of the place they act in
    ev = _event(_report(pipeline, text), "delivered")
    assert _codes(ev.source) == {code}


@pytest.mark.parametrize("text, trigger", [
    ("The International Crisis Group criticised Kenya's government on Monday.", "criticised"),
    ("The World Council of Churches praised Ghana for its new asylum law.", "praised"),
])
def test_a_transnational_body_takes_no_country_from_the_one_it_acts_on(pipeline, text, trigger):
    ev = _event(_report(pipeline, text), trigger)
    assert not _codes(ev.source) and _codes(ev.target)


def test_a_domestic_body_takes_the_country_of_the_sentence(pipeline):
    # the same rule still codes a body whose name says nothing of other countries
    ev = _event(_report(pipeline, "The opposition party criticised Kenya's government on Monday."), "criticised")
    assert _codes(ev.source) == {"KEN"}


@pytest.mark.parametrize("text, trigger, code", [
    ("Crowds marched through Tbilisi in defiance of the Russian government on Sunday.", "marched", "RUS"),
    ("Farmers blocked roads near Lyon in protest against a German company's new factory.", "blocked", "DEU"),
])
def test_a_protest_is_aimed_at_whom_it_defies(pipeline, text, trigger, code):
    assert _codes(_event(_report(pipeline, text), trigger).target) == {code}


def test_a_protest_defying_no_actor_is_aimed_at_its_own_government(pipeline):
    ev = _event(_report(pipeline, "Students marched in Accra in defiance of the rain on Monday."), "marched")
    assert _codes(ev.target) == {"GHA"}
