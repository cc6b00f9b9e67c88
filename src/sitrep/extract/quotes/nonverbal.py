"""Attributions cued without a speech verb: "according to X", possessive noun cues
("X's claim that ...") and transcript lines ("Name: words")."""
from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.annotate.tokens import doc_tokens
from sitrep.extract.learned_cues import NOUN_RATE
from sitrep.extract.quotes.candidate import Candidate
from sitrep.extract.quotes.marks import MARKS
from sitrep.extract.quotes.verb_frames import OBJECT_PREPS, VerbFrames
from sitrep.extract.speakers import speaker_tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["NonVerbalFrames", "per_source"]

_ADJ_PREPS = frozenset({"of", "about", "over", "on", "with", "toward", "towards", "in"})  # "critical of", "upbeat about"
_HOLDER_PREPS = frozenset({"from", "among"})  # "criticism from X", "anxiety among X": X holds the stance
_NOT_SOURCES = frozenset({"DATE", "TIME", "MONEY", "CARDINAL", "PERCENT", "QUANTITY", "ORDINAL"})
_DISTRIBUTIVE = frozenset({"cent", "centum", "capita", "annum", "se", "diem", "head"})
# plurals that name sources after "per" ("per officials", "per reports"): people and statements
_PER_PLURALS = frozenset({"official", "report", "source", "witness", "resident", "police", "authority",
                          "statement", "document", "record", "figure", "data", "estimate", "account"})


def per_source(tok: "Token", *, norms: frozenset[str] = frozenset()) -> bool:
    """"per" used as "according to": its phrase names a source (a name, a phrase with a determiner
    or a possessive, or a plural of statements or people: "per CTV News", "per a police statement",
    "per officials") and is set off by a comma at a clause's edge ("Per X, ...", "..., per X.",
    "..., per X, ..."). Distributive "per" ("$5 per day", "50 km per hour", "per capita") takes a bare
    noun and is never set off so; "per" as "in accordance with" takes an agreement, a rule or a plan
    (``norms``, cues.yaml ``norm_nouns``: "Per the agreement, troops will withdraw"), which says nothing."""
    if tok.lower_ != "per":
        return False
    pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.ent_type_ in _NOT_SOURCES or pobj.lower_ in _DISTRIBUTIVE or pobj.lemma_.lower() in norms:
        return False
    named = pobj.pos_ == "PROPN" or any(c.dep_ in ("det", "poss") for c in pobj.children) or (
        pobj.tag_ in ("NN", "NNS") and pobj.lemma_.lower() in _PER_PLURALS)
    if not named:
        return False
    doc, sent = tok.doc, tok.sent
    end = tok.right_edge.i + 1
    opens = tok.i == sent.start or (tok.i - 1 == sent.start and doc[sent.start].pos_ == "CCONJ")
    before = tok.i > sent.start and doc[tok.i - 1].text == ","
    after = end < len(doc) and doc[end].text == ","
    closes = end >= sent.end or all(t.is_punct or t.is_space for t in doc[end:sent.end])
    return (opens and after) or (before and (closes or after))


def _country(name: str) -> bool:
    """``name`` is a country's name in the codebook ("Mali", the NER often takes it for a person in a headline)."""
    from sitrep.codebook import load_codebook

    entry = load_codebook().lookup(name)
    return entry is not None and entry.kind == "country"


def _reported_clause(doc: "Doc", start: int, line: "Span | None") -> bool:
    """The words after a headline's colon, from token ``start`` to the end of ``line``, are a
    clause in a tense that headlines keep for what someone says: a verb with its own subject in
    the perfect or with a modal ("Ukraine: Russian troops have left Kherson", "China: Taiwan must
    accept talks"). Headlines tell their own news in the present, the plain past or with a bare
    participle ("Nigeria: Gunmen kill 12", "Sudan: RSF killed hundreds", "Syria: 20 killed in
    blast"): a topic, no claim; a past tense is no evidence of speech."""
    if line is None or start >= line.end:
        return False
    for v in doc[start:line.end]:
        if v.pos_ not in ("VERB", "AUX") or start <= v.head.i < line.end and v.head.i != v.i:
            continue  # only the clause's top verb
        if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i >= start for c in v.children):
            continue
        aux = [c for c in v.children if c.dep_ in ("aux", "auxpass") and c.i >= start]
        if any(c.tag_ == "MD" or c.lemma_.lower() == "have" for c in aux):
            return True
    return False


