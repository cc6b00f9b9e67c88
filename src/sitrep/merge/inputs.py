"""What ``sitrep merge`` reads: articles, or reports already analysed.

A ``.jsonl`` line or an element of a ``.json`` array is a report when it carries
``"schema": "sitrep.report/..."`` (as ``sitrep analyze --format json|jsonl`` prints
it) and an article when it carries ``text`` (with optional ``title``, ``url``,
``outlet``, ``published`` or ``date``). Other files (.txt, .html) go through the
ordinary readers. Nothing here analyses: :func:`sitrep.api.analyze_merge_inputs` runs
the articles through the pipeline and uses reports as they are, so a merge of analysed
files loads no language model (and the merge stage imports no later one).
"""
from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from sitrep.config import Options
from sitrep.errors import InputError
from sitrep.model import Article, Report, Skip, from_dict

__all__ = ["read_merge_inputs"]

log = logging.getLogger(__name__)


def _record(obj: Any, origin: str, options: Options) -> Report | Article | Skip:
    from sitrep.ingest.readers import make_article

    if not isinstance(obj, dict):
        return Skip(origin=origin, reason="not a JSON object", code="E007")
    if str(obj.get("schema", "")).startswith("sitrep.report"):
        return from_dict(Report, obj)
    if "text" not in obj:
        return Skip(origin=origin, reason=f"JSON record at {origin} has no 'text' field", code="E007")
    try:
        return make_article(obj["text"], options=options, title=obj.get("title"),
                            published=obj.get("published") or obj.get("date"), outlet=obj.get("outlet"),
                            url=obj.get("url"), origin=origin, external=obj.get("id"))
    except InputError as err:
        return Skip(origin=origin, reason=err.message, code=err.code)


def read_merge_inputs(paths: Sequence[str | Path], options: Options) -> Iterator[Report | Article | Skip]:
    """Reports, articles and skips from the given files, in input order."""
    from sitrep.ingest.readers import read_paths

    for raw in paths:
        path = Path(raw)
        suffix = path.suffix.lower()
        if suffix not in (".json", ".jsonl") or str(raw) == "-":
            yield from read_paths([raw], options)
            continue
        if not path.exists():
            yield Skip(origin=str(path), reason=f"cannot read {path}: no such file", code="E009")
            continue
        if suffix == ".json":
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as err:
                yield Skip(origin=str(path), reason=f"cannot read {path}: {err}", code="E009")
                continue
            for i, obj in enumerate(data if isinstance(data, list) else [data], 1):
                yield _record(obj, f"{path}:{i}", options)
            continue
        with path.open(encoding="utf-8") as fh:
            for i, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except ValueError as err:
                    yield Skip(origin=f"{path}:{i}", reason=f"malformed JSON on line {i}: {err}", code="E006")
                    continue
                yield _record(obj, f"{path}:{i}", options)
