"""Actor defects the probes and reviews left (round k5), on our own sentences: lexicon phrases
that spaCy splits into several tokens ("cyber-attack", "data breach", "M/V", "ex-president") and
that a test of each token never found. Sentences written for these tests, about no one incident."""
from __future__ import annotations

import datetime as dt
import pickle

import pytest

from sitrep.codebook import Phrases, load_codebook
from tests._helpers import actors_at as _at

PUB = dt.date(2024, 4, 8)  # a Monday


# -- the matcher ----------------------------------------------------------------------------

def test_phrases_match_on_the_text_whole_and_in_any_case():
    words = Phrases(["cyber-attack", "data breach", "ex"])
    assert words.found("A Cyber-attack hit") and words.found("in a data  breach") and words.found("Ex-president")
    assert not words.found("the cyber unit") and not words.found("Texas") and not words.found("a breach of data")
    assert "ex" in words and "data breach" in words


def test_cased_phrases_match_only_as_written_and_survive_pickling():
    prefixes = pickle.loads(pickle.dumps(Phrases(["M/V", "MS"], cased=True)))
    assert prefixes.lead("M/V Ocean Star") == 3 and prefixes.lead("MS Aurora") == 2
    assert prefixes.lead("Ms Aurora") == 0 and prefixes.lead("MVP") == 0
    assert prefixes.ends("boarded the M/V ") and not prefixes.ends("said Ms ")


def test_the_sector_lexicon_reads_its_phrases_so():
    lex = load_codebook().sectors
    assert lex.cyber_words.found("a cyber-attack") and lex.former_words.found("ex-minister")
    assert lex.vessel_prefixes.lead("M/V Ocean Star")


# -- the pipeline ---------------------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The attackers behind the cyber-attack demanded a ransom, the company said.",
    "The attackers behind the data breach demanded a ransom, the company said.",
])
def test_the_attackers_behind_a_split_cyber_word_are_criminals(analyze, text):
    (actor,) = _at(analyze(text), "The attackers")
    assert actor.sector == "CRM"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Pirates boarded the M/V John Harris off Somalia on Monday, the navy said.",
    "Pirates boarded the MV John Harris off Somalia on Monday, the navy said.",
])
def test_a_ship_whose_prefix_the_ner_left_out_is_no_person(analyze, text):
    actors = _at(analyze(text), "John Harris")
    assert actors and all(a.kind != "person" for a in actors), [(a.name, a.kind) for a in actors]


@pytest.mark.model
def test_an_ex_president_is_still_of_the_state_whose_office_he_held(analyze):
    (actor,) = _at(analyze("LIMA (Wire) - Ex-president Juan Morales was arrested by police on Monday."), "Juan Morales")
    assert actor.code == "PER" and actor.sector is None
