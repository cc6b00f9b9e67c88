"""Plain records that travel through the pipeline.

ingest -> annotate -> extract -> (merge) -> store -> present all exchange these
dataclasses. Every ``start``/``end`` pair is a character offset into
``Article.text`` (end exclusive) and ``text`` is exactly that slice.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = [
    "Article",
    "Skip",
    "Span",
    "ActorRef",
    "Actor",
    "Place",
    "Magnitude",
    "DateRef",
    "Claim",
    "Position",
    "Contested",
    "Event",
    "Speaker",
    "Quote",
    "Report",
    "to_dict",
    "REPORTER",
    "SCHEMA_ID",
]

SCHEMA_ID = "sitrep.report/1"
REPORTER = "reporter"

Qualifier = Literal["exact", "at_least", "more_than", "about", "up_to"]
Modality = Literal["asserted", "alleged", "denied", "hypothetical"]
QuoteKind = Literal["direct", "indirect", "mixed"]
PlaceKind = Literal["country", "admin", "city", "other"]


@dataclass(slots=True)
class Article:
    """One news report after ingest: ``text`` is the cleaned story all offsets point into."""

    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None
    origin: str | None = None  # file path / "stdin" / "path:line"
    removed: list[str] = field(default_factory=list)  # boilerplate lines dropped by ingest


@dataclass(slots=True)
class Skip:
    """A document that could not be analysed, with the reason (never a crash)."""

    origin: str
    reason: str
    code: str  # error code from sitrep.errors


@dataclass(slots=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(slots=True)
class ActorRef:
    """An actor as it appears in one role of one event or quote."""

    text: str  # as written
    name: str | None  # resolved canonical name (a person's name, "Syrian military", ...)
    code: str | None  # ISO3, or a group code such as ISIS, or IGO
    sector: str | None  # GOV, MIL, REB, IGO, MED, CVL, JUD, POL, BUS, ...
    start: int | None = None
    end: int | None = None
    actor_id: str | None = None
    org: str | None = None  # for IGOs: UN, NATO, EU, ...


@dataclass(slots=True)
class Actor:
    """One actor of an article with all its mentions (names, descriptions, pronouns)."""

    id: str
    name: str
    code: str | None
    sector: str | None
    kind: str  # person | country | org | group | igo | nominal
    role: str | None = None  # "US Ambassador to the UN"
    org: str | None = None
    mentions: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class Place:
    text: str
    start: int
    end: int
    name: str | None = None
    country: str | None = None  # ISO3
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    kind: PlaceKind = "other"
    resolved: bool = False
    feature: str | None = None  # GeoNames feature code: PPL, ADM1, ADM2, PCLI, CONT
    population: int | None = None


@dataclass(slots=True)
class Magnitude:
    min: int | None
    max: int | None
    qualifier: Qualifier
    text: str
    start: int | None = None
    end: int | None = None
    unit: str | None = None  # killed | injured | arrested | displaced | tank | ...
    aggregate: bool = False  # a multi-year / background total, not one incident


@dataclass(slots=True)
class DateRef:
    date: dt.date | None
    text: str
    start: int
    end: int


@dataclass(slots=True)
class Claim:
    field: str  # event | dead | injured | intent | location | materiel | perpetrator | ...
    value: Any
    claimed_by: ActorRef | str  # an actor, or REPORTER
    modality: Modality
    evidence: Span


@dataclass(slots=True)
class Position:
    value: Any
    claimed_by: list[ActorRef | str]


@dataclass(slots=True)
class Contested:
    field: str
    positions: list[Position]


@dataclass(slots=True)
class Event:
    id: str
    event: str  # PLOVER type
    evidence: Span
    mode: str | None = None
    context: str | None = None
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    source: list[ActorRef] = field(default_factory=list)
    target: list[ActorRef] = field(default_factory=list)
    date: dt.date | None = None
    date_text: str | None = None
    location: Place | None = None
    dead: Magnitude | None = None
    injured: Magnitude | None = None
    materiel: list[Magnitude] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    contested: list[Contested] = field(default_factory=list)
    trigger: Span | None = None
    hypothetical: bool = False


@dataclass(slots=True)
class Speaker:
    text: str  # as written ("She")
    name: str | None  # resolved ("Jane Smith"); None when unresolved
    code: str | None
    sector: str | None
    start: int | None = None
    end: int | None = None
    resolved: bool = False
    actor_id: str | None = None


@dataclass(slots=True)
class Quote:
    speaker: Speaker
    cue: Span | None
    content: Span
    kind: QuoteKind
    stance: str = "neutral"  # neutral | accuse | deny | admit | claim | insist | ...


@dataclass(slots=True)
class Report:
    article: Article
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    schema: str = SCHEMA_ID


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def to_dict(record: Any) -> Any:
    """JSON-ready plain structure of any record (dates as ISO strings)."""
    out = _plain(record)
    if isinstance(record, Report):
        # schema id first, for readers who look at the head of a file
        out = {"schema": out.pop("schema"), **out}
    return out
