"""Sentence cues that what a sentence tells belongs elsewhere: to another incident ("in a
separate attack", "last week") or to a background total ("since 2011", "the war has killed").

The extract stage reads them to keep such a sentence's acts and counts off the event told
before it, and the merge stage to leave its figures out of an incident's tolls; both take them
from here, so extract depends on no merge module. The cues are data:
``other_incident_cues`` of ``data/merge_cues.yaml`` and ``aggregate_cues`` of
``data/magnitudes_numbers.yaml``.
"""
from __future__ import annotations

import re
from functools import cache

import yaml

from sitrep.resources import data_text

__all__ = ["elsewhere_res", "other_incident_re", "told_elsewhere"]


def _cue_list(name: str, key: str) -> list[str]:
    return (yaml.safe_load(data_text(name) or "") or {})[key]


# what opens a sentence before a fronted time: quotation marks, brackets, a conjunction
_FRONT = r"^[\s\"'“‘(]*(?:(?:but|and|yet|so|then)[^\S\n]+)?"
# where a clause begins or ends: a comma, a semicolon, a dash, a bracket, or a word that opens a
# relative or subordinate clause
_CLAUSE_EDGE = re.compile(r"[,;:()\u2014\u2013]|\s[-–]\s|\b(?:which|that|who|whom|whose|when|where|while|since|after|"
                          r"before|because|until|although|as)\b", re.I)


@cache
def _clause_cues() -> str:
    return "|".join(_cue_list("merge_cues.yaml", "other_incident_clause_cues"))


@cache
def other_incident_re() -> re.Pattern[str]:
    """A sentence that tells of another incident ("in a separate attack", "last week", a fronted
    "Three weeks ago, ..."): the sentence-wide cues, and the clause cues where they open it."""
    wide = "|".join(rf"\b(?:{p})\b" for p in _cue_list("merge_cues.yaml", "other_incident_cues"))
    return re.compile(rf"{wide}|{_FRONT}\b(?:{_clause_cues()})\b", re.I)


@cache
def _clause_re() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_clause_cues()})\b", re.I)


@cache
def elsewhere_res() -> tuple[re.Pattern[str], ...]:
    """Sentence cues of a background total (magnitudes' own list) or of another incident."""
    aggregate = [re.compile(p, re.I) for p in _cue_list("magnitudes_numbers.yaml", "aggregate_cues")]
    return (*aggregate, other_incident_re())


def _clause(sentence: str, at: int) -> tuple[int, int]:
    """The bounds of the clause of ``sentence`` that holds offset ``at`` (:data:`_CLAUSE_EDGE`)."""
    start, end = 0, len(sentence)
    for m in _CLAUSE_EDGE.finditer(sentence):
        if m.end() <= at:
            start = m.end()
        elif m.start() > at:
            end = m.start()
            break
    return start, end


def told_elsewhere(sentence: str, at: int | None = None) -> bool:
    """Whether a sentence tells of another incident or a background total (:func:`elsewhere_res`).

    Given the offset ``at`` of the count or act in ``sentence``, a clause cue ("three weeks ago")
    that stands in that count's own clause tells another incident too, not only one that fronts the
    sentence; one in another clause ("the mayor, who took office two years ago, said the toll had
    risen to 14") dates background."""
    if any(rx.search(sentence) for rx in elsewhere_res()):
        return True
    if at is None:
        return False
    lo, hi = _clause(sentence, at)
    return any(lo <= m.start() and m.end() <= hi for m in _clause_re().finditer(sentence))


@cache
def attacker_groups() -> frozenset[str]:
    """Counted nouns of the attackers themselves (merge_cues.yaml ``attacker_groups``: "the attackers",
    "gunmen"): a toll of them is the doers' own dead, no rival of their victims' toll."""
    return frozenset(_cue_list("merge_cues.yaml", "attacker_groups"))
