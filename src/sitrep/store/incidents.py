"""Incidents in the store: attach each new report as it is ingested, read incidents back.

Tables (created by :class:`sitrep.store.duck.Store`): ``incidents`` (one row per
incident: flat columns people filter on, the reconciled record as JSON in
``record``) and ``incident_mentions`` (one row per mention: which incident it
belongs to, its article, its blocking keys ``region`` and ``day``, the global
attach order ``seq``, the mention as JSON).

Attaching a mention does not recompute everything: the incidents it could join are
those that share a block with it (its region and a window of days around its date,
as :meth:`IncidentIndex.candidates` defines them). Only those are loaded, their
index state is rebuilt by replaying their stored mentions in attach order
(:meth:`IncidentIndex.restore`), the mention is added by the same
:meth:`IncidentIndex.add` the batch merge uses, and only the incident it joined or
opened is written back. Because the replay restores exactly what the batch index
held for those incidents, the ids and groups are the ones ``sitrep merge`` gives for
the same reports in the same order. The caller (ingest) owns the transaction, so an
article and its incident rows are committed, or lost, together.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from sitrep.errors import ConfigError
from sitrep.merge import IncidentIndex, MergeOptions, mentions_from_report
from sitrep.model import Incident, IncidentMention, Report, from_dict, to_dict

if TYPE_CHECKING:
    import duckdb

__all__ = ["DDL", "IncidentWriter", "attach_mention", "attach_report", "count_incidents", "incident_row", "int_column", "iter_incidents", "load_incident"]

log = logging.getLogger(__name__)

DDL = {
    "incidents": """
        id VARCHAR PRIMARY KEY, seq BIGINT NOT NULL,
        event_type VARCHAR, acled_event_type VARCHAR, acled_sub_event_type VARCHAR, event VARCHAR,
        date DATE, date_low DATE, date_high DATE,
        place_name VARCHAR, country VARCHAR, admin1 VARCHAR, lat DOUBLE, lon DOUBLE,
        killed_low INTEGER, killed_high INTEGER, killed_conservative INTEGER, killed_best INTEGER,
        injured_low INTEGER, injured_high INTEGER, injured_conservative INTEGER, injured_best INTEGER,
        perpetrator_names VARCHAR, target_names VARCHAR,
        n_articles INTEGER, n_mentions INTEGER, contested_fields VARCHAR,
        first_published DATE, last_published DATE, updated_at TIMESTAMP,
        record JSON,
        arrested_low INTEGER, arrested_high INTEGER, escaped_low INTEGER, escaped_high INTEGER, place_basis VARCHAR""",
    "incident_mentions": """
        id VARCHAR PRIMARY KEY, incident_id VARCHAR NOT NULL,
        article_id VARCHAR NOT NULL REFERENCES articles(id), idx INTEGER NOT NULL,
        seq BIGINT NOT NULL, region VARCHAR NOT NULL, day DATE, date_inferred BOOLEAN, family VARCHAR,
        mention JSON""",
}
N_INCIDENT_COLS = 36


def _names(parties: list[Any]) -> str | None:
    names = [p.name for p in parties if p.name]
    return "; ".join(dict.fromkeys(names)) if names else None


INT32 = 2**31 - 1


def int_column(value: int | None) -> int | None:
    """``value`` for an INTEGER column, None when it does not fit (a figure of ten billion):
    the full value stays in the row's JSON, and the row is still written."""
    return value if value is None or -INT32 - 1 <= value <= INT32 else None


def incident_row(inc: Incident, *, seq: int, n_mentions: int) -> list[Any]:
    """The ``incidents`` row of a reconciled incident (column order of ``DDL``)."""
    loc = inc.location
    low, high = inc.date_range if inc.date_range else (inc.date, inc.date)
    pubs = [a.published for a in inc.articles if a.published is not None]
    k, i = inc.killed, inc.injured
    return [
        inc.id, seq, inc.event_type, inc.acled_event_type, inc.event_type if inc.acled_event_type else None, inc.event,
        inc.date, low, high,
        *((loc.name, loc.country, loc.admin1, loc.lat, loc.lon) if loc else (None,) * 5),
        *(map(int_column, (k.low, k.high, k.conservative, k.best)) if k else (None,) * 4),
        *(map(int_column, (i.low, i.high, i.conservative, i.best)) if i else (None,) * 4),
        _names(inc.perpetrators), _names(inc.targets),
        len(inc.articles), n_mentions, "; ".join(dict.fromkeys(c.label for c in inc.contested)) or None,
        min(pubs) if pubs else None, max(pubs) if pubs else None, dt.datetime.now(dt.UTC).replace(tzinfo=None),
        json.dumps(to_dict(inc), ensure_ascii=False),
        # (added later, at the table's end: store.duck._ADDED)
        *(map(int_column, (a.low, a.high)) if (a := inc.arrested) else (None,) * 2),
        *(map(int_column, (e.low, e.high)) if (e := inc.escaped) else (None,) * 2),
        loc.basis if loc else None,
    ]


