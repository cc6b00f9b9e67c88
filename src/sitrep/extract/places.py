"""Places: find toponyms and resolve them against the gazetteer.

Recognition: NER GPE/LOC/FAC spans and cue patterns ("the town of X", "X province",
"Laurel County", "northern X", street names), plus names the small NER mislabels (a
one-word PERSON or ORG standing where places stand, the place that opens or closes an
organisation's name, capitalised datelines), then one sense per article: a name found
as a place once is a place wherever else it appears, outside people's full names.
Spans that say more than the name are cut to it ("Northeast Georgia" -> "Georgia").
Spans that the actor stage marked as a demonym, an armed group or a person named in
full ("Daesh", a surname the NER took for a GPE) are skipped.

Resolution: every name alone first; then, one name at a time until nothing changes,
every name again with the evidence of the *other* names (their chosen countries and
admin areas, weighted by how often each is named, the areas each of them may lie in,
and counties named with a town inside them), so "Paris" next to "Texas" is Paris, TX,
"Paris" with "Henry County" is Paris, TN, and "Litchfield" next to "Torrington" is the
Connecticut town. Unresolved toponyms are kept with
``resolved=False``; they never change the rest of the article.
"""
from __future__ import annotations

import datetime as dt
import logging
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

import yaml

from sitrep.annotate.tokens import doc_ents, doc_text, doc_tokens
from sitrep.codebook import load_codebook
from sitrep.config import Options
from sitrep.extract.base import Analysis
from sitrep.extract.dates import tells_a_date, written_date_spans
from sitrep.gazetteer import GazRecord, Gazetteer, fold, haversine_km, square
from sitrep.ingest.clean import DATELINE, DATELINE_NAME
from sitrep.model import Place

__all__ = ["PlaceStage", "area_by_name", "dateline_country", "dateline_outlet_spans", "dateline_outlets", "dateline_spans", "find_toponyms", "named_areas", "place_nouns", "shared_gazetteer",
           "struck_by_arms", "struck_name", "told_as_place", "told_as_town", "town_elsewhere", "town_named", "unarticled_water", "water_named", "water_spans"]

log = logging.getLogger(__name__)

NER_LABELS = ("GPE", "LOC", "FAC")
LOCATIVE_PREPS = {"in", "near", "outside", "around", "of", "at", "from", "to", "into", "towards", "toward", "through", "across"}
# Prepositions after which a one-word name the NER took for a person or an organisation is a
# town ("in X", "near X"; not "from X", "at X" or "over X", which also take people: "a call from
# X", "a row over X").
TOWN_PREPS = frozenset({"in", "near", "outside", "around", "into", "across", "through", "throughout", "within", "toward", "towards"})
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_LEADING_THE = re.compile(r"^(?:the|The)\s+")
_LEADING_POSSESSOR = re.compile(r"^[A-Z][\w.-]*['’]s\s+(?=[A-Z])")  # "Yemen's Hodeidah" -> "Hodeidah"
_NOT_PLACE_LABELS = frozenset({"DATE", "TIME", "EVENT", "NORP", "WORK_OF_ART", "LAW", "PRODUCT", "LANGUAGE", "MONEY"})
_INITIALS = re.compile(r"(?:[A-Z]\.\s?){2,}")  # "U.S.", "D.C.", "U. K."
AREA_CANDIDATES = 60  # homonyms per name considered for the areas it may lie in
EXTRA_MIN_POPULATION = 5_000  # towns smaller than this are not trusted against the NER's label
ORG_MIN_POPULATION = 100_000  # a town that opens an organisation's name ("Ohio Supreme Court")
KNOWN_TOWN_NAMES = 10  # GeoNames alternate names from which a town is well known (prominence)
BIG_TOWN = 100_000  # chosen towns this big do not localise a story
ROUNDS = 4  # context rounds at most (most articles settle in two)
FAR_OWNER_KM = 1000  # a town this far from a country's centre and capital is no place it owns ("Peru's Andes" read in Colombia)


