"""Reported speech: direct, indirect and mixed quotes with their speakers.

The stage scans the text once for quotation marks (``find_quoted``: every mark style,
quotes that run on across paragraphs), then visits only the speech-cue tokens of the
parse: a cue's subject is the speaker, its complement clause (or an adjacent
quotation) the content. "according to X", "X was quoted as saying", "X told Y",
'"...," the ministry statement said' and split quotes are covered. Speakers are
resolved through the actor mentions by ``sitrep.extract.speakers``.

The package splits that work by job: ``marks`` scans quotation marks, ``text`` maps
token ranges to clean character spans, ``subjects`` finds speaker spans, ``verb_frames``,
``nonverbal`` and ``asides`` propose candidates from the parse, ``run`` filters and assembles
them, ``stage`` resolves speakers into ``Quote`` records.
"""
from __future__ import annotations

from sitrep.extract.quotes.marks import Quoted, find_quoted, paragraph_starts
from sitrep.extract.quotes.stage import QuoteStage

__all__ = ["QuoteStage", "Quoted", "find_quoted", "paragraph_starts"]
