"""What ``sitrep merge`` reads: articles, or reports already analysed.

A ``.jsonl`` line or an element of a ``.json`` array is a report when it carries
``"schema": "sitrep.report/..."`` (as ``sitrep analyze --format json|jsonl`` prints
it) and an article when it carries ``text`` (with optional ``title``, ``url``,
``outlet``, ``published`` or ``date``); standard input (``-``) holds such records
too (JSON Lines, or one JSON object or array), or one story. Other files (.txt, .html) go through the
ordinary readers; JSON Lines are read line by line by the reader of ``sitrep ingest``
(a size limit per line, the same encodings, one skip per bad line). A report that does
not read back (cut, edited) is a skip (E019), never the end of the merge. Nothing here
analyses: :func:`sitrep.api.analyze_merge_inputs` runs the articles through the
pipeline and uses reports as they are, so a merge of analysed files loads no language
model (and the merge stage imports no later one).
"""
from __future__ import annotations

import errno
import json
import logging
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from sitrep.config import Options
from sitrep.errors import E, InputError
from sitrep.model import Article, Report, Skip, from_dict

__all__ = ["read_merge_inputs"]

log = logging.getLogger(__name__)


def _record(obj: Any, origin: str, options: Options) -> Report | Article | Skip:
    from sitrep.ingest.readers import make_article

    if not isinstance(obj, dict):
        return Skip(origin=origin, reason="not a JSON object", code="E007")
    if str(obj.get("schema", "")).startswith("sitrep.report"):
        return _report(obj, origin)
    if obj.get("text") is None:
        return Skip(origin=origin, reason="the JSON record has no 'text' field", code="E007")
    try:
        return make_article(obj["text"], options=options, title=obj.get("title"),
                            published=obj.get("published") or obj.get("date"), outlet=obj.get("outlet"),
                            url=obj.get("url"), origin=origin, external=obj.get("id"))
    except InputError as err:
        return Skip(origin=origin, reason=err.message, code=err.code)


def _report(obj: dict[str, Any], origin: str) -> Report | Skip:
    """A report printed by ``sitrep analyze``, or an E019 skip for one that was cut or edited
    into something else (its mentions are read here, so a broken one cannot stop the merge)."""
    from sitrep.merge.mentions import mentions_from_report

    try:
        report = from_dict(Report, obj)
        mentions_from_report(report)
    except Exception as err:  # noqa: BLE001 - any shape of broken record; one must not stop the merge
        return Skip(origin=origin, reason=E.E019.format(detail=f"{type(err).__name__}: {err}"), code="E019")
    return report


def _json_file(path: Path, options: Options) -> Iterator[Report | Article | Skip]:
    """The records of a .json file: one object or an array of them (decoded like any input)."""
    from sitrep.ingest import checks

    try:
        data = path.read_bytes()
        checks.check_binary(data)
        text, warning = checks.decode(data)
        if warning:
            log.warning("%s: %s", path, warning)
        value = json.loads(text)
    except InputError as err:
        yield Skip(origin=str(path), reason=err.message, code=err.code)
        return
    except json.JSONDecodeError as err:
        yield Skip(origin=str(path), reason=E.E006.format(line=err.lineno, detail=err.msg), code="E006")
        return
    except RecursionError:  # "[[[[...": a skip, not the end of the merge
        yield Skip(origin=str(path), reason=E.E006.format(line=1, detail="nested too deeply to read"), code="E006")
        return
    except OSError as err:
        yield Skip(origin=str(path), reason=E.E009.format(path=path, detail=err.strerror or str(err)), code="E009")
        return
    for i, obj in enumerate(value if isinstance(value, list) else [value], 1):
        yield _record(obj, f"{path}:{i}", options)


def read_merge_inputs(
    paths: Sequence[str | Path] | str | Path, options: Options, *, stdin: IO[bytes] | None = None
) -> Iterator[Report | Article | Skip]:
    """Reports, articles and skips from the given files (``-``: standard input), in input order."""
    from sitrep.ingest.readers import JsonRecord, jsonl_records, read_paths, stdin_records

    for raw in [paths] if isinstance(paths, (str, Path)) else paths:
        if str(raw) == "-":  # JSON records (``sitrep analyze -f jsonl | sitrep merge -``) or one story
            for item in stdin_records(options, stdin):
                yield _record(item.value, item.origin, options) if isinstance(item, JsonRecord) else item
            continue
        path = Path(raw)
        suffix = path.suffix.lower()
        if suffix not in (".json", ".jsonl"):
            yield from read_paths([raw], options)
            continue
        try:
            if not path.is_file():
                path.stat()  # the reason: no such file, a loop of links, ...
                raise IsADirectoryError(errno.EISDIR, "not a file")
        except (OSError, ValueError) as err:
            detail = getattr(err, "strerror", None) or str(err)
            yield Skip(origin=str(path), reason=E.E009.format(path=path, detail=detail), code="E009")
            continue
        if suffix == ".json":
            yield from _json_file(path, options)
            continue
        try:
            for item in jsonl_records(path, options):
                yield item if isinstance(item, Skip) else _record(item.value, item.origin, options)
        except OSError as err:
            yield Skip(origin=str(path), reason=E.E009.format(path=path, detail=err.strerror or str(err)), code="E009")
