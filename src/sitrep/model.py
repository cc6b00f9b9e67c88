"""Plain records that travel through the pipeline.

ingest -> annotate -> extract -> (merge) -> store -> present all exchange these
dataclasses. Every ``start``/``end`` pair is a character offset into
``Article.text`` (end exclusive) and ``text`` is exactly that slice.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from dataclasses import dataclass, field
from typing import Any, Literal

from sitrep.errors import E

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
    "IncidentContested",
    "Event",
    "Speaker",
    "Quote",
    "Report",
    "Location",
    "ArticleRef",
    "Party",
    "Figure",
    "Casualties",
    "IncidentClaim",
    "IncidentMention",
    "Incident",
    "to_dict",
    "from_dict",
    "REPORTER",
    "SCHEMA_ID",
    "MAGNITUDE_CLAIMS",
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
    external_id: str | None = None  # the caller's own id for the document (a JSON record's "id"), kept as given


@dataclass(slots=True)
class Skip:
    """A document that could not be analysed, with the reason (never a crash)."""

    origin: str
    reason: str
    code: str  # error code from sitrep.errors
    article_id: str | None = None  # the article's content id, when it was read (E023: which content timed out)
    time_limit: float | None = None  # E023: the limit in seconds that its analysis ran past

    @classmethod
    def internal(cls, origin: str, err: BaseException) -> Skip:
        """The E099 skip of a failure nobody foresaw (a bug): reading, parsing or extracting
        one document, which the caller logs with its traceback; the batch goes on."""
        return cls(origin=origin, reason=E.E099.format(detail=f"{type(err).__name__}: {err}"), code="E099")


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
    unit: str | None = None  # killed | injured | arrested | displaced | crowd | forces | tank | ...
    aggregate: bool = False  # a multi-year / background total, not one incident
    update: bool = False  # stated as a revision of an earlier toll ("the toll has risen to 17")
    counted: str | None = None  # who or what is counted, as written ("Houthi fighters"), when the parse names it
    # a figure summed from parts told apart ("two" + "a third officer later died"): no one span
    # (start/end None, text "two + a third officer"), the span of each part here, in text order
    parts: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class DateRef:
    date: dt.date | None
    text: str
    start: int
    end: int


MAGNITUDE_CLAIMS = ("dead", "injured")  # claim fields whose value is a Magnitude (with its span in the text)


@dataclass(slots=True)
class Claim:
    field: str  # event | dead | injured | intent | location | materiel | perpetrator | ...
    value: Any  # a Magnitude for the fields of MAGNITUDE_CLAIMS
    claimed_by: ActorRef | str  # an actor, or REPORTER
    modality: Modality
    evidence: Span
    # each party of a joint claimer ("Britain, France and Germany said in a joint statement that ..."),
    # resolved with its own code as the quote's Speaker.parties are; empty for one claimer or the reporter
    claimed_by_parties: list[ActorRef] = field(default_factory=list)


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
    size: Magnitude | None = None  # participants: the crowd of a PROTEST, the troops of a MOBILIZE


@dataclass(slots=True)
class Speaker:
    """Who a quote is attributed to. An attribution that names no source ("X is reportedly
    ...", "is expected to", "it was announced that") has the empty speaker: text "", no name,
    no offsets; its content is the reporter's voice, hedged."""

    text: str  # as written ("She"); "" when the report names no source
    name: str | None  # resolved ("Jane Smith"); None when unresolved
    code: str | None
    sector: str | None
    start: int | None = None
    end: int | None = None
    resolved: bool = False
    actor_id: str | None = None
    # the parties a coordinated speaker names, each as resolved ("The United States and the European
    # Union said": USA, IGO); empty for one speaker. The speaker's own code, sector and actor id are
    # theirs only where all parties share them.
    parties: list[ActorRef] = field(default_factory=list)

    @property
    def named(self) -> bool:
        """False for the empty speaker of an attribution without a source."""
        return bool(self.text)


REFUSE = "refuse"  # the stance of a refusal to speak
SHOWN = "shown"  # the stance of the words of a sign no one in the text carries ("A sign on the door read: ..."): said by no one


@dataclass(slots=True)
class Quote:
    speaker: Speaker
    cue: Span | None
    content: Span
    kind: QuoteKind
    stance: str = "neutral"  # neutral | accuse | deny | admit | claim | insist | ... | refuse (declined to comment: claims nothing) | shown

    @property
    def claims_nothing(self) -> bool:
        """A refusal to speak ("declined to comment on reports that ..."): an attribution, as PolNeAR
        annotates it, whose content no stage may credit to its speaker; and the words of a sign no
        one carries, which no one speaks (no stage makes a claim or an event of them)."""
        return self.stance in (REFUSE, SHOWN)


@dataclass(slots=True)
class Report:
    article: Article
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    schema: str = SCHEMA_ID


# -- merge stage: incidents across reports --------------------------------------------


@dataclass(slots=True)
class Location:
    """A place an incident happened (no text offsets: it may come from several reports)."""

    name: str | None
    country: str | None = None  # ISO3
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    kind: PlaceKind = "other"
    # how the place was decided: "text" (told in the report's words: the act's place, a town it
    # names) or "dateline" (the filing city, a fallback: the text tells no place of the act)
    basis: Literal["text", "dateline"] | None = None


@dataclass(slots=True)
class ArticleRef:
    """The report behind a mention: enough to cite it without the text."""

    id: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: dt.date | None = None


@dataclass(slots=True)
class Party:
    """A perpetrator or target of an incident with who names it and who denies it."""

    name: str
    code: str | None = None
    sector: str | None = None
    claimed_by: list[str] = field(default_factory=list)
    denied_by: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Figure:
    """One casualty figure as claimed: never averaged with the others.

    ``superseded`` marks a figure its own claimer later replaced ("the toll has risen
    to 17"); it stays in the record but leaves the low/high range.
    """

    field: str  # killed | injured | arrested | escaped
    min: int | None
    max: int | None
    qualifier: Qualifier = "exact"
    claimed_by: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)  # urls (or article ids)
    evidence: list[str] = field(default_factory=list)
    of: str | None = None  # "militants", "police officers" when stated
    superseded: bool = False
    update: bool = False  # stated as a revision ("has risen to", "climbed to")
    published: dt.date | None = None  # earliest publication carrying it
    outlets: list[str] = field(default_factory=list)  # the outlets carrying it
    # one claimer's counts of two groups or more in one report ("12 soldiers" and "five civilians were also killed")
    # add up to a figure of its own, its total (17, ``sum_of`` the counts as "12 soldiers"); each count is then
    # a ``part`` of that total: kept, no toll of its own
    part: bool = False
    sum_of: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Casualties:
    """Killed or injured of an incident: the range, two views, and every figure."""

    low: int | None
    high: int | None
    conservative: int | None  # ACLED-style: the lowest credible current figure
    best: int | None  # UCDP-style: median of each claimer's latest figure
    figures: list[Figure] = field(default_factory=list)


