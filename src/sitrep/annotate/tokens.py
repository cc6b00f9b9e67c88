"""The Token objects of a parse, built once per document.

spaCy makes a fresh ``Token`` on every ``doc[i]`` and on every step of ``for t in doc``;
the extract stages walk the same document many times, so those objects cost more than
the walks themselves. ``doc_tokens(doc)`` builds them once and hands back the same list
while that document lives (tokens compare and hash by document and index, so a cached
token is interchangeable with a fresh one). Documents are never retokenized after
``annotate``; a cache entry is dropped if the token count changes.
"""
from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["doc_tokens", "span_tokens", "doc_text", "span_text", "doc_ents", "doc_sents", "remember_text"]

_CACHE: "weakref.WeakKeyDictionary[Doc, list[Token]]" = weakref.WeakKeyDictionary()


def doc_tokens(doc: "Doc") -> "list[Token]":
    """Every token of ``doc``, as one list shared by all callers (do not modify it)."""
    toks = _CACHE.get(doc)
    if toks is None or len(toks) != len(doc):
        toks = list(doc)
        _CACHE[doc] = toks
    return toks


def span_tokens(span: "Span") -> "list[Token]":
    """The tokens of ``span``, from its document's shared list."""
    return doc_tokens(span.doc)[span.start:span.end]


_TEXT: "weakref.WeakKeyDictionary[Doc, str]" = weakref.WeakKeyDictionary()


def doc_text(doc: "Doc") -> str:
    """``doc.text``, joined once per document (spaCy rebuilds it from every token on each access)."""
    text = _TEXT.get(doc)
    if text is None:
        text = _TEXT[doc] = doc.text
    return text


def remember_text(doc: "Doc", text: str) -> None:
    """Record ``text`` as ``doc``'s text when ``doc`` was parsed from it (spaCy keeps every
    character, so the two are equal; checked by length and the first and last tokens)."""
    n = len(doc)
    if n:
        first, last = doc[0], doc[n - 1]
        ok = last.idx + len(last.text_with_ws) == len(text) and text.startswith(first.text, first.idx) \
            and text.startswith(last.text, last.idx)
    else:
        ok = not text
    if ok:
        _TEXT[doc] = text


def span_text(span: "Span") -> str:
    """``span.text`` as a slice of the document's text (the same string: both end at the
    last token's last character)."""
    return doc_text(span.doc)[span.start_char:span.end_char]


_ENTS: "weakref.WeakKeyDictionary[Doc, tuple[Span, ...]]" = weakref.WeakKeyDictionary()


def doc_ents(doc: "Doc") -> "tuple[Span, ...]":
    """``doc.ents``, built once per document (spaCy makes new spans on each access)."""
    ents = _ENTS.get(doc)
    if ents is None:
        ents = _ENTS[doc] = doc.ents
    return ents


_SENTS: "weakref.WeakKeyDictionary[Doc, tuple[Span, ...]]" = weakref.WeakKeyDictionary()


def doc_sents(doc: "Doc") -> "tuple[Span, ...]":
    """``doc.sents`` as a tuple, built once per document (spaCy makes new spans on each pass);
    rebuilt if the token count changes."""
    sents = _SENTS.get(doc)
    if sents is None or (sents and sents[-1].end != len(doc)):
        sents = _SENTS[doc] = tuple(doc.sents)
    return sents
