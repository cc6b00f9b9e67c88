"""sitrep: English news reports to structured, source-attributed event data.

Names are imported lazily, so ``import sitrep`` loads neither spaCy nor DuckDB.
"""
from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "analyze_text": "sitrep.api",
    "analyze_paths": "sitrep.api",
    "ingest_paths": "sitrep.api",
    "IngestSummary": "sitrep.api",
    "Pipeline": "sitrep.pipeline",
    "Options": "sitrep.config",
    "Store": "sitrep.store.duck",
    "SitrepError": "sitrep.errors",
    "InputError": "sitrep.errors",
    **{
        name: "sitrep.model"
        for name in (
            "Article", "Skip", "Span", "ActorRef", "Actor", "Place", "Magnitude", "DateRef", "Claim",
            "Position", "Contested", "Event", "Speaker", "Quote", "Report", "to_dict",
            "Incident", "IncidentMention", "IncidentContested", "Figure", "Casualties",
        )
    },
    "IncidentIndex": "sitrep.merge",
    "merge_reports": "sitrep.merge",
}

__all__ = ["__version__", *_EXPORTS]

if TYPE_CHECKING:  # for type checkers and IDEs only
    from sitrep.api import IngestSummary, analyze_paths, analyze_text, ingest_paths
    from sitrep.config import Options
    from sitrep.errors import InputError, SitrepError
    from sitrep.model import (Actor, ActorRef, Article, Claim, Contested, DateRef, Event, Magnitude, Place,
                              Position, Quote, Report, Skip, Span, Speaker, to_dict, Incident, IncidentMention,
                              Figure, Casualties, IncidentContested)
    from sitrep.merge import IncidentIndex, merge_reports
    from sitrep.pipeline import Pipeline
    from sitrep.store.duck import Store


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'sitrep' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
