"""Quotation-mark scanning: every mark style, quotes that run on across paragraphs."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass

__all__ = ["MARKS", "Quoted", "direct_span", "find_quoted", "paragraph_starts"]

log = logging.getLogger(__name__)

_OPEN = {"“": "double", "«": "guillemet", "„": "double", "‘": "single"}
_CLOSE = {"”": "double", "»": "guillemet", "’": "single"}
MARKS = "\"'“”‘’«»„"
# a quotation left open at a paragraph end runs on only when the next paragraph reopens it
# with a mark of the same family (a stray straight mark must not swallow a curly quote)
_REOPEN = {"double": "“„", "guillemet": "«", "straight": '"'}
_PARA = re.compile(r"\n\s*")


@dataclass(frozen=True, slots=True)
class Quoted:
    """A quotation in the text: marks at ``open``/``close`` (close == end when unclosed)."""

    open: int
    start: int  # first character inside the marks
    end: int  # one past the last character inside the marks
    close: int  # one past the closing mark

    def covers(self, start: int, end: int) -> bool:
        return self.open <= start and end <= self.close


def paragraph_starts(text: str) -> list[int]:
    """Start offsets of paragraphs (a newline ends a paragraph)."""
    starts = [0]
    starts.extend(m.end() for m in _PARA.finditer(text))
    return starts


def find_quoted(text: str) -> list[Quoted]:
    """Every quotation in ``text``, in order. A quote left open at a paragraph end runs on
    when the next paragraph opens with a quotation mark; otherwise it ends there."""
    out: list[Quoted] = []
    starts = paragraph_starts(text)
    bounds = [(s, starts[k + 1] if k + 1 < len(starts) else len(text)) for k, s in enumerate(starts)]
    carry: tuple[int, str] | None = None  # (open offset, family) of a quote running on
    for k, (ps, pe) in enumerate(bounds):
        para_end = len(text[ps:pe].rstrip()) + ps
        opened: tuple[int, str] | None = None
        i = ps
        if carry is not None:
            lead = ps + len(text[ps:pe]) - len(text[ps:pe].lstrip())
            opened = carry
            i = lead + (2 if carry[1] == "twosingle" else 1)  # skip the re-opening mark
            carry = None
        while i < para_end:
            c = text[i]
            prev = text[i - 1] if i > ps else " "
            nxt = text[i + 1] if i + 1 < para_end else " "
            if c == "'" and nxt == "'":  # two apostrophes standing for a double mark (''...'')
                if opened is None and (prev.isspace() or prev in "([—–") and not text[i + 2:i + 3].isspace():
                    opened = (i, "twosingle")
                    i += 2
                    continue
                if opened is not None and opened[1] == "twosingle":
                    out.append(_quoted(text, opened[0], i, i + 2, width=2))
                    opened = None
                    i += 2
                    continue
            if opened is None:
                if c in _OPEN and not (c == "‘" and prev.isalnum()):
                    opened = (i, _OPEN[c])
                elif c == '"' and not nxt.isspace():
                    opened = (i, "straight")
                elif c == "'" and (prev.isspace() or prev in "([—–") and nxt.isalpha():
                    opened = (i, "straight-single")
            else:
                o, fam = opened
                closes = (
                    (c in _CLOSE and _CLOSE[c] == fam and not (fam == "single" and nxt.isalpha()))
                    or (c == '"' and fam == "straight")
                    or (c == "'" and fam == "straight-single" and not nxt.isalpha() and not prev.isspace())
                    or (c == "“" and fam == "double" and text[o] == "„")
                    or _mismatched_close(text, o, i, para_end, fam, prev, nxt)
                )
                if closes:
                    out.append(_quoted(text, o, i, i + 1))
                    opened = None
            i += 1
        if opened is not None:
            nxt_para = bounds[k + 1] if k + 1 < len(bounds) else None
            lead = text[nxt_para[0]:nxt_para[1]].lstrip()[:1] if nxt_para else ""
            runs_on = bool(lead) and _REOPEN.get(opened[1], "").find(lead) >= 0
            if opened[1] == "twosingle":
                runs_on = text[nxt_para[0]:nxt_para[1]].lstrip().startswith("''") if nxt_para else False
            if runs_on:
                carry = opened
            else:
                log.debug("unclosed quotation at %d ends with its paragraph", opened[0])
                out.append(_quoted(text, opened[0], para_end, para_end, width=2 if opened[1] == "twosingle" else 1))
    return out


def _mismatched_close(text: str, o: int, i: int, para_end: int, fam: str, prev: str, nxt: str) -> bool:
    """A double mark of the other style in closing position (after a word or punctuation,
    before a space or punctuation) closes a double quotation when no mark of the quotation's
    own style closes it before the next quotation opens, and no quotation inside it is open: '“It is shameful," she said.',
    '"It is late,” he said.', '“It is late,“ he said.' are typing slips, while in '“He called it
    "a hoax" and left.”' the straight marks quote inside the quotation."""
    c = text[i]
    if prev.isspace() or not (nxt.isspace() or nxt in ",.;:?!)—–-"):
        return False
    if not ((fam == "double" and c in '"“') or (fam == "straight" and c in "”“")):
        return False
    inside = text[o + 1:i]
    if (fam == "double" and inside.count('"') % 2) or (fam == "straight" and inside.count("“") > inside.count("”")):
        return False  # it closes a quotation inside the quotation: '“a "hoax" and a "lie",” he said'
    own = "”" if fam == "double" else '"'
    for j in range(i + 1, para_end):
        if text[j] in own and not text[j - 1].isspace():
            return False
        if text[j] in '"“' and text[j - 1].isspace() and not text[j + 1:j + 2].isspace():
            return True  # the next quotation opens first
    return True


def _quoted(text: str, open_: int, end: int, close: int, *, width: int = 1) -> Quoted:
    start = open_ + width
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Quoted(open_, start, end, close)


def direct_span(text: str, q: Quoted) -> tuple[int, int]:
    s, e = q.start, q.end
    while e > s and text[e - 1] in ",;: ":
        e -= 1
    return s, e
