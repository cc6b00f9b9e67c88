"""Actor defects the unseen-article probes found, on our own sentences: the outlet or the
country of a dateline taken for a party, a suicide bomber taken for a soldier, a region the
NER calls an organisation, a state body or titled person whose state only the dateline or an
earlier mention tells."""
from __future__ import annotations

import pytest

from sitrep.config import Options
from sitrep.model import Article
from tests._helpers import actor_of, actor_stage_run

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def stage():
    from sitrep.extract.actors import ActorStage

    return ActorStage(Options())


run = actor_stage_run


@pytest.mark.parametrize("text", [
    "LYON, May 3 (AFP) - Police arrested 40 protesters on Saturday after clashes near the station.",
    "QUETTA, Pakistan, Oct 6 (Reuters) - Gunmen killed four miners at a coal field on Sunday, officials said.",
])
def test_the_outlet_and_country_of_a_dateline_are_no_parties(stage, nlp, text):
    an = run(stage, nlp, text)
    dateline_end = text.index(" - ")
    assert not [m for m in an.mentions if m.start < dateline_end]
    assert not [a for a in an.actors if a.sector == "MED" or a.kind == "country"]


def test_the_outlet_named_again_in_the_story_stays_a_medium(stage, nlp):
    text = ("LYON, May 3 (AFP) - Police arrested 40 protesters on Saturday.\n\n"
            '"We will not tolerate violence," the city\'s police chief told AFP.')
    an = run(stage, nlp, text)
    assert actor_of(an, "AFP", nth=1).sector == "MED"


@pytest.mark.parametrize("text, phrase", [
    ("The bomber, who was on foot, detonated his explosives near a checkpoint.", "The bomber"),
    ("The bomber blew himself up at the gate of the compound.", "The bomber"),
    ("A suicide bomber struck a wedding hall on Friday. Police said the bomber was a teenager.", "the bomber"),
])
def test_a_bomber_told_as_a_person_is_no_soldier(stage, nlp, text, phrase):
    assert actor_of(run(stage, nlp, text), phrase).sector == "REB"


def test_bombers_told_as_aircraft_stay_military(stage, nlp):
    an = run(stage, nlp, "Russian bombers struck the town overnight, and two bombers were shot down.")
    assert actor_of(an, "Russian bombers").sector == "MIL"
    assert actor_of(an, "two bombers").sector == "MIL"


@pytest.mark.parametrize("text, name", [
    ("Fighting in Nagorno-Karabakh resumed on Monday after a month of calm.", "Nagorno-Karabakh"),
    ("Azerbaijan retook Karabakh in a lightning offensive last year.", "Karabakh"),
])
def test_a_region_the_ner_calls_an_organisation_is_no_actor(stage, nlp, text, name):
    an = run(stage, nlp, text)
    assert not [a for a in an.actors if a.name == name]


def test_a_region_the_ner_calls_an_organisation_is_a_place(pipeline):
    from sitrep.model import Article

    report = pipeline.analyze(Article(id="t", text="Fighting in Nagorno-Karabakh resumed on Monday after a month of calm."))
    (place,) = [p for p in report.places if p.text == "Nagorno-Karabakh"]
    assert place.country == "AZE" and place.lat is not None


@pytest.mark.parametrize("text, phrase, code", [
    ("MOSCOW, May 3 (Westwire) - The foreign ministry said Ukraine had shelled Belgorod overnight.", "The foreign ministry", "RUS"),
    ("LIMA, May 3 (Westwire) - Police fired tear gas at marchers, the interior ministry said.", "the interior ministry", "PER"),
    ("NAIROBI, May 3 (Westwire) - The government said on Monday it would ban the rallies.", "The government", "KEN"),
])
def test_an_unqualified_state_body_is_the_dateline_country_s(stage, nlp, text, phrase, code):
    assert actor_of(run(stage, nlp, text), phrase).code == code


def test_an_unqualified_state_body_with_no_dateline_stays_uncoded(stage, nlp):
    an = run(stage, nlp, "The foreign ministry said Ukraine had shelled Belgorod overnight.")
    assert actor_of(an, "The foreign ministry").code is None


