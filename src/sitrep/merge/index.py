"""Streaming incident index: blocking, a pairwise decision, greedy attachment.

``IncidentIndex.add(mention)`` looks up candidate incidents by blocking keys, scores
the mention against each candidate with :func:`pair_score`, and attaches it to the
best candidate at or above the threshold, or opens a new incident. Blocks are
(place, week) pairs: a mention with a point meets the incidents in its 1-degree
geocell and the three meeting at its nearest corner (so at least half a degree in
every direction) in the weeks its date window touches, the incidents of its country
known only by country in those weeks, and the undated incidents of those cells; a
mention known only by country meets every incident of that country in those weeks;
a mention with no place meets the incidents of those weeks with the same perpetrator
and the latest ``max_scan`` of the same family; an
undated one meets its region's incidents whatever their date. Located, dated
mentions never scan the incidents that have no place: that keeps a block small at
any scale. In a batch, :func:`sitrep.merge.merge_reports` therefore adds the most
informative mentions first (place and stated date), so the vaguer ones find them. Each incident keeps a small summary (dates,
first point, countries, families, perpetrator codes, figures, a few signatures),
so the cost of ``add`` does not grow with the number of mentions merged, only with
the number of incidents sharing a block. Nothing is recomputed when a mention
arrives: incremental ingest and the batch merge call the same ``add``.

Why greedy attachment and not a global clustering: reports arrive as a stream and
an incident id, once given, must stay stable; a report joins the incident it fits
best, and the decision uses the incident's accumulated evidence (every date, every
figure), which is what an analyst does with a new report.
"""
from __future__ import annotations

import functools
import hashlib
import math
from collections.abc import Iterable
from dataclasses import dataclass

from sitrep.gazetteer import haversine_km
from sitrep.model import Incident, IncidentMention

__all__ = ["IncidentIndex", "MergeOptions", "pair_score", "haversine_km"]


@dataclass(frozen=True, slots=True)
class MergeOptions:
    """Knobs of blocking and the pairwise decision (defaults chosen on general grounds, see README)."""

    window_days: int = 7  # candidates: incidents with a date within this many days
    threshold: float = 2.5  # attach when the best pair score reaches this
    same_place_km: float = 30.0
    near_place_km: float = 60.0
    far_place_km: float = 150.0
    cell_degrees: float = 1.0  # geocell side; the three cells nearest the point are searched too
    keep_mentions: bool = True  # False for scale runs: keep assignments only
    text_similarity: bool = True
    max_scan: int = 200  # a mention without place or date meets at most the latest N incidents of a block



@dataclass(slots=True, eq=False)
class _Summary:
    """What the pairwise decision reads of an incident, updated as mentions attach.

    Small tuples rather than sets or lists: an incident has a handful of values per
    field, a million incidents must fit in memory, and an empty field then costs
    nothing (every summary shares the one empty tuple). Compared by identity (``eq=False``): the
    blocks hold summaries, and ``in`` on a block must not compare field by field.
    """

    id: str
    dates: tuple[int, ...] = ()  # stated event dates (ordinals)
    inferred: tuple[int, ...] = ()  # publication dates standing in
    weekdays: tuple[int, ...] = ()  # weekdays named by undated mentions
    point: tuple[float, float] | None = None
    others: tuple[tuple[float, float], ...] = ()  # a few more places its reports name
    place_names: tuple[str, ...] = ()  # folded names of its places ("marib")
    countries: tuple[str, ...] = ()
    families: tuple[str, ...] = ()
    perpetrators: tuple[str, ...] = ()
    killed: tuple[tuple[int | None, int | None], ...] = ()
    signatures: tuple[str, ...] = ()
    told: bool = False  # a mention with no place has told violence itself (see _Probe.told)


def _precise(m: IncidentMention) -> bool:
    """A point (town, site), not a province's or a country's centre."""
    loc = m.location
    return loc is not None and loc.lat is not None and loc.lon is not None and loc.kind not in ("country", "admin")


def _codes(m: IncidentMention) -> list[str]:
    return [p.code or p.name.lower() for p in m.perpetrators if p.code or p.name]


_CAPPED = frozenset({"all*", "cell*", "coarse*", "country*", "week"})  # block kinds scanned latest ``max_scan`` only
_MOST_GAINED_AFTER_PLACE = 0.5 + 1.0 + 0.5 + 1.0  # family, perpetrator, figure, text
_MOST_GAINED_AFTER_DATE = 2.0 + _MOST_GAINED_AFTER_PLACE  # place