_ANSWERS = frozenset({"deny", "confirm", "admit"})  # stances of the cue verbs that answer a claim
_LINKING = frozenset({"that", "which"})
_NOBODY = frozenset({"nobody", "none", "few", "no"})  # speakers of a summed-up claim that deny nothing
_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "PART"})  # the words of a speaker's noun phrase  # "an accusation that the ministry rejects"


class NonVerbalFrames(VerbFrames):
    """Candidates proposed by phrases, nouns and colons."""

    learned_nouns: dict[str, float]
    learned_adjs: dict[str, float]

    def _claim_summaries(self) -> tuple[list[Candidate], set[int]]:
        """'S, a charge Kigali denies.', 'S, an accusation the ministry rejects.', 'S, a claim Moscow
        has disputed.': a claim noun (cues.yaml ``claim_nouns``) set off at the end of its sentence
        sums up the clause before it, and the reduced relative clause on it says who answers that
        claim. The clause is the content, the relative clause's subject the speaker, its verb the
        cue (a verb of the lexicon of stance deny, confirm or admit, or cues.yaml ``disputing_verbs``,
        read as denials). The parser reads the phrase several ways: the noun as a compound of the
        name ("a charge Kigali" as the subject of "denies"), the verb as a relative clause on the
        noun, which then took the noun for its content, or the verb as a plural noun ("an
        accusation Moscow rejects" with no verb at all); the words' order decides here. Returns the
        candidates and the token indices of their cue verbs (no other frame proposes those)."""
        doc = self.doc
        out: list[Candidate] = []
        taken: set[int] = set()
        for sent in doc.sents:
            words = [t for t in sent if not (t.is_punct or t.is_space)]
            if len(words) < 6 or self._headline(sent[0].idx) or self._inside_quote(words[-1].idx):
                continue
            cue = words[-1]
            while cue.pos_ == "ADV" and cue.i > words[0].i:
                cue = doc[cue.i - 1]  # "a charge the army strongly denies", "... denies outright"
            stance = self._answer(cue)
            if stance is None:
                continue
            k = cue.i - 1  # the auxiliaries and adverbs of the cue ("has repeatedly denied")
            while k > sent.start and doc[k].head.i in (cue.i, doc[k].i) and (doc[k].dep_ in ("aux", "advmod") or doc[k].tag_ == "MD") \
                    and doc[k].pos_ in ("AUX", "ADV", "VERB"):
                k -= 1
            if any(t.dep_ == "neg" or t.lower_ in ("not", "n't", "never") for t in doc[k + 1:cue.i]):
                continue  # "a charge the army does not deny": no answer to read
            comma = next((t.i for t in reversed(doc[sent.start:k + 1]) if t.text == ","), None)
            if comma is None or comma - sent.start < 3:
                continue
            j = comma + 1
            if doc[j].lower_ in ("a", "an"):
                j += 1
            while j < k and doc[j].pos_ == "ADJ":
                j += 1  # "a baseless charge"
            noun = doc[j] if j <= k else None
            if noun is None or noun.lemma_.lower() not in self.cues.summary_nouns or noun.tag_ not in ("NN", "NNS"):
                continue
            if any(t.lemma_.lower() in self.cues.charging_words for t in doc[sent.start:comma]):
                continue  # 'He was charged with murder, a charge he denies': the clause names the charge, no claim to deny
            i = j + 1
            if i <= k and doc[i].lower_ in _LINKING:
                i += 1
            phrase = doc[i:k + 1]
            if not len(phrase) or phrase[-1].pos_ not in ("NOUN", "PROPN", "PRON") or any(t.pos_ not in _PHRASE_POS for t in phrase):
                continue  # the words between the noun and the verb must be one noun phrase, its speaker
            subject = phrase[-1]
            if any(t.lower_ in _NOBODY for t in phrase) or (subject.lower_ == "one" and doc[subject.i - 1].lower_ == "no"):
                continue  # 'S, a charge nobody denies', 'a claim few dispute': no one answers it
            head_verb = _clause_verb(doc, sent.start, comma)
            if head_verb is None:
                continue  # the words before the comma are no clause of their own
            span = self._tokens(sent.start, comma, cue.idx)
            said = _reported(doc[sent.start:comma], self.cues.verbs)
            aside = self._cue_aside(sent.start, comma)
            if aside is not None:
                # '"S," the rebels said, a claim the army denied', 'S, the auditor found, a claim X denies': what the
                # cue clause reports, never the cue clause; the rebels' own quote stays theirs (the quotation is not used up)
                span = self._tokens(sent.start, aside, cue.idx)
            elif said is not None and (inner := self._clause(said)) is not None:
                # "The rebels said soldiers had shelled the market, a claim the army denied": what the rebels said
                # (the parse may hang the noun's phrase inside their clause)
                span = self._tokens(doc.char_span(*inner, alignment_mode="expand").start, comma, cue.idx)
            if not span:
                continue
            used = set(self.used)
            span, kind, st, segs = self._typed(span, stance)
            if aside is not None:
                self.used = used
            cue_span = (doc[k + 1].idx, cue.idx + len(cue))
            out.append(Candidate(cue, cue_span, subject, (i, subject.i + 1), span, kind, st, None, segs, "claim-summary"))
            taken.add(cue.i)
            self.summary_nouns.add(noun.i)  # no noun cue of its own ("a claim that the office disputes" is no one's claim)
        return out, taken

    def _cue_aside(self, i: int, j: int) -> int | None:
        """The first token of a cue clause set off after the content among tokens [i, j) ('"S," the
        rebels said', 'S, the auditor found', 'S, police told reporters'): a reporting verb whose
        subject follows a comma or a closing mark, with content before it; None when there is none."""
        doc = self.doc
        for v in doc[i:j]:
            if not self._reports(v):
                continue
            subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
            if subj is None:
                continue
            lo = min(subj.left_edge.i, v.i)
            k = lo - 1
            while k > i and doc[k].text in MARKS:
                k -= 1
            if k - i >= 2 and doc[k].text == ",":
                return lo
        return None

    def _answer(self, t: "Token") -> str | None:
        """The stance of a word that answers a claim (deny, confirm, admit; cues.yaml
        ``disputing_verbs`` deny), read from its lemma whatever the tagger made of it (it tags
        "rejects" after a name as a plural noun); None for any other word."""
        if t.pos_ not in ("VERB", "NOUN") or not t.is_lower or t.tag_ not in ("VBZ", "VBD", "VBN", "VBP", "NNS"):
            return None
        lemma = t.lemma_.lower()
        if t.pos_ == "NOUN" and not t.lower_.endswith("s"):
            return None
        stance = self.cues.verbs.get(lemma)
        if stance in _ANSWERS:
            return stance
        return "deny" if lemma in self.cues.disputing_verbs else None

    def _per_phrases(self) -> list[Candidate]:
        """'Per CTV News, ...', '..., per a police statement.': "per" as "according to" (see
        :func:`per_source`)."""
        return [c for tok in doc_tokens(self.doc) if per_source(tok, norms=self.cues.norm_nouns) and not self._inside_quote(tok.idx)
                and not self._headline(tok.idx) for c in self._according(tok)]

    def _according(self, tok: "Token") -> list[Candidate]:
        """'..., according to X.' (or '..., per X.') -> X said the clause the phrase hangs on."""
        to = self.doc[tok.i + 1] if tok.lower_ == "according" else tok
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if pobj is None:
            return []
        phrase_end = to.right_edge.i + 1
        sent = tok.sent
        lo, hi = sent.start, sent.end
        # the content stays in the phrase's paragraph (a sentence the parser ran across a line break)
        described = _described(tok, phrase_end)
        if described is not None and not (described.dep_ == "nsubj" and self._reports(described.head)):
            # 'Officials said the ship, which was carrying grain according to its owners, sank': the described noun is no
            # speaker of the sentence's own cue, and the phrase reads as the sentence's (the filter judges it then)
            described = None
        if described is not None:  # "X, who came second according to official results, said ...": the description is what X is said to be
            span = self._tokens(described.left_edge.i, tok.i, tok.idx)
            self.described.add(tok.i)  # the grammar bounds it: the name and its description, no learned edges
        elif tok.i - lo <= 1:  # "According to X, clause."
            span = self._tokens(phrase_end, hi, tok.idx)
        elif phrase_end >= hi - 1:  # "Clause, according to X."
            span = self._tokens(lo, tok.i, tok.idx)
        else:
            left, right = self._tokens(lo, tok.i, tok.idx), self._tokens(phrase_end, hi, tok.idx)
            span = max((left, right), key=lambda s: (s[1] - s[0]) if s else -1)
        if not span:
            return []
        span, kind, stance, segs = self._typed(span, "neutral")
        cue = (tok.idx, to.idx + len(to))
        return [Candidate(tok, cue, pobj, speaker_tokens(pobj), span, kind, stance, None, segs, "according")]

    def _noun_cues(self) -> list[Candidate]:
        """"X's claim that ...", "X's criticism of ...": the possessor speaks; "X voiced support for ...":
        the subject of the verb taking the noun as object speaks (filtered runs only)."""
        out: list[Candidate] = []
        for tok in doc_tokens(self.doc):
            if tok.pos_ != "NOUN" or self.learned_nouns.get(tok.lemma_.lower(), 0.0) < NOUN_RATE:
                continue
            if tok.lemma_.lower() in self.cues.display_nouns or tok.i in self.summary_nouns or tok.i in self.read_nouns:
                continue  # "carried banners reading ...": the verb after the banner speaks for its carriers (verb_frames.py)
            if self._inside_quote(tok.idx) or self._headline(tok.idx):
                continue
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            if owner is None:
                owner = _holder(tok)  # "X faced criticism from Y", "anxiety among Y": Y, not X
            if owner is None and tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
                owner = self._subject(tok.head)  # "X voiced support for Y", "X expressed concern that"
                if owner is not None and owner.lower_ in ("who", "which", "that"):
                    owner = None
            if owner is None:
                continue
            clause = next((c for c in tok.children if c.dep_ in ("acl", "ccomp") and c.i > tok.i and c.pos_ in ("VERB", "AUX")), None)
            span = None
            if clause is not None:
                span = self._clause(clause)
            else:
                prep = next((c for c in tok.children if c.dep_ == "prep" and c.i > tok.i and c.lower_ in OBJECT_PREPS), None)
                pobj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
                if pobj is not None:
                    span = self._tokens(prep.i + 1, prep.right_edge.i + 1)
            if not span:
                continue
            span, kind, stance, segs = self._typed(span, "neutral")
            oi, oj = speaker_tokens(owner)
            out.append(Candidate(tok, (tok.idx, tok.idx + len(tok)), owner, (oi, oj), span, kind, stance, None, segs, "noun"))
        return out

    def _adjective_cues(self) -> list[Candidate]:
        """"X was confident that ...", "X is critical of ...": an attitude adjective after a copula;
        its subject holds the attitude (filtered runs only)."""
        out: list[Candidate] = []
        for tok in doc_tokens(self.doc):
            if tok.pos_ != "ADJ" or tok.dep_ != "acomp" or self.learned_adjs.get(tok.lemma_.lower(), 0.0) < NOUN_RATE:
                continue
            if self._inside_quote(tok.idx) or self._headline(tok.idx):
                continue
            cop = tok.head
            if cop.pos_ not in ("AUX", "VERB") or cop.i > tok.i:
                continue
            owner = self._subject(cop)
            if owner is None or owner.lower_ in ("who", "which", "that", "it"):
                continue
            clause = next((c for c in tok.children if c.dep_ in ("ccomp", "xcomp") and c.i > tok.i and c.pos_ in ("VERB", "AUX")), None)
            span, cue_end = None, tok.idx + len(tok)
            if clause is not None:
                span = self._clause(clause)
            else:
                prep = next((c for c in tok.children if c.dep_ == "prep" and c.i > tok.i and c.lower_ in _ADJ_PREPS), None)
                if prep is not None and any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
                    span = self._tokens(prep.i + 1, prep.right_edge.i + 1)
                    cue_end = prep.idx + len(prep)
            if not span:
                continue
            span, kind, stance, segs = self._typed(span, "neutral")
            cue = (cop.idx if owner.i < cop.i else tok.idx, cue_end)
            out.append(Candidate(tok, cue, owner, speaker_tokens(owner), span, kind, stance, None, segs, "adjective"))
        return out

    def _colon_lines(self) -> list[Candidate]:
        """'Name: words' at the start of a paragraph (headlines, transcripts): Name says the words.
        The name is capitalised words ("McCain", "TAPPER"); a genre label ("Analysis:", "Factbox:";
        cues.yaml ``kickers``) or a place ("Nigeria: Gunmen kill 12") names nobody."""
        doc = self.doc
        out: list[Candidate] = []
        for k, ps in enumerate(self.paras):
            pe = self.paras[k + 1] if k + 1 < len(self.paras) else len(self.text)
            lead = ps
            if ps < len(self.text) and self.text[ps] in MARKS:
                ps += 1  # a mark opening a transcript line
            line = self.text[ps:pe]
            colon = line.find(":")
            if colon < 2 or colon > 60 or "\n" in line[:colon] or any(lead < q.open < ps + colon for q in self._overlapping(ps, ps + colon)):
                continue
            toks = doc.char_span(ps, ps + colon, alignment_mode="contract")
            if toks is None or not 1 <= len(toks) <= 6 or toks.end >= len(doc) or doc[toks.end].text != ":":
                continue
            words = [t for t in toks if t.is_alpha]
            if not words or not all(t.text[0].isupper() for t in words):  # "McCain", "HuffPollster", "TAPPER"
                continue
            if any(t.pos_ in ("VERB", "AUX", "ADP", "PRON", "SCONJ") for t in toks):
                continue
            if " ".join(t.lower_ for t in toks) in self.cues.kickers:
                continue  # "Analysis: ...", "Factbox: ...": a genre label, no speaker
            if (all(t.ent_type_ in ("GPE", "LOC") for t in words) or _country(toks.text)) and not (
                    _country(toks.text) and _reported_clause(doc, toks.end + 1, doc.char_span(ps, pe, alignment_mode="contract"))):
                continue  # "Nigeria: Gunmen kill 12 ...", "Iowa: (a list)": where the news is, no speaker (PolNeAR train: 0 of 4)
            heads = [t for t in toks if t.pos_ in ("PROPN", "NOUN") and not (toks.start <= t.head.i < toks.end and t.head.i != t.i)]
            if not heads:
                continue
            cs = ps + colon + 1
            ce = ps + len(line.rstrip())
            if k == 0 and self.text[ce - 1] == ".":
                ce -= 1  # a title's closing point is no part of its words
            while cs < ce and self.text[cs].isspace():
                cs += 1
            if len(self.text[cs:ce].split()) < 3:
                continue
            span, kind, stance, segs = self._typed((cs, ce), "neutral")
            colon_tok = doc[toks.end]
            out.append(Candidate(colon_tok, (colon_tok.idx, colon_tok.idx + 1), heads[-1], (toks.start, toks.end), span, kind, stance, None, segs, "colon"))
        return out


