"""Reading benchmark files from ../shared: one JSON Lines reader for every bench command."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sitrep.errors import InputError

__all__ = ["read_jsonl"]


def read_jsonl(path: Path, limit: int | None = None) -> list[dict[str, Any]]:
    """The records of a JSON Lines file (the first ``limit`` when given); E040 when it is missing."""
    path = Path(path)
    if not path.exists():
        raise InputError("E040", path=str(path))
    records: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                records.append(json.loads(line))
                if limit is not None and len(records) >= limit:
                    break
    return records
