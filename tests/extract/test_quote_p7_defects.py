"""Quote and speaker defects the seventh probe (tests/data/probe7) showed, fixed by general rules.
Sentences written for these tests (not the probe's)."""
from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model
PUB = dt.date(2025, 3, 12)


# -- "he said" after a person just introduced ---------------------------------------------

_SPOKESMAN = ('The army said the border post had been shelled at dawn. "We returned fire," army spokesman '
              'Yusuf Karimov said. "Nobody crossed the line," he added.\n\n')


@pytest.mark.parametrize("paragraph, name", [
    # a name whose gender no word tells, after a spokesman already called "he"
    ('"The detention is unlawful," said Senator Peter Odhiambo. "They must come home," he said.', "Peter Odhiambo"),
    ('The union\'s president, Samuel Mutua, said four students were in hospital. "We will march again," he said.',
     "Samuel Mutua"),
    # a named actor whose statement is a cue of its own ("called the raid ...")
    ('Governor James Pam called the raid "a cowardly act". He said the state would rebuild the homes.', "James Pam"),
])
def test_he_is_the_person_of_his_own_paragraph(analyze, paragraph, name):
    """Before, "he" went back to the spokesman two paragraphs up: a speaker known as male (from an
    earlier "he") beat any more recent one whose gender no word told, a name included."""
    report = analyze(_SPOKESMAN + "The ministry gave no figures.\n\n" + paragraph)
    last = [q for q in report.quotes if q.speaker.text.lower() == "he"][-1]
    assert last.speaker.name == name, [(q.speaker.text, q.speaker.name) for q in report.quotes]