@cache
def _patterns() -> dict[str, list[str]]:
    text = resources.files("sitrep.data").joinpath("places_patterns.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


@cache
def _leading_article() -> str:
    """An optional lowercase article hyphened to a transliterated name ("al-Fashir", "el-Obeid")."""
    return rf"(?:(?:{'|'.join(map(re.escape, _patterns()['leading_articles']))})-)?"


MAX_NAME_WORDS = 16  # the most words a name that no cue word opens may have (see _regexes)


@cache
def _regexes() -> tuple[re.Pattern[str], ...]:
    p = _patterns()
    particles = "|".join(map(re.escape, p["name_particles"]))
    upper = "".join(chr(c) for c in range(0x41, 0x250) if chr(c).isupper())  # Latin capitals: "Şanlıurfa", "Édéa" too
    word = rf"[{upper}][\w'’]*(?:-[A-Za-z][\w'’]*)*"
    # A hyphen before an ASCII letter belongs to the word ("Guinea-Bissau", "Stratford-upon-Avon"),
    # so the separator takes only the others ("Foo-Édéa"): one way to split "A-B-C-...", not 2^n
    # (a capitalised URL slug made the matching exponential).
    name = rf"{word}(?:(?: |-(?![A-Za-z]))(?:(?:{particles})[ -])?{word})*"
    # A pattern that opens with a name has no cue before it, so the search tries every capital
    # of the text and each try runs to the end of the capitalised words: square time in a long
    # run of them (5k capital letters took 8 s). There a name has at most MAX_NAME_WORDS words.
    lead = rf"(?<![\w'’]){word}(?:(?: |-(?![A-Za-z]))(?:(?:{particles})[ -])?{word}){{0,{MAX_NAME_WORDS - 1}}}"
    alt = lambda words: "|".join(sorted(map(re.escape, words), key=len, reverse=True))  # noqa: E731
    # after a cue noun a transliterated name may open with its lowercase article ("the city of
    # al-Fashir", "the town of el-Obeid"); nowhere else, where "al-" would open any lowercase word
    of_re = re.compile(rf"\b(?:{alt(p['of_nouns'])}) of (?P<name>{_leading_article()}{name})")
    suffix_re = re.compile(rf"(?P<name>{lead}) (?:{alt(p['admin_suffixes'])})\b")
    direction_re = re.compile(rf"\b(?:{alt(p['directions'])}) (?P<name>{name})")
    # "Laurel County", "Rapides Parish": a capitalised area word is part of the name
    area_re = re.compile(rf"(?P<name>{lead} (?:{alt(p['area_name_words'])}))\b")
    street_re = re.compile(rf"(?P<name>{lead} (?:{alt(p['street_words'])}))(?![\w'’])")
    # "Butler, Warren and Clark counties": every name of the list is an area
    list_re = re.compile(rf"(?P<name>{lead}(?:, {lead}){{0,{MAX_NAME_WORDS - 1}}},? (?:and|or) {lead}) (?:{alt(p['admin_plurals'])})\b")
    # ... and "Ukraine's capital Kyiv": a country's possessive stands for "the"
    appos_re = re.compile(rf"(?:\bthe (?:[\w-]+ )?|\b[A-Z][\w.-]*['’]s )(?:{alt(p['appositive_nouns'])}) (?P<name>{name})")
    return of_re, suffix_re, direction_re, area_re, street_re, list_re, re.compile(name), appos_re


@cache
def _town_cue() -> re.Pattern[str]:
    """"the city of X", "the town X": the text calls the name a town, not an area."""
    p = _patterns()
    name = _regexes()[6].pattern
    nouns = "|".join(sorted(map(re.escape, p["town_nouns"]), key=len, reverse=True))
    return re.compile(rf"\b(?:{nouns}) (?:of )?(?P<name>{_leading_article()}{name})")


_NAME_LINKS = frozenset({"of", "for", "the", "and", "de", "du", "des", "la", "le"})


def abbreviates(word: str, name: str, *, reordered: bool = False) -> bool:
    """Whether ``word`` is an acronym of ``name``: each of the name's capitalised words in order
    gives its first letter or its first letters ("COSATU", "Cosatu": the COngress of South African
    Trade Unions), linking words ("of", "the") give none or their first; where ``reordered``, an
    acronym of the name in another language also ("PAIGC" for the African Party for the
    Independence of Guinea and Cape Verde): the capitals' letters in another order, one spare but
    the first word's. A dateline or a bracket in the NER's name is no part of it ("JOHANNESBURG -
    The Congress ...", "... Unions (Cosatu")."""
    name = name.split(" - ")[-1].split("(")[0]
    words = [w for w in re.findall(r"[A-Za-z]+", name)]
    while words and words[0].lower() == "the":
        words.pop(0)
    if len(words) < 2:
        return False
    letters = word.lower()

    def fits(i: int, j: int) -> bool:  # letters[i:] spelt by words[j:]
        if j == len(words):
            return i == len(letters)
        w = words[j].lower()
        if words[j][:1].islower() or w in _NAME_LINKS:
            if fits(i, j + 1):
                return True
        if i == len(letters) or letters[i] != w[0]:
            return False
        return any(fits(i + k, j + 1) for k in range(1, min(len(w), len(letters) - i) + 1) if letters[i:i + k] == w[:k])

    if fits(0, 0) or not reordered:
        return fits(0, 0)
    capitals, wanted = Counter(w[0] for w in words if w[:1].isupper()), Counter(word.upper())
    return len(letters) >= 3 and not (wanted - capitals) and sum(capitals.values()) - len(word) <= 1 \
        and words[0][:1].isupper() and capitals[words[0][0]] <= wanted[words[0][0]]


_ACRONYM_AFTER = re.compile(r"\s*\((?P<acr>[A-Z][A-Za-z]{1,9})\)")
_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*|[a-z]+")


def acronym_named(text: str) -> list[tuple[int, int]]:
    """(start, end) of each name the text abbreviates in brackets right after it ("the African
    Party for the Independence of Guinea and Cape Verde (PAIGC)", "the Congress of South African
    Trade Unions (COSATU)"): a body's whole name, whatever the NER made of it. The places and
    countries inside it are words of the name, no place of the story nor an actor."""
    return [(s, e) for s, e, _ in _acronym_named(text)]


def acronyms_given(text: str) -> list[tuple[int, int, str]]:
    """(start, end, acronym) of each name :func:`acronym_named` finds, with the acronym its
    brackets give ("the Ministry of Defence (MoD)": the name's span and "MoD"): a body the text
    names by it later is that name's."""
    return list(_acronym_named(text))


@lru_cache(maxsize=8)  # read by the actor and the place stage on the same text
def _acronym_named(text: str) -> tuple[tuple[int, int, str], ...]:
    out = []
    for m in _ACRONYM_AFTER.finditer(text):
        words = []  # the name's words backwards from the bracket, capitalised or linking
        end = m.start()
        for w in reversed(list(_NAME_WORD.finditer(text, max(0, end - 200), end))):
            gap = text[w.end():words[-1].start() if words else end]
            if gap.strip() or (w.group()[:1].islower() and w.group() not in _NAME_LINKS):
                break
            words.append(w)
        # the longest run that opens with a capital and that the acronym abbreviates in order,
        # else in another order
        found = next((words[k].start() for reordered in (False, True) for k in range(len(words) - 1, -1, -1)
                      if words[k].group()[:1].isupper() and abbreviates(m.group("acr"), text[words[k].start():end], reordered=reordered)), None)
        if found is not None:
            out.append((found, end, m.group("acr")))
    return tuple(out)


def name_holds_state(text: str, name: tuple[int, int], start: int, states: int) -> bool:
    """Whether a state's name starting at ``start`` inside a name its acronym abbreviates
    (:func:`acronym_named`, the name at ``name``, holding ``states`` distinct states) is a word of
    that name, no state nor place of the story: the name holds two states or more ("the African
    Party for the Independence of Guinea and Cape Verde (PAIGC)") or the state is what the body is
    for ("the Movement for the Liberation of Chad (MLC)", "... for the Total Independence of Angola
    (UNITA)"). A state's own body or the state itself keeps it ("The Kenya Defence Forces (KDF)",
    "The Government of Sudan (GoS)", "The United Kingdom (UK)", "the Kurdistan Region of Iraq
    (KRI)"), and so does a state's office whose "for" names its business ("The Ministry for Foreign
    Affairs of Finland (MFAF)"; places_patterns.yaml ``state_office_heads``)."""
    if states >= 2:
        return True
    fors = list(re.finditer(r"\bfor\b", text[name[0]:start]))
    if not fors:
        return False
    head = re.findall(r"[A-Za-z]+", text[name[0]:name[0] + fors[0].start()])
    return not (head and head[-1].lower() in _patterns()["state_office_heads"])


def told_as_place(text: str) -> frozenset[tuple[int, int]]:
    """(start, end) of each name the text itself calls a place ("the village of X", "the town X",
    "Ukraine's capital X"), known to a gazetteer or not: a place, whatever the NER calls it (the
    actor stage makes no actor of it)."""
    rx = _regexes()
    return frozenset(_trim(text, m.start("name"), m.end("name")) for r in (rx[0], rx[7]) for m in r.finditer(text))


@cache
def _capital_area_re() -> re.Pattern[str]:
    """"X District", "X Province": a name before a capitalised area word."""
    words = sorted((w.capitalize() for w in _patterns()["admin_suffixes"]), key=len, reverse=True)
    return re.compile(rf"(?P<name>{_regexes()[6].pattern}) (?:{'|'.join(map(re.escape, words))})\b")


def _area_cue(text: str, m: re.Match[str], gazetteer: Gazetteer | None) -> bool:
    """Whether "X district" (a lowercase area word, ``_regexes()[1]``) calls X an area in the
    cue's own grammar (places_patterns.yaml ``area_determiners``, ``area_followers``): no possessive
    on X, X after no determiner or an area the gazetteer knows, the area word ending its phrase."""
    p = _patterns()
    name = m.group("name")
    if " " in name or _POSSESSIVE.search(name):
        return False  # "Putin's state visit", "Hegseth's department", "Mugabe's state funeral"
    after = re.match(r"\s*([\w'’-]+)", text[m.end():m.end() + 40])
    if after and after.group(1)[0].islower() and after.group(1).lower() not in p["area_followers"] and not after.group(1).endswith("ed"):
        return False  # "the Erdogan state media", "a Sanders district office": X modifies another noun
    before = re.search(r"([\w'’]+)\s+$", text[max(0, m.start() - 30):m.start()])
    if not before or before.group(1).lower() not in p["area_determiners"]:
        return True  # "its epicentre in Jajarkot district", "The quake struck Dorvani district"
    word = text[m.end("name"):m.end()].strip()  # "the Kennedy district": an area only if known as one
    return gazetteer is not None and (gazetteer.is_area_name(name) or gazetteer.is_area_name(f"{name} {word.capitalize()}"))


def named_areas(text: str, gazetteer: Gazetteer | None = None) -> frozenset[str]:
    """The one-word names the text calls a place with a cue word ("the town of X", "X District",
    "X Province", "Ukraine's capital X", or "X district" in its own grammar: :func:`_area_cue`),
    known to a gazetteer or not: one sense per article, so the same name standing alone elsewhere
    ("X's chief district officer") is that place too, not a person. A surname before a lowercase
    area word ("Putin's state visit", "the Erdogan state media") names no area."""
    rx = _regexes()
    matches = [m for r in (rx[0], rx[7]) for m in r.finditer(text)]
    # "Marobi District", not "the Rubio State Department" (a longer name) nor "Putin's State Council"
    matches += [m for m in _capital_area_re().finditer(text)
                if not _POSSESSIVE.search(m.group("name")) and not re.match(r"[ -]+[A-Z]", text[m.end():m.end() + 3])]
    matches += [m for m in rx[1].finditer(text) if _area_cue(text, m, gazetteer)]
    names = (text[slice(*_trim(text, m.start("name"), m.end("name")))] for m in matches)
    return frozenset(n for n in names if n and " " not in n and "-" not in n)


@cache
def _seat_cue() -> re.Pattern[str]:
    """"a spokesman in X", "reporters in X": where a body's staff or the press sit, a town."""
    nouns = "|".join(sorted(map(re.escape, _patterns()["seat_nouns"]), key=len, reverse=True))
    return re.compile(rf"\b(?:{nouns}) in (?P<name>{_regexes()[6].pattern})")


def _named_towns(text: str) -> frozenset[str]:
    """The folded names the text calls towns ("the city of X") or seats ("a spokesman in X")."""
    return frozenset(fold(text[slice(*_trim(text, m.start("name"), m.end("name")))])
                     for cue in (_town_cue(), _seat_cue()) for m in cue.finditer(text))


@cache
def _area_word() -> re.Pattern[str]:
    """A trailing area word: "Idlib province", "Laurel County"."""
    words = sorted({*_patterns()["admin_suffixes"], *_patterns()["area_name_words"]}, key=len, reverse=True)
    return re.compile(r"\s+(?:" + "|".join(map(re.escape, words)) + r")$", re.IGNORECASE)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading 'the' or possessor ("China's") and a trailing possessive from [start, end)."""
    span = text[start:end]
    m = _LEADING_THE.match(span)
    if m:
        start += m.end()
    m = _LEADING_POSSESSOR.match(text[start:end])
    if m:
        start += m.end()
    m = _POSSESSIVE.search(text[start:end])
    if m:
        end -= len(m.group(0))
    while end > start and not text[end - 1].isalnum():
        if text[end - 1] == "." and _is_abbreviation(text[start:end]):
            break  # "U.S.", "W.Va.", "Ga.": the period is part of the name
        end -= 1
    if text[end : end + 1] == "." and _is_abbreviation(text[start : end + 1]):
        end += 1  # the NER left the period out
    return start, end


@cache
def _capital_regexes() -> tuple[re.Pattern[str], ...]:
    """"the <demonym> capital", "<country>'s capital", "the capital of <country>", "the
    country's capital" (group cap: the noun; demonym, owner, country or home: the words
    that say whose)."""
    p = _patterns()
    alt = lambda words: "|".join(sorted(map(re.escape, words), key=len, reverse=True))  # noqa: E731
    word = r"[A-Z][\w.'’-]*"
    name = rf"{word}(?: (?:of |the )?{word}){{0,3}}"
    cap = rf"(?P<cap>{alt(p['capital_nouns'])})\b"
    return (
        re.compile(rf"\b[Tt]he (?P<demonym>{word}(?: {word})?) {cap}"),
        re.compile(rf"\b(?P<owner>{name})['’]s? {cap}"),
        re.compile(rf"\b[Tt]he {cap} of (?:the )?(?P<country>{name})"),
        re.compile(rf"\b(?P<home>[Tt]he (?:{alt(p['home_country_nouns'])})['’]s) {cap}"),
    )


def _capital_head(doc, start: int, end: int) -> bool:
    """The word "capital" heads its phrase ("in the Afghan capital", "the capital's airport"),
    not a modifier of another noun ("capital markets", "capital punishment")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    tok = span[0]
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return tok.dep_ not in ("compound", "amod") and not (nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and nxt.lower_ != "city")


def _is_abbreviation(name: str) -> bool:
    """"U.S.", "W. Va.", and abbreviated street words ("Main St.")."""
    if _INITIALS.fullmatch(name) or name.replace(" ", "") in _abbreviations():
        return True
    last = name.rsplit(" ", 1)[-1]
    return " " in name and last.endswith(".") and last in _patterns()["street_words"]


@cache
def _abbreviations() -> frozenset[str]:
    data = yaml.safe_load(resources.files("sitrep.data").joinpath("places_admin.yaml").read_text(encoding="utf-8"))
    return frozenset(a.replace(" ", "") for names in data.get("us_state_abbreviations", {}).values() for a in names if a.endswith("."))


def find_toponyms(doc) -> list[tuple[int, int, bool]]:
    """Non-overlapping (start, end, is_admin) toponym spans of a spaCy Doc."""
    text = doc_text(doc)
    spans: list[tuple[int, int, bool]] = []
    for ent in doc_ents(doc):
        if ent.label_ in NER_LABELS:
            s, e = _trim(text, ent.start_char, ent.end_char)
            if e > s and text[s].isupper():
                spans.append((s, e, False))
    of_re, suffix_re, direction_re, area_re, street_re, list_re, name_re, appos_re = _regexes()
    for rx, is_admin in ((of_re, False), (suffix_re, True), (direction_re, False), (area_re, True), (street_re, False), (appos_re, False)):
        for m in rx.finditer(text):
            s, e = _trim(text, m.start("name"), _before_date(doc, m.start("name"), m.end("name")))
            if e > s and _proper(doc, s, e, cued=rx is of_re or rx is appos_re) and not (rx is appos_re and _not_appositive_name(doc, s, e)):
                spans.append((s, e, is_admin))
    for m in list_re.finditer(text):
        for item in name_re.finditer(text, m.start("name"), m.end("name")):
            s, e = _trim(text, *item.span())
            if e > s and _proper(doc, s, e):
                spans.append((s, e, True))
    spans.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    out: list[tuple[int, int, bool]] = []
    for s, e, adm in spans:
        if out and s < out[-1][1]:
            ps, pe, padm = out[-1]
            if (ps, pe) == (s, e) or (s >= ps and e <= pe):
                out[-1] = (ps, pe, padm or adm)
            continue
        out.append((s, e, adm))
    return out


def _bloc(text: str, start: int, end: int) -> bool:
    """"the West" alone: the bloc of Western countries, no town or area (places_patterns.yaml
    ``bloc_words``, not after ``bloc_locatives``; "the West region", "West Africa" are other names)."""
    if text[start:end] not in _patterns()["bloc_words"] or text[max(0, start - 4):start].lower() != "the ":
        return False
    before = re.search(r"(\w+)\s+the\s+$", text[max(0, start - 30):start], re.IGNORECASE)
    if before and before.group(1).lower() in _patterns()["bloc_locatives"]:
        return False  # "attacked a village in the West": a part of the country
    after = re.match(r"[ -]+(\w+)", text[end:end + 40])
    return after is None or not (after.group(1)[0].isupper() or after.group(1).lower() in _patterns()["admin_suffixes"])


