"""Who is speaking: the speaker phrase of a speech cue and its resolution to an actor.

``Cues`` is the speech lexicon (``data/cues.yaml``). ``speaker_tokens`` finds the
noun phrase of a cue's subject; ``SpeakerResolver`` turns it into a ``Speaker``
through the actor mentions, and resolves pronouns and definite descriptions
("He", "the ministry") to the most salient compatible earlier speaker. A speaker
that cannot be resolved keeps its text with ``resolved=False``: it is never guessed.
"""
from __future__ import annotations

import bisect
import logging
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Any

import yaml

from sitrep.model import ActorRef, Speaker

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Token

    from sitrep.extract.base import Analysis, Mention

__all__ = ["NAME_LINKS", "Cues", "authored", "load_cues", "name_end", "name_word", "put_up_by", "quotation_open", "speaker_tokens", "SpeakerResolver"]

log = logging.getLogger(__name__)

_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "these", "those"})
_RELATIVE = frozenset({"who", "which", "that"})
# children whose subtree is not part of a speaker's name phrase
_CLAUSAL = frozenset({"relcl", "acl", "advcl", "punct", "parataxis"})
_PREMODIFIER_DEPS = frozenset({"amod", "nummod", "npadvmod", "advmod", "compound", "punct"})
_PERSON_KINDS = frozenset({"person"})
_GROUP_KINDS = frozenset({"country", "org", "group", "igo"})
# how far back (in paragraphs) an anaphoric speaker may find its antecedent
_WINDOW_PARAGRAPHS = 2


@dataclass(frozen=True, slots=True)
class Cues:
    """The speech lexicon: cue verbs with stances and the words speaker resolution needs."""

    verbs: dict[str, str]  # lemma -> stance
    label_verbs: dict[str, str]  # lemma -> stance of the "call X Y" frame
    phrases: dict[tuple[str, str], str]  # (verb lemma, object lemma) -> stance
    statement_nouns: frozenset[str]
    person_roles: frozenset[str]
    female: frozenset[str]
    male: frozenset[str]
    person_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    quoted_as: frozenset[str]
    body_nouns: frozenset[str] = frozenset()  # "the group said": a body referred to as "it" would be
    anonymity: frozenset[str] = frozenset()  # "asked not to be named": a condition of reporting, no claim
    phrasal_acts: frozenset[str] = frozenset()  # "call in" (air strikes, an ambassador): a cue verb and particle that act
    mute_subjects: frozenset[str] = frozenset()  # "the war has claimed ...": nouns that speak for nobody
    act_phrases: frozenset[tuple[str, str]] = frozenset()  # (verb, object lemma): "claimed the lives of", no statement
    means_verbs: frozenset[str] = frozenset()  # "used the briefing to warn": the object is a means, the subject acts
    claim_nouns: frozenset[str] = frozenset()  # "a claim the army denied": what a stance cue takes through its relative clause
    place_verbs: frozenset[str] = frozenset()  # "rebels claimed the town": with a place as object, the verb takes ground
    place_nouns: frozenset[str] = frozenset()  # ... the common nouns of such places
    kickers: frozenset[str] = frozenset()  # "Analysis: ...": a headline's genre label, no speaker
    norm_nouns: frozenset[str] = frozenset()  # "per the agreement": what "per" follows, no source
    object_acts: frozenset[str] = frozenset()  # PLOVER types of the event lexicon's verbs that act on their object ("blocked roads")
    disputing_verbs: frozenset[str] = frozenset()  # "a claim the ministry disputes": verbs read as denials of a claim noun
    display_nouns: frozenset[str] = frozenset()  # "banners reading ...": what shows words its carriers say
    carrying_verbs: frozenset[str] = frozenset()  # "carried banners reading ...": verbs whose subject carries (says) the banner's words
    summary_nouns: frozenset[str] = frozenset()  # "S, a charge X denies": claim nouns that sum up the clause before them
    charging_words: frozenset[str] = frozenset()  # "He was charged with murder, a charge he denies": a clause naming a charge
    narration_marks: frozenset[str] = frozenset()  # "..., officials said, as rescuers dug": what opens the reporter's narration
    contrast_marks: frozenset[str] = frozenset()  # "X said S, while Y said T": what sets another speaker's statement beside S
    experience_verbs: frozenset[str] = frozenset()  # "the country has seen four coups": with a place as subject, what happened there
    body_roles: frozenset[str] = frozenset()  # "the monitor", "a source": person roles that also name bodies or things
    authorship_verbs: frozenset[str] = frozenset()  # "a statement issued by X": participles whose agent owns the text (not "seen by")
    evidence_nouns: frozenset[str] = frozenset()  # "Videos posted online showed ...": recordings, evidence shown, no speaker
    release_verbs: frozenset[str] = frozenset()  # "Videos posted online": participles telling how a recording came out (and authorship_verbs)
    clause_cues: frozenset[str] = frozenset()  # "told the Herald in an interview that S": cues whose clause may hang on the occasion
    occasion_preps: frozenset[str] = frozenset()  # "in an interview", "at a news conference": prepositions of the occasion of speaking

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Cues":
        verbs: dict[str, str] = {}
        for stance, lemmas in data.get("verbs", {}).items():
            for lemma in lemmas:
                verbs.setdefault(str(lemma).lower(), str(stance))
        phrases = {(p["verb"].lower(), p["noun"].lower()): p["stance"] for p in data.get("phrases", [])}
        low = lambda key: frozenset(str(w).lower() for w in data.get(key, []))  # noqa: E731
        pronouns = data.get("pronouns", {})
        return cls(
            verbs=verbs,
            label_verbs={k.lower(): v for k, v in data.get("label_verbs", {}).items()},
            phrases=phrases,
            statement_nouns=low("statement_nouns"),
            person_roles=low("person_roles"),
            female=low("female"),
            male=low("male"),
            person_pronouns=frozenset(w.lower() for w in pronouns.get("person", [])),
            group_pronouns=frozenset(w.lower() for w in pronouns.get("group", [])),
            quoted_as=low("quoted_as"),
            body_nouns=low("body_nouns"),
            anonymity=low("anonymity"),
            phrasal_acts=low("phrasal_acts"),
            mute_subjects=low("mute_subjects"),
            act_phrases=frozenset((p["verb"].lower(), p["noun"].lower()) for p in data.get("act_phrases", [])),
            means_verbs=low("means_verbs"),
            claim_nouns=low("claim_nouns"),
            place_verbs=frozenset(str(w).lower() for w in data.get("place_acts", {}).get("verbs", [])),
            place_nouns=frozenset(str(w).lower() for w in data.get("place_acts", {}).get("nouns", [])),
            kickers=low("kickers"),
            norm_nouns=low("norm_nouns"),
            object_acts=frozenset(str(t).upper() for t in data.get("object_acts", [])),
            narration_marks=low("narration_marks"),
            contrast_marks=low("contrast_marks"),
            experience_verbs=low("experience_verbs"),
            display_nouns=low("display_nouns"),
            disputing_verbs=low("disputing_verbs"),
            carrying_verbs=low("carrying_verbs"),
            summary_nouns=low("summary_nouns"),
            charging_words=low("charging_words"),
            authorship_verbs=low("authorship_verbs"),
            evidence_nouns=low("evidence_nouns"),
            release_verbs=low("release_verbs") | low("authorship_verbs"),  # a text made is a recording put out
            clause_cues=low("clause_cues"),
            occasion_preps=low("occasion_preps"),
            body_roles=low("body_roles"),
        )


def load_cues(path: str | None = None) -> Cues:
    """The cue lexicon from ``path`` or the packaged ``sitrep/data/cues.yaml``."""
    if path is None:
        text = resources.files("sitrep.data").joinpath("cues.yaml").read_text(encoding="utf-8")
    else:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    return Cues.from_dict(yaml.safe_load(text) or {})


# lowercase words inside a name written in title case ("Group to Support Islam", "Committee for the Defence of ...")
NAME_LINKS = frozenset({"to", "for", "of", "the", "and", "against", "on", "in"})


