"""The JSON Schema (draft 2020-12) of one report object, ``sitrep.report/1``."""
from __future__ import annotations

import json
from importlib import resources
from typing import Any

__all__ = ["load_schema", "SCHEMA_FILE"]

SCHEMA_FILE = "report.schema.json"


def load_schema() -> dict[str, Any]:
    """The report schema as a dict (a fresh copy on every call)."""
    return json.loads(resources.files(__name__).joinpath(SCHEMA_FILE).read_text(encoding="utf-8"))
