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


@cache
def other_incident_re() -> re.Pattern[str]:
    """A sentence that tells of another incident ("in a separate attack", "last week")."""
    return re.compile("|".join(rf"\b(?:{p})\b" for p in _cue_list("merge_cues.yaml", "other_incident_cues")), re.I)


@cache
def elsewhere_res() -> tuple[re.Pattern[str], ...]:
    """Sentence cues of a background total (magnitudes' own list) or of another incident."""
    aggregate = [re.compile(p, re.I) for p in _cue_list("magnitudes_numbers.yaml", "aggregate_cues")]
    return (*aggregate, other_incident_re())


def told_elsewhere(sentence: str) -> bool:
    """Whether a sentence tells of another incident or a background total (:func:`elsewhere_res`)."""
    return any(rx.search(sentence) for rx in elsewhere_res())
