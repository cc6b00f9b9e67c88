"""The per-document token and text caches give what spaCy gives, built once."""
from sitrep.annotate.tokens import doc_text, doc_tokens, span_text, span_tokens

TEXT = "Rebels shelled the town on Monday.  Officials said 12 people died.\n\nTalks resume today."


def test_doc_tokens_equal_fresh_tokens_and_are_shared(nlp):
    doc = nlp(TEXT)
    toks = doc_tokens(doc)
    assert [t.i for t in toks] == list(range(len(doc)))
    assert all(a == b and hash(a) == hash(b) for a, b in zip(toks, doc))
    assert doc_tokens(doc) is toks  # built once
    other = nlp(TEXT)
    assert doc_tokens(other) is not toks and doc_tokens(other)[0].doc is other


def test_span_tokens_and_texts_match_spacy(nlp):
    doc = nlp(TEXT)
    assert doc_text(doc) == doc.text
    for sent in doc.sents:
        assert [t.i for t in span_tokens(sent)] == [t.i for t in sent]
        assert span_text(sent) == sent.text  # trailing spaces after the period stay out
    for s, e in [(0, 1), (2, 5), (3, 3), (6, len(doc))]:
        assert span_text(doc[s:e]) == doc[s:e].text
