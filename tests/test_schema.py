"""The report schema: valid itself, matches the records, and real output validates against it."""
from __future__ import annotations

import dataclasses

import pytest

jsonschema = pytest.importorskip("jsonschema")

from sitrep import model  # noqa: E402
from sitrep.examples import files, sample_report  # noqa: E402
from sitrep.present.jsonout import report_dict  # noqa: E402
from sitrep.schema import load_schema  # noqa: E402


@pytest.fixture(scope="module")
def validator():
    schema = load_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def assert_offsets(report: model.Report) -> None:
    """Every span in the report slices the article text exactly."""
    text = report.article.text

    def walk(value):
        if dataclasses.is_dataclass(value):
            names = {f.name for f in dataclasses.fields(value)}
            if {"start", "end", "text"} <= names and value.start is not None and value.end is not None:
                assert text[value.start:value.end] == value.text, value
            for f in dataclasses.fields(value):
                if f.name != "article":
                    walk(getattr(value, f.name))
        elif isinstance(value, (list, tuple)):
            for v in value:
                walk(v)

    walk(report)


def test_sample_report_validates(validator):
    report = sample_report()
    assert_offsets(report)
    errors = sorted(validator.iter_errors(report_dict(report)), key=str)
    assert not errors, errors[0]


def test_schema_covers_every_record_field():
    """A field added to a record must be added to the schema (additionalProperties is false)."""
    defs = load_schema()["$defs"]
    pairs = {"article": model.Article, "event": model.Event, "actorRef": model.ActorRef, "place": model.Place,
             "magnitude": model.Magnitude, "claim": model.Claim, "position": model.Position, "contested": model.Contested,
             "speaker": model.Speaker, "quote": model.Quote, "actor": model.Actor, "span": model.Span}
    for name, record in pairs.items():
        assert set(defs[name]["properties"]) == {f.name for f in dataclasses.fields(record)}, name
    top = set(load_schema()["properties"])
    assert top == {f.name for f in dataclasses.fields(model.Report)}


def test_schema_rejects_wrong_shapes(validator):
    d = report_dict(sample_report())
    d["events"][0]["dead"]["qualifier"] = "roughly"
    assert not validator.is_valid(d)
    d = report_dict(sample_report())
    d["events"][0]["claims"][0]["claimed_by"] = "someone"
    assert not validator.is_valid(d)
    d = report_dict(sample_report())
    d["schema"] = "sitrep.report/2"
    assert not validator.is_valid(d)


@pytest.mark.model
def test_pipeline_output_validates(validator, pipeline):
    from sitrep.api import analyze_paths

    reports = [r for r in analyze_paths([p for p in files()], pipeline=pipeline) if isinstance(r, model.Report)]
    assert len(reports) == 6
    for r in reports:
        assert_offsets(r)
        errors = sorted(validator.iter_errors(report_dict(r)), key=str)
        assert not errors, (r.article.origin, errors[0])
