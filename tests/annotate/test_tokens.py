"""The per-document token and text caches give what spaCy gives, built once."""
from sitrep.annotate.tokens import doc_ents, doc_sents, doc_text, doc_tokens, remember_text, span_text, span_tokens

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


def test_doc_ents_match_spacy(nlp):
    doc = nlp("Protesters marched in Nairobi on Friday, police spokesman John Kamau said.")
    ents = doc_ents(doc)
    assert [(e.start, e.end, e.label_) for e in ents] == [(e.start, e.end, e.label_) for e in doc.ents]
    assert any(e.label_ == "GPE" for e in ents)
    assert doc_ents(doc) is ents


def test_remember_text_only_takes_the_text_parsed(nlp):
    doc = nlp(TEXT)
    remember_text(doc, TEXT.replace("Rebels", "Troops"))  # same length, other words: refused
    assert doc_text(doc) == doc.text
    doc2 = nlp(TEXT)
    remember_text(doc2, TEXT + " ")
    assert doc_text(doc2) == doc2.text
    doc3 = nlp(TEXT)
    remember_text(doc3, TEXT)
    assert doc_text(doc3) == TEXT


def test_doc_sents_match_spacy_and_are_shared(nlp):
    doc = nlp(TEXT)
    sents = doc_sents(doc)
    assert [(s.start, s.end) for s in sents] == [(s.start, s.end) for s in doc.sents]
    assert len(sents) >= 3 and sents[-1].end == len(doc)
    assert doc_sents(doc) is sents  # built once
    assert doc_sents(nlp(TEXT)) is not sents
