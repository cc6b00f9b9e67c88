"""From event candidates to events: in-article merging, claims, intent, disputes.

One incident is usually told several times in a report (headline sentence, a
military statement, a spokesman's tally). Candidates of one type whose actors are
compatible merge into one event that keeps every claim with its claimer; fields
whose claims disagree become ``contested`` entries.
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from sitrep.annotate.tokens import doc_sents, doc_text, doc_tokens, span_text
from sitrep.extract.agreement import may_refer
from sitrep.extract.base import Analysis
from sitrep.extract.elsewhere import attacker_groups, elsewhere_res, other_incident_re
from sitrep.extract.events import UNNAMED, Candidate, Responsibility, _key, _place_of_its_own, charge_figure, speaker_ref
from sitrep.extract.lexicon import EventLexicon
from sitrep.extract.magnitudes import count_words, crowd_told, figure_interval, people_nouns
from sitrep.gazetteer import haversine_km
from sitrep.model import (
    MAGNITUDE_CLAIMS,
    REPORTER,
    ActorRef,
    Claim,
    Contested,
    Event,
    Magnitude,
    Place,
    Position,
    Span,
)

__all__ = ["build_events", "contested_fields"]

MATERIAL = {"ASSAULT", "PROTEST", "COERCE", "MOBILIZE"}
STATEMENTS = {"ACCUSE", "REJECT", "THREATEN"}  # one per speaker: two officials' accusations stay apart
OTHER_ATTACKS = {"previous", "past", "earlier", "similar", "recent", "other", "former", "prior", "another", "last", "those", "these"}
TOLL_VERBS = {"put", "estimate", "raise", "revise", "give", "place", "set", "count", "tally", "report", "record", "say", "confirm"}  # "X put the toll at 20"
OPPOSITE = {"intent": {"deliberate": "unintentional", "unintentional": "deliberate"}}


def _codes(refs: Sequence[ActorRef]) -> set[str]:
    return {r.code for r in refs if r.code}


_Clause = tuple[int, int]  # (sentence start, clause head token index)


def _clause_facts(candidates: Sequence[Candidate]) -> dict[_Clause, dict[str, set]]:
    """What each attack clause of a sentence tells on its own: tolls, places, attackers."""
    facts: dict[_Clause, dict[str, set]] = {}
    for c in candidates:
        if c.clause is None:
            continue
        f = facts.setdefault((c.sent.start_char, c.clause), {"dead": set(), "injured": set(), "place": set(), "source": set(),
                                                             "subject": set(), "teller": set()})
        f["subject"].update(s for s in c.sent.doc[c.clause].children if s.dep_ == "nsubj")
        f["teller"].add(_claimer_key(c.claimer))
        for fld in ("dead", "injured"):
            mag = getattr(c, fld)
            if mag is not None:
                f[fld].add(mag.start)
        if c.location is not None:
            f["place"].add((c.location.name or c.location.text).casefold())
        f["source"].update(_key(r) for r in c.source)
    return facts


def _other_attack(a: dict[str, set], b: dict[str, set]) -> bool:
    """Two clauses of one sentence tell two attacks when each gives its own toll, or they
    name different places or different attackers ("X shelled A, killing 3, and bombed B,
    where 5 died"; "the army shelled A while rebels fired at B"). Tolls told by different sources
    are their claims on one attack ("leaving four dead, according to the ministry, while organisers
    said nine had been killed"), contested, not two attacks."""
    one_teller = a["teller"] == b["teller"]
    if one_teller and ((a["dead"] and b["dead"] and a["dead"] != b["dead"]) or (a["injured"] and b["injured"] and a["injured"] != b["injured"])):
        return True
    if _other_doers(a["subject"], b["subject"]):
        return True
    return any(a[k] and b[k] and not a[k] & b[k] for k in ("place", "source"))


def _other_doers(a: set, b: set) -> bool:
    """Subjects (tokens) told by a pronoun that cannot be the other clause's ("police shot dead a man
    after he raped a girl": "he" is not the police): two doers, two acts. A pronoun that may stand for
    the other subject (agreement.may_refer: "soldiers killed a woman after they raped her", "the army
    shelled the town, and they killed 12": a collective noun has no number) may be the same doer; two
    nouns are compared by the actors they name (``source``)."""
    if not a or not b or not any(t.pos_ == "PRON" for t in a | b):
        return False
    return not any(t1.lower_ == t2.lower_ or (t1.pos_ == "PRON" and may_refer(t1, t2)) or (t2.pos_ == "PRON" and may_refer(t2, t1))
                   for t1 in a for t2 in b)


FAR_KM = 150.0  # two towns this far apart are two incidents, whatever else they share


def _far_apart(a: Place | None, b: Place | None) -> bool:
    """Whether two resolved places cannot be one incident's: other countries, or towns far apart."""
    if a is None or b is None or not a.resolved or not b.resolved:
        return False
    if a.country and b.country and a.country != b.country:
        return True
    if a.kind == "city" and b.kind == "city" and None not in (a.lat, a.lon, b.lat, b.lon):
        return haversine_km(a.lat, a.lon, b.lat, b.lon) > FAR_KM
    return False


def _compatible(ev: Event, cand: Candidate, ev_speaker: str | None,
                clauses: Mapping[int, set[_Clause]] | None = None, facts: dict[_Clause, dict[str, set]] | None = None) -> bool:
    """Whether the candidate may tell the event; ``clauses``: the event's attack clauses by the
    start of their sentence (only that sentence's are compared: a lookup, not a scan of all)."""
    if ev.event != cand.spec.event:
        return False
    if ev.event == "COERCE" and cand.acled and ev.acled_sub_event_type and cand.acled != ev.acled_sub_event_type:
        return False  # "seized power in a coup, detaining the president": a takeover and an arrest, two acts
    if ev.mode == "abduct" and cand.mode != "abduct" and _forces(cand.source) and not _forces(ev.source):
        # "Gunmen abducted 80 villagers ... Troops killed five of the kidnappers in an exchange of fire": forces fighting
        # the takers (a rescue operation) make an act of their own, not the taking (ACLED: a clash besides the abduction)
        return False
    if cand.clause is not None and facts:
        mine = (cand.sent.start_char, cand.clause)
        here = clauses.get(mine[0], ()) if clauses else ()
        if here and mine not in here and any(_other_attack(facts[k], facts[mine]) for k in here):
            return False
    if cand.spec.event in STATEMENTS:
        if ev_speaker != cand.speaker_key or (ev_speaker is None and (_other_unknown_speaker(ev, cand) or _told_by_another(ev, cand))):
            return False
    else:
        s1, s2 = _codes(ev.source), _codes(cand.source)
        if s1 and s2 and not s1 & s2:
            return False
        if _other_speaker(ev, cand):
            return False
    t1, t2 = _codes(ev.target), _codes(cand.target)
    if t1 and t2 and not t1 & t2:
        return False
    if ev.date and cand.date and cand.date.date and ev.date != cand.date.date and not _denial_day(cand):
        return False
    if cand.spec.event not in STATEMENTS and _far_apart(ev.location, cand.location):
        return False  # an attack in Gao and a shelling in Donetsk told in one report are two events
    if cand.other_time and (ev.date or cand.since):
        return False  # "in a similar attack last year, 40 were killed" is another incident; so is "the army has since retaken towns"
    if cand.spec.event not in STATEMENTS and ev.evidence.start < cand.sent.start_char and _told_apart(cand):
        return False  # "A soldier was killed in a separate attack on a patrol": not the attack told before
    return True


def _denial_day(cand: Candidate) -> bool:
    """Whether a denied act's date is the day of the denial, told outside the act denied ("..., a group said on
    Monday, while the army denied targeting civilians"): no day of the act ("denied shelling the town on Sunday" is,
    and so is a day on the verb a trigger noun is the object of: "denied that it had carried out an air strike on a
    camp on Saturday")."""
    if cand.modality != "denied" or cand.date is None:
        return False
    act = cand.trigger
    if act.pos_ in ("NOUN", "PROPN") and act.dep_ == "dobj" and act.head.pos_ in ("VERB", "AUX") and act.head.dep_ in ("ccomp", "xcomp", "pcomp"):
        act = act.head  # the denied clause is the light verb's ("carried out an air strike"), its day the act's
    lo, hi = act.left_edge.idx, act.right_edge.idx + len(act.right_edge)
    return not lo <= cand.date.start < hi


def _forces(refs: Sequence[ActorRef]) -> bool:
    """Whether a state's forces (military or police) are among the doers."""
    return any(r.sector in ("MIL", "POL") for r in refs)


def _told_apart(cand: Candidate) -> bool:
    """Whether the candidate's sentence says it tells another incident ("in a separate attack",
    "separately", "in another raid"; merge_cues.yaml other_incident_cues)."""
    return other_incident_re().search(span_text(cand.sent)) is not None


def _other_unknown_speaker(ev: Event, cand: Candidate) -> bool:
    """Two statements of speakers the actor stage could not key, told in other sentences by
    parties whose head words differ ("Opposition leaders rejected the proposal. Protesters
    rejected the curfew."): two statements, not one ("the opposition leaders" again is the same party)."""
    if not (ev.source and cand.source) or any(r.code for r in (*ev.source, *cand.source)):
        return False
    told = {ev.evidence.start} | {c.evidence.start for c in ev.claims}
    if cand.sent.start_char in told:
        return False
    return not _head_words(ev.source) & _head_words(cand.source)


def _told_by_another(ev: Event, cand: Candidate) -> bool:
    """A statement told in another sentence by another speaker than each who told the event ("... uses criminal
    networks to threaten people," the minister said. ... the spokesman said Tehran would expel diplomats): two
    statements, even when the parties' codes do not tell them apart."""
    if cand.claimer == REPORTER or cand.sent.start_char in {c.evidence.start for c in ev.claims}:
        return False
    tellers = [c.claimed_by for c in ev.claims if c.field == "event"]
    if any(_same_teller(t, cand.claimer) for t in tellers):
        return False  # one speaker named twice over ("Foreign Minister Ana Lopes" ... "the foreign minister"): one statement
    told = {_claimer_key(t) for t in tellers}
    return bool(told) and REPORTER not in told and _claimer_key(cand.claimer) not in told


def _head_words(refs: Sequence[ActorRef]) -> set[str]:
    return {r.text.lower().rsplit(" ", 1)[-1] for r in refs if r.text}


def _other_speaker(ev: Event, cand: Candidate) -> bool:
    """Two speech acts by parties that share neither actor nor sector ("the protesters demanded
    the resignation ..." and "the EU called on the authorities ..."): two acts, even when one
    side has no country code to tell them apart."""
    if not (cand.spec.speech and ev.source and cand.source):
        return False
    return not {_key(r) for r in ev.source} & {_key(r) for r in cand.source} and not (
        {r.sector for r in ev.source if r.sector} & {r.sector for r in cand.source if r.sector})


def _evidence(cand: Candidate) -> Span:
    s = cand.sent
    return Span(start=s.start_char, end=s.end_char, text=span_text(s))


def _sent_slice(sent, start: int, end: int) -> str:
    """Text at [start, end) of a document, read from the sentence that holds it
    (``Doc.text`` is rebuilt from every token on each access)."""
    base = sent.start_char
    if base <= start <= end <= sent.end_char:
        return span_text(sent)[start - base:end - base]
    return doc_text(sent.doc)[start:end]


def _new_event(cand: Candidate, n: int) -> Event:
    return Event(
        id=f"E{n}",
        event=cand.spec.event,
        evidence=_evidence(cand),
        trigger=Span(cand.start, cand.end, _sent_slice(cand.sent, cand.start, cand.end)),
    )


def _denied_only(ev: Event) -> bool:
    """Whether every telling of the event so far is a denial (its doer known only from one)."""
    told = [c for c in ev.claims if c.field == "event"]
    return bool(told) and all(c.modality == "denied" for c in told)


# ACLED sub-types told by the weapon (Explosions/Remote violence): they say more of an act than a
# clash or an attack told by its verb alone
_REMOTE_SUB_TYPES = frozenset({"Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Suicide bomb",
                               "Grenade", "Chemical weapon"})


def _absorb(ev: Event, cand: Candidate) -> None:
    """Fold a candidate's facts into an event and record who claims them."""
    ev.mode = ev.mode or cand.mode
    if cand.acled and (ev.acled_sub_event_type is None or cand.mode == "aerial"
                       or (cand.acled in _REMOTE_SUB_TYPES and ev.acled_sub_event_type in ("Armed clash", "Attack"))
                       or (cand.acled == "Violent demonstration" and ev.acled_sub_event_type == "Peaceful protest")
                       or (cand.acled == "Sexual violence" and ev.acled_sub_event_type in ("Armed clash", "Attack", "Abduction/forced disappearance"))
                       or (cand.acled == "Abduction/forced disappearance" and ev.acled_sub_event_type in ("Armed clash", "Attack")
                           and ev.dead is None and cand.dead is None)):
        # ("five soldiers were killed when their vehicle struck a landmine": the weapon told says how they were hit;
        # "thousands marched ... and some threw stones at police": the protest turned violent is one violent demonstration;
        # "gunmen stormed the village and raped women": ACLED codes violence against civilians that includes
        # rape as Sexual violence, as "attacked the town and raped women" is coded when the attack gives none, and so
        # "abducted and raped three girls"; "gunmen raided a house and abducted two women": a raid or attack told
        # only by the people it took (no one killed) is an abduction (ACLED Abduction/forced disappearance)
        ev.acled_sub_event_type = cand.acled
    if cand.modality == "denied":
        if not ev.source and cand.claimer != REPORTER and (_denied_only(ev) or not any(c.field == "event" for c in ev.claims)):
            # "Police denied firing on the protesters": an act told only as denied by a speaker has the
            # denier as its doer (its claim says denied); one told as done by others keeps its own doer,
            # or none; the reporter's own negation ("protesters did not gather") tells no act
            ev.source = list(cand.source)
    else:
        if _denied_only(ev):
            ev.source = []  # told as done: the doer is whom this telling names (or none), not the denier
        # a denier's counter-accusation is a claim on the doer only, and so is an accusation of an attack whose doer
        # is told already ("rebels shelled the market ... the ministry accused X of shelling it": X is alleged, not the doer)
        accused = cand.modality == "alleged" and cand.claimer != REPORTER and bool(ev.source)
        for ref in ([] if cand.counter or accused else cand.source):
            if not any(_key(ref) == _key(r) for r in ev.source):
                ev.source.append(ref)
    told = any(c.field == "event" for c in ev.claims)
    for ref in cand.target:
        if cand.modality == "denied" and told:
            break  # "the rebels denied attacking civilian sites" after the attack told: what is denied was not hit in it
        if not cand.source and any(ref.sector and r.code == ref.code and r.sector == ref.sector for r in ev.source):
            continue  # "Militants ambushed a convoy. 15 militants were killed": the attackers' own dead are no target
        if not any(_key(ref) == _key(r) for r in ev.target):
            ev.target.append(ref)
    ev_span = _evidence(cand)
    claim = lambda f, v: _add_claim(ev, Claim(field=f, value=v, claimed_by=cand.claimer, modality=cand.modality, evidence=ev_span))  # noqa: E731
    claim("event", cand.spec.event)
    if cand.spec.event == "ASSAULT" and cand.modality != "hypothetical":  # "would not strike" says nothing of who did
        for ref in cand.source:
            if _who(ref):
                claim("perpetrator", _who(ref))
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
    for fld, mag in (("dead", cand.dead), ("injured", cand.injured), ("size", cand.size)):
        if mag is not None:
            if getattr(ev, fld) is None or (_vague(getattr(ev, fld)) and not _vague(mag)):
                setattr(ev, fld, mag)  # a figure told as a number outranks "dozens" (a headline's)
            # a casualty figure is claimed as the Magnitude itself, with its span in the text
            claim(fld, mag if fld in MAGNITUDE_CLAIMS else {"min": mag.min, "max": mag.max, "qualifier": mag.qualifier, "text": mag.text})
    if cand.materiel:
        known = {(m.unit, m.start) for m in ev.materiel}
        ev.materiel.extend(m for m in cand.materiel if (m.unit, m.start) not in known)
        claim("materiel", [{"item": m.unit, "min": m.min, "max": m.max, "text": m.text} for m in cand.materiel])
    if cand.modality == "hypothetical" and all(c.modality == "hypothetical" for c in ev.claims if c.field == "event"):
        ev.hypothetical = True
    elif cand.modality != "hypothetical":
        ev.hypothetical = False


def _vague(mag: Magnitude) -> bool:
    """A figure told only by a vague count ("dozens killed", "scores were hurt"), no number."""
    words = mag.text.lower().split()
    return bool(words) and not any(ch.isdigit() for ch in mag.text) and any(w in count_words() for w in words)


def _who(ref: ActorRef) -> dict | None:
    """The value of a perpetrator claim: the actor's code and name (None for a nameless one)."""
    name = ref.name or ref.text or None
    if not (ref.code or name):
        return None
    return {"code": ref.code, "name": name}


def _add_claim(ev: Event, claim: Claim) -> None:
    """Append a claim unless the same claimer already made it in the same sentence."""
    key = (claim.field, repr(claim.value), _claimer_key(claim.claimed_by), claim.modality, claim.evidence.start)
    if not any((c.field, repr(c.value), _claimer_key(c.claimed_by), c.modality, c.evidence.start) == key for c in ev.claims):
        ev.claims.append(claim)


def _joint_claimers(events: Sequence[Event], analysis: Analysis) -> None:
    """A claim told by a joint speaker ("Britain, France and Germany said in a joint statement that
    ...", "X and Y accused Z of ...") is claimed by the joint speaker, with each party resolved as
    the quote's speaker has them (``Claim.claimed_by_parties``): a claimer found at the phrase, or
    at the first party's words (the subject's first actor), is that speaker. Before, the claim named
    the joint text alone (no party's code) or its first party only."""
    joint: dict[tuple[int, int], tuple[ActorRef, list[ActorRef]]] = {}
    for q in analysis.quotes:
        s = q.speaker
        if s.parties and s.start is not None:
            ref = speaker_ref(s)
            for at in ((s.start, s.end), *((p.start, p.end) for p in s.parties)):
                joint.setdefault(at, (ref, s.parties))
    if not joint:
        return
    for ev in events:
        claims, ev.claims = ev.claims, []
        for c in claims:
            found = joint.get((c.claimed_by.start, c.claimed_by.end)) if isinstance(c.claimed_by, ActorRef) else None
            if found is not None:
                c.claimed_by, c.claimed_by_parties = found[0], list(found[1])
            _add_claim(ev, c)


def _sentence_span(sent) -> Span:
    return Span(start=sent.start_char, end=sent.end_char, text=span_text(sent))


def _attack_of(events: list[Event], r: Responsibility, trigger_owner: dict[int, Event]) -> Event | None:
    """The attack a responsibility statement is about: the one its words name, else the
    attack told in its sentence, else the last one told before it, else ("the attack" told of
    first) the next one told, if no doer is named for it."""
    if r.attack is not None and r.attack.i in trigger_owner and trigger_owner[r.attack.i] in events:
        return trigger_owner[r.attack.i]
    if r.attack is not None and (r.attack.tag_ in ("NNS", "NNPS") or any(
            c.lower_ in OTHER_ATTACKS for c in r.attack.children if c.dep_ in ("amod", "det", "advmod"))):
        return None  # "blamed X for previous attacks": not the attack being told
    assaults = [e for e in events if e.event == "ASSAULT"]
    lo, hi = r.sent.start_char, r.sent.end_char
    same = [e for e in assaults if lo <= e.evidence.start < hi]
    before = [e for e in assaults if e.evidence.start < lo]
    if (same and before and r.modality == "denied" and r.attack is not None and r.attack.pos_ == "NOUN"
            and all((e.trigger or e.evidence).start > r.verb.idx for e in same)):
        # "A market was shelled. The RSF denied the attack and said the army had shelled a school in Dilling": the
        # attack denied is the one told before; the one the denier tells after it is another (an accusation)
        return before[-1]
    if same:
        return same[0]
    if before:
        return before[-1]
    if r.attack is None or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in r.attack.children):
        return None
    # "X claimed the attack. Its spokesman said 20 soldiers were killed": an attack referred to before
    # it is told is the next one told, within the next two sentences, when no other doer is named for it
    sents = doc_sents(r.sent.doc)
    here = next((i for i, s in enumerate(sents) if s.start_char == r.sent.start_char), None)
    if here is None:
        return None
    reach = sents[min(here + 2, len(sents) - 1)].end_char
    after = [e for e in assaults if hi <= e.evidence.start < reach]
    return after[0] if after and not after[0].source else None


def _attribute(events: list[Event], responsibilities: Sequence[Responsibility], trigger_owner: dict[int, Event]) -> None:
    """Claims on who carried out each attack; an attack with no attacker named takes the
    first one accused or claiming it (a denied one never becomes the attacker)."""
    for r in responsibilities:
        ev = _attack_of(events, r, trigger_owner)
        value = _who(r.accused)
        if ev is None or value is None or ev.event not in MATERIAL:
            continue  # (a meeting or a deal denied has no perpetrator: its event claim says denied)
        if r.unmade:
            continue  # "has not blamed any group for the bombing": no one alleged as its doer
        if r.intent:  # "Moscow denies deliberately targeting civilians": the attack's intent contested, its doer not denied
            _add_claim(ev, Claim(field="intent", value="deliberate", claimed_by=r.claimer, modality="denied", evidence=_sentence_span(r.sent)))
            continue
        _add_claim(ev, Claim(field="perpetrator", value=value, claimed_by=r.claimer, modality=r.modality, evidence=_sentence_span(r.sent)))
        # an accusation names a doer only where the report tells none ("An explosion killed 12. The governor blamed
        # X"); a doer told, even described ("Gunmen killed 12"), stays the doer, the accused an alleged one in its
        # claim. A claim of responsibility (asserted by the claimer) names the doers the description stood for.
        # (a described doer of no code that the actor stage took for a state's force, "Armed men killed 12" read MIL
        # from "armed", is not kept over the accused: the accused stands for it, as before)
        told = bool(ev.source) and not (r.modality == "asserted" and not _codes(ev.source)) \
            and not (not _codes(ev.source) and all(s.sector in ("MIL", "POL") for s in ev.source))
        if r.modality != "denied" and (not told or _denied_only(ev)) and r.accused.code:
            ev.source = [r.accused]


def _toll_claimer(mag, span, analysis: Analysis) -> ActorRef | str:
    """Who gives a figure: the speaker quoted, else the subject of the verb giving it
    ("activists put the toll at 20"), else the reporter."""
    def speaker(q) -> ActorRef:
        return ActorRef(text=q.speaker.text, name=q.speaker.name, code=q.speaker.code, sector=q.speaker.sector,
                        start=q.speaker.start, end=q.speaker.end, actor_id=q.speaker.actor_id)

    # the closest saying verb above the figure first: in "the army said 15 were hurt, while
    # medics said 60 were", each figure has its own speaker
    for t in span.root.ancestors:
        q = next((q for q in analysis.quotes if q.cue is not None and q.cue.start <= t.idx < q.cue.end and not q.claims_nothing), None)
        if q is not None and (q.speaker.code or q.speaker.name or q.speaker.text):
            return speaker(q)
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in TOLL_VERBS:
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            m = next((m for m in analysis.mentions if m.start <= subj.idx < m.end), None) if subj is not None else None
            if m is not None:  # "activists put the toll at 20"
                return analysis.ref(m)
            if subj is not None and subj.pos_ in ("NOUN", "PROPN"):  # a description the actor stage left alone
                words = list(subj.subtree)
                lo, hi = words[0].idx, words[-1].idx + len(words[-1])
                return ActorRef(text=analysis.article.text[lo:hi], name=None, code=None, sector=None, start=lo, end=hi)
    # a refusal ("declined to comment on reports that 20 died") claims nothing
    q = next((q for q in analysis.quotes if q.content.start <= mag.start < q.content.end and not q.claims_nothing), None)
    if q is not None and (q.speaker.code or q.speaker.name or q.speaker.text):
        return speaker(q)
    return REPORTER


def _part_of_toll(span) -> bool:
    """'five children were among the dead', 'including three soldiers': a part of a toll, not one."""
    return any(t.lower_ in ("among", "including", "includes", "included") for t in span.root.ancestors) or any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in ("dead", "killed", "injured", "wounded", "victims") for g in c.subtree)
        for c in span.root.children)


