"""The state each extraction stage reads and extends, and the stage protocol.

A stage is a callable ``stage(analysis) -> analysis`` with ``name``, ``needs`` and
``adds`` (names of ``Analysis`` fields). The pipeline checks at build time that
every stage's needs are added by an earlier stage (spaCy's component contract).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Protocol

from sitrep.config import Options
from sitrep.model import Actor, ActorRef, Article, DateRef, Event, Magnitude, Place, Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["Analysis", "Mention", "Stage"]


@dataclass(slots=True)
class Mention:
    """One textual mention of an actor (name, description or pronoun)."""

    start: int
    end: int
    text: str
    actor_id: str | None
    kind: str  # name | nominal | pronoun | country | demonym
    code: str | None = None
    sector: str | None = None


@dataclass(slots=True)
class Analysis:
    """Everything known about one article while it moves through extraction."""

    article: Article
    doc: "Doc"
    options: Options
    actors: list[Actor] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    dates: list[DateRef] = field(default_factory=list)
    magnitudes: list[Magnitude] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def actor(self, actor_id: str | None) -> Actor | None:
        for a in self.actors:
            if a.id == actor_id:
                return a
        return None

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """Mentions that lie inside [start, end), in text order."""
        return [m for m in self.mentions if m.start >= start and m.end <= end]

    def mention_at(self, start: int, end: int) -> Mention | None:
        """The longest mention overlapping [start, end)."""
        best: Mention | None = None
        for m in self.mentions:
            if m.start < end and start < m.end:
                if best is None or (m.end - m.start) > (best.end - best.start):
                    best = m
        return best

    def ref(self, mention: Mention) -> ActorRef:
        """The ActorRef for a mention, carrying its actor's resolved name and codes."""
        actor = self.actor(mention.actor_id)
        return ActorRef(
            text=mention.text,
            name=actor.name if actor else None,
            code=mention.code or (actor.code if actor else None),
            sector=mention.sector or (actor.sector if actor else None),
            start=mention.start,
            end=mention.end,
            actor_id=mention.actor_id,
            org=actor.org if actor else None,
        )


class Stage(Protocol):
    name: ClassVar[str]
    needs: ClassVar[tuple[str, ...]]
    adds: ClassVar[tuple[str, ...]]

    def __call__(self, analysis: Analysis) -> Analysis: ...
