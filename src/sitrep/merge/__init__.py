"""The merge stage: reports of one real-world incident, across outlets, into one record.

ingest -> annotate -> extract -> **merge** -> store -> present.

Public API (names kept stable for the store and the CLI):

* :func:`mentions_from_report` ``(report) -> list[IncidentMention]``: the incident(s)
  a report describes, with every casualty figure and claim and who makes it.
* :class:`IncidentIndex`: ``add(mention) -> incident_id`` attaches a mention to the
  incident it reports (blocking on region and date window, a pairwise score, greedy
  attachment) or opens a new one; ``incident(id)`` / ``incidents()`` reconcile on
  demand; ``mentions(id)``, ``assignment`` (mention id -> incident id). Ids are stable
  (a hash of the incident's first mention id), so a store can key on them.
* :func:`reconcile` ``(mentions, incident_id=...) -> Incident``: the per-field
  reconciliation (figures kept per claim, low/high, conservative and best views,
  superseded figures, contested fields).
* :func:`merge_reports` ``(reports) -> list[Incident]``: the batch path used by
  ``sitrep merge`` and ``sitrep bench incidents``.
* :class:`MergeOptions`: the frozen knobs of blocking and the pairwise decision.

Records (``sitrep.model``): ``IncidentMention``, ``Incident``, ``Figure``,
``Casualties``, ``Party``, ``Location``, ``ArticleRef``, ``IncidentClaim``; ``Contested``
and ``Position`` are shared with per-report events.
"""
from __future__ import annotations

from collections.abc import Iterable

from sitrep.merge.index import IncidentIndex, MergeOptions, pair_score
from sitrep.merge.mentions import mentions_from_report
from sitrep.merge.reconcile import casualties, reconcile
from sitrep.model import Incident, Report

__all__ = ["IncidentIndex", "MergeOptions", "pair_score", "mentions_from_report", "reconcile", "casualties",
           "merge_reports"]


def merge_reports(reports: Iterable[Report], *, options: MergeOptions | None = None) -> list[Incident]:
    """Every incident the reports describe, in order of first arrival."""
    index = IncidentIndex(options=options)
    for report in reports:
        for mention in mentions_from_report(report):
            index.add(mention)
    return index.incidents()
