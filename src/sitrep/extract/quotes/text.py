"""Where things lie in one document: paragraphs, quotations, and token ranges as clean
character spans typed direct, mixed or indirect by the quotations they touch."""
from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from sitrep.extract.quotes.marks import MARKS, Quoted, direct_span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["TextView"]

_TERMINAL = ".!?:;\"'”’»)…"
_GAP_BEFORE = re.compile(r"^[\s,;—–-]*$")  # between a closing mark and the cue clause
_GAP_AFTER = re.compile(r"^[\s,:;—–-]*$")  # between the cue clause and an opening mark
_BARE_EDGE = " \n\t\u00a0,;:"  # never an edge of a content: what is left when a token or a stray mark is cut



class TextView:
    """Paragraph and quotation geometry of one parsed document; remembers used quotations."""

    def __init__(self, text: str, doc: "Doc", paras: list[int], quoted: list[Quoted]) -> None:
        self.text = text
        self.doc = doc
        self.paras = paras
        self.quoted = quoted
        self.used: set[Quoted] = set()
        self._q_opens = [q.open for q in quoted]

    def _inside_quote(self, pos: int) -> bool:
        k = bisect.bisect_right(self._q_opens, pos) - 1
        return k >= 0 and self.quoted[k].start <= pos < self.quoted[k].end

    def _overlapping(self, start: int, end: int) -> list[Quoted]:
        lo = bisect.bisect_left(self._q_opens, start) - 1
        out = []
        for q in self.quoted[max(0, lo):]:
            if q.open >= end:
                break
            if q.close > start:
                out.append(q)
        return out

    def _para(self, pos: int) -> int:
        return bisect.bisect_right(self.paras, pos) - 1

    def _para_bounds(self, pos: int) -> tuple[int, int]:
        k = self._para(pos)
        end = self.paras[k + 1] if k + 1 < len(self.paras) else len(self.text)
        return self.paras[k], end

    def _headline(self, pos: int) -> bool:
        """Headlines, teasers and bylines (no closing punctuation) are not attributed speech."""
        s, e = self._para_bounds(pos)
        line = self.text[s:e].rstrip()
        return not line or line[-1] not in _TERMINAL

    def _ends_sentence(self, t: "Token") -> bool:
        if t.text in ".!?":
            return True
        return t.text in MARKS and t.i > 0 and t.doc[t.i - 1].text in ".!?"

    def _tokens(self, i: int, j: int, anchor: int | None = None) -> tuple[int, int] | None:
        """Char span of tokens [i, j) in the paragraph of ``anchor`` (default: token i), without
        edge punctuation, widened to whole quotations."""
        doc = self.doc
        if i >= j:
            return None
        ps, pe = self._para_bounds(doc[i].idx if anchor is None else anchor)
        while i < j and doc[i].idx < ps:
            i += 1
        while j > i and doc[j - 1].idx >= pe:
            j -= 1
        while i < j and (doc[i].is_space or (doc[i].is_punct and doc[i].text not in MARKS) or (doc[i].dep_ == "cc" and doc[i].head.i > j)):
            i += 1
        while j > i and (doc[j - 1].is_space or (doc[j - 1].is_punct and doc[j - 1].text not in MARKS) or doc[j - 1].dep_ == "cc"):
            j -= 1
        if i >= j:
            return None
        s, e = doc[i].idx, doc[j - 1].idx + len(doc[j - 1])
        for q in self._overlapping(s, e):
            if q.open < s and q.start >= s - 1:
                s = q.open
            if s <= q.open < e < q.close:
                e = q.close
        # a stray mark at an edge whose partner lies outside, and the space or comma it leaves bare
        # ('According to his book "The Deal," a jet ...': the closing mark of the phrase, then a space)
        while True:
            s0, e0 = s, e
            while e > s and self.text[e - 1] in MARKS and not any(q.close == e for q in self._overlapping(s, e)):
                e -= 1
            while s < e and self.text[s] in MARKS and not any(q.open == s for q in self._overlapping(s, e)):
                s += 1
            while e > s and self.text[e - 1] in _BARE_EDGE:
                e -= 1
            while s < e and self.text[s] in _BARE_EDGE:
                s += 1
            if (s, e) == (s0, e0):
                break
        return (s, e) if s < e else None

    def _typed(self, span: tuple[int, int], stance: str) -> tuple[tuple[int, int], str, str, list[Quoted]]:
        s, e = span
        segs = self._overlapping(s, e)
        whole = next((q for q in segs if q.open <= s and e <= q.close), None)
        if whole is not None and (whole.open == s or whole.start <= s) and e >= whole.end:
            self.used.add(whole)
            return direct_span(self.text, whole), "direct", stance, [whole]
        if segs:
            self.used.update(segs)
            return span, "mixed", stance, segs
        return span, "indirect", stance, []

    def _segment_before(self, pos: int) -> Quoted | None:
        """A quotation closing just before ``pos`` ('"...," the minister said')."""
        k = bisect.bisect_right(self._q_opens, pos) - 1
        while k >= 0:
            q = self.quoted[k]
            if q.close <= pos:
                gap = self.text[q.close:pos]
                if _GAP_BEFORE.match(gap) and "\n" not in gap and q.end > q.start:
                    return q
                return None
            k -= 1
        return None

    def _segment_after(self, v: "Token", pos: int) -> Quoted | None:
        """A quotation opening right after the cue clause ('X said: "..."', 'X told reporters, "..."')."""
        k = bisect.bisect_left(self._q_opens, pos)
        if k >= len(self.quoted):
            return None
        q = self.quoted[k]
        gap = self.text[pos:q.open]
        if "\n" in gap or len(gap) > 80 or any(ch in gap for ch in ".!?"):
            return None
        if _GAP_AFTER.match(gap):
            return q
        toks = [t for t in v.doc.char_span(pos, q.open, alignment_mode="contract") or [] if not t.is_space]
        if toks and all(t.is_punct or v.is_ancestor(t) for t in toks) and not any(t.pos_ == "VERB" for t in toks):
            tail = gap.rstrip()
            if tail.endswith((",", ":", "that")):
                return q
        return None

    def _sentence_like(self, q: Quoted) -> int | None:
        """Where the sentence that the quotation opens ends: ``q.close`` when the quotation is
        the whole sentence, further on when a few words finish it ('..." for the rich.');
        None when the quotation does not open a sentence."""
        ps, pe = self._para_bounds(q.open)
        before = self.text[ps:q.open].rstrip()
        if before and before[-1] not in ".!?”\"":
            return None
        after = self.text[q.close:pe].strip()
        if not after or after[0].isupper() or after[0] in MARKS:
            return q.close
        if after[0] in ",;:" or not after[0].isalpha():
            return None
        m = re.search(r"[.!?]", self.text[q.close:pe])
        end = q.close + m.start() if m else ps + len(self.text[ps:pe].rstrip())
        return end if end - q.close <= 80 else None