def _before_date(doc, start: int, end: int) -> int:
    """The end of a name matched by a pattern, cut before a date written after it: "in
    southern X Friday", "the town of X Monday" (the capitalised day is no part of the name)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return end
    # (a word that opens after a space: the NER may take the second half of "Xai-Xai" for a date)
    cut = next((t for t in span[1:] if t.ent_type_ in ("DATE", "TIME") and span.doc[t.i - 1].whitespace_), None)
    return min(end, cut.idx) if cut is not None else end


def _not_appositive_name(doc, start: int, end: int) -> bool:
    """The capitalised words after "the town" are a date ("attacked the town Sunday") or a
    building or body of the town ("the town Hall", "the city Planning Commission"), not the
    town's name."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is None or not len(span) or tells_a_date(span[:1]) or span[-1].lower_ in {*_patterns()["facility_words"], *_patterns()["appositive_body_words"]}


def _proper(doc, start: int, end: int, *, cued: bool = False) -> bool:
    """The span's capitalised tokens are proper nouns (not a sentence-initial word). A name's
    opening particle inside a sentence ("in As Sinbillawayn", not "An Olmsted County man") is
    part of it whatever its tag; after a
    cue noun ("the city of X") a capitalised word inside the sentence is a name even where the
    tagger, not knowing it, calls it a common noun."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    particles = _patterns()["name_particles"]
    caps = [t for t in span if t.text[:1].isupper() and not (t.i == span.start and len(span) > 1 and t.lower_ in particles and not t.is_sent_start)]
    return bool(caps) and all(t.pos_ == "PROPN" or (cued and t.pos_ == "NOUN" and not t.is_sent_start) for t in caps)


class PlaceStage:
    """Append a :class:`~sitrep.model.Place` for every toponym of the article."""

    name = "places"
    needs = ("mentions",)
    adds = ("places",)

    def __init__(self, options: Options) -> None:
        self.options = options
        self.gazetteer = shared_gazetteer(options.cache_dir)

    def __call__(self, analysis: Analysis) -> Analysis:
        text = analysis.article.text
        surnames = {t.text for ent in doc_ents(analysis.doc) if ent.label_ == "PERSON" and len(ent) > 1 for t in ent[1:]}
        # "the town of X" names a place even where the NER took X for a person
        named_as_place = told_as_place(text)
        spans = [
            (s, e, adm)
            for s, e, adm in find_toponyms(analysis.doc)
            if (s, e) in named_as_place or (not self._is_actor(analysis, s, e) and text[s:e] not in surnames)
        ]
        spans = [self._core(text, s, e, adm) for s, e, adm in spans]
        spans = self._locative_names(analysis, spans, surnames)
        spans = self._country_names(analysis, spans)
        spans = self._mislabelled_names(analysis, spans, surnames)
        spans = self._datelines(analysis, spans)
        spans = self._repeated_names(analysis, spans)
        outlets = dateline_outlets(text)  # "KYIV (Eastern Europe Wire) -": the outlet, no place
        brackets = dateline_outlet_spans(text)  # "(Asia Marine News)": no word of it a place either
        brackets += written_date_spans(text)  # "MOSCOW, March 16 (Wire) -": the month of a date, no town
        # "the Bank of England" (a body the codebook knows), "the African Party for the Independence of Guinea and
        # Cape Verde (PAIGC)": a place a body is of, a state's name inside a name its acronym abbreviates, is a
        # word of the name (a town's or a US state's inside other names stays a place, as in LGL's reading:
        # "the University of Cincinnati", "the Virginia State Board of Elections")
        named, known = acronym_named(text), self._bodies_of_places(analysis)
        states = [(s, self.gazetteer.country(text[s:e])) for s, e, _ in spans] if named else []
        states = {s: rec.country for s, rec in states if rec is not None}
        spans = [(s, e, adm) for s, e, adm in spans
                 if not any(bs <= s and e <= be for bs, be in known)
                 and not (s in states and any(bs <= s and e <= be and name_holds_state(
                     text, (bs, be), s, len({c for t, c in states.items() if bs <= t < be})) for bs, be in named))]
        spans = [(s, e, adm) for s, e, adm in spans
                 if text[s:e] not in outlets and not any(bs <= s and e <= be for bs, be in brackets) and not _bloc(text, s, e)
                 and not _names_a_body(analysis.doc, s, e)]
        places = self._resolve(text, spans, actor_countries=self._actor_countries(analysis), towns=_named_towns(text))
        places = self._people_names(analysis, places)
        places = self._far_homonyms(analysis, places)
        places = _seats_abroad(text, places, dateline_country(text, self.gazetteer))
        places = _outside_their_area(analysis.doc, text, places, self.gazetteer)
        places = self._read_in_context(text, places, analysis.article.published)
        places = self._described_capitals(analysis, places)
        places = self._inside_the_named(analysis.doc, text, places)
        places = self._the_towns_own(text, places)
        starts = {p.start for p in places if p.resolved}
        ways = frozenset(t.idx for t in doc_tokens(analysis.doc) if t.pos_ == "PROPN" and t.dep_ in ("pobj", "conj")
                         and way_end(t, roads_only=True))
        analysis.places.extend(p for p in places if p.resolved or _placed(text, p, starts, ways))
        log.debug("places: %d found, %d resolved", len(spans), sum(p.resolved for p in analysis.places))
        return analysis

    def _inside_the_named(self, doc, text: str, places: list[Place]) -> list[Place]:
        """A town or area the text places inside the next name ("the North-West region of
        Cameroon", "the village of X in Y district", "X in Y state") lies there: its namesake
        there, not a bigger one in another country or area; where the gazetteer knows none
        there, the name stays unresolved (no jump to another state). Not a town people come
        from ("refugees from X in Turkey": _from_town); a town read in another country than the
        one named after it was left unresolved already (_outside_their_area)."""
        out = list(places)
        order = sorted(range(len(out)), key=lambda i: out[i].start)
        for k, nxt in zip(order, order[1:]):
            p, q = out[k], out[nxt]
            if not (p.resolved and q.resolved) or p.kind not in ("city", "admin") or q.kind not in ("country", "admin") \
                    or not (m := _INSIDE.fullmatch(text[p.end:q.start])) or _from_town(doc, p) or _TOPIC.search(text[max(0, p.start - 12):p.start]):
                continue  # (not what talks or a dispute are about: "talks on Kashmir in Uzbekistan" are held there)
            if q.kind == "admin" and q.feature != "ADM1" and q.admin1 is None:
                continue
            area = None if q.kind == "country" else (q.name if q.feature == "ADM1" else q.admin1)
            if p.country == q.country and (area is None or p.admin1 == area):
                continue
            there = next((r for r in self.gazetteer.candidates(fold(p.text)) if r.country == q.country
                          and (area is None or r.admin1 == area) and r.geonameid != q.geonameid), None)
            if there is None and p.kind == "admin" and not m.group(1):
                continue  # an area the gazetteer knows is in no other state by a bare "in": "Kashmir in Uzbekistan" is where something else is
            out[k] = _place(text, p.start, p.end, there, p.kind == "admin") if there is not None \
                else replace(_place(text, p.start, p.end, None, p.kind == "admin"), country=q.country)
        return out

    def _the_towns_own(self, text: str, places: list[Place]) -> list[Place]:
        """A district or quarter the text gives a town before it ("the city's X district", "the
        town's X neighbourhood") lies in that town's area: its namesake there, else unresolved in
        the town's country (no jump to a district of the name in another province)."""
        out = list(places)
        order = sorted(range(len(out)), key=lambda i: out[i].start)
        for pos, k in enumerate(order):
            p = out[k]
            if not p.resolved or not _TOWNS_OWN.search(text[max(0, p.start - 40):p.start]):
                continue
            town = next((out[j] for j in reversed(order[:pos]) if out[j].resolved and out[j].kind == "city"), None)
            if town is None or (p.country == town.country and p.admin1 == town.admin1):
                continue
            there = next((r for r in self.gazetteer.candidates(fold(p.text)) if r.country == town.country
                          and r.admin1 == town.admin1 and r.geonameid != town.geonameid), None)
            out[k] = _place(text, p.start, p.end, there, p.kind == "admin") if there is not None \
                else replace(_place(text, p.start, p.end, None, p.kind == "admin"), country=town.country)
        return out

    def _read_in_context(self, text: str, places: list[Place], published: dt.date | None = None) -> list[Place]:
        """"Congo" in a text that names the Republic of the Congo in full or by its capital, or
        that was published before 1997: that country, not the default reading
        (codebook.country_readings)."""
        from sitrep.codebook import country_readings

        readings = country_readings(text, published)
        out = []
        for p in places:
            default, other = readings.get(p.text, (None, None))
            rec = self.gazetteer.country(other) if other is not None and p.kind == "country" and p.country == default else None
            out.append(_place(text, p.start, p.end, rec, False) if rec is not None else p)
        return out

    def _described_capitals(self, analysis: Analysis, places: list[Place]) -> list[Place]:
        """A country's capital described, not named: "the Belarusian capital", "Mali's capital",
        "the capital of Mali", and "the country's capital" where the report's resolved places
        all lie in one country. Each is a Place at that capital spanning the noun "capital":
        the words that say whose stay what they are (a country named is its own place, a
        demonym an actor mention). Not when the name stands beside it ("the Ethiopian
        capital Addis Ababa", "the Afghan capital, Kabul", "Nairobi, the capital of Kenya": the
        name is the place), nor when
        "capital" modifies another noun ("Kenyan capital markets") or another word stands
        between ("the Afghan provincial capital": no particular city)."""

        text = analysis.article.text
        book = load_codebook()
        homes = {p.country for p in places if p.resolved and p.country}
        home = next(iter(homes)) if len(homes) == 1 else None
        starts = {p.start for p in places}
        ends = {p.end for p in places}
        found: list[Place] = []
        for m in (m for rx in _capital_regexes() for m in rx.finditer(text)):
            groups = m.groupdict()
            country = groups.get("country")
            if country is not None:
                code = next((p.country for p in places if p.resolved and p.kind == "country" and p.start == m.start("country")), None)
                entry = book.lookup(country)
                code = code or (entry.country if entry is not None and entry.kind == "country" else None)
            elif groups.get("demonym") is not None:
                entry = book.lookup(groups["demonym"])
                code = entry.country if entry is not None and entry.kind in ("demonym", "country") else None  # "the U.S. capital"
            elif groups.get("owner") is not None:
                entry = book.lookup(groups["owner"])
                code = entry.country if entry is not None and entry.kind == "country" else None
            else:
                code = home
            s, e = m.span("cap")
            rec = self.gazetteer.capital(code) if code and len(code) == 3 else None
            if rec is None or not _capital_head(analysis.doc, s, e):
                continue
            after = re.match(r",?\s+", text[e:])
            if after and e + after.end() in starts:
                continue  # the name follows: it is the place
            before = text[:m.start()].rstrip()
            if before.endswith(",") and len(before) - 1 in ends:
                continue  # the name comes first ("Nairobi, the capital of Kenya")
            if any(p.start < e and s < p.end for p in [*places, *found]):
                continue
            found.append(replace(_place(text, s, e, rec, False), feature="PPLC"))
        return sorted(places + found, key=lambda p: p.start) if found else places

    def _people_names(self, analysis: Analysis, places: list[Place]) -> list[Place]:
        """A name that modifies a noun for people ("X rebels", "X refugees") and is read as a
        little-known town in a country the article names nowhere else, while it names others,
        is the name of a people the codebook lacks, not that town: left unresolved (the
        sentence's countries then code the people)."""

        heads = load_codebook().sectors.heads
        context = set(self._actor_countries(analysis))
        for i, p in enumerate(places):
            if not p.resolved or p.kind != "city":
                continue
            span = analysis.doc.char_span(p.start, p.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            root = span.root
            if root.dep_ not in ("compound", "amod") or heads.get(root.head.lemma_.lower()) not in ("REB", "CVL"):
                continue
            rec = next((r for r in self.gazetteer.candidates(fold(p.text)) if r.geonameid == p.geonameid), None)
            if rec is None or rec.names >= KNOWN_TOWN_NAMES:  # a well-known town ("Hebron residents") stays
                continue
            others = context | {q.country for q in places if q is not p and q.resolved and q.country}
            if others and p.country not in others:
                places[i] = _place(analysis.article.text, p.start, p.end, None, False)
        return places

    def _far_homonyms(self, analysis: Analysis, places: list[Place]) -> list[Place]:
        """A town read in a country the report names nowhere else (by no other place, actor
        or demonym, nor a neighbour), in a report whose other places (two names or more, one
        a town or an area) all lie in one other country, is a local place of that name the
        gazetteer lacks, not that far-away town ("recaptured Palma" in a report on Cabo
        Delgado is not the Spanish city): left unresolved, so it does not make its sentence
        that far country's. A capital stays (a venue or a destination abroad); actors'
        countries are no evidence of where the story is (foreign troops in a local town)."""
        actors = self._actor_countries(analysis)
        out = list(places)
        for i, p in enumerate(places):
            if not p.resolved or p.kind != "city" or not p.country or p.feature == "PPLC" or p.country in actors:
                continue
            others = {fold(q.text): q for q in places if q.resolved and q.country and fold(q.text) != fold(p.text)}
            states = {q.country for q in others.values()}
            if len(states) != 1 or len(others) < 2 or not any(q.kind in ("city", "admin") for q in others.values()):
                continue
            home = next(iter(states))
            if home != p.country and p.country not in self.gazetteer.neighbours(home):
                out[i] = _place(analysis.article.text, p.start, p.end, None, False)
        return out

    def resolve_spans(self, analysis: Analysis, spans: Sequence[tuple[int, int]]) -> list[Place]:
        """A Place for each given span (e.g. gold toponyms), resolved with the article's evidence.

        The context is built from these spans together with the places the stage already
        found in ``analysis``; one unresolved span never affects the others.
        """
        text = analysis.article.text
        known = [(p.start, p.end, p.kind == "admin") for p in analysis.places]
        # a given span the stage found too keeps its reading as an area ("Butler" in
        # "Butler and Warren counties")
        areas = {(s, e) for s, e, adm in known if adm}
        given = [(s, e, (s, e) in areas) for s, e in spans]
        return self._resolve(text, given, context=known, actor_countries=self._actor_countries(analysis))

    def _actor_countries(self, analysis: Analysis) -> frozenset[str]:
        """Countries the article names as actors ("Israeli jets", "Russia said"): not event
        places, but evidence of where the story is, so they count as context for homonyms."""
        codes = {m.code for m in analysis.mentions if m.code}
        codes |= _named_body_countries(m for m in analysis.mentions if not m.code and m.kind == "name")
        return frozenset(c for c in codes if self.gazetteer.country(c) is not None)

    def _resolve(self, text: str, spans: Sequence[tuple[int, int, bool]], *, context: Sequence[tuple[int, int, bool]] = (),
                 actor_countries: frozenset[str] = frozenset(), towns: frozenset[str] = frozenset()) -> list[Place]:
        """Two passes: every name alone to learn the article's countries and admin areas, then
        every name again with them as context (the countries named as actors stand in where
        no other name gives a country: "Israeli jets struck Gaza")."""
        named = [(fold(text[s:e]), adm) for s, e, adm in [*spans, *context] if adm or not _water(text, s, e)]
        mentions = Counter(n for n, _ in named)
        # a name read as an area everywhere ("X County") is looked up as one; a name that
        # is sometimes an area ("DeKalb" in "DeKalb County Coroner") as the town it also is
        is_admin = {n: all(a for m, a in named if m == n) for n in mentions}
        # a name the text calls a town ("the city of X") is looked up as one
        is_town = {n: not adm and n in towns for n, adm in is_admin.items()}
        picks = {n: self._lookup(n, admin=adm, town=is_town[n]) for n, adm in is_admin.items()}
        # the areas each name may lie in: a town in an area where other names also may lie
        # is likelier ("Kent" among towns that all have namesakes in Connecticut); likewise
        # the map squares its towns and counties lie in, across state lines
        cands = {n: self.gazetteer.candidates(n)[:AREA_CANDIDATES] for n in picks}
        ev = _Evidence(
            areas={n: {(r.country, r.admin1) for r in rs if r.admin1} for n, rs in cands.items()},
            # (a name read as a state or country does not spread over its namesake towns)
            squares={n: {_square(r) for r in rs if _local(r)} for n, rs in cands.items() if picks[n] is None or _local(picks[n])},
            actor_countries=actor_countries,
            anchors=_anchors(cands),
            mentions=mentions,
        )
        for own, spread in ((ev.areas, ev.spread), (ev.squares, ev.square_spread)):
            for cells in own.values():
                for cell in cells:
                    spread[cell] += 1 / len(cells)
        # each name in turn sees the others' latest choices (updating all at once lets two
        # names swap their areas forever: a town follows the county's pick while the county
        # follows the town's); stop when a round changes nothing
        for _ in range(ROUNDS):
            changed = False
            for n, adm in is_admin.items():
                rec = self._with_context(n, adm, picks, ev, town=is_town[n])
                changed |= rec != picks.get(n)
                picks[n] = rec
            if not changed:
                break
        out = []
        for s, e, adm in spans:
            rec = picks.get(fold(text[s:e])) if not adm else self._with_context(fold(text[s:e]), adm, picks, ev)
            out.append(_place(text, s, e, None if not adm and _water(text, s, e) else rec, adm))
        return out

    @staticmethod
    def _admin_weights(name: str, picks: dict[str, GazRecord | None], mentions: Counter[str]) -> dict[tuple[str, str], float]:
        """The areas the *other* names were read as, each weighted by how often the article
        names it relative to its most-named area (a story that names Indiana five times and
        four neighbouring states once each is about Indiana)."""
        counts: Counter[tuple[str, str]] = Counter()
        for n, r in picks.items():
            if r is not None and n != name and r.kind == "admin" and r.admin1:
                counts[(r.country, r.admin1)] += mentions.get(n, 1)
        top = max(counts.values(), default=0)
        return {cell: c / top for cell, c in counts.items()}

    def _lookup(self, name: str, *, admin: bool = False, **context) -> GazRecord | None:
        """The gazetteer's answer for ``name``; "Hasakah Province" unknown as written is
        looked up as the area "Hasakah"."""
        rec = self.gazetteer.resolve(name, admin=admin, **context)
        if rec is None:  # the area word says it is an area, whatever the span's reading
            short = _area_word().sub("", name)
            if short and short != name:
                rec = self.gazetteer.resolve(short, admin=True, **context)
        return rec

    def _with_context(self, name: str, admin: bool, picks: dict[str, GazRecord | None], ev: "_Evidence", *,
                      town: bool = False) -> GazRecord | None:
        """Resolve ``name`` with the evidence of the *other* names: their current choices'
        countries and admin areas, the areas and map squares any of them may lie in, and the
        counties named with a town inside them."""
        others = [r for n, r in picks.items() if r is not None and n != name]
        # the towns chosen so far count 1 for their area; every other name spreads 1 over
        # the areas it may lie in (an unambiguous name counts fully, "Washington" hardly)
        # (only the areas this name may lie in matter; the total minus its own share)
        nearby: Counter[tuple[str, str]] = Counter((r.country, r.admin1) for r in others if r.kind == "city" and r.admin1)
        own = ev.areas.get(name, set())
        for cell in own:
            nearby[cell] += max(0.0, ev.spread[cell] - 1 / len(own))
        # the same over map squares: the towns and counties chosen nearby count 1 (not big
        # cities: "Washington" named in passing says nothing of where the story is), the
        # other names' possible towns their share; summed over the square and its neighbours
        chosen = Counter(_square(r) for r in others if _local(r) and r.population < BIG_TOWN)
        mine = ev.squares.get(name, set())
        share = 1 / len(mine) if mine else 0.0
        close: dict[tuple[int, int], float] = {}
        for sq in mine:
            total = 0.0
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    cell = (sq[0] + dy, sq[1] + dx)
                    total += chosen.get(cell, 0) + ev.square_spread.get(cell, 0.0) - (share if cell in mine else 0.0)
            close[sq] = max(0.0, total)
        return self._lookup(
            name,
            context_countries=tuple({r.country for r in others if r.country} or ev.actor_countries),
            context_admins=self._admin_weights(name, picks, ev.mentions),
            context_admin2=tuple({(r.country, r.admin1, r.admin2) for r in others if r.feature == "ADM2"}),
            nearby_admins=nearby,
            anchors=ev.anchors,
            nearby_squares=close,
            admin=admin,
            town=town,
        )

    def _mislabelled_names(self, analysis: Analysis, spans: list[tuple[int, int, bool]], surnames: set[str]) -> list[tuple[int, int, bool]]:
        """Add place names the NER labelled otherwise: a one-word PERSON that is a known place
        and stands where places stand ("in X", ", X,", "an X man"), and the place that opens or
        closes an organisation's name ("the Ohio Supreme Court", "University of Rochester")."""
        text = analysis.article.text
        doc = analysis.doc
        found = {text[s:e] for s, e, _ in spans}
        out = list(spans)
        pat = _patterns()

        def free(s: int, e: int) -> bool:
            return not any(a < e and s < b for a, b, _ in out)

        starts = {s for s, _, _ in spans}

        def conjoined(toks) -> bool:
            """A conjunct of a place found already: "Freetown and Conakry", "Kerala and Tamil Nadu"."""
            head = toks[-1]
            partners = [head.head] if head.dep_ == "conj" else []
            partners += [c for c in head.children if c.dep_ == "conj"]
            return any(t.left_edge.idx in starts or t.idx in starts for t in partners if t.pos_ == "PROPN")

        for ent in doc_ents(doc):
            toks = [t for t in ent if t.lower_ != "the"]
            if ent.label_ in ("ORG", "PERSON", "FAC") and toks and free(s := toks[0].idx, e := ent.end_char) \
                    and ((ent.label_ == "ORG" and self.gazetteer.is_region_name(text[s:e]) and not _igo_named(text[s:e]))
                         or (len(toks) > 1 and _water(text, s, e) and not (ent.label_ == "PERSON" and unarticled_water(text, s, e)))) \
                    and not self._is_actor(analysis, s, e):
                # "Nagorno-Karabakh", "the Sahel": a region the NER took for an organisation; "Mischief Reef"
                # taken for a person or a building: a sea feature
                out.append((s, e, False))
                found.add(text[s:e])
                continue
            if ent.label_ in ("PERSON", "ORG") and 1 < len(toks) <= 3 and all(t.text[:1].isupper() for t in toks) and conjoined(toks):
                s, e = toks[0].idx, toks[-1].idx + len(toks[-1])
                if free(s, e) and self.gazetteer.is_place_name(text[s:e], min_population=EXTRA_MIN_POPULATION):
                    out.append((s, e, False))
                    found.add(text[s:e])
                continue
            if ent.label_ == "PERSON" or (ent.label_ == "ORG" and len(toks) == 1):
                if len(toks) != 1 or toks[0].text in surnames or not toks[0].text[:1].isupper():
                    continue  # "Andrew Jackson" is a person whatever the gazetteer says
                tok = toks[0]
                s, e = tok.idx, tok.idx + len(tok)
                m = analysis.mention_at(s, e)
                # the sentence's reading is the actor stage's too (town_named); what the rest of the
                # article says (the name found as a place elsewhere, a conjunct of a place) counts
                # where that stage made no person or group of it
                # (and a town at a way's end, known to the gazetteer or kept unresolved: "the road between Bangassou and X")
                placed = (way_end(tok, roads_only=True) and not self._is_actor(analysis, s, e)) or town_named(tok, self.gazetteer) or (
                    (tok.text in found or conjoined(toks) or (m is not None and m.kind == "country"))
                    and not self._is_actor(analysis, s, e)
                    and self.gazetteer.is_place_name(tok.text, min_population=EXTRA_MIN_POPULATION))
                if placed and free(s, e):
                    out.append((s, e, False))
                    found.add(tok.text)
            elif ent.label_ == "ORG":
                for s, e in _org_place_parts(ent):
                    s, e, _ = self._core(text, s, e, False)  # "... of Western Pennsylvania"
                    name = text[s:e]
                    if name.lower() in pat["generic_name_words"]:
                        continue
                    pop = 0 if name in found else ORG_MIN_POPULATION
                    if free(s, e) and self.gazetteer.is_place_name(name, min_population=pop):
                        out.append((s, e, False))
        return sorted(out)

    def _core(self, text: str, start: int, end: int, admin: bool) -> tuple[int, int, bool]:
        """The place name inside a span that says more than the name: "Northeast Georgia" ->
        "Georgia", "Fargo City" -> "Fargo", "Vancouver International Airport" -> "Vancouver";
        names that are whole ("North Carolina", "Kansas City") stay as they are."""
        name = text[start:end]
        if " " not in name or self.gazetteer.is_place_name(name):
            return start, end, admin
        first, _, rest = name.partition(" ")
        if (first.lower() in _patterns()["directions"] and rest not in _patterns()["street_words"] and self.gazetteer.is_place_name(rest)
                and not self.gazetteer.is_area_name(name)):  # "North Kivu", "East Java": an area's own name
            return start + len(first) + 1, end, admin
        head, _, last = name.rpartition(" ")
        if last.lower() in ("city",) and self.gazetteer.is_place_name(head):
            return start, start + len(head), admin
        words = name.split(" ")
        if words[-1].lower() in _patterns()["facility_words"]:
            for n in range(len(words) - 1, 0, -1):
                prefix = " ".join(words[:n])
                if prefix.lower() in _patterns()["generic_name_words"]:
                    break  # "Independence Square", "Union Station": a name, no town in it
                if self.gazetteer.is_place_name(prefix, min_population=EXTRA_MIN_POPULATION):
                    return start, start + len(prefix), admin
        return start, end, admin

    def _repeated_names(self, analysis: Analysis, spans: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
        """One sense per article: a name found as a place once is a place wherever else it
        appears with the same capitalisation, unless it is part of a person's full name."""
        text = analysis.article.text
        names = {text[s:e] for s, e, _ in spans if e - s >= 3 and text[s].isupper()}
        if not names:
            return spans
        # not inside a person's full name, a date, an event, a product...
        people = [
            (ent.start_char, ent.end_char)
            for ent in doc_ents(analysis.doc)
            if (ent.label_ == "PERSON" and len(ent) > 1) or ent.label_ in _NOT_PLACE_LABELS
        ]
        taken = [(s, e) for s, e, _ in spans]
        out = list(spans)
        rx = re.compile(r"(?<![\w.-])(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + r")(?![\w-])")
        for m in rx.finditer(text):
            s, e = m.span()
            if any(a < e and s < b for a, b in taken) or any(a <= s and e <= b for a, b in people):
                continue
            out.append((s, e, False))
            taken.append((s, e))
        return sorted(out)

    def _datelines(self, analysis: Analysis, spans: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
        """Capitalised datelines: "COLUMBUS, Ohio --", "BEIRUT (AP) --"; the whole name where a
        word of it was found alone ("ST. LOUIS, Mo. -" is no "LOUIS"); a name the NER ran on past the
        dateline's dash ends at it ("SAN JOSE, Costa Rica - Thousands marched": "Costa Rica")."""
        text = analysis.article.text
        out = list(spans)
        for ds, de in dateline_spans(text):
            for k, (a, b, adm) in enumerate(out):
                if ds <= a < de < b:
                    cut = a + len(text[a:de].rstrip().rstrip("-–—").rstrip())
                    if cut > a:
                        out[k] = (a, cut, adm)
        for m in DATELINE_NAME.finditer(text):
            s, e = m.span("name")
            inside = [(a, b, adm) for a, b, adm in out if a < e and s < b]
            if all(s <= a and b <= e and (a, b) != (s, e) for a, b, _ in inside) \
                    and self.gazetteer.is_place_name(text[s:e].title(), min_population=EXTRA_MIN_POPULATION):
                out = [sp for sp in out if sp not in inside]
                out.append((s, e, False))
        return sorted(out)

    def _locative_names(self, analysis: Analysis, spans: list[tuple[int, int, bool]], surnames: set[str]) -> list[tuple[int, int, bool]]:
        """Add proper names the NER missed that sit in a locative phrase ("areas of X", "near X",
        "in Y and X") or are struck or taken ("drones hit X"; not the surname of a person named
        in full), and are known to the gazetteer."""
        out = list(spans)
        # tokens of a DATE or TIME entity that tells no time: a name the NER took for a date ("in Niger on
        # Sunday"); and a one-word "work of art" ("marched in Niger on Sunday")
        misdated = {t.i for ent in doc_ents(analysis.doc)
                    if (ent.label_ in ("DATE", "TIME") and not tells_a_date(ent)) or (ent.label_ == "WORK_OF_ART" and len(ent) == 1)
                    for t in ent}
        for tok in doc_tokens(analysis.doc):
            acted_on = struck_name(tok) and tok.text not in surnames
            first = tok
            while first.dep_ == "conj" and first.head != first:
                first = first.head  # "in Chile and X": X shares the first conjunct's preposition
            if not acted_on and (tok.pos_ != "PROPN" or first.dep_ != "pobj" or first.head.lower_ not in LOCATIVE_PREPS):
                continue
            # a name the NER took for a group or a person ("in Kidal", "near Khan Younis") counts
            # only when it names a sizeable place (so does any object of a verb)
            mistaken = tok.ent_type_ in ("NORP", "PERSON") or tok.i in misdated or acted_on
            if tok.ent_type_ not in ("", *NER_LABELS) and not mistaken:
                continue
            # (from after the last "and" or comma of its left edge: "in Chile and Burkina Faso"
            # parsed with "Chile and Burkina" hung on "Faso")
            opening = max((t.i + 1 for t in analysis.doc[tok.left_edge.i:tok.i] if t.dep_ == "cc" or t.text == ","), default=tok.left_edge.i)
            s, e = analysis.doc[opening].idx, tok.idx + len(tok)
            while s < e and not analysis.article.text[s].isupper():
                s = analysis.article.text.find(" ", s, e) + 1 or e
            name = analysis.article.text[s:e]
            if s >= e or any(a < e and s < b for a, b, _ in out):
                continue
            if name in surnames and not acted_on and first.head.lower_ == "of" and not _place_of(first.head.head):
                continue  # "photographs of Salgado", a person named in full before ("Ramiro Salgado"): no place
            if tok.ent_type_ in ("PERSON", "ORG") and " " not in name:
                # a one-word name the NER took for a person or an organisation: a town exactly when
                # the actor stage, asking the same question, made no actor of it ("raided Jenin")
                if town_named(tok, self.gazetteer):
                    out.append((s, e, False))
                continue
            byname = acted_on and town_named(tok, self.gazetteer, name)
            if self._is_actor(analysis, s, e) and not byname:
                continue
            min_population = EXTRA_MIN_POPULATION if mistaken or first.i != tok.i else 0
            if min_population and self._told_inside(analysis.article.text, name, e):
                min_population = 0  # "hit X in western Nepal": the text says where it is, and a town of that name is there
            if byname or self.gazetteer.is_place_name(name, min_population=min_population) \
                    or (" " in name and _water(analysis.article.text, s, e)):  # a primary name: "Passover" is only a byname of a town
                out.append((s, e, False))  # ("near X Shoal and Mischief Reef": a sea feature, which no gazetteer here lists)
        return sorted(out)

    def _told_inside(self, text: str, name: str, end: int) -> bool:
        """Whether the text places ``name`` in a country or first-level area named right after it
        ("X in western Nepal", "X in the Y region of Z") where the gazetteer knows a place of that name."""
        m = _INSIDE_NAME.match(text, end)
        if m is None:
            return False
        area = next(iter(self.gazetteer.candidates(m.group(1))), None)
        if area is None or area.feature not in ("PCLI", "ADM1"):
            return False
        return any(r.country == area.country and (area.feature == "PCLI" or r.admin1 == area.admin1)
                   for r in self.gazetteer.candidates(fold(name)))

    def _country_names(self, analysis: Analysis, spans: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
        """Add the countries the actor stage found by their name in the codebook where the NER
        saw none ("in Poland and Palestinian Territory" with "Palestinian" read as a people): a
        country's name is a place name, as the NER's countries are, whatever it does in the
        sentence (a described state, "the kingdom", is not its name)."""

        book = load_codebook()
        out = list(spans)
        for m in analysis.mentions:
            if m.kind != "country" or any(a < m.end and m.start < b for a, b, _ in out):
                continue
            entry = book.lookup(m.text)
            if entry is not None and entry.kind == "country" and self.gazetteer.country(entry.code) is not None:
                out.append((*_trim(analysis.article.text, m.start, m.end), False))
        return sorted(out)

    @staticmethod
    def _bodies_of_places(analysis: Analysis) -> list[tuple[int, int]]:
        """Where the name of a body the codebook knows goes on after "of" ("the Bank of England",
        "the Central Bank of Kenya"): the place the body is of is a word of its name, no place of
        the story."""

        book = load_codebook()
        out = []
        for m in analysis.mentions:
            entry = book.lookup(m.text) if m.kind == "name" else None
            if entry is not None and entry.kind in ("institution", "igo") and (of := re.search(r"\bof\s+(?:the\s+)?", m.text)):
                out.append((m.start + of.end(), m.end))
        return out

    def _is_actor(self, analysis: Analysis, start: int, end: int) -> bool:
        """The actor stage says this span is a person or a non-state group."""
        m = analysis.mention_at(start, end)
        if m is None:
            return False
        actor = analysis.actor(m.actor_id)
        if m.kind == "demonym" or (actor is not None and actor.kind == "group"):
            return True
        if m.kind in ("nominal", "pronoun") and (m.start, m.end) != (start, end):
            return False  # a description ("the Dublin director of engineering") may hold a place
        if m.kind == "person" or (actor is not None and actor.kind == "person"):
            # the NER said place and the name is a known place: a person mention of exactly
            # this name is the actor stage following an earlier mislabel ("Egypt" after
            # "Rethinking Egypt"), one inside it a surname within a longer name ("Hill" in
            # "Rock Hill"); surnames of people named in full were dropped already
            within = start <= m.start and m.end <= end
            return not (within and self.gazetteer.is_place_name(analysis.article.text[start:end], min_population=EXTRA_MIN_POPULATION))
        code = m.code or (actor.code if actor else None)
        return bool(code) and m.kind not in ("country", "demonym") and self.gazetteer.country(code) is None


def struck_name(tok) -> bool:
    """A proper noun that is the object of a verb of attack or capture ("rebels shelled X",
    "troops captured X", "drones hit X"; places_patterns.yaml ``place_object_verbs``), parsed
    as an object or an adverbial noun, with no determiner ("captured the Best in Show award"):
    where a name the NER missed or took for a person stands for a place. A name the tagger
    took for an adverb ("shelled X on Friday" read with X as "heavily" is) counts too."""
    return (tok.dep_ in ("dobj", "npadvmod", "advmod") and tok.head.pos_ == "VERB" and _name_word(tok)
            and tok.head.lemma_.lower() in _place_object_verbs() and not any(c.dep_ == "det" for c in tok.children))


def _name_word(tok) -> bool:
    """A proper noun, or a capitalised word inside the sentence that the tagger took for another
    part of speech while the NER read it as (part of) a name: an unknown name ("Bakhmut" tagged an
    adverb)."""
    if tok.pos_ == "PROPN":
        return True
    return (tok.pos_ in ("ADV", "ADJ", "NOUN", "X") and tok.is_alpha and tok.text[:1].isupper() and not tok.is_sent_start
            and tok.ent_type_ in ("ORG", "GPE", "LOC", "FAC", "PERSON", "NORP"))


@cache
def shared_gazetteer(cache_dir: Path) -> Gazetteer:
    """The gazetteer loaded once per process and cache dir: the actor and the place stages ask it
    the same questions (:func:`town_named`)."""
    return Gazetteer.load(cache_dir)


def town_named(tok, gazetteer: Gazetteer, name: str | None = None) -> bool:
    """Whether a one-word name the NER took for a person or an organisation is a town: the one
    answer both stages take (the actor stage then makes no actor of it, the place stage a place).

    The name is a place the gazetteer knows by its own name (a town of ``EXTRA_MIN_POPULATION``
    or more, an area or a country) and stands where towns stand: after a preposition of place
    (``TOWN_PREPS``: "in X", "near X and Y"; any of ``LOCATIVE_PREPS`` for a name the NER took
    for an organisation: "aid arrived from X"), as "the towns of X", told as a town ("X, a town in
    Y", "X's mayor", "residents of X"), before a noun for its people or bodies ("an X man", "X
    police"; places_patterns.yaml ``place_modifier_nouns``), in an address ("Jane Doe, 19, of X"),
    or struck or taken by arms ("troops
    captured X"; :func:`struck_by_arms`). A well-known town's other name ("Jenin" for Janin) counts
    only when struck by arms. A known leader's surname is the leader. (``name``: the whole name
    ending at ``tok``, "Khan Younis", where it has more words.) Answered once per document, token
    and name: both stages ask it of the same tokens."""
    name = name or tok.text
    # kept on the doc, as events.py keeps "sitrep.datelines": the actor stage asks of a token, the
    # place stage asks again of the same token; the answers go with the doc, not a module-level table
    answers = tok.doc.user_data.setdefault("sitrep.town_named", {})
    key = (id(gazetteer), tok.i, name)
    if key not in answers:
        answers[key] = _town_named(tok, gazetteer, name)
    return answers[key]


def route_end(tok, gazetteer: Gazetteer) -> bool:
    """Whether a one-word name stands where only places stand on a way: the object of "to", "from" or "between"
    after a noun of a way ("the road to X", "the highway from X", "on the road between X and Y"; places_patterns.yaml
    ``road_nouns``, ``route_nouns``), or one of two names "between" joins where the other is a place the gazetteer knows
    ("between Bangassou and X"), or a name before a way's or a facility's noun ("between the X and Y stations";
    places_patterns.yaml ``facility_words``; only two names joined before a plural noun). "Talks between X and Y" of two persons is none of these."""
    if way_end(tok):
        return True
    first = tok
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.dep_ != "pobj" or first.head.dep_ != "prep" or first.head.lower_ != "between":
        return False
    pair = [first, *first.conjuncts]
    return len(pair) == 2 and any(o.i != tok.i and gazetteer.is_place_name(o.text) and o.ent_type_ in ("GPE", "LOC") for o in pair)


@cache
def _way_words(roads_only: bool) -> tuple[frozenset[str], frozenset[str]]:
    """The way nouns :func:`way_end` reads (places_patterns.yaml ``road_nouns``, and ``route_nouns`` unless
    ``roads_only``), and those with the ``facility_words``: built once, not per name."""
    p = _patterns()
    nouns = frozenset(p["road_nouns"]) if roads_only else frozenset({*p["road_nouns"], *p["route_nouns"]})
    return nouns, nouns | frozenset(p["facility_words"])


def way_end(tok, roads_only: bool = False) -> bool:
    """Whether a one-word name stands at a way's end by the words alone (the shapes of
    :func:`route_end` other than a pair with a known place, which "between Israel and Hamas" also is): the place
    stage keeps such a name as a place, known to the gazetteer or not, at a road's end only
    (``roads_only``: places_patterns.yaml ``road_nouns``, not the figurative ``route_nouns``: "the
    path to Brexit")."""
    nouns, facilities = _way_words(roads_only)
    first = tok
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    # only the pair's shape ("the X and Y stations"): "the Mwangi camp" is a person's following, no place
    if first.dep_ in ("compound", "nmod") and first.head.pos_ == "NOUN" and first.head.i > tok.i \
            and first.conjuncts and first.head.tag_ == "NNS" \
            and {first.head.lower_, first.head.lemma_.lower()} & facilities \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in first.head.children):
        return True  # "between the X and Y stations": names of the places a way or a facility is at
    if first.dep_ != "pobj" or first.head.dep_ != "prep":
        return False
    prep = first.head
    way = prep.doc[prep.i - 1] if prep.i > 0 else prep.head  # ("blocked the highway between X and Y" hung on the verb)
    return prep.lower_ in ("to", "from", "between") and bool(nouns & {prep.head.lemma_.lower(), way.lemma_.lower()})


def town_elsewhere(tok, gazetteer: Gazetteer) -> bool:
    """One sense per article (the actor stage asks it with :func:`town_named`; the place stage
    has its own, the names it found as places): a one-word name that stands as a town in the
    text (a place name the NER tags as such, alone: "shelling hit X"; or by :func:`town_named`:
    "the town of X") is that town here too ("X, which had 27,000 people, was occupied", "troops
    were sent to X"), where the NER took it for a person or an organisation. Not a known leader's
    surname, and only a name the gazetteer knows as a town (by its own name, or a well-known town's
    other name: "Kupiansk" for Kupyansk)."""

    seen = tok.doc.user_data.setdefault("sitrep.town_elsewhere", {})
    key = (id(gazetteer), tok.text)
    if key not in seen:
        name = tok.text
        seen[key] = load_codebook().surname(name) is None and (
                gazetteer.is_place_name(name, min_population=EXTRA_MIN_POPULATION)
                or gazetteer.is_known_town_byname(name, min_population=EXTRA_MIN_POPULATION, min_names=KNOWN_TOWN_NAMES)) and any(
                other.text == name and _alone(other)
                and (other.ent_type_ in ("GPE", "LOC") or (other.ent_type_ in ("PERSON", "ORG") and town_named(other, gazetteer)))
                for other in doc_tokens(tok.doc))
    return seen[key]


def _alone(tok) -> bool:
    """A token that is a whole entity by itself (not "Gao" in "Gao Xingjian")."""
    if not tok.ent_type_:
        return False
    before = tok.i > 0 and tok.doc[tok.i - 1].ent_iob_ != "O" and tok.ent_iob_ == "I"
    after = tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].ent_iob_ == "I"
    return not before and not after


def _town_named(tok, gazetteer: Gazetteer, name: str) -> bool:
    """:func:`town_named`, computed."""

    if load_codebook().surname(name) is not None:
        return False
    if not gazetteer.is_place_name(name, min_population=EXTRA_MIN_POPULATION):
        return (gazetteer.is_known_town_byname(name, min_population=EXTRA_MIN_POPULATION, min_names=KNOWN_TOWN_NAMES)
                and struck_by_arms(tok))
    first = tok
    while first.dep_ == "conj" and first.head != first:
        first = first.head  # "in X and Y": Y shares X's preposition
    prep = first.head if first.dep_ == "pobj" else None
    # (after "from", "to", "at", "of" a name the NER took for an organisation, not a person, or a
    # country's name, which the actor stage never reads as a person: "aid arrived from X", "the
    # withdrawal of its troops from X")
    preps = TOWN_PREPS if tok.ent_type_ == "PERSON" and gazetteer.country(name) is None else TOWN_PREPS | LOCATIVE_PREPS
    if prep is not None and (prep.lower_ in preps or (prep.lower_ == "of" and (prep.head.lemma_.lower() in place_nouns() or prep.head.lower_ == "out"))
                             or (prep.lower_ in ("to", "from") and prep.head.lemma_.lower() in _patterns()["motion_verbs"])):
        return True  # "in X", "the towns of X and Y", "out of X", "fled to X"
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ in _patterns()["place_modifier_nouns"] and tok.dep_ in ("compound", "amod", "nmod"):
        return True  # "an X man", "X police"
    if tok.dep_ == "compound" and tok.i < tok.head.i <= tok.i + 3 and tok.head.lower_ in _patterns()["town_facility_nouns"] \
            and all(t.dep_ in ("compound", "amod") and t.pos_ in ("NOUN", "ADJ") for t in tok.doc[tok.i + 1:tok.head.i]):
        return True  # "the X oil refinery", "the X airport": the facility noun the name opens, up to a word or two on
    if tok.i > 1 and tok.doc[tok.i - 1].lower_ == "of" and tok.doc[tok.i - 2].text == ",":
        return True  # an address: "Jane Doe, 19, of X"
    return told_as_town(tok) or struck_by_arms(tok)


def struck_by_arms(tok) -> bool:
    """A name struck or taken ("drones hit X", "troops captured X"; :func:`struck_name`) by a
    weapon, a blast or an armed party, or with no subject told: "critics attacked X" is no strike
    on a town."""

    if not struck_name(tok):
        return False
    verb = tok.head
    while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and verb.head != verb:
        verb = verb.head  # "drones hit Y and struck X": the first verb's subject
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return True
    book = load_codebook()
    by = book.sectors.head(subj.lemma_) or book.sectors.head(subj.lower_)
    entry = book.lookup(subj.text)
    return (subj.lemma_.lower() in place_strike_subjects() or by in ("MIL", "REB", "POL")
            or (entry is not None and entry.kind in ("country", "demonym", "group", "capital")))


@cache
def _place_object_verbs() -> frozenset[str]:
    return frozenset(_patterns().get("place_object_verbs", ()))


@cache
def _possessed_place_nouns() -> frozenset[str]:
    return frozenset(_patterns()["possessed_place_nouns"])


def _place_of(noun) -> bool:
    """Whether a noun before "of" says a place follows ("the outskirts of X", "the mayor of X";
    places_patterns.yaml ``place_of_nouns``, ``possessed_place_nouns``)."""
    lemma = noun.lemma_.lower()
    return lemma in _possessed_place_nouns() or lemma in _patterns()["place_of_nouns"] or noun.lower_ in _patterns()["place_of_nouns"]


def told_as_town(tok) -> bool:
    """A name its own phrase tells as a place: "X, a town in Y", "X, the provincial capital",
    "the second city X" (a place noun in apposition or before the name), "X's mayor", "X's main
    square", "residents of X" (what a town owns or holds; places_patterns.yaml
    ``possessed_place_nouns``)."""
    owned = _possessed_place_nouns()
    return (any(c.dep_ in ("appos", "compound") and c.pos_ == "NOUN" and c.lemma_.lower() in place_nouns() for c in tok.children)
            or (tok.dep_ == "poss" and tok.head.lemma_.lower() in owned)
            or (tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in owned and tok.head.head.i < tok.i))


def area_by_name(tok, stands_for_a_state=lambda t: False) -> bool:
    """A place noun named by a proper noun before it ("Borno state", "Idlib province", "Nigeria's
    Borno state") or after it ("the Indian state of Manipur"): an area by its name, no body of a state, whether it acts or is
    acted on; the "of" form only where it is acted on or told as where (a doer "the state of Texas" is Texas's government). A
    compound that ``stands_for_a_state`` (a country or demonym the caller knows) is no such name."""
    if tok.lemma_.lower() not in place_nouns():
        return False
    if any(c.dep_ == "compound" and c.pos_ == "PROPN" and not stands_for_a_state(c) for c in tok.children):
        return True
    # "the northeastern Indian state of Manipur", "the province of Idlib" (not "the State of Israel");
    # not the doer of an act: "The state of Texas sued ...", "The city of X agreed to pay" are their governments
    if tok.dep_ in ("nsubj", "csubj", "agent") or tok.dep_ == "pobj" and tok.head.dep_ == "agent":
        return False
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and o.pos_ == "PROPN" and not stands_for_a_state(o)
                                                           for o in p.children) for p in tok.children)


@cache
def place_nouns() -> frozenset[str]:
    """Nouns for a kind of place ("city", "capital", "province", "port"; places_patterns.yaml
    ``of_nouns`` and ``appositive_nouns``): "Ukraine's capital" names a place."""
    p = _patterns()
    return frozenset(w for w in (*p["of_nouns"], *p["appositive_nouns"]) if " " not in w)


@cache
def place_strike_subjects() -> frozenset[str]:
    """What strikes a town (places_patterns.yaml ``strike_subjects``): "drones hit X"."""
    return frozenset(_patterns().get("strike_subjects", ()))


def _named_body_countries(mentions) -> set[str]:
    """The countries that uncoded names of bodies carry in a word ("the Liberian Peace
    Council", "the Sudan People's Congress"): evidence of where the story is, as a coded actor is."""

    book = load_codebook()
    found: set[str] = set()
    for m in mentions:
        for word in m.text.split()[:-1]:  # a modifier, not the head ("Council", not "Liberian")
            entry = book.lookup(word) if word[:1].isupper() else None
            if entry is not None and entry.kind in ("demonym", "country") and entry.country:
                found.add(entry.country)
    return found


def _anchors(cands: dict[str, list[GazRecord]]) -> frozenset[tuple[str, str, str]]:
    """Counties the article names together with a town that lies in them: (country,
    admin1, county) cells where one name may be the county and another a town inside it
    ("Paris" with "Henry County" is Paris, Tennessee; "Huntsville" with "Walker County" the
    Texas town). Naming a town and its county together is strong evidence for both."""
    counties: dict[tuple[str, str, str], set[str]] = {}
    towns: dict[tuple[str, str, str], set[str]] = {}
    for n, recs in cands.items():
        for r in recs:
            if not r.admin1 or not r.admin2:
                continue
            cell = (r.country, r.admin1, r.admin2)
            if r.feature == "ADM2" and fold(r.name) == n:  # written in full: "Henry County"
                counties.setdefault(cell, set()).add(n)
            elif r.kind == "city":
                towns.setdefault(cell, set()).add(n)
    return frozenset(cell for cell, ns in counties.items() if any(towns.get(cell, set()) - {c} for c in ns))


@dataclass
class _Evidence:
    """What the article's names say about each other, gathered once per article."""

    areas: dict[str, set[tuple[str, str]]]  # name -> (country, admin1) its candidates lie in
    squares: dict[str, set[tuple[int, int]]]  # name -> map squares of its candidate towns
    actor_countries: frozenset[str]
    anchors: frozenset[tuple[str, str, str]]
    mentions: Counter[str]
    spread: Counter[tuple[str, str]] = field(default_factory=Counter)
    square_spread: Counter[tuple[int, int]] = field(default_factory=Counter)


def _square(rec: GazRecord) -> tuple[int, int]:
    return square(rec.lat, rec.lon)


def _local(rec: GazRecord) -> bool:
    """Towns and counties: small enough for their point to say where they are."""
    return rec.kind == "city" or rec.feature == "ADM2"


def _placed(text: str, place: Place, resolved_starts: set[int], ways: frozenset[int]) -> bool:
    """Whether an unresolved name stands where places stand: several words ("Darby Street"),
    after a locative or place word ("in X", "the village of X", "northern X"), before an area
    word ("X province") or a resolved place ("X, Syria"), or at a way's end (``ways``, the starts
    of the names :func:`way_end` finds: "the road between Bangassou and X"). A lone unknown
    capitalised word elsewhere is more often a name the NER took for a place ("Hartmann", "Titan")."""
    if " " in place.text.strip() or place.start in ways:
        return True
    p = _patterns()
    before = re.search(r"([A-Za-z-]+)\W*$", text[max(0, place.start - 30) : place.start])
    if before and before.group(1).lower() in {*LOCATIVE_PREPS, *p["of_nouns"], *p["directions"], *p["person_label_preps"]}:
        return True
    after = text[place.end : place.end + 40]
    word = re.match(r"\s+([A-Za-z]+)", after)
    if word and word.group(1).lower() in {*p["admin_suffixes"], *(w.lower() for w in p["area_name_words"])}:
        return True
    m = re.match(r",\s+", after)
    return bool(m) and place.end + m.end() in resolved_starts


def _seats_abroad(text: str, places: list[Place], home: str | None) -> list[Place]:
    """A place named as a state's institution the codebook knows ("the White House", "the
    Kremlin", "Downing Street") is that seat of government, in that state: a town of another
    state whose name translates or spells it ("White House", a name of Casablanca) is no reading
    of it, and it is left unresolved (a seat read in its own state stays). Only where the text
    writes it with "the", as a seat is named ("in Duma", a Syrian town, is no Russian
    legislature), and not where the town lies in the report's own state (``home``, the
    dateline's: "DAMASCUS - ... the Duma district" is the Syrian town's)."""

    book = load_codebook()
    out = list(places)
    for i, p in enumerate(places):
        if p.resolved and text[max(0, p.start - 4):p.start].lower() == "the " and (entry := book.lookup(p.text)) is not None \
                and entry.kind == "institution" and entry.code and p.country and p.country != entry.code and p.country != home:
            out[i] = _place(text, p.start, p.end, None, False)
    return out


def _names_a_body(doc, start: int, end: int) -> bool:
    """The name stands in apposition to a body's noun ("the EU's naval force in the region,
    X, said", "the mission, X,"): the body's name, not a place (a weak head such as "state"
    or "office" tells nothing)."""

    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span) or span.root.dep_ != "appos":
        return False
    lex = load_codebook().sectors
    head = span.root.head
    lemma = head.lemma_.lower()
    return head.pos_ == "NOUN" and lex.head(lemma) is not None and lemma not in lex.weak and head.lower_ not in lex.weak


def _igo_named(name: str) -> bool:
    """Whether the codebook knows ``name`` as an international organisation ("EU", "the African
    Union"): the NER's organisation is then that body, an actor, though a region bears its name."""

    entry = load_codebook().lookup(name)
    return entry is not None and entry.kind == "igo"


def water_named(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names a body of water or a sea feature ("the Strait of Hormuz",
    "Mischief Reef"): a place, whatever the NER calls it (the actor stage asks the same)."""
    return _water(text, start, end)


def unarticled_water(text: str, start: int, end: int) -> bool:
    """Whether a name ends in a water word that goes with "the" ("Sea", "Ocean": places_patterns.yaml
    ``article_water_words``) and has no "the" before it: read as a person's name where the NER
    tells a person ("Frank Ocean performed"), not as water."""
    words = text[start:end].split()
    return bool(words) and words[-1] in _patterns()["article_water_words"] and text[max(0, start - 4):start] not in ("the ", "The ")


def _water(text: str, start: int, end: int) -> bool:
    """A body of water ("the Red Sea", "the Gulf of Aden", "the Strait of Hormuz", "in the
    Mediterranean"), not the state or county of that name, which is told with its area word
    ("Sudan's Red Sea state", "Gulf County")."""
    p = _patterns()
    words = text[start:end].split()
    after = re.match(r"\s+([A-Za-z]+)", text[end : end + 30])
    if not words or (after and after.group(1).lower() in {*p["admin_suffixes"], *(w.lower() for w in p["area_name_words"])}):
        return False
    if words[-1] in p["water_words"] or (len(words) > 2 and words[0] in p["water_of_words"] and words[1] == "of"):
        return True
    if words[-1] in p["peoples_water_words"] and len(words) >= 2 and _peoples_word(words[-2]) and not _numbered(text[end:end + 30]):
        return True
    return len(words) == 1 and words[0] in p["water_names"] and text[max(0, start - 4) : start] in ("the ", "The ")


def _peoples_word(word: str) -> bool:
    """A country's name, a compass word or a people's "-ish" word the codebook does not know as a
    state's ("Mozambique", "North", "English"): what names a channel of water, not a broadcaster
    (places_patterns.yaml ``peoples_water_words``). A state's demonym names its broadcasters ("the
    Israeli Channel 12", "the British Channel"), no water."""
    entry = load_codebook().lookup(word)
    if entry is not None:
        return entry.kind == "country"
    return word.lower() in _patterns()["directions"] or (word[:1].isupper() and word.endswith("ish"))


def _numbered(after: str) -> bool:
    """Whether a number follows a name's last word ("Channel 12", "Channel One"; the number words of
    magnitudes_numbers.yaml): a broadcaster's channel, no water."""
    m = re.match(r"\s+(\d+|[A-Z][a-z]+)\b", after)
    return m is not None and (m.group(1).isdigit() or m.group(1).lower() in _number_words())


@cache
def _number_words() -> frozenset[str]:
    data = yaml.safe_load(resources.files("sitrep.data").joinpath("magnitudes_numbers.yaml").read_text(encoding="utf-8"))
    return frozenset(w for w, n in data["words"].items() if n > 0 and len(w) > 2)


@cache
def _water_name() -> re.Pattern[str]:
    p = _patterns()
    alt = lambda words: "|".join(map(re.escape, words))  # noqa: E731
    word = r"[A-Z][\w-]*"
    return re.compile(rf"(?<=\b[Tt]he )(?:(?:{word} ){{1,3}}(?:{alt([*p['water_words'], *p['peoples_water_words']])})|(?:{alt(p['water_of_words'])}) of (?:the )?{word}(?: {word})?)\b")


def water_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each body of water named after "the" ("the South China Sea", "the Gulf
    of Oman"): a country or people named inside is part of a sea's name, no actor."""
    return [m.span() for m in _water_name().finditer(text) if _water(text, *m.span())]


def _org_place_parts(ent) -> list[tuple[int, int]]:
    """Proper-noun runs that open an organisation's name (after "the") or follow its
    last "of": where its place name sits, if it has one."""
    toks = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
    parts = []
    head: list = []
    for t in toks:
        if t.pos_ != "PROPN" or not t.text[:1].isupper():
            break
        head.append(t)
    if head and len(toks) > 1:
        for n in range(min(3, len(head), len(toks) - 1), 0, -1):  # never the whole entity
            parts.append((head[0].idx, head[n - 1].idx + len(head[n - 1])))
    ofs = [i for i, t in enumerate(toks) if t.lower_ == "of"]
    if ofs and ofs[-1] + 1 < len(toks):
        tail = toks[ofs[-1] + 1 :]
        if all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in tail) and len(tail) <= 3:
            parts.append((tail[0].idx, tail[-1].idx + len(tail[-1])))
    return parts


_IN_AREA = re.compile(r"(?:\s+in\s+(?:the\s+)?|,\s+)")


def _outside_their_area(doc, text: str, places: list[Place], gazetteer: Gazetteer | None = None) -> list[Place]:
    """A town the text sets inside an area ("X in Kaduna state", "X, Idlib province") or a
    country ("a village of X in Nigeria"), read in another country, is a local place of that
    name the gazetteer lacks (a far town that shares a spelling), left unresolved; the comma
    counts only before an area told by its area word ("Atlanta, Georgia" says no more than
    the names). Not a town people come from before a country ("refugees from X in Turkey": where
    the refugees are, see _from_town); an area told by its area word ("from X in Kebbi state")
    sets the town inside it all the same. A town a country's possessive owns ("Peru's Andes") read
    in another country far from the owner is such a namesake too; an area read in another country
    ("Russia's Crimea") or a town near the owner is the place told, whoever the text says holds it."""
    out = list(places)
    for i, p in enumerate(places):
        owner = places[i - 1] if i > 0 else None
        if p.resolved and p.country and p.kind != "country" and not (p.feature or "").startswith("ADM") and owner is not None and owner.kind == "country" and owner.resolved \
                and owner.country and owner.country != p.country and _OWNED.fullmatch(text, owner.end, p.start) \
                and _far_from(p, owner, gazetteer):
            out[i] = _place(text, p.start, p.end, None, False)  # "Peru's Andes": a place of that country, not a far namesake
            continue
        if not p.resolved or p.kind != "city" or not p.country or i + 1 >= len(places):
            continue
        q = places[i + 1]
        m = _IN_AREA.fullmatch(text, p.end, q.start)
        if m is None or not q.resolved or not q.country or q.country == p.country:
            continue
        after = re.match(r"\s+(\w+)", text[q.end:q.end + 30])
        told_area = q.kind == "admin" and (_area_word().search(q.text) is not None
                                           or (after is not None and _area_word().fullmatch(" " + after.group(1)) is not None))
        if told_area or (q.kind == "country" and "in" in m.group(0) and not _from_town(doc, p)):
            out[i] = _place(text, p.start, p.end, None, False)
    return out


def _far_from(p: Place, owner: Place, gazetteer: Gazetteer | None) -> bool:
    """Whether a place lies over FAR_OWNER_KM from both the centre and the capital of a country."""
    if p.lat is None or p.lon is None or owner.lat is None or owner.lon is None:
        return False
    capital = gazetteer.capital(owner.country) if gazetteer is not None and owner.country else None
    points = [(owner.lat, owner.lon)] + ([(capital.lat, capital.lon)] if capital is not None else [])
    return all(haversine_km(p.lat, p.lon, la, lo) > FAR_OWNER_KM for la, lo in points)


# a country's possessive before a place's name: "Peru's Andes", "Nigeria’s northern Kaduna"
_OWNED = re.compile(r"['’]s\s+(?:(?:northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western|remote|restive)\s+)?")


def _from_town(doc, town: Place) -> bool:
    """A town people come from ("refugees from X in Turkey", "officials from X in Qatar"): the
    "in Y" after it tells where the people are, not where the town lies (the small parser hangs
    that "in" on the town all the same, so the parse cannot tell it by its attachment)."""
    span = doc.char_span(town.start, town.end, alignment_mode="expand")
    return span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ == "from"


# "the city's ", "the town's central ": a part of the town named before
_TOWNS_OWN = re.compile(r"\b[Tt]he (?:city|town|capital|port)['’]s (?:[a-z-]+ )?$")


@lru_cache(maxsize=8)
def _datelines(text: str) -> tuple[tuple[int, int, str | None, int, int], ...]:
    """(start, end, agency, agency start, agency end) of each dateline that opens a line, read once per text (the actor and
    the place stages ask for its spans and its outlets)."""
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    return tuple((*m.span(), m.group("agency"), *m.span("agency")) for s in starts if (m := DATELINE.match(text, s)))


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each dateline that opens a line ("NIAMEY, Jan 11 (Reuters) - Militants
    ambushed ..."): the place and agency of the filing, no actor."""
    return [(s, e) for s, e, *_ in _datelines(text)]


def dateline_outlets(text: str) -> frozenset[str]:
    """The agencies named in brackets in the report's datelines ("NIAMEY, Jan 11 (Westwire) -"):
    the outlet that files the report, wherever the text names it again ("residents told
    Westwire"), whether a codebook knows it or not: a medium, never a person nor a place."""
    return frozenset(agency for _, _, agency, *_ in _datelines(text) if agency)


def dateline_country(text: str, gazetteer: Gazetteer) -> str | None:
    """The country (ISO3) the report's first dateline files from, where it is clear: the country of
    an admin area named after its place that holds a town of that name ("ATLANTA, Georgia" and
    "LONDON, Ontario" are the US's and Canada's), else the country named after its place ("BANNU,
    Pakistan, Oct 6 -"), else the one country of the place's towns
    and areas, or of its one town that outnumbers all others tenfold ("MAPUTO, Nov 8 -" is
    Mozambique's; a name shared by two sizeable towns of two countries tells none)."""
    lines = _datelines(text)
    if not lines:
        return None
    start, end = lines[0][:2]
    m = DATELINE.match(text, start)
    if m is None:
        return None
    name = m.group("place").title()
    for part in text[m.end("place"):end].split(","):
        words = part.split("(")[0].strip(" -–—")
        if not words:
            continue
        # an admin area the town lies in reads before a country of that name ("ATLANTA, Georgia" is
        # the US state's; "ST. PETERSBURG, Florida", "LONDON, Ontario": the admin's country)
        areas = {r.name for r in gazetteer.candidates(words) if r.kind == "admin"
                 and (r.name == words or (r.country == "USA" and words.replace(" ", "") in _abbreviations()))}  # ("Fla.")
        inside = [r for r in gazetteer.candidates(name) if r.kind == "city" and r.admin1 in areas]
        if inside:
            return inside[0].country
        if (rec := gazetteer.country(words)) is not None:
            return rec.country
    return clear_country(name, gazetteer)


def clear_country(name: str, gazetteer: Gazetteer) -> str | None:
    """The country (ISO3) a place name tells where it is clear: a country's own name, else the one
    country of the name's towns and areas, or of its one town that outnumbers all others tenfold
    (a name shared by two sizeable towns of two countries tells none; a town abroad that bears the
    name only as a variant in another language is none: "ROME" is no Lomé)."""
    if (rec := gazetteer.country(name)) is not None:
        return rec.country
    towns = [r for r in gazetteer.candidates(name, variants=False) if r.kind in ("city", "admin") and r.country]
    if not towns or not gazetteer.is_place_name(name, min_population=EXTRA_MIN_POPULATION):
        return None
    first = towns[0]
    if all(r.country == first.country or r.population * 10 <= first.population for r in towns[1:]):
        return first.country
    return None


def dateline_outlet_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the agency named in each dateline's brackets ("MANILA, Aug 20 (Asia Marine
    News) -"): no word inside it is a place ("Asia") or an actor, whatever the NER makes of it."""
    return [(s, e) for _, _, agency, s, e in _datelines(text) if agency]


# between a place and the area or country it lies in: " region of ", " in ", " district of the "
_INSIDE = re.compile(r"\s+((?:region|province|state|district|county|department|governorate|prefecture|oblast)\s+)?(?:of|in)\s+(?:the\s+)?")

# the words before what is talked or fought over, not a place where something is: "talks on X", "a dispute over X"
_TOPIC = re.compile(r"\b(?:on|about|over|regarding|concerning)\s+(?:the\s+)?$", re.IGNORECASE)


# " in western Nepal", " in the north of Mali": the name of where a place lies, after the words of where in it
_INSIDE_NAME = re.compile(r"\s+in\s+(?:the\s+)?(?:(?:far\s+)?(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?"
                          r"([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)")


def _place(text: str, start: int, end: int, rec: GazRecord | None, is_admin: bool) -> Place:
    if rec is None:
        return Place(text=text[start:end], start=start, end=end, name=text[start:end], kind="admin" if is_admin else "other")
    kind = "admin" if is_admin and rec.kind == "city" else rec.kind
    if kind == "region":
        kind = "other"
    return Place(
        text=text[start:end],
        start=start,
        end=end,
        name=rec.name,
        country=rec.country or None,
        admin1=rec.admin1,
        lat=rec.lat,
        lon=rec.lon,
        geonameid=rec.geonameid,
        kind=kind,
        resolved=True,
        feature=rec.feature or None,
        population=rec.population,
    )
