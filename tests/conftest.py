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


@pytest.fixture(scope="session")
def seed_text() -> str:
    path = SEED_DIR / "article.txt"
    if not path.exists():
        pytest.skip("../shared/seed not present")
    return path.read_text(encoding="utf-8")
