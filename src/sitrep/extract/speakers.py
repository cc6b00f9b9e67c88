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
    from spacy.tokens import Doc, Token

    from sitrep.extract.base import Analysis, Mention

__all__ = ["Cues", "load_cues", "speaker_tokens", "SpeakerResolver"]

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
            display_nouns=low("display_nouns"),
            disputing_verbs=low("disputing_verbs"),
            carrying_verbs=low("carrying_verbs"),
            summary_nouns=low("summary_nouns"),
            charging_words=low("charging_words"),
        )


def load_cues(path: str | None = None) -> Cues:
    """The cue lexicon from ``path`` or the packaged ``sitrep/data/cues.yaml``."""
    if path is None:
        text = resources.files("sitrep.data").joinpath("cues.yaml").read_text(encoding="utf-8")
    else:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    return Cues.from_dict(yaml.safe_load(text) or {})


def speaker_tokens(head: "Token") -> tuple[int, int]:
    """Token range [i, j) of the name phrase headed by ``head`` (no relative clauses, no comma appositions)."""
    doc = head.doc
    excluded: set[int] = set()
    for child in head.children:
        dep = child.dep_
        comma_appos = dep == "appos" and child.i > 0 and doc[child.left_edge.i - 1].text == ","
        if dep == "punct" and (_word_hyphen(child) or _between_modifiers(child, head)):
            continue  # "Al-Shabaab": a hyphen inside a name is part of it; "a tired, hungry resident" likewise the comma
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

    def __init__(self, analysis: "Analysis", cues: Cues, paragraph_starts: list[int]) -> None:
        self.analysis = analysis
        self.doc: Doc = analysis.doc
        self.text = analysis.article.text
        self.cues = cues
        self._paragraphs = paragraph_starts
        self._seen: list[_Seen] = []
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
        words = [t.lower_ for t in doc[i:j]]
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
            return self._statement_owner(head, i, j, text, start, end)

        conjuncts = [c for c in head.children if c.dep_ == "conj" and i <= c.i < j]
        if conjuncts:  # "Syria and Russia said": one speaker naming both
            first, *_ = self._resolve(head, i, min(c.left_edge.i for c in head.children if c.dep_ in ("cc", "conj")))
            rest = [self._resolve(c, *speaker_tokens(c))[0] for c in conjuncts]
            parts = [first, *rest]
            if all(p.resolved for p in parts):
                parties = [ActorRef(text=p.text, name=p.name, code=p.code, sector=p.sector, start=p.start, end=p.end,
                                    actor_id=p.actor_id) for p in parts]
                first.name = " and ".join(p.name or p.text for p in parts)
                # no one actor speaks for two: the parties carry their own codes, sectors and ids
                first.code = first.code if len({p.code for p in parties}) == 1 else None
                first.sector = first.sector if len({p.sector for p in parties}) == 1 else None
                first.actor_id = first.actor_id if len({p.actor_id for p in parties}) == 1 else None
                first.parties = parties
            first.text, first.start, first.end = text, start, end
            return first, "group", None, True
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
            if not any(t.pos_ == "PROPN" or t.ent_type_ for t in content):
                return self._unresolved(text, start, end), self._kind_of(head, None), gender, plural
        if not content:
            return self._unresolved(text, start, end), "any", gender, plural
        # a self-contained phrase ("A senior army official", "Reuters"): its own name
        inner = self.analysis.mentions_in(start, end)
        code = next((m.code for m in inner if m.code), None)
        sector = next((m.sector for m in inner if m.sector), None)
        name = self.text[content[0].idx : content[-1].idx + len(content[-1])]
        speaker = Speaker(text=text, name=name, code=code, sector=sector, start=start, end=end, resolved=True)
        return speaker, self._kind_of(head, None), gender, plural

    def _statement_owner(self, head: "Token", i: int, j: int, text: str, start: int, end: int) -> tuple[Speaker, str, str | None, bool]:
        """'the ministry statement', "the army's statement", 'a statement by X' -> the owner speaks."""
        owner: Token | None = None
        for child in head.children:
            if child.dep_ == "poss":
                owner = child
            elif child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
                owner = next((c for c in child.children if c.dep_ == "pobj"), owner)
        if owner is not None:
            oi, oj = speaker_tokens(owner)
            inner, kind, gender, plural = self._resolve(owner, oi, oj)
        else:
            mods = [t for t in self.doc[i:j] if t.i != head.i and t.lower_ not in _DETERMINERS and not t.is_punct and t.i < head.i]
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

    def _pick_mention(self, head: "Token", start: int, end: int) -> "Mention | None":
        inner = self.analysis.mentions_in(start, end)
        hs, he = head.idx, head.idx + len(head)
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
        return spoke if spoke is not None else self._named_body(start, head.i)

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
            hay = f"{seen.speaker.text} {seen.speaker.name or ''}".lower()
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
        ]
        # a speaker whose gender is known to match beats a more recent one of unknown gender, except
        # the speaker of the pronoun's own sentence ("X told reporters that ..., which he said ...")
        best = recent[0] if recent and self._same_sentence(recent[0].speaker.start, start) else \
            next((s for s in recent if gender is not None and s.gender == gender), recent[0] if recent else None)
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
            kind = "person" if (m.kind == "person" or (actor and actor.kind in _PERSON_KINDS)) else "group"
            mgender = self._gender(m.text.lower().split())
            mplural = m.text.endswith("s") and kind == "group" and m.kind in ("demonym", "nominal")
            if self._compatible(kind, mgender, mplural, want, gender, plural):
                return self._from_mention(text, start, end, m)
        return self._unresolved(text, start, end)

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
