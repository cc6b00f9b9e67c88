"""A state's named body ("the Kremlin") is an actor of its own beside the state ("Russia"), with
the state's code: its denial still speaks for the state a report blames, in the incident record."""
from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

PUB = dt.date(2024, 5, 14)


@pytest.mark.parametrize("text, blamed, body", [
    ("KYIV - Russia shelled the town of Kupiansk on Monday, killing four civilians, Ukrainian officials said. "
     "The Kremlin denied the attack.", "Russia", "Kremlin"),
    ("KYIV - Russia struck a grain terminal in Izmail overnight, killing two workers, the regional governor said. "
     "The Kremlin denied the strike on Tuesday.", "Russia", "Kremlin"),
])
def test_a_states_body_denying_counts_against_the_state_blamed(analyze, text, blamed, body):
    from sitrep.merge import merge_reports

    report = analyze(text)
    assert {a.name for a in report.actors} >= {blamed, body}  # two actors, one code
    (incident,) = merge_reports([report])
    (party,) = [p for p in incident.perpetrators if p.name == blamed]
    assert body in party.denied_by
    (blame,) = [c for c in incident.contested if c.field == "perpetrator"]
    assert [p.value for p in blame.positions] == [blamed, f"not {blamed}"]
