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

__all__ = ["DDL", "IncidentWriter", "attach_mention", "attach_report", "count_incidents", "incident_row", "iter_incidents", "load_incident"]

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
        record JSON""",
    "incident_mentions": """
        id VARCHAR PRIMARY KEY, incident_id VARCHAR NOT NULL,
        article_id VARCHAR NOT NULL REFERENCES articles(id), idx INTEGER NOT NULL,
        seq BIGINT NOT NULL, region VARCHAR NOT NULL, day DATE, date_inferred BOOLEAN, family VARCHAR,
        mention JSON""",
}
N_INCIDENT_COLS = 31


def _names(parties: list[Any]) -> str | None:
    names = [p.name for p in parties if p.name]
    return "; ".join(dict.fromkeys(names)) if names else None


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
        *((k.low, k.high, k.conservative, k.best) if k else (None,) * 4),
        *((i.low, i.high, i.conservative, i.best) if i else (None,) * 4),
        _names(inc.perpetrators), _names(inc.targets),
        len(inc.articles), n_mentions, "; ".join(dict.fromkeys(c.field for c in inc.contested)) or None,
        min(pubs) if pubs else None, max(pubs) if pubs else None, dt.datetime.now(dt.UTC).replace(tzinfo=None),
        json.dumps(to_dict(inc), ensure_ascii=False),
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


class IncidentWriter:
    """Attaches mentions for the one writer of a store; keeps the next ``seq`` between calls.

    Four or five statements per mention: find the candidates' mentions, read those not
    parsed yet, insert the mention, replace the incident's row. Parsed mentions are
    kept (stored mentions never change), so a busy block is not re-parsed for every
    new report. ``reset()`` after a rollback.
    """

    CACHE = 100_000  # parsed mentions kept between calls

    def __init__(self, con: duckdb.DuckDBPyConnection, *, options: MergeOptions | None = None) -> None:
        self.con = con
        self.options = options
        self._seq: int | None = None
        self._parsed: dict[str, IncidentMention] = {}

    def reset(self) -> None:
        self._seq = None
        self._parsed.clear()

    def _mentions(self, ids: list[str]) -> dict[str, IncidentMention]:
        missing = [i for i in ids if i not in self._parsed]
        if missing:
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

    def attach_mention(self, mention: IncidentMention, *, idx: int = 0) -> str:
        """Attach one mention to the stored incident it reports, or open one; returns the incident id.

        Idempotent: a mention already stored keeps its incident and nothing is written
        (it always shares a block with itself, so the candidate load finds it).
        """
        con = self.con
        index = IncidentIndex(options=self.options)
        where, params = _candidate_filter(index, mention)
        rows = con.execute(
            "SELECT incident_id, id, seq FROM incident_mentions WHERE incident_id IN "
            f"(SELECT DISTINCT incident_id FROM incident_mentions WHERE {where}) ORDER BY seq", params).fetchall()
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
        con.execute("INSERT INTO incident_mentions VALUES (?,?,?,?,?,?,?,?,?,?)",
                    [mention.id, iid, mention.article.id, idx, seq, region, mention.date, mention.date_inferred,
                     mention.family, record])
        self._seq = seq
        self._parsed[mention.id] = mention
        if iid in opened:
            con.execute("DELETE FROM incidents WHERE id = ?", [iid])
        con.execute(f"INSERT INTO incidents VALUES ({','.join('?' * N_INCIDENT_COLS)})", row)
        log.debug("mention %s -> incident %s (%d candidates loaded)", mention.id, iid, len(opened))
        return iid

    def attach_report(self, report: Report) -> list[str]:
        """Attach every incident mention of a report; the incident ids, in mention order."""
        return [self.attach_mention(m, idx=i) for i, m in enumerate(mentions_from_report(report))]


def attach_mention(con: duckdb.DuckDBPyConnection, mention: IncidentMention, *, idx: int = 0,
                   options: MergeOptions | None = None) -> str:
    """One-off :meth:`IncidentWriter.attach_mention` (a writer that lives for one call)."""
    return IncidentWriter(con, options=options).attach_mention(mention, idx=idx)


def attach_report(con: duckdb.DuckDBPyConnection, report: Report, *, options: MergeOptions | None = None) -> list[str]:
    """One-off :meth:`IncidentWriter.attach_report`."""
    return IncidentWriter(con, options=options).attach_report(report)


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