def _mention(raw: str) -> IncidentMention:
    return from_dict(IncidentMention, json.loads(raw))


def _candidate_filter(index: IncidentIndex, m: IncidentMention) -> tuple[str, list[Any]]:
    """SQL over ``incident_mentions`` selecting the incidents that share a block with ``m``.

    Mirrors :meth:`IncidentIndex.candidates`: a dated mention meets its region (and
    the incidents with no place) on the days of its window; a mention without a
    place meets every region on those days; an undated one meets its whole region;
    undated incidents of its region and those with neither place nor date always.
    """
    region, days = index.block_keys(m)
    if days is not None:
        lo, hi = dt.date.fromordinal(days.start), dt.date.fromordinal(days.stop - 1)
        if region == "?":
            return "day BETWEEN ? AND ? OR (day IS NULL AND region = ?)", [lo, hi, "?"]
        return "region IN (?, ?) AND (day BETWEEN ? AND ? OR day IS NULL)", [region, "?", lo, hi]
    if region != "?":
        return "region = ? OR (day IS NULL AND region = ?)", [region, "?"]
    return ("(day IS NULL AND region = ?) OR incident_id IN (SELECT id FROM incidents ORDER BY seq DESC LIMIT ?)",
            ["?", index.options.max_scan])


class _Blocks:
    """The blocking columns of ``incident_mentions`` held in memory by the store's one writer.

    Answers :func:`_candidate_filter`'s question (which incidents share a block with a
    mention, and their mentions in attach order) with dictionary lookups instead of
    two scans of the table per mention: by region and day, by day over every region,
    the undated of each region, and the incidents in the order they opened. Loaded
    with one scan of five narrow columns on first use, then kept current by the
    writer as it writes (it is the only writer of the store); dropped on rollback.
    """

    def __init__(self) -> None:
        self.by_region_day: dict[str, dict[int, set[str]]] = {}
        self.undated: dict[str, set[str]] = {}
        self.by_region: dict[str, set[str]] = {}
        self.by_day: dict[int, set[str]] = {}
        self.members: dict[str, list[tuple[int, str]]] = {}  # incident -> (seq, mention id) in attach order
        self.opened: list[str] = []  # incidents in order of their first mention

    @classmethod
    def load(cls, con: duckdb.DuckDBPyConnection) -> _Blocks:
        blocks = cls()
        cur = con.execute("SELECT incident_id, id, seq, region, day FROM incident_mentions ORDER BY seq")
        while batch := cur.fetchmany(10_000):
            for iid, mid, seq, region, day in batch:
                blocks.add(iid, mid, int(seq), region, day.toordinal() if day is not None else None)
        return blocks

    def add(self, iid: str, mid: str, seq: int, region: str, day: int | None) -> None:
        members = self.members.get(iid)
        if members is None:
            self.members[iid] = [(seq, mid)]
            self.opened.append(iid)
        else:
            members.append((seq, mid))
        self.by_region.setdefault(region, set()).add(iid)
        if day is None:
            self.undated.setdefault(region, set()).add(iid)
        else:
            self.by_region_day.setdefault(region, {}).setdefault(day, set()).add(iid)
            self.by_day.setdefault(day, set()).add(iid)

    def candidates(self, region: str, days: range | None, max_scan: int) -> set[str]:
        """The incidents :func:`_candidate_filter` selects, from memory."""
        found: set[str] = set(self.undated.get("?", ()))
        if days is not None:
            if region == "?":
                for d in days:
                    found.update(self.by_day.get(d, ()))
                return found
            for r in (region, "?"):
                per_day = self.by_region_day.get(r)
                if per_day:
                    for d in days:
                        found.update(per_day.get(d, ()))
                found.update(self.undated.get(r, ()))
            return found
        if region != "?":
            found.update(self.by_region.get(region, ()))
            return found
        found.update(self.opened[-max_scan:])
        return found

    def rows(self, incidents: set[str]) -> list[tuple[str, str, int]]:
        """(incident id, mention id, seq) of every mention of ``incidents``, in attach order."""
        rows = [(iid, mid, seq) for iid in incidents for seq, mid in self.members[iid]]
        rows.sort(key=lambda r: r[2])
        return rows


