"""Dates: find date expressions and resolve them against the publication date.

Rules (no dateparser; small explicit rules are faster and predictable):

* ``today``/``yesterday``/``tomorrow``/``last night``, ``N days ago`` -> exact day
  relative to publication.
* a weekday ("on Saturday", "Saturday night", "last Thursday") -> in past or present
  tense the most recent such day *on or before* publication (a story dated Saturday
  that says "on Saturday" means that day); "last X" is strictly before. In future
  tense ("will meet on Monday") the next such day on or after publication; "next X"
  is strictly after. A week named after it ("Thursday last week", "Monday of next
  week") is the calendar week (Monday first) before, of or after publication.
* "17 September", "Sept. 17", "September 17, 2016", "2016-09-17" -> exact; without a
  year, the year that puts the day nearest before publication (after, in future
  tense).
* month-only or vague ("March 2011", "the past two years", "his decades") -> None.
* without a publication date, the full date of the dateline that opens the report
  ("LAGOS, March 3, 2021 (Reuters) -") anchors them; with neither, every relative
  expression gives None (never guess); absolute dates with a year still resolve.
"""
from __future__ import annotations

import datetime as dt
import logging
import re
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import yaml

from sitrep.annotate.tokens import doc_ents
from sitrep.config import Options
from sitrep.extract.base import Analysis
from sitrep.model import DateRef

__all__ = ["DateStage", "resolve_date", "is_future", "past_perfect", "tells_a_date", "dateline_date"]

log = logging.getLogger(__name__)

_DAYS_AGO = re.compile(r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+days?\s+ago\b")
_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_WEEK_AFTER = re.compile(r"\s+(?:of\s+)?(?P<which>last|this|next)\s+week\b", re.I)  # after a weekday
_WEEKS = {"last": -1, "this": 0, "next": 1}
_SMALL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


@cache
def _lexicon() -> dict[str, Any]:
    text = resources.files("sitrep.data").joinpath("dates_lexicon.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


@cache
def _regexes() -> dict[str, re.Pattern[str]]:
    lex = _lexicon()
    months = "|".join(sorted(lex["months"], key=len, reverse=True))
    weekdays = "|".join(sorted(lex["weekdays"], key=len, reverse=True))
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
    year = r"(?P<year>(?:1[89]|20)\d\d)"
    return {
        "day_month": re.compile(rf"\b{day}\s+(?:of\s+)?(?P<month>{months})\.?(?:,?\s+{year})?\b", re.I),
        "month_day": re.compile(rf"\b(?P<month>{months})\.?\s+{day}\b(?:,?\s+{year})?", re.I),
        "weekday": re.compile(rf"\b(?:(?P<mod>last|this|next|past|coming)\s+)?(?P<wd>{weekdays})\b\.?", re.I),
        "relative": re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, lex["relative_days"]), key=len, reverse=True)) + r")\b", re.I),
    }


def _with_year(month: int, day: int, published: dt.date | None, future: bool) -> dt.date | None:
    """A year-less day: the occurrence nearest before publication (after, if future)."""
    if published is None:
        return None
    for year in ((published.year, published.year + 1) if future else (published.year, published.year - 1)):
        try:
            d = dt.date(year, month, day)
        except ValueError:
            continue
        if (d >= published) if future else (d <= published):
            return d
    return None


def _absolute(text: str, published: dt.date | None, future: bool) -> tuple[bool, dt.date | None]:
    """(matched, date) for explicit calendar dates."""
    m = _ISO.search(text)
    if m:
        try:
            return True, dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return True, None
    months = _lexicon()["months"]
    rx = _regexes()
    for key in ("day_month", "month_day"):
        m = rx[key].search(text)
        if not m:
            continue
        month, day = months[m["month"].lower()], int(m["day"])
        if m["year"]:
            try:
                return True, dt.date(int(m["year"]), month, day)
            except ValueError:
                return True, None
        return True, _with_year(month, day, published, future)
    return False, None


def resolve_date(text: str, published: dt.date | None, *, future: bool = False) -> dt.date | None:
    """The calendar day a date expression denotes, or None when vague or unanchored."""
    matched, day = _absolute(text, published, future)
    if matched:
        return day
    if published is None:
        return None
    low = text.lower()
    rx = _regexes()
    m = rx["relative"].search(low)
    if m:
        return published + dt.timedelta(days=_lexicon()["relative_days"][m.group(0)])
    m = _DAYS_AGO.search(low)
    if m:
        n = int(m[1]) if m[1].isdigit() else _SMALL[m[1]]
        return published - dt.timedelta(days=n)
    m = rx["weekday"].search(text)
    if m:
        wd = _lexicon()["weekdays"][m["wd"].lower()]
        mod = (m["mod"] or "").lower()
        week = _WEEK_AFTER.match(text, m.end())
        if week and not mod:  # "Thursday last week", "Monday of next week": that day of that calendar week
            monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=_WEEKS[week["which"].lower()])
            return monday + dt.timedelta(days=wd)
        if future or mod in ("next", "coming"):
            ahead = (wd - published.weekday()) % 7
            if ahead == 0 and mod in ("next", "coming"):
                ahead = 7
            return published + dt.timedelta(days=ahead)
        back = (published.weekday() - wd) % 7
        if back == 0 and mod in ("last", "past"):
            back = 7
        return published - dt.timedelta(days=back)
    return None


