"""Cue verbs and their frames: which verbs report speech, and the content each
construction gives them (complement clause, object frames, labels, adjacent and
parenthetical quotations, passives with an agent)."""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING

from sitrep.annotate.tokens import doc_tokens
from sitrep.extract.cue_model import verb_features, verb_object
from sitrep.extract.dates import past_perfect
from sitrep.extract.learned_cues import CLAUSE_RATE, NOUN_RATE, OBJECT_RATE
from sitrep.extract.lexicon import load_event_lexicon
from sitrep.extract.quotes.candidate import Candidate
from sitrep.extract.quotes.marks import MARKS, Quoted, direct_span
from sitrep.extract.quotes.subjects import SubjectFinder
from sitrep.extract.quotes.violence import physical_act
from sitrep.extract.speakers import name_end, name_word, speaker_tokens

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from sitrep.extract.cue_model import CueModel

__all__ = ["OBJECT_PREPS", "VerbFrames", "second_act", "takes_clause"]

OBJECT_PREPS = ("of", "for", "over", "about", "against", "in", "on", "to", "as")
# particles that keep a verb a speech act ("pointed out", "fired back", "weighed in"; not "called off")
_SPEECH_PARTICLES = frozenset({"out", "down", "back", "on", "in"})
_SEPARATORS = frozenset({":", ";", "—", "–", "--", "-"})  # clause separators a left complement does not cross
_NO_OBJECT = frozenset({"say", "tell", "add", "continue", "reply", "respond", "ask"})  # their object is no claim
LEAD_IN_MAX = 8  # tokens before a quotation that may still belong to its content
LEAD_IN_LONG = 40  # ... when the quotation opens lowercase, continuing the sentence before its marks
# prepositions that name what a cue phrase of verb and object is about or aimed at ("a shot at X", "the case for X")
_TARGET_PREPS = frozenset({"about", "against", "at", "for", "into", "on", "over", "to", "toward", "towards"})
_TIME_PREPS = frozenset({"on", "in", "at", "during", "for", "over"})  # prepositions that can date a statement
MODEL_OBJECT_RATE = 0.5  # a model cue whose verb and object the training news never paired takes the object from this rating
_UNSAID_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"})  # an object that says when or how much
_OBJECT_ONLY = frozenset({"deny", "admit", "confirm", "condemn", "regret", "claim", "accuse", "request"})
# the frames of ``_content`` a crowd's protest verb may still report: a clause ("Lawyers protested
# that ...") or a quotation (a quotation before the verb is taken before ``_content`` runs)
_SPOKEN_FRAMES = frozenset({"ccomp", "quote-after", "label-quote"})



@cache
def _harm_nouns() -> frozenset[str]:
    """Words for violence, disasters and accidents (events.yaml: attack nouns, fight nouns, natural
    hazards, accident heads): "the blast", "the floods", "the fighting" speak for nobody."""
    lex = load_event_lexicon()
    return frozenset({k for k, t in lex.nouns.items() if t.event == "ASSAULT"} | lex.fight_nouns
                     | lex.natural_hazards | lex.accident_heads)


def mute_subject(subject: "Token", also: frozenset[str] = frozenset()) -> bool:
    """A common noun of violence or disaster as the subject of a cue verb ("the blast claimed the
    lives of 12 people", "the floods have claimed 30 lives"): a toll or an effect, no statement
    (``also``: cues.yaml ``mute_subjects``, "the war")."""
    lemma = subject.lemma_.lower()
    return subject.pos_ == "NOUN" and not subject.ent_type_ and (lemma in _harm_nouns() or lemma in also)


def crowd_act(v: "Token", subject: "Token") -> bool:
    """A protest verb of the event lexicon ("protested", "demonstrated", "rallied") done by a crowd:
    a count ("thousands", "hundreds of students", "2,000 workers") or protesters, a mob or supporters
    (events.yaml ``plural_count_words``, ``protest_doers``, ``mob_doers``). "Thousands protested against
    rising prices" tells a protest, which the event stage codes; it is nobody's statement."""
    lex = load_event_lexicon()
    trigger = lex.verbs.get(v.lemma_.lower())
    if trigger is None or trigger.event != "PROTEST":
        return False
    lemma = subject.lemma_.lower()
    if subject.like_num or subject.lower_ in lex.plural_count_words or lemma in (lex.protest_doers or {}) or lemma in lex.mob_doers:
        return True
    return subject.tag_ in ("NNS", "NNPS") and any(
        (c.dep_ == "nummod" and c.like_num) or c.lower_ in lex.plural_count_words for c in subject.children)


def _split_question(v: "Token") -> tuple[int, int] | None:
    """Tokens [i, j) of a question the parse split after a cue ("wouldn't say when, or if, the troops
    would be withdrawn": "when" hangs on the cue, the clause after "or if" is a conjunct of it): from
    the question word right after the cue to the end of that clause; else None."""
    doc = v.doc
    if v.i + 1 >= len(doc):
        return None
    wh = doc[v.i + 1]
    if wh.head.i != v.i or wh.tag_ not in ("WRB", "WP") or wh.dep_ not in ("advmod", "dobj", "nsubj", "attr"):
        return None
    clause = next((c for c in v.children if c.dep_ == "conj" and c.i > wh.i and c.pos_ in ("VERB", "AUX")
                   and any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children)), None)
    if clause is None or any(t.dep_ in ("ccomp", "dobj") and wh.i < t.i < clause.left_edge.i for t in v.children):
        return None
    return wh.i, clause.right_edge.i + 1


def takes_clause(tok: "Token") -> bool:
    """``tok`` heads a complement clause with its own subject after it ("thinks (that) he will win")."""
    return any(c.dep_ == "ccomp" and c.i > tok.i and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
               for c in tok.children)


_FINITE = frozenset({"VBD", "VBZ", "MD"})  # not VBP: the tagger confuses it with the bare infinitive


def second_act(t: "Token") -> bool:
    """A finite verb coordinated, with no subject of its own, to an infinitive or a participle it
    cannot share ("vowed to keep X legal | and celebrated the ruling", "proposed banning X |
    and has gone further"): the speaker's next act, not more of the content. The test reads only
    ``t`` and its head. Two callers: :func:`_act_end` asks it of the words under the cue's own
    infinitive, where it is sound; the run's ``_nested`` asks it of each step up the head chain from
    a cue word after the content, where a "yes" only stops the content from running on over that cue.
    Deeper inside a complement clause the verb may share the clause's subject ("said she would like
    X to explain it but supports Y"), so a caller there must accept an early stop."""
    if t.dep_ != "conj" or t.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children):
        return False
    host = t.head
    infinitive = host.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in host.children)
    participle = host.tag_ == "VBG" and not any(c.dep_ in ("aux", "auxpass") for c in host.children)
    finite = t.tag_ in _FINITE or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE for c in t.children)
    return (infinitive or participle) and finite


def _nobody(subject: "Token") -> bool:
    """A subject that names no one ("No group has claimed responsibility", "nobody has commented",
    "none of the parties said"): nothing was said, and no speaker is there to remember. "No" before a
    number or a comparative bounds a count and names someone ("No 10 said", the British prime
    minister's office; "No fewer than 30 lawmakers said")."""
    if subject.lower_ in ("nobody", "none", "no-one"):
        return True
    no = next((c for c in subject.children if c.dep_ == "det" and c.lower_ == "no"), None)
    if no is None:
        return False
    if subject.lower_ == "one":
        return True  # "No one said"
    if subject.pos_ not in ("NOUN", "PROPN") or subject.like_num:
        return False
    return not any(t.like_num or t.lower_ in ("fewer", "more", "less") for t in subject.doc[no.i + 1:subject.i])


_PERCEPTION = frozenset({"see", "witness"})  # experience verbs that are also verbs of opinion ("sees X as Y")


def _experienced(v: "Token") -> bool:
    """The experience verb ``v`` tells what a place went through. "See" and "witness" do so only in
    the perfect or the progressive with a noun object ("has seen four coups", "is witnessing a surge");
    in the simple present they give a view ("Ukraine sees the proposal as a surrender", "France sees
    no reason to ..."): a stance, kept."""
    if v.lemma_.lower() not in _PERCEPTION:
        return True
    aspect = any(c.dep_ == "aux" and (c.lemma_.lower() == "have" or (c.lemma_.lower() == "be" and v.tag_ == "VBG"))
                 for c in v.children)
    obj = next((c for c in v.children if c.dep_ == "dobj"), None)
    if not aspect or obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "as" for c in (*v.children, *obj.children))


