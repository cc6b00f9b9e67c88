"""Places: a town the gazetteer knows only far away (a country the report names nowhere
else), in a report whose other places all lie in one other country, is a local town of that
name the gazetteer lacks; it does not make its sentence's parties that far country's.
Texts written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model
PUB = dt.date(2021, 4, 1)

LOCAL = ("Insurgents attacked an army post near Mocimboa da Praia on Monday, killing five soldiers, "
         "the army said. Government forces recaptured Palma on Wednesday after a week of clashes "
         "in Cabo Delgado province.")


def _countries(report) -> dict[str, str | None]:
    return {p.text: p.country for p in report.places}


def test_a_far_homonym_does_not_code_the_local_parties(analyze):
    report = analyze(LOCAL)
    assert "ESP" not in _countries(report).values(), _countries(report)
    retaken = next(e for e in report.events if e.trigger is not None and e.trigger.text == "recaptured")
    assert [r.code for r in retaken.source] == ["MOZ"], retaken.source
    assert all(r.code != "ESP" for r in retaken.target)
    assert retaken.location is None or retaken.location.country == "MOZ"


@pytest.mark.parametrize("text,town,country", [
    # the town's country is named as an actor: a trip abroad
    ("Officials from Maputo and Cabo Delgado province met Spanish officials in Palma, Mallorca, "
     "on Tuesday to discuss aid.", "Palma", "ESP"),
    # foreign troops in a local town: the actors' country is not where the story is
    ("A roadside bomb near Samarra killed one U.S. soldier on Sunday, the military said.", "Samarra", "IRQ"),
    # a town across the border
    ("Fighting in Cabo Delgado province forced families in Pemba and Montepuez to flee to Mtwara.", "Mtwara", "TZA"),
    ("Officials in Pemba and Cabo Delgado province said aid had arrived from Durban on Monday.", "Durban", "ZAF"),
    # only one other place: too little to say where the story is
    ("Government forces recaptured Palma on Wednesday after clashes in Cabo Delgado province.", "Palma", "ESP"),
])
def test_a_town_with_evidence_or_too_little_context_keeps_its_reading(analyze, text, town, country):
    assert _countries(analyze(text)).get(town) == country, _countries(analyze(text))
