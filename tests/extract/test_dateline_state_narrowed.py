"""Whose an unqualified state body or titled official is when only the dateline could tell: the
dateline's state only before the story names another state (hub datelines: "GENEVA - Syrian
forces ... The government denied" is no Swiss government), a body told with a place of its own
is that place's state's ("the foreign ministry in Kyiv"), an admin area after the dateline's
town reads before a country of that name ("ATLANTA, Georgia"); with three neighbouring actor
defects: "a Russian bomber" after a suicide bomber, a titled person with a sea-feature surname,
"EU" read as a region."""
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
    return stage(Analysis(article=Article(id="t", text=text), doc=nlp(text), options=Options()))


def actor_of(an, phrase):
    start = an.article.text.index(phrase)
    m = next((m for m in an.mentions if m.start == start), None)
    assert m is not None, phrase
    return an.actor(m.actor_id)


@pytest.mark.parametrize("text, phrase", [
    # hub datelines: the story is about another state
    ("GENEVA (Westwire) - Syrian government forces shelled rebel-held areas overnight, the U.N. rights office said. "
     "The government denied the report.", "The government"),
    ("VIENNA (Westwire) - Iran has enriched uranium to 60 percent, the IAEA said on Wednesday. The foreign ministry "
     "rejected the report.", "The foreign ministry"),
    ("AMMAN (Westwire) - Fighters attacked a checkpoint in southern Syria on Sunday, killing three soldiers, the army said.",
     "the army"),
    ("NAIROBI (Westwire) - Militants stormed a hotel in Mogadishu on Friday, killing 12 people, the police said.",
     "the police"),
    ("BANGKOK (Westwire) - Myanmar's junta launched air strikes on villages, the opposition said. The military denied "
     "targeting civilians.", "The military"),
    ("CAIRO (Westwire) - Israeli air strikes killed 30 people on Tuesday, health officials said. The army said it had "
     "targeted militants.", "The army"),
    ("NEW YORK, Jan 4 (Westwire) - The Security Council met to discuss the fighting in Congo. The army said it had "
     "retaken two towns.", "The army"),
    # another state acts before the body
    ("MOSCOW (Westwire) - Latvia expelled two Russian diplomats on Tuesday, the foreign ministry said.", "the foreign ministry"),
    ("KYIV (Westwire) - Russia said on Monday it had captured two villages. The defence ministry said its forces had "
     "destroyed 12 tanks.", "The defence ministry"),
    ("LONDON (Westwire) - Protesters clashed with riot police in Paris on Saturday. The police said 40 people were "
     "arrested.", "The police"),
    ("WASHINGTON (Westwire) - Mexican police found 12 bodies on Sunday. The army said it had deployed troops.", "The army"),
])
def test_a_body_after_another_state_is_named_is_not_the_dateline_s(stage, nlp, text, phrase):
    assert actor_of(run(stage, nlp, text), phrase).code is None


@pytest.mark.parametrize("text, phrase, code", [
    ("BRUSSELS (Westwire) - Allies agreed to send more air defence systems. The foreign ministry in Kyiv welcomed the "
     "decision.", "The foreign ministry", "UKR"),
    ("DUBAI (Westwire) - Guards seized a tanker on Thursday. The foreign ministry in Tehran said the ship was smuggling "
     "fuel.", "The foreign ministry", "IRN"),
    ("WASHINGTON (Westwire) - Troops captured a village in the east, the defence ministry in Moscow said.",
     "the defence ministry", "RUS"),
])
def test_a_body_told_with_its_place_is_that_place_s(stage, nlp, text, phrase, code):
    assert actor_of(run(stage, nlp, text), phrase).code == code


@pytest.mark.parametrize("text, code", [
    ("ATLANTA, Georgia (Westwire) - The police arrested three men after a shooting at a mall.", "USA"),
    ("ST. PETERSBURG, Florida (Westwire) - The police said they had arrested two men.", "USA"),
    ("PANAMA CITY, Florida (Westwire) - The police said a gunman had killed three people.", "USA"),
    ("LONDON, Ontario (Westwire) - The police said a driver had killed four people.", "CAN"),
    ("PARIS, Texas (Westwire) - The police arrested two men after a shooting.", "USA"),
])
def test_an_admin_area_after_the_dateline_town_tells_its_country(stage, nlp, text, code):
    assert actor_of(run(stage, nlp, text), "The police").code == code


def test_a_country_after_the_dateline_town_still_tells_it(stage, nlp):
    an = run(stage, nlp, "TBILISI, Georgia (Westwire) - The interior ministry said 40 people were detained.")
    assert actor_of(an, "The interior ministry").code == "GEO"


@pytest.mark.parametrize("text, name, code", [
    # another state named before: no dateline guess
    ("KYIV (Westwire) - Russian forces struck the city overnight. Defence ministry spokesman Igor Konashenkov said "
     "the strikes hit military targets.", "Igor Konashenkov", None),
    # another state named in the person's sentence, outside quotation marks; the dateline's capital is no place told
    ("WASHINGTON (Westwire) - Foreign Minister Abbas Araqchi said Iran would not negotiate under pressure.",
     "Abbas Araqchi", None),
    # an official of that title told before
    ("WASHINGTON (Westwire) - Iran's foreign minister rejected the offer. Foreign Minister Abbas Araqchi said Tehran "
     "would not negotiate.", "Abbas Araqchi", "IRN"),
])
def test_a_titled_person_takes_no_hub_dateline_state(stage, nlp, text, name, code):
    (person,) = [a for a in run(stage, nlp, text).actors if a.name == name]
    assert person.code == code


def test_a_bomber_with_its_country_after_a_suicide_bomber_is_an_aircraft(stage, nlp):
    an = run(stage, nlp, "A suicide bomber killed 12 people in Kabul on Monday. Separately, a Russian bomber crashed "
                         "in Siberia, the defence ministry said.")
    assert actor_of(an, "a Russian bomber").sector == "MIL"
    assert actor_of(an, "A suicide bomber").sector == "REB"


def test_the_bomber_told_after_bombers_flew_is_no_suicide_bomber(stage, nlp):
    an = run(stage, nlp, "A suicide bomber killed 12 people at a market in Kabul. Later, strategic bombers flew over "
                         "the sea. The bomber was intercepted by jets.")
    assert actor_of(an, "The bomber").sector == "MIL"


@pytest.mark.parametrize("text, name", [
    ("Police spokesman Michael Reef said the suspect was armed.", "Michael Reef"),
    ("Andrew Shoal, a spokesman for the company, said the ship was safe.", "Andrew Shoal"),
])
def test_a_titled_person_with_a_sea_feature_surname_is_a_person(pipeline, text, name):
    report = pipeline.analyze(Article(id="t", text=text))
    assert [a for a in report.actors if a.name == name and a.kind == "person"]
    assert not [p for p in report.places if p.text == name]


def test_an_igo_alias_is_no_region_place(pipeline):
    report = pipeline.analyze(Article(id="t", text="The bloc imposed new sanctions. EU foreign ministers also agreed "
                                                   "to send more aid."))
    assert not [p for p in report.places if p.text == "EU"]


@pytest.mark.parametrize("text, code", [
    ("LIMA (Westwire) - Bolivian officials met on Monday. The police in Cusco arrested 12 men.", "PER"),
    ("LIMA (Westwire) - Bolivian officials met on Monday. The police in Santa Cruz arrested 12 men.", None),
])
def test_a_body_told_in_a_town_is_the_dateline_s_only_where_the_town_is(stage, nlp, text, code):
    assert actor_of(run(stage, nlp, text), "The police").code == code