def _orphan_tolls(events: list[Event], candidates: list[Candidate], analysis: Analysis, lex: EventLexicon,
                  taken: set[int] = frozenset()) -> None:
    """A toll no attack took is a claim on an attack when someone else gives it: in a
    sentence with no attack ("activists put the death toll at 20"), on the attack told
    last before; beside an attack ("..., police said, while activists put the toll at 20"),
    on that attack. A toll with another date, a part of a toll ("three of the dead") or
    background is left alone; a toll that may yet rise is hypothetical."""
    doc = analysis.doc
    used = {id(m) for c in candidates for m in (c.dead, c.injured) if m is not None} | set(taken)
    by_sent: dict[int, list[Candidate]] = {}
    for c in candidates:
        if c.spec.event == "ASSAULT":
            by_sent.setdefault(c.sent.start_char, []).append(c)
    assaults = [e for e in events if e.event == "ASSAULT"]
    for mag in analysis.magnitudes:
        fld = {"killed": "dead", "dead": "dead", "injured": "injured"}.get(mag.unit or "")
        if fld is None or mag.aggregate or mag.start is None or id(mag) in used:
            continue
        span = doc.char_span(mag.start, mag.end or mag.start + len(mag.text), alignment_mode="expand")
        if span is None or not len(span) or _part_of_toll(span) or charge_figure(span, lex):
            continue  # (nor the toll of an act charged: "executed a man convicted of killing four officers")
        sent = span.root.sent
        if any(cue in span_text(sent).lower() for cue in lex.background_cues):
            continue
        claimer = _toll_claimer(mag, span, analysis)
        here = by_sent.get(sent.start_char)
        if here:
            # the attack of the sentence told last before the figure, else its first one
            told = [e for e in assaults if sent.start_char <= e.evidence.start < sent.end_char]
            ev = next((e for e in reversed(told) if e.trigger is not None and e.trigger.start < mag.start), told[0] if told else None)
            if ev is None or any(_claimer_key(c.claimed_by) == _claimer_key(claimer) for c in ev.claims if c.field == fld and c.evidence.start == sent.start_char):
                continue  # "killing 5 soldiers and 3 civilians, police said": parts of one account
        else:
            before = [e for e in assaults if e.evidence.start < sent.start_char]
            if not before:
                continue
            ev = before[-1]
        refs = [d for d in analysis.dates if sent.start_char <= d.start < sent.end_char]
        dates = [d.date for d in refs if d.date is not None]
        if (ev.date is not None and dates and ev.date not in dates) or any(d.date is None for d in refs):
            continue  # another day's toll, or another time's ("last year")
        verb = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
        modal = verb is not None and any(c.dep_ == "aux" and c.lower_ in lex.modal_hypothetical for c in verb.children)
        if getattr(ev, fld) is None and not modal:
            setattr(ev, fld, mag)
        hedged = any(not q.speaker.named and q.content.start <= mag.start < q.content.end for q in analysis.quotes)  # "is said to have killed 20"
        modality = "hypothetical" if modal else ("alleged" if hedged else "asserted")
        _add_claim(ev, Claim(field=fld, value=mag, claimed_by=claimer, modality=modality, evidence=_sentence_span(sent)))


