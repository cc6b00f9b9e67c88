"""A Report as Rich renderables for the terminal (the caller decides where to print)."""
from __future__ import annotations

import json
from typing import Any

from rich import box
from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from sitrep.extract.magnitudes import quantity_label
from sitrep.model import REPORTER, ActorRef, Claim, Event, Magnitude, Place, Report, Skip

__all__ = ["render_report", "render_skip", "actor_label", "magnitude_label"]

MAX_EVIDENCE = 160


def actor_label(ref: ActorRef | str | None) -> str:
    """'Syrian military [SYR MIL]'; 'the reporter' for REPORTER."""
    if ref is None:
        return "-"
    if isinstance(ref, str):
        return "the reporter" if ref == REPORTER else ref
    name = ref.name or ref.text
    codes = " ".join(dict.fromkeys(c for c in (ref.code, ref.sector) if c))
    label = f"{name} [{codes}]" if codes else name
    if ref.name and ref.text and _bare(ref.text) != _bare(ref.name):
        label += f" (“{ref.text}”)"
    return label


def _bare(text: str) -> str:
    t = text.lower().strip()
    return t[4:] if t.startswith("the ") else t


def magnitude_label(m: Magnitude | None) -> str:
    return "-" if m is None else quantity_label(m.min, m.max, m.qualifier)


def _place_label(p: Place | None) -> str:
    if p is None:
        return "-"
    parts = [p.name or p.text] + [x for x in (p.admin1, p.country) if x]
    return ", ".join(parts)


def _short(text: str, limit: int = MAX_EVIDENCE) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _value(v: Any) -> str:
    if v is None:
        return "(none)"
    if isinstance(v, Magnitude):
        return magnitude_label(v)
    if isinstance(v, Place):
        return _place_label(v)
    if isinstance(v, ActorRef):
        return actor_label(v)
    if isinstance(v, dict):
        if "qualifier" in v and ("min" in v or "max" in v):
            return magnitude_label(Magnitude(min=v.get("min"), max=v.get("max"), qualifier=v["qualifier"], text=v.get("text", "")))
        for key in ("name", "text", "value"):
            if v.get(key) is not None:
                return str(v[key])
        return json.dumps(v, ensure_ascii=False, default=str)
    if isinstance(v, (list, tuple)):
        return ", ".join(_value(x) for x in v) or "-"
    return str(v)


def _meta(report: Report) -> RenderableType:
    a = report.article
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold")
    grid.add_column()
    for label, value in (
        ("outlet", a.outlet),
        ("published", a.published.isoformat() if a.published else None),
        ("url", a.url),
        ("source", a.origin),
        ("id", a.id),
        ("your id", a.external_id),
        ("length", f"{len(a.text)} characters" + (f", {len(a.removed)} boilerplate lines removed" if a.removed else "")),
    ):
        if value:
            grid.add_row(label, Text(str(value)))
    return Panel(grid, title=Text(a.title or "(untitled)", style="bold"), title_align="left", box=box.ROUNDED)


def _short_actor(ref: ActorRef | str) -> str:
    if isinstance(ref, str):
        return actor_label(ref)
    return actor_label(ActorRef(text=ref.name or ref.text, name=ref.name, code=ref.code, sector=ref.sector))


def parties_label(parties: list[ActorRef]) -> str:
    """'United Kingdom [GBR GOV], France [FRA GOV] and Germany [DEU GOV]': each party of a joint
    speaker or claimer with its own codes (the joint name alone carries only what all share)."""
    labels = [_short_actor(p) for p in parties]
    return f"{', '.join(labels[:-1])} and {labels[-1]}" if len(labels) > 1 else "".join(labels)


def _claimer(c: Claim) -> str:
    return parties_label(c.claimed_by_parties) if c.claimed_by_parties else _short_actor(c.claimed_by)


def _claims(event: Event) -> str:
    parts = [f"{_claimer(c)}: {c.modality} {c.field} = {_value(c.value)}" for c in event.claims]
    return "\n".join(dict.fromkeys(parts)) or "-"


