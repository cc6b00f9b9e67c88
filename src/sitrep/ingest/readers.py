"""Read .txt, .html/.htm and .jsonl files (or stdin) into Articles, streaming.

Every document either becomes an ``Article`` or a ``Skip`` with its reason; one bad
document never stops the others. Sizes are checked before anything is read; JSONL
files are read one line at a time with a per-line byte limit.

Formats:
* ``.txt``: title on the first line, a blank line, then the story. A file whose
  second line is not blank has no title: all of it is the story.
* ``.html``/``.htm``: main text by trafilatura (page furniture dropped), title,
  date and site name from the page metadata; plain lxml text as a fallback.
* ``.jsonl``: one JSON object per line with ``text`` and optional ``title``,
  ``url``, ``published``, ``outlet`` and ``id`` (the caller's own id, kept on the
  article as ``external_id``; sitrep's ``id`` is a hash of the content).
* ``-``: standard input, read as ``.txt``.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import re
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from sitrep.config import Options
from sitrep.errors import E, InputError
from sitrep.ingest import checks
from sitrep.ingest.clean import clean_text, content_hash
from sitrep.model import Article, Skip

__all__ = ["read_paths", "read_path", "make_article", "parse_published", "split_title", "count_documents", "external_id"]

log = logging.getLogger(__name__)

MAX_TITLE_CHARS = 300
_DATE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})")
_CHUNK = 1 << 20


def parse_published(value: Any, origin: str = "") -> dt.date | None:
    """A date from YYYY-MM-DD or an ISO timestamp; None (with a warning) otherwise."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    m = _DATE.match(str(value))
    if m:
        try:
            return dt.date.fromisoformat(m.group(1))
        except ValueError:
            pass
    log.warning("%s: %s; publication date left empty", origin, E.E011.format(value=value))
    return None


def split_title(text: str) -> tuple[str | None, str]:
    """(title, story) of a .txt document: title line, blank line, story."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\n").split("\n", 2)
    if len(lines) >= 2 and lines[0].strip() and not lines[1].strip() and len(lines[0]) <= MAX_TITLE_CHARS:
        return lines[0].strip(), lines[2] if len(lines) > 2 else ""
    return None, "\n".join(lines)


def external_id(value: Any, origin: str = "") -> str | None:
    """The caller's id of a record as text: a string or a whole number; None (with a
    warning when something else was given)."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    log.warning("%s: the record's id %r is neither text nor a whole number; left out", origin, value)
    return None


def make_article(
    story: str,
    *,
    options: Options,
    title: str | None = None,
    published: Any = None,
    outlet: str | None = None,
    url: str | None = None,
    origin: str = "text",
    external: Any = None,
) -> Article:
    """Clean and check one story and wrap it as an Article (raises InputError)."""
    checks.check_text(story)
    cleaned, removed = clean_text(story)
    checks.check_length(cleaned, options.max_chars)
    if options.require_english:
        checks.check_english(cleaned)
    title = " ".join(title.split()) if isinstance(title, str) and title.strip() else None
    return Article(
        id=content_hash(title, cleaned),
        text=cleaned,
        title=title,
        outlet=(outlet.strip() if isinstance(outlet, str) and outlet.strip() else None) or options.outlet,
        url=url if isinstance(url, str) and url else None,
        published=parse_published(published, origin) or options.published,
        origin=origin,
        removed=removed,
        external_id=external_id(external, origin),
    )


def _decode(data: bytes, origin: str) -> str:
    checks.check_binary(data)
    text, warning = checks.decode(data)
    if warning:
        log.warning("%s: %s", origin, warning)
    return text


def _read_bytes(path: Path, limit: int) -> bytes:
    checks.check_size(path.stat().st_size, limit)
    return path.read_bytes()


def _from_txt(data: bytes, origin: str, options: Options) -> Article:
    title, story = split_title(_decode(data, origin))
    return make_article(story, options=options, title=title, origin=origin)


def _lxml_text(html: str) -> str:
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError) as err:
        raise InputError("E008", detail=str(err) or type(err).__name__) from err
    for bad in root.xpath("//head|//script|//style|//nav|//header|//footer|//aside|//form|//noscript|//template"):
        bad.drop_tree()
    blocks = [" ".join(el.text_content().split()) for el in root.xpath("//p|//h1|//h2|//h3|//li|//blockquote")]
    blocks = [b for b in blocks if b]
    return "\n\n".join(blocks) if blocks else root.text_content()