@pytest.mark.parametrize("text, name, code", [
    # the title's state from the dateline, not from the state the quote names
    ('VILNIUS, May 3 (Westwire) - Two diplomats were told to leave within 72 hours.\n\n"Russia has crossed a line," '
     'Foreign Minister Jonas Petraitis told reporters.', "Jonas Petraitis", "LTU"),
    # the body the title names, told before
    ("HANOI, May 3 (Westwire) - China's coast guard said the boats had intruded. \"The blame lies with them,\" "
     "coast guard spokesman Wei Lan said.", "Wei Lan", "CHN"),
    ("OSLO, May 3 (Westwire) - The Russian foreign ministry rejected the claim. Ministry spokeswoman Irina Volkova "
     "called it absurd.", "Irina Volkova", "RUS"),
])
def test_a_titled_person_takes_the_state_of_their_description_or_the_dateline(stage, nlp, text, name, code):
    an = run(stage, nlp, text)
    (person,) = [a for a in an.actors if a.name == name]
    assert person.code == code


def test_a_titled_person_with_no_dateline_takes_no_state_from_their_words(stage, nlp):
    an = run(stage, nlp, '"Russia has crossed a line," Foreign Minister Jonas Petraitis told reporters.')
    (person,) = [a for a in an.actors if a.name == "Jonas Petraitis"]
    assert person.code is None


def test_the_speakers_state_not_the_one_the_quote_names_is_the_source(pipeline):
    from sitrep.model import Article

    text = ('VILNIUS, May 3 (Westwire) - Two diplomats were told to leave within 72 hours.\n\n"What Russia has done is '
            'outrageous and criminal," Foreign Minister Jonas Petraitis told reporters.')
    report = pipeline.analyze(Article(id="t", text=text))
    spoken = [ev for ev in report.events if any(r.name == "Jonas Petraitis" for r in ev.source)]
    assert spoken
    assert all(r.code == "LTU" for ev in spoken for r in ev.source)


def test_the_bomber_is_one_man_not_the_group_that_claims_the_attack(stage, nlp):
    an = run(stage, nlp, "The bomber, who was on foot, detonated his explosives at a market. The Pakistani Taliban claimed the attack.")
    bomber = actor_of(an, "The bomber")
    assert bomber.sector == "REB" and bomber.kind == "nominal" and bomber.code is None


@pytest.mark.parametrize("text, name", [
    ("A coast guard ship rammed a supply boat near Scarborough Shoal and Mischief Reef on Monday.", "Mischief Reef"),
    ("The navy said a frigate had been shadowing the convoy near Johnson Reef since Tuesday.", "Johnson Reef"),
])
def test_a_sea_feature_the_ner_calls_a_person_is_a_place(pipeline, text, name):
    from sitrep.model import Article

    report = pipeline.analyze(Article(id="t", text=text))
    assert not [a for a in report.actors if a.name == name]
    assert [p for p in report.places if p.text == name]


def test_each_un_mission_is_named_by_its_own_name(stage, nlp):
    an = run(stage, nlp, "The UN mission in Congo, MONUSCO, said its troops were protecting a camp. UN peacekeepers patrolled the road.")
    assert actor_of(an, "MONUSCO").name == "MONUSCO"
    assert actor_of(an, "UN peacekeepers").name == "UN peacekeepers"


@pytest.mark.parametrize("text, phrase", [
    ("The African Union called for regional cooperation against armed groups.", "armed groups"),
    ("An armed group attacked the village at dawn, residents said.", "An armed group"),
])
def test_armed_groups_are_no_military(stage, nlp, text, phrase):
    assert actor_of(run(stage, nlp, text), phrase).sector == "REB"


def test_unqualified_forces_and_a_body_told_again_are_the_dateline_country_s(stage, nlp):
    text = ("NIAMEY, Feb 14 (Westwire) - Gunmen killed nine soldiers in an ambush, the defence ministry said. "
            "The attackers fled on motorcycles, the ministry said. The army said it would pursue them.")
    an = run(stage, nlp, text)
    ministry = actor_of(an, "the defence ministry")
    assert (ministry.code, ministry.sector) == ("NER", "MIL")
    assert actor_of(an, "the ministry") is ministry
    assert actor_of(an, "The army").code == "NER"


def test_unqualified_forces_after_another_state_s_forces_are_not_guessed(stage, nlp):
    an = run(stage, nlp, "DUBAI, May 3 (Westwire) - Iranian forces seized an oil tanker in the Strait of Hormuz, the navy said.")
    assert actor_of(an, "the navy").code is None


