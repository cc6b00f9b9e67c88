"""Event defects that generalisation checks catch, on short reports written for these tests
(no seed names): killing phrases read from one lexicon, a toll of one from a singular victim,
refusals of a statement, and a border country that is a place, not the actors' country."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.magnitudes import killing_phrase
from sitrep.model import Article
from tests._helpers import events_of as _events

pytestmark = pytest.mark.model
PUB = dt.date(2021, 5, 24)


def _verb(nlp, text: str):
    """The first verb (the parser sometimes hangs "X stabbed ..." on the noun)."""
    return next(t for t in nlp(text) if t.pos_ == "VERB")


# -- 1. one lexicon of killing phrases for the toll and the event type --------------------------


@pytest.mark.parametrize("text,killing", [
    ("Gunmen shot dead three villagers on Saturday.", True),
    ("Militants gunned down seven farmers on Saturday.", True),
    ("Attackers stabbed to death two traders on Saturday.", True),
    ("Villagers cut down three soldiers with machetes on Saturday.", True),  # a particle killing of people
    ("The company cut down trees on Saturday.", False),  # ... but not of trees
    ("The climbers froze to death on the mountain.", False),  # a death, not a killing: verb not listed
    ("The judge sentenced two men to death on Saturday.", False),
    ("Police found two men dead on Saturday.", False),  # "dead" completes only the listed verbs
])
def test_killing_phrase_is_read_from_the_lexicon(nlp, text, killing):
    assert killing_phrase(_verb(nlp, text)) is killing


@pytest.mark.parametrize("text,dead", [
    ("Villagers cut down three soldiers with machetes near Beni on Saturday.", 3),
    ("Attackers stabbed to death two traders in a market in Kano on Saturday.", 2),
])
def test_killing_phrase_types_the_event_and_counts_the_dead(analyze, text, dead):
    ev = _events(analyze(text), "ASSAULT")
    assert ev and ev[0].dead is not None and ev[0].dead.min == dead


@pytest.mark.parametrize("text", [
    "Three hikers froze to death in the mountains near Kabul on Saturday.",
    "Loggers cut down trees in a forest near Beni on Saturday.",
])
def test_a_death_or_a_felling_is_no_assault(analyze, text):
    assert not _events(analyze(text), "ASSAULT")


# -- 2. a toll of one from a singular victim of the killing verb ---------------------------------


@pytest.mark.parametrize("text,unit", [
    ("A soldier was killed in an ambush near Gao on Saturday.", "dead"),
    ("Gunmen killed a police officer in Kano on Saturday.", "dead"),
    ("Gunmen shot dead a police officer in Kano on Saturday.", "dead"),
    ("Police shot a protester dead in Nairobi on Saturday.", "dead"),
    ("Gunmen killed journalist Ahmed Bello in Kano on Saturday.", "dead"),  # a named single person
    ("One civilian died when a shell hit a market in Donetsk on Saturday.", "dead"),
    ("Militants wounded a soldier in an attack near Gao on Saturday.", "injured"),
    ("A man was injured when a bomb exploded in Kabul on Saturday.", "injured"),
])
def test_a_single_victim_is_a_toll_of_one(analyze, text, unit):
    ev = _events(analyze(text), "ASSAULT")
    assert ev
    toll = getattr(ev[0], unit)
    assert toll is not None and (toll.min, toll.max) == (1, 1)


@pytest.mark.parametrize("text", [
    "Soldiers were killed in an ambush near Gao on Saturday.",  # plural, no number: unknown
    "The soldier was killed in an ambush near Gao on Saturday.",  # definite: maybe counted before
    "A soldier was not killed in the attack near Gao on Saturday.",  # negated
    "Gunmen attacked a police officer in Kano on Saturday.",  # an attack, not a killing
])
def test_no_toll_of_one_without_a_single_victim_killed(analyze, text):
    assert all(e.dead is None for e in analyze(text).events)


# -- 3. a refusal to make a statement of conflict is no REJECT ------------------------------------


@pytest.mark.parametrize("text", [
    "The opposition leader refused to criticise the government on Saturday.",
    "The president declined to condemn the attack on the convoy on Saturday.",
    "The army refused to deny the report on Saturday.",
    "The minister declined to comment on the arrests on Saturday.",
])
def test_a_statement_withheld_is_no_rejection(analyze, text):
    report = analyze(text)
    assert not _events(report, "REJECT")
    assert not _events(report, "ACCUSE")


@pytest.mark.parametrize("text", [
    "The rebels refused to withdraw from the town on Saturday.",
    "The government refused to release the prisoners on Saturday.",
    "The president refused to meet the opposition leader on Saturday.",
    "The rebel commander refused to respond to the army's demand for a truce on Saturday.",  # a demand refused
])
def test_a_refused_act_stays_a_rejection(analyze, text):
    assert _events(analyze(text), "REJECT")


# -- 4. a border country is a place; "Congo" read as wire copy reads it ---------------------------


@pytest.mark.parametrize("text,country", [
    ("Troops were deployed to the frontier with Sudan on Saturday.", "SDN"),
    ("Soldiers were deployed along the border with Niger on Saturday.", "NER"),
    ("The army deployed troops along the Mali border on Saturday.", "MLI"),
])
def test_the_country_beyond_a_border_does_not_code_the_actors(analyze, text, country):
    events = analyze(text).events
    assert events
    assert all(r.code != country for e in events for r in e.source + e.target)


def test_actors_named_with_their_country_keep_it_beside_a_border(analyze):
    ev = _events(analyze("Sudanese troops were deployed to the frontier with Ethiopia on Saturday."), "MOBILIZE")
    assert ev and {r.code for r in ev[0].source} == {"SDN"}


def test_congo_alone_is_the_dr_congo(analyze):
    report = analyze("Rebels attacked an army base in eastern Congo on Saturday, killing four soldiers.")
    assert {p.country for p in report.places if p.text == "Congo"} == {"COD"}
    assert {r.code for r in _events(report, "ASSAULT")[0].target} == {"COD"}


@pytest.mark.parametrize("text", [
    "Police fired tear gas at protesters in Brazzaville on Saturday. Congolese police arrested ten people in Congo on Sunday.",
    "Protesters marched in the Republic of Congo on Saturday. Police in Congo arrested ten people on Sunday.",
])
def test_congo_is_the_republic_of_the_congo_when_the_text_names_it(analyze, text):
    report = analyze(text)
    assert {p.country for p in report.places if p.text == "Congo"} == {"COG"}
    assert {r.code for e in _events(report, "COERCE") for r in e.source if r.code} == {"COG"}


def test_the_democratic_republic_of_congo_is_no_cue_for_the_other_reading(analyze):
    report = analyze("Rebels attacked an army base in Congo on Saturday. The Democratic Republic of Congo "
                     "has fought rebels in its east for decades.")
    assert {p.country for p in report.places if p.text == "Congo"} == {"COD"}


def test_congo_before_1997_is_the_republic_of_the_congo(pipeline, analyze):
    """From 1971 to 1997 the DR Congo was Zaire: "Congo" alone in a text of then is the other."""
    text = "Police in Congo arrested ten opposition activists on Saturday."
    old = pipeline.analyze(Article(id="t", text=text, title="Report", published=dt.date(1990, 5, 26)))
    assert {p.country for p in old.places if p.text == "Congo"} == {"COG"}
    new = analyze(text)
    assert {p.country for p in new.places if p.text == "Congo"} == {"COD"}


def test_country_readings_are_read_from_the_text_and_its_date():
    from sitrep.codebook import country_readings

    assert country_readings("Rebels attacked a base in eastern Congo.", dt.date(2021, 1, 1)) == {}
    assert country_readings("in the Democratic Republic of Congo", None) == {}
    assert country_readings("Protesters marched in Brazzaville.", None)["Congo"] == ("COD", "COG")
    assert country_readings("in the Republic of the Congo", None)["Congolese"] == ("COD", "COG")
    assert country_readings("Rebels attacked a base in Congo.", dt.date(1990, 1, 1))["Congo"] == ("COD", "COG")


# -- 5. found by reading output on reports of other incidents -------------------------------------


@pytest.mark.parametrize("text,source", [
    ("NIAMEY, Jan 11 (Reuters) - Islamist militants ambushed a military convoy near the village of Tillia "
     "in western Niger on Thursday, killing 18 soldiers, the defence ministry said.", "militants"),
    ("ADDIS ABABA, June 8 (AP) - Ethiopian security forces arrested two journalists on Monday, their employer said.",
     "Ethiopian security forces"),
    ("BAMAKO -- Soldiers arrested three opposition leaders in Bamako on Monday.", "Soldiers"),
])
def test_the_dateline_is_no_actor(analyze, text, source):
    ev = analyze(text).events[0]
    assert [r.text for r in ev.source] == [source] or source in ev.source[0].text
    assert not any(r.text.isupper() or "Reuters" in r.text or r.text.startswith("-") for r in ev.source + ev.target)


def test_dateline_spans_read_only_the_opening_of_a_line():
    from sitrep.extract.places import dateline_spans

    text = "KYIV, Feb 20 (Reuters) - Russian forces shelled a town.\nUN-backed forces - the army said - advanced."
    assert dateline_spans(text) == [(0, text.index("Russian"))]
    assert dateline_spans("BEIRUT (AP) -- Syrian troops advanced.\nUS jets struck.") == [(0, 15)]


@pytest.mark.parametrize("agency", ["Agence France-Presse", "AT&T Wire", "O'Neill News", "Asia Marine News"])
def test_ingest_and_the_stages_read_one_dateline(agency):
    """The outlet that ingest reads from the dateline is the one whose span the place and actor
    stages skip: one pattern ("Agence France-Presse" has a hyphen, "AT&T" an ampersand)."""
    from sitrep.extract.places import dateline_outlets, dateline_spans
    from sitrep.ingest.clean import dateline_agency

    text = f"KYIV, Feb 20 ({agency}) - Russian drones struck Kyiv overnight, officials said."
    assert dateline_agency(text) == agency
    assert dateline_outlets(text) == {agency}
    assert dateline_spans(text) == [(0, text.index("Russian"))]


def test_a_quote_told_to_the_dateline_outlet_leaves_the_dateline_out(analyze):
    text = ("KYIV, Feb 20 (Agence France-Presse) - Russian drones struck Kyiv overnight, killing two people, "
            "officials told Agence France-Presse.")
    quotes = analyze(text).quotes
    assert quotes and all(q.content.start >= text.index("Russian") for q in quotes), [q.content.text for q in quotes]


def test_an_attack_told_as_separate_is_its_own_event(analyze):
    text = ("Islamist militants ambushed a military convoy near Tillia in western Niger on Thursday, killing 18 soldiers. "
            "A soldier was killed in a separate attack on a patrol near the border with Mali on Wednesday.")
    attacks = _events(analyze(text), "ASSAULT")
    assert len(attacks) == 2
    assert attacks[0].dead.min == 18 and attacks[1].dead.min == 1
    assert attacks[1].location is None or attacks[1].location.name != "Tillia"  # no place inherited from the other attack


def test_an_attack_told_again_is_one_event(analyze):
    text = ("Islamist militants ambushed a military convoy near Tillia in western Niger on Thursday, killing 18 soldiers. "
            "The attackers also wounded eleven soldiers in the attack, the ministry said.")
    assert len(_events(analyze(text), "ASSAULT")) == 1


@pytest.mark.parametrize("text,event", [
    ("The army did not say whether any soldiers were killed near Gao on Saturday.", "ASSAULT"),
    ("Officials would not confirm whether the rebels had attacked the base near Gao on Saturday.", "ASSAULT"),
    ("The ministry asked whether police had arrested the journalists in Nairobi.", "COERCE"),
])
def test_an_act_in_a_yes_no_question_is_not_told_as_done(analyze, text, event):
    assert not _events(analyze(text), event)


def test_an_act_in_a_wh_question_is_presupposed(analyze):
    assert _events(analyze("Police did not say why the men were arrested in Nairobi on Saturday."), "COERCE")


@pytest.mark.parametrize("text,event,source", [
    ("Police fired tear gas to disperse teachers who had marched to the finance ministry in Harare on Saturday.", "PROTEST", "teachers"),
    ("The army said it had killed 12 militants who attacked a checkpoint near Gao on Saturday.", "ASSAULT", "militants"),
])
def test_the_subject_of_a_relative_clause_is_the_noun_it_modifies(analyze, text, event, source):
    evs = [e for e in _events(analyze(text), event) if e.trigger is not None and e.trigger.text in ("marched", "attacked")]
    assert evs and source in evs[0].source[0].text


@pytest.mark.parametrize("text", [
    "The deal requires both sides to withdraw their forces from the town of Nasir within 30 days.",
    "The agreement obliges the rebels to release all prisoners of war.",
])
def test_a_term_of_an_agreement_is_hypothetical(analyze, text):
    acts = [e for e in analyze(text).events if e.event in ("RETREAT", "CONCEDE")]
    assert acts and all(e.hypothetical for e in acts)


def test_an_act_forced_is_done(analyze):
    acts = _events(analyze("The army forced the rebels to withdraw from the town of Nasir on Saturday."), "RETREAT")
    assert all(not e.hypothetical for e in acts)


# -- territory taken: where it was taken, and who took it -------------------------------------


@pytest.mark.parametrize("text,country", [
    ("Government troops recaptured Palmyra from Islamic State fighters.", "SYR"),  # bare name: the Syrian town
    ("Islamist fighters took control of Mocimboa da Praia after a three-day assault.", "MOZ"),  # NER: a person
    ("Rebels seized the town of Kidal from government forces on Tuesday.", "MLI"),
])
def test_the_territory_taken_is_the_events_place(analyze, text, country):
    ev = _events(analyze(text), "ASSAULT")
    assert ev and ev[0].location is not None and ev[0].location.country == country
    assert ev[0].acled_event_type == "Battles"


def test_the_government_that_retakes_a_bare_named_town_is_its_countrys(analyze):
    ev = _events(analyze("Government troops recaptured Palmyra from Islamic State fighters."), "ASSAULT")
    assert [r.code for r in ev[0].source] == ["SYR"]


@pytest.mark.parametrize("text", [
    "Troops captured two rebel commanders near Goma.",  # people taken: the place is where, not what
    "Police in Palmyra, New Jersey, arrested two men on Sunday.",
])
def test_a_place_named_otherwise_is_still_where(analyze, text):
    ev = analyze(text).events
    assert ev and ev[0].location is not None and ev[0].location.name in ("Goma", "Palmyra")
    assert ev[0].acled_sub_event_type != "Government regains territory"


# -- the dateline is the filing's: its day is no event's, its words no actor's ----------------


@pytest.mark.parametrize("text,day", [
    ("NIAMEY, May 20 - Suspected jihadists ambushed an army patrol near the village of Tillia on Tuesday, killing nine soldiers, the defence ministry said.", 18),
    ("TUNIS, May 24 (Reuters) - The president suspended parliament on Sunday, a move his opponents called a coup.", 23),
    ("LAGOS, May 20 (Reuters) - Gunmen killed five villagers in Kaduna state.", 20),  # no other day told: the dateline's
])
def test_a_day_told_beats_the_datelines(analyze, text, day):
    ev = analyze(text).events
    assert ev and all(e.date is not None and e.date == dt.date(2021, 5, day) for e in ev)


def test_the_dateline_is_no_part_of_the_doers_name(analyze):
    ev = _events(analyze("NIAMEY, May 20 - Suspected jihadists ambushed an army patrol near the village of Tillia on Tuesday."), "ASSAULT")
    assert ev and [r.text for r in ev[0].source] == ["Suspected jihadists"]


# -- force on a crowd: a gathering met with force, or civilians restricted ---------------------


def test_the_dispersal_lexicon_is_loaded():
    from sitrep.extract.lexicon import load_event_lexicon

    lex = load_event_lexicon()
    assert "disperse" in lex.dispersal["verbs"] and "crowd" in lex.dispersal["objects"]
    assert lex.restriction_sub_type in lex.acled_types


@pytest.mark.parametrize("text,acled_type", [
    ("Police fired tear gas to disperse crowds in Kampala on Sunday.", "Protests"),  # a crowd dispersed was gathered
    ("Border guards fired tear gas at people trying to cross the river on Sunday.", "Strategic developments"),
    ("Police used tear gas on protesters in Nairobi on Sunday.", "Protests"),
])
def test_tear_gas_on_people_is_no_weapons_disrupted(analyze, text, acled_type):
    ev = _events(analyze(text), "COERCE")
    assert ev and ev[0].acled_event_type == acled_type
    assert ev[0].acled_sub_event_type not in ("Disrupted weapons use", "Arrests", "Looting/property destruction")


def test_an_arrest_stays_an_arrest(analyze):
    ev = _events(analyze("Police arrested 20 people in Mombasa on Sunday."), "COERCE")
    assert ev and ev[0].acled_sub_event_type == "Arrests"


# -- what struck flew: an air or drone strike told as the killer ------------------------------


@pytest.mark.parametrize("text,sub", [
    ("An air strike killed 20 fighters in Idlib on Friday.", "Air/drone strike"),
    ("A drone strike on a house in Jilib killed five militants on Friday.", "Air/drone strike"),
    ("Artillery fire killed four civilians in Donetsk on Friday.", "Shelling/artillery/missile attack"),
    ("Gunmen killed five soldiers near Gao on Friday.", "Armed clash"),
])
def test_the_weapon_that_killed_sets_the_strike_type(analyze, text, sub):
    ev = _events(analyze(text), "ASSAULT")
    assert ev and ev[0].acled_sub_event_type == sub


def test_a_drone_strike_told_after_a_dateline_stays_one_when_its_victims_are_disputed(analyze):
    # the parse hangs "killed" on "strike" after the dateline; the later "the strike killed five
    # militants" and "a missile hit a house" are the same strike, not a clash or a shelling
    text = ("MOGADISHU, May 21 - A drone strike killed at least 12 people near the town of Jilib on Friday, residents said.\n\n"
            "The US military said the strike killed five al-Shabaab militants and that no civilians were harmed.\n\n"
            "Local elders said 12 civilians died when a missile hit a house.")
    ev = [e for e in _events(analyze(text), "ASSAULT") if e.dead is not None]
    assert ev and ev[0].acled_sub_event_type == "Air/drone strike" and ev[0].mode == "aerial"


# -- a nominal event conjoined after another object of its verb ---------------------------------


@pytest.mark.parametrize("text, modes", [
    # the state of emergency is a restriction of its own now (CAMEO 1724): one coercion, first told
    ("Ethiopia's government imposed a state of emergency and a night-time curfew in the Tigray region on Wednesday.", ["martial-law"]),
    ("The army imposed a ban on gatherings and a curfew in Yangon on Wednesday.", ["curfew"]),
])
def test_a_curfew_imposed_with_something_else_is_imposed(analyze, text, modes):
    ev = _events(analyze(text), "COERCE")
    assert ev and [e.mode for e in ev] == modes and [r.code for r in ev[0].source] in (["ETH"], ["MMR"])


def test_a_conjoined_object_that_is_no_event_makes_none(analyze):
    assert not analyze("The government announced new taxes and higher fees on Wednesday.").events


# -- "they" in a speaker's own words is someone else --------------------------------------------


def test_they_in_a_direct_quote_is_not_the_speaker(analyze):
    text = ("KHARTOUM, May 24 (Reuters) - Security forces stormed a protest camp in Khartoum on Monday, killing at least 35 people, a doctors' committee said.\n\n"
            "\"They shot at us while we were sleeping,\" said one protester, Ahmed Osman.")
    ev = _events(analyze(text), "ASSAULT")
    assert ev and all("protester" not in (r.text or "") for e in ev for r in e.source)


def test_they_in_reported_speech_is_the_speaker(analyze):
    ev = _events(analyze("The rebels said they had shot down an army helicopter near Gao on Sunday."), "ASSAULT")
    assert ev and any("rebels" in (r.text or "") for r in ev[0].source)


# -- what a verb of saying takes: an official dismissed, a move called a coup -------------------


def test_an_official_dismissed_is_no_denial_said(analyze):
    quotes = analyze("The president dismissed the prime minister on Sunday.").quotes
    assert not [q for q in quotes if q.cue is not None and q.cue.text == "dismissed"]


def test_a_move_called_a_coup_is_a_characterisation(analyze):
    quotes = analyze("The president suspended parliament on Sunday, a move his opponents called a coup.").quotes
    assert [(q.stance, q.content.text) for q in quotes] == [("characterize", "a coup")]


@pytest.mark.parametrize("text,content", [
    ("The ministry dismissed the report as false.", "the report as false"),
    ("The army rejected the accusation.", "the accusation"),
])
def test_a_statement_dismissed_stays_a_denial(analyze, text, content):
    assert [(q.stance, q.content.text) for q in analyze(text).quotes] == [("deny", content)]


# -- a clause of its own time ("as Kenyans voted") tells no party of the act --------------------


@pytest.mark.parametrize("text", [
    "Three people were killed as Kenyans voted on Thursday.",
    "At least three people were killed and 20 wounded in clashes between supporters of rival candidates as Ugandans voted on Thursday, police said.",
])
def test_the_subject_of_a_time_clause_is_no_target(analyze, text):
    ev = _events(analyze(text), "ASSAULT")
    assert ev and not [r for r in ev[0].target if (r.text or "").endswith("ans")]


@pytest.mark.parametrize("text,code", [
    ("Turkey lifted a curfew in Cyprus on Thursday.", "CYP"),  # the clause's own party
    ("Russia deployed troops in Syria on Thursday.", "SYR"),
])
def test_a_party_in_the_acts_own_clause_is_still_its_target(analyze, text, code):
    ev = analyze(text).events
    assert ev and [r.code for r in ev[0].target] == [code]


# -- force on a sit-in: told over two clauses, still force on protesters -------------------------


@pytest.mark.parametrize("text,sub", [
    ("Security forces stormed a protest camp in Khartoum on Monday, killing at least 35 people.", "Excessive force against protesters"),
    ("Gunmen stormed a village in Zamfara on Monday, killing 12 people.", "Attack"),
    ("Protesters stormed a police station in Khartoum on Monday, killing two officers.", None),
])
def test_people_killed_where_they_protested(analyze, text, sub):
    ev = _events(analyze(text), "ASSAULT") + _events(analyze(text), "PROTEST")
    assert ev
    if sub is None:
        assert ev[0].acled_sub_event_type != "Excessive force against protesters"
    else:
        assert ev[0].acled_sub_event_type == sub


# -- a codebook name is not cut by a surname the NER made of its first word ----------------------


def test_a_known_group_keeps_its_name_after_its_region_is_taken_for_a_person(analyze):
    # the small NER tags "Tigray" in "the Tigray region" as a person; its repeat inside the
    # group's name must not cut the group down to "Tigray"
    text = ("The government imposed a curfew in the Tigray region on Wednesday.\n\n"
            "Prime Minister Abiy Ahmed accused the Tigray People's Liberation Front of attacking the base in Mekelle overnight.")
    ev = _events(analyze(text), "ACCUSE")
    assert ev and [r.code for r in ev[0].target] == ["TPLF"]
