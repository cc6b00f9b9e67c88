"""Sentence cues of another incident or a background total, read by both extract and merge."""
from __future__ import annotations

import pytest

from sitrep.extract.elsewhere import elsewhere_res, other_incident_re


@pytest.mark.parametrize("sentence, other, elsewhere", [
    ("In a separate attack, two police officers were wounded.", True, True),
    ("Gunmen killed a farmer last week in the same district.", True, True),
    ("The insurgency has killed more than 3,000 people since 2015.", False, True),
    ("Five soldiers were killed in the ambush on Monday.", False, False),
    # "three weeks ago", as "a week ago": an earlier attack, its toll not this one's
    ("Three weeks ago a rocket strike on the port killed four dock workers.", True, True),
    ("Two months earlier, gunmen had burned the same market.", True, True),
    ("The toll rose to nine two days after the attack.", False, False),
    ("Residents said the attackers separated the men from the women.", False, False),
])
def test_cues_tell_another_incident_or_a_background_total(sentence, other, elsewhere):
    assert (other_incident_re().search(sentence) is not None) is other
    assert any(rx.search(sentence) for rx in elsewhere_res()) is elsewhere