def _described(tok: "Token", phrase_end: int) -> "Token | None":
    """The noun whose description (a relative clause or an apposition set off after it) ends with
    the "according to" phrase at ``tok`` (ending before token ``phrase_end``), when the sentence's
    own clause goes on after the description: "Jane Roe, who came second according to official
    results, said ...", "Jane Roe, the runner-up according to the count, said ...". What the source
    says is the description of that noun, not the sentence around it. None when the phrase hangs on
    the sentence's own clause, or the description ends the sentence ("Police arrested a man who had
    stabbed two people, according to a statement": the parse may hang the phrase inside the clause,
    but it is the sentence's attribution)."""
    doc = tok.doc
    sent = tok.sent
    last = max((t.i for t in sent if not (t.is_punct or t.is_space)), default=tok.i)
    t = tok
    while t.head.i != t.i:
        if t.dep_ in ("relcl", "acl", "appos"):
            noun = t.head
            if noun.pos_ not in ("NOUN", "PROPN") or noun.i > t.i or t.right_edge.i + 1 != phrase_end:
                return None
            if phrase_end > last or not doc[t.left_edge.i - 1].text == "," or doc[tok.i - 1].text == ",":
                return None  # a description that ends the sentence, or none set off by a comma; a phrase set off itself
            return noun
        if t.head.dep_ == "ROOT" and t.dep_ not in ("prep", "pobj"):
            return None
        t = t.head
    return None


