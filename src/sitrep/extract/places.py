"""Places: find toponyms (NER GPE/LOC/FAC plus cue patterns) and resolve them.

Resolution runs in two passes: first every name alone, collecting the countries
and admin areas the article mentions; then every name again with those as
context, so "Paris" next to "Texas" is Paris, TX and homonyms in a Syria story
prefer Syria. Spans that the actor stage marked as a person or an armed group
("Daesh", a surname NER took for a GPE) are skipped. Unresolved toponyms are kept
with ``resolved=False``.
"""
from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Sequence
from functools import cache
from importlib import resources

import yaml

from sitrep.config import Options
from sitrep.extract.base import Analysis
from sitrep.gazetteer import GazRecord, Gazetteer
from sitrep.model import Place

__all__ = ["PlaceStage", "find_toponyms"]

log = logging.getLogger(__name__)

NER_LABELS = ("GPE", "LOC", "FAC")
LOCATIVE_PREPS = {"in", "near", "outside", "around", "of", "at", "from", "to", "into", "towards", "toward", "through", "across"}
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_LEADING_THE = re.compile(r"^(?:the|The)\s+")


@cache
def _patterns() -> dict[str, list[str]]:
    text = resources.files("sitrep.data").joinpath("places_patterns.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


@cache
def _regexes() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    p = _patterns()
    particles = "|".join(map(re.escape, p["name_particles"]))
    word = r"[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*"
    name = rf"{word}(?:[ -](?:(?:{particles})[ -])?{word})*"
    alt = lambda words: "|".join(sorted(map(re.escape, words), key=len, reverse=True))  # noqa: E731
    of_re = re.compile(rf"\b(?:{alt(p['of_nouns'])}) of (?P<name>{name})")
    suffix_re = re.compile(rf"(?P<name>{name}) (?:{alt(p['admin_suffixes'])})\b")
    direction_re = re.compile(rf"\b(?:{alt(p['directions'])}) (?P<name>{name})")
    return of_re, suffix_re, direction_re


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading 'the' and a trailing possessive from [start, end)."""
    span = text[start:end]
    m = _LEADING_THE.match(span)
    if m:
        start += m.end()
    m = _POSSESSIVE.search(text[start:end])
    if m:
        end -= len(m.group(0))
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return start, end


def find_toponyms(doc) -> list[tuple[int, int, bool]]:
    """Non-overlapping (start, end, is_admin) toponym spans of a spaCy Doc."""
    text = doc.text
    spans: list[tuple[int, int, bool]] = []
    for ent in doc.ents:
        if ent.label_ in NER_LABELS:
            s, e = _trim(text, ent.start_char, ent.end_char)
            if e > s and text[s].isupper():
                spans.append((s, e, False))
    of_re, suffix_re, direction_re = _regexes()
    for rx, is_admin in ((of_re, False), (suffix_re, True), (direction_re, False)):
        for m in rx.finditer(text):
            s, e = _trim(text, m.start("name"), m.end("name"))
            if e > s and _proper(doc, s, e):
                spans.append((s, e, is_admin))
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


def _proper(doc, start: int, end: int) -> bool:
    """The span's capitalised tokens are proper nouns (not a sentence-initial word)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    caps = [t for t in span if t.text[:1].isupper()]
    return bool(caps) and all(t.pos_ == "PROPN" for t in caps)


class PlaceStage:
    """Append a :class:`~sitrep.model.Place` for every toponym of the article."""

    name = "places"
    needs = ("mentions",)
    adds = ("places",)

    def __init__(self, options: Options) -> None:
        self.options = options
        self.gazetteer = Gazetteer.load(options.cache_dir)

    def __call__(self, analysis: Analysis) -> Analysis:
        text = analysis.article.text
        surnames = {t.text for ent in analysis.doc.ents if ent.label_ == "PERSON" and len(ent) > 1 for t in ent[1:]}
        # "the town of X" names a place even where the NER took X for a person
        of_re = _regexes()[0]
        named_as_place = {_trim(text, m.start("name"), m.end("name")) for m in of_re.finditer(text)}
        spans = [
            (s, e, adm)
            for s, e, adm in find_toponyms(analysis.doc)
            if (s, e) in named_as_place or (not self._is_actor(analysis, s, e) and text[s:e] not in surnames)
        ]
        spans = self._locative_names(analysis, spans)
        analysis.places.extend(self._resolve(text, spans))
        log.debug("places: %d found, %d resolved", len(spans), sum(p.resolved for p in analysis.places))
        return analysis

    def resolve_spans(self, analysis: Analysis, spans: Sequence[tuple[int, int]]) -> list[Place]:
        """A Place for each given span (e.g. gold toponyms), resolved with the article's evidence.

        The context is built from these spans together with the places the stage already
        found in ``analysis``; one unresolved span never affects the others.
        """
        text = analysis.article.text
        given = [(s, e, False) for s, e in spans]
        known = [(p.start, p.end, p.kind == "admin") for p in analysis.places]
        return self._resolve(text, given, context=known)

    def _resolve(self, text: str, spans: Sequence[tuple[int, int, bool]], *, context: Sequence[tuple[int, int, bool]] = ()) -> list[Place]:
        """Two passes: every name alone to learn the article's countries and admin areas, then
        every name again with them as context."""
        first = [self.gazetteer.resolve(text[s:e], admin=adm) for s, e, adm in [*spans, *context]]
        countries = Counter(r.country for r in first if r and r.kind in ("country", "admin"))
        admins = {(r.country, r.admin1) for r in first if r and r.kind == "admin" and r.admin1}
        admin2 = {(r.country, r.admin1, r.admin2) for r in first if r and r.feature == "ADM2"}
        if not countries:  # no country named: let big cities set the scene
            countries = Counter(r.country for r in first if r and r.population >= 100_000)
        out = []
        for s, e, adm in spans:
            rec = self.gazetteer.resolve(
                text[s:e], context_countries=tuple(countries), context_admins=tuple(admins), context_admin2=tuple(admin2), admin=adm
            )
            out.append(_place(text, s, e, rec, adm))
        return out

    def _locative_names(self, analysis: Analysis, spans: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
        """Add proper names the NER missed that sit in a locative phrase ("areas of X", "near X")
        and are known to the gazetteer."""
        out = list(spans)
        for tok in analysis.doc:
            if tok.pos_ != "PROPN" or tok.dep_ != "pobj" or tok.head.lower_ not in LOCATIVE_PREPS:
                continue
            s, e = tok.left_edge.idx, tok.idx + len(tok)
            while s < e and not analysis.article.text[s].isupper():
                s = analysis.article.text.find(" ", s, e) + 1 or e
            if s >= e or any(a < e and s < b for a, b, _ in out) or self._is_actor(analysis, s, e):
                continue
            if self.gazetteer.resolve(analysis.article.text[s:e]) is not None:
                out.append((s, e, False))
        return sorted(out)

    def _is_actor(self, analysis: Analysis, start: int, end: int) -> bool:
        """The actor stage says this span is a person or a non-state group."""
        m = analysis.mention_at(start, end)
        if m is None:
            return False
        actor = analysis.actor(m.actor_id)
        if m.kind in ("person", "demonym") or (actor is not None and actor.kind in ("person", "group")):
            return True
        code = m.code or (actor.code if actor else None)
        return bool(code) and m.kind not in ("country", "demonym") and self.gazetteer.country(code) is None


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
    )
