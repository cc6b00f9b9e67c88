"""Speech verbs told in their violent literal sense: "gunmen attacked a police post", "a missile
slammed into a block", "police fired on the crowd" strike a blow and say nothing, while "critics
attacked the plan" and "the union slammed the deal" report speech (cues.yaml ``violent_senses``).
One decision serves both stages: the quote stage proposes no cue for a blow (:func:`physical_act`),
and the event stage reads a criticism told (:func:`criticism`) as one, not as an attack."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

import yaml

from sitrep.resources import data_text

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sitrep.codebook import Codebook

__all__ = ["criticism", "physical_act"]

ARMED = frozenset({"MIL", "REB", "POL"})
_AIM_PREPS = frozenset({"at", "on", "upon", "into", "against"})  # what a blow is aimed at: "fired on", "slammed into"
_SPEECH_PARTICLES = frozenset({"out", "back"})  # "hit out at", "lashed out at", "fired back": speech
_CRITICISM_PREPS = frozenset({"as", "for", "over"})  # "attacked the plan as reckless", "slammed X for Y"
_TIME_NOUNS = frozenset({"time", "times", "while"})  # "for the second time"; units and days: dates.temporal_words
_STANDS = frozenset({"position", "positions", "base", "bases"})
_PERSON_TITLES = frozenset({"chief", "head", "leader", "spokesman", "spokeswoman", "spokesperson", "general",
                            "commander", "minister", "colonel"})


@dataclass(frozen=True, slots=True)
class _Senses:
    verbs: frozenset[str]  # every verb with a violent sense
    spoken: frozenset[str]  # the verbs with both senses, a blow and a criticism ("attack", "slam"; not a blow by hand)
    attack_verbs: frozenset[str]  # the event lexicon's attack verbs: an armed doer makes them physical
    aimed: dict[str, frozenset[str]]  # verbs physical only with an aiming preposition ("fire": at, on ...)
    weapons: frozenset[str]
    struck: frozenset[str]
    said: frozenset[str]  # nouns of statements and decisions: what criticism attacks
    saying: frozenset[str]  # the cue verbs: "..., saying ..." tells speech
    reasons: frozenset[str]  # "in response to": a reason for a blow, no statement


@cache
def _senses() -> _Senses:
    from sitrep.extract.lexicon import load_event_lexicon
    from sitrep.extract.speakers import load_cues

    raw = (yaml.safe_load(data_text("cues.yaml") or "") or {}).get("violent_senses", {})
    low = lambda key: frozenset(str(w).lower() for w in raw.get(key, []))  # noqa: E731
    lex = load_event_lexicon()
    cues = load_cues()
    attack = frozenset(k for k, t in lex.verbs.items() if t.event == "ASSAULT")
    aimed = {k: frozenset(v) for k, v in lex.aimed_fire.items()}
    weapons = low("weapons") | lex.shelling_words | lex.explosive_words | lex.aerial_words | lex.grenade_words
    # a word that is also a stand or a following ("Clinton's position", "the party's base") is struck
    # only in a military phrase ("army positions", "a military base": ``struck`` lists those)
    struck = (low("struck") | cues.place_nouns | lex.security_posts | lex.held_places | lex.civilian_vehicles) - _STANDS
    said = cues.claim_nouns | cues.statement_nouns | lex.act_nouns | low("said")
    return _Senses(low("verbs") | attack | frozenset(aimed) | lex.munition_landing, low("verbs") - low("hand_blows"), attack, aimed, weapons, struck, said,
                   frozenset(cues.verbs), low("reasons"))


@cache
def _book() -> "Codebook":
    from sitrep.codebook import load_codebook

    return load_codebook()


def _phrase(t: "Token") -> str:
    """The words of the noun phrase up to its head, lower case ("a police post" -> "police post")."""
    return " ".join(w.lower_ for w in t.subtree if t.left_edge.i <= w.i <= t.i and w.dep_ not in ("det", "poss", "nummod", "punct"))


def _in(t: "Token", words: frozenset[str]) -> bool:
    """The phrase headed by ``t`` ends with one of ``words`` ("police post", "post", "bombs")."""
    phrase = _phrase(t)
    return t.lemma_.lower() in words or t.lower_ in words or any(phrase.endswith(" " + w) or phrase == w for w in words if " " in w)


def _armed(t: "Token") -> bool:
    """A military, police or armed-group phrase ("gunmen", "suspected rebels", "armed men", "the army",
    a named armed group); not a weak head alone ("the group", "the network")."""
    from sitrep.extract.eventroles import argument_sector

    if t.pos_ == "PRON":
        return False
    book = _book()
    lex = book.sectors
    if argument_sector(t, lex, book.lookup) not in ARMED:
        return False
    if t.lemma_.lower() not in lex.weak and t.lower_ not in lex.weak:
        return True
    return any(lex.qualifiers.get(w.lower_) in ARMED for w in t.lefts)  # "armed men", "militant group"


def _armed_body(t: "Token") -> bool:
    """An armed body struck ("police", "soldiers", "police officers"); not a thing of one told by a
    possessive ("the military's budget request")."""
    return not any(c.dep_ == "poss" for c in t.children) and _armed(t)


def _armed_doer(t: "Token") -> bool:
    """An armed doer; not one person named by a title, who may speak ("the army chief attacked the
    president")."""
    return t.lemma_.lower() not in _PERSON_TITLES and _armed(t)


def _subject(v: "Token") -> "Token | None":
    """Who does the act: the subject, a passive's agent, the noun a relative clause hangs on, or a
    conjoined verb's subject."""
    while True:
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is None:
            agent = next((c for c in v.children if c.dep_ == "agent"), None)
            subj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
        if subj is not None:
            if subj.tag_ in ("WDT", "WP") and v.dep_ == "relcl":
                return v.head
            return subj
        if v.dep_ == "relcl" and v.head.pos_ in ("NOUN", "PROPN"):
            return v.head  # "gunmen who attacked"
        if v.dep_ in ("conj", "xcomp", "advcl") and v.head != v and v.head.pos_ in ("VERB", "AUX"):
            v = v.head
            continue
        return None


def _statement(p: "Token", s: _Senses) -> bool:
    """A preposition whose object is a statement or decision: "attacked the government in a
    statement", "slammed X for his remarks"; not a reason phrase ("in response to the barrage")."""
    return any(_in(g, s.said) and not (p.lower_ == "in" and _in(g, s.reasons)) for g in p.children if g.dep_ == "pobj")


def _reason(p: "Token") -> bool:
    """A preposition that gives a reason, which criticism may give: "slammed X for Y", "attacked the
    plan as reckless", "blasted the army over the killings"; not a time ("for the second time", "over
    the weekend")."""
    objs = [g for g in p.children if g.dep_ == "pobj"]
    return p.lower_ in _CRITICISM_PREPS and not any(g.ent_type_ in ("DATE", "TIME") or _time_word(g) for g in objs)


def _time_word(t: "Token") -> bool:
    from sitrep.extract.dates import temporal_words

    return t.lemma_.lower() in _TIME_NOUNS or t.lemma_.lower() in temporal_words()


def physical_act(v: "Token") -> bool:
    """``v`` is a verb of ``violent_senses`` told as a blow struck: a weapon as the doer; else, unless
    a statement or decision is struck or a preposition tells criticism, a place, facility, vehicle or
    armed body struck, or, for an attack verb, an armed doer. "Residents slammed the police for their
    slow response" speaks; "protesters attacked police" strikes."""
    return _sense(v) == "blow"


def criticism(v: "Token") -> bool:
    """``v`` is a verb with both senses (cues.yaml ``violent_senses`` verbs: "attack", "slam", "hit")
    told as criticism: a statement or decision attacked ("lawmakers attacked the budget request"),
    a reason or a statement given ("slammed X for Y", "attacked X in a statement", "..., saying ...")
    or a speech particle ("hit out at"); not a blow (:func:`physical_act`), not a verb whose sense
    nothing tells ("a mob attacked a man"), nor a blow by hand told with its reason (``hand_blows``:
    "the guard slapped the prisoner for talking")."""
    if v.pos_ != "VERB" or v.lemma_.lower() not in (s := _senses()).spoken:
        return False
    sense = _sense(v)
    if sense != "reason":
        return sense == "speech"
    # a reason alone ("for", "over", "as") tells criticism only from a doer who speaks, and for an attack
    # verb only with no people struck: "a mob attacked a man for stealing", "villagers attacked the police
    # for arresting ...", "sanctions hit banks for financing ..." are blows with their reason
    subject = _subject(v)
    if subject is None or not _speaker(subject):
        return False
    return v.lemma_.lower() not in s.attack_verbs or not _people_struck(v)


def _speaker(t: "Token") -> bool:
    """A doer who can speak: a named person, body or country, a pronoun of people, or a head noun of
    an actor, a body or people ("the union", "residents", "the minister"); not a thing told with an
    actor's word ("US sanctions", "the storm")."""
    from sitrep.extract.magnitudes import people_nouns
    from sitrep.extract.speakers import load_cues

    if t.pos_ == "PRON":
        return t.lower_ not in ("it", "this", "that", "which")
    if t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    cues = load_cues()
    words = {t.lemma_.lower(), t.lower_}
    return any(w in _book().sectors.heads or w in people_nouns() or w in cues.body_nouns or w in cues.person_roles for w in words)


def _people_struck(v: "Token") -> bool:
    """People struck: the object names people ("a man", "farmers", "them") or an armed body ("the police")."""
    from sitrep.extract.magnitudes import people_object

    return people_object(v) or any(c.dep_ in ("dobj", "nsubjpass") and _armed_body(c) for c in v.children)


def _sense(v: "Token") -> str | None:
    """"blow", "speech", "reason" (criticism told only by a reason given: "slammed X for Y") or None
    (not told) for a verb of ``violent_senses``."""
    lemma = v.lemma_.lower()
    s = _senses()
    if v.pos_ != "VERB" or lemma not in s.verbs:
        return None
    if any(c.dep_ == "prt" and c.lower_ in _SPEECH_PARTICLES for c in v.children):
        return "speech"
    preps = [c for c in v.children if c.dep_ == "prep"]
    aimed = s.aimed.get(lemma)
    targets = [g for p in preps if p.lower_ in (aimed or _AIM_PREPS) for g in p.children if g.dep_ == "pobj"]
    objects = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
    if aimed is None:
        targets += objects
    elif not targets and not any(_in(o, s.weapons) for o in objects):
        return None  # "fired his police chief": dismissed, no shot
    subject = _subject(v)
    if subject is not None and _in(subject, s.weapons):
        return "blow"
    if any(_in(t, s.said) and not _in(t, s.struck) for t in targets):
        return "speech"
    struck = any(t.pos_ == "NOUN" and (_in(t, s.struck) or _armed_body(t)) for t in targets)
    armed_doer = subject is not None and _armed_doer(subject)
    if not (struck and armed_doer):  # ("militants attacked a police post as part of an offensive": an armed doer's blow still)
        if any(_statement(p, s) for p in preps) or _saying(v):
            return "speech"
        if any(_reason(p) for p in preps):
            return "reason"
    if struck:
        return "blow"  # "protesters attacked police with stones": criticism of the police says why (above)
    if lemma not in s.attack_verbs and aimed is None:
        return None
    return "blow" if armed_doer else None


def _saying(v: "Token") -> bool:
    """A participle of saying hangs on the verb: "attacked the president, saying he had betrayed ..."."""
    verbs = _senses().saying
    return any(c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG" and c.lemma_.lower() in verbs for c in v.children)