@dataclass(slots=True)
class _Probe:
    """What the pairwise decision reads of a mention, computed once per ``add``."""

    day: int | None
    inferred: bool
    country: str | None
    point: tuple[float, float] | None  # precise places only
    others: list[tuple[float, float]]
    weekday: int | None
    family: str
    codes: list[str]
    killed: list[tuple[int | None, int | None]]
    signature: str
    # a mention with no place tells violence itself (_told): it has an event, or its title and lead tell violence
    # in their own words (cues.tells_violence), and no hazard; what such a mention may gain from a placed incident's family and
    # toll rests on it ("twelve people died when a building collapsed" is no attack's toll)
    told: bool = True
    # Upper bounds on what this mention can gain against any incident, from what it
    # carries (no perpetrator code: no actor point; no point: at most +0.5 for the
    # place; ...): _score gives up once the threshold is out of reach, and ``add``
    # skips what cannot reach it. Only scores below the threshold are cut short, so
    # the incident chosen is the same. Defaults: the loosest bounds.
    after_place: float = _MOST_GAINED_AFTER_PLACE
    after_date: float = _MOST_GAINED_AFTER_DATE
    ceiling: float = 2.0 + _MOST_GAINED_AFTER_DATE
    max_gap: float = math.inf  # a stated date further than this from an incident's stated dates cannot reach it

    @classmethod
    def read(cls, m: IncidentMention, options: MergeOptions) -> _Probe:
        """The probe of ``m`` with the bounds of its evidence under ``options``."""
        p = cls.of(m)
        p.after_place = 0.5 + (1.0 if p.codes else 0.0) + (0.5 if p.killed else 0.0) + (
            1.0 if options.text_similarity and p.signature else 0.0)  # family, perpetrator, figure, text
        p.after_date = p.after_place + (2.0 if p.point is not None else 0.5 if p.country else 1.5 if p.signature else -0.5)
        if p.day is None:
            p.ceiling = p.after_date - 0.5 + (1.0 if p.weekday is not None else 0.0)
        else:
            p.ceiling = p.after_date + (0.5 if p.inferred else 2.0)
            if not p.inferred:
                gaps = _MAX_GAP.get(options)
                if gaps is None:
                    gaps = _MAX_GAP[options] = {}
                gap = gaps.get(p.after_date)
                if gap is None:
                    gap = gaps[p.after_date] = _max_gap(p.after_date, options)
                p.max_gap = gap
        return p

    @classmethod
    def of(cls, m: IncidentMention) -> _Probe:
        loc = m.location
        told = loc is not None and bool(loc.country) or _told(m)
        if not m.places and not m.perpetrators and m.weekday is None:  # the common case, without the comprehensions
            precise = loc is not None and loc.lat is not None and loc.lon is not None and loc.kind not in ("country", "admin")
            return cls(
                m.date.toordinal() if m.date is not None else None,
                m.date_inferred,
                loc.country if loc is not None else None,
                (loc.lat, loc.lon) if precise else None,  # type: ignore[union-attr]
                [],
                None,
                m.family,
                [],
                [(f.min, f.max) for f in m.figures if f.field == "killed"],
                m.signature,
                told,
            )
        return cls(
            day=m.date.toordinal() if m.date is not None else None,
            inferred=m.date_inferred,
            country=loc.country if loc is not None else None,
            point=(loc.lat, loc.lon) if _precise(m) else None,  # type: ignore[union-attr]
            others=[(x.lat, x.lon) for x in m.places if x.lat is not None and x.lon is not None],  # type: ignore[misc]
            weekday=m.weekday,
            family=m.family,
            codes=_codes(m),
            killed=[(f.min, f.max) for f in m.figures if f.field == "killed"],
            signature=m.signature,
            told=told,
        )


def _told(m: IncidentMention) -> bool:
    """Whether mention ``m`` tells violence itself: an event with its doer named, or an event or words of
    violence in a title and lead that tell no hazard or mishap ("were killed when torrential rains swept away
    homes" tells a flood, whatever event was read in it)."""
    from sitrep.merge.cues import hazard_re, tells_violence

    if m.event is not None:
        return bool(m.perpetrators) or hazard_re().search(m.signature) is None
    return tells_violence(m.signature)


@functools.lru_cache(maxsize=1 << 16)
def _stated_gap_score(gap: int, w: int) -> float:
    """Date evidence of a stated date ``gap`` days from an incident's nearest stated date."""
    return 2.0 if gap == 0 else 1.5 if gap == 1 else 0.5 if gap <= 3 else -1.0 if gap <= w else -4.0


