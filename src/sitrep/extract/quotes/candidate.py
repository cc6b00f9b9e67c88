"""A proposed quote before speaker resolution, and the speaker links between candidates."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sitrep.extract.quotes.marks import Quoted

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["Candidate", "renumber"]



@dataclass(slots=True)
class Candidate:
    cue: "Token | None"
    cue_span: tuple[int, int] | None
    subject: "Token | None"
    subject_span: tuple[int, int] | None
    content: tuple[int, int]
    kind: str
    stance: str
    speaker_of: int | None = None  # index of an earlier candidate whose speaker this one shares
    segments: list[Quoted] = field(default_factory=list)
    frame: str = ""  # which construction proposed it (a feature of the learned filter)
    nested: bool = False  # its cue lies inside another candidate's content


def renumber(cands: list[Candidate]) -> list[Candidate]:
    """Point ``speaker_of`` at positions in the final order (split and continued quotes)."""
    by_cue: dict[int, int] = {}
    for k, c in enumerate(cands):
        c.speaker_of = None
        if c.cue is not None:
            key = c.cue.i
            if key in by_cue:
                c.speaker_of = by_cue[key]
            else:
                by_cue[key] = k
    # continuations: same subject token as an earlier candidate
    first_subject: dict[int, int] = {}
    for k, c in enumerate(cands):
        if c.subject is None:
            continue
        key = c.subject.i
        if c.cue is None and key in first_subject:
            c.speaker_of = first_subject[key]
        first_subject.setdefault(key, k)
    return cands