def _reported(words: "Span", verbs: dict[str, str]) -> "Token | None":
    """The complement clause the words' own verb reports, when that verb is a cue of the lexicon
    ("The rebels said soldiers had shelled the market"): the claim the words tell of; else None."""
    tops = [t for t in words if t.head.i == t.i or not words.start <= t.head.i < words.end]
    top = next((t for t in tops if t.pos_ == "VERB"), None)
    if top is None or top.lemma_.lower() not in verbs:
        return None
    return next((c for c in top.children if c.dep_ == "ccomp" and c.i > top.i), None)


def _clause_verb(doc: "Doc", i: int, j: int) -> "Token | None":
    """A finite verb among tokens [i, j) that has a subject of its own: the words are a clause."""
    for t in doc[i:j]:
        if t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children):
            return t
    return None


def _holder(noun: "Token") -> "Token | None":
    """Who holds the stance a noun cue names, when a preposition after it says so: "criticism
    from rights groups", "accusations from residents", "anxiety among farmers" (the subject of
    the verb taking the noun, "the minister faced criticism", "the vote reflects anxiety", is
    who meets it or shows it, not who holds it)."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.i > noun.i and prep.lower_ in _HOLDER_PREPS:
            pobj = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN", "PRON")), None)
            if pobj is not None and pobj.ent_type_ not in ("DATE", "TIME"):
                return pobj
    return None