def _apposed(clause: "Token") -> bool:
    """A complement the parse hung on a cue after a comma that is no clause: a bare participle
    with no auxiliary over a noun phrase ("S, authorities said, the fourth reporter killed in the
    country this year"): an apposition to what was said, a reduced relative, not what was said."""
    doc = clause.doc
    lo = clause.left_edge.i
    return (clause.tag_ == "VBN" and lo > 0 and doc[lo - 1].text == ","
            and not any(c.dep_ in ("aux", "auxpass", "mark") for c in clause.children)
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") and c.i < clause.i for c in clause.children))


def _verbless(clause: "Token") -> bool:
    """A complement the parse hung on a cue after a comma that has no verb: an absolute or partitive
    phrase that adds to what was said before the cue ("Twelve people died, the ministry said, most of
    them children"), no statement of its own; the clause before the cue stays the content (before,
    "most of them children" was the content and "Twelve people died" was lost)."""
    doc = clause.doc
    lo = clause.left_edge.i
    return (clause.pos_ not in ("VERB", "AUX") and lo > 0 and doc[lo - 1].text == ","
            and not any(c.dep_ in ("cop", "aux", "auxpass", "mark") or c.pos_ in ("VERB", "AUX") for c in clause.children))


def _dated(prep: "Token") -> bool:
    """A preposition of time whose object is a date or a time ("on Tuesday", "in March", "for
    years"; not "about the decades they had spent")."""
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    return prep.lower_ in _TIME_PREPS and bool(objs) and all(g.ent_type_ in ("DATE", "TIME") for g in objs)


def _predicate(t: "Token") -> "Token | None":
    """The verb of the predicate ``t`` opens: a finite verb ("stalled"), or the verb of a finite
    auxiliary ("was rejected", "will open"), an adverb before either ("also stalled"); else None."""
    if t.pos_ == "ADV" and t.i + 1 < len(t.doc):
        t = t.doc[t.i + 1]
    if t.pos_ not in ("VERB", "AUX") or t.tag_ not in ("VBD", "VBZ", "VBP", "MD", "VBN"):
        return None
    return t.head if t.dep_ in ("aux", "auxpass") else t


def _closed_relative(v: "Token") -> bool:
    """``v`` heads a relative clause set off by a comma ("the plan, which the minister said would
    cut costs, ..."): what it reports ends where the clause does."""
    first = v.left_edge.i
    return v.dep_ == "relcl" and first > 0 and v.doc[first - 1].text == ","


def _tops(span: "Span") -> list["Token"]:
    """The span's words (no punctuation or space) whose heads lie outside it: where it hangs on the sentence."""
    return [t for t in span if not (t.is_punct or t.is_space) and not span.start <= t.head.i < span.end]


def _act_end(xcomp: "Token | None", end: int) -> int:
    """``end``, or earlier: where the speaker's next act coordinated inside ``xcomp`` starts."""
    if xcomp is None:
        return end
    return min([end] + [t.left_edge.i for t in xcomp.subtree if t.i > xcomp.i and second_act(t)])


# adverbs that invert the clause they open ("Only then will ...", "Never has ..."): a part of its content, no link
_INVERTING = frozenset({"only", "never", "nowhere", "not", "rarely", "seldom", "hardly", "scarcely", "little", "neither", "nor"})


def _connective(words: "Span | None") -> bool:
    """A connective that links a sentence to the last: adverbs or conjunctions alone ("However",
    "Still", "Even so", "And yet", by their tags) or a preposition with a
    bare common noun ("In fact", "In addition", "For example"). A phrase with its own content ("In
    cases of abortion", "On Monday", "In Syria") is more than that, and so is an adverb that
    inverts its clause ("Only then, the minister said, will the talks resume")."""
    toks = [t for t in words or [] if not (t.is_punct or t.is_space)]
    if not toks or any(t.lower_ in _INVERTING for t in toks):
        return False
    if all(t.pos_ in ("ADV", "CCONJ", "INTJ") for t in toks):
        return True
    return len(toks) == 2 and toks[0].pos_ == "ADP" and toks[1].pos_ == "NOUN" and toks[1].head.i == toks[0].i \
        and not any(True for _ in toks[1].children)


def _stray_that_clause(v: "Token", occasions: frozenset[str], clause_cues: frozenset[str],
                       occasion_preps: frozenset[str]) -> "Token | None":
    """The cue's complement clause that the parse hung as a relative clause on the statement noun
    of a preposition after it, the occasion of speaking ("told the Herald in an interview that they
    had fled": "that" marks the clause, which has its subject, so it describes no noun; cues.yaml
    ``statement_nouns``); else None. Not a noun's own clause ("despite a ruling that S"), nor a
    report reacted to ("reacted with anger to a report that S"): only after a cue that takes a clause
    (``clause_cues``: say, tell) and a preposition of the occasion (``occasion_preps``: "in an
    interview", "at a news conference", "in a statement")."""
    if v.lemma_.lower() not in clause_cues:
        return None
    for prep in v.children:
        if prep.dep_ != "prep" or prep.i < v.i or prep.lower_ not in occasion_preps:
            continue
        for t in prep.subtree:
            if t.dep_ == "relcl" and t.pos_ in ("VERB", "AUX") and t.head.dep_ == "pobj" and t.head.lemma_.lower() in occasions \
                    and any(c.dep_ == "mark" and c.lower_ == "that" and c.i < t.i for c in t.children) \
                    and any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.lower_ not in ("who", "which", "that") for c in t.children):
                return t
    return None


def _complement(noun: "Token") -> "Token | None":
    """The complement a noun heads after it: a preposition with its object ("concern about X"),
    a clause ("a warning that S") or an infinitive ("a plan to S"); not a date's preposition."""
    for c in noun.children:
        if c.i <= noun.i:
            continue
        if c.dep_ in ("acl", "ccomp"):
            return c
        if c.dep_ == "prep" and any(g.dep_ in ("pobj", "pcomp") and g.ent_type_ not in _UNSAID_ENTS for g in c.children):
            return c
    return None


def _acts_on_object(v: "Token", kinds: frozenset[str]) -> bool:
    """``v`` is a verb the event lexicon codes as an act of one of ``kinds`` (cues.yaml
    ``object_acts``: "blocked roads", "arrested students"), done to its object, not a speech act."""
    trigger = load_event_lexicon().verbs.get(v.lemma_.lower())
    return trigger is not None and not trigger.speech and trigger.event in kinds