def name_word(tok: "Token") -> bool:
    """A verb written with a capital after "to" and a capitalised noun inside a sentence written in
    lowercase ("the Group to Support Islam and Muslims", "the Committee to Protect Journalists",
    "Movement to Defend ..."): a word of an organisation's name in title case, no cue. Not in a
    line written in title case ("Schlafly's Final Column Explains Why She Sees ...", "Trump Wants
    to Build ..."), where every word is capitalised and verbs are verbs: on PolNeAR train such
    lines hold annotated cues."""
    doc = tok.doc
    sent = tok.sent
    k = tok.i - 2
    if not tok.text[:1].isupper() or tok.text.isupper() or k <= sent.start or doc[tok.i - 1].text != "to":
        return False
    word = doc[k]
    if not (word.text[:1].isupper() and word.is_alpha and word.tag_ in ("NNP", "NN", "NNPS", "NNS")):
        return False
    words = [t for t in sent if t.is_alpha and t.lower_ not in NAME_LINKS and t.lower_ not in ("a", "an", "as", "at", "by", "with")]
    lower = sum(t.text[:1].islower() for t in words)
    return lower >= max(2, len(words) // 3)


def name_end(doc: "Doc", k: int) -> int:
    """The end of a name in title case that runs on from token ``k`` (its capitalised words, the
    lowercase links between them and a closed parenthesis with its short form: "Support Islam and
    Muslims (JNIM)")."""
    j = k + 1
    while j < len(doc) and (doc[j].text[:1].isupper() or (doc[j].lower_ in NAME_LINKS and doc[j].text.islower())):
        j += 1
    if j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")" and doc[j + 1].text.isupper():
        j += 3
    while j - 1 > k and doc[j - 1].lower_ in NAME_LINKS and doc[j - 1].text.islower():
        j -= 1
    return j


def _title_of(t: "Token") -> bool:
    """The "of" inside a capitalised title ("Secretary of State", "Minister of Defence")."""
    doc = t.doc
    return t.lower_ == "of" and 0 < t.i < len(doc) - 1 and doc[t.i - 1].pos_ == "PROPN" and doc[t.i + 1].pos_ == "PROPN"


def _repeated_statement(head: "Token") -> "Token | None":
    """The statement noun told before in its sentence that an absolute phrase repeats ("issued a statement,
    the statement adding that S", "confirmed the deaths in a statement, the statement adding"), whether the
    parse sets the phrase in apposition or makes it the subject of the participle; else None."""
    if not (head.dep_ == "appos" or (head.dep_ == "nsubj" and head.head.tag_ == "VBG")):
        return None
    lemma = head.lemma_.lower()
    return next((t for t in reversed(head.sent[:head.i - head.sent.start]) if t.pos_ == "NOUN" and t.lemma_.lower() == lemma), None)


def _issuer(noun: "Token") -> "Token | None":
    """Who a statement noun is the statement of: its possessor ("the army's statement"), else the subject
    of the verb it is the object of ("The army issued a statement", "said in a statement", "confirmed the
    deaths in a statement"); else None."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss
    verb = noun  # up through objects and their prepositions ("confirmed the deaths in a statement")
    while verb.dep_ in ("dobj", "pobj", "prep") and verb.head.i != verb.i and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def speaker_tokens(head: "Token") -> tuple[int, int]:
    """Token range [i, j) of the name phrase headed by ``head`` (no relative clauses, no comma appositions)."""
    doc = head.doc
    excluded: set[int] = set()
    for child in head.children:
        dep = child.dep_
        comma_appos = (dep == "appos" and child.i > 0 and doc[child.left_edge.i - 1].text == "," and not _listed_appos(child, head)
                       and not _party_apposition(child, head))
        if dep == "punct" and (_word_hyphen(child) or _between_modifiers(child, head) or _listing_comma(child, head)):
            continue  # "Al-Shabaab": a hyphen inside a name is part of it; "a tired, hungry resident" and "Britain, France and Germany" likewise the comma
        if dep in ("acl", "relcl") and name_word(child) and child.i > head.i:
            continue  # "the Committee to Protect Journalists": a word of the name the parse took for a clause
        if dep in _CLAUSAL or comma_appos or (dep == "prep" and child.i > head.i and _has_verb(child)):
            excluded.update(t.i for t in child.subtree)
    lo, hi = head.left_edge.i, head.right_edge.i
    i = head.i
    while i - 1 >= lo and (i - 1) not in excluded:
        i -= 1
    j = head.i + 1
    while j <= hi and j not in excluded:
        j += 1
    while i < head.i and (doc[i].is_punct or doc[i].is_space):
        i += 1
    while j - 1 > head.i and (doc[j - 1].is_punct or doc[j - 1].is_space):
        j -= 1
    return i, j


def _restated_list(head: "Token") -> bool:
    """'The Quartet, the United Nations, the European Union, Russia and the United States, said':
    a list after the head set off by commas right up to the head's verb restates the head (its
    members), it adds no parties to it."""
    doc = head.doc
    listed = [*head.conjuncts, *listed_appositions(head)]
    if not listed:
        return False
    end = max(t.right_edge.i for t in listed) + 1
    own = _own_end(head)
    return (own < len(doc) and doc[own].text == "," and end + 1 < len(doc)
            and doc[end].text == "," and head.head.i == end + 1 and head.head.i != head.i)


def _own_end(head: "Token") -> int:
    """The token index after the head's own phrase, its coordination and apposition left out ("The
    Group of Seven" of "The Group of Seven, Britain, ... and the United States")."""
    return max([head.i, *(c.right_edge.i for c in head.children if c.i > head.i and c.dep_ not in ("conj", "cc", "punct", "appos"))]) + 1


def _listing_comma(comma: "Token", head: "Token") -> bool:
    """A comma that lists the parties of a coordination closed by a conjunction ("Britain, France
    and Germany", "Britain, France, and Germany"): it runs on to the next party, it sets off no
    apposition or clause. Cutting the phrase there left "Britain" alone as the speaker of a joint
    statement. Without a conjunction ("Jane Roe, spokeswoman, said") nothing is listed."""
    doc = head.doc
    k = comma.i
    if comma.text != "," or k <= head.i or k + 1 >= len(doc):
        return False
    coordinated = (head, *head.conjuncts, *listed_appositions(head))
    if not any(c.dep_ == "cc" for t in coordinated for c in t.children):
        return False
    if _restated_list(head):
        return False
    return any((c.dep_ in ("cc", "conj") or _listed_appos(c, head) or _party_apposition(c, head)) and c.left_edge.i == k + 1
               for c in head.children)


def _party_apposition(child: "Token", head: "Token") -> bool:
    """An apposition set off by commas that describes the first party of a coordination closed after
    it ("Kenya, the host nation, and Uganda said", "Smith, 45, and Jones said"): the speaker runs on
    to the later parties; cutting it at the apposition's comma left the first party alone as the
    speaker of a joint statement."""
    doc = head.doc
    end = child.right_edge.i + 1
    # between names only: "Steve Roe, a director at X, and a Republican who ..." describes one person twice
    return (child.dep_ == "appos" and child.head.i == head.i and child.i > head.i and end + 1 < len(doc) and doc[end].text == ","
            and head.pos_ == "PROPN" and any(c.dep_ == "cc" and c.i > end for c in head.children)
            and any(c.dep_ == "conj" and c.i > end and c.pos_ == "PROPN" and not any(d.lower_ in ("a", "an") for d in c.children)
                    for c in head.children))


_NAMED_BODIES = frozenset({"GPE", "ORG", "NORP"})


def _listed_appos(child: "Token", head: "Token") -> bool:
    """'Canada, the European Union and Japan': the parse hung the second party on the first as an
    apposition and coordinated the rest on it. Only between named states and bodies (a person's
    description, "Jane Roe, the party's treasurer and founder", stays an apposition), and not an
    apposition closed by a comma, which restates the head ("The Quartet, the United Nations, the
    European Union, Russia and the United States, said": the Quartet, not a fifth party)."""
    doc = head.doc
    closed = child.right_edge.i + 1 < len(doc) and doc[child.right_edge.i + 1].text == ","
    # (an apposition closed by a comma restates the head: "The Quartet, the UN, the EU, Russia and the US, said")
    return (not closed and child.dep_ == "appos" and child.head.i == head.i and child.i > head.i and head.ent_type_ in _NAMED_BODIES
            and child.ent_type_ in _NAMED_BODIES and any(c.dep_ == "cc" for c in child.children)
            and any(c.dep_ == "conj" for c in child.children)
            and all(c.ent_type_ in _NAMED_BODIES for c in child.children if c.dep_ == "conj"))


def listed_appositions(head: "Token") -> list["Token"]:
    """The parties of ``head``'s coordination the parse hung as an apposition (``_listed_appos``) and
    those coordinated on it, in text order."""
    out: list["Token"] = []
    for c in head.children:
        if _listed_appos(c, head):
            out += [c, *c.conjuncts]
    return sorted(out, key=lambda t: t.i)


def _party_tokens(tok: "Token", i: int, j: int) -> tuple[int, int]:
    """Token range of one party of a coordinated speaker phrase [i, j): its own name phrase, up
    to the comma, conjunction or next party that follows it ("France" in "Britain, France and
    Germany", whose parse hangs "and Germany" on "France")."""
    doc = tok.doc
    lo, hi = speaker_tokens(tok)
    cuts = [c.left_edge.i for c in tok.children if c.i > tok.i and (c.dep_ in ("cc", "conj") or c.dep_ == "punct" and c.text == ","
                                                                       or _listed_appos(c, tok))]
    lo, hi = max(lo, i), min([hi, j, *cuts])
    while hi - 1 > tok.i and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
        hi -= 1
    return lo, hi


# a possessive pronoun of a carrier ("Their banners read", "Her placard read"): the antecedent it wants
_POSSESSIVE_PRONOUNS = {"their": ("group", None, True), "her": ("person", "female", False), "his": ("person", "male", False),
                        "its": ("group", None, False), "our": ("group", None, True), "my": (None, None, False)}
# where a sign is put up ("A sign on the door", "a banner outside the court", "a poster hung at the gate")
_PLACING_PREPS = frozenset({"on", "at", "outside", "above", "over", "near", "in", "along", "across", "beside", "inside",
                            "opposite", "behind", "atop", "under"})
