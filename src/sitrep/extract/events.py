"""Event detection and coding (PLOVER + ACLED) with roles, time, place and figures.

Triggers come from data/events.yaml. A verb trigger makes a candidate event; a noun
trigger does so only inside an event frame. Roles come from the dependency parse
and the actor stage's mentions; speech acts take their source from the quote
stage's speaker. Candidates are then merged within the article and given claims
and contested fields (sitrep.extract.claims).
"""
from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sitrep.annotate.tokens import doc_sents, doc_text, doc_tokens, span_text, span_tokens
from sitrep.codebook import STATE_SECTORS
from sitrep.config import Options
from sitrep.extract.agreement import grammatical_number, may_refer
from sitrep.extract.base import Analysis, Mention
from sitrep.extract.dates import dateline_date, day_parts, is_future, month_names, past_perfect, resolve_date, tells_a_date, temporal_words
from sitrep.extract.lexicon import EventLexicon, Trigger, load_event_lexicon
from sitrep.extract.magnitudes import count_words as _count_words, dates_a_record as _dates_a_record, harm_denied as _harm_denied
from sitrep.extract.magnitudes import killing_phrase as _killing_phrase, people_nouns as _people_nouns, people_object as _people_object
from sitrep.extract.magnitudes import crowd_nouns as _crowd_nouns, kin_of as _kin_of
from sitrep.extract.magnitudes import telling_verb as _telling_verb
from sitrep.extract.negation import negation_limited, not_made, not_yet
from sitrep.extract.places import area_by_name
from sitrep.extract.quotes.violence import criticism
from sitrep.model import REFUSE, REPORTER, SHOWN, ActorRef, DateRef, Event, Magnitude, Place, Quote, Span, Speaker

__all__ = ["EventStage", "Candidate", "Responsibility", "charged", "charge_figure"]

log = logging.getLogger(__name__)

SUBJ = ("nsubj", "nsubjpass", "csubj")
# "a checkpoint west of X" is sometimes parsed with the direction as the head noun
COMPASS_WORDS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                 "north-east", "north-west", "south-east", "south-west"}
LOCATIVE_PREPS = {"in", "near", "at", "through", "towards", "toward", "outside", "beyond", "around", "across", "inside", "into",
                  "on", "from", "within", "throughout"} | COMPASS_WORDS
REGISTRY_WORDS = ("flagged", "registered")  # "a Malta-flagged ship": the state of the vessel's registry
RELATIVE_WORDS = {"which", "who", "that", "whom"}  # relative pronouns: they stand for the noun their clause modifies
QUANTITY_HEADS = {"thousands", "hundreds", "dozens", "scores", "tens", "some", "many", "most", "several", "all", "none", "one", "two", "three", "member", "members", "group", "crowd", "crowds"}
TIME_MARKS = frozenset({"as", "while", "when", "whilst", "after", "before", "until", "since"})  # a clause of its own time
PRONOUNS = {"he", "she", "it", "they", "we", "i", "him", "her", "them", "us"}
ARMED_SECTORS = frozenset({"MIL", "REB", "POL"})  # forces and armed groups: their marches and roadblocks are no protests; an attack on them is an Armed clash
REDUCE_RELATIONS = Trigger(event="SANCTION", mode="reduce", needs_actor=True)
UNIDENTIFIED_ARMED = "unidentified armed group"  # the doer of an attack nobody is named for (ACLED)
CALL_FOR = Trigger(event="REQUEST", speech=True)
FIRED_ON = Trigger(event="ASSAULT", mode="firearms", needs_actor=True)  # "fired on protesters" (events.yaml aimed_fire)
MUNITION_LANDED = Trigger(event="ASSAULT", mode="shelling", needs_actor=True)  # "shells landed inside X" (events.yaml munition_landing)
PURPOSE_FRAMES = {"mean", "design", "intend", "suppose"}  # "is meant/designed to ...": what a thing is for
STANDING_WAR_VERBS = {"fight", "battle", "support", "back"}  # "the militia, which is fighting the army": a side described
UNNEGATING_FRAMES = {"stop", "hesitate", "cease"}  # "did not stop/hesitate to shell": the act done all the same
OBLIGATION_FRAMES = {"require", "oblige", "obligate", "stipulate"}  # "the deal requires both sides to withdraw": a term, not an act done
UNNAMED_PAIR = "unnamed parties"  # "the two sides signed a truce" with no two parties told before: the pair, uncoded
UNNAMED = "unidentified actor"  # the name of a party accused but not named ("condemned the move" with no mover told)
VERBAL_PROTEST = Trigger(event="ACCUSE", mode="disapprove", speech=True)
HELD_RESPONSIBLE = Trigger(event="ACCUSE", mode="allege", speech=True)  # "held the rebels responsible" (CAMEO 112)
REGRETTED_ACT = Trigger(event="ACCUSE", mode="disapprove", speech=True)  # "regretted the decision": another's act criticised (CAMEO 111)
CRITICISM = Trigger(event="ACCUSE", mode="disapprove", speech=True)  # "lawmakers attacked the budget request" (CAMEO 111, quotes/violence.py)
TAKES_TERRITORY = Trigger(event="ASSAULT", acled="Non-state actor overtakes territory", needs_actor=True)  # "took control of X"
DRIVES_OUT = Trigger(event="ASSAULT", acled="Non-state actor overtakes territory", needs_actor=True)  # "drove the rebels out of X"
CHEMICAL = "Chemical weapon"  # ACLED sub-event type
DISRUPTED = "Disrupted weapons use"  # ACLED sub-event type
LOOTING = "Looting/property destruction"  # ACLED sub-event type
REMOTE_EXPLOSIVE = "Remote explosive/landmine/IED"  # ACLED sub-event type
NON_VIOLENT_TRANSFER = "Non-violent transfer of territory"  # ACLED sub-event type
TERRITORY_SUB_TYPES = ("Non-state actor overtakes territory", "Government regains territory")
# prepositions that set a gerund's act in time beside the clause ("after raping her"): its doer is the clause's
TIME_PREPOSITIONS = frozenset({"after", "before", "while", "since", "upon", "during"})
LABOUR_STRIKE = Trigger(event="PROTEST", mode="strike", acled="Peaceful protest")  # "teachers struck for better pay"
TAKEN_CAPTIVE = Trigger(event="ASSAULT", mode="abduct", acled="Abduction/forced disappearance")  # "were taken when gunmen stopped them" (events.yaml armed_takings)
PROTESTERS_GATHERING = Trigger(event="PROTEST", mode="demonstrate", acled="Peaceful protest")  # "protesters gathered outside X"
VOWED_HARM = Trigger(event="THREATEN", needs_actor=True)  # "vowed to punish the attackers" (events.yaml warned_acts; CAMEO 13)
RECIPIENT_PREPS = {"to", "with", "against"}
OWN_POSSESSIVES = {"its", "their", "our", "his", "her"}
OWN_POSSESSIVES_WITH_MY = OWN_POSSESSIVES | {"my"}  # (one speaker's own too: "my work")
NON_STATE_CODES = {"IGO", "NGO", "IMG", "UNK"}  # codes of no one country
STATIVE_PARTICIPLES = {"opposed", "committed", "dedicated", "devoted"}  # "is opposed to": a stance, not a passive act
DOMESTIC_TYPES = {"COERCE", "SANCTION"}  # acts a state does to the people where it acts
TARGET_PREPS = {"on", "upon", "against", "at", "to", "with", "over", "for", "of"}  # ("upon": "called upon X", "fired upon X")
AIM_PREPS = {"on", "against", "upon"}  # "an attack on/against X": what an act told by a noun is aimed at
TIME_ENTS = {"DATE", "TIME"}  # "the attack on Sunday": when, not whom
CASUALTY_UNITS = {"killed": "dead", "dead": "dead", "injured": "injured"}
NON_MATERIEL_UNITS = {"killed", "dead", "injured", "arrested", "displaced", "protesters", "size", "people", "crowd", "forces", None}
SIZE_UNITS = {"PROTEST": "crowd", "MOBILIZE": "forces"}  # event type -> unit of its participants' count


@dataclass(slots=True)
class Candidate:
    """An event mention before in-document merging."""

    trigger: Token
    spec: Trigger
    sent: SpacySpan
    start: int  # trigger char span
    end: int
    source: list[ActorRef] = field(default_factory=list)
    target: list[ActorRef] = field(default_factory=list)
    mode: str | None = None
    acled: str | None = None
    claimer: ActorRef | str = REPORTER
    modality: str = "asserted"
    date: DateRef | None = None
    location: Place | None = None
    dead: Magnitude | None = None
    injured: Magnitude | None = None
    materiel: list[Magnitude] = field(default_factory=list)
    size: Magnitude | None = None  # participants: protesters, deployed troops
    speaker_key: str | None = None  # the speaking actor, for speech acts
    evidence_extra: str | None = None  # text that made a quote an accusation
    other_time: bool = False  # told with a time that is no day ("last year", "in 2019"): not today's incident
    before_told: bool = False  # told in a past perfect relative clause ("arrested men who had attacked a bus"): before the day told
    since: bool = False  # told as done since ("police have since arrested three suspects"): later than the act told before, at its place
    clause: int | None = None  # token index of the head of the attack clause it belongs to (see clause_head)
    told_by_place: bool = False  # "there was an attack in X on Sunday": stands with its place or date, no actor named
    news_alone: bool = False  # "the coup attempt failed": a coup told stands with no doer, place or date named
    counter: bool = False  # told by a speaker who denies the act there or just before: "denied the attack and said X did it"


@dataclass(slots=True)
class Responsibility:
    """A statement in the report of who carried out an attack: an accusation ("blamed X
    for the attack"), a claim of responsibility ("X claimed responsibility") or a denial
    ("X denied involvement in the attack", "X denied shelling the market")."""

    accused: ActorRef
    claimer: ActorRef | str
    modality: str  # alleged | asserted | denied
    sent: SpacySpan
    verb: Token  # the word that makes the statement
    attack: Token | None = None  # the attack named, when it is
    intent: bool = False  # a denial of intent, not of the act ("denies deliberately targeting civilians")

    @property
    def unmade(self) -> bool:
        """An accusation the sentence says was not made ("has never accused Y of shelling the town", "has not
        blamed any group for the bombing", negation.not_made): no one alleges who did it (nor, for an act told by
        its verb, the act; one named by a noun is still told as done). _accused_attacks widens it by "has yet to"
        (negation.not_yet)."""
        return self.modality == "alleged" and self.verb.pos_ == "VERB" and not_made(self.verb)


def speaker_ref(speaker: Speaker) -> ActorRef:
    return ActorRef(
        text=speaker.text,
        name=speaker.name,
        code=speaker.code,
        sector=speaker.sector,
        start=speaker.start,
        end=speaker.end,
        actor_id=speaker.actor_id,
    )


def quote_speaker_key(q: Quote) -> str | None:
    """Who speaks a quote, as speech acts are keyed: its actor, a coordinated speaker's first party
    (as the verb's subject keys the same act: "Denmark and Norway accused X"), else its name."""
    first = q.speaker.parties[0].actor_id if q.speaker.parties else None
    return q.speaker.actor_id or first or q.speaker.name


_WH = ("WRB", "WDT", "WP")  # why, when, how; which; what, who


def _left_open(trigger: Token, content: Span) -> bool:
    """Whether the refused ``content`` leaves the act of ``trigger`` open: its clause is the refused
    "that"/"whether"/"if" complement, or hangs on one ("reports that ..."), walking up inside the content.
    An act in a wh-clause is presupposed, only its reason, time or count withheld ("did not say why officers
    opened fire, killing three", "declined to say when troops shelled ..."), and one in an adverbial clause the
    content swallowed ("declined to comment after rebels shelled ...", "as protesters clashed ...") is told
    as done."""
    t = trigger
    while True:
        marks = [c for c in t.children if c.dep_ in ("mark", "advmod")]
        if any(c.lower_ in ("that", "whether", "if") for c in marks if c.dep_ == "mark"):
            return True
        if any(c.tag_ in _WH for c in marks) or (t.dep_ == "advcl" and any(c.dep_ == "mark" for c in marks)) or any(
                c.left_edge.tag_ in _WH for c in t.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")):  # "how many soldiers were killed"
            return False
        h = t.head
        if h.i == t.i or not content.start <= h.idx < content.end:
            return t.dep_ != "advcl"
        t = h


class _Doc:
    """Per-article indexes the stage looks things up in (built once per article)."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.quotes = [q for q in analysis.quotes if not q.claims_nothing]  # a refusal to comment claims nothing
        self.refused = [q.content for q in analysis.quotes if q.stance == REFUSE]  # what a refusal leaves open
        self.triggers: dict[int, str] = {}  # token index -> event type of the verb candidates of the sentence at hand
        self.cue_quote: dict[int, Quote] = {}
        self.guests: set[tuple[int, int] | str] = set()  # actors (ids or spans) a host receives: their country is theirs only
        self.mediators: set[tuple[int, int]] = set()  # spans of those who brokered a deal: no party to it, nor its country
        self.pairs: list[tuple[int, int, list[ActorRef]]] = []  # (sentence start, end, parties): the parties told together, in text order
        for q in self.quotes:
            if q.cue is not None:
                self.cue_quote[q.cue.start] = q

    def quote_covering(self, char: int) -> Quote | None:
        """The innermost quote whose content holds ``char`` ("police said three died, while activists
        said seven had been killed": the seven are the activists', though the police's words run on
        over theirs); one with a named speaker before one that names no source ("police said the
        gunmen reportedly fired": the police speak)."""
        covering = [q for q in self.quotes if q.content.start <= char < q.content.end]
        return min(covering, key=lambda q: (not q.speaker.named, q.content.end - q.content.start), default=None)

    def quote_for_cue(self, tok: Token) -> Quote | None:
        q = self.cue_quote.get(tok.idx)
        if q is not None:
            return q
        for q in self.quotes:
            if q.cue is not None and q.cue.start <= tok.idx < q.cue.end:
                return q
        return None

    def mention_for_token(self, tok: Token) -> Mention | None:
        """The actor mention naming the phrase headed by ``tok`` (pre-modifiers + head)."""
        if tok.like_num or tok.lower_ in QUANTITY_HEADS:  # "thousands of protesters", "some of the troops"
            of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            pobj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
            if pobj is not None:
                tok = pobj
        start = tok.left_edge.idx
        end = tok.idx + len(tok)
        if _dateline(tok.left_edge):  # "JEDDAH, Saudi Arabia (AP) - Sudan's army": the parse hangs the dateline on the subject
            start = max([start, *(e for s, e in tok.doc.user_data["sitrep.datelines"] if s <= start < e)])
        best: Mention | None = None
        for m in self.analysis.mentions:
            if m.start < end and start < m.end and (m.code or m.actor_id) and not _registry(doc_text(self.analysis.doc), m):
                # prefer the mention that contains the head word, then the longest
                score = (m.start <= tok.idx < m.end, m.end - m.start)
                if best is None or score > (best.start <= tok.idx < best.end, best.end - best.start):
                    best = m
        return best


class EventStage:
    """Find events and fill their roles, time, place, figures, claims and disputes."""

    name = "events"
    needs = ("mentions", "places", "dates", "magnitudes", "quotes")
    adds = ("events",)

    def __init__(self, options: Options) -> None:
        from sitrep.codebook import load_codebook

        self.options = options
        self.lex: EventLexicon = load_event_lexicon()
        # an armed group's home country (a group counts as its country where states are counted)
        self.book = load_codebook()  # the actor codebook, read once (demonyms, sector heads, groups)
        self.homes = {g.code: g.country for g in self.book.groups if g.country}
        self.lex = _with_gathered(self.lex, self.book.sectors.heads)
        self.weapon_words = frozenset(self.lex.aerial_words | self.lex.shelling_words | self.lex.explosive_words
                                      | self.lex.grenade_words)  # built once ("a grenade injured two officers")
        # what is fired in an attack by its object ("fired live bullets"): the objects of the ASSAULT verb-object pairs
        self.craft = self.lex.crewed_vessels | self.lex.civilian_vehicles  # vessels and vehicles, crewed or not, built once
        self.vehicles = self.craft | self.lex.land_vehicles  # and vehicles on land: what strikes a mine or crashes
        mines = self.lex.mines or {}
        # the words of a mining site (events.yaml mines: its ores and its other words): a mine there is a pit, no device
        self.mining_words = mines.get("ores", frozenset()) | mines.get("site_words", frozenset())
        # (never a craft taken: "hijacked a bus" takes the bus and those aboard, no munition)
        self.munitions = frozenset().union(*(objects for _, _, objects, _, spec in self.lex.verb_object_events
                                             if spec.event == "ASSAULT" and spec.mode != "abduct"))
        # nouns of swapping ("in a prisoner swap", "in an exchange"): the mutual RETREAT rows' verbs
        self.swaps = frozenset().union(*(v for v, _p, _o, _c, sp in self.lex.verb_object_events if sp.mutual and sp.event == "RETREAT"))
        # verb -> its pairs, in the table's order; its keys, every verb of the pairs, are what a verb's lemma is mended against
        self.object_events_of: dict[str, tuple] = {
            v: tuple(e for e in self.lex.verb_object_events if v in e[0])
            for v in frozenset().union(*(verbs for verbs, _, _, _, _ in self.lex.verb_object_events or ()))}
        # the verbs of meeting a mine ("struck a landmine", "ran over an IED"): the verb-object rows whose objects are mines
        self.mine_verbs = frozenset().union(*(verbs for verbs, _, objects, _, spec in self.lex.verb_object_events or ()
                                       if spec.event == "ASSAULT" and objects & mines.get("devices", frozenset())))
        # a coup told: the nouns of a coup (events.yaml stopped_acts nouns) and the (verbs, objects) of its verb-object rows ("seized power")
        self.coup_nouns = (self.lex.stopped_acts or {}).get("nouns", frozenset())
        self.coup_rows = tuple((verbs, objects) for verbs, _, objects, _, spec in self.lex.verb_object_events
                               if spec.event == "COERCE" and spec.mode == "seize" and spec.acled == "Other")
        # the modes of a protest: a THREATEN in one of them is a protest announced ("will protest", "there will be a strike")
        terr = self.lex.territory_control or {}
        # words a place taken is told by ("the town", "the airport"), and the object of "took control of X"
        self.territory_words = frozenset(self.lex.place_nouns | terr.get("places", frozenset()) | terr.get("nouns", frozenset()))
        # the types whose parties, two states named together as doers, act on each other (meetings, deals, fights)
        self.mutual_types = frozenset(self.lex.venue_types | {"ASSAULT"})
        self._abduct_verbs = frozenset(v for v, sp in self.lex.verbs.items() if sp.mode == "abduct")  # ("abduct", "kidnap")
        self.protest_modes = frozenset(t.mode for t in [*self.lex.verbs.values(), *self.lex.nouns.values()] if t.event == "PROTEST" and t.mode)
        # an act done to people told by a noun -> the verb of its event ("the killing of X", "the rape of X")
        self.harm_nouns = {**(self.lex.harm_nouns or {}), **(self.lex.killing_nouns or {})}

    # -- public --------------------------------------------------------------
    def __call__(self, analysis: Analysis) -> Analysis:
        from sitrep.extract.claims import build_events

        ctx = _Doc(analysis)
        candidates: list[Candidate] = []
        for sent in analysis.doc.sents:
            found = self._sentence(ctx, sent)
            candidates.extend(found)
            ctx.pairs.extend(self._parties_told(ctx, sent, found))
        candidates = self._past_background(ctx, candidates)
        # an act the reporter tells as not done ("the army did not attack the town") is no event: no one
        # claims it, so no claim would show whom a denial is by; denied by a speaker ("the ministry said the
        # army did not shell the town", "X denied attacking Y") it stays, an event that speaker denies
        candidates = [c for c in candidates if not (c.modality == "denied" and c.claimer == REPORTER)]
        # the words of a sign no one carries ("A sign on the door read: ...") are no one's claim: no event
        shown = [q.content for q in analysis.quotes if q.stance == SHOWN]
        candidates = [c for c in candidates if not any(s.start <= c.start < s.end for s in shown)]
        for c in candidates:
            c.source = self._no_reporting_media(ctx, c)
        candidates.extend(self._accusations(ctx))
        responsibilities = self._referred_acts(candidates, self._responsibilities(ctx))
        candidates.extend(self._accused_attacks(ctx, candidates, responsibilities))
        self._counter_claims(candidates, responsibilities)
        # a denial of an attack is a claim on that attack (CAMEO 016, no PLOVER event), not a REJECT
        denials = {r.verb.i for r in responsibilities if r.modality == "denied"} | {  # (and "denied [X was responsible]")
            r.verb.head.i for r in responsibilities if r.modality == "denied" and r.verb.dep_ == "ccomp" and r.verb.head.lemma_.lower() in self.lex.deny_verbs}
        candidates = [c for c in candidates if not (c.spec.event == "REJECT" and c.trigger.i in denials)]
        candidates.sort(key=lambda c: c.start)
        analysis.events = build_events(candidates, analysis, self.lex, responsibilities)
        unclassed = {(c.start, c.end) for c in candidates if c.spec.no_acled}  # acts ACLED does not code ("sentenced X")
        mutual = {(c.start, c.end) for c in candidates if c.spec.mutual}  # acts both sides do to each other ("swapped prisoners")
        executions = {(c.start, c.end) for c in candidates if self._execution(c.trigger, c.spec)}
        ctx.guests = self._guests(ctx, analysis.events)
        # who brokered or mediated a deal ("a truce brokered by Qatar") does that (CONSULT, mode mediate), and is
        # no party the other acts of its sentence are done to
        mediators = ctx.mediators = {(r.start, r.end) for e in analysis.events if e.mode == "mediate" for r in e.source if r.start is not None} \
            | {(m.start, m.end) for m in analysis.mentions if self._brokered_by(ctx, m.start, m.end)}
        for ev in analysis.events:
            told_protest = None  # whether the event's sentence tells of a protest, once asked (_tells_of_protest)
            # the government or leaders a protest's backers back ("supporters of the president rallied"), found once:
            # for the state, such a protest is aimed at no one (ev.source's offsets and the trigger stay as they are below)
            backed = self._backed_government(ctx, ev) if self._protest_like(ev) else []
            # "X and Y swapped prisoners (in a deal brokered by Z)": those swapped are of both sides, coded by neither
            swapped = ev.trigger is not None and (ev.trigger.start, ev.trigger.end) in mutual and len({r.code for r in ev.source if r.code}) >= 2
            unnamed = [r for r in ev.target if r.name == UNNAMED and not r.text]  # no country rule codes one not named
            ev.target = [r for r in ev.target if r not in unnamed]
            ev.target.sort(key=_is_thing)  # people hit before the things hit ("hit a block, killing three civilians")
            if (not any(r.code for r in ev.target) and ev.trigger is not None and not any(_is_thing(r) for r in ev.target)
                    and not (ev.location is not None and ev.location.country and any(r.sector for r in ev.target))
                    and not (swapped and ev.target) and not (ev.mode == "abduct" and any(not _is_place_ref(r, analysis.places) for r in ev.target))):
                # (people described and acted on at a known place, "killed three soldiers near X", stay the
                # target and take that place's country below; the clause's place does not replace them; nor
                # does it replace people or a ship taken captive, "seized the crew off the coast of X", "hijacked the MV X off Y")
                protest = self._protest_like(ev)
                clause = (self._defied(ctx, ev) if protest else []) or self._clause_target(ctx, ev)
                if ev.mode != "mediate":
                    clause = [r for r in clause if (r.start, r.end) not in mediators]  # (mediators holds the brokers too)
                if ev.event == "AID" and ev.mode == "humanitarian":
                    # "rescued 23 captives in a forest near the border with X": those helped are never the armed men they were
                    # taken from, nor the country beside a border named as a place (the town they are taken from stays:
                    # "evacuated the wounded from the besieged Bosnian town of X" helps BIH)
                    clause = [r for r in clause if r.sector not in ARMED_SECTORS | {"CRM"} and not _beside_border(analysis.doc, r)]
                if ev.event == "ASSAULT":
                    # where an attack happened at home is no party to it ("an explosion at a market in X",
                    # "killed in an explosion in X": its victims are named or none is); a foreign doer's
                    # attack "at targets in X" is on X, as PLOVER codes it (and one named "on X" is found before)
                    home = {self.homes.get(r.code, r.code) for r in ev.source if r.code} or (
                        {ev.location.country} if ev.location is not None and ev.location.country else set())
                    clause = [r for r in clause if not (self._where(ctx, r) and r.code in home)]
                elif ev.event in self.lex.venue_types:
                    clause = [r for r in clause if not self._venue(ctx, ev, r)]
                elif ev.mode in self.lex.located_modes:  # "seized drugs in X": where they were seized, not from whom
                    clause = [r for r in clause if not _is_place_ref(r, ctx.analysis.places)]
                elif ev.event in self.lex.located_types:
                    # "stole a car in X": where it was taken; not the one it was taken from ("stole data from X") nor
                    # the place taken itself ("looted the town of X")
                    clause = [r for r in clause if not _is_place_ref(r, ctx.analysis.places) or _taken_from(analysis.doc, r)]
                own = {r.code for r in ev.source if r.code} or ({ev.location.country} if ev.location is not None else set())
                if protest and clause and all(_is_place_ref(r, ctx.analysis.places) and r.code in own for r in clause):
                    # a protest "through X" at home is aimed at its government, not at the place it crossed
                    # (one by backers of the government, "supporters of the president rallied in X", is for it: at no one)
                    clause = [] if backed else [_government(clause[0].code)]
                if backed:
                    # "marched in support of the government": the government backed is no one protested against
                    clause = [r for r in clause if not any(_ref_covers(r, g) for g in backed)]
                    ev.target = [r for r in ev.target if not any(_ref_covers(r, g) for g in backed)]
                ev.target = clause or ev.target
            # "a missionary from Calgary", "peacekeepers from Morocco": people are of the country they come from, before
            # the place of the act codes them
            ev.source, ev.target = ([self._from_place(ctx, r) for r in refs] for refs in (ev.source, ev.target))
            if ev.location is not None and ev.location.country and not any(r.code for r in ev.source):
                # unnamed people acting somewhere ("protesters in X") are coded by that country, and an
                # attack nobody is named for has an unidentified perpetrator there, as ACLED codes them
                # (not an air strike or shelling: who flies over a place or fires at it from afar is not
                # known from the place), and a protest nobody is named for is by protesters there
                if ev.source:
                    ev.source = [replace(r, code=ev.location.country) for r in ev.source]
                elif ev.trigger is not None and (ev.trigger.start, ev.trigger.end) in executions:
                    ev.source = [_government(ev.location.country)]  # "two men were executed in X": by the state there
                elif ev.event == "ASSAULT" and ev.mode not in ("aerial", "shelling"):
                    ev.source = [ActorRef(text="", name=UNIDENTIFIED_ARMED, code=ev.location.country, sector=None)]
                elif self._protest_like(ev):  # "there were protests in X": by protesters there, unnamed (or to come)
                    ev.source = [ActorRef(text="", name="rioters" if ev.mode == "riot" else "protesters", code=ev.location.country, sector=None)]
                elif ev.mode == "arrest" or ev.event == "INVESTIGATE":
                    # an arrest or an investigation nobody is named for is by the authorities there
                    ev.source = [_government(ev.location.country)]
            if ev.location is not None and ev.location.country and ev.target and not any(r.code for r in ev.target):
                # likewise the unnamed people acted on ("killing three civilians" there)
                ev.target = [replace(r, code=ev.location.country) for r in ev.target]
            if ev.source and not any(r.code for r in ev.source) and ev.location is None:
                # people described only, acting on a state named ("fundamentalists demanded the
                # resignation of the Algerian president"): domestic politics, coded by that state
                # (not when the sentence names another country: "X agreed after talks with Chile" is no Chilean act)
                state = next((r.code for r in ev.target if r.code and len(r.code) == 3 and r.code != "IGO" and r.sector in STATE_SECTORS
                              and not self._hosts(ctx, ev, ev.source, r)
                              and not (r.start is not None and r.end is not None and (self._destination(analysis.doc, r.start, r.end)
                                                                                      or self._expelled(analysis.doc, r.start, r.end)))), None)
                if state is not None and self._countries(ctx, ev) <= {state}:
                    ev.source = [replace(r, code=state) if not self._transnational_body(r) else r for r in ev.source]
            if ev.location is not None and ev.location.country:
                # an ethnic group is coded by the state it lives in ("ethnic Albanians in Serbia")
                text = analysis.article.text
                ev.source, ev.target = (
                    [replace(r, code=ev.location.country) if _ethnic(r, text) and r.code != ev.location.country else r
                     for r in refs] for refs in (ev.source, ev.target))
            ev.source, ev.target = ([self._resident(ctx, r) for r in refs] for refs in (ev.source, ev.target))
            ev.source, ev.target = ([self._named_after_place(ctx, r) for r in refs] for refs in (ev.source, ev.target))
            sole = self._sole_country(ctx, ev) if not swapped else None
            if sole is not None:
                # people named or described with no country, in a sentence that names one country
                # only ("Ousted President A agreed to resign without returning to X"): that country's
                ev.source, ev.target = ([replace(r, code=sole) if not r.code and not _is_thing(r) and not self._transnational_body(r) else r for r in refs]
                                        if refs and not any(r.code for r in refs) else refs for refs in (ev.source, ev.target))
            ev.source = _allied(ev.source, self.lex.allied_markers)
            home = next((r.code for r in ev.source if r.code and len(r.code) == 3 and r.code != "IGO" and r.sector in STATE_SECTORS), None)
            if home is not None and not swapped and ev.target and not any(r.code for r in ev.target) and not all(_is_thing(r) for r in ev.target) \
                    and not any(self._hosts(ctx, ev, ev.target, r) for r in ev.source):  # "Kenyan President X visited the premier"
                # a state's act on people described only, with no place named ("police dispersed the
                # demonstrators", "the government lifted the state of emergency"): its own people
                ev.target = [replace(r, code=home) for r in ev.target]
            if (self._domestic_act(ev) and not ev.target and home is not None and not self._people_acted_on(ctx, ev)
                    and ev.mode not in self.lex.located_modes):  # goods seized are taken from someone unknown, not from the people
                # a curfew, ban or siege a state imposes (or threatens) at home with no one named acts on its own people
                where = ev.location.country if ev.location is not None and ev.location.country else self._sole_country(ctx, ev)
                if where == home:
                    ev.target = [ActorRef(text="", name="civilians", code=home, sector="CVL")]
            if self._protest_like(ev) and not any(r.code for r in ev.target) and not backed:
                # a protest (or one announced) with no one named protested against is aimed at the protesters' own
                # government, as PLOVER and ACLED code domestic protest
                home = next((r.code for r in ev.source if r.code and len(r.code) == 3 and r.code != "IGO" and r.sector != "REB"), None)
                if home is not None:
                    ev.target = [_government(home)]
            if ev.event == "MOBILIZE":
                # "deployed troops to the border town of X": where the forces went at home is the event's place, no party
                # they are mobilised against (PLOVER MOBILIZE has a target only when one is named: "against X", a state sent
                # into, a place of another's: "Israeli troops remained on alert in the West Bank" is aimed at PSE)
                towns = [(p.start, p.end) for p in ctx.analysis.places if p.kind != "country"]
                own = {r.code for r in ev.source if r.code}
                ev.target = [r for r in ev.target if not (r.start is not None and (r.start, r.end) in towns and (not own or r.code in own))]
            ev.target = ev.target or unnamed
            if ev.event == "ASSAULT" and ev.acled_sub_event_type == "Protest with intervention" and (_harm(ev.dead) or _harm(ev.injured)):
                # "police fired live rounds at protesters ..., killing one": the fire, told with no toll of its own, and the
                # killing are one act, and force that killed or hurt is excessive (labels.json; _unharmed_protest's converse)
                ev.acled_sub_event_type = "Excessive force against protesters"
                ev.acled_event_type = self.lex.acled_types.get(ev.acled_sub_event_type)
            if (ev.event == "ASSAULT" and ev.acled_sub_event_type == "Attack" and (_harm(ev.dead) or _harm(ev.injured))
                    and (ev.trigger is None or (ev.trigger.start, ev.trigger.end) not in executions)  # the executed were held
                    and _protesters_struck(analysis.doc, ev, self.lex)):
                # "stormed a protest camp, killing 35 people": told of the whole event, once merged
                ev.acled_sub_event_type = "Excessive force against protesters"
                ev.acled_event_type = self.lex.acled_types.get(ev.acled_sub_event_type)
            if (ev.event == "COERCE" and ev.mode == "destroy" and ev.acled_sub_event_type in (None, "Looting/property destruction")
                    and (_mob_doers(ev.source, self.lex, analysis.doc) or _crowd_of_civilians(ev.source, self.lex, analysis.doc))):
                # "youths set fire to a bus", "a mob torched cars", "villagers torched the homes": a crowd's
                # destruction in unrest is a riot (ACLED Riots / Mob violence, as its violence on people is), not a
                # strategic development; told in a protest ("students set fire to a bus during a protest") it is the
                # protest turned violent (Violent demonstration)
                told_protest = _tells_of_protest(analysis.doc, ev, self.lex)
                ev.acled_sub_event_type = "Violent demonstration" if told_protest else "Mob violence"
                ev.acled_event_type = self.lex.acled_types.get(ev.acled_sub_event_type)
            if (self.options.classify_acled and not ev.hypothetical
                    and (ev.trigger is None or (ev.trigger.start, ev.trigger.end) not in unclassed)):
                self._classify(analysis, ev, told_protest)
        self._protest_as_a_whole(analysis.events, unclassed, analysis.doc)
        for ev in analysis.events:
            if ev.acled_sub_event_type == "Excessive force against protesters" and _less_lethal_only(ev, self.lex, analysis.doc):
                # "fired rubber bullets and tear gas at protesters, injuring a dozen": force short of lethal or seriously
                # injurious is an intervention, whoever was hurt (events.yaml less_lethal_force)
                ev.acled_sub_event_type = "Protest with intervention"
                ev.acled_event_type = self.lex.acled_types.get(ev.acled_sub_event_type)
            elif ev.acled_sub_event_type == "Protest with intervention" and _seriously_hurt(ev, self.lex, analysis):
                # "a student was left in a coma after police broke up the protest": a protest met with force that
                # killed or seriously injured is met with excessive force, by whatever verb it is told (ACLED
                # "lethal or seriously injurious force"; events.yaml less_lethal_force serious)
                ev.acled_sub_event_type = "Excessive force against protesters"
                ev.acled_event_type = self.lex.acled_types.get(ev.acled_sub_event_type)
        self._one_country_report(ctx, analysis.events)
        self._foreigners(ctx, analysis.events)
        self._unit_speakers(ctx, analysis.events)
        _coded_copies(analysis.events)
        for ev in analysis.events:  # an unnamed pair is of no one country, whatever place or party the rules saw,
            # as a doer or as the object of a statement about it ("the UN welcomed the truce")
            ev.source = [replace(r, code=None) if r.name == UNNAMED_PAIR else r for r in ev.source]
            ev.target = [replace(r, code=None) if r.name == UNNAMED_PAIR else r for r in ev.target]
        return analysis

    def _classify(self, analysis: Analysis, ev: Event, protest: bool | None = None) -> None:
        """The classifier's ACLED sub-type (eventtypes.acled_sub_type, among the types the PLOVER type
        allows) where the rules left it open, or where they gave one whose label they were measured
        to give unreliably (eventtypes.rule_yields: the fallback "Armed clash" of any fight between
        armed parties told with no weapon word, said of grenade and chemical attacks alike), then
        only for a type the rules have no reading for, whose own cue the sentence carries. ``protest``:
        whether the event's sentence tells of a protest, when the caller has asked already."""
        from sitrep.extract.eventtypes import ACLED_FOR_PLOVER, acled_sub_type, case_label_of, rule_yields

        ruled = ev.acled_sub_event_type
        if protest is None:
            protest = _tells_of_protest(analysis.doc, ev, self.lex)
        if ruled is not None and not rule_yields(ruled, ev.event, self.lex.acled_types, protest=protest):
            return
        if ruled is None and not protest and ((ev.mode == "restrict" and (any(r.sector in ("CVL", "OPP") or _is_vessel(r, self.craft) for r in ev.target)
                                                                                   or (ev.event == "COERCE" and not any(r.sector in ARMED_SECTORS for r in ev.target))))
                                              or (ev.event == "COERCE" and ev.mode in self.lex.restriction_modes)):
            # "fired tear gas at people", "banned the newspaper", "fired water cannon at a boat": no weapons seized, no arrest,
            # no agreement (the classifier's reading of a restriction on no armed party)
            sub = self.lex.restriction_sub_type
        else:
            parse = analysis.doc.char_span(ev.evidence.start, ev.evidence.end, alignment_mode="expand")
            # a chemical weapon only where the rules' own test finds an agent or a chemical weapon word
            # ("chlorine", "toxic gas"), not a chemical word that names no weapon ("fired on a chemical plant");
            # asked only where the event's type allows a chemical weapon at all (an attack, not a protest)
            chemical_open = self.lex.acled_types.get(CHEMICAL) in ACLED_FOR_PLOVER.get(ev.event, ())
            unarmed = {case_label_of(CHEMICAL)} if chemical_open and parse is not None and not any(_chemical(t, self.lex) for t in parse) else set()
            sub = _unharmed_protest(acled_sub_type(ev.evidence.text, ev.event, self.lex.acled_types, protest=protest, parse=parse,
                                                   cue_required=self.lex.acled_cue_required, ruled=ruled, exclude=unarmed,
                                                   others=_other_clauses(analysis, ev) if ruled is not None else ()), ev)
        if sub is not None:
            ev.acled_sub_event_type, ev.acled_event_type = sub, self.lex.acled_types.get(sub)

    def _protest_as_a_whole(self, events: list[Event], unclassed: set[tuple[int, int]], doc=None) -> None:
        """ACLED codes a demonstration once, by what happened at it: a protest told with the
        protesters' violence in its sentence ("protested ... and threw stones at police") is a Violent
        demonstration, and so is force used on them there ("police opened fire, killing two" is no
        force on peaceful protesters); one told with an intervention ("protested ...; police fired tear
        gas and arrested 20") is a Protest with intervention, or excessive force where that killed or
        hurt. Only a peaceful protest or excessive force is re-coded, from the sub-types of the other
        events of the same sentence, or from the words of force or violence it tells no event of
        (events.yaml protest_told_with: "protested amid tear gas", "marched, hurling stones"), not in what
        was protested against ("protested against the clashes in the north")."""
        by_sentence: dict[int, list[Event]] = {}
        for ev in events:
            by_sentence.setdefault(ev.evidence.start, []).append(ev)
        order = ("Violent demonstration", "Excessive force against protesters", "Protest with intervention")
        for told in by_sentence.values():
            # (a protest told with no one named, "as thousands protested fuel prices", is one all the same)
            # (a mob's violence is no demonstration: "arrested looters who ransacked shops" is done to no protest)
            protests = [ev for ev in told if ev.event == "PROTEST" and not ev.hypothetical and ev.acled_sub_event_type != "Mob violence"]
            protesters = [r for ev in protests for r in ev.source]
            for ev in told:
                violent = ((ev.event in ("ASSAULT", "PROTEST") and ev.acled_sub_event_type in ("Armed clash", "Attack", "Mob violence"))
                           or (ev.event == "COERCE" and ev.mode == "destroy" and ev.acled_sub_event_type in (None, "Looting/property destruction")))
                if not violent or ev.hypothetical or any(ev is p for p in protests):
                    continue
                sides = ev.source + (ev.target if ev.acled_sub_event_type == "Armed clash" else [])
                if any(_protester_ref(r, self.lex) for r in sides) or (ev.acled_sub_event_type == "Armed clash" and _clash_with_protesters(doc, ev, self.lex)) or (ev.source and all(r.text and _same(r, protesters) and r.sector not in STATE_SECTORS | ARMED_SECTORS
                                                                                 for r in ev.source)):
                    # "clashes between protesters and police", "supporters protesting the result clashed with police",
                    # "striking workers stoned buses and set a truck on fire":
                    # the protesters' own violence (ACLED Violent demonstration; protesters are no armed side of a
                    # clash, and the crowd that protests is no mob); a state body or an armed group that blocks a road
                    # and fights is no demonstrator; a doer the text never names (the unidentified perpetrator given
                    # to "the killing of a journalist sparked protests") is no protester because it shares their country
                    ev.mode = ev.mode or "riot"
                    ev.acled_sub_event_type = "Violent demonstration"
                    # (the doer given to an attack nobody is named for, in __call__, is the rioters there)
                    ev.source = [replace(r, name="rioters") if not r.text and r.name == UNIDENTIFIED_ARMED else r for r in ev.source]
                    ev.acled_event_type = self.lex.acled_types.get(ev.acled_sub_event_type)
            # (a crowd's destruction is its riot too: "youths who were torching cars", coded Mob violence above)
            riots = [ev for ev in told if ((ev.event in ("PROTEST", "ASSAULT") and ev.mode == "riot") or (ev.event == "COERCE" and ev.mode == "destroy"))
                     and not ev.hypothetical and ev.acled_sub_event_type in ("Mob violence", "Violent demonstration")]
            met = ("Attack", "Excessive force against protesters", "Protest with intervention")
            for ev in told:
                if (ev.event in ("ASSAULT", "COERCE") and (ev.acled_sub_event_type in met or (
                        ev.event == "COERCE" and ev.mode == "restrict" and ev.acled_sub_event_type in (None, self.lex.restriction_sub_type)))
                        and ev.target and not ev.hypothetical and (riot := next((r for r in riots if all(_same(t, r.source) for t in ev.target) and (
                            # (a crowd's destruction meets the force only where its doers are those struck, as told:
                            # "youths who were torching cars", not "people" shot where "crowds" burned a station)
                            r.event != "COERCE" or all(any(_told_alike(t, d) for d in r.source) for t in ev.target))), None))):
                    # "police shot dead two rioters who were attacking a police station", "fired tear gas at demonstrators
                    # who were throwing stones", "fired tear gas at youths who were torching cars": force met by a riot is
                    # coded with the riot (ACLED Riots), not as violence against civilians, an intervention in a peaceful
                    # protest or the restriction of civilians (restriction_sub_type)
                    ev.acled_sub_event_type = riot.acled_sub_event_type
                    ev.acled_event_type = self.lex.acled_types.get(ev.acled_sub_event_type)
            span = doc.char_span(told[0].evidence.start, told[0].evidence.end, alignment_mode="expand") if doc is not None and not protests else None
            for ev in told:
                if not (ev.event == "COERCE" and ev.mode in self.lex.protest_handling_modes and not ev.hypothetical
                        and ev.acled_sub_event_type in (None, "Arrests")
                        and (ev.trigger is None or (ev.trigger.start, ev.trigger.end) not in unclassed)):
                    continue
                # the protest met: "students protested ..., and police fired tear gas and arrested 20 of them", done to the
                # protest told (by others than its protesters); with no protest event, "police fired tear gas at students
                # marching against the law and arrested 46 of them", the march told of the people the force met
                # (ACLED Protest with intervention)
                if ((not any(_same(r, protesters) for r in ev.source)) if protests else (
                        span is not None and ev.source and all(r.sector in ("POL", "MIL") for r in ev.source)
                        and (any(_protester_ref(r, self.lex) for r in ev.target) or _protesting_targets(span, ev.target, self.lex)))):
                    sub = "Excessive force against protesters" if _harm(ev.dead) or _harm(ev.injured) else "Protest with intervention"
                    ev.acled_sub_event_type, ev.acled_event_type = sub, self.lex.acled_types.get(sub)
            subs = {ev.acled_sub_event_type for ev in told if not ev.hypothetical}
            # a road blocked by protesters is a protest of no set type until the sentence tells how ("blocking
            # roads with burning tyres": ACLED's violent demonstration)
            blocked = [ev for ev in told if ev.event == "PROTEST" and ev.mode == "obstruct" and ev.acled_sub_event_type is None
                       and not ev.hypothetical and (ev.trigger is None or (ev.trigger.start, ev.trigger.end) not in unclassed)]
            if "Peaceful protest" in subs or blocked:
                text = _untopical(doc, told[0].evidence, self.lex)
                words = f" {re.sub(r'[^a-z-]+', ' ', text.lower())} "
                # the protesters' violence only in a clause of theirs ("marched, as rival gangs clashed in the slums")
                own = f" {re.sub(r'[^a-z-]+', ' ', _others_clauses_blanked(doc, told[0].evidence, text, protests, self.book.sectors.heads, self.lex).lower())} "
                subs |= {sub for sub, phrases in (self.lex.protest_told_with or {}).items()
                         if any(f" {p} " in (own if sub == "Violent demonstration" else words) for p in phrases)}
            whole = next((sub for sub in order if sub in subs), None)
            if whole is None:
                continue
            for ev in told:
                if ev.hypothetical or ev.acled_sub_event_type == whole:
                    continue
                if (ev.event == "PROTEST" and ev.acled_sub_event_type == "Peaceful protest") or (
                        whole == "Violent demonstration" and (ev.acled_sub_event_type in ("Excessive force against protesters", "Protest with intervention")
                                                              or any(ev is b for b in blocked) or self._riot_met(ev, unclassed))):
                    ev.acled_sub_event_type, ev.acled_event_type = whole, self.lex.acled_types.get(whole)

    def _riot_met(self, ev: Event, unclassed: set[tuple[int, int]]) -> bool:
        """Force or arrests by police or troops with no type of their own, told in the sentence of a
        violent demonstration ("police fired tear gas after protesters turned violent", "police arrested
        20 after demonstrators torched a bus"): the riot met, which ACLED codes with the riot."""
        return (ev.event in ("ASSAULT", "COERCE") and ev.acled_sub_event_type in (None, "Arrests") and bool(ev.source)
                and all(r.sector in ("POL", "MIL") for r in ev.source)
                and (ev.event == "ASSAULT" or ev.mode in self.lex.protest_handling_modes)
                and (ev.trigger is None or (ev.trigger.start, ev.trigger.end) not in unclassed))

    def _unit_speakers(self, ctx: _Doc, events: list[Event]) -> None:
        """An unnamed state unit doing an act ("the foreign ministry condemned the attack", events.yaml
        ``speaking_units``) speaks for the state whose officials spoke nearest before it, else for the
        dateline's country, else for none known; never for the party it acts on (the rules that code
        people by the country a sentence or report names would give it the accused's code)."""
        for ev in events:
            if not any(self._unnamed_unit(ctx, r) for r in ev.source):
                continue
            against = {r.code for r in ev.target if r.code}
            ev.source = [replace(r, code=code if (code := self._speaking_state(ctx, r.start)) not in against else None)
                         if self._unnamed_unit(ctx, r) else r for r in ev.source]

    def _unnamed_unit(self, ctx: _Doc, ref: ActorRef) -> bool:
        """A state's unit told by its kind alone ("the foreign ministry", "the defence ministry"),
        whose mention the actor stage could give no country."""
        words = (ref.text or "").lower().split()
        if ref.start is None or ref.end is None or ref.sector not in STATE_SECTORS or len(words) < 2 or words[0] != "the" \
                or words[-1] not in self.lex.speaking_units:
            return False
        m = ctx.analysis.mention_at(ref.start, ref.end)
        return m is not None and not m.code

    def _speaking_state(self, ctx: _Doc, at: int) -> str | None:
        """The state of the nearest speaker told before offset ``at`` whose state is named, else the
        dateline's country, else None."""
        spoken = [q.speaker for q in ctx.analysis.quotes if q.speaker.start is not None and q.speaker.start < at
                  and q.speaker.code and len(q.speaker.code) == 3 and q.speaker.code not in NON_STATE_CODES]
        if spoken:
            return max(spoken, key=lambda s: s.start).code
        lines = _datelines(ctx.analysis.doc)
        return next((p.country for p in ctx.analysis.places if p.country and any(s <= p.start < e for s, e in lines)), None)

    def _protest_like(self, ev: Event) -> bool:
        """A protest, or one announced to come (a THREATEN in a protest's mode: "students will
        protest in X", "there will be a general strike"): its parties are coded alike."""
        return ev.event == "PROTEST" or (ev.event == "THREATEN" and ev.mode in self.protest_modes)

    def _where(self, ctx: _Doc, ref: ActorRef) -> bool:
        """A party that is a place named in a locative phrase ("at a market in X", "near X"): where
        an event happened, told by place, not one acted on."""
        if not _is_place_ref(ref, ctx.analysis.places):
            return False
        span = ctx.analysis.doc.char_span(ref.start, ref.end, alignment_mode="expand")
        return span is not None and any(_locative(t) for t in span)

    def _backed_government(self, ctx: _Doc, ev: Event) -> list[Token]:
        """The government or leaders a protest's backers back ("supporters of the president", "in support of
        the government" on the protest's verb or its clause); not a leader out of power ("supporters of the
        ousted / former / late president", events.yaml ``former_words``): their rally is against those in power."""
        doc = ctx.analysis.doc
        words = [t for r in ev.source if r.start is not None and (sp := doc.char_span(r.start, r.end, alignment_mode="expand")) is not None
                 for t in sp if t.lemma_.lower() in self.lex.backer_words]
        if ev.trigger is not None and (trig := doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")) is not None:
            verbs = [trig.root, *(c for c in trig.root.children if c.dep_ == "conj")]
            words += [g for v in verbs for c in v.children if c.dep_ == "prep" and c.lower_ == "in"  # "marched in support of X"
                      for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in self.lex.backer_words]
        backed = [g for w in words for c in w.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        heads = self.book.sectors.heads
        former = self.lex.former_words
        return [g for g in backed
                if not any(c.dep_ in ("amod", "compound", "nmod") and (c.lower_ in former or c.lemma_.lower() in former) for c in g.children)
                and (((m := ctx.mention_for_token(g)) is not None and ctx.analysis.ref(m).sector == "GOV")
                     or (m is None and heads.get(g.lemma_.lower()) == "GOV"))]

    def _venue(self, ctx: _Doc, ev: Event, ref: ActorRef) -> bool:
        """A place named in a locative phrase on the event's own word ("signed a ceasefire in X",
        "met in X", "talks in X"): where the parties met, not a party acted on (for the event
        types of events.yaml ``venue_types``). A place deeper in the clause ("agreed to set up a
        centre in X") is what the act is about and stays a target, as PLOVER codes it."""
        if ev.trigger is None or not _is_place_ref(ref, ctx.analysis.places):
            return False
        doc = ctx.analysis.doc
        span, trig = doc.char_span(ref.start, ref.end, alignment_mode="expand"), doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
        if span is None or trig is None or not len(span) or not len(trig):
            return False
        tok = trig.root
        heads = {tok.i, tok.head.i} if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "dobj" else {tok.i}
        cur = span.root
        while cur.dep_ in ("compound", "appos", "conj") and cur.head.i != cur.i:
            cur = cur.head
        if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.lemma_.lower() in self.lex.place_nouns:
            cur = cur.head.head  # "in the lakeside city of X": the place noun stands in the phrase
        return cur.dep_ == "pobj" and cur.head.lower_ in LOCATIVE_PREPS and cur.head.head.i in heads

    def _people_acted_on(self, ctx: _Doc, ev: Event) -> bool:
        """The act names people it is "on" or "against" that no actor was made of ("imposed sanctions
        on the generals"): those are its target, unknown, not the doer's own civilians (no target
        is better than a guessed one). A place ("a curfew on the city") names none."""
        if ev.trigger is None:
            return False
        span = ctx.analysis.doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
        if span is None:
            return False
        tok = span.root
        heads = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
        if tok.dep_ == "dobj":  # "imposed sanctions on X": the phrase may hang from the light verb
            heads.append(tok.head)
        places = ctx.analysis.places
        return any(g.pos_ in ("NOUN", "PROPN") and g.tag_ in ("NNS", "NNPS") and g.lemma_.lower() not in self.lex.place_nouns
                   and not any(p.start <= g.idx < p.end for p in places)
                   for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
                   for g in c.children if g.dep_ == "pobj")

    def _domestic_act(self, ev: Event) -> bool:
        """An act a state does to the people where it acts: a coercion or sanction, or the
        threat of one named by its trigger ("is prepared to impose martial law", "threatened a curfew")."""
        if ev.event in DOMESTIC_TYPES or ev.mode in (self.lex.domestic_modes or {}).get(ev.event, ()):
            return True  # "lifted the curfew": eased for the people under it
        if ev.event != "THREATEN" or ev.trigger is None:
            return False
        spec = self.lex.nouns.get(ev.trigger.text.lower())
        return spec is not None and spec.event in DOMESTIC_TYPES

    def _one_country_report(self, ctx: _Doc, events: list[Event]) -> None:
        """A report that names one country only (by places and coded actors) is about its
        domestic parties: "the government", "the authorities", "the protesters", "opposition
        leader X" described with no country are that country's (the sentence rule, for the whole
        report)."""
        states = self._states_named(ctx)
        if len(states) != 1:
            return
        home = next(iter(states))
        domestic = STATE_SECTORS | {"OPP", "CVL", "REB"}
        for ev in events:
            ev.source, ev.target = ([replace(r, code=home) if not r.code and r.sector in domestic and r.name != UNNAMED and not self._transnational_body(r) else r
                                     for r in refs]
                                    for refs in (ev.source, ev.target))

    def _foreigners(self, ctx: _Doc, events: list[Event]) -> None:
        """People who are not of the country where they are ("settlers", "expatriates"; sectors.yaml
        ``foreign_heads``) keep only a country their own words name ("Israeli settlers"): the place,
        the sentence's or the report's one country, or the other party's, is not theirs."""
        heads = self.book.sectors.foreign_heads
        if not heads:
            return
        doc = ctx.analysis.doc

        def foreign(r: ActorRef) -> bool:
            if not r.code or r.start is None or r.end is None:
                return False
            span = doc.char_span(r.start, r.end, alignment_mode="expand")
            if span is None or not len(span):
                return False
            root = span.root  # the cheap test first: most refs are no foreigners
            if root.lemma_.lower() not in heads and root.lower_ not in heads:
                return False
            m = ctx.analysis.mention_at(r.start, r.end)
            if m is not None and m.code:  # coded by the actor stage: its own words
                return False
            return not any((e := self.book.lookup(t.text)) is not None and e.kind in ("country", "demonym") for t in span)

        for ev in events:
            ev.source, ev.target = ([replace(r, code=None) if foreign(r) else r for r in refs] for refs in (ev.source, ev.target))

    def _named_after_place(self, ctx: _Doc, ref: ActorRef) -> ActorRef:
        """An uncoded body whose name holds a place ("Baghdad University Medical School",
        "the Cairo police") belongs to that place's country."""
        if ref.code or ref.start is None or ref.end is None or _is_thing(ref):
            return ref
        country = next((p.country for p in ctx.analysis.places if ref.start <= p.start and p.end <= ref.end and p.country), None)
        return replace(ref, code=country) if country else ref

    def _from_place(self, ctx: _Doc, ref: ActorRef) -> ActorRef:
        """Uncoded people told with where they come from ("a missionary from Calgary", "three peacekeepers from
        Senegal": a people noun with a "from" phrase naming a place) belong to that place's country."""
        if ref.code or ref.start is None or ref.end is None:
            return ref
        span = ctx.analysis.doc.char_span(ref.start, ref.end, alignment_mode="expand")
        if span is None or not len(span) or not _people_from(span.root):
            return ref
        country = next((p.country for c in span.root.children if c.dep_ == "prep" and c.lower_ == "from"
                        for g in c.children if g.dep_ == "pobj"
                        for p in ctx.analysis.places if p.start <= g.idx < p.end and p.country), None)
        return replace(ref, code=country) if country else ref

    def _resident(self, ctx: _Doc, ref: ActorRef) -> ActorRef:
        """A people coded by where it lives, not by its nation: "Bosnian Serbs" (the first
        demonym), "the Albanians of southern Serbia" (the place of)."""
        if ref.start is None or ref.end is None:
            return ref
        book = self.book
        words = ref.text.split()
        if len(words) >= 2:
            first, last = book.lookup(words[-2]), book.lookup(words[-1])
            if first is not None and last is not None and first.kind == last.kind == "demonym" and first.code != last.code:
                return replace(ref, code=first.code)
        span = ctx.analysis.doc.char_span(ref.start, ref.end, alignment_mode="expand")
        if span is None or not len(span):
            return ref
        head = span.root
        entry = book.lookup(head.text)
        if entry is None or entry.kind != "demonym" or not head.tag_.startswith("NNP") and head.tag_ != "NNS":
            return ref
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "in"):
                for g in c.children:
                    place = next((p for p in ctx.analysis.places if g.dep_ == "pobj" and p.start <= g.idx < p.end and p.country), None)
                    if place is not None and place.country != ref.code:
                        return replace(ref, code=place.country)
        return ref

    def _destination(self, doc, start: int, end: int) -> bool:
        """A country named as where one goes ("would visit Kenya", "flew to Ethiopia", "a trip to
        Chad"; events.yaml ``destination_words``): not the home of the sentence's parties."""
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span) or span.root.pos_ != "PROPN":
            return False
        tok = span.root
        if tok.dep_ == "dobj":
            return tok.head.lemma_.lower() in self.lex.destination_object_verbs
        prep = tok.head
        return (tok.dep_ == "pobj" and prep.lower_ in ("to", "for") and prep.head.i != prep.i
                and prep.head.lemma_.lower() in self.lex.destination_words)

    def _expelled(self, doc, start: int, end: int) -> bool:
        """A party sent out of the country ("expelled French troops", "the French ambassador was
        expelled"; events.yaml ``foreigner_object_verbs``): a foreigner there, whose country is not
        that of the sentence's other parties."""
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        tok = span.root
        while tok.dep_ in ("amod", "compound", "poss") and tok.head != tok:
            tok = tok.head  # "French" in "French troops": the phrase's head
        return tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in self.lex.foreigner_object_verbs

    def _transnational_body(self, ref: ActorRef) -> bool:
        """An uncoded body whose name says it is transnational (events.yaml ``transnational_name_words``)."""
        return not ref.code and any(w.strip(",.;:'\"()") in self.lex.transnational_name_words for w in ref.text.split())

    def _hosts(self, ctx: _Doc, ev: Event, hosts: list[ActorRef], guest: ActorRef) -> bool:
        """In a meeting or a welcome, a state's official described only ("the premier", "the
        foreign minister") and a person or delegation whose country is only their title
        ("welcomed Kenyan President X", "met the Kenyan delegation", "Kenyan President X visited
        the premier"): a host and a guest, not one state's domestic politics ("the Zambian
        president praised the health minister" is)."""
        if ev.event != "CONSULT":
            span = ctx.analysis.doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand") if ev.trigger is not None else None
            if span is None or not len(span) or span.root.lemma_.lower() not in self.lex.host_verbs:
                return False
        if not guest.code or guest.start is None or guest.end is None or not any(r.sector in STATE_SECTORS and not r.code for r in hosts):
            return False
        m = ctx.analysis.mention_at(guest.start, guest.end)
        return m is not None and _titled_one(ctx.analysis.doc, m)

    def _guests(self, ctx: _Doc, events: list[Event]) -> set[tuple[int, int] | str]:
        """The guests of :meth:`_hosts` in the report's events (by actor id and span): the country
        of their title does not make the report or the sentence that country's."""
        out: set[tuple[int, int] | str] = set()
        for ev in events:
            for hosts, guests in ((ev.source, ev.target), (ev.target, ev.source)):
                for g in guests:
                    if self._hosts(ctx, ev, hosts, g):
                        out.add((g.start, g.end))
                        m = ctx.analysis.mention_at(g.start, g.end)
                        if m is not None and m.actor_id:
                            out.add(m.actor_id)
        return out

    def _sole_country(self, ctx: _Doc, ev: Event) -> str | None:
        """The one country named in the event's sentence, else None."""
        states = self._countries(ctx, ev)
        return next(iter(states)) if len(states) == 1 else None

    def _countries(self, ctx: _Doc, ev: Event) -> set[str]:
        """The countries named in the event's sentence (by coded actors or places). An armed
        group counts as its home country; IGOs and the like count as none."""
        return self._states_named(ctx, ev.evidence.start, ev.evidence.end)

    def _states_named(self, ctx: _Doc, lo: int = 0, hi: int | None = None) -> set[str]:
        """The states named between two offsets (the whole report by default) by coded actors
        or places; an armed group counts as its home country. The agency of a dateline
        ("MINSK (Reuters) -") names no state of the story: its place does."""
        hi = len(ctx.analysis.article.text) if hi is None else hi
        doc = ctx.analysis.doc
        lines = _datelines(doc)
        found = {self.homes.get(m.code, m.code) for m in ctx.analysis.mentions if lo <= m.start < hi and m.code and not _across_border(doc, m.start, m.end)
                 and not any(s <= m.start < e for s, e in lines)
                 and not _representative(doc, m) and m.actor_id not in ctx.guests and (m.start, m.end) not in ctx.guests
                 and (m.start, m.end) not in ctx.mediators  # "a deal mediated by X": X's country is not the parties'
                 and not self._destination(doc, m.start, m.end) and not self._expelled(doc, m.start, m.end)}
        found |= {p.country for p in ctx.analysis.places if lo <= p.start < hi and p.country and not _across_border(doc, p.start, p.end)
                  and not self._destination(doc, p.start, p.end) and not any(s <= p.start < e for s, e in ctx.mediators)}
        return {c for c in found if c and len(c) == 3 and c.isalpha() and c not in NON_STATE_CODES}

    def _defied(self, ctx: _Doc, ev: Event) -> list[ActorRef]:
        """Whom a protest defies or opposes by a phrase under its trigger ("marched in defiance of
        the authorities", "blocked roads in protest against X's new tax", "in opposition to X")."""
        if ev.trigger is None:
            return []
        span = ctx.analysis.doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
        if span is None or not len(span):
            return []
        tok = span.root
        own = {r.code for r in ev.source if r.code}
        clauses = {t.i for c in tok.children if c.dep_ in {*SUBJ, "ccomp", "advcl", "conj", "relcl"} for t in c.subtree}
        # (the phrase may hang on the trigger's object or place: "blocked streets in X in defiance of Y")
        return [a for n in tok.subtree if n.i not in clauses and n.dep_ == "pobj" and n.head.lower_ == "in"
                and n.lemma_.lower() in ("defiance", "protest", "opposition")
                for q in n.children if q.dep_ == "prep" and q.lower_ in ("of", "at", "against", "to")
                for g in q.children if g.dep_ == "pobj" for a in self._actors(ctx, g, tok) if a.code and a.code not in own][:1]

    def _clause_target(self, ctx: _Doc, ev: Event) -> list[ActorRef]:
        """No target from the syntax: the first other country-coded party in the trigger's
        clause ("aid for Romania", "lifted a curfew in Montenegro"), as PLOVER coders do."""
        doc = ctx.analysis.doc
        span = doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
        if span is None or not len(span):
            return []
        tok = span.root
        verb = tok.head if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "dobj" else tok
        aimed: set[int] | None = None
        if len({r.code for r in ev.source if r.code}) >= 2 and ev.event in self.mutual_types:
            # "Armenia and Azerbaijan agreed ... after talks in Moscow", "X and Y forces clashed": the parties
            # act on each other (not "French and German troops withdrew from Mali": from Mali), unless the act
            # is aimed at another ("Hamas and Hezbollah fired rockets at Israel"): only that aim is a target then
            aimed = {t.i for p in (*verb.children, *(c for o in verb.children if o.dep_ == "dobj" for c in o.children))
                     if p.dep_ == "prep" and p.lower_ in ("at", "against") for t in p.subtree}
            if not aimed:
                return []
        own = {r.code for r in ev.source if r.code}
        skip = {t.i for c in verb.children if c.dep_ in SUBJ for t in c.subtree}
        # a relative clause describes a party, and tells no party of the act ("arrested the leader, who flew to X";
        # not an infinitive: "rejected a call for its forces to be deployed in X" tells where the act is)
        skip |= {t.i for d in verb.subtree if d.dep_ == "relcl" and d.i != verb.i
                 and any(c.tag_ in ("WP", "WDT", "WP$", "WRB") for c in d.children) for t in d.subtree}
        # nor is a party named in a charge ("executed a man convicted of spying for X", "sentenced her for insulting X")
        # (nor one named in what a party is accused of: "accusing it of failing to stop jihadist violence")
        skip |= {t.i for d in verb.subtree if d.lemma_.lower() in self.lex.charge_frames | self.lex.blame_verbs for c in d.children
                 if c.dep_ == "prep" and c.lower_ in ("of", "for", "with") for t in c.subtree}
        skip |= _time_clauses(verb)  # nor does a clause of its own time ("killed as Kenyans voted")
        if ev.event == "ASSAULT" and ev.mode is not None:
            # nor the town by open land a weapon struck ("shelled farmland near X": X was not struck; events.yaml open_land)
            skip |= {t.i for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in self.lex.open_land
                     for g in self._land_near(o, verb)[1:] for t in g.subtree}
        domestic: ActorRef | None = None
        words = [t for t in verb.subtree if t.i not in skip and t.pos_ in ("PROPN", "NOUN") and t.i != tok.i
                 and not _border_side(t)  # "deployed along the border with X": a place, not a party
                 and not _dateline(t)  # "X, March 10 - Shots were exchanged ...": where the report was filed
                 and not _owns_place(t, ctx.analysis.places)  # "struck Ukraine's capital Kyiv": the city, not the state
                 and not self._destination(doc, t.idx, t.idx + len(t))  # "criticised X before his trip to Y"
                 and (aimed is None or t.i in aimed)]
        for t in words:
            refs = self._actors(ctx, t, verb)
            if any(p.start <= t.idx < p.end for p in ctx.analysis.places):
                # a place word stands for itself, not for its possessor ("in Malawi's commercial hub Blantyre": the city)
                refs = [r for r in refs if r.start is None or r.start <= t.idx < r.end]
            refs = refs or self._place_actor(ctx, t)
            for ref in refs:
                if ref.code and ref.code not in own:
                    return [ref]
                if domestic is None and ref.code and ref.sector and not _same(ref, ev.source) \
                        and ref.sector not in {r.sector for r in ev.source}:
                    domestic = ref
        # none from another country: another party of the doer's own ("threatened to ban Ugandan
        # opposition candidates"), a domestic act
        return [domestic] if domestic is not None else []

    # -- detection -----------------------------------------------------------
    def _sentence(self, ctx: _Doc, sent: SpacySpan) -> list[Candidate]:
        lower = span_text(sent).lower()
        background = any(not _dates_a_record(sent.doc, sent.start_char + i, sent.start_char + i + len(cue))
                         for cue in self.lex.background_cues if (i := lower.find(cue)) >= 0)
        aggregate_sentence = any(m.aggregate and m.start is not None and sent.start_char <= m.start < sent.end_char for m in ctx.analysis.magnitudes)
        # the verbs whose own figure is a running total ("the war has killed 5,000"): an attack told by
        # another verb of the sentence ("Gunmen killed five villagers in an insurgency that has killed
        # thousands") is an incident of its own
        total_verbs = {v.i for m in ctx.analysis.magnitudes if m.aggregate and m.start is not None and sent.start_char <= m.start < sent.end_char
                       and (v := _telling_verb(sent.doc, m)) is not None and v.pos_ in ("VERB", "AUX")}
        out: list[Candidate] = []
        used: set[int] = set()
        # a capitalised word inside a name is no act ("the Group to Support Islam and Muslims", "the Committee to Protect Journalists")
        named = [(m.start, m.end) for m in ctx.analysis.mentions_in(sent.start_char, sent.end_char)]
        for tok in span_tokens(sent):
            if tok.i in used or (tok.is_title and tok.i > sent.start and any(s <= tok.idx < e for s, e in named)):
                continue
            cand, taken, vo = None, None, None
            if tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "NOUN" and tok.tag_.startswith("VB")) or _coordinated_verb_as_modifier(tok) is not None \
                    or _counted_doers_verb(tok) is not None \
                    or (tok.pos_ == "ADJ" and tok.dep_ == "conj" and tok.head.pos_ == "VERB" and any(c.dep_ == "dobj" for c in tok.children)):
                # ("advanced and overran army positions": a conjunct verb with an object, tagged an adjective)
                spec = self.lex.verbs.get(verb_lemma(tok, self.lex.verbs))
                if spec is not None and spec.event == "ASSAULT" and _takes_a_chance(tok, self.lex):
                    spec = None  # "urged both sides to seize this moment": no act of force
                # people taken by armed men before any other reading of the verb ("were seized when gunmen stopped
                # their vehicle": captives, not territory)
                takers = self._armed_takers(ctx, tok) if tok.lemma_.lower() in self.lex.armed_takings.get("verbs", ()) else []
                if takers:
                    spec = TAKEN_CAPTIVE
                elif (spec is not None and spec.acled in TERRITORY_SUB_TYPES
                      and (seized := [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")])
                      and (self._crew_taken(ctx, tok, seized) or (any(self._named_vessel(c) for c in seized) and self._craft_hijacked(ctx, tok)))):
                    spec = TAKEN_CAPTIVE  # "pirates seized the crew of 18", "pirates seized the MV Aris 13": no territory, people held
                elif tok.lemma_.lower() in self.lex.reduce_verbs and any(
                        c.dep_ in ("dobj", "nsubjpass") and self._relation_object(c) for c in tok.children):
                    spec = REDUCE_RELATIONS
                elif (place := self._territory_taken(tok, ctx)) is not None:
                    spec, taken = TAKES_TERRITORY, place
                elif spec is None and self._drives_out(ctx, tok):
                    spec = DRIVES_OUT
                elif (vo := self._verb_object_event(tok)) is not None:
                    spec = spec if vo.event == "MOBILIZE" and spec is not None and _contributed(tok) else vo
                    forced = self.lex.verbs.get(verb_lemma(tok, self.lex.verbs))
                    craft = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")] if vo.mode == "seize" else []
                    if vo.mode in self.lex.located_modes and spec is vo and forced is not None and forced.event == "ASSAULT" \
                            and (hijack := self._hijacking(craft)) is not None and self._craft_hijacked(ctx, tok):
                        # "pirates seized a tanker", "the ship was seized by pirates": a craft taken by armed men or
                        # criminals is hijacked, coded as "hijacked" codes it (events.yaml verb_object_events: a ship
                        # with its crew held, a truck or car looted)
                        spec = TAKEN_CAPTIVE if self._people_aboard(craft) else hijack
                    elif vo.mode in self.lex.located_modes and spec is vo and forced is not None and forced.event == "ASSAULT" and self._taken_by_force(ctx, tok):
                        spec = forced  # "militants seized weapons", "seized rifles from soldiers": a raid, not a confiscation
                    if spec is vo:  # "staged a strike": the object is this event's, no event of its own
                        objs = [g for c in tok.children if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "on")
                                for g in ([c] if c.dep_ == "dobj" else c.children)]
                        used.update(o.i for o in objs)
                        if vo.event == "PROTEST":  # "began a hunger strike": the noun's own kind of protest
                            spec = next((n for o in objs for k in (*(c for c in o.children if c.i == o.i - 1 and c.dep_ in ("compound", "amod")), o)
                                         if (n := self.lex.nouns.get(self._noun_key(k)[0] or "")) is not None and n.event == "PROTEST"), vo)
                elif (preps := (self.lex.request_phrasals or {}).get(tok.lemma_.lower())) and any(
                        (c.dep_ == "prep" and c.lower_ in preps)
                        or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in preps for m in c.children))  # "pushed for X to do"
                        for c in tok.children):
                    spec = CALL_FOR
                elif spec is None and self._fired_on(tok):
                    spec = FIRED_ON
                elif spec is None and self._munition_landed(tok):
                    spec = MUNITION_LANDED
                if (spec is None or spec.event != "ASSAULT") and _killing_phrase(tok):
                    spec = self.lex.verbs.get("kill", spec)  # "hacked to death": a killing, not a cyber attack
                if spec is not None and _own_work(tok, self.lex):
                    spec = None  # "offered a reward for information", "suspended operations at the mine": no event (events.yaml)
                if (spec is not None and spec.event == "REJECT" and tok.lemma_.lower() in self.lex.deny_verbs
                        and _own_act_denied(tok, self.lex.reporting_verbs | self.lex.harm_doer_speech_verbs, self.lex.granted_things, self.lex.granted_activities)):
                    spec = None  # "the minister denied misleading parliament": a denial of what one is said to have done (CAMEO 016)
                if spec is not None and spec.event == "ASSAULT" and self._ground_entered(ctx, tok, sent):
                    spec = None  # "fans stormed the pitch after the match": a pitch invasion, no violence told
                if (spec is None or spec.event == "ASSAULT") and criticism(tok):
                    spec = CRITICISM  # "lawmakers attacked the budget request", "slammed X for Y": words, no blow
                if spec is not None and spec.event == "PROTEST" and (
                        any(c.dep_ == "ccomp" and not _semicolon_between(c, tok) for c in tok.children) or self._says_clause(ctx, tok)):
                    spec = VERBAL_PROTEST  # "X protested that Y ...": a complaint voiced (CAMEO 11), not a demonstration
                if spec is None and self._holds_responsible(tok):
                    spec = HELD_RESPONSIBLE
                if spec is None and self._vowed_harm(tok):
                    spec = VOWED_HARM
                if spec is not None and tok.lemma_.lower() in self.lex.executions and not _people_object(tok):
                    spec = None  # "executed the plan", "hung banners": only people are executed
                if spec is not None and tok.lemma_.lower() in self.lex.office_removals and self._people_removed(tok):
                    spec = None  # "dismissed the army chief": removed from office, no rejection ("dismissed the claims" is one)
                spec = self._protesters_act(tok, spec)
                if spec is not None and spec.mode == "apologize" and self._regrets_others_act(tok):
                    spec = REGRETTED_ACT
                if spec is not None and spec.event == "ASSAULT" and self._labour_strike(tok):
                    spec = LABOUR_STRIKE
                if spec is not None and tok.pos_ != "AUX":
                    cand = self._verb(ctx, tok, spec, sent, used)
                    if cand is not None and spec is TAKEN_CAPTIVE and not cand.source:
                        cand.source = takers  # "were taken when gunmen stopped their vehicle": the men of the clause
                    if cand is not None and spec is TAKEN_CAPTIVE and not cand.target:
                        cand.target = self._seized(ctx, tok)  # "seized the crew of 18", "seized the MV Aris 13"
                    if cand is not None and spec.mode == "abduct" and tok.lemma_.lower() in self.object_events_of and any(
                            c.dep_ in ("dobj", "nsubjpass") and self._named_vessel(c) for c in tok.children):
                        cand.target = self._seized(ctx, tok) or cand.target  # "hijacked the MV Aris off X": the ship, not X
                    if cand is not None and spec is vo and vo.mode == "abduct":  # (spec is not None here, so neither is vo)
                        cand.target = self._complement_object(ctx, tok, cand, vo)
                    if cand is not None and taken is not None:  # the place controlled, not "control"
                        cand.target = self._actors(ctx, taken, tok) or [r for r in cand.target if (r.text or "").lower() != "control"]
                    if cand is not None and spec.event == "ASSAULT" and cand.acled in TERRITORY_SUB_TYPES and (lost := self._taken_from(ctx, tok)):
                        cand.target = lost  # "seized X from government forces": the losers, not the place
                    if cand is not None and spec is HELD_RESPONSIBLE and not cand.target:  # "holds Moscow responsible" (a small clause)
                        cand.target = [a for o in _held_responsible(tok, self.lex) for a in self._actors(ctx, o, tok) if not _same(a, cand.source)][:1]
                    if cand is not None and spec.event == "ASSAULT" and not cand.target and spec.mode == "firearms":
                        # "opened fire on the crowd": whom, in the phrase under the verb or under its "fire"
                        cand.target = self._aimed_at(ctx, tok, cand) or next(
                            (t for o in tok.children if o.dep_ == "dobj" and (t := self._aimed_at(ctx, o, cand))), [])
                    if cand is not None and spec.event == "CRIME" and not any(r.code or r.sector for r in cand.target):
                        cand.target = self._robbed(ctx, tok) or cand.target  # "stole cash from a bank": the bank
                    if cand is not None and spec is PROTESTERS_GATHERING:
                        cand.target = []  # "gathered outside parliament", "filled the square": where, not against whom
                    if cand is not None and (owners := self._work_owners(ctx, tok)) is not None:
                        # "suspended the operations of the mining company": the company, not "operations" (when named)
                        cand.target = owners[0] or [r for r in cand.target if not any(_ref_covers(r, o) for o in owners[1])]
                    if cand is not None and spec is VERBAL_PROTEST and not cand.target and (q := ctx.quote_for_cue(tok)) is not None:
                        accused = self._accused(ctx, q, {r.code for r in cand.source if r.code})
                        cand.target = [accused] if accused is not None else []
                    if cand is not None and spec is VERBAL_PROTEST and not cand.target:  # the subject of what was said
                        cand.target = [a for c in tok.children if c.dep_ == "ccomp" and (said := self._subject(c)) is not None
                                       for a in self._actors(ctx, said, c) if not _same(a, cand.source)][:1]
                if spec is None and tok.lemma_.lower() in self.lex.death_verbs:
                    cand = self._died_in_attack(ctx, tok, sent)
            elif tok.pos_ == "NOUN" and (cand := self._denied_gerund(ctx, tok, sent)) is not None:
                pass  # "denied meeting officials of X": the act denied, its gerund parsed as a modifier of its object
            elif tok.pos_ in ("NOUN", "PROPN"):
                key, head, start = self._noun_key(tok)
                spec = self.lex.nouns.get(key) if key else None
                onset = (tok.dep_ in SUBJ and tok.head.lemma_.lower() in self.lex.onset_frames  # "heavy fighting erupted in X"
                         # (not "the violence that has killed thousands since 2012 continued": a conflict going on, no new fight)
                         and not any(c.dep_ == "relcl" and self._harm_of_a_conflict(c) for c in tok.children))
                if spec is None and (tok.dep_ == "attr" or onset) and self.lex.existential_nouns:  # "there was heavy fighting in X"
                    spec = self.lex.existential_nouns.get(tok.lemma_.lower()) or self.lex.existential_nouns.get(tok.lower_)
                    if spec is not None and self._harm_in_general(tok):
                        spec = None
                    # "there was an exchange of fire between X and Y": the noun of a verb of verb_object_events
                    # (an existential type's row), its object the "of" phrase
                    spec = spec or next((sp for _v, particle, objects, complements, sp in self.object_events_of.get(tok.lemma_.lower(), ())
                                         if not particle and not complements and sp.event in self.lex.existential_events
                                         and any(c.dep_ == "prep" and c.lower_ == "of" and g.dep_ == "pobj" and g.lemma_.lower() in objects
                                                 for c in tok.children for g in c.children)), None)
                if (spec is None and tok.pos_ == "NOUN" and tok.dep_ in SUBJ and self._turned_violent(tok.head)
                        and tok.lemma_.lower() in (self.lex.violent_turns or {}).get("subjects", ())):
                    spec = PROTESTERS_GATHERING  # "a march by teachers turned violent": a gathering told by a word of no event alone
                if spec is not None:
                    cand = self._noun(ctx, head, spec, sent, start)
                    if head.i != tok.i:
                        used.add(head.i)
                elif (killing := self.harm_nouns.get(tok.lemma_.lower()) or self.harm_nouns.get(tok.lower_)):
                    act = self.lex.verbs.get(killing)
                    condemned = tok.lemma_.lower() in (self.lex.killing_nouns or {}) or tok.lower_ in (self.lex.killing_nouns or {})
                    cand = (self._condemned_killing(ctx, tok, act, sent) if condemned else None) or self._act_with_consequence(ctx, tok, act, sent)
            if ((cand is None or not cand.source) and tok.tag_ == "VBG" and tok.dep_ in SUBJ and tok.head.lemma_.lower() in self.lex.onset_frames
                    and (spec := (self.lex.existential_nouns or {}).get(tok.lower_)) is not None):
                cand = self._noun(ctx, tok, spec, sent, tok.idx) or cand  # "Fighting continued on Sunday", the noun parsed as a gerund
            if cand is None or self._act_not_done(cand) or _standing_relative(cand.trigger) or self._harm_of_a_conflict(cand.trigger):
                continue
            if _running_total(cand, self.lex.harm_verbs) or _allegiance_described(cand):
                continue
            if background or self._is_aggregate(cand) or (cand.spec.event == "ASSAULT" and aggregate_sentence and (not total_verbs or cand.trigger.i in total_verbs)) or self._told_over_span(cand):
                log.debug("background, not an incident: %s", sent.text[:80])
                continue
            out.append(cand)
            if (coup := self._coup_told_with(cand)) is not None:
                used.add(coup.trigger.i)
                out.append(coup)
        if not background:
            out.extend(self._obligations(ctx, sent))
            if not out and not aggregate_sentence:
                out.extend(c for c in self._verbless_acts(ctx, sent) if not self._act_not_done(c))
            if not aggregate_sentence and not any(c.spec.event == "ASSAULT" for c in out):
                out.extend(c for c in self._bodies_found(ctx, sent) if not self._act_not_done(c))
        ctx.triggers = {c.trigger.i: c.spec.event for c in out if c.trigger.pos_ == "VERB"}
        for cand in out:
            self._recode(cand)
        out = self._one_rejection_per_refusal(out)
        for cand in out:
            self._fill_context(ctx, cand)
        return self._raids_for_arrests(out)

    def _raids_for_arrests(self, cands: list[Candidate]) -> list[Candidate]:
        """A raid by forces told as the way to an arrest of its own clause ("troops raided a house and
        arrested three suspects", events.yaml ``arrest_raids``) with no one killed or hurt and no armed
        side struck is the arrest (ACLED codes the operation as Arrests), not a clash of its own."""
        raids = (self.lex.arrest_raids or frozenset())
        arrests = [c for c in cands if c.spec.event == "COERCE" and c.mode == "arrest"]
        if not arrests or not raids or any(_harm(c.dead) or _harm(c.injured) for c in cands):
            return cands

        def linked(a: Token, b: Token) -> bool:
            return (a.dep_ == "conj" and a.head.i == b.i) or (b.dep_ == "conj" and b.head.i == a.i) or (
                a.dep_ == "conj" and b.dep_ == "conj" and a.head.i == b.head.i)

        return [c for c in cands if not (
            c.spec.event == "ASSAULT" and c.trigger.lemma_.lower() in raids and c.source
            and all(r.sector in STATE_SECTORS for r in c.source) and not any(r.sector in ARMED_SECTORS for r in c.target)
            and any(linked(c.trigger, a.trigger) for a in arrests))]

    def _verbless_acts(self, ctx: _Doc, sent: SpacySpan) -> list[Candidate]:
        """A sentence the parser made one noun phrase ("Supporters of the opposition set fire to a
        police station", "set" parsed as a modifier of "fire"): a verb of events.yaml ``verb_object_events``
        followed by one of its objects ("set fire") is the act, the noun at the root before it its
        doers, and the object of the preposition after it the one acted on."""
        doc = sent.doc
        root = sent.root
        if root.pos_ not in ("NOUN", "PROPN"):
            return []
        for tok in span_tokens(sent):
            if tok.i + 1 >= sent.end or root.i >= tok.i or tok.dep_ not in ("compound", "amod", "nmod", "npadvmod"):
                continue
            obj = doc[tok.i + 1]
            spec = next((sp for verbs, particle, objects, complements, sp in self.lex.verb_object_events
                         if tok.lower_ in verbs and not particle and not complements and (obj.lower_ in objects or obj.lemma_.lower() in objects)), None)
            if spec is None:
                continue
            cand = Candidate(trigger=tok, spec=spec, sent=sent, start=tok.idx, end=tok.idx + len(tok), mode=spec.mode, acled=spec.acled)
            cand.source = self._actors(ctx, root, tok)
            prep = doc[tok.i + 2] if tok.i + 2 < sent.end else None
            if prep is not None and prep.pos_ == "ADP":
                cand.target = [a for g in prep.children if g.dep_ == "pobj" for a in self._actors(ctx, g, tok)][:1]
            return [cand] if cand.source else []
        return []

    def _bodies_found(self, ctx: _Doc, sent: SpacySpan) -> list[Candidate]:
        """Bodies found with marks of violence told in the sentence (events.yaml ``bodies_found``):
        a killing, its victims the "of" phrase of the bodies ("the bodies of three men")."""
        words = self.lex.bodies_found or {}
        graves = [t for t in span_tokens(sent) if t.lower_ in words.get("graves", ()) and any(
            c.dep_ in ("amod", "compound") and c.lower_ in words.get("grave_marks", ()) for c in t.children)]  # "a mass grave"
        if graves and self._past_era(ctx, sent):
            graves = []  # "a mass grave ... of soldiers from the First World War", "... of the 1995 massacre": history, no new killing
        if not words.get("verbs") or not (graves or any(t.lower_ in words["violence"] or t.lemma_.lower() in words["violence"] for t in span_tokens(sent))):
            return []
        kill = self.lex.verbs.get("kill")
        grave_at = {g.i for g in graves}
        for verb in span_tokens(sent):
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in words["verbs"] or any(c.dep_ == "neg" for c in verb.children):
                continue
            body = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in words["nouns"] or c.lower_ in words["nouns"])), None)
            grave = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.i in grave_at), None)
            if body is None and grave is not None:
                # "a mass grave containing the bodies of 43 people was found": the bodies it holds
                body = next((t for t in grave.subtree if t.lower_ in words["nouns"] or t.lemma_.lower() in words["nouns"]), None)
            if body is None or kill is None:
                continue
            cand = Candidate(trigger=verb, spec=kill, sent=sent, start=verb.idx, end=verb.idx + len(verb))
            victims = [g for c in body.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            cand.target = [a for g in victims for a in self._actors(ctx, g, verb, unnamed=True)]
            if not any(r.sector in ("MIL", "POL", "REB") for r in cand.target):
                cand.acled = "Attack"  # people found killed, no fighters told: violence against civilians, as ACLED codes it
            return [cand]
        return []

    @staticmethod
    def _past_era(ctx: _Doc, sent: SpacySpan) -> bool:
        """A sentence that tells a past era: a named war or massacre (an EVENT name, "the First World
        War") or a year before the publication's ("the 1995 massacre")."""
        a = ctx.analysis
        published = a.article.published or a.options.published
        for e in sent.ents:
            if e.label_ == "EVENT":
                return True
            if e.label_ == "DATE" and published is not None:
                years = [int(t.text) for t in e if t.like_num and len(t.text) == 4 and t.text.isdigit()]
                if any(1000 < y < published.year for y in years):
                    return True
        return False

    def _taken_by_force(self, ctx: _Doc, verb: Token) -> bool:
        """Things seized by an armed group ("militants seized weapons and vehicles") or from armed men
        ("seized rifles from soldiers"): taken in a raid, a fight; a state's forces seizing goods or
        arms confiscate them (CAMEO 1711)."""
        # (a passive's taker is its "by" phrase: "two gunmen were killed and their weapons seized by troops")
        taker = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None) or self._subject(verb)
        if taker is not None and any(r.sector == "REB" for r in self._actors(ctx, taker, verb)):
            return True
        return any(r.sector in ARMED_SECTORS for h in (verb, *(c for c in verb.children if c.dep_ == "dobj")) for r in self._robbed(ctx, h))

    def _craft_hijacked(self, ctx: _Doc, verb: Token) -> bool:
        """A vessel or vehicle seized by a non-state armed group or by criminals (REB, CRM: "pirates seized a
        tanker", "the ship was seized by pirates", "gunmen seized a bus"), its subject or its passive's agent: a
        hijacking (CAMEO 181); seized by a state's forces it is confiscated (CAMEO 1711), and one taken from armed men
        ("seized two vehicles from soldiers") is taken in a fight (_taken_by_force)."""
        if any(r.sector in ARMED_SECTORS for h in (verb, *(c for c in verb.children if c.dep_ == "dobj")) for r in self._robbed(ctx, h)):
            return False
        craft = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if any(self.book.sectors.heads.get(m.lemma_.lower()) in ARMED_SECTORS for c in craft for m in c.children if m.dep_ in ("compound", "amod")):
            return False  # "seized three army trucks", "a police vehicle": the forces' materiel taken in a fight (_taken_by_force)
        if any(t.lemma_.lower() in self.lex.armed_cargo for t in self._cargo(craft)):
            return False  # "a truck loaded with weapons": arms taken, as "seized weapons" is
        takers = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if not takers and (subj := self._subject(verb)) is not None and subj.dep_ != "nsubjpass":
            takers = [subj]
        return any(r.sector in ("REB", "CRM") for t in takers for r in self._actors(ctx, t, verb, unnamed=True))

    @staticmethod
    def _cargo(craft: list[Token]) -> list[Token]:
        """What a craft is told to carry: "a truck carrying 30 passengers", "a car with three engineers inside", "a
        truck loaded with weapons" (the object of its participle or of its "with"), conjuncts too."""
        out: list[Token] = []
        for c in craft:
            for a in c.children:
                if a.dep_ in ("acl", "amod", "relcl") and a.pos_ == "VERB":
                    objs = [g for g in a.children if g.dep_ == "dobj"] + [g for p in a.children if p.dep_ == "prep" and p.lower_ == "with" for g in p.children if g.dep_ == "pobj"]
                elif a.dep_ == "prep" and a.lower_ == "with":
                    objs = [g for g in a.children if g.dep_ == "pobj"]
                else:
                    continue
                out.extend(t for o in objs for t in (o, *o.conjuncts))
            # ("seized a car with three engineers inside": the "with" parsed on the verb, right after the craft)
            out.extend(g for p in c.head.children if p.dep_ == "prep" and p.lower_ == "with" and p.i == c.right_edge.i + 1
                       for o in p.children if o.dep_ == "pobj" for g in (o, *o.conjuncts))
        return out

    def _people_aboard(self, craft: list[Token]) -> bool:
        """A craft told with people in it ("a truck carrying 30 passengers", "a car with three engineers inside"):
        seized, those aboard are taken (CAMEO 181 abduct), whatever the craft."""
        return any(t.lemma_.lower() in _people_nouns() or t.lower_ in _people_nouns() for t in self._cargo(craft))

    def _hijacking(self, craft: list[Token]) -> Trigger | None:
        """The "hijack" row of events.yaml verb_object_events for the first craft named (a ship: its crew held; a truck:
        looted), None if no row names it."""
        rows = self.object_events_of.get("hijack", ())
        return next((spec for c in craft for _v, _p, objects, _c, spec in rows if c.lemma_.lower() in objects or c.lower_ in objects
                     or ("ship" in objects and self._named_vessel(c))), None)

    def _named_vessel(self, tok: Token) -> bool:
        """A ship told by its name with a prefix ("the MV Aris 13", events.yaml ``vessel_prefixes``)."""
        return tok.pos_ == "PROPN" and any(c.dep_ == "compound" and c.lower_ in self.lex.vessel_prefixes for c in tok.children)

    def _seized(self, ctx: _Doc, verb: Token) -> list[ActorRef]:
        """The people or the named ship a verb of taking seized, described ("the crew": civilians) or named."""
        out = []
        for c in verb.children:
            if c.dep_ not in ("dobj", "nsubjpass"):
                continue
            if self._named_vessel(c):
                start, end = c.left_edge.idx, c.right_edge.idx + len(c.right_edge)
                if c.left_edge.dep_ == "det":
                    start = c.doc[c.left_edge.i + 1].idx
                out.append(ActorRef(text=ctx.analysis.article.text[start:end], name="ship", code=None, sector=None, start=start, end=end))
            elif c.lemma_.lower() in _people_nouns() or c.lower_ in _people_nouns():
                out.append(self._described_person(ctx, c, verb))
        return out

    def _crew_taken(self, ctx: _Doc, verb: Token, craft: list[Token]) -> bool:
        """People of no armed side seized by an armed group or criminals ("pirates seized the crew of 18", "gunmen
        seized two passengers"): taken captive (CAMEO 181), no territory taken and no clash."""
        heads = self.book.sectors.heads
        people = [c for c in craft if (c.lemma_.lower() in _people_nouns() or c.lower_ in _people_nouns())
                  and heads.get(c.lemma_.lower()) not in ARMED_SECTORS and heads.get(c.lower_) not in ARMED_SECTORS]
        return bool(people) and self._craft_hijacked(ctx, verb)

    def _robbed(self, ctx: _Doc, verb: Token) -> list[ActorRef]:
        """Whom a theft is from ("stole cash from a bank", "took phones from passengers"): the "from" phrase."""
        return next((found for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children
                     if g.dep_ == "pobj" and (found := self._actors(ctx, g, verb, unnamed=True) or self._thing(ctx, g, verb))), [])

    def _fired_on(self, tok: Token) -> bool:
        """'fired on protesters', 'fired at a bus' (events.yaml aimed_fire): a verb that attacks with its
        preposition, whose object is no time ("fired the minister on Monday" has an object of its own)."""
        preps = (self.lex.aimed_fire or {}).get(tok.lemma_.lower())
        if not preps or any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children):
            return False
        return any(c.dep_ == "prep" and c.lower_ in preps and any(g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")
                                                                  and g.lemma_.lower() not in self.lex.aimless_fire for g in c.children)
                   for c in tok.children)

    def _munition_landed(self, tok: Token) -> bool:
        """"Syrian shells landed inside Turkey", "rockets fell on the town" (events.yaml munition_landing):
        a fired munition (shelling_words, not a warship or tank) coming down somewhere is a shelling."""
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in self.lex.munition_landing:
            return False
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        return (subj is not None and subj.lower_ in self.lex.shelling_words and subj.lemma_.lower() not in self.lex.aerial_words
                and subj.lemma_.lower() not in ("tank", "warship", "gunboat", "frigate"))

    def _regrets_others_act(self, tok: Token) -> bool:
        """"France regretted the decision": regret of an act (events.yaml act_nouns) not the
        regretter's own ("regretted its decision" stays a concession) is a criticism of its doer."""
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is None or obj.lemma_.lower() not in self.lex.act_nouns:
            return False
        return not any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES_WITH_MY for c in obj.children)

    def _work_owners(self, ctx: _Doc, verb: Token) -> tuple[list[ActorRef], list[Token]] | None:
        """Whose work a verb with an object of events.yaml ``no_event_objects`` halts, named after "of" or "by"
        in the object's phrase or after "by" on the verb ("suspended the operations of the airline", "suspended
        drilling by Shell"): the party sanctioned (the actors named, maybe none known) and the objects (no party
        themselves); None when no such object or no owner is told."""
        objs = _work_objects(verb, self.lex)
        if not objs:
            return None
        preps = [c for o in objs for c in o.children if c.dep_ == "prep" and c.lower_ in ("of", "by")]
        preps += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by" and any(o.dep_ == "dobj" for o in objs)]
        owners = [g for p in preps for g in p.children if _party_word(g)]
        if not owners:
            return None
        return [a for g in owners for a in self._actors(ctx, g, verb, unnamed=True)][:1], objs

    def _ground_entered(self, ctx: _Doc, tok: Token, sent: SpacySpan) -> bool:
        """The crowd of a game or a show running onto its ground or stage ("fans stormed the pitch",
        "spectators invaded the field of play after the match"; events.yaml ``ground_invasions``), with no
        harm told in the sentence (no one killed, hurt or beaten). Not militants, soldiers or protesters
        storming a gas field or a court, nor any crowd storming a field or a stage with no game or show told."""
        grounds = self.lex.ground_invasions or {}
        if tok.lemma_.lower() not in grounds.get("verbs", ()):
            return False
        told = {t.lemma_.lower() for t in span_tokens(sent)} | {t.lower_ for t in span_tokens(sent)}
        game = bool(told & grounds.get("context", frozenset()))
        objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if not any(o.lemma_.lower() in grounds.get("grounds", ()) or (game and o.lemma_.lower() in grounds.get("venues", ())) for o in objs):
            return False
        doers = [c for c in tok.children if c.dep_ == "nsubj"] + [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        doers += [g for d in list(doers) for c in d.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        doers += [c for d in list(doers) for c in d.children if c.dep_ == "conj"]
        watchers = grounds.get("doers", frozenset()) | (grounds.get("crowds", frozenset()) if game else frozenset())
        if not any(d.lemma_.lower() in watchers or d.lower_ in watchers for d in doers):
            return False
        return not any(t.i != tok.i and t.lemma_.lower() in self.lex.harm_verbs for t in span_tokens(sent)) and not any(
            m.start is not None and sent.start_char <= m.start < sent.end_char and m.unit in ("killed", "dead", "injured") and _harm(m)
            for m in ctx.analysis.magnitudes)

    def _vowed_harm(self, tok: Token) -> bool:
        """"The president vowed to punish the attackers", "swore to avenge them": a harm that is no
        event on its own (events.yaml ``warned_acts``), promised in the open clause of a verb of
        threat (``threat`` ``heads``), is a threat (CAMEO 13, PLOVER THREATEN) to its object, as
        "vowed to fight" is; not "did not vow to punish", nor "vowed not to retaliate"."""
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in self.lex.warned_acts:
            return False
        controlled = tok.dep_ == "xcomp" or (tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children))
        return (controlled and tok.head.lemma_.lower() in self.lex.threat_heads
                and not any(c.dep_ == "neg" for t in (tok, tok.head) for c in t.children))

    def _holds_responsible(self, tok: Token) -> bool:
        """"held the rebels responsible (for X)", "holds Moscow responsible": an accusation of the
        object. The word is the verb's predicate or follows the object ("a responsible job" is none)."""
        if tok.lemma_.lower() != "hold" or "hold" not in self.lex.blame_verbs:
            return False
        objs = _held_responsible(tok, self.lex)
        return bool(objs) and (any(c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and c.lower_ in self.lex.responsible_words for c in tok.children)
                               or any(c.dep_ == "amod" and c.i > o.i and c.lower_ in self.lex.responsible_words for o in objs for c in o.children))

    def _territory_taken(self, tok: Token, ctx: _Doc) -> Token | None:
        """The place in "took control of the town", "seized control of the airport in X", "took over the
        town of X" (events.yaml territory_control), else None: control of a firm or a body is no battle.
        A place is a word of place, a place entity, or a name the gazetteer resolved (the NER may
        take a town's name for a person's)."""
        terr = self.lex.territory_control or {}
        lemma = tok.lemma_.lower()
        if lemma not in terr.get("verbs", ()):
            return None
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        places = [g for o in objs if o.lemma_.lower() in terr.get("nouns", ()) for c in o.children
                  if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if lemma in terr.get("takeover_verbs", ()) and any(c.dep_ == "prt" and c.lower_ == "over" for c in tok.children):
            places += objs  # "took over the town"
        resolved = [(pl.start, pl.end) for pl in ctx.analysis.places if pl.resolved] if places else []
        return next((p for p in places if p.lemma_.lower() in self.territory_words or p.ent_type_ in ("GPE", "LOC", "FAC")
                     or any(a <= p.idx < b for a, b in resolved)), None)

    def _taken_from(self, ctx: _Doc, verb: Token) -> list[ActorRef]:
        """The side a place was taken from ("seized Kidal from government forces", "recaptured the town
        of X from insurgents"; events.yaml territory_control loser_preps): actors with a sector only, so
        a place in the phrase ("chased them from X") is where, not whom."""
        preps = (self.lex.territory_control or {}).get("loser_preps", ())
        heads = [verb, *(o for o in verb.children if o.dep_ == "dobj")]
        pobjs = [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children if g.dep_ == "pobj"]
        return [a for g in pobjs for a in self._actors(ctx, g, verb, unnamed=True) if a.sector]

    def _drives_out(self, ctx: _Doc, tok: Token) -> bool:
        """"Soldiers drove the militants out of the town", "chased the rebels from X": armed men driven
        from a place (events.yaml territory_control drive_verbs): territory taken from them. People
        driven out who are no armed side ("drove residents out of their homes") are no battle."""
        terr = self.lex.territory_control or {}
        if tok.lemma_.lower() not in terr.get("drive_verbs", ()):
            return False
        out = any(c.dep_ in ("prt", "prep", "advmod") and c.lower_ in terr.get("drive_particles", ()) for c in tok.children)
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        resolved = [(pl.start, pl.end) for pl in ctx.analysis.places if pl.resolved]
        from_place = any(c.dep_ == "prep" and c.lower_ in terr.get("drive_preps", ()) and (
            g.lemma_.lower() in self.territory_words or g.ent_type_ in ("GPE", "LOC", "FAC") or any(a <= g.idx < b for a, b in resolved))
            for h in (tok, *objs) for c in h.children for g in c.children if g.dep_ == "pobj")  # ("from X" parsed under the object)
        if not (out or from_place):
            return False
        return any(a.sector in ARMED_SECTORS for o in objs for a in self._actors(ctx, o, tok, unnamed=True))

    def _labour_strike(self, tok: Token) -> bool:
        """"Teachers struck for better pay", "workers are expected to strike": strike with no object
        done by working people or their unions (events.yaml labour_doers) is a labour strike."""
        if verb_lemma(tok, self.lex.strike_verbs) not in self.lex.strike_verbs or any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children):
            return False
        subj = self._subject(tok)
        return subj is not None and (subj.lemma_.lower() in self.lex.labour_doers or subj.lower_ in self.lex.labour_doers)

    def _protesters_act(self, tok: Token, spec: Trigger | None) -> Trigger | None:
        """An act done by protesters is a protest (events.yaml protest_doers): their violence or
        destruction ("protesters attacked a police post", "rioters looted shops") a riot, their
        gathering ("demonstrators occupied the square") a peaceful protest; their turn to violence
        ("protesters turned violent") a riot. Acts done to them ("protesters were beaten") and their
        statements or demands keep their own types."""
        doers = self.lex.protest_doers or {}
        violent = (spec is not None and (spec.event in ("ASSAULT", "CRIME") or spec.mode == "destroy")) or (spec is None and self._turned_violent(tok))
        gathering = spec is None and tok.lemma_.lower() in self.lex.protest_gathering_acts
        if not (violent or gathering):
            return spec  # (the subject is looked up only for the acts this can recode)
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
            # "two officers were killed by rioters": the doer is the agent; none told, the act is done to them
            subj = next((g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None) if violent else None
            if subj is None:
                return spec
        else:
            subj = self._subject(tok)
        if subj is None or subj.dep_ == "nsubjpass":
            return spec
        if subj.lower_ in QUANTITY_HEADS:  # "thousands of protesters", "a crowd of demonstrators"
            subj = next((g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), subj)
        sub = next((doers[t.lemma_.lower()] for t in (subj, *subj.conjuncts) if t.lemma_.lower() in doers), None)
        if sub is None:
            return spec
        if violent and spec is not None and sub == "Violent demonstration" and (objs := [k for c in tok.children if c.dep_ == "dobj" for k in (c, *c.conjuncts)]) \
                and all(o.lemma_.lower() in self.lex.symbolic_objects for o in objs):
            return PROTESTERS_GATHERING  # "protesters burned an effigy of the president": a gesture, no violence ("flags and cars": some)
        if violent:
            return Trigger(event="PROTEST", mode="riot", acled=sub)
        return PROTESTERS_GATHERING if sub == "Violent demonstration" else spec

    def _one_rejection_per_refusal(self, cands: list[Candidate]) -> list[Candidate]:
        """"refused to apologise": the refusal and the act refused (recoded REJECT) are one
        REJECT, told by the refusal; the act refused gives its mode and, when the refusal
        has none, its target ("refused to apologise to the families")."""
        embedded = {c.trigger.i: c for c in cands if c.spec.event == "REJECT" and c.trigger.dep_ == "xcomp"}
        drop: set[int] = set()
        for c in cands:
            inner = next((embedded[k.i] for k in c.trigger.children if k.dep_ == "xcomp" and k.i in embedded), None)
            if (c.spec.event == "REJECT" and inner is not None and inner is not c
                    and c.trigger.lemma_.lower() in self.lex.refusal_heads):
                c.source = c.source or inner.source
                c.target = c.target or inner.target
                c.mode = c.mode or inner.mode
                drop.add(id(inner))
        return [c for c in cands if id(c) not in drop]

    def _says_clause(self, ctx: _Doc, tok: Token) -> bool:
        """Whether ``tok`` introduces a quote whose content is a clause ("..., X protested"), not a
        topic ("protested against X")."""
        q = ctx.quote_for_cue(tok)
        if q is None:
            return False
        span = ctx.analysis.doc.char_span(q.content.start, q.content.end, alignment_mode="expand")
        # a verb inside the cue's own prepositional phrase ("protested against rising prices", "over
        # the law that bans X") or its object ("blocked roads leading to the port", "protested the law
        # that bans X") is part of the topic or what was acted on, not a clause said
        topic = {t.i for c in tok.children if c.dep_ in ("prep", "dobj") for t in c.subtree}
        return span is not None and any(t.pos_ in ("VERB", "AUX") and t.i not in topic for t in span)

    def _relation_object(self, obj: Token) -> bool:
        """A relation word as object, or as the kind of a generic effort ("mediation efforts")."""
        if obj.lemma_.lower() in self.lex.relation_objects:
            return True
        return obj.lemma_.lower() in self.lex.generic_event_heads and any(
            g.dep_ == "compound" and g.lemma_.lower() in self.lex.relation_objects for g in obj.children)

    def _stopped_plan(self, tok: Token) -> Token | None:
        """The verb of stopping (events.yaml ``stopped_plans``) whose object is a plan that ``tok``, its
        infinitive, tells ("foiled a plot to bomb parliament", "thwarted an attempt to attack the base")."""
        noun = self._stopped_plan_noun(tok)
        return noun.head if noun is not None else None

    def _stopped_plan_noun(self, tok: Token) -> Token | None:
        """The plan noun of :meth:`_stopped_plan` ("a plot", "an attempt"), whose verb of stopping is its head."""
        plans = self.lex.stopped_plans or {}
        if not (tok.dep_ in ("acl", "relcl", "xcomp", "advcl") and any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children)):
            return None
        if tok.dep_ in ("xcomp", "advcl"):  # the infinitive parsed on the verb, after the plan its object ("foiled a plot to bomb X")
            noun = next((c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i), None)
        else:
            noun = tok.head
        if noun is None or noun.lemma_.lower() not in plans.get("nouns", ()) or noun.dep_ not in ("dobj", "nsubjpass"):
            return None
        return noun if verb_lemma(noun.head, plans.get("verbs", frozenset())) in plans.get("verbs", ()) else None

    def _disrupting(self, verb: Token) -> Trigger | None:
        """The Disrupted weapons use row (events.yaml verb_object_events) of a verb of stopping a weapon, if it has one."""
        lemma = verb_lemma(verb, self.object_events_of)
        return next((spec for _v, _p, _o, _c, spec in self.object_events_of.get(lemma, ()) if spec.acled == DISRUPTED), None)

    def _verb_spec(self, tok: Token) -> Trigger | None:
        """A verb's event: its own row in ``verbs`` (by verb_lemma), else a verb-object row (_verb_object_event)."""
        return self.lex.verbs.get(verb_lemma(tok, self.lex.verbs)) or self._verb_object_event(tok)

    def _verb_object_event(self, tok: Token) -> Trigger | None:
        """A verb that is an event only with a given object ("strengthened its forces", "called off the strike")."""
        pairs = self.object_events_of.get(verb_lemma(tok, self.object_events_of), ())
        # a state the object is put in that is itself a row's object ("set the houses ablaze") tells the act
        # ("set ablaze three buses", the state before the object, parsed as a particle)
        states = [c for c in tok.children if c.dep_ in ("oprd", "advmod", "acomp", "ccomp", "prt") and any(c.lower_ in o for _, _, o, _, _ in pairs)]
        if not pairs or any(c.dep_ == "oprd" and c not in states for c in tok.children):
            return None  # "called the strike an attack", "declared the strike illegal": the object named, not done
        for _verbs, particle, objects, complements, spec in pairs:
            # "forced thousands to flee": the infinitive after the object says what they were made to do
            if complements and not any(c.dep_ == "xcomp" and c.lemma_.lower() in complements for c in tok.children):
                continue
            # the particle as the parse gives it: "called off", "forced X out of" (a preposition there)
            if particle and not any(c.dep_ in ("prt", "prep", "advmod") and c.lower_ == particle for c in tok.children):
                continue
            objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")] + states
            if spec.acled == DISRUPTED and not objs:
                # "IED recovered near school", "Bomb defused at station": a headline's weapon, parsed as the subject
                # (a weapon finds and defuses nothing)
                objs = [c for c in tok.children if c.dep_ == "nsubj"]
            if spec.acled == DISRUPTED and any(k.dep_ == "det" and k.lower_ == "no" for o in objs for k in o.children):
                continue  # "no explosives were found": none stopped
            if tok.dep_ == "compound" and tok.pos_ == "VERB" and tok.i + 1 == tok.head.i:
                objs.append(tok.head)  # "Military seizes power in coup": a headline verb the parser made a modifier of its object
            elif tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ == "NOUN" and not objs and spec.acled == DISRUPTED:
                # "their weapons seized by troops": the participle's noun is the weapon stopped (a craft "hijacked by
                # pirates" that others "stormed" is told of the storming, no hijacking of its own)
                objs.append(tok.head)
            elif (tok.dep_ == "amod" and tok.tag_ == "VBG" and tok.head.dep_ == "dobj"
                  and tok.head.head.lemma_.lower() in self.lex.deny_verbs):
                objs.append(tok.head)  # "denied holding hostages": the gerund parsed as a modifier of its object
            objs += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", particle) for g in c.children if g.dep_ == "pobj"]
            if spec.acled == "Chemical weapon" and any(_chemical(k, self.lex) for o in objs for k in (o, *o.children)):
                return spec  # "fired mustard gas", "dropped chemical munitions" (events.yaml chemical_*; not "a chemical plant")
            # "the ceasefire agreement", "700 kg of medicine", "a shipment of arms", "tear gas" (parsed as a modifier)
            # (not of what a weapon leaves: "found 11 shell casings" is evidence, events.yaml weapon_remnants)
            objs = [o for o in objs if o.lemma_.lower() not in self.lex.weapon_remnants and o.lower_ not in self.lex.weapon_remnants]
            objs += [k for o in list(objs) for k in o.children if k.dep_ == "compound" or (k.dep_ == "amod" and k.lower_ in objects)]
            objs += [g for o in list(objs) for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            # "a cache containing rifles", "a stockpile of 20 AK-47 rifles and grenades": a store's contents anywhere in its phrase
            objs += [k for o in list(objs) if o.lemma_.lower() in self.lex.store_nouns for k in o.subtree]
            # (a ship told by its name, "hijacked the MV Aris", is a ship: events.yaml vessel_prefixes)
            if any(o.lemma_.lower() in objects or o.lower_ in objects or ("ship" in objects and self._named_vessel(o)) for o in objs):
                if spec.two_sides and not self._two_sides(tok, objs, pairs):
                    continue  # "swapped exhausted soldiers for fresh troops": a rotation, no swap between sides
                if spec.acled == DISRUPTED and verb_lemma(tok, WRECKING_VERBS) in WRECKING_VERBS and not self._intercepted(tok, objects):
                    continue  # "Russian missiles destroyed 12 drones parked at an airbase": an attack, no interception
                return spec
        return None

    def _intercepted(self, verb: Token, objects) -> bool:
        """Weapons "destroyed"/"downed" in flight: a doer that is no weapon itself, an air defence when it
        "destroyed" ("air defence units destroyed 51 drones"), and every thing destroyed is a munition (a manned "fighter jet"
        among them is an aircraft hit, an attack)."""
        subj = self._subject(verb)
        if subj is not None and self._weapon_word(subj):
            return False
        if (verb_lemma(verb, WRECKING_VERBS) == "destroy" and (subj is None or not any(t.lemma_.lower() in AIR_DEFENCE_WORDS for t in subj.subtree))
                and not _destroyed_in_flight(verb)):
            return False  # ("downed" says in flight by itself: "the army downed 20 drones")
        things = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        things += [k for o in list(things) for k in o.conjuncts]
        return all(o.lemma_.lower() in objects or o.lower_ in objects or o.like_num or o.lower_ in QUANTITY_HEADS for o in things)

    def _two_sides(self, tok: Token, objs: list[Token], pairs: tuple) -> bool:
        """Whether the people a verb of swapping acts on ("exchanged 32 soldiers") are swapped between two sides
        (events.yaml verb_object_events ``two_sides``): a coordinated doer or a pair ("Armenia and Azerbaijan",
        "the two sides"); a swap named in the clause ("in a swap", "a prisoner exchange", "in exchange for"); or a
        "for" phrase of captives or of people coded apart from the ones given ("for two Azerbaijani servicemen")."""
        verbs = frozenset().union(*(v for v, *_ in pairs))
        captives = frozenset().union(*(o for _v, _p, o, _c, sp in pairs if sp.mutual and not sp.two_sides))
        if any(c.dep_ in ("nsubj", "nsubjpass") and (any(k.dep_ == "conj" for k in c.children) or self._pair_words(c) is not None)
               for c in tok.children):
            return True
        if any(t.pos_ == "NOUN" and t.lemma_.lower() in verbs for t in tok.subtree if t.i != tok.i):
            return True
        given = {e.code for o in objs for t in o.subtree if (e := self.book.lookup(t.text)) is not None and e.code}
        for prep in [c for h in (tok, *objs) for c in h.children if c.dep_ == "prep" and c.lower_ == "for"]:
            for g in (g for g in prep.children if g.dep_ == "pobj"):
                if g.lemma_.lower() in captives or g.lower_ in captives:
                    return True  # "exchanged 20 soldiers for 30 prisoners"
                codes = {e.code for t in g.subtree if (e := self.book.lookup(t.text)) is not None and e.code}
                if codes - given:
                    return True
        return False

    def _rescue(self, ctx: _Doc, verb: Token, objs: list[Token], cand: Candidate) -> bool:
        """Whether a release is a rescue (events.yaml ``rescued_captives``): forces free captives, told by their noun
        ("23 hostages"), a word of taking on them ("three kidnapped children") or a "from" phrase of their takers
        ("from their abductors", "from the gang")."""
        words = self.lex.rescued_captives or {}
        if verb.lemma_.lower() not in words.get("verbs", ()) or not any(r.sector in words.get("doer_sectors", ()) for r in cand.source):
            return False
        freed = _counted(objs)
        takings = [t for t in self._takings(verb) if not any(o.left_edge.i <= t.i <= o.right_edge.i for o in objs)]
        if freed and takings and all(o.pos_ in ("NUM", "PRON") or o.lower_ in ("all", "some", "most", "many") or any(
                c.dep_ == "dobj" and c.lemma_.lower() == o.lemma_.lower() for t in takings for c in t.children) for o in freed):
            # "Gunmen abduct 80 villagers, army frees 23": those freed where a taking is told are its captives when told
            # as them (a count, a pronoun, the taking's own noun; not "police released five suspects on bail" after "gunmen
            # kidnapped a pastor", nor "released the suspects arrested for abducting a girl": a taking told of those freed)
            return True
        if any(o.lemma_.lower() in words.get("nouns", ()) or any(c.lower_ in words.get("taken", ()) for c in o.children if c.dep_ in ("amod", "acl", "compound"))
               for o in freed):
            return True
        held = [g for o in freed for c in o.children if c.dep_ == "acl" and c.lower_ in words.get("held", ())
                for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
        if self._any_takers(ctx, held, verb):
            return True  # "freed 30 villagers held by the gang"; not "released 12 protesters held overnight" (their own holding)
        return self._any_takers(ctx, [g for h in (verb, *objs) for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
                                      for g in c.children if g.dep_ == "pobj"], verb)

    def _vessel_strike(self, verb: Token, doer: Token | None, struck: list[Token]) -> str | None:
        """How a vessel (or vehicle) striking is told (events.yaml ``vessel_strikes``): "water cannon" when it strikes with
        water cannon or hoses, "collision" when it strikes a vessel or vehicle with nothing ("a boat was hit by a coast guard
        ship"), else None (not a vessel's strike, or one with a weapon: "a warship hit the boat with a missile")."""
        words = self.lex.vessel_strikes or {}
        if verb.lemma_.lower() not in words.get("verbs", ()) or doer is None or doer.lemma_.lower() not in self.craft:
            return None
        means = [t for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for t in c.subtree]
        if any(t.lower_ in words.get("means", ()) for t in means):
            return "water cannon"
        return "collision" if not means and any(h.lemma_.lower() in self.craft for h in struck) else None

    def _rescued_people(self, rescued: list[Token], cand: Candidate) -> bool:
        """Whether a rescue saves people (PLOVER AID: humanitarian aid to people, by an actor): those rescued people, by
        their noun (magnitudes person nouns, events.yaml ``rescued_captives`` nouns, ``rescued_people``), a name of a person
        or a people, or a pronoun ("three children", "40 people", "a journalist", "them"; not "the national airline", "a
        point", "three failing lenders"), and the rescuer named (no event with none: "three children were rescued from a
        burning building" tells no one's act)."""
        if not cand.source:
            return False
        nouns = _people_nouns() | (self.lex.rescued_captives or {}).get("nouns", frozenset()) | self.lex.rescued_people
        heads = _counted(rescued)
        return not heads or any(h.lemma_.lower() in nouns or h.lower_ in nouns or h.ent_type_ in ("PERSON", "NORP") or h.pos_ in ("PRON", "NUM")
                                for h in heads)

    def _takers(self, ctx: _Doc, verb: Token, freed: list[Token]) -> list[ActorRef]:
        """Those who took the people freed by a verb of rescue: the agent of a participle on them ("abducted by
        al-Shabaab", "held by the gang"), the "from" phrase of the verb or of them ("from their kidnappers"), and the
        subject of a verb of taking told in the sentence ("gunmen abducted 80 villagers ...")."""
        toks = [g for o in freed for c in o.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
        toks += [g for h in (verb, *freed) for c in h.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children if g.dep_ == "pobj"]
        toks += [c for t in verb.sent if t.i != verb.i and t.lemma_.lower() in self._abduct_verbs for c in t.children if c.dep_ == "nsubj"]
        return [r for g in toks for r in self._actors(ctx, g, verb, unnamed=True)]

    def _any_takers(self, ctx: _Doc, toks: list[Token], verb: Token) -> bool:
        """Whether any of these words names takers ("by kidnappers", "from the gang", "by Boko Haram"): a noun of
        events.yaml ``rescued_captives`` takers, or a REB or CRM party."""
        takers = (self.lex.rescued_captives or {}).get("takers", ())
        return any(g.lemma_.lower() in takers or any(r.sector in ("REB", "CRM") for r in self._actors(ctx, g, verb, unnamed=True))
                   for g in toks)

    def _takings(self, verb: Token) -> list[Token]:
        """The verbs of taking ("abducted", "kidnapped") told in a verb's sentence and the one before it (``_with_previous``)."""
        return [t for t in _with_previous(verb.sent) if t.pos_ == "VERB" and t.lemma_.lower() in self._abduct_verbs]

    def _rescue_verb(self, verb: Token) -> bool:
        """Whether a verb tells a rescue: "rescue", or a verb of freeing (events.yaml ``rescued_captives``)."""
        return verb.lemma_.lower() == "rescue" or verb.lemma_.lower() in (self.lex.rescued_captives or {}).get("verbs", ())

    def _released_by_each(self, verb: Token, subj: Token) -> bool:
        """Whether a release by a coordinated doer is a swap between them: "each" on the doer or the verb ("X and Y each
        freed 50 soldiers"), or a swap named in the clause ("returned 95 prisoners in an exchange", "in a prisoner
        swap"; a noun of a verb of swapping, events.yaml verb_object_events ``mutual`` RETREAT rows)."""
        if any(c.lower_ == "each" and c.dep_ in ("appos", "advmod", "det", "npadvmod", "nsubj") for h in (verb, subj) for c in h.children):
            return True
        return any(t.pos_ == "NOUN" and t.lemma_.lower() in self.swaps for t in verb.subtree if t.i != verb.i)

    def _complement_object(self, ctx: _Doc, verb: Token, cand: Candidate, spec: Trigger) -> list[ActorRef]:
        """"Took 20 people hostage", "took three aid workers hostage": the object word of an abduction's
        verb-object row (events.yaml ``verb_object_events``, mode abduct: "hostage", "captive") told
        beside the people it is said of (a second object, or a plural the parser hung on it as a
        compound) says what they were made, no party: the people are whom the act is done to, when
        they are actors ("took the crew hostage" has none the codebook knows). An object word alone
        ("are holding three hostages") stays the target."""
        objects = next((o for _, _, o, _, s in self.lex.verb_object_events if s is spec), frozenset())
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        words = [o for o in objs if o.lemma_.lower() in objects or o.lower_ in objects]
        people = [o for o in objs if o not in words] + [k for o in words for k in o.children
                                                        if k.dep_ == "compound" and k.pos_ in ("NOUN", "PROPN") and k.tag_ in ("NNS", "NNPS")]
        if not words or not people:
            return cand.target
        text = ctx.analysis.article.text
        # ("three aid workers hostage" found as one mention: the people, up to the word hung on)
        found = [replace(a, text=text[a.start:p.idx + len(p)], end=p.idx + len(p))
                 if p.head in words and _ref_covers(a, p) and a.end > p.idx + len(p) else a
                 for p in people for a in self._actors(ctx, p, verb, unnamed=True)]
        kept = [r for r in cand.target if not any(_ref_covers(r, w) for w in words)]
        return kept + [a for a in found if not any(_key(a) == _key(r) for r in kept)]

    def _obligations(self, ctx: _Doc, sent: SpacySpan) -> list[Candidate]:
        """'X said (that) Y must do Z', 'a reminder to Y that it must ...': a demand of Y by X (CAMEO 10)."""
        out: list[Candidate] = []
        spec = Trigger(event="REQUEST", speech=True)
        for tok in span_tokens(sent):
            must = next((c for c in tok.children if c.dep_ == "aux" and c.lower_ == "must"), None)
            if must is None or tok.dep_ not in ("ccomp", "acl") or any(c.dep_ == "neg" for c in tok.children):
                continue
            head = tok.head
            speaker_verb = head.head if head.pos_ == "NOUN" and head.dep_ in ("dobj", "pobj") else head
            if speaker_verb.pos_ not in ("VERB", "AUX"):
                continue
            cand = Candidate(trigger=must, spec=spec, sent=sent, start=must.idx, end=must.idx + len(must))
            q = ctx.quote_for_cue(speaker_verb)
            if q is not None and (q.speaker.code or q.speaker.name):
                cand.source = self._speakers(ctx, q)
                cand.speaker_key = quote_speaker_key(q)
            subj = self._subject(speaker_verb)
            if not cand.source and subj is not None:
                cand.source = self._actors(ctx, subj, speaker_verb)
            obliged = self._subject(tok)
            if obliged is not None:
                cand.target = [a for a in self._actors(ctx, obliged, tok) if not _same(a, cand.source)]
            if not cand.target and obliged is not None and obliged.lower_ in PRONOUNS:
                # "a reminder to X that it must", "told X that they must": the pronoun is the one addressed
                addressed = [g for c in speaker_verb.children if c.dep_ in ("dative", "prep") and c.lower_ == "to"
                             for g in c.children if g.dep_ == "pobj"]
                addressed += [c for c in speaker_verb.children if c.dep_ in ("dobj", "dative") and c.pos_ in ("PROPN", "NOUN") and c.i != head.i]
                cand.target = [a for g in addressed for a in (self._actors(ctx, g, speaker_verb) or self._place_actor(ctx, g))
                               if not _same(a, cand.source)][:1]
            if any(r.code for r in cand.source) and any(r.code for r in cand.target):
                cand.speaker_key = cand.speaker_key or cand.source[0].actor_id or cand.source[0].code
                out.append(cand)
        return out

    def _noun_key(self, tok: Token) -> tuple[str | None, Token, int]:
        """Lexicon key for a nominal trigger, joining "cease-fire" and "air strike"."""
        doc = doc_tokens(tok.doc)  # asked of every noun: the shared tokens, not a new Token per look
        if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and not doc[tok.i + 1].whitespace_:
            key = f"{tok.text.lower()}-{doc[tok.i + 2].lemma_.lower()}"
            if key in self.lex.nouns:
                return key, doc[tok.i + 2], tok.idx
        if tok.i + 1 < len(doc):
            key = f"{tok.lower_} {doc[tok.i + 1].lemma_.lower()}"
            if key in self.lex.nouns:
                return key, doc[tok.i + 1], tok.idx
        if tok.i > 0 and doc[tok.i - 1].text == "-":
            return None, tok, tok.idx  # second half of a hyphenated word, handled above
        prev = doc[tok.i - 1] if tok.i > 0 else None
        if prev is not None and prev.pos_ == "ADJ" and prev.head.i == tok.i and f"{prev.lower_} {tok.lemma_.lower()}" in self.lex.nouns:
            return f"{prev.lower_} {tok.lemma_.lower()}", tok, prev.idx  # "a general strike": the adjective names the kind
        if tok.dep_ == "compound" and tok.head.i == tok.i + 1 and f"{tok.lower_} {tok.head.lemma_.lower()}" in self.lex.nouns:
            return None, tok, tok.idx
        lemma = tok.lemma_.lower()
        return (lemma if lemma in self.lex.nouns or tok.lower_ not in self.lex.nouns else tok.lower_), tok, tok.idx

    def _armed_takers(self, ctx: _Doc, verb: Token) -> list[ActorRef]:
        """"The five were taken by gunmen", "three workers were seized on Monday when gunmen stopped their
        vehicle": people (a people word, a pronoun, a bare count) taken, in the passive, by a non-state armed
        group (events.yaml ``armed_takings``: its agent alone if there is one, else the subject of a clause of
        time under the verb) are
        abducted (ACLED Abduction/forced disappearance); the armed doers, else none. People taken somewhere ("taken
        to hospital", "taken into custody") or in another sense ("taken in by relatives") are not."""
        spec = self.lex.armed_takings
        if verb.lemma_.lower() not in spec.get("verbs", ()) or not any(c.dep_ == "auxpass" for c in verb.children):
            return []
        subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if subj is None or not (_people_object(verb) or (subj.pos_ == "NUM" and not any(c.dep_ == "prep" for c in subj.children))):
            return []
        if any((c.dep_ == "prep" and c.lower_ in spec.get("carried_preps", ())) or (c.dep_ == "prt" and c.lower_ in spec.get("other_senses", ()))
               for c in verb.children):
            return []  # "taken to a medical centre", "taken into custody": carried somewhere; "taken in by relatives": sheltered
        agents = [c for c in verb.children if c.dep_ == "agent"]
        doers = [g for c in agents for g in c.children if g.dep_ == "pobj"]
        if not agents:  # a "by" phrase names the takers alone ("taken by surprise when militants attacked": no one taken)
            doers = [d for c in verb.children if c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in spec.get("clause_marks", ())
                                                                           for m in c.children)
                     if (d := self._subject(c)) is not None]
        refs = [a for d in doers for a in self._actors(ctx, d, verb, unnamed=True)]
        return refs if refs and all(r.sector in spec.get("doer_sectors", ()) for r in refs) else []

    def _no_base(self, verb: Token, objs: list[Token]) -> bool:
        """"Set up a camp for displaced families", "built a refugee camp": a place of shelter for people (a
        word of events.yaml ``base_not_armed.shelter_words`` as its "for" phrase or its modifier), and "opened its
        headquarters to journalists" (a verb of ``opened_to`` with a "to" phrase): no base established."""
        spec = self.lex.base_not_armed or {}
        people = spec.get("shelter_words", frozenset())
        if verb.lemma_.lower() in spec.get("opened_to", ()) and any(
                c.dep_ == "prep" and c.lower_ == "to" for n in (verb, *objs) for c in n.children):
            return True
        words = [c for o in objs for c in o.children if c.dep_ in ("amod", "compound", "nmod")]
        words += [g for n in (verb, *objs) for c in n.children if c.dep_ == "prep" and c.lower_ == "for"  # (the phrase at times on the verb)
                  for g in c.children if g.dep_ == "pobj"]
        return any(w.lower_ in people or w.lemma_.lower() in people for w in words)

    def _measure_reaching(self, verb: Token, subj: Token | None) -> Trigger | None:
        """"US sanctions hit Iranian banks", "the embargo targets arms sales": a verb of striking (events.yaml
        ``reach_verbs``) whose subject is a noun of a non-violent measure (``reach_measures``: a sanction, an
        embargo; not a siege) tells whom that measure reached, not an attack: the noun's trigger, else None."""
        if not self._measure_subject(verb, subj):
            return None
        key, _, _ = self._noun_key(subj)
        spec = self.lex.nouns.get(key) if key else None
        return spec if spec is not None and spec.event != "ASSAULT" else None

    def _measure_subject(self, verb: Token, subj: Token | None) -> bool:
        """A verb of striking (events.yaml ``reach_verbs``) whose subject is a noun of a non-violent measure
        (``reach_measures``), an event noun or not ("new tariffs hit steelmakers"): no attack."""
        if subj is None or verb.lemma_.lower() not in self.lex.reach_verbs or subj.pos_ != "NOUN":
            return False
        return self._noun_key(subj)[0] in self.lex.reach_measures or subj.lemma_.lower() in self.lex.reach_measures

    def _verb(self, ctx: _Doc, tok: Token, spec: Trigger, sent: SpacySpan, used: set[int]) -> Candidate | None:
        thrown = self.lex.thrown_missiles or {}
        if tok.lemma_.lower() in thrown.get("verbs", ()) and any(
                g.lemma_.lower() not in thrown.get("missiles", ()) for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"
                for g in c.children if g.dep_ == "pobj"):
            return None  # "critics pelted the minister with questions": nothing thrown
        if (spec.event == "COERCE" and spec.mode == "destroy" and tok.dep_ == "advcl" and tok.tag_ == "VBG"
                and not any(c.dep_ in SUBJ for c in tok.children)
                and (blast := self._verb_spec(tok.head)) is not None
                and (blast.mode == "explosives" or blast.acled == "Remote explosive/landmine/IED")):
            return None  # "blew up a section of track, derailing the engine": what the blast did, no act of its own
        stopper = self._stopped_plan(tok) if spec.event == "ASSAULT" else None
        if stopper is not None and spec.mode == "explosives" and (stopped := self._disrupting(stopper)) is not None:
            # "police foiled a plot to bomb parliament": a bombing planned and stopped is the weapon stopped, by
            # those who stopped it (any other attack planned and stopped stays the attempt, by no one named: below)
            spec, stopper = stopped, None
        if (spec.event == "ASSAULT" and tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.dep_ in ("dobj", "nsubjpass")
                and getattr(self._verb_object_event(tok.head.head), "acled", None) == DISRUPTED):
            return None  # "intercepted a rocket fired at the city": the weapon stopped did no harm, and its firing is no act of the stopper's
        cand = Candidate(trigger=tok, spec=spec, sent=sent, start=tok.idx, end=tok.idx + len(tok), mode=spec.mode, acled=spec.acled)
        subj = self._subject(tok)
        if self._measure_subject(tok, subj):
            return None  # "US sanctions hit Iranian banks", "tariffs hit steelmakers": the measure's reach (its own event, if any), no attack
        passive = any(c.dep_ == "nsubjpass" for c in tok.children) or any(c.dep_ == "auxpass" for c in tok.children)
        agent = next((g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        if (not passive and tok.dep_ == "conj" and tok.tag_ == "VBN" and not any(c.dep_ in SUBJ for c in tok.children)
                and any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.head.children)):
            # "were shot and wounded (by police)": the participle shares its head's passive and agent
            passive = True
            agent = agent or next((g for c in tok.head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        if passive and agent is None and tok.tag_ == "VBN" and not self._own_cause(tok):
            # ... and the first passive of the pair shares the "by" phrase of the second, told once at the end, where
            # the second is itself a harm, a theft or a destruction ("and 40 cattle stolen by vigilantes"; not "and
            # the wreckage removed by soldiers"), and the first tells no cause of its own ("killed in the accident")
            agent = next((g for n in tok.children if n.dep_ == "conj" and n.pos_ in ("NOUN", "PROPN") and n.i > tok.i
                          for v in n.children if v.dep_ == "acl" and v.tag_ == "VBN" and self._harm_verb(v)
                          for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        if (not passive and tok.tag_ == "VBN" and tok.dep_ == "pcomp" and tok.head.lower_ == "with"
                and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)):
            passive = True  # "..., with four more people killed on Sunday": a participle with its own subject, the people harmed
        gapped = _gapped_passive_subject(tok) if not passive else None
        if gapped is not None:
            # "two attackers had been killed and 11 suspects arrested", "... and 40 cattle stolen by vigilantes": the
            # suspects were arrested, the cattle stolen (by the vigilantes: the "by" phrase is the doers')
            passive, subj = True, gapped
        found = not passive and spec.event == "ASSAULT" and _found_harmed(tok, self.lex)
        if found:
            # "three men were found shot dead", "the bodies of farmers killed by gunmen": the participle
            # tells what was done to those found (described people: its victims), by its own "by" phrase if any
            passive = True
            subj = tok.head if tok.dep_ == "acl" else subj
        acted_on_event = tok.dep_ == "acl" and tok.tag_ == "VBN" and agent is not None and self._noun_key(tok.head)[0] in self.lex.nouns
        if not passive and acted_on_event and spec.event in self.lex.intent_types:
            passive, subj = True, None  # "a truce brokered by Egypt", "talks mediated by X": the agent's act; the deal is no party
        objs = [c for c in tok.children if c.dep_ in ("dobj", "dative")] or _up_to_objects(tok)
        if tok.dep_ == "amod" and tok.tag_ == "VB":  # "advance and overrun army positions" misparsed as a modifier
            objs, subj = [tok.head], self._subject(tok.head)
        elif (obj := _coordinated_verb_as_modifier(tok)) is not None:  # ... or as a noun before its object
            objs, subj = [obj], self._subject(obj)
        elif (obj := _counted_doers_verb(tok)) is not None:  # "as thousands protest fuel prices" (a headline)
            objs, subj = [obj], tok.doc[tok.i - 1]
        elif tok.dep_ in ("amod", "compound") and self._gerund_denied(tok) is not None:
            objs, subj = [tok.head], self._subject(tok.head.head)  # "denied arresting protesters", the gerund parsed as a modifier
        if spec.event == "PROTEST":
            # "protested outside parliament" parsed with "outside" as a modifier of its object: a place
            # phrase, where the protest was held, not whom it was against (as "protested outside the parliament")
            objs = [o for o in objs if not any(c.dep_ == "amod" and c.i == tok.i + 1 and c.i < o.i and c.lower_ in LOCATIVE_PREPS
                                               for c in o.children)]
        if self._requested(tok):
            return None
        if spec.event == "ASSAULT" and self._intent_denied(tok) and not self._told_anew(tok):
            # "the rebels denied deliberately shelling civilians": the intent is denied (a claim on the attack told,
            # see _responsibilities), neither the act nor its doer; no attack of its own. An act the denial itself
            # tells ("denied intentionally targeting a hospital in X", "... a market on Monday that killed 12")
            # is admitted: it stays, the intent alone denied
            return None
        if self._counts_only(tok) or (tok.lemma_.lower() in self.lex.active_only_verbs and (passive or found)):
            return None  # "12 were injured", "..., injuring 12": the hurt counted (events.yaml active_only_verbs)
        if self._in_charge(tok):
            # "convicted of killing an officer", "jailed for attacking": the charge, not an incident told
            # (nor its outcome: "convicted of attacking a checkpoint, killing four officers")
            return None
        if self._contest_won(tok, objs):
            return None  # "beat the deadline", "beat its rivals in the final": a win, not force
        if spec.event == "ASSAULT" and (struck := self._vessel_strike(tok, agent if passive else subj, [subj] if passive and subj is not None else objs)):
            # "a boat was hit by a coast guard ship": a collision, no attack; "hit with water cannon by a ship": force short of
            # an attack, as water cannon fired at it (COERCE restrict, events.yaml vessel_strikes)
            if struck == "collision":
                return None
            spec = cand.spec = Trigger(event="COERCE", mode="restrict", needs_target=True)
            cand.mode, cand.acled = spec.mode, spec.acled
        if tok.lemma_.lower() == "order" and not _orders_an_act(tok):
            return None  # "ordered patrols", "ordered an inquiry": a measure taken, not a demand of someone
        if tok.lemma_.lower() in ("send", "dispatch", "call") and spec is not CALL_FOR and any(
                c.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)
                and c.lemma_.lower() in self.lex.verbs for c in tok.children):
            return None  # "sent experts to investigate", "dispatched an envoy to negotiate", "called in jets to strike": the purpose is the act
        if spec.event == "COERCE" and self._means_of_purpose(tok):
            return None  # "used tear gas to disperse protesters": the dispersal is the act
        if spec.event == "PROTEST" and self._diplomatic_purpose(tok):
            return None  # "summoned the envoy to protest against X": a formal protest, the summons its act
        if (spec.event not in self.lex.intent_types | {"AGREE"} and any(c.dep_ == "neg" for c in tok.children)
                and any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children)):
            return None  # "came to be heard, not to fight": a purpose disowned, not an event
        if spec.event in self.lex.intent_types and tok.dep_ in ("ccomp", "acl") and tok.head.pos_ == "NOUN" and not (
                acted_on_event):  # ("a truce brokered by Egypt": an act on a nominal event told, with its doer)
            return None  # "proof (that) X supports Y": the content of a claim, not an event
        if spec.event == "MOBILIZE" and (moved := ([subj] if passive and subj is not None else objs)) and all(
                k.lemma_.lower() in self.lex.unarmed_deployees for o in moved for k in (o, *o.conjuncts)):  # ("doctors and soldiers": a force)
            return None  # "the mission deployed 120 observers", "doctors were sent": people sent who are no force
        if passive and agent is None and tok.lower_ in STATIVE_PARTICIPLES and subj is not None:
            # "X is opposed to Y", "X is committed to ...": a stance of the subject, toward the "to" phrase
            source_tok, target_toks = subj, [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
            passive = False
        elif passive and spec.event == "MOBILIZE" and agent is None and subj is not None:
            source_tok, target_toks = subj, []  # "troops were deployed to X": the forces moved are the mobilized party
        elif passive and spec.event == "ASSAULT" and _harm_denied(tok):
            source_tok, target_toks = agent, []  # "a soldier was not killed in the attack": the unharmed are no victims
        elif passive:
            source_tok, target_toks = agent, ([subj] if subj is not None else [])
        elif spec.event == "MOBILIZE":
            # "deployed troops and aircraft to X", "mobilized reservists": the forces moved are the doer's
            # own, not whom it acts on (PLOVER MOBILIZE has a target only when one is named: "against X")
            source_tok, target_toks = subj, []
        else:
            source_tok, target_toks = subj, objs
            if verb_lemma(tok, self.lex.instrument_verbs) in self.lex.instrument_verbs or (
                    spec.acled == CHEMICAL and tok.lemma_.lower() in self.lex.use_verbs):  # ("used chlorine gas against X")
                # "detonated his explosives vest", "set fire to ballot boxes", "fired rockets at a base": what is
                # used is no target; whom or what it is aimed at is ("at", "on", "to" below); what is set
                # ablaze is what burns ("set the houses ablaze", events.yaml arson_states)
                # (or on fire: "set houses on fire")
                burnt = any((c.dep_ in ("oprd", "advmod", "acomp", "ccomp", "dobj", "prt") and c.lower_ in self.lex.arson_states)
                            or (c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ == "fire" for g in c.children)) for c in tok.children)
                # (the thing parsed as a modifier of the state: "set two churches alight")
                target_toks = [k for o in objs for k in ([o] if o.lower_ not in self.lex.arson_states else
                                                         [c for c in o.children if c.dep_ == "compound"])] if burnt else []
        if (spec.event == "ASSAULT" and spec.mode == "explosives" and not passive and source_tok is not None
                and getattr(self.lex.verbs.get(tok.lemma_.lower()), "mode", None) != "explosives"
                and verb_lemma(tok, self.lex.instrument_verbs) not in self.lex.instrument_verbs
                and source_tok.lemma_.lower() not in set(self.lex.nouns) | self.lex.aerial_words | self.lex.shelling_words
                and any(self._explosive(w) for o in self._met_devices(tok, objs)
                        for w in (o, *(k for k in o.children if k.dep_ == "amod")))):  # ("an explosives depot": a store, no device)
            # "their vehicle struck a landmine", "a soldier stepped on a mine", "a truck ran over a mine", "struck an
            # explosive device" (the word on the device): the mine's victim is the subject; who laid it is not told
            source_tok, target_toks = None, [source_tok]
        elif spec.event == "ASSAULT" and not passive and source_tok is not None and self._mine_struck(tok, objs, source_tok):
            # "the convoy was travelling north when it hit a mine, the mission said": what hit the mine is its victim, no
            # doer; "it" stands for the vehicle, no party (not the teller of the sentence)
            # ("it" stands for the vehicle told before it: the victim)
            source_tok, target_toks = None, ([source_tok] if source_tok.lower_ != "it" else [
                v for v in (self._vehicle_before(source_tok),) if v is not None])
            cand.mode, cand.acled = "explosives", "Remote explosive/landmine/IED"  # (as "struck a landmine" is)
        if spec.acled == DISRUPTED:
            # "air defences shot down most of the incoming drones": the weapon stopped is no party (no side of it is struck)
            target_toks = [t for t in target_toks if not self._weapon_word(t) and not (
                (t.lower_ in QUANTITY_HEADS or t.like_num) and any(self._weapon_word(g) for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                                                   for g in c.children if g.dep_ == "pobj"))]
        if source_tok is not None and source_tok.lemma_.lower() in self.lex.natural_hazards:
            return None  # "floods killed 20", "residents were forced out by heavy rain": nature is no actor
        if spec.event == "ASSAULT" and target_toks and all(t.lemma_.lower() in self.lex.pests or t.lower_ in self.lex.pests for t in target_toks):
            return None  # "farmers use toxic gas to kill rats": pests killed are no one attacked
        if self._accident(source_tok) or (spec.event == "ASSAULT" and source_tok is None and any(
                self._accident(g) for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "during") for g in c.children if g.dep_ == "pobj")):
            return None  # "a fire at a plant killed 11", "were killed in a bus crash": a mishap, no one's act
        if spec.event == "ASSAULT" and self._vehicle_mishap(ctx, tok):
            return None  # "a bus crashed into a truck, killing 12", "were killed when their bus overturned": a mishap
        fight_forced = (spec.mode in self.lex.fight_forced_modes and source_tok is not None
                        and (source_tok.pos_ == "NOUN" or source_tok.tag_ == "VBG") and self._fight_word(source_tok))  # ("the shelling" as a gerund)
        if not target_toks:
            # (a border is where, never whom: "clashed on the disputed border")
            # (nor is a weapon: "clashed with machetes and stones" tells the means)
            target_toks = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in TARGET_PREPS - {"of", "for"} for g in c.children
                           if g.dep_ == "pobj" and g.lemma_.lower() not in BORDER_NOUNS
                           and not (c.lower_ == "with" and self._weapon_word(g))]
        # a nominal event as subject ("the airstrike hit ...") gives mode and stands as the event
        subject_event = None
        if source_tok is not None and source_tok.pos_ == "NOUN":
            key, _, _ = self._noun_key(source_tok)
            subject_event = self.lex.nouns.get(key) if key else None
            if subject_event is not None and subject_event.event == spec.event:
                used.add(source_tok.i)
                cand.mode = cand.mode or subject_event.mode
                cand.acled = cand.acled or subject_event.acled
        if spec.speech:
            q = ctx.quote_for_cue(tok)
            if q is not None and (q.speaker.code or q.speaker.name) and (q.speaker.text or "").lower() not in RELATIVE_WORDS:
                # (a speaker told by a relative pronoun, "Denmark, which has accused X", is the noun it stands for: the subject below)
                cand.source = self._speakers(ctx, q)
                cand.speaker_key = quote_speaker_key(q)
        weapon_words = self.weapon_words
        if not cand.source and source_tok is not None:
            cand.source = self._actors(ctx, source_tok, tok, unnamed=not passive or (agent is not None and source_tok.i == agent.i))
            if (source_tok.lemma_.lower() in self.lex.aerial_words | self.lex.shelling_words and not any(r.code for r in cand.source)
                    and not _hand_bomber(source_tok.lemma_.lower(), tok, self.lex)  # "a bomber detonated a car bomb": a person
                    and not any(c.dep_ in ("compound", "poss", "nmod") and c.pos_ in ("NOUN", "PROPN", "PRON")
                                and c.lemma_.lower() not in weapon_words and c.lower_ not in weapon_words for c in source_tok.children)):
                # "a drone struck ...": a weapon does not act; its operator does ("a drone operated by X"),
                # else the doer is unknown, not a nameless military ("coalition jets", "army helicopters" name theirs;
                # "artillery shells", "mortar rounds" name only the weapon)
                cand.source = self._operator(ctx, source_tok, tok)
                if source_tok.lemma_.lower() in self.lex.aerial_words:
                    cand.mode = cand.mode or "aerial"
            elif subject_event is not None and not any(r.code for r in cand.source):
                # "the deadly airstrike hit X": the act itself is the subject, not a doer (a nameless
                # military); "the US airstrike" names its owner and keeps it
                cand.source = []
        if (source_tok is not None and tok.dep_ == "relcl" and source_tok.i == tok.head.i and source_tok.dep_ == "dobj"
                and source_tok.lemma_.lower() in self.lex.explosive_words and (outer := self._subject(source_tok.head)) is not None):
            cand.source = self._actors(ctx, outer, source_tok.head, unnamed=True)  # "militants planted a bomb that killed ...": the planters
        if spec.event == "ASSAULT" and self._aim_of_told_attack(tok) and (doer := self._subject(tok.head)) is not None:
            # "said one of its fighters had carried out the attack and that it had targeted soldiers": that attack's aim,
            # told with its doers (so that it joins the attack), not a second attack by the claimant
            cand.source = self._actors(ctx, doer, tok.head, unnamed=True) or cand.source
        if fight_forced:
            cand.source = self._fight_sides(ctx, source_tok)  # "fighting between X and Y forced thousands to flee"
        if (spec.event == "ASSAULT" or fight_forced) and source_tok is not None and (
                getattr(subject_event, "event", None) == "ASSAULT" or source_tok.lemma_.lower() in self.lex.fight_nouns):
            cand.source = self._fight_sides(ctx, source_tok) or cand.source  # "clashes between X and Y killed 15"
        if not cand.source and spec.event == "ASSAULT" and tok.dep_ in SUBJ:
            cand.source = self._fight_sides(ctx, tok)  # "fighting between X and Y left 20 dead" (a gerund subject)
        attack_subject = spec.event == "ASSAULT" and getattr(subject_event, "event", None) == "ASSAULT" and source_tok is not None
        if attack_subject and not any(r.code for r in cand.source):
            # "an attack by rebels on a convoy killed five soldiers": the attack's doers are its "by" phrase
            cand.source = [a for g in _noun_agents(source_tok) for a in self._actors(ctx, g, tok, unnamed=True)] or cand.source
        if (not cand.source and source_tok is not None and not passive
                and (spec.event in (self.lex.pair_descriptions or {}).get("unnamed_types", ()) or spec.mutual)):
            # "the two countries agreed to ...", "the two sides swapped 40 prisoners": none named before
            cand.source = self._unnamed_pair(ctx, source_tok)
        if not cand.source and tok.dep_ == "xcomp" and source_tok is not None and source_tok.dep_ == "dobj":
            # "police used tear gas to disperse ...": an object that is no actor is the means, the subject acts
            outer = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            if outer is not None:
                cand.source = self._actors(ctx, outer, tok.head, unnamed=True)
        if not cand.source and tok.dep_ == "acl" and not passive and tok.head.head.pos_ in ("VERB", "AUX") and not _dateline(tok.head) \
                and not any(c.dep_ == "neg" for c in tok.head.head.children):
            # (a passive's participle is done to its noun: "three were killed and two others wounded by a bomb")
            # (not an act the parser hung on the dateline, "KYIV (X) - Shelling killed two, police said, citing
            # ...": the lead's verb made a clause of the city's name; the teller's subject did none of it)
            # "sent a message asking X": the sender asks (not "never took action to condemn X": no act)
            outer = self._subject(tok.head.head)
            if outer is not None:
                cand.source = self._actors(ctx, outer, tok.head.head)
        # the object of an act by a known doer may be described only ("dispersed the demonstrators"); so may
        # the victims of a weapon's strike, whoever fired it ("tank shells killed three people")
        armed_weapon = spec.event == "ASSAULT" and source_tok is not None and (
            source_tok.lemma_.lower() in weapon_words or source_tok.lower_ in weapon_words)
        cand.target = [a for t in target_toks for a in self._actors(ctx, t, tok, unnamed=bool(cand.source) and (not passive or agent is not None)
                                                                    or self._by_authorities(tok, spec, passive, agent) or fight_forced
                                                                    or armed_weapon)]
        if tok.dep_ in ("amod", "compound") and self._gerund_denied(tok) is not None:
            cand.target = _after_word(tok, cand.target)  # "arresting protesters" parsed as one phrase: the protesters
        if spec.event == "ASSAULT" and not passive:
            cand.target = _held_place(tok, cand.target, self.lex)  # "bombed an insurgent hideout": the hideout of insurgents
        if found and not cand.target and subj is not None:
            cand.target = self._actors(ctx, subj, tok, unnamed=True)
        own = {r.code for r in cand.source if r.code}
        owned = [t for t in target_toks if any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in t.children)]
        own_object = bool(own) and bool(owned) and not passive
        if own_object:
            # "offered its troops to X": the doer's own people or things are what it gives, not whom it acts on
            cand.target = [a for t in target_toks if t not in owned for a in self._actors(ctx, t, tok, unnamed=True)]
            cand.target = [r for r in cand.target if r.code not in own]
        if not cand.target:  # "welcomed X's statement": the possessor is the party addressed
            cand.target = [a for o in objs for c in o.children if c.dep_ == "poss" for a in self._actors(ctx, c, tok)]
        if not cand.target:  # "allow the return of U.N. inspectors", "defended the right of X": whom the object concerns
            # ("lift the ban on X", "tighten the blockade of X")
            # (not a direction: "struck a checkpoint west of X" names where, not whom; an attack hits
            # what it hits, so a place after the preposition is no target of it)
            concerns_place = spec.event != "ASSAULT"
            cand.target = [a for o in objs if o.pos_ == "NOUN" and o.lower_ not in LOCATIVE_PREPS and o.lemma_.lower() not in self.lex.place_nouns
                           for c in o.children if c.dep_ == "prep" and c.lower_ in ("of", "on", "against")
                           for g in c.children if g.dep_ == "pobj" for a in (self._actors(ctx, g, tok) or (self._place_actor(ctx, g) if concerns_place else []))
                           if not _same(a, cand.source) and a.code not in own][:1]
        if not cand.target:  # "prevented the demonstration staged by students": the doers of the event acted on
            # (not the one who brokered it: "signed a deal mediated by X", see mediators in __call__)
            cand.target = [a for o in objs if o.pos_ == "NOUN" and o.lemma_.lower() in self.lex.nouns for v in o.children if v.dep_ == "acl"
                           and getattr(self.lex.verbs.get(v.lemma_.lower()), "mode", None) != "mediate"
                           for p in v.children if p.dep_ == "agent" for g in p.children if g.dep_ == "pobj"
                           for a in self._actors(ctx, g, tok, unnamed=True) if not _same(a, cand.source)][:1]
        if not cand.target and not spec.speech and subject_event is None and any(r.code or r.sector for r in cand.source):
            # "allowed X to take part": the one an actor lets or makes act (an airstrike "allowing" X to advance lets no one)
            cand.target = [a for c in tok.children if c.dep_ == "ccomp" for g in c.children if g.dep_ == "nsubj" and g.lower_ not in PRONOUNS
                           for a in self._actors(ctx, g, tok) if not _same(a, cand.source)][:1]
        if not cand.target:  # "dismissed an appeal from X", "rejected a proposal by X": its author
            said = [o for o in [*objs, *(g for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj")]
                    if o.pos_ == "NOUN" and getattr(self.lex.nouns.get(o.lemma_.lower()), "event", None) not in ("RETREAT", "ASSAULT", "MOBILIZE")]
            # ("conceded to demands from X": the demand's author as well)
            cand.target = [a for o in said for c in o.children if c.dep_ == "prep" and c.lower_ in ("from", "by")
                           for g in c.children if g.dep_ == "pobj" for a in (self._actors(ctx, g, tok) or self._place_actor(ctx, g))
                           if not _same(a, cand.source)][:1]
            if not cand.target and spec.event in ("REJECT", "AGREE", "SUPPORT", "ACCUSE"):
                # "rejected an Indian proposal": the demonym names the author of what was said
                cand.target = [r for o in said for c in o.children if c.dep_ == "amod" and c.i < o.i
                               and (r := self._demonym(c)) is not None and not _same(r, cand.source)][:1]
        if not cand.target:  # "provide aid to X", "signed a deal with X": the recipient behind the object
            preps = [c for o in [*objs, tok] for c in o.children if c.dep_ in ("prep", "dative") and c.lower_ in RECIPIENT_PREPS]
            # "host talks between X and Y": the parties of a nominal meeting
            preps += [c for o in objs if getattr(self.lex.nouns.get(o.lemma_.lower()), "event", None) == "CONSULT"
                      for c in o.children if c.dep_ == "prep" and c.lower_ == "between"]
            preps += [o for o in objs if o.pos_ == "ADP" and o.lower_ in RECIPIENT_PREPS]  # "gave aid to X" parsed as dative
            cand.target = [a for c in preps for g in c.children if g.dep_ == "pobj" and not (c.lower_ == "with" and self._weapon_word(g))
                           for a in (self._actors(ctx, g, tok) or self._place_actor(ctx, g)) if not _same(a, cand.source)]
            # (a weapon is the means, no one dealt with: "struck the X oil refinery with drones")
        if not cand.target:
            cand.target = self._recipient(ctx, tok, cand)
        if not cand.target and spec.event == "CONSULT":
            cand.target = self._purpose_partner(ctx, tok, cand)
        if not cand.target and spec.event == "THREATEN" and spec.speech:
            cand.target = self._warned_act_target(ctx, tok, cand)
            act = self._warned_act(tok) if not cand.target and cand.source else None
            if act is not None:
                # "X warned that protesters who block roads would be prosecuted": a threat to those the act
                # is done to; "... that those who violate the ban would be punished": to people it does
                # not name, and no country's people are guessed for them
                done_to = [a for c in act.children if c.dep_ == "nsubjpass" for a in self._actors(ctx, c, act, unnamed=True)]
                cand.target = [a for a in done_to if not _same(a, cand.source)] or [ActorRef(text="", name=UNNAMED, code=None, sector=None)]
        if not cand.target and spec.event == "THREATEN" and spec.mode == "violence" and not spec.speech and not passive:
            cand.target = self._held(ctx, tok, cand)  # "held the staff at gunpoint": those held, not the town
        if not cand.target and spec.event == "COERCE":
            cand.target = self._dispersed(ctx, tok, cand)  # "fired tear gas to disperse traders": those dispersed
        if not cand.target and not passive and spec.event != "ASSAULT":
            cand.target = self._place_object(ctx, objs, cand)
        if own_object:  # and none of its own people it gives them to ("offered its troops to X's new president")
            cand.target = [r for r in cand.target if r.code not in own]
        if not cand.target and target_toks and spec.event != "ASSAULT":
            cand.target = self._aimed_at(ctx, tok, cand)
        vessel_aimed = next((t for t in [*target_toks, *(g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("at", "on", "against")
                                                         for g in c.children if g.dep_ == "pobj")]
                             if t.lemma_.lower() in self.craft),
                            None) if spec.event == "COERCE" and spec.mode == "restrict" else None  # "fired water cannon at a boat"
        if (not cand.target and (spec.event == "ASSAULT" or spec.mode in ("destroy", "riot") or (spec.event == "COERCE" and spec.needs_target) or vessel_aimed is not None)
                and target_toks and (not passive or cand.source or spec.mode == "destroy" or (spec.event == "ASSAULT" and agent is not None and source_tok is not None and source_tok.i == agent.i
                                                                    and agent.lemma_.lower() in weapon_words))):
            # (a passive one with a weapon its agent, no one named: "a convoy was targeted by drones")
            # "struck vehicles near X": the target is what was struck, not the place it stood
            # (so is what was destroyed: "blew up power lines", "torched the offices"; and what a coercion
            # told only of someone is done to: "gunboats harassed a British tanker"; and what a riot's stones hit:
            # "protesters stoned buses")
            # (a munition fired is no target: "fired rockets at a base" targets the base)
            weapons = self.lex.aerial_words | self.lex.shelling_words
            if spec.mode == "riot":  # (nor is what a riot throws: "pelted stones at the bus" hit the bus)
                weapons = weapons | frozenset((self.lex.thrown_missiles or {}).get("missiles", ()))
            aimed = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("at", "on", "against") for g in c.children if g.dep_ == "pobj"]
            hit = vessel_aimed or next((t for t in [*target_toks, *aimed] if t.lemma_.lower() not in weapons and t.lower_ not in weapons), None)
            cand.target = self._thing(ctx, hit, tok) if hit is not None else []
        if not cand.target and attack_subject:  # "an attack by rebels on a convoy left five dead": whom the attack was on
            cand.target = self._noun_aim(ctx, source_tok, tok, cand)
        if not cand.target and spec.event == "COERCE" and passive and subj is not None:
            cand.target = self._people_counted(ctx, subj, tok)  # "12 were injured and 30 were arrested"
        if not cand.target and spec.event == "COERCE" and gapped is not None:
            # "... and 11 suspects arrested": the people described, as a bare count's are (no sector yet)
            first = min([gapped.idx] + [c.idx for c in gapped.lefts if c.dep_ in ("nummod", "amod", "compound")])
            cand.target = [ActorRef(text=ctx.analysis.article.text[first:gapped.idx + len(gapped)], name=gapped.lemma_.lower(), code=None,
                                    sector=None, start=first, end=gapped.idx + len(gapped))]
        if (not cand.target and spec.event not in self.mutual_types and source_tok is not None and not passive
                and (spec.mutual or any(_reciprocal(o) for o in [*objs, *(g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj")]))):
            # "X and Y accused each other of ...", "both sides accused one another", "traded accusations"
            # (an act both sides do, events.yaml verb_object_events mutual): each acts on the
            # other, one event with both as its doers and both as the ones acted on (the parties of
            # a meeting, a deal or a fight stand as doers alone, see mutual_types); the parties of a
            # speaker told as one ("the two sides", "the army and the rebels") are each a doer
            parties = cand.source if len(cand.source) >= 2 else self._actors(ctx, source_tok, tok, unnamed=True)
            if len(parties) >= 2:
                cand.source, cand.target = list(parties), list(parties)
        if (spec.event == "RETREAT" and spec.mode == "release" and not spec.mutual and not passive and source_tok is not None
                and len({r.code for r in cand.source if r.code}) >= 2 and self._released_by_each(tok, source_tok)):
            # "Armenia and Azerbaijan each returned 95 prisoners", "... freed 50 soldiers in a swap": each side
            # released the other's people (CAMEO 084, as "exchanged prisoners"), those released coded by neither
            spec = cand.spec = replace(spec, mutual=True)
        if spec.event == "RETREAT" and spec.mode == "release" and self._rescue(ctx, tok, [subj] if passive and subj is not None else objs, cand):
            # "troops freed 23 hostages": captives freed from their takers by forces are rescued (events.yaml rescued_captives)
            spec = cand.spec = self.lex.verbs.get("rescue", spec)
            cand.mode, cand.acled = spec.mode, spec.acled
        if spec.event == "AID" and spec.mode == "humanitarian" and tok.lemma_.lower() == "rescue" and not self._rescued_people(
                [subj] if passive and subj is not None else objs, cand):
            return None  # "rescued the national airline with a bailout", "rescued a point": no people saved, no aid
        if spec.event == "AID" and spec.mode == "humanitarian" and self._rescue_verb(tok):
            # the takers are none of those helped: the agent of the taking ("six soldiers abducted by al-Shabaab"), its
            # doer, the "from" phrase ("from their kidnappers"), or a gang or armed group standing alone; the soldiers or
            # police freed are the rescued ("troops rescued six soldiers abducted by ...")
            takers = self._takers(ctx, tok, [subj] if passive and subj is not None else objs)
            cand.target = [r for r in cand.target if not _same(r, takers) and r.sector not in ("REB", "CRM")]
            if not cand.target and not passive and all(o.pos_ in ("NUM", "PRON") or o.lower_ in ("all", "some", "most", "many") for o in objs):
                # "Bandits kidnapped 30 students. Soldiers later freed all of them": those freed are the taking's captives
                cand.target = [r for t in self._takings(tok) for c in t.children if c.dep_ == "dobj" for r in self._actors(ctx, c, t, unnamed=True) if not _same(r, cand.source)]
        if spec.mutual and spec.event == "RETREAT" and cand.target:
            # "exchanged 14 Ghanaian soldiers for three Togolese servicemen": those given for them are swapped too,
            # each side's people acted on (coded by their own words only, see the swapped events in __call__)
            given = [g for h in (tok, *objs) for c in h.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
            cand.target += [a for g in given for a in self._actors(ctx, g, tok, unnamed=True) if not _same(a, cand.target) and not _same(a, cand.source)]
        if spec.speech and cand.speaker_key is None and cand.source:
            cand.speaker_key = cand.source[0].actor_id or cand.source[0].code
        if spec.acled == CHEMICAL and not cand.target and not passive and self._place_struck(ctx, _aimed_places(tok)):
            # "used chlorine gas on the town", "used sarin in an attack on the district": a place struck with
            # a chemical agent is told with no one named, as a weapon's strike on a place is (below)
            cand.told_by_place = True
        if spec.acled == DISRUPTED and not cand.source:
            # "a bomb was found near the market", "the bomb squad defused an IED", "IED recovered near school": the
            # weapon stopped is news told with no one named, as a coup attempt is; what is found as a rule ("weapons
            # are often found in the area") stands only with its place or date
            cand.told_by_place = True
            habitual = self.lex.habitual or {}
            cand.news_alone = not any(c.dep_ in ("aux", "auxpass") and c.lower_ in habitual.get("auxiliaries", ()) or c.lower_ in habitual.get("words", ())
                                      for c in tok.children)
        if spec.acled in (LOOTING, REMOTE_EXPLOSIVE) and spec.mode == "destroy" and not passive and not cand.source and subj is not None:
            return None  # "the shelling damaged houses", "the fire burned 20 homes": the harm of what is told, no one's act of its own;
            # "engineers blew up the damaged dam", "demolition crews blew up the cooling tower": a demolition, no actor's
        if spec.acled == REMOTE_EXPLOSIVE and spec.mode == "destroy" and spec.event == "COERCE" and cand.source:
            if any(r.sector in STATE_SECTORS for r in cand.source):
                cand.acled = LOOTING  # "retreating troops blew up the bridge": a state's forces demolishing property (ACLED
                # Looting/property destruction); a charge set against infrastructure by saboteurs or rebels stays the explosive's
            elif all(r.sector is not None and r.sector not in ARMED_SECTORS | {"CRM"} for r in cand.source):
                return None  # "contractors blew up the condemned bridge", "the company blew up the old dam": a demolition
        if spec.acled == LOOTING and passive and not cand.source and (self._mishap_told(tok) or tok.lemma_.lower() in self.lex.hazard_harm_verbs):
            # "several houses were damaged in the floods": the harm of a hazard or a mishap, no one's act; and
            # "dozens of schools had been damaged" (events.yaml hazard_harm_verbs): harm told with no doer at all
            return None
        if spec.acled == LOOTING and passive and not cand.source:
            # "several houses were torched in X on Monday", "shops were looted": property destroyed is told with no
            # one named, and stands with its place or date as an attack told by its noun does
            cand.told_by_place = True
        if spec.needs_target and not cand.target and not (len({r.code for r in cand.source if r.code}) >= 2 and spec.event in self.mutual_types) \
                and not cand.told_by_place and not self._approves_an_act(tok, spec, cand) and not self._statement_rejected(tok, spec, cand) \
                and not (spec.event == "ASSAULT" and _killing_phrase(tok)):
            return None  # "X and Y signed a treaty": parties of two states act on each other (not "X and Y must allow aid")
        if spec.event == "COERCE" and spec.mode == "restrict" and not cand.source and cand.target and all(_is_thing(r) for r in cand.target):
            return None  # "a cargo ship rammed a fishing boat": a vessel stopped by no one named is a mishap told, no one's act
        if spec.speech and not cand.source and not (passive and any(r.code for r in cand.target)):
            return None  # a passive speech act ("X was accused of ...") stands with its coded target alone
        if (spec.event == "ASSAULT" and not passive and not (cand.source or cand.target) and source_tok is not None
                and source_tok.lemma_.lower() in self.lex.aerial_words | self.lex.shelling_words
                and self._place_struck(ctx, [*objs, *(g for c in tok.children if c.dep_ == "prep" and c.lower_ in AIM_PREPS
                                                      for g in c.children if g.dep_ == "pobj")])):  # ("dropped chlorine barrels on the town")
            # "missiles struck the city", "drones hit X overnight": a weapon's strike on a place is told with no one
            # named, and stands with that place or its date as an attack told by its noun does
            cand.told_by_place = True
        if stopper is not None:
            # "police thwarted an attempt to kill the governor": the attempt is told (PLOVER codes an attempted
            # assault as one), not by those who stopped it; its plotters are named by the plan's own "by" phrase
            # if at all ("foiled an attempt by rebels to seize the town"), never in the infinitive
            plan = self._stopped_plan_noun(tok)
            cand.source = [a for c in plan.children if c.dep_ == "prep" and c.lower_ == "by"
                           for g in c.children if g.dep_ == "pobj" for a in self._actors(ctx, g, tok, unnamed=True)]
            if cand.acled in TERRITORY_SUB_TYPES:
                # "the army foiled an attempt by rebels to seize the town": no territory changed hands; a takeover
                # that fails is fought (ACLED Armed clash) with the forces that stopped it, if forces stopped it
                subj = self._subject(stopper)
                sides = [a for a in (self._actors(ctx, subj, stopper, unnamed=True) if subj is not None else [])
                         if a.sector in ARMED_SECTORS]
                cand.acled, cand.target = ("Armed clash", sides) if cand.source and sides else (None, cand.target)
        if (spec.event == "ASSAULT" and spec.mode == "explosives" and not passive and not (cand.source or cand.target)
                and source_tok is not None and tok.lemma_.lower() in (self.lex.accidental_blasts or {}).get("blasts", ())
                and (source_tok.lemma_.lower() in self.lex.explosive_words or source_tok.lower_ in self.lex.explosive_words)):
            # "a roadside bomb exploded near an army convoy in X on Monday": a bomb's blast is told with no one named
            # or hurt, and stands with its place or date as a weapon's strike on a place does
            cand.told_by_place = True
        if spec.event == "ASSAULT" and spec.mutual and passive and agent is None and not cand.source:
            # "gunfire was exchanged between troops and rebels": the sides are the "between" phrase, both doers; fire
            # exchanged with no side named stands with its place or date, as a weapon's strike on a place does
            cand.source = [a for c in tok.children if c.dep_ == "prep" and c.lower_ == "between"
                           for g in c.children if g.dep_ == "pobj" for a in self._actors(ctx, g, tok, unnamed=True)]
            cand.target = []
            cand.told_by_place = not cand.source
        if not cand.source and not passive and source_tok is not None:
            # "bulldozers backed by armed police demolished the homes", "machines escorted by soldiers": what no one is
            # named as doing is done by those the machines are backed by (events.yaml backing_verbs); the backers are
            # looked for first, as the subject's own parties are read again only where there are some
            backers = [g for b in source_tok.children if b.dep_ == "acl" and b.lemma_.lower() in self.lex.backing_verbs
                       for c in b.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            if backers and not self._actors(ctx, source_tok, tok):
                cand.source = [a for g in backers for a in self._actors(ctx, g, tok)]
        if spec.needs_actor and not (cand.source or cand.target) and subject_event is None and not fight_forced and not cand.told_by_place \
                and not (spec.event == "PROTEST" and _doer_count(tok, ctx.analysis.article.text) is not None) \
                and not (spec.event == "ASSAULT" and _killing_phrase(tok)):
            # (a crowd counted marches: "tens of thousands marched through X"; and one "stabbed to death"
            # is killed, whoever did it: a killing stands with its toll, as "was shot dead" does)
            return None
        if verb_lemma(tok, self.lex.armed_doer_verbs) in self.lex.armed_doer_verbs and not (
                any(r.sector in ARMED_SECTORS for r in cand.source) or cand.told_by_place
                or (source_tok is not None and (source_tok.lemma_.lower() in weapon_words or source_tok.lower_ in weapon_words))):
            return None  # "the sanctions target oligarchs": only armed men or weapons target as an attack (events.yaml armed_doer_verbs)
        traded = [*objs, *(c for c in tok.children if c.dep_ == "nsubjpass")] if spec.event == "ASSAULT" and spec.mutual else []
        if (traded and any(o.lemma_.lower() in self.lex.armed_doer_objects or o.lower_ in self.lex.armed_doer_objects for o in traded)
                and not any(r.sector in ARMED_SECTORS for r in cand.source)
                and not (passive and agent is None and not cand.source and not any(
                    t.lemma_.lower() in self.lex.debate_settings or t.lower_ in self.lex.debate_settings for t in tok.sent))):
            # "the ministers exchanged shots over the budget": shots traded by no armed body (events.yaml armed_doer_objects);
            # traded with no one named ("shots were exchanged in the village overnight", "over the weekend", not "over
            # the budget in parliament": events.yaml debate_settings), they are a clash of sides unknown, as ACLED codes
            # an armed clash with unidentified actors
            return None
        if spec.acled in (armed_only := self.lex.armed_doer_sub_types or {}) and not any(r.sector in armed_only[spec.acled] for r in cand.source):
            return None  # "the firm opened its headquarters": a base set up only by an armed body (events.yaml armed_doer_sub_types)
        if spec.mode == "base" and self._no_base(tok, objs):
            return None  # "set up a camp for displaced families", "opened its headquarters to journalists" (events.yaml base_not_armed)
        if spec.acled == CHEMICAL and tok.lemma_.lower() in self.lex.use_verbs - self.lex.instrument_verbs and not (
                any(r.sector in ARMED_SECTORS | {"GOV"} for r in cand.source)
                or any(c.dep_ == "prep" and c.lower_ == "against" for c in tok.children)):
            return None  # "cleaners used chlorine on the floors": an agent used is a weapon when forces use it, or against someone
        if spec.event == "PROTEST" and spec.mode == "demonstrate" and (
                any(r.sector in ARMED_SECTORS for r in cand.source) or _people_object(tok)):
            # "troops marched into the town", "marched the hostages into the forest": forces on the move,
            # or people made to move, are no protest
            return None
        if spec.event == "PROTEST" and spec.mode == "obstruct" and any(c.dep_ == "dobj" and "Yes" in c.morph.get("Reflex") for c in tok.children):
            return None  # "the gunman barricaded himself inside a house": shut in, no way barred to anyone
        if (spec.event == "PROTEST" and spec.mode == "obstruct" and tok.lemma_.lower() in self.lex.civilian_obstructions
                and any(r.sector in STATE_SECTORS | ARMED_SECTORS for r in cand.source)):
            return None  # "police barricaded the streets around parliament": a place secured (events.yaml civilian_obstructions)
        if (spec.event == "PROTEST" and spec.mode == "obstruct" and any(r.sector in STATE_SECTORS for r in cand.source)
                and (vessel := next((o for o in objs if o.lemma_.lower() in self.lex.crewed_vessels), None)) is not None):
            # "a coast guard ship blocked a supply boat": a vessel stopped by a state's forces is movement restricted
            # (PLOVER COERCE restrict, CAMEO 191 impose blockade, restrict movement), no protest, done to that vessel
            spec = cand.spec = Trigger(event="COERCE", mode="restrict", needs_target=True)
            cand.mode, cand.acled, cand.target = spec.mode, spec.acled, self._thing(ctx, vessel, tok)
        if spec.event == "PROTEST" and spec.mode == "obstruct" and any(r.sector in ARMED_SECTORS for r in cand.source):
            if self._protest_purpose(tok):
                # forces that block roads to press a demand of their own ("police officers blocked roads to demand
                # unpaid wages", "soldiers blocked the road in protest over unpaid bonuses") protest as anyone does
                cand.acled = "Peaceful protest"
            else:
                # "the kidnappers blocked the road": a way barred (CAMEO 144), by no civilian protesters (ACLED)
                cand.acled, cand.spec = None, replace(spec, no_acled=True)
        if spec.event == "AGREE" and cand.mode is None:  # "agreed to a ceasefire", "agreed on a truce": the deal's kind
            agreed = [c for c in tok.children if c.dep_ == "dobj"] + [
                g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "on") for g in c.children if g.dep_ == "pobj"]
            kinds = [n for o in agreed if (key := self._noun_key(o)[0]) and (n := self.lex.nouns.get(key)) is not None
                     and n.event == "AGREE" and n.mode]
            if kinds:
                cand.mode, cand.acled = kinds[0].mode, cand.acled or kinds[0].acled
        if spec.event == "AGREE" and cand.acled is None and self._settles(tok):
            cand.acled = "Agreement"  # "agreed to end hostilities", "signed a deal on the release of prisoners"
        return cand

    def _protest_purpose(self, verb: Token) -> bool:
        """Whether an act is told as done to protest or to press a demand: a clause of purpose whose verb is
        one of protest or of demand (events.yaml verbs: PROTEST, REQUEST; "blocked roads to demand unpaid
        wages", "to protest the killing of a trader"), or "in protest" (a PROTEST noun)."""
        for c in verb.children:
            if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                spec = self.lex.verbs.get(verb_lemma(c, self.lex.verbs))
                if spec is not None and spec.event in ("PROTEST", "REQUEST"):
                    return True
            if c.dep_ == "prep" and c.lower_ == "in":
                for o in c.children:
                    if o.dep_ == "pobj" and (key := self._noun_key(o)[0]) and (n := self.lex.nouns.get(key)) is not None and n.event == "PROTEST":
                        return True
        return False

    def _aim_of_told_attack(self, verb: Token) -> bool:
        """A verb of aiming ("targeted", "aimed at") coordinated with a clause that carries out or claims an attack
        named by its noun ("one of its fighters had carried out the attack and (that) it had targeted soldiers"):
        what that attack was aimed at, as its claimant tells it, not a second attack."""
        if verb.lemma_.lower() not in ("target", "aim") or verb.dep_ != "conj":
            return False
        head = verb.head
        return (head.lemma_.lower() in self.lex.light_verbs or head.lemma_.lower() in ("carry", "claim")) and any(
            c.dep_ == "dobj" and self._attack_word(c) is not None and c.pos_ == "NOUN" for c in head.children)

    def _weapon_word(self, tok: Token) -> bool:
        """A word of a weapon held, thrown or fired ("machetes", "stones", "rifles", "grenades"; events.yaml
        hand_weapons, thrown_missiles, and the explosive, aerial and artillery words)."""
        lemma = tok.lemma_.lower()
        return (lemma in self.lex.hand_weapons or lemma in (self.lex.thrown_missiles or {}).get("missiles", ())
                or lemma in self.weapon_words or tok.lower_ in self.weapon_words)

    def _settles(self, tok: Token) -> bool:
        """Whether what is agreed at ``tok`` (an AGREE trigger: the verb's objects and clauses, or the deal noun's
        own words and those its light verb adds) tells a conflict settled (events.yaml ``settlement_words``):
        "agreed on a cessation of hostilities", "reached a deal with the rebels to end the fighting"."""
        words = self.lex.settlement_words
        scopes = [tok]
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB":
            scopes.append(tok.head)  # "reached an agreement with the rebels to end the fighting": the clause on the verb
        for scope in scopes:
            # not the doers, nor a time told ("agreed to merge after a price war"), nor a war of a kind ("a trade war")
            aside = {t.i for c in scope.children if c.dep_ in SUBJ or (c.dep_ == "prep" and c.lower_ in TIME_PREPOSITIONS | {"amid", "following"})
                     for t in c.subtree}
            if any(t.lower_ in self.lex.warring_words for c in scope.children if c.dep_ in SUBJ for t in c.subtree):
                return True  # "the warring parties agreed to a pause": parties told as at war
            for t in scope.subtree:
                hyphened = t.doc[max(t.i - 2, 0):t.i + 1].text.lower() if t.i >= 2 and t.nbor(-1).text == "-" else ""
                if t.i not in aside and (hyphened in words or (t.lemma_.lower() in words or t.lower_ in words
                                                               or self._ended(t))
                                         and not any(c.dep_ == "compound" for c in t.children)):
                    return True
        return False

    def _ended(self, tok: Token) -> bool:
        """A conflict word or prisoners (events.yaml ``settlement_conflict_words``) told as what is ended, halted
        or exchanged (``settlement_ending_words``): "end the war", "a cessation of hostilities", "a prisoner swap",
        "the release of prisoners"; not "measures to combat violence", "compensation to war veterans"."""
        if not {tok.lemma_.lower(), tok.lower_} & self.lex.settlement_conflict_words:
            return False
        while tok.dep_ == "conj" and tok.head != tok:
            tok = tok.head  # "to end the war and the insurgency"
        head = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head
        return (tok.dep_ in ("dobj", "compound", "pobj", "nsubjpass") and head.i != tok.i
                and {head.lemma_.lower(), head.lower_} & self.lex.settlement_ending_words != set())

    def _place_struck(self, ctx: _Doc, objs: list[Token]) -> bool:
        """An object that is a place: a place noun ("the city"), a place found, or a proper name that
        is no actor (a city the NER took for a person)."""
        return any(o.lemma_.lower() in self.lex.place_nouns or any(p.start <= o.idx < p.end for p in ctx.analysis.places)
                   or (o.pos_ == "PROPN" and ctx.mention_for_token(o) is None) for o in objs)

    def _mishap_told(self, verb: Token) -> bool:
        """A natural hazard or a mishap (events.yaml natural_hazards, accident_heads) told as the cause of what
        ``verb`` tells, in a phrase on it: "damaged in the floods", "destroyed during the storm", "burned in a blaze"."""
        causes = self.lex.natural_hazards | self.lex.accident_heads
        return any(g.lemma_.lower() in causes or g.lower_ in causes
                   for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ in ("in", "by", "during", "after", "amid", "following")
                   for g in c.children if g.dep_ == "pobj" for g in (g, *(k for k in g.conjuncts)))

    def _in_charge(self, tok: Token) -> bool:
        """A word of a charge ("convicted of attacking a checkpoint in X in 2019, killing four officers")."""
        return any(charged(a, self.lex) for a in (tok, *tok.ancestors))

    def _charge_time(self, ctx: _Doc, d: DateRef) -> bool:
        span = ctx.analysis.doc.char_span(d.start, d.end, alignment_mode="expand")
        return span is not None and len(span) > 0 and self._in_charge(span.root)

    @staticmethod
    def _foreign_time(ctx: _Doc, d: DateRef, trigger: Token, *, telling: bool = True) -> bool:
        """A time in the sentence that is not the act's: the day of the telling that reports it ("rebels
        killed five, the governor said on Sunday"; "denied on Friday that it had killed them": the
        speech's cue verb governs the day), or the start of a span ("have arrested dozens since the
        vote on October 9": since-times open a period, they date no single act); with ``telling`` False,
        only the latter."""
        span = ctx.analysis.doc.char_span(d.start, d.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return False
        tok = span.root
        while tok.head.i != tok.i and tok.pos_ not in ("VERB", "AUX"):  # (by index: a new Token on each access)
            if tok.head.lower_ == "since" and tok.dep_ in ("pobj", "pcomp"):
                return True
            tok = tok.head
        if tok.lower_ == "since":  # (only a "since" that governs the date: "since the army shelled the town on Sunday" dates the shelling)
            return True
        if tok.i != trigger.i and span.root not in trigger.subtree and _present_perfect(trigger):
            return True  # "was shot dead on Saturday, and police have arrested two suspects": a present perfect takes no other clause's day
        if not telling:
            return False
        q = ctx.quote_covering(trigger.idx)
        # (a noun's act takes the time of its clause: "claimed responsibility for the kidnapping on Sunday")
        return trigger.pos_ == "VERB" and tok.i != trigger.i and q is not None and q.cue is not None and q.cue.start <= tok.idx < q.cue.end \
            and not q.content.start <= tok.idx < q.content.end

    def _brokered_by(self, ctx: _Doc, start: int | None, end: int | None) -> bool:
        """Whether an actor is told as the broker of what its sentence tells ("returned 40 prisoners in
        a swap brokered by X", "a truce mediated by X"): the agent of a verb of mediation (events.yaml,
        mode mediate), which is no party the acts of the deal are done to, though no mediation event
        was made of it."""
        if start is None or end is None:
            return False
        span = ctx.analysis.doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return False
        by = span.root.head
        if span.root.dep_ != "pobj" or by.dep_ != "agent":
            return False
        spec = self.lex.verbs.get(verb_lemma(by.head, self.lex.verbs))
        return spec is not None and spec.mode == "mediate"

    def _charge_figure(self, ctx: _Doc, mag: Magnitude) -> bool:
        span = ctx.analysis.doc.char_span(mag.start, mag.end or mag.start, alignment_mode="expand") if mag.start is not None else None
        return span is not None and charge_figure(span, self.lex)

    def _accident(self, tok: Token | None) -> bool:
        """A mishap named ("a fire at a plant", "a bus crash", "a stampede"; events.yaml accident_heads),
        not a fire told as weapons' fire ("sniper fire", "heavy fire")."""
        if tok is None:
            return False
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in self.lex.accident_heads:
            return self._accidental_blast(tok)
        return not any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in self.lex.weapon_fire_modifiers for c in tok.children)

    def _vehicle_mishap(self, ctx: _Doc, verb: Token) -> bool:
        """Harm told with a vehicle's mishap (events.yaml accident_verbs): the outcome of one ("a bus crashed into a
        truck, killing 12", the participle on it) or what befell people when or after one ("were killed when their bus
        overturned"). Not a verb with a doer of its own ("soldiers shot dead two men after their car crashed through
        a checkpoint"): the mishap tells only when its harm was done."""
        told = [c for c in verb.children if c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "after", "as") for m in c.children)]
        if any(c.dep_ == "nsubj" for c in verb.children):
            told = []
        if verb.dep_ == "advcl" and verb.tag_ == "VBG":
            told.append(verb.head)
            if verb.head.dep_ == "conj" and not any(c.dep_ in SUBJ for c in verb.head.children):
                told.append(verb.head.head)  # "a bus crashed and caught fire, killing 12": the mishap its first verb
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ == "NOUN":
            # "A bus overturned near Kano, killing 12", both verbs parsed as the vehicle's modifiers
            told += [c for c in verb.head.children if c.dep_ == "acl" and c.i < verb.i]
        return any(self._mishap_verb(ctx, v) for v in told)

    def _mishap_verb(self, ctx: _Doc, verb: Token) -> bool:
        """A vehicle, vessel or crewed aircraft (events.yaml accident_aircraft) befallen by a mishap ("the bus
        overturned", "a boat capsized", "two trains collided", "a helicopter crashed"), the subject found through
        coordination ("veered off the road and plunged into a river") or as the noun the verb modifies ("A bus
        overturned near Kano, killing 12" parsed "a bus (that) overturned"); not one driven at anyone (an object, or
        people or a crowd it goes into: "a truck plunged into a crowd of worshippers"), one with explosives ("a truck
        packed with explosives crashed into the gate"), one an attack brought down (_mishap_attacked), nor a craft
        taken by force ("a hijacked plane crashed": _taken_craft)."""
        lemma = verb.lemma_.lower()
        # (a verb with its particle: "the helicopter came down near X", "a plane went down")
        if not ({lemma} | {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt"}) & self.lex.accident_verbs \
                or any(c.dep_ == "dobj" for c in verb.children):
            return False
        v, subj = verb, None
        for _ in range(4):
            subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
            if subj is not None or v.dep_ != "conj":
                break
            v = v.head
        if subj is None and verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
            subj = verb.head  # "A bus overturned near Kano, killing 12", parsed as "a bus (that) overturned"
        if subj is None or (subj.lemma_.lower() not in self.vehicles and subj.lemma_.lower() not in self.lex.accident_aircraft):
            return False
        if any(self._explosive(t) for t in subj.subtree) or self._mishap_attacked(verb, subj) or self._taken_craft(subj):
            return False  # ("a truck packed with explosives crashed into the gate": a car bomb)
        return not any(ctx.mention_for_token(g) is not None or g.lower_ in QUANTITY_HEADS
                       for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj")

    def _own_cause(self, verb: Token) -> bool:
        """A passive told with its own cause: a prepositional phrase of a mishap, a fight or an attack, or weapons'
        fire ("killed in the accident", "killed in crossfire", "wounded during the fighting")."""
        return any(self._accident(g) or self._fight_word(g) or g.lemma_.lower() in (self.lex.aimed_fire or {})
                   for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "during", "amid")
                   for g in c.children if g.dep_ == "pobj")

    def _harm_verb(self, verb: Token) -> bool:
        """A verb of harm, theft or destruction (events.yaml verbs: an ASSAULT or a CRIME, or a COERCE of the
        destroy mode): "killed", "stolen", "burned"; not "removed", "rescued"."""
        spec = self.lex.verbs.get(verb_lemma(verb, self.lex.verbs))
        return spec is not None and (spec.event in ("ASSAULT", "CRIME") or (spec.event == "COERCE" and spec.mode == "destroy"))

    def _explosive(self, tok: Token) -> bool:
        """A word of explosives (events.yaml explosive_words): "a bomb", "packed with explosives", "explosives-laden"."""
        return tok.lemma_.lower() in self.lex.explosive_words or tok.lower_ in self.lex.explosive_words

    def _taken_craft(self, vehicle: Token) -> bool:
        """A craft told as taken by force, its participle a verb of events.yaml verb_object_events whose objects hold
        it ("a hijacked plane crashed into the tower"): flown or driven by those who took it, no mishap."""
        lemma = vehicle.lemma_.lower()
        return any(c.dep_ in ("amod", "acl") and c.tag_ in ("VBN", "JJ") and c.lower_.endswith("ed") and any(
                   {c.lemma_.lower(), c.lower_[:-2], c.lower_[:-1]} & verbs and lemma in objects and spec.event in ("ASSAULT", "CRIME")
                   for verbs, _, objects, _, spec in self.lex.verb_object_events) for c in vehicle.children)

    def _mishap_attacked(self, verb: Token, vehicle: Token) -> bool:
        """A vehicle's mishap that an attack brought about, told under its verb: a mine or a bomb it hit ("overturned
        after it hit a landmine"), an attack it came under (events.yaml subjection_frames: "crashed after coming under
        fire from gunmen", "came under attack"), or an attack verb with a doer other than the vehicle ("after gunmen
        ambushed it", "after it was hit by a rocket"). Not a mishap of its own ("crashed and caught fire")."""
        frames = self.lex.subjection_frames or {}
        # the vehicle's own words ("a truck packed with explosives"), up to the noun where the verb is its modifier
        # ("the truck overturned after it was hit", parsed as "the truck (that) overturned ...")
        own = range(vehicle.left_edge.i, (vehicle.i if vehicle.left_edge.i <= verb.i <= vehicle.right_edge.i else vehicle.right_edge.i) + 1)
        for t in verb.subtree:
            if t.i in own or t.i == verb.i:
                continue
            if self._explosive(t):
                return True
            if t.dep_ == "pobj" and t.head.lower_ in frames.get(t.head.head.lemma_.lower(), frozenset()) and (
                    t.lemma_.lower() in (self.lex.aimed_fire or {}) or (n := self.lex.nouns.get(t.lemma_.lower())) is not None and n.event == "ASSAULT"):
                return True
            spec = self.lex.verbs.get(t.lemma_.lower()) if t.pos_ == "VERB" else None
            if spec is not None and spec.event == "ASSAULT":
                if any(c.dep_ in ("nsubjpass", "auxpass") for c in t.children):
                    return True
                subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
                if subj is not None and subj.lower_ != "it" and subj.lemma_.lower() not in self.vehicles:
                    return True
        return False

    def _accidental_blast(self, tok: Token) -> bool:
        """An explosion that is a mishap (events.yaml accidental_blasts): ``tok`` is the blast ("a boiler
        explosion", "an explosion at a fireworks factory") or what exploded ("a gas cylinder exploded"),
        with a source or a place of industry told and no weapon ("a bomb exploded at a factory")."""
        ab = self.lex.accidental_blasts or {}
        blasts = ab.get("blasts", frozenset())
        blast = tok if tok.lemma_.lower() in blasts else tok.head if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in blasts else None
        if blast is None and tok.dep_ == "nsubj":  # "an oil tanker overturned and exploded": the subject of both verbs
            blast = next((c for c in tok.head.children if c.dep_ == "conj" and c.lemma_.lower() in blasts), None)
        if blast is None and tok.pos_ == "NOUN":  # "a series of explosions": the blasts counted
            blast = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                          if g.dep_ == "pobj" and g.lemma_.lower() in blasts), None)
        if blast is None:
            return False
        if (blast.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in blast.children)
                and not any(c.dep_ in ("compound", "amod", "nmod", "prep") for c in blast.children)):
            # "The blasts killed at least 50": the blast told in the sentence before is the one meant; one told
            # further back is no antecedent ("a gas explosion last year ... militants detonated a car bomb ... The
            # blast killed 10": the bomb's), nor one before an attack told in that sentence
            prev = blast.doc[blast.sent.start - 1].sent if blast.sent.start > 0 else None
            before = None
            for t in reversed(list(prev) if prev is not None else []):
                if t.lemma_.lower() in blasts:
                    before = t
                    break
                if self._explosive(t) or self._fight_word(t) or getattr(self.lex.verbs.get(t.lemma_.lower()) if t.pos_ == "VERB" else None, "event", None) == "ASSAULT":
                    break
            if before is not None:
                return self._accidental_blast(before)
        words = [t for c in blast.children if c.dep_ in ("nsubj", "compound", "amod", "nmod") for t in c.subtree]
        if blast.dep_ == "conj" and blast.pos_ == "VERB" and not any(c.dep_ in SUBJ for c in blast.children):
            words += [t for c in blast.head.children if c.dep_ == "nsubj" for t in c.subtree]  # "a tanker overturned and exploded"
        at = ("at", "in", "inside", "of")
        places = [g for c in blast.children if c.dep_ == "prep" and c.lower_ in at for g in c.children if g.dep_ == "pobj"]
        # where what exploded stood ("a storage tank at a fertiliser plant exploded")
        places += [g for c in blast.children if c.dep_ == "nsubj" for p in c.children if p.dep_ == "prep" and p.lower_ in at
                   for g in p.children if g.dep_ == "pobj"]
        # what the blast, as subject, tore through or rocked ("a series of explosions tore through an industrial zone")
        holder = blast.head.head if blast.dep_ == "pobj" and blast.head.lower_ == "of" else blast
        if blast.pos_ == "NOUN" and holder.dep_ == "nsubj" and holder.head.pos_ == "VERB":
            if any(self._fight_word(t) and not self._accident(t) for t in holder.head.subtree
                   if not holder.left_edge.i <= t.i <= holder.right_edge.i):
                return False  # "... rocked an industrial area after a Russian missile strike": the attack's blast
            places += [g for c in holder.head.children if c.dep_ == "prep" and c.lower_ in (*at, "through")
                       for g in c.children if g.dep_ == "pobj"] + [c for c in holder.head.children if c.dep_ == "dobj"]
            words += [t for t in holder.head.subtree if not holder.left_edge.i <= t.i <= holder.right_edge.i]
        words += [t for g in places for t in g.subtree]
        weapons = self.lex.explosive_words | self.lex.grenade_words | self.lex.shelling_words | self.lex.aerial_words | {"suicide"}
        sited = any(self._industry_site(g) for g in places)
        # (a site named by what is dug or made there is no weapon: "a coal mine"; nor a container at a site of
        # industry or of a source of mishaps: "a storage tank at a plant", "a gas tank")
        if any((t.lower_ in weapons or t.lemma_.lower() in weapons) and not (t in places and self._industry_site(t))
               and not (t.lemma_.lower() in ab.get("containers", ()) and (sited or any(
                   c.dep_ in ("compound", "amod") and c.lemma_.lower() in ab.get("sources", ()) for c in t.children)))
               for t in words):
            return False
        if any(c.dep_ in ("amod", "advmod") and c.lower_ in ab.get("told", ()) for c in blast.children):
            return True  # "an accidental explosion at a depot", "exploded accidentally"
        # set off by a mishap: "a fire at a depot set off explosions", "a fire broke out and caused an explosion"
        verb = blast.head if blast.dep_ == "dobj" else None
        causes = [] if verb is None else [c for v in (verb, verb.head if verb.dep_ == "conj" else None) if v is not None
                                          for c in v.children if c.dep_ == "nsubj"]
        if causes and self._accident(causes[0]):
            return True
        # ... or after one: "an ammunition depot exploded after a fire broke out", "after the chemicals caught fire"
        if blast.pos_ == "VERB" and any(
                c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("after", "when", "as") for m in c.children)
                and (any(k.dep_ == "nsubj" and k.lemma_.lower() in self.lex.accident_heads for k in c.children)
                     or (c.lemma_.lower() == "catch" and any(k.dep_ == "dobj" and k.lemma_.lower() in (self.lex.accidental_blasts or {}).get("caught", ()) for k in c.children)))
                for c in blast.children):
            return True
        return any(t.lemma_.lower() in ab.get("sources", ()) or t.lower_ in ab.get("sources", ()) for t in words) or sited

    def _industry_site(self, tok: Token) -> bool:
        """A place of industry (events.yaml accidental_blasts): one of ``sites`` ("a plant"), one told by a
        modifier of ``site_modifiers`` ("an industrial zone"), or one named with what is dug or made there ("a
        coal mine", "a gold mine"; events.yaml mines ``ores``), not a landmine."""
        ab = self.lex.accidental_blasts or {}
        if tok.lemma_.lower() in ab.get("sites", ()) or any(c.dep_ in ("amod", "compound") and c.lower_ in ab.get("site_modifiers", ())
                                                          for c in tok.children):
            return True
        ores = (self.lex.mines or {}).get("ores", ())
        return tok.lemma_.lower() in ("mine", "pit") and any(c.dep_ in ("compound", "amod") and c.lower_ in ores for c in tok.children)

    def _fight_word(self, tok: Token) -> bool:
        """'the fighting', 'the shelling', 'clashes': a noun for a fight or an attack."""
        key, _, _ = self._noun_key(tok)
        return (tok.lemma_.lower() in self.lex.fight_nouns or tok.lower_ in self.lex.fight_nouns
                or getattr(self.lex.nouns.get(key) if key else None, "event", None) == "ASSAULT")

    def _people_counted(self, ctx: _Doc, subj: Token, verb: Token) -> list[ActorRef]:
        """A bare count as the subject ("30 were arrested", "dozens were detained"): the people
        counted, named by the counted noun of a coordinated clause ("12 teachers were injured
        and 30 were arrested"), else people described by the count alone."""
        if not (subj.tag_ == "CD" or subj.lower_ in _count_words()) or any(c.dep_ == "prep" for c in subj.children):
            return []
        siblings = [verb.head] if verb.dep_ == "conj" else []
        siblings += [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        for other in siblings:
            noun = next((c for c in other.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"
                         and any(k.dep_ == "nummod" for k in c.children)), None)
            if noun is not None and (refs := self._actors(ctx, noun, other, unnamed=True)):
                name = " ".join(t.text for t in [*(k for k in noun.lefts if k.dep_ in ("compound", "amod")), noun])
                return [replace(r, name=name, code=None, start=subj.idx, end=subj.idx + len(subj), text=subj.text, actor_id=None) for r in refs[:1]]
        return [ActorRef(text=subj.text, name="people", code=None, sector=None, start=subj.idx, end=subj.idx + len(subj))]

    def _fight_sides(self, ctx: _Doc, tok: Token) -> list[ActorRef]:
        """"clashes between the army and rebels", "clashes broke out between rival militias": both
        sides fight, as the parties of "X and Y clashed" are both its sources."""
        holders = [tok, tok.head] if tok.dep_ in SUBJ else [tok]  # "clashes erupted between X and Y"
        sides = [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "between" for g in c.children if g.dep_ == "pobj"]
        sides += [c for g in sides for c in g.conjuncts]
        # (a crowd described, "fighting broke out between rival fans", is a side too: a brawl of a mob, no armed clash)
        return [a for g in sides for a in (self._actors(ctx, g, tok) or (
            self._actors(ctx, g, tok, unnamed=True) if g.lemma_.lower() in self.lex.mob_doers or g.lower_ in self.lex.mob_doers else []))]

    def _statement_rejected(self, tok: Token, spec: Trigger, cand: Candidate) -> bool:
        """"The ministry dismissed the criticism (as interference)": a statement rejected (events.yaml said_nouns),
        whose author is the one rejected, found from the report (claims._rejected_statements); a verb that needs
        its target ("dismissed the minister") rejects a statement too."""
        if spec.event != "REJECT" or not cand.source:
            return False
        said = self.lex.said_nouns or {}
        return any(c.dep_ == "dobj" and c.lemma_.lower() in said for c in tok.children)

    def _approves_an_act(self, tok: Token, spec: Trigger, cand: Candidate) -> bool:
        """"NATO welcomed the move", "the US welcomed the decision": support for an act (a word
        for an act, or an event noun) whose doer is the one supported, found from the report
        (claims._condemned_attacks), as a condemnation of it accuses its doer."""
        if spec.event != "SUPPORT" or not cand.source:
            return False
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        words = self.lex.act_nouns | self.lex.release_nouns  # "welcomed the release": of whoever freed them
        return obj is not None and (obj.lemma_.lower() in words or obj.lower_ in words or obj.lemma_.lower() in self.lex.nouns)

    def _diplomatic_purpose(self, tok: Token) -> bool:
        """A protest that is the purpose ("to protest") of a disapproving or sanctioning act
        ("summoned the ambassador", "recalled its envoy", "expelled two diplomats"): a formal
        protest (CAMEO 11, as "lodged a protest"), no demonstration of its own."""
        if tok.dep_ not in ("advcl", "xcomp") or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children):
            return False
        act = self.lex.verbs.get(tok.head.lemma_.lower())
        return act is not None and act.event in ("ACCUSE", "SANCTION") and tok.head.pos_ == "VERB"

    def _means_of_purpose(self, tok: Token) -> bool:
        """A means used ("fired tear gas") whose purpose clause ("to disperse the crowd") is an event itself."""
        return tok.lemma_.lower() not in self.lex.verbs and any(
            c.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)
            and (c.lemma_.lower() in self.lex.verbs or self._verb_object_event(c) is not None) for c in tok.children)

    def _held(self, ctx: _Doc, verb: Token, cand: Candidate) -> list[ActorRef]:
        """People held or robbed at gunpoint (the verb-object pairs of THREATEN violence with an
        "at" particle: "held the staff at gunpoint") described by a word with no sector ("staff",
        "the suspect"): whom the threat is to, people (CVL) until the place codes them, and not the
        place named in the clause."""
        if not any(c.dep_ in ("prep", "prt", "advmod") and c.lower_ == "at" for c in verb.children):
            return []
        out = []
        for o in verb.children:
            if o.dep_ != "dobj" or o.pos_ != "NOUN" or o.lemma_.lower() in self.lex.place_nouns or o.ent_type_:
                continue
            start = min([o.idx] + [c.idx for c in o.lefts if c.dep_ in ("amod", "compound", "det")])
            ref = ActorRef(text=ctx.analysis.article.text[start:o.idx + len(o)], name=o.lemma_.lower(), code=None,
                           sector="CVL", start=start, end=o.idx + len(o))
            if not _same(ref, cand.source):
                out.append(ref)
        return out[:1]

    def _dispersed(self, ctx: _Doc, verb: Token, cand: Candidate) -> list[ActorRef]:
        """People a means is used to disperse ("fired tear gas to disperse traders", events.yaml
        dispersal verbs): the object of the purpose clause is whom the act is on, not the place."""
        verbs = (self.lex.dispersal or {}).get("verbs", ())
        return [a for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in verbs
                and any(x.dep_ == "aux" and x.tag_ == "TO" for x in c.children)
                for o in c.children if o.dep_ == "dobj"
                for a in self._actors(ctx, o, c, unnamed=bool(cand.source)) if not _same(a, cand.source)][:1]

    def _aimed_at(self, ctx: _Doc, verb: Token, cand: Candidate) -> list[ActorRef]:
        """People a means is used on ("fired tear gas at protesters", "sprayed pepper spray on
        students"): the object is what was used, the "at/on/against" phrase whom (actors only,
        not the place)."""
        return [a for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "on", "against") for g in c.children
                if g.dep_ == "pobj" for a in self._actors(ctx, g, verb, unnamed=bool(cand.source)) if not _same(a, cand.source)][:1]

    def _recode(self, cand: Candidate) -> None:
        """PLOVER recoding by the verb's modality (CAMEO 03, 12, 13):

        a cooperative act negated or refused is REJECT ("will not accept", "failed to reach
        agreement"); an act made conditional on the target ("... unless X") or a promised
        use of force or sanctions ("would blockade", "vowed to fight") is THREATEN; a
        promised cooperative act is AGREE ("will provide aid", "willing to withdraw").
        """
        tok = cand.trigger
        verb = tok.head if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "dobj" else tok
        if self._framed_future(cand):
            # "there will be a demonstration", "a rally will be held": recoded by its frame verb, as
            # "X will protest" is by its own (a protest or an attack to come is THREATEN)
            if cand.spec.event in self.lex.threat_types:
                cand.spec = replace(cand.spec, event="THREATEN", acled=None)
                cand.acled = None
            return
        if verb.pos_ not in ("VERB", "AUX", "ADJ") and verb.i == tok.i and tok.pos_ in ("NOUN", "PROPN"):
            return
        event = cand.spec.event
        coop = self.lex.intent_types | {"AGREE"}
        new = None
        if event in coop and self._negated(verb):
            new = "REJECT"
        elif event not in ("THREATEN", "REQUEST") and self._conditional(verb, event):
            new = "THREATEN"
        elif event in self.lex.threat_types and self._intended(verb, modal=True):
            new = "THREATEN"
        elif event in self.lex.intent_types and self._intended(verb, modal=False):
            new = "AGREE"
        if new is None and self._de_escalation(cand, verb):
            new = "RETREAT"
        if new is not None and new != event:
            cand.spec = replace(cand.spec, event=new, acled=None)
            cand.acled = None

    def _de_escalation(self, cand: Candidate, verb: Token) -> bool:
        """A truce one side declares, or a blockade, curfew, emergency or sanctions eased (CAMEO 087, 085, 081x)."""
        tok = cand.trigger
        if cand.spec.event == "AGREE" and cand.mode == "ceasefire" and tok.dep_ == "dobj":
            return verb_lemma(verb, self.lex.declare_verbs) in self.lex.declare_verbs and not any(c.dep_ == "neg" for c in verb.children)
        if cand.spec.event == "CONCEDE" and tok.lemma_.lower() in self.lex.ease_verbs:
            objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
            words = {t.lemma_.lower() for o in objs for t in o.subtree}
            if words & self.lex.ease_objects:
                cand.mode = "ease"
                return True
            if words & self.lex.concede_ease_objects:
                cand.mode = "ease"  # "lifted the curfew": CAMEO 081, stays CONCEDE
                # "lifted the state of emergency": the state lifted is the measure, not a party acted on
                heads = [o for o in objs if o.lemma_.lower() in self.lex.generic_event_heads]
                cand.target = [r for r in cand.target if r.start is None
                               or not any(o.left_edge.idx <= r.start <= o.idx for o in heads)]
        return False

    def _people_removed(self, verb: Token) -> bool:
        """Whether a verb of removal (events.yaml office_removals) has people as its object or passive subject:
        people words, a name, or a title ("the army chief", "two ministers", "the head of the army")."""
        titles = self.book.sectors.person_titles
        return _people_object(verb) or any(t.lemma_.lower() in titles or t.lower_ in titles
                                           for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
                                           for t in (c, *(m for m in c.children if m.dep_ == "compound")))  # ("General X")

    def _act_not_done(self, cand: Candidate) -> bool:
        """"has yet to welcome", "is yet to respond": the act has not happened; "failed to
        condemn", "refused to criticise": a statement withheld is none (a cooperative act
        refused is REJECT, see _recode; a use of force that failed still took place)."""
        verb = cand.trigger
        if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ == "dobj":
            verb = verb.head  # "has yet to impose sanctions": the light verb carries the act
        if self._statement_refused(verb) or _open_question(verb):
            return True
        if cand.spec.event in ("ACCUSE", "REQUEST", "THREATEN", "REJECT") and _content_unsaid(verb):
            return True  # "did not say what they were charged with": what was said is not told
        if (cand.spec.event == "ACCUSE" or (cand.spec.event == "REJECT" and cand.spec.speech)) and not_made(verb):
            return True  # "has never condemned the raids", "did not condemn X", "neither X nor Y condemned Z": no accusation
            # made; "neither X nor Y denied that S": no denial made
        if cand.trigger.pos_ == "VERB" and (charge := _charged_by(cand.trigger)) is not None \
                and self.lex.verbs.get(charge.lemma_.lower()) is not None \
                and self.lex.verbs[charge.lemma_.lower()].event == "ACCUSE" and not_made(charge):
            return True  # "neither side accused the other of breaking the truce", "has never accused X of shelling Y": no one
            # alleges the act; a named one ("did not blame any group for the bombing in Kabul") was still done
        if cand.spec.event == "ASSAULT" and _harm_denied(verb) and not self._in_attack(verb):
            return True  # "no one was killed", "a soldier was not hurt": no harm told, no attack
        if (cand.spec.event in self.lex.threat_types - {"ASSAULT"} and verb.pos_ in ("VERB", "AUX")
                and any(c.dep_ == "neg" and not negation_limited(c) for c in verb.children)
                and any(c.dep_ == "aux" and c.lower_ in self.lex.modal_hypothetical for c in verb.children)
                and not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)):
            # "said he would not close the border", "will not impose sanctions": a policy step ruled out is no act, nor a
            # threat (an attack ruled out, "would not intentionally strike a Syrian unit", stays: a claim on the attack told);
            # the perfect is an act done and judged ("police should not have arrested the journalists")
            return True
        if verb.pos_ != "VERB" or verb.dep_ != "xcomp":
            return False
        if not_yet(verb):
            return True
        head = verb.head
        return (head.lemma_.lower() in self.lex.refusal_heads
                and cand.spec.event not in self.lex.intent_types | {"AGREE", "ASSAULT", "COERCE", "CRIME", "MOBILIZE", "REJECT"})

    def _condemned_killing(self, ctx: _Doc, noun: Token, spec: Trigger | None, sent: SpacySpan) -> Candidate | None:
        """"Amnesty condemned the execution of two activists", "the UN denounced the killing of three
        aid workers": a killing told by a noun (events.yaml ``killing_nouns``) as the object of a verb
        of disapproval is an incident told by the condemner, its target the "of" phrase (people), its
        doer a "by" phrase or a possessor. Not a charge ("charged with the murder of X": no
        disapproval), nor one to come or only tried ("the planned execution": ``unrealised_killings``),
        nor one not condemned ("did not condemn the killing")."""
        verb = noun.head
        if spec is None or spec.event != "ASSAULT" or noun.dep_ != "dobj" or verb.pos_ != "VERB":
            return None
        said = self.lex.verbs.get(verb_lemma(verb, self.lex.verbs))
        if said is None or said.event != "ACCUSE" or said.mode != "disapprove" or self._negated(verb) or self._in_charge(noun):
            return None
        if any(c.dep_ in ("amod", "compound") and (c.lemma_.lower() in self.lex.unrealised_killings or c.lower_ in self.lex.unrealised_killings)
               for c in noun.children):
            return None
        cand = self._harm_told_by_noun(ctx, noun, spec, sent, verb)
        if cand is None:
            return None  # "condemned the killings": whose is not told here
        subj = self._subject(verb)
        claimer = self._statement_claimer(ctx, verb, subj)
        if claimer == REPORTER:
            return None  # a condemnation by no one named tells no incident
        cand.claimer = claimer
        return cand

    def _harm_told_by_noun(self, ctx: _Doc, noun: Token, spec: Trigger, sent: SpacySpan, verb: Token) -> Candidate | None:
        """An act done to people told by its noun ("the killing of three aid workers by gunmen"): its
        target the "of" phrase (people; none told, no incident), its doer a "by" phrase or a possessor."""
        victims = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        cand = Candidate(trigger=noun, spec=spec, sent=sent, start=noun.idx, end=noun.idx + len(noun), mode=spec.mode, acled=spec.acled)
        cand.target = [a for g in victims for a in self._actors(ctx, g, noun, unnamed=True)]
        if not cand.target:
            return None
        # its doers: "by police" (at times hung from the victims: "the killing of a protester by police")
        # (or from the verb: "condemned the killings of protesters by security forces")
        doers = [*_noun_agents(noun), *(d for v in (*victims, verb) for d in _noun_agents(v)),
                 *(c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON")]
        cand.source = [a for d in doers for a in self._actors(ctx, d, noun, unnamed=True)]
        if cand.acled is None and not any(r.sector in ("MIL", "REB") for r in cand.target):
            # a killing of people told by itself is one-sided violence, as an execution (of protesters:
            # excessive force against them, see _refine_types; of fighters: a clash)
            cand.acled = "Attack"
        return cand

    def _act_with_consequence(self, ctx: _Doc, noun: Token, spec: Trigger | None, sent: SpacySpan) -> Candidate | None:
        """"The killing of a journalist by gunmen sparked protests", "the rape of a schoolgirl by two
        soldiers caused outrage": an act done to people told by its noun (events.yaml ``killing_nouns``,
        ``harm_nouns``) as the subject of a verb of consequence (``consequence_frames``) happened, as
        one condemned did (:meth:`_condemned_killing`); not one to come, tried or charged, nor a
        consequence only feared ("could spark", "threatens to spark")."""
        verb = noun.head
        if (spec is None or spec.event != "ASSAULT" or noun.dep_ != "nsubj" or verb.pos_ != "VERB"
                or not self._consequence(noun, verb) or self._in_charge(noun)):
            return None
        if any(c.dep_ in ("amod", "compound") and (c.lemma_.lower() in self.lex.unrealised_killings or c.lower_ in self.lex.unrealised_killings)
               for c in noun.children):
            return None
        return self._harm_told_by_noun(ctx, noun, spec, sent, verb)

    def _consequence(self, noun: Token, verb: Token) -> bool:
        """A verb of consequence (events.yaml ``consequence_frames``: "sparked", "triggered") told as
        happened: not negated, modal, conditional, an infinitive ("threatens to spark") nor a question."""
        return (verb.lemma_.lower() in self.lex.consequence_frames and self._told_as_happened(noun, verb, listing=False)
                and not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
                and not span_text(noun.sent).rstrip().endswith("?"))

    def _died_in_attack(self, ctx: _Doc, verb: Token, sent: SpacySpan) -> Candidate | None:
        """"Twelve soldiers died in the assault near X", "three civilians died during the attack on
        the market": those who died in an attack noun (events.yaml ``nouns`` of type ASSAULT, or
        ``fight_nouns``) are its toll and its target, typed as "were killed in" it (the noun's
        means give the sub-type); its doers are the noun's "by" phrase, the other side of a fight
        ("clashes with police") or the sides of a fight. Not "died in a car crash" (an accident),
        "died in the incident" (``death_generic_nouns``), "died in hospital" or "died of his
        wounds" (no attack named: the toll of an earlier attack only where one is told)."""
        subj = self._subject(verb)
        if subj is None and verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i:
            subj = verb.head  # "Twenty migrants perished in the attack", parsed as a participle of the noun: an intransitive's doer
        if subj is None:
            return None
        for c in verb.children:
            if c.dep_ != "prep" or c.lower_ not in ("in", "during"):
                continue
            for g in c.children:
                if g.dep_ != "pobj" or self._accident(g):
                    continue
                key, noun, _ = self._noun_key(g)
                spec = self.lex.nouns.get(key) if key else None
                if spec is None and g.lemma_.lower() in self.lex.fight_nouns - self.lex.death_generic_nouns:
                    spec = self.lex.verbs.get("kill")
                if spec is None or spec.event != "ASSAULT":
                    continue
                # typed as "were killed in" it is: the noun's means (an airstrike, a bombing) give mode
                # and sub-type, the parties the rest ("died in clashes with police": force on protesters)
                kill = self.lex.verbs.get("kill") or spec
                cand = Candidate(trigger=verb, spec=kill, sent=sent, start=verb.idx, end=verb.idx + len(verb), mode=spec.mode,
                                 acled=spec.acled if spec.mode else None)
                # the doers: "an ambush by militants" (the "by" phrase at times hangs from the verb)
                agents = [*_noun_agents(noun), *(d for a in verb.children if a.dep_ in ("agent", "prep") and a.lower_ == "by"
                                                  for d in a.children if d.dep_ == "pobj")]
                if not agents and (spec.acled == "Armed clash" or noun.lemma_.lower() in self.lex.fight_nouns):
                    # "died during clashes with police": the other side of a fight is its doer
                    agents = [d for a in noun.children if a.dep_ == "prep" and a.lower_ == "with" for d in a.children if d.dep_ == "pobj"]
                cand.source = [a for d in agents for a in self._actors(ctx, d, verb, unnamed=True)]
                sides = self._fight_sides(ctx, noun) if not cand.source else []
                # the dead of a fight between two sides are its toll ("died in the fighting between X
                # and Y", as "were killed in ..."); "no one died in the attack" tells the attack, no victim
                if sides:
                    cand.source = sides
                elif not _harm_denied(verb):
                    cand.target = [a for a in self._actors(ctx, subj, verb, unnamed=True) if not _same(a, cand.source)]
                return cand if cand.target or sides or _harm_denied(verb) else None
        return None

    def _contest_won(self, verb: Token, objs: list[Token]) -> bool:
        """A verb of force that tells a win or something overcome (events.yaml ``contest``): its
        object a deadline, record or rival, or the verb set in a match, final or election."""
        if verb.lemma_.lower() not in self.lex.contest_verbs:
            return False
        if any(o.lemma_.lower() in self.lex.contest_objects or o.lower_ in self.lex.contest_objects for o in objs):
            return True
        return any(c.dep_ == "prep" and g.dep_ == "pobj" and g.lemma_.lower() in self.lex.contest_settings
                   for c in verb.children for g in c.children)

    def _in_attack(self, verb: Token) -> bool:
        """Whether a verb tells its harm "in" or "during" an attack named by a noun ("no one was
        killed in the attack"): the attack is told even when no one was harmed."""
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "during"):
                for g in c.children:
                    if g.dep_ == "pobj":
                        key, _, _ = self._noun_key(g)
                        spec = self.lex.nouns.get(key) if key else None
                        if spec is not None and spec.event == "ASSAULT":
                            return True
        return False

    def _statement_refused(self, verb: Token) -> bool:
        """"refused to criticise X", "declined to comment", "refused to deny": a statement
        withheld (CAMEO 011), no REJECT of X, neither from the refusal nor from the embedded
        verb; decided by the embedded verb's class (events.yaml ``withheld_statements``): a
        speech act of conflict or a verb of saying. "refused to withdraw" stays REJECT."""
        if verb.pos_ != "VERB":
            return False
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in self.lex.refusal_heads:
            return self._withheld(verb)
        return verb.lemma_.lower() in self.lex.refusal_heads and any(
            c.dep_ == "xcomp" and c.pos_ == "VERB" and self._withheld(c) for c in verb.children)

    def _withheld(self, verb: Token) -> bool:
        lemma = verb.lemma_.lower()
        spec = self.lex.verbs.get(lemma)
        return self.lex.withheld(verb) or (spec is not None and spec.speech and spec.event in self.lex.withheld_types)

    def _negated(self, verb: Token) -> bool:
        if any(c.dep_ == "neg" for c in verb.children):
            return True
        head = verb.head
        return verb.dep_ == "xcomp" and (head.lemma_.lower() in self.lex.refusal_heads or any(c.dep_ == "neg" for c in head.children))

    def _conditional(self, verb: Token, event: str = "") -> bool:
        """'... unless X does Y': a demand backed by the act; so is force, coercion or a cut in
        relations that 'may', 'will' or 'would' follow 'if X does Y' (CAMEO 13)."""
        modal = any(c.dep_ == "aux" and c.lower_ in ("may", "might", "could", "would", "will", "shall", "'ll") for c in verb.children)
        for c in verb.children:
            if c.dep_ != "advcl":
                continue
            marks = {m.lower_ for m in c.children if m.dep_ == "mark"}
            if "unless" in marks or ("if" in marks and modal and event in self.lex.threat_types):
                return True
        return False

    def _intended(self, verb: Token, *, modal: bool) -> bool:
        """A promised, not done, act: 'will provide', 'is willing to withdraw', 'offered to release'."""
        if any(c.dep_ == "neg" for c in verb.children):
            return False
        auxes = ("will", "shall", "'ll", "would") if modal else ("will", "shall", "'ll")
        if any(c.dep_ == "aux" and c.lower_ in auxes for c in verb.children):
            return True
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in self.lex.reporting_verbs and verb.head.tag_ in ("VBD", "VBN") \
                and any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children):
            return True  # reported future: "said they would meet the mediator"
        heads = self.lex.threat_heads if modal else self.lex.intent_heads
        # "have sworn to fight" is at times parsed as an adverbial clause: the "to" marks the promise
        controlled = verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children))
        return controlled and verb.head.lemma_.lower() in heads

    def _noun(self, ctx: _Doc, tok: Token, spec: Trigger, sent: SpacySpan, start: int) -> Candidate | None:
        if spec.event == "AGREE" and spec.mode is None:
            # "signed a ceasefire agreement", "a truce deal": the deal's kind told by the noun before it
            kinds = [n for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i
                     and (n := self.lex.nouns.get(c.lemma_.lower()) or self.lex.nouns.get(c.lower_)) is not None
                     and n.event == "AGREE" and n.mode]
            if kinds:
                spec = replace(spec, mode=kinds[0].mode, acled=spec.acled or kinds[0].acled)
        if spec.event == "AGREE" and spec.acled is None and self._settles(tok):
            spec = replace(spec, acled="Agreement")  # "a power-sharing deal", "signed a deal to end the war"
        frame_tok = tok
        if tok.dep_ == "compound" and tok.head.lemma_.lower() in self.lex.generic_event_heads:
            frame_tok = tok.head  # "launched a mediation effort": the effort stands in the frame
        elif (tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN"
              and tok.head.head.lemma_.lower() in self.lex.generic_event_heads):
            frame_tok = tok.head.head  # "declared a state of siege", "began a new round of talks"
        while (frame_tok.dep_ == "conj" and frame_tok.head.pos_ in ("NOUN", "PROPN") and frame_tok.head.i < frame_tok.i
               and self.lex.nouns.get(self._noun_key(frame_tok.head)[0] or "") is None):
            frame_tok = frame_tok.head  # "imposed a state of emergency and a curfew": the curfew stands where the first does
        head = frame_tok.head
        if self._stopped(self.lex.stopped_acts, frame_tok, head, tok):
            # "crushed a coup attempt": the attempt told as made, its plotters not named here
            return Candidate(trigger=tok, spec=spec, sent=sent, start=min(start, frame_tok.idx), end=max(tok.idx + len(tok), frame_tok.idx + len(frame_tok)),
                             mode=spec.mode, acled=spec.acled, told_by_place=True,
                             news_alone=not self._coup_told_before(tok))  # (kept with no doer named)
        if self._stopped(self.lex.repelled_acts, frame_tok, head, tok):
            return self._repelled_attack(ctx, tok, spec, sent, start, head)
        framing = self._framing_verb(frame_tok)
        if framing is not None:
            return self._framed_by_verb(ctx, tok, spec, sent, start, *framing)
        moving = (frame_tok.dep_ == "pobj" and frame_tok.head.lower_ in ("on", "for") and frame_tok.head.dep_ == "prep"
                  and frame_tok.head.head.pos_ == "VERB" and frame_tok.head.head.lemma_.lower() in self.lex.motion_frames)
        if moving:
            subj = self._subject(frame_tok.head.head)
            if subj is None:
                return None
            cand = Candidate(trigger=tok, spec=spec, sent=sent, start=start, end=tok.idx + len(tok), mode=spec.mode, acled=spec.acled)
            verb = frame_tok.head.head
            cand.source = self._actors(ctx, subj, verb)
            # the host: where the visitor went ("arrived in Amman", "flew to Cairo")
            cand.target = [a for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "to", "at") for g in c.children
                           if g.dep_ == "pobj" for a in (self._actors(ctx, g, verb) or self._place_actor(ctx, g)) if not _same(a, cand.source)][:1]
            return cand if cand.source and not spec.needs_target else None
        event_end = tok.idx + len(tok)
        act = tok.lemma_.lower()
        tok = frame_tok
        start, event_end = min(start, tok.idx), max(event_end, tok.idx + len(tok))  # "a state of siege" spans both
        reached = tok.dep_ in SUBJ and self._measure_reaching(head, tok) is not None  # "new sanctions hit Iranian banks"
        framed = (
            (tok.dep_ in SUBJ and head.lemma_.lower() in self.lex.subject_frames and head.lemma_.lower() not in self.lex.verbs)
            or reached
            or (tok.dep_ == "dobj" and verb_lemma(head, self.lex.light_verbs) in self.lex.light_verbs)
            or (tok.dep_ == "dobj" and head.lemma_.lower() in self.lex.deny_verbs and any(  # "denied holding talks", parsed as a modifier
                c.dep_ in ("amod", "compound") and c.tag_ == "VBG" and verb_lemma(c, self.lex.light_verbs) in self.lex.light_verbs for c in tok.children))
            or (tok.dep_ == "pobj" and any(c.dep_ == "poss" and ctx.mention_for_token(c) is not None for c in tok.children))
            or (tok.dep_ == "attr" and spec.event in self.lex.existential_events and self._existential(tok, head))
            # "the attack on the school sparked outrage"; "... sparked protests in X": what it set off happened too
            or (tok.dep_ in ("nsubj", "dobj") and spec.event in self.lex.existential_events and self._consequence(tok, head))
        )
        # "a coup attempt failed on Sunday", "a failed coup left the capital tense": a coup told as the subject
        # of any verb happened (or was tried), as ACLED codes coup attempts; it needs no plotter named, and
        # "the coup attempt failed" tells one too when no coup was told before (else it is that one, an
        # event already or background: "seized power in 2012. The coup was condemned")
        coup_subject = act in self.coup_nouns and tok.dep_ in SUBJ and head.pos_ == "VERB"
        coup_before = coup_subject and self._coup_told_before(tok)  # asked once, for both uses below
        coup = coup_subject and self._told_as_happened(tok, head, listing=coup_before)
        framed = framed or coup
        planned = not framed and self._planned(tok, head, spec)  # "a general strike is planned for Monday"
        framed = framed or planned
        # "a peace agreement was signed between X and Y", "a ceasefire was agreed on Sunday": a deal told as made, by
        # the parties between whom or by whom it was (the mediator who brokered it is none)
        agreed = (spec.event == "AGREE" and tok.dep_ == "nsubjpass" and head.pos_ == "VERB"
                  and not any(c.dep_ == "neg" for c in head.children)
                  and (verb_lemma(head, self.lex.light_verbs) in self.lex.light_verbs or head.lemma_.lower() in self.lex.settlement_acts))
        framed = framed or agreed
        # ("the protest turned violent" tells that one as it happened: no listing, as "there was the explosion" is)
        turned = spec.event == "PROTEST" and tok.dep_ in SUBJ and self._turned_violent(head) and self._told_as_happened(tok, head, listing=False)
        if turned:  # "protests turned violent", "the protest turned violent": the demonstration told is a riot
            framed, spec = True, replace(spec, mode="riot", acled="Violent demonstration")
        if not framed:
            return None
        if tok.dep_ == "dobj" and verb_lemma(head, self.lex.light_verbs) in self.lex.light_verbs and self._requested(head, governed=True):
            return None  # "called on the government to open an independent investigation": asked for, not done
        if spec.event != "REQUEST" and self._at_request(tok):
            return None  # "held a meeting at X's request": one event, the request (coded with its speaker)
        if spec.event == "ASSAULT" and self._accidental_blast(tok):
            return None  # "a blast at a chemical plant injured 30 workers": a mishap, no one's act
        cand = Candidate(trigger=tok, spec=spec, sent=sent, start=start, end=event_end, mode=spec.mode, acled=spec.acled,
                         told_by_place=tok.dep_ == "attr" or planned or coup or turned or agreed or self._onset(tok, head, spec)
                         or (tok.dep_ == "dobj" and self._consequence(tok, head)),
                         news_alone=(coup and not coup_before) or turned)  # ("the protest turned violent": told as it happened)
        # a possessive pronoun ("held their first meeting") points back to the subject
        poss = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        if poss is not None:
            cand.source = self._actors(ctx, poss, tok)
            if tok.dep_ == "pobj":  # "held a meeting at X's request": the request goes to the holder
                verb = tok.head.head
                subj = self._subject(verb) if verb.pos_ in ("VERB", "AUX") else None
                if subj is not None:
                    cand.target = self._actors(ctx, subj, verb)
        elif tok.dep_ == "dobj":  # light verb: "X expressed regret", "X launched an airstrike"
            subj = self._subject(head)
            if subj is not None:
                cand.source = self._actors(ctx, subj, head, unnamed=True)
                if not cand.source and spec.event in (self.lex.pair_descriptions or {}).get("unnamed_types", ()):
                    cand.source = self._unnamed_pair(ctx, subj)  # "the two sides signed a ceasefire agreement", none named before
        elif planned:  # "a strike was planned by the unions": who plans it will do it
            cand.source = [a for c in head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
                           for a in self._actors(ctx, g, head, unnamed=True)]
        elif agreed:
            cand.source = [a for c in [*head.children, *tok.children] if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "between")
                           for g in c.children if g.dep_ == "pobj" for a in self._actors(ctx, g, head, unnamed=True)]
        if not cand.source:
            cand.source = [a for c in tok.children if c.dep_ in ("compound", "amod", "nmod") for a in self._actors(ctx, c, tok)]
            if reached:  # "US sanctions hit Iranian banks": the modifier's actor, never the measure's own phrase
                cand.source = [a for a in cand.source if a.start is None or not (a.start <= tok.idx < a.end)]
        if not cand.source and spec.event == "ASSAULT":
            cand.source = self._fight_sides(ctx, tok)
        if not cand.source:  # "Palestinian riots", "an Israeli airstrike": the demonym names the actor's country
            cand.source = [ref for c in tok.children if c.dep_ == "amod" and c.i < tok.i if (ref := self._demonym(c)) is not None][:1]
        if not cand.source and spec.event in ("ASSAULT", "PROTEST"):  # "there was an attack by rebels on a convoy", "a march by teachers"
            # (the "by" phrase at times hung from the aim: "the attack on a school by gunmen")
            aims = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in AIM_PREPS for g in c.children if g.dep_ == "pobj"]
            cand.source = [a for g in (*_noun_agents(tok), *(d for g in aims for d in _noun_agents(g))) for a in self._actors(ctx, g, tok, unnamed=True)]
        if not cand.target and spec.event == "ASSAULT":
            # "an attack (by rebels) on a convoy near X": the convoy, not the place it was near
            cand.target = self._noun_aim(ctx, tok, tok, cand)
        if not cand.target and reached:  # "US sanctions hit Iranian banks": whom the measure reached
            cand.target = [a for o in head.children if o.dep_ == "dobj" for a in self._actors(ctx, o, head, unnamed=True) if not _same(a, cand.source)]
        if not cand.target and spec.event == "ASSAULT" and tok.dep_ == "nsubj" and head.lemma_.lower() == "leave":
            # "clashes left a policeman and a protester dead": the people the attack left dead or hurt
            cand.target = [a for o in head.children if o.dep_ == "dobj" for a in self._actors(ctx, o, head, unnamed=True)]
        if not cand.target:
            scope = [tok, head] if tok.dep_ == "dobj" else [tok]
            for s in scope:
                for prep in s.children:
                    if prep.dep_ == "prep" and prep.lower_ in TARGET_PREPS:
                        for pobj in prep.subtree:
                            if pobj.dep_ == "pobj":
                                found = [a for a in self._actors(ctx, pobj, tok) if not _same(a, cand.source)]
                                if not found and s.i == tok.i:
                                    found = self._noun_place_target(ctx, tok, prep, pobj, cand)
                                if found:
                                    cand.target = found[:1]
                                    break
                    if cand.target:
                        break
        if spec.speech:
            q = ctx.quote_covering(start)
            if q is None and tok.dep_ == "dobj":
                q = ctx.quote_for_cue(head)
            if not cand.source and q is not None and q.speaker.code:
                cand.source = [speaker_ref(q.speaker)]
        if spec.needs_target and not cand.target:
            return None
        if spec.speech and not cand.source:
            return None
        if spec.mode == "exercise" and self._joint(cand, tok):
            cand.spec = replace(spec, event="COOPERATE")  # CAMEO 062: joint exercises are military cooperation
        return cand

    def _turned_violent(self, verb: Token) -> bool:
        """A verb of turning with a state of violence ("turned violent", "became unruly"; events.yaml violent_turns)."""
        turns = self.lex.violent_turns or {}
        return verb.lemma_.lower() in turns.get("verbs", ()) and any(
            c.dep_ in ("acomp", "oprd") and c.lower_ in turns.get("states", ()) for c in verb.children)

    def _onset(self, noun: Token, verb: Token, spec: Trigger) -> bool:
        """"Protests erupted in X", "clashes broke out", "a rally was held": a noun of the
        existential types as subject of a verb of onset, not negated, modal or a listing; or told
        as to come ("a rally will be held in X on Friday", see :meth:`_told_as_future`)."""
        if noun.dep_ not in SUBJ or spec.event not in self.lex.existential_events or verb.lemma_.lower() not in self.lex.onset_frames:
            return False
        return self._told_as_happened(noun, verb) or self._told_as_future(noun, verb)

    def _existential(self, noun: Token, be: Token) -> bool:
        """'There was an attack', 'there were clashes': the noun told to have happened; not 'there was
        no attack', 'there wasn't an explosion', 'there could be an attack', 'was there an attack?',
        'if there is an attack', 'there was the explosion at X' (a listing), 'there have been attacks
        on X' (the present perfect sums up a record). 'There will be a demonstration in X on Friday'
        is kept as an event to come (see :meth:`_told_as_future`), as "X will protest" is."""
        expl = next((c for c in be.children if c.dep_ == "expl"), None)
        if expl is None and be.dep_ == "xcomp" and self._future_frame(be):
            # "there are going to be protests": the parser hangs "there" on "going"
            expl = next((c for c in be.head.children if c.dep_ == "expl"), None)
            if expl is not None and (self._told_as_future(noun, be) and not any(c.dep_ == "neg" for c in be.head.children)):
                return not span_text(noun.sent).rstrip().endswith("?")
            return False
        if be.lemma_.lower() != "be" or expl is None:
            return False
        if be.i < expl.i or span_text(noun.sent).rstrip().endswith("?"):
            return False  # a question
        return self._told_as_happened(noun, be) or self._told_as_future(noun, be)

    def _told_as_happened(self, noun: Token, verb: Token, *, future: bool = False, listing: bool = True) -> bool:
        """The existential and onset frames' shared test: the verb is not negated, modal,
        conditional ("if", "whether") or in the present perfect ("there have been attacks on X":
        a record, no incident), and the noun is no "no attack" nor (``listing``) a definite listing.
        ``future``: the one modal allowed is that of the future (see :meth:`_told_as_future`)."""
        if any(c.dep_ == "neg" or (c.tag_ == "MD" and not (future and c.lower_ in self.lex.future_frame_modals))
               or (c.dep_ == "mark" and c.lower_ in self.lex.existential_unsaid_marks)
               or (c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve"))
               for c in verb.children):
            return False
        return not any(c.dep_ == "det" and (c.lower_ == "no" or (listing and c.lower_ in self.lex.existential_listing_determiners))
                       for c in noun.children)

    def _told_as_future(self, noun: Token, verb: Token) -> bool:
        """'There will be a demonstration in X on Friday', 'a rally will be held', 'there are going
        to be protests', 'organisers said there would be a march': an event announced to come. It is
        kept, as "X will protest" is, and coded as that verb is (THREATEN, hypothetical; see
        :meth:`_recode` and :meth:`_modality`), never as one that happened. Not 'there will be no
        talks', 'there won't be a strike', 'there could be an attack' (a guess, no announcement)."""
        return self._future_frame(verb) and self._told_as_happened(noun, verb, future=True)

    def _planned(self, noun: Token, verb: Token, spec: Trigger) -> bool:
        """"A general strike is planned for Monday", "a protest is scheduled in X on Friday": a noun of
        the existential types as passive subject of a verb of planning (``future_heads``), not negated:
        an event announced to come, kept as :meth:`_told_as_future` keeps one."""
        return (noun.dep_ == "nsubjpass" and spec.event in self.lex.existential_events
                and verb.lemma_.lower() in self.lex.future_heads and self._told_as_future(noun, verb))

    def _future_frame(self, verb: Token) -> bool:
        """The frame verb of a nominal event in the future: "will be", "are going to be", "is
        scheduled to be held" (dates.is_future), or a reported future ("said there would be")."""
        if is_future(verb):
            return True
        return (verb.dep_ == "ccomp" and verb.head.lemma_.lower() in self.lex.reporting_verbs and verb.head.tag_ in ("VBD", "VBN")
                and any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children))

    def _framed_future(self, cand: Candidate) -> bool:
        """A nominal event told by place in the existential or onset frame, announced to come."""
        tok = cand.trigger
        return cand.told_by_place and tok.pos_ in ("NOUN", "PROPN") and self._future_frame(tok.head) \
            and not any(c.dep_ == "neg" for c in tok.head.children)

    def _noun_aim(self, ctx: _Doc, noun: Token, trigger: Token, cand: Candidate) -> list[ActorRef]:
        """Whom or what an attack told by a noun is aimed at: its "on/against" phrase ("an attack on a
        convoy near X": the convoy, as the verb path takes what was struck, not the place it stood),
        also when the parser hung that phrase under the "by" doer (:meth:`_aims_under_doers`). An
        actor (described ones too), else a place named right there ("an attack on X"), else the thing."""
        preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in AIM_PREPS]
        for prep in [*preps, *self._aims_under_doers(ctx, noun)]:
            for g in prep.children:
                if g.dep_ != "pobj" or g.ent_type_ in TIME_ENTS:
                    continue
                found = [a for a in self._actors(ctx, g, trigger, unnamed=True) if not _same(a, cand.source)]
                if not found and prep.head.i == noun.i:
                    found = self._noun_place_target(ctx, noun, prep, g, cand)
                found = found or self._thing(ctx, g, trigger)
                if found:
                    return found[:1]
        return []

    def _aims_under_doers(self, ctx: _Doc, noun: Token) -> list[Token]:
        """"an attack by rebels on a convoy": the parser often attaches "on a convoy" to "rebels";
        an "on/against" phrase under the "by" doer of an attack noun belongs to the noun, unless it
        names a time or a place ("by rebels on Sunday", "by rebels in/on X")."""
        places = ctx.analysis.places
        return [c for g in _noun_agents(noun) for c in g.children if c.dep_ == "prep" and c.lower_ in AIM_PREPS
                and not any(p.ent_type_ in TIME_ENTS or any(pl.start <= p.idx < pl.end for pl in places)
                            for p in c.children if p.dep_ == "pobj")]

    def _noun_place_target(self, ctx: _Doc, noun: Token, prep: Token, pobj: Token, cand: Candidate) -> list[ActorRef]:
        """The place an act named by a noun is aimed at: "the invasion of X", "a blockade of X",
        "an attack on X" (the noun's own "of/on/against" phrase, not a place further down); the
        place stands for its country, as PLOVER codes a place acted on."""
        if prep.lower_ not in ("of", "on", "against") or pobj.head.i != prep.i or prep.head.i != noun.i:
            return []
        if pobj.lemma_.lower() in self.lex.place_nouns or pobj.lower_ in LOCATIVE_PREPS:
            return []
        return [a for a in self._place_actor(ctx, pobj) if not _same(a, cand.source)]

    def _recipient(self, ctx: _Doc, verb: Token, cand: Candidate) -> list[ActorRef]:
        """Who receives what a verb gives ("to X"), also when it is a thing coded by its demonym
        ("reduced supplies to the biggest Cambodian refugee camp in X": the camp's people, not the
        country it stands in)."""
        preps = [c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"]
        for g in (g for c in preps for g in c.children if g.dep_ == "pobj"):
            found = [a for a in (self._actors(ctx, g, verb) or self._place_actor(ctx, g)) if not _same(a, cand.source)]
            if not found and cand.spec.event != "ASSAULT":
                found = [r for r in self._thing(ctx, g, verb) if r.code and not _same(r, cand.source)]
            if found:
                return found
        return []

    def _warned_act(self, verb: Token) -> Token | None:
        """The act to come a warning tells ("warned that violators would be punished", "warned it
        would strike"): a clause with will/would whose verb is a harm (an event of events.yaml
        ``threat`` ``types``) or a word of ``warned_acts`` ("punish"), done by the warner (a
        passive with no agent, or a pronoun subject), else None."""
        for c in verb.children:
            if c.dep_ != "ccomp" or any(a.dep_ == "neg" for a in c.children):
                continue
            if not any(a.dep_ == "aux" and a.lower_ in ("will", "would", "shall", "'ll") for a in c.children):
                continue
            passive = any(a.dep_ == "auxpass" for a in c.children)
            doer = next((a for a in c.children if a.dep_ == ("agent" if passive else "nsubj")), None)
            if doer is not None and not (not passive and doer.lower_ in PRONOUNS):
                continue  # "warned that the storm would hit the coast", "... rebels would attack": another's act, no threat
            lemma = c.lemma_.lower()
            if lemma in self.lex.warned_acts or getattr(self.lex.verbs.get(lemma), "event", None) in self.lex.threat_types:
                return c
        return None

    def _warned_act_target(self, ctx: _Doc, verb: Token, cand: Candidate) -> list[ActorRef]:
        """'X warned that it would attack rebel bases': a warning of an act to come (an event verb
        with will/would) threatens whom that act is aimed at (not the doer's own people)."""
        own = {r.code for r in cand.source if r.code}
        for c in verb.children:
            if c.dep_ != "ccomp" or c.lemma_.lower() not in self.lex.verbs:
                continue
            if not any(a.dep_ == "aux" and a.lower_ in ("will", "would", "shall", "'ll") for a in c.children):
                continue
            objs = [o for o in c.children if o.dep_ == "dobj"]
            objs += [g for p in c.children if p.dep_ == "prep" and p.lower_ in ("against", "on", "at") for g in p.children if g.dep_ == "pobj"]
            objs = [o for o in objs if not any(k.dep_ == "poss" and k.lower_ in OWN_POSSESSIVES for k in o.children)]  # "deploy its troops"
            found = [a for o in objs for a in (self._actors(ctx, o, c, unnamed=True) or [r for r in self._thing(ctx, o, c) if r.code])
                     if not _same(a, cand.source) and a.code not in own]
            if found:
                return found[:1]
        return []

    def _purpose_partner(self, ctx: _Doc, verb: Token, cand: Candidate) -> list[ActorRef]:
        """'called his counterpart to discuss X', 'phoned the king to discuss ...': a meeting told
        as the purpose of an act on someone is held with that one (the object of the act)."""
        if verb.dep_ != "advcl" or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
            return []
        own = {r.code for r in cand.source if r.code}  # a coded other party, not its own people sent ("sent troops to discuss")
        return [a for o in verb.head.children if o.dep_ == "dobj" and o.i < verb.i
                for a in self._actors(ctx, o, verb) if a.code and a.code not in own and not _same(a, cand.source)]

    def _place_object(self, ctx: _Doc, objs: list[Token], cand: Candidate) -> list[ActorRef]:
        """A place named as the direct object ("would blockade Paris", "besieged Sarajevo") is
        acted on and stands for its country, before any party named further on in the clause
        (an attack's place is handled apart: it hits what it hits)."""
        return [a for o in objs if o.dep_ == "dobj" and o.pos_ == "PROPN"
                for a in self._place_actor(ctx, o) if not _same(a, cand.source)][:1]

    def _by_authorities(self, verb: Token, spec: Trigger, passive: bool, agent: Token | None) -> bool:
        """An arrest, an investigation or an execution told in the passive with no one named ("X was
        arrested in Y", "was put under investigation", "two men were executed"): the state's
        authorities did it, so the person it befell is its target even when only described."""
        return passive and agent is None and (spec.mode == "arrest" or spec.event == "INVESTIGATE" or self._execution(verb, spec))

    def _execution(self, verb: Token, spec: Trigger) -> bool:
        """An execution ("executed two men", "were hanged"): a killing of people held (events.yaml executions)."""
        return spec.event == "ASSAULT" and verb.lemma_.lower() in self.lex.executions

    def _joint(self, cand: Candidate, tok: Token) -> bool:
        """Whether a nominal act is done together: "joint exercises", "exercises with X", or by a
        compound doer ("French and Egyptian warships", "Jordan and Britain")."""
        if any(c.lower_ in ("joint", "combined") for c in tok.children) or cand.target:
            return True
        if len({r.code for r in cand.source if r.code}) > 1:
            return True
        verb = tok.head if tok.dep_ == "dobj" else None
        subj = self._subject(verb) if verb is not None else None
        return subj is not None and (bool(subj.conjuncts) or any(c.dep_ in ("amod", "compound") and c.conjuncts for c in subj.children))

    def _coup_told_before(self, tok: Token) -> bool:
        """Whether a coup was told before the sentence of ``tok``: a coup noun (events.yaml ``stopped_acts``
        ``nouns``), or an object of a coup's verb-object rows ("seized power")."""
        coups, rows = self.coup_nouns, self.coup_rows
        return any(t.lemma_.lower() in coups or any(t.lemma_.lower() in objects and t.head.lemma_.lower() in verbs for verbs, objects in rows)
                   for t in doc_tokens(tok.doc)[:tok.sent.start])

    def _coup_told_with(self, cand: Candidate) -> Candidate | None:
        """"Coup plotters stormed the presidential palace", "soldiers attacked the palace in a coup
        attempt": an attack by doers named for a coup, or made in one (a noun of events.yaml
        ``stopped_acts`` ``nouns``, or a generic head of one), is also the coup attempt: COERCE seize,
        coded by ACLED as a coup is (Strategic developments / Other), by the attack's doers; the
        attack stays an event of its own, as ACLED codes a coup's violence. None for the attack's
        sufferers ("soldiers killed coup plotters")."""
        tok = cand.trigger
        if cand.spec.event != "ASSAULT" or tok.pos_ != "VERB":
            return None
        coups = self.coup_nouns

        def coup_word(noun: Token) -> Token | None:
            if noun.lemma_.lower() in coups:
                return noun
            if noun.lemma_.lower() in self.lex.generic_event_heads:  # "a coup attempt", "a coup bid"
                return next((k for k in noun.children if k.dep_ in ("compound", "amod") and k.lemma_.lower() in coups), None)
            return None

        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
        subj = None if passive else self._subject(tok)
        word = None
        if subj is not None:  # "coup plotters", "coup leaders"
            word = next((k for k in subj.children if k.dep_ in ("compound", "amod") and k.lemma_.lower() in coups), None)
        if word is None:  # "in a failed coup", "during the coup attempt"
            word = next((w for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "during")
                         for g in c.children if g.dep_ == "pobj" and (w := coup_word(g)) is not None), None)
        spec = self.lex.nouns.get(word.lemma_.lower()) if word is not None else None
        if spec is None and subj is not None and (named := (self.lex.coup_doers or {}).get(subj.lemma_.lower())):
            word, spec = subj, self.lex.nouns.get(named)  # "putschists stormed the broadcaster"
        if spec is None:
            return None
        coup = Candidate(trigger=word, spec=spec, sent=cand.sent, start=word.idx, end=word.idx + len(word), mode=spec.mode,
                         acled=spec.acled, told_by_place=True, news_alone=not self._coup_told_before(word))
        coup.source = list(cand.source)
        return coup

    @staticmethod
    def _stopped(acts: dict | None, frame_tok: Token, head: Token, tok: Token) -> bool:
        """A noun of ``acts`` (events.yaml ``stopped_acts``, ``repelled_acts``) as the object of one of
        its verbs ("foiled a coup attempt", "crushed the putsch"; "repelled an attack", "an offensive
        was repulsed"), not negated ("failed to stop a coup" is no stopping either way, and "did not
        repel the attack" tells the attack by its own words, if any; "failed to repel it" still tells
        it made and met)."""
        acts = acts or {}
        return (frame_tok.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB" and head.lemma_.lower() in acts.get("verbs", ())
                and tok.lemma_.lower() in acts.get("nouns", ()) and not any(c.dep_ == "neg" for c in head.children))

    def _repelled_attack(self, ctx: _Doc, tok: Token, spec: Trigger, sent: SpacySpan, start: int, verb: Token) -> Candidate:
        """"Soldiers repelled an attack on their base": the attack made and met (an armed clash), by the
        doers named on the noun ("a rebel attack", "an attack by X") or by none named, on those who
        repelled it (the subject, or the passive's agent)."""
        cand = Candidate(trigger=tok, spec=spec, sent=sent, start=min(start, tok.idx), end=tok.idx + len(tok),
                         mode=spec.mode, acled="Armed clash", told_by_place=True)
        cand.source = ([a for c in tok.children if c.dep_ in ("compound", "amod", "nmod") for a in self._actors(ctx, c, tok)]
                       or [ref for c in tok.children if c.dep_ == "amod" and c.i < tok.i if (ref := self._demonym(c)) is not None][:1]
                       or [a for g in _noun_agents(tok) for a in self._actors(ctx, g, tok, unnamed=True)])
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        if not cand.source and not passive:
            # "troops repelled an attack on their base by ADF fighters": the noun's agent the parse hung on the active
            # verb (an active verb has no agent of its own; "repelled it by firing back" tells the means, no pobj)
            # ("an attack on a military post by jihadists": hung on the place attacked)
            struck = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "against") for g in c.children if g.dep_ == "pobj"]
            cand.source = [a for c in (*verb.children, *(k for g in struck for k in g.children)) if c.dep_ == "prep" and c.lower_ == "by" and c.i > tok.i
                           for g in c.children if g.dep_ == "pobj" for a in self._actors(ctx, g, tok, unnamed=True)]
        defenders = ([g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"] if passive
                     else [s] if (s := self._subject(verb)) is not None and not self._teller(s, verb) else [])
        cand.target = [a for d in defenders for a in self._actors(ctx, d, verb, unnamed=True) if not _same(a, cand.source)]
        return cand

    def _teller(self, subj: Token, verb: Token) -> bool:
        """Whether the subject found for a clause is the one who tells it ("X said soldiers loyal to Y had repelled
        an attack", the parse leaving "repelled" no subject of its own): the speaker did not do what he tells."""
        return verb.dep_ == "ccomp" and subj.head.i == verb.head.i and verb.head.lemma_.lower() in self.lex.harm_doer_speech_verbs

    def _framing_verb(self, tok: Token) -> tuple[Token, bool] | None:
        """The verb whose prepositional phrase makes a nominal event an act: "engaged in ethnic
        cleansing", "took part in a protest", "resorted to violence" (its subject did it), "placed
        under arrest", "put under investigation" (its subject underwent it). Returns (verb, done_to)."""
        if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
            return None
        prep, owner = tok.head.lower_, tok.head.head
        if owner.lemma_.lower() == "part" and owner.head.lemma_.lower() == "take":
            owner, key = owner.head, "take part"
        else:
            key = owner.lemma_.lower()
        if owner.pos_ not in ("VERB", "AUX", "ADJ"):
            return None
        if prep in self.lex.participation_frames.get(key, ()):
            return owner, False
        if prep in self.lex.subjection_frames.get(key, ()):
            return owner, True
        return None

    def _framed_by_verb(self, ctx: _Doc, tok: Token, spec: Trigger, sent: SpacySpan, start: int, verb: Token,
                        done_to: bool) -> Candidate | None:
        cand = Candidate(trigger=tok, spec=spec, sent=sent, start=start, end=tok.idx + len(tok), mode=spec.mode, acled=spec.acled)
        subj = self._subject(verb)
        agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        if done_to:
            cand.target = self._actors(ctx, subj, verb, unnamed=True) if subj is not None else []
            cand.source = self._actors(ctx, agent, verb, unnamed=True) if agent is not None else []
        else:
            cand.source = self._actors(ctx, subj, verb, unnamed=True) if subj is not None else []
            cand.target = [a for c in [*tok.children, *verb.children] if c.dep_ == "prep" and c.lower_ in TARGET_PREPS - {"of", "for"}
                           for g in c.children if g.dep_ == "pobj" for a in self._actors(ctx, g, verb) if not _same(a, cand.source)][:1]
        if spec.needs_target and not cand.target:
            return None
        return cand if cand.source or cand.target else None

    def _at_request(self, tok: Token) -> bool:
        """Whether a nominal event (or its light verb) is done 'at/on the request of' someone."""
        for owner in (tok, tok.head if tok.dep_ == "dobj" else tok):
            for prep in owner.children:
                if prep.dep_ != "prep":
                    continue
                for pobj in prep.children:
                    spec = self.lex.nouns.get(pobj.lemma_.lower()) if pobj.dep_ == "pobj" else None
                    if spec is not None and spec.event == "REQUEST":
                        return True
        return False

    def _demonym(self, tok: Token) -> ActorRef | None:
        entry = self.book.lookup(tok.text)
        if entry is None or entry.kind != "demonym":
            return None
        return ActorRef(text=tok.text, name=entry.name, code=entry.code, sector=None, start=tok.idx, end=tok.idx + len(tok))

    def _requested(self, tok: Token, *, governed: bool = False) -> bool:
        """Whether a verb is the action asked for by a request ("asking X to condemn"). ``governed``: only a
        verb the request governs, or one coordinated with such a verb ("called on X to stop and release Y"),
        not a main verb coordinated with the request ("called for calm, and the government opened an inquiry")."""
        cur = tok
        for _ in range(3):
            # (an infinitive the parser hung as an adverbial clause, "called upon X to release Y", is asked for too)
            infinitive = cur.dep_ == "advcl" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in cur.children)
            if (cur.dep_ not in ("xcomp", "ccomp", "conj") and not infinitive) or cur.head == cur:
                return False
            # "X called for calm, and police arrested 20 people": a clause with its own subject joined to the call itself
            # is told, not asked; not one joined inside what is asked ("demanded that A resign and that police release B")
            told = (cur.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children) and not any(
                c.dep_ == "mark" for c in cur.children)) or _stray_subject(cur) is not None
            conj = cur.dep_ == "conj"
            cur = cur.head
            spec = self.lex.verbs.get(cur.lemma_.lower())
            preps = (self.lex.request_phrasals or {}).get(cur.lemma_.lower())
            asks = (spec is not None and spec.event in ("REQUEST", "THREATEN")) or bool(
                preps and any(c.dep_ == "prep" and c.lower_ in preps for c in cur.children))
            if asks:  # ("called on the authorities to release X": the release is asked for, not done)
                return not told and not (governed and conj)
        return False

    def _subject(self, verb: Token) -> Token | None:
        """The grammatical subject of a verb, following coordination and control."""
        seen = 0
        harm = verb.tag_ == "VBG" and verb.lemma_.lower() in self.lex.harm_verbs  # "..., killing 3": an outcome told
        start = verb
        while verb is not None and seen < 6:
            seen += 1
            for c in verb.children:
                if c.dep_ not in SUBJ:
                    continue
                if (harm and verb is not start and c.dep_ == "nsubjpass" and c.lemma_.lower() not in self.weapon_words
                        and c.lower_ not in self.weapon_words
                        and getattr(self.lex.verbs.get(verb.lemma_.lower()), "event", None) == "ASSAULT"):
                    # "a hospital was shelled, killing four patients": what was struck kills no one; the outcome's
                    # doer is the passive's agent ("shelled by the rebels, killing ..."), else no one named. Only a
                    # passive of attack whose subject is no weapon: "a bomb was detonated, killing 12" (the bomb
                    # killed), "two bombers were spotted ... and blew themselves up, killing 12" (the bombers did)
                    return next((g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)
                if _dateline(c):  # "BAMAKO -- Soldiers arrested": the subject set beside the dateline, else none
                    # ("JEDDAH, Saudi Arabia (AP) - Sudan's army signed": set beside the dateline's country)
                    c = next((a for a in c.subtree if a.dep_ == "appos" and not _dateline(a)), None)
                if c is not None:
                    return (self._body_beside_place(verb) or verb.head) if _relative_pronoun(c) else c
            if verb.dep_ == "conj":
                if (verb is start and verb.tag_ == "VBG" and verb.head.tag_ in ("VBD", "VBZ", "VBP")
                        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)):
                    return None  # "we heard the explosions and then shooting": a gerund joined to a told verb is its object, no act of its subject
                if (stray := _stray_subject(verb)) is not None:
                    return stray  # "X released A and Y freed B" parsed with Y as A's conjunct
                verb = verb.head
                continue
            if verb.dep_ == "acomp":  # "X is ready/willing to contribute": the adjective's subject
                verb = verb.head
                continue
            if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in ("VERB", "AUX", "ADJ"):
                # "are guilty of violating", "retaliated by shelling": the doer of the governing word;
                # "accused X of violating", "blamed X for attacking": its object
                # (not a time phrase: "killed a woman after raping her", "raided the house before abducting
                # two men": the doer of the clause does the act told before or after)
                head = verb.head.head
                obj = next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None) \
                    if verb.head.lower_ not in TIME_PREPOSITIONS else None
                if obj is not None and not _reciprocal(obj):  # ("accused each other of violating": both did)
                    return obj
                verb = head
                continue
            if verb.dep_ in ("advcl", "ccomp") and (stray := _stray_subject(verb)) is not None:
                return stray  # "X appealed for calm and police arrested 30 people" parsed with police as calm's conjunct
            if verb.dep_ in ("xcomp", "ccomp", "advcl"):
                head = verb.head
                if any(c.dep_ == "expl" for c in verb.children):
                    # "there was an explosion ..., killing 3": the doer is the thing that was, unnamed
                    return None
                if harm and verb.dep_ in ("ccomp", "advcl") and verb_lemma(head, self.lex.harm_doer_speech_verbs) in self.lex.harm_doer_speech_verbs:
                    # "Police said [there was a blast], killing 3", "X reported a blast, killing 3":
                    # the speaker tells of the act; it does not do it
                    return None
                obj = next((c for c in head.children if c.dep_ in ("dobj",) and c.i < verb.i), None)
                if harm and verb.dep_ == "advcl" and self._ran_into_mine(head):
                    # "a military convoy hit a mine, killing three soldiers": the vehicle is the mine's victim, not who killed
                    return None
                if verb.dep_ == "xcomp" and obj is not None:
                    return obj
                if (verb.dep_ == "xcomp" and verb.tag_ == "VBG" and head.lemma_.lower() in self.lex.perception_verbs
                        and not any(c.dep_ in ("nsubjpass", "auxpass") for c in head.children)):
                    # "residents heard shooting near the market": the hearers do not shoot (but "gunmen were heard
                    # shooting": the passive's subject is who was heard, the doer)
                    return None
                if harm and verb.dep_ == "advcl" and obj is not None and _charged_act(head, obj, self.lex) and not _reciprocal(obj):
                    # "the army accused the rebels of shelling a hospital, killing nine": the toll of the act
                    # charged, done by the one charged with it; the accuser does not do what it tells of
                    return obj
                if verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.dep_ == "relcl" and verb.i > 0 and verb.doc[verb.i - 1].text == ",":
                    # "hit a post that is surrounded by X, allowing Y to advance": a participle set off after a
                    # relative clause tells the outcome of the clause that holds its noun, not of the relative clause
                    head = head.head
                    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:  # (by index: the root's
                        head = head.head  # head is itself, but not always the same Token object, and "is" looped forever)
                verb = head
                continue
            if verb.dep_ in ("acl", "relcl"):
                if verb.dep_ == "acl" and verb.tag_ == "VBG" and (struck := self._vehicle_struck(verb.head, verb)) is not None:
                    # "the truck overturned after it was hit by a rocket, killing two": what struck it, not the vehicle
                    return next((g for t in struck.subtree if t.dep_ == "agent" for g in t.children if g.dep_ == "pobj"), None)
                if verb.dep_ == "relcl" or verb.tag_ == "VBG":
                    return verb.head
                if (root := _verbless_root(verb)) is not None:
                    return root
                if (verb.tag_ == "VBN" and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i
                        and (preps := (self.lex.request_phrasals or {}).get(verb.lemma_.lower()))
                        and any(c.dep_ == "prep" and c.lower_ in preps for c in verb.children)
                        and not any(c.dep_ in ("auxpass", "agent") for c in verb.children)):
                    # "The union called Monday on workers to stay at home", parsed as "the union (named) Monday": a call on
                    # someone is no participle of the sentence's only noun at its root; that noun made the call
                    return verb.head
                if (crowd := self._crowd_marched(verb)) is not None:
                    return crowd
                verb = verb.head
                continue
            return None
        return None

    def _vehicle_struck(self, vehicle: Token, participle: Token) -> Token | None:
        """The mishap verb of a vehicle or an aircraft (events.yaml accident_verbs, accident_aircraft) that an attack
        brought about ("the truck overturned after it was hit by a rocket"), told as the vehicle's modifier beside a
        participle of harm the parser hung on the vehicle too: the vehicle befallen is no doer; else None."""
        if vehicle.lemma_.lower() not in self.vehicles and vehicle.lemma_.lower() not in self.lex.accident_aircraft:
            return None
        return next((v for v in vehicle.children if v.dep_ == "acl" and v.i != participle.i and v.lemma_.lower() in self.lex.accident_verbs
                     and self._mishap_attacked(v, vehicle)), None)

    def _ran_into_mine(self, verb: Token) -> bool:
        """A vehicle or a patrol that hit, struck or ran over a mine or a bomb ("a military convoy hit a mine", "an army
        truck struck a roadside bomb"; _mine_struck and the explosives rule of _verb): its subject is the victim."""
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lemma_.lower() not in self.vehicles:
            return False
        return verb.lemma_.lower() in self.mine_verbs and any(
            self._explosive(o) for o in self._met_devices(verb, [c for c in verb.children if c.dep_ == "dobj"])) and not _mining_site(verb, self.mining_words)

    def _mine_struck(self, verb: Token, objs: list[Token], subj: Token) -> bool:
        """A vehicle running into a mine ("the convoy hit a mine", "their truck struck a landmine", "it hit an IED" after
        the vehicle it stands for): its object a mine word itself, not a thing of mines ("hit a mine-clearing team",
        "struck a landmine factory": the head is no mine), nor a pit ("a gold mine", "killing 30 miners": a mining site,
        struck by its doer). Only a vehicle or a patrol runs into one; gunmen, drones or missiles that hit a mine attack it."""
        if verb.lemma_.lower() not in ("hit", "strike"):
            return False
        # (a mine, or a bomb: "struck a roadside bomb")
        mines = [o for o in objs if o.dep_ == "dobj" and o.lemma_.lower() in self.lex.explosive_words]
        if not mines or any(c.dep_ in ("amod", "compound", "nmod") and c.lemma_.lower() in self.mining_words for m in mines for c in m.children):
            return False
        if _mining_site(verb, self.mining_words):
            return False  # ("hit a mine in the province, killing 30 miners": the site's workers)
        if subj.lower_ == "it":  # the vehicle told before it in the sentence ("the convoy was travelling north when it hit")
            return self._vehicle_before(subj) is not None
        return subj.lemma_.lower() in self.vehicles

    def _met_devices(self, verb: Token, objs: list[Token]) -> list[Token]:
        """What a verb of meeting a device runs into: its objects and the nouns of its "on" or "over" phrase ("struck a
        landmine", "stepped on a mine", "ran over an IED"); the explosives rule of _verb and _ran_into_mine."""
        return [*objs, *(g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "over") for g in c.children if g.dep_ == "pobj")]

    def _vehicle_before(self, it: Token) -> Token | None:
        """The vehicle an "it" stands for: the first vehicle noun before it in its sentence ("the convoy was travelling
        north when it hit a mine")."""
        return next((t for t in it.sent if t.i < it.i and t.pos_ == "NOUN" and t.lemma_.lower() in self.vehicles), None)

    def _body_beside_place(self, verb: Token) -> Token | None:
        """"drowned off Lampedusa, the coast guard, which rescued 40 people, said": the parse hangs the body set beside
        a place name on the place, and the relative clause after both on the place too; the clause tells of the body
        (a sector's head: "guard", "police", "army"), not of the place. Not a relative of the place alone ("Malta, which
        lies south of Sicily") nor a body before the place ("the coast guard of Malta, which ...")."""
        place = verb.head
        if verb.dep_ != "relcl" or place.ent_type_ not in ("GPE", "LOC", "FAC") or not any(_relative_pronoun(c) for c in verb.children if c.dep_ in SUBJ):
            return None
        heads = self.book.sectors.heads
        return next((c for c in place.children if c.dep_ == "appos" and place.i < c.i < verb.i
                     and (c.lemma_.lower() in heads or c.lower_ in heads)), None)

    def _crowd_marched(self, verb: Token) -> Token | None:
        """The crowd counted at the root of a sentence the parser left with no main verb: in "Thousands of
        teachers protested in X on Tuesday" the small model may make "protested" a participle of the count
        ("thousands ... (who were) protested"). A verb of protest (PLOVER PROTEST demonstrate) with no object,
        agent or passive auxiliary of its own is no participle: the count is its subject; else None."""
        spec = self.lex.verbs.get(verb.lemma_.lower())
        if verb.tag_ != "VBN" or spec is None or spec.event != "PROTEST" or spec.mode != "demonstrate" \
                or any(c.dep_ in ("agent", "auxpass", "dobj", "nsubj", "nsubjpass") for c in verb.children):
            return None
        tok = verb.head
        for _ in range(4):
            if tok.dep_ == "ROOT":
                counted = tok.lower_ in self.lex.plural_count_words or tok.tag_ == "CD"
                return tok if counted and tok.i < verb.i else None
            if tok.dep_ not in ("pobj", "prep"):
                return None
            tok = tok.head
        return None

    def _actors(self, ctx: _Doc, tok: Token, trigger: Token, *, unnamed: bool = False) -> list[ActorRef]:
        """ActorRefs for a role filler and its coordinated siblings ("Syria and Russia");
        ``unnamed``: also actors described but not named (for the doer of an act)."""
        pair = self._pair_described(ctx, tok) or self._officials_of_each(ctx, tok)
        if pair:
            return pair
        if tok.pos_ == "PRON" and (ante := self._time_clause_antecedent(tok)) is not None and self._actor(ctx, tok, trigger) is None:
            return self._actors(ctx, ante, trigger, unnamed=unnamed)  # "shot dead a man after he raped a girl": the man
        out: list[ActorRef] = []
        for t in [tok, *[_modified_conjunct(c) for c in tok.conjuncts if c.i > tok.i and not _opens_clause(c)]]:
            # (kin alone are civilians acted on, "his three brothers were killed"; as an active verb's doers, "his son
            # shot dead two policemen", only beside another party, as before: a civilian sector is no reading of who did it)
            ref = (self._actor(ctx, t, trigger) or (self._unnamed(ctx, t, trigger) if unnamed else None)
                   or (self._kin(ctx, t) if tok.dep_ != "nsubj" or (t.i != tok.i and out) else None))
            if ref is None and t.i == tok.i and tok.pos_ == "NOUN" and any(_kin_of(c) is not None for c in tok.conjuncts if c.i > tok.i):
                ref = self._described_person(ctx, tok, trigger)  # "a woman and her two children": a person, whose kin they are
            for r in self._joint_parties(ctx, t, trigger, ref) or ([ref] if ref is not None else []):
                if not any(_key(r) == _key(o) for o in out):
                    out.append(r)
        return out

    def _kin(self, ctx: _Doc, tok: Token) -> ActorRef | None:
        """A person told as someone's kin (magnitudes kin_of): alone ("his three brothers were killed") or beside
        another party ("a man and his wife", "a farmer and his son"), a civilian described, as the people of that
        party are; kin whose apposition names people of another sector take that sector ("his two sons, both
        soldiers": MIL), but not people who were ("his brother, a former soldier": a civilian)."""
        heads = self.book.sectors.heads
        if (poss := _kin_of(tok)) is None:
            return None
        # ("his two sons, both soldiers": what they are is told, of another sector, no civilians by kinship: that sector's)
        # (not one who was: "his brother, a former soldier", sectors.yaml former_words: no serving force)
        former = self.book.sectors.former_words
        sector = next((own for c in tok.children if c.dep_ == "appos" and c.lemma_.lower() in _people_nouns()
                       and not former.found(ctx.analysis.article.text[c.left_edge.idx:c.idx + len(c)])
                       and (own := heads.get(c.lemma_.lower(), "CVL")) != "CVL"), "CVL")
        return ActorRef(text=ctx.analysis.article.text[poss.idx:tok.idx + len(tok)], name=tok.lemma_.lower(), code=None, sector=sector,
                        start=poss.idx, end=tok.idx + len(tok))

    def _joint_parties(self, ctx: _Doc, tok: Token, trigger: Token, ref: ActorRef | None) -> list[ActorRef]:
        """The parties of a joint speaker a pronoun stands for ("Hamas and Islamic Jihad said they had
        fired rockets": each, as the speaker's own speech acts have them), else none."""
        if ref is None or ref.code or tok.lower_ not in PRONOUNS or tok.dep_ not in ("nsubj", "nsubjpass"):
            return []
        q = ctx.quote_covering(tok.idx) or ctx.quote_for_cue(trigger)
        if q is None or not q.speaker.parties or (q.speaker.start, q.speaker.end) != (ref.start, ref.end):
            return []
        # only the subject of the words' own clause, with no other body or people named before it in them
        # ("X, Y and Z said the militants had stormed the embassy before they killed two guards": the militants)
        before = [t for t in tok.doc[:tok.i] if q.content.start <= t.idx]
        if any(t.tag_ in ("NNS", "NNPS") or t.ent_type_ in ("ORG", "NORP", "GPE") or t.lower_ in PRONOUNS for t in before):
            return []
        return list(q.speaker.parties)

    def _time_clause_antecedent(self, pron: Token) -> Token | None:
        """The subject pronoun of a clause of time or reason hanging on another ("police shot dead a
        man after he raped a girl"): the one object of that clause it may stand for (agreement.may_refer:
        number and gender), when its subject may not ("soldiers killed two men after
        they ..." is left unsaid: either may be meant)."""
        clause = pron.head
        if pron.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "advcl" or not grammatical_number(pron) or not any(
                c.dep_ == "mark" and c.lower_ in TIME_MARKS | {"because"} for c in clause.children):
            return None
        main = clause.head
        subj = next((c for c in main.children if c.dep_ in SUBJ), None)
        objs = [c for c in main.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and grammatical_number(c) and may_refer(pron, c)]
        if subj is None:
            # "A gunman opened fire, killing three people and wounding five others before he was arrested": the
            # participle's doer is the subject of the clause it hangs on, the one the pronoun may stand for
            # when no object may ("the militia killed two soldiers after they ...": either, left unsaid)
            hop = main
            while subj is None and hop.dep_ in ("advcl", "conj", "xcomp") and hop.tag_ in ("VBG", "VBD", "VBN"):
                hop = hop.head
                subj = next((c for c in hop.children if c.dep_ in SUBJ), None)
            ok = subj is not None and subj.pos_ in ("NOUN", "PROPN") and not objs and may_refer(pron, subj) \
                and grammatical_number(pron) == grammatical_number(subj)
            return subj if ok else None
        if may_refer(pron, subj):  # ("the militia killed two soldiers after they ...": either)
            return subj if subj.pos_ in ("NOUN", "PROPN") and not objs and grammatical_number(pron) == grammatical_number(subj) else None
        return objs[0] if len(objs) == 1 else None

    def _actor(self, ctx: _Doc, tok: Token, trigger: Token) -> ActorRef | None:
        if tok.lower_ in PRONOUNS:
            q = ctx.quote_covering(tok.idx) or ctx.quote_for_cue(trigger)
            if q is not None and (q.speaker.code or q.speaker.name) and _speaker_pronoun(tok, direct=q.kind == "direct") \
                    and _agrees_with_speaker(tok, q.speaker):
                return speaker_ref(q.speaker)
            if q is None and (reporter := self._reporting_subject(tok)) is not None:
                return self._actor(ctx, reporter, trigger)
        if _border_side(tok) or _dateline(tok):
            return None
        m = ctx.mention_for_token(tok)
        if m is None:
            return self._described_group(ctx, tok)
        ref = ctx.analysis.ref(m)
        return ref if ref.code else self._from_body(ctx, tok, self._owned_by_reporter(ctx, tok, ref, trigger))

    def _from_body(self, ctx: _Doc, tok: Token, ref: ActorRef) -> ActorRef:
        """'Doctors from two American aid groups', 'experts from Japan': people described with
        no country are coded by the coded body or country they come from."""
        if ref.code:
            return ref
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "from":
                for obj in prep.children:
                    m = ctx.mention_for_token(obj) if obj.dep_ == "pobj" else None
                    code = ctx.analysis.ref(m).code if m is not None else None
                    if obj.dep_ == "pobj" and not code:  # a country named as a place ("from France")
                        code = next((p.country for p in ctx.analysis.places
                                     if p.kind == "country" and p.start <= obj.idx < p.end), None)
                    if code:
                        return replace(ref, code=code)
        return ref

    def _owned_by_reporter(self, ctx: _Doc, tok: Token, ref: ActorRef, trigger: Token) -> ActorRef:
        """'India said its forces retaliated': the party owning the subject by a pronoun is the
        one reporting it, whose country the subject takes (not a party of no country)."""
        if tok.dep_ not in SUBJ or not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children):
            return ref
        owner = self._reporting_subject(next(c for c in tok.children if c.dep_ == "poss"), clause=tok.head)
        if owner is None or getattr(self.book.lookup(owner.text), "kind", None) == "demonym":
            return ref  # (a people, "Bosnian Serbs said their forces ...", is no state whose forces they are)
        found = self._actor(ctx, owner, trigger)
        return replace(ref, code=found.code) if found is not None and found.code and found.sector in STATE_SECTORS else ref

    def _no_reporting_media(self, ctx: _Doc, cand: Candidate) -> list[ActorRef]:
        """The doers of an act less a medium that only reports it: a MED doer whose word is the
        subject of a verb of saying (events.yaml harm_doer_speech_verbs) above the act, not the
        act itself nor a verb it is the conjunct of ("Shelling killed two, Westwire reported,
        citing officials", parsed with the act below "reported"; the dateline's outlet is a
        medium, actors.py). A speech act keeps its teller ("X reported, accusing Y of ..."), and so does an
        act whose own subject is the medium or a pronoun that stands for it ("Reuters said it had withdrawn
        its staff"): the medium acts; it is dropped only for an act with another subject of its own."""
        if not cand.source or cand.spec.speech:
            return cand.source
        speech = self.lex.harm_doer_speech_verbs
        trigger = cand.trigger
        own = next((c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
        keep = []
        for r in cand.source:
            span = ctx.analysis.doc.char_span(r.start, r.end, alignment_mode="expand") if r.sector == "MED" and r.start is not None else None
            verb = span.root.head if span is not None and span.root.dep_ == "nsubj" else None
            if (verb is not None and verb.i != trigger.i and verb.is_ancestor(trigger) and verb_lemma(verb, speech) in speech
                    and not (trigger.dep_ == "conj" and trigger.head.i == verb.i)
                    and own is not None and not (span.start <= own.i < span.end)
                    and not ((told := self._reporting_subject(own)) is not None and span.start <= told.i < span.end)):
                continue
            keep.append(r)
        return keep

    def _operator(self, ctx: _Doc, weapon: Token, trigger: Token) -> list[ActorRef]:
        """Who uses a weapon named as doer: "a drone operated/fired/flown by X" (else nobody known;
        an owner written before the weapon, "coalition jets", keeps the whole mention as doer)."""
        return [a for c in weapon.children if c.dep_ in ("acl", "relcl") for p in c.children if p.dep_ == "agent"
                for g in p.children if g.dep_ == "pobj" for a in self._actors(ctx, g, trigger)][:1]

    def _thing(self, ctx: _Doc, obj: Token, trigger: Token) -> list[ActorRef]:
        """An object struck that is no actor and no place ("a convoy", "two vehicles") as the target:
        the people it is for or of ("a camp for Congolese refugees"), else the thing, coded by a
        demonym on it ("Kampuchean guerrilla camps") or later by the event's place."""
        from sitrep.extract.magnitudes import people_nouns

        if obj.lower_ in COMPASS_WORDS:  # "struck a checkpoint west of X" parsed with the direction as head
            obj = next((c for c in reversed(list(obj.lefts)) if c.pos_ == "NOUN"), obj)

        people = people_nouns()
        weapons = self.lex.aerial_words | self.lex.shelling_words | self.munitions  # a munition fired is no target
        if obj.pos_ != "NOUN" or obj.lemma_.lower() in self.lex.place_nouns | people | weapons or obj.lower_ in weapons or obj.lower_ in QUANTITY_HEADS or obj.lemma_.lower() in self.lex.nouns:
            return []  # people acted on are actors (described ones take their place's country), not things
        if any(p.start < obj.idx + len(obj) and obj.idx < p.end for p in ctx.analysis.places):
            return []
        owners = [a for c in obj.children if c.dep_ == "prep" and c.lower_ in ("for", "of") for g in c.children if g.dep_ == "pobj"
                  for a in self._actors(ctx, g, trigger, unnamed=True)]
        if owners:
            return owners[:1]
        strike = self.lex.verbs.get(verb_lemma(trigger, self.lex.verbs)) if trigger.pos_ == "VERB" else self.lex.nouns.get(trigger.lemma_.lower())
        if (obj.lemma_.lower() in self.lex.open_land and not any(c.dep_ == "compound" for c in obj.children)
                and strike is not None and strike.event == "ASSAULT" and strike.mode is not None):
            # "shelled farmland near X", "an air strike hit fields": ground a weapon struck, no one acted on (not "oil
            # fields", a site; nor land destroyed, property: events.yaml open_land); the people told on it are
            # ("shelled a field where children were playing", "farmland near X where farmers were working")
            return next((found for w in self._land_where(obj, trigger) for c in w.children if c.dep_ in ("nsubj", "nsubjpass")
                         if (found := self._actors(ctx, c, trigger, unnamed=True))), [])
        start = min([obj.idx] + [c.idx for c in obj.lefts])
        end = obj.idx + len(obj)
        code = next((r.code for c in obj.lefts if c.dep_ in ("amod", "compound", "nmod") for t in c.subtree if (r := self._demonym(t)) is not None), None)
        return [ActorRef(text=ctx.analysis.article.text[start:end], name=obj.lemma_.lower(), code=code, sector=None, start=start, end=end)]

    def _land_near(self, land: Token, verb: Token) -> list[Token]:
        """Open land (events.yaml ground.open_land) and the places named by a locative phrase on it ("farmland near
        X", also where the parser hangs the phrase on the verb right after the land: "shelled farmland near X")."""
        preps = [c for c in land.children if c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS]
        preps += [c for c in verb.children if c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS and c.i == land.i + 1]
        places = [g for c in preps for g in c.children if g.dep_ == "pobj"]
        # ("near the village of X": the name told by the place word)
        places += [n for g in places if g.lemma_.lower() in self.lex.place_nouns for c in g.children if c.dep_ == "prep" and c.lower_ == "of"
                   for n in c.children if n.dep_ == "pobj"]
        return [land, *places]

    def _land_where(self, land: Token, verb: Token) -> list[Token]:
        """The clauses that tell what went on on open land ("a field where children were playing", "farmland
        near X where farmers were working"): relative clauses of "where" on the land or on the place by it."""
        return [c for t in self._land_near(land, verb) for c in t.children
                if c.dep_ == "relcl" and any(a.dep_ == "advmod" and a.lower_ == "where" for a in c.children)]

    def _reporting_subject(self, pron: Token, clause: Token | None = None) -> Token | None:
        """'Iraq said it would allow ...': the subject pronoun of a reported clause is the
        one who reports it (the saying verb's named subject), when the two agree in kind
        (``clause``: the reported verb, for a pronoun that owns its subject, "its forces")."""
        if clause is None and (pron.dep_ not in SUBJ or pron.lower_ not in ("it", "they", "he", "she", "we")):
            return None
        clause = clause if clause is not None else pron.head
        while clause.dep_ in ("xcomp", "conj") and clause.head != clause:
            clause = clause.head
        if clause.dep_ != "ccomp" or verb_lemma(clause.head, self.lex.pronoun_reporting_verbs) not in self.lex.pronoun_reporting_verbs:
            return None
        subj = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ in PRONOUNS or subj.pos_ not in ("PROPN", "NOUN"):
            return None
        return subj

    def _unnamed(self, ctx: _Doc, tok: Token, trigger: Token) -> ActorRef | None:
        """An actor described, not named ("prisoners", "riot police", "leaders of the
        coalition"): the named party it belongs to ("of X") when there is one, else a
        role filler with a sector and no code yet; the event's place codes it later, as
        PLOVER codes unnamed actors by their country."""
        if tok.lower_ in QUANTITY_HEADS:  # "thousands of people"
            tok = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), tok)
        if tok.pos_ != "NOUN" or tok.i == trigger.i:
            return None
        if area_by_name(tok, lambda c: getattr(self.book.lookup(c.text), "kind", None) in ("country", "demonym")):
            return None  # "attacked Nigeria's Borno state": an area by its name is where, no government
        sectors = self.book.sectors
        lemma = tok.lemma_.lower()
        sector = sectors.heads.get(lemma) or sectors.heads.get(tok.lower_) or next(
            (q for c in tok.children if c.dep_ in ("amod", "compound") and (q := sectors.qualifiers.get(c.lower_))), None)
        if sector is None and lemma in self.lex.crewed_vessels:
            # "a Chinese coast guard ship", "a police boat": a vessel stands for the body its modifier names (a sector head)
            sector = next((q for c in tok.children if c.dep_ == "compound" and (q := sectors.heads.get(c.lemma_.lower()))), None)
        if sector is None and (lemma in self.lex.mob_doers or tok.lower_.rstrip("s") in self.lex.mob_doers):
            sector = "CVL"  # "football fans", "hooligans": a crowd told by what it follows (events.yaml mob_doers), civilians
        if sector is None:  # "opposition parties": a qualifier gives the sector when the head does not
            return None
        of = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "from") for g in c.children if g.dep_ == "pobj"), None)
        if of is not None and (m := ctx.mention_for_token(of)) is not None and m.code:
            return ctx.analysis.ref(m)
        code = next((r.code for c in tok.children if c.dep_ in ("amod", "compound") and (r := self._demonym(c)) is not None), None)
        if code is None and lemma in self.lex.crewed_vessels:  # "a Chinese coast guard cutter", the demonym parsed on "guard"
            code = next((r.code for c in tok.lefts if c.dep_ in ("amod", "compound") for t in c.subtree if (r := self._demonym(t)) is not None), None)
        start = min([tok.idx] + [c.idx for c in tok.lefts if c.dep_ in ("amod", "compound", "det")])
        return ActorRef(text=ctx.analysis.article.text[start:tok.idx + len(tok)], name=lemma, code=code, sector=sector,
                        start=start, end=tok.idx + len(tok))

    def _parties_told(self, ctx: _Doc, sent: SpacySpan, found: list[Candidate]) -> list[tuple[int, int, list[ActorRef]]]:
        """The sets of parties a sentence tells together, in text order: those of each event found
        with two doers ("X and Y fought"), or between two sides (events.yaml ``pair_descriptions``
        ``event_types``: "X attacked Y", "X met Y"), and conjoined subjects of any verb ("X and
        Y have long disputed the region"). What "the two sides" may refer back to."""
        told: list[tuple[int, list[ActorRef]]] = []
        between = (self.lex.pair_descriptions or {}).get("event_types", frozenset())
        for cand in found:
            if cand.spec.event not in between and len(cand.source) < 2:
                continue  # "demonstrators marched on parliament": a protest and its aim are no two sides
            parties: list[ActorRef] = []
            # (not people described only and acted on: "police arrested three men" tells no two sides)
            for ref in (*cand.source, *(r for r in cand.target if r.actor_id or r.sector not in (None, "CVL"))):
                if ref.name != UNNAMED and not _is_thing(ref) and (ref.code or ref.sector) and not _same(ref, parties):
                    parties.append(ref)
            if len(parties) >= 2:
                told.append((cand.start, parties))
        for tok in span_tokens(sent):
            if tok.dep_ in SUBJ and any(c.dep_ == "conj" for c in tok.children):
                parties = self._actors(ctx, tok, tok.head, unnamed=True)
                if len(parties) >= 2 and all(r.code or r.sector for r in parties):
                    told.append((tok.idx, parties))
        told.sort(key=lambda t: t[0])
        return [(sent.start_char, at, parties) for at, parties in told]

    def _officials_of_each(self, ctx: _Doc, tok: Token) -> list[ActorRef]:
        """"The foreign ministers of X and Y", "Russian and Ukrainian negotiators": people of one
        kind (a plural sector head) from each of two or more states named together, one party per
        state with the head's sector (not one party for the first state named). One state ("the
        foreign minister of X") is the actor stage's to code."""
        book = self.book
        sector = book.sectors.heads.get(tok.lemma_.lower()) or book.sectors.heads.get(tok.lower_)
        if sector is None:
            return []

        def named(t: Token) -> bool:  # a country or a demonym ("US and British officials", "Russian and Ukrainian")
            return getattr(book.lookup(t.text), "kind", None) in ("demonym", "country")

        owners = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"][:1]
        owners = owners or [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and named(c)][:1]
        if not owners:
            return []
        if tok.tag_ != "NNS" or not any(c.dep_ == "conj" for c in owners[0].children):
            return []  # one state named, or one person ("the minister of X and Y")
        start, end = _phrase_start(tok), tok.right_edge.idx + len(tok.right_edge)
        out: list[ActorRef] = []
        for owner in (owners[0], *owners[0].conjuncts):
            # a state named (as an actor, or as a country the actor stage read as a place after "of"), or a demonym
            m = ctx.mention_for_token(owner)
            code = m.code if m is not None and m.start <= owner.idx < m.end and m.kind == "country" else None
            code = code or next((p.country for p in ctx.analysis.places if p.start <= owner.idx < p.end and p.kind == "country"), None)
            code = code or (book.lookup(owner.text).code if named(owner) else None)
            if not code or len(code) != 3 or code in NON_STATE_CODES or any(r.code == code for r in out):
                return []  # each one a state, told once: "the leaders of the UN and the EU" are no two states' officials
            out.append(ActorRef(text=ctx.analysis.article.text[start:end], name=f"{tok.lemma_.lower()} of {code}", code=code,
                                sector=sector, start=start, end=end))
        return out

    def _unnamed_pair(self, ctx: _Doc, tok: Token) -> list[ActorRef]:
        """"The two countries", "both sides" that no parties told before resolve (events.yaml
        ``pair_descriptions`` ``unnamed_types``): the pair as one unnamed doer, coded by no country."""
        if self._pair_words(tok) is None:
            return []
        start, end = _phrase_start(tok), tok.idx + len(tok)
        return [ActorRef(text=ctx.analysis.article.text[start:end], name=UNNAMED_PAIR, code=None, sector=None, start=start, end=end)]

    def _pair_words(self, tok: Token) -> dict | None:
        """The pair_descriptions lexicon where ``tok`` heads a description of a pair ("the two sides",
        "both countries", "the parties"), else None."""
        words = self.lex.pair_descriptions or {}
        lemma = tok.lemma_.lower()
        each = tok.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "each" for c in tok.children)  # "each side accused the other"
        if (tok.tag_ != "NNS" and not each) or not (lemma in words.get("heads", ()) or lemma in words.get("counted_heads", ())):
            return None
        mods = [c for c in tok.children if c.dep_ in ("det", "nummod", "amod", "predet", "compound", "poss", "prep", "relcl", "acl")]
        marked = any(c.lower_ in words.get("markers", ()) for c in mods)
        if any(c.lower_ not in words.get("markers", ()) and c.lower_ != "the" for c in mods):
            return None  # "the opposition parties", "both sides of the border": a description of its own
        if not (marked or (lemma in words.get("heads", ()) and any(c.lower_ == "the" for c in mods))):
            return None  # "the two governments", "both countries"; "the parties"; not bare "governments"
        return words

    def _pair_described(self, ctx: _Doc, tok: Token) -> list[ActorRef] | None:
        """"The two sides", "both sides", "the parties", "the warring parties", "the two
        governments" (events.yaml ``pair_descriptions``): the two parties told together last, in
        this sentence or the few before (an event's doers and the ones acted on, or a conjoined
        subject). None when the last parties told are not two: no pair is guessed."""
        words = self._pair_words(tok)
        if words is None:
            return None
        sents = doc_sents(tok.doc)
        here = next(i for i, s in enumerate(sents) if s.start <= tok.i < s.end)
        lo = sents[max(0, here - int(words.get("reach", 3)))].start_char
        prior = [parties for start, at, parties in ctx.pairs if lo <= start and at < tok.idx]
        sent = sents[here]  # "X and Y agreed to a truce, but each side accused the other": a conjoined subject of this sentence
        prior += [parties for t in span_tokens(sent) if t.i < tok.i and t.dep_ in SUBJ and any(c.dep_ == "conj" for c in t.children)
                  if len(parties := self._actors(ctx, t, t.head, unnamed=True)) >= 2 and all(r.code or r.sector for r in parties)]
        if not prior or len(prior[-1]) != 2:
            return None
        return list(prior[-1])

    def _described_group(self, ctx: _Doc, tok: Token) -> ActorRef | None:
        """'The group', 'the militants': the armed group named last before (a definite description)."""
        if tok.lemma_.lower() not in self.lex.group_descriptions and tok.lower_ not in self.lex.group_descriptions:
            return None
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children):
            return None
        if any(c.dep_ in ("compound", "amod", "poss", "prep", "relcl", "acl") and c.lower_ not in ("armed", "militant", "rebel", "insurgent", "jihadist") for c in tok.children):
            return None
        prior = [m for m in ctx.analysis.mentions if m.end <= tok.idx and m.sector == "REB" and m.code]
        if not prior:
            return None
        ref = ctx.analysis.ref(prior[-1])
        return replace(ref, text=" ".join(t.text for t in tok.subtree), start=tok.left_edge.idx, end=tok.right_edge.idx + len(tok.right_edge))

    def _speaker_actor(self, ctx: _Doc, q: Quote) -> ActorRef | None:
        """The speaker of a quote as an actor, resolving 'the group' when the quote stage left it open."""
        if q.speaker.code or q.speaker.name:
            return speaker_ref(q.speaker)
        if q.speaker.start is None:
            return None
        span = ctx.analysis.doc.char_span(q.speaker.start, q.speaker.end or q.speaker.start, alignment_mode="expand")
        return self._described_group(ctx, span.root) if span is not None and len(span) else None

    # -- who carried out an attack -------------------------------------------
    def _noun_spec(self, key: str) -> Trigger | None:
        """The event a noun names: an event noun, or a role noun told by a verb ("the abduction of X":
        events.yaml ``role_noun_verbs``)."""
        return self.lex.nouns.get(key) or self.lex.verbs.get((self.lex.role_noun_verbs or {}).get(key, ""))

    def _attack_word(self, tok: Token | None) -> Token | None:
        """The attack a word names: an attack noun or verb, or the object of 'carry out'."""
        if tok is None:
            return None
        key = tok.lemma_.lower()
        spec = self._noun_spec(key) if tok.pos_ in ("NOUN", "PROPN") else self.lex.verbs.get(key)
        if spec is not None and spec.event == "ASSAULT":
            return tok
        if tok.pos_ == "VERB" and spec is None and (getattr(self._verb_object_event(tok), "event", None) == "ASSAULT" or self._fired_on(tok)):
            return tok  # "firing rockets at X": an attack by its object; "firing on X": by its preposition
        if tok.pos_ == "VERB" and key in self.lex.light_verbs | {"carry"}:
            for c in tok.children:
                if c.dep_ in ("dobj", "nsubjpass") and (found := self._attack_word(c)) is not None:
                    return found
        return None

    def _prep_act(self, tok: Token, preps: tuple[str, ...]) -> Token | None:
        """A forcible act other than an attack named by the noun of a prepositional phrase under the
        word ("any role in the coup", "involvement in the arrests"): a noun of a COERCE event."""
        return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children if g.dep_ == "pobj"
                     and g.pos_ == "NOUN" and getattr(self.lex.nouns.get(g.lemma_.lower()) or self.lex.nouns.get(g.lower_), "event", None) == "COERCE"), None)

    def _referred_acts(self, candidates: list[Candidate], responsibilities: list[Responsibility]) -> list[Responsibility]:
        """A denial of a role in a forcible act other than an attack ("the army denied any role in the
        coup"), named by a noun that tells no event of its own: about the last act of that kind told
        before it (the coup told in an earlier sentence), whose trigger it takes. An attack's noun is
        found by the claims stage (the attack told in or before the sentence)."""
        out = []
        for r in responsibilities:
            spec = self.lex.nouns.get(r.attack.lemma_.lower()) if r.attack is not None and r.attack.pos_ == "NOUN" else None
            if spec is not None and spec.event != "ASSAULT" and not any(c.trigger.i == r.attack.i for c in candidates):
                told = [c for c in candidates if c.start < r.sent.start_char and c.spec.event == spec.event and c.mode == spec.mode]
                if told:
                    r = replace(r, attack=told[-1].trigger)
            out.append(r)
        return out

    def _denied_act(self, tok: Token | None) -> Token | None:
        """An act other than an attack named as the content of a denial ("denied blocking the aid
        convoy", "denied detaining the journalist"): a verb that is an event of its own, not a statement."""
        if tok is None or tok.pos_ != "VERB":
            return None
        spec = self._verb_spec(tok)
        if spec is None and verb_lemma(tok, self.lex.light_verbs) in self.lex.light_verbs:
            # "denied holding talks with X", "denied reaching a deal": the act its object names
            return next((o for o in tok.children if o.dep_ == "dobj" and self._act_noun(o)), None)
        return tok if spec is not None and not spec.speech and spec.event != "REJECT" else None

    def _gerund_denied(self, tok: Token) -> Trigger | None:
        """The act of a gerund the parser made a modifier of a denial's object ("denied meeting
        officials of X": "meeting" a noun before "officials"): the verb trigger of its stem, when the
        object is no act of its own ("denied holding talks" is read by its noun)."""
        obj = tok.head
        if not (tok.dep_ in ("compound", "amod") and tok.lower_.endswith("ing") and tok.left_edge.i == obj.left_edge.i and obj.dep_ == "dobj"
                and obj.head.lemma_.lower() in self.lex.deny_verbs) or self._act_noun(obj):
            return None
        w = tok.lower_[:-3]
        stems = (w, w + "e", w[:-1] if len(w) > 3 and w[-1] == w[-2] else "")
        stem = next((s for s in stems if s in self.lex.verbs), None)
        spec = self.lex.verbs.get(stem) if stem else None
        if spec is None:  # "denied holding hostages": a verb that is an act with this object (verb_object_events)
            spec = next((t for verbs, particle, objects, complements, t in self.lex.verb_object_events
                         if not particle and not complements and any(s in verbs for s in stems)
                         and (obj.lemma_.lower() in objects or obj.lower_ in objects)), None)
        return spec if spec is not None and not spec.speech and spec.event != "REJECT" else None

    def _denied_gerund(self, ctx: _Doc, tok: Token, sent: SpacySpan) -> Candidate | None:
        """"The army denied meeting officials of the opposition": the act denied (its claim says so,
        see :meth:`_responsibilities`), done by the denier to the object the gerund modifies."""
        spec = self._gerund_denied(tok)
        if spec is None:
            return None
        deny = tok.head.head
        subj = self._subject(deny)
        cand = Candidate(trigger=tok, spec=spec, sent=sent, start=tok.idx, end=tok.idx + len(tok), mode=spec.mode, acled=spec.acled)
        cand.source = self._actors(ctx, subj, deny) if subj is not None else []
        cand.target = _after_word(tok, [a for a in self._actors(ctx, tok.head, tok, unnamed=True) if not _same(a, cand.source)][:1])
        if cand.source:
            cand.claimer = cand.source[0]
        return cand if cand.source and (cand.target or not spec.needs_target) else None

    def _act_noun(self, tok: Token) -> bool:
        """A noun that names an act of its own ("talks", "a deal", "a meeting"), not a statement."""
        spec = self.lex.nouns.get(tok.lemma_.lower()) or self.lex.nouns.get(tok.lower_)
        return tok.pos_ == "NOUN" and spec is not None and not spec.speech and spec.event != "REJECT"

    def _prep_attack(self, tok: Token, preps: tuple[str, ...]) -> Token | None:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in preps:
                for g in c.children:
                    if g.dep_ in ("pobj", "pcomp") and (found := self._attack_word(g)) is not None:
                        return found
        return None

    def _statement_claimer(self, ctx: _Doc, verb: Token, subj: Token | None) -> ActorRef | str:
        if subj is not None:
            refs = self._actors(ctx, subj, verb)
            if refs:
                return refs[0]
        q = ctx.quote_for_cue(verb) or ctx.quote_covering(verb.idx)
        if q is not None:
            ref = self._speaker_actor(ctx, q)
            if ref is not None:
                return ref
        return REPORTER

    def _responsibilities(self, ctx: _Doc) -> list[Responsibility]:
        """Accusations, claims and denials of who carried out an attack (see Responsibility)."""
        out: list[Responsibility] = []
        lex = self.lex
        for tok in doc_tokens(ctx.analysis.doc):
            if tok.pos_ not in ("VERB", "AUX"):
                continue
            lemma = tok.lemma_.lower()
            kids = list(tok.children)
            subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
            passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in kids)
            negated = any(c.dep_ == "neg" for c in kids)
            agent = next((g for c in kids if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
            objs = [c for c in kids if c.dep_ == "dobj"]
            found: list[tuple[Token, Token | None, str, Token | None]] = []  # accused word, attack, modality, claimer word
            intents: set[int] = set()  # the attacks whose intent, not whose doing, is denied
            if lemma in lex.blame_verbs:
                responsible = next((c for c in kids if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and c.lower_ in lex.responsible_words), None)
                if responsible is None and lemma == "hold":  # "held the men responsible for X", the word parsed under the object
                    responsible = next((c for o in objs for c in o.children if c.dep_ == "amod" and c.lower_ in lex.responsible_words), None)
                if lemma == "hold" and not objs:
                    objs = _held_responsible(tok, lex)  # "holds Moscow responsible": the small clause's subject
                attack = self._prep_attack(tok, ("for", "of", "over", "with", "in")) or (self._prep_attack(responsible, ("for",)) if responsible is not None else None)
                if attack is None and objs and lemma != "hold":  # "accused the rebels of bombing ...", the phrase parsed under the object
                    attack = self._prep_attack(objs[0], ("of", "for"))
                if lemma == "hold" and responsible is None:
                    attack = None
                if passive and subj is not None and attack is not None:
                    found.append((subj, attack, "alleged", agent))
                elif objs and attack is not None:
                    found.append((objs[0], attack, "alleged", subj))
                elif objs and lemma == "blame" and self._attack_word(objs[0]) is not None:
                    on = next((g for c in kids if c.dep_ == "prep" and c.lower_ == "on" for g in c.children if g.dep_ == "pobj"), None)
                    if on is not None:  # "blamed the attack on X"
                        found.append((on, objs[0], "alleged", subj))
                elif objs and lemma == "blame" and not passive and not any(c.dep_ == "prep" for c in kids):
                    found.append((objs[0], None, "alleged", subj))  # "officials blamed X": for the attack being told
            elif lemma in lex.claim_verbs and (subj := subj or (self._subject(tok.head) if not_yet(tok) else None)) is not None and not passive:
                # ("the group has yet to claim responsibility for X": the subject of "has")
                obj = next((o for o in objs if o.lemma_.lower() in lex.responsibility_objects - {"involvement", "role", "part", "hand", "link", "links"}), None)
                if obj is not None:
                    found.append((subj, self._prep_attack(obj, ("for", "of")) or self._prep_attack(tok, ("for", "of")), "denied" if negated else "asserted", subj))
                elif lemma == "claim" and objs and (w := self._attack_word(objs[0])) is not None and w.i == objs[0].i and objs[0].pos_ == "NOUN":
                    found.append((subj, objs[0], "denied" if negated else "asserted", subj))  # "the group claimed the attack"
            elif lemma in lex.light_verbs | {"carry"} and passive and agent is not None and subj is not None and self._attack_word(subj) is not None:
                # "the attack was carried out by X"
                found.append((agent, subj, "denied" if negated else "alleged", None))
            elif lemma in lex.deny_verbs and subj is not None and not passive and not negated:
                obj = next((o for o in objs if o.lemma_.lower() in lex.responsibility_objects), None)
                if obj is None and (denied := self._denied_accusation(ctx, tok, subj, objs, out)) is not None:
                    found.append((subj, denied, "denied", subj))  # "Armenia denied the claim"
                elif obj is not None:  # ("denied any role in the bombing", the phrase parsed under the verb)
                    found.append((subj, self._prep_attack(obj, ("for", "in", "of", "to")) or self._prep_attack(tok, ("in",))
                                  or self._prep_act(obj, ("in", "of")), "denied", subj))  # ("... in the coup": a forcible act)
                else:  # "denied shelling the market", "denied carrying out the attack"
                    comp = next((c for c in kids if c.dep_ in ("xcomp", "dobj", "ccomp", "pcomp") and c.pos_ in ("VERB", "AUX")), None)
                    attack = self._attack_word(comp) or self._denied_act(comp)
                    # ("denied holding talks", the light verb parsed as a modifier of its object)
                    held = next((o for o in objs if self._act_noun(o) and any(
                        c.dep_ in ("amod", "compound") and c.tag_ == "VBG" and verb_lemma(c, lex.light_verbs) in lex.light_verbs for c in o.children)), None)
                    gerund = next((c for o in objs for c in o.children if self._gerund_denied(c) is not None), None)
                    if (lemma == "deny" and comp is None and objs and (w := self._attack_word(objs[0])) is not None and w.i == objs[0].i
                            and objs[0].pos_ == "NOUN"):
                        # "the group denied the attack": denied carrying it out (only "deny": "rejected/dismissed the
                        # attack as a war crime" condemns it)
                        found.append((subj, objs[0], "denied", subj))
                    elif attack is not None and comp.tag_ == "VBG":
                        found.append((subj, attack, "denied", subj))
                        if self._intent_denied(comp):
                            intents.add(attack.i)  # "denies deliberately targeting civilians": the intent denied, not the act
                    elif comp is None and gerund is not None:  # "denied meeting officials", the gerund parsed as a modifier
                        found.append((subj, gerund, "denied", subj))
                        if self._intent_denied(gerund):
                            intents.add(gerund.i)  # "denied intentionally striking civilians": the intent denied
                    elif comp is None and held is not None:
                        found.append((subj, held, "denied", subj))
                    elif comp is not None and comp.dep_ == "ccomp" and (attack is not None or comp.lemma_.lower() in lex.denied_acts):
                        # "denied that its jets (had) targeted the building": the denier speaks for its own
                        inner = next((c for c in comp.children if c.dep_ in SUBJ), None)
                        own = inner is None or inner.lower_ in PRONOUNS or any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in inner.children)
                        if own and not any(c.dep_ == "neg" for c in comp.children):
                            found.append((subj, attack or comp, "denied", subj))
            elif lemma == "be" and subj is not None:
                # "X was behind the attack", "X is responsible for the bombing"
                attack = self._prep_attack(tok, ("behind",))
                if attack is None:
                    resp = next((c for c in kids if c.dep_ == "acomp" and c.lower_ in lex.responsible_words), None)
                    attack = self._prep_attack(resp, ("for",)) if resp is not None else None
                denier = tok.head if _denied_clause(tok, lex.deny_verbs) else None
                if attack is not None and denier is not None:
                    # "the government denied the ADF was responsible for the attack": a third party's denial that X did it
                    found.append((subj, attack, "alleged" if negated else "denied",
                                  next((c for c in denier.children if c.dep_ == "nsubj"), None)))
                elif attack is not None:
                    found.append((subj, attack, "denied" if negated else "alleged", None))
            for accused_tok, attack, modality, claimer_tok in found:
                # the people accused of an act are its alleged doers, named or described ("accused the men of attacking X")
                accusation = lemma in lex.blame_verbs and attack is not None
                if accusation and accused_tok.lower_ in ("them", "him", "her") and tok.dep_ in ("advcl", "conj"):
                    # "arrested the men, accusing them of attacking X": the pronoun is the people the clause acted on
                    accused_tok = next((c for c in tok.head.children if c.dep_ == "dobj"), accused_tok)
                # (and the denier of an act it is said to have done: "the army denied staging a coup")
                act_denied = lemma in lex.deny_verbs and attack is not None and claimer_tok is not None and claimer_tok.i == accused_tok.i and not any(
                    o.lemma_.lower() in lex.responsibility_objects for o in objs)
                accused = self._actors(ctx, accused_tok, tok, unnamed=accusation or act_denied)
                if (modality != "denied" and attack is not None and attack.pos_ == "NOUN" and lemma in lex.blame_verbs | lex.claim_verbs
                        and tok.pos_ == "VERB" and (not_made(tok) or not_yet(tok))):
                    # "blamed no one for the bombing", "no group has claimed (has yet to claim) responsibility for the
                    # bombing": no one accused or claiming, the act named still told as done, its doer open; not one
                    # only planned or tried ("the planned bombing", "the attempted bombing": unrealised_killings)
                    if any(c.dep_ in ("amod", "compound") and (c.lemma_.lower() in lex.unrealised_killings or c.lower_ in lex.unrealised_killings)
                           for c in attack.children):
                        continue
                    accused, modality = [ActorRef(text="", name=None, code=None, sector=None)], "alleged"
                if not accused and claimer_tok is not None and accused_tok.lower_ in ("it", "they", "we") and _denied_clause(tok, lex.deny_verbs):
                    accused = self._actors(ctx, claimer_tok, tok.head)  # "the ADF denied it was responsible": the denier itself
                if not accused:
                    continue
                claimer = self._statement_claimer(ctx, tok, claimer_tok)
                if modality == "alleged" and claimer == REPORTER and lemma == "be":
                    modality = "asserted"
                for ref in accused:
                    out.append(Responsibility(accused=ref, claimer=claimer, modality=modality, sent=tok.sent, verb=tok, attack=attack,
                                              intent=attack is not None and attack.i in intents))
        return out

    def _counter_claims(self, candidates: list[Candidate], responsibilities: list[Responsibility]) -> None:
        """An attack told by a speaker who denies the act in the same sentence ("the RSF denied the attack and said
        the army had shelled the area itself", "..., saying the army had shelled it"): a counter-accusation, the
        speaker's claim about the doer (alleged), not the event's doer on record (claims._absorb)."""
        # (in the denial's sentence or the next: "The RSF denied the attack. It said the army had shelled the area.")
        # Only an act told as the denied one again: its doer another side (not "it", "its fighters", the denier), no
        # time of its own and nothing struck but the denied act's ("had shelled the area itself", "had done it",
        # "had shelled the clinic"). "said its aircraft had hit a command centre", "said the army had shelled a
        # school in Dilling on Tuesday" tell another act, asserted by the speaker, with its doer.
        denied = {(at, _key(r.claimer)) for r in responsibilities if r.modality == "denied" and isinstance(r.claimer, ActorRef)
                  for at in (r.sent.start, r.sent.end)}
        for c in candidates:
            if (c.spec.event == "ASSAULT" and isinstance(c.claimer, ActorRef) and c.modality == "asserted"
                    and (c.sent.start, _key(c.claimer)) in denied and _retold_act(c.trigger, c.claimer)):
                c.counter, c.modality = True, "alleged"

    def _denied_accusation(self, ctx: _Doc, verb: Token, subj: Token, objs: list[Token], told: list[Responsibility]) -> Token | None:
        """'X accused Armenian forces of shelling the town. Armenia denied the claim': the attack of
        the last accusation told against the denier's side, which the denial answers."""
        if not any((self.lex.said_nouns or {}).get(o.lemma_.lower()) == "ACCUSE" for o in objs):
            return None
        deniers = {r.code for r in self._actors(ctx, subj, verb) if r.code}
        return next((r.attack for r in reversed(told) if r.modality == "alleged" and r.attack is not None and r.accused.code in deniers), None)

    def _accused_attacks(self, ctx: _Doc, candidates: list[Candidate], responsibilities: list[Responsibility]) -> list[Candidate]:
        """'A accused B of bombing the convoy', 'A blamed B for the shelling of the market': the
        attack told only inside an accusation is an event whose doer is B, alleged by A (not
        asserted by the reporter). An attack word that refers back to one told before ("blamed B
        for the attack") is left to the claims stage, which attributes that attack."""
        out: list[Candidate] = []
        by_trigger = {c.trigger.i: c for c in candidates}
        for r in responsibilities:
            # "X denied any role in the bombing of a market": the attack is told as done (the
            # reporter's), its doer left open; the denial is a claim on who did it (claims stage)
            # (so is "X denied [it / Y was responsible for the attack]", the denial told alone)
            role = (r.modality == "denied" and r.attack is not None and r.attack.pos_ == "NOUN" and r.attack.i not in by_trigger
                    and (any(o.dep_ == "dobj" and o.lemma_.lower() in self.lex.responsibility_objects for o in r.verb.children)
                         or _denied_clause(r.verb, self.lex.deny_verbs)))
            # "X claimed responsibility for the abduction of five aid workers": an act told only by the claim of
            # the one who did it is its event, asserted by that claimant (one told before is the claims stage's)
            claimed = (r.modality == "asserted" and r.attack is not None and r.claimer != REPORTER
                       and r.verb.lemma_.lower() in self.lex.claim_verbs and r.attack.i not in by_trigger)
            unmade = r.unmade or (r.modality == "alleged" and r.verb.pos_ == "VERB" and not_yet(r.verb))
            if not role and not claimed and (r.modality != "alleged" or r.attack is None or (
                    r.claimer == REPORTER and r.verb.lemma_.lower() not in self.lex.blame_verbs and not unmade)):
                continue  # ("X were accused of attacking Y", no accuser named: still an act alleged, not told as done)
            if unmade and r.attack.pos_ == "VERB":
                continue  # "X has never accused Y of shelling the town": no one alleges the act
            cand = by_trigger.get(r.attack.i)
            if cand is None:
                attack = r.attack
                told = any(c.spec.event == "ASSAULT" and c.start < r.sent.end_char for c in candidates)
                if attack.pos_ == "VERB":
                    spec = self._verb_spec(attack)
                elif not told and attack.tag_ == "NN" and not any(c.lower_ in ("previous", "past", "earlier", "other", "similar", "recent") for c in attack.children):
                    spec = self._noun_spec(attack.lemma_.lower())
                else:
                    continue
                if spec is None or not (spec.event == "ASSAULT" or (role and spec.event == "COERCE" and attack.pos_ == "NOUN")):
                    continue  # ("denied any role in the coup", none told before: the coup, its doer left open)
                cand = Candidate(trigger=attack, spec=spec, sent=r.sent, start=attack.idx, end=attack.idx + len(attack), mode=spec.mode, acled=spec.acled)
                objs = [c for c in attack.children if c.dep_ == "dobj"]
                objs += [g for c in attack.children if c.dep_ == "prep" and (c.lower_ in ("of", "on", "against") and attack.pos_ == "NOUN" or c.lower_ in ("at", "on", "against"))
                         for g in c.children if g.dep_ == "pobj"]
                for o in objs:
                    cand.target = self._actors(ctx, o, attack, unnamed=True) or self._thing(ctx, o, attack)
                    if cand.target:
                        break
                if not cand.target and (people := next((o for o in objs if o.pos_ == "NOUN" and o.lemma_.lower() in _people_nouns()), None)):
                    # "the kidnapping of the engineers": people of no sector word acted on, civilians described (as _kin's)
                    start = min([people.idx] + [c.idx for c in people.lefts])
                    cand.target = [ActorRef(text=ctx.analysis.article.text[start:people.idx + len(people)], name=people.lemma_.lower(), code=None,
                                            sector=self.book.sectors.heads.get(people.lemma_.lower(), "CVL"), start=start, end=people.idx + len(people))]
                if claimed and not cand.target:
                    continue  # "X claimed the attack": one known to the reader (a headline's), not told here
                self._fill_context(ctx, cand)
                out.append(cand)
                by_trigger[attack.i] = cand
            if role:
                cand.source, cand.claimer, cand.modality = [], REPORTER, "asserted"
                continue
            if unmade:  # "has not blamed any group for the bombing in Kabul": the bombing told as done, its doer not
                cand.told_by_place = True  # charged; the noun alone, it stands with its place or date
                continue
            if not _same(r.accused, cand.source):
                cand.source = [*[s for s in cand.source if s.code], r.accused] if cand.claimer == r.claimer else [r.accused]
            cand.claimer, cand.modality = r.claimer, "asserted" if claimed else "alleged"
        for r in responsibilities:
            if r.modality != "alleged" or r.claimer == REPORTER or r.verb.lemma_.lower() not in self.lex.blame_verbs:
                continue
            for c in candidates:
                # "the army accused the RSF of shelling the hospital, killing nine people": the toll told inside the
                # accusation is the accuser's, alleged, as the act charged is (not the reporter's, asserted)
                if (c.spec.event == "ASSAULT" and c.claimer == REPORTER and c.modality == "asserted" and c.trigger.tag_ == "VBG"
                        and c.trigger.lemma_.lower() in self.lex.harm_verbs and c.trigger.dep_ == "advcl"
                        and any(a.i == r.verb.i for a in c.trigger.ancestors)):
                    c.claimer, c.modality = r.claimer, "alleged"
        return out

    def _place_actor(self, ctx: _Doc, tok: Token) -> list[ActorRef]:
        """A place named as a recipient ("aid to X") stands for its country's actor."""
        if _border_side(tok):
            return []
        for p in ctx.analysis.places:
            if p.start <= tok.idx < p.end and p.country and not _registry(doc_text(ctx.analysis.doc), p):  # (not "a Malta-flagged ship")
                return [ActorRef(text=p.text, name=p.name or p.text, code=p.country, sector=None, start=p.start, end=p.end)]
        return []

    def _coordinated_denier(self, ctx: _Doc, trigger: Token) -> ActorRef | None:
        """"Moscow said its forces had hit military targets and denied striking civilians": a denial
        coordinated with a verb of speech or with an act that speaker tells, with no subject of its own, is
        that speaker's, not the reporter's (whether the parse joins "denied" to "said" or to "hit")."""
        gov = next((t for t in trigger.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if (gov is None or gov.dep_ != "conj" or gov.lemma_.lower() not in self.lex.deny_verbs
                or any(c.dep_ in SUBJ for c in gov.children)):
            return None
        q = ctx.quote_for_cue(gov.head) or ctx.quote_covering(gov.head.idx)
        return self._speaker_actor(ctx, q) if q is not None else None

    def _told_over_span(self, cand: Candidate) -> bool:
        """A fight or protest told as lasting years ("which have fought for control of the region for
        years", "have clashed for more than a decade"): events.yaml ``background_spans``, the object of
        the verb's own "for" (only these types: "jailed for ten years" tells a sentence's length)."""
        trigger = cand.trigger
        if trigger.pos_ != "VERB" or cand.spec.event not in ("ASSAULT", "PROTEST"):
            return False
        spans = self.lex.background_spans
        return any(g.lemma_.lower() in spans or g.lower_ in spans or (g.lemma_.lower() == "decade")
                   for c in trigger.children if c.dep_ == "prep" and c.lower_ == "for"
                   for g in c.children if g.dep_ == "pobj")

    def _past_background(self, ctx: _Doc, cands: list[Candidate]) -> list[Candidate]:
        """Acts dated well before the report ("imposed sanctions last year", "in 2019 rebels seized
        X", "since 2020, when troops entered X") told after a lead about a more recent act are its
        background, not incidents (as "over the past two years" is). The lead's own acts always stay,
        so a report whose lead act is itself so dated keeps it."""
        a = ctx.analysis
        if not cands or not (self.lex.background_times or self.lex.background_age_days):
            return cands
        published = a.article.published or a.options.published or dateline_date(a.article.text)
        if published is None:
            return cands
        described = [c for c in cands if self._described_before(ctx, c, published)]
        if described:
            log.debug("told in a description, dated well before the report: %s", [c.sent.text[:60] for c in described])
            cands = [c for c in cands if c not in described]
            if not cands:
                return cands
        lead = cands[0].sent.start_char
        if all(self._dated_before(ctx, c, published) for c in cands if c.sent.start_char == lead):
            return cands  # the lead tells no recent act: what is dated is the news
        kept = [c for c in cands if c.sent.start_char == lead or not self._dated_before(ctx, c, published)]
        if len(kept) < len(cands):
            log.debug("dated well before the report, background: %s", [c.sent.text[:60] for c in cands if c not in kept])
        return kept

    def _described_before(self, ctx: _Doc, cand: Candidate, published) -> bool:
        """An act told in a clause that describes a party or sets the time of the sentence's act
        ("the junta that seized power in 2021 said ...", "the military, which took power in a 2021
        coup, released ...", "since seizing power in 2020, the junta has ..."), dated by its own clause
        well before the report: background of the report (in its lead too), not an incident."""
        tok = cand.trigger
        if tok.pos_ != "VERB" or tok.dep_ not in ("relcl", "acl", "advcl", "pcomp"):
            return False
        lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)
        doc = ctx.analysis.doc
        if not any(lo <= d.start < hi for d in ctx.analysis.dates) and self._how_it_rules(cand):
            return True  # "the junta, which seized power in a coup, announced ...": undated, how the ruler came to be
        for d in ctx.analysis.dates:
            if not (lo <= d.start < hi):
                continue
            if d.date is not None and (published - d.date).days < self.lex.background_age_days:
                return False  # "the soldiers who seized power on Monday": a recent day, the news
            span = doc.char_span(d.start, d.end, alignment_mode="expand")
            gov = (span.root.head.head if span.root.dep_ == "pobj" else span.root.head) if span is not None else None
            if gov is not None and gov.pos_ == "NOUN" and gov.i not in range(span.start, span.end):
                spec = self.lex.nouns.get(gov.lemma_.lower())
                if spec is None or spec.event != cand.spec.event:
                    continue  # "who protested against the 2019 election": a time of a thing named ("a 2021 coup" dates the coup)
            low = d.text.lower()
            years = _years_told(d.text)
            if ((d.date is not None and (published - d.date).days >= self.lex.background_age_days)
                    or any(t in low for t in self.lex.background_times) or (years and max(years) < published.year)):
                return True
        return False

    def _how_it_rules(self, cand: Candidate) -> bool:
        """A coup (COERCE seize, ACLED Other: events.yaml ``coup``, "seized power") told in a relative
        clause on its own doer ("the junta, which seized power in a coup", "the military that took power
        in a coup"): it says how the party came to rule, a description, told in the past as a dated one
        is; no incident of the report (a recent day in the clause makes it one, see _described_before)."""
        tok = cand.trigger
        if tok.dep_ != "relcl" or cand.spec.event != "COERCE" or cand.mode != "seize" or (cand.acled or cand.spec.acled) != "Other":
            return False
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        return subj is not None and _relative_pronoun(subj) and tok.tag_ in ("VBD", "VBN")

    def _dated_before(self, ctx: _Doc, cand: Candidate, published) -> bool:
        """The sentence of `cand` dates it well before `published` and tells no recent day."""
        age = self.lex.background_age_days
        sent = cand.sent
        lines = _datelines(ctx.analysis.doc)
        times = [d for d in ctx.analysis.dates if sent.start_char <= d.start < sent.end_char
                 and not any(s <= d.start < e for s, e in lines)]
        if any(d.date is not None and (published - d.date).days < age for d in times):
            return False  # "on Monday", "on March 3": a recent day told
        for d in times:
            span = ctx.analysis.doc.char_span(d.start, d.end, alignment_mode="expand")
            if span is not None:
                gov = span.root.head.head if span.root.dep_ == "pobj" else span.root.head
                if gov.pos_ in ("NOUN", "PROPN") and gov.i not in range(span.start, span.end):
                    continue  # "the worst attack since 2019", "the 2019 election": a time of a thing named, not of the act
            low = d.text.lower()
            if d.date is not None and age and (published - d.date).days >= age:
                return True
            if any(t in low for t in self.lex.background_times):
                return True
            years = _years_told(d.text)
            if years and max(years) < published.year:
                return True
        return False

    def _harm_in_general(self, noun: Token) -> bool:
        """A noun of harm told as a kind or a trend, no fight (events.yaml general_harm_nouns): harm against a kind
        of people ("violence against journalists continued"), harm with no day, only a year or a span ("continued
        in 2023", "last year", "since 2012"), or harm whose clause tells the act itself ("post-election violence
        continued as police fired tear gas": the act is the event, the noun no second one)."""
        if noun.lemma_.lower() not in self.lex.general_harm_nouns and noun.lower_ not in self.lex.general_harm_nouns:
            return False
        if any(c.dep_ == "prep" and c.lower_ == "against" for c in noun.children):
            return True
        verb = noun.head
        inside = range(noun.left_edge.i, noun.right_edge.i + 1)
        if any(t.pos_ == "VERB" and t.dep_ in ("advcl", "conj", "relcl") and t.i not in inside and self._act_verb(t)
               and any(c.dep_ in SUBJ for c in t.children) for t in verb.subtree if t.i != verb.i):
            return True
        times = [e for e in verb.doc.ents if e.label_ == "DATE" and verb.left_edge.i <= e.start and e.end <= verb.right_edge.i + 1
                 and e.start not in inside and tells_a_date(e)]
        return bool(times) and all(resolve_date(e.text, _ANY_DAY) is None
                                   or e.root.head.lower_ in ("since", "throughout") for e in times)

    def _act_verb(self, verb: Token) -> bool:
        """A verb of force, coercion or protest (an attack, "fired tear gas", "arrested", "marched"; its table's
        type, or a verb of verb_object_events or aimed_fire), not one of saying."""
        lemma = verb.lemma_.lower()
        spec = self.lex.verbs.get(lemma)
        if (spec is not None and spec.event in ("ASSAULT", "COERCE", "PROTEST")) or lemma in (self.lex.aimed_fire or {}):
            return True
        # a verb of verb_object_events only with an object of a row of force ("held hostages", "seized weapons"),
        # not "told residents to stay indoors" or "held talks"
        objs = {w for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for w in (c.lemma_.lower(), c.lower_)}
        return any(sp.event in ("ASSAULT", "COERCE", "PROTEST") and objs & set(objects)
                   for _v, _particle, objects, _complements, sp in self.object_events_of.get(lemma, ()))

    def _harm_of_a_conflict(self, verb: Token) -> bool:
        """A relative clause in the present perfect told of a conflict, no incident ("jihadist violence that has
        killed thousands of civilians", "a war which has displaced millions"): what the conflict has done over
        its course, background (not "the attack, which has killed 12": an incident's own toll)."""
        head = verb.head
        if head.tag_ == "VBG" and head.dep_ in SUBJ and _own_toll_clause(verb, head):
            head_noun = True  # "Fighting that has killed 40 people since Friday", the noun parsed as a gerund
        else:
            head_noun = verb.dep_ == "relcl" and head.pos_ == "NOUN"
        # (a conflict told going on, "the violence that has killed 12 people since Monday continued on Thursday", has
        # done it over its course too, though "the" names it: the toll is of the conflict, no attack of its own)
        going_on = head.dep_ in SUBJ and head.head.lemma_.lower() in self.lex.onset_frames
        return (head_noun and _present_perfect(verb)
                and (head.lemma_.lower() in self.lex.settlement_conflict_words or head.lower_ in self.lex.settlement_conflict_words)
                and (going_on or not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in head.children)))

    def _is_aggregate(self, cand: Candidate) -> bool:
        tok = cand.trigger
        if tok.lemma_.lower() in self.lex.generic_event_heads:
            return False  # "ten days of war games", "two rounds of talks": the count is of the frame, not of events
        if tok.tag_ in ("NNS", "NNPS"):
            for c in tok.children:
                if c.lower_ in self.lex.plural_count_words or (c.dep_ == "nummod" and c.like_num):
                    return True
            # "thousands of airstrikes": the count word heads the phrase
            if tok.dep_ == "pobj" and tok.head.head.lower_ in self.lex.plural_count_words:
                return True
        return False

    def _intent_denied(self, tok: Token) -> bool:
        """"denied deliberately shelling ...": the gerund of an act under a denial whose adverb
        denies the intent, not the act."""
        # ("denied intentionally striking civilians": the gerund parsed as a modifier of the denial's object)
        deny = tok.head.head if tok.dep_ in ("amod", "compound") and tok.head.dep_ == "dobj" else tok.head
        return (tok.tag_ == "VBG" and deny.lemma_.lower() in self.lex.deny_verbs
                and any(c.dep_ == "advmod" and c.lower_ in self.lex.deliberate for c in tok.children))

    @staticmethod
    def _told_anew(tok: Token) -> bool:
        """A gerund whose clause tells an act of its own: an indefinite object ("targeting a hospital"), a
        place or a day, or a toll in a relative clause; not a generic or anaphoric one ("targeting civilians",
        "targeting the hospital")."""
        # (the gerund parsed as a modifier of its object, "denied intentionally striking civilians": the object's phrase)
        node = tok.head if tok.dep_ in ("amod", "compound") else tok
        for t in node.subtree:
            if t.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME") or (t.lower_ in ("a", "an") and t.dep_ == "det" and (t.head.head.i == tok.i or t.head.i == node.i != tok.i)):
                return True
            if t.dep_ == "relcl":
                return True
        return False

    # -- context: time, place, figures, claimer, modality ---------------------
    def _telling_time(self, ctx: _Doc, d, trigger: Token) -> bool:
        """A time attached to a verb of saying other than the trigger ("police said on Monday"): the
        day of the telling; a time under the act's own verb ("arrested 12 in Lagos on Tuesday") is the act's."""
        tok = next((t for t in ctx.analysis.doc if t.idx >= d.start), None)
        # (the verb the time hangs on, or one above it short of the trigger: "police said on Monday they
        # were still searching", the day parsed under the reported verb)
        for t in (tok, *tok.ancestors) if tok is not None else ():
            if t.i == trigger.i:
                return False
            if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in self.lex.pronoun_reporting_verbs:
                return True
            if t.pos_ in ("VERB", "AUX") and t.left_edge.i <= trigger.i <= t.right_edge.i and trigger in t.subtree:
                return False  # the act's own verb ("killed 30 militants in an airstrike on Friday")
        return False

    def _fill_context(self, ctx: _Doc, cand: Candidate) -> None:
        a = ctx.analysis
        sent = cand.sent
        lo, hi = sent.start_char, sent.end_char
        sub_lo, sub_hi = cand.trigger.left_edge.idx, cand.trigger.right_edge.idx + len(cand.trigger.right_edge)
        if cand.trigger.pos_ == "VERB":
            sub_lo = min(sub_lo, lo)
        else:  # a nominal trigger takes the time of its clause ("held a meeting Saturday night at X's request")
            verb = next((t for t in cand.trigger.ancestors if t.pos_ in ("VERB", "AUX")), None)
            if verb is not None:
                sub_lo, sub_hi = verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge)
        # date: one inside the trigger's clause first, then anywhere in the sentence for
        # material events (a speech act's date must belong to it)
        told = [d for d in a.dates if lo <= d.start < hi and d.date is not None and not self._charge_time(ctx, d)]
        dates = [d for d in told if not self._foreign_time(ctx, d, cand.trigger)]
        trig = cand.trigger
        if not dates and trig.tag_ == "VBD" and not any(
                d.date is None and lo <= d.start < hi and _adverbial_time(a.doc, d, trig) and not self._telling_time(ctx, d, trig)
                for d in a.dates):
            # (the model has no upper bound: in wire copy the day of the telling bounds an act told in the
            # simple past with no day of its own, "police said on Sunday that gunmen killed five", so it
            # stands for it; a since-time still dates none, and "had killed" tells of an earlier day; nor
            # does it date an act told with a time of its own that names no day, "raided the camps over
            # the weekend, an official said on Tuesday")
            dates = [d for d in told if not self._foreign_time(ctx, d, cand.trigger, telling=False)]
        if dates and (perfect := _past_perfect_clause(cand.trigger)) is not None:
            # "said on Sunday it had foiled a coup, arresting 12": the day of a verb above a past perfect is the
            # telling's, and the act was before it
            kept = [d for d in dates if not _above(a.doc, d, perfect)]
            # ("arrested five men on Sunday who had attacked a bus": the attack was before that day, which it does not take
            # from the events told before it either)
            cand.before_told = not kept and perfect.dep_ == "relcl"
            dates = kept
        # the dateline's day is the filing's: a day the sentence tells ("on Tuesday") is the event's
        lines = _datelines(a.doc) if dates else []
        dates = [d for d in dates if not any(s <= d.start < e for s, e in lines)] or dates
        inside = [d for d in dates if sub_lo <= d.start < sub_hi]
        if cand.trigger.dep_ == "relcl":  # "arrested men on Sunday who attacked a bus on Friday": the clause's own day
            own_lo, own_hi = cand.trigger.left_edge.idx, cand.trigger.right_edge.idx + len(cand.trigger.right_edge)
            inside = [d for d in inside if own_lo <= d.start < own_hi] or inside
        material = cand.spec.event in ("ASSAULT", "PROTEST", "COERCE", "AGREE", "MOBILIZE")
        pool = inside or (dates if material else [])
        fronted = [d for d in a.dates if sub_lo <= d.start < cand.start and d.date is None and d.start < cand.trigger.sent.start_char + 3]
        if fronted:  # "Last week, two offices were set on fire ..., and police said on Monday": the telling's day is no act's
            pool = [d for d in pool if d.start < cand.start or not self._telling_time(ctx, d, cand.trigger)]
        if pool:
            cand.date = min(pool, key=lambda d: abs(d.start - cand.start))
        else:
            # (a present perfect beside a dated clause, "was shot dead on Saturday, and police have arrested two",
            # tells no day: it takes none from the act told before either)
            # (nor one told as done since, "the army has since retaken several towns": a later time, not the incident's)
            cand.since = any(c.dep_ == "advmod" and c.lower_ == "since" for c in cand.trigger.children)
            cand.other_time = any(lo <= d.start < hi and d.date is None for d in a.dates) or bool(told and _present_perfect(cand.trigger)) or cand.since
        cand.clause = self._clause_head(ctx, cand.trigger, cand.spec.event).i
        cand.location = self._location(ctx, cand)
        # a riot has its toll too, and so has force used short of an attack ("fired water cannon at a boat, injuring three crew
        # members", "fired tear gas at protesters, injuring 12")
        harmful = cand.spec.event == "ASSAULT" or (cand.spec.event == "PROTEST" and cand.mode == "riot") or (
            cand.spec.event == "COERCE" and cand.mode == "restrict" and cand.trigger.pos_ == "VERB")
        told_in = ctx.quote_covering(cand.trigger.idx)
        for mag in a.magnitudes:
            if mag.start is None or not (lo <= mag.start < hi) or mag.aggregate or self._charge_figure(ctx, mag):
                continue
            if told_in is not None and (other := ctx.quote_covering(mag.start)) is not None and other is not told_in:
                # a figure in another source's words is that source's ("leaving four dead, according to the
                # ministry, while organisers said nine had been killed": the organisers claim nine, not four)
                continue
            if mag.unit in ("killed", "dead", "injured") and cand.spec.event == "COERCE" and not self._coercion_toll(ctx, cand, mag):
                continue
            if mag.unit in ("killed", "dead") and harmful:
                if self._nearest(ctx, cand, mag):
                    cand.dead = cand.dead or mag
            elif mag.unit == "injured" and harmful:
                if self._nearest(ctx, cand, mag):
                    cand.injured = cand.injured or mag
            elif mag.unit not in NON_MATERIEL_UNITS and cand.spec.event == "ASSAULT":
                if self._nearest(ctx, cand, mag):
                    cand.materiel.append(mag)
            elif mag.unit is not None and mag.unit == SIZE_UNITS.get(cand.spec.event):
                if self._nearest(ctx, cand, mag):
                    cand.size = cand.size or mag
        if cand.size is None and cand.spec.event == "PROTEST" and cand.modality != "denied":
            cand.size = _doer_count(cand.trigger, a.article.text)
        q = ctx.quote_covering(cand.start)
        if q is not None and (ref := self._speaker_actor(ctx, q)) is not None:
            cand.claimer = ref
        elif q is None and (ref := self._coordinated_denier(ctx, cand.trigger)) is not None:
            cand.claimer = ref
        cand.modality = self._modality(cand, q)
        if cand.modality == "asserted" and q is None and cand.trigger.pos_ == "VERB" and any(
                c.start <= cand.trigger.idx < c.end and _left_open(cand.trigger, c) for c in ctx.refused):
            # "would neither confirm nor deny that its soldiers had shelled the village", "declined to comment on
            # reports that ...": an act a refusal leaves open is put forward by no one named, not told as done (a
            # definite act named, "did not blame anyone for the bombing in Kabul", is told as done)
            cand.modality = "alleged"
        if (cand.spec.event == "COERCE" and cand.mode in ("arrest", "seize") and not cand.source and isinstance(cand.claimer, ActorRef) and cand.claimer.sector in ("POL", "MIL")
                and any(c.dep_ in ("nsubjpass", "auxpass") for c in cand.trigger.children) and not any(c.dep_ == "agent" for c in cand.trigger.children)):
            # "the national police said two men had been arrested and a pistol seized": by the police who tell it
            cand.source = [cand.claimer]
        hurt = any(mag.start is not None and lo <= mag.start < hi and not mag.aggregate and mag.unit in ("killed", "dead", "injured")
                   and _harm(mag) for mag in a.magnitudes)
        if cand.spec.event == "ASSAULT" and not cand.target and (slain := _one_slain(cand.trigger, self.lex, agent=True)) is not None:
            cand.target = [self._described_person(ctx, slain, cand.trigger)]  # "a radio host was shot dead": he is who was attacked
            cand.target += [k for c in slain.conjuncts if c.i > slain.i and (k := self._kin(ctx, c)) is not None]  # ("a man and his wife")
        if cand.mode == "arrest" and not cand.target:  # "three civilian politicians had been detained": those held
            held = [c for c in cand.trigger.children if c.dep_ == "nsubjpass" and c.pos_ == "NOUN" and c.lemma_.lower() in _people_nouns()]
            cand.target = [self._described_person(ctx, c, cand.trigger) for c in held]
        _refine_types(cand, self.lex, self.territory_words, hurt=hurt)
        if cand.acled == "Armed clash" and not cand.source and cand.spec.event == "ASSAULT" and self._stopped_plan(cand.trigger) is not None:
            cand.acled = None  # "police thwarted an attempt to attack the army base": stopped, with no doer named, no side fought

    def _described_person(self, ctx: _Doc, person: Token, trigger: Token) -> ActorRef:
        """People an act was done to, told by a noun of people (the one slain, "a radio host was shot dead";
        those held, "three civilian politicians were detained"; "the crew" seized): the actor named there, else
        the people described, civilians (no force, no sector of their own: ACLED codes people harmed or held
        with no armed side as civilians); the event's place codes them later."""
        ref = self._actor(ctx, person, trigger) or self._unnamed(ctx, person, trigger)
        if ref is not None:
            return ref
        start = min([person.idx] + [c.idx for c in person.lefts if c.dep_ in ("amod", "compound", "det", "nmod")])
        words = [c.lemma_.lower() for c in person.lefts if c.dep_ in ("amod", "compound", "nmod")] + [person.lemma_.lower()]
        return ActorRef(text=ctx.analysis.article.text[start:person.idx + len(person)], name=" ".join(words), code=None, sector="CVL",
                        start=start, end=person.idx + len(person))

    def _is_trigger(self, ctx: _Doc, tok: Token, kind: str) -> bool:
        """Whether a token is the verb of a candidate of this kind in the sentence at hand."""
        return ctx.triggers.get(tok.i) == kind

    @staticmethod
    def _several(ctx: _Doc, kind: str) -> bool:
        """Whether the sentence at hand has more than one verb trigger of this kind (else
        every figure and place of the sentence is the one candidate's)."""
        return sum(1 for k in ctx.triggers.values() if k == kind) > 1

    def _clause_head(self, ctx: _Doc, tok: Token, kind: str) -> Token:
        """The verb heading the attack (protest, ...) clause a trigger belongs to.

        A participle that tells the outcome ("shelled A, killing 3", "killing 3 and
        wounding 5") belongs to the clause of the verb it hangs on; a coordinated verb
        ("shelled A and bombed B") or one with its own subject ("..., while rebels
        fired at B") heads a clause of its own: another attack when it names its own
        toll or place.
        """
        for _ in range(6):
            head = tok.head
            if head.i == tok.i or not self._is_trigger(ctx, head, kind):
                break
            if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children):
                break
            if tok.dep_ in ("advcl", "xcomp", "acl", "pcomp") or (tok.dep_ == "conj" and head.dep_ in ("advcl", "xcomp", "acl")):
                tok = head
                continue
            break
        return tok

    def _clause_region(self, ctx: _Doc, head: Token, kind: str) -> tuple[set[int], bool]:
        """Token indices of a clause without the other attack clauses inside it, and
        whether the sentence tells another attack clause beside it."""
        cut: set[int] = set()
        for t in head.subtree:
            if t.i != head.i and self._is_trigger(ctx, t, kind) and self._clause_head(ctx, t, kind).i == t.i:
                cut.update(x.i for x in t.subtree)
        region = {t.i for t in head.subtree} - cut
        nested = any(self._is_trigger(ctx, t, kind) for t in head.ancestors)
        return region, bool(cut) or nested

    def _owner(self, ctx: _Doc, cand: Candidate, mag: Magnitude, doc) -> bool | None:
        """Whether a figure belongs to ``cand``'s attack clause, read from the parse (None:
        the parse does not say). The clause of the first trigger of the kind above the
        figure owns it, unless another clause's trigger stands between that one and the
        figure in the text ("shelled A, killing 3, and bombed B, where 5 died": a toll
        follows the attack it tells of)."""
        span = doc.char_span(mag.start, mag.end or mag.start, alignment_mode="expand") if mag.start is not None else None
        if span is None or not len(span):
            return None
        kind = cand.spec.event
        root = span.root
        owner = next((t for t in root.ancestors if self._is_trigger(ctx, t, kind) and not _own_toll_clause(t, cand.trigger)), None)
        if owner is None:
            return None
        clause = self._clause_head(ctx, owner, kind).i
        if owner.i < root.i:
            between = [t for t in doc[owner.i + 1:root.i] if self._is_trigger(ctx, t, kind)]
            if between:
                clause = self._clause_head(ctx, between[-1], kind).i
        return clause == cand.clause

    def _nearest(self, ctx: _Doc, cand: Candidate, mag: Magnitude) -> bool:
        """Whether ``cand`` is the trigger of its type (ASSAULT, PROTEST, ...) that a figure in
        its sentence belongs to: the clause above the figure in the parse, else the closest trigger."""
        kind = cand.spec.event
        if cand.trigger.pos_ == "VERB" and cand.clause is not None and self._several(ctx, kind):
            owner = self._owner(ctx, cand, mag, ctx.analysis.doc)
            if owner is not None:
                return owner
        others = [t for t in span_tokens(cand.sent) if t.i != cand.trigger.i and t.pos_ == "VERB" and (s := self.lex.verbs.get(t.lemma_.lower())) is not None and s.event == kind
                  and not self._counts_only(t) and not _own_toll_clause(t, cand.trigger)]  # (", injuring three": the hurt of this act, no trigger of its own)
        mine = abs((mag.start or 0) - cand.start)
        return all(mine <= abs((mag.start or 0) - t.idx) for t in others)

    def _coercion_toll(self, ctx: _Doc, cand: Candidate, mag: Magnitude) -> bool:
        """Whether a toll is told by a coercion verb's own participle or clause ("fired water cannon at a boat, injuring three
        crew members", "fired tear gas at protesters, injuring 12"): not a toll of another clause of the sentence ("banned the
        newspaper, which had reported that 40 people were killed", "dispersed the crowd, while a blast injured 20", "banned the
        march after clashes injured 30"), nor one an attack verb tells itself ("fired water cannon at a trawler, killing one
        fisherman": the killing is an attack of its own, with that toll)."""
        span = ctx.analysis.doc.char_span(mag.start, mag.end or mag.start + len(mag.text), alignment_mode="expand")
        if span is None or not len(span):
            return False
        verb = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if verb is None or ((spec := self.lex.verbs.get(verb.lemma_.lower())) is not None and spec.event == "ASSAULT" and verb.i != cand.trigger.i
                            and not self._counts_only(verb)):
            return False
        trigger = cand.trigger
        if trigger.dep_ == "advcl" and trigger.head.i == verb.i and not any(c.dep_ == "nsubj" for c in verb.children):
            return True  # "12 were injured when police fired rubber bullets": the hurt of the coercion the clause tells
        for _ in range(4):
            if verb.i == trigger.i:
                return True
            if verb.dep_ not in ("advcl", "conj", "xcomp") or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
                return False
            verb = verb.head
        return False

    def _counts_only(self, verb: Token) -> bool:
        """A verb of events.yaml active_only_verbs told with no subject of its own ("12 were injured",
        "..., injuring 12"): it counts the hurt of an act told by another word and tells none itself."""
        return verb.lemma_.lower() in self.lex.active_only_verbs and not any(c.dep_ == "nsubj" for c in verb.children)

    def _location(self, ctx: _Doc, cand: Candidate) -> Place | None:
        a = ctx.analysis
        sent = cand.sent
        best: Place | None = None
        best_key: tuple[bool, bool, int] = (False, False, 0)
        rank = {"city": 3, "other": 2, "admin": 2, "country": 1}
        region: set[int] = set()
        # the town taken is where the fighting for it was ("recaptured X", "took control of X")
        taking = cand.spec.acled in ("Non-state actor overtakes territory", "Government regains territory")
        # ... and so is the town an attack struck ("shelled X", "a missile struck Ukraine's capital X")
        taking = taking or (cand.spec.event == "ASSAULT" and cand.trigger.pos_ == "VERB")
        sending = cand.spec.event == "MOBILIZE" and cand.trigger.pos_ == "VERB"  # "deployed troops to X": where they went
        material = cand.spec.event in ("ASSAULT", "PROTEST", "COERCE", "MOBILIZE", "AID", "RETREAT")  # acts done at a place
        if cand.trigger.pos_ == "VERB" and cand.clause is not None and self._several(ctx, cand.spec.event):
            # "attacked X in A ... and ambushed a convoy near B": each attack clause has its own place
            region, coordinated = self._clause_region(ctx, a.doc[cand.clause], cand.spec.event)
            if not coordinated:
                region = set()
        for p in a.places:
            if not (sent.start_char <= p.start < sent.end_char):
                continue
            tok = a.doc.char_span(p.start, p.end, alignment_mode="expand")
            # (any word: parses of long names vary; the dateline the parser made the subject, "KHARTOUM,
            # Jan 25 (X) - 32 people were killed", is where the report was filed, no place struck)
            if tok is None or not any(_locative(t) or (taking and _taken_place(t, cand.trigger) and not _dateline(t))
                                      or (sending and _sent_to(t, cand.trigger)) for t in tok):
                continue
            if region and tok.root.i not in region:
                continue
            if _reporter_place(tok.root, cand.trigger, self.lex) or self._in_charge(tok.root):
                continue  # (where the act charged happened is not where the sentence or execution was)
            if _care_place(tok.root, self.lex.later_deaths or {}, cand.trigger):
                continue  # "died of his injuries in a hospital in X", "were flown to a hospital in X": where the hurt were cared for
            after_in = tok.root.dep_ == "pobj" and tok.root.head.lower_ in ("in", "at", "inside")  # "arrived in Kampala": where
            if not material and ((not after_in and any(r.start is not None and r.start <= p.start < r.end for r in cand.target))
                                 or (tok.root.dep_ == "pobj" and tok.root.head.lower_ in ("on", "upon", "against"))):
                continue  # "imposed sanctions on Tehran": a state named by its capital is whom the act is aimed at, not where it was
            # resolved places first, then one the act's own words name over the dateline's city ("PORT X, Aug 23 (Y) - 17
            # were killed in the city of Z": where it was filed; not "weeks after a crush in the city of Z"), then the
            # most specific; an unresolved name still says where
            key = (p.resolved, not any(_dateline(t) for t in tok) and _acts_own_place(tok.root, cand.trigger), rank.get(p.kind, 0))
            if best is None or key > best_key:
                best, best_key = p, key
        return best

    def _modality(self, cand: Candidate, q: Quote | None) -> str:
        tok = cand.trigger
        heads = [tok] + ([tok.head] if tok.dep_ == "xcomp" else [])  # a conjunct keeps its own polarity
        if tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children) and tok.head.pos_ in ("VERB", "AUX"):
            heads.append(tok.head)  # "will meet next week to discuss X": the purpose of an act to come is to come
        if tok.pos_ in ("NOUN", "PROPN") and (tok.dep_ == "dobj" or cand.told_by_place) and tok.head.pos_ in ("VERB", "AUX"):
            heads.append(tok.head)  # "will stage a general strike", "would not launch an attack": the frame verb's mood
        elif tok.pos_ == "NOUN" and tok.dep_ in SUBJ and self._measure_reaching(tok.head, tok) is not None:
            heads.append(tok.head)  # "the sanctions would hit Iran's central bank": the reach told is to come
        if cand.spec.event == "ASSAULT" and any(self._intent_denied(t) for t in (tok, *tok.ancestors)):
            # "denied deliberately shelling a market (that killed 12)": the act admitted, its intent denied (an intent claim)
            return "asserted"
        if tok.pos_ in ("NOUN", "VERB") and self._gerund_denied(tok) is not None:
            return "denied"  # "denied meeting officials of X" (see _denied_gerund)
        if self._no_proof_of(tok):
            return "denied"  # "said there was no evidence the aircraft had been attacked": the act said not to be shown
        if self._framed_future(cand):
            return "hypothetical"  # "there will be a demonstration", "there are going to be protests": to come
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in self.lex.future_heads and not any(c.dep_ == "neg" for c in tok.head.children):
            return "hypothetical"  # "plan to march", "intend to strike": planned, not done
        if (plan := self._stopped_plan_noun(tok)) is not None and plan.lemma_.lower() in (self.lex.stopped_plans or {}).get("unmade", ()):
            return "hypothetical"  # "police uncovered a plot to assassinate the president": plotted and stopped, never tried
        # "a soldier was not killed in the attack": the harm is denied (no victim, no toll), not the attack told
        harm_only = cand.spec.event == "ASSAULT" and _harm_denied(tok)
        for h in heads:
            for c in h.children:
                if c.dep_ == "neg" and not harm_only and not _negation_not_of_act(c, h, tok):
                    return "denied"
                if c.dep_ == "aux" and c.lower_ in self.lex.modal_hypothetical:
                    return "hypothetical"
                if c.dep_ == "mark" and c.lower_ in self.lex.existential_unsaid_marks:
                    return "hypothetical"  # "(would respond) if attacked", "unless the rebels withdraw": a condition
        if tok.pos_ in ("VERB", "AUX") and is_future(tok):
            return "hypothetical"  # "workers are expected to strike", "talks are due to start": an act to come
        if q is not None and q.stance in ("deny",):
            return "denied"
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in PURPOSE_FRAMES and any(c.dep_ == "auxpass" for c in tok.head.children):
            return "hypothetical"  # "the truce is meant to allow the exchange of prisoners": a purpose, not an act done
        if tok.dep_ in ("xcomp", "advcl") and tok.head.lemma_.lower() in OBLIGATION_FRAMES and any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children):
            return "hypothetical"  # "the agreement obliges the rebels to release prisoners": a term agreed, not yet done
        words = {t.lower_ for t in span_tokens(cand.sent)}
        if words & self.lex.hedges or (q is not None and q.stance in ("claim", "accuse", "allege")):
            return "alleged"
        if q is not None and not q.speaker.named:
            return "alleged"  # "X reportedly shelled ...": passed on by the reporter from no named source
        return "asserted"

    def _no_proof_of(self, tok: Token) -> bool:
        """The act is what a proof noun with "no" says nothing shows ("there was no evidence the aircraft had been
        attacked", "found no sign that troops had shelled the town", "no evidence to suggest that troops shelled
        it"; events.yaml ``proof`` nouns): its own clause is the noun's complement, or a verb coordinated with
        or completing one that is. Not a clause beside or under that one ("no evidence that the men had been
        beaten before soldiers shot them": the shooting is told as done), nor a question ("no indication why
        the gunmen attacked the bus", "no evidence of who attacked it": the act is told, its motive or doer is
        not known)."""
        cur = tok
        for _ in range(6):
            if cur.head.i == cur.i or _asks(cur):
                return False
            if cur.dep_ in ("conj", "xcomp") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
                cur = cur.head  # "had shelled and burned the village", "had tried to storm it"
                continue
            if cur.dep_ not in ("acl", "ccomp", "relcl"):
                return False
            noun = cur.head
            if noun.pos_ == "NOUN" and noun.lemma_.lower() in self.lex.proof_nouns:
                return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
            if noun.pos_ not in ("VERB", "AUX"):
                return False  # (the clause of a noun that is no proof: "no evidence that the gunmen who attacked it were caught")
            cur = noun
        return False

    # -- accusations carried by quotes ----------------------------------------
    def _accusations(self, ctx: _Doc) -> list[Candidate]:
        """Quotes whose content condemns an actor become ACCUSE events by the speaker."""
        a = ctx.analysis
        out: list[Candidate] = []
        spec = Trigger(event="ACCUSE", mode="disapprove", speech=True)
        for q in a.quotes:
            if not (q.speaker.code or q.speaker.name):
                continue
            hits = self._evaluations(ctx, q)
            supports = self._supports_armed_group(ctx, q)
            shown = self._shown_hostile(ctx, q)
            if not hits and not supports and shown is None and q.stance not in ("accuse", "condemn"):
                continue
            if self._is_request(ctx, q):
                continue  # "asking the Council to condemn X": the event is the request
            cue = a.doc.char_span(q.cue.start, q.cue.end, alignment_mode="expand") if q.cue is not None else None
            if cue is not None and not_made(cue.root):
                continue  # "X has never condemned the raids": a condemnation not made is none
            if cue is not None and cue.root.lemma_.lower() in self.lex.deny_verbs and _own_act_denied(
                    cue.root, self.lex.reporting_verbs | self.lex.harm_doer_speech_verbs, self.lex.granted_things, self.lex.granted_activities):
                continue  # "the minister denied intentionally misleading parliament": his own act denied, no one accused
            speakers = self._speakers(ctx, q)
            own = {r.code for r in speakers if r.code}
            shown_ref = self._actor(ctx, shown, shown.head) if shown is not None else None
            target = shown_ref if shown_ref is not None and shown_ref.code and shown_ref.code not in own else self._accused(ctx, q, own)
            if target is None:
                continue
            span = a.doc.char_span(q.content.start, q.content.end, alignment_mode="expand")
            if span is None:
                continue
            trig = span.root
            sent = trig.sent
            cand = Candidate(trigger=trig, spec=spec, sent=sent, start=q.content.start, end=q.content.end, mode="disapprove")
            cand.source = speakers
            cand.target = [target]
            cand.speaker_key = quote_speaker_key(q)
            cand.claimer = REPORTER
            cand.evidence_extra = q.content.text
            out.append(cand)
        return out

    def _shown_hostile(self, ctx: _Doc, q: Quote) -> Token | None:
        """The subject of a clause that a quote calls proof (evidence, a sign) of a hostile act
        or aim ("it was proof the Indian government wants a war", "a sign that X is preparing
        to attack"; events.yaml ``proof``), or None ("proof that X wants peace")."""
        lex = self.lex
        span = ctx.analysis.doc.char_span(q.content.start, q.content.end, alignment_mode="expand")
        if span is None or not lex.proof_nouns:
            return None
        for noun in span:
            if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lex.proof_nouns:
                continue
            # the noun's clause, or the clause that follows it where the parser hung it elsewhere
            # ("claimed it was proof the government wants a war": "wants" on "claimed", and
            # the quote's content then stops at "proof")
            clauses = [c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl")]
            clauses += [t for t in noun.doc[noun.i + 1:noun.sent.end] if t.dep_ == "ccomp" and t.left_edge.i == noun.i + 1 and t not in clauses]
            for verb in clauses:
                if verb.pos_ not in ("VERB", "AUX"):
                    continue
                subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is None or subj.lower_ in ("that", "which") or any(c.dep_ == "neg" for c in verb.children):
                    continue
                if self._hostile(verb) or (verb.lemma_.lower() in lex.hostile_intent_verbs and any(
                        self._hostile(c) for c in verb.children if c.dep_ in ("dobj", "xcomp"))):
                    return subj
        return None

    def _hostile(self, tok: Token) -> bool:
        """A word for a hostile act: a verb or noun of a hostile event type, or a war noun."""
        lemma = tok.lemma_.lower()
        spec = self.lex.verbs.get(lemma) if tok.pos_ == "VERB" else self.lex.nouns.get(lemma)
        return (spec is not None and spec.event in self.lex.hostile_types) or lemma in self.lex.war_nouns \
            or (tok.pos_ == "NOUN" and lemma in self.lex.fight_nouns)

    def _evaluations(self, ctx: _Doc, q: Quote) -> list[str]:
        """Condemning words of a quote: negative adjectives and nouns of condemnation."""
        span = ctx.analysis.doc.char_span(q.content.start, q.content.end, alignment_mode="expand")
        if span is None:
            return []
        return [
            t.lower_
            for t in span
            if ((t.pos_ == "ADJ" and t.lower_ in self.lex.negative_adjectives and not (t.lower_ in self.lex.people_states and _said_of_people(t)))
                or (t.pos_ == "NOUN" and t.lemma_.lower() in self.lex.negative_evaluation))
            and self._evaluates(ctx, t)
        ]

    def _evaluates(self, ctx: _Doc, word: Token) -> bool:
        """Whether an evaluation word judges someone rather than describes an event told.

        It judges when it is said of something: a predicate ("was outrageous", "called the
        actions brutal", "is a crime"), a subject or object of its clause ("the brutal
        crackdown must end", "committed crimes"), the manner of an act ("behaved in a brutal
        way"), or an actor ("the criminal regime"). An event only named with the word, as the
        reason or setting of another act ("sanctions over the forced landing of a jet",
        "killed 12 in a brutal raid"), is told, not judged."""
        w = word
        while w.dep_ == "conj" and w.head != w:
            w = w.head  # "brutal and unacceptable"
        if word.pos_ == "ADJ":
            if w.dep_ != "amod":
                return True  # predicative: "was outrageous", "called X brutal"
            head = w.head
            if head.lemma_.lower() in ("way", "manner") or (ctx.mention_for_token(head) is not None and head.pos_ != "VERB"):
                return True
            w = head
            allowed = ("attr", "appos", "oprd", "ROOT", "nsubj", "nsubjpass")
        else:
            allowed = ("attr", "appos", "oprd", "ROOT", "nsubj", "nsubjpass", "dobj")
        while w.dep_ == "pobj" and w.head.lower_ == "of" and w.head.head.pos_ == "NOUN":
            w = w.head.head  # "an act of aggression"
        while w.dep_ == "conj" and w.head != w:
            w = w.head
        return w.dep_ in allowed

    def _is_request(self, ctx: _Doc, q: Quote) -> bool:
        span = ctx.analysis.doc.char_span(q.content.start, q.content.end, alignment_mode="expand")
        if span is None:
            return False
        for t in span:
            spec = self.lex.verbs.get(t.lemma_.lower())
            if spec is not None and spec.event == "REQUEST" and any(c.dep_ == "xcomp" for c in t.children):
                return True
        return False

    def _speakers(self, ctx: _Doc, q: Quote) -> list[ActorRef]:
        """The speaker, or each coded actor of a compound speaker ("Syria and Russia"): the parties
        the quote stage resolved, else the coded mentions inside the speaker's words."""
        if q.speaker.parties and not q.speaker.code:
            return list(q.speaker.parties)
        if q.speaker.code or q.speaker.start is None:
            return [speaker_ref(q.speaker)]
        parts = [ctx.analysis.ref(m) for m in ctx.analysis.mentions_in(q.speaker.start, q.speaker.end or q.speaker.start) if m.code]
        return parts or [speaker_ref(q.speaker)]

    def _supports_armed_group(self, ctx: _Doc, q: Quote) -> bool:
        """Whether a quote says someone supports, arms or funds an armed group it names: a word of
        support of the quote's own ("the US support of Daesh"), not one inside a name ("the Rapid
        Support Forces", "Syrian Democratic Forces' supporters" stay names)."""
        span = ctx.analysis.doc.char_span(q.content.start, q.content.end, alignment_mode="expand")
        if span is None:
            return False
        mentions = ctx.analysis.mentions_in(q.content.start, q.content.end)
        # ("arms" the noun is weapons: "since the rebels took up arms" tells no arming of them)
        told = any((t.lower_ in self.lex.support_verbs or t.lemma_.lower() == "support") and t.pos_ in ("VERB", "NOUN")
                   and not (t.pos_ == "NOUN" and t.lemma_.lower() in ("arm", "arms"))
                   and not any(m.start <= t.idx < m.end for m in mentions) for t in span)
        return told and any(m.sector == "REB" for m in mentions)

    def _accused(self, ctx: _Doc, q: Quote, own_codes: set[str]) -> ActorRef | None:
        """The one a quote accuses: the object of a cue of stance ("accused Russia of ..."), else the party the
        words name. A cue of no stance of its own ("told") has the one addressed as its object: the words are
        tried first, and only then the one told, if it is a coded party that is no news medium ("Koval told
        Russia's ambassador", "told Russia that its attacks were war crimes"; never "told reporters", "the BBC")."""
        neutral = q.stance == "neutral"
        if not neutral and (told := self._cue_object(ctx, q, own_codes)) is not None:
            return told[0]
        found = self._named_accused(ctx, q, own_codes)
        if found is None and neutral and (told := self._cue_object(ctx, q, own_codes)) is not None:
            ref = told[0]
            return ref if ref is not None and ref.code and ref.code not in own_codes and ref.sector != "MED" else None
        return found

    def _cue_object(self, ctx: _Doc, q: Quote, own_codes: set[str]) -> tuple[ActorRef | None] | None:
        """The cue's object as the accused, in a 1-tuple (its ActorRef, or None when the object is the accused
        but names no party), or None when the cue has no object that tells the accused."""
        a = ctx.analysis
        if q.cue is not None:
            cue = a.doc.char_span(q.cue.start, q.cue.end, alignment_mode="expand")
            if cue is not None:
                for c in cue.root.children:
                    if c.dep_ == "dobj":
                        if c.lower_ in ("it", "them", "him", "her") and cue.root.dep_ in ("advcl", "conj"):
                            # "asked the mission to leave, accusing it of failing to stop X": the one the clause acted on
                            c = next((o for o in cue.root.head.children if o.dep_ == "dobj"), c)
                        ref = self._actor(ctx, c, cue.root)
                        if ref is not None and ref.code and ref.code not in own_codes:
                            return (ref,)
                        ref = ref or self._unnamed(ctx, c, cue.root)
                        if ref is not None or c.pos_ == "PRON":
                            # the accused is told: no party named in what it is accused of ("of failing to stop
                            # jihadist violence") stands for it
                            return (ref if ref is not None and not _same(ref, self._speakers(ctx, q)) else None,)
        return None

    def _named_accused(self, ctx: _Doc, q: Quote, own_codes: set[str]) -> ActorRef | None:
        """The party the quote's words name as the accused."""
        a = ctx.analysis
        mentions = [m for m in a.mentions_in(q.content.start, q.content.end) if m.code and m.code not in own_codes]
        if not mentions:
            return None
        # the accused is usually a clause subject; armed groups are what it is accused of backing
        for m in mentions:
            tok = a.doc.char_span(m.start, m.end, alignment_mode="expand")
            if tok is not None and tok.root.dep_ in SUBJ and m.sector != "REB":
                return a.ref(m)
        states = [m for m in mentions if m.sector != "REB" and len(m.code or "") == 3 and m.code != "IGO"]
        if not states and (backed := self._backed_group(ctx, q)) is not None:
            # "proof of the French support of the jihadists": the one backing is accused, not the group backed
            doers = [t for c in backed.children for t in ([c] if c.dep_ in ("poss", "amod", "compound", "nsubj") else
                                                          [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "agent" else [])]
            backer = next((r for t in doers for r in (self._demonym(t), self._actor(ctx, t, backed))
                           if r is not None and r.code and r.code not in own_codes), None)
            if backer is not None or all(m.sector == "REB" for m in mentions):
                return backer
        return a.ref((states or mentions)[0])

    def _backed_group(self, ctx: _Doc, q: Quote) -> Token | None:
        """The word of support of a quote whose object names an armed group ("support of the rebels",
        "is arming the rebels"), or None."""
        a = ctx.analysis
        span = a.doc.char_span(q.content.start, q.content.end, alignment_mode="expand")
        if span is None:
            return None
        groups = [m for m in a.mentions_in(q.content.start, q.content.end) if m.sector == "REB"]
        for t in span:
            if not ((t.lower_ in self.lex.support_verbs or t.lemma_.lower() == "support") and t.pos_ in ("VERB", "NOUN")):
                continue
            objs = [g for c in t.children if c.dep_ in ("dobj", "nsubjpass", "prep") for g in ([c] if c.dep_ != "prep" else c.children)]
            if any(m.start <= o.idx < m.end or o.left_edge.idx <= m.start <= o.right_edge.idx for o in objs for m in groups):
                return t
        return None


def _held_responsible(verb: Token, lex: EventLexicon) -> list[Token]:
    """Whom "hold ... responsible" accuses: the object, or the subject of "responsible" parsed as
    a small clause ("holds Moscow responsible")."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    return objs or [g for c in verb.children if c.dep_ == "ccomp" and c.lower_ in lex.responsible_words
                    for g in c.children if g.dep_ == "nsubj"]


def charged(verb: Token, lex: EventLexicon) -> bool:
    """A verb told as what someone is convicted of or punished for ("convicted of killing",
    "jailed for attacking"; events.yaml charge_frames): the charge, not an incident told."""
    return verb.dep_ == "pcomp" and verb.head.lower_ in ("of", "for", "with") and verb.head.head.lemma_.lower() in lex.charge_frames


def charge_figure(span: SpacySpan, lex: EventLexicon) -> bool:
    """A figure told in a charge ("executed the man convicted of killing four officers"): the
    toll of the act charged, no event's."""
    return len(span) > 0 and any(charged(t, lex) for t in span.root.ancestors)


def _coordinated_verb_as_modifier(tok: Token) -> Token | None:
    """The object of a verb the parser took for a noun modifier after "and": in "to advance and
    overrun militia positions" the small model may make "overrun" a compound, adjective or noun
    modifier (tagged ADJ, NOUN or PROPN, or even VERB as a noun modifier; which one turns on the
    words after it, as "Kenyan", "Turkish" or "French army positions") of "positions", and
    "positions" a conjunct of "advance". Then the object ("positions"); else None. Only a word the
    event lexicon lists as a verb, right after the conjunction, is read so."""
    if tok.dep_ not in ("compound", "amod", "nmod") or tok.pos_ not in ("ADJ", "NOUN", "PROPN", "VERB"):
        return None
    if tok.i == 0 or tok.doc[tok.i - 1].dep_ != "cc" or tok.lower_ not in load_event_lexicon().verbs:
        return None
    obj = tok.head
    while obj.dep_ in ("compound", "amod") and obj.head != obj:
        obj = obj.head
    return obj if obj.dep_ == "conj" and obj.head.pos_ == "VERB" and obj.head.i < tok.i else None


def _other_clauses(analysis: Analysis, ev: Event) -> list[tuple[int, int]]:
    """The words of the event's sentence outside the clause that tells it (the subtree of its trigger verb, or of the
    word a trigger noun hangs on), as offsets in the sentence: no cue of the event's type is read there ("a mob set fire
    to the bodies, police said, adding that 12 people had been arrested": the arrest is no arson). A trigger at the
    sentence's root has the whole sentence."""
    if ev.trigger is None:
        return []
    span = analysis.doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
    if span is None:
        return []
    tok = span.root if span.root.pos_ in ("VERB", "AUX") else span.root.head
    sent = tok.sent
    lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)
    base = ev.evidence.start
    if base != sent.start_char:
        return []
    # and a clause inside it that tells another act of the report, a time clause or a relative one on the object
    # ("arrested 20 people after rioters set fire to a bank", "arrested 12 people who had set fire to a bank": the arson
    # is the rioters' act, no cue of the arrest)
    clauses = [c for c in tok.children if c.dep_ == "advcl" or (c.dep_ == "prep" and c.lower_ in TIME_MARKS)]
    clauses += [r for o in tok.children if o.dep_ == "dobj" for r in o.children if r.dep_ == "relcl"]
    told = [e.trigger.start for e in analysis.events if e is not ev and e.trigger is not None]
    inner = [(a, b) for c in clauses for a, b in [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge))]
             if any(a <= t < b for t in told)]
    return [(a - base, b - base) for a, b in ((sent.start_char, lo), *inner, (hi, sent.end_char)) if b > a]


def _counted_doers_verb(tok: Token) -> Token | None:
    """The object of a verb a headline's present tense made a noun modifier: in "Police arrest
    dozens as thousands protest fuel prices" the small model makes "protest" a compound of
    "prices", after "thousands" hung on the same noun. A count word ("thousands", "hundreds") right
    before a word the event lexicon lists as a verb of protest cannot open a noun phrase with it
    ("thousands of protesters" would), so the count is the subject and the noun the object; else None."""
    if tok.dep_ != "compound" or tok.pos_ != "NOUN" or tok.i == 0 or tok.tag_ != "NN":
        return None
    spec = load_event_lexicon().verbs.get(tok.lower_)
    if spec is None or spec.event != "PROTEST":
        return None
    count = tok.doc[tok.i - 1]
    if count.lower_ not in ("thousands", "hundreds", "dozens", "scores", "tens") or count.head.i != tok.head.i:
        return None
    obj = tok.head
    while obj.dep_ == "compound" and obj.head != obj:
        obj = obj.head
    return obj


def _held_place(verb: Token, refs: list[ActorRef], lex: EventLexicon) -> list[ActorRef]:
    """Actors struck that the parser cut from the place they hold ("bombed an insurgent hideout" read as
    "bombed an insurgent" with "hideout" a modifier of the verb; events.yaml ``held_places``): the
    phrase runs on to the place, the target being that place of theirs, as "a militant hideout" is."""
    doc = verb.doc
    out = []
    for r in refs:
        if r.start is not None and r.end is not None and (span := doc.char_span(r.start, r.end, alignment_mode="expand")) is not None \
                and span.end < len(doc) and (nxt := doc[span.end]).head.i == verb.i and nxt.dep_ in ("advmod", "npadvmod") \
                and nxt.lower_ in lex.held_places:
            end = nxt.idx + len(nxt)
            text = doc_text(doc)[r.start:end]
            r = replace(r, text=text, end=end, name=text if r.name == r.text else r.name)
        out.append(r)
    return out


def _after_word(tok: Token, refs: list[ActorRef]) -> list[ActorRef]:
    """Actors of a phrase that begins with the act's own word ("meeting officials", "arresting
    protesters", a gerund parsed as a modifier), cut to what follows the word."""
    after = doc_tokens(tok.doc)[tok.i + 1].idx
    return [r if r.start is None or r.start > tok.idx or r.start >= after else replace(r, text=r.text[after - r.start:], start=after)
            for r in refs]


def verb_lemma(tok: Token, known) -> str:
    """The lemma of a verb, mending the small model's misses ("staged" -> "stag"): when its
    lemma is not in ``known``, the first of the word's regular stems that is."""
    lemma = tok.lemma_.lower()
    w = tok.lower_
    if lemma in known:
        return lemma
    if (repaired := (load_event_lexicon().lemma_repairs or {}).get(w)) is not None:
        return repaired  # "retook": the lemmatizer's miss (also under a wrong tag: "overran" as an adjective)
    if not tok.tag_.startswith("VB"):
        return lemma
    for stem in (w[:-3] + "e", w[:-3], w[:-1], w[:-2], w[:-4] if w.endswith(("pped", "tted", "gged", "nned", "bbed", "rred")) else ""):
        if len(stem) > 2 and stem in known and (w.endswith(("ed", "es", "s", "ing"))):
            return stem
    return lemma


BORDER_NOUNS = frozenset({"border", "frontier", "boundary", "borderland", "borderlands"})


def _charged_by(tok: Token) -> Token | None:
    """The verb whose charge the act ``tok`` is, told after "of" or "for" ("accused X of shelling Y",
    "blamed X for the attack"); else None."""
    prep = tok.head if tok.dep_ in ("pcomp", "pobj") else None
    if prep is None or prep.dep_ != "prep" or prep.lower_ not in ("of", "for"):
        return None
    verb = prep.head.head if prep.head.dep_ == "dobj" else prep.head  # (the parse may hang "of" on the one charged)
    return verb if verb.pos_ == "VERB" else None


def _open_question(verb: Token) -> bool:
    """"did not say whether soldiers were killed", "asked if the rebels had attacked": an act in
    a yes/no question is not told as done (a wh-question, "why the men were arrested", still
    presupposes it)."""
    return verb.dep_ in ("ccomp", "advcl") and any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children) and (
        verb.dep_ == "ccomp" or any(c.dep_ == "neg" for c in verb.head.children))



def _contributed(verb: Token) -> bool:
    """"send 900 troops to a peacekeeping force": forces sent to a force or mission of others
    are contributed (the verb's own coding, AID), not deployed."""
    return any(g.dep_ == "pobj" and g.lemma_.lower() in ("force", "mission", "operation", "coalition")
               for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children)


def _content_unsaid(verb: Token) -> bool:
    """"Police did not say what they were charged with", "it was not clear what crime they were
    accused of": a verbal act (a charge, a demand) whose content is the open question of a
    negated clause is not told as made by anyone named there. A "why"/"when" question, or
    one not negated ("said what they were charged with"), is not covered."""
    if verb.dep_ != "ccomp" or not any(c.dep_ == "neg" for c in verb.head.children):
        return False
    return any(t.i < verb.i and t.tag_ in ("WP", "WDT") and t.lower_ in ("what", "which")
               and (t.dep_ in ("dobj", "pobj") or (t.dep_ == "det" and t.head.dep_ in ("dobj", "pobj")))
               for t in verb.subtree)


def _semicolon_between(clause: Token, verb: Token) -> bool:
    """A clause the parser hung on ``verb`` as its complement across a semicolon ("police arrested 12
    people; farmers protested outside parliament"): a clause of its own, not what the verb says."""
    lo, hi = (clause.right_edge.i, verb.i) if clause.i < verb.i else (verb.i, clause.left_edge.i)
    return any(t.text == ";" for t in verb.doc[lo:hi + 1])


def _reciprocal(tok: Token) -> bool:
    """"each other", "one another": the parties of a plural subject act on one another."""
    doc = tok.doc
    pair = (doc[tok.i - 1].lower_, tok.lower_) if tok.i > 0 else None
    pair_on = (tok.lower_, doc[tok.i + 1].lower_) if tok.i + 1 < len(doc) else None  # ("one" the head of "one another")
    if {pair, pair_on} & {("each", "other"), ("one", "another")}:
        return True
    # "each side accused the other": "the other" as the object of a verb whose subject is "each ..."
    subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None) if tok.dep_ == "dobj" else None
    return (pair == ("the", "other") and subj is not None
            and any(c.dep_ == "det" and c.lower_ == "each" for c in subj.children))


def _stray_subject(verb: Token) -> Token | None:
    """"Russia released 50 soldiers and Ukraine freed 50": the parse makes "Ukraine" a conjunct of
    the first verb's object and leaves the second, finite verb with no subject. A noun or name
    right before such a verb, in the first verb's object, is the second verb's subject; so is one
    conjoined in the first verb's prepositional object, where the parser may also hang the second
    verb on the first as a clause with no mark ("X appealed for calm and police arrested 30 people",
    "called for an end to the violence and police arrested 15 men")."""
    if verb.dep_ not in ("conj", "advcl", "ccomp") or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0 or any(c.dep_ in SUBJ for c in verb.children):
        return None
    prev = verb.doc[verb.i - 1]
    if verb.dep_ != "conj" or (prev.dep_ == "conj" and prev.head.dep_ == "pobj"):
        if any(c.dep_ in ("mark", "aux", "auxpass") for c in verb.children) or prev.dep_ != "conj" or prev.pos_ not in ("PROPN", "NOUN") \
                or prev.head.i >= prev.i or not any(c.dep_ == "cc" for c in prev.head.children):
            return None
        path = []  # the words from the conjunct up to the first verb: conjuncts, prepositional phrases, its object
        for a in prev.ancestors:
            if a.i == verb.head.i:
                break
            path.append(a)
        else:
            return None
        return prev if path and all(a.dep_ in ("conj", "pobj", "prep", "dobj") for a in path) and path[-1].dep_ == "prep" else None
    if prev.dep_ == "pobj" and prev.pos_ in ("PROPN", "NOUN") and prev.head.head.i == verb.head.i and any(
            c.dep_ in ("nmod", "compound") and c.ent_type_ in ("DATE", "TIME") and any(g.dep_ == "cc" for g in c.children) for c in prev.children):
        return prev  # "clashes broke out on Monday and government troops killed five": the day and the doers parsed as one phrase
    if prev.dep_ != "conj" or prev.pos_ not in ("PROPN", "NOUN") or prev.head.i >= prev.i:
        return None
    first = next((a for a in prev.ancestors if a.dep_ != "conj"), None)
    return prev if first is not None and first.dep_ == "dobj" and first.head.i == verb.head.i else None


_ANY_DAY = dt.date(2000, 1, 1)  # an anchor only: whether a date names a day at all (_harm_in_general), not which

def _mining_site(verb: Token, words: frozenset[str]) -> bool:
    """A word of a mining site (``words``: events.yaml mines ores and site_words) in the verb's sentence ("hit a mine
    in the province, killing 30 miners"): a mine there is a pit, not a device."""
    return any(t.lemma_.lower() in words for t in verb.sent)


def _gapped_passive_subject(verb: Token) -> Token | None:
    """"two attackers had been killed and 11 suspects arrested": a participle joined to a passive that leaves out its
    auxiliaries ("[had been] arrested"), parsed with the people acted on as its subject. They are the passive's subject
    (those arrested), not its doers. Only a participle with no auxiliary and no object of its own, its subject after the
    "and" ("had been killed and police arrested 11 suspects", "was destroyed and soldiers deployed troops": acts of their
    own). The same passive parsed as the modifier of a noun joined to the first ("three herdsmen had been killed and 40
    cattle stolen by vigilantes" read "cattle (that were) stolen"): that noun is its subject."""
    head = verb.head
    if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children):
        return None
    if (verb.dep_ == "acl" and head.dep_ == "conj" and head.head.tag_ == "VBN"
            and any(c.dep_ == "auxpass" for c in head.head.children)):
        return head
    if verb.dep_ != "conj" or head.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in head.children):
        return None
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    cc = [c for c in head.children if c.dep_ == "cc" and c.lower_ == "and" and head.i < c.i < verb.i]
    if len(subj) != 1 or not cc or not cc[0].i < subj[0].i < verb.i or subj[0].lower_ in PRONOUNS:
        return None
    return subj[0]


def _modified_conjunct(tok: Token) -> Token:
    """A conjunct noun whose participle the parser took for a verb ("troops and allied Amhara
    militiamen" read as "troops and [allied [militiamen]]"): the noun, not the participle (a
    verb with no subject, conjoined to a noun, its object right after it)."""
    if tok.pos_ != "VERB" or tok.tag_ not in ("VBD", "VBN") or tok.head.pos_ not in ("NOUN", "PROPN") \
            or any(c.dep_ in SUBJ or c.dep_ == "aux" for c in tok.children):
        return tok
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
    return obj if obj is not None and obj.left_edge.i == tok.i + 1 else tok


def _opens_clause(tok: Token) -> bool:
    """A conjunct that is the subject of the verb after it (see _stray_subject), no co-object."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.dep_ == "conj" and getattr(_stray_subject(nxt), "i", None) == tok.i


def _negation_not_of_act(neg: Token, head: Token, act: Token) -> bool:
    """Whether a "not" leaves the act told as done: "did not open fire until protesters threw stones" (done then),
    "did not stop shelling", "did not hesitate to shell" (done all the same), "did not just shell the town; it also
    ..." (done, and more). "had not been attacked since 2019 until gunmen raided it" denies the years before."""
    if negation_limited(neg):
        return True
    if head is not act and head.lemma_.lower() in UNNEGATING_FRAMES:
        return True
    kids = list(head.children)
    since = any(c.dep_ == "prep" and c.lower_ == "since" for c in kids)
    until = any((c.dep_ == "prep" and c.lower_ == "until")
                or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "until" for m in c.children)) for c in kids)
    return until and not since


def _retold_act(verb: Token, claimer: ActorRef) -> bool:
    """Whether an attack a denier tells ("the RSF denied the attack and said the army had shelled the area") can
    only be the denied one again: its subject another side's (no pronoun, no "its/our ...", not the denier's
    name), no date or time of its own, and its objects pronouns or definite ("the clinic", "it"), none
    indefinite or counted ("a school", "ten militants") that would tell another act."""
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
        verb = verb.head  # "said the army had carried out the attack"
    subj = next((g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"),
                next((c for c in verb.children if c.dep_ == "nsubj"), None))
    if subj is None or subj.lower_ in PRONOUNS or _relative_pronoun(subj):
        return False
    if any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES_WITH_MY for c in subj.children):
        return False
    said = " ".join(t.lower_ for t in subj.subtree)
    if any(n and n.lower().removeprefix("the ") in said for n in (claimer.name, claimer.text)):
        return False
    for t in verb.subtree:
        if t.ent_type_ in TIME_ENTS:
            return False
    for o in verb.children:
        if o.dep_ not in ("dobj", "nsubjpass") or o.lower_ in PRONOUNS:
            continue
        if not any(d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in o.children):
            return False
    return True


def _standing_relative(verb: Token) -> bool:
    """A relative clause that describes a party by what it is doing, an ongoing state, not an act told ("positions of
    the militia, which is fighting the army", "the group, which has been attacking convoys since 2019", "the
    peacekeepers, who are supporting the army"): its verb in the present or the present progressive or perfect. One in
    the past tells an act ("the militia, which attacked the town on Sunday")."""
    if verb.pos_ != "VERB" or verb.dep_ != "relcl" or not any(_relative_pronoun(c) for c in verb.children if c.dep_ in SUBJ):
        return False
    # In the present progressive only a side's war ("which is fighting the army", "who are supporting the army"):
    # "teachers who are striking over pay", "the M23, which is shelling Sake" tell acts going on where they are told
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    progressive = verb.tag_ == "VBG" and bool(aux & {"is", "are", "am", "'s", "’s"})
    return (verb.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VBG" and "been" in aux)
            or (progressive and verb.lemma_.lower() in STANDING_WAR_VERBS))


def _running_total(cand: Candidate, harm_verbs) -> bool:
    """An attack told as a count in the present perfect since a month or a year ("Ukraine says it has hit more than
    20 Russian oil facilities since January", "the rebels have attacked 30 posts since 2024"): a running total, the
    background of a campaign, no incident. Not since a day of this week ("fighting that has killed 40 people since
    Friday": one incident's toll; nor since a day of a month, "since October 12"), nor a count told in the past ("hit 20
    camps in January"). Not a toll of people ("has killed 300 people since January", a verb of events.yaml harm_verbs):
    a count of the dead is the magnitudes' to tell as a total (aggregate_cues), and PLOVER codes such a sentence as
    the fight."""
    verb = cand.trigger
    if cand.spec.event != "ASSAULT" or verb.pos_ != "VERB" or verb.tag_ != "VBN" or verb.lemma_.lower() in harm_verbs:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve", "’ve") for c in verb.children):
        return False
    since = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "since" for g in c.children if g.dep_ == "pobj"]
    # (a month alone, this year's: not a day of it, "since October 12" counts from one day, a span's toll; a count
    # since a year is the magnitudes' total cue's, magnitudes_numbers.yaml aggregate_cues)
    if not any(g.lower_ in month_names() and not any(k.like_num for k in g.children) for g in since):
        return False
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    return any(k.dep_ == "nummod" and k.like_num for o in objs for k in o.children)


def _allegiance_described(cand: Candidate) -> bool:
    """Allegiance pledged told in a relative clause of a party in the present perfect ("the ADF, an armed group that has
    pledged allegiance to Islamic State"): what the group is, background, no agreement made. Not one told in the past
    ("the rebels, who pledged allegiance to X on Sunday") nor in the main clause ("the group has pledged allegiance to X")."""
    verb = cand.trigger
    if cand.spec.event != "AGREE" or verb.pos_ != "VERB" or verb.dep_ != "relcl" or verb.tag_ != "VBN":
        return False
    if not any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children):
        return False
    if not any(c.dep_ in SUBJ and _relative_pronoun(c) for c in verb.children):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in ALLEGIANCE_WORDS for c in verb.children)


# the words of allegiance (_allegiance_described)
ALLEGIANCE_WORDS = frozenset({"allegiance", "loyalty", "fealty"})


def _destroyed_in_flight(verb: Token) -> bool:
    """Munitions "destroyed" where only flying ones are: overnight or over a place ("its forces destroyed 58
    drones overnight, including 23 over the X region", "destroyed 41 drones over the border region"), with no word of
    the ground ("drones parked at an airbase", "at a storage depot", "on the ground": struck there, an attack), no named
    place on or at which they were ("at Engels"), and no strike told ("in a strike on Crimea", "a raid on the airfield")."""
    sub = list(verb.subtree)
    if any(t.lemma_.lower() in GROUND_WORDS or t.lower_ in GROUND_WORDS for t in sub):
        return False
    if any(t.lower_ in ("on", "at") and any(g.dep_ == "pobj" and (g.ent_type_ in ("GPE", "FAC", "LOC") or (g.pos_ == "PROPN" and g.ent_type_ not in TIME_ENTS))
                                            for g in t.children) for t in sub):
        return False  # ("destroyed 41 drones overnight at Engels": a named place, struck there; the small model tags some names PERSON)
    if any(t.lemma_.lower() in RAID_WORDS and (any(c.dep_ == "prep" and c.lower_ == "on" for c in t.children)
                                              or (t.head.lower_ == "in" and t.dep_ == "pobj")) for t in verb.sent):
        return False  # ("destroyed 41 drones overnight in a strike on an airfield": told as a strike, an attack)
    if any(c.dep_ in ("advmod", "npadvmod") and c.lower_ == "overnight" for c in verb.children):
        return True
    return any(t.lower_ == "over" and t.dep_ == "prep"
               and any(g.dep_ == "pobj" and g.ent_type_ not in TIME_ENTS and g.lemma_.lower() not in OVER_TIMES for g in t.children)
               for t in sub)


# words that put a munition on the ground, not in flight (_destroyed_in_flight), and what "over" names as a time
GROUND_WORDS = frozenset({"ground", "parked", "airbase", "airfield", "aerodrome", "base", "depot", "warehouse", "storage", "store",
                          "factory", "plant", "hangar", "launcher", "workshop", "site", "facility", "stockpile", "cache"})
RAID_WORDS = frozenset({"strike", "raid", "attack", "airstrike"})
OVER_TIMES = frozenset({"weekend", "night", "period", "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "course"})


# verbs of wrecking that stop a weapon only in flight, and the doers that stop one so (events.yaml's
# destroy/down row of Disrupted weapons use; an air force's jets destroying drones on the ground attack)
WRECKING_VERBS = frozenset({"destroy", "down"})
AIR_DEFENCE_WORDS = frozenset({"defence", "defense", "defences", "defenses", "interceptor", "anti-aircraft", "antiaircraft"})


def _registry(text: str, m) -> bool:
    """A state named as a vessel's or aircraft's registry ("a Malta-flagged bulk carrier", "a Panama-registered
    tanker"): the flag it flies, no party to what is done to it."""
    rest = text[m.end:m.end + 14].lower()  # the hyphened compound only: "Kenya registered a protest" is Kenya acting
    return rest[:1] in ("-", "‐", "–") and rest[1:].lstrip(" ").startswith(REGISTRY_WORDS)


def _relative_pronoun(tok: Token) -> bool:
    """"teachers who had marched": the subject "who" of a relative clause stands for the noun
    the clause modifies."""
    return tok.tag_ in ("WP", "WDT") and tok.head.dep_ == "relcl" and tok.head.head.pos_ in ("NOUN", "PROPN")


# words that tie a phrase to another time or happening than the act's ("weeks after a crush in X", "the deadliest
# since a blast in X", "before the talks in X")
_ANOTHER_TIME = frozenset({"after", "since", "before", "following", "until", "than", "ago", "like"})


def _acts_own_place(place: Token, trigger: Token) -> bool:
    """Whether a place hangs on the act's own words: up the parse from ``place`` to ``trigger`` (or a verb
    coordinated with it, "were killed and dozens injured in a stampede in X") through no other verb and no word
    of another time ("weeks after a similar crush in the city of X", "hours after the president returned from X")."""
    own = {trigger.i} | {c.i for c in trigger.children if c.dep_ == "conj"} | ({trigger.head.i} if trigger.dep_ == "conj" else set())
    tok = place
    for _ in range(12):
        if tok.i in own:
            return True
        if tok.head.i == tok.i or tok.lower_ in _ANOTHER_TIME or (tok.i != place.i and tok.pos_ in ("VERB", "AUX")):
            return False
        tok = tok.head
    return False


def _dateline(tok: Token) -> bool:
    """A token of the dateline that opens its line ("NIAMEY, Jan 11 (Reuters) - "): the parser
    makes the city a second subject of the first verb, or an adverb of it ("BOGOTA, Oct 16 (X) -
    A candidate was shot dead"); it is no actor, nor the place of the act."""
    if tok.pos_ not in ("PROPN", "ADV"):
        return False
    return any(s <= tok.idx < e for s, e in _datelines(tok.doc))


def _phrase_start(tok: Token) -> int:
    """Where the phrase headed by ``tok`` opens, past a dateline the parse hangs on it
    ("SRINAGAR, India, Feb 27 (X News) - Indian and Pakistani troops": the troops)."""
    start = tok.left_edge.idx
    if _dateline(tok.left_edge):
        start = max([start, *(e for s, e in _datelines(tok.doc) if s <= start < e)])
    return start


def _datelines(doc) -> list[tuple[int, int]]:
    """The document's dateline spans (places.dateline_spans), found once per document."""
    spans = doc.user_data.get("sitrep.datelines")
    if spans is None:
        from sitrep.extract.places import dateline_spans

        spans = doc.user_data["sitrep.datelines"] = dateline_spans(doc_text(doc))
    return spans


def _titled_one(doc, m) -> bool:
    """A person, or a state's representatives, whose country is only their title or demonym
    ("Kenyan President X", "the Kenyan foreign minister", "the Kenyan delegation"); a country,
    its institutions and plural officials ("Kenyan police", "Kenyan officials") are not."""
    from sitrep.codebook import load_codebook

    if m.kind == "person":
        return True
    root = _nominal_root(doc, m)
    sectors = load_codebook().sectors
    return root is not None and (root.lemma_.lower() in sectors.representation_heads
                                 or root.lemma_.lower() in sectors.person_titles and root.tag_ in ("NN", "NNP"))


def _representative(doc, m) -> bool:
    """A state's representatives abroad ("the Ghanaian ambassador", "the Kenyan delegation"):
    their country is theirs, never that of the sentence or report they appear in, whose
    "government" is their host's."""
    from sitrep.codebook import load_codebook

    root = _nominal_root(doc, m)
    return root is not None and root.lemma_.lower() in load_codebook().sectors.representation_heads


def _nominal_root(doc, m) -> Token | None:
    if m.kind != "nominal":
        return None
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _across_border(doc, start: int, end: int) -> bool:
    """A country named as the far side of a border ("deployed to the frontier with Sudan", "along
    the Mali border"): a place reference, not the country of the actors in the sentence."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span.root.pos_ == "PROPN" and _border_side(span.root)


def _owns_place(tok: Token, places) -> bool:
    """The possessor of a place named ("Ukraine's capital Kyiv", "Nigeria's Borno state"): part of
    where, no party of its own."""
    if tok.dep_ != "poss" or tok.head == tok:
        return False
    owned = [tok.head, *(c for c in tok.head.children if c.dep_ in ("compound", "appos"))]  # "Syria's capital, Damascus"
    return any(p.start <= t.idx < p.end for t in owned for p in places if p.resolved)


def _border_side(tok: Token) -> bool:
    """"along the border with Niger", "near the frontier of Mali", "on the Niger border": a
    border named as a place (in a place phrase) and the country beside it are no actors
    ("closed its border with X" acts on the border, and X stays the party)."""
    if tok.lemma_.lower() in BORDER_NOUNS:
        return tok.dep_ == "pobj"
    prep = tok.head
    if tok.dep_ == "pobj" and prep.lower_ in ("with", "of") and prep.i > 0:
        border = prep.head if prep.head.lemma_.lower() in BORDER_NOUNS else prep.doc[prep.i - 1]
        # (the phrase is at times attached to the verb: "deployed along the border | with X")
        return border.lemma_.lower() in BORDER_NOUNS and border.dep_ == "pobj"
    return tok.dep_ == "compound" and tok.pos_ == "PROPN" and tok.head.lemma_.lower() in BORDER_NOUNS and tok.head.dep_ == "pobj"


def _noun_agents(noun: Token) -> list[Token]:
    """"an attack by rebels": the doers named by the "by" phrase of an act told by a noun."""
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]


def _found_harmed(verb: Token, lex: EventLexicon) -> bool:
    """A participle of harm told of people, not done by them: the state of a passive's subject
    ("were found shot dead", "was found beheaded") or a participle after a noun ("the bodies of
    seven farmers killed by gunmen"); none has an object of its own."""
    if verb.tag_ != "VBN" or any(c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in verb.children):
        return False
    if verb.dep_ == "xcomp":
        return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.head.children)
    # after a noun, only harm done to people ("property seized by forces" is no one found harmed)
    # (and people taken: "six soldiers abducted by al-Shabaab" were taken by the agent, not by the clause's subject)
    taken = getattr(lex.verbs.get(verb.lemma_.lower()), "mode", None) == "abduct"
    return (verb.dep_ == "acl" and (verb.lemma_.lower() in lex.harm_verbs or _killing_phrase(verb) or taken)
            and (verb.head.lemma_.lower() in _people_nouns() or verb.head.lower_ in _people_nouns()))


def _verbless_root(verb: Token) -> Token | None:
    """'Doctors from two aid groups donated and delivered goods': a sentence with no main verb,
    where the parser made the first verb a participle of the last noun ("groups donated") and
    the next a conjunct of it. The finite conjunct shows the sentence's own verbs; their doer is
    the noun at the root ("Doctors"), reached from the participle through "from/of" phrases.
    So is the root noun of a verb in the simple past or present the parser hung on it ("The EU
    called upon both sides to ...": "called" made a reduced relative of "EU"): a finite verb is
    no participle, and with no passive auxiliary or agent it has no other subject to find."""
    if (verb.tag_ in ("VBD", "VBZ", "VBP") and verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN")
            and verb.head.i < verb.i and not any(c.dep_ in ("auxpass", "agent", "nsubj", "nsubjpass") for c in verb.children)):
        return verb.head
    if verb.tag_ != "VBN" or not any(c.dep_ == "conj" and c.tag_ in ("VBD", "VBZ", "VBP") for c in verb.children):
        return None
    tok = verb.head
    for _ in range(4):
        if tok.dep_ == "ROOT":
            return tok if tok.pos_ in ("NOUN", "PROPN") and tok.i < verb.i else None
        if tok.dep_ not in ("pobj", "prep"):
            return None
        tok = tok.head
    return None


def _people_from(noun: Token) -> bool:
    """Whether a noun with a "from" phrase names people told with where they come from: a people noun that is
    the subject ("peacekeepers from Morocco were killed", "a missionary from Calgary was arrested"); not one
    acted on, whose "from" phrase may be the verb's ("chased the fighters from X": out of X)."""
    return noun.pos_ == "NOUN" and noun.dep_ in ("nsubj", "nsubjpass") and noun.lemma_.lower() in _people_nouns()


def _place_nouns() -> frozenset[str]:
    """The place words (events.yaml ``ground.places``: "the area", "the outskirts"), for the module's helpers."""
    return load_event_lexicon().place_nouns


def _locative(tok: Token) -> bool:
    """Whether a place's head word sits in a locative phrase ("in the city of X")."""
    cur = tok
    for _ in range(4):
        if cur.dep_ == "pobj" and cur.head.lower_ == "from" and _people_from(cur.head.head):
            return False  # "peacekeepers from Morocco were killed": where the people come from, not where the act was
        if cur.dep_ == "pobj" and cur.head.lower_ in LOCATIVE_PREPS:
            return True
        if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.lemma_.lower() in _place_nouns() | {"part", "parts", "centre", "center", "neighbourhood", "neighborhood", "street", "streets", "sector", "quarter"}:
            return True  # "shelled residential areas of X"
        if cur.dep_ in ("compound", "appos") or (cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.lemma_.lower() in _place_nouns()):
            cur = cur.head.head if cur.dep_ == "pobj" else cur.head
            continue
        if cur.dep_ == "npadvmod" or (cur.dep_ in ("amod", "poss") and cur.head.lemma_.lower() in _place_nouns()):
            cur = cur.head  # ("marched through Nairobi's business district", "in Kyiv's Podilskyi district")
            continue
        return False
    return False


def _place_of_its_own(verb: Token) -> bool:
    """Whether an act's clause names a place of its own, resolved or not ("the army has since retaken several
    towns in the north": a place noun it is done to; "arrested them in Zaria": a locative phrase on a name or a
    place noun)."""
    for t in verb.subtree:
        if t.dep_ == "dobj" and t.head.i == verb.i and t.lemma_.lower() in _place_nouns():
            return True
        if t.dep_ == "pobj" and t.head.lower_ in LOCATIVE_PREPS and (t.ent_type_ in ("GPE", "LOC", "FAC") or t.lemma_.lower() in _place_nouns()):
            return True
    return False


def _asks(clause: Token) -> bool:
    """Whether a clause is an indirect question ("why the gunmen attacked the bus", "who had attacked the
    convoy", "how many people they killed", "whether troops shelled it"): a wh-word or "whether"/"if" first."""
    first = clause.left_edge
    return (first.tag_ in ("WRB", "WP", "WP$", "WDT") and first.lower_ != "that") or any(
        c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children)


def _adverbial_time(doc: SpacyDoc, d: DateRef, trigger: Token) -> bool:
    """Whether a time tells when the trigger's own act was ("raided the camps over the weekend", "attacked it
    last week"; "stormed a village last week and killed 12": a verb coordinated with it, or one it completes),
    not what a noun is ("last month's election", "the weekend market"), nor when an act told in a clause under
    it was ("killed 12 people who had fled their homes last year", "a journalist who had criticised the governor
    for years"). A part of a day alone ("late at night", "in the morning"; dates_lexicon.yaml day_parts) names
    no other day than the one it is told in."""
    span = doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    words = {t.lower_ for t in span} & temporal_words()
    if words and words <= day_parts():
        return False
    tok = span.root
    if tok.dep_ == "pobj":
        tok = tok.head
    if not (tok.dep_ in ("prep", "npadvmod", "advmod") and tok.head.pos_ in ("VERB", "AUX")):
        return False
    return _coordinated_root(tok.head).i == _coordinated_root(trigger).i


def _coordinated_root(verb: Token) -> Token:
    """The first verb of the coordination or the catenative chain a verb is in ("stormed" for "killed" in
    "stormed a village and killed 12", "tried" for "storm" in "tried to storm the base"); not above a clause
    of its own (relcl, ccomp, advcl; a conjunct with a subject of its own, "and police arrested two")."""
    for _ in range(8):
        if verb.dep_ not in ("conj", "xcomp") or verb.head.i == verb.i or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            break
        verb = verb.head
    return verb


def _care_place(tok: Token, words: dict[str, frozenset[str]], trigger: Token | None = None) -> bool:
    """Whether a place's head word names where the hurt were cared for or died of their wounds: the town of
    a place of care (events.yaml ``later_deaths.places``, "a hospital in X") that a verb of dying or of
    carrying the hurt (``later_deaths.verbs``, ``care_verbs``) puts them in or takes them to. A hospital
    struck ("an air strike hit a hospital in X", "a bomb went off at a clinic in X") keeps its town, and so
    does one where the act itself was: the care verb hung on those the ``trigger`` acts on ("killed three
    militants who were being treated at a hospital in X", "attacked an ambulance taking the wounded to a
    hospital in X") or the trigger in a clause of the care verb ("died in a hospital in X when a strike hit")."""
    cur = tok
    while cur.dep_ in ("compound", "appos") and cur.head.i != cur.i:
        cur = cur.head
    if not (cur.dep_ == "pobj" and cur.head.lower_ in ("in", "at")):
        return False
    care, places = cur.head.head, words.get("places", frozenset())
    if care.pos_ == "VERB" and any(c.dep_ == "prep" and c.lower_ in ("to", "into") and any(
            g.dep_ == "pobj" and g.lemma_.lower() in places for g in c.children) for c in care.children):
        verb = care  # "taken to hospital in X": the parser hangs the town on the verb that carries them there
    elif care.lemma_.lower() not in places or not (care.dep_ == "pobj" and care.head.lower_ in ("in", "at", "to", "into")):
        return False
    else:
        verb = care.head.head
    if trigger is not None and ((verb.dep_ in ("relcl", "acl") and trigger.is_ancestor(verb))
                                or any(t.dep_ == "advcl" and t.head.i == verb.i for t in (trigger, *trigger.ancestors))):
        return False
    return verb.pos_ == "VERB" and verb.lemma_.lower() in words.get("verbs", frozenset()) | words.get("care_verbs", frozenset())


def _taken_place(tok: Token, trigger: Token) -> bool:
    """Whether a place's head word is what a territory verb took: its object ("recaptured X",
    "X was retaken"), also told as "the town of X" or "control of X"; a name the tagger took for
    an adverb ("shelled X on Friday" parsed with X as an adverb) is that object too."""
    cur = tok
    for _ in range(4):
        if cur.head.i == trigger.i and (cur.dep_ in ("dobj", "nsubjpass") or (cur.i == tok.i and cur.dep_ in ("advmod", "npadvmod") and cur.text[:1].isupper())):
            return True
        if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.lower_ == "out" and cur.head.head.head.i == trigger.i:
            return True  # "drove the rebels out of X"
        if cur.dep_ in ("compound", "appos"):
            cur = cur.head
        elif cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.lemma_.lower() in _place_nouns() | {"control"}:
            cur = cur.head.head
        else:
            return False
    return False


def _sent_to(tok: Token, trigger: Token) -> bool:
    """Whether a place's head word is where forces were sent ("deployed troops to X", "troops were sent to the town of
    X", "rushed reinforcements into X"): a "to"/"into" phrase on the verb or on the forces sent."""
    cur = tok
    for _ in range(4):
        if cur.dep_ == "pobj" and cur.head.lower_ in ("to", "into") and (
                cur.head.head.i == trigger.i or (cur.head.head.dep_ in ("dobj", "nsubjpass") and cur.head.head.head.i == trigger.i)):
            return True
        if cur.dep_ in ("compound", "appos"):
            cur = cur.head
        elif cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.lemma_.lower() in _place_nouns():
            cur = cur.head.head
        else:
            return False
    return False


def _time_clauses(verb: Token) -> set[int]:
    """Tokens of the clauses under ``verb`` that tell an act of their own time, with their own
    subject ("killed as Kenyans voted", "deployed troops while talks resumed"): their parties are
    that act's, not the verb's (their places are kept: "arrested two men after they robbed a
    bank in X" often tells where the arrest was too)."""
    return {t.i for d in verb.subtree if d.dep_ == "advcl" and d.i != verb.i and any(c.dep_ in SUBJ for c in d.children)
            and any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in d.children) for t in d.subtree}


def _up_to_objects(verb: Token) -> list[Token]:
    """The object of "killed up to 30 people", "kidnapped up to 16 advisers", which the parser
    hangs off "up to" as a particle and a preposition: the counted noun."""
    return [g for c in verb.children if c.dep_ == "prt" and c.lower_ == "up"
            for p in c.children if p.dep_ == "prep" and p.lower_ == "to"
            for g in p.children if g.dep_ == "pobj" and any(n.dep_ == "nummod" for n in g.children)]


def _orders_an_act(verb: Token) -> bool:
    """'ordered X to appear': an order is a demand (CAMEO 10) only when it tells someone to act."""
    return any(c.dep_ in ("xcomp", "ccomp") and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children) for c in verb.children)


def _speaker_pronoun(tok: Token, *, direct: bool = False) -> bool:
    """A pronoun inside a quote that stands for its speaker: "we", "I", or "it/he/she/they" as the
    subject of reported speech ("X said it would ..."); an object "it" ("guerrillas who overran it")
    is something else, and so are "they", "he", "she" in the speaker's own words ("'They shot at
    us,' said a protester": the speaker says "we")."""
    if tok.lower_ in ("we", "i"):
        return True
    return not direct and tok.lower_ in ("it", "he", "she", "they") and tok.dep_ in SUBJ


def _agrees_with_speaker(pron: Token, speaker) -> bool:
    """Whether a pronoun may stand for the quote's speaker by number and gender ("..., wounding five
    people before he was detained, police said": "he" is no police; "officials said he was held" no
    officials); "we" and "I" are the speaker's own, whatever the number ("we will not accept lies", a party's
    secretary said), and a speaker with no words in the text (none to weigh) may be meant."""
    if pron.lower_ in ("we", "i") or speaker.start is None or speaker.end is None or speaker.parties:
        return True
    span = pron.doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
    return span is None or may_refer(pron, span.root)


def _reporter_place(tok: Token, trigger: Token, lex: EventLexicon) -> bool:
    """A place in the words naming who reports the event ("..., relief officials in X said"):
    where the speakers are, not where the event happened."""
    node = tok
    while node.head.i != node.i:
        if node.dep_ in ("nsubj", "nsubjpass") and verb_lemma(node.head, lex.reporting_verbs) in lex.reporting_verbs:
            return not (node.left_edge.i <= trigger.i <= node.right_edge.i)
        node = node.head
    return False


def _government(code: str | None) -> ActorRef:
    """The government of a country, as a party no word of the text names."""
    return ActorRef(text="", name="government", code=code, sector="GOV")


def _unharmed_protest(sub: str | None, ev: Event) -> str | None:
    """ACLED codes force against protesters as excessive only when it kills or seriously
    injures; tear gas or arrests with no one killed or hurt is a protest with intervention."""
    if sub == "Excessive force against protesters" and not _harm(ev.dead) and not _harm(ev.injured):
        return "Protest with intervention"
    return sub


def _less_lethal_only(ev: Event, lex: EventLexicon, doc: SpacyDoc) -> bool:
    """Whether force on protesters is told only by less-lethal means ("fired tear gas and rubber bullets ...,
    injuring 12"): no one killed, no lethal means or serious injury told in its evidence or the sentence after it
    ("... injuring 30. Two protesters died in hospital on Tuesday.") (events.yaml less_lethal_force), so ACLED's
    "lethal or seriously injurious force" is not told."""
    words = lex.less_lethal_force or {}
    if _harm(ev.dead) or ev.evidence is None:
        return False
    after = next((s.text for s in doc_sents(doc) if s.start_char >= ev.evidence.end), "")
    text = f" {re.sub(r'[^a-z-]+', ' ', (ev.evidence.text + ' ' + after).lower())} "
    told = lambda key: any(f" {p} " in text for p in words.get(key, ()))  # noqa: E731
    return told("means") and not told("lethal") and not told("serious")


def _taken_from(doc: SpacyDoc, ref: ActorRef) -> bool:
    """A place told as the one a thing is taken from ("stole data from Uganda") or as the thing taken ("looted the
    town of X", "looted Kidal"): its verb's "from" phrase or object, not a setting ("in X", "near X")."""
    span = doc.char_span(ref.start, ref.end, alignment_mode="expand") if ref.start is not None else None
    if span is None or not len(span):
        return False
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.dep_ == "dobj":
        root = root.head.head  # "the town of X"
    return root.dep_ == "dobj" or (root.dep_ == "pobj" and root.head.lower_ == "from")


def _seriously_hurt(ev: Event, lex: EventLexicon, analysis: Analysis) -> bool:
    """Whether an intervention's own result tells someone killed or seriously hurt (events.yaml less_lethal_force
    ``serious``: "left in a coma", "critically injured", "rushed to hospital"; see _intervention_result) and no one
    of the forces among the hurt ("leaving two officers seriously injured": protesters' violence, not force on
    them). A phrase elsewhere in the sentence ("protesters demanding justice for a student in a coma", "a bystander
    hit by a car was rushed to hospital") tells no result of the intervention."""
    if ev.trigger is None or not any(r.sector in ("POL", "MIL") for r in ev.source):
        return False
    span = analysis.doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    result = _intervention_result(span.root, ev, lex)
    if not result:
        return False
    text = f" {re.sub(r'[^a-z-]+', ' ', ' '.join(t.lower_ for t in result))} "
    serious = (lex.less_lethal_force or {}).get("serious", ())
    dead = _harm(ev.dead) and ev.dead.start is not None and any(t.idx <= ev.dead.start < t.idx + len(t) for t in result)
    if not (dead or any(f" {p} " in text for p in serious)):
        return False
    forces = (lex.less_lethal_force or {}).get("forces_hurt", ())
    return not any(t.lower_ in forces for t in result)


def _intervention_result(tok: Token, ev: Event, lex: EventLexicon) -> list[Token]:
    """The words that tell an intervention's own result: a participle hung on its verb or the verb it serves ("fired
    tear gas to disperse protesters, leaving one man in a coma"); the clause it is the time of ("a student was left in
    a coma after police broke up the protest"); a clause joined to it whose subject is one of those it met ("police
    dispersed the protesters; one protester was rushed to hospital"). Empty where none is told."""
    chain = [tok]
    while chain[-1].dep_ in ("xcomp", "advcl", "conj") and not any(c.dep_ == "mark" and c.lower_ not in ("to",) for c in chain[-1].children):
        chain.append(chain[-1].head)  # "fired tear gas to disperse": the verb the purpose serves
    inside = {t.i for v in chain for t in v.subtree}
    participles = [t for v in chain for c in v.children if c.dep_ in ("advcl", "xcomp", "conj") and c.tag_ in ("VBG", "VBN")
                   and c not in chain and not any(m.dep_ == "mark" for m in c.children) for t in c.subtree]
    if participles:
        return participles  # "..., leaving one man in a coma"
    top = chain[-1]
    if top.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("after", "when", "as") for m in top.children):
        return [t for t in top.head.subtree if t.i not in inside]  # "X was left in a coma after police broke up ..."
    met = {r.text.lower().split()[-1] for r in ev.target if r.text} | set(lex.protest_words)
    # (a clause after a semicolon is parsed as the head of the one before, "dispersed" a ccomp of "rushed")
    joined = [c for c in top.children if c.dep_ in ("conj", "parataxis")]
    if top.dep_ in ("conj", "parataxis", "ccomp"):
        joined.append(top.head)
    for c in joined:
        if c.i not in inside and c.pos_ in ("VERB", "AUX") and not any(m.dep_ == "mark" for m in c.children):
            subj = next((s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and (subj.lower_ in met or subj.lemma_.lower() in met):
                return [t for t in c.subtree if t.i not in inside]  # "...; one protester was rushed to hospital"
    return []


def _harm(mag: Magnitude | None) -> bool:
    """A toll that tells someone killed or hurt: "nobody was hurt", "no one was killed" (a toll
    of zero) tells no harm."""
    return mag is not None and not (mag.max == 0 or (mag.max is None and mag.min == 0))


def _coded_copies(events: list[Event]) -> None:
    """A statement's target taken from the doer of another event ("the EU condemned the arrests":
    the police who made them) takes the code the country rules gave that doer there (not one
    the statement's own country rules guessed for it)."""
    coded = {(r.start, r.end): r for e in events for r in e.source if r.code and r.start is not None}
    for e in events:
        if e.event in ("ACCUSE", "REQUEST", "THREATEN", "SUPPORT"):
            e.target = [coded.get((r.start, r.end), r) if r.start is not None else r for r in e.target]


def _is_place_ref(ref: ActorRef, places) -> bool:
    """Whether a party stands for a place named in the text (the clause rule's "in X")."""
    return ref.start is not None and any(p.start == ref.start and p.end == ref.end for p in places)


def _beside_border(doc, ref: ActorRef) -> bool:
    """Whether a party's words name the country beside a border told as a place ("near the border with Zamfara state")."""
    span = doc.char_span(ref.start, ref.end, alignment_mode="expand") if ref.start is not None and ref.end is not None else None
    return span is not None and any(_border_side(t) or (t.dep_ == "compound" and _border_side(t.head)) for t in span)  # ("Zamfara | state")


def _is_vessel(ref: ActorRef, words: frozenset[str]) -> bool:
    """A target that is a vessel or a civilian vehicle ("a Philippine supply boat", "two fishing boats"): things, or
    parties of no sector told by such a word (``words``: events.yaml ``crewed_vessels``, ``civilian_vehicles``)."""
    head = ref.text.lower().split()[-1] if ref.text.strip() else ""
    return ref.sector is None and bool(head) and bool({head, head[:-1], head[:-2]} & words)  # ("boats", "buses")


def _is_thing(ref: ActorRef) -> bool:
    """A target that is an object struck (see EventStage._thing), not an actor."""
    return ref.actor_id is None and ref.sector is None and bool(ref.text) and ref.name is not None and ref.name == ref.name.lower() and " " not in ref.name


def _ethnic(ref: ActorRef, text: str) -> bool:
    """'ethnic Albanians': the word ethnic in the actor's words or just before them."""
    if "ethnic" in ref.text.lower().split() or _demonym_community(ref):
        return True
    return ref.start is not None and text[max(0, ref.start - 7):ref.start].lower().strip() == "ethnic"


COMMUNITY_HEADS = frozenset({"population", "populations", "minority", "minorities", "community", "communities"})


def _demonym_community(ref: ActorRef) -> bool:
    """'the Albanian population', 'the Serb minority': a people named by a demonym and a
    word for a resident community is an ethnic group, as 'ethnic Albanians' is."""
    from sitrep.codebook import load_codebook

    words = ref.text.split()
    if len(words) < 2 or words[-1].lower() not in COMMUNITY_HEADS:
        return False
    entry = load_codebook().lookup(words[-2])
    return entry is not None and entry.kind == "demonym"


def _key(ref: ActorRef) -> str:
    return ref.actor_id or ref.code or ref.text


def _told_alike(a: ActorRef, b: ActorRef) -> bool:
    """The same actor by its mention: one actor of the report, else the same words ("youths" and "youths")."""
    return (a.actor_id is not None and a.actor_id == b.actor_id) or (bool(a.text) and a.text.lower() == (b.text or "").lower())


def _counted(objs: list[Token]) -> list[Token]:
    """The people objects tell, a count read as the noun it counts ("23 of the hostages" -> "hostages")."""
    return [g if o.pos_ == "NUM" else o for o in objs
            for g in ([g for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"] or [o])]


def _with_previous(sent: SpacySpan) -> list[Token]:
    """The tokens of a sentence and of the one before it in the same paragraph (no line break between them): where a
    taking told just before is the one an act refers to ("Bandits kidnapped 30 students. Soldiers later freed all of them")."""
    doc = sent.doc
    toks = list(sent)
    if sent.start == 0:
        return toks
    prev = doc[sent.start - 1].sent
    if "\n" in doc_text(doc)[prev.end_char:sent.start_char]:
        return toks
    return [*prev, *toks]


def _said_of_people(adj: Token) -> bool:
    """Whether a word of a state (events.yaml ``people_states``) is said of people: the noun it modifies or the subject
    of its copula is a person noun, a pronoun or a name of a person, a people or a country ("exhausted soldiers",
    "the villagers were terrified"; not "Russia's proposal was hopeless")."""
    while adj.dep_ == "conj" and adj.head != adj:
        adj = adj.head
    held = adj.head if adj.dep_ == "amod" else next((c for c in adj.head.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
        if adj.dep_ in ("acomp", "oprd", "xcomp") else None
    if held is None:
        return True  # (no one it is said of: read as a state, as before)
    return held.pos_ == "PRON" or held.ent_type_ in ("PERSON", "NORP", "GPE") or held.lemma_.lower() in _people_nouns() or held.lower_ in _people_nouns()


def _same(ref: ActorRef, refs: list[ActorRef]) -> bool:
    return any(_key(ref) == _key(r) for r in refs)


def _years_told(text: str) -> list[int]:
    """The years a time expression names ("in 2019": 2019); a decade ("in the early 1990s") by its
    last year, so that it is past only when the whole decade is."""
    return [int(y) + (9 if dec and y.endswith("0") else 0)  # ("2019's election": a year's possessive, no decade)
            for y, dec in re.findall(r"\b(1[89]\d\d|20\d\d)(s|'s)?\b", text)]


def _takes_a_chance(verb: Token, lex: EventLexicon) -> bool:
    """Whether a verb of taking has a chance for its object ("seize this moment", "grab the
    opportunity"; events.yaml seized_chances): a figure of speech, nothing taken by force."""
    return verb.lemma_.lower() in lex.seized_chances.get("verbs", frozenset()) and any(
        c.dep_ == "dobj" and c.lemma_.lower() in lex.seized_chances.get("objects", frozenset()) for c in verb.children)


def _charged_act(verb: Token, obj: Token, lex: EventLexicon) -> bool:
    """Whether a verb of charging (an ACCUSE verb in events.yaml) charges its object with an act told by a
    gerund after a preposition (events.yaml charge_preps: "accused the rebels of shelling", "blamed the
    militia for attacking", "charged them with killing"); a deed done for a reason is no charge
    ("punished the villagers for helping the rebels": the punisher does the harm)."""
    spec = lex.verbs.get(verb_lemma(verb, lex.verbs))
    if spec is None or spec.event != "ACCUSE":
        return False
    return any(p.dep_ == "prep" and p.lower_ in lex.charge_preps and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in p.children)
               for p in (*obj.children, *verb.children) if p.i > obj.i)


def _doer_count(trigger: Token, text: str) -> Magnitude | None:
    """The count that opens the subject of a protest ("Hundreds of thousands of people
    blocked streets", "Up to 1,000 ethnic Turks began a hunger strike to protest"): the
    protesters are the doers, whatever the verb. The subject is the trigger's, else that of
    the verb it hangs from (to protest, staged demonstrations). No count, no size."""
    from sitrep.extract.magnitudes import parse_quantity

    tok = trigger if trigger.pos_ in ("VERB", "AUX") else next((t for t in trigger.ancestors if t.pos_ in ("VERB", "AUX")), None)
    subj = None
    if _counted_doers_verb(trigger) is not None:
        tok, subj = None, trigger.doc[trigger.i - 1]  # "as thousands protest fuel prices": the count before the verb
    for _ in range(3 if subj is None else 0):
        if tok is None:
            return None
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None or tok.dep_ not in ("xcomp", "advcl", "conj", "pcomp", "acl"):
            break
        tok = tok.head
    if subj is None or subj.left_edge.lower_ in ("a", "an", "the"):
        return None
    from sitrep.extract.magnitudes import _is_number, _qualifier_of, people_nouns

    people = people_nouns()
    if not (_is_number(subj) or subj.lemma_.lower() in people or subj.ent_type_ == "NORP"):
        return None  # "three parties protested": organisations, not a count of protesters
    qual_words = {w for p in _qualifier_of() for w in p.split()} | {"between", "from"}
    doc, i = subj.doc, subj.left_edge.i
    while i <= subj.right_edge.i and (_is_number(doc[i]) or doc[i].lower_ in qual_words or doc[i].lower_ in ("of", "to", "and", "-")):
        i += 1
    while i > subj.left_edge.i and not _is_number(doc[i - 1]):
        i -= 1  # "Hundreds of thousands of": the count ends on a number
    if i == subj.left_edge.i:
        return None
    start, end = subj.left_edge.idx, doc[i - 1].idx + len(doc[i - 1])
    q = parse_quantity(text[start:end])
    if q is None:
        return None
    lo, hi, qual = q
    return Magnitude(min=lo, max=hi, qualifier=qual, text=text[start:end], start=start, end=end, unit="crowd")  # type: ignore[arg-type]


def _suicide_told(trigger: Token, lex: EventLexicon) -> bool:
    """A suicide attack told without the word (events.yaml suicide_told): "a bomber blew himself up",
    "detonated an explosive vest" (not "fighters wearing explosive vests"), "set off a bomb, killing himself
    and four soldiers" (a verb of killing with the reflexive on the blast), told of this attack: the
    blast is the trigger, or one of them hangs on the other with no subject of its own ("blew himself
    up outside the ministry, killing six"); not a blast of another clause ("..., and gunmen later
    attacked a police station", "blew himself up when police stormed the flat") nor one only tried,
    planned or forestalled ("shot dead a bomber before he could blow himself up")."""
    told = lex.suicide_told or {}
    for t in trigger.sent:
        if (t.lower_ in told.get("reflexives", ()) and t.dep_ == "dobj" and t.head.lemma_.lower() in told.get("self_verbs", ())
                and any(c.dep_ == "prt" and c.lower_ == "up" for c in t.head.children)):
            blast = t.head
        elif (t.lower_ in told.get("devices", ()) and any(c.dep_ in ("amod", "compound") and c.lower_ in lex.explosive_words for c in t.children)
                and t.dep_ in ("dobj", "nsubj", "nsubjpass") and t.head.lemma_.lower() in told.get("device_blasts", ())):
            blast = t.head
        elif (t.lower_ in told.get("reflexives", ()) and t.dep_ == "dobj" and t.head.lemma_.lower() in told.get("self_kills", ())
              and t.head.dep_ in ("advcl", "conj", "xcomp") and t.head.head.lemma_.lower() in told.get("device_blasts", ())
              and any(c.dep_ in ("dobj", "nsubjpass") and (c.lower_ in lex.explosive_words or c.lemma_.lower() in lex.explosive_words)
                      for c in t.head.head.children)):
            blast = t.head.head  # "detonated explosives, killing themselves", "set off a bomb, killing himself and four soldiers"
        else:
            continue
        if _blast_of(blast, trigger) and not _blast_unreal(blast):
            return True
    return False


def _clause_verb(tok: Token) -> Token:
    """The verb of the clause a word stands in (the word itself when it is one)."""
    return tok if tok.pos_ in ("VERB", "AUX") else next((t for t in tok.ancestors if t.pos_ in ("VERB", "AUX")), tok)


def _told_of(word: Token, trigger: Token, lex: EventLexicon) -> bool:
    """A word told of this attack: not one of a clause coordinated with the attack's, whose own subject
    names another doer ("a suicide bomber struck a market, and troops shelled rebel positions the next
    day"). A clause that tells how or after what the attack came ("stormed the base after a suicide
    bomber rammed the gate", "12 were killed when a suicide bomber blew himself up"), a statement of it
    ("claimed the attack, saying a suicide bomber ...") or an attack told by its noun or weapon as
    subject ("the blast killed 12, and ...") is the one the word tells."""
    own, other = _clause_verb(trigger), _clause_verb(word)
    coordinated = (other.dep_ == "conj" and other.head.i == own.i) or (own.dep_ == "conj" and own.head.i == other.i) or (
        own.dep_ == "conj" and other.dep_ == "conj" and own.head.i == other.head.i)
    if own.i == other.i or not coordinated:
        return True
    subj = next((c for c in own.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i == trigger.i or subj.pos_ == "PRON":
        return True  # (a pronoun may be the bomber: "... and he blew himself up")
    lemma = subj.lemma_.lower()
    return lemma in lex.nouns or lemma in lex.explosive_words or subj.lower_ in lex.explosive_words or lemma in lex.aerial_words | lex.shelling_words


def _blast_of(blast: Token, trigger: Token) -> bool:
    """The blast is the attack's trigger, or one hangs on the other as a clause with no subject of its own."""
    if blast.i == trigger.i:
        return True
    for head, dep in ((blast, trigger), (trigger, blast)):
        if (dep.head.i == head.i and dep.dep_ in ("advcl", "conj")
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in dep.children)):
            return True
    return False


def _blast_unreal(blast: Token) -> bool:
    """A blast tried, planned, prevented or only possible: "tried to blow himself up", "before he
    could blow himself up", "did not detonate his vest"."""
    if blast.dep_ == "xcomp":
        return True
    return any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in ("could", "would", "might", "may", "can", "will", "should"))
               or (c.dep_ == "mark" and c.lower_ in ("before", "if", "unless")) for c in blast.children)


def _same_doer(verb: Token, trigger: Token) -> bool:
    """A verb joined to the trigger told of its doer: with no subject of its own, or the trigger's
    ("killed a woman after raping her", "raped and killed a woman"; not "shot dead a man after he
    raped a girl"). A pronoun is the trigger's subject when its number is that subject's ("Soldiers
    killed a woman after they raped her"; not "Villagers beat a man to death after he raped a girl")."""
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj:
        return True
    own = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not own and trigger.dep_ == "conj":
        own = [c for c in trigger.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    for s in subj:
        if any(s.i == o.i or s.lower_ == o.lower_ for o in own):
            return True
        if s.pos_ == "PRON" and grammatical_number(s) and any(may_refer(s, o) for o in own):
            return True  # (both may agree, "a soldier killed a woman after he raped her": the doer's reading kept)
    return False


def _agreed_to_talk(tok: Token, lex: EventLexicon) -> bool:
    """What is agreed at ``tok`` is only a meeting or talks, a noun of a CONSULT event (events.yaml nouns):
    "the rebels agreed to talks with the government", "agreed to hold negotiations"."""
    agreed = [c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "NOUN"] + [  # ("agreed to talks" parsed as "to talk")
        g for c in tok.children
        for g in ([c] if c.dep_ == "dobj" else [p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ in ("to", "on")
                  else [o for o in c.children if o.dep_ == "dobj"] if c.dep_ == "xcomp" and c.pos_ == "VERB" else [])]
    return bool(agreed) and all((n := lex.nouns.get(g.lemma_.lower()) or lex.nouns.get(g.lower_)) is not None and n.event == "CONSULT" for g in agreed)


def _told_sexual(tok: Token, lex: EventLexicon) -> bool:
    """An assault verb told with "sexually"/"sexual" on it."""
    return any(c.dep_ in ("advmod", "amod") and c.lower_ in lex.sexual_modifiers for c in tok.children)


def _refine_types(cand: Candidate, lex: EventLexicon, territory_words: frozenset[str], *, hurt: bool = False) -> None:
    """PLOVER mode and ACLED sub-type from the actors and weapons named; ``hurt``: the sentence tells
    people killed or injured."""
    if (cand.spec.event == "AGREE" and cand.acled is None and not cand.spec.no_acled and cand.mode is None
            and cand.trigger.lemma_.lower() in lex.settlement_acts and any(r.sector == "REB" for r in cand.source + cand.target)
            and not _agreed_to_talk(cand.trigger, lex)):
        # "the rebels signed the deal in Doha", "the government reached an agreement with the militants": a deal an
        # armed group is party to settles its conflict (ACLED Agreement); talks agreed to settle nothing yet
        cand.acled = "Agreement"
    if cand.spec.event == "PROTEST" and cand.acled == "Peaceful protest" and _told_violent(cand.trigger, lex):
        cand.acled = "Violent demonstration"
    if cand.spec.event == "PROTEST" and cand.mode == "riot" and cand.acled is None:
        # "threw stones at police" (CAMEO 145, riot): by a crowd with no demonstrative purpose a mob's violence
        cand.acled = "Mob violence" if _mob_doers(cand.source, lex, cand.trigger.doc) else "Violent demonstration"
    if (cand.spec.event == "COERCE" and cand.mode in lex.protest_handling_modes and cand.acled in (None, "Arrests")
            and not cand.spec.no_acled and cand.trigger.lemma_.lower() not in lex.protest_bans and _at_protest(cand, lex)):
        # "arrested 30 protesters", "broke up the rally and detained dozens"; "fired tear gas at the
        # protesters, injuring 12": force that hurt them is excessive
        cand.acled = "Excessive force against protesters" if hurt or _harm(cand.dead) or _harm(cand.injured) else "Protest with intervention"
    if (cand.spec.event == "COERCE" and cand.mode == "arrest" and cand.acled == "Arrests" and cand.target
            and all(r.sector == "CRM" for r in cand.target)):
        # "police arrested three drug traffickers": ACLED codes arrests of people of political significance, not
        # of criminal suspects (labels.json Arrests); their arrest has no ACLED type
        cand.acled, cand.spec = None, replace(cand.spec, no_acled=True)
    terr = lex.territory_control or {}
    if cand.spec.event != "ASSAULT":
        return
    source_text = " ".join((r.text or "").lower() for r in cand.source).replace("suicide bomber", "suicide attacker")
    sent_words = {t.lower_ for t in span_tokens(cand.sent)}
    if ("suicide" in sent_words and any(t.lower_ == "suicide" and t.head.lemma_.lower() in lex.suicide_heads and _told_of(t, cand.trigger, lex)
                                        for t in cand.sent)
            or _suicide_told(cand.trigger, lex)):
        cand.mode, cand.acled = "explosives", "Suicide bomb"  # "a suicide bomber", "a suicide attack", "suicide vest", "blew himself up"
        return
    joined = [cand.trigger.head] if cand.trigger.dep_ == "conj" else []
    joined += [c for c in cand.trigger.children if c.dep_ in ("conj", "advcl") and c.pos_ == "VERB"]
    joined += [g for c in cand.trigger.children if c.dep_ == "prep" and c.lower_ in ("after", "before") for g in c.children if g.dep_ == "pcomp"]
    joined = [v for v in joined if _same_doer(v, cand.trigger)]  # not "shot dead a man after he raped a girl"
    if _told_sexual(cand.trigger, lex) or any(t.dep_ == "amod" and t.tag_ == "VBN" and _told_sexual(t, lex)
                                              for o in cand.trigger.children if o.dep_ in ("dobj", "conj") for t in o.children) or any(
            _told_sexual(v, lex) or getattr(lex.verbs.get(verb_lemma(v, lex.verbs)), "mode", None) == "sexual" for v in joined):
        # "sexually assaulted and killed a woman", "killed a woman after raping her": one act, told by both verbs
        # "sexually assaulted three women" (CAMEO 1821); "attacked villagers and sexually assaulted women", whose
        # second verb the parser takes for a modifier of "women": ACLED codes the attack with rape as Sexual violence
        cand.mode, cand.acled = "sexual", "Sexual violence"
        return
    weapons = _weapon_tokens(cand.trigger, lex)
    if any(_chemical(t, lex) for t in weapons):
        cand.mode, cand.acled = "explosives" if cand.mode in (None, "firearms") else cand.mode, "Chemical weapon"  # "a sarin attack killed ..."
        return
    aerial_words = lex.aerial_words - {w for w in lex.aerial_words if _hand_bomber(w, cand.trigger, lex)}
    struck = _weapon_subject(cand.trigger)  # what struck, told as the trigger's subject or "by" agent (read once)
    if any(w in source_text.split() or w in source_text for w in aerial_words if " " in w) or any(w in source_text.split() for w in aerial_words):
        cand.mode = "aerial"
    elif struck & aerial_words or _strike_modifiers(cand.trigger) & aerial_words:
        cand.mode = "aerial"  # "a drone strike killed 12", "a drone strike on the house": what struck flew
    if cand.mode == "aerial":
        cand.acled = "Air/drone strike"
    elif cand.acled in (None, "Remote explosive/landmine/IED", "Armed clash", "Attack") and any(_grenade(t, lex) for t in weapons):
        cand.mode, cand.acled = "explosives", "Grenade"  # "threw a grenade at a patrol, wounding two", "a hand grenade exploded"
        return
    elif cand.acled is None and (sent_words & lex.shelling_words and cand.trigger.lemma_.lower() in ("shell", "bombard", "hit", "strike", "attack")
                                 or struck & lex.shelling_words  # "artillery fire killed four"
                                 or (set(source_text.split()) | _strike_modifiers(cand.trigger) | _means_words(cand.trigger, lex)) & lex.shelling_words
                                 or {t.lower_ for t in weapons if _struck_with(t, cand.trigger)} & lex.shelling_words):
        # "Kenyan howitzers killed ...", "an artillery strike", "killed 40 in an artillery strike": what struck was fired
        # from afar; so was what the object was struck with ("targeted a checkpoint with rockets", parsed on the object)
        cand.acled = "Shelling/artillery/missile attack"
        cand.mode = "shelling" if cand.mode in (None, "firearms") else cand.mode  # ("howitzers firing on X": no small arms)
    elif cand.acled is None and (struck & lex.explosive_words  # "a roadside bomb (that) killed three soldiers"
                                 # "attacked a police post with an improvised explosive device": what it was struck with was set off
                                 or {t.lower_ for t in weapons if _struck_with(t, cand.trigger)} & lex.explosive_words):
        cand.acled = "Remote explosive/landmine/IED"
        cand.mode = cand.mode or "explosives"
    src_sector = next((r.sector for r in cand.source if r.sector), None)
    taken = False
    if cand.acled in TERRITORY_SUB_TYPES and cand.spec is not DRIVES_OUT and any(
            c.dep_ in ("dobj", "nsubjpass") and c.pos_ != "PROPN" and c.ent_type_ not in ("GPE", "LOC", "FAC")
            and c.lemma_.lower() not in territory_words for c in cand.trigger.children):
        cand.acled = None  # "captured two soldiers", "seized weapons": people or things taken, not territory
        taken = True
    if cand.acled in ("Non-state actor overtakes territory", "Government regains territory"):
        cand.acled = "Government regains territory" if src_sector in ("MIL", "GOV") else "Non-state actor overtakes territory"
    if cand.acled in TERRITORY_SUB_TYPES and any(g.lemma_.lower() in terr.get("unfought", ()) for c in cand.trigger.children
                                                 if c.dep_ == "prep" and c.lower_ == "without" for g in c.children if g.dep_ == "pobj"):
        cand.acled = NON_VIOLENT_TRANSFER  # "took over the town without a fight"
    if (cand.acled == "Armed clash" and cand.trigger.lemma_.lower() in lex.one_sided_attacks and cand.target
            and all(_civilian_target(r, lex) for r in cand.target) and not any(_security_post(r, lex) for r in cand.target)):
        cand.acled = "Attack"  # "gunmen stormed a church, killing 12 worshippers": no armed side met them (ACLED Attack)
    if cand.acled in (None, "Armed clash", "Attack") and (_mob_doers(cand.source, lex, cand.trigger.doc) or (
            cand.trigger.lemma_.lower() in lex.mob_acts and not any(r.sector in ARMED_SECTORS for r in cand.source))):
        # "supporters of X attacked journalists", "clashes between supporters of rival candidates", "two suspected
        # thieves were lynched"
        cand.acled = "Mob violence"
    if cand.acled is None:
        tgt_sectors = {r.sector for r in cand.target if r.sector}
        if tgt_sectors & ARMED_SECTORS or any(_security_post(r, lex) for r in cand.target):
            cand.acled = "Armed clash"  # forces, fighters or police (or a post they hold) struck: two armed sides
        elif (taken and cand.mode is None and cand.target and all(_civilian_target(r, lex) for r in cand.target)
              and cand.source and not any(r.sector in STATE_SECTORS for r in cand.source)):
            # "its fighters captured five aid workers": civilians taken by an armed group are abducted
            # (CAMEO 181; ACLED Abduction/forced disappearance), not attacked (by the state: held, not coded here)
            cand.mode, cand.acled = "abduct", "Abduction/forced disappearance"
        elif tgt_sectors & lex.civilian_sectors:  # aid workers, journalists, activists, students, worshippers ... are civilians (ACLED)
            cand.acled = "Attack"
        elif not cand.source and (slain := _one_slain(cand.trigger, lex)) is not None and _only_slain(cand.target, slain):
            # "a radio host was shot dead outside a court", "a village chief was stabbed to death": one person
            # killed by no one named, no armed side told: a targeted killing (ACLED Attack), no clash
            cand.acled = "Attack"
        elif taken and src_sector in ARMED_SECTORS:
            cand.acled = "Armed clash"  # "militants seized weapons and vehicles": taken by force from those who held them
        elif (cand.trigger.lemma_.lower() in lex.property_destruction_verbs and cand.mode is None and not hurt and src_sector in ARMED_SECTORS
              and not (_harm(cand.dead) or _harm(cand.injured)) and cand.target and all(_is_thing(r) for r in cand.target)
              and not any((r.name or "") in lex.held_places | lex.security_posts for r in cand.target)):
            # "militants destroyed a telecommunications mast", "rebels destroyed a bridge": property an armed side
            # destroyed with no weapon, clash or casualty told (ACLED Looting/property destruction); a camp or a
            # checkpoint destroyed is one of the armed side that held it, and a strike's weapon tells its own type
            cand.acled = LOOTING
    executed = cand.trigger.lemma_.lower() in lex.executions or (lex.killing_nouns or {}).get(cand.trigger.lemma_.lower()) in lex.executions
    # "the killing of a journalist sparked protests": the protest it set off came after; its victim protested not
    set_off = cand.trigger.dep_ == "nsubj" and cand.trigger.head.lemma_.lower() in lex.consequence_frames and not any(
        _protester_ref(r, lex) for r in cand.target)
    if not executed and not set_off:  # protesters executed are held, not protesting ("executed", "the execution of")
        _force_on_protesters(cand, lex, killing=cand.trigger.lemma_.lower() in (lex.killing_nouns or {}),  # "the killing of protesters"
                             hurt=hurt)


def _past_perfect_clause(trigger: Token) -> Token | None:
    """The verb of the trigger's clause when it is told in the past perfect ("it had foiled a coup", "had
    foiled a coup, arresting 12 officers": the participle's clause is the verb's), else None."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else next((t for t in trigger.ancestors if t.pos_ in ("VERB", "AUX")), None)
    while verb is not None and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj") and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    return verb if verb is not None and past_perfect(verb) else None


def _above(doc, d, verb: Token) -> bool:
    """Whether the time ``d`` hangs on a verb that governs ``verb`` (the saying above the clause told), or
    stands between that verb and the clause's subject ("said on Sunday it had foiled", however parsed)."""
    span = doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.dep_ == "ccomp" and subj is not None and verb.head.i < span.start and span.end <= subj.left_edge.i:
        return True
    gov = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return gov is not None and gov.i != verb.i and any(t.i == gov.i for t in verb.ancestors)


def _present_perfect(verb: Token) -> bool:
    """Whether a verb is told in the present perfect ("police have arrested two suspects"): a tense that
    names no past day of its own, so it takes none from the clause beside it."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in ("VBP", "VBZ") for c in verb.children)


def _one_slain(trigger: Token, lex: EventLexicon, *, agent: bool = False) -> Token | None:
    """The one person a killing phrase tells slain, by its passive subject with "a"/"an" ("a candidate
    for mayor was shot dead"), not one of the forces ("a soldier was shot dead": an armed side);
    ``agent``: also when the killers are named ("a man was shot dead by unknown gunmen")."""
    if not _killing_phrase(trigger) or (not agent and any(c.dep_ == "agent" for c in trigger.children)):
        return None
    forces = frozenset((lex.less_lethal_force or {}).get("forces_hurt", ()))
    return next((c for c in trigger.children if c.dep_ == "nsubjpass" and c.tag_ == "NN" and c.lower_ not in forces
                 and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)), None)


def _own_toll_clause(verb: Token, trigger: Token) -> bool:
    """A relative clause on the trigger itself ("fighting that has killed 40 people since Friday"): its toll
    is the trigger's, no act of its own."""
    return verb.head.i == trigger.i and verb.dep_ in ("relcl", "acl", "ccomp") and any(
        c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in verb.children)


def _own_act_denied(verb: Token, saying: frozenset[str], granted: frozenset[str] = frozenset(),
                    activities: frozenset[str] = frozenset()) -> bool:
    """A denial whose object is an act of the denier told by a gerund ("denied misleading parliament", "denied
    intentionally misleading parliament", the gerund parsed as a modifier of its object; "denied having lied";
    "denied leaking documents to journalists", "denied issuing permits to the company": a verb with its own
    object, whoever it went to): a denial of responsibility (CAMEO 016), no rejection of a proposal or a demand.
    Not a statement denied ("denied saying that the talks had failed": ``saying``, verbs of saying): what was
    said is rejected. Nor a noun compound with an -ing word: an activity a thing granted allows ("denied landing
    rights to X", "fishing licences": events.yaml ``granted_activities``; the parser's tags do not tell them from
    verbs), or a word tagged as a noun with no thing granted nor anyone it was withheld from ("denied meeting
    reports"): a permission refused, or a statement."""
    for c in verb.children:
        if c.dep_ in ("xcomp", "ccomp") and (c.tag_ == "VBG" or any(a.dep_ == "aux" and a.lower_ == "having" for a in c.children)):
            return c.lemma_.lower() not in saying
        if c.dep_ == "dobj" and c.i > verb.i:
            first = next((t for t in c.doc[verb.i + 1:c.i] if t.dep_ != "advmod"), None)
            if not (first is not None and first.head.i == c.i and first.dep_ in ("amod", "compound") and first.lower_.endswith("ing")):
                continue
            if first.lower_ in activities:
                return False
            withheld = any(p.dep_ in ("prep", "dative") and p.lower_ == "to" for k in (verb, c) for p in k.children)
            noun = (first.tag_ != "VBG" and not any(a.dep_ == "advmod" for a in first.children)
                    and not (withheld or c.lemma_.lower() in granted or c.lower_ in granted))
            return not noun
    return False


def _denied_clause(verb: Token, deny_verbs: frozenset[str]) -> bool:
    """"X denied [Y was responsible for the attack]": the clause of "be" a denial (not negated) holds."""
    return (verb.lemma_.lower() == "be" and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in deny_verbs
            and not any(c.dep_ == "neg" for c in verb.head.children))


def _work_objects(verb: Token, lex: EventLexicon) -> list[Token]:
    """The verb's objects (or passive subjects) that events.yaml ``no_event_objects`` lists for it ("offered a
    reward", "suspended operations"): no event by themselves, whoever's work they are."""
    nothing = (lex.no_event_objects or {}).get(verb.lemma_.lower())
    if not nothing:
        return []
    return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in nothing or c.lower_ in nothing)]


def _own_work(verb: Token, lex: EventLexicon) -> bool:
    """The verb's object is one of its :func:`_work_objects` ("offered a reward", "suspended operations at the
    mine") and no other party's: no owner or partner named in its phrase ("suspended the activities of X", "the
    operations of the airline", "drilling by Shell", "X's operations", "work on a deal with X": a sanction on that
    party), nor after "by" on the verb."""
    objs = _work_objects(verb, lex)
    if not objs:
        return False
    for o in objs:
        if any(c.dep_ == "poss" and c.lower_ not in OWN_POSSESSIVES_WITH_MY for c in o.children):
            return False
        if any(t.dep_ == "prep" and t.lower_ in ("of", "by", "with") and any(_party_word(g) for g in t.children) for t in o.subtree if t.i != o.i):
            return False
    return not any(c.dep_ == "prep" and c.lower_ == "by" and any(_party_word(g) for g in c.children) for c in verb.children if objs[0].dep_ == "dobj")


def _party_word(tok: Token) -> bool:
    """An object of a preposition that may name a party, not an amount ("a reward of up to 200 million pesos",
    "cut production by 20 percent")."""
    return tok.dep_ == "pobj" and not tok.like_num and tok.ent_type_ not in ("MONEY", "QUANTITY", "CARDINAL", "PERCENT") and not any(
        c.dep_ in ("nummod", "quantmod") for c in tok.children)


def _only_slain(targets: list[ActorRef], slain: Token) -> bool:
    """No target but the one person slain (or none told)."""
    return all(_ref_covers(r, slain) for r in targets)


def _ref_covers(ref: ActorRef, tok: Token) -> bool:
    """The party's words hold ``tok`` (a party no word of the text names holds none)."""
    return ref.start is not None and ref.end is not None and ref.start <= tok.idx < ref.end


def _civilian_target(ref: ActorRef, lex: EventLexicon) -> bool:
    """People of a civilian sector, or a vehicle that carries civilians with no sector of its own
    ("ambushed a bus": events.yaml ``civilian_vehicles``)."""
    return ref.sector in lex.civilian_sectors or (ref.sector is None and (ref.name or "").lower() in lex.civilian_vehicles)


def _weapon_tokens(trigger: Token, lex: EventLexicon) -> list[Token]:
    """The words of an attack's own frame that can name its weapon: the trigger's subject ("a hand
    grenade exploded", "a sarin attack killed ..."), the noun a relative or participle trigger hangs
    on, the words before a noun trigger ("a grenade attack"), what it was done with, in or by
    ("killed in a chemical attack", "wounded by a grenade"), and what was thrown, fired or used, by
    the trigger or by the verb it hangs from ("threw a grenade at a patrol, wounding two", "used
    chlorine gas against the town, killing 12"). Not the rest of the sentence: a weapon found or
    named in passing is not the one that struck."""
    out: list[Token] = []
    for c in trigger.children:
        if c.dep_ == "nsubj" or (c.dep_ in ("compound", "amod", "nmod") and c.i < trigger.i and trigger.pos_ in ("NOUN", "PROPN")):
            out.extend(c.subtree)
        elif c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in ("in", "with", "by")):
            out.extend(t for g in c.children if g.dep_ == "pobj" for t in g.subtree)
        if c.dep_ == "dobj":  # "attacked rebel positions with toxic gas": the parser hangs the means on the object,
            # or on a noun inside it ("attacked the home of a lawmaker with grenades")
            out.extend(t for p in c.subtree if p.dep_ == "prep" and p.lower_ == "with"
                       for g in p.children if g.dep_ == "pobj" for t in g.subtree)
    if trigger.dep_ in ("relcl", "acl") and trigger.head.i < trigger.i:
        out.extend(trigger.head.lefts)  # "a grenade that exploded in a market"
        out.append(trigger.head)
    users = lex.instrument_verbs | lex.use_verbs
    blasts = (lex.accidental_blasts or {}).get("blasts", frozenset())
    told_with = [c for c in trigger.children if c.dep_ == "advcl"]  # "were killed when men hurled a grenade", "... when a grenade exploded"
    for verb in (trigger, trigger.head if trigger.dep_ in ("advcl", "xcomp", "conj") else None, *told_with):
        if verb is None:
            continue
        if verb_lemma(verb, users) in users:
            out.extend(t for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree)
        if verb.i != trigger.i and verb.lemma_.lower() in blasts:
            out.extend(t for c in verb.children if c.dep_ == "nsubj" for t in c.subtree)
    return out


def _struck_with(tok: Token, trigger: Token) -> bool:
    """A word of a "with" phrase under the trigger or its object ("targeted a checkpoint with
    rockets"), not of a fight it was done in ("killed in a tank battle") nor of the other side of it
    ("killed in clashes with rocket-armed militants", "fighting with rebels armed with mortars")."""
    for a in tok.ancestors:
        if a.i == trigger.i:
            return False
        if a.dep_ == "prep" and a.lower_ == "with":
            return _means_head(a.head, trigger)
    return False


def _means_head(head: Token, trigger: Token) -> bool:
    """A "with" phrase's head that makes it the means of the trigger's act: the trigger, or a word of
    its object ("attacked the home of a lawmaker with grenades"), not past the object of another
    preposition ("in clashes with ...")."""
    t = head
    while t.i != trigger.i:
        if t.dep_ == "dobj" and t.head.i == trigger.i:
            return True
        if (t.dep_ == "pobj" and t.head.lower_ != "of") or t.head.i == t.i:
            return False
        t = t.head
    return True


def _grenade(tok: Token, lex: EventLexicon) -> bool:
    """A grenade (events.yaml grenade_words), not one fired from a launcher ("a rocket-propelled grenade")."""
    if tok.lower_ not in lex.grenade_words:
        return False
    before = tok.doc[max(tok.i - 3, 0):tok.i]
    return not any(t.lower_ in lex.grenade_launched for t in (*before, *tok.children))


def _chemical(tok: Token, lex: EventLexicon) -> bool:
    """A chemical agent ("sarin", "chlorine") or a word of one on a weapon's head ("chemical weapons",
    "toxic gas", "a nerve agent"; events.yaml chemical_*), not crowd-control gas nor "a chemical plant"."""
    if tok.lower_ in lex.chemical_agents:
        return True
    if tok.lower_ not in lex.chemical_modifiers:
        return False
    head = tok.head
    while head.dep_ == "compound" and head.head.i != head.i and head.i < head.head.i:
        if head.lower_ in lex.chemical_heads:
            return True
        head = head.head  # "a toxic gas attack": gas, then attack
    return head.i != tok.i and head.lower_ in lex.chemical_heads


def _hand_bomber(word: str, trigger: Token, lex: EventLexicon) -> bool:
    """A bomber that sets off or plants a bomb ("a bomber detonated a car bomb", events.yaml
    hand_bombs) is a person, not an aircraft."""
    hb = lex.hand_bombs or {}
    acts = hb.get("acts", ())
    by_hand = trigger.lemma_.lower() in acts or (trigger.dep_ in ("advcl", "xcomp", "conj") and trigger.head.lemma_.lower() in acts)
    return (word in hb.get("doers", ()) or word.rstrip("s") in hb.get("doers", ())) and by_hand  # "..., killing four": the act it tells


def _mob_doers(source: list[ActorRef], lex: EventLexicon, doc=None) -> bool:
    """Doers that are an unorganised crowd (events.yaml mob_doers: "supporters of the president",
    "a mob", "youths"), with no armed group or forces among them: their violence is mob violence.
    Supporters of an armed group or forces ("supporters of Islamic State", the "of" phrase in
    ``doc``) are its fighters, as "Al-Shabaab supporters" are."""
    if doc is not None and any(_of_armed(doc, r) for r in source):
        return False
    def head(ref: ActorRef) -> str:
        words = (ref.text or "").lower().split(" of ")[0].split()
        return words[-1] if words and "armed" not in words else ""  # "armed youths": a militia, not a crowd

    heads = [head(r) for r in source]
    mob = [(h in lex.mob_doers or (h.endswith("s") and h[:-1] in lex.mob_doers)) and r.sector not in ("MIL", "REB")
           for h, r in zip(heads, source)]  # "Al-Shabaab supporters": the group's fighters, not a crowd
    return any(mob) and not any(r.sector in ("MIL", "REB") for r in source)


def _allied(source: list[ActorRef], markers: frozenset[str]) -> list[ActorRef]:
    """"Government forces and allied militiamen", "Russian troops and pro-government militias": an armed
    group told as allied to the state forces it acts with (events.yaml allied_markers) is on their side
    and takes their country, not the place's nor the enemy's."""
    force = next((r.code for r in source if r.code and len(r.code) == 3 and r.code != "IGO" and r.sector in ("MIL", "POL", "GOV")), None)
    if force is None:
        return source
    return [replace(r, code=force) if r.sector == "REB" and r.code != force and markers & set((r.text or "").lower().split()) else r
            for r in source]


def _crowd_of_civilians(source: list[ActorRef], lex: EventLexicon, doc=None) -> bool:
    """Doers that are civilians told as a group ("students", "angry residents", "villagers"), with no
    forces, armed group or official among them: a crowd, not one person ("a man") nor a body, nor the
    followers of an armed group ("supporters of Islamic State", the "of" phrase in ``doc``)."""
    if doc is not None and any(_of_armed(doc, r) for r in source):
        return False
    def plural(ref: ActorRef) -> bool:
        words = (ref.text or "").lower().split(" of ")[0].split()
        # "unidentified persons", "unknown men": doers not seen, no crowd told
        return (bool(words) and words[-1].endswith("s") and not words[-1].endswith("ss") and "armed" not in words
                and not lex.unseen_doer_words & set(words))  # (events.yaml unseen_doer_words)

    return bool(source) and all(r.sector == "CVL" and plural(r) for r in source)


def _of_armed(doc, ref: ActorRef) -> bool:
    """The doers' head is followed by an "of" phrase naming an armed group or forces
    ("supporters of Islamic State", "followers of the militia")."""
    from sitrep.codebook import load_codebook
    from sitrep.extract.eventroles import argument_sector

    if ref.start is None:
        return False
    span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
    if span is None:
        return False
    book = load_codebook()

    def armed(g) -> bool:
        if g.pos_ == "PROPN":  # a name first ("Islamic State": the head word alone reads as a state)
            entry = book.lookup(" ".join(t.text for t in g.subtree if t.i <= g.i and t.dep_ not in ("det", "poss", "case")))
            if entry is not None and entry.sector:
                return entry.sector in ("MIL", "REB")
        return argument_sector(g, book.sectors, book.lookup) in ("MIL", "REB")

    return any(armed(g) for c in span.root.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj")


def _security_post(ref: ActorRef, lex: EventLexicon) -> bool:
    """A thing attacked that is a post of security forces ("a checkpoint", "a police station";
    events.yaml security_posts): it stands for the armed forces holding it."""
    words = (ref.text or "").lower().split()
    return bool(words) and (words[-1] in lex.security_posts or " ".join(words[-2:]) in lex.security_posts
                            or (ref.name or "") in lex.security_posts)


def _aimed_places(verb: Token) -> list[Token]:
    """What a verb's act is aimed at: the object of its "on"/"against" phrase, or of one under a
    noun of the act it is done in ("used sarin in an attack on the town")."""
    aimed = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in AIM_PREPS for g in c.children if g.dep_ == "pobj"]
    acts = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "during") for g in c.children
            if g.dep_ == "pobj" and g.pos_ == "NOUN"]
    return aimed + [g for a in acts for c in a.children if c.dep_ == "prep" and c.lower_ in AIM_PREPS
                    for g in c.children if g.dep_ == "pobj"]


def _weapon_subject(trigger: Token) -> set[str]:
    """The words of an active trigger's subject ("artillery fire", "a mortar round"): what struck;
    also the noun a trigger is parsed to modify ("A drone strike killed ..." after a dateline), and a
    passive's "by" agent (_passive_agents: "were killed by a roadside bomb")."""
    words = {t.lower_ for c in trigger.children if c.dep_ == "nsubj" for t in c.subtree}
    if trigger.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ == "WDT" for c in trigger.children):
        words |= {t.lower_ for t in trigger.head.lefts} | {trigger.head.lower_}  # "a roadside bomb that killed ..."
    if trigger.dep_ == "acl" and trigger.head.i < trigger.i:
        words |= {t.lower_ for t in trigger.head.lefts} | {trigger.head.lower_}
    for agent in _passive_agents(trigger):  # "killed by a roadside bomb": the passive's "by" phrase is what struck
        words |= {t.lower_ for t in agent.lefts if t.dep_ in ("compound", "amod", "nmod")} | {agent.lower_}
        # and what it was dropped or fired from, told by its own "by" phrase ("a bomb dropped by a warplane")
        words |= {t.lower_ for v in agent.children if v.dep_ == "acl" and v.tag_ == "VBN" for c in v.children if c.dep_ == "agent"
                  for g in c.children if g.dep_ == "pobj" for t in (g, *(t for t in g.lefts if t.dep_ in ("compound", "amod", "nmod")))}
    return words


def _passive_agents(trigger: Token) -> list[Token]:
    """The head nouns of a passive trigger's "by" phrase ("were killed by a roadside bomb": bomb), or of the
    one told once for two passives joined, the second with its auxiliaries left out ("three soldiers were killed
    and two others wounded by a roadside bomb"; "were shot and wounded by police")."""
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in trigger.children):
        return []
    holders = [trigger]
    holders += [v for n in trigger.children if n.dep_ == "conj" and n.pos_ in ("NOUN", "PROPN", "NUM") and n.i > trigger.i
                for v in n.children if v.dep_ == "acl" and v.tag_ == "VBN"]  # ("and three wounded by": the number parsed as the noun)
    # (the second with its own subject too: "three were killed and two others (were) wounded by a roadside bomb")
    holders += [v for v in trigger.children if v.dep_ == "conj" and v.tag_ == "VBN" and (
        any(c.dep_ == "auxpass" for c in v.children) or not any(c.dep_ in SUBJ for c in v.children) or _gapped_passive_subject(v) is not None)]
    for holder in holders:
        if agents := [g for c in holder.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]:
            return agents
    return []


def _strike_modifiers(trigger: Token) -> set[str]:
    """The words before a noun trigger that say what struck ("drone strike", "air raid")."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return set()
    return {c.lower_ for c in trigger.children if c.dep_ in ("compound", "amod", "nmod") and c.i < trigger.i}


def _means_words(trigger: Token, lex: EventLexicon) -> set[str]:
    """The words of the strike a verb trigger says it was done in or with ("killed 40 in an
    artillery strike", "hit the port with gunboats"): a strike noun of no set kind (events.yaml
    nouns with no ACLED type: "strike", "attack") or a weapon, and the words before it. A fight
    told ("killed in a tank battle", "in an ambush") says no weapon struck from afar."""
    words: set[str] = set()
    for c in trigger.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "with"):
            for g in c.children:
                spec = lex.nouns.get(g.lemma_.lower())
                if g.dep_ == "pobj" and ((spec is not None and spec.event == "ASSAULT" and spec.acled is None) or g.lower_ in lex.shelling_words):
                    words |= {g.lower_} | {m.lower_ for m in g.children if m.dep_ in ("compound", "amod", "nmod") and m.i < g.i}
    return words


def _told_violent(trigger: Token, lex: EventLexicon) -> bool:
    """"violent protests", "protested violently": a word of violence on the trigger itself, not
    negated ("non-violent protests", "did not protest violently")."""
    for c in trigger.children:
        if c.dep_ in ("amod", "advmod") and c.lower_ in lex.violence_modifiers:
            before = trigger.doc[max(c.i - 2, 0):c.i]
            if not any(t.lower_ in ("non", "not", "never") for t in before) and not c.lower_.startswith("non"):
                return True
    return False




def _with_gathered(lex: EventLexicon, sector_heads: dict[str, str]) -> EventLexicon:
    """The lexicon with the people a dispersal is of widened to the heads of the dispersal
    sectors (events.yaml dispersal: "dispersed students" as "dispersed the crowd"), both where a
    dispersal tells of protest and in the verb-object pairs whose verbs are the dispersal verbs."""
    disp = dict(lex.dispersal or {})
    verbs = disp.get("verbs", frozenset())
    gathered = disp.get("objects", frozenset()) | {w for w, s in sector_heads.items() if s in disp.get("sectors", ())}
    disp["objects"] = frozenset(gathered)
    pairs = tuple((v, part, objs | gathered if v and v <= verbs else objs, comp, spec)
                  for v, part, objs, comp, spec in lex.verb_object_events)
    return replace(lex, dispersal=disp, verb_object_events=pairs)


def _tells_of_protest(doc, ev: Event, lex: EventLexicon) -> bool:
    """The event's sentence speaks of protest ("police used tear gas on the marchers"), or of a
    gathering dispersed ("to disperse crowds", events.yaml dispersal); without that a coercion
    ("militiamen drove out the villagers") takes no ACLED protest type."""
    dispersal = lex.dispersal or {}
    span = doc.char_span(ev.evidence.start, ev.evidence.end, alignment_mode="expand")
    return span is None or any(
        (t.lemma_.lower() in lex.protest_words and t.pos_ != "PROPN")
        or (t.dep_ in ("dobj", "nsubjpass") and t.lemma_.lower() in dispersal.get("objects", ())
            and t.head.lemma_.lower() in dispersal.get("verbs", ()))
        for t in span)


def _protesters_struck(doc, ev: Event, lex: EventLexicon) -> bool:
    """The event's sentence tells of protesters or a protest (a sit-in, a protest camp) that
    are not its doers: force used on people protesting (see _force_on_protesters)."""
    span = doc.char_span(ev.evidence.start, ev.evidence.end, alignment_mode="expand")
    trigger = doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand") if ev.trigger is not None else None
    if trigger is not None and (slain := _one_slain(trigger.root, lex, agent=True)) is not None and not any(_protester_ref(r, lex) for r in ev.target) \
            and not _tells_protesters((slain,), ev.source, lex) and not any(r.sector in ("POL", "MIL") for r in ev.source):
        return False  # "a candidate was shot dead at a campaign rally": one man killed there, no force on a protest
    return span is not None and _tells_protesters(span, ev.source, lex)


PROTEST_TOPIC_DEPS = frozenset({"dobj", "prep"})


def _untopical(doc, evidence, lex: EventLexicon) -> str:
    """The evidence's text with what a protest in it is against, or what it came after, blanked out
    ("protested against the clashes in the north", "a demonstration over police violence", "marched after
    violent clashes"): words of force or violence there are its cause, not what happened at it."""
    text = evidence.text
    span = doc.char_span(evidence.start, evidence.end, alignment_mode="expand") if doc is not None else None
    if span is None or span.text != text:
        return text
    chars = list(text)
    for t in span:
        if t.lemma_.lower() not in lex.protest_verbs | lex.protest_words:
            continue
        for c in t.children:
            if c.dep_ in PROTEST_TOPIC_DEPS and (c.dep_ == "dobj" or c.lower_ in lex.protest_topic_preps or (
                    c.lower_ in lex.protest_before_preps and any(g.dep_ == "pobj" for g in c.children))):
                lo, hi = c.left_edge.idx - span.start_char, c.right_edge.idx + len(c.right_edge) - span.start_char
                chars[lo:hi] = " " * (hi - lo)
    return "".join(chars)


def _others_clauses_blanked(doc, evidence, text: str, protests: list[Event], heads, lex: EventLexicon) -> str:
    """``text`` (the evidence's, as _untopical gives it) with the words of clauses told of others than
    the protesters blanked out: a clause whose doer is a state or armed body (``heads``: the sector heads)
    and names none of them ("as rival gangs clashed", "where police smashed their tents"), or whose subject
    is a clash between two sides that are not them ("while clashes between troops and rebels continued").
    A clause of the protest itself, of a pronoun, of no doer told ("stones were thrown", "tyres burned"),
    or a clash of no named sides ("clashes broke out"), may be the protesters'."""
    span = doc.char_span(evidence.start, evidence.end, alignment_mode="expand") if doc is not None else None
    if span is None or span.text != evidence.text or len(text) != len(span.text):
        return text
    refs = [(r.start, r.end) for ev in protests for r in ev.source if r.start is not None]
    triggers = [(ev.trigger.start, ev.trigger.end) for ev in protests if ev.trigger is not None]

    def protesters(t: Token) -> bool:
        return any(w.pos_ in ("NOUN", "PROPN") and (any(a <= w.idx < b for a, b in refs) or w.lemma_.lower() in lex.protest_words
                                                     or any(_protesting_modifier(m, lex) for m in w.children)) for w in t.subtree)

    def others(v: Token) -> bool:
        if any(a <= v.idx < b for a, b in triggers):
            return False
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is None:
            subj = next((g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        if subj is None or subj.pos_ == "PRON" or subj.tag_ in ("WDT", "WP"):
            return False
        clash = subj.lemma_.lower() in lex.clash_nouns
        if not clash and heads.get(subj.lemma_.lower()) not in STATE_SECTORS | ARMED_SECTORS:
            return False  # ("youths pelted police with stones": people at the protest, unnamed as its protesters)
        parties = [subj, *(c for c in v.children if c.dep_ == "dobj"),
                   *(g for p in v.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj")]
        if any(protesters(p) for p in parties):
            return False
        if clash:  # "clashes between troops and rebels": two sides named, or none
            sides = [g for p in subj.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
            return bool(sides) and len([*sides, *(c for g in sides for c in g.conjuncts)]) >= 2
        return True

    chars = list(text)
    for t in span:
        v = t
        while v.pos_ not in ("VERB", "AUX") and v.head != v:
            v = v.head
        if v.pos_ in ("VERB", "AUX") and others(v):
            lo = t.idx - span.start_char
            chars[lo:lo + len(t)] = " " * len(t)
    return "".join(chars)


def _clash_with_protesters(doc, ev: Event, lex: EventLexicon) -> bool:
    """An attack told in a clash with protesters ("20 officers were wounded in clashes with
    stone-throwing protesters"): a side of the clash is protesters, though no event names them."""
    span = doc.char_span(ev.evidence.start, ev.evidence.end, alignment_mode="expand") if doc is not None else None
    return span is not None and any(
        t.lemma_.lower() in lex.clash_nouns and t.pos_ == "NOUN" and _tells_protesters(_clash_sides(t), [], lex)
        for t in span)


def _clash_sides(clash: Token) -> list[Token]:
    """The words of a clash's sides: its "with" or "between" phrase ("clashes with protesters"); with none, the
    subject of the clause that tells what set it off ("clashes broke out when a group of protesters tried to
    break through a police fence": the protesters are a side)."""
    named = [g for c in clash.children if c.dep_ == "prep" and c.lower_ in ("with", "between") for p in c.children if p.dep_ == "pobj"
             for g in (p, *p.conjuncts)]
    if named or clash.dep_ != "nsubj":
        return named
    return [w for v in clash.head.children if v.dep_ == "advcl" for s in v.children if s.dep_ == "nsubj" for w in s.subtree]


def _tells_protesters(tokens, source: list[ActorRef], lex: EventLexicon) -> bool:
    """Words of protesters or a protest among ``tokens`` that are no part of the doers ``source``: a
    noun ("protesters", "a sit-in"), or a verb of protest that describes people ("fired on crowds
    protesting the coup", "students who were demonstrating", "striking miners")."""
    return any(((t.pos_ == "NOUN" and t.lemma_.lower() in lex.protest_words)
                or (t.pos_ == "VERB" and t.dep_ in ("acl", "relcl") and t.lemma_.lower() in lex.protest_verbs and t.head.pos_ in ("NOUN", "PRON"))
                or _protesting_participle(t, lex)
                or _protesting_modifier(t, lex))  # ("fired on striking miners")
               and not any(_ref_covers(r, t) for r in source) for t in tokens)


def _protesting_targets(tokens, target: list[ActorRef], lex: EventLexicon) -> bool:
    """A verb of protest told of the people an act was done to ("fired tear gas at students marching against
    the law", "arrested workers who were striking"): not a protest only near them ("arrested two suspects
    after a shooting at a campaign rally")."""
    for t in tokens:
        if _protesting_participle(t, lex):
            people = t.doc[t.i - 1]
        elif t.pos_ == "VERB" and t.dep_ in ("acl", "relcl") and t.lemma_.lower() in lex.protest_verbs and t.head.pos_ == "NOUN":
            people = t.head
        else:
            continue
        if any(_ref_covers(r, people) for r in target):
            return True
    return False


def _protesting_participle(t: Token, lex: EventLexicon) -> bool:
    """A protest verb's participle right after the plural people noun it describes, parsed as a clause
    of the main verb ("fired tear gas at hundreds of students marching against the law": the students
    march, not the police), with no comma, subject or mark of its own."""
    if t.tag_ != "VBG" or t.dep_ != "advcl" or t.lemma_.lower() not in lex.protest_verbs or t.i == 0:
        return False
    before = t.doc[t.i - 1]
    return (before.tag_ == "NNS" and before.dep_ in ("pobj", "dobj") and before.i > t.head.i
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in t.children))


def _protesting_modifier(t: Token, lex: EventLexicon) -> bool:
    """"striking", "marching" describing people ("striking miners"); not a measure's adjective ("a
    striking number of civilians": the noun it modifies heads an "of" phrase)."""
    return t.dep_ == "amod" and t.lower_ in lex.protesting_words and not any(c.dep_ == "prep" and c.lower_ == "of" for c in t.head.children)


def _protester_ref(ref: ActorRef, lex: EventLexicon) -> bool:
    """A party described as protesters ("protesters", "a crowd of demonstrators", "protesting students",
    "striking miners": a strike is a protest, as ACLED codes it)."""
    words = (ref.text or "").lower().replace("-", " ").split()
    # a protesting word describes people, not a measure ("a striking number of civilians": the noun it
    # modifies heads an "of" phrase; "a crowd of striking workers" is protesters)
    return any(w in lex.protest_words or (w.endswith("s") and w[:-1] in lex.protest_words)
               or (w in lex.protesting_words and words[i + 2:i + 3] != ["of"]) for i, w in enumerate(words))


def _at_protest(cand: Candidate, lex: EventLexicon) -> bool:
    """A coercion done to a protest: its target is protesters ("detained 15 protesters"), or the
    trigger (or the verb it is joined to) has a protest as its object, its object's "of" phrase or in a
    phrase of time or place ("arrested dozens during a demonstration", "broke up a protest and detained
    dozens", "detained dozens of protesters"), or uses crowd-control means on a crowd ("fired tear gas at
    the students and arrested 46 of them": _crowd_control_on_crowd). A protest told elsewhere in the
    sentence ("arrested the man who organised last week's protest") is not."""
    if any(_protester_ref(r, lex) for r in cand.target):
        return True
    trig = cand.trigger

    def protest(t: Token) -> bool:
        return _tells_protesters((t,), cand.source, lex)

    for verb in (trig, trig.head if trig.dep_ in ("conj", "advcl", "xcomp") else None):
        if verb is None:
            continue
        if _crowd_control_on_crowd(verb, lex):  # "fired tear gas at the students and arrested 46 of them"
            return True
        for c in verb.children:
            if c.dep_ in ("dobj", "nsubjpass") and (protest(c) or any(protest(g) for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                                                                          for g in p.children)):
                return True
            if c.dep_ == "prep" and c.lower_ in lex.protest_setting_preps and any(protest(g) for g in c.children if g.dep_ == "pobj"):
                return True
    return False


def _crowd_control_on_crowd(trig: Token, lex: EventLexicon) -> bool:
    """Crowd-control means (events.yaml less_lethal_force ``means``) fired or used at people gathered (magnitudes
    crowd_nouns: "fired tear gas at fans", "used water cannon on the crowd", "fired tear gas at the students"): a
    gathering met with force, with no word of protest told; not at people only ("fired tear gas at people trying
    to cross"), nor a measure on a crowd ("imposed a curfew on students": no means of crowd control)."""
    means = (lex.less_lethal_force or {}).get("means", ())
    objs = [c for c in trig.children if c.dep_ == "dobj"]
    if not any(" ".join(t.lower_ for t in o.doc[o.left_edge.i:o.i + 1] if t.dep_ != "det") in means for o in objs):
        return False
    crowd = _crowd_nouns()
    people = [g for h in (trig, *objs) for c in h.children if c.dep_ == "prep" and c.lower_ in ("at", "on", "against")
              for g in c.children if g.dep_ == "pobj"]
    return any(g.pos_ == "NOUN" and g.lemma_.lower() in crowd and not _crowd_acting_violently(g, lex) for p in people for g in (p, *p.conjuncts))


def _crowd_acting_violently(crowd: Token, lex: EventLexicon) -> bool:
    """People told by a clause of their own acting violently ("fans who clashed outside the stadium", "fans fighting
    each other", "students who were looting shops"): an act of harm, theft or destruction (events.yaml verbs), no
    gathering met."""
    for v in crowd.subtree:
        if v.dep_ in ("relcl", "acl") and v.pos_ in ("VERB", "AUX"):
            spec = lex.verbs.get(verb_lemma(v, lex.verbs))
            if spec is not None and (spec.event in ("ASSAULT", "CRIME") or (spec.event == "COERCE" and spec.mode == "destroy")):
                return True
    return False


def _force_on_protesters(cand: Candidate, lex: EventLexicon, killing: bool = False, hurt: bool = False) -> None:
    """ACLED codes lethal or injurious force used on people protesting as "Excessive force
    against protesters" (event type Protests), not as an attack on civilians: "police shot
    dead three protesters", "troops opened fire on demonstrators, killing five people". The
    people struck are civilians, the sentence tells of protesters (or a protest) that are not
    the attackers, and someone is killed or hurt. Rioters are not peaceful protesters. Forces that
    killed with no one named struck ("two people were killed when police opened fire during a
    protest") used it on the protest."""
    unnamed = cand.acled is None and not cand.target and any(r.sector in ("POL", "MIL") for r in cand.source)
    if cand.acled != "Attack" and not unnamed:
        return
    if not (_harm(cand.dead) or _harm(cand.injured) or killing or cand.trigger.lemma_.lower() in lex.harm_verbs or (unnamed and hurt)):
        # "police fired on protesters", "fired live rounds at demonstrators" with no one told killed or hurt:
        # force met by a protest, not excessive (labels.json: "without lethal or excessive force")
        if any(_protester_ref(r, lex) for r in cand.target):
            cand.acled = "Protest with intervention"
        return
    if ((slain := _one_slain(cand.trigger, lex, agent=True)) is not None and not any(_protester_ref(r, lex) for r in cand.target)
            and not _tells_protesters((slain,), cand.source, lex) and not any(r.sector in ("POL", "MIL") for r in cand.source)):
        # "a candidate was shot dead at a campaign rally", "a man was shot dead by unknown gunmen at a rally": one
        # man killed there, no force used on a protest (force named, "shot dead by police at a rally", is)
        return
    if _tells_protesters(cand.sent, cand.source, lex):
        rioting = [r for r in cand.target if _protester_ref(r, lex) and set((r.text or "").lower().split()) & lex.violent_protester_words]
        # ("police fired on stone-throwing protesters, killing two": force met by a riot is coded with it)
        cand.acled = "Violent demonstration" if rioting else "Excessive force against protesters"
