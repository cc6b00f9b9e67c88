"""From event candidates to events: in-article merging, claims, intent, disputes.

One incident is usually told several times in a report (headline sentence, a
military statement, a spokesman's tally). Candidates of one type whose actors are
compatible merge into one event that keeps every claim with its claimer; fields
whose claims disagree become ``contested`` entries.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from sitrep.extract.base import Analysis
from sitrep.extract.events import Candidate, _key
from sitrep.extract.lexicon import EventLexicon
from sitrep.model import REPORTER, ActorRef, Claim, Contested, Event, Position, Span

__all__ = ["build_events", "contested_fields"]

MATERIAL = {"ASSAULT", "PROTEST", "COERCE", "MOBILIZE"}
STATEMENTS = {"ACCUSE", "REJECT", "THREATEN"}  # one per speaker: two officials' accusations stay apart
OPPOSITE = {"intent": {"deliberate": "unintentional", "unintentional": "deliberate"}}


def _codes(refs: Sequence[ActorRef]) -> set[str]:
    return {r.code for r in refs if r.code}


def _compatible(ev: Event, cand: Candidate, ev_speaker: str | None) -> bool:
    if ev.event != cand.spec.event:
        return False
    if cand.spec.event in STATEMENTS:
        if ev_speaker != cand.speaker_key:
            return False
    else:
        s1, s2 = _codes(ev.source), _codes(cand.source)
        if s1 and s2 and not s1 & s2:
            return False
    t1, t2 = _codes(ev.target), _codes(cand.target)
    if t1 and t2 and not t1 & t2:
        return False
    if ev.date and cand.date and cand.date.date and ev.date != cand.date.date:
        return False
    return True


def _evidence(cand: Candidate) -> Span:
    s = cand.sent
    return Span(start=s.start_char, end=s.end_char, text=s.text)


def _new_event(cand: Candidate, n: int) -> Event:
    return Event(
        id=f"E{n}",
        event=cand.spec.event,
        evidence=_evidence(cand),
        trigger=Span(cand.start, cand.end, cand.sent.doc.text[cand.start:cand.end]),
    )


def _absorb(ev: Event, cand: Candidate) -> None:
    """Fold a candidate's facts into an event and record who claims them."""
    ev.mode = ev.mode or cand.mode
    if cand.acled and (ev.acled_sub_event_type is None or cand.mode == "aerial"):
        ev.acled_sub_event_type = cand.acled
    for ref in cand.source:
        if not any(_key(ref) == _key(r) for r in ev.source):
            ev.source.append(ref)
    for ref in cand.target:
        if not any(_key(ref) == _key(r) for r in ev.target):
            ev.target.append(ref)
    ev_span = _evidence(cand)
    claim = lambda f, v: ev.claims.append(Claim(field=f, value=v, claimed_by=cand.claimer, modality=cand.modality, evidence=ev_span))  # noqa: E731
    claim("event", cand.spec.event)
    if cand.date is not None and cand.date.date is not None:
        if ev.date is None:
            ev.date, ev.date_text = cand.date.date, cand.date.text
        claim("date", cand.date.date.isoformat())
    if cand.location is not None:
        rank = {"city": 3, "other": 2, "admin": 2, "country": 1}
        loc = cand.location
        if ev.location is None or (loc.resolved, rank.get(loc.kind, 0)) > (ev.location.resolved, rank.get(ev.location.kind, 0)):
            ev.location = cand.location
        claim("location", cand.location.name or cand.location.text)
    for fld, mag in (("dead", cand.dead), ("injured", cand.injured)):
        if mag is not None:
            if getattr(ev, fld) is None:
                setattr(ev, fld, mag)
            claim(fld, {"min": mag.min, "max": mag.max, "qualifier": mag.qualifier, "text": mag.text})
    if cand.materiel:
        known = {(m.unit, m.start) for m in ev.materiel}
        ev.materiel.extend(m for m in cand.materiel if (m.unit, m.start) not in known)
        claim("materiel", [{"item": m.unit, "min": m.min, "max": m.max, "text": m.text} for m in cand.materiel])
    if cand.modality == "hypothetical" and all(c.modality == "hypothetical" for c in ev.claims if c.field == "event"):
        ev.hypothetical = True
    elif cand.modality != "hypothetical":
        ev.hypothetical = False


def _intent_claims(ev: Event, cand: Candidate, lex: EventLexicon) -> None:
    """Intent words in the candidate's sentence: "unintentionally struck", "would not intentionally strike"."""
    text = cand.sent.text.lower()
    span = _evidence(cand)
    for value, words in (("unintentional", lex.unintentional), ("deliberate", lex.deliberate)):
        for w in words:
            m = re.search(rf"\b{re.escape(w)}\b", text)
            if not m:
                continue
            negated = re.search(r"\b(not|never|no)\b[\w\s]{0,20}$", text[: m.start()]) is not None
            modality = "denied" if negated else ("alleged" if cand.modality == "alleged" else "asserted")
            ev.claims.append(Claim(field="intent", value=value, claimed_by=cand.claimer, modality=modality, evidence=span))
            break