class VerbFrames(SubjectFinder):
    """Candidates proposed by cue verbs."""

    learned: dict[str, float]
    learned_clauses: dict[str, float]
    cue_model: "CueModel | None"
    learned_nouns: dict[str, float]
    model_cues: set[int]
    described: set[int]  # "according" phrases that end a description of the speaker (nonverbal.py ``_according``)
    summary_nouns: set[int]  # claim nouns that sum up the clause before them (nonverbal.py ``_claim_summaries``)
    read_nouns: set[int]  # texts whose words a "read:" frame took (asides.py ``_statement_reads``)
    closed: set[int]  # relative cues whose content ends with their clause (``_relative_close``)
    cue_rate: float
    keep_nested: bool
    _phrase_verbs: frozenset[str]
    _frame: str

    def _cue_tokens(self) -> Iterator["Token"]:
        verbs = self.cues.verbs
        labels = self.cues.label_verbs
        for tok in doc_tokens(self.doc):
            if tok.lower_ == "according" and tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].lower_ == "to":
                yield tok
            elif tok.pos_ == "VERB":
                lemma = tok.lemma_.lower()
                if name_word(tok):
                    continue  # "the Group to Support Islam and Muslims": a word of a name in title case, no cue
                if physical_act(tok):
                    continue  # "gunmen attacked a police post", "a missile slammed into": a blow, no statement
                if lemma in verbs or lemma in labels:
                    yield tok
                elif lemma not in self._phrase_verbs and self.learned.get(lemma, 0.0) >= self.cue_rate:
                    yield tok  # the hand lexicon owns its phrase verbs ("expressed regret" marks a stance)
                elif self.keep_nested and self.learned_clauses.get(lemma, 0.0) >= CLAUSE_RATE and takes_clause(tok):
                    yield tok  # an attitude verb over a clause ("X thinks S"), for the filter to judge
                elif self.keep_nested and self.cue_model is not None and not self._inside_quote(tok.idx) and self.cue_model.is_cue(tok):
                    self.model_cues.add(tok.i)
                    yield tok  # a verb that is a cue in this context ("made clear that", "called for"), for the filter to judge

    def _verb(self, v: "Token") -> list[Candidate]:
        lemma = v.lemma_.lower()
        if any(c.dep_ == "prt" and c.lower_ not in _SPEECH_PARTICLES for c in v.children) or self._phrasal_act(v, lemma):
            return []  # "called off", "called in air strikes": an act, not a statement
        if any(c.dep_ == "dobj" and (lemma, c.lemma_.lower()) in self.cues.act_phrases for c in v.children):
            return []  # "claimed the lives of five villagers": a toll
        if (lemma in self.cues.place_verbs and any(c.dep_ == "dobj" and self._place_object(c) for c in v.children)
                and not any(c.dep_ == "prep" and c.lower_ == "as" for c in v.children)):
            return []  # "rebels claimed the town": ground taken, nothing said (not "claims the island as its own")
        if self.cues.verbs.get(lemma) == "deny" and any(c.dep_ == "dobj" and self._person_object(c) for c in v.children):
            return []  # "dismissed the prime minister": an official removed, nothing said denied
        if self._topic_described(v):
            return []  # "a journalist who reported on drug cartels": what the person does, nothing said
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children):
            return self._passive(v) if self.keep_nested and v.i not in self.model_cues else []
        subject = self._subject(v)
        if subject is None and v.dep_ in ("ROOT", "ccomp") and v.i > 0 and self.doc[v.i - 1].pos_ in ("PROPN", "NOUN"):
            subject = self._fallback_subject(v)  # the parser missed the subject right before the verb
        inverted = subject is None
        if inverted:
            subject = self._inverted_subject(v)  # '"...," said Jane Roe, half joking'
        if subject is None:
            return []
        if subject.i < v.i and self._para(subject.idx) != self._para(v.idx):
            subject = self._fallback_subject(v)
            if subject is None:
                return []
        subject = self._displaced(subject, v) or subject
        if mute_subject(subject, self.cues.mute_subjects) or _nobody(subject):
            return []
        if self._recording_out(v, subject):
            return []  # "Videos posted online showed ...": how the recording came out, no statement
        if lemma in self.cues.experience_verbs and self._place_subject(subject) and not takes_clause(v) and _experienced(v):
            return []  # "Guinea-Bissau has seen four coups": what happened in a place, nothing it said
        shown = self._shown_on(subject)
        if shown is not None:  # 'Protesters carried banners reading "Free them all"': the carriers speak
            subject = self._carrier(shown) or shown
        # a partitive pronoun speaks with its phrase ("some of the delegates", "both of whom")
        partitive = subject.pos_ == "PRON" and any(c.dep_ == "prep" and c.lower_ == "of" and c.i > subject.i for c in subject.children)
        subj_span = speaker_tokens(subject) if subject.pos_ != "PRON" or partitive else (subject.i, subject.i + 1)
        if subject.dep_ == "nsubj" and name_word(subject.head) and subject.i < subject.head.i:
            subj_span = (subj_span[0], name_end(self.doc, subject.head.i))  # "the Group to Support Islam and Muslims (JNIM)"
        partner = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < subject.i), None)
        if partner is not None and self._broken_pair(partner, subject):
            # "Foreign Minister A and US Secretary of State B said": the parse made each a subject of its own; the
            # phrase names both, and the speaker stage finds the first party before the "and" (``_buried_pair``)
            subj_span = (speaker_tokens(partner)[0], subj_span[1])
        stance = self.cues.verbs.get(lemma, "neutral")
        cue = (v.idx, v.idx + len(v))
        if v.i + 1 < len(self.doc) and self.doc[v.i + 1].dep_ == "prt" and self.doc[v.i + 1].head.i == v.i:
            cue = (v.idx, self.doc[v.i + 1].idx + len(self.doc[v.i + 1]))  # "pointed out"
        k = v.i  # auxiliaries, negation and adverbs right before the verb belong to the cue ("has not said")
        while k - 1 > subj_span[1] - 1 and self.doc[k - 1].head.i == v.i and self.doc[k - 1].dep_ in ("aux", "neg", "advmod") and k - 1 != subject.i:
            k -= 1
        if k < v.i and self.doc[k].i > subject.i:
            cue = (self.doc[k].idx, cue[1])
        region = (min(self.doc[subj_span[0]].idx, v.idx), max(self.doc[subj_span[1] - 1].idx + len(self.doc[subj_span[1] - 1]), cue[1]))
        out: list[Candidate] = []

        def make(content: tuple[int, int], kind: str, st: str = stance, segs: list[Quoted] | None = None, frame: str = "") -> Candidate:
            if content[0] < region[0] and region[1] < content[1]:  # "which he said was needed": no cue inside
                after = self.text[region[1]:content[1]]
                content = (content[1] - len(after.lstrip(" ,")), content[1])
            return Candidate(v, cue, subject, subj_span, content, kind, st, None, segs or [], frame)

        if shown is not None and (words := self._segment_after(v, cue[1])) is not None and words not in self.used:
            shown_words = [words]  # the words on the banner, and no more of the sentence; each of its
            k = self.quoted.index(words) + 1  # slogans joined to the first ('reading "Free them all" and "End the war"')
            while k < len(self.quoted) and re.fullmatch(r"\s*(,|,?\s*(and|or))\s*", self.text[shown_words[-1].close:self.quoted[k].open]) \
                    and self.quoted[k] not in self.used:
                shown_words.append(self.quoted[k])
                k += 1
            self.used.update(shown_words)
            return [Candidate(v, cue, subject, subj_span, direct_span(self.text, q), "direct", stance, None, [q], "display") for q in shown_words]
        before = self._segment_before(region[0])
        if before is not None and (before in self.used or self._named(before)):
            before = None
        # a complement the parser hung on the cue from an earlier paragraph (often a quote closing it) is no content
        ccomp = next((c for c in v.children if c.dep_ == "ccomp" and self._para(c.right_edge.idx) == self._para(v.idx)), None)
        if ccomp is not None and ccomp.i < v.i and before is None and self._separated(ccomp.right_edge.i, min(subj_span[0], k)):
            ccomp = None  # 'The story never ran; my editor argued ...': a clause before a colon, semicolon or dash is not what the cue reports
        if ccomp is not None and ccomp.i < v.i and any(c.dep_ == "ccomp" and c.i > v.i and not _apposed(c) and not _verbless(c)
                                                       for c in v.children):
            # 'This spring, as he took over the campaign, X told friends that S': the cue reports the clause after it; the
            # one before is an adverbial the parse took for a second complement (PolNeAR train: the clause after is the
            # annotated content 104 times in 147, the one before 25)
            ccomp = None
        if ccomp is not None and ccomp.i < v.i and before is None and v.i not in self.model_cues:
            if self._inside_quote(ccomp.idx) and self._inside_quote(ccomp.right_edge.idx):
                return []
            span = self._clause(ccomp)
            if span and ccomp.left_edge.i < subj_span[0] <= ccomp.right_edge.i:
                # the speaker the parse hung inside the clause it reports ("S when it hit a mine, the mission, known
                # as M, said"): the content ends before it
                span = self._tokens(ccomp.left_edge.i, subj_span[0], v.idx)
            if not span:
                return []
            rest = self._parenthetical(v, subj_span, skip_left=True)  # 'It was, he said, "a stone ..."'
            return [make(*self._typed(span, stance)[:2], frame="ccomp-left")] + [make(sp, kd, st, sg, "parenthetical") for sp, kd, st, sg in rest]
        if before is not None:
            self.used.add(before)
            lead = self._lead_in(before)
            if lead is not None:  # 'Biden "has a lot of roles to play," she said': the words before the marks are content too
                out.append(make((lead, before.close), "mixed", segs=[before], frame="quote-before"))
            else:
                out.append(make(direct_span(self.text, before), "direct", segs=[before], frame="quote-before"))
        self._frame = ""
        if v.i in self.model_cues:
            # the model's cues (outside both cue tables) take a quotation next to them, a clause opened by
            # "that", "whether" or "if", or the object of their phrase only: their other frames bound
            # content poorly (PolNeAR train)
            after = self._segment_after(v, region[1]) if not out else None
            clause = next((c for c in v.children if c.dep_ == "ccomp" and c.i > v.i), None)
            if clause is not None and not any(g.dep_ == "mark" and g.lower_ in ("that", "whether", "if") for g in clause.children):
                clause = None  # a bare complement ("allowed the farmers to sell") is seldom a statement
            if after is not None:
                self.used.add(after)
                out.append(make(direct_span(self.text, after), "direct", segs=[after], frame="quote-after"))
            elif not out and clause is not None and takes_clause(v) and (span := self._clause(clause)):
                out.append(make(*self._typed(span, stance), "ccomp"))  # "made the case that S"
            elif not out and not crowd_act(v, subject) and (phrase := self._phrase_object(v)) is not None:
                span, cue_end = phrase
                sp, kd, st, sg = self._typed(span, stance)
                out.append(Candidate(v, (cue[0], cue_end), subject, subj_span, sp, kd, st, None, sg, "phrase-object"))
            elif not out and not crowd_act(v, subject) and (span := self._model_object(v)) is not None:
                out.append(make(*self._typed(span, stance), "model-object"))  # "made a commitment to S"
            return [c for c in out if c.content[1] <= v.idx] if inverted else out
        crowd = crowd_act(v, subject)
        content = self._content(v, lemma, region)
        if content is not None and not (crowd and self._frame not in _SPOKEN_FRAMES):
            out.extend(make(span, kind, st, segs, self._frame) for span, kind, st, segs in content)
        if crowd:  # a crowd's protest reports only a clause or a quotation, never what it protested against
            return out
        if not out:
            parts = self._parenthetical(v, subj_span, skip_left=False)
            out.extend(make(span, kind, st, segs, "parenthetical") for span, kind, st, segs in parts)
        elif not inverted and v.dep_ == "parataxis" and len(out) == 1 and out[0].frame in ("quote-before", "quote-after"):
            out.extend(make(span, kind, st, segs, "parenthetical") for span, kind, st, segs in self._other_side(v, subj_span, region, out[0]))
        if inverted:  # the words after the verb are the speaker's, only the quotation before it is content
            return [c for c in out if c.content[1] <= v.idx]
        if not out and self.keep_nested:  # filtered runs: the rest of the predicate, for the filter to judge
            right = [c for c in v.children if c.dep_ not in ("punct", "advmod", "npadvmod", "cc", "conj", "dep", "prt", "dative")
                     and c.idx >= region[1] and not (c.dep_ == "prep" and _dated(c))]  # (a date is when, not what)
            if right:
                span = self._tokens(min(c.left_edge.i for c in right), max(c.right_edge.i for c in right) + 1, v.idx)
                if span:
                    sp, kd, st, sg = self._typed(span, stance)
                    out.append(make(sp, kd, st, sg, "rest"))
        return out

    def _shown_on(self, subject: "Token") -> "Token | None":
        """The banner, placard or sign (cues.yaml ``display_nouns``) a cue's subject is ("banners
        reading ...", "signs saying ...", "banners that read ..."), else None."""
        noun = subject
        if noun.lower_ in ("that", "which") and noun.head.dep_ == "relcl":
            noun = noun.head.head
        return noun if noun.pos_ == "NOUN" and noun.lemma_.lower() in self.cues.display_nouns else None

    def _carrier(self, shown: "Token") -> "Token | None":
        """Who carries, waves or holds up the banner ``shown``: the subject of the verb it is the
        object of ("Protesters carried banners reading ...") or that takes it "with" ("Workers
        marched with placards saying ..."); they say what it reads, as a body says what its
        statement says. None when the text names no one (the banner itself speaks then, as
        "the letter said" does)."""
        t = shown
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head  # "flags and banners reading ..."
        if t.dep_ == "dobj" and t.head.pos_ == "VERB":
            verb = t.head
        elif t.dep_ == "nsubj" and t.head.dep_ in ("ccomp", "xcomp") and t.head.head.pos_ == "VERB" and t.head.head.i < t.i:
            verb = t.head.head  # 'Demonstrators waved banners reading ...': the parse made the banner the participle's subject
        elif t.dep_ == "pobj" and t.head.lower_ == "with" and t.head.head.pos_ == "VERB":
            verb = t.head.head
        else:
            return None
        prt = next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")
        if verb.lemma_.lower() not in self.cues.carrying_verbs and f"{verb.lemma_.lower()} {prt}" not in self.cues.carrying_verbs:
            return None  # 'Police confiscated placards reading ...': who takes a banner away does not say its words
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ == "pobj" and self._place_object(verb.head):
            # "marched through the capital carrying placards": the parse hung the participle on the place
            prep = verb.head.head
            verb = prep.head if prep.dep_ == "prep" and prep.head.pos_ == "VERB" else verb
        carrier = self._subject(verb)
        return carrier if carrier is not None and carrier.pos_ in ("NOUN", "PROPN", "PRON") and mute_subject(carrier) is False else None

    def _phrasal_act(self, v: "Token", lemma: str) -> bool:
        """The verb and the particle right after it act (cues.yaml ``phrasal_acts``: "called in air
        strikes", "called in the ambassador"). The parse often takes the particle for a preposition;
        as one it still opens the place or the statement a cue speaks in ("called in a speech for
        calm", "in the statement"), which keeps the cue."""
        doc = self.doc
        nxt = doc[v.i + 1] if v.i + 1 < len(doc) else None
        if nxt is None or nxt.head.i != v.i or f"{lemma} {nxt.lower_}" not in self.cues.phrasal_acts:
            return False
        if nxt.dep_ == "prt" or nxt.tag_ == "RP":
            return True
        obj = next((c for c in nxt.children if c.dep_ == "pobj"), None)
        return (nxt.dep_ == "prep" and obj is not None and obj.lemma_.lower() not in self.cues.statement_nouns
                and obj.ent_type_ not in ("GPE", "LOC", "FAC", "ORG")
                and not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in obj.children))

    def _phrase_object(self, v: "Token") -> tuple[tuple[int, int], int] | None:
        """A cue phrase of verb, object and preposition ('took a shot at X', 'made the case for
        X') or verb and preposition ('would vote for X'): the preposition's object as content,
        and where the phrase ends (PolNeAR annotates the whole phrase as the cue). None when the
        verb has an object without a target preposition right after it."""
        dobj = next((c for c in v.children if c.dep_ == "dobj" and c.i > v.i), None)
        # the preposition right after the verb or its object ("vote for", "a shot at"; not "... in 1999"),
        # hung on the object or on the verb
        after = dobj.right_edge.i + 1 if dobj is not None else v.i + 1
        prep = next((c for c in (dobj.children if dobj is not None else ()) if c.dep_ == "prep" and c.i == dobj.i + 1), None)
        if prep is None:
            prep = next((c for c in v.children if c.dep_ == "prep" and c.i == after), None)
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if pobj is None or (dobj is not None and prep.lower_ not in _TARGET_PREPS):
            return None  # "the release of X", "a series of X": the object phrase is the content
        if dobj is not None and self.learned_nouns.get(dobj.lemma_.lower(), 0.0) >= NOUN_RATE:
            return None  # "have serious doubts about X": the noun cue's own frame speaks for the subject
        if dobj is not None and not self._cue_pair(v, dobj):
            return None  # a verb and object the training news never used as a cue ("threw stones at")
        span = self._tokens(pobj.left_edge.i, pobj.right_edge.i + 1, v.idx)
        return (span, prep.idx + len(prep)) if span else None

    def _cue_pair(self, v: "Token", dobj: "Token") -> bool:
        """The cue model weighs this verb and object as a cue (a positive weight for the pair)."""
        return self.cue_model is not None and self.cue_model.weights.get(verb_object(v, dobj), 0.0) > 0.0

    def _model_object(self, v: "Token") -> tuple[int, int] | None:
        """The object phrase after a verb the cue model proposed, as its content ("made no mention
        of X", "made a commitment to S"): PolNeAR annotates the object of such a verb as what was
        said (train, before the filter: about half of these contents equal an annotated one). Not
        a pronoun, a date or a number: those say when or how much, not what. Only an object that
        heads a complement ("a commitment to S", "a warning that S", "no mention of Y"): a bare
        object ("made a decision") seldom has PolNeAR's exact edges. Not after an act of the event
        lexicon (cues.yaml ``object_acts``: "blocked roads leading to X" tells what was blocked)
        nor after a means verb (cues.yaml ``means_verbs``: "has the backing of X")."""
        dobj = next((c for c in v.children if c.dep_ == "dobj" and c.i > v.i), None)
        if dobj is None or dobj.pos_ not in ("NOUN", "PROPN") or dobj.ent_type_ in _UNSAID_ENTS or self.cue_model is None:
            return None
        if _acts_on_object(v, self.cues.object_acts):
            return None  # "Angry Kenyans blocked roads leading to the airport": what was blocked, nothing said
        if v.lemma_.lower() in self.cues.means_verbs:
            return None  # "has the backing of X", "took a closer look at Y": a means or a possession, seldom what was said
        if _complement(dobj) is None:
            return None
        # a verb and object seen as a cue in the training news, or a pair never seen there with a
        # verb the model is sure of (not "threw stones at police")
        pair = verb_object(v, dobj)
        if pair in self.cue_model.weights:
            if self.cue_model.weights[pair] <= 0.0:
                return None
        elif self.cue_model.probability(verb_features(v)) < MODEL_OBJECT_RATE:
            return None
        return self._tokens(dobj.left_edge.i, dobj.right_edge.i + 1, v.idx)

    def _lead_in(self, q: Quoted) -> int | None:
        """Where the sentence starts when a few words of it lead into quotation ``q`` (its
        subject: 'The new plans "will not solve ..."'); None when the quotation opens the sentence
        or the words before it are a clause of their own (a verb, a comma, a colon, another quotation).
        A quotation that opens lowercase right after the words continues their clause: it takes
        the sentence back to its start, verbs and commas included ('The party should expand
        "as fast as possible," she said')."""
        ps = self._para_bounds(q.open)[0]
        words = self.doc.char_span(ps, q.open, alignment_mode="contract")
        if words is None or not len(words):
            return None
        k = None
        for t in reversed(words):
            if self._ends_sentence(t):
                break
            k = t
        if k is None:
            return None
        lead = self.doc[k.i:words.end]
        if self._continues(q) and lead[-1].text != ",":  # 'Clinton, though, would have to "go more to center," he said': the sentence is the content
            if len(lead) > LEAD_IN_LONG or any(t.text in MARKS or t.text in ":;()—–-" for t in lead):
                return None
        elif len(lead) > LEAD_IN_MAX or any(t.pos_ == "VERB" or t.text in MARKS or t.text in ",:;()—–-" for t in lead):
            return None
        return k.idx

    def _continues(self, q: Quoted) -> bool:
        """The quotation opens on a lowercase word: a fragment that continues the sentence its
        marks stand in (a bracketed insertion or an ellipsis first is skipped). PolNeAR train,
        such a fragment with words before it and the cue after: the annotated content starts at
        the sentence 66 times, at the marks once (the words may hold a verb and commas)."""
        head = self.text[q.start:q.end].lstrip("[.…  ")
        return bool(head) and head[0].islower()

    def _separated(self, i: int, j: int) -> bool:
        """A colon, semicolon or dash between token ``i`` and token ``j`` (a clause boundary no cue reaches across)."""
        return any(self.doc[t].text in _SEPARATORS for t in range(i + 1, j))

    def _passive(self, v: "Token") -> list[Candidate]:
        """'The plan was criticised by the union' -> the union speaks of the plan (filtered runs only)."""
        if v.lemma_.lower() in self.cues.quoted_as:
            return []  # "X was quoted by Y as saying": X speaks, through the 'as saying' frame
        agent = next((c for c in v.children if c.dep_ == "agent"), None)
        by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        theme = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
        if by is None or theme is None or theme.pos_ == "PRON" or self._para(theme.idx) != self._para(v.idx):
            return []
        span = self._tokens(theme.left_edge.i, theme.right_edge.i + 1)
        if not span:
            return []
        span, kind, stance, segs = self._typed(span, self.cues.verbs.get(v.lemma_.lower(), "neutral"))
        return [Candidate(v, (v.idx, v.idx + len(v)), by, speaker_tokens(by), span, kind, stance, None, segs, "passive")]

    def _parenthetical(self, v: "Token", subj_span: tuple[int, int], *, skip_left: bool) -> list[tuple[tuple[int, int], str, str, list[Quoted]]]:
        """A cue clause set off by commas inside or after its content: '..., she said.',
        'But, he said, officials should be vigilant.' -> the sentence around it."""
        doc = self.doc
        lo = min(subj_span[0], v.i)
        hi = max(subj_span[1], v.i + 1)
        if subj_span[0] > v.i:  # '..., said Jane Roe, the party's treasurer.': the apposition is the speaker's, not content
            for t in doc[subj_span[0]:subj_span[1]]:
                hi = max([hi] + [c.right_edge.i + 1 for c in t.children if c.dep_ in ("appos", "relcl", "acl") and c.i >= subj_span[1]])
        while hi < len(doc) and doc[hi].dep_ in ("advmod", "npadvmod") and doc[hi].head.i == v.i and doc[hi].i == hi:
            hi += 1
        k = lo - 1
        while k >= 0 and doc[k].is_space:
            k -= 1
        if k < 0:
            return []
        if doc[k].text in MARKS and k > 0 and doc[k - 1].text == ",":
            k -= 1
        elif doc[k].text != ",":
            return []
        sent = v.sent
        start = sent.start
        # the sentence may open with a quotation the parser split off
        ps = self._para_bounds(v.idx)[0]
        while start > 0 and doc[start - 1].idx >= ps and not self._ends_sentence(doc[start - 1]):
            start -= 1
        stance = self.cues.verbs.get(v.lemma_.lower(), "neutral")
        left = self._tokens(start, k, v.idx) if k > start else None  # (in the cue's paragraph: the parser may run a sentence across a line break)
        right = None
        # '..., the group said, adding that ...': a participle hung on the cue is the speaker's next act
        # (a cue of its own, or how the speaker spoke: "citing witnesses"), not more of this content
        participle = (hi + 1 < len(doc) and doc[hi + 1].tag_ == "VBG" and doc[hi + 1].head.i == v.i) \
            or self._absolute_speech(hi + 1, sent.end)
        if hi < sent.end - 1 and doc[hi].text == "," and sent.end - hi > 3 and not participle \
                and not self._describes(subj_span, hi + 1, sent.end) and not self._apposition(hi + 1, sent.end):
            right = self._tokens(hi + 1, sent.end, v.idx)
        if right is not None and any(hi < n < sent.end and not any(t.text == "," for t in doc[hi + 1:n]) for n in self.summary_nouns):
            narrated = True  # 'S, the army said, a claim the rebels denied': the claim noun sums up S for another speaker
        elif right is not None and k > start and (further := self._further_speech(hi + 1, sent.end)) is not None \
                and (speaker := self._subject(v)) is not None:
            # '..., the official said, before adding that S': the speaker's next statement, a cue of its own that
            # speaks for this cue's subject (the parse gives it the host clause's subject, "The bridge ... adding")
            self.lent[further.i] = speaker
            narrated = True
        else:
            narrated = right is not None and k > start and self._narration(hi + 1, sent.end)
        if narrated:  # 'Five people were killed, officials said, as rescuers dug ...': the scene, not what was said;
            right = None  # a summing claim noun or the speaker's next statement: not this content either
        if skip_left:  # the left part is already a candidate: only the words after the cue clause
            return [self._typed(right, stance)] if right and left else []
        if left is None and right is not None:
            return [self._typed(right, stance)]  # 'But, he said, it is ...': a conjunction alone before the cue clause
        if left is None or (right is None and k - start < 3 and not narrated):
            return []  # (a short left part stands with narration after the cue clause: 'Nobody died, police said, while ...')
        if self._modifies(v, start, k):  # 'Asked if ..., he said no': the cue's own adverbial, not its content
            left = None
            if right is None:
                return []
        elif right is not None and v.dep_ == "parataxis" and v.head.i >= hi and _connective(doc[start:k]) \
                and self._modifies(v.head, start, k):
            left = None  # 'However, the minister said, S', 'In fact, she said, S': the host clause's connective, no content of its own
        return [self._typed(span, stance) for span in (left, right) if span]

    def _recording_out(self, v: "Token", subject: "Token") -> bool:
        """A participle right after a recording that tells how it came out ("Videos posted online
        showed", "Footage shared on social media showed"; cues.yaml ``evidence_nouns`` and
        ``release_verbs``), which the parse may take for the clause's verb: no speech act."""
        return (subject.pos_ == "NOUN" and subject.lemma_.lower() in self.cues.evidence_nouns and v.i == subject.i + 1
                and v.lemma_.lower() in self.cues.release_verbs)

    def _absolute_speech(self, i: int, j: int) -> bool:
        """Tokens [i, j) open with an absolute phrase of speech: a noun phrase and a participle of
        the lexicon's speech verbs it is the subject of ("..., the agency said, its teams adding that
        more were missing"). Its speaker's next statement, a cue of its own, no more of this content."""
        doc = self.doc
        for t in doc[i:min(j, i + 8)]:
            if t.tag_ == "VBG" and t.lemma_.lower() in self.cues.verbs and not any(c.dep_ in ("aux", "auxpass") for c in t.children):
                return any(c.dep_ == "nsubj" and c.left_edge.i == i for c in t.children)
            if t.pos_ in ("VERB", "AUX") or t.is_punct:
                return False
        return False

    def _apposition(self, i: int, j: int) -> bool:
        """Tokens [i, j) after a cue clause are a noun phrase set beside what was said, no clause
        of its own ("..., authorities said, the fourth reporter killed this year"; "..., police
        said, the worst attack in a decade"): every word that hangs outside them is a noun or a
        bare participle over one (:func:`_apposed`)."""
        span = self.doc[i:j]
        tops = [t for t in _tops(span) if not (t.is_punct or t.is_space)]
        return bool(tops) and all(t.pos_ in ("NOUN", "PROPN") or _apposed(t) for t in tops)

    def _further_speech(self, i: int, j: int) -> "Token | None":
        """The speech verb of the lexicon that opens tokens [i, j) as a participle with no subject of
        its own after "before", "after", "while", "when" (cues.yaml ``narration_marks``): "..., he said,
        before insisting that S", "..., she said, after admitting that S"; else None."""
        words = [t for t in self.doc[i:j] if not (t.is_punct or t.is_space)]
        if len(words) < 2 or words[0].lower_ not in self.cues.narration_marks or words[0].lower_ == "as":
            return None
        verb = words[1]
        if verb.tag_ != "VBG" or verb.lemma_.lower() not in self.cues.verbs or verb.head.i != words[0].i \
                or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for c in verb.children):
            return None
        return verb

    def _narration(self, i: int, j: int) -> bool:
        """Tokens [i, j), after a cue clause set off inside its sentence, are the reporter's
        narration (cues.yaml ``narration_marks``): the speaker's next act, a participle with no
        subject of its own after "before", "after", "while", "when" ("..., he said, before leaving
        the building"), or the scene, a clause in the past after "as" ("..., officials said, as
        rescuers dug through the rubble") or in the past progressive after "while" ("..., police
        said, while firefighters were still searching")."""
        doc = self.doc
        words = [t for t in doc[i:j] if not (t.is_punct or t.is_space)]
        if not words:
            return False
        first = words[0]
        if first.lower_ == "even" and len(words) > 1 and words[1].lower_ == "as":
            first = words[1]
        if first.lower_ not in self.cues.narration_marks:
            return False
        if first.dep_ == "prep":
            verb = next((c for c in first.children if c.dep_ == "pcomp"), None)
        else:
            verb = first.head if first.dep_ == "mark" and first.head.pos_ in ("VERB", "AUX") else None
        if verb is None:
            return False
        if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            # the speaker's own act: a participle with no subject or auxiliary ("before leaving", "while touring");
            # a speech verb of the lexicon is the speaker's further speech ("before insisting that S"), no narration
            return verb.tag_ == "VBG" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) \
                and verb.lemma_.lower() not in self.cues.verbs
        aux_past = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD"]
        if first.lower_ == "as":
            if verb.lemma_.lower() == "do":
                return False  # "The plan will fail, she said, as it did last year": a comparison she draws
            return verb.tag_ == "VBD" or (bool(aux_past) and all(c.lemma_ == "be" for c in aux_past))
        if first.lower_ in ("while", "whilst"):
            return verb.tag_ == "VBG" and any(c.lemma_ == "be" for c in aux_past)
        return False

    def _named(self, q: Quoted) -> bool:
        """A quotation that is the object of a preposition before it ('on ABC's "This Week,"
        Trump said'): a title named in the sentence, not words the speaker says."""
        span = self.doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        tops = _tops(span)
        return bool(tops) and all(t.dep_ == "pobj" and t.head.i < span.start for t in tops)

    def _other_side(self, v: "Token", subj_span: tuple[int, int], region: tuple[int, int],
                    quote: Candidate) -> list[tuple[tuple[int, int], str, str, list[Quoted]]]:
        """A cue clause that interrupts its sentence (the parser hangs it on the host's verb as
        parataxis) splits one content in two: 'That, the panel said, "would help."', '"Only
        you," she said, would do that.' A quotation on one side is taken by the quote frames;
        the words on the other side, to the sentence's edge, are the rest of the content when the
        two are one clause: the words before hang on a verb inside a quotation that goes on
        from them in lowercase (not a connective: 'Still, he said, "we ..."' is a sentence and
        its link to the last), or the quotation before hangs on a verb of the words after."""
        parts = self._parenthetical(v, subj_span, skip_left=False)
        qs, qe = quote.content
        if quote.frame == "quote-after":
            first = next((ch for ch in self.text[qs:qe] if ch.isalpha()), "")
            if not first.islower():
                return []
            return [p for p in parts if p[0][1] <= min(region[0], qs) and self._hangs_into(p[0], (qs, qe)) and not _connective(self.doc.char_span(*p[0], alignment_mode="expand"))]
        return [p for p in parts if p[0][0] >= max(region[1], qe) and self._hangs_into((qs, qe), p[0]) and not self._adjunct(p[0])]

    def _adjunct(self, span: tuple[int, int]) -> bool:
        """Words opening with a participle, a preposition or a subordinator ("meaning that ...",
        "after X said ..."): a phrase of their own, not the predicate of a quotation before them."""
        a = self.doc.char_span(*span, alignment_mode="expand")
        first = next((t for t in a or [] if not (t.is_punct or t.is_space)), None)
        return first is None or first.tag_ in ("VBG", "VBN", "IN", "TO")

    def _hangs_into(self, inner: tuple[int, int], host: tuple[int, int]) -> bool:
        """The words of characters ``inner`` hang from outside themselves only on words of ``host``."""
        a = self.doc.char_span(*inner, alignment_mode="expand")
        b = self.doc.char_span(*host, alignment_mode="expand")
        if a is None or b is None:
            return False
        tops = _tops(a)
        return bool(tops) and all(b.start <= t.head.i < b.end for t in tops)

    def _describes(self, subj_span: tuple[int, int], i: int, j: int) -> bool:
        """Tokens [i, j) open with a phrase hung on the speaker ('..., said Jane Roe, director of
        the institute'; '..., who chairs the committee'): the speaker's description, not content."""
        k = next((t for t in range(i, j) if not (self.doc[t].is_punct or self.doc[t].is_space)), None)
        if k is None:
            return False
        t = self.doc[k]
        while i <= t.head.i < j and t.head.i != t.i:
            t = t.head
        return subj_span[0] <= t.head.i < subj_span[1]

    def _modifies(self, v: "Token", i: int, j: int) -> bool:
        """Tokens [i, j) all hang from the cue verb through adverbial dependents (a fronted
        participle, prepositional phrase or subordinate clause), with no quotation among them."""
        doc = self.doc
        words = [t for t in doc[i:j] if not (t.is_punct or t.is_space)]
        if not words or any(t.text in MARKS for t in doc[i:j]):
            return False
        for t in words:
            while t.head.i != v.i:
                if t.head.i == t.i:
                    return False
                t = t.head
            if t.dep_ not in ("advcl", "prep", "npadvmod", "advmod", "mark"):
                return False
        return True

    def _content(self, v: "Token", lemma: str, region: tuple[int, int]) -> list[tuple[tuple[int, int], str, str, list[Quoted]]]:
        """Content spans after the cue: complement clause, object frames, label, adjacent quote."""
        stance = self.cues.verbs.get(lemma, "neutral")
        children = list(v.children)
        # (a noun phrase the parse took for a clause after a cue set off by commas is an apposition:
        # "S, authorities said, the fourth reporter killed this year")
        ccomp = next((c for c in children if c.dep_ == "ccomp" and c.i > v.i and not _apposed(c)), None)
        if ccomp is None:
            ccomp = _stray_that_clause(v, self.cues.statement_nouns, self.cues.clause_cues, self.cues.occasion_preps)
        if ccomp is None and (asked := _split_question(v)) is not None:
            self._frame = "ccomp"  # "wouldn't say when, or if, the troops would leave": one question, in two pieces
            span = self._tokens(asked[0], asked[1], v.idx)
            return [self._typed(span, stance)] if span else []
        if ccomp is not None:
            span = self._clause(ccomp)
            if span and v.dep_ == "relcl":  # "the plan, which the minister said would cut costs, was rejected"
                self._frame = "ccomp"
                return [self._typed(self._relative_close(v, ccomp, span), stance)]
            # a clause the parser split in two complements ('say they do | n't yet know ...') is one content
            nxt = next((c for c in children if c.dep_ == "ccomp" and c.i > ccomp.i), None)
            if span and nxt is not None and nxt.left_edge.i == ccomp.right_edge.i + 1 and not any(c.dep_ == "nsubj" for c in nxt.children) \
                    and self._stolen_speaker(nxt) is None:
                more = self._clause(nxt)
                if more and more[1] > span[1]:
                    span = (span[0], more[1])
            self._frame = "ccomp"
            return [self._typed(span, stance)] if span else []
        if lemma in self.cues.label_verbs:
            label = next((c for c in children if c.dep_ == "oprd"), None)
            if label is None:
                as_ = next((c for c in children if c.dep_ == "prep" and c.lower_ == "as"), None)
                label = next((c for c in as_.children if c.dep_ == "pobj"), None) if as_ is not None else None
            # the object may be the noun the clause describes ("a move his opponents called a coup")
            if label is not None and (any(c.dep_ == "dobj" for c in children) or v.dep_ == "relcl"):
                # a second label the parser hung on the verb ('called it "A," and "B"'): a noun conjunct
                last = max([label, *(c for c in children if c.dep_ == "conj" and c.i > label.i and c.pos_ in ("NOUN", "PROPN"))], key=lambda t: t.i)
                return self._label(label, self.cues.label_verbs[lemma], last)
        dobj = next((c for c in children if c.dep_ in ("dobj", "dative") and c.i > v.i), None)
        if dobj is not None:
            phrase = self.cues.phrases.get((lemma, dobj.lemma_.lower()))
            if phrase is not None:
                stance = phrase
        xcomp = next((c for c in children if c.dep_ == "xcomp" and c.i > v.i), None)
        preps = [c for c in children if c.dep_ == "prep" and c.i > v.i and c.lower_ in OBJECT_PREPS and list(c.children)]
        if xcomp is None and dobj is None and preps and all(_dated(p) for p in preps):
            preps = []  # a date or time alone is when it was said, not what ("confirmed on Tuesday", "talked for years")
        # a learned cue outside the hand lexicon may take its object as content ("praised X")
        objects = stance != "neutral" or (lemma not in _NO_OBJECT and self.learned.get(lemma, 0.0) >= OBJECT_RATE)
        if objects:
            if dobj is not None and (xcomp is not None or preps):
                end = max([xcomp.right_edge.i if xcomp is not None else 0] + [p.right_edge.i for p in preps])
                span = self._tokens(dobj.left_edge.i, _act_end(xcomp, end + 1))
                self._frame = "object-x"
                return [self._typed(span, stance)] if span else []
            if dobj is None and (xcomp is not None or (preps and preps[0].lower_ in ("for", "on", "against", "of", "about", "over"))):
                first = preps[0].i + 1 if preps else xcomp.left_edge.i  # type: ignore[union-attr]
                if xcomp is not None:
                    first = min(first, xcomp.left_edge.i)
                end = max([xcomp.right_edge.i if xcomp is not None else 0] + [p.right_edge.i for p in preps])
                span = self._tokens(first, _act_end(xcomp, end + 1))
                self._frame = "prep"
                return [self._typed(span, stance)] if span else []
        if (gap := self._relative_object(v, dobj, xcomp, preps, stance)) is not None:
            span = self._tokens(*speaker_tokens(gap))
            self._frame = "relative-object"
            return [self._typed(span, stance)] if span else []
        after = self._segment_after(v, region[1])
        if after is not None:
            self.used.add(after)
            self._frame = "quote-after"
            return [(direct_span(self.text, after), "direct", stance, [after])]
        if dobj is not None and (stance in _OBJECT_ONLY or (objects and stance == "neutral")) and dobj.pos_ != "PRON":
            span = self._tokens(dobj.left_edge.i, dobj.right_edge.i + 1)
            self._frame = "object"
            return [self._typed(span, stance)] if span else []
        return []

    def _relative_object(self, v: "Token", dobj: "Token | None", xcomp: "Token | None", preps: list["Token"], stance: str) -> "Token | None":
        """The noun of a statement (cues.yaml ``claim_nouns``) a cue of stance (deny, confirm,
        accuse...) takes as its object through the relative clause it heads ("a claim the army
        denied", "an accusation that the ministry rejected", "the report which officials
        confirmed"): the noun is what was denied. Not when
        the relative pronoun is the cue's subject ("the soldiers who denied"), nor when the cue
        has an object or a clause of its own."""
        noun = v.head
        if v.dep_ not in ("relcl", "acl") or noun.pos_ != "NOUN" or noun.i > v.i or stance not in _OBJECT_ONLY:
            return None
        if noun.lemma_.lower() not in self.cues.claim_nouns:
            return None  # "the services he demanded", "the regret he acknowledged": PolNeAR train annotates few
        if xcomp is not None or any(not _dated(p) for p in preps) or (dobj is not None and dobj.tag_ not in ("WDT", "WP")):
            return None
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.tag_ in ("WDT", "WP") or subj.lower_ in ("who", "which", "that"):
            return None
        return noun

    def _relative_close(self, v: "Token", clause: "Token", span: tuple[int, int]) -> tuple[int, int]:
        """The content of a cue that heads a relative clause ends with that clause. The parser
        often hangs the rest of the sentence on the reported verb: the main predicate ('The
        offensive, which the general said would end the war, stalled') as a clause of it, or as a
        second complement of the cue ('The plan which the minister said would cut costs was
        rejected'). A clause opened by a comma closes at the comma, dash or semicolon that the
        main predicate follows (a verb with no subject of its own in the clause), not at one
        inside the content ('would cut costs, create jobs and raise wages'; 'runs the risk of
        leaving millions of voters, especially his supporters, disenfranchised': PolNeAR annotates
        a relative clause that ends the sentence to its end); a clause with no comma before it
        ends with its complement's own words, not a second complement (``_content`` joins none
        for a relative cue). The cues so closed are kept in ``closed``: the boundary model does
        not move their end."""
        doc = self.doc
        if not _closed_relative(v):
            return span
        s, e = span
        for t in doc[v.i + 1:]:
            if t.idx >= e:
                break
            if t.idx < s or t.text not in (",", ";", "—", "–", "--"):
                continue
            nxt = next((u for u in doc[t.i + 1:] if not (u.is_punct or u.is_space)), None)
            verb = _predicate(nxt) if nxt is not None else None
            if verb is None or verb.i == clause.i or clause.i > t.i or (verb.dep_ == "conj" and verb.head.i < t.i):
                continue  # the content goes on ("would cut costs, create jobs and raise wages"; ", especially ...";
                # 'that the two men, and Mr. Cruz in particular, must do more': the clause's own verb)
            cut = self._tokens(doc.char_span(s, e, alignment_mode="expand").start, t.i, v.idx)
            if cut:
                self.closed.add(v.i)
            return cut or span
        return span

    def _place_subject(self, subject: "Token") -> bool:
        """A place as the subject (cues.yaml ``experience_verbs``): a country or a capital the codebook
        names ("Guinea-Bissau"), a named place, or a common noun of a place ("the region", "the country")."""
        if subject.pos_ == "NOUN":
            return subject.lemma_.lower() in self.cues.place_nouns or subject.lemma_.lower() in ("country", "nation")
        if subject.pos_ != "PROPN":
            return False
        if subject.ent_type_ in ("GPE", "LOC", "FAC"):
            return True
        from sitrep.codebook import load_codebook

        i, j = speaker_tokens(subject)
        entry = load_codebook().lookup(self.doc[i:j].text)
        return entry is not None and entry.kind in ("country", "capital")

    def _topic_described(self, v: "Token") -> bool:
        """"Report on" in a relative clause with no other complement than its topic ("a journalist who
        reported on drug cartels", "the radio host who reports on police abuses"): the person's beat,
        what the clause describes them by, no statement. Only "report": PolNeAR train annotates other
        speech verbs so ("who wrote about the visit", "who spoke passionately about") 14 times in 47,
        and taking them all out cost dev attributions; this one fires nowhere on train."""
        if v.lemma_.lower() != "report":
            return False
        if v.dep_ != "relcl" or not any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT") for c in v.children):
            return False
        if any(c.dep_ in ("ccomp", "dobj", "dative", "xcomp", "oprd", "attr") for c in v.children):
            return False
        return any(c.dep_ == "prep" and c.i > v.i and c.lower_ in ("on", "about") and any(g.dep_ == "pobj" for g in c.children)
                   for c in v.children) and self._segment_after(v, v.idx + len(v)) is None

    def _place_object(self, obj: "Token") -> bool:
        """A place as the object (cues.yaml ``place_acts``: "the town", "the northern ridge", a
        named place): not a claim of responsibility or of fact."""
        if obj.pos_ == "PROPN":
            return obj.ent_type_ in ("GPE", "LOC", "FAC")
        return obj.pos_ == "NOUN" and obj.lemma_.lower() in self.cues.place_nouns

    def _person_object(self, obj: "Token") -> bool:
        """A person or an office as the object ("dismissed the prime minister"): no statement."""
        return obj.ent_type_ == "PERSON" or obj.lemma_.lower() in self.cues.person_roles

    def _label(self, label: "Token", stance: str, last: "Token | None" = None) -> list[tuple[tuple[int, int], str, str, list[Quoted]]]:
        """'called the strike "A" and "B"': each quoted label is a direct quote, else the label
        phrase (``last``: the last of the labels, where the parser did not join them)."""
        right = (last if last is not None else label).right_edge
        s, e = label.left_edge.idx, right.idx + len(right)
        segs = [q for q in self._overlapping(s, e) if q not in self.used and q.open >= s - 2]
        if segs:
            self.used.update(segs)
            self._frame = "label-quote"
            return [(direct_span(self.text, q), "direct", stance, [q]) for q in segs]
        span = self._tokens(label.left_edge.i, label.right_edge.i + 1)
        self._frame = "label"
        return [self._typed(span, stance)] if span else []

    def _clause(self, head: "Token") -> tuple[int, int] | None:
        """Char span of a complement clause, cut before a coordinated speech act of the speaker."""
        lo, hi = head.left_edge.i, head.right_edge.i + 1
        for t in head.subtree:
            if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and t.i > head.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
                obj = next((c.lemma_.lower() for c in t.children if c.dep_ == "dobj"), "")
                if self._is_cue(t) or (t.lemma_.lower(), obj) in self.cues.phrases:
                    hi = min(hi, t.left_edge.i)
            elif t.i > head.i and (self._beside(t) or self._joined(t, head)):
                hi = min(hi, t.left_edge.i)
            elif t.i > head.i and t.dep_ == "conj" and t.i + 1 < len(self.doc) and self._stolen_speaker(self.doc[t.i + 1]) is not None:
                # "... retaken the town and witnesses said ...": the next speaker, none of this clause
                hi = min(hi, next(c.i for c in t.head.children if c.dep_ == "cc" and t.head.i < c.i < t.left_edge.i))
        while lo < hi and self.doc[lo].dep_ == "mark" and self.doc[lo].lower_ == "that":
            lo += 1
        hi = self._statement_tail(head, lo, hi)
        return self._tokens(lo, hi, head.head.idx)

    def _beside(self, t: "Token") -> bool:
        """A speech verb of the lexicon with a subject of its own that a contrast mark (cues.yaml
        ``contrast_marks``) sets beside the clause it hangs in: another speaker's statement told
        beside the first ("The ministry said the talks would resume, while the rebels said they
        would not attend", "..., while 73 percent said the same of Y"), none of the first speaker's
        words. Only with the contrast's own signs: a comma before the mark and a finite verb, not in the
        progressive;
        a time clause ("the fire broke out while residents were saying their prayers", "fired at
        officers while his accomplice told residents to stay indoors") is part of the content."""
        if t.dep_ != "advcl" or t.pos_ not in ("VERB", "AUX") or t.lemma_.lower() not in self.cues.verbs:
            return False
        if not any(c.dep_ == "nsubj" and c.i < t.i for c in t.children):
            return False
        if t.tag_ == "VBG" or any(c.dep_ == "aux" and c.tag_ == "TO" for c in t.children):
            return False
        mark = next((c for c in t.children if c.dep_ == "mark" and c.i < t.i and c.lower_ in self.cues.contrast_marks), None)
        return mark is not None and mark.i > 0 and self.doc[mark.i - 1].text == ","

    def _joined(self, t: "Token", head: "Token") -> bool:
        """A speech verb of the lexicon with a subject and a reported clause of its own that a plain
        "and" joins to the head of the clause it hangs in: another speaker's statement told after the
        first ("The army said the attack was over and the police said three people died"), which the
        parse nests inside the first clause; none of the first speaker's words. A verb that reports no
        clause of its own ("... and the nurses said the same") stays content."""
        if t.dep_ != "conj" or t.head.i != head.i or t.pos_ != "VERB" or t.tag_ == "VBG" \
                or t.lemma_.lower() not in self.cues.verbs:
            return False
        if not any(c.dep_ == "nsubj" and c.i < t.i for c in t.children) or not any(c.dep_ == "ccomp" and c.i > t.i for c in t.children):
            return False
        if past_perfect(t) and not past_perfect(head.head):
            return False  # "The minister said the rebels had promised to disarm and the UN had said ...": backshifted, his account
        return any(c.dep_ == "cc" and c.lower_ == "and" and head.i < c.i < t.i for c in (*head.children, *t.children))

    def _statement_tail(self, head: "Token", lo: int, hi: int) -> int:
        """The end of a clause without a last phrase set off by a comma that names the statement the
        cue spoke in ("Soldiers killed five militants, in a statement, the ministry said"): the parse
        hangs it on the clause, but it says where the speaker spoke, not what was said."""
        doc = self.doc
        c = max((c for c in head.children if c.i > head.i), key=lambda c: c.i, default=None)  # the last phrase
        if c is None or (c.right_edge.i + 1 < hi and not all(t.is_punct for t in doc[c.right_edge.i + 1:hi])):
            return hi
        obj = next((o for o in c.children if o.dep_ == "pobj"), None)
        if (c.dep_ == "prep" and c.lower_ == "in" and obj is not None and obj.lemma_.lower() in self.cues.statement_nouns
                and c.i - 1 > lo and doc[c.i - 1].text == ","):
            return c.i - 1
        return hi


