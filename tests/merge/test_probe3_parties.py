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
