"""Speaker spans: the subject a cue verb reports for, and the speaker's phrase as written."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sitrep.extract.quotes.text import TextView
from sitrep.extract.speakers import name_end, name_word, quotation_open
from sitrep.model import Speaker

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sitrep.extract.speakers import Cues

__all__ = ["SubjectFinder", "as_written"]

_SUBJECT_DEPS = ("nsubj",)
# a gerund after these prepositions speaks for the subject of the verb they modify
_GERUND_PREPS = frozenset({"by", "in", "while", "after", "before", "without", "upon", "when"})
# a pronoun that heads a phrase of its own speaks with it: "she and her aides", "those surveyed",
# "those who back her", "some of the delegates", "all but two", "some in the crowd"
# a dateline opening a paragraph: "WASHINGTON (AP) — ", "BUENA PARK, Calif. — ", "NEW YORK, Dec. 8 (UPI) -- "
_DATELINE = re.compile(r"[A-Z][A-Z.'\- ]{2,}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?(?:, [A-Z][a-z]{2,4}\.? \d{1,2})?"
                       r"\s*(?:\([A-Za-z ]+\))?\s*(?:—|–|--|-|―)\s*(?=\S)")
_CLOSING = frozenset({"\"", "'", "”", "’", "»", "''"})  # a closing mark before an inverted cue
_NAME_POS = frozenset({"PROPN", "NOUN", "ADJ", "NUM"})
_CLOSES_PHRASE = re.compile(r"[,.]?[”\"]")  # the closing mark of a quotation a speaker phrase opened, with the comma it shut
_PRONOUN_PHRASE_DEPS = frozenset({"conj", "relcl", "acl"})
_PRONOUN_PHRASE_PREPS = frozenset({"of", "but", "in", "among", "around", "from", "at"})



class SubjectFinder(TextView):
    """Finds the speaker token of a cue verb through the parse."""

    cues: "Cues"
    learned: dict[str, float]  # learned cue verbs and their rates
    cue_rate: float  # the rate from which a learned verb is a cue
    _phrase_verbs: frozenset[str]  # verbs the hand lexicon owns only in phrases ("expressed regret")

    lent: "dict[int, Token]" = {}  # subjects fixed by the caller for some cue tokens

    def _subject(self, v: "Token") -> "Token | None":
        if v.i in self.lent:
            return self.lent[v.i]
        subjects = [c for c in v.children if c.dep_ in _SUBJECT_DEPS]
        if len(subjects) > 1 and any(c.tag_ in ("WDT", "WP") for c in subjects):
            # "the strike, which residents said hit a school": the relative pronoun is the subject of the
            # clause reported, which the parse hung on the cue beside the speaker
            subjects = [c for c in subjects if c.tag_ not in ("WDT", "WP")] or subjects
        if len(subjects) > 1 and subjects[-1].i > v.i and v.i > 0 and (self.doc[v.i - 1].text == "," or self.doc[v.i - 1].text in _CLOSING):
            return subjects[-1]  # 'The rejection of the treaty signals the end, said Jane Roe': the parse took the clause's subject too
        before = [c for c in subjects if c.i < v.i]
        if len(before) > 1 and not all(t.pos_ in _NAME_POS for t in self.doc[before[0].i:before[-1].i + 1]):
            # 'His verdict: "It is over," he said', 'The plan will fail, she said': the parse took a word of the
            # fronted content as a second subject; the speaker is the one next to the verb (PolNeAR train:
            # the nearest is the annotated source 106 times in 115, the first 48, both 39); not the pieces of one
            # name the parse broke ("Clinton top aide Huma Abedin said": ``as_written`` runs the first on to the cue)
            return before[-1]
        if subjects:
            return subjects[0]
        if v.dep_ in ("dep", "conj", "advcl") and name_word(v.head) and v.i > v.head.i:
            # "The Group to Support Islam and Muslims denied ...": the parse took a word of the name for
            # the main verb and hung the cue on it; the name's subject is the cue's
            return self._subject(v.head)
        for c in v.children:
            if c.dep_ == "csubj" and c.tag_ == "VBG" and c.i < v.i:
                # "Large majorities of voters going to the polls on Tuesday said": the parse took the participle
                # that describes the speakers for a clausal subject, and its subject is who speaks
                inner = next((g for g in c.children if g.dep_ == "nsubj" and g.i < c.i and g.pos_ in ("NOUN", "PROPN")), None)
                if inner is not None:
                    return inner
        if (stolen := self._stolen_speaker(v)) is not None:
            return stolen  # "... retaken the town and witnesses said S": the parse made the speaker an object's conjunct
        h = v.head
        if v.dep_ == "conj" and h.i != v.i and (set_off := self._set_off_subject(v)) is not None:
            return set_off
        reported = next((c for c in v.children if c.dep_ == "ccomp" and c.i < v.i), None)
        if v.dep_ == "ROOT" and reported is not None and (set_off := self._set_off_subject(v, reported)) is not None:
            # "S when it hit a mine, the mission, known as M, said.": the parse hung the phrase inside S; a name's
            # description set off after it ('"...," Jo Roe, founder of X, tells') is the name's
            name = set_off.head
            if set_off.dep_ == "appos" and name.pos_ == "PROPN" and name.i < set_off.i:
                first = min([name.i, *(c.i for c in name.children if c.dep_ == "compound" and c.i < name.i)])
                if first > 0 and (self.doc[first - 1].text == "," or self.doc[first - 1].is_quote):
                    set_off = name  # (not "S off Lampedusa, the coast guard, said": the place is no set-off phrase)
            if name.dep_ not in ("nsubj", "nsubjpass") and set_off.dep_ not in ("nsubj", "nsubjpass") \
                    and set_off.ent_type_ not in ("DATE", "TIME"):
                return set_off  # (a name that is another verb's subject is no set-off phrase: "said Jo Roe, director of X, Y reports")
        if v.dep_ == "conj" and h.i != v.i:
            while h.dep_ == "conj" and h.head != h:
                h = h.head
            if h.dep_ == "ccomp" and self._reports(h.head):  # "said X is ... and expressed regret", "complained X ... and questioned"
                return self._subject(h.head)
            return self._subject(h) if h.pos_ in ("VERB", "AUX") else None
        if v.tag_ == "VBG" and v.dep_ in ("pcomp", "advcl", "acl", "xcomp"):
            if h.lower_ == "as":  # "was quoted (by Y) as saying"
                h = h.head
                while (h.pos_ in ("NOUN", "PROPN") or h.dep_ in ("agent", "conj")) and h.head != h:
                    h = h.head  # the parse hung "as saying" under the agent: "quoted by the state broadcaster X as saying"
                if h.lemma_.lower() in self.cues.quoted_as:
                    for c in h.children:
                        if c.dep_ == "nsubjpass":
                            return c
                    return next((c for c in h.children if c.dep_ == "dobj"), None)
                return None
            if v.dep_ == "acl" and h.lemma_.lower() in self.cues.statement_nouns:
                # "issued a statement saying"; "spoke during a speech attacking", "hit back in an article stating",
                # "spent much of his speech defending": who gave the speech or wrote the text speaks, not the text
                verb = _verb_over(h)
                if verb is None and h.dep_ == "appos" and h.left_edge.i > 0 and self.doc[h.left_edge.i - 1].text == ",":
                    # "X confirmed the deaths on Sunday, the statement adding that S": an absolute phrase the parse
                    # set in apposition; the statement speaks, and the speaker stage finds its owner
                    return h
                return self._subject(verb) if verb is not None else None
            if v.dep_ == "acl" and h.pos_ in ("NOUN", "PROPN") and h.lemma_.lower() not in self.cues.statement_nouns:
                return h  # "911 calls saying shots were fired", "a group backing X"
            if v.dep_ == "advcl" and h.pos_ in ("VERB", "AUX"):
                found = self._subject(h) or self._inverted_subject(h)  # "..., saying that"; "X was in Iowa, arguing that"; '"...," said X, adding'
                if found is not None and found.lower_ == "it" and h.lemma_ == "be":
                    return self._past_dummy(h, v) or found
                return found
            if v.dep_ == "pcomp" and h.dep_ == "prep" and h.head.pos_ in ("VERB", "AUX"):
                if h.lower_ in _GERUND_PREPS:
                    return self._subject(h.head)  # "opened by stressing that", "left after saying", "... and hit back by accusing"
                return self._controller(h.head, h)  # "refrained from attacking X"; "accused X of implying", "faulted X for saying"
        if v.dep_ == "xcomp" and h.pos_ == "VERB":
            return self._controller(h, v)  # "began to argue that", "wants to tell"; "led X to declare", "urged X to say"
        if v.dep_ == "xcomp" and h.pos_ == "ADJ" and h.dep_ == "acomp" and h.head.pos_ in ("AUX", "VERB"):
            # "X was quick to point out that", "voters were more likely to say": the adjective's subject speaks
            # (not the "it" of "it is hard to say")
            subject = self._subject(h.head)
            return subject if subject is not None and subject.lower_ not in ("it", "this", "that", "what") else None
        if v.dep_ == "advcl" and v.tag_ == "VB" and h.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
            return self._subject(h)  # an infinitive of purpose: "X went on TV to say that", "X visited Y to discuss Z"
        return None

    def _broken_pair(self, first: "Token", second: "Token") -> bool:
        """Two subjects of one cue that are one coordinated phrase the parse broke in two ("Foreign
        Minister A and US Secretary of State B said": "and" hangs on A, B is a subject of its own):
        the first phrase, its "and" or "or", and the second phrase follow each other with nothing else
        between."""
        cc = next((c for c in first.children if c.dep_ == "cc" and c.lower_ in ("and", "or") and first.i < c.i < second.i), None)
        if cc is None or first.pos_ not in ("PROPN", "NOUN") or second.pos_ not in ("PROPN", "NOUN"):
            return False
        return first.right_edge.i == cc.i and second.left_edge.i == cc.i + 1

    def _set_off_subject(self, v: "Token", h: "Token | None" = None) -> "Token | None":
        """The noun phrase set off by a comma right before a cue verb the parse coordinated with
        the clause it reports, with no conjunction between them ("The convoy was travelling to X
        when it was hit, the mission, known as M, said in a statement": "said" hung as a conjunct
        of "travelling", "the mission" as an apposition inside the clause): the phrase is the
        cue's subject, not the subject of the clause before (a real coordination has its "and":
        "The convoy stopped and said ..."). The same phrase hung inside the clause ``h`` the cue
        reports, when the cue has no subject of its own. None when no such phrase stands there."""
        doc = self.doc
        h = v.head if h is None else h
        if any(c.dep_ in ("cc", "preconj") and h.i < c.i < v.i for c in (*h.children, *v.children)):
            return None
        k = v.i - 1
        if k < 1 or doc[k].is_space:
            return None
        if doc[k].text == ",":
            k -= 1
        # the phrase's head: the noun whose subtree ends right before the cue (its comma included)
        t = doc[k]
        while not (t.pos_ in ("NOUN", "PROPN") and t.left_edge.i > h.i + 1 and doc[t.left_edge.i - 1].text == ","):
            if t.dep_ == "relcl" and (noun := self._relative_owner(t, h)) is not None:
                t = noun  # "S off Lampedusa, the coast guard, which rescued 40 people, said": the parse hung the
                break     # relative clause on the place before the phrase it describes
            if t.head.i == t.i or t.head.i >= v.i or t.head.right_edge.i not in (k, k + 1) or t.head.i <= h.i:
                return None
            t = t.head
        t = self._phrase_over_name(t, h, k)
        if t.is_ancestor(v) or t.dep_ not in ("appos", "conj", "npadvmod", "dep"):
            return None
        return t

    def _phrase_over_name(self, t: "Token", h: "Token", k: int) -> "Token":
        """The set-off phrase whose prepositional phrase the parse hung the name ``t`` on ("S, the governor
        of Kandahar, Ahmad Wali, said": "Ahmad Wali" an apposition of "Kandahar"): the head of the whole
        phrase, set off by a comma and ending at ``k`` as the name does; else ``t``. Before, the name alone
        was the speaker, and the content ran on through "the governor of Kandahar"."""
        doc = self.doc
        if t.dep_ != "appos":
            return t
        u, prep = t.head, False
        while u.dep_ in ("pobj", "prep") and u.head.i != u.i and u.head.i > h.i:
            prep = prep or u.dep_ == "prep"
            u = u.head
        if (prep and u.pos_ in ("NOUN", "PROPN") and u.left_edge.i > h.i + 1 and doc[u.left_edge.i - 1].text == ","
                and u.right_edge.i in (k, k + 1)):
            return u
        return t

    def _relative_owner(self, rel: "Token", h: "Token") -> "Token | None":
        """The noun phrase set off by commas right before a relative clause set off by a comma, when
        the parse hung the clause on another word ("Lampedusa, the coast guard, which ..."): the
        head of the phrase whose last word stands before the clause's comma."""
        doc = self.doc
        lo = rel.left_edge.i
        if lo - 2 <= h.i + 1 or doc[lo - 1].text != ",":
            return None
        noun = doc[lo - 2]
        if noun.pos_ not in ("NOUN", "PROPN") or noun.i == rel.head.i or noun.right_edge.i != lo - 2:
            return None
        return noun if noun.left_edge.i > h.i + 1 and doc[noun.left_edge.i - 1].text == "," else None

    def _past_dummy(self, h: "Token", v: "Token") -> "Token | None":
        """Who speaks through a participle hung on a clause of "it" and "be", whose "it" says
        nothing: the subject of the verb that reports the clause ("X insisted it was premature to
        back Y, while adding that"), else of the clause inside it that comes before the participle
        ("It was at the conference that X delivered a tirade, pointing to", "It was a potent
        punch, as X echoed the criticism, saying"); None when there is neither."""
        if h.dep_ == "ccomp" and h.head.pos_ in ("VERB", "AUX") and h.head.i != h.i:
            found = self._subject(h.head)
            if found is not None and found.lower_ != "it":
                return found
        inner = [c for c in h.subtree if c.dep_ in ("advcl", "ccomp", "relcl") and h.i < c.i < v.i and c.pos_ in ("VERB", "AUX")
                 and not c.is_ancestor(v)]
        for c in sorted(inner, key=lambda t: -t.i):
            found = next((g for g in c.children if g.dep_ == "nsubj" and g.pos_ in ("NOUN", "PROPN", "PRON")), None)
            if found is not None and found.lower_ not in ("it", "that", "which", "what"):
                return found
        return None

    def _controller(self, h: "Token", before: "Token") -> "Token | None":
        """Who does the act of a verb or gerund hung on ``h`` (through ``before``, its own token or
        its preposition): ``h``'s object when it has one before it (object control: "urged X to
        say", "the vote led X to declare", "accused X of implying"), unless ``h`` takes its object
        as a means (cues.yaml ``means_verbs``: "used the briefing to warn"); else ``h``'s subject
        (subject control: "began to argue", "refrained from attacking", through a coordination:
        "... and moved to stress")."""
        obj = next((c for c in h.children if c.dep_ == "dobj" and c.i < before.i), None)
        if obj is not None and h.lemma_.lower() not in self.cues.means_verbs:
            return obj if obj.pos_ in ("NOUN", "PROPN", "PRON") and obj.lower_ not in ("it", "this", "that", "what") else None
        return self._subject(h)

    def _displaced(self, subject: "Token", v: "Token") -> "Token | None":
        """The speaker written between a quotation or a dateline and the cue when the parse
        took a word inside the quotation ('"... we were wrong," Jane Roe, 58, told reporters') or the
        dateline ("WASHINGTON (AP) — Donald Trump and Paul Ryan pledged") as the subject;
        None when the subject stands."""
        ps = self._para_bounds(v.idx)[0]
        m = _DATELINE.match(self.text, ps)
        if m is not None and ps <= subject.idx < m.end() <= v.idx:
            return self._noun_between(m.end(), v)
        if subject.i < v.i and self._inside_quote(subject.idx) and not self._inside_quote(v.idx):
            closes = [q.close for q in self.quoted if ps <= q.close <= v.idx and q.open <= subject.idx < q.close]
            if closes:
                return self._noun_between(closes[-1], v)
        return None

    def _noun_between(self, start: int, v: "Token") -> "Token | None":
        """The head of the first noun phrase written from ``start`` up to cue ``v``."""
        span = self.doc.char_span(start, v.idx, alignment_mode="contract")
        if span is None:
            return None
        for t in span:
            if t.pos_ in ("PROPN", "NOUN", "PRON"):
                while t.head.i != t.i and span.start <= t.head.i < span.end and t.head.pos_ in ("PROPN", "NOUN") and t.dep_ in ("compound", "poss", "amod", "nmod"):
                    t = t.head
                return t
        return None

    def _inverted_subject(self, v: "Token") -> "Token | None":
        """The name right after a cue verb that follows a closing quotation mark when the parse
        gave the verb no subject ('"...," said Jane Roe, half joking': the name was taken
        as the subject of "joking")."""
        doc = self.doc
        k = v.i - 1
        if k >= 0 and doc[k].text == ",":
            k -= 1
        if k < 0 or not any(q.close == doc[k].idx + len(doc[k]) for q in self._overlapping(doc[k].idx, doc[k].idx + len(doc[k]))):
            return None
        j = v.i + 1
        while j < len(doc) and (doc[j].pos_ in ("DET", "ADJ", "PROPN", "NOUN") or _mistagged_name(doc[j])) and not doc[j].is_space:
            j += 1
        last = doc[j - 1] if j > v.i + 1 else None
        return last if last is not None and (last.pos_ in ("PROPN", "NOUN") or _mistagged_name(last)) else None

    def _is_cue(self, t: "Token") -> bool:
        return t.pos_ == "VERB" and t.lemma_.lower() in self.cues.verbs

    def _reports(self, t: "Token") -> bool:
        """A reporting verb: in the hand lexicon, or a learned cue proposed at the run's threshold."""
        if t.pos_ != "VERB":
            return False
        lemma = t.lemma_.lower()
        return lemma in self.cues.verbs or (lemma not in self._phrase_verbs and self.learned.get(lemma, 0.0) >= self.cue_rate)

    def _stolen_speaker(self, verb: "Token") -> "Token | None":
        """The speaker of a speech verb that the parse joined by "and" to the object of the clause before
        it, leaving the verb with no subject ("The army said troops had retaken the town and witnesses
        said fighting continued": "witnesses" a conjunct of "town", the second "said" a conjunct of
        "retaken" or a second complement of the first "said"): another speaker's statement, none of the
        first's words. The verb must be finite, of the
        lexicon, report a clause of its own and stand right after the noun; else None."""
        if verb.i == 0 or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.lemma_.lower() not in self.cues.verbs:
            return None
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux") for c in verb.children) or not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
            return None
        noun = self.doc[verb.i - 1]
        if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN") or noun.right_edge.i != noun.i:
            return None
        joined = any(c.dep_ == "cc" and c.lower_ == "and" and noun.head.i < c.i < noun.left_edge.i for c in noun.head.children)
        return noun if joined else None

    def _fallback_subject(self, v: "Token") -> "Token | None":
        """The noun phrase right before the verb in its own paragraph (when the parse reached across)."""
        para_start = self._para_bounds(v.idx)[0]
        i = v.i - 1
        while i >= 0 and self.doc[i].idx >= para_start and self.doc[i].pos_ in ("PROPN", "NOUN", "ADJ", "DET", "NUM", "PRON", "PART"):
            i -= 1
        first = i + 1
        if first >= v.i:
            return None
        heads = [t for t in self.doc[first:v.i] if t.pos_ in ("PROPN", "NOUN", "PRON") and t.ent_type_ not in ("DATE", "TIME")]
        return heads[-1] if heads else None  # (a date before the verb is when, not who: "... on Tuesday said")


def _verb_over(noun: "Token") -> "Token | None":
    """The verb a noun hangs on: directly, through a preposition ("during a speech"), or through
    a partitive noun before that ("much of his speech"); None past two such steps."""
    t = noun
    for _ in range(3):
        h = t.head
        if h.i == t.i:
            return None
        if h.pos_ in ("VERB", "AUX"):
            return h if t.dep_ in ("dobj", "nsubj", "attr", "pobj", "npadvmod", "oprd") or t.dep_ == "prep" else None
        if h.pos_ == "ADP" and t.dep_ == "pobj":
            t = h
        elif t.dep_ == "prep" and h.pos_ in ("NOUN", "ADJ", "PRON") and h.dep_ in ("dobj", "nsubj", "pobj", "attr"):
            t = h
        else:
            return None
    return None


def _mistagged_name(t: "Token") -> bool:
    """A capitalised word mid-sentence the tagger took for an adverb or verb ('," said Skelly, explaining ...')."""
    return t.pos_ in ("ADV", "VERB", "X", "INTJ") and t.is_title and not t.is_sent_start and t.is_alpha and len(t) > 2


def _heads_phrase(pron: "Token") -> bool:
    """A pronoun with a coordinated, relative, participial or partitive phrase after it."""
    return any(c.i > pron.i and (c.dep_ in _PRONOUN_PHRASE_DEPS or c.dep_ == "prep" and c.lower_ in _PRONOUN_PHRASE_PREPS)
               for c in pron.children)


def _name_run(doc, j: int, cue: "Token", subject: "Token") -> int:
    """End of the speaker phrase when the words between it and its cue are the rest of one
    name the parse broke ("Tennis great Billie Jean King remembered", "Air Force 1st Lt. Tyler
    Livingston said"): nouns, names, numbers and adjectives only, up to the cue's auxiliaries."""
    k = j
    while k < cue.i and (doc[k].pos_ in _NAME_POS or doc[k].text in (".", "-")) and not doc[k].is_space and doc[k].ent_type_ not in ("DATE", "TIME"):
        k += 1
    m = k
    while m < cue.i and doc[m].head.i == cue.i and doc[m].dep_ in ("aux", "neg", "advmod"):
        m += 1
    if subject.head.i != cue.i and any(t.head.i == cue.i and t.dep_ == "nsubj" for t in doc[j:k]):
        return j  # the cue's own subject, not the rest of the phrase found for it
    return k if m == cue.i and k > j and doc[k - 1].pos_ in ("PROPN", "NOUN") else j


def as_written(speaker: Speaker, subject: "Token", cue: "Token | None", text: str) -> Speaker:
    """The speaker's phrase as written in full: appositions, parentheticals and relative
    clauses included ("Jane Roe, the party's treasurer, said"), a relative pronoun as
    itself ("who said"). Resolution still works from the name phrase alone."""
    doc = subject.doc
    if subject.lower_ in ("who", "which", "that") and subject.dep_.startswith("nsubj"):
        i, j = subject.i, subject.i + 1
    elif subject.pos_ == "PRON" and not _heads_phrase(subject):
        return speaker
    else:
        i, j = subject.left_edge.i, subject.right_edge.i + 1
        if subject.dep_ == "nsubj" and name_word(subject.head) and subject.i < subject.head.i:
            j = max(j, name_end(doc, subject.head.i))  # "The Group to Support Islam and Muslims": the parse's verb is a word of the name
        if cue is not None and i < cue.i < j:
            j = cue.i if subject.i < cue.i else j
            i = max(i, cue.i + 1) if subject.i > cue.i else i
        ps = text.rfind("\n", 0, doc[i].idx) + 1
        m = _DATELINE.match(text, ps)
        if m is not None and doc[i].idx < m.end() <= subject.idx:
            # "BISSAU, Nov 3 (West Africa Wire) - Guinea-Bissau's military government said": the parse hung
            # the dateline on the speaker's phrase; the phrase starts after it
            while i < subject.i and doc[i].idx < m.end():
                i += 1
        while i < j and (doc[i].is_punct or doc[i].is_space) and doc[i].text not in "([":
            i += 1
        while j > i and ((doc[j - 1].is_punct or doc[j - 1].is_space) and doc[j - 1].text not in ")]" or doc[j - 1].dep_ == "case"):
            j -= 1
        free = next((c for c in subject.children if c.dep_ == "acl" and c.tag_ == "VBG" and c.i > subject.i
                     and c.left_edge.i > i and doc[c.left_edge.i - 1].text == "," and c.right_edge.i + 1 >= j), None)
        if free is not None:
            # "De Blasio, speaking on WOR710, called ...": a participle set off by commas tells the occasion of
            # the statement (or the speaker's act beside it: "citing security concerns"), not who speaks
            j = free.left_edge.i - 1
            while j > i and (doc[j - 1].is_punct or doc[j - 1].is_space):
                j -= 1
        if i >= j or not (i <= subject.i < j):
            return speaker
        if cue is not None and j < cue.i and free is None:
            j = _name_run(doc, j, cue, subject)
        if "\n" in text[doc[i].idx:doc[j - 1].idx]:
            return speaker
        if j < len(doc) and doc[j].text == "," and any(t.text == "," for t in doc[i:j]):
            j += 1
    start, end = doc[i].idx, doc[j - 1].idx + len(doc[j - 1])
    if speaker.parties and subject.pos_ != "PRON" and speaker.start is not None and speaker.start < start \
            and "\n" not in text[speaker.start:start]:
        start = speaker.start  # "Foreign Minister A and US Secretary of State B said": the parse made A a subject of its own
    # a quotation the phrase opened closes with it ('the hacker known as "Guccifer," said'): its mark is no stray
    if quotation_open(text[start:end]):
        m = _CLOSES_PHRASE.match(text, end)
        end = m.end() if m else end
    if speaker.start == start and speaker.end == end:
        return speaker
    return Speaker(text=text[start:end], name=speaker.name, code=speaker.code, sector=speaker.sector,
                   start=start, end=end, resolved=speaker.resolved, actor_id=speaker.actor_id, parties=speaker.parties)