def build_events(candidates: list[Candidate], analysis: Analysis, lex: EventLexicon) -> list[Event]:
    """Merge candidates into events and attach claims and contested fields."""
    events: list[Event] = []
    speakers: dict[str, str | None] = {}
    owner: dict[int, Event] = {}
    for cand in candidates:
        target = next((e for e in events if _compatible(e, cand, speakers.get(e.id))), None)
        if target is None:
            target = _new_event(cand, len(events) + 1)
            events.append(target)
            speakers[target.id] = cand.speaker_key
        _absorb(target, cand)
        if cand.spec.event == "ASSAULT":
            _intent_claims(target, cand, lex)
        owner[id(cand)] = target
    _condemned_attacks(events, candidates, owner, lex)
    events = [e for e in events if _keep(e)]
    _inherit(events)
    _accusations_of_intent(events, candidates, owner, analysis, lex)
    _loose_intent(events, candidates, analysis, lex)
    for i, ev in enumerate(events, 1):
        ev.id = f"E{i}"
        ev.acled_event_type = lex.acled_types.get(ev.acled_sub_event_type) if ev.acled_sub_event_type else None
        ev.contested = contested_fields(ev.claims)
        ev.context = "military" if ev.event in MATERIAL and any(r.sector == "MIL" for r in ev.source + ev.target) else None
    return events


def _condemned_attacks(events, candidates, owner, lex: EventLexicon) -> None:
    """"X condemned the attack": the accused is whoever the article says carried it out."""
    for cand in candidates:
        ev = owner.get(id(cand))
        if ev is None or ev.event != "ACCUSE" or ev.target:
            continue
        obj = next((c for c in cand.trigger.children if c.dep_ == "dobj"), None)
        spec = lex.nouns.get(obj.lemma_.lower()) if obj is not None else None
        if spec is None or spec.event != "ASSAULT":
            continue
        attack = next((e for e in events if e.event == "ASSAULT" and e.source and e.evidence.start <= cand.start), None)
        if attack is not None:
            ev.target = [r for r in attack.source if not _codes([r]) & _codes(ev.source)][:1]


def _keep(ev: Event) -> bool:
    """Drop events that carry nothing: no actor, figure, place or date."""
    if ev.event == "ACCUSE" and not ev.target:
        return False  # an accusation of nobody named is not codable
    if ev.source or ev.target or ev.dead or ev.injured:
        return True
    return ev.event == "AGREE" and ev.mode == "ceasefire" and ev.date is not None


def _inherit(events: list[Event]) -> None:
    """Violent events told without time or place continue the one told before them."""
    last = None
    for ev in events:
        if ev.event not in MATERIAL:
            continue
        if last is not None:
            if ev.date is None and last.date is not None:
                ev.date, ev.date_text = last.date, last.date_text
            if ev.location is None and last.location is not None:
                ev.location = last.location
        last = ev


def _accusations_of_intent(events, candidates, owner, analysis: Analysis, lex: EventLexicon) -> None:
    """An accusation of an attack's perpetrator that calls it deliberate is a claim on that attack."""
    assaults = [e for e in events if e.event == "ASSAULT" and e.source]
    for cand in candidates:
        ev = owner.get(id(cand))
        if ev is None or ev.event != "ACCUSE" or not cand.target or ev not in events:
            continue
        text = (cand.evidence_extra or cand.sent.text).lower()
        cue = any(re.search(rf"\b{re.escape(w)}\b", text) for w in lex.deliberate_accusation_cues)
        backs = any(w in text.split() for w in lex.support_verbs) or "support" in text
        armed = any(m.sector == "REB" for m in analysis.mentions_in(cand.sent.start_char, cand.sent.end_char))
        if not (cue or (backs and armed)):
            continue
        accused = _codes(cand.target)
        for a in assaults:
            if _codes(a.source) & accused and not _codes(a.source) & _codes(cand.source):
                claimer = cand.source[0] if cand.source else REPORTER
                a.claims.append(Claim(field="intent", value="deliberate", claimed_by=claimer, modality="alleged", evidence=_evidence(cand)))
                break


def _loose_intent(events, candidates, analysis: Analysis, lex: EventLexicon) -> None:
    """Intent words in sentences without an attack ("regret for the unintentional loss of life")."""
    assault = next((e for e in events if e.event == "ASSAULT" and e.source), None)
    if assault is None:
        return
    seen = {c.evidence.start for c in assault.claims if c.field == "intent"}
    for cand in candidates:
        if cand.spec.event == "ASSAULT" or cand.sent.start_char in seen:
            continue
        codes = _codes(cand.source) | _codes(cand.target)
        if not codes & (_codes(assault.source) | _codes(assault.target)):
            continue
        before = len(assault.claims)
        _intent_claims(assault, cand, lex)
        if len(assault.claims) > before:
            seen.add(cand.sent.start_char)
            # the speaker of a concession speaks for its own side
            for c in assault.claims[before:]:
                if c.claimed_by == REPORTER and cand.source and cand.spec.event == "CONCEDE":
                    c.claimed_by = cand.source[0]


def _position(claim: Claim) -> str | None:
    value = claim.value if isinstance(claim.value, str) else None
    if value is None:
        return None
    if claim.modality == "denied":
        return OPPOSITE.get(claim.field, {}).get(value, f"not {value}")
    return value


def _claimer_key(c: ActorRef | str) -> str:
    return c if isinstance(c, str) else (c.actor_id or c.name or c.code or c.text)


def contested_fields(claims: Sequence[Claim]) -> list[Contested]:
    """Fields whose claims disagree, each with its positions and their claimers."""
    out: list[Contested] = []
    by_field: dict[str, dict[str, list]] = {}
    for c in claims:
        if c.field == "intent":
            pos = _position(c)
        elif c.field in ("dead", "injured") and isinstance(c.value, dict):
            pos = f"{c.value['min']}-{c.value['max']} ({c.value['qualifier']})"
        else:
            continue
        if pos is None:
            continue
        bucket = by_field.setdefault(c.field, {}).setdefault(pos, [])
        if not any(_claimer_key(x) == _claimer_key(c.claimed_by) for x in bucket):
            bucket.append(c.claimed_by)
    for fld, positions in by_field.items():
        if len(positions) > 1:
            out.append(Contested(field=fld, positions=[Position(value=v, claimed_by=cl) for v, cl in positions.items()]))
    return out
