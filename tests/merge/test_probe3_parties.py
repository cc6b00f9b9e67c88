"""A party an accusation names, as the incident merge reads it (the third unseen-article probe:
a hospital strike blamed on a paramilitary force named with its acronym and a clause about it).
Sentences written for the test."""
from __future__ import annotations

import datetime as dt

from sitrep.merge import mentions_from_report

PUB = dt.date(2026, 11, 20)


def test_an_accused_group_is_named_without_its_acronym_and_a_clause_about_it(analyze):
    # the accusation's party was "paramilitary Rapid Support Forces (RSF), which has
    # besieged the city since May," with no code, beside the coded party the same report names
    text = ("A drone struck a hospital in the city of al-Fashir on Friday, killing 20 people, medics said. "
            "The army accused the paramilitary Rapid Support Forces (RSF), which has besieged the city since May, "
            "of carrying out the strike.")
    (mention,) = mentions_from_report(analyze(text))
    names = [p.name for p in mention.perpetrators]
    assert not [n for n in names if "which" in n or "(" in n], names
    assert "Rapid Support Forces" in names


def test_a_party_named_by_a_generic_noun_takes_no_longer_name_ending_in_it(analyze):
    # "military police" ends in "police", yet the government's accusation names another party than
    # the police the witnesses blame: "Police" must not take the government as its claimer
    text = ("Police shot dead two protesters in Kampala on Monday, witnesses said. "
            "The government accused the military police of shooting the protesters.")
    (mention,) = mentions_from_report(analyze(text))
    claimers = {p.name: p.claimed_by for p in mention.perpetrators}
    assert "government" not in claimers.get("Police", []), claimers
    assert "government" in claimers.get("military police", []), claimers  # (a description: no "The" kept)


def test_a_generic_party_name_is_told_from_a_proper_one():
    from sitrep.merge.mentions import _generic_party
    assert _generic_party("army") and _generic_party("Police") and _generic_party("security forces") and _generic_party("Troops")
    assert not _generic_party("Rapid Support Forces") and not _generic_party("Arakan Army") and not _generic_party("Hamas")
