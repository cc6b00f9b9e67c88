"""What a second reading of the third probe's crowd-size fix found, on the reviewer's and our own
sentences: a crowd noun counted under "put", "take", "join" taken for a rival crowd size ("Police
took 35 protesters into custody", "would join the strike", "joined a separate march"), where a
size needs a crowd estimate's grammar."""
from __future__ import annotations

import datetime as dt

import pytest

from tests._helpers import events_of as _events

PUB = dt.date(2026, 11, 20)  # a Friday


def _sizes(event):
    return {(c.value["min"], c.value["max"]) for c in event.claims if c.field == "size"}


@pytest.mark.parametrize("text, figure", [
    ("Hundreds of protesters gathered in Tunis on Friday. Police took 35 protesters into custody.", 35),
    ("Hundreds of students marched in Bogota on Thursday. Police put 60 protesters in detention overnight.", 60),
    ("Hundreds of workers protested outside the factory in Detroit on Monday. The company has since put 450 workers on unpaid leave.", 450),
    ("Thousands of supporters rallied in Harare on Saturday. About 400 activists took refuge in the embassy.", 400),
    ("Nurses staged a protest in Manila on Tuesday. The hospital took on 300 workers from agencies to cover shifts.", 300),
    ("Thousands of nurses marched in Lima on Tuesday. The union said 50,000 workers would join the strike.", 50000),
    ("Thousands rallied in Paris on Saturday. In Lyon, police said 5,000 people joined a separate march.", 5000),
    ("Hundreds of workers marched in Lima on Thursday. Previously, some 50,000 people joined a march in the capital.", 50000),
    ("Hundreds of fans protested outside the stadium in Rome on Sunday. The club put attendance at 41,000 for the match.", 41000),
    ("Hundreds of dockers marched in Genoa on Monday. Police turned away 250 protesters at the bridge.", 250),
    ("Hundreds of farmers marched in Nantes on Tuesday. Officials put 90 demonstrators on a bus back to the farms.", 90),
])
def test_a_crowd_noun_counted_outside_a_crowd_estimate_is_no_size(analyze, text, figure):
    (protest,) = _events(analyze(text), "PROTEST")
    assert (figure, figure) not in _sizes(protest), protest.claims
    assert protest.size is None or protest.size.min != figure, protest.size


@pytest.mark.parametrize("text, figure", [
    ("Thousands of workers marched through the capital on Tuesday to protest against pension cuts. "
     "The union said some 300,000 people joined the march, while the ministry put the crowd at about 45,000.", 45000),
    ("Thousands of workers marched through the capital on Tuesday to protest against pension cuts. "
     "The union said some 300,000 people joined the march, while the ministry put the crowd at about 45,000.", 300000),
    ("Thousands marched in Seoul on Saturday. Police estimated the crowd at 20,000, while organisers said 100,000 joined.", 20000),
    ("Demonstrators gathered in Santiago on Sunday. Organisers estimated that 80,000 people took part.", 80000),
])
def test_a_crowd_estimate_is_a_size(analyze, text, figure):
    (protest,) = _events(analyze(text), "PROTEST")
    assert (figure, figure) in _sizes(protest), protest.claims