def _orphan_sizes(events: list[Event], candidates: list[Candidate], analysis: Analysis, lex: EventLexicon) -> None:
    """A crowd counted where no protest is told ("the union said some 300,000 people joined the
    march, while the ministry put the crowd at about 45,000") is a size claim on the protest told
    last, by whoever gives it, so organisers' and police figures stand as rival sizes (contested);
    a count of another day's or time's crowd, or background, is left alone."""
    protests = [e for e in events if e.event == "PROTEST" and not e.hypothetical]
    if not protests:
        return
    doc = analysis.doc
    used = {id(c.size) for c in candidates if c.size is not None}
    for mag in analysis.magnitudes:
        if mag.unit != "crowd" or mag.aggregate or mag.start is None or id(mag) in used:
            continue
        span = doc.char_span(mag.start, mag.end or mag.start + len(mag.text), alignment_mode="expand")
        if span is None or not len(span):
            continue
        if not crowd_told(span):
            continue  # "31 marchers were treated for injuries", "Police took 35 protesters into custody"
        sent = span.root.sent
        told = [e for e in protests if e.evidence.start < sent.end_char]
        if not told or any(cue in span_text(sent).lower() for cue in lex.background_cues):
            continue
        ev = told[-1]
        if any(sent.start_char <= p.start < sent.end_char and (ev.location is None or p.name != ev.location.name) for p in analysis.places):
            continue  # "In Lyon, police said 5,000 people joined ...": another place's crowd
        refs = [d for d in analysis.dates if sent.start_char <= d.start < sent.end_char]
        if any(d.date is None or (ev.date is not None and d.date != ev.date) for d in refs):
            continue  # another day's crowd, or another time's ("last year")
        if ev.size is None:
            ev.size = mag
        value = {"min": mag.min, "max": mag.max, "qualifier": mag.qualifier, "text": mag.text}
        _add_claim(ev, Claim(field="size", value=value, claimed_by=_toll_claimer(mag, span, analysis), modality="asserted", evidence=_sentence_span(sent)))


