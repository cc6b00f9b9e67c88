"""The store under hostile data: exports that cannot be written, fields full of CSV syntax,
figures too large for a column, and a report the store cannot hold in the middle of a batch."""
from __future__ import annotations

import csv
import io
import json
from dataclasses import replace

import pytest

from sitrep.api import ingest_paths
from sitrep.config import Options
from sitrep.errors import StoreError
from sitrep.examples import sample_report
from sitrep.ingest.clean import content_hash
from sitrep.store.duck import Store




@pytest.mark.parametrize("fmt", ["csv", "parquet", "json", "geojson"])
@pytest.mark.parametrize("where", ["missing/x.out", "."])  # a folder that does not exist; a folder itself
def test_an_export_that_cannot_be_written_is_a_store_error(store, report, tmp_path, fmt, where):
    store.write(report)
    with pytest.raises(StoreError) as e:
        store.export("events", fmt, tmp_path / where)
    assert e.value.code == "E038" and str(tmp_path) in e.value.message


@pytest.mark.parametrize("fmt", ["csv", "parquet", "json", "geojson"])
def test_an_export_onto_the_database_itself_is_refused_and_the_store_survives(tmp_path, report, fmt):
    path = tmp_path / "news.duckdb"
    with Store(path) as writer:
        writer.write(report)
    (tmp_path / "link.duckdb").symlink_to(path)
    for out in (path, tmp_path / "link.duckdb", tmp_path / "sub" / ".." / "news.duckdb"):
        with Store(path, read_only=True) as store:
            with pytest.raises(StoreError) as e:
                store.export("events", fmt, out)
        assert e.value.code == "E038" and "database itself" in e.value.message
    with Store(path, read_only=True) as store:
        assert store.counts()["articles"] == 1


@pytest.mark.parametrize("to_file", [False, True])
def test_csv_fields_with_commas_quotes_and_newlines_read_back(store, report, tmp_path, to_file):
    title = 'He said, "no"\nthen left; \'quoted\', \\ and a tab\t.'
    report.article.title = title
    report.article.id = content_hash(title, report.article.text)
    store.write(report)
    if to_file:
        store.export("articles", "csv", tmp_path / "a.csv")
        text = (tmp_path / "a.csv").read_text(encoding="utf-8")
    else:
        buf = io.StringIO()
        store.export("articles", "csv", buf)
        text = buf.getvalue()
    [row] = list(csv.DictReader(io.StringIO(text, newline="")))
    assert row["title"] == title and row["text"] == report.article.text


def test_a_figure_too_large_for_its_column_is_stored(store, report):
    """Ten billion dead does not fit an INTEGER column: the row is written (the flat column
    empty, the figure kept in the JSON) instead of failing the batch."""
    report.events[0].dead = replace(report.events[0].dead, min=10**10, max=10**10)
    assert store.write(report)
    store.commit()
    dead_min, dead = store.con.execute("SELECT dead_min, dead FROM events").fetchone()
    assert dead_min is None and json.loads(dead)["min"] == 10**10


class _Pipeline:
    """Reports for articles without a model: each article becomes the sample report's twin."""

    def __init__(self, options: Options) -> None:
        self.options = options

    def run(self, items):
        for a in items:
            if not hasattr(a, "text"):
                yield a
                continue
            r = sample_report()
            r.article = a
            yield r


def test_a_report_the_store_cannot_hold_is_a_skip_and_the_batch_survives(tmp_path, monkeypatch):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"text": f"Troops shelled the town, killing {k} people, officials said."}) + "\n"
                            for k in range(2, 7)), encoding="utf-8")
    real = Store.write

    def write(self, report):
        done = real(self, report)
        if "killing 4 " in report.article.text:  # a statement fails halfway: the transaction is aborted
            self.con.execute("SELECT CAST('x' AS INTEGER)")
        return done

    monkeypatch.setattr(Store, "write", write)
    options = Options(batch_size=10, require_english=False)
    with Store(tmp_path / "s.duckdb") as store:
        summary = ingest_paths([feed], store=store, options=options, pipeline=_Pipeline(options))
    assert (summary.stored, summary.skipped) == (4, 1)
    with Store(tmp_path / "s.duckdb", read_only=True) as store:
        texts = [r["text"] for r in store.rows("articles")]
        [skip] = list(store.rows("skips"))
        n_mentions = store.counts()["incident_mentions"]
    assert len(texts) == 4 and not any("killing 4 " in t for t in texts)
    assert skip["code"] == "E039" and skip["origin"].endswith("feed.jsonl:3")
    assert n_mentions == 4  # the rows written again before the failure are attached again, once