def dateline_date(text: str) -> dt.date | None:
    """The full date of the report's first dateline ("LAGOS, March 3, 2021 (Reuters) -"):
    the day the story was filed, which anchors its relative dates when the report comes with
    no publication date. A dateline day without a year ("LAGOS, March 3 (Reuters) -") gives
    None: the year is not guessed."""
    from sitrep.extract.places import dateline_spans  # places reads this module's date test

    spans = dateline_spans(text)
    if not spans:
        return None
    start, end = spans[0]  # the first one (a headline line may come before it)
    matched, day = _absolute(text[start:end], None, False)
    return day if matched else None


def tells_a_date(span) -> bool:
    """Whether a span the NER labelled DATE or TIME holds a word of time or a year ("on
    Sunday", "last week", "in 2019", "in the 1990s"); the NER also labels some place names DATE ("in Niger
    on Sunday"), and those tell none."""
    temporal = temporal_words()
    return any(t.lower_.rstrip(".") in temporal for t in span) or bool(re.search(r"\b(?:1[89]|20)\d\d(?:s|'s)?\b", span.text))


@lru_cache(maxsize=8)
def written_date_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each day written with its month ("March 16", "16 March 2024", "Nov. 12"):
    a month there is no name of a town ("MOSCOW, March 16 (Wire) -" names no March in England)."""
    rx = _regexes()
    return tuple(sorted(m.span() for key in ("day_month", "month_day") for m in rx[key].finditer(text)))


@cache
def temporal_words() -> frozenset[str]:
    """The words of time of the dates lexicon: units, parts of the day, weekdays, months."""
    lex = _lexicon()
    return frozenset(lex["temporal_words"]) | day_parts() | frozenset(lex["weekdays"]) | frozenset(lex["months"])


@cache
def day_parts() -> frozenset[str]:
    """The parts of a day of the dates lexicon ("night", "morning", "dawn")."""
    return frozenset(_lexicon()["day_parts"])


@cache
def time_units() -> frozenset[str]:
    """The plural units of time among the dates lexicon's words of time ("hours", "days", "years": a word in -s
    whose singular is one too); not weekdays or months."""
    words = _lexicon()["temporal_words"]
    return frozenset(w for w in words if w.endswith("s") and w[:-1] in words)


@cache
def month_names() -> tuple[str, ...]:
    """The months' full names in calendar order, lower case ("january" ... "december"; dates_lexicon.yaml
    months, whose other forms are short: "jan", "sept")."""
    months = _lexicon()["months"]
    return tuple(max((w for w, n in months.items() if n == k), key=len) for k in range(1, 13))


def is_weekday(token) -> bool:
    """Whether a word names a day of the week in full ("Wednesday"; dates_lexicon.yaml weekdays)."""
    return len(token.text) > 3 and token.lower_ in _lexicon()["weekdays"]


def past_perfect(verb) -> bool:
    """Whether a verb (a spaCy Token) is told in the past perfect ("had said", "it'd foiled")."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)


def is_future(token) -> bool:
    """Whether the verb governing ``token`` (a spaCy Token) is in future tense."""
    lex = _lexicon()
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:  # spaCy makes a new Token on each access: compare indices
        verb = verb.head
    for _ in range(3):  # the verb, then up through xcomp/ccomp chains ("are supposed to implement")
        for child in verb.children:
            if child.dep_ == "aux" and child.lower_ in lex["future_aux"]:
                return True
            if (child.dep_ == "aux" and child.lower_ in lex.get("reported_future_aux", ()) and _reported(verb, lex)
                    and not any(c.dep_ == "neg" for c in verb.children)):
                # "organisers said there would be a march on Friday": the future of a past saying (not
                # "said police would not comment on Friday", a refusal then)
                return True
        if verb.lower_ in lex["future_catenatives"] and any(c.dep_ in ("aux", "auxpass") for c in verb.children) \
                and not any(c.dep_ == "dobj" for c in verb.children) and not _literal(verb, lex):
            # ("is set to meet", "are due on Friday"; not "had set fire to a bus": a catenative takes a clause, not an object)
            return True
        if verb.dep_ not in ("xcomp", "ccomp", "conj") or verb.head == verb:
            break
        verb = verb.head
    return False


