"""Reported speech: direct, indirect and mixed quotes with their speakers.

The stage scans the text once for quotation marks (``find_quoted``: every mark style,
quotes that run on across paragraphs), then visits only the speech-cue tokens of the
parse: a cue's subject is the speaker, its complement clause (or an adjacent
quotation) the content. "according to X", "X was quoted as saying", "X told Y",
'"...," the ministry statement said' and split quotes are covered. Speakers are
resolved through the actor mentions by ``sitrep.extract.speakers``.
"""
from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar

from sitrep.config import Options
from sitrep.extract.base import Analysis
from sitrep.extract.learned_cues import CUE_RATE, FILTERED_CUE_RATE, NOUN_RATE, OBJECT_RATE, load_learned_cues
from sitrep.extract.quote_filter import QuoteFilter, candidate_features, load_quote_filter
from sitrep.extract.speakers import Cues, SpeakerResolver, load_cues, speaker_tokens
from sitrep.model import Quote, Span, Speaker

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["QuoteStage", "Quoted", "find_quoted", "paragraph_starts"]

log = logging.getLogger(__name__)

_OPEN = {"“": "double", "«": "guillemet", "„": "double", "‘": "single"}
_CLOSE = {"”": "double", "»": "guillemet", "’": "single"}
_MARKS = "\"'“”‘’«»„"
# a quotation left open at a paragraph end runs on only when the next paragraph reopens it
# with a mark of the same family (a stray straight mark must not swallow a curly quote)
_REOPEN = {"double": "“„", "guillemet": "«", "straight": '"'}
_PARA = re.compile(r"\n\s*")
_TERMINAL = ".!?:;\"'”’»)…"
_GAP_BEFORE = re.compile(r"^[\s,;—–-]*$")  # between a closing mark and the cue clause
_GAP_AFTER = re.compile(r"^[\s,:;—–-]*$")  # between the cue clause and an opening mark
_SUBJECT_DEPS = ("nsubj",)
_OBJECT_PREPS = ("of", "for", "over", "about", "against", "in", "on", "to", "as")
# particles that keep a verb a speech act ("pointed out", "fired back", "weighed in"; not "called off")
_SPEECH_PARTICLES = frozenset({"out", "down", "back", "on", "in"})
_NO_OBJECT = frozenset({"say", "tell", "add", "continue", "reply", "respond", "ask"})  # their object is no claim
_OBJECT_ONLY = frozenset({"deny", "admit", "confirm", "condemn", "regret", "claim", "accuse", "request"})


@dataclass(frozen=True, slots=True)
class Quoted:
    """A quotation in the text: marks at ``open``/``close`` (close == end when unclosed)."""

    open: int
    start: int  # first character inside the marks
    end: int  # one past the last character inside the marks
    close: int  # one past the closing mark

    def covers(self, start: int, end: int) -> bool:
        return self.open <= start and end <= self.close


@dataclass(slots=True)
class _Candidate:
    cue: "Token | None"
    cue_span: tuple[int, int] | None
    subject: "Token | None"
    subject_span: tuple[int, int] | None
    content: tuple[int, int]
    kind: str
    stance: str
    speaker_of: int | None = None  # index of an earlier candidate whose speaker this one shares
    segments: list[Quoted] = field(default_factory=list)
    frame: str = ""  # which construction proposed it (a feature of the learned filter)
    nested: bool = False  # its cue lies inside another candidate's content


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


def _quoted(text: str, open_: int, end: int, close: int, *, width: int = 1) -> Quoted:
    start = open_ + width
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Quoted(open_, start, end, close)