@dataclass(slots=True)
class IncidentContested(Contested):
    """A contested field of an incident; ``group`` names the people its positions count where a field's figures
    are contested group by group (the injured "officers" 9 vs 15 beside the injured "protesters" 42 vs 60: two
    contests of one field), None where they count everyone."""

    group: str | None = None

    @property
    def label(self) -> str:
        """The field, with its group where it has one ("injured (officers)"): how lists and exports name it."""
        return f"{self.field} ({self.group})" if self.group else self.field


@dataclass(slots=True)
class IncidentClaim:
    """One claim of one report about an incident field, with who makes it."""

    field: str  # event_type | date | location | perpetrator | target | killed | injured | arrested | escaped | intent
    value: Any
    claimed_by: str  # speaker name, or REPORTER
    article: str  # url (or article id)
    modality: Modality = "asserted"
    evidence: str = ""
    normalized: str | None = None  # a comparable form of the value (target: civilians | military target)


@dataclass(slots=True)
class IncidentMention:
    """One incident as one report describes it: the unit the merge stage groups."""

    id: str  # "<article id>#<n>"
    article: ArticleRef
    family: str  # violence | protest | other (coarse, for compatibility)
    event: str | None = None  # PLOVER type
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    date: dt.date | None = None
    date_inferred: bool = False  # date is the publication date, not a stated event date
    location: Location | None = None
    perpetrators: list[Party] = field(default_factory=list)
    targets: list[Party] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    claims: list[IncidentClaim] = field(default_factory=list)
    signature: str = ""  # title + lead sentence, for text similarity
    weekday: int | None = None  # 0 = Monday: the day the lead names, kept when no date resolves
    places: list[Location] = field(default_factory=list)  # other places of the report, most named first


