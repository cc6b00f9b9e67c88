"""Streaming incident index: blocking, a pairwise decision, greedy attachment.

``IncidentIndex.add(mention)`` looks up candidate incidents by blocking keys
(region = country ISO3, else a 1-degree geocell; and each day in a window around
the event date), scores the mention against each candidate with
:func:`pair_score`, and attaches it to the best candidate at or above the
threshold, or opens a new incident. Each incident keeps a small summary (dates,
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

import hashlib
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from sitrep.model import Incident, IncidentMention

__all__ = ["IncidentIndex", "MergeOptions", "pair_score", "haversine_km"]


@dataclass(frozen=True, slots=True)
class MergeOptions:
    """Knobs of the pairwise decision (defaults chosen on general grounds, see README)."""

    window_days: int = 7  # candidates: incidents with a date within this many days
    threshold: float = 2.5  # attach when the best pair score reaches this
    same_place_km: float = 30.0
    near_place_km: float = 60.0
    far_place_km: float = 150.0
    cell_degrees: float = 1.0
    keep_mentions: bool = True  # False for scale runs: keep assignments only
    text_similarity: bool = True
    max_scan: int = 5000  # a mention with neither place nor date meets at most the latest N incidents


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    r = 6371.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(min(1.0, math.sqrt(a)))


@dataclass(slots=True)
class _Summary:
    """What the pairwise decision reads of an incident, updated as mentions attach."""

    id: str
    dates: set[int] = field(default_factory=set)  # stated event dates (ordinals)
    inferred: set[int] = field(default_factory=set)  # publication dates standing in
    point: tuple[float, float] | None = None
    coarse_point: tuple[float, float] | None = None  # a country- or province-level place
    countries: set[str] = field(default_factory=set)
    families: Counter[str] = field(default_factory=Counter)
    perpetrators: set[str] = field(default_factory=set)
    killed: set[tuple[int | None, int | None]] = field(default_factory=set)
    signatures: list[str] = field(default_factory=list)
    n: int = 0


def _precise(m: IncidentMention) -> bool:
    loc = m.location
    return loc is not None and loc.lat is not None and loc.lon is not None and loc.kind not in ("country",)


def _codes(m: IncidentMention) -> set[str]:
    return {p.code or p.name.lower() for p in m.perpetrators if p.code or p.name}


def pair_score(m: IncidentMention, s: _Summary, options: MergeOptions) -> float:
    """Evidence that mention ``m`` reports incident ``s`` (positive) or another one (negative).

    Place: same point (<= 30 km) +2, near +1, far -3, other country -4. Date: same
    stated day +2, a day apart +1.5, up to 3 days +0.5, up to a week -1, more -4; a
    publication date only bounds the event from above (reports follow events), so it
    is compatible with an event up to ``window_days`` earlier (+0.5). Family: same
    +0.5, violence vs protest -0.5. Perpetrator codes shared +1. A figure shared +0.5.
    Text (title + lead) token-set similarity >= 60: +1.
    """
    score = 0.0
    loc = m.location
    if loc is not None and loc.country and s.countries and loc.country not in s.countries:
        score -= 4.0
    elif _precise(m) and s.point is not None:
        km = haversine_km(loc.lat, loc.lon, *s.point)  # type: ignore[union-attr, arg-type]
        if km <= options.same_place_km:
            score += 2.0
        elif km <= options.near_place_km:
            score += 1.0
        elif km > options.far_place_km:
            score -= 3.0
    elif loc is not None and loc.country and loc.country in s.countries:
        score += 0.5
    # dates
    if m.date is not None:
        d = m.date.toordinal()
        if not m.date_inferred and s.dates:
            gap = min(abs(d - x) for x in s.dates)
            score += 2.0 if gap == 0 else 1.5 if gap == 1 else 0.5 if gap <= 3 else -1.0 if gap <= options.window_days else -4.0
        elif not m.date_inferred and s.inferred:
            ok = any(0 <= p - d <= options.window_days for p in s.inferred)
            score += 0.5 if ok else -2.0
        elif m.date_inferred and s.dates:
            ok = any(0 <= d - x <= options.window_days for x in s.dates)
            score += 0.5 if ok else -2.0
        elif m.date_inferred and s.inferred:
            gap = min(abs(d - x) for x in s.inferred)
            score += 0.5 if gap <= 3 else -1.0
    # type
    if m.family in s.families:
        score += 0.5
    elif {m.family} | set(s.families) == {"violence", "protest"}:
        score -= 0.5
    if _codes(m) & s.perpetrators:
        score += 1.0
    if any((f.min, f.max) in s.killed for f in m.figures if f.field == "killed"):
        score += 0.5
    if options.text_similarity and m.signature and s.signatures:
        from rapidfuzz import fuzz

        if max(fuzz.token_set_ratio(m.signature, x) for x in s.signatures) >= 60:
            score += 1.0
    return score


class IncidentIndex:
    """Incidents built from a stream of mentions; ``add`` returns the incident id.

    Ids are stable: an incident's id is a hash of the id of its first mention, so the
    same stream gives the same ids, and a later mention never renames an incident.
    """

    def __init__(self, *, options: MergeOptions | None = None) -> None:
        self.options = options or MergeOptions()
        self._summaries: dict[str, _Summary] = {}
        self._mentions: dict[str, list[IncidentMention]] = {}
        self._block: dict[tuple[str, int], list[str]] = {}
        self._undated: dict[str, list[str]] = {}
        self._by_day: dict[int, list[str]] = {}
        self._by_region: dict[str, list[str]] = {}
        self.assignment: dict[str, str] = {}  # mention id -> incident id

    def __len__(self) -> int:
        return len(self._summaries)

    # -- blocking --------------------------------------------------------------
    def _region(self, m: IncidentMention) -> str:
        loc = m.location
        if loc is not None and loc.country:
            return loc.country
        if loc is not None and loc.lat is not None and loc.lon is not None:
            c = self.options.cell_degrees
            return f"g{math.floor(loc.lat / c)}:{math.floor(loc.lon / c)}"
        return "?"

    def _days(self, m: IncidentMention) -> range | None:
        if m.date is None:
            return None
        d, w = m.date.toordinal(), self.options.window_days
        return range(d - w, d + 2) if m.date_inferred else range(d - w, d + w + 1)

    def candidates(self, m: IncidentMention) -> list[str]:
        """Ids of the incidents sharing a block with ``m``.

        A located mention meets the incidents of its region on the days of its window,
        the undated incidents of its region, and the incidents that have no place yet.
        A mention without a place meets every region on its days; one without a date
        meets every incident of its region (or, with neither, the latest incidents).
        """
        region = self._region(m)
        days = self._days(m)
        found: dict[str, None] = {}
        if days is not None:
            if region == "?":
                for day in days:
                    found.update(dict.fromkeys(self._by_day.get(day, ())))
            else:
                for day in days:
                    found.update(dict.fromkeys(self._block.get((region, day), ())))
                    found.update(dict.fromkeys(self._block.get(("?", day), ())))
        elif region != "?":
            found.update(dict.fromkeys(self._by_region.get(region, ())))
        else:
            found.update(dict.fromkeys(list(self._summaries)[-self.options.max_scan:]))
        found.update(dict.fromkeys(self._undated.get(region, ())))
        found.update(dict.fromkeys(self._undated.get("?", ())))
        return list(found)

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
        for iid in self.candidates(mention):
            sc = pair_score(mention, self._summaries[iid], self.options)
            if sc > best_score:
                best, best_score = iid, sc
        if best is None or best_score < self.options.threshold:
            best = self._open(mention)
        self._attach(best, mention)
        return best

    def extend(self, mentions: Iterable[IncidentMention]) -> None:
        for m in mentions:
            self.add(m)

    def restore(self, incident_id: str, mention: IncidentMention) -> None:
        """Re-attach a stored mention to its known incident, with no decision.

        Replaying an incident's mentions in their original order rebuilds the same
        state ``add`` left, so an index rebuilt from a store decides as the batch one.
        """
        if incident_id not in self._summaries:
            self._summaries[incident_id] = _Summary(id=incident_id)
            self._mentions[incident_id] = []
        self._attach(incident_id, mention)

    def _open(self, mention: IncidentMention) -> str:
        base = "I" + hashlib.sha1(mention.id.encode("utf-8")).hexdigest()[:12]
        iid, k = base, 1
        while iid in self._summaries:
            k += 1
            iid = f"{base}-{k}"
        self._summaries[iid] = _Summary(id=iid)
        self._mentions[iid] = []
        return iid

    def _attach(self, iid: str, m: IncidentMention) -> None:
        s = self._summaries[iid]
        s.n += 1
        region = self._region(m)
        loc = m.location
        if loc is not None:
            if loc.country:
                s.countries.add(loc.country)
            if _precise(m) and s.point is None:
                s.point = (loc.lat, loc.lon)  # type: ignore[assignment]
        s.families[m.family] += 1
        s.perpetrators |= _codes(m)
        for f in m.figures:
            if f.field == "killed":
                s.killed.add((f.min, f.max))
        if m.signature and len(s.signatures) < 4 and self.options.text_similarity:
            s.signatures.append(m.signature)
        if m.date is not None:
            d = m.date.toordinal()
            (s.inferred if m.date_inferred else s.dates).add(d)
            for table, key in ((self._block, (region, d)), (self._by_day, d)):
                ids = table.setdefault(key, [])  # type: ignore[attr-defined]
                if iid not in ids:
                    ids.append(iid)
        else:
            ids = self._undated.setdefault(region, [])
            if iid not in ids:
                ids.append(iid)
        ids = self._by_region.setdefault(region, [])
        if iid not in ids[-8:]:  # a cheap check; candidates() removes any repeat
            ids.append(iid)
        self.assignment[m.id] = iid
        if self.options.keep_mentions:
            self._mentions[iid].append(m)

    # -- reading ---------------------------------------------------------------
    def ids(self) -> list[str]:
        return list(self._summaries)

    def mentions(self, incident_id: str) -> list[IncidentMention]:
        return list(self._mentions.get(incident_id, ()))

    def incident(self, incident_id: str) -> Incident:
        """The reconciled record of one incident (computed from its mentions on demand)."""
        from sitrep.merge.reconcile import reconcile

        return reconcile(self._mentions[incident_id], incident_id=incident_id)

    def incidents(self) -> list[Incident]:
        """Every incident, reconciled, in order of first arrival."""
        return [self.incident(i) for i in self._summaries]