class QuoteStage:
    """Quotes (direct, indirect, mixed) with resolved speakers, cue and stance."""

    name: ClassVar[str] = "quotes"
    needs: ClassVar[tuple[str, ...]] = ("mentions",)
    adds: ClassVar[tuple[str, ...]] = ("quotes",)

    def __init__(
        self,
        options: Options,
        *,
        cues: Cues | None = None,
        learned: dict[str, float] | None = None,
        quote_filter: QuoteFilter | None | bool = True,
    ) -> None:
        self.options = options
        self.cues = cues or load_cues()
        self.learned = load_learned_cues() if learned is None else learned
        self.learned_nouns = load_learned_cues(pos="NOUN") if learned is None else {}
        # True: the packaged filter; False/None: none (every candidate that passes the rules)
        self.filter = load_quote_filter() if quote_filter is True else (quote_filter or None)

    def __call__(self, analysis: Analysis) -> Analysis:
        text = analysis.article.text
        doc = analysis.doc
        paras = paragraph_starts(text)
        quoted = find_quoted(text)
        run = _Run(text, doc, self.cues, paras, quoted, self.learned, self.filter)
        run.learned_nouns = self.learned_nouns
        cands = run.candidates()
        resolver = SpeakerResolver(analysis, self.cues, paras)
        speakers = []
        for cand in cands:
            if cand.speaker_of is not None:
                speaker = speakers[cand.speaker_of]
            elif cand.subject is None:
                speaker = None
            else:
                speaker = resolver.resolve(cand.subject, cand.subject_span)
                speaker = _as_written(speaker, cand.subject, cand.cue, text)
            speakers.append(speaker)
            if speaker is None:
                continue
            cs, ce = cand.content
            cue = Span(cand.cue_span[0], cand.cue_span[1], text[cand.cue_span[0]:cand.cue_span[1]]) if cand.cue_span else None
            analysis.quotes.append(Quote(speaker=speaker, cue=cue, content=Span(cs, ce, text[cs:ce]), kind=cand.kind, stance=cand.stance))  # type: ignore[arg-type]
        log.debug("%s: %d quotes", analysis.article.id, len(analysis.quotes))
        return analysis


