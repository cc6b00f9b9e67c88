"""The quote stage: candidates of the run, speakers resolved through the actor mentions."""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING, ClassVar

from sitrep.config import Options
from sitrep.extract.base import Analysis
from sitrep.extract.content_bounds import ContentBounds, load_content_bounds
from sitrep.extract.cue_model import load_cue_model
from sitrep.extract.learned_cues import load_learned_cues
from sitrep.extract.lexicon import load_event_lexicon
from sitrep.extract.negation import not_made, not_yet
from sitrep.extract.places import dateline_spans, shared_gazetteer
from sitrep.extract.quote_filter import QuoteFilter, load_quote_filter
from sitrep.extract.quotes.candidate import Candidate
from sitrep.extract.quotes.hedges import HEDGE_FRAMES
from sitrep.extract.quotes.marks import find_quoted, paragraph_starts
from sitrep.extract.quotes.run import Run
from sitrep.extract.quotes.subjects import as_written
from sitrep.extract.speakers import Cues, SpeakerResolver, load_cues, placed_display, put_up
from sitrep.model import REFUSE, SHOWN, Quote, Span, Speaker

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["QuoteStage", "refusal"]

log = logging.getLogger(__name__)


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
        content_bounds: ContentBounds | None | bool = True,
    ) -> None:
        self.options = options
        self.cues = cues or load_cues()
        self.learned = load_learned_cues() if learned is None else learned
        self.learned_nouns = load_learned_cues(pos="NOUN") if learned is None else {}
        self.learned_adjs = load_learned_cues(pos="ADJ") if learned is None else {}
        self.learned_clauses = load_learned_cues(pos="CLAUSE") if learned is None else {}
        self.cue_model = load_cue_model() if learned is None else None  # a given table (tests: {}) stands alone
        # True: the packaged filter; False/None: none (every candidate that passes the rules)
        self.filter = load_quote_filter() if quote_filter is True else (quote_filter or None)
        # True: the packaged boundary model (with the packaged filter only); False/None: the parse's edges
        self.bounds = (load_content_bounds() if self.filter is not None else None) if content_bounds is True else (content_bounds or None)

    def __call__(self, analysis: Analysis) -> Analysis:
        run = self.run_of(analysis)
        return self.attribute(analysis, run.candidates(), run.paras)

    def _place_name(self, name: str) -> bool:
        """Whether the gazetteer knows ``name`` as a place (loaded once per process, when first asked)."""
        gazetteer = shared_gazetteer(self.options.cache_dir)
        return gazetteer.is_place_name(name) or gazetteer.is_region_name(name)

    def run_of(self, analysis: Analysis) -> Run:
        """The candidate run of one article, with this stage's tables, filter and edge model."""
        text = analysis.article.text
        run = Run(text, analysis.doc, self.cues, paragraph_starts(text), find_quoted(text), self.learned, self.filter)
        run.learned_nouns = self.learned_nouns
        run.learned_adjs = self.learned_adjs
        run.learned_clauses = self.learned_clauses
        run.cue_model = self.cue_model
        run.bounds = self.bounds
        return run

    def attribute(self, analysis: Analysis, cands: list[Candidate], paras: list[int]) -> Analysis:
        """The quotes of the judged candidates, their speakers resolved, added to ``analysis``."""
        text = analysis.article.text
        resolver = SpeakerResolver(analysis, self.cues, paras, is_place=self._place_name)
        datelines = dateline_spans(text)
        speakers = []
        for cand in cands:
            if cand.speaker_of is not None:
                speaker = speakers[cand.speaker_of]
            elif cand.frame in HEDGE_FRAMES:
                speaker = Speaker(text="", name=None, code=None, sector=None)  # "X is reportedly ...": no source named
            elif cand.subject is None:
                speaker = None
            else:
                speaker = resolver.resolve(cand.subject, cand.subject_span)
                if cand.frame != "claim-summary":  # ("S, a charge X denies": the parse's phrase of X may hold "a charge")
                    speaker = as_written(speaker, cand.subject, cand.cue, text)
            speakers.append(speaker)
            if speaker is None:
                continue
            cs, ce = cand.content
            # "DHAKA, Oct 29 (Reuters) - Police arrested ..., officials said": the dateline is the filing's, not said
            cs = next((e for s, e in datelines if s <= cs < e and e < ce), cs)
            # ... and where the parse made the dateline's city the speaker's subject ("KHARTOUM, June 10 (X) - An air strike
            # killed 40 people, a volunteer group said"), the words said are those between the dateline and the speaker
            said = analysis.doc[cand.subject_span[0]].idx if cand.subject_span is not None else cs
            cs, ce = next(((e, end) for s, e in datelines
                           if s <= cs and ce <= e and (end := _trimmed_end(text, e, said)) > e), (cs, ce))
            if _anonymity(text[cs:ce], self.cues):
                continue  # "a doctor, who asked not to be named, said ...": the request is no claim
            # "the army declined to comment on reports that 20 soldiers died": a refusal, which claims nothing
            stance = REFUSE if refusal(cand.cue) or _not_made(cand.cue, cand.stance) else cand.stance
            if self._shown(cand, speaker):
                stance = SHOWN  # a sign no one carries speaks for no one (a carried one's carriers are the subject)
            cue = Span(cand.cue_span[0], cand.cue_span[1], text[cand.cue_span[0]:cand.cue_span[1]]) if cand.cue_span else None
            analysis.quotes.append(Quote(speaker=speaker, cue=cue, content=Span(cs, ce, text[cs:ce]), kind=cand.kind, stance=stance))  # type: ignore[arg-type]
        log.debug("%s: %d quotes", analysis.article.id, len(analysis.quotes))
        return analysis

    def _shown(self, cand: Candidate, speaker: Speaker) -> bool:
        """The quoted words a sign put up somewhere shows, which no one in the text carries ("A sign on
        the door read: ..."): a banner, placard or sign with a place and no carrier (speakers.py
        ``placed_display``) as the subject of read/say/show before a quotation or a colon. Not "Early
        signs indicate that ...", "All the signs suggest ..." (evidence), nor a carried one ("Their
        banners read"), whose carriers speak."""
        subj, cue = cand.subject, cand.cue
        if subj is None or cue is None or speaker.resolved or subj.pos_ != "NOUN" or subj.lemma_.lower() not in self.cues.display_nouns:
            return False
        doc = cue.doc
        colon = cue.i + 1 < len(doc) and doc[cue.i + 1].text == ":"
        shows = cue.lemma_.lower() in _SHOWING_CUES or (cue.i == subj.head.i and put_up(subj))  # ("A banner hung at the gate: ...")
        return shows and (cand.kind == "direct" or colon) and placed_display(subj)