@pytest.mark.parametrize("text, name, sector", [
    # "general" after an office is an adjective of the office, not the military rank
    ("UN Secretary-General Antonio Guterres called for a ceasefire on Monday.", "Antonio Guterres", "IGO"),
    ("NATO Secretary-General Mark Rutte condemned the attack on Monday.", "Mark Rutte", "IGO"),
    ("IAEA Director-General Rafael Grossi said inspectors had been denied access.", "Rafael Grossi", "IGO"),
    ("Consul General Maria Lopez said the consulate would stay open.", "Maria Lopez", "GOV"),
])
def test_a_general_after_an_office_is_no_military_rank(stage, nlp, text, name, sector):
    actor = actor_of(run(stage, nlp, text), name)
    assert actor.sector == sector, (actor.name, actor.code, actor.sector)


@pytest.mark.parametrize("text, name", [
    ("Major General Yahya Saree said the group had fired missiles at the ship.", "Yahya Saree"),
    ("Lieutenant-General Ahmed Hassan said troops had retaken the town.", "Ahmed Hassan"),
    ("General Abdel Fattah al-Burhan visited the front on Monday.", "Abdel Fattah al-Burhan"),
])
def test_a_general_of_rank_stays_military(stage, nlp, text, name):
    assert actor_of(run(stage, nlp, text), name).sector == "MIL"


@pytest.mark.parametrize("text, name", [
    # an ordinary word of a title that is also a hamlet's name is no place the title tells
    ("Principal Secretary Grace Otieno told reporters the talks would resume on Monday.", "Grace Otieno"),
    ("Cabinet Secretary Peter Mwangi said the fees model would not be withdrawn.", "Peter Mwangi"),
])
def test_a_title_word_shared_by_a_hamlet_gives_no_state(stage, nlp, text, name):
    assert actor_of(run(stage, nlp, text), name).code is None


def test_a_town_the_title_names_still_gives_its_state(stage, nlp):
    an = run(stage, nlp, "Mykolaiv Governor Ivan Petrenko said two people were killed in the shelling.")
    assert actor_of(an, "Ivan Petrenko").code == "UKR"


@pytest.mark.parametrize("text, chapter", [
    ("Amnesty International Kenya said it had documented at least five cases of torture.", "Amnesty International Kenya"),
    ("Police raided the offices of Oxfam Uganda on Tuesday, a spokesman for the charity said.", "Oxfam Uganda"),
])
def test_a_national_chapter_of_a_rights_group_is_no_state(stage, nlp, text, chapter):
    an = run(stage, nlp, text)
    country = chapter.split()[-1]
    assert not [a for a in an.actors if a.kind == "country" and a.name == country]
    assert actor_of(an, chapter).sector == "NGO"


def test_a_rights_group_beside_a_country_it_works_in_leaves_the_country(stage, nlp):
    an = run(stage, nlp, "Human Rights Watch urged Kenya to free the activists.")
    assert actor_of(an, "Kenya").code == "KEN"


@pytest.mark.parametrize("text, phrase, sector", [
    ("The wounded were taken to Kenyatta National Hospital, a doctor said.", "Kenyatta National Hospital", "HLH"),
    ("Students at Kenyatta University boycotted classes on Monday.", "Kenyatta University", "EDU"),
    ("Two nurses at the Erdogan State Hospital were injured in the blast.", "the Erdogan State Hospital", "HLH"),
])
def test_a_building_named_after_a_leader_is_no_body_of_his_state(stage, nlp, text, phrase, sector):
    actor = actor_of(run(stage, nlp, text), phrase)
    assert (actor.code, actor.sector) == (None, sector), (actor.name, actor.code, actor.sector)


def test_a_leader_s_own_body_keeps_his_state(stage, nlp):
    an = run(stage, nlp, "Critics said Kenyatta's government had failed the students.")
    assert actor_of(an, "Kenyatta's government").code == "KEN"


def test_a_town_of_two_words_the_text_calls_a_town_is_no_person(stage, nlp):
    text = ("Gunmen killed a village chief on Sunday in the town of Datu Montawal, police said. "
            "The mayor of Datu Montawal, Ana Reyes, condemned the killing. "
            "The army said it would send troops to Datu Montawal.")
    an = run(stage, nlp, text)
    assert not [a for a in an.actors if "Montawal" in a.name]
    assert actor_of(an, "Ana Reyes").kind == "person"
