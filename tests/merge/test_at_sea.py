"""An incident told at sea (a body of water no gazetteer here places) is there, not in the town
its report names most (the dateline's, the owner's office): two outlets filing from cities far
apart tell one attack on a ship."""
from __future__ import annotations

import pytest

from sitrep.merge import merge_reports, mentions_from_report

pytestmark = pytest.mark.model

AT_SEA = ("2024-05-06", "Pirates board tanker off Yemen",
          "LONDON, May 6 (Harbour Wire) - Armed men in two skiffs attacked and boarded an oil tanker in the Gulf of Aden on "
          "Sunday, a British maritime security agency said.\n\nThe agency, which is based in London, said the crew had locked "
          "themselves in a safe room. The tanker's owner in London said the ship had been carrying fuel to Djibouti.")
UNPLACED = ("2024-05-06", "Navy says tanker attacked by pirates",
            "NAIROBI, May 6 (Coast Post) - Somali pirates attacked and boarded an oil tanker on Sunday, the British maritime "
            "security agency said, adding that the crew were safe.")


@pytest.fixture(scope="module")
def reports():
    from sitrep.api import get_pipeline
    from sitrep.config import Options
    from sitrep.ingest.readers import make_article

    options = Options()
    arts = [make_article(text, options=options, title=title, published=pub, url=f"https://outlet{i}.net/a", outlet=f"outlet{i}")
            for i, (pub, title, text) in enumerate((AT_SEA, UNPLACED))]
    return list(get_pipeline(options).run(arts))


def test_an_attack_told_at_sea_is_placed_at_sea(reports):
    (m,) = mentions_from_report(reports[0])
    assert m.location is not None and m.location.name == "Gulf of Aden" and m.location.lat is None, m.location


def test_two_outlets_filing_from_far_apart_tell_one_attack_at_sea(reports):
    (incident,) = merge_reports(reports)
    assert len(incident.articles) == 2