def _later_deaths(events: list[Event], candidates: list[Candidate], analysis: Analysis, lex: EventLexicon,
                  summed: dict[tuple[int, int], int] | None = None) -> set[int]:
    """"Gunmen killed two officers. A third officer later died of his wounds": a death told after an
    attack, in a sentence that tells no attack, with a cue of a late death (events.yaml
    ``later_deaths``: "later", "of his wounds", "in hospital", "in the attack" referred back), adds
    to the toll of the attack told last before it (not a rival toll; a day before it is none).
    Returns the ids of the figures it took, which no other rule claims again (``summed``: the span of each late
    death's words -> the id of the attack it went to)."""
    words = lex.later_deaths or {}
    taken: set[int] = set()
    if not words.get("verbs"):
        return taken
    doc = analysis.doc
    told: dict[int, list[int]] = {}  # sentence start -> the attack triggers told there
    for c in candidates:
        if c.spec.event == "ASSAULT":
            told.setdefault(c.sent.start_char, []).append(c.trigger.idx)
    assaults = [e for e in events if e.event == "ASSAULT" and not e.hypothetical]
    if not assaults:
        return taken  # no attack told: no toll to add to, and no need to walk the tokens
    for verb in doc_tokens(doc):
        if (verb.pos_ != "VERB" or verb.lemma_.lower() not in words["verbs"]
                or any(c.dep_ == "neg" for c in verb.children) or not _late_death_cue(verb, words, lex)):
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        # a sentence that tells an attack tells no late death of another; the wounding that only describes who
        # died ("one of the five soldiers wounded in the ambush died of his injuries") is no attack told there
        lo, hi = (subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge)) if subj is not None else (0, 0)
        if any(not lo <= i < hi for i in told.get(verb.sent.start_char, ())):
            continue
        sent = verb.sent
        before = [e for e in assaults if e.evidence.start < sent.start_char]
        counted = _late_dead(subj, analysis, words, before[-1].injured) if subj is not None and before else None
        if counted is None:
            continue
        ev, (mag, lo, hi) = before[-1], counted
        refs = [d for d in analysis.dates if sent.start_char <= d.start < sent.end_char]
        if any(d.date is None for d in refs) or (ev.date is not None and any(d.date < ev.date for d in refs)):
            continue  # a death told on a day before the attack, or at a time that is no day ("last year"), is not its toll
        old = ev.dead
        if old is not None and (old.min is None or _vague(old)):
            continue  # "dozens were killed ... one later died": no sum to make
        if old is not None and old.start is not None and _raised_toll(doc, old, words):
            # "four were killed, one more than the toll given a day earlier ... one of the wounded died overnight":
            # the late death is inside the raised toll, no figure of its own
            _held_in_toll(ev, analysis, lo, hi, taken, summed)
            continue
        # the late dead come from among the wounded: the toll they add to is the one told beside the wounded count
        # ("killing four soldiers and wounding six ... one of the six wounded died"), and a toll that already holds
        # both ("Five soldiers have now died", told before it) takes no addition
        beside = _toll_beside(ev.injured, analysis)
        if beside is not None and old is not None and beside is not old:
            if old.min >= beside.min + (mag.min or 0):
                _held_in_toll(ev, analysis, lo, hi, taken, summed)
                continue
            old = beside
        elif beside is None and any(lo <= i < hi for i in told.get(sent.start_char, ())):
            continue  # "one of the soldiers wounded in the ambush died", with no count of the wounded told: no sum to make
        text = analysis.article.text[lo:hi]
        if old is None:
            total = Magnitude(min=mag.min, max=mag.max, qualifier=mag.qualifier, text=text, start=lo, end=hi, unit="killed")
        else:
            top = old.max + mag.max if old.max is not None and mag.max is not None else None
            # a sum of two figures: no one span of the text; each part's span says where it is told
            first = old.parts or ([Span(old.start, old.end, analysis.article.text[old.start:old.end])]
                                  if old.start is not None and old.end is not None else [])
            total = Magnitude(min=old.min + (mag.min or 0), max=top, qualifier=old.qualifier, text=f"{old.text} + {text}",
                              unit="killed", update=True, parts=[*first, Span(lo, hi, text)])
        ev.dead = total
        # the late dead were claimed already where a wounding describes them ("one of the five soldiers wounded in the
        # ambush died"): that figure is now a part of the sum, no toll of its own
        ev.claims = [c for c in ev.claims if not (c.field == "dead" and isinstance(c.value, Magnitude) and c.value.start is not None
                                                  and lo <= c.value.start < hi)]
        span = doc.char_span(lo, hi, alignment_mode="expand")
        claimer = _toll_claimer(Magnitude(mag.min, mag.max, mag.qualifier, text, lo, hi), span, analysis) if span is not None else REPORTER
        _add_claim(ev, Claim(field="dead", value=total, claimed_by=claimer, modality="asserted", evidence=_sentence_span(sent)))
        taken.update(id(m) for m in analysis.magnitudes if m.start is not None and lo <= m.start < hi)
        if summed is not None:
            summed[(lo, hi)] = id(ev)
    return taken