_PLACING_VERBS = frozenset({"hang", "paint", "post", "put", "erect", "place", "spray", "scrawl", "write", "nail", "stick",
                            "pin", "fix", "mount", "daub", "plaster", "leave", "tape", "glue"})


def placed_display(shown: "Token") -> bool:
    """A banner, placard or sign put up in a place and carried by no one named with it: a place
    ("A sign on the door", "a banner outside the court") or a participle of putting it up with no
    agent ("a poster hung at the gate", "a banner painted on the wall"); no possessor ("Their
    banners") and no agent ("hung by students"). "Early signs", "all the signs" (evidence) have no
    place."""
    kids = list(shown.children)
    if any(c.dep_ == "poss" for c in kids):
        return False
    if any(c.dep_ == "acl" and any(a.dep_ == "agent" for a in c.children) for c in kids):
        return False
    return any(c.dep_ == "prep" and c.lower_ in _PLACING_PREPS and c.i > shown.i for c in kids) or any(
        c.dep_ == "acl" and c.lemma_.lower() in _PLACING_VERBS for c in kids) or put_up(shown)


def authored(verb: "Token", cues: Cues) -> bool:
    """A participle of making a text (cues.yaml ``authorship_verbs``: "issued", "signed", "put out"):
    its agent owns the text's words. Not "seen", "obtained" or "received": who got hold of a text
    only reports it ("A report seen by Reuters said": before, Reuters spoke)."""
    lemma = verb.lemma_.lower()
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    return lemma in cues.authorship_verbs or (particle is not None and f"{lemma} {particle}" in cues.authorship_verbs)


def put_up_by(verb: "Token", cues: Cues) -> bool:
    """A verb of putting up or carrying a banner, placard or sign ("hung", "painted", "carried"):
    what it shows is not its own statement but the sign's."""
    return verb.lemma_.lower() in _PLACING_VERBS or verb.lemma_.lower() in cues.carrying_verbs


def put_up(shown: "Token") -> bool:
    """A sign that is the subject of a verb of putting it up with no agent ("A banner hung at the gate
    read: ...", whose parse makes "hung" the verb and "read" a noun): put up, carried by no one."""
    v = shown.head
    return (shown.dep_ in ("nsubj", "nsubjpass") and v.i > shown.i and v.lemma_.lower() in _PLACING_VERBS
            and not any(c.dep_ == "agent" for c in v.children))


def _owner_tokens(tok: "Token") -> tuple[int, int]:
    """Token range of a carrier or owner phrase, without the possessive ending ("One protester's")."""
    i, j = speaker_tokens(tok)
    while j - 1 > tok.i and (tok.doc[j - 1].tag_ == "POS" or tok.doc[j - 1].is_punct):
        j -= 1
    return i, j


def _between_modifiers(comma: "Token", head: "Token") -> bool:
    """A comma between two modifiers written before the head of their phrase ("the elderly, frail
    woman", "the bespectacled, 71-year-old diplomat"): it joins the phrase's words, it sets off no
    clause. Cutting the phrase there left "frail woman" as the speaker, and the quotation before
    the phrase ('"...," the elderly, frail woman said') was no longer right before it."""
    doc = head.doc
    k = comma.i
    if comma.text != "," or not 0 < k < head.i - 1:
        return False
    return _premodifier(doc[k - 1], head) and _premodifier(doc[k + 1], head)


def _premodifier(tok: "Token", head: "Token") -> bool:
    """A word before ``head`` that modifies it through modifiers only, all before it ("71" in
    "71-year-old diplomat")."""
    t = tok
    while t.i != head.i:
        if t.i > head.i or t.dep_ not in _PREMODIFIER_DEPS or t.head.i == t.i:
            return False
        t = t.head
    return tok.pos_ in ("ADJ", "NUM", "VERB", "ADV", "NOUN", "PROPN")


def _word_hyphen(tok: "Token") -> bool:
    """A hyphen written between two words with no space ("Al-Shabaab"), not a dash between clauses."""
    return tok.text in ("-", "\u2010", "\u2011") and not tok.whitespace_ and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_ \
        and tok.i + 1 < len(tok.doc)


# participles that give a described speaker its name ("known as M23", "called the Patriotic Front", "named X")
_NAMING_VERBS = frozenset({"know", "call", "name", "dub"})


def _proper_name(tok: "Token") -> bool:
    """A word that heads a proper name: tagged a name, or an organisation's short form the tagger
    took for an adjective ("UNIMIS"), or a name with a digit ("M23")."""
    if tok.pos_ == "PROPN":
        return True
    return tok.is_upper and len(tok) > 1 and tok.ent_type_ in ("ORG", "GPE", "NORP", "PERSON")


def _codes_in(mentions: "list[Mention]") -> tuple[str | None, str | None]:
    """The first code and the first sector the mentions inside a phrase tell ("A senior army official": MIL)."""
    return next((m.code for m in mentions if m.code), None), next((m.sector for m in mentions if m.sector), None)


def quotation_open(segment: str) -> bool:
    """Whether ``segment`` leaves a quotation open: an odd number of straight marks, or more opening
    curly marks than closing ones."""
    return (segment.count('"') % 2 == 1) or segment.count("\u201c") > segment.count("\u201d")


def _speaker_words(speaker: Speaker) -> str:
    """A speaker's phrase and name, lowercased: the words a later description of it is looked for in ("the
    committee" after "Tajikistan's State Committee for National Security said": SpeakerResolver's
    _description and _body_described)."""
    return f"{speaker.text} {speaker.name or ''}".lower()


def _in_quotation(text: str, pos: int, lo: int) -> bool:
    """Whether ``pos`` lies inside quotation marks opened since ``lo`` (the paragraph's start)."""
    return quotation_open(text[lo:pos])


def _strip_determiner(text: str) -> str:
    first, _, rest = text.partition(" ")
    return rest if rest and first.lower() in _DETERMINERS else text


def _has_verb(token: "Token") -> bool:
    return any(t.pos_ == "VERB" for t in token.subtree)


@dataclass(slots=True)
class _Seen:
    """A speaker already attributed, kept for pronoun and description antecedents."""

    speaker: Speaker
    paragraph: int
    kind: str  # person | group | any
    gender: str | None
    plural: bool


