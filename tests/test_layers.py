"""The data path ingest -> annotate -> extract -> merge -> store -> present: a stage imports
nothing from a stage after it, nor the drivers above them all (the pipeline, the API, the
scale-out, the CLI, the benchmarks); the shared modules under every stage import none of
them; and the CLI stays the top, imported by nothing."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "sitrep"
STAGES = ("ingest", "annotate", "extract", "merge", "store", "present")
DRIVERS = ("pipeline", "api", "scale", "cli", "bench")
SHARED = ("config", "errors", "model", "resources", "codebook", "gazetteer")
LATER = {
    **{stage: STAGES[i + 1:] + DRIVERS for i, stage in enumerate(STAGES[:-1])},
    "present": ("scale", "cli", "bench"),  # web.py is a thin layer over sitrep.api
    "api": ("cli", "bench"),
    "scale": ("cli", "bench"),
    **{module: STAGES + DRIVERS for module in SHARED},
}


def _imported(path: Path) -> set[str]:
    """Every sitrep module a file imports, at the top or inside a function; relative imports
    resolved, and ``from sitrep import api`` read as ``sitrep.api``."""
    package = list(path.relative_to(SRC.parent).parts[:-1])  # of a module or of its __init__
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = ".".join(package[:len(package) - node.level + 1]) if node.level else ""
            module = ".".join(p for p in (base, node.module or "") if p)
            names.add(module)
            names.update(f"{module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
    return {n for n in names if n.split(".")[0] == "sitrep"}


def _files(unit: str) -> list[Path]:
    return sorted((SRC / unit).rglob("*.py")) if (SRC / unit).is_dir() else [SRC / f"{unit}.py"]


def _bad(unit: str, forbidden: tuple[str, ...]) -> list[tuple[str, str]]:
    later = {f"sitrep.{s}" for s in forbidden}
    return sorted((str(p.relative_to(SRC)), m) for p in _files(unit) for m in _imported(p)
                  if m in later or any(m.startswith(f"{s}.") for s in later))


@pytest.mark.parametrize("unit", sorted(LATER))
def test_a_stage_imports_no_later_stage(unit):
    assert _files(unit) and all(p.exists() for p in _files(unit))
    assert _bad(unit, LATER[unit]) == []


def test_nothing_imports_the_cli():
    assert [str(p.relative_to(SRC)) for p in SRC.rglob("*.py") if p.name != "cli.py"
            and any(m == "sitrep.cli" or m.startswith("sitrep.cli.") for m in _imported(p))] == []


def test_the_check_sees_every_form_of_import(tmp_path, monkeypatch):
    """A back-edge written as a relative import, a package attribute or inside a function is caught."""
    pkg = tmp_path / "sitrep"
    (pkg / "merge").mkdir(parents=True)
    for i, line in enumerate(("from ..api import get_pipeline", "from sitrep import api",
                              "def f():\n    import sitrep.store.duck", "from . import index")):
        (pkg / "merge" / f"m{i}.py").write_text(line + "\n", encoding="utf-8")
    monkeypatch.setitem(globals(), "SRC", pkg)
    assert _bad("merge", LATER["merge"]) == [("merge/m0.py", "sitrep.api"), ("merge/m0.py", "sitrep.api.get_pipeline"),
                                             ("merge/m1.py", "sitrep.api"), ("merge/m2.py", "sitrep.store.duck")]
