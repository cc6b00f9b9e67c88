"""Fixtures shared by the store tests: the packaged sample report with its stored id, and a fresh store."""
from __future__ import annotations

import pytest

from sitrep.examples import sample_report
from sitrep.ingest.clean import content_hash
from sitrep.model import Report
from sitrep.store.duck import Store


@pytest.fixture
def report() -> Report:
    r = sample_report()
    r.article.id = content_hash(r.article.title, r.article.text)
    return r


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "t.duckdb")
    yield s
    s.close()