def _from_html(data: bytes, origin: str, options: Options) -> Article:
    import trafilatura

    html = _decode(data, origin)
    doc = None
    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
    except Exception as err:  # noqa: BLE001 - trafilatura raises many types on broken pages; we fall back
        log.warning("%s: trafilatura failed (%s: %s); using plain HTML text", origin, type(err).__name__, err)
    title = getattr(doc, "title", None) if doc is not None else None
    body = (getattr(doc, "text", None) or "") if doc is not None else ""
    if not body.strip():
        body = _lxml_text(html)
    if not body.strip():
        raise InputError("E008", detail="no text could be extracted")
    lines = [ln for ln in body.split("\n")]
    if title and lines and lines[0].strip() == title.strip():
        lines = lines[1:]  # trafilatura repeats the headline as the first line
    story = "\n\n".join(ln for ln in lines if ln.strip())
    return make_article(
        story,
        options=options,
        title=title,
        published=getattr(doc, "date", None),
        outlet=getattr(doc, "sitename", None) or getattr(doc, "hostname", None),
        url=getattr(doc, "url", None),
        origin=origin,
    )


def _read_line(fh: IO[bytes], limit: int) -> tuple[bytes, int] | None:
    """The next line (at most ``limit`` + 1 bytes kept) and its full length; None at EOF."""
    line = fh.readline(limit + 1)
    if not line:
        return None
    size = len(line)
    if size > limit and not line.endswith(b"\n"):
        while chunk := fh.readline(_CHUNK):  # drain the rest of an oversized line
            size += len(chunk)
            if chunk.endswith(b"\n"):
                break
    return line, size


def _from_jsonl(path: Path, options: Options) -> Iterator[Article | Skip]:
    with path.open("rb") as fh:
        lineno = 0
        while (item := _read_line(fh, options.max_bytes)) is not None:
            raw, size = item
            lineno += 1
            origin = f"{path}:{lineno}"
            if not raw.strip():
                continue
            try:
                checks.check_size(size, options.max_bytes)
                text = _decode(raw, origin)
                try:
                    record = json.loads(text)
                except json.JSONDecodeError as err:
                    raise InputError("E006", line=lineno, detail=err.msg) from err
                if not isinstance(record, dict):
                    raise InputError("E006", line=lineno, detail=f"expected an object, got {type(record).__name__}")
                story = record.get("text")
                if not isinstance(story, str):
                    raise InputError("E007", line=lineno)
                yield make_article(
                    story,
                    options=options,
                    title=record.get("title"),
                    published=record.get("published"),
                    outlet=record.get("outlet"),
                    url=record.get("url"),
                    origin=origin,
                    external=record.get("id"),
                )
            except InputError as err:
                yield Skip(origin=origin, reason=err.message, code=err.code)


def read_path(path: Path, options: Options) -> Iterator[Article | Skip]:
    """Articles (or skips) of one file."""
    origin = str(path)
    try:
        suffix = checks.check_suffix(path.suffix)
        if suffix == ".jsonl":
            if not path.is_file():
                path.stat()  # raises FileNotFoundError with a clear message
                raise IsADirectoryError(f"not a file: {path}")
            yield from _from_jsonl(path, options)
            return
        data = _read_bytes(path, options.max_bytes)
        yield (_from_html if suffix in (".html", ".htm") else _from_txt)(data, origin, options)
    except InputError as err:
        yield Skip(origin=origin, reason=err.message, code=err.code)
    except OSError as err:
        yield Skip(origin=origin, reason=E.E009.format(path=path, detail=err.strerror or str(err)), code="E009")


def _read_stdin(options: Options, stdin: IO[bytes] | None) -> Article | Skip:
    stream = stdin if stdin is not None else sys.stdin.buffer
    data = stream.read(options.max_bytes + 1)
    try:
        if len(data) > options.max_bytes:
            size = len(data)
            while chunk := stream.read(_CHUNK):
                size += len(chunk)
            checks.check_size(size, options.max_bytes)
        return _from_txt(data, "stdin", options)
    except InputError as err:
        return Skip(origin="stdin", reason=err.message, code=err.code)


def _expand(paths: Sequence[str | Path]) -> Iterator[str | Path]:
    for p in paths:
        if p != "-" and Path(p).is_dir():
            found = sorted(f for f in Path(p).rglob("*") if f.is_file() and f.suffix.lower() in checks.SUPPORTED_SUFFIXES)
            if not found:
                log.warning("%s: no .txt, .html or .jsonl files in this folder", p)
            yield from found
        else:
            yield p


def read_paths(paths: Sequence[str | Path], options: Options, *, stdin: IO[bytes] | None = None) -> Iterator[Article | Skip]:
    """Stream Articles and Skips for files, folders (recursively) and ``-`` (stdin)."""
    for p in _expand(paths):
        if p == "-":
            yield _read_stdin(options, stdin)
        else:
            yield from read_path(Path(p), options)


def count_documents(paths: Sequence[str | Path]) -> int | None:
    """A cheap estimate of how many documents ``read_paths`` will yield (for progress bars)."""
    total = 0
    for p in _expand(paths):
        if p == "-":
            return None
        path = Path(p)
        if path.suffix.lower() != ".jsonl":
            total += 1
            continue
        try:
            with path.open("rb") as fh:
                while chunk := fh.read(_CHUNK):
                    total += chunk.count(b"\n")
        except OSError:
            total += 1
    return total
