"""Bundled example articles (fictional) and a hand-built report with one of every record.

``files()`` lists the example documents; ``sample_report()`` is used by docs and
tests that need a complete report without loading a language model.
"""
from __future__ import annotations

import datetime as dt
from importlib import resources
from pathlib import Path

from sitrep.model import (REPORTER, Actor, ActorRef, Article, Claim, Contested, Event, Magnitude, Place, Position,
                          Quote, Report, Span, Speaker)

__all__ = ["folder", "files", "sample_report"]

_SUFFIXES = (".txt", ".html", ".htm", ".jsonl")


def folder() -> Path:
    """The directory holding the example documents."""
    return Path(str(resources.files(__name__)))


def files() -> list[Path]:
    return sorted(p for p in folder().iterdir() if p.suffix in _SUFFIXES)


def _span(text: str, part: str, after: int = 0) -> Span:
    start = text.index(part, after)
    return Span(start, start + len(part), part)


def sample_report() -> Report:
    """A small report with one of every record; every span slices ``article.text``."""
    text = (
        "Rebels said the army shelled the town of Kafr Hamra on Saturday, killing seven people and wounding 20. "
        '"We did not fire a single round," an army spokesman said.'
    )
    article = Article(id="0123456789abcdef", text=text, title="Shelling kills seven", outlet="Example Post",
                      url="https://example.org/a", published=dt.date(2024, 3, 4), origin="sample", removed=["By A. Writer"])
    rebels = _span(text, "Rebels")
    army = _span(text, "the army")
    spokesman = _span(text, "an army spokesman")
    town = _span(text, "Kafr Hamra")
    sentence = _span(text, text[: text.index(". ") + 1])
    denial = _span(text, '"We did not fire a single round," an army spokesman said.')
    reb_ref = ActorRef(text=rebels.text, name="rebels", code=None, sector="REB", start=rebels.start, end=rebels.end, actor_id="a2")
    army_ref = ActorRef(text=army.text, name="army", code="XXX", sector="MIL", start=army.start, end=army.end, actor_id="a1")
    place = Place(text=town.text, start=town.start, end=town.end, name="Kafr Hamra", country="SYR", admin1="Idlib",
                  lat=35.8, lon=36.6, geonameid=1234567, kind="city", resolved=True)
    dead = Magnitude(min=7, max=7, qualifier="exact", text="seven", start=text.index("seven"), end=text.index("seven") + 5, unit="killed")
    injured = Magnitude(min=20, max=20, qualifier="exact", text="20", start=text.index("20"), end=text.index("20") + 2, unit="injured")
    event = Event(
        id="e1", event="ASSAULT", evidence=sentence, mode="artillery", context="armed_conflict",
        acled_event_type="Explosions/Remote violence", acled_sub_event_type="Shelling/artillery/missile attack",
        source=[army_ref], target=[], date=dt.date(2024, 3, 2), date_text="Saturday", location=place, dead=dead, injured=injured,
        claims=[
            Claim(field="event", value="ASSAULT", claimed_by=reb_ref, modality="alleged", evidence=sentence),
            Claim(field="perpetrator", value="army", claimed_by=army_ref, modality="denied", evidence=denial),
            Claim(field="dead", value=dead, claimed_by=REPORTER, modality="asserted", evidence=sentence),
        ],
        contested=[Contested(field="perpetrator", positions=[Position(value="army", claimed_by=[reb_ref]),
                                                            Position(value=None, claimed_by=[army_ref])])],
        trigger=_span(text, "shelled"),
    )
    quote = Quote(
        speaker=Speaker(text=spokesman.text, name="army", code="XXX", sector="MIL", start=spokesman.start, end=spokesman.end,
                        resolved=True, actor_id="a1"),
        cue=_span(text, "said", denial.start),
        content=_span(text, "We did not fire a single round,"),
        kind="direct", stance="deny",
    )
    actors = [
        Actor(id="a1", name="army", code="XXX", sector="MIL", kind="org", mentions=[army, spokesman]),
        Actor(id="a2", name="rebels", code=None, sector="REB", kind="group", mentions=[rebels]),
    ]
    return Report(article=article, events=[event], quotes=[quote], places=[place], actors=actors)