def _held_in_toll(ev: Event, analysis: Analysis, lo: int, hi: int, taken: set[int],
                  summed: dict[tuple[int, int], int] | None) -> None:
    """A late death (the figure at ``lo:hi``) that a toll of ``ev`` already holds: no dead claim of its
    own, its figures taken, and the span marked as summed into ``ev``."""
    ev.claims = [c for c in ev.claims if not (c.field == "dead" and isinstance(c.value, Magnitude) and c.value.start is not None
                                              and lo <= c.value.start < hi)]
    taken.update(id(m) for m in analysis.magnitudes if m.start is not None and lo <= m.start < hi)
    if summed is not None:
        summed[(lo, hi)] = id(ev)


def _toll_beside(wounded: Magnitude | None, analysis: Analysis) -> Magnitude | None:
    """The exact toll told in the sentence of a wounded count ("killing four soldiers and wounding six"), if one."""
    if wounded is None or wounded.start is None:
        return None
    sent = next((s for s in doc_sents(analysis.doc) if s.start_char <= wounded.start < s.end_char), None)
    if sent is None:
        return None
    return next((m for m in analysis.magnitudes if m.start is not None and sent.start_char <= m.start < sent.end_char
                 and m.unit in ("killed", "dead") and m.min is not None and m.min == m.max and not _vague(m)), None)


def _raised_toll(doc, toll: Magnitude, words: dict[str, frozenset[str]]) -> bool:
    """Whether the sentence of a toll tells it as higher than a toll given before ("one more than the toll
    announced by the mission"; events.yaml ``later_deaths`` raised_words, toll_words)."""
    span = doc.char_span(toll.start, toll.end, alignment_mode="expand")
    if span is None:
        return False
    return any(t.lower_ == "than" and t.head.lower_ in words.get("raised_words", ()) and any(
        c.dep_ == "pobj" and c.lemma_.lower() in words.get("toll_words", ()) for c in t.children) for t in span.sent)


def _late_death_cue(verb, words: dict[str, frozenset[str]], lex: EventLexicon) -> bool:
    """A death told as late: "later", "of his wounds", "to her injuries", "in hospital", "in the attack"."""
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in words.get("times", ()):
            return True
        if c.dep_ != "prep":
            continue
        for g in c.children:
            if g.dep_ != "pobj":
                continue
            word = g.lower_
            if c.lower_ in ("of", "from", "to") and word in words.get("causes", ()):
                return True
            if c.lower_ in ("in", "at") and word in words.get("places", ()):
                return True
            spec = lex.nouns.get(g.lemma_.lower())
            attack = (spec is not None and spec.event == "ASSAULT") or g.lemma_.lower() in lex.fight_nouns - lex.death_generic_nouns
            if c.lower_ in ("in", "during") and attack and any(d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in g.children):
                return True
    return False


def _late_dead(subj, analysis: Analysis, words: dict[str, frozenset[str]],
               wounded: Magnitude | None = None) -> tuple[Magnitude, int, int] | None:
    """Who died late, counted: a figure read there ("two more soldiers"), else one person ("he",
    "a third officer", "another policeman", "one of the wounded"), else the attack's wounded
    referred back ("they", "all of them", "both", "both soldiers"; events.yaml
    ``later_deaths.wounded_refs``): as many as were wounded ("both": two of them), when the
    attack told a wounded count. "They" with no wounded told, and the uncounted, give none."""
    lo, hi = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge)
    mag = next((m for m in analysis.magnitudes if m.start is not None and lo <= m.start < hi and m.unit in ("killed", "dead")
                and m.min is not None), None)
    if mag is not None:
        return mag, lo, hi
    if wounded is not None and wounded.min is not None and wounded.min == wounded.max and not _vague(wounded):
        refs, pairs = words.get("wounded_refs", frozenset()), words.get("pair_words", frozenset())
        word = next((w for w in (subj, *(c for c in subj.children if c.dep_ in ("det", "predet")))
                     if w.lower_ in refs and (w.i != subj.i or w.pos_ in ("PRON", "DET", "NOUN"))), None)
        if word is not None:
            n = 2 if word.lower_ in pairs else wounded.min
            if n <= wounded.min and (word.i == subj.i or subj.lower_ in people_nouns() or subj.lemma_.lower() in people_nouns()):
                return Magnitude(min=n, max=n, qualifier="exact", text=""), lo, hi
    one = Magnitude(min=1, max=1, qualifier="exact", text="")
    if subj.lower_ in words.get("one_words", ()) and subj.pos_ in ("PRON", "NUM"):
        return one, lo, hi
    if subj.tag_ == "NN" and subj.lower_ in people_nouns() and any(
            d.dep_ == "det" and d.lower_ in words.get("one_words", frozenset()) | {"a", "an"} for d in subj.children):
        return one, lo, hi
    return None


def _civilians_struck(events: list[Event]) -> None:
    """An attack first told on a place or thing ("fighters attacked a village") and then told
    to have killed only civilians ("six villagers were killed in the attack") is, as ACLED codes
    it, violence against civilians, not a clash: no armed side is among those struck."""
    for ev in events:
        sectors = {r.sector for r in ev.target if r.sector}
        if ev.event == "ASSAULT" and ev.acled_sub_event_type == "Armed clash" and sectors == {"CVL"} and "CVL" not in {r.sector for r in ev.source}:
            ev.acled_sub_event_type = "Attack"


FIGHT_PREPS = frozenset({"in", "during", "amid"})


def _anaphoric_toll(cand: Candidate, events: list[Event], analysis: Analysis, lex: EventLexicon) -> Event | None:
    """"Militants ambushed a convoy on Monday. 15 militants were killed in the fighting, which
    lasted hours": a toll told of "the fighting" ("the clashes", "the attack"), with no
    attacker of its own, is a toll of the attack told last before (with an attacker), unless
    it is told somewhere far from it, on another day, or at a time outside that fight."""
    if cand.spec.event != "ASSAULT" or cand.source or not (cand.dead or cand.injured):
        return None
    fight = next((t for t in cand.sent if t.dep_ == "pobj" and t.head.lower_ in FIGHT_PREPS
                  and (t.lower_ in lex.fight_nouns or t.lemma_.lower() in lex.fight_nouns or getattr(lex.nouns.get(t.lemma_.lower()), "event", None) == "ASSAULT")
                  and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children)), None)
    if fight is None:
        return None
    before = [e for e in events if e.event == "ASSAULT" and e.source and e.evidence.start < cand.sent.start_char]
    if not before:
        return None
    ev = before[-1]
    if (ev.date and cand.date and cand.date.date and ev.date != cand.date.date) or _far_apart(ev.location, cand.location):
        return None
    lo, hi = fight.left_edge.idx, fight.right_edge.idx + len(fight.right_edge)
    if cand.other_time and any(cand.sent.start_char <= d.start < cand.sent.end_char and d.date is None and not lo <= d.start < hi for d in analysis.dates):
        return None  # "15 were killed in the fighting last year"
    if any(r.search(span_text(cand.sent)) for r in elsewhere_res()):
        return None  # "separately", "in another attack", a background total
    return ev