class IncidentWriter:
    """Attaches mentions for the one writer of a store; keeps the next ``seq`` between calls.

    Which incidents are candidates comes from the blocking columns held in memory
    (:class:`_Blocks`, ``blocks=True``, the default: the writer must then be the only
    one writing incidents through its connection) or, with ``blocks=False``, from a
    query over ``incident_mentions`` per mention (the one-off functions below).
    Parsed mentions are kept too (stored mentions never change), so a busy block is
    not re-parsed for every new report; at most one query per mention remains (the
    candidates' mentions not parsed yet).

    With ``buffered=True`` (the store's own writer), writes are buffered: the new mention rows, and the latest
    row of each incident touched, go to the tables in a few bulk statements when
    :meth:`flush` runs (``Store.commit`` and every ``Store`` read of the tables call
    it), not in three statements per mention. An incident touched by ten reports of
    one batch is written once. ``reset()`` after a rollback drops the buffer too.
    """

    CACHE = 100_000  # parsed mentions kept between calls

    def __init__(self, con: duckdb.DuckDBPyConnection, *, options: MergeOptions | None = None, blocks: bool = True,
                 buffered: bool = False) -> None:
        self.con = con
        self.options = options
        self.use_blocks = blocks
        self.buffered = buffered and blocks  # the blocks in memory are what sees buffered mentions
        self._seq: int | None = None
        self._parsed: dict[str, IncidentMention] = {}
        self._blocks: _Blocks | None = None
        self._new_mentions: list[list[Any]] = []
        self._new_incidents: dict[str, list[Any]] = {}  # incident id -> its latest row
        self._stale: set[str] = set()  # incidents whose stored row the next flush replaces
        self._buffered_ids: set[str] = set()  # ids of the buffered mentions

    def reset(self) -> None:
        self._seq = None
        self._parsed.clear()
        self._blocks = None
        self._new_mentions.clear()
        self._new_incidents.clear()
        self._buffered_ids.clear()
        self._stale.clear()

    def flush(self) -> None:
        """Write the buffered mention and incident rows (inside the caller's transaction)."""
        if self._new_mentions:
            cols = [list(c) for c in zip(*self._new_mentions)]
            self.con.execute(f"INSERT INTO incident_mentions SELECT {', '.join('unnest(?)' for _ in cols)}", cols)
            self._new_mentions = []
            self._buffered_ids = set()
        if self._stale:
            self.con.execute("DELETE FROM incidents WHERE id IN (SELECT unnest(?))", [sorted(self._stale)])
            self._stale = set()
        if self._new_incidents:
            cols = [list(c) for c in zip(*self._new_incidents.values())]
            self.con.execute(f"INSERT INTO incidents SELECT {', '.join('unnest(?)' for _ in cols)}", cols)
            self._new_incidents = {}

    def _mentions(self, ids: list[str]) -> dict[str, IncidentMention]:
        missing = [i for i in ids if i not in self._parsed]
        if missing:
            if self._new_mentions and not self._buffered_ids.isdisjoint(missing):
                self.flush()  # a buffered mention dropped from the parsed cache is read back from the table
            if len(self._parsed) + len(missing) > self.CACHE:
                self._parsed.clear()
            for mid, raw in self.con.execute("SELECT id, mention FROM incident_mentions WHERE id IN (SELECT unnest(?))",
                                             [missing]).fetchall():
                self._parsed[mid] = _mention(raw)
        return {i: self._parsed[i] for i in ids}

    def _next_seq(self) -> int:
        """The seq the next stored mention gets (taken by setting ``_seq`` once it is written)."""
        if self._seq is None:
            self._seq = int(self.con.execute("SELECT coalesce(max(seq), 0) FROM incident_mentions").fetchone()[0])
        return self._seq + 1

    def _candidate_rows(self, index: IncidentIndex, mention: IncidentMention) -> list[tuple[str, str, int]]:
        """(incident id, mention id, seq) of the mentions of every incident sharing a block with ``mention``."""
        if self.use_blocks:
            if self._blocks is None:
                self._blocks = _Blocks.load(self.con)
            region, days = index.block_keys(mention)
            return self._blocks.rows(self._blocks.candidates(region, days, index.options.max_scan))
        where, params = _candidate_filter(index, mention)
        return self.con.execute(
            "SELECT incident_id, id, seq FROM incident_mentions WHERE incident_id IN "
            f"(SELECT DISTINCT incident_id FROM incident_mentions WHERE {where}) ORDER BY seq", params).fetchall()

    def attach_mention(self, mention: IncidentMention, *, idx: int = 0) -> str:
        """Attach one mention to the stored incident it reports, or open one; returns the incident id.

        Idempotent: a mention already stored keeps its incident and nothing is written
        (it always shares a block with itself, so the candidate load finds it).
        """
        con = self.con
        index = IncidentIndex(options=self.options)
        rows = self._candidate_rows(index, mention)
        opened: dict[str, int] = {}
        for iid, mid, seq in rows:
            if mid == mention.id:
                return str(iid)
            opened.setdefault(iid, seq)
        parsed = self._mentions([mid for _, mid, _ in rows])
        for iid, mid, _ in rows:
            index.restore(iid, parsed[mid])
        iid = index.add(mention)
        # everything is computed before the first write, so a failure leaves no partial rows
        seq = self._next_seq()
        region, _ = index.block_keys(mention)
        record = json.dumps(to_dict(mention), ensure_ascii=False)
        row = incident_row(index.incident(iid), seq=opened.get(iid, seq), n_mentions=len(index.mentions(iid)))
        mention_row = [mention.id, iid, mention.article.id, idx, seq, region, mention.date, mention.date_inferred,
                       mention.family, record]
        if self.buffered:  # the in-memory blocks see this mention before the tables do
            self._new_mentions.append(mention_row)
            self._buffered_ids.add(mention.id)
            if iid in opened and iid not in self._new_incidents:
                self._stale.add(iid)
            self._new_incidents[iid] = row
        else:
            con.execute("INSERT INTO incident_mentions VALUES (?,?,?,?,?,?,?,?,?,?)", mention_row)
            if iid in opened:
                con.execute("DELETE FROM incidents WHERE id = ?", [iid])
            con.execute(f"INSERT INTO incidents VALUES ({','.join('?' * N_INCIDENT_COLS)})", row)
        if self._blocks is not None:
            self._blocks.add(iid, mention.id, seq, region, mention.date.toordinal() if mention.date is not None else None)
        self._seq = seq
        self._parsed[mention.id] = mention
        log.debug("mention %s -> incident %s (%d candidates loaded)", mention.id, iid, len(opened))
        return iid

    def attach_report(self, report: Report) -> list[str]:
        """Attach every incident mention of a report; the incident ids, in mention order."""
        return [self.attach_mention(m, idx=i) for i, m in enumerate(mentions_from_report(report))]