@dataclass(slots=True)
class Incident:
    """Reports of one real-world event merged: ranges, views, claims and contested fields."""

    id: str
    event_type: str | None  # ACLED sub-event type when known, else PLOVER type
    acled_event_type: str | None = None
    event: str | None = None  # PLOVER type
    date: dt.date | None = None
    date_range: tuple[dt.date, dt.date] | None = None
    location: Location | None = None
    perpetrators: list[Party] = field(default_factory=list)
    targets: list[Party] = field(default_factory=list)
    killed: Casualties | None = None
    injured: Casualties | None = None
    arrested: Casualties | None = None  # people arrested ("police arrested 12"), reconciled as a toll is
    escaped: Casualties | None = None  # escapers ("40 inmates escaped"), likewise
    contested: list[IncidentContested] = field(default_factory=list)
    articles: list[ArticleRef] = field(default_factory=list)
    mentions: list[str] = field(default_factory=list)
    claims: list[IncidentClaim] = field(default_factory=list)


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


def _revive(hint: Any, value: Any) -> Any:
    import types
    import typing

    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        if isinstance(value, dict):
            cls = next((a for a in options if dataclasses.is_dataclass(a)), None)
            return from_dict(cls, value) if cls is not None else value
        for a in options:
            if a in (str, int, float, bool) and isinstance(value, a):
                return value
        return _revive(options[0], value) if len(options) == 1 else value
    if origin is list:
        (arg,) = typing.get_args(hint) or (Any,)
        return [_revive(arg, v) for v in value]
    if origin is tuple:
        args = typing.get_args(hint)
        return tuple(_revive(args[0] if args else Any, v) for v in value)
    if origin is Literal:
        return value
    if hint is dt.date and isinstance(value, str):
        return dt.date.fromisoformat(value[:10])
    if isinstance(hint, type) and dataclasses.is_dataclass(hint) and isinstance(value, dict):
        return from_dict(hint, value)
    return value


def from_dict(cls: type, data: dict[str, Any]) -> Any:
    """The record of type ``cls`` from its :func:`to_dict` form (unknown keys are ignored).

    Lets the merge stage read reports printed by ``sitrep analyze --format json``.
    """
    kwargs = {name: _revive(hint, data[name]) for name, hint in _field_hints(cls) if name in data}
    if cls is Claim and kwargs.get("field") in MAGNITUDE_CLAIMS and isinstance(kwargs.get("value"), dict) and "min" in kwargs["value"]:
        kwargs["value"] = from_dict(Magnitude, kwargs["value"])  # a figure claim: a Magnitude with its span
    return cls(**kwargs)


@functools.cache
def _field_hints(cls: type) -> tuple[tuple[str, Any], ...]:
    """(field name, resolved type) of a dataclass; resolving the hints is the slow part of ``from_dict``, done once."""
    import typing

    hints = typing.get_type_hints(cls)
    return tuple((f.name, hints[f.name]) for f in dataclasses.fields(cls))

