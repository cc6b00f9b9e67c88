"""Pipeline.run: one document the pipeline cannot take never ends the batch."""
from __future__ import annotations

import pytest


@pytest.mark.model
def test_a_text_the_parser_refuses_is_a_skip_and_its_batch_survives(pipeline, monkeypatch):
    """A text longer than spaCy's max_length (max_chars may allow one) made nlp.pipe raise for
    the whole chunk and ended the run; now that article alone is an E099 skip."""
    from sitrep.model import Article, Report, Skip

    monkeypatch.setattr(pipeline.nlp, "max_length", 200)
    short = "Police arrested 40 protesters outside parliament on Tuesday, witnesses said."
    items = [Article(id="a", text=short, origin="a"), Article(id="b", text=short + " More." * 40, origin="b"),
             Article(id="c", text=short + " Again.", origin="c")]
    out = list(pipeline.run(items))
    assert [type(x) for x in out] == [Report, Skip, Report]
    assert out[1].code == "E099" and out[1].origin == "b" and "E088" in out[1].reason


def test_every_unforeseen_failure_is_the_same_e099_skip():
    """Reading, parsing and extracting build their E099 skips with one helper (Skip.internal)."""
    from sitrep.errors import E
    from sitrep.model import Skip

    skip = Skip.internal("a.txt", ValueError("bad value"))
    assert skip == Skip(origin="a.txt", reason=E.E099.format(detail="ValueError: bad value"), code="E099")


@pytest.mark.model
def test_a_text_over_the_parsers_limit_is_parsed_alone_and_the_others_once_in_a_batch(pipeline, monkeypatch):
    """The length is checked before batching: the long text alone goes to the parser by itself,
    the rest of the chunk in one batch (it was the whole chunk, failing, then each text alone)."""
    from sitrep.model import Article, Report, Skip

    monkeypatch.setattr(pipeline.nlp, "max_length", 200)
    calls: list[int] = []
    pipe = pipeline.nlp.pipe

    def counting(texts, **kw):
        texts = list(texts)
        calls.append(len(texts))
        return pipe(texts, **kw)

    monkeypatch.setattr(pipeline.nlp, "pipe", counting)
    short = "Police arrested 40 protesters outside parliament on Tuesday, witnesses said."
    items = [Article(id="a", text=short, origin="a"), Article(id="b", text=short + " More." * 40, origin="b"),
             Article(id="c", text=short + " Again.", origin="c")]
    out = list(pipeline.run(items))
    assert [type(x) for x in out] == [Report, Skip, Report]
    assert sorted(calls) == [1, 2]