def attach_mention(con: duckdb.DuckDBPyConnection, mention: IncidentMention, *, idx: int = 0,
                   options: MergeOptions | None = None) -> str:
    """One-off :meth:`IncidentWriter.attach_mention` (a writer that lives for one call, querying its block)."""
    return IncidentWriter(con, options=options, blocks=False).attach_mention(mention, idx=idx)


def attach_report(con: duckdb.DuckDBPyConnection, report: Report, *, options: MergeOptions | None = None) -> list[str]:
    """One-off :meth:`IncidentWriter.attach_report`."""
    return IncidentWriter(con, options=options, blocks=False).attach_report(report)


def load_incident(con: duckdb.DuckDBPyConnection, incident_id: str) -> Incident:
    """The stored record of one incident; ConfigError E035 when no incident has that id."""
    row = con.execute("SELECT record FROM incidents WHERE id = ?", [incident_id]).fetchone()
    if row is None:
        raise ConfigError("E035", id=incident_id)
    return from_dict(Incident, json.loads(row[0]))


def _since(since: dt.date | None) -> tuple[str, list[Any]]:
    if since is None:
        return "", []
    return " WHERE coalesce(date_high, date, last_published) >= ?", [since]


def count_incidents(con: duckdb.DuckDBPyConnection, *, since: dt.date | None = None) -> int:
    where, params = _since(since)
    return int(con.execute("SELECT count(*) FROM incidents" + where, params).fetchone()[0])


def iter_incidents(con: duckdb.DuckDBPyConnection, *, since: dt.date | None = None) -> Iterator[Incident]:
    """Stored incidents in order of first arrival; with ``since``, those on or after that day.

    An incident's day is the end of its date range (its date when it has one), or,
    for an undated one, the latest publication among its articles.
    """
    where, params = _since(since)
    cur = con.execute("SELECT record FROM incidents" + where + " ORDER BY seq", params)
    while batch := cur.fetchmany(500):
        for (raw,) in batch:
            yield from_dict(Incident, json.loads(raw))
