"""Casualty figures (and counts of people arrested or escaped) and target framings read from
article text (no parser needed).

Casualty figures come first from the extract stage: every ``dead``/``injured`` claim
of a report's events carries a :class:`~sitrep.model.Magnitude` with its span (report
JSON keeps them), and :mod:`sitrep.merge.mentions` reads those. :func:`find_figures`
is the fallback for what no claim covers: a follow-up that tells no attack ("the toll
has risen to 17"), counts the parse misses ("bodies of two", a headline run into the
first sentence). Its small patterns are built from ``data/merge_cues.yaml`` and the
number words of ``data/magnitudes_numbers.yaml``; values are parsed by
:func:`sitrep.extract.magnitudes.parse_quantity`, so "more than 25" is (26, None)
everywhere in sitrep.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

import yaml

from sitrep.extract.dates import month_names, written_date_spans
from sitrep.extract.elsewhere import other_incident_re, told_elsewhere
from sitrep.extract.magnitudes import generic_counted, ordinal_numbers, parse_quantity, record_words, running_total_re, toll_update_forms, zero_elsewhere_words
from sitrep.resources import data_text

__all__ = ["TextFigure", "find_figures", "cues", "other_incident_re", "target_frame", "casualty_denial", "running_total", "sentence_bounds"]


@cache
def cues() -> dict[str, Any]:
    """The merge cue lexicon (``data/merge_cues.yaml``)."""
    return yaml.safe_load(data_text("merge_cues.yaml") or "")


@cache
def hazard_re() -> re.Pattern[str]:
    """A natural hazard or a mishap told: a noun of one (events.yaml natural_hazards, accident_heads: "floods",
    "a bus crash") or a verb (merge_cues.yaml mishap_verbs: "collapsed", "capsized", "drowned", "swept away").
    Not the fire of weapons or of arson ("opened fire", "set fire to", "cease-fire")."""
    from sitrep.extract.lexicon import load_event_lexicon

    lex = load_event_lexicon()
    words = sorted(lex.natural_hazards | lex.accident_heads, key=len, reverse=True)
    verbs = sorted(cues()["mishap_verbs"], key=len, reverse=True)
    return re.compile(rf"(?<!\bopened )(?<!\bopen )(?<!\bopens )(?<!\bopening )(?<!\bset )(?<!\bsets )(?<!\bsetting )(?<!\bcease-)(?<!\bcease )"
                      rf"\b(?:(?:{'|'.join(map(re.escape, words))})(?:s|es)?|{'|'.join(verbs)})\b", re.I)


@cache
def _violence_re() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{'|'.join(cues()['violence_words'])})\b", re.I)


def tells_violence(text: str) -> bool:
    """Whether ``text`` (a report's title and lead) tells of violence in its own words: a word of an attack or
    its doers (merge_cues.yaml violence_words: "killed", "shot", "gunmen") and no hazard or mishap
    (:func:`hazard_re`: "were killed when a building collapsed")."""
    return _violence_re().search(text) is not None and hazard_re().search(text) is None


@cache
def _numbers() -> dict[str, Any]:
    return yaml.safe_load(data_text("magnitudes_numbers.yaml") or "")


def _alt(words: list[str]) -> str:
    return "|".join(sorted((w.replace(" ", r"[^\S\n]+") for w in words), key=len, reverse=True))


@cache
def _qnum() -> str:
    """A quantity phrase: optional qualifier, then digits, number words or a vague plural.

    Whitespace in every pattern stops at a line break, so a headline never runs into
    the first paragraph.
    """
    nums = _numbers()
    words = [w for w in nums["words"] if w not in ("a", "an", "single")]
    vague = _alt([w for w in nums["vague"] if w not in ("many", "a number")])
    core = rf"(?:{_numeral()}|{vague})(?:[^\S\n]+(?:{_alt(list(nums['scales']))}))?"
    quals = _alt([p for ps in nums["qualifiers"].values() for p in ps])
    return rf"(?P<q>(?:between[^\S\n]+)?(?:(?:{quals})[^\S\n]+)?{core}(?:[^\S\n]+(?:to|and|-)[^\S\n]+{core})?)"


def _numeral() -> str:
    """A number in digits or words ("276", "1,200", "twenty-one"), no qualifier, scale or vague plural."""
    words = [w for w in _numbers()["words"] if w not in ("a", "an", "single")]
    word = rf"(?:{_alt(words)})(?:[- ](?:{_alt(words)}))?"
    return rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|{word})"


def _partitive() -> str:
    """A partitive "of the" (merge_cues.yaml ``partitive_determiners``), and the number of the set it takes from
    ("of the 276"): the count before it counts a part of that set, the escapers, not the set."""
    return rf"of[^\S\n]+(?:{_alt(cues()['partitive_determiners'])})(?:[^\S\n]+{_numeral()})?"


@cache
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    c = cues()
    q = _qnum()
    aux = r"(?:[^\S\n]+(?:" + _alt(c["auxiliaries"]) + r"))*"
    # what was counted, up to three words, none a coordinator that a verb of these counts follows: "seven
    # civilians and wounded 19" coordinates a second verb, it counts no one wounded; "forced passengers off two
    # buses and shot dead nine men" counts no buses shot dead; "30 women and children were killed" counts both
    verbs = _alt(c["killed_after"] + c["injured_after"] + c["arrested_after"] + arrest_forms()[0] + c["escaped_after"])
    word = rf"[^\S\n]+(?!(?:{_alt(c['coordinators'])}){aux}[^\S\n]+(?:{verbs})\b)[A-Za-z][\w'’-]*"
    counted = rf"(?P<of>(?:{word}){{0,3}}?)"
    # of escapers, after a partitive "of the" too ("two of the abducted girls escaped": "escaped" is no participle
    # that describes a set, as "wounded" is in "one of the six soldiers wounded in the ambush died")
    escapers = rf"(?P<of>(?:[^\S\n]+{_partitive()}(?=[^\S\n]+[A-Za-z]))?(?:{word}){{0,3}}?)"
    flags = re.I
    pats = [
        ("killed", rf"\b{q}{counted}{aux}[^\S\n]+(?:{_alt(c['killed_after'])})\b"),
        ("killed", rf"\b(?:{_alt(c['killed_before'])})[^\S\n]+{q}(?P<of2>(?:[^\S\n]+[a-z][\w-]*){{0,2}}?)[^\S\n]*(?:dead\b|people\b|civilians\b|militants\b|fighters\b|soldiers\b|,|\.|$| and | in | when | as )"),
        ("killed", rf"\b(?:{_alt(c['toll_nouns'])})\b(?P<mid>(?:[^\S\n]+[\w'’-]+){{0,14}}?)[^\S\n]+(?:to|at|of|reached|hit|stood[^\S\n]+at|stands[^\S\n]+at|is|was)[^\S\n]+{q}\b"),
        ("killed", rf"\b(?:{_alt(c['bodies'])})[^\S\n]+of[^\S\n]+{q}\b"),
        ("killed", rf"\b{q}[^\S\n]+(?:{_alt(c['bodies'])})\b"),
        ("killed0", r"\b(?P<z>no[^\S\n]+one|nobody|none|no(?:[^\S\n]+[a-z]+){1,2}?)[^\S\n]+(?:(?:were|was|had|has|have|been|had been|has been|have been)[^\S\n]+)+(?:killed|died|dead)\b"),
        # "a third guard died of his wounds": the toll is now three
        ("killed_ordinal", rf"\b(?:a|the)[^\S\n]+(?P<q>{_alt(list(ordinal_numbers()))})(?P<of>(?:[^\S\n]+[a-z][\w'’-]*)?[^\S\n]+"
                           rf"(?:{_alt(c['ordinal_victims'])}))(?:[^\S\n]+(?:later|also|then|subsequently))?[^\S\n]+"
                           r"(?:died|succumbed|perished|(?:was|has[^\S\n]+been|had[^\S\n]+been)[^\S\n]+(?:killed|shot[^\S\n]+dead))\b"),
        ("injured", rf"\b{q}{counted}{aux}[^\S\n]+(?:{_alt(c['injured_after'])})\b"),
        ("injured", rf"\b(?:{_alt(c['injured_before'])})[^\S\n]+{q}\b"),
        ("arrested", rf"\b{q}{counted}{aux}[^\S\n]+(?:{_alt(c['arrested_after'] + arrest_forms()[0])})\b"),
        # the counted noun after the count ("arrested 12 protesters", "detained three suspected militants"), one
        # word not of spaCy's stop words, with a participle or a name before it ("arrested 12 Boko Haram suspects":
        # _name_run, then the noun in lower case), so two groups arrested are not one count
        ("arrested", rf"\b(?:{_alt(c['arrested_before'] + arrest_forms()[0] + arrest_forms()[1])})[^\S\n]+{q}(?P<of2>[^\S\n]+(?:[a-z]+ed[^\S\n]+|{_name_run()})?(?!{_stop()}\b)[a-z][\w'’-]*)?\b"),
        ("escaped", rf"\b{q}{escapers}{aux}[^\S\n]+(?:{_alt(c['escaped_after'])})\b"),
    ]
    return [(field, re.compile(p, flags)) for field, p in pats]


@cache
def _name_run() -> str:
    """A group's name before a counted noun ("12 Boko Haram suspects", "three U.S. citizens"): capitalised words,
    each closed by a space (a full stop only in an abbreviation, so no run crosses a sentence end: "arrested
    12 Monday. Officials said"), none a word of time of the dates lexicon ("12 Monday night")."""
    from sitrep.extract.dates import temporal_words

    times = _alt(sorted(temporal_words()))
    return rf"(?-i:(?:(?!(?i:{times})\b)[A-Z][\w'’-]*(?:\.[A-Z])*\.?(?<![a-z]\.)[^\S\n]+)+(?=[a-z]))"


def _inflect(lemma: str) -> tuple[str, str]:
    """The regular past participle and present participle of a verb ("arrest": "arrested",
    "arresting"; "nab": "nabbed", "nabbing"; "seize": "seized", "seizing")."""
    if re.fullmatch(r"[^aeiou]?[^aeiou][aeiou][^aeiouwxy]", lemma):
        lemma += lemma[-1]  # one short syllable: the consonant doubles
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    return stem + "ed", stem + "ing"


@cache
def arrest_forms() -> tuple[list[str], list[str]]:
    """(past participles, present participles) of the verbs events.yaml ``verbs`` codes as ACLED
    Arrests ("arrest", "detain"): the verbs of an arrest count ("police arrested 12", "40 were detained")."""
    from sitrep.codebook import events_yaml

    verbs = events_yaml()["verbs"]
    forms = [_inflect(lemma) for lemma, spec in verbs.items() if isinstance(spec, dict) and spec.get("acled") == "Arrests" and " " not in lemma]
    return [p for p, _ in forms], [g for _, g in forms]


@cache
def _stop() -> str:
    """spaCy's English stop words and the words of time as a regex alternation ("in", "over",
    "yesterday", "Monday": no counted noun)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from sitrep.extract.dates import temporal_words

    return rf"(?:{_alt(sorted(STOP_WORDS | temporal_words()))})"


@cache
def _time_word() -> re.Pattern[str]:
    """Units of time counted right after a count (dates.time_units, the plurals of dates_lexicon.yaml's words of
    time: "arrested 12 hours later", "detained 48 hours after the protest"): a span, no count of people
    ("arrested 12 yesterday" still counts 12)."""
    from sitrep.extract.dates import time_units

    units = sorted(time_units())
    return re.compile(rf"[^\S\n]+(?:{_alt(units)})\b", re.I)


@cache
def _captivity() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    """The captives' nouns and their takers' (events.yaml ``rescued_captives`` nouns and takers: "hostages",
    "kidnappers"), each with its plural (all regular) and, hyphened, written apart ("hostage takers"); with the
    nouns, and third, the participles that make anyone a captive (``taken``: "the abducted girls", "the kidnapped
    students"; not the stems, "kidnap suspects" are no captives)."""
    from sitrep.codebook import events_yaml

    spec = events_yaml()["rescued_captives"]

    def forms(words: list[str]) -> list[str]:
        out = [w for word in words for w in (word, word.replace("-", " "))]
        return list(dict.fromkeys(f for w in out for f in (w, w + "s")))

    taken = frozenset(w for w in spec["taken"] if w.endswith("ed"))
    return frozenset(forms(spec["nouns"])) | taken, tuple(forms(spec["takers"])), taken


@cache
def _custody_re() -> re.Pattern[str]:
    """An escape out of a place of custody ("from the prison", "out of jail", "from captivity"; merge_cues.yaml
    custody_places) or from who held them ("from their kidnappers": _captivity)."""
    places = _alt(cues()["custody_places"] + list(_captivity()[1]))
    return re.compile(rf"[^\S\n]+(?:from|of|out[^\S\n]+of)[^\S\n]+(?:[\w'’-]+[^\S\n]+){{0,2}}?(?:{places})\b", re.I)


@cache
def _survived_re() -> re.Pattern[str]:
    """A survival told after an escape verb ("escaped with minor injuries", "escaped unhurt"; merge_cues.yaml
    ``survived_after``), not an escape with help ("escaped with the help of guards")."""
    return re.compile(rf"[^\S\n]+(?:with[^\S\n]+(?:[\w'’-]+[^\S\n]+){{0,2}}?)?(?:{_alt(cues()['survived_after'])})\b", re.I)


def _escape_of_custody(m: re.Match[str], text: str) -> bool:
    """Whether an escape count is of people held (merge_cues.yaml ``escaper_nouns``: "40 inmates
    escaped"; the captives of _captivity, "two hostages escaped") or out of custody ("40 escaped from the
    prison", "fled the jail", "three students escaped from captivity", "from their kidnappers"); not a survival
    ("two hostages escaped with minor injuries": _survived_re)."""
    c = cues()
    if _survived_re().match(text, m.end()):
        return False
    words = (m.group("of") or "").lower().split()
    if words and (words[-1] in c["escaper_nouns"] or words[-1] in _captivity()[0]):
        return True
    if len(words) > 1 and words[-2] in _captivity()[2]:
        return True  # "two of the abducted girls", "three kidnapped students": captives named by what was done to them
    held = re.compile(rf"\b(?:{_alt(c['custody_places'])})\b", re.I)
    return bool(held.search(m.group(0)) or _custody_re().match(text, m.end()))


# the present perfect of a count: "have" before the count and its verb ("police have detained 300", "have now
# killed 40", "have rounded up 300"), or after the count and its noun ("2,000 people have been arrested", "300 have so far been killed")
_PERFECT_BEFORE = re.compile(r"\b(?:have|has)(?:[^\S\n]+(?:now|so[^\S\n]+far|already))?[^\S\n]+(?:[\w'’-]+[^\S\n]+){0,2}$", re.I)
_PERFECT_AFTER = re.compile(r"(?:[^\S\n]+[\w'’-]+){0,4}?[^\S\n]+(?:have|has)(?:[^\S\n]+(?:now|so[^\S\n]+far|already|reportedly))?"
                            r"[^\S\n]+been[^\S\n]+[\w'’-]+", re.I)
# "since" a few words on in the same clause (no comma between): "have been killed in attacks in the city since"
_SINCE = re.compile(r"(?P<gap>(?:[^\S\n]+[\w'’-]+){0,5}?)[^\S\n]+(?=since\b)", re.I)


@cache
def _record_re() -> re.Pattern[str]:
    """A noun the words before a "since" mark as a record (magnitudes_numbers.yaml ``record_words`` or a
    superlative after "the" or an owner: "the deadliest attack since March", "the worst violence since", "its
    first such strike since"): the "since" dates the record, as the extract stage reads it (dates_a_record)."""
    return re.compile(rf"\b(?:the|its|their|[\w-]+['’]s)[^\S\n]+(?:[\w-]+[^\S\n]+)?(?:{_alt(sorted(record_words()))}|[a-z]{{3,}}est)"
                      r"[^\S\n]+[\w'’-]", re.I)


def running_total(text: str, start: int, end: int, field: str) -> bool:
    """Whether the count at [start, end) (the quantity, or the quantity with its verb) is a running total in
    the present perfect up to now: a campaign's count, not the incident's. Of arrests and escapes, since
    anything ("More than 2,000 people have been arrested since January", "police have detained 300 since the
    protests began"); of the dead and the hurt, since a month or a year or the start of a war (magnitudes'
    running_total_re: "More than 300 people have been killed in attacks in the city since January"; "have been
    killed since Friday" is the toll of one incident that runs on). Not a "since" that dates a record ("have
    been killed in the deadliest attack since March": :func:`_record_re`)."""
    after = _PERFECT_AFTER.match(text, end)
    if after is None and _PERFECT_BEFORE.search(text[max(0, start - 24):start]) is None:
        return False
    since = _SINCE.match(text, after.end() if after is not None else end)
    if since is None or _record_re().search(since.group("gap")):
        return False
    return field in ("arrested", "escaped") or running_total_re().match(text, since.end()) is not None


@dataclass(slots=True)
class TextFigure:
    field: str  # killed | injured | arrested | escaped
    min: int | None
    max: int | None
    qualifier: str
    start: int  # offsets of the whole matched phrase in the text
    end: int
    of: str | None = None
    update: bool = False
    # a toll summed from parts told apart ("killing two officers ... One of the wounded later died": 3), the span of
    # each part, in text order: each part's teller is a claimer of the sum (start/end run from the first to the last)
    parts: tuple[tuple[int, int], ...] = ()


def _of(raw: str | None) -> str | None:
    if not raw:
        return None
    c = cues()
    words = [w for w in raw.split() if w.lower() not in c["auxiliaries"]]
    if words and words[0].lower() == "of":
        words = words[1:]  # "dozens of people", "hundreds of protesters": what follows "of" is counted
        if words and words[0].lower() in c["partitive_determiners"]:
            words = words[1:]  # "two of the students": the students
            if words and re.fullmatch(_numeral(), words[0], re.I):
                words = words[1:]  # "two of the 276 schoolgirls": the schoolgirls
    if not words or all(w.lower() in generic_counted() for w in words):
        return None
    return " ".join(words)


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """Where the sentence of ``text`` around offset ``pos`` starts and ends (a full stop and a space,
    or a line break)."""
    left = max(text.rfind(". ", 0, pos) + 2, text.rfind("\n", 0, pos) + 1, 0)
    ends = [i for i in (text.find(". ", pos), text.find("\n", pos)) if i >= 0]
    return left, (min(ends) if ends else len(text))


def _sentence(text: str, pos: int) -> tuple[str, int]:
    """The sentence of ``text`` around offset ``pos``, and where it starts."""
    left, right = sentence_bounds(text, pos)
    return text[left:right], left


# what makes an ordinal death another one than the incident's ("a third guard died of his wounds" is its own):
# another time ("in March", "in 2023", "last month", "earlier this month"), "another" place or incident, or another
# cause than the wounds ("died of cholera", "from malaria"; "died of stab wounds", "from head injuries" are the
# wounds). "earlier" and "another" count only in the ordinal's own clause (up to a comma or semicolon), and neither
# "earlier on Tuesday"/"earlier today" (the same day) nor "another officer said" (a source) is another time or place.
_ORDINAL_OTHER_CLAUSE = re.compile(r"\b(?:earlier(?![^\S\n]+(?:on|today|in[^\S\n]+the[^\S\n]+day)\b)"
                                   r"|another(?![^\S\n]+[\w'’-]+(?:[^\S\n]+[\w'’-]+)?[^\S\n]+(?:said|says|told|added)\b))\b", re.I)
_ORDINAL_OTHER_CAUSE = re.compile(r"[^\S\n]+(?:of|from)[^\S\n]+(?!(?:(?:his|her|their|the|its)[^\S\n]+)?(?:[\w-]+[^\S\n]+){0,2}"
                                  r"(?:wounds?|injuries|injury|burns)\b)", re.I)


@cache
def _ordinal_other_time() -> re.Pattern[str]:
    """A month named without its day ("in March"; the months of the dates lexicon), a year, "last week",
    "previous", "similar": the time of another incident (_ordinal_elsewhere)."""
    months = "|".join(m.capitalize() for m in month_names())
    return re.compile(rf"\b(?:(?-i:{months})\b(?!\s+\d)"
                      r"|(?:19|20)\d\d\b|last[^\S\n]+(?:week|month|year)|previous|similar)", re.I)


def _ordinal_elsewhere(sentence: str, left: int, start: int, end: int) -> bool:
    """Whether an ordinal death from ``start`` to ``end`` (text offsets) in ``sentence`` (starting at ``left``)
    is told with another time or place than the incident's, or of another cause."""
    a, b = start - left, end - left
    cl = max(sentence.rfind(",", 0, a), sentence.rfind(";", 0, a)) + 1
    cr = min([i for i in (sentence.find(",", b), sentence.find(";", b)) if i >= 0], default=len(sentence))
    return bool(_ordinal_other_time().search(sentence) or _ORDINAL_OTHER_CLAUSE.search(sentence, cl, cr)
                or _ORDINAL_OTHER_CAUSE.match(sentence, b))


def _no_one(text: str, qs: int, qe: int) -> bool:
    """Whether the count word at ``qs:qe`` is the "one" of "no one" / "no-one" (nobody), not a count of one."""
    return text[qs:qe].lower() == "one" and re.search(r"\bno(?:[^\S\n]+|-)$", text[max(0, qs - 4):qs], re.I) is not None


@cache
def _zero_elsewhere_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = "|".join(sorted(zero_elsewhere_words()))
    return (re.compile(rf"[^\S\n](?:{words})$", re.I),
            re.compile(rf"[^\S\n]+(?:in|at|during)[^\S\n]+(?:(?:the|a|an)[^\S\n]+)?(?:{words})\b", re.I))


def _zero_elsewhere(text: str, z: str, end: int) -> bool:
    """Whether a zero (its subject ``z``, the match ending at ``end``) is told of others ("no one else was
    killed") or of another blast ("no one was killed in the second", "in a second explosion"): no toll of
    the incident (magnitudes.zero_elsewhere_words, as the extract stage's zeros read them; the patterns
    built once)."""
    others, another = _zero_elsewhere_res()
    return others.search(z) is not None or another.match(text, end) is not None


def _matches(rx: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of ``rx`` in ``text``, as ``finditer`` gives them; one whose count begins in a day written with
    its month ("MAIDUGURI, Aug 19 - Two inmates escaped": "19 - Two" read as a range) is sought again after it."""
    dates = written_date_spans(text)
    pos = 0
    while pos <= len(text) and (m := rx.search(text, pos)) is not None:
        q = m.start("q") if "q" in rx.groupindex else -1
        day = next((e for s, e in dates if s <= q < e), None)
        if day is not None:
            pos = day
            continue
        yield m
        pos = max(m.end(), m.start() + 1)


def find_figures(text: str) -> list[TextFigure]:
    """Every killed/injured count (and arrested/escaped count) stated in ``text`` for the incident, in text order.

    One per phrase; counts in a sentence that gives a background total ("since
    2011", "the war has killed") or tells of another incident ("in a separate
    attack", "last week") are left out.
    """
    found: list[TextFigure] = []
    taken: list[tuple[int, int, str]] = []
    update_rx = re.compile(rf"\b(?:{_alt(cues()['update_cues'])})\b", re.I)
    before_rx = re.compile(rf"\b(?:{_alt(list(toll_update_forms()))})[^\S\n]+(?:the[^\S\n]+)?$", re.I)
    near_rx = re.compile(rf"\b(?:{_alt(cues()['near_miss'])})[^\S\n]+(?:{_alt(cues()['killed_after'])})$", re.I)
    for field, rx in _patterns():
        for m in _matches(rx, text):
            sentence, left = _sentence(text, m.start())
            if field == "killed0":
                value: tuple[int | None, int | None, str] | None = (0, 0, "exact")
                field_name, qs, qe = "killed", m.start("z"), m.end("z")
                if _zero_elsewhere(text, m.group("z"), m.end()):
                    continue  # "no one else was killed", "no one was killed in the second blast": not the incident's
            elif field == "killed_ordinal":
                if _ordinal_elsewhere(sentence, left, m.start(), m.end()):
                    continue  # "a fifth journalist was killed in March", "a second child died of cholera"
                n = ordinal_numbers()[m.group("q").lower()]
                value, field_name, qs, qe = (n, n, "exact"), "killed", m.start("q"), m.end("q")
            else:
                value = parse_quantity(m.group("q"))
                field_name, qs, qe = field, m.start("q"), m.end("q")
            if value is None:
                continue
            if told_elsewhere(sentence, qs - left):
                continue
            if any(s < qe and qs < e and f == field_name for s, e, f in taken):
                continue
            if re.fullmatch(r"(?:19|20)\d\d", m.group("q") if field != "killed0" else "x"):
                continue  # a year, not a count
            if field != "killed0" and _no_one(text, qs, qe):
                continue  # "No one was killed", "no-one was hurt": nobody, not one
            if re.search(r"\sof\s+(?:the|those)\s+(?:dead|injured|wounded)$", m.group(0), re.I):
                continue  # "three of the dead had gunshot wounds": a part of a toll told elsewhere, not a toll
            if field != "killed0" and _time_word().match(text, qe):
                continue  # "two suspects were arrested 12 hours later": a span of time, no count
            if field == "escaped" and re.search(rf"\b{_partitive()}[^\S\n]+$", text[max(0, qs - 40):qs], re.I):
                continue  # "two of the 276 abducted schoolgirls escaped": 276 is the set, two escaped
            if field == "escaped" and not _escape_of_custody(m, text):
                continue  # "200 workers escaped through a back door": survivors of a fire, no escapers
            if field in ("arrested", "escaped", "killed", "injured") and running_total(text, qs, qe, field):
                continue  # "2,000 people have been arrested since January", "300 have been killed since January": a campaign's total
            if field == "killed" and near_rx.search(m.group(0)):
                continue  # "two children nearly drowned": no one died
            of = _of(m.groupdict().get("of") or m.groupdict().get("of2"))
            # (a toll-revising verb only with the toll as its object, "bringing the toll to 19": not "have taken 12
            # wounded to hospital")
            update = field == "killed_ordinal" or bool(update_rx.search(m.group(0)) or m.groupdict().get("mid") is not None
                                                       and before_rx.search(text, max(0, m.start() - 40), m.start()))
            taken.append((qs, qe, field_name))
            found.append(TextFigure(field_name, value[0], value[1], value[2], m.start(), m.end(), of, update))
    found.sort(key=lambda f: f.start)
    return found


@cache
def _frame_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    c = cues()
    return (re.compile(rf"\b(?:{'|'.join(c['target_civilian'])})\b", re.I),
            re.compile(rf"\b(?:{'|'.join(c['target_military'])})\b", re.I))


@cache
def _harm_re() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{'|'.join(cues()['target_harm_cues'])})\b", re.I)


@cache
def _contrasts() -> list[tuple[str, re.Pattern[str]]]:
    """(frame affirmed, pattern with the affirmed word as group "w"): who the people hit were, told
    against the other frame with no word of harm ("the men in the house were farmers, not
    fighters", "they were not militants but shepherds")."""
    c = cues()
    words = {"civilians": "|".join(c["target_civilian"]), "military target": "|".join(c["target_military"])}
    side = r"(?:[^\S\n]+(?:all|only|just|simple|ordinary|innocent|unarmed|local))*[^\S\n]+"
    out = []
    for frame, other in (("civilians", "military target"), ("military target", "civilians")):
        yes, no = words[frame], words[other]
        out.append((frame, re.compile(rf"\b(?:were|was|are|is){side}(?P<w>(?:{yes}))\b,?[^\S\n]+(?:and[^\S\n]+)?not{side}(?:{no})\b", re.I)))
        out.append((frame, re.compile(rf"\b(?:were|was|are|is)[^\S\n]+not{side}(?:{no})\b,?[^\S\n]+but{side}(?P<w>(?:{yes}))\b", re.I)))
    return out


_HEADS = ("convoy", "convoys", "depot", "depots", "position", "positions", "base", "bases", "site", "sites", "vehicle",
          "vehicles", "procession", "party", "gathering", "guests", "ceremony", "camp", "camps", "target", "targets",
          "fighters", "militants", "hideout", "hideouts", "factory", "warehouse")


_BY_AGENT = re.compile(r"\bby[^\S\n]+(?:the[^\S\n]+|its[^\S\n]+|their[^\S\n]+)?(?:[\w-]+[^\S\n]+)?$", re.I)
# an active verb after the frame word: a perfect or a relative pronoun before it ("its fighters had
# carried out", "the militants who attacked"); a bare "shot"/"killed" after a noun is as often a
# participle that names the victims ("the civilians shot at the checkpoint", "fighters killed in combat")
_DOER = re.compile(r"^[^\S\n]+(?:(?:had|have|has|who|that|which)[^\S\n]+)(?:carried[^\S\n]+out|attacked|killed|fired|opened[^\S\n]+fire|"
                   r"stormed|ambushed|shot|bombed|shelled|detained|abducted)\b", re.I)


@cache
def _care_re() -> re.Pattern[str]:
    """A care verb, then "to/in/at" and up to two words, right before a care place: "were taken to
    hospital", "died of his wounds in hospital", "treated at a local clinic" (the participles of events.yaml
    later_deaths.care_verbs and merge_cues.yaml's other words of care)."""
    from sitrep.codebook import events_yaml

    words = [*events_yaml()["later_deaths"]["care_verbs"].values(), *cues()["care_verbs"]]
    return re.compile(rf"\b(?:{'|'.join(words)})\b(?:[^\S\n]+[\w'’-]+){{0,6}}?[^\S\n]+(?:to|in|at)"
                      r"(?:[^\S\n]+[\w'’-]+){0,2}?[^\S\n]+$", re.I)


@cache
def _struck_after_re() -> re.Pattern[str]:
    """The care place is said to be hit itself, later in its sentence: "..., which was itself shelled an hour
    later", "after a drone struck it"."""
    hit = "|".join(cues()["hit_verbs"])
    return re.compile(rf"[^.;\n]*?\b(?:(?:which|that)[^\S\n]+(?:was|were|had[^\S\n]+been|has[^\S\n]+been)[^\S\n]+"
                      rf"(?:itself[^\S\n]+|also[^\S\n]+|later[^\S\n]+)?(?:{hit})\b|(?:{hit})[^\S\n]+it\b)", re.I)


def _cared_at(text: str, m: re.Match[str]) -> bool:
    """Whether a frame word is the place the hurt were cared for, not what was hit (nor a care place its
    sentence says was hit itself)."""
    return (m.group(0).lower() in cues()["care_places"] and _care_re().search(text[max(0, m.start() - 80):m.start()]) is not None
            and not _struck_after_re().match(text, m.end()))


def _agent(text: str, m: re.Match[str]) -> bool:
    """Whether a frame word names who acted, not what was hit: the agent of a passive ("detained by
    the rebels") or the doer of an active verb ("one of its fighters had carried out the attack",
    "the militants who attacked the soldiers"); not the noun a participle describes ("civilians
    attacked by the militants": the victims)."""
    return bool(_BY_AGENT.search(text[:m.start()]) or _DOER.match(text[m.end():]))


def target_frame(text: str) -> tuple[str, str] | None:
    """How ``text`` frames what was hit, when it leans one way: (frame, phrase).

    frame is "civilians" or "military target"; phrase is the words around the first
    cue of that frame as written ("Houthi weapons convoy", "wedding guests"):
    capitalised words before it and one head noun after it.
    """
    civ, mil = _frame_res()
    for frame, rx in _contrasts():
        if (told := rx.search(text)) is not None:
            return frame, told.group("w")  # "were farmers, not fighters": the side told, whatever else is named
    if not _harm_re().search(text):
        return None  # no harm told: no word of it frames what was hit
    hits_civ = [m for m in civ.finditer(text) if not _agent(text, m) and not _cared_at(text, m)]
    hits_mil = [m for m in mil.finditer(text) if not _agent(text, m)]
    if len(hits_civ) == len(hits_mil):
        return None
    frame, m = ("civilians", hits_civ[0]) if len(hits_civ) > len(hits_mil) else ("military target", hits_mil[0])
    start, end = m.start(), m.end()
    before = re.search(r"((?:[A-Z][\w'’-]*[^\S\n]+){1,3})$", text[:start])
    if before:
        start = before.start(1)
    after = re.match(r"[^\S\n]+(\w+)", text[end:])
    if after and after.group(1).lower() in _HEADS:
        end += after.end(1)
    phrase = text[start:end]
    phrase = re.sub(r"^(?:The|A|An)[^\S\n]+", "", phrase)
    return frame, phrase


_DENIAL = re.compile(
    r"\b((?:reports?|claims?|allegations?|accounts?)[^\S\n]+of[^\S\n]+(?:\w+[^\S\n]+)?(?:fatalities|deaths|casualties|dead|killings|civilian[^\S\n]+casualties))"
    r"[^\S\n]+(?:are|were|is|was)[^\S\n]+(?:\w+[^\S\n]+)?(?:false|untrue|baseless|fabricated|unfounded|incorrect|lies|exaggerated)\b",
    re.I)


def casualty_denial(text: str) -> str | None:
    """The denied phrase of "reports of fatalities are false" and the like, or None."""
    m = _DENIAL.search(text)
    return m.group(1) if m else None
