"""The DuckDB store: one writer, flat columns for what people filter on, JSON for the rest.

Tables: ``articles`` (one row per article, UNIQUE content hash), ``events``,
``quotes``, ``places``, ``actors`` (``article_id`` references ``articles.id``,
``idx`` keeps the order of the report) and ``skips`` (documents not analysed, with
the reason; for a time-limit skip, E023, the article's id and the limit as columns), ``incidents`` and ``incident_mentions`` (reports of one real-world
incident merged across outlets, attached as articles arrive: ``sitrep.store.incidents``).
Places keep their GeoNames feature code and population (``feature``,
``population``; ``location_feature``/``location_population`` for an event's place).
Character offsets are stored as ``start_char``/``end_char`` (``end`` is
an SQL keyword). Writes happen inside a transaction that ``commit()`` closes; a
crash loses at most the uncommitted batch.

Readers during a write: DuckDB lets no other process open a file while one writes to it. A
writer opened with ``snapshots=True`` (``sitrep ingest``) keeps a copy of the database next
to it (``.FILE.sitrep-snapshot``, a name only sitrep uses): made when it opens and again after
a commit (a checkpoint, then a byte copy by a child process, which dies with the writer, to a
temporary file of its own, ``.FILE.sitrep-snapshot.PID-N.part``, renamed over the old copy, so
a reader never sees half of one; the writer itself must not open and close the file, which
would drop its lock), at most every ``SNAPSHOT_EVERY`` seconds and no sooner than
``SNAPSHOT_SPEND`` times what the last copy cost (copying takes at most a tenth of the run
however large the file grows, so a copy that takes 6 s is about a minute old when the next
replaces it), and removed when the writer closes. A copy that cannot be made removes the old
one (readers then get E030, never an older state passed off as recent); a checkpoint that
fails stops the writer with E041. Every writer that opens the file removes copies and
temporary files left by one that died (it holds the lock, so no live writer made them), and
only files it can tell are sitrep's (the name, and a DuckDB header for the copy). A read-only
``Store`` that finds the file locked by a writer (DuckDB's lock error, nothing else) opens that
copy instead; ``snapshot`` says when it was made (UTC), and the CLI and the web API tell the
reader: it reads the store as it was at a recent batch end, not the batch in progress. Cost:
the disk space of one more copy of the database.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import logging
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import duckdb

from sitrep.errors import ConfigError, StoreError
from sitrep.ingest.clean import content_hash
from sitrep.model import SCHEMA_ID, Incident, Magnitude, Place, Report, Skip, to_dict
from sitrep.store import incidents as _incidents
from sitrep.store.geojson import row_feature, write_features, write_incidents_geojson

__all__ = ["Store", "TABLES", "FORMATS", "snapshot_path"]

log = logging.getLogger(__name__)

FORMATS = ("csv", "json", "parquet", "geojson")
GEO_TABLES = ("events", "places", "incidents")  # tables with lat/lon columns
SNAPSHOT_EVERY = 5.0  # seconds at least between two snapshots of a writer
SNAPSHOT_SPEND = 10.0  # and at least this many times what the last one took
_SNAPSHOT = ".sitrep-snapshot"  # .FILE.sitrep-snapshot; its temporary files add .PID-N.part
_PART = re.compile(r"\.\d+-\d+\.part")
_DUCKDB_MAGIC = b"DUCK"  # bytes 8-11 of a DuckDB database file
# The copier: a child process that dies with the writer (Linux: PR_SET_PDEATHSIG), so a killed
# ingest leaves no copy running on; it exits at once when the writer is already gone.
_COPY = (
    "import ctypes, os, shutil, signal, sys\n"
    "try:\n"
    "    ctypes.CDLL(None).prctl(1, signal.SIGKILL)\n"
    "except (OSError, AttributeError):\n"
    "    pass\n"
    "if os.getppid() != int(sys.argv[3]):\n"
    "    sys.exit('the writer is gone')\n"
    "shutil.copyfile(sys.argv[1], sys.argv[2])\n"
)
# DuckDB's error when another process holds the file (its message; the type alone, IOException,
# is also that of a file that is not a database)
_LOCK_ERROR = "Could not set lock on file"

_DDL = {
    "articles": """
        id VARCHAR PRIMARY KEY,
        content_hash VARCHAR NOT NULL UNIQUE,
        title VARCHAR, outlet VARCHAR, url VARCHAR, published DATE, origin VARCHAR,
        text VARCHAR NOT NULL, removed JSON,
        n_events INTEGER, n_quotes INTEGER, n_places INTEGER, n_actors INTEGER,
        schema VARCHAR, ingested_at TIMESTAMP DEFAULT current_timestamp, external_id VARCHAR""",
    "events": """
        article_id VARCHAR NOT NULL REFERENCES articles(id), idx INTEGER NOT NULL,
        id VARCHAR, event VARCHAR, mode VARCHAR, context VARCHAR,
        acled_event_type VARCHAR, acled_sub_event_type VARCHAR,
        source_names VARCHAR, source_codes VARCHAR, target_names VARCHAR, target_codes VARCHAR,
        date DATE, date_text VARCHAR,
        location_name VARCHAR, location_country VARCHAR, location_admin1 VARCHAR,
        lat DOUBLE, lon DOUBLE, geonameid BIGINT,
        dead_min INTEGER, dead_max INTEGER, dead_qualifier VARCHAR,
        injured_min INTEGER, injured_max INTEGER, injured_qualifier VARCHAR,
        hypothetical BOOLEAN, n_claims INTEGER, contested_fields VARCHAR,
        evidence_start INTEGER, evidence_end INTEGER, evidence_text VARCHAR,
        source JSON, target JSON, location JSON, dead JSON, injured JSON, materiel JSON,
        claims JSON, contested JSON, trigger JSON,
        location_feature VARCHAR, location_population BIGINT,
        size_min INTEGER, size_max INTEGER, size_qualifier VARCHAR, size JSON,
        PRIMARY KEY (article_id, idx)""",
    "quotes": """
        article_id VARCHAR NOT NULL REFERENCES articles(id), idx INTEGER NOT NULL,
        speaker_text VARCHAR, speaker_name VARCHAR, speaker_code VARCHAR, speaker_sector VARCHAR,
        speaker_resolved BOOLEAN, cue_text VARCHAR,
        content_start INTEGER, content_end INTEGER, content_text VARCHAR,
        kind VARCHAR, stance VARCHAR, speaker JSON, cue JSON,
        PRIMARY KEY (article_id, idx)""",
    "places": """
        article_id VARCHAR NOT NULL REFERENCES articles(id), idx INTEGER NOT NULL,
        text VARCHAR, start_char INTEGER, end_char INTEGER, name VARCHAR, country VARCHAR,
        admin1 VARCHAR, lat DOUBLE, lon DOUBLE, geonameid BIGINT, kind VARCHAR, resolved BOOLEAN,
        feature VARCHAR, population BIGINT,
        PRIMARY KEY (article_id, idx)""",
    "actors": """
        article_id VARCHAR NOT NULL REFERENCES articles(id), idx INTEGER NOT NULL,
        id VARCHAR, name VARCHAR, code VARCHAR, sector VARCHAR, kind VARCHAR, role VARCHAR,
        org VARCHAR, n_mentions INTEGER, mentions JSON,
        PRIMARY KEY (article_id, idx)""",
    "skips": """
        origin VARCHAR NOT NULL, code VARCHAR NOT NULL, reason VARCHAR,
        skipped_at TIMESTAMP DEFAULT current_timestamp, article_id VARCHAR, time_limit DOUBLE,
        PRIMARY KEY (origin, code)""",
    **_incidents.DDL,
}
TABLES = tuple(_DDL)
# Columns added after the first release, at the end of their table: a store file made
# before them gains them on open (positional inserts then fit old and new files alike).
_ADDED = {
    "articles": (("external_id", "VARCHAR"),),
    "events": (("location_feature", "VARCHAR"), ("location_population", "BIGINT"),
               ("size_min", "INTEGER"), ("size_max", "INTEGER"), ("size_qualifier", "VARCHAR"), ("size", "JSON")),
    "places": (("feature", "VARCHAR"), ("population", "BIGINT")),
    "skips": (("article_id", "VARCHAR"), ("time_limit", "DOUBLE")),
    "incidents": (("arrested_low", "INTEGER"), ("arrested_high", "INTEGER"), ("escaped_low", "INTEGER"),
                  ("escaped_high", "INTEGER"), ("place_basis", "VARCHAR")),
}
# A store written before the skips had those columns kept an E023 skip's article id and
# limit only in its reason; on open they are read from there, once (the text is E023's).
_E023_BACKFILL = r"""
    UPDATE skips SET
        article_id = NULLIF(regexp_extract(reason, '\(article ([^)]+)\)', 1), ''),
        time_limit = TRY_CAST(NULLIF(regexp_extract(reason, 'time limit of ([0-9.e+-]+) s', 1), '') AS DOUBLE)
    WHERE code = 'E023' AND article_id IS NULL"""
_JSON_COLS = {
    "events": ("source", "target", "location", "dead", "injured", "materiel", "claims", "contested", "trigger", "size"),
    "quotes": ("speaker", "cue"),
    "actors": ("mentions",),
}
_ORDER = {"articles": "ingested_at, id", "skips": "skipped_at, origin", "incidents": "seq", "incident_mentions": "seq", **{t: "article_id, idx" for t in ("events", "quotes", "places", "actors")}}


def _json(value: Any) -> str | None:
    plain = to_dict(value) if value is not None else None
    return None if plain is None or plain == [] else json.dumps(plain, ensure_ascii=False)


def _names(refs: list[Any], attr: str) -> str | None:
    vals = [getattr(r, attr) or (r.text if attr == "name" else None) for r in refs]
    vals = [v for v in vals if v]
    return "; ".join(dict.fromkeys(vals)) if vals else None


def _mag(m: Magnitude | None) -> tuple[Any, Any, Any]:
    return (_incidents.int_column(m.min), _incidents.int_column(m.max), m.qualifier) if m else (None, None, None)


def _place(p: Place | None) -> tuple[Any, ...]:
    return (p.name or p.text, p.country, p.admin1, p.lat, p.lon, p.geonameid) if p else (None,) * 6


def snapshot_path(path: Path) -> Path:
    """Where a writer keeps the copy of ``path`` for readers (a name only sitrep uses)."""
    return path.with_name(f".{path.name}{_SNAPSHOT}")


def _is_copy(path: Path) -> bool:
    """Whether ``path`` is a regular file with a DuckDB header (a copy sitrep made under its own name)."""
    try:
        if path.is_symlink() or not path.is_file():
            return False
        with path.open("rb") as fh:  # not the database itself: this drops no lock of the writer
            return fh.read(12)[8:12] == _DUCKDB_MAGIC
    except OSError:
        return False


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError as err:  # a folder of that name, a read-only folder: left as it is
        log.debug("could not remove %s: %s", path, err)


def _first_line(err: BaseException) -> str:
    lines = str(err).strip().splitlines()
    return lines[0] if lines else type(err).__name__


class Store:
    """A DuckDB file that holds reports. The process that opens it is the one writer."""

    def __init__(self, path: str | Path, *, read_only: bool = False, snapshots: bool = False) -> None:
        self.path = Path(path)
        self.snapshot: dt.datetime | None = None  # when (UTC) the copy this reader opened was made (None: the file itself)
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as err:
            locked = _LOCK_ERROR in str(err)
            self.con = self._open_snapshot() if read_only and locked else None
            if self.con is None:
                detail = _first_line(err)
                if locked and read_only:
                    detail += (" (another process is writing it and has no copy for readers ready: an ingest makes"
                               " one as it starts, so try again in a moment)")
                raise StoreError("E030", path=self.path, detail=detail) from err
        self._in_tx = False
        self._snapshots = snapshots and not read_only
        self._next_snapshot = 0.0  # time.monotonic() after which a commit makes one
        self._copies = 0  # copies made or tried: numbers this writer's temporary files
        self._copy_failed = False  # warned once that no copy could be made
        self._incidents = _incidents.IncidentWriter(self.con, buffered=not read_only)
        if read_only:
            # a file written before some tables existed reads as if they were empty
            have = {r[0] for r in self.con.execute(
                "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database()").fetchall()}
            for table in (t for t in _DDL if t not in have):
                cols = _DDL[table].replace("REFERENCES articles(id)", "")
                self.con.execute(f"CREATE TEMP TABLE {table} ({cols})")
        else:
            for table, cols in _DDL.items():
                self.con.execute(f"CREATE TABLE IF NOT EXISTS {table} ({cols})")
            for table, added in _ADDED.items():
                for col, kind in added:
                    self.con.execute(f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {col} {kind}")
            self.con.execute(_E023_BACKFILL)
            # a copy or temporary file left by a writer that died (this one holds the file now, so
            # no live writer made them): readers must not take that copy for the store
            self._remove_copies()
            if self._snapshots:
                try:
                    self._make_snapshot()
                except StoreError:  # E041: the file cannot be written
                    self.close()
                    raise

    # -- context manager: commit on success, roll back the open batch on error
    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.rollback()
        self.close()

    def _begin(self) -> None:
        if not self._in_tx:
            self.con.execute("BEGIN TRANSACTION")
            self._in_tx = True

    def commit(self) -> None:
        """Make everything written since the last commit durable (and, for a writer that keeps
        snapshots, copy it for readers when the last copy is old enough)."""
        if self._in_tx:
            self._incidents.flush()
            try:
                self.con.execute("COMMIT")
            except duckdb.Error as err:  # a full disk: DuckDB may invalidate the database; the batch is lost
                self._in_tx = False
                self._drop_snapshot()
                raise StoreError("E041", path=self.path, detail=_first_line(err)) from err
            self._in_tx = False
            if self._snapshots and time.monotonic() >= self._next_snapshot:
                self._make_snapshot()

    def _snapshot_path(self) -> Path:
        return snapshot_path(self.path)

    def _remove_copies(self) -> None:
        """Remove this file's snapshot and temporary copies, only those that are sitrep's."""
        target = self._snapshot_path()
        prefix = target.name + "."
        try:
            names = [e.name for e in os.scandir(self.path.parent) if e.name.startswith(prefix) and _PART.fullmatch(e.name[len(target.name):])]
        except OSError:
            names = []
        for name in names:
            _remove(self.path.parent / name)
        self._drop_snapshot()

    def _drop_snapshot(self) -> None:
        """Remove the copy for readers when it is sitrep's (a file of that name the user made stays)."""
        target = self._snapshot_path()
        if _is_copy(target):
            _remove(target)

    def _make_snapshot(self) -> None:
        """Checkpoint (the file then holds every commit) and copy the file for readers; when no
        copy can be made the old one goes (readers wait for the writer rather than read a stale one)."""
        t0 = time.monotonic()
        target = self._snapshot_path()
        if target.exists() and not _is_copy(target) or target.is_symlink():
            self._copy_failed_once(f"{target} is not a copy sitrep made; it is left as it is and readers wait for this run")
            self._snapshots = False
            return
        self._copies += 1
        part = target.with_name(f"{target.name}.{os.getpid()}-{self._copies}.part")
        try:
            self.con.execute("CHECKPOINT")
        except duckdb.Error as err:  # a full disk: DuckDB may have invalidated the database
            self._drop_snapshot()
            self._snapshots = False
            raise StoreError("E041", path=self.path, detail=_first_line(err)) from err
        try:
            # copied by another process: closing a descriptor of the file here would drop this
            # process's lock on it (POSIX record locks belong to the process, not the descriptor)
            subprocess.run([sys.executable, "-I", "-S", "-c", _COPY, str(self.path), str(part), str(os.getpid())],
                           check=True, capture_output=True, text=True, timeout=3600)
            os.replace(part, target)
        except (OSError, subprocess.SubprocessError) as err:  # a full disk: readers wait for the writer, the ingest goes on
            why = (err.stderr or "").strip().splitlines()[-1:] if isinstance(err, subprocess.CalledProcessError) else []
            self._copy_failed_once(why[0] if why else _first_line(err))
            _remove(part)
            self._drop_snapshot()
        spent = time.monotonic() - t0
        self._next_snapshot = time.monotonic() + max(SNAPSHOT_EVERY, SNAPSHOT_SPEND * spent)

    def _copy_failed_once(self, why: str) -> None:
        (log.debug if self._copy_failed else log.warning)("no copy of %s for readers (they wait for this run to end): %s", self.path, why)
        self._copy_failed = True

    def _open_snapshot(self) -> duckdb.DuckDBPyConnection | None:
        """A read-only connection to the writer's copy when it has one, else to the file (freed
        meanwhile), else None."""
        target = self._snapshot_path()
        if _is_copy(target):
            try:
                made = dt.datetime.fromtimestamp(target.stat().st_mtime, tz=dt.timezone.utc)
                con = duckdb.connect(str(target), read_only=True)
            except (OSError, duckdb.Error):  # removed as the writer closed: then the file is free
                pass
            else:
                self.snapshot = made
                log.info("%s is being written: reading its copy of %s", self.path, made.isoformat(timespec="seconds"))
                return con
        try:
            return duckdb.connect(str(self.path), read_only=True)
        except duckdb.Error:
            return None

    def rollback(self) -> None:
        if self._in_tx:
            self._in_tx = False
            self._incidents.reset()
            try:
                self.con.execute("ROLLBACK")
            except duckdb.Error as err:  # a database DuckDB invalidated (a full disk): the error that did it is raised
                log.warning("could not roll back the open batch of %s: %s", self.path, _first_line(err))

    def close(self) -> None:
        try:
            self.con.close()
        except duckdb.Error as err:  # an invalidated database
            log.warning("could not close %s cleanly: %s", self.path, _first_line(err))
        if self._snapshots:
            self._drop_snapshot()  # the file itself is free again

    def has(self, article_id: str) -> bool:
        return self.con.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone() is not None

    def write(self, report: Report) -> bool:
        """Store one report; False (and nothing written) when its article is already stored."""
        a = report.article
        chash = content_hash(a.title, a.text)
        self._begin()
        if self.con.execute("SELECT 1 FROM articles WHERE id = ? OR content_hash = ?", [a.id, chash]).fetchone():
            return False
        c = self.con
        c.execute(
            "INSERT INTO articles (id, content_hash, title, outlet, url, published, origin, text, removed,"
            " n_events, n_quotes, n_places, n_actors, schema, external_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [a.id, chash, a.title, a.outlet, a.url, a.published, a.origin, a.text, json.dumps(a.removed, ensure_ascii=False),
             len(report.events), len(report.quotes), len(report.places), len(report.actors), report.schema, a.external_id],
        )
        if report.events:
            c.executemany(
                f"INSERT INTO events VALUES ({','.join('?' * 47)})",
                [
                    [a.id, i, e.id, e.event, e.mode, e.context, e.acled_event_type, e.acled_sub_event_type,
                     _names(e.source, "name"), _names(e.source, "code"), _names(e.target, "name"), _names(e.target, "code"),
                     e.date, e.date_text, *_place(e.location), *_mag(e.dead), *_mag(e.injured),
                     e.hypothetical, len(e.claims), "; ".join(x.field for x in e.contested) or None,
                     e.evidence.start, e.evidence.end, e.evidence.text,
                     _json(e.source), _json(e.target), _json(e.location), _json(e.dead), _json(e.injured),
                     _json(e.materiel), _json(e.claims), _json(e.contested), _json(e.trigger),
                     *((e.location.feature, e.location.population) if e.location else (None, None)),
                     *_mag(e.size), _json(e.size)]
                    for i, e in enumerate(report.events)
                ],
            )
        if report.quotes:
            c.executemany(
                f"INSERT INTO quotes VALUES ({','.join('?' * 15)})",
                [
                    [a.id, i, q.speaker.text, q.speaker.name, q.speaker.code, q.speaker.sector, q.speaker.resolved,
                     q.cue.text if q.cue else None, q.content.start, q.content.end, q.content.text, q.kind, q.stance,
                     _json(q.speaker), _json(q.cue)]
                    for i, q in enumerate(report.quotes)
                ],
            )
        if report.places:
            c.executemany(
                f"INSERT INTO places VALUES ({','.join('?' * 15)})",
                [
                    [a.id, i, p.text, p.start, p.end, p.name, p.country, p.admin1, p.lat, p.lon, p.geonameid, p.kind, p.resolved,
                     p.feature, p.population]
                    for i, p in enumerate(report.places)
                ],
            )
        if report.actors:
            c.executemany(
                f"INSERT INTO actors VALUES ({','.join('?' * 11)})",
                [
                    [a.id, i, x.id, x.name, x.code, x.sector, x.kind, x.role, x.org, len(x.mentions), _json(x.mentions)]
                    for i, x in enumerate(report.actors)
                ],
            )
        if a.origin:  # a document that was skipped before and now reads fine
            c.execute("DELETE FROM skips WHERE origin = ?", [a.origin])
        return True

    def write_skip(self, skip: Skip) -> bool:
        """Record a skipped document, one row per (origin, code); a repeat with another reason,
        article id or limit (the file was edited, the limit changed) replaces the row's.
        False when the same skip is already recorded."""
        self._begin()
        fields = [skip.reason, skip.article_id, skip.time_limit]
        row = self.con.execute("SELECT reason, article_id, time_limit FROM skips WHERE origin = ? AND code = ?",
                               [skip.origin, skip.code]).fetchone()
        if row is not None and list(row) == fields:
            return False
        if row is not None:
            self.con.execute("UPDATE skips SET reason = ?, article_id = ?, time_limit = ?, skipped_at = current_timestamp"
                             " WHERE origin = ? AND code = ?", [*fields, skip.origin, skip.code])
        else:
            self.con.execute("INSERT INTO skips (origin, code, reason, article_id, time_limit) VALUES (?, ?, ?, ?, ?)",
                             [skip.origin, skip.code, *fields])
        return True

    def timed_out(self, origin: str, article_id: str) -> Skip | None:
        """The recorded E023 skip (its reason and limit) when this very article, same origin
        and same content id, was skipped for the time limit; else None."""
        row = self.con.execute("SELECT reason, time_limit FROM skips WHERE origin = ? AND code = 'E023' AND article_id = ?",
                               [origin, article_id]).fetchone()
        if row is None:
            return None
        return Skip(origin=origin, reason=row[0], code="E023", article_id=article_id, time_limit=row[1])

    def attach_incidents(self, report: Report) -> list[str]:
        """Attach a stored report's incident mentions to incidents (same transaction as its rows)."""
        self._begin()
        return self._incidents.attach_report(report)

    def incident(self, incident_id: str) -> Incident:
        """One stored incident (ConfigError E035 when the id is unknown)."""
        self._incidents.flush()
        return _incidents.load_incident(self.con, incident_id)

    def incidents(self, *, since: dt.date | None = None) -> Iterator[Incident]:
        """Stored incidents in order of first arrival, optionally only those on or after ``since``."""
        self._incidents.flush()
        return _incidents.iter_incidents(self.con, since=since)

    def count_incidents(self, *, since: dt.date | None = None) -> int:
        self._incidents.flush()
        return _incidents.count_incidents(self.con, since=since)

    def report(self, article_id: str) -> Report | None:
        """A stored report read back from its rows (None when the article is not stored)."""
        from sitrep.model import from_dict

        def rows(table: str) -> list[dict[str, Any]]:
            cur = self.con.execute(f"SELECT * FROM {table} WHERE article_id = ? ORDER BY idx", [article_id])
            cols = [d[0] for d in cur.description]
            return [{k: (json.loads(v) if isinstance(v, str) and k in _JSON_COLS.get(table, ()) else v) for k, v in zip(cols, r)}
                    for r in cur.fetchall()]

        cur = self.con.execute("SELECT * FROM articles WHERE id = ?", [article_id])
        row = cur.fetchone()
        if row is None:
            return None
        art = dict(zip([d[0] for d in cur.description], row))
        art["removed"] = json.loads(art["removed"]) if art.get("removed") else []
        events = []
        for e in rows("events"):
            span = {"start": e["evidence_start"], "end": e["evidence_end"], "text": e["evidence_text"]}
            events.append({**{k: v for k, v in e.items() if v is not None}, "evidence": span,
                           "dead": e["dead"], "injured": e["injured"], "source": e["source"] or [], "target": e["target"] or [],
                           "materiel": e["materiel"] or [], "claims": e["claims"] or [], "contested": e["contested"] or []})
        quotes = [{**q, "content": {"start": q["content_start"], "end": q["content_end"], "text": q["content_text"]}}
                  for q in rows("quotes")]
        places = [{**p, "start": p["start_char"], "end": p["end_char"]} for p in rows("places")]
        actors = [{**a, "mentions": a["mentions"] or []} for a in rows("actors")]
        return from_dict(Report, {"article": art, "events": events, "quotes": quotes, "places": places, "actors": actors,
                                  "schema": art.get("schema") or SCHEMA_ID})

    def attach_pending(self) -> int:
        """Attach stored articles that have no incident mention yet, in ingest order; articles read.

        For stores ingested before incidents existed or with ``--no-incidents``. An
        article whose report describes no incident is read again by the next call.
        """
        self._incidents.flush()
        ids = [r[0] for r in self.con.execute(
            "SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM incident_mentions) ORDER BY ingested_at, id").fetchall()]
        for article_id in ids:
            report = self.report(article_id)
            if report is not None:
                self.attach_incidents(report)
        return len(ids)

    def counts(self) -> dict[str, int]:
        self._incidents.flush()
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}

    def rows(self, table: str) -> Iterator[dict[str, Any]]:
        """Rows of a table as dicts, JSON columns parsed, in report order."""
        self._check_table(table)
        self._incidents.flush()
        cur = self.con.execute(f"SELECT * FROM {table} ORDER BY {_ORDER[table]}")
        cols = [d[0] for d in cur.description]
        json_cols = {d[0] for d in cur.description if str(d[1]).upper() == "JSON"}
        while batch := cur.fetchmany(1000):
            for row in batch:
                yield {
                    k: (json.loads(v) if k in json_cols and isinstance(v, str) else v.isoformat() if isinstance(v, (dt.date, dt.datetime)) else v)
                    for k, v in zip(cols, row)
                }

    @staticmethod
    def _check_table(table: str) -> None:
        if table not in TABLES:
            raise ConfigError("E031", table=table, choices=", ".join(TABLES))

    def export(self, table: str, fmt: str, out: Path | IO[str]) -> int:
        """Write a table to a file (csv/json/parquet) or a text stream (csv/json); rows written."""
        self._check_table(table)
        if fmt not in FORMATS:
            raise ConfigError("E032", fmt=fmt, choices=", ".join(FORMATS))
        if fmt == "geojson" and table not in GEO_TABLES:
            raise ConfigError("E034", table=table, choices=", ".join(GEO_TABLES))
        self.commit()
        n = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        if isinstance(out, (str, Path)):
            out = Path(out)
            if self._is_own_file(out):  # opening it for writing would empty the store before a row is read
                raise StoreError("E038", path=out, detail="that is the database itself (or its write-ahead log); choose another file")
            try:
                if fmt in ("csv", "parquet"):
                    opts = "FORMAT csv, HEADER" if fmt == "csv" else "FORMAT parquet"
                    target = str(out).replace("'", "''")
                    self.con.execute(f"COPY (SELECT * FROM {table} ORDER BY {_ORDER[table]}) TO '{target}' ({opts})")
                    return n
                with out.open("w", encoding="utf-8") as fh:
                    return self._write_geojson(table, fh) if fmt == "geojson" else self._write_json(table, fh)
            except (OSError, duckdb.IOException, duckdb.PermissionException, duckdb.BinderException) as err:  # no such folder, a folder, read-only
                if isinstance(err, duckdb.BinderException) and str(out) not in str(err):
                    raise  # a fault of the query, not of the file: not "cannot write"
                detail = err.strerror if isinstance(err, OSError) and err.strerror else str(err).splitlines()[0]
                raise StoreError("E038", path=out, detail=detail) from err
        if fmt == "parquet":
            raise ConfigError("E033", fmt=fmt)
        if fmt == "json":
            return self._write_json(table, out)
        if fmt == "geojson":
            return self._write_geojson(table, out)
        writer = None
        for row in self.rows(table):
            if writer is None:
                writer = csv.DictWriter(out, fieldnames=list(row))
                writer.writeheader()
            writer.writerow({k: json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list)) else v for k, v in row.items()})
        return n

    def _is_own_file(self, out: Path) -> bool:
        """Whether ``out`` is this store's database file or its write-ahead log (by path or link)."""
        for own in (self.path, self.path.with_name(self.path.name + ".wal")):
            try:
                if out.resolve() == own.resolve() or (out.exists() and own.exists() and out.samefile(own)):
                    return True
            except (OSError, RuntimeError):  # a loop of links, an unreadable folder: COPY or open() says so
                continue
        return False

    def _write_json(self, table: str, fh: IO[str]) -> int:
        n = 0
        fh.write("[")
        for row in self.rows(table):
            fh.write(("," if n else "") + "\n" + json.dumps(row, ensure_ascii=False, default=str))
            n += 1
        fh.write("\n]\n" if n else "]\n")
        return n

    def _write_geojson(self, table: str, fh: IO[str]) -> int:
        """A FeatureCollection, one Feature per row; rows without coordinates keep a null geometry."""
        if table == "incidents":
            return write_incidents_geojson(self.incidents(), fh)
        return write_features(map(row_feature, self.rows(table)), fh)
