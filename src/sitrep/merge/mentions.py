"""From one report to the incident mentions the merge stage groups.

A report usually describes one main incident: its first incident event (violence,
protest; not hypothetical) gives type, date, place and actors; every casualty
figure in the text is attached to it with its claimer (the speaker of the quote that
holds it, else the outlet's own voice, ``reporter``). A report with no incident
event but with casualty figures (a follow-up: "the toll has risen to 17") still
yields a mention, typed by its figures. Missing event dates fall back to the
publication date and are flagged ``date_inferred``.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable

from sitrep.extract.dates import resolve_date
from sitrep.merge.cues import cues, find_figures, target_frame
from sitrep.model import (REPORTER, ActorRef, ArticleRef, Event, Figure, IncidentClaim, IncidentMention, Location,
                          Party, Place, Quote, Report, Speaker)

__all__ = ["mentions_from_report", "family_of", "speaker_label", "INCIDENT_FAMILIES"]

INCIDENT_FAMILIES = ("violence", "protest")
_VIOLENT_ACLED = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
_PROTEST_ACLED = {"Protests", "Riots"}
_VIOLENT_PLOVER = {"ASSAULT", "COERCE", "MOBILIZE"}
_PROTEST_PLOVER = {"PROTEST"}
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them"}
_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.I)
_CLAIM_FIELDS = {"dead": "killed", "killed": "killed", "injured": "injured", "perpetrator": "perpetrator",
                 "target": "target", "date": "date", "location": "location", "intent": "intent", "event": "event_type"}


def family_of(event: Event) -> str:
    """Coarse family of an event: violence, protest or other."""
    if event.acled_event_type in _VIOLENT_ACLED or (event.acled_event_type is None and event.event in _VIOLENT_PLOVER):
        return "violence"
    if event.acled_event_type in _PROTEST_ACLED or (event.acled_event_type is None and event.event in _PROTEST_PLOVER):
        return "protest"
    return "other"


def speaker_label(text: str, name: str | None) -> str:
    """How a claimer is named in merged output: the written name, else the resolved one.

    The text as written is kept when it carries a proper name ("Amnesty
    International's Kenya office"); pronouns and bare descriptions that the
    pipeline resolved ("she", "the statement") give way to the resolved name.
    """
    text = text.strip().split("\n")[-1].strip(" ,;:")  # a headline glued before the speaker
    bare = _DETERMINER.sub("", text)
    if not bare or bare.lower() in _PRONOUNS:
        return name or bare or REPORTER
    if not any(ch.isupper() for ch in bare) and name and any(ch.isupper() for ch in name):
        return name
    return bare


def _ref_label(ref: ActorRef | str) -> str:
    if isinstance(ref, str):
        return ref
    return speaker_label(ref.text or "", ref.name)


def _location(place: Place | None) -> Location | None:
    if place is None:
        return None
    return Location(name=place.name or place.text, country=place.country, admin1=place.admin1, lat=place.lat,
                    lon=place.lon, kind=place.kind)


def _main_place(report: Report) -> Place | None:
    """The most often named resolved sub-national place (else country) of the report."""
    resolved = [p for p in report.places if p.resolved and p.name]
    local = [p for p in resolved if p.kind in ("city", "admin", "other")] or resolved
    if not local:
        return None
    counts = Counter(p.name for p in local)
    best = max(local, key=lambda p: (counts[p.name], -p.start))
    return best


def _quote_claimers(report: Report) -> list[tuple[int, int, str]]:
    """(start, end, claimer) per quote content, with indefinite speakers resolved forward.

    News style introduces a source vaguely and names it in the next sentence ("a
    local rights group said ... The X Observatory said"): an indefinite speaker whose
    head is an organisation noun takes the name of the next capitalised speaker
    within a few hundred characters.
    """
    org_nouns = set(cues()["org_nouns"])
    quotes = sorted(report.quotes, key=lambda q: q.content.start)
    out: list[tuple[int, int, str]] = []
    for i, q in enumerate(quotes):
        label = speaker_label(q.speaker.text, q.speaker.name)
        raw = q.speaker.text.strip().lower()
        head = raw.split()[-1] if raw.split() else ""
        if raw.startswith(("a ", "an ")) and head in org_nouns and label == label.lower():
            for nxt in quotes[i + 1:]:
                if nxt.content.start - q.content.end > 400:
                    break
                other = speaker_label(nxt.speaker.text, nxt.speaker.name)
                if any(ch.isupper() for ch in other) and len(other.split()) >= 2:
                    label = other
                    break
        out.append((q.content.start, q.content.end, label))
    return out


_TOLL_SETTER = re.compile(
    r"(?P<who>(?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|for|on|and|the))*)\s+(?:put|puts|has put|had put|"
    r"estimated|estimates|reported|counted|recorded|gave)\s+(?:the\s+)?(?:death\s+)?(?:toll|number|figure)"
)


def _claimer_at(start: int, end: int, text: str, quotes: list[tuple[int, int, str]]) -> str:
    inside = [c for s, e, c in quotes if s <= start and end <= e]
    if inside:
        return inside[-1]
    sent_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    m = None
    for m in _TOLL_SETTER.finditer(text, sent_start, end):
        pass
    if m is not None:
        return _DETERMINER.sub("", m.group("who")).strip()
    return REPORTER


def _lead(text: str, title: str | None) -> str:
    body = text[len(title):] if title and text.startswith(title) else text
    body = body.strip()
    first = re.split(r"(?<=[.!?])\s+", body, maxsplit=1)[0] if body else ""
    return f"{title or ''} {first}".strip()


def _text_date(text: str, title: str | None, published: dt.date | None) -> dt.date | None:
    """The first resolvable date expression in the lead of the story."""
    lead = _lead(text, title)
    for sentence in re.split(r"(?<=[.!?])\s+", lead):
        day = resolve_date(sentence, published)
        if day is not None and (published is None or day <= published):
            return day
    return None


def _incident_events(report: Report) -> list[Event]:
    return [e for e in report.events if family_of(e) in INCIDENT_FAMILIES and not e.hypothetical
            and not (e.dead is not None and e.dead.aggregate)]


def _parties(refs: Iterable[ActorRef], claimer: str) -> list[Party]:
    out: list[Party] = []
    for ref in refs:
        name = ref.name or ref.text
        if not name or (ref.sector is None and ref.code and len(ref.code) == 3 and ref.name == ref.text and ref.name and ref.name[0].isupper() and not ref.org):
            # a place the event parser took for a participant ("struck Marib") is no party
            continue
        out.append(Party(name=name, code=ref.code, sector=ref.sector, claimed_by=[claimer]))
    return out


def _stance_claims(report: Report, url: str, quotes: list[tuple[int, int, str]]) -> list[IncidentClaim]:
    """Accusations, denials and target framings made by quoted speakers."""
    out: list[IncidentClaim] = []
    deny_rx = re.compile(rf"\b(?:{'|'.join(cues()['deny_responsibility'])})\b", re.I)
    labels = {(s, e): c for s, e, c in quotes}
    frames: dict[str, Counter[str]] = {}
    for q in report.quotes:
        claimer = labels.get((q.content.start, q.content.end)) or speaker_label(q.speaker.text, q.speaker.name)
        content = q.content.text
        if q.stance == "accuse":
            out.append(IncidentClaim("perpetrator", _DETERMINER.sub("", content.split(" for ")[0]).strip(), claimer, url,
                                     "alleged", content))
        elif q.stance == "deny" and deny_rx.search(content):
            out.append(IncidentClaim("perpetrator", claimer, claimer, url, "denied", content))
        frame = target_frame(content)
        if frame is not None:
            if q.stance == "deny":
                frame = "military target" if frame == "civilians" else "civilians"
            frames.setdefault(claimer, Counter())[frame] += 1
    for claimer, counts in frames.items():
        (top, n), *rest = counts.most_common() + [("", 0)]
        if rest and rest[0][1] == n:
            continue  # a speaker framing it both ways takes no side
        out.append(IncidentClaim("target", top, claimer, url, "asserted", ""))
    return out


def mentions_from_report(report: Report) -> list[IncidentMention]:
    """The incident mentions of one report (usually one; none when it reports no incident)."""
    art = report.article
    ref = ArticleRef(id=art.id, url=art.url, outlet=art.outlet, title=art.title, published=art.published)
    key = art.url or art.id
    text = art.text
    quotes = _quote_claimers(report)
    events = _incident_events(report)
    text_figures = [f for f in find_figures(text)]
    if not events and not text_figures:
        return []
    main = events[0] if events else None
    figures: list[Figure] = []
    seen: set[tuple[str, int | None, int | None, str]] = set()
    for tf in text_figures:
        claimer = _claimer_at(tf.start, tf.end, text, quotes)
        if art.title and tf.end <= len(art.title) and text.startswith(art.title):
            continue  # the headline repeats a figure of the body
        sig = (tf.field, tf.min, tf.max, claimer)
        if sig in seen:
            continue
        seen.add(sig)
        figures.append(Figure(field=tf.field, min=tf.min, max=tf.max, qualifier=tf.qualifier, claimed_by=[claimer],  # type: ignore[arg-type]
                              articles=[key], evidence=[text[tf.start:tf.end]], of=tf.of, update=tf.update,
                              published=art.published))
    date = next((e.date for e in events if e.date is not None), None)
    inferred = False
    if date is None:
        date = _text_date(text, art.title, art.published)
    if date is None and art.published is not None:
        date, inferred = art.published, True
    place = next((e.location for e in events if e.location is not None and e.location.resolved), None) or _main_place(report)
    claims: list[IncidentClaim] = []
    for e in events:
        for c in e.claims:
            fld = _CLAIM_FIELDS.get(c.field)
            if fld is None or fld in ("killed", "injured"):
                continue  # figures come from the text pass, with their claimers
            value = c.value
            if isinstance(value, dict) and "name" in value:
                value = value["name"]
            claims.append(IncidentClaim(fld, value, _ref_label(c.claimed_by), key, c.modality, c.evidence.text[:200]))
    for f in figures:
        claims.append(IncidentClaim(f.field, {"min": f.min, "max": f.max, "qualifier": f.qualifier}, f.claimed_by[0], key,
                                    "asserted", f.evidence[0]))
    if date is not None and not inferred and not any(c.field == "date" for c in claims):
        claims.append(IncidentClaim("date", date.isoformat(), REPORTER, key))
    claims.extend(_stance_claims(report, key, quotes))
    perpetrators: list[Party] = []
    targets: list[Party] = []
    if main is not None:
        perp_claimer = next((_ref_label(c.claimed_by) for c in main.claims if c.field == "perpetrator"), REPORTER)
        perpetrators = _parties(main.source, perp_claimer)
        targets = _parties(main.target, REPORTER)
    for c in claims:
        if c.field == "perpetrator" and c.modality in ("alleged", "asserted") and isinstance(c.value, str):
            hit = next((p for p in perpetrators if p.name.lower() == c.value.lower()), None)
            if hit is None:
                perpetrators.append(Party(name=c.value, claimed_by=[c.claimed_by]))
            elif c.claimed_by not in hit.claimed_by:
                hit.claimed_by.append(c.claimed_by)
    family = family_of(main) if main is not None else ("violence" if any(f.field == "killed" and (f.min or 0) > 0 for f in figures) else "other")
    return [IncidentMention(
        id=f"{art.id}#1",
        article=ref,
        family=family,
        event=main.event if main else None,
        acled_event_type=main.acled_event_type if main else None,
        acled_sub_event_type=main.acled_sub_event_type if main else None,
        date=date,
        date_inferred=inferred,
        location=_location(place),
        perpetrators=perpetrators,
        targets=targets,
        figures=figures,
        claims=claims,
        signature=_lead(text, art.title),
    )]