def _intent_claims(ev: Event, cand: Candidate, lex: EventLexicon) -> None:
    """Intent words in the candidate's sentence: "unintentionally struck", "would not intentionally strike"."""
    text = span_text(cand.sent).lower()
    span = _evidence(cand)
    for value, words in (("unintentional", lex.unintentional), ("deliberate", lex.deliberate)):
        for w in words:
            m = re.search(rf"\b{re.escape(w)}\b", text)
            if not m:
                continue
            # (or denied: "denies deliberately targeting civilians" denies the intent)
            negated = re.search(r"\b(not|never|no|deny|denies|denied|denying)\b[\w\s]{0,20}$", text[: m.start()]) is not None
            modality = "denied" if negated else ("alleged" if cand.modality == "alleged" else "asserted")
            _add_claim(ev, Claim(field="intent", value=value, claimed_by=cand.claimer, modality=modality, evidence=span))
            break


def build_events(candidates: list[Candidate], analysis: Analysis, lex: EventLexicon,
                 responsibilities: Sequence[Responsibility] = ()) -> list[Event]:
    """Merge candidates into events and attach claims and contested fields."""
    events: list[Event] = []
    speakers: dict[str, str | None] = {}
    owner: dict[int, Event] = {}
    facts = _clause_facts(candidates)
    clauses: dict[int, dict[int, set[_Clause]]] = {}  # id(event) -> sentence start -> the attack clauses it holds there
    mutual: set[int] = set()  # id(event) of the events that hold an act done by both sides ("exchanged prisoners")
    # the events a candidate may tell, in the order they were opened: those of its type, and of its
    # speaker for a statement (``_compatible`` asks both first), not every event of the report
    kin: dict[tuple[str, str | None], list[Event]] = {}
    for cand in candidates:
        key = (cand.spec.event, cand.speaker_key if cand.spec.event in STATEMENTS else None)
        # a swap told after one side's own release ("X freed five soldiers. Later the two sides swapped
        # prisoners") is another act, not that release (releases told after a swap tell the swap itself)
        # (a curfew or an emergency imposed is a measure of its own, never the arrest or the takeover told with it:
        # "foiled a coup, arresting 12 officers and imposing a curfew"; "imposed an emergency and a curfew" is one)
        target = next((e for e in kin.get(key, ()) if _compatible(e, cand, speakers.get(e.id), clauses.get(id(e)), facts)
                       and not (cand.spec.mutual and id(e) not in mutual)
                       and len({e.mode, cand.mode} & lex.restriction_modes) != 1), None)
        target = target or _anaphoric_toll(cand, events, analysis, lex)
        if target is None:
            target = _new_event(cand, len(events) + 1)
            events.append(target)
            kin.setdefault(key, []).append(target)
            speakers[target.id] = cand.speaker_key
        if cand.clause is not None:
            clauses.setdefault(id(target), {}).setdefault(cand.sent.start_char, set()).add((cand.sent.start_char, cand.clause))
        if cand.spec.mutual:
            mutual.add(id(target))
        _absorb(target, cand)
        if cand.spec.event == "ASSAULT":
            _intent_claims(target, cand, lex)
        owner[id(cand)] = target
    _condemned_attacks(events, candidates, owner, lex, analysis)
    _demand_targets(events, candidates, owner, analysis, lex)
    _rejected_statements(events, candidates, owner, lex)
    _attribute(events, responsibilities, {c.trigger.i: owner[id(c)] for c in candidates if id(c) in owner})
    summed: dict[tuple[int, int], int] = {}
    late = _later_deaths(events, candidates, analysis, lex, summed)
    # the late death, now in its attack's toll, is no attack of its own ("One of the soldiers wounded in the ambush
    # died in hospital on Monday" made a Monday attack with one dead beside the sum that holds it)
    events = [e for e in events if not (e.event == "ASSAULT" and e.dead is not None and e.dead.start is not None
                                        and any(lo <= e.dead.start < hi and to != id(e) for (lo, hi), to in summed.items())
                                        and not any(r.text for r in e.source))]
    _orphan_tolls(events, candidates, analysis, lex, late)
    _orphan_sizes(events, candidates, analysis, lex)
    # an event told by its noun alone ("there was an explosion at a market in X") stands with a place or a date
    placed = {id(owner[id(c)]) for c in candidates if c.told_by_place and id(c) in owner}
    alone = {id(owner[id(c)]) for c in candidates if c.news_alone and id(c) in owner}  # ("the coup attempt failed")
    events = [e for e in events if _keep(e) or id(e) in alone or (id(e) in placed and (e.location is not None or e.date is not None))]
    # (nor one told as another incident: "a soldier was killed in a separate attack" is not where the first was)
    timeless = {id(owner[id(c)]) for c in candidates if (c.other_time or c.before_told or _told_apart(c)) and id(c) in owner}
    # (one told as done since, "police have since arrested three suspects", was later, but where the act told before
    # was, unless it names a place of its own: "the army has since retaken several towns in the north")
    later = {id(owner[id(c)]) for c in candidates if c.since and not (c.before_told or _told_apart(c) or _place_of_its_own(c.trigger)) and id(c) in owner}
    _inherit(events, timeless, later)
    _accusations_of_intent(events, candidates, owner, analysis, lex)
    _characterized_attacks(events, analysis, lex)
    _loose_intent(events, candidates, analysis, lex)
    _civilians_struck(events)
    _joint_claimers(events, analysis)
    published = analysis.article.published or analysis.options.published
    for i, ev in enumerate(events, 1):
        ev.id = f"E{i}"
        if published is not None and ev.date is not None and ev.date > published:
            ev.hypothetical = True  # "called a general strike for Monday": dated after the report, still to come
        ev.acled_event_type = lex.acled_types.get(ev.acled_sub_event_type) if ev.acled_sub_event_type else None
        ev.contested = contested_fields(ev.claims, ev.source)
        ev.context = "military" if ev.event in MATERIAL and any(r.sector == "MIL" for r in ev.source + ev.target) else None
    return events


def _condemned_attacks(events, candidates, owner, lex: EventLexicon, analysis: Analysis) -> None:
    """"X condemned the attack": the accused is whoever the article says carried it out (and
    "X welcomed the move": the one supported is whoever made it)."""
    for cand in candidates:
        ev = owner.get(id(cand))
        if ev is None or ev.event not in ("ACCUSE", "SUPPORT"):
            continue
        obj = next((c for c in cand.trigger.children if c.dep_ == "dobj"), None)
        obj = _described(cand.trigger) if obj is None or obj.tag_ == "WP" else obj
        spec = lex.nouns.get(obj.lemma_.lower()) if obj is not None else None
        if spec is None and obj is not None and (killing := (lex.killing_nouns or {}).get(obj.lemma_.lower())):
            spec = lex.verbs.get(killing)  # "condemned the execution of X": the killer is accused, not the killed
        freed = ev.event == "SUPPORT" and obj is not None and obj.lemma_.lower() in lex.release_nouns
        # ("condemned the abduction (of X)": an act done to someone, events.yaml role_nouns, whose doer is accused)
        done_to = ev.event == "ACCUSE" and obj is not None and obj.lemma_.lower() in lex.role_nouns
        if ev.target and (spec is not None or freed or done_to):  # (an act word's "of" is its doer: "the decision of X"; a release's is who was freed)
            ev.target = _not_the_sufferer(ev.target, obj, analysis)
        if ev.target:
            continue
        if spec is not None and spec.event == "ASSAULT":
            attack = next((e for e in events if e.event == "ASSAULT" and e.source and e.evidence.start <= cand.start), None)
            if attack is not None:
                ev.target = [r for r in attack.source if not _codes([r]) & _codes(ev.source)][:1]
        if (not ev.target and obj is not None and (spec is not None or obj.lemma_.lower() in lex.act_nouns or obj.lower_ in lex.act_nouns
                                                   or freed or done_to)
                and not any(c.dep_ == "neg" for t in (cand.trigger, *cand.trigger.ancestors) for c in t.children)):
            # (not a condemnation not made: "accused X of never taking action to condemn the raid")
            ev.target = _act_doer(ev, cand, events, spec)


def _described(trigger):
    """"condemned what it described as a sham trial", "denounced what it called an act of aggression": the
    object told by the describing clause ("trial", "act"), its "what" the object of the describing verb; else None."""
    for clause in trigger.children:
        if clause.dep_ not in ("ccomp", "dobj") or not any(c.tag_ == "WP" and c.dep_ == "dobj" for c in clause.children):
            continue
        return next((g for c in clause.children for g in ([c] if c.dep_ in ("oprd", "xcomp", "attr") else
                                                          c.children if c.dep_ == "prep" and c.lower_ == "as" else ())
                     if g.pos_ in ("NOUN", "PROPN")), None)
    return None


