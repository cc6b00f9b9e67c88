"""Shared fixtures: the spaCy pipeline (loaded once) and paths to shared data."""
from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED_DIR = SHARED / "seed"


@pytest.fixture(scope="session")
def nlp():
    from sitrep.annotate.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="module")
def pipeline(request):
    """The full pipeline, dated by the test module's ``PUB`` (its publication date); undated
    where the module sets none."""
    from sitrep.config import Options
    from sitrep.pipeline import Pipeline

    return Pipeline(Options(published=getattr(request.module, "PUB", None)))


@pytest.fixture(scope="module")
def analyze(pipeline, request):
    """Analyse a short text written for a test: a report titled "Report", published on the
    module's ``PUB``."""
    from sitrep.model import Article

    def run(text: str):
        return pipeline.analyze(Article(id="t", text=text, title="Report", published=request.module.PUB))

    return run


@pytest.fixture(scope="session")
def seed_text() -> str:
    path = SEED_DIR / "article.txt"
    if not path.exists():
        pytest.skip("../shared/seed not present")
    return path.read_text(encoding="utf-8")