def _literal(verb, lex) -> bool:
    """Whether a catenative that is also a plain verb of result (dates_lexicon.yaml
    ``literal_catenatives``: "set") is told as that verb, no clause to come: a particle or
    predicate ("a camp was set up", "hostages were set free") or a result word ("offices were set
    on fire", "set alight"; dates_lexicon.yaml ``literal_results``)."""
    if verb.lemma_.lower() not in lex["literal_catenatives"] and verb.lower_ not in lex["literal_catenatives"]:
        return False  # "the results are expected out on Monday": a particle of another catenative is no result
    results = lex["literal_results"]
    children = list(verb.children)
    if any(c.dep_ == "xcomp" for c in children):  # "is set to meet": a clause to come
        return False
    for child in children:
        if child.dep_ in ("prt", "oprd") or (child.dep_ in ("advmod", "acomp") and child.lower_ in results):
            return True
        if child.dep_ == "prep" and any(g.dep_ == "pobj" and g.lower_ in results for g in child.children):
            return True
    return False


def _designated(doc, span) -> bool:
    """Whether a day is named as what it is to be: "declared Wednesday a day of mourning" (the verb
    right before the day, "a", "an" or "as" right after it, and an observance or a deadline among
    the next words: dates_lexicon.yaml ``designation_nouns``; not "declared Monday that ...", the
    day of the saying, nor "declared Monday a success", "made Sunday a day of terror", what a past
    day was)."""
    first = span[0]
    if first.i == 0 or first.i + 1 >= len(doc) or not is_weekday(first):
        return False
    lex = _lexicon()
    if doc[first.i - 1].lemma_.lower() not in lex["designation_verbs"] or doc[first.i + 1].lower_ not in ("a", "an", "as"):
        return False
    told = " ".join(t.lower_ for t in doc[first.i + 2:first.i + 8] if not t.is_punct or t.lower_ == "-")
    return re.search(rf"\b(?:{'|'.join(lex['designation_nouns'])})\b", told) is not None


def _called_act_day(doc, span) -> bool:
    """Whether a day ("on Friday") comes right after an act held on a day that a verb calls for
    ("called for another march on Friday", "appealed for a strike on Monday": dates_lexicon.yaml
    ``call_for_verbs``, ``called_act_nouns``): the day the act is to be, not the call's (not "called
    for an inquiry on Friday", nor "called on Friday for a march": the day before the act is the call's)."""
    first = span[0]
    if first.i < 2 or doc[first.i - 1].lower_ != "on":
        return False
    lex = _lexicon()
    act = doc[first.i - 2]
    if act.lemma_.lower() not in lex["called_act_nouns"] and act.lower_ not in lex["called_act_nouns"]:
        return False
    prep = act.head if act.dep_ == "pobj" else None
    return prep is not None and prep.lower_ == "for" and prep.head.lemma_.lower() in lex["call_for_verbs"] \
        and act.left_edge.i == prep.i + 1


def _reported(verb, lex) -> bool:
    """Whether a verb is the clause of a past verb of saying ("said (that) it would ...")."""
    head = verb.head
    return (verb.dep_ == "ccomp" and head.i != verb.i and head.tag_ in ("VBD", "VBN")
            and head.lemma_.lower() in lex.get("reported_future_verbs", ()))


class DateStage:
    """Append a :class:`~sitrep.model.DateRef` for every date expression."""

    name = "dates"
    needs = ()
    adds = ("dates",)

    def __init__(self, options: Options) -> None:
        self.options = options

    def __call__(self, analysis: Analysis) -> Analysis:
        doc = analysis.doc
        text = analysis.article.text
        published = analysis.article.published or analysis.options.published or dateline_date(text)
        spans: list[tuple[int, int]] = []
        for ent in doc_ents(doc):
            if ent.label_ in ("DATE", "TIME") and tells_a_date(ent):
                spans.append((ent.start_char, ent.end_char))
        for m in _regexes()["weekday"].finditer(text):
            if m["wd"][0].isupper() and len(m["wd"]) >= 6 and not any(s < m.end() and m.start() < e for s, e in spans):
                spans.append((m.start(), m.end()))
        for start, end in sorted(spans):
            while end > start and not text[end - 1].isalnum():
                end -= 1
            span = doc.char_span(start, end, alignment_mode="expand")
            future = is_future(span.root) if span is not None else False
            # "called a strike for Monday", "talks set for March 3": a day something is fixed for is to come
            # (not "for Saturday's violence": a possessive names a day past)
            future = future or (span is not None and span.start > 0 and doc[span.start - 1].lower_ == "for"
                                and not (span.end < len(doc) and doc[span.end].lower_ in ("'s", "’s")))
            future = future or (span is not None and _designated(doc, span)) or (span is not None and _called_act_day(doc, span))
            analysis.dates.append(DateRef(date=resolve_date(text[start:end], published, future=future), text=text[start:end], start=start, end=end))
        return analysis