def _not_the_sufferer(targets: list[ActorRef], act, analysis: Analysis) -> list[ActorRef]:
    """"condemned the arrest of the opposition leader", "denounced the attack on X": the one the
    act fell on is not the accused; its doer is ("by X"), else none here (found from the report)."""
    spans = [(g.left_edge.idx, g.right_edge.idx + len(g.right_edge)) for c in act.children if c.dep_ == "prep" and c.lower_ in ("of", "on", "against")
             for g in c.children if g.dep_ == "pobj"]
    if not spans or not all(r.start is not None and any(a <= r.start < b for a, b in spans) for r in targets):
        return targets
    by = [analysis.ref(m) for c in act.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for g in c.children if g.dep_ == "pobj"
          for m in analysis.mentions if m.start <= g.idx < m.end]
    return by[:1]


DETENTION_MODES = {"arrest", "abduct", "release"}  # who arrested, abducted or has released some holds the rest
HOSTILE = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN", "REJECT"}


def _demand_targets(events, candidates, owner, analysis: Analysis, lex: EventLexicon) -> None:
    """Whom a demand or a threat is aimed at when the words name an act, not that party.

    "called for his release", "demanded the release of X": the one who must act is who holds
    the detainee (the doer of the arrest, abduction or earlier release told before; one named in the phrase,
    "held by X", is already the target), not the detainee. "threatened to retaliate": the
    one threatened is who did the act retaliated for ("against X" when written), the last
    hostile act told before against the threatener, else by anyone else."""
    for cand in candidates:
        ev = owner.get(id(cand))
        if ev is None or ev.event not in ("REQUEST", "THREATEN"):
            continue
        if ev.event == "REQUEST":
            held = _released(cand.trigger, lex)
            if held is None:
                continue
            spans = [(t.left_edge.idx, t.idx + len(t)) for t in held]
            found = [m for a, b in spans for m in analysis.mentions if m.start < b and a < m.end]
            if not found and not any(t.tag_ == "PRP$" or t.lemma_.lower() in people_nouns() for t in held):
                continue  # "the release of the report": no one held
            ids = {m.actor_id for m in found if m.actor_id}
            detainee = [r for r in ev.target if (r.actor_id and r.actor_id in ids) or (r.start is not None and any(a <= r.start < b for a, b in spans))]
            if len(detainee) < len(ev.target):
                continue  # a holder or an addressee is named already
            arrests = [e for e in events if e.mode in DETENTION_MODES and e.source and (e.trigger or e.evidence).start < cand.start]
            mine = [e for e in arrests if ids & {r.actor_id for r in e.target if r.actor_id}]
            holder = [r for e in (mine or arrests)[-1:] for r in e.source][:1]
            if holder:
                ev.target = holder
            continue
        if ev.target or not _retaliation(cand.trigger, lex):
            continue
        own = _codes(ev.source)
        before = [e for e in events if e.event in HOSTILE and e is not ev and e.source and (e.trigger or e.evidence).start < cand.start
                  and not _codes(e.source) & own and (e.source[0].code or e.source[0].name)]
        against = [e for e in before if _codes(e.target) & own]
        ev.target = [r for e in (against or before)[-1:] for r in e.source][:1]


def _rejected_statements(events, candidates, owner, lex: EventLexicon) -> None:
    """"Uganda rejected the criticism", "Armenia denied the claim": the one rejected is who made
    the accusation (or demand) told last before, by someone other than the rejecter."""
    said = lex.said_nouns or {}
    for cand in candidates:
        ev = owner.get(id(cand))
        if ev is None or ev.event != "REJECT" or ev.target:
            continue
        obj = next((c for c in cand.trigger.children if c.dep_ == "dobj"), None)
        kind = said.get(obj.lemma_.lower()) if obj is not None else None
        if kind is None:
            continue
        own = _codes(ev.source)
        told = [e for e in events if e.event == kind and e.source and (e.trigger or e.evidence).start < cand.start
                and not _codes(e.source) & own]
        ev.target = [r for e in told[-1:] for r in e.source if r.code or r.name][:1]


def _released(trigger, lex: EventLexicon):
    """The people whose release a demand asks for ("his release", "the release of X"), or None."""
    words = [c for c in trigger.children if c.dep_ == "dobj"]
    words += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
    for w in words:
        if w.lemma_.lower() in lex.release_nouns:
            return [c for c in w.children if c.dep_ == "poss"] + [
                g for c in w.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return None


def _retaliation(trigger, lex: EventLexicon) -> bool:
    """'threatened to retaliate', 'warned of retaliation', 'vowed revenge' with no one named."""
    words = [c for c in trigger.children if c.dep_ in ("xcomp", "dobj")]
    words += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("of", "with") for g in c.children if g.dep_ == "pobj"]
    return any(w.lemma_.lower() in lex.retaliation_words for w in words)


def _act_doer(ev: Event, cand, events: list[Event], spec) -> list[ActorRef]:
    """"Minsk condemned the move", "Egypt criticised the arrests": the act condemned is the last
    one told before by someone other than the accuser (one of the act's type when the word
    names a type; not another condemnation, or approval, of it); its doer is the accused. With none told, the accused is unnamed, not dropped:
    the condemnation stands."""
    own = _codes(ev.source)
    before = [e for e in events if e.event not in ("ACCUSE", ev.event) and e.source and (e.trigger or e.evidence).start < cand.start
              and not _codes(e.source) & own]
    typed = [e for e in before if spec is not None and e.event == spec.event]
    prior = (typed or before)[-1:] if spec is None or typed else []
    doers = [r for e in prior for r in e.source if r.code or r.name][:1]
    return doers or [ActorRef(text="", name=UNNAMED, code=None, sector=None)]


def _keep(ev: Event) -> bool:
    """Drop events that carry nothing: no actor, figure (dead, injured, size), place or date."""
    if ev.event == "ACCUSE" and not ev.target:
        return False  # an accusation of nobody named is not codable
    if ev.source or ev.target or ev.dead or ev.injured or ev.size:
        return True
    if any(c.field == "perpetrator" for c in ev.claims):
        return True  # "the army denied shelling the market": an attack on record, its attacker disputed
    return ev.event == "AGREE" and ev.mode == "ceasefire" and ev.date is not None


def _inherit(events: list[Event], timeless: set[int] = frozenset(), later: set[int] = frozenset()) -> None:
    """Violent events told without time or place continue the one told before them
    (not those told with a time that is no day: "last year"; those told as done ``later``, "police have
    since arrested three suspects", take its place but not its day)."""
    last = None
    for ev in events:
        if ev.event not in MATERIAL:
            continue
        if last is not None and id(ev) not in timeless:
            if ev.date is None and last.date is not None:
                ev.date, ev.date_text = last.date, last.date_text
        if last is not None and (id(ev) not in timeless or id(ev) in later):
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


def _characterized_attacks(events, analysis: Analysis, lex: EventLexicon) -> None:
    """"X called the shelling 'a deliberate assault on our villages'": a name given to an attack told
    before that calls it deliberate (events.yaml deliberate_accusation_cues) is X's claim, alleged,
    that the attack was deliberate. The attack is the first told before by another side than X's,
    of the noun's own kind where the noun names one ("the airstrike")."""
    assaults = [e for e in events if e.event == "ASSAULT" and e.source]
    if not assaults:
        return
    for q in analysis.quotes:
        if q.stance != "characterize" or q.cue is None or not (q.speaker.code or q.speaker.name):
            continue
        content = q.content.text.lower()
        hit = next((m for w in lex.deliberate_accusation_cues if (m := re.search(rf"\b{re.escape(w)}\b", content))), None)
        if hit is None or re.search(r"\b(not|never|no)\b[\w\s]{0,20}$", content[: hit.start()]):
            continue
        cue = analysis.doc.char_span(q.cue.start, q.cue.end, alignment_mode="expand")
        obj = next((c for c in cue.root.children if c.dep_ == "dobj"), None) if cue is not None else None
        spec = lex.nouns.get(obj.lemma_.lower()) if obj is not None else None
        if spec is None or spec.event != "ASSAULT":
            continue  # "called the move a blatant provocation": no attack named
        speaker = speaker_ref(q.speaker)
        own = _codes([speaker])
        told = [e for e in assaults if (e.trigger or e.evidence).start < q.cue.start and not _codes(e.source) & own]
        kind = [e for e in told if spec.mode and e.mode == spec.mode]
        if not told:
            continue
        ev = (kind or told)[0]
        if any(c.field == "intent" and _claimer_key(c.claimed_by) == _claimer_key(speaker) for c in ev.claims):
            continue  # already taken from the accusation the quote made
        sent = cue.root.sent
        ev.claims.append(Claim(field="intent", value="deliberate", claimed_by=speaker, modality="alleged",
                               evidence=Span(start=sent.start_char, end=sent.end_char, text=span_text(sent))))


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
    if claim.field == "perpetrator" and isinstance(claim.value, dict):
        value = claim.value.get("code") or claim.value.get("name")
    if value is None:
        return None
    if claim.modality == "denied":
        return OPPOSITE.get(claim.field, {}).get(value, f"not {value}")
    return value


