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
``Casualties``, ``Party``, ``Location``, ``ArticleRef``, ``IncidentClaim``,
``IncidentContested`` (a per-report ``Contested`` with the ``group`` a count of injured,
arrested or escaped names); ``Position`` is shared with per-report events.
"""
from __future__ import annotations

from collections.abc import Iterable

from sitrep.merge.index import IncidentIndex, MergeOptions, pair_score
from sitrep.merge.mentions import mentions_from_report
from sitrep.merge.reconcile import casualties, reconcile
from sitrep.model import Incident, IncidentMention, Report

__all__ = ["IncidentIndex", "MergeOptions", "pair_score", "mentions_from_report", "reconcile", "casualties",
           "merge_reports"]


def _informative_first(mention: IncidentMention) -> int:
    """0 for an incident mention with a point and a stated date, up to 7 for a mention
    of no incident family with neither."""
    loc = mention.location
    placed = loc is not None and loc.lat is not None and loc.kind not in ("country", "admin")
    dated = mention.date is not None and not mention.date_inferred
    return (mention.family == "other") * 4 + (not placed) * 2 + (not dated)


def merge_reports(reports: Iterable[Report], *, options: MergeOptions | None = None) -> list[Incident]:
    """Every incident the reports describe.

    A batch is merged most informative mention first (incident families before
    others, then a point and a stated date before vaguer ones; input order within
    each rank), so that a report without a place
    or a date can find the incident its better-located companions opened, whatever
    the input order. Incidents come out in the order they were opened.
    """
    mentions = [m for report in reports for m in mentions_from_report(report)]
    index = IncidentIndex(options=options)
    for mention in sorted(mentions, key=_informative_first):
        index.add(mention)
    return index.incidents()
