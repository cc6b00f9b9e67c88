"""Who-does-what features (extract/eventroles.py) on real parses of short texts."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.eventroles import role_features

pytestmark = pytest.mark.model


def feats(nlp, text: str) -> set[str]:
    return set(role_features(nlp(text)))


def test_taker_sector_tells_army_from_rebels(nlp):
    army = feats(nlp, "The army recaptured the town from the insurgents on Monday.")
    rebels = feats(nlp, "Rebel fighters captured the town after the troops withdrew.")
    assert "r:s:MIL>recapture" in army and "r:s:REB" not in army
    assert "r:s:REB>capture" in rebels


def test_passive_agent_is_the_subject(nlp):
    f = feats(nlp, "The district was seized by militants overnight.")
    assert "r:s:REB>seize" in f
    assert "r:s=militant" in f


def test_police_acting_on_protesters(nlp):
    f = feats(nlp, "Police fired tear gas at the protesters and arrested dozens of demonstrators.")
    assert "r:s:POL>fire" in f and "r:s=police" in f
    assert "r:s:POL>arrest" in f  # the conjoined verb takes the first verb's subject
    assert "r:s=protester" not in f


def test_protesters_as_subject(nlp):
    f = feats(nlp, "Protesters threw stones at the police and set cars on fire.")
    assert "r:s=protester" in f
    assert "r:s:POL" not in f


def test_pronoun_subject_gives_nothing(nlp):
    assert not any(x.startswith("r:s") for x in feats(nlp, "They said nothing."))


def test_same_words_other_roles_give_other_features(nlp):
    # the same bag of words, the roles swapped: what a bag-of-words model cannot see
    a = feats(nlp, "The police attacked the protesters.")
    b = feats(nlp, "The protesters attacked the police.")
    assert "r:s:POL>attack" in a and "r:attack>o:CVL" in a
    assert "r:s:CVL>attack" in b and "r:attack>o:POL" in b
    assert a != b


PUB = dt.date(2024, 5, 2)


def test_the_pipeline_gives_the_acled_classifier_the_event_sentence_parse(analyze, monkeypatch):
    import sitrep.extract.eventtypes as et

    seen = []
    real = et.acled_sub_type

    def spy(text, plover, acled_types, model=None, **kw):
        seen.append((text, kw.get("parse")))
        return real(text, plover, acled_types, model, **kw)

    monkeypatch.setattr(et, "acled_sub_type", spy)
    # (an attack whose target the rules do not type: no armed side and no civilians struck are told)
    analyze("Militants attacked the town on Monday. Two people were injured.")
    assert seen, "no event was given an ACLED sub-type"
    text, parse = seen[0]
    assert parse is not None and parse.text == text  # the evidence sentence's own tokens


# Events told by a noun: the same features, with the noun in the verb's place.

def test_noun_event_doer_by_and_target_on(nlp):
    f = feats(nlp, "Residents described an attack by rebels near the border.")
    assert "r:s:REB>attack" in f
    f = feats(nlp, "Residents described an attack on a police convoy near the border.")
    assert "r:attack>o:POL" in f


def test_an_on_phrase_hung_under_the_by_doer_is_the_nouns_target(nlp):
    doc = nlp("An attack by rebels on a police convoy killed five soldiers.")
    assert doc[3].lower_ == "rebels" and doc[4].head.i == 3  # the parse this is about: "on" under "rebels"
    f = set(role_features(doc))
    assert {"r:s:REB>attack", "r:attack>o:POL"} <= f
    # a time or a place there is no target
    f = feats(nlp, "An attack by rebels on Sunday killed five soldiers.")
    assert not any(x.startswith("r:attack>o:") for x in f)


def test_seizure_of_the_town_by_militants(nlp):
    f = feats(nlp, "Officials confirmed the seizure of the town by militants.")
    assert "r:s:REB>seizure" in f
    assert "r:seizure>o:X" in f and "r:o=town" in f


def test_clashes_between_two_sides_name_both_as_doers(nlp):
    f = feats(nlp, "Clashes between the army and militants continued for a week.")
    assert {"r:s:MIL>clash", "r:s:REB>clash"} <= f


def test_police_crackdown_on_protesters(nlp):
    f = feats(nlp, "A police crackdown on protesters drew criticism from rights groups.")
    assert "r:s:POL>crackdown" in f
    assert "r:crackdown>o:CVL" in f


def test_of_after_a_noun_that_is_no_act_is_no_target(nlp):
    f = feats(nlp, "The leader of the rebels arrived in the capital.")
    assert not any(x.startswith("r:leader>") or ">leader" in x for x in f)
    # and the rebels are not read as the ones acted on by any noun
    assert "r:o:REB" not in f


def test_a_date_is_no_doer(nlp):
    from sitrep.codebook import load_codebook
    from sitrep.extract.eventroles import argument_sector

    doc = nlp("Sunday saw the heaviest shelling of the town in months.")
    sunday = doc[0]
    assert sunday.ent_type_ == "DATE"
    book = load_codebook()
    assert argument_sector(sunday, book.sectors, book.lookup) is None
    assert "r:s:DATE" not in feats(nlp, "Sunday saw the heaviest shelling of the town in months.")
