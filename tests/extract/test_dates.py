"""Dates: resolve_date rules and DateStage on news text."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.config import Options
from sitrep.extract.base import Analysis
from sitrep.extract.dates import DateStage, resolve_date
from sitrep.model import Article

SUN = dt.date(2016, 9, 18)  # a Sunday


@pytest.mark.parametrize(
    "text, expected",
    [
        ("on Saturday", dt.date(2016, 9, 17)),
        ("Saturday night", dt.date(2016, 9, 17)),
        ("last Thursday", dt.date(2016, 9, 15)),
        ("Sunday", SUN),  # same weekday, past/present tense: the publication day
        ("last Sunday", dt.date(2016, 9, 11)),
        ("yesterday", dt.date(2016, 9, 17)),
        ("today", SUN),
        ("three days ago", dt.date(2016, 9, 15)),
        ("on 17 September", dt.date(2016, 9, 17)),
        ("September 17, 2016", dt.date(2016, 9, 17)),
        ("Sept. 17", dt.date(2016, 9, 17)),
        ("2016-09-17", dt.date(2016, 9, 17)),
        ("Dec. 25", dt.date(2015, 12, 25)),  # no year: nearest before publication
        ("March 2011", None),
        ("the past two years", None),
        ("his decades", None),
        ("just two days", None),
    ],
)
def test_resolve_past(text, expected):
    assert resolve_date(text, SUN) == expected


def test_resolve_future():
    assert resolve_date("Monday", SUN, future=True) == dt.date(2016, 9, 19)
    assert resolve_date("next Sunday", SUN) == dt.date(2016, 9, 25)
    assert resolve_date("Dec. 25", SUN, future=True) == dt.date(2016, 12, 25)
    assert resolve_date("tomorrow", SUN) == dt.date(2016, 9, 19)


def test_no_publication_date_never_guesses():
    assert resolve_date("Saturday", None) is None
    assert resolve_date("yesterday", None) is None
    assert resolve_date("Sept. 17", None) is None
    assert resolve_date("September 17, 2016", None) == dt.date(2016, 9, 17)


def run(nlp, text, published=SUN, options=None):
    an = Analysis(article=Article(id="t", text=text, published=published), doc=nlp(text), options=options or Options())
    DateStage(Options())(an)
    for d in an.dates:
        assert d.text == text[d.start:d.end]
    return {d.text: d.date for d in an.dates}


@pytest.mark.model
def test_stage_tense(nlp):
    text = "Rebels shelled Donetsk on Tuesday. Negotiators will meet in Minsk on Monday. The truce is scheduled to start on Friday."
    dates = run(nlp, text)
    assert dates["Tuesday"] == dt.date(2016, 9, 13)
    assert dates["Monday"] == dt.date(2016, 9, 19)
    assert dates["Friday"] == dt.date(2016, 9, 23)


@pytest.mark.model
def test_stage_reported_future(nlp):
    """"said ... would" looks ahead from the saying; a conditional "would" elsewhere does not."""
    doc = nlp("Organisers said there would be a march in the capital on Friday. Officials would not say what happened on Friday.")
    pub = dt.date(2021, 3, 8)  # a Monday
    from sitrep.extract.dates import is_future

    fridays = [t for t in doc if t.lower_ == "friday"]
    assert [is_future(t) for t in fridays] == [True, False]
    assert resolve_date("Friday", pub, future=True) == dt.date(2021, 3, 12)


def test_stage_falls_back_to_options_published(nlp):
    text = "Floods swept through the valley on Wednesday."
    assert run(nlp, text, published=None)["Wednesday"] is None
    opts = Options(published=dt.date(2016, 9, 18))
    an = Analysis(article=Article(id="t", text=text), doc=nlp(text), options=opts)
    DateStage(opts)(an)
    assert an.dates[0].date == dt.date(2016, 9, 14)


@pytest.mark.model
def test_seed_and_altered_weekday(nlp, seed_text):
    dates = run(nlp, seed_text)
    assert dates["Saturday"] == dt.date(2016, 9, 17)
    assert dates["Saturday night"] == dt.date(2016, 9, 17)
    assert dates["Monday"] == dt.date(2016, 9, 12)
    assert dates["March 2011"] is None
    assert "four mortars" not in dates
    altered = run(nlp, seed_text.replace("Saturday", "Tuesday"))
    assert altered["Tuesday"] == dt.date(2016, 9, 13)


@pytest.mark.model
def test_dateline_date_anchors_relative_dates_without_a_publication_date(nlp):
    text = "ABUJA, March 3, 2021 (Reuters) - Gunmen killed five farmers on Monday, police said."
    assert run(nlp, text, published=None)["Monday"] == dt.date(2021, 3, 1)
    # the publication date, when given, comes first
    assert run(nlp, text, published=dt.date(2021, 3, 10))["Monday"] == dt.date(2021, 3, 8)


@pytest.mark.model
def test_dateline_without_a_year_anchors_nothing(nlp):
    assert run(nlp, "ABUJA, March 3 (Reuters) - Gunmen killed five farmers on Monday.", published=None)["Monday"] is None
    # a full date in the story is no dateline
    assert run(nlp, "Gunmen killed five farmers on Monday. Police gave their names on March 3, 2021.", published=None)["Monday"] is None


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("The minister said the government would hold talks with the unions on Monday.", dt.date(2016, 9, 19)),  # reported future
    ("Officials said the convoy would arrive in the city on Friday.", dt.date(2016, 9, 23)),
    ("The police would not comment on Friday.", dt.date(2016, 9, 16)),  # no verb of saying: past
    ("The spokesman said police would not comment on Friday.", dt.date(2016, 9, 16)),  # negated: a refusal then
])
def test_would_in_reported_speech_is_future(nlp, text, expected):
    (day,) = run(nlp, text).values()
    assert day == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("The union called a general strike for Friday.", dt.date(2016, 9, 23)),  # a day fixed for: to come
    ("Police questioned him about Friday's violence.", dt.date(2016, 9, 16)),
    ("He was arrested for Friday's violence.", dt.date(2016, 9, 16)),  # a possessive: a day past
])
def test_a_day_something_is_fixed_for_is_to_come(nlp, text, expected):
    (day,) = run(nlp, text).values()
    assert day == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # the day of an act held on a day that is called for: the act's, to come (published Sunday 2016-09-18)
    ("The union leader said the talks had failed and called for another march on Friday.", dt.date(2016, 9, 23)),
    ("Opposition parties appealed for a general strike on Tuesday.", dt.date(2016, 9, 20)),
    # a call for no act held on a day, or the day told before what is called for: the call's own day
    ("Amnesty International called for an independent inquiry on Friday.", dt.date(2016, 9, 16)),
    ("The opposition on Friday called for a march.", dt.date(2016, 9, 16)),
])
def test_a_day_of_an_act_called_for_is_to_come(nlp, text, expected):
    (day,) = run(nlp, text).values()
    assert day == expected


@pytest.mark.model
@pytest.mark.parametrize("text, weekday, expected", [
    # a day named as what it is to be: to come, whatever the verb's tense (published Sunday 2016-09-18)
    ("The mayor declared Wednesday a day of mourning.", "Wednesday", dt.date(2016, 9, 21)),
    ("The president proclaimed Monday a public holiday.", "Monday", dt.date(2016, 9, 19)),
    ("The junta named Tuesday as the date for the vote.", "Tuesday", dt.date(2016, 9, 20)),
    ("The union declared Thursday a national day of action.", "Thursday", dt.date(2016, 9, 22)),
    # the day of the saying, American style, stays past
    ("The army declared Monday that the road was open.", "Monday", dt.date(2016, 9, 12)),
    # what a past day was, not an observance or a deadline to come (review of m8u, 6)
    ("The army declared Monday a success.", "Monday", dt.date(2016, 9, 12)),
    ("Gunmen made Saturday a day of terror in the town.", "Saturday", dt.date(2016, 9, 17)),
    ("The rebels declared Friday a day of victory after taking the town.", "Friday", dt.date(2016, 9, 16)),
    ("The army named Monday as the day the offensive began.", "Monday", dt.date(2016, 9, 12)),
])
def test_a_day_declared_as_what_it_is_to_be_is_to_come(nlp, text, weekday, expected):
    (day,) = [d for t, d in run(nlp, text).items() if t.startswith(weekday)]
    assert day == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a particle of "expected"/"scheduled" is no result of a plain verb: still to come (review of m8u, 7)
    ("The results are expected out on Monday.", dt.date(2016, 9, 19)),
    ("The figures are scheduled out on Tuesday.", dt.date(2016, 9, 20)),
    # "set" with a particle or a result is the plain verb: past
    ("A new camp was set up on Monday.", dt.date(2016, 9, 12)),
    ("The hostages were set free on Tuesday, police said.", dt.date(2016, 9, 13)),
])
def test_only_set_is_a_plain_verb_with_a_particle(nlp, text, expected):
    (day,) = run(nlp, text).values()
    assert day == expected