class _Run:
    """Candidate quotes of one document (no speaker resolution yet)."""

    def __init__(self, text: str, doc: "Doc", cues: Cues, paras: list[int], quoted: list[Quoted], learned: dict[str, float],
                 quote_filter: QuoteFilter | None = None) -> None:
        self.text = text
        self.learned = learned
        self.filter = quote_filter
        self.cue_rate = CUE_RATE if quote_filter is None else FILTERED_CUE_RATE
        self.keep_nested = quote_filter is not None  # the filter judges nested cues too
        self.learned_nouns: dict[str, float] = {}  # noun cues, proposed only when a filter judges them
        self._phrase_verbs = frozenset(verb for verb, _ in cues.phrases)
        self.doc = doc
        self.cues = cues
        self.paras = paras
        self.quoted = quoted
        self.used: set[Quoted] = set()
        self._q_opens = [q.open for q in quoted]

    # -- quotations ---------------------------------------------------------------------

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

    # -- cues ---------------------------------------------------------------------------

    def candidates(self) -> list[_Candidate]:
        out: list[_Candidate] = []
        for tok in self._cue_tokens():
            if self._inside_quote(tok.idx) or self._headline(tok.idx):
                continue
            if tok.lower_ == "according":
                out.extend(self._according(tok))
            else:
                out.extend(self._verb(tok))
        out.extend(self._colon_lines())
        if self.keep_nested and self.learned_nouns:
            out.extend(self._noun_cues())
        out = self._drop_nested(out)
        if self.filter is not None:
            out = [c for c in out if self.filter.keep(self.features(c))]
        out.extend(self._continuations(out))
        out.sort(key=lambda c: c.content[0])
        return _renumber(out)

    def _cue_tokens(self) -> Iterator["Token"]:
        verbs = self.cues.verbs
        labels = self.cues.label_verbs
        for tok in self.doc:
            if tok.lower_ == "according" and tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].lower_ == "to":
                yield tok
            elif tok.pos_ == "VERB":
                lemma = tok.lemma_.lower()
                if lemma in verbs or lemma in labels:
                    yield tok
                elif lemma not in self._phrase_verbs and self.learned.get(lemma, 0.0) >= self.cue_rate:
                    yield tok  # the hand lexicon owns its phrase verbs ("expressed regret" marks a stance)

    def _verb(self, v: "Token") -> list[_Candidate]:
        lemma = v.lemma_.lower()
        if any(c.dep_ == "prt" and c.lower_ not in _SPEECH_PARTICLES for c in v.children):
            return []
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children):
            return self._passive(v) if self.keep_nested else []
        subject = self._subject(v)
        if subject is None and v.dep_ in ("ROOT", "ccomp") and v.i > 0 and self.doc[v.i - 1].pos_ in ("PROPN", "NOUN"):
            subject = self._fallback_subject(v)  # the parser missed the subject right before the verb
        if subject is None:
            return []
        if subject.i < v.i and self._para(subject.idx) != self._para(v.idx):
            subject = self._fallback_subject(v)
            if subject is None:
                return []
        subj_span = speaker_tokens(subject) if subject.pos_ != "PRON" else (subject.i, subject.i + 1)
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
        out: list[_Candidate] = []

        def make(content: tuple[int, int], kind: str, st: str = stance, segs: list[Quoted] | None = None, frame: str = "") -> _Candidate:
            if content[0] < region[0] and region[1] < content[1]:  # "which he said was needed": no cue inside
                after = self.text[region[1]:content[1]]
                content = (content[1] - len(after.lstrip(" ,")), content[1])
            return _Candidate(v, cue, subject, subj_span, content, kind, st, None, segs or [], frame)

        before = self._segment_before(region[0])
        if before is not None and before in self.used:
            before = None
        ccomp = next((c for c in v.children if c.dep_ == "ccomp"), None)
        if ccomp is not None and ccomp.i < v.i and before is None:
            if self._inside_quote(ccomp.idx) and self._inside_quote(ccomp.right_edge.idx):
                return []
            span = self._clause(ccomp)
            if not span:
                return []
            rest = self._parenthetical(v, subj_span, skip_left=True)  # 'It was, he said, "a stone ..."'
            return [make(*self._typed(span, stance)[:2], frame="ccomp-left")] + [make(sp, kd, st, sg, "parenthetical") for sp, kd, st, sg in rest]
        if before is not None:
            self.used.add(before)
            out.append(make(_direct(self.text, before), "direct", segs=[before], frame="quote-before"))
        self._frame = ""
        content = self._content(v, lemma, region)
        if content is not None:
            out.extend(make(span, kind, st, segs, self._frame) for span, kind, st, segs in content)
        if not out:
            parts = self._parenthetical(v, subj_span, skip_left=False)
            out.extend(make(span, kind, st, segs, "parenthetical") for span, kind, st, segs in parts)
        if not out and self.keep_nested:  # filtered runs: the rest of the predicate, for the filter to judge
            right = [c for c in v.children if c.dep_ not in ("punct", "advmod", "npadvmod", "cc", "conj", "dep", "prt", "dative")
                     and c.idx >= region[1]]
            if right:
                span = self._tokens(min(c.left_edge.i for c in right), max(c.right_edge.i for c in right) + 1, v.idx)
                if span:
                    sp, kd, st, sg = self._typed(span, stance)
                    out.append(make(sp, kd, st, sg, "rest"))
        return out

    def _passive(self, v: "Token") -> list[_Candidate]:
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
        return [_Candidate(v, (v.idx, v.idx + len(v)), by, speaker_tokens(by), span, kind, stance, None, segs, "passive")]

    def _parenthetical(self, v: "Token", subj_span: tuple[int, int], *, skip_left: bool) -> list[tuple[tuple[int, int], str, str, list[Quoted]]]:
        """A cue clause set off by commas inside or after its content: '..., she said.',
        'But, he said, officials should be vigilant.' -> the sentence around it."""
        doc = self.doc
        lo = min(subj_span[0], v.i)
        hi = max(subj_span[1], v.i + 1)
        while hi < len(doc) and doc[hi].dep_ in ("advmod", "npadvmod") and doc[hi].head.i == v.i and doc[hi].i == hi:
            hi += 1
        k = lo - 1
        while k >= 0 and doc[k].is_space:
            k -= 1
        if k < 0:
            return []
        if doc[k].text in _MARKS and k > 0 and doc[k - 1].text == ",":
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
        left = self._tokens(start, k) if k > start else None
        right = None
        if hi < sent.end - 1 and doc[hi].text == "," and sent.end - hi > 3:
            right = self._tokens(hi + 1, sent.end)
        if skip_left:  # the left part is already a candidate: only the words after the cue clause
            return [self._typed(right, stance)] if right and left else []
        if left is None or (right is None and k - start < 3):
            return []
        return [self._typed(span, stance) for span in (left, right) if span]

    def _ends_sentence(self, t: "Token") -> bool:
        if t.text in ".!?":
            return True
        return t.text in _MARKS and t.i > 0 and t.doc[t.i - 1].text in ".!?"

    def _content(self, v: "Token", lemma: str, region: tuple[int, int]) -> list[tuple[tuple[int, int], str, str, list[Quoted]]]:
        """Content spans after the cue: complement clause, object frames, label, adjacent quote."""
        stance = self.cues.verbs.get(lemma, "neutral")
        children = list(v.children)
        ccomp = next((c for c in children if c.dep_ == "ccomp" and c.i > v.i), None)
        if ccomp is not None:
            span = self._clause(ccomp)
            self._frame = "ccomp"
            return [self._typed(span, stance)] if span else []
        if lemma in self.cues.label_verbs:
            label = next((c for c in children if c.dep_ == "oprd"), None)
            if label is None:
                as_ = next((c for c in children if c.dep_ == "prep" and c.lower_ == "as"), None)
                label = next((c for c in as_.children if c.dep_ == "pobj"), None) if as_ is not None else None
            if label is not None and any(c.dep_ == "dobj" for c in children):
                return self._label(label, self.cues.label_verbs[lemma])
        dobj = next((c for c in children if c.dep_ in ("dobj", "dative") and c.i > v.i), None)
        if dobj is not None:
            phrase = self.cues.phrases.get((lemma, dobj.lemma_.lower()))
            if phrase is not None:
                stance = phrase
        xcomp = next((c for c in children if c.dep_ == "xcomp" and c.i > v.i), None)
        preps = [c for c in children if c.dep_ == "prep" and c.i > v.i and c.lower_ in _OBJECT_PREPS and list(c.children)]
        # a learned cue outside the hand lexicon may take its object as content ("praised X")
        objects = stance != "neutral" or (lemma not in _NO_OBJECT and self.learned.get(lemma, 0.0) >= OBJECT_RATE)
        if objects:
            if dobj is not None and (xcomp is not None or preps):
                end = max([xcomp.right_edge.i if xcomp is not None else 0] + [p.right_edge.i for p in preps])
                span = self._tokens(dobj.left_edge.i, end + 1)
                self._frame = "object-x"
                return [self._typed(span, stance)] if span else []
            if dobj is None and (xcomp is not None or (preps and preps[0].lower_ in ("for", "on", "against", "of", "about", "over"))):
                first = preps[0].i + 1 if preps else xcomp.left_edge.i  # type: ignore[union-attr]
                if xcomp is not None:
                    first = min(first, xcomp.left_edge.i)
                end = max([xcomp.right_edge.i if xcomp is not None else 0] + [p.right_edge.i for p in preps])
                span = self._tokens(first, end + 1)
                self._frame = "prep"
                return [self._typed(span, stance)] if span else []
        after = self._segment_after(v, region[1])
        if after is not None:
            self.used.add(after)
            self._frame = "quote-after"
            return [(_direct(self.text, after), "direct", stance, [after])]
        if dobj is not None and (stance in _OBJECT_ONLY or (objects and stance == "neutral")) and dobj.pos_ != "PRON":
            span = self._tokens(dobj.left_edge.i, dobj.right_edge.i + 1)
            self._frame = "object"
            return [self._typed(span, stance)] if span else []
        return []

    def _label(self, label: "Token", stance: str) -> list[tuple[tuple[int, int], str, str, list[Quoted]]]:
        """'called the strike "A" and "B"': each quoted label is a direct quote, else the label phrase."""
        s, e = label.left_edge.idx, label.right_edge.idx + len(label.right_edge)
        segs = [q for q in self._overlapping(s, e) if q not in self.used and q.open >= s - 2]
        if segs:
            self.used.update(segs)
            self._frame = "label-quote"
            return [(_direct(self.text, q), "direct", stance, [q]) for q in segs]
        span = self._tokens(label.left_edge.i, label.right_edge.i + 1)
        self._frame = "label"
        return [self._typed(span, stance)] if span else []

    def _according(self, tok: "Token") -> list[_Candidate]:
        """'..., according to X.' -> X said the clause the phrase hangs on."""
        to = self.doc[tok.i + 1]
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if pobj is None:
            return []
        phrase_end = to.right_edge.i + 1
        sent = tok.sent
        lo, hi = sent.start, sent.end
        if tok.i - lo <= 1:  # "According to X, clause."
            span = self._tokens(phrase_end, hi)
        elif phrase_end >= hi - 1:  # "Clause, according to X."
            span = self._tokens(lo, tok.i)
        else:
            left, right = self._tokens(lo, tok.i), self._tokens(phrase_end, hi)
            span = max((left, right), key=lambda s: (s[1] - s[0]) if s else -1)
        if not span:
            return []
        span, kind, stance, segs = self._typed(span, "neutral")
        cue = (tok.idx, to.idx + len(to))
        return [_Candidate(tok, cue, pobj, speaker_tokens(pobj), span, kind, stance, None, segs, "according")]

    def features(self, c: _Candidate) -> list[str]:
        """The learned filter's view of a candidate."""
        cue = c.cue
        lemma = cue.lemma_.lower() if cue is not None else ""
        span = self.doc.char_span(c.content[0], c.content[1], alignment_mode="expand")
        return candidate_features(
            cue=cue,
            cue_text=self.text[c.cue_span[0]:c.cue_span[1]] if c.cue_span else "",
            subject=c.subject,
            content_tokens=len(span) if span is not None else 0,
            content_after_cue=c.cue_span is None or c.content[0] >= c.cue_span[1],
            kind=c.kind,
            stance=c.stance,
            nested=c.nested,
            rate=1.0 if lemma == "according" else (self.learned_nouns if c.frame == "noun" else self.learned).get(lemma, 0.0),
            in_lexicon=lemma in self.cues.verbs or lemma in self.cues.label_verbs,
            frame=c.frame,
        )

    def _noun_cues(self) -> list[_Candidate]:
        """"X's claim that ...", "X's criticism of ...": the possessor speaks (filtered runs only)."""
        out: list[_Candidate] = []
        for tok in self.doc:
            if tok.pos_ != "NOUN" or self.learned_nouns.get(tok.lemma_.lower(), 0.0) < NOUN_RATE:
                continue
            if self._inside_quote(tok.idx) or self._headline(tok.idx):
                continue
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            if owner is None:
                continue
            clause = next((c for c in tok.children if c.dep_ in ("acl", "ccomp") and c.i > tok.i and c.pos_ in ("VERB", "AUX")), None)
            span = None
            if clause is not None:
                span = self._clause(clause)
            else:
                prep = next((c for c in tok.children if c.dep_ == "prep" and c.i > tok.i and c.lower_ in _OBJECT_PREPS), None)
                pobj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
                if pobj is not None:
                    span = self._tokens(prep.i + 1, prep.right_edge.i + 1)
            if not span:
                continue
            span, kind, stance, segs = self._typed(span, "neutral")
            oi, oj = speaker_tokens(owner)
            out.append(_Candidate(tok, (tok.idx, tok.idx + len(tok)), owner, (oi, oj), span, kind, stance, None, segs, "noun"))
        return out

    def _colon_lines(self) -> list[_Candidate]:
        """'Name: words' at the start of a paragraph (headlines, transcripts): Name says the words."""
        doc = self.doc
        out: list[_Candidate] = []
        for k, ps in enumerate(self.paras):
            pe = self.paras[k + 1] if k + 1 < len(self.paras) else len(self.text)
            lead = ps
            if ps < len(self.text) and self.text[ps] in _MARKS:
                ps += 1  # a mark opening a transcript line
            line = self.text[ps:pe]
            colon = line.find(":")
            if colon < 2 or colon > 60 or "\n" in line[:colon] or any(lead < q.open < ps + colon for q in self._overlapping(ps, ps + colon)):
                continue
            toks = doc.char_span(ps, ps + colon, alignment_mode="contract")
            if toks is None or not 1 <= len(toks) <= 6 or toks.end >= len(doc) or doc[toks.end].text != ":":
                continue
            words = [t for t in toks if t.is_alpha]
            if not words or not all(t.is_title or t.is_upper for t in words):
                continue
            if any(t.pos_ in ("VERB", "AUX", "ADP", "PRON", "SCONJ") for t in toks):
                continue
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
            out.append(_Candidate(colon_tok, (colon_tok.idx, colon_tok.idx + 1), heads[-1], (toks.start, toks.end), span, kind, stance, None, segs, "colon"))
        return out

    def _subject(self, v: "Token") -> "Token | None":
        for c in v.children:
            if c.dep_ in _SUBJECT_DEPS:
                return c
        h = v.head
        if v.dep_ == "conj" and h is not v:
            while h.dep_ == "conj" and h.head is not h:
                h = h.head
            if h.dep_ == "ccomp" and self._is_cue(h.head):  # "said X is ... and expressed regret"
                return self._subject(h.head)
            return self._subject(h) if h.pos_ in ("VERB", "AUX") else None
        if v.tag_ == "VBG" and v.dep_ in ("pcomp", "advcl", "acl", "xcomp"):
            if h.lower_ == "as":  # "was quoted (by Y) as saying"
                h = h.head
                if h.lemma_.lower() in self.cues.quoted_as:
                    for c in h.children:
                        if c.dep_ == "nsubjpass":
                            return c
                    return next((c for c in h.children if c.dep_ == "dobj"), None)
                return None
            if v.dep_ == "acl" and h.lemma_.lower() in self.cues.statement_nouns and h.head.pos_ == "VERB":
                return self._subject(h.head)  # "issued a statement saying"
            if v.dep_ == "advcl" and h.pos_ == "VERB":
                return self._subject(h)  # "..., saying that"
            if v.dep_ == "pcomp" and h.dep_ == "prep" and h.lower_ in ("by", "in", "while") and h.head.pos_ == "VERB":
                return self._own_subject(h.head)  # "opened by stressing that"
        if v.dep_ == "xcomp" and h.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in h.children):
            return self._own_subject(h)  # "began to argue that", "wants to tell"
        return None

    def _own_subject(self, h: "Token") -> "Token | None":
        return next((c for c in h.children if c.dep_ == "nsubj"), None)

    def _is_cue(self, t: "Token") -> bool:
        return t.pos_ == "VERB" and t.lemma_.lower() in self.cues.verbs

    def _fallback_subject(self, v: "Token") -> "Token | None":
        """The noun phrase right before the verb in its own paragraph (when the parse reached across)."""
        para_start = self._para_bounds(v.idx)[0]
        i = v.i - 1
        while i >= 0 and self.doc[i].idx >= para_start and self.doc[i].pos_ in ("PROPN", "NOUN", "ADJ", "DET", "NUM", "PRON", "PART"):
            i -= 1
        first = i + 1
        if first >= v.i:
            return None
        heads = [t for t in self.doc[first:v.i] if t.pos_ in ("PROPN", "NOUN", "PRON")]
        return heads[-1] if heads else None

    # -- spans --------------------------------------------------------------------------

    def _clause(self, head: "Token") -> tuple[int, int] | None:
        """Char span of a complement clause, cut before a coordinated speech act of the speaker."""
        lo, hi = head.left_edge.i, head.right_edge.i + 1
        for t in head.subtree:
            if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and t.i > head.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
                obj = next((c.lemma_.lower() for c in t.children if c.dep_ == "dobj"), "")
                if self._is_cue(t) or (t.lemma_.lower(), obj) in self.cues.phrases:
                    hi = min(hi, t.left_edge.i)
        while lo < hi and self.doc[lo].dep_ == "mark" and self.doc[lo].lower_ == "that":
            lo += 1
        return self._tokens(lo, hi, head.head.idx)

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
        while i < j and (doc[i].is_space or (doc[i].is_punct and doc[i].text not in _MARKS) or (doc[i].dep_ == "cc" and doc[i].head.i > j)):
            i += 1
        while j > i and (doc[j - 1].is_space or (doc[j - 1].is_punct and doc[j - 1].text not in _MARKS) or doc[j - 1].dep_ == "cc"):
            j -= 1
        if i >= j:
            return None
        s, e = doc[i].idx, doc[j - 1].idx + len(doc[j - 1])
        for q in self._overlapping(s, e):
            if q.open < s and q.start >= s - 1:
                s = q.open
            if s <= q.open < e < q.close:
                e = q.close
        # a stray mark at an edge whose partner lies outside
        while e > s and self.text[e - 1] in _MARKS and not any(q.close == e for q in self._overlapping(s, e)):
            e -= 1
        while s < e and self.text[s] in _MARKS and not any(q.open == s for q in self._overlapping(s, e)):
            s += 1
        while e > s and self.text[e - 1] in " \n\t,;:":
            e -= 1
        return (s, e) if s < e else None

    def _typed(self, span: tuple[int, int], stance: str) -> tuple[tuple[int, int], str, str, list[Quoted]]:
        s, e = span
        segs = self._overlapping(s, e)
        whole = next((q for q in segs if q.open <= s and e <= q.close), None)
        if whole is not None and (whole.open == s or whole.start <= s) and e >= whole.end:
            self.used.add(whole)
            return _direct(self.text, whole), "direct", stance, [whole]
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

    def _drop_nested(self, cands: list[_Candidate]) -> list[_Candidate]:
        """A cue inside another quote's content is part of that content."""
        def inside(inner: _Candidate, outer: _Candidate) -> bool:
            s, e = outer.content
            return inner is not outer and inner.cue_span is not None and s <= inner.cue_span[0] and inner.cue_span[1] <= e

        # "according to X, Y said ..." : Y's own cue is the better attribution
        hosts = [c for c in cands if c.cue is not None and c.cue.lower_ == "according" and any(inside(o, c) for o in cands)]
        cands = [c for c in cands if c not in hosts]
        for c in cands:
            c.nested = any(inside(c, o) for o in cands)
        return cands if self.keep_nested else [c for c in cands if not c.nested]

    def _continuations(self, cands: list[_Candidate]) -> list[_Candidate]:
        """Whole-sentence quotations with no cue continue the preceding quote's speaker."""
        out: list[_Candidate] = []
        ordered = sorted(cands, key=lambda c: c.content[0])
        starts = [c.content[0] for c in ordered]
        for q in self.quoted:
            if q in self.used or q.end <= q.start:
                continue
            tail = self._sentence_like(q)
            if tail is None:
                continue
            k = bisect.bisect_left(starts, q.open) - 1
            if k < 0:
                continue
            prev = ordered[k]
            if prev.kind == "indirect" or self._para(q.open) - self._para(prev.content[1]) > 1:
                continue
            if any(s <= q.open < e for s, e in (c.content for c in ordered)):
                continue
            self.used.add(q)
            content, kind = (_direct(self.text, q), "direct") if tail == q.close else ((q.open, tail), "mixed")
            out.append(_Candidate(None, None, prev.subject, prev.subject_span, content, kind, "neutral", None, [q], "continuation"))
        return out

    def _sentence_like(self, q: Quoted) -> int | None:
        """Where the sentence that the quotation opens ends: ``q.close`` when the quotation is
        the whole sentence, further on when a few words finish it ('..." for the rich.');
        None when the quotation does not open a sentence."""
        ps, pe = self._para_bounds(q.open)
        before = self.text[ps:q.open].rstrip()
        if before and before[-1] not in ".!?”\"":
            return None
        after = self.text[q.close:pe].strip()
        if not after or after[0].isupper() or after[0] in _MARKS:
            return q.close
        if after[0] in ",;:" or not after[0].isalpha():
            return None
        m = re.search(r"[.!?]", self.text[q.close:pe])
        end = q.close + m.start() if m else ps + len(self.text[ps:pe].rstrip())
        return end if end - q.close <= 80 else None


