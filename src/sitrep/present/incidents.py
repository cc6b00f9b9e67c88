"""Incidents for people and programs: JSON, GeoJSON and a Rich text view.

The JSON of an incident is :func:`sitrep.model.to_dict` of the record, one shape
whatever the flags; GeoJSON has one Point feature per located incident, with the
ranges, figures and contested fields as properties (incidents without coordinates
are kept with ``geometry: null``, as RFC 7946 allows).
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.console import Group
from rich.table import Table
from rich.text import Text

from sitrep.model import Casualties, Incident, to_dict

__all__ = ["incident_dict", "incidents_geojson", "render_incident"]


def incident_dict(incident: Incident) -> dict[str, Any]:
    return to_dict(incident)


def incidents_geojson(incidents: Sequence[Incident]) -> dict[str, Any]:
    """A FeatureCollection: one feature per incident."""
    features = []
    for inc in incidents:
        props = to_dict(inc)
        loc = inc.location
        geometry = None
        if loc is not None and loc.lat is not None and loc.lon is not None:
            geometry = {"type": "Point", "coordinates": [loc.lon, loc.lat]}
        features.append({"type": "Feature", "id": inc.id, "geometry": geometry, "properties": props})
    return {"type": "FeatureCollection", "features": features}


def _range(c: Casualties | None) -> str:
    if c is None:
        return "-"
    if c.low == c.high:
        return f"{c.low}"
    return f"{c.low}-{c.high} (conservative {c.conservative}, best {c.best})"


def render_incident(inc: Incident) -> Group:
    """One incident as a small Rich block: header, fields, figures, contested, articles."""
    where = inc.location.name if inc.location else "?"
    when = inc.date.isoformat() if inc.date else "?"
    if inc.date_range:
        when += f" ({inc.date_range[0].isoformat()} to {inc.date_range[1].isoformat()})"
    head = Text(f"{inc.id}  {inc.event_type or '?'}  {when}  {where}", style="bold")
    t = Table(show_header=False, box=None, pad_edge=False)
    t.add_column(style="dim")
    t.add_column()

    def row(label: str, value: str) -> None:  # plain text: "[claimers]" is no Rich markup
        t.add_row(Text(label), Text(value))

    row("perpetrators", "; ".join(f"{p.name} [{', '.join(p.claimed_by)}]" for p in inc.perpetrators) or "-")
    row("targets", "; ".join(f"{p.name} [{', '.join(p.claimed_by)}]" for p in inc.targets) or "-")
    for label, c in (("killed", inc.killed), ("injured", inc.injured)):
        row(label, _range(c))
        for f in (c.figures if c else []):
            value = f"{f.min}" if f.min == f.max else f"{f.min}-{f.max if f.max is not None else ''}"
            note = " (superseded)" if f.superseded else ""
            carried = f" ({', '.join(f.outlets)})" if f.outlets else ""
            row("", f"{value} {f.qualifier}{' ' + f.of if f.of else ''} - {', '.join(f.claimed_by)}{carried}{note}")
    for con in inc.contested:
        row(f"contested {con.field}", " | ".join(f"{p.value}: {', '.join(map(str, p.claimed_by))}" for p in con.positions))
    for a in inc.articles:
        row("article", f"{a.published.isoformat() if a.published else '?'}  {a.outlet or ''}  {a.url or a.title or a.id}")
    return Group(head, t)
