"""Reports as plain dicts, JSON and JSON lines (one shape, whatever the flags).

``--format json`` always writes one JSON array (also for a single article), so a
reader never has to check whether it got an object or a list; ``--format jsonl``
writes one report object per line. Each object follows
``sitrep/schema/report.schema.json``.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from sitrep.model import Report, Skip, to_dict

__all__ = ["report_dict", "report_json", "skip_dict", "json_lines", "json_array"]


def report_dict(report: Report) -> dict[str, Any]:
    """The report as a JSON-ready dict (``schema`` first)."""
    return to_dict(report)


def skip_dict(skip: Skip) -> dict[str, Any]:
    return to_dict(skip)


def report_json(report: Report, *, indent: int | None = None) -> str:
    return json.dumps(report_dict(report), ensure_ascii=False, indent=indent)


def json_lines(reports: Iterable[Report]) -> Iterator[str]:
    """One compact JSON line per report (newline included)."""
    for r in reports:
        yield report_json(r) + "\n"


def json_array(reports: Iterable[Report], *, indent: int | None = 2) -> Iterator[str]:
    """Chunks of one JSON array of reports, streamed: ``[``, the items, ``]``."""
    first = True
    yield "["
    for r in reports:
        body = report_json(r, indent=indent)
        if indent:
            body = "\n".join(" " * indent + ln for ln in body.split("\n"))
        yield ("\n" if first else ",\n") + body
        first = False
    yield "]\n" if first else "\n]\n"
