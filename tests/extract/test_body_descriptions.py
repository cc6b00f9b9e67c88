"""'The group said ...': a definite description of a body by a general word for bodies refers, as
"it" does, to the latest body that spoke or was named. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model
PUB = dt.date(2021, 3, 9)


def _speakers(report) -> list[tuple[str, str | None, str | None]]:
    return [(q.speaker.text, q.speaker.name, q.speaker.code) for q in report.quotes]


@pytest.mark.parametrize("text, name", [
    ("Amnesty International said security forces used excessive force. The group said at least three "
     "protesters were shot and wounded.", "Amnesty International"),
    ("Human Rights Watch accused the army of torture on Monday. The organisation said 12 detainees had died in custody.",
     "Human Rights Watch"),
    ("The Kivu Monitoring Network said its staff had counted 40 bodies. The group urged the United Nations to "
     "open an inquiry.", "Kivu Monitoring Network"),  # a body no codebook knows
])
def test_the_group_is_the_body_that_spoke_before(analyze, text, name):
    second = analyze(text).quotes[-1]
    assert second.speaker.text.lower().startswith("the ") and second.speaker.resolved
    assert name in (second.speaker.name or "")


@pytest.mark.parametrize("text", [
    "Police said they were questioning the suspects. A group of residents said the fire started at night.",  # indefinite, and "of residents"
    "Police said they were questioning the suspects. The group of residents said the fire started at night.",
])
def test_a_group_described_by_its_members_is_not_an_earlier_body(analyze, text):
    second = analyze(text).quotes[-1]
    assert "police" not in (second.speaker.name or "").lower()
