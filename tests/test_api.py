"""The Python API: lazy package imports, analyze_text, analyze_paths."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

import sitrep
from sitrep.errors import InputError


def test_import_is_light():
    code = "import sys, sitrep; sitrep.Report; print(any(m in sys.modules for m in ('spacy', 'duckdb', 'trafilatura')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False"


def test_all_names_resolve():
    for name in sitrep.__all__:
        assert getattr(sitrep, name) is not None
    with pytest.raises(AttributeError):
        sitrep.nope  # noqa: B018


def test_analyze_text_rejects_bad_input_before_loading_a_model():
    with pytest.raises(InputError) as e:
        sitrep.analyze_text("   ")
    assert e.value.code == "E001"


@pytest.mark.model
def test_analyze_text(pipeline):
    report = sitrep.analyze_text(
        "Police arrested 40 protesters outside parliament on Tuesday, the Interior Ministry said.\n\nShare this article",
        title="Arrests", published="2024-05-14", outlet="Desk", pipeline=pipeline,
    )
    assert report.article.title == "Arrests" and report.article.outlet == "Desk"
    assert str(report.article.published) == "2024-05-14"
    assert report.article.removed == ["Share this article"]


@pytest.mark.model
def test_analyze_paths_streams_reports_and_skips(pipeline, tmp_path):
    from sitrep.examples import folder

    (tmp_path / "empty.txt").write_bytes(b"")
    items = list(sitrep.analyze_paths([folder(), tmp_path / "empty.txt"], pipeline=pipeline))
    assert [type(i).__name__ for i in items].count("Report") == 6
    assert items[-1].code == "E001"


@pytest.mark.model
def test_ingest_resumes_after_a_crash(tmp_path):
    """Commit per batch: a crash keeps the committed batches; the next run stores the rest."""
    from dataclasses import replace

    from sitrep.api import ingest_paths
    from sitrep.config import Options
    from sitrep.examples import folder
    from sitrep.pipeline import Pipeline
    from sitrep.store.duck import Store

    options = replace(Options(), batch_size=2)
    pipe = Pipeline(options, stages=[])  # the storage path does not depend on what is extracted
    db = tmp_path / "r.duckdb"

    def crash_after_three(outcome, item):
        crash_after_three.n += 1
        if crash_after_three.n == 3:
            raise KeyboardInterrupt

    crash_after_three.n = 0
    with pytest.raises(KeyboardInterrupt):
        with Store(db) as store:
            ingest_paths([folder()], store=store, options=options, pipeline=pipe, on_item=crash_after_three)
    with Store(db) as store:
        kept = store.counts()["articles"]
        assert kept == 2  # the first batch; the third document's batch was rolled back
        summary = ingest_paths([folder()], store=store, options=options, pipeline=pipe)
    assert (summary.read, summary.unchanged, summary.stored) == (6, 2, 4)


def test_merge_inputs_pass_reports_through_and_analyse_articles_in_batches(tmp_path):
    """What `sitrep merge` reads: a report is used as it is, articles go to the pipeline in batches."""
    from sitrep.api import analyze_merge_inputs
    from sitrep.config import Options
    from sitrep.model import Article, Report, to_dict

    class Recorder:  # a pipeline that builds no model and records the batches it is given
        def __init__(self) -> None:
            self.options = Options(batch_size=2)
            self.batches: list[list[str]] = []

        def run(self, items):
            self.batches.append([a.title for a in items])
            yield from (Report(article=a) for a in items)

    done = Report(article=Article(id="r1", text="Analysed before.", title="done"))
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in (
        {"text": "Troops shelled a village.", "title": "a"}, {"text": "Police arrested ten men.", "title": "b"},
        to_dict(done), {"text": "Rebels seized a town.", "title": "c"}, ["not an object"])) + "\n", encoding="utf-8")
    pipeline = Recorder()
    out = list(analyze_merge_inputs([path], pipeline=pipeline))
    assert pipeline.batches == [["a", "b"], ["c"]]
    # input order; a line that is no object is E006, as for `sitrep ingest` (the same line reader)
    assert [getattr(o, "code", None) or o.article.title for o in out] == ["a", "b", "done", "c", "E006"]


def test_merge_inputs_keep_the_input_order_across_reports_and_article_files(tmp_path):
    """`sitrep merge r1.json a.txt r2.json b.txt`: the rows come back in the order of the files,
    however the articles are batched."""
    from sitrep.api import analyze_merge_inputs
    from sitrep.config import Options
    from sitrep.model import Article, Report, to_dict

    class Recorder:  # a pipeline that builds no model
        def __init__(self) -> None:
            self.options = Options(batch_size=8)

        def run(self, items):
            yield from (Report(article=a) for a in items)

    paths = []
    for k, name in enumerate(["r1", "a", "r2", "b", "r3"]):
        if name.startswith("r"):
            path = tmp_path / f"{k}{name}.json"
            path.write_text(json.dumps(to_dict(Report(article=Article(id=name, text="Analysed before.", title=name)))))
        else:
            path = tmp_path / f"{k}{name}.txt"
            path.write_text(f"Story {name}\n\nTroops shelled a village near the border on Sunday, killing three people, "
                            "local officials said.\n", encoding="utf-8")
        paths.append(path)
    out = list(analyze_merge_inputs(paths, pipeline=Recorder()))
    assert [o.article.title for o in out] == ["r1", "Story a", "r2", "Story b", "r3"]


@pytest.mark.parametrize("text, code", [(42, "E016"), (None, "E016"), (["a"], "E016"), ("https://example.com/a-story", "E015")])
def test_analyze_text_rejects_what_is_no_story_before_loading_a_model(text, code):
    with pytest.raises(InputError) as e:
        sitrep.analyze_text(text)
    assert e.value.code == code


@pytest.mark.parametrize("published, code", [("2999-01-01", "E017"), ("0001-01-01", "E017"), ("last week", "E011")])
def test_analyze_text_rejects_a_bad_publication_date(published, code, monkeypatch):
    """One story: a date that cannot be its publication date is an error, not a warning."""
    import sitrep.api
    from sitrep.errors import ConfigError

    monkeypatch.setattr(sitrep.api, "get_pipeline", lambda options: pytest.fail("no model for a bad argument"))
    with pytest.raises(ConfigError) as e:
        sitrep.analyze_text("Police arrested 40 protesters outside parliament on Tuesday.", published=published)
    assert e.value.code == code


def test_merge_inputs_survive_hostile_files(tmp_path):
    """What `sitrep merge` reads goes through the ingest reader: encodings, wrong types, broken
    reports and empty files are skips with a reason, and the other records are read."""
    from sitrep.config import Options
    from sitrep.merge.inputs import read_merge_inputs
    from sitrep.model import Article, Skip

    story = "Troops shelled a village near the border on Sunday, killing three people, local officials said."
    (tmp_path / "latin.jsonl").write_bytes(json.dumps({"text": story + " Café."}, ensure_ascii=False).encode("cp1252") + b"\n")
    (tmp_path / "u16.jsonl").write_bytes((json.dumps({"text": story + " Two."}) + "\n").encode("utf-16"))
    (tmp_path / "types.jsonl").write_text("\n".join(json.dumps(r) for r in (
        {"text": 42}, {"schema": "sitrep.report/1", "article": 5}, {"schema": "sitrep.report/1", "events": "x"},
        {"text": story + " Three."})) + "\n", encoding="utf-8")
    (tmp_path / "arr.json").write_bytes(json.dumps([{"text": story + " Four, café."}, 5, {"text": ["x"]}], ensure_ascii=False).encode("cp1252"))
    (tmp_path / "empty.jsonl").write_bytes(b"")
    (tmp_path / "cut.json").write_text('[{"text": "Troops', encoding="utf-8")
    names = ["latin.jsonl", "u16.jsonl", "types.jsonl", "arr.json", "empty.jsonl", "cut.json", "missing.jsonl"]
    out = [(type(x).__name__, getattr(x, "code", None)) for x in read_merge_inputs([tmp_path / n for n in names], Options())]
    assert out == [("Article", None), ("Article", None),
                   ("Skip", "E016"), ("Skip", "E019"), ("Skip", "E019"), ("Article", None),
                   ("Article", None), ("Skip", "E007"), ("Skip", "E016"),
                   ("Skip", "E001"), ("Skip", "E006"), ("Skip", "E009")]
    assert isinstance(next(read_merge_inputs(tmp_path / "latin.jsonl", Options())), Article)  # one path as a string


def test_merge_reads_reports_and_articles_from_stdin():
    """`sitrep analyze x -f jsonl | sitrep merge -`: standard input holds records, as a .jsonl file does."""
    import io

    from sitrep.config import Options
    from sitrep.merge.inputs import read_merge_inputs
    from sitrep.model import Article, Skip

    story = "Troops shelled a village near the border on Sunday, killing three people, local officials said."
    data = "\n".join(json.dumps(r) for r in ({"schema": "sitrep.report/1", "article": 5}, {"text": story})) + "\n"
    out = list(read_merge_inputs(["-"], Options(), stdin=io.BytesIO(data.encode())))
    assert [(type(x).__name__, getattr(x, "code", None)) for x in out] == [("Skip", "E019"), ("Article", None)]
    assert isinstance(out[1], Article) and out[1].text == story and isinstance(out[0], Skip)
