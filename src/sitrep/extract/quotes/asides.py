"""Cue clauses whose content lies outside the clause the parser gave them: an aside that
attributes the sentence around it ("As the Post reported, S"; "S, as critics point out")
and a cue that a colon hands on to a quotation opening the next paragraph
('The reporter says:' / '"..."'). Proposed in filtered runs only, as a fallback when the
cue's own frames found no content; the learned filter judges them by their frame.

Also the signature line of an embedded tweet or epigraph, cued by a dash alone:
'"Words." — Jane Doe' or 'Words pic.twitter.com/x — Jane Doe (@jdoe) May 5, 2016'."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sitrep.annotate.tokens import doc_tokens
from sitrep.extract.quotes.candidate import Candidate
from sitrep.extract.quotes.marks import direct_span
from sitrep.extract.quotes.nonverbal import NonVerbalFrames
from sitrep.extract.speakers import authored, put_up_by, speaker_tokens

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["Asides"]

# a dash, then a name of capitalised words (a handle and a date may follow) closing the paragraph
_SIGNATURE = re.compile(
    r"(?P<dash>[\u2014\u2015\u2013]|--?)[ \t\u00a0]*"
    r"(?P<name>[A-Z][\w.'\u2019-]*(?:[ \u00a0][A-Z][\w.'\u2019-]*){0,4})"
    r"(?:[ \u00a0]*\(@\w+\))?(?:[ \u00a0]+[A-Z][a-z]+\.? \d{1,2}, \d{4})?[ \t]*$"
)
SIGNATURE_WORDS = 8  # the fewest words a signed paragraph holds
# the parts of speech of a noun phrase naming a text and its owner ("A statement from the interior ministry")
_TEXT_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "ADP", "NUM", "PART"})


class Asides(NonVerbalFrames):
    """Candidates for cue verbs whose content is the host sentence or the next paragraph."""

    def _asides(self, v: "Token") -> list[Candidate]:
        """The aside frames of cue ``v``, tried in turn (filtered runs, after its own frames found nothing)."""
        return self._as_clause(v) or self._colon_quote(v)

    def _aside_subject(self, v: "Token") -> "tuple[Token, tuple[int, int]] | None":
        subject = self._subject(v)
        if subject is None or subject.lower_ in ("who", "which", "that", "it") or self._para(subject.idx) != self._para(v.idx):
            return None
        return subject, speaker_tokens(subject) if subject.pos_ != "PRON" else (subject.i, subject.i + 1)

    def _cue_of(self, v: "Token") -> tuple[int, int]:
        nxt = self.doc[v.i + 1] if v.i + 1 < len(self.doc) else None
        if nxt is not None and nxt.dep_ == "prt" and nxt.head.i == v.i:
            return v.idx, nxt.idx + len(nxt)  # "point out"
        return v.idx, v.idx + len(v)

    def _as_clause(self, v: "Token") -> list[Candidate]:
        """'As X reported, S.' / 'S, as X noted.': X said the rest of the host clause."""
        if v.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" and c.i < v.i for c in v.children):
            return []
        found = self._aside_subject(v)
        if found is None:
            return []
        subject, subj_span = found
        host, doc = v.head, self.doc
        lo, hi = v.left_edge.i, v.right_edge.i + 1
        first, last = host.left_edge.i, host.right_edge.i + 1

        def bare(i: int, j: int) -> bool:
            return all(t.is_punct or t.is_space or t.dep_ == "cc" for t in doc[i:j])

        if lo > first and bare(hi, last):  # the aside closes the clause
            span = self._tokens(first, lo, v.idx)
        elif bare(first, lo) and hi < last:  # the aside opens it
            span = self._tokens(hi, last, v.idx)
        else:
            return []  # an aside in mid-clause: its content is split around it
        if not span:
            return []
        stance = self.cues.verbs.get(v.lemma_.lower(), "neutral")
        span, kind, stance, segs = self._typed(span, stance)
        return [Candidate(v, self._cue_of(v), subject, subj_span, span, kind, stance, None, segs, "as-clause")]

    def _colon_quote(self, v: "Token") -> list[Candidate]:
        """'X says:' closing a paragraph, then a quotation opening the next: X says the quotation."""
        doc = self.doc
        k = v.i + 1
        while k < len(doc) and k <= v.i + 3 and doc[k].text != ":" and (doc[k].dep_ in ("prt", "advmod", "npadvmod") or doc[k].is_space):
            k += 1
        if k >= len(doc) or doc[k].text != ":":
            return []
        colon = doc[k].idx + 1
        q = next((q for q in self.quoted if q.open >= colon), None)
        if q is None or q in self.used or self.text[colon:q.open].strip() or "\n" not in self.text[colon:q.open]:
            return []
        found = self._aside_subject(v)
        if found is None:
            return []
        subject, subj_span = found
        self.used.add(q)
        stance = self.cues.verbs.get(v.lemma_.lower(), "neutral")
        return [Candidate(v, self._cue_of(v), subject, subj_span, direct_span(self.text, q), "direct", stance, None, [q], "colon-quote")]

    def _statement_reads(self, taken: set[int]) -> list[Candidate]:
        """'A statement from the ministry read: "..."', 'The letter reads, "..."', 'A sign on the
        door read: "..."': a text as the subject of "read(s)", a colon or comma, then a quotation.
        The text's owner speaks (the resolver's statement owner: the ministry; "the statement"
        alone as "the statement said" is), and a sign is no one's speech (unresolved). The
        parser often takes "read" for a noun after the owner ("the ministry read", a compound),
        so no verb frame sees it: the words are read here, the cue tokens ``taken`` (those the
        verb frames already gave a candidate) left alone. Kept by the grammar."""
        doc = self.doc
        texts = self.cues.statement_nouns | self.cues.display_nouns
        out: list[Candidate] = []
        for tok in doc_tokens(doc):
            if tok.lower_ not in ("read", "reads") or tok.i in taken or tok.i + 1 >= len(doc) or doc[tok.i + 1].text not in (":", ","):
                continue
            after = doc[tok.i + 1].idx + 1
            q = next((q for q in self.quoted if q.open >= after), None)
            if q is None or q in self.used or self.text[after:q.open].strip() or self._inside_quote(tok.idx):
                continue
            lo = tok.sent.start
            while lo < tok.i and (doc[lo].is_punct or doc[lo].is_space):
                lo += 1
            words = doc[lo:tok.i]
            noun = next((t for t in words if t.pos_ == "NOUN" and t.lemma_.lower() in texts), None)
            if noun is None or not all(t.pos_ in _TEXT_PHRASE_POS or t.tag_ == "POS" or self._text_participle(t, noun) for t in words):
                continue  # the words before "read" are one noun phrase naming a text ("A statement from the ministry")
            self.used.add(q)
            self.read_nouns.add(noun.i)
            out.append(Candidate(tok, (tok.idx, tok.idx + len(tok)), noun, (lo, tok.i), direct_span(self.text, q), "direct",
                                 "neutral", None, [q], "statement-read"))
        return out

    def _text_participle(self, t: "Token", noun: "Token") -> bool:
        """A participle that tells who made the text ("a letter signed by 40 lawmakers", "a statement
        put out by the army"; cues.yaml ``authorship_verbs``) or how a sign was put up ("A banner
        painted on the wall"): part of the phrase naming the text, no verb of its own (before, the
        participle hid the quotation the banner read). Not one of getting hold of a text ("A statement
        received by AFP read:"), whose agent is no owner and whose parse made "AFP read" a name."""
        if not (t.tag_ == "VBN" and t.dep_ == "acl" and t.head.i == noun.i and t.i > noun.i):
            return False
        return authored(t, self.cues) or (noun.lemma_.lower() in self.cues.display_nouns and put_up_by(t, self.cues))

    def _signatures(self) -> list[Candidate]:
        """'"Words." — Name' closing a paragraph, or '- Name' alone under a quotation: Name says the words."""
        doc = self.doc
        out: list[Candidate] = []
        for k, ps in enumerate(self.paras):
            pe = self.paras[k + 1] if k + 1 < len(self.paras) else len(self.text)
            line = self.text[ps:pe].rstrip()
            m = _SIGNATURE.search(line)
            if m is None:
                continue
            dash = ps + m.start("dash")
            if m.start("dash") > 0 and not line[m.start("dash") - 1].isspace() and line[m.start("dash") - 1] not in "\"\u201d\u2019.!?":
                continue  # a hyphenated word, not a signature
            names = doc.char_span(ps + m.start("name"), ps + m.end("name"), alignment_mode="expand")
            if names is None or any(t.pos_ in ("VERB", "AUX", "ADP", "PRON", "DET", "SCONJ") for t in names):
                continue
            if m.start("dash") == 0 and k > 0:  # '- Name' under the quotation it signs
                cs, ce = self.paras[k - 1], ps
            else:
                cs, ce = ps, dash
            body = self.text[cs:ce].rstrip()
            ce = cs + len(body)
            last = body.split()[-1] if body.split() else ""
            if not (body.endswith((".", "!", "?", "\"", "\u201d", "\u2019")) or last.startswith(("pic.twitter.com/", "http"))):
                continue  # a signature follows whole sentences or a tweet's link ("party lines - Republicans" is no signature)
            if last.startswith(("pic.twitter.com/", "http")):  # the link is no part of the words
                body = body[: len(body) - len(last)].rstrip()
                ce = cs + len(body)
            if len(body.split()) < SIGNATURE_WORDS or any(q.open < cs < q.close for q in self._overlapping(cs, cs + 1)):
                continue
            span = self._tokens(*_token_range(doc, cs, ce), cs) if doc.char_span(cs, ce, alignment_mode="expand") is not None else None
            if not span:
                continue
            span, kind, stance, segs = self._typed(span, "neutral")
            head = names.root
            cue = doc.char_span(dash, dash + len(m.group("dash")), alignment_mode="expand")
            if cue is None:
                continue
            out.append(Candidate(cue.root, (dash, dash + len(m.group("dash"))), head, (names.start, names.end), span, kind, stance, None, segs, "signature"))
        return out


def _token_range(doc, start: int, end: int) -> tuple[int, int]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.start, span.end
