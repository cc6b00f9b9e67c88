"""The data path ingest -> annotate -> extract -> merge -> store -> present: a stage imports
nothing from a stage after it (nor the API or CLI that drive them all)."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "sitrep"
LATER = {
    "ingest": ("annotate", "extract", "merge", "store", "present", "api", "cli", "pipeline"),
    "annotate": ("extract", "merge", "store", "present", "api", "cli", "pipeline"),
    "extract": ("merge", "store", "present", "api", "cli", "pipeline"),
}


def _imported(path: Path) -> set[str]:
    """Every sitrep module a file imports, at the top or inside a function."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
    return {n for n in names if n.split(".")[0] == "sitrep"}


@pytest.mark.parametrize("stage", sorted(LATER))
def test_a_stage_imports_no_later_stage(stage):
    later = {f"sitrep.{s}" for s in LATER[stage]}
    bad = sorted((str(p.relative_to(SRC)), m) for p in (SRC / stage).rglob("*.py") for m in _imported(p)
                 if m in later or any(m.startswith(f"{s}.") for s in later))
    assert bad == []