class SpeakerResolver:
    """Resolve speaker phrases of one article, remembering speakers in text order."""

    def __init__(self, analysis: "Analysis", cues: Cues, paragraph_starts: list[int], *,
                 is_place: "Callable[[str], bool] | None" = None) -> None:
        self.analysis = analysis
        self._is_place = is_place  # a name the gazetteer knows as a place (none: the NER's word alone)
        self.doc: Doc = analysis.doc
        self.text = analysis.article.text
        self.cues = cues
        self._paragraphs = paragraph_starts
        self._seen: list[_Seen] = []
        self._described: list[_Seen] = []  # speakers named by a phrase no actor resolves ("The ombudsman's office said")
        self._mentions = sorted(analysis.mentions, key=lambda m: (m.start, m.end))
        self._mention_starts = [m.start for m in self._mentions]

    # -- public -------------------------------------------------------------------------

    def resolve(self, head: "Token", span: tuple[int, int] | None = None) -> Speaker:
        """The Speaker for the phrase headed by ``head`` (token range ``span``), and remember it."""
        if head.lower_ in _RELATIVE and head.head.dep_ == "relcl":
            head = head.head.head  # "Smith, who said ..." -> Smith
            span = None
        i, j = span if span is not None else speaker_tokens(head)
        speaker, kind, gender, plural = self._resolve(head, i, j)
        self.remember(speaker, kind=kind, gender=gender, plural=plural)
        if (not speaker.resolved and speaker.start is not None and head.pos_ != "PRON" and head.lower_ not in _RELATIVE
                and not self._coded_apposition(head)):
            self._described.append(_Seen(speaker, self._paragraph(speaker.start), kind, gender, plural))
        return speaker

    def remember(self, speaker: Speaker, *, kind: str = "any", gender: str | None = None, plural: bool = False) -> None:
        """Add a resolved speaker to the salience list (later pronouns may point to it)."""
        if not speaker.resolved or speaker.start is None:
            return
        self._seen.append(_Seen(speaker, self._paragraph(speaker.start), kind, gender, plural))

    def last(self, before: int, *, paragraphs: int = 1) -> Speaker | None:
        """The most recent resolved speaker before ``before``, at most ``paragraphs`` back."""
        para = self._paragraph(before)
        for seen in reversed(self._seen):
            if seen.speaker.start is not None and seen.speaker.start < before and para - seen.paragraph <= paragraphs:
                return seen.speaker
        return None

    # -- resolution ---------------------------------------------------------------------

    def _resolve(self, head: "Token", i: int, j: int) -> tuple[Speaker, str, str | None, bool]:
        doc = self.doc
        start, end = doc[i].idx, doc[j - 1].idx + len(doc[j - 1])
        text = self.text[start:end]
        # an owner's pronoun tells the owner's gender, not the speaker's ("his campaign manager, Diana Rojas")
        words = [t.lower_ for t in doc[i:j] if not (t.dep_ == "poss" and t.pos_ == "PRON")]
        gender = self._gender(words)
        # a proper name's number is its own ("the United States says", "the Philippines has"): only
        # a common plural, a conjunction and "they"/"we" are plural antecedents
        plural = head.tag_ == "NNS" or any(t.dep_ == "conj" for t in head.children) or head.lower_ in ("they", "we")
        low = head.lower_

        if head.pos_ == "PRON" or low in self.cues.person_pronouns or low in self.cues.group_pronouns:
            if low in self.cues.person_pronouns:
                gender = "female" if low in self.cues.female else "male" if low in self.cues.male else None
                return self._anaphor(text, start, end, want="person", gender=gender, plural=False), "person", gender, False
            if low in self.cues.group_pronouns:
                return self._anaphor(text, start, end, want="group", gender=None, plural=low != "it"), "group", None, plural
            return self._unresolved(text, start, end), "any", None, plural

        if head.lemma_.lower() in self.cues.statement_nouns or low in self.cues.statement_nouns:
            return self._statement_owner(head, i, j, text, start, end, author=self._author(head, owned=True))
        if head.pos_ == "NOUN" and head.lemma_.lower() in self.cues.evidence_nouns:
            if (author := self._author(head)) is not None:
                # "Footage (of the attack) posted by the group showed ...": who put the recording out shows it, as
                # the owner of a statement issued by it speaks (not "Footage broadcast by state television", which airs it)
                return self._statement_owner(head, i, j, text, start, end, author=author)
            # "Videos posted online showed ...", "Footage broadcast by state television showed ...": a
            # recording shows what happened; it speaks for no one (before, "Footage" and "Satellite
            # images" were resolved speakers, "Videos" not)
            return self._unresolved(text, start, end), "any", None, plural
        if head.pos_ == "NOUN" and head.lemma_.lower() in self.cues.display_nouns:
            carriers = self._carriers(head)
            if carriers is not None:  # "Their banners read", "banners carried by protesters read": the carriers speak
                return carriers
            if placed_display(head):
                # "A sign on the door read: ...": a sign put up somewhere that no one in the text carries is
                # no one's speech we can name; before, "sign on the door" was a resolved speaker
                return self._unresolved(text, start, end), "any", None, False
            # else as before ("Early signs indicate that ...": evidence, not a placard)

        if _restated_list(head):  # "The Quartet, the UN, ... and the US, said": the Quartet speaks
            j = _own_end(head)  # (up to the comma after it)
            start, end = doc[i].idx, doc[j - 1].idx + len(doc[j - 1])
            text = self.text[start:end]
        conjuncts = [c for c in (*head.conjuncts, *listed_appositions(head)) if i <= c.i < j and c.i != head.i]
        buried = None if conjuncts else self._buried_pair(head, i, j)
        if buried is not None:  # "Interior Minister Jane Roe and Defence Minister Peter Lund told": the parse buried
            cc = buried  # the first party among the second's premodifiers; each is a party all the same
            first, *_ = self._resolve(doc[cc - 1], i, cc)
            second = self._resolve(head, cc + 1, j)[0]
            if first.resolved and second.resolved and first.actor_id is not None and second.actor_id not in (None, first.actor_id):
                parts = [first, second]
            else:
                buried = None
        if conjuncts or buried is not None:  # "Syria and Russia said", "Britain, France and Germany said": one speaker naming each
            if conjuncts:
                first, *_ = self._resolve(head, i, _party_tokens(head, i, j)[1])  # (from the phrase's first word, as given)
                rest = [self._resolve(c, *_party_tokens(c, i, j))[0] for c in sorted(conjuncts, key=lambda c: c.i)]
                parts = [first, *rest]
            if all(p.resolved for p in parts):
                parties = [ActorRef(text=p.text, name=p.name, code=p.code, sector=p.sector, start=p.start, end=p.end,
                                    actor_id=p.actor_id) for p in parts]
                names = [p.name or p.text for p in parts]
                first.name = f"{', '.join(names[:-1])} and {names[-1]}"
                # no one actor speaks for two: the parties carry their own codes, sectors and ids
                first.code = first.code if len({p.code for p in parties}) == 1 else None
                first.sector = first.sector if len({p.sector for p in parties}) == 1 else None
                first.actor_id = first.actor_id if len({p.actor_id for p in parties}) == 1 else None
                first.parties = parties
            first.text, first.start, first.end = text, start, end
            return first, "group", None, True
        named = self._apposed_name(head)
        if named is not None and (found_name := self._by_name(named, text, start, end, head)) is not None:
            return found_name
        described = self._described_speaker(head, i, j, text, start, end, gender, plural)
        if named is not None:  # a name no actor resolves keeps what its description tells
            return self._named_description(named, described, head)
        return described

    def _described_speaker(self, head: "Token", i: int, j: int, text: str, start: int, end: int, gender: str | None,
                           plural: bool) -> tuple[Speaker, str, str | None, bool]:
        """The speaker of a phrase that is neither a pronoun, nor a text, nor a list of parties: an
        actor's mention, an earlier speaker it describes, or its own words as a name."""
        doc = self.doc
        mention = self._pick_mention(head, start, end)
        if (found := self._body_described(head, i, j, start, mention)) is not None:
            return self._copy(found, text, start, end), "group", None, False
        if (found := self._role_described(head, i, j, start, end, text, mention)) is not None:
            return found, "person", gender, plural
        if mention is not None and mention.actor_id is not None:
            kind = self._kind_of(head, mention)
            return self._from_mention(text, start, end, mention), kind, gender, plural

        definite = doc[i].lower_ in _DETERMINERS and doc[i].lower_ not in ("a", "an")
        content = [t for t in doc[i:j] if t.lower_ not in _DETERMINERS and not t.is_punct]
        if definite and content:
            lemmas = [t.lemma_.lower() for t in content]
            found = self._description(text, start, end, lemmas, head)
            if found is not None:
                return found, self._kind_of(head, None), gender, plural
            if not any(t.pos_ == "PROPN" or t.ent_type_ for t in content) and not self._owned_body(head):
                return self._unresolved(text, start, end), self._kind_of(head, None), gender, plural
        if not content:
            return self._unresolved(text, start, end), "any", gender, plural
        # a self-contained phrase ("A senior army official", "Reuters"): its own name
        inner = self.analysis.mentions_in(start, end)
        code, sector = _codes_in(inner)
        name = self.text[content[0].idx : content[-1].idx + len(content[-1])]
        if name.count("(") > name.count(")") and self.text.startswith(")", content[-1].idx + len(content[-1])):
            name += ")"  # "Front to Support Herders (FSH)": the short form's closing mark is the name's
        speaker = Speaker(text=text, name=name, code=code, sector=sector, start=start, end=end, resolved=True)
        return speaker, self._kind_of(head, None), gender, plural

    def _statement_owner(self, head: "Token", i: int, j: int, text: str, start: int, end: int, *,
                         author: "Token | None" = None) -> tuple[Speaker, str, str | None, bool]:
        """'the ministry statement', "the army's statement", 'a statement by X' -> the owner speaks
        (``author``, the agent phrase of its maker, when the caller found one: :meth:`_author`)."""
        owner: Token | None = None
        cut: tuple[int, int] | None = None
        for child in (head.children if author is None else (author,)):
            if child.dep_ == "poss":
                owner = child
                cut = _owner_tokens(child)  # "The ministry's statement read:": the owner without "'s"
            elif (prep := child if author is not None else self._owner_prep(child)) is not None:
                owner = next((c for c in prep.children if c.dep_ == "pobj"), owner)
                if owner is not None and not i <= owner.i < j and prep.i + 1 < j:
                    # "A statement from the ministry read: ...": the parse took "read" for the noun the
                    # preposition governs ("the ministry read"); the owner is the head of the phrase before
                    # it, whose head lies outside it ("the Ministry" of "the Ministry of Defence read")
                    lo = prep.i + 1
                    owner = next((t for t in self.doc[lo:j] if t.pos_ in ("NOUN", "PROPN") and not lo <= t.head.i < j), None) \
                        or next((t for t in reversed(self.doc[lo:j]) if t.pos_ in ("NOUN", "PROPN")), None)
                    cut = (lo, j)
        if owner is not None:
            oi, oj = cut if cut is not None else speaker_tokens(owner)
            inner, kind, gender, plural = self._resolve(owner, oi, oj)
            if cut is not None and not inner.resolved:
                inner = self._cut_mention(owner, inner) or self._role_as_written(owner) or inner
        else:
            mods = [t for t in self.doc[i:j] if t.i != head.i and t.lower_ not in _DETERMINERS and not t.is_punct and t.i < head.i]
            if not mods and (told := _repeated_statement(head)) is not None:
                # "The army issued a statement on Sunday, the statement adding that S": the owner of the statement the
                # absolute phrase repeats, whoever issued it (the subject of the verb it is the object of) or its
                # possessor; else unknown (not the last speaker, who may be another side)
                owner = _issuer(told)
                if owner is None:
                    return self._unresolved(text, start, end), "any", None, False
                inner, kind, gender, plural = self._resolve(owner, *speaker_tokens(owner))
                return Speaker(text=text, name=inner.name, code=inner.code, sector=inner.sector, start=start, end=end,
                               resolved=inner.resolved, actor_id=inner.actor_id), kind, gender, plural
            if not mods:
                definite = self.doc[i].lower_ in ("the", "this", "that")
                found = self.last(start, paragraphs=_WINDOW_PARAGRAPHS) if definite else None
                if found is None:
                    return self._unresolved(text, start, end), "any", None, False
                return self._copy(found, text, start, end), "group", None, False
            oi, oj = mods[0].i, mods[-1].i + 1
            inner, kind, gender, plural = self._resolve(mods[-1], oi, oj)
        speaker = Speaker(text=text, name=inner.name, code=inner.code, sector=inner.sector, start=start, end=end,
                          resolved=inner.resolved, actor_id=inner.actor_id)
        whole = self.analysis.mention_at(head.idx, head.idx + len(head))
        if inner.resolved and inner.actor_id is None and whole is not None and whole.actor_id is not None and whole.start <= start + 4:
            ref = self.analysis.ref(whole)  # the actor stage resolved the statement phrase itself
            speaker.code, speaker.sector, speaker.actor_id = inner.code or ref.code, inner.sector or ref.sector, whole.actor_id
        return speaker, kind, gender, plural

    def _owner_prep(self, child: "Token") -> "Token | None":
        """The preposition of a text's phrase whose object owns the text: "by", "from" or "of" ("A
        statement from the ministry"). None for other children."""
        return child if child.dep_ == "prep" and child.lower_ in ("by", "from", "of") else None

    def _author(self, text: "Token", *, owned: bool = False) -> "Token | None":
        """The agent phrase ("by X") of who made a text or recording: of a participle of authorship on it ("A statement
        issued by the ministry", "a letter signed by 40 lawmakers"; not "A report seen by Reuters",
        whose agent only got hold of it), or on the object of its "of" phrase, where the parse hangs
        it there ("Footage of the attack posted by the group", "a letter of protest signed by ...":
        the "of" phrase tells what the text is of, not whose). None when no such participle is told, or
        a possessor owns the text ("The army's statement issued on Monday"), or, for a text that has an owner
        (``owned``: a statement, not a recording), an "of" phrase names an actor, the text's author ("A report of
        the UN commission published by Human Rights Watch": the commission wrote it, the group only put it out)."""
        if any(c.dep_ == "poss" for c in text.children):
            return None
        told = [g for c in text.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if owned and any((m := self.analysis.mention_at(g.left_edge.idx, g.idx + len(g))) is not None and (m.code or m.actor_id is not None)
                         for g in told):
            return None
        for noun in (text, *told):
            for child in noun.children:
                if child.dep_ == "acl" and child.tag_ == "VBN" and authored(child, self.cues):
                    agent = next((a for a in child.children if a.dep_ == "agent"), None)
                    if agent is not None and any(c.dep_ == "pobj" for c in agent.children):
                        return agent
        return None

    def _carriers(self, shown: "Token") -> tuple[Speaker, str, str | None, bool] | None:
        """Who carries the banner, placard or sign ``shown`` and so says its words: its possessor
        ("Their banners read", "One protester's sign read"), the agent of a participle on it
        ("Banners carried by protesters", "A banner hung by students"), or the subject of a carrying
        verb (cues.yaml ``carrying_verbs``) taking such a thing earlier in its sentence or the one
        before ("Students marched holding signs. One sign read ..."). None when no carrier resolves."""
        who = next((c for c in shown.children if c.dep_ == "poss"), None)
        if who is None:
            agent = next((a for c in shown.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent"), None)
            who = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if who is None:
            who = self._earlier_carrier(shown)
        if who is None:
            return None
        if who.pos_ == "PRON":
            want, gender, plural = _POSSESSIVE_PRONOUNS.get(who.lower_, (None, None, False))
            if want is None:
                return None
            start, end = who.idx, who.idx + len(who)
            found = self._anaphor(who.text, start, end, want=want, gender=gender, plural=plural)
            if found.resolved:
                return found, want, gender, plural
            # "A woman stood outside the court. Her placard read": the last subject that agrees, named by its words
            who = self._possessor_antecedent(who, gender, plural)
            if who is None:
                return None
        found = self._resolve(who, *_owner_tokens(who))
        if found[0].resolved:
            return found
        named = self._role_as_written(who)  # "The students' banners": people no actor names, as written
        return (named, "person", found[2], found[3]) if named is not None else None

    def _role_as_written(self, who: "Token") -> Speaker | None:
        """A possessor or carrier that is a person's or people's role ("The students'", "The
        minister's") and that no mention resolves: named by its own words, with the codes of any
        mention inside them; None for other words."""
        if who.pos_ != "NOUN" or who.lemma_.lower() not in self.cues.person_roles:
            return None
        i, j = _owner_tokens(who)
        start, end = self.doc[i].idx, self.doc[j - 1].idx + len(self.doc[j - 1])
        code, sector = _codes_in(self.analysis.mentions_in(start, end))
        return Speaker(text=self.text[start:end], name=self.text[start:end], code=code, sector=sector, start=start, end=end, resolved=True)

    def _possessor_antecedent(self, pron: "Token", gender: str | None, plural: bool) -> "Token | None":
        """The latest subject noun before the possessive ``pron`` in its sentence or the one before
        that is a person or people and agrees with it in number and gender ("A woman ... Her placard")."""
        sent = pron.sent
        lo = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for t in reversed(self.doc[lo:pron.i]):
            if t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ != "NOUN" or t.lemma_.lower() not in self.cues.person_roles:
                continue
            if (t.tag_ == "NNS") != plural or (gender is not None and self._gender([t.lower_]) not in (gender, None)):
                continue
            return t
        return None

    def _earlier_carrier(self, shown: "Token") -> "Token | None":
        """The subject of a carrying verb that takes a banner, placard or sign before ``shown``, in its
        sentence or the one before ("Students marched through the city holding signs. One sign read")."""
        sent = shown.sent
        lo = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for t in reversed(self.doc[lo:shown.i]):
            if t.pos_ != "NOUN" or t.lemma_.lower() not in self.cues.display_nouns:
                continue
            verb = t.head if t.dep_ == "dobj" else t.head.head if t.dep_ == "pobj" and t.head.lower_ == "with" else None
            held = next((c for c in t.children if c.dep_ == "amod" and c.tag_ == "VBG" and c.lemma_.lower() in self.cues.carrying_verbs), None)
            if held is not None:  # "marched through the city holding signs": the parse made the participle the sign's modifier
                verb = t.head
                while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                    verb = verb.head
            elif verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in self.cues.carrying_verbs:
                continue
            for v in (verb, verb.head):  # "Students marched ... holding signs": the participle's subject is its head's
                if v.dep_ == "acl" and v.head.pos_ in ("NOUN", "PROPN"):
                    return v.head  # "protesters holding signs"
                subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None:
                    return subj if subj.pos_ in ("NOUN", "PROPN", "PRON") else None
                if v.dep_ not in ("advcl", "xcomp", "conj"):
                    break
        return None

    def _cut_mention(self, owner: "Token", phrase: Speaker) -> Speaker | None:
        """The actor of an owner phrase cut from the noun the parse made of it ("the ministry" of "the
        ministry read:"): the mention over the owner's word gives its code, sector and actor, the
        phrase its name, as "the ministry said" is named; None when no coded mention covers it."""
        m = self.analysis.mention_at(owner.idx, owner.idx + len(owner))
        if m is None or m.actor_id is None or phrase.start is None or phrase.end is None:
            return None
        ref = self.analysis.ref(m)
        if not (ref.code or ref.sector):
            return None
        return Speaker(text=phrase.text, name=phrase.text, code=ref.code, sector=ref.sector, start=phrase.start, end=phrase.end,
                       resolved=True, actor_id=m.actor_id)

    def _pick_mention(self, head: "Token", start: int, end: int) -> "Mention | None":
        inner = self.analysis.mentions_in(start, end)
        hs, he = head.idx, head.idx + len(head)
        # an owner named before the head speaks not ("Salgado's family said", "the minister's lawyer said": the
        # family, the lawyer); a mention inside a possessive phrase of the head is no candidate for it
        owned = [(p.left_edge.idx, p.right_edge.idx + len(p.right_edge)) for p in head.children if p.dep_ == "poss"]
        inner = [m for m in inner if not any(s <= m.start and m.end <= e for s, e in owned)]
        person = [m for m in inner if m.kind == "person" and m.actor_id is not None]
        if person:
            return person[-1]
        covering = [m for m in inner if m.start <= hs and he <= m.end]
        if covering:
            return max(covering, key=lambda m: m.end - m.start)
        over = self.analysis.mention_at(hs, he)
        if over is not None and over.start >= start and (over.end <= end or over.kind == "name"):
            return over  # (a name the speaker's tokens cut at what the parser read as a clause: "The Committee | to Protect Journalists")
        return None

    def _from_mention(self, text: str, start: int, end: int, mention: "Mention") -> Speaker:
        """A person or description takes its actor's name; an organisation's proper name as
        written ("US Central Command") is already a name and stays more specific than its actor."""
        ref = self.analysis.ref(mention)
        name = ref.name or mention.text
        if mention.kind == "name":
            name = _strip_determiner(mention.text)
        return Speaker(text=text, name=name, code=ref.code, sector=ref.sector,
                       start=start, end=end, resolved=True, actor_id=mention.actor_id)

    def _body_described(self, head: "Token", i: int, j: int, start: int, mention: "Mention | None") -> Speaker | None:
        """"The group said", "the organisation added": a body named by no word of its own (cues.yaml
        body_nouns; not one the actor stage already tied to a name) is the named body that spoke
        last, when one did (never a plural speaker: "Somali officials")."""
        if not (head.tag_ == "NN" and head.lemma_.lower() in self.cues.body_nouns and j - i == 2 and self.doc[i].lower_ in ("the", "this")):
            return None
        actor = self.analysis.actor(mention.actor_id) if mention is not None and mention.actor_id is not None else None
        if mention is not None and mention.actor_id is not None and not (
                actor is not None and actor.kind == "nominal" and actor.name.lower() == self.text[start:head.idx + len(head)].lower()):
            return None
        para = self._paragraph(start)
        spoke = next((s.speaker for s in reversed(self._seen) if para - s.paragraph <= _WINDOW_PARAGRAPHS
                      and s.speaker.start is not None and s.speaker.start < start and s.kind in ("group", "any") and not s.plural
                      and s.speaker.resolved and s.speaker.name), None)
        if spoke is not None:
            return spoke
        if (body := self._named_body(start, head.i)) is not None:
            return body
        # "The committee said ..." paragraphs after "Tajikistan's State Committee for National Security said":
        # the one body that spoke before, anywhere in the story, whose own words hold the noun (never a guess
        # between two)
        word = head.lemma_.lower()
        told = {s.speaker.name: s.speaker for s in self._seen
                if s.speaker.start is not None and s.speaker.start < start and s.kind in ("group", "any") and not s.plural
                and s.speaker.resolved and s.speaker.name and word in _speaker_words(s.speaker).split()}
        return next(iter(told.values())) if len(told) == 1 else None

    def _owned_body(self, head: "Token") -> bool:
        """A body told by the people it is of ("the students' union", "the farmers' association": cues.yaml
        body_nouns owned by a plural noun): a description that names the body itself, no antecedent to find."""
        return head.lemma_.lower() in self.cues.body_nouns and any(
            c.dep_ == "poss" and c.tag_ == "NNS" for c in head.children)

    def _named_body(self, start: int, head_i: int) -> Speaker | None:
        """The one organisation named (not as a speaker) in the paragraphs before ``start`` ("The
        Free Farmers Union held a rally. The group said ..."); None when none or several were
        (never a guess between two bodies)."""
        lo = self._paragraphs[max(0, self._paragraph(start) - _WINDOW_PARAGRAPHS)]
        bodies: dict[str, "Mention"] = {}
        for m in self._mentions:
            if m.start >= start:
                break
            if m.start < lo or m.actor_id is None or m.kind != "name":
                continue
            actor = self.analysis.actor(m.actor_id)
            if actor is not None and actor.kind in ("org", "group", "igo"):
                bodies.setdefault(m.actor_id, m)
        if len(bodies) != 1:
            return None
        (m,) = bodies.values()
        return self._from_mention(m.text, m.start, m.end, m)

    def _role_described(self, head: "Token", i: int, j: int, start: int, end: int, text: str,
                        mention: "Mention | None") -> Speaker | None:
        """"The general said", "the finance minister added": a definite description by a person's
        title (cues.yaml person_roles), unnamed or only an actor of its own words to the actor
        stage, is the one person told before under that title (:meth:`_role_holder`)."""
        doc = self.doc
        if doc[i].lower_ not in ("the", "this") or head.pos_ != "NOUN" or head.tag_ != "NN" or head.lemma_.lower() not in self.cues.person_roles:
            return None
        words = [t for t in doc[i + 1:j] if not t.is_punct]
        if not words or any(t.pos_ == "PROPN" or t.ent_type_ or t.pos_ not in ("NOUN", "ADJ") for t in words):
            return None
        if mention is not None and mention.actor_id is not None:
            actor = self.analysis.actor(mention.actor_id)
            if actor is None or actor.kind != "nominal" or actor.name.lower() != text.lower():
                return None
        if self._description(text, start, end, [t.lemma_.lower() for t in words], head) is not None:
            return None  # an earlier speaker's own words ("the minister" after "the minister said") come first
        return self._role_holder(text, start, end, [t.lower_ for t in words])

    def _role_holder(self, text: str, start: int, end: int, words: list[str]) -> Speaker | None:
        """'The general said' after 'General Ali Hassan visited ...': the one person told before
        whose title holds every word of the description ("the general", "the finance minister");
        None when none or several do (never a guess between two)."""
        # one pass over the mentions told before: each actor's first mention by name, and the words
        # of all its mentions but pronouns (a description, "the army general", adds its title)
        named: dict[str, "Mention"] = {}
        told: dict[str, set[str]] = {}
        for m in self._mentions:
            if m.start >= start:
                break
            if m.actor_id is None or m.kind == "pronoun":
                continue
            told.setdefault(m.actor_id, set()).update(w.lower().strip(".,") for w in m.text.split())
            if m.kind != "nominal":
                named.setdefault(m.actor_id, m)
        holders = []
        for actor_id, m in named.items():
            actor = self.analysis.actor(actor_id)
            if actor is None or actor.kind != "person":
                continue
            titles = told[actor_id] | {w.lower().strip(".,") for w in (actor.role or "").split()}
            if all(w in titles for w in words):
                holders.append(m)
        if len(holders) != 1:
            return None
        (m,) = holders
        return self._copy(self._from_mention(m.text, m.start, m.end, m), text, start, end)

    def _description(self, text: str, start: int, end: int, lemmas: list[str], head: "Token") -> Speaker | None:
        """'the ministry' -> an earlier speaker whose phrase holds every word of the description."""
        para = self._paragraph(start)
        for seen in reversed(self._seen):
            if para - seen.paragraph > _WINDOW_PARAGRAPHS:
                break
            hay = _speaker_words(seen.speaker)
            if all(lemma in hay for lemma in lemmas):
                return self._copy(seen.speaker, text, start, end)
        return None

    def _anaphor(self, text: str, start: int, end: int, *, want: str, gender: str | None, plural: bool) -> Speaker:
        """Most recent compatible speaker, else the most recent compatible mention, else unresolved."""
        para = self._paragraph(start)
        recent = [
            s for s in reversed(self._seen)
            if para - s.paragraph <= _WINDOW_PARAGRAPHS and s.speaker.start is not None and s.speaker.start < start
            and self._compatible(s.kind, s.gender, s.plural, want, gender, plural)
            and not (want == "person" and self._told_otherwise(s.speaker, gender, start))
        ]
        # a speaker whose gender is known to match beats a more recent one of unknown gender, except
        # the speaker of the pronoun's own sentence ("X told reporters that ..., which he said ...") and
        # a person told in the pronoun's paragraph when the known one is in an earlier paragraph ("...,"
        # said Senator Ann Kiprop. "...," he said: not the spokesman two paragraphs back, a name's gender
        # being unknown here)
        nearest = recent[0] if recent else None
        known = next((s for s in recent if gender is not None and s.gender == gender), None)
        best = nearest if nearest is None or known is None or self._same_sentence(nearest.speaker.start, start) \
            or self._newer_in_paragraph(nearest, known, gender, para) else known
        if want == "person" and not (best is not None and (self._same_sentence(best.speaker.start, start)
                                                           or self._match_held(best, gender, para))):
            subject = self._paragraph_subject(start, gender)
            if subject is not None:  # the person the paragraph goes on about speaks, not a speaker before it
                return self._from_mention(text, start, end, subject)
        # a speaker named by a description no actor resolves ("The ombudsman's office said S. It called
        # for ..."), told after the best resolved one, is the pronoun's antecedent: not an older speaker,
        # nor a place or body the sentences between merely mention ("the hospital"); the pronoun takes its
        # phrase for a name, unresolved as it is (a resolved speaker whose gender agrees comes first)
        # it must agree in number, not merely be compatible: "they" takes no singular body ("Protesters said
        # ... The mayor's office said ... They said": the protesters; "it" takes neither, as compatible)
        described = next((s for s in reversed(self._described)
                          if para - s.paragraph <= _WINDOW_PARAGRAPHS and s.speaker.start is not None and s.speaker.start < start
                          and self._compatible(s.kind, s.gender, s.plural, want, gender, plural)
                          and (s.plural or not plural)), None)
        if described is not None and (best is None or (described.speaker.start > best.speaker.start  # type: ignore[operator]
                                                       and not (gender is not None and best.gender == gender and described.gender is None
                                                                and not self._newer_in_paragraph(described, best, gender, para)))):
            found = described.speaker
            return Speaker(text=text, name=found.name or found.text, code=found.code, sector=found.sector, start=start, end=end,
                           resolved=False, actor_id=found.actor_id)
        if best is not None:
            return self._copy(best.speaker, text, start, end)
        own = self.analysis.mention_at(start, end)
        if own is not None and own.actor_id is not None and own.start >= start and own.end <= end:
            return self._from_mention(text, start, end, own)
        lo = self._paragraphs[max(0, para - 1)]
        k = bisect.bisect_left(self._mention_starts, start)
        for m in reversed(self._mentions[:k]):
            if m.start < lo:
                break
            if m.actor_id is None or m.kind == "pronoun":
                continue
            actor = self.analysis.actor(m.actor_id)
            kind = "person" if (m.kind == "person" or (actor and actor.kind in _PERSON_KINDS) or self._role_mention(m)) else "group"
            mgender = self._gender(m.text.lower().split())
            mplural = m.text.endswith("s") and kind == "group" and m.kind in ("demonym", "nominal")
            if self._compatible(kind, mgender, mplural, want, gender, plural):
                found = self._from_mention(text, start, end, m)
                if want == "person" and self._told_otherwise(found, gender, start):
                    continue
                return found
        return self._unresolved(text, start, end)

    def _buried_pair(self, head: "Token", i: int, j: int) -> int | None:
        """The index of an "and" that joins two named parties before the phrase's head when the
        parse hung the first among the second's premodifiers ("Interior Minister Jane Roe and
        Defence Minister Peter Lund": head "Lund", no conjunct); None when there is none. Only
        names and titles lie between it and the head ("of" inside a title: "US Secretary of State B"), and a
        name ends before it."""
        doc = self.doc
        for c in range(i + 1, head.i - 1):
            t = doc[c]
            if t.dep_ == "cc" and t.lower_ == "and" and t.head.i < c and doc[c - 1].pos_ == "PROPN" \
                    and all(u.pos_ in ("PROPN", "NOUN", "ADJ") or _title_of(u) for u in doc[c + 1:head.i + 1]):
                return c
        return None

    def _told_otherwise(self, speaker: Speaker, gender: str | None, before: int) -> bool:
        """A pronoun of the other gender already took this speaker ("Maria Lopez ... she said ...
        he said": "he" is not Maria Lopez, though her name tells no gender). Only a pronoun tells it:
        a role word ("spokesman") is often written for either."""
        if gender is None or (speaker.actor_id is None and speaker.name is None):
            return False
        same = (lambda o: o.actor_id == speaker.actor_id) if speaker.actor_id is not None else (lambda o: o.name == speaker.name)
        return any(s.gender is not None and s.gender != gender and s.speaker.start is not None and s.speaker.start < before
                   and s.speaker.text.lower() in self.cues.person_pronouns and same(s.speaker) for s in self._seen)

    def _paragraph_subject(self, before: int, gender: str | None) -> "Mention | None":
        """The person a paragraph goes on about before its pronoun speaks: the last named person
        who is the subject of an active clause in the pronoun's own paragraph, told after the last
        speaker ("Jane Roe said the road was closed. / Farmer Tom Hill lost his house. \"Everything is
        gone,\" he said.": Tom Hill, not Jane Roe). Not one quoted, nor one of the other gender; a speaker
        of the pronoun's own paragraph whose gender word matches it ("Ms Grace Wanjiru ... She") is
        not passed over (one of an earlier paragraph is: "spokesman X said ... / President Y thanked Qatar.
        \"...,\" he said": Y). Only the subject of its sentence's own clause (not one inside what someone
        else said or believes: "Residents said Peter Obi ran the gang"), after the last speaker of any
        kind, and, for a pronoun with a gender, with evidence of it: a gendered title or a "his"/"her" of
        the pronoun's gender in the person's own clause ("lost his house"); a person the paragraph only
        tells of ("Judge Y adjourned the case", a victim "was walking home when gunmen opened fire", one
        who "died when his house collapsed" for "she") is no sign that the speaker changed."""
        lo = self._paragraphs[self._paragraph(before)]
        after = max((s.speaker.start for s in self._seen if s.speaker.start is not None and s.speaker.start < before), default=None)
        k = bisect.bisect_left(self._mention_starts, before)
        for m in reversed(self._mentions[:k]):
            if m.start < lo or (after is not None and m.start <= after):
                return None
            actor = self.analysis.actor(m.actor_id) if m.actor_id is not None else None
            if actor is None or actor.kind not in _PERSON_KINDS or m.kind == "pronoun":
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            head = span.root
            verb = head.head
            if head.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX") or _in_quotation(self.text, m.start, lo):
                continue
            if not (verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")):
                continue
            mgender = self._gender(m.text.lower().split())
            if gender is not None and mgender is not None and mgender != gender:
                continue
            if gender is not None and mgender is None and not any(
                    t.pos_ == "PRON" and t.i > head.i and self._gender([t.lower_]) == gender
                    and next((a.i for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None) == verb.i
                    for t in verb.subtree):
                continue
            if gender is not None and self._told_otherwise(self._from_mention(m.text, m.start, m.end, m), gender, before):
                continue
            return m
        return None

    @staticmethod
    def _match_held(known: _Seen, gender: str | None, para: int) -> bool:
        """A speaker whose gender matches the pronoun's, told in the pronoun's own paragraph ``para``: it keeps
        the pronoun against a person told after it (in a speaker's own phrase, _newer_in_paragraph, or as
        the subject the paragraph goes on about, _paragraph_subject); one of an earlier paragraph does not."""
        return gender is not None and known.gender == gender and known.paragraph == para

    @classmethod
    def _newer_in_paragraph(cls, newer: _Seen, known: _Seen, gender: str | None, para: int) -> bool:
        """A person told in the pronoun's paragraph ``para``, after ``known``, a speaker whose gender matches the
        pronoun's told in an earlier one: the writer's "he said" follows the speaker just introduced."""
        return newer.kind == "person" and newer.paragraph == para and not cls._match_held(known, gender, para)

    def _apposed_name(self, head: "Token") -> "Token | None":
        """The proper name a described speaker is given in its own phrase: an apposition set off by
        commas ("his sister, Lucia Salgado, said", "the airline, Ariana, said") or a participle of
        naming ("the mission, known as MINUSMA,", "an alliance of rebel groups known as M23",
        "a group called the Patriotic Front"). The name is who speaks; the description only says
        what it is. None for a head that is itself a name or a pronoun ("Jana Novak, a spokeswoman")."""
        if head.pos_ != "NOUN":
            return None
        doc = self.doc
        # a body of others ("an alliance of rebel groups known as M23") is named by the name of its members' phrase;
        # not people of a place ("Residents of a village known as K": the residents speak, not K)
        owners = [head, *(o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" and p.i > head.i
                          and head.lemma_.lower() in self.cues.body_nouns
                          for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN")]
        for owner in owners:
            for c in owner.children:
                if c.i <= owner.i:
                    continue
                if (owner is head and c.dep_ == "appos" and doc[c.left_edge.i - 1].text == ","
                        and _proper_name(c) and all(t.pos_ in ("PROPN", "DET", "PUNCT") for t in doc[slice(*speaker_tokens(c))])
                        and self._names_head(head, c)):
                    return c
                if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _NAMING_VERBS:
                    for k in c.children:
                        name = next((o for o in k.children if o.dep_ == "pobj"), None) if k.dep_ == "prep" and k.lower_ == "as" \
                            else k if k.dep_ in ("oprd", "attr", "dobj") else None
                        if name is not None and _proper_name(name) and not self._place_name(head, name) and self._agrees(head, name):
                            return name
        return None

    def _names_head(self, head: "Token", name: "Token") -> bool:
        """Whether the apposition ``name`` names the described ``head`` itself. Not a place ("The mayor
        of the city, Lagos,"), nor a single name of a plural ("Residents of the town, Bama,"), nor, past a
        phrase of the head before the comma, anything but a person's name for a person's title whose
        phrase names no person ("The head of the agency, Fatou Diallo,"; not "The governor of the
        province, Kivu,", "The leader of the party, the PDP,", "The wife of the president, Ali Bongo,"):
        the parse hangs there on the head what names the phrase's object."""
        preps = [p for p in head.children if p.dep_ == "prep" and head.i < p.i < name.i]
        if self._place_name(head, name, after_phrase=bool(preps)) or not self._agrees(head, name):
            return False
        if not preps:
            return True
        if head.tag_ != "NN" or head.lemma_.lower() not in self.cues.person_roles or not self._person_name(name):
            return False
        return not any(self._person_word(o) for p in preps for o in p.subtree if o.dep_ == "pobj")

    def _place_name(self, head: "Token", name: "Token", *, after_phrase: bool = False) -> bool:
        """A name of a place that no coded body's mention claims ("The rebels, M23,": a group the NER
        took for a place): GPE, LOC or FAC to the NER, or, set off after a person or people ("The mayor
        of the town, Bama,"), a place the gazetteer knows. Not a person's name that some town also has
        ("His sister, Victoria,", "A woman named Maria"), unless a phrase of the head stands between."""
        if self._coded_body(name):
            return False
        if name.ent_type_ in ("GPE", "LOC", "FAC"):
            return True
        people = head.lemma_.lower() in self.cues.person_roles or head.tag_ == "NNS"
        if self._is_place is None or not people or (self._person_name(name) and not after_phrase):
            return False
        ns, ne = self._name_chars(name)
        return self._is_place(self.text[ns:ne])

    def _agrees(self, head: "Token", name: "Token") -> bool:
        """A plural description takes no single name but a body's ("The rebels, M23,"; not "Workers
        at the plant, Zaporizhzhia,")."""
        if head.tag_ != "NNS" or name.tag_ == "NNPS" or any(c.dep_ == "conj" for c in name.children):
            return True
        return self._coded_body(name) or name.ent_type_ in ("ORG", "NORP")

    def _coded_body(self, name: "Token") -> bool:
        """A name whose mention the actor stage coded as a body ("M23", "UNICEF")."""
        m = self.analysis.mention_at(name.idx, name.idx + len(name))
        return m is not None and m.actor_id is not None and m.kind == "name" and self.analysis.ref(m).code is not None

    def _person_name(self, name: "Token") -> bool:
        m = self.analysis.mention_at(name.idx, name.idx + len(name))
        return name.ent_type_ == "PERSON" or (m is not None and m.kind == "person")

    def _person_word(self, tok: "Token") -> bool:
        """A person's title or name ("the president", "Ruto")."""
        return (tok.pos_ == "NOUN" and tok.lemma_.lower() in self.cues.person_roles) or (tok.pos_ == "PROPN" and self._person_name(tok))

    def _by_name(self, name: "Token", text: str, start: int, end: int, head: "Token") -> tuple[Speaker, str, str | None, bool] | None:
        """The speaker named by ``name`` (:meth:`_apposed_name`) when the mention of a coded actor
        resolves the whole name, with the whole phrase as written; None when none does."""
        ns, ne = self._name_chars(name)
        mention = self._pick_mention(name, ns, ne)
        if mention is None or mention.actor_id is None or not self._covers_name(mention, ns, ne):
            return None  # (a surname alone: "The spokesman, Georgia Lee," is no 'Lee' of Georgia)
        ref = self.analysis.ref(mention)
        if not (ref.code or ref.sector):
            return None
        return self._from_mention(text, start, end, mention), self._named_kind(head, name, mention), self._head_gender(head), False

    def _covers_name(self, mention: "Mention", ns: int, ne: int) -> bool:
        """Whether ``mention`` covers the whole name in [ns, ne), but for a person's title before it
        ("Colonel Musa": 'Musa'; not "Georgia Lee": 'Lee', whose first name a state also has)."""
        if mention.end < ne:
            return False
        return all(t.lower_ in self.cues.person_roles or t.is_punct for t in self.doc if ns <= t.idx < mention.start)

    def _named_description(self, name: "Token", described: tuple[Speaker, str, str | None, bool],
                           head: "Token") -> tuple[Speaker, str, str | None, bool]:
        """The speaker named by ``name``, which no coded actor resolves, in a phrase that describes it:
        the name, with the codes of a mention inside it, else the code and sector of the description
        ("The company, Apex Mining," a business; "A resident of the village, Amina Bello," a civilian;
        before, the name alone left them none); the name's actor, else the description's."""
        found = described[0]
        ns, ne = self._name_chars(name)
        inner = self.analysis.mentions_in(ns, ne)
        role_sector = None
        if head.lemma_.lower() in self.cues.person_roles or self._person_name(name):
            # a person's name gives no code from a part of it ("The spokesman, Georgia Lee,": no GEO);
            # the description's own mention still tells the sector (the spokesman's GOV)
            inner = [m for m in inner if self._covers_name(m, ns, ne)]
            if (over := self.analysis.mention_at(head.idx, head.idx + len(head))) is not None:
                role_sector = over.sector
        code, sector = _codes_in(inner)
        own = code is not None or sector is not None
        if not own and found.sector is None:
            sector, own = role_sector, role_sector is not None
        mention = self._pick_mention(name, ns, ne)
        actor_id = mention.actor_id if mention is not None and mention.actor_id is not None else found.actor_id
        kind = self._named_kind(head, name, mention)
        speaker = Speaker(text=found.text, name=self.text[ns:ne], code=code if own else found.code, sector=sector if own else found.sector,
                          start=found.start, end=found.end, resolved=True, actor_id=actor_id)
        return speaker, kind, self._head_gender(head), False

    def _name_chars(self, name: "Token") -> tuple[int, int]:
        """The characters of the name headed by ``name``, without its determiner ("the PDP": "PDP")."""
        ni, nj = speaker_tokens(name)
        while ni < name.i and self.doc[ni].lower_ in _DETERMINERS:
            ni += 1
        return self.doc[ni].idx, self.doc[nj - 1].idx + len(self.doc[nj - 1])

    def _head_gender(self, head: "Token") -> str | None:
        """The gender a described speaker's words tell ("His sister": female; the owner's "his" aside)."""
        return self._gender([t.lower_ for t in self.doc[head.left_edge.i:head.i + 1] if not (t.dep_ == "poss" and t.pos_ == "PRON")])

    def _role_mention(self, m: "Mention") -> bool:
        """A description whose head noun is a person's title ("The hospital director"): a person,
        though the actor stage keeps it as a nominal; "it" never takes it ("The hospital director
        said S. It said ..." before gave the director's words to "it"). Not a title that also names a
        body (cues.yaml ``body_roles``: "the Britain-based monitor said S. It said ...": the monitor)."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        root = span.root
        lemma = root.lemma_.lower()
        return root.pos_ == "NOUN" and lemma in self.cues.person_roles and lemma not in self.cues.body_roles

    def _coded_apposition(self, head: "Token") -> bool:
        """An apposition or participle of ``head`` names a coded actor ("the mission, known as UNAMA,",
        "the agency, the UNHCR,"): the phrase is that actor, whom its mention resolves, not a description."""
        for c in head.children:
            if c.dep_ != "appos" and not (c.dep_ == "acl" and c.tag_ == "VBN"):
                continue
            lo, hi = c.left_edge, c.right_edge
            if any(m.actor_id is not None and self.analysis.ref(m).code
                   for m in self.analysis.mentions_in(lo.idx, hi.idx + len(hi))):
                return True
        return False

    def _same_sentence(self, a: int | None, b: int) -> bool:
        """Character offsets ``a`` and ``b`` lie in one sentence of the parse."""
        if a is None:
            return False
        ta = self.doc.char_span(a, a + 1, alignment_mode="expand")
        tb = self.doc.char_span(b, b + 1, alignment_mode="expand")
        return ta is not None and tb is not None and len(ta) > 0 and len(tb) > 0 and ta[0].sent.start == tb[0].sent.start

    @staticmethod
    def _compatible(kind: str, gender: str | None, plural: bool, want: str, want_gender: str | None, want_plural: bool) -> bool:
        """Number and kind agree: "he"/"she" a single person, "they"/"we" a body or a plural,
        "it" a single body ("Rescuers said the strike, which it described as ...": not the rescuers)."""
        if want == "person":
            return kind in ("person", "any") and (gender is None or want_gender is None or gender == want_gender) and not plural
        if want_plural:  # they / we: an organisation, a country or a group of people
            return kind in ("group", "any") or plural
        return kind in ("group", "any") and not plural

    def _named_kind(self, head: "Token", name: "Token", mention: "Mention | None") -> str:
        """The kind of a speaker a description names ("The spokesman, X,": a person by the title; else the name's kind)."""
        return "person" if head.lemma_.lower() in self.cues.person_roles else self._kind_of(name, mention)

    def _kind_of(self, head: "Token", mention: "Mention | None") -> str:
        if head.lemma_.lower() in self.cues.person_roles and head.pos_ == "NOUN":
            return "person"  # "the UN envoy": a person, though the mention is the organisation's
        if mention is not None:
            actor = self.analysis.actor(mention.actor_id)
            if mention.kind == "person" or (actor is not None and actor.kind in _PERSON_KINDS):
                return "person"
            if actor is not None and actor.kind in _GROUP_KINDS:
                return "group"
        if head.ent_type_ == "PERSON" or head.lemma_.lower() in self.cues.person_roles:
            return "person"
        if head.ent_type_ in ("ORG", "GPE", "NORP") or head.tag_ in ("NNS", "NNPS"):
            return "group"
        return "any" if head.pos_ == "PROPN" else "group"

    def _gender(self, words: list[str]) -> str | None:
        female = any(w in self.cues.female for w in words)
        male = any(w in self.cues.male for w in words)
        return "female" if female and not male else "male" if male and not female else None

    def _paragraph(self, pos: int) -> int:
        return bisect.bisect_right(self._paragraphs, pos) - 1

    @staticmethod
    def _copy(found: Speaker, text: str, start: int, end: int) -> Speaker:
        return Speaker(text=text, name=found.name, code=found.code, sector=found.sector, start=start, end=end,
                       resolved=found.resolved, actor_id=found.actor_id)

    @staticmethod
    def _unresolved(text: str, start: int, end: int) -> Speaker:
        return Speaker(text=text, name=None, code=None, sector=None, start=start, end=end, resolved=False)