def _same_teller(a: ActorRef | str, b: ActorRef | str) -> bool:
    """One speaker told twice: the same resolved actor, or a later "the <office>" whose office the
    first mention's title gave ("Foreign Minister Ana Lopes" ... "the foreign minister")."""
    if isinstance(a, str) or isinstance(b, str):
        return False
    if a.actor_id is not None and a.actor_id == b.actor_id:
        return True
    for x, y in ((a, b), (b, a)):
        words = x.text.casefold().split()
        if len(words) > 1 and words[0] == "the" and x.name in (None, x.text) and y.sector == x.sector and (
                " ".join(words[1:]) in y.text.casefold()):
            return True
    return False


def _claimer_key(c: ActorRef | str) -> str:
    return c if isinstance(c, str) else (c.name or c.actor_id or c.code or c.text or "").casefold()


def contested_fields(claims: Sequence[Claim], doers: Sequence[ActorRef] = ()) -> list[Contested]:
    """Fields whose claims disagree, each with its positions and their claimers (``doers``: the event's
    attacker side, whose own dead are no rival toll, see _attackers_own)."""

    out: list[Contested] = []
    by_field: dict[str, dict[str, list]] = {}
    spans: dict[str, dict[str, tuple[float, float, float]]] = {}  # a figure's position -> the values it allows, its lowest told
    coded = {c.value["code"] for c in claims if c.field == "perpetrator" and isinstance(c.value, dict) and c.value.get("code")}
    # a toll its own claimer revised later ("killed two ... a third later died", "the toll has risen to
    # five") is superseded, no rival position
    revised = [u for u in claims if u.field in MAGNITUDE_CLAIMS and isinstance(u.value, Magnitude) and u.value.update]
    superseded = {id(c) for u in revised for c in claims if c is not u and c.field == u.field and c.modality != "denied"
                  and _claimer_key(c.claimed_by) == _claimer_key(u.claimed_by) and c.evidence.start < u.evidence.start}
    # a sum that takes a figure as its part ("four were killed ... one of the wounded later died", told by another
    # voice) builds on that figure: it revises it, whoever tells the part added
    superseded |= {id(c) for u in revised for c in claims if c is not u and c.field == u.field and isinstance(c.value, Magnitude)
                   and c.value.start is not None and any(p.start == c.value.start for p in u.value.parts)}
    own = _attackers_own(claims, doers)
    for c in claims:
        if c.modality == "hypothetical" or id(c) in superseded or id(c) in own:
            continue  # "the toll could rise to 50" is no position on what happened
        if c.field in ("intent", "perpetrator"):
            pos = _position(c)
        elif c.field == "event" and c.modality in ("asserted", "denied"):
            pos = _position(c)  # "witnesses said police fired on them; police denied firing": told and denied
        elif c.field in ("dead", "injured", "size") and isinstance(c.value, (dict, Magnitude)):
            v = c.value if isinstance(c.value, Magnitude) else Magnitude(c.value["min"], c.value["max"], c.value["qualifier"], "")
            pos = f"{v.min}-{v.max} ({v.qualifier})"
            spans.setdefault(c.field, {})[pos] = (*figure_interval(v), float(v.min or 0))
        else:
            continue
        if pos is None:
            continue
        bucket = by_field.setdefault(c.field, {}).setdefault(pos, [])
        # a joint claimer's position is each party's, with its own code ("Britain, France and Germany
        # said ...": GBR, FRA and DEU), as a position held by several claimers lists each
        for who in c.claimed_by_parties or [c.claimed_by]:
            if not any(_claimer_key(x) == _claimer_key(who) for x in bucket):
                bucket.append(who)
    for fld, positions in by_field.items():
        if fld == "perpetrator":
            if not _disputed_perpetrator(positions, coded):
                continue  # descriptions ("gunmen", "a suicide bomber") are no side of a dispute over coded attackers
            positions = {v: cl for v, cl in positions.items() if v.removeprefix("not ") in coded}
        if fld in spans and _compatible_figures([(*span, frozenset(_claimer_key(w) for w in positions.get(pos, ()) if w != REPORTER))
                                                  for pos, span in spans[fld].items()]):
            continue  # "41 killed" and "at least 40 killed", "27" and "at least 27": figures that agree are no dispute
        if len(positions) > 1:
            out.append(Contested(field=fld, positions=[Position(value=v, claimed_by=cl) for v, cl in positions.items()]))
    return out


def _attackers_own(claims: Sequence[Claim], doers: Sequence[ActorRef] = ()) -> set[int]:
    """The casualty claims that count the attackers themselves ("Peacekeepers returned fire and killed at
    least two of the attackers", "20 gunmen were killed": counted by an attacker noun, merge_cues.yaml
    ``attacker_groups``, or by a perpetrator's name) beside a figure of the field that counts others: the
    doers' own dead, no rival of the victims' toll (as the merge stage reads them). An attacker noun counts no
    doers where the event's only doers are state forces ("Police shot dead 12 gunmen": the gunmen are whom the
    police struck, and residents' "20 people were killed" stays a rival)."""
    names = {" ".join(str(c.value.get("name") or "").lower().split()) for c in claims
             if c.field == "perpetrator" and isinstance(c.value, dict)} - {""}

    def counts(m: Magnitude, heads: frozenset[str] | set[str]) -> bool:
        of = " ".join((m.counted or "").lower().split())
        return bool(of) and any(of == h or of.endswith(" " + h) for h in heads)

    out: set[int] = set()
    for fld in ("dead", "injured"):
        figures = [c for c in claims if c.field == fld and isinstance(c.value, Magnitude)]
        # an attacker noun first: in a clash both sides are doers, and "four soldiers" killed by militants whom
        # soldiers fired back at are the victims, not the attackers
        # the forces alone as doers ("Police shot dead 12 gunmen"): the gunmen are whom they struck, not the attackers
        groups = frozenset() if doers and _forces(doers) and all(r.sector in ("MIL", "POL") for r in doers) else attacker_groups()
        own = {id(c) for c in figures if counts(c.value, groups)} or {id(c) for c in figures if counts(c.value, names)}
        if own and len(own) < len(figures):
            out |= own
    return out


def _compatible_figures(figures: list[tuple[float, float, float, frozenset[str]]]) -> bool:
    """Whether every two figures (low, high, number told, its claimers' keys) tell one toll: they allow a common
    value and their numbers are within a tenth of each other ("41" and "at least 40", "27" and "at least 27").
    "At least 12" against "20" allow a common value yet are two tolls told by two voices: a dispute. One voice's
    own floor and its later larger count ("at least 10 ..., police said. Police later said more than 20") is its
    count revised, no dispute with itself."""
    return all(max(a[0], b[0]) <= min(a[1], b[1]) and (abs(a[2] - b[2]) <= 0.1 * max(a[2], b[2]) or bool(a[3] & b[3]))
               for i, a in enumerate(figures) for b in figures[i + 1:])


def _disputed_perpetrator(positions: dict[str, list], coded: set[str]) -> bool:
    """Perpetrator positions disagree when one is denied that another names, or when
    different claimers name different coded attackers (one claimer naming two is a
    compound actor; "gunmen" and "bandits" are descriptions, not rival attackers)."""
    named = {v: cl for v, cl in positions.items() if not v.startswith("not ") and v in coded}
    if any(v[4:] in named for v in positions if v.startswith("not ")):
        return True
    claimers = {v: {_claimer_key(c) for c in cl} for v, cl in named.items()}
    values = list(claimers)
    return any(not claimers[a] <= claimers[b] and not claimers[b] <= claimers[a] for i, a in enumerate(values) for b in values[i + 1:])