def _as_written(speaker: Speaker, subject: "Token", cue: "Token | None", text: str) -> Speaker:
    """The speaker's phrase as written in full: appositions, parentheticals and relative
    clauses included ("Jane Roe, the party's treasurer, said"), a relative pronoun as
    itself ("who said"). Resolution still works from the name phrase alone."""
    doc = subject.doc
    if subject.lower_ in ("who", "which", "that") and subject.dep_.startswith("nsubj"):
        i, j = subject.i, subject.i + 1
    elif subject.pos_ == "PRON":
        return speaker
    else:
        i, j = subject.left_edge.i, subject.right_edge.i + 1
        if cue is not None and i < cue.i < j:
            j = cue.i if subject.i < cue.i else j
            i = max(i, cue.i + 1) if subject.i > cue.i else i
        while i < j and (doc[i].is_punct or doc[i].is_space) and doc[i].text not in "([":
            i += 1
        while j > i and ((doc[j - 1].is_punct or doc[j - 1].is_space) and doc[j - 1].text not in ")]" or doc[j - 1].dep_ == "case"):
            j -= 1
        if i >= j or not (i <= subject.i < j):
            return speaker
        if "\n" in text[doc[i].idx:doc[j - 1].idx]:
            return speaker
        if j < len(doc) and doc[j].text == "," and any(t.text == "," for t in doc[i:j]):
            j += 1
    start, end = doc[i].idx, doc[j - 1].idx + len(doc[j - 1])
    if speaker.start == start and speaker.end == end:
        return speaker
    return Speaker(text=text[start:end], name=speaker.name, code=speaker.code, sector=speaker.sector,
                   start=start, end=end, resolved=speaker.resolved, actor_id=speaker.actor_id)


def _direct(text: str, q: Quoted) -> tuple[int, int]:
    s, e = q.start, q.end
    while e > s and text[e - 1] in ",;: ":
        e -= 1
    return s, e


def _renumber(cands: list[_Candidate]) -> list[_Candidate]:
    """Point ``speaker_of`` at positions in the final order (split and continued quotes)."""
    by_cue: dict[int, int] = {}
    for k, c in enumerate(cands):
        c.speaker_of = None
        if c.cue is not None:
            key = c.cue.i
            if key in by_cue:
                c.speaker_of = by_cue[key]
            else:
                by_cue[key] = k
    # continuations: same subject token as an earlier candidate
    first_subject: dict[int, int] = {}
    for k, c in enumerate(cands):
        if c.subject is None:
            continue
        key = c.subject.i
        if c.cue is None and key in first_subject:
            c.speaker_of = first_subject[key]
        first_subject.setdefault(key, k)
    return cands