def _trimmed_end(text: str, start: int, end: int) -> int:
    """``end`` moved back over the spaces and the comma that close the words before a speaker ("..., a group said")."""
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return end


_SHOWING_CUES = frozenset({"read", "say", "show"})  # what a sign does with its words ("A sign on the door read: ...")
_COMMENT_NOUNS = frozenset({"comment", "request", "call", "message", "question", "inquiry", "enquiry"})


_UNABLE = frozenset({"unable", "unwilling", "reluctant", "loath", "hesitant"})


def refusal(cue: "Token | None") -> bool:
    """A cue that only refuses to speak: a refusal verb over a statement withheld ("declined to
    comment", "refused to say whether ...", "declined to elaborate"; events.yaml ``refusal_heads``
    and ``withheld_statements``), such a statement negated or not possible ("did not say how many",
    "has not commented", "did not confirm that ...", "was unable to confirm"), "declined comment", or a request for comment left unanswered
    ("did not respond to a request for comment", "could not be reached for comment"). Such a source
    says nothing: what follows is the question, not its claim. PolNeAR annotates these as
    attributions ("declined" with "to comment", 30 times on train), so the quote stays, with the
    stance ``refuse``, and no later stage takes its speaker for the claimer of its content.)"""
    if cue is None or cue.pos_ != "VERB":
        return False
    lex = load_event_lexicon()
    lemma = cue.lemma_.lower()
    kids = list(cue.children)
    if lemma in lex.refusal_heads and lemma != "reject":
        if any(c.dep_ == "xcomp" and lex.withheld(c) for c in kids):
            return True
        return any(c.dep_ == "dobj" and c.lemma_.lower() == "comment" for c in kids)  # "declined comment"
    withheld = lex.withheld(cue)
    if withheld and (any(c.dep_ == "neg" for c in kids) or _neither(cue)):
        return True  # "has not commented on the incident", "did not say how many", "did not confirm that 20 died",
        # "did not claim responsibility", "Neither Qatar nor Thailand named the group"
    if withheld and cue.dep_ == "xcomp" and cue.head.lemma_.lower() in _UNABLE:
        return True  # "police were unable to confirm reports that ...", "was unwilling to say whether ..."
    if withheld and not_yet(cue):
        return True  # "the group has yet to claim responsibility", "is yet to comment": not done so far
    if lemma in ("respond", "reply", "answer", "return", "reach"):
        negated = any(c.dep_ == "neg" for c in kids) or (lemma == "reach" and any(c.dep_ == "auxpass" for c in kids))
        asked = [g for c in kids if c.dep_ in ("prep", "dobj") for g in ([c] if c.dep_ == "dobj" else c.children)
                 if g.dep_ in ("pobj", "dobj") and g.lemma_.lower() in _COMMENT_NOUNS]
        return negated and bool(asked)
    return False


def _not_made(cue: "Token | None", stance: str) -> bool:
    """A cue of a stance (a denial, an accusation, a claim, a condemnation, ...) the sentence says was
    not made: the verb negated ("did not deny that X was responsible", "has never accused Y") or each
    of its subjects denied it ("Neither X nor Y denied that S"). The speaker takes no such stance and
    claims nothing of the content, as a refusal to comment does. Not "not only denied X but ...", and
    not a plain statement ("did not say", a withheld one, is ``refusal``'s)."""
    if cue is None or cue.pos_ != "VERB" or stance == "neutral":
        return False
    return not_made(cue)


def _neither(cue: "Token") -> bool:
    """A subject that denies the verb to each of its parties ("Neither Qatar nor Thailand named
    the group"): the parties said nothing."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and any(g.dep_ in ("preconj", "det") and g.lower_ == "neither" for g in c.children)
               for c in cue.children)


def _anonymity(content: str, cues: Cues) -> bool:
    """Whether a content only asks that its source stay unnamed (cues.yaml ``anonymity``)."""
    return " ".join(content.lower().strip(" .,;:\"'\u201c\u201d").split()) in cues.anonymity
