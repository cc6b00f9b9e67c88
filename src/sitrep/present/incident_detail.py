"""Stored incidents for people: a list (one line each) and the full view of one.

The full view shows everything an analyst checks before using an incident: type,
date or range, place, who is named as perpetrator and target and by whom, each
casualty figure with its qualifier, its claimers and the outlets carrying it, the
contested fields with each position and its claimers, and the articles behind it.
"""
from __future__ import annotations

from collections.abc import Iterable

from rich.console import Group
from rich.table import Table
from rich.text import Text

from sitrep.extract.magnitudes import quantity_label
from sitrep.model import Casualties, Figure, Incident, Party

__all__ = ["render_incident_detail", "render_incident_list"]

# the counts of people an incident carries, in the order shown (the web page's script writes the same two lists):
# the dead and the hurt always, a dash where no report counts them; arrests and escapes only where one does
# (most incidents have none)
_COUNTS = ("killed", "injured", "arrested", "escaped")
_ALWAYS = ("killed", "injured")


def _when(inc: Incident) -> str:
    if inc.date_range:
        return f"{inc.date_range[0].isoformat()} to {inc.date_range[1].isoformat()}"
    return inc.date.isoformat() if inc.date else "?"


def _where(inc: Incident) -> str:
    loc = inc.location
    if loc is None:
        return "?"
    parts = [p for p in (loc.name, loc.admin1 if loc.admin1 != loc.name else None, loc.country) if p]
    where = ", ".join(parts) or "?"
    return f"{where} (dateline)" if loc.basis == "dateline" else where  # no place told: the filing city


def _span(c: Casualties | None) -> str:
    if c is None:
        return "-"
    if c.high is None and c.low is not None:
        return f"{c.low}+"  # a sum with an open "at least" in it: no closed high
    if c.low == c.high:
        return str(c.low)
    return f"{c.low}-{c.high}"


def render_incident_list(incidents: Iterable[Incident]) -> Text:
    """One line per incident (easy to grep): id, date, type, place, killed, injured, arrested and escaped
    where counted, articles, contested fields."""
    out = Text()
    for inc in incidents:
        contested = ", ".join(dict.fromkeys(c.label for c in inc.contested))
        counts = "".join(f"  {label} {_span(c)}" for label in _COUNTS if (c := getattr(inc, label)) is not None or label in _ALWAYS)
        out.append(inc.id, style="bold")
        out.append(f"  {_when(inc)}  {inc.event_type or inc.event or '?'}  {_where(inc)}{counts}  articles {len(inc.articles)}")
        if contested:
            out.append(f"  contested {contested}", style="yellow")
        out.append("\n")
    return out


def _figure_sum(f: Figure) -> str:
    return f" (sum of {' + '.join(f.sum_of)})" if f.sum_of else " (part of a sum)" if f.part else ""


def _party(p: Party) -> str:
    text = f"{p.name}{f' ({p.code})' if p.code else ''} named by {', '.join(p.claimed_by) or '?'}"
    return text + (f"; denied by {', '.join(p.denied_by)}" if p.denied_by else "")


def _figure(f: Figure, outlets: dict[str, str]) -> str:
    value = quantity_label(f.min, f.max, f.qualifier, words=True)
    carried = list(dict.fromkeys(f.outlets or [outlets.get(a, a) for a in f.articles]))
    text = f"{value}{' ' + f.of if f.of else ''} - claimed by {', '.join(f.claimed_by) or '?'}; in {', '.join(carried) or '?'}"
    return text + _figure_sum(f) + (" (revised)" if f.update else "") + (" (superseded)" if f.superseded else "")


def _who(claimer: object) -> str:
    return claimer if isinstance(claimer, str) else str(getattr(claimer, "name", None) or getattr(claimer, "text", claimer))


def render_incident_detail(inc: Incident) -> Group:
    """Everything known about one incident, each value with who gives it."""
    outlets: dict[str, str] = {}
    for a in inc.articles:
        name = a.outlet or a.url or a.id
        for key in (a.url, a.id):
            if key:
                outlets[key] = name
    head = Text(f"{inc.id}  {inc.event_type or inc.event or '?'}", style="bold")
    t = Table(show_header=False, box=None, pad_edge=False)
    t.add_column(style="dim")
    t.add_column()
    t.add_row("type", f"{inc.event_type or '?'}" + (f" ({inc.acled_event_type})" if inc.acled_event_type else "")
              + (f"; PLOVER {inc.event}" if inc.event else ""))
    t.add_row("date", _when(inc) + (f" (most reported: {inc.date.isoformat()})" if inc.date_range and inc.date else ""))
    place = _where(inc)
    if inc.location is not None and inc.location.lat is not None:
        place += f"  ({inc.location.lat:.4f}, {inc.location.lon:.4f})"
    t.add_row("place", place)
    t.add_row("perpetrators", "\n".join(_party(p) for p in inc.perpetrators) or "-")
    t.add_row("targets", "\n".join(_party(p) for p in inc.targets) or "-")
    for label in _COUNTS:
        if (c := getattr(inc, label)) is None:
            if label in _ALWAYS:
                t.add_row(label, "-")
            continue
        t.add_row(label, f"low {c.low}, high {c.high} (conservative {c.conservative}, best {c.best})")
        for f in c.figures:
            t.add_row("", _figure(f, outlets))
    for con in inc.contested:
        t.add_row(f"contested {con.label}", "\n".join(f"{p.value}: {', '.join(map(_who, p.claimed_by))}" for p in con.positions))
    for a in inc.articles:
        t.add_row("article", f"{a.published.isoformat() if a.published else 'undated'}  {a.outlet or '?'}  {a.title or ''}  {a.url or a.id}")
    return Group(head, t)
