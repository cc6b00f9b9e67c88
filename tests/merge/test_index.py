"""Blocking and the pairwise decision of IncidentIndex on hand-built mentions."""
from __future__ import annotations

import datetime as dt

from sitrep.merge import IncidentIndex, MergeOptions
from sitrep.model import ArticleRef, Figure, IncidentMention, Location

ALEPPO = Location("Aleppo", "SYR", "Aleppo", 36.20, 37.16, "city")
ATAREB = Location("Atarib", "SYR", "Aleppo", 36.14, 36.83, "city")  # about 30 km west
KANO = Location("Kano", "NGA", "Kano", 12.00, 8.52, "city")


def mention(n, date, loc, *, family="violence", inferred=False, killed=None, claimer="reporter", title=""):
    figs = [Figure("killed", killed, killed, "exact", [claimer], [f"u{n}"])] if killed is not None else []
    return IncidentMention(id=f"a{n}#1", article=ArticleRef(id=f"a{n}", url=f"u{n}"), family=family,
                           date=dt.date.fromisoformat(date) if date else None, date_inferred=inferred,
                           location=loc, figures=figs, signature=title)


def test_revised_toll_three_days_later_joins():
    idx = IncidentIndex()
    a = idx.add(mention(1, "2020-02-03", ALEPPO, killed=5, claimer="civil defence"))
    b = idx.add(mention(2, "2020-02-03", ALEPPO, killed=11, claimer="civil defence", title="Toll rises"))
    assert a == b and len(idx) == 1


def test_strike_at_same_town_two_weeks_later_is_another_incident():
    idx = IncidentIndex()
    a = idx.add(mention(1, "2020-02-03", ALEPPO, killed=5))
    b = idx.add(mention(2, "2020-02-17", ALEPPO, killed=5))
    assert a != b


def test_same_day_other_country_is_another_incident():
    idx = IncidentIndex()
    a = idx.add(mention(1, "2020-02-03", ALEPPO, killed=5))
    b = idx.add(mention(2, "2020-02-03", KANO, killed=5))
    assert a != b


def test_publication_date_only_bounds_the_event_from_above():
    idx = IncidentIndex()
    a = idx.add(mention(1, "2020-02-03", ALEPPO))
    # a follow-up without a stated event date, published four days later
    assert idx.add(mention(2, "2020-02-07", ALEPPO, inferred=True)) == a
    # published before the event: cannot report it
    assert idx.add(mention(3, "2020-01-25", ALEPPO, inferred=True)) != a


def test_missing_dates_fall_back_to_place_and_family():
    idx = IncidentIndex()
    a = idx.add(mention(1, "2020-02-03", ALEPPO, title="Air strike on Aleppo market kills five"))
    assert idx.add(mention(2, None, ALEPPO, title="Five killed in Aleppo market air strike")) == a
    assert idx.add(mention(3, None, KANO)) != a


def test_mention_without_place_joins_by_date_and_text():
    idx = IncidentIndex()
    a = idx.add(mention(1, "2020-02-03", ALEPPO, title="Air strike on Aleppo market kills five"))
    assert idx.add(mention(2, "2020-02-03", None, title="Five killed in Aleppo market air strike")) == a


def test_near_place_same_day_joins_far_place_does_not():
    idx = IncidentIndex()
    a = idx.add(mention(1, "2020-02-03", ALEPPO))
    assert idx.add(mention(2, "2020-02-03", ATAREB)) == a
    damascus = Location("Damascus", "SYR", "Damascus", 33.51, 36.29, "city")
    assert idx.add(mention(3, "2020-02-03", damascus)) != a


def test_ids_are_stable_and_assignment_is_kept():
    runs = []
    for _ in range(2):
        idx = IncidentIndex(options=MergeOptions(keep_mentions=False))
        runs.append([idx.add(mention(n, "2020-02-03", loc)) for n, loc in enumerate([ALEPPO, KANO, ALEPPO])])
        assert idx.assignment["a2#1"] == runs[-1][0]
        assert idx.mentions(runs[-1][0]) == []
    assert runs[0] == runs[1]


def test_incidents_are_reconciled_on_demand():
    idx = IncidentIndex()
    idx.add(mention(1, "2020-02-03", ALEPPO, killed=5, claimer="civil defence"))
    idx.add(mention(2, "2020-02-04", ALEPPO, killed=7, claimer="monitor"))
    (inc,) = idx.incidents()
    assert (inc.killed.low, inc.killed.high) == (5, 7)
    assert inc.date == dt.date(2020, 2, 3) and inc.date_range == (dt.date(2020, 2, 3), dt.date(2020, 2, 4))


def test_undated_report_naming_the_incident_weekday_joins_another_weekday_does_not():
    idx = IncidentIndex()
    a = idx.add(mention(1, "2020-02-06", ALEPPO))  # a Thursday
    thursday = mention(2, None, ALEPPO)
    thursday.weekday = 3
    tuesday = mention(3, None, ALEPPO)
    tuesday.weekday = 1
    assert idx.add(thursday) == a
    assert idx.add(tuesday) != a


def test_another_place_the_report_names_can_match():
    idx = IncidentIndex()
    a = idx.add(mention(1, "2020-02-03", ALEPPO))
    damascus = Location("Damascus", "SYR", "Damascus", 33.51, 36.29, "city")
    m = mention(2, "2020-02-03", damascus)  # told from the capital, naming the town too
    m.places = [ALEPPO]
    assert idx.add(m) == a


def test_an_incident_is_found_from_the_other_places_its_reports_name():
    idx = IncidentIndex()
    damascus = Location("Damascus", "SYR", "Damascus", 33.51, 36.29, "city")
    first = mention(1, "2020-02-03", damascus)
    first.places = [ALEPPO]
    a = idx.add(first)
    assert idx.add(mention(2, "2020-02-03", ALEPPO)) == a


def test_a_province_is_compared_by_country_not_by_its_centre():
    idx = IncidentIndex()
    a = idx.add(mention(1, "2020-02-03", ALEPPO))
    province = Location("Aleppo Governorate", "SYR", "Aleppo", 36.0, 37.5, "admin")  # centre ~35 km off, could be 150
    far_centre = Location("Deir ez-Zor Governorate", "SYR", "Deir ez-Zor", 35.0, 40.0, "admin")
    assert idx.add(mention(2, "2020-02-03", province)) == a
    assert idx.add(mention(3, "2020-02-03", far_centre)) == a  # a province's centre says little of the site


def test_a_report_with_no_resolved_place_that_names_the_town_can_join():
    idx = IncidentIndex()
    a = idx.add(mention(1, "2020-02-03", ALEPPO, killed=1))
    m = mention(2, None, None, killed=1, title="Aleppo mayor says the market will be rebuilt after Monday's strike")
    m.weekday = 0
    assert idx.add(m) == a
    stranger = mention(3, None, None, killed=1, title="Mayor says the market will be rebuilt after Monday's strike")
    stranger.weekday = 0
    assert idx.add(stranger) != a