def _event(n: int, e: Event) -> RenderableType:
    head = Text(f"{n}. {e.event}", style="bold cyan")
    if e.mode:
        head.append(f" ({e.mode})", style="cyan")
    if e.acled_event_type:
        head.append(f"  ACLED: {e.acled_event_type}" + (f" › {e.acled_sub_event_type}" if e.acled_sub_event_type else ""), style="dim")
    if e.hypothetical:
        head.append("  hypothetical", style="magenta")
    told = [c for c in e.claims if c.field == "event"]
    if told and all(c.modality == "denied" for c in told):
        # told only by those who deny it ("the ministry said the army did not shell the town"): no one says it happened
        head.append("  denied by " + ", ".join(dict.fromkeys(_claimer(c) for c in told)), style="red")
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column()
    when = e.date.isoformat() if e.date else "unknown"
    if e.date_text:
        when += f" (“{e.date_text}”)"
    rows = [
        ("who", "; ".join(actor_label(r) for r in e.source) or "-"),
        ("against", "; ".join(actor_label(r) for r in e.target) or "-"),
        ("when", when),
        ("where", _place_label(e.location)),
        ("dead", magnitude_label(e.dead) + (f" (“{e.dead.text}”)" if e.dead else "")),
        ("injured", magnitude_label(e.injured) + (f" (“{e.injured.text}”)" if e.injured else "")),
        *([("size", magnitude_label(e.size) + f" (“{e.size.text}”)")] if e.size else []),  # participants; a row only when told
        ("claimed by", _claims(e)),
        ("evidence", f"“{_short(e.evidence.text, 400)}”"),
    ]
    for label, value in rows:
        grid.add_row(label, Text(value, style="dim" if label == "evidence" else ""))
    return Group(head, Padding(grid, (0, 0, 1, 3)))


def _events(report: Report) -> RenderableType:
    return Group(Text(f"Events ({len(report.events)})", style="bold underline"),
                 *(_event(i, e) for i, e in enumerate(report.events, 1)))


def _quotes(report: Report) -> RenderableType:
    t = Table(title=f"Quotes ({len(report.quotes)})", title_justify="left", box=box.SIMPLE_HEAD, expand=True)
    t.add_column("speaker", ratio=1)
    t.add_column("kind", no_wrap=True)
    t.add_column("quote", ratio=4)
    for q in report.quotes:
        s = q.speaker
        label = actor_label(ActorRef(text=s.text, name=s.name, code=s.code, sector=s.sector)) if s.named else "(no source named)"
        if s.parties:
            label = f"{parties_label(s.parties)} (“{s.text}”)"
        if s.named and not s.resolved:  # also a pronoun that took an unresolved phrase's words for a name ("It" -> "the office")
            label += " (unresolved)"
        cue = f" [{q.cue.text}]" if q.cue else ""
        t.add_row(Text(label), Text(q.kind + (f"\n{q.stance}" if q.stance != "neutral" else "")),
                  Text(f"“{_short(q.content.text, 300)}”{cue}"))
    return t


def _places(report: Report) -> RenderableType:
    t = Table(title=f"Places ({len(report.places)})", title_justify="left", box=box.SIMPLE_HEAD)
    for col in ("as written", "resolved", "kind", "country", "lat, lon"):
        t.add_column(col)
    seen: set[tuple[str, str | None]] = set()
    for p in report.places:
        key = (p.text, p.name)
        if key in seen:
            continue
        seen.add(key)
        coords = f"{p.lat:.3f}, {p.lon:.3f}" if p.lat is not None and p.lon is not None else "-"
        t.add_row(*(Text(x) for x in (p.text, p.name or "-", p.kind, p.country or "-", coords)))
    return t


def _contested(report: Report) -> RenderableType | None:
    rows = [(e, c) for e in report.events for c in e.contested]
    if not rows:
        return None
    lines = Text()
    for e, c in rows:
        lines.append(f"{e.event} ({e.id}) — {c.field}\n", style="bold yellow")
        for pos in c.positions:
            who = ", ".join(actor_label(x) for x in pos.claimed_by) or "-"
            lines.append(f"  • {_value(pos.value)}: {who}\n")
    return Panel(lines, title="Contested points", title_align="left", box=box.ROUNDED, border_style="yellow")


def render_report(report: Report) -> RenderableType:
    """Metadata, events, quotes, places and contested points of one report."""
    parts: list[RenderableType] = [_meta(report)]
    parts.append(_events(report) if report.events else Text("No events found.", style="dim"))
    if report.quotes:
        parts.append(_quotes(report))
    if report.places:
        parts.append(_places(report))
    contested = _contested(report)
    if contested is not None:
        parts.append(contested)
    return Group(*parts)


def render_skip(skip: Skip) -> Text:
    return Text.assemble(("skipped ", "bold yellow"), (skip.origin, "bold"), f": {skip.reason} ", (f"[{skip.code}]", "dim"))