_MAX_GAP: dict[MergeOptions, dict[float, float]] = {}  # options -> after_date -> _max_gap (a handful of each)


def _max_gap(after_date: float, options: MergeOptions) -> float:
    """The widest gap whose date evidence, with ``after_date`` more, still reaches the threshold."""
    w, need = options.window_days, options.threshold - after_date
    if _stated_gap_score(max(w, 3) + 1, w) >= need:
        return math.inf
    gap = -1
    while _stated_gap_score(gap + 1, w) >= need:
        gap += 1
    return gap


@functools.lru_cache(maxsize=1 << 16)
def _fold(name: str) -> str:
    return "".join(ch for ch in name.lower() if ch.isalnum() or ch == " ").strip()


def _folded_words(text: str) -> str:
    return f" {' '.join(_fold(w) for w in text.split())} "


_cos, _radians, _hypot = math.cos, math.radians, math.hypot


def _km_fast(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Equirectangular distance: within 0.5% of the great circle below 200 km, and cheap."""
    kx = 111.195 * math.cos(math.radians((a[0] + b[0]) / 2))
    return math.hypot((a[0] - b[0]) * 111.195, (a[1] - b[1]) * kx)


def pair_score(m: IncidentMention, s: _Summary, options: MergeOptions) -> float:
    """Evidence that mention ``m`` reports incident ``s`` (positive) or another one (negative).

    Place: same point (<= 30 km) +2, near (<= 60 km) +1, far (> 150 km) -3, another
    country -4, same country without points +0.5. Date: same stated day +2, a day
    apart +1.5, up to 3 days +0.5, up to a week -1, more -4; a publication date only
    bounds the event from above (reports follow events), so it is compatible (+0.5)
    with an event up to ``window_days`` earlier, and -2 otherwise. Family: same +0.5,
    violence vs protest -0.5. A perpetrator code shared +1. A killed figure shared
    +0.5. Text (title + lead) token-set similarity >= 60: +1. No date, or no place, to
    compare: -0.5 each (the rest of the evidence must make up for it; where one side has a place and
    the other none, the family and the killed figure count only with a perpetrator or the text in common,
    or where the side with no place tells violence itself (an event, or violence in its title and lead: a
    toll of a collapse is no attack's) and ``rivals``, another placed incident of that day with the same
    toll, do not exist (the toll cannot tell which)), unless a
    mention with no resolved place names the incident's town in its lead (+1.5); an undated
    mention whose lead names the incident's weekday +1, another weekday -2. Distances
    also try the other places either side names (an article may centre on the town
    its sources speak from). Scoring stops early
    once the threshold is out of reach (the score returned is then below it).
    """
    return _score(_Probe.read(m, options), s, options)


def _score(p: _Probe, s: _Summary, options: MergeOptions, rivals: bool = False) -> float:
    score = 0.0
    d = p.day
    dates, inferred = s.dates, s.inferred
    if d is None or (not dates and not inferred):
        score -= 0.5  # no date to compare: place and type alone are not enough
        weekday = p.weekday if d is None else (d - 1) % 7
        known = [(x - 1) % 7 for x in dates] + list(s.weekdays)
        if weekday is not None and known:
            score += 1.0 if weekday in known else -2.0
    else:
        w = options.window_days
        if not p.inferred and dates:
            gap = abs(d - dates[0]) if len(dates) == 1 else min(abs(d - x) for x in dates)
            score += 2.0 if gap == 0 else 1.5 if gap == 1 else 0.5 if gap <= 3 else -1.0 if gap <= w else -4.0  # _stated_gap_score
        elif not p.inferred:
            score += 0.5 if any(0 <= x - d <= w for x in inferred) else -2.0
        elif dates:
            score += 0.5 if any(0 <= d - x <= w for x in dates) else -2.0
        else:
            score += 0.5 if min(abs(d - x) for x in inferred) <= 3 else -1.0
        if score + p.after_date < options.threshold:
            return score  # no place, actor or text evidence could reach the threshold now
    unplaced = False
    if p.country and s.countries and p.country not in s.countries:
        score -= 4.0
    elif p.point is not None and s.point is not None:
        a, b = p.point, s.point  # _km_fast, inlined (same arithmetic): this is the hot path
        km = _hypot((a[0] - b[0]) * 111.195, (a[1] - b[1]) * (111.195 * _cos(_radians((a[0] + b[0]) / 2))))
        if km > options.same_place_km and (p.others or s.others):
            # the incident may sit at another place either side names
            km = min([km] + [_km_fast(a, b) for a in [p.point, *p.others] for b in [s.point, *s.others]])
        if km <= options.same_place_km:
            score += 2.0
        elif km <= options.near_place_km:
            score += 1.0
        elif km > options.far_place_km:
            score -= 3.0
    elif p.country and p.country in s.countries:
        score += 0.5
    elif not p.country and s.place_names and p.signature and any(n in _folded_words(p.signature) for n in s.place_names):
        score += 1.5  # no place resolved, but the lead names the incident's town
    elif not p.country or not s.countries:
        score -= 0.5  # no place to compare: date and type alone are not enough
        # one side placed, the other not, and another placed incident of that day with the same toll
        # (``rivals``): a like family and a like toll tell them apart no more (an actor or the words must)
        unplaced = (not p.country) != (not s.countries)
    if score + p.after_place < options.threshold:
        return score
    weak = 0.0  # what a mention without a place gains, where rivals share its toll, only with an actor or its words
    if p.family in s.families:
        weak += 0.5
    elif (p.family == "violence" and "protest" in s.families) or (p.family == "protest" and "violence" in s.families):
        score -= 0.5
    shared = bool(s.perpetrators and any(c in s.perpetrators for c in p.codes))
    if shared:
        score += 1.0
    if s.killed and any(k in s.killed for k in p.killed):
        weak += 0.5
    if options.text_similarity and p.signature and s.signatures:
        from rapidfuzz import fuzz

        if max(fuzz.token_set_ratio(p.signature, x) for x in s.signatures) >= 60:
            score += 1.0
            shared = True
    if shared or not unplaced:
        return score + weak
    # the side with no place gains the family and toll of the placed one only if it tells violence itself, and
    # only if no other placed incident of that day has the same toll (``rivals``)
    return score + (weak if not rivals and (p.told if not p.country else s.told) else 0.0)


def _same_toll_that_day(p: _Probe, s: _Summary) -> bool:
    """Whether placed incident ``s`` has a stated day and a killed figure of the mention ``p``."""
    return bool(s.countries) and p.day is not None and p.day in s.dates and any(k in s.killed for k in p.killed)


class IncidentIndex:
    """Incidents built from a stream of mentions; ``add`` returns the incident id.

    Ids are stable: an incident's id is a hash of the id of its first mention, so the
    same stream gives the same ids, and a later mention never renames an incident.
    """

    def __init__(self, *, options: MergeOptions | None = None) -> None:
        self.options = options or MergeOptions()
        self._summaries: dict[str, _Summary] = {}
        self._mentions: dict[str, list[IncidentMention]] = {}
        self._blocks: dict[tuple, list[str]] = {}
        self.assignment: dict[str, str] = {}  # mention id -> incident id

    def __len__(self) -> int:
        return len(self._summaries)

    # -- blocking --------------------------------------------------------------
    def _cell(self, lat: float, lon: float) -> tuple[int, int]:
        c = self.options.cell_degrees
        return math.floor(lat / c), math.floor(lon / c)

    def _near_cells(self, lat: float, lon: float) -> list[tuple[int, int]]:
        """The point's cell and the three that meet at its nearest corner.

        Any place within half a cell of the point lies in one of them, so with 1-degree
        cells every incident within about 55 km (north-south; 45 km east-west at 35
        degrees of latitude) is met with four lookups instead of nine.
        """
        c = self.options.cell_degrees
        x, y = lat / c, lon / c
        cx, cy = math.floor(x), math.floor(y)
        nx = cx - 1 if x - cx < 0.5 else cx + 1
        ny = cy - 1 if y - cy < 0.5 else cy + 1
        return [(cx, cy), (nx, cy), (cx, ny), (nx, ny)]

    def _weeks(self, m: IncidentMention) -> range | None:
        if m.date is None:
            return None
        d, w = m.date.toordinal(), self.options.window_days
        lo, hi = d - w, (d + 1 if m.date_inferred else d + w)
        return range(lo // 7, hi // 7 + 1)

    def _query_keys(self, m: IncidentMention) -> list[tuple]:
        loc = m.location
        country = loc.country if loc is not None else None
        cells = self._near_cells(loc.lat, loc.lon) if _precise(m) else []  # type: ignore[union-attr, arg-type]
        if cells:
            for other in m.places:  # the incident may sit at another place the report names
                if other.lat is not None and other.lon is not None:
                    cells += [c for c in self._near_cells(other.lat, other.lon) if c not in cells]
        weeks = self._weeks(m)
        if weeks is None:  # undated: the region's incidents, whatever their date
            if cells:
                return [("cell*", cx, cy) for cx, cy in cells] + ([("coarse*", country)] if country else [])
            return [("country*", country)] if country else [("all*",)]
        if cells:
            keys: list[tuple] = [("undated-cell", cx, cy) for cx, cy in cells]
            for wk in weeks:
                keys += [("cell", cx, cy, wk) for cx, cy in cells]
                if country:
                    keys.append(("coarse", country, wk))
            return keys
        if country:
            return [("undated", country)] + [("country", country, wk) for wk in weeks]
        keys = [("undated", None)]
        for wk in weeks:  # no place: the same perpetrator in those weeks, else the latest of the family
            keys.extend(("actor", code, wk) for code in _codes(m))
            keys.append(("week", wk, m.family))
        return keys

    def _file_keys(self, m: IncidentMention) -> list[tuple]:
        loc = m.location
        country = loc.country if loc is not None else None
        cell = self._cell(loc.lat, loc.lon) if _precise(m) else None  # type: ignore[union-attr, arg-type]
        keys: list[tuple] = [("all*",)]
        if cell is not None:
            keys.append(("cell*",) + cell)
        if country:
            keys.append(("country*", country))
            if cell is None:
                keys.append(("coarse*", country))
        if m.date is None:
            keys.append(("undated-cell",) + cell if cell is not None else ("undated", country))
            return keys
        wk = m.date.toordinal() // 7
        keys.append(("week", wk, m.family))
        keys.extend(("actor", code, wk) for code in _codes(m))
        if cell is not None:
            keys.append(("cell",) + cell + (wk,))
            for other in m.places:  # found from the other places its reports name, too
                if other.lat is not None and other.lon is not None:
                    keys.append(("cell",) + self._cell(other.lat, other.lon) + (wk,))
        if country:
            keys.append(("country", country, wk))
            if cell is None:
                keys.append(("coarse", country, wk))
        return keys

    def candidates(self, m: IncidentMention) -> list[str]:
        """Ids of the incidents sharing a block with ``m`` (see the module docstring)."""
        found: dict[str, None] = {}
        blocks = self._blocks
        cap = self.options.max_scan
        for key in self._query_keys(m):
            block = blocks.get(key)
            if block:
                found.update(dict.fromkeys(s.id for s in (block[-cap:] if key[0] in _CAPPED else block)))
        return list(found)

    def _region(self, m: IncidentMention) -> str:
        """The coarse region a store files ``m`` under: its country, else its map cell, else "?"."""
        loc = m.location
        if loc is not None and loc.country:
            return loc.country
        if loc is not None and loc.lat is not None and loc.lon is not None:
            cx, cy = self._cell(loc.lat, loc.lon)
            return f"g{cx}:{cy}"
        return "?"

    def _days(self, m: IncidentMention) -> range | None:
        """The day ordinals a dated mention looks back and ahead (as :meth:`_weeks`, in days)."""
        if m.date is None:
            return None
        d, w = m.date.toordinal(), self.options.window_days
        return range(d - w, d + 2) if m.date_inferred else range(d - w, d + w + 1)

    def block_keys(self, m: IncidentMention) -> tuple[str, range | None]:
        """The region and the day window (ordinals) that :meth:`candidates` looks up for ``m``.

        A store that keeps each mention's region and date can load exactly the
        incidents that share a block with ``m`` (see ``sitrep.store.incidents``).
        """
        return self._region(m), self._days(m)

    # -- adding ----------------------------------------------------------------
    def add(self, mention: IncidentMention) -> str:
        """Attach ``mention`` to the incident it reports, or open one; returns its id."""
        best, best_score = None, -math.inf
        options, blocks = self.options, self._blocks
        probe = _Probe.read(mention, options)
        cap, max_gap = options.max_scan, probe.max_gap
        # A stated date too far from every stated date of an incident leaves the threshold
        # out of reach (probe.max_gap): such a candidate can never be the one attached
        # to, so it is passed over without the call.
        d = probe.day if max_gap != math.inf else None
        seen: set[_Summary] = set()
        scan: list[_Summary] = []
        keys = self._query_keys(mention) if probe.ceiling >= options.threshold else ()  # else: no incident can take it
        for key in keys:  # candidates(), inlined: this is the hot loop
            block = blocks.get(key)
            if not block:
                continue
            if key[0] in _CAPPED:
                block = block[-cap:]
            for s in block:
                if s in seen:
                    continue
                seen.add(s)
                if d is not None and (ds := s.dates) and (abs(d - ds[0]) if len(ds) == 1 else min(abs(d - x) for x in ds)) > max_gap:
                    continue
                scan.append(s)
        # a mention with no place beside two placed incidents of its day with its toll (or the reverse): the
        # toll cannot tell which (see _score's ``rivals``)
        like = [s for s in scan if _same_toll_that_day(probe, s)] if probe.killed and not probe.country else []
        for s in scan:
            sc = _score(probe, s, options, rivals=any(x is not s for x in like))
            if sc > best_score:
                best, best_score = s, sc
        if best is None or best_score < options.threshold:
            best = self._open(mention)
        self._attach(best, mention, probe)
        return best.id

    def extend(self, mentions: Iterable[IncidentMention]) -> None:
        for m in mentions:
            self.add(m)

    def restore(self, incident_id: str, mention: IncidentMention) -> None:
        """Re-attach a stored mention to its known incident, with no decision.

        Replaying an incident's mentions in their original order rebuilds the same
        state ``add`` left, so an index rebuilt from a store decides as the batch one.
        """
        s = self._summaries.get(incident_id)
        if s is None:
            s = self._summaries[incident_id] = _Summary(id=incident_id)
        self._attach(s, mention, _Probe.of(mention))

    def _open(self, mention: IncidentMention) -> _Summary:
        base = "I" + hashlib.sha1(mention.id.encode("utf-8")).hexdigest()[:12]
        iid, k = base, 1
        while iid in self._summaries:
            k += 1
            iid = f"{base}-{k}"
        return self._summaries.setdefault(iid, _Summary(id=iid))

    def _attach(self, s: _Summary, m: IncidentMention, p: _Probe) -> None:
        """Fold mention ``m`` (read as probe ``p``) into incident ``s`` and file it in its blocks."""
        iid = s.id
        if p.country and p.country not in s.countries:
            s.countries += (p.country,)
        if p.point is not None and s.point is None:
            s.point = p.point
        if p.family not in s.families:
            s.families += (p.family,)
        if not p.country and p.told:
            s.told = True
        for code in p.codes:
            if code not in s.perpetrators:
                s.perpetrators += (code,)
        for k in p.killed:
            if k not in s.killed:
                s.killed += (k,)
        if m.signature and len(s.signatures) < 4 and self.options.text_similarity:
            s.signatures += (m.signature,)
        if p.day is not None:
            if p.inferred:
                if p.day not in s.inferred:
                    s.inferred += (p.day,)
            elif p.day not in s.dates:
                s.dates += (p.day,)
        elif p.weekday is not None and p.weekday not in s.weekdays:
            s.weekdays += (p.weekday,)
        for other in p.others:
            if len(s.others) < 4 and other not in s.others:
                s.others += (other,)
        loc = m.location
        if loc is not None and loc.name and loc.kind != "country" and len(s.place_names) < 4:
            name = f" {_fold(loc.name)} "
            if name not in s.place_names:
                s.place_names += (name,)
        blocks = self._blocks
        for key in self._file_keys(m):
            block = blocks.get(key)
            if block is None:
                blocks[key] = [s]
            elif s not in block[-3:]:  # cheap (identity): candidates() drops any older repeat
                block.append(s)
        self.assignment[m.id] = iid
        if self.options.keep_mentions:  # (none kept, not even an empty list, otherwise)
            self._mentions.setdefault(iid, []).append(m)

    # -- reading ---------------------------------------------------------------
    def ids(self) -> list[str]:
        return list(self._summaries)

    def mentions(self, incident_id: str) -> list[IncidentMention]:
        return list(self._mentions.get(incident_id, ()))

    def incident(self, incident_id: str) -> Incident:
        """The reconciled record of one incident (computed from its mentions on demand)."""
        from sitrep.merge.reconcile import reconcile

        if incident_id not in self._summaries:
            raise KeyError(incident_id)
        return reconcile(self._mentions.get(incident_id, []), incident_id=incident_id)

    def incidents(self) -> list[Incident]:
        """Every incident, reconciled, in order of first arrival."""
        return [self.incident(i) for i in self._summaries]
